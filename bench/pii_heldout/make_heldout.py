#!/usr/bin/env python3
"""Build the held-out labelled PII test set ``bench/pii_heldout/heldout.jsonl``.

Standard library only, seeded (4242), deterministic.  Run from the repository root:

    .venv/bin/python bench/pii_heldout/make_heldout.py

Base text is real text from three local samples (Alpaca outputs, HH-RLHF "chosen" transcripts,
Wikipedia chunks), kept as it comes.  Into every document 0-3 synthetic pieces of personal data
("spans") and 0-3 look-alikes (strings that resemble personal data but are not; "lookalikes") are
inserted, each inside sentence or block wording written for this set.  Every generated value is
checked with rules written here (phone numbering plans, Luhn, ISO 7064 mod-97 and national IBAN
checks, SSN/CPF rules, public-IP ranges), and every offset is verified before writing.

Written without consulting the project's detector (filters/pii.py), its evaluator or its test sets.
"""

import datetime
import gzip
import ipaddress
import json
import os
import random
import re
import string
import sys
import uuid
from collections import Counter

SEED = 4242
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
OUT = os.path.join(HERE, "heldout.jsonl")
ALPACA = os.path.join(ROOT, "data", "sample", "sft", "alpaca_en.json")
HH = os.path.join(ROOT, "data", "sample", "preference", "hh_rlhf_harmless.jsonl.gz")
WIKI = os.path.join(ROOT, "data", "reference", "wiki_en.jsonl")

N_ALPACA, N_HH, N_WIKI = 200, 200, 300
KINDS = ("email", "phone", "ip", "card", "iban", "national_id", "secret")

rng = random.Random(SEED)


def ri(a, b):
    return rng.randint(a, b)


def ch(seq):
    return rng.choice(seq)


def rdig(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ralnum(n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


class Deck:
    """Draw items in shuffled rounds so that every variant is covered evenly."""

    def __init__(self, items):
        self.items = list(items)
        self.pile = []

    def draw(self):
        if not self.pile:
            self.pile = list(self.items)
            rng.shuffle(self.pile)
        return self.pile.pop()


# --------------------------------------------------------------------------------------------
# filler vocabulary (names are not a labelled kind; no digits in fillers)
# --------------------------------------------------------------------------------------------
FIRST = ["Anna", "Lukas", "Sophie", "James", "Priya", "Mateo", "Chloe", "Oliver", "Fatima", "Jonas",
         "Emma", "Hiroshi", "Lena", "Carlos", "Amelia", "Noah", "Zofia", "Pieter", "Giulia", "Rahul",
         "Isabel", "Tomasz", "Claire", "Mehmet", "Ingrid", "Diego", "Aisha", "Felix", "Marta", "Kwame",
         "Yuki", "Elena", "Samuel", "Nora", "Rafael", "Hannah", "Daan", "Chiara", "Arjun", "Lucie"]
LAST = ["Keller", "Brenner", "Smith", "Okafor", "Moreau", "Rossi", "Nakamura", "Kowalski", "van Dijk",
        "Patel", "Fernandes", "O'Brien", "Schmidt", "Johansson", "Dubois", "Silva", "Novak", "Murphy",
        "Weber", "Hughes", "Tanaka", "Costa", "Fischer", "Janssen", "Martin", "Nowak", "Bianchi",
        "Sharma", "Lefebvre", "Walsh", "Meyer", "Gomez", "Lindqvist", "Peeters", "Horvat", "Ito",
        "Wright", "Almeida", "Becker", "Russo"]
ORGS = ["Harrowfield Joinery Ltd", "Brightwater Analytics", "Kessler Bau GmbH", "Northfield Dental Practice",
        "Atelier Moreau", "Van den Berg Advocaten", "Lumen Labs", "Tidewater Software", "Harbourview Hotel",
        "Sakura Trading Co.", "Hotel Alpenblick", "Polkraft Sp. z o.o.", "Quinta Verde", "Casa Bianchi S.r.l.",
        "Bluegum Landscaping", "Maple & Finch Bakery", "Redwood Physiotherapy", "Nordlicht Reisen",
        "Ferreira & Filhos Ltda.", "Sunrise Tutoring"]
CITIES = ["Leeds", "Berlin", "Lyon", "Utrecht", "Porto", "Bologna", "Melbourne", "Osaka", "Zurich", "Krakow",
          "Austin", "Pune", "Curitiba", "Dublin", "Graz", "Ghent"]
USERS = ["kate_w", "mbrenner", "dev_ops_guy", "sunnyday", "throwaway_acct", "lkeller", "nightowl",
         "pj_moreau", "quietcoder", "rosie.t", "bikeshed", "admin_tom", "gardengnome", "blue_heron"]
REPOS = ["infra", "website", "data-pipeline", "dotfiles", "billing-service", "mobile-app"]


def fill(template, ctx):
    for key, val in ctx.items():
        template = template.replace("{" + key + "}", val)
    return template


def new_ctx():
    first, last = ch(FIRST), ch(LAST)
    return {"first": first, "last": last, "name": f"{first} {last}", "org": ch(ORGS), "city": ch(CITIES),
            "user": ch(USERS), "repo": ch(REPOS)}


# --------------------------------------------------------------------------------------------
# checks (hand-written)
# --------------------------------------------------------------------------------------------
def luhn_ok(num):
    total = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card_iin(d):
    """Brand of a digit string by IIN range and length, or None."""
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if n in (16, 19) and (d[:4] == "6011" or d[:2] == "65"):
        return "discover"
    if n in (16, 19) and 3528 <= int(d[:4]) <= 3589:
        return "jcb"
    return None


def iban_mod97(s):
    rearr = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in rearr)) % 97


def iban_make(cc, bban):
    cd = 98 - iban_mod97(cc + "00" + bban)
    return f"{cc}{cd:02d}{bban}"


IBAN_LEN = {"DE": 22, "GB": 22, "IE": 22, "FR": 27, "NL": 18, "BE": 16, "CH": 21, "AT": 20, "PL": 28}
RIB_LETTERS = {c: v for v, cs in {1: "AJ", 2: "BKS", 3: "CLT", 4: "DMU", 5: "ENV", 6: "FOW", 7: "GPX",
                                   8: "HQY", 9: "IRZ"}.items() for c in cs}


def rib_key(bank, branch, account):
    acc = "".join(str(RIB_LETTERS.get(c, c)) for c in account)
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97


def nl_elfproef(acc10):
    return sum(int(d) * (10 - i) for i, d in enumerate(acc10)) % 11 == 0


def pl_sort_check(first7):
    return (10 - sum(int(d) * w for d, w in zip(first7, (3, 9, 7, 1, 3, 9, 7))) % 10) % 10


def iban_valid(text):
    s = text.replace(" ", "")
    cc = s[:2]
    if IBAN_LEN.get(cc) != len(s) or iban_mod97(s) != 1:
        return False
    b = s[4:]
    if cc == "BE":
        n = int(b[:10]) % 97
        return int(b[10:]) == (n if n else 97)
    if cc == "FR":
        return int(b[21:23]) == rib_key(b[:5], b[5:10], b[10:21])
    if cc == "NL":
        return b[:4].isalpha() and nl_elfproef(b[4:])
    if cc == "PL":
        return int(b[7]) == pl_sort_check(b[:7])
    return True


def ssn_valid(s):
    m = re.fullmatch(r"(\d{3})-(\d{2})-(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return (a not in ("000", "666") and a < "900" and g != "00" and n != "0000"
            and s not in ("078-05-1120", "219-09-9999", "123-45-6789"))


def cpf_digits(nine):
    d = [int(c) for c in nine]
    s1 = sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
    d1 = 0 if s1 < 2 else 11 - s1
    d.append(d1)
    s2 = sum(x * w for x, w in zip(d, range(11, 1, -1))) % 11
    d2 = 0 if s2 < 2 else 11 - s2
    return f"{d1}{d2}"


def cpf_valid(s):
    m = re.fullmatch(r"(\d{3})\.(\d{3})\.(\d{3})-(\d{2})", s)
    if not m:
        return False
    nine = "".join(m.groups()[:3])
    return len(set(nine)) > 1 and cpf_digits(nine) == m.group(4)


def ipv4_public_rule(ip):
    a, b, c, d = (int(x) for x in ip.split("."))
    if a in (0, 10, 127) or a >= 224:
        return False
    if (a, b) == (169, 254) or (a == 172 and 16 <= b <= 31) or (a, b) == (192, 168):
        return False
    if a == 100 and 64 <= b <= 127:
        return False
    if (a, b, c) in ((192, 0, 0), (192, 0, 2), (198, 51, 100), (203, 0, 113), (192, 88, 99)):
        return False
    if a == 198 and b in (18, 19):
        return False
    return d not in (0, 255)


def ipv6_global_rule(text):
    addr = ipaddress.IPv6Address(text)
    if addr not in ipaddress.IPv6Network("2000::/3"):
        return False
    for net in ("2001:db8::/32", "2001::/23", "2002::/16", "3fff::/20"):
        if addr in ipaddress.IPv6Network(net):
            return False
    return addr.is_global


# national significant numbers (after country code, after removing a national trunk prefix)
PHONE_RULES = {
    "US": r"[2-9](?!11)[0-8]\d(?!555|950|958|959|976)[2-9](?!11)\d\d\d{4}",
    "GB": r"20[378]\d{7}|1(?:13|14|21|31|41|61)[2-9]\d{6}|7[4-57-9]\d{8}",
    "DE": r"(?:30|40|69|89)[2-9]\d{6,7}|(?:211|221|341|351|511|711|911)[2-9]\d{6}"
          r"|15[0-25-9]\d{8}|1(?:6[023]|7[0-5]|79)\d{7}|17[6-8]\d{8}",
    "FR": r"[1-5][2-8]\d{7}|6[0-8]\d{7}|7[3-9]\d{7}",
    "NL": r"(?:10|20|30|40|50|70)[2-9]\d{6}|6[1-5]\d{7}",
    "ES": r"9[13][2-7]\d{6}|6\d{8}|7[1-4]\d{7}",
    "IT": r"0[26][2-9]\d{7}|3[2-9]\d{8}",
    "IN": r"[6-9]\d{9}|11[2-6]\d{7}",
    "AU": r"[23][89]\d{7}|73\d{7}|8[689]\d{7}|4[0-8]\d{7}",
    "BR": r"(?:11|19|21|31|41|51|61|71|81|85)(?:9[6-9]\d{7}|[2-5]\d{7})",
    "JP": r"3[3-6]\d{7}|6[4-7]\d{7}|[89]0[1-9]\d{7}",
    "CH": r"(?:22|31|43|44|61)[2-9]\d{6}|7[5-9]\d{7}",
    "PL": r"(?:5[0137]|6[069]|7[2389]|88)\d{7}|(?:12|22)[2-9]\d{6}",
}
# fictional/drama ranges that must not be produced
PHONE_BLOCK = {
    "GB": ("2079460", "1134960", "1144960", "1214960", "1314960", "1414960", "1614960", "7700900"),
    "FR": ("19900", "26191", "35301", "46571", "53649", "63998"),
    "AU": ("491", "25550", "35550", "75550", "85550", "27010", "37010", "77010", "87010"),
}
CC = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "NL": "31", "ES": "34", "IT": "39", "IN": "91",
      "AU": "61", "BR": "55", "JP": "81", "CH": "41", "PL": "48"}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "FR": "0", "NL": "0", "ES": "", "IT": "", "IN": "0", "AU": "0",
         "BR": "", "JP": "0", "CH": "0", "PL": ""}
