"""Personal data in text: find it with the libraries that know each kind, and replace it.

What finds what (README "Personal data" has the details):
- e-mail addresses, plain and obfuscated (`name [at] domain [dot] com`, `name at domain dot com`): patterns
  written here, the one kind with no well-kept finder; each form is strict about its own spelling so code
  (`x @ y.T`) and prose ("meet at home") are left;
- IP addresses: candidates by pattern, kept when the standard `ipaddress` module parses them and (by default)
  when they are public (`is_global`, not multicast); a dotted quad is told from a version, section or OID by its
  table column's header, a port or scheme, the nearer of a word about networks and one about software, and else
  by its shape (versions start small: 3.4.145.241);
- phone numbers: Google's libphonenumber (`phonenumbers.PhoneNumberMatcher`, leniency VALID), with the regions
  from the document's URL (country-code TLD) or else its language; numbers written with +country code are found
  whatever the region; what the context shows is something else (a date, a version, arithmetic) is left;
- payment cards: 13–19 digits (spaces or dashes between groups) with a card network's prefix that pass Luhn;
- IBANs and national ids: validated by `python-stdnum` (check digits, country lengths, dates inside ids);
- secrets: the patterns of Yelp's detect-secrets plugins (cloud and service keys, tokens, passwords in URLs),
  Google API keys, PEM/PGP private key blocks, and values given after "password", "api_key" ….

`PiiFinder.find` gives the spans; `PiiFinder.redact` rewrites a text, each kind by its mode: `tag` (`<EMAIL>`),
`hash` (`<EMAIL:1a2b3c4d5e6f>`, a keyed HMAC of the value in one spelling, so equal values stay equal across
documents and the value cannot be read back without the key) or `keep` (counted, not replaced).
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import hmac
import importlib
import ipaddress
import json
from functools import lru_cache
from typing import Any, Callable, Iterable, NamedTuple, Optional, Sequence
from urllib.parse import urlsplit

import pyarrow as pa
import regex as re

from filters.base import DocBatch, Stage

KINDS = ("secret", "email", "iban", "card", "national_id", "ip", "phone")  # earlier kinds win overlaps
MODES = ("tag", "hash", "keep")


class Span(NamedTuple):
    """One piece of personal data: where it is in the text, its kind and (for national ids) the id scheme."""

    start: int
    end: int
    kind: str
    detail: str = ""


# --- e-mail -------------------------------------------------------------------------------------------------
# possessive and bounded: no backtracking through long runs; not starting with a quote ('you@example.com' in code)
_LOCAL = r"[\w!#$%&*+=?^~-][\w.!#$%&'*+=?^`~-]{0,63}+"
_LABEL = r"[^\W_](?:[\w-]{0,61}[^\W_])?"
# a top-level domain, not a file extension ("logo@2x.png")
FILE_EXTENSIONS = ("png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "ico", "pdf", "js", "css", "html", "htm",
                   "php", "json", "xml", "txt", "zip", "gz", "py", "md", "mp3", "mp4", "wav", "csv")
_TLD = rf"(?!(?:{'|'.join(FILE_EXTENSIONS)})\b)(?:xn--[a-z0-9-]{{2,59}}|[^\W\d_]{{2,24}})"  # IDN first: "xn--p1ai"
_EMAIL = re.compile(rf"(?<![\w.@＠+/-]){_LOCAL}[@＠](?:{_LABEL}\.){{1,8}}{_TLD}(?![\w@＠])", re.UNICODE | re.IGNORECASE)
# obfuscated: "name [at] domain [dot] com" or "name(at)domain.com" (any dots after a bracketed at), "NAME AT
# DOMAIN DOT COM" (upper-case AT needs spelled-out dots: "LOOK AT WWW.EXAMPLE.COM" is no address), and
# "name @ domain . com" (spaced @ needs spaced dots: "x @ np.linalg.inv" is code)
# the words people write for "@" and "." in their languages (es/pt arroba, fr arobase, de ät/Klammeraffe, nl
# apenstaartje, sv snabel-a, pl małpa, it chiocciola, cs zavináč, hu kukac, ro arond, el παπάκι, ru собака, ja アット;
# punto, punkt, point, punt, kropka, tečka, nokta, chấm, punct, pont, piste, τελεία, точка, крапка)
AT_WORDS = ("at", "ät", "arroba", "arobase", "apenstaartje", "snabel-a", "małpa", "malpa", "chiocciola", "klammeraffe",
            "zavináč", "zavinac", "kukac", "arond", "παπάκι", "собака", "アット", "＠", "@")  # "@" in brackets: "office[@]example.de"
DOT_WORDS = ("dot", "punto", "ponto", "punkt", "point", "punt", "kropka", "tečka", "tecka", "nokta", "chấm", "cham", "punct",
             "pont", "piste", "τελεία", "точка", "крапка", "ドット", "点")
_OPEN, _CLOSE = r"[\[\(\{<（［【]", r"[\]\)\}>）］】]"
_BRACKET_AT = rf"\s*{_OPEN}\s*(?i:{'|'.join(AT_WORDS)})\s*{_CLOSE}\s*"
_BRACKET_DOT = rf"\s*{_OPEN}\s*(?i:{'|'.join(DOT_WORDS)}|\.)\s*{_CLOSE}\s*"
_OBFUSCATED_EMAILS = [
    re.compile(rf"(?<![\w.@+-]){_LOCAL}{_BRACKET_AT}(?:{_LABEL}(?:{_BRACKET_DOT}|\s+DOT\s+|\.)){{1,8}}{_TLD}(?!\w)"),
    re.compile(rf"(?<![\w.@+-]){_LOCAL}(?:\s+DOT\s+{_LOCAL}){{0,4}}\s+AT\s+(?:{_LABEL}(?:{_BRACKET_DOT}|\s+DOT\s+)){{1,8}}"
               rf"{_TLD}(?:\.[A-Za-z]{{2}})?(?![\w]|\.\w)"),  # "… DOT co.uk"
]
# a mail's own id in its headers or a mail log ("Message-ID: <…@mail.gmail.com>", "message-id=<…>"), not a person's
_MESSAGE_ID_BEFORE = re.compile(r"(?i:message-id|in-reply-to|references|content-id|(?<![\w-])uid)\s*[:=]\s*<?[^\n]{0,4}$")
# an SSH / scp target, "git@github.com:org/app.git": a user at a host with a path after the colon, no mailbox
_SCP_PATH_AFTER = re.compile(r":[\w~./-]")
# the label before an address on its line ("Email：kefu#huangji.com.cn", "E-mail: …", "邮箱：")
_EMAIL_LABEL_BEFORE = re.compile(r"(?i)(?:e-?mail|mail|邮箱|邮件|電郵|メール|이메일|почта)\s*[:：]\s*$")
# free-mail providers whose addresses are written "name#163.com" in Chinese ads without a word about the "#"
FREE_MAIL_DOMAINS = ("163.com", "126.com", "qq.com", "sina.com", "sina.cn", "sohu.com", "yeah.net", "139.com",
                     "aliyun.com", "foxmail.com", "gmail.com", "hotmail.com", "outlook.com", "yahoo.com")
# the left part of a generated Message-ID (RFC 5322 "<id-left@id-right>"): long, with a run of hex digits or the
# "=" and "$" that mail software writes ("<84edddc371599120.f7f8ad8b@lists…>", "<CAooxg=_w8MB…@mail.gmail.com>")
_GENERATED_ID = re.compile(r"^(?=.{16,}$).*(?:[0-9a-f]{12}|[=$])")
# GitHub's commit addresses of bots: "49699333+dependabot[bot]@users.noreply.github.com"
_BOT_EMAIL = re.compile(rf"(?<![\w.@+-])[\w.+-]{{1,64}}\[bot\]@(?:{_LABEL}\.){{1,8}}{_TLD}(?![\w@])")
_UNDERSCORE_AT_EMAIL = re.compile(rf"(?<![\w.@+-])[A-Za-z0-9][\w.+-]{{0,63}}?_at_(?:{_LABEL}\.){{1,8}}{_TLD}(?![\w@])")
_ARCHIVE_AT_EMAIL = re.compile(rf"(?<![\w.@+-])([A-Za-z0-9][\w.+-]{{0,63}}+) at ((?:{_LABEL}\.){{1,6}})"
                               rf"(xn--[a-z0-9-]{{2,59}}|[a-z]{{2,24}})(?![\w(@-]|\.\w)")
_STAND_IN_HINT = re.compile(r"[#★☆*※][^\n]{0,200}[@＠]")
_OBFUSCATION_HINT = re.compile(rf"{_OPEN}\s*(?i:{'|'.join(AT_WORDS)})\s*{_CLOSE}|\sAT\s")
# in prose, "maria dot rossi at free dot fr": lower-case words ending in a common or a country top-level domain, and
# not a phrase such as "look at this dot com"; spaced, "maria.rossi @ free . fr"
COMMON_TLDS = ("com", "org", "net", "edu", "gov", "mil", "int", "io", "info", "biz", "dev", "app", "tech", "online",
               "site", "xyz", "email", "name", "pro")
# a name ending in a word that is a top-level domain too (".capital", ".design", ".cloud"): any lower-case word after
# the last " dot " is taken when the local part holds a dot, a digit, "_" or " dot " (an address, not a phrase)
# (Turkish "et" and "nokta": "mehmet-kaya et gmail nokta com"; an upper-case "AT" with lower-case dots too)
_PROSE_AT = "(?:at|AT|arroba|arobase|ät|chiocciola|małpa|zavináč|zavinac|arond|et|παπάκι|собака)"
# not "point": "at some point in 2015" is prose
_PROSE_DOT = "(?:dot|punto|punkt|punt|kropka|tečka|tecka|nokta|punct|piste|τελεία|точка)"
_PROSE_EMAIL = re.compile(
    rf"(?<![A-Za-z0-9_.@+-])([A-Za-z0-9][\w.+-]{{0,63}}+(?: {_PROSE_DOT} [a-z0-9][\w+-]{{0,63}}+){{0,4}}+) {_PROSE_AT} "
    rf"([a-z0-9][\w-]{{0,62}}+(?: {_PROSE_DOT} [a-z0-9][\w-]{{0,62}}+){{0,4}}) {_PROSE_DOT} ([a-z]{{2,24}}(?:\.[a-z]{{2}})?)"
    rf"(?![\w]| {_PROSE_DOT} \w|\.\w)")  # "… dot co.uk"
_PROSE_HINT = re.compile(rf" {_PROSE_AT} [^\n]* {_PROSE_DOT} ")
_ADDRESS_LIKE_LOCAL = re.compile(rf"[._\d]| {_PROSE_DOT} ")
_SPACED_EMAIL = re.compile(rf"(?<![\w.@+-]){_LOCAL}\s+@\s+(?:{_LABEL}\s+\.\s+){{1,6}}{_TLD}(?!\w)")
# "name @ gmail.com": a spaced @ with plain dots is an address only when it ends in a common or a country top-level
# domain after a name longer than one letter and no call follows ("x @ np.linalg.inv(a)", "h @ W.ca" are matrix
# products in code)
def _spaced_at(at: str) -> re.Pattern:
    """`name <at> domain.tld` with the "@" written as `at`; groups: the domain's labels, the top-level domain."""
    return re.compile(rf"(?<![\w.@+-]){_LOCAL} {at} ((?:{_LABEL}\.){{1,6}})(xn--[a-z0-9-]{{2,59}}|[a-z]{{2,24}})"
                      rf"(?![\w(@-]|\.\w)")


