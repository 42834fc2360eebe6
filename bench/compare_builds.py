"""Two builds of socialreach_bench side by side: which is faster, and by how much.

This machine's speed drifts by up to 2x over minutes (a shared virtual machine), so one run of
each build says little. The builds run alternately, several rounds each, and for every benchmark
the fastest and the median round of each are printed with the ratio of the fastest rounds.

    # build the commit to compare against, e.g.
    git worktree add /tmp/before HEAD~1 && cmake -S /tmp/before -B /tmp/before/build \\
        -G Ninja -DCMAKE_BUILD_TYPE=Release -DSOCIALREACH_BUILD_BENCH=ON \\
        -DSOCIALREACH_BUILD_PYTHON=OFF -DSOCIALREACH_BUILD_TESTS=OFF \\
        && cmake --build /tmp/before/build --target socialreach_bench
    python bench/compare_builds.py /tmp/before/build/socialreach_bench \\
        build/cpp/socialreach_bench --filter 'IcPeerWorkloadC/threads:1/fused:0' --rounds 5
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
from collections import defaultdict
from pathlib import Path


def rates(binary: Path, pattern: str, min_time: float) -> dict[str, float]:
    out = subprocess.run(
        [
            str(binary),
            f"--benchmark_filter={pattern}",
            "--benchmark_format=json",
            f"--benchmark_min_time={min_time}",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {b["name"]: b["cascades/s"] for b in json.loads(out)["benchmarks"] if "cascades/s" in b}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path, help="socialreach_bench of the build to compare to")
    parser.add_argument("after", type=Path, help="socialreach_bench of the build under test")
    parser.add_argument("--filter", default="IcPeerWorkload", help="Google Benchmark filter")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--min-time", type=float, default=0.15, help="seconds per benchmark")
    args = parser.parse_args()

    seen: dict[tuple[str, str], list[float]] = defaultdict(list)
    for _ in range(args.rounds):
        for label, binary in (("before", args.before), ("after", args.after)):
            for name, rate in rates(binary, args.filter, args.min_time).items():
                seen[(name, label)].append(rate)
    for name in sorted({name for name, _ in seen}):
        before, after = seen[(name, "before")], seen[(name, "after")]
        if not before or not after:
            continue
        print(
            f"{name}: before fastest {max(before):,.4g} median {statistics.median(before):,.4g} | "
            f"after fastest {max(after):,.4g} median {statistics.median(after):,.4g} | "
            f"after/before {max(after) / max(before):.2f}x cascades/s"
        )


if __name__ == "__main__":
    main()