TRUNK_OPTIONAL = ("US", "IN")


def phone_nsn(text, country, form):
    """Recover the national significant number from a formatted number, independently of the generator."""
    s = text.replace("(0)", "")
    d = re.sub(r"\D", "", s)
    cc = CC[country]
    if form == "intl":
        if s.startswith("+"):
            assert d.startswith(cc), text
            return d[len(cc):]
        assert d.startswith("00" + cc), text
        return d[2 + len(cc):]
    trunk = TRUNK[country]
    if country in TRUNK_OPTIONAL:
        if d.startswith(trunk) and len(d) == 11:
            return d[1:]
        return d
    if trunk:
        assert d.startswith(trunk), text
        return d[len(trunk):]
    return d


def phone_valid(text, country, form):
    nsn = phone_nsn(text, country, form)
    if not re.fullmatch(PHONE_RULES[country], nsn):
        return False
    return not any(nsn.startswith(p) for p in PHONE_BLOCK.get(country, ()))


# --------------------------------------------------------------------------------------------
# phone generation: returns (nsn, national formats, international formats)
# --------------------------------------------------------------------------------------------
def sub(first_lo, n):
    return str(ri(first_lo, 9)) + rdig(n - 1)


def ph_us():
    npa = ch(["212", "213", "312", "415", "617", "702", "713", "206", "303", "404", "305", "512", "602",
              "646", "718", "773", "818", "858", "917", "503", "612", "919", "414", "720", "978", "267"])
    while True:
        nxx = sub(2, 3)
        if nxx[1:] != "11" and nxx not in ("555", "950", "958", "959", "976"):
            break
    line = rdig(4)
    nat = [f"({npa}) {nxx}-{line}", f"{npa}-{nxx}-{line}", f"{npa}.{nxx}.{line}", f"{npa} {nxx} {line}",
           f"1-{npa}-{nxx}-{line}", f"1 ({npa}) {nxx}-{line}", f"({npa}) {nxx}-{line}"]
    intl = [f"+1 {npa} {nxx} {line}", f"+1-{npa}-{nxx}-{line}", f"+1 ({npa}) {nxx}-{line}",
            f"+1.{npa}.{nxx}.{line}", f"001 {npa} {nxx} {line}", f"+1{npa}{nxx}{line}", f"001-{npa}-{nxx}-{line}"]
    return nat, intl


def ph_gb():
    t = ch(["london", "city", "mobile", "mobile"])
    if t == "london":
        s = ch("378") + rdig(3)
        r = rdig(4)
        return ([f"020 {s} {r}", f"(020) {s} {r}", f"0{'20'}{s[0]} {s[1:]} {r}"],
                [f"+44 20 {s} {r}", f"+44 (0)20 {s} {r}", f"0044 20 {s} {r}", f"+44 20{s[0]} {s[1:]}{r[0]} {r[1:]}",
                 f"+4420{s}{r}"])
    if t == "city":
        a = ch(["113", "114", "121", "131", "141", "161"])
        s, r = sub(2, 3), rdig(4)
        return ([f"0{a} {s} {r}", f"(0{a}) {s} {r}", f"0{a}-{s}-{r}", f"0{a} {s}{r}"],
                [f"+44 {a} {s} {r}", f"+44 (0){a} {s} {r}", f"0044 {a} {s} {r}"])
    m = "7" + ch("45789") + rdig(2)
    r = rdig(6)
    return ([f"0{m} {r}", f"0{m} {r[:3]} {r[3:]}", f"0{m}-{r}", f"0{m}{r}"],
            [f"+44 {m} {r}", f"+44 (0){m} {r}", f"+44{m}{r}", f"0044 {m} {r[:3]} {r[3:]}"])


def ph_de():
    t = ch(["big", "mid", "mobile", "mobile"])
    if t == "big":
        a = ch(["30", "40", "69", "89"])
        s = sub(2, ch([7, 8]))
        sp = f"{s[:3]} {s[3:5]} {s[5:]}"
        return ([f"0{a} {s}", f"0{a}/{s}", f"(0{a}) {s}", f"0{a}-{s}", f"0{a} / {sp}"],
                [f"+49 {a} {s}", f"+49 (0){a} {s}", f"0049 {a} {s}", f"+49-{a}-{s}", f"+49 {a} {sp}"])
    if t == "mid":
        a = ch(["211", "221", "341", "351", "511", "711", "911"])
        s = sub(2, 7)
        return ([f"0{a} {s}", f"0{a}/{s}", f"(0{a}) {s[:3]} {s[3:5]} {s[5:]}", f"0{a}-{s}"],
                [f"+49 {a} {s}", f"+49 (0){a} {s}", f"0049 {a} {s}"])
    p = ch(["150", "151", "152", "155", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174",
            "175", "176", "177", "178", "179"])
    n = 8 if p.startswith("15") or p in ("176", "177", "178") else 7
    s = rdig(n)
    return ([f"0{p} {s}", f"0{p}-{s}", f"0{p}/{s}", f"0{p}{s[0]} {s[1:]}"],
            [f"+49 {p} {s}", f"+49 (0){p} {s}", f"0049 {p} {s[:4]} {s[4:]}", f"+49{p}{s}"])


def pairs(s):
    return [s[i:i + 2] for i in range(0, len(s), 2)]


def ph_fr():
    t = ch(["fixed", "mobile"])
    if t == "fixed":
        nsn = str(ri(1, 5)) + str(ri(2, 8)) + rdig(7)
    else:
        nsn = ch(["6" + str(ri(0, 8)), "7" + str(ri(3, 9))]) + rdig(7)
    if any(nsn.startswith(p) for p in PHONE_BLOCK["FR"]):
        return ph_fr()
    a, rest = nsn[0], pairs(nsn[1:])
    return ([f"0{a} " + " ".join(rest), f"0{a}." + ".".join(rest), f"0{a}-" + "-".join(rest), f"0{nsn}"],
            [f"+33 {a} " + " ".join(rest), f"+33 (0){a} " + " ".join(rest), f"0033 {a} " + " ".join(rest),
             f"+33 {a}." + ".".join(rest), f"+33{nsn}"])


def ph_nl():
    if ch([0, 1]):
        a = ch(["10", "20", "30", "40", "50", "70"])
        s = sub(2, 7)
        return ([f"0{a} {s[:3]} {s[3:]}", f"0{a}-{s}", f"(0{a}) {s[:3]} {s[3:5]} {s[5:]}"],
                [f"+31 {a} {s[:3]} {s[3:]}", f"+31 (0){a} {s[:3]} {s[3:]}", f"0031 {a} {s}"])
    s = str(ri(1, 5)) + rdig(7)
    return ([f"06 {s}", f"06-{s}", f"06 {s[:4]} {s[4:]}"],
            [f"+31 6 {s}", f"+31 (0)6 {s[:4]} {s[4:]}", f"0031 6 {s}", f"+316{s}"])


def ph_es():
    if ch([0, 1]):
        nsn = "9" + ch("13") + str(ri(2, 7)) + rdig(6)
    else:
        nsn = ch(["6" + rdig(1), "7" + str(ri(1, 4))]) + rdig(7)
    a, b, c = nsn[:3], nsn[3:6], nsn[6:]
    return ([f"{a} {b} {c}", f"{nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}", nsn, f"{a}-{b}-{c}"],
            [f"+34 {a} {b} {c}", f"0034 {nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}", f"+34 {a}-{b}-{c}", f"+34{nsn}"])


def ph_it():
    if ch([0, 1]):
        a = ch(["06", "02"])
        s = sub(2, 8)
        return ([f"{a} {s[:4]} {s[4:]}", f"{a} {s}", f"{a}-{s[:4]}-{s[4:]}", f"{a}/{s}"],
                [f"+39 {a} {s[:4]} {s[4:]}", f"0039 {a} {s}", f"+39 {a}{s}"])
    p = "3" + str(ri(2, 9)) + rdig(1)
    s = rdig(7)
    return ([f"{p} {s[:3]} {s[3:]}", f"{p}-{s}", f"{p}/{s}", f"{p} {s}"],
            [f"+39 {p} {s[:3]} {s[3:]}", f"+39 {p}{s}", f"0039 {p} {s}", f"+39-{p}-{s}"])


def ph_in():
    if ri(0, 2):
        s = str(ri(6, 9)) + rdig(9)
        return ([f"{s[:5]} {s[5:]}", f"0{s[:5]} {s[5:]}", s, f"{s[:5]}-{s[5:]}"],
                [f"+91 {s[:5]} {s[5:]}", f"+91-{s[:5]}-{s[5:]}", f"+91 {s}", f"0091 {s[:5]} {s[5:]}"])
    s = str(ri(2, 6)) + rdig(7)
    return ([f"011 {s[:4]} {s[4:]}", f"011-{s}", f"(011) {s}"],
            [f"+91 11 {s[:4]} {s[4:]}", f"+91-11-{s}", f"0091 11 {s}"])


def ph_au():
    if ch([0, 1]):
        nsn = "4" + str(ri(0, 8)) + rdig(7)
        m = nsn
        return ([f"0{m[:3]} {m[3:6]} {m[6:]}", f"0{m}", f"0{m[:3]}-{m[3:6]}-{m[6:]}"],
                [f"+61 {m[:3]} {m[3:6]} {m[6:]}", f"+61 (0){m[:3]} {m[3:6]} {m[6:]}", f"0061 {m[:3]} {m[3:6]} {m[6:]}",
                 f"+61{m}"])
    a = ch(["2", "3", "7", "8"])
    first = {"2": "89", "3": "89", "7": "3", "8": "689"}[a]
    s = ch(first) + rdig(7)
    nsn = a + s
    if any(nsn.startswith(p) for p in PHONE_BLOCK["AU"]):
        return ph_au()
    return ([f"(0{a}) {s[:4]} {s[4:]}", f"0{a} {s[:4]} {s[4:]}", f"0{a}-{s[:4]}-{s[4:]}"],
            [f"+61 {a} {s[:4]} {s[4:]}", f"+61 (0){a} {s[:4]} {s[4:]}", f"0061 {a} {s}"])


def ph_br():
    a = ch(["11", "19", "21", "31", "41", "51", "61", "71", "81", "85"])
    if ch([0, 1]):
        s = "9" + str(ri(6, 9)) + rdig(7)
        return ([f"({a}) {s[:5]}-{s[5:]}", f"{a} {s[:5]}-{s[5:]}", f"({a}) {s[0]} {s[1:5]}-{s[5:]}"],
                [f"+55 {a} {s[:5]}-{s[5:]}", f"+55 ({a}) {s[:5]}-{s[5:]}", f"+55 {a} {s[0]} {s[1:5]} {s[5:]}",
                 f"0055 {a} {s}"])
    s = str(ri(2, 5)) + rdig(7)
    return ([f"({a}) {s[:4]}-{s[4:]}", f"{a} {s[:4]}-{s[4:]}"],
            [f"+55 {a} {s[:4]}-{s[4:]}", f"+55 ({a}) {s[:4]}-{s[4:]}", f"0055 {a} {s[:4]} {s[4:]}"])


