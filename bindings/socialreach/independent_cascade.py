"""The independent cascade model (Kempe, Kleinberg, Tardos 2003) with sender credibility and
visibility."""

from __future__ import annotations

from collections.abc import Mapping

from . import _engine
from ._validate import number
from .kinds import by_kind, kind_code, per_kind


class IndependentCascade:
    """Independent cascade (Kempe, Kleinberg and Tardos, KDD 2003).

    A node that adopts at step t shares at step t + 1. Each member v of its audience sees the
    share with probability ``visibility[kind of sender]``; a member who sees it is *exposed* and
    gets one independent chance to adopt with probability p_uv:

    - base = ``p`` (or 1 / in-degree of v with ``p="weighted_cascade"``), times the tie weight
      when the network is weighted;
    - credibility multiplies the odds: p_uv = c·base / (1 − base + c·base), c = ``credibility``
      of the sender's kind. For small base this is c·base.

    With the defaults this is exactly the classic IC model.

    Parameters
    ----------
    p : float in [0, 1] or "weighted_cascade"
        Base adoption probability per exposure (default 0.1).
    credibility : dict kind -> float >= 0, optional
        Odds multiplier per sender kind; missing kinds 1.
    visibility : dict kind -> float in [0, 1], optional
        Chance that an audience member sees a share, per sender kind; missing kinds 1.

    Example
    -------
    >>> import socialreach as sr
    >>> model = sr.IndependentCascade(p=0.05, credibility={"employee": 8})
    >>> round(model.adoption_probability("employee"), 4)
    0.2963
    """

    def __init__(
        self, p=0.1, *, credibility: Mapping | None = None, visibility: Mapping | None = None
    ):
        requirement = "in [0, 1] or 'weighted_cascade'"
        weighted_cascade = isinstance(p, str)
        if weighted_cascade and p != "weighted_cascade":
            raise ValueError(f"IndependentCascade.p must be {requirement}, got {p!r}")
        base = 0.0 if weighted_cascade else number(p, "IndependentCascade.p", requirement)
        self._engine = _engine.IndependentCascade(
            base,
            weighted_cascade,
            per_kind(credibility, "IndependentCascade.credibility"),
            per_kind(visibility, "IndependentCascade.visibility"),
        )
        self.p = p
        self.credibility = by_kind(self._engine.credibility)
        self.visibility = by_kind(self._engine.visibility)

    def adoption_probability(self, sender_kind="public", base: float | None = None) -> float:
        """Adoption chance per exposure from a sender of this kind: base odds times credibility."""
        code = kind_code(sender_kind, "adoption_probability.sender_kind")
        if base is None:
            if isinstance(self.p, str):
                raise ValueError("adoption_probability needs base= for the weighted cascade")
            base = float(self.p)
        return _engine.credible_probability(base, self._engine.credibility[code])

    def __repr__(self) -> str:
        return f"IndependentCascade(p={self.p!r}, credibility={self.credibility}, visibility={self.visibility})"
