#include "socialreach/edge_weights.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <vector>

#include "socialreach/network.hpp"

namespace socialreach {
namespace {

// n edges whose weights cycle through `distinct` different values.
std::vector<float> cycling(std::size_t n, std::size_t distinct) {
  std::vector<float> w(n);
  for (std::size_t e = 0; e < n; ++e) w[e] = 1.0f / static_cast<float>(1 + e % distinct);
  return w;
}

TEST(EdgeWeights, FewDistinctValuesTakeTwoBytesPerEdgeAndReadBackExactly) {
  const std::vector<float> w = cycling(100'000, 3'000);
  const EdgeWeights weights(w);
  ASSERT_EQ(weights.size(), 100'000);
  for (std::size_t e = 0; e < w.size(); ++e) ASSERT_EQ(weights[e], w[e]) << e;
  EXPECT_EQ(weights.values(), w);
  EXPECT_EQ(weights.memory_bytes(), 100'000 * 2 + 3'000 * 4);
}

TEST(EdgeWeights, AtMost65536DistinctValuesAreCodedOneMoreIsNot) {
  const std::vector<float> fits = cycling(300'000, 65'536);
  const EdgeWeights coded(fits);
  EXPECT_EQ(coded.memory_bytes(), 300'000 * 2 + 65'536 * 4);
  EXPECT_EQ(coded.values(), fits);
  const std::vector<float> over = cycling(300'000, 65'537);
  const EdgeWeights plain(over);
  EXPECT_EQ(plain.memory_bytes(), 300'000 * 4);
  EXPECT_EQ(plain.values(), over);
}

TEST(EdgeWeights, CodesAreUsedOnlyWhereTheyTakeLessRoom) {
  // 4 values over 6 edges: a table of 16 bytes and 12 bytes of codes against 24 bytes of floats.
  const std::vector<float> w{0.5f, 0.25f, 0.125f, 1.0f, 0.5f, 0.25f};
  const EdgeWeights weights(w);
  EXPECT_EQ(weights.memory_bytes(), 24);
  EXPECT_EQ(weights.values(), w);
  EXPECT_TRUE(EdgeWeights().empty());
  EXPECT_FALSE(weights.empty());
}

TEST(EdgeWeights, NeighbouringFloatsStayDistinct) {
  // Values are told apart by their bits: the next float up from 0.1 keeps its own code.
  const float a = 0.1f, b = std::nextafter(0.1f, 1.0f);
  std::vector<float> w(1'000);
  for (std::size_t e = 0; e < w.size(); ++e) w[e] = e % 2 ? a : b;
  const EdgeWeights weights(w);
  EXPECT_LT(weights.memory_bytes(), 4'000);
  EXPECT_EQ(weights.values(), w);
}

TEST(EdgeWeights, CodedWeightsRoundTripThroughSaveAndLoad) {
  std::vector<std::int64_t> src, dst;
  std::vector<double> w;
  for (std::int64_t u = 0; u < 2'000; ++u) {
    for (std::int64_t j = 1; j <= 5; ++j) {
      src.push_back(u);
      dst.push_back((u + j * 37) % 2'000);
      w.push_back(1.0 / static_cast<double>(j + u % 7));
    }
  }
  const Network net = Network::from_edges({src, dst, 2'000, true, w, {}, {}});
  // 10,000 edges with 11 distinct weights: coded.
  EXPECT_EQ(net.weights().memory_bytes(), 10'000 * 2 + 11 * 4);
  const auto path = (std::filesystem::temp_directory_path() / "socialreach_coded.srnet").string();
  net.save(path);
  const Network back = Network::load(path);
  std::remove(path.c_str());
  EXPECT_EQ(back.weights(), net.weights());
  EXPECT_EQ(back.memory_bytes(), net.memory_bytes());
  for (std::size_t i = 0; i < src.size(); ++i) {
    const auto u = static_cast<NodeId>(src[i]);
    const auto begin = net.offsets()[u], end = net.offsets()[u + 1];
    bool found = false;
    for (auto e = begin; e < end; ++e) {
      if (net.targets()[e] == static_cast<NodeId>(dst[i])) {
        EXPECT_EQ(back.weights()[e], static_cast<float>(w[i]));
        found = true;
      }
    }
    ASSERT_TRUE(found) << i;
  }
}

}  // namespace
}  // namespace socialreach