def ph_jp():
    t = ch(["tokyo", "osaka", "mobile"])
    if t == "mobile":
        a = ch(["90", "80"])
        s = str(ri(1, 9)) + rdig(7)
    elif t == "tokyo":
        a, s = "3", str(ri(3, 6)) + rdig(7)
    else:
        a, s = "6", str(ri(4, 7)) + rdig(7)
    return ([f"0{a}-{s[:4]}-{s[4:]}", f"0{a} {s[:4]} {s[4:]}", f"0{a}-{s[:4]}-{s[4:]}" if t == "mobile" else f"(0{a}) {s[:4]}-{s[4:]}"],
            [f"+81 {a}-{s[:4]}-{s[4:]}", f"+81 {a} {s[:4]} {s[4:]}", f"+81-{a}-{s[:4]}-{s[4:]}", f"0081 {a} {s[:4]} {s[4:]}"])


def ph_ch():
    if ch([0, 1]):
        a, s = ch(["22", "31", "43", "44", "61"]), sub(2, 7)
    else:
        a, s = "7" + str(ri(5, 9)), rdig(7)
    g = f"{s[:3]} {s[3:5]} {s[5:]}"
    return ([f"0{a} {g}", f"0{a} {s}", f"0{a}/{g}"],
            [f"+41 {a} {g}", f"+41 (0){a} {g}", f"0041 {a} {g}", f"+41{a}{s}"])


def ph_pl():
    if ri(0, 2):
        p = ch(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"])
        nsn = p + rdig(7)
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return ([f"{a} {b} {c}", f"{a}-{b}-{c}", nsn],
                [f"+48 {a} {b} {c}", f"+48 {a}-{b}-{c}", f"0048 {a} {b} {c}", f"+48{nsn}"])
    a, s = ch(["12", "22"]), sub(2, 7)
    g = f"{s[:3]} {s[3:5]} {s[5:]}"
    return ([f"{a} {g}", f"({a}) {g}"], [f"+48 {a} {g}", f"0048 {a} {s}"])


PHONE_GEN = {"US": ph_us, "GB": ph_gb, "DE": ph_de, "FR": ph_fr, "NL": ph_nl, "ES": ph_es, "IT": ph_it,
             "IN": ph_in, "AU": ph_au, "BR": ph_br, "JP": ph_jp, "CH": ph_ch, "PL": ph_pl}
CCTLD = {"GB": ["co.uk", "uk", "org.uk"], "DE": ["de"], "FR": ["fr"], "NL": ["nl"], "ES": ["es"], "IT": ["it"],
         "IN": ["in", "co.in"], "AU": ["com.au"], "BR": ["com.br"], "JP": ["jp", "co.jp"], "CH": ["ch"], "PL": ["pl"]}
SITE_SLUGS = {
    "GB": ["harrowfield-joinery", "northfield-dental", "the-crown-inn-ludlow", "pennine-plumbing"],
    "DE": ["firma-beispiel", "baeckerei-hofmann", "praxis-dr-weber", "autohaus-kessler"],
    "FR": ["atelier-moreau", "boulangerie-dupont", "cabinet-lefebvre", "gite-les-tilleuls"],
    "NL": ["vandenberg-advocaten", "fietsenmaker-janssen", "tandarts-utrecht", "bakkerij-de-molen"],
    "ES": ["quinta-verde", "clinica-dental-sol", "taller-gomez", "hostal-la-plaza"],
    "IT": ["casa-bianchi", "trattoria-da-russo", "studio-legale-rossi", "ottica-colombo"],
    "IN": ["sharma-associates", "pune-tutors", "greenleaf-exports", "patel-dental"],
    "AU": ["bluegum-landscaping", "harbourview-hotel", "coastal-physio", "outback-tours"],
    "BR": ["ferreira-filhos", "padaria-sao-jorge", "clinica-almeida", "imobiliaria-costa"],
    "JP": ["sakura-trading", "tanaka-kogyo", "ito-dental", "kyoto-ryokan"],
    "CH": ["hotel-alpenblick", "schreinerei-meyer", "zahnarzt-bern", "velo-huber"],
    "PL": ["polkraft", "piekarnia-nowak", "kancelaria-kowalski", "auto-serwis-krakow"],
}
SITE_PATHS = {"GB": ["contact", "contact-us", "about"], "DE": ["kontakt", "impressum", "ueber-uns"],
              "FR": ["contact", "mentions-legales"], "NL": ["contact", "over-ons"], "ES": ["contacto", "aviso-legal"],
              "IT": ["contatti", "chi-siamo"], "IN": ["contact-us", "about"], "AU": ["contact", "about-us"],
              "BR": ["contato", "fale-conosco"], "JP": ["company/", "access.html", "contact/"],
              "CH": ["kontakt", "impressum"], "PL": ["kontakt", "o-nas"]}
GENERIC_URLS = ["https://forum.openhobby.org/t/{s}", "https://www.brightwater-analytics.com/{s}",
                "https://lumenlabs.io/blog/{s}", "https://community.retro-computing.net/thread/{s}",
                "https://gardeners-corner.com/questions/{s}", "https://www.tidewater.dev/docs/{s}"]
URL_SLUGS = ["help-needed", "contact", "release-notes", "weekend-plans", "billing-question", "meetup",
             "support", "announcements"]


def cctld_url(country):
    return f"https://www.{ch(SITE_SLUGS[country])}.{ch(CCTLD[country])}/{ch(SITE_PATHS[country])}"


# --------------------------------------------------------------------------------------------
# value generators for the labelled kinds.  Each returns a dict: kind, value, sub, [suffix], [meta]
# --------------------------------------------------------------------------------------------
PROVIDERS = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "web.de", "gmx.net", "t-online.de",
             "orange.fr", "free.fr", "libero.it", "icloud.com", "protonmail.com", "proton.me", "yandex.ru",
             "uol.com.br", "rediffmail.com", "bigpond.com", "ziggo.nl", "bluewin.ch", "wp.pl", "aol.com",
             "fastmail.fm", "zoho.com", "mail.com"]
ORG_DOMAINS = ["brightwater-analytics.com", "kesslerbau.de", "northfield-dental.co.uk", "atelier-moreau.fr",
               "vandenberg-advocaten.nl", "lumenlabs.io", "tidewater.dev", "harbourview-hotel.com.au",
               "sakura-trading.co.jp", "alpenblick-hotel.ch", "polkraft.pl", "quintaverde.es", "redwoodphysio.com"]
SUB_DOMAINS = ["cs.stanford.edu", "mail.uni-heidelberg.de", "eng.brightwater-analytics.com", "students.ucl.ac.uk",
               "med.umich.edu", "research.tudelft.nl", "mx.kesslerbau.de", "ee.ethz.ch", "alumni.mit.edu",
               "maths.ox.ac.uk", "support.lumenlabs.io", "dept.physics.uni-bonn.de"]
PLUS_TAGS = ["newsletter", "shop", "github", "spam", "receipts", "work", "amazon", "lists"]


def ascii_lower(s):
    return re.sub(r"[^a-z]", "", s.lower())


def local_part(first, last):
    f, l = ascii_lower(first), ascii_lower(last)
    style = ch(["first.last", "firstlast", "f.last", "first_last", "first-last", "last.first", "firstNN",
                "first.m.last", "lastfirstNN", "f_last", "first.last", "first"])
    nn = str(ri(1, 99)) if ch([0, 1]) else str(ri(1960, 2005))
    return {"first.last": f"{f}.{l}", "firstlast": f + l, "f.last": f"{f[0]}.{l}", "first_last": f"{f}_{l}",
            "first-last": f"{f}-{l}", "last.first": f"{l}.{f}", "firstNN": f + nn,
            "first.m.last": f"{f}.{ch(string.ascii_lowercase)}.{l}", "lastfirstNN": f"{l}{f[0]}{nn}",
            "f_last": f"{f[0]}_{l}", "first": f}[style]


EMAIL_SUBS = ["plain", "plain", "plain", "plus", "subdomain", "subdomain", "upper", "obf_bracket", "obf_paren",
              "obf_AT", "obf_prose", "obf_spaces", "mailto", "mailto"]
deck_email = Deck(EMAIL_SUBS)


def gen_email(ctx, doc):
    sub_ = deck_email.draw()
    local = local_part(ctx["first"], ctx["last"])
    dom = ch(SUB_DOMAINS) if sub_ == "subdomain" or ri(0, 5) == 0 else ch(PROVIDERS + ORG_DOMAINS)
    if sub_ == "plus":
        local = f"{local}+{ch(PLUS_TAGS)}"
    if sub_ == "upper":
        v = ch([f"{local}@{dom}".upper(), f"{local.title()}@{dom.title()}", f"{local}@{dom.upper()}"])
    elif sub_ == "obf_bracket":
        v = ch([f"{local} [at] " + dom.replace(".", " [dot] "), f"{local}[at]" + dom.replace(".", "[dot]"),
                f"{local} [at] {dom}"])
    elif sub_ == "obf_paren":
        v = ch([f"{local}(at){dom}", f"{local} (at) {dom}", f"{local}(at)" + dom.replace(".", "(dot)")])
    elif sub_ == "obf_AT":
        v = f"{local} AT " + dom.replace(".", " DOT ")
    elif sub_ == "obf_prose":
        v = f"{local} at " + dom.replace(".", " dot ")
    elif sub_ == "obf_spaces":
        v = f"{local} @ " + dom.replace(".", " . ")
    else:
        v = f"{local}@{dom}"
    if sub_ in ("plain", "plus", "subdomain", "upper", "mailto"):
        assert re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", v), v
    return {"kind": "email", "value": v, "sub": sub_}


PHONE_COUNTRIES = list(PHONE_GEN)
deck_country = Deck(PHONE_COUNTRIES + ["US", "US", "GB", "DE"])
deck_phone_form = Deck(["intl", "national"])
EXTS = [" ext. 12", " ext. 214", " x204", " (ext. 3401)", ", ext. 5", " ext 31"]


def gen_phone(ctx, doc):
    country = deck_country.draw()
    form = deck_phone_form.draw()
    if form == "national" and doc["national"] not in (None, country):
        form = "intl"
    nat, intl = PHONE_GEN[country]()
    v = ch(nat if form == "national" else intl)
    assert phone_valid(v, country, "intl" if form == "intl" else "national"), (country, form, v)
    if form == "national":
        doc["national"] = country
    item = {"kind": "phone", "value": v, "sub": f"{country}-{form}", "country": country, "form": form}
    if country in ("US", "GB", "DE", "AU") and ri(0, 6) == 0 and "(0)" not in v:
        item["suffix"] = ch(EXTS)
    return item


V6_PREFIXES = ["2a00:1450", "2606:4700", "2001:4860", "2a03:2880", "2620:fe", "2a02:26f0", "2404:6800",
               "2c0f:fb50", "2a01:4f8", "2600:1f18", "2001:67c", "2a0e:97c0", "2400:cb00", "2803:f800",
               "2a05:d014", "2607:f8b0", "2a02:8108", "2001:1900"]
