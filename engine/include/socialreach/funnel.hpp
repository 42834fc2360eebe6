// The funnel of an advocacy campaign, hour by hour: reach, impressions, engagements, reshares and
// conversions, split by origin (company-sent vs employee-sent chains) and by department.
//
// Rule (independent cascade with attention delays; Kempe, Kleinberg, Tardos 2003):
//   - a share by u at step t reaches each audience member v with probability visibility[kind(u)];
//     v sees it d steps later, d >= 1 drawn from a geometric distribution with mean
//     `attention_delay` hours (d = 1 always when attention_delay = 1: the classic cascade);
//   - at each exposure v (not one of the campaign's own posters) engages (likes, comments,
//     clicks) with probability credible(engagement, credibility[kind(u)]) and reshares with
//     probability p_uv of the IndependentCascade model (credibility multiplies the odds of both);
//     a reshare is also an engagement. v reshares at most once, at the step it sees the share;
//   - the first time v engages it converts (e.g. applies to the job) with probability
//     `conversion`, once per person;
//   - exposures after `horizon` hours are not simulated.
// Every coin is a pure function of (seed, replication, edge, post, purpose).
//
// Metrics per replication (people counted once):
//   reach        distinct people exposed, the campaign's posters excluded;
//   impressions  exposures (a person who sees three shares counts three times);
//   engagements  distinct people who engaged (reshared people included);
//   reshares     distinct people who reshared;
//   conversions  distinct people who converted;
//   potential_reach  the sum of the audience sizes of every share (what advocacy dashboards call
//                potential reach): an upper bound on impressions, so on reach;
//   sharers      the campaign's posters (company accounts and ambassadors taking part);
//   steps        last step with a share.
// Splits: by origin, the kind of the poster whose chain led to the event; by department, the
// group of the ambassador whose chain led to it (company chains belong to no department).
#pragma once

#include <array>
#include <cstdint>
#include <vector>

#include "socialreach/advocacy_campaign.hpp"
#include "socialreach/kind.hpp"
#include "socialreach/model.hpp"
#include "socialreach/network.hpp"
#include "socialreach/simulator.hpp"

namespace socialreach {

struct Funnel {
  double engagement = 0.0;       // chance per exposure, in [0, 1]
  double conversion = 0.0;       // chance per engaged person, in [0, 1]
  double attention_delay = 1.0;  // mean hours between a share and its audience seeing it, >= 1
  std::int64_t horizon = 168;    // hours simulated, >= 1 (168: one week)

  void validate() const;
};

enum class FunnelMetric : int {
  reach = 0,
  impressions,
  engagements,
  reshares,
  conversions,
  potential_reach,
};
inline constexpr int kFunnelMetricCount = 6;
inline constexpr std::array<const char*, kFunnelMetricCount> kFunnelMetricNames = {
    "reach", "impressions", "engagements", "reshares", "conversions", "potential_reach"};

struct FunnelResults {
  FunnelResults() = default;
  FunnelResults(std::int64_t replications, std::int64_t departments, std::int64_t horizon);

  std::int64_t replications = 0;
  std::int64_t departments = 0;  // largest employee group + 1 (0 without groups)
  std::int64_t horizon = 0;
  // [metric][replication]
  std::array<std::vector<std::int64_t>, kFunnelMetricCount> totals;
  // [metric][origin kind][replication]
  std::array<std::array<std::vector<std::int64_t>, kKindCount>, kFunnelMetricCount> by_origin;
  // [metric][replication * departments + department]
  std::array<std::vector<std::int64_t>, kFunnelMetricCount> by_department;
  std::vector<std::int64_t> sharers;  // [replication]
  std::vector<std::int64_t> steps;    // [replication]
  // Cumulative reach at the end of each step: [replication * (horizon + 1) + step].
  std::vector<std::int64_t> reach_by_step;
};

// Validates network, model, campaign, funnel and options first, then runs replications in
// parallel (bit-identical for any thread count). Supports IndependentCascade; other models are
// refused with std::invalid_argument.
FunnelResults simulate_funnel(const Network& network, const Model& model,
                              const AdvocacyCampaign& campaign, const Funnel& funnel,
                              const RunOptions& options);

}  // namespace socialreach
