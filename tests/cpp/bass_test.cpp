// Bass diffusion in a crowd against the closed form F(t) (Bass 1969), and its validation.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>

#include "socialreach/generators.hpp"
#include "socialreach/simulator.hpp"
#include "test_support.hpp"

namespace socialreach {
namespace {

TEST(Bass, CrowdFollowsTheClosedForm) {
  const std::int64_t n = 20'000;
  Bass model;
  model.observe = Observe::all;
  RunOptions options;
  options.replications = 4;
  options.seed = 2;
  const Results r = simulate(generators::empty(n), model, Campaign{}, options);
  const double p = model.p, q = model.q;
  ASSERT_GT(r.time.size(), 1500u);
  for (std::size_t t = 0; t < 1500; t += 100) {
    const double time = r.time[t];
    EXPECT_DOUBLE_EQ(time, t * model.dt);
    const double decay = std::exp(-(p + q) * time);
    const double expected = (1 - decay) / (1 + (q / p) * decay);
    // Binomial sd of a fraction of n nodes, over 4 replications, is below 0.002; 0.01 holds.
    EXPECT_NEAR(r.curve[t] / n, expected, 0.01) << "t = " << time;
  }
  for (auto a : r.adopters) EXPECT_EQ(a, n);
}

TEST(Bass, NetworkImitationNeedsAdoptedNeighbours) {
  // p = 0: only imitation, so adoption spreads from the seed along ties and stops at the edge
  // of its component.
  const Network net = generators::ring_lattice(50, 2);
  Bass model;
  model.p = 0.0;
  model.q = 1.0;
  model.dt = 0.5;
  Campaign campaign;
  campaign.seeds = {0};
  RunOptions options;
  options.replications = 10;
  const Results r = simulate(net, model, campaign, options);
  for (auto a : r.adopters) EXPECT_EQ(a, 50);
  const Results alone = simulate(generators::empty(5), model, campaign, options);
  for (auto a : alone.adopters) EXPECT_EQ(a, 1);
}

TEST(Bass, NetworkAdoptionStepFollowsTheStepHazards) {
  // Node 2 listens to 0 (a seed at step 0, sharing from step 1) and 1 (a seed starting at step
  // 2, sharing from step 3, or from step 2 if it innovates at step 1, probability p dt = 0.05).
  // With p = 0.1, q = 1, dt = 0.5 node 2's hazard is (p + q A) dt: 0.3 while A = 1/2, 0.55 once
  // A = 1. So P(T <= 2) = 0.3 + 0.7 s with s = 0.05 * 0.55 + 0.95 * 0.3 = 0.3125, then
  // P(T = 3) = r 0.55 and P(T >= 4) = r 0.45 with r = 0.7 (1 - s). The last step anybody adopts
  // is T, or 2 when T <= 2 (1 if node 1 innovated at step 1 too). 200,000 replications, 4 binomial
  // standard errors.
  const Network net = testing::network_of({{0, 2}, {1, 2}}, 3, true);
  Bass model;
  model.p = 0.1;
  model.q = 1.0;
  model.dt = 0.5;
  Campaign campaign;
  campaign.seeds = {0, 1};
  campaign.start_steps = {0, 2};
  RunOptions options;
  options.replications = 200'000;
  options.seed = 4;
  const Results r = simulate(net, model, campaign, options);
  std::array<double, 3> seen{};  // last step at most 2, 3, 4 or later
  for (std::int64_t i = 0; i < options.replications; ++i) {
    ASSERT_EQ(r.adopters[i], 3);
    ++seen[std::clamp<std::int64_t>(r.steps[i], 2, 4) - 2];
  }
  const double s_ = 0.05 * 0.55 + 0.95 * 0.3, rest = 0.7 * (1 - s_);
  const std::array<double, 3> expected{0.3 + 0.7 * s_, rest * 0.55, rest * 0.45};
  const double n = static_cast<double>(options.replications);
  for (int k = 0; k < 3; ++k) {
    const double q = expected[k];
    EXPECT_NEAR(seen[k] / n, q, 4 * std::sqrt(q * (1 - q) / n)) << "last step " << k + 2;
  }
}

TEST(Bass, ValidateNamesParameterRangeAndValue) {
  Bass model;
  model.dt = 5;
  EXPECT_EQ(testing::message_of<std::invalid_argument>([&] { model.validate(); }),
            "Bass.dt must be in (0, 1 / (p + q)] = (0, 2.4390243902439024], got 5");
  model.dt = 0.01;
  model.q = -1;
  EXPECT_THROW(model.validate(), std::invalid_argument);
}

}  // namespace
}  // namespace socialreach
