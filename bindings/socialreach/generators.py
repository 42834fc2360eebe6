"""Random and regular networks, generated in C++: deterministic for a seed, fast at a million nodes.

Every generated node is public; give kinds with :meth:`Network.with_kinds`.
"""

from __future__ import annotations

import numpy as np

from . import _engine
from ._validate import run_seed, whole_number
from .network import Network

__all__ = [
    "barabasi_albert",
    "complete",
    "configuration_model",
    "empty",
    "erdos_renyi",
    "ring_lattice",
    "watts_strogatz",
]


def erdos_renyi(n: int, mean_degree: float, *, directed: bool = False, seed: int = 0) -> Network:
    """G(n, p) with p = mean_degree / (n - 1) (Gilbert 1959), by geometric skipping.

    Undirected: each pair tied with probability p. Directed: each ordered pair, so
    ``mean_degree`` is the mean out-degree.

    Example
    -------
    >>> import socialreach as sr
    >>> net = sr.generators.erdos_renyi(1000, mean_degree=4, seed=1)
    >>> round(net.n_edges / net.n_nodes)
    4
    """
    return Network(
        _engine.generators.erdos_renyi(
            whole_number(n, "erdos_renyi.n"), float(mean_degree), bool(directed), run_seed(seed)
        )
    )


def configuration_model(degrees, *, seed: int = 0) -> Network:
    """Random pairing of degree stubs (an undirected multigraph keeping loops and repeated ties,
    as ``networkx.configuration_model``). The degrees must sum to an even number.

    Example
    -------
    >>> import socialreach as sr
    >>> sr.generators.configuration_model([3, 3, 2, 2, 2], seed=1).out_degree().tolist()
    [3, 3, 2, 2, 2]
    """
    array = np.asarray(degrees)
    if array.ndim != 1 or (array.size and array.dtype.kind not in "iu"):
        raise ValueError(
            f"configuration_model.degrees must be a 1-D sequence of whole numbers, got {degrees!r}"
        )
    return Network(_engine.generators.configuration_model(array.astype(np.int64), run_seed(seed)))


def barabasi_albert(n: int, m: int, *, seed: int = 0) -> Network:
    """Preferential attachment (Barabási and Albert 1999), as ``networkx.barabasi_albert_graph``:
    a star on m + 1 nodes, then each new node ties to m distinct nodes chosen in proportion to
    their degree.

    Example
    -------
    >>> import socialreach as sr
    >>> sr.generators.barabasi_albert(100, 2, seed=1).n_edges // 2
    196
    """
    return Network(
        _engine.generators.barabasi_albert(
            whole_number(n, "barabasi_albert.n"),
            whole_number(m, "barabasi_albert.m"),
            run_seed(seed),
        )
    )


def watts_strogatz(n: int, k: int, beta: float, *, seed: int = 0) -> Network:
    """Small world (Watts and Strogatz 1998), as ``networkx.watts_strogatz_graph``: a ring
    lattice whose ties are each rewired with probability ``beta`` to a uniform node, avoiding
    self-ties and repeated ties.

    Example
    -------
    >>> import socialreach as sr
    >>> sr.generators.watts_strogatz(100, 4, 0.1, seed=1).n_edges // 2
    200
    """
    return Network(
        _engine.generators.watts_strogatz(
            whole_number(n, "watts_strogatz.n"),
            whole_number(k, "watts_strogatz.k"),
            float(beta),
            run_seed(seed),
        )
    )


def ring_lattice(n: int, k: int) -> Network:
    """Each node tied to its k nearest neighbours on a ring, k / 2 on each side (k even), as
    the lattice networkx starts ``watts_strogatz_graph`` from.

    Example
    -------
    >>> import socialreach as sr
    >>> sr.generators.ring_lattice(6, 2).out_degree().tolist()
    [2, 2, 2, 2, 2, 2]
    """
    return Network(
        _engine.generators.ring_lattice(
            whole_number(n, "ring_lattice.n"), whole_number(k, "ring_lattice.k")
        )
    )


def complete(n: int) -> Network:
    """Every pair of n nodes tied (undirected).

    Example
    -------
    >>> import socialreach as sr
    >>> sr.generators.complete(5).n_edges
    20
    """
    return Network(_engine.generators.complete(whole_number(n, "complete.n")))


def empty(n: int) -> Network:
    """n nodes and no ties.

    Example
    -------
    >>> import socialreach as sr
    >>> sr.generators.empty(3).n_edges
    0
    """
    return Network(_engine.generators.empty(whole_number(n, "empty.n")))
