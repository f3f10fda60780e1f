"""Setting up a class on a PostgreSQL server: a teacher role, a student group, one login per student,
and row-level security deciding who sees what.

- The teacher's role owns the tables, so it reads and writes everything (row-level security does
  not apply to a table's owner). It may create student logins (CREATEROLE, and ADMIN on the group).
- Students are members of the group role ``<database>_students``. They read the course (sources,
  passages, questions, quizzes) and read and write only their own profile, cards, answers and quiz
  attempts. They may add quiz answers but never change or delete one, and the server grades a
  picked choice itself, so a student cannot raise their own grade. They cannot change a quiz or the
  bank, nor see another student's profile or answers.
- Other roles of the server get nothing: CONNECT on the database is revoked from PUBLIC.
"""

from __future__ import annotations

import re
import secrets
import time
import unicodedata
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from studyapp.errors import DatabaseError, DatabaseForbidden, InvalidInput, NotFound

if TYPE_CHECKING:
    import psycopg

    from studyapp.db.database import Database
    from studyapp.db.server import ServerDatabase, ServerLocation

GROUP_KEY = "class.students_role"
TEACHER_KEY = "class.teacher_role"

# the signed-in role owns the tables: the teacher (or the administrator of a database not set up as a class)
OWNS_TABLES = (
    "SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables "
    "WHERE schemaname = 'public' AND tablename = 'quizzes'"
)
MINE = "(SELECT id FROM learners WHERE owner = current_user)"
OWN_ROWS: dict[str, str] = {
    "learners": "owner = current_user",
    "cards": f"learner_id IN {MINE}",
    "attempts": f"learner_id IN {MINE}",
    "attempt_quarters": f"learner_id IN {MINE}",
    "quiz_runs": f"learner_id IN {MINE}",
    "quiz_answers": f"run_id IN (SELECT id FROM quiz_runs WHERE learner_id IN {MINE})",
}
READ_ONLY = ("sources", "passages", "questions", "quizzes", "quiz_items", "app_state", "alembic_version")
STUDENT_GRANTS: dict[str, str] = {
    "learners": "SELECT, UPDATE (desired_retention, new_per_day)",
    "cards": "SELECT, INSERT, UPDATE, DELETE",
    "attempts": "SELECT, INSERT, UPDATE, DELETE",  # undo and "I was right" in self-study
    "attempt_quarters": "SELECT, INSERT, UPDATE",  # kept by the trigger on attempts, as the student
    "quiz_runs": "SELECT, INSERT (id, quiz_id, learner_id, started_at, finished_at), UPDATE (finished_at)",
    # no UPDATE, no DELETE, and not `overridden` (the teacher's acceptance): an answer given stays as given
    "quiz_answers": "SELECT, INSERT (run_id, position, question_id, response, correct, unanswered, duration_ms, "
    "answered_at)",
}


@dataclass(frozen=True)
class Login:
    name: str  # the learner's name as shown in the app
    role: str  # the database role
    url: str  # the one-time connection string (holds the password)


@dataclass(frozen=True)
class StudentRow:
    name: str
    role: str
    answers: int
    quiz_answers: int
    last_active: int | None


def _sql() -> Any:
    from psycopg import sql

    return sql


def role_slug(name: str) -> str:
    """A role name made of lower-case letters, digits and underscores ("Anna Müller" -> "anna_muller")."""
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "_", plain).strip("_")[:40]


def _connect(url: str) -> psycopg.Connection[Any]:
    from studyapp.db.server import ServerLocation, connect_raw

    return connect_raw(ServerLocation(url))


def _url_for(base: ServerLocation, role: str, password: str) -> str:
    from urllib.parse import quote

    from sqlalchemy.engine import make_url

    u = make_url(base.sqlalchemy_url)
    host = u.host or "localhost"
    port = f":{u.port}" if u.port else ""
    return f"postgresql://{quote(role, safe='')}:{quote(password, safe='')}@{host}{port}/{u.database}"


def _role_exists(conn: psycopg.Connection[Any], role: str) -> bool:
    return conn.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,)).fetchone() is not None


def _state(conn: psycopg.Connection[Any], key: str) -> str | None:
    if conn.execute("SELECT to_regclass('app_state')").fetchone() == (None,):
        return None
    row = conn.execute("SELECT value FROM app_state WHERE key = %s", (key,)).fetchone()
    return None if row is None else str(row[0])


