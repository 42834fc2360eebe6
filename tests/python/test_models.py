"""What every social-proof model shares: sr.simulate / sr.compare like IndependentCascade,
credibility per sender kind (raising the seeds' kind never lowers expected adopters),
determinism for any thread count, the same metrics, and ValueErrors that name model, parameter,
range and value before any work."""

from __future__ import annotations

import math

import numpy as np
import pytest

import socialreach as sr

EMPLOYEES = 30


def employee_network() -> sr.Network:
    net = sr.generators.erdos_renyi(3000, 6, seed=5)
    kinds = ["employee"] * EMPLOYEES + ["public"] * (net.n_nodes - EMPLOYEES)
    return net.with_kinds(kinds)


def models(credibility: float):
    c = {"employee": credibility}
    return {
        "LinearThreshold": sr.LinearThreshold(credibility=c),
        "Threshold": sr.Threshold(0.3, credibility=c),
        "ThresholdAbsolute": sr.Threshold(2, relative=False, credibility=c),
        "Herding": sr.Herding(0.55, credibility=c),
        "Bass": sr.Bass(0.001, 0.5, dt=0.5, credibility=c),
    }


@pytest.mark.parametrize("name", list(models(1.0)))
def test_raising_the_seeds_credibility_never_lowers_expected_adopters(name):
    net = employee_network()
    seeds = list(range(EMPLOYEES))
    low = sr.simulate(net, models(1.0)[name], seeds, replications=300, seed=8, max_steps=60)
    high = sr.simulate(net, models(4.0)[name], seeds, replications=300, seed=8, max_steps=60)
    difference = high.adopters.astype(float) - low.adopters
    se = difference.std(ddof=1) / math.sqrt(difference.size) if difference.std() > 0 else 0.0
    print(
        f"{name}: adopters {low.adopters.mean():.1f} -> {high.adopters.mean():.1f} (paired se {se:.2f})"
    )
    # Same seed, so the same possible worlds: the paired difference is not significantly < 0.
    assert difference.mean() >= -4 * se
    assert difference.mean() > 0  # and credibility does matter here


@pytest.mark.parametrize("name", list(models(1.0)))
def test_same_results_for_any_thread_count_and_every_metric(name):
    net = employee_network()
    model = models(2.0)[name]
    one = sr.simulate(net, model, [0, 1, 2], replications=40, seed=3, threads=1)
    two = sr.simulate(net, model, [0, 1, 2], replications=40, seed=3, threads=2)
    for metric in ("adopters", "reach", "impressions", "steps", "rejecters", "curve", "time"):
        assert np.array_equal(getattr(one, metric), getattr(two, metric)), metric
    for kind in one.reach_by_origin:
        assert np.array_equal(one.reach_by_origin[kind], two.reach_by_origin[kind])
    assert one.reach_by_origin["employee"].sum() > 0  # employee seeds' chains reached people
    summary = one.summary()
    assert {"adopters", "reach", "impressions", "reach_employee", "rejecters"} <= set(summary.index)


def test_compare_runs_every_model_on_common_random_numbers():
    net = employee_network()
    for name, model in models(3.0).items():
        cmp = sr.compare(net, model, {"one": [0], "ten": list(range(10))}, replications=60, seed=2)
        assert cmp.difference("ten", "one", metric="adopters").estimate >= 0, name


def test_observe_all_never_builds_a_complete_graph():
    # A crowd of 200,000 with observe="all" runs on an empty network (no ties stored).
    crowd = sr.generators.empty(200_000)
    res = sr.simulate(
        crowd, sr.Threshold(sr.Normal(0.001, 0.0005), observe="all"), replications=2, seed=1
    )
    assert crowd.n_edges == 0
    assert (res.adopters == crowd.n_nodes).all()
    assert (res.impressions >= crowd.n_nodes - 1).all()


