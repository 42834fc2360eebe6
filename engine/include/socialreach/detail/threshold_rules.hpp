// Share rules of the threshold family for the step driver (see socialreach/linear_threshold.hpp
// and socialreach/threshold.hpp): a share by u adds u's influence to a per-node counter at each
// audience member, which adopts once its counter reaches its threshold. Counters are only ever
// incremented; no neighbourhood is rescanned.
#pragma once

#include <algorithm>
#include <cmath>
#include <vector>

#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/detail/driver.hpp"
#include "socialreach/detail/replication_state.hpp"
#include "socialreach/detail/stamped_values.hpp"
#include "socialreach/linear_threshold.hpp"
#include "socialreach/network.hpp"
#include "socialreach/threshold.hpp"

namespace socialreach::detail {

// Relative slack on threshold comparisons, so that sums of credibilities that are equal to the
// threshold in exact arithmetic (0.7 * 10 vs 7) are not lost to rounding.
inline constexpr double kThresholdSlack = 1e-9;

inline bool reaches(double received, double need) {
  return received >= need - kThresholdSlack * std::abs(need);
}

class LinearThresholdRule {
 public:
  LinearThresholdRule(const LinearThreshold& model, const Network& network)
      : model_(model), network_(network), scale_(network.n_nodes(), 1.0) {
    // Sum of credibility-weighted raw weights into each node; scale so they sum to at most 1.
    std::vector<double> total(network.n_nodes(), 0.0);
    const auto& offsets = network.offsets();
    for (NodeId u = 0; u < static_cast<NodeId>(network.n_nodes()); ++u) {
      const double c = model.credibility[static_cast<int>(network.kind(u))];
      for (EdgeId e = offsets[u]; e < offsets[u + 1]; ++e) {
        const NodeId v = network.targets()[e];
        total[v] += c * raw_weight(e, v);
      }
    }
    for (std::size_t v = 0; v < total.size(); ++v) scale_[v] = 1.0 / std::max(1.0, total[v]);
  }

  struct Scratch {
    StampedValues<double> influence;  // summed weight of adopted in-neighbours
  };
  Scratch scratch() const { return {StampedValues<double>(network_.n_nodes(), 0.0)}; }

  void begin(const CounterRng&, ReplicationState&, Scratch& scratch, std::vector<NodeId>&) const {
    scratch.influence.begin();
  }

  void share(NodeId u, const CounterRng& rng, ReplicationState& state, Scratch& scratch,
             std::vector<NodeId>& adopted_now) const {
    const double c = model_.credibility[static_cast<int>(network_.kind(u))];
    const Kind origin = state.chain_origin(u);
    const auto& offsets = network_.offsets();
    for (EdgeId e = offsets[u], end = offsets[u + 1]; e < end; ++e) {
      const NodeId v = network_.targets()[e];
      state.expose(v, origin);
      if (state.adopted(v)) continue;
      double& influence = scratch.influence[v];
      influence += c * raw_weight(e, v) * scale_[v];
      // theta_v ~ Uniform[0, 1]: a pure function of (seed, replication, v), drawn when needed.
      if (influence >= rng.uniform(v, Purpose::kThreshold) && state.adopt(v, origin)) {
        adopted_now.push_back(v);
      }
    }
  }

 private:
  double raw_weight(EdgeId e, NodeId v) const {
    return network_.weighted() ? static_cast<double>(network_.weights()[e])
                               : 1.0 / network_.in_degrees()[v];
  }

