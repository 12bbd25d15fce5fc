"""Which language a report is in, enough to refuse what our English rules cannot read.

A script check and a count of common function words: no model, no download. Returns "en" or a plain
name of the language seen ("Arabic script (Arabic, Dari or Pashto)", "French", ...).
"""

from __future__ import annotations

import re

_FUNCTION_WORDS = {
    "en": {"the", "and", "of", "to", "in", "was", "were", "a", "on", "by", "with", "that", "for", "is", "said", "at"},
    "French": {"le", "la", "les", "des", "et", "du", "une", "est", "dans", "par", "pour", "qui", "sur", "au", "ont"},
    "Spanish": {"el", "la", "los", "las", "del", "y", "una", "por", "con", "que", "para", "fue", "en", "se"},
    "German": {"der", "die", "das", "und", "ist", "von", "mit", "den", "ein", "eine", "wurde", "im", "auf"},
    "Portuguese": {"o", "os", "as", "do", "da", "dos", "e", "um", "uma", "foi", "com", "por", "para", "em"},
    "Italian": {"il", "lo", "gli", "della", "e", "un", "una", "che", "di", "per", "con", "sono", "nel"},
    "Turkish": {"ve", "bir", "bu", "ile", "için", "olarak", "da", "de", "çok", "ama"},
}
_SCRIPTS = (
    (re.compile(r"[\u0600-\u06FF]"), "Arabic script (Arabic, Dari, Pashto or Urdu)"),
    (re.compile(r"[\u0400-\u04FF]"), "Cyrillic script (e.g. Russian or Ukrainian)"),
    (re.compile(r"[\u4E00-\u9FFF]"), "Chinese"),
    (re.compile(r"[\u0900-\u097F]"), "Devanagari script (e.g. Hindi)"),
)


def detect_language(text: str) -> str:
    sample = text[:20000]
    letters = re.findall(r"[^\W\d_]", sample)
    if not letters:
        return "en"  # nothing to judge; the rules will find nothing and say so
    for rx, name in _SCRIPTS:
        if len(rx.findall(sample)) > 0.3 * len(letters):
            return name
    words = re.findall(r"[a-zà-ÿçğış]+", sample.lower())
    if len(words) < 8:
        return "en"
    scores = {lang: sum(1 for w in words if w in fw) / len(words) for lang, fw in _FUNCTION_WORDS.items()}
    best = max(scores, key=scores.get)
    # English wins ties and near-ties: names and numbers in English reports look like any language.
    if best == "en" or scores["en"] >= 0.6 * scores[best]:
        return "en"
    return best
