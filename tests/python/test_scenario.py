"""Scenario files: the shipped ones validate and run; every kind of mistake is reported with the
file, the line and the key path, never as a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest

import socialreach.scenario as sc

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = sorted((ROOT / "scenarios").glob("*.toml"))

SMALL = """\
[scenario]
name = "small"
replications = 20
seed = 3
baseline = "company"

[organization]
employees = 60
departments = 3
followers_per_employee = 20
seed = 1

[model]
type = "independent_cascade"
p = 0.05
credibility = { employee = 2.0 }
visibility = { company = 0.1, employee = 0.5, public = 0.5 }

[funnel]
engagement = 0.05
conversion = 0.1
attention_delay_hours = 3
horizon_hours = 72

[[campaigns]]
name = "company"
company = true
post_hours = [0, 24]

[[campaigns]]
name = "employees"
ambassadors = "all"
participation = 0.3
post_hours = [0, 24]

  [[campaigns.loyalty_tiers]]
  name = "gold"
  share = 0.2
  participation = 0.9
"""


def write(tmp_path: Path, text: str, name: str = "s.toml") -> Path:
    path = tmp_path / name
    path.write_text(text)
    return path


def errors_of(path: Path) -> list[str]:
    with pytest.raises(sc.ScenarioError) as caught:
        scenario = sc.load(path)
        sc.check_against_network(scenario, scenario.network())
    return caught.value.errors


def test_shipped_scenarios_are_valid(data_dir):
    names = {p.name for p in SHIPPED}
    assert {
        "recruitment_campaign.toml",
        "eight_x_credibility.toml",
        "loyalty_program.toml",
    } <= names
    for path in SHIPPED:
        scenario = sc.load(path)
        sc.check_against_network(scenario, scenario.network())
        assert len(scenario.campaigns) >= 2


def test_eight_x_gives_campaigns_their_own_credibility():
    scenario = sc.load(ROOT / "scenarios" / "eight_x_credibility.toml")
    assert scenario.models["employees, 8x claim"].credibility["employee"] == 8.0
    assert scenario.models["employees, modest prior (2x)"].credibility["employee"] == 2.0
    assert scenario.model.credibility["employee"] == 1.0


def test_loyalty_scenario_reads_the_real_network_through_the_data_folder(data_dir):
    scenario = sc.load(ROOT / "scenarios" / "loyalty_program.toml")
    network = scenario.network()
    assert network.count("employee") == 1005
    assert len(set(network.groups[:1005].tolist())) == 42


def test_small_scenario_runs(tmp_path):
    scenario = sc.load(write(tmp_path, SMALL))
    assert scenario.campaigns["employees"].loyalty_tiers[0].participation == 0.9
    run = sc.run_scenario(scenario, replications=10, threads=1)
    assert set(run.comparison.results) == {"company", "employees"}
    assert run.comparison["company"].replications == 10


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        # malformed TOML: the parser's own location
        (lambda t: t.replace("p = 0.05", "p = = 0.05"), r"s\.toml: malformed TOML: .*line 15"),
        # unknown keys, at every level
        (
            lambda t: t.replace("seed = 3\n", "seed = 3\ncolour = 1\n"),
            r"s\.toml:5: scenario\.colour: unknown key 'colour'; allowed keys: name, description",
        ),
        (
            lambda t: t.replace("participation = 0.3\n", "participation = 0.3\nparticipaton = 1\n"),
            r"s\.toml:\d+: campaigns\[1\]\.participaton: unknown key",
        ),
        (
            lambda t: t.replace("  share = 0.2\n", "  share = 0.2\n  bonus = 3\n"),
            r"campaigns\[1\]\.loyalty_tiers\[0\]\.bonus: unknown key 'bonus'",
        ),
        (
            lambda t: t + "\n[extra]\nx = 1\n",
            r"s\.toml:\d+: extra: unknown key 'extra'; allowed keys: scenario, organization, model, funnel, campaigns",
        ),
        (
            lambda t: t.replace("employee = 2.0", "employe = 2.0"),
            r"s\.toml:16: model\.credibility\.employe: unknown key 'employe'; allowed keys: company, employee, public",
        ),
        # types and ranges
        (
            lambda t: t.replace("p = 0.05", "p = 1.5"),
            r"s\.toml:15: model\.p: must be a number in \[0, 1\], got 1\.5",
        ),
        (
            lambda t: t.replace("replications = 20", 'replications = "many"'),
            r"s\.toml:3: scenario\.replications: must be a whole number in \[1, 10000000\], got 'many'",
        ),
        (
            lambda t: t.replace("employees = 60", "employees = 60.5"),
            r"s\.toml:8: organization\.employees: must be a whole number",
        ),
        (
            lambda t: t.replace("public = 0.5 }", "public = 2 }"),
            r"model\.visibility\.public: must be a number in \[0, 1\], got 2",
        ),
        (
            lambda t: t.replace("attention_delay_hours = 3", "attention_delay_hours = 0"),
            r"s\.toml:22: funnel\.attention_delay_hours: must be a number in \[1, 1000000\], got 0",
        ),
        (
            lambda t: t.replace("company = true", "company = 1"),
            r"campaigns\[0\]\.company: must be true or false, got 1",
        ),
        # allowed values
        (
            lambda t: t.replace('type = "independent_cascade"', 'type = "bass"'),
            r"s\.toml:14: model\.type: must be one of 'independent_cascade', got 'bass'",
        ),
        (
            lambda t: t.replace('ambassadors = "all"', 'ambassadors = "everyone"'),
            r"campaigns\[1\]\.ambassadors: must be 'all', a list of employee ids, \{department = d\} or \{departments = \[\.\.\.\]\}, got 'everyone'",
        ),
        (
            lambda t: t.replace('baseline = "company"', 'baseline = "nobody"'),
            r"scenario\.baseline: must be one of 'company', 'employees', got 'nobody'",
        ),
        # campaign structure
        (
            lambda t: t.replace('name = "employees"', 'name = "company"'),
            r"campaigns\[1\]\.name: must be unique, got 'company' twice",
        ),
        (
            lambda t: t.replace(
                "post_hours = [0, 24]\n\n[[campaigns]]", "post_hours = [24, 0]\n\n[[campaigns]]"
            ),
            r"s\.toml:\d+: campaigns\[0\]\.post_hours: must be a non-empty increasing list of whole hours >= 0, got \[24, 0\]",
        ),
        (
            lambda t: t.replace(
                "post_hours = [0, 24]\n\n[[campaigns]]", "post_hours = [0, 100]\n\n[[campaigns]]"
            ),
            r"campaigns\[0\]\.post_hours: must be within the horizon \[0, 72\] hours \(funnel\.horizon_hours\), got 100",
        ),
        (
            lambda t: t.replace(
                "share = 0.2", "share = 0.7\n\n  [[campaigns.loyalty_tiers]]\n  share = 0.6"
            ),
            r"campaigns\[1\]\.loyalty_tiers: shares must add up to at most 1, got 1\.3",
        ),
        (
            lambda t: t.replace("company = true\n", ""),
            r"campaigns\[0\]: must have company = true, ambassadors = \.\.\., or both \(nobody posts\)",
        ),
        (
            lambda t: t.split("[[campaigns]]")[0],
            r"s\.toml: \(top level\): missing key 'campaigns' \(required\)",
        ),
        # organisation
        (
            lambda t: t.replace("employees = 60\n", 'employees = 60\ninternal = "nowhere.txt"\n'),
            r"organization\.internal: data file '.*nowhere\.txt' not found",
        ),
        (
            lambda t: t.replace("seed = 1\n", 'seed = 1\ndepartment_labels = "x.txt"\n', 1),
            r"organization\.department_labels: only allowed together with internal",
        ),
        # checks against the built network
        (
            lambda t: t.replace('ambassadors = "all"', "ambassadors = [1, 5000]"),
            r"campaigns\[1\]\.ambassadors: campaign 'employees': Campaign\.ambassadors must be node ids in \[0, \d+\], got 5000",
        ),
        (
            lambda t: t.replace('ambassadors = "all"', "ambassadors = { department = 9 }"),
            r"campaigns\[1\]\.ambassadors: campaign 'employees': Campaign\.departments must be departments that have employees, got 9",
        ),
    ],
)
def test_each_error_names_file_line_and_key(tmp_path, change, expected):
    errors = errors_of(write(tmp_path, change(SMALL)))
    assert any(__import__("re").search(expected, e) for e in errors), errors


def test_every_problem_is_reported_at_once(tmp_path):
    text = (
        SMALL.replace("p = 0.05", "p = 7")
        .replace("conversion = 0.1", "conversion = -1")
        .replace("seed = 3\n", "seed = 3\nfoo = 1\n")
    )
    errors = errors_of(write(tmp_path, text))
    assert len(errors) == 3


def test_missing_file(tmp_path):
    with pytest.raises(sc.ScenarioError, match=r"no such scenario file"):
        sc.load(tmp_path / "absent.toml")


def test_line_index_follows_arrays_of_tables():
    lines = sc.line_index(SMALL)
    assert (
        lines[("campaigns", 1, "participation")]
        == SMALL.splitlines().index("participation = 0.3") + 1
    )
    assert (
        lines[("campaigns", 1, "loyalty_tiers", 0, "share")]
        == SMALL.splitlines().index("  share = 0.2") + 1
    )
