#include "socialreach/campaign.hpp"

#include <cmath>
#include <string>

#include "socialreach/errors.hpp"

namespace socialreach {

std::int64_t Campaign::random_seed_count(const Network& network) const {
  if (random_count > 0) return random_count;
  if (random_fraction > 0.0)
    return std::llround(random_fraction * static_cast<double>(network.n_nodes()));
  return 0;
}

void Campaign::validate(const Network& network, bool seeds_required) const {
  const std::int64_t n = network.n_nodes();
  const bool random = random_count != 0 || random_fraction != 0.0;
  if (random) {
    if (!seeds.empty())
      fail_value("simulate.seeds", "either node ids or random_seeds(), not both", "both");
    if (random_count < 0) fail_value("random_seeds.count", ">= 1", format_number(random_count));
    if (random_count > n) {
      fail_value("random_seeds.count", "<= n_nodes = " + format_number(n),
                 format_number(random_count));
    }
    if (random_count == 0 && !(random_fraction > 0.0 && random_fraction <= 1.0)) {
      fail_value("random_seeds.fraction", "in (0, 1]", format_number(random_fraction));
    }
    if (random_seed_count(network) < 1) {
      fail_value("random_seeds.fraction",
                 "large enough to pick at least one of " + format_number(n) + " nodes",
                 format_number(random_fraction));
    }
    return;
  }
  if (seeds.empty() && start_steps.empty() && !seeds_required) return;
  if (seeds.empty())
    fail_value("simulate.seeds", "at least one node id or random_seeds()", "no seeds");
  for (std::size_t i = 0; i < seeds.size(); ++i) {
    if (seeds[i] < 0 || seeds[i] >= n) {
      fail_index("simulate.seeds", "node ids in [0, " + format_number(n - 1) + "]",
                 format_number(seeds[i]) + " (at position " + std::to_string(i) + ")");
    }
  }
  if (!start_steps.empty()) {
    if (start_steps.size() != seeds.size()) {
      fail_value("simulate.start_steps",
                 "one start step per seed (" + std::to_string(seeds.size()) + ")",
                 std::to_string(start_steps.size()) + " start steps");
    }
    for (std::size_t i = 0; i < start_steps.size(); ++i) {
      if (start_steps[i] < 0) {
        fail_value("simulate.start_steps", ">= 0",
                   format_number(start_steps[i]) + " (at position " + std::to_string(i) + ")");
      }
    }
  }
}

}  // namespace socialreach
