#include "socialreach/analytic.hpp"

#include <Eigen/SparseCore>
#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <string>

#include "socialreach/campaign.hpp"
#include "socialreach/errors.hpp"

namespace socialreach::analytic {

namespace {

using SparseMatrix = Eigen::SparseMatrix<double, Eigen::RowMajor, std::int64_t>;

// Transmission probability along stored edge e from u (as the IC rule computes it).
double transmission(const Network& network, const IndependentCascade& model, NodeId u, EdgeId e) {
  const int k = static_cast<int>(network.kind(u));
  return model.visibility[k] * edge_probability(model, network, e, network.targets()[e], k);
}

// M^T with M_uv = value(u, e) on stored edges (row v collects what flows into v), plus identity.
template <typename Value>
SparseMatrix shifted_transpose(const Network& network, Value value) {
  std::vector<Eigen::Triplet<double, std::int64_t>> entries;
  entries.reserve(static_cast<std::size_t>(network.n_edges() + network.n_nodes()));
  const auto& offsets = network.offsets();
  for (NodeId u = 0; u < static_cast<NodeId>(network.n_nodes()); ++u) {
    entries.emplace_back(u, u, 1.0);
    for (EdgeId e = offsets[u]; e < offsets[u + 1]; ++e) {
      entries.emplace_back(network.targets()[e], u, value(u, e));
    }
  }
  SparseMatrix m(network.n_nodes(), network.n_nodes());
  m.setFromTriplets(entries.begin(), entries.end());  // repeated ties add up
  return m;
}

// Perron root of a non-negative matrix given as (M + I)^T: power iteration from the all-ones
// vector; the shift makes the Perron root strictly dominant even for periodic graphs.
double perron_root(const SparseMatrix& shifted, const SpectralOptions& options) {
  if (options.max_iterations < 1) {
    fail_value("spectral_radius.max_iterations", ">= 1", format_number(options.max_iterations));
  }
  if (!(options.tolerance > 0.0)) {
    fail_value("spectral_radius.tolerance", "> 0", format_number(options.tolerance));
  }
  const auto n = shifted.rows();
  if (n == 0) return 0.0;
  Eigen::VectorXd x = Eigen::VectorXd::Ones(n) / std::sqrt(static_cast<double>(n));
  double estimate = 0.0;
  for (std::int64_t i = 0; i < options.max_iterations; ++i) {
    Eigen::VectorXd y = shifted * x;
    const double norm = y.norm();
    const double next = x.dot(y);  // Rayleigh-like estimate of the dominant eigenvalue
    x = y / norm;
    if (i > 0 && std::abs(next - estimate) <= options.tolerance * std::abs(next)) {
      return next - 1.0;
    }
    estimate = next;
  }
  fail_value("spectral_radius",
             "convergent within max_iterations = " + format_number(options.max_iterations),
             "relative change above tolerance " + format_number(options.tolerance));
}

}  // namespace

double spectral_radius(const Network& network, const SpectralOptions& options) {
  return perron_root(shifted_transpose(network, [](NodeId, EdgeId) { return 1.0; }), options);
}

double spectral_radius(const Network& network, const IndependentCascade& model,
                       const SpectralOptions& options) {
  model.validate();
  return perron_root(
      shifted_transpose(network,
                        [&](NodeId u, EdgeId e) { return transmission(network, model, u, e); }),
      options);
}

double epidemic_threshold_spectral(const Network& network, const SpectralOptions& options) {
  const double radius = spectral_radius(network, options);
  return radius > 0.0 ? 1.0 / radius : std::numeric_limits<double>::infinity();
}

double epidemic_threshold_degree_moments(const Network& network) {
  const std::int64_t n = network.n_nodes();
  if (n == 0) return std::numeric_limits<double>::infinity();
  double sum = 0.0, sum_sq = 0.0;
  for (NodeId u = 0; u < static_cast<NodeId>(n); ++u) {
    const double k = network.out_degree(u);
    sum += k;
    sum_sq += k * k;
  }
  const double mean = sum / n, mean_sq = sum_sq / n;
  return mean_sq > mean ? mean / (mean_sq - mean) : std::numeric_limits<double>::infinity();
}

std::vector<double> adoption_probabilities(const Network& network, const IndependentCascade& model,
                                           std::span<const std::int64_t> seeds,
                                           std::int64_t max_steps, double tolerance) {
  model.validate();
  Campaign campaign;
  campaign.seeds.assign(seeds.begin(), seeds.end());
  campaign.validate(network);
  if (max_steps < -1) {
    fail_value("adoption_probabilities.max_steps", ">= 0 (or None for no limit)",
               format_number(max_steps));
  }
  const std::int64_t n = network.n_nodes();
  const std::int64_t m = network.n_edges();
  const auto& offsets = network.offsets();
  const auto& targets = network.targets();

  // In-edges of every node, sorted by source, so the cavity of edge k -> i (which leaves out
  // what k hears from i) is found by binary search.
  std::vector<EdgeId> in_offsets(n + 1, 0);
  for (NodeId v : targets) ++in_offsets[v + 1];
  std::partial_sum(in_offsets.begin(), in_offsets.end(), in_offsets.begin());
  std::vector<EdgeId> in_edges(m);
  std::vector<NodeId> source(m);
  {
    std::vector<EdgeId> cursor(in_offsets.begin(), in_offsets.end() - 1);
    for (NodeId u = 0; u < static_cast<NodeId>(n); ++u) {
      for (EdgeId e = offsets[u]; e < offsets[u + 1]; ++e) {
        source[e] = u;
        in_edges[cursor[targets[e]]++] = e;  // sources arrive in increasing order
      }
    }
  }

  std::vector<double> susceptible0(n, 1.0);  // P_S^i(0)
  for (auto s : seeds) susceptible0[s] = 0.0;
  std::vector<double> lambda(m);
  for (NodeId u = 0; u < static_cast<NodeId>(n); ++u) {
    for (EdgeId e = offsets[u]; e < offsets[u + 1]; ++e) {
      lambda[e] = targets[e] == u ? 0.0 : transmission(network, model, u, e);  // loops do nothing
    }
  }
  // Messages on edge e = k -> i: theta (no transmission from k to i yet), phi (k is infectious,
  // i.e. adopted in the last step, in the cavity graph without i), and P_S^{k->i}.
  std::vector<double> theta(m, 1.0), phi(m), cavity_s(m);
  for (EdgeId e = 0; e < static_cast<EdgeId>(m); ++e) {
    phi[e] = 1.0 - susceptible0[source[e]];
    cavity_s[e] = susceptible0[source[e]];
  }
  // Product of theta over in-edges of each node, kept as (product of non-zero factors, zeros).
  std::vector<double> product(n);
  std::vector<std::int64_t> zeros(n);
  for (std::int64_t step = 1; max_steps < 0 || step <= max_steps; ++step) {
    double change = 0.0;
    for (EdgeId e = 0; e < static_cast<EdgeId>(m); ++e) {
      const double next = theta[e] - lambda[e] * phi[e];
      change = std::max(change, std::abs(next - theta[e]));
      theta[e] = next;
    }
    for (NodeId v = 0; v < static_cast<NodeId>(n); ++v) {
      double p = 1.0;
      std::int64_t z = 0;
      for (EdgeId j = in_offsets[v]; j < in_offsets[v + 1]; ++j) {
        const double t = theta[in_edges[j]];
        if (t == 0.0) {
          ++z;
        } else {
          p *= t;
        }
      }
      product[v] = p;
      zeros[v] = z;
    }
    for (EdgeId e = 0; e < static_cast<EdgeId>(m); ++e) {
      const NodeId k = source[e], i = targets[e];
      // theta over k's in-edges that come from i (left out of the cavity).
      const auto begin = in_edges.begin() + static_cast<std::ptrdiff_t>(in_offsets[k]);
      const auto end = in_edges.begin() + static_cast<std::ptrdiff_t>(in_offsets[k + 1]);
      auto from_i = std::lower_bound(begin, end, i,
                                     [&](EdgeId edge, NodeId node) { return source[edge] < node; });
      double left_out = 1.0;
      std::int64_t left_out_zeros = 0;
      for (; from_i != end && source[*from_i] == i; ++from_i) {
        if (theta[*from_i] == 0.0) {
          ++left_out_zeros;
        } else {
          left_out *= theta[*from_i];
        }
      }
      const double rest = zeros[k] > left_out_zeros ? 0.0 : product[k] / left_out;
      const double next = susceptible0[k] * rest;
      phi[e] = cavity_s[e] - next;  // k adopted in this step (recovery after one step)
      cavity_s[e] = next;
    }
    if (change <= tolerance) break;
  }
  std::vector<double> adopted(n);
  for (NodeId v = 0; v < static_cast<NodeId>(n); ++v) {
    double s = susceptible0[v];
    for (EdgeId j = in_offsets[v]; j < in_offsets[v + 1]; ++j) s *= theta[in_edges[j]];
    adopted[v] = 1.0 - s;
  }
  return adopted;
}

}  // namespace socialreach::analytic
