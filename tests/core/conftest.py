import pytest

from app.ingest import parse_file
from plan_helpers import FILES, SOURCES


@pytest.fixture(scope="session")
def plans():
    """The five bundled documents, parsed once per test session."""
    return {name: parse_file(SOURCES / file) for name, file in FILES.items()}
