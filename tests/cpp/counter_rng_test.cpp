// The counter-based generator: a pure function of its inputs, uniform, and uncorrelated across
// neighbouring counters and purposes. Both kinds of numbers are checked: bits(what, purpose) and
// coin(what), the independent cascade's edge coin.
#include "socialreach/detail/counter_rng.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace socialreach::detail {
namespace {

using Draw = std::function<std::uint64_t(const CounterRng&, std::uint64_t)>;
const std::vector<std::pair<std::string, Draw>>& draws() {
  static const std::vector<std::pair<std::string, Draw>> kinds = {
      {"bits", [](const CounterRng& r, std::uint64_t i) { return r.bits(i, Purpose::kAdopt); }},
      {"coin", [](const CounterRng& r, std::uint64_t i) { return r.coin(i); }},
  };
  return kinds;
}

TEST(CounterRng, PureFunctionOfSeedReplicationWhatPurpose) {
  const CounterRng a(7, 3), b(7, 3), c(8, 3), d(7, 4);
  EXPECT_EQ(a.bits(10, Purpose::kAdopt), b.bits(10, Purpose::kAdopt));
  EXPECT_NE(a.bits(10, Purpose::kAdopt), c.bits(10, Purpose::kAdopt));
  EXPECT_NE(a.bits(10, Purpose::kAdopt), d.bits(10, Purpose::kAdopt));
  EXPECT_NE(a.bits(10, Purpose::kAdopt), a.bits(10, Purpose::kSee));
  EXPECT_NE(a.bits(10, Purpose::kAdopt), a.bits(11, Purpose::kAdopt));
  EXPECT_EQ(a.coin(10), b.coin(10));
  EXPECT_NE(a.coin(10), c.coin(10));
  EXPECT_NE(a.coin(10), d.coin(10));
  EXPECT_NE(a.coin(10), a.coin(11));
}

// coin(what) is wyrand's step at key + what however the product is computed (one mulq on x86-64,
// a 128-bit product elsewhere): checked against the 128-bit product written out, the key as the
// constructor makes it.
TEST(CounterRng, CoinIsWyrandsStepAtKeyPlusWhat) {
  for (const std::uint64_t seed : {0ULL, 7ULL, 2026ULL}) {
    for (const std::uint64_t replication : {0ULL, 1ULL, 123456ULL}) {
      const CounterRng rng(seed, replication);
      const std::uint64_t key = detail::nasam(detail::nasam(seed ^ 0x243F6A8885A308D3ULL) +
                                              replication * 0xD1B54A32D192ED03ULL);
      for (std::uint64_t what = 0; what < (std::uint64_t{1} << 40); what = what * 3 + 1) {
        const std::uint64_t x = key + what * 0xA0761D6478BD642FULL;
        const unsigned __int128 t = static_cast<unsigned __int128>(x) * (x ^ 0xE7037ED1A0B428DBULL);
        ASSERT_EQ(rng.coin(what),
                  static_cast<std::uint64_t>(t >> 64) ^ static_cast<std::uint64_t>(t))
            << "seed " << seed << ", replication " << replication << ", what " << what;
      }
    }
  }
}

TEST(CounterRng, UniformByChiSquareOnConsecutiveCounters) {
  // 64 equal bins, 640,000 draws: chi-square with 63 degrees of freedom has mean 63 and sd
  // sqrt(126); 63 + 6 sd ~ 130 is exceeded with probability below 1e-6.
  const CounterRng rng(1, 0);
  const int n = 640'000;
  for (const auto& [name, draw] : draws()) {
    SCOPED_TRACE(name);
    std::vector<double> bins(64, 0.0);
    for (int i = 0; i < n; ++i) bins[draw(rng, i) >> 58] += 1;  // the top 6 bits
    double chi2 = 0;
    for (double count : bins) chi2 += (count - n / 64.0) * (count - n / 64.0) / (n / 64.0);
    EXPECT_LT(chi2, 130.0);
  }
}

TEST(CounterRng, NeighbouringCountersReplicationsSeedsAndPurposesAreUncorrelated) {
  const int n = 400'000;
  const CounterRng r0(5, 0), r1(5, 1), other_seed(6, 0);
  auto centred = [](std::uint64_t word) { return CounterRng::to_unit(word) - 0.5; };
  // Each product of independent uniforms centred at 0 has sd 1/12; the mean of n has sd
  // 1 / (12 sqrt(n)).
  const double tolerance = 4.0 / (12.0 * std::sqrt(static_cast<double>(n)));
  for (const auto& [name, draw] : draws()) {
    SCOPED_TRACE(name);
    double sum_next = 0, sum_rep = 0, sum_seed = 0, sum_purpose = 0, sum_other_kind = 0;
    for (int i = 0; i < n; ++i) {
      const double x = centred(draw(r0, i));
      sum_next += x * centred(draw(r0, i + 1));
      sum_rep += x * centred(draw(r1, i));
      sum_seed += x * centred(draw(other_seed, i));
      sum_purpose += x * centred(r0.bits(i, Purpose::kSee));
      sum_other_kind += x * centred(name == "coin" ? r0.bits(i, Purpose::kAdopt) : r0.coin(i));
    }
    EXPECT_NEAR(sum_next / n, 0.0, tolerance);
    EXPECT_NEAR(sum_rep / n, 0.0, tolerance);
    EXPECT_NEAR(sum_seed / n, 0.0, tolerance);
    EXPECT_NEAR(sum_purpose / n, 0.0, tolerance);
    EXPECT_NEAR(sum_other_kind / n, 0.0, tolerance);
  }
}

TEST(CounterRng, EveryBitIsBalancedAcrossReplications) {
  // Bit b over n draws (one per replication, same edge) ~ Binomial(n, 1/2): sd sqrt(n) / 2.
  // Five sd for each of 64 bits: a false alarm has probability below 64 * 6e-7.
  const int n = 1'000'000;
  for (const auto& [name, draw] : draws()) {
    SCOPED_TRACE(name);
    std::vector<int> ones(64, 0);
    for (int r = 0; r < n; ++r) {
      const std::uint64_t word = draw(CounterRng(3, r), 12345);
      for (int b = 0; b < 64; ++b) ones[b] += static_cast<int>(word >> b & 1);
    }
    for (int b = 0; b < 64; ++b) {
      EXPECT_NEAR(ones[b], n / 2.0, 5 * std::sqrt(n) / 2) << "bit " << b;
    }
  }
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
