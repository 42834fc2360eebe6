// Random and regular graph generators. Each is deterministic for a given seed (randomness comes
// from the counter-based generator keyed by the seed), linear in the number of edges, and fast at
// a million nodes. Undirected generators store every tie in both directions.
#pragma once

#include <cstdint>
#include <span>

#include "socialreach/network.hpp"

namespace socialreach::generators {

// G(n, p) with p = mean_degree / (n - 1) (Gilbert 1959), by geometric skipping (Batagelj and
// Brandes 2005). Directed: every ordered pair u != v independently, so mean out-degree.
Network erdos_renyi(std::int64_t n, double mean_degree, bool directed, std::uint64_t seed);

// Random pairing of degree stubs (Bollobas 1980; Newman, Strogatz, Watts 2001): a multigraph
// that keeps self-loops and repeated ties, as networkx.configuration_model. Sum must be even.
Network configuration_model(std::span<const std::int64_t> degrees, std::uint64_t seed);

// Preferential attachment (Barabasi and Albert 1999) as networkx.barabasi_albert_graph: a star on
// m + 1 nodes, then each new node ties to m distinct nodes chosen proportionally to degree.
Network barabasi_albert(std::int64_t n, std::int64_t m, std::uint64_t seed);

// Small world (Watts and Strogatz 1998) as networkx.watts_strogatz_graph: a ring lattice whose
// ties (u, u + j) are rewired with probability beta to a uniform node, avoiding loops and repeats.
Network watts_strogatz(std::int64_t n, std::int64_t k, double beta, std::uint64_t seed);

// Each node tied to its k nearest on the ring, k / 2 on each side (k even, 0 <= k < n).
Network ring_lattice(std::int64_t n, std::int64_t k);

// Every pair tied once.
Network complete(std::int64_t n);

// n nodes, no ties.
Network empty(std::int64_t n);

}  // namespace socialreach::generators
