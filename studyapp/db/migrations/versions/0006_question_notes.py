"""Questions keep their notes for the learner: who a quoted person is, what words in brackets stand
for, how a date or name was normalised. They are shown beside the answer.

Revision ID: 0006_question_notes
Revises: 0005_class_server
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_question_notes"
down_revision: str | None = "0005_class_server"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("questions") as batch:
        batch.add_column(sa.Column("notes", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("questions") as batch:
        batch.drop_column("notes")
