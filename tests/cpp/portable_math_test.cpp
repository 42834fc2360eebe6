// The portable logarithm, exponential and cosine against the C library's (which may differ from
// them in the last bits: the bounds are a few units in the last place), and the normal deviates
// made from them against the standard normal's moments.
// Tolerance: 4 standard errors (fixed seeds).
#include "socialreach/detail/portable_math.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <numbers>

#include "socialreach/detail/counter_rng.hpp"

namespace socialreach::detail {
namespace {

TEST(PortableMath, PortableLogMatchesStdLogToAFewUlp) {
  const CounterRng rng(3, 0);
  double worst = 0.0;
  for (int i = 0; i < 200'000; ++i) {
    // Uniform numbers, and numbers spread over every binade down to 2^-53.
    const double x = i % 2 == 0 ? 1.0 - rng.uniform(i, Purpose::kAdopt)
                                : std::ldexp(1.0 - rng.uniform(i, Purpose::kAdopt), -(i % 53));
    if (x == 1.0) continue;
    worst = std::max(worst, std::abs(portable_log(x) / std::log(x) - 1.0));
  }
  EXPECT_LT(worst, 1e-14);
  EXPECT_EQ(portable_log(1.0), 0.0);
  EXPECT_NEAR(portable_log(0.5), -std::log(2.0), 1e-16);
}

TEST(PortableMath, PortableLog1mMatchesLog1pForTinyAndLargeP) {
  // Below 1e-4 the series; above, the logarithm of 1 - p (exact enough there).
  double worst = 0.0;
  for (double p = 1e-300; p < 1.0; p *= 1.37) {
    worst = std::max(worst, std::abs(portable_log1m(p) / std::log1p(-p) - 1.0));
  }
  EXPECT_LT(worst, 1e-12);
  EXPECT_NEAR(portable_log1m(1e-10), -1e-10 - 5e-21, 1e-25);
}

TEST(PortableMath, PortableExpMatchesStdExpToAFewUlp) {
  double worst = 0.0;
  for (double x = -700.0; x <= 700.0; x += 0.0137) {
    worst = std::max(worst, std::abs(portable_exp(x) / std::exp(x) - 1.0));
  }
  EXPECT_LT(worst, 1e-15);
  EXPECT_EQ(portable_exp(0.0), 1.0);
  EXPECT_EQ(portable_exp(-1000.0), 0.0);
  EXPECT_EQ(portable_exp(1000.0), HUGE_VAL);
}

TEST(PortableMath, PortableCosineMatchesStdCosOnEveryQuadrant) {
  // Absolute error: near the zeros of the cosine a relative one says nothing.
  const CounterRng rng(8, 0);
  double worst = 0.0;
  for (int i = 0; i < 400'000; ++i) {
    const double u = rng.uniform(i, Purpose::kAdopt);
    worst = std::max(worst, std::abs(portable_cos_2pi(u) - std::cos(2.0 * std::numbers::pi * u)));
  }
  EXPECT_LT(worst, 1e-15);
  EXPECT_EQ(portable_cos_2pi(0.0), 1.0);
  EXPECT_EQ(portable_cos_2pi(0.5), -1.0);
  EXPECT_NEAR(portable_cos_2pi(0.25), 0.0, 1e-16);
  EXPECT_NEAR(portable_cos_2pi(0.125), std::numbers::sqrt2 / 2, 1e-16);
}

TEST(PortableMath, BoxMullerDeviatesHaveTheStandardNormalMoments) {
  // Mean 0, variance 1, E[z^4] = 3 (standard errors 1 / sqrt(n), sqrt(2 / n), sqrt(96 / n)), and
  // P(z <= -1.96) = 0.025.
  const CounterRng rng(13, 4);
  const int n = 1'000'000;
  double sum = 0.0, sum2 = 0.0, sum4 = 0.0, low = 0.0;
  for (int i = 0; i < n; ++i) {
    const double z = rng.standard_normal(i, Purpose::kThreshold);
    sum += z;
    sum2 += z * z;
    sum4 += z * z * z * z;
    low += z <= -1.959963984540054;
  }
  EXPECT_NEAR(sum / n, 0.0, 4 / std::sqrt(n));
  EXPECT_NEAR(sum2 / n, 1.0, 4 * std::sqrt(2.0 / n));
  EXPECT_NEAR(sum4 / n, 3.0, 4 * std::sqrt(96.0 / n));
  EXPECT_NEAR(low / n, 0.025, 4 * std::sqrt(0.025 * 0.975 / n));
}

}  // namespace
}  // namespace socialreach::detail
