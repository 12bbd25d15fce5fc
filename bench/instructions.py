"""Instructions the extraction runs per release, counted by valgrind's callgrind: a figure that holds where the
machine's wall-clock speed wanders (it did by 20% within minutes on the machine these benches ran on).

    python bench/instructions.py [--commit SHA] [--releases 120]

Counts one process that extracts the first 40 project fixtures (warm-up: imports, gazetteer, compiled patterns),
and one that goes on to the first N shared dev releases (or fixtures, without ../shared); the difference over N
is the cost of a release. `--commit` measures an older commit's code the same way (through `git archive`), so two
versions can be compared. Needs Debian's valgrind; slow (a few minutes per count).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = """
import json, sys
sys.path.insert(0, sys.argv[1])
from dashboard.extract import extract
from dashboard.geocode import Resolver
from dashboard.sources import make_article
res = Resolver()
fixtures = [json.loads(x)["text"] for x in open(sys.argv[2], encoding="utf-8") if x.strip()]
for t in fixtures[:40]:
    extract(make_article(t), None, res)
for t in [json.loads(x)["text"] for x in open(sys.argv[3], encoding="utf-8") if x.strip()][: int(sys.argv[4])]:
    extract(make_article(t), None, res)
"""


def count(code_root: Path, releases: Path, n: int) -> int:
    """Instructions of one child process (callgrind's total), hash seed fixed so that runs repeat."""
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(
            ["valgrind", "--tool=callgrind", f"--callgrind-out-file={tmp}/cg.out", sys.executable, "-c", CHILD,
             str(code_root), str(ROOT / "tests" / "fixtures" / "labelled.jsonl"), str(releases), str(n)],
            capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0"}, check=True)
    m = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if m is None:
        raise SystemExit(f"callgrind printed no instruction count:\n{out.stderr[-500:]}")
    return int(m[1].replace(",", ""))


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--commit", default=None, help="measure this commit's code instead of the working tree's")
    ap.add_argument("--releases", type=int, default=120)
    args = ap.parse_args()
    if shutil.which("valgrind") is None:
        print("valgrind is not installed (apt-get install valgrind): no instruction count")
        return 1
    shared = ROOT.parent / "shared" / "eval" / "isaf_dev.jsonl"
    releases = shared if shared.exists() else ROOT / "tests" / "fixtures" / "labelled.jsonl"
    with tempfile.TemporaryDirectory() as tmp:
        code_root = ROOT
        if args.commit:
            code_root = Path(tmp)
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.commit, "dashboard", "data"],
                                     capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        warm = count(code_root, releases, 0)
        full = count(code_root, releases, args.releases)
    label = args.commit or "working tree"
    print(f"instructions ({label}): warm-up {warm / 1e9:.2f} G; {args.releases} releases of {releases.name} "
          f"{(full - warm) / 1e9:.2f} G, {(full - warm) / args.releases / 1e6:.1f} M per release")
    return 0


if __name__ == "__main__":
    sys.exit(main())
