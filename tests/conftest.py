"""Shared fixtures: the real content built once per session, and small article helpers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from studyapp.bank.model import Bank
from studyapp.pipeline.build import BuildReport, build_bank
from studyapp.pipeline.model import Source
from studyapp.pipeline.sources import load_sources

ROOT = Path(__file__).resolve().parent.parent
CONTENT = ROOT / "content"
SOURCES_DIR = CONTENT / "sources"
CURATION = CONTENT / "curation.toml"


def curation_path() -> Path | None:
    return CURATION if CURATION.exists() else None


@pytest.fixture(scope="session")
def real_build() -> tuple[Bank, BuildReport]:
    return build_bank(SOURCES_DIR, curation_path())


@pytest.fixture(scope="session")
def real_bank(real_build: tuple[Bank, BuildReport]) -> Bank:
    return real_build[0]


@pytest.fixture(scope="session")
def real_sources() -> list[Source]:
    return load_sources(SOURCES_DIR)


@pytest.fixture
def make_sources(tmp_path: Path) -> Callable[..., Path]:
    """Write ``{name: text-or-bytes}`` files into a fresh sources directory and return it."""

    def make(files: dict[str, str | bytes]) -> Path:
        d = tmp_path / "sources"
        d.mkdir(exist_ok=True)
        for name, content in files.items():
            p = d / name
            if isinstance(content, bytes):
                p.write_bytes(content)
            else:
                p.write_text(content, encoding="utf-8")
        return d

    return make
