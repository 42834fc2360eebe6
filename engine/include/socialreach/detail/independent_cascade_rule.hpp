// The independent cascade share rule (see socialreach/independent_cascade.hpp): u shares once;
// each audience member sees it with the sender kind's visibility and adopts with p_uv.
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
      uniform_p_[k] = credible_probability(model.p, model.credibility[k]);
    }
    per_edge_ = model.weighted_cascade || network.weighted();
  }

  struct Scratch {};  // no per-node memory beyond the replication state
  Scratch scratch() const { return {}; }

  // Step 0: nobody adopts without a seed.
  void begin(const CounterRng&, ReplicationState&, Scratch&, std::vector<NodeId>&) const {}

  // u (adopted at the previous step) shares; new adopters are appended to `adopted_now`.
  void share(NodeId u, const CounterRng& rng, ReplicationState& state, Scratch&,
             std::vector<NodeId>& adopted_now) const {
    const int k = static_cast<int>(network_.kind(u));
    const double visibility = model_.visibility[k];
    const Kind origin = state.chain_origin(u);
    const auto& offsets = network_.offsets();
    const auto& targets = network_.targets();
    for (EdgeId e = offsets[u], end = offsets[u + 1]; e < end; ++e) {
      const NodeId v = targets[e];
      const auto words = rng.words(e, Purpose::kAdopt);
      if (visibility < 1.0 && CounterRng::to_unit(words[1]) >= visibility) continue;
      state.expose(v, origin);
      if (state.adopted(v)) continue;
      const double p = per_edge_ ? edge_probability(e, v, k) : uniform_p_[k];
      if (CounterRng::to_unit(words[0]) < p && state.adopt(v, origin)) adopted_now.push_back(v);
    }
  }

 private:
  double edge_probability(EdgeId e, NodeId v, int k) const {
    double base = model_.weighted_cascade ? 1.0 / network_.in_degrees()[v] : model_.p;
    if (network_.weighted()) base *= network_.weights()[e];
    return credible_probability(base, model_.credibility[k]);
  }

  const IndependentCascade& model_;
  const Network& network_;
  PerKind uniform_p_{};
  bool per_edge_ = false;
};

}  // namespace socialreach::detail
