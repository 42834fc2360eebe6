#include "socialreach/funnel.hpp"

#include <algorithm>
#include <optional>
#include <string>
#include <variant>

#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/detail/funnel_state.hpp"
#include "socialreach/detail/geometric_skip.hpp"
#include "socialreach/detail/independent_cascade_rule.hpp"
#include "socialreach/detail/parallel_runs.hpp"
#include "socialreach/errors.hpp"

namespace socialreach {

void Funnel::validate() const {
  check_in_closed(engagement, 0.0, 1.0, "Funnel.engagement");
  check_in_closed(conversion, 0.0, 1.0, "Funnel.conversion");
  if (!(attention_delay >= 1.0 && attention_delay <= 1e6)) {
    fail_value("Funnel.attention_delay", "in [1, 1000000] hours", format_number(attention_delay));
  }
  if (horizon < 1 || horizon > 1'000'000) {
    fail_value("Funnel.horizon", "in [1, 1000000] hours", format_number(horizon));
  }
}

FunnelResults::FunnelResults(std::int64_t replications_, std::int64_t departments_,
                             std::int64_t horizon_)
    : replications(replications_),
      departments(departments_),
      horizon(horizon_),
      sharers(replications_),
      steps(replications_),
      reach_by_step(replications_ * (horizon_ + 1)) {
  for (int m = 0; m < kFunnelMetricCount; ++m) {
    totals[m].resize(replications_);
    for (auto& slot : by_origin[m]) slot.resize(replications_);
    by_department[m].resize(replications_ * departments_);
  }
}

namespace {

using detail::CounterRng;
using detail::Exposure;
using detail::FunnelState;
using detail::Purpose;

struct Poster {
  NodeId node;
  Kind kind;
  std::int32_t department;  // -1: none
  double repeat;            // chance of sharing each post after the first (1 for the company)
};

// Counts of one replication.
struct Tally {
  std::array<std::int64_t, kFunnelMetricCount> totals{};
  std::array<std::array<std::int64_t, kKindCount>, kFunnelMetricCount> by_origin{};
  std::vector<std::int64_t> by_department;  // [metric * departments + department]
  std::vector<std::int64_t> new_reach;      // [step]
  std::int64_t steps = 0;

  void reset(std::int64_t departments, std::int64_t horizon) {
    totals = {};
    by_origin = {};
    by_department.assign(kFunnelMetricCount * departments, 0);
    new_reach.assign(horizon + 1, 0);
    steps = 0;
  }
};

class FunnelReplication {
 public:
  FunnelReplication(const Network& network, const IndependentCascade& model,
                    const detail::IndependentCascadeRule& cascade, const AdvocacyCampaign& campaign,
                    const Funnel& funnel, const std::vector<NodeId>& companies,
                    const std::vector<NodeId>& eligible, std::int64_t departments)
      : network_(network),
        model_(model),
        campaign_(campaign),
        funnel_(funnel),
        companies_(companies),
        eligible_(eligible),
        departments_(departments),
        state_(network.n_nodes(), funnel.horizon),
        cascade_(cascade) {
    for (int k = 0; k < kKindCount; ++k) {
      engage_p_[k] = credible_probability(funnel.engagement, model.credibility[k]);
    }
    if (funnel.attention_delay > 1.0) delay_.emplace(1.0 / funnel.attention_delay);
    edge_stride_ = static_cast<std::uint64_t>(std::max<std::int64_t>(network.n_edges(), 1));
  }

  void run(std::int64_t replication, std::uint64_t seed, FunnelResults& out, std::int64_t slot) {
    const CounterRng rng(seed, static_cast<std::uint64_t>(replication));
    state_.begin();
    tally_.reset(departments_, funnel_.horizon);
    choose_posters(rng);
    std::size_t next_post = 0;
    const auto& posts = campaign_.post_steps;
    for (std::int64_t step = 0; step <= funnel_.horizon; ++step) {
      for (; next_post < posts.size() && posts[next_post] == step; ++next_post) {
        const auto post = static_cast<std::uint16_t>(next_post);
        for (const Poster& p : posters_) {
          if (post > 0 && p.kind == Kind::employee &&
              !(rng.uniform(p.node + post * static_cast<std::uint64_t>(network_.n_nodes()),
                            Purpose::kRepost) < p.repeat)) {
            continue;
          }
          share(p.node, post, step, p.kind, p.department, rng);
        }
      }
      auto& bucket = state_.queue[step];
      for (std::size_t i = 0; i < bucket.size(); ++i) see(bucket[i], step, rng);
    }
    record(out, slot);
  }

