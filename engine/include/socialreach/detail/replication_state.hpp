// Per-thread state of one replication, reused across replications without clearing: a node whose
// stamp is not the current epoch is unaware. Each node packs its flags and two origins in a byte.
#pragma once

#include <cstdint>
#include <vector>

#include "socialreach/network.hpp"
#include "socialreach/results.hpp"

namespace socialreach::detail {

class ReplicationState {
 public:
  explicit ReplicationState(std::int64_t n_nodes) : stamp_(n_nodes, 0), packed_(n_nodes, 0) {}

  // Starts a new replication: every node unaware, metrics zero.
  void begin() {
    if (++epoch_ == 0) {  // the stamp wrapped after 2^32 replications on this thread
      std::fill(stamp_.begin(), stamp_.end(), 0);
      epoch_ = 1;
    }
    metrics = {};
  }

  bool seed(NodeId v) const { return touched(v) && (packed_[v] & kSeed); }
  bool exposed(NodeId v) const { return touched(v) && (packed_[v] & kExposed); }
  bool adopted(NodeId v) const { return touched(v) && (packed_[v] & kAdopted); }
  // Kind of the seed whose chain of shares made v adopt (valid when adopted).
  Kind chain_origin(NodeId v) const { return static_cast<Kind>((packed_[v] >> 5) & 3); }
  // Kind of the seed whose chain first exposed v (valid when exposed).
  Kind exposure_origin(NodeId v) const { return static_cast<Kind>((packed_[v] >> 3) & 3); }
  // Origin for a node that adopts on its own (no single sharer decided it): the chain that first
  // exposed it, or its own kind when nobody did.
  Kind own_origin(NodeId v, Kind own_kind) const {
    return exposed(v) ? exposure_origin(v) : own_kind;
  }

  void mark_seed(NodeId v) { touch(v) |= kSeed; }

  // v saw a share that came through a chain started by a seed of kind `origin`.
  void expose(NodeId v, Kind origin) {
    std::uint8_t& bits = touch(v);
    ++metrics.impressions;
    if (bits & kExposed) return;
    bits |= kExposed | static_cast<std::uint8_t>(static_cast<int>(origin) << 3);
    if (!(bits & kSeed)) {
      ++metrics.reach;
      ++metrics.reach_by_origin[static_cast<int>(origin)];
    }
  }

  // v adopts through a chain started by a seed of kind `origin`; returns false if it already had.
  bool adopt(NodeId v, Kind origin) {
    std::uint8_t& bits = touch(v);
    if (bits & kAdopted) return false;
    bits |= kAdopted | static_cast<std::uint8_t>(static_cast<int>(origin) << 5);
    ++metrics.adopters;
    return true;
  }

  ReplicationMetrics metrics;

 private:
  static constexpr std::uint8_t kSeed = 1, kExposed = 2, kAdopted = 4;

  bool touched(NodeId v) const { return stamp_[v] == epoch_; }
  std::uint8_t& touch(NodeId v) {
    if (stamp_[v] != epoch_) {
      stamp_[v] = epoch_;
      packed_[v] = 0;
    }
    return packed_[v];
  }

  std::vector<std::uint32_t> stamp_;
  std::vector<std::uint8_t> packed_;  // bits 0-2 flags, 3-4 exposure origin, 5-6 chain origin
  std::uint32_t epoch_ = 0;
};

}  // namespace socialreach::detail
