"""Hostile input: every kind of bad file in the hostile-input issue is either read correctly
(with its encoding recorded) or rejected with an error that names the file and the problem,
and the run goes on with the others."""
from __future__ import annotations

import os
import shutil
import stat
import subprocess
import sys
import threading
import tracemalloc
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from hostile_raw import CP1252, GBK, GOOD_TEXT, build, front
from seres_etl import batch, parquet_io
from seres_etl.documents import (DEFAULT_MAX_BYTES, Document, Rejected, decode, discover,
                                 read_path, slug)

IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def read_one(p: Path, root: Path | None = None, **kw) -> Document | Rejected:
    out = list(read_path(p, root=root if root is not None else p.parent, **kw))
    assert len(out) == 1, out
    return out[0]


def rejected(p: Path, *words: str, **kw) -> Rejected:
    r = read_one(p, **kw)
    assert isinstance(r, Rejected), r
    assert p.name in r.error or str(p) in r.error, r.error   # the error names the file
    for w in words:
        assert w.lower() in r.error.lower(), r.error
    return r


def ok(p: Path, encoding: str = "utf-8", **kw) -> Document:
    d = read_one(p, **kw)
    assert isinstance(d, Document), d
    assert d.encoding == encoding
    return d


# ---------------------------------------------------------------------------- bytes
def test_empty_file_is_rejected(tmp_path):
    (tmp_path / "empty.md").write_bytes(b"")
    (tmp_path / "spaces.txt").write_bytes(b" \n\t\r\n ")
    rejected(tmp_path / "empty.md", "empty")
    rejected(tmp_path / "spaces.txt", "empty")


@pytest.mark.parametrize("data", [b"\xa0", "\u3000\n\u2028".encode(), b"\xa0\xa0\n\xa0"])
@pytest.mark.parametrize("suffix", [".md", ".jsonl"])
def test_file_of_only_unicode_spaces_is_empty(tmp_path, data, suffix):
    """Fuzz finding (reader): a lone 0xA0 decoded as cp1252 NBSP passed the empty check, and as
    .jsonl gave no record and no rejection at all."""
    p = tmp_path / f"blank{suffix}"
    p.write_bytes(data)
    rejected(p, "empty")


def test_binary_file_with_text_extension_is_rejected(tmp_path):
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (tmp_path / "escape.md").write_bytes(b"\x1b[31m\x01\x02\x03\x04\x05" * 40)   # control bytes, no NUL
    rejected(tmp_path / "photo.txt", "binary")
    rejected(tmp_path / "escape.md", "binary")


def test_invalid_utf8_is_rejected_with_the_offset(tmp_path):
    data = "Zentra’s sales rose 5% in Zürich.\n".encode() + b"bad \xff\xfe byte\n"
    (tmp_path / "broken.md").write_bytes(data)
    r = rejected(tmp_path / "broken.md", "invalid UTF-8", "0xff", "line 2")
    bad = data.index(b"\xff")
    assert f"offset {bad}" in r.error


def test_cp1252_text_is_read_and_recorded(tmp_path):
    (tmp_path / "latin.txt").write_bytes(CP1252.encode("cp1252"))
    d = ok(tmp_path / "latin.txt", "cp1252")
    assert d.text == CP1252


def test_gbk_text_is_read_and_recorded(tmp_path):
    (tmp_path / "zh.txt").write_bytes(GBK.encode("gbk"))
    d = ok(tmp_path / "zh.txt", "gb18030")
    assert d.text == GBK


@pytest.mark.parametrize("text,encoding", [
    ("Müller’s café sold 5% more – €3 million.", "cp1252"),
    ("Société Générale: “Renault” à Genève, 12 000 véhicules.", "cp1252"),
    ("蔚来汽车三月交付量为一万辆，同比增长百分之二十。", "gb18030"),
    ("NIO 蔚来 delivered 10,000 cars; 理想汽车 sold 30,000.", "gb18030"),
])
def test_legacy_encodings_are_told_apart(text, encoding):
    data = text.encode("gbk" if encoding == "gb18030" else encoding)
    assert decode(data, "x.txt") == (text, encoding)


