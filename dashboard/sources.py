"""Files, folders, archives, pasted text and (opt-in) URLs and feeds -> Article records.

Every input yields either an Article or a SourceFailure with a one-line reason, so a batch goes on
past a bad file. Nothing here touches the network unless online access is enabled.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path, PurePosixPath

from . import settings
from .errors import OfflineError, SourceError
from .models import Article, article_id

TEXT_SUFFIXES = {".txt", ".md", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
RECORD_SUFFIXES = {".json", ".jsonl", ".ndjson"}
ARCHIVE_SUFFIXES = {".zip"}
SUPPORTED = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES | ARCHIVE_SUFFIXES
MAX_ARCHIVE_ENTRIES = 10_000  # a zip bomb of many tiny files is refused past this


@dataclass(frozen=True, slots=True)
class SourceFailure:
    name: str
    reason: str


@dataclass(frozen=True, slots=True)
class SourceWarning:
    """An article that was read, with something the user should know (e.g. bytes replaced)."""

    article: Article
    warning: str


SourceItem = Article | SourceFailure | SourceWarning


def parse_date(value: object) -> dt.date | None:
    """A publication date from an ISO string; None for empty. Raises SourceError when malformed."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise SourceError(f"the date {value!r} is not YYYY-MM-DD") from None


def make_article(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    publisher: str | None = None,
    published: dt.date | None = None,
    source_name: str | None = None,
) -> Article:
    if not text or not text.strip():
        raise SourceError("the text is empty")
    if looks_like_html(text):
        # a page's source pasted or saved as text: its main text, never its scripts and menus
        text, page_title = html_to_text(text)
        title = title or page_title
    return Article(
        id=article_id(text),
        text=text,
        title=title or _first_line(text),
        url=url,
        publisher=publisher,
        published=published,
        source_name=source_name,
    )


_HTML_START = re.compile(r"^\s*(?:<!doctype\s+html|<html\b|<head\b|<body\b)", re.I)
_HTML_BLOCK = re.compile(r"<(?:p|div|article|section|h[1-6]|br|li|span|a)\b[^>]{0,300}>", re.I)


def looks_like_html(text: str) -> bool:
    """An HTML document, or text that is mostly markup: a few tags in a plain report do not count."""
    head = text[:5000]
    return bool(_HTML_START.match(head)) or len(_HTML_BLOCK.findall(head)) >= 3


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip()[:200]
    return ""