_SPACED_AT_EMAIL = _spaced_at("@")
_PAREN_A_EMAIL = _spaced_at(r"\(a\)")
# "name#domain.com (replace # with @)", "fang.wang#pku.edu.cn（请把#换成@）", "name★u-tokyo.ac.jp（★を@に変えて）": a
# stand-in for "@" that the same line then says to replace with "@"
_STAND_IN_EMAIL = re.compile(rf"(?<![\w.@+#*-])([\w!$%&+=?^~-][\w.!$%&'+=?^`~-]{{0,63}}+)([#★☆*※])((?:{_LABEL}\.){{1,8}}{_TLD})(?![\w@])(?=[^\n]{{0,80}}[@＠])")
_HASH_STAND_IN_EMAIL = re.compile(rf"(?<![\w.@+#*&/-])([A-Za-z0-9][\w.+-]{{0,63}}+)(#)((?:{_LABEL}\.){{1,8}}{_TLD})(?![\w@#/])")
_NOT_A_LOCAL_PART = {"look", "looking", "looked", "me", "us", "him", "her", "them", "it", "you", "arrive", "arrived",
                     "meet", "stay", "here", "there", "home", "work", "aim", "laugh", "stare", "good", "bad", "best",
                     "and", "or", "is", "was", "be", "are", "not", "this", "that", "one", "two", "up", "out", "down"}
_EMAIL_WINDOW = (80, 270)  # characters before and after an "@" an address can span (local part ≤ 64, domain ≤ 253)


def _spaced_address(match: re.Match, group: int = 1) -> bool:
    """A spaced "@" (or "(a)", or "at") before a domain of more than one letter ending in a common, country or
    IDN top-level domain (not "h @ W.ca"): the domain and the top-level domain are groups `group`, `group + 1`."""
    domain, tld = match.group(group), match.group(group + 1)
    return len(domain) > 2 and (tld in COMMON_TLDS or tld in _country_tlds() or tld.startswith("xn--"))


def _alone_on_its_line(text: str, start: int, end: int) -> bool:
    """Nothing but spaces beside text[start:end] on its line (a mailing-list archive's address line)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return not text[line_start:start].strip() and not text[end:len(text) if line_end == -1 else line_end].strip()


@lru_cache(maxsize=1)
def _country_tlds() -> frozenset[str]:
    """Two-letter country top-level domains: libphonenumber's regions, and "uk" and "eu"."""
    import phonenumbers

    return frozenset({"uk", "eu"} | {region.lower() for region in phonenumbers.SUPPORTED_REGIONS})


def _windows(text: str, char: str, before: int, after: int) -> Iterable[tuple[int, int]]:
    """Merged (start, end) ranges of `text` around each occurrence of `char`."""
    start = end = -1
    position = text.find(char)
    while position != -1:
        low, high = max(0, position - before), min(len(text), position + after)
        if low > end:
            if end > start:
                yield start, end
            start = low
        end = high
        position = text.find(char, position + 1)
    if end > start:
        yield start, end


def _emails(text: str) -> Iterable[Span]:
    at_sign = "@" if "＠" not in text else "＠" if "@" not in text else None  # Japanese text writes a fullwidth ＠
    windows = _windows(text, at_sign, *_EMAIL_WINDOW) if at_sign else [(0, len(text))]
    for low, high in windows:  # a regex run only where an "@" is
        for match in _EMAIL.finditer(text, low, high):
            local = match.group()[:match.group().find("@") if "@" in match.group() else match.group().find("＠")]
            if not any(c.isalnum() for c in local):  # "+@app.route" in a diff
                continue
            if _MESSAGE_ID_BEFORE.search(text, max(0, match.start() - 20), match.start()):
                continue
            if text[match.start() - 1:match.start()] == "<" and _GENERATED_ID.search(local):  # a bare Message-ID
                continue
            if _SCP_PATH_AFTER.match(text, match.end()):
                continue
            yield Span(match.start(), match.end(), "email")
        for match in _BOT_EMAIL.finditer(text, low, high):
            yield Span(match.start(), match.end(), "email")
        for match in _SPACED_EMAIL.finditer(text, low, high):
            yield Span(match.start(), match.end(), "email")
        for match in _SPACED_AT_EMAIL.finditer(text, low, high):
            if _spaced_address(match):
                yield Span(match.start(), match.end(), "email")
    if "(a)" in text:  # "name (a) domain.tr", as Turkish, Greek and Eastern European pages write it
        for match in _PAREN_A_EMAIL.finditer(text):
            if match.group()[match.group().index(" (a)") - 1].isalnum() and _spaced_address(match):
                yield Span(match.start(), match.end(), "email")
    if _STAND_IN_HINT.search(text):
        for match in _STAND_IN_EMAIL.finditer(text):
            after = text[match.end():text.find("\n", match.end()) if "\n" in text[match.end():] else len(text)]
            if match.group(2) in after[:80]:  # the instruction names the stand-in
                yield Span(match.start(), match.end(), "email")
    if "#" in text:  # "Email：kefu#huangji.com.cn", "chenjing1975#163.com" without a word about the "#"
        for match in _HASH_STAND_IN_EMAIL.finditer(text):
            if match.group(3).lower() in FREE_MAIL_DOMAINS or _EMAIL_LABEL_BEFORE.search(
                    text, max(0, match.start() - 12), match.start()):
                yield Span(match.start(), match.end(), "email")
    if _OBFUSCATION_HINT.search(text):
        for pattern in _OBFUSCATED_EMAILS:
            for match in pattern.finditer(text):
                yield Span(match.start(), match.end(), "email")
    if "_at_" in text:  # Hypermail: "megan.clark_at_protonmail.com"
        for match in _UNDERSCORE_AT_EMAIL.finditer(text):
            yield Span(match.start(), match.end(), "email")
    if " at " in text:  # pipermail: "john_miller at protonmail.com"
        for match in _ARCHIVE_AT_EMAIL.finditer(text):
            local = match.group(1)
            if local.lower() not in _NOT_A_LOCAL_PART and any(c.isalpha() for c in local) \
                    and not match.group(2).lower().startswith("www.") and _spaced_address(match, 2) and (
                    _ADDRESS_LIKE_LOCAL.search(local) or _alone_on_its_line(text, match.start(), match.end())):
                yield Span(match.start(), match.end(), "email")
    if _PROSE_HINT.search(text):
        for match in _PROSE_EMAIL.finditer(text):
            local, tld = match.group(1), match.group(3).rsplit(".", 1)[-1]  # "co.uk": the country's
            if local.rsplit(" ", 1)[-1].lower() in _NOT_A_LOCAL_PART:
                continue
            if tld in COMMON_TLDS or len(tld) == 2 or _ADDRESS_LIKE_LOCAL.search(local):
                yield Span(match.start(), match.end(), "email")


