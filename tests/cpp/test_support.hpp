// Small helpers shared by the C++ tests: building networks and summarising samples.
#pragma once

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "socialreach/network.hpp"

namespace socialreach::testing {

// The shared SNAP networks: $SOCIALREACH_DATA (make sets it), or ../shared/data beside the
// repository (SOCIALREACH_DATA_DIR, compiled in) for a bare ctest run.
inline std::string data_dir() {
  const char* folder = std::getenv("SOCIALREACH_DATA");
  return folder != nullptr ? folder : SOCIALREACH_DATA_DIR;
}

inline Network network_of(const std::vector<std::pair<std::int64_t, std::int64_t>>& edges,
                          std::int64_t n, bool directed, std::vector<std::int64_t> kinds = {}) {
  std::vector<std::int64_t> src, dst;
  for (auto [u, v] : edges) {
    src.push_back(u);
    dst.push_back(v);
  }
  EdgeListInput input;
  input.src = src;
  input.dst = dst;
  input.n_nodes = n;
  input.directed = directed;
  input.kinds = kinds;
  return Network::from_edges(input);
}

struct Sample {
  double mean = 0.0;
  double sem = 0.0;  // standard error of the mean
};

inline Sample sample_of(const std::vector<std::int64_t>& values) {
  const double n = static_cast<double>(values.size());
  double sum = 0.0, sum_sq = 0.0;
  for (auto v : values) {
    sum += static_cast<double>(v);
    sum_sq += static_cast<double>(v) * static_cast<double>(v);
  }
  const double mean = sum / n;
  const double variance = (sum_sq - n * mean * mean) / (n - 1.0);
  return {mean, std::sqrt(std::max(variance, 0.0) / n)};
}

}  // namespace socialreach::testing
