"""Independent cascade side by side: socialreach against cynetdiff, ndlib and EoN.

Run with ``make bench-peers`` (installs the bench extra). Every library runs single-threaded on
the same graph, seeds, probabilities and cascade count. For each workload the mean number of
adopters of every peer is first checked against socialreach's (within 4 combined standard
errors: a fast wrong answer does not count), then cascades/s, examined edges/s and the ratio of
socialreach to each peer are reported. Peers that would exceed the time budget on a workload run
fewer cascades, and the table says so; their rates are per cascade, so they scale.

Examined edges are the out-degrees of the adopters summed (every adopter tries its whole
audience once). socialreach counts them exactly; for a peer they are its cascades/s times
socialreach's mean examined edges per cascade on the same process.

socialreach runs twice: as ``simulate`` runs by default, counting reach (the distinct people
exposed, and reach by origin: a mark per audience member of every share), and adopters only
(``simulate(..., reach=False)``), which computes what the peers compute (adopters; socialreach
also keeps impressions, steps and the adoption curve). Ratios are given for both.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.metadata
import json
import math
import os
import platform
import subprocess
import time
from dataclasses import asdict, dataclass, field
from functools import partial
from pathlib import Path

import numpy as np

import socialreach as sr

RESULTS = Path(__file__).resolve().parent / "results"
DATA = Path(
    os.environ.get("SOCIALREACH_DATA", Path(__file__).resolve().parents[2] / "shared" / "data")
)


@dataclass
class Run:
    library: str
    cascades: int
    seconds: float
    mean_adopters: float
    standard_error: float
    note: str = ""
    cascades_per_second: float = 0.0
    edges_per_second: float = 0.0
    agrees: bool | None = None
    speedup: float | None = None  # socialreach (1 thread) over this run
    adopters_only_speedup: float | None = None  # socialreach adopters only (1 thread) over it

    def finish(self, edges_per_cascade: float) -> None:
        self.cascades_per_second = self.cascades / self.seconds
        self.edges_per_second = self.cascades_per_second * edges_per_cascade


@dataclass
class Workload:
    key: str
    title: str
    cascades: int
    runs: list[Run] = field(default_factory=list)
    edges_per_cascade: float = 0.0
    bytes_per_edge: dict | None = None


# --------------------------------------------------------------------------------------- peers
def mean_and_se(values) -> tuple[float, float]:
    values = np.asarray(values, dtype=np.float64)
    return float(values.mean()), float(
        values.std(ddof=1) / math.sqrt(values.size)
    ) if values.size > 1 else math.inf


def affordable(cascades: int, pilot_seconds: float, pilot_cascades: int, budget: float) -> int:
    per_cascade = pilot_seconds / pilot_cascades
    return max(pilot_cascades, min(cascades, int(budget / per_cascade)))


def socialreach_name(threads: int, reach: bool) -> str:
    return (
        f"socialreach{'' if reach else ', adopters only'} "
        f"({threads} thread{'s' if threads > 1 else ''})"
    )


def run_socialreach(net, model, seeds, cascades: int, threads: int, reach: bool) -> Run:
    start = time.perf_counter()
    res = sr.simulate(
        net, model, seeds, replications=cascades, seed=2026, threads=threads, reach=reach
    )
    seconds = time.perf_counter() - start
    mean, se = mean_and_se(res.adopters)
    return Run(socialreach_name(threads, reach), cascades, seconds, mean, se)


def run_cynetdiff(net, probabilities, p, seeds, cascades: int, budget: float) -> Run:
    from cynetdiff.models import IndependentCascadeModel

    starts = np.array(net.offsets[:-1], dtype=np.uint32)
    edges = np.array(net.targets, dtype=np.uint32)
    if probabilities is None:
        model = IndependentCascadeModel(starts, edges, activation_prob=p, rng=7)
    else:
        model = IndependentCascadeModel(
            starts, edges, activation_probs=probabilities.astype(np.float32), rng=7
        )
    seed_list = [int(s) for s in seeds]
    model.set_seeds(seed_list)
    # Its fastest path, compute_marginal_gains, returns the mean of a batch; 20 batches give
    # the standard error (batch means).
    batches = 20
    pilot = max(1, min(cascades // batches, 10))
    start = time.perf_counter()
    model.compute_marginal_gains(seed_list, [], pilot)
    count = affordable(cascades, time.perf_counter() - start, pilot, budget)
    per_batch = max(1, count // batches)
    start = time.perf_counter()
    means = [model.compute_marginal_gains(seed_list, [], per_batch)[0] for _ in range(batches)]
    seconds = time.perf_counter() - start
    mean = float(np.mean(means))
    se = float(np.std(means, ddof=1) / math.sqrt(batches))
    done = per_batch * batches
    note = "" if done >= cascades else f"ran {done:,} of {cascades:,} cascades (time budget)"
    return Run("cynetdiff", done, seconds, mean, se, note)


def run_ndlib(graph, net, probabilities, p, seeds, cascades: int, budget: float) -> Run:
    import ndlib.models.epidemics as ep
    import ndlib.models.ModelConfig as mc

    np.random.seed(11)
    model = ep.IndependentCascadesModel(graph)
    config = mc.Configuration()
    config.add_model_initial_configuration("Infected", [int(s) for s in seeds])
    src, dst = net.edges()
    values = np.full(src.size, p) if probabilities is None else probabilities
    for u, v, q in zip(src.tolist(), dst.tolist(), values.tolist(), strict=True):
        config.add_edge_configuration("threshold", (u, v), q)
    model.set_initial_status(config)

    def cascade() -> int:
        model.reset()
        while True:
            out = model.iteration(node_status=False)
            if out["iteration"] > 0 and out["node_count"][1] == 0:
                return out["node_count"][2]

    start = time.perf_counter()
    sizes = [cascade() for _ in range(2)]
    count = affordable(cascades, time.perf_counter() - start, 2, budget)
    start = time.perf_counter()
    sizes = [cascade() for _ in range(count)]
    seconds = time.perf_counter() - start
    mean, se = mean_and_se(sizes)
    note = "" if count >= cascades else f"ran {count:,} of {cascades:,} cascades (time budget)"
    return Run("ndlib", count, seconds, mean, se, note)


def run_eon(graph, net, weighted_cascade: bool, p, seeds, cascades: int, budget: float) -> Run:
    import EoN

    rng = np.random.default_rng(13)
    seed_list = [int(s) for s in seeds]
    if weighted_cascade:
        in_degree = net.in_degree()

        def transmits(u, v):
            return rng.random() < 1.0 / in_degree[v]

        def cascade():
            return EoN.discrete_SIR(graph, transmits, (), initial_infecteds=seed_list)[3][-1]
    else:

        def cascade():
            return EoN.basic_discrete_SIR(graph, p, initial_infecteds=seed_list, rng=rng)[3][-1]

    start = time.perf_counter()
    cascade()
    count = affordable(cascades, time.perf_counter() - start, 1, budget)
    start = time.perf_counter()
    sizes = [cascade() for _ in range(count)]
    seconds = time.perf_counter() - start
    mean, se = mean_and_se(sizes)
    note = "" if count >= cascades else f"ran {count:,} of {cascades:,} cascades (time budget)"
    return Run("EoN (discrete_SIR)", count, seconds, mean, se, note)


# --------------------------------------------------------------------------------------- workloads
def fastest_rounds(contenders, rounds: int) -> list[Run]:
    """Runs every contender once per round, in turn, and keeps each one's fastest round."""
    best: list[Run | None] = [None] * len(contenders)
    for _ in range(rounds):
        for i, contender in enumerate(contenders):
            run = contender()
            if best[i] is None or run.seconds / run.cascades < best[i].seconds / best[i].cascades:
                best[i] = run
    for run in best:
        run.note = "; ".join(filter(None, [run.note, f"fastest of {rounds} interleaved rounds"]))
    return best


