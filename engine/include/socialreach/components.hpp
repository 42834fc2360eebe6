// Connected components of a network (Boost.Graph): who can reach whom at all, whatever the
// adoption rule. A cascade from one seed never leaves its weak component, and an undirected
// network's largest component bounds every outbreak (Newman 2002).
#pragma once

#include <cstdint>
#include <vector>

#include "socialreach/network.hpp"

namespace socialreach {

// One label per node, 0 .. count - 1, numbered in order of each component's smallest node.
// strong = false: weak components (edge direction ignored); true: strongly connected ones.
std::vector<std::int32_t> components(const Network& network, bool strong);

}  // namespace socialreach
