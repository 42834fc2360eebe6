// Small helpers shared by the C++ tests: building networks and summarising samples.
#pragma once

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <cstdlib>
#include <exception>
#include <string>
#include <utility>
#include <vector>

#include "socialreach/network.hpp"
#include "socialreach/simulator.hpp"

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

// simulate() from fixed seeds that all start at step 0 (threads 0: every core).
template <typename Model>
Results simulate_seeded(const Network& net, const Model& model, std::vector<std::int64_t> seeds,
                        std::int64_t replications, std::uint64_t seed, int threads = 0) {
  Campaign campaign;
  campaign.seeds = std::move(seeds);
  RunOptions options;
  options.replications = replications;
  options.seed = seed;
  options.threads = threads;
  return simulate(net, model, campaign, options);
}

// `without` is `counted`'s run with RunOptions::count_reach false: every metric but reach the
// same, and no reach.
inline void expect_same_without_reach(const Results& without, const Results& counted) {
  EXPECT_EQ(without.adopters, counted.adopters);
  EXPECT_EQ(without.impressions, counted.impressions);
  EXPECT_EQ(without.steps, counted.steps);
  EXPECT_EQ(without.curve, counted.curve);
  EXPECT_TRUE(without.reach.empty());
  for (const auto& by_origin : without.reach_by_origin) EXPECT_TRUE(by_origin.empty());
}

// The message of the exception of type E that `action` throws, or "no error"; an exception of
// another type escapes (and fails the test).
template <typename E = std::exception, typename Action>
std::string message_of(Action action) {
  try {
    action();
  } catch (const E& e) {
    return e.what();
  }
  return "no error";
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
