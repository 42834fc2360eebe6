import numpy as np
import pandas as pd
import pytest

import socialreach as sr


@pytest.fixture(scope="module")
def results():
    net = sr.generators.erdos_renyi(2000, 4, seed=1)
    return sr.simulate(
        net, sr.IndependentCascade(0.3), sr.random_seeds(2), replications=400, seed=2
    )


def test_summary_matches_numpy(results):
    table = results.summary()
    row = table.loc["reach"]
    assert row["mean"] == pytest.approx(results.reach.mean())
    assert row["std"] == pytest.approx(results.reach.std(ddof=1))
    assert row["sem"] == pytest.approx(results.reach.std(ddof=1) / np.sqrt(400))
    assert row["ci_low"] == pytest.approx(row["mean"] - 1.959964 * row["sem"], rel=1e-6)
    low, high = results.ci("reach", level=0.99)
    assert low < row["ci_low"] and high > row["ci_high"]


def test_to_pandas_one_row_per_replication(results):
    frame = results.to_pandas()
    assert isinstance(frame, pd.DataFrame) and len(frame) == 400
    assert {
        "adopters",
        "reach",
        "impressions",
        "steps",
        "reach_company",
        "reach_employee",
        "reach_public",
    } <= set(frame)


def test_plot_draws_curve_and_distribution(results):
    figure = results.plot()
    assert len(figure.axes) == 2
    assert figure.axes[0].lines[0].get_ydata().tolist() == results.curve.tolist()
    assert figure.axes[0].get_xlabel() == "step"


def test_bass_plot_is_in_model_time():
    net = sr.generators.erdos_renyi(500, 4, seed=1)
    res = sr.simulate(net, sr.Bass(p=0.05, q=0.4, dt=0.5), [0], replications=20, max_steps=20)
    figure = res.plot()
    assert (
        figure.axes[0].lines[0].get_xdata().tolist() == (0.5 * np.arange(res.curve.size)).tolist()
    )
    assert figure.axes[0].get_xlabel() == "time (step × dt)"


def test_level_and_metric_errors(results):
    with pytest.raises(ValueError, match=r"level must be in \(0, 1\), got 1\.5"):
        results.ci("reach", level=1.5)
    with pytest.raises(ValueError, match="metric must be one of adopters, reach"):
        results.ci("likes")