# --- IP addresses -------------------------------------------------------------------------------------------
# ASCII word edges: Python's \w also matches Han and Kana, and an address in Chinese prose ("又是88.177.30.225，")
# has such characters on both sides
# (or glued to the word IP: "来自IP68.102.50.197的请求")
_IPV4 = re.compile(r"(?:(?<![A-Za-z0-9_.])|(?<=IP))(?:\d{1,3}\.){3}\d{1,3}(?![A-Za-z0-9_]|\.\d)")
_IPV6 = re.compile(r"(?:(?<![A-Za-z0-9_:.])|(?<=IP))(?:[0-9A-Fa-f]{0,4}:){2,7}"
                   r"(?:(?:\d{1,3}\.){3}\d{1,3}(?!\.?\d)|[0-9A-Fa-f]{1,4}(?!\.\d))?(?![A-Za-z0-9_:])")
# an address and its port as web servers log them: "[client 2a03:2880:f607:b165::3fc:53188]" (taken when the whole
# is not an address itself)
_IPV6_PORT = re.compile(r"(?<![A-Za-z0-9_:.])((?:[0-9A-Fa-f]{0,4}:){2,8}[0-9A-Fa-f]{1,4}):\d{1,5}(?![A-Za-z0-9_:.])")
# Latin word edges that also hold beside Han or Kana ("Build为 18.2.110.232"), where \b sees no edge
_W0, _W1 = r"(?<![A-Za-z])", r"(?![A-Za-z])"
# words about software: just before a dotted quad, they make it a version ("the driver package 7.17.15.112",
# "Versie 3.13.37.34", "pinned the library at 8.2.8.169")
_VERSION_WORDS = (r"versions?|versión|versione|versie|wersja|versão|ver|releases?|build|compilación|compilation|"
                  r"packages?|drivers?|firmware|kernel|patch|updates?|upgraded?|bumped|library|sdk|changelog|pinned|"
                  r"app|image_tag|tag")
_VERSION_WORD_PATTERN = (rf"(?i:{_W0}(?:{_VERSION_WORDS}){_W1}|{_W0}v\.?(?=\d|\s*$))|"
                         rf"(?<=[a-z])Versions?{_W1}|版本|驱动")  # "appVersion"
_VERSION_WORD = re.compile(_VERSION_WORD_PATTERN)
_VERSION_BEFORE = re.compile(rf"(?:{_VERSION_WORD_PATTERN})[^\n]{{0,30}}$")
_VERSION_REACH = 4  # characters from the end of a word about software to a version it names ("library at ")
# a product's version ("Chrome/120.0.0.0") or a numbered section ("section 1.2.3.4", "§ 2.1.3.4")
_PRODUCT_BEFORE = re.compile(r"(?i)(?:[A-Za-z]/|\b(?:section|sect|sec|clause|chapter|article|art|rule|para)\.?\s*|§\s*)$")
# what only an address has around it: a port (":22", "]:8080"), a URL scheme, or a word about networks
_PORT_AFTER = re.compile(r"\]?:\d{1,5}(?!\d)")
_NETWORK_WORDS = (r"ip|ips|ipv4|address(?:es)?|addr|adresse|adresa|adres|dirección|direccion|indirizzo|endereço|"
                  r"servers?|serveur|servidor|hosts?|hostname|dns|nameservers?|gateway|router|proxy|ping|ssh|"
                  r"connect(?:ed|ing|ion)?|subnet|firewall|blocked|banned|whitelist(?:ed)?|allowlist(?:ed)?|vpn|"
                  r"endpoint|resolves?|ufw|iptables|nft|allow|deny")
_NETWORK_WORD = re.compile(rf"(?i)://|{_W0}(?:{_NETWORK_WORDS}|ban|unban){_W1}|地址|服务器|主机|防火墙|(?-i:(?<=[a-z])IPs?{_W1})")
_NETWORK_AFTER = re.compile(rf"(?i)/\d{{1,2}}(?!\d)|\s+port\s+\d|[^\n]{{0,20}}(?:{_W0}(?:subnet|server|host|dns|"
                            rf"gateway|port|router){_W1}|防火墙|服务器|主机)|\s+-\s+\S+\s+\[")  # Common Log Format
# the public resolvers people name by address: addresses whatever their shape
_WELL_KNOWN = frozenset({"1.1.1.1", "1.0.0.1", "8.8.8.8", "8.8.4.4", "9.9.9.9", "4.2.2.1", "4.2.2.2", "4.2.2.3",
                         "4.2.2.4", "4.2.2.5", "4.2.2.6"})
_NETWORK_HEADER = re.compile(rf"(?i){_W0}(?:ip|ipv4|addr|address|host|server|client|remote){_W1}|ip_|_ip|地址")
_VERSION_HEADER = re.compile(rf"(?i)version|firmware|{_W0}build{_W1}|_build|build_|{_W0}release{_W1}|section|"
                             rf"clause|{_W0}oid{_W1}|版本")
_TABLE_SEPARATORS = "|,;\t"


def _is_version(text: str, start: int, end: int) -> bool:
    """Whether a dotted quad that parses as a public IPv4 address is a version, section or OID instead, read from
    what surrounds it, nearest evidence first:
    - its table or CSV column's header (ip_address → an address; os_version, build, section → not);
    - a port, a URL scheme or a word about networks (server, IP, adresse, 地址) → an address, unless a word about
      software stands nearer and right before it ("router firmware version 5.12.33.70");
    - a product or section prefix ("Chrome/", "§") → not an address;
    - otherwise its shape: a small first and second number (≤ 30, ≤ 40: "3.4.145.241", "11.4.5.8") is how
      versions, sections and OIDs begin, and about 2 % of public addresses; those are taken for versions, but
      for the public resolvers people name (8.8.8.8, 1.1.1.1)."""
    header = _column_header(text, start)
    if header is not None:
        if _NETWORK_HEADER.search(header):
            return False
        if _VERSION_HEADER.search(header):
            return True
    if _PORT_AFTER.match(text, end) or _NETWORK_AFTER.match(text[end:end + 30]):
        return False
    network = _last_match_end(_NETWORK_WORD, text, start)
    software = _last_match_end(_VERSION_WORD, text, start)
    if software > network and start - software <= _VERSION_REACH:
        return True
    if network >= 0:
        return False
    if _PRODUCT_BEFORE.search(text, max(0, start - 20), start):
        return True
    if text[start:end] in _WELL_KNOWN:
        return False
    key = _list_key(text, start)
    if key is not None and _NETWORK_WORD.search(key):  # "externalIPs:\n  - 13.32.201.160"
        return False
    first, second = text[start:end].split(".", 2)[:2]
    return int(first) <= 30 and int(second) <= 40


