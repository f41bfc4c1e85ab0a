"""Check corpus answer keys: well-formed, and every string they quote is in the document.

    python tests/corpus/make/s_check_keys.py [tests/corpus/s01_x.key.json ...]

With no arguments it checks every tests/corpus/s*.key.json (corpus B).  The document's text
is read independently of the project's parser: .txt decoded with the key's encoding, .docx
through python-docx (paragraphs and table cells in document order), .html through
BeautifulSoup, .pdf through pdftotext.  Strings are compared after NFKC normalisation with
all whitespace removed (as the scorer does).  `text_checks.contains` strings must occur once
the `absent` strings (page numbers, running headers) are taken out of the text; each `absent`
string must occur in the raw text (else it checks nothing).
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

ROLES = {"lead", "cooperating", None}
KINDS = {"indicators", "programmes"}
ENCODINGS = {"utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16"}


def norm(s):
    s = unicodedata.normalize("NFKC", s)
    return re.sub(r"\s+", "", s)


def read_text(path, encoding):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".txt":
        with open(path, "rb") as f:
            return f.read().decode(encoding)  # strict: a wrong encoding fails here
    if ext == ".docx":
        import docx
        from docx.table import Table
        from docx.text.paragraph import Paragraph
        d = docx.Document(path)
        out = []
        for el in d.element.body.iterchildren():
            tag = el.tag.split("}")[1]
            if tag == "p":
                out.append(Paragraph(el, d).text)
            elif tag == "tbl":
                for row in Table(el, d).rows:
                    seen = []
                    for c in row.cells:
                        if c._tc not in seen:
                            seen.append(c._tc)
                            out.append(c.text)
        return "\n".join(out)
    if ext in (".html", ".htm"):
        from bs4 import BeautifulSoup
        with open(path, "rb") as f:
            soup = BeautifulSoup(f.read(), "html.parser")
        for t in soup(["script", "style"]):
            t.decompose()
        return soup.get_text("\n")
    if ext == ".pdf":
        return subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True,
                              text=True).stdout
    raise ValueError("unknown document type: " + path)


class Checker:
    def __init__(self, keypath):
        self.keypath = keypath
        self.errors = []
        self.warnings = []

    def err(self, msg):
        self.errors.append(msg)

    def warn(self, msg):
        self.warnings.append(msg)

    def need(self, obj, field, types, where):
        if not isinstance(obj, dict) or field not in obj:
            self.err("%s: missing field %r" % (where, field))
            return None
        v = obj[field]
        if not isinstance(v, types):
            self.err("%s.%s: %r is not %s" % (where, field, v, types))
        return v

    def occurs(self, s, where):
        if s is None:
            return
        if norm(s) not in self.text and norm(s) not in self.clean:
            self.err("%s: %r not found in the document" % (where, s))

    def seq_check(self, nos, where):
        nos = [n for n in nos if isinstance(n, int)]
        if nos and nos != list(range(nos[0], nos[0] + len(nos))):
            self.warn("%s: numbers not consecutive: %s" % (where, nos))

    def run(self):
        with open(self.keypath, encoding="utf-8") as f:
            key = json.load(f)
        name = os.path.basename(self.keypath)
        docname = self.need(key, "file", str, name)
        if not docname:
            return
        if name != os.path.splitext(docname)[0] + ".key.json":
            self.err("key name %s does not match file %s" % (name, docname))
        path = os.path.join(CORPUS, docname)
        if not os.path.exists(path):
            self.err("document %s missing" % docname)
            return
        enc = key.get("encoding", "MISSING")
        if docname.endswith(".txt"):
            if enc not in ENCODINGS:
                self.err("encoding %r not one of %s" % (enc, sorted(ENCODINGS)))
                return
        elif enc is not None:
            self.err("encoding must be null for a non-.txt document")
        try:
            raw = read_text(path, enc)
        except Exception as e:  # noqa
            self.err("cannot read %s: %s" % (docname, e))
            return
        self.raw = raw
        self.text = norm(raw)
        # the text with the page furniture (the key's absent lines) taken out: a heading or a
        # name cut by a page break is whole there
        absent = {norm(a) for a in key.get("text_checks", {}).get("absent", [])}
        self.clean = norm("\n".join(l for l in raw.replace("\f", "\n").split("\n")
                                     if norm(l) not in absent))
        if os.path.getsize(path) > 200 * 1024:
            self.warn("document larger than 200 KB")
        self.need(key, "covers", list, name)

        meta = self.need(key, "meta", dict, name) or {}
        for f_ in ("province", "city", "period", "title", "signed_date", "signed_date_damaged",
                   "published_date"):
            if f_ not in meta:
                self.err("meta.%s missing" % f_)
        self.occurs(meta.get("title"), "meta.title")
        # added field (corpus B): is the province's name printed anywhere in the document?
        pp = meta.get("province_printed")
        prov = meta.get("province") or ""
        if pp is True and norm(prov) not in self.text:
            self.err("province_printed true but %r is not printed" % prov)
        if pp is False:
            short = re.sub(r"(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "", prov)
            if short and short in self.text:
                self.err("province_printed false but %r is printed" % short)
        if meta.get("city"):
            self.occurs(meta["city"], "meta.city")
        if meta.get("period") and meta["period"] not in self.text:
            self.err("meta.period %r not in the document" % meta["period"])
        sd = meta.get("signed_date")
        if sd:
            m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", sd)
            if not m:
                self.err("signed_date %r is not YYYY-MM-DD" % sd)
            else:
                y, mo, d = m.group(1), int(m.group(2)), int(m.group(3))
                if meta.get("signed_date_damaged"):
                    forms = ["%s%d%d" % (y, mo, d)]
                else:
                    forms = ["%s年%d月%d日" % (y, mo, d), "%s年%02d月%02d日" % (y, mo, d)]
                if not any(norm(x) in self.text for x in forms):
                    self.err("signed_date %s: none of %s printed" % (sd, forms))
        pd = meta.get("published_date")
        if pd:
            if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", pd):
                self.err("published_date %r is not YYYY-MM-DD" % pd)
            elif pd not in self.text:
                self.err("published_date %s not printed" % pd)
            if pd == sd:
                self.warn("published_date equals signed_date")

        parts = self.need(key, "parts", list, name) or []
        for i, p in enumerate(parts):
            w = "parts[%d]" % i
            self.need(p, "no", int, w)
            self.occurs(self.need(p, "title", str, w), w + ".title")
        self.seq_check([p.get("no") for p in parts], "parts")

        chapters = self.need(key, "chapters", list, name) or []
        for i, c in enumerate(chapters):
            w = "chapters[%d]" % i
            self.need(c, "no", int, w)
            t = c.get("title")
            if t is not None:
                self.occurs(t, w + ".title")
            if "numbered" in c and not isinstance(c["numbered"], bool):
                self.err(w + ".numbered must be a boolean")
            secs = self.need(c, "sections", list, w) or []
            for j, s in enumerate(secs):
                ws = "%s.sections[%d]" % (w, j)
                self.need(s, "no", int, ws)
                self.occurs(self.need(s, "title", str, ws), ws + ".title")
            self.seq_check([s.get("no") for s in secs], w + ".sections")
        self.seq_check([c.get("no") for c in chapters], "chapters")

        boxes = self.need(key, "boxes", list, name) or []
        box_nos = {}
        for i, b in enumerate(boxes):
            w = "boxes[%d]" % i
            no = self.need(b, "no", int, w)
            box_nos[no] = b.get("kind")
            self.occurs(self.need(b, "title", str, w), w + ".title")
            if b.get("kind") not in KINDS:
                self.err("%s.kind %r" % (w, b.get("kind")))
            items = self.need(b, "items", list, w) or []
            if b.get("kind") == "indicators" and items:
                self.err(w + ": an indicators box has no items")
            for j, it in enumerate(items):
                wi = "%s.items[%d]" % (w, j)
                seq = it.get("seq", "MISSING")
                if seq == "MISSING" or not (seq is None or isinstance(seq, str)):
                    self.err(wi + ".seq must be a string or null")
                if "name" not in it:
                    self.err(wi + ".name missing")
                self.occurs(it.get("name"), wi + ".name")
                bodies = self.need(it, "bodies", list, wi) or []
                names = []
                for k, bd in enumerate(bodies):
                    wb = "%s.bodies[%d]" % (wi, k)
                    self.occurs(self.need(bd, "name", str, wb), wb)
                    if bd.get("role", "MISSING") not in ROLES:
                        self.err("%s.role %r" % (wb, bd.get("role")))
                    names.append(bd.get("name"))
                if len(names) != len(set(names)):
                    self.err(wi + ": a body listed twice")
        self.seq_check([b.get("no") for b in boxes], "boxes")

        tables = self.need(key, "tables", list, name) or []
        for i, t in enumerate(tables):
            w = "tables[%d]" % i
            bn = t.get("box_no", "MISSING")
            if bn == "MISSING":
                self.err(w + ".box_no missing")
            elif bn is not None and box_nos.get(bn) != "indicators":
                self.err("%s.box_no %r is not an indicators box" % (w, bn))
            self.occurs(self.need(t, "title", str, w), w + ".title")
            cols = self.need(t, "columns", list, w) or []
            for c in cols:
                self.occurs(c, w + ".columns")
            for j, r in enumerate(self.need(t, "rows", list, w) or []):
                wr = "%s.rows[%d]" % (w, j)
                for f_ in ("category", "seq", "name", "unit", "attribute", "cells", "unplaced"):
                    if f_ not in r:
                        self.err("%s.%s missing" % (wr, f_))
                if r.get("seq") is not None and not isinstance(r.get("seq"), int):
                    self.err(wr + ".seq must be an int or null")
                for f_ in ("category", "name", "unit", "attribute"):
                    self.occurs(r.get(f_), "%s.%s" % (wr, f_))
                seen = []
                for c in r.get("cells", []):
                    if c.get("column") not in cols:
                        self.err("%s: cell column %r not in columns" % (wr, c.get("column")))
                    if c.get("column") in seen:
                        self.err("%s: two cells in column %r" % (wr, c.get("column")))
                    seen.append(c.get("column"))
                    self.occurs(c.get("raw"), wr + ".cells")
                for u in r.get("unplaced", []):
                    self.occurs(u, wr + ".unplaced")
        for bn2, kind in box_nos.items():
            if kind == "indicators" and not any(t.get("box_no") == bn2 for t in tables) \
                    and not any(u.get("box_no") == bn2 for u in key.get("unreadable_tables", [])):
                self.err("indicators box %s has no table" % bn2)
        self.need(key, "unreadable_tables", list, name)

        tc = self.need(key, "text_checks", dict, name) or {}
        absent = tc.get("absent", [])
        contains = tc.get("contains", [])
        for a in absent:
            if norm(a) not in self.text:
                self.err("absent %r does not occur in the document at all" % a)
        for c in contains:
            if norm(c) not in self.clean:
                self.err("contains %r not found once page furniture is removed" % c)
        return key


def main(argv):
    paths = argv or sorted(glob.glob(os.path.join(CORPUS, "s*.key.json")))
    bad = 0
    for p in paths:
        ch = Checker(p)
        key = ch.run()
        status = "OK" if not ch.errors else "FAIL"
        print("%-36s %s" % (os.path.basename(p), status))
        for w in ch.warnings:
            print("   warning:", w)
        for e in ch.errors:
            print("   error:", e)
        if key:
            nb = sum(len(it["bodies"]) for b in key["boxes"] for it in b["items"])
            ni = sum(len(b["items"]) for b in key["boxes"])
            print("   parts %d, chapters %d, sections %d, boxes %d, items %d, bodies %d, table rows %d"
                  % (len(key["parts"]), len(key["chapters"]),
                     sum(len(c["sections"]) for c in key["chapters"]), len(key["boxes"]), ni, nb,
                     sum(len(t["rows"]) for t in key["tables"])))
        bad += bool(ch.errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
