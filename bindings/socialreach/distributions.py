"""Distributions of per-node parameters (thresholds), drawn afresh for every node in every
replication from the run's seed, so draws are reproducible and identical for any thread count."""

from __future__ import annotations

from dataclasses import dataclass

from ._validate import number


@dataclass(frozen=True)
class Uniform:
    """Uniform on [a, b]; the model checks the range it allows (e.g. 0 <= a <= b <= 1).

    Example
    -------
    >>> import socialreach as sr
    >>> sr.Threshold(sr.Uniform(0.1, 0.3)).phi
    Uniform(a=0.1, b=0.3)
    """

    a: float
    b: float

    def __post_init__(self):
        object.__setattr__(self, "a", number(self.a, "Uniform.a"))
        object.__setattr__(self, "b", number(self.b, "Uniform.b"))


@dataclass(frozen=True)
class Normal:
    """Normal with a mean and a standard deviation sd >= 0 (Box-Muller from counter-based draws).

    Example
    -------
    >>> import socialreach as sr
    >>> sr.Threshold(sr.Normal(0.25, 0.1)).phi
    Normal(mean=0.25, sd=0.1)
    """

    mean: float
    sd: float

    def __post_init__(self):
        object.__setattr__(self, "mean", number(self.mean, "Normal.mean"))
        object.__setattr__(self, "sd", number(self.sd, "Normal.sd"))
