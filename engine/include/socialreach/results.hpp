// What one run of replications measured: one slot per replication, in replication order.
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "socialreach/kind.hpp"

namespace socialreach {

// Metrics of one replication.
struct ReplicationMetrics {
  std::int64_t adopters = 0;     // adopted nodes, seeds included
  std::int64_t reach = 0;        // distinct non-seed nodes exposed at least once
  std::int64_t impressions = 0;  // exposures: (share, audience member who saw it) pairs
  std::int64_t steps = 0;        // last step in which anybody adopted
  std::array<std::int64_t, kKindCount> reach_by_origin{};  // reach split by the origin seed's kind
};

struct Results {
  explicit Results(std::int64_t replications = 0);

  std::int64_t replications = 0;
  std::vector<std::int64_t> adopters;
  std::vector<std::int64_t> reach;
  std::vector<std::int64_t> impressions;
  std::vector<std::int64_t> steps;
  std::array<std::vector<std::int64_t>, kKindCount> reach_by_origin;
  // Mean cumulative adopters after each step; index 0 is after seeding.
  std::vector<double> curve;

  void record(std::int64_t replication, const ReplicationMetrics& metrics);
};

}  // namespace socialreach
