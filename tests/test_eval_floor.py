"""The quality gate: extraction and geocoding may not get worse than these pinned floors.

Floors sit a little under the figures `make eval` printed when they were set; lowering one needs a
reason in the commit message (as trafilatura's evaluation gate does).
"""

import json

from dashboard.evaluate import review_queue_first_fifth, rewrite_losses, score_districts, score_releases

from .conftest import FIXTURES

# set 2026-11-26 (sixth session) from make eval: killed .986 captured .958 province .993 group .976 date .913
ISAF_FLOORS = {"killed": 0.976, "captured": 0.948, "province": 0.983, "group": 0.966, "date": 0.90}
# label-keeping rewrites of the 289 dev releases (72 rewrites, about 12,300 changed releases): none lost
REWRITE_LOSS_CEILING = 5
DISTRICT_FLOOR = 0.745  # measured .755; a quarter of Afghan districts have no point in GeoNames
# the review queue's first fifth (lowest confidence) held 28 of the 49 dev releases with a wrong field (57%)
REVIEW_QUEUE_FLOOR = 0.50


def rates(result):
    return {k: h / n for k, (h, n) in result.items() if n}


def test_project_fixtures_all_right():
    rows = [json.loads(x) for x in (FIXTURES / "labelled.jsonl").read_text(encoding="utf-8").split("\n") if x.strip()]
    misses: list[str] = []
    got = rates(score_releases(rows, misses, "fixtures"))
    assert all(v == 1.0 for v in got.values()), misses


def test_isaf_dev_floors(shared_eval):
    rows = [json.loads(x) for x in (shared_eval / "isaf_dev.jsonl").read_text(encoding="utf-8").split("\n") if x.strip()]
    doubt: list[tuple[float, bool]] = []
    got = rates(score_releases(rows, [], "isaf_dev", doubt=doubt))
    low = {k: (round(got[k], 3), floor) for k, floor in ISAF_FLOORS.items() if got[k] < floor}
    assert not low, f"extraction got worse: {low}"
    held, wrong = review_queue_first_fifth(doubt)
    share = held / wrong
    assert share >= REVIEW_QUEUE_FLOOR, f"the review queue shows fewer wrong releases first: {share:.2f}"


def test_district_geocoding_floor(shared_eval):
    ok, n = score_districts(shared_eval / "afg_districts_dev.csv", [])
    assert ok / n >= DISTRICT_FLOOR, f"geocoding got worse: {ok / n:.3f} < {DISTRICT_FLOOR}"



def test_rewrites_keep_every_field_of_the_fixtures():
    """Other wording for the project's own labelled releases (digits, synonyms, datelines, added background):
    every field right on the original stays right. Runs without ../shared."""
    rows = [json.loads(x) for x in (FIXTURES / "labelled.jsonl").read_text(encoding="utf-8").split("\n") if x.strip()]
    misses: list[str] = []
    losses = rewrite_losses(rows, misses)
    assert not any(f for _, f in losses.values()), misses


def test_rewrites_of_the_dev_releases_lose_few_fields(shared_eval):
    rows = [json.loads(x) for x in (shared_eval / "isaf_dev.jsonl").read_text(encoding="utf-8").split("\n") if x.strip()]
    misses: list[str] = []
    losses = rewrite_losses(rows, misses)
    lost = sum(sum(f.values()) for _, f in losses.values())
    assert lost <= REWRITE_LOSS_CEILING, "".join(misses)
