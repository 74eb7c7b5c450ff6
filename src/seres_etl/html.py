"""Saved web pages (`.html`, `.htm`) -> a `Document`.

The page is parsed with selectolax's lexbor engine (an HTML5 parser in C: no network access,
no DTDs and so no external entities, malformed markup repaired the way a browser repairs it).
The article text is taken from the page's main content (`[itemprop=articleBody]`, `<article>`,
`<main>`, else `<body>`) with scripts, styles, navigation, headers, footers, sidebars, form
controls and elements named like boilerplate (cookie banners, share bars, related links, ...)
removed; if class names took most of the text they named a wrapper, and only the structural
removals apply. Block
elements are separated by a blank line, list items, table rows and `<br>` by a line break, so
the sentence splitter sees the page's paragraphs; `Document.text` is this text, and fact spans
point into it.

Title and publication date come from the page's metadata when present (`og:title`, JSON-LD
`headline`, `<title>`; `article:published_time`, JSON-LD `datePublished`, `<meta name=date>`
and its kin, `<time datetime>`); a date stated there is recorded like a front-matter date
(date_source "front_matter": the document's own metadata). Otherwise `make_document` infers
the date from the text as it does for Markdown.

Why selectolax and not trafilatura: on synthetic news pages both kept every article sentence;
trafilatura removed more boilerplate on class-less "div soup" but was 15-30x slower (2-5 ms
a page against 0.1-0.2 ms for parsing, ~0.4-1.5 ms for this module end to end), pulls in
about 15 packages (lxml, dateparser, babel, justext, htmldate, ...; it failed to import until
lxml_html_clean was added), returned nothing for short pages (under its 250-character
minimum) and for a 5 MB single-paragraph page, and its text output has no blank lines
between paragraphs. selectolax is one wheel with no dependencies.

Hostile pages: a linear pre-scan rejects markup whose nesting or attribute count would make
the HTML5 tree builder slow (its cost grows with the square of both), and the tree is walked
without recursion.
"""
from __future__ import annotations

import datetime as dt
import email.utils
import json
import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

from .documents import Document, DocumentError, make_document

# ---------------------------------------------------------------------------- pre-scan
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})")
# Start tags that make the tree builder look down the stack of open elements (a "p element in
# button scope" check): nesting them N deep costs about N*N.
_SCOPED = frozenset("""address article aside blockquote center details dialog dir div dl fieldset
    figcaption figure footer header hgroup main menu nav ol pre listing search section summary ul
    p h1 h2 h3 h4 h5 h6 li dd dt form table hr xmp plaintext""".split())
_NESTING = _SCOPED - {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dd", "dt", "form", "table",
                      "hr", "plaintext"}
_FORMATTING = frozenset("a b big code em font i nobr s small strike strong tt u".split())
_ATTR = re.compile(r"\s+[^\s=/>\"']")
MAX_WORK = 100_000_000        # ~0.3 s of tree building in the worst case
MAX_ATTRIBUTES = 2_000        # on one element (attribute de-duplication is quadratic)
MAX_OPTIONS = 5_000           # in one <select> (option handling is quadratic too)
MAX_ELEMENTS = 500_000        # news pages have a few thousand; each costs a step of the walk


