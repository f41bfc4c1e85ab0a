"""Programme boxes (专栏): numbered items, their titles, text and responsible agencies."""
from __future__ import annotations

import re

from app.ingest.model import Box, BoxItem, SourceIssue
from app.ingest.text_utils import ends_sentence, split_lead

ITEM_RE = re.compile(r"^(?:[（(](?P<pseq>\d{1,2})[）)]|(?P<seq>\d{1,2})(?:\s*[.．、]\s*|\s+|(?=[^\d\s.．、%％:：])))"
                     r"\s*(?P<body>\S.*)$")
_AGENCY_SUFFIXES = ("厅", "局", "委", "办", "会", "院", "行", "队", "联", "部", "署", "处", "中心",
                    "政府", "公司", "集团", "室", "所", "站", "社", "团")
_TRAILING_PARENS_RE = re.compile(r"^(?P<title>.*?)\s*[（(](?P<inner>[^（）()]+)[）)]\s*$")


def split_agencies(title: str) -> tuple[str, list[str]]:
    """'实施…计划（省人力资源社会保障厅、省教育厅）' -> ('实施…计划', ['省人力资源社会保障厅', '省教育厅']).

    Only a trailing parenthesis whose every part reads as a body's name counts:
    '…工程（金保工程二期）' keeps its parenthesis.
    """
    match = _TRAILING_PARENS_RE.match(title)
    if not match or not match.group("title").strip():
        return title, []
    parts = [p.strip() for p in re.split(r"[、，,；;]", match.group("inner")) if p.strip()]
    if parts and all(len(p) <= 24 and p.endswith(_AGENCY_SUFFIXES) for p in parts):
        return match.group("title").strip(), parts
    return title, []


def make_item(seq: str | None, body: str, line: int) -> BoxItem:
    """An item from its first line: 'title。text', a title line alone, or text with no title."""
    body = body.strip()
    idx = body.find("。")
    colon = re.search(r"[：:]", body)
    if colon and 0 < colon.start() <= 30 and (idx < 0 or colon.start() < idx):
        idx = colon.start()  # '1.重点项目：text' uses a colon after the title
    if 0 < idx <= 60:
        head, text = body[:idx], body[idx + 1:].strip() or None
    elif idx < 0 and len(body) <= 60:
        head, text = body, None
    else:
        head, text = None, body
    agencies: list[str] = []
    if head is not None:
        head, agencies = split_agencies(head.strip())
    if not agencies and text:
        # '…建设零工市场。（省人力资源社会保障厅）': the bodies named after the text
        text, agencies = split_agencies(text)
    return BoxItem(seq=seq, name=head, text=text, agencies=agencies, line=line, end_line=line)


class ProgrammeBox:
    """Collects the items of one programme box while the scanner walks the lines.

    A box often has no printed end.  The scanner asks `accepts_*` before feeding a
    line; a False answer closes the box and the line goes back to the body text.
    """

    def __init__(self, box: Box, body_expected: int | None, issues: list[SourceIssue]):
        self.box = box
        self.body_expected = body_expected
        self.issues = issues
        self.last_no = 0

    @property
    def current(self) -> BoxItem | None:
        return self.box.items[-1] if self.box.items else None

    def accepts_numbered(self, no: int) -> bool:
        """Numbering decides: the box's next number is an item, the body's next is not."""
        expected = self.last_no + 1
        if no == expected or not self.box.items:
            return True
        if self.body_expected is not None and no == self.body_expected:
            return False
        return no > expected

    def add_numbered(self, no: int, seq: str, body: str, line: int) -> None:
        if self.box.items and no != self.last_no + 1:
            self.issues.append(SourceIssue(
                "item_numbering", f"专栏{self.box.no}：第{no}项紧接在第{self.last_no}项之后，编号不连续", line))
        self.last_no = no
        self.box.items.append(make_item(seq, body, line))
        self.box.end_line = line

    def accepts_paragraph(self, text: str) -> bool:
        item = self.current
        if item is None or item.text is None:
            return True
        # A line broken mid-sentence continues the item's text, unless the next
        # paragraph opens with a short lead sentence the way body paragraphs do.
        return not ends_sentence(item.text) and split_lead(text, max_len=20) is None

    def add_paragraph(self, text: str, line: int) -> None:
        item = self.current
        if item is None:
            self.box.items.append(BoxItem(seq=None, name=None, text=text, line=line, end_line=line))
        elif item.text is None:
            item.text = text
        else:
            item.text = item.text + text
        self.box.items[-1].end_line = line
        self.box.end_line = line
