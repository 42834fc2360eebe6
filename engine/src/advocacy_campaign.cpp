#include "socialreach/advocacy_campaign.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "socialreach/errors.hpp"

namespace socialreach {

namespace {

std::string at(std::size_t position) { return " (at position " + std::to_string(position) + ")"; }

}  // namespace

void AdvocacyCampaign::validate(const Network& network) const {
  const std::int64_t n = network.n_nodes();
  if (company && std::none_of(network.kinds().begin(), network.kinds().end(),
                              [](Kind k) { return k == Kind::company; })) {
    fail_value("Campaign.company", "False on a network without a node of kind 'company'", "True");
  }
  if (!company && ambassadors == AmbassadorPool::none) {
    fail_value("Campaign", "posted by the company account, ambassadors or both", "neither");
  }
  if (ambassadors == AmbassadorPool::listed) {
    if (ambassador_ids.empty())
      fail_value("Campaign.ambassadors", "a non-empty list of employee ids", "[]");
    for (std::size_t i = 0; i < ambassador_ids.size(); ++i) {
      const std::int64_t id = ambassador_ids[i];
      if (id < 0 || id >= n) {
        fail_index("Campaign.ambassadors", "node ids in [0, " + format_number(n - 1) + "]",
                   format_number(id) + at(i));
      }
      if (network.kind(static_cast<NodeId>(id)) != Kind::employee) {
        fail_value("Campaign.ambassadors", "ids of employees",
                   "node " + format_number(id) + " of kind " +
                       quoted(kind_name(network.kind(static_cast<NodeId>(id)))) + at(i));
      }
    }
  }
  if (ambassadors == AmbassadorPool::departments) {
    if (!network.has_groups()) {
      fail_value("Campaign.ambassadors",
                 "all or a list of ids on a network without departments (groups)", "departments");
    }
    if (ambassador_departments.empty())
      fail_value("Campaign.departments", "a non-empty list", "[]");
    // The departments that have employees, found in one pass over the nodes.
    std::vector<std::int64_t> staffed;
    for (NodeId v = 0; v < static_cast<NodeId>(n); ++v) {
      if (network.kind(v) == Kind::employee) staffed.push_back(network.groups()[v]);
    }
    std::sort(staffed.begin(), staffed.end());
    staffed.erase(std::unique(staffed.begin(), staffed.end()), staffed.end());
    for (std::size_t i = 0; i < ambassador_departments.size(); ++i) {
      const std::int64_t d = ambassador_departments[i];
      if (!std::binary_search(staffed.begin(), staffed.end(), d)) {
        fail_value("Campaign.departments", "departments that have employees",
                   format_number(d) + at(i));
      }
    }
  }
  if (ambassadors != AmbassadorPool::none && eligible(network).empty()) {
    fail_value("Campaign.ambassadors", "at least one employee", "none on this network");
  }
  check_in_closed(participation, 0.0, 1.0, "Campaign.participation");
  check_in_closed(repeat, 0.0, 1.0, "Campaign.repeat");
  double total_share = 0.0;
  for (std::size_t t = 0; t < loyalty_tiers.size(); ++t) {
    const std::string name = "Campaign.loyalty_tiers[" + std::to_string(t) + "]";
    check_in_closed(loyalty_tiers[t].share, 0.0, 1.0, name + ".share");
    check_in_closed(loyalty_tiers[t].participation, 0.0, 1.0, name + ".participation");
    check_in_closed(loyalty_tiers[t].repeat, 0.0, 1.0, name + ".repeat");
    total_share += loyalty_tiers[t].share;
  }
  if (total_share > 1.0 + 1e-12) {
    fail_value("Campaign.loyalty_tiers", "shares adding up to at most 1",
               format_number(total_share));
  }
  if (post_steps.empty()) fail_value("Campaign.posts", "at least one post time", "none");
  for (std::size_t k = 0; k < post_steps.size(); ++k) {
    if (post_steps[k] < 0)
      fail_value("Campaign.posts", "hours >= 0", format_number(post_steps[k]) + at(k));
    if (k > 0 && post_steps[k] < post_steps[k - 1]) {
      fail_value(
          "Campaign.posts", "in increasing order",
          format_number(post_steps[k]) + " after " + format_number(post_steps[k - 1]) + at(k));
    }
  }
}

std::vector<NodeId> AdvocacyCampaign::company_accounts(const Network& network) const {
  std::vector<NodeId> accounts;
  if (!company) return accounts;
  for (NodeId v = 0; v < static_cast<NodeId>(network.n_nodes()); ++v) {
    if (network.kind(v) == Kind::company) accounts.push_back(v);
  }
  return accounts;
}

std::vector<NodeId> AdvocacyCampaign::eligible(const Network& network) const {
  std::vector<NodeId> ids;
  const auto n = static_cast<NodeId>(network.n_nodes());
  switch (ambassadors) {
    case AmbassadorPool::none:
      break;
    case AmbassadorPool::all:
      for (NodeId v = 0; v < n; ++v) {
        if (network.kind(v) == Kind::employee) ids.push_back(v);
      }
      break;
    case AmbassadorPool::listed:
      for (std::int64_t id : ambassador_ids) ids.push_back(static_cast<NodeId>(id));
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
      break;
    case AmbassadorPool::departments: {
      if (!network.has_groups()) break;
      std::vector<std::int64_t> chosen = ambassador_departments;
      std::sort(chosen.begin(), chosen.end());
      for (NodeId v = 0; v < n; ++v) {
        if (network.kind(v) == Kind::employee &&
            std::binary_search(chosen.begin(), chosen.end(), network.groups()[v])) {
          ids.push_back(v);
        }
      }
      break;
    }
  }
  return ids;
}

}  // namespace socialreach
