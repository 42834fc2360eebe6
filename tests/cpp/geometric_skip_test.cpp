// Geometric skipping: the portable logarithm against the C library's, the skip distribution
// against its closed form, and the live edges it draws against per-edge independence.
// Tolerance: 4 standard errors (fixed seeds).
#include "socialreach/detail/geometric_skip.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/simulator.hpp"
#include "test_support.hpp"

namespace socialreach::detail {
namespace {

TEST(GeometricSkip, PortableLogMatchesStdLogToAFewUlp) {
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

TEST(GeometricSkip, FailuresFollowTheGeometricDistribution) {
  // G = failures before a success with p = 0.1: P(G = 0) = p, E[G] = (1 - p) / p = 9,
  // Var[G] = (1 - p) / p^2 = 90, P(G >= 20) = 0.9^20.
  const double p = 0.1;
  const GeometricSkip skip(p);
  const CounterRng rng(11, 2);
  const int n = 1'000'000;
  double sum = 0.0, zeros = 0.0, tail = 0.0;
  for (int i = 0; i < n; ++i) {
    const auto g = static_cast<double>(skip.failures(rng.bits(i, Purpose::kLive), 1'000'000));
    sum += g;
    zeros += g == 0.0;
    tail += g >= 20.0;
  }
  const double tail_p = std::pow(1 - p, 20);
  EXPECT_NEAR(sum / n, (1 - p) / p, 4 * std::sqrt((1 - p) / (p * p) / n));
  EXPECT_NEAR(zeros / n, p, 4 * std::sqrt(p * (1 - p) / n));
  EXPECT_NEAR(tail / n, tail_p, 4 * std::sqrt(tail_p * (1 - tail_p) / n));
}

TEST(GeometricSkip, FailuresAreCappedAtTheLimit) {
  const GeometricSkip rare(1e-9);
  const CounterRng rng(1, 1);
  for (int i = 0; i < 1000; ++i) EXPECT_LE(rare.failures(rng.bits(i, Purpose::kLive), 7), 7u);
  EXPECT_EQ(rare.failures(0, 5), 5u);  // U = 2^-53: the longest skip
}

TEST(GeometricSkip, LiveEdgesOfAStarAreIndependentCoins) {
  // A star of 1,000 leaves seeded at the centre with p = 0.05 (skipped): adopters - 1 is
  // Binomial(1000, p), mean 50 and variance 47.5. The variance would differ if skips were
  // correlated; the standard error of the sample variance is about sqrt(2 / n) var.
  const int leaves = 1000;
  const double p = 0.05;
  std::vector<std::pair<std::int64_t, std::int64_t>> ties;
  for (int v = 1; v <= leaves; ++v) ties.push_back({0, v});
  const Network star = testing::network_of(ties, leaves + 1, true);
  Campaign campaign;
  campaign.seeds = {0};
  RunOptions options;
  options.replications = 100'000;
  options.seed = 9;
  const Results r = simulate(star, IndependentCascade{p}, campaign, options);
  const auto sample = testing::sample_of(r.adopters);
  const double n = static_cast<double>(options.replications);
  const double var = leaves * p * (1 - p);
  EXPECT_NEAR(sample.mean, 1 + leaves * p, 4 * sample.sem);
  EXPECT_NEAR(sample.sem * sample.sem * n, var, 4 * std::sqrt(2.0 / n) * var);
  for (std::int64_t reach : r.reach) EXPECT_EQ(reach, leaves);  // every leaf sees the share
}

}  // namespace
}  // namespace socialreach::detail
