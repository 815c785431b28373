#!/usr/bin/env python3
"""Build the FINAL held-out labelled test set for the PII detector.

Run from the repository root:

    .venv/bin/python bench/pii_final/make_final.py

Writes bench/pii_final/final.jsonl and bench/pii_final/README.md.

Standard library only, seeded (9091) and deterministic.  Every generator and
every check digit below was written from the public definition of the format;
no detector code and no other labelled set of this repository was consulted.
"""

import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import random
import re
import sys
import zlib
from collections import Counter

SEED = 9091
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
SHARED = os.path.join(ROOT, "..", "shared", "data")  # the shared data beside the checkout
ALPACA_DIR = os.path.join(SHARED, "stanford_alpaca")
FASTCHAT_DIR = os.path.join(SHARED, "fastchat")
FALLBACK_SHAREGPT = os.path.join(ROOT, "data", "sample", "sft", "sharegpt_fastchat.json")
C4_FILE = os.path.join(ROOT, "data", "sample", "c4_demo.jsonl")
C4_FIRST, C4_LAST = 150, 299            # 0-based record (line) indices, inclusive
TARGET_DOCS = 800
OUT_JSONL = os.path.join(HERE, "final.jsonl")
OUT_README = os.path.join(HERE, "README.md")

KINDS = ["email", "phone", "ip", "card", "iban", "national_id", "secret"]
SUBS = Counter()   # generated items per (kind, sub-format), for the README

rng = random.Random(SEED)

# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
DIG = "0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = "abcdefghijklmnopqrstuvwxyz"
B62 = DIG + UPPER + LOWER
HEX = "0123456789abcdef"


def D(n, first=None):
    """n random digits; `first` restricts the first digit to the given chars."""
    if n <= 0:
        return ""
    s = rng.choice(first) if first else rng.choice(DIG)
    return s + "".join(rng.choice(DIG) for _ in range(n - 1))


def rstr(n, alphabet):
    return "".join(rng.choice(alphabet) for _ in range(n))


def pick(seq):
    return rng.choice(seq)


class Deck:
    """Draw items in shuffled rounds so every variant is covered evenly."""

    def __init__(self, items):
        self.items = list(items)
        self.queue = []

    def draw(self):
        if not self.queue:
            self.queue = self.items[:]
            rng.shuffle(self.queue)
        return self.queue.pop()


FIRST = ["anna", "ben", "carla", "david", "elena", "farid", "greta", "hiro", "ines", "jonas",
         "kemal", "lucia", "marco", "nadia", "oscar", "priya", "quentin", "rosa", "sven", "tomasz",
         "ursula", "victor", "wen", "yusuf", "zoe", "aiko", "bruno", "chloe", "diego", "emeka",
         "fatima", "gustav", "hana", "ivan", "julia", "kwame", "lena", "mateo", "noor", "olga",
         "pablo", "rahul", "sara", "tobias", "valentina", "ximena", "yara", "liam", "maja", "theo"]
LAST = ["schmidt", "moreau", "rossi", "garcia", "kowalski", "tanaka", "silva", "okafor", "nguyen",
        "johansson", "murphy", "patel", "fischer", "dubois", "bianchi", "lopez", "novak", "sato",
        "pereira", "mensah", "larsen", "obrien", "sharma", "weber", "lefevre", "romano", "fernandez",
        "zielinski", "yamamoto", "costa", "haddad", "berg", "keller", "van-dijk", "oconnor", "wright"]
COMPANIES = ["Northwind Traders", "Brightpath Labs", "Lindenhof Consulting", "Harbourview Dental",
             "Solaris Freight", "Greenleaf Bakery", "Ironbridge Capital", "Meridian Health",
             "Stonegate Realty", "Riverside Bikes", "Kestrel Analytics", "Bluecrest Studio"]
TITLES = ["Senior Analyst", "Office Manager", "Head of Sales", "Project Lead", "Accountant",
          "Customer Success", "Research Engineer", "Practice Manager", "Logistics Coordinator"]


def person():
    return pick(FIRST).capitalize() + " " + pick(LAST).replace("-", " ").title().replace("Obrien", "O'Brien").replace("Oconnor", "O'Connor")


# --------------------------------------------------------------------------
# check-digit algorithms (from their public definitions)
# --------------------------------------------------------------------------
def luhn_sum(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s


def luhn_ok(digits):
    return luhn_sum(digits) % 10 == 0


def luhn_complete(payload):
    for c in DIG:
        if luhn_ok(payload + c):
            return payload + c
    raise AssertionError


def iban_numeric(s):
    return "".join(str(int(ch, 36)) for ch in s)


def iban_check_digits(cc, bban):
    return "%02d" % (98 - int(iban_numeric(bban + cc + "00")) % 97)


def iban_valid(iban):
    iban = iban.replace(" ", "")
    return int(iban_numeric(iban[4:] + iban[:4])) % 97 == 1


def es_dc(ten):  # Spanish CCC "dígito de control"
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * x for d, x in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(r, r)


def fr_rib_key(bank, branch, account):
    tr = {}
    for i, grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
        for ch in grp:
            tr[ch] = str(i + 1)
    acc = "".join(tr.get(c, c) for c in account)
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


CF_ODD = dict(zip(DIG, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21]))
CF_ODD.update(dict(zip(UPPER, [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12,
                               14, 16, 10, 22, 25, 24, 23])))
CF_EVEN = {c: int(c) for c in DIG}
CF_EVEN.update({c: i for i, c in enumerate(UPPER)})


def odd_even_letter(s):
    """Check letter shared by the Italian codice fiscale and the IBAN CIN."""
    t = sum(CF_ODD[c] if i % 2 == 0 else CF_EVEN[c] for i, c in enumerate(s))
    return UPPER[t % 26]


def cn_check(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, w)) % 11]


def cpf_digits(nine):
    d1 = sum(int(d) * w for d, w in zip(nine, range(10, 1, -1))) * 10 % 11 % 10
    ten = nine + str(d1)
    d2 = sum(int(d) * w for d, w in zip(ten, range(11, 1, -1))) * 10 % 11 % 10
    return str(d1) + str(d2)


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def isbn13_check(d12):
    return str((10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(d12)) % 10) % 10)


def isbn10_check(d9):
    r = (11 - sum(int(d) * w for d, w in zip(d9, range(10, 1, -1))) % 11) % 11
    return "X" if r == 10 else str(r)


def issn_check(d7):
    r = (11 - sum(int(d) * w for d, w in zip(d7, range(8, 1, -1))) % 11) % 11
    return "X" if r == 10 else str(r)


def cas_check(body):
    return str(sum(int(d) * (i + 1) for i, d in enumerate(reversed(body))) % 10)


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def selftest():
    assert luhn_ok("4539578763621486") and not luhn_ok("4539578763621487")
    assert iban_check_digits("DE", "370400440532013000") == "89"
    assert iban_valid("GB82 WEST 1234 5698 7654 32")
    assert int("5390075470") % 97 == 34                      # BE68 5390 0754 7034
    assert es_dc("0021000418") == 4 and es_dc("0200051332") == 5  # ES91 2100 0418 4502 0005 1332
    assert fr_rib_key("20041", "01005", "0500013M026") == "06"  # FR14 2004 1010 0505 0001 3M02 606
    assert odd_even_letter("RSSMRA85T10A562") == "S"
    assert odd_even_letter("0542811101000000123456") == "X"  # IT60 X054 2811 1010 0000 0123 456
    assert cn_check("11010519491231002") == "X"
    assert cpf_digits("529982247") == "25"
    assert DNI_LETTERS[12345678 % 23] == "Z"
    assert isbn13_check("978030640615") == "7" and isbn10_check("030640615") == "2"
    assert issn_check("0378595") == "5"
    assert cas_check("773218") == "5" and cas_check("6417") == "5"
    assert b64url(b'{"alg":"HS256","typ":"JWT"}') == "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"


# --------------------------------------------------------------------------
# PII generators
# --------------------------------------------------------------------------
EMAIL_DOMAINS_PLAIN = ["gmail.com", "outlook.com", "yahoo.com", "gmx.de", "web.de", "proton.me",
                       "icloud.com", "posteo.de", "hotmail.fr", "libero.it", "fastmail.com",
                       "aol.com", "orange.fr", "seznam.cz", "mail.com"]
EMAIL_DOMAINS_MULTI = ["yahoo.co.uk", "students.uni-freiburg.de", "eng.cam.ac.uk",
                       "sales.eu.acme-logistics.com", "hr.grupo-solaris.com.mx", "med.unimelb.edu.au",
                       "mail.tokyo-kougyou.co.jp", "finance.emea.kestrel-analytics.com", "bigpond.com.au",
                       "research.inst-pasteur.fr", "alumni.ucl.ac.uk", "it.comune.verona.it"]
EMAIL_DOMAINS_COMPANY = ["northwind-traders.com", "brightpath-labs.com", "lindenhof-consulting.de",
                         "harbourview-dental.co.uk", "solarisfreight.net", "greenleaf-bakery.ca",
                         "ironbridge.capital", "meridianhealth.org", "stonegate-realty.ie"]
EMAIL_DOMAINS_GTLD = ["brightpath.dev", "tasktrail.app", "kestrel.io", "greenleaf.shop",
                      "pixelforge.xyz", "byteorchard.tech", "nimbus-notes.cloud", "rocketdocs.ai",
                      "teahouse.store", "studio-aurora.design"]


def email_local(style):
    f, l = pick(FIRST), pick(LAST).replace("-", "")
    if style == "dots":
        return pick([f"{f}.{l}", f"{f[0]}.{l}", f"{l}.{f}", f"{f}.{pick(LOWER)}.{l}"])
    if style == "hyphen":
        return pick([f"{f}-{l}", f"{f}_{l}", f"{f}-{l}-{D(2)}", f"{f[0]}{l}-{pick(['hr', 'ops', 'it'])}"])
    if style == "digits":
        return pick([f"{f}{D(2)}", f"{f}.{l}{D(4, '12')}", f"{l}{D(3)}", f"{f[0]}{l}{D(2)}"])
    if style == "sub":
        return f"{f}.{l}+{pick(['newsletter', 'shop', 'work', 'github', 'receipts', 'spam', 'x7', 'travel'])}"
    return pick([f"{f}", f"{f}{l}", f"{f}.{l}", f"{f[0]}{l}", f"{l}"])


def gen_email(style):
    """Return (value, sub) for one e-mail address in the requested style."""
    if style in ("plain", "dots", "hyphen", "digits", "sub"):
        local = email_local(style)
        dom = pick(EMAIL_DOMAINS_PLAIN + EMAIL_DOMAINS_COMPANY)
        return f"{local}@{dom}"
    if style == "multi":
        return f"{email_local(pick(['plain', 'dots', 'hyphen']))}@{pick(EMAIL_DOMAINS_MULTI)}"
    if style == "gtld":
        return f"{email_local(pick(['plain', 'dots', 'digits']))}@{pick(EMAIL_DOMAINS_GTLD)}"
    local = email_local(pick(["plain", "dots"]))
    dom = pick(EMAIL_DOMAINS_PLAIN + EMAIL_DOMAINS_COMPANY + EMAIL_DOMAINS_GTLD)
    labels = dom.split(".")
    if style == "brackets":
        if rng.random() < 0.5:
            return f"{local} [at] " + " [dot] ".join(labels)
        return f"{local}[at]" + "[dot]".join(labels)
    if style == "parens":
        return f"{local} (at) " + " (dot) ".join(labels)
    if style == "braces":
        return f"{local}{{at}}{dom}"
    if style == "prose":
        loc = local.replace(".", " dot ") if rng.random() < 0.4 else local
        return f"{loc} at " + " dot ".join(labels)
    if style == "caps":
        return f"{local} AT " + " DOT ".join(labels)
    if style == "spaced":
        return f"{local} @ " + " . ".join(labels)
    raise ValueError(style)


EMAIL_STYLES = ["plain", "dots", "hyphen", "digits", "sub", "multi", "gtld", "gtld",
                "brackets", "parens", "braces", "prose", "caps", "spaced"]
EMAIL_OBFUSCATED = {"brackets", "parens", "braces", "prose", "caps", "spaced"}

# ---- phones ---------------------------------------------------------------
# Each generator returns dict(intl=[...], zero=[...], nat=[...], e164=str).
US_AREAS = ["212", "213", "202", "206", "303", "305", "312", "404", "415", "503", "512", "602",
            "617", "702", "713", "808", "917", "919", "971", "718", "314", "612"]
CA_AREAS = ["416", "604", "514", "403", "613", "902", "780", "250", "647"]


def nanp(cc, areas):
    a = pick(areas)
    while True:
        e = D(1, "23456789") + D(2)
        if e[1:] != "11" and e != "555":
            break
    l = D(4)
    return dict(intl=[f"+1 {a} {e} {l}", f"+1 ({a}) {e}-{l}", f"+1-{a}-{e}-{l}", f"+1.{a}.{e}.{l}",
                      f"+1 {a}-{e}-{l}"],
                zero=[f"001 {a} {e} {l}", f"001-{a}-{e}-{l}"],
                nat=[f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}.{e}.{l}", f"1-{a}-{e}-{l}", f"({a}) {e} {l}"],
                e164=f"+1{a}{e}{l}")


def ph_us():
    return nanp("1", US_AREAS)


def ph_ca():
    return nanp("1", CA_AREAS)


def ph_gb():
    t = rng.random()
    if t < 0.45:
        while True:
            p = "7" + D(1, "12345789") + D(2)
            s = D(6)
            if not (p == "7700" and s.startswith("900")):
                break
        g = f"{p} {s}"
        alt = f"{p} {s[:3]} {s[3:]}"
    elif t < 0.75:
        while True:
            s = D(1, "378") + D(7)
            if not s.startswith("7946"):
                break
        p = "20"
        g = f"20 {s[:4]} {s[4:]}"
        alt = g
    else:
        p = pick(["161", "121", "113", "141", "117", "131"])
        while True:
            s = D(1, "2345789") + D(6)
            if not s.startswith("4960"):
                break
        g = f"{p} {s[:3]} {s[3:]}"
        alt = g
    return dict(intl=[f"+44 {g}", f"+44 (0){g}", f"+44 {alt}", "+44" + (p + s)],
                zero=[f"0044 {g}"],
                nat=[f"0{g}", f"0{alt}", f"(0{g.split(' ')[0]}) {' '.join(g.split(' ')[1:])}"],
                e164="+44" + p + s)


def ph_de():
    if rng.random() < 0.55:
        p, n = pick([("151", 8), ("152", 8), ("157", 8), ("159", 8), ("160", 7), ("162", 7),
                     ("170", 7), ("171", 7), ("172", 7), ("173", 7), ("174", 7), ("175", 7),
                     ("176", 8), ("177", 7), ("178", 7), ("179", 7)])
        s = D(n, "123456789")
    else:
        p, n = pick([("30", 8), ("89", 7), ("40", 8), ("69", 8), ("221", 7), ("211", 7),
                     ("711", 7), ("341", 7), ("351", 7), ("511", 7)])
        s = D(n, "23456789")
    return dict(intl=[f"+49 {p} {s}", f"+49 (0){p} {s}", f"+49-{p}-{s}", f"+49{p}{s}",
                      f"+49 {p} {s[:3]} {s[3:]}"],
                zero=[f"0049 {p} {s}", f"0049-{p}-{s}"],
                nat=[f"0{p} {s}", f"0{p}/{s}", f"0{p}-{s}", f"(0{p}) {s}", f"0{p} {s[:3]} {s[3:]}"],
                e164=f"+49{p}{s}")


