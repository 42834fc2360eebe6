// Audience rows: the independent cascade's exposures kept as bits on small networks
// (detail/audience_rows.hpp) must count exactly what the one-byte marks count, and a run that
// counts no reach (RunOptions::count_reach) must find the same cascades.
#include "socialreach/detail/audience_rows.hpp"

#include <gtest/gtest.h>

#include <bit>
#include <random>
#include <set>
#include <vector>

#include "socialreach/generators.hpp"
#include "socialreach/simulator.hpp"
#include "test_support.hpp"

namespace socialreach {
namespace {

using detail::AudienceRows;

// The members a row marks, read back bit by bit.
std::set<NodeId> members_of(AudienceRows::Row row) {
  std::set<NodeId> members;
  for (std::uint32_t i = 0; i < row.size; ++i) {
    for (int b = 0; b < 64; ++b) {
      if (row.mask[i] >> b & 1) members.insert(static_cast<NodeId>(row.word[i] * 64 + b));
    }
  }
  return members;
}

TEST(AudienceRows, RowsHoldTheAudiencesThatFallInFewWords) {
  // 1,000 nodes: exposure bits of 16 words (ceil(1000 / 64)); a row where an audience falls in
  // at most half as many words as it has members.
  std::vector<std::pair<std::int64_t, std::int64_t>> ties;
  for (int v = 1; v < 1000; v += 7) ties.push_back({0, v});   // 143 members in 16 words
  ties.push_back({0, 1});                                     // a repeated member
  for (int v : {2, 100, 200}) ties.push_back({1, v});         // 3 members in 3 words: no row
  for (int v : {640, 704, 705}) ties.push_back({2, v});       // 3 members in 2 words: no row
  for (int v : {900, 901, 960, 961}) ties.push_back({3, v});  // 4 members in 2 words
  const Network net = testing::network_of(ties, 1000, true);
  const AudienceRows rows(net);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(rows.words(), 16u);
  EXPECT_EQ(rows.row(1).size, 0u);
  EXPECT_EQ(rows.row(2).size, 0u);
  EXPECT_EQ(rows.row(4).size, 0u);  // no audience
  const AudienceRows::Row row = rows.row(0);
  ASSERT_EQ(row.size, 16u);
  for (std::uint32_t i = 0; i < row.size; ++i) EXPECT_EQ(row.word[i], i);  // in order
  std::set<NodeId> expected;
  for (int v = 1; v < 1000; v += 7) expected.insert(v);
  EXPECT_EQ(members_of(row), expected);
  EXPECT_EQ(rows.row(3).size, 2u);
  EXPECT_EQ(members_of(rows.row(3)), (std::set<NodeId>{900, 901, 960, 961}));
}

TEST(AudienceRows, NoneOnNetworksLargerThanTheLimit) {
  std::vector<std::pair<std::int64_t, std::int64_t>> ties;
  for (int v = 1; v < 5000; ++v) ties.push_back({0, v});
  EXPECT_TRUE(AudienceRows(testing::network_of(ties, AudienceRows::kMostNodes + 1, true)).empty());
  EXPECT_FALSE(AudienceRows(testing::network_of(ties, AudienceRows::kMostNodes, true)).empty());
}

TEST(AudienceRows, ANetworkBuildsItsRowsOnceAndSharesThemWithItsCopies) {
  std::vector<std::pair<std::int64_t, std::int64_t>> ties;
  for (int v = 1; v < 100; ++v) ties.push_back({0, v});
  const Network net = testing::network_of(ties, 100, true);
  EXPECT_FALSE(net.audience_rows_built());
  const AudienceRows* first = nullptr;
#pragma omp parallel for num_threads(2)
  for (int i = 0; i < 2; ++i) {
    const AudienceRows* rows = &net.audience_rows();
#pragma omp critical
    {
      if (first == nullptr) first = rows;
      EXPECT_EQ(rows, first);
    }
  }
  EXPECT_TRUE(net.audience_rows_built());
  EXPECT_GT(first->row(0).size, 0u);
  const std::vector<std::int64_t> kinds(100, 1);
  const Network employees = net.with_kinds(kinds);
  EXPECT_TRUE(employees.audience_rows_built());
  EXPECT_EQ(&employees.audience_rows(), first);
}

TEST(AudienceRows, MergeCountsTheBitsItSets) {
  // Against a bit-by-bit count: random rows over 24 words of random exposure bits.
  std::mt19937_64 random(3);
  constexpr std::size_t kWords = 24;
  for (int trial = 0; trial < 600; ++trial) {
    std::vector<std::uint64_t> masks;
    std::vector<std::uint16_t> words;
    for (std::uint16_t w = 0; w < kWords; ++w) {
      if (random() % 3 != 0) continue;
      words.push_back(w);
      masks.push_back(random() & random());
    }
    std::vector<std::uint64_t> exposed(kWords);
    for (auto& w : exposed) w = random() & random();
    std::vector<std::uint64_t> after(exposed);
    std::int64_t expected = 0;
    for (std::size_t i = 0; i < words.size(); ++i) {
      for (int b = 0; b < 64; ++b) {
        expected += (masks[i] >> b & 1) && !(exposed[words[i]] >> b & 1);
      }
      after[words[i]] |= masks[i];
    }
    const AudienceRows::Row row{masks.data(), words.data(),
                                static_cast<std::uint32_t>(words.size())};
    EXPECT_EQ(AudienceRows::merge(row, exposed.data()), expected);
    EXPECT_EQ(exposed, after);
  }
}

// The same ties on n nodes: rows on the small network, marks once it is padded with isolated
// nodes past AudienceRows::kMostNodes (no node or edge id changes, so every coin is the same).
Network mixed_network(std::int64_t n) {
  const Network ba = generators::barabasi_albert(3000, 4, 5);
  std::vector<std::pair<std::int64_t, std::int64_t>> ties;
  for (NodeId u = 0; u < 3000; ++u) {
    for (EdgeId e = ba.offsets()[u]; e < ba.offsets()[u + 1]; ++e) {
      ties.push_back({u, ba.targets()[e]});
    }
  }
  ties.insert(ties.end(), {{0, 1}, {0, 1}, {7, 7}});  // a repeated member of a hub, a self-tie
  std::vector<std::int64_t> kinds;
  for (std::int64_t v = 0; v < n; ++v) kinds.push_back(v % 3);
  return testing::network_of(ties, n, true, kinds);
}

TEST(AudienceRows, CascadesCountTheSameWithRowsWithMarksAndWithoutReach) {
  const Network small = mixed_network(3000), padded = mixed_network(AudienceRows::kMostNodes + 1);
  ASSERT_FALSE(AudienceRows(small).empty());
  ASSERT_TRUE(AudienceRows(padded).empty());
  IndependentCascade skipping{0.03}, each{0.2}, weighted, unseen{0.05};
  weighted.weighted_cascade = true;
  weighted.credibility = {1.0, 8.0, 1.0};
  unseen.visibility = {1.0, 0.3, 1.0};
  Campaign campaign;
  campaign.seeds = {0, 5, 1500, 2999};
  campaign.start_steps = {0, 0, 2, 1};
  RunOptions options;
  options.replications = 600;  // past the 63 replications after which the marks are cleared
  options.seed = 12;
  options.threads = 2;
  options.fuse = RunOptions::Fuse::kNever;
  RunOptions without_reach = options;
  without_reach.count_reach = false;
  for (const IndependentCascade& model : {skipping, each, weighted, unseen}) {
    const Results a = simulate(small, model, campaign, options);
    const Results b = simulate(padded, model, campaign, options);
    EXPECT_EQ(a.reach, b.reach);
    EXPECT_EQ(a.reach_by_origin, b.reach_by_origin);
    EXPECT_EQ(a.adopters, b.adopters);
    EXPECT_EQ(a.impressions, b.impressions);
    EXPECT_GT(testing::sample_of(a.reach).mean, testing::sample_of(a.adopters).mean);
    // Without reach the share loops mark no exposures (and the small network's driver keeps no
    // bits): every other metric is the same, and the results hold no reach.
    for (const Network* net : {&small, &padded}) {
      testing::expect_same_without_reach(simulate(*net, model, campaign, without_reach), a);
    }
  }
}

}  // namespace
}  // namespace socialreach
