"""A large benchmark corpus, built deterministically from the seed and dev articles.

Document i is a variant of source article i mod n, made by its own random generator
(seeded with the corpus seed and i), so a corpus of 1,000 documents is the first 1,000 of
the corpus of 100,000 with the same seed. A variant:

- swaps the makers and brands it names for other registry names of the same kind (one
  mapping per document, so a name is replaced the same way everywhere in it);
- scales its figures by one factor (keeping their format: separators and decimals);
  years, days of the month and percentages are left alone;
- shifts its dates by a whole number of years: the front matter's `published` and every
  year written out (`2022`, `2H23` is left alone);
- shuffles the order of the paragraphs after the lead, and of the sentences in one of them.

Files are written as `docs/NNN/IIIIII-<source>.md` (1,000 to a folder) with front matter that
gives each document a unique id.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
import random
import re
import shutil
from dataclasses import dataclass
from pathlib import Path

import yaml

GENERATOR_VERSION = "1"
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SHARED = ROOT.parent / "shared" / "corpus"
REGISTRY = ROOT / "src" / "seres_etl" / "registry" / "entities.yaml"
COMPLETE = "_complete.json"

_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|December|"
           "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec")
# a figure: 7,658 / 2.9 / 152,000 / 1 234 (not part of a word, a date or a percentage)
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\w%]|\.\d|,\d{3}|\s?%| ?per ?cent)")
_YEAR = re.compile(r"(?<![\w.,])(19[5-9]\d|20[0-4]\d)(?![\w%]|\.\d|,\d)")
_AFTER_MONTH = re.compile(rf"(?:{_MONTHS})\.? $")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


@dataclass(frozen=True)
class Source:
    name: str
    meta: dict
    body: str


def sources(shared: Path = SHARED) -> list[Source]:
    """The seed article and the dev articles, in a fixed order."""
    files = sorted((shared / "seed").glob("*.txt")) + sorted((shared / "dev" / "docs").glob("*.md"))
    if not files:
        raise FileNotFoundError(f"no seed or dev articles under {shared}")
    out = []
    for f in files:
        text = f.read_text("utf-8-sig")
        meta: dict = {}
        if text.startswith("---\n"):
            head, _, body = text[4:].partition("\n---\n")
            for line in head.splitlines():  # YAML-ish: key: value, a value may hold a colon
                k, sep, v = line.partition(":")
                if sep:
                    meta[k.strip()] = v.strip()
            text = body
        out.append(Source(f.stem, meta, text.strip("\n")))
    return out


def registry_names(path: Path = REGISTRY) -> dict[str, dict[str, str]]:
    """kind -> {name as written (name or alias) -> the entry's primary name}, for makers and brands."""
    out: dict[str, dict[str, str]] = {"company": {}, "brand": {}}
    for e in yaml.safe_load(path.read_text("utf-8")):
        if e.get("kind") not in out:
            continue
        for n in [e["name"], *e.get("aliases", [])]:
            if len(n) >= 3 and not any(c in n for c in ".,") and n not in out["company"] and n not in out["brand"]:
                out[e["kind"]][n] = e["name"]
    return out


class Variator:
    def __init__(self, seed: int, shared: Path = SHARED, registry: Path = REGISTRY):
        self.seed = seed
        self.sources = sources(shared)
        self.names = registry_names(registry)
        self.primaries = {k: sorted(set(v.values())) for k, v in self.names.items()}
        written = {n: k for k, v in self.names.items() for n in v}
        self.kind_of = written
        alts = sorted(written, key=len, reverse=True)
        self._names_rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n in alts) + r")(?![\w-])")

    def document(self, i: int, salt: str = "") -> tuple[str, str]:
        """(relative path, file text) of document i."""
        rng = random.Random(f"{self.seed}:{i}:{salt}")
        src = self.sources[i % len(self.sources)]
        years = rng.choice((-3, -2, -1, 0, 1, 2))
        factor = rng.choice((0.5, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0))
        body = self._order(src.body, rng)
        body = self._entities(body, rng)
        body = self._numbers(body, factor)
        body = self._years(body, years)
        lines = ["---", f"id: bench-{i:06d}-{src.name}"]
        if "title" in src.meta:
            lines.append("title: " + json.dumps(self._years(self._entities(src.meta["title"], rng), years)))
        if "url" in src.meta:
            lines.append(f"url: {src.meta['url']}")
        if "published" in src.meta:
            lines.append(f"published: {_shift_date(src.meta['published'], years)}")
        lines.append("---")
        return f"docs/{i // 1000:03d}/{i:06d}-{src.name}.md", "\n".join(lines) + "\n" + body + "\n"

    def _order(self, body: str, rng: random.Random) -> str:
        paras = body.split("\n\n")
        if len(paras) > 2 and rng.random() < 0.5:
            rest = paras[1:]
            rng.shuffle(rest)
            paras = [paras[0], *rest]
        if rng.random() < 0.5:
            j = rng.randrange(len(paras))
            sents = _SENTENCE.split(paras[j])
            if len(sents) > 1:
                rng.shuffle(sents)
                paras[j] = " ".join(sents)
        return "\n\n".join(paras)

    def _entities(self, text: str, rng: random.Random) -> str:
        found = {m.group(1) for m in self._names_rx.finditer(text)}
        if not found:
            return text
        present = {self.names[self.kind_of[n]][n] for n in found}
        mapping: dict[str, str] = {}
        for primary in sorted(present):
            kind = "company" if primary in self.primaries["company"] else "brand"
            free = [n for n in self.primaries[kind] if n not in present and n not in mapping.values()]
            mapping[primary] = rng.choice(free) if free and rng.random() < 0.8 else primary
        return self._names_rx.sub(lambda m: mapping[self.names[self.kind_of[m.group(1)]][m.group(1)]], text)

    @staticmethod
    def _numbers(text: str, factor: float) -> str:
        if factor == 1.0:
            return text

        def scale(m: re.Match) -> str:
            whole, frac = m.group(1), m.group(2) or ""
            raw = whole.replace(",", "")
            if len(raw) == 4 and not frac and _YEAR.fullmatch(raw):
                return m.group(0)  # a year
            if not frac and int(raw) <= 31 and _AFTER_MONTH.search(text, 0, m.start()):
                return m.group(0)  # a day of the month
            v = float(raw + frac) * factor
            decimals = len(frac) - 1 if frac else 0
            if not frac and int(raw) < 10:
                return m.group(0)  # small counts ("3 models", "Q1") stay
            s = f"{v:,.{decimals}f}" if "," in whole else f"{v:.{decimals}f}"
            return s

        return _NUMBER.sub(scale, text)

    @staticmethod
    def _years(text: str, years: int) -> str:
        if not years:
            return text
        return _YEAR.sub(lambda m: str(int(m.group(1)) + years), text)