def _list_key(text: str, start: int) -> Optional[str]:
    """The key of the YAML (or Markdown) list `start` is an item of ("externalIPs:" above "  - 13.32.201.160"):
    the first line above the list's items, when the value is an item on its own; None otherwise."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip() != "-":
        return None
    position = line_start
    for _ in range(50):
        if position == 0:
            return None
        above_start = text.rfind("\n", 0, position - 1) + 1
        above = text[above_start:position - 1]
        if not above.lstrip().startswith("- "):
            return above if above.rstrip().endswith(":") else None
        position = above_start
    return None


def _last_match_end(pattern: re.Pattern, text: str, start: int) -> int:
    """Where the last match of `pattern` in the 40 characters of `start`'s line before it ends; -1 without one."""
    line_start = max(text.rfind("\n", 0, start) + 1, start - 40)
    ends = [m.end() for m in pattern.finditer(text, line_start, start)]
    return ends[-1] if ends else -1


def _column_header(text: str, start: int) -> Optional[str]:
    """The header of the column `start` stands in, when its line is a row of a table or CSV: cells of up to 60
    characters, under a line up to 10 above with as many of the same separators, cells of up to 30 characters and
    4 words, not ending a sentence, whose cell in that column holds letters and no digit (prose with commas has
    longer stretches and ends in a full stop)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end != -1 else len(text)]
    for separator in _TABLE_SEPARATORS:
        count = line.count(separator)
        if not count or any(len(cell) > 60 for cell in line.split(separator)):
            continue
        column = text[line_start:start].count(separator)
        for above in reversed(text[max(0, line_start - 2000):line_start].split("\n")[-11:-1]):
            cells = above.split(separator)
            if (len(cells) != count + 1 or above.rstrip().endswith((".", "!", "?"))
                    or any(len(cell.strip()) > 30 or len(cell.split()) > 4 for cell in cells)):
                continue
            cell = cells[column].strip()
            if cell and not any(c.isdigit() for c in cell) and any(c.isalpha() for c in cell):
                return cell
    return None


def _ips(text: str, public_only: bool) -> Iterable[Span]:
    candidates = []
    if "." in text:
        candidates += [(m, 4) for m in _IPV4.finditer(text)]
    if "::" in text or text.count(":") >= 6:  # a full address has 7 colons, 6 before an IPv4 tail
        candidates += [(m, 6) for m in _IPV6.finditer(text)]
    if "::" in text or text.count(":") >= 7:
        candidates += [(m, 6) for m in _IPV6_PORT.finditer(text) if not _is_address(m.group())]
    for match, version in candidates:
        value = match.group(1) if match.re is _IPV6_PORT else match.group()
        # "::1:5000", "a::b": too few groups to be an address someone was given
        if version == 6 and (sum(1 for g in value.split(":") if g) < 3 or not any(c.isdigit() for c in value)):
            continue
        try:
            address = ipaddress.ip_address(value)
        except ValueError:
            continue
        if public_only and (not address.is_global or address.is_multicast):  # 224.0.0.251 is "global"
            continue
        if version == 4 and _is_version(text, match.start(), match.end()):
            continue
        if match.re is not _IPV6_PORT and _is_network_block(address, text, match.end()):
            continue
        yield Span(match.start(1) if match.re is _IPV6_PORT else match.start(),
                   match.end(1) if match.re is _IPV6_PORT else match.end(), "ip")


_PREFIX_AFTER = re.compile(r"/(\d{1,3})(?!\d)")


def _is_network_block(address: ipaddress.IPv4Address | ipaddress.IPv6Address, text: str, end: int) -> bool:
    """Whether the address is the first of a CIDR block written after it ("set_real_ip_from 58.14.128.0/20",
    "2a03:2880::/32"): a network, no host of anyone. An interface address ("67.30.107.19/27", host bits set) and a
    single host (/32, /128) stay addresses."""
    suffix = _PREFIX_AFTER.match(text, end)
    if not suffix or int(suffix.group(1)) >= address.max_prefixlen:
        return False
    try:
        ipaddress.ip_network(f"{address}/{suffix.group(1)}", strict=True)
    except ValueError:
        return False
    return True


def _is_address(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
        return True
    except ValueError:
        return False


# --- payment cards, IBANs, national ids ---------------------------------------------------------------------
_CARD = re.compile(r"(?<![A-Za-z0-9_.-])\d{4}(?:[ -]?\d){9,15}(?![A-Za-z0-9_]|[.-]\d)")
# card networks' number prefixes (issuer identification numbers) and lengths
_CARD_NETWORKS = (
    (("4",), (13, 16, 19)),  # Visa
    (tuple(str(p) for p in range(51, 56)) + tuple(str(p) for p in range(2221, 2721)), (16,)),  # Mastercard
    (("34", "37"), (15,)),  # American Express
    (("6011", "65") + tuple(str(p) for p in range(644, 650)), (16, 19)),  # Discover
    (tuple(str(p) for p in range(3528, 3590)), (16, 19)),  # JCB
    (("36", "38", "39") + tuple(str(p) for p in range(300, 306)), (14, 16, 19)),  # Diners Club
    (("50", "56", "57", "58", "6304", "6759", "6761", "6762", "6763"), tuple(range(13, 20))),  # Maestro
    (("62",), (16, 17, 18, 19)),  # UnionPay
    (("60", "65", "81", "82", "508", "353", "356"), (16,)),  # RuPay
    (("2200", "2201", "2202", "2203", "2204"), (16, 17, 18, 19)),  # Mir
    (("9792",), (16,)),  # Troy
)


def _card_network_ok(digits: str) -> bool:
    return any(len(digits) in lengths and digits.startswith(prefixes) for prefixes, lengths in _CARD_NETWORKS)


def _cards(text: str) -> Iterable[Span]:
    from stdnum import luhn

    for match in _CARD.finditer(text):
        raw = match.group()
        digits = raw.replace(" ", "").replace("-", "")
        separators = {c for c in raw if c in " -"}
        if len(separators) > 1 or not 13 <= len(digits) <= 19:
            continue
        if _IBAN_START_BEFORE.search(text, max(0, match.start() - 5), match.start()):  # inside an IBAN
            continue
        if _PRODUCT_CODE_BEFORE.search(text, max(0, match.start() - 16), match.start()):  # "EAN 4006003110940"
            continue
        if _card_network_ok(digits) and luhn.is_valid(digits):
            yield Span(match.start(), match.end(), "card")


# a barcode's label: a 13-digit EAN can pass Luhn and start like a Visa number
_PRODUCT_CODE_BEFORE = re.compile(r"(?<![A-Za-z])(?:EAN|GTIN|UPC)(?:-?1[34]|-?8|-A)?\s*(?:code|no\.?|#)?\s*[:=#]?\s*$",
                                  re.IGNORECASE)
_IBAN_START_BEFORE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2} ?$")


# (or glued to its label, as Chinese and Japanese text writes it: "请汇款到IBANBE41 3638 …")
_IBAN = re.compile(r"(?:(?<![A-Za-z0-9_-])|(?<=IBAN))[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}(?![A-Za-z0-9_])")


def _ibans(text: str) -> Iterable[Span]:
    from stdnum import iban

    for match in _IBAN.finditer(text):
        value = match.group()
        while len(value.replace(" ", "")) >= 15:  # an IBAN followed by capitals ("… 00 IN EUR"): shorten by groups
            # check digits and the country's length and layout; not stdnum's national registries (a Belgian
            # IBAN of a bank missing from its bank list is still an IBAN)
            if iban.is_valid(value, check_country=False):
                yield Span(match.start(), match.start() + len(value), "iban")
                break
            if " " not in value:
                break
            value = value.rsplit(" ", 1)[0]


@dataclasses.dataclass(frozen=True)
class NationalId:
    """One national id scheme: its written form, the python-stdnum module that validates it, and a looser form
    (no separators) accepted only right after a word that names it ("SSN 123456789")."""

    pattern: Optional[str]  # None: only the loose form after its name
    module: str
    loose: Optional[str] = None
    named_by: Optional[str] = None


# ids: ASCII word edges (Han and Kana are \w to Python, and ids stand right beside them in Chinese or Japanese text)
_A = "A-Za-z0-9_"
NATIONAL_IDS: dict[str, NationalId] = {
    "us.ssn": NationalId(rf"(?<![{_A}-])\d{{3}}-\d{{2}}-\d{{4}}(?![{_A}-])", "stdnum.us.ssn",
                         rf"(?<![{_A}-])\d{{3}} ?\d{{2}} ?\d{{4}}(?![{_A}-]| \d)",
                         r"(?i)(?<![a-z])(?:SSN|social security(?: number| no\.?)?)"),
    "br.cpf": NationalId(rf"(?<![{_A}.])\d{{3}}\.\d{{3}}\.\d{{3}}-\d{{2}}(?![{_A}])", "stdnum.br.cpf",
                         rf"(?<![{_A}.-])\d{{9}}-?\d{{2}}(?![{_A}]|[.-]\d)", r"(?<![A-Za-z])CPF"),
    "es.dni": NationalId(rf"(?<![{_A}-])\d{{8}}-?[A-Z](?![{_A}])", "stdnum.es.dni"),
    "it.codicefiscale": NationalId(rf"(?<![{_A}])[A-Z]{{6}}\d{{2}}[A-Z]\d{{2}}[A-Z]\d{{3}}[A-Z](?![{_A}])",
                                   "stdnum.it.codicefiscale"),
    "cn.ric": NationalId(rf"(?<![{_A}])\d{{17}}[\dXx](?![{_A}])", "stdnum.cn.ric"),
    # 12 digits with a Verhoeff check digit: one random number in ten passes, so only after its name
    "in.aadhaar": NationalId(None, "stdnum.in_.aadhaar", rf"(?<![{_A}])(?<!\d )[2-9]\d{{3}} ?\d{{4}} ?\d{{4}}(?![{_A}]| \d)",
                             r"(?i)(?<![a-z])(?:aadhaa?r|UIDAI|UID)"),
    "fr.nir": NationalId(rf"(?<![{_A}])[12] ?\d{{2}} ?\d{{2}} ?(?:\d{{2}}|2A|2B) ?\d{{3}} ?\d{{3}} ?\d{{2}}(?![{_A}]| \d)",
                         "stdnum.fr.nir"),
}


@lru_cache(maxsize=None)
def _national_id(scheme: str) -> tuple[Optional[re.Pattern], Callable[[str], bool], Optional[re.Pattern],
                                       Optional[re.Pattern]]:
    spec = NATIONAL_IDS[scheme]
    named_by = (re.compile(spec.named_by + r"\W{0,4}(?:(?:number|no\.?|nr\.?|#)\W{0,3})?(?:(?:is|was)\s+)?$")
                if spec.named_by else None)
    is_valid = _cn_ric_is_valid if scheme == "cn.ric" else importlib.import_module(spec.module).is_valid
    return (re.compile(spec.pattern) if spec.pattern else None, is_valid,
            re.compile(spec.loose) if spec.loose else None, named_by)


def _cn_ric_is_valid(number: str) -> bool:
    """A Chinese resident id by python-stdnum's birth-date and check-character rules; its list of birth-place
    codes lags the districts in use (440305, Shenzhen Nanshan, is missing), so the place is not checked."""
    from stdnum.cn import ric

    try:
        ric.get_birth_date(number)
    except Exception:  # stdnum raises its own ValidationError subclasses for a bad date
        return False
    return ric.calc_check_digit(number) == number[-1].upper()


def _national_ids(text: str, schemes: Sequence[str]) -> Iterable[Span]:
    for scheme in schemes:
        pattern, is_valid, loose, named_by = _national_id(scheme)
        for match in pattern.finditer(text) if pattern is not None else ():
            if is_valid(match.group()):
                yield Span(match.start(), match.end(), "national_id", scheme)
        if loose is None:
            continue
        for match in loose.finditer(text):
            if (named_by.search(text, max(0, match.start() - 40), match.start())
                    and is_valid(match.group().replace(" ", ""))):
                yield Span(match.start(), match.end(), "national_id", scheme)


# --- secrets ------------------------------------------------------------------------------------------------
# detect-secrets plugins whose patterns name a key or token by its own shape (no keyword or entropy guesses)
SECRET_PLUGINS = ("aws.AWSKeyDetector", "github_token.GitHubTokenDetector", "gitlab_token.GitLabTokenDetector",
                  "slack.SlackDetector", "stripe.StripeDetector", "openai.OpenAIDetector", "jwt.JwtTokenDetector",
                  "sendgrid.SendGridDetector", "twilio.TwilioKeyDetector", "pypi_token.PypiTokenDetector",
                  "azure_storage_key.AzureStorageKeyDetector", "discord.DiscordBotTokenDetector",
                  "telegram_token.TelegramBotTokenDetector", "mailchimp.MailchimpDetector",
                  "square_oauth.SquareOAuthDetector", "npm.NpmDetector", "basic_auth.BasicAuthDetector")
# shapes detect-secrets has no plugin for: Google API keys, and a password or secret key given after its name
# ("password: Summer1968?", "DB_PASSWORD='hunter2'", "aws_secret_access_key = …"). Not code that names one
# ("check_password(pw)", "api_key = os.environ[...]", "password = getpass.getpass()"), not a word ("password
# is required"), not a placeholder ("<your password>", "****")
_GOOGLE_API_KEY = re.compile(r"(?<![\w-])AIza[0-9A-Za-z_\-]{35}(?![\w-])")
_NAMED_SECRET = re.compile(
    r"(?i)(?<![a-z])(?:password|passwd|passcode|secret_access_key|secret_key|api_key|client_secret)(?![\w-])"
    r"[\"']?[ \t]*(?P<separator>[:=]|\bis\b|\bwas\b)?[ \t]*"
    r"(?:(?P<quote>[\"'])(?P<quoted>[^\"'\n]{4,128})(?P=quote)|(?P<bare>[^\s\"'<>]{6,128}))")
# a call, an index, a variable or template ("$PASSWORD", "${pw}", "%(pw)s", "{{ pw }}"), a dotted name
_CODE_LIKE = re.compile(r"[(\[{]|^[$%]|\$\{|^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$")
# a whole PEM/PGP private key block; without its END line (cut short), the header and the key lines after it
_PRIVATE_KEY = re.compile(r"-----BEGIN ((?:[A-Z]+ )*PRIVATE KEY(?: BLOCK)?)-----(?:.{0,20000}?-----END \1-----"
                          r"|(?:\r?\n(?:[A-Za-z0-9+/=]{16,}|[\w-]+: [^\n]*|(?=\r?\n[A-Za-z0-9+/=]{16,})))*)",
                          re.DOTALL)


@lru_cache(maxsize=1)
def _secret_patterns() -> list[tuple[str, re.Pattern, Optional[Callable[[str], bool]]]]:
    """(plugin, pattern, the plugin's own check of a match where it has one: JWTs must decode)."""
    patterns = []
    for name in SECRET_PLUGINS:
        module, cls = name.rsplit(".", 1)
        plugin = getattr(importlib.import_module(f"detect_secrets.plugins.{module}"), cls)
        check = getattr(plugin, "is_formally_valid", None)
        patterns += [(plugin.__name__, re.compile(p.pattern, p.flags), check) for p in plugin.denylist]
    return patterns


def _named_secret_value(value: str, quoted: bool, named: bool) -> bool:
    """Whether the value after "password" looks like one: quoted after ":", "=" or "is" (a literal in code or
    config), or, unquoted, 6+ characters that are not all letters, with a digit when no ":", "=" or "is" came
    between ("password KTdCjN18jHu")."""
    if value[:1] in "<*•" or len(set(value)) == 1 or _CODE_LIKE.search(value):
        return False
    if quoted:  # a literal assigned to it: password = "…", "password": "…"
        return named
    return len(value) >= 6 and not value.isalpha() and (named or any(c.isdigit() for c in value))


_TOKEN_TAIL = re.compile(r"[A-Za-z0-9_\-.+/=]*[A-Za-z0-9_\-=]")  # to the token's end, not a sentence's full stop
_SECRET_IN_GROUP = {"AWSKeyDetector", "BasicAuthDetector", "NpmDetector"}  # group 1 is the secret in its context


def _secrets(text: str) -> Iterable[Span]:
    if "PRIVATE KEY" in text:
        for match in _PRIVATE_KEY.finditer(text):
            yield Span(match.start(), match.end(), "secret", "PrivateKeyDetector")
    if "AIza" in text:
        for match in _GOOGLE_API_KEY.finditer(text):
            yield Span(match.start(), match.end(), "secret", "GoogleApiKey")
    for match in _NAMED_SECRET.finditer(text):
        group = "quoted" if match.group("quoted") is not None else "bare"
        value = match.group(group) if group == "quoted" else match.group(group).rstrip(".,;:)")
        if _named_secret_value(value, quoted=group == "quoted", named=match.group("separator") is not None):
            yield Span(match.start(group), match.start(group) + len(value), "secret", "NamedSecret")
    for plugin, pattern, is_valid in _secret_patterns():
        for match in pattern.finditer(text):
            start, end = match.span(1) if plugin in _SECRET_IN_GROUP and pattern.groups else match.span()
            if end > start and (is_valid is None or is_valid(match.group())):
                # a plugin's pattern may stop inside the token (a JWT's signature, a long Stripe key): the rest
                # of the token goes too
                token_end = _TOKEN_TAIL.match(text, end)
                yield Span(start, token_end.end() if token_end else end, "secret", plugin)


# --- region hints for phone numbers -------------------------------------------------------------------------
# the regions a language's national numbers are most often written in (English pages without a country TLD:
# the US and the UK)
LANGUAGE_REGIONS: dict[str, tuple[str, ...]] = {
    "en": ("US", "GB"), "de": ("DE", "AT", "CH"), "fr": ("FR", "BE", "CH"), "es": ("ES", "MX"), "it": ("IT",),
    "pt": ("BR", "PT"), "nl": ("NL", "BE"), "pl": ("PL",), "ru": ("RU",), "uk": ("UA",), "ja": ("JP",),
    "zh": ("CN", "TW"), "ko": ("KR",), "tr": ("TR",), "sv": ("SE",), "da": ("DK",), "fi": ("FI",), "no": ("NO",),
    "nb": ("NO",), "cs": ("CZ",), "hu": ("HU",), "ro": ("RO",), "el": ("GR",), "bg": ("BG",), "hi": ("IN",),
    "ar": ("SA", "EG"), "he": ("IL",), "id": ("ID",), "vi": ("VN",), "th": ("TH",), "fa": ("IR",),
    "sw": ("KE", "TZ"), "ms": ("MY",), "tl": ("PH",), "bn": ("BD", "IN"), "ta": ("IN", "LK"), "te": ("IN",),
    "mr": ("IN",), "gu": ("IN",), "kn": ("IN",), "ml": ("IN",), "pa": ("IN", "PK"), "ur": ("PK",), "ne": ("NP",),
    "si": ("LK",), "sk": ("SK",), "hr": ("HR",), "sr": ("RS",), "sl": ("SI",), "lt": ("LT",), "lv": ("LV",),
    "et": ("EE",), "ca": ("ES",), "af": ("ZA",), "zu": ("ZA",), "am": ("ET",), "az": ("AZ",), "kk": ("KZ",),
    "ka": ("GE",), "hy": ("AM",), "be": ("BY",), "is": ("IS",), "sq": ("AL",), "mk": ("MK",),
}
# country-code TLDs sold as generic names: they say nothing of where a page's numbers are from
_TLD_REGIONS = {"uk": "GB", "edu": "US", "gov": "US", **{tld: None for tld in (
    "io", "co", "ai", "me", "tv", "fm", "ly", "gg", "to", "cc", "ws", "nu", "tk", "la", "sh", "ac", "am", "im")}}


def phone_regions(language: Optional[str], url: Optional[str], default: str) -> tuple[str, ...]:
    """The regions national phone numbers of a document are read in: its URL's country-code TLD, else its
    language's main countries, else `default`. (Numbers written with +country code are found in any.)"""
    if url:
        try:
            host = urlsplit(url).hostname or ""
        except ValueError:
            host = ""
        tld = host.rsplit(".", 1)[-1].lower() if "." in host else ""
        if tld in _TLD_REGIONS:
            if _TLD_REGIONS[tld]:
                return (_TLD_REGIONS[tld],)
        elif len(tld) == 2 and tld.isalpha():
            import phonenumbers

            if tld.upper() in phonenumbers.SUPPORTED_REGIONS:
                return (tld.upper(),)
    if language:
        return LANGUAGE_REGIONS.get(language.split("_")[0].split("-")[0], (default,))
    return (default,)


# a bare run of digits named as something else: "order number is 9158943261", "epoch 1721132905"
_NUMBER_NAMED_BEFORE = re.compile(r"(?i)\b(?:order|invoice|tracking|ticket|reference|ref|confirmation|account|acct|"
                                  r"serial|case|booking|transaction|customer|epoch|timestamp|ts|id)\b[^\d\n]{0,18}$")
# a number of any shape after its label: "order no. 2023-222953", "ORDER_ID=#3069979", "invoice no. 2022-12-0788"
_NUMBER_LABEL = re.compile(r"(?i)(?<![a-z])(?:order|invoice|ticket|tracking|reference|ref|booking|case|transaction|"
                           r"customer|account|serial)[ _-]?(?:no\.?|nr\.?|number|num|id|#)[^\d\n]{0,12}$")
# dates (15.03.2024, 2024-03-15, 03/15/2024) read as numbers by some regions' plans
_NOT_A_PHONE = re.compile(r"\d{1,2}([./-])\d{1,2}\1\d{4}|\d{4}([./-])\d{1,2}\2\d{1,2}")
# an IPv4 address as a phone candidate holds it, private ones too ("[172.26.164.233", "192.168.76.0/24"); not
# "031.219.52.61", a Romanian number (Python's parser takes no octet led by 0)
_DOTTED_QUAD = re.compile(r"[\[(]?(\d{1,3}(?:\.\d{1,3}){3})(?:/\d{1,2}|[\])])?")
# a decimal with four or more places in a latitude/longitude pair ("-30.204765, 124.885476"); alone it can be a
# number written with a dot ("per info 345.0567286")
_DECIMAL = re.compile(r"(?:0|[1-9]\d{0,2})\.\d{4,}")
_COORDINATE_BEFORE = re.compile(r"(?:-|-?\d{1,3}\.\d{3,}\s*,\s*)$")
_COORDINATE_AFTER = re.compile(r"\s*,\s*-?\d{1,3}\.\d{3,}")
# a Unix time in milliseconds, 2000 to 2040 ("t_ms":1688384516674): 13 digits no region dials without separators
_MILLISECONDS = (946_684_800_000, 2_208_988_800_000)
MAX_PHONE_CANDIDATES = 1000
# a date with its time after it ("02.10.2024 07:30", "24-03-2024 18:30", Czech "23. 8. 2019 21:47"):
# libphonenumber reads "02.10.2024 07"
_DATE_FIRST = re.compile(r"(?:0?[1-9]|[12]\d|3[01])([./-]) ?(?:0?[1-9]|1[0-2])\1 ?(?:19|20)\d\d(?!\d)")
_ISBN_SHAPE = re.compile(r"\d{1,5}-\d{1,7}-\d{1,7}-[\dX]|97[89]-\d{1,5}-\d{1,7}-\d{1,7}-\d")
# words that name a number as no phone's, whatever its shape ("patent WO 2017/056003", "ISBN: 9979794267")
_NAMED_NOT_A_PHONE = re.compile(r"\b(?:(?i:isbn|issn|doi|patent|pmid|arxiv|sku|part(?:[ _-]?(?:no|number))?)|WO|EP)\b"
                                r"[^\d\n]{0,10}$")
# a table or CSV column of other numbers ("part_number", "tracking", "iban")
_NOT_A_PHONE_HEADER = re.compile(r"(?i)sku|part|product|order|tracking|invoice|iban|card|account|isbn|serial")
_CAS_SHAPE = re.compile(r"\d{2,7}-\d{2}-\d")
_PHONE_HINT = re.compile(r"\d(?:[\d \-().\u00a0/]{0,3}\d){6}")


_INTERNATIONAL_00 = re.compile(r"(?<![\d.,])00[1-9]\d")


def _phones(text: str, regions: Sequence[str]) -> Iterable[Span]:
    if not _PHONE_HINT.search(text):  # fewer than 7 digits close together anywhere: no number to ask about
        return
    for region in regions:
        yield from _phones_in(text, region)
    if _INTERNATIONAL_00.search(text):  # "0039 333 668 7606": the call prefix of most of the world, not the US's
        for span in _phones_in(text, "DE"):
            if text.startswith("00", span.start):
                yield span


def _phones_in(text: str, region: str) -> Iterable[Span]:
    import phonenumbers

    # libphonenumber parses every digit run it meets (~0.3 ms each): a document of thousands of numbers (logs,
    # tables) is read up to MAX_PHONE_CANDIDATES of them
    for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID,
                                                 max_tries=MAX_PHONE_CANDIDATES):
        digit_count = sum(c.isdigit() for c in match.raw_string)
        # E.164 allows 15 digits (more: a card-shaped number); under 7 a score or an extension ("169-10")
        if not 7 <= digit_count <= 15:
            continue
        if _NOT_A_PHONE.fullmatch(match.raw_string) or _DATE_FIRST.match(match.raw_string):
            continue
        quad = _DOTTED_QUAD.fullmatch(match.raw_string)
        if quad and _is_address(quad.group(1)):
            continue
        before = text[max(0, match.start - 2):match.start]
        if before[-1:] in ("#", "-", "/", "_", ".") and before[:1].isalnum():  # in an identifier: INV-2018-095311
            continue
        if match.raw_string.isdigit() and _NUMBER_NAMED_BEFORE.search(text, max(0, match.start - 30), match.start):
            continue
        if _NUMBER_LABEL.search(text, max(0, match.start - 30), match.start):
            continue
        if _DECIMAL_AFTER.match(text, match.end):  # "4155552671.5", "4155552671,50 €", "164.0853°": not a phone
            continue
        if _not_a_phone_in_context(text, match.start, match.end, match.raw_string):
            continue
        header = _column_header(text, match.start)
        if header is not None and _NOT_A_PHONE_HEADER.search(header):
            continue
        yield Span(match.start, match.end, "phone")


