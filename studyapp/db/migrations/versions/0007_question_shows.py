"""Questions keep the name facts whose answer their words print (``shows``): the study plan brings
the name question first, on an earlier day, and never both on one day.

Revision ID: 0007_question_shows
Revises: 0006_question_notes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_question_shows"
down_revision: str | None = "0006_question_notes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("questions") as batch:
        batch.add_column(sa.Column("shows", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("questions") as batch:
        batch.drop_column("shows")
