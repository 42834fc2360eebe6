// A per-node value of one replication, reused across replications without clearing: a node whose
// stamp is not the current epoch holds the initial value.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "socialreach/network.hpp"

namespace socialreach::detail {

template <typename T>
class StampedValues {
 public:
  StampedValues(std::int64_t n_nodes, T initial)
      : stamp_(static_cast<std::size_t>(n_nodes), 0),
        values_(static_cast<std::size_t>(n_nodes), initial),
        initial_(initial) {}

  // Every node back to the initial value, in O(1).
  void begin() {
    if (++epoch_ == 0) {  // wrapped after 2^32 replications
      std::fill(stamp_.begin(), stamp_.end(), 0);
      epoch_ = 1;
    }
  }

  T get(NodeId v) const { return stamp_[v] == epoch_ ? values_[v] : initial_; }

  T& operator[](NodeId v) {
    if (stamp_[v] != epoch_) {
      stamp_[v] = epoch_;
      values_[v] = initial_;
    }
    return values_[v];
  }

 private:
  std::vector<std::uint32_t> stamp_;
  std::vector<T> values_;
  T initial_;
  std::uint32_t epoch_ = 1;
};

}  // namespace socialreach::detail