def ph_fr():
    bad = {"19900", "26191", "35301", "46571", "53649", "63998"}
    while True:
        t = rng.random()
        if t < 0.4:
            n = "6" + D(8)
        elif t < 0.55:
            n = "7" + D(1, "5678") + D(7)
        elif t < 0.9:
            n = D(1, "12345") + D(1, "1234567") + D(7)
        else:
            n = "9" + D(1, "5789") + D(7)
        if n[:5] not in bad:
            break
    pr = [n[0], n[1:3], n[3:5], n[5:7], n[7:9]]
    sp = " ".join(pr)
    return dict(intl=[f"+33 {sp}", f"+33 (0){sp}", f"+33{n}", "+33 " + ".".join(pr)],
                zero=[f"0033 {sp}"],
                nat=[f"0{pr[0]} " + " ".join(pr[1:]),
                     "0" + pr[0] + "." + ".".join(pr[1:]), "0" + pr[0] + "-" + "-".join(pr[1:]), "0" + n],
                e164="+33" + n)


def ph_it():
    if rng.random() < 0.6:
        p = "3" + pick(["20", "28", "29", "30", "31", "33", "34", "35", "38", "39", "40", "45", "47",
                        "48", "49", "51", "66", "68", "80", "88", "89", "92", "93"])
        s = D(7, "123456789")
        g = f"{p} {s[:3]} {s[3:]}"
        g2 = f"{p} {s}"
    else:
        p = pick(["06", "02"])
        s = D(8, "3456789")
        g = f"{p} {s[:4]} {s[4:]}"
        g2 = f"{p}-{s}"
        if rng.random() < 0.3:
            p = pick(["055", "011", "051", "081"])
            s = D(7, "2345679")
            g = f"{p} {s[:3]} {s[3:]}"
            g2 = f"{p} {s}"
    return dict(intl=[f"+39 {g}", f"+39 {g2}", f"+39{p}{s}"], zero=[f"0039 {g}"],
                nat=[g, g2, f"{p}/{s}"], e164=f"+39{p}{s}")


def ph_es():
    if rng.random() < 0.6:
        n = pick(["6" + D(8), "7" + D(1, "1234") + D(7)])
        a = f"{n[:3]} {n[3:6]} {n[6:]}"
        b = f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"
    else:
        n = pick(["91", "93", "96", "94", "98"]) + D(7, "2345678")
        a = f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
        b = f"{n[:3]} {n[3:6]} {n[6:]}"
    return dict(intl=[f"+34 {a}", f"+34 {b}", f"+34{n}", f"+34-{n[:3]}-{n[3:6]}-{n[6:]}"],
                zero=[f"0034 {a}"], nat=[a, b, f"{n[:3]}-{n[3:6]}-{n[6:]}"], e164="+34" + n)


def ph_br():
    ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81", "85", "19", "27", "48", "62"])
    if rng.random() < 0.65:
        s = "9" + D(1, "6789") + D(7)
        f = f"{s[:5]}-{s[5:]}"
    else:
        s = D(1, "2345") + D(7)
        f = f"{s[:4]}-{s[4:]}"
    return dict(intl=[f"+55 {ddd} {f}", f"+55 ({ddd}) {f}", f"+55{ddd}{s}", f"+55 {ddd} {s[:-4]} {s[-4:]}"],
                zero=[f"0055 {ddd} {f}"], nat=[f"({ddd}) {f}", f"{ddd} {f}", f"({ddd}) {s}"],
                e164=f"+55{ddd}{s}")


def ph_in():
    if rng.random() < 0.7:
        s = D(1, "6789") + D(9)
        return dict(intl=[f"+91 {s[:5]} {s[5:]}", f"+91-{s[:5]}-{s[5:]}", f"+91{s}", f"+91 {s}"],
                    zero=[f"0091 {s[:5]} {s[5:]}"], nat=[f"0{s[:5]} {s[5:]}", f"0{s}", f"0{s[:5]}-{s[5:]}"],
                    e164="+91" + s)
    a = pick(["11", "22", "80", "44", "33", "40"])
    s = D(8, "2346")
    return dict(intl=[f"+91 {a} {s[:4]} {s[4:]}", f"+91-{a}-{s}"], zero=[f"0091 {a} {s[:4]} {s[4:]}"],
                nat=[f"0{a} {s[:4]} {s[4:]}", f"0{a}-{s}", f"(0{a}) {s}"], e164=f"+91{a}{s}")


def ph_au():
    if rng.random() < 0.55:
        n = "4" + D(1, "012345678") + D(7)
        g = f"{n[:3]} {n[3:6]} {n[6:]}"
        nat = [f"0{g}", f"0{n[:3]}{n[3:6]} {n[6:]}", f"0{n}"]
    else:
        a = pick(["2", "3", "7", "8"])
        s = D(1, {"2": "89", "3": "89", "7": "3", "8": "9"}[a]) + D(7)
        n = a + s
        g = f"{a} {s[:4]} {s[4:]}"
        nat = [f"(0{a}) {s[:4]} {s[4:]}", f"0{a} {s[:4]} {s[4:]}", f"0{a}-{s[:4]}-{s[4:]}"]
    return dict(intl=[f"+61 {g}", f"+61{n}", f"+61-{g.replace(' ', '-')}"], zero=[f"0061 {g}"],
                nat=nat, e164="+61" + n)


def ph_jp():
    if rng.random() < 0.6:
        p = pick(["90", "80", "70"])
        s = D(8, "123456789")
    else:
        p = pick(["3", "6"])
        s = D(8, "3456")
    return dict(intl=[f"+81 {p}-{s[:4]}-{s[4:]}", f"+81 {p} {s[:4]} {s[4:]}", f"+81-{p}-{s[:4]}-{s[4:]}", f"+81{p}{s}"],
                zero=[f"0081 {p} {s[:4]} {s[4:]}"],
                nat=[f"0{p}-{s[:4]}-{s[4:]}", f"0{p} {s[:4]} {s[4:]}", f"(0{p}) {s[:4]}-{s[4:]}" if len(p) == 1 else f"0{p}{s}"],
                e164=f"+81{p}{s}")


def ph_ch():
    if rng.random() < 0.55:
        p = "7" + D(1, "56789")
        s = D(7, "123456789")
    else:
        p = pick(["44", "43", "31", "22", "61", "21", "41"])
        s = D(7, "23456789")
    g = f"{p} {s[:3]} {s[3:5]} {s[5:]}"
    return dict(intl=[f"+41 {g}", f"+41 (0){g}", f"+41{p}{s}"], zero=[f"0041 {g}"],
                nat=[f"0{g}", f"0{p}/{s[:3]} {s[3:5]} {s[5:]}", f"0{p} {s}"], e164=f"+41{p}{s}")


def ph_se():
    if rng.random() < 0.6:
        p = "7" + D(1, "0236")
        s = D(7, "123456789")
        g = f"{p} {s[:3]} {s[3:5]} {s[5:]}"
        nat = [f"0{p}-{s[:3]} {s[3:5]} {s[5:]}", f"0{g}", f"0{p}{s}"]
    else:
        p = "8"
        s = D(8, "123456789")
        g = f"{p} {s[:3]} {s[3:6]} {s[6:]}"
        nat = [f"08-{s[:3]} {s[3:6]} {s[6:]}", f"08 {s[:3]} {s[3:6]} {s[6:]}"]
    return dict(intl=[f"+46 {g}", f"+46 (0){g}", f"+46{p}{s}"], zero=[f"0046 {g}"], nat=nat,
                e164=f"+46{p}{s}")


def ph_pl():
    if rng.random() < 0.65:
        n = pick(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + D(7)
        a = f"{n[:3]} {n[3:6]} {n[6:]}"
        b = f"{n[:3]}-{n[3:6]}-{n[6:]}"
    else:
        n = pick(["22", "12", "61", "71", "58"]) + D(7, "2345678")
        a = f"{n[:2]} {n[2:5]} {n[5:7]} {n[7:]}"
        b = f"({n[:2]}) {n[2:5]} {n[5:7]} {n[7:]}"
    return dict(intl=[f"+48 {a}", f"+48 {b}", f"+48{n}"], zero=[f"0048 {a}"], nat=[a, b],
                e164="+48" + n)


def ph_mx():
    if rng.random() < 0.6:
        a = pick(["55", "33", "81"])
        s = D(8, "123456789")
        g, g2 = f"{a} {s[:4]} {s[4:]}", f"({a}) {s[:4]}-{s[4:]}"
    else:
        a = pick(["222", "442", "999", "664", "477"])
        s = D(7, "123456789")
        g, g2 = f"{a} {s[:3]} {s[3:]}", f"({a}) {s[:3]}-{s[3:]}"
    return dict(intl=[f"+52 {g}", f"+52 {g2}", f"+52{a}{s}"], zero=[f"0052 {g}"], nat=[g, g2, f"{a}-{s[:-4]}-{s[-4:]}"],
                e164=f"+52{a}{s}")


def ph_za():
    if rng.random() < 0.6:
        p = pick(["60", "61", "62", "63", "71", "72", "73", "74", "76", "78", "79", "81", "82", "83", "84"])
        s = D(7)
    else:
        p = pick(["11", "21", "31", "12", "41"])
        s = D(7, "2345789")
    g = f"{p} {s[:3]} {s[3:]}"
    return dict(intl=[f"+27 {g}", f"+27 (0){g}", f"+27{p}{s}"], zero=[f"0027 {g}"],
                nat=[f"0{g}", f"(0{p}) {s[:3]}-{s[3:]}", f"0{p}{s}"], e164=f"+27{p}{s}")


def ph_ie():
    if rng.random() < 0.6:
        p = "8" + D(1, "35679")
        s = D(7, "23456789")
        g = f"{p} {s[:3]} {s[3:]}"
        nat = [f"0{g}", f"0{p}-{s[:3]}-{s[3:]}", f"0{p} {s}"]
    else:
        p = "1"
        s = D(7, "2345689")
        g = f"1 {s[:3]} {s[3:]}"
        nat = [f"(01) {s[:3]} {s[3:]}", f"01 {s[:3]} {s[3:]}", f"01-{s}"]
    return dict(intl=[f"+353 {g}", f"+353 (0){g}", f"+353{p}{s}"], zero=[f"00353 {g}"], nat=nat,
                e164=f"+353{p}{s}")


def ph_sg():
    n = D(1, "689") + D(7)
    return dict(intl=[f"+65 {n[:4]} {n[4:]}", f"+65{n}", f"+65-{n[:4]}-{n[4:]}", f"+65 {n}"],
                zero=[f"0065 {n[:4]} {n[4:]}"], nat=[f"{n[:4]} {n[4:]}", f"{n[:4]}-{n[4:]}"], e164="+65" + n)


PHONES = {"US": ph_us, "CA": ph_ca, "GB": ph_gb, "DE": ph_de, "FR": ph_fr, "IT": ph_it, "ES": ph_es,
          "BR": ph_br, "IN": ph_in, "AU": ph_au, "JP": ph_jp, "CH": ph_ch, "SE": ph_se, "PL": ph_pl,
          "MX": ph_mx, "ZA": ph_za, "IE": ph_ie, "SG": ph_sg}
CCTLD = {"CA": ".ca", "GB": ".co.uk", "DE": ".de", "FR": ".fr", "IT": ".it", "ES": ".es", "BR": ".com.br",
         "IN": ".in", "AU": ".com.au", "JP": ".jp", "CH": ".ch", "SE": ".se", "PL": ".pl", "MX": ".com.mx",
         "ZA": ".co.za", "IE": ".ie", "SG": ".com.sg"}


def gen_phone(country, form):
    p = PHONES[country]()
    if form == "e164":
        return p["e164"]
    return pick(p[form])


# ---- IP --------------------------------------------------------------------
def public_v4(o):
    a, b, c, d = o
    if a in (0, 10, 127) or a >= 224:
        return False
    if a == 100 and 64 <= b <= 127:
        return False
    if a == 169 and b == 254:
        return False
    if a == 172 and 16 <= b <= 31:
        return False
    if a == 192 and b == 168:
        return False
    if a == 192 and b == 0 and c in (0, 2):
        return False
    if a == 192 and b == 88 and c == 99:
        return False
    if a == 198 and b in (18, 19):
        return False
    if a == 198 and b == 51 and c == 100:
        return False
    if a == 203 and b == 0 and c == 113:
        return False
    return 1 <= d <= 254


def gen_ipv4():
    while True:
        o = (rng.randint(1, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if public_v4(o):
            return ".".join(map(str, o))


def v6_compress(h):
    best_s, best_l, i = -1, 0, 0
    while i < 8:
        if h[i] == 0:
            j = i
            while j < 8 and h[j] == 0:
                j += 1
            if j - i > best_l:
                best_s, best_l = i, j - i
            i = j
        else:
            i += 1
    parts = [format(x, "x") for x in h]
    if best_l >= 2:
        return ":".join(parts[:best_s]) + "::" + ":".join(parts[best_s + best_l:])
    return ":".join(parts)


V6_BLOCKS = [0x2400, 0x2600, 0x2800, 0x2A00, 0x2C00]   # RIR /12 allocations (APNIC, ARIN, LACNIC, RIPE, AFRINIC)


def gen_ipv6(form):
    h = [pick(V6_BLOCKS) + rng.randrange(16), rng.randrange(1, 0x10000), rng.randrange(0x10000),
         pick([0, rng.randrange(0x10000), rng.randrange(1, 0x100)])]
    iid = pick(["rand", "small", "eui", "two"])
    if iid == "rand":
        h += [rng.randrange(1, 0x10000) for _ in range(4)]
    elif iid == "small":
        h += [0, 0, 0, rng.randrange(1, 0x1000)]
    elif iid == "eui":
        m = [rng.randrange(256) for _ in range(6)]
        h += [((m[0] ^ 2) << 8) | m[1], (m[2] << 8) | 0xFF, 0xFE00 | m[3], (m[4] << 8) | m[5] or 1]
    else:
        h += [0, 0, rng.randrange(1, 0x10000), rng.randrange(1, 0x10000)]
    assert h[0] != 0x2001 and h[0] != 0x2002
    if form == "full":
        return ":".join(format(x, "04x") for x in h)
    if form == "nolead":
        return ":".join(format(x, "x") for x in h)
    if form == "upper":
        return v6_compress(h).upper()
    return v6_compress(h)


# ---- cards -----------------------------------------------------------------
def gen_card(brand):
    if brand == "visa":
        pre, n = "4", 16
    elif brand == "mastercard":
        pre, n = (str(rng.randint(51, 55)) if rng.random() < 0.6 else str(rng.randint(2221, 2720))), 16
    elif brand == "amex":
        pre, n = pick(["34", "37"]), 15
    elif brand == "discover":
        pre, n = pick(["6011", str(rng.randint(644, 649)), "65"]), 16
    elif brand == "jcb":
        pre, n = str(rng.randint(3528, 3589)), 16
    elif brand == "diners":
        pre, n = pick(["36", str(rng.randint(300, 305))]), 14
    else:
        raise ValueError(brand)
    num = luhn_complete(pre + D(n - len(pre) - 1))
    assert luhn_ok(num) and len(num) == n
    sep = pick([" ", " ", "-", "", "-", " "])
    if n == 16:
        g = [num[i:i + 4] for i in range(0, 16, 4)]
    elif n == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[:4], num[4:10], num[10:]]
    return sep.join(g)


CARD_BRANDS = ["visa", "mastercard", "amex", "discover", "jcb", "diners"]
BRAND_NAME = {"visa": "Visa", "mastercard": "Mastercard", "amex": "Amex", "discover": "Discover",
              "jcb": "JCB", "diners": "Diners Club"}


# ---- IBAN ------------------------------------------------------------------
def bban_for(cc):
    if cc == "DE":
        return D(8, "12345678") + D(10)
    if cc == "AT":
        return D(5, "123456") + D(11)
    if cc == "CH":
        return D(5, "0") + D(12)
    if cc == "FR":
        bank, branch, acct = D(5, "1234"), D(5), D(11)
        return bank + branch + acct + fr_rib_key(bank, branch, acct)
    if cc == "BE":
        first = D(3, "0123456789") + D(7)
        chk = int(first) % 97 or 97
        return first + "%02d" % chk
    if cc == "ES":
        bank, branch, acct = pick(["2100", "0049", "0182", "2080", "0081", "1465"]), D(4), D(10)
        return bank + branch + str(es_dc("00" + bank + branch)) + str(es_dc(acct)) + acct
    if cc == "IT":
        abi, cab, acct = D(5, "0"), D(5), D(12)
        return odd_even_letter(abi + cab + acct) + abi + cab + acct
    if cc == "NL":
        while True:
            a = D(9, "123456789")
            r = (-sum(int(d) * w for d, w in zip(a, range(10, 1, -1)))) % 11
            if r < 10:
                break
        return pick(["ABNA", "RABO", "INGB", "SNSB", "TRIO", "KNAB", "ASNB"]) + a + str(r)
    if cc == "GB":
        return pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"]) + D(6) + D(8)
    if cc == "IE":
        return pick(["AIBK", "BOFI", "IPBS", "ULSB"]) + D(6, "9") + D(8)
    if cc == "PL":
        b7 = D(7, "12")
        w = [3, 9, 7, 1, 3, 9, 7]
        chk = (10 - sum(int(d) * x for d, x in zip(b7, w)) % 10) % 10
        return b7 + str(chk) + D(16)
    raise ValueError(cc)


IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "BE": 16, "ES": 24, "IT": 27, "NL": 18, "GB": 22,
            "IE": 22, "PL": 28}


def gen_iban(cc):
    bban = bban_for(cc)
    iban = cc + iban_check_digits(cc, bban) + bban
    assert len(iban) == IBAN_LEN[cc] and iban_valid(iban), iban
    if rng.random() < 0.6:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban


# ---- national ids ------------------------------------------------------------
def gen_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    assert s not in ("078-05-1120", "123-45-6789", "219-09-9999")
    return s


def gen_cpf():
    while True:
        nine = D(9)
        if len(set(nine)) > 1:
            break
    d = nine + cpf_digits(nine)
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def gen_dni():
    n = rng.randint(1000000, 99999999)
    return "%08d%s" % (n, DNI_LETTERS[n % 23])


CF_SURNAMES = ["Rossi", "Bianchi", "Esposito", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno",
               "Gallo", "Conti", "De Luca", "Costa", "Giordano", "Mancini", "Rizzo", "Lombardi", "Moretti",
               "Fo", "Ferrara", "Santoro", "Galli"]
CF_NAMES = [("Mario", "M"), ("Giulia", "F"), ("Luca", "M"), ("Francesca", "F"), ("Alessandro", "M"),
            ("Chiara", "F"), ("Matteo", "M"), ("Sara", "F"), ("Lorenzo", "M"), ("Elena", "F"),
            ("Andrea", "M"), ("Giorgio", "M"), ("Ugo", "M"), ("Bea", "F"), ("Federica", "F"), ("Paolo", "M")]
CF_COMUNI = ["H501", "F205", "L219", "F839", "G273", "A944", "D612", "D969", "L736", "A662", "L781", "C351"]


def cf_part(word, is_name):
    w = re.sub(r"[^A-Z]", "", word.upper())
    cons = [c for c in w if c not in "AEIOU"]
    vow = [c for c in w if c in "AEIOU"]
    if is_name and len(cons) >= 4:
        return cons[0] + cons[2] + cons[3]
    return ("".join(cons + vow) + "XXX")[:3]


def gen_cf():
    name, sex = pick(CF_NAMES)
    sur = pick(CF_SURNAMES)
    d0 = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(365 * 65))
    day = d0.day + (40 if sex == "F" else 0)
    body = cf_part(sur, False) + cf_part(name, True) + "%02d" % (d0.year % 100) + "ABCDEHLMPRST"[d0.month - 1] \
        + "%02d" % day + pick(CF_COMUNI)
    return body + odd_even_letter(body)


