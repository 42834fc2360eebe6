import os
from pathlib import Path

import matplotlib
import pytest

matplotlib.use("Agg")

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The SNAP networks: $SOCIALREACH_DATA, or ../shared/data beside the repository."""
    path = Path(os.environ.get("SOCIALREACH_DATA", REPO.parent / "shared" / "data"))
    if not (path / "email-Eu-core.txt").is_file():
        pytest.fail(f"real networks not found in {path}: set SOCIALREACH_DATA (see README)")
    return path
