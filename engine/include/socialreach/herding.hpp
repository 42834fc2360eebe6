// Sequential social learning, herding (Bikhchandani, Hirshleifer, Welch, "A theory of fads,
// fashion, custom, and cultural change as informational cascades", JPE 1992).
//
// Rule: each node decides once, adopt (+1) or reject (-1), in an order: seeds decide first (they
// adopt, at step 0); then order = random: every other node, in a fresh uniform permutation per
// replication; order = exposure: only nodes reached by an adopter's share, in the order they are
// reached (first in, first out). Decision number i is step i. The true state is `good` (adopting
// is right) or bad; a node's private signal points to the true state with probability
// signal_precision. The node adds its signal (+1 or -1) to the credibility-weighted sum of the
// decisions it has seen, c[kind(u)] * decision(u), from its in-neighbours (observe = neighbors;
// kept in per-node counters updated when a neighbour decides) or from everyone (observe = all; one
// global counter). It adopts if the total is positive, rejects if negative, and flips a fair coin
// on a tie (|total| <= 1e-9). With credibility 1 and observe = all this is exactly the BHW model:
// a cascade starts once adopters lead rejecters by two.
// An adopter shares once: its audience (everyone with observe = all) is exposed.
// Parameters: signal_precision in [0.5, 1] (default 0.6); state good (default) or bad; observe
// neighbors (default) or all; order random (default) or exposure (needs observe = neighbors and
// seeds); credibility >= 0 per kind (default 1). Results also count rejecters.
#pragma once

#include <cstdint>
#include <string_view>

#include "socialreach/kind.hpp"
#include "socialreach/observe.hpp"

namespace socialreach {

enum class HerdingOrder : std::uint8_t { random = 0, exposure = 1 };

struct Herding {
  double signal_precision = 0.6;
  bool good_state = true;
  Observe observe = Observe::neighbors;
  HerdingOrder order = HerdingOrder::random;
  PerKind credibility = {1.0, 1.0, 1.0};

  void validate() const;
  // With order = random everybody decides, seeds or not.
  bool needs_seeds() const { return order == HerdingOrder::exposure; }
};

// Parse "random"/"exposure" and "good"/"bad" (true for good); errors name `parameter`.
HerdingOrder parse_herding_order(std::string_view name, std::string_view parameter);
bool parse_herding_state(std::string_view name, std::string_view parameter);

}  // namespace socialreach