CN_REGIONS = ["110101", "110105", "310101", "310115", "440103", "440305", "330106", "510107", "420106",
              "320102", "120101", "500103", "610113", "370102"]


def gen_cnid():
    d0 = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 56))
    body = pick(CN_REGIONS) + d0.strftime("%Y%m%d") + D(3)
    return body + cn_check(body)


NID_GEN = {"ssn": gen_ssn, "cpf": gen_cpf, "dni": gen_dni, "cf": gen_cf, "cnid": gen_cnid}


# ---- secrets -------------------------------------------------------------------
def gen_secret(sub):
    if sub == "aws":
        while True:
            v = "AKIA" + rstr(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
            if "EXAMPLE" not in v:
                return v
    if sub == "github":
        body = rstr(30, B62)
        return "ghp_" + body + base62(zlib.crc32(body.encode()), 6)
    if sub == "slack_bot":
        return "xoxb-" + D(12, "123456789") + "-" + D(13, "123456789") + "-" + rstr(24, B62)
    if sub == "slack_user":
        return "xoxp-" + D(12, "123456789") + "-" + D(12, "123456789") + "-" + D(13, "123456789") + "-" + rstr(32, HEX)
    if sub == "stripe":
        return "sk_live_" + (rstr(24, B62) if rng.random() < 0.5 else "51" + rstr(97, B62))
    if sub == "google":
        return "AIzaSy" + rstr(33, B62 + "-_")
    if sub == "jwt":
        header = b64url(b'{"alg":"HS256","typ":"JWT"}')
        iat = rng.randint(1600000000, 1760000000)
        claims = {"sub": D(10, "123456789"), "name": person(), "iat": iat}
        if rng.random() < 0.5:
            claims["exp"] = iat + pick([900, 3600, 86400])
        if rng.random() < 0.4:
            claims["role"] = pick(["admin", "user", "editor"])
        payload = b64url(json.dumps(claims, separators=(",", ":")).encode())
        sig = hmac.new(rng.randbytes(32), f"{header}.{payload}".encode(), hashlib.sha256).digest()
        return f"{header}.{payload}.{b64url(sig)}"
    if sub == "password":
        t = rng.random()
        if t < 0.45:
            w = pick(["Sunflower", "Blue", "Kangaroo", "Winter", "Marlin", "Copper", "Tango", "Orchid",
                      "Falcon", "Velvet", "Maple", "Nebula", "Pixel", "Quartz"])
            return w + pick(["#", "!", "_", "$", "&", "*", ""]) + D(rng.randint(2, 4)) + pick(["", "x", "Q", "z"]) + (w[-1] if rng.random() < 0.2 else "")
        if t < 0.8:
            core = rstr(rng.randint(10, 18), B62 + "!#$%&*-_+=?")
            return rstr(1, B62) + core + rstr(1, B62)
        return "-".join(pick(["correct", "horse", "battery", "staple", "river", "lamp", "orbit", "cactus",
                              "violet", "harbor"]) for _ in range(3)) + D(2)
    if sub == "pem":
        kind = pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        if kind == "RSA PRIVATE KEY":
            raw = b"\x30\x82\x04\xa4\x02\x01\x00\x02\x82\x01\x01\x00" + rng.randbytes(rng.randint(200, 700))
            width = 64
        elif kind == "PRIVATE KEY":
            raw = b"\x30\x82\x04\xbe\x02\x01\x00\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x01\x05\x00" + rng.randbytes(rng.randint(200, 700))
            width = 64
        elif kind == "EC PRIVATE KEY":
            raw = b"\x30\x77\x02\x01\x01\x04\x20" + rng.randbytes(32) + b"\xa0\x0a\x06\x08\x2a\x86\x48\xce\x3d\x03\x01\x07\xa1\x44\x03\x42\x00\x04" + rng.randbytes(64)
            width = 64
        else:
            raw = b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none" + rng.randbytes(rng.randint(250, 500))
            width = 70
        b = base64.b64encode(raw).decode()
        lines = [b[i:i + width] for i in range(0, len(b), width)]
        return f"-----BEGIN {kind}-----\n" + "\n".join(lines) + f"\n-----END {kind}-----"
    raise ValueError(sub)


SECRET_SUBS = ["aws", "github", "slack_bot", "slack_user", "stripe", "google", "jwt", "password", "password", "pem"]

# --------------------------------------------------------------------------
# look-alike generators (never personal data)
# --------------------------------------------------------------------------
MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                 "Oktober", "November", "Dezember"],
          "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                 "octobre", "novembre", "décembre"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"],
          "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                 "settembre", "ottobre", "novembre", "dicembre"]}


def rdate():
    return dt.date(2012, 1, 1) + dt.timedelta(days=rng.randrange(365 * 14))


def lk_date():
    d = rdate()
    m = d.month
    f = pick(["iso", "us", "us2", "eu", "eu_sl", "en_long", "en_long2", "en_wd", "de", "fr", "es", "it",
              "ja", "slash", "dmy_abbr", "compact", "nl"])
    return {"iso": d.isoformat(), "us": f"{m:02d}/{d.day:02d}/{d.year}", "us2": f"{m}/{d.day}/{d.year % 100:02d}",
            "eu": f"{d.day:02d}.{m:02d}.{d.year}", "eu_sl": f"{d.day:02d}/{m:02d}/{d.year}",
            "en_long": f"{MONTHS['en'][m - 1]} {d.day}, {d.year}", "en_long2": f"{d.day} {MONTHS['en'][m - 1]} {d.year}",
            "en_wd": d.strftime("%A") + f", {MONTHS['en'][m - 1]} {d.day}, {d.year}",
            "de": f"{d.day}. {MONTHS['de'][m - 1]} {d.year}",
            "fr": ("1er" if d.day == 1 else str(d.day)) + f" {MONTHS['fr'][m - 1]} {d.year}",
            "es": f"{d.day} de {MONTHS['es'][m - 1]} de {d.year}", "it": f"{d.day} {MONTHS['it'][m - 1]} {d.year}",
            "ja": f"{d.year}年{m}月{d.day}日", "slash": f"{d.year}/{m:02d}/{d.day:02d}",
            "dmy_abbr": f"{d.day:02d}-{MONTHS['en'][m - 1][:3]}-{d.year}", "compact": d.strftime("%Y%m%d"),
            "nl": f"{d.day}-{m}-{d.year}"}[f]


def lk_time():
    h, mi, s = rng.randrange(24), rng.randrange(60), rng.randrange(60)
    return pick([f"{h:02d}:{mi:02d}:{s:02d}", f"{(h % 12) or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}",
                 f"{h}h{mi:02d}", f"{h:02d}:{mi:02d} CET", f"{h:02d}:{mi:02d}:{s:02d}.{rng.randrange(1000):03d}",
                 f"{h:02d}.{mi:02d} Uhr", f"{(h % 12) or 12}:{mi:02d}{'am' if h < 12 else 'pm'}"])


def lk_datetime():
    d = dt.datetime(2014, 1, 1) + dt.timedelta(seconds=rng.randrange(12 * 365 * 86400))
    tz = pick(["+0000", "+0200", "-0500", "+0530", "+0900"])
    return pick([d.strftime("%Y-%m-%dT%H:%M:%SZ"), d.strftime("%Y-%m-%d %H:%M:%S"),
                 d.strftime("%a, %d %b %Y %H:%M:%S ") + tz, d.strftime("%d/%b/%Y:%H:%M:%S ") + tz,
                 d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % rng.randrange(1000) + pick(["Z", "+02:00", "-07:00"])])


def lk_currency():
    a = rng.randint(1, 99999)
    c = rng.randrange(100)
    return pick([f"${a:,}.{c:02d}", f"€{a:,}".replace(",", ".") + f",{c:02d}", f"£{a:,}", f"¥{a * 10:,}",
                 f"CHF {a:,}".replace(",", "'") + ".–", f"R$ {a:,}".replace(",", ".") + f",{c:02d}",
                 f"USD {rng.randint(1, 999)}.{rng.randint(1, 9)}M", f"{a:,}.{c:02d} EUR", f"₹{a:,}",
                 f"${rng.randint(1, 99)}.{c:02d}", f"{a} kr", f"-${a:,}.{c:02d}"])


def lk_isbn():
    if rng.random() < 0.65:
        pre = pick(["978", "978", "979"])
        grp = pick(["0", "1", "3", "2", "84", "88"]) if pre == "978" else pick(["8", "10", "11", "12"])
        body = pre + grp + D(9 - len(grp))
        d = body + isbn13_check(body)
        g = len(grp)
        p = rng.randint(2, 5)
        return f"{d[:3]}-{d[3:3 + g]}-{d[3 + g:3 + g + p]}-{d[3 + g + p:12]}-{d[12]}"
    body = D(9)
    d = body + isbn10_check(body)
    return pick([f"{d[0]}-{d[1:4]}-{d[4:9]}-{d[9]}", d])


def lk_issn():
    b = D(7)
    return f"{b[:4]}-{b[4:]}{issn_check(b)}"


def lk_doi():
    return pick([f"10.{D(4, '1')}/j.{pick(['cell', 'neuron', 'jmb', 'apenergy', 'cej'])}.{rng.randint(2010, 2025)}.{D(2, '01')}.{D(3)}",
                 f"10.1038/s{D(5, '4')}-0{D(2)}-{D(5)}-{rng.randint(1, 9)}", f"10.48550/arXiv.{rng.randint(18, 25)}{D(2, '01')}.{D(5)}",
                 f"10.1093/nar/gk{pick('abcd')}{D(4)}", f"10.1145/{D(7, '3')}.{D(7, '3')}", f"10.1371/journal.pone.0{D(6)}"])


