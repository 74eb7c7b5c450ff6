"""Reading documents: `.txt` / `.md` with optional YAML front matter, `.jsonl` with one
article per line, and saved web pages (`.html`).

Every file yields `Document`s or `Rejected` records, never an exception: a bad file is
rejected with a reason that names it, and the run goes on with the others.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import yaml

from .grammar.periods import infer_reference

SUFFIXES = (".txt", ".md", ".markdown", ".jsonl", ".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_ID_RX = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Document:
    doc_id: str
    path: str
    text: str
    title: str | None = None
    url: str | None = None
    source: str | None = None
    published: dt.date | None = None
    date_source: str = "none"          # front_matter, inferred, none
    date_precision: str | None = None  # day, month, year (of `published`)
    sha256: str = ""
    encoding: str = "utf-8"


@dataclass(frozen=True)
class Rejected:
    path: str
    error: str
    doc_id: str | None = None
    sha256: str = ""


class DocumentError(ValueError):
    """A document that cannot be read; the message names the problem."""


def slug(name: str) -> str:
    s = _ID_RX.sub("-", name.lower()).strip("-")
    return s or "doc"


def discover(raw_dir: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Path]:
    """Input files under `raw_dir`, in a stable (sorted) order. Hidden files are skipped."""
    root = Path(raw_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"raw folder not found: {root}")
    out = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for fn in filenames:
            if fn.startswith("."):
                continue
            if fn.lower().endswith(SUFFIXES):
                out.append(Path(dirpath) / fn)
    return sorted(out, key=lambda p: p.as_posix())


def read_path(path: str | Path, root: str | Path | None = None,
              max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Rejected]:
    """Read one input file into documents (several for `.jsonl`), or rejections."""
    p = Path(path)
    shown = p.as_posix()
    try:
        if root is not None:
            real_root = Path(root).resolve()
            real = p.resolve()
            if real != real_root and real_root not in real.parents:
                raise DocumentError(f"{shown}: symlink points outside the raw folder ({real})")
        size = p.stat().st_size
        if size > max_bytes:
            raise DocumentError(f"{shown}: file is {size} bytes, over the {max_bytes}-byte limit")
        data = p.read_bytes()
    except DocumentError as e:
        yield Rejected(shown, str(e))
        return
    except OSError as e:
        yield Rejected(shown, f"{shown}: cannot read file: {e.strerror or e}")
        return
    sha = hashlib.sha256(data).hexdigest()
    suffix = p.suffix.lower()
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(shown, data, p.stem)
            return
        text, encoding = decode(data, shown)
        if suffix in (".html", ".htm"):
            from .html import html_to_document  # optional reader, imported on use
            yield html_to_document(shown, text, sha, encoding, p.stem)
            return
        yield parse_markdown(shown, text, sha, encoding, p.stem)
    except DocumentError as e:
        yield Rejected(shown, str(e), sha256=sha)


def decode(data: bytes, shown: str) -> tuple[str, str]:
    """Bytes -> text. UTF-8 (with or without BOM) first, then GB18030 and cp1252 when the
    bytes are valid in them and read as text; binary data is rejected."""
    if not data.strip():
        raise DocumentError(f"{shown}: file is empty")
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{shown}: binary data (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    for enc in ("gb18030", "cp1252"):
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        if _looks_like_text(text):
            return text, enc
    raise DocumentError(f"{shown}: not valid UTF-8 and not readable as GB18030 or cp1252 text")


def _looks_like_text(text: str) -> bool:
    if not text:
        return False
    bad = sum(1 for ch in text if (ord(ch) < 32 and ch not in "\n\r\t\f") or 0x7f <= ord(ch) < 0xa0)
    return bad / len(text) < 0.01


_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def parse_markdown(shown: str, text: str, sha: str, encoding: str, stem: str) -> Document:
    """Front matter (optional) + body. The body's text is what spans point into."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    meta: dict = {}
    body = text
    m = _FRONT.match(text)
    if m:
        try:
            loaded = yaml.safe_load(m.group(1))
        except yaml.YAMLError as e:
            # Hand-written front matter often has an unquoted colon in a title
            # ("title: Net Profit Soars: Is ..."); read such plain "key: value" lines as text.
            loaded = _plain_fields(m.group(1))
            if loaded is None:
                mark = getattr(e, "problem_mark", None)
                where = f" (line {mark.line + 2})" if mark is not None else ""
                raise DocumentError(f"{shown}: front matter is not valid YAML{where}: {getattr(e, 'problem', None) or e}") from None
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise DocumentError(f"{shown}: front matter must be a mapping of fields, got {type(loaded).__name__}")
        meta = loaded
        body = text[m.end():]
    return make_document(shown, body, meta, sha, encoding, stem)


