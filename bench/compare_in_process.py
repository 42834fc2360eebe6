"""Two builds of the engine in one program, in turns: which is faster, and by how much.

This machine's speed drifts by up to 2x over minutes (a shared virtual machine), and two builds
run in separate processes, even alternately, often land in different phases. Here each build's
engine is compiled with its namespace renamed (-Dsocialreach=srA, srB) and both are linked into
one program (bench/in_process/), which runs a peer workload (bench/peer_workloads.hpp, as
compare_peers.py runs it) with each build in turns, so that both see the same phases. For each
workload it prints the fastest round of each build, their ratio and the median of the rounds'
ratios (after / before), and says so when the builds' mean adopters differ.

    python bench/compare_in_process.py HEAD~1 HEAD --workloads b,d,e2 --rounds 12
    python bench/compare_in_process.py HEAD . --workloads c   # '.': the working tree
    python bench/compare_in_process.py HEAD . --no-reach      # runs counting no reach
    python bench/compare_in_process.py HEAD HEAD --no-reach-after   # what not counting reach buys

Builds are kept under build/in_process/ (a git worktree per side), so that a second comparison
rebuilds only what changed. ego-Facebook is read from $SOCIALREACH_DATA (default
../shared/data, from the repository's root). CMake, Ninja and the compiler come from PATH, the
project's .venv/bin first.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WORK = ROOT / "build" / "in_process"
ENV = dict(os.environ, PATH=f"{ROOT / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}")


def run(*command: str | Path, cwd: Path = ROOT) -> None:
    subprocess.run(
        [str(c) for c in command], cwd=cwd, env=ENV, check=True, stdout=subprocess.DEVNULL
    )


def source_of(revision: str, side: str) -> Path:
    """The tree to build for `revision`: the working tree for '.', else a worktree at it."""
    if revision == ".":
        return ROOT
    # Resolved here: inside a worktree, a name like HEAD would mean that worktree's own commit.
    commit = subprocess.run(
        ["git", "rev-parse", "--verify", f"{revision}^{{commit}}"],
        cwd=ROOT, env=ENV, check=True, capture_output=True, text=True,
    ).stdout.strip()  # fmt: skip
    tree = WORK / side / "src"
    if not tree.exists():
        run("git", "worktree", "add", "--detach", "--force", tree, commit, cwd=ROOT)
    else:
        run("git", "checkout", "--quiet", "--detach", commit, cwd=tree)
    return tree


def build_side(revision: str, side: str, compiler: str, reach: bool) -> tuple[Path, Path]:
    """The engine library of `revision` and side.cpp's object, both in namespace `side`; the
    object's runs count no reach unless `reach`."""
    source = source_of(revision, side)
    build = WORK / side / ("build-working-tree" if revision == "." else "build")  # one per source
    generator = ["-G", "Ninja"] if shutil.which("ninja", path=ENV["PATH"]) else []
    run(
        "cmake", "-S", source, "-B", build, *generator, "-DCMAKE_BUILD_TYPE=Release",
        f"-DCMAKE_CXX_COMPILER={compiler}", f"-DCMAKE_CXX_FLAGS=-Dsocialreach={side}",
        "-DSOCIALREACH_BUILD_PYTHON=OFF", "-DSOCIALREACH_BUILD_TESTS=OFF",
        "-DSOCIALREACH_BUILD_BENCH=OFF",
    )  # fmt: skip
    run("cmake", "--build", build, "--target", "socialreach_engine")
    side_object = build / "side.o"
    run(
        compiler, "-O2", "-std=c++20", "-fopenmp", f"-Dsocialreach={side}", f"-DSIDE={side}",
        *([] if reach else ["-DSIDE_WITHOUT_REACH"]),
        f"-I{source / 'engine' / 'include'}", f"-I{ROOT / 'bench'}",
        "-c", ROOT / "bench" / "in_process" / "side.cpp", "-o", side_object,
    )  # fmt: skip
    return build / "libsocialreach_engine.a", side_object


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", help="git revision to compare to ('.': the working tree)")
    parser.add_argument("after", help="git revision under test ('.': the working tree)")
    parser.add_argument("--workloads", default="b,c,d,e1,e2", help="peer workloads, a to e2")
    parser.add_argument("--rounds", type=int, default=12, help="runs of each build per workload")
    parser.add_argument("--threads", default="1", help="thread counts, e.g. 1,2")
    parser.add_argument(
        "--poll", action="store_true", help="poll the runs as runs from Python do (Ctrl-C)"
    )
    parser.add_argument(
        "--no-reach", action="store_true", help="runs count no reach (simulate(..., reach=False))"
    )
    parser.add_argument(
        "--no-reach-after", action="store_true", help="the after build's runs count no reach"
    )
    parser.add_argument("--compiler", default=os.environ.get("CXX", "c++"))
    args = parser.parse_args()

    library_a, object_a = build_side(args.before, "srA", args.compiler, not args.no_reach)
    library_b, object_b = build_side(
        args.after, "srB", args.compiler, not (args.no_reach or args.no_reach_after)
    )
    program = WORK / "compare"
    run(
        args.compiler, "-O2", "-std=c++20", "-fopenmp", ROOT / "bench" / "in_process" / "main.cpp",
        object_a, object_b, library_a, library_b, "-o", program,
    )  # fmt: skip

    print(f"before {args.before}, after {args.after}: cascades/s, {args.rounds} rounds each")
    for workload in filter(None, args.workloads.split(",")):
        for threads in args.threads.split(","):
            out = subprocess.run(
                [str(program), workload, str(args.rounds), threads, str(int(args.poll))],
                cwd=ROOT, capture_output=True, text=True, check=True,
            ).stdout  # fmt: skip
            seen = json.loads(out)
            a, b = seen["a"], seen["b"]
            ratios = [y / x for x, y in zip(a, b, strict=True)]
            differ = seen["adopters_a"] != seen["adopters_b"]
            print(
                f"({workload}) {threads} thread(s): before fastest {max(a):,.0f}, "
                f"after fastest {max(b):,.0f}, after / before {max(b) / max(a):.3f} "
                f"(median of rounds {statistics.median(ratios):.3f})"
                + (
                    f"; mean adopters differ: {seen['adopters_a']} before, "
                    f"{seen['adopters_b']} after"
                    if differ
                    else ""
                )
            )


if __name__ == "__main__":
    main()
