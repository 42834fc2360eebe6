// What every engine run called from Python shares: run options whose poll checks for Ctrl-C and
// feeds the progress callback, and running with the GIL released.
#pragma once

#include <pybind11/pybind11.h>

#include <cstdint>
#include <utility>

#include "socialreach/errors.hpp"
#include "socialreach/simulator.hpp"

namespace socialreach::bindings {

namespace py = pybind11;

// The engine polls from the calling thread with the GIL released: take it back to check for
// Ctrl-C (which leaves KeyboardInterrupt set and stops the run) and to call `progress`.
inline RunOptions python_run_options(std::int64_t replications, std::uint64_t seed,
                                     std::int64_t first_replication, int threads,
                                     std::int64_t max_steps, py::object progress) {
  RunOptions options;
  options.replications = replications;
  options.seed = seed;
  options.first_replication = first_replication;
  options.threads = threads;
  options.max_steps = max_steps;
  options.poll = [progress = std::move(progress)](std::int64_t finished) {
    py::gil_scoped_acquire gil;
    if (PyErr_CheckSignals() != 0) return false;
    if (!progress.is_none()) progress(finished);
    return true;
  };
  return options;
}

// Runs `run()` without the GIL; a run stopped by Ctrl-C raises the pending KeyboardInterrupt.
template <typename Run>
auto without_gil(Run run) {
  try {
    py::gil_scoped_release nogil;
    return run();
  } catch (const Cancelled&) {
    throw py::error_already_set();
  }
}

}  // namespace socialreach::bindings
