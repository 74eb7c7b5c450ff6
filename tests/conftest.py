"""Shared fixtures: paths to the read-only material in ../shared, the scorer, documents."""
from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from seres_etl.documents import Document

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT / ".." / "shared"
SCORER = SHARED / "eval" / "score.py"
SEED_DIR = SHARED / "corpus" / "seed"
SEED_ARTICLE = SEED_DIR / "sokon-renamed-seres.txt"
SEED_GOLD = SEED_DIR / "gold.jsonl"


def _need(path: Path) -> Path:
    if not path.is_file():
        pytest.skip(f"shared material not found: {path.resolve()} (expected ../shared beside the project)")
    return path


@pytest.fixture(scope="session")
def scorer():
    """The gold-standard scorer ../shared/eval/score.py, imported as a module."""
    path = _need(SCORER)
    spec = importlib.util.spec_from_file_location("seres_shared_score", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


@pytest.fixture(scope="session")
def seed_article() -> Path:
    return _need(SEED_ARTICLE)


@pytest.fixture(scope="session")
def seed_gold() -> Path:
    return _need(SEED_GOLD)


def make_doc(text: str, published: dt.date | None, doc_id: str = "t") -> Document:
    """A document dated by its front matter, as the reader would build it."""
    return Document(doc_id=doc_id, path=f"{doc_id}.txt", text=text, published=published,
                    date_source="front_matter" if published else "none",
                    date_precision="day" if published else None)


@pytest.fixture(scope="session")
def prefect_harness():
    """A temporary Prefect API for the flow tests, started once per session (shared by modules)."""
    import flows  # noqa: F401  (sets Prefect's environment before prefect is imported)
    from prefect.testing.utilities import prefect_test_harness
    # None: use PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS (generous; set by flows/_env.py)
    with prefect_test_harness(server_startup_timeout=None):
        yield