def init_class(admin_url: str, teacher: str, *, bank: Any = None, clock: Any = time.time) -> Login:
    """Create the schema, the teacher's login and the student group in the database of ``admin_url``
    (a role that may create roles: the server's administrator). Returns the teacher's login.

    Running it again keeps the schema and progress, refreshes the rules and gives the teacher a new
    password."""
    from studyapp.db.server import ServerLocation, open_server_database

    sql = _sql()
    admin = ServerLocation(admin_url)
    clean = " ".join(teacher.split())
    slug = role_slug(clean)
    if not slug:
        raise InvalidInput("the teacher's name needs letters or digits (it names their login)")
    with _connect(admin_url) as conn:
        database = str(conn.execute("SELECT current_database()").fetchone()[0])  # type: ignore[index]
        role = f"{database}_{slug}"[
            :63
        ]  # roles belong to the whole server: one class's names never clash with another's
        group = f"{database}_students"[:63]
        password = secrets.token_urlsafe(18)
        previous = _state(conn, TEACHER_KEY)
        if previous and previous != role:
            raise InvalidInput(f"this class already has a teacher login ({previous}); use it, or a new database")
        ident, grp, db_ident = sql.Identifier(role), sql.Identifier(group), sql.Identifier(database)
        if _role_exists(conn, role):
            conn.execute(sql.SQL("ALTER ROLE {} LOGIN CREATEROLE PASSWORD {}").format(ident, sql.Literal(password)))
        else:
            conn.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(ident, sql.Literal(password)))
        if not _role_exists(conn, group):
            conn.execute(sql.SQL("CREATE ROLE {} NOLOGIN").format(grp))
        conn.execute(sql.SQL("GRANT {} TO {} WITH ADMIN OPTION").format(grp, ident))
        conn.execute(sql.SQL("REVOKE CONNECT, TEMPORARY ON DATABASE {} FROM PUBLIC").format(db_ident))
        conn.execute(sql.SQL("GRANT CONNECT ON DATABASE {} TO {}, {}").format(db_ident, ident, grp))
        conn.execute(sql.SQL("GRANT USAGE, CREATE ON SCHEMA public TO {}").format(ident))
        conn.execute(sql.SQL("GRANT USAGE ON SCHEMA public TO {}").format(grp))
        _hand_over_ownership(conn, role)
    teacher_url = _url_for(admin, role, password)
    db = open_server_database(ServerLocation(teacher_url))  # creates or upgrades the schema as the teacher
    try:
        from studyapp.db.models import AppState
        from studyapp.db.models import Learner as LearnerRow

        with db.session() as session:
            session.merge(AppState(key=GROUP_KEY, value=group))
            session.merge(AppState(key=TEACHER_KEY, value=role))
            if db.scalar("SELECT id FROM learners WHERE owner = ?", (role,)) is None:
                session.add(
                    LearnerRow(name=clean, created_at=int(clock()), desired_retention=0.9, new_per_day=20, owner=role)
                )
        refresh_class_rules(db)
        if bank is not None:
            from studyapp.services.bank_sync import sync_bank_file

            sync_bank_file(db, bank)
    finally:
        db.close()
    return Login(clean, role, teacher_url)


def _hand_over_ownership(conn: psycopg.Connection[Any], role: str) -> None:
    """Tables made before by another role (the administrator opened the database first) go to the teacher."""
    sql = _sql()
    rows = conn.execute(
        "SELECT c.relname, c.relkind FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
        "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'S') AND pg_get_userbyid(c.relowner) <> %s",
        (role,),
    ).fetchall()
    for name, kind in rows:
        if (
            kind == "S"
            and conn.execute(
                "SELECT 1 FROM pg_depend d JOIN pg_class c ON c.oid = d.objid WHERE c.relname = %s AND d.deptype = 'a'",
                (name,),
            ).fetchone()
        ):
            continue  # a sequence owned by a column moves with its table
        conn.execute(sql.SQL("ALTER TABLE {} OWNER TO {}").format(sql.Identifier(name), sql.Identifier(role)))
    for (name,) in conn.execute(
        "SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
        "WHERE n.nspname = 'public' AND p.proname LIKE 'studyapp%%'"
    ).fetchall():
        conn.execute(sql.SQL("ALTER FUNCTION {}() OWNER TO {}").format(sql.Identifier(name), sql.Identifier(role)))


def refresh_class_rules(db: ServerDatabase) -> None:
    """(Re)apply the student group's grants and row-level security; nothing on a database that is
    not set up as a class. Idempotent: run after every schema upgrade."""
    group = db.scalar("SELECT value FROM app_state WHERE key = ?", (GROUP_KEY,))
    if group is None:
        return
    sql = _sql()
    grp = sql.Identifier(str(group))
    statements: list[Any] = []
    for table in READ_ONLY:
        statements.append(sql.SQL("GRANT SELECT ON {} TO {}").format(sql.Identifier(table), grp))
    for table, privileges in STUDENT_GRANTS.items():
        t = sql.Identifier(table)
        statements.append(sql.SQL("REVOKE ALL ON {} FROM {}").format(t, grp))
        statements.append(sql.SQL("GRANT " + privileges + " ON {} TO {}").format(t, grp))
    statements.append(sql.SQL("GRANT USAGE ON SEQUENCE attempts_id_seq TO {}").format(grp))
    for table, rule in OWN_ROWS.items():
        t = sql.Identifier(table)
        statements.append(sql.SQL("ALTER TABLE {} ENABLE ROW LEVEL SECURITY").format(t))
        statements.append(sql.SQL("DROP POLICY IF EXISTS studyapp_own ON {}").format(t))
        statements.append(
            sql.SQL("CREATE POLICY studyapp_own ON {} TO {} USING (" + rule + ") WITH CHECK (" + rule + ")").format(
                t, grp
            )
        )
    from studyapp.db.server import connect_raw

    with connect_raw(db.server, autocommit=False) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def _class_roles(conn: psycopg.Connection[Any]) -> tuple[str, str]:
    group = _state(conn, GROUP_KEY)
    teacher = _state(conn, TEACHER_KEY)
    if group is None or teacher is None:
        raise DatabaseError("class", "this database is not set up as a class yet; run `studyapp class init` first")
    owner = conn.execute(OWNS_TABLES).fetchone()
    if not owner or not owner[0]:
        raise DatabaseForbidden("class", "only the teacher's login can manage the class")
    return group, teacher


