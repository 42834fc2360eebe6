"""Sender kinds (company, employee, public) and per-kind parameters such as credibility."""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from . import _engine
from ._validate import number

Kind = _engine.Kind
KIND_NAMES = tuple(kind.name for kind in Kind)


def kind_code(value, parameter: str) -> int:
    """The engine code of a kind given as a name ("employee"), a Kind or a code."""
    if isinstance(value, (Kind, int, np.integer)) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, str):
        return _engine.parse_kind(value, parameter)
    raise ValueError(
        f"{parameter} must be one of 'company', 'employee', 'public' (or sr.Kind), got {value!r}"
    )


def kind_codes(values, parameter: str) -> np.ndarray:
    """An int64 array of kind codes from names, Kind values or codes (validated by the engine)."""
    array = np.asarray(values)
    if array.ndim != 1:
        raise ValueError(f"{parameter} must be a 1-D sequence of kinds, got shape {array.shape}")
    if array.dtype.kind in "iu":
        return array.astype(np.int64)
    if array.dtype.kind in "UO":
        items = array.tolist() if isinstance(values, np.ndarray) else list(values)
        codes = {value: kind_code(value, parameter) for value in dict.fromkeys(items)}
        return np.fromiter((codes[value] for value in items), dtype=np.int64, count=len(items))
    raise ValueError(
        f"{parameter} must be kind names or sr.Kind values, got values of type {array.dtype}"
    )


def per_kind(values: Mapping | None, parameter: str, default: float = 1.0) -> list[float]:
    """A value per kind in engine order from a mapping kind -> value (missing kinds: default)."""
    result = [default] * len(KIND_NAMES)
    if values is None:
        return result
    if not isinstance(values, Mapping):
        raise ValueError(f"{parameter} must be a dict kind -> number, got {values!r}")
    for key, value in values.items():
        code = kind_code(key, f"{parameter} key")
        result[code] = number(value, f"{parameter}['{KIND_NAMES[code]}']")
    return result


def by_kind(values) -> dict[str, float]:
    """A mapping kind name -> value from one value per kind in engine order."""
    return dict(zip(KIND_NAMES, values, strict=True))
