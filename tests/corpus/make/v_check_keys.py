"""Check the v* answer keys against their documents, without the project's parser.

For each key (tests/corpus/v*.key.json, or those named): the fields README.md defines are
there with the right types; every string the key says is printed occurs in the document's text
(.txt decoded with the key's encoding; .docx through python-docx, body and table cells;
.html through BeautifulSoup with the page's charset; .pdf through `pdftotext -layout`),
compared after NFKC and removing all whitespace.  A string printed over several lines of a
layout or cells (a wrapped name, a two-row heading) is not contiguous; it is accepted when its
characters occur in order within a short window, and reported as "split" to look at by hand.
The absent strings are checked to be printed at least once (they are page furniture the
parser must drop); cell columns must be the table's columns, in order.

Run: /work/main/.venv/bin/python tests/corpus/make/v_check_keys.py [key.json ...]
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


def norm(s):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", s))


def text_of(path, encoding):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "txt":
        return open(path, "rb").read().decode(encoding)
    if ext == "docx":
        import docx
        d = docx.Document(path)
        out = [p.text for p in d.paragraphs]
        for t in d.tables:
            for r in t.rows:
                seen = set()
                for c in r.cells:
                    if id(c._tc) in seen:
                        continue
                    seen.add(id(c._tc))
                    out.append(c.text)
        return "\n".join(out)
    if ext in ("html", "htm"):
        from bs4 import BeautifulSoup
        raw = open(path, "rb").read()
        m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', raw[:4096])
        cs = m.group(1).decode().lower() if m else "utf-8"
        if cs in ("gb2312", "gbk"):
            cs = "gbk"
        return BeautifulSoup(raw.decode(cs), "html.parser").get_text("\n")
    if ext == "pdf":
        return subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True,
                              text=True, check=True).stdout
    raise ValueError(path)


def find(s, text):
    n = norm(s)
    if not n:
        return "empty"
    if n in text:
        return "ok"
    # characters in order within a window
    win = len(n) * 6 + 80
    start = 0
    while True:
        i = text.find(n[0], start)
        if i < 0:
            return "missing"
        j, k = i, 0
        while k < len(n) and j < len(text) and j - i < win:
            if text[j] == n[k]:
                k += 1
            j += 1
        if k == len(n):
            return "split"
        start = i + 1


def check(keypath):
    key = json.load(open(keypath, encoding="utf-8"))
    doc = os.path.join(CORPUS, key["file"])
    raw = text_of(doc, key["encoding"])
    text = norm(raw)
    problems, split = [], []

    def want(s, where):
        if s is None:
            return
        r = find(s, text)
        if r == "missing" or r == "empty":
            problems.append(f"{where}: {s!r} {r}")
        elif r == "split":
            split.append(f"{where}: {s!r}")

    for f in ("file", "encoding", "covers", "meta", "parts", "chapters", "boxes", "tables",
              "unreadable_tables", "text_checks"):
        if f not in key:
            problems.append(f"missing field {f}")
    m = key["meta"]
    for f in ("province", "city", "period", "title", "signed_date", "signed_date_damaged", "published_date"):
        if f not in m:
            problems.append(f"meta.{f} missing")
    want(m["title"], "title")
    want(m["province"].replace("省", "").replace("市", "").replace("回族自治区", "").replace("维吾尔自治区", "").replace("自治区", "")[:2], "province")
    if m["city"]:
        want(m["city"], "city")
    for f in ("signed_date", "published_date"):
        if m[f]:
            y, mo, d = m[f].split("-")
            forms = [f"{y}年{int(mo)}月{int(d)}日", m[f]]
            if not any(norm(x) in text for x in forms):
                problems.append(f"meta.{f} {m[f]} not printed")
    for p in key["parts"]:
        want(p["title"], f"part {p['no']}")
    for c in key["chapters"]:
        want(c["title"], f"chapter {c['no']}")
        for s in c["sections"]:
            want(s["title"], f"chapter {c['no']} section {s['no']}")
    boxno = set()
    for b in key["boxes"]:
        boxno.add(b["no"])
        want(b["title"], f"box {b['no']}")
        if b["kind"] not in ("indicators", "programmes"):
            problems.append(f"box {b['no']} kind {b['kind']}")
        if b["kind"] == "indicators" and b["items"]:
            problems.append(f"box {b['no']} indicators with items")
        for it in b["items"]:
            want(it["name"], f"box {b['no']} item {it['seq']}")
            for body in it["bodies"]:
                want(body["name"], f"box {b['no']} item {it['seq']} body")
                if body["role"] not in ("lead", "cooperating", None):
                    problems.append(f"box {b['no']} role {body['role']}")
    nrows = ncells = nun = 0
    for t in key["tables"]:
        if t["box_no"] is not None and t["box_no"] not in boxno:
            problems.append(f"table {t['title']} box {t['box_no']} not a box")
        want(t["title"], "table title")
        for col in t["columns"]:
            want(col, f"table {t['box_no']} column")
        for r in t["rows"]:
            nrows += 1
            where = f"table {t['box_no']} row {r['name']}"
            for f in ("category", "name", "unit", "attribute"):
                want(r[f], f"{where} {f}")
            cols = [c["column"] for c in r["cells"]]
            if any(c not in t["columns"] for c in cols):
                problems.append(f"{where}: unknown column {cols}")
            if cols != sorted(cols, key=t["columns"].index):
                problems.append(f"{where}: cells out of order")
            if r["unplaced"] and r["cells"]:
                problems.append(f"{where}: cells and unplaced")
            for c in r["cells"]:
                ncells += 1
                want(c["raw"], f"{where} cell {c['column']}")
            for u in r["unplaced"]:
                nun += 1
                want(u, f"{where} unplaced")
    for u in key["unreadable_tables"]:
        if u["box_no"] not in boxno:
            problems.append(f"unreadable box {u['box_no']} not a box")
    for s in key["text_checks"]["contains"]:
        want(s, "contains")
    for s in key["text_checks"]["absent"]:
        if norm(s) not in text:
            problems.append(f"absent string {s!r} is not printed at all (nothing to drop)")
    counts = dict(tables=len(key["tables"]), rows=nrows, cells=ncells, unplaced=nun,
                  unreadable=len(key["unreadable_tables"]), parts=len(key["parts"]),
                  chapters=len(key["chapters"]),
                  sections=sum(len(c["sections"]) for c in key["chapters"]),
                  boxes=len(key["boxes"]), items=sum(len(b["items"]) for b in key["boxes"]),
                  bodies=sum(len(i["bodies"]) for b in key["boxes"] for i in b["items"]))
    return problems, split, counts


def main():
    keys = sys.argv[1:] or sorted(glob.glob(os.path.join(CORPUS, "v*.key.json")))
    bad = 0
    total = {}
    for k in keys:
        problems, split, counts = check(k)
        for f, v in counts.items():
            total[f] = total.get(f, 0) + v
        print(f"{os.path.basename(k)}: {'OK' if not problems else 'PROBLEMS'} {counts}")
        for p in problems:
            print("  !!", p)
        for s in split:
            print("  split:", s)
        bad += bool(problems)
    print("total", total)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
