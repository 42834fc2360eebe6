// An employee-advocacy campaign: who posts, and when.
//
// Time runs in steps of one hour. The campaign publishes posts at `post_steps` (hours from the
// start). At each post:
//   - the company account(s) post it when `company` is true (every node of kind company);
//   - the employee ambassadors who take part in this replication share it.
// Ambassadors: the eligible employees are all of them, a list of node ids, or the members of some
// departments (network groups). In each replication every eligible employee takes part with
// probability `participation`, decided once per replication (detail::Purpose::kParticipation);
// participants share the first post, and each later post with probability `repeat`
// (Purpose::kRepost). A loyalty programme puts each eligible employee, afresh in each replication,
// into tier t with probability tiers[t].share (Purpose::kTier); a tier replaces participation and
// repeat with its own values. Employees in no tier (1 - sum of shares) keep the base values.
#pragma once

#include <cstdint>
#include <vector>

#include "socialreach/network.hpp"

namespace socialreach {

struct LoyaltyTier {
  double share = 0.0;          // chance an eligible employee is in this tier, in [0, 1]
  double participation = 1.0;  // in [0, 1]
  double repeat = 1.0;         // in [0, 1]
};

enum class AmbassadorPool : std::uint8_t { none = 0, all = 1, listed = 2, departments = 3 };

struct AdvocacyCampaign {
  bool company = false;
  AmbassadorPool ambassadors = AmbassadorPool::none;
  std::vector<std::int64_t> ambassador_ids;          // AmbassadorPool::listed: employee node ids
  std::vector<std::int64_t> ambassador_departments;  // AmbassadorPool::departments: groups
  double participation = 1.0;
  double repeat = 1.0;
  std::vector<LoyaltyTier> loyalty_tiers;
  std::vector<std::int64_t> post_steps = {0};  // hours from the start, each >= 0

  // Throws std::invalid_argument / std::out_of_range naming Campaign.<parameter>; checks that the
  // network has a company account when `company`, and that listed ambassadors are employees.
  void validate(const Network& network) const;

  // The eligible employees, in increasing node id order.
  std::vector<NodeId> eligible(const Network& network) const;
  // The company accounts that post (every node of kind company, or none), in node id order.
  std::vector<NodeId> company_accounts(const Network& network) const;
};

}  // namespace socialreach
