// Independent cascade against exact enumeration of live-edge graphs, on tiny graphs.
// Tolerance: 4 standard errors of the simulated mean (fixed seeds).
#include <gtest/gtest.h>

#include "live_edge_enumeration.hpp"
#include "socialreach/simulator.hpp"
#include "test_support.hpp"

namespace socialreach {
namespace {

using testing::expected_adopters;
using testing::network_of;
using testing::sample_of;

constexpr std::int64_t kReplications = 200'000;

testing::Sample simulated_adopters(const Network& net, const IndependentCascade& model,
                                   std::vector<std::int64_t> seeds, std::uint64_t seed = 1) {
  return sample_of(
      testing::simulate_seeded(net, model, std::move(seeds), kReplications, seed).adopters);
}

std::vector<double> uniform_live(const Network& net, double p) {
  return std::vector<double>(net.n_edges(), p);
}

TEST(IndependentCascade, PathOfFiveFromOneEndGivesThirtyOneSixteenths) {
  const Network path = network_of({{0, 1}, {1, 2}, {2, 3}, {3, 4}}, 5, false);
  const double exact = expected_adopters(path, uniform_live(path, 0.5), {0});
  EXPECT_DOUBLE_EQ(exact, 31.0 / 16.0);  // 1 + 1/2 + 1/4 + 1/8 + 1/16
  const auto sim = simulated_adopters(path, IndependentCascade{0.5}, {0});
  EXPECT_NEAR(sim.mean, exact, 4 * sim.sem);
}

TEST(IndependentCascade, StarFromCentreAndFromLeaf) {
  const double p = 0.3;
  const int leaves = 5;
  std::vector<std::pair<std::int64_t, std::int64_t>> ties;
  for (int v = 1; v <= leaves; ++v) ties.push_back({0, v});
  const Network star = network_of(ties, leaves + 1, false);
  const double from_centre = 1 + leaves * p;
  const double from_leaf = 1 + p + (leaves - 1) * p * p;
  EXPECT_NEAR(expected_adopters(star, uniform_live(star, p), {0}), from_centre, 1e-12);
  EXPECT_NEAR(expected_adopters(star, uniform_live(star, p), {1}), from_leaf, 1e-12);
  const auto centre = simulated_adopters(star, IndependentCascade{p}, {0});
  const auto leaf = simulated_adopters(star, IndependentCascade{p}, {1});
  EXPECT_NEAR(centre.mean, from_centre, 4 * centre.sem);
  EXPECT_NEAR(leaf.mean, from_leaf, 4 * leaf.sem);
}

TEST(IndependentCascade, TriangleMatchesClosedForm) {
  const double p = 0.4;
  const Network triangle = network_of({{0, 1}, {1, 2}, {0, 2}}, 3, false);
  const double closed_form = 1 + 2 * (p + p * p - p * p * p);
  EXPECT_NEAR(expected_adopters(triangle, uniform_live(triangle, p), {0}), closed_form, 1e-12);
  const auto sim = simulated_adopters(triangle, IndependentCascade{p}, {0});
  EXPECT_NEAR(sim.mean, closed_form, 4 * sim.sem);
}

TEST(IndependentCascade, WeightedCascadeUsesOneOverInDegree) {
  // Directed diamond 0 -> 1, 0 -> 2, 1 -> 3, 2 -> 3, 3 -> 4: node 3 has in-degree 2.
  const Network diamond = network_of({{0, 1}, {0, 2}, {1, 3}, {2, 3}, {3, 4}}, 5, true);
  std::vector<double> live(diamond.n_edges());
  for (NodeId u = 0; u < 5; ++u) {
    for (EdgeId e = diamond.offsets()[u]; e < diamond.offsets()[u + 1]; ++e) {
      live[e] = 1.0 / diamond.in_degrees()[diamond.targets()[e]];
    }
  }
  IndependentCascade model;
  model.weighted_cascade = true;
  const double exact = expected_adopters(diamond, live, {0});
  const auto sim = simulated_adopters(diamond, model, {0});
  // 0, 1, 2 surely (in-degree 1); 3 w.p. 1 - (1/2)^2 = 3/4; 4 exactly when 3 adopts.
  EXPECT_NEAR(exact, 3 + 0.75 + 0.75, 1e-12);
  EXPECT_NEAR(sim.mean, exact, 4 * sim.sem);
}

TEST(IndependentCascade, TieWeightsAndCredibilityMatchEnumeration) {
  // Tie weights from 1 to 0.02: adoption probabilities p w, with odds times 1.5 from the
  // employee sender 0.
  const std::vector<std::pair<std::int64_t, std::int64_t>> ties = {{0, 1}, {0, 2}, {0, 3}, {0, 4},
                                                                   {0, 5}, {0, 6}, {1, 7}, {2, 7},
                                                                   {3, 8}, {4, 9}, {7, 8}, {8, 9}};
  // In order of source, as stored: weights[e] is the weight of stored edge e.
  const std::vector<double> weights = {1.0,  0.6, 0.3, 0.12, 0.05, 0.02,
                                       0.45, 0.7, 0.2, 0.08, 0.9,  0.33};
  std::vector<std::int64_t> src, dst, kinds(10, 2);
  for (auto [u, v] : ties) {
    src.push_back(u);
    dst.push_back(v);
  }
  kinds[0] = 1;
  const Network net = Network::from_edges({src, dst, 10, true, weights, kinds, {}});
  IndependentCascade model;
  model.p = 0.95;
  model.credibility = {1.0, 1.5, 1.0};
  std::vector<double> live(net.n_edges());
  for (NodeId u = 0; u < 10; ++u) {
    const int k = static_cast<int>(net.kind(u));
    for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e) {
      live[e] = credible_probability(model.p * weights[e], model.credibility[k]);
    }
  }
  const double exact = expected_adopters(net, live, {0});
  const auto sim = simulated_adopters(net, model, {0});
  EXPECT_NEAR(sim.mean, exact, 4 * sim.sem);
}

TEST(IndependentCascade, WeightedCascadeWithEveryInDegreeAboveOneMatchesEnumeration) {
  // Every node has in-degree 2 or 3, so the weighted cascade's shares keep the members whose
  // coins pass the gate of 1 / 2 and decide them at the end of the step (share_deferring). The
  // employee sender 0 is more credible; public senders are seen by 60% of their audience.
  const std::vector<std::pair<std::int64_t, std::int64_t>> ties = {
      {0, 1}, {0, 2}, {1, 2}, {2, 1}, {1, 3}, {2, 3}, {3, 4},
      {1, 4}, {4, 5}, {3, 5}, {5, 0}, {4, 0}, {0, 5}};
  std::vector<std::int64_t> kinds(6, 2);
  kinds[0] = 1;
  const Network net = network_of(ties, 6, true, kinds);
  IndependentCascade model;
  model.weighted_cascade = true;
  model.credibility = {1.0, 3.0, 1.0};
  model.visibility = {1.0, 1.0, 0.6};
  std::vector<double> live(net.n_edges());
  for (NodeId u = 0; u < 6; ++u) {
    const int k = static_cast<int>(net.kind(u));
    for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e) {
      const double p = 1.0 / net.in_degrees()[net.targets()[e]];
      live[e] = model.visibility[k] * credible_probability(p, model.credibility[k]);
    }
  }
  const double exact = expected_adopters(net, live, {0});
  const auto sim = simulated_adopters(net, model, {0});
  EXPECT_NEAR(sim.mean, exact, 4 * sim.sem);
  const auto from_public = simulated_adopters(net, model, {3}, 2);
  EXPECT_NEAR(from_public.mean, expected_adopters(net, live, {3}), 4 * from_public.sem);
}