def fixed_seeds(net, count: int) -> np.ndarray:
    return np.sort(np.random.default_rng(0).choice(net.n_nodes, size=count, replace=False))


def workloads(scale: float):
    def c(n):
        return max(20, int(n * scale))

    er_10k = sr.generators.erdos_renyi(10_000, 0.01 * 9_999, directed=True, seed=1)
    yield (
        "a",
        "directed G(n=10,000, p=0.01), p=0.1, 10 seeds",
        er_10k,
        0.1,
        10,
        c(1_000),
        ("cynetdiff", "ndlib", "eon"),
    )
    er_100k = sr.generators.erdos_renyi(100_000, 10, directed=True, seed=2)
    yield (
        "b",
        "directed ER n=100,000, mean out-degree 10, p=0.05, 10 seeds",
        er_100k,
        0.05,
        10,
        c(100_000),
        ("cynetdiff", "ndlib", "eon"),
    )
    yield (
        "c",
        "directed ER n=100,000, mean out-degree 10, p=0.15, 10 seeds",
        er_100k,
        0.15,
        10,
        c(200),
        ("cynetdiff", "ndlib", "eon"),
    )
    ba = sr.generators.barabasi_albert(1_000_000, 5, seed=3)
    yield (
        "d",
        "weighted cascade on Barabasi-Albert n=1,000,000, m=5, 50 seeds",
        ba,
        "weighted_cascade",
        50,
        c(1_000),
        ("cynetdiff", "eon"),
    )
    facebook = sr.Network.read_edgelist(DATA / "facebook_combined.txt", directed=False)
    yield (
        "e1",
        "ego-Facebook (4,039 people, 88,234 friendships), p=0.01, 10 seeds",
        facebook,
        0.01,
        10,
        c(10_000),
        ("cynetdiff", "ndlib", "eon"),
    )
    yield (
        "e2",
        "ego-Facebook, weighted cascade, 10 seeds",
        facebook,
        "weighted_cascade",
        10,
        c(10_000),
        ("cynetdiff", "ndlib", "eon"),
    )


