// Advocacy campaigns and their funnel: conversions only.
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>

#include "numpy_views.hpp"
#include "python_run.hpp"
#include "socialreach/errors.hpp"
#include "socialreach/funnel.hpp"

namespace socialreach::bindings {

namespace {

py::array matrix(std::vector<std::int64_t>&& values, std::int64_t rows, std::int64_t columns) {
  return owning_array(std::move(values)).reshape({rows, columns});
}

py::dict to_python(FunnelResults&& r) {
  py::dict out;
  const std::int64_t n = r.replications;
  for (int m = 0; m < kFunnelMetricCount; ++m) {
    const std::string name = kFunnelMetricNames[m];
    out[py::str(name)] = owning_array(std::move(r.totals[m]));
    py::dict by_origin;
    for (int k = 0; k < kKindCount; ++k) {
      by_origin[py::str(std::string(kKindNames[k]))] = owning_array(std::move(r.by_origin[m][k]));
    }
    out[py::str(name + "_by_origin")] = by_origin;
    out[py::str(name + "_by_department")] = matrix(std::move(r.by_department[m]), n, r.departments);
  }
  out["sharers"] = owning_array(std::move(r.sharers));
  out["steps"] = owning_array(std::move(r.steps));
  out["reach_by_step"] = matrix(std::move(r.reach_by_step), n, r.horizon + 1);
  return out;
}

}  // namespace

void register_funnel(py::module_& m) {
  py::class_<LoyaltyTier>(m, "LoyaltyTier")
      .def(py::init([](double share, double participation, double repeat) {
             return LoyaltyTier{share, participation, repeat};
           }),
           py::arg("share"), py::arg("participation"), py::arg("repeat"))
      .def_readonly("share", &LoyaltyTier::share)
      .def_readonly("participation", &LoyaltyTier::participation)
      .def_readonly("repeat", &LoyaltyTier::repeat);

  py::class_<AdvocacyCampaign>(m, "AdvocacyCampaign")
      .def(py::init([](bool company, int ambassadors, std::vector<std::int64_t> ids,
                       std::vector<std::int64_t> departments, double participation, double repeat,
                       std::vector<LoyaltyTier> tiers, std::vector<std::int64_t> post_steps) {
             return AdvocacyCampaign{company,          static_cast<AmbassadorPool>(ambassadors),
                                     std::move(ids),   std::move(departments),
                                     participation,    repeat,
                                     std::move(tiers), std::move(post_steps)};
           }),
           py::arg("company"), py::arg("ambassadors"), py::arg("ids"), py::arg("departments"),
           py::arg("participation"), py::arg("repeat"), py::arg("tiers"), py::arg("post_steps"))
      .def("validate", &AdvocacyCampaign::validate)
      .def("eligible", &AdvocacyCampaign::eligible);

  py::class_<Funnel>(m, "Funnel")
      .def(py::init([](double engagement, double conversion, double attention_delay,
                       std::int64_t horizon) {
             Funnel funnel{engagement, conversion, attention_delay, horizon};
             funnel.validate();
             return funnel;
           }),
           py::arg("engagement"), py::arg("conversion"), py::arg("attention_delay"),
           py::arg("horizon"))
      .def_readonly("engagement", &Funnel::engagement)
      .def_readonly("conversion", &Funnel::conversion)
      .def_readonly("attention_delay", &Funnel::attention_delay)
      .def_readonly("horizon", &Funnel::horizon);

  m.def(
      "simulate_funnel",
      [](const Network& network, const Model& model, const AdvocacyCampaign& campaign,
         const Funnel& funnel, std::int64_t replications, std::uint64_t seed,
         std::int64_t first_replication, int threads, py::object progress) {
        const RunOptions options = python_run_options(replications, seed, first_replication,
                                                      threads, -1, std::move(progress));
        return to_python(without_gil(
            [&] { return simulate_funnel(network, model, campaign, funnel, options); }));
      },
      py::arg("network"), py::arg("model"), py::arg("campaign"), py::arg("funnel"),
      py::arg("replications"), py::arg("seed"), py::arg("first_replication"), py::arg("threads"),
      py::arg("progress"));
}

}  // namespace socialreach::bindings
