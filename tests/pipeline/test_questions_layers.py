"""The question writer is one class built in layers (``studyapp.pipeline.questions``): each module may
use only the modules below it, so a reader can walk the package from the bottom up."""

from __future__ import annotations

import ast
from pathlib import Path

import studyapp.pipeline.questions as package

LAYERS = [
    "documents",
    "base",
    "place_questions",
    "people_questions",
    "view_questions",
    "date_questions",
    "stance_questions",
    "venue_questions",
    "writer",
]


def _imported_layers(module: str) -> set[str]:
    tree = ast.parse((Path(package.__file__).parent / f"{module}.py").read_text(encoding="utf-8"))
    prefix = "studyapp.pipeline.questions."
    return {
        node.module.removeprefix(prefix)
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith(prefix)
    }


def test_every_module_of_the_package_is_a_layer() -> None:
    modules = {p.stem for p in Path(package.__file__).parent.glob("*.py")} - {"__init__"}
    assert modules == set(LAYERS)


def test_each_layer_uses_only_the_layers_below_it() -> None:
    for i, module in enumerate(LAYERS):
        above = _imported_layers(module) - set(LAYERS[:i])
        assert not above, f"{module} imports {sorted(above)}, which are not below it"
