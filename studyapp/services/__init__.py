"""Qt-free application services: every user action is one call here, returning frozen dataclasses.

Reads are plain SQL on the database's shared connection (cheap at start-up); writes go through the
SQLAlchemy ORM, one unit of work per action.
"""
