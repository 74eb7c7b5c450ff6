"""A raw folder of hostile inputs (one of each kind in the hostile-input issue), written from
short synthetic texts, and what reading each should give. Shared by the hostile-input and
fault tests."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

GOOD_TEXT = ("Zentra Motors delivered 12,345 vehicles in March 2024, up 18% year-on-year.\n\n"
             "The company said revenue reached RMB 3.2 billion in the first quarter.\n")


def front(body: str = GOOD_TEXT, **fields) -> str:
    lines = "".join(f"{k}: {v}\n" for k, v in fields.items())
    return f"---\n{lines}---\n{body}"


PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x02\x00\x00\x00\x90wS\xde"
CP1252 = "Renault\u2019s sales in Zürich rose 5% \u2013 to \u20ac3.2 million in May 2024 \u2014 a record.\n"
GBK = "比亚迪三月份销量达到三十万辆，同比增长百分之二十。\nBYD sold 300,000 cars in March 2024.\n"
HOSTILE_HTML = ("<html><head><title>Zentra &amp; rivals</title>"
                "<meta property='article:published_time' content='2024-04-02T08:00:00+08:00'>"
                "<script>var sold = '77,777 cars in May';</script></head><body><nav>Home News</nav>"
                "<article><h1>Zentra &amp; rivals</h1><p>Zentra sold 1,234 cars in March, up 5%."
                "<p>Unclosed <b>bold <i>italic <div>" + "<span>" * 3000 + "Revenue rose 9%.</article>"
                "<footer>Copyright</footer>")


@dataclass
class Case:
    name: str          # file name under raw/
    status: str        # expected: ok / rejected
    expect: str = ""   # ok: the encoding; rejected: words the error must contain


def build(raw: Path) -> list[Case]:
    """Write the hostile raw folder; returns the expected outcome per file."""
    raw.mkdir(parents=True, exist_ok=True)
    outside = raw.parent / "outside-secret.md"
    outside.write_text(front(id="outside-secret"), encoding="utf-8")
    cases: list[Case] = []

    def put(name: str, data: bytes | str, status: str, expect: str = "") -> None:
        p = raw / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        cases.append(Case(name, status, expect))

    put("a-good.md", front(id="good", title="Zentra March", published="2024-04-01"), "ok", "utf-8")
    put("empty.md", b"", "rejected", "empty")
    put("blank.txt", b"  \n\n \t\n", "rejected", "empty")
    put("image.txt", PNG, "rejected", "binary")
    put("invalid-utf8.md", GOOD_TEXT.encode("utf-8") + "Caf\u00e9 ".encode() + b"\xff\xfe sales\n", "rejected",
        "invalid UTF-8")
    put("cp1252.txt", CP1252.encode("cp1252"), "ok", "cp1252")
    put("gbk.txt", GBK.encode("gbk"), "ok", "gb18030")
    put("bom.md", b"\xef\xbb\xbf" + front(id="bom-doc").encode(), "ok", "utf-8-sig")
    put("crlf.md", front(id="crlf-doc", published="2024-04-01").replace("\n", "\r\n"), "ok", "utf-8")
    put("utf16.txt", GOOD_TEXT.encode("utf-16"), "ok", "utf-16")
    put("bad-yaml.md", "---\ntitle: [unclosed,\n  still open\nid: x: y: z\n---\n" + GOOD_TEXT, "rejected", "not valid YAML")
    put("published-soon.md", front(id="soon", published="soon"), "rejected", "'published' is not a date")
    put("published-bad-day.md", front(id="bad-day", published="2024-13-45"), "rejected", "published")
    put("yaml-tag.md", front(id="tagged", title="!!python/object/apply:os.system ['touch PWNED']"),
        "rejected", "YAML tag that is not allowed")
    put("yaml-object.md", "---\n!!python/object:collections.OrderedDict {}\n---\n" + GOOD_TEXT, "rejected",
        "YAML tag")
    put("dup-1.md", front(id="same-id"), "ok", "utf-8")
    put("dup-2.md", front(id="same-id"), "rejected", "duplicate doc_id")
    put("name with spaces.md", GOOD_TEXT, "ok", "utf-8")
    put("Übersicht 销量 März.md", GOOD_TEXT, "ok", "utf-8")
    put("hostile.html", HOSTILE_HTML, "ok", "utf-8")
    try:                              # a name that is not UTF-8, and one with a line break
        with open(os.fsencode(raw) + b"/caf\xe9 report.md", "wb") as fh:
            fh.write(GOOD_TEXT.encode())
        cases.append(Case("caf\\xe9 report.md", "ok", "utf-8"))
        (raw / "line\nbreak.md").write_text(GOOD_TEXT, encoding="utf-8")
        cases.append(Case("line\\x0abreak.md", "ok", "utf-8"))
    except OSError:                   # a file system that refuses such names
        pass
    put("deep.html", "<div>" * 50000 + "x 5%", "rejected", "too deeply")
    put("articles.jsonl",
        '{"id": "j1", "text": "Zentra sold 1,234 cars in May 2024.", "published": "2024-06-01"}\n'
        '{"id": "j2", "text": broken\n'
        '\n'
        '[1, 2]\n'
        '{"id": "j3", "text": "Sales rose 5%\u2028in June 2024."}\n', "ok", "utf-8")
    cases[-1].name = "articles.jsonl:1"
    cases += [Case("articles.jsonl:2", "rejected", "not valid JSON"),
              Case("articles.jsonl:4", "rejected", "JSON object"),
              Case("articles.jsonl:5", "ok", "utf-8")]
    os.symlink(outside, raw / "link-outside.md")
    cases.append(Case("link-outside.md", "rejected", "outside the raw folder"))
    os.symlink("cp1252.txt", raw / "link-inside.md")
    cases.append(Case("link-inside.md", "ok", "cp1252"))
    os.symlink(raw / "missing.md", raw / "link-broken.md")
    cases.append(Case("link-broken.md", "rejected", "broken symlink"))
    (raw.parent / "linked-dir").mkdir(exist_ok=True)
    os.symlink(raw.parent / "linked-dir", raw / "linked-folder")
    cases.append(Case("linked-folder", "rejected", "symlink"))
    big = raw / "huge.txt"
    with open(big, "wb") as fh:      # sparse: 100 MB on paper, nothing on disk
        fh.truncate(100 * 1024 * 1024)
    cases.append(Case("huge.txt", "rejected", "size limit"))
    locked = raw / "no-permission.md"
    locked.write_text(GOOD_TEXT, encoding="utf-8")
    locked.chmod(0)
    cases.append(Case("no-permission.md", "ok" if os.geteuid() == 0 else "rejected",
                      "utf-8" if os.geteuid() == 0 else "permission denied"))
    return cases
