"""Who posts first: fixed seed nodes, or seeds drawn afresh in every replication."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from . import _engine
from ._validate import node_ids, whole_number


@dataclass(frozen=True)
class RandomSeeds:
    """Seeds drawn at random in each replication (see :func:`random_seeds`)."""

    count: int | None = None
    fraction: float | None = None


def random_seeds(count: int | None = None, *, fraction: float | None = None) -> RandomSeeds:
    """Draw ``count`` distinct seeds (or ``round(fraction * n_nodes)``) uniformly at random,
    afresh in every replication. The draw is a pure function of the run's seed and the
    replication number, so it is reproducible and identical for any thread count.

    Example
    -------
    >>> import socialreach as sr
    >>> net = sr.generators.erdos_renyi(1000, 3, seed=1)
    >>> res = sr.simulate(net, sr.IndependentCascade(0.1), sr.random_seeds(5), replications=10)
    >>> bool((res.adopters >= 5).all())
    True
    """
    if (count is None) == (fraction is None):
        raise ValueError("random_seeds needs exactly one of count= or fraction=")
    if count is not None:
        return RandomSeeds(count=whole_number(count, "random_seeds.count", minimum=1))
    fraction = float(fraction)
    if not 0.0 < fraction <= 1.0:
        raise ValueError(f"random_seeds.fraction must be in (0, 1], got {fraction!r}")
    return RandomSeeds(fraction=fraction)


def engine_campaign(seeds, start_steps=None) -> _engine.Campaign:
    """The engine's campaign for fixed seed ids (with optional start steps) or RandomSeeds."""
    if isinstance(seeds, RandomSeeds):
        return _engine.Campaign([], [], seeds.count or 0, seeds.fraction or 0.0)
    if seeds is None:
        ids = np.zeros(0, dtype=np.int64)
    elif np.isscalar(seeds):
        ids = node_ids([seeds], "simulate.seeds")
    else:
        ids = node_ids(seeds, "simulate.seeds")
    steps = [] if start_steps is None else node_ids(start_steps, "simulate.start_steps").tolist()
    return _engine.Campaign(ids.tolist(), steps, 0, 0.0)
