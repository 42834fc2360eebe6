import networkx as nx
import numpy as np
import pytest

import socialreach as sr


def test_generators_are_deterministic_for_a_seed():
    for make in (
        lambda s: sr.generators.erdos_renyi(2000, 5, seed=s),
        lambda s: sr.generators.barabasi_albert(2000, 3, seed=s),
        lambda s: sr.generators.watts_strogatz(2000, 6, 0.1, seed=s),
        lambda s: sr.generators.configuration_model([3] * 1000, seed=s),
    ):
        a, b, c = make(1), make(1), make(2)
        assert np.array_equal(a.targets, b.targets)
        assert not np.array_equal(a.targets, c.targets)


def test_ring_lattice_matches_networkx():
    ours = sr.generators.ring_lattice(30, 4).to_networkx()
    theirs = nx.watts_strogatz_graph(30, 4, 0.0)
    assert set(map(frozenset, ours.edges())) == set(map(frozenset, theirs.edges()))


def test_barabasi_albert_tie_count_matches_networkx():
    ours = sr.generators.barabasi_albert(500, 3, seed=1)
    assert ours.n_edges // 2 == nx.barabasi_albert_graph(500, 3, seed=1).number_of_edges()


def test_watts_strogatz_is_simple_and_keeps_tie_count():
    g = sr.generators.watts_strogatz(1000, 6, 0.3, seed=4).to_networkx()
    assert g.number_of_edges() == 3000 and nx.number_of_selfloops(g) == 0


def test_complete_and_empty():
    assert sr.generators.complete(6).n_edges == 30
    assert sr.generators.empty(6).n_edges == 0


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (
            lambda: sr.generators.erdos_renyi(10, 12),
            r"erdos_renyi\.mean_degree must be in \[0, 9\], got 12",
        ),
        (
            lambda: sr.generators.barabasi_albert(10, 10),
            r"barabasi_albert\.m must be in \[1, n - 1\] = \[1, 9\], got 10",
        ),
        (
            lambda: sr.generators.ring_lattice(10, 3),
            r"ring_lattice\.k must be even and in \[0, n - 1\]",
        ),
        (
            lambda: sr.generators.watts_strogatz(10, 2, 1.5),
            r"watts_strogatz\.beta must be in \[0, 1\], got 1\.5",
        ),
        (
            lambda: sr.generators.configuration_model([1, 2]),
            r"degrees must be of even sum, got sum 3",
        ),
        (lambda: sr.generators.erdos_renyi(-1, 1), r"erdos_renyi\.n must be in \[0, "),
        (
            lambda: sr.generators.erdos_renyi(10, 2, seed=-1),
            r"seed must be in \[0, 2\*\*64 - 1\], got -1",
        ),
    ],
)
def test_generator_errors(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_million_node_generators_build():
    net = sr.generators.barabasi_albert(1_000_000, 5, seed=1)
    assert net.n_edges == 2 * (5 + (1_000_000 - 6) * 5)
    assert sr.generators.erdos_renyi(1_000_000, 4, seed=1).n_nodes == 1_000_000
