"""Figures of a scenario run (matplotlib, written as PNG files)."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from ._stats import z_value


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=False)
    import matplotlib.pyplot as plt

    return plt


def reach_over_time(comparison, path: Path, level: float = 0.95) -> Path:
    """Mean cumulative reach per hour for each campaign, with the confidence band of the mean
    and a lighter band holding the middle 80% of replications."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(8, 4.2))
    z = z_value(level)
    for name, results in comparison.results.items():
        curve = results.reach_by_step.astype(np.float64)
        hours = np.arange(curve.shape[1])
        mean = curve.mean(axis=0)
        sem = (
            curve.std(axis=0, ddof=1) / np.sqrt(curve.shape[0])
            if curve.shape[0] > 1
            else np.zeros_like(mean)
        )
        low, high = np.percentile(curve, [10, 90], axis=0)
        (line,) = axes.plot(hours / 24.0, mean, label=name)
        axes.fill_between(hours / 24.0, low, high, color=line.get_color(), alpha=0.12, linewidth=0)
        axes.fill_between(
            hours / 24.0,
            mean - z * sem,
            mean + z * sem,
            color=line.get_color(),
            alpha=0.35,
            linewidth=0,
        )
    axes.set(
        xlabel="days since the campaign started",
        ylabel="people reached (cumulative)",
        title="Reach over time",
    )
    axes.text(
        0.99,
        0.02,
        f"bands: {level:.0%} CI of the mean (dark), 10-90% of replications (light)",
        transform=axes.transAxes,
        ha="right",
        fontsize="x-small",
        color="0.35",
    )
    axes.legend(fontsize="small", loc="upper left")
    axes.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def reach_by_origin(comparison, path: Path) -> Path:
    """Mean reach of each campaign split by origin (company-sent vs employee-sent chains), with
    the potential reach that advocacy dashboards report."""
    plt = _pyplot()
    names = list(comparison.results)
    company = np.array(
        [r.by_origin["reach"]["company"].mean() for r in comparison.results.values()]
    )
    employee = np.array(
        [r.by_origin["reach"]["employee"].mean() for r in comparison.results.values()]
    )
    potential = np.array([r.potential_reach.mean() for r in comparison.results.values()])
    figure, axes = plt.subplots(figsize=(8, 0.7 * len(names) + 2.3))
    y = np.arange(len(names))
    axes.barh(y, company, color="tab:blue", label="reach via the company page")
    axes.barh(y, employee, left=company, color="tab:orange", label="reach via employees")
    axes.scatter(
        potential, y, marker="|", s=400, color="black", label="potential reach (sum of audiences)"
    )
    axes.set_yticks(y, names)
    axes.invert_yaxis()
    axes.set(xlabel="people (mean over replications)", title="Reach by origin, and potential reach")
    axes.legend(
        fontsize="small", loc="upper center", bbox_to_anchor=(0.5, -0.3), ncol=3, frameon=False
    )
    axes.grid(axis="x", alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def reach_distribution(comparison, path: Path) -> Path:
    """Distribution of final reach over replications, one outline per campaign."""
    plt = _pyplot()
    figure, axes = plt.subplots(figsize=(8, 4))
    values = [r.reach for r in comparison.results.values()]
    lo = min(int(v.min()) for v in values)
    hi = max(int(v.max()) for v in values)
    bins = np.linspace(lo, hi + 1, 50)
    for name, v in zip(comparison.results, values, strict=True):
        axes.hist(
            v, bins=bins, histtype="step", linewidth=1.6, label=f"{name} (mean {v.mean():,.0f})"
        )
    axes.set(
        xlabel="people reached in one replication",
        ylabel="replications",
        title="Distribution of reach",
    )
    axes.legend(fontsize="small")
    axes.grid(alpha=0.3)
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
    return path


def write_all(comparison, folder: Path) -> dict[str, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    return {
        "reach_over_time": reach_over_time(comparison, folder / "reach_over_time.png"),
        "reach_by_origin": reach_by_origin(comparison, folder / "reach_by_origin.png"),
        "reach_distribution": reach_distribution(comparison, folder / "reach_distribution.png"),
    }
