"""compare(): several campaigns on the same possible worlds, with paired ratios and differences."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import NamedTuple

import numpy as np
import pandas as pd

from ._stats import mean_ci, z_value
from .network import Network
from .results import Results
from .simulate import simulate


class Estimate(NamedTuple):
    """A point estimate with its confidence interval."""

    estimate: float
    ci_low: float
    ci_high: float
    level: float


class Comparison:
    """Results of several campaigns run with the same seed (common random numbers).

    Because replication r of every campaign sees the same coins on every edge, campaign
    differences are estimated from paired replications, with much tighter intervals than
    independent runs would give.

    Example
    -------
    >>> import socialreach as sr
    >>> net = sr.generators.erdos_renyi(2000, 5, seed=1).with_kinds(["company"] + ["employee"] * 1999)
    >>> cmp = sr.compare(net, sr.IndependentCascade(0.15), {"company": [0], "employees": [1, 2, 3]},
    ...                  replications=500, seed=3)
    >>> r = cmp.ratio("employees", "company", metric="reach")
    >>> r.ci_low < r.estimate < r.ci_high
    True
    """

    def __init__(self, results: Mapping[str, Results]):
        self.results = dict(results)

    def __getitem__(self, name: str) -> Results:
        return self._get(name)

    @property
    def names(self) -> list[str]:
        return list(self.results)

    def _get(self, name: str) -> Results:
        if name not in self.results:
            raise ValueError(
                f"campaign must be one of {', '.join(map(repr, self.results))}, got {name!r}"
            )
        return self.results[name]

    def _pair(self, a: str, b: str, metric: str) -> tuple[np.ndarray, np.ndarray]:
        x = self._get(a).metric(metric).astype(np.float64)
        y = self._get(b).metric(metric).astype(np.float64)
        return x, y

    def difference(
        self, a: str, b: str, metric: str = "reach", *, level: float = 0.95, paired: bool = True
    ) -> Estimate:
        """Mean of ``metric`` under campaign a minus under campaign b, with a confidence interval
        from the paired differences (``paired=False``: as if the runs were independent)."""
        x, y = self._pair(a, b, metric)
        if paired:
            mean, _, _, low, high = mean_ci(x - y, level)
            return Estimate(mean, low, high, level)
        estimate = x.mean() - y.mean()
        half = z_value(level) * math.sqrt(x.var(ddof=1) / x.size + y.var(ddof=1) / y.size)
        return Estimate(float(estimate), float(estimate - half), float(estimate + half), level)

    def ratio(
        self, a: str, b: str, metric: str = "reach", *, level: float = 0.95, paired: bool = True
    ) -> Estimate:
        """Ratio of the means of ``metric`` (campaign a over campaign b) with a delta-method
        confidence interval that uses the covariance of paired replications
        (``paired=False``: covariance taken as zero, as for independent runs)."""
        x, y = self._pair(a, b, metric)
        mean_x, mean_y = x.mean(), y.mean()
        if mean_y == 0:
            raise ValueError(
                f"ratio: the mean {metric} of campaign {b!r} is 0, so the ratio is undefined"
            )
        r = mean_x / mean_y
        n = x.size
        covariance = np.cov(x, y, ddof=1)[0, 1] if paired and n > 1 else 0.0
        variance = (x.var(ddof=1) - 2 * r * covariance + r * r * y.var(ddof=1)) / (
            n * mean_y * mean_y
        )
        half = z_value(level) * math.sqrt(max(variance, 0.0))
        return Estimate(float(r), float(r - half), float(r + half), level)

    def table(self, metrics: Sequence[str] | None = None, level: float = 0.95) -> pd.DataFrame:
        """Mean and confidence interval of the given metrics (default: every one) for every
        campaign, one row each; a metric a campaign's results lack is left out."""
        names = metrics if metrics is not None else next(iter(self.results.values())).metric_names()
        rows = []
        for name, results in self.results.items():
            row = {"campaign": name}
            for metric in names:
                if metric not in results.metric_names():
                    continue
                mean, _, _, low, high = mean_ci(results.metric(metric), level)
                row[metric] = mean
                row[f"{metric}_ci_low"] = low
                row[f"{metric}_ci_high"] = high
            rows.append(row)
        return pd.DataFrame(rows).set_index("campaign")

    def to_pandas(self, level: float = 0.95) -> pd.DataFrame:
        """Mean and confidence interval of every metric for every campaign (one row each)."""
        return Comparison.table(self, None, level)

    def __repr__(self) -> str:
        return f"Comparison({', '.join(self.results)})"


def compare(
    network: Network,
    model,
    campaigns: Mapping,
    *,
    replications: int = 1000,
    seed: int = 0,
    threads: int | None = None,
    max_steps: int | None = None,
    progress: bool = False,
) -> Comparison:
    """Run each campaign (name -> seeds, as accepted by :func:`simulate`) with the same seed,
    so that replication r of every campaign lives in the same possible world.

    Example
    -------
    >>> import socialreach as sr
    >>> net = sr.generators.erdos_renyi(500, 4, seed=2)
    >>> cmp = sr.compare(net, sr.IndependentCascade(0.2), {"one": [0], "two": [0, 1]}, replications=100)
    >>> cmp.difference("two", "one", metric="adopters").estimate >= 0
    True
    """
    if not isinstance(campaigns, Mapping) or not campaigns:
        raise ValueError(
            f"compare.campaigns must be a non-empty dict name -> seeds, got {campaigns!r}"
        )
    results = {
        str(name): simulate(
            network,
            model,
            seeds,
            replications=replications,
            seed=seed,
            threads=threads,
            max_steps=max_steps,
            progress=str(name) if progress else False,
        )
        for name, seeds in campaigns.items()
    }
    return Comparison(results)
