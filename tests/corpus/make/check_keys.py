"""Check the corpus answer keys written by hand (t*.key.json by default, or the keys named).

For each key: the JSON has the fields README.md defines, with the right types; and every
string the key says is printed (titles, names, bodies, units, cell raws, unplaced values,
column headings, text_checks) occurs in the document's own text, read without the project's
parser: .txt decoded with the key's encoding, .docx through python-docx (body, tables,
headers/footers), .html through BeautifulSoup's get_text (charset from the page, gb2312 read
as GBK the way browsers do), .pdf through `pdftotext -layout`.

Comparison is after NFKC and removing all whitespace, as the scorer does.  A string printed
over several lines of a layout (a wrapped name or cell) is not contiguous in the text; those
are accepted when their characters occur in order within a short window, and are listed as
"wrapped" so the author can look at them.

Run: /work/main/.venv/bin/python tests/corpus/make/check_keys.py [key.json ...]
"""
import glob
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.dirname(HERE)
ENCODINGS = {"utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"}
ROLES = {"lead", "cooperating", None}
NOT_VALUE_COLUMNS = {"序号", "类别", "领域", "指标", "指标名称", "单位", "属性"}


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def read_text(path, encoding):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "txt":
        with open(path, "rb") as f:
            return f.read().decode(encoding)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        parts = [p.text for p in d.paragraphs]

        def walk(tables):
            for t in tables:
                for row in t.rows:
                    for cell in row.cells:
                        parts.extend(p.text for p in cell.paragraphs)
                        walk(cell.tables)
        walk(d.tables)
        for s in d.sections:
            parts.extend(p.text for p in s.header.paragraphs)
            parts.extend(p.text for p in s.footer.paragraphs)
        return "\n".join(parts)
    if ext in ("html", "htm"):
        from bs4 import BeautifulSoup
        raw = open(path, "rb").read()
        m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', raw[:2048])
        cs = (m.group(1).decode().lower() if m else "utf-8")
        if cs in ("gb2312", "gbk", "x-gbk", "gb_2312-80"):
            cs = "gbk"  # WHATWG: the gb2312 label means the GBK decoder
        return BeautifulSoup(raw.decode(cs), "html.parser").get_text("\n")
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    raise ValueError("unknown extension " + ext)


def in_order(needle, hay, window):
    """needle's characters in order in hay, starting anywhere, spanning at most `window` chars."""
    first = needle[0]
    start = hay.find(first)
    while start != -1:
        pos, ok = start, True
        for ch in needle[1:]:
            pos = hay.find(ch, pos + 1)
            if pos == -1 or pos - start > window:
                ok = False
                break
        if ok:
            return True
        start = hay.find(first, start + 1)
    return False


