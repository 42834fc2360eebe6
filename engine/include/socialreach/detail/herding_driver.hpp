// The sequential-decision driver of the herding model (see socialreach/herding.hpp). Decisions
// happen one at a time, so herding has its own driver instead of the step driver's share rule.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/detail/driver.hpp"
#include "socialreach/detail/replication_state.hpp"
#include "socialreach/detail/stamped_values.hpp"
#include "socialreach/herding.hpp"
#include "socialreach/network.hpp"

namespace socialreach::detail {

class HerdingDriver {
 public:
  HerdingDriver(const Herding& model, const Network& network) : model_(model), network_(network) {}

  struct Scratch {
    StampedValues<double> evidence;    // observe = neighbors: weighted decisions seen so far
    StampedValues<std::uint8_t> done;  // 1 once queued (exposure order) or decided
    std::vector<NodeId> order;         // random order: this replication's permutation
    std::vector<NodeId> queue;         // exposure order: reached nodes, first in first out
  };
  Scratch scratch() const;

  void run(const CounterRng& rng, std::span<const SeedStart> seeds, std::int64_t max_steps,
           ReplicationState& state, Scratch& scratch,
           std::vector<std::int64_t>& new_adopters_by_step) const;

  double step_duration() const { return 1.0; }

 private:
  const Herding& model_;
  const Network& network_;
};

}  // namespace socialreach::detail
