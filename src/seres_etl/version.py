"""Versions: of the package, and of the extractor (everything that turns a file into rows).

The extractor version is the package version plus a hash of the source of every module that
reads, extracts, validates or derives, and of the entity registry: any change to them gives
a new version, and a run re-extracts every document read by another version.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources

from . import __version__


@lru_cache(maxsize=1)
def extractor_version() -> str:
    pkg = resources.files("seres_etl")
    h = hashlib.blake2b(digest_size=8)
    files = []
    for entry in (pkg, pkg / "grammar", pkg / "registry"):
        for f in entry.iterdir():
            if f.name.endswith((".py", ".yaml")) and f.is_file():
                files.append(f)
    for f in sorted(files, key=lambda f: str(f)):
        h.update(f.name.encode() + b"\0" + f.read_bytes())
    return f"{__version__}+{h.hexdigest()}"
