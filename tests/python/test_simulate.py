import _thread
import threading

import numpy as np
import pytest

import socialreach as sr


@pytest.fixture(scope="module")
def er():
    return sr.generators.erdos_renyi(20_000, mean_degree=4, seed=1)


def test_readme_example(er):
    res = sr.simulate(er, sr.IndependentCascade(p=0.5), seeds=[0], replications=2_000, seed=7)
    assert res.adopters.dtype == np.int64 and res.adopters.shape == (2_000,)
    assert (res.adopters >= 1).all()
    table = res.summary()
    assert {"adopters", "reach", "impressions"} <= set(table.index)
    assert list(table.columns) == ["mean", "std", "sem", "ci_low", "ci_high"]


def test_bit_identical_for_threads_and_reruns_and_seed_sensitive(er):
    model = sr.IndependentCascade(p=0.3)
    runs = [
        sr.simulate(er, model, sr.random_seeds(3), replications=300, seed=11, threads=t)
        for t in (1, 2, 4, 8)
    ]
    runs.append(sr.simulate(er, model, sr.random_seeds(3), replications=300, seed=11, threads=2))
    for other in runs[1:]:
        for name in ("adopters", "reach", "impressions", "steps", "curve"):
            assert np.array_equal(getattr(runs[0], name), getattr(other, name)), name
        for kind in runs[0].reach_by_origin:
            assert np.array_equal(runs[0].reach_by_origin[kind], other.reach_by_origin[kind])
    different = sr.simulate(er, model, sr.random_seeds(3), replications=300, seed=12)
    assert not np.array_equal(runs[0].adopters, different.adopters)


def test_chunks_of_replications_equal_the_whole_run(er):
    model = sr.IndependentCascade(p=0.3)
    whole = sr.simulate(er, model, [5], replications=50, seed=3)
    parts = [
        sr.simulate(er, model, [5], replications=25, seed=3, first_replication=f) for f in (0, 25)
    ]
    assert np.array_equal(np.concatenate([p.adopters for p in parts]), whole.adopters)
    assert parts[1].to_pandas().index[0] == 25


def test_curve_starts_after_seeding_and_ends_at_mean_adopters(er):
    res = sr.simulate(er, sr.IndependentCascade(p=0.3), [0, 1, 2], replications=200, seed=5)
    assert res.curve[0] == 3.0
    assert res.curve[-1] == pytest.approx(res.adopters.mean())
    assert np.all(np.diff(res.curve) >= 0)


@pytest.mark.parametrize(
    "model",
    [
        sr.IndependentCascade(p=0.05),  # live edges by skipping
        sr.IndependentCascade(p=0.3),  # a coin per member (and 64 replications fused)
        sr.IndependentCascade(p="weighted_cascade"),
        sr.IndependentCascade(p=0.2, visibility={"public": 0.5}),
        sr.Threshold(0.2),
    ],
)
def test_without_reach_every_other_metric_is_the_same(er, model):
    counted = sr.simulate(er, model, [0, 1, 2], replications=300, seed=4, threads=2)
    fast = sr.simulate(er, model, [0, 1, 2], replications=300, seed=4, threads=2, reach=False)
    for name in ("adopters", "impressions", "steps", "rejecters", "curve", "time"):
        assert np.array_equal(getattr(fast, name), getattr(counted, name)), name
    assert counted.reach.mean() > 0
    assert fast.reach is None and fast.reach_by_origin == {}
    assert "reach" not in fast.summary().index and "reach" not in fast.to_pandas()
    assert "reach=not counted" in repr(fast)
    with pytest.raises(ValueError, match=r"'reach' was not counted: .*reach=False"):
        fast.ci("reach")
    assert fast.plot().axes[1].get_title() == "Adopters"


def test_reach_by_origin_splits_reach():
    net = sr.generators.erdos_renyi(3000, 5, seed=2).with_kinds(
        ["company"] + ["employee"] * 10 + ["public"] * 2989
    )
    res = sr.simulate(net, sr.IndependentCascade(0.2), list(range(11)), replications=200, seed=1)
    total = sum(res.reach_by_origin.values())
    assert np.array_equal(total, res.reach)
    assert res.reach_by_origin["company"].sum() > 0 and res.reach_by_origin["employee"].sum() > 0
    assert res.reach_by_origin["public"].sum() == 0


def test_random_seeds_fraction_and_count():
    net = sr.generators.empty(1000)
    assert (
        sr.simulate(
            net, sr.IndependentCascade(), sr.random_seeds(fraction=0.05), replications=20
        ).adopters
        == 50
    ).all()
    assert (
        sr.simulate(
            net, sr.IndependentCascade(), sr.random_seeds(count=7), replications=20
        ).adopters
        == 7
    ).all()


