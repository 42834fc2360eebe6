// Organisation networks: layout, kinds, departments, audience sizes and overlap, determinism.
#include "socialreach/organization.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "socialreach/generators.hpp"
#include "test_support.hpp"

namespace socialreach {
namespace {

std::int64_t public_audience(const Network& net, NodeId u) {
  std::int64_t count = 0;
  for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e)
    count += net.kind(net.targets()[e]) == Kind::public_;
  return count;
}

TEST(Organization, LayoutKindsAndDepartments) {
  generators::OrganizationSpec spec;
  spec.employees = 500;
  spec.departments = 7;
  spec.company_followers = 3000;
  spec.seed = 4;
  const Network net = generators::organization(spec);
  ASSERT_EQ(net.kind(500), Kind::company);
  std::set<std::int32_t> departments;
  for (NodeId v = 0; v < 500; ++v) {
    EXPECT_EQ(net.kind(v), Kind::employee);
    departments.insert(net.groups()[v]);
  }
  EXPECT_EQ(departments, (std::set<std::int32_t>{0, 1, 2, 3, 4, 5, 6}));
  for (NodeId v = 500; v < net.n_nodes(); ++v) {
    EXPECT_EQ(net.groups()[v], -1);
    if (v > 500) ASSERT_EQ(net.kind(v), Kind::public_);
  }
  // The company page reaches its followers and every employee.
  EXPECT_EQ(net.out_degree(500), 3000 + 500);
  std::int64_t audiences = 0;
  for (NodeId v = 0; v < 500; ++v) audiences += public_audience(net, v);
  // Fresh audience members are new nodes: n = employees + 1 + followers + fresh <= that + sum.
  EXPECT_LE(net.n_nodes(), 501 + 3000 + audiences);
  EXPECT_GT(net.n_nodes(), 501 + 3000 + audiences * 0.9);
  EXPECT_TRUE(net.directed());
}

TEST(Organization, AudienceMedianIsTheLognormalMedian) {
  generators::OrganizationSpec spec;
  spec.employees = 4000;
  spec.followers_per_employee = 200;
  spec.audience_sigma = 1.0;
  spec.audience_overlap = 0.0;  // no repeated picks, so every audience keeps its drawn size
  spec.public_degree = 0;
  spec.seed = 11;
  const Network net = generators::organization(spec);
  std::vector<double> logs;
  for (NodeId v = 0; v < 4000; ++v)
    logs.push_back(
        std::log(static_cast<double>(std::max<std::int64_t>(public_audience(net, v), 1))));
  std::nth_element(logs.begin(), logs.begin() + 2000, logs.end());
  // The sample median of n normal log-sizes has standard error sqrt(pi / 2) * sigma / sqrt(n).
  const double se = std::sqrt(std::acos(-1.0) / 2.0) / std::sqrt(4000.0);
  EXPECT_NEAR(logs[2000], std::log(200.0), 4 * se);
}

TEST(Organization, OverlapMatchesTheConstruction) {
  // A member of employee i's audience is also reached by another account (the company page or
  // another employee) when it was one of i's shared picks (probability o), or when one of i's own
  // new people was picked by someone else (probability about 1 - exp(-picks / public)).
  for (double o : {0.0, 0.05, 0.2}) {
    generators::OrganizationSpec spec;
    spec.employees = 2000;
    spec.audience_overlap = o;
    spec.public_degree = 0;
    spec.seed = 5;
    const Network net = generators::organization(spec);
    std::vector<std::int32_t> accounts(net.n_nodes(),
                                       0);  // company and employees reaching each node
    for (NodeId u = 0; u <= 2000; ++u) {
      for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e) ++accounts[net.targets()[e]];
    }
    std::int64_t slots = 0, shared = 0;
    for (NodeId u = 0; u < 2000; ++u) {
      for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e) {
        const NodeId v = net.targets()[e];
        if (net.kind(v) != Kind::public_) continue;
        ++slots;
        shared += accounts[v] >= 2;
      }
    }
    const double n_public = static_cast<double>(net.n_nodes() - 2001);
    const double expected =
        o + (1 - o) * (1 - std::exp(-o * static_cast<double>(slots) / n_public));
    const double measured = static_cast<double>(shared) / static_cast<double>(slots);
    if (o == 0.0) {
      EXPECT_EQ(shared, 0);
    } else {
      EXPECT_NEAR(measured, expected, 0.01) << "overlap " << o;
    }
  }
}

