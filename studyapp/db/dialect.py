"""One SQL text for both databases: the services write SQLite's parameter style, PostgreSQL reads it.

The services' reads are plain SQL with ``?``, ``?N`` or ``:name`` parameters (what the standard
library's ``sqlite3`` takes). psycopg takes ``%s`` and ``%(name)s``. `to_pyformat` rewrites one into
the other, outside string literals and quoted names, and doubles a literal ``%``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

Params = Sequence[Any] | Mapping[str, Any]


def to_pyformat(sql: str, params: Params = ()) -> tuple[str, Params]:
    """``sql`` and ``params`` rewritten for psycopg (``%s`` / ``%(name)s``)."""
    out: list[str] = []
    ordered: list[Any] = []
    positional = not isinstance(params, Mapping)
    seq: Sequence[Any] = params if positional else ()  # type: ignore[assignment]
    next_index = 0
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch in ("'", '"'):
            end = i + 1
            while end < n:
                if sql[end] == ch:
                    if end + 1 < n and sql[end + 1] == ch:  # '' or "" inside the literal
                        end += 2
                        continue
                    break
                end += 1
            out.append(sql[i : end + 1].replace("%", "%%"))
            i = end + 1
            continue
        if ch == "%":
            out.append("%%")
        elif ch == "?" and positional:
            j = i + 1
            while j < n and sql[j].isdigit():
                j += 1
            if j > i + 1:  # ?N: the N-th parameter, 1-based, may be used more than once
                ordered.append(seq[int(sql[i + 1 : j]) - 1])
            else:
                ordered.append(seq[next_index])
                next_index += 1
            out.append("%s")
            i = j
            continue
        elif ch == ":" and not positional and i + 1 < n and (sql[i + 1].isalpha() or sql[i + 1] == "_"):
            if i > 0 and sql[i - 1] == ":":  # a ::cast
                out.append(ch)
            else:
                j = i + 1
                while j < n and (sql[j].isalnum() or sql[j] == "_"):
                    j += 1
                out.append(f"%({sql[i + 1 : j]})s")
                i = j
                continue
        elif ch == ":" and i + 1 < n and sql[i + 1] == ":":
            out.append("::")
            i += 2
            continue
        else:
            out.append(ch)
        i += 1
    return "".join(out), (tuple(ordered) if positional else params)
