"""SQLAlchemy 2.0 typed models of the progress database.

Times are whole seconds since the Unix epoch (UTC), which keeps SQL comparisons and indexes simple.
Questions, sources and passages mirror the bank file; they are never deleted, only marked retired,
so history that refers to them by stable id survives a regenerated bank.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Index, Integer, MetaData, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class AppState(Base):
    """Small key/value facts about the whole database: current learner, bank signature."""

    __tablename__ = "app_state"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class Learner(Base):
    __tablename__ = "learners"
    __table_args__ = (Index("ix_learners_owner", "owner", unique=True),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[int] = mapped_column(Integer)
    desired_retention: Mapped[float] = mapped_column(default=0.9)
    new_per_day: Mapped[int] = mapped_column(Integer, default=20)
    # on a class server: the database role (the student's login) that owns this profile and its rows
    owner: Mapped[str | None] = mapped_column(String(63), nullable=True)


class Source(Base):
    __tablename__ = "sources"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    title: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(Text)
    publisher: Mapped[str] = mapped_column(Text)
    date: Mapped[str] = mapped_column(String(32))
    url: Mapped[str] = mapped_column(Text)
    language: Mapped[str] = mapped_column(String(16))
    text: Mapped[str] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Passage(Base):
    __tablename__ = "passages"
    id: Mapped[str] = mapped_column(String(96), primary_key=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), index=True)
    index: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    role: Mapped[str] = mapped_column(String(32))
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Question(Base):
    __tablename__ = "questions"
    __table_args__ = (
        Index("ix_questions_retired_position", "retired", "position"),
        # covering index for the mastery and due counts: they never read the long text columns
        Index("ix_questions_id_retired_source_kind", "id", "retired", "source_id", "kind"),
        Index("ix_questions_retired_source_kind", "retired", "source_id", "kind", "id"),
        Index("ix_questions_fact_format", "fact_id", "format", "retired", "id"),
        Index("ix_questions_mastery", "retired", "source_id", "kind", "format", "fact_id", "id"),
    )
    id: Mapped[str] = mapped_column(String(160), primary_key=True)
    fact_id: Mapped[str] = mapped_column(String(96))
    kind: Mapped[str] = mapped_column(String(32))
    format: Mapped[str] = mapped_column(String(16))
    prompt: Mapped[str] = mapped_column(Text)
    answer: Mapped[str] = mapped_column(Text)
    accepted: Mapped[list[str]] = mapped_column(JSON)
    choices: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)
    source_id: Mapped[str] = mapped_column(ForeignKey("sources.id"), index=True)
    passage_id: Mapped[str] = mapped_column(ForeignKey("passages.id"), index=True)
    quote: Mapped[str] = mapped_column(Text)
    quote_start: Mapped[int] = mapped_column(Integer)
    quote_end: Mapped[int] = mapped_column(Integer)
    answer_start: Mapped[int] = mapped_column(Integer)
    answer_end: Mapped[int] = mapped_column(Integer)
    disagreements: Mapped[list[dict[str, Any]]] = mapped_column(JSON)
    also: Mapped[list[dict[str, Any]]] = mapped_column(JSON, server_default="[]")  # other passages, same fact
    value: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)  # the answer's typed value
    notes: Mapped[list[str]] = mapped_column(JSON, server_default="[]")  # shown beside the answer
    shows: Mapped[list[str]] = mapped_column(JSON, server_default="[]")  # name facts the prompt gives away
    position: Mapped[int] = mapped_column(Integer)
    retired: Mapped[bool] = mapped_column(Boolean, default=False)


class Card(Base):
    """One learner's scheduler state (fsrs) for one question, plus the review-missed drill state."""

    __tablename__ = "cards"
    __table_args__ = (
        Index("ix_cards_learner_due", "learner_id", "due"),
        Index("ix_cards_learner_missed", "learner_id", "missed_at"),
        {"sqlite_with_rowid": False},
    )
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"), primary_key=True)
    state: Mapped[int] = mapped_column(Integer)
    step: Mapped[int | None] = mapped_column(Integer, nullable=True)
    stability: Mapped[float | None] = mapped_column(nullable=True)
    difficulty: Mapped[float | None] = mapped_column(nullable=True)
    due: Mapped[int] = mapped_column(Integer)
    last_review: Mapped[int | None] = mapped_column(Integer, nullable=True)
    created_at: Mapped[int] = mapped_column(Integer)
    reps: Mapped[int] = mapped_column(Integer, default=0)
    lapses: Mapped[int] = mapped_column(Integer, default=0)
    missed_at: Mapped[int | None] = mapped_column(Integer, nullable=True)
    right_streak: Mapped[int] = mapped_column(Integer, default=0)


