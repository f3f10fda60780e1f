"""The command line: build, check, and one-line errors without tracebacks."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from studyapp.bank.model import Bank
from studyapp.cli import main

ROOT = Path(__file__).resolve().parents[1]
SOURCES = ROOT / "content" / "sources"


def test_build_writes_bank_and_prints_summary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], real_bank: Bank
) -> None:
    out = tmp_path / "out" / "bank.json"
    assert main(["bank", "build", str(SOURCES), "-o", str(out)]) == 0
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert lines[0] == f"{len(real_bank.sources)} sources, {len(real_bank.questions)} questions"
    assert any(line.startswith("questions by kind:") for line in lines)
    assert lines[-1] == f"wrote {out}"
    assert captured.err == ""
    assert out.read_text(encoding="utf-8") == real_bank.to_json()


def test_build_uses_curation_beside_sources(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "content" / "sources"
    shutil.copytree(SOURCES, src)
    (tmp_path / "content" / "curation.toml").write_text('[[reject]]\nid = "date-0000000000-mc"\n', encoding="utf-8")
    assert main(["bank", "build", str(src), "-o", str(tmp_path / "b.json")]) == 0
    assert "curation: " in capsys.readouterr().out


def test_check_good_bank(tmp_path: Path, capsys: pytest.CaptureFixture[str], real_bank: Bank) -> None:
    p = tmp_path / "bank.json"
    real_bank.save(p)
    assert main(["bank", "check", str(p)]) == 0
    out = capsys.readouterr().out
    assert out.strip() == f"{p}: OK, {len(real_bank.questions)} questions from {len(real_bank.sources)} sources"


def test_check_tampered_bank(tmp_path: Path, capsys: pytest.CaptureFixture[str], real_bank: Bank) -> None:
    data = json.loads(real_bank.to_json())
    victim = data["questions"][5]
    victim["source"]["quote"] = victim["source"]["quote"] + " (edited)"
    p = tmp_path / "bank.json"
    p.write_text(json.dumps(data), encoding="utf-8")
    assert main(["bank", "check", str(p)]) == 1
    err = capsys.readouterr().err
    assert f"{p}: question {victim['id']}: quote is not verbatim" in err
    assert "1 problem(s)" in err


def test_malformed_source_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "sources"
    src.mkdir()
    bad = src / "bad.txt"
    bad.write_bytes(b"A Headline Here\nSome text\n\xff\xfe broken\n")
    out = tmp_path / "bank.json"
    assert main(["bank", "build", str(src), "-o", str(out)]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(f"studyapp: error: {bad}:3: ")
    assert "Traceback" not in captured.err
    assert not out.exists()


def test_malformed_metadata_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "sources"
    src.mkdir()
    (src / "a.txt").write_text("A Headline Here\nSome body text that ends.\n", encoding="utf-8")
    (src / "a.toml").write_text('title = "x"\ndate = "someday"\n', encoding="utf-8")
    assert main(["bank", "build", str(src), "-o", str(tmp_path / "b.json")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"studyapp: error: {src / 'a.toml'}:2: date 'someday'")


def test_check_missing_and_malformed_bank(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["bank", "check", str(tmp_path / "none.json")]) == 2
    assert capsys.readouterr().err.startswith("studyapp: error: ")
    p = tmp_path / "bad.json"
    p.write_text("{\n\n  oops\n}", encoding="utf-8")
    assert main(["bank", "check", str(p)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"studyapp: error: {p}:3: invalid JSON: ")
    assert err.count("\n") == 1


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["bank"])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("studyapp: error:") and len(err.strip().splitlines()) == 1
