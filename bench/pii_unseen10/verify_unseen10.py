#!/usr/bin/env python3
"""Independent checks of unseen10.jsonl (not needed to build the set).

Uses the standard library, plus Google's libphonenumber port (`phonenumbers`)
when it is importable, e.g.  /work/main/.venv/bin/python verify_unseen10.py
Checks: offsets, Luhn, IBAN mod-97, public IPs, phone validity per country,
and a scan for PII-looking strings that are neither spans nor look-alikes.
"""
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import pii_gen as G  # noqa: E402

try:
    import phonenumbers
except ImportError:  # pragma: no cover
    phonenumbers = None

LANG_REGION = {"en": "US", "de": "DE", "fr": "FR", "ru": "RU", "zh": "CN", "ar": "SA", "tr": "TR", "vi": "VN",
               "uk": "UA", "sv": "SE", "fi": "FI", "ro": "RO", "bn": "BD", "ur": "PK", "cs": "CZ", "el": "GR",
               "da": "DK"}
EMAIL_RX = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
V4_RX = re.compile(r"(?<![\d.])(?:\d{1,3}\.){3}\d{1,3}(?![\d.])")
V6_RX = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
DIGITS_RX = re.compile(r"\d(?:[ -]?\d){12,18}")
IBAN_RX = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b")


def covered(occ, s, e):
    return any(a <= s and e <= b for a, b in occ) or any(a < e and s < b for a, b in occ)


def main(path=os.path.join(HERE, "unseen10.jsonl")):
    bad = 0
    n_phone = 0
    stray = []
    with open(path, encoding="utf-8") as f:
        docs = [json.loads(ln) for ln in f]
    # the file holds named fields; the checks below read each entry as a tuple in field order
    for o in docs:
        o["spans"] = [list(sp.values()) for sp in o["spans"]]
        o["lookalikes"] = [list(lk.values()) for lk in o["lookalikes"]]
    for i, o in enumerate(docs):
        t = o["text"]
        occ = [(s[0], s[1]) for s in o["spans"]] + [(lk[0], lk[1]) for lk in o["lookalikes"]]
        for s, e, kind, value, note in o["spans"]:
            assert t[s:e] == value
            fmt = note.split("; ")[0]
            if kind == "phone" and phonenumbers is not None:
                n_phone += 1
                region = fmt.split(":")[1]
                try:
                    p = phonenumbers.parse(value, region)
                    ok = phonenumbers.is_valid_number(p) and phonenumbers.region_code_for_number(p) == region
                except phonenumbers.NumberParseException:
                    ok = False
                if not ok:
                    bad += 1
                    print("INVALID PHONE", i, region, value)
            if kind == "card" and not G.luhn_ok(re.sub(r"[ -]", "", value)):
                bad += 1
                print("BAD CARD", i, value)
            if kind == "iban" and not G.iban_ok(value):
                bad += 1
                print("BAD IBAN", i, value)
            if kind == "ip" and not G.public_ip_ok(value):
                bad += 1
                print("NON-PUBLIC IP", i, value)
        # stray scan
        for m in EMAIL_RX.finditer(t):
            if not covered(occ, m.start(), m.end()):
                stray.append((i, "email-like", m.group(0)))
        for m in V4_RX.finditer(t):
            try:
                a = ipaddress.ip_address(m.group(0))
            except ValueError:
                continue
            if a.is_global and not covered(occ, m.start(), m.end()):
                stray.append((i, "public-ipv4-like", m.group(0)))
        for m in V6_RX.finditer(t):
            try:
                a = ipaddress.ip_address(m.group(0))
            except ValueError:
                continue
            if a.is_global and not covered(occ, m.start(), m.end()):
                stray.append((i, "public-ipv6-like", m.group(0)))
        for m in DIGITS_RX.finditer(t):
            ds = re.sub(r"[ -]", "", m.group(0))
            if G.luhn_ok(ds) and not covered(occ, m.start(), m.end()):
                stray.append((i, "luhn-valid-digits", m.group(0)))
        for m in IBAN_RX.finditer(t):
            if G.iban_ok(m.group(0)) and not covered(occ, m.start(), m.end()):
                stray.append((i, "valid-iban", m.group(0)))
        if phonenumbers is not None:
            for m in phonenumbers.PhoneNumberMatcher(t, LANG_REGION[o["language"]], leniency=phonenumbers.Leniency.VALID):
                if not covered(occ, m.start, m.end):
                    stray.append((i, "phone-like", m.raw_string))
    for s in stray:
        print("STRAY", *s)
    print("docs", len(docs), "phones checked", n_phone, "problems", bad, "stray", len(stray))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