  const LinearThreshold& model_;
  const Network& network_;
  std::vector<double> scale_;
};

class ThresholdRule {
 public:
  ThresholdRule(const Threshold& model, const Network& network)
      : model_(model), network_(network), n_(network.n_nodes()) {
    using Form = ThresholdPhi::Form;
    const Form form = model.phi.form;
    drawn_ = form == Form::uniform || form == Form::normal;
    // Drawn thresholds can be <= 0 (and then adopt at step 0) unless Uniform(low > 0, ...).
    scan_at_start_ = form == Form::normal || (form == Form::uniform && model.phi.low <= 0.0);
    if (form == Form::normal && model.phi.mean > 0.0 && model.phi.sd > 0.0) {
      // The Box-Muller deviate is at least -sqrt(-2 ln u1), so phi > 0 for certain when
      // u1 > exp(-(mean / sd)^2 / 2); the 1e-6 margin keeps rounding from ever deciding.
      const double z = model.phi.mean / model.phi.sd;
      surely_positive_above_ = portable_exp(-0.5 * z * z) * (1.0 + 1e-6);
    }
    if (!drawn_) {
      for (NodeId v = 0; v < static_cast<NodeId>(n_); ++v) {
        if (fixed_phi(v) <= 0.0) start_alone_.push_back(v);
      }
      if (model.observe == Observe::all) {  // the crowd's order is the same in every replication
        crowd_need_.resize(n_);
        crowd_order_.resize(n_);
        for (NodeId v = 0; v < static_cast<NodeId>(n_); ++v) {
          crowd_need_[v] = crowd_need(fixed_phi(v));
          crowd_order_[v] = v;
        }
        sort_by_need(crowd_order_, crowd_need_);
      }
    }
  }

  struct Scratch {
    StampedValues<double> received;  // observe = neighbors: credibility-weighted adopters seen
    std::vector<double> need;        // observe = all, drawn phi: this replication's needs
    std::vector<NodeId> unreached;   // ... and the nodes not yet reached, a heap by need
    std::size_t next = 0;            // observe = all, fixed phi: first of crowd_order_ not reached
    double total = 0.0;              // observe = all: credibility-weighted adopters so far
    bool everyone_exposed = false;
  };
  Scratch scratch() const {
    Scratch s{
        StampedValues<double>(model_.observe == Observe::all ? 0 : n_, 0.0), {}, {}, 0, 0.0, false};
    if (drawn_ && model_.observe == Observe::all) {
      s.need.resize(n_);
      s.unreached.reserve(n_);
    }
    return s;
  }

  // Step 0: nodes with threshold <= 0 adopt without seeds.
  void begin(const CounterRng& rng, ReplicationState& state, Scratch& s,
             std::vector<NodeId>& adopted_now) const {
    auto start = [&](NodeId v) {
      if (state.adopt(v, network_.kind(v))) adopted_now.push_back(v);
    };
    if (model_.observe == Observe::all) {
      s.next = 0;
      s.total = 0.0;
      s.everyone_exposed = false;
      if (drawn_) {
        s.unreached.clear();
        for (NodeId v = 0; v < static_cast<NodeId>(n_); ++v) {
          s.need[v] = crowd_need(phi(v, rng));
          s.unreached.push_back(v);
        }
        std::make_heap(s.unreached.begin(), s.unreached.end(), later(s.need));
      }
      const auto& need = drawn_ ? s.need : crowd_need_;
      for (; crowd_left(s) && need[crowd_next(s)] <= 0.0; crowd_pop(s)) {
        if (phi(crowd_next(s), rng) <= 0.0) start(crowd_next(s));
      }
      return;
    }
    s.received.begin();
    if (!drawn_) {
      for (NodeId v : start_alone_) start(v);
    } else if (scan_at_start_) {
      for (NodeId v = 0; v < static_cast<NodeId>(n_); ++v) {
        if (may_start_alone(v, rng) && phi(v, rng) <= 0.0) start(v);
      }
    }
  }

