// Per-thread state of one funnel replication, reused across replications without clearing
// (detail/stamped_values.hpp), and its queue of exposures by step.
#pragma once

#include <cstdint>
#include <vector>

#include "socialreach/detail/stamped_values.hpp"
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

// The funnel flags of every node in one replication, and the exposures waiting to be seen.
class FunnelState {
 public:
  static constexpr std::uint8_t kPoster = 1, kExposed = 2, kReshared = 4, kEngaged = 8,
                                kConverted = 16;

  FunnelState(std::int64_t n_nodes, std::int64_t horizon)
      : queue(horizon + 1), flags_(n_nodes, 0) {}

  void begin() {
    flags_.begin();
    for (auto& bucket : queue) bucket.clear();
  }

  bool has(NodeId v, std::uint8_t flag) const { return flags_.get(v) & flag; }
  void set(NodeId v, std::uint8_t flag) { flags_[v] |= flag; }

  std::vector<std::vector<Exposure>> queue;  // exposures by the step they are seen

 private:
  StampedValues<std::uint8_t> flags_;
};

}  // namespace socialreach::detail