class Checker:
    def __init__(self, keypath):
        self.keypath = keypath
        self.errors, self.wrapped = [], []

    def err(self, msg):
        self.errors.append(msg)

    def printed(self, what, s, window=300):
        if s is None:
            return
        n = norm(s)
        if not n:
            self.err(f"{what}: empty string")
            return
        if n in self.text:
            return
        if n in self.text_clean:
            self.wrapped.append(f"{what}: {s!r} (cut by page furniture)")
            return
        if in_order(n, self.text, window):
            self.wrapped.append(f"{what}: {s!r}")
            return
        self.err(f"{what}: {s!r} not found in the document")

    def run(self):
        with open(self.keypath, encoding="utf-8") as f:
            key = json.load(f)
        for field in ("file", "encoding", "covers", "meta", "parts", "chapters", "boxes", "tables", "unreadable_tables", "text_checks"):
            if field not in key:
                self.err(f"missing field {field}")
        if self.errors:
            return key
        path = os.path.join(CORPUS, key["file"])
        if not os.path.exists(path):
            self.err(f"document {key['file']} missing")
            return key
        ext = key["file"].rsplit(".", 1)[-1]
        if ext == "txt" and key["encoding"] not in ENCODINGS:
            self.err(f"encoding {key['encoding']!r} not one of {sorted(ENCODINGS)}")
        if ext != "txt" and key["encoding"] is not None:
            self.err("encoding must be null for non-.txt documents")
        if os.path.getsize(path) > 200_000:
            self.err(f"document is {os.path.getsize(path)} bytes (> 200 KB)")
        self.text = norm(read_text(path, key["encoding"]))
        clean = self.text
        for a in key["text_checks"].get("absent", []):
            clean = clean.replace(norm(a), "")
        self.text_clean = clean

        meta = key["meta"]
        for field in ("province", "city", "period", "title", "signed_date", "signed_date_damaged", "published_date"):
            if field not in meta:
                self.err(f"meta.{field} missing")
        for field in ("signed_date", "published_date"):
            v = meta.get(field)
            if v is not None and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                self.err(f"meta.{field} {v!r} is not YYYY-MM-DD")
        if not isinstance(meta.get("signed_date_damaged"), bool):
            self.err("meta.signed_date_damaged must be true/false")
        self.printed("meta.province", meta.get("province"))
        if meta.get("city"):
            self.printed("meta.city", meta["city"])
        self.printed("meta.title", meta.get("title"))

        for p in key["parts"]:
            if set(p) != {"no", "title"} or not isinstance(p["no"], int):
                self.err(f"part {p} malformed")
            self.printed(f"part {p.get('no')}", p.get("title"))
        for c in key["chapters"]:
            if set(c) != {"no", "title", "sections"} or not isinstance(c["no"], int):
                self.err(f"chapter {c.get('no')} malformed")
            self.printed(f"chapter {c.get('no')}", c.get("title"))
            for s in c.get("sections", []):
                if set(s) != {"no", "title"} or not isinstance(s["no"], int):
                    self.err(f"section {s} malformed")
                self.printed(f"chapter {c.get('no')} section {s.get('no')}", s.get("title"))

        box_nos = [b["no"] for b in key["boxes"]]
        if len(box_nos) != len(set(box_nos)):
            self.err("duplicate box numbers")
        table_boxes = {t["box_no"] for t in key["tables"] if t["box_no"] is not None}
        unreadable_boxes = {u["box_no"] for u in key["unreadable_tables"]}
        for b in key["boxes"]:
            if set(b) != {"no", "title", "kind", "items"}:
                self.err(f"box {b.get('no')} fields {sorted(b)}")
            if b["kind"] not in ("indicators", "programmes"):
                self.err(f"box {b['no']} kind {b['kind']!r}")
            self.printed(f"box {b['no']} title", b["title"])
            if b["kind"] == "indicators":
                if b["items"]:
                    self.err(f"indicator box {b['no']} has items")
                if b["no"] not in table_boxes | unreadable_boxes:
                    self.err(f"indicator box {b['no']} has no table and is not unreadable")
            for it in b["items"]:
                if set(it) != {"seq", "name", "bodies"}:
                    self.err(f"box {b['no']} item fields {sorted(it)}")
                if it["seq"] is not None and not isinstance(it["seq"], str):
                    self.err(f"box {b['no']} item seq must be a string or null")
                self.printed(f"box {b['no']} item {it['seq']}", it["name"])
                names = [x["name"] for x in it["bodies"]]
                if len(names) != len(set(names)):
                    self.err(f"box {b['no']} item {it['seq']}: a body listed twice")
                for body in it["bodies"]:
                    if body.get("role", "?") not in ROLES:
                        self.err(f"box {b['no']} item {it['seq']}: role {body.get('role')!r}")
                    self.printed(f"box {b['no']} item {it['seq']} body", body["name"])
        for t in table_boxes:
            if t not in box_nos:
                self.err(f"table in box {t}, which is not in boxes")

        for ti, t in enumerate(key["tables"]):
            tag = f"table {ti + 1} (box {t['box_no']})"
            if set(t) != {"box_no", "title", "columns", "rows"}:
                self.err(f"{tag} fields {sorted(t)}")
            self.printed(f"{tag} title", t["title"])
            cols = t["columns"]
            if len(cols) != len(set(cols)):
                self.err(f"{tag}: duplicate column headings")
            for c in cols:
                if norm(c) in NOT_VALUE_COLUMNS:
                    self.err(f"{tag}: {c!r} is not a value column")
                self.printed(f"{tag} column", c, window=60)
            seqs = []
            for ri, r in enumerate(t["rows"]):
                rtag = f"{tag} row {ri + 1} ({r.get('name')})"
                if set(r) != {"category", "seq", "name", "unit", "attribute", "cells", "unplaced"}:
                    self.err(f"{rtag} fields {sorted(r)}")
                    continue
                if r["seq"] is not None and not isinstance(r["seq"], int):
                    self.err(f"{rtag}: seq must be int or null")
                seqs.append(r["seq"])
                if r["attribute"] not in (None, "预期性", "约束性"):
                    self.err(f"{rtag}: attribute {r['attribute']!r}")
                self.printed(f"{rtag} name", r["name"], window=120)
                self.printed(f"{rtag} category", r["category"])
                self.printed(f"{rtag} unit", r["unit"])
                seen = set()
                for cell in r["cells"]:
                    if cell["column"] not in cols:
                        self.err(f"{rtag}: cell column {cell['column']!r} not in columns")
                    if cell["column"] in seen:
                        self.err(f"{rtag}: two cells in column {cell['column']!r}")
                    seen.add(cell["column"])
                    self.printed(f"{rtag} cell {cell['column']}", cell["raw"], window=200)
                if [c["column"] for c in r["cells"]] != [c for c in cols if c in seen]:
                    self.err(f"{rtag}: cells not in column order")
                if r["unplaced"] and r["cells"]:
                    self.err(f"{rtag}: a row with unplaced values must have no cells")
                if len(r["unplaced"]) >= len(cols) and cols:
                    self.err(f"{rtag}: as many unplaced values as columns: they can be placed")
                for v in r["unplaced"]:
                    self.printed(f"{rtag} unplaced", v)
            numbered = [s for s in seqs if s is not None]
            if numbered != sorted(numbered) or len(numbered) != len(set(numbered)):
                self.err(f"{tag}: row numbers not increasing: {numbered}")
        for u in key["unreadable_tables"]:
            if set(u) != {"box_no", "rows"}:
                self.err(f"unreadable table fields {sorted(u)}")
        for s in key["text_checks"].get("contains", []):
            n = norm(s)
            if n not in self.text and n not in self.text_clean:
                self.err(f"text_checks.contains {s!r} not in the document (even without page furniture)")
        for s in key["text_checks"].get("absent", []):
            if norm(s) not in self.text:
                self.err(f"text_checks.absent {s!r} is not printed in the document at all")
        return key


def main(argv):
    keys = argv or sorted(glob.glob(os.path.join(CORPUS, "t*.key.json")))
    bad = 0
    for kp in keys:
        c = Checker(kp)
        key = c.run()
        tables = key.get("tables", [])
        rows = sum(len(t["rows"]) for t in tables)
        cells = sum(len(r["cells"]) for t in tables for r in t["rows"])
        unpl = sum(len(r["unplaced"]) for t in tables for r in t["rows"])
        status = "OK " if not c.errors else "BAD"
        print(f"{status} {os.path.basename(kp)}: {len(tables)} tables, {rows} rows, {cells} cells, {unpl} unplaced, "
              f"{len(key.get('unreadable_tables', []))} unreadable")
        for e in c.errors:
            print("   error:", e)
        for w in c.wrapped:
            print("   wrapped:", w)
        bad += bool(c.errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
