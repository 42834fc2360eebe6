"""Threshold models (Watts 2002; Granovetter 1978; Centola and Macy 2007) against their papers.

Every statistical check states its expected value and source; tolerances are 4 standard errors
of the estimate (fixed seeds)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import validation_scenarios as scenarios
from scipy.stats import binom, poisson

import socialreach as sr


def test_granovetter_crowd_riots_and_one_changed_threshold_stops_it():
    # Granovetter 1978, p. 1425 (scenarios/validation/granovetter_crowd.toml).
    s = scenarios.load("granovetter_crowd")
    crowd = scenarios.network(s["network"])
    res = sr.simulate(crowd, scenarios.model(s["model"]), **s["run"])
    assert res.adopters.tolist() == [s["expected"]["adopters"]]
    assert res.curve.tolist() == list(range(1, 101))  # one more rioter per step
    phi = np.arange(100.0)
    phi[1] = 2
    calm = sr.simulate(crowd, scenarios.model(s["model"], phi=phi), **s["run"])
    assert calm.adopters.tolist() == [s["expected"]["adopters_when_second_needs_two"]]


def test_complex_contagion_needs_two_adjacent_seeds_on_a_ring():
    # Centola and Macy 2007 (scenarios/validation/centola_macy_ring.toml).
    s = scenarios.load("centola_macy_ring")
    ring = scenarios.network(s["network"])
    model = scenarios.model(s["model"])
    both = sr.simulate(ring, model, seeds=[0, 1], **s["run"])
    one = sr.simulate(ring, model, seeds=[0], **s["run"])
    assert (both.adopters == s["expected"]["adopters_two_adjacent_seeds"]).all()
    assert (one.adopters == s["expected"]["adopters_single_seed"]).all()


def watts_window(z: float, phi: float) -> float:
    """Watts 2002, eq. (4), uniform phi on Poisson(z) degrees: z P[Poisson(z) <= floor(1/phi) - 2]."""
    return z * poisson.cdf(math.floor(1 / phi) - 2, z)


def global_cascade_frequency(s: dict, z: float) -> tuple[float, int]:
    net_spec, run = s["network"], s["run"]
    model = scenarios.model(s["model"])
    cascades, total = 0, 0
    for graph in range(net_spec["graphs"]):
        net = scenarios.network(net_spec, mean_degree=z, seed=run["seed"] + graph)
        res = sr.simulate(
            net, model, sr.random_seeds(1), replications=run["replications"], seed=run["seed"]
        )
        cascades += int((res.adopters > run["global_fraction"] * net.n_nodes).sum())
        total += res.replications
    return cascades / total, total


def test_watts_global_cascades_inside_the_window_and_not_outside():
    # Watts 2002, eq. (4) (scenarios/validation/watts_global_cascades.toml).
    s = scenarios.load("watts_global_cascades")
    phi = s["model"]["phi"]
    for z in s["network"]["inside"]:
        assert watts_window(z, phi) > 1
        frequency, trials = global_cascade_frequency(s, z)
        print(
            f"Watts z={z} (window value {watts_window(z, phi):.2f}): global cascades {frequency:.3f}"
        )
        # Significantly above the stated minimum: 4 binomial standard errors.
        low = frequency - 4 * scenarios.binomial_se(frequency, trials)
        assert low > s["expected"]["min_frequency_inside"], (z, frequency)
    for z in s["network"]["outside"]:
        assert watts_window(z, phi) < 0.5
        frequency, trials = global_cascade_frequency(s, z)
        print(
            f"Watts z={z} (window value {watts_window(z, phi):.2f}): global cascades {frequency:.3f}"
        )
        # If the true frequency were 0.02, seeing <= 1% of 1000 trials has probability < 1e-3.
        assert frequency <= s["expected"]["max_frequency_outside"], (z, frequency)


def gleeson_cahalane(z: float, cdf, rho0: float, kmax: int = 60) -> float:
    """Gleeson and Cahalane 2007, eqs. (1)-(2), Poisson(z) degrees, threshold CDF `cdf`.
    A node of degree 0 adopts only if its threshold is <= 0 (as in the engine)."""
    k = np.arange(kmax + 1)
    pk = poisson.pmf(k, z)

    def response(m, degree):
        return cdf(m / degree) if degree > 0 else cdf(0.0)

    q = rho0
    for _ in range(10_000):
        inner = sum(
            degree
            * pk[degree]
            / z
            * sum(binom.pmf(m, degree - 1, q) * response(m, degree) for m in range(degree))
            for degree in range(1, kmax + 1)
        )
        q_next = rho0 + (1 - rho0) * inner
        if abs(q_next - q) < 1e-14:
            q = q_next
            break
        q = q_next
    outer = sum(
        pk[degree] * sum(binom.pmf(m, degree, q) * response(m, degree) for m in range(degree + 1))
        for degree in range(kmax + 1)
    )
    return rho0 + (1 - rho0) * outer


def test_seeded_fraction_matches_gleeson_cahalane():
    # Gleeson and Cahalane 2007 (scenarios/validation/gleeson_cahalane_seed_fraction.toml).
    s = scenarios.load("gleeson_cahalane_seed_fraction")
    net_spec, run = s["network"], s["run"]
    low, high = s["model"]["phi"]["uniform"]
    model = scenarios.model(s["model"])

    def cdf(x):
        return min(1.0, max(0.0, (x - low) / (high - low)))

    for rho0, stated in zip(run["seed_fractions"], s["expected"]["adopted_fraction"], strict=True):
        expected = gleeson_cahalane(net_spec["mean_degree"], cdf, rho0)
        assert expected == pytest.approx(stated, abs=5e-5)
        per_graph = []
        for graph in range(net_spec["graphs"]):
            net = scenarios.network(net_spec, seed=run["seed"] + graph)
            res = sr.simulate(
                net,
                model,
                sr.random_seeds(fraction=rho0),
                replications=run["replications"],
                seed=run["seed"] + graph,
            )
            per_graph.append(res.adopters.mean() / net.n_nodes)
        # Graphs are independent draws of the ensemble: the standard error of their mean.
        observed = float(np.mean(per_graph))
        se = float(np.std(per_graph, ddof=1) / math.sqrt(len(per_graph)))
        print(f"rho0={rho0}: observed {observed:.5f} +- {se:.5f}, Gleeson-Cahalane {expected:.5f}")
        assert abs(observed - expected) < 4 * se + 1e-4, (rho0, observed, expected, se)


def test_zero_thresholds_adopt_at_step_zero_without_seeds():
    path = sr.Network.from_edges([0, 1, 2], [1, 2, 3])
    res = sr.simulate(path, sr.Threshold(np.array([0.0, 1.0, 1.0, 1.0])), replications=2)
    assert res.adopters.tolist() == [4, 4]
    assert res.curve.tolist() == [1, 2, 3, 4]
    # Normal thresholds: a draw <= 0 starts on its own, so some replications adopt without seeds.
    net = sr.generators.erdos_renyi(2000, 4, seed=1)
    drawn = sr.simulate(net, sr.Threshold(sr.Normal(0.2, 0.1)), replications=20, seed=4)
    assert (drawn.adopters > 0).all()
