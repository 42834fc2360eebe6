// The audiences of a small network's senders as rows of bits over the nodes, for the independent
// cascade's exposures (ReplicationState::use_exposure_bits). Merging a sender's row into a
// replication's exposure bits marks its whole audience and counts the members it exposes for the
// first time (the popcount of row & ~exposed), eight words per step on processors with AVX-512,
// where a pass member by member costs a few cycles per member: on ego-Facebook a sender's row is
// 64 words against an audience of 44 members on average, and senders that adopt have larger
// audiences than that.
#pragma once

#include <cstdint>
#include <vector>

#include "socialreach/detail/bit_words.hpp"
#include "socialreach/network.hpp"

namespace socialreach::detail {

class AudienceRows {
 public:
  // Exposure bits are kept as rows only on networks of at most this many nodes (a row then
  // takes at most 8 KiB).
  static constexpr std::int64_t kMostNodes = 65'536;

  // Rows for the senders whose audience is long enough for a row to pay (at least a quarter of a
  // row's words), at most 32 MiB of them, longest audiences first; none when the network is
  // larger than kMostNodes.
  explicit AudienceRows(const Network& network);

  bool empty() const { return rows_.empty(); }
  // Words of a row and of a replication's exposure bits: ceil(n / 64) rounded up to 8.
  std::size_t words() const { return words_; }
  // u's row, or nullptr when u has none (its members are then marked one by one).
  const std::uint64_t* row(NodeId u) const {
    const std::int32_t i = index_[u];
    return i < 0 ? nullptr : rows_.data() + static_cast<std::size_t>(i) * words_;
  }

  // Sets the bits of `row` in `exposed` (both `words` long) and returns how many were not set.
  static std::int64_t merge(const std::uint64_t* row, std::uint64_t* exposed, std::size_t words);

 private:
  std::size_t words_ = 0;
  std::vector<std::int32_t> index_;  // row of each node, -1: none
  BitWords rows_;
};

}  // namespace socialreach::detail
