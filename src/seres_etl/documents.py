"""Reading documents: `.txt` / `.md` with optional YAML front matter, `.jsonl` with one
article per line, and saved web pages (`.html`, `.htm`).

Every file yields `Document`s or `Rejected` records, never an exception: a bad file is
rejected with a reason that names it, and the run goes on with the others.

Hostile input is expected. A file is opened without following it out of the raw folder,
must be a regular file, and is read only up to `max_bytes` (a larger one is rejected without
being read into memory). Bytes are decoded as UTF-8 (with or without a byte-order mark),
UTF-16 with a byte-order mark, GB18030 or cp1252, whichever the bytes are valid in and read
as text; the encoding is recorded on the document. Front matter is loaded with
`yaml.safe_load` (tags that would construct objects are rejected, never run) and its fields
are checked for type.
"""
from __future__ import annotations

import datetime as dt
import errno
import hashlib
import json
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import yaml

from .grammar.periods import infer_reference

SUFFIXES = (".txt", ".md", ".markdown", ".jsonl", ".html", ".htm")
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_ID_RX = re.compile(r"[\W_]+")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
MIN_YEAR, MAX_YEAR = 1900, 2100   # a publication date outside these is a typo, not a date


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
    """A file name as a doc id: lower case, letters and digits joined by hyphens. Accents are
    folded ("Über" -> "uber"); letters of other scripts are kept ("销量" stays "销量")."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    s = _ID_RX.sub("-", folded.casefold()).strip("-")
    return s or "doc"


_CONTROL_IN_NAME = re.compile(r"[\x00-\x1f\x7f]")
# What Path(...).as_posix() would change in a text path on a POSIX system: "//", "." parts,
# a trailing "/". A path without them is already as it shows it.
_NOT_NORMAL = re.compile(r"//|/\.(?:/|$)|^\.(?:/|$)|/$")
_POSIX = os.sep == "/" and os.altsep is None


def shown_path(p: str | Path) -> str:
    """A path as text that is always valid Unicode on one line: bytes of a file name that are
    not UTF-8, and control characters such as a newline, are shown as \\xNN escapes (Parquet
    strings cannot hold the surrogates Python uses for such bytes)."""
    # (the text of a path that needs no normalising is used as it is: no Path object, 100k
    # times a run for the manifest and the merge)
    s = p if _POSIX and isinstance(p, str) and p and not _NOT_NORMAL.search(p) else Path(p).as_posix()
    if not s.isascii():
        s = s.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    return _CONTROL_IN_NAME.sub(lambda m: f"\\x{ord(m.group()):02x}", s)


def discover(raw_dir: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Path]:
    """Input files under `raw_dir`, in a stable (sorted) order. Hidden files and folders are
    skipped. Symlinks are listed (files and folders alike, never followed) so that reading can
    accept one that stays inside the raw folder and reject, with a reason, one that does not."""
    root = Path(raw_dir)
    if not root.is_dir():
        raise FileNotFoundError(f"raw folder not found: {root}")
    out = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        linked = [d for d in dirnames if not d.startswith(".") and os.path.islink(os.path.join(dirpath, d))]
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d not in linked)
        out.extend(Path(dirpath) / d for d in linked)
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
    shown = shown_path(p)
    try:
        data = _read_bytes(p, shown, root, max_bytes)
    except DocumentError as e:
        yield Rejected(shown, str(e))
        return
    sha = hashlib.sha256(data).hexdigest()
    suffix = p.suffix.lower()
    stem = shown_path(p.stem)
    try:
        if suffix == ".jsonl":
            yield from _read_jsonl(shown, data, stem)
            return
        text, encoding = decode(data, shown, html=suffix in (".html", ".htm"))
        if suffix in (".html", ".htm"):
            from .html import html_to_document  # optional reader, imported on use
            yield html_to_document(shown, text, sha, encoding, stem)
            return
        yield parse_markdown(shown, text, sha, encoding, stem)
    except DocumentError as e:
        yield Rejected(shown, str(e), sha256=sha)


def _read_bytes(p: Path, shown: str, root: str | Path | None, max_bytes: int) -> bytes:
    """The file's bytes, at most `max_bytes` of them; DocumentError names any problem."""
    if os.path.islink(p):
        target = os.readlink(p)
        if not os.path.exists(p):
            raise DocumentError(f"{shown}: broken symlink (points to {shown_path(target)}, which does not exist)")
    if root is not None:
        real_root = Path(root).resolve()
        real = p.resolve()
        if real != real_root and real_root not in real.parents:
            raise DocumentError(f"{shown}: symlink points outside the raw folder (to {shown_path(real)})")
    if p.is_dir():
        raise DocumentError(f"{shown}: is a folder reached through a symlink; linked folders are not followed")
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(p, flags)
    except OSError as e:
        raise DocumentError(f"{shown}: cannot read file: {_oserror(e)}") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise DocumentError(f"{shown}: not a regular file (a device, pipe or socket)")
        if st.st_size > max_bytes:
            raise DocumentError(f"{shown}: file is {st.st_size} bytes, over the {max_bytes}-byte size limit (--max-bytes)")
        chunks, total = [], 0
        while True:   # read up to the cap and one byte more: a file that grew is caught too
            chunk = os.read(fd, min(1 << 20, max_bytes + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
            if total > max_bytes:
                raise DocumentError(f"{shown}: file is over the {max_bytes}-byte size limit (--max-bytes)")
        return b"".join(chunks)
    except OSError as e:
        raise DocumentError(f"{shown}: cannot read file: {_oserror(e)}") from None
    finally:
        os.close(fd)


def _oserror(e: OSError) -> str:
    if e.errno == errno.EACCES or e.errno == errno.EPERM:
        return "permission denied"
    return (e.strerror or str(e)).lower() if e.strerror else str(e)


# ---------------------------------------------------------------------------- decoding
_UTF8_SEQ = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")
_CP1252_OK = set("ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿŒœŠšŽžŸƒ"
                 "–—‘’‚“”„•…€™°±×÷·«»£¥¢©®§¶¼½¾¹²³¿¡ªº´¨¯¸†‡‰‹›ˆ˜µ¬¦¤\u00a0\u00ad")


_META_CHARSET = re.compile(rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.IGNORECASE)
# WHATWG: these labels mean their superset
_CHARSET_ALIASES = {"gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "iso-8859-1": "cp1252",
                    "latin1": "cp1252", "us-ascii": "cp1252", "ascii": "cp1252"}


def _declared_charset(data: bytes) -> str | None:
    """The charset a web page declares in its first 4 KB (<meta charset>), if Python knows it."""
    import codecs
    m = _META_CHARSET.search(data[:4096])
    if not m:
        return None
    label = m.group(1).decode("ascii").lower()
    label = _CHARSET_ALIASES.get(label, label)
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    return None if name in ("utf-8", "utf-16", "utf-32") else name


def decode(data: bytes, shown: str, html: bool = False) -> tuple[str, str]:
    """Bytes -> (text, encoding). UTF-8 (with or without BOM) and UTF-16 with a BOM first; a web
    page's declared charset next (`html`); then GB18030 and cp1252 when the bytes are valid in
    them and read as text in that script. Binary data and UTF-8 with invalid bytes are
    rejected."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise DocumentError(f"{shown}: starts with a UTF-16 byte-order mark but is not valid UTF-16 "
                                f"(at byte {e.start})") from None
        return _checked(text, shown), "utf-16"
    if not data.strip():
        raise DocumentError(f"{shown}: file is empty")
    if b"\x00" in data:
        raise DocumentError(f"{shown}: binary data (NUL bytes), not text")
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            text = data[3:].decode("utf-8")
        except UnicodeDecodeError as e:
            raise DocumentError(f"{shown}: starts with a UTF-8 byte-order mark but is not valid UTF-8: "
                                f"{_bad_byte(data, e.start + 3)}") from None
        return _checked(text, shown), "utf-8-sig"
    try:
        return _checked(data.decode("utf-8"), shown), "utf-8"
    except UnicodeDecodeError as e:
        first_bad = e.start
    declared = _declared_charset(data) if html else None
    if declared:
        text = _try(data, declared)
        if text is not None and _looks_like_text(text):
            return _checked(text, shown), declared
    high = len(_HIGH.findall(data))
    in_utf8 = sum(len(m) for m in _UTF8_SEQ.findall(data))
    if in_utf8 >= 2 and in_utf8 * 2 >= high:
        # mostly well-formed UTF-8 with some bytes that are not: broken UTF-8, not a legacy code page
        raise DocumentError(f"{shown}: invalid UTF-8: {_bad_byte(data, first_bad)}")
    gb = _try(data, "gb18030")
    if gb is not None and _reads_as_chinese(gb) and _looks_like_text(gb):
        return _checked(gb, shown), "gb18030"
    cp = _try(data, "cp1252")
    if cp is not None and _reads_as_latin(cp) and _looks_like_text(cp):
        return _checked(cp, shown), "cp1252"
    raise DocumentError(f"{shown}: not valid UTF-8 ({_bad_byte(data, first_bad)}) and not readable as "
                        f"GB18030 or cp1252 text")


def _bad_byte(data: bytes, pos: int) -> str:
    line = data.count(b"\n", 0, pos) + 1
    return f"byte 0x{data[pos]:02x} at offset {pos} (line {line})" if pos < len(data) else f"truncated at offset {pos}"


def _try(data: bytes, enc: str) -> str | None:
    try:
        return data.decode(enc)
    except UnicodeDecodeError:
        return None


def _checked(text: str, shown: str) -> str:
    if not text.strip():
        raise DocumentError(f"{shown}: file is empty")
    if "\x00" in text or not _looks_like_text(text):
        raise DocumentError(f"{shown}: binary data (control characters), not text")
    return text


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


def _looks_like_text(text: str) -> bool:
    """Under 1% control characters (tab, line breaks and form feed are text)."""
    if not text:
        return False
    return len(_CONTROL.findall(text)) / len(text) < 0.01


def _is_cjk(ch: str) -> bool:
    o = ord(ch)
    return (0x4e00 <= o <= 0x9fff or 0x3400 <= o <= 0x4dbf or 0x3000 <= o <= 0x303f
            or 0xff00 <= o <= 0xffef or 0x2010 <= o <= 0x2027 or o in (0xb7, 0xd7, 0xf7))


def _reads_as_chinese(text: str) -> bool:
    """GB18030 decodes most Latin-1 text too, as odd ideographs inside Latin words ("M黮ler"):
    real Chinese has its non-ASCII characters in the CJK blocks, mostly next to each other."""
    wide = [i for i, ch in enumerate(text) if ord(ch) > 0x7f]
    if not wide:
        return True
    if sum(1 for i in wide if _is_cjk(text[i])) < 0.9 * len(wide):
        return False
    glued = sum(1 for i in wide if (i > 0 and text[i - 1].isascii() and text[i - 1].isalpha())
                or (i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalpha()))
    return glued <= 0.5 * len(wide)


def _reads_as_latin(text: str) -> bool:
    wide = [ch for ch in text if ord(ch) > 0x7f]
    return not wide or sum(1 for ch in wide if ch in _CP1252_OK) >= 0.9 * len(wide)


# ---------------------------------------------------------------------------- front matter
_FRONT = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)


def parse_markdown(shown: str, text: str, sha: str, encoding: str, stem: str) -> Document:
    """Front matter (optional) + body. The body's text is what spans point into."""
    text = normalize_newlines(text)
    meta: dict = {}
    body = text
    m = _FRONT.match(text)
    if m:
        meta = load_front_matter(shown, m.group(1))
        body = text[m.end():]
    return make_document(shown, body, meta, sha, encoding, stem)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _SafeLoader(yaml.SafeLoader):
    """safe_load's loader, with duplicate keys rejected instead of silently overwritten."""


def _construct_mapping(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=deep)
        try:
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"duplicate key {key!r}", key_node.start_mark)
            seen.add(key)
        except TypeError:   # an unhashable key: let the base constructor say so
            pass
    return yaml.SafeLoader.construct_mapping(loader, node, deep=deep)


_SafeLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _FastLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """The same loader on libyaml's parser when PyYAML has it (several times faster); the
    constructors and resolvers are the same Python ones. Front matter it cannot load is
    loaded again with `_SafeLoader`, whose errors (line numbers, problems) are the ones reported."""


_FastLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_mapping)


