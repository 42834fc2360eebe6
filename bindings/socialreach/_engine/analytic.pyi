from __future__ import annotations
import numpy
import numpy.typing
import socialreach._engine
import typing
__all__: list[str] = ['adoption_probabilities', 'epidemic_threshold_degree_moments', 'spectral_radius']
def adoption_probabilities(arg0: socialreach._engine.Network, arg1: socialreach._engine.IndependentCascade, arg2: typing.Annotated[numpy.typing.ArrayLike, numpy.int64], arg3: typing.SupportsInt | typing.SupportsIndex, arg4: typing.SupportsFloat | typing.SupportsIndex) -> numpy.typing.NDArray[numpy.float64]:
    ...
def epidemic_threshold_degree_moments(arg0: socialreach._engine.Network) -> float:
    ...
def spectral_radius(arg0: socialreach._engine.Network, arg1: socialreach._engine.IndependentCascade, arg2: typing.SupportsFloat | typing.SupportsIndex, arg3: typing.SupportsInt | typing.SupportsIndex) -> float:
    ...
