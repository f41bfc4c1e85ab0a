"""Programme boxes (专栏): numbered items, their titles, text and responsible agencies."""
from __future__ import annotations

import re

from app.ingest.bodies import Body, body_line, take_bodies, unique
from app.ingest.model import Box, BoxItem, SourceIssue
from app.ingest.text_utils import ends_sentence, split_lead

ITEM_RE = re.compile(r"^(?:[（(](?P<pseq>\d{1,2})[）)]|(?P<cseq>[①-⑳])|(?P<seq>\d{1,2})(?:\s*[.．、]\s*|\s+|"
                     r"(?=[^\d\s.．、%％:：]))|(?P<bullet>[●■◆▲•◇□]|——|—(?=[^—\d])))\s*(?P<body>\S.*)$")


def item_number(match: re.Match) -> tuple[int | None, str | None]:
    """An ITEM_RE match's number and its seq as printed without brackets ('01', '1'; ① is '1');
    (None, None) for a bulleted item."""
    if match.group("cseq"):
        no = ord(match.group("cseq")) - ord("①") + 1
        return no, str(no)
    seq = match.group("seq") or match.group("pseq")
    return (int(seq), seq) if seq else (None, None)


_QUANTITY_RE = re.compile(r"\d+(?:\.\d+)?\s*(?:万|亿|千|百)?\s*(?:人次|人|场|个|家|所|项|次|元|户|名|期|天|小时|%|％)")
_SENTENCE_START_RE = re.compile(r"^(?:每年|每季|到20\d{2}|20\d{2}年|力争|确保|全面|持续|进一步)")


def _is_title(head: str, by_colon: bool) -> bool:
    """A short title before '：' or '。', not a whole first sentence.

    A first sentence states a fact or a quantity ('每年组织专项招聘活动不少于50场。'); a title
    names a programme ('零工市场建设行动。').
    """
    head = head.strip()
    if not head:
        return False
    if by_colon:
        return len(head) <= 30
    if len(head) > 30 or "，" in head or _QUANTITY_RE.search(head) or _SENTENCE_START_RE.match(head):
        return False
    return True


def make_item(seq: str | None, body: str, line: int) -> BoxItem:
    """An item from its first line: 'title。text', 'title：text', a title line alone, or text."""
    body = body.strip()
    text_part, bodies = take_bodies(body)
    idx = text_part.find("。")
    colon = re.search(r"[：:]", text_part)
    colon_at = colon.start() if colon else -1
    by_colon = 0 < colon_at <= 30 and (idx < 0 or colon_at < idx)
    if by_colon:
        idx = colon_at
    if 0 < idx <= 60 and _is_title(text_part[:idx], by_colon):
        head, text = text_part[:idx], text_part[idx + 1:].strip() or None
    elif idx < 0 and len(text_part) <= 60 and not bodies:
        head, text = text_part, None
    elif idx < 0 and len(text_part) <= 30:
        head, text = text_part, None  # '…计划（A、B）': a title with its bodies
    else:
        head, text = None, text_part
    if head is not None and not bodies:
        head, bodies = take_bodies(head.strip())
    item = BoxItem(seq=seq, name=head.strip() if head else None, text=text, line=line, end_line=line)
    add_bodies(item, bodies)
    return item


def add_bodies(item: BoxItem, bodies: list[Body]) -> None:
    """Give the item these bodies, each once (a role given later fills in a missing one)."""
    known = [Body(name, role) for name, role in zip(item.agencies, item.roles or [None] * len(item.agencies))]
    merged = unique(known + list(bodies))
    item.agencies = [b.name for b in merged]
    item.roles = [b.role for b in merged]


#: A line this long that stops mid-sentence was wrapped at the page's (or the box's) width:
#: a title-only item ('1.高校毕业生就业促进计划') is far shorter, and a copy of a PDF wraps
#: box text at 30 to 40 characters.
_WRAPPED_WIDTH = 28
#: What can follow a digit inside one figure: more digits, a decimal point, a unit.
_FIGURE_GOES_ON = set("0123456789.．%％‰万亿千百十个人次元户家所项倍")


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
        self.last_width = 0  # characters on the last line fed: a full line was wrapped, not ended

    @property
    def current(self) -> BoxItem | None:
        return self.box.items[-1] if self.box.items else None

    def accepts_bulleted(self) -> bool:
        """A bulleted item opens a box's list, or goes on a list of bulleted items."""
        current = self.current
        return current is None or current.seq is None

    def add_bulleted(self, body: str, line: int) -> None:
        self.box.items.append(make_item(None, body, line))
        self.box.end_line = line
        self.last_width = 1 + len(body)

    def add_body_line(self, text: str, line: int) -> bool:
        """'责任单位：…' / '牵头单位：…' under an item: its bodies, not its text."""
        bodies = body_line(text)
        if bodies is None or self.current is None:
            return False
        add_bodies(self.current, bodies)
        self.current.end_line = self.box.end_line = line
        return True

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
                "item_numbering", f"{self.box.called}：第{no}项紧接在第{self.last_no}项之后，编号不连续", line))
        self.last_no = no
        self.box.items.append(make_item(seq, body, line))
        self.box.end_line = line
        self.last_width = len(seq) + 1 + len(body)

    def accepts_paragraph(self, text: str, after_blank: bool = False) -> bool:
        item = self.current
        if body_line(text) is not None and item is not None:
            return True
        if item is None or item.text is None:
            return True
        # A line broken mid-sentence continues the item's text, unless the next
        # paragraph opens with a short lead sentence the way body paragraphs do. Right
        # under the item (no blank line between), a lead with a comma, one that carries on
        # a figure cut at the line end ('…创业6' / '万人，…') or one after a line wrapped at
        # full width is the rest of the item's sentence, not a body paragraph's lead.
        if ends_sentence(item.text):
            return False
        lead = split_lead(text, max_len=20)
        if lead is None:
            return True
        return not after_blank and ("，" in lead[0] or self.last_width >= _WRAPPED_WIDTH
                                    or (item.text[-1:].isdigit() and text[:1] in _FIGURE_GOES_ON))

    def add_paragraph(self, text: str, line: int) -> None:
        self.last_width = len(text)
        if self.add_body_line(text, line):
            return
        item = self.current
        text, bodies = take_bodies(text)
        if item is not None and bodies:
            add_bodies(item, bodies)
        if not text:
            return
        if item is None:
            self.box.items.append(BoxItem(seq=None, name=None, text=text, line=line, end_line=line))
        elif item.text is None:
            item.text = text
        else:
            item.text = item.text + text
        self.box.items[-1].end_line = line
        self.box.end_line = line