def lk_uuid():
    b = bytearray(rng.randbytes(16))
    b[6] = (b[6] & 0x0F) | 0x40
    b[8] = (b[8] & 0x3F) | 0x80
    h = b.hex()
    u = f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"
    return u.upper() if rng.random() < 0.15 else u


def lk_hash(alg):
    return hashlib.new(alg, rng.randbytes(40)).hexdigest()


def lk_git_sha():
    h = lk_hash("sha1")
    return h[:pick([7, 7, 8, 10, 12, 40])]


def lk_unix_s():
    return str(rng.randint(1420070400, 1767225600))


def lk_unix_ms():
    return str(rng.randint(1420070400, 1767225600) * 1000 + rng.randrange(1000))


def lk_gps():
    la, lo = rng.uniform(-60, 70), rng.uniform(-170, 170)
    f = pick(["dec", "dec2", "deg", "dms"])
    if f == "dec":
        return f"{la:.6f}, {lo:.6f}"
    if f == "dec2":
        return f"{la:.4f},{lo:.4f}"
    if f == "deg":
        return f"{abs(la):.4f}° {'N' if la >= 0 else 'S'}, {abs(lo):.4f}° {'E' if lo >= 0 else 'W'}"

    def dms(x):
        x = abs(x)
        d0 = int(x)
        m = int((x - d0) * 60)
        s = ((x - d0) * 60 - m) * 60
        return f"{d0}°{m}′{s:.1f}″"
    return f"{dms(la)}{'N' if la >= 0 else 'S'} {dms(lo)}{'E' if lo >= 0 else 'W'}"


def lk_arith():
    a, b = rng.randint(11, 9999), rng.randint(2, 999)
    op = pick(["+", "-", "×", "*", "/"])
    if op == "+":
        return f"{a} + {b} = {a + b}"
    if op == "-":
        return f"{a} - {b} = {a - b}"
    if op in "×*":
        return f"{a} {op} {b} = {a * b}"
    return f"{a * b} / {b} = {a}"


def lk_equation():
    a, b, c = rng.randint(2, 9), rng.randint(1, 20), rng.randint(1, 50)
    return pick([f"y = {a}x^2 - {b}x + {c}", f"{a}x + {b} = {a * 3 + b}", "E = mc^2", f"f(x) = {a}x + {b}",
                 f"x^2 + y^2 = {a * a + b * b}", f"{a}(x - {b}) = {c}", "a^2 + b^2 = c^2",
                 f"P(A|B) = {rng.randint(1, 9) / 10}"])


def lk_sci():
    m = rng.uniform(1, 9.99)
    e = rng.randint(-30, 30)
    return pick([f"{m:.3f}e{e}", f"{m:.2f}E{e:+03d}", f"{m:.2f} × 10^{e}", f"{m:.1f}x10^{e}",
                 f"{m:.4g}e+{abs(e)}", f"{m:.2f}·10⁻{abs(e) % 10 or 9}"])


PRIVATE_V4 = [lambda: f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}",
              lambda: f"192.168.{rng.randrange(256)}.{rng.randint(1, 254)}",
              lambda: f"172.{rng.randint(16, 31)}.{rng.randrange(256)}.{rng.randint(1, 254)}",
              lambda: f"127.0.0.{rng.randint(1, 9)}",
              lambda: f"169.254.{rng.randrange(256)}.{rng.randint(1, 254)}",
              lambda: f"100.{rng.randint(64, 127)}.{rng.randrange(256)}.{rng.randint(1, 254)}",
              lambda: pick(["::1", f"fe80::{rng.randrange(0x10000):x}:{rng.randrange(0x100):x}ff:fe{rng.randrange(0x100):02x}:{rng.randrange(0x10000):x}",
                            f"fd{rng.randrange(0x100):02x}:{rng.randrange(0x10000):x}:{rng.randrange(0x10000):x}::{rng.randrange(1, 0x100):x}"])]
RESERVED_V4 = [lambda: f"192.0.2.{rng.randint(1, 254)}", lambda: f"198.51.100.{rng.randint(1, 254)}",
               lambda: f"203.0.113.{rng.randint(1, 254)}", lambda: f"198.{rng.randint(18, 19)}.{rng.randrange(256)}.{rng.randint(1, 254)}",
               lambda: f"{rng.randint(224, 239)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}",
               lambda: f"{rng.randint(240, 254)}.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}",
               lambda: f"0.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randint(1, 254)}",
               lambda: "255.255.255.255", lambda: "0.0.0.0",
               lambda: f"2001:db8:{rng.randrange(0x10000):x}::{rng.randrange(1, 0x10000):x}",
               lambda: f"ff02::{rng.randint(1, 0xfb):x}"]


def lk_mac():
    b = rng.randbytes(6).hex()
    f = pick(["colon", "colon_up", "dash", "cisco"])
    if f == "colon":
        return ":".join(b[i:i + 2] for i in range(0, 12, 2))
    if f == "colon_up":
        return ":".join(b[i:i + 2] for i in range(0, 12, 2)).upper()
    if f == "dash":
        return "-".join(b[i:i + 2] for i in range(0, 12, 2)).upper()
    return ".".join(b[i:i + 4] for i in range(0, 12, 4))


def lk_luhn_fail():
    while True:
        d = D(1, "3456") + D(15)
        if not luhn_ok(d):
            break
    return pick([" ", "-", "", " "]).join(d[i:i + 4] for i in range(0, 16, 4))


def lk_postal():
    L = "ABCDEFGHJKLMNPRSTUWXYZ"
    return pick([D(5, "123456789"), f"{D(5, '123456789')}-{D(4)}",
                 f"{pick(['SW', 'EC', 'N', 'M', 'B', 'LS', 'G', 'EH'])}{rng.randint(1, 20)} {rng.randint(1, 9)}{rstr(2, L)}",
                 f"{rstr(1, 'ABCEGHJKLMNPRSTVXY')}{rng.randint(0, 9)}{rstr(1, L)} {rng.randint(0, 9)}{rstr(1, L)}{rng.randint(0, 9)}",
                 f"{D(4, '123456789')} {rstr(2, 'ABCDEFGHJKLMNPRSTVWXZ')}", f"〒{D(3, '1')}-{D(4)}", f"{D(5, '0123')}-{D(3)}",
                 D(6, "12345678"), D(4, "23456789")])


def lk_cas():
    body = D(rng.randint(2, 7), "123456789") + D(2)
    return f"{body[:-2]}-{body[-2:]}-{cas_check(body)}"


LOOKALIKES = {
    "software_version": lambda: pick([f"v{rng.randint(0, 9)}.{rng.randint(0, 40)}.{rng.randint(0, 30)}",
                                      f"{rng.randint(1, 5)}.{rng.randint(0, 30)}.{rng.randint(0, 20)}",
                                      f"{rng.randint(1, 20)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}-rc.{rng.randint(1, 5)}",
                                      f"6.{rng.randint(1, 9)}.0-{rng.randint(10, 99)}-generic",
                                      f"{rng.randint(2018, 2025)}.{rng.randint(1, 12)}.{rng.randint(1, 9)}"]),
    "browser_version": lambda: pick([f"Chrome/{rng.randint(100, 131)}.0.{rng.randint(5000, 6800)}.{rng.randint(10, 210)}",
                                     f"Firefox/{rng.randint(100, 133)}.0.{rng.randint(1, 3)}",
                                     f"Safari/{pick(['605.1.15', '537.36', '604.1'])}",
                                     f"Edg/{rng.randint(100, 131)}.0.{rng.randint(1500, 2900)}.{rng.randint(10, 99)}",
                                     f"Version/{rng.randint(14, 18)}.{rng.randint(0, 6)} Mobile/15E148"]),
    "os_build": lambda: pick([f"10.0.{pick(['19045', '22631', '22621', '19044', '26100'])}.{rng.randint(1000, 5000)}",
                              f"{pick(['22631', '19045', '26100'])}.{rng.randint(1000, 5000)}",
                              f"{rng.randint(20, 23)}{pick('ABCDEFG')}{rng.randint(100, 999)}"]),
    "ipv4_like_version": lambda: f"{rng.randint(1, 12)}.{rng.randint(0, 30)}.{rng.randint(0, 60)}.{rng.randint(1, 250)}",
    "date": lk_date, "time": lk_time, "datetime": lk_datetime, "currency": lk_currency,
    "isbn": lk_isbn, "issn": lk_issn, "doi": lk_doi, "uuid": lk_uuid,
    "md5": lambda: lk_hash("md5"), "sha1": lambda: lk_hash("sha1"), "sha256": lambda: lk_hash("sha256"),
    "git_sha": lk_git_sha, "unix_ts_s": lk_unix_s, "unix_ts_ms": lk_unix_ms, "gps": lk_gps,
    "arithmetic": lk_arith, "equation": lk_equation, "scientific_notation": lk_sci,
    "private_ip": lambda: pick(PRIVATE_V4)(), "reserved_ip": lambda: pick(RESERVED_V4)(),
    "mac_address": lk_mac, "luhn_fail_16": lk_luhn_fail,
    "order_number": lambda: pick([f"ORD-{rng.randint(2019, 2025)}-{D(6)}", f"#{D(9, '1')}",
                                  f"{D(3, '1')}-{D(7)}-{D(7)}", f"PO{D(8)}", f"SO-{D(5)}"]),
    "invoice_number": lambda: pick([f"INV-{rng.randint(2019, 2025)}-{D(5, '0')}", f"{rng.randint(2019, 2025)}/{D(4, '0')}",
                                    f"RE{D(8, '2')}", f"F-{D(6)}", f"INV{D(7)}"]),
    "tracking_number": lambda: pick(["1Z" + rstr(6, UPPER + DIG) + D(10), " ".join([D(4, "9")] + [D(4) for _ in range(4)] + [D(2)]),
                                     f"JJD{D(18, '0')}", f"{rstr(2, UPPER)}{D(9)}{pick(['DE', 'GB', 'US', 'CN', 'FR'])}",
                                     D(12, "7")]),
    "case_number": lambda: pick([f"CASE-{D(7)}", f"INC{D(7, '0')}", f"#{D(6, '1')}", f"{rng.randint(1, 9)}:{rng.randint(18, 25)}-cv-{D(5, '0')}",
                                 f"TKT-{D(6)}", f"SR {D(2, '1')}-{D(7)}"]),
    "postal_code": lk_postal,
    "sports_score": lambda: pick([f"{rng.randint(0, 5)}–{rng.randint(0, 5)}", f"{rng.randint(80, 130)}-{rng.randint(80, 130)}",
                                  f"6–{rng.randint(0, 4)}, {rng.randint(3, 7)}–6, 7–6", f"{rng.randint(0, 4)}:{rng.randint(0, 4)}"]),
    "page_range": lambda: pick([f"pp. {(a := rng.randint(1, 2000))}–{a + rng.randint(3, 40)}",
                                f"pages {(b := rng.randint(1, 900))}-{b + rng.randint(2, 30)}",
                                f"p. {rng.randint(1, 600)}", f"{(c := rng.randint(100, 1500))}–{c + rng.randint(5, 25)}"]),
    "statistic": lambda: pick([f"{rng.randint(1000000, 99999999):,}", f"{rng.randint(1, 9)}.{rng.randint(1, 9)} billion",
                               f"{rng.uniform(0.1, 99):.1f}%", f"{rng.randint(10, 999)}.{rng.randint(1, 9)} million",
                               f"n = {rng.randint(50, 20000):,}", f"{rng.randint(10, 90)}.{rng.randint(0, 9)} ± {rng.randint(1, 9)}.{rng.randint(0, 9)}",
                               f"p < 0.0{rng.randint(1, 5)}", f"{rng.randint(1, 999)} {D(3)} {D(3)}"]),
    "cas_number": lk_cas,
    "patent_number": lambda: pick([f"US {rng.randint(7, 12)},{D(3)},{D(3)} B{rng.randint(1, 2)}", f"EP {D(1, '123')} {D(3)} {D(3)} A1",
                                   f"WO {rng.randint(2005, 2024)}/{D(6)} A1", f"US {rng.randint(2005, 2024)}/0{D(6)} A1",
                                   f"DE 10 {rng.randint(2005, 2023)} {D(3)} {D(3)} A1", f"CN {D(9, '1')} A"]),
    "sku": lambda: pick([f"SKU-{D(5)}-{pick(['BLK', 'WHT', 'RED', 'NVY'])}-{pick(['S', 'M', 'L', 'XL'])}",
                         f"B0{rstr(8, UPPER + DIG)}", f"{rstr(3, UPPER)}-{D(4)}-{rstr(2, UPPER)}", f"{D(6)}-{D(3)}",
                         f"WH-{D(4)}XM{rng.randint(2, 6)}"]),
    "flight_number": lambda: pick(["LH", "BA", "UA", "AF", "DL", "EK", "QF", "NH", "KL", "LX", "IB", "AA"]) + pick(["", " "]) + str(rng.randint(1, 9999)),
    "train_number": lambda: pick([f"ICE {rng.randint(1, 1999)}", f"TGV {rng.randint(5000, 9999)}", f"Eurostar {rng.randint(9000, 9199)}",
                                  f"Amtrak {rng.randint(1, 799)}", f"IC {rng.randint(100, 2999)}", f"Frecciarossa {rng.randint(9500, 9699)}",
                                  f"Shinkansen Nozomi {rng.randint(1, 259)}"]),
    "bible_verse": lambda: pick(["John 3:16", "Romans 8:28", "Psalm 23:1-6", "1 Corinthians 13:4–7", "Genesis 1:1",
                                 "Matthew 5:3-12", "Isaiah 40:31", "Philippians 4:13", "Proverbs 3:5-6", "Ecclesiastes 3:1-8",
                                 "Jeremiah 29:11", "Luke 2:10-11", "Revelation 21:4", "Micah 6:8", "Hebrews 11:1"]),
    "chess_notation": lambda: pick(["1. e4 e5 2. Nf3 Nc6 3. Bb5 a6", "1. d4 Nf6 2. c4 e6 3. Nc3 Bb4", "Qxf7#", "O-O-O",
                                    "Nxe5", "1. e4 c5 2. Nf3 d6 3. d4 cxd4 4. Nxd4 Nf6 5. Nc3 a6", "Rxh7+", "exd8=Q+",
                                    "1. c4 e5 2. g3 Nf6 3. Bg2 d5"]),
    "musical_key": lambda: pick(["C minor", "F♯ major", "B♭ minor", "E-flat major", "D major", "A minor", "C# minor",
                                 "G major", "Ab major", "E minor", "d minor", "E♭ major"]),
    "port": lambda: pick([f":{p}" for p in (8080, 3000, 5432, 6379, 8443, 9200, 5000, 27017, 1883, 25565)]),
    "decorator": lambda: pick(["@app.route", "@pytest.fixture", "@dataclass", "@staticmethod", "@Override", "@lru_cache",
                               "@property", "@router.get", "@Component", "@torch.no_grad"]),
    "matmul": lambda: pick(["a @ b", "X @ W", "A @ B.T", "q @ k.transpose(-2, -1)", "M @ v", "x @ self.weight"]),
    "cpp_scope": lambda: pick(["std::vector<int>", "std::string", "std::unordered_map<std::string, int>", "std::cout",
                               "boost::asio::io_context", "std::chrono::milliseconds", "Foo::Bar::baz()"]),
    "shell_subst": lambda: pick(["$(pwd)", "$(date +%s)", "$(git rev-parse HEAD)", "$(nproc)", "${HOME}", "$(whoami)",
                                 "$(uname -r)"]),
    "npm_scope": lambda: pick(["@types/node", "@babel/core", "@angular/core@17.3.0", "@types/react@18.2.79",
                               "@vue/cli", "@nestjs/common@10.3.8", "@scope/pkg@1.0.0", "@tanstack/react-query@5.28.4",
                               "@aws-sdk/client-s3"]),
    "retina_asset": lambda: pick(["logo@2x.png", "icon@3x.png", "hero-banner@2x.jpg", "avatar-default@2x.webp",
                                  "AppIcon60x60@3x.png", "sprite@1.5x.svg", "btn_close@2x.png"]),
    "twitter_handle": lambda: pick(["@NASA", "@rustlang", "@github", "@nytimes", "@WHO", "@SpaceX", "@python_tip",
                                    "@ThePSF", "@BBCBreaking", "@elonmusk", "@vercel", "@kubernetesio"]),
}
LOOK_NAMES = sorted(LOOKALIKES)

