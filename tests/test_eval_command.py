"""`seres-etl eval`, the command itself: it runs the pipeline on CORPUS/docs into a temporary
folder and prints the reference scorer's table (called, not copied)."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import SCORER, SHARED

SEED = SHARED / "corpus" / "seed"
CLI = shutil.which("seres-etl", path=str(Path(sys.executable).parent)) or "seres-etl"


@pytest.mark.flow
def test_eval_command_scores_a_corpus_with_the_reference_scorer(tmp_path):
    if not (SEED / "gold.jsonl").is_file() or not SCORER.is_file():
        pytest.skip("the shared seed corpus or scorer is not here")
    corpus = tmp_path / "corpus"
    (corpus / "docs").mkdir(parents=True)
    for f in SEED.glob("*.txt"):
        shutil.copy(f, corpus / "docs" / f.name)
    shutil.copy(SEED / "gold.jsonl", corpus / "gold.jsonl")
    r = subprocess.run([CLI, "eval", "--corpus", str(corpus), "--scorer", str(SCORER), "--errors"],
                       capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr[-3000:]
    levels = dict(re.findall(r"^(L\d [a-z]+)\s+P [\d.]+\s+R [\d.]+\s+F1 ([\d.]+)$", r.stdout, re.MULTILINE))
    assert set(levels) == {"L1 figure", "L2 typed", "L3 attributed", "L4 full"}, r.stdout
    # the sample article is the one the grammar was first written for: every row found, none extra
    assert all(float(f1) == 1.0 for f1 in levels.values()), r.stdout


def test_eval_command_names_a_missing_corpus_part(tmp_path, capsys):
    from flows.cli import main
    (tmp_path / "docs").mkdir()
    assert main(["eval", "--corpus", str(tmp_path)]) == 2
    assert f"gold rows not found: {tmp_path / 'gold.jsonl'}" in capsys.readouterr().err
