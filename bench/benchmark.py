"""Benchmark: how factcheck's cost compares with spaCy's own, cold and warm, and as inputs grow.

Run from the repository root:  .venv/bin/python bench/benchmark.py [--sizes 5,50,500] [--jobs 2]

It builds N distinct articles from the sample and test articles (each copy gets its own closing
line, so no two texts are the same), then prints, in one run:
  1. end-to-end compare time against bare `nlp.pipe` over the same texts with the same pipeline (best of two, taking turns);
  2. a cold run of the `factcheck` command (empty cache) against a warm one (cache filled);
  3. how time grows for each N, with grouping + comparison timed apart per claim;
  4. `factcheck --help` against `python -c "import spacy"`;
  5. `--jobs N` against one process;
  6. `factcheck extract` on pathological inputs (a 199,000-character sentence, 20 KB of commas,
     20,000 nested HTML lists, a 5 MB line of digits), each under 5 s.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="5,50,500", help="article counts to time (default 5,50,500)")
    parser.add_argument("--jobs", type=int, default=2, help="processes for the --jobs comparison (default 2)")
    args = parser.parse_args()
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
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
