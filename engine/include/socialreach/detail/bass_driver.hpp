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

  // observe = neighbors: a non-adopter's imitation hazard stays the same from one step to the next
  // until an in-neighbour adopts, so the step it would imitate is drawn (geometric) when its
  // influence changes and kept in a calendar, instead of a coin per waiting node per step.
  struct Imitation {
    std::int64_t step;
    NodeId node;
    // The calendar is a heap whose top is the earliest step (ties: the smallest node).
    friend bool operator<(const Imitation& a, const Imitation& b) {
      return a.step > b.step || (a.step == b.step && a.node > b.node);
    }
  };
  static constexpr std::int64_t kNoImitation = -1, kRedraw = -2;
  struct Scratch {
    StampedValues<double> influence;  // observe = neighbors: sum of c over adopted in-neighbours
    // The step a node imitates at, kNoImitation, or kRedraw while its influence changed in
    // this step (it is then in `changed`).
    StampedValues<std::int64_t> due;
    std::vector<Imitation> calendar{};      // drawn imitations; stale ones are skipped
    std::vector<NodeId> changed{};          // nodes whose influence changed in this step
    std::vector<NodeId> remaining{};        // non-adopters (innovation candidates)
    std::vector<std::uint32_t> position{};  // index of each node in `remaining`
    std::vector<NodeId> frontier{}, adopted_now{}, picked{};
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
