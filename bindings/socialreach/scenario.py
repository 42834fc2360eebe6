"""Scenario files (TOML): an organisation, a model, a funnel and campaigns to compare.

Everything is validated before any work starts. Every problem found is reported at once, each
as ``FILE:LINE: key.path: what is allowed, got what``; malformed TOML and unknown keys are errors
with a location too. See ``scenarios/*.toml`` for complete, commented examples.

Layout::

    [scenario]      name, description, replications, seed, baseline (a campaign name)
    [organization]  employees, departments, company_followers, followers_per_employee,
                    audience_sigma, audience_overlap, colleague_ties, within_department,
                    public_degree, seed
                    -- or internal = "edges.txt", department_labels = "labels.txt" (files
                    looked up in $SOCIALREACH_DATA when set, else next to the scenario file)
    [model]         type = "independent_cascade", p, credibility = {kind = x}, visibility = {...}
    [funnel]        engagement, conversion, attention_delay_hours, horizon_hours
    [[campaigns]]   name, company, ambassadors ("all", [ids], {department = d} or
                    {departments = [...]}), participation, repeat, post_hours = [...],
                    credibility = {kind = x} (this campaign's own prior)
    [[campaigns.loyalty_tiers]]  name, share, participation, repeat
"""

from __future__ import annotations

import math
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from .campaign import Campaign, Funnel, LoyaltyTier
from .generators import organization
from .independent_cascade import IndependentCascade
from .kinds import KIND_NAMES
from .network import Network

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

DATA_ENV = "SOCIALREACH_DATA"
MODEL_TYPES = ("independent_cascade",)


class ScenarioError(ValueError):
    """A scenario file that cannot be run; ``errors`` lists every problem with its location."""

    def __init__(self, errors: list[str]):
        self.errors = list(errors)
        super().__init__("\n".join(self.errors))


