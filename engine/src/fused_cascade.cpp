#include "socialreach/detail/fused_cascade.hpp"

#include <bit>

#include "socialreach/detail/driver.hpp"

namespace socialreach::detail {

FusedCascade::FusedCascade(const IndependentCascadeRule& rule, const Network& network)
    : rule_(rule), network_(network), masks_(network.n_nodes()) {}

inline FusedCascade::NodeMasks& FusedCascade::touch(NodeId v) {
  NodeMasks& m = masks_[v];
  if ((m.adopted | m.exposed | m.seed) == 0) touched_.push_back(v);
  return m;
}

inline void FusedCascade::adopt_fresh(NodeId v, std::uint64_t worlds) {
  NodeMasks& m = touch(v);
  const std::uint64_t added = worlds & ~m.adopted;
  if (added == 0) return;
  m.adopted |= added;
  if (m.fresh == 0) fresh_nodes_.push_back(v);
  m.fresh |= added;
}

template <typename Each>
static void for_each_world(std::uint64_t worlds, Each each) {
  for (; worlds != 0; worlds &= worlds - 1) each(std::countr_zero(worlds));
}

void FusedCascade::run(std::uint64_t seed, std::int64_t first, int worlds,
                       const std::vector<SeedStart>& fixed, std::int64_t random_count, Kind origin,
                       std::int64_t max_steps, ReplicationMetrics* out,
                       std::vector<std::int64_t>& new_adopters_by_step) {
  const std::uint64_t all = worlds == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << worlds) - 1;
  std::vector<CounterRng> rngs;
  rngs.reserve(worlds);
  for (int w = 0; w < worlds; ++w) rngs.emplace_back(seed, static_cast<std::uint64_t>(first + w));
  for (int w = 0; w < worlds; ++w) out[w] = {};

  // Seeds: fixed ones are seeds in every world; random ones are drawn per world.
  for (const auto& s : fixed) touch(s.node).seed |= all;
  for (int w = 0; w < worlds; ++w) {
    const std::uint64_t bit = std::uint64_t{1} << w;
    draw_random_seeds(
        random_count, network_.n_nodes(), rngs[w],
        [&](NodeId v) { return (masks_[v].seed & bit) != 0; },
        [&](NodeId v) {
          touch(v).seed |= bit;
          adopt_fresh(v, bit);
        });
  }

  std::size_t pending = 0;
  std::int64_t step = 0;
  auto start_seeds = [&] {
    for (; pending < fixed.size() && fixed[pending].step == step; ++pending)
      adopt_fresh(fixed[pending].node, all);
  };
  // Moves this step's adopters into the frontier and counts them.
  auto close_step = [&] {
    frontier_.clear();
    std::int64_t adopted_now = 0;
    std::uint64_t any = 0;
    for (NodeId v : fresh_nodes_) {
      const std::uint64_t fresh = masks_[v].fresh;
      masks_[v].fresh = 0;
      frontier_.push_back({v, fresh});
      adopted_now += std::popcount(fresh);
      any |= fresh;
    }
    fresh_nodes_.clear();
    if (adopted_now == 0) return;
    count_adoptions(step, adopted_now, new_adopters_by_step);
    for_each_world(any, [&](int w) { out[w].steps = step; });
  };

  start_seeds();
  close_step();
  const auto& offsets = network_.offsets();
  const auto& targets = network_.targets();
  while ((!frontier_.empty() || pending < fixed.size()) && (max_steps < 0 || step < max_steps)) {
    ++step;
    for (const Active& sender : frontier_) {
      const NodeId u = sender.node;
      const int k = static_cast<int>(network_.kind(u));
      const std::uint64_t sharing = sender.worlds;
      const auto degree = static_cast<std::int64_t>(offsets[u + 1] - offsets[u]);
      for_each_world(sharing, [&](int w) { out[w].impressions += degree; });
      if (rule_.skips(k)) {
        for (EdgeId e = offsets[u], end = offsets[u + 1]; e < end; ++e)
          touch(targets[e]).exposed |= sharing;
        for_each_world(sharing, [&](int w) {
          rule_.for_each_live(u, k, rngs[w],
                              [&](EdgeId e) { adopt_fresh(targets[e], std::uint64_t{1} << w); });
        });
        continue;
      }
      rule_.with_threshold(k, [&](auto threshold_of) {
        for (EdgeId e = offsets[u], end = offsets[u + 1]; e < end; ++e) {
          const NodeId v = targets[e];
          NodeMasks& m = touch(v);
          m.exposed |= sharing;
          std::uint64_t candidates = sharing & ~m.adopted;
          if (candidates == 0) continue;
          const std::uint64_t threshold = threshold_of(e, v);
          std::uint64_t won = 0;
          for_each_world(candidates, [&](int w) {
            if (CounterRng::below_threshold(rngs[w].coin(e), threshold))
              won |= std::uint64_t{1} << w;
          });
          if (won != 0) adopt_fresh(v, won);
        }
      });
    }
    start_seeds();
    close_step();
  }

  // Per-world totals from the masks, then a clean slate for the next block.
  const int o = static_cast<int>(origin);
  for (NodeId v : touched_) {
    NodeMasks& m = masks_[v];
    for_each_world(m.adopted, [&](int w) { ++out[w].adopters; });
    for_each_world(m.exposed & ~m.seed, [&](int w) {
      ++out[w].reach;
      ++out[w].reach_by_origin[o];
    });
    m = NodeMasks{};
  }
  touched_.clear();
  frontier_.clear();
}

}  // namespace socialreach::detail
