// An organisation and the people it can reach: one company account, its employees in departments,
// the employees' personal audiences and the company page's followers, and ties among the public.
//
// Layout of the returned Network (directed; an edge u -> v means v is in u's audience):
//   nodes [0, employees)          kind employee, group = department (0 .. departments - 1)
//   node  employees               kind company (the company page), group -1
//   nodes (employees, n_nodes)    kind public, group -1: first the company page's followers, then
//                                 each employee's own audience in employee order
// Edges:
//   company -> each follower and each employee (employees follow their company's page);
//   employee <-> colleague, both directions (generated, or the internal network's edges as given);
//   employee -> each member of its personal audience: a heavy-tailed (lognormal) number of people,
//     a fraction `audience_overlap` of whom are drawn from people the company page or other
//     employees already reach (so unique reach is below the sum of audiences);
//   public <-> public ties (mean degree `public_degree`), so reshares travel beyond one hop.
//
// Every default is a prior to question, not a fact; see bindings/socialreach/generators.py for the
// sources behind them. Randomness comes only from detail::CounterRng keyed by the seed, so the
// network is a pure function of the parameters.
#pragma once

#include <cstdint>
#include <span>

#include "socialreach/network.hpp"

namespace socialreach::generators {

struct OrganizationSpec {
  std::int64_t employees = 1000;
  std::int64_t departments = 10;
  // Followers of the company page; -1: a tenth of the sum of the employees' audiences.
  std::int64_t company_followers = -1;
  double followers_per_employee = 200.0;  // median personal audience (lognormal median)
  double audience_sigma = 1.0;            // sigma of log(audience size)
  double audience_overlap = 0.05;         // share of an audience drawn from people reached already
  double colleague_ties = 10.0;           // mean colleague ties per employee (generated networks)
  double within_department = 0.8;         // share of colleague ties inside the department
  double public_degree = 4.0;             // mean ties of a public node to other public nodes
  std::uint64_t seed = 0;

  // Throws std::invalid_argument naming organization.<parameter>, its range and the value.
  void validate(bool internal) const;
};

// A generated organisation: colleague ties drawn mostly inside departments of lognormal sizes.
Network organization(const OrganizationSpec& spec);

// A real organisation: `internal` holds the employees (node i of it is employee i) and their ties,
// `departments` one label >= 0 per employee; spec.employees, spec.departments and
// spec.colleague_ties are not used. The internal network must be unweighted.
Network organization(const Network& internal, std::span<const std::int64_t> departments,
                     const OrganizationSpec& spec);

}  // namespace socialreach::generators
