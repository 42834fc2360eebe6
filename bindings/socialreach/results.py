"""What simulate() returns: one value per replication for each metric, and summaries."""

from __future__ import annotations

import numpy as np
import pandas as pd

from ._stats import mean_ci, summary_table
from .kinds import KIND_NAMES

METRICS = ("adopters", "reach", "impressions", "steps", "rejecters")


class Results:
    """Per-replication metrics of one simulated campaign.

    Attributes
    ----------
    adopters : numpy.ndarray of int64
        Adopted nodes per replication, seeds included.
    reach : numpy.ndarray of int64, or None
        Distinct non-seed nodes exposed (saw at least one share); None from
        ``simulate(..., reach=False)``, which counts no reach.
    impressions : numpy.ndarray of int64
        Exposures: every (share, audience member who saw it) pair.
    steps : numpy.ndarray of int64
        Last step in which anybody adopted.
    reach_by_origin : dict kind name -> numpy.ndarray
        Reach split by the kind of the seed whose chain of shares first exposed each node (empty
        when reach was not counted).
    rejecters : numpy.ndarray of int64
        Nodes that decided against adopting (:class:`Herding`; 0 for other models).
    curve : numpy.ndarray of float64
        Mean cumulative adopters after each step; index 0 is after seeding.
    time : numpy.ndarray of float64
        Time of each step of the curve: step * dt for :class:`Bass`, the step otherwise.

    Example
    -------
    >>> import socialreach as sr
    >>> net = sr.generators.ring_lattice(100, 2)
    >>> res = sr.simulate(net, sr.IndependentCascade(p=1.0), seeds=[0], replications=3)
    >>> res.adopters.tolist(), res.curve[:3].tolist()
    ([100, 100, 100], [1.0, 3.0, 5.0])
    """

    def __init__(self, raw: dict, *, seed: int, first_replication: int = 0):
        self.adopters: np.ndarray = raw["adopters"]
        self.reach: np.ndarray | None = raw["reach"]
        self.impressions: np.ndarray = raw["impressions"]
        self.steps: np.ndarray = raw["steps"]
        self.reach_by_origin: dict[str, np.ndarray] = dict(raw["reach_by_origin"])
        self.rejecters: np.ndarray = raw["rejecters"]
        self.curve: np.ndarray = raw["curve"]
        self.time: np.ndarray = raw["time"]
        self.seed = seed
        self.first_replication = first_replication

    @property
    def replications(self) -> int:
        return int(self.adopters.size)

    def metric_names(self) -> list[str]:
        """Every name :meth:`metric` accepts (no reach when it was not counted)."""
        if self.reach is None:
            return [name for name in METRICS if name != "reach"]
        return [*METRICS, *(f"reach_{kind}" for kind in KIND_NAMES)]

    def metric(self, name: str) -> np.ndarray:
        """The per-replication array of a metric, by name ("reach", "reach_employee", ...)."""
        if self.reach is None and (name == "reach" or name.startswith("reach_")):
            raise ValueError(
                f"{name!r} was not counted: this run was simulate(..., reach=False); "
                "run it with reach=True for reach"
            )
        if name in METRICS:
            return getattr(self, name)
        if name.startswith("reach_") and name[len("reach_") :] in self.reach_by_origin:
            return self.reach_by_origin[name[len("reach_") :]]
        raise ValueError(f"metric must be one of {', '.join(self.metric_names())}, got {name!r}")

    def ci(self, metric: str = "adopters", level: float = 0.95) -> tuple[float, float]:
        """Normal-approximation confidence interval of the metric's mean."""
        _, _, _, low, high = mean_ci(self.metric(metric), level)
        return low, high

    def summary(self, level: float = 0.95) -> pd.DataFrame:
        """Mean, std, standard error and confidence interval of every metric.

        Example
        -------
        >>> import socialreach as sr
        >>> res = sr.simulate(sr.generators.complete(3), sr.IndependentCascade(1.0), [0], replications=2)
        >>> res.summary().loc["adopters", "mean"]
        np.float64(3.0)
        """
        return summary_table(self, level)

    def to_pandas(self) -> pd.DataFrame:
        """One row per replication, one column per metric (reach split by origin included)."""
        columns = {name: self.metric(name) for name in self.metric_names() if name in METRICS}
        columns.update({f"reach_{kind}": values for kind, values in self.reach_by_origin.items()})
        index = pd.RangeIndex(
            self.first_replication, self.first_replication + self.replications, name="replication"
        )
        return pd.DataFrame(columns, index=index)

    def plot(self, *, axes=None):
        """Mean cumulative adopters over time (steps, or step * dt for Bass), and the
        distribution of reach over replications (of adopters where reach was not counted).

        Returns the matplotlib Figure.
        """
        import matplotlib.pyplot as plt

        if axes is None:
            figure, axes = plt.subplots(1, 2, figsize=(10, 3.8))
        else:
            figure = axes[0].figure
        stepped = self.time.size < 2 or self.time[1] == 1.0
        axes[0].plot(
            self.time, self.curve, marker="o" if self.curve.size < 100 else None, markersize=3
        )
        axes[0].set(
            xlabel="step" if stepped else "time (step × dt)",
            ylabel="mean cumulative adopters",
            title="Adoption over time",
        )
        shown = "reach" if self.reach is not None else "adopters"
        values = self.metric(shown)
        axes[1].hist(values, bins=min(50, max(10, self.replications // 20)), color="tab:orange")
        low, high = self.ci(shown)
        axes[1].axvline(
            values.mean(),
            color="black",
            label=f"mean {values.mean():,.1f} [{low:,.1f}, {high:,.1f}]",
        )
        axes[1].set(
            xlabel="reach (people exposed)" if shown == "reach" else "adopters (seeds included)",
            ylabel="replications",
            title=shown.capitalize(),
        )
        axes[1].legend(fontsize="small")
        figure.tight_layout()
        return figure

    def __repr__(self) -> str:
        reach = "not counted" if self.reach is None else f"{self.reach.mean():.2f}"
        return (
            f"Results(replications={self.replications}, adopters={self.adopters.mean():.2f}, "
            f"reach={reach}, impressions={self.impressions.mean():.2f})"
        )
