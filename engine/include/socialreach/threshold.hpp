// Threshold models of social proof: fractional thresholds (Watts, "A simple model of global
// cascades on random networks", PNAS 2002) and absolute thresholds (Granovetter, "Threshold
// models of collective behavior", AJS 1978; complex contagion, Centola and Macy, AJS 2007).
//
// Rule: node v has a threshold phi_v and counts its credibility-weighted adopted in-neighbours
//   s_v = sum over adopted u with u -> v of c[kind(u)]   (c = credibility, default 1).
// v adopts at the first step in which
//   relative = true  (Watts):       s_v >= phi_v * in-degree(v)   (a fraction of in-neighbours),
//   relative = false (Granovetter): s_v >= phi_v                  (a count of adopters).
// A node that adopts at step t shares at step t + 1, adding c[kind(u)] to the counter of every
// member of its audience (counters are updated incrementally, never recomputed). Comparisons
// allow a relative rounding slack of 1e-9 so that, e.g., phi = 0.7 with 7 of 10 counts.
// observe = all: every node watches the whole population (in-degree n - 1) through one global
// counter; no complete graph is built. A node whose threshold is <= 0 adopts at step 0 without
// seeds (so a campaign may have no seeds). A node with no in-neighbours and phi > 0 never adopts.
//
// Parameters: phi is a constant, one value per node, or a distribution drawn afresh for every
// node in every replication: Uniform(low, high) or Normal(mean, sd). Relative: phi, low, high in
// [0, 1]; absolute: >= 0 and finite. Normal: mean finite, sd >= 0 finite; draws outside the
// range are kept as they are (a draw <= 0 adopts at step 0, a draw above what a node can observe
// never adopts). Defaults: relative, observe neighbors, credibility 1.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "socialreach/kind.hpp"
#include "socialreach/network.hpp"
#include "socialreach/observe.hpp"

namespace socialreach {

struct ThresholdPhi {
  enum class Form : std::uint8_t { constant = 0, per_node = 1, uniform = 2, normal = 3 };
  Form form = Form::constant;
  double value = 0.5;            // constant
  std::vector<double> per_node;  // per_node: one value per node
  double low = 0.0, high = 1.0;  // uniform on [low, high]
  double mean = 0.5, sd = 0.1;   // normal

  // From the form's name ("constant", "per_node", "uniform", "normal"): `value` for constant,
  // `per_node`, or the distribution's two parameters (low, high) or (mean, sd).
  static ThresholdPhi make(std::string_view form, double value, std::vector<double> per_node,
                           double first, double second);
};

struct Threshold {
  ThresholdPhi phi;
  bool relative = true;
  PerKind credibility = {1.0, 1.0, 1.0};
  Observe observe = Observe::neighbors;

  void validate() const;
  // Checks what depends on the network (one phi per node).
  void validate(const Network& network) const;
  // Thresholds <= 0 start adoption without seeds.
  bool needs_seeds() const { return false; }
};

}  // namespace socialreach
