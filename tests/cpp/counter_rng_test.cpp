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

TEST(CounterRng, NeighbouringCountersAndReplicationsAreUncorrelated) {
  const int n = 200'000;
  double sum_next = 0, sum_rep = 0;
  const CounterRng r0(5, 0), r1(5, 1);
  for (int i = 0; i < n; ++i) {
    const double x = r0.uniform(i, Purpose::kAdopt) - 0.5;
    sum_next += x * (r0.uniform(i + 1, Purpose::kAdopt) - 0.5);
    sum_rep += x * (r1.uniform(i, Purpose::kAdopt) - 0.5);
  }
  // Each product has sd 1/12; the mean of n of them has sd 1 / (12 sqrt(n)).
  const double tolerance = 4.0 / (12.0 * std::sqrt(static_cast<double>(n)));
  EXPECT_NEAR(sum_next / n, 0.0, tolerance);
  EXPECT_NEAR(sum_rep / n, 0.0, tolerance);
}

TEST(CounterRng, BelowStaysInRange) {
  const CounterRng rng(2, 2);
  for (int i = 0; i < 10000; ++i) EXPECT_LT(rng.below(7, i, Purpose::kSeedPick), 7u);
}

}  // namespace
}  // namespace socialreach::detail
