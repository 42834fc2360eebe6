"""Employee-advocacy campaigns: who posts and when, the funnel they feed, and its metrics.

Time runs in steps of one hour from the campaign's start. See :class:`Campaign`, :class:`Funnel`,
:func:`run_campaign` and :func:`compare_campaigns`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from . import _engine
from ._stats import summary_table
from ._validate import node_ids, number, run_arguments, whole_number
from .compare import Comparison
from .kinds import KIND_NAMES
from .network import Network
from .simulate import engine_model, engine_network, progress_callback

HOURS_PER_DAY = 24
FUNNEL_METRICS = (
    "reach",
    "impressions",
    "engagements",
    "reshares",
    "conversions",
    "potential_reach",
)
ORIGINS = ("company", "employee")
_POOLS = {"none": 0, "all": 1, "listed": 2, "departments": 3}


def _probability(value, name: str) -> float:
    probability = number(value, name, "a number in [0, 1]")
    if not 0.0 <= probability <= 1.0:
        raise ValueError(f"{name} must be in [0, 1], got {value!r}")
    return probability


@dataclass(frozen=True)
class LoyaltyTier:
    """A tier of a loyalty (advocacy rewards) programme: a share of the eligible employees who
    take part with probability ``participation`` and share each later post with probability
    ``repeat`` (instead of the campaign's base values)."""

    name: str
    share: float
    participation: float
    repeat: float

    def __post_init__(self):
        for attribute in ("share", "participation", "repeat"):
            object.__setattr__(
                self,
                attribute,
                _probability(getattr(self, attribute), f"LoyaltyTier({self.name!r}).{attribute}"),
            )


@dataclass(frozen=True)
class Funnel:
    """What an exposure can lead to, and the clock.

    Parameters
    ----------
    engagement : float in [0, 1]
        Chance that a person who sees a share engages with it (like, comment, click). The
        sender's credibility multiplies its odds, as for reshares. Prior: LinkedIn engagement
        rates of one to a few percent per impression in social-media vendors' benchmark reports
        (a rough order of magnitude, not a measurement for your company). Default 0.02.
    conversion : float in [0, 1]
        Chance that a person who engages converts (e.g. applies to the job), once per person.
        Prior: recruitment-marketing benchmarks (e.g. Appcast's annual reports) put apply rates
        per job-ad click in the single-digit percent range. Default 0.05.
    attention_delay : float >= 1
        Mean hours between a share and an audience member seeing it (geometric on 1, 2, ...
        hours). 1 means every share is seen one hour later. Default 6: posts are mostly seen
        within the day; our assumption, vary it.
    horizon_hours : int >= 1
        Hours simulated (default 168, one week): reach after 1 day is read at hour 24, after 7
        days at hour 168.
    """

    engagement: float = 0.02
    conversion: float = 0.05
    attention_delay: float = 6.0
    horizon_hours: int = 7 * HOURS_PER_DAY

    def __post_init__(self):
        object.__setattr__(self, "engagement", _probability(self.engagement, "Funnel.engagement"))
        object.__setattr__(self, "conversion", _probability(self.conversion, "Funnel.conversion"))
        object.__setattr__(
            self,
            "horizon_hours",
            whole_number(self.horizon_hours, "Funnel.horizon_hours", minimum=1),
        )
        delay = number(self.attention_delay, "Funnel.attention_delay", "a number >= 1 (hours)")
        object.__setattr__(self, "attention_delay", delay)
        _ = self._engine  # the engine checks the ranges

    @property
    def _engine(self) -> _engine.Funnel:
        return _engine.Funnel(
            self.engagement, self.conversion, self.attention_delay, self.horizon_hours
        )


@dataclass(frozen=True)
class Campaign:
    """Who posts, and when.

    Parameters
    ----------
    company : bool
        The company account (every node of kind company) posts every post.
    ambassadors : None, "all", a list of employee node ids, or {"departments": [...]}
        The employees eligible to share ({"department": d} for one department).
    participation : float in [0, 1]
        Chance that an eligible employee takes part, drawn afresh in every replication.
        Prior: advocacy vendors report that a minority of invited employees share regularly
        (often 10-30%); an assumption to vary. Default 1.
    repeat : float in [0, 1]
        Chance that a participant shares each post after the first (all participants share the
        first post). Default 1.
    loyalty_tiers : list of LoyaltyTier
        A loyalty programme: each eligible employee is in tier t with probability share_t
        (afresh in every replication) and takes that tier's participation and repeat.
    posts : list of int
        Hours from the start at which posts go out, increasing (default: one post at hour 0).

    Example
    -------
    >>> import socialreach as sr
    >>> c = sr.Campaign(company=True, ambassadors="all", participation=0.2, posts=[9, 9 + 48])
    >>> c.posts
    (9, 57)
    """

    company: bool = False
    ambassadors: object = None
    participation: float = 1.0
    repeat: float = 1.0
    loyalty_tiers: tuple = field(default_factory=tuple)
    posts: tuple = (0,)

    def __post_init__(self):
        if not isinstance(self.company, bool):
            raise ValueError(f"Campaign.company must be True or False, got {self.company!r}")
        object.__setattr__(
            self, "participation", _probability(self.participation, "Campaign.participation")
        )
        object.__setattr__(self, "repeat", _probability(self.repeat, "Campaign.repeat"))
        tiers = tuple(self.loyalty_tiers)
        for tier in tiers:
            if not isinstance(tier, LoyaltyTier):
                raise ValueError(
                    f"Campaign.loyalty_tiers must hold sr.LoyaltyTier values, got {tier!r}"
                )
        object.__setattr__(self, "loyalty_tiers", tiers)
        posts = self.posts
        if isinstance(posts, (int, np.integer)):
            posts = [posts]
        object.__setattr__(
            self, "posts", tuple(int(h) for h in node_ids(list(posts), "Campaign.posts"))
        )
        self._pool()  # validates the form of ambassadors

    def _pool(self) -> tuple[int, list[int], list[int]]:
        a = self.ambassadors
        if a is None:
            return _POOLS["none"], [], []
        if isinstance(a, str):
            if a != "all":
                raise ValueError(
                    "Campaign.ambassadors must be None, 'all', a list of employee ids or "
                    f"{{'departments': [...]}}, got {a!r}"
                )
            return _POOLS["all"], [], []
        if isinstance(a, Mapping):
            keys = set(a)
            if keys == {"department"}:
                return (
                    _POOLS["departments"],
                    [],
                    [whole_number(a["department"], "Campaign.ambassadors.department")],
                )
            if keys == {"departments"}:
                values = a["departments"]
                if isinstance(values, (str, bytes)) or not isinstance(values, Sequence):
                    raise ValueError(
                        f"Campaign.ambassadors.departments must be a list of labels, got {values!r}"
                    )
                return (
                    _POOLS["departments"],
                    [],
                    [whole_number(d, "Campaign.ambassadors.departments") for d in values],
                )
            raise ValueError(
                f"Campaign.ambassadors as a dict must have the one key 'department' or 'departments', got {sorted(keys)}"
            )
        return _POOLS["listed"], node_ids(a, "Campaign.ambassadors").tolist(), []

    def engine(self) -> _engine.AdvocacyCampaign:
        pool, ids, departments = self._pool()
        tiers = [
            _engine.LoyaltyTier(t.share, t.participation, t.repeat) for t in self.loyalty_tiers
        ]
        return _engine.AdvocacyCampaign(
            self.company,
            pool,
            ids,
            departments,
            self.participation,
            self.repeat,
            tiers,
            list(self.posts),
        )

    def validate(self, network: Network) -> None:
        """Check this campaign against a network (company account present, ambassadors are
        employees, departments exist); raises ValueError / IndexError naming the parameter."""
        self.engine().validate(engine_network(network))


class CampaignResults:
    """Funnel metrics of one campaign, one value per replication.

    Attributes
    ----------
    reach, impressions, engagements, reshares, conversions, potential_reach : numpy int64 arrays
        See :mod:`socialreach.campaign`: reach counts distinct people exposed (the campaign's
        posters excluded), potential_reach the sum of the audiences of every share.
    by_origin : dict metric -> dict origin kind -> array
        Split by the kind of the poster whose chain of shares led there.
    by_department : dict metric -> 2-D array (replication, department)
        Split by the department of the ambassador whose chain led there.
    reach_by_step : 2-D array (replication, hour)
        Cumulative reach at the end of each hour 0 .. horizon.
    sharers : array
        Posters in each replication (company accounts and participating ambassadors).
    """

    def __init__(
        self, raw: dict, *, seed: int, first_replication: int = 0, funnel: Funnel | None = None
    ):
        for name in FUNNEL_METRICS:
            setattr(self, name, raw[name])
        self.by_origin = {name: dict(raw[f"{name}_by_origin"]) for name in FUNNEL_METRICS}
        self.by_department = {name: raw[f"{name}_by_department"] for name in FUNNEL_METRICS}
        self.sharers: np.ndarray = raw["sharers"]
        self.steps: np.ndarray = raw["steps"]
        self.reach_by_step: np.ndarray = raw["reach_by_step"]
        self.seed = seed
        self.first_replication = first_replication
        self.funnel = funnel

    @property
    def replications(self) -> int:
        return int(self.reach.size)

    @property
    def horizon_hours(self) -> int:
        return int(self.reach_by_step.shape[1] - 1)

    @property
    def adopters(self) -> np.ndarray:
        """Posters and resharers (the nodes that shared), for :class:`Comparison`."""
        return self.sharers + self.reshares

    def reach_at(self, hours: int) -> np.ndarray:
        """Cumulative reach after ``hours`` hours, per replication."""
        hours = whole_number(hours, "reach_at.hours", minimum=0)
        if hours > self.horizon_hours:
            raise ValueError(
                f"reach_at.hours must be in [0, {self.horizon_hours}] (the horizon), got {hours}"
            )
        return self.reach_by_step[:, hours]

    def metric_names(self) -> list[str]:
        names = list(FUNNEL_METRICS)
        names += [f"reach_{d}d" for d in (1, 7) if d * HOURS_PER_DAY <= self.horizon_hours]
        names += [f"{m}_{origin}" for m in FUNNEL_METRICS for origin in ORIGINS]
        return [*names, "sharers"]

    def metric(self, name: str) -> np.ndarray:
        """A per-replication array by name: "reach", "reach_7d", "conversions_employee", ..."""
        if name in FUNNEL_METRICS:
            return getattr(self, name)
        if name in ("sharers", "adopters", "steps"):
            return getattr(self, name)
        if name in ("reach_1d", "reach_7d"):
            return self.reach_at(int(name[6]) * HOURS_PER_DAY)
        base, _, origin = name.rpartition("_")
        if base in FUNNEL_METRICS and origin in KIND_NAMES:
            return self.by_origin[base][origin]
        raise ValueError(f"metric must be one of {', '.join(self.metric_names())}, got {name!r}")

    def summary(self, level: float = 0.95) -> pd.DataFrame:
        """Mean, std, standard error and confidence interval of every metric."""
        return summary_table(self, level)

    def department_summary(self, metric: str = "reach") -> pd.Series:
        """Mean of a funnel metric per department (chains started by that department's ambassadors)."""
        if metric not in FUNNEL_METRICS:
            raise ValueError(f"metric must be one of {', '.join(FUNNEL_METRICS)}, got {metric!r}")
        values = self.by_department[metric]
        return pd.Series(
            values.mean(axis=0),
            index=pd.RangeIndex(values.shape[1], name="department"),
            name=metric,
        )

    def to_pandas(self) -> pd.DataFrame:
        """One row per replication, one column per metric."""
        columns = {name: self.metric(name) for name in self.metric_names()}
        index = pd.RangeIndex(
            self.first_replication, self.first_replication + self.replications, name="replication"
        )
        return pd.DataFrame(columns, index=index)

    def __repr__(self) -> str:
        return (
            f"CampaignResults(replications={self.replications}, reach={self.reach.mean():.1f}, "
            f"engagements={self.engagements.mean():.1f}, conversions={self.conversions.mean():.2f})"
        )


def run_campaign(
    network: Network,
    model,
    campaign: Campaign,
    *,
    funnel: Funnel | None = None,
    replications: int = 1000,
    seed: int = 0,
    threads: int | None = None,
    progress: bool | str = False,
    first_replication: int = 0,
) -> CampaignResults:
    """Simulate a campaign hour by hour and measure its funnel in every replication.

    Every random decision is a pure function of (seed, replication, what, purpose): results are
    identical for any ``threads``, and two campaigns run with the same seed share their possible
    worlds (see :func:`compare_campaigns`).

    Example
    -------
    >>> import socialreach as sr
    >>> net = sr.generators.organization(100, departments=2, followers_per_employee=50, seed=1)
    >>> model = sr.IndependentCascade(0.02, visibility={"company": 0.05, "employee": 0.3, "public": 0.3})
    >>> res = sr.run_campaign(net, model, sr.Campaign(ambassadors="all", participation=0.3),
    ...                       replications=50, seed=2)
    >>> bool((res.conversions <= res.engagements).all() and (res.reach <= res.potential_reach).all())
    True
    """
    if not isinstance(campaign, Campaign):
        raise ValueError(f"campaign must be a sr.Campaign, got {type(campaign).__name__}")
    funnel = Funnel() if funnel is None else funnel
    if not isinstance(funnel, Funnel):
        raise ValueError(f"funnel must be a sr.Funnel, got {type(funnel).__name__}")
    engine_net = engine_network(network)
    inner_model = engine_model(model)
    replications, seed, first, threads = run_arguments(
        replications, seed, first_replication, threads
    )
    with progress_callback(progress, replications, "campaign") as callback:
        raw = _engine.simulate_funnel(
            engine_net,
            inner_model,
            campaign.engine(),
            funnel._engine,
            replications,
            seed,
            first,
            threads,
            callback,
        )
    return CampaignResults(raw, seed=seed, first_replication=first, funnel=funnel)


class CampaignComparison(Comparison):
    """Campaigns run on the same possible worlds: paired differences and ratios of any funnel
    metric (``ratio("employees", "company", metric="conversions")``)."""

    def table(
        self,
        metrics: Sequence[str] = (
            "reach_1d",
            "reach_7d",
            "reach",
            "engagements",
            "conversions",
            "potential_reach",
        ),
        level: float = 0.95,
    ) -> pd.DataFrame:
        """Mean and confidence interval of the funnel's headline metrics (or those given) for
        each campaign, one row each."""
        return super().table(metrics, level)


def compare_campaigns(
    network: Network,
    model,
    campaigns: Mapping[str, Campaign],
    *,
    models: Mapping | None = None,
    funnel: Funnel | None = None,
    replications: int = 1000,
    seed: int = 0,
    threads: int | None = None,
    progress: bool = False,
) -> CampaignComparison:
    """Run each campaign with the same seed (common random numbers); ``models`` optionally gives
    a campaign its own model (e.g. another credibility prior) by name.

    Example
    -------
    >>> import socialreach as sr
    >>> net = sr.generators.organization(200, departments=4, followers_per_employee=50, seed=1)
    >>> model = sr.IndependentCascade(0.02, visibility={"company": 0.05, "employee": 0.3, "public": 0.3})
    >>> cmp = sr.compare_campaigns(net, model, {"company": sr.Campaign(company=True),
    ...                                         "employees": sr.Campaign(ambassadors="all", participation=0.3)},
    ...                            replications=100, seed=1)
    >>> cmp.ratio("employees", "company", metric="reach").estimate > 1
    True
    """
    if not isinstance(campaigns, Mapping) or not campaigns:
        raise ValueError(
            f"compare_campaigns.campaigns must be a non-empty dict name -> Campaign, got {campaigns!r}"
        )
    models = dict(models or {})
    unknown = set(models) - set(campaigns)
    if unknown:
        raise ValueError(
            f"compare_campaigns.models has names that are not campaigns: {sorted(unknown)}"
        )
    results = {}
    for name, campaign in campaigns.items():
        results[str(name)] = run_campaign(
            network,
            models.get(name, model),
            campaign,
            funnel=funnel,
            replications=replications,
            seed=seed,
            threads=threads,
            progress=str(name) if progress else False,
        )
    return CampaignComparison(results)
