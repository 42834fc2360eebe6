#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>

#include "numpy_views.hpp"
#include "python_run.hpp"
#include "socialreach/errors.hpp"
#include "socialreach/kind.hpp"
#include "socialreach/simulator.hpp"

namespace socialreach::bindings {

namespace {

py::dict to_python(Results&& r) {
  py::dict out;
  out["adopters"] = owning_array(std::move(r.adopters));
  // A run that counted no reach (RunOptions::count_reach) has none: None, and no reach by origin.
  const bool with_reach = !r.reach.empty();  // a run has at least one replication
  out["reach"] = with_reach ? py::object(owning_array(std::move(r.reach))) : py::none();
  out["impressions"] = owning_array(std::move(r.impressions));
  out["steps"] = owning_array(std::move(r.steps));
  py::dict by_origin;
  for (int k = 0; with_reach && k < kKindCount; ++k) {
    by_origin[py::str(std::string(kKindNames[k]))] = owning_array(std::move(r.reach_by_origin[k]));
  }
  out["reach_by_origin"] = by_origin;
  out["curve"] = owning_array(std::move(r.curve));
  out["rejecters"] = owning_array(std::move(r.rejecters));
  out["time"] = owning_array(std::move(r.time));
  return out;
}

}  // namespace

void register_simulate(py::module_& m) {
  py::class_<Campaign>(m, "Campaign")
      .def(py::init([](std::vector<std::int64_t> seeds, std::vector<std::int64_t> start_steps,
                       std::int64_t random_count, double random_fraction) {
             return Campaign{std::move(seeds), std::move(start_steps), random_count,
                             random_fraction};
           }),
           py::arg("seeds"), py::arg("start_steps"), py::arg("random_count"),
           py::arg("random_fraction"));

  m.def(
      "simulate",
      [](const Network& network, const Model& model, const Campaign& campaign,
         std::int64_t replications, std::uint64_t seed, std::int64_t first_replication, int threads,
         std::int64_t max_steps, py::object progress, bool count_reach) {
        RunOptions options = python_run_options(replications, seed, first_replication, threads,
                                                max_steps, std::move(progress));
        options.count_reach = count_reach;
        return to_python(without_gil([&] { return simulate(network, model, campaign, options); }));
      },
      py::arg("network"), py::arg("model"), py::arg("campaign"), py::arg("replications"),
      py::arg("seed"), py::arg("first_replication"), py::arg("threads"), py::arg("max_steps"),
      py::arg("progress"), py::arg("count_reach"));
}

}  // namespace socialreach::bindings