def recruitment_at_scale(cascades: int, threads: int) -> Workload:
    """(f) The recruitment scenario with 10,000 employees: socialreach alone. Examined edges are
    the audiences of every share summed (the funnel's potential reach)."""
    import dataclasses

    from socialreach import scenario as scenarios
    from socialreach.campaign import run_campaign

    loaded = scenarios.load(
        Path(__file__).resolve().parents[1] / "scenarios" / "recruitment_campaign.toml"
    )
    loaded = dataclasses.replace(loaded, organization={**loaded.organization, "employees": 10_000})
    net = loaded.network()
    work = Workload(
        "f",
        f"recruitment scenario at 10,000 employees ({net.n_nodes:,} people, "
        f"{net.n_edges:,} edges), campaign 'both'",
        cascades,
    )
    campaign = loaded.campaigns["both"]
    for t in sorted({1, threads}):
        start = time.perf_counter()
        res = run_campaign(
            net,
            loaded.model,
            campaign,
            funnel=loaded.funnel,
            replications=cascades,
            seed=1,
            threads=t,
        )
        seconds = time.perf_counter() - start
        mean, se = mean_and_se(res.metric("reach"))
        run = Run(
            f"socialreach ({t} thread{'s' if t > 1 else ''}), mean reach",
            cascades,
            seconds,
            mean,
            se,
        )
        work.edges_per_cascade = float(res.metric("potential_reach").mean())
        run.finish(work.edges_per_cascade)
        work.runs.append(run)
        print(
            f"  {run.library:40s} {cascades:,} cascades {seconds:.2f} s {run.cascades_per_second:,.1f} casc/s {run.edges_per_second:.3g} edges/s",
            flush=True,
        )
    return work


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--budget", type=float, default=60.0, help="seconds a peer may spend on one workload"
    )
    parser.add_argument(
        "--scale", type=float, default=1.0, help="multiply every cascade count (quick runs)"
    )
    parser.add_argument(
        "--only", default="", help="comma-separated workload keys (a,b,c,d,e1,e2,f)"
    )
    parser.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="interleaved rounds of socialreach and cynetdiff; each keeps its fastest",
    )
    parser.add_argument("--out", type=Path, default=RESULTS)
    args = parser.parse_args()
    args.commit = source_commit()  # before the run: the tree may change while it lasts
    only = set(filter(None, args.only.split(",")))

    results: list[Workload] = []
    for key, title, net, p, n_seeds, cascades, peers in workloads(args.scale):
        if only and key not in only:
            continue
        print(f"\n({key}) {title}: {cascades:,} cascades", flush=True)
        seeds = fixed_seeds(net, n_seeds)
        weighted_cascade = p == "weighted_cascade"
        model = sr.IndependentCascade(p)
        probabilities = None
        if weighted_cascade:
            probabilities = 1.0 / net.in_degree()[net.targets.astype(np.int64)]
        work = Workload(key, title, cascades)
        warm_up = sr.simulate(net, model, seeds, replications=cascades, seed=2026, threads=1)
        edges_per_cascade = float(warm_up.impressions.mean())
        work.edges_per_cascade = edges_per_cascade
        # This machine's speed drifts by up to 2x over minutes (a shared virtual machine), so
        # the fast libraries run in interleaved rounds and each keeps its fastest round.
        thread_counts = (1, 2) if key in ("b", "c", "d") else (1,)
        contenders = [
            partial(run_socialreach, net, model, seeds, cascades, threads, reach)
            for threads in thread_counts
            for reach in (True, False)
        ]
        if "cynetdiff" in peers:
            contenders.append(
                partial(run_cynetdiff, net, probabilities, p, seeds, cascades, args.budget)
            )
        work.runs = fastest_rounds(contenders, args.rounds)
        ours, adopters_only = work.runs[0], work.runs[1]
        if key == "d":
            weighted = sr.Network.from_edges(
                *net.edges(), n_nodes=net.n_nodes, weights=np.clip(probabilities, 1e-6, 1.0)
            )
            work.bytes_per_edge = {
                "weighted network (weights 1/in-degree), every array": (
                    weighted.memory_bytes() / weighted.n_edges
                ),
            }
        graph = net.to_networkx() if {"ndlib", "eon"} & set(peers) else None
        if "ndlib" in peers:
            work.runs.append(run_ndlib(graph, net, probabilities, p, seeds, cascades, args.budget))
        if "eon" in peers:
            work.runs.append(run_eon(graph, net, weighted_cascade, p, seeds, cascades, args.budget))
        for run in work.runs:
            run.finish(edges_per_cascade)
        for run in work.runs:
            combined = math.hypot(run.standard_error, ours.standard_error)
            run.agrees = abs(run.mean_adopters - ours.mean_adopters) <= 4 * combined
            run.speedup = ours.cascades_per_second / run.cascades_per_second
            run.adopters_only_speedup = adopters_only.cascades_per_second / run.cascades_per_second
            print(
                f"  {run.library:38s} {run.cascades:>8,} cascades {run.seconds:8.2f} s  mean {run.mean_adopters:12.2f} "
                f"± {run.standard_error:8.2f}  {run.cascades_per_second:12,.1f} casc/s {run.edges_per_second:10.3g} edges/s "
                f"agrees={run.agrees} socialreach/this={run.speedup:.2f} adopters only/this={run.adopters_only_speedup:.2f}",
                flush=True,
            )
        results.append(work)
    if not only or "f" in only:
        print("\n(f) recruitment scenario at 10,000 employees", flush=True)
        results.append(recruitment_at_scale(max(20, int(200 * args.scale)), threads=2))
    write(results, args)


