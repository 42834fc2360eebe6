"""What a scenario run shows: the terminal table, and the files written with ``--out``
(per-replication CSV and Parquet, summary.json, PNG plots, a self-contained report.html)."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import platform
from pathlib import Path

import pandas as pd

from . import plots
from ._stats import mean_ci
from .campaign import FUNNEL_METRICS

TABLE_METRICS = (
    ("sharers", "posters"),
    ("reach_1d", "reach after 1 day"),
    ("reach_7d", "reach after 7 days"),
    ("engagements", "engagements"),
    ("conversions", "conversions"),
    ("potential_reach", "potential reach"),
)


def _version() -> str:
    from . import __version__

    return __version__


def _metrics(results) -> list[tuple[str, str]]:
    names = results.metric_names()
    return [(m, label) for m, label in TABLE_METRICS if m in names] or [("reach", "reach")]


def comparison_frame(run, level: float = 0.95) -> pd.DataFrame:
    """One row per campaign: mean [CI] of the headline metrics, and the paired ratio of reach
    and conversions to the baseline campaign."""
    comparison = run.comparison
    baseline = run.scenario.baseline
    first = next(iter(comparison.results.values()))
    rows = []
    for name, results in comparison.results.items():
        row = {"campaign": name}
        for metric, label in _metrics(first):
            mean, _, _, low, high = mean_ci(results.metric(metric), level)
            half = (high - low) / 2
            row[label] = (
                f"{mean:,.1f} ± {half:,.1f}"
                if metric == "conversions"
                else f"{mean:,.0f} ± {half:,.0f}"
            )
        for metric in ("reach", "conversions"):
            label = f"x {metric}"
            if name == baseline:
                row[label] = "1 (baseline)"
                continue
            try:
                r = comparison.ratio(name, baseline, metric=metric, level=level)
                row[label] = f"{r.estimate:.2f}x [{r.ci_low:.2f}, {r.ci_high:.2f}]"
            except ValueError:
                row[label] = "n/a (baseline is 0)"
        rows.append(row)
    return pd.DataFrame(rows).set_index("campaign")


def format_table(run) -> str:
    frame = comparison_frame(run)
    lines = [
        f"{run.scenario.name}: {run.replications:,} replications, seed {run.seed}, "
        f"{run.network.n_nodes:,} people ({run.network.count('employee'):,} employees)",
        "mean ± half-width of the 95% CI; ratios [95% CI] are paired (same possible worlds for every campaign)",
        "",
    ]
    columns = ["campaign", *frame.columns]
    cells = [
        [str(index), *map(str, row)]
        for index, row in zip(frame.index, frame.itertuples(index=False), strict=True)
    ]
    widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
    lines.append(
        "  ".join(
            c.ljust(w) if i == 0 else c.rjust(w)
            for i, (c, w) in enumerate(zip(columns, widths, strict=True))
        )
    )
    lines.append("  ".join("-" * w for w in widths))
    for r in cells:
        lines.append(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )
    lines.append(
        f"x reach, x conversions: ratio to the baseline campaign {run.scenario.baseline!r}"
    )
    return "\n".join(lines)


def replications_frame(run) -> pd.DataFrame:
    """One row per (campaign, replication): every metric, its split by origin and by department."""
    frames = []
    for name, results in run.comparison.results.items():
        frame = results.to_pandas().reset_index()
        for metric in FUNNEL_METRICS:
            by_department = results.by_department[metric]
            for d in range(by_department.shape[1]):
                frame[f"{metric}_department_{d}"] = by_department[:, d]
        frame.insert(0, "campaign", name)
        frames.append(frame)
    return pd.concat(frames, ignore_index=True)


def summary_dict(run, level: float = 0.95) -> dict:
    scenario = run.scenario
    campaigns = {
        name: results.summary(level).drop(columns="sem").to_dict("index")
        for name, results in run.comparison.results.items()
    }
    ratios = {}
    for name in run.comparison.results:
        if name == scenario.baseline:
            continue
        ratios[name] = {}
        for metric in ("reach", "reach_7d", "engagements", "conversions"):
            if metric not in run.comparison.results[name].metric_names():
                continue
            try:
                r = run.comparison.ratio(name, scenario.baseline, metric=metric, level=level)
                ratios[name][metric] = {
                    "estimate": r.estimate,
                    "ci_low": r.ci_low,
                    "ci_high": r.ci_high,
                }
            except ValueError:
                ratios[name][metric] = None
    return {
        "scenario": {
            "name": scenario.name,
            "description": scenario.description,
            "file": str(scenario.path.resolve()),
            "sha256": hashlib.sha256(scenario.text.encode("utf-8")).hexdigest(),
            "data_files": {k: str(v) for k, v in scenario.data_files.items()},
        },
        "seed": run.seed,
        "replications": run.replications,
        "threads": run.threads,
        "package_version": _version(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "timings": run.timings,
        "network": {
            "nodes": run.network.n_nodes,
            "edges": run.network.n_edges,
            "employees": run.network.count("employee"),
            "company": run.network.count("company"),
        },
        "baseline": scenario.baseline,
        "level": level,
        "campaigns": campaigns,
        "ratios_vs_baseline": ratios,
        "reproduce": f"socialreach run {scenario.path} --replications {run.replications} --seed {run.seed}",
    }


def _image(path: Path, alt: str) -> str:
    data = base64.b64encode(path.read_bytes()).decode("ascii")
    return f'<figure><img src="data:image/png;base64,{data}" alt="{html.escape(alt)}"><figcaption>{html.escape(alt)}</figcaption></figure>'


def _department_table(run) -> str:
    rows = {}
    for name, results in run.comparison.results.items():
        if (
            results.by_department["reach"].shape[1] == 0
            or results.by_origin["reach"]["employee"].sum() == 0
        ):
            continue
        rows[name] = results.department_summary("reach")
    if not rows:
        return "<p>No employee chains in these campaigns, or no departments.</p>"
    frame = pd.DataFrame(rows)
    frame = frame.loc[frame.sum(axis=1).sort_values(ascending=False).index[:12]]
    return frame.round(1).to_html(classes="table", border=0)


def write_report(run, folder: Path, images: dict[str, Path]) -> Path:
    scenario = run.scenario
    table = comparison_frame(run).to_html(classes="table", border=0)
    funnel_rows = {}
    for name, results in run.comparison.results.items():
        funnel_rows[name] = {m: results.metric(m).mean() for m in FUNNEL_METRICS}
    funnel_table = pd.DataFrame(funnel_rows).T.round(1).to_html(classes="table", border=0)
    figures = "\n".join(
        _image(images[key], caption)
        for key, caption in (
            ("reach_over_time", "Reach over time (mean, with uncertainty bands)"),
            (
                "reach_by_origin",
                "Reach by origin: company-sent vs employee-sent chains, and potential reach",
            ),
            ("reach_distribution", "Distribution of reach over replications"),
        )
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{html.escape(scenario.name)}: socialreach report</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 1000px; color: #222; line-height: 1.45; }}
table.table {{ border-collapse: collapse; font-size: 0.9rem; margin: 1rem 0; }}
table.table th, table.table td {{ padding: 0.3rem 0.6rem; border-bottom: 1px solid #ddd; text-align: right; }}
table.table th:first-child, table.table td:first-child {{ text-align: left; }}
figure {{ margin: 1.5rem 0; }} img {{ max-width: 100%; }} figcaption {{ color: #555; font-size: 0.9rem; }}
pre {{ background: #f6f6f6; padding: 1rem; overflow-x: auto; font-size: 0.8rem; }}
.note {{ background: #fff8e1; padding: 0.8rem 1rem; border-left: 4px solid #f0b400; }}
</style>
</head>
<body>
<h1>{html.escape(scenario.name)}</h1>
<p>{html.escape(scenario.description)}</p>
<p>{run.replications:,} replications, seed {run.seed}; network of {run.network.n_nodes:,} people
({run.network.count("employee"):,} employees); socialreach {html.escape(_version())}.</p>
<p class="note">Every number here follows from the priors in the scenario file (shown below),
not from data about your company. Ratios compare campaigns on the same simulated possible worlds
(paired replications), so their intervals are tight; they are no tighter than the priors.</p>
<h2>Comparison</h2>
<p>Mean over replications with 95% confidence interval. <em>Reach</em>: distinct people who saw
at least one share (the campaign's own posters excluded). <em>Potential reach</em>: the sum of the
audiences of every share, as advocacy dashboards report it; the gap to reach is what overlap and
feed visibility remove.</p>
{table}
<h2>Funnel</h2>
{funnel_table}
{figures}
<h2>Reach by department</h2>
<p>Mean reach of chains started by each department's ambassadors (largest departments first).</p>
{_department_table(run)}
<h2>Scenario file</h2>
<p><code>{html.escape(str(scenario.path))}</code></p>
<pre>{html.escape(scenario.text)}</pre>
<p>Reproduce: <code>socialreach run {html.escape(str(scenario.path))} --replications {run.replications} --seed {run.seed}</code></p>
</body>
</html>
"""
    path = folder / "report.html"
    path.write_text(page, encoding="utf-8")
    return path


def write_outputs(run, folder) -> dict[str, Path]:
    """Write every output of a run into ``folder`` (created if needed); returns their paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    frame = replications_frame(run)
    paths = {"csv": folder / "replications.csv", "parquet": folder / "replications.parquet"}
    frame.to_csv(paths["csv"], index=False)
    frame.to_parquet(paths["parquet"], index=False)
    images = plots.write_all(run.comparison, folder)
    paths.update(images)
    paths["summary"] = folder / "summary.json"
    paths["summary"].write_text(json.dumps(summary_dict(run), indent=2) + "\n", encoding="utf-8")
    paths["report"] = write_report(run, folder, images)
    return paths
