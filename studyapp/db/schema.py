"""The schema revision this version of studyapp reads and writes.

Kept apart from the Alembic scripts so that start-up can compare it with the database's
`alembic_version` row without importing Alembic; a test checks it equals the scripts' head.
"""

from __future__ import annotations

SCHEMA_REVISION = "0007_question_shows"

# Every revision this version knows, oldest first. A database at any other revision is newer than us.
KNOWN_REVISIONS: tuple[str, ...] = (
    "0001_initial",
    "0002_quizzes",
    "0003_question_citations",
    "0004_answer_values",
    "0005_class_server",
    "0006_question_notes",
    "0007_question_shows",
)