def decode_bytes(data: bytes, name: str) -> tuple[str, str | None]:
    """Decode text; refuse binary. Returns the text and a warning when it was not valid UTF-8."""
    if not data.strip():
        raise SourceError("the file is empty")
    sample = data[:8192]
    if b"\x00" in sample and not (sample.startswith((b"\xff\xfe", b"\xfe\xff"))):
        raise SourceError("the file is binary, not text")
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            return data.decode(enc), None
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        bad_at = exc.start
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    if controls > len(sample) * 0.05:
        raise SourceError("the file is binary, not text")
    # Windows-1252 is what most non-UTF-8 news text turns out to be; it decodes every byte but five.
    text = data.decode("cp1252", errors="replace")
    return text, f"not valid UTF-8 (first bad byte at {bad_at}); read as Windows-1252"


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text and title of an HTML page through trafilatura (no scripts, styles or menus)."""
    import trafilatura

    text = trafilatura.extract(html, include_comments=False, include_tables=False, favor_precision=True)
    meta = trafilatura.extract_metadata(html)
    title = meta.title if meta is not None else None
    if not text or not text.strip():
        raise SourceError("the HTML page has no readable main text")
    return text, title


def _record_to_article(rec: object, name: str) -> Article:
    if not isinstance(rec, dict):
        raise SourceError("a record is not a JSON object")
    text = rec.get("text")
    if not isinstance(text, str) or not text.strip():
        raise SourceError("a record has no 'text'")
    return make_article(
        text,
        title=rec.get("title"),
        url=rec.get("url"),
        publisher=rec.get("publisher"),
        published=parse_date(rec.get("published")),
        source_name=name,
    )


def read_records(data: str, name: str) -> Iterator[SourceItem]:
    """JSON (one object or a list) or JSON lines; a malformed line fails alone."""
    stripped = data.lstrip()
    if stripped.startswith("["):
        try:
            records = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield SourceFailure(name, f"malformed JSON: {exc.msg} at line {exc.lineno}")
            return
        for i, rec in enumerate(records, 1):
            yield from _safe_record(rec, f"{name}[{i}]")
        return
    lines = data.splitlines()
    if len(lines) > 1 or not stripped.startswith("{") or _is_jsonl(lines):
        for i, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield SourceFailure(f"{name}:{i}", f"malformed JSON line: {exc.msg}")
                continue
            yield from _safe_record(rec, f"{name}:{i}")
        return
    try:
        rec = json.loads(stripped)
    except json.JSONDecodeError as exc:
        yield SourceFailure(name, f"malformed JSON: {exc.msg}")
        return
    yield from _safe_record(rec, name)


def _is_jsonl(lines: list[str]) -> bool:
    return all(line.strip().startswith("{") for line in lines if line.strip())


def _safe_record(rec: object, name: str) -> Iterator[SourceItem]:
    try:
        yield _record_to_article(rec, name)
    except SourceError as exc:
        yield SourceFailure(name, str(exc))


def read_bytes(
    data: bytes, name: str, published: dt.date | None = None, depth: int = 0
) -> Iterator[SourceItem]:
    """Read one file's bytes by its suffix; archives recurse once into their entries."""
    suffix = PurePosixPath(name).suffix.lower()
    limit = settings.max_file_bytes()
    if len(data) > limit:
        yield SourceFailure(name, f"the file is {len(data) / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit")
        return
    if suffix in ARCHIVE_SUFFIXES:
        if depth > 0:
            yield SourceFailure(name, "archives inside archives are not read")
            return
        yield from read_zip(data, name, published)
        return
    if suffix not in SUPPORTED:
        yield SourceFailure(name, f"unsupported file type '{suffix or 'none'}' (use {', '.join(sorted(SUPPORTED))})")
        return
    try:
        text, warning = decode_bytes(data, name)
        if suffix in RECORD_SUFFIXES:
            for item in read_records(text, name):
                if isinstance(item, Article) and published and item.published is None:
                    item = _with_published(item, published)
                yield item
            return
        title = None
        if suffix in HTML_SUFFIXES:
            text, title = html_to_text(text)
        article = make_article(text, title=title, published=published, source_name=name)
    except SourceError as exc:
        yield SourceFailure(name, str(exc))
        return
    yield SourceWarning(article, warning) if warning else article


def _with_published(article: Article, published: dt.date) -> Article:
    from dataclasses import replace

    return replace(article, published=published)


