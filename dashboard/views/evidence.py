"""The source report with its evidence sentences highlighted, as Markdown (never HTML).

Report text is escaped for Markdown first, so nothing in a report can become a link, an image or
markup; Streamlit escapes HTML itself (we never pass unsafe_allow_html).
"""

from __future__ import annotations

import re

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~:$])")


def escape_md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def highlight(text: str, evidence: list[dict]) -> str:
    """Markdown of `text` with each evidence span on an orange background and its fields named."""
    spans: dict[tuple[int, int], list[str]] = {}
    for e in evidence:
        s, t = int(e.get("start", 0)), int(e.get("end", 0))
        if 0 <= s < t <= len(text):
            spans.setdefault((s, t), []).append(str(e.get("field", "")))
    out, pos = [], 0
    for (s, t), fields in sorted(spans.items()):
        if s < pos:
            continue  # overlapping spans: the first wins
        out.append(escape_md(text[pos:s]))
        label = ", ".join(sorted(set(fields)))
        inner = escape_md(text[s:t]).replace("\n", " ")
        out.append(f":orange-background[{inner}] :gray[({escape_md(label)})]")
        pos = t
    out.append(escape_md(text[pos:]))
    return "".join(out).replace("\n", "  \n")


def figures_text(figures: dict) -> str:
    """'killed 7 (low 5, high 9), captured several (3)' from one source's own counts."""
    parts = []
    for key in ("killed", "wounded", "captured"):
        c = figures.get(key)
        if not c or c.get("best") is None:
            continue
        text = f"{key} {c.get('qualifier') + ' ' if c.get('qualifier') else ''}{c['best']}"
        if c.get("low") not in (None, c["best"]) or c.get("high") not in (None, c["best"]):
            text += f" ({c.get('low')}-{c.get('high') if c.get('high') is not None else '?'})"
        parts.append(text)
    return escape_md(", ".join(parts) or "no figures")
