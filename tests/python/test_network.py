import networkx as nx
import numpy as np
import pytest
import scipy.sparse

import socialreach as sr


def test_from_edges_builds_csr_with_kinds_weights_groups():
    net = sr.Network.from_edges(
        [0, 0, 2],
        [1, 2, 1],
        weights=[0.5, 1.0, 0.25],
        kinds=["company", "employee", sr.Kind.public],
        groups=[3, 1, 1],
    )
    assert (net.n_nodes, net.n_edges) == (3, 3)
    assert net.offsets.tolist() == [0, 2, 2, 3]
    assert net.targets.tolist() == [1, 2, 1]
    assert net.kinds.tolist() == [sr.Kind.company, sr.Kind.employee, sr.Kind.public]
    assert net.weights.tolist() == [0.5, 1.0, 0.25]
    assert net.groups.tolist() == [3, 1, 1]
    assert net.out_degree().tolist() == [2, 0, 1]
    assert net.in_degree().tolist() == [0, 2, 1]
    assert net.count("employee") == 1
    assert not net.targets.flags.writeable


def test_undirected_input_is_stored_both_ways():
    net = sr.Network.from_edges([0, 1], [1, 2], directed=False, n_nodes=4)
    assert net.n_edges == 4
    assert net.out_degree().tolist() == [1, 2, 1, 0]


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        (
            {"src": [0, 1], "dst": [1]},
            ValueError,
            r"src and dst must be of the same length, got 2 and 1",
        ),
        (
            {"src": [0, -1], "dst": [1, 0]},
            IndexError,
            r"Network\.from_edges\.src must be node ids >= 0, got -1 \(at position 1\)",
        ),
        (
            {"src": [0], "dst": [5], "n_nodes": 3},
            IndexError,
            r"dst must be node ids in \[0, n_nodes - 1\] = \[0, 2\], got 5",
        ),
        ({"src": [0], "dst": [1.5]}, ValueError, r"dst must be whole node ids, got 1\.5"),
        (
            {"src": [0, 1], "dst": [1, 0], "weights": [0.5, float("nan")]},
            ValueError,
            r"weights must be in \(0, 1\], got nan \(at position 1\)",
        ),
        (
            {"src": [0], "dst": [1], "weights": [1.5]},
            ValueError,
            r"weights must be in \(0, 1\], got 1\.5",
        ),
        (
            {"src": [0], "dst": [1], "weights": [0.0]},
            ValueError,
            r"weights must be in \(0, 1\], got 0",
        ),
        (
            {"src": [0], "dst": [1], "weights": [0.5, 0.5]},
            ValueError,
            r"weights must be one weight per edge \(1\), got 2 weights",
        ),
        (
            {"src": [0], "dst": [1], "kinds": ["company", "boss"]},
            ValueError,
            r"kinds must be one of 'company', 'employee', 'public', got 'boss'",
        ),
        (
            {"src": [0], "dst": [1], "kinds": [0, 9]},
            ValueError,
            r"kinds\[1\] must be one of .*got 9",
        ),
        (
            {"src": [0], "dst": [1], "kinds": ["public"]},
            ValueError,
            r"kinds must be one kind per node \(2\), got 1 kinds",
        ),
        (
            {"src": [0], "dst": [1], "groups": [0, -3]},
            ValueError,
            r"groups must be in \[-1, 2147483647\] \(-1: no group\), got -3",
        ),
    ],
)
def test_from_edges_errors_name_parameter_range_and_value(kwargs, error, message):
    with pytest.raises(error, match=message):
        sr.Network.from_edges(**kwargs)


def test_networkx_round_trip_keeps_structure_and_attributes():
    g = nx.DiGraph()
    g.add_node("acme", kind="company", dept=0)
    g.add_node("ann", kind="employee", dept=1)
    g.add_node("bob", dept=1)
    g.add_edge("acme", "ann", w=0.5)
    g.add_edge("ann", "bob", w=0.25)
    net = sr.Network.from_networkx(g, weight="w", group="dept")
    assert net.kinds.tolist() == [sr.Kind.company, sr.Kind.employee, sr.Kind.public]
    back = net.to_networkx()
    assert isinstance(back, nx.DiGraph)
    assert sorted(back.edges(data="weight")) == [(0, 1, 0.5), (1, 2, 0.25)]
    assert back.nodes[0] == {"kind": "company", "group": 0}
    undirected = sr.Network.from_networkx(nx.karate_club_graph())
    assert undirected.n_edges == 2 * 78
    assert nx.is_isomorphic(undirected.to_networkx(), nx.karate_club_graph())


def test_from_scipy_uses_values_as_weights_unless_all_one():
    m = scipy.sparse.csr_array(([1.0, 0.5], ([0, 1], [1, 2])), shape=(3, 3))
    net = sr.Network.from_scipy(m)
    assert net.weights.tolist() == [1.0, 0.5]
    plain = sr.Network.from_scipy(scipy.sparse.csr_array(np.eye(3)[[1, 2, 0]]))
    assert not plain.weighted and plain.targets.tolist() == [1, 2, 0]
    with pytest.raises(ValueError, match="must be square"):
        sr.Network.from_scipy(np.ones((2, 3)))


def test_save_load_round_trips_exactly(tmp_path):
    net = sr.generators.erdos_renyi(500, 4, seed=3).with_kinds(
        ["employee"] * 250 + ["public"] * 250
    )
    path = tmp_path / "net.srnet"
    net.save(path)
    back = sr.Network.load(path)
    for name in ("offsets", "targets", "kinds", "weights", "groups"):
        assert np.array_equal(getattr(back, name), getattr(net, name)), name
    assert back.directed == net.directed
    with pytest.raises(FileNotFoundError):
        sr.Network.load(tmp_path / "missing.srnet")
    (tmp_path / "junk").write_bytes(b"junk" * 10)
    with pytest.raises(ValueError, match="is not|must be a socialreach network file"):
        sr.Network.load(tmp_path / "junk")
    cut = tmp_path / "cut.srnet"
    cut.write_bytes(path.read_bytes()[:40])  # the header whole, the offsets cut short
    with pytest.raises(ValueError) as cut_short:
        sr.Network.load(cut)
    assert (
        f"Network.load: file '{cut}' must be a complete socialreach network file, "
        "got a truncated file"
    ) in str(cut_short.value)


def test_reads_real_email_network(data_dir):
    net = sr.Network.read_edgelist(data_dir / "email-Eu-core.txt")
    assert (net.n_nodes, net.n_edges) == (1005, 25571)
    fb = sr.Network.read_edgelist(data_dir / "facebook_combined.txt", directed=False)
    assert (fb.n_nodes, fb.n_edges) == (4039, 2 * 88234)


@pytest.mark.slow
def test_hundred_million_edges_fit_in_one_and_a_half_gigabytes():
    net = sr.generators.erdos_renyi(10_000_000, 10, directed=True, seed=1)
    assert abs(net.n_edges - 100_000_000) < 5 * 10_000
    assert net.memory_bytes() < 1.5e9


def test_components_match_networkx():
    for seed in range(3):
        net = sr.generators.erdos_renyi(400, 1.2, directed=True, seed=seed)
        graph = net.to_networkx()
        for strong, theirs in (
            (False, nx.weakly_connected_components),
            (True, nx.strongly_connected_components),
        ):
            labels = net.components(strong=strong)
            ours = {frozenset(np.flatnonzero(labels == c).tolist()) for c in np.unique(labels)}
            assert ours == {frozenset(c) for c in theirs(graph)}
