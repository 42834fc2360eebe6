// Fast deterministic companions of the simulator, to sanity-check and explore before simulating
// (computed with Eigen, which stays inside analytic.cpp).
//
// - Epidemic threshold of the independent cascade: IC spreads to a finite fraction of a large
//   network when the spectral radius of its transmission matrix T (T_uv = chance that a share by
//   u makes v adopt) exceeds 1 (Wang, Chakrabarti, Wang, Faloutsos 2003; Chung, Horn, Tsiatas
//   2009). For a uniform p that is p > 1 / lambda_max(A), A the adjacency matrix. The annealed
//   estimate from degree moments (Newman 2002; Pastor-Satorras and Vespignani 2001) is
//   p_c = <k> / (<k^2> - <k>), with k the out-degree (exact for configuration-model networks).
// - Expected adopters of the independent cascade by dynamic message passing (Lokhov, Mezard,
//   Ohta, Zdeborova, "Inferring the origin of an epidemic with a dynamic message-passing
//   algorithm", Phys. Rev. E 90, 012801, 2014), the SIR equations with recovery after one step:
//   exact on trees (and on any graph whose undirected skeleton has no cycles), an approximation
//   that ignores the correlations loops create otherwise.
#pragma once

#include <cstdint>
#include <span>
#include <vector>

#include "socialreach/independent_cascade.hpp"
#include "socialreach/network.hpp"

namespace socialreach::analytic {

struct SpectralOptions {
  double tolerance = 1e-10;  // relative change of the estimate between iterations
  std::int64_t max_iterations = 100'000;
};

// Largest eigenvalue of the adjacency matrix (or, with a model, of IC's transmission matrix), by
// power iteration on M + I (which converges for periodic graphs too). Throws std::invalid_argument
// if it has not converged after max_iterations.
double spectral_radius(const Network& network, const SpectralOptions& options = {});
double spectral_radius(const Network& network, const IndependentCascade& model,
                       const SpectralOptions& options = {});

// 1 / lambda_max(A): the uniform p above which IC can reach a finite fraction.
double epidemic_threshold_spectral(const Network& network, const SpectralOptions& options = {});

// <k> / (<k^2> - <k>) over out-degrees; infinity when <k^2> <= <k>.
double epidemic_threshold_degree_moments(const Network& network);

// Probability that each node adopts in an independent cascade from `seeds` (all at step 0), by
// dynamic message passing, iterated until messages change by less than `tolerance` (or for
// max_steps steps, -1 for no limit). Seeds are validated like simulate()'s.
std::vector<double> adoption_probabilities(const Network& network, const IndependentCascade& model,
                                           std::span<const std::int64_t> seeds,
                                           std::int64_t max_steps = -1, double tolerance = 1e-12);

}  // namespace socialreach::analytic
