"""Key words: a cheap test that tells when a pattern cannot match a stretch of text.

Most grammar patterns are long alternations of words ("revenues?|turnover|top\\s+line|...")
that a regular expression tries at every word of a sentence; most sentences contain none of
them. `key_words(rx)` reads a compiled pattern and returns words one of which every match
contains ("revenue", "turnover", "top", ...); a substring test for them is much cheaper than
the scan, and when none is there the pattern is not run at all. The words are read from the
pattern itself, so a vocabulary stays written in one place and a gate never disagrees with it.

A test on key words only ever skips a scan that would have found nothing: results are the
same with and without it.
"""
from __future__ import annotations

import re
import sys
from dataclasses import dataclass

# The standard library's own parser of patterns (private module names, stable since 3.11).
from re import _parser
from re._constants import (ASSERT, ASSERT_NOT, AT, AT_BEGINNING, AT_BEGINNING_STRING, ATOMIC_GROUP, BRANCH, CATEGORY, CATEGORY_DIGIT,
                           CATEGORY_NOT_DIGIT, CATEGORY_NOT_SPACE, CATEGORY_NOT_WORD, CATEGORY_SPACE,
                           CATEGORY_WORD, IN, LITERAL, MAX_REPEAT, MIN_REPEAT, NEGATE, NOT_LITERAL, POSSESSIVE_REPEAT,
                           RANGE, SUBPATTERN, ANY)

# Characters that a case-insensitive pattern matches with an ASCII letter but that
# str.lower() does not turn into that letter ("İ" lowers to two characters; "ı", "ſ" and the
# Kelvin sign "K" match "i", "s" and "k").
_TO_ASCII = {"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"}
_TO_ASCII_TABLE = str.maketrans(_TO_ASCII)
_NOT_LOWERED_TO_ASCII = re.compile("[" + "".join(_TO_ASCII) + "]")


def folded(text: str) -> str:
    """`text` lower-cased for key-word tests, one character for one (offsets are kept)."""
    if not text.isascii() and _NOT_LOWERED_TO_ASCII.search(text):
        text = text.translate(_TO_ASCII_TABLE)
    return text.lower()


# The last strings folded: a document's text (searched in stretches, again and again) and a short
# window (tested by several patterns in a row). Kept as (string, folded) pairs, replaced whole.
_last_long: tuple[str, str] = ("", "")
_last_short: tuple[str, str] = ("", "")


def folded_cached(text: str) -> str:
    """`folded(text)`, from the last one or two strings folded when `text` is one of them."""
    global _last_long, _last_short
    long = len(text) > 400
    last = _last_long if long else _last_short
    if last[0] is text:
        return last[1]
    low = folded(text)
    if long:
        _last_long = (text, low)
    else:
        _last_short = (text, low)
    return low


@dataclass(frozen=True)
class KeyWords:
    """Words one of which every match of a pattern contains.

    `cased`: the words are tested on the text as written (the pattern is case-sensitive
    there), else lower-cased on the folded text. No words: nothing is known, always run.
    """
    words: tuple[str, ...] = ()
    cased: bool = False

    def found_in(self, text: str, low: str | None = None) -> bool:
        """Whether one of the words is in `text` (as written; `low` is its `folded` form when
        the caller has it already)."""
        if not self.words:
            return True
        if self.cased:
            hay = text
        else:
            hay = low if low is not None else folded(text)
        for w in self.words:
            if w in hay:
                return True
        return False


def key_words(rx: re.Pattern) -> KeyWords:
    """The key words of a compiled pattern (none when its structure gives none); computed once,
    when the pattern is defined."""
    try:
        tree = _parser.parse(rx.pattern, rx.flags)
    except Exception:  # a parser of another Python version: no gate, same results
        return KeyWords()
    need = _sequence(tree.data, bool(rx.flags & re.IGNORECASE))
    if not need:
        return KeyWords()
    cased = all(c for _, c in need)
    if not cased and not all(w.isascii() for w, _ in need):
        return KeyWords()  # a word written beyond ASCII would have to be folded like the text
    words = {w if cased else w.lower() for w, _ in need}
    # a word that contains another one adds nothing: the shorter one is found whenever it is
    return KeyWords(tuple(sorted(w for w in words if not any(o != w and o in w for o in words))), cased)