def check_markup(shown: str, html: str) -> None:
    """Reject markup that would take the HTML5 tree builder quadratic time: block elements
    nested thousands deep, thousands of unclosed formatting elements, a <select> with
    thousands of options, one element with thousands of attributes, or more tags than any
    page needs. Linear in the page's length; a DocumentError names the problem."""
    depth = fmt = max_depth = options = 0
    in_select = False
    work = 0
    gt = -1
    n = 0
    for m in _TAG.finditer(html):
        closing, name = m.group(1), m.group(2).lower()
        n += 1
        if n > MAX_ELEMENTS:
            raise DocumentError(f"{shown}: HTML has more than {MAX_ELEMENTS} tags")
        if not closing:
            start = m.end()
            if gt < start:
                gt = html.find(">", start)
                if gt < 0:
                    gt = len(html)
            if gt - start > 2 * MAX_ATTRIBUTES and len(_ATTR.findall(html, start, gt)) > MAX_ATTRIBUTES:
                raise DocumentError(f"{shown}: HTML element <{name}> has more than {MAX_ATTRIBUTES} attributes")
            if name in _NESTING:
                depth += 1
                max_depth = max(max_depth, depth)
            if name in _SCOPED:
                work += depth + fmt
            elif name in _FORMATTING:
                fmt += 1
                work += 4 * fmt       # the list of active formatting elements is searched on each
            elif name == "select":
                in_select, options = True, 0
            elif name in ("option", "optgroup") and in_select:
                options += 1
                if options > MAX_OPTIONS:
                    raise DocumentError(f"{shown}: HTML <select> has more than {MAX_OPTIONS} options")
        else:
            if name in _NESTING and depth:
                depth -= 1
            elif name in _FORMATTING and fmt:
                fmt -= 1
            elif name == "select":
                in_select = False
        if work > MAX_WORK:
            raise DocumentError(f"{shown}: HTML nests elements too deeply to read safely "
                                f"({max(max_depth, fmt)}+ levels)")


# ---------------------------------------------------------------------------- boilerplate
_DROP_TAGS = frozenset("""script style noscript template iframe frame frameset object embed applet
    svg math canvas video audio picture img map button input select textarea label nav footer
    aside header dialog menu head title meta link base""".split())
_BOILER = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|menus|footer|sidebar|side-bar|sidenav|related|recommend\w*|"
    r"cookies?|consent|gdpr|banner|breadcrumbs?|share|sharing|social|comments?|promo\w*|advert\w*|ads?|"
    r"adslot|sponsor\w*|newsletter|subscribe|subscription|paywall|popup|modal|widget|toolbar|pagination|"
    r"pager|skip-link|tags|tag-list|most-read|trending|outbrain|taboola|disqus)(?:$|[\s_-])",
    re.IGNORECASE)
_BOILER_ROLES = {"navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
                 "search", "menu", "menubar", "toolbar"}
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

# ---------------------------------------------------------------------------- text layout
_BLOCK = frozenset("""address article aside blockquote body center details dialog dir div dl
    fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html main menu nav
    ol p pre section summary table tbody thead tfoot ul caption legend search""".split())
_LINE = frozenset("li tr dt dd option".split())
_CELL = frozenset("td th".split())
_SPACE = re.compile(r"[ \t\n\r\f]+")


def html_to_document(shown: str, text: str, sha: str, encoding: str, stem: str) -> Document:
    """A saved web page as a Document: its article text, title, URL, site and date."""
    check_markup(shown, text)
    tree = LexborHTMLParser(text)
    meta = page_metadata(tree)
    root = _content_root(tree)
    if root is None:
        raise DocumentError(f"{shown}: no article text in the page")
    drop = _DROP_TAGS if root.tag in ("body", "main", "html") else _DROP_TAGS - {"header"}
    skip: set[int] = set()
    title = meta.get("title")
    h1 = root.css_first("h1")
    if h1 is not None:
        h1_text = _SPACE.sub(" ", h1.text(deep=True)).strip()
        if not title:
            title = h1_text or None
        if h1_text and title and _same_heading(h1_text, title):
            skip.add(h1.mem_id)     # the headline is the title, not a paragraph of the article
    strict, lenient = render_text(root, skip, drop, _boilerplate(root))
    # Class names are a heuristic: if they took most of the text, they named a wrapper, not
    # boilerplate, and the page is read with only the structural removals.
    body = strict if len(strict) >= 0.25 * len(lenient) else lenient
    fields = {"title": title, "url": meta.get("url"), "source": meta.get("source"),
              "published": meta.get("published")}
    return make_document(shown, body, {k: v for k, v in fields.items() if v}, sha, encoding, stem)


def _same_heading(h1: str, title: str) -> bool:
    a, b = h1.casefold(), title.casefold()
    return a == b or (min(len(a), len(b)) >= 12 and (b.startswith(a) or a.startswith(b)))


