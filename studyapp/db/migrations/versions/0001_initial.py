"""The first schema: learners, the bank's sources, passages and questions, cards and attempts.

Revision ID: 0001_initial
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001_initial"
down_revision: str | None = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "app_state",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_app_state")),
    )
    op.create_table(
        "learners",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=80), nullable=False),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("desired_retention", sa.Double(), nullable=False),
        sa.Column("new_per_day", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_learners")),
        sa.UniqueConstraint("name", name=op.f("uq_learners_name")),
    )
    op.create_table(
        "sources",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("author", sa.Text(), nullable=False),
        sa.Column("publisher", sa.Text(), nullable=False),
        sa.Column("date", sa.String(length=32), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("language", sa.String(length=16), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sources")),
    )
    op.create_table(
        "attempt_quarters",
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("quarter", sa.Integer(), nullable=False),
        sa.Column("answers", sa.Integer(), nullable=False),
        sa.Column("correct", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_attempt_quarters_learner_id_learners"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("learner_id", "quarter", name=op.f("pk_attempt_quarters")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "passages",
        sa.Column("id", sa.String(length=96), nullable=False),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("index", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=32), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_passages_source_id_sources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_passages")),
    )
    with op.batch_alter_table("passages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_passages_source_id"), ["source_id"], unique=False)

    op.create_table(
        "questions",
        sa.Column("id", sa.String(length=160), nullable=False),
        sa.Column("fact_id", sa.String(length=96), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("format", sa.String(length=16), nullable=False),
        sa.Column("prompt", sa.Text(), nullable=False),
        sa.Column("answer", sa.Text(), nullable=False),
        sa.Column("accepted", sa.JSON(), nullable=False),
        sa.Column("choices", sa.JSON(), nullable=True),
        sa.Column("source_id", sa.String(length=64), nullable=False),
        sa.Column("passage_id", sa.String(length=96), nullable=False),
        sa.Column("quote", sa.Text(), nullable=False),
        sa.Column("quote_start", sa.Integer(), nullable=False),
        sa.Column("quote_end", sa.Integer(), nullable=False),
        sa.Column("answer_start", sa.Integer(), nullable=False),
        sa.Column("answer_end", sa.Integer(), nullable=False),
        sa.Column("disagreements", sa.JSON(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(["passage_id"], ["passages.id"], name=op.f("fk_questions_passage_id_passages")),
        sa.ForeignKeyConstraint(["source_id"], ["sources.id"], name=op.f("fk_questions_source_id_sources")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_questions")),
    )
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.create_index(
            "ix_questions_id_retired_source_kind", ["id", "retired", "source_id", "kind"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_questions_passage_id"), ["passage_id"], unique=False)
        batch_op.create_index("ix_questions_retired_position", ["retired", "position"], unique=False)
        batch_op.create_index("ix_questions_retired_source_kind", ["retired", "source_id", "kind", "id"], unique=False)
        batch_op.create_index(batch_op.f("ix_questions_source_id"), ["source_id"], unique=False)

    op.create_table(
        "attempts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=160), nullable=False),
        sa.Column("answered_at", sa.Integer(), nullable=False),
        sa.Column("mode", sa.String(length=16), nullable=False),
        sa.Column("response", sa.Text(), nullable=False),
        sa.Column("correct", sa.Boolean(), nullable=False),
        sa.Column("verdict", sa.String(length=16), nullable=False),
        sa.Column("rating", sa.Integer(), nullable=False),
        sa.Column("duration_ms", sa.Integer(), nullable=False),
        sa.Column("prev_card", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_attempts_learner_id_learners"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["question_id"], ["questions.id"], name=op.f("fk_attempts_question_id_questions")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attempts")),
    )
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.create_index("ix_attempts_learner_question", ["learner_id", "question_id"], unique=False)
        batch_op.create_index("ix_attempts_learner_time", ["learner_id", "answered_at", "correct"], unique=False)

    op.create_table(
        "cards",
        sa.Column("learner_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.String(length=160), nullable=False),
        sa.Column("state", sa.Integer(), nullable=False),
        sa.Column("step", sa.Integer(), nullable=True),
        sa.Column("stability", sa.Double(), nullable=True),
        sa.Column("difficulty", sa.Double(), nullable=True),
        sa.Column("due", sa.Integer(), nullable=False),
        sa.Column("last_review", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.Integer(), nullable=False),
        sa.Column("reps", sa.Integer(), nullable=False),
        sa.Column("lapses", sa.Integer(), nullable=False),
        sa.Column("missed_at", sa.Integer(), nullable=True),
        sa.Column("right_streak", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["learner_id"], ["learners.id"], name=op.f("fk_cards_learner_id_learners"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(["question_id"], ["questions.id"], name=op.f("fk_cards_question_id_questions")),
        sa.PrimaryKeyConstraint("learner_id", "question_id", name=op.f("pk_cards")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("cards", schema=None) as batch_op:
        batch_op.create_index("ix_cards_learner_due", ["learner_id", "due"], unique=False)
        batch_op.create_index("ix_cards_learner_missed", ["learner_id", "missed_at"], unique=False)

    # attempt_quarters follows attempts (insert, delete, update), so stats never scan every answer
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_QUARTERS_FUNCTION)
        op.execute(
            "CREATE TRIGGER trg_attempts_change AFTER INSERT OR DELETE OR UPDATE OF learner_id, answered_at, correct "
            "ON attempts FOR EACH ROW EXECUTE FUNCTION studyapp_attempt_quarters()"
        )
        return
    op.execute(
        "CREATE TRIGGER trg_attempts_insert AFTER INSERT ON attempts BEGIN "
        "INSERT INTO attempt_quarters (learner_id, quarter, answers, correct) "
        "VALUES (new.learner_id, new.answered_at / 900, 1, new.correct) "
        "ON CONFLICT (learner_id, quarter) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct; "
        "END"
    )
    op.execute(
        "CREATE TRIGGER trg_attempts_delete AFTER DELETE ON attempts BEGIN "
        "UPDATE attempt_quarters SET answers = answers - 1, correct = correct - old.correct "
        "WHERE learner_id = old.learner_id AND quarter = old.answered_at / 900; "
        "END"
    )
    op.execute(
        "CREATE TRIGGER trg_attempts_update AFTER UPDATE OF learner_id, answered_at, correct ON attempts BEGIN "
        "UPDATE attempt_quarters SET answers = answers - 1, correct = correct - old.correct "
        "WHERE learner_id = old.learner_id AND quarter = old.answered_at / 900; "
        "INSERT INTO attempt_quarters (learner_id, quarter, answers, correct) "
        "VALUES (new.learner_id, new.answered_at / 900, 1, new.correct) "
        "ON CONFLICT (learner_id, quarter) DO UPDATE SET answers = answers + 1, correct = correct + excluded.correct; "
        "END"
    )


PG_QUARTERS_FUNCTION = """
CREATE OR REPLACE FUNCTION studyapp_attempt_quarters() RETURNS trigger LANGUAGE plpgsql AS $fn$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE attempt_quarters SET answers = answers - 1, correct = correct - OLD.correct::int
        WHERE learner_id = OLD.learner_id AND quarter = OLD.answered_at / 900;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO attempt_quarters AS q (learner_id, quarter, answers, correct)
        VALUES (NEW.learner_id, NEW.answered_at / 900, 1, NEW.correct::int)
        ON CONFLICT (learner_id, quarter) DO UPDATE SET answers = q.answers + 1, correct = q.correct + excluded.correct;
    END IF;
    RETURN NULL;
