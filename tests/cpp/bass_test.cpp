// Bass diffusion in a crowd against the closed form F(t) (Bass 1969), and its validation.
#include <gtest/gtest.h>

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
