#include "socialreach/simulator.hpp"

#include <omp.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <exception>
#include <mutex>
#include <span>
#include <thread>
#include <utility>

#include "socialreach/detail/bass_driver.hpp"
#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/detail/driver.hpp"
#include "socialreach/detail/herding_driver.hpp"
#include "socialreach/detail/independent_cascade_rule.hpp"
#include "socialreach/detail/replication_state.hpp"
#include "socialreach/detail/threshold_rules.hpp"
#include "socialreach/errors.hpp"

namespace socialreach {

void RunOptions::validate() const {
  if (replications < 1) fail_value("simulate.replications", ">= 1", format_number(replications));
  if (first_replication < 0) fail_value("simulate.first_replication", ">= 0", format_number(first_replication));
  if (threads < 0) fail_value("simulate.threads", ">= 1 (or 0/None for every core)", format_number(std::int64_t{threads}));
  if (max_steps < -1) fail_value("simulate.max_steps", ">= 0 (or None for no limit)", format_number(max_steps));
}

namespace {

using detail::CounterRng;
using detail::Purpose;
using detail::ReplicationState;
using detail::SeedStart;

// The seeds of replication r: fixed ones sorted by start step, or a fresh random draw (Floyd's
// algorithm, which picks k distinct nodes with k random numbers) all starting at step 0.
void draw_seeds(const std::vector<SeedStart>& fixed, std::int64_t random_count,
                std::int64_t n_nodes, const CounterRng& rng, ReplicationState& state,
                std::vector<SeedStart>& seeds) {
  seeds.clear();
  if (random_count == 0) {
    seeds = fixed;
  } else {
    for (std::int64_t j = n_nodes - random_count; j < n_nodes; ++j) {
      auto t = static_cast<NodeId>(rng.below(static_cast<std::uint64_t>(j) + 1, static_cast<std::uint64_t>(j), Purpose::kSeedPick));
      if (state.seed(t)) t = static_cast<NodeId>(j);
      state.mark_seed(t);
      seeds.push_back({t, 0});
    }
  }
  for (const auto& s : seeds) state.mark_seed(s.node);
}

// Drives one replication step by step: seeds adopt at their start step (and the rule may start
// nodes on its own at step 0); nodes that adopted at step t - 1 share at step t through the
// model's rule.
template <typename Rule>
void run_replication(const Rule& rule, typename Rule::Scratch& scratch, const Network& network,
                     std::span<const SeedStart> seeds, std::int64_t max_steps,
                     const CounterRng& rng, ReplicationState& state, std::vector<NodeId>& frontier,
                     std::vector<NodeId>& next, std::vector<std::int64_t>& new_adopters_by_step) {
  std::size_t pending = 0;
  std::int64_t step = 0;
  auto start_seeds = [&](std::vector<NodeId>& into) {
    for (; pending < seeds.size() && seeds[pending].step == step; ++pending) {
      const NodeId v = seeds[pending].node;
      if (state.adopt(v, network.kind(v))) into.push_back(v);
    }
  };
  frontier.clear();
  start_seeds(frontier);
  rule.begin(rng, state, scratch, frontier);
  record_step(step, frontier.size(), state, new_adopters_by_step);
  while ((!frontier.empty() || pending < seeds.size()) && (max_steps < 0 || step < max_steps)) {
    ++step;
    next.clear();
    for (NodeId u : frontier) rule.share(u, rng, state, scratch, next);
    start_seeds(next);
    record_step(step, next.size(), state, new_adopters_by_step);
    std::swap(frontier, next);
  }
}

// The driver of cascade-like models: the step loop above with one share rule.
template <typename Rule>
class StepDriver {
 public:
  StepDriver(Rule rule, const Network& network) : rule_(std::move(rule)), network_(network) {}

  struct Scratch {
    typename Rule::Scratch rule;
    std::vector<NodeId> frontier, next;
  };
  Scratch scratch() const { return {rule_.scratch(), {}, {}}; }

  void run(const CounterRng& rng, std::span<const SeedStart> seeds, std::int64_t max_steps,
           ReplicationState& state, Scratch& s, std::vector<std::int64_t>& by_step) const {
    run_replication(rule_, s.rule, network_, seeds, max_steps, rng, state, s.frontier, s.next,
                    by_step);
  }

  double step_duration() const { return 1.0; }

