"""The linear threshold model (Kempe, Kleinberg, Tardos 2003) with sender credibility."""

from __future__ import annotations

from collections.abc import Mapping

from . import _engine
from .kinds import by_kind, per_kind


class LinearThreshold:
    """Linear threshold (Kempe, Kleinberg and Tardos, KDD 2003).

    Every node v draws a threshold uniformly on [0, 1] afresh in each replication. Each in-edge
    u -> v carries an influence weight: the tie weight (or 1 / in-degree of v when the network is
    unweighted) times the ``credibility`` of u's kind, normalised so the weights into v sum to at
    most 1. A node that adopts at step t shares at step t + 1; v adopts once the summed weight of
    its adopted in-neighbours reaches its threshold. With the defaults this is the classic LT
    model, equivalent to KKT's live-edge process.

    Parameters
    ----------
    credibility : dict kind -> float >= 0, optional
        Influence multiplier per sender kind; missing kinds 1.

    Example
    -------
    >>> import socialreach as sr
    >>> path = sr.Network.from_edges([0, 1], [1, 2], directed=False)
    >>> res = sr.simulate(path, sr.LinearThreshold(), seeds=[0], replications=4000, seed=1)
    >>> round(float(res.adopters.mean()), 1)  # node 1 w.p. 1/2, then node 2 surely
    2.0
    """

    def __init__(self, *, credibility: Mapping | None = None):
        self._engine = _engine.LinearThreshold(per_kind(credibility, "LinearThreshold.credibility"))
        self.credibility = by_kind(self._engine.credibility)

    def __repr__(self) -> str:
        return f"LinearThreshold(credibility={self.credibility})"