@pytest.mark.parametrize(
    ("build", "message"),
    [
        (lambda: sr.Threshold(1.5), r"Threshold\.phi must be in \[0, 1\], got 1\.5"),
        (
            lambda: sr.Threshold(-1, relative=False),
            r"Threshold\.phi must be a finite number >= 0 \(a count of adopters, relative=False\), got -1",
        ),
        (
            lambda: sr.Threshold(np.array([0.2, 1.2])),
            r"Threshold\.phi\[1\] must be in \[0, 1\], got 1\.2",
        ),
        (
            lambda: sr.Threshold(sr.Uniform(0.5, 0.2)),
            r"Threshold\.phi: Uniform\.b must be >= Uniform\.a = 0\.5, got 0\.2",
        ),
        (
            lambda: sr.Threshold(sr.Uniform(-0.1, 0.2)),
            r"Threshold\.phi: Uniform\.a must be in \[0, 1\], got -0\.1",
        ),
        (
            lambda: sr.Threshold(sr.Normal(0.2, -1)),
            r"Threshold\.phi: Normal\.sd must be a finite number >= 0, got -1",
        ),
        (
            lambda: sr.Threshold(0.2, observe="everyone"),
            r"Threshold\.observe must be one of 'neighbors', 'all', got 'everyone'",
        ),
        (
            lambda: sr.Threshold(0.2, credibility={"employee": -1}),
            r"Threshold\.credibility\['employee'\] must be a finite number >= 0, got -1",
        ),
        (lambda: sr.Threshold("high"), r"Threshold\.phi must be a number, a 1-D array"),
        (
            lambda: sr.LinearThreshold(credibility={"company": float("nan")}),
            r"LinearThreshold\.credibility\['company'\] must be a finite number >= 0, got nan",
        ),
        (lambda: sr.Herding(0.4), r"Herding\.signal_precision must be in \[0\.5, 1\], got 0\.4"),
        (lambda: sr.Herding(1.2), r"Herding\.signal_precision must be in \[0\.5, 1\], got 1\.2"),
        (
            lambda: sr.Herding(state="ugly"),
            r"Herding\.state must be one of 'good', 'bad', got 'ugly'",
        ),
        (
            lambda: sr.Herding(order="alphabetical"),
            r"Herding\.order must be one of 'random', 'exposure', got 'alphabetical'",
        ),
        (
            lambda: sr.Herding(order="exposure", observe="all"),
            r"Herding\.order must be 'random' when observe='all'",
        ),
        (
            lambda: sr.Herding(credibility={"public": -2}),
            r"Herding\.credibility\['public'\] must be a finite number >= 0, got -2",
        ),
        (lambda: sr.Bass(p=1.5), r"Bass\.p must be in \[0, 1\], got 1\.5"),
        (lambda: sr.Bass(q=-0.1), r"Bass\.q must be a finite number >= 0, got -0\.1"),
        (
            lambda: sr.Bass(dt=0),
            r"Bass\.dt must be in \(0, 1 / \(p \+ q\)\] = \(0, 2\.4390243902439024\], got 0",
        ),
        (
            lambda: sr.Bass(dt=3),
            r"Bass\.dt must be in \(0, 1 / \(p \+ q\)\] = \(0, 2\.4390243902439024\], got 3",
        ),
        (
            lambda: sr.Bass(observe="some"),
            r"Bass\.observe must be one of 'neighbors', 'all', got 'some'",
        ),
    ],
)
def test_out_of_range_parameters_raise_value_error(build, message):
    with pytest.raises(ValueError, match=message):
        build()


def test_network_dependent_errors_come_before_any_work():
    net = sr.generators.empty(5)
    with pytest.raises(
        ValueError, match=r"Threshold\.phi must be one value per node \(5\), got 3 values"
    ):
        sr.simulate(net, sr.Threshold(np.array([0.1, 0.2, 0.3])), replications=10)
    with pytest.raises(ValueError, match=r"simulate\.seeds must be at least one node id"):
        sr.simulate(net, sr.LinearThreshold(), replications=10)
    with pytest.raises(ValueError, match=r"simulate\.seeds must be at least one node id"):
        sr.simulate(net, sr.Herding(order="exposure"), replications=10)
    with pytest.raises(IndexError, match=r"simulate\.seeds must be node ids in \[0, 4\], got 7"):
        sr.simulate(net, sr.Bass(), [7], replications=10)
