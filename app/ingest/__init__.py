"""Plan documents to plain ParsedPlan trees. No database, no Qt."""
from app.ingest.decode import IngestError, decode_text
from app.ingest.model import ParsedPlan
from app.ingest.parser import parse_bytes, parse_file, parse_text

__all__ = ["IngestError", "ParsedPlan", "decode_text", "parse_bytes", "parse_file", "parse_text"]
