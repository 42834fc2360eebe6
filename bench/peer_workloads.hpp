// The peer workloads of bench/compare_peers.py, built by the engine's own generators (the same
// graphs as the harness's: their mean adopters agree to every digit) with the harness's fixed
// seeds, for the Google Benchmark cases (cascade_bench.cpp) and the in-process comparison of two
// builds (compare_in_process.py).
#pragma once

#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "socialreach/generators.hpp"
#include "socialreach/simulator.hpp"

namespace socialreach {

// The peer workload (a) of bench/compare_peers.py: directed G(n = 10,000, p = 0.01).
inline const Network& er_ten_thousand() {
  static const Network net = generators::erdos_renyi(10'000, 0.01 * 9'999, true, 1);
  return net;
}

// The peer workloads (b) and (c) of bench/compare_peers.py: directed ER, n = 100,000, mean 10.
inline const Network& er_hundred_thousand() {
  static const Network net = generators::erdos_renyi(100'000, 10.0, true, 2);
  return net;
}

// The peer workloads (e) of bench/compare_peers.py: ego-Facebook, undirected, read from
// $SOCIALREACH_DATA (make exports it); an empty network when the file is missing.
inline const Network& ego_facebook() {
  static const Network net = [] {
    const char* dir = std::getenv("SOCIALREACH_DATA");
    std::ifstream in(std::filesystem::path(dir ? dir : "../shared/data") / "facebook_combined.txt");
    std::vector<std::int64_t> src, dst;
    std::int64_t u = 0, v = 0, n = 0;
    while (in >> u >> v) {
      src.push_back(u);
      dst.push_back(v);
      n = std::max({n, u + 1, v + 1});
    }
    EdgeListInput input;
    input.src = src;
    input.dst = dst;
    input.n_nodes = n;
    input.directed = false;
    return Network::from_edges(input);
  }();
  return net;
}

// The peer workload (d) of bench/compare_peers.py: Barabási–Albert, n = 1,000,000, m = 5.
inline const Network& ba_million_peers() {
  static const Network net = generators::barabasi_albert(1'000'000, 5, 3);
  return net;
}

// The peer workloads' fixed seeds, as bench/compare_peers.py draws them for n nodes:
// np.sort(np.random.default_rng(0).choice(n, size=count, replace=False)).
inline const std::vector<std::int64_t> kSeedsOfTenThousand = {165,  409,  752,  1752, 2696,
                                                              3076, 5107, 6364, 8132, 8498};
inline const std::vector<std::int64_t> kSeedsOfHundredThousand = {
    1652, 4097, 7523, 17526, 26977, 30781, 51110, 63691, 81327, 85054};
inline const std::vector<std::int64_t> kSeedsOfEgoFacebook = {66,   165,  303,  707,  1088,
                                                              1241, 2060, 2567, 3284, 3428};
inline const std::vector<std::int64_t> kSeedsOfMillion = {
    2738,   5352,   8284,   16526,  22101,  28319,  33584,  40971,  75236,  80398,
    89285,  124282, 175260, 175652, 257299, 269774, 277339, 299708, 307815, 394139,
    403234, 422682, 481056, 503608, 511112, 525616, 541453, 543607, 554302, 559900,
    606613, 615385, 632249, 636931, 647188, 649390, 670621, 670858, 729471, 729640,
    764873, 813237, 815830, 846559, 850582, 857383, 863165, 912720, 935044, 970708};

// Workload `key` ("a" to "e2") as compare_peers.py runs it: network, model, seeds, cascades.
struct PeerWorkload {
  const Network* network = nullptr;
  IndependentCascade model;
  Campaign campaign;
  std::int64_t cascades = 0;
};
inline PeerWorkload peer_workload(const std::string& key) {
  PeerWorkload w;
  IndependentCascade weighted;
  weighted.weighted_cascade = true;
  auto seeds = [&](const std::vector<std::int64_t>& s) { w.campaign.seeds = s; };
  if (key == "a") {
    w = {&er_ten_thousand(), IndependentCascade{0.1}, {}, 1'000};
    seeds(kSeedsOfTenThousand);
  } else if (key == "b" || key == "c") {
    w = {&er_hundred_thousand(),
         IndependentCascade{key == "b" ? 0.05 : 0.15},
         {},
         key == "b" ? 100'000 : 200};
    seeds(kSeedsOfHundredThousand);
  } else if (key == "d") {
    w = {&ba_million_peers(), weighted, {}, 1'000};
    seeds(kSeedsOfMillion);
  } else if (key == "e1" || key == "e2") {
    w = {&ego_facebook(), key == "e1" ? IndependentCascade{0.01} : weighted, {}, 10'000};
    seeds(kSeedsOfEgoFacebook);
  }
  return w;
}

}  // namespace socialreach