deck_ip = Deck(["v4", "v4", "v4_port", "v4_url", "v6_full", "v6_compressed", "v6_compressed", "v6_v4tail",
                "v6_url", "v6_port"])


def public_v4():
    while True:
        ip = f"{ri(1, 223)}.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}"
        if ipv4_public_rule(ip):
            assert ipaddress.IPv4Address(ip).is_global, ip
            return ip


def v6_groups():
    pre = [int(g, 16) for g in ch(V6_PREFIXES).split(":")]
    rest = []
    for i in range(8 - len(pre)):
        r = ri(0, 9)
        rest.append(0 if r < 4 else ri(1, 0xffff) if r < 8 else ri(1, 0xff))
    return pre + rest


def v6_with_tail(groups6, v4):
    best_s, best_l, i = None, 0, 0
    while i < 6:
        if groups6[i] == 0:
            j = i
            while j < 6 and groups6[j] == 0:
                j += 1
            if j - i > best_l:
                best_s, best_l = i, j - i
            i = j
        else:
            i += 1
    if best_l >= 2:
        left = ":".join(f"{g:x}" for g in groups6[:best_s])
        right = ":".join(f"{g:x}" for g in groups6[best_s + best_l:])
        return left + "::" + (right + ":" if right else "") + v4
    return ":".join(f"{g:x}" for g in groups6) + ":" + v4


def gen_ip(ctx, doc):
    sub_ = deck_ip.draw()
    item = {"kind": "ip", "sub": sub_}
    if sub_.startswith("v4"):
        item["value"] = public_v4()
        if sub_ == "v4_port":
            item["suffix"] = ":" + ch(["8080", "443", "22", "3389", "8443", "5432", "25565", "3000"])
        return item
    while True:
        g = v6_groups()
        if sub_ == "v6_full":
            v = ":".join(f"{x:04x}" for x in g) if ch([0, 1]) else ":".join(f"{x:x}" for x in g)
        elif sub_ == "v6_v4tail":
            v = v6_with_tail(g[:6], public_v4())
        else:
            if all(x for x in g[2:]):
                g[ri(3, 6)] = 0
                g[ri(3, 6)] = 0
            v = ipaddress.IPv6Address(":".join(f"{x:x}" for x in g)).compressed
            if "::" not in v:
                continue
        if ipv6_global_rule(v):
            break
    if ch([0, 1, 2]) == 0 and sub_ in ("v6_compressed", "v6_full"):
        v = v.upper()
    item["value"] = v
    return item


deck_card = Deck(["visa16", "visa16", "visa13", "mc5x", "mc2", "amex", "discover6011", "discover65", "jcb"])
BRAND_NAME = {"visa16": "Visa", "visa13": "Visa", "mc5x": "Mastercard", "mc2": "Mastercard", "amex": "Amex",
              "discover6011": "Discover", "discover65": "Discover", "jcb": "JCB"}


def gen_card(ctx, doc):
    b = deck_card.draw()
    pre, n = {"visa16": ("4", 16), "visa13": ("4", 13), "mc5x": ("5" + str(ri(1, 5)), 16),
              "mc2": (str(ri(2221, 2720)), 16), "amex": ("3" + ch("47"), 15), "discover6011": ("6011", 16),
              "discover65": ("65", 16), "jcb": (str(ri(3528, 3589)), 16)}[b]
    num = luhn_complete(pre + rdig(n - 1 - len(pre)))
    assert luhn_ok(num) and card_iin(num) and len(num) == n
    sep = ch([" ", "-", ""])
    if n == 16:
        v = sep.join(num[i:i + 4] for i in range(0, 16, 4))
    elif n == 15:
        v = sep.join((num[:4], num[4:10], num[10:]))
    else:
        v = ch([num, sep.join((num[:4], num[4:7], num[7:10], num[10:]))])
    return {"kind": "card", "value": v, "sub": b, "brand": BRAND_NAME[b]}


deck_iban = Deck(["DE", "GB", "FR", "NL", "BE", "CH", "AT", "PL", "IE"])


