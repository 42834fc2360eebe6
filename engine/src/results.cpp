#include "socialreach/results.hpp"

namespace socialreach {

Results::Results(std::int64_t replications_, bool with_reach)
    : replications(replications_),
      adopters(replications_),
      reach(with_reach ? replications_ : 0),
      impressions(replications_),
      steps(replications_),
      rejecters(replications_) {
  for (auto& slot : reach_by_origin) slot.resize(reach.size());
}

void Results::record(std::int64_t r, const ReplicationMetrics& m) {
  adopters[r] = m.adopters;
  impressions[r] = m.impressions;
  steps[r] = m.steps;
  rejecters[r] = m.rejecters;
  if (reach.empty()) return;
  reach[r] = m.reach;
  for (int k = 0; k < kKindCount; ++k) reach_by_origin[k][r] = m.reach_by_origin[k];
}

}  // namespace socialreach
