// Bass diffusion (Bass, "A new product growth for model consumer durables", Management Science
// 1969) on a network, in discrete steps of length dt.
//
// Rule: in every step each node that has not adopted adopts with probability
//   (p + q * A_v) * dt,
// p the coefficient of innovation, q of imitation, and A_v the credibility-weighted fraction of
// its adopted in-neighbours, min(1, sum over adopted u -> v of c[kind(u)] / in-degree(v)) with
// observe = neighbors, or of the whole population, min(1, sum over adopters of c / (n - 1)), with
// observe = all (one global counter; no complete graph). Adopters of step t count in A from step
// t + 1, when they share (their audience, or everyone, is exposed). Seeds adopt at their start
// step; with p > 0 no seeds are needed. Step t is time t * dt; with observe = all and n large the
// mean cumulative fraction follows F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t}).
// Innovators are drawn by geometric skipping over the non-adopters, so a step costs O(adopters)
// with observe = all; with observe = neighbors a node's imitation step is drawn (geometric, with
// its per-step chance) whenever an in-neighbour adopts, so nodes waiting cost nothing per step.
// Parameters: p in [0, 1] (default 0.03); q >= 0 (default 0.38); dt in (0, 1 / (p + q)] so that
// probabilities stay <= 1 (default 0.01); observe neighbors (default) or all; credibility >= 0.
#pragma once

#include "socialreach/kind.hpp"
#include "socialreach/observe.hpp"

namespace socialreach {

struct Bass {
  double p = 0.03;
  double q = 0.38;
  double dt = 0.01;
  Observe observe = Observe::neighbors;
  PerKind credibility = {1.0, 1.0, 1.0};

  void validate() const;
  // Innovators adopt without seeds.
  bool needs_seeds() const { return false; }
};

}  // namespace socialreach
