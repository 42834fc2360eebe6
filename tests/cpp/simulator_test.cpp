// The simulation driver: reproducibility across thread counts, seeds, campaigns and metrics.
#include "socialreach/simulator.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

#include "socialreach/detail/parallel_runs.hpp"
#include "socialreach/errors.hpp"
#include "socialreach/generators.hpp"
#include "test_support.hpp"

namespace socialreach {
namespace {

using testing::network_of;
using testing::sample_of;

Results run(const Network& net, const Model& model, const Campaign& campaign,
            std::int64_t replications, std::uint64_t seed, int threads, std::int64_t first = 0) {
  RunOptions options;
  options.replications = replications;
  options.seed = seed;
  options.threads = threads;
  options.first_replication = first;
  return simulate(net, model, campaign, options);
}

void expect_identical(const Results& a, const Results& b) {
  EXPECT_EQ(a.adopters, b.adopters);
  EXPECT_EQ(a.reach, b.reach);
  EXPECT_EQ(a.impressions, b.impressions);
  EXPECT_EQ(a.steps, b.steps);
  EXPECT_EQ(a.reach_by_origin, b.reach_by_origin);
  EXPECT_EQ(a.rejecters, b.rejecters);
  EXPECT_EQ(a.curve, b.curve);
  EXPECT_EQ(a.time, b.time);
}

TEST(Simulator, BitIdenticalForAnyThreadCountAndRerun) {
  const Network net = generators::erdos_renyi(5000, 5.0, false, 3);
  Campaign campaign;
  campaign.random_count = 3;
  // p = 0.05 draws live edges by geometric skipping (small shares), p = 0.25 a coin per member.
  for (double p : {0.25, 0.05}) {
    const IndependentCascade model{p};
    const Results one = run(net, model, campaign, 400, 42, 1);
    for (int threads : {2, 4, 8}) {
      expect_identical(one, run(net, model, campaign, 400, 42, threads));
    }
    expect_identical(one, run(net, model, campaign, 400, 42, 1));
    const Results other = run(net, model, campaign, 400, 43, 2);
    EXPECT_NE(one.adopters, other.adopters);
  }
}

TEST(Simulator, ChunksOfReplicationsConcatenateToTheWholeRun) {
  const Network net = generators::erdos_renyi(2000, 4.0, false, 5);
  Campaign campaign;
  campaign.seeds = {0, 7};
  for (double p : {0.3, 0.05}) {  // a coin per member, then geometric skipping
    const IndependentCascade model{p};
    const Results whole = run(net, model, campaign, 1000, 9, 2);
    const Results head = run(net, model, campaign, 600, 9, 1);
    const Results tail = run(net, model, campaign, 400, 9, 2, 600);
    std::vector<std::int64_t> joined = head.adopters;
    joined.insert(joined.end(), tail.adopters.begin(), tail.adopters.end());
    EXPECT_EQ(joined, whole.adopters);
  }
}

TEST(Simulator, MetricsOnAPathWithCertainAdoption) {
  // 0 -> 1 -> 2 -> 3 directed, p = 1: everyone adopts, one per step.
  const Network path = network_of({{0, 1}, {1, 2}, {2, 3}}, 4, true, {0, 1, 2, 2});
  Campaign campaign;
  campaign.seeds = {0};
  const Results r = run(path, IndependentCascade{1.0}, campaign, 3, 0, 1);
  EXPECT_EQ(r.adopters, (std::vector<std::int64_t>{4, 4, 4}));
  EXPECT_EQ(r.reach, (std::vector<std::int64_t>{3, 3, 3}));
  EXPECT_EQ(r.impressions, (std::vector<std::int64_t>{3, 3, 3}));
  EXPECT_EQ(r.steps, (std::vector<std::int64_t>{3, 3, 3}));
  EXPECT_EQ(r.reach_by_origin[0], (std::vector<std::int64_t>{3, 3, 3}));  // all from the company
  EXPECT_EQ(r.curve, (std::vector<double>{1, 2, 3, 4}));
}

TEST(Simulator, ReachExcludesSeedsAndImpressionsCountEverySeenShare) {
  // Undirected triangle with p = 1 from seeds 0 and 1: node 2 is reached; every node shares to
  // both others, so 6 impressions; only node 2 counts in reach.
  const Network triangle = network_of({{0, 1}, {1, 2}, {0, 2}}, 3, false, {0, 1, 2});
  Campaign campaign;
  campaign.seeds = {0, 1};
  const Results r = run(triangle, IndependentCascade{1.0}, campaign, 1, 0, 1);
  EXPECT_EQ(r.adopters[0], 3);
  EXPECT_EQ(r.reach[0], 1);
  EXPECT_EQ(r.impressions[0], 6);
  // Node 2 is first exposed by the company seed (seeds share in id order).
  EXPECT_EQ(r.reach_by_origin[0][0], 1);
  EXPECT_EQ(r.reach_by_origin[1][0], 0);
}

TEST(Simulator, ARunWithoutReachFindsTheSameCascadesAndHoldsNoReach) {
  // RunOptions::count_reach false: one replication at a time (p = 0.05, skips), fused (p = 0.3,
  // large shares) and another model's driver all give the same metrics but reach, and no reach.
  const Network net = generators::erdos_renyi(3000, 6.0, true, 4);
  Campaign campaign;
  campaign.seeds = {0, 5, 9};
  Threshold threshold;
  threshold.phi.value = 0.1;
  for (const Model& model :
       {Model{IndependentCascade{0.05}}, Model{IndependentCascade{0.3}}, Model{threshold}}) {
    RunOptions options;
    options.replications = 300;
    options.seed = 8;
    options.threads = 2;
    const Results a = simulate(net, model, campaign, options);
    options.count_reach = false;
    testing::expect_same_without_reach(simulate(net, model, campaign, options), a);
    EXPECT_GT(testing::sample_of(a.reach).mean, 0.0);
  }
}

TEST(Simulator, ReachStaysExactAcrossThousandsOfReplicationsOnOneThread) {
  // 300 ties u -> u + 300 and one random seed of the 600 nodes per replication: a seed u < 300
  // exposes its one member (reach 1, impressions 1 when seen), any other seed nobody. The
  // cascade's marks (detail/cascade_state.hpp) repeat every 127 replications on a thread and are
  // cleared then; a mark left from a replication 127 (or 254, ...) before that drew the same seed
  // would hide the member (about 30 such repeats in 3,000 replications). For p = 0 and 0.01 (a
  // coin per member, then skipping) and for visibility 1 and below 1.
  std::vector<std::pair<std::int64_t, std::int64_t>> ties;
  for (int u = 0; u < 300; ++u) ties.push_back({u, u + 300});
  const Network pairs = network_of(ties, 600, true);
  Campaign campaign;
  campaign.random_count = 1;
  for (double p : {0.0, 0.01}) {
    for (double seen : {1.0, 0.999}) {
      IndependentCascade model{p};
      model.visibility = {seen, seen, seen};
      const Results r = run(pairs, model, campaign, 3000, 5, 1);
      EXPECT_EQ(r.reach, r.impressions);
      const auto exposed = std::count(r.impressions.begin(), r.impressions.end(), 1);
      EXPECT_GT(exposed, 1200);  // about half the seeds have a member
    }
  }
}

TEST(Simulator, StartStepsDelaySeedsAndMaxStepsStops) {
  const Network path = network_of({{0, 1}, {1, 2}, {3, 4}}, 5, true);
  Campaign campaign;
  campaign.seeds = {0, 3};
  campaign.start_steps = {0, 5};
  const Results r = run(path, IndependentCascade{1.0}, campaign, 1, 0, 1);
  EXPECT_EQ(r.adopters[0], 5);
  EXPECT_EQ(r.steps[0], 6);  // seed 3 at step 5, node 4 at step 6
  EXPECT_EQ(r.curve, (std::vector<double>{1, 2, 3, 3, 3, 4, 5}));
  RunOptions options;
  options.replications = 1;
  options.max_steps = 1;
  const Results cut = simulate(path, IndependentCascade{1.0}, campaign, options);
  EXPECT_EQ(cut.adopters[0], 2);
}

TEST(Simulator, RandomSeedsAreDistinctUniformAndReproducible) {
  // On an empty graph adopters == number of seeds, so every draw must give 3 distinct nodes.
  const Network net = generators::empty(10);
  Campaign campaign;
  campaign.random_count = 3;
  const Results r = run(net, IndependentCascade{0.5}, campaign, 1000, 4, 2);
  for (auto a : r.adopters) ASSERT_EQ(a, 3);
  campaign.random_count = 10;
  EXPECT_EQ(run(net, IndependentCascade{0.5}, campaign, 5, 4, 1).adopters[4], 10);
  // Uniformity: with fraction 0.5 on a star's centre, P(centre is a seed) = 1/2.
  std::vector<std::pair<std::int64_t, std::int64_t>> ties;
  for (int v = 1; v < 10; ++v) ties.push_back({0, v});
  const Network star = network_of(ties, 10, true);
  Campaign half;
  half.random_fraction = 0.1;  // one seed
  const Results one = run(star, IndependentCascade{1.0}, half, 20000, 8, 2);
  std::int64_t centre = 0;
  for (auto a : one.adopters) centre += (a == 10);
  const double share = static_cast<double>(centre) / 20000.0, se = std::sqrt(0.1 * 0.9 / 20000.0);
  EXPECT_NEAR(share, 0.1, 4 * se);
}

TEST(Simulator, ValidatesBeforeRunning) {
  const Network net = generators::empty(5);
  Campaign campaign;
  RunOptions options;
  EXPECT_THROW(simulate(net, IndependentCascade{0.1}, campaign, options),
               std::invalid_argument);  // no seeds
  campaign.seeds = {5};
  EXPECT_THROW(simulate(net, IndependentCascade{0.1}, campaign, options), std::out_of_range);
  campaign.seeds = {-1};
  EXPECT_THROW(simulate(net, IndependentCascade{0.1}, campaign, options), std::out_of_range);
  campaign.seeds = {1};
  options.replications = 0;
  EXPECT_THROW(simulate(net, IndependentCascade{0.1}, campaign, options), std::invalid_argument);
  options.replications = 1;
  EXPECT_THROW(simulate(net, IndependentCascade{std::nan("")}, campaign, options),
               std::invalid_argument);
  Campaign random;
  random.random_count = 6;
  EXPECT_THROW(simulate(net, IndependentCascade{0.1}, random, options), std::invalid_argument);
}

// The run throws Cancelled once the poll says stop (without the stop it would run 10^6
// replications to the end and return); the poll sees the finished count grow to the stop point.
TEST(Simulator, PollReturningFalseCancels) {
  const Network net = generators::erdos_renyi(20000, 8.0, false, 1);
  Campaign campaign;
  campaign.seeds = {0};
  RunOptions options;
  options.replications = 1'000'000;
  options.threads = 2;
  options.poll_seconds = 0.0;
  std::int64_t seen = 0;
  options.poll = [&](std::int64_t finished) {
    seen = finished;
    return finished < 50;
  };
  EXPECT_THROW(simulate(net, IndependentCascade{0.5}, campaign, options), Cancelled);
  EXPECT_GE(seen, 50);
}

// The calling thread reads the clock after as many units as its last ones say take an eighth of
// the poll interval: after every unit while units are long, rarely when they are short.
TEST(PollPacer, ReadsTheClockAboutEightTimesPerPollInterval) {
  detail::PollPacer pacer(0.08);  // reads about every 0.01 s
  EXPECT_TRUE(pacer.due());       // the first unit
  pacer.read(1e-5);               // it took 10 microseconds: the next read after 1,000 units
  for (int i = 0; i < 999; ++i) ASSERT_FALSE(pacer.due());
  EXPECT_TRUE(pacer.due());
  pacer.read(0.1);  // those 1,000 took 0.1 s: the next read after 100
  for (int i = 0; i < 99; ++i) ASSERT_FALSE(pacer.due());
  EXPECT_TRUE(pacer.due());
  pacer.read(10.0);  // those 100 took 10 s: after every unit
  EXPECT_TRUE(pacer.due());
  pacer.read(0.0);  // no measurable time: twice as many as before
  EXPECT_FALSE(pacer.due());
  EXPECT_TRUE(pacer.due());
}

TEST(Simulator, BondPercolationFinalSizeOnErdosRenyi) {
  // Newman 2002 (Phys. Rev. E 66, 016128): on an undirected Erdos-Renyi graph with mean degree z,
  // IC with transmissibility T is bond percolation; a random seed starts a large outbreak with
  // probability S and a large outbreak covers a fraction S, where S = 1 - exp(-z T S).
  const std::int64_t n = 50'000;
  const Network net = generators::erdos_renyi(n, 4.0, false, 2026);
  const double z = static_cast<double>(net.n_edges()) / static_cast<double>(n);
  const double t = 0.5;
  double s = 0.5;
  for (int i = 0; i < 200; ++i) s = 1 - std::exp(-z * t * s);
  Campaign campaign;
  campaign.random_count = 1;
  const std::int64_t replications = 4000;
  const Results r = run(net, IndependentCascade{t}, campaign, replications, 77, 0);
  std::vector<std::int64_t> large;
  for (auto a : r.adopters) {
    if (a > n / 10) large.push_back(a);
  }
  const double outbreak = static_cast<double>(large.size()) / static_cast<double>(replications);
  EXPECT_NEAR(outbreak, s, 4 * std::sqrt(s * (1 - s) / static_cast<double>(replications)));
  const auto size = sample_of(large);
  // The finite graph's own giant component deviates from S by O(1 / sqrt(n)); allow that too.
  EXPECT_NEAR(size.mean / static_cast<double>(n), s,
              4 * size.sem / static_cast<double>(n) + 2.0 / std::sqrt(static_cast<double>(n)));
}

}  // namespace
}  // namespace socialreach

