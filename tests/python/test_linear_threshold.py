"""Linear threshold against exact enumeration of its live-edge form (Kempe, Kleinberg, Tardos
2003, Theorem 2.5). Tolerance: 4 standard errors of the simulated mean (fixed seed)."""

from __future__ import annotations

import itertools

import numpy as np
import validation_scenarios as scenarios

import socialreach as sr
from socialreach.kinds import KIND_NAMES


def live_edge_expectation(net: sr.Network, credibility: dict, seeds) -> float:
    """E[adopters] of LT by enumerating every choice of at most one in-edge per node, edge
    u -> v kept with probability b_uv = c_u w_uv / max(1, sum_u' c_u' w_u'v), w the tie weight
    (1 / in-degree on an unweighted network)."""
    src, dst = net.edges()
    c = np.array([credibility.get(name, 1.0) for name in KIND_NAMES])[net.kinds]
    w = net.weights.astype(np.float64) if net.weighted else 1.0 / net.in_degree()[dst]
    raw = c[src] * w
    total = np.bincount(dst, weights=raw, minlength=net.n_nodes)
    b = raw / np.maximum(1.0, total[dst])
    options = []
    for v in range(net.n_nodes):
        edges = [e for e in range(len(src)) if dst[e] == v]
        choices = [(e, b[e]) for e in edges] + [(None, 1.0 - sum(b[e] for e in edges))]
        options.append(choices)
    expectation = 0.0
    for combo in itertools.product(*options):
        weight = float(np.prod([prob for _, prob in combo]))
        if weight <= 0:
            continue
        kept = {e for e, _ in combo if e is not None}
        reached, stack = set(seeds), list(seeds)
        while stack:
            u = stack.pop()
            for e in range(len(src)):
                if src[e] == u and e in kept and dst[e] not in reached:
                    reached.add(int(dst[e]))
                    stack.append(int(dst[e]))
        expectation += weight * len(reached)
    return expectation


def test_path_from_an_end_gives_two_adopters():
    # scenarios/validation/linear_threshold_path.toml
    s = scenarios.load("linear_threshold_path")
    path = scenarios.network(s["network"])
    assert live_edge_expectation(path, {}, s["run"]["seeds"]) == s["expected"]["adopters"]
    res = sr.simulate(path, scenarios.model(s["model"]), **s["run"])
    mean, _, sem, _, _ = res.summary().loc["adopters", ["mean", "std", "sem", "ci_low", "ci_high"]]
    assert abs(mean - s["expected"]["adopters"]) < 4 * sem


def test_credibility_weighted_graph_matches_enumeration():
    s = scenarios.load("linear_threshold_path")
    second = s["second"]
    net = sr.Network.from_edges(
        second["src"], second["dst"], kinds=second["kinds"], weights=second["weights"]
    )
    exact = live_edge_expectation(net, second["credibility"], second["seeds"])
    model = sr.LinearThreshold(credibility=second["credibility"])
    res = sr.simulate(net, model, second["seeds"], replications=s["run"]["replications"], seed=5)
    sem = res.adopters.std(ddof=1) / np.sqrt(res.replications)
    print(
        f"LT with credibility: simulated {res.adopters.mean():.4f} +- {sem:.4f}, exact {exact:.4f}"
    )
    assert abs(res.adopters.mean() - exact) < 4 * sem
