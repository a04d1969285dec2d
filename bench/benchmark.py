"""Benchmark: how factcheck's cost compares with spaCy's own, cold and warm, and as inputs grow.

Run from the repository root:  .venv/bin/python bench/benchmark.py [--sizes 5,50,500] [--jobs 2] [--pile-size 5000]
Only the event grouping (7):    .venv/bin/python bench/benchmark.py --events-only [--pile-size 5000]

It builds N distinct articles from the sample and test articles (each copy gets its own closing
line, so no two texts are the same), then prints, in one run:
  1. end-to-end compare time against bare `nlp.pipe` over the same texts with the same pipeline (best of two, taking turns);
  2. a cold run of the `factcheck` command (empty cache) against a warm one (cache filled);
  3. how time grows for each N, with grouping + comparison timed apart per claim;
  4. `factcheck --help` against `python -c "import spacy"`;
  5. `--jobs N` against one process;
  6. `factcheck extract` on pathological inputs (a 199,000-character sentence, 20 KB of commas,
     20,000 nested HTML lists, a 5 MB line of digits), each under 5 s;
  7. `factcheck.events.group_by_event` on a pile of --pile-size articles about many events (renamed
     copies of the tests/corpus events, see event_pile.py): time, peak memory, how time grows with
     the pile, quality against the true events (adjusted Rand index), and spaCy's time on the same
     texts (extrapolated from a sample of PARSED_SAMPLE articles).
Targets are printed next to each ratio. Figures vary with machine load: read them as a run, not a law.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def base_articles() -> list[tuple[str, str]]:
    """(name, text) of every sample and test article."""
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted(
        p for p in (ROOT / "tests" / "corpus").rglob("*") if p.suffix in (".txt", ".md", ".html")
    )
    return [(p.name, p.read_text(encoding="utf-8")) for p in paths]


def desk_name(i: int) -> str:
    """A made-up word for each number ("ba", "bb", …), so copies differ without adding figures."""
    letters = ""
    i += 27
    while i:
        i, rest = divmod(i, 26)
        letters = "abcdefghijklmnopqrstuvwxyz"[rest] + letters
    return letters


def build_corpus(folder: Path, n: int) -> Path:
    """N distinct article files in folder (cycling through the base articles)."""
    folder.mkdir(parents=True, exist_ok=True)
    bases = base_articles()
    for i in range(n):
        name, text = bases[i % len(bases)]
        stem, suffix = name.rsplit(".", 1)
        closing = f"\n\nFiled by the {desk_name(i)} desk.\n"
        if suffix == "html":
            text = text.replace("</body>", f"<p>{closing.strip()}</p></body>")
        else:
            text += closing
        (folder / f"{i:04d}_{stem}.{suffix}").write_text(text, encoding="utf-8")
    return folder


def timed(action: Callable[[], object], repeat: int = 1) -> float:
    """Best wall time of `repeat` runs, in seconds."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return min(times)


def run(*args: str, env: dict[str, str] | None = None) -> None:
    subprocess.run(list(args), check=True, capture_output=True, env={**os.environ, **(env or {})})


