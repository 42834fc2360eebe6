#include <pybind11/native_enum.h>
#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <span>
#include <string>

#include "numpy_views.hpp"
#include "socialreach/components.hpp"
#include "socialreach/kind.hpp"
#include "socialreach/network.hpp"

namespace socialreach::bindings {

namespace {

template <typename T>
using InArray = py::array_t<T, py::array::c_style | py::array::forcecast>;

template <typename T>
std::span<const T> span_of(const InArray<T>& a) {
  return {a.data(), static_cast<std::size_t>(a.size())};
}

}  // namespace

void register_network(py::module_& m) {
  py::native_enum<Kind>(m, "Kind", "enum.IntEnum",
                        "Who a node is: decides how visible and credible its shares are.")
      .value("company", Kind::company)
      .value("employee", Kind::employee)
      .value("public", Kind::public_)
      .finalize();
  m.def("parse_kind", [](const std::string& name, const std::string& parameter) {
    return static_cast<int>(parse_kind(name, parameter));
  });

  py::class_<Network>(m, "Network")
      .def_static(
          "from_edges",
          [](const InArray<std::int64_t>& src, const InArray<std::int64_t>& dst,
             std::int64_t n_nodes, bool directed, const InArray<double>& weights,
             const InArray<std::int64_t>& kinds, const InArray<std::int64_t>& groups) {
            EdgeListInput input{span_of(src),     span_of(dst),   n_nodes,        directed,
                                span_of(weights), span_of(kinds), span_of(groups)};
            py::gil_scoped_release nogil;
            return Network::from_edges(input);
          },
          py::arg("src"), py::arg("dst"), py::arg("n_nodes"), py::arg("directed"),
          py::arg("weights"), py::arg("kinds"), py::arg("groups"))
      .def_static("load",
                  [](const std::string& path) {
                    py::gil_scoped_release nogil;
                    return Network::load(path);
                  })
      .def("save",
           [](const Network& net, const std::string& path) {
             py::gil_scoped_release nogil;
             net.save(path);
           })
      .def("with_kinds",
           [](const Network& net, const InArray<std::int64_t>& kinds) {
             return net.with_kinds(span_of(kinds));
           })
      .def_property_readonly("n_nodes", &Network::n_nodes)
      .def_property_readonly("n_edges", &Network::n_edges)
      .def_property_readonly("directed", &Network::directed)
      .def_property_readonly("weighted", &Network::weighted)
      .def_property_readonly("has_groups", &Network::has_groups)
      .def("memory_bytes", &Network::memory_bytes)
      .def("components",
           [](const Network& net, bool strong) {
             std::vector<std::int32_t> labels;
             {
               py::gil_scoped_release nogil;
               labels = components(net, strong);
             }
             return owning_array(std::move(labels));
           })
      .def_property_readonly("offsets",
                             [](py::object self) {
                               return read_only_view<std::uint64_t>(
                                   self.cast<const Network&>().offsets(), self);
                             })
      .def_property_readonly("targets",
                             [](py::object self) {
                               return read_only_view<std::uint32_t>(
                                   self.cast<const Network&>().targets(), self);
                             })
      .def_property_readonly("kinds",
                             [](py::object self) {
                               return read_only_view<std::uint8_t>(
                                   self.cast<const Network&>().kinds(), self);
                             })
      .def_property_readonly("weights",
                             [](const Network& self) {
                               // A copy: the weights may be stored as codes (edge_weights.hpp).
                               auto values = owning_array(self.weights().values());
                               values.attr("setflags")(py::arg("write") = false);
                               return values;
                             })
      .def_property_readonly("groups",
                             [](py::object self) {
                               return read_only_view<std::int32_t>(
                                   self.cast<const Network&>().groups(), self);
                             })
      .def_property_readonly("in_degrees", [](py::object self) {
        return read_only_view<std::uint32_t>(self.cast<const Network&>().in_degrees(), self);
      });
}

}  // namespace socialreach::bindings
