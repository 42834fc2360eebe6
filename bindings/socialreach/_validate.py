"""Conversions of user input to the arrays the engine takes, with errors that say what to fix."""

from __future__ import annotations

import operator

import numpy as np


def node_ids(values, name: str) -> np.ndarray:
    """A 1-D int64 array of node ids; floats must be whole numbers (nothing is truncated)."""
    array = np.asarray(values)
    if array.ndim != 1:
        raise ValueError(
            f"{name} must be a 1-D sequence of node ids, got an array of shape {array.shape}"
        )
    if array.size == 0:
        return np.zeros(0, dtype=np.int64)
    if array.dtype.kind in "iu":
        return array.astype(np.int64, copy=False)
    if array.dtype.kind == "f":
        bad = ~np.isfinite(array) | (array != np.round(array))
        if bad.any():
            position = int(np.flatnonzero(bad)[0])
            raise ValueError(
                f"{name} must be whole node ids, got {array[position].item()!r} (at position {position})"
            )
        return array.astype(np.int64)
    raise ValueError(f"{name} must be integer node ids, got values of type {array.dtype}")


def number(value, name: str, requirement: str = "a number") -> float:
    """A float from a number (bools and strings are refused, with `requirement` in the message)."""
    if isinstance(value, bool):
        raise ValueError(f"{name} must be {requirement}, got {value!r}")
    try:
        return float(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name} must be {requirement}, got {value!r}") from None


def whole_number(value, name: str, *, minimum: int | None = None) -> int:
    """An int (bools and floats are refused), at least `minimum` when given."""
    if isinstance(value, bool):
        raise ValueError(f"{name} must be a whole number, got {value!r}")
    try:
        number = operator.index(value)
    except TypeError:
        raise ValueError(f"{name} must be a whole number, got {value!r}") from None
    if minimum is not None and number < minimum:
        raise ValueError(f"{name} must be >= {minimum}, got {number}")
    return number


def run_seed(seed) -> int:
    """The run's random seed: a whole number in [0, 2**64 - 1]."""
    number = whole_number(seed, "seed")
    if not 0 <= number < 2**64:
        raise ValueError(f"seed must be in [0, 2**64 - 1], got {number}")
    return number


def threads(value) -> int:
    """None means every core (0 for the engine)."""
    if value is None:
        return 0
    return whole_number(value, "threads", minimum=1)


def max_steps(value) -> int:
    """None means no limit (-1 for the engine)."""
    if value is None:
        return -1
    return whole_number(value, "max_steps", minimum=0)


def flag(value, name: str) -> bool:
    """True or False (numpy's bools too); anything else is refused."""
    if not isinstance(value, (bool, np.bool_)):
        raise ValueError(f"{name} must be True or False, got {value!r}")
    return bool(value)


def run_arguments(
    replications, seed, first_replication, threads_value
) -> tuple[int, int, int, int]:
    """The engine's (replications, seed, first_replication, threads) from a run's keywords."""
    return (
        whole_number(replications, "replications", minimum=1),
        run_seed(seed),
        whole_number(first_replication, "first_replication", minimum=0),
        threads(threads_value),
    )
