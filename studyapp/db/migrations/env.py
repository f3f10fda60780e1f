"""Alembic environment: runs on the connection handed over by `studyapp.db.migrate`."""

from __future__ import annotations

from alembic import context

from studyapp.db.models import Base

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only used by `alembic` on the command line
    from sqlalchemy import create_engine

    engine = create_engine(context.config.get_main_option("sqlalchemy.url") or "sqlite://")
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
else:
    context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
    with context.begin_transaction():
        context.run_migrations()
