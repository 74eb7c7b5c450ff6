"""Versions: of the package, and of the extractor (everything that turns a file into rows).

The extractor version is the package version plus a hash of the source of every module that
reads, extracts, validates or derives, and of the entity registry: any change to them gives
a new version, and a run re-extracts every document read by another version. The modules
that only work on the tables afterwards (DOWNSTREAM) are left out.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

from . import __version__


# Modules that work on the tables after extraction (merging, consolidation, reports, the
# output folder's lock and manifest): they change no document's rows, and consolidation is
# redone on every run anyway, so a change to them must not make a run extract every document
# again. Every other module of the package counts, new ones included.
DOWNSTREAM = frozenset({"merge.py", "consolidate.py", "report.py", "html_report.py", "lock.py", "manifest.py",
                        "version.py"})


def hashed_files() -> list:
    """The package files the extractor version is a hash of, in a fixed order: every module and
    data file of the package and its subpackages, but the DOWNSTREAM ones."""
    pkg = resources.files("seres_etl")
    files, folders = [], [pkg]
    while folders:
        entry = folders.pop()
        for f in entry.iterdir():
            if f.is_dir() and f.name != "__pycache__":
                folders.append(f)
            elif f.name.endswith((".py", ".yaml")) and f.is_file() and not (entry == pkg and f.name in DOWNSTREAM):
                files.append(f)
    return sorted(files, key=lambda f: str(f))


@lru_cache(maxsize=1)
def extractor_version() -> str:
    h = hashlib.blake2b(digest_size=8)
    for f in hashed_files():
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return f"{__version__}+{h.hexdigest()}"
