"""Means with normal-approximation confidence intervals, shared by Results and Comparison."""

from __future__ import annotations

import math
from statistics import NormalDist

import numpy as np


def z_value(level: float) -> float:
    if not 0.0 < level < 1.0:
        raise ValueError(f"level must be in (0, 1), got {level!r}")
    return NormalDist().inv_cdf(0.5 + level / 2.0)


def mean_ci(values: np.ndarray, level: float = 0.95) -> tuple[float, float, float, float, float]:
    """(mean, std, standard error, low, high) of the mean of `values`."""
    values = np.asarray(values, dtype=np.float64)
    n = values.size
    mean = float(values.mean())
    std = float(values.std(ddof=1)) if n > 1 else 0.0
    sem = std / math.sqrt(n) if n > 0 else math.nan
    half = z_value(level) * sem
    return mean, std, sem, mean - half, mean + half


def summary_table(results, level: float = 0.95):
    """Mean, std, standard error and confidence interval of every metric of `results` (anything
    with ``metric_names()`` and ``metric(name)``), one row per metric."""
    import pandas as pd

    rows = {}
    for name in results.metric_names():
        mean, std, sem, low, high = mean_ci(results.metric(name), level)
        rows[name] = {"mean": mean, "std": std, "sem": sem, "ci_low": low, "ci_high": high}
    table = pd.DataFrame.from_dict(rows, orient="index")
    table.index.name = "metric"
    return table
