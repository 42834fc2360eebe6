// When seeds post: fixed seeds sorted by start step, or a fresh random draw per replication.
#pragma once

#include <algorithm>
#include <cstdint>
#include <vector>

#include "socialreach/campaign.hpp"
#include "socialreach/detail/counter_rng.hpp"

namespace socialreach::detail {

struct SeedStart {
  NodeId node;
  std::int64_t step;
};

// The campaign's fixed seeds in order of start step (stable: equal steps keep their order).
inline std::vector<SeedStart> fixed_schedule(const Campaign& campaign) {
  std::vector<SeedStart> fixed;
  for (std::size_t i = 0; i < campaign.seeds.size(); ++i) {
    fixed.push_back({static_cast<NodeId>(campaign.seeds[i]),
                     campaign.start_steps.empty() ? 0 : campaign.start_steps[i]});
  }
  std::stable_sort(fixed.begin(), fixed.end(),
                   [](const SeedStart& a, const SeedStart& b) { return a.step < b.step; });
  return fixed;
}

// `count` distinct nodes of [0, n) drawn uniformly by Floyd's algorithm (one random number per
// seed), all starting at step 0. `is_seed(v)` tells whether v was already drawn; `pick(v)` takes v.
template <typename IsSeed, typename Pick>
void draw_random_seeds(std::int64_t count, std::int64_t n, const CounterRng& rng, IsSeed is_seed,
                       Pick pick) {
  for (std::int64_t j = n - count; j < n; ++j) {
    auto t = static_cast<NodeId>(rng.below(static_cast<std::uint64_t>(j) + 1,
                                           static_cast<std::uint64_t>(j), Purpose::kSeedPick));
    if (is_seed(t)) t = static_cast<NodeId>(j);
    pick(t);
  }
}

}  // namespace socialreach::detail
