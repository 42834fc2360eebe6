#include "socialreach/generators.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "socialreach/detail/counter_rng.hpp"
#include "socialreach/detail/geometric_skip.hpp"
#include "socialreach/errors.hpp"

namespace socialreach::generators {

namespace {

using detail::CounterRng;
using detail::Purpose;

struct EdgeBuffer {
  std::vector<std::int64_t> src, dst;
  void add(std::int64_t u, std::int64_t v) {
    src.push_back(u);
    dst.push_back(v);
  }
  Network build(std::int64_t n, bool directed) const {
    EdgeListInput input;
    input.src = src;
    input.dst = dst;
    input.n_nodes = n;
    input.directed = directed;
    return Network::from_edges(input);
  }
};

void check_n(std::int64_t n, const char* generator) {
  if (n < 0 || n > kMaxNodes) {
    fail_value(std::string(generator) + ".n", "in [0, " + format_number(kMaxNodes) + "]",
               format_number(n));
  }
}

// Positions of successes among `candidates` Bernoulli(p) trials, by geometric skipping.
template <typename Emit>
void bernoulli_positions(std::int64_t candidates, double p, const CounterRng& rng, Emit emit) {
  if (candidates <= 0) return;
  detail::for_each_success(
      static_cast<std::uint64_t>(candidates), p,
      [&](std::uint64_t draw) { return rng.bits(draw, Purpose::kGenerator); },
      [&](std::uint64_t i) { emit(static_cast<std::int64_t>(i)); });
}

}  // namespace

Network erdos_renyi(std::int64_t n, double mean_degree, bool directed, std::uint64_t seed) {
  check_n(n, "erdos_renyi");
  const double most = n > 1 ? static_cast<double>(n - 1) : 0.0;
  check_in_closed(mean_degree, 0.0, most, "erdos_renyi.mean_degree");
  const double p = n > 1 ? mean_degree / most : 0.0;
  EdgeBuffer edges;
  edges.src.reserve(static_cast<std::size_t>(mean_degree * n * (directed ? 1.0 : 0.5) * 1.05) + 16);
  edges.dst.reserve(edges.src.capacity());
  for (std::int64_t u = 0; u < n; ++u) {
    const CounterRng rng(seed, static_cast<std::uint64_t>(u));
    if (directed) {  // candidates: every v != u
      bernoulli_positions(n - 1, p, rng, [&](std::int64_t i) { edges.add(u, i < u ? i : i + 1); });
    } else {  // candidates: v > u
      bernoulli_positions(n - 1 - u, p, rng, [&](std::int64_t i) { edges.add(u, u + 1 + i); });
    }
  }
  return edges.build(n, directed);
}

Network configuration_model(std::span<const std::int64_t> degrees, std::uint64_t seed) {
  std::int64_t stubs_total = 0;
  for (std::size_t v = 0; v < degrees.size(); ++v) {
    if (degrees[v] < 0) {
      fail_value("configuration_model.degrees", ">= 0",
                 format_number(degrees[v]) + " (at position " + std::to_string(v) + ")");
    }
    stubs_total += degrees[v];
  }
  if (stubs_total % 2 != 0)
    fail_value("configuration_model.degrees", "of even sum", "sum " + format_number(stubs_total));
  check_n(static_cast<std::int64_t>(degrees.size()), "configuration_model");
  std::vector<std::int64_t> stubs;
  stubs.reserve(stubs_total);
  for (std::size_t v = 0; v < degrees.size(); ++v)
    stubs.insert(stubs.end(), degrees[v], static_cast<std::int64_t>(v));
  const CounterRng rng(seed, 0);
  for (std::size_t i = stubs.size(); i > 1; --i) {  // Fisher-Yates
    std::swap(stubs[i - 1], stubs[rng.below(i, i, Purpose::kGenerator)]);
  }
  EdgeBuffer edges;
  for (std::size_t i = 0; i + 1 < stubs.size(); i += 2) edges.add(stubs[i], stubs[i + 1]);
  return edges.build(static_cast<std::int64_t>(degrees.size()), false);
}

Network barabasi_albert(std::int64_t n, std::int64_t m, std::uint64_t seed) {
  check_n(n, "barabasi_albert");
  if (m < 1 || m >= n)
    fail_value("barabasi_albert.m", "in [1, n - 1] = [1, " + format_number(n - 1) + "]",
               format_number(m));
  EdgeBuffer edges;
  std::vector<std::int64_t> repeated;  // each node once per tie it has
  repeated.reserve(2 * n * m);
  for (std::int64_t v = 1; v <= m; ++v) {  // the initial star
    edges.add(0, v);
    repeated.push_back(0);
    repeated.push_back(v);
  }
  std::vector<std::int64_t> chosen;
  for (std::int64_t source = m + 1; source < n; ++source) {
    const CounterRng rng(seed, static_cast<std::uint64_t>(source));
    chosen.clear();
    for (std::uint64_t draw = 0; static_cast<std::int64_t>(chosen.size()) < m; ++draw) {
      const std::int64_t t = repeated[rng.below(repeated.size(), draw, Purpose::kGenerator)];
      if (std::find(chosen.begin(), chosen.end(), t) == chosen.end()) chosen.push_back(t);
    }
    for (std::int64_t t : chosen) {
      edges.add(source, t);
      repeated.push_back(t);
      repeated.push_back(source);
    }
  }
  return edges.build(n, false);
}

namespace {

void check_ring(std::int64_t n, std::int64_t k, const char* generator) {
  check_n(n, generator);
  if (k < 0 || k % 2 != 0 || (k >= n && k > 0)) {
    fail_value(std::string(generator) + ".k",
               "even and in [0, n - 1] = [0, " + format_number(n - 1) + "]", format_number(k));
  }
}

}  // namespace

Network ring_lattice(std::int64_t n, std::int64_t k) {
  check_ring(n, k, "ring_lattice");
  EdgeBuffer edges;
  for (std::int64_t j = 1; j <= k / 2; ++j) {
    for (std::int64_t u = 0; u < n; ++u) edges.add(u, (u + j) % n);
  }
  return edges.build(n, false);
}

Network watts_strogatz(std::int64_t n, std::int64_t k, double beta, std::uint64_t seed) {
  check_ring(n, k, "watts_strogatz");
  check_in_closed(beta, 0.0, 1.0, "watts_strogatz.beta");
  std::vector<std::vector<std::int64_t>> ties(n);
  auto has_tie = [&](std::int64_t u, std::int64_t v) {
    return std::find(ties[u].begin(), ties[u].end(), v) != ties[u].end();
  };
  auto remove_tie = [&](std::int64_t u, std::int64_t v) {
    ties[u].erase(std::find(ties[u].begin(), ties[u].end(), v));
    ties[v].erase(std::find(ties[v].begin(), ties[v].end(), u));
  };
  for (std::int64_t j = 1; j <= k / 2; ++j) {
    for (std::int64_t u = 0; u < n; ++u) {
      ties[u].push_back((u + j) % n);
      ties[(u + j) % n].push_back(u);
    }
  }
  for (std::int64_t j = 1; j <= k / 2; ++j) {
    for (std::int64_t u = 0; u < n; ++u) {
      const CounterRng rng(seed, static_cast<std::uint64_t>(j * n + u));
      if (rng.uniform(0, Purpose::kGenerator) >= beta) continue;
      if (static_cast<std::int64_t>(ties[u].size()) >= n - 1) continue;  // u is tied to everyone
      const std::int64_t v = (u + j) % n;
      std::int64_t w = u;
      for (std::uint64_t draw = 1; w == u || has_tie(u, w); ++draw) {
        w = static_cast<std::int64_t>(
            rng.below(static_cast<std::uint64_t>(n), draw, Purpose::kGenerator));
      }
      if (!has_tie(u, v)) continue;  // the tie was already rewired away from this end
      remove_tie(u, v);
      ties[u].push_back(w);
      ties[w].push_back(u);
    }
  }
  EdgeBuffer edges;
  for (std::int64_t u = 0; u < n; ++u) {
    for (std::int64_t v : ties[u]) {
      if (u < v) edges.add(u, v);
    }
  }
  return edges.build(n, false);
}

Network complete(std::int64_t n) {
  check_n(n, "complete");
  EdgeBuffer edges;
  for (std::int64_t u = 0; u < n; ++u) {
    for (std::int64_t v = u + 1; v < n; ++v) edges.add(u, v);
  }
  return edges.build(n, false);
}

Network empty(std::int64_t n) {
  check_n(n, "empty");
  return EdgeBuffer{}.build(n, false);
}

}  // namespace socialreach::generators
