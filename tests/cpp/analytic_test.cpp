// Analytic companions: spectral radii with known values, degree moments, and message passing
// that is exact on trees (checked against exact live-edge enumeration).
#include "socialreach/analytic.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "live_edge_enumeration.hpp"
#include "socialreach/generators.hpp"
#include "test_support.hpp"

namespace socialreach {
namespace {

using testing::network_of;

TEST(Analytic, SpectralRadiusOfKnownGraphs) {
  EXPECT_NEAR(analytic::spectral_radius(generators::complete(10)), 9.0, 1e-8);
  EXPECT_NEAR(analytic::spectral_radius(generators::ring_lattice(30, 2)), 2.0, 1e-8);
  std::vector<std::pair<std::int64_t, std::int64_t>> star;
  for (int v = 1; v <= 16; ++v) star.push_back({0, v});
  // A star is bipartite (periodic): the shifted power iteration still converges, to sqrt(16).
  EXPECT_NEAR(analytic::spectral_radius(network_of(star, 17, false)), 4.0, 1e-7);
  IndependentCascade model;
  model.p = 0.25;
  EXPECT_NEAR(analytic::spectral_radius(generators::complete(10), model), 9.0 * 0.25, 1e-8);
  EXPECT_NEAR(analytic::epidemic_threshold_spectral(generators::complete(10)), 1.0 / 9.0, 1e-9);
}

TEST(Analytic, DegreeMomentThresholdOfRegularGraphs) {
  // k-regular: <k> / (<k^2> - <k>) = 1 / (k - 1).
  EXPECT_DOUBLE_EQ(analytic::epidemic_threshold_degree_moments(generators::ring_lattice(40, 6)),
                   0.2);
  EXPECT_TRUE(std::isinf(analytic::epidemic_threshold_degree_moments(generators::empty(4))));
}

TEST(Analytic, MessagePassingIsExactOnATree) {
  // A tree with branching (undirected): 0-1, 0-2, 1-3, 1-4, 2-5, 4-6.
  const Network tree = network_of({{0, 1}, {0, 2}, {1, 3}, {1, 4}, {2, 5}, {4, 6}}, 7, false);
  IndependentCascade model;
  model.p = 0.45;
  for (std::vector<std::int64_t> seeds : {std::vector<std::int64_t>{0}, {4}, {3, 5}}) {
    const auto probabilities = analytic::adoption_probabilities(tree, model, seeds);
    double total = 0;
    for (double x : probabilities) total += x;
    const std::vector<double> live(tree.n_edges(), model.p);
    const double exact =
        testing::expected_adopters(tree, live, std::vector<NodeId>(seeds.begin(), seeds.end()));
    EXPECT_NEAR(total, exact, 1e-12);
  }
}

TEST(Analytic, MessagePassingOverestimatesAroundALoop) {
  // Seed 0 -> 1, then the square 1-2-4-3-1: both paths to 4 need 1, so they are correlated;
  // message passing multiplies them as if independent and overestimates node 4 (and the total).
  const Network square = network_of({{0, 1}, {1, 2}, {1, 3}, {2, 4}, {3, 4}}, 5, false);
  IndependentCascade model;
  model.p = 0.5;
  const std::vector<std::int64_t> seeds{0};
  const auto probabilities = analytic::adoption_probabilities(square, model, seeds);
  double total = 0;
  for (double x : probabilities) total += x;
  const double exact = testing::expected_adopters(
      square, std::vector<double>(square.n_edges(), model.p), std::vector<NodeId>{0});
  EXPECT_GT(total, exact + 0.01);
  EXPECT_LT(total, exact + 0.2);
}

}  // namespace
}  // namespace socialreach