class AttemptQuarter(Base):
    """Answers and right answers per learner and quarter-hour (UTC), kept by triggers on `attempts`.

    Stats read this instead of scanning every attempt; quarter-hours fold into local days for any
    time zone offset that is a multiple of 15 minutes.
    """

    __tablename__ = "attempt_quarters"
    __table_args__ = ({"sqlite_with_rowid": False},)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"), primary_key=True)
    quarter: Mapped[int] = mapped_column(Integer, primary_key=True)
    answers: Mapped[int] = mapped_column(Integer)
    correct: Mapped[int] = mapped_column(Integer)


class Attempt(Base):
    """One answer, committed as it is given. `prev_card` is the card before it, so undo can restore it."""

    __tablename__ = "attempts"
    __table_args__ = (
        Index("ix_attempts_learner_time", "learner_id", "answered_at", "correct"),
        Index("ix_attempts_learner_question", "learner_id", "question_id"),
        Index("ix_attempts_uid", "uid", unique=True),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"))
    answered_at: Mapped[int] = mapped_column(Integer)
    mode: Mapped[str] = mapped_column(String(16))
    response: Mapped[str] = mapped_column(Text)
    correct: Mapped[bool] = mapped_column(Boolean)
    verdict: Mapped[str] = mapped_column(String(16))
    rating: Mapped[int] = mapped_column(Integer)
    duration_ms: Mapped[int] = mapped_column(Integer)
    prev_card: Mapped[dict[str, Any] | None] = mapped_column(JSON, nullable=True)
    uid: Mapped[str | None] = mapped_column(String(48), nullable=True)  # sent exactly once after offline


class Quiz(Base):
    """A classroom quiz: the choices that built it, saved by name. Its items fix questions and choice order."""

    __tablename__ = "quizzes"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    created_at: Mapped[int] = mapped_column(Integer)
    seed: Mapped[int] = mapped_column(Integer)
    seconds_per_question: Mapped[int] = mapped_column(Integer)
    sources: Mapped[list[str]] = mapped_column(JSON)
    kinds: Mapped[list[str]] = mapped_column(JSON)
    formats: Mapped[list[str]] = mapped_column(JSON)


class QuizItem(Base):
    __tablename__ = "quiz_items"
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quizzes.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"))
    choices: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)


class QuizRun(Base):
    """One student taking one quiz. The id is a UUID so runs from several laptops merge without clashes."""

    __tablename__ = "quiz_runs"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    quiz_id: Mapped[int] = mapped_column(ForeignKey("quizzes.id", ondelete="CASCADE"), index=True)
    learner_id: Mapped[int] = mapped_column(ForeignKey("learners.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[int] = mapped_column(Integer)
    finished_at: Mapped[int | None] = mapped_column(Integer, nullable=True)


class QuizAnswer(Base):
    __tablename__ = "quiz_answers"
    run_id: Mapped[str] = mapped_column(ForeignKey("quiz_runs.id", ondelete="CASCADE"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    question_id: Mapped[str] = mapped_column(ForeignKey("questions.id"))
    response: Mapped[str] = mapped_column(Text)
    correct: Mapped[bool] = mapped_column(Boolean)
    unanswered: Mapped[bool] = mapped_column(Boolean)
    duration_ms: Mapped[int] = mapped_column(Integer)
    answered_at: Mapped[int] = mapped_column(Integer)
    overridden: Mapped[bool] = mapped_column(Boolean, server_default="0")  # graded wrong, accepted by the teacher
