"""The command line: argument parsing, and our errors turned into one line and an exit code.

Exit codes: 0 every input handled (some may have failed, each with a reason); 1 a store failure or
a failed command; 2 a usage error.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from . import settings
from .errors import DashboardError, StoreError

EXIT_OK, EXIT_FAIL, EXIT_USAGE = 0, 1, 2


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a date (YYYY-MM-DD)") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="dashboard", description="Conflict-incident dashboard: ingest, extract, geocode, export.")
    sub = p.add_subparsers(dest="command", required=True)

    ing = sub.add_parser("ingest", help="extract and store reports from files, folders and archives")
    ing.add_argument("paths", nargs="+", help=".txt .md .html .json .jsonl .zip files or folders")
    ing.add_argument("--db", help="SQLAlchemy URL (default: $DASHBOARD_DB or data/incidents.db)")
    ing.add_argument("--published", type=_date, help="publication date of the reports (YYYY-MM-DD)")
    ing.add_argument("--if-empty", action="store_true", help="only ingest when the store has no articles yet")
    ing.add_argument("--quiet", action="store_true", help="no progress bar")

    ex = sub.add_parser("extract", help="extract incidents without storing (JSON out)")
    ex.add_argument("file", nargs="?", help="a text or HTML file; without it, JSON lines on standard input")
    ex.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD)")
    ex.add_argument("--format", choices=["json", "jsonl"], default="json")

    geo = sub.add_parser("geocode", help="geocode place names (JSON lines in and out)")
    geo.add_argument("query", nargs="?", help="one place; without it, JSON lines {id, query, country} on standard input")
    geo.add_argument("--country", help="country to search in")
    geo.add_argument("--format", choices=["json", "jsonl"], default="jsonl")
    geo.add_argument("--online", action="store_true",
                     help="ask the online geocoder set by DASHBOARD_GEOCODER (needs DASHBOARD_ONLINE=1); answers cached in the store")
    geo.add_argument("--db")

    exp = sub.add_parser("export", help="export the filtered incidents")
    exp.add_argument("--format", choices=["csv", "xlsx", "geojson"], required=True)
    exp.add_argument("--out", required=True, help="output file ('-' for standard output)")
    exp.add_argument("--db")
    _filter_args(exp)

    st = sub.add_parser("stats", help="what the store holds")
    st.add_argument("--db")

    imp = sub.add_parser("import", help="import an ACLED or UCDP GED CSV export")
    imp.add_argument("dataset", choices=["acled", "ucdp"])
    imp.add_argument("file")
    imp.add_argument("--db")

    rx = sub.add_parser("reextract", help="run extraction again on every stored report (reviewed incidents are kept)")
    rx.add_argument("--db")

    sub.add_parser("settings", help="list every setting, its environment variable and help")
    return p


def _filter_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--from", dest="date_from", type=_date)
    p.add_argument("--to", dest="date_to", type=_date)
    p.add_argument("--country", action="append", default=[])
    p.add_argument("--province", action="append", default=[])
    p.add_argument("--district", action="append", default=[])
    p.add_argument("--actor", action="append", default=[])
    p.add_argument("--actor-role", choices=["either", "side_a", "side_b"], default="either")
    p.add_argument("--event-type", action="append", default=[])
    p.add_argument("--precision", action="append", default=[])
    p.add_argument("--min-killed", type=int, default=0)
    p.add_argument("--text", default="")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:
        return EXIT_USAGE if exc.code else EXIT_OK
    try:
        return COMMANDS[args.command](args)
    except StoreError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except DashboardError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        print("interrupted: what was saved before stays saved; run the same command again to finish", file=sys.stderr)
        return 130


def cmd_ingest(args) -> int:
    from .pipeline import ingest
    from .sources import iter_paths, read_paths
    from .store import Store

    store = Store(args.db)
    if args.if_empty and store.counts()["articles"] > 0:
        print("the store already has articles; nothing to do", file=sys.stderr)
        return EXIT_OK
    total = sum(1 for _ in iter_paths(args.paths))
    done = [0]
    show = not args.quiet and sys.stderr.isatty()

    def progress(result) -> None:
        done[0] += 1
        if show:
            width = 30
            k = min(width, int(width * done[0] / max(total, 1)))
            sys.stderr.write(f"\r[{'#' * k}{'.' * (width - k)}] {done[0]}/{max(total, done[0])} {Path(result.name).name[:40]:40s}")
            sys.stderr.flush()

    report = ingest(read_paths(args.paths, args.published), store, args.published, progress)
    if show:
        sys.stderr.write("\n")
    for r in report.results:
        if r.status == "failed":
            print(f"failed: {r.name}: {r.reason}")
        elif r.status == "no_incident":
            print(f"no incident: {r.name}: {r.reason}")
        elif r.status == "duplicate":
            print(f"duplicate: {r.name}: {r.reason}")
        elif r.reason:
            print(f"saved: {r.name}: {r.reason}")
        if r.warning:
            print(f"warning: {r.name}: {r.warning}")
    print(report.summary())
    return EXIT_OK


def _json_lines(stream):
    """(line number, record) per non-empty line; a malformed line gives (line number, ValueError)."""
    for i, line in enumerate(stream, 1):
        line = line.strip()
        if not line:
            continue
        try:
            rec = json.loads(line)
            if not isinstance(rec, dict):
                raise ValueError("not a JSON object")
            yield i, rec
        except ValueError as exc:
            yield i, ValueError(f"malformed JSON line: {exc}")


def _read_stdin_records():
    from .sources import SourceFailure, parse_date

    for i, rec in _json_lines(sys.stdin):
        if isinstance(rec, ValueError):
            yield i, None, None, SourceFailure(f"line {i}", str(rec))
            continue
        try:
            yield rec.get("id", i), rec.get("text") or "", parse_date(rec.get("published")), rec
        except DashboardError as exc:
            yield i, None, None, SourceFailure(f"line {i}", str(exc))


def cmd_extract(args) -> int:
    from .extract import extract
    from .geocode import Resolver
    from .pipeline import incident_json
    from .sources import SourceFailure, make_article, read_path

    resolver = Resolver()
    outputs = []
    if args.file:
        items = list(read_path(Path(args.file), args.published))
        if not Path(args.file).exists():
            print(f"error: no such file {args.file}", file=sys.stderr)
            return EXIT_USAGE
        for item in items:
            if isinstance(item, SourceFailure):
                outputs.append({"id": item.name, "incidents": [], "error": item.reason})
                continue
            art = getattr(item, "article", item)
            ex = extract(art, args.published, resolver)
            outputs.append({"id": art.source_name, "incidents": [incident_json(i) for i in ex.incidents],
                            "reason": ex.reason})
    else:
        for rid, text, published, rec in _read_stdin_records():
            if isinstance(rec, SourceFailure):
                outputs.append({"id": rid, "incidents": [], "error": rec.reason})
            else:
                try:
                    art = make_article(text, title=rec.get("title"), url=rec.get("url"), published=published)
                    ex = extract(art, published or args.published, resolver)
                    outputs.append({"id": rid, "incidents": [incident_json(i) for i in ex.incidents], "reason": ex.reason})
                except DashboardError as exc:
                    outputs.append({"id": rid, "incidents": [], "error": str(exc)})
            if args.format == "jsonl":
                print(json.dumps(outputs.pop(), ensure_ascii=False), flush=False)
    if args.format == "jsonl":
        for o in outputs:
            print(json.dumps(o, ensure_ascii=False))
    elif outputs:
        print(json.dumps(outputs if len(outputs) > 1 else outputs[0], ensure_ascii=False, indent=2))
    return EXIT_OK


def cmd_geocode(args) -> int:
    from .geocode import Resolver

    resolver = Resolver()
    online = None
    if args.online:
        from . import settings as st
        from .geocode import CachedOnline, online_geocoder
        from .store import Store

        online = CachedOnline(online_geocoder(), Store(args.db), st.get("geocoder"), resolver)

    def answer(rid, query, country):
        warning = None
        if online is not None and query:
            a, warning = online.geocode(query)
        else:
            a = resolver.geocode(query or "", country)
        if warning:
            print(f"warning: {warning}", file=sys.stderr)
        p = a.place
        return {"id": rid, "query": query, "name": p.location if p else None, "country": p.country if p else None,
                "province": p.admin1 if p else None, "district": p.admin2 if p else None,
                "latitude": p.latitude if p else None, "longitude": p.longitude if p else None,
                "precision": p.geo_precision.value if p else None, "gazetteer_id": p.gazetteer_id if p else None,
                "score": p.match_score if p else None, "reason": a.reason}

    if args.query is not None:
        print(json.dumps(answer(None, args.query, args.country), ensure_ascii=False))
        return EXIT_OK
    for i, rec in _json_lines(sys.stdin):
        if isinstance(rec, ValueError):
            out = {"id": i, "name": None, "country": None, "province": None, "district": None, "latitude": None,
                   "longitude": None, "precision": None, "reason": str(rec)}
        else:
            out = answer(rec.get("id", i), str(rec.get("query") or ""), rec.get("country") or args.country)
        print(json.dumps(out, ensure_ascii=False))
    return EXIT_OK


def filters_from_args(args):
    from .query import Filters

    return Filters(date_from=args.date_from, date_to=args.date_to, countries=tuple(args.country),
                   provinces=tuple(args.province), districts=tuple(args.district), actors=tuple(args.actor),
                   actor_role=args.actor_role, event_types=tuple(args.event_type), precisions=tuple(args.precision),
                   min_killed=args.min_killed, text=args.text)


def cmd_export(args) -> int:
    from .export import DATA_FORMATS
    from .query import filter_frame, load_frame, search_text
    from .store import Store

    store = Store(args.db)
    f = filters_from_args(args)
    df = load_frame(store)
    ids = search_text(store, f.text) if f.text else None
    rows = filter_frame(df, f, ids)
    data = DATA_FORMATS[args.format][0](rows)
    if args.out == "-":
        sys.stdout.buffer.write(data)
    else:
        Path(args.out).write_bytes(data)
        print(f"wrote {len(rows)} incidents to {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_stats(args) -> int:
    from .query import by_province, headline, load_frame
    from .store import Store

    store = Store(args.db)
    c = store.counts()
    df = load_frame(store)
    h = headline(df[df["review_status"].astype(str) != "rejected"])
    print(f"database: {store.url}")
    print(f"articles: {c['articles']}  incidents: {c['incidents']}  killed: {h['killed']}  wounded: {h['wounded']}  "
          f"captured: {h['captured']}  provinces: {h['provinces']}")
    if len(df):
        print(by_province(df).head(10).to_string(index=False))
    return EXIT_OK


def cmd_import(args) -> int:
    from .imports import import_file
    from .store import Store

    store = Store(args.db)
    result = import_file(args.dataset, Path(args.file), store)
    print(result.summary())
    return EXIT_OK


def cmd_reextract(args) -> int:
    from .extract import extract
    from .geocode import Resolver
    from .models import Article
    from .store import Store

    store = Store(args.db)
    resolver = Resolver()
    total = 0
    ids = store.article_ids()
    for aid in ids:
        row = store.article(aid)
        art = Article(id=aid, text=row["text"], title=row["title"], url=row["url"], publisher=row["publisher"],
                      published=row["published"], source_name=row["source_name"])
        total += store.reextract(extract(art, row["published"], resolver))
    print(f"re-extracted {len(ids)} reports: {total} machine incidents written; reviewed incidents kept")
    return EXIT_OK


def cmd_settings(_args) -> int:
    for _name, s in settings.SETTINGS.items():
        print(f"{s.env} (default: {s.default})\n    {s.help}")
    return EXIT_OK


COMMANDS = {"ingest": cmd_ingest, "extract": cmd_extract, "geocode": cmd_geocode, "export": cmd_export,
            "stats": cmd_stats, "import": cmd_import, "reextract": cmd_reextract, "settings": cmd_settings}


if __name__ == "__main__":
    sys.exit(main())
