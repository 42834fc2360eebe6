// Linear threshold model (Kempe, Kleinberg, Tardos, "Maximizing the spread of influence through a
// social network", KDD 2003, section 2).
//
// Rule: every node v draws a threshold theta_v uniformly on [0, 1] afresh in each replication.
// Each in-edge u -> v carries an influence weight
//   b_uv = c[kind(u)] * w_uv / max(1, sum over in-edges u' -> v of c[kind(u')] * w_u'v),
// where w_uv is the tie weight when the network is weighted and 1 / in-degree(v) otherwise, and
// c is the credibility of the sender's kind; so the weights into a node sum to at most 1. A node
// that adopts at step t shares at step t + 1 (its audience is exposed); v adopts at the first step
// in which the summed weight of its adopted in-neighbours reaches theta_v. Seeds adopt at their
// start step. Influence is accumulated in a per-node counter as shares arrive (no rescans).
// Parameters: credibility >= 0 per kind (default 1). With the defaults this is the classic LT
// model with weights 1 / in-degree, equivalent to KKT's live-edge process (Theorem 2.5).
#pragma once

#include "socialreach/kind.hpp"

namespace socialreach {

struct LinearThreshold {
  PerKind credibility = {1.0, 1.0, 1.0};

  void validate() const;
};

}  // namespace socialreach