def test_start_steps_and_max_steps():
    path = sr.Network.from_edges([0, 1, 3], [1, 2, 4], n_nodes=5)
    res = sr.simulate(path, sr.IndependentCascade(1.0), [0, 3], start_steps=[0, 5], replications=1)
    assert res.curve.tolist() == [1, 2, 3, 3, 3, 4, 5] and res.steps.tolist() == [6]
    assert sr.simulate(
        path, sr.IndependentCascade(1.0), [0], replications=1, max_steps=1
    ).adopters.tolist() == [2]


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda n: sr.IndependentCascade(p=1.7),
            ValueError,
            r"IndependentCascade\.p must be in \[0, 1\], got 1\.7",
        ),
        (
            lambda n: sr.IndependentCascade(p=float("nan")),
            ValueError,
            r"IndependentCascade\.p must be in \[0, 1\], got nan",
        ),
        (
            lambda n: sr.IndependentCascade(p=-0.1),
            ValueError,
            r"IndependentCascade\.p must be in \[0, 1\], got -0\.1",
        ),
        (
            lambda n: sr.IndependentCascade(p="sometimes"),
            ValueError,
            r"IndependentCascade\.p must be in \[0, 1\] or 'weighted_cascade', got 'sometimes'",
        ),
        (
            lambda n: sr.IndependentCascade(credibility={"employee": -8}),
            ValueError,
            r"IndependentCascade\.credibility\['employee'\] must be a finite number >= 0, got -8",
        ),
        (
            lambda n: sr.IndependentCascade(credibility={"boss": 8}),
            ValueError,
            r"IndependentCascade\.credibility key must be one of 'company', 'employee', 'public', got 'boss'",
        ),
        (
            lambda n: sr.IndependentCascade(visibility={"company": 1.2}),
            ValueError,
            r"IndependentCascade\.visibility\['company'\] must be in \[0, 1\], got 1\.2",
        ),
        (
            lambda n: sr.simulate(n, sr.IndependentCascade(), [], replications=5),
            ValueError,
            r"simulate\.seeds must be at least one node id or random_seeds\(\), got no seeds",
        ),
        (
            lambda n: sr.simulate(n, sr.IndependentCascade(), None, replications=5),
            ValueError,
            r"simulate\.seeds must be at least one node id",
        ),
        (
            lambda n: sr.simulate(n, sr.IndependentCascade(), [10], replications=5),
            IndexError,
            r"simulate\.seeds must be node ids in \[0, 9\], got 10 \(at position 0\)",
        ),
        (
            lambda n: sr.simulate(n, sr.IndependentCascade(), [-1], replications=5),
            IndexError,
            r"simulate\.seeds must be node ids in \[0, 9\], got -1",
        ),
        (
            lambda n: sr.simulate(n, sr.IndependentCascade(), [0], replications=0),
            ValueError,
            r"replications must be >= 1, got 0",
        ),
        (
            lambda n: sr.simulate(n, sr.IndependentCascade(), [0], replications=-5),
            ValueError,
            r"replications must be >= 1, got -5",
        ),
        (
            lambda n: sr.simulate(n, sr.IndependentCascade(), [0], threads=0),
            ValueError,
            r"threads must be >= 1, got 0",
        ),
        (
            lambda n: sr.simulate(n, sr.IndependentCascade(), [0, 1], start_steps=[0]),
            ValueError,
            r"simulate\.start_steps must be one start step per seed \(2\), got 1 start steps",
        ),
        (
            lambda n: sr.simulate(n, sr.IndependentCascade(), sr.random_seeds(count=11)),
            ValueError,
            r"random_seeds\.count must be <= n_nodes = 10, got 11",
        ),
        (
            lambda n: sr.random_seeds(fraction=1.5),
            ValueError,
            r"random_seeds\.fraction must be in \(0, 1\], got 1\.5",
        ),
        (
            lambda n: sr.random_seeds(),
            ValueError,
            r"random_seeds needs exactly one of count= or fraction=",
        ),
        (lambda n: sr.simulate(n, "IC", [0]), ValueError, r"model must be a socialreach model"),
        (
            lambda n: sr.simulate(n, sr.IndependentCascade(), [0], reach="no"),
            ValueError,
            r"reach must be True or False, got 'no'",
        ),
    ],
)
def test_bad_input_raises_before_any_work(call, error, message):
    net = sr.generators.ring_lattice(10, 2)
    with pytest.raises(error, match=message):
        call(net)


def test_ctrl_c_interrupts_promptly_and_leaves_nothing_running():
    net = sr.generators.erdos_renyi(50_000, 8, seed=1)
    threads_before = threading.active_count()
    timer = threading.Timer(0.5, _thread.interrupt_main)
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        sr.simulate(net, sr.IndependentCascade(0.5), [0], replications=10_000_000, threads=2)
    timer.join()
    assert threading.active_count() == threads_before
    # The engine is usable again straight away.
    assert sr.simulate(net, sr.IndependentCascade(0.0), [0], replications=3).adopters.tolist() == [
        1,
        1,
        1,
    ]


def test_progress_bar_reports_every_replication(capsys):
    net = sr.generators.erdos_renyi(2000, 4, seed=1)
    sr.simulate(net, sr.IndependentCascade(0.3), [0], replications=500, progress=True)
    assert "500/500" in capsys.readouterr().err