# --------------------------------------------------------------------------
# segments: text is assembled from str and tagged items so offsets are exact
# --------------------------------------------------------------------------


class It:
    __slots__ = ("t", "kind", "value", "sub", "extra")

    def __init__(self, t, kind, value, sub=None, extra=None):
        self.t, self.kind, self.value, self.sub, self.extra = t, kind, value, sub, extra or {}

    def seg(self, value=None):
        return (self.t, self.kind, self.value if value is None else value)


def fill(template, item, **kw):
    """Split `template` on {v} and put the item there; other {x} keys via kw."""
    for k, v in kw.items():
        template = template.replace("{" + k + "}", v)
    parts = template.split("{v}")
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append(item.seg())
        if p:
            out.append(p)
    return out


def ctx():
    n = person()
    return dict(name=n, first=n.split()[0], company=pick(COMPANIES), title=pick(TITLES))


# ---- inline prose templates -------------------------------------------------
INLINE = {
    "email": ["You can reach {first} at {v}.", "Questions? Write to {v}", "Please send your CV to {v} before Friday.",
              "(contact: {v})", "Her new address is \"{v}\" – the old one bounces.", "Send feedback to <{v}>.",
              "{v} is the best way to get in touch with {first}.", "Email me at {v}!", "My e-mail: {v}; my colleague handles billing.",
              "For press inquiries, contact '{v}'.", "Reply-To: {v}", "I forwarded it to {first} ({v}) yesterday.",
              "Drop a line to {v}, or use the form below.", "Contact: {v}.", "CC {v} on anything urgent,"],
    "phone": ["Call us on {v} between 9 and 5.", "For appointments ring {v}.", "Mobile: {v}", "You can text {first} at {v}, or leave a voicemail.",
              "(tel. {v})", "Our hotline {v} is open on weekdays.", "Please call \"{v}\" if the door is locked.",
              "{v} — that's the after-hours number.", "Reach the front desk at {v}; ask for {first}.", "Phone {v}.",
              "WhatsApp me: {v}", "If nobody answers, try {first}'s cell ({v}).", "Tel.:{v}", "Call {v}!"],
    "ip": ["The failed logins all came from {v}, according to the firewall.", "Our server at {v} was unreachable for an hour.",
           "Whitelist {v} in the admin panel.", "I'm connecting from {v} (my home router's public address).",
           "Blocked host: {v}", "The DNS record points to {v}.", "Traffic spiked from {v}; we rate-limited it.",
           "ssh -p 2222 {v}", "Client address \"{v}\" was banned for 24h.", "Origin IP={v},"],
    "card": ["Charge it to my card {v}, expiry 09/27.", "Card number: {v}", "I paid with {brand} {v} but the order failed.",
             "Please refund to {v}.", "The customer read out {v} over the phone.", "({brand}: {v})", "PAN \"{v}\" was declined;",
             "Use {v} for the hotel deposit."],
    "iban": ["Please transfer the deposit to {v} (account holder: {name}).", "IBAN: {v}", "Bank details — {v}, reference \"rent\".",
             "Pay to {v}.", "Refunds go to {name}'s account {v};", "IBAN {v} (please double-check before sending)",
             "Our new account is {v}!"],
    "ssn": ["SSN: {v}", "Her social security number is {v}.", "(SSN {v})", "Applicant {name}, SSN {v}, was approved.",
            "Social Security No.: {v}"],
    "cpf": ["CPF: {v}", "CPF nº {v}", "Registered under CPF {v}.", "Cliente {name} (CPF {v})", "Enter your CPF ({v}) at checkout."],
    "dni": ["DNI {v}", "NIF: {v}", "Holder: {name}, DNI {v}.", "Please bring your DNI ({v}) to the appointment.", "documento: {v}"],
    "cf": ["Codice fiscale: {v}", "C.F. {v}", "Her tax code is {v}.", "{name} (CF {v}) signed the lease.", "codice fiscale \"{v}\""],
    "cnid": ["身份证号：{v}", "Resident ID: {v}", "ID card no. {v} ({name})", "Citizen ID {v} was verified.", "证件号码 {v}"],
    "aws": ["AWS_ACCESS_KEY_ID={v}", "aws_access_key_id = {v}", "The leaked key {v} was rotated this morning.", "Access key: {v}"],
    "github": ["GITHUB_TOKEN={v}", "Authorization: token {v}", "I accidentally pushed my PAT ({v}) to the repo.", "export GH_TOKEN={v}"],
    "slack_bot": ["SLACK_BOT_TOKEN={v}", "token: '{v}'", "The bot uses {v} to post messages.", "slack_token={v}"],
    "slack_user": ["SLACK_USER_TOKEN={v}", "user token {v} (revoke after demo)", "\"token\": \"{v}\""],
    "stripe": ["stripe.api_key = \"{v}\"", "STRIPE_SECRET_KEY={v}", "Our live key is {v}, keep it out of the frontend.",
               "const stripe = require('stripe')('{v}');"],
    "google": ["https://maps.googleapis.com/maps/api/js?key={v}&callback=initMap", "GOOGLE_API_KEY={v}",
               "<script src=\"https://maps.googleapis.com/maps/api/js?key={v}\"></script>", "The Maps key {v} is restricted to our domain."],
    "jwt": ["Authorization: Bearer {v}", "token={v}", "\"id_token\": \"{v}\"", "Paste this JWT into the debugger: {v}",
            "Cookie: session={v}"],
    "password": ["Login with user admin and password: {v}", "wifi password: {v}", "The new Password: {v}", "(password: {v})",
                 "PASSWORD={v}", "DB_PASSWORD={v}", "MYSQL_ROOT_PASSWORD={v}", "SMTP_PASSWORD={v}", "password: {v}"],
}

LOOK_INLINE = {
    "software_version": ["Upgrade to {v} before the next release.", "Tested on version {v}.", "The changelog for {v} lists two fixes.", "(requires {v} or later)"],
    "browser_version": ["The bug only reproduces on {v}.", "User agent contains {v}.", "Works in {v}, fails elsewhere."],
    "os_build": ["The crash happened on Windows build {v}.", "OS version: {v}", "Fixed in build {v}."],
    "ipv4_like_version": ["Firmware {v} fixed the Wi-Fi drops.", "AssemblyVersion(\"{v}\")", "Update the app to version {v}.", "Installed build {v} last night."],
    "date": ["The deadline is {v}.", "Published {v}.", "Meeting moved to {v}.", "({v})", "Valid until {v}."],
    "time": ["Doors open at {v}.", "The train leaves at {v}.", "Last backup: {v}."],
    "datetime": ["Last modified: {v}", "Created at {v}.", "Timestamp {v}"],
    "currency": ["The total came to {v}.", "Price: {v}", "They raised {v} in the seed round.", "({v} incl. VAT)"],
    "isbn": ["ISBN {v}", "See the book (ISBN: {v}) for details.", "ISBN: {v}"],
    "issn": ["ISSN {v}", "Journal of Applied Things (ISSN: {v})"],
    "doi": ["doi:{v}", "https://doi.org/{v}", "See {v} for the full paper."],
    "uuid": ["request_id={v}", "Session {v} expired.", "Device ID: {v}"],
    "md5": ["MD5 checksum: {v}", "md5sum → {v}"],
    "sha1": ["SHA-1: {v}", "Fingerprint {v}"],
    "sha256": ["sha256:{v}", "Verify the download: {v}", "SHA256 ({v})"],
    "git_sha": ["Fixed in commit {v}.", "git checkout {v}", "Reverted {v} after the outage."],
    "unix_ts_s": ["\"created_at\": {v}", "expires={v}", "Epoch {v} corresponds to the release."],
    "unix_ts_ms": ["\"ts\": {v}", "Date.now() returned {v}.", "lastSeen={v}"],
    "gps": ["Coordinates: {v}", "We met at {v}.", "GPS ({v})"],
    "arithmetic": ["Quick check: {v}.", "So {v}, which matches the invoice.", "{v}"],
    "equation": ["Solve {v} for x.", "Recall that {v}.", "The model is {v}."],
    "scientific_notation": ["Avogadro-ish: {v}.", "The rate was {v} per second.", "threshold = {v}"],
    "private_ip": ["Set the gateway to {v}.", "The printer is at {v} on the office LAN.", "Bind to {v} only.", "curl http://{v}:8080/health"],
    "reserved_ip": ["In the docs, the example host is {v}.", "Packets to {v} are dropped.", "The test fixture uses {v}."],
    "mac_address": ["MAC address: {v}", "Device {v} joined the network.", "Whitelisted hardware address {v}."],
    "luhn_fail_16": ["Membership no. {v}", "Voucher code {v}", "Reference: {v}", "Loyalty card {v} (expired)"],
    "order_number": ["Your order {v} has shipped.", "Order #: {v}", "Re: order {v}"],
    "invoice_number": ["Invoice {v} is overdue.", "Rechnung Nr. {v}", "Please quote {v} with payment."],
    "tracking_number": ["Tracking number: {v}", "The parcel ({v}) is in transit.", "Track {v} on the carrier site."],
    "case_number": ["Case {v} was closed.", "Ref. {v}", "Support ticket {v} escalated."],
    "postal_code": ["Postcode: {v}", "Shipping to ZIP {v}.", "postal code {v}"],
    "sports_score": ["They won {v} after extra time.", "Final score: {v}.", "Result ({v}) stands."],
    "page_range": ["See {v}.", "Cited at {v}.", "Read {v} for Monday."],
    "statistic": ["The survey reported {v}.", "Latest figure: {v}.", "({v})", "The headline number was {v} this year."],
    "cas_number": ["CAS {v}", "(CAS No. {v})", "CAS Registry Number {v}"],
    "patent_number": ["Protected by {v}.", "See patent {v}.", "({v})"],
    "sku": ["SKU: {v}", "Item {v} is back in stock.", "Part no. {v}"],
    "flight_number": ["I'm on flight {v} tomorrow.", "{v} was delayed by two hours.", "Flight: {v}"],
    "train_number": ["Take the {v} to Frankfurt.", "The {v} was cancelled.", "Connection: {v}"],
    "bible_verse": ["Today's reading is {v}.", "As {v} says, hope endures.", "({v})"],
    "chess_notation": ["The game opened {v}.", "White played {v} and resigned later.", "Best move: {v}"],
    "musical_key": ["The sonata is in {v}.", "Transpose it to {v}.", "Piano Sonata No. 14, {v}"],
    "port": ["The dev server listens on {v}.", "Expose {v} in the container.", "http://localhost{v}/docs"],
    "decorator": ["Add {v} above the handler.", "The {v} decorator registers the view."],
    "matmul": ["In NumPy, {v} is matrix multiplication.", "compute `{v}` first"],
    "cpp_scope": ["Prefer {v} over a raw array.", "Use {v} here."],
    "shell_subst": ["Run cd \"{v}\" first.", "The script expands {v} at runtime."],
    "npm_scope": ["npm install {v}", "Add {v} to devDependencies.", "Pin {v} in package.json."],
    "retina_asset": ["Replace {v} with the new artwork.", "<img src=\"/img/{v}\" alt=\"logo\">", "Missing asset: {v}"],
    "twitter_handle": ["Follow {v} for updates.", "(via {v})", "{v} posted the schedule."],
}

CODE_BLOCKS = {
    "decorator": ["```python\n{v}(\"/users/<int:user_id>\")\ndef show_user(user_id):\n    return render(user_id)\n```",
                  "```python\nclass Config:\n    {v}\n    def name(self):\n        return self._name\n```"],
    "matmul": ["```python\nimport numpy as np\ny = {v} + bias\n```", "```python\nscores = {v}\n```"],
    "cpp_scope": ["```cpp\n{v} items;\nitems.reserve(64);\n```", "```cpp\nauto x = {v};\n```"],
    "shell_subst": ["```bash\nexport ROOT={v}\n./configure --prefix=\"$ROOT/out\"\n```", "```sh\necho {v}\n```"],
    "npm_scope": ["```bash\nnpm i -D {v}\n```", "```json\n{ \"devDependencies\": { \"{v}\": \"^1.0.0\" } }\n```"],
}

LOOK_LABEL = {"date": ("Date", "date"), "time": ("Time", "time"), "datetime": ("Timestamp", "timestamp"),
              "currency": ("Amount", "amount"), "isbn": ("ISBN", "isbn"), "issn": ("ISSN", "issn"),
              "doi": ("DOI", "doi"), "uuid": ("Request ID", "request_id"), "md5": ("MD5", "md5"),
              "sha1": ("SHA-1", "sha1"), "sha256": ("SHA-256", "sha256"), "git_sha": ("Commit", "commit"),
              "unix_ts_s": ("Created (epoch)", "created_at"), "unix_ts_ms": ("Updated (ms)", "updated_ms"),
              "gps": ("Location", "location"), "order_number": ("Order", "order_id"),
              "invoice_number": ("Invoice", "invoice"), "tracking_number": ("Tracking", "tracking"),
              "case_number": ("Case", "case_id"), "postal_code": ("Postcode", "postcode"), "sku": ("SKU", "sku"),
              "flight_number": ("Flight", "flight"), "train_number": ("Train", "train"),
              "mac_address": ("MAC", "mac"), "private_ip": ("Gateway", "gateway"),
              "reserved_ip": ("Test host", "test_host"), "software_version": ("Version", "version"),
              "browser_version": ("Browser", "browser"), "os_build": ("OS build", "os_build"),
              "luhn_fail_16": ("Member no.", "member_no"), "cas_number": ("CAS", "cas"),
              "patent_number": ("Patent", "patent"), "statistic": ("Statistic", "stat"),
              "page_range": ("Pages", "pages"), "ipv4_like_version": ("Firmware", "firmware")}
