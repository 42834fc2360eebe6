// Threshold models: Granovetter's crowd, complex contagion on a ring lattice, thresholds <= 0
// without seeds, drawn thresholds reproducible for any thread count, and validation messages.
#include <gtest/gtest.h>

#include "socialreach/generators.hpp"
#include "socialreach/simulator.hpp"
#include "test_support.hpp"

namespace socialreach {
namespace {

Results run(const Network& net, const Threshold& model, std::vector<std::int64_t> seeds,
            std::int64_t replications = 1, int threads = 1) {
  return testing::simulate_seeded(net, model, std::move(seeds), replications, 3, threads);
}

Threshold granovetter_crowd(int threshold_of_second) {
  // Granovetter 1978: thresholds 0, 1, ..., 99 in a crowd of 100 (absolute counts).
  Threshold model;
  model.relative = false;
  model.observe = Observe::all;
  model.phi.form = ThresholdPhi::Form::per_node;
  for (int v = 0; v < 100; ++v) model.phi.per_node.push_back(v);
  model.phi.per_node[1] = threshold_of_second;
  return model;
}

TEST(Threshold, GranovetterCrowdRiotsOrStopsAtOne) {
  const Network crowd = generators::empty(100);
  const Results riot = run(crowd, granovetter_crowd(1), {});
  EXPECT_EQ(riot.adopters[0], 100);
  EXPECT_EQ(riot.steps[0], 99);  // one more rioter per step
  EXPECT_EQ(riot.impressions[0], 100 * 99);
  const Results calm = run(crowd, granovetter_crowd(2), {});
  EXPECT_EQ(calm.adopters[0], 1);
}

TEST(Threshold, ComplexContagionOnRingLatticeNeedsTwoAdjacentSeeds) {
  // Centola and Macy 2007: each node needs 2 adopted contacts among its 4 ring neighbours.
  const Network ring = generators::ring_lattice(200, 4);
  Threshold model;
  model.relative = false;
  model.phi.value = 2;
  EXPECT_EQ(run(ring, model, {10, 11}).adopters[0], 200);
  EXPECT_EQ(run(ring, model, {10}).adopters[0], 1);
  EXPECT_EQ(run(ring, model, {10, 100}).adopters[0], 2);
}

TEST(Threshold, RelativeThresholdCountsAFractionOfInNeighbours) {
  // Star 0 -> 1..4 and 5 -> 1: node 1 has in-degree 2, the others 1. phi = 0.5.
  const Network net = testing::network_of({{0, 1}, {0, 2}, {0, 3}, {0, 4}, {5, 1}}, 6, true);
  Threshold model;
  model.phi.value = 0.5;
  EXPECT_EQ(run(net, model, {0}).adopters[0], 5);
  model.phi.value = 0.7;  // node 1 then needs both in-neighbours
  EXPECT_EQ(run(net, model, {0}).adopters[0], 4);
  model.phi.value = 0.7;
  model.credibility = {1.0, 1.0, 2.0};  // a public sender counts twice
  EXPECT_EQ(run(net, model, {0}).adopters[0], 5);
}

TEST(Threshold, ZeroThresholdsAdoptAtStepZeroWithoutSeeds) {
  const Network path = testing::network_of({{0, 1}, {1, 2}, {2, 3}}, 4, true);
  Threshold model;
  model.phi.form = ThresholdPhi::Form::per_node;
  model.phi.per_node = {0.0, 1.0, 1.0, 0.5};
  const Results r = run(path, model, {});
  EXPECT_EQ(r.adopters[0], 4);
  EXPECT_EQ(r.curve, (std::vector<double>{1, 2, 3, 4}));
}

TEST(Threshold, NormalThresholdsAtOrBelowZeroStartAlone) {
  // No ties: exactly the nodes with phi_v <= 0 adopt, P(phi <= 0) = Phi(-mean / sd). For mean / sd
  // = 2.5, Phi(-2.5) = 0.0062096653 (a table of the normal distribution); 100,000 nodes over
  // 40 replications, binomial standard error.
  Threshold model;
  model.phi.form = ThresholdPhi::Form::normal;
  model.phi.mean = 0.5;
  model.phi.sd = 0.2;
  const std::int64_t n = 100'000, replications = 40;
  const Results r = run(generators::empty(n), model, {}, replications);
  const auto sample = testing::sample_of(r.adopters);
  const double q = 0.0062096653;
  EXPECT_NEAR(sample.mean / n, q, 4 * std::sqrt(q * (1 - q) / (n * replications)));
}

TEST(Threshold, DrawnThresholdsAreIdenticalForAnyThreadCount) {
  const Network net = generators::erdos_renyi(3000, 6.0, false, 4);
  Threshold model;
  model.phi.form = ThresholdPhi::Form::normal;
  model.phi.mean = 0.2;
  model.phi.sd = 0.1;
  const Results one = run(net, model, {0, 1, 2}, 200, 1);
  const Results two = run(net, model, {0, 1, 2}, 200, 2);
  EXPECT_EQ(one.adopters, two.adopters);
  EXPECT_EQ(one.curve, two.curve);
  model.observe = Observe::all;
  model.phi.form = ThresholdPhi::Form::uniform;
  model.phi.low = 0.0;
  model.phi.high = 0.01;
  EXPECT_EQ(run(net, model, {}, 50, 1).adopters, run(net, model, {}, 50, 2).adopters);
}

TEST(Threshold, ValidateNamesParameterRangeAndValue) {
  Threshold model;
  model.phi.value = 1.5;
  EXPECT_EQ(testing::message_of<std::invalid_argument>([&] { model.validate(); }),
            "Threshold.phi must be in [0, 1], got 1.5");
  model.relative = false;
  EXPECT_NO_THROW(model.validate());
  model.phi.form = ThresholdPhi::Form::per_node;
  model.phi.per_node = {1.0, 2.0};
  EXPECT_THROW(model.validate(generators::empty(3)), std::invalid_argument);
  const Network net = generators::empty(3);
  Campaign none;
  EXPECT_THROW(simulate(net, model, none, RunOptions{}), std::invalid_argument);
}

}  // namespace
}  // namespace socialreach