class GatedPattern:
    """A compiled pattern that looks for its key words in the stretch of text it is to scan
    first, and answers "no match" at once when none is there; otherwise it is the pattern
    itself (same matches; any other attribute, `pattern`, `sub` ..., is the pattern's own)."""

    __slots__ = ("rx", "keys", "_words", "_cased", "_scan")

    def __init__(self, rx: re.Pattern):
        self.rx = rx
        self.keys = key_words(rx)
        self._words, self._cased = self.keys.words, self.keys.cased
        self._scan = first_chars(rx)  # the same pattern, for scans (`search`, `finditer`)

    def __getattr__(self, name: str):
        if name == "rx":  # not set yet (an instance being copied or unpickled)
            raise AttributeError(name)
        return getattr(self.rx, name)

    def _absent(self, string: str, pos: int, endpos: int) -> bool:
        """Whether none of the key words is in the stretch of `string` the pattern scans."""
        if not self._words:
            return False
        if not self._cased:
            # the folded text, folded once for all the patterns that test it (see folded_cached);
            # a stretch of it is the folded stretch, as far as (ASCII) key words go
            string = folded_cached(string)
        if pos or endpos < len(string):
            string = string[max(pos, 0):max(endpos, 0)]
        for w in self._words:
            if w in string:
                return False
        return True

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        words = self._words
        if words:  # (`_absent`, written in place: this is called most, in every window)
            hay = string if self._cased else folded_cached(string)
            if pos or endpos < len(hay):
                hay = hay[max(pos, 0):max(endpos, 0)]
            for w in words:
                if w in hay:
                    break
            else:
                return None
        return self._scan.search(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return None if self._words and self._absent(string, pos, endpos) else self.rx.match(string, pos, endpos)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return None if self._absent(string, pos, endpos) else self.rx.fullmatch(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return iter(()) if self._absent(string, pos, endpos) else self._scan.finditer(string, pos, endpos)


def gated(rx: re.Pattern) -> GatedPattern:
    """`rx`, tested for its key words before it scans (see `GatedPattern`)."""
    return GatedPattern(rx)


# ---- the first character of a match
# A pattern that starts with a look-behind or a word boundary ("\\b(?:revenues?|turnover|...)",
# case-insensitive) is tried at every position of the text: the regular expression engine only
# skips ahead by itself for a pattern that starts with a case-sensitive literal. A look-ahead for
# the characters a match can start with, put in front, turns most positions down at once; the
# matches are the same (a match starts with one of those characters by construction).
_CATEGORY_CLASS = {CATEGORY_DIGIT: r"\d", CATEGORY_NOT_DIGIT: r"\D", CATEGORY_SPACE: r"\s",
                   CATEGORY_NOT_SPACE: r"\S", CATEGORY_WORD: r"\w", CATEGORY_NOT_WORD: r"\W"}


_GLOBAL_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")


class _Unknown(Exception):
    pass


def _first(items, ignorecase: bool) -> tuple[list[tuple[str, bool]], bool]:
    """(class items a match of `items` can start with, each with whether it is matched ignoring
    case, and whether `items` can match the empty string)."""
    out: list[tuple[str, bool]] = []
    for op, av in items:
        if op is LITERAL:
            return out + [(re.escape(chr(av)), ignorecase)], False
        if op is IN:
            for iop, iav in av:
                if iop is LITERAL:
                    out.append((re.escape(chr(iav)), ignorecase))
                elif iop is RANGE:
                    out.append((re.escape(chr(iav[0])) + "-" + re.escape(chr(iav[1])), ignorecase))
                elif iop is CATEGORY and iav in _CATEGORY_CLASS:
                    out.append((_CATEGORY_CLASS[iav], ignorecase))
                else:
                    raise _Unknown  # a negated class, ...
            return out, False
        if op in (AT, ASSERT, ASSERT_NOT):
            continue  # zero-width: the first character comes after it
        if op is SUBPATTERN:
            _group, add, remove, body = av
            ic = (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            got, empty = _first(body.data, ic)
        elif op is ATOMIC_GROUP:
            got, empty = _first(av.data, ignorecase)
        elif op is BRANCH:
            got, empty = [], False
            for alt in av[1]:
                g, e = _first(alt.data, ignorecase)
                got += g
                empty = empty or e
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            got, empty = _first(av[2].data, ignorecase)
            empty = empty or av[0] == 0
        else:
            raise _Unknown  # any character, a back reference, ...
        out += got
        if not empty:
            return out, False
    return out, True


def _engine_skips(items) -> bool:
    """Whether the engine finds where a case-sensitive pattern can start by itself (it starts
    with a character, a class, or an alternation of characters)."""
    while items and items[0][0] is SUBPATTERN:
        items = items[0][1][3].data
    if not items:
        return False
    op, av = items[0]
    if op is BRANCH:
        return all(alt.data and alt.data[0][0] is LITERAL for alt in av[1])
    return op in (LITERAL, IN)


def _at_beginning(items) -> bool:
    """Whether a pattern is anchored at the beginning ("^..."): tried at one position only."""
    while items and items[0][0] is SUBPATTERN:
        items = items[0][1][3].data
    if not items:
        return False
    op, av = items[0]
    if op is BRANCH:
        return all(_at_beginning(alt.data) for alt in av[1])
    return op is AT and av in (AT_BEGINNING, AT_BEGINNING_STRING)


def first_chars(rx: re.Pattern) -> re.Pattern:
    """`rx` with a look-ahead for the characters its matches start with in front (same matches,
    groups and flags; found sooner when the engine would otherwise try every position); `rx`
    itself when its first characters are not known or it can match the empty string."""
    try:
        tree = _parser.parse(rx.pattern, rx.flags)
        if not rx.flags & re.IGNORECASE and _engine_skips(tree.data) or _at_beginning(tree.data):
            return rx  # a case-sensitive pattern that starts with a character: the engine skips ahead itself
        ignorecase = bool(rx.flags & re.IGNORECASE)
        items, empty = _first(tree.data, ignorecase)
        if empty or not items or _GLOBAL_FLAGS.match(rx.pattern):
            return rx  # (global flags must stay at the start of the pattern)
        # each character as its own part of the pattern reads it: with or without case
        same = "".join(dict.fromkeys(c for c, ic in items if ic == ignorecase))
        other = "".join(dict.fromkeys(c for c, ic in items if ic != ignorecase))
        classes = ([f"[{same}]"] if same else []) + ([f"(?{'-' if ignorecase else ''}i:[{other}])"] if other else [])
        return re.compile("(?=" + "|".join(classes) + ")(?:" + rx.pattern + ")", rx.flags)
    except (_Unknown, re.error, Exception):
        return rx


# ---- case-insensitive patterns run case-sensitively on folded text
# A case-insensitive alternation ("revenues?|turnover|...") is slow: the engine tries every word
# of it in turn at every position (it skips the words that cannot start there only when they are
# compared case-sensitively). The same pattern written in lower case, compared case-sensitively,
# finds the same spans in the `folded` text: a character the pattern matches ignoring case folds
# to the lower-case letter of the pattern and no other does (the pattern's letters are ASCII; the
# characters beyond ASCII that match them ignoring case are the ones `folded` replaces), and
# folding keeps word characters, spaces, digits and offsets as they are.
_SAFE_OPS = {AT, ASSERT, ASSERT_NOT, BRANCH, SUBPATTERN, MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT, IN, LITERAL,
             NOT_LITERAL, ANY, ATOMIC_GROUP}


def _foldable(items) -> bool:
    for op, av in items:
        if op not in _SAFE_OPS:
            return False  # a back reference, a conditional, ...
        if op in (LITERAL, NOT_LITERAL):
            if not _plain_char(av):
                return False
        elif op is IN:
            for iop, iav in av:
                if iop in (LITERAL, NOT_LITERAL):
                    if not _plain_char(iav):
                        return False
                elif iop is RANGE:
                    lo, hi = iav
                    if not (all(chr(c).isascii() and not chr(c).isalpha() for c in range(lo, hi + 1))
                            or 65 <= lo <= hi <= 90 or 97 <= lo <= hi <= 122):
                        return False  # a range that lower-casing its ends would change ("[A-z]")
                elif iop not in (CATEGORY, NEGATE):
                    return False
        elif op is SUBPATTERN:
            _group, add, remove, body = av
            if add or remove or not _foldable(body.data):
                return False  # flags changed inside
        elif op is BRANCH:
            if not all(_foldable(alt.data) for alt in av[1]):
                return False
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT):
            if not _foldable(av[2].data):
                return False
        elif op in (ASSERT, ASSERT_NOT):
            if not _foldable(av[1].data):
                return False
        elif op is ATOMIC_GROUP:
            if not _foldable(av.data):
                return False
    return True


def _plain_char(c: int) -> bool:
    """An ASCII character, or one that has no case: the same in the folded text."""
    ch = chr(c)
    return ch.isascii() or (ch.lower() == ch == ch.upper() and ch not in _TO_ASCII)


def folded_pattern(rx: re.Pattern) -> re.Pattern | None:
    """A case-sensitive pattern that finds in `folded(text)` the spans the case-insensitive `rx`
    finds in `text` (same groups); None when that cannot be shown for `rx`."""
    p = rx.pattern
    if not isinstance(p, str) or not rx.flags & re.IGNORECASE or rx.flags & (re.LOCALE | re.ASCII | re.MULTILINE) \
            or re.search(r"\(\?(?!P<)[A-Za-z]|\\[xuUNpP0-9]", p):
        return None  # inline flags, characters written by number
    try:
        if not _foldable(_parser.parse(p, rx.flags).data):
            return None
        out, i = [], 0
        while i < len(p):  # letters lower-cased; escapes ("\W", "\S", "\B") and group names as written
            if p[i] == "\\":
                out.append(p[i:i + 2])
                i += 2
            elif p.startswith("(?P<", i):
                j = p.index(">", i) + 1
                out.append(p[i:j])
                i = j
            else:
                out.append(p[i].lower())
                i += 1
        return re.compile("".join(out), rx.flags & ~re.IGNORECASE)
    except Exception:
        return None


# What a (sub)pattern needs: a set of (word, cased) one of which every match contains, or
# None when nothing is known. Literal characters in a row make a word; an alternation needs
# one of what its branches need; a group or a repeat (at least once) what its body needs; of
# several needs in a sequence the most selective is kept (no word found in most sentences,
# then the longest shortest word, then the fewest words).
_Need = frozenset  # of (word, cased)
_COMMON = {"the", "and", "for", "from", "with", "its", "was", "are", "has", "that", "this"}


def _sequence(items, ignorecase: bool) -> _Need | None:
    best: _Need | None = None
    run: list[str] = []
    run_cased = True

    def keep(need: _Need | None) -> None:
        nonlocal best
        if need and (best is None or _selectivity(need) > _selectivity(best)):
            best = need

    def end_run() -> None:
        nonlocal run_cased
        if run:
            keep(frozenset([("".join(run), run_cased)]))
        run.clear()
        run_cased = True

    for op, av in items:
        if op is LITERAL and (av < 128 or not ignorecase):  # (case folding beyond ASCII: not here)
            run.append(chr(av))
            run_cased = run_cased and not (ignorecase and chr(av).isalpha())
            continue
        end_run()
        if op is SUBPATTERN:
            _group, add, remove, body = av
            ic = (ignorecase or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            keep(_sequence(body.data, ic))
        elif op is ATOMIC_GROUP:
            keep(_sequence(av.data, ignorecase))
        elif op is BRANCH:
            keep(_branches(av[1], ignorecase))
        elif op in (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT) and av[0] >= 1:
            keep(_sequence(av[2].data, ignorecase))
        elif op in (ASSERT, ASSERT_NOT, AT):
            pass  # zero-width: what a look-around needs may lie outside the match
    end_run()
    return best


def _branches(alternatives, ignorecase: bool) -> _Need | None:
    out: set = set()
    for alt in alternatives:
        need = _sequence(alt.data, ignorecase)
        if not need:
            return None
        out |= need
    return frozenset(out)


def _selectivity(need: _Need) -> tuple[bool, int, int]:
    return not any(w.lower() in _COMMON for w, _ in need), min(len(w) for w, _ in need), -len(need)


# ---- patterns tried only where an anchor ends
# A pattern that starts with look-behinds ("(?<=\\bthe\\s)(?P<name>...)") is tried at every position
# of the text, each position paying for all its look-behinds. When the text the look-behinds need
# can be found by a pattern of its own (`anchor`, "\\bthe\\s"), the pattern need only be tried
# where a match of the anchor ends.
class AnchoredPattern:
    """`rx`, scanned by trying it only where a match of `anchor` ends: the same matches as
    `rx.finditer`, when

    - every match of `rx` starts where a match of `anchor` ends (its look-behinds need that
      text: "(?<=\\bthe\\s)" and "\\bthe\\s"), so the positions tried include every match;
    - matches of `anchor` cannot overlap one another (each ends with its only white-space
      character, say), so a scan of the anchor finds every one of them;
    - `rx` never matches the empty string.

    `rx.match(text, p, end)` at a position p is the match a scan over text[start:end] finds
    at p (look-behinds see the text before p either way), and a scan goes on from the end of
    its last match: so does this one, skipping anchors that end before it."""

    __slots__ = ("rx", "anchor", "reach")

    def __init__(self, rx: re.Pattern, anchor: re.Pattern):
        self.rx, self.anchor = rx, anchor
        # the longest an anchor can be: the scan of anchors starts that far before `start`
        self.reach = _parser.parse(anchor.pattern, anchor.flags).getwidth()[1]

    def finditer(self, text: str, start: int = 0, end: int | None = None):
        """The matches of `rx.finditer(text, start, end)`, in order."""
        end = len(text) if end is None else min(end, len(text))
        start = max(start, 0)
        rx_match = self.rx.match
        last = start
        for a in self.anchor.finditer(text, max(0, start - self.reach), end):
            p = a.end()
            if p < last:
                continue
            m = rx_match(text, p, end)
            if m is not None:
                yield m
                last = m.end()


# ---- a case-insensitive scan run in the folded text, matches read in the text
def finditer_via_folded(rx: re.Pattern, frx: re.Pattern | None, text: str, start: int, end: int):
    """`rx.finditer(text, start, end)`, with `frx = folded_pattern(rx)` doing the scan.

    `frx` finds in the folded text the spans `rx` finds in the text, at the same positions and
    in the same order (see `folded_pattern`), and it is faster at it; the match `rx` finds at one
    of those starts is `rx.match(text, start_of_span, end)`, which gives the groups as written.
    For a pattern that never matches the empty string (after an empty match a scan may find a
    second match at the same position, which `match` would not): `rx` itself otherwise."""
    if frx is None:
        return rx.finditer(text, start, end)
    return _rematched(rx, frx, text, start, end)


def _rematched(rx: re.Pattern, frx: re.Pattern, text: str, start: int, end: int):
    rx_match = rx.match
    for f in frx.finditer(folded_cached(text), start, end):
        yield rx_match(text, f.start(), end)


def folded_scanner(rx: re.Pattern) -> re.Pattern | None:
    """`folded_pattern(rx)` for `finditer_via_folded`, when `rx` cannot match the empty string."""
    try:
        if _parser.parse(rx.pattern, rx.flags).getwidth()[0] == 0:
            return None
    except Exception:
        return None
    return folded_pattern(rx)


# ---- a scan in the folded text that only proposes where a match may start
# A case-insensitive pattern with a case-sensitive part ("(?-i:[A-Z])") has no folded form. The
# pattern with that part made case-insensitive too (`relaxed`) matches at every position the
# pattern matches at, and more, as long as the part is not inside a negative look-around and
# nothing is atomic (making a part accept more then only lets more of the whole match). Its
# folded form, scanned in the folded text, gives the positions to try the pattern at: the same
# matches as a scan of the pattern, found sooner.
def _relaxable(items, negated: bool = False) -> bool:
    for op, av in items:
        if op in (ATOMIC_GROUP, POSSESSIVE_REPEAT):
            return False
        if op is SUBPATTERN:
            _group, add, remove, body = av
            if (add or remove) and (negated or add != 0 or remove != re.IGNORECASE):
                return False  # only "(?-i:...)", outside negative look-arounds
            if not _relaxable(body.data, negated):
                return False
        elif op is BRANCH:
            if not all(_relaxable(alt.data, negated) for alt in av[1]):
                return False
        elif op in (MAX_REPEAT, MIN_REPEAT):
            if not _relaxable(av[2].data, negated):
                return False
        elif op in (ASSERT, ASSERT_NOT):
            if not _relaxable(av[1].data, negated or op is ASSERT_NOT):
                return False
    return True


def relaxed_folded_scanner(rx: re.Pattern) -> re.Pattern | None:
    """For `finditer_verified`: the folded form of `rx` with its "(?-i:...)" parts made
    case-insensitive; None when `rx` has none of them, or when that cannot be shown to find a
    superset of the positions `rx` matches at."""
    p = rx.pattern
    if not isinstance(p, str) or "(?-i:" not in p or not rx.flags & re.IGNORECASE:
        return None
    try:
        tree = _parser.parse(p, rx.flags)
        if tree.getwidth()[0] == 0 or not _relaxable(tree.data):
            return None
        relaxed = re.sub(r"(?<!\\)\(\?-i:", "(?:", p)
        if "(?-i:" in relaxed:
            return None
        return folded_pattern(re.compile(relaxed, rx.flags))
    except Exception:
        return None


def starts_with_any_capital(rx: re.Pattern) -> bool:
    """Whether a match of `rx` can start with a case-sensitive capital of any kind ("(?-i:[A-Z])"
    first): relaxed, that part starts a match at every word, and `finditer_verified` would try
    `rx` at each of them (slower than the scan it replaces). True when that is not known."""
    try:
        items, _ = _first(_parser.parse(rx.pattern, rx.flags).data, bool(rx.flags & re.IGNORECASE))
    except Exception:
        return True
    return any(not ic and c in ("A-Z", r"\w") for c, ic in items)


def finditer_verified(rx: re.Pattern, frx: re.Pattern, text: str, start: int, end: int):
    """`rx.finditer(text, start, end)`, trying `rx` only where `frx = relaxed_folded_scanner(rx)`
    matches in the folded text (every position where `rx` matches is one of them; `rx` never
    matches the empty string)."""
    low = folded_cached(text)
    search, match = frx.search, rx.match
    pos = start
    while True:
        f = search(low, pos, end)
        if f is None:
            return
        p = f.start()
        m = match(text, p, end)
        if m is None:
            pos = p + 1
        else:
            yield m
            pos = m.end()
