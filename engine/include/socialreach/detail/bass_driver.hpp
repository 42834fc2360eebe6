// The time-stepped driver of Bass diffusion (see socialreach/bass.hpp): every non-adopter has a
// hazard in every step, so Bass has its own driver instead of the step driver's share rule.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "socialreach/bass.hpp"
#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/detail/driver.hpp"
#include "socialreach/detail/replication_state.hpp"
#include "socialreach/detail/stamped_values.hpp"
#include "socialreach/network.hpp"

namespace socialreach::detail {

class BassDriver {
 public:
  BassDriver(const Bass& model, const Network& network) : model_(model), network_(network) {}

  struct Scratch {
    StampedValues<double> influence;     // observe = neighbors: sum of c over adopted in-neighbours
    StampedValues<std::uint8_t> active;  // 1 while in `imitators`
    std::vector<NodeId> remaining;       // non-adopters (innovation candidates)
    std::vector<std::uint32_t> position;  // index of each node in `remaining`
    std::vector<NodeId>
        imitators;  // observe = neighbors: non-adopters with an adopted in-neighbour
    std::vector<NodeId> frontier, adopted_now, picked;
  };
  Scratch scratch() const;

  void run(const CounterRng& rng, std::span<const SeedStart> seeds, std::int64_t max_steps,
           ReplicationState& state, Scratch& scratch,
           std::vector<std::int64_t>& new_adopters_by_step) const;

  double step_duration() const { return model_.dt; }

 private:
  const Bass& model_;
  const Network& network_;
};

}  // namespace socialreach::detail