namespace socialreach {
namespace {

// The fused cascade (64 replications per pass) must give exactly what one replication at a time
// gives, whatever the model variant, seeding, schedule or step limit.
void expect_fused_equals_plain(const Network& net, const IndependentCascade& model,
                               const Campaign& campaign, std::int64_t replications,
                               std::int64_t max_steps = -1) {
  RunOptions options;
  options.replications = replications;
  options.seed = 21;
  options.max_steps = max_steps;
  options.threads = 2;
  options.fuse = RunOptions::Fuse::kNever;
  const Results plain = simulate(net, model, campaign, options);
  options.fuse = RunOptions::Fuse::kAlways;
  const Results fused = simulate(net, model, campaign, options);
  options.threads = 1;
  const Results fused_one_thread = simulate(net, model, campaign, options);
  expect_identical(plain, fused);
  expect_identical(fused, fused_one_thread);
}

TEST(FusedCascade, EqualsOneReplicationAtATime) {
  const Network er = generators::erdos_renyi(3000, 6.0, true, 4);
  Campaign fixed;
  fixed.seeds = {0, 5, 9};
  expect_fused_equals_plain(er, IndependentCascade{0.3}, fixed, 150);    // large cascades
  expect_fused_equals_plain(er, IndependentCascade{0.05}, fixed, 130);   // small ones (skips)
  expect_fused_equals_plain(er, IndependentCascade{0.3}, fixed, 70, 2);  // a step limit
  Campaign random;
  random.random_count = 4;
  expect_fused_equals_plain(er, IndependentCascade{0.25}, random, 200);
  IndependentCascade weighted_cascade;
  weighted_cascade.weighted_cascade = true;
  expect_fused_equals_plain(generators::barabasi_albert(3000, 3, 2), weighted_cascade, random, 100);
  Campaign scheduled;
  scheduled.seeds = {1, 2, 3};
  scheduled.start_steps = {0, 3, 3};
  IndependentCascade credible{0.1};
  credible.credibility = {1.0, 1.0, 3.0};  // the seeds' kind (public) is more credible
  expect_fused_equals_plain(er, credible, scheduled, 65);
}

TEST(FusedCascade, WeightedNetworkAndOddBlockSizes) {
  std::vector<std::int64_t> src, dst;
  std::vector<double> weights;
  const Network base = generators::erdos_renyi(800, 8.0, false, 3);
  for (NodeId u = 0; u < 800; ++u) {
    for (EdgeId e = base.offsets()[u]; e < base.offsets()[u + 1]; ++e) {
      src.push_back(u);
      dst.push_back(base.targets()[e]);
      weights.push_back(0.2 + 0.8 * static_cast<double>((u * 7 + e) % 10) / 10.0);
    }
  }
  EdgeListInput in{src, dst, 800, true, weights, {}, {}};
  const Network weighted = Network::from_edges(in);
  Campaign campaign;
  campaign.seeds = {3};
  for (std::int64_t replications : {1, 63, 64, 65, 129}) {
    expect_fused_equals_plain(weighted, IndependentCascade{0.4}, campaign, replications);
  }
}

}  // namespace
}  // namespace socialreach
