"""Threshold models of social proof: fractional (Watts 2002) and absolute (Granovetter 1978,
complex contagion of Centola and Macy 2007) thresholds."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from . import _engine
from ._validate import flag
from .distributions import Normal, Uniform
from .kinds import by_kind, per_kind

_NO_VALUES = np.zeros(0, dtype=np.float64)


class Threshold:
    """Threshold contagion: a node adopts once enough of those it watches have adopted.

    Node v counts the credibility-weighted adopters among its in-neighbours,
    s_v = sum of ``credibility[kind(u)]`` over adopted u -> v, and adopts at the first step in
    which s_v >= phi_v * in-degree(v) (``relative=True``, Watts 2002) or s_v >= phi_v
    (``relative=False``, an absolute count: Granovetter 1978; Centola and Macy 2007). A node
    that adopts at step t shares at step t + 1. A node whose threshold is <= 0 adopts at step 0
    without seeds (so ``seeds`` may be omitted). ``observe="all"`` makes the whole population
    every node's neighbourhood (a crowd of in-degree n - 1) through one global counter, without
    building a complete graph.

    Parameters
    ----------
    phi : float, array of one float per node, :class:`Uniform` or :class:`Normal`
        The threshold; a distribution is drawn afresh for every node in every replication.
        Relative: in [0, 1]; absolute: >= 0. Normal draws are kept as drawn (<= 0 adopts at
        step 0; above what a node can observe never adopts).
    relative : bool
        Fraction of in-neighbours (default) or count of adopters.
    credibility : dict kind -> float >= 0, optional
        How many adopters one adopter of a kind counts as; missing kinds 1.
    observe : "neighbors" or "all"
        Watch in-neighbours (default) or the whole population.

    Example
    -------
    Granovetter's crowd: thresholds 0, 1, ..., 99 riot entirely; make the threshold-1 person
    a 2 and only the instigator acts.

    >>> import numpy as np
    >>> import socialreach as sr
    >>> crowd = sr.generators.empty(100)
    >>> phi = np.arange(100.0)
    >>> model = sr.Threshold(phi, relative=False, observe="all")
    >>> int(sr.simulate(crowd, model, replications=1).adopters[0])
    100
    >>> phi[1] = 2
    >>> int(sr.simulate(crowd, sr.Threshold(phi, relative=False, observe="all"), replications=1).adopters[0])
    1
    """

    def __init__(
        self,
        phi,
        *,
        relative: bool = True,
        credibility: Mapping | None = None,
        observe: str = "neighbors",
    ):
        form, value, per_node, first, second = "constant", 0.0, _NO_VALUES, 0.0, 0.0
        if isinstance(phi, Uniform):
            form, first, second = "uniform", phi.a, phi.b
        elif isinstance(phi, Normal):
            form, first, second = "normal", phi.mean, phi.sd
        elif np.ndim(phi) == 1:
            values = np.asarray(phi)
            if values.dtype.kind not in "iuf":
                raise ValueError(
                    f"Threshold.phi must be numbers, got values of type {values.dtype}"
                )
            form, per_node = "per_node", values.astype(np.float64)
        elif isinstance(phi, (int, float, np.integer, np.floating)) and not isinstance(phi, bool):
            value = float(phi)
        else:
            raise ValueError(
                "Threshold.phi must be a number, a 1-D array of one number per node, "
                f"sr.Uniform(a, b) or sr.Normal(mean, sd), got {phi!r}"
            )
        relative = flag(relative, "Threshold.relative")
        self._engine = _engine.Threshold(
            form,
            value,
            per_node,
            first,
            second,
            relative,
            per_kind(credibility, "Threshold.credibility"),
            str(observe),
        )
        self.phi = phi
        self.relative = relative
        self.observe = observe
        self.credibility = by_kind(self._engine.credibility)

    def __repr__(self) -> str:
        phi = f"array of {len(self.phi)}" if np.ndim(self.phi) == 1 else repr(self.phi)
        return (
            f"Threshold(phi={phi}, relative={self.relative}, credibility={self.credibility}, "
            f"observe={self.observe!r})"
        )
