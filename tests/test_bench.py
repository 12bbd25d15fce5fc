"""The benchmark runs (on a small size); its figures are printed, never asserted as timings."""

import subprocess
import sys

from .conftest import ROOT


def test_benchmark_runs_on_a_small_size(tmp_path):
    p = subprocess.run([sys.executable, str(ROOT / "bench" / "run.py"), "--sizes", "2000", "--ingest", "20",
                        "--out", str(tmp_path)], capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert p.returncode == 0, p.stderr[-2000:]
    for figure in ("cold start", "filter change", "plain pandas", "ratio", "map:", "payload", "pages in AppTest",
                   "peak RSS", "serving process", "releases/s", "look-ups/s", "reports/s"):
        assert figure in p.stdout, figure
    assert "error" not in p.stdout.split("pages in AppTest")[1].splitlines()[0]
