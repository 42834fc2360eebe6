// Per-thread state of one funnel replication, reused across replications without clearing (a node
// whose stamp is not the current epoch is untouched), and its queue of exposures by step.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "socialreach/kind.hpp"
#include "socialreach/network.hpp"

namespace socialreach::detail {

// One audience member seeing one share: v sees, at the step of its bucket, post `post` shared by
// a sender of kind `sender` over edge `edge`; the chain started with a poster of kind `origin`
// in department `department` (-1: none).
struct Exposure {
  EdgeId edge;
  NodeId v;
  std::int32_t department;
  std::uint16_t post;
  Kind sender;
  Kind origin;
};

class FunnelState {
 public:
  static constexpr std::uint8_t kPoster = 1, kExposed = 2, kReshared = 4, kEngaged = 8,
                                kConverted = 16;

  FunnelState(std::int64_t n_nodes, std::int64_t horizon)
      : queue(horizon + 1),
        stamp_(n_nodes, 0),
        flags_(n_nodes, 0),
        origin_(n_nodes, 0),
        department_(n_nodes, -1) {}

  void begin() {
    if (++epoch_ == 0) {  // the stamp wrapped after 2^32 replications on this thread
      std::fill(stamp_.begin(), stamp_.end(), 0);
      epoch_ = 1;
    }
    for (auto& bucket : queue) bucket.clear();
  }

  bool has(NodeId v, std::uint8_t flag) const { return stamp_[v] == epoch_ && (flags_[v] & flag); }
  void set(NodeId v, std::uint8_t flag) { touch(v) |= flag; }

  // The chain v passes on when it shares (set when v posts or reshares).
  void set_chain(NodeId v, Kind origin, std::int32_t department) {
    touch(v);
    origin_[v] = static_cast<std::uint8_t>(origin);
    department_[v] = department;
  }
  Kind chain_origin(NodeId v) const { return static_cast<Kind>(origin_[v]); }
  std::int32_t chain_department(NodeId v) const { return department_[v]; }

  std::vector<std::vector<Exposure>> queue;  // exposures by the step they are seen

 private:
  std::uint8_t& touch(NodeId v) {
    if (stamp_[v] != epoch_) {
      stamp_[v] = epoch_;
      flags_[v] = 0;
    }
    return flags_[v];
  }

  std::vector<std::uint32_t> stamp_;
  std::vector<std::uint8_t> flags_;
  std::vector<std::uint8_t> origin_;
  std::vector<std::int32_t> department_;
  std::uint32_t epoch_ = 0;
};

}  // namespace socialreach::detail
