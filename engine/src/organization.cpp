#include "socialreach/organization.hpp"

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/errors.hpp"

namespace socialreach::generators {

namespace {

using detail::CounterRng;
using detail::Purpose;

// Independent streams of the generator's randomness: the stream and the node id form the
// `replication` slot of the counter, the draw number its `what` slot.
enum class Stream : std::uint64_t {
  kDepartments = 1,
  kAudienceSize = 2,
  kShared = 3,
  kColleagues = 4,
  kPublic = 5,
};

CounterRng stream_rng(std::uint64_t seed, Stream stream, std::uint64_t node) {
  return CounterRng(seed, (static_cast<std::uint64_t>(stream) << 40) | node);
}

// floor(x) or floor(x) + 1, with mean x.
std::int64_t stochastic_round(double x, const CounterRng& rng, std::uint64_t draw) {
  return static_cast<std::int64_t>(std::floor(x + rng.uniform(draw, Purpose::kGenerator)));
}

// A uniform integer in [0, size) other than `skip` (size >= 2, skip in [0, size)).
std::uint64_t below_except(std::uint64_t size, std::uint64_t skip, const CounterRng& rng,
                           std::uint64_t draw) {
  const std::uint64_t x = rng.below(size - 1, draw, Purpose::kGenerator);
  return x < skip ? x : x + 1;
}

void check_finite_at_least(double value, double lo, const char* parameter) {
  if (!(value >= lo) || std::isinf(value)) {
    fail_value(parameter, "a finite number >= " + format_number(lo), format_number(value));
  }
}

void sort_unique(std::vector<NodeId>& ids) {
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
}

// Department boundaries for generated employees: sizes proportional to lognormal weights
// (sigma 0.5), every department at least one employee. starts has departments + 1 entries.
std::vector<std::int64_t> department_starts(const OrganizationSpec& spec) {
  const std::int64_t d_count = spec.departments, extra = spec.employees - spec.departments;
  std::vector<double> cumulative(d_count + 1, 0.0);
  for (std::int64_t d = 0; d < d_count; ++d) {
    const CounterRng rng = stream_rng(spec.seed, Stream::kDepartments, d);
    cumulative[d + 1] =
        cumulative[d] + detail::portable_exp(0.5 * rng.standard_normal(0, Purpose::kGenerator));
  }
  std::vector<std::int64_t> starts(d_count + 1);
  for (std::int64_t d = 0; d <= d_count; ++d) {
    starts[d] = d + static_cast<std::int64_t>(std::floor(static_cast<double>(extra) *
                                                         cumulative[d] / cumulative[d_count]));
  }
  starts[d_count] = spec.employees;
  return starts;
}

// Everything but the colleague ties, shared by the generated and the internal organisation.
Network attach_audiences(std::vector<std::vector<NodeId>> colleagues,
                         std::vector<std::int32_t> groups, const OrganizationSpec& spec) {
  const std::int64_t employees = static_cast<std::int64_t>(colleagues.size());
  const NodeId company = static_cast<NodeId>(employees);
  const std::int64_t first_public = employees + 1;

  // Personal audience sizes (lognormal), and how many of each are people reached already.
  std::vector<std::int64_t> audience(employees), shared(employees), fresh_start(employees + 1);
  std::int64_t audience_total = 0;
  for (std::int64_t i = 0; i < employees; ++i) {
    const CounterRng rng = stream_rng(spec.seed, Stream::kAudienceSize, i);
    const double size =
        spec.followers_per_employee *
        detail::portable_exp(spec.audience_sigma * rng.standard_normal(0, Purpose::kGenerator));
    audience[i] = std::llround(std::min(size, static_cast<double>(kMaxNodes)));
    shared[i] = std::min(
        audience[i],
        stochastic_round(static_cast<double>(audience[i]) * spec.audience_overlap, rng, 2));
    audience_total += audience[i];
    if (audience_total > kMaxNodes) {
      fail_value("organization", "small enough for " + format_number(kMaxNodes) + " nodes",
                 "personal audiences adding up to more");
    }
  }
  const std::int64_t followers = spec.company_followers >= 0
                                     ? spec.company_followers
                                     : std::llround(static_cast<double>(audience_total) / 10.0);
  fresh_start[0] = first_public + followers;
  for (std::int64_t i = 0; i < employees; ++i)
    fresh_start[i + 1] = fresh_start[i] + audience[i] - shared[i];
  const std::int64_t n_nodes = fresh_start[employees];
  const std::int64_t n_public = n_nodes - first_public;
  if (n_nodes > kMaxNodes) {
    fail_value("organization", "small enough for " + format_number(kMaxNodes) + " nodes",
               format_number(n_nodes) + " nodes");
  }

  // The shared part of each audience: uniform over the public outside the employee's own fresh
  // audience (the company's followers and the other employees' audiences).
  std::vector<std::vector<NodeId>> picks(employees);
  for (std::int64_t i = 0; i < employees; ++i) {
    const std::int64_t own = fresh_start[i + 1] - fresh_start[i];
    const std::int64_t pool = n_public - own;
    if (pool <= 0) continue;
    const CounterRng rng = stream_rng(spec.seed, Stream::kShared, i);
    const std::int64_t own_offset = fresh_start[i] - first_public;
    picks[i].reserve(shared[i]);
    for (std::int64_t s = 0; s < shared[i]; ++s) {
      const auto x = static_cast<std::int64_t>(rng.below(pool, s, Purpose::kGenerator));
      picks[i].push_back(static_cast<NodeId>(first_public + (x < own_offset ? x : x + own)));
    }
    sort_unique(picks[i]);
  }

  // Public ties: each public node draws about public_degree / 2 others; stored both ways.
  std::vector<EdgeId> public_offsets(n_public + 1, 0);
  std::vector<NodeId> public_pairs;  // (a, b) flattened
  if (spec.public_degree > 0.0 && n_public >= 2) {
    public_pairs.reserve(static_cast<std::size_t>(spec.public_degree * n_public * 1.05) + 16);
    for (std::int64_t p = 0; p < n_public; ++p) {
      const CounterRng rng = stream_rng(spec.seed, Stream::kPublic, p);
      const std::int64_t draws = stochastic_round(spec.public_degree / 2.0, rng, 0);
      for (std::int64_t k = 0; k < draws; ++k) {
        const auto q = static_cast<std::int64_t>(below_except(n_public, p, rng, k + 1));
        public_pairs.push_back(static_cast<NodeId>(p));
        public_pairs.push_back(static_cast<NodeId>(q));
        ++public_offsets[p + 1];
        ++public_offsets[q + 1];
      }
    }
  }
  for (std::int64_t p = 0; p < n_public; ++p) public_offsets[p + 1] += public_offsets[p];
  std::vector<NodeId> public_targets(public_offsets.back());
  {
    std::vector<EdgeId> cursor(public_offsets.begin(), public_offsets.end() - 1);
    for (std::size_t k = 0; k < public_pairs.size(); k += 2) {
      const NodeId a = public_pairs[k], b = public_pairs[k + 1];
      public_targets[cursor[a]++] = static_cast<NodeId>(first_public + b);
      public_targets[cursor[b]++] = static_cast<NodeId>(first_public + a);
    }
  }
  public_pairs = {};

  // Assemble the CSR: employees, the company, then the public (repeated public ties merged).
  detail::LargeVector<EdgeId> offsets(n_nodes + 1, 0);
  detail::LargeVector<NodeId> targets;
  targets.reserve(public_targets.size() +
                  static_cast<std::size_t>(audience_total + followers + 2 * employees));
  std::vector<NodeId> scratch;
  for (std::int64_t i = 0; i < employees; ++i) {
    for (NodeId c : colleagues[i]) targets.push_back(c);
    for (std::int64_t v = fresh_start[i]; v < fresh_start[i + 1]; ++v)
      targets.push_back(static_cast<NodeId>(v));
    targets.insert(targets.end(), picks[i].begin(), picks[i].end());
    offsets[i + 1] = targets.size();
    std::vector<NodeId>().swap(picks[i]);
  }
  for (std::int64_t v = first_public; v < first_public + followers; ++v)
    targets.push_back(static_cast<NodeId>(v));
  for (std::int64_t i = 0; i < employees; ++i) targets.push_back(static_cast<NodeId>(i));
  offsets[company + 1] = targets.size();
  for (std::int64_t p = 0; p < n_public; ++p) {
    scratch.assign(public_targets.begin() + static_cast<std::ptrdiff_t>(public_offsets[p]),
                   public_targets.begin() + static_cast<std::ptrdiff_t>(public_offsets[p + 1]));
    sort_unique(scratch);
    targets.insert(targets.end(), scratch.begin(), scratch.end());
    offsets[first_public + p + 1] = targets.size();
  }

  detail::LargeVector<Kind> kinds(n_nodes, Kind::public_);
  std::fill(kinds.begin(), kinds.begin() + employees, Kind::employee);
  kinds[company] = Kind::company;
  groups.resize(n_nodes, -1);
  return Network::from_csr(std::move(offsets), std::move(targets), std::move(kinds), {},
                           std::move(groups), true);
}

}  // namespace

void OrganizationSpec::validate(bool internal) const {
  if (!internal) {
    if (employees < 1 || employees >= kMaxNodes) {
      fail_value("organization.employees", "in [1, " + format_number(kMaxNodes - 1) + "]",
                 format_number(employees));
    }
    if (departments < 1 || departments > employees) {
      fail_value("organization.departments",
                 "in [1, employees] = [1, " + format_number(employees) + "]",
                 format_number(departments));
    }
    if (!(colleague_ties >= 0.0 && colleague_ties <= static_cast<double>(employees - 1))) {
      fail_value("organization.colleague_ties",
                 "in [0, employees - 1] = [0, " + format_number(employees - 1) + "]",
                 format_number(colleague_ties));
    }
    check_in_closed(within_department, 0.0, 1.0, "organization.within_department");
  }
  if (company_followers < -1) {
    fail_value("organization.company_followers",
               ">= 0 (or None for a tenth of the employees' audiences)",
               format_number(company_followers));
  }
  check_finite_at_least(followers_per_employee, 0.0, "organization.followers_per_employee");
  check_in_closed(audience_sigma, 0.0, 5.0, "organization.audience_sigma");
  check_in_closed(audience_overlap, 0.0, 1.0, "organization.audience_overlap");
  check_finite_at_least(public_degree, 0.0, "organization.public_degree");
  if (public_degree > 10'000.0) {
    fail_value("organization.public_degree", "in [0, 10000]", format_number(public_degree));
  }
}

Network organization(const OrganizationSpec& spec) {
  spec.validate(false);
  const std::int64_t employees = spec.employees;
  const std::vector<std::int64_t> starts = department_starts(spec);
  std::vector<std::int32_t> groups(employees);
  for (std::int64_t d = 0; d < spec.departments; ++d) {
    std::fill(groups.begin() + starts[d], groups.begin() + starts[d + 1],
              static_cast<std::int32_t>(d));
  }
  // Colleague ties: each employee draws about colleague_ties / 2 colleagues, a share
  // within_department of them inside its own department; every tie is stored both ways.
  std::vector<std::vector<NodeId>> colleagues(employees);
  if (employees >= 2) {
    for (std::int64_t i = 0; i < employees; ++i) {
      const CounterRng rng = stream_rng(spec.seed, Stream::kColleagues, i);
      const std::int64_t draws = stochastic_round(spec.colleague_ties / 2.0, rng, 0);
      const std::int64_t lo = starts[groups[i]], size = starts[groups[i] + 1] - lo;
      for (std::int64_t k = 0; k < draws; ++k) {
        const bool inside =
            size >= 2 && rng.uniform(2 * k + 1, Purpose::kGenerator) < spec.within_department;
        const std::int64_t j =
            inside ? lo + static_cast<std::int64_t>(below_except(size, i - lo, rng, 2 * k + 2))
                   : static_cast<std::int64_t>(below_except(employees, i, rng, 2 * k + 2));
        colleagues[i].push_back(static_cast<NodeId>(j));
        colleagues[j].push_back(static_cast<NodeId>(i));
      }
    }
    for (auto& list : colleagues) sort_unique(list);
  }
  return attach_audiences(std::move(colleagues), std::move(groups), spec);
}

Network organization(const Network& internal, std::span<const std::int64_t> departments,
                     const OrganizationSpec& spec) {
  spec.validate(true);
  const std::int64_t employees = internal.n_nodes();
  if (employees < 1)
    fail_value("organization.internal", "a network with at least one employee", "0 nodes");
  if (internal.weighted()) {
    fail_value("organization.internal",
               "an unweighted network (tie weights are not supported here yet)",
               "a weighted network");
  }
  if (static_cast<std::int64_t>(departments.size()) != employees) {
    fail_value("organization.departments",
               "one label per employee (" + format_number(employees) + ")",
               std::to_string(departments.size()) + " labels");
  }
  std::vector<std::int32_t> groups(employees);
  for (std::int64_t i = 0; i < employees; ++i) {
    if (departments[i] < 0 || departments[i] > INT32_MAX) {
      fail_value("organization.departments", "labels in [0, 2147483647]",
                 format_number(departments[i]) + " (at position " + std::to_string(i) + ")");
    }
    groups[i] = static_cast<std::int32_t>(departments[i]);
  }
  std::vector<std::vector<NodeId>> colleagues(employees);
  for (std::int64_t i = 0; i < employees; ++i) {
    const auto& offsets = internal.offsets();
    colleagues[i].assign(internal.targets().begin() + static_cast<std::ptrdiff_t>(offsets[i]),
                         internal.targets().begin() + static_cast<std::ptrdiff_t>(offsets[i + 1]));
  }
  return attach_audiences(std::move(colleagues), std::move(groups), spec);
}

}  // namespace socialreach::generators
