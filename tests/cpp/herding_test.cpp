// Herding (Bikhchandani, Hirshleifer, Welch 1992) in a crowd: the chance that no cascade has
// started after n agents is (p - p^2)^(n/2). Tolerance: 4 binomial standard errors, fixed seed.
#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "socialreach/generators.hpp"
#include "socialreach/simulator.hpp"
#include "test_support.hpp"

namespace socialreach {
namespace {

Results run(const Network& net, const Herding& model, std::vector<std::int64_t> seeds,
            std::int64_t replications, int threads = 0) {
  return testing::simulate_seeded(net, model, std::move(seeds), replications, 5, threads);
}

TEST(Herding, NoCascadeAfterFourAgentsMatchesBhw) {
  const double p = 0.7;
  Herding model;
  model.signal_precision = p;
  model.observe = Observe::all;
  const std::int64_t replications = 100'000;
  const Results r = run(generators::empty(4), model, {}, replications);
  std::int64_t balanced = 0;
  for (std::int64_t i = 0; i < replications; ++i) {
    EXPECT_EQ(r.adopters[i] + r.rejecters[i], 4);
    balanced += r.adopters[i] == r.rejecters[i];
  }
  const double expected = std::pow(p - p * p, 2);
  const double observed = static_cast<double>(balanced) / replications;
  EXPECT_NEAR(observed, expected, 4 * std::sqrt(expected * (1 - expected) / replications));
}

TEST(Herding, ExposureOrderOnlyReachedNodesDecide) {
  // Path 0 -> 1 -> 2 -> 3 with a perfect signal in a good state: everyone reached adopts.
  const Network path = testing::network_of({{0, 1}, {1, 2}, {2, 3}}, 5, true);
  Herding model;
  model.signal_precision = 1.0;
  model.order = HerdingOrder::exposure;
  const Results r = run(path, model, {0}, 3);
  EXPECT_EQ(r.adopters, (std::vector<std::int64_t>{4, 4, 4}));
  EXPECT_EQ(r.rejecters, (std::vector<std::int64_t>{0, 0, 0}));
  EXPECT_EQ(r.reach, (std::vector<std::int64_t>{3, 3, 3}));
  // Bad state: every signal says reject, so each reached node sees its sharer's +1 against its
  // own -1, a tie, and flips a fair coin; a rejecter does not share and the chain stops there.
  // By enumeration: the seed alone adopts with probability 1/2, two adopt with 1/4, three with
  // 1/8 (each with one rejecter), all four with 1/8 (no rejecter); node 4 is never reached.
  model.good_state = false;
  const std::int64_t n = 20'000;
  const Results bad = run(path, model, {0}, n);
  std::array<double, 5> count{};
  for (std::int64_t i = 0; i < n; ++i) {
    ASSERT_GE(bad.adopters[i], 1);
    ASSERT_LE(bad.adopters[i], 4);
    EXPECT_EQ(bad.rejecters[i], bad.adopters[i] < 4 ? 1 : 0) << i;
    ++count[bad.adopters[i]];
  }
  const std::array<double, 5> expected{0.0, 0.5, 0.25, 0.125, 0.125};
  for (int a = 1; a <= 4; ++a) {
    const double q = expected[a];
    EXPECT_NEAR(count[a] / n, q, 4 * std::sqrt(q * (1 - q) / n)) << a << " adopters";
  }
}

TEST(Herding, IdenticalForAnyThreadCount) {
  const Network net = generators::erdos_renyi(2000, 5.0, false, 9);
  Herding model;
  const Results one = run(net, model, {0}, 100, 1);
  const Results two = run(net, model, {0}, 100, 2);
  EXPECT_EQ(one.adopters, two.adopters);
  EXPECT_EQ(one.rejecters, two.rejecters);
  EXPECT_EQ(one.curve, two.curve);
}

TEST(Herding, ValidateNamesParameterRangeAndValue) {
  Herding model;
  model.signal_precision = 0.3;
  EXPECT_EQ(testing::message_of<std::invalid_argument>([&] { model.validate(); }),
            "Herding.signal_precision must be in [0.5, 1], got 0.3");
  model.signal_precision = 0.6;
  model.order = HerdingOrder::exposure;
  model.observe = Observe::all;
  EXPECT_THROW(model.validate(), std::invalid_argument);
}

}  // namespace
}  // namespace socialreach