# --------------------------------------------------------------------------------- locations
_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?\s*(#.*)?$")
_KEY = re.compile(r"^\s*([A-Za-z0-9_\-\.\"' ]+?)\s*=")


def _split_key(text: str) -> list[str]:
    return [part.strip().strip("\"'") for part in text.split(".")]


def line_index(text: str) -> dict[tuple, int]:
    """Line number of every table header and key in TOML text, by key path (array-of-tables
    entries indexed as they appear). A light scan: good for messages, not a parser."""
    lines: dict[tuple, int] = {}
    aot_index: dict[tuple, int] = {}
    current: tuple = ()
    for number, line in enumerate(text.splitlines(), start=1):
        header = _HEADER.match(line)
        if header:
            names = _split_key(header.group(2))
            is_array = header.group(1) == "[["
            path: list = []
            for i, name in enumerate(names):
                path.append(name)
                plain = tuple(names[: i + 1])
                if i == len(names) - 1 and is_array:
                    aot_index[plain] = aot_index.get(plain, -1) + 1
                    path.append(aot_index[plain])
                elif plain in aot_index:
                    path.append(aot_index[plain])
            current = tuple(path)
            lines.setdefault(current, number)
            continue
        key = _KEY.match(line)
        if key and not line.lstrip().startswith("#"):
            lines.setdefault((*current, *_split_key(key.group(1))), number)
    return lines


def _dotted(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "(top level)"


# -------------------------------------------------------------------------------- checking
class _Checker:
    def __init__(self, source: str, text: str):
        self.source = source
        self.lines = line_index(text)
        self.errors: list[str] = []

    def line_of(self, path: tuple) -> int | None:
        for end in range(len(path), -1, -1):
            if path[:end] in self.lines:
                return self.lines[path[:end]]
        return None

    def error(self, path: tuple, message: str) -> None:
        line = self.line_of(path)
        where = f"{self.source}:{line}" if line else self.source
        self.errors.append(f"{where}: {_dotted(path)}: {message}")

    def table(
        self, value, path: tuple, allowed: tuple[str, ...], required: tuple[str, ...] = ()
    ) -> dict:
        if not isinstance(value, dict):
            self.error(path, f"must be a table, got {value!r}")
            return {}
        for key in value:
            if key not in allowed:
                self.error((*path, key), f"unknown key {key!r}; allowed keys: {', '.join(allowed)}")
        for key in required:
            if key not in value:
                self.error(path, f"missing key {key!r} (required)")
        return value

    def number(
        self,
        table: dict,
        key: str,
        path: tuple,
        default,
        *,
        lo=None,
        hi=None,
        integer=False,
        lo_open=False,
    ):
        if key not in table:
            return default
        value = table[key]
        where = (*path, key)
        kind = "a whole number" if integer else "a number"
        bounds = ""
        if lo is not None or hi is not None:
            left = "(" if lo_open else "["
            bounds = (
                f" in {left}{lo if lo is not None else '-inf'}, {hi if hi is not None else 'inf'}]"
            )
        if (
            isinstance(value, bool)
            or not isinstance(value, (int, float))
            or (integer and not isinstance(value, int))
        ):
            self.error(where, f"must be {kind}{bounds}, got {value!r}")
            return default
        if (
            not math.isfinite(value)
            or (lo is not None and (value <= lo if lo_open else value < lo))
            or (hi is not None and value > hi)
        ):
            self.error(where, f"must be {kind}{bounds}, got {value!r}")
            return default
        return value

    def string(
        self, table: dict, key: str, path: tuple, default, *, choices: tuple[str, ...] | None = None
    ):
        if key not in table:
            return default
        value = table[key]
        if not isinstance(value, str) or (choices is not None and value not in choices):
            allowed = f"one of {', '.join(map(repr, choices))}" if choices else "a string"
            self.error((*path, key), f"must be {allowed}, got {value!r}")
            return default
        return value

    def boolean(self, table: dict, key: str, path: tuple, default: bool) -> bool:
        if key not in table:
            return default
        if not isinstance(table[key], bool):
            self.error((*path, key), f"must be true or false, got {table[key]!r}")
            return default
        return table[key]

    def per_kind(self, table: dict, key: str, path: tuple, *, hi=None) -> dict | None:
        if key not in table:
            return None
        value = self.table(table[key], (*path, key), KIND_NAMES)
        out = {}
        for kind in KIND_NAMES:
            if kind in value:
                number = self.number(value, kind, (*path, key), None, lo=0, hi=hi)
                if number is not None:
                    out[kind] = float(number)
        return out


# ---------------------------------------------------------------------------------- scenario
ORGANIZATION_KEYS = (
    "employees",
    "departments",
    "company_followers",
    "followers_per_employee",
    "audience_sigma",
    "audience_overlap",
    "colleague_ties",
    "within_department",
    "public_degree",
    "seed",
    "internal",
    "department_labels",
)


@dataclass
class Scenario:
    """A validated scenario: build its network with :meth:`network`, run it with
    :func:`socialreach.scenario.run_scenario` or the ``socialreach`` command."""

    path: Path
    text: str
    name: str
    description: str
    replications: int
    seed: int
    baseline: str
    organization: dict
    data_files: dict
    model: IndependentCascade
    funnel: Funnel
    campaigns: dict[str, Campaign]
    models: dict[str, IndependentCascade] = field(default_factory=dict)

    def network(self) -> Network:
        """The scenario's organisation network (generated, or a real one read from data files)."""
        settings = dict(self.organization)
        if "internal" in self.data_files:
            internal = Network.read_edgelist(self.data_files["internal"])
            labels = None
            if "department_labels" in self.data_files:
                labels = _read_labels(self.data_files["department_labels"], internal.n_nodes, self)
            return organization(internal=internal, departments=labels, **settings)
        return organization(**settings)


def _read_labels(path: Path, n: int, scenario: Scenario) -> np.ndarray:
    table = np.loadtxt(path, dtype=np.int64, comments="#", ndmin=2)
    if table.shape[1] != 2:
        raise ScenarioError(
            [
                f"{scenario.path}: organization.department_labels: {path} must have two columns, node and department"
            ]
        )
    labels = np.full(n, -1, dtype=np.int64)
    inside = table[:, 0] < n
    labels[table[inside, 0]] = table[inside, 1]
    if (labels < 0).any():
        missing = int(np.flatnonzero(labels < 0)[0])
        raise ScenarioError(
            [
                f"{scenario.path}: organization.department_labels: {path} has no department for node {missing}"
            ]
        )
    return labels


def data_path(name: str, scenario_dir: Path) -> Path:
    """Where a data file named in a scenario lives: absolute as given, else in $SOCIALREACH_DATA
    when set, else next to the scenario file."""
    candidate = Path(name).expanduser()
    if candidate.is_absolute():
        return candidate
    base = os.environ.get(DATA_ENV)
    return (Path(base) if base else scenario_dir) / candidate


def load(path) -> Scenario:
    """Read and validate a scenario file; raises :class:`ScenarioError` listing every problem.

    Example
    -------
    >>> import socialreach.scenario as sc, tempfile, os
    >>> path = os.path.join(tempfile.mkdtemp(), "s.toml")
    >>> _ = open(path, "w").write('[[campaigns]]\\nname = "c"\\ncompany = true\\ncolour = "red"\\n')
    >>> try:
    ...     sc.load(path)
    ... except sc.ScenarioError as e:
    ...     print(str(e).split(": ", 1)[1])
    campaigns[0].colour: unknown key 'colour'; allowed keys: name, company, ambassadors, participation, repeat, post_hours, credibility, loyalty_tiers
    """
    path = Path(path)
    source = str(path)
    if not path.is_file():
        raise ScenarioError([f"{source}: no such scenario file"])
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError([f"{source}: malformed TOML: {error}"]) from None
    check = _Checker(source, text)
    check.table(
        data, (), ("scenario", "organization", "model", "funnel", "campaigns"), ("campaigns",)
    )

    meta = check.table(
        data.get("scenario", {}),
        ("scenario",),
        ("name", "description", "replications", "seed", "baseline"),
    )
    name = check.string(meta, "name", ("scenario",), path.stem)
    description = check.string(meta, "description", ("scenario",), "")
    replications = check.number(
        meta, "replications", ("scenario",), 1000, lo=1, hi=10_000_000, integer=True
    )
    seed = check.number(meta, "seed", ("scenario",), 0, lo=0, hi=2**63 - 1, integer=True)

    org_path = ("organization",)
    org = check.table(data.get("organization", {}), org_path, ORGANIZATION_KEYS)
    settings: dict = {}
    data_files: dict = {}
    internal = "internal" in org
    if internal:
        for key in ("internal", "department_labels"):
            file_name = check.string(org, key, org_path, None)
            if file_name is None:
                continue
            resolved = data_path(file_name, path.parent)
            if not resolved.is_file():
                hint = (
                    f"${DATA_ENV} = {os.environ[DATA_ENV]!r}"
                    if DATA_ENV in os.environ
                    else f"${DATA_ENV} is not set"
                )
                check.error(
                    (*org_path, key),
                    f"data file {str(resolved)!r} not found ({hint}; set {DATA_ENV} to the folder holding the SNAP files)",
                )
            data_files[key] = resolved
        for key in ("employees", "departments", "colleague_ties", "within_department"):
            if key in org:
                check.error(
                    (*org_path, key),
                    "not allowed with internal = ... (the real network gives the employees and their ties)",
                )
    else:
        if "department_labels" in org:
            check.error(
                (*org_path, "department_labels"), "only allowed together with internal = ..."
            )
        settings["employees"] = check.number(
            org, "employees", org_path, 1000, lo=1, hi=100_000_000, integer=True
        )
        settings["departments"] = check.number(
            org, "departments", org_path, 10, lo=1, hi=settings["employees"], integer=True
        )
        settings["colleague_ties"] = check.number(org, "colleague_ties", org_path, None, lo=0)
        settings["within_department"] = check.number(
            org, "within_department", org_path, 0.8, lo=0, hi=1
        )
    if "company_followers" in org:
        settings["company_followers"] = check.number(
            org, "company_followers", org_path, None, lo=0, integer=True
        )
    settings["followers_per_employee"] = check.number(
        org, "followers_per_employee", org_path, 200.0, lo=0
    )
    settings["audience_sigma"] = check.number(org, "audience_sigma", org_path, 1.0, lo=0, hi=5)
    settings["audience_overlap"] = check.number(org, "audience_overlap", org_path, 0.05, lo=0, hi=1)
    settings["public_degree"] = check.number(org, "public_degree", org_path, 4.0, lo=0, hi=10_000)
    settings["seed"] = check.number(org, "seed", org_path, 0, lo=0, hi=2**63 - 1, integer=True)

    model_path = ("model",)
    model_table = check.table(
        data.get("model", {}), model_path, ("type", "p", "credibility", "visibility")
    )
    check.string(model_table, "type", model_path, "independent_cascade", choices=MODEL_TYPES)
    p = check.number(model_table, "p", model_path, 0.1, lo=0, hi=1)
    credibility = check.per_kind(model_table, "credibility", model_path) or {}
    visibility = check.per_kind(model_table, "visibility", model_path, hi=1) or {}

    funnel_path = ("funnel",)
    funnel_table = check.table(
        data.get("funnel", {}),
        funnel_path,
        ("engagement", "conversion", "attention_delay_hours", "horizon_hours"),
    )
    funnel = Funnel(
        engagement=check.number(funnel_table, "engagement", funnel_path, 0.02, lo=0, hi=1),
        conversion=check.number(funnel_table, "conversion", funnel_path, 0.05, lo=0, hi=1),
        attention_delay=check.number(
            funnel_table, "attention_delay_hours", funnel_path, 6.0, lo=1, hi=1_000_000
        ),
        horizon_hours=check.number(
            funnel_table, "horizon_hours", funnel_path, 168, lo=1, hi=1_000_000, integer=True
        ),
    )

    campaigns: dict[str, Campaign] = {}
    models: dict[str, IndependentCascade] = {}
    raw_campaigns = data.get("campaigns", [])
    if "campaigns" in data and (not isinstance(raw_campaigns, list) or not raw_campaigns):
        check.error(("campaigns",), "must be one or more [[campaigns]] tables")
        raw_campaigns = []
    campaign_keys = (
        "name",
        "company",
        "ambassadors",
        "participation",
        "repeat",
        "post_hours",
        "credibility",
        "loyalty_tiers",
    )
    for index, entry in enumerate(raw_campaigns):
        where = ("campaigns", index)
        entry = check.table(entry, where, campaign_keys, ("name",))
        campaign_name = check.string(entry, "name", where, None)
        if campaign_name is not None and campaign_name in campaigns:
            check.error((*where, "name"), f"must be unique, got {campaign_name!r} twice")
        company = check.boolean(entry, "company", where, False)
        ambassadors = _ambassadors(check, entry, where)
        participation = check.number(entry, "participation", where, 1.0, lo=0, hi=1)
        repeat = check.number(entry, "repeat", where, 1.0, lo=0, hi=1)
        posts = [0]
        if "post_hours" in entry:
            hours = entry["post_hours"]
            if (
                not isinstance(hours, list)
                or not hours
                or not all(isinstance(h, int) and not isinstance(h, bool) and h >= 0 for h in hours)
                or hours != sorted(hours)
            ):
                check.error(
                    (*where, "post_hours"),
                    f"must be a non-empty increasing list of whole hours >= 0, got {hours!r}",
                )
            else:
                posts = hours
                if hours[-1] > funnel.horizon_hours:
                    check.error(
                        (*where, "post_hours"),
                        f"must be within the horizon [0, {funnel.horizon_hours}] hours (funnel.horizon_hours), got {hours[-1]}",
                    )
        tiers = []
        raw_tiers = entry.get("loyalty_tiers", [])
        if not isinstance(raw_tiers, list):
            check.error((*where, "loyalty_tiers"), "must be [[campaigns.loyalty_tiers]] tables")
            raw_tiers = []
        for t, tier in enumerate(raw_tiers):
            tier_where = (*where, "loyalty_tiers", t)
            tier = check.table(
                tier, tier_where, ("name", "share", "participation", "repeat"), ("share",)
            )
            tiers.append(
                LoyaltyTier(
                    check.string(tier, "name", tier_where, f"tier {t + 1}"),
                    check.number(tier, "share", tier_where, 0.0, lo=0, hi=1),
                    check.number(tier, "participation", tier_where, 1.0, lo=0, hi=1),
                    check.number(tier, "repeat", tier_where, 1.0, lo=0, hi=1),
                )
            )
        if sum(t.share for t in tiers) > 1 + 1e-12:
            check.error(
                (*where, "loyalty_tiers"),
                f"shares must add up to at most 1, got {sum(t.share for t in tiers):g}",
            )
        if not company and ambassadors is None and "ambassadors" not in entry:
            check.error(
                where, "must have company = true, ambassadors = ..., or both (nobody posts)"
            )
        own_credibility = check.per_kind(entry, "credibility", where)
        if campaign_name is None:
            continue
        try:
            campaigns[campaign_name] = Campaign(
                company=company,
                ambassadors=ambassadors,
                participation=participation,
                repeat=repeat,
                loyalty_tiers=tiers,
                posts=posts,
            )
        except ValueError as error:
            check.error(where, str(error))
        if own_credibility:
            models[campaign_name] = (credibility | own_credibility, visibility)

    baseline = check.string(meta, "baseline", ("scenario",), next(iter(campaigns), ""))
    if campaigns and baseline not in campaigns:
        check.error(
            ("scenario", "baseline"),
            f"must be one of {', '.join(map(repr, campaigns))}, got {baseline!r}",
        )

    if check.errors:
        raise ScenarioError(check.errors)
    model = IndependentCascade(p, credibility=credibility, visibility=visibility)
    own_models = {
        name: IndependentCascade(p, credibility=cred, visibility=vis)
        for name, (cred, vis) in models.items()
    }
    return Scenario(
        path=path,
        text=text,
        name=name,
        description=description,
        replications=replications,
        seed=seed,
        baseline=baseline,
        organization=settings,
        data_files=data_files,
        model=model,
        funnel=funnel,
        campaigns=campaigns,
        models=own_models,
    )


def _ambassadors(check: _Checker, entry: dict, where: tuple):
    if "ambassadors" not in entry:
        return None
    value = entry["ambassadors"]
    key = (*where, "ambassadors")
    allowed = "'all', a list of employee ids, {department = d} or {departments = [...]}"
    if value == "all":
        return "all"
    if isinstance(value, list):
        if not value or not all(
            isinstance(v, int) and not isinstance(v, bool) and v >= 0 for v in value
        ):
            check.error(key, f"must be {allowed}, got {value!r}")
            return None
        return value
    if isinstance(value, dict):
        table = check.table(value, key, ("department", "departments"))
        if len(table) != 1:
            check.error(key, f"must be {allowed}, got {value!r}")
            return None
        if "department" in table:
            d = check.number(table, "department", key, None, lo=0, integer=True)
            return None if d is None else {"department": d}
        departments = table["departments"]
        if (
            not isinstance(departments, list)
            or not departments
            or not all(
                isinstance(d, int) and not isinstance(d, bool) and d >= 0 for d in departments
            )
        ):
            check.error(
                (*key, "departments"),
                f"must be a non-empty list of department labels >= 0, got {departments!r}",
            )
            return None
        return {"departments": departments}
    check.error(key, f"must be {allowed}, got {value!r}")
    return None


def check_against_network(scenario: Scenario, network: Network) -> None:
    """Campaign checks that need the network (company account, employee ids, departments)."""
    check = _Checker(str(scenario.path), scenario.text)
    for index, (name, campaign) in enumerate(scenario.campaigns.items()):
        try:
            campaign.validate(network)
        except (ValueError, IndexError) as error:
            check.error(
                (
                    "campaigns",
                    index,
                    "ambassadors"
                    if "mbassador" in str(error) or "departments" in str(error)
                    else "name",
                ),
                f"campaign {name!r}: {error}",
            )
    if check.errors:
        raise ScenarioError(check.errors)


@dataclass
class ScenarioRun:
    """A scenario's results: every campaign on the same possible worlds, with timings."""

    scenario: Scenario
    network: Network
    comparison: object  # CampaignComparison
    replications: int
    seed: int
    threads: int | None
    timings: dict[str, float]


def run_scenario(
    scenario: Scenario,
    *,
    replications: int | None = None,
    seed: int | None = None,
    threads: int | None = None,
    progress: bool = False,
) -> ScenarioRun:
    """Build the network, check the campaigns against it, then run every campaign with the same
    seed (common random numbers)."""
    import time

    from .campaign import CampaignComparison, run_campaign

    replications = scenario.replications if replications is None else replications
    seed = scenario.seed if seed is None else seed
    timings: dict[str, float] = {}
    start = time.perf_counter()
    network = scenario.network()
    timings["network_seconds"] = time.perf_counter() - start
    check_against_network(scenario, network)
    results = {}
    for name, campaign in scenario.campaigns.items():
        began = time.perf_counter()
        results[name] = run_campaign(
            network,
            scenario.models.get(name, scenario.model),
            campaign,
            funnel=scenario.funnel,
            replications=replications,
            seed=seed,
            threads=threads,
            progress=name if progress else False,
        )
        timings[f"campaign_seconds[{name}]"] = time.perf_counter() - began
    timings["total_seconds"] = time.perf_counter() - start
    return ScenarioRun(
        scenario, network, CampaignComparison(results), replications, seed, threads, timings
    )
