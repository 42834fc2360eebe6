"""Distributions of per-node parameters (thresholds), drawn afresh for every node in every
replication from the run's seed, so draws are reproducible and identical for any thread count."""

from __future__ import annotations

from dataclasses import dataclass


def _number(value, name: str) -> float:
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a number, got {value!r}")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be a number, got {value!r}") from None


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
        object.__setattr__(self, "a", _number(self.a, "Uniform.a"))
        object.__setattr__(self, "b", _number(self.b, "Uniform.b"))


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
        object.__setattr__(self, "mean", _number(self.mean, "Normal.mean"))
        object.__setattr__(self, "sd", _number(self.sd, "Normal.sd"))
