// Per-thread state of one independent-cascade replication: one byte per node, a mark, reused
// across replications and cleared once a cycle of them. A replication owns the values from its
// base b: b (exposed, or a seed) and b + 1 + o (adopted through a chain started by a seed of kind
// o; where every node has one kind, b + 1 alone, and a cycle is 127 replications instead of 63);
// a node below b is unaware. The share loops mark exposures and find adopters on the same byte
// (an adopter's byte is in cache, its exposure just marked), where ReplicationState keeps a 4-byte
// word per node that the share loops fetched for every hit (bench/README.md: Barabási–Albert one
// million nodes 1.12x, peer workload (c) 1.13x). On a small network exposures may be kept as one
// bit per node instead (use_exposure_bits; detail/audience_rows.hpp).
#pragma once

#include <algorithm>
#include <cstdint>
#include <optional>
#include <vector>

#include "socialreach/detail/huge_pages.hpp"
#include "socialreach/kind.hpp"
#include "socialreach/network.hpp"
#include "socialreach/results.hpp"

namespace socialreach::detail {

class CascadeState {
 public:
  enum class Mark : std::uint8_t {};  // not a character type: stores through it alias nothing

  explicit CascadeState(const Network& network)
      : marks_(network.n_nodes(), Mark{0}),
        sole_kind_(network.sole_kind()),
        values_(sole_kind_ ? 2 : 1 + kKindCount),
        base_(1 - values_) {}

  // Starts a new replication: every node unaware, metrics zero.
  void begin() {
    base_ += values_;
    if (base_ + values_ - 1 > 255) {  // once a cycle on this thread
      std::fill(marks_.begin(), marks_.end(), Mark{0});
      base_ = 1;
    }
    std::fill(bits_.begin(), bits_.end(), 0);
    metrics = {};
  }

  // Whether v was marked as a seed in this replication (or exposed, or adopted, which before the
  // first step only seeds are).
  bool seed(NodeId v) const { return marks_[v] >= value(0); }
  // v is a seed: it counts as exposed, so never as reached (it adopts at its start step, or
  // before if a share makes it).
  void mark_seed(NodeId v) {
    marks_[v] = value(0);
    if (!bits_.empty()) bits_[v >> 6] |= std::uint64_t{1} << (v & 63);
  }
  // v adopts through a chain started by a seed of kind `origin`; returns false if it already had.
  bool adopt(NodeId v, Kind origin) {
    if (marks_[v] >= value(1)) return false;
    marks_[v] = value(1 + (sole_kind_ ? 0 : static_cast<int>(origin)));
    ++metrics.adopters;
    return true;
  }
  // Kind of the seed whose chain of shares made v adopt (valid when adopted).
  Kind chain_origin(NodeId v) const {
    if (sole_kind_) return *sole_kind_;
    return static_cast<Kind>(static_cast<int>(marks_[v]) - base_ - 1);
  }

  ReplicationMetrics metrics;

  // The marks and this replication's base for the share loops: v is exposed (or a seed, or
  // adopted) when marks()[v] >= base().
  Mark* marks() { return marks_.data(); }
  Mark base() const { return value(0); }
  // The same exposures as one bit per node (bit v % 64 of word v / 64; `words` of them), cleared
  // by begin(), kept from now on instead of on the marks.
  void use_exposure_bits(std::size_t words) { bits_.assign(words, 0); }
  std::uint64_t* exposure_bits() { return bits_.data(); }

 private:
  Mark value(int offset) const { return static_cast<Mark>(base_ + offset); }

  LargeVector<Mark> marks_;
  std::optional<Kind> sole_kind_;    // of every node, where they all have one
  int values_;                       // a replication's: 1 + the origins it tells apart
  int base_;                         // the first begin() makes it 1
  std::vector<std::uint64_t> bits_;  // empty unless use_exposure_bits
};

}  // namespace socialreach::detail
