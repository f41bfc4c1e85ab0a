"""Score the parser on the project's own corpus: every document against its answer key.

    python tests/corpus/scoring.py            # a table per document and the totals
    python tests/corpus/scoring.py --json     # the same as JSON (what test_corpus.py checks)

Each document is read exactly as an import reads it (`read_candidate`: format detection,
decoding, the front end's grids, the parser).  Keys are described in README.md here.  A
value placed in the wrong column, or placed where the key says its column is unknown,
is WRONG; a value not read is only missing.  Text is compared after NFKC and with all
whitespace removed.
"""
from __future__ import annotations

import json
import re
import sys
import time
import unicodedata
from dataclasses import asdict, dataclass, fields
from pathlib import Path

CORPUS = Path(__file__).resolve().parent
ROOT = CORPUS.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def norm(text) -> str:
    if text is None:
        return ""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", str(text)))


@dataclass
class Score:
    doc: str = ""
    seconds: float = 0.0
    tables: int = 0
    tables_found: int = 0
    rows: int = 0
    rows_found: int = 0
    rows_extra: int = 0
    row_fields: int = 0
    row_fields_right: int = 0
    cells: int = 0
    cells_right: int = 0
    cells_wrong: int = 0
    unplaced: int = 0
    unplaced_kept: int = 0
    unreadable: int = 0
    unreadable_reported: int = 0
    parts: int = 0
    parts_found: int = 0
    chapters: int = 0
    chapters_found: int = 0
    sections: int = 0
    sections_found: int = 0
    boxes: int = 0
    boxes_found: int = 0
    items: int = 0
    items_found: int = 0
    bodies: int = 0
    bodies_found: int = 0
    roles: int = 0
    roles_right: int = 0
    meta: int = 0
    meta_right: int = 0
    texts: int = 0
    texts_right: int = 0

    def add(self, other: Score) -> None:
        for f in fields(self):
            if f.name != "doc":
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


# -- tables --------------------------------------------------------------------------------
def _match_table(key_table: dict, boxes: list, used: set[int]):
    candidates = [b for b in boxes if b.kind == "indicators" and id(b) not in used]
    if key_table.get("box_no") is not None:
        same = [b for b in candidates if b.no == key_table["box_no"]]
        if same:
            return same[0]
    names = {norm(r["name"]) for r in key_table["rows"]}
    scored = [(len(names & {norm(r.name) for r in b.rows}), b) for b in candidates]
    best = max(scored, key=lambda s: s[0], default=(0, None))
    return best[1] if best[0] else None


def _score_table(key_table: dict, box, score: Score) -> None:
    score.tables += 1
    key_rows = key_table["rows"]
    score.rows += len(key_rows)
    for key_row in key_rows:
        score.cells += len(key_row["cells"])
        score.unplaced += len(key_row.get("unplaced", []))
        score.row_fields += 4
    if box is None:
        return
    score.tables_found += 1
    parsed = list(box.rows)
    matched: set[int] = set()
    start = 0
    for key_row in key_rows:
        k = _find_row(parsed, key_row, matched, start)
        if k is None:
            continue
        matched.add(k)
        start = k + 1
        score.rows_found += 1
        _score_row(key_row, parsed[k], score)
    score.rows_extra += len(parsed) - len(matched)


def _find_row(parsed: list, key_row: dict, matched: set[int], start: int) -> int | None:
    name = norm(key_row["name"])
    order = list(range(start, len(parsed))) + list(range(0, start))
    return next((k for k in order if k not in matched and norm(parsed[k].name) == name), None)


def _score_row(key_row: dict, row, score: Score) -> None:
    for field, got in (("seq", row.seq), ("unit", row.unit), ("category", row.category),
                       ("attribute", row.attribute)):
        score.row_fields_right += norm(key_row.get(field)) == norm(got)
    key_cells = {norm(c["column"]): norm(c["raw"]) for c in key_row["cells"]}
    got_cells = [(norm(c.column), norm(c.raw)) for c in row.cells]
    for column, raw in got_cells:
        if key_cells.get(column) == raw:
            score.cells_right += 1
        else:
            score.cells_wrong += 1  # a value in a column the key does not give it
    got_unplaced = [norm(v) for v in row.unplaced]
    for value in (norm(v) for v in key_row.get("unplaced", [])):
        if value in got_unplaced:
            score.unplaced_kept += 1
            got_unplaced.remove(value)


# -- structure -----------------------------------------------------------------------------
def _score_structure(key: dict, plan, score: Score) -> None:
    parts = getattr(plan, "parts", [])
    score.parts += len(key.get("parts", []))
    score.parts_found += sum(1 for p in key.get("parts", [])
                             if any(q.no == p["no"] and norm(q.title) == norm(p["title"]) for q in parts))
    for chapter in key.get("chapters", []):
        score.chapters += 1
        score.sections += len(chapter.get("sections", []))
        got = next((c for c in plan.chapters if c.no == chapter["no"]), None)
        if got is None:
            continue
        score.chapters_found += norm(got.title) == norm(chapter["title"])
        for section in chapter.get("sections", []):
            score.sections_found += any(s.no == section["no"] and norm(s.title) == norm(section["title"])
                                        for s in got.sections)
    used: set[int] = set()
    for box in key.get("boxes", []):
        _score_box(box, plan.boxes, used, score)


