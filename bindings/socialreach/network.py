"""The Network users build and pass to simulate(): an immutable directed graph (CSR) whose edge
u -> v means v is in u's audience, with node kinds, optional tie weights and groups."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np

from . import _engine
from ._validate import node_ids
from .kinds import KIND_NAMES, kind_code, kind_codes

_EMPTY_IDS = np.zeros(0, dtype=np.int64)


class Network:
    """A social network: who is in whose audience, and who each node is.

    Build one with :meth:`from_edges`, :meth:`from_networkx`, :meth:`from_scipy`,
    :meth:`read_edgelist`, :meth:`load` or a function of :mod:`socialreach.generators`.

    Example
    -------
    >>> import socialreach as sr
    >>> net = sr.Network.from_edges([0, 1], [1, 2], kinds=["company", "employee", "public"])
    >>> net.n_nodes, net.n_edges
    (3, 2)
    >>> net.out_degree().tolist()
    [1, 1, 0]
    """

    def __init__(self, engine_network: _engine.Network):
        self._engine = engine_network

    # ----------------------------------------------------------------------------- building
    @classmethod
    def from_edges(
        cls,
        src,
        dst,
        *,
        n_nodes: int | None = None,
        directed: bool = True,
        weights=None,
        kinds=None,
        groups=None,
    ) -> Network:
        """Build from parallel arrays of edge ends: ``dst[i]`` is in ``src[i]``'s audience.

        Parameters
        ----------
        src, dst : array-like of int
            Node ids in ``[0, n_nodes)``.
        n_nodes : int, optional
            Number of nodes; default: largest id + 1.
        directed : bool
            False stores every edge in both directions.
        weights : array-like of float, optional
            Tie strength per edge in (0, 1]; multiplies adoption probabilities.
        kinds : array-like, optional
            One kind per node: "company", "employee", "public" or :class:`Kind`. Default public.
        groups : array-like of int, optional
            One group (department) per node, >= 0; -1 for a node in no group.

        Example
        -------
        >>> import socialreach as sr
        >>> sr.Network.from_edges([0, 0], [1, 2], directed=False).n_edges
        4
        """
        src_ids = node_ids(src, "Network.from_edges.src")
        dst_ids = node_ids(dst, "Network.from_edges.dst")
        if n_nodes is None:
            count = -1
        else:
            count = int(n_nodes)
            if count != n_nodes or count < 0:
                raise ValueError(
                    f"Network.from_edges.n_nodes must be a whole number >= 0, got {n_nodes!r}"
                )
        weight_array = (
            np.zeros(0) if weights is None else np.asarray(weights, dtype=np.float64).ravel()
        )
        kind_array = _EMPTY_IDS if kinds is None else kind_codes(kinds, "Network.from_edges.kinds")
        group_array = (
            _EMPTY_IDS if groups is None else node_ids(groups, "Network.from_edges.groups")
        )
        return cls(
            _engine.Network.from_edges(
                src_ids, dst_ids, count, bool(directed), weight_array, kind_array, group_array
            )
        )

    @classmethod
    def from_networkx(
        cls, graph, *, weight: str | None = None, kind: str = "kind", group: str | None = None
    ) -> Network:
        """Build from a networkx graph; nodes are numbered in ``graph.nodes`` order.

        ``weight`` names the edge attribute holding tie strength; ``kind`` the node attribute
        holding the kind (nodes without it are public); ``group`` the node attribute holding an
        integer group.

        Example
        -------
        >>> import networkx as nx, socialreach as sr
        >>> g = nx.path_graph(3)
        >>> g.nodes[0]["kind"] = "company"
        >>> net = sr.Network.from_networkx(g)
        >>> net.n_edges, int(net.kinds[0]) == sr.Kind.company
        (4, True)
        """
        nodes = list(graph.nodes)
        index = {node: i for i, node in enumerate(nodes)}
        edges = list(graph.edges(data=True))
        src = np.fromiter((index[u] for u, _, _ in edges), dtype=np.int64, count=len(edges))
        dst = np.fromiter((index[v] for _, v, _ in edges), dtype=np.int64, count=len(edges))
        weights = None
        if weight is not None:
            missing = [(u, v) for u, v, data in edges if weight not in data]
            if missing:
                raise ValueError(
                    f"Network.from_networkx: edge {missing[0]} has no attribute {weight!r}"
                )
            weights = np.array([data[weight] for _, _, data in edges], dtype=np.float64)
        kinds = None
        if any(kind in graph.nodes[node] for node in nodes):
            kinds = [graph.nodes[node].get(kind, "public") for node in nodes]
        groups = None
        if group is not None:
            missing = [node for node in nodes if group not in graph.nodes[node]]
            if missing:
                raise ValueError(
                    f"Network.from_networkx: node {missing[0]!r} has no attribute {group!r}"
                )
            groups = [graph.nodes[node][group] for node in nodes]
        return cls.from_edges(
            src,
            dst,
            n_nodes=len(nodes),
            directed=graph.is_directed(),
            weights=weights,
            kinds=kinds,
            groups=groups,
        )

    @classmethod
    def from_scipy(cls, matrix, *, kinds=None, groups=None) -> Network:
        """Build from a square sparse (or dense) matrix: entry (u, v) != 0 is an edge u -> v.

        Stored values become tie weights (they must lie in (0, 1]) unless they are all 1.

        Example
        -------
        >>> import scipy.sparse, socialreach as sr
        >>> m = scipy.sparse.csr_array(([1.0, 0.5], ([0, 1], [1, 2])), shape=(3, 3))
        >>> sr.Network.from_scipy(m).weights.tolist()
        [1.0, 0.5]
        """
        import scipy.sparse

        coo = scipy.sparse.coo_array(matrix)
        rows, cols = coo.shape
        if rows != cols:
            raise ValueError(f"Network.from_scipy.matrix must be square, got shape {coo.shape}")
        coo.sum_duplicates()
        data = np.asarray(coo.data, dtype=np.float64)
        weights = None if np.all(data == 1.0) else data
        return cls.from_edges(
            coo.row,
            coo.col,
            n_nodes=rows,
            directed=True,
            weights=weights,
            kinds=kinds,
            groups=groups,
        )

    @classmethod
    def read_edgelist(
        cls, path, *, directed: bool = True, n_nodes: int | None = None, kinds=None, groups=None
    ) -> Network:
        """Read a whitespace-separated edge list (``source target`` per line, ``#`` comments),
        such as the SNAP files.

        Example
        -------
        >>> import socialreach as sr, tempfile, os
        >>> path = os.path.join(tempfile.mkdtemp(), "edges.txt")
        >>> _ = open(path, "w").write("# a comment\\n0 1\\n1 2\\n")
        >>> sr.Network.read_edgelist(path, directed=False).n_edges
        4
        """
        import pandas as pd

        path = Path(path)
        if not path.is_file():
            raise FileNotFoundError(f"Network.read_edgelist: no file {str(path)!r}")
        table = pd.read_csv(path, sep=r"\s+", comment="#", header=None, dtype=np.int64)
        if table.shape[1] < 2:
            raise ValueError(
                f"Network.read_edgelist: {str(path)!r} must have two columns, source and target"
            )
        return cls.from_edges(
            table[0].to_numpy(),
            table[1].to_numpy(),
            n_nodes=n_nodes,
            directed=directed,
            kinds=kinds,
            groups=groups,
        )

    # ----------------------------------------------------------------------------- exporting
    def to_networkx(self):
        """A networkx DiGraph (Graph if built undirected) with ``kind``, ``group`` and ``weight``.

        Example
        -------
        >>> import socialreach as sr
        >>> sr.generators.complete(4).to_networkx().number_of_edges()
        6
        """
        import networkx as nx

        graph = nx.DiGraph() if self.directed else nx.Graph()
        groups = self.groups if self.has_groups else None
        for node, code in enumerate(self.kinds.tolist()):
            attributes = {"kind": KIND_NAMES[code]}
            if groups is not None:
                attributes["group"] = int(groups[node])
            graph.add_node(node, **attributes)
        src, dst = self.edges()
        if self.weighted:
            graph.add_weighted_edges_from(
                zip(src.tolist(), dst.tolist(), self.weights.tolist(), strict=True)
            )
        else:
            graph.add_edges_from(zip(src.tolist(), dst.tolist(), strict=True))
        return graph

    def save(self, path) -> None:
        """Write a compact binary file that :meth:`load` reads back exactly."""
        self._engine.save(os.fspath(path))

    @classmethod
    def load(cls, path) -> Network:
        """Read a file written by :meth:`save`.

        Example
        -------
        >>> import socialreach as sr, tempfile, os
        >>> path = os.path.join(tempfile.mkdtemp(), "net.srnet")
        >>> sr.generators.ring_lattice(10, 2).save(path)
        >>> sr.Network.load(path).n_edges
        20
        """
        if not Path(path).is_file():
            raise FileNotFoundError(f"Network.load: no file {os.fspath(path)!r}")
        return cls(_engine.Network.load(os.fspath(path)))

    def with_kinds(self, kinds) -> Network:
        """A copy of this network with new node kinds (names, :class:`Kind` values or codes)."""
        return Network(self._engine.with_kinds(kind_codes(kinds, "Network.with_kinds.kinds")))

    # ----------------------------------------------------------------------------- reading
    @property
    def n_nodes(self) -> int:
        return self._engine.n_nodes

    @property
    def n_edges(self) -> int:
        """Stored (directed) edges: an undirected tie counts twice."""
        return self._engine.n_edges

    @property
    def directed(self) -> bool:
        return self._engine.directed

    @property
    def weighted(self) -> bool:
        return self._engine.weighted

    @property
    def has_groups(self) -> bool:
        return self._engine.has_groups

    @property
    def kinds(self) -> np.ndarray:
        """Kind code per node (uint8, read-only): compare with :class:`Kind` values."""
        return self._engine.kinds

    @property
    def weights(self) -> np.ndarray:
        """Tie weight per edge in CSR order (float32, a read-only copy; empty if unweighted)."""
        return self._engine.weights

    @property
    def groups(self) -> np.ndarray:
        """Group per node (int32, read-only; empty if none)."""
        return self._engine.groups

    @property
    def offsets(self) -> np.ndarray:
        """CSR row offsets (uint64, read-only): u's audience is targets[offsets[u]:offsets[u+1]]."""
        return self._engine.offsets

    @property
    def targets(self) -> np.ndarray:
        """CSR column indices (uint32, read-only)."""
        return self._engine.targets

    def edges(self) -> tuple[np.ndarray, np.ndarray]:
        """(src, dst) arrays of every stored edge in CSR order."""
        src = np.repeat(np.arange(self.n_nodes, dtype=np.int64), self.out_degree())
        return src, self.targets.astype(np.int64)

    def out_degree(self) -> np.ndarray:
        """Audience size of every node (int64)."""
        return np.diff(self.offsets).astype(np.int64)

    def in_degree(self) -> np.ndarray:
        """Number of nodes whose audience each node is in (int64)."""
        return self._engine.in_degrees.astype(np.int64)

    def count(self, kind) -> int:
        """Number of nodes of a kind."""
        return int(np.count_nonzero(self.kinds == kind_code(kind, "Network.count.kind")))

    def components(self, *, strong: bool = False) -> np.ndarray:
        """Component label of every node (int32, 0 .. count - 1, numbered by each component's
        smallest node), computed with Boost.Graph: weak components ignore edge direction,
        ``strong=True`` gives strongly connected ones. A cascade never leaves its seeds' weak
        components.

        Example
        -------
        >>> import socialreach as sr
        >>> net = sr.Network.from_edges([0, 1, 2, 3], [1, 0, 1, 4], n_nodes=6)
        >>> net.components().tolist()
        [0, 0, 0, 1, 1, 2]
        >>> net.components(strong=True).tolist()
        [0, 0, 1, 2, 3, 4]
        """
        return self._engine.components(bool(strong))

    def memory_bytes(self) -> int:
        """Bytes held by the graph's arrays."""
        return self._engine.memory_bytes()

    def __repr__(self) -> str:
        counts = ", ".join(
            f"{name}={np.count_nonzero(self.kinds == code)}" for code, name in enumerate(KIND_NAMES)
        )
        return (
            f"Network(n_nodes={self.n_nodes}, n_edges={self.n_edges}, "
            f"{'directed' if self.directed else 'undirected'}, {'weighted, ' if self.weighted else ''}{counts})"
        )