class _TextDatesLoader(_SafeLoader):
    """The same, with dates left as text: used to say which field holds an impossible date
    ("published: 2024-13-45" fails in the timestamp constructor, with no field name)."""


_TextDatesLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in _SafeLoader.yaml_implicit_resolvers.items()}
_TAG = re.compile(r"(?m)(?:^|[\s:\[{,-])!")


def load_front_matter(shown: str, block: str) -> dict:
    """The front matter block as a mapping; DocumentError for bad YAML, object-building tags
    or a block that is not a mapping. Loading is safe: no tag constructs an object."""
    try:
        return _headline_fields(block, _mapping(shown, yaml.load(block, Loader=_FastLoader)))  # noqa: S506
    except DocumentError:
        raise
    except Exception:  # noqa: BLE001 - read again below, to say what is wrong as the Python parser does
        pass
    try:
        loaded = yaml.load(block, Loader=_SafeLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.constructor.ConstructorError as e:
        raise DocumentError(f"{shown}: front matter {_yaml_problem(e)}") from None
    except yaml.YAMLError as e:
        # Hand-written front matter often has an unquoted colon in a title
        # ("title: Net Profit Soars: Is ..."); read such plain "key: value" lines as text.
        loaded = None if _TAG.search(block) else _plain_fields(block)
        if loaded is None:
            raise DocumentError(f"{shown}: front matter is not valid YAML{_yaml_where(e)}: "
                                f"{getattr(e, 'problem', None) or _one_line(str(e))}") from None
    except (ValueError, OverflowError, TypeError) as e:  # e.g. "published: 2024-13-45"
        try:
            loaded = yaml.load(block, Loader=_TextDatesLoader)  # noqa: S506 - a SafeLoader subclass
        except Exception:
            raise DocumentError(f"{shown}: front matter has a value YAML cannot read: {_one_line(str(e))}") from None
    except RecursionError:
        raise DocumentError(f"{shown}: front matter is nested too deeply") from None
    return _headline_fields(block, _mapping(shown, loaded))


_TEXT_FIELDS = ("title", "url", "source")


def _headline_fields(block: str, meta: dict) -> dict:
    """Fields YAML reads as something other than the text written on their line are taken
    as written: a headline read as a list or a mapping ("title: [Video] NIO's new ES8",
    "title: [Update]"), and an id read as a number, a date or a truth value ("id: 0412",
    "id: 2024-05-01", "id: yes"), which the guideline's ids (lowercase, digits, hyphens) can
    be. A field written over several lines is left for the type checks to reject."""
    def retyped(k: str, v) -> bool:
        if k in _TEXT_FIELDS:
            return isinstance(v, (list, dict))
        return k == "id" and v is not None and not isinstance(v, (str, list, dict))
    keys = [k for k, v in meta.items() if isinstance(k, str) and retyped(k, v)]
    if not keys:
        return meta
    plain = None if _TAG.search(block) else _plain_fields(block)
    if plain is None:
        return meta
    return {**meta, **{k: plain[k] for k in keys if plain.get(k) is not None}}


def _mapping(shown: str, loaded) -> dict:
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise DocumentError(f"{shown}: front matter must be a mapping of fields, got {type(loaded).__name__}")
    return loaded


def _yaml_where(e: yaml.YAMLError) -> str:
    mark = getattr(e, "problem_mark", None)
    return f" (line {mark.line + 2})" if mark is not None else ""


def _yaml_problem(e: yaml.constructor.ConstructorError) -> str:
    problem = e.problem or ""
    m = re.search(r"tag '([^']*)'", problem)
    if m:
        return f"uses a YAML tag that is not allowed{_yaml_where(e)}: {m.group(1)} (tags are never run)"
    return f"is not valid YAML{_yaml_where(e)}: {_one_line(problem)}"


def _one_line(s: str) -> str:
    return " ".join(s.split())[:300]


_BLOCK_SCALAR = re.compile(r"[|>][-+]?[1-9]?[-+]?")
_PLAIN_FIELD = re.compile(r"^([A-Za-z_][\w-]*):[ \t]*(.*?)[ \t]*$")


def _plain_fields(block: str) -> dict | None:
    """'key: value' lines (values taken as written), or None if any line is not one."""
    out: dict = {}
    for line in block.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        m = _PLAIN_FIELD.match(line)
        if not m or m.group(1) in out:
            return None
        value = m.group(2)
        if _BLOCK_SCALAR.fullmatch(value):   # "title: |": the value is on the lines below
            return None
        # (a value opening with "[", "*", "@" ... is text here: "title: [Discussion] ...",
        # "author: @evblogger"; tags were refused before, and nothing here builds an object)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        out[m.group(1)] = value if value else None
    return out


# ---------------------------------------------------------------------------- documents
def make_document(shown: str, body: str, meta: dict, sha: str, encoding: str, stem: str) -> Document:
    if not body.strip():
        raise DocumentError(f"{shown}: no article text")
    doc_id = meta.get("id")
    if isinstance(doc_id, str):
        doc_id = doc_id.strip()
    if doc_id is None or doc_id == "":
        doc_id = slug(stem)
    elif not isinstance(doc_id, (str, int)) or isinstance(doc_id, bool):
        raise DocumentError(f"{shown}: front matter 'id' must be text, got {type(doc_id).__name__}")
    doc_id = str(doc_id)
    for key in _TEXT_FIELDS:
        v = meta.get(key)
        if v is not None and (not isinstance(v, (str, int, float)) or isinstance(v, bool)):
            raise DocumentError(f"{shown}: front matter '{key}' must be text, got {type(v).__name__}")
    for key, v in (("id", doc_id), ("title", meta.get("title")), ("url", meta.get("url")),
                   ("source", meta.get("source")), ("text", body)):
        if isinstance(v, str) and _SURROGATE.search(v):
            raise DocumentError(f"{shown}: '{key}' holds an invalid character (a lone UTF-16 surrogate)")
    key = next((k for k in PUBLISHED_KEYS if meta.get(k) not in (None, "")), "published")
    published = _date_field(shown, meta.get(key), key)
    if published is not None:
        source, precision = "front_matter", "day"
    else:
        published, precision = infer_reference(body)
        if published is not None and not MIN_YEAR <= published.year <= MAX_YEAR:
            published = None
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


# The front-matter field that dates a document: `published`, else the first of the others
# (site generators and feeds name it `date`, `pubDate`, ...)
PUBLISHED_KEYS = ("published", "date", "published_at", "publish_date", "pubdate", "pubDate", "datePublished")
# Written dates a front matter may hold besides ISO 8601: month names (day and month cannot be
# swapped), RFC 2822 (feeds), and year-first with slashes or dots. "03/04/2024" is refused:
# it is the 3rd of April or the 4th of March depending on the writer.
_DATE_FORMATS = ("%B %d, %Y", "%b %d, %Y", "%b. %d, %Y", "%d %B %Y", "%d %b %Y", "%d %b. %Y",
                 "%B %d %Y", "%b %d %Y", "%Y/%m/%d", "%Y.%m.%d")
_WEEKDAY = re.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+", re.I)


def _date_field(shown: str, v, key: str = "published") -> dt.date | None:
    if v is None or v == "":
        return None
    d = None
    if isinstance(v, dt.datetime):
        d = v.date()
    elif isinstance(v, dt.date):
        d = v
    elif isinstance(v, str):
        d = _parse_date(v)
    if d is None:
        raise DocumentError(f"{shown}: front matter '{key}' is not a date (YYYY-MM-DD, or a date with the "
                            f"month's name): {_short_repr(v)}")
    if not MIN_YEAR <= d.year <= MAX_YEAR:
        raise DocumentError(f"{shown}: front matter '{key}' is out of range ({MIN_YEAR}-{MAX_YEAR}): {d.isoformat()}")
    return d


def _parse_date(v: str) -> dt.date | None:
    """A front matter's date string: ISO 8601 (a time after the date is ignored), or one of
    `_DATE_FORMATS` with an optional weekday and time ("Thu, 01 Aug 2024 10:00:00 +0800")."""
    s = v.strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        pass
    s = _WEEKDAY.sub("", s)
    s = re.sub(r"(?:,?\s+|T)\d{1,2}:\d{2}(?::\d{2})?.*$", "", s)  # a time (and zone) after the date
    s = re.sub(r"(\d)(?:st|nd|rd|th)\b", r"\1", s)  # "August 1st, 2024"
    s = re.sub(r"\bSept\b", "Sep", s)
    s = re.sub(r"\s+", " ", s)
    for f in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(s, f).date()
        except ValueError:
            continue
    return None


def _short_repr(v) -> str:
    r = repr(v)
    return r if len(r) <= 80 else r[:77] + "..."


# ---------------------------------------------------------------------------- JSON lines
def _read_jsonl(shown: str, data: bytes, stem: str) -> Iterator[Document | Rejected]:
    try:
        text, encoding = decode(data, shown)
    except DocumentError as e:
        yield Rejected(shown, str(e), sha256=hashlib.sha256(data).hexdigest())
        return
    # Only "\n" ends a record: str.splitlines() would also split at U+2028, U+0085 and other
    # characters that JSON allows raw inside a string.
    records = 0
    for n, line in enumerate(text.split("\n"), start=1):
        line = line.rstrip("\r")
        if not line.strip():
            continue
        records += 1
        where = f"{shown}:{n}"
        sha = hashlib.sha256(line.encode("utf-8")).hexdigest()
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as e:
            yield Rejected(where, f"{where}: not valid JSON: {e.msg} (column {e.colno})", sha256=sha)
            continue
        except RecursionError:
            yield Rejected(where, f"{where}: JSON nested too deeply", sha256=sha)
            continue
        if not isinstance(rec, dict):
            yield Rejected(where, f"{where}: a line must be a JSON object, got {type(rec).__name__}", sha256=sha)
            continue
        body = rec.get("text")
        if not isinstance(body, str):
            yield Rejected(where, f"{where}: field 'text' is missing or not a string", sha256=sha)
            continue
        meta = {k: rec.get(k) for k in ("id", "title", "url", "source", *PUBLISHED_KEYS) if k in rec}
        try:
            yield make_document(where, normalize_newlines(body), meta, sha, encoding, f"{stem}-{n}")
        except DocumentError as e:
            rid = rec.get("id")
            rid = str(rid) if isinstance(rid, (str, int)) and not isinstance(rid, bool) and rid != "" else None
            if rid is not None and _SURROGATE.search(rid):
                rid = None
            yield Rejected(where, str(e), doc_id=rid, sha256=sha)
    if not records:
        yield Rejected(shown, f"{shown}: no JSON lines (only blank lines)", sha256=hashlib.sha256(data).hexdigest())