END
$fn$
"""


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_attempts_change ON attempts")
        op.execute("DROP FUNCTION IF EXISTS studyapp_attempt_quarters()")
    else:
        op.execute("DROP TRIGGER IF EXISTS trg_attempts_update")
        op.execute("DROP TRIGGER IF EXISTS trg_attempts_delete")
        op.execute("DROP TRIGGER IF EXISTS trg_attempts_insert")
    with op.batch_alter_table("cards", schema=None) as batch_op:
        batch_op.drop_index("ix_cards_learner_missed")
        batch_op.drop_index("ix_cards_learner_due")

    op.drop_table("cards")
    with op.batch_alter_table("attempts", schema=None) as batch_op:
        batch_op.drop_index("ix_attempts_learner_time")
        batch_op.drop_index("ix_attempts_learner_question")

    op.drop_table("attempts")
    with op.batch_alter_table("questions", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_questions_source_id"))
        batch_op.drop_index("ix_questions_retired_source_kind")
        batch_op.drop_index("ix_questions_retired_position")
        batch_op.drop_index(batch_op.f("ix_questions_passage_id"))
        batch_op.drop_index("ix_questions_id_retired_source_kind")

    op.drop_table("questions")
    with op.batch_alter_table("passages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_passages_source_id"))

    op.drop_table("passages")
    op.drop_table("attempt_quarters")
    op.drop_table("sources")
    op.drop_table("learners")
    op.drop_table("app_state")
