// Per-thread state of one replication, reused across replications without clearing: each node
// has one 32-bit word, its low 8 bits the flags and origins, its high 24 bits the epoch (the
// replication) they belong to. A node whose epoch is not the current one is unaware. The
// independent cascade also keeps a one-byte exposure stamp per node (see stamps()): its share
// loops touch every member's stamp but only adopters' words, and the stamps of a million nodes
// fit in a core's cache where their words would not. On a small network it may keep them as one
// bit per node instead (use_exposure_bits; detail/audience_rows.hpp).
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "socialreach/network.hpp"
#include "socialreach/results.hpp"

namespace socialreach::detail {

class ReplicationState {
 public:
  explicit ReplicationState(std::int64_t n_nodes)
      : words_(n_nodes, 0), stamps_(n_nodes, Stamp{0}) {}

  // Starts a new replication: every node unaware, metrics zero.
  void begin() {
    epoch_ += kEpochStep;
    if (epoch_ == 0) {  // the 24-bit epoch wrapped after 2^24 - 1 replications on this thread
      std::fill(words_.begin(), words_.end(), 0);
      epoch_ = kEpochStep;
    }
    if (++stamp_ == 256) {  // the 8-bit stamp wrapped: every 255 replications on this thread
      std::fill(stamps_.begin(), stamps_.end(), Stamp{0});
      stamp_ = 1;
    }
    std::fill(bits_.begin(), bits_.end(), 0);
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

  void mark_seed(NodeId v) {
    touch(v) |= kSeed;
    stamps_[v] = stamp();
    if (!bits_.empty()) bits_[v >> 6] |= std::uint64_t{1} << (v & 63);
  }

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

  // Word-level access for the independent cascade's share loops: the words and the epoch as
  // plain values the compiler keeps in registers, and current(word, epoch), the word as it
  // stands in this replication.
  static constexpr std::uint32_t kSeed = 1, kExposed = 2, kAdopted = 4;
  static constexpr int kExposureOriginShift = 3, kChainOriginShift = 5;
  std::uint32_t* words() { return words_.data(); }
  std::uint32_t epoch() const { return epoch_; }
  // The independent cascade's exposures: a node whose stamp is the current one was exposed in
  // this replication or is a seed (one byte per node, so that they stay in cache). Its share
  // loops count reach on these, not on the words' kExposed, which they leave unset.
  enum class Stamp : std::uint8_t {};  // not a character type: stores through it alias nothing
  Stamp* stamps() { return stamps_.data(); }
  Stamp stamp() const { return static_cast<Stamp>(stamp_); }
  // The same exposures as one bit per node (bit v % 64 of word v / 64; `words` of them), cleared
  // by begin(), kept from now on instead of the stamps.
  void use_exposure_bits(std::size_t words) { bits_.assign(words, 0); }
  std::uint64_t* exposure_bits() { return bits_.data(); }
  static std::uint32_t current(std::uint32_t word, std::uint32_t epoch) {
    return (word & ~kLowBits) == epoch ? word : epoch;
  }

 private:
  static constexpr std::uint32_t kEpochStep = 1u << 8, kLowBits = kEpochStep - 1;

  std::uint32_t flags(NodeId v) const {
    const std::uint32_t word = words_[v];
    return (word & ~kLowBits) == epoch_ ? word & kLowBits : 0;
  }
  std::uint32_t& touch(NodeId v) {
    std::uint32_t& word = words_[v];
    word = current(word, epoch_);
    return word;
  }

  std::vector<std::uint32_t>
      words_;  // epoch << 8 | chain origin << 5 | exposure origin << 3 | flags
  std::uint32_t epoch_ = 0;
  std::vector<Stamp> stamps_;
  std::uint32_t stamp_ = 0;          // 1 to 255
  std::vector<std::uint64_t> bits_;  // empty unless use_exposure_bits
};

}  // namespace socialreach::detail
