"""SQLAlchemy ORM for plan databases: the data model, not Qt item models. No Qt."""
from app.models.base import SCHEMA_VERSION, Base, Meta
from app.models.boxes import Agency, Box, BoxColumn, BoxItem, Cell, Indicator, Unplaced
from app.models.overrides import KeyOverride
from app.models.plan import Plan, ProseTarget, SourceIssue
from app.models.structure import Chapter, Paragraph, Part, Section, Subsection

__all__ = [
    "KeyOverride",
    "SCHEMA_VERSION", "Agency", "Base", "Box", "BoxColumn", "BoxItem", "Cell", "Chapter",
    "Indicator", "Meta", "Paragraph", "Part", "Plan", "ProseTarget", "Section", "SourceIssue",
    "Subsection", "Unplaced",
]
