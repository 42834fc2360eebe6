// A network's tie weights, one per stored edge, held in as few bytes as they can be without
// changing any value.
//
// Weights that take at most 65,536 distinct values (every weighted cascade's 1/in-degree, tie
// strengths on a scale, weights read from files with a few decimals) are stored as a 2-byte code
// per edge into a table of the distinct values; others as one 4-byte float per edge. Either way
// weight(e) returns the float that was given, exactly.
#pragma once

#include <cstdint>
#include <vector>

#include "socialreach/detail/huge_pages.hpp"

namespace socialreach {

class EdgeWeights {
 public:
  EdgeWeights() = default;
  // One weight per edge, in CSR order (empty: unweighted).
  explicit EdgeWeights(std::vector<float> values);

  bool empty() const { return codes_.empty() && plain_.empty(); }
  std::int64_t size() const {
    return static_cast<std::int64_t>(plain_.empty() ? codes_.size() : plain_.size());
  }
  float operator[](std::uint64_t e) const { return plain_.empty() ? table_[codes_[e]] : plain_[e]; }

  // Every weight, in CSR order (a copy when they are stored as codes).
  std::vector<float> values() const;
  // Bytes held by the codes, the table and the floats.
  std::int64_t memory_bytes() const;

  friend bool operator==(const EdgeWeights& a, const EdgeWeights& b) {
    return a.values() == b.values();
  }

 private:
  detail::LargeVector<std::uint16_t> codes_;  // per edge, into table_ (when plain_ is empty)
  std::vector<float> table_;                  // the distinct values, in order of first use
  detail::LargeVector<float> plain_;          // per edge, when there are too many distinct values
};

}  // namespace socialreach
