#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <span>

#include "numpy_views.hpp"
#include "socialreach/analytic.hpp"

namespace socialreach::bindings {

namespace py = pybind11;

void register_analytic(py::module_& m) {
  auto a = m.def_submodule("analytic");
  a.def("spectral_radius", [](const Network& network, const IndependentCascade* model,
                              double tolerance, std::int64_t max_iterations) {
    const analytic::SpectralOptions options{tolerance, max_iterations};
    py::gil_scoped_release nogil;
    return model ? analytic::spectral_radius(network, *model, options)
                 : analytic::spectral_radius(network, options);
  });
  a.def("epidemic_threshold_degree_moments", &analytic::epidemic_threshold_degree_moments);
  a.def("adoption_probabilities",
        [](const Network& network, const IndependentCascade& model,
           const py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>& seeds,
           std::int64_t max_steps, double tolerance) {
          std::span<const std::int64_t> ids(seeds.data(), static_cast<std::size_t>(seeds.size()));
          std::vector<double> probabilities;
          {
            py::gil_scoped_release nogil;
            probabilities =
                analytic::adoption_probabilities(network, model, ids, max_steps, tolerance);
          }
          return owning_array(std::move(probabilities));
        });
}

}  // namespace socialreach::bindings
