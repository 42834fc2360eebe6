#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include "socialreach/generators.hpp"

namespace socialreach::bindings {

namespace py = pybind11;

void register_generators(py::module_& m) {
  auto g = m.def_submodule("generators");
  g.def("erdos_renyi", [](std::int64_t n, double mean_degree, bool directed, std::uint64_t seed) {
    py::gil_scoped_release nogil;
    return generators::erdos_renyi(n, mean_degree, directed, seed);
  });
  g.def("configuration_model",
        [](const py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>& degrees,
           std::uint64_t seed) {
          std::span<const std::int64_t> values(degrees.data(),
                                               static_cast<std::size_t>(degrees.size()));
          py::gil_scoped_release nogil;
          return generators::configuration_model(values, seed);
        });
  g.def("barabasi_albert", [](std::int64_t n, std::int64_t m_ties, std::uint64_t seed) {
    py::gil_scoped_release nogil;
    return generators::barabasi_albert(n, m_ties, seed);
  });
  g.def("watts_strogatz", [](std::int64_t n, std::int64_t k, double beta, std::uint64_t seed) {
    py::gil_scoped_release nogil;
    return generators::watts_strogatz(n, k, beta, seed);
  });
  g.def("ring_lattice", &generators::ring_lattice);
  g.def("complete", &generators::complete);
  g.def("empty", &generators::empty);
}

}  // namespace socialreach::bindings
