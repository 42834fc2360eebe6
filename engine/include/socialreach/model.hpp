// The adoption rules the simulator can drive, chosen once per run (never a virtual call per edge).
// Adding a model: one header, one test file, one scenario, one alternative here.
#pragma once

#include <variant>

#include "socialreach/independent_cascade.hpp"

namespace socialreach {

using Model = std::variant<IndependentCascade>;

inline void validate(const Model& model) {
  std::visit([](const auto& m) { m.validate(); }, model);
}

}  // namespace socialreach
