"""What a tab shows, as a value: the key that finds an open tab again and restores it after a restart.

A key is a kind and its identifiers: `source:12`, `section:340`, `compare:3:7:9`, `province:湖南省`.
The text form is what the settings file keeps, so it must stay stable across versions.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from app.service import NodeKind, NodeRef


class TabKind(StrEnum):
    """Tabs that are not a tree node's view (those take the node's kind)."""

    SOURCE = "source"  # the plan's source document, line by line
    TABLES = "tables"  # all of a plan's indicator tables (the 主要指标 node)
    COMPARE = "compare"  # two to four plans side by side
    CHART = "chart"  # charts of a plan's indicators


_TEXT_IDS = frozenset({NodeKind.PROVINCE, NodeKind.CITY})  # named, not numbered


@dataclass(frozen=True)
class TabKey:
    kind: str  # a TabKind or a NodeKind
    ids: tuple[int | str, ...] = ()

    def __str__(self) -> str:
        return ":".join([str(self.kind), *(str(part) for part in self.ids)])

    @classmethod
    def of(cls, kind: str, *ids: int | str | None) -> TabKey:
        return cls(str(kind), tuple(part for part in ids if part is not None))

    @classmethod
    def parse(cls, text: str) -> TabKey | None:
        """The key a settings file saved; None for text no version of the app wrote."""
        kind, _, rest = text.partition(":")
        if kind in _TEXT_IDS:
            return cls(kind, (rest,))
        parts = [part for part in rest.split(":") if part]
        if not kind or not all(part.isdigit() for part in parts):
            return None
        return cls(kind, tuple(int(part) for part in parts))

    @property
    def node_ref(self) -> NodeRef | None:
        """The tree node this tab shows, if it shows one."""
        if self.kind == TabKind.TABLES and self.ids:
            return NodeRef(NodeKind.INDICATORS, self.ids[0])
        if self.kind in {k.value for k in TabKind} or len(self.ids) != 1:
            return None
        return NodeRef(self.kind, self.ids[0])
