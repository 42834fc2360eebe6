"""Shared fixtures: where the real networks live (SOCIALREACH_DATA, set by the Makefile)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def data_dir() -> Path:
    folder = Path(os.environ.get("SOCIALREACH_DATA", ROOT.parent / "shared" / "data"))
    edges = folder / "email-Eu-core.txt"
    assert edges.is_file(), (
        f"the real e-mail network is not at {edges}: set SOCIALREACH_DATA to the folder holding the SNAP files"
    )
    return folder


@pytest.fixture(scope="session")
def email_org(data_dir):
    import numpy as np

    import socialreach as sr

    internal = sr.Network.read_edgelist(data_dir / "email-Eu-core.txt")
    labels = np.loadtxt(data_dir / "email-Eu-core-department-labels.txt", dtype=np.int64)
    departments = np.zeros(internal.n_nodes, dtype=np.int64)
    departments[labels[:, 0]] = labels[:, 1]
    return internal, departments
