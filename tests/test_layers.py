"""The architecture as imports: the package never imports Prefect, the grammar knows nothing of
the extractor that uses it, and the extractor nothing of the stages after it (data flows one
way: documents -> facts -> validated facts -> metrics and checks -> Parquet)."""
from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "src" / "seres_etl"

# what each part may not import (package-relative module names, first component)
_LATER_STAGES = {"validate", "derive", "parquet_io", "parts", "merge", "consolidate", "manifest", "report",
                 "html_report", "lock", "batch", "tables"}
FORBIDDEN = {
    "grammar": {"extract", "documents", "html", "schemas"} | _LATER_STAGES,
    "extract": _LATER_STAGES,
    "documents": {"extract"} | _LATER_STAGES,  # (html.py is its reader of saved pages)
}


def _imports(path: Path, root: Path = PKG) -> set[str]:
    """The package modules a file imports, as their first component under seres_etl
    ("grammar", "extract", "validate", ...), and the top-level names of outside modules."""
    rel = path.relative_to(root).parts
    depth = len(rel) - 1  # folders below the package
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level == 0:
                mod = node.module or ""
                out.add(mod.split(".")[1] if mod.startswith("seres_etl.") else mod.split(".")[0])
                continue
            # a relative import: resolve it against the file's folder
            base = list(rel[:-1])[: max(0, depth - (node.level - 1))]
            parts = base + ((node.module or "").split(".") if node.module else [])
            if parts:
                out.add(parts[0])
            else:  # "from . import x" at the package's top
                out |= {a.name for a in node.names}
        elif isinstance(node, ast.Import):
            for a in node.names:
                out.add(a.name.split(".")[1] if a.name.startswith("seres_etl.") else a.name.split(".")[0])
    return out


def _files(part: str) -> list[Path]:
    p = PKG / part
    return sorted(p.rglob("*.py")) if p.is_dir() else [p.with_suffix(".py")]


@pytest.mark.parametrize("part", sorted(FORBIDDEN))
def test_each_part_imports_only_what_comes_before_it(part):
    for f in _files(part):
        bad = _imports(f) & FORBIDDEN[part]
        assert not bad, f"{f.relative_to(PKG)} imports {sorted(bad)}"


def test_no_module_of_the_package_imports_prefect():
    for f in sorted(PKG.rglob("*.py")):
        assert not _imports(f) & {"prefect", "prefect_dask", "flows"}, f.relative_to(PKG)


def test_importing_every_module_loads_no_prefect():
    """Beyond the import statements: nothing the package loads pulls Prefect in either."""
    mods = [".".join(("seres_etl",) + f.relative_to(PKG).with_suffix("").parts).removesuffix(".__init__")
            for f in sorted(PKG.rglob("*.py"))]
    code = ("import importlib, sys\n"
            f"for m in {mods!r}: importlib.import_module(m)\n"
            "print(sorted(m for m in sys.modules if m == 'prefect' or m.startswith('prefect.')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PYTHONPATH": str(PKG.parent), "PATH": ""})
    assert out.stdout.strip() == "[]"


def test_the_resolver_reads_every_way_of_writing_an_import(tmp_path):
    """The checks above see an import however it is written (a check that saw nothing would pass)."""
    def imports_of(rel: str, source: str) -> set[str]:
        f = tmp_path / rel
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(source, "utf-8")
        return _imports(f, tmp_path)

    assert imports_of("extract/a.py", "from ..validate import validate_facts\n") == {"validate"}
    assert imports_of("extract/b.py", "from .draft import _Draft\n") == {"extract"}
    assert imports_of("grammar/c.py", "from seres_etl.extract import extract\n") == {"extract"}
    assert imports_of("d.py", "from .extract import extract\nfrom . import derive\n") == {"extract", "derive"}
    assert imports_of("e.py", "import prefect.flows\n") == {"prefect"}
