#include "socialreach/herding.hpp"

#include <cmath>
#include <string>

#include "socialreach/detail/herding_driver.hpp"
#include "socialreach/errors.hpp"
#include "socialreach/independent_cascade.hpp"

namespace socialreach {

HerdingOrder parse_herding_order(std::string_view name, std::string_view parameter) {
  if (name == "random") return HerdingOrder::random;
  if (name == "exposure") return HerdingOrder::exposure;
  fail_value(parameter, "one of 'random', 'exposure'", quoted(name));
}

bool parse_herding_state(std::string_view name, std::string_view parameter) {
  if (name == "good") return true;
  if (name == "bad") return false;
  fail_value(parameter, "one of 'good', 'bad'", quoted(name));
}

void Herding::validate() const {
  check_in_closed(signal_precision, 0.5, 1.0, "Herding.signal_precision");
  validate_credibility(credibility, "Herding");
  if (order == HerdingOrder::exposure && observe == Observe::all) {
    fail_value("Herding.order", "'random' when observe='all' (every adopter reaches everyone)",
               "'exposure'");
  }
}

namespace detail {

namespace {
constexpr double kTieSlack = 1e-9;  // a total this close to 0 is a tie
}  // namespace

HerdingDriver::Scratch HerdingDriver::scratch() const {
  const std::int64_t n = network_.n_nodes();
  return {StampedValues<double>(n, 0.0), StampedValues<std::uint8_t>(n, 0), {}, {}};
}

void HerdingDriver::run(const CounterRng& rng, std::span<const SeedStart> seeds,
                        std::int64_t max_steps, ReplicationState& state, Scratch& s,
                        std::vector<std::int64_t>& new_adopters_by_step) const {
  const std::int64_t n = network_.n_nodes();
  const bool all = model_.observe == Observe::all;
  const bool by_exposure = model_.order == HerdingOrder::exposure;
  const auto& offsets = network_.offsets();
  const auto& targets = network_.targets();
  s.evidence.begin();
  s.done.begin();
  s.queue.clear();
  double crowd_evidence = 0.0;  // observe = all
  bool everyone_exposed = false;

  // v decided (+1 adopt, -1 reject): its weight reaches everyone who watches it, and an adopter
  // shares, exposing its audience (queued in exposure order).
  auto publish = [&](NodeId v, int decision, Kind origin) {
    const double weight = decision * model_.credibility[static_cast<int>(network_.kind(v))];
    if (all) {
      crowd_evidence += weight;
      if (decision > 0) expose_everyone(v, origin, n, everyone_exposed, state);
      return;
    }
    for (EdgeId e = offsets[v], end = offsets[v + 1]; e < end; ++e) {
      const NodeId w = targets[e];
      s.evidence[w] += weight;
      if (decision < 0) continue;
      state.expose(w, origin);
      if (by_exposure && s.done[w] == 0) {
        s.done[w] = 1;
        s.queue.push_back(w);
      }
    }
  };

  // Step 0: the seeds adopt, in order.
  std::size_t seeds_adopted = 0;
  for (const SeedStart& seed : seeds) {
    s.done[seed.node] = 1;
    if (state.adopt(seed.node, network_.kind(seed.node))) ++seeds_adopted;
  }
  record_step(0, seeds_adopted, state, new_adopters_by_step);
  for (const SeedStart& seed : seeds) publish(seed.node, +1, network_.kind(seed.node));

  std::int64_t step = 0;
  auto decide = [&](NodeId v) {
    ++step;
    // The private signal points to the true state with probability signal_precision.
    const bool correct = rng.uniform(v, Purpose::kSignal) < model_.signal_precision;
    const int signal = (correct == model_.good_state) ? +1 : -1;
    const double total = signal + (all ? crowd_evidence : s.evidence.get(v));
    bool adopt = total > kTieSlack;
    if (std::abs(total) <= kTieSlack) adopt = rng.uniform(v, Purpose::kTieBreak) < 0.5;
    if (adopt) {
      const Kind origin = state.own_origin(v, network_.kind(v));
      state.adopt(v, origin);
      record_step(step, 1, state, new_adopters_by_step);
      publish(v, +1, origin);
    } else {
      ++state.metrics.rejecters;
      publish(v, -1, Kind::public_);
    }
  };

  if (by_exposure) {
    for (std::size_t next = 0; next < s.queue.size() && (max_steps < 0 || step < max_steps);
         ++next) {
      decide(s.queue[next]);
    }
    return;
  }
  // A fresh uniform permutation (Fisher and Yates), a pure function of the replication.
  s.order.resize(n);
  for (std::int64_t i = 0; i < n; ++i) s.order[i] = static_cast<NodeId>(i);
  for (std::int64_t i = n - 1; i > 0; --i) {
    const auto j = rng.below(static_cast<std::uint64_t>(i) + 1, static_cast<std::uint64_t>(i),
                             Purpose::kOrder);
    std::swap(s.order[i], s.order[j]);
  }
  for (std::int64_t i = 0; i < n && (max_steps < 0 || step < max_steps); ++i) {
    const NodeId v = s.order[i];
    if (s.done[v] == 0) decide(v);
  }
}

}  // namespace detail
}  // namespace socialreach