 private:
  Rule rule_;
  const Network& network_;
};

// One driver per model, chosen once per run.
auto make_driver(const IndependentCascade& model, const Network& network) {
  return StepDriver(detail::IndependentCascadeRule(model, network), network);
}
auto make_driver(const LinearThreshold& model, const Network& network) {
  return StepDriver(detail::LinearThresholdRule(model, network), network);
}
auto make_driver(const Threshold& model, const Network& network) {
  return StepDriver(detail::ThresholdRule(model, network), network);
}
auto make_driver(const Herding& model, const Network& network) {
  return detail::HerdingDriver(model, network);
}
auto make_driver(const Bass& model, const Network& network) {
  return detail::BassDriver(model, network);
}

// Runs every replication with one driver in parallel: each replication writes only its own
// slot; the calling thread polls for progress and Ctrl-C; worker exceptions are rethrown after
// the parallel region.
template <typename Driver>
Results run_replications(const Driver& driver, const Network& network,
                         const std::vector<SeedStart>& fixed, std::int64_t random_count,
                         const RunOptions& options) {
  const std::int64_t total = options.replications;
  Results results(total);
  std::vector<std::int64_t> new_adopters_by_step;
  std::atomic<std::int64_t> next_replication{0};
  std::atomic<std::int64_t> finished{0};
  std::atomic<bool> stop{false};
  std::exception_ptr failure;
  std::mutex merge_mutex;
  const int threads = options.threads > 0 ? options.threads : omp_get_max_threads();

#pragma omp parallel num_threads(threads)
  {
    ReplicationState state(network.n_nodes());
    std::vector<SeedStart> seeds;
    std::vector<std::int64_t> local_by_step;
    const bool caller = omp_get_thread_num() == 0;  // only the calling thread polls
    auto last_poll = std::chrono::steady_clock::now();
    auto poll = [&](bool force) {
      if (!options.poll) return;
      const auto now = std::chrono::steady_clock::now();
      if (!force && std::chrono::duration<double>(now - last_poll).count() < options.poll_seconds) return;
      last_poll = now;
      try {
        if (!options.poll(finished.load())) stop = true;
      } catch (...) {
        std::lock_guard<std::mutex> lock(merge_mutex);
        if (!failure) failure = std::current_exception();
        stop = true;
      }
    };
    try {
      auto scratch = driver.scratch();
      while (!stop.load(std::memory_order_relaxed)) {
        const std::int64_t i = next_replication.fetch_add(1);
        if (i >= total) break;
        const std::int64_t r = options.first_replication + i;
        const CounterRng rng(options.seed, static_cast<std::uint64_t>(r));
        state.begin();
        draw_seeds(fixed, random_count, network.n_nodes(), rng, state, seeds);
        driver.run(rng, seeds, options.max_steps, state, scratch, local_by_step);
        results.record(i, state.metrics);
        finished.fetch_add(1);
        if (caller) poll(false);
      }
    } catch (...) {
      std::lock_guard<std::mutex> lock(merge_mutex);
      if (!failure) failure = std::current_exception();
      stop = true;
    }
    if (caller) {  // keep answering the caller (progress, Ctrl-C) until every thread is done
      while (!stop.load() && finished.load() < total) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        poll(false);
      }
      if (!stop.load()) poll(true);
    }
    std::lock_guard<std::mutex> lock(merge_mutex);
    if (new_adopters_by_step.size() < local_by_step.size()) new_adopters_by_step.resize(local_by_step.size(), 0);
    for (std::size_t t = 0; t < local_by_step.size(); ++t) new_adopters_by_step[t] += local_by_step[t];
  }
  if (failure) std::rethrow_exception(failure);
  if (stop.load()) throw Cancelled();

  results.curve.resize(new_adopters_by_step.size());
  results.time.resize(new_adopters_by_step.size());
  std::int64_t cumulative = 0;
  for (std::size_t t = 0; t < new_adopters_by_step.size(); ++t) {
    cumulative += new_adopters_by_step[t];
    results.curve[t] = static_cast<double>(cumulative) / static_cast<double>(total);
    results.time[t] = static_cast<double>(t) * driver.step_duration();
  }
  return results;
}

}  // namespace

Results simulate(const Network& network, const Model& model, const Campaign& campaign,
                 const RunOptions& options) {
  options.validate();
  validate(model, network);
  campaign.validate(network, needs_seeds(model));

  std::vector<detail::SeedStart> fixed;
  for (std::size_t i = 0; i < campaign.seeds.size(); ++i) {
    fixed.push_back({static_cast<NodeId>(campaign.seeds[i]),
                     campaign.start_steps.empty() ? 0 : campaign.start_steps[i]});
  }
  std::stable_sort(
      fixed.begin(), fixed.end(),
      [](const detail::SeedStart& a, const detail::SeedStart& b) { return a.step < b.step; });
  const std::int64_t random_count = campaign.random_seed_count(network);

  return std::visit(
      [&](const auto& m) {
        return run_replications(make_driver(m, network), network, fixed, random_count, options);
      },
      model);
}

}  // namespace socialreach
