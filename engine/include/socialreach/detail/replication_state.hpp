// Per-thread state of one replication of the threshold, herding and Bass models (the independent
// cascade keeps a byte per node instead: detail/cascade_state.hpp), reused across replications
// without clearing: each node has one 32-bit word, its low 8 bits the flags and origins, its high
// 24 bits the epoch (the replication) they belong to. A node whose epoch is not the current one is
// unaware.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "socialreach/network.hpp"
#include "socialreach/results.hpp"

namespace socialreach::detail {

class ReplicationState {
 public:
  explicit ReplicationState(const Network& network) : words_(network.n_nodes(), 0) {}

  // Starts a new replication: every node unaware, metrics zero.
  void begin() {
    epoch_ += kEpochStep;
    if (epoch_ == 0) {  // the 24-bit epoch wrapped after 2^24 - 1 replications on this thread
      std::fill(words_.begin(), words_.end(), 0);
      epoch_ = kEpochStep;
    }
    metrics = {};
  }

  bool seed(NodeId v) const { return flags(v) & kSeed; }
  bool exposed(NodeId v) const { return flags(v) & kExposed; }
  bool adopted(NodeId v) const { return flags(v) & kAdopted; }
  // Kind of the seed whose chain of shares made v adopt (valid when adopted).
  Kind chain_origin(NodeId v) const { return static_cast<Kind>((words_[v] >> 5) & 3); }
  // Kind of the seed whose chain first exposed v (valid when exposed).
  Kind exposure_origin(NodeId v) const { return static_cast<Kind>((words_[v] >> 3) & 3); }
  // Origin for a node that adopts on its own (no single sharer decided it): the chain that first
  // exposed it, or its own kind when nobody did.
  Kind own_origin(NodeId v, Kind own_kind) const {
    return exposed(v) ? exposure_origin(v) : own_kind;
  }

  void mark_seed(NodeId v) { touch(v) |= kSeed; }

  // v saw a share that came through a chain started by a seed of kind `origin`.
  void expose(NodeId v, Kind origin) {
    std::uint32_t& word = touch(v);
    ++metrics.impressions;
    if (word & kExposed) return;
    word |= kExposed | (static_cast<std::uint32_t>(origin) << kExposureOriginShift);
    if (!(word & kSeed)) {
      ++metrics.reach;
      ++metrics.reach_by_origin[static_cast<int>(origin)];
    }
  }

  // v adopts through a chain started by a seed of kind `origin`; returns false if it already had.
  bool adopt(NodeId v, Kind origin) {
    std::uint32_t& word = touch(v);
    if (word & kAdopted) return false;
    word |= kAdopted | (static_cast<std::uint32_t>(origin) << kChainOriginShift);
    ++metrics.adopters;
    return true;
  }

  ReplicationMetrics metrics;

 private:
  static constexpr std::uint32_t kSeed = 1, kExposed = 2, kAdopted = 4;
  static constexpr int kExposureOriginShift = 3, kChainOriginShift = 5;
  static constexpr std::uint32_t kEpochStep = 1u << 8, kLowBits = kEpochStep - 1;

  std::uint32_t flags(NodeId v) const {
    const std::uint32_t word = words_[v];
    return (word & ~kLowBits) == epoch_ ? word & kLowBits : 0;
  }
  std::uint32_t& touch(NodeId v) {
    std::uint32_t& word = words_[v];
    if ((word & ~kLowBits) != epoch_) word = epoch_;
    return word;
  }

  std::vector<std::uint32_t>
      words_;  // epoch << 8 | chain origin << 5 | exposure origin << 3 | flags
  std::uint32_t epoch_ = 0;
};

}  // namespace socialreach::detail
