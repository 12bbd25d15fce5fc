"""Builds the incidents snapshot (Parquet) from a SQLite store in a separate process.

connectorx reads SQLite about four times faster than Python's sqlite3 can, but it carries its own
copy of the SQLite library, and two copies of SQLite in one process break each other's file locks.
So it runs here, in a child process, and the dashboard reads the Parquet file it writes.
Usage: python -m dashboard.snapshot_worker DB_PATH OUT_PATH REVISION
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> int:
    db_path, out_path, rev = argv[0], argv[1], int(argv[2])
    from pathlib import Path

    import connectorx as cx

    from .query import FRAME_COLUMNS, _write_snapshot, prepare_frame

    df = cx.read_sql(f"sqlite://{Path(db_path).resolve()}", f"SELECT {', '.join(FRAME_COLUMNS)} FROM incidents",
                     return_type="pandas")
    _write_snapshot(prepare_frame(df), Path(out_path), rev)
    return 0 if Path(out_path).exists() else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
