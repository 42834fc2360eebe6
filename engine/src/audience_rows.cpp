#include "socialreach/detail/audience_rows.hpp"

#include <algorithm>
#include <bit>

namespace socialreach::detail {

AudienceRows::AudienceRows(const Network& network) {
  const std::int64_t n = network.n_nodes();
  if (n == 0 || n > kMostNodes) return;
  words_ = static_cast<std::size_t>((n + 63) / 64);
  const auto& offsets = network.offsets();
  const auto& targets = network.targets();
  begin_.assign(static_cast<std::size_t>(n) + 1, 0);
  // For each sender, the bits its audience sets in each word (`marks`) and the words it touches
  // (`touched`, a bit per word, so that the row's words come out in order), without a branch
  // per member; both zero again after each sender.
  std::vector<std::uint64_t> marks(words_, 0), touched((words_ + 63) / 64, 0);
  for (NodeId u = 0; u < static_cast<NodeId>(n); ++u) {
    for (EdgeId e = offsets[u]; e < offsets[u + 1]; ++e) {
      const NodeId v = targets[e], w = v >> 6;
      marks[w] |= std::uint64_t{1} << (v & 63);
      touched[w >> 6] |= std::uint64_t{1} << (w & 63);
    }
    std::size_t size = 0;
    for (std::uint64_t t : touched) size += static_cast<std::size_t>(std::popcount(t));
    const bool pays = size * 2 <= static_cast<std::size_t>(offsets[u + 1] - offsets[u]);
    for (std::size_t i = 0; i < touched.size(); ++i) {
      for (std::uint64_t t = touched[i]; t != 0; t &= t - 1) {
        const std::size_t w = i * 64 + static_cast<std::size_t>(std::countr_zero(t));
        if (pays) {
          masks_.push_back(marks[w]);
          words_of_.push_back(static_cast<std::uint16_t>(w));
        }
        marks[w] = 0;
      }
      touched[i] = 0;
    }
    begin_[u + 1] = static_cast<std::uint32_t>(masks_.size());
  }
  if (masks_.empty()) begin_.clear();
  masks_.shrink_to_fit();
  words_of_.shrink_to_fit();
}

namespace {

using Merge = std::int64_t (*)(AudienceRows::Row, std::uint64_t*);

[[gnu::always_inline]] inline std::int64_t merge_words(AudienceRows::Row row,
                                                       std::uint64_t* exposed) {
  std::int64_t fresh = 0;
  for (std::uint32_t i = 0; i < row.size; ++i) {
    const std::uint64_t before = exposed[row.word[i]];
    fresh += std::popcount(row.mask[i] & ~before);
    exposed[row.word[i]] = before | row.mask[i];
  }
  return fresh;
}

// The same loop built with the popcount instruction and for any x86-64; the first the processor
// runs is chosen once.
__attribute__((target("popcnt"))) std::int64_t merge_popcnt(AudienceRows::Row row,
                                                            std::uint64_t* exposed) {
  return merge_words(row, exposed);
}
std::int64_t merge_portable(AudienceRows::Row row, std::uint64_t* exposed) {
  return merge_words(row, exposed);
}

const Merge chosen_merge = [] {
  __builtin_cpu_init();
  return __builtin_cpu_supports("popcnt") ? &merge_popcnt : &merge_portable;
}();

}  // namespace

std::int64_t AudienceRows::merge(Row row, std::uint64_t* exposed) {
  return chosen_merge(row, exposed);
}

}  // namespace socialreach::detail