def source_commit() -> str:
    """The checkout's commit (with -dirty if files differ from it), or 'unknown' outside git."""
    try:
        return subprocess.run(
            ["git", "describe", "--always", "--dirty", "--abbrev=10"],
            cwd=Path(__file__).parent,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def processor() -> str:
    """The processor's name, with its family and model, caches and whether it has AVX-512.

    The name alone does not tell generations apart ("AMD EPYC" has been both a Zen 3 and a Zen 5
    class part here, on which cynetdiff's speed differs by 2x to 5x)."""
    fields: dict[str, str] = {}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            key, _, value = line.partition(":")
            fields.setdefault(key.strip(), value.strip())
    except OSError:
        pass
    caches = []
    for index in sorted(Path("/sys/devices/system/cpu/cpu0/cache").glob("index*")):
        try:
            level, kind, size = (
                (index / name).read_text().strip() for name in ("level", "type", "size")
            )
        except OSError:
            continue
        if kind != "Instruction":
            caches.append(f"L{level} {size}")
    details = []
    if "cpu family" in fields:
        details.append(f"family {fields['cpu family']}, model {fields.get('model', '?')}")
    if caches:
        details.append(", ".join(caches))
    if "flags" in fields:
        details.append("AVX-512" if "avx512f" in fields["flags"].split() else "no AVX-512")
    name = fields.get("model name", "unknown")
    return f"{name} ({'; '.join(details)})" if details else name


def machine() -> dict:
    versions = {}
    for package in ("socialreach", "cynetdiff", "ndlib", "EoN", "networkx", "numpy"):
        try:
            versions[package] = importlib.metadata.version(package)
        except importlib.metadata.PackageNotFoundError:
            versions[package] = "not installed"
    return {
        "cpu": processor(),
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "versions": versions,
        "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
    }


def ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f}x"


# The targets: socialreach (1 thread) over cynetdiff and ndlib, and 1 to 2 threads.
OVER_CYNETDIFF = {"a": 10.0, "b": 3.0, "c": 4.0, "d": 4.0, "e1": 4.0, "e2": 4.0}
OVER_NDLIB = 100.0
THREADS = 1.8


def over_peer(work: Workload, peer: str, target: float) -> str | None:
    """The two speed-ups (counting reach, adopters only) over `peer`'s run of `work` against
    `target`, as table cells; None if the peer did not run or its mean does not agree."""
    run = next((r for r in work.runs if r.library.startswith(peer) and r.agrees), None)
    if run is None:
        return None
    return " | ".join(
        f"{value:.2f}x {'met' if value >= target else 'NOT met'}"
        for value in (run.speedup, run.adopters_only_speedup)
    )