# an arithmetic operator beside the number, on its line, as an operator is written (not Markdown's "**Phone:**")
# ("= " only after a number or bracket: `support_phone = +33 9 56 56 70 26` assigns a phone)
_OPERATOR_BEFORE = re.compile(r"(?:(?<=[\d)])[ \t]*=|(?:^|(?<=[\s\d]))[×*÷+≈])[ \t]*$")
_OPERATOR_AFTER = re.compile(r"[ \t]*(?:[=×*÷≈](?:[ \t]|\d)|\+[ \t])|\+\d")
# (a CSV's next field is no decimal: "0327.281.923,02/09/2023")
_DECIMAL_AFTER = re.compile(r"\.\d|,\d{1,2}(?![\d/-]|\.\d)|°")  # or a coordinate: "164.0853° W"


def _not_a_phone_in_context(text: str, start: int, end: int, raw: str) -> bool:
    """A number libphonenumber accepts that its context shows is something else: an operand or result of
    arithmetic ("994993 × 12859 = 12794614987", "18663666 / 381"), a CAS registry number ("7732-18-5"), a
    coordinate ("-30.204765, 124.885476"), a millisecond timestamp, or a version ("124.0.6225.184", "App version -
    1.2.3")."""
    if _DECIMAL.fullmatch(raw) and (_COORDINATE_BEFORE.search(text, max(0, start - 16), start)
                                    or _COORDINATE_AFTER.match(text, end)):
        return True
    if raw.isdigit() and len(raw) == 13 and _MILLISECONDS[0] <= int(raw) <= _MILLISECONDS[1]:
        return True
    if (_OPERATOR_BEFORE.search(text, max(0, start - 8), start) or _OPERATOR_AFTER.match(text, end)
            or " / " in raw):
        return True
    if _NAMED_NOT_A_PHONE.search(text, max(0, start - 25), start):
        return True
    if _ISBN_SHAPE.fullmatch(raw):
        from stdnum import isbn

        if isbn.is_valid(raw):
            return True
    if _CAS_SHAPE.fullmatch(raw):
        from stdnum import casrn

        if casrn.is_valid(raw):
            return True
    if "+" not in raw and set(raw) <= set("0123456789."):  # dotted: a version, unless in pairs (06.40.95.99.10)
        groups = raw.split(".")  # or led by a trunk prefix no version has (031.219.52.61)
        return (len(groups) >= 4 and any(len(g) != 2 for g in groups)
                and not (len(groups[0]) > 1 and groups[0].startswith("0"))) or bool(
            _VERSION_BEFORE.search(text, max(0, start - 40), start))
    return False


