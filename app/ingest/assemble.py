"""Passes 2 and 3: repair lost chapter headings, then build the chapter tree.

A section numbering that restarts (or falls back) without a chapter heading in
between means a chapter heading was lost.  If a short unnumbered line stands
just before, it is that chapter's heading without its 第N章 prefix; otherwise the
chapter is recorded as lost (title None), never invented.
"""
from __future__ import annotations

from app.ingest.headings import HeadingMatch
from app.ingest.model import Chapter, Paragraph, ParsedPlan, Part, Section, SourceIssue, Subsection
from app.ingest.scanner import Block, is_bare_heading


def repair_lost_chapters(blocks: list[Block], issues: list[SourceIssue]) -> list[Block]:
    """Insert or mark chapter headings implied by section numbering restarts."""
    out: list[Block] = []
    last_section_no = 0
    last_section_index: int | None = None
    chapter_no = 0
    for block in blocks:
        if block.kind == "chapter":
            chapter_no = _check_chapter_number(block, chapter_no, issues)
            last_section_no, last_section_index = 0, None
        elif block.kind == "section":
            no = block.known_heading.no
            if chapter_no and no <= last_section_no:
                chapter_no += 1
                _insert_implied_chapter(out, last_section_index, block, chapter_no, issues)
                last_section_no = 0
            elif not chapter_no and _has_chapters(blocks):
                chapter_no = 1
                _insert_implied_chapter(out, None, block, chapter_no, issues)
            if no > last_section_no + 1:
                message = f"第{chapter_no}章：第{no}节之前的节在原文中缺失"
                issues.append(SourceIssue("lost_sections", message, block.line))
            last_section_no, last_section_index = no, len(out)
        out.append(block)
    return out


def _has_chapters(blocks: list[Block]) -> bool:
    return any(b.kind == "chapter" for b in blocks)


def _check_chapter_number(block: Block, previous: int, issues: list[SourceIssue]) -> int:
    no = block.known_heading.no
    if previous and no != previous + 1:
        issues.append(SourceIssue("chapter_numbering",
                                  f"第{no}章紧接在第{previous}章之后：章序号不连续",
                                  block.line))
    return no


def _insert_implied_chapter(out: list[Block], since: int | None, section: Block, no: int,
                            issues: list[SourceIssue]) -> None:
    start = 0 if since is None else since + 1
    for index in range(len(out) - 1, start - 1, -1):
        block = out[index]
        if block.kind != "para":
            break
        if is_bare_heading(block.text):
            block.kind = "chapter"
            block.heading = HeadingMatch("bare", no, block.text, "")
            issues.append(SourceIssue("heading_without_number",
                                      f"章标题“{block.text}”缺少“第{no}章”序号；"
                                      f"根据节序号重新开始，认定为第{no}章", block.line))
            return
    position = _gap_position(out, start) if since is not None else len(out)
    line = out[position].line if position < len(out) else section.line
    out.insert(position, Block("chapter", line, "", heading=HeadingMatch("lost", no, "", ""), present=False))
    issues.append(SourceIssue("lost_heading", f"第{no}章的标题在原文中缺失："
                              f"第{section.line}行处节序号重新开始", line))


def _gap_position(out: list[Block], start: int) -> int:
    """Where lost text most likely was: after the box before a jump in 专栏 numbers."""
    numbers = [(i, no) for i, b in enumerate(out) if b.kind == "box" and (no := b.known_box.no) is not None]
    for (i, no), (_, following) in zip(numbers, numbers[1:]):
        if i >= start and following > no + 1:
            return _after_box(out, i)
    return len(out)


def _after_box(out: list[Block], index: int) -> int:
    """The first block after the box's own last line."""
    end = out[index].known_box.end_line
    position = index + 1
    while position < len(out) and out[position].line <= end:
        position += 1
    return position


def build_tree(plan: ParsedPlan, blocks: list[Block]) -> None:
    """Pass 3: chapters, sections, subsections, paragraphs and boxes in reading order."""
    chapter: Chapter | None = None
    section: Section | None = None
    sub: Subsection | None = None
    part: Part | None = None
    for block in blocks:
        if block.kind == "part":
            heading = block.known_heading
            part = Part(heading.no, heading.title, block.line)
            plan.parts.append(part)
            chapter = section = sub = None
        elif block.kind == "chapter":
            heading = block.known_heading
            chapter = Chapter(no=heading.no, title=heading.title if block.present else None,
                              heading_present=block.present, line=block.line,
                              part_no=part.no if part else None)
            plan.chapters.append(chapter)
            section = sub = None
        elif block.kind == "section":
            heading = block.known_heading
            section, sub = Section(no=heading.no, title=heading.title, line=block.line), None
            if chapter is None:
                plan.issues.append(SourceIssue("section_outside_chapter",
                                               f"节“{section.title}”出现在任何章之前", block.line))
                chapter = Chapter(no=0, title=None, heading_present=False, line=block.line)
                plan.chapters.append(chapter)
            chapter.sections.append(section)
        elif block.kind == "subsection" and section is not None:
            heading = block.known_heading
            sub = Subsection(no=heading.no, title=heading.title, line=block.line)
            section.subsections.append(sub)
        elif block.kind == "box":
            _place_box(plan, block, chapter, section)
        else:
            text = block.text if block.kind == "para" else block.text
            _place_paragraph(plan, Paragraph(text, block.line), chapter, section, sub)


def _place_box(plan: ParsedPlan, block: Block, chapter: Chapter | None, section: Section | None) -> None:
    box = block.known_box
    box.chapter_no = chapter.no if chapter else None
    box.section_no = section.no if section else None
    holder = section or chapter
    if holder is not None:
        holder.box_nos.append(box.no)
    plan.boxes.append(box)


def _place_paragraph(plan: ParsedPlan, para: Paragraph, chapter: Chapter | None,
                     section: Section | None, sub: Subsection | None) -> None:
    if sub is not None:
        sub.paragraphs.append(para)
    elif section is not None:
        section.paragraphs.append(para)
    elif chapter is not None:
        chapter.paragraphs.append(para)
    else:
        plan.preamble.append(para)