def pathological_inputs(folder: Path) -> dict[str, Path]:
    """Inputs no article is, but a hostile or broken one can be: each must take seconds, not minutes."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(1)
    words = "the minister said that 12 people and four officials met for 3 hours in the capital on Monday".split()
    texts = {
        "one 199,000-character sentence.txt": " ".join(rng.choice(words) for _ in range(38_000))[:199_000] + ".",
        "20 KB of commas.txt": "The ferry sank" + "," * 20_000 + " killing 12 people.",
        "20,000 nested lists.html": "<p>The ferry sank.</p>" + "<ul><li>" * 20_000 + "x" + "</li></ul>" * 20_000,
        "5 MB line of digits.txt": "".join(rng.choice("0123456789.,-/:%$ ") for _ in range(5_000_000)),
    }
    paths = {}
    for name, text in texts.items():
        paths[name] = folder / name.replace(" ", "_").replace(",", "")
        paths[name].write_text(f"Tuesday, 4 March 2025\n\n{text}\n", encoding="utf-8")
    return paths


def verdict(ratio: float, target: float) -> str:
    return f"{'ok' if ratio <= target else 'OVER'} (target <= {target})"


PARSED_SAMPLE = 200  # articles of the pile spaCy parses; its time for the whole pile is extrapolated from them
GROUPING_SHARE = 0.05  # target: grouping a pile costs at most this share of parsing it
GROWTH_SIZES = (500, 1_000, 2_000)  # pile sizes timed besides --pile-size (those below it)


def empty_caches() -> None:
    """Empty the tool's in-process caches (word rarity, masked text), so a run starts as in a new process."""
    from factcheck import events, ingest

    for cached in (events.rarity, ingest.parse_text):
        getattr(cached, "cache_clear", lambda: None)()


def max_rss_mb() -> float:
    """The process's peak resident memory so far, in MB (ru_maxrss: kilobytes on Linux, bytes on macOS)."""
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / 1e6 if sys.platform == "darwin" else peak * 1024 / 1e6


