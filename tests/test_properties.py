"""Properties (hypothesis) of the extractor and the document reader, over arbitrary text and
bytes and over news-like text composed from the language the grammar reads.

Extractor: never raises, every fact's quote is the text at its span, values are finite,
period start <= end, and the same input gives the same facts. Reader: any bytes, under any
supported suffix, give Documents or Rejected records, never an exception.

Bounded so `make test` stays fast: 200 examples a property (SERES_PROPERTY_EXAMPLES=5000 for a
deeper search), no deadline. Under CI (CI set) the examples are derandomized, so a run is
reproducible.
"""
from __future__ import annotations

import datetime as dt
import math
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from seres_etl.documents import Document, DocumentError, Rejected, decode, read_path
from seres_etl.extract import extract
from seres_etl.grammar.entities import default_registry
from seres_etl.html import html_to_document

SETTINGS = settings(max_examples=int(os.environ.get("SERES_PROPERTY_EXAMPLES", "200")), deadline=None, derandomize=bool(os.environ.get("CI")),
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
REGISTRY = default_registry()

# ---------------------------------------------------------------------------- news-like text
ENTITIES = ["BYD", "NIO", "Li Auto", "XPeng", "Tesla", "Seres Group", "Sokon", "AITO M5", "Geely", "Zeekr",
            "Great Wall Motor", "Leapmotor", "Neta", "the company", "the automaker", "its", "It",
            "Zentra Motors", "Kestrel Auto", "ES6", "Model Y"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December", "Jan.", "Sept.", "Dec"]
VERBS = ["delivered", "sold", "produced", "exported", "reported revenue of", "posted a net loss of",
         "posted a net profit of", "recorded", "shipped", "received orders for", "registered",
         "had a market share of", "saw gross margin of", "is priced at", "starts at", "ranked"]
GROWTH = ["up", "down", "rose", "fell", "jumped", "declined", "surged", "increased", "decreased", "dropped",
          "widened", "narrowed", "grew"]
BASES = ["year-on-year", "YoY", "year-over-year", "from a year ago", "compared with the same period last year",
         "month-on-month", "MoM", "from the previous month", "quarter-on-quarter", "from {month}", ""]
PERIODS = ["in {month}", "in {month} {year}", "last month", "in Q{q}", "in the {ord} quarter",
           "in the first half of {year}", "in the first {n} months", "from January to {month}",
           "year-to-date", "so far this year", "this year", "last year", "in {year}", "cumulatively",
           "since deliveries began", "on {month} {day}", "as of {month} {day}, {year}"]
SCALES = ["", "", " million", " billion", "bn", " mn", "k", " thousand"]
CURRENCY_BEFORE = ["", "RMB ", "RMB", "¥", "$", "US$", "HK$", "€", "CNY ", "USD ", "EUR "]
CURRENCY_AFTER = ["", " yuan", " RMB", " CNY", " USD", " dollars", " euros", " units", " vehicles", " cars"]


@st.composite
def numbers(draw) -> str:
    whole = draw(st.integers(0, 10**10))
    sep = draw(st.sampled_from([",", " ", "", "\u00a0", "\u202f", "."]))
    digits = f"{whole:,}".replace(",", sep) if sep != "." else str(whole)
    if draw(st.booleans()):
        digits += "." + str(draw(st.integers(0, 999)))
    if draw(st.integers(0, 9)) == 0:
        digits = draw(st.sampled_from(["one", "two", "ten", "twelve", "a hundred", "half a"]))
    return digits


@st.composite
def quantity(draw) -> str:
    n = draw(numbers())
    kind = draw(st.integers(0, 3))
    if kind == 0:
        return n + draw(st.sampled_from(["%", " percent", " per cent", " percentage points", "pp"]))
    if kind == 1:
        return draw(st.sampled_from(CURRENCY_BEFORE)) + n + draw(st.sampled_from(SCALES)) + \
            draw(st.sampled_from(CURRENCY_AFTER))
    if kind == 2:
        return draw(st.sampled_from(["No.", "No. ", "#"])) + str(draw(st.integers(0, 100)))
    return n + draw(st.sampled_from(["st", "nd", "rd", "th", "th-largest", "", " units", "x"]))


@st.composite
def periods(draw) -> str:
    return draw(st.sampled_from(PERIODS)).format(
        month=draw(st.sampled_from(MONTHS)), year=draw(st.integers(1990, 2035)), q=draw(st.integers(0, 5)),
        ord=draw(st.sampled_from(["first", "second", "third", "fourth", "fifth"])), n=draw(st.integers(0, 14)),
        day=draw(st.integers(0, 32)))


@st.composite
def sentence(draw) -> str:
    parts = [draw(st.sampled_from(ENTITIES)), draw(st.sampled_from(VERBS)), draw(quantity())]
    if draw(st.booleans()):
        parts.append(draw(periods()))
    if draw(st.booleans()):
        base = draw(st.sampled_from(BASES)).format(month=draw(st.sampled_from(MONTHS)))
        parts.append(f", {draw(st.sampled_from(GROWTH))} {draw(quantity())} {base}".rstrip())
    if draw(st.integers(0, 4)) == 0:
        parts.insert(0, draw(st.sampled_from(["Analysts expect", "The target is", "It forecast that",
                                              "According to the association,", "- ", "• ", "ES6:"])))
    if draw(st.integers(0, 4)) == 0:
        parts.append(f"({draw(quantity())})")
    return " ".join(p for p in parts if p).replace(" ,", ",")


news_text = st.lists(st.tuples(sentence(), st.sampled_from([". ", ".\n\n", "; ", "\n", ".", " ", "\r\n"])),
                     min_size=1, max_size=12).map(lambda xs: "".join(s + e for s, e in xs))

published = st.one_of(st.none(), st.dates(dt.date(1990, 1, 1), dt.date(2035, 12, 31)))


def make_doc(text: str, pub: dt.date | None, source: str = "front_matter") -> Document:
    return Document(doc_id="prop", path="prop.md", text=text, published=pub,
                    date_source=source if pub else "none", date_precision="day" if pub else None)


def check(doc: Document) -> None:
    """The extractor's properties on one document: a fact's quote is the original text at its
    span (typographic spaces and dashes included), values are finite, periods ordered."""
    facts = extract(doc, REGISTRY)
    for f in facts:
        assert 0 <= f.span_start <= f.span_end <= len(doc.text)
        assert f.quote == doc.text[f.span_start:f.span_end]
        assert math.isfinite(f.value)
        p = f.period
        if p is not None and p.start is not None and p.end is not None:
            assert p.start <= p.end, p
    again = extract(doc, REGISTRY)
    key = lambda fs: [(f.fact_id, f.entity, f.metric, f.measure, f.period, f.value, f.unit, f.qualifier)  # noqa: E731
                      for f in fs]
    assert key(again) == key(facts)


# ---------------------------------------------------------------------------- extractor
# Letters that case-insensitive matching takes for ASCII ones ("ı" for i, "ſ" for s, the Kelvin
# sign for k): an ordinal, number word, month or weekday written with them once made a lookup
# of the matched word fail.
@pytest.mark.parametrize("text", [
    "NIO ranked thırd in May, with fıve million yuan of revenue.", "Li Auto ranked ſecond in June.",
    "Sales in Aprıl rose on Tueſday to two mıllion units.", "XPeng was No.1 in \u212aorea, up fıfty percent.",
])
def test_extract_copes_with_letters_that_match_ascii_ones_ignoring_case(text):
    check(make_doc(text, dt.date(2025, 6, 1)))


@SETTINGS
@given(text=st.text(max_size=400), pub=published)
def test_extract_properties_on_arbitrary_text(text, pub):
    check(make_doc(text, pub))


@SETTINGS
@given(text=news_text, pub=published, source=st.sampled_from(["front_matter", "inferred"]))
def test_extract_properties_on_news_like_text(text, pub, source):
    check(make_doc(text, pub, source))


@SETTINGS
@given(text=st.lists(st.one_of(st.sampled_from(ENTITIES + MONTHS + GROWTH + BASES + VERBS),
                               quantity(), periods(), st.sampled_from([".", ",", ";", "(", ")", "\n", ":", "-"])),
                     max_size=40).map(" ".join), pub=published)
def test_extract_properties_on_word_salad(text, pub):
    check(make_doc(text, pub))


# ---------------------------------------------------------------------------- reader
@SETTINGS
@given(data=st.binary(max_size=2000), suffix=st.sampled_from([".md", ".txt", ".jsonl", ".html", ".htm"]))
def test_reader_never_raises_on_arbitrary_bytes(data, suffix):
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / f"input{suffix}"
        p.write_bytes(data)
        out = list(read_path(p, root=d))
    assert out and all(isinstance(x, (Document, Rejected)) for x in out)
    for x in out:
        if isinstance(x, Rejected):
            assert x.error.startswith(str(p)), x.error
        else:
            assert x.text.strip() and x.doc_id


front_values = st.one_of(st.text(max_size=30), st.sampled_from(
    ["soon", "2024-02-30", "2024-01-01", "!!python/object:os.system", "[1, 2", "{a: b}", "&a x", "*a",
     "|\n  block", "2024-01-01T10:00:00Z", "'quoted: colon'", "null", "~", "yes", "1e400", "0x10"]))


@SETTINGS
@given(fields=st.dictionaries(st.sampled_from(["id", "title", "published", "url", "source", "x"]), front_values,
                              max_size=5),
       body=st.one_of(news_text, st.text(max_size=200)), crlf=st.booleans())
def test_reader_front_matter_never_raises(fields, body, crlf):
    block = "".join(f"{k}: {v}\n" for k, v in fields.items())
    text = f"---\n{block}---\n{body}"
    if crlf:
        text = text.replace("\n", "\r\n")
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / "doc.md"
        p.write_bytes(text.encode("utf-8", "surrogatepass"))
        out = list(read_path(p, root=d))
    assert len(out) == 1 and isinstance(out[0], (Document, Rejected))


@SETTINGS
@given(data=st.binary(max_size=3000))
def test_decode_only_raises_document_error(data):
    try:
        text, enc = decode(data, "x.txt")
    except DocumentError:
        return
    assert enc in {"utf-8", "utf-8-sig", "utf-16", "gb18030", "cp1252"} and text.strip()


TAGS = ["p", "div", "span", "b", "i", "a", "ul", "li", "table", "tr", "td", "script", "style", "nav",
        "footer", "article", "main", "h1", "br", "pre", "select", "option", "svg", "template", "time", "meta"]
html_text = st.lists(st.one_of(
    st.sampled_from(TAGS).map(lambda t: f"<{t}>"), st.sampled_from(TAGS).map(lambda t: f"</{t}>"),
    st.sampled_from(['<meta property="article:published_time" content="2024-02-30">',
                     '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-01-05"}',
                     "<!--", "-->", "&amp;", "&#0;", "&#x110000;", "&bogus", "<![CDATA[", "]]>", "<!DOCTYPE x>",
                     '<time datetime="soon">', "<title>T</title>", '<div class="sidebar">']),
    st.text(max_size=30), sentence()), max_size=60).map("".join)


@SETTINGS
@given(html=html_text)
def test_html_reader_only_raises_document_error(html):
    try:
        d = html_to_document("p.html", html, "", "utf-8", "p")
    except DocumentError:
        return
    assert d.text.strip()
    check(d)


@pytest.mark.parametrize("text", ["BYD delivered 1\xa0000% in January.", "BYD sold 12\u202f000 cars in May."])
def test_quote_with_typographic_space_is_the_original_text(text):
    check(make_doc(text, None))


@pytest.mark.parametrize("text", ["", "\x00", "5%", "$", "No.", "Q0", "2024-13", "1e400", "9" * 400,
                                  "BYD sold 1,000,000,000,000,000,000,000,000 cars.",
                                  "Sales rose 10" + "0" * 400 + "% year-on-year."])
def test_extract_edge_cases(text):
    check(make_doc(text, dt.date(2024, 5, 1)))


@given(st.lists(st.sampled_from(["/", ".", "..", "a", "b.md", "é", " ", "\n", "\udcff", "x\\y", ":3"]), max_size=12).map("".join))
@settings(max_examples=2000, deadline=None)
def test_shown_path_of_text_is_what_the_path_object_shows(text):
    """The fast path of `shown_path` (text used as it is when it needs no normalising) gives
    what going through Path gives, for any text, odd bytes and control characters included."""
    import re as _re
    from pathlib import Path as _Path

    from seres_etl.documents import shown_path

    def reference(p):
        s = _Path(p).as_posix().encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
        return _re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\x{ord(m.group()):02x}", s)

    assert shown_path(text) == reference(text)
    assert shown_path(_Path(text) if text else text) == reference(text)
