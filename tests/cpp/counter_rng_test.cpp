// The counter-based generator: a pure function of its inputs, uniform, and uncorrelated across
// neighbouring counters and purposes.
#include "socialreach/detail/counter_rng.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace socialreach::detail {
namespace {

TEST(CounterRng, PureFunctionOfSeedReplicationWhatPurpose) {
  const CounterRng a(7, 3), b(7, 3), c(8, 3), d(7, 4);
  EXPECT_EQ(a.bits(10, Purpose::kAdopt), b.bits(10, Purpose::kAdopt));
  EXPECT_NE(a.bits(10, Purpose::kAdopt), c.bits(10, Purpose::kAdopt));
  EXPECT_NE(a.bits(10, Purpose::kAdopt), d.bits(10, Purpose::kAdopt));
  EXPECT_NE(a.bits(10, Purpose::kAdopt), a.bits(10, Purpose::kSee));
  EXPECT_NE(a.bits(10, Purpose::kAdopt), a.bits(11, Purpose::kAdopt));
}

TEST(CounterRng, UniformByChiSquareOnConsecutiveCounters) {
  // 64 equal bins, 640,000 draws: chi-square with 63 degrees of freedom has mean 63 and sd
  // sqrt(126); 63 + 6 sd ~ 130 is exceeded with probability below 1e-6.
  const CounterRng rng(1, 0);
  std::vector<double> bins(64, 0.0);
  const int draws = 640'000;
  for (int i = 0; i < draws; ++i) bins[static_cast<int>(rng.uniform(i, Purpose::kAdopt) * 64)] += 1;
  double chi2 = 0;
  for (double count : bins)
    chi2 += (count - draws / 64.0) * (count - draws / 64.0) / (draws / 64.0);
  EXPECT_LT(chi2, 130.0);
}

TEST(CounterRng, NeighbouringCountersReplicationsSeedsAndPurposesAreUncorrelated) {
  const int n = 400'000;
  double sum_next = 0, sum_rep = 0, sum_seed = 0, sum_purpose = 0;
  const CounterRng r0(5, 0), r1(5, 1), other_seed(6, 0);
  for (int i = 0; i < n; ++i) {
    const double x = r0.uniform(i, Purpose::kAdopt) - 0.5;
    sum_next += x * (r0.uniform(i + 1, Purpose::kAdopt) - 0.5);
    sum_rep += x * (r1.uniform(i, Purpose::kAdopt) - 0.5);
    sum_seed += x * (other_seed.uniform(i, Purpose::kAdopt) - 0.5);
    sum_purpose += x * (r0.uniform(i, Purpose::kSee) - 0.5);
  }
  // Each product of independent uniforms centred at 0 has sd 1/12; the mean of n has sd
  // 1 / (12 sqrt(n)).
  const double tolerance = 4.0 / (12.0 * std::sqrt(static_cast<double>(n)));
  EXPECT_NEAR(sum_next / n, 0.0, tolerance);
  EXPECT_NEAR(sum_rep / n, 0.0, tolerance);
  EXPECT_NEAR(sum_seed / n, 0.0, tolerance);
  EXPECT_NEAR(sum_purpose / n, 0.0, tolerance);
}

TEST(CounterRng, EveryBitIsBalancedAcrossReplications) {
  // Bit b over n draws (one per replication, same edge) ~ Binomial(n, 1/2): sd sqrt(n) / 2.
  // Five sd for each of 64 bits: a false alarm has probability below 64 * 6e-7.
  const int n = 1'000'000;
  std::vector<int> ones(64, 0);
  for (int r = 0; r < n; ++r) {
    const std::uint64_t word = CounterRng(3, r).bits(12345, Purpose::kAdopt);
    for (int b = 0; b < 64; ++b) ones[b] += static_cast<int>(word >> b & 1);
  }
  for (int b = 0; b < 64; ++b) EXPECT_NEAR(ones[b], n / 2.0, 5 * std::sqrt(n) / 2) << "bit " << b;
}

TEST(CounterRng, IntegerThresholdDecidesLikeTheFloatingPointComparison) {
  const CounterRng rng(9, 9);
  for (double p : {0.0, 1e-9, 0.05, 0.1, 1.0 / 3.0, 0.5, 0.999999, 1.0}) {
    const std::uint64_t t = CounterRng::threshold(p);
    for (int i = 0; i < 20000; ++i) {
      const std::uint64_t w = rng.bits(i, Purpose::kAdopt);
      ASSERT_EQ(CounterRng::below_threshold(w, t), CounterRng::to_unit(w) < p) << p;
    }
  }
  EXPECT_TRUE(CounterRng::below_threshold(~std::uint64_t{0}, CounterRng::threshold(1.0)));
  EXPECT_FALSE(CounterRng::below_threshold(0, CounterRng::threshold(0.0)));
}

TEST(CounterRng, BelowStaysInRange) {
  const CounterRng rng(2, 2);
  for (int i = 0; i < 10000; ++i) EXPECT_LT(rng.below(7, i, Purpose::kSeedPick), 7u);
}

}  // namespace
}  // namespace socialreach::detail
