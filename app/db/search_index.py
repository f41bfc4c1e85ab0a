"""Chinese full-text search that finds queries of any length, one character up.

Why not the obvious choices: SQLite's `trigram` tokenizer silently finds nothing
for 1- and 2-character queries (就业, 社保, 保), and `unicode61` treats a whole run
of CJK characters as ONE token, so 就业 would only match the exact run 就业.

What we do instead: every indexed text is normalised (NFKC, case-folded, only
letters, digits, "." and "%" kept) and stored with ONE CHARACTER PER TOKEN, i.e. separated
by spaces ("就 业 创 业"); `unicode61` then sees each character as its own token.
A query is normalised the same way and searched as a phrase ("就 业"), which
matches exactly those texts containing the characters consecutively (ignoring
other punctuation and spaces, as the index does). "." and "%" are kept so that
4.5 does not match 245. The phrase is quoted and holds only those characters, so
no user input can reach the FTS5 query syntax.

Snippet offsets are computed in Python from the original text with the same
normalisation, so the highlighted span is the one FTS5 matched.
"""
from __future__ import annotations

import functools
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

from sqlalchemy import Column, Connection, Integer, MetaData, Table, Text, text
from sqlalchemy.orm import Session

TABLE = "search_index"

#: The FTS5 table described for `select()`; on its own MetaData so that
#: `Base.metadata.create_all` never tries to create it as an ordinary table.
search_table = Table(
    TABLE, MetaData(),
    Column("rowid", Integer, primary_key=True), Column("body", Text),
    Column("plan_id", Integer), Column("kind", Text), Column("ref_id", Integer),
    Column("line", Integer), Column("chapter_id", Integer), Column("section_id", Integer),
    Column("subsection_id", Integer), Column("box_id", Integer), Column("original", Text),
)

# Only `body` is tokenised; the rest is carried along to locate and show a hit.
_CREATE = f"""
CREATE VIRTUAL TABLE IF NOT EXISTS {TABLE} USING fts5(
    body,
    plan_id UNINDEXED, kind UNINDEXED, ref_id UNINDEXED, line UNINDEXED,
    chapter_id UNINDEXED, section_id UNINDEXED, subsection_id UNINDEXED, box_id UNINDEXED,
    original UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0 tokenchars ''.%'''
)"""
# remove_diacritics 0 and tokenchars: keep what unicode61 does identical to
# `normalise` below, so snippet offsets agree with what FTS5 matched.

#: Punctuation that matters inside numbers (4.5%), kept as tokens.
_EXTRA_TOKEN_CHARS = frozenset(".%")

_INSERT = text(
    f"INSERT INTO {TABLE} (body, plan_id, kind, ref_id, line, chapter_id, section_id,"
    " subsection_id, box_id, original) VALUES (:body, :plan_id, :kind, :ref_id, :line,"
    " :chapter_id, :section_id, :subsection_id, :box_id, :original)")


@dataclass(frozen=True)
class IndexEntry:
    """One searchable text and where it sits in its plan."""

    plan_id: int
    kind: str  # plan | chapter | section | subsection | paragraph | box | item | indicator
    ref_id: int
    original: str
    line: int | None = None
    chapter_id: int | None = None
    section_id: int | None = None
    subsection_id: int | None = None
    box_id: int | None = None


def _is_token_char(char: str) -> bool:
    # unicode61's default token classes (letters, numbers, private use) + tokenchars.
    category = unicodedata.category(char)
    return category[0] in "LN" or category == "Co" or char in _EXTRA_TOKEN_CHARS


@functools.lru_cache(maxsize=65536)
def _normalise_char(char: str) -> str:
    """What one source character becomes in the index: usually itself, or nothing.

    Cached: a plan uses a few thousand distinct characters.
    """
    return "".join(out for out in unicodedata.normalize("NFKC", char).casefold()
                   if _is_token_char(out))


def normalise(source: str) -> str:
    """The letters, digits, "." and "%" of `source`, NFKC-normalised and case-folded."""
    return "".join(map(_normalise_char, source))


def index_body(source: str) -> str:
    """The text as stored in the index: one normalised character per token."""
    return " ".join(normalise(source))


def match_expression(query: str) -> str | None:
    """An FTS5 phrase for `query`, or None when it has no searchable characters.

    Quotes are doubled anyway, although `normalise` never keeps one.
    """
    chars = normalise(query or "")
    if not chars:
        return None
    return '"' + " ".join(chars).replace('"', '""') + '"'


def match_spans(original: str, query: str) -> list[tuple[int, int]]:
    """Where `query` occurs in `original`, as [start, end) offsets into `original`.

    Characters are normalised one at a time, so each normalised character maps back
    to the source character it came from (NFKC may turn one into several: ㈠ -> 一).
    """
    needle = normalise(query or "")
    if not needle:
        return []
    pieces = list(map(_normalise_char, original))  # C-speed loops: this runs per hit
    haystack = "".join(pieces)
    # ends[i]: length of the normalised text up to and including source character i.
    ends = list(accumulate(map(len, pieces)))
    spans = []
    found = haystack.find(needle)
    while found >= 0:
        last = found + len(needle) - 1
        spans.append((bisect_right(ends, found), bisect_right(ends, last) + 1))
        found = haystack.find(needle, last + 1)
    return spans


def match_clause(expression: str):
    """WHERE clause for `select()`: rows whose body matches an FTS5 expression."""
    return text(f"{TABLE} MATCH :match_expression").bindparams(match_expression=expression)


def create_search_index(conn: Connection | Session) -> None:
    """Create the FTS5 table (inside the caller's transaction)."""
    conn.execute(text(_CREATE))


def add_entries(session: Session, entries: list[IndexEntry]) -> int:
    """Index `entries` (inside the caller's transaction); returns how many were added."""
    rows = [_row(entry) for entry in entries if entry.original and entry.original.strip()]
    if rows:
        session.execute(_INSERT, rows)
    return len(rows)


def _row(entry: IndexEntry) -> dict:
    return {
        "body": index_body(entry.original), "plan_id": entry.plan_id, "kind": entry.kind,
        "ref_id": entry.ref_id, "line": entry.line, "chapter_id": entry.chapter_id,
        "section_id": entry.section_id, "subsection_id": entry.subsection_id,
        "box_id": entry.box_id, "original": entry.original,
    }



def index_problem(conn: Connection | Session) -> str | None:
    """None if the FTS5 index agrees with its content, else what SQLite says is wrong.

    `PRAGMA quick_check` does not read inside an FTS5 index: 64 stray bytes in it passed,
    and then searches missed hits or failed. FTS5's own 'integrity-check' reads it all (a
    write statement, so it needs a read-write connection; it changes nothing).
    """
    try:
        conn.execute(text(f"INSERT INTO {TABLE}({TABLE}) VALUES ('integrity-check')"))
    except Exception as exc:  # SQLAlchemy's DBAPIError around sqlite3's "malformed"
        detail = getattr(exc, "orig", None) or exc
        return str(detail).splitlines()[0]
    return None


def drop_search_index(conn: Connection | Session) -> None:
    """Remove the FTS5 table and its shadow tables (inside the caller's transaction); a
    damaged index cannot be trusted to delete its own rows, but it can be dropped."""
    conn.execute(text(f"DROP TABLE IF EXISTS {TABLE}"))
