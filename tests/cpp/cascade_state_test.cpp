// The independent cascade's per-thread state (detail/cascade_state.hpp): each replication sees
// every node unaware, whatever earlier replications on the thread did, across the cycles after
// which its marks are cleared, and keeps seeds, adopters and chain origins apart.
#include "socialreach/detail/cascade_state.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "socialreach/generators.hpp"

namespace socialreach {
namespace {

using detail::CascadeState;

// Exposes v as the share loops do; true if v was not exposed (nor a seed) before.
bool expose(CascadeState& state, NodeId v) {
  const CascadeState::Mark mark = state.marks()[v];
  state.marks()[v] = std::max(mark, state.base());
  return mark < state.base();
}

// Plays 600 replications (several cycles of either length) on one state: in replication r, node
// r % n is a seed, the next adopts through a chain of kind r % 3 (or the sole kind), the one after
// is exposed; every other node must be unaware, and each node's standing as the replication
// left it.
void check_replications(const Network& network, bool sole) {
  CascadeState state(network);
  const auto n = static_cast<NodeId>(network.n_nodes());
  for (int r = 0; r < 600; ++r) {
    state.begin();
    const NodeId seed = r % n, adopter = (r + 1) % n, exposed = (r + 2) % n;
    for (NodeId v = 0; v < n; ++v) {
      ASSERT_FALSE(state.seed(v)) << "replication " << r << ", node " << v;
      ASSERT_LT(state.marks()[v], state.base()) << "replication " << r << ", node " << v;
    }
    state.mark_seed(seed);
    EXPECT_TRUE(state.seed(seed));
    EXPECT_FALSE(expose(state, seed));  // a seed never counts as reached
    const Kind origin = sole ? network.kind(0) : static_cast<Kind>(r % 3);
    EXPECT_TRUE(state.adopt(seed, network.kind(seed)));
    EXPECT_TRUE(expose(state, adopter));
    EXPECT_TRUE(state.adopt(adopter, origin));
    EXPECT_FALSE(state.adopt(adopter, origin));
    EXPECT_FALSE(expose(state, adopter));  // adoption survives a later exposure
    EXPECT_FALSE(state.adopt(adopter, origin));
    EXPECT_EQ(state.chain_origin(adopter), origin);
    EXPECT_EQ(state.chain_origin(seed), network.kind(seed));
    EXPECT_TRUE(expose(state, exposed));
    EXPECT_FALSE(expose(state, exposed));
    EXPECT_TRUE(state.adopt(exposed, origin));
    EXPECT_EQ(state.metrics.adopters, 3);
  }
}

TEST(CascadeState, EveryReplicationStartsUnawareAcrossCyclesWithOneKind) {
  check_replications(generators::empty(7), true);  // every node public: 127 replications a cycle
}

TEST(CascadeState, EveryReplicationStartsUnawareAcrossCyclesWithThreeKinds) {
  const Network network =
      generators::empty(7).with_kinds(std::vector<std::int64_t>{0, 1, 2, 0, 1, 2, 0});
  ASSERT_FALSE(network.sole_kind().has_value());  // 63 replications a cycle
  check_replications(network, false);
}

}  // namespace
}  // namespace socialreach
