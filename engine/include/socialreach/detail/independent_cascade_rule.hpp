// The independent cascade share rule (see socialreach/independent_cascade.hpp): u shares once;
// each audience member sees it with the sender kind's visibility and adopts with p_uv.
//
// The coins are keyed by the edge: see = bits(e, kSee), adopt = bits(e, kAdopt). A coin is only
// drawn when it can matter (a member who already adopted needs no adoption coin), which does not
// change any result because no coin depends on the order in which others were drawn.
#pragma once

#include <algorithm>
#include <array>
#include <memory>
#include <vector>

#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/detail/replication_state.hpp"
#include "socialreach/independent_cascade.hpp"
#include "socialreach/network.hpp"

namespace socialreach::detail {

class IndependentCascadeRule {
 public:
  IndependentCascadeRule(const IndependentCascade& model, const Network& network)
      : model_(model), network_(network) {
    for (int k = 0; k < kKindCount; ++k) {
      uniform_threshold_[k] =
          CounterRng::threshold(credible_probability(model.p, model.credibility[k]));
      see_threshold_[k] = CounterRng::threshold(model.visibility[k]);
    }
    per_edge_ = model.weighted_cascade || network.weighted();
    if (model.weighted_cascade && !network.weighted()) {
      // The threshold then depends only on the member and the sender's kind: one table per kind
      // that occurs (O(nodes) once per run instead of two divisions per examined edge).
      std::array<bool, kKindCount> present{};
      for (Kind kind : network.kinds()) present[static_cast<int>(kind)] = true;
      for (int k = 0; k < kKindCount; ++k) {
        if (!present[k]) continue;
        auto table = std::make_shared<std::vector<std::uint64_t>>(network.n_nodes());
        for (NodeId v = 0; v < static_cast<NodeId>(network.n_nodes()); ++v) {
          (*table)[v] = computed_threshold(0, v, k);
        }
        by_member_[k] = std::move(table);
      }
    }
  }

  // The adoption coin threshold of edge e (to v) from a sender of kind k (compare with
  // below_threshold).
  std::uint64_t adopt_threshold(EdgeId e, NodeId v, int k) const {
    if (!per_edge_) return uniform_threshold_[k];
    if (by_member_[k]) return (*by_member_[k])[v];
    return computed_threshold(e, v, k);
  }

