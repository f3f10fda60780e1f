"""Alembic migrations of the progress database (script location)."""
