// One build's side of compare_in_process.py: compiled against that build's headers with its
// namespace renamed (-Dsocialreach=srA or srB, and SIDE to match), so that two builds of the
// engine link into one program and run in turns inside one process.
#include <chrono>
#include <numeric>
#include <string>

#include "peer_workloads.hpp"

#define SIDE_NAME(side, name) side##_##name
#define SIDE_FUNCTION(side, name) SIDE_NAME(side, name)

namespace {
struct Run {
  socialreach::PeerWorkload workload;
  socialreach::RunOptions options;
};
}  // namespace

// Prepares workload `key` on `threads` threads (0: every core), with a poll that lets the run go
// on if `poll` (as runs from Python always have); null if the key is unknown or its data missing.
void* SIDE_FUNCTION(SIDE, prepare)(const std::string& key, int threads, bool poll) {
  socialreach::PeerWorkload workload = socialreach::peer_workload(key);
  if (workload.network == nullptr || workload.network->n_nodes() == 0) return nullptr;
  socialreach::RunOptions options;
  options.replications = workload.cascades;
  options.seed = 2026;  // as compare_peers.py
  options.threads = threads;
  if (poll) options.poll = [](std::int64_t) { return true; };
#ifdef SIDE_WITHOUT_REACH  // compare_in_process.py --no-reach (builds from 4f59494 on)
  options.count_reach = false;
#endif
  return new Run{workload, options};
}

// Runs the prepared workload once: its cascades per second, and its mean adopters (the two sides
// must agree).
double SIDE_FUNCTION(SIDE, run)(void* prepared, double& mean_adopters) {
  const auto& run = *static_cast<const Run*>(prepared);
  const auto start = std::chrono::steady_clock::now();
  const socialreach::Results results = socialreach::simulate(
      *run.workload.network, run.workload.model, run.workload.campaign, run.options);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  mean_adopters = static_cast<double>(std::accumulate(results.adopters.begin(),
                                                      results.adopters.end(), std::int64_t{0})) /
                  static_cast<double>(run.options.replications);
  return static_cast<double>(run.options.replications) / seconds;
}
