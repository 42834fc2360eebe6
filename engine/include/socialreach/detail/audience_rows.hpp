// The audiences of a small network's senders as sparse rows of bits over the nodes, for the
// independent cascade's exposures (CascadeState::use_exposure_bits). A sender's row holds
// the words of the exposure bits its audience touches, each with the bits it sets there; merging
// the row into a replication's exposure bits marks the whole audience and counts the members it
// exposes for the first time (the popcount of mask & ~exposed, word by word). Where members'
// ids cluster, as in networks numbered community by community, a row has far fewer words than
// members: on ego-Facebook a sender's audience of 44 members on average falls in 11 words.
#pragma once

#include <cstdint>
#include <vector>

#include "socialreach/network.hpp"

namespace socialreach::detail {

class AudienceRows {
 public:
  // Exposure bits are kept as rows only on networks of at most this many nodes (a word index
  // then fits in 16 bits).
  static constexpr std::int64_t kMostNodes = 65'536;

  // Rows for the senders whose audience falls in at most half as many words as it has members
  // (a word of a row costs about what marking one member does; rows then take at most 5 bytes per
  // tie, about what the network's targets take); none when the network is larger than
  // kMostNodes.
  explicit AudienceRows(const Network& network);

  bool empty() const { return masks_.empty(); }
  // Words of a replication's exposure bits: ceil(n / 64).
  std::size_t words() const { return words_; }

  // A sender's row: `size` words of the exposure bits, word[i] getting the bits mask[i].
  struct Row {
    const std::uint64_t* mask;
    const std::uint16_t* word;
    std::uint32_t size;  // 0: u has no row (its members are then marked one by one)
  };
  Row row(NodeId u) const {
    const std::uint32_t begin = begin_[u];
    return {masks_.data() + begin, words_of_.data() + begin, begin_[u + 1] - begin};
  }

  // Sets the bits of `row` in `exposed` and returns how many were not set.
  static std::int64_t merge(Row row, std::uint64_t* exposed);

 private:
  std::size_t words_ = 0;
  std::vector<std::uint32_t> begin_;  // u's row is entries begin_[u] to begin_[u + 1]
  std::vector<std::uint64_t> masks_;
  std::vector<std::uint16_t> words_of_;
};

}  // namespace socialreach::detail
