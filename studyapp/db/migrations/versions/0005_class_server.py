"""A class on one server: each learner row names the database role that owns it (row-level security
reads it), study answers carry a UUID so answers kept offline are sent exactly once, and on
PostgreSQL a quiz answer notifies the teacher's screens and has its choice graded by the server.

Revision ID: 0005_class_server
Revises: 0004_answer_values
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_class_server"
down_revision: str | None = "0004_answer_values"
branch_labels = None
depends_on = None

# A quiz answer or a started or finished run tells the teacher's screens at once (LISTEN studyapp_quiz).
PG_NOTIFY_FUNCTION = """
CREATE OR REPLACE FUNCTION studyapp_notify_quiz() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    quiz integer;
BEGIN
    IF TG_TABLE_NAME = 'quiz_runs' THEN
        PERFORM pg_notify('studyapp_quiz', json_build_object(
            'quiz', NEW.quiz_id, 'run', NEW.id, 'position', -1, 'finished', NEW.finished_at IS NOT NULL)::text);
    ELSE
        SELECT r.quiz_id INTO quiz FROM quiz_runs r WHERE r.id = NEW.run_id;
        PERFORM pg_notify('studyapp_quiz', json_build_object(
            'quiz', quiz, 'run', NEW.run_id, 'position', NEW.position, 'finished', false)::text);
    END IF;
    RETURN NULL;
END
$fn$
"""

# The server, not the student's laptop, decides whether a picked choice is right.
PG_GRADE_CHOICE_FUNCTION = """
CREATE OR REPLACE FUNCTION studyapp_grade_choice() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    q record;
BEGIN
    SELECT format, answer INTO q FROM questions WHERE id = NEW.question_id;
    IF q.format = 'mc' THEN
        NEW.correct := NOT NEW.unanswered AND NEW.response = q.answer;
    END IF;
    RETURN NEW;
END
$fn$
"""


def upgrade() -> None:
    with op.batch_alter_table("learners") as batch:
        batch.add_column(sa.Column("owner", sa.String(63), nullable=True))
        batch.create_index("ix_learners_owner", ["owner"], unique=True)
    with op.batch_alter_table("attempts") as batch:
        batch.add_column(sa.Column("uid", sa.String(48), nullable=True))
        batch.create_index("ix_attempts_uid", ["uid"], unique=True)
    if op.get_bind().dialect.name == "postgresql":
        op.execute(PG_NOTIFY_FUNCTION)
        op.execute(PG_GRADE_CHOICE_FUNCTION)
        op.execute(
            "CREATE TRIGGER trg_quiz_answers_notify AFTER INSERT OR UPDATE ON quiz_answers "
            "FOR EACH ROW EXECUTE FUNCTION studyapp_notify_quiz()"
        )
        op.execute(
            "CREATE TRIGGER trg_quiz_runs_notify AFTER INSERT OR UPDATE OF finished_at ON quiz_runs "
            "FOR EACH ROW EXECUTE FUNCTION studyapp_notify_quiz()"
        )
        op.execute(
            "CREATE TRIGGER trg_quiz_answers_grade BEFORE INSERT ON quiz_answers "
            "FOR EACH ROW EXECUTE FUNCTION studyapp_grade_choice()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS trg_quiz_answers_grade ON quiz_answers")
        op.execute("DROP TRIGGER IF EXISTS trg_quiz_runs_notify ON quiz_runs")
        op.execute("DROP TRIGGER IF EXISTS trg_quiz_answers_notify ON quiz_answers")
        op.execute("DROP FUNCTION IF EXISTS studyapp_grade_choice()")
        op.execute("DROP FUNCTION IF EXISTS studyapp_notify_quiz()")
    with op.batch_alter_table("attempts") as batch:
        batch.drop_index("ix_attempts_uid")
        batch.drop_column("uid")
    with op.batch_alter_table("learners") as batch:
        batch.drop_index("ix_learners_owner")
        batch.drop_column("owner")
