"""The committed type stubs of socialreach._engine match the module that was built (`make stubs`
regenerates them)."""

import subprocess
import sys
from pathlib import Path

STUBS = Path(__file__).resolve().parents[2] / "bindings" / "socialreach" / "_engine"


def test_engine_stubs_are_current(tmp_path):
    stubgen = Path(sys.executable).with_name("pybind11-stubgen")
    subprocess.run(
        [str(stubgen), "socialreach._engine", "-o", str(tmp_path)], check=True, capture_output=True
    )
    fresh = tmp_path / "socialreach" / "_engine"
    names = sorted(p.name for p in fresh.glob("*.pyi"))
    assert names == sorted(p.name for p in STUBS.glob("*.pyi"))
    for name in names:
        assert (fresh / name).read_text() == (STUBS / name).read_text(), (
            f"run `make stubs`: {name} is stale"
        )