  // Expected adoptions caused by one share (every member seeing it), averaged over senders;
  // above about 1 a share starts large cascades. Estimated from at most about 100,000 senders
  // spread evenly over the node ids, so that it costs little on any network.
  double mean_transmissions() const {
    const auto& offsets = network_.offsets();
    const std::int64_t n = network_.n_nodes();
    const std::int64_t stride = std::max<std::int64_t>(1, n / 100'000);
    double sum = 0.0;
    std::int64_t senders = 0;
    for (std::int64_t u = 0; u < n; u += stride, ++senders) {
      const int k = static_cast<int>(network_.kind(static_cast<NodeId>(u)));
      for (EdgeId e = offsets[u]; e < offsets[u + 1]; ++e) {
        sum += static_cast<double>(adopt_threshold(e, network_.targets()[e], k)) * 0x1.0p-53;
      }
    }
    return senders > 0 ? sum / static_cast<double>(senders) : 0.0;
  }

  struct Scratch {};  // no per-node memory beyond the replication state
  Scratch scratch() const { return {}; }

  // Step 0: nobody adopts without a seed.
  void begin(const CounterRng&, ReplicationState&, Scratch&, std::vector<NodeId>&) const {}

  // u (adopted at the previous step) shares; new adopters are appended to `adopted_now`.
  void share(NodeId u, const CounterRng& rng, ReplicationState& state, Scratch&,
             std::vector<NodeId>& adopted_now) const {
    const bool always_seen = model_.visibility[static_cast<int>(network_.kind(u))] >= 1.0;
    if (always_seen && !per_edge_) {
      share_each<true, false>(u, rng, state, adopted_now);
    } else if (always_seen) {
      share_each<true, true>(u, rng, state, adopted_now);
    } else {
      share_each<false, true>(u, rng, state, adopted_now);
    }
  }

 private:
  std::uint64_t computed_threshold(EdgeId e, NodeId v, int k) const {
    double base = model_.weighted_cascade ? 1.0 / network_.in_degrees()[v] : model_.p;
    if (network_.weighted()) base *= network_.weights()[e];
    return CounterRng::threshold(credible_probability(base, model_.credibility[k]));
  }

  // The share loop with its two per-run choices taken out of the loop: whether every member sees
  // the share, and whether thresholds differ by edge. Each member's state word is read and
  // written once; the counts go to the metrics once per share.
  //
  // When every member sees the share the loop has no data-dependent branch: the coin is drawn
  // for every member (it is keyed by the edge, so drawing it for a member who already adopted
  // changes nothing), the word is rewritten with masks and each member is appended to
  // `adopted_now` and kept only if it adopted. Whether a member already adopted is as
  // unpredictable as the cascade, and mispredicted branches serialized the members' loads.
  template <bool kAlwaysSeen, bool kPerEdge>
  void share_each(NodeId u, const CounterRng& rng, ReplicationState& state,
                  std::vector<NodeId>& adopted_now) const {
    using S = ReplicationState;
    const int k = static_cast<int>(network_.kind(u));
    const Kind origin = state.chain_origin(u);
    const std::uint32_t exposed_bits =
        S::kExposed | (static_cast<std::uint32_t>(origin) << S::kExposureOriginShift);
    const std::uint32_t adopted_bits =
        S::kAdopted | (static_cast<std::uint32_t>(origin) << S::kChainOriginShift);
    const std::uint64_t uniform = uniform_threshold_[k];
    const auto& offsets = network_.offsets();
    const NodeId* targets = network_.targets().data();
    const EdgeId begin = offsets[u], end = offsets[u + 1];
    std::int64_t impressions = 0, reached = 0, adopters = 0;
    if constexpr (kAlwaysSeen) {
      const std::size_t first = adopted_now.size();
      adopted_now.resize(first + (end - begin));
      NodeId* out = adopted_now.data() + first;
      for (EdgeId e = begin; e < end; ++e) {
        const NodeId v = targets[e];
        std::uint32_t& word = state.word(v);
        const std::uint32_t before = word;
        const std::uint64_t threshold = kPerEdge ? adopt_threshold(e, v, k) : uniform;
        const std::uint32_t newly_exposed = (before & S::kExposed) == 0;
        const std::uint32_t adopts =
            CounterRng::below_threshold(rng.bits(e, Purpose::kAdopt), threshold) &
            ((before & S::kAdopted) == 0);
        word = before | (exposed_bits & (0u - newly_exposed)) | (adopted_bits & (0u - adopts));
        reached += newly_exposed & ((before & S::kSeed) == 0);
        out[adopters] = v;
        adopters += adopts;
      }
      adopted_now.resize(first + adopters);
      impressions = static_cast<std::int64_t>(end - begin);
    } else {
      for (EdgeId e = begin; e < end; ++e) {
        if (!CounterRng::below_threshold(rng.bits(e, Purpose::kSee), see_threshold_[k])) continue;
        const NodeId v = targets[e];
        std::uint32_t& word = state.word(v);
        const std::uint32_t before = word;
        ++impressions;
        if (!(before & S::kExposed)) {
          word = before | exposed_bits;
          reached += !(before & S::kSeed);
        }
        if (before & S::kAdopted) continue;
        const std::uint64_t threshold = kPerEdge ? adopt_threshold(e, v, k) : uniform;
        if (CounterRng::below_threshold(rng.bits(e, Purpose::kAdopt), threshold)) {
          word |= adopted_bits;
          ++adopters;
          adopted_now.push_back(v);
        }
      }
    }
    state.metrics.impressions += impressions;
    state.metrics.reach += reached;
    state.metrics.reach_by_origin[static_cast<int>(origin)] += reached;
    state.metrics.adopters += adopters;
  }

  const IndependentCascade& model_;
  const Network& network_;
  std::uint64_t uniform_threshold_[kKindCount]{};
  std::uint64_t see_threshold_[kKindCount]{};
  bool per_edge_ = false;
  // Weighted cascade on an unweighted network: thresholds by member, one table per sender kind
  // present (shared by copies of the rule).
  std::array<std::shared_ptr<const std::vector<std::uint64_t>>, kKindCount> by_member_;
};

}  // namespace socialreach::detail
