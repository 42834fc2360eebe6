// Herding (Bikhchandani, Hirshleifer, Welch 1992) in a crowd: the chance that no cascade has
// started after n agents is (p - p^2)^(n/2). Tolerance: 4 binomial standard errors, fixed seed.
#include <gtest/gtest.h>

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
  model.good_state = false;  // now every signal says reject: 1 rejects (1 + (-1) = 0 is a tie)
  const Results bad = run(path, model, {0}, 2000);
  for (std::int64_t i = 0; i < 2000; ++i) EXPECT_LE(bad.adopters[i] + bad.rejecters[i], 4);
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
