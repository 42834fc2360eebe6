// Who posts first and when: fixed seed nodes with start steps, or seeds drawn at random afresh
// in each replication (reproducibly, from the run's seed and the replication number).
#pragma once

#include <cstdint>
#include <vector>

#include "socialreach/network.hpp"

namespace socialreach {

struct Campaign {
  std::vector<std::int64_t> seeds;        // node ids; empty when random seeds are drawn
  std::vector<std::int64_t> start_steps;  // one per seed, or empty: every seed starts at step 0
  std::int64_t random_count = 0;          // > 0: draw this many distinct seeds per replication
  double random_fraction = 0.0;           // > 0: draw round(fraction * n_nodes) seeds

  // Throws std::invalid_argument / std::out_of_range naming simulate.seeds and the value. Models
  // that start on their own (thresholds <= 0, innovators) accept a campaign without seeds.
  void validate(const Network& network, bool seeds_required = true) const;

  // Number of random seeds per replication for this network (0 for fixed seeds).
  std::int64_t random_seed_count(const Network& network) const;
};

}  // namespace socialreach