# --- finding and replacing ----------------------------------------------------------------------------------
@dataclasses.dataclass
class PiiParams:
    """What to look for and how to replace it. `modes`: kind → tag | hash | keep (kinds left out use `mode`);
    `hash_key`: the key of `hash` mode (a file's bytes, read by the stage); `national_ids`: python-stdnum
    schemes (see NATIONAL_IDS)."""

    kinds: list[str] = dataclasses.field(default_factory=lambda: list(KINDS))
    mode: str = "tag"
    modes: dict[str, str] = dataclasses.field(default_factory=dict)
    public_ips_only: bool = True
    national_ids: list[str] = dataclasses.field(default_factory=lambda: list(NATIONAL_IDS))
    default_region: str = "US"


def modes_in_use(params: PiiParams) -> set[str]:
    """The replacement modes the kinds looked for will use."""
    return {params.modes.get(kind, params.mode) for kind in params.kinds}


def check_params(params: PiiParams) -> None:
    """Raise ValueError naming the wrong value and what is allowed."""
    if not params.kinds:
        raise ValueError(f"pii kinds is empty: list some of {', '.join(KINDS)} (or remove the stage)")
    for kind in [*params.kinds, *params.modes]:
        if kind not in KINDS:
            raise ValueError(f"pii kind {kind!r} is not one of {', '.join(KINDS)}")
    for mode in [params.mode, *params.modes.values()]:
        if mode not in MODES:
            raise ValueError(f"pii mode {mode!r} is not one of {', '.join(MODES)}")
    for scheme in params.national_ids:
        if scheme not in NATIONAL_IDS:
            raise ValueError(f"pii national id {scheme!r} is not one of {', '.join(NATIONAL_IDS)}")
    import phonenumbers

    if params.default_region not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(f"pii default_region {params.default_region!r} is not a region code phonenumbers knows "
                         "(two capital letters, e.g. US, DE)")