_PLAIN_FIELD = re.compile(r"^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$")


def _plain_fields(block: str) -> dict | None:
    """'key: value' lines (values taken as written), or None if any line is not one."""
    out: dict = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _PLAIN_FIELD.match(line)
        if not m:
            return None
        value = m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        out[m.group(1)] = value if value else None
    return out


def make_document(shown: str, body: str, meta: dict, sha: str, encoding: str, stem: str) -> Document:
    if not body.strip():
        raise DocumentError(f"{shown}: no article text")
    doc_id = meta.get("id")
    if doc_id is None or doc_id == "":
        doc_id = slug(stem)
    elif not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
        raise DocumentError(f"{shown}: front matter 'id' must be text, got {type(doc_id).__name__}")
    doc_id = str(doc_id).strip()
    for key in ("title", "url", "source"):
        v = meta.get(key)
        if v is not None and not isinstance(v, (str, int, float)):
            raise DocumentError(f"{shown}: front matter '{key}' must be text, got {type(v).__name__}")
    published = _date_field(shown, meta.get("published"))
    if published is not None:
        source, precision = "front_matter", "day"
    else:
        published, precision = infer_reference(body)
        source = "inferred" if published is not None else "none"
        if published is None:
            precision = None
    return Document(
        doc_id=doc_id, path=shown, text=body,
        title=_str_or_none(meta.get("title")), url=_str_or_none(meta.get("url")),
        source=_str_or_none(meta.get("source")), published=published, date_source=source,
        date_precision=precision, sha256=sha, encoding=encoding,
    )


def _str_or_none(v) -> str | None:
    return None if v is None else str(v)


def _date_field(shown: str, v) -> dt.date | None:
    if v is None or v == "":
        return None
    if isinstance(v, dt.datetime):
        return v.date()
    if isinstance(v, dt.date):
        return v
    if isinstance(v, str):
        try:
            return dt.date.fromisoformat(v.strip()[:10])
        except ValueError:
            pass
    raise DocumentError(f"{shown}: front matter 'published' is not a date (YYYY-MM-DD): {v!r}")


def _read_jsonl(shown: str, data: bytes, stem: str) -> Iterator[Document | Rejected]:
    try:
        text, encoding = decode(data, shown)
    except DocumentError as e:
        yield Rejected(shown, str(e), sha256=hashlib.sha256(data).hexdigest())
        return
    for n, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{shown}:{n}"
        sha = hashlib.sha256(line.encode("utf-8")).hexdigest()
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield Rejected(where, f"{where}: not valid JSON: {e.msg}", sha256=sha)
            continue
        if not isinstance(rec, dict):
            yield Rejected(where, f"{where}: a line must be a JSON object", sha256=sha)
            continue
        body = rec.get("text")
        if not isinstance(body, str):
            yield Rejected(where, f"{where}: field 'text' is missing or not a string", sha256=sha)
            continue
        meta = {k: rec.get(k) for k in ("id", "title", "url", "published", "source") if k in rec}
        try:
            yield make_document(where, body.replace("\r\n", "\n"), meta, sha, encoding, f"{stem}-{n}")
        except DocumentError as e:
            yield Rejected(where, str(e), doc_id=str(rec.get("id")) if rec.get("id") else None, sha256=sha)
