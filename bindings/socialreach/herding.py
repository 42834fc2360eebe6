"""Herding: sequential social learning (Bikhchandani, Hirshleifer and Welch 1992)."""

from __future__ import annotations

from collections.abc import Mapping

from . import _engine
from ._validate import number
from .kinds import by_kind, per_kind


class Herding:
    """Sequential decisions with private signals (Bikhchandani, Hirshleifer, Welch, JPE 1992).

    Each node decides once, adopt (+1) or reject (-1). Seeds decide first and adopt. Then,
    with ``order="random"``, every other node in a fresh random order per replication; with
    ``order="exposure"``, only nodes reached by an adopter's share, in the order they are
    reached. A node's private signal points to the true ``state`` with probability
    ``signal_precision``; it adds its signal (+1 or -1) to the credibility-weighted sum of the
    decisions it has seen (its in-neighbours' with ``observe="neighbors"``, everyone's with
    ``observe="all"``) and adopts if the total is positive, rejects if negative, and flips a
    fair coin on a tie. In a crowd with credibility 1 this is exactly the BHW model: once
    adopters lead rejecters by two, everyone after follows (a cascade), right or wrong.
    Results also report ``rejecters``; decision number i is step i of the curve.

    Parameters
    ----------
    signal_precision : float in [0.5, 1]
        Chance that a private signal is right (default 0.6).
    state : "good" or "bad"
        Whether adopting is right (default "good").
    observe : "neighbors" or "all"
    order : "random" or "exposure"
        "exposure" needs seeds and ``observe="neighbors"``.
    credibility : dict kind -> float >= 0, optional
        Weight of one decision by a sender of each kind; missing kinds 1.

    Example
    -------
    >>> import socialreach as sr
    >>> crowd = sr.generators.empty(50)
    >>> res = sr.simulate(crowd, sr.Herding(0.7, observe="all"), replications=2000, seed=1)
    >>> bool(((res.adopters + res.rejecters) == 50).all())
    True
    >>> 0.6 < float((res.adopters > res.rejecters).mean()) < 0.8  # BHW: 0.5 * 0.7 * 1.7 / 0.79
    True
    """

    def __init__(
        self,
        signal_precision: float = 0.6,
        *,
        state: str = "good",
        observe: str = "neighbors",
        order: str = "random",
        credibility: Mapping | None = None,
    ):
        precision = number(signal_precision, "Herding.signal_precision", "in [0.5, 1]")
        self._engine = _engine.Herding(
            precision,
            str(state),
            str(observe),
            str(order),
            per_kind(credibility, "Herding.credibility"),
        )
        self.signal_precision = precision
        self.state = state
        self.observe = observe
        self.order = order
        self.credibility = by_kind(self._engine.credibility)

    def __repr__(self) -> str:
        return (
            f"Herding(signal_precision={self.signal_precision}, state={self.state!r}, "
            f"observe={self.observe!r}, order={self.order!r}, credibility={self.credibility})"
        )
