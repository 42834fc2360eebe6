// socialreach._engine: conversions between Python and the C++ engine, nothing else.
#include <pybind11/pybind11.h>

namespace py = pybind11;

namespace socialreach::bindings {
void register_network(py::module_& m);
void register_models(py::module_& m);
void register_simulate(py::module_& m);
void register_generators(py::module_& m);
void register_funnel(py::module_& m);
void register_analytic(py::module_& m);
}  // namespace socialreach::bindings

PYBIND11_MODULE(_engine, m) {
  m.doc() = "socialreach C++ engine (private: import socialreach instead)";
  socialreach::bindings::register_network(m);
  socialreach::bindings::register_models(m);
  socialreach::bindings::register_simulate(m);
  socialreach::bindings::register_generators(m);
  socialreach::bindings::register_funnel(m);
  socialreach::bindings::register_analytic(m);
}