def add_student(teacher_url: str, name: str, *, clock: Any = time.time) -> Login:
    """A login for one student, and their profile. The password is in the returned URL and nowhere else."""
    from studyapp.db.server import ServerLocation

    sql = _sql()
    clean = " ".join(name.split())
    if not clean:
        raise InvalidInput("a student needs a name")
    if len(clean) > 80:
        raise InvalidInput("a name can have at most 80 characters")
    with _connect(teacher_url) as conn:
        group, _teacher = _class_roles(conn)
        database = str(conn.execute("SELECT current_database()").fetchone()[0])  # type: ignore[index]
        existing = conn.execute("SELECT id, owner FROM learners WHERE lower(name) = lower(%s)", (clean,)).fetchone()
        if existing is not None and existing[1] is not None:
            raise InvalidInput(f"“{clean}” already has a login ({existing[1]}); remove it first for a new one")
        base = f"{database}_{role_slug(clean) or 'student'}"[:60]
        role, n = base, 1
        while _role_exists(conn, role):
            n += 1
            role = f"{base}_{n}"
        password = secrets.token_urlsafe(18)
        with conn.transaction():
            conn.execute(
                sql.SQL("CREATE ROLE {} LOGIN PASSWORD {} IN ROLE {}").format(
                    sql.Identifier(role), sql.Literal(password), sql.Identifier(group)
                )
            )
            if existing is not None:  # a profile already there (results imported from CSV): it becomes theirs
                conn.execute("UPDATE learners SET owner = %s WHERE id = %s", (role, existing[0]))
            else:
                conn.execute(
                    "INSERT INTO learners (name, created_at, desired_retention, new_per_day, owner) "
                    "VALUES (%s, %s, 0.9, 20, %s)",
                    (clean, int(clock()), role),
                )
    return Login(clean, role, _url_for(ServerLocation(teacher_url), role, password))


def remove_student(teacher_url: str, name: str, *, delete_progress: bool = False) -> str:
    """Take away a student's login. Their results stay (under their name) unless ``delete_progress``."""
    sql = _sql()
    with _connect(teacher_url) as conn:
        _class_roles(conn)
        row = conn.execute(
            "SELECT id, owner FROM learners WHERE lower(name) = lower(%s) AND owner IS NOT NULL",
            (" ".join(name.split()),),
        ).fetchone()
        if row is None:
            raise NotFound(f"no student called “{name}” has a login in this class")
        learner_id, role = int(row[0]), str(row[1])
        with conn.transaction():
            if delete_progress:
                conn.execute("DELETE FROM learners WHERE id = %s", (learner_id,))
            else:
                conn.execute("UPDATE learners SET owner = NULL WHERE id = %s", (learner_id,))
            if _role_exists(conn, role):
                conn.execute(sql.SQL("DROP ROLE {}").format(sql.Identifier(role)))
    return role


def list_students(teacher_url: str) -> list[StudentRow]:
    with _connect(teacher_url) as conn:
        _group, teacher = _class_roles(conn)
        rows = conn.execute(
            "SELECT l.name, l.owner, "
            "(SELECT count(*) FROM attempts a WHERE a.learner_id = l.id), "
            "(SELECT count(*) FROM quiz_answers qa JOIN quiz_runs r ON r.id = qa.run_id WHERE r.learner_id = l.id), "
            "greatest((SELECT max(answered_at) FROM attempts a WHERE a.learner_id = l.id), "
            "(SELECT max(qa.answered_at) FROM quiz_answers qa JOIN quiz_runs r ON r.id = qa.run_id "
            "WHERE r.learner_id = l.id)) "
            "FROM learners l WHERE l.owner IS NOT NULL AND l.owner <> %s ORDER BY lower(l.name)",
            (teacher,),
        ).fetchall()
    return [StudentRow(str(r[0]), str(r[1]), int(r[2]), int(r[3]), None if r[4] is None else int(r[4])) for r in rows]


def is_teacher(db: Database) -> bool:
    """The signed-in role owns the tables (the teacher, or the administrator of a database not set up as a class)."""
    return bool(db.scalar(OWNS_TABLES))
