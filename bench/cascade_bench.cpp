// Independent-cascade throughput on one-million-node graphs: cascades per second and examined
// edges per second (every out-edge of every adopter is examined once; with visibility 1 that is
// the impressions count). Threads are an argument: results are identical for every count.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <filesystem>
#include <numeric>
#include <vector>

#include "peer_workloads.hpp"
#include "socialreach/generators.hpp"
#include "socialreach/simulator.hpp"

namespace socialreach {
namespace {

const Network& er_million() {
  static const Network net = generators::erdos_renyi(1'000'000, 10.0, true, 1);
  return net;
}

const Network& ba_million() {
  static const Network net = generators::barabasi_albert(1'000'000, 5, 1);
  return net;
}

// Arguments: threads, then 1 for the fused 64-replication cascade or 0 for one at a time, then 1
// to count reach (as simulate does by default) or 0 for adopters only (RunOptions::count_reach,
// as the peers: bench/compare_peers.py). Seeds: `campaign`'s fixed ones (the peer workloads: the
// same run every iteration, as the harness's), or `random_count` drawn per replication.
void run_cascades(benchmark::State& state, const Network& net, const IndependentCascade& model,
                  const Campaign& campaign, std::int64_t replications) {
  RunOptions options;
  options.replications = replications;
  options.threads = static_cast<int>(state.range(0));
  options.fuse = state.range(1) != 0 ? RunOptions::Fuse::kAlways : RunOptions::Fuse::kNever;
  options.count_reach = state.range(2) != 0;
  std::int64_t edges = 0, cascades = 0;
  std::uint64_t seed = 0;
  for (auto _ : state) {
    options.seed = campaign.seeds.empty() ? seed++ : 2026;
    const Results r = simulate(net, model, campaign, options);
    edges += std::accumulate(r.impressions.begin(), r.impressions.end(), std::int64_t{0});
    cascades += replications;
  }
  state.counters["cascades/s"] =
      benchmark::Counter(static_cast<double>(cascades), benchmark::Counter::kIsRate);
  state.counters["edges/s"] =
      benchmark::Counter(static_cast<double>(edges), benchmark::Counter::kIsRate);
  state.counters["edges/cascade"] = static_cast<double>(edges) / static_cast<double>(cascades);
}

Campaign random_seeds(std::int64_t count) {
  Campaign campaign;
  campaign.random_count = count;
  return campaign;
}
Campaign fixed_seeds(const std::vector<std::int64_t>& seeds) {
  Campaign campaign;
  campaign.seeds = seeds;
  return campaign;
}

void BM_IcSmallCascadesEr(benchmark::State& state) {
  run_cascades(state, er_million(), IndependentCascade{0.05}, random_seeds(10), 2000);
}
void BM_IcLargeCascadesEr(benchmark::State& state) {
  run_cascades(state, er_million(), IndependentCascade{0.15}, random_seeds(10), 64);
}
void BM_IcWeightedCascadeBa(benchmark::State& state) {
  IndependentCascade model;
  model.weighted_cascade = true;
  run_cascades(state, ba_million(), model, random_seeds(50), 200);
}

void BM_IcPeerWorkloadA(benchmark::State& state) {
  run_cascades(state, er_ten_thousand(), IndependentCascade{0.1}, fixed_seeds(kSeedsOfTenThousand),
               128);
}
void BM_IcPeerWorkloadB(benchmark::State& state) {
  run_cascades(state, er_hundred_thousand(), IndependentCascade{0.05},
               fixed_seeds(kSeedsOfHundredThousand), 10000);
}
void BM_IcPeerWorkloadC(benchmark::State& state) {
  run_cascades(state, er_hundred_thousand(), IndependentCascade{0.15},
               fixed_seeds(kSeedsOfHundredThousand), 128);
}
void BM_IcPeerWorkloadD(benchmark::State& state) {
  IndependentCascade model;
  model.weighted_cascade = true;
  run_cascades(state, ba_million_peers(), model, fixed_seeds(kSeedsOfMillion), 1000);
}
// One replication of workload (d) per run: what a run costs before its replications (the rule's
// set-up, each thread's state), as a notebook calling simulate with few replications pays it.
void BM_IcRunSetUpD(benchmark::State& state) {
  IndependentCascade model;
  model.weighted_cascade = true;
  run_cascades(state, ba_million_peers(), model, fixed_seeds(kSeedsOfMillion), 1);
}
void BM_IcPeerWorkloadE1(benchmark::State& state) {
  if (ego_facebook().n_nodes() == 0) return state.SkipWithError("no facebook_combined.txt");
  run_cascades(state, ego_facebook(), IndependentCascade{0.01}, fixed_seeds(kSeedsOfEgoFacebook),
               10000);
}
void BM_IcPeerWorkloadE2(benchmark::State& state) {
  if (ego_facebook().n_nodes() == 0) return state.SkipWithError("no facebook_combined.txt");
  IndependentCascade model;
  model.weighted_cascade = true;
  run_cascades(state, ego_facebook(), model, fixed_seeds(kSeedsOfEgoFacebook), 10000);
}
// Threads 1 and 2, one replication at a time and fused, counting reach.
void counting_reach(benchmark::internal::Benchmark* b) {
  b->ArgNames({"threads", "fused", "reach"})
      ->ArgsProduct({{1, 2}, {0, 1}, {1}})
      ->Unit(benchmark::kMillisecond)
      ->UseRealTime();
}
// The same, and adopters only one replication at a time (the peer workloads).
void also_adopters_only(benchmark::internal::Benchmark* b) {
  counting_reach(b);
  b->ArgsProduct({{1, 2}, {0}, {0}});
}
BENCHMARK(BM_IcPeerWorkloadA)->Apply(also_adopters_only);
BENCHMARK(BM_IcPeerWorkloadB)->Apply(also_adopters_only);
BENCHMARK(BM_IcPeerWorkloadC)->Apply(also_adopters_only);
BENCHMARK(BM_IcPeerWorkloadD)->Apply(also_adopters_only);
BENCHMARK(BM_IcRunSetUpD)
    ->ArgNames({"threads", "fused", "reach"})
    ->ArgsProduct({{1, 2}, {0}, {1}})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime();
BENCHMARK(BM_IcPeerWorkloadE1)->Apply(also_adopters_only);
BENCHMARK(BM_IcPeerWorkloadE2)->Apply(also_adopters_only);

BENCHMARK(BM_IcSmallCascadesEr)->Apply(counting_reach);
BENCHMARK(BM_IcLargeCascadesEr)->Apply(counting_reach);
BENCHMARK(BM_IcWeightedCascadeBa)->Apply(counting_reach);

void BM_BuildErdosRenyiMillion(benchmark::State& state) {
  for (auto _ : state)
    benchmark::DoNotOptimize(generators::erdos_renyi(1'000'000, 10.0, true, 2).n_edges());
  state.counters["edges/s"] = benchmark::Counter(1e7 * static_cast<double>(state.iterations()),
                                                 benchmark::Counter::kIsRate);
}
BENCHMARK(BM_BuildErdosRenyiMillion)->Unit(benchmark::kMillisecond);

void BM_SaveLoadMillion(benchmark::State& state) {
  const auto path = (std::filesystem::temp_directory_path() / "socialreach_bench.srnet").string();
  for (auto _ : state) {
    er_million().save(path);
    benchmark::DoNotOptimize(Network::load(path).n_edges());
  }
  std::remove(path.c_str());
}
BENCHMARK(BM_SaveLoadMillion)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace socialreach

BENCHMARK_MAIN();
