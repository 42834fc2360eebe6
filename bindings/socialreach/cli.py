"""The ``socialreach`` command: run, compare and validate scenario files.

socialreach run SCENARIO [--replications N] [--threads T] [--seed S] [--out DIR]
socialreach compare SCENARIO [same options]
socialreach validate SCENARIO
"""

from __future__ import annotations

import argparse
import sys

from . import scenario as scenarios
from ._validate import run_seed, whole_number


def _argument(check):
    """An argparse type: the text as a whole number, checked by one of the package's checks."""

    def parse(text: str) -> int:
        try:
            value = int(text)
        except ValueError:
            value = text  # the check says what it wants
        try:
            return check(value)
        except ValueError as error:
            raise argparse.ArgumentTypeError(str(error)) from None

    return parse


_positive = _argument(lambda value: whole_number(value, "it", minimum=1))
_seed = _argument(run_seed)


def parser() -> argparse.ArgumentParser:
    from . import __version__

    top = argparse.ArgumentParser(
        prog="socialreach",
        description="Simulate employee-advocacy campaigns described in TOML scenario files.",
    )
    top.add_argument("--version", action="version", version=f"socialreach {__version__}")
    commands = top.add_subparsers(dest="command", required=True)
    for name, text in (
        ("run", "run every campaign of a scenario and show its funnel"),
        ("compare", "run the campaigns side by side with paired ratios to the baseline"),
    ):
        sub = commands.add_parser(name, help=text, description=text)
        sub.add_argument("scenario", help="a scenario file (.toml)")
        sub.add_argument(
            "--replications", type=_positive, help="replications (default: the scenario's)"
        )
        sub.add_argument(
            "--threads",
            type=_positive,
            help="threads (default: every core); results do not depend on it",
        )
        sub.add_argument("--seed", type=_seed, help="random seed (default: the scenario's)")
        sub.add_argument(
            "--out", help="write CSV, Parquet, summary.json, plots and report.html into this folder"
        )
        sub.add_argument("--no-progress", action="store_true", help="no progress bar")
    sub = commands.add_parser("validate", help="check a scenario file without running it")
    sub.add_argument("scenario", help="a scenario file (.toml)")
    return top


def _funnel_table(run) -> str:
    lines = []
    for name, results in run.comparison.results.items():
        table = results.summary()[["mean", "ci_low", "ci_high"]]
        lines.append(f"\n{name}")
        lines.append(table.map(lambda v: f"{v:,.1f}").to_string())
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        scenario = scenarios.load(args.scenario)
        if args.command == "validate":
            network = scenario.network()
            scenarios.check_against_network(scenario, network)
            print(
                f"{args.scenario}: valid. {scenario.name!r}: {len(scenario.campaigns)} campaigns "
                f"({', '.join(scenario.campaigns)}), network of {network.n_nodes:,} people "
                f"({network.count('employee'):,} employees), {scenario.replications:,} replications."
            )
            return 0
        run = scenarios.run_scenario(
            scenario,
            replications=args.replications,
            seed=args.seed,
            threads=args.threads,
            progress=not args.no_progress,
        )
    except scenarios.ScenarioError as error:
        print(f"socialreach: invalid scenario\n{error}", file=sys.stderr)
        return 2
    except (ValueError, IndexError, FileNotFoundError) as error:
        print(f"socialreach: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("socialreach: interrupted", file=sys.stderr)
        return 130

    from . import report

    print()
    if args.command == "run":
        print(
            f"{scenario.name}: funnel per campaign (mean [95% CI] over {run.replications:,} replications)"
        )
        print(_funnel_table(run))
        print()
    print(report.format_table(run))
    if args.out:
        paths = report.write_outputs(run, args.out)
        print(
            f"\nWrote {paths['csv']}, {paths['parquet'].name}, {paths['summary'].name} and plots."
        )
        print(f"Report: {paths['report'].resolve()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