def test_utf8_with_bom_is_read_and_front_matter_found(tmp_path):
    (tmp_path / "bom.md").write_bytes(b"\xef\xbb\xbf" + front(id="bom-doc", published="2024-04-01").encode())
    d = ok(tmp_path / "bom.md", "utf-8-sig")
    assert d.doc_id == "bom-doc" and str(d.published) == "2024-04-01"
    assert not d.text.startswith("\ufeff")


def test_utf8_bom_followed_by_invalid_bytes_is_rejected(tmp_path):
    (tmp_path / "bom-bad.md").write_bytes(b"\xef\xbb\xbfSales \xff\n")
    rejected(tmp_path / "bom-bad.md", "byte-order mark", "not valid UTF-8")


def test_utf16_with_bom_is_read(tmp_path):
    (tmp_path / "u16.txt").write_bytes(GOOD_TEXT.encode("utf-16"))
    assert ok(tmp_path / "u16.txt", "utf-16").text == GOOD_TEXT


def test_crlf_line_ends_are_normalised(tmp_path):
    (tmp_path / "crlf.md").write_bytes(front(id="crlf", title="T", published="2024-04-01").replace("\n", "\r\n").encode())
    (tmp_path / "cr.txt").write_bytes(GOOD_TEXT.replace("\n", "\r").encode())
    d = ok(tmp_path / "crlf.md")
    assert d.doc_id == "crlf" and d.title == "T" and "\r" not in d.text
    assert d.text == GOOD_TEXT
    assert ok(tmp_path / "cr.txt").text == GOOD_TEXT


# ---------------------------------------------------------------------------- size cap
def test_default_size_cap_is_sensible():
    assert DEFAULT_MAX_BYTES == 20 * 1024 * 1024


@pytest.mark.parametrize("text,size", [("20M", 20 * 2**20), ("512k", 512 * 1024), ("1.5GiB", 3 * 2**29),
                                       ("1048576", 2**20), ("10 MB", 10 * 2**20)])
def test_cli_max_bytes_sizes(text, size):
    from flows.cli import parse_size
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "ten", "-5", "0", "5T"])
def test_cli_max_bytes_rejects_bad_sizes(text):
    from flows.cli import main
    with pytest.raises(SystemExit) as e:
        main(["run", "--max-bytes", text])
    assert e.value.code == 2


def test_100mb_file_is_rejected_without_being_read(tmp_path):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:
        fh.truncate(100 * 1024 * 1024)      # sparse: costs no disk
    tracemalloc.start()
    try:
        r = rejected(p, "104857600 bytes", "size limit")
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 2 * 1024 * 1024, f"read {peak} bytes into memory"
    assert "--max-bytes" in r.error


def test_single_10mb_line_is_capped_by_max_bytes(tmp_path):
    line = ("Zentra sold 1,234 cars. " * (10 * 1024 * 1024 // 24 + 1))[: 10 * 1024 * 1024]
    p = tmp_path / "one-line.md"
    p.write_text(front(line, id="one-line", published="2024-04-01"), encoding="utf-8")
    rejected(p, "size limit", max_bytes=1024 * 1024)
    d = ok(p, max_bytes=16 * 1024 * 1024)        # under the cap: read whole, one line
    assert len(d.text) == len(line) and "\n" not in d.text


def test_file_that_grows_past_the_cap_while_read_is_rejected(tmp_path, monkeypatch):
    p = tmp_path / "growing.txt"
    p.write_text("x" * 100, encoding="utf-8")
    real_fstat = os.fstat

    def lying_fstat(fd):                         # the size said before reading is too small
        st = real_fstat(fd)
        return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid, st.st_gid, 10,
                               st.st_atime, st.st_mtime, st.st_ctime))
    monkeypatch.setattr(os, "fstat", lying_fstat)
    rejected(p, "size limit", max_bytes=50)


