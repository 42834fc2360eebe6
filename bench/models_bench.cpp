// Google Benchmark cases for the social-proof models (one replication per iteration, one thread),
// on an Erdos-Renyi network of 100,000 nodes with mean degree 10, and on crowds.
#include <benchmark/benchmark.h>

#include "socialreach/analytic.hpp"
#include "socialreach/generators.hpp"
#include "socialreach/simulator.hpp"

namespace socialreach {
namespace {

const Network& er_network() {
  static const Network net = generators::erdos_renyi(100'000, 10.0, false, 1);
  return net;
}

void run_model(benchmark::State& bench, const Network& net, const Model& model,
               std::int64_t seeds) {
  Campaign campaign;
  if (seeds > 0) campaign.random_count = seeds;
  RunOptions options;
  options.replications = 1;
  options.threads = 1;
  std::int64_t r = 0, adopters = 0;
  for (auto _ : bench) {
    options.first_replication = r++;
    adopters += simulate(net, model, campaign, options).adopters[0];
  }
  bench.counters["adopters"] = benchmark::Counter(static_cast<double>(adopters) / r);
  bench.counters["nodes/s"] = benchmark::Counter(static_cast<double>(net.n_nodes()),
                                                 benchmark::Counter::kIsIterationInvariantRate);
}

void BM_LinearThreshold(benchmark::State& bench) {
  run_model(bench, er_network(), LinearThreshold{}, 100);
}
BENCHMARK(BM_LinearThreshold)->Unit(benchmark::kMillisecond);

void BM_ThresholdWatts(benchmark::State& bench) {
  Threshold model;
  model.phi.value = 0.18;
  run_model(bench, er_network(), model, 10);
}
BENCHMARK(BM_ThresholdWatts)->Unit(benchmark::kMillisecond);

void BM_ThresholdNormalNeighbors(benchmark::State& bench) {
  Threshold model;
  model.phi.form = ThresholdPhi::Form::normal;
  model.phi.mean = 0.18;
  model.phi.sd = 0.05;
  run_model(bench, er_network(), model, 10);
}
BENCHMARK(BM_ThresholdNormalNeighbors)->Unit(benchmark::kMillisecond);

void BM_ThresholdNormalCrowd(benchmark::State& bench) {
  static const Network crowd = generators::empty(100'000);
  Threshold model;
  model.observe = Observe::all;
  model.phi.form = ThresholdPhi::Form::normal;
  model.phi.mean = 0.25;
  model.phi.sd = 0.12;
  run_model(bench, crowd, model, 0);
}
BENCHMARK(BM_ThresholdNormalCrowd)->Unit(benchmark::kMillisecond);

void BM_HerdingNeighbors(benchmark::State& bench) { run_model(bench, er_network(), Herding{}, 0); }
BENCHMARK(BM_HerdingNeighbors)->Unit(benchmark::kMillisecond);

void BM_BassCrowd(benchmark::State& bench) {
  static const Network crowd = generators::empty(100'000);
  Bass model;
  model.observe = Observe::all;
  run_model(bench, crowd, model, 0);
}
BENCHMARK(BM_BassCrowd)->Unit(benchmark::kMillisecond);

void BM_BassNeighbors(benchmark::State& bench) { run_model(bench, er_network(), Bass{}, 0); }
BENCHMARK(BM_BassNeighbors)->Unit(benchmark::kMillisecond);

void BM_MessagePassing(benchmark::State& bench) {
  IndependentCascade model;
  model.p = 0.05;
  const std::vector<std::int64_t> seeds{0, 1, 2};
  for (auto _ : bench) {
    benchmark::DoNotOptimize(analytic::adoption_probabilities(er_network(), model, seeds));
  }
}
BENCHMARK(BM_MessagePassing)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace socialreach
