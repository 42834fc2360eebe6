"""Herding against the closed forms of Bikhchandani, Hirshleifer and Welch (1992), section II.
Tolerances: 4 binomial standard errors (fixed seeds)."""

from __future__ import annotations

import numpy as np
import validation_scenarios as scenarios

import socialreach as sr


def no_cascade(p: float, n: int) -> float:
    """BHW 1992: P(no cascade after n agents), n even."""
    return (p - p * p) ** (n / 2)


def correct_cascade(p: float, n: int) -> float:
    """BHW 1992: P(an adopt cascade has started after n agents) in the good state."""
    return p * (p + 1) * (1 - (p - p * p) ** (n / 2)) / (2 * (1 - p + p * p))


def test_bhw_closed_forms_in_a_crowd():
    # scenarios/validation/bhw_herding.toml
    s = scenarios.load("bhw_herding")
    run = s["run"]
    for p in run["precisions"]:
        model = scenarios.model(s["model"], signal_precision=p)
        for agents, formula, event in (
            (run["agents_no_cascade"], no_cascade, lambda a, r: a == r),
            (run["agents_cascade"], correct_cascade, lambda a, r: a - r >= 2),
        ):
            crowd = scenarios.network(s["network"], n=agents)
            res = sr.simulate(crowd, model, replications=run["replications"], seed=run["seed"])
            assert ((res.adopters + res.rejecters) == agents).all()
            observed = float(event(res.adopters, res.rejecters).mean())
            expected = formula(p, agents)
            se = scenarios.binomial_se(expected, run["replications"])
            print(
                f"p={p} n={agents} {formula.__name__}: observed {observed:.4f}, BHW {expected:.4f}, se {se:.4f}"
            )
            assert abs(observed - expected) < 4 * se, (
                p,
                agents,
                formula.__name__,
                observed,
                expected,
            )


def test_bad_state_mirrors_good_state():
    # With state="bad" the right decision is to reject: the wrong (adopt) cascade has the
    # probability of BHW's wrong cascade, 1 - P(correct) - P(none).
    p, n, replications = 0.7, 20, 20_000
    res = sr.simulate(
        sr.generators.empty(n),
        sr.Herding(p, state="bad", observe="all"),
        replications=replications,
        seed=9,
    )
    expected = 1 - correct_cascade(p, n) - no_cascade(p, n)
    observed = float((res.adopters - res.rejecters >= 2).mean())
    assert abs(observed - expected) < 4 * scenarios.binomial_se(expected, replications)


def test_exposure_order_decides_only_reached_nodes():
    net = sr.generators.erdos_renyi(3000, 3, seed=2)
    res = sr.simulate(net, sr.Herding(0.9, order="exposure"), seeds=[0], replications=50, seed=1)
    reached_or_seed = res.reach + 1
    assert ((res.adopters + res.rejecters) <= reached_or_seed).all()
    assert (res.adopters >= 1).all()
    assert np.array_equal(res.time, np.arange(res.curve.size, dtype=float))
