"""Bank file: saving, loading, and naming the place of every problem."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path
from typing import Any

import pytest

from studyapp.bank.model import Bank, load_bank, parse_bank
from studyapp.errors import ContentError


def data_of(bank: Bank) -> dict[str, Any]:
    out: dict[str, Any] = json.loads(bank.to_json())
    return out


def parse_error(data: Any, path: Path = Path("bank.json")) -> ContentError:
    with pytest.raises(ContentError) as info:
        parse_bank(json.dumps(data), path)
    return info.value


def test_round_trip(tmp_path: Path, real_bank: Bank) -> None:
    p = tmp_path / "sub" / "bank.json"
    real_bank.save(p)
    assert not list(p.parent.glob("*.tmp"))
    loaded = load_bank(p)
    assert loaded == real_bank
    assert loaded.to_json() == real_bank.to_json()
    assert p.read_text(encoding="utf-8") == real_bank.to_json()


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs named pipes")
def test_save_refuses_a_pipe_or_device(tmp_path: Path, real_bank: Bank) -> None:
    """`bank build -o /dev/null` once replaced the device with the bank (a rename over it)."""
    pipe = tmp_path / "pipe"
    os.mkfifo(pipe)
    with pytest.raises(ContentError, match="not a regular file"):
        real_bank.save(pipe)
    assert stat.S_ISFIFO(pipe.stat().st_mode)
    assert not list(tmp_path.glob("*.tmp"))


def test_source_lookup(real_bank: Bank) -> None:
    first = real_bank.sources[0]
    assert real_bank.source(first.id) is first
    with pytest.raises(KeyError):
        real_bank.source("no-such-source")


def test_malformed_json_names_line(tmp_path: Path) -> None:
    p = tmp_path / "bank.json"
    p.write_text('{\n "format": "studyapp-bank",\n "version": 1,\n "sources": [,]\n}\n', encoding="utf-8")
    with pytest.raises(ContentError) as info:
        load_bank(p)
    assert info.value.path == p
    assert info.value.line == 4
    assert "invalid JSON" in info.value.message
    assert str(info.value).startswith(f"{p}:4: ")


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ContentError, match="not found"):
        load_bank(tmp_path / "nope.json")


def test_non_utf8_file(tmp_path: Path) -> None:
    p = tmp_path / "bank.json"
    p.write_bytes(b'{"format": "\xff"}')
    with pytest.raises(ContentError, match="cannot read"):
        load_bank(p)


@pytest.mark.parametrize("data", [[], {"format": "other"}, "studyapp-bank", None])
def test_not_a_bank(data: Any) -> None:
    assert "not a studyapp bank" in parse_error(data).message


def test_unsupported_version(real_bank: Bank) -> None:
    data = data_of(real_bank)
    data["version"] = 99
    assert "unsupported bank version 99" in parse_error(data).message


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("answer", 5, "field 'answer' has the wrong type (int)"),
        ("accepted", ["a", 1], "field 'accepted' must be a list of strings"),
        ("choices", "abc", "field 'choices' must be null or a list of strings"),
        ("notes", None, "field 'notes' has the wrong type (NoneType)"),
        ("prompt", None, "field 'prompt' has the wrong type"),
    ],
)
def test_wrong_field_type_names_the_question(real_bank: Bank, field: str, value: Any, words: str) -> None:
    data = data_of(real_bank)
    q = data["questions"][3]
    q[field] = value
    err = parse_error(data)
    assert repr(q["id"]) in err.message
    assert words in err.message


def test_wrong_source_ref_type_names_the_question(real_bank: Bank) -> None:
    data = data_of(real_bank)
    q = data["questions"][0]
    q["source"]["start"] = "12"
    err = parse_error(data)
    assert repr(q["id"]) in err.message and "'start'" in err.message


def test_bool_is_not_an_int(real_bank: Bank) -> None:
    data = data_of(real_bank)
    data["sources"][0]["passages"][1]["index"] = True
    err = parse_error(data)
    assert "sources[0].passages[1]" in err.message and "'index'" in err.message


def test_missing_field_names_the_source(real_bank: Bank) -> None:
    data = data_of(real_bank)
    del data["sources"][1]["title"]
    assert "sources[1]: missing field 'title'" in parse_error(data).message


def test_question_not_an_object(real_bank: Bank) -> None:
    data = data_of(real_bank)
    data["questions"][2] = "oops"
    assert "questions[2]: must be an object" in parse_error(data).message


@pytest.mark.parametrize("bad", [[5], ["ab"], [[1, 2]], [{"value": 3}]])
def test_malformed_disagreements_are_content_errors(tmp_path: Path, bad: object) -> None:
    data = json.loads(Path("content/bank.json").read_text(encoding="utf-8"))
    data["questions"][0]["disagreements"] = bad
    with pytest.raises(ContentError, match="disagreements"):
        parse_bank(json.dumps(data), tmp_path / "bank.json")


def test_boolean_version_is_rejected(tmp_path: Path) -> None:
    data = json.loads(Path("content/bank.json").read_text(encoding="utf-8"))
    data["version"] = True
    with pytest.raises(ContentError, match="version"):
        parse_bank(json.dumps(data), tmp_path / "bank.json")
