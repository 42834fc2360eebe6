#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <string>
#include <vector>

#include "socialreach/bass.hpp"
#include "socialreach/herding.hpp"
#include "socialreach/independent_cascade.hpp"
#include "socialreach/linear_threshold.hpp"
#include "socialreach/observe.hpp"
#include "socialreach/threshold.hpp"

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

  py::class_<LinearThreshold>(m, "LinearThreshold")
      .def(py::init([](const PerKind& credibility) {
             LinearThreshold model{credibility};
             model.validate();
             return model;
           }),
           py::arg("credibility"))
      .def_readonly("credibility", &LinearThreshold::credibility);

  // phi arrives as (form name, constant, per-node values, two distribution parameters).
  py::class_<Threshold>(m, "Threshold")
      .def(py::init(
               [](const std::string& form, double value,
                  const py::array_t<double, py::array::c_style | py::array::forcecast>& per_node,
                  double first, double second, bool relative, const PerKind& credibility,
                  const std::string& observe) {
                 Threshold model;
                 model.phi = ThresholdPhi::make(
                     form, value,
                     std::vector<double>(per_node.data(), per_node.data() + per_node.size()), first,
                     second);
                 model.relative = relative;
                 model.credibility = credibility;
                 model.observe = parse_observe(observe, "Threshold.observe");
                 model.validate();
                 return model;
               }),
           py::arg("form"), py::arg("value"), py::arg("per_node"), py::arg("first"),
           py::arg("second"), py::arg("relative"), py::arg("credibility"), py::arg("observe"))
      .def_readonly("relative", &Threshold::relative)
      .def_readonly("credibility", &Threshold::credibility);

  py::class_<Herding>(m, "Herding")
      .def(
          py::init([](double signal_precision, const std::string& state, const std::string& observe,
                      const std::string& order, const PerKind& credibility) {
            Herding model;
            model.signal_precision = signal_precision;
            model.good_state = parse_herding_state(state, "Herding.state");
            model.observe = parse_observe(observe, "Herding.observe");
            model.order = parse_herding_order(order, "Herding.order");
            model.credibility = credibility;
            model.validate();
            return model;
          }),
          py::arg("signal_precision"), py::arg("state"), py::arg("observe"), py::arg("order"),
          py::arg("credibility"))
      .def_readonly("signal_precision", &Herding::signal_precision)
      .def_readonly("credibility", &Herding::credibility);

  py::class_<Bass>(m, "Bass")
      .def(py::init([](double p, double q, double dt, const std::string& observe,
                       const PerKind& credibility) {
             Bass model{p, q, dt, parse_observe(observe, "Bass.observe"), credibility};
             model.validate();
             return model;
           }),
           py::arg("p"), py::arg("q"), py::arg("dt"), py::arg("observe"), py::arg("credibility"))
      .def_readonly("p", &Bass::p)
      .def_readonly("q", &Bass::q)
      .def_readonly("dt", &Bass::dt)
      .def_readonly("credibility", &Bass::credibility);
}

}  // namespace socialreach::bindings
