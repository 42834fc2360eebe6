// Runs replications of a model on a network in parallel and summarises them in replication order.
//
// Every replication r is a pure function of (network, model, campaign, seed, r): the results are
// bit-identical for any thread count and any split of replications into chunks.
#pragma once

#include <cstdint>
#include <functional>

#include "socialreach/campaign.hpp"
#include "socialreach/model.hpp"
#include "socialreach/network.hpp"
#include "socialreach/results.hpp"

namespace socialreach {

struct RunOptions {
  std::int64_t replications = 1000;
  std::uint64_t seed = 0;
  std::int64_t first_replication = 0;  // run replications [first, first + replications)
  int threads = 0;                     // 0: every core OpenMP offers
  std::int64_t max_steps = -1;         // -1: until nobody adopts any more
  // Called from the calling thread about every poll_seconds with the number of finished
  // replications; returning false stops the run (simulate then throws Cancelled).
  std::function<bool(std::int64_t)> poll;
  double poll_seconds = 0.1;
  // Independent cascades can run 64 replications per pass (detail/fused_cascade.hpp) with the
  // same results: kAuto where that pays, kAlways where it applies, kNever (tests, benchmarks).
  enum class Fuse { kAuto, kAlways, kNever };
  Fuse fuse = Fuse::kAuto;
  // false: reach (and reach by origin) is not counted, and the results have none. The independent
  // cascade then marks no exposures, only adoptions (its shares look at their live edges alone):
  // for adopters-only work, such as comparing seed sets or fitting a model to adoptions.
  bool count_reach = true;

  void validate() const;
};

// Validates everything first (std::invalid_argument / std::out_of_range), then runs.
Results simulate(const Network& network, const Model& model, const Campaign& campaign,
                 const RunOptions& options);

}  // namespace socialreach