# ---------------------------------------------------------------------------- metadata
_DATE_META = ("article:published_time", "og:article:published_time", "article.published",
              "datepublished", "date", "pubdate", "publishdate", "publish-date", "publish_date",
              "dc.date", "dc.date.issued", "dcterms.date", "dcterms.issued", "sailthru.date",
              "parsely-pub-date", "cxenseparse:recs:publishtime", "originalpublicationdate")


def page_metadata(tree: LexborHTMLParser) -> dict:
    """title, url, source and published (a date) from <meta>, JSON-LD, <title> and <time>."""
    metas: dict[str, str] = {}
    for m in tree.css("meta"):
        a = m.attributes
        key = (a.get("property") or a.get("name") or a.get("itemprop") or "").strip().lower()
        content = a.get("content")
        if key and content and key not in metas:
            metas[key] = content.strip()
    ld = _json_ld(tree)
    out: dict = {}
    title_node = tree.css_first("title")
    for cand in (metas.get("og:title"), metas.get("twitter:title"), ld.get("headline"),
                 title_node.text(deep=True) if title_node is not None else None):
        if isinstance(cand, str) and cand.strip():
            out["title"] = _SPACE.sub(" ", cand).strip()
            break
    canonical = tree.css_first("link[rel=canonical]")
    for cand in (metas.get("og:url"), canonical.attributes.get("href") if canonical is not None else None,
                 ld.get("url")):
        if isinstance(cand, str) and cand.strip():
            out["url"] = cand.strip()
            break
    if metas.get("og:site_name"):
        out["source"] = metas["og:site_name"]
    dates = [metas.get("article:published_time"), metas.get("og:article:published_time"),
             ld.get("datePublished")]
    dates += [metas.get(k) for k in _DATE_META[2:]]
    times = [t.attributes.get("datetime") for t in tree.css("article time[datetime]")]
    times += [t.attributes.get("datetime") for t in tree.css("time[datetime]")]
    for cand in dates + times[:2]:
        d = parse_date(cand)
        if d is not None:
            out["published"] = d
            break
    return out


def _json_ld(tree: LexborHTMLParser) -> dict:
    """headline, datePublished and url of the page's article in its JSON-LD, if any."""
    found: dict = {}
    for node in tree.css('script[type="application/ld+json"]'):
        raw = node.text(deep=True)
        if not raw or len(raw) > 1_000_000:
            continue
        try:
            data = json.loads(raw)
        except (ValueError, RecursionError):
            continue
        stack, seen = [data], 0
        while stack and seen < 10_000:
            item = stack.pop()
            seen += 1
            if isinstance(item, list):
                stack.extend(reversed(item))
            elif isinstance(item, dict):
                for key in ("headline", "datePublished", "url"):
                    v = item.get(key)
                    if isinstance(v, str) and key not in found and _is_article(item):
                        found[key] = v
                graph = item.get("@graph")
                if isinstance(graph, list):
                    stack.extend(reversed(graph))
    return found


def _is_article(item: dict) -> bool:
    t = item.get("@type")
    types = t if isinstance(t, list) else [t]
    return any(isinstance(x, str) and ("Article" in x or x in ("BlogPosting", "Report", "WebPage"))
               for x in types)


_ISO = re.compile(r"^\s*(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)")
_COMPACT = re.compile(r"^\s*(\d{4})(\d{2})(\d{2})(?:$|[T\s])")


def parse_date(v) -> dt.date | None:
    """The calendar date a metadata value states (as written, not converted to UTC), or None."""
    if not isinstance(v, str) or not v.strip() or len(v) > 100:
        return None
    m = _ISO.match(v) or _COMPACT.match(v)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(v.strip()).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


# ---------------------------------------------------------------------------- content
def _content_root(tree: LexborHTMLParser) -> LexborNode | None:
    candidates = tree.css('[itemprop="articleBody"]') or tree.css("article") or tree.css("main, [role=main]")
    if candidates:
        best = max(candidates, key=lambda n: len(n.text(deep=True, strip=True)))
        if best.text(deep=True, strip=True):
            return best
    return tree.body