def read_zip(data: bytes, name: str, published: dt.date | None) -> Iterator[SourceItem]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        yield SourceFailure(name, "not a readable zip archive")
        return
    entries = [e for e in archive.infolist() if not e.is_dir()]
    if len(entries) > MAX_ARCHIVE_ENTRIES:
        yield SourceFailure(name, f"the archive has {len(entries)} files, over the limit of {MAX_ARCHIVE_ENTRIES}")
        return
    limit = settings.max_file_bytes()
    for entry in entries:
        entry_name = f"{name}!{entry.filename}"
        path = PurePosixPath(entry.filename)
        if path.is_absolute() or ".." in path.parts or "\\" in entry.filename or ":" in path.parts[0]:
            yield SourceFailure(entry_name, "the entry's path leaves the archive's folder; skipped")
            continue
        if entry.file_size > limit:
            yield SourceFailure(entry_name, f"the entry is {entry.file_size / 1e6:.1f} MB, over the limit")
            continue
        if path.suffix.lower() not in SUPPORTED - ARCHIVE_SUFFIXES:
            yield SourceFailure(entry_name, f"unsupported file type '{path.suffix or 'none'}'")
            continue
        with archive.open(entry) as fh:
            payload = fh.read(limit + 1)  # never trust the declared size
        yield from read_bytes(payload, entry_name, published, depth=1)


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Path | SourceFailure]:
    """Expand folders (recursively, sorted) into files; name paths that do not exist."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if child.suffix.lower() in SUPPORTED and not child.name.startswith(".") and child.name != METADATA_FILE:
                    yield child
        elif path.is_file():
            yield path
        else:
            yield SourceFailure(str(raw), "no such file or folder")


METADATA_FILE = "metadata.yaml"  # per folder: file name -> title, url, publisher, published


def folder_metadata(folder: Path) -> dict[str, dict]:
    """What a folder's metadata.yaml says of its files (publication dates, sources); {} when none."""
    path = folder / METADATA_FILE
    if not path.is_file():
        return {}
    return _read_metadata(path, path.stat().st_mtime_ns)


@lru_cache(maxsize=32)
def _read_metadata(path: Path, _mtime: int) -> dict[str, dict]:
    """Read once per file version, not once per report in the folder."""
    import yaml

    try:
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (yaml.YAMLError, OSError):
        return {}
    return {str(k): v for k, v in doc.items() if isinstance(v, dict)} if isinstance(doc, dict) else {}


def _apply_metadata(item: SourceItem, meta: dict) -> SourceItem:
    from dataclasses import replace

    if not meta or isinstance(item, SourceFailure):
        return item
    art = item.article if isinstance(item, SourceWarning) else item
    try:
        published = parse_date(meta.get("published")) if meta.get("published") else art.published
    except SourceError:
        published = art.published
    art = replace(art, title=meta.get("title") or art.title, url=meta.get("url") or art.url,
                  publisher=meta.get("publisher") or art.publisher, published=art.published or published)
    return SourceWarning(art, item.warning) if isinstance(item, SourceWarning) else art


def read_path(path: Path, published: dt.date | None = None) -> Iterator[SourceItem]:
    meta = folder_metadata(path.parent).get(path.name, {})
    for item in _read_path(path, published):
        yield _apply_metadata(item, meta)


def _read_path(path: Path, published: dt.date | None = None) -> Iterator[SourceItem]:
    limit = settings.max_file_bytes()
    try:
        size = path.stat().st_size
        if size > limit:
            yield SourceFailure(str(path), f"the file is {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield SourceFailure(str(path), f"cannot read the file: {exc.strerror or exc}")
        return
    yield from read_bytes(data, str(path), published)


def read_paths(paths: Iterable[str | Path], published: dt.date | None = None) -> Iterator[SourceItem]:
    for item in iter_paths(paths):
        if isinstance(item, SourceFailure):
            yield item
        else:
            yield from read_path(item, published)


def fetch_url(url: str, timeout: float = 10.0) -> Article:
    """Fetch one web page (opt-in). Raises OfflineError with a plain reason when it cannot."""
    if not settings.online_enabled():
        raise OfflineError("online access is off: set DASHBOARD_ONLINE=1 (or tick 'Allow online access') to fetch URLs")
    if not url.lower().startswith(("http://", "https://")):
        raise SourceError("only http:// and https:// addresses can be fetched")
    import urllib.error
    import urllib.request

    request = urllib.request.Request(url, headers={"User-Agent": settings.get("user_agent")})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - scheme checked above
            data = resp.read(settings.max_file_bytes() + 1)
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        raise OfflineError(f"could not fetch {url}: {getattr(exc, 'reason', exc)} (are you offline?)") from None
    if len(data) > settings.max_file_bytes():
        raise SourceError("the page is over the size limit")
    text, _ = decode_bytes(data, url)
    body, title = html_to_text(text)
    return make_article(body, title=title, url=url, source_name=url)
