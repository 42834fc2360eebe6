// Exact expected adopters of an independent cascade by enumerating every live-edge graph
// (Kempe, Kleinberg, Tardos 2003, Claim 2.3: IC from seeds S adopts exactly the nodes reachable
// from S through edges that are independently live with probability p_e).
#pragma once

#include <cstdint>
#include <vector>

#include "socialreach/network.hpp"

namespace socialreach::testing {

// live[e] is the probability that stored edge e is live. Feasible for up to ~20 edges.
inline double expected_adopters(const Network& net, const std::vector<double>& live,
                                const std::vector<NodeId>& seeds) {
  const std::int64_t m = net.n_edges();
  double expectation = 0.0;
  for (std::uint64_t mask = 0; mask < (std::uint64_t{1} << m); ++mask) {
    double weight = 1.0;
    for (std::int64_t e = 0; e < m; ++e) weight *= (mask >> e & 1) ? live[e] : 1.0 - live[e];
    if (weight == 0.0) continue;
    std::vector<bool> reached(net.n_nodes(), false);
    std::vector<NodeId> stack(seeds.begin(), seeds.end());
    for (NodeId s : seeds) reached[s] = true;
    std::int64_t count = static_cast<std::int64_t>(seeds.size());
    while (!stack.empty()) {
      const NodeId u = stack.back();
      stack.pop_back();
      for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e) {
        const NodeId v = net.targets()[e];
        if ((mask >> e & 1) && !reached[v]) {
          reached[v] = true;
          ++count;
          stack.push_back(v);
        }
      }
    }
    expectation += weight * static_cast<double>(count);
  }
  return expectation;
}

}  // namespace socialreach::testing