def _boilerplate(root: LexborNode) -> set[int]:
    """Elements under `root` that class, id, role or hiding mark as boilerplate (by mem_id;
    they are skipped when rendering, never freed while other handles may point into them)."""
    out: set[int] = set()
    for node in root.css("[class], [id], [role], [hidden], [aria-hidden], [style]"):
        a = node.attributes
        names = " ".join(x for x in (a.get("class"), a.get("id")) if x)
        if ((names and _BOILER.search(names)) or (a.get("role") or "").strip().lower() in _BOILER_ROLES
                or "hidden" in a or (a.get("aria-hidden") or "").strip().lower() == "true"
                or _HIDDEN_STYLE.search(a.get("style") or "")):
            if node.mem_id != root.mem_id:
                out.add(node.mem_id)
    return out


def render_text(root: LexborNode, skip: set[int] = frozenset(), drop: frozenset[str] | None = None,
                boiler: set[int] = frozenset()) -> tuple[str, str]:
    """The text of `root`: inline whitespace collapsed (kept in <pre>), a blank line between
    blocks, a line break for <br>, list items and table rows, " | " between table cells.
    Elements in `skip` (by mem_id) and with a tag in `drop` are left out with their content.
    Returns (text without the `boiler` elements, text with them), from one walk of the tree."""
    drop = _DROP_TAGS if drop is None else drop
    # parts: text (str), pre-formatted text (tuple), a break (1 line, 2 block); in_boiler marks
    # the parts that come from inside a boilerplate element.
    parts: list = []
    marks: list[bool] = []
    pre = inside = 0
    _LEAVE = None
    stack: list = [root]
    while stack:
        node = stack.pop()
        if node.__class__ is tuple:             # leaving an element: (tag, boiler?)
            tag, was_boiler = node
            if tag == "pre":
                pre -= 1
            if tag in _BLOCK:
                parts.append(2); marks.append(inside > 0)
            elif tag in _LINE:
                parts.append(1); marks.append(inside > 0)
            elif tag in _CELL:
                parts.append(" | "); marks.append(inside > 0)
            if was_boiler:
                inside -= 1
            continue
        tag = node.tag
        if tag == "-text":
            t = node.text_content
            if t:
                parts.append((t,) if pre else t); marks.append(inside > 0)
            continue
        if tag == "br":
            parts.append(1); marks.append(inside > 0)
            continue
        if tag in drop or tag == "-comment" or tag == "-doctype":
            continue
        if skip or boiler:
            mid = node.mem_id
            if mid in skip:
                continue
            is_boiler = mid in boiler
        else:
            is_boiler = False
        if is_boiler:
            inside += 1
        if tag in _BLOCK:
            parts.append(2); marks.append(inside > 0)
        elif tag in _LINE:
            parts.append(1); marks.append(inside > 0)
        if tag == "pre":
            pre += 1
        if is_boiler or tag in _BLOCK or tag in _LINE or tag in _CELL or tag == "pre":
            stack.append((tag, is_boiler))
        child = node.last_child
        while child is not None:
            stack.append(child)
            child = child.prev
    strict = _layout([p for p, m in zip(parts, marks) if not m])
    return strict, _layout(parts)


def _layout(parts: list) -> str:
    """Parts -> lines joined by one line break, or a blank line where a block ended."""
    lines: list[str] = []
    breaks: list[int] = []    # the break before each line
    buf: list[str] = []
    pending = 0

    def flush() -> None:
        nonlocal pending
        if not buf:
            return
        line = " ".join("".join(buf).split())
        buf.clear()
        if "|" in line:
            line = line.strip("| ")
        if line:
            breaks.append(pending)
            lines.append(line)
            pending = 0

    for part in parts:
        if isinstance(part, int):
            flush()
            if lines:
                pending = max(pending, part)
        elif isinstance(part, tuple):       # <pre>: its line breaks are the text's
            first, *rest = part[0].split("\n")
            buf.append(first)
            for seg in rest:
                flush()
                if lines:
                    pending = max(pending, 1)
                buf.append(seg)
        else:
            buf.append(part)
    flush()
    out = []
    for i, line in enumerate(lines):
        if i:
            out.append("\n\n" if breaks[i] >= 2 else "\n")
        out.append(line)
    return "".join(out) + ("\n" if out else "")