 private:
  void count(FunnelMetric metric, Kind origin, std::int32_t department, std::int64_t amount = 1) {
    const int m = static_cast<int>(metric);
    tally_.totals[m] += amount;
    tally_.by_origin[m][static_cast<int>(origin)] += amount;
    if (department >= 0 && department < departments_)
      tally_.by_department[m * departments_ + department] += amount;
  }

  void choose_posters(const CounterRng& rng) {
    posters_.clear();
    for (NodeId v : companies_) posters_.push_back({v, Kind::company, -1, 1.0});
    const auto& tiers = campaign_.loyalty_tiers;
    for (NodeId e : eligible_) {
      double participation = campaign_.participation, repeat = campaign_.repeat;
      if (!tiers.empty()) {
        const double u = rng.uniform(e, Purpose::kTier);
        double cumulative = 0.0;
        for (const LoyaltyTier& tier : tiers) {
          cumulative += tier.share;
          if (u < cumulative) {
            participation = tier.participation;
            repeat = tier.repeat;
            break;
          }
        }
      }
      if (!(rng.uniform(e, Purpose::kParticipation) < participation)) continue;
      const std::int32_t department = network_.has_groups() ? network_.groups()[e] : -1;
      posters_.push_back({e, Kind::employee, department, repeat});
    }
    for (const Poster& p : posters_) state_.set(p.node, FunnelState::kPoster);
  }

  // u shares post `post` at `step`: each audience member who will see it is queued at the step
  // they see it.
  void share(NodeId u, std::uint16_t post, std::int64_t step, Kind origin, std::int32_t department,
             const CounterRng& rng) {
    const Kind sender = network_.kind(u);
    const double visibility = model_.visibility[static_cast<int>(sender)];
    tally_.steps = step;
    count(FunnelMetric::potential_reach, origin, department, network_.out_degree(u));
    const auto& offsets = network_.offsets();
    const auto& targets = network_.targets();
    for (EdgeId e = offsets[u], end = offsets[u + 1]; e < end; ++e) {
      const std::uint64_t what = e + post * edge_stride_;
      if (visibility < 1.0 && CounterRng::to_unit(rng.bits(what, Purpose::kSee)) >= visibility)
        continue;
      std::int64_t delay = 1;
      if (delay_) {
        const auto horizon = static_cast<std::uint64_t>(funnel_.horizon);
        const std::uint64_t extra = delay_->failures(rng.bits(what, Purpose::kAttention), horizon);
        if (extra >= horizon) continue;
        delay += static_cast<std::int64_t>(extra);
      }
      if (step + delay > funnel_.horizon) continue;
      state_.queue[step + delay].push_back({e, targets[e], department, post, sender, origin});
    }
  }

  void see(const Exposure x, std::int64_t step, const CounterRng& rng) {
    count(FunnelMetric::impressions, x.origin, x.department);
    const NodeId v = x.v;
    if (state_.has(v, FunnelState::kPoster)) return;
    if (!state_.has(v, FunnelState::kExposed)) {
      state_.set(v, FunnelState::kExposed);
      count(FunnelMetric::reach, x.origin, x.department);
      ++tally_.new_reach[step];
    }
    const std::uint64_t what = x.edge + x.post * edge_stride_;
    const int sender = static_cast<int>(x.sender);
    const bool engages = rng.uniform(what, Purpose::kEngage) < engage_p_[sender];
    bool reshares = false;
    if (!state_.has(v, FunnelState::kReshared)) {
      reshares = CounterRng::below_threshold(rng.bits(what, Purpose::kAdopt),
                                             cascade_.adopt_threshold(x.edge, v, sender));
    }
    if ((engages || reshares) && !state_.has(v, FunnelState::kEngaged)) {
      state_.set(v, FunnelState::kEngaged);
      count(FunnelMetric::engagements, x.origin, x.department);
      if (rng.uniform(v, Purpose::kConvert) < funnel_.conversion) {
        state_.set(v, FunnelState::kConverted);
        count(FunnelMetric::conversions, x.origin, x.department);
      }
    }
    if (reshares) {
      state_.set(v, FunnelState::kReshared);
      count(FunnelMetric::reshares, x.origin, x.department);
      share(v, x.post, step, x.origin, x.department, rng);
    }
  }

