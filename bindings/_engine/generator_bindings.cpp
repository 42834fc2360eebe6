#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include "socialreach/generators.hpp"
#include "socialreach/organization.hpp"

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

  py::class_<generators::OrganizationSpec>(g, "OrganizationSpec")
      .def(py::init([](std::int64_t employees, std::int64_t departments,
                       std::int64_t company_followers, double followers_per_employee,
                       double audience_sigma, double audience_overlap, double colleague_ties,
                       double within_department, double public_degree, std::uint64_t seed) {
             return generators::OrganizationSpec{employees,         departments,
                                                 company_followers, followers_per_employee,
                                                 audience_sigma,    audience_overlap,
                                                 colleague_ties,    within_department,
                                                 public_degree,     seed};
           }),
           py::arg("employees"), py::arg("departments"), py::arg("company_followers"),
           py::arg("followers_per_employee"), py::arg("audience_sigma"),
           py::arg("audience_overlap"), py::arg("colleague_ties"), py::arg("within_department"),
           py::arg("public_degree"), py::arg("seed"));
  g.def("organization", [](const generators::OrganizationSpec& spec) {
    py::gil_scoped_release nogil;
    return generators::organization(spec);
  });
  g.def("organization_from_internal",
        [](const Network& internal,
           const py::array_t<std::int64_t, py::array::c_style | py::array::forcecast>& labels,
           const generators::OrganizationSpec& spec) {
          std::span<const std::int64_t> values(labels.data(),
                                               static_cast<std::size_t>(labels.size()));
          py::gil_scoped_release nogil;
          return generators::organization(internal, values, spec);
        });
}

}  // namespace socialreach::bindings
