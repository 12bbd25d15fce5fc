"""Project-wide promises: settings documented, no HTML from data, chart images where Chromium exists."""

import re
from pathlib import Path

import pytest

from dashboard import settings

from .conftest import ROOT


def test_every_setting_is_documented_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    missing = [s.env for s in settings.SETTINGS.values() if s.env not in readme]
    assert not missing, f"settings missing from the README: {missing}"
    assert all(s.help for s in settings.SETTINGS.values())


def test_no_page_renders_html():
    offenders = []
    for path in [*ROOT.glob("app_pages/*.py"), ROOT / "streamlit_app.py", *ROOT.glob("dashboard/views/*.py")]:
        if re.search(r"unsafe_allow_html\s*=\s*True|st\.html\(|components\.html\(", path.read_text(encoding="utf-8")):
            offenders.append(path.name)
    assert not offenders


def test_server_config_is_safe_by_default():
    cfg = (ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8")
    assert 'address = "127.0.0.1"' in cfg and "gatherUsageStats = false" in cfg and "maxUploadSize = 20" in cfg


def test_report_text_cannot_inject_markdown_or_html():
    from dashboard.views.evidence import highlight

    text = "Killed [click](http://evil.example) <script>alert(1)</script> ![x](y) **bold**"
    md = highlight(text, [{"field": "killed", "start": 0, "end": 6}])
    assert "](http" not in md and "<script>" not in md and "**bold**" not in md
    assert md.startswith(":orange-background[Killed]")


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="static chart images need Debian's chromium")
def test_charts_export_as_png_and_svg():
    import pandas as pd

    from dashboard.export import figure_image
    from dashboard.views.charts import timeline_figure

    fig = timeline_figure(pd.DataFrame({"period": pd.to_datetime(["2019-01-01", "2019-02-01"]), "incidents": [1, 3],
                                        "killed": [2, 5], "captured": [0, 1]}))
    assert figure_image(fig, "png").startswith(b"\x89PNG")
    assert figure_image(fig, "svg").lstrip().startswith(b"<svg")
