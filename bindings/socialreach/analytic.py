"""Fast deterministic companions of the simulator (C++ with Eigen), to sanity-check and to
explore before simulating.

- :func:`spectral_radius` and :func:`epidemic_threshold`: whether an independent cascade can
  reach a finite fraction of a large network (the spectral radius of its transmission matrix
  above 1; for a uniform p, p above 1 / lambda_max(A)), or from degree moments
  <k> / (<k^2> - <k>).
- :func:`adoption_probabilities` and :func:`expected_adopters`: dynamic message passing for the
  independent cascade (Lokhov, Mezard, Ohta, Zdeborova, Phys. Rev. E 90, 012801, 2014), exact on
  trees and an approximation that ignores loop correlations (it overestimates) otherwise.
"""

from __future__ import annotations

import numpy as np

from . import _engine
from ._validate import max_steps as _max_steps
from ._validate import node_ids, whole_number
from .simulate import engine_model, engine_network

__all__ = ["adoption_probabilities", "epidemic_threshold", "expected_adopters", "spectral_radius"]


def _independent_cascade(model, name: str):
    from .independent_cascade import IndependentCascade

    if not isinstance(model, IndependentCascade):
        raise ValueError(f"{name} must be an sr.IndependentCascade, got {model!r}")
    return engine_model(model)


def spectral_radius(
    network, model=None, *, tolerance: float = 1e-10, max_iterations: int = 100_000
) -> float:
    """Largest eigenvalue of the adjacency matrix or, given an :class:`IndependentCascade`, of
    its transmission matrix (entry u, v: the chance that a share by u makes v adopt). IC is
    supercritical on a large network when the latter exceeds 1.

    Example
    -------
    >>> import socialreach as sr
    >>> round(sr.analytic.spectral_radius(sr.generators.complete(10)), 6)
    9.0
    >>> round(sr.analytic.spectral_radius(sr.generators.complete(10), sr.IndependentCascade(0.1)), 6)
    0.9
    """
    inner = None if model is None else _independent_cascade(model, "spectral_radius.model")
    return _engine.analytic.spectral_radius(
        engine_network(network),
        inner,
        float(tolerance),
        whole_number(max_iterations, "spectral_radius.max_iterations", minimum=1),
    )


def epidemic_threshold(network, method: str = "spectral") -> float:
    """The uniform IC probability p above which a cascade can reach a finite fraction:
    ``method="spectral"``: 1 / lambda_max(A); ``method="degree_moments"``:
    <k> / (<k^2> - <k>) over out-degrees (exact for configuration-model networks).

    Example
    -------
    >>> import socialreach as sr
    >>> ring = sr.generators.ring_lattice(100, 6)
    >>> sr.analytic.epidemic_threshold(ring, "degree_moments")
    0.2
    """
    if method == "spectral":
        radius = spectral_radius(network)
        return 1.0 / radius if radius > 0 else float("inf")
    if method == "degree_moments":
        return _engine.analytic.epidemic_threshold_degree_moments(engine_network(network))
    raise ValueError(
        f"epidemic_threshold.method must be one of 'spectral', 'degree_moments', got {method!r}"
    )


def adoption_probabilities(network, model, seeds, *, max_steps: int | None = None) -> np.ndarray:
    """Probability that each node adopts in an :class:`IndependentCascade` from ``seeds``, by
    dynamic message passing: exact on trees, an overestimate on loopy networks.

    Example
    -------
    >>> import socialreach as sr
    >>> path = sr.Network.from_edges([0, 1], [1, 2], directed=False)
    >>> sr.analytic.adoption_probabilities(path, sr.IndependentCascade(0.5), [0]).tolist()
    [1.0, 0.5, 0.25]
    """
    inner = _independent_cascade(model, "adoption_probabilities.model")
    ids = node_ids([seeds] if np.isscalar(seeds) else seeds, "adoption_probabilities.seeds")
    steps = _max_steps(max_steps)
    return _engine.analytic.adoption_probabilities(
        engine_network(network), inner, ids, steps, 1e-12
    )


def expected_adopters(network, model, seeds, *, max_steps: int | None = None) -> float:
    """Expected adopters (seeds included) by dynamic message passing; see
    :func:`adoption_probabilities`.

    Example
    -------
    >>> import socialreach as sr
    >>> path = sr.Network.from_edges([0, 1, 2, 3], [1, 2, 3, 4], directed=False)
    >>> sr.analytic.expected_adopters(path, sr.IndependentCascade(0.5), [0])  # 31/16
    1.9375
    """
    return float(adoption_probabilities(network, model, seeds, max_steps=max_steps).sum())