def gen_iban(ctx, doc):
    cc = deck_iban.draw()
    if cc == "DE":
        bban = ch(["10070000", "37040044", "50010517", "20041133", "70150000", "60050101", "12030000",
                   "43060967", "50070010", "76010085"]) + rdig(10)
    elif cc in ("GB", "IE"):
        bank, sc = ch({"GB": [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")],
                       "IE": [("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99")]}[cc])
        bban = bank + sc + rdig(4) + rdig(8)
    elif cc == "FR":
        bank, branch, acc = ch(["30004", "30003", "20041", "10278", "30002", "11306"]), rdig(5), rdig(11)
        bban = bank + branch + acc + f"{rib_key(bank, branch, acc):02d}"
    elif cc == "NL":
        while True:
            acc = rdig(10)
            if nl_elfproef(acc) and acc[0] != "0" or (acc[:3] == "000" and nl_elfproef(acc)):
                break
        bban = ch(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"]) + acc
    elif cc == "BE":
        n = ch(["001", "068", "310", "363", "539", "735", "063"]) + rdig(7)
        chk = int(n) % 97
        bban = n + f"{chk if chk else 97:02d}"
    elif cc == "CH":
        bban = ch(["00762", "00230", "00700", "08390", "09000"]) + rdig(12)
    elif cc == "AT":
        bban = ch(["12000", "20111", "32000", "14000", "19043", "60000"]) + rdig(11)
    else:  # PL
        first7 = ch(["102", "105", "109", "114", "124", "116"]) + rdig(4)
        bban = first7 + str(pl_sort_check(first7)) + rdig(16)
    iban = iban_make(cc, bban)
    v = ch([iban, " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))])
    assert iban_valid(v), v
    return {"kind": "iban", "value": v, "sub": cc}


deck_nid = Deck(["ssn", "ssn", "cpf"])


def gen_national_id(ctx, doc):
    t = deck_nid.draw()
    if t == "ssn":
        while True:
            a = ri(1, 899)
            v = f"{a:03d}-{ri(1, 99):02d}-{ri(1, 9999):04d}"
            if ssn_valid(v):
                break
    else:
        while True:
            nine = rdig(9)
            if len(set(nine)) > 1:
                break
        v = f"{nine[:3]}.{nine[3:6]}.{nine[6:]}-{cpf_digits(nine)}"
        assert cpf_valid(v)
    return {"kind": "national_id", "value": v, "sub": t}


deck_secret = Deck(["aws", "github", "slack", "stripe", "pem", "password", "aws", "github", "password"])
B64 = string.ascii_letters + string.digits + "+/"
PASSWORD_WORDS = ["Sunflower", "Bluebird", "Marmalade", "Tr0ub4dor", "Kestrel", "Lighthouse", "Pancake",
                  "Octopus", "Velvet", "Cactus", "Mango", "Zeppelin"]


def gen_secret(ctx, doc):
    t = deck_secret.draw()
    up = string.ascii_uppercase + "234567"
    if t == "aws":
        while True:
            v = "AKIA" + "".join(ch(up) for _ in range(16))
            if "EXAMPLE" not in v:
                break
    elif t == "github":
        v = "ghp_" + ralnum(36)
    elif t == "slack":
        v = f"xoxb-{rdig(ri(10, 13))}-{rdig(ri(10, 13))}-{ralnum(24)}"
    elif t == "stripe":
        v = "sk_live_" + ralnum(24)
    elif t == "pem":
        label = ch(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        lines = ["".join(ch(B64) for _ in range(64)) for _ in range(ri(3, 9))]
        tail = "".join(ch(B64) for _ in range(ri(8, 60)))
        lines.append(tail + "=" * ((4 - len(tail) % 4) % 4))
        v = f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"
    else:
        style = ch(["word", "word", "random", "phrase"])
        if style == "word":
            v = ch(PASSWORD_WORDS) + ch("!#$%&*?@") + str(ri(10, 2024))
        elif style == "random":
            v = "".join(ch(string.ascii_letters + string.digits + "!#$%&*") for _ in range(ri(10, 16)))
        else:
            v = "-".join(ch(["correct", "horse", "battery", "staple", "purple", "monkey", "dishwasher",
                             "river", "lantern"]) for _ in range(3)) + str(ri(1, 99))
    return {"kind": "secret", "value": v, "sub": t}


PII_GEN = {"email": gen_email, "phone": gen_phone, "ip": gen_ip, "card": gen_card, "iban": gen_iban,
           "national_id": gen_national_id, "secret": gen_secret}
KIND_WEIGHTS = {"email": 1.3, "phone": 1.5, "ip": 1.0, "card": 1.0, "iban": 1.0, "national_id": 0.8, "secret": 1.1}


# --------------------------------------------------------------------------------------------
# look-alikes: strings that resemble personal data but are not.  Each returns (value, extra ctx)
# --------------------------------------------------------------------------------------------
def rand_date():
    return datetime.date(ri(1988, 2031), ri(1, 12), ri(1, 28))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def lk_version():
    f = ch(["semver", "vsemver", "four", "four", "build", "chrome", "pre", "two"])
    a, b, c = ri(0, 12), ri(0, 30), ri(0, 20)
    return {"semver": f"{a}.{b}.{c}", "vsemver": f"v{a}.{b}.{c}", "four": f"{ri(1, 9)}.{ri(0, 9)}.{ri(0, 12)}.{ri(0, 250)}",
            "build": f"10.0.{ri(17000, 22631)}.{ri(1, 4000)}", "chrome": f"{ri(100, 125)}.0.{ri(5000, 6500)}.{ri(10, 250)}",
            "pre": f"{a}.{b}.{c}-{ch(['rc', 'beta', 'alpha'])}.{ri(1, 5)}", "two": f"{ri(1, 20)}.{ri(0, 15)}"}[f]


def lk_date():
    d = rand_date()
    m = MONTHS[d.month - 1]
    f = ch(["iso", "dmy_slash", "mdy_slash", "dmy_dot", "long_us", "long_uk", "short_us", "dmy_dash_mon",
            "ymd_slash", "weekday", "ordinal", "compact", "mdy_short", "iso_t"])
    return {"iso": d.isoformat(), "dmy_slash": d.strftime("%d/%m/%Y"), "mdy_slash": d.strftime("%m/%d/%Y"),
            "dmy_dot": d.strftime("%d.%m.%Y"), "long_us": f"{m} {d.day}, {d.year}", "long_uk": f"{d.day} {m} {d.year}",
            "short_us": f"{m[:3]} {d.day}, {d.year}", "dmy_dash_mon": f"{d.day:02d}-{m[:3]}-{d.year}",
            "ymd_slash": d.strftime("%Y/%m/%d"), "weekday": f"{d.strftime('%A')}, {d.day} {m} {d.year}",
            "ordinal": f"{d.day}{'th' if 4 <= d.day <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} of {m} {d.year}",
            "compact": d.strftime("%Y%m%d"), "mdy_short": d.strftime("%m/%d/%y"),
            "iso_t": d.isoformat() + f"T{ri(0, 23):02d}:{ri(0, 59):02d}:{ri(0, 59):02d}Z"}[f]


def lk_time():
    h, m, s = ri(0, 23), ri(0, 59), ri(0, 59)
    return ch([f"{h:02d}:{m:02d}", f"{(h % 12) or 12}:{m:02d} {'PM' if h >= 12 else 'AM'}", f"{h:02d}:{m:02d}:{s:02d}",
               f"{(h % 12) or 12}:{m:02d}{'pm' if h >= 12 else 'am'}", f"{ri(7, 10):02d}:00–{ri(16, 19)}:30",
               f"{h}h{m:02d}", f"{h:02d}:{m:02d}:{s:02d}.{rdig(3)}"])


def lk_price():
    n = ri(1, 99999)
    c = ri(0, 99)
    us = f"{n:,}.{c:02d}"
    eu = f"{n:,}".replace(",", ".") + f",{c:02d}"
    return ch([f"${us}", f"USD {us}", f"€{eu}", f"{eu} €", f"EUR {eu}", f"£{us}", f"CHF {n:,}".replace(",", "'") + f".{c:02d}",
               f"¥{ri(100, 999999):,}", f"R$ {eu}", f"{us} USD", f"${ri(1, 99)}.{ri(1, 9)} million", f"{n:,} kr"])


def isbn10():
    while True:
        body = ch(["0", "1", "3"]) + rdig(8)
        s = sum((10 - i) * int(d) for i, d in enumerate(body))
        c = (11 - s % 11) % 11
        chk = "X" if c == 10 else str(c)
        cut = ri(2, 5)
        return ch([body + chk, f"{body[0]}-{body[1:cut]}-{body[cut:]}-{chk}"])


def isbn13():
    body = ch(["978", "979"]) + ch(["0", "1", "3", "2"]) + rdig(8)
    s = sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(body))
    chk = str((10 - s % 10) % 10)
    cut = ri(5, 8)
    return ch([body + chk, f"{body[:3]}-{body[3]}-{body[4:cut]}-{body[cut:]}-{chk}"])


def lk_isbn():
    return isbn13() if ch([0, 1]) else isbn10()


def lk_doi():
    return ch([f"10.1038/s41586-0{ri(19, 24)}-{ri(1000, 9999)}-{ri(0, 9)}", f"10.1016/j.cell.20{ri(10, 24)}.{ri(1, 12):02d}.{ri(1, 60):03d}",
               f"10.1126/science.{ch(string.ascii_lowercase)}{ch(string.ascii_lowercase)}{ch(string.ascii_lowercase)}{rdig(4)}",
               f"10.1145/{rdig(7)}.{rdig(7)}", f"10.1103/PhysRevLett.{ri(100, 130)}.{rdig(6)}", f"10.48550/arXiv.{ri(2001, 2412)}.{rdig(5)}"])


def lk_uuid():
    u = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    return u.upper() if ri(0, 3) == 0 else u


def lk_hex_hash():
    return "".join(ch("0123456789abcdef") for _ in range(ch([32, 40, 64])))


def lk_git_sha():
    return "".join(ch("0123456789abcdef") for _ in range(ch([7, 7, 8, 12, 40])))


def lk_unix_ts():
    return ch([str(ri(1_000_000_000, 1_760_000_000)), str(ri(1_000_000_000_000, 1_760_000_000_000))])


def lk_gps():
    la, lo = rng.uniform(-60, 70), rng.uniform(-179, 179)
    f = ch(["dec", "dec_hemi", "dms", "short"])
    if f == "dec":
        return f"{la:.6f}, {lo:.6f}"
    if f == "dec_hemi":
        return f"{abs(la):.4f}° {'N' if la >= 0 else 'S'}, {abs(lo):.4f}° {'E' if lo >= 0 else 'W'}"
    if f == "dms":
        def dms(x):
            x = abs(x)
            d = int(x)
            m = int((x - d) * 60)
            s = int(((x - d) * 60 - m) * 60)
            return f"{d}°{m:02d}′{s:02d}″"
        return f"{dms(la)} {'N' if la >= 0 else 'S'}, {dms(lo)} {'E' if lo >= 0 else 'W'}"
    return f"{la:.4f},{lo:.4f}"


def lk_arithmetic():
    f = ch(["mul", "mul", "pow", "add", "div"])
    if f == "mul":
        a, b = ri(1000, 999999), ri(100, 99999)
        return f"{a} × {b} = {a * b}" if ch([0, 1]) else f"{a} * {b} = {a * b}"
    if f == "pow":
        b, e = ch([2, 3, 7, 10]), ri(20, 40)
        return f"{b}^{e} = {b ** e}"
    if f == "add":
        a, b = ri(10 ** 6, 10 ** 9), ri(10 ** 6, 10 ** 9)
        return f"{a:,} + {b:,} = {a + b:,}"
    a = ri(100, 999)
    b = a * ri(1000, 99999)
    return f"{b} / {a} = {b // a}"


def lk_long_number():
    return ch([str(ri(10 ** 10, 10 ** 20)), f"{ri(10 ** 9, 10 ** 15):,}", "3.14159265358979323846",
               "6.02214076e23", "602214076000000000000000", "2.718281828459045", "299792458", "1.380649e-23"])


def lk_private_ip():
    return ch([f"10.{ri(0, 255)}.{ri(0, 255)}.{ri(1, 254)}", f"172.{ri(16, 31)}.{ri(0, 255)}.{ri(1, 254)}",
               f"192.168.{ri(0, 255)}.{ri(1, 254)}", f"192.168.{ri(0, 2)}.1",
               f"fd{ri(0, 255):02x}:{ri(0, 0xffff):x}:{ri(0, 0xffff):x}::{ri(1, 0xfff):x}"])


def lk_loopback_ip():
    return ch(["127.0.0.1", f"127.0.{ri(0, 1)}.{ri(1, 9)}", "::1", "0:0:0:0:0:0:0:1"])


def lk_link_local_ip():
    return ch([f"169.254.{ri(0, 255)}.{ri(1, 254)}", f"fe80::{ri(1, 0xffff):x}:{ri(1, 0xffff):x}:{ri(1, 0xffff):x}:{ri(1, 0xffff):x}",
               f"fe80::{ri(1, 0xff):x}"])


def lk_cgnat_ip():
    return f"100.{ri(64, 127)}.{ri(0, 255)}.{ri(1, 254)}"


def lk_documentation_ip():
    return ch([f"192.0.2.{ri(1, 254)}", f"198.51.100.{ri(1, 254)}", f"203.0.113.{ri(1, 254)}",
               f"2001:db8::{ri(1, 0xffff):x}", f"2001:db8:{ri(1, 0xffff):x}::{ri(1, 0xff):x}"])


def lk_mac():
    b = [ri(0, 255) for _ in range(6)]
    f = ch(["colon", "COLON", "dash", "cisco"])
    if f == "colon":
        return ":".join(f"{x:02x}" for x in b)
    if f == "COLON":
        return ":".join(f"{x:02X}" for x in b)
    if f == "dash":
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def lk_non_luhn_16():
    while True:
        num = ch(["4", "5" + str(ri(1, 5)), "6011", "35" + str(ri(28, 89))]) + rdig(15)
        num = num[:16]
        if not luhn_ok(num):
            break
    sep = ch([" ", "-", ""])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def lk_order_number():
    return ch([f"{rdig(3)}-{rdig(7)}-{rdig(7)}", f"#{ri(100000, 99999999)}", f"ORD-{ri(10000, 999999)}",
               f"{ch(string.ascii_uppercase)}{ch(string.ascii_uppercase)}{rdig(9)}", f"PO-{ri(2015, 2025)}-{ri(1, 9999):04d}"])


def lk_invoice_number():
    return ch([f"INV-{ri(2015, 2025)}-{ri(1, 99999):05d}", f"{ri(2015, 2025)}/{ri(1, 9999):04d}", f"RE-{ri(1000, 99999)}",
               f"F{ri(2015, 2025)}{ri(1, 999999):06d}", f"INV{rdig(8)}"])


def lk_tracking_number():
    ups = "1Z" + "".join(ch(string.ascii_uppercase + string.digits) for _ in range(6)) + rdig(10)
    return ch([ups, f"{ups[:2]} {ups[2:5]} {ups[5:8]} {ups[8:10]} {ups[10:14]} {ups[14:]}",
               f"94{rdig(2)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(4)} {rdig(2)}", f"{rdig(4)} {rdig(4)} {rdig(4)}",
               f"JD{rdig(18)}", f"{ch(['LX', 'RR', 'CP'])}{rdig(9)}{ch(['DE', 'GB', 'CN', 'NL'])}"])


def lk_postal_code():
    uk = ch(["SW1A 1AA", "SW1A 2AA", "EC1A 1BB", "W1A 0AX", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT",
             "LS1 4AP", "EH1 1YZ", "G2 1DY", "CF10 1EP"])
    return ch([f"{ri(10000, 99950)}-{ri(1, 9999):04d}", uk, f"{ri(1067, 99998):05d}", f"{ri(10000, 99950)}"])


def lk_sports_score():
    return ch([f"{ri(0, 5)}–{ri(0, 4)}", f"{ri(85, 130)}-{ri(80, 128)}", f"{ri(0, 6)}-{ri(0, 6)}",
               f"6–{ri(0, 4)}, {ri(3, 5)}–6, 7–6", f"{ri(10, 45)}–{ri(3, 40)}", f"{ri(0, 4)}:{ri(0, 4)}"])


def lk_page_range():
    a = ri(1, 2400)
    b = a + ri(3, 60)
    return ch([f"{a}–{b}", f"{a}-{b}", f"{a}–{str(b)[-2:]}" if b // 100 == a // 100 and a >= 100 else f"{a}–{b}"])


def lk_population():
    n = ri(10_000, 40_000_000)
    return ch([f"{n:,}", f"{n:,}", f"{n:,}".replace(",", "."), f"{n:,}".replace(",", " ")])


CAS_KNOWN = ["7732-18-5", "64-17-5", "50-00-0", "7647-14-5", "58-08-2", "50-78-2", "7440-57-5", "124-38-9",
             "67-64-1", "71-43-2", "7664-93-9", "1310-73-2", "57-50-1", "7782-44-7"]


def cas_ok(c):
    a, b, k = c.split("-")
    digits = (a + b)[::-1]
    return sum((i + 1) * int(d) for i, d in enumerate(digits)) % 10 == int(k)


def lk_cas_number():
    if ch([0, 1]):
        return ch(CAS_KNOWN)
    a, b = str(ri(50, 9999999)), f"{ri(0, 99):02d}"
    digits = (a + b)[::-1]
    return f"{a}-{b}-{sum((i + 1) * int(d) for i, d in enumerate(digits)) % 10}"


def lk_patent_number():
    n = ri(4_000_000, 11_999_999)
    return ch([f"US {n:,}", f"{n:,}", f"US {n} B2", f"EP {ri(1, 3)} {rdig(3)} {rdig(3)} B1", f"US {ri(2005, 2023)}/{rdig(7)} A1",
               f"DE 10 {ri(2005, 2023)} {rdig(3)} {rdig(3)} A1"])


def lk_sku():
    return ch([f"WH-{ri(100, 9999)}XM{ri(1, 5)}-{ch('BSW')}", f"{rdig(6)}-{rdig(3)}", f"{ri(10000, 99999)}-{ch(['BLK', 'WHT', 'RED', 'NVY'])}-{ch(['S', 'M', 'L', 'XL'])}",
               f"A{ri(1000, 2999)}", f"SKU{rdig(8)}", f"{ch(string.ascii_uppercase)}{ch(string.ascii_uppercase)}-{rdig(4)}-{rdig(2)}"])


def lk_hotel_room():
    return str(ch([ri(101, 999), ri(1001, 4820)]))


def lk_flight_number():
    return f"{ch(['LH', 'BA', 'UA', 'EK', 'AF', 'KL', 'QF', 'NH', 'DL', 'LX', 'FR', 'U2'])}{ch([' ', ''])}{ri(1, 9999)}"


LOOK_GEN = {
    "version": lk_version, "date": lk_date, "time": lk_time, "price": lk_price, "isbn": lk_isbn, "doi": lk_doi,
    "uuid": lk_uuid, "hex_hash": lk_hex_hash, "git_sha": lk_git_sha, "unix_timestamp": lk_unix_ts, "gps": lk_gps,
    "arithmetic": lk_arithmetic, "long_number": lk_long_number, "private_ip": lk_private_ip,
    "loopback_ip": lk_loopback_ip, "link_local_ip": lk_link_local_ip, "cgnat_ip": lk_cgnat_ip,
    "documentation_ip": lk_documentation_ip, "mac_address": lk_mac, "non_luhn_16": lk_non_luhn_16,
    "order_number": lk_order_number, "invoice_number": lk_invoice_number, "tracking_number": lk_tracking_number,
    "postal_code": lk_postal_code, "sports_score": lk_sports_score, "page_range": lk_page_range,
    "population": lk_population, "cas_number": lk_cas_number, "patent_number": lk_patent_number, "sku": lk_sku,
    "hotel_room": lk_hotel_room, "flight_number": lk_flight_number,
}
LOOK_WEIGHT = {n: 1.0 for n in LOOK_GEN}
LOOK_WEIGHT.update({"version": 1.6, "date": 2.0, "time": 1.2, "price": 1.6, "cgnat_ip": 0.6, "loopback_ip": 0.6,
                    "link_local_ip": 0.6, "documentation_ip": 0.8})


def accidental_pii(v):
    d = re.sub(r"[ -]", "", v)
    if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) and card_iin(d):
        return True
    if re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) or "@" in v:
        return True
    for tok in re.findall(r"\d+(?:\.\d+){3}", v):
        if tok != v:  # embedded dotted quads only allowed when the whole value is the (version/ip) look-alike
            return True
    return False


def gen_look(name):
    while True:
        v = LOOK_GEN[name]()
        if not accidental_pii(v):
            return {"name": name, "value": v}


# --------------------------------------------------------------------------------------------
# sentence / block templates.  "{v}" marks the value; style "i" = inline sentence, "b" = block
# --------------------------------------------------------------------------------------------
EMAIL_T = [
    ("i", "For questions about the schedule, write to {v}."),
    ("i", "You can reach me at {v} if anything is unclear."),
    ("i", "Please send your CV and a short cover letter to {v} before the end of the month."),
    ("i", "My email is {v}, feel free to ping me there."),
    ("i", "\"Reply to {v},\" the notice said, \"not to this address.\""),
    ("i", "Questions? {v}"),
    ("i", "Drop a line to {v}; we usually answer within two working days."),
    ("i", "The organiser ({v}) confirmed the booking this morning."),
    ("i", "I've copied {first} ({v}) so they can follow up."),
    ("i", "Contact {name} <{v}> for the raw data."),
    ("i", "{v} is the quickest way to reach our support team."),
    ("i", "If you find a bug, report it to {v}!"),
    ("i", "Her address, {v}, is on the sign-up sheet."),
    ("i", "Send the signed form back to '{v}' (not the generic inbox)."),
    ("i", "Any feedback is welcome at {v} :)"),
    ("i", "ok so I emailed {v} twice and nobody answered"),
    ("b", "—\n{name}\n{org}\n{v}"),
    ("b", "From: {name} <{v}>\nSubject: Re: minutes from the meeting"),
    ("b", "Reply-To: {v}"),
    ("b", "Contact us: {v} | Privacy policy | Terms of use"),
    ("b", "© {org} · Imprint · {v}"),
    ("b", "Posted by {user} ({v})"),
    ("b", "Email: {v}"),
    ("b", "E-mail — {v}"),
    ("b", "> On Tuesday, {name} <{v}> wrote:"),
    ("b", "Maintainer: {name} <{v}>"),
    ("b", "    author_email=\"{v}\","),
    ("b", "Signed-off-by: {name} <{v}>"),
    ("b", "{user} wrote:\nthanks! you can mail me the files at {v}"),
    ("b", "Kind regards,\n{first}\n{v}"),
]
EMAIL_OBF_T = [t for t in EMAIL_T if t[1].startswith(("For", "You", "Please", "My", "Questions", "Drop",
                                                       "The organiser", "{v} is", "Any", "ok so", "Contact us",
                                                       "Posted", "Email:", "E-mail", "Kind", "{user}"))]
EMAIL_PROSE_T = [
    ("i", "Write to me at {v} and I will send you the slides."),
    ("i", "You can email {first} at {v} if you want a copy."),
    ("i", "my address is {v} (spelled out because of the spam bots)"),
    ("i", "Just email {v} and mention this post."),
    ("i", "If you want the pattern, drop me a note at {v}."),
]
MAILTO_T = [
    ("b", "<a href=\"mailto:{v}\">Contact {first}</a>"),
    ("i", "[Email the editor](mailto:{v})"),
    ("b", "<a href=\"mailto:{v}?subject=Booking%20request\">Book now</a>"),
    ("i", "Send us a message: mailto:{v}"),
    ("b", "<link rel=\"author\" href=\"mailto:{v}\">"),
    ("b", "<p>Questions? <a class=\"footer-link\" href='mailto:{v}'>Write to us</a></p>"),
]
PHONE_T = [
    ("i", "Call us on {v} during office hours."),
    ("i", "For reservations, ring {v}."),
    ("i", "You can text me at {v} if you get lost."),
    ("i", "Our hotline ({v}) is open on weekdays."),
    ("i", "\"Call {v},\" the flyer said."),
    ("i", "The number is {v}; ask for {first}."),
    ("i", "Tel. {v}"),
    ("i", "Phone/WhatsApp: {v}"),
    ("i", "{v} is the only number that still works."),
    ("i", "If no one answers, try my mobile, {v}."),
    ("i", "Give {first} a call on {v} – they know the landlord."),
    ("i", "Emergency contact: {name}, {v}."),
    ("i", "Reach the front desk at {v}!"),
    ("i", "She left a voicemail from {v} yesterday."),
    ("i", "my cell is {v} text me"),
    ("b", "Tel: {v}"),
    ("b", "Phone: {v}"),
    ("b", "Telefon: {v}"),
    ("b", "Mobile: {v}"),
    ("b", "Fax {v}"),
    ("b", "{org} | {city} | {v}"),
    ("b", "Kontakt\nTelefon {v}\nMo–Fr"),
    ("b", "Call {v} (charges may apply)"),
    ("b", "☎ {v}"),
    ("b", "{name}\n{org}\nT {v}"),
    ("b", "{user} wrote:\nI'm selling the bike, ring {v} after work."),
]
IP_T = [
    ("i", "Login attempt from {v} was blocked after five failures."),
    ("i", "The mail server resolves to {v}."),
    ("i", "I can ping {v} but SSH times out."),
    ("i", "Your IP address is {v}."),
    ("i", "Banned {v} for spamming the forum."),
    ("i", "Traffic spiked from {v} around midnight."),
    ("i", "We whitelisted {v} in the firewall."),
    ("i", "(origin: {v})"),
    ("i", "Is {v} one of yours?"),
    ("i", "Someone at {v} keeps scraping the site."),
    ("b", "— Preceding unsigned comment added by {v} (talk)"),
    ("b", "X-Forwarded-For: {v}"),
    ("b", "Client IP: {v}"),
    ("b", "remote_addr={v} status=403"),
    ("b", "{v} - - \"POST /wp-login.php HTTP/1.1\" 401"),
    ("b", "Last login: Mon from {v}"),
    ("b", "Received: from mail.{org_slug}.com ([{v}])"),
    ("b", "allow {v};"),
]
IP_URL4_T = [("i", "The admin panel is at http://{v}:8080/admin for now."), ("b", "curl -s https://{v}/healthz"),
             ("i", "open http://{v}/ in your browser"), ("b", "proxy_pass http://{v}:3000;")]
IP_URL6_T = [("i", "Try http://[{v}]/ directly."), ("b", "curl -g \"https://[{v}]:8443/status\""),
             ("i", "the mirror at http://[{v}]/debian/ is faster"), ("b", "endpoint = \"[{v}]:51820\"")]
CARD_T = [
    ("i", "My card number is {v}, can you check whether the payment went through?"),
    ("i", "Please charge the remaining balance to {v}."),
    ("i", "She read the number out loud: {v}."),
    ("i", "I used {v} for the hotel deposit."),
    ("i", "(card {v})"),
    ("i", "Someone used my {brand} {v} in another country!"),
    ("i", "is it safe to give my {brand} number {v} to this website?"),
    ("b", "Card number: {v}"),
    ("b", "CC#: {v}"),
    ("b", "Payment method: {brand} {v}"),
    ("b", "Cardholder: {name}\nNumber: {v}"),
    ("b", "card={v}"),
]
IBAN_T = [
    ("i", "Please transfer the deposit to IBAN {v}."),
    ("i", "Send the rent to my account {v} by Monday."),
    ("i", "The refund will go to {v}."),
    ("i", "My IBAN is {v} (account holder {name})."),
    ("i", "Wire the money to {v} and put the invoice reference in the memo."),
    ("i", "can someone check if {v} is a valid IBAN?"),
    ("b", "IBAN: {v}"),
    ("b", "Bankverbindung: {name}, IBAN {v}"),
    ("b", "Account holder: {name}\nIBAN: {v}"),
    ("b", "Kontoinhaber: {name} · IBAN: {v}"),
    ("b", "Payee IBAN {v}"),
    ("b", "Coordonnées bancaires : IBAN {v}"),
]
SSN_T = [
    ("i", "My SSN is {v}, do I need to put it on the form?"),
    ("i", "(SSN {v})"),
    ("i", "He gave the clerk his social, {v}, over the phone."),
    ("i", "{name}, SSN {v}, applied online."),
    ("i", "the agent asked me to confirm {v} as my social security number"),
    ("b", "Social Security number: {v}"),
    ("b", "SSN# {v}"),
    ("b", "Employee: {name}\nSSN: {v}"),
]
CPF_T = [
    ("i", "My CPF is {v}."),
    ("i", "Buyer: {name} (CPF {v})"),
    ("i", "Please include the CPF ({v}) on the invoice."),
    ("i", "the shop refused my CPF {v} because it was \"invalid\""),
    ("b", "CPF: {v}"),
    ("b", "CPF nº {v}"),
    ("b", "Cliente: {name} — CPF {v}"),
]
SECRET_T = {
    "aws": [("b", "AWS_ACCESS_KEY_ID={v}"), ("b", "aws_access_key_id = {v}"), ("b", "export AWS_ACCESS_KEY_ID={v}"),
            ("b", "    \"AccessKeyId\": \"{v}\","), ("i", "I accidentally pushed my key {v} to a public repo, what do I do?"),
            ("i", "The leaked credential ({v}) was still active a week later.")],
    "github": [("b", "GITHUB_TOKEN={v}"), ("b", "git remote set-url origin https://{v}@github.com/{user}/{repo}.git"),
               ("b", "Authorization: token {v}"), ("i", "use this PAT for the CI job: {v}"),
               ("b", "    token: {v}"), ("i", "My token {v} stopped working after the org enabled SSO.")],
    "slack": [("b", "SLACK_BOT_TOKEN={v}"), ("b", "slack_token = \"{v}\""),
              ("b", "curl -H 'Authorization: Bearer {v}' https://slack.com/api/chat.postMessage"),
              ("i", "the bot token is {v} if you want to test it")],
    "stripe": [("b", "STRIPE_SECRET_KEY={v}"), ("b", "stripe.api_key = \"{v}\""), ("b", "Stripe::setApiKey('{v}');"),
               ("i", "Why does {v} return an authentication error in test mode?")],
    "pem": [("b", "Here is the key file you asked for:\n{v}"), ("b", "{v}"), ("b", "$ cat ~/.ssh/id_deploy\n{v}"),
            ("b", "key.pem:\n\n{v}\n\nDon't share it.")],
    "password": [("i", "my email password: {v} — is it strong enough?"), ("b", "[{user}] wifi password: {v}"),
                 ("b", "login: {user}\npassword: {v}"), ("i", "ok the password: {v} (change it after you log in)"),
                 ("b", "<{user}> router password: {v}"), ("i", "Password: {v} — it's the same one as the shared drive."),
                 ("b", "{user}: PASSWORD: {v}"), ("i", "the new password: {v}, don't tell anyone")],
}
LOOK_T = {
    "version": ["Upgrade to version {v} to fix the memory leak.", "Tested on {v} only.", "(requires release {v} or newer)",
                "Firmware {v} is now rolling out.", "pip install django=={v}", "We pinned the library at {v} until the regression is fixed.",
                "Build {v}", "The changelog for {v} lists three fixes."],
    "date": ["The meeting was moved to {v}.", "Posted on {v}", "Delivery date: {v}", "(last updated {v})",
             "It opened on {v} after two years of work.", "Offer valid until {v}.", "{v} – minutes of the annual meeting"],
    "time": ["Doors open at {v}.", "The train leaves at {v}.", "Opening hours: {v}", "(timestamp {v})",
             "We met at {v} sharp."],
    "price": ["The ticket costs {v}.", "Total: {v}", "They sold the painting for {v}!", "Price: {v} incl. VAT",
              "Rent is {v} per month."],
    "isbn": ["ISBN {v}", "(ISBN: {v})", "The second edition (ISBN {v}) adds a chapter on sampling."],
    "doi": ["doi:{v}", "https://doi.org/{v}", "The paper (DOI {v}) reports similar results."],
    "uuid": ["request_id={v}", "Session {v} expired.", "\"id\": \"{v}\"", "Error reference: {v}"],
    "hex_hash": ["SHA-256: {v}", "md5 {v}", "The file checksum is {v}.", "sha1sum: {v}"],
    "git_sha": ["commit {v}", "Fixed in {v}.", "(reverted in {v})", "git checkout {v}"],
    "unix_timestamp": ["ts={v}", "\"created\": {v},", "The log entry has timestamp {v}.", "expires_at: {v}"],
    "gps": ["Coordinates: {v}", "The summit is at {v}.", "GPS {v}", "(location: {v})"],
    "arithmetic": ["{v}", "Check: {v}.", "So the answer is {v}.", "We computed {v} by hand."],
    "long_number": ["The constant is {v}.", "{v}", "Serial run count {v}", "The sequence continues: {v}"],
    "private_ip": ["Set the gateway to {v}.", "The printer is at {v}.", "listen {v}:80;", "DNS server: {v}",
                   "my router's admin page is http://{v}/"],
    "loopback_ip": ["{v} localhost", "The dev server runs on {v}.", "curl http://{v}:5000/", "bind-address = {v}"],
    "link_local_ip": ["The interface only got {v}, so DHCP failed.", "inet6 {v} scope link", "APIPA address {v}"],
    "cgnat_ip": ["My WAN address shows {v}, so I'm behind CGNAT.", "Tailscale gave the node {v}.", "wan_ip={v}"],
    "documentation_ip": ["In this example the client is {v}.", "Replace {v} with your server's address.",
                         "e.g. ping {v}"],
    "mac_address": ["MAC: {v}", "The device with address {v} keeps dropping off.", "ether {v}", "HWaddr {v}"],
    "non_luhn_16": ["Booking reference {v}", "Serial number: {v}", "Membership no. {v}", "The barcode reads {v}.",
                    "Ticket {v}"],
    "order_number": ["Order {v} has shipped.", "Your order number is {v}.", "Order no. {v}", "(order {v})"],
    "invoice_number": ["Invoice {v} is overdue.", "Invoice no.: {v}", "Please quote {v} when paying."],
    "tracking_number": ["Tracking number: {v}", "The parcel ({v}) is stuck in customs.", "track {v} on the carrier site"],
    "postal_code": ["{city} {v}", "Postcode: {v}", "ZIP {v}", "Send it to the depot, postal code {v}."],
    "sports_score": ["The home side won {v}.", "Final score: {v}", "They lost {v} after extra time.", "({v})"],
    "page_range": ["pp. {v}", "See pages {v}.", "Journal of Things 12(3), pp. {v}."],
    "population": ["The city had a population of {v} at the last census.", "Population: {v}",
                   "about {v} people live in the region"],
    "cas_number": ["CAS {v}", "(CAS No. {v})", "CAS RN: {v}"],
    "patent_number": ["Patent {v}", "(patent {v})", "This hinge design is protected by patent {v}.", "cf. {v}"],
    "sku": ["SKU: {v}", "Item {v} is back in stock.", "Model {v}"],
    "hotel_room": ["We stayed in room {v}.", "Room {v}, second key card at reception.", "(room {v})"],
    "flight_number": ["Flight {v} was delayed.", "I'm on {v} tomorrow.", "Flight: {v}"],
}

# labels for forms (key: value lines, CSV, JSON, tables)
KIND_LABELS = {"email": ["Email", "E-mail", "Mail", "email"], "phone": ["Phone", "Tel", "Mobile", "Cell", "Telefon"],
               "ip": ["IP", "IP address", "Client IP"], "card": ["Card", "Card number", "CC"],
               "iban": ["IBAN", "Bank account"], "national_id": None, "secret": ["API key", "Token", "Key"]}
LOOK_LABELS = {"date": ["Date", "Submitted", "Delivery date"], "time": ["Time", "Pickup time"],
               "price": ["Amount", "Total", "Price"], "order_number": ["Order", "Order no."],
               "invoice_number": ["Invoice"], "tracking_number": ["Tracking"], "postal_code": ["Postcode", "ZIP"],
               "version": ["Version", "App version"], "uuid": ["Request ID"], "sku": ["SKU"],
               "hotel_room": ["Room"], "flight_number": ["Flight"], "private_ip": ["Gateway"],
               "mac_address": ["MAC"], "non_luhn_16": ["Reference"], "unix_timestamp": ["Timestamp"]}


def pii_templates(item):
    k, s = item["kind"], item["sub"]
    if k == "email":
        if s == "mailto":
            return MAILTO_T
        if s == "obf_prose":
            return EMAIL_PROSE_T
        if s.startswith("obf"):
            return EMAIL_OBF_T
        return EMAIL_T
    if k == "phone":
        return PHONE_T
    if k == "ip":
        if s == "v4_url":
            return IP_URL4_T
        if s == "v6_url":
            return IP_URL6_T
        if s == "v6_port":
            return [("b", "[{v}]:" + ch(["443", "8443", "22", "51820"])), ("i", "connect to [{v}]:8080 instead")]
        return IP_T
    if k == "card":
        return CARD_T
    if k == "iban":
        return IBAN_T
    if k == "national_id":
        return SSN_T if s == "ssn" else CPF_T
    return SECRET_T[s]


class Builder:
    def __init__(self):
        self.parts, self.n, self.anns = [], 0, []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)

    def v(self, item):
        self.anns.append((self.n, self.n + len(item["value"]), item))
        self.t(item["value"])
        if item.get("suffix"):
            self.t(item["suffix"])

    def text(self):
        return "".join(self.parts)


def render_single(item, ctx, is_pii):
    if is_pii:
        style, tpl = ch(pii_templates(item))
        if item["kind"] == "card":
            tpl = tpl.replace("{brand}", item["brand"])
    else:
        tpl = ch(LOOK_T[item["name"]])
        style = "i"
    c = dict(ctx)
    c["org_slug"] = re.sub(r"[^a-z]+", "-", ctx["org"].lower()).strip("-")
    tpl = fill(tpl, c)
    pre, post = tpl.split("{v}")
    b = Builder()
    b.t(pre)
    b.v(item)
    b.t(post)
    return style, b


def csv_quote(s, sep):
    return f'"{s}"' if (sep in s or '"' in s) else s


def render_form(items, ctx):
    """Several items in one block: key/value lines, one-line footer, CSV, JSON, markdown table, signature."""
    labels = []
    for it in items:
        if "kind" in it:
            if it["kind"] == "national_id":
                labels.append("SSN" if it["sub"] == "ssn" else "CPF")
            else:
                labels.append(ch(KIND_LABELS[it["kind"]]))
        else:
            labels.append(ch(LOOK_LABELS[it["name"]]))
    style = ch(["kv", "kv", "line", "csv", "json", "table", "signature"])
    b = Builder()
    if style == "kv":
        b.t(ch(["Name: {name}\n", "Contact form submission\nName: {name}\n", "", "Applicant: {name}\n"]).replace("{name}", ctx["name"]))
        sep = ch([": ", ":\t", " - "])
        for i, (lab, it) in enumerate(zip(labels, items)):
            b.t(lab + sep)
            b.v(it)
            if i < len(items) - 1:
                b.t("\n")
    elif style == "line":
        b.t(ch([f"{ctx['org']} · ", f"Name: {ctx['name']} / ", "", f"{ctx['name']}, "]))
        joiner = ch([" · ", " / ", " | ", "; "])
        for i, (lab, it) in enumerate(zip(labels, items)):
            b.t(lab + ch([": ", " "]))
            b.v(it)
            if i < len(items) - 1:
                b.t(joiner)
    elif style == "signature":
        b.t(f"--\n{ctx['name']}\n{ctx['org']}\n")
        for i, (lab, it) in enumerate(zip(labels, items)):
            b.t(ch([lab[0] + ": ", lab + ": ", ""]))
            b.v(it)
            if i < len(items) - 1:
                b.t("\n")
    elif style == "csv":
        sep = ch([",", ";", "\t"])
        heads = ["name"] + [re.sub(r"[^a-z]+", "_", l.lower()).strip("_") for l in labels]
        b.t(sep.join(heads) + "\n")
        b.t(csv_quote(ctx["name"], sep))
        for it in items:
            b.t(sep)
            q = sep in it["value"] or '"' in it["value"]
            if q:
                b.t('"')
            b.v(dict(it, suffix=None))
            if q:
                b.t('"')
    elif style == "json":
        b.t('{"name": "' + ctx["name"] + '"')
        for lab, it in zip(labels, items):
            key = re.sub(r"[^a-z]+", "_", lab.lower()).strip("_")
            b.t(f', "{key}": "')
            b.v(dict(it, suffix=None))
            b.t('"')
        b.t("}")
    else:
        b.t("| Name | " + " | ".join(labels) + " |\n|" + "---|" * (len(labels) + 1) + "\n| " + ctx["name"] + " | ")
        for it in items:
            b.v(dict(it, suffix=None))
            b.t(" | ")
        b.parts[-1] = " |"
    return "b", b


FORM_KINDS = ("email", "phone", "card", "iban", "national_id", "ip")


def form_ok(it):
    if "kind" in it:
        return it["kind"] in FORM_KINDS and it["sub"] not in ("mailto", "obf_prose", "v4_url", "v6_url", "v6_port")
    return it["name"] in LOOK_LABELS


# --------------------------------------------------------------------------------------------
# base text
# --------------------------------------------------------------------------------------------
PII_IN_BASE = [re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"), re.compile(r"\(?\b\d{3}\)?[ .-]\d{3}-\d{4}\b"),
               re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")]


def has_real_pii(t):
    return any(p.search(t) for p in PII_IN_BASE)


PARA_JOIN = re.compile(r"(?<=[a-z0-9)\]\"'%])[.!?][\"')\]]?(?=[A-Z])")
SENT_END = re.compile(r"[.!?][\"')\]]? (?=[A-Z])")


def wiki_chunks(text, target=1500):
    cuts = [m.end() for m in PARA_JOIN.finditer(text)]
    paras, last = [], 0
    for c in cuts + [len(text)]:
        if c > last:
            paras.append(text[last:c])
            last = c
    pieces = []
    for p in paras:
        if len(p) <= 2 * target:
            pieces.append(p)
            continue
        cur_start = 0
        for m in SENT_END.finditer(p):
            if m.end() - cur_start > target:
                pieces.append(p[cur_start:m.end()])
                cur_start = m.end()
        pieces.append(p[cur_start:])
    chunks, cur = [], ""
    for p in pieces:
        if cur and len(cur) + len(p) > target:
            chunks.append(cur)
            cur = p
        else:
            cur += p
    if cur:
        if len(cur) < 300 and chunks:
            chunks[-1] += cur
        else:
            chunks.append(cur)
    assert "".join(chunks) == text
    return chunks


def load_base():
    with open(ALPACA, encoding="utf-8") as f:
        alpaca = [r["output"] for r in json.load(f)]
    with gzip.open(HH, "rt", encoding="utf-8") as f:
        hh = [json.loads(line)["chosen"] for line in f if line.strip()]
    wiki = []
    with open(WIKI, encoding="utf-8") as f:
        for line in f:
            if line.strip():
                wiki.extend(wiki_chunks(json.loads(line)["text"]))
    excluded = Counter()
    docs = []
    for src, texts, n in (("alpaca", alpaca, N_ALPACA), ("hh", hh, N_HH), ("wiki", wiki, N_WIKI)):
        ok = []
        for t in texts:
            if not t.strip():
                excluded[src + ":empty"] += 1
            elif has_real_pii(t):
                excluded[src + ":pii_in_base"] += 1
            else:
                ok.append(t)
        idx = sorted(rng.sample(range(len(ok)), n))
        docs.extend((src, ok[i]) for i in idx)
    return docs, excluded, {"alpaca": len(alpaca), "hh": len(hh), "wiki_chunks": len(wiki)}


# --------------------------------------------------------------------------------------------
# insertion
# --------------------------------------------------------------------------------------------
def boundaries(base, src):
    pts = [(0, "start"), (len(base), "end")]
    if src == "hh":
        pts += [(m.start(), "turn") for m in re.finditer(r"\n\n(?=Human:|Assistant:)", base) if m.start() > 0]
    pts += [(m.end(), "para") for m in re.finditer(r"\n\n+", base) if 0 < m.end() < len(base)
            and not base.startswith(("Human:", "Assistant:"), m.end())]
    pts += [(m.end(), "line") for m in re.finditer(r"(?<!\n)\n(?!\n)", base) if m.end() < len(base)]
    pts += [(m.end(), "sent") for m in SENT_END.finditer(base)]
    if src == "wiki":
        pts += [(m.end(), "glued") for m in PARA_JOIN.finditer(base)]
    return pts


def wrap(style, btype, src, base, pos):
    """(prefix, suffix) around a snippet inserted at a boundary of the given type."""
    if btype == "turn":
        return ch(["\n\nHuman: ", "\n\nHuman: ", "\n\nAssistant: "]) if style == "i" else "\n\nHuman: ", ""
    if btype == "start":
        if src == "hh":
            return "\n\nHuman: ", ""
        return "", (ch([" ", "\n"]) if style == "i" else "\n\n")
    if btype == "end":
        tail_ws = base[len(base.rstrip()):] if base else ""
        if style == "i":
            if src == "hh" and ch([0, 1]):
                return ("" if tail_ws else "\n\n") + "Human: ", ""
            return ("" if tail_ws else ch([" ", "\n"])), ""
        return ("\n" if tail_ws.endswith("\n") else "\n\n"), ""
    if btype == "para":
        return "", (ch([" ", "\n\n"]) if style == "i" else "\n\n")
    if btype == "line":
        return "", "\n"
    if btype == "sent":
        return ("", " ") if style == "i" else ("\n", "\n")
    # glued paragraph join in wiki text ("end.Next")
    return (" ", " ") if style == "i" else ("\n\n", "\n\n")


def choose_boundary(pts, style, src):
    if style == "b":
        pref = [p for p in pts if p[1] in ("start", "end", "para", "line", "turn", "glued")]
        if src == "hh":
            pref = [p for p in pts if p[1] in ("turn", "end")] + [p for p in pts if p[1] == "para"]
        if rng.random() < 0.85 and pref:
            return ch(pref)
        return ch(pts)
    if src == "hh" and rng.random() < 0.5:
        turns = [p for p in pts if p[1] in ("turn", "end")]
        if turns:
            return ch(turns)
    r = rng.random()
    if r < 0.15:
        return ch([p for p in pts if p[1] in ("start", "end")])
    return ch(pts)


def build_doc(src, base):
    doc = {"national": None}
    n_pii = rng.choices([0, 1, 2, 3], weights=[0.22, 0.36, 0.26, 0.16])[0]
    n_look = rng.choices([0, 1, 2, 3], weights=[0.25, 0.33, 0.25, 0.17])[0]
    ctx = new_ctx()
    kinds = rng.choices(list(KIND_WEIGHTS), weights=list(KIND_WEIGHTS.values()), k=n_pii)
    pii = [PII_GEN[k](ctx, doc) for k in kinds]
    names = rng.choices(list(LOOK_WEIGHT), weights=list(LOOK_WEIGHT.values()), k=n_look)
    looks = [gen_look(n) for n in names]

    snippets = []
    pool = [(it, True) for it in pii] + [(it, False) for it in looks]
    rng.shuffle(pool)
    formable = [p for p in pool if form_ok(p[0])]
    if len(formable) >= 2 and any(p[1] for p in formable) and rng.random() < 0.35:
        group = formable[:ri(2, min(4, len(formable)))]
        snippets.append(render_form([g[0] for g in group], ctx))
        pool = [p for p in pool if all(p is not g for g in group)]
    for it, is_pii in pool:
        snippets.append(render_single(it, ctx if is_pii else new_ctx(), is_pii))

    pts = boundaries(base, src)
    placed = []
    for order, (style, b) in enumerate(snippets):
        pos, btype = choose_boundary(pts, style, src)
        pre, post = wrap(style, btype, src, base, pos)
        placed.append((pos, order, pre + b.text() + post, len(pre), b.anns))
    placed.sort(key=lambda x: (x[0], x[1]))

    out, spans, lookalikes, cur = [], [], [], 0
    length = 0
    for pos, _, snippet, off, anns in placed:
        out.append(base[cur:pos])
        length += pos - cur
        cur = pos
        for s, e, it in anns:
            rec = {"start": length + off + s, "end": length + off + e}
            if "kind" in it:
                spans.append(dict(rec, kind=it["kind"], value=it["value"], _sub=it["sub"]))
            else:
                lookalikes.append(dict(rec, name=it["name"], value=it["value"]))
        out.append(snippet)
        length += len(snippet)
    out.append(base[cur:])
    text = "".join(out)

    if doc["national"] and doc["national"] != "US":
        url = cctld_url(doc["national"])
    else:
        r = rng.random()
        if r < 0.2:
            url = ch(GENERIC_URLS).replace("{s}", ch(URL_SLUGS))
        elif r < 0.3 and doc["national"] is None:
            url = cctld_url(ch(list(CCTLD)))
        else:
            url = None
    return text, url, spans, lookalikes


# --------------------------------------------------------------------------------------------
def verify(row):
    t = row["text"]
    allr = [(s["start"], s["end"]) for s in row["spans"]] + [(l["start"], l["end"]) for l in row["lookalikes"]]
    for s in row["spans"] + row["lookalikes"]:
        assert t[s["start"]:s["end"]] == s["value"], (s, t[s["start"]:s["end"]])
    for s in row["spans"]:
        assert s["kind"] in KINDS
    allr.sort()
    for (a1, b1), (a2, b2) in zip(allr, allr[1:]):
        assert b1 <= a2, "overlapping annotations"


def main():
    docs, excluded, sizes = load_base()
    rows = []
    sub_counts, kind_counts, look_counts, src_counts = Counter(), Counter(), Counter(), Counter()
    for src, base in docs:
        text, url, spans, looks = build_doc(src, base)
        for s in spans:
            sub_counts[f"{s['kind']}/{s.pop('_sub')}"] += 1
            kind_counts[s["kind"]] += 1
        for l in looks:
            look_counts[l["name"]] += 1
        row = {"text": text, "language": "en", "url": url, "spans": spans, "lookalikes": looks}
        verify(row)
        rows.append(row)
        src_counts[src] += 1
    rng.shuffle(rows)
    with open(OUT, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} documents to {os.path.relpath(OUT, ROOT)}")
    print("sources:", dict(src_counts), "pool sizes:", sizes, "excluded:", dict(excluded))
    print("docs without spans:", sum(1 for r in rows if not r["spans"]),
          "| without spans and look-alikes:", sum(1 for r in rows if not r["spans"] and not r["lookalikes"]),
          "| with url:", sum(1 for r in rows if r["url"]))
    print("spans per kind:", dict(sorted(kind_counts.items())), "total", sum(kind_counts.values()))
    print("look-alikes per name:", dict(sorted(look_counts.items())), "total", sum(look_counts.values()))
    print("span variants:")
    for k, v in sorted(sub_counts.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    sys.exit(main())
