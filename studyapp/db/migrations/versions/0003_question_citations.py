"""Questions cite every passage that states their fact ("also in …").

Revision ID: 0003_question_citations
Revises: 0002_quizzes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_question_citations"
down_revision: str | None = "0002_quizzes"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("questions") as batch:
        batch.add_column(sa.Column("also", sa.JSON(), nullable=False, server_default="[]"))


def downgrade() -> None:
    with op.batch_alter_table("questions") as batch:
        batch.drop_column("also")