TEST(IndependentCascade, CredibilityAndVisibilityCombinePerSenderKind) {
  // An employee seed (0) and a company seed (1) on a small directed graph with public nodes.
  const Network net =
      network_of({{0, 2}, {0, 3}, {1, 3}, {1, 4}, {3, 5}, {2, 5}}, 6, true, {1, 0, 2, 2, 2, 2});
  IndependentCascade model;
  model.p = 0.2;
  model.credibility = {1.0, 8.0, 1.5};  // company, employee, public
  model.visibility = {0.25, 0.9, 0.6};
  std::vector<double> live(net.n_edges());
  for (NodeId u = 0; u < 6; ++u) {
    const int k = static_cast<int>(net.kind(u));
    for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e) {
      live[e] = model.visibility[k] * credible_probability(model.p, model.credibility[k]);
    }
  }
  const double exact = expected_adopters(net, live, {0, 1});
  const auto sim = simulated_adopters(net, model, {0, 1});
  EXPECT_NEAR(sim.mean, exact, 4 * sim.sem);
}

TEST(IndependentCascade, CredibleProbabilityMultipliesOdds) {
  EXPECT_DOUBLE_EQ(credible_probability(0.25, 1.0), 0.25);
  const double q = credible_probability(0.25, 3.0);
  EXPECT_NEAR(q / (1 - q), 3.0 * (0.25 / 0.75), 1e-12);
  EXPECT_DOUBLE_EQ(credible_probability(1.0, 2.0), 1.0);
  EXPECT_DOUBLE_EQ(credible_probability(1.0, 0.0), 0.0);
  EXPECT_DOUBLE_EQ(credible_probability(0.3, 0.0), 0.0);
}

TEST(IndependentCascade, ValidateNamesParameterRangeAndValue) {
  IndependentCascade model;
  model.p = 1.7;
  EXPECT_EQ(testing::message_of<std::invalid_argument>([&] { model.validate(); }),
            "IndependentCascade.p must be in [0, 1], got 1.7");
  model.p = 0.1;
  model.credibility[1] = -2;
  EXPECT_THROW(model.validate(), std::invalid_argument);
  model.credibility[1] = 1;
  model.visibility[0] = 1.5;
  EXPECT_THROW(model.validate(), std::invalid_argument);
}

}  // namespace
}  // namespace socialreach