NUMERIC_JSON = {"unix_ts_s", "unix_ts_ms"}


def pii_label(it):
    k, s = it.kind, it.sub
    if k == "email":
        return pick(["Email", "E-mail", "e-mail", "Mail", "EMAIL", "Contact", "Correo"]), pick(["email", "mail", "contact_email", "e_mail"])
    if k == "phone":
        return pick(["Phone", "Tel", "Tel.", "Mobile", "Cell", "Telefon", "Téléphone", "Fax", "Handy", "WhatsApp"]), pick(["phone", "mobile", "tel", "phone_number"])
    if k == "ip":
        return pick(["IP", "Client IP", "Remote addr", "Source", "Server IP", "Last login from"]), pick(["ip", "remote_addr", "client_ip", "last_login_ip"])
    if k == "card":
        return pick(["Card", "Card number", "CC", BRAND_NAME[s], "Payment card", "Kartennummer", "PAN"]), pick(["card_number", "pan", "cc"])
    if k == "iban":
        return pick(["IBAN", "Bank account", "Konto (IBAN)", "Account"]), pick(["iban", "bank_account"])
    if k == "national_id":
        return {"ssn": (pick(["SSN", "Social Security No."]), "ssn"), "cpf": ("CPF", "cpf"),
                "dni": (pick(["DNI", "NIF"]), "dni"), "cf": (pick(["Codice fiscale", "C.F."]), "codice_fiscale"),
                "cnid": (pick(["身份证号", "Resident ID", "ID number"]), "id_number")}[s]
    return {"aws": ("AWS access key", "aws_access_key_id"), "github": ("GitHub token", "github_token"),
            "slack_bot": ("Slack bot token", "slack_token"), "slack_user": ("Slack user token", "slack_token"),
            "stripe": ("Stripe key", "stripe_key"), "google": ("API key", "api_key"), "jwt": ("Token", "access_token"),
            "password": ("Password", "password")}[s]


# ---- layouts ------------------------------------------------------------------
def inline_segments(it):
    if it.t == "L":
        return fill(pick(LOOK_INLINE[it.kind]), it)
    key = it.kind if it.kind in INLINE else it.sub
    if it.kind in ("national_id", "secret"):
        key = it.sub
    c = ctx()
    brand = BRAND_NAME.get(it.sub, "card")
    return fill(pick(INLINE[key]), it, brand=brand, **c)


def can_block(it):
    if it.t == "L":
        return it.kind in LOOK_LABEL and LOOK_LABEL[it.kind] is not None
    return it.sub != "pem" and not (it.kind == "email" and it.sub in EMAIL_OBFUSCATED and rng.random() < 0.5)


def kv_block(items):
    segs = []
    if rng.random() < 0.6:
        segs.append(pick(["Contact details", "Customer record", "Account summary", "Booking", "Profile",
                          "Billing information", "Registration", "Details"]) + pick([":\n", "\n", "\n\n"]))
    sep = pick([": ", ": ", ":\t", " - ", " = ", ":\n", ": "])
    bullet = pick(["", "", "- ", "* ", "• "])
    for it in items:
        lab = LOOK_LABEL[it.kind][0] if it.t == "L" else pii_label(it)[0]
        if it.t == "P" and it.sub == "password":
            lab = pick(["Password", "password"])
            s = ": "
        else:
            s = sep
        segs += [bullet + lab + s, it.seg(), "\n"]
    segs[-1] = "" if rng.random() < 0.5 else "\n"
    return segs


def table_block(items):
    rows = [(LOOK_LABEL[it.kind][0] if it.t == "L" else pii_label(it)[0], it) for it in items]
    segs = []
    if rng.random() < 0.5:   # field | value table
        segs.append(pick(["| Field | Value |\n|---|---|\n", "| Key | Value |\n| --- | --- |\n", "Field | Value\n------|------\n"]))
        pipe_edge = segs[0].startswith("|")
        for lab, it in rows:
            segs += [("| " if pipe_edge else "") + lab + " | ", it.seg(), " |\n" if pipe_edge else "\n"]
    else:                    # one wide row
        labs = ["Name"] + [r[0] for r in rows]
        segs.append("| " + " | ".join(labs) + " |\n|" + "|".join("---" for _ in labs) + "|\n| " + person() + " | ")
        for i, (lab, it) in enumerate(rows):
            segs += [it.seg(), " |" if i == len(rows) - 1 else " | "]
        segs.append("\n")
    return segs


def json_block(items):
    keys = []
    segs = [pick(["```json\n", "", "Response body: ", "payload = "]) ]
    fenced = segs[0] == "```json\n"
    pretty = rng.random() < 0.5
    segs.append("{" + ("\n  " if pretty else ""))
    first = True
    if rng.random() < 0.5:
        segs.append(f"\"name\": \"{person()}\"")
        first = False
    for it in items:
        k = LOOK_LABEL[it.kind][1] if it.t == "L" else pii_label(it)[1]
        while k in keys:
            k += "_2"
        keys.append(k)
        if not first:
            segs.append(",\n  " if pretty else ", ")
        first = False
        if it.t == "L" and it.kind in NUMERIC_JSON:
            segs += [f"\"{k}\": ", it.seg()]
        else:
            segs += [f"\"{k}\": \"", it.seg(), "\""]
    segs.append(("\n}" if pretty else "}") + ("\n```" if fenced else ""))
    return segs


def signature_block(items):
    c = ctx()
    segs = [pick(["--\n", "-- \n", "Best regards,\n", "Kind regards,\n", "Cheers,\n", "Mit freundlichen Grüßen\n"]),
            c["name"] + "\n" + c["title"] + pick([" | ", ", ", "\n"]) + c["company"] + "\n"]
    for it in items:
        if it.kind == "email":
            lab = pick(["E: ", "Email: ", "✉ ", "", "mail: "])
        elif it.kind == "phone":
            lab = pick(["T: ", "M: ", "Tel ", "Mobile: ", "☎ ", "Direct: ", "p. "])
        else:
            lab = LOOK_LABEL[it.kind][0] + ": " if it.t == "L" else pii_label(it)[0] + ": "
        segs += [lab, it.seg(), "\n"]
    if rng.random() < 0.5:
        segs.append("www." + c["company"].lower().replace(" ", "-") + pick([".com", ".co.uk", ".de", ".io"]) + "\n")
    segs[-1] = segs[-1].rstrip("\n") if isinstance(segs[-1], str) else segs[-1]
    return segs


def vcard_block(items):
    c = ctx()
    first, last = c["name"].split(" ", 1)
    segs = ["BEGIN:VCARD\nVERSION:" + pick(["3.0", "4.0", "2.1"]) + f"\nN:{last};{first};;;\nFN:{c['name']}\nORG:{c['company']}\n"]
    for it in items:
        if it.kind == "phone":
            segs += ["TEL;TYPE=" + pick(["cell", "work,voice", "home", "CELL", "mobile"]) + ":", it.seg(), "\n"]
        elif it.kind == "email":
            segs += ["EMAIL;TYPE=" + pick(["INTERNET", "work", "home", "pref,internet"]) + ":", it.seg(), "\n"]
        elif it.t == "L":
            segs += ["REV:" if it.kind == "datetime" else "NOTE:", it.seg(), "\n"]
    segs.append("END:VCARD")
    return segs


def log_block(items):
    segs = []
    for it in items:
        ts = It("L", "datetime", "")
        style = pick(["plain", "apache", "sshd", "json", "bracket"])
        d = dt.datetime(2019, 1, 1) + dt.timedelta(seconds=rng.randrange(6 * 365 * 86400))
        if style == "apache" and it.kind == "ip":
            ts.value = d.strftime("%d/%b/%Y:%H:%M:%S +0000")
            ua = It("L", "browser_version", LOOKALIKES["browser_version"]())
            segs += [it.seg(), " - - [", ts.seg(), "] \"" + pick(["GET", "POST"]) + " " + pick(["/", "/login", "/wp-admin/", "/api/v1/items?page=2"]) +
                     f" HTTP/1.1\" {pick(['200', '301', '404', '403'])} {rng.randint(200, 90000)} \"-\" \"Mozilla/5.0 (X11; Linux x86_64) ", ua.seg(), "\"\n"]
            continue
        if style == "sshd" and it.kind == "ip":
            ts.value = d.strftime("%b %d %H:%M:%S")
            segs += [ts.seg(), f" web{rng.randint(1, 9)} sshd[{rng.randint(1000, 65000)}]: Failed password for invalid user {pick(['admin', 'root', 'test', 'oracle'])} from ",
                     it.seg(), f" port {rng.randint(1024, 65535)} ssh2\n"]
            continue
        if style == "json":
            ts.value = d.strftime("%Y-%m-%dT%H:%M:%SZ")
            key = {"ip": "src_ip", "email": "user"}.get(it.kind, "host" if it.t == "L" else "value")
            segs += ["{\"ts\": \"", ts.seg(), "\", \"level\": \"" + pick(["info", "warn"]) + "\", \"msg\": \"" + pick(["login ok", "password reset", "session start"]) +
                     f"\", \"{key}\": \"", it.seg(), "\"}\n"]
            continue
        ts.value = d.strftime("%Y-%m-%d %H:%M:%S")
        if style == "bracket":
            segs += ["[", ts.seg(), "] " + pick(["INFO", "WARN", "DEBUG"]) + " "]
        else:
            segs += [ts.seg(), " "]
        if it.kind == "email":
            segs += [pick(["password reset requested for ", "login ok user=", "invite sent to ", "bounce: "]), it.seg(), "\n"]
        else:
            segs += [pick(["login ok from ", "connection refused from ", "GET /health from ", "new session ip=", "rate limit hit by "]), it.seg(), "\n"]
    return segs


def env_block(items):
    fenced = rng.random() < 0.5
    segs = [pick(["```bash\n", "```\n", "```ini\n"]) if fenced else "", pick(["# .env\n", "# production settings\n", ""])]
    used = set()
    for it in items:
        if it.t == "P" and it.kind == "secret":
            var = {"aws": "AWS_ACCESS_KEY_ID", "github": "GITHUB_TOKEN", "slack_bot": "SLACK_BOT_TOKEN",
                   "slack_user": "SLACK_USER_TOKEN", "stripe": "STRIPE_SECRET_KEY", "google": "GOOGLE_MAPS_API_KEY",
                   "jwt": "SERVICE_JWT", "password": pick(["PASSWORD", "DB_PASSWORD", "ADMIN_PASSWORD", "REDIS_PASSWORD"])}[it.sub]
        elif it.t == "P":
            var = {"ip": "DB_HOST", "email": "ADMIN_EMAIL", "phone": "ALERT_SMS_TO"}.get(it.kind, "VALUE")
        else:
            var = {"software_version": "APP_VERSION", "private_ip": "REDIS_HOST", "uuid": "INSTANCE_ID",
                   "sha256": "ARTIFACT_SHA256", "git_sha": "GIT_COMMIT", "unix_ts_s": "BUILD_TS"}.get(it.kind, LOOK_LABEL[it.kind][1].upper())
        while var in used:
            var += "_2"
        used.add(var)
        q = pick(["", "", "\""]) if not (it.t == "P" and it.sub == "password") else ""
        segs += [("export " if rng.random() < 0.15 else "") + var + "=" + q, it.seg(), q + "\n"]
    segs.append("```" if fenced else "")
    if not fenced:
        segs[-2] = segs[-2].rstrip("\n") if rng.random() < 0.5 else segs[-2]
    return segs


def yaml_block(items):
    segs = [pick(["```yaml\n", ""]), pick(["database:\n", "smtp:\n", "service:\n"])]
    for it in items:
        if it.t == "P" and it.sub == "password":
            segs += ["  password: ", it.seg(), "\n"]
        elif it.t == "P":
            k = {"ip": "host", "email": "from", "phone": "sms"}.get(it.kind, pii_label(it)[1])
            segs += [f"  {k}: ", it.seg(), "\n"]
        else:
            segs += [f"  {LOOK_LABEL[it.kind][1]}: ", it.seg(), "\n"]
    segs.append("  port: " + str(pick([5432, 3306, 587, 6379])) + ("\n```" if segs[0] else ""))
    return segs


def html_block(items):
    segs = [pick(["<div class=\"contact\">\n", "<footer>\n", "<p>\n", ""])]
    for it in items:
        if it.kind == "email":
            r = rng.random()
            if r < 0.5:
                segs += ["  <a href=\"mailto:", it.seg(), "\">", it.seg(), "</a><br>\n"]
            elif r < 0.8:
                segs += ["  <a href=\"mailto:", it.seg(), "?subject=Hello\">" + pick(["Email us", "Contact", "Write to me"]) + "</a>\n"]
            else:
                segs += ["  <span class=\"email\">", it.seg(), "</span>\n"]
        elif it.kind == "phone":
            e = It("P", "phone", it.extra.get("e164", ""))
            if e.value and rng.random() < 0.6:
                segs += ["  <a href=\"tel:", e.seg(), "\">", it.seg(), "</a><br>\n"]
            else:
                segs += ["  <span class=\"tel\">", it.seg(), "</span><br>\n"]
        elif it.kind == "ip":
            if rng.random() < 0.5:
                segs += ["  <td>", it.seg(), "</td>\n"]
            elif ":" in it.value:
                segs += ["  <a href=\"http://[", it.seg(), "]:8080/\">dashboard</a>\n"]
            else:
                segs += ["  <a href=\"http://", it.seg(), "/\">dashboard</a>\n"]
        else:
            lab = LOOK_LABEL[it.kind][0] if it.t == "L" else pii_label(it)[0]
            segs += [f"  <td>{lab}</td><td>", it.seg(), "</td>\n"]
    segs.append({"<div class=\"contact\">\n": "</div>", "<footer>\n": "</footer>", "<p>\n": "</p>", "": ""}[segs[0]])
    return segs


def md_segments(it):
    if it.kind == "email":
        return pick([["[Email " + ctx()["first"] + "](mailto:", it.seg(), ")"], ["[", it.seg(), "](mailto:", it.seg(), ")"],
                     ["Contact: [", it.seg(), "](mailto:", it.seg(), "?subject=Question)"], ["<", it.seg(), ">"]])
    if it.kind == "phone":
        e = It("P", "phone", it.extra.get("e164", ""))
        if e.value and rng.random() < 0.6:
            return ["[Call ", it.seg(), "](tel:", e.seg(), ")"]
        return ["**Phone:** ", it.seg()]
    if it.kind == "ip":
        if ":" in it.value:
            return pick([["[status page](http://[", it.seg(), "]:" + str(pick([8080, 8443, 9090])) + "/status)"],
                         ["[API](https://[", it.seg(), "]/v1/)"]])
        return pick([["[admin panel](http://", it.seg(), ":" + str(pick([8080, 8443, 3000])) + "/admin)"],
                     ["[mirror](https://", it.seg(), "/pub/)"], ["`", it.seg(), ":" + str(pick([22, 443, 5432])) + "`"]])
    return inline_segments(it)