def _shift_date(value: str, years: int) -> str:
    try:
        d = dt.date.fromisoformat(value.strip().strip("'\""))
    except ValueError:
        return value
    try:
        return d.replace(year=d.year + years).isoformat()
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28).isoformat()


def fingerprint(seed: int, shared: Path = SHARED, registry: Path = REGISTRY) -> str:
    """What a corpus depends on: the generator, the seed, the source articles and the registry."""
    h = hashlib.blake2b(digest_size=8)
    h.update(f"{GENERATOR_VERSION}:{seed}".encode())
    h.update(Path(__file__).read_bytes())
    for src in sources(shared):
        h.update(src.name.encode() + json.dumps(src.meta, sort_keys=True).encode() + src.body.encode())
    h.update(registry.read_bytes())
    return h.hexdigest()


def build(work: Path, size: int, seed: int) -> Path:
    """The corpus of `size` documents under `work` (reused when it was built the same way)."""
    fp = fingerprint(seed)
    root = work / f"corpus-s{seed}-n{size}"
    marker = root / COMPLETE
    if marker.is_file():
        try:
            if json.loads(marker.read_text("utf-8")).get("fingerprint") == fp:
                return root
        except ValueError:
            pass
    if root.is_symlink():  # a corpus kept elsewhere (a bigger disk): replaced by a folder here
        root.unlink()
    elif root.exists():
        shutil.rmtree(root)
    v = Variator(seed)
    n_bytes = 0
    for i in range(size):
        rel, text = v.document(i)
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        p.write_bytes(data)
        n_bytes += len(data)
    marker.write_text(json.dumps({"fingerprint": fp, "docs": size, "seed": seed, "bytes": n_bytes}), "utf-8")
    return root


def docs_dir(corpus: Path) -> Path:
    return corpus / "docs"
