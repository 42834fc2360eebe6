"""Bass diffusion (Bass 1969) on a network or in a crowd, in discrete time steps."""

from __future__ import annotations

from collections.abc import Mapping

from . import _engine
from ._validate import number
from .kinds import by_kind, per_kind


class Bass:
    """Bass diffusion (Bass, Management Science 1969) in steps of length ``dt``.

    In every step each node that has not adopted adopts with probability (p + q * A_v) * dt:
    ``p`` is innovation, ``q`` imitation, and A_v the credibility-weighted fraction of v's
    adopted in-neighbours, min(1, sum of credibility over adopted in-neighbours / in-degree)
    (of the whole population with ``observe="all"``, through one global counter). Adopters of
    a step count from the next step, when they share. No seeds are needed when p > 0.
    ``Results.time`` is step * dt; with ``observe="all"`` and many nodes the curve follows
    F(t) = (1 - e^{-(p+q)t}) / (1 + (q/p) e^{-(p+q)t}).

    Parameters
    ----------
    p : float in [0, 1]
        Coefficient of innovation (default 0.03).
    q : float >= 0
        Coefficient of imitation (default 0.38).
    dt : float in (0, 1 / (p + q)]
        Length of a step (default 0.01).
    observe : "neighbors" or "all"
    credibility : dict kind -> float >= 0, optional
        Weight of one adopter of each kind in A_v; missing kinds 1.

    Example
    -------
    >>> import socialreach as sr
    >>> res = sr.simulate(sr.generators.empty(10_000), sr.Bass(observe="all", dt=0.1),
    ...                   replications=2, seed=1)
    >>> i = int(round(5 / 0.1))  # the fraction adopted at t = 5: F(5) = 0.33
    >>> float(res.time[i]), round(float(res.curve[i]) / 10_000, 1)
    (5.0, 0.3)
    """

    def __init__(
        self,
        p: float = 0.03,
        q: float = 0.38,
        *,
        dt: float = 0.01,
        observe: str = "neighbors",
        credibility: Mapping | None = None,
    ):
        self._engine = _engine.Bass(
            number(p, "Bass.p", "in [0, 1]"),
            number(q, "Bass.q", "a finite number >= 0"),
            number(dt, "Bass.dt", "in (0, 1 / (p + q)]"),
            str(observe),
            per_kind(credibility, "Bass.credibility"),
        )
        self.p, self.q, self.dt = self._engine.p, self._engine.q, self._engine.dt
        self.observe = observe
        self.credibility = by_kind(self._engine.credibility)

    def __repr__(self) -> str:
        return (
            f"Bass(p={self.p}, q={self.q}, dt={self.dt}, observe={self.observe!r}, "
            f"credibility={self.credibility})"
        )
