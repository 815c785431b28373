"""The design as written is the design in the repository: DESIGN.md's rooms are exactly the modules of curate/,
and the boundaries it states hold in the code (read with `ast`, imports inside functions included)."""

from __future__ import annotations

import ast
import re
import subprocess

from tests.conftest import ROOT

DESIGN = (ROOT / "DESIGN.md").read_text(encoding="utf-8")


def rooms() -> dict[str, str]:
    """DESIGN.md's `Rooms` block: path → what it is."""
    block = DESIGN.split("## Rooms", 1)[1].split("```", 2)[1]
    listed = {}
    for line in block.splitlines():
        match = re.match(r"^(\S+)\s+(\S.*)$", line)
        if match:
            listed[match.group(1)] = match.group(2)
    return listed


def tracked(folder: str) -> set[str]:
    """The files git tracks (or would, untracked but not ignored) under `folder`."""
    out = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard", folder], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout.split()
    return {path for path in out if (ROOT / path).exists()}


def test_design_lists_every_module_of_curate_and_nothing_else():
    listed = {path for path in rooms() if path.startswith("curate/")}
    assert listed == tracked("curate")


def test_the_other_rooms_design_names_exist():
    for path in rooms():
        assert (ROOT / path).exists(), f"DESIGN.md names {path}, which is not in the repository"


def imports(path) -> set[str]:
    """Top-level package names a module imports, anywhere in it."""
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


def test_stages_scorers_and_catalogs_are_plain_python():
    for folder in ("filters", "quality_model", "catalogs"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            found = imports(path) & {"curate", "pyspark", "jobs"}
            assert not found, f"{path.relative_to(ROOT)} imports {found}"


def test_the_installed_package_holds_no_test_tooling():
    for path in sorted((ROOT / "curate").rglob("*.py")):
        assert not imports(path) & {"tests", "tools", "pytest"}, path.relative_to(ROOT)
