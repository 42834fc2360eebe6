// Components: exact answers on small graphs whose components are known by construction.
#include "socialreach/components.hpp"

#include <gtest/gtest.h>

#include "socialreach/generators.hpp"
#include "test_support.hpp"

namespace socialreach {
namespace {

using testing::network_of;

TEST(Components, WeakAndStrongOnADirectedGraph) {
  // 0 -> 1 -> 2 -> 0 is a cycle (one strong component); 2 -> 3 hangs off it; 4 <-> 5 is a pair;
  // 6 is alone.
  const Network net = network_of({{0, 1}, {1, 2}, {2, 0}, {2, 3}, {4, 5}, {5, 4}}, 7, true);
  EXPECT_EQ(components(net, false), (std::vector<std::int32_t>{0, 0, 0, 0, 1, 1, 2}));
  EXPECT_EQ(components(net, true), (std::vector<std::int32_t>{0, 0, 0, 1, 2, 2, 3}));
}

TEST(Components, RingLatticeIsOneComponentAndEmptyGraphIsAllSingletons) {
  for (auto label : components(generators::ring_lattice(100, 2), true)) EXPECT_EQ(label, 0);
  const auto singles = components(generators::empty(5), false);
  EXPECT_EQ(singles, (std::vector<std::int32_t>{0, 1, 2, 3, 4}));
}

}  // namespace
}  // namespace socialreach