TEST(Organization, ColleagueTiesMostlyInsideDepartmentsAndPublicTies) {
  generators::OrganizationSpec spec;
  spec.employees = 3000;
  spec.departments = 20;
  spec.colleague_ties = 12;
  spec.within_department = 0.8;
  spec.public_degree = 6;
  spec.seed = 9;
  const Network net = generators::organization(spec);
  std::int64_t ties = 0, inside = 0;
  for (NodeId u = 0; u < 3000; ++u) {
    for (EdgeId e = net.offsets()[u]; e < net.offsets()[u + 1]; ++e) {
      const NodeId v = net.targets()[e];
      if (net.kind(v) != Kind::employee) continue;
      ++ties;
      inside += net.groups()[u] == net.groups()[v];
    }
  }
  EXPECT_NEAR(static_cast<double>(ties) / 3000, 12.0, 0.5);  // a few repeated ties are merged
  // Ties drawn outside land inside by chance too (about 1 in 20 departments).
  EXPECT_GT(static_cast<double>(inside) / static_cast<double>(ties), 0.78);
  std::int64_t public_ties = 0, public_nodes = 0;
  for (NodeId u = 3001; u < net.n_nodes(); ++u) {
    ++public_nodes;
    public_ties += net.out_degree(u);
  }
  EXPECT_NEAR(static_cast<double>(public_ties) / static_cast<double>(public_nodes), 6.0, 0.1);
}

TEST(Organization, DeterministicForASeed) {
  generators::OrganizationSpec spec;
  spec.employees = 300;
  spec.seed = 1;
  const Network a = generators::organization(spec), b = generators::organization(spec);
  EXPECT_EQ(a.targets(), b.targets());
  EXPECT_EQ(a.offsets(), b.offsets());
  spec.seed = 2;
  EXPECT_NE(generators::organization(spec).targets(), a.targets());
}

TEST(Organization, AttachesAudiencesToARealInternalNetwork) {
  const Network internal = testing::network_of({{0, 1}, {1, 2}, {2, 0}, {3, 0}}, 4, true);
  const std::vector<std::int64_t> departments = {0, 0, 1, 5};
  generators::OrganizationSpec spec;
  spec.company_followers = 10;
  spec.followers_per_employee = 5;
  spec.audience_sigma = 0;
  spec.audience_overlap = 0;
  spec.public_degree = 0;
  const Network net = generators::organization(internal, departments, spec);
  EXPECT_EQ(net.n_nodes(), 4 + 1 + 10 + 4 * 5);
  EXPECT_EQ(net.kind(4), Kind::company);
  for (NodeId v = 0; v < 4; ++v) {
    EXPECT_EQ(net.kind(v), Kind::employee);
    EXPECT_EQ(net.groups()[v], departments[v]);
    EXPECT_EQ(public_audience(net, v), 5);
  }
  // Colleague ties are the internal network's, as given.
  EXPECT_EQ(net.targets()[net.offsets()[3]], 0u);
  EXPECT_EQ(net.out_degree(3), 1 + 5);
}

TEST(Organization, ValidatesItsParameters) {
  generators::OrganizationSpec spec;
  spec.employees = 0;
  EXPECT_THROW(generators::organization(spec), std::invalid_argument);
  spec.employees = 10;
  spec.departments = 11;
  EXPECT_THROW(generators::organization(spec), std::invalid_argument);
  spec.departments = 2;
  spec.colleague_ties = 4;
  spec.audience_overlap = 1.5;
  EXPECT_EQ(testing::message_of<std::invalid_argument>([&] { generators::organization(spec); }),
            "organization.audience_overlap must be in [0, 1], got 1.5");
  spec.audience_overlap = 0.1;
  spec.followers_per_employee = std::nan("");
  EXPECT_THROW(generators::organization(spec), std::invalid_argument);
  const Network internal = generators::empty(3);
  const std::vector<std::int64_t> two = {0, 1};
  EXPECT_THROW(generators::organization(internal, two, generators::OrganizationSpec{}),
               std::invalid_argument);
}

}  // namespace
}  // namespace socialreach
