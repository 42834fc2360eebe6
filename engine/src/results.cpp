#include "socialreach/results.hpp"

namespace socialreach {

Results::Results(std::int64_t replications_)
    : replications(replications_),
      adopters(replications_),
      reach(replications_),
      impressions(replications_),
      steps(replications_),
      rejecters(replications_) {
  for (auto& slot : reach_by_origin) slot.resize(replications_);
}

void Results::record(std::int64_t r, const ReplicationMetrics& m) {
  adopters[r] = m.adopters;
  reach[r] = m.reach;
  impressions[r] = m.impressions;
  steps[r] = m.steps;
  rejecters[r] = m.rejecters;
  for (int k = 0; k < kKindCount; ++k) reach_by_origin[k][r] = m.reach_by_origin[k];
}

}  // namespace socialreach
