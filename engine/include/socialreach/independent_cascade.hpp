// Independent cascade (Kempe, Kleinberg, Tardos, "Maximizing the spread of influence through a
// social network", KDD 2003).
//
// Rule: a node that adopts at step t shares at step t + 1. Each member v of its audience sees the
// share with probability visibility[kind(u)]; a member who sees it is exposed and gets one
// independent chance to adopt with probability p_uv, where
//   base    = p, or 1 / in-degree(v) for the weighted cascade;
//   base   *= w_uv when the network has edge weights;
//   p_uv    = c * base / (1 - base + c * base) with c = credibility[kind(u)]
// (credibility multiplies the odds base / (1 - base); c = 1 leaves base unchanged).
// Parameters: p in [0, 1] (default 0.1); credibility >= 0 per kind (default 1); visibility in
// [0, 1] per kind (default 1). With the defaults this is exactly the classic IC model.
#pragma once

#include "socialreach/kind.hpp"
#include "socialreach/network.hpp"

namespace socialreach {

struct IndependentCascade {
  double p = 0.1;
  bool weighted_cascade = false;  // base = 1 / in-degree(v) instead of p
  PerKind credibility = {1.0, 1.0, 1.0};
  PerKind visibility = {1.0, 1.0, 1.0};

  void validate() const;
};

// Odds multiplication: the probability whose odds are c times the odds of p.
inline double credible_probability(double p, double c) {
  if (p >= 1.0) return c > 0.0 ? 1.0 : 0.0;
  const double boosted = c * p;
  return boosted / (1.0 - p + boosted);
}

// p_uv of stored edge e (to v) from a sender of kind k, as defined above: the simulator's
// threshold and the analytic companions both take it from here.
inline double edge_probability(const IndependentCascade& model, const Network& network, EdgeId e,
                               NodeId v, int k) {
  double base = model.weighted_cascade ? 1.0 / network.in_degrees()[v] : model.p;
  if (network.weighted()) base *= network.weights()[e];
  return credible_probability(base, model.credibility[k]);
}

// Checks credibility >= 0 and finite for every kind, naming `model`.credibility[kind].
void validate_credibility(const PerKind& credibility, const char* model);

}  // namespace socialreach
