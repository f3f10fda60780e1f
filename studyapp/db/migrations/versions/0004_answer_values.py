"""Questions carry their answer's value (a date, a figure, a person, a place, a list, a post) for grading,
and are indexed by fact (siblings are buried on one day; mastery of a fact needs its recall question).

Revision ID: 0004_answer_values
Revises: 0003_question_citations
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_answer_values"
down_revision: str | None = "0003_question_citations"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("questions") as batch:
        batch.add_column(sa.Column("value", sa.JSON(), nullable=True))
        # siblings (same fact) are looked up for burying and for mastery
        batch.create_index("ix_questions_fact_format", ["fact_id", "format", "retired", "id"])
        # mastery (which needs a fact's recall question) read from the index alone
        batch.create_index("ix_questions_mastery", ["retired", "source_id", "kind", "format", "fact_id", "id"])
    with op.batch_alter_table("quiz_answers") as batch:  # a typed answer the teacher accepted ("I was right")
        batch.add_column(sa.Column("overridden", sa.Boolean(), nullable=False, server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("quiz_answers") as batch:
        batch.drop_column("overridden")
    with op.batch_alter_table("questions") as batch:
        batch.drop_index("ix_questions_mastery")
        batch.drop_index("ix_questions_fact_format")
        batch.drop_column("value")
