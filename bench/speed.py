"""Speed benchmark: banmian.rebuild against the naive baseline, same pages, one core.

    python bench/speed.py [--pages 200] [--rounds 5] [--split dev] [--seed 0] [--against TREE]

Pages are generated once; then both rebuilders run over all of them in
turn for several rounds, and the best round counts (the least
disturbed by the rest of the machine).  Memory is measured in a separate pass,
because tracemalloc slows every allocation down.  Prints a markdown snippet
for bench/RESULTS.md.

`--against TREE` times another checkout's `banmian.rebuild` (a worktree of the
commit a change started from) in the same rounds, so that a change of a
point or two in the share is not lost in the machine's load from one run to
the next.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import os
import platform
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.insert(0, str(BENCH))

from accuracy import SHARED, generated, load_sample  # noqa: E402
from naive import naive_rebuild  # noqa: E402

import banmian  # noqa: E402

TARGET_RATIO = 0.40  # banmian must keep at least this share of naive's pages/s


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
        return "one core (pinned)"
    return "unpinned (no sched_setaffinity here)"


def load_pages(count: int, split: str, seed: int) -> tuple[list[str], str]:
    try:
        truths = generated(split, count, seed)
        return [t["text"] for t in truths], f"{len(truths)} generated {split} pages (seed {seed})"
    except ImportError:
        # Without pagegen the sample page, repeated, still compares the two.
        text = load_sample()["text"]
        return [text] * count, f"the sample page ×{count} (bench/pagegen.py not found)"


def rebuild_of(tree: Path, texts: list[str]):
    """`banmian.rebuild` of another checkout, to time beside this one's.

    Its modules are imported while this checkout's are set aside, and it rebuilds
    the pages there once, so that what its loaders cache (word lists, models) is its
    own; then this checkout's modules are put back.  The rebuild imports its stages
    when called, so each call puts that checkout's modules in place while it runs
    (else it would run this checkout's stages).
    """
    ours = _banmian_modules()
    for name in ours:
        del sys.modules[name]
    sys.path.insert(0, str(tree / "src"))
    try:
        theirs = importlib.import_module("banmian")
        if not Path(theirs.__file__).resolve().is_relative_to(tree.resolve()):
            raise SystemExit(f"{tree}/src holds no banmian package")
        time_round(theirs.rebuild, texts)
        their_modules = _banmian_modules()
    finally:
        sys.path.remove(str(tree / "src"))
        for name in _banmian_modules():
            del sys.modules[name]
        sys.modules.update(ours)

    def rebuild(text: str):
        ours_now = _banmian_modules()
        sys.modules.update(their_modules)
        try:
            return theirs.rebuild(text)
        finally:
            for name in their_modules:
                del sys.modules[name]
            sys.modules.update(ours_now)
    return rebuild


def _banmian_modules() -> dict:
    return {name: module for name, module in sys.modules.items() if name.split(".")[0] == "banmian"}


def time_round(rebuilder, texts: list[str]) -> float:
    gc.collect()
    start = time.perf_counter()
    for text in texts:
        rebuilder(text)
    return time.perf_counter() - start


def peak_memory(rebuilder, texts: list[str]) -> tuple[int, float]:
    """(largest, mean) peak of traced allocations while rebuilding one page, in bytes."""
    peaks = []
    tracemalloc.start()
    try:
        for text in texts:
            gc.collect()
            base, _ = tracemalloc.get_traced_memory()
            tracemalloc.reset_peak()
            rebuilder(text)
            peaks.append(tracemalloc.get_traced_memory()[1] - base)
    finally:
        tracemalloc.stop()
    return max(peaks), statistics.fmean(peaks)


def max_rss_mib() -> float:
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024  # bytes on macOS, KiB elsewhere


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--split", choices=("dev", "test"), default="dev")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--against", type=Path, metavar="TREE", help="another checkout's rebuild, timed in the same rounds")
    args = parser.parse_args(argv)
    if not SHARED.is_dir():
        print(f"{SHARED} not found: the corpus and sample page live there", file=sys.stderr)
        return 2

    cores = pin_to_one_core()
    texts, what = load_pages(args.pages, args.split, args.seed)
    chars = sum(len(text) for text in texts)
    # The corpus pagegen loaded stays alive; keep the collector from rescanning it.
    gc.collect()
    gc.freeze()
    rebuilders = {"naive": naive_rebuild, "banmian": banmian.rebuild}
    if args.against:
        rebuilders[f"banmian at {args.against}"] = rebuild_of(args.against, texts)
    for rebuilder in rebuilders.values():  # warm up: imports, regex compiles, caches
        time_round(rebuilder, texts[:20])

    rounds: dict[str, list[float]] = {name: [] for name in rebuilders}
    order = list(rebuilders)
    for _ in range(args.rounds):
        for name in order:
            rounds[name].append(time_round(rebuilders[name], texts))
        order = order[1:] + order[:1]  # none always runs first
    memory = {name: peak_memory(rebuilder, texts) for name, rebuilder in rebuilders.items()}

    rate = {name: len(texts) / min(times) for name, times in rounds.items()}
    ratio = rate["banmian"] / rate["naive"]
    command = "python bench/speed.py " + " ".join(sys.argv[1:] if argv is None else argv)
    print(f"### Speed\n\n`{command.strip()}`: {what}, {chars / len(texts):,.0f} chars/page on average, "
          f"{cores}, best of {args.rounds} rounds; Python {platform.python_version()}, "
          f"{platform.machine()} {platform.processor() or platform.system()}.\n")
    print("| rebuilder | pages/s | ms/page | chars/s | alloc peak/page (max) | alloc peak/page (mean) |")
    print("|---|---:|---:|---:|---:|---:|")
    for name in rebuilders:
        largest, mean = memory[name]
        print(f"| {name} | {rate[name]:,.0f} | {1000 / rate[name]:.2f} | {rate[name] * chars / len(texts):,.0f} "
              f"| {largest / 1024:,.0f} KiB | {mean / 1024:,.0f} KiB |")
    verdict = "meets" if ratio >= TARGET_RATIO else "MISSES"
    print(f"\nbanmian runs at {100 * ratio:.0f}% of naive's pages/s ({verdict} the ≥ {100 * TARGET_RATIO:.0f}% target); "
          f"process peak RSS {max_rss_mib():.0f} MiB.")
    for name in list(rebuilders)[2:]:
        print(f"{name} runs at {100 * rate[name] / rate['naive']:.1f}% of naive's pages/s in the same rounds, "
              f"banmian at {100 * ratio:.1f}%.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
