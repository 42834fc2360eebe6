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
  std::int64_t rejecters = 0;  // nodes that decided against adopting (herding; 0 otherwise)
};

struct Results {
  // reach and reach_by_origin stay empty unless with_reach (RunOptions::count_reach).
  explicit Results(std::int64_t replications = 0, bool with_reach = true);

  std::int64_t replications = 0;
  std::vector<std::int64_t> adopters;
  std::vector<std::int64_t> reach;
  std::vector<std::int64_t> impressions;
  std::vector<std::int64_t> steps;
  std::array<std::vector<std::int64_t>, kKindCount> reach_by_origin;
  std::vector<std::int64_t> rejecters;
  // Mean cumulative adopters after each step; index 0 is after seeding.
  std::vector<double> curve;
  // Time at each step of the curve: step * dt for Bass, the step itself for other models.
  std::vector<double> time;

  void record(std::int64_t replication, const ReplicationMetrics& metrics);
};

}  // namespace socialreach