class PiiFinder:
    """Finds and replaces personal data in texts, as `PiiParams` say."""

    def __init__(self, params: PiiParams, hash_key: bytes = b""):
        check_params(params)
        self.params = params
        self.kinds = set(params.kinds)
        self.hash_key = hash_key
        if hash_key == b"" and "hash" in modes_in_use(params):
            raise ValueError("pii mode hash needs a key: set hash_key_file to a file holding a secret")


    def find(self, text: str, regions: str | Sequence[str] = ()) -> list[Span]:
        """Non-overlapping spans of personal data in `text`, in order; where two overlap, the kind earlier in
        KINDS wins, then the longer span. `regions`: where national phone numbers are read (`phone_regions`;
        none given: `default_region`)."""
        kinds, p = self.kinds, self.params
        found: list[Span] = []
        if "secret" in kinds:
            found += _secrets(text)
        if "email" in kinds:
            found += _emails(text)
        if any(c.isdigit() for c in text):
            if "card" in kinds:
                found += _cards(text)
            if "iban" in kinds:
                found += _ibans(text)
            if "national_id" in kinds and p.national_ids:
                found += _national_ids(text, p.national_ids)
            if "ip" in kinds:
                found += _ips(text, p.public_ips_only)
            if "phone" in kinds:
                found += _phones(text, (regions,) if isinstance(regions, str) else regions or (p.default_region,))
        return _without_overlaps(found)

    def replacement(self, kind: str, value: str) -> Optional[str]:
        """What replaces `value` of `kind`; None: left as it is (mode keep). A hash covers the value as written
        any way (`normalised`), so one address or number gets one tag across documents."""
        mode = self.params.modes.get(kind, self.params.mode)
        if mode == "keep":
            return None
        tag = kind.upper()
        if mode == "tag":
            return f"<{tag}>"
        message = f"{kind}\x00{normalised(kind, value)}".encode("utf-8", "surrogatepass")
        return f"<{tag}:{hmac.new(self.hash_key, message, hashlib.sha256).hexdigest()[:HASH_CHARS]}>"

    def redact(self, text: str, regions: str | Sequence[str] = ()) -> tuple[str, list[Span]]:
        """`text` with its personal data replaced, and the spans found (in the original text)."""
        spans = self.find(text, regions)
        if not spans:
            return text, spans
        parts, position = [], 0
        for span in spans:
            new = self.replacement(span.kind, text[span.start:span.end])
            if new is None:
                continue
            parts += [text[position:span.start], new]
            position = span.end
        parts.append(text[position:])
        return "".join(parts), spans


