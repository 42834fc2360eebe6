"""Bass diffusion in a crowd against the closed form (Bass 1969, eq. 7)."""

from __future__ import annotations

import numpy as np
import validation_scenarios as scenarios

import socialreach as sr


def bass_f(t, p, q):
    """Bass 1969, eq. (7): cumulative adopted fraction at time t."""
    decay = np.exp(-(p + q) * t)
    return (1 - decay) / (1 + (q / p) * decay)


def test_crowd_curve_follows_the_closed_form():
    # scenarios/validation/bass_crowd.toml: N = 100,000, |curve/N - F(t)| <= 0.01 for t <= 20.
    s = scenarios.load("bass_crowd")
    crowd = scenarios.network(s["network"])
    m = s["model"]
    res = sr.simulate(
        crowd, scenarios.model(m), replications=s["run"]["replications"], seed=s["run"]["seed"]
    )
    n = crowd.n_nodes
    horizon = res.time <= s["run"]["horizon"]
    assert np.allclose(res.time, np.arange(res.curve.size) * m["dt"])
    expected = bass_f(res.time[horizon], m["p"], m["q"])
    gap = np.abs(res.curve[horizon] / n - expected)
    print(f"largest |F_sim - F| over t <= {s['run']['horizon']}: {gap.max():.4f}")
    assert gap.max() <= s["expected"]["tolerance"]
    # The standard error of a fraction of 100,000 over 2 replications is < 0.0012, so the
    # tolerance is also about 8 standard errors.
    assert (res.adopters == n).all()


def test_time_is_step_times_dt():
    res = sr.simulate(
        sr.generators.empty(200), sr.Bass(0.1, 0.5, dt=0.25, observe="all"), replications=3, seed=1
    )
    assert np.allclose(res.time, 0.25 * np.arange(res.curve.size))


def test_network_imitation_spreads_only_along_ties():
    ring = sr.generators.ring_lattice(60, 2)
    res = sr.simulate(ring, sr.Bass(0.0, 1.0, dt=0.5), seeds=[0], replications=5, seed=3)
    assert (res.adopters == 60).all()
    islands = sr.simulate(
        sr.generators.empty(10), sr.Bass(0.0, 1.0, dt=0.5), seeds=[0], replications=5
    )
    assert (islands.adopters == 1).all()