def ip_url_segments(it):
    port = str(pick([80, 443, 8080, 8443, 3000, 5000, 9000, 25565]))
    if ":" in it.value:
        return pick([["Open https://[", it.seg(), "]:" + port + "/ in your browser."], ["Listening on [", it.seg(), "]:" + port],
                     ["curl -6 \"http://[", it.seg(), "]/healthz\""]])
    return pick([["Open http://", it.seg(), ":" + port + "/ in your browser.", ], ["Endpoint: https://", it.seg(), "/api/v2/status"],
                 ["The service is reachable at ", it.seg(), ":" + port + "."], ["proxy_pass http://", it.seg(), ":" + port + ";"]])


def shout_segments(items):
    segs = [pick(["URGENT!!! ", "PLEASE ", "ATTENTION: ", "NOTE - ", ""])]
    for i, it in enumerate(items):
        v = it.value.upper()
        lead = {"email": pick(["EMAIL ", "WRITE TO ", "CONTACT "]), "phone": pick(["CALL ", "TEXT ", "RING "]),
                "ip": "BLOCK ", "card": "CARD ", "iban": "PAY TO ", "national_id": "ID "}[it.kind]
        if i:
            segs.append(pick([" OR ", " AND ", ", "]))
        segs += [lead, it.seg(v)]
    segs.append(pick([" NOW!!!", " ASAP!", " TODAY.", "!!!", " BEFORE FRIDAY!!"]))
    return segs


def csv_block(items):
    head = ["name"] + [(LOOK_LABEL[it.kind][1] if it.t == "L" else pii_label(it)[1]) for it in items]
    segs = [",".join(head) + "\n" + person() + ","]
    for i, it in enumerate(items):
        q = "\"" if ("," in it.value or rng.random() < 0.2) else ""
        segs += [q, it.seg(), q, "," if i < len(items) - 1 else ""]
    return segs


def pem_block(it):
    fenced = rng.random() < 0.6
    segs = [pick(["Here is the deploy key — do not share it:\n", "id_rsa:\n", "Key material follows.\n", "", "server.key\n"])]
    if fenced:
        segs.append("```\n")
    segs.append(it.seg())
    if fenced:
        segs.append("\n```")
    return segs


def code_block(it):
    return fill(pick(CODE_BLOCKS[it.kind]), it)


def render(items):
    """Group items into snippets. Returns list of (mode, segments), mode in {'inline','block'}."""
    pool = items[:]
    rng.shuffle(pool)
    out = []
    while pool:
        it = pool.pop(0)
        if it.t == "P" and it.sub == "pem":
            out.append(("block", pem_block(it)))
            continue
        if it.t == "L":
            if it.kind in CODE_BLOCKS and rng.random() < 0.45:
                out.append(("block", code_block(it)))
                continue
            if not can_block(it) or rng.random() < 0.6:
                out.append(("inline", inline_segments(it)))
                continue
        opts = []
        k = it.kind
        if it.t == "L":
            opts = ["kv", "table", "json", "csv"] + (["env", "yaml"] if it.kind in ("software_version", "private_ip", "uuid", "sha256", "git_sha", "unix_ts_s") else [])
            if it.kind in ("private_ip", "reserved_ip"):
                opts += ["log"]
        else:
            opts = ["inline", "inline", "inline", "kv", "table", "bullets"]
            if k == "email":
                opts += ["json", "signature", "vcard", "log", "html", "md", "shout", "csv", "env"]
            elif k == "phone":
                opts += ["json", "signature", "vcard", "html", "md", "shout", "csv"]
            elif k == "ip":
                opts += ["json", "log", "log", "html", "md", "url", "url", "shout", "env", "yaml", "csv"]
            elif k == "card":
                opts += ["json", "shout", "csv"]
            elif k == "iban":
                opts += ["json", "shout", "csv"]
            elif k == "national_id":
                opts += ["json", "csv"] + (["shout"] if it.sub in ("ssn", "cpf", "dni") else [])
            elif k == "secret":
                opts += ["env", "env", "yaml" if it.sub == "password" else "env"] + (["json"] if it.sub != "password" else [])
                opts = [o for o in opts if o not in ("table", "bullets")] if it.sub == "password" else opts
            if k == "email" and it.sub in EMAIL_OBFUSCATED:
                opts = [o for o in opts if o in ("inline", "kv", "signature", "bullets", "shout", "table")]
        lay = pick(opts)
        if lay in ("inline", "md", "url") or (lay == "shout" and rng.random() < 0.5):
            if lay == "inline":
                out.append(("inline_eol" if it.sub == "password" else "inline", inline_segments(it)))
            elif lay == "md":
                out.append(("inline", md_segments(it)))
            elif lay == "url":
                out.append(("inline", ip_url_segments(it)))
            else:
                out.append(("inline", shout_segments([it])))
            continue

        def accepts(o):
            if o.t == "P" and o.sub == "pem":
                return False
            if lay in ("kv", "table", "bullets", "csv"):
                return can_block(o) and not (lay in ("table", "bullets", "csv") and o.t == "P" and o.sub == "password")
            if lay == "json":
                return can_block(o) and not (o.t == "P" and o.sub == "password")
            if lay in ("signature", "vcard"):
                return o.kind in ("email", "phone") or (lay == "vcard" and o.t == "L" and o.kind == "datetime")
            if lay == "log":
                return o.kind in ("ip", "email", "private_ip", "reserved_ip") and not (o.kind == "email" and o.sub in EMAIL_OBFUSCATED)
            if lay == "html":
                return o.kind in ("email", "phone", "ip") and not (o.kind == "email" and o.sub in EMAIL_OBFUSCATED)
            if lay == "shout":
                return o.t == "P" and o.kind in ("email", "phone", "ip", "card", "iban") and o.sub != "pem"
            if lay in ("env", "yaml"):
                return (o.t == "P" and o.kind in ("secret", "ip", "email") and o.sub not in EMAIL_OBFUSCATED) or \
                    (o.t == "L" and o.kind in ("software_version", "private_ip", "uuid", "sha256", "git_sha", "unix_ts_s"))
            return False
        group = [it]
        for o in list(pool):
            if len(group) >= 5:
                break
            if accepts(o) and rng.random() < 0.7:
                group.append(o)
                pool.remove(o)
        if lay == "kv":
            segs = kv_block(group)
        elif lay == "bullets":
            segs = []
            mark = pick(["- ", "* ", "• ", "1. "])
            for i, g in enumerate(group):
                m = f"{i + 1}. " if mark == "1. " else mark
                lab = LOOK_LABEL[g.kind][0] if g.t == "L" else pii_label(g)[0]
                segs += [m + lab + ": ", g.seg(), "\n" if i < len(group) - 1 else ""]
        elif lay == "table":
            segs = table_block(group)
        elif lay == "json":
            segs = json_block(group)
        elif lay == "signature":
            segs = signature_block(group)
        elif lay == "vcard":
            segs = vcard_block(group)
        elif lay == "log":
            segs = log_block(group)
        elif lay == "html":
            segs = html_block(group)
        elif lay == "shout":
            segs = shout_segments(group)
            out.append(("inline", segs))
            continue
        elif lay == "env":
            segs = env_block(group)
        elif lay == "yaml":
            segs = yaml_block(group)
        elif lay == "csv":
            segs = csv_block(group)
        else:
            raise ValueError(lay)
        out.append(("block", segs))
    return out


# --------------------------------------------------------------------------
# base texts
# --------------------------------------------------------------------------
PHONE_LIKE = re.compile(r"(?<![\w.])\+?\(?\d[\d ().\-/]{5,}\d(?!\w)")


def drop_reason(text):
    if "@" in text:
        return "contains '@'"
    for m in PHONE_LIKE.finditer(text):
        nd = sum(c.isdigit() for c in m.group())
        if 9 <= nd <= 15:
            return "phone-like number %r" % m.group()
    return None


