// Independent cascade in up to 64 replications at once (bit w of every mask is replication
// first + w). One pass over an edge serves every replication in which its sender has just
// adopted: exposures are a bitwise OR, and an adoption coin is drawn only for the replications
// in which the member has not adopted yet; senders whose live edges are drawn by skipping draw
// them per replication (IndependentCascadeRule::for_each_live). Each coin and skip is the same
// keyed number the one-replication driver draws, and IC's outcome does not depend on their
// order, so every metric is bit-identical to running the replications one at a time.
//
// Applies when every share is seen (visibility 1 for all kinds) and every seed has the same
// kind (so every chain has the same origin); the simulator falls back to one replication at a
// time otherwise.
#pragma once

#include <cstdint>
#include <vector>

#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/detail/independent_cascade_rule.hpp"
#include "socialreach/detail/seed_schedule.hpp"
#include "socialreach/network.hpp"
#include "socialreach/results.hpp"

namespace socialreach::detail {

inline constexpr int kFusedWorlds = 64;

class FusedCascade {
 public:
  FusedCascade(const IndependentCascadeRule& rule, const Network& network);

  // Runs replications [first, first + worlds) and writes their metrics to out[0 .. worlds);
  // adds new adopters per step (summed over the block) to new_adopters_by_step.
  void run(std::uint64_t seed, std::int64_t first, int worlds, const std::vector<SeedStart>& fixed,
           std::int64_t random_count, Kind origin, std::int64_t max_steps, ReplicationMetrics* out,
           std::vector<std::int64_t>& new_adopters_by_step);

 private:
  struct NodeMasks {
    std::uint64_t adopted = 0;
    std::uint64_t exposed = 0;
    std::uint64_t seed = 0;
    std::uint64_t fresh = 0;  // adopted at the current step
  };
  struct Active {
    NodeId node;
    std::uint64_t worlds;
  };

  NodeMasks& touch(NodeId v);
  void adopt_fresh(NodeId v, std::uint64_t worlds);

  const IndependentCascadeRule& rule_;
  const Network& network_;
  std::vector<NodeMasks> masks_;
  std::vector<NodeId> touched_;
  std::vector<NodeId> fresh_nodes_;
  std::vector<Active> frontier_;
};

}  // namespace socialreach::detail