def targets_table(results: list[Workload]) -> list[str]:
    """Each target of the run, with the measured ratio counting reach and adopters only (a
    peer whose mean does not agree does not count)."""
    rows = []
    for work in results:
        if work.key in OVER_CYNETDIFF:
            target = OVER_CYNETDIFF[work.key]
            if cells := over_peer(work, "cynetdiff", target):
                rows.append(f"| ({work.key}) over cynetdiff | {target:g}x | {cells} |")
        if cells := over_peer(work, "ndlib", OVER_NDLIB):
            rows.append(f"| ({work.key}) over ndlib | {OVER_NDLIB:g}x | {cells} |")
        if work.key in ("b", "c", "d"):
            runs = {run.library: run for run in work.runs}
            cells = []
            for reach in (True, False):
                one, two = runs[socialreach_name(1, reach)], runs[socialreach_name(2, reach)]
                value = two.cascades_per_second / one.cascades_per_second
                cells.append(f"{value:.2f}x {'met' if value >= THREADS else 'NOT met'}")
            rows.append(f"| ({work.key}) 1 to 2 threads | {THREADS:g}x | {' | '.join(cells)} |")
        for name, value in (work.bytes_per_edge or {}).items():
            verdict = "met" if value <= 8.0 else "NOT met"
            rows.append(
                f"| ({work.key}) memory, {name} | 8 bytes per edge | {value:.2f} {verdict} | - |"
            )
    if not rows:
        return []
    return [
        "| target | at least | socialreach | socialreach, adopters only |",
        "|---|---:|---:|---:|",
        *rows,
    ]


def write(results: list[Workload], args) -> None:
    args.out.mkdir(parents=True, exist_ok=True)
    info = machine()
    payload = {
        "machine": info,
        "commit": args.commit,
        "budget_seconds": args.budget,
        "rounds": args.rounds,
        "scale": args.scale,
        "workloads": [asdict(w) for w in results],
    }
    (args.out / "peers.json").write_text(json.dumps(payload, indent=2))
    lines = [
        "# Independent cascade: socialreach side by side with its peers",
        "",
        f"Measured {info['date']} at commit {args.commit} on {info['cpu']}, {info['cores']} cores, "
        f"Python {info['python']}; "
        + ", ".join(f"{k} {v}" for k, v in info["versions"].items())
        + ".",
        "",
        f'Reproduce with `make bench-peers PEERS_ARGS="--budget {args.budget:g} --rounds {args.rounds} '
        f'--scale {args.scale:g}"`. socialreach and cynetdiff ran in {args.rounds} interleaved rounds and '
        "each kept its fastest (this machine's speed drifts). "
        "Single-threaded unless the library column says otherwise. "
        "`agrees`: mean adopters within 4 combined standard errors of socialreach's. `speed-up`: "
        "socialreach (1 thread) cascades/s over the row's; `adopters only`: the same for socialreach "
        "run with `reach=False`, which counts no reach (the distinct people exposed), as the peers "
        "count none. Examined edges = out-degrees of adopters summed; "
        "for peers, their cascades/s times socialreach's mean examined edges per cascade.",
        "",
        *targets_table(results),
    ]
    for work in results:
        lines += [
            "",
            f"## ({work.key}) {work.title}",
            "",
            f"{work.cascades:,} cascades; {work.edges_per_cascade:,.0f} examined edges per cascade.",
            "",
        ]
        lines += [
            "| library | cascades | seconds | mean adopters (± SE) | agrees | cascades/s | edges/s | speed-up | adopters only | note |",
            "|---|---:|---:|---:|:---:|---:|---:|---:|---:|---|",
        ]
        for run in work.runs:
            lines.append(
                f"| {run.library} | {run.cascades:,} | {run.seconds:.2f} | {run.mean_adopters:,.2f} ± {run.standard_error:,.2f} | "
                f"{'-' if run.agrees is None else 'yes' if run.agrees else 'NO'} | {run.cascades_per_second:,.1f} | {run.edges_per_second:.3g} | "
                f"{ratio(run.speedup)} | {ratio(run.adopters_only_speedup)} | {run.note} |"
            )
        if work.bytes_per_edge:
            lines.append("")
            lines += [
                f"- memory, {k}: {v:.2f} bytes per edge" for k, v in work.bytes_per_edge.items()
            ]
    (args.out / "peers.md").write_text("\n".join(lines) + "\n")
    print(f"\nwrote {args.out / 'peers.md'} and {args.out / 'peers.json'}")


if __name__ == "__main__":
    main()