  void share(NodeId u, const CounterRng& rng, ReplicationState& state, Scratch& s,
             std::vector<NodeId>& adopted_now) const {
    const double c = model_.credibility[static_cast<int>(network_.kind(u))];
    const Kind origin = state.chain_origin(u);
    if (model_.observe == Observe::all) {
      expose_everyone(u, origin, n_, s.everyone_exposed, state);
      s.total += c;
      const auto& need = drawn_ ? s.need : crowd_need_;
      for (; crowd_left(s) && reaches(s.total, need[crowd_next(s)]); crowd_pop(s)) {
        if (state.adopt(crowd_next(s), origin)) adopted_now.push_back(crowd_next(s));
      }
      return;
    }
    const auto& offsets = network_.offsets();
    for (EdgeId e = offsets[u], end = offsets[u + 1]; e < end; ++e) {
      const NodeId v = network_.targets()[e];
      state.expose(v, origin);
      if (state.adopted(v)) continue;
      double& received = s.received[v];
      received += c;
      const double phi_v = phi(v, rng);
      const double need = model_.relative ? phi_v * network_.in_degrees()[v] : phi_v;
      if (reaches(received, need) && state.adopt(v, origin)) adopted_now.push_back(v);
    }
  }

 private:
  double fixed_phi(NodeId v) const {
    return model_.phi.form == ThresholdPhi::Form::per_node ? model_.phi.per_node[v]
                                                           : model_.phi.value;
  }

  // phi_v in this replication: fixed, or drawn from (seed, replication, v).
  double phi(NodeId v, const CounterRng& rng) const {
    switch (model_.phi.form) {
      case ThresholdPhi::Form::uniform:
        return model_.phi.low +
               (model_.phi.high - model_.phi.low) * rng.uniform(v, Purpose::kThreshold);
      case ThresholdPhi::Form::normal:
        return model_.phi.mean + model_.phi.sd * rng.standard_normal(v, Purpose::kThreshold);
      default:
        return fixed_phi(v);
    }
  }

  // Whether phi_v <= 0 is possible, from the first of the normal deviate's two numbers only
  // (the same number phi draws, so this decides nothing phi would not): most nodes of a
  // Normal(mean > 0, sd) threshold are excluded without a logarithm and a cosine.
  bool may_start_alone(NodeId v, const CounterRng& rng) const {
    return surely_positive_above_ >= 1.0 ||
           1.0 - rng.uniform(2 * std::uint64_t{v}, Purpose::kThreshold) <= surely_positive_above_;
  }

  // Adopters a crowd member must see: a fraction of the n - 1 others, or a count.
  double crowd_need(double phi_v) const {
    return model_.relative ? phi_v * static_cast<double>(n_ - 1) : phi_v;
  }

  // The crowd is reached in order of need (ties by id): with fixed phi the order made once per
  // run, with drawn phi a heap of this replication's needs, so that a cascade that stops after k
  // of n nodes costs O(n + k log n), not a sort of everyone.
  struct Later {  // a after b in that order
    const std::vector<double>& need;
    bool operator()(NodeId a, NodeId b) const {
      return need[a] > need[b] || (need[a] == need[b] && a > b);
    }
  };
  static Later later(const std::vector<double>& need) { return {need}; }
  static void sort_by_need(std::vector<NodeId>& order, const std::vector<double>& need) {
    std::sort(order.begin(), order.end(), [&](NodeId a, NodeId b) { return later(need)(b, a); });
  }
  bool crowd_left(const Scratch& s) const {
    return drawn_ ? !s.unreached.empty() : s.next < crowd_order_.size();
  }
  NodeId crowd_next(const Scratch& s) const {
    return drawn_ ? s.unreached.front() : crowd_order_[s.next];
  }
  void crowd_pop(Scratch& s) const {
    if (!drawn_) {
      ++s.next;
      return;
    }
    std::pop_heap(s.unreached.begin(), s.unreached.end(), later(s.need));
    s.unreached.pop_back();
  }

  const Threshold& model_;
  const Network& network_;
  std::int64_t n_;
  bool drawn_ = false;
  bool scan_at_start_ = false;
  double surely_positive_above_ = 1.0;  // u1 above this: phi_v > 0 (1: no such u1)
  std::vector<NodeId> start_alone_;     // fixed phi <= 0
  std::vector<double> crowd_need_;      // fixed phi, observe = all
  std::vector<NodeId> crowd_order_;
};

}  // namespace socialreach::detail
