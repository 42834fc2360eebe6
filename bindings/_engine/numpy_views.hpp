// Numpy arrays over engine memory without copying: either owning a moved-in vector (a capsule
// frees it) or viewing an object's vector read-only while keeping that object alive.
#pragma once

#include <pybind11/numpy.h>
#include <pybind11/pybind11.h>

#include <vector>

namespace socialreach::bindings {

namespace py = pybind11;

template <typename T>
py::array_t<T> owning_array(std::vector<T>&& values) {
  auto* owned = new std::vector<T>(std::move(values));
  py::capsule owner(owned, [](void* p) { delete static_cast<std::vector<T>*>(p); });
  return py::array_t<T>(static_cast<py::ssize_t>(owned->size()), owned->data(), owner);
}

template <typename T, typename Stored, typename Allocator>
py::array_t<T> read_only_view(const std::vector<Stored, Allocator>& values, py::handle keep_alive) {
  static_assert(sizeof(T) == sizeof(Stored));
  py::array_t<T> view(static_cast<py::ssize_t>(values.size()),
                      reinterpret_cast<const T*>(values.data()), keep_alive);
  view.attr("setflags")(py::arg("write") = false);
  return view;
}

}  // namespace socialreach::bindings
