// Network: CSR layout, undirected storage, validation messages, binary round trip, real data.
#include "socialreach/network.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "test_support.hpp"

namespace socialreach {
namespace {

using testing::message_of;
using testing::network_of;

TEST(Network, CsrKeepsInputOrderWithinEachAudience) {
  const Network net = network_of({{2, 0}, {0, 3}, {0, 1}, {2, 1}}, 4, true);
  EXPECT_EQ(net.n_nodes(), 4);
  EXPECT_EQ(net.n_edges(), 4);
  EXPECT_EQ(std::vector(net.offsets().begin(), net.offsets().end()),
            (std::vector<EdgeId>{0, 2, 2, 4, 4}));
  EXPECT_EQ(std::vector(net.targets().begin(), net.targets().end()),
            (std::vector<NodeId>{3, 1, 0, 1}));
  EXPECT_EQ(std::vector(net.in_degrees().begin(), net.in_degrees().end()),
            (std::vector<std::uint32_t>{1, 2, 0, 1}));
  EXPECT_EQ(net.kind(0), Kind::public_);
}

TEST(Network, KeepsItsInDegreeRangeAndKinds) {
  // In-degrees 1, 2, 0, 1: the smallest above 0 is 1, the largest 2; every node is public.
  const Network net = network_of({{2, 0}, {0, 3}, {0, 1}, {2, 1}}, 4, true);
  EXPECT_EQ(net.smallest_in_degree(), 1u);
  EXPECT_EQ(net.largest_in_degree(), 2u);
  EXPECT_TRUE(net.has_kind(Kind::public_));
  EXPECT_FALSE(net.has_kind(Kind::employee));
  EXPECT_EQ(net.sole_kind(), Kind::public_);
  const std::vector<std::int64_t> kinds{1, 2, 1, 1};
  const Network relabelled = net.with_kinds(kinds);
  EXPECT_TRUE(relabelled.has_kind(Kind::employee));
  EXPECT_TRUE(relabelled.has_kind(Kind::public_));
  EXPECT_FALSE(relabelled.has_kind(Kind::company));
  EXPECT_EQ(relabelled.sole_kind(), std::nullopt);
  EXPECT_EQ(net.with_kinds(std::vector<std::int64_t>(4, 0)).sole_kind(), Kind::company);
  // A cycle with a chord: in-degrees 1, 2, 1 (none zero).
  const Network cycle = network_of({{0, 1}, {1, 2}, {2, 0}, {0, 1}}, 3, true);
  EXPECT_EQ(cycle.smallest_in_degree(), 1u);
  EXPECT_EQ(cycle.largest_in_degree(), 2u);
  const Network empty = network_of({}, 3, true);
  EXPECT_EQ(empty.smallest_in_degree(), 0u);
  EXPECT_EQ(empty.largest_in_degree(), 0u);
}

TEST(Network, UndirectedStoresBothDirections) {
  const Network net = network_of({{0, 1}, {1, 2}}, 3, false);
  EXPECT_EQ(net.n_edges(), 4);
  EXPECT_EQ(net.out_degree(1), 2u);
  EXPECT_FALSE(net.directed());
}

TEST(Network, ErrorsNameParameterRangeAndValue) {
  std::vector<std::int64_t> src{0, 1}, dst{1, 5}, shorter{1};
  EdgeListInput in;
  in.src = src;
  in.dst = dst;
  in.n_nodes = 3;
  EXPECT_EQ(message_of([&] { Network::from_edges(in); }),
            "Network.from_edges.dst must be node ids in [0, n_nodes - 1] = [0, 2], got 5 (at "
            "position 1)");
  EXPECT_THROW(Network::from_edges(in), std::out_of_range);
  in.dst = shorter;
  EXPECT_EQ(message_of([&] { Network::from_edges(in); }),
            "Network.from_edges: src and dst must be of the same length, got 2 and 1");
  std::vector<std::int64_t> ok{1, 2};
  std::vector<double> weights{0.5, std::nan("")};
  in.dst = ok;
  in.weights = weights;
  EXPECT_EQ(message_of([&] { Network::from_edges(in); }),
            "Network.from_edges.weights must be in (0, 1], got nan (at position 1)");
  in.weights = {};
  std::vector<std::int64_t> kinds{0, 1, 7};
  in.kinds = kinds;
  EXPECT_EQ(message_of([&] { Network::from_edges(in); }),
            "Network.from_edges.kinds[2] must be one of 'company', 'employee', 'public' (codes 0, "
            "1, 2), got 7");
  EXPECT_EQ(message_of([] { parse_kind("boss", "kinds"); }),
            "kinds must be one of 'company', 'employee', 'public', got 'boss'");
}

TEST(Network, SaveLoadRoundTripsExactly) {
  std::vector<std::int64_t> src{0, 1, 2}, dst{1, 2, 0}, kinds{0, 1, 2}, groups{4, 4, 9};
  std::vector<double> weights{0.25, 1.0, 0.1};
  EdgeListInput in{src, dst, 3, false, weights, kinds, groups};
  const Network net = Network::from_edges(in);
  const auto path =
      (std::filesystem::temp_directory_path() / "socialreach_roundtrip.srnet").string();
  net.save(path);
  const Network back = Network::load(path);
  EXPECT_EQ(back.offsets(), net.offsets());
  EXPECT_EQ(back.targets(), net.targets());
  EXPECT_EQ(back.kinds(), net.kinds());
  EXPECT_EQ(back.weights(), net.weights());
  EXPECT_EQ(back.groups(), net.groups());
  EXPECT_EQ(back.in_degrees(), net.in_degrees());
  EXPECT_EQ(back.smallest_in_degree(), net.smallest_in_degree());
  EXPECT_EQ(back.largest_in_degree(), net.largest_in_degree());
  for (Kind kind : {Kind::company, Kind::employee, Kind::public_}) {
    EXPECT_EQ(back.has_kind(kind), net.has_kind(kind));
  }
  EXPECT_EQ(back.directed(), net.directed());
  std::ofstream(path, std::ios::binary) << "not a network";
  EXPECT_THROW(Network::load(path), std::invalid_argument);
  std::remove(path.c_str());
}

TEST(Network, WeightedNetworkCostsAtMostEightBytesPerEdgeWithItsNodes) {
  std::vector<std::int64_t> src(1000), dst(1000);
  std::vector<double> halves(1000, 0.5), spread(1000);
  for (int i = 0; i < 1000; ++i) {
    src[i] = i % 100;
    dst[i] = (i * 7) % 100;
    spread[i] = (i + 1) / 1000.0;  // 1,000 distinct weights
  }
  const Network coded = Network::from_edges({src, dst, 100, true, halves, {}, {}});
  // targets (4 bytes) + weight codes (2 bytes) per edge, one table entry; offsets (8 bytes), kinds
  // (1) and in-degrees (4) per node.
  EXPECT_EQ(coded.memory_bytes(), 1000 * 6 + 1 * 4 + 101 * 8 + 100 * 1 + 100 * 4);
  EXPECT_LE(coded.memory_bytes(), 8 * coded.n_edges());
  const Network plain = Network::from_edges({src, dst, 100, true, spread, {}, {}});
  // As many distinct weights as edges: a float per edge.
  EXPECT_EQ(plain.memory_bytes(), 1000 * 8 + 101 * 8 + 100 * 1 + 100 * 4);
}

TEST(Network, ReadsTheRealEmailNetworkShape) {
  // email-Eu-core (SNAP): 1,005 people, 25,571 directed edges.
  std::ifstream file(testing::data_dir() + "/email-Eu-core.txt");
  ASSERT_TRUE(file) << "set SOCIALREACH_DATA or set up ../shared/data (see README)";
  std::vector<std::int64_t> src, dst;
  for (std::int64_t u, v; file >> u >> v;) {
    src.push_back(u);
    dst.push_back(v);
  }
  EdgeListInput in;
  in.src = src;
  in.dst = dst;
  const Network net = Network::from_edges(in);
  EXPECT_EQ(net.n_nodes(), 1005);
  EXPECT_EQ(net.n_edges(), 25571);
}

}  // namespace
}  // namespace socialreach
