"""Reading the validation scenarios in scenarios/validation/ (a minimal, self-contained TOML
schema: name, source, [network], [model], [run], [expected]; see each file's comments).

The full scenario-file system of the project is built elsewhere; this module only serves the
validation tests.
"""

from __future__ import annotations

import math
import os
from pathlib import Path

import numpy as np

import socialreach as sr
from socialreach.scenario import tomllib

ROOT = Path(__file__).resolve().parents[2]
VALIDATION = ROOT / "scenarios" / "validation"


def load(name: str) -> dict:
    """The parsed scenario `scenarios/validation/<name>.toml`."""
    with open(VALIDATION / f"{name}.toml", "rb") as handle:
        return tomllib.load(handle)


def data_path(file: str) -> Path:
    """A file of the shared real data ($SOCIALREACH_DATA, which conftest.py defaults)."""
    return Path(os.environ["SOCIALREACH_DATA"]) / file


def network(spec: dict, **overrides) -> sr.Network:
    """The network a [network] table describes; keyword arguments override its keys."""
    spec = {**spec, **overrides}
    generator = spec["generator"]
    if generator == "empty":
        return sr.generators.empty(spec["n"])
    if generator == "ring_lattice":
        return sr.generators.ring_lattice(spec["n"], spec["k"])
    if generator == "erdos_renyi":
        return sr.generators.erdos_renyi(spec["n"], spec["mean_degree"], seed=spec.get("seed", 0))
    if generator == "edges":
        return sr.Network.from_edges(
            spec["src"], spec["dst"], directed=spec.get("directed", True), kinds=spec.get("kinds")
        )
    if generator == "random_tree":
        rng = np.random.default_rng(spec["seed"])
        n = spec["n"]
        children = np.arange(1, n)
        parents = np.floor(rng.random(n - 1) * children).astype(np.int64)
        return sr.Network.from_edges(parents, children, n_nodes=n, directed=False)
    if generator == "data":
        return sr.Network.read_edgelist(data_path(spec["file"]), directed=False)
    raise ValueError(f"unknown generator {generator!r}")


def model(spec: dict, **overrides):
    """The model a [model] table describes; keyword arguments override its parameters."""
    params = {key: value for key, value in spec.items() if key != "type"}
    params.update(overrides)
    phi = params.get("phi")
    if isinstance(phi, dict):
        if "arange" in phi:
            params["phi"] = np.arange(*phi["arange"], dtype=np.float64)
        elif "uniform" in phi:
            params["phi"] = sr.Uniform(*phi["uniform"])
        elif "normal" in phi:
            params["phi"] = sr.Normal(*phi["normal"])
    if spec["type"] == "Threshold":
        return sr.Threshold(params.pop("phi"), **params)
    return getattr(sr, spec["type"])(**params)


def binomial_se(probability: float, trials: int) -> float:
    return math.sqrt(max(probability * (1 - probability), 0.0) / trials)
