#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include "socialreach/independent_cascade.hpp"

namespace socialreach::bindings {

namespace py = pybind11;

void register_models(py::module_& m) {
  m.def("credible_probability", &credible_probability, py::arg("p"), py::arg("credibility"));
  py::class_<IndependentCascade>(m, "IndependentCascade")
      .def(py::init([](double p, bool weighted_cascade, const PerKind& credibility,
                       const PerKind& visibility) {
             IndependentCascade model{p, weighted_cascade, credibility, visibility};
             model.validate();
             return model;
           }),
           py::arg("p"), py::arg("weighted_cascade"), py::arg("credibility"), py::arg("visibility"))
      .def_readonly("p", &IndependentCascade::p)
      .def_readonly("weighted_cascade", &IndependentCascade::weighted_cascade)
      .def_readonly("credibility", &IndependentCascade::credibility)
      .def_readonly("visibility", &IndependentCascade::visibility);
}

}  // namespace socialreach::bindings
