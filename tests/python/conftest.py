"""Shared fixtures: where the real networks live (SOCIALREACH_DATA, set by the Makefile)."""

from __future__ import annotations

import os
from pathlib import Path

import matplotlib
import numpy as np
import pytest

import socialreach as sr

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[2]
# Scenario files name the SNAP files relative to $SOCIALREACH_DATA; `make test` sets it, and a
# bare `pytest` run from the repository gets the same default.
os.environ.setdefault("SOCIALREACH_DATA", str(ROOT.parent / "shared" / "data"))


@pytest.fixture(scope="session")
def data_dir() -> Path:
    """The SNAP networks: $SOCIALREACH_DATA, or ../shared/data beside the repository."""
    folder = Path(os.environ["SOCIALREACH_DATA"])
    if not (folder / "email-Eu-core.txt").is_file():
        pytest.fail(
            f"real networks not found in {folder}: set SOCIALREACH_DATA to the folder holding the SNAP files"
        )
    return folder


@pytest.fixture(scope="session")
def email_org(data_dir):
    internal = sr.Network.read_edgelist(data_dir / "email-Eu-core.txt")
    labels = np.loadtxt(data_dir / "email-Eu-core-department-labels.txt", dtype=np.int64)
    departments = np.zeros(internal.n_nodes, dtype=np.int64)
    departments[labels[:, 0]] = labels[:, 1]
    return internal, departments
