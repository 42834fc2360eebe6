#include "socialreach/simulator.hpp"

#include <omp.h>

#include <algorithm>
#include <optional>
#include <span>
#include <utility>

#include "socialreach/detail/audience_prefetch.hpp"
#include "socialreach/detail/bass_driver.hpp"
#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/detail/driver.hpp"
#include "socialreach/detail/fused_cascade.hpp"
#include "socialreach/detail/herding_driver.hpp"
#include "socialreach/detail/independent_cascade_rule.hpp"
#include "socialreach/detail/parallel_runs.hpp"
#include "socialreach/detail/replication_state.hpp"
#include "socialreach/detail/seed_schedule.hpp"
#include "socialreach/detail/threshold_rules.hpp"
#include "socialreach/errors.hpp"

namespace socialreach {

void RunOptions::validate() const {
  if (replications < 1) fail_value("simulate.replications", ">= 1", format_number(replications));
  if (first_replication < 0)
    fail_value("simulate.first_replication", ">= 0", format_number(first_replication));
  if (threads < 0)
    fail_value("simulate.threads", ">= 1 (or 0/None for every core)",
               format_number(std::int64_t{threads}));
  if (max_steps < -1)
    fail_value("simulate.max_steps", ">= 0 (or None for no limit)", format_number(max_steps));
}

namespace {

using detail::CounterRng;
using detail::ReplicationState;
using detail::SeedStart;

// The per-thread state of a replication: a driver's State (the independent cascade's
// CascadeState), ReplicationState otherwise.
template <typename Driver>
struct StateOf {
  using type = ReplicationState;
};
template <typename Driver>
  requires requires { typename Driver::State; }
struct StateOf<Driver> {
  using type = typename Driver::State;
};

// Drives one replication step by step: seeds adopt at their start step (and the rule may start
// nodes on its own at step 0); nodes that adopted at step t - 1 share at step t through the
// model's rule.
template <typename Rule, typename State>
void run_replication(const Rule& rule, typename Rule::Scratch& scratch, const Network& network,
                     std::span<const SeedStart> seeds, std::int64_t max_steps,
                     const CounterRng& rng, State& state, std::vector<NodeId>& frontier,
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
  detail::record_step(step, frontier.size(), state, new_adopters_by_step);
  while ((!frontier.empty() || pending < seeds.size()) && (max_steps < 0 || step < max_steps)) {
    ++step;
    next.clear();
    // Memory latency, not arithmetic, bounds a share: each sender's audience offsets and members
    // are fetched eight and four senders ahead, and the first four senders' members before the
    // step starts (rules that fetch a node's offsets when it adopts make those loads hits; small
    // steps, where nothing is eight ahead, gain most: bench/README.md). Members are fetched by
    // their first and last line (detail/audience_prefetch.hpp; here (d) 1.03x to 1.14x).
    const auto& offsets = network.offsets();
    const NodeId* targets = network.targets().data();
    const std::size_t size = frontier.size();
    for (std::size_t i = 0; i < std::min<std::size_t>(size, 4); ++i) {
      detail::prefetch_audience(targets, offsets.data(), frontier[i]);
    }
    for (std::size_t i = 0; i < size; ++i) {
      if (i + 8 < size) __builtin_prefetch(&offsets[frontier[i + 8]]);
      if (i + 4 < size) detail::prefetch_audience(targets, offsets.data(), frontier[i + 4]);
      rule.share(frontier[i], rng, state, scratch, next);
    }
    if constexpr (requires { rule.end_step(state, scratch, next); }) {
      rule.end_step(state, scratch, next);
    }
    start_seeds(next);
    detail::record_step(step, next.size(), state, new_adopters_by_step);
    std::swap(frontier, next);
  }
}

// The driver of cascade-like models: the step loop above with one share rule.
template <typename Rule>
class StepDriver {
 public:
  StepDriver(Rule rule, const Network& network) : rule_(std::move(rule)), network_(network) {}

  using State = typename StateOf<Rule>::type;

  struct Scratch {
    typename Rule::Scratch rule;
    std::vector<NodeId> frontier, next;
  };
  Scratch scratch() const { return {rule_.scratch(), {}, {}}; }
  // Lets the rule set up a thread's state before its first replication, if it has to.
  void prepare(State& state) const {
    if constexpr (requires { rule_.prepare(state); }) rule_.prepare(state);
  }

  void run(const CounterRng& rng, std::span<const SeedStart> seeds, std::int64_t max_steps,
           State& state, Scratch& s, std::vector<std::int64_t>& by_step) const {
    run_replication(rule_, s.rule, network_, seeds, max_steps, rng, state, s.frontier, s.next,
                    by_step);
  }

  double step_duration() const { return 1.0; }

