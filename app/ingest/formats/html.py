"""Web pages saved from a government site (.html/.htm) to the parser's text stream.

The page is parsed with BeautifulSoup's pure-Python "html.parser" backend; nothing in
it is executed.  Scripts, styles, frames and hidden elements are dropped, then the
main content container is chosen and navigation, share bars and footers inside it are
dropped.  One line is emitted per block element (and per <br>), and one line per
data-table row with its cells joined by TAB.
"""
from __future__ import annotations

import codecs
import re

from app.ingest.decode import IngestError
from app.ingest.formats.common import Extracted, TableRows, finish, import_optional, join_wrapped
from app.ingest.formats.html_counts import SubtreeCounts, count_elements
from app.ingest.grid import SpanCell

# Never content: dropped wherever they are.
_ALWAYS_DROP = ("script", "style", "noscript", "iframe", "frame", "frameset", "template", "svg",
                "canvas", "object", "embed", "button", "select", "textarea", "input", "head")
# Usually page furniture, but ASP.NET pages wrap the whole page in one <form>: these are
# dropped only while they hold a minor share of the page's text.
_FURNITURE = ("nav", "header", "footer", "form", "aside", "menu")
_NOISE_RE = re.compile(r"nav|footer|header|share|breadcrumb|crumb|menu|sidebar|toolbar|copyright|"
                       r"bdshare|jiathis|qrcode|position|location|topbar|skip", re.I)
_MAIN_RE = re.compile(r"content|article|trs_editor|zoom|main|detail|zhengwen|\bzw\b|text", re.I)
_HIDDEN_RE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_BLOCKS = {"address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details",
           "dialog", "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4",
           "h5", "h6", "hr", "html", "legend", "li", "main", "ol", "p", "pre", "section", "summary",
           "tbody", "td", "tfoot", "th", "thead", "tr", "ul"}
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")
_SPACES_RE = re.compile(r"[ \t\n\r\f]+")
_TITLE_SEPARATORS = re.compile(r"\s*[_|｜]\s*|\s+[-—]\s+")
_EMPTY_HINT = ("the page may load its text by script or in a frame; save it after it has "
               "loaded, or print it to PDF")


def extract_html(data: bytes, name: str) -> Extracted:
    """Read a saved web page; raises IngestError when it holds no readable text."""
    bs4 = import_optional("bs4", "web pages")
    text = decode_html(data, name)
    count_elements(text)  # before bs4 builds a tree of them: its elements cost a kilobyte each
    soup = bs4.BeautifulSoup(text, "html.parser")
    page_title = soup.title.get_text(" ", strip=True) if soup.title else ""
    _drop_never_printed(soup, bs4)
    counts = SubtreeCounts(soup, bs4)
    title = _article_title(soup, page_title, counts)  # before furniture goes: a <header> may hold it
    dated = _page_date(soup)  # the page's 发布时间, usually in its info bar, which goes too
    _drop_hidden(soup, counts)
    root = soup.body or soup
    counts = SubtreeCounts(root, bs4)  # what is left
    main = _main_container(root, counts)
    _drop_noise(main, counts)
    lines = _Lines(bs4)
    lines.walk(main)
    if title and not any(isinstance(line, str) and title in line for line in lines.lines[:10]):
        lines.lines.insert(0, title)
    if dated and not any(isinstance(line, str) and dated in line for line in lines.lines[:20]):
        at = next((k + 1 for k, line in enumerate(lines.lines[:10]) if title and isinstance(line, str)
                   and title in line), 0)
        lines.lines.insert(at, dated)  # kept: the page's date is not the plan's signed date
    warnings = []
    images = len(main.find_all("img"))
    if images:
        warnings.append(f"{name}: {images} image(s) in the page's text were not read; "
                        "any text inside them is missing")
    return finish(lines.lines, "html", name, warnings, _EMPTY_HINT)


# -- bytes to text ----------------------------------------------------------------
# Government sites declare gb2312 but print characters only GBK/GB18030 has, and pages
# saved by a browser are often re-encoded as UTF-8 while keeping the old declaration,
# so the declaration alone cannot be trusted.
_DECLARED = (
    re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([-\w.:]+)", re.I),
    re.compile(rb"<\?xml[^>]+encoding\s*=\s*[\"']([-\w.:]+)", re.I),
)
# gb2312 and gbk are subsets of gb18030: reading with the superset loses nothing.
_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "cp936": "gb18030",
            "gb_2312-80": "gb18030", "euc-cn": "gb18030", "x-euc-cn": "gb18030",
            "big5": "big5hkscs", "iso-8859-1": "cp1252", "latin-1": "cp1252"}
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def declared_encoding(data: bytes) -> str | None:
    """The charset a page declares in its first few KB, as a Python codec name."""
    head = data[:8192]
    for pattern in _DECLARED:
        match = pattern.search(head)
        if match:
            label = match.group(1).decode("ascii", "ignore").lower()
            label = _ALIASES.get(label, label)
            try:
                return codecs.lookup(label).name
            except LookupError:
                return None
    return None


