// Generators: sizes, degrees, determinism, and their published means.
#include "socialreach/generators.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <set>

namespace socialreach {
namespace {

std::vector<std::uint32_t> degrees(const Network& net) {
  std::vector<std::uint32_t> d(net.n_nodes());
  for (NodeId u = 0; u < d.size(); ++u) d[u] = net.out_degree(u);
  return d;
}

TEST(Generators, ErdosRenyiMeanDegreeWithinStandardError) {
  const std::int64_t n = 200'000;
  const Network net = generators::erdos_renyi(n, 4.0, false, 1);
  // Number of ties ~ Binomial(n(n-1)/2, p): mean n z / 2, sd ~ sqrt(n z / 2).
  const double ties = static_cast<double>(net.n_edges()) / 2, expected = n * 4.0 / 2;
  EXPECT_NEAR(ties, expected, 4 * std::sqrt(expected));
  const Network directed = generators::erdos_renyi(n, 4.0, true, 1);
  EXPECT_NEAR(static_cast<double>(directed.n_edges()), n * 4.0, 4 * std::sqrt(n * 4.0));
  EXPECT_TRUE(directed.directed());
}

TEST(Generators, ErdosRenyiHasNoLoopsOrRepeatsAndIsDeterministic) {
  const Network net = generators::erdos_renyi(3000, 10.0, true, 7);
  for (NodeId u = 0; u < 3000; ++u) {
    std::set<NodeId> seen;
    for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e) {
      EXPECT_NE(net.targets()[e], u);
      EXPECT_TRUE(seen.insert(net.targets()[e]).second);
    }
  }
  EXPECT_EQ(generators::erdos_renyi(3000, 10.0, true, 7).targets(), net.targets());
  EXPECT_NE(generators::erdos_renyi(3000, 10.0, true, 8).targets(), net.targets());
}

TEST(Generators, BarabasiAlbertHasNetworkxTieCount) {
  const Network net = generators::barabasi_albert(10'000, 3, 5);
  EXPECT_EQ(net.n_edges() / 2, 3 + (10'000 - 4) * 3);  // star on m + 1 nodes, then m per node
  const auto d = degrees(net);
  EXPECT_GE(*std::min_element(d.begin() + 4, d.end()), 3u);
  EXPECT_GT(*std::max_element(d.begin(), d.end()), 100u);  // hubs exist
}

TEST(Generators, RingLatticeAndWattsStrogatzKeepTieCount) {
  const Network ring = generators::ring_lattice(100, 6);
  for (auto d : degrees(ring)) EXPECT_EQ(d, 6u);
  const Network ws = generators::watts_strogatz(1000, 6, 0.2, 3);
  EXPECT_EQ(ws.n_edges(), 1000 * 6);
  EXPECT_EQ(generators::watts_strogatz(1000, 6, 0.0, 3).targets().size(),
            ring.targets().size() * 10);
  EXPECT_THROW(generators::ring_lattice(10, 3), std::invalid_argument);
}

TEST(Generators, ConfigurationModelKeepsDegrees) {
  std::vector<std::int64_t> wanted{5, 1, 3, 2, 2, 1, 4};
  const Network net = generators::configuration_model(wanted, 11);
  const auto d = degrees(net);
  for (std::size_t v = 0; v < wanted.size(); ++v) {
    // A self-loop is stored twice at its node, so out-degree counts stubs exactly.
    EXPECT_EQ(d[v], static_cast<std::uint32_t>(wanted[v]));
  }
  std::vector<std::int64_t> odd{1, 2};
  EXPECT_THROW(generators::configuration_model(odd, 1), std::invalid_argument);
}

TEST(Generators, CompleteAndEmpty) {
  EXPECT_EQ(generators::complete(10).n_edges(), 90);
  EXPECT_EQ(generators::empty(10).n_edges(), 0);
  EXPECT_EQ(generators::empty(10).n_nodes(), 10);
}

}  // namespace
}  // namespace socialreach
