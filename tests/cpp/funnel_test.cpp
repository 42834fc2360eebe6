// Advocacy campaigns and their funnel on small hand-built networks with exact expectations, plus
// the statistics of participation, tiers and attention delays, and thread-count independence.
#include "socialreach/funnel.hpp"

#include <gtest/gtest.h>

#include <cmath>

#include "socialreach/errors.hpp"
#include "socialreach/organization.hpp"
#include "test_support.hpp"

namespace socialreach {
namespace {

using testing::network_of;
using testing::sample_of;

constexpr int kReach = 0, kImpressions = 1, kEngagements = 2, kReshares = 3, kConversions = 4,
              kPotential = 5;
constexpr int kCompany = 0, kEmployee = 1;

FunnelResults run(const Network& net, const IndependentCascade& model,
                  const AdvocacyCampaign& campaign, const Funnel& funnel,
                  std::int64_t replications = 1, std::uint64_t seed = 0, int threads = 1) {
  RunOptions options;
  options.replications = replications;
  options.seed = seed;
  options.threads = threads;
  return simulate_funnel(net, model, campaign, funnel, options);
}

IndependentCascade cascade(double p) { return IndependentCascade{p}; }

// Company 0 with followers 1..4; employees 5 and 6 (departments 0 and 1) with followers 7 and 8.
Network small_company() {
  std::vector<std::int64_t> src = {0, 0, 0, 0, 0, 0, 5, 6}, dst = {1, 2, 3, 4, 5, 6, 7, 8};
  std::vector<std::int64_t> kinds = {0, 2, 2, 2, 2, 1, 1, 2, 2};
  std::vector<std::int64_t> groups = {0, 0, 0, 0, 0, 0, 1, 0, 0};
  EdgeListInput input;
  input.src = src;
  input.dst = dst;
  input.n_nodes = 9;
  input.kinds = kinds;
  input.groups = groups;
  return Network::from_edges(input);
}

TEST(Funnel, CompanyPostReachesItsFollowersAfterOneHour) {
  AdvocacyCampaign campaign;
  campaign.company = true;
  Funnel funnel{1.0, 1.0, 1.0, 24};
  const FunnelResults r = run(small_company(), cascade(0.0), campaign, funnel);
  EXPECT_EQ(r.totals[kReach][0], 6);  // 4 followers and the 2 employees
  EXPECT_EQ(r.totals[kImpressions][0], 6);
  EXPECT_EQ(r.totals[kPotential][0], 6);
  EXPECT_EQ(r.totals[kEngagements][0], 6);
  EXPECT_EQ(r.totals[kConversions][0], 6);
  EXPECT_EQ(r.totals[kReshares][0], 0);
  EXPECT_EQ(r.by_origin[kReach][kCompany][0], 6);
  EXPECT_EQ(r.sharers[0], 1);
  EXPECT_EQ(r.reach_by_step[0], 0);
  EXPECT_EQ(r.reach_by_step[1], 6);
  EXPECT_EQ(r.reach_by_step[24], 6);
  // Company chains belong to no department.
  EXPECT_EQ(r.departments, 2);
  EXPECT_EQ(r.by_department[kReach][0] + r.by_department[kReach][1], 0);
}

TEST(Funnel, AmbassadorsAreNotReachAndSplitByDepartment) {
  AdvocacyCampaign campaign;
  campaign.company = true;
  campaign.ambassadors = AmbassadorPool::all;
  const FunnelResults r = run(small_company(), cascade(0.0), campaign, Funnel{0.0, 0.0, 1.0, 24});
  EXPECT_EQ(r.sharers[0], 3);
  EXPECT_EQ(r.totals[kReach][0], 6);  // followers 1-4 and 7, 8; the posters 5, 6 are not reach
  EXPECT_EQ(r.totals[kImpressions][0], 8);  // the posters still see the company post
  EXPECT_EQ(r.by_origin[kReach][kCompany][0], 4);
  EXPECT_EQ(r.by_origin[kReach][kEmployee][0], 2);
  EXPECT_EQ(r.by_department[kReach][0], 1);  // node 7 through employee 5 (department 0)
  EXPECT_EQ(r.by_department[kReach][1], 1);  // node 8 through employee 6 (department 1)
  EXPECT_EQ(r.totals[kPotential][0], 8);
}

TEST(Funnel, ListedAndDepartmentAmbassadors) {
  AdvocacyCampaign listed;
  listed.ambassadors = AmbassadorPool::listed;
  listed.ambassador_ids = {6};
  FunnelResults r = run(small_company(), cascade(0.0), listed, Funnel{});
  EXPECT_EQ(r.sharers[0], 1);
  EXPECT_EQ(r.totals[kReach][0], 1);
  EXPECT_EQ(r.by_department[kReach][1], 1);
  AdvocacyCampaign department;
  department.ambassadors = AmbassadorPool::departments;
  department.ambassador_departments = {0};
  r = run(small_company(), cascade(0.0), department, Funnel{});
  EXPECT_EQ(r.sharers[0], 1);
  EXPECT_EQ(r.by_department[kReach][0], 1);
  EXPECT_EQ(r.by_department[kReach][1], 0);
}

TEST(Funnel, ReshareChainsKeepTheirOriginAndCountPotentialReach) {
  // company 0 -> 1 -> 2 -> 3 (public), p = 1, one hour per hop.
  const Network path = network_of({{0, 1}, {1, 2}, {2, 3}}, 4, true, {0, 2, 2, 2});
  AdvocacyCampaign campaign;
  campaign.company = true;
  const FunnelResults r = run(path, cascade(1.0), campaign, Funnel{0.0, 1.0, 1.0, 10});
  EXPECT_EQ(r.totals[kReach][0], 3);
  EXPECT_EQ(r.totals[kReshares][0], 3);
  EXPECT_EQ(r.totals[kEngagements][0], 3);  // a reshare is an engagement
  EXPECT_EQ(r.totals[kConversions][0], 3);
  EXPECT_EQ(r.totals[kPotential][0], 3);  // node 3 reshares to nobody
  EXPECT_EQ(r.by_origin[kReshares][kCompany][0], 3);
  EXPECT_EQ(r.steps[0], 3);
  EXPECT_EQ(std::vector<std::int64_t>(r.reach_by_step.begin(), r.reach_by_step.begin() + 5),
            (std::vector<std::int64_t>{0, 1, 2, 3, 3}));
  // A horizon of 2 hours stops the chain.
  const FunnelResults cut = run(path, cascade(1.0), campaign, Funnel{0.0, 1.0, 1.0, 2});
  EXPECT_EQ(cut.totals[kReach][0], 2);
}

TEST(Funnel, RepeatPostsAndSchedule) {
  AdvocacyCampaign campaign;
  campaign.ambassadors = AmbassadorPool::all;
  campaign.post_steps = {0, 24, 48};
  campaign.repeat = 0.0;  // participants share the first post only
  FunnelResults r = run(small_company(), cascade(0.0), campaign, Funnel{0.0, 0.0, 1.0, 72});
  EXPECT_EQ(r.totals[kImpressions][0], 2);
  campaign.repeat = 1.0;
  r = run(small_company(), cascade(0.0), campaign, Funnel{0.0, 0.0, 1.0, 72});
  EXPECT_EQ(r.totals[kImpressions][0], 6);
  EXPECT_EQ(r.totals[kReach][0], 2);  // the same two people
  EXPECT_EQ(r.steps[0], 48);
  // A post later than the horizon is refused before any work.
  EXPECT_THROW(run(small_company(), cascade(0.0), campaign, Funnel{0.0, 0.0, 1.0, 40}),
               std::invalid_argument);
}

Network employees_with_followers(int count) {
  std::vector<std::pair<std::int64_t, std::int64_t>> edges;
  std::vector<std::int64_t> kinds(2 * count, 2);
  for (int i = 0; i < count; ++i) {
    edges.push_back({i, count + i});
    kinds[i] = 1;
  }
  return network_of(edges, 2 * count, true, kinds);
}

TEST(Funnel, ParticipationAndLoyaltyTiers) {
  const Network net = employees_with_followers(10);
  AdvocacyCampaign campaign;
  campaign.ambassadors = AmbassadorPool::all;
  campaign.participation = 0.0;
  FunnelResults r = run(net, cascade(0.0), campaign, Funnel{}, 5);
  for (auto s : r.sharers) EXPECT_EQ(s, 0);
  campaign.participation = 1.0;
  r = run(net, cascade(0.0), campaign, Funnel{}, 5);
  for (auto s : r.sharers) EXPECT_EQ(s, 10);
  // A tier holding everybody replaces the base participation.
  campaign.participation = 0.0;
  campaign.loyalty_tiers = {LoyaltyTier{1.0, 1.0, 1.0}};
  r = run(net, cascade(0.0), campaign, Funnel{}, 5);
  for (auto s : r.sharers) EXPECT_EQ(s, 10);
  // Half in a tier with participation 0.8, half at base 0.2: 5 expected sharers, binomial(10, 0.5).
  campaign.participation = 0.2;
  campaign.loyalty_tiers = {LoyaltyTier{0.5, 0.8, 1.0}};
  r = run(net, cascade(0.0), campaign, Funnel{}, 20000, 3, 2);
  const auto s = sample_of(r.sharers);
  EXPECT_NEAR(s.mean, 5.0, 4 * std::sqrt(10 * 0.25 / 20000.0));
  // Repeat posting by tier: tier repeat 1, base repeat 0, two posts, everybody participating.
  campaign.participation = 1.0;
  campaign.repeat = 0.0;
  campaign.loyalty_tiers = {LoyaltyTier{0.3, 1.0, 1.0}};
  campaign.post_steps = {0, 5};
  r = run(net, cascade(0.0), campaign, Funnel{0.0, 0.0, 1.0, 10}, 20000, 4, 2);
  // Impressions: 10 first shares + a second share from each of ~3 tier members.
  const auto impressions = sample_of(r.totals[kImpressions]);
  EXPECT_NEAR(impressions.mean, 13.0, 4 * std::sqrt(10 * 0.21 / 20000.0));
}

TEST(Funnel, AttentionDelayIsGeometricWithTheGivenMean) {
  const Network edge = network_of({{0, 1}}, 2, true, {0, 2});
  AdvocacyCampaign campaign;
  campaign.company = true;
  const double mean = 6.0;
  const std::int64_t n = 20000;
  const FunnelResults r = run(edge, cascade(0.0), campaign, Funnel{0.0, 0.0, mean, 1000}, n, 5, 2);
  std::vector<std::int64_t> delays;
  for (std::int64_t i = 0; i < n; ++i) {
    std::int64_t t = 0;
    while (r.reach_by_step[i * 1001 + t] == 0) ++t;
    delays.push_back(t);
  }
  const auto d = sample_of(delays);
  // Geometric on {1, 2, ...} with success 1 / mean: variance (1 - q) / q^2.
  const double q = 1.0 / mean;
  EXPECT_NEAR(d.mean, mean, 4 * std::sqrt((1 - q) / (q * q) / static_cast<double>(n)));
  // Share seen after one day: P(delay <= 24) = 1 - (1 - q)^24.
  const FunnelResults day = run(edge, cascade(0.0), campaign, Funnel{0.0, 0.0, mean, 24}, n, 5, 2);
  const double p24 = 1 - std::pow(1 - q, 24);
  EXPECT_NEAR(sample_of(day.totals[kReach]).mean, p24, 4 * std::sqrt(p24 * (1 - p24) / n));
}

TEST(Funnel, ConsistentAndBitIdenticalForAnyThreadCount) {
  generators::OrganizationSpec spec;
  spec.employees = 300;
  spec.departments = 5;
  spec.seed = 3;
  const Network net = generators::organization(spec);
  IndependentCascade model{0.05};
  model.visibility = {0.1, 0.5, 0.5};
  model.credibility = {1.0, 2.0, 1.0};
  AdvocacyCampaign campaign;
  campaign.company = true;
  campaign.ambassadors = AmbassadorPool::all;
  campaign.participation = 0.3;
  campaign.repeat = 0.5;
  campaign.post_steps = {0, 48, 96};
  const Funnel funnel{0.05, 0.1, 4.0, 168};
  const FunnelResults one = run(net, model, campaign, funnel, 60, 8, 1);
  const FunnelResults two = run(net, model, campaign, funnel, 60, 8, 2);
  EXPECT_EQ(one.totals, two.totals);
  EXPECT_EQ(one.by_origin, two.by_origin);
  EXPECT_EQ(one.by_department, two.by_department);
  EXPECT_EQ(one.reach_by_step, two.reach_by_step);
  for (std::int64_t i = 0; i < 60; ++i) {
    EXPECT_LE(one.totals[kConversions][i], one.totals[kEngagements][i]);
    EXPECT_LE(one.totals[kReshares][i], one.totals[kEngagements][i]);
    EXPECT_LE(one.totals[kEngagements][i], one.totals[kReach][i]);
    EXPECT_LE(one.totals[kReach][i], one.totals[kImpressions][i]);
    EXPECT_LE(one.totals[kImpressions][i], one.totals[kPotential][i]);
    EXPECT_LE(one.totals[kReach][i], net.n_nodes());
    EXPECT_EQ(one.reach_by_step[i * 169 + 168], one.totals[kReach][i]);
    std::int64_t by_department = 0;
    for (std::int64_t d = 0; d < one.departments; ++d)
      by_department += one.by_department[kReach][i * one.departments + d];
    EXPECT_EQ(by_department, one.by_origin[kReach][kEmployee][i]);
    EXPECT_EQ(one.by_origin[kReach][kCompany][i] + one.by_origin[kReach][kEmployee][i],
              one.totals[kReach][i]);
  }
}

TEST(Funnel, ValidatesBeforeRunning) {
  const Network net = small_company();
  AdvocacyCampaign campaign;
  EXPECT_THROW(run(net, cascade(0.1), campaign, Funnel{}), std::invalid_argument);  // nobody posts
  campaign.ambassadors = AmbassadorPool::listed;
  campaign.ambassador_ids = {1};
  EXPECT_EQ(testing::message_of<std::invalid_argument>(
                [&] { run(net, cascade(0.1), campaign, Funnel{}); }),
            "Campaign.ambassadors must be ids of employees, got node 1 of kind 'public' (at "
            "position 0)");
  campaign.ambassador_ids = {9};
  EXPECT_THROW(run(net, cascade(0.1), campaign, Funnel{}), std::out_of_range);
  campaign.ambassador_ids = {5};
  campaign.loyalty_tiers = {LoyaltyTier{0.7, 1, 1}, LoyaltyTier{0.6, 1, 1}};
  EXPECT_THROW(run(net, cascade(0.1), campaign, Funnel{}), std::invalid_argument);
  campaign.loyalty_tiers = {};
  EXPECT_THROW(run(net, cascade(0.1), campaign, Funnel{1.5, 0, 1, 10}), std::invalid_argument);
  EXPECT_THROW(run(net, cascade(0.1), campaign, Funnel{0.1, 0, 0.5, 10}), std::invalid_argument);
  const Network no_company = employees_with_followers(2);
  AdvocacyCampaign company;
  company.company = true;
  EXPECT_THROW(run(no_company, cascade(0.1), company, Funnel{}), std::invalid_argument);
}

}  // namespace
}  // namespace socialreach
