// Geometric skipping: the skip distribution and the successes it finds against their closed
// forms, and the live edges it draws against per-edge independence.
// Tolerance: 4 standard errors (fixed seeds).
#include "socialreach/detail/geometric_skip.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/simulator.hpp"
#include "test_support.hpp"

namespace socialreach::detail {
namespace {

TEST(GeometricSkip, ForEachSuccessCountsAreBinomial) {
  // 40 trials with p = 0.3 (at most 41 draws each, keyed by (run, draw)): the count of successes
  // is Binomial(40, 0.3), mean 12 and variance 8.4; positions strictly increase and stay below 40.
  const int runs = 200'000, trials = 40;
  const double p = 0.3;
  const CounterRng rng(21, 0);
  double sum = 0.0, sum2 = 0.0, first_is_zero = 0.0;
  for (int r = 0; r < runs; ++r) {
    std::int64_t count = 0, last = -1;
    for_each_success(
        trials, p,
        [&](std::uint64_t j) { return rng.bits(std::uint64_t(r) * 64 + j, Purpose::kLive); },
        [&](std::uint64_t i) {
          ASSERT_LT(static_cast<std::int64_t>(i), trials);
          ASSERT_GT(static_cast<std::int64_t>(i), last);
          first_is_zero += count == 0 && i == 0;
          last = static_cast<std::int64_t>(i);
          ++count;
        });
    sum += count;
    sum2 += double(count) * count;
  }
  const double mean = sum / runs, var = sum2 / runs - mean * mean;
  EXPECT_NEAR(mean, trials * p, 4 * std::sqrt(trials * p * (1 - p) / runs));
  EXPECT_NEAR(var, trials * p * (1 - p), 4 * std::sqrt(2.0 / runs) * trials * p * (1 - p));
  EXPECT_NEAR(first_is_zero / runs, p, 4 * std::sqrt(p * (1 - p) / runs));  // trial 0 alone
}

TEST(GeometricSkip, ForEachSuccessAtTheEdgesOfP) {
  std::vector<std::uint64_t> all, none;
  auto word = [](std::uint64_t j) { return j * 0x9E3779B97F4A7C15ULL; };
  for_each_success(5, 1.0, word, [&](std::uint64_t i) { all.push_back(i); });
  for_each_success(5, 0.0, word, [&](std::uint64_t i) { none.push_back(i); });
  for_each_success(0, 0.5, word, [&](std::uint64_t i) { none.push_back(i); });
  EXPECT_EQ(all, (std::vector<std::uint64_t>{0, 1, 2, 3, 4}));
  EXPECT_TRUE(none.empty());
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

TEST(GeometricSkip, TabledSkipsDecideAsTheLogarithmDoes) {
  // Skips with a limit L <= longest are decided from the table of (1 - p)^k (G >= k exactly
  // when U <= (1 - p)^k) by a binary search, longer limits by the logarithm; both must give
  // G = floor(ln U / ln(1 - p)) capped at L (they could differ only where ln U / ln(1 - p) is
  // within a few units in the last place of an integer), and P(G >= 10) = 0.95^10.
  const CounterRng rng(5, 3);
  for (const double p : {0.05, 0.01, 0.099, 1e-3, 1e-9}) {
    const GeometricSkip tabled(p, 600), plain(p);
    for (int i = 0; i < 300'000; ++i) {
      const std::uint64_t word = rng.bits(i, Purpose::kLive), limit = i % 700;
      ASSERT_EQ(tabled.failures(word, limit), plain.failures(word, limit)) << p << " " << i;
    }
  }
  const GeometricSkip tabled(0.05, 64);
  const int n = 1'000'000;
  double capped = 0.0, sum = 0.0;
  for (int i = 0; i < n; ++i) {
    const auto g = static_cast<double>(tabled.failures(rng.bits(i, Purpose::kSee), 60));
    capped += g >= 10;
    sum += g;
  }
  // E[min(G, 60)] = sum over k = 1..60 of P(G >= k) = q (1 - q^60) / p with q = 0.95; the
  // capped variable's variance is below E[G^2] = q (1 + q) / p^2.
  const double q = 0.95, expected = std::pow(q, 10);
  EXPECT_NEAR(capped / n, expected, 4 * std::sqrt(expected * (1 - expected) / n));
  EXPECT_NEAR(sum / n, q * (1 - std::pow(q, 60)) / 0.05, 4 * std::sqrt(q * (1 + q) / 0.0025 / n));
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