 private:
  Rule rule_;
  const Network& network_;
};

// One driver per model, chosen once per run, handed to `run`.
// The independent cascade's rule is built once per run before (its set-up also serves the fused
// check and the fused run); its driver keeps exposures as bits where the network has audience
// rows, on the marks otherwise (detail/cascade_state.hpp). A network builds its rows once
// (Network::audience_rows), for the first run of at least kRowsFrom replications: on
// ego-Facebook that takes about 0.8 ms, as long as a few hundred of its smallest cascades
// (p = 0.003). Results are the same with rows and without. A run that counts no reach marks no
// exposures, so it needs no rows: its driver only fetches as on a network that has them (its
// adoptions' marks are in cache) where the network is small enough for them.
using CascadeRule = std::optional<detail::IndependentCascadeRule>;
constexpr std::int64_t kRowsFrom = 256;
template <typename Run>
void with_driver(const IndependentCascade&, const Network& network, CascadeRule& rule,
                 const RunOptions& options, Run run) {
  using Rule = detail::IndependentCascadeRule;
  if (!options.count_reach) {
    if (network.n_nodes() <= detail::AudienceRows::kMostNodes) {
      run(StepDriver(Rule::Sharing<true, false>(*rule), network));
    } else {
      run(StepDriver(Rule::Sharing<false, false>(*rule), network));
    }
    return;
  }
  if (options.replications >= kRowsFrom || network.audience_rows_built()) {
    rule->use_audience_rows();
  }
  if (rule->has_audience_rows()) {
    run(StepDriver(Rule::Sharing<true, true>(*rule), network));
  } else {
    run(StepDriver(Rule::Sharing<false, true>(*rule), network));
  }
}
template <typename Run>
void with_driver(const LinearThreshold& model, const Network& network, CascadeRule&,
                 const RunOptions&, Run run) {
  run(StepDriver(detail::LinearThresholdRule(model, network), network));
}
template <typename Run>
void with_driver(const Threshold& model, const Network& network, CascadeRule&, const RunOptions&,
                 Run run) {
  run(StepDriver(detail::ThresholdRule(model, network), network));
}
template <typename Run>
void with_driver(const Herding& model, const Network& network, CascadeRule&, const RunOptions&,
                 Run run) {
  run(detail::HerdingDriver(model, network));
}
template <typename Run>
void with_driver(const Bass& model, const Network& network, CascadeRule&, const RunOptions&,
                 Run run) {
  run(detail::BassDriver(model, network));
}

// One thread's worker: runs replication first_replication + i of a driver into slot i.
template <typename Driver>
class ReplicationWorker {
 public:
  ReplicationWorker(const Driver& driver, const Network& network,
                    const std::vector<SeedStart>& fixed, std::int64_t random_count,
                    const RunOptions& options, Results& results)
      : driver_(driver),
        network_(network),
        fixed_(fixed),
        random_count_(random_count),
        options_(options),
        results_(results),
        state_(network),
        scratch_(driver.scratch()) {
    if constexpr (requires { driver.prepare(state_); }) driver.prepare(state_);
  }

  std::int64_t operator()(std::int64_t i) {
    const CounterRng rng(options_.seed, static_cast<std::uint64_t>(options_.first_replication + i));
    state_.begin();
    driver_.run(rng, draw_seeds(rng), options_.max_steps, state_, scratch_, by_step);
    results_.record(i, state_.metrics);
    return 1;
  }

  std::vector<std::int64_t> by_step;  // new adopters per step, summed over this thread's runs

 private:
  // The fixed schedule, or a fresh random draw all starting at step 0; either way marked as seeds.
  std::span<const SeedStart> draw_seeds(const CounterRng& rng) {
    if (random_count_ == 0) {
      for (const auto& s : fixed_) state_.mark_seed(s.node);
      return fixed_;
    }
    seeds_.clear();
    detail::draw_random_seeds(
        random_count_, network_.n_nodes(), rng, [&](NodeId v) { return state_.seed(v); },
        [&](NodeId v) {
          state_.mark_seed(v);
          seeds_.push_back({v, 0});
        });
    return seeds_;
  }

  const Driver& driver_;
  const Network& network_;
  const std::vector<SeedStart>& fixed_;
  std::int64_t random_count_;
  const RunOptions& options_;
  Results& results_;
  typename StateOf<Driver>::type state_;
  typename Driver::Scratch scratch_;
  std::vector<SeedStart> seeds_;
};

// One thread's worker for the fused cascade: runs block b (replications b * width onwards).
class FusedWorker {
 public:
  FusedWorker(const detail::IndependentCascadeRule& rule, const Network& network,
              const std::vector<SeedStart>& fixed, std::int64_t random_count, Kind origin,
              std::int64_t width, const RunOptions& options, Results& results)
      : fused_(rule, network),
        fixed_(fixed),
        random_count_(random_count),
        origin_(origin),
        width_(width),
        options_(options),
        results_(results) {}