# ---------------------------------------------------------------------------- front matter
def test_front_matter_bad_yaml_is_rejected_with_the_line(tmp_path):
    p = tmp_path / "bad.md"
    p.write_text("---\nid: x\ntitle: [unclosed,\n  still open\n---\n" + GOOD_TEXT, encoding="utf-8")
    rejected(p, "front matter is not valid YAML", "line")


def test_unquoted_colon_in_title_is_still_read(tmp_path):
    p = tmp_path / "colon.md"
    p.write_text("---\nid: colon\ntitle: Net Profit Soars: Is It Real?\n---\n" + GOOD_TEXT, encoding="utf-8")
    assert ok(p).title == "Net Profit Soars: Is It Real?"


@pytest.mark.parametrize("title", [
    "[Discussion] NIO Q3 + October numbers by brand",   # not YAML at all
    "[Video]",                                          # YAML's list of one
    "{Update} Li Auto: deliveries",                     # not YAML
    "*Exclusive* BYD's new plant",                      # an alias YAML does not know
    "@NIO: a record month",
])
def test_headline_that_yaml_reads_otherwise_is_taken_as_written(tmp_path, title):
    # A forum or newsletter headline often opens with a bracket or a star; the article must
    # not be lost over its headline's first character.
    p = tmp_path / "headline.md"
    p.write_text(f"---\nid: h\ntitle: {title}\nurl: https://example.com/h\n---\n" + GOOD_TEXT, encoding="utf-8")
    d = ok(p)
    assert (d.doc_id, d.title, d.url) == ("h", title, "https://example.com/h")


def test_a_field_the_pipeline_does_not_use_does_not_lose_the_article(tmp_path):
    p = tmp_path / "author.md"
    p.write_text("---\nid: a\nauthor: @evblogger\ntags: [nio, deliveries\n---\n" + GOOD_TEXT, encoding="utf-8")
    assert ok(p).doc_id == "a"


@pytest.mark.parametrize("doc_id", ["0412", "2024-05-01", "yes", "20240501", "1.5"])
def test_an_id_yaml_reads_as_a_number_date_or_truth_value_is_taken_as_written(tmp_path, doc_id):
    # gold rows name the document by the id as written: "0412" is not 266 (YAML 1.1 octal)
    p = tmp_path / "typed-id.md"
    p.write_text(front(id=doc_id), encoding="utf-8")
    assert ok(p).doc_id == doc_id


def test_a_field_written_over_lines_or_an_id_list_is_still_rejected(tmp_path):
    p = tmp_path / "block.md"
    p.write_text("---\nid: b\ntitle: |\n  two\n  lines: x\nurl: [a, b\n---\n" + GOOD_TEXT, encoding="utf-8")
    rejected(p, "front matter")


@pytest.mark.parametrize("fields,words", [
    ({"published": "soon"}, ["'published' is not a date", "'soon'"]),
    ({"published": "2024-13-45"}, ["published"]),
    ({"published": "1066-10-14"}, ["out of range"]),
    ({"published": "20240101"}, ["not a date"]),
    ({"id": "[1, 2]"}, ["'id' must be text", "list"]),
    ({"id": "\n  - a"}, ["'id' must be text", "list"]),   # a list on the lines below
    ({"title": "\n  a: 1"}, ["'title' must be text", "dict"]),   # a mapping on the lines below
])
def test_front_matter_wrong_types_are_rejected(tmp_path, fields, words):
    p = tmp_path / "typed.md"
    p.write_text(front(**fields), encoding="utf-8")
    rejected(p, *words)


