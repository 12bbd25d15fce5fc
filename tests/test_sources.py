"""Bad input gets a one-line reason and the rest of the batch goes on."""

import io
import json
import zipfile

from dashboard.models import Article
from dashboard.sources import SourceFailure, SourceWarning, read_bytes, read_paths

REPORT = "KABUL (Jan. 3, 2020) - Two insurgents were killed in Nad Ali district, Helmand province, yesterday."


def items(data: bytes, name: str):
    return list(read_bytes(data, name))


def test_text_file_becomes_an_article():
    (a,) = items(REPORT.encode(), "report.txt")
    assert isinstance(a, Article) and a.text == REPORT and a.source_name == "report.txt"


def test_empty_file_fails_with_reason():
    (f,) = items(b"  \n", "empty.txt")
    assert isinstance(f, SourceFailure) and "empty" in f.reason


def test_binary_file_fails_with_reason():
    (f,) = items(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "picture.txt")
    assert isinstance(f, SourceFailure) and "binary" in f.reason


def test_file_over_the_size_limit_is_refused(monkeypatch):
    monkeypatch.setenv("DASHBOARD_MAX_FILE_MB", "0.001")
    (f,) = items(b"x" * 5000, "big.txt")
    assert isinstance(f, SourceFailure) and "limit" in f.reason


def test_non_utf8_text_is_decoded_and_the_user_told():
    (w,) = items("Kabul – two killed in Kandahar’s Zhari district".encode("cp1252"), "latin.txt")
    assert isinstance(w, SourceWarning)
    assert "Zhari" in w.article.text and "not valid UTF-8" in w.warning


def test_malformed_json_lines_fail_alone():
    lines = [json.dumps({"id": 1, "text": REPORT}), "{not json", json.dumps({"id": 3, "text": "Another report of a clash."})]
    out = items("\n".join(lines).encode(), "batch.jsonl")
    assert [type(x).__name__ for x in out] == ["Article", "SourceFailure", "Article"]
    assert "malformed JSON line" in out[1].reason


def test_zip_entry_leaving_the_folder_is_skipped_and_others_read():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("../../etc/evil.txt", REPORT)
        z.writestr("ok/report.txt", REPORT + " More.")
        z.writestr("/abs.txt", REPORT)
    out = items(buf.getvalue(), "batch.zip")
    fails = [x for x in out if isinstance(x, SourceFailure)]
    arts = [x for x in out if isinstance(x, Article)]
    assert len(arts) == 1 and arts[0].source_name == "batch.zip!ok/report.txt"
    assert len(fails) == 2 and all("leaves the archive" in f.reason for f in fails)


def test_html_main_text_without_scripts():
    html = ("<html><head><title>Clash in Kunduz</title><script>alert('x')</script><style>p{}</style></head>"
            "<body><nav>Home | World</nav><article><h1>Clash in Kunduz</h1><p>" + REPORT + " " * 3 +
            "Officials said the fighting lasted for hours and that the road was closed.</p></article></body></html>")
    (a,) = items(html.encode(), "page.html")
    assert isinstance(a, Article)
    assert "insurgents were killed" in a.text and "alert" not in a.text


def test_folder_and_missing_path(tmp_path):
    (tmp_path / "a.txt").write_text(REPORT)
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    out = list(read_paths([tmp_path, tmp_path / "nope.txt"]))
    assert sum(isinstance(x, Article) for x in out) == 1
    assert any(isinstance(x, SourceFailure) and "no such file" in x.reason for x in out)


def test_unsupported_type_is_named():
    (f,) = items(b"%PDF-1.4", "report.pdf")
    assert isinstance(f, SourceFailure) and ".pdf" in f.reason


def test_folder_metadata_gives_the_publication_date(tmp_path):
    (tmp_path / "r.txt").write_text(REPORT)
    (tmp_path / "metadata.yaml").write_text("r.txt: {published: 2020-01-04, url: 'https://example.org/r'}\n")
    (a,) = list(read_paths([tmp_path]))
    assert str(a.published) == "2020-01-04" and a.url == "https://example.org/r"