  std::int64_t operator()(std::int64_t block) {
    const std::int64_t first = block * width_;
    const int worlds = static_cast<int>(std::min(width_, options_.replications - first));
    metrics_.resize(worlds);
    fused_.run(options_.seed, options_.first_replication + first, worlds, fixed_, random_count_,
               origin_, options_.max_steps, metrics_.data(), by_step);
    for (int w = 0; w < worlds; ++w) results_.record(first + w, metrics_[w]);
    return worlds;
  }

  std::vector<std::int64_t> by_step;

 private:
  detail::FusedCascade fused_;
  const std::vector<SeedStart>& fixed_;
  std::int64_t random_count_;
  Kind origin_;
  std::int64_t width_;
  const RunOptions& options_;
  Results& results_;
  std::vector<ReplicationMetrics> metrics_;
};

// The kind every chain starts from when the fused cascade applies (independent cascade, every
// share seen, every possible seed of one kind) and, under Fuse::kAuto, pays; nothing otherwise.
std::optional<Kind> fused_origin(const Model& model, const CascadeRule& rule,
                                 const Network& network, const std::vector<SeedStart>& fixed,
                                 std::int64_t random_count, const RunOptions& options) {
  const auto* cascade = std::get_if<IndependentCascade>(&model);
  if (options.fuse == RunOptions::Fuse::kNever || cascade == nullptr) return std::nullopt;
  if (std::any_of(cascade->visibility.begin(), cascade->visibility.end(),
                  [](double v) { return v < 1.0; })) {
    return std::nullopt;
  }
  // Fusing pays when one share starts large, fast cascades (IndependentCascadeRule::large_shares).
  if (options.fuse == RunOptions::Fuse::kAuto && !rule->large_shares()) {
    return std::nullopt;
  }
  if (random_count > 0) return network.sole_kind();
  if (fixed.empty()) return std::nullopt;
  const Kind origin = network.kind(fixed.front().node);
  for (const auto& s : fixed) {
    if (network.kind(s.node) != origin) return std::nullopt;
  }
  return origin;
}

void add_steps(std::vector<std::int64_t>& total, const std::vector<std::int64_t>& part) {
  if (total.size() < part.size()) total.resize(part.size(), 0);
  for (std::size_t t = 0; t < part.size(); ++t) total[t] += part[t];
}

}  // namespace

Results simulate(const Network& network, const Model& model, const Campaign& campaign,
                 const RunOptions& options) {
  options.validate();
  validate(model, network);
  campaign.validate(network, needs_seeds(model));

  const std::vector<SeedStart> fixed = detail::fixed_schedule(campaign);
  const std::int64_t random_count = campaign.random_seed_count(network);
  const std::int64_t total = options.replications;
  Results results(total, options.count_reach);
  std::vector<std::int64_t> new_adopters_by_step;
  auto merge = [&](const auto& worker) { add_steps(new_adopters_by_step, worker.by_step); };
  double step_duration = 1.0;

  CascadeRule cascade_rule;
  if (const auto* cascade = std::get_if<IndependentCascade>(&model)) {
    cascade_rule.emplace(*cascade, network);
  }

  if (const auto origin =
          fused_origin(model, cascade_rule, network, fixed, random_count, options)) {
    // Blocks of at most 64 replications, as many as a multiple of the thread count so that the
    // threads finish together. The blocking does not change any result.
    const std::int64_t threads = options.threads > 0 ? options.threads : omp_get_max_threads();
    std::int64_t blocks = (total + detail::kFusedWorlds - 1) / detail::kFusedWorlds;
    blocks = (blocks + threads - 1) / threads * threads;
    const std::int64_t width = (total + blocks - 1) / blocks;
    detail::run_parallel((total + width - 1) / width, options,
                         [&] {
                           return FusedWorker(*cascade_rule, network, fixed, random_count, *origin,
                                              width, options, results);
                         },
                         merge);
  } else {
    std::visit(
        [&](const auto& m) {
          with_driver(m, network, cascade_rule, options, [&](const auto& driver) {
            step_duration = driver.step_duration();
            using Driver = std::decay_t<decltype(driver)>;
            detail::run_parallel(
                total, options,
                [&] {
                  return ReplicationWorker<Driver>(driver, network, fixed, random_count, options,
                                                   results);
                },
                merge);
          });
        },
        model);
  }

  results.curve.resize(new_adopters_by_step.size());
  results.time.resize(new_adopters_by_step.size());
  std::int64_t cumulative = 0;
  for (std::size_t t = 0; t < new_adopters_by_step.size(); ++t) {
    cumulative += new_adopters_by_step[t];
    results.curve[t] = static_cast<double>(cumulative) / static_cast<double>(total);
    results.time[t] = static_cast<double>(t) * step_duration;
  }
  return results;
}

}  // namespace socialreach
