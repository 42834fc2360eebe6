"""simulate(): run replications of a model on a network with the C++ engine."""

from __future__ import annotations

from contextlib import contextmanager

from . import _engine
from ._validate import flag, run_arguments
from ._validate import max_steps as max_steps_option
from .network import Network
from .results import Results
from .seeding import engine_campaign


def engine_model(model):
    """The engine object behind a model of the facade."""
    inner = getattr(model, "_engine", None)
    if inner is None:
        raise ValueError(
            f"model must be a socialreach model such as sr.IndependentCascade, got {model!r}"
        )
    return inner


def engine_network(network):
    if not isinstance(network, Network):
        raise ValueError(f"network must be a socialreach Network, got {type(network).__name__}")
    return network._engine


@contextmanager
def progress_callback(enabled, total: int, description: str):
    """A callback for the engine that feeds a tqdm bar (None when progress is off); a string
    `enabled` labels the bar."""
    if not enabled:
        yield None
        return
    from tqdm.auto import tqdm

    label = enabled if isinstance(enabled, str) else description
    with tqdm(total=total, desc=label, unit="rep") as bar:
        yield lambda finished: bar.update(finished - bar.n)


def simulate(
    network: Network,
    model,
    seeds=None,
    *,
    start_steps=None,
    replications: int = 1000,
    seed: int = 0,
    threads: int | None = None,
    max_steps: int | None = None,
    progress: bool | str = False,
    first_replication: int = 0,
    reach: bool = True,
) -> Results:
    """Run ``replications`` independent replications of ``model`` on ``network``.

    Every random decision is a pure function of (seed, replication, what, purpose), so the
    results are bit-identical for any ``threads`` and on every run; replications
    ``[first_replication, first_replication + replications)`` of a longer run can be computed
    separately and concatenated.

    Parameters
    ----------
    network : Network
    model : a socialreach model, e.g. :class:`IndependentCascade`
    seeds : array-like of node ids, or :func:`random_seeds`
        Who posts first (adopted at their start step).
    start_steps : array-like of int, optional
        Step at which each seed posts (default: all at step 0).
    replications : int
        Number of replications (>= 1).
    seed : int
        Seed of the run's randomness.
    threads : int, optional
        OpenMP threads (default: every core). Does not change the results.
    max_steps : int, optional
        Stop every replication after this step.
    progress : bool or str
        Show a progress bar (a string labels it). Ctrl-C stops the run promptly with
        KeyboardInterrupt and leaves no thread running.
    first_replication : int
        First replication of the run (see above).
    reach : bool
        Count reach (distinct people exposed, and reach by origin). With ``False`` the results
        have no reach (``Results.reach`` is None) and every other metric is the same, value for
        value; the independent cascade then marks no exposures and looks only at the edges
        along which someone adopts, which makes it about 1.3x to 2x faster
        (``bench/README.md``). For adopters-only work: comparing seed sets, fitting a model to
        adoption counts.

    Example
    -------
    >>> import socialreach as sr
    >>> net = sr.generators.erdos_renyi(20_000, mean_degree=4, seed=1)
    >>> res = sr.simulate(net, sr.IndependentCascade(p=0.5), seeds=[0], replications=200, seed=7)
    >>> res.adopters.shape
    (200,)
    >>> bool((sr.simulate(net, sr.IndependentCascade(p=0.5), [0], replications=200, seed=7,
    ...                    threads=1).adopters == res.adopters).all())
    True

    Adopters only, when reach is not needed:

    >>> fast = sr.simulate(net, sr.IndependentCascade(p=0.5), [0], replications=200, seed=7,
    ...                    reach=False)
    >>> fast.reach is None, bool((fast.adopters == res.adopters).all())
    (True, True)
    """
    count_reach = flag(reach, "reach")
    engine_net = engine_network(network)
    inner_model = engine_model(model)
    campaign = engine_campaign(seeds, start_steps)
    replications, seed, first, threads = run_arguments(
        replications, seed, first_replication, threads
    )
    with progress_callback(progress, replications, type(model).__name__) as callback:
        raw = _engine.simulate(
            engine_net,
            inner_model,
            campaign,
            replications,
            seed,
            first,
            threads,
            max_steps_option(max_steps),
            callback,
            count_reach,
        )
    return Results(raw, seed=seed, first_replication=first)
