// The adoption rules the simulator can drive, chosen once per run (never a virtual call per edge).
// Adding a model: one header, one test file, one scenario, one alternative here.
#pragma once

#include <variant>

#include "socialreach/bass.hpp"
#include "socialreach/herding.hpp"
#include "socialreach/independent_cascade.hpp"
#include "socialreach/linear_threshold.hpp"
#include "socialreach/network.hpp"
#include "socialreach/threshold.hpp"

namespace socialreach {

using Model = std::variant<IndependentCascade, LinearThreshold, Threshold, Herding, Bass>;

// Also checks what depends on the network (e.g. one threshold per node).
inline void validate(const Model& model, const Network& network) {
  std::visit(
      [&](const auto& m) {
        m.validate();
        if constexpr (requires { m.validate(network); }) m.validate(network);
      },
      model);
}

// Whether a campaign must name seeds (models that start on their own say so).
inline bool needs_seeds(const Model& model) {
  return std::visit(
      [](const auto& m) {
        if constexpr (requires { m.needs_seeds(); }) {
          return m.needs_seeds();
        } else {
          return true;
        }
      },
      model);
}

}  // namespace socialreach
