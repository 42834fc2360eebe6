// Linear threshold against exact enumeration of its live-edge form (Kempe, Kleinberg, Tardos 2003,
// Theorem 2.5: each node keeps at most one in-edge, u -> v with probability b_uv, and the adopters
// are the nodes reachable from the seeds). Tolerance: 4 standard errors, fixed seeds.
#include <gtest/gtest.h>

#include <functional>

#include "socialreach/simulator.hpp"
#include "test_support.hpp"

namespace socialreach {
namespace {

using testing::network_of;
using testing::sample_of;

// b[e]: influence weight of stored edge e. Enumerates every choice of one in-edge (or none) per
// node; feasible for tiny graphs.
double expected_lt_adopters(const Network& net, const std::vector<double>& b,
                            const std::vector<NodeId>& seeds) {
  const std::int64_t n = net.n_nodes();
  std::vector<std::vector<EdgeId>> in(n);
  for (NodeId u = 0; u < n; ++u) {
    for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e)
      in[net.targets()[e]].push_back(e);
  }
  std::vector<std::int64_t> chosen(n, -1);  // edge chosen by each node, -1 for none
  std::function<double(std::int64_t, double)> visit = [&](std::int64_t v, double weight) -> double {
    if (weight == 0.0) return 0.0;
    if (v == n) {
      std::vector<bool> reached(n, false);
      std::vector<NodeId> stack(seeds.begin(), seeds.end());
      for (NodeId s : seeds) reached[s] = true;
      double count = static_cast<double>(seeds.size());
      while (!stack.empty()) {
        const NodeId u = stack.back();
        stack.pop_back();
        for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e) {
          const NodeId w = net.targets()[e];
          if (chosen[w] == static_cast<std::int64_t>(e) && !reached[w]) {
            reached[w] = true;
            ++count;
            stack.push_back(w);
          }
        }
      }
      return weight * count;
    }
    double none = 1.0, total = 0.0;
    for (EdgeId e : in[v]) {
      none -= b[e];
      chosen[v] = static_cast<std::int64_t>(e);
      total += visit(v + 1, weight * b[e]);
    }
    chosen[v] = -1;
    return total + visit(v + 1, weight * std::max(none, 0.0));
  };
  return visit(0, 1.0);
}

testing::Sample simulated(const Network& net, const LinearThreshold& model,
                          std::vector<std::int64_t> seeds, std::int64_t replications = 200'000) {
  return sample_of(
      testing::simulate_seeded(net, model, std::move(seeds), replications, 11).adopters);
}

TEST(LinearThreshold, PathWithWeightsOneOverDegreeGivesTwoAdoptersFromAnEnd) {
  const Network path = network_of({{0, 1}, {1, 2}}, 3, false);
  std::vector<double> b(path.n_edges());
  for (NodeId u = 0; u < 3; ++u) {
    for (EdgeId e = path.offsets()[u]; e < path.offsets()[u + 1]; ++e) {
      b[e] = 1.0 / path.in_degrees()[path.targets()[e]];
    }
  }
  const double exact = expected_lt_adopters(path, b, {0});
  EXPECT_DOUBLE_EQ(exact, 2.0);  // node 1 with probability 1/2, then node 2 surely
  const auto sim = simulated(path, LinearThreshold{}, {0});
  EXPECT_NEAR(sim.mean, exact, 4 * sim.sem);
}

TEST(LinearThreshold, CredibilityScalesAndNormalisesInfluenceWeights) {
  // 0 (employee) and 1 (company) point at 2 and 3; 2 -> 4 and 3 -> 4; kinds decide the weights.
  const Network net =
      network_of({{0, 2}, {1, 2}, {1, 3}, {2, 4}, {3, 4}, {0, 3}}, 5, true, {1, 0, 2, 2, 2});
  LinearThreshold model;
  model.credibility = {0.5, 3.0, 1.0};  // company, employee, public
  std::vector<double> b(net.n_edges());
  std::vector<double> into(5, 0.0);
  for (NodeId u = 0; u < 5; ++u) {
    for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e) {
      const NodeId v = net.targets()[e];
      into[v] += model.credibility[static_cast<int>(net.kind(u))] / net.in_degrees()[v];
    }
  }
  for (NodeId u = 0; u < 5; ++u) {
    for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e) {
      const NodeId v = net.targets()[e];
      b[e] = model.credibility[static_cast<int>(net.kind(u))] / net.in_degrees()[v] /
             std::max(1.0, into[v]);
    }
  }
  for (const std::vector<std::int64_t>& seeds : {std::vector<std::int64_t>{0}, {1}, {0, 1}}) {
    const double exact =
        expected_lt_adopters(net, b, std::vector<NodeId>(seeds.begin(), seeds.end()));
    const auto sim = simulated(net, model, seeds);
    EXPECT_NEAR(sim.mean, exact, 4 * sim.sem) << "seeds of size " << seeds.size();
  }
}

TEST(LinearThreshold, ValidateNamesParameterRangeAndValue) {
  LinearThreshold model;
  model.credibility[1] = -1;
  EXPECT_EQ(testing::message_of<std::invalid_argument>([&] { model.validate(); }),
            "LinearThreshold.credibility['employee'] must be a finite number >= 0, got -1");
}

}  // namespace
}  // namespace socialreach