def event_grouping(pile_size: int) -> None:
    """Section 7: group_by_event on a pile of renamed copies of the tests/corpus events, against spaCy."""
    import math
    import tracemalloc

    from event_pile import ari, build_pile, shuffled

    from factcheck.events import group_by_event
    from factcheck.nlp import load_model, parse_stream

    print(f"\n7. Grouping a pile of {pile_size:,} articles into events (factcheck.events.group_by_event)")
    start = time.perf_counter()
    ordered = build_pile(ROOT / "tests" / "corpus", pile_size)  # whole copies first: a prefix is a smaller pile
    pile = shuffled(ordered)
    built = time.perf_counter() - start
    sources = [source for source, _ in pile]
    truth = [label for _, label in pile]
    events = len(set(truth))
    chars = sum(len(s.text) for s in sources)
    print(
        f"   pile: {len(pile):,} articles ({chars:,} characters), {events:,} true events: up to "
        f"{max(t.replica for t in truth) + 1} copies of each of the {len({t.template for t in truth})} events of "
        f"tests/corpus, names and rare words invented per copy, common words kept; shuffled; built in {built:.1f} s"
    )

    group_by_event([source for source, _ in shuffled(ordered[:60])])
    print(
        "   one run per figure, after a warm-up on 60 articles (imports of numpy, scipy, wordfreq and its tables "
        "not counted); the tool's caches emptied before each run"
    )
    empty_caches()
    rss_before = max_rss_mb()
    start = time.perf_counter()
    groups = group_by_event(sources)
    took = time.perf_counter() - start
    rss_growth = max_rss_mb() - rss_before
    empty_caches()
    tracemalloc.start()
    start = time.perf_counter()
    group_by_event(sources)
    traced = time.perf_counter() - start
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    print(
        f"   time: {took:.2f} s, {took * 1000 / len(sources):.2f} s per 1,000 articles\n"
        f"   memory: peak {peak:,.0f} MB allocated during the call (tracemalloc: Python and numpy memory; in a second run: {traced:.1f} s "
        f"under tracing); process peak RSS grew by {rss_growth:,.0f} MB (ru_maxrss, a high-water mark: "
        f"at least this much more than before the call)"
    )

    group_of = {source.id: g for g, group in enumerate(groups) for source in group}
    found = [group_of[source.id] for source in sources]
    score, how = ari(truth, found)
    events_in: dict[int, set] = {}  # group -> the true events of its articles
    groups_of: dict[object, set[int]] = {}  # true event -> the groups its articles are in
    for label, group in zip(truth, found, strict=True):
        events_in.setdefault(group, set()).add(label)
        groups_of.setdefault(label, set()).add(group)
    mixed = [labels for labels in events_in.values() if len(labels) > 1]
    split = sum(1 for parts in groups_of.values() if len(parts) > 1)
    same_kind = sum(1 for labels in mixed if len({t.template for t in labels}) == 1)
    print(
        f"   quality: {len(groups):,} groups for {events:,} true events, adjusted Rand index {score:.3f} ({how}); "
        f"{split} events split; {len(mixed)} groups join events ({same_kind} of them copies of one template)"
    )

    sizes = sorted({n for n in GROWTH_SIZES if n < len(pile)} | {len(pile)})
    times = {len(pile): took}
    print("   growth (one run each; a smaller pile is the first copies of the big one, shuffled):")
    print(
        f"   {'articles':>8} {'events':>7} {'groups':>7} {'s':>7} {'s/1,000 articles':>17} {'ns/article²':>12} {'n^k from the row above':>22}"
    )
    previous = None
    for n in sizes:
        part = shuffled(ordered[:n])
        if n not in times:
            empty_caches()
            start = time.perf_counter()
            count = len(group_by_event([source for source, _ in part]))
            times[n] = time.perf_counter() - start
        else:
            count = len(groups)
        step = "" if previous is None else f"k = {math.log(times[n] / times[previous]) / math.log(n / previous):.2f}"
        print(
            f"   {n:>8,} {len({label for _, label in part}):>7,} {count:>7,} {times[n]:>7.2f} "
            f"{times[n] * 1000 / n:>17.3f} {times[n] * 1e9 / n**2:>12.1f} {step:>22}"
        )
        previous = n
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        exponent = math.log(times[last] / times[first]) / math.log(last / first)
        print(
            f"   from {first:,} to {last:,} articles ({last / first:.1f}x) time grew {times[last] / times[first]:.1f}x: "
            f"about n^{exponent:.2f} (1 is linear, 2 quadratic)"
        )

    nlp = load_model(None)
    sample = random.Random(3).sample(sources, min(PARSED_SAMPLE, len(sources)))
    list(parse_stream(sample[:2], nlp))  # the first batch pays for spaCy's lazy set-up
    start = time.perf_counter()
    list(parse_stream(sample, nlp))  # as `factcheck` parses: masked texts, nlp.pipe in batches of 16
    parsed = time.perf_counter() - start
    sample_chars = sum(len(s.text) for s in sample)
    spacy_all = parsed * chars / sample_chars
    print(
        f"   spaCy ({nlp.meta['name']} {nlp.meta['version']}, factcheck.nlp.parse_stream, one process): "
        f"{len(sample)} articles ({sample_chars:,} characters) in {parsed:.1f} s; the whole pile ~{spacy_all:,.0f} s, "
        f"extrapolated from {len(sample)} parsed (by characters)"
    )
    share = took / spacy_all
    print(f"   grouping / parsing: {share:.4f} ({share:.1%}) -> {verdict(share, GROUPING_SHARE)}")
    print(
        f"\ngrouping {len(sources):,} articles: {took:.1f} s, peak {peak:,.0f} MB; spaCy would take ~{spacy_all:,.0f} s "
        f"(extrapolated from {len(sample)} parsed): grouping is {took / spacy_all:.1%} of parsing; "
        f"{len(groups):,} groups for {events:,} events, ARI {score:.2f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,50,500", help="article counts to time (default 5,50,500)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the --jobs comparison (default 2)")
    parser.add_argument(
        "--pile-size", type=int, default=5000, help="articles in the event-grouping pile (default 5000)"
    )
    parser.add_argument("--events-only", action="store_true", help="run only the event grouping (section 7)")
    args = parser.parse_args()
    if args.pile_size < 2:
        parser.error("--pile-size must be at least 2")
    if args.events_only:
        event_grouping(args.pile_size)
        return
    sizes = [int(s) for s in args.sizes.split(",")]

    from factcheck import compare_paths
    from factcheck.compare import compare_groups
    from factcheck.group import group_claims
    from factcheck.ingest import parse_text, read_sources
    from factcheck.nlp import load_model

    work = Path(tempfile.mkdtemp(prefix="factcheck-bench-"))
    try:
        nlp = load_model()
        print(
            f"pipeline: {nlp.meta['name']} {nlp.meta['version']}; cores: {os.cpu_count()}; python {sys.version.split()[0]}"
        )

        print("\n1-3. End to end against bare spaCy, and growth")
        print(
            f"{'N':>5} {'chars':>10} {'spaCy s':>9} {'factcheck s':>12} {'ratio':>6} {'claims':>7} {'group+compare ms':>17} {'µs/claim':>9}"
        )
        ratios = {}
        for n in sizes:
            folder = build_corpus(work / f"n{n}", n)
            texts = [parse_text(s.text) for s in read_sources([folder])]
            # Each side twice, taking turns, best of two: on a shared machine one run of either can be
            # several seconds off, and the ratio of single runs swung by ±0.1 from one run to the next.
            bare = full = float("inf")
            for _ in range(2):
                bare = min(bare, timed(lambda texts=texts: list(nlp.pipe(texts, batch_size=16))))
                start = time.perf_counter()
                report = compare_paths([folder], nlp=nlp)
                full = min(full, time.perf_counter() - start)
            claims = report.claims
            grouping = timed(lambda claims=claims: compare_groups(group_claims(claims)), repeat=3)
            ratios[n] = full / bare
            print(
                f"{n:>5} {sum(map(len, texts)):>10,} {bare:>9.2f} {full:>12.2f} {full / bare:>6.2f} "
                f"{len(claims):>7} {grouping * 1000:>17.1f} {grouping * 1e6 / max(len(claims), 1):>9.1f}"
            )
        worst = max(ratios.values())
        print(f"end-to-end / bare spaCy, worst over N: {worst:.2f} -> {verdict(worst, 1.25)}")

        n_cli = 50 if 50 in sizes else sizes[0]
        folder = work / f"n{n_cli}"
        cache = work / "cache"
        env = {"FACTCHECK_CACHE_DIR": str(cache)}
        command = [str(BIN / "factcheck"), "compare", str(folder), "-f", "json", "-q", "-o", str(work / "out.json")]
        cold_runs, warm_runs = [], []
        for _ in range(3):
            shutil.rmtree(cache, ignore_errors=True)
            cold_runs.append(timed(lambda: run(*command, env=env)))
            warm_runs.append(timed(lambda: run(*command, env=env)))
        cold, warm = statistics.median(cold_runs), statistics.median(warm_runs)
        print(
            f"\n2. The factcheck command on {n_cli} articles: cold {cold:.2f} s, warm {warm:.2f} s, warm/cold {warm / cold:.2f} -> {verdict(warm / cold, 0.35)}"
        )

        help_time = timed(lambda: run(str(BIN / "factcheck"), "--help"), repeat=5)
        spacy_time = timed(lambda: run(sys.executable, "-c", "import spacy"), repeat=5)
        print(
            f"\n4. factcheck --help {help_time:.3f} s, import spacy {spacy_time:.3f} s, ratio {help_time / spacy_time:.2f} -> {verdict(help_time / spacy_time, 0.3)}"
        )

        one = timed(lambda: run(*command, "--no-cache", env=env))
        many = timed(lambda: run(*command, "--no-cache", "--jobs", str(args.jobs), env=env))
        print(
            f"\n5. {n_cli} articles, --jobs 1: {one:.2f} s; --jobs {args.jobs}: {many:.2f} s; speed-up {one / many:.2f}x"
        )

        print("\n6. Pathological inputs, `factcheck extract` each (target < 5 s)")
        for name, path in pathological_inputs(work / "hostile").items():
            took = timed(lambda path=path: run(str(BIN / "factcheck"), "extract", str(path), "-f", "json", "-q"))
            print(f"   {name:38} {took:6.2f} s -> {'ok' if took < 5 else 'OVER'}")

        event_grouping(args.pile_size)
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
