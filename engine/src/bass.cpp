#include "socialreach/bass.hpp"

#include <algorithm>
#include <string>

#include "socialreach/detail/bass_driver.hpp"
#include "socialreach/detail/geometric_skip.hpp"
#include "socialreach/errors.hpp"
#include "socialreach/independent_cascade.hpp"

namespace socialreach {

void Bass::validate() const {
  check_in_closed(p, 0.0, 1.0, "Bass.p");
  if (!(q >= 0.0) || std::isinf(q)) fail_value("Bass.q", "a finite number >= 0", format_number(q));
  const double most = p + q > 0.0 ? 1.0 / (p + q) : INFINITY;
  if (!(dt > 0.0 && dt <= most)) {
    fail_value("Bass.dt", "in (0, 1 / (p + q)] = (0, " + format_number(most) + "]",
               format_number(dt));
  }
  validate_credibility(credibility, "Bass");
}

namespace detail {

BassDriver::Scratch BassDriver::scratch() const {
  const std::int64_t n = network_.n_nodes();
  Scratch s{StampedValues<double>(n, 0.0), StampedValues<std::int64_t>(n, kNoImitation)};
  s.position.resize(n);
  return s;
}

namespace {

// Positions of successes among `count` Bernoulli(h) trials, by geometric skipping (each draw
// keyed by (step, draw number)): O(successes) random numbers.
void bernoulli_positions(std::size_t count, double h, std::int64_t step, const CounterRng& rng,
                         std::vector<NodeId>& positions) {
  positions.clear();
  detail::for_each_success(
      count, h,
      [&](std::uint64_t draw) {
        return rng.bits((static_cast<std::uint64_t>(step) << 32) | draw, Purpose::kInnovate);
      },
      [&](std::uint64_t i) { positions.push_back(static_cast<NodeId>(i)); });
}

}  // namespace

void BassDriver::run(const CounterRng& rng, std::span<const SeedStart> seeds,
                     std::int64_t max_steps, ReplicationState& state, Scratch& s,
                     std::vector<std::int64_t>& new_adopters_by_step) const {
  const std::int64_t n = network_.n_nodes();
  const bool all = model_.observe == Observe::all;
  const double p_step = model_.p * model_.dt;
  const auto& offsets = network_.offsets();
  const auto& targets = network_.targets();
  const auto& in_degrees = network_.in_degrees();
  s.influence.begin();
  s.due.begin();
  s.calendar.clear();
  s.frontier.clear();
  // Innovation candidates: everybody (seeds drop out when they adopt). Not needed when p = 0.
  s.remaining.clear();
  if (p_step > 0.0) {
    for (std::int64_t v = 0; v < n; ++v) {
      s.position[v] = static_cast<std::uint32_t>(v);
      s.remaining.push_back(static_cast<NodeId>(v));
    }
  }
  auto drop_remaining = [&](NodeId v) {  // no-op when v is not a candidate
    const std::uint32_t at = s.position[v];
    if (at >= s.remaining.size() || s.remaining[at] != v) return;
    const NodeId last = s.remaining.back();
    s.remaining[at] = last;
    s.position[last] = at;
    s.remaining.pop_back();
  };
  double crowd = 0.0;  // observe = all: credibility-weighted adopters that have shared
  bool everyone_exposed = false;
  std::size_t pending = 0;
  std::int64_t step = 0;
  std::int64_t adopters = 0;

  auto adopt = [&](NodeId v, Kind origin) {
    if (!state.adopt(v, origin)) return;
    s.adopted_now.push_back(v);
    ++adopters;
    drop_remaining(v);
  };
  auto start_seeds = [&] {
    for (; pending < seeds.size() && seeds[pending].step == step; ++pending) {
      adopt(seeds[pending].node, network_.kind(seeds[pending].node));
    }
  };

  s.adopted_now.clear();
  start_seeds();
  record_step(0, s.adopted_now.size(), state, new_adopters_by_step);
  std::swap(s.frontier, s.adopted_now);
  // An entry of the calendar no longer holds once its node adopted or drew again.
  auto stale = [&](const Imitation& x) {
    return state.adopted(x.node) || s.due.get(x.node) != x.step;
  };
  auto drop_stale = [&] {
    while (!s.calendar.empty() && stale(s.calendar.front())) {
      std::pop_heap(s.calendar.begin(), s.calendar.end());
      s.calendar.pop_back();
    }
  };
  // Someone may still adopt: seeds to start, shares to deliver, or a positive hazard.
  auto may_continue = [&] {
    if (pending < seeds.size() || !s.frontier.empty()) return true;
    if (adopters >= n) return false;
    if (p_step > 0.0) return true;
    if (all) return model_.q > 0.0 && crowd > 0.0;
    drop_stale();
    return !s.calendar.empty();
  };
  while (may_continue() && (max_steps < 0 || step < max_steps)) {
    ++step;
    s.adopted_now.clear();
    s.changed.clear();
    // Last step's adopters share: their weight reaches their audience (or the crowd).
    for (NodeId u : s.frontier) {
      const double c = model_.credibility[static_cast<int>(network_.kind(u))];
      const Kind origin = state.chain_origin(u);
      if (all) {
        crowd += c;
        expose_everyone(u, origin, n, everyone_exposed, state);
        continue;
      }
      for (EdgeId e = offsets[u], end = offsets[u + 1]; e < end; ++e) {
        const NodeId v = targets[e];
        state.expose(v, origin);
        if (state.adopted(v)) continue;
        s.influence[v] += c;
        if (model_.q > 0.0 && s.due.get(v) != kRedraw) {
          s.due[v] = kRedraw;
          s.changed.push_back(v);
        }
      }
    }
    // Each node not yet adopted adopts with probability `hazard`, by its own origin.
    auto adopt_remaining_with = [&](double hazard) {
      bernoulli_positions(s.remaining.size(), hazard, step, rng, s.picked);
      for (NodeId& at : s.picked) at = s.remaining[at];
      for (NodeId v : s.picked) {
        if (state.adopt(v, state.own_origin(v, network_.kind(v)))) {
          s.adopted_now.push_back(v);
          ++adopters;
        }
      }
      for (NodeId v : s.picked) drop_remaining(v);
    };
    if (all) {
      // Everyone who has not adopted shares one hazard.
      const double a = n > 1 ? std::min(1.0, crowd / static_cast<double>(n - 1)) : 0.0;
      const double h = (model_.p + model_.q * a) * model_.dt;
      if (p_step == 0.0 && s.remaining.empty() && h > 0.0) {  // first imitation with p = 0
        for (std::int64_t v = 0; v < n; ++v) {
          if (state.adopted(static_cast<NodeId>(v))) continue;
          s.position[v] = static_cast<std::uint32_t>(s.remaining.size());
          s.remaining.push_back(static_cast<NodeId>(v));
        }
      }
      adopt_remaining_with(h);
    } else {
      // Innovators among all non-adopters, then imitators among those with adopted
      // in-neighbours: P = p dt + (1 - p dt) * q A dt / (1 - p dt) = (p + q A) dt.
      adopt_remaining_with(p_step);
      // Imitation step of each node whose influence changed: G further steps, geometric with
      // the per-step chance (drawn once, keyed by (step, node); none beyond 2^40 steps).
      constexpr std::uint64_t kNever = std::uint64_t{1} << 40;
      for (NodeId v : s.changed) {
        if (state.adopted(v)) continue;  // innovated (or seeded) meanwhile
        const double a = std::min(1.0, s.influence.get(v) / in_degrees[v]);
        const double chance = model_.q * a * model_.dt / (1.0 - p_step);
        std::uint64_t wait = 0;
        if (!(chance > 0.0)) {
          wait = kNever;
        } else if (chance < 1.0) {
          const std::uint64_t what = (static_cast<std::uint64_t>(step) << 32) | v;
          wait = GeometricSkip(chance).failures(rng.bits(what, Purpose::kAdopt), kNever);
        }
        if (wait == kNever) {
          s.due[v] = kNoImitation;
          continue;
        }
        s.due[v] = step + static_cast<std::int64_t>(wait);
        s.calendar.push_back({s.due[v], v});
        std::push_heap(s.calendar.begin(), s.calendar.end());
      }
      // Imitators due now adopt by the chain that first exposed them.
      for (drop_stale(); !s.calendar.empty() && s.calendar.front().step == step; drop_stale()) {
        const NodeId v = s.calendar.front().node;
        std::pop_heap(s.calendar.begin(), s.calendar.end());
        s.calendar.pop_back();
        adopt(v, state.exposure_origin(v));
      }
    }
    start_seeds();
    record_step(step, s.adopted_now.size(), state, new_adopters_by_step);
    std::swap(s.frontier, s.adopted_now);
  }
}

}  // namespace detail
}  // namespace socialreach