HASH_CHARS = 12  # 48 bits of the HMAC: collisions become likely only past ~16 million distinct values
_SPELLED_AT = re.compile(r"\s*[\[\(\{<]\s*at\s*[\]\)\}>]\s*|\s+at\s+|\s*@\s*")
_SPELLED_DOT = re.compile(r"\s*[\[\(\{<]\s*(?:dot|\.)\s*[\]\)\}>]\s*|\s+dot\s+|\s*\.\s*")


def normalised(kind: str, value: str) -> str:
    """One spelling of a value: e-mails lower-case without obfuscation, IPs in `ipaddress` form, numbers and ids
    by their letters and digits."""
    if kind == "email":
        return _SPELLED_DOT.sub(".", _SPELLED_AT.sub("@", value.lower()))
    if kind == "ip":
        try:
            return ipaddress.ip_address(value).compressed
        except ValueError:
            return value
    if kind in ("phone", "card", "iban", "national_id"):
        return "".join(c for c in value.upper() if c.isalnum() or c == "+")
    return value


def _without_overlaps(spans: list[Span]) -> list[Span]:
    """The spans to keep, in text order: by kind rank (KINDS order), then longest first, each kept unless it
    overlaps one already kept (a start-sorted list searched with bisect: n log n for dense documents)."""
    rank = {kind: i for i, kind in enumerate(KINDS)}
    starts: list[int] = []
    chosen: list[Span] = []
    for span in sorted(spans, key=lambda s: (rank[s.kind], -(s.end - s.start), s.start)):
        at = bisect.bisect_left(starts, span.start)
        if at > 0 and chosen[at - 1].end > span.start:  # the kept span starting before it reaches into it
            continue
        if at < len(chosen) and chosen[at].start < span.end:  # the kept span starting at or after it begins inside
            continue
        starts.insert(at, span.start)
        chosen.insert(at, span)
    return chosen


# --- the stage ----------------------------------------------------------------------------------------------
STRUCTURE_COLUMNS = ("messages", "prompt", "chosen", "rejected", "completion")  # SFT / preference / KTO messages


@dataclasses.dataclass
class PiiStageParams(PiiParams):
    """`PiiParams`, `hash_key_file`: the file whose bytes key `hash` mode (kept out of the config, which is
    copied into cards and lineage), and `scrub_meta`."""

    hash_key_file: Optional[str] = None
    scrub_meta: bool = True  # also the string values of `meta` (a JSONL or Parquet record's other fields)


class Pii(Stage):
    """Replaces personal data in web documents and in every message of SFT / preference / KTO records (roles
    and turns kept; the engine rebuilds `text` and the text views from the rewritten messages). Signals:
    `pii_count`, `pii_types` (the kinds found, comma-separated, sorted) and a count per kind (`pii_email` …),
    which the ledger, stats and card sum. The engine also runs it over the texts of documents dropped before it,
    so rejects carry no personal data either."""

    name = "pii_v1"
    family = "pii"
    rewrites_text = True
    scrubs_rejects = True
    needs = ("text",)
    provides = {"pii_count": pa.int64(), "pii_types": pa.string(), **{f"pii_{kind}": pa.int64() for kind in KINDS}}
    tallies = tuple(f"pii_{kind}" for kind in KINDS)
    secret_files = ("hash_key",)
    Params = PiiStageParams

    def __init__(self, params: PiiStageParams, files):
        super().__init__(params, files)
        key = b""
        if "hash_key" in self.files:
            with open(self.files["hash_key"], "rb") as handle:
                key = handle.read().strip()
        self.finder = PiiFinder(params, key)

    @classmethod
    def check_params(cls, params: PiiStageParams) -> None:
        check_params(params)
        if "hash" in modes_in_use(params) and not params.hash_key_file:
            raise ValueError("mode hash needs hash_key_file: a file holding a secret key (kept out of the config)")

    @classmethod
    def files_for(cls, params: PiiStageParams) -> dict[str, str]:
        uses_hash = "hash" in modes_in_use(params)
        return {"hash_key": params.hash_key_file} if params.hash_key_file and uses_hash else {}

    @classmethod
    def check_files(cls, files) -> None:
        if "hash_key" in files:
            with open(files["hash_key"], "rb") as handle:
                if not handle.read().strip():
                    raise ValueError(f"pii hash_key_file {files['hash_key']} is empty: put a secret in it "
                                     "(e.g. `head -c 32 /dev/urandom | base64 > key`)")

    def _scrub_messages(self, messages: Optional[list[dict]], regions: Sequence[str],
                        spans: list[Span]) -> Optional[list[dict]]:
        """The messages with their contents redacted (roles, order and empty contents as they were); the spans
        found are added to `spans`."""
        if messages is None:
            return None
        scrubbed = []
        for message in messages:
            if not message.get("content"):
                scrubbed.append(message)
                continue
            content, found = self.finder.redact(message["content"], regions)
            spans += found
            scrubbed.append({**message, "content": content})
        return scrubbed

    def _scrub_meta(self, meta: Optional[str], regions: Sequence[str]) -> tuple[Optional[str], list[Span]]:
        """The record's other fields (`meta`, JSON) with personal data replaced in every string value."""
        if not meta or meta == "{}":
            return meta, []
        spans: list[Span] = []

        def scrub(value: Any) -> Any:
            if isinstance(value, str):
                new, found = self.finder.redact(value, regions)
                spans.extend(found)
                return new
            if isinstance(value, dict):
                return {key: scrub(item) for key, item in value.items()}
            if isinstance(value, list):
                return [scrub(item) for item in value]
            return value

        scrubbed = scrub(json.loads(meta))
        if not spans:
            return meta, spans
        text = json.dumps(scrubbed, ensure_ascii=False, sort_keys=True)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # lone surrogates from JSON input stay escaped, as the reader writes them
            text = json.dumps(scrubbed, ensure_ascii=True, sort_keys=True)
        return text, spans

    def annotate(self, batch: DocBatch) -> dict[str, Sequence[Any]]:
        columns = batch.columns
        languages = columns.get("language") or [None] * batch.size
        urls = columns.get("url") or [None] * batch.size
        structure = [c for c in STRUCTURE_COLUMNS if c in columns]
        metas = columns.get("meta") if self.params.scrub_meta else None
        out: dict[str, list[Any]] = {name: [] for name in self.provides}
        # records: their messages (the engine rebuilds text and views from them), and the text of a record that
        # has none (an unreadable line kept as it came, in rejects); documents: their text
        rewritten: dict[str, list[Any]] = {c: [] for c in [*structure, "text"]}
        if metas is not None:
            rewritten["meta"] = []
        for position in range(batch.size):
            regions = phone_regions(languages[position], urls[position], self.params.default_region)
            spans: list[Span] = []
            has_messages = any(columns[c][position] is not None for c in structure)
            for column in structure:
                rewritten[column].append(self._scrub_messages(columns[column][position], regions, spans))
            if has_messages:
                rewritten["text"].append(None)
            else:
                text, found = self.finder.redact(batch.texts[position], regions)
                spans += found
                rewritten["text"].append(text)
            if metas is not None:
                meta, found = self._scrub_meta(metas[position], regions)
                spans += found
                rewritten["meta"].append(meta)
            counts = {kind: 0 for kind in KINDS}
            for span in spans:
                counts[span.kind] += 1
            out["pii_count"].append(len(spans))
            out["pii_types"].append(",".join(sorted(kind for kind, n in counts.items() if n)))
            for kind in KINDS:
                out[f"pii_{kind}"].append(counts[kind])
        return {**out, **rewritten}
