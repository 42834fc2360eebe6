"""Random and regular networks, generated in C++: deterministic for a seed, fast at a million nodes.

Every generated node is public; give kinds with :meth:`Network.with_kinds`.
"""

from __future__ import annotations

import numpy as np

from . import _engine
from ._validate import number, run_seed, whole_number
from .network import Network

__all__ = [
    "barabasi_albert",
    "complete",
    "configuration_model",
    "empty",
    "erdos_renyi",
    "organization",
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


def organization(
    employees: int | None = None,
    *,
    departments=None,
    company_followers: int | None = None,
    followers_per_employee: float = 200.0,
    audience_sigma: float = 1.0,
    audience_overlap: float = 0.05,
    colleague_ties: float | None = None,
    within_department: float = 0.8,
    public_degree: float = 4.0,
    internal: Network | None = None,
    seed: int = 0,
) -> Network:
    """An organisation and the people it can reach, generated in C++ (10,000 employees and their
    few million audience members build in seconds).

    Node layout: employees are nodes ``0 .. employees - 1`` (kind employee, group = department),
    the company page is node ``employees`` (kind company), everybody else is public (groups of
    the company and the public are -1). Edges (``u -> v``: v sees u's shares):

    - company page -> its ``company_followers`` followers and every employee;
    - employee <-> colleague (generated: about ``colleague_ties`` per employee, a share
      ``within_department`` of them inside the department; or the edges of ``internal``);
    - employee -> personal audience: lognormal size with median ``followers_per_employee`` and
      log-sd ``audience_sigma``; a share ``audience_overlap`` of each audience is drawn from
      people the company page or other employees already reach, so the number of distinct people
      is below the sum of audiences;
    - public <-> public ties, mean degree ``public_degree``, so reshares travel beyond one hop.

    With ``internal=`` (a Network of employees, e.g. a real e-mail network) and
    ``departments=`` (one label per employee), the real colleague ties are kept and the company
    page and audiences are attached to them; ``employees`` and ``colleague_ties`` are then not
    used. Otherwise ``departments`` is the number of departments (default 10), of lognormal sizes.

    Priors (defaults to question and vary, not facts about your company):

    - ``followers_per_employee=200``, ``audience_sigma=1``: personal networks are heavy tailed;
      Pew Research Center (2014, "6 new facts about Facebook") reported a median of 200
      Facebook friends among adult users, and Ugander, Karrer, Backstrom and Marlow (2011, "The
      anatomy of the Facebook social graph") a heavy-tailed friend-count distribution. LinkedIn
      connection counts of professionals are of the same order; the lognormal shape is our
      assumption.
    - ``company_followers=None``: a tenth of the sum of the employees' audiences, after the
      marketing claim (LinkedIn, for its advocacy product) that employees' networks are about
      ten times larger than their company page's following.
    - ``audience_overlap=0.05``: "a few percent"; we found no published measurement, so treat it
      as an assumption and vary it (scenario files make that easy).
    - ``colleague_ties=10`` (at most employees - 1), ``within_department=0.8``, ``public_degree=4``: round numbers that
      give a connected, clustered organisation; no source.

    Feed visibility (organic reach of company pages of a few percent, e.g. Ogilvy's 2014 report
    "Facebook Zero") and share rates belong to the model and the campaign, not to this network.

    Example
    -------
    >>> import socialreach as sr
    >>> net = sr.generators.organization(200, departments=4, seed=1)
    >>> net.count("employee"), net.count("company")
    (200, 1)
    >>> sorted(set(net.groups[:200].tolist()))
    [0, 1, 2, 3]
    """
    followers = company_followers
    spec_args = {
        "company_followers": -1
        if followers is None
        else whole_number(followers, "organization.company_followers", minimum=0),
        "followers_per_employee": number(
            followers_per_employee, "organization.followers_per_employee"
        ),
        "audience_sigma": number(audience_sigma, "organization.audience_sigma"),
        "audience_overlap": number(audience_overlap, "organization.audience_overlap"),
        "within_department": number(within_department, "organization.within_department"),
        "public_degree": number(public_degree, "organization.public_degree"),
        "seed": run_seed(seed),
    }
    if internal is not None:
        if not isinstance(internal, Network):
            raise ValueError(
                f"organization.internal must be a socialreach Network, got {type(internal).__name__}"
            )
        if employees is not None and employees != internal.n_nodes:
            raise ValueError(
                f"organization.employees must be None or the internal network's {internal.n_nodes} nodes, got {employees!r}"
            )
        if colleague_ties is not None:
            raise ValueError(
                "organization.colleague_ties must be None with internal= (its ties are the colleagues), "
                f"got {colleague_ties!r}"
            )
        if departments is None:
            labels = np.zeros(internal.n_nodes, dtype=np.int64)
        else:
            labels = np.asarray(departments)
            if labels.ndim != 1 or (labels.size and labels.dtype.kind not in "iu"):
                raise ValueError(
                    "organization.departments must be one whole-number label per employee with internal=, "
                    f"got {departments!r}"
                )
        spec = _engine.generators.OrganizationSpec(
            internal.n_nodes, 1, colleague_ties=0.0, **spec_args
        )
        return Network(
            _engine.generators.organization_from_internal(
                internal._engine, labels.astype(np.int64), spec
            )
        )
    if employees is None:
        raise ValueError(
            "organization needs employees= (a number) or internal= (a Network of employees)"
        )
    employees = whole_number(employees, "organization.employees")
    if colleague_ties is None:
        colleague_ties = float(min(10, max(employees - 1, 0)))
    spec = _engine.generators.OrganizationSpec(
        employees,
        10 if departments is None else whole_number(departments, "organization.departments"),
        colleague_ties=number(colleague_ties, "organization.colleague_ties"),
        **spec_args,
    )
    return Network(_engine.generators.organization(spec))