def _score_box(key_box: dict, boxes: list, used: set[int], score: Score) -> None:
    score.boxes += 1
    key_items = key_box.get("items", [])
    score.items += len(key_items)
    for item in key_items:
        score.bodies += len(item.get("bodies", []))
        score.roles += sum(1 for b in item.get("bodies", []) if b.get("role"))
    got = next((b for b in boxes if id(b) not in used and b.no == key_box["no"]
                and norm(b.title) == norm(key_box["title"])), None)
    if got is None:
        return
    used.add(id(got))
    score.boxes_found += got.kind == key_box["kind"]
    def _same_item(g, item) -> bool:  # by name; an item without one by its number
        if norm(g.name) != norm(item.get("name")):
            return False
        return item.get("name") is not None or norm(g.seq).lstrip("0") == norm(item.get("seq")).lstrip("0")

    remaining = list(got.items)
    for item in key_items:
        found = next((g for g in remaining if _same_item(g, item)), None)
        if found is None:
            continue
        remaining.remove(found)
        score.items_found += 1
        roles = dict(zip((norm(a) for a in found.agencies), getattr(found, "roles", None) or [None] * 99))
        for body in item.get("bodies", []):
            if norm(body["name"]) in roles:
                score.bodies_found += 1
                score.roles_right += bool(body.get("role")) and roles[norm(body["name"])] == body["role"]


def _score_meta(key: dict, plan, score: Score) -> None:
    meta = key.get("meta", {})
    got = plan.meta
    for field in ("province", "city", "period", "title", "signed_date", "published_date"):
        if field not in meta:
            continue
        score.meta += 1
        score.meta_right += norm(meta[field]) == norm(getattr(got, field, None))


def _text_units(plan) -> list[str]:
    units = [p.text for p in plan.preamble]
    for chapter in plan.chapters:
        units += [p.text for p in chapter.paragraphs]
        for section in chapter.sections:
            units += [p.text for p in section.paragraphs]
            units += [p.text for sub in section.subsections for p in sub.paragraphs]
    for box in plan.boxes:
        units += [(i.name or "") + "。" + (i.text or "") for i in box.items] + [n.text for n in box.notes]
    return [norm(u) for u in units]


def _score_texts(key: dict, plan, score: Score) -> None:
    checks = key.get("text_checks", {})
    units = _text_units(plan)
    for sentence in checks.get("contains", []):
        score.texts += 1
        score.texts_right += any(norm(sentence) in u for u in units)
    for furniture in checks.get("absent", []):
        score.texts += 1
        score.texts_right += not any(norm(furniture) in u for u in units)


# -- a document ----------------------------------------------------------------------------
def score_document(key_path: Path) -> Score:
    from app.db.imports import read_candidate
    key = json.loads(key_path.read_text(encoding="utf-8"))
    started = time.perf_counter()
    plan = read_candidate(CORPUS / key["file"]).parsed
    score = Score(doc=key["file"], seconds=time.perf_counter() - started)
    used: set[int] = set()
    for key_table in key.get("tables", []):
        box = _match_table(key_table, plan.boxes, used)
        if box is not None:
            used.add(id(box))
        _score_table(key_table, box, score)
    score.unreadable = len(key.get("unreadable_tables", []))
    score.unreadable_reported = min(score.unreadable, sum(1 for i in plan.issues if i.kind == "unread_table"))
    _score_structure(key, plan, score)
    _score_meta(key, plan, score)
    _score_texts(key, plan, score)
    return score


def score_corpus() -> tuple[list[Score], Score]:
    scores = [score_document(path) for path in sorted(CORPUS.glob("*.key.json"))]
    total = Score(doc="TOTAL")
    for score in scores:
        total.add(score)
    return scores, total


_COLUMNS = [("doc", "document"), ("rows_found", "rows"), ("cells_right", "cells"), ("cells_wrong", "WRONG"),
            ("unplaced_kept", "unplaced"), ("chapters_found", "chap"), ("sections_found", "sect"),
            ("boxes_found", "boxes"), ("items_found", "items"), ("bodies_found", "bodies"),
            ("meta_right", "meta"), ("texts_right", "text"), ("seconds", "s")]
_OF = {"rows_found": "rows", "cells_right": "cells", "unplaced_kept": "unplaced", "chapters_found": "chapters",
       "sections_found": "sections", "boxes_found": "boxes", "items_found": "items", "bodies_found": "bodies",
       "meta_right": "meta", "texts_right": "texts"}


def _cell(score: Score, name: str) -> str:
    value = getattr(score, name)
    if name == "seconds":
        return f"{value:.2f}"
    if name in _OF:
        return f"{value}/{getattr(score, _OF[name])}"
    return str(value)


def main(argv: list[str]) -> int:
    scores, total = score_corpus()
    if "--json" in argv:
        print(json.dumps([asdict(s) for s in scores + [total]], ensure_ascii=False, indent=1))
        return 0
    table = [[title for _, title in _COLUMNS]] + [[_cell(s, name) for name, _ in _COLUMNS] for s in scores + [total]]
    widths = [max(len(row[k]) for row in table) for k in range(len(_COLUMNS))]
    for row in table:
        print("  ".join(text.ljust(width) for text, width in zip(row, widths)))
    print(f"\nunreadable tables reported: {total.unreadable_reported}/{total.unreadable}; "
          f"extra rows: {total.rows_extra}; row fields (seq, unit, category, attribute) right: "
          f"{total.row_fields_right}/{total.row_fields}; parts: {total.parts_found}/{total.parts}; "
          f"roles: {total.roles_right}/{total.roles}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