  void record(FunnelResults& out, std::int64_t slot) const {
    for (int m = 0; m < kFunnelMetricCount; ++m) {
      out.totals[m][slot] = tally_.totals[m];
      for (int k = 0; k < kKindCount; ++k) out.by_origin[m][k][slot] = tally_.by_origin[m][k];
      for (std::int64_t d = 0; d < departments_; ++d) {
        out.by_department[m][slot * departments_ + d] = tally_.by_department[m * departments_ + d];
      }
    }
    out.sharers[slot] = static_cast<std::int64_t>(posters_.size());
    out.steps[slot] = tally_.steps;
    std::int64_t cumulative = 0;
    const std::int64_t width = funnel_.horizon + 1;
    for (std::int64_t t = 0; t < width; ++t) {
      cumulative += tally_.new_reach[t];
      out.reach_by_step[slot * width + t] = cumulative;
    }
  }

  const Network& network_;
  const IndependentCascade& model_;
  const AdvocacyCampaign& campaign_;
  const Funnel& funnel_;
  const std::vector<NodeId>& companies_;  // the company accounts that post (none if not company)
  const std::vector<NodeId>& eligible_;
  const std::int64_t departments_;
  FunnelState state_;
  Tally tally_;
  std::vector<Poster> posters_;
  const detail::IndependentCascadeRule& cascade_;  // adoption (reshare) thresholds, shared
  PerKind engage_p_{};
  // Steps waited after the first, geometric with mean attention_delay - 1; none when every
  // delay is one step.
  std::optional<detail::GeometricSkip> delay_;
  std::uint64_t edge_stride_ = 1;
};

std::int64_t department_count(const Network& network) {
  if (!network.has_groups()) return 0;
  std::int64_t largest = -1;
  for (NodeId v = 0; v < static_cast<NodeId>(network.n_nodes()); ++v) {
    if (network.kind(v) == Kind::employee)
      largest = std::max<std::int64_t>(largest, network.groups()[v]);
  }
  return largest + 1;
}

}  // namespace

FunnelResults simulate_funnel(const Network& network, const Model& model,
                              const AdvocacyCampaign& campaign, const Funnel& funnel,
                              const RunOptions& options) {
  options.validate();
  validate(model, network);
  funnel.validate();
  campaign.validate(network);
  if (campaign.post_steps.size() > 65535) {
    fail_value("Campaign.posts", "at most 65535 posts",
               format_number(static_cast<std::int64_t>(campaign.post_steps.size())));
  }
  if (campaign.post_steps.back() > funnel.horizon) {
    fail_value("Campaign.posts",
               "hours within the horizon [0, " + format_number(funnel.horizon) + "]",
               format_number(campaign.post_steps.back()));
  }
  const auto* cascade = std::get_if<IndependentCascade>(&model);
  if (cascade == nullptr) {
    fail_value("simulate_campaign.model",
               "IndependentCascade (funnel runs support that model so far)", "another model");
  }
  const std::vector<NodeId> eligible = campaign.eligible(network);
  const std::vector<NodeId> companies = campaign.company_accounts(network);
  const std::int64_t departments = department_count(network);

  const detail::IndependentCascadeRule cascade_rule(*cascade, network);  // built once, shared
  const std::int64_t total = options.replications;
  FunnelResults results(total, departments, funnel.horizon);
  detail::run_parallel(
      total, options,
      [&] {
        return [&, replication = FunnelReplication(network, *cascade, cascade_rule, campaign,
                                                   funnel, companies, eligible,
                                                   departments)](std::int64_t i) mutable {
          replication.run(options.first_replication + i, options.seed, results, i);
          return std::int64_t{1};
        };
      },
      [](const auto&) {});
  return results;
}

}  // namespace socialreach
