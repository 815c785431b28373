"""URL filtering: domain and URL blocklists in the UT1 layout, and banned words in URLs (CulturaX's second stage).

A blocklist folder holds one folder per category (`adult/`, `gambling/` …), each with optional `domains`
(one host per line; subdomains match), `urls` (host/path prefixes) and `expressions` (regular expressions on
the URL) files. The categories to apply are chosen in the config. The small list shipped in
`filters/resources/ut1/` is a part of the UT1 blacklists (CC BY-SA 4.0, see its README); the full lists, about
70 categories and millions of entries, are at the Université Toulouse Capitole's site and its GitHub mirror
olbat/ut1-blacklists: point `blocklist_dir` at a copy.
"""

from __future__ import annotations

import dataclasses
import os
import re
from typing import Any, Mapping, Sequence
from urllib.parse import unquote, urlsplit

import pyarrow as pa

from filters.base import DocBatch, Stage

BUNDLED_BLOCKLIST = os.path.join(os.path.dirname(os.path.abspath(__file__)), "resources", "ut1")
LIST_FILES = ("domains", "urls", "expressions")
_WORD_SPLIT = re.compile(r"[^a-z0-9]+")


@dataclasses.dataclass
class UrlFilterParams:
    """`blocklist_dir`: a UT1-layout folder (default: the small bundled one); `categories`: which of its
    categories to apply; `banned_words` / `soft_banned_words`: words of the URL (host and path split on
    non-alphanumerics) that mark a page; their counts are signals, the limits are rules."""

    blocklist_dir: str = BUNDLED_BLOCKLIST
    categories: list[str] = dataclasses.field(default_factory=lambda: ["adult", "dating", "gambling"])
    banned_words: list[str] = dataclasses.field(default_factory=list)
    soft_banned_words: list[str] = dataclasses.field(default_factory=list)


def normalize_host(host: str) -> str:
    """Lower case, no port, no trailing dot, no leading `www.`."""
    host = host.strip().lower().rstrip(".")
    if ":" in host:
        host = host.split(":", 1)[0]
    return host[4:] if host.startswith("www.") else host


def normalize_url(url: str) -> tuple[str, str]:
    """(host, host + path) of a URL, normalised as UT1 writes its entries (no scheme, no `www.`, no query)."""
    text = url.strip()
    try:
        parts = urlsplit(text if "://" in text else f"http://{text}")
        host = normalize_host(parts.hostname or "")
        path = unquote(parts.path or "").rstrip("/")
    except ValueError:  # e.g. a broken IPv6 literal: match it as written
        rest = text.split("://", 1)[-1].lower()
        host, _, path = rest.partition("/")
        host, path = normalize_host(host), "/" + path.rstrip("/") if path else ""
    return host, host + path


class Blocklist:
    """Domains, URL prefixes and expressions of the chosen categories, as sets and compiled patterns."""

    def __init__(self, files: Mapping[str, str], categories: Sequence[str]):
        self.domains: dict[str, str] = {}
        self.urls: dict[str, str] = {}
        self.expressions: list[tuple[re.Pattern, str]] = []
        for category in categories:
            for kind in LIST_FILES:
                path = files.get(f"{category}/{kind}")
                if path is None:
                    continue
                with open(path, encoding="utf-8", errors="replace") as handle:
                    for line in handle:
                        entry = line.strip()
                        if not entry or entry.startswith("#"):
                            continue
                        if kind == "domains":
                            self.domains.setdefault(normalize_host(entry), category)
                        elif kind == "urls":
                            self.urls.setdefault(normalize_url(entry)[1], category)
                        else:
                            try:
                                self.expressions.append((re.compile(entry, re.IGNORECASE), category))
                            except re.error:
                                continue  # UT1 expressions are squidGuard regexes; skip the few Python rejects

    def category(self, url: str) -> str:
        """The first category whose domains (with subdomains), URL prefixes or expressions match; '' if none."""
        host, full = normalize_url(url)
        labels = host.split(".")
        for start in range(len(labels) - 1):
            found = self.domains.get(".".join(labels[start:]))
            if found:
                return found
        if self.urls:
            segments = full.split("/")
            for end in range(len(segments), 0, -1):
                found = self.urls.get("/".join(segments[:end]))
                if found:
                    return found
        for pattern, category in self.expressions:
            if pattern.search(url):
                return category
        return ""


class UrlFilter(Stage):
    """Adds `url_domain`, `url_blocked_category` ('' when no list matches) and the counts of banned and
    soft-banned words in the URL. Documents without a URL get '' and 0."""

    name = "url_filter_v1"
    family = "url"
    needs = ("text", "url")
    provides = {
        "url_domain": pa.string(),
        "url_blocked_category": pa.string(),
        "url_banned_words": pa.int64(),
        "url_soft_banned_words": pa.int64(),
    }
    Params = UrlFilterParams

    @classmethod
    def files_for(cls, params: UrlFilterParams) -> dict[str, str]:
        if not os.path.isdir(params.blocklist_dir):
            raise FileNotFoundError(
                f"url_filter_v1: blocklist folder '{params.blocklist_dir}' not found; give a folder in the UT1 "
                f"layout (category/domains, category/urls), e.g. a copy of olbat/ut1-blacklists' blacklists/")
        files = {}
        available = sorted(d for d in os.listdir(params.blocklist_dir)
                           if os.path.isdir(os.path.join(params.blocklist_dir, d)))
        for category in params.categories:
            folder = os.path.join(params.blocklist_dir, category)
            if not os.path.isdir(folder):
                raise FileNotFoundError(f"url_filter_v1: no category '{category}' in {params.blocklist_dir}; "
                                        f"categories there: {', '.join(available)}")
            for kind in LIST_FILES:
                path = os.path.join(folder, kind)
                if os.path.isfile(path):
                    files[f"{category}/{kind}"] = path
        return files

    def __init__(self, params: UrlFilterParams, files: Mapping[str, str]):
        super().__init__(params, files)
        self.blocklist = Blocklist(self.files, params.categories)
        self.banned = frozenset(w.lower() for w in params.banned_words)
        self.soft_banned = frozenset(w.lower() for w in params.soft_banned_words)

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        out: dict[str, list[Any]] = {name: [] for name in self.provides}
        for url in batch.column("url"):
            if not url:
                for name, empty in (("url_domain", ""), ("url_blocked_category", ""), ("url_banned_words", 0),
                                    ("url_soft_banned_words", 0)):
                    out[name].append(empty)
                continue
            host, full = normalize_url(url)
            words = [w for w in _WORD_SPLIT.split(full.lower()) if w]
            out["url_domain"].append(host)
            out["url_blocked_category"].append(self.blocklist.category(url))
            out["url_banned_words"].append(sum(1 for w in words if w in self.banned))
            out["url_soft_banned_words"].append(sum(1 for w in words if w in self.soft_banned))
        return out