@pytest.mark.parametrize("fields", [
    {"published": "2024-08-01T10:00:00+08:00"},
    {"published": '"August 1, 2024"'},
    {"published": '"Aug. 1st, 2024"'},
    {"published": "1 Aug 2024"},
    {"published": '"Thu, 01 Aug 2024 10:00:00 +0800"'},  # RFC 2822, as feeds write it
    {"published": "2024/08/01"},
    {"date": "2024-08-01"},                # the other names a front matter gives the date
    {"pubDate": '"Thu, 01 Aug 2024 10:00:00 GMT"'},
    {"date": "2023-01-01", "published": "2024-08-01"},  # `published` first
])
def test_front_matter_dates_written_other_ways_are_read(tmp_path, fields):
    p = tmp_path / "dated.md"
    p.write_text(front(**fields), encoding="utf-8")
    d = ok(p)
    assert (d.published.isoformat(), d.date_source) == ("2024-08-01", "front_matter")


def test_jsonl_records_are_dated_by_the_same_fields(tmp_path):
    import json

    from seres_etl.documents import read_path
    p = tmp_path / "feed.jsonl"
    p.write_text(json.dumps({"id": "a", "pubDate": "Thu, 01 Aug 2024 10:00:00 GMT", "text": GOOD_TEXT}) + "\n"
                 + json.dumps({"id": "b", "date": "2024/08/01", "text": GOOD_TEXT}) + "\n", encoding="utf-8")
    assert [d.published.isoformat() for d in read_path(p)] == ["2024-08-01", "2024-08-01"]


@pytest.mark.parametrize("fields,words", [
    ({"published": "03/04/2024"}, ["'published' is not a date", "03/04/2024"]),  # 3 April or 4 March?
    ({"date": "someday"}, ["'date' is not a date", "someday"]),
])
def test_front_matter_dates_that_could_be_read_two_ways_are_rejected(tmp_path, fields, words):
    p = tmp_path / "ambiguous.md"
    p.write_text(front(**fields), encoding="utf-8")
    rejected(p, *words)


def test_front_matter_that_is_not_a_mapping_is_rejected(tmp_path):
    p = tmp_path / "list.md"
    p.write_text("---\n- a\n- b\n---\n" + GOOD_TEXT, encoding="utf-8")
    rejected(p, "must be a mapping")


def test_front_matter_duplicate_keys_are_rejected(tmp_path):
    p = tmp_path / "dupkey.md"
    p.write_text("---\nid: one\nid: two\n---\n" + GOOD_TEXT, encoding="utf-8")
    rejected(p, "duplicate key")


@pytest.mark.parametrize("yaml_block", [
    "title: !!python/object/apply:os.system ['touch {marker}']",
    "published: !!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/apply:os.system ['touch {marker}']",
    "x: !!python/object/new:subprocess.Popen [['touch', '{marker}']]",
    "x: !!python/name:os.system",
    "title: !custom-tag value",
])
def test_yaml_tags_that_construct_objects_are_rejected_not_run(tmp_path, yaml_block):
    marker = tmp_path / "PWNED"
    p = tmp_path / "tagged.md"
    p.write_text(f"---\n{yaml_block.format(marker=marker)}\n---\n{GOOD_TEXT}", encoding="utf-8")
    r = rejected(p, "front matter")
    assert "tag" in r.error.lower() or "not valid yaml" in r.error.lower()
    assert not marker.exists(), "a YAML tag ran code"


def test_deeply_nested_yaml_is_rejected(tmp_path):
    p = tmp_path / "deep.md"
    p.write_text("---\nx: " + "[" * 5000 + "]" * 5000 + "\n---\n" + GOOD_TEXT, encoding="utf-8")
    rejected(p, "front matter")


