#include "socialreach/edge_weights.hpp"

#include <bit>
#include <cstddef>
#include <limits>
#include <utility>

namespace socialreach {

namespace {

// The codes pay when they and the table take less room than a float per edge.
bool codes_pay(std::size_t distinct, std::size_t edges) {
  return distinct * sizeof(float) + edges * sizeof(std::uint16_t) < edges * sizeof(float);
}

}  // namespace

EdgeWeights::EdgeWeights(std::vector<float> values) {
  constexpr std::size_t kMostDistinct = std::size_t{std::numeric_limits<std::uint16_t>::max()} + 1;
  // An open-addressing table from a value's bits to its code, twice as large as the most
  // distinct values it may hold; given up as soon as the codes no longer fit or pay.
  constexpr int kSlotBits = 17;
  constexpr std::uint32_t kEmpty = 0xFFFFFFFF;  // a NaN's bits: never a weight
  std::vector<std::uint32_t> slot_bits(std::size_t{1} << kSlotBits, kEmpty);
  std::vector<std::uint16_t> slot_code(slot_bits.size());
  detail::LargeVector<std::uint16_t> codes(values.size());
  std::vector<float> table;
  for (std::size_t e = 0; e < values.size(); ++e) {
    const auto bits = std::bit_cast<std::uint32_t>(values[e]);
    std::size_t slot = (bits * 0x9E3779B1u) >> (32 - kSlotBits);
    while (slot_bits[slot] != kEmpty && slot_bits[slot] != bits) {
      slot = (slot + 1) & (slot_bits.size() - 1);
    }
    if (slot_bits[slot] == kEmpty) {
      if (table.size() == kMostDistinct || !codes_pay(table.size() + 1, values.size())) {
        plain_.assign(values.begin(), values.end());
        return;
      }
      slot_bits[slot] = bits;
      slot_code[slot] = static_cast<std::uint16_t>(table.size());
      table.push_back(values[e]);
    }
    codes[e] = slot_code[slot];
  }
  codes_ = std::move(codes);
  table_ = std::move(table);
}

std::vector<float> EdgeWeights::values() const {
  if (!plain_.empty()) return {plain_.begin(), plain_.end()};
  std::vector<float> out(codes_.size());
  for (std::size_t e = 0; e < codes_.size(); ++e) out[e] = table_[codes_[e]];
  return out;
}

std::int64_t EdgeWeights::memory_bytes() const {
  return static_cast<std::int64_t>(codes_.size() * sizeof(std::uint16_t) +
                                   table_.size() * sizeof(float) + plain_.size() * sizeof(float));
}

}  // namespace socialreach
