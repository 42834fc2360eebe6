"""The socialreach command end to end on a small scenario, including every file --out writes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest
from test_scenario import SMALL

import socialreach as sr
import socialreach.scenario as sc
from socialreach import cli

ROOT = Path(__file__).resolve().parents[2]
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def small(tmp_path) -> Path:
    path = tmp_path / "small.toml"
    path.write_text(SMALL)
    return path


def test_run_writes_every_output(small, tmp_path, capsys):
    out = tmp_path / "out"
    code = cli.main(
        [
            "run",
            str(small),
            "--replications",
            "12",
            "--threads",
            "2",
            "--seed",
            "5",
            "--out",
            str(out),
            "--no-progress",
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0
    assert "reach after 1 day" in printed and "x conversions" in printed and "employees" in printed
    assert f"Report: {(out / 'report.html').resolve()}" in printed

    table = pd.read_csv(out / "replications.csv")
    assert len(table) == 2 * 12 and set(table["campaign"]) == {"company", "employees"}
    for column in (
        "reach",
        "reach_1d",
        "engagements",
        "conversions",
        "potential_reach",
        "reach_employee",
        "reach_department_0",
    ):
        assert column in table.columns, column
    parquet = pd.read_parquet(out / "replications.parquet")
    pd.testing.assert_frame_equal(parquet, table, check_dtype=False)
    assert (table["conversions"] <= table["engagements"]).all() and (
        table["reach"] <= table["potential_reach"]
    ).all()

    summary = json.loads((out / "summary.json").read_text())
    assert summary["seed"] == 5 and summary["replications"] == 12 and summary["threads"] == 2
    assert summary["package_version"] == sr.__version__
    assert summary["scenario"]["name"] == "small" and len(summary["scenario"]["sha256"]) == 64
    assert summary["timings"]["total_seconds"] > 0
    assert summary["campaigns"]["employees"]["reach"]["mean"] == pytest.approx(
        table[table.campaign == "employees"]["reach"].mean()
    )
    assert "reach" in summary["ratios_vs_baseline"]["employees"]

    for name in ("reach_over_time", "reach_by_origin", "reach_distribution"):
        assert (out / f"{name}.png").read_bytes().startswith(PNG_MAGIC)
    report = (out / "report.html").read_text()
    assert report.count('src="data:image/png;base64,') == 3
    assert "http://" not in report and "https://" not in report  # self-contained


def test_results_do_not_depend_on_threads(small, tmp_path):
    for threads in ("1", "2"):
        assert (
            cli.main(
                [
                    "compare",
                    str(small),
                    "--replications",
                    "8",
                    "--threads",
                    threads,
                    "--out",
                    str(tmp_path / threads),
                    "--no-progress",
                ]
            )
            == 0
        )
    one = pd.read_csv(tmp_path / "1" / "replications.csv")
    two = pd.read_csv(tmp_path / "2" / "replications.csv")
    pd.testing.assert_frame_equal(one, two)


def test_validate_and_errors_without_traceback(small, tmp_path):
    done = subprocess.run(
        [sys.executable, "-m", "socialreach.cli", "validate", str(small)],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0 and "valid" in done.stdout
    bad = tmp_path / "bad.toml"
    bad.write_text(SMALL.replace("p = 0.05", "p = 5").replace("seed = 3\n", "seed = 3\nfoo = 1\n"))
    done = subprocess.run(
        [sys.executable, "-m", "socialreach.cli", "run", str(bad)], capture_output=True, text=True
    )
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert f"{bad}:5: scenario.foo: unknown key 'foo'" in done.stderr
    assert f"{bad}:16: model.p: must be a number in [0, 1], got 5" in done.stderr
    broken = tmp_path / "broken.toml"
    broken.write_text("[scenario\nname = 1\n")
    done = subprocess.run(
        [sys.executable, "-m", "socialreach.cli", "validate", str(broken)],
        capture_output=True,
        text=True,
    )
    assert (
        done.returncode == 2
        and "Traceback" not in done.stderr
        and "malformed TOML" in done.stderr
        and "line 1" in done.stderr
    )


def test_console_script_is_installed():
    script = Path(sys.executable).parent / "socialreach"
    assert script.is_file()
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and sr.__version__ in done.stdout


def test_bad_options_are_usage_errors(small):
    with pytest.raises(SystemExit) as caught:
        cli.main(["run", str(small), "--replications", "0"])
    assert caught.value.code == 2


def test_progress_bar_goes_to_stderr(small, capsys):
    assert cli.main(["run", str(small), "--replications", "5", "--threads", "1"]) == 0
    captured = capsys.readouterr()
    assert "5/5" in captured.err


def test_reach_curve_is_cumulative_in_the_outputs(small, tmp_path):
    run = sc.run_scenario(sc.load(small), replications=6, threads=1)
    for results in run.comparison.results.values():
        assert (np.diff(results.reach_by_step, axis=1) >= 0).all()
