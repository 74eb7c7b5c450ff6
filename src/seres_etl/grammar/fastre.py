"""The `re` module, for grammar code that calls its functions with patterns written in place
(`re.search(r"\\bto\\s+$", before, re.I)`): the same functions with the same results, only sooner.

`re.search(pattern, ...)` looks its compiled pattern up in `re`'s cache on every call (a flag
conversion, a type test and a three-part key); here the lookup is one dictionary access, and a
pattern that scans (`search`, `finditer`, `findall`, `sub`, `subn`, `split`) gets the look-ahead
for its first characters of `keywords.first_chars` (same matches). Everything else (`compile`,
`escape`, the flags, `Pattern`, `Match`, `error`) is `re`'s own.

    from .grammar import fastre as re
"""
from __future__ import annotations

import re as _re
from re import *  # noqa: F401,F403  (compile, escape, the flags, Pattern, Match, error, ...)

from .keywords import first_chars

_MAX = 2048  # patterns kept (those built from the text, "(?<=[a-z,] )" + word, come and go)
_plain: dict = {}  # (pattern, flags) -> compiled pattern
_scans: dict = {}  # (pattern, flags) -> compiled pattern with its first-character look-ahead


def _compiled(pattern, flags) -> _re.Pattern:
    if len(_plain) >= _MAX:
        _plain.clear()
    rx = _plain[pattern, flags] = _re.compile(pattern, flags)
    return rx


def _scanning(pattern, flags) -> _re.Pattern:
    if len(_scans) >= _MAX:
        _scans.clear()
    rx = _re.compile(pattern, flags)
    rx = _scans[pattern, flags] = first_chars(rx) if isinstance(pattern, str) else rx
    return rx


def match(pattern, string, flags=0):
    rx = _plain.get((pattern, flags)) or _compiled(pattern, flags)
    return rx.match(string)


def fullmatch(pattern, string, flags=0):
    rx = _plain.get((pattern, flags)) or _compiled(pattern, flags)
    return rx.fullmatch(string)


def search(pattern, string, flags=0):
    rx = _scans.get((pattern, flags)) or _scanning(pattern, flags)
    return rx.search(string)


def finditer(pattern, string, flags=0):
    rx = _scans.get((pattern, flags)) or _scanning(pattern, flags)
    return rx.finditer(string)


def findall(pattern, string, flags=0):
    rx = _scans.get((pattern, flags)) or _scanning(pattern, flags)
    return rx.findall(string)


def sub(pattern, repl, string, count=0, flags=0):
    rx = _scans.get((pattern, flags)) or _scanning(pattern, flags)
    return rx.sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    rx = _scans.get((pattern, flags)) or _scanning(pattern, flags)
    return rx.subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    rx = _scans.get((pattern, flags)) or _scanning(pattern, flags)
    return rx.split(string, maxsplit)
