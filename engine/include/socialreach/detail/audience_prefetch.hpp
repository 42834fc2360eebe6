// Fetching a node's audience before it shares: the first and the last cache line of its row of
// members. A row of ten 4-byte members starts anywhere in a line and spans two lines more often
// than not, and for such a random access the processor fetches only the line asked for (fetching
// the last line as well: Barabási–Albert one million nodes 1.38x to 1.50x, bench/README.md).
// Longer rows' middle lines are read in order, which the processor's own prefetchers follow.
#pragma once

#include <cstdint>

#include "socialreach/network.hpp"

namespace socialreach::detail {

inline void prefetch_audience(const NodeId* targets, const EdgeId* offsets, NodeId v) {
  __builtin_prefetch(targets + offsets[v]);
  // The row's last byte, by address: a node without members has no last member to point at.
  __builtin_prefetch(reinterpret_cast<const void*>(
      reinterpret_cast<std::uintptr_t>(targets + offsets[v + 1]) - 1));
}

}  // namespace socialreach::detail