def decode_html(data: bytes, name: str) -> str:
    """Decode strictly; refuse rather than produce mojibake."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _strict(data, encoding, name)
    if data[:2] in (b"<\x00", b"\x00<"):  # UTF-16 without BOM: '<' is '<\0' or '\0<'
        return _strict(data, "utf-16-le" if data[:1] == b"<" else "utf-16-be", name)
    # UTF-8 first: GBK text is almost never valid UTF-8, but UTF-8 text usually is valid GB18030.
    candidates = ["utf-8", declared_encoding(data), "gb18030"]
    for encoding in dict.fromkeys(c for c in candidates if c):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    declared = declared_encoding(data) or "none"
    raise IngestError(kind="encoding", message=f"{name}: the web page's text is neither UTF-8 nor GB18030/GBK "
                      f"(declared encoding: {declared}); it may be damaged")


def _strict(data: bytes, encoding: str, name: str) -> str:
    try:
        return data.decode(encoding).lstrip("\ufeff")
    except UnicodeDecodeError as exc:
        # utf-8-sig counts from after its BOM; an editor counts from the file's first byte.
        start = exc.start + (len(codecs.BOM_UTF8) if encoding == "utf-8-sig" else 0)
        line = data.count(b"\n", 0, start) + 1
        raise IngestError(kind="encoding", message=f"{name}: broken {encoding} text at byte {start:,} "
                          f"(line {line})") from exc


# -- choosing the content ---------------------------------------------------------
# Counts come from SubtreeCounts, made once per pass: asking get_text() of every candidate
# read each subtree again, which took a minute for 10,000 nested containers.
def _marks(element) -> str:
    """The class names and id of an element, for matching 'nav', 'content' and the like."""
    attrs = getattr(element, "attrs", None) or {}
    classes = attrs.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    return " ".join(list(classes) + [str(attrs.get("id") or "")])


def _drop_never_printed(soup, bs4) -> None:
    """Comments, doctypes, scripts, styles, frames and form controls are never the text."""
    for node in soup.find_all(string=lambda s: isinstance(s, bs4.element.PreformattedString)):
        node.extract()
    for tag in soup.find_all(_ALWAYS_DROP):
        tag.decompose()


def _drop_hidden(soup, counts: SubtreeCounts) -> None:
    """Hidden and furniture elements go, unless they hold most of the page's text (then they
    are the page, not its furniture: ASP.NET wraps whole pages in a <form>)."""
    hidden = [tag for tag in soup.find_all(True)
              if tag.name in _FURNITURE or tag.has_attr("hidden")
              or _HIDDEN_RE.search(str(tag.get("style") or ""))]
    _decompose_minor(hidden, counts.cjk(soup) or 1, counts)


def _decompose_minor(tags: list, total: int, counts: SubtreeCounts) -> None:
    """Drop tags that hold less than half of `total` CJK characters (outermost first).

    The counts made before any tag went still hold for each tag when it is reached: tags come
    in document order, so every tag dropped before it is outside it or around it."""
    for tag in tags:
        if tag.parent is None or getattr(tag, "decomposed", False):
            continue  # already gone with an ancestor
        if counts.cjk(tag) < total * 0.5:
            tag.decompose()


def _main_container(root, counts: SubtreeCounts):
    """The element that holds the article: the deepest candidate with nearly the most text.

    Falls back to the whole body when no candidate holds a good share of the page's text,
    so that a page without recognisable class names still loses nothing.
    """
    candidates = [tag for tag in root.find_all(["article", "main", "div", "section", "td", "span"])
                  if tag.name in ("article", "main") or _MAIN_RE.search(_marks(tag))]
    if not candidates:
        return root
    best = max(counts.cjk(tag) for tag in candidates)
    if best < 0.4 * counts.cjk(root) or best == 0:
        return root
    # 0.95: a deeper wrapper may shed a date line or a share bar, never a chapter.
    near = [tag for tag in candidates if counts.cjk(tag) >= 0.95 * best]
    return max(near, key=lambda tag: counts.depth[id(tag)])


def _drop_noise(main, counts: SubtreeCounts) -> None:
    """Inside the content: navigation, share bars, breadcrumbs and footers by class or id."""
    noisy = [tag for tag in main.find_all(True) if _NOISE_RE.search(_marks(tag))]
    _decompose_minor(noisy, counts.cjk(main) or 1, counts)


def _article_title(soup, page_title: str, counts: SubtreeCounts) -> str | None:
    """The article's title as printed in a heading, recognised by the page's <title>.

    A page's <title> reads '标题_栏目_网站名'; a heading counts when it is most of the
    first part, so a site banner ('XX省人民政府') is not taken for the plan's title.
    """
    own = _TITLE_SEPARATORS.split(page_title)[0].strip()
    if not own:
        return None
    found = []
    for tag in soup.find_all(["h1", "h2", "h3", "div", "p", "td"]):
        if tag.name in ("div", "p", "td") and "title" not in _marks(tag).lower():
            continue
        # Twice the title's length in printed characters can match neither way below; a
        # heading is never a tree of hundreds of elements. Both skip reading its text.
        if counts.printed(tag) >= 2 * len(own) or counts.size(tag) > _TITLE_ELEMENTS:
            continue
        text = _SPACES_RE.sub(" ", tag.get_text()).replace("\xa0", " ").strip()
        if _CJK_RE.search(text) and ((text in own and len(text) >= 0.5 * len(own))
                                     or (own in text and len(text) < 2 * len(own))):
            found.append(text)
    return max(found, key=len) if found else None


_TITLE_ELEMENTS = 200
_PAGE_DATE_RE = re.compile(r"(?:发布|发文|公开)?(?:日期|时间)\s*[:：]\s*\d{4}\s*[-./年]"
                           r"\s*\d{1,2}\s*[-./月]\s*\d{1,2}\s*日?"
                           r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?")


def _page_date(soup) -> str | None:
    """'发布时间：2021-09-03 10:21' as the page prints it, wherever it stands."""
    match = _PAGE_DATE_RE.search(_SPACES_RE.sub(" ", soup.get_text(" ")).replace("\xa0", " "))
    return match.group(0).strip() if match else None


class _Lines:
    """Collects output lines while walking the tree; inline text accumulates until a block ends."""

    def __init__(self, bs4):
        self.bs4 = bs4
        self.lines: list = []  # str, or TableRows for a data table
        self.buffer: list[str] = []

    def flush(self) -> None:
        text = _SPACES_RE.sub(" ", "".join(self.buffer)).replace("\xa0", " ").strip()
        self.buffer = []
        if text:
            self.lines.append(text)

    def walk(self, node, pre: bool = False) -> None:
        for child in node.children:
            if isinstance(child, self.bs4.NavigableString):
                self._text(str(child), pre)
            elif child.name == "br":
                self.flush()
            elif child.name == "table":
                self.flush()
                self._table(child)
            elif child.name in _BLOCKS:
                self.flush()
                self.walk(child, pre or child.name == "pre")
                self.flush()
            else:
                self.walk(child, pre)

    def _text(self, text: str, pre: bool) -> None:
        if not pre:
            self.buffer.append(text)
            return
        parts = text.split("\n")  # in <pre>, a line break is printed as one
        for k, part in enumerate(parts):
            if k:
                self.flush()
            self.buffer.append(part)

    def _table(self, table) -> None:
        rows = [tr.find_all(["td", "th"], recursive=False)
                for tr in table.find_all("tr") if tr.find_parent("table") is table]
        rows = [cells for cells in rows if cells]
        if _is_layout(rows):
            for cells in rows:  # a page frame or a one-cell 专栏 box: its content, block by block
                for cell in cells:
                    self.walk(cell)
                    self.flush()
            return
        caption = table.find("caption")
        if caption is not None and caption.find_parent("table") is table:
            self.walk(caption)
            self.flush()
        self.lines.append(TableRows([[SpanCell(self._cell_text(cell), _span(cell, "rowspan", len(rows)),
                                               _span(cell, "colspan", _MAX_COLSPAN)) for cell in cells]
                                     for cells in rows]))

    def _cell_text(self, cell) -> str:
        inner = _Lines(self.bs4)
        inner.walk(cell)
        inner.flush()
        return join_wrapped([line for line in inner.lines if isinstance(line, str)])


_MAX_COLSPAN = 64


def _span(cell, attribute: str, limit: int) -> int:
    """rowspan/colspan as a browser reads it: a positive whole number, within the table."""
    match = re.match(r"\s*(\d+)", str(cell.get(attribute) or ""))
    return min(max(int(match.group(1)), 1), max(limit, 1)) if match else 1


def _is_layout(rows: list) -> bool:
    """Is this table a layout frame rather than a data table?

    A single column is a frame or a one-cell box; a cell holding another table or a
    long text is a column of a page layout.  Either way its content is emitted as
    lines, because one TAB row per table row would glue a whole article onto one line.
    """
    if not rows or max(len(cells) for cells in rows) <= 1:
        return True
    # A full-width row (a note under a table, a category) may be long in a data table too.
    return any(cell.find("table") is not None or len(cell.get_text()) > 400
               for cells in rows if len(cells) > 1 for cell in cells)
