"""Corpus B helper: lay a plan's paragraphs out as a PDF copy prints them as text.

Used by the s_make_*.py scripts that write the hard-wrapped .txt documents of corpus B.
It never reads the project's code.

Source format (a list of source lines):
  * an ordinary line is one paragraph, wrapped at `width` (a CJK character counts 1,
    an ASCII character 0.5); a line that would begin with closing punctuation keeps it
    on the line before (as typesetters do);
  * a line starting with "|" is printed as it is (without the "|"), never wrapped;
    lines holding a tab (table rows) are printed as they are too;
  * "⟂" inside a line: the page ends after the printed line on which that point falls
    (so the page break cuts wherever the wrapping puts it);
  * "⟂0" on a line of its own: a page break with no page block (cover pages);
  * "@page N" on a line of its own: the next page block prints page number N.
"""

CLOSERS = "，。、；：？！）》”’」』〕】…—%％"


def cw(ch):
    return 0.5 if ord(ch) < 128 else 1.0


def wrap(text, width):
    lines, cur, w = [], "", 0.0
    i = 0
    while i < len(text):
        ch = text[i]
        glued = cur and ord(cur[-1]) < 128 and ord(ch) < 128  # never split a number
        if w + cw(ch) > width and cur and ch not in CLOSERS and not glued:
            lines.append(cur)
            cur, w = "", 0.0
        cur += ch
        w += cw(ch)
        i += 1
    if cur:
        lines.append(cur)
    return lines


def layout(src_lines, width, page_block, blank_between=False, first_page=1, indent=""):
    """Return (text, cuts). page_block(n) -> list of lines printed when page n ends
    (footer of page n and header of page n+1). cuts: context around each break."""
    out = []
    cuts = []
    page = first_page
    for raw in src_lines:
        if raw.strip() == "⟂0":
            continue  # cover/toc pages: just a new page (no printed block)
        if raw.startswith("@page "):
            page = int(raw.split()[1])
            continue
        if raw.strip() == "⟂":
            out.extend(page_block(page))
            page += 1
            continue
        verbatim = raw.startswith("|") or "\t" in raw
        text = raw[1:] if raw.startswith("|") else raw
        marks = []
        plain = ""
        for ch in text:
            if ch == "⟂":
                marks.append(len(plain))
            else:
                plain += ch
        if verbatim or not plain.strip():
            lines = [plain]
        else:
            lines = wrap(plain, width)
            if indent and lines:
                lines = wrap(indent + plain, width)
                marks = [m + len(indent) for m in marks]
        # positions of line ends
        pos = 0
        for ln in lines:
            out.append(ln)
            start, pos = pos, pos + len(ln)
            for m in marks:
                if start <= m < pos or (m == pos and ln is lines[-1]):
                    blk = page_block(page)
                    cuts.append((page, ln[-12:], blk))
                    out.extend(blk)
                    page += 1
        if blank_between:
            out.append("")
    return "\n".join(out) + "\n", cuts
