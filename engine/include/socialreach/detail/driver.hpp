// What every model's driver shares with the simulator: seeds with start steps, the per-thread
// count of new adopters per step (for the curve), and the audience exposure of one share.
//
// A driver runs one replication: `scratch()` makes the per-thread working memory once per thread,
// `run(rng, seeds, max_steps, state, scratch, new_adopters_by_step)` plays replication r into
// `state` (whose metrics the simulator records), and `step_duration()` is the time of one step.
#pragma once

#include <cstdint>
#include <vector>

#include "socialreach/detail/replication_state.hpp"
#include "socialreach/detail/seed_schedule.hpp"
#include "socialreach/network.hpp"
#include "socialreach/observe.hpp"

namespace socialreach::detail {

// Adds `adopted_now` adoptions at `step` to the per-step counts behind the curve.
inline void count_adoptions(std::int64_t step, std::int64_t adopted_now,
                            std::vector<std::int64_t>& new_adopters_by_step) {
  if (new_adopters_by_step.size() <= static_cast<std::size_t>(step)) {
    new_adopters_by_step.resize(step + 1, 0);
  }
  new_adopters_by_step[step] += adopted_now;
}

// `adopted_now` nodes adopted at `step`: count them for the curve and mark the step as active.
template <typename State>
void record_step(std::int64_t step, std::size_t adopted_now, State& state,
                 std::vector<std::int64_t>& new_adopters_by_step) {
  if (adopted_now == 0) return;
  count_adoptions(step, static_cast<std::int64_t>(adopted_now), new_adopters_by_step);
  state.metrics.steps = step;
}

// u shares with the whole population (observe = all): the first share of a replication exposes
// every other node one by one; later shares only add their n - 1 impressions.
inline void expose_everyone(NodeId u, Kind origin, std::int64_t n_nodes, bool& everyone_exposed,
                            ReplicationState& state) {
  if (everyone_exposed) {
    state.metrics.impressions += n_nodes - 1;
    return;
  }
  everyone_exposed = true;
  for (std::int64_t v = 0; v < n_nodes; ++v) {
    if (static_cast<NodeId>(v) != u) state.expose(static_cast<NodeId>(v), origin);
  }
}

}  // namespace socialreach::detail