def walk_outputs(obj):
    if isinstance(obj, dict):
        if isinstance(obj.get("output"), str):
            yield obj["output"]
        for v in obj.values():
            if isinstance(v, (dict, list)):
                yield from walk_outputs(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from walk_outputs(v)


def load_json_any(path):
    with open(path, encoding="utf-8") as f:
        raw = f.read()
    try:
        return [json.loads(raw)]
    except json.JSONDecodeError:
        return [json.loads(l) for l in raw.splitlines() if l.strip()]


def conversations_of(obj):
    """Yield lists of message strings from FastChat-style records."""
    if isinstance(obj, list):
        for v in obj:
            yield from conversations_of(v)
    elif isinstance(obj, dict):
        if isinstance(obj.get("conversations"), list):
            yield [m.get("value", "") for m in obj["conversations"] if isinstance(m, dict)]
        elif isinstance(obj.get("turns"), list) and all(isinstance(t, str) for t in obj["turns"]):
            yield list(obj["turns"])
        elif isinstance(obj.get("choices"), list):
            for ch in obj["choices"]:
                if isinstance(ch, dict) and isinstance(ch.get("turns"), list):
                    yield [t for t in ch["turns"] if isinstance(t, str)]


def load_sources(notes):
    src = {}
    # alpaca: every "output" string found in JSON/JSONL files of the directory
    alp = []
    if os.path.isdir(ALPACA_DIR):
        for fn in sorted(os.listdir(ALPACA_DIR)):
            if fn.endswith((".json", ".jsonl")):
                for i, o in enumerate(o for rec in load_json_any(os.path.join(ALPACA_DIR, fn)) for o in walk_outputs(rec)):
                    alp.append((f"alpaca:{fn}#output{i}", o))
                notes.append(f"stanford_alpaca: used file `{fn}` (\"output\" fields)")
    if not alp:
        notes.append("stanford_alpaca data missing -> fallback sharegpt_fastchat.json")
        for i, conv in enumerate(conversations_of(load_json_any(FALLBACK_SHAREGPT))):
            alp.append((f"sharegpt_fastchat.json#conv{i}", "\n\n".join(conv)))
    src["alpaca"] = alp
    fc = []
    if os.path.isdir(FASTCHAT_DIR):
        for dp, dn, fns in sorted(os.walk(FASTCHAT_DIR)):
            dn.sort()
            for fn in sorted(fns):
                if not fn.endswith((".json", ".jsonl")):
                    continue
                rel = os.path.relpath(os.path.join(dp, fn), FASTCHAT_DIR)
                convs = list(conversations_of(load_json_any(os.path.join(dp, fn))))
                if convs:
                    notes.append(f"fastchat: used conversation file `{rel}` ({len(convs)} conversations)")
                for i, conv in enumerate(convs):
                    fc.append((f"fastchat:{rel}#conv{i}", "\n\n".join(conv)))
    if not fc:
        notes.append("fastchat conversation files missing -> fallback sharegpt_fastchat.json")
        for i, conv in enumerate(conversations_of(load_json_any(FALLBACK_SHAREGPT))):
            fc.append((f"sharegpt_fastchat.json#conv{i}", "\n\n".join(conv)))
    src["fastchat"] = fc
    with open(C4_FILE, encoding="utf-8") as f:
        lines = f.read().splitlines()
    src["c4"] = [(f"c4_demo.jsonl#line{i}", json.loads(lines[i])["text"]) for i in range(C4_FIRST, C4_LAST + 1)]
    return src


# --------------------------------------------------------------------------
# document assembly
# --------------------------------------------------------------------------
SITE_WORDS = ["lindenhof", "northpoint", "harbourview", "bluecrest", "greenleaf", "ironbridge", "meridian",
              "stonegate", "riverside", "kestrel", "solaris", "amberfield", "cedar-lane", "mosaic"]
SITE_SUFFIX = ["-dental", "-consulting", "-bikes", "-bakery", "-realty", "-clinic", "-tours", "-kanzlei", "-hotel", ""]
SITE_PATH = ["/contact", "/about-us", "/impressum", "/team", "/blog/opening-hours", "/", "/faq", "/kontakt", "/en/support"]


def make_url(tld):
    return "https://www." + pick(SITE_WORDS) + pick(SITE_SUFFIX) + tld + pick(SITE_PATH)


def boundaries(text):
    line = [0] + [m.end() for m in re.finditer(r"\n", text)] + [len(text)]
    sent = [m.end() for m in re.finditer(r"[.!?] (?=[A-Z])", text)]
    return sorted(set(line)), sorted(set(sent))


def last_char(out):
    for s in reversed(out):
        v = s if isinstance(s, str) else s[2]
        if v:
            return v[-1]
    return ""


def insert_snippets(text, snippets):
    lines, sents = boundaries(text)
    placed = []
    for mode, segs in snippets:
        if mode == "block" or not sents or rng.random() < 0.35 or (mode == "inline_eol" and rng.random() < 0.5):
            pos = pick(lines)
        else:
            pos = pick(sents)
        placed.append((pos, mode, segs))
    placed.sort(key=lambda x: x[0])
    out, prev = [], 0
    for pos, mode, segs in placed:
        chunk = text[prev:pos]
        if chunk:
            out.append(chunk)
        before = last_char(out)
        # separator before
        if pos == 0 and not out:
            pre = ""
        elif mode == "block":
            pre = "" if before == "\n" else "\n\n"
            if before == "\n" and rng.random() < 0.4:
                pre = "\n"
        else:
            pre = "" if before in ("\n", " ") else " "
        # separator after
        if pos == len(text):
            post = ""
        elif mode == "block":
            post = "\n" if text[pos:pos + 1] == "\n" or rng.random() < 0.3 else "\n\n"
            if text[pos:pos + 1] == "\n":
                post = "\n"
        else:
            post = " " if text[pos:pos + 1] not in ("\n", " ") else ""
            if pos in lines and pos not in sents and text[pos:pos + 1] != "\n" and rng.random() < 0.5:
                post = "\n"
        if mode == "inline_eol" and pos < len(text) and text[pos:pos + 1] != "\n":
            post = "\n"
        out += ([pre] if pre else []) + segs + ([post] if post else [])
        prev = pos
    if text[prev:]:
        out.append(text[prev:])
    return out


def assemble(segs):
    buf, spans, looks = [], [], []
    n = 0
    for s in segs:
        if isinstance(s, str):
            buf.append(s)
            n += len(s)
        else:
            t, kind, val = s
            rec = {"start": n, "end": n + len(val)}
            if t == "P":
                rec.update(kind=kind, value=val)
                spans.append(rec)
            else:
                rec.update(name=kind, value=val)
                looks.append(rec)
            buf.append(val)
            n += len(val)
    return "".join(buf), spans, looks


def main():
    selftest()
    notes = []
    src = load_sources(notes)
    dropped, kept = [], {}
    for name in ("alpaca", "fastchat", "c4"):
        kept[name] = []
        for sid, text in src[name]:
            r = drop_reason(text)
            if r:
                dropped.append((sid, r))
            elif text.strip():
                kept[name].append((sid, text))
            else:
                dropped.append((sid, "empty text"))
    # selection: all alpaca + all c4 + FastChat benchmark conversations; fill from dummy conversations
    base = kept["alpaca"] + kept["c4"]
    fc_bench = [x for x in kept["fastchat"] if "dummy" not in x[0]]
    fc_dummy = [x for x in kept["fastchat"] if "dummy" in x[0]]
    base += fc_bench
    need = max(0, TARGET_DOCS - len(base))
    base += sorted(rng.sample(fc_dummy, min(need, len(fc_dummy))), key=lambda x: fc_dummy.index(x))
    rng.shuffle(base)

    email_deck = Deck(EMAIL_STYLES)
    card_deck = Deck(CARD_BRANDS)
    iban_deck = Deck(list(IBAN_LEN))
    nid_deck = Deck(list(NID_GEN))
    sec_deck = Deck(SECRET_SUBS)
    phone_deck = Deck([(c, f) for c in PHONES for f in ("intl", "intl", "zero")])
    ip_deck = Deck(["v4", "v4", "v4", "v6c", "v6c", "v6full", "v6nolead", "v6upper"])
    kind_deck = Deck(KINDS + ["email", "phone"])
    look_deck = Deck(LOOK_NAMES)
    cc_deck = Deck(list(CCTLD))

    rows, srcs = [], []
    nat_stats = Counter()
    for sid, text in base:
        u = rng.random()
        url, url_cc = None, None
        if u < 0.25:
            url_cc = cc_deck.draw()
            url = make_url(CCTLD[url_cc])
        elif u < 0.32:
            url = make_url(pick([".com", ".org", ".net", ".io"]))
        n_p = rng.choices([0, 1, 2, 3, 4], weights=[20, 25, 25, 18, 12])[0]
        n_l = rng.choices([0, 1, 2, 3, 4], weights=[20, 25, 25, 18, 12])[0]
        kinds = [kind_deck.draw() for _ in range(n_p)]
        if url_cc and "phone" not in kinds and rng.random() < 0.9:
            kinds = (kinds[:-1] if len(kinds) >= 4 else kinds) + ["phone"]
        items = []
        for k in kinds:
            if k == "email":
                st = email_deck.draw()
                items.append(It("P", "email", gen_email(st), st))
            elif k == "phone":
                c, f = phone_deck.draw()
                if url_cc and rng.random() < 0.8:
                    c, f = url_cc, "nat"
                elif url is None and rng.random() < 0.22:
                    c, f = "US", "nat"
                if f == "nat":
                    assert (c == "US" and url is None) or (c == url_cc)
                    nat_stats[c] += 1
                p = PHONES[c]()
                v = pick(p[f])
                items.append(It("P", "phone", v, f"{c}:{f}", {"e164": p["e164"]}))
            elif k == "ip":
                f = ip_deck.draw()
                v = gen_ipv4() if f == "v4" else gen_ipv6({"v6c": "comp", "v6full": "full", "v6nolead": "nolead", "v6upper": "upper"}[f])
                items.append(It("P", "ip", v, f))
            elif k == "card":
                b = card_deck.draw()
                items.append(It("P", "card", gen_card(b), b))
            elif k == "iban":
                c = iban_deck.draw()
                items.append(It("P", "iban", gen_iban(c), c))
            elif k == "national_id":
                s = nid_deck.draw()
                items.append(It("P", "national_id", NID_GEN[s](), s))
            else:
                s = sec_deck.draw()
                items.append(It("P", "secret", gen_secret(s), s))
        for _ in range(n_l):
            nm = look_deck.draw()
            items.append(It("L", nm, LOOKALIKES[nm]()))
        for it in items:
            if it.t == "P":
                sub = it.sub.split(":")[0] if it.kind == "phone" else it.sub
                SUBS[(it.kind, sub)] += 1
                if it.kind == "phone":
                    SUBS[("phone form", it.sub.split(":")[1])] += 1
        snippets = render(items)
        segs = insert_snippets(text, snippets)
        full, spans, looks = assemble(segs)
        rows.append({"text": full, "language": "en", "url": url, "spans": spans, "lookalikes": looks})
        srcs.append(sid)

    # ---------------- verification ----------------
    pc, lc, sub_counts = Counter(), Counter(), Counter()
    for r in rows:
        allitems = sorted([(s["start"], s["end"]) for s in r["spans"]] + [(s["start"], s["end"]) for s in r["lookalikes"]])
        for a, b in zip(allitems, allitems[1:]):
            assert a[1] <= b[0], ("overlap", a, b)
        for s in r["spans"]:
            assert r["text"][s["start"]:s["end"]] == s["value"], s
            assert s["kind"] in KINDS and s["value"] == s["value"].strip() and s["value"]
            pc[s["kind"]] += 1
            v = s["value"]
            if s["kind"] == "card":
                assert luhn_ok(re.sub(r"\D", "", v))
            if s["kind"] == "iban":
                assert iban_valid(v)
        for s in r["lookalikes"]:
            assert r["text"][s["start"]:s["end"]] == s["value"], s
            lc[s["name"]] += 1
        r["spans"].sort(key=lambda x: x["start"])
        r["lookalikes"].sort(key=lambda x: x["start"])
    with open(OUT_JSONL, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    write_readme(rows, pc, lc, notes, dropped, srcs, nat_stats)
    print(json.dumps({"docs": len(rows), "spans": dict(sorted(pc.items())), "lookalikes": dict(sorted(lc.items())),
                      "dropped": len(dropped)}, ensure_ascii=False, indent=1))


def write_readme(rows, pc, lc, notes, dropped, srcs, nat_stats):
    src_counts = Counter(s.split(":")[0].split("#")[0] for s in srcs)
    fc_files = Counter(s.split("#")[0] for s in srcs if s.startswith("fastchat:"))
    n_with = sum(1 for r in rows if r["spans"])
    n_url = Counter("null" if r["url"] is None else "set" for r in rows)
    L = []
    L.append("# PII final held-out set (`final.jsonl`)\n")
    L.append("Rebuild (from the repository root):\n\n```\n.venv/bin/python bench/pii_final/make_final.py\n```\n")
    L.append("Standard library only, `random.Random(9091)`, deterministic: rerunning gives byte-identical files.\n")
    L.append("## Independence\n")
    L.append("Written without opening, reading or importing any detector code (`filters/pii.py`), the existing "
             "benchmark scripts (`bench/pii_eval.py`, `bench/pii_speed.py`), the other labelled sets "
             "(`bench/pii_sets/`, `bench/pii_heldout/`) or `tests/test_pii.py`. Formats, numbering-plan rules and "
             "check-digit algorithms were implemented from their public definitions (Luhn; ISO 13616 IBAN mod-97; "
             "Belgian BBAN mod-97; Spanish CCC control digits; French RIB key; Italian CIN; Dutch 11-test; Polish "
             "bank-code check; Spanish DNI letter; Italian codice fiscale check letter; Brazilian CPF; Chinese "
             "resident id ISO 7064 MOD 11-2; GitHub token CRC32/base62 suffix; ISBN-10/13; ISSN; CAS). "
             "A self-test on published example values runs before generation.\n")
    L.append("## Base text\n")
    L.append(f"{len(rows)} documents, language `en`. Sources (documents used):\n")
    L.append(f"- `/work/shared/data/stanford_alpaca`: the only JSON data file present is `seed_tasks.jsonl` "
             f"(no `alpaca_data.json`); every `instances[].output` string is one document — {src_counts.get('alpaca', 0)} docs.")
    L.append(f"- `/work/shared/data/fastchat`: conversation files; each conversation's message values "
             f"(`conversations[].value`, or `turns[]` in the MT-Bench / Vicuna-bench files) joined with a blank line "
             f"is one document — {sum(fc_files.values())} docs (" + ", ".join(f"`{k.split(':', 1)[1]}` {v}" for k, v in sorted(fc_files.items())) +
             "). All benchmark conversations are used; `dummy_conversation.json` conversations are sampled (seeded) to reach the target size.")
    L.append(f"- `data/sample/c4_demo.jsonl` records with 0-based line index {C4_FIRST}–{C4_LAST} (i.e. the second half, "
             f"file lines {C4_FIRST + 1}–{C4_LAST + 1}), field `text` — {src_counts.get('c4_demo.jsonl', 0)} docs.")
    L.append("\nThe fallback `data/sample/sft/sharegpt_fastchat.json` was not needed (all shared files present).\n"
             if not any("fallback" in n for n in notes) else "\nFallback used: " + "; ".join(n for n in notes if "fallback" in n) + "\n")
    L.append("Texts are used as they come. The only pre-filter drops a record that already contains an `@` or a "
             "phone-like number (regex `(?<![\\w.])\\+?\\(?\\d[\\d ().\\-/]{5,}\\d(?!\\w)` with 9–15 digits), so that unlabelled "
             f"PII cannot hide in the base text. Dropped records ({len(dropped)}):\n")
    for sid, why in dropped:
        L.append(f"- `{sid}` — {why}")
    L.append("")
    L.append("## Insertion method\n")
    L.append("Each document receives 0–4 personal-data items and 0–4 look-alikes (weights 20/25/25/18/12 % for 0..4). "
             "Kinds, sub-formats and look-alike names are drawn from shuffled decks so every variant is covered evenly. "
             "Items are rendered into snippets with invented wording and layouts: inline prose (values next to "
             "punctuation, parentheses, quotes, angle brackets, at the very start or end of a document), key: value "
             "blocks (sometimes with a line break between label and value), `|` tables, bullet lists, e-mail "
             "signatures, vCard blocks (`TEL;TYPE=cell:...`), JSON snippets, CSV, log lines (plain, Apache combined, "
             "sshd, JSON logs), `.env`/YAML config, HTML (`<a href=\"mailto:...\">`, `tel:` links, `<td>`), markdown "
             "links, URLs with ports, uppercase shouting, fenced code. Snippets are inserted at line or sentence "
             "boundaries of the base text. Text is built from tagged segments, so offsets are exact; the script "
             "asserts `text[start:end] == value` for every item, no overlaps, Luhn for cards and mod-97 for IBANs.\n")
    L.append("Span boundaries cover the value only: no `mailto:`/`tel:` prefix, no port, no `password:` label, no "
             "quotes; PEM blocks run from the `-----BEGIN` line through the `-----END ...-----` line. An `<a "
             "href=\"tel:+...\">` link yields two phone spans (E.164 target and displayed number); a mailto link whose "
             "text repeats the address yields two e-mail spans. Log-line timestamps and user-agent browser versions "
             "inside generated log lines are recorded as look-alikes (`datetime`, `browser_version`).\n")
    L.append("### Personal-data kinds\n")
    L.append("- **email**: plain, dotted, hyphen/underscore, digits, `+tag` subaddress, multi-level domains, new gTLDs "
             "(.dev .app .io .shop .xyz .tech .cloud .ai .store .design); obfuscated `[at]/[dot]`, `(at)/(dot)`, `{at}`, "
             "prose ` at … dot `, `AT … DOT`, spaced `name @ domain . tld` (the span covers the whole obfuscated form).")
    L.append("- **phone**: 18 countries (US, CA, GB, DE, FR, IT, ES, BR, IN, AU, JP, CH, SE, PL, MX, ZA, IE, SG) in "
             "`+CC` and `00CC` forms plus E.164 in `tel:` links; hand-written allocated-range rules (NANP NXX rules, no "
             "555; Ofcom drama ranges, ACMA fictional 0491 57x and ARCEP fictional blocks avoided; mobile prefixes per "
             "plan). National forms only for the country whose ccTLD is the document `url` (US national only with "
             "`url` null). National-format counts: " + ", ".join(f"{k} {v}" for k, v in sorted(nat_stats.items())) + ".")
    L.append("- **ip**: public IPv4 (excluding 0/8, 10/8, 100.64/10, 127/8, 169.254/16, 172.16/12, 192.0.0/24, "
             "192.0.2/24, 192.88.99/24, 192.168/16, 198.18/15, 198.51.100/24, 203.0.113/24, 224/4, 240/4) and global "
             "IPv6 from the RIR /12 blocks 2400::, 2600::, 2800::, 2a00::, 2c00:: (so never 2001::/23 incl. "
             "2001:db8::/32, 2002::/16, 3fff::/20, ULA, link-local); compressed, full, no-leading-zero and uppercase; "
             "in URLs (`http://[v6]:8080/`), with ports, in logs.")
    L.append("- **card**: Visa, Mastercard (51–55 and 2221–2720), Amex (15), Discover (6011/644–649/65), JCB "
             "(3528–3589), Diners (36 and 300–305, 14 digits); Luhn-valid; space, hyphen or no separator.")
    L.append("- **iban**: DE, AT, CH, FR (with RIB key), BE (with national mod-97 check), ES (with both CCC control "
             "digits), IT (with CIN), NL (11-test), GB, IE, PL (bank-code check); grouped by 4 or compact.")
    L.append("- **national_id**: US SSN (dashes, no 000/666/9xx areas), Brazilian CPF (formatted), Spanish DNI "
             "(8 digits + letter), Italian codice fiscale (consonant/vowel rules, month letter, +40 for women, "
             "municipality code, check letter), Chinese resident id (real region codes, valid date, ISO 7064 check).")
    L.append("- **secret**: AWS `AKIA` ids, GitHub `ghp_` tokens (with CRC32 suffix), Slack `xoxb-`/`xoxp-`, Stripe "
             "`sk_live_`, Google `AIza` keys (39 chars), PEM private-key blocks (RSA / PKCS#8 / EC / OpenSSH), "
             "JWTs (header `{\"alg\":\"HS256\",\"typ\":\"JWT\"}`, JSON payload, HMAC-SHA256 signature), passwords as "
             "`password: X` (any case) or config `...PASSWORD=X`.\n")
    L.append(f"Documents with at least one personal-data span: {n_with}; without: {len(rows) - n_with}. "
             f"`url` null: {n_url['null']}, set: {n_url['set']} (synthetic site URLs; ccTLD URLs carry national phone numbers).\n")
    L.append("## Counts\n")
    L.append("| kind | spans |\n|---|---|")
    for k in KINDS:
        L.append(f"| {k} | {pc[k]} |")
    L.append(f"| **total** | {sum(pc.values())} |\n")
    L.append("Generated items per sub-format (before link duplication; a `tel:`/`mailto:` link target adds a second span):\n")
    L.append("| kind | sub-format | items |\n|---|---|---|")
    for (k, sb), n in sorted(SUBS.items()):
        L.append(f"| {k} | {sb} | {n} |")
    L.append("")
    L.append("| look-alike name | count |\n|---|---|")
    for k in sorted(lc):
        L.append(f"| {k} | {lc[k]} |")
    L.append(f"| **total** | {sum(lc.values())} |\n")
    L.append("## Row format\n")
    L.append("```\n{\"text\": str, \"language\": \"en\", \"url\": null | str,\n \"spans\": [{\"start\", \"end\", \"kind\", \"value\"}],\n"
             " \"lookalikes\": [{\"start\", \"end\", \"name\", \"value\"}]}\n```\n")
    L.append("Kinds: " + ", ".join(KINDS) + ". Look-alikes must not be flagged as any kind.\n")
    with open(OUT_README, "w", encoding="utf-8") as f:
        f.write("\n".join(L))


if __name__ == "__main__":
    sys.exit(main())
