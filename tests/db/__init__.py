"""Database-layer tests (a package, so this conftest never shadows tests/core/conftest)."""
