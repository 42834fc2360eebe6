#include "socialreach/detail/audience_rows.hpp"

#include <algorithm>
#include <bit>

namespace socialreach::detail {

AudienceRows::AudienceRows(const Network& network) {
  const std::int64_t n = network.n_nodes();
  if (n == 0 || n > kMostNodes) return;
  words_ = static_cast<std::size_t>((n + 511) / 512 * 8);
  // A row costs about words / 8 vector steps of a few cycles; marking members one by one, a few
  // cycles each: rows pay from a quarter of the words on.
  constexpr std::size_t kMostBytes = std::size_t{32} << 20;
  const std::size_t most_rows = kMostBytes / (words_ * sizeof(std::uint64_t));
  std::vector<NodeId> senders;
  for (NodeId u = 0; u < static_cast<NodeId>(n); ++u) {
    if (static_cast<std::size_t>(network.out_degree(u)) * 4 >= words_) senders.push_back(u);
  }
  if (senders.size() > most_rows) {
    std::stable_sort(senders.begin(), senders.end(), [&](NodeId a, NodeId b) {
      return network.out_degree(a) > network.out_degree(b);
    });
    senders.resize(most_rows);
  }
  if (senders.empty()) return;
  index_.assign(static_cast<std::size_t>(n), -1);
  rows_.assign(senders.size() * words_, 0);
  const auto& offsets = network.offsets();
  const auto& targets = network.targets();
  for (std::size_t i = 0; i < senders.size(); ++i) {
    const NodeId u = senders[i];
    index_[u] = static_cast<std::int32_t>(i);
    std::uint64_t* row = rows_.data() + i * words_;
    for (EdgeId e = offsets[u]; e < offsets[u + 1]; ++e) {
      row[targets[e] >> 6] |= std::uint64_t{1} << (targets[e] & 63);
    }
  }
}

namespace {

using Merge = std::int64_t (*)(const std::uint64_t*, std::uint64_t*, std::size_t);

[[gnu::always_inline]] inline std::int64_t merge_words(const std::uint64_t* __restrict row,
                                                       std::uint64_t* __restrict exposed,
                                                       std::size_t words) {
  std::int64_t fresh = 0;
  for (std::size_t i = 0; i < words; ++i) {
    fresh += std::popcount(row[i] & ~exposed[i]);
    exposed[i] |= row[i];
  }
  return fresh;
}

// The same loop built for processors with AVX-512's vector popcount, with the popcount
// instruction, and for any x86-64; the first the processor runs is chosen once.
__attribute__((target("avx512f,avx512vpopcntdq"))) std::int64_t merge_avx512(
    const std::uint64_t* row, std::uint64_t* exposed, std::size_t words) {
  return merge_words(row, exposed, words);
}
__attribute__((target("popcnt"))) std::int64_t merge_popcnt(const std::uint64_t* row,
                                                            std::uint64_t* exposed,
                                                            std::size_t words) {
  return merge_words(row, exposed, words);
}
std::int64_t merge_portable(const std::uint64_t* row, std::uint64_t* exposed, std::size_t words) {
  return merge_words(row, exposed, words);
}

const Merge chosen_merge = [] {
  __builtin_cpu_init();
  if (__builtin_cpu_supports("avx512vpopcntdq")) return &merge_avx512;
  if (__builtin_cpu_supports("popcnt")) return &merge_popcnt;
  return &merge_portable;
}();

}  // namespace

std::int64_t AudienceRows::merge(const std::uint64_t* row, std::uint64_t* exposed,
                                 std::size_t words) {
  return chosen_merge(row, exposed, words);
}

}  // namespace socialreach::detail
