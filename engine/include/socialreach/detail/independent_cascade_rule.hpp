// The independent cascade share rule (see socialreach/independent_cascade.hpp): u shares once;
// each audience member sees it with the sender kind's visibility and adopts with p_uv.
//
// The coins are keyed by the edge: see = bits(e, kSee), adopt = bits(e, kAdopt). A coin is only
// drawn when it can matter (a member who already adopted needs no adoption coin), which does not
// change any result because no coin depends on the order in which others were drawn.
#pragma once

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
  }

  // The adoption coin threshold of edge e from a sender of kind k (compare with below_threshold).
  std::uint64_t adopt_threshold(EdgeId e, NodeId v, int k) const {
    if (!per_edge_) return uniform_threshold_[k];
    double base = model_.weighted_cascade ? 1.0 / network_.in_degrees()[v] : model_.p;
    if (network_.weighted()) base *= network_.weights()[e];
    return CounterRng::threshold(credible_probability(base, model_.credibility[k]));
  }

  // Expected adoptions caused by one share, averaged over senders (every member seeing it):
  // above about 1 a share starts large cascades.
  double mean_transmissions() const {
    const auto& offsets = network_.offsets();
    double sum = 0.0;
    for (NodeId u = 0; u < static_cast<NodeId>(network_.n_nodes()); ++u) {
      const int k = static_cast<int>(network_.kind(u));
      for (EdgeId e = offsets[u]; e < offsets[u + 1]; ++e) {
        sum += static_cast<double>(adopt_threshold(e, network_.targets()[e], k)) * 0x1.0p-53;
      }
    }
    return network_.n_nodes() > 0 ? sum / static_cast<double>(network_.n_nodes()) : 0.0;
  }

  struct Scratch {};  // no per-node memory beyond the replication state
  Scratch scratch() const { return {}; }

  // Step 0: nobody adopts without a seed.
  void begin(const CounterRng&, ReplicationState&, Scratch&, std::vector<NodeId>&) const {}

  // u (adopted at the previous step) shares; new adopters are appended to `adopted_now`.
  void share(NodeId u, const CounterRng& rng, ReplicationState& state, Scratch&,
             std::vector<NodeId>& adopted_now) const {
    const int k = static_cast<int>(network_.kind(u));
    const bool always_seen = model_.visibility[k] >= 1.0;
    const Kind origin = state.chain_origin(u);
    const auto& offsets = network_.offsets();
    const auto& targets = network_.targets();
    for (EdgeId e = offsets[u], end = offsets[u + 1]; e < end; ++e) {
      const NodeId v = targets[e];
      if (!always_seen &&
          !CounterRng::below_threshold(rng.bits(e, Purpose::kSee), see_threshold_[k]))
        continue;
      state.expose(v, origin);
      if (state.adopted(v)) continue;
      if (CounterRng::below_threshold(rng.bits(e, Purpose::kAdopt), adopt_threshold(e, v, k)) &&
          state.adopt(v, origin)) {
        adopted_now.push_back(v);
      }
    }
  }

 private:
  const IndependentCascade& model_;
  const Network& network_;
  std::uint64_t uniform_threshold_[kKindCount]{};
  std::uint64_t see_threshold_[kKindCount]{};
  bool per_edge_ = false;
};

}  // namespace socialreach::detail