# ---------------------------------------------------------------------------- ids, names, links
def test_duplicate_doc_ids_first_by_path_order_is_kept(tmp_path):
    for name in ("b.md", "a.md", "c.md"):
        (tmp_path / name).write_text(front(id="same"), encoding="utf-8")
    b = batch.extract_paths(discover(tmp_path), root=tmp_path)
    docs = b.documents.set_index("path")
    assert docs.loc[f"{tmp_path}/a.md", "status"] == "ok"
    for name in ("b.md", "c.md"):
        row = docs.loc[f"{tmp_path}/{name}"]
        assert row["status"] == "rejected" and "duplicate doc_id 'same'" in row["error"]
        assert name in row["error"]


def test_duplicate_doc_ids_across_batches_keep_the_first(tmp_path):
    for name in ("a.md", "b.md", "c.md"):
        (tmp_path / name).write_text(front(id="same"), encoding="utf-8")
    paths = discover(tmp_path)
    batches = [batch.extract_paths([p], root=tmp_path) for p in paths]
    docs, facts = batch.merge_batches(batches)
    assert list(docs["status"]) == ["ok", "rejected", "rejected"]
    assert all("kept" in e and "a.md" in e for e in docs["error"][1:])
    assert set(facts["doc_id"]) <= {"same"}
    assert len(facts) == len(batches[0].facts)      # the later copies' facts are not merged


def test_names_with_spaces_and_non_ascii(tmp_path):
    names = ["name with spaces.md", "Übersicht März 2024.md", "蔚来 销量.txt", "Café-Résumé.md"]
    for n in names:
        (tmp_path / n).write_text(GOOD_TEXT, encoding="utf-8")
    found = discover(tmp_path)
    assert sorted(p.name for p in found) == sorted(names)
    ids = {p.name: ok(p).doc_id for p in found}
    assert ids["name with spaces.md"] == "name-with-spaces"
    assert ids["Übersicht März 2024.md"] == "ubersicht-marz-2024"
    assert ids["蔚来 销量.txt"] == "蔚来-销量"
    assert len(set(ids.values())) == len(names)       # no two names collapse to one id


def test_file_name_that_is_not_utf8_is_read_and_writable(tmp_path):
    raw = os.fsencode(tmp_path) + b"/caf\xe9 sales.md"
    try:
        with open(raw, "wb") as fh:
            fh.write(GOOD_TEXT.encode())
    except OSError as e:  # some file systems refuse such names
        pytest.skip(f"file system refuses a non-UTF-8 name: {e}")
    b = batch.extract_paths(discover(tmp_path), root=tmp_path)
    assert list(b.documents["status"]) == ["ok"]
    assert b.documents["path"][0].endswith("caf\\xe9 sales.md")
    parquet_io.write_table(b.documents, "documents", tmp_path / "out" / "documents.parquet")


def test_slug_keeps_distinct_scripts():
    assert slug("Sokon Renamed Seres") == "sokon-renamed-seres"
    assert slug("___") == "doc"
    assert slug("销量") == "销量"


