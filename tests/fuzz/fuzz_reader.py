"""atheris target: the document reader turns any bytes into Documents or Rejected records,
never an exception, and what it returns can be written to documents.parquet.

    make fuzz FUZZ_SECONDS=600
    .venv/bin/python tests/fuzz/fuzz_reader.py .fuzz/reader tests/fuzz/seeds/reader
"""
from __future__ import annotations

import tempfile
from pathlib import Path

import atheris

from _common import fuzz_args

with atheris.instrument_imports(include=["seres_etl"]):
    from seres_etl.documents import MAX_YEAR, MIN_YEAR, Document, Rejected, read_path
    from seres_etl.parquet_io import to_arrow
    from seres_etl.tables import document_row, documents_frame
    import seres_etl.html  # noqa: F401  (instrumented too)

SUFFIXES = (".md", ".txt", ".jsonl", ".html", ".htm", ".markdown")
TMP = Path(tempfile.mkdtemp(prefix="seres-fuzz-reader-", dir="/dev/shm" if Path("/dev/shm").is_dir() else None))


def one_input(data: bytes) -> None:
    if not data:
        return
    suffix = SUFFIXES[data[0] % len(SUFFIXES)]
    path = TMP / f"doc{suffix}"
    path.write_bytes(data[1:])
    out = list(read_path(path, root=TMP, max_bytes=1 << 20))
    assert out, "read_path returned nothing"
    rows = []
    for d in out:
        assert isinstance(d, (Document, Rejected)), type(d)
        if isinstance(d, Rejected):
            assert d.error.startswith(d.path.split(":")[0]), d.error   # names the file
        else:
            assert d.text.strip() and d.doc_id, d
            if d.published is not None:
                assert MIN_YEAR <= d.published.year <= MAX_YEAR, d.published
        rows.append(document_row(d))
    to_arrow(documents_frame(rows), "documents")   # every string must be writable to Parquet


def main() -> None:
    atheris.Setup(fuzz_args(), one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
