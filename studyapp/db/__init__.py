"""Storage: the SQLite progress database, its ORM models and its Alembic migrations.

`studyapp.db.database` opens a database with the standard library only, so start-up does not pay for
SQLAlchemy; `studyapp.db.models` (SQLAlchemy) and the migrations are imported when first needed.
"""