def test_symlink_outside_the_raw_folder_is_listed_and_rejected(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (tmp_path / "secret.md").write_text(GOOD_TEXT, encoding="utf-8")
    os.symlink(tmp_path / "secret.md", raw / "innocent.md")
    os.symlink("../secret.md", raw / "relative.md")
    assert [p.name for p in discover(raw)] == ["innocent.md", "relative.md"]
    for name in ("innocent.md", "relative.md"):
        r = rejected(raw / name, "symlink points outside the raw folder", root=raw)
        assert "secret.md" in r.error


def test_symlink_inside_the_raw_folder_is_read(tmp_path):
    (tmp_path / "real.md").write_text(GOOD_TEXT, encoding="utf-8")
    os.symlink("real.md", tmp_path / "alias.md")
    assert ok(tmp_path / "alias.md").doc_id == "alias"


def test_symlinked_folder_and_broken_link_are_rejected_with_a_reason(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "sub").mkdir()
    (raw / "sub" / "doc.md").write_text(GOOD_TEXT, encoding="utf-8")
    os.symlink(raw / "sub", raw / "again")
    os.symlink(raw / "nowhere.md", raw / "dangling.md")
    names = [p.relative_to(raw).as_posix() for p in discover(raw)]
    assert names == ["again", "dangling.md", "sub/doc.md"]
    rejected(raw / "again", "linked folders are not followed", root=raw)
    rejected(raw / "dangling.md", "broken symlink", root=raw)


def test_named_pipe_is_rejected_without_blocking(tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes here")
    os.mkfifo(tmp_path / "pipe.md")
    result: list = []
    t = threading.Thread(target=lambda: result.append(read_one(tmp_path / "pipe.md")), daemon=True)
    t.start()
    t.join(10)
    assert result, "reading a named pipe blocked"
    assert isinstance(result[0], Rejected) and "not a regular file" in result[0].error


def test_unreadable_file_is_rejected(tmp_path):
    p = tmp_path / "locked.md"
    p.write_text(GOOD_TEXT, encoding="utf-8")
    p.chmod(0)
    try:
        if os.access(p, os.R_OK):
            pytest.skip("running as root (or with CAP_DAC_OVERRIDE): permission bits do not stop reading; "
                        "test_unreadable_file_is_rejected_for_an_unprivileged_reader covers it")
        rejected(p, "cannot read file", "permission denied")
    finally:
        p.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_unreadable_file_is_rejected_for_an_unprivileged_reader():
    """As root, read in a forked child that has dropped to 'nobody', where the bits bite."""
    if not IS_ROOT:
        pytest.skip("not root: test_unreadable_file_is_rejected covers it")
    import tempfile
    d = Path(tempfile.mkdtemp(prefix="seres-perm-", dir="/tmp"))
    try:
        d.chmod(0o755)
        p = d / "locked.md"
        p.write_text(GOOD_TEXT, encoding="utf-8")
        p.chmod(0)
        r, w = os.pipe()
        pid = os.fork()
        if pid == 0:                              # child: drop to nobody, read, report
            try:
                os.close(r)
                os.setgroups([])
                os.setgid(65534)
                os.setuid(65534)
                out = list(read_path(p, root=d))
                msg = f"{type(out[0]).__name__}\t{getattr(out[0], 'error', '')}"
            except BaseException as e:            # noqa: BLE001 - reported to the parent
                msg = f"ERROR\t{type(e).__name__}: {e}"
            os.write(w, msg.encode("utf-8", "replace"))
            os._exit(0)
        os.close(w)
        with os.fdopen(r, "rb") as fh:
            kind, _, error = fh.read().decode().partition("\t")
        os.waitpid(pid, 0)
        if kind == "ERROR" and "setuid" in error.lower() or "Operation not permitted" in error:
            pytest.skip(f"cannot drop privileges here: {error}")
        assert kind == "Rejected", error
        assert str(p) in error and "permission denied" in error
    finally:
        shutil.rmtree(d, ignore_errors=True)


# ---------------------------------------------------------------------------- JSON lines
def test_jsonl_good_lines_read_broken_lines_rejected_with_line_number(tmp_path):
    p = tmp_path / "feed.jsonl"
    p.write_text(
        '{"id": "a", "text": "Zentra sold 1,234 cars in May 2024.", "published": "2024-06-01"}\n'
        '{"id": "b", "text": "unterminated\n'
        '\n'
        '"just a string"\n'
        '{"id": "c"}\n'
        '{"id": "d", "text": "Sales rose 5%\u2028in June 2024.", "title": "line\u2029separators"}\n'
        '{"id": "e", "text": "bad \\ud800 surrogate"}\n'
        '{"id": "f", "text": "Deliveries rose 7%.", "published": "soon"}\r\n',
        encoding="utf-8")
    out = list(read_path(p, root=tmp_path))
    by_path = {x.path.rsplit(":", 1)[1]: x for x in out}
    assert sorted(by_path, key=int) == ["1", "2", "4", "5", "6", "7", "8"]
    assert isinstance(by_path["1"], Document) and by_path["1"].doc_id == "a"
    assert isinstance(by_path["6"], Document) and "\u2028" in by_path["6"].text
    for n, words in {"2": "not valid JSON", "4": "JSON object", "5": "'text' is missing",
                     "7": "surrogate", "8": "not a date"}.items():
        r = by_path[n]
        assert isinstance(r, Rejected), r
        assert r.error.startswith(f"{p}:{n}: ") and words in r.error, r.error
    assert by_path["8"].doc_id == "f"


# ---------------------------------------------------------------------------- the whole folder
def test_hostile_raw_folder_every_file_accounted_for(tmp_path):
    """All hostile inputs in one folder: each good one read with its encoding, each bad one
    rejected with a reason naming it; the documents table writes to Parquet."""
    raw = tmp_path / "raw"
    cases = build(raw)
    paths = discover(raw)
    b = batch.extract_paths(paths, root=raw)
    docs, facts = batch.merge_batches([b])
    rows = {Path(p).relative_to(raw).as_posix() if not p.startswith(str(raw) + "/") else p[len(str(raw)) + 1:]: r
            for p, r in zip(docs["path"], docs.to_dict("records"))}
    assert sorted(rows) == sorted(c.name for c in cases)
    for c in cases:
        r = rows[c.name]
        assert r["status"] == c.status, (c.name, r["error"])
        if c.status == "ok":
            assert r["encoding"] == c.expect, c.name
        else:
            assert c.expect.lower() in r["error"].lower(), (c.name, r["error"])
            assert c.name.split(":")[0] in r["error"], (c.name, r["error"])
    assert (docs["status"] == "ok").sum() >= 10 and len(facts) > 0
    out = tmp_path / "out"
    parquet_io.write_tables(out, {"documents": (docs, "documents.parquet"), "facts": (facts, "facts.parquet")})
    back = pq.read_table(out / "documents.parquet").to_pandas()
    assert len(back) == len(docs) and (back["status"] == "rejected").sum() == (docs["status"] == "rejected").sum()
    assert not (raw.parent / "PWNED").exists() and not Path("PWNED").exists()


def test_a_reader_bug_rejects_that_file_and_the_batch_goes_on(tmp_path, monkeypatch):
    (tmp_path / "a.md").write_text(GOOD_TEXT, encoding="utf-8")
    (tmp_path / "b.md").write_text(GOOD_TEXT, encoding="utf-8")
    from seres_etl import documents as D
    real = D.parse_markdown

    def flaky(shown, *a, **kw):
        if shown.endswith("a.md"):
            raise RuntimeError("boom")
        return real(shown, *a, **kw)
    monkeypatch.setattr(D, "parse_markdown", flaky)
    b = batch.extract_paths(discover(tmp_path), root=tmp_path)
    assert list(b.documents["status"]) == ["rejected", "ok"]
    assert "a.md: could not be read: RuntimeError: boom" in b.documents["error"][0]


@pytest.mark.flow
def test_cli_run_on_hostile_folder_reports_rejections(tmp_path):
    """`seres-etl run` over the hostile folder: exit 0, documents.parquet holds the rejected
    files with reasons, and the summary line counts them."""
    raw = tmp_path / "raw"
    cases = build(raw)
    out = tmp_path / "out"
    cli = shutil.which("seres-etl", path=str(Path(sys.executable).parent)) or "seres-etl"
    proc = subprocess.run([cli, "run", "--raw", str(raw), "--out", str(out), "--max-bytes", "5M"],
                          capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    docs = pq.read_table(out / "documents.parquet").to_pandas()
    n_rejected = sum(c.status == "rejected" for c in cases)
    assert (docs["status"] == "rejected").sum() == n_rejected
    assert f"({n_rejected} rejected)" in proc.stdout + proc.stderr
    assert docs["error"].str.contains("over the 5242880-byte size limit").any()    # --max-bytes 5M applied
