// What a node watches when it decides: the in-neighbours of the network, or the whole population
// (a crowd, as in classic Bass diffusion, classic herding and Granovetter's riot). "all" is served
// by global counters: no complete graph is ever built.
#pragma once

#include <cstdint>
#include <string_view>

namespace socialreach {

enum class Observe : std::uint8_t { neighbors = 0, all = 1 };

// Parses "neighbors" or "all"; throws std::invalid_argument naming `parameter`.
Observe parse_observe(std::string_view name, std::string_view parameter);

}  // namespace socialreach
