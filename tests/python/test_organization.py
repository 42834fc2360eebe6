"""sr.generators.organization: sizes, kinds, departments, audience medians, overlap, determinism,
and the real e-mail network with its departments."""

from __future__ import annotations

import math

import numpy as np
import pytest

import socialreach as sr

COMPANY, EMPLOYEE, PUBLIC = int(sr.Kind.company), int(sr.Kind.employee), int(sr.Kind.public)


def public_audiences(net: sr.Network, employees: int) -> list[np.ndarray]:
    kinds = net.kinds
    out = []
    for u in range(employees):
        targets = net.targets[net.offsets[u] : net.offsets[u + 1]]
        out.append(targets[kinds[targets] == PUBLIC])
    return out


def test_sizes_kinds_and_departments():
    net = sr.generators.organization(800, departments=8, company_followers=5000, seed=3)
    kinds = net.kinds
    assert net.count("employee") == 800 and net.count("company") == 1
    assert kinds[800] == COMPANY
    assert (kinds[:800] == EMPLOYEE).all() and (kinds[801:] == PUBLIC).all()
    assert sorted(set(net.groups[:800].tolist())) == list(range(8))
    assert (net.groups[800:] == -1).all()
    assert net.out_degree()[800] == 5000 + 800  # followers and every employee
    audiences = public_audiences(net, 800)
    fresh_upper_bound = sum(a.size for a in audiences)
    assert 801 + 5000 < net.n_nodes <= 801 + 5000 + fresh_upper_bound


def test_audience_median_and_heavy_tail():
    net = sr.generators.organization(
        3000,
        followers_per_employee=300,
        audience_sigma=1.0,
        audience_overlap=0.0,
        public_degree=0,
        seed=8,
    )
    sizes = np.array([a.size for a in public_audiences(net, 3000)], dtype=float)
    # Median of n lognormal sizes: log-scale standard error sqrt(pi / 2) * sigma / sqrt(n).
    se = math.sqrt(math.pi / 2) / math.sqrt(3000)
    assert abs(math.log(np.median(sizes)) - math.log(300)) < 4 * se
    assert sizes.mean() > 1.4 * np.median(
        sizes
    )  # heavy right tail: mean = median * e^(sigma^2 / 2)


def test_overlap_makes_unique_audience_smaller_than_the_sum():
    for overlap in (0.0, 0.05, 0.3):
        net = sr.generators.organization(
            1000, audience_overlap=overlap, company_followers=0, public_degree=0, seed=2
        )
        audiences = public_audiences(net, 1000)
        total = sum(a.size for a in audiences)
        unique = np.unique(np.concatenate(audiences)).size
        if overlap == 0.0:
            assert unique == total
        else:
            # Each shared slot lands on someone another employee already reaches: the distinct
            # people are about (1 - overlap) of the slots, a few more where picks miss.
            assert unique / total == pytest.approx(1 - overlap, abs=0.02 + overlap * 0.2)
            assert unique < total


def test_company_followers_default_is_a_tenth_of_the_audiences():
    net = sr.generators.organization(500, public_degree=0, audience_overlap=0.0, seed=1)
    total = sum(a.size for a in public_audiences(net, 500))
    assert net.out_degree()[500] - 500 == math.floor(total / 10 + 0.5)


def test_public_ties_carry_reshares_beyond_one_hop():
    net = sr.generators.organization(200, public_degree=6, seed=4)
    public = net.kinds == PUBLIC
    assert net.out_degree()[public].mean() == pytest.approx(6, abs=0.2)


def test_deterministic_for_a_seed():
    a = sr.generators.organization(300, seed=5)
    b = sr.generators.organization(300, seed=5)
    c = sr.generators.organization(300, seed=6)
    assert np.array_equal(a.targets, b.targets) and np.array_equal(a.offsets, b.offsets)
    assert not np.array_equal(a.targets, c.targets)


def test_real_email_network_with_its_departments(email_org):
    internal, departments = email_org
    net = sr.generators.organization(
        internal=internal, departments=departments, followers_per_employee=100, seed=1
    )
    assert net.count("employee") == 1005 and net.count("company") == 1
    assert np.array_equal(net.groups[:1005], departments)
    assert len(set(departments.tolist())) == 42
    # The e-mail ties are kept as the colleague ties.
    for u in (0, 17, 160):
        colleagues = net.targets[net.offsets[u] : net.offsets[u + 1]]
        colleagues = colleagues[net.kinds[colleagues] == EMPLOYEE]
        assert np.array_equal(
            np.sort(colleagues),
            np.sort(internal.targets[internal.offsets[u] : internal.offsets[u + 1]]),
        )


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"employees": 0}, r"organization\.employees must be in \[1, "),
        (
            {"employees": 10, "departments": 11},
            r"organization\.departments must be in \[1, employees\] = \[1, 10\], got 11",
        ),
        (
            {"employees": 10, "audience_overlap": 1.5},
            r"organization\.audience_overlap must be in \[0, 1\], got 1\.5",
        ),
        (
            {"employees": 10, "followers_per_employee": float("nan")},
            r"organization\.followers_per_employee must be a finite number >= 0, got nan",
        ),
        (
            {"employees": 10, "company_followers": -3},
            r"organization\.company_followers must be >= 0, got -3",
        ),
        ({}, r"organization needs employees="),
    ],
)
def test_errors_name_parameter_range_and_value(kwargs, message):
    with pytest.raises(ValueError, match=message):
        sr.generators.organization(**kwargs)


def test_internal_errors(email_org):
    internal, departments = email_org
    with pytest.raises(
        ValueError,
        match=r"organization\.departments must be one label per employee \(1005\), got 3 labels",
    ):
        sr.generators.organization(internal=internal, departments=[0, 1, 2])
    with pytest.raises(
        ValueError, match=r"organization\.colleague_ties must be None with internal="
    ):
        sr.generators.organization(internal=internal, departments=departments, colleague_ties=5)


@pytest.mark.slow
def test_ten_thousand_employees_build_millions_of_nodes():
    net = sr.generators.organization(10_000, departments=40, seed=1)
    assert net.n_nodes > 2_000_000 and net.count("employee") == 10_000
