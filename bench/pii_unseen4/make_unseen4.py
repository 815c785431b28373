#!/usr/bin/env python3
"""Build unseen4.jsonl: an independent, labelled PII test set (stdlib only, fixed seed).

Run from /work/main:  .venv/bin/python bench/pii_unseen4/make_unseen4.py
Base text is real text from /work/shared/data; PII values and look-alikes are synthetic
and planted with exact character offsets.  See README.md beside this file.
"""
import gzip
import json
import os
import random
import re
import unicodedata

SEED = 4_2024_0611
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data"
OUT = os.path.join(HERE, "unseen4.jsonl")
N_DOCS = 500

# ---------------------------------------------------------------- part 1: values

def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(payload):
    for c in "0123456789":
        if luhn_ok(payload + c):
            return payload + c
    raise AssertionError


def rdig(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1)) if n else ""


# ---- payment cards (public IIN ranges of the major networks)
CARD_NETS = [
    # name, prefixes, length, grouping
    ("visa", ["4"], 16, (4, 4, 4, 4)),
    ("mastercard", ["51", "52", "53", "54", "55"], 16, (4, 4, 4, 4)),
    ("mastercard-2series", [str(p) for p in range(2221, 2721, 37)], 16, (4, 4, 4, 4)),
    ("amex", ["34", "37"], 15, (4, 6, 5)),
    ("discover", ["6011", "644", "645", "647", "649", "65"], 16, (4, 4, 4, 4)),
    ("jcb", [str(p) for p in range(3528, 3590, 7)], 16, (4, 4, 4, 4)),
    ("diners", ["36", "300", "305"], 14, (4, 6, 4)),
    ("unionpay", ["62"], 16, (4, 4, 4, 4)),
    ("unionpay-19", ["62"], 19, (4, 4, 4, 4, 3)),
    ("maestro", ["6759", "5018", "5020"], 16, (4, 4, 4, 4)),
]
CARD_W = [30, 16, 6, 12, 7, 6, 4, 6, 2, 3]


def group(s, sizes, sep):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return sep.join(out)


def gen_card(rng):
    name, prefs, n, grp = rng.choices(CARD_NETS, CARD_W)[0]
    p = rng.choice(prefs)
    num = luhn_complete(p + rdig(rng, n - len(p) - 1))
    sep = rng.choices([" ", "-", ""], [5, 2, 3])[0]
    v = group(num, grp, sep) if sep else num
    return v, f"{name} {n}d sep={'none' if not sep else repr(sep)}"


def gen_luhn_fail16(rng):
    p = rng.choice(["4", "51", "53", "55", "6011", "37", "35"])
    while True:
        num = p + rdig(rng, 16 - len(p))
        if not luhn_ok(num):
            break
    sep = rng.choice([" ", "-", ""])
    return group(num, (4, 4, 4, 4), sep) if sep else num


# ---- IBAN (ISO 13616, mod-97-10), with national check digits where public and simple
def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check(cc, bban):
    return "%02d" % (98 - int(_num(bban + cc + "00")) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    return int(_num(s[4:] + s[:4])) % 97 == 1


def _es_dc(s10):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(a) * b for a, b in zip(s10, w)) % 11
    return {11: 0, 10: 1}.get(d, d)


_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]


def _it_cin(s):
    t = 0
    for i, c in enumerate(s):
        k = int(c) if c.isdigit() else ord(c) - 65
        t += _IT_ODD[k] if i % 2 == 0 else k
    return chr(65 + t % 26)


def _bban(cc, rng):
    if cc == "DE":
        return rng.choice(["10070000", "20050550", "37040044", "50010517", "70150000", "12030000", "43060967", "76050101"]) + rdig(rng, 10)
    if cc == "AT":
        return rng.choice(["20111", "12000", "32000", "14000", "38000"]) + rdig(rng, 11)
    if cc == "CH":
        return rng.choice(["00700", "09000", "00235", "00767", "08390"]) + rdig(rng, 12)
    if cc == "FR":
        b, g, a = rng.choice(["30004", "30003", "20041", "10278", "30002", "18206"]), rdig(rng, 5), rdig(rng, 11)
        k = 97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97
        return b + g + a + "%02d" % k
    if cc == "ES":
        b, o, a = rng.choice(["2100", "0049", "0182", "0081", "2085", "0128"]), rdig(rng, 4), rdig(rng, 10)
        return b + o + str(_es_dc("00" + b + o)) + str(_es_dc(a)) + a
    if cc == "IT":
        body = rng.choice(["03069", "02008", "05034", "01030", "03062"]) + rdig(rng, 5) + rdig(rng, 12)
        return _it_cin(body) + body
    if cc == "NL":
        while True:
            a = rdig(rng, 9)
            last = (-sum(int(d) * (10 - i) for i, d in enumerate(a))) % 11
            if last < 10:
                return rng.choice(["ABNA", "RABO", "INGB", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + a + str(last)
    if cc == "BE":
        f = rng.choice(["001", "068", "310", "363", "735", "063"]) + rdig(rng, 7)
        c = int(f) % 97 or 97
        return f + "%02d" % c
    if cc == "GB":
        b, sc = rng.choice([("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")])
        return b + sc + rdig(rng, 4) + rdig(rng, 8)
    if cc == "IE":
        b, sc = rng.choice([("AIBK", "93"), ("BOFI", "90"), ("IPBS", "99")])
        return b + sc + rdig(rng, 4) + rdig(rng, 8)
    if cc == "PL":
        s7 = rng.choice(["102", "114", "105", "124", "109", "116"]) + rdig(rng, 4)
        c = (10 - sum(int(a) * b for a, b in zip(s7, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
        return s7 + str(c) + rdig(rng, 16)
    if cc == "PT":
        s = rng.choice(["0035", "0033", "0007", "0010", "0036"]) + rdig(rng, 4) + rdig(rng, 11)
        return s + "%02d" % (98 - int(s) * 100 % 97)
    if cc == "SE":
        return rng.choice(["500", "800", "600", "300"]) + rdig(rng, 17)
    if cc == "NO":
        while True:
            s = rng.choice(["1503", "1254", "3000", "9710", "1607"]) + rdig(rng, 6)
            r = sum(int(a) * b for a, b in zip(s, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            c = 0 if r == 0 else 11 - r
            if c < 10:
                return s + str(c)
    raise KeyError(cc)


IBAN_CC = ["DE", "AT", "CH", "FR", "ES", "IT", "NL", "BE", "GB", "IE", "PL", "PT", "SE", "NO"]


def gen_iban(rng, cc=None, spaced=None):
    cc = cc or rng.choice(IBAN_CC)
    bban = _bban(cc, rng)
    s = cc + iban_check(cc, bban) + bban
    assert iban_valid(s), s
    if spaced is None:
        spaced = rng.random() < 0.6
    v = " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if spaced else s
    return v, f"{cc} {'spaced' if spaced else 'compact'}"


def gen_iban_bad(rng, cc=None):
    v, _ = gen_iban(rng, cc)
    good = v[2:4]
    while True:
        bad = "%02d" % rng.randint(2, 98)
        if bad != good:
            break
    v = v[:2] + bad + v[4:]
    assert not iban_valid(v)
    return v


# ---- IPv4 public unicast (outside the IANA special-purpose registry, 224/4, 240/4)
def ipv4_public(a, b, c, d):
    if a in (0, 10, 127) or a >= 224:
        return False
    if a == 100 and 64 <= b <= 127: return False
    if a == 169 and b == 254: return False
    if a == 172 and 16 <= b <= 31: return False
    if a == 192 and b == 168: return False
    if a == 192 and b == 0 and c in (0, 2): return False
    if a == 192 and b == 88 and c == 99: return False
    if a == 198 and b in (18, 19): return False
    if a == 198 and b == 51 and c == 100: return False
    if a == 203 and b == 0 and c == 113: return False
    return True


def gen_ipv4(rng):
    while True:
        a = rng.randint(1, 223)
        b, c, d = rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)
        if ipv4_public(a, b, c, d):
            return f"{a}.{b}.{c}.{d}", f"ipv4 first-octet {a}"


# ---- IPv6 global unicast, prefixes of real RIR/provider allocations (not 2001:db8::/32)
V6_PREFIX = ["2a01:4f8", "2a02:2e0", "2a00:1450", "2a03:2880", "2a01:e0a", "2a02:8109", "2a0e:97c0", "2001:41d0",
             "2001:470", "2001:67c", "2001:4860", "2606:4700", "2600:1f18", "2604:a880", "2607:f8b0", "2620:fe",
             "2400:cb00", "2404:6800", "2405:8100", "240e:3b0", "2409:8a00", "2401:4900", "2800:3f0", "2804:14c",
             "2c0f:fb50", "2a0a:e5c0", "2001:1600", "2003:e2"]


def gen_ipv6(rng):
    pre = rng.choice(V6_PREFIX).split(":")
    g = pre + ["%x" % rng.randint(0, 0xffff) for _ in range(8 - len(pre))]
    style = rng.choices(["zeros", "full", "plain"], [6, 1, 2])[0]
    if style == "zeros":
        i = rng.randint(len(pre), 5)
        n = rng.randint(2, 7 - i)
        for k in range(i, i + n):
            g[k] = "0"
        v = ":".join(g[:i]) + "::" + ":".join(g[i + n:])
    elif style == "full":
        v = ":".join(x.zfill(4) for x in g)
    else:
        v = ":".join(g)
    if rng.random() < 0.12:
        v = v.upper()
    return v, f"ipv6 {style} {'/'.join(pre)}"


# ---- phone numbers: allocated geographic / mobile ranges per national numbering plans
def _g(rng, *ns):
    return [rdig(rng, n, "23456789" if i == 0 else "0123456789") for i, n in enumerate(ns)]


def phone_parts(rng, c):
    """return (national, international) strings for country c"""
    if c == "us":
        area = rng.choice(["212", "646", "718", "415", "510", "650", "312", "773", "617", "303", "206", "512", "702",
                           "919", "404", "305", "713", "214", "602", "503", "612", "215", "313", "704", "801", "843"])
        while True:
            ex = rdig(rng, 3, "23456789")
            if ex[1:] != "11" and ex != "555":
                break
        ln = rdig(rng, 4)
        nat = rng.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"{area} {ex} {ln}"])
        intl = rng.choice([f"+1 {area} {ex} {ln}", f"+1 ({area}) {ex}-{ln}", f"+1-{area}-{ex}-{ln}"])
        return nat, intl
    if c == "gb":
        t = rng.choice(["lon", "man", "edi", "mob", "mob"])
        if t == "lon":
            while True:
                a, b = rng.choice("378") + rdig(rng, 3), rdig(rng, 4)
                if not (a == "7946" and b[0] == "0"):
                    break
            return f"020 {a} {b}", f"+44 20 {a} {b}"
        if t in ("man", "edi"):
            ac = "161" if t == "man" else "131"
            while True:
                a, b = _g(rng, 3, 4)
                if not (a == "496" and b[0] == "0"):
                    break
            return f"0{ac} {a} {b}", f"+44 {ac} {a} {b}"
        while True:
            m = "7" + rng.choice("45789") + rdig(rng, 2)
            r = rdig(rng, 6)
            if not (m == "7700" and r.startswith("900")) and not m.startswith("76"):
                break
        return f"0{m} {r}", f"+44 {m} {r}"
    if c == "de":
        if rng.random() < 0.5:
            ac = rng.choice(["30", "89", "40", "69", "221", "711", "211", "341"])
            s = rdig(rng, 8 if len(ac) == 2 else 7, "23456789")
            nat = rng.choice([f"0{ac} {s}", f"0{ac}/{s}", f"(0{ac}) {s[:4]} {s[4:]}", f"0{ac}-{s}"])
            intl = rng.choice([f"+49 {ac} {s}", f"+49 (0){ac} {s}", f"+49 {ac} {s[:4]} {s[4:]}"])
        else:
            ac = rng.choice(["151", "152", "157", "159", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
            s = rdig(rng, 8 if ac in ("151", "152", "157", "159", "176") else 7)
            nat = rng.choice([f"0{ac} {s}", f"0{ac}/{s}", f"0{ac}-{s}", f"0{ac} {s[:3]} {s[3:]}"])
            intl = rng.choice([f"+49 {ac} {s}", f"+49 (0) {ac} {s}", f"+49{ac}{s}"])
        return nat, intl
    if c == "at":
        if rng.random() < 0.5:
            s = rdig(rng, 7, "2345789")
            return rng.choice([f"01 {s}", f"01/{s[:3]} {s[3:]}"]), f"+43 1 {s}"
        ac = rng.choice(["664", "676", "660", "699", "650"])
        s = rdig(rng, 7)
        return rng.choice([f"0{ac} {s}", f"0{ac}/{s}"]), rng.choice([f"+43 {ac} {s}", f"+43 (0){ac} {s}"])
    if c == "ch":
        ac = rng.choice(["44", "31", "22", "61", "76", "77", "78", "79"])
        a, b, d = _g(rng, 3, 2, 2)
        return f"0{ac} {a} {b} {d}", rng.choice([f"+41 {ac} {a} {b} {d}", f"+41 (0){ac} {a} {b} {d}"])
    if c == "fr":
        z = rng.choice(["1", "2", "3", "4", "5", "6", "6", "7"])
        while True:
            p = [rdig(rng, 2, "23456789" if z != "7" else "5678")] + [rdig(rng, 2) for _ in range(3)]
            if not (z == "1" and p[0] == "99"):
                break
        sep = rng.choice([" ", ".", " ", ""])
        nat = "0" + z + sep + sep.join(p)
        intl = rng.choice([f"+33 {z} {' '.join(p)}", f"+33 (0){z} {' '.join(p)}", f"+33{z}{''.join(p)}"])
        return nat, intl
    if c == "be":
        if rng.random() < 0.5:
            ac = rng.choice(["2", "3", "9"])
            a, b, d = _g(rng, 3, 2, 2)
            return f"0{ac} {a} {b} {d}", f"+32 {ac} {a} {b} {d}"
        m = "4" + rng.choice(["70", "71", "72", "73", "75", "76", "77", "78", "79", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99"])
        a, b, d = rdig(rng, 2), rdig(rng, 2), rdig(rng, 2)
        return rng.choice([f"0{m} {a} {b} {d}", f"0{m}/{a}.{b}.{d}"]), f"+32 {m} {a} {b} {d}"
    if c == "nl":
        if rng.random() < 0.5:
            ac = rng.choice(["20", "10", "30", "70", "40"])
            s = rdig(rng, 7, "2345689")
            return rng.choice([f"0{ac} {s[:3]} {s[3:]}", f"0{ac}-{s}"]), f"+31 {ac} {s[:3]} {s[3:]}"
        s = rng.choice("12345") + rdig(rng, 7)
        return rng.choice([f"06 {s}", f"06-{s}", f"06 {s[:2]} {s[2:5]} {s[5:]}"]), rng.choice([f"+31 6 {s}", f"+31 (0)6 {s}"])
    if c == "es":
        if rng.random() < 0.45:
            s = rng.choice(["91", "93", "95", "96", "94", "98"]) + rdig(rng, 7, "1234567")
        else:
            s = rng.choice(["6" + rdig(rng, 2), "7" + rng.choice("1234") + rdig(rng, 1)]) + rdig(rng, 6)
        nat = rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", s])
        return nat, rng.choice([f"+34 {s[:3]} {s[3:6]} {s[6:]}", f"+34 {s[:3]} {s[3:5]} {s[5:7]} {s[7:]}", f"0034 {s}"])
    if c == "it":
        if rng.random() < 0.45:
            ac = rng.choice(["02", "06", "011", "055", "051", "081"])
            s = rdig(rng, 10 - len(ac), "2345678")
            nat = rng.choice([f"{ac} {s}", f"{ac} {s[:4]} {s[4:]}", f"{ac}/{s}"])
            return nat, f"+39 {ac} {s}"
        m = "3" + rng.choice("2456789") + rdig(rng, 1)
        s = rdig(rng, 7)
        return rng.choice([f"{m} {s}", f"{m} {s[:3]} {s[3:]}", f"{m}-{s}"]), f"+39 {m} {s[:3]} {s[3:]}"
    if c == "pt":
        s = rng.choice(["21" + rdig(rng, 1, "2345789"), "22" + rdig(rng, 1, "2345689"), "91" + rdig(rng, 1), "92" + rdig(rng, 1), "93" + rdig(rng, 1), "96" + rdig(rng, 1)]) + rdig(rng, 6)
        return f"{s[:3]} {s[3:6]} {s[6:]}", rng.choice([f"+351 {s[:3]} {s[3:6]} {s[6:]}", f"(+351) {s}"])
    if c == "pl":
        if rng.random() < 0.4:
            s = rng.choice(["22", "12", "61", "71", "58", "42"]) + rdig(rng, 7, "2345678")
            nat = rng.choice([f"{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", f"({s[:2]}) {s[2:5]}-{s[5:7]}-{s[7:]}"])
        else:
            s = rng.choice(["50", "51", "53", "60", "66", "69", "72", "78", "79", "88"]) + rdig(rng, 7)
            nat = rng.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}"])
        return nat, rng.choice([f"+48 {s[:3]} {s[3:6]} {s[6:]}", f"+48 {s}", f"(+48) {s[:3]} {s[3:6]} {s[6:]}"])
    if c == "se":
        if rng.random() < 0.5:
            s = rdig(rng, 7, "2345678")
            return rng.choice([f"08-{s[:3]} {s[3:5]} {s[5:]}", f"08 {s}"]), f"+46 8 {s[:3]} {s[3:5]} {s[5:]}"
        m = "7" + rng.choice("02369")
        s = rdig(rng, 7)
        return rng.choice([f"0{m}-{s[:3]} {s[3:5]} {s[5:]}", f"0{m} {s[:3]} {s[3:5]} {s[5:]}"]), f"+46 {m} {s[:3]} {s[3:5]} {s[5:]}"
    if c == "ie":
        if rng.random() < 0.4:
            s = rdig(rng, 7, "2345689")
            return f"01 {s[:3]} {s[3:]}", f"+353 1 {s[:3]} {s[3:]}"
        m = "8" + rng.choice("35679")
        s = rdig(rng, 7)
        return rng.choice([f"0{m} {s[:3]} {s[3:]}", f"0{m}-{s}"]), f"+353 {m} {s[:3]} {s[3:]}"
    if c == "ru":
        ac = rng.choice(["495", "499", "812", "903", "905", "909", "915", "916", "925", "926", "977", "985"])
        a, b, d = rdig(rng, 3, "23456789"), rdig(rng, 2), rdig(rng, 2)
        return rng.choice([f"8 ({ac}) {a}-{b}-{d}", f"8-{ac}-{a}-{b}-{d}"]), rng.choice([f"+7 ({ac}) {a}-{b}-{d}", f"+7 {ac} {a}-{b}-{d}", f"+7{ac}{a}{b}{d}"])
    if c == "br":
        ac = rng.choice(["11", "21", "31", "41", "51", "61", "71", "81", "19", "48"])
        if rng.random() < 0.6:
            a, b = "9" + rdig(rng, 4, "6789"), rdig(rng, 4)
        else:
            a, b = rdig(rng, 4, "2345"), rdig(rng, 4)
        return f"({ac}) {a}-{b}", rng.choice([f"+55 {ac} {a}-{b}", f"+55 ({ac}) {a}-{b}"])
    if c == "mx":
        ac = rng.choice(["55", "33", "81"])
        a, b = rdig(rng, 4, "123456789"), rdig(rng, 4)
        return f"{ac} {a} {b}", f"+52 {ac} {a} {b}"
    if c == "jp":
        if rng.random() < 0.5:
            ac, a, b = rng.choice(["3", "6"]), rdig(rng, 4, "3456"), rdig(rng, 4)
        else:
            ac, a, b = rng.choice(["90", "80", "70"]), rdig(rng, 4, "123456789"), rdig(rng, 4)
        return rng.choice([f"0{ac}-{a}-{b}", f"0{ac}({a}){b}"]), rng.choice([f"+81 {ac}-{a}-{b}", f"+81 {ac} {a} {b}"])
    if c == "cn":
        if rng.random() < 0.65:
            p = rng.choice(["130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152", "158", "159", "176", "177", "180", "182", "186", "187", "188", "189", "199"])
            a, b = rdig(rng, 4), rdig(rng, 4)
            return rng.choice([f"{p} {a} {b}", f"{p}{a}{b}", f"{p}-{a}-{b}"]), f"+86 {p} {a} {b}"
        ac = rng.choice(["10", "21"])
        a, b = rdig(rng, 4, "5678"), rdig(rng, 4)
        return rng.choice([f"0{ac}-{a}{b}", f"(0{ac}) {a} {b}"]), f"+86 {ac} {a} {b}"
    if c == "in":
        if rng.random() < 0.7:
            s = rng.choice(["98", "99", "97", "96", "94", "93", "90", "88", "87", "70", "63", "81"]) + rdig(rng, 8)
            return rng.choice([f"{s[:5]} {s[5:]}", f"0{s[:5]} {s[5:]}", s]), rng.choice([f"+91 {s[:5]} {s[5:]}", f"+91-{s}", f"+91 {s}"])
        s = rdig(rng, 8, "2346")
        return f"011-{s[:4]} {s[4:]}", f"+91 11 {s[:4]} {s[4:]}"
    if c == "au":
        if rng.random() < 0.5:
            while True:
                m = "4" + rdig(rng, 2)
                r = rdig(rng, 6)
                if not (m == "491" and r.startswith("570")):
                    break
            return f"0{m} {r[:3]} {r[3:]}", f"+61 {m} {r[:3]} {r[3:]}"
        ac, s = rng.choice(["2", "3"]), rdig(rng, 8, "89")
        return f"(0{ac}) {s[:4]} {s[4:]}", f"+61 {ac} {s[:4]} {s[4:]}"
    if c == "tr":
        ac = rng.choice(["532", "533", "535", "542", "544", "505", "555", "212", "216", "312"])
        a, b, d = rdig(rng, 3, "23456789"), rdig(rng, 2), rdig(rng, 2)
        return f"0{ac} {a} {b} {d}", rng.choice([f"+90 {ac} {a} {b} {d}", f"+90 ({ac}) {a} {b} {d}"])
    if c == "cz":
        s = rng.choice(["2" + rdig(rng, 2, "2345"), "60" + rdig(rng, 1, "1234578"), "7" + rdig(rng, 2, "23457")]) + rdig(rng, 6)
        return f"{s[:3]} {s[3:6]} {s[6:]}", f"+420 {s[:3]} {s[3:6]} {s[6:]}"
    raise KeyError(c)


COUNTRIES = ["us", "gb", "de", "at", "ch", "fr", "be", "nl", "es", "it", "pt", "pl", "se", "ie", "ru", "br", "mx",
             "jp", "cn", "in", "au", "tr", "cz"]
CC_TLD = {"gb": ".co.uk", "de": ".de", "at": ".at", "ch": ".ch", "fr": ".fr", "be": ".be", "nl": ".nl", "es": ".es",
          "it": ".it", "pt": ".pt", "pl": ".pl", "se": ".se", "ie": ".ie", "ru": ".ru", "br": ".com.br", "mx": ".com.mx",
          "jp": ".co.jp", "cn": ".cn", "in": ".in", "au": ".com.au", "tr": ".com.tr", "cz": ".cz"}


def url_country(url):
    """country whose ccTLD the url host is on (None for gTLDs / no url)"""
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url).split("/")[0].split(":")[0].lower()
    tld = host.rsplit(".", 1)[-1]
    m = {v.rsplit(".", 1)[-1]: k for k, v in CC_TLD.items()}
    m["uk"] = "gb"
    return m.get(tld)



# ---- e-mail addresses
NAMES = {
    "en": (["James", "Emily", "Olivia", "Daniel", "Sarah", "Michael", "Chloe", "Ryan", "Hannah", "Tom"],
           ["Walker", "Hughes", "O'Neill", "Patel", "Thompson", "Brennan", "Carter", "Nguyen", "Fletcher", "Reid"]),
    "de": (["Jürgen", "Anna", "Lukas", "Sabine", "Matthias", "Katrin", "Jonas", "Birgit", "Felix", "Ute"],
           ["Müller", "Schröder", "Weiß", "Hoffmann", "Krüger", "Becker", "Wagner", "Schäfer", "Groß", "Lehmann"]),
    "fr": (["Amélie", "François", "Céline", "Mathieu", "Hélène", "Julien", "Léa", "Sébastien", "Margaux", "Rémi"],
           ["Lefèvre", "Dubois", "Moreau", "Girard", "Rousseau", "Fontaine", "Chevalier", "Bérénger", "Lambert", "Faure"]),
    "es": (["José", "María", "Iñaki", "Lucía", "Álvaro", "Carmen", "Sergio", "Nuria", "Andrés", "Begoña"],
           ["García", "Fernández", "Muñoz", "Ortega", "Ibáñez", "Castro", "Navarro", "Peña", "Rubio", "Serrano"]),
    "it": (["Giulia", "Matteo", "Francesca", "Lorenzo", "Chiara", "Alessandro", "Federica", "Davide", "Sara", "Nicolò"],
           ["Rossi", "Bianchi", "Esposito", "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "De Luca"]),
    "pl": (["Katarzyna", "Piotr", "Małgorzata", "Tomasz", "Agnieszka", "Paweł", "Joanna", "Michał", "Ewa", "Łukasz"],
           ["Kowalski", "Nowak", "Wiśniewska", "Wójcik", "Kamińska", "Lewandowski", "Zieliński", "Szymańska", "Dąbrowski", "Kozłowska"]),
    "nl": (["Daan", "Sanne", "Bram", "Femke", "Joost", "Lotte", "Sven", "Anouk", "Thijs", "Eva"],
           ["de Vries", "Jansen", "van Dijk", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "Bos"]),
    "pt": (["João", "Ana", "Gonçalo", "Beatriz", "Tiago", "Inês", "Rafael", "Mariana", "Luís", "Camila"],
           ["Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins", "Sousa", "Araújo"]),
    "sv": (["Erik", "Annika", "Lars", "Ingrid", "Johan", "Sofia", "Björn", "Maja", "Oskar", "Linnéa"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Öberg", "Lindqvist", "Bergström", "Holm"]),
    "ru": (["Sergey", "Olga", "Dmitry", "Natalia", "Alexey", "Irina", "Pavel", "Yulia", "Andrey", "Ekaterina"],
           ["Ivanov", "Smirnova", "Kuznetsov", "Popova", "Sokolov", "Lebedeva", "Kozlov", "Novikova", "Morozov", "Volkova"]),
    "ja": (["Hiroshi", "Yuki", "Takeshi", "Aiko", "Kenji", "Sakura", "Daisuke", "Naomi", "Shota", "Emi"],
           ["Tanaka", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida"]),
    "zh": (["Wei", "Fang", "Jing", "Lei", "Min", "Hao", "Xiaoyan", "Jun", "Li", "Yang"],
           ["Wang", "Zhang", "Liu", "Chen", "Yang", "Zhao", "Huang", "Zhou", "Wu", "Xu"]),
}
NATIVE_NAMES = {"ru": ["Сергей Иванов", "Ольга Смирнова", "Дмитрий Кузнецов", "Наталья Попова"],
                "ja": ["田中 浩", "鈴木 由紀", "高橋 健二", "渡辺 愛子"],
                "zh": ["王伟", "张芳", "刘静", "陈磊"]}
FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "btinternet.com", "proton.me"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmx.at", "bluewin.ch", "posteo.de", "freenet.de"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr", "hotmail.fr", "skynet.be"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "prodigy.net.mx"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it", "yahoo.it", "fastwebnet.it"],
    "pl": ["wp.pl", "onet.pl", "o2.pl", "interia.pl", "gazeta.pl", "op.pl"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl", "planet.nl", "telenet.be"],
    "pt": ["sapo.pt", "gmail.com", "uol.com.br", "bol.com.br", "terra.com.br", "hotmail.com"],
    "sv": ["telia.com", "hotmail.se", "bredband.net", "gmail.com", "spray.se"],
    "ru": ["mail.ru", "yandex.ru", "rambler.ru", "bk.ru", "list.ru", "inbox.ru"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com", "gmail.com", "i.softbank.jp"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com"],
}
ORG_WORDS = {
    "en": ["harbourdental", "northfield-roofing", "greenleafbooks", "mapleridge-vets", "brightside-tutors", "oakmont"],
    "de": ["mueller-haustechnik", "tischlerei-brandt", "praxis-am-markt", "sv-eintracht-lohr", "reisebuero-sonne", "kanzlei-weber"],
    "fr": ["boulangerie-martin", "cabinet-girard", "atelier-lumiere", "mairie-saint-aubin", "garage-dupont", "librairie-fontaine"],
    "es": ["clinicadentalsol", "talleres-garcia", "inmobiliaria-costa", "asesoria-navarro", "hostal-la-plaza", "ferreteria-pena"],
    "it": ["studio-bianchi", "pasticceria-greco", "agriturismo-ilpoggio", "ottica-ricci", "hotelmiramare", "comune-valdora"],
    "pl": ["biuro-rachunkowe-nowak", "auto-serwis-lewandowski", "przedszkole-slonko", "kancelaria-wojcik", "hurtownia-zielinski"],
    "nl": ["bakkerij-visser", "tandartspraktijk-centrum", "fietsenmaker-bos", "makelaardij-smit", "huisartsen-oost"],
    "pt": ["clinica-santos", "padaria-ferreira", "imobiliaria-costa", "escola-sao-jose", "oficina-martins"],
    "sv": ["bygg-andersson", "tandvarden-centrum", "cykelverkstan", "bokhandeln-holm", "hemtjanst-norr"],
    "ru": ["stroy-market", "avtoservis-volga", "klinika-zdorovie", "tur-agentstvo-sever", "mebel-dom"],
    "ja": ["sakura-dental", "tanaka-koumuten", "yamamoto-law", "hikari-juku", "midori-hotel"],
    "zh": ["huaxin-tech", "dongfang-trade", "jinma-logistics", "xinyuan-edu", "tianhe-medical"],
}
LANG_TLD = {"en": [".com", ".co.uk", ".org", ".com.au", ".ie"], "de": [".de", ".at", ".ch"], "fr": [".fr", ".be", ".ch"],
            "es": [".es", ".com.mx", ".com"], "it": [".it"], "pl": [".pl", ".com.pl"], "nl": [".nl", ".be"],
            "pt": [".pt", ".com.br"], "sv": [".se"], "ru": [".ru"], "ja": [".co.jp", ".jp"], "zh": [".cn", ".com.cn", ".com"]}
ROLE = {"en": ["info", "office", "bookings", "support", "accounts"], "de": ["info", "kontakt", "buero", "verwaltung", "service"],
        "fr": ["contact", "accueil", "secretariat", "info"], "es": ["info", "contacto", "ventas", "administracion", "reservas"],
        "it": ["info", "segreteria", "amministrazione", "prenotazioni"], "pl": ["biuro", "kontakt", "sekretariat", "zamowienia"],
        "nl": ["info", "contact", "administratie", "balie"], "pt": ["geral", "contato", "atendimento", "comercial"],
        "sv": ["info", "kontakt", "kundtjanst", "bokning"], "ru": ["info", "zakaz", "office", "sales"],
        "ja": ["info", "support", "contact", "recruit"], "zh": ["service", "hr", "sales", "kefu"]}
OBF = {  # (at, dot) obfuscation words people use
    "en": [(" [at] ", " [dot] "), ("(at)", "."), (" AT ", " DOT "), (" at ", " dot "), ("[at]", "[.]"), (" (at) ", " (dot) ")],
    "de": [("(at)", "."), (" [at] ", " [punkt] "), (" (ät) ", " (punkt) "), ("[at]", "."), (" at ", " punkt ")],
    "fr": [(" [arobase] ", " [point] "), ("(at)", "."), (" arobase ", " point "), (" [at] ", " [dot] ")],
    "es": [(" [arroba] ", " [punto] "), ("(arroba)", "."), (" arroba ", " punto "), ("[at]", ".")],
    "it": [(" [chiocciola] ", " [punto] "), ("(at)", "."), (" chiocciola ", " punto "), ("[at]", ".")],
    "pl": [(" [małpa] ", " [kropka] "), ("(at)", "."), (" małpa ", " kropka "), ("[at]", ".")],
    "nl": [(" [apenstaartje] ", " [punt] "), ("(at)", "."), (" (at) ", " (punt) "), ("[at]", ".")],
    "pt": [(" [arroba] ", " [ponto] "), ("(arroba)", "."), ("(at)", ".")],
    "sv": [(" [snabel-a] ", " [punkt] "), ("(at)", "."), (" snabel-a ", " punkt ")],
    "ru": [(" [собака] ", " [точка] "), ("(собака)", "."), ("(at)", "."), (" собака ", " точка ")],
    "ja": [("＠", "."), ("★", "."), ("[at]", "."), ("（アット）", ".")],
    "zh": [("#", "."), ("＠", "."), ("[at]", "."), ("(at)", ".")],
}


def ascii_fold(s):
    s = s.replace("ß", "ss").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("æ", "ae")
    if any(c in s for c in "äöüÄÖÜ") and rng_fold_de[0]:
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


rng_fold_de = [True]


def gen_email(rng, lang, obf=False):
    first, last = rng.choice(NAMES[lang][0]), rng.choice(NAMES[lang][1])
    f = re.sub(r"[^a-z]", "", ascii_fold(first).lower())
    l = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    pat = rng.choices(["f.l", "fl", "f_l", "il", "l.f", "fN", "f.l+", "role", "fi.l", "l"], [9, 3, 2, 3, 2, 3, 1, 4, 1, 1])[0]
    local = {"f.l": f"{f}.{l}", "fl": f + l, "f_l": f"{f}_{l}", "il": f[0] + l, "l.f": f"{l}.{f}",
             "fN": f + str(rng.choice([rng.randint(1, 99), rng.randint(1960, 2005)])), "f.l+": f"{f}.{l}+{rng.choice(['news', 'shop', 'work'])}",
             "role": rng.choice(ROLE[lang]), "fi.l": f"{f[0]}.{l}", "l": l}[pat]
    if pat == "role" or (pat in ("f.l", "il", "fi.l", "l") and rng.random() < 0.5):
        dom = rng.choice(ORG_WORDS[lang]) + rng.choice(LANG_TLD[lang])
    else:
        dom = rng.choice(FREEMAIL[lang])
    if rng.random() < 0.05:
        local = local.capitalize()
    if not obf:
        return f"{local}@{dom}", f"{lang} {pat} plain"
    at, dot = rng.choice(OBF[lang])
    d = dom.replace(".", dot) if dot != "." else dom
    return f"{local}{at}{d}", f"{lang} {pat} obfuscated {at.strip()}|{dot.strip()}"



# ---------------------------------------------------------------- look-alikes (must not be detected)
def _hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def _isbn13(rng):
    b = "978" + rng.choice(["3", "2", "84", "88", "83", "1", "0"])
    b += rdig(rng, 12 - len(b))
    c = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(b)) % 10) % 10
    s = b + str(c)
    return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}" if rng.random() < 0.6 else s


def _ean13(rng):
    while True:
        b = rng.choice(["40", "41", "42", "43", "30", "80", "84", "87", "59", "76", "50", "00"]) + rdig(rng, 10)
        c = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(b)) % 10) % 10
        if not luhn_ok(b + str(c)):
            return b + str(c)


def _num_no_luhn(rng, n, first="123456789"):
    while True:
        s = rdig(rng, n, first)
        if not luhn_ok(s):
            return s


def gen_la(rng, name, lang):
    r = rng
    if name == "version3":
        return r.choice([f"{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 40)}", f"v{r.randint(1, 9)}.{r.randint(0, 20)}.{r.randint(0, 15)}",
                         f"{r.randint(1, 3)}.{r.randint(0, 9)}.{r.randint(100, 999)}"])
    if name == "version4":
        return r.choice([f"{r.randint(100, 131)}.0.{r.randint(5000, 6999)}.{r.randint(10, 250)}", f"10.0.{r.randint(17000, 26100)}.{r.randint(100, 4000)}",
                         f"{r.randint(1, 9)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(1000, 9999)}", f"v{r.randint(1, 5)}.{r.randint(0, 9)}.{r.randint(0, 9)}.{r.randint(0, 99)}"])
    if name == "section":
        return r.choice([f"{r.randint(1, 12)}.{r.randint(1, 9)}.{r.randint(1, 9)}", f"§ {r.randint(1, 300)} Abs. {r.randint(1, 5)}",
                         f"{r.randint(1, 9)}.{r.randint(1, 9)}.{r.randint(1, 9)}.{r.randint(1, 9)}", f"Art. {r.randint(1, 99)}.{r.randint(1, 9)}"])
    if name == "oid":
        return r.choice(["1.3.6.1.4.1." + ".".join(str(r.randint(1, 60000 if k == 0 else 30)) for k in range(r.randint(2, 5))),
                         f"2.5.4.{r.randint(3, 46)}", f"1.2.840.113549.1.{r.randint(1, 12)}.{r.randint(1, 20)}", f"2.16.840.1.101.3.4.2.{r.randint(1, 10)}",
                         f"1.3.6.1.2.1.{r.randint(1, 60)}.{r.randint(1, 20)}.{r.randint(1, 9)}"])
    if name == "ip_private":
        return r.choice([f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", f"172.{r.randint(16, 31)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"192.168.{r.choice([0, 1, 1, 2, 10, 178, 100])}.{r.randint(1, 254)}"])
    if name == "ip_loopback":
        return r.choice(["127.0.0.1", "127.0.0.1", "127.0.1.1", f"127.{r.randint(0, 3)}.{r.randint(0, 9)}.{r.randint(1, 254)}", "::1"])
    if name == "ip_linklocal":
        return r.choice([f"169.254.{r.randint(0, 255)}.{r.randint(1, 254)}", "169.254.169.254", f"fe80::{_hex(r, 4).lstrip('0') or '1'}:{_hex(r, 2)}ff:fe{_hex(r, 2)}:{_hex(r, 4).lstrip('0') or '1'}"])
    if name == "ip_cgnat":
        return f"100.{r.randint(64, 127)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    if name == "ip_documentation":
        return r.choice([f"192.0.2.{r.randint(1, 254)}", f"198.51.100.{r.randint(1, 254)}", f"203.0.113.{r.randint(1, 254)}",
                         f"2001:db8::{r.randint(1, 255):x}", f"2001:db8:{_hex(r, 3).lstrip('0') or '1'}::{r.randint(1, 99)}"])
    if name == "ip_multicast":
        return r.choice(["224.0.0.251", "239.255.255.250", "224.0.0.1", f"239.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}", "ff02::1", "ff02::fb"])
    if name == "ip_reserved_other":
        return r.choice(["0.0.0.0", "255.255.255.255", f"198.18.{r.randint(0, 255)}.{r.randint(1, 254)}", f"240.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}",
                         f"fd{_hex(r, 2)}:{_hex(r, 4)}:{_hex(r, 4)}::{r.randint(1, 99)}"])
    if name == "netmask":
        return r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.248.0", "255.255.255.252", "255.0.0.0", "0.0.0.255", "0.0.15.255"])
    if name == "date":
        y, m, d = r.randint(1998, 2025), r.randint(1, 12), r.randint(1, 28)
        return r.choice([f"{y}-{m:02d}-{d:02d}", f"{d:02d}.{m:02d}.{y}", f"{m:02d}/{d:02d}/{y}", f"{d}/{m}/{y}", f"{y}年{m}月{d}日" if lang in ("ja", "zh") else f"{d:02d}-{m:02d}-{y}"])
    if name == "time":
        return r.choice([f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}", f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}",
                         f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {r.choice(['AM', 'PM', 'pm'])}", f"{r.randint(6, 22)}.{r.choice(['00', '15', '30', '45'])} Uhr" if lang == "de" else f"{r.randint(6, 22)}h{r.choice(['00', '15', '30', '45'])}"])
    if name == "timestamp":
        y, m, d, H, M, S = r.randint(2015, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        return r.choice([f"{y}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:{S:02d}Z", f"{y}-{m:02d}-{d:02d} {H:02d}:{M:02d}:{S:02d}.{r.randint(0, 999):03d}",
                         str(r.randint(1_450_000_000, 1_760_000_000)), f"{d:02d}/{['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'][m - 1]}/{y}:{H:02d}:{M:02d}:{S:02d} +0000",
                         f"{y}-{m:02d}-{d:02d}T{H:02d}:{M:02d}:{S:02d}+0{r.randint(1, 9)}:00"])
    if name == "price":
        a = r.randint(1, 4999)
        c = r.randint(0, 99)
        return r.choice([f"€{a:,}.{c:02d}", f"{a:,}".replace(",", ".") + f",{c:02d} €", f"${a:,}.{c:02d}", f"{a},{c:02d} zł", f"¥{a * 100:,}", f"CHF {a}.{c:02d}",
                         f"£{a}.{c:02d}", f"R$ {a},{c:02d}", f"{a * 10} ₽", f"US$ {a:,}"])
    if name == "percent":
        return r.choice([f"{r.randint(1, 99)}%", f"{r.randint(1, 99)},{r.randint(0, 9)} %", f"{r.randint(0, 99)}.{r.randint(0, 99):02d}%", f"+{r.randint(1, 40)}.{r.randint(0, 9)}%", "99.95%"])
    if name == "isbn":
        return _isbn13(r) if r.random() < 0.8 else r.choice(["0-306-40615-2", "3-16-148410-X", "2-07-036822-X", "84-376-0494-X"])
    if name == "ean":
        return _ean13(r)
    if name == "doi":
        return f"10.{r.randint(1000, 9999)}/{r.choice(['s', 'j.', 'nature', 'journal.pone.', 'acs.jcim.'])}{r.randint(10000, 9999999)}" + r.choice(["", f"-{r.randint(1, 9)}", f".{r.randint(2015, 2024)}.{r.randint(1, 999)}"])
    if name == "uuid":
        u = _hex(r, 32)
        u = u[:12] + "4" + u[13:16] + r.choice("89ab") + u[17:]
        return f"{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}"
    if name == "hash":
        return r.choice([_hex(r, 40), _hex(r, 64), _hex(r, 32), _hex(r, 7), "sha256:" + _hex(r, 64)])
    if name == "gps":
        la, lo = r.uniform(-45, 65), r.uniform(-120, 150)
        if r.random() < 0.6:
            return f"{la:.5f}, {lo:.5f}" if r.random() < 0.5 else f"{la:.6f},{lo:.6f}"
        def dms(x, p, n):
            h = p if x >= 0 else n
            x = abs(x)
            return f"{int(x)}°{int(x * 60 % 60)}′{int(x * 3600 % 60)}″{h}"
        return f"{dms(la, 'N', 'S')} {dms(lo, 'E', 'W')}"
    if name == "mac":
        b = [_hex(r, 2) for _ in range(6)]
        return r.choice([":".join(b), ":".join(b).upper(), "-".join(b).upper(), f"{b[0]}{b[1]}.{b[2]}{b[3]}.{b[4]}{b[5]}"])
    if name == "order_no":
        return r.choice([f"{r.randint(100, 999)}-{_num_no_luhn(r, 7)}-{_num_no_luhn(r, 7)}", f"#{r.randint(100000, 999999)}", f"ORD-{r.randint(2019, 2025)}-{r.randint(10000, 99999)}",
                         f"A{r.randint(10, 99)}-{r.randint(1000000, 9999999)}", f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}-{r.choice('ABCDEFGHJK')}{r.randint(10, 99)}"])
    if name == "tracking_no":
        return r.choice([f"1Z{_hex(r, 6).upper()}{r.randint(10, 99)}{r.randint(10000000, 99999999)}", f"JJD{r.randint(10**17, 10**18 - 1)}",
                         f"{r.choice(['RR', 'LX', 'CP', 'RB'])}{r.randint(10**8, 10**9 - 1)}{r.choice(['DE', 'CN', 'PL', 'FR', 'NL'])}",
                         f"3S{''.join(r.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(4))}{r.randint(10**8, 10**9 - 1)}",
                         "9400 " + " ".join(rdig(r, 4) for _ in range(4)) + " " + rdig(r, 2)])
    if name == "invoice_no":
        y = r.randint(2018, 2025)
        return r.choice([f"INV-{y}-{r.randint(1, 9999):05d}", f"RE-{y}-{r.randint(100, 9999)}", f"FV/{y}/{r.randint(1, 12):02d}/{r.randint(1, 999)}",
                         f"F{y}-{r.randint(1000, 9999)}", f"{y}/{r.randint(1, 99999):05d}", f"FAC-{r.randint(10000, 99999)}"])
    if name == "sku":
        return r.choice([f"{r.choice(['BLK', 'WHT', 'NVY', 'RED'])}-{r.choice(['TSH', 'HDY', 'CAP', 'SOX'])}-{r.choice(['S', 'M', 'L', 'XL'])}-{r.randint(100, 9999):04d}",
                         f"{r.randint(1000, 9999)}-{r.randint(1000, 9999)}", f"B0{_hex(r, 8).upper().replace('E', 'K')}", f"SKU{r.randint(100000, 999999)}",
                         f"{r.randint(100, 999)}.{r.randint(100, 999)}.{r.randint(10, 99)}"])
    if name == "serial_no":
        al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
        return r.choice(["C02" + "".join(r.choice(al) for _ in range(9)), "5CG" + "".join(r.choice(al) for _ in range(7)),
                         f"SN{r.randint(10**9, 10**10 - 1)}X", "".join(r.choice(al) for _ in range(4)) + "-" + "".join(r.choice(al) for _ in range(4)) + "-" + "".join(r.choice(al) for _ in range(4)),
                         f"{r.choice(['F', 'G', 'D'])}{_hex(r, 11).upper()}"])
    if name == "luhn_fail16":
        return gen_luhn_fail16(r)
    if name == "iban_badcheck":
        return gen_iban_bad(r)
    if name == "postal_code":
        return r.choice([f"{r.randint(10000, 99999)}", f"{r.randint(1000, 9999)}", f"{r.randint(10, 99)}-{r.randint(100, 999)}", r.choice(["SW1A 2AA", "EC1A 1BB", "M1 1AE", "EH1 1YZ", "D02 X285"]),
                         f"{r.randint(10000, 99999)}-{r.randint(1000, 9999)}", f"{r.randint(100, 999)}-{r.randint(1000, 9999)}", f"{r.randint(1000, 9999)} {r.choice(['AB', 'KL', 'RX', 'BG'])}"])
    if name == "arithmetic":
        a, b = r.randint(2, 999), r.randint(2, 999)
        return r.choice([f"{a} × {b} = {a * b}", f"{a} + {b} = {a + b}", f"{a}*{b}={a * b}", f"{a * b} / {b} = {a}", f"({a} - {b}) * 2 = {(a - b) * 2}", f"{a}.{b % 100} - {b}.{a % 100}"])
    if name == "score":
        return r.choice([f"{r.randint(0, 5)}:{r.randint(0, 5)}", f"{r.randint(0, 7)}–{r.randint(0, 7)}, {r.randint(0, 7)}–{r.randint(0, 7)}", f"{r.randint(80, 130)}-{r.randint(80, 130)}",
                         f"{r.randint(1, 4)},{r.randint(0, 9)}/5", f"{r.randint(0, 3)}-{r.randint(0, 3)} ({r.randint(0, 2)}-{r.randint(0, 2)})", f"{r.randint(200, 299)}/{r.randint(4, 10)}"])
    if name == "at_nonemail":
        return r.choice([f"@{r.choice(['kasia_foto', 'bikebuilder77', 'la_mar_azul', 'jp_ramen_club', 'hausbau_blog', 'retro.gamer'])}", "@Override", "@media screen",
                         f"@{r.choice(['babel/core', 'types/node', 'angular/core', 'vue/cli', 'aws-sdk/client-s3'])}", "@here", "@2x",
                         f"{r.randint(2, 12)} @ €{r.randint(1, 40)}.{r.randint(0, 99):02d}", "@app.route", "@import", "user@", "@everyone", "@property"])
    raise KeyError(name)


LA_NAMES = ["version3", "version4", "section", "oid", "ip_private", "ip_loopback", "ip_linklocal", "ip_cgnat", "ip_documentation",
            "ip_multicast", "ip_reserved_other", "netmask", "date", "time", "timestamp", "price", "percent", "isbn", "ean", "doi",
            "uuid", "hash", "gps", "mac", "order_no", "tracking_no", "invoice_no", "sku", "serial_no", "luhn_fail16",
            "iban_badcheck", "postal_code", "arithmetic", "score", "at_nonemail"]



# ---------------------------------------------------------------- part 3a: phrasing, per language
# LINE: label-value lines (contact pages, CVs, invoices, signatures); all "kw" (deciding word next to the value)
LINE = {
    "en": {"email": ["Email: {0}", "E-mail: {0}", "Contact email – {0}"], "phone": ["Tel: {0}", "Phone: {0}", "Mobile: {0}", "Fax: {0}", "Call us on {0}"],
           "ip": ["IP address: {0}", "Server IP: {0}", "IP: {0}"], "card": ["Card number: {0}", "Credit card: {0}", "Card no. {0}"], "iban": ["IBAN: {0}", "IBAN {0}", "Bank account (IBAN): {0}"]},
    "de": {"email": ["E-Mail: {0}", "Mail: {0}", "E-Mail-Adresse: {0}"], "phone": ["Tel.: {0}", "Telefon: {0}", "Mobil: {0}", "Fax: {0}", "Handy: {0}"],
           "ip": ["IP-Adresse: {0}", "Server-IP: {0}"], "card": ["Kreditkartennummer: {0}", "Kartennummer: {0}"], "iban": ["IBAN: {0}", "IBAN {0}", "Bankverbindung: {0}"]},
    "fr": {"email": ["Courriel : {0}", "E-mail : {0}", "Mél. : {0}"], "phone": ["Tél. : {0}", "Téléphone : {0}", "Portable : {0}", "Fax : {0}"],
           "ip": ["Adresse IP : {0}", "IP du serveur : {0}"], "card": ["Numéro de carte : {0}", "Carte bancaire : {0}"], "iban": ["IBAN : {0}", "RIB/IBAN : {0}"]},
    "es": {"email": ["Correo electrónico: {0}", "Email: {0}", "E-mail: {0}"], "phone": ["Tel.: {0}", "Teléfono: {0}", "Móvil: {0}", "WhatsApp: {0}", "Celular: {0}"],
           "ip": ["Dirección IP: {0}", "IP del servidor: {0}"], "card": ["Número de tarjeta: {0}", "Tarjeta: {0}"], "iban": ["IBAN: {0}", "Cuenta (IBAN): {0}"]},
    "it": {"email": ["E-mail: {0}", "Email: {0}", "Posta elettronica: {0}"], "phone": ["Tel. {0}", "Telefono: {0}", "Cell.: {0}", "Fax {0}"],
           "ip": ["Indirizzo IP: {0}", "IP: {0}"], "card": ["Numero carta: {0}", "Carta di credito: {0}"], "iban": ["IBAN: {0}", "Coordinate bancarie IBAN {0}"]},
    "pl": {"email": ["E-mail: {0}", "Adres e-mail: {0}", "Poczta: {0}"], "phone": ["Tel.: {0}", "Telefon: {0}", "Tel. kom.: {0}", "Komórka: {0}"],
           "ip": ["Adres IP: {0}", "IP serwera: {0}"], "card": ["Numer karty: {0}", "Karta: {0}"], "iban": ["IBAN: {0}", "Nr konta (IBAN): {0}"]},
    "nl": {"email": ["E-mail: {0}", "Mail: {0}"], "phone": ["Tel.: {0}", "Telefoon: {0}", "Mobiel: {0}"], "ip": ["IP-adres: {0}"],
           "card": ["Kaartnummer: {0}", "Creditcard: {0}"], "iban": ["IBAN: {0}", "Rekeningnummer: {0}"]},
    "pt": {"email": ["E-mail: {0}", "Email: {0}"], "phone": ["Tel.: {0}", "Telefone: {0}", "Telemóvel: {0}", "Celular: {0}", "WhatsApp: {0}"],
           "ip": ["Endereço IP: {0}"], "card": ["Número do cartão: {0}", "Cartão: {0}"], "iban": ["IBAN: {0}", "NIB/IBAN: {0}"]},
    "sv": {"email": ["E-post: {0}", "Mejl: {0}"], "phone": ["Tel: {0}", "Telefon: {0}", "Mobil: {0}"], "ip": ["IP-adress: {0}"],
           "card": ["Kortnummer: {0}"], "iban": ["IBAN: {0}", "Bankkonto (IBAN): {0}"]},
    "ru": {"email": ["E-mail: {0}", "Эл. почта: {0}", "Почта: {0}"], "phone": ["Тел.: {0}", "Телефон: {0}", "Моб.: {0}"], "ip": ["IP-адрес: {0}", "IP сервера: {0}"],
           "card": ["Номер карты: {0}", "Карта: {0}"], "iban": ["IBAN: {0}"]},
    "ja": {"email": ["メール：{0}", "E-mail: {0}", "メールアドレス: {0}"], "phone": ["TEL: {0}", "電話番号：{0}", "携帯：{0}", "FAX: {0}"], "ip": ["IPアドレス：{0}"],
           "card": ["カード番号：{0}"], "iban": ["IBAN：{0}", "振込先 IBAN: {0}"]},
    "zh": {"email": ["邮箱：{0}", "电子邮件: {0}", "Email: {0}"], "phone": ["电话：{0}", "手机：{0}", "联系电话: {0}"], "ip": ["IP地址：{0}", "服务器IP: {0}"],
           "card": ["卡号：{0}", "信用卡号: {0}"], "iban": ["IBAN：{0}", "收款账户 IBAN: {0}"]},
}
# SENT[lang][kind] = (with a deciding word next to the value, without one)
SENT = {
    "en": {"email": (["If the form doesn't work, email me at {0} and I'll sort it out.", "Send your CV by email to {0} before Friday."],
                     ["Questions? {0} – we usually reply within a day.", "Drop a line to {0}, subject \"Flat viewing\"."]),
           "phone": (["You can phone the front desk on {0} between 9 and 5.", "My mobile is {0}, text rather than call."],
                     ["Ring {0} and ask for Sandra.", "Still interested? {0} (evenings are best)."]),
           "ip": (["The ban was placed on IP address {0} after repeated login attempts.", "My server's public IP is {0} but the DNS still points elsewhere."],
                  ["Pinging {0} gives 40 % packet loss since this morning.", "Traffic from {0} spiked overnight, then stopped."]),
           "card": (["I was charged twice on my Visa card {0}, can you reverse one?", "Card number {0}, expiry 09/27, please use that for the deposit."],
                    ["Please use {0} for the deposit this time.", "{0} was declined at checkout again."]),
           "iban": (["Please transfer the rent to IBAN {0} by the 3rd.", "Our bank details: IBAN {0}, reference your booking name."],
                    ["Payment to {0} (account holder: Hughes), reference = booking code.", "Refund goes back to {0} within 5 working days."])},
    "de": {"email": (["Bei Fragen schreiben Sie uns eine E-Mail an {0}.", "Anmeldungen bitte per Mail an {0} bis Freitag."],
                     ["Fragen? {0} – wir melden uns in der Regel innerhalb eines Tages.", "Bilder gerne direkt an {0} schicken."]),
           "phone": (["Telefonisch sind wir unter {0} erreichbar (Mo–Fr).", "Meine Handynummer ist {0}, am besten per SMS."],
                     ["Einfach durchklingeln: {0}", "Bei Interesse {0}, gerne auch abends."]),
           "ip": (["Die IP-Adresse {0} wurde nach mehreren Fehlversuchen gesperrt.", "Unser Server hat die feste IP {0}."],
                  ["Seit heute morgen kommen von {0} hunderte Anfragen.", "Traceroute endet bei {0}, danach nur noch Sterne."]),
           "card": (["Die Abbuchung lief über meine Kreditkarte {0}, bitte stornieren.", "Kartennummer {0}, gültig bis 08/27."],
                    ["Bitte {0} belasten, nicht die alte Karte.", "{0} wurde an der Kasse abgelehnt."]),
           "iban": (["Bitte überweisen Sie den Betrag auf unser Konto, IBAN {0}.", "Die Kaution geht an IBAN {0} (Kontoinhaber: Hausverwaltung)."],
                    ["Überweisung an {0}, Verwendungszweck: Name und Wohnung.", "Erstattung erfolgt auf {0} innerhalb von 5 Werktagen."])},
    "fr": {"email": (["Pour toute question, écrivez-nous par e-mail à {0}.", "Envoyez votre CV par courriel à {0} avant vendredi."],
                     ["Des questions ? {0} – réponse sous 24 h.", "Les photos sont à envoyer à {0}, merci !"]),
           "phone": (["Vous pouvez nous joindre par téléphone au {0} du lundi au vendredi.", "Mon portable : {0}, plutôt par SMS."],
                     ["Intéressé ? {0}, le soir de préférence.", "Réservations au {0} ou sur place."]),
           "ip": (["L'adresse IP {0} a été bloquée après plusieurs tentatives.", "Le serveur a l'IP fixe {0}."],
                  ["Depuis ce matin, {0} envoie des centaines de requêtes.", "Le traceroute s'arrête à {0}."]),
           "card": (["J'ai été débité deux fois sur ma carte bancaire {0}.", "Numéro de carte {0}, expiration 03/28."],
                    ["Merci de débiter {0} et non l'ancienne carte.", "{0} a été refusée au paiement."]),
           "iban": (["Merci d'effectuer le virement sur l'IBAN {0}.", "Le dépôt de garantie est à verser sur l'IBAN {0}."],
                    ["Virement à {0}, en indiquant le numéro de dossier.", "Le remboursement sera fait sur {0} sous 5 jours ouvrés."])},
    "es": {"email": (["Para cualquier duda, escríbenos al correo {0}.", "Envía tu currículum por email a {0} antes del viernes."],
                     ["¿Dudas? {0} – respondemos en 24 horas.", "Las fotos se mandan a {0}, gracias."]),
           "phone": (["Puedes llamarnos al teléfono {0} de lunes a viernes.", "Mi móvil es el {0}, mejor por WhatsApp."],
                     ["Interesados: {0}, preferiblemente por las tardes.", "Reservas en el {0} o en recepción."]),
           "ip": (["La dirección IP {0} quedó bloqueada tras varios intentos fallidos.", "Nuestro servidor tiene la IP fija {0}."],
                  ["Desde esta mañana {0} está enviando cientos de peticiones.", "El traceroute se corta en {0}."]),
           "card": (["Me cobraron dos veces en la tarjeta {0}.", "Número de tarjeta {0}, caduca 05/27."],
                    ["Cárgalo a {0}, no a la antigua.", "{0} fue rechazada en el pago."]),
           "iban": (["Haz la transferencia al IBAN {0} antes del día 5.", "La fianza se ingresa en la cuenta IBAN {0}."],
                    ["Transferencia a {0}, concepto: nombre y piso.", "El reembolso se hará a {0} en 5 días hábiles."])},
    "it": {"email": (["Per informazioni scrivete una mail a {0}.", "Inviate il curriculum via e-mail a {0} entro venerdì."],
                     ["Domande? {0} – rispondiamo entro un giorno.", "Le foto vanno mandate a {0}, grazie."]),
           "phone": (["Potete chiamarci al numero di telefono {0} dal lunedì al venerdì.", "Il mio cellulare è {0}, meglio un messaggio."],
                     ["Interessati: {0}, preferibilmente la sera.", "Prenotazioni al {0} oppure in reception."]),
           "ip": (["L'indirizzo IP {0} è stato bloccato dopo vari tentativi.", "Il nostro server ha l'IP statico {0}."],
                  ["Da stamattina {0} manda centinaia di richieste.", "Il traceroute si ferma a {0}."]),
           "card": (["Mi hanno addebitato due volte sulla carta di credito {0}.", "Numero carta {0}, scadenza 06/27."],
                    ["Addebitate pure su {0}, non sulla vecchia.", "{0} è stata rifiutata al pagamento."]),
           "iban": (["Effettuare il bonifico sull'IBAN {0}.", "La caparra va versata sull'IBAN {0}."],
                    ["Bonifico a {0}, causale: nome e numero camera.", "Il rimborso arriverà su {0} entro 5 giorni lavorativi."])},
    "pl": {"email": (["W razie pytań prosimy pisać na adres e-mail {0}.", "CV prosimy przesyłać mailem na {0} do piątku."],
                     ["Pytania? {0} – odpowiadamy w ciągu doby.", "Zdjęcia proszę wysyłać na {0}, dzięki."]),
           "phone": (["Zapraszamy do kontaktu telefonicznego pod numerem {0}.", "Mój numer komórki to {0}, najlepiej SMS."],
                     ["Zainteresowanych zapraszam – {0} (po 17).", "Rezerwacje: {0} lub na miejscu."]),
           "ip": (["Adres IP {0} został zablokowany po kilku nieudanych logowaniach.", "Nasz serwer ma stałe IP {0}."],
                  ["Od rana {0} wysyła setki zapytań.", "Traceroute kończy się na {0}."]),
           "card": (["Pobrano dwa razy opłatę z mojej karty {0}.", "Numer karty {0}, ważna do 04/28."],
                    ["Proszę obciążyć {0}, nie starą.", "{0} została odrzucona przy płatności."]),
           "iban": (["Wpłaty prosimy kierować na konto IBAN {0}.", "Kaucję należy wpłacić na IBAN {0}."],
                    ["Przelew na {0}, w tytule imię i nazwisko.", "Zwrot nastąpi na {0} w ciągu 5 dni roboczych."])},
    "nl": {"email": (["Vragen? Stuur een e-mail naar {0}.", "Aanmelden kan per mail via {0}."],
                     ["Foto's graag naar {0}, bedankt!", "{0} – we reageren binnen een werkdag."]),
           "phone": (["Telefonisch bereikbaar op {0} (ma–vr).", "Mijn mobiele nummer is {0}, liefst appen."],
                     ["Interesse? {0}, het liefst 's avonds.", "Reserveren via {0} of aan de balie."]),
           "ip": (["Het IP-adres {0} is geblokkeerd na meerdere mislukte pogingen.", "Onze server heeft het vaste IP {0}."],
                  ["Sinds vanochtend stuurt {0} honderden verzoeken.", "De traceroute stopt bij {0}."]),
           "card": (["Er is twee keer afgeschreven van mijn creditcard {0}.", "Kaartnummer {0}, geldig tot 02/28."],
                    ["Graag {0} belasten, niet de oude.", "{0} werd geweigerd bij het afrekenen."]),
           "iban": (["Graag overmaken naar IBAN {0} o.v.v. uw naam.", "De borg gaat naar rekeningnummer {0}."],
                    ["Overmaken naar {0} t.n.v. Vereniging.", "Terugbetaling volgt op {0} binnen 5 werkdagen."])},
    "pt": {"email": (["Em caso de dúvidas, envie um e-mail para {0}.", "Envie o seu currículo por email para {0} até sexta."],
                     ["Dúvidas? {0} – respondemos em 24 horas.", "As fotos podem ser enviadas para {0}, obrigado."]),
           "phone": (["Ligue para o telefone {0}, de segunda a sexta.", "Meu celular é {0}, me chama no zap."],
                     ["Interessados: {0}, de preferência à noite.", "Reservas pelo {0} ou na receção."]),
           "ip": (["O endereço IP {0} foi bloqueado após várias tentativas.", "O nosso servidor tem o IP fixo {0}."],
                  ["Desde manhã {0} está a enviar centenas de pedidos.", "O traceroute pára em {0}."]),
           "card": (["Fui cobrado duas vezes no cartão {0}.", "Número do cartão {0}, validade 07/27."],
                    ["Pode debitar {0}, não o antigo.", "{0} foi recusado no pagamento."]),
           "iban": (["Faça a transferência para o IBAN {0}.", "A caução deve ser paga no IBAN {0}."],
                    ["Transferência para {0}, indicando o nome.", "O reembolso será feito para {0} em 5 dias úteis."])},
    "sv": {"email": (["Frågor? Mejla oss på {0}.", "Skicka din ansökan via e-post till {0} senast fredag."],
                     ["Bilder skickas till {0}, tack!", "{0} – vi svarar inom ett dygn."]),
           "phone": (["Ring oss på telefon {0} vardagar 9–16.", "Mitt mobilnummer är {0}, sms går bäst."],
                     ["Intresserad? {0}, helst på kvällen.", "Bokning via {0} eller i receptionen."]),
           "ip": (["IP-adressen {0} spärrades efter flera misslyckade inloggningar.", "Servern har den fasta IP:n {0}."],
                  ["Sedan i morse skickar {0} hundratals förfrågningar.", "Traceroute stannar vid {0}."]),
           "card": (["Jag debiterades två gånger på mitt kort {0}.", "Kortnummer {0}, giltigt till 01/28."],
                    ["Dra det från {0}, inte det gamla.", "{0} nekades i kassan."]),
           "iban": (["Betala till IBAN {0} senast den 25:e.", "Depositionen sätts in på IBAN {0}."],
                    ["Insättning till {0}, ange ditt namn.", "Återbetalning sker till {0} inom 5 bankdagar."])},
    "ru": {"email": (["По всем вопросам пишите на почту {0}.", "Резюме присылайте на e-mail {0} до пятницы."],
                     ["Вопросы? {0} – отвечаем в течение суток.", "Фото можно скинуть сюда: {0}."]),
           "phone": (["Звоните по телефону {0} с 9 до 18.", "Мой мобильный {0}, лучше писать в WhatsApp."],
                     ["Заинтересовались? {0}, лучше вечером.", "Запись по {0} или на месте."]),
           "ip": (["IP-адрес {0} заблокирован после нескольких неудачных попыток входа.", "У сервера статический IP {0}."],
                  ["С утра с {0} идут сотни запросов.", "Трассировка обрывается на {0}."]),
           "card": (["С моей карты {0} списали деньги дважды.", "Номер карты {0}, срок действия 10/27."],
                    ["Переведите на {0}, Сбер.", "{0} отклонена при оплате."]),
           "iban": (["Оплата по IBAN {0}.", "Реквизиты для перевода из-за рубежа: IBAN {0}."],
                    ["Перевод на {0}, в назначении укажите ФИО.", "Возврат придёт на {0} в течение 5 рабочих дней."])},
    "ja": {"email": (["お問い合わせはメール（{0}）までお願いします。", "応募書類はメールで{0}宛てにお送りください。"],
                     ["ご質問は {0} まで。", "写真は{0}に送ってください。"]),
           "phone": (["お電話でのお問い合わせ：{0}（平日9時〜18時）", "携帯番号は{0}です。"],
                     ["ご予約は{0}まで。", "担当：田中 {0}"]),
           "ip": (["IPアドレス {0} からの不正アクセスを検知しました。", "サーバーの固定IPは{0}です。"],
                  ["今朝から{0}より大量のリクエストが来ています。", "traceroute が {0} で止まります。"]),
           "card": (["クレジットカード番号 {0} で二重に請求されました。", "カード番号：{0}、有効期限 12/27"],
                    ["{0} で決済が拒否されました。", "お支払いは{0}でお願いします。"]),
           "iban": (["海外送金の場合はIBAN {0} をご利用ください。", "振込先（IBAN）：{0}"],
                    ["返金は{0}へ5営業日以内に行います。", "{0}（名義：ヤマモト）"])},
    "zh": {"email": (["如有疑问请发邮件至{0}。", "简历请发送到邮箱 {0}，截止周五。"],
                     ["有问题可以联系 {0}，一般24小时内回复。", "照片请发 {0}，谢谢！"]),
           "phone": (["咨询电话：{0}（工作日9:00-18:00）", "我的手机号是{0}，请发短信。"],
                     ["有意者请联系{0}，晚上方便。", "王先生 {0}"]),
           "ip": (["IP地址 {0} 因多次登录失败已被封禁。", "我们服务器的固定IP是{0}。"],
                  ["从今天早上开始 {0} 发来了几百个请求。", "traceroute 到 {0} 就断了。"]),
           "card": (["我的信用卡 {0} 被重复扣款了。", "卡号 {0}，有效期 09/28。"],
                    ["请从 {0} 扣款，不要用旧卡。", "{0} 付款时被拒绝了。"]),
           "iban": (["境外汇款请使用 IBAN {0}。", "收款账户 IBAN：{0}"],
                    ["退款将在5个工作日内退回 {0}。", "汇至 {0}，备注请写姓名。"])},
}
# look-alike phrasing with a deciding word; language falls back to "en"
LA_KW = {
    "version3": {"en": ["Updated to version {0} yesterday.", "Requires Node {0} or later."], "de": ["Nach dem Update auf Version {0} startet nichts mehr."],
                 "fr": ["Mise à jour vers la version {0}."], "es": ["Actualizado a la versión {0}."], "ru": ["Обновился до версии {0}."], "ja": ["バージョン{0}に更新しました。"], "zh": ["已升级到版本 {0}。"]},
    "version4": {"en": ["Chrome {0} (Official Build)", "Windows build {0}", "firmware version {0}"], "de": ["Firmware-Version {0}"], "fr": ["version du firmware {0}"]},
    "section": {"en": ["See section {0} of the contract.", "as defined in clause {0}"], "de": ["siehe Abschnitt {0}", "gemäß {0} der AGB"], "fr": ["voir l'article {0}"],
                "es": ["véase el apartado {0}"], "it": ["vedi paragrafo {0}"], "pl": ["zob. punkt {0} regulaminu"]},
    "oid": {"en": ["OID {0}", "object identifier {0}"]},
    "ip_private": {"en": ["my router is at {0}", "NAS on the LAN: {0}", "db_host = {0}"], "de": ["Router erreichbar unter {0} im Heimnetz"], "fr": ["la box est sur {0} en local"], "es": ["el router está en {0} (red local)"]},
    "ip_loopback": {"en": ["listening on {0}", "localhost ({0})"]},
    "ip_linklocal": {"en": ["got a self-assigned link-local address {0}", "metadata endpoint {0}"]},
    "ip_cgnat": {"en": ["the WAN port shows {0} (carrier-grade NAT)", "CGNAT address {0}"], "de": ["WAN-IP ist {0}, also CGNAT beim Provider"]},
    "ip_documentation": {"en": ["example address {0}", "e.g. {0} (documentation range)"]},
    "ip_multicast": {"en": ["SSDP multicast group {0}", "mDNS to {0}"]},
    "ip_reserved_other": {"en": ["bind address {0}", "reserved range {0}"]},
    "netmask": {"en": ["subnet mask {0}", "netmask {0}"], "de": ["Subnetzmaske {0}"], "fr": ["masque de sous-réseau {0}"], "es": ["máscara de subred {0}"]},
    "date": {"en": ["Posted on {0}", "Date: {0}"], "de": ["Datum: {0}", "am {0}"], "fr": ["le {0}", "Date : {0}"], "es": ["Fecha: {0}"], "it": ["Data: {0}"], "pl": ["Data: {0}", "dnia {0}"],
             "nl": ["Datum: {0}"], "pt": ["Data: {0}"], "sv": ["Datum: {0}"], "ru": ["Дата: {0}"], "ja": ["日付：{0}"], "zh": ["日期：{0}"]},
    "time": {"en": ["at {0}", "opening time {0}"], "de": ["um {0}"], "fr": ["à {0}"], "es": ["a las {0}"], "it": ["alle {0}"], "pl": ["o godz. {0}"], "nl": ["om {0}"], "pt": ["às {0}"],
             "sv": ["kl. {0}"], "ru": ["в {0}"], "ja": ["時刻 {0}"], "zh": ["时间 {0}"]},
    "timestamp": {"en": ["last_login: {0}", "timestamp={0}", "logged at {0}"]},
    "price": {"en": ["Total: {0}", "Price {0}"], "de": ["Gesamt: {0}", "Preis: {0}"], "fr": ["Total : {0}", "Prix : {0}"], "es": ["Total: {0}", "Precio: {0}"], "it": ["Totale: {0}", "Prezzo: {0}"],
              "pl": ["Razem: {0}", "Cena: {0}"], "nl": ["Totaal: {0}"], "pt": ["Total: {0}", "Preço: {0}"], "sv": ["Totalt: {0}", "Pris: {0}"], "ru": ["Итого: {0}", "Цена: {0}"], "ja": ["合計：{0}"], "zh": ["合计：{0}"]},
    "percent": {"en": ["VAT {0}", "a discount of {0}"], "de": ["MwSt. {0}"], "fr": ["TVA {0}"], "es": ["IVA {0}"], "it": ["IVA {0}"], "pl": ["VAT {0}"], "nl": ["btw {0}"], "pt": ["IVA {0}"],
                "sv": ["moms {0}"], "ru": ["НДС {0}"], "ja": ["消費税 {0}"], "zh": ["税率 {0}"]},
    "isbn": {"en": ["ISBN {0}", "ISBN: {0}"]},
    "ean": {"en": ["EAN {0}", "GTIN: {0}", "barcode {0}"]},
    "doi": {"en": ["doi:{0}", "https://doi.org/{0}", "DOI {0}"]},
    "uuid": {"en": ["request id {0}", "UUID={0}"]},
    "hash": {"en": ["commit {0}", "SHA-256: {0}", "checksum {0}"]},
    "gps": {"en": ["GPS: {0}", "coordinates {0}"], "de": ["Koordinaten: {0}"], "fr": ["coordonnées GPS : {0}"], "es": ["coordenadas {0}"]},
    "mac": {"en": ["MAC address {0}", "HWaddr {0}"], "de": ["MAC-Adresse {0}"]},
    "order_no": {"en": ["Order number {0}", "Order {0}"], "de": ["Bestellnummer: {0}", "Auftragsnr. {0}"], "fr": ["Commande n° {0}"], "es": ["Pedido nº {0}"], "it": ["Ordine n. {0}"],
                 "pl": ["Zamówienie nr {0}"], "nl": ["Bestelnummer {0}"], "pt": ["Pedido n.º {0}"], "sv": ["Ordernummer {0}"], "ru": ["Заказ № {0}"], "ja": ["注文番号：{0}"], "zh": ["订单号：{0}"]},
    "tracking_no": {"en": ["Tracking number {0}"], "de": ["Sendungsnummer {0}"], "fr": ["Numéro de suivi {0}"], "es": ["Número de seguimiento {0}"], "it": ["Numero di tracking {0}"],
                    "pl": ["Numer przesyłki {0}"], "nl": ["Track & trace: {0}"], "pt": ["Código de rastreio {0}"], "sv": ["Kolli-ID {0}"], "ru": ["Трек-номер {0}"], "ja": ["追跡番号：{0}"], "zh": ["快递单号：{0}"]},
    "invoice_no": {"en": ["Invoice no. {0}"], "de": ["Rechnungsnummer: {0}"], "fr": ["Facture n° {0}"], "es": ["Factura nº {0}"], "it": ["Fattura n. {0}"], "pl": ["Faktura nr {0}"],
                   "nl": ["Factuurnummer {0}"], "pt": ["Fatura n.º {0}"], "sv": ["Fakturanummer {0}"], "ru": ["Счёт № {0}"], "ja": ["請求書番号：{0}"], "zh": ["发票号码：{0}"]},
    "sku": {"en": ["SKU {0}", "Item no. {0}"], "de": ["Art.-Nr. {0}"], "fr": ["Réf. {0}"], "es": ["Ref. {0}"], "it": ["Cod. art. {0}"], "pl": ["Kod produktu: {0}"]},
    "serial_no": {"en": ["S/N {0}", "Serial number: {0}"], "de": ["Seriennummer: {0}"], "fr": ["N° de série : {0}"], "es": ["Número de serie: {0}"]},
    "luhn_fail16": {"en": ["Voucher code {0}", "Membership no. {0}", "Transaction ref {0}"], "de": ["Kundennummer {0}", "Gutscheincode {0}"], "fr": ["Référence {0}"], "es": ["Referencia {0}"]},
    "iban_badcheck": {"en": ["IBAN {0}", "IBAN: {0}"]},
    "postal_code": {"en": ["ZIP {0}", "Postcode {0}"], "de": ["PLZ {0}"], "fr": ["code postal {0}"], "es": ["C.P. {0}"], "it": ["CAP {0}"], "pl": ["kod pocztowy {0}"], "nl": ["postcode {0}"],
                    "pt": ["CEP {0}", "código postal {0}"], "sv": ["postnummer {0}"], "ru": ["индекс {0}"], "ja": ["〒{0}"], "zh": ["邮编 {0}"]},
    "arithmetic": {"en": ["which gives {0}", "Math check: {0}"], "de": ["Rechnung: {0}"], "fr": ["calcul : {0}"], "zh": ["计算：{0}"]},
    "score": {"en": ["final score {0}", "rated {0}"], "de": ["Endstand {0}"], "fr": ["score final {0}"], "es": ["resultado {0}"], "it": ["risultato finale {0}"], "pl": ["wynik {0}"], "ru": ["счёт {0}"]},
    "at_nonemail": {"en": ["follow us on Instagram {0}", "annotate the method with {0}", "ping {0} in Slack", "npm install {0}"]},
}
# look-alikes that look like public IPv4 if read bare: always given a deciding word
def la_needs_kw(v):
    m = re.fullmatch(r"(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})", v)
    return bool(m) and all(int(x) <= 255 for x in m.groups())


LA_HDR = {"date": "date", "time": "time", "timestamp": "created_at", "price": "total", "percent": "rate", "isbn": "isbn", "ean": "ean", "doi": "doi",
          "uuid": "id", "hash": "sha", "gps": "location", "mac": "mac", "order_no": "order", "tracking_no": "tracking", "invoice_no": "invoice",
          "sku": "sku", "serial_no": "serial", "postal_code": "zip", "score": "score", "version3": "version", "version4": "build"}
HEAD = {
    "contact": {"en": "Contact us", "de": "Kontakt", "fr": "Contact", "es": "Contacto", "it": "Contatti", "pl": "Kontakt", "nl": "Contact", "pt": "Contactos",
                "sv": "Kontakt", "ru": "Контакты", "ja": "お問い合わせ", "zh": "联系我们"},
    "invoice": {"en": "INVOICE", "de": "RECHNUNG", "fr": "FACTURE", "es": "FACTURA", "it": "FATTURA", "pl": "FAKTURA VAT", "nl": "FACTUUR", "pt": "FATURA",
                "sv": "FAKTURA", "ru": "СЧЁТ", "ja": "請求書", "zh": "发票"},
    "order": {"en": "Thanks for your order!", "de": "Vielen Dank für Ihre Bestellung!", "fr": "Merci pour votre commande !", "es": "¡Gracias por tu pedido!",
              "it": "Grazie per il tuo ordine!", "pl": "Dziękujemy za zamówienie!", "nl": "Bedankt voor je bestelling!", "pt": "Obrigado pela sua encomenda!",
              "sv": "Tack för din beställning!", "ru": "Спасибо за заказ!", "ja": "ご注文ありがとうございます。", "zh": "感谢您的订购！"},
    "cv": {"en": "CURRICULUM VITAE", "de": "Lebenslauf", "fr": "Curriculum vitæ", "es": "Currículum", "it": "Curriculum Vitae", "pl": "Życiorys", "nl": "Curriculum vitae",
           "pt": "Currículo", "sv": "CV", "ru": "Резюме", "ja": "履歴書", "zh": "个人简历"},
    "experience": {"en": "Experience", "de": "Berufserfahrung", "fr": "Expérience", "es": "Experiencia", "it": "Esperienza", "pl": "Doświadczenie", "nl": "Werkervaring",
                   "pt": "Experiência", "sv": "Erfarenhet", "ru": "Опыт работы", "ja": "職歴", "zh": "工作经历"},
    "wrote_d": {"en": "On {d}, {n} wrote:", "de": "Am {d} schrieb {n}:", "fr": "Le {d}, {n} a écrit :", "es": "El {d}, {n} escribió:", "it": "Il giorno {d} {n} ha scritto:",
                "pl": "W dniu {d} {n} napisał(a):", "nl": "Op {d} schreef {n}:", "pt": "Em {d}, {n} escreveu:", "sv": "Den {d} skrev {n}:", "ru": "{d}, {n} пишет:",
                "ja": "{d} {n} さんは書きました:", "zh": "在 {d}，{n} 写道："},
    "wrote": {"en": "{n} wrote:", "de": "{n} schrieb:", "fr": "{n} a écrit :", "es": "{n} escribió:", "it": "{n} ha scritto:", "pl": "{n} napisał(a):", "nl": "{n} schreef:",
              "pt": "{n} escreveu:", "sv": "{n} skrev:", "ru": "{n} пишет:", "ja": "{n} さんは書きました:", "zh": "{n} 写道："},
    "roles": {"en": ("Agent", "Customer"), "de": ("Mitarbeiter", "Kunde"), "fr": ("Conseiller", "Client"), "es": ("Agente", "Cliente"), "it": ("Operatore", "Cliente"),
              "pl": ("Konsultant", "Klient"), "nl": ("Medewerker", "Klant"), "pt": ("Atendente", "Cliente"), "sv": ("Handläggare", "Kund"), "ru": ("Оператор", "Клиент"),
              "ja": ("担当", "お客様"), "zh": ("客服", "客户")},
    "reply": {"en": "Reply", "de": "Antwort", "fr": "Réponse", "es": "Respuesta", "it": "Risposta", "pl": "Odpowiedź", "nl": "Reactie", "pt": "Resposta", "sv": "Svar",
              "ru": "Ответ", "ja": "返信", "zh": "回复"},
}



# ---------------------------------------------------------------- part 3b: base text from /work/shared/data
BAD_REQUIRED = [re.compile(r"[@＠]"), re.compile(r"\d{9,}"), re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")]
BAD_EXTRA = [re.compile(r"\d(?:[ \-./()]{0,2}\d){6,}"),            # long digit groups (phones, cards, accounts)
             re.compile(r"\b[A-Z]{2}\d{2} ?[A-Z0-9]{4}"),           # IBAN-shaped
             re.compile(r"[0-9a-fA-F]{1,4}:[0-9a-fA-F]{0,4}:[0-9a-fA-F]{0,4}:"),  # IPv6-shaped
             re.compile(r"https?://|www\.|[\[(](?:at|dot)[\])]", re.I)]


def piece_ok(s):
    return not any(p.search(s) for p in BAD_REQUIRED + BAD_EXTRA)


def clip(s, maxlen=600):
    s = re.sub(r"[ \t]+", " ", s.replace("\r", "")).strip()
    s = re.sub(r"\n{3,}", "\n\n", s)
    if len(s) <= maxlen:
        return s
    cut = max(s.rfind(x, 0, maxlen) for x in (". ", "。", "! ", "? ", "\n"))
    return s[:cut + 1].strip() if cut > maxlen // 3 else s[:maxlen].rsplit(" ", 1)[0]


def good(s, minlen=15):
    s = clip(s)
    return s if len(s) >= minlen and piece_ok(s) else None


def load_bases():
    B = {"web": [], "sft": [], "qa": [], "wet": [], "sent": {}}
    d = json.load(open(f"{DATA}/trafilatura-eval/evaldata.subset.json", encoding="utf-8"))
    for line in open(f"{DATA}/trafilatura-eval/index.jsonl", encoding="utf-8"):
        ix = json.loads(line)
        lang = ix["html_lang_attr"]
        if lang not in ("en", "de", "fr", "es", "pl", "pt", "it"):
            continue
        e = d.get(ix["url"])
        if not e:
            continue
        ps = [p for p in (good(x, 25) for x in (e.get("with") or [])) if p]
        t = good(e.get("title") or "", 5)
        if ps:
            B["web"].append({"src": "trafilatura-eval", "lang": lang, "url": ix["url"], "title": t, "pieces": ps})
    for line in open(f"{DATA}/llama-factory-demo/c4_demo.jsonl", encoding="utf-8"):
        ps = [p for p in (good(x, 40) for x in json.loads(line)["text"].split("\n")) if p]
        if ps:
            B["web"].append({"src": "llama-factory-demo/c4_demo", "lang": "en", "url": None, "title": None, "pieces": ps[:4]})
    # SFT / preference records as (role, text) turns; a record is dropped if any turn fails the filter
    def add_sft(src, lang, turns):
        ts = [(r, good(t, 2)) for r, t in turns if t and t.strip()]
        if ts and all(t for _, t in ts) and all(piece_ok(t) for _, t in turns if t):
            B["sft"].append({"src": src, "lang": lang, "turns": ts})
    for f, lang in (("alpaca_en_demo.json", "en"), ("alpaca_zh_demo.json", "zh")):
        for r in json.load(open(f"{DATA}/llama-factory-demo/{f}", encoding="utf-8")):
            add_sft("llama-factory-demo/" + f, lang, [("user", (r["instruction"] + ("\n" + r["input"] if r["input"] else ""))), ("assistant", r["output"])])
    for f, lang in (("dpo_en_demo.json", "en"), ("dpo_zh_demo.json", "zh")):
        for r in json.load(open(f"{DATA}/llama-factory-demo/{f}", encoding="utf-8")):
            add_sft("llama-factory-demo/" + f, lang, [("user" if c["from"] == "human" else "assistant", c["value"]) for c in r["conversations"]] + [("assistant", r["chosen"]["value"])])
    for r in json.load(open(f"{DATA}/fastchat/dummy_conversation.json", encoding="utf-8")):
        add_sft("fastchat/dummy_conversation", "en", [("user" if c["from"] == "human" else "assistant", c["value"]) for c in r["conversations"]])
    with gzip.open(f"{DATA}/hh-rlhf/harmless-base/test.jsonl.gz", "rt", encoding="utf-8") as fh:
        for k, line in enumerate(fh):
            if k % 6:
                continue
            parts = re.split(r"\n\n(Human|Assistant): ", "\n\n" + json.loads(line)["chosen"].strip())
            add_sft("hh-rlhf/harmless-base", "en", [("user" if parts[i] == "Human" else "assistant", parts[i + 1]) for i in range(1, len(parts) - 1, 2)])
    for line in open(f"{DATA}/nq-open/NQ-open.dev.jsonl", encoding="utf-8"):
        r = json.loads(line)
        q, a = good(r["question"] + "?", 8), good(r["answer"][0], 1)
        if q and a:
            B["qa"].append({"src": "nq-open/NQ-open.dev", "lang": "en", "q": q[0].upper() + q[1:], "a": a})
    for line in open(f"{DATA}/gsm8k/test.jsonl", encoding="utf-8"):
        r = json.loads(line)
        q, a = good(r["question"], 20), good(re.sub(r"<<[^>]*>>", "", r["answer"]).replace("\n####", "\nAnswer:"), 5)
        if q and a:
            B["qa"].append({"src": "gsm8k/test", "lang": "en", "q": q, "a": a})
    for f in ("arc_easy.jsonl", "arc_challenge.jsonl"):
        for line in open(f"{DATA}/arc/{f}", encoding="utf-8"):
            r = json.loads(line)
            q = good(r["query"].replace("Question: ", ""), 15)
            a = good(r["choices"][r["gold"]], 1)
            if q and a:
                B["qa"].append({"src": "arc/" + f, "lang": "en", "q": q, "a": a})
    # Common Crawl WET record (an.wikipedia page)
    wet = open(f"{DATA}/cc-whirlwind/whirlwind.warc.wet", encoding="utf-8", errors="replace").read()
    for rec in wet.split("WARC/1.0\r\n" if "WARC/1.0\r\n" in wet else "WARC/1.0\n"):
        if "WARC-Type: conversion" in rec:
            url = re.search(r"WARC-Target-URI: (\S+)", rec).group(1)
            body = re.split(r"\r?\n\r?\n", rec, 1)[1]
            lines = [l.strip() for l in body.splitlines() if len(l.strip()) > 60]
            ps = [p for p in (good(l, 60) for l in lines) if p]
            B["wet"].append({"src": "cc-whirlwind/whirlwind.warc.wet", "lang": "an", "url": url, "title": None, "pieces": ps})
    for fn in sorted(os.listdir(f"{DATA}/lingua-py/language-testdata/sentences")):
        lang = fn[:-4]
        ss = [s for s in (good(x, 15) for x in open(f"{DATA}/lingua-py/language-testdata/sentences/{fn}", encoding="utf-8")) if s]
        B["sent"][lang] = ss
    return B



# ---------------------------------------------------------------- part 3c: documents
class Doc:
    def __init__(self):
        self.parts, self.n, self.spans, self.las = [], 0, [], []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)

    def item(self, it):
        v = it["value"]
        if it["type"] == "pii":
            self.spans.append({"start": self.n, "end": self.n + len(v), "kind": it["kind"], "value": v, "note": it["note"] + "; " + it["ctx"]})
        else:
            self.las.append({"start": self.n, "end": self.n + len(v), "name": it["name"], "value": v, "_ctx": it["ctx"]})
        self.t(v)

    def put(self, tmpl, it, ctx=None):
        a, b = tmpl.split("{0}")
        self.t(a)
        if ctx:
            it["ctx"] = ctx
        self.item(it)
        self.t(b)

    def text(self):
        return "".join(self.parts)


LANG_COUNTRIES = {"en": ["us", "gb", "ie", "au", "in"], "de": ["de", "at", "ch"], "fr": ["fr", "be", "ch"], "es": ["es", "mx"], "it": ["it"], "pl": ["pl"],
                  "nl": ["nl", "be"], "pt": ["pt", "br"], "sv": ["se"], "ru": ["ru"], "ja": ["jp"], "zh": ["cn"], "tr": ["tr"], "cs": ["cz"]}
MAIN_LANGS = list(SENT)
LANG_PLAN = {"en": 140, "de": 55, "fr": 45, "es": 45, "it": 30, "pl": 30, "nl": 25, "pt": 30, "sv": 20, "ru": 20, "ja": 20, "zh": 25, "an": 2,
             "tr": 2, "cs": 2, "da": 1, "fi": 1, "hu": 1, "el": 1, "uk": 1, "ko": 1, "vi": 1, "id": 1, "ro": 1}
GENRES_WEB = (["prose", "contact", "forum", "chat", "cv", "invoice", "order", "thread", "sheet", "code"], [20, 12, 14, 10, 7, 8, 8, 10, 6, 5])
USERS = ["mike_t", "Kasia88", "le_bricoleur", "nordlicht", "pepe_moto", "gatto_nero", "Vossie", "anon_42", "maja.s", "dima_spb", "taro", "xiaoli", "homebrewer", "jdv"]
BARE_LA = ["{0}", "({0})", "– {0}", "[{0}]", "{0} ·"]
CODE_KEY = {"email": ["SMTP_USER", "ADMIN_EMAIL", "MAIL_FROM", "notify_to"], "ip": ["UPSTREAM_HOST", "PUBLIC_IP", "ALLOWED_IP", "peer"],
            "phone": ["SUPPORT_PHONE", "SMS_FROM", "contact_phone"], "card": ["card_number", "TEST_CARD", "pan"], "iban": ["PAYOUT_IBAN", "iban", "creditor_account"]}
LA_CODE_KEY = {"version3": "version", "version4": "build", "oid": "oid", "ip_private": "DB_HOST", "ip_loopback": "BIND_ADDR", "ip_linklocal": "METADATA_URL_HOST",
               "ip_cgnat": "wan_ip", "ip_documentation": "example_host", "ip_multicast": "MCAST_GROUP", "ip_reserved_other": "listen", "netmask": "netmask",
               "timestamp": "updated_at", "uuid": "request_id", "hash": "commit", "mac": "hwaddr", "gps": "latlon", "doi": "doi", "at_nonemail": "decorator"}


class Gen:
    def __init__(self, rng, B):
        self.r, self.B = rng, B
        for k in ("web", "sft", "qa"):
            rng.shuffle(B[k])
        for v in B["sent"].values():
            rng.shuffle(v)

    # -------- base selection
    def take_web(self, lang):
        for i, b in enumerate(self.B["web"]):
            if b["lang"] == lang:
                return self.B["web"].pop(i)
        return None

    def take(self, pool, lang):
        for i, b in enumerate(self.B[pool]):
            if b["lang"] == lang:
                return self.B[pool].pop(i)
        return None

    def sents(self, lang, k):
        ss = self.B["sent"][lang]
        out = [ss.pop() for _ in range(min(k, len(ss)))]
        return " ".join(out)

    def base_for(self, lang):
        r = self.r
        if lang == "an":
            w = self.B["wet"][0]
            ps = r.sample(w["pieces"], 3)
            return {"src": w["src"], "url": w["url"], "pieces": ps, "kind": "web"}
        choice = "sent"
        if lang == "en":
            choice = r.choices(["web", "sent", "sft", "qa"], [35, 12, 33, 20])[0]
        elif lang == "zh":
            choice = r.choices(["sft", "sent"], [50, 50])[0]
        elif lang in ("de", "fr", "es", "pl", "pt", "it"):
            choice = r.choices(["web", "sent"], [50, 50])[0]
        if choice == "web":
            b = self.take_web(lang)
            if b:
                ps = list(b["pieces"])
                k = r.randint(1, min(3, len(ps)))
                i = r.randint(0, len(ps) - k)
                return {"src": b["src"], "url": b["url"], "pieces": ps[i:i + k], "title": b["title"], "kind": "web"}
        if choice == "sft":
            b = self.take("sft", lang)
            if b:
                return {"src": b["src"], "url": None, "turns": b["turns"], "kind": "sft"}
        if choice == "qa":
            b = self.take("qa", lang)
            if b:
                return {"src": b["src"], "url": None, "pieces": [b["q"], b["a"]], "kind": "qa"}
        n = r.randint(1, 3)
        return {"src": f"lingua-py/sentences/{lang}.txt", "url": None, "pieces": [self.sents(lang, r.randint(2, 4)) for _ in range(n)], "kind": "web"}

    def synth_url(self, lang, genre):
        r = self.r
        cs = LANG_COUNTRIES.get(lang, [])
        if not cs or r.random() < 0.15:
            return r.choice([None, None, f"https://www.{r.choice(ORG_WORDS.get(lang, ORG_WORDS['en']))}.{r.choice(['com', 'org', 'net', 'eu'])}/"])
        c = r.choice(cs)
        if c == "us":
            return None
        path = {"contact": "kontakt", "forum": "forum/t", "order": "order", "invoice": "docs", "cv": "cv", "chat": "support/chat", "thread": "archive/msg",
                "sheet": "files/view", "code": "snippets"}.get(genre, "blog")
        host = r.choice(ORG_WORDS.get(lang, ORG_WORDS["en"]))
        return f"https://www.{host}{CC_TLD[c]}/{path}/{r.randint(10, 9999)}"

    # -------- items
    def make_pii(self, kind, lang, url):
        r = self.r
        el = lang if lang in NAMES else "en"
        if kind == "email":
            v, note = gen_email(r, el, r.random() < 0.22)
        elif kind == "ip":
            v, note = gen_ipv4(r) if r.random() < 0.68 else gen_ipv6(r)
        elif kind == "card":
            v, note = gen_card(r)
        elif kind == "iban":
            cs = [c.upper() for c in LANG_COUNTRIES.get(lang, []) if c.upper() in IBAN_CC]
            v, note = gen_iban(r, r.choice(cs) if cs and r.random() < 0.6 else None)
        else:
            uc, x = url_country(url), r.random()
            if uc and x < 0.8:
                c, form = uc, ("national" if r.random() < 0.7 else "intl")
            elif url is None and lang == "en" and x < 0.7:
                c, form = "us", ("national" if r.random() < 0.75 else "intl")
            else:
                c, form = r.choice(LANG_COUNTRIES.get(lang, []) * 3 + COUNTRIES), "intl"
            nat, intl = phone_parts(r, c)
            v, note = (nat if form == "national" else intl), f"{c} {form}"
        return {"type": "pii", "kind": kind, "value": v, "note": note, "ctx": ""}

    def make_la(self, name, lang):
        v = gen_la(self.r, name, lang)
        return {"type": "la", "name": name, "value": v, "ctx": ""}

    # -------- phrase choice
    def sent(self, it, lang, bare):
        r = self.r
        if it["type"] == "pii":
            L = lang if lang in SENT else "en"
            return r.choice(SENT[L][it["kind"]][1 if bare else 0]), ("bare" if bare else "kw")
        if bare:
            return r.choice(BARE_LA), "bare"
        v, nm = it["value"], it["name"]
        if nm == "at_nonemail":
            if "/" in v:
                return "npm install {0}", "kw"
            if v in ("@Override", "@property", "@app.route"):
                return "annotate the method with {0}", "kw"
            if v in ("@media screen", "@import"):
                return "the CSS rule {0} is ignored", "kw"
            if v in ("@here", "@everyone"):
                return "ping {0} in Slack", "kw"
            if v == "@2x":
                return "retina images use the {0} suffix", "kw"
            if v == "user@":
                return "the prompt shows {0} and then hangs", "kw"
            if " @ " in v:
                return "bought {0} each", "kw"
            return r.choice(["follow us on Instagram {0}", "Instagram: {0}"]), "kw"
        if nm == "version4":
            if v.startswith("10.0."):
                return "Windows build {0}", "kw"
            if v[:3].isdigit() and int(v[:3]) >= 100:
                return "Chrome {0} (Official Build)", "kw"
            return ("Firmware-Version {0}" if lang == "de" else "firmware version {0}"), "kw"
        d = LA_KW[nm]
        return r.choice(d.get(lang) or d["en"]), "kw"

    def line(self, it, lang, bare):
        r = self.r
        if it["type"] == "pii":
            L = lang if lang in LINE else "en"
            return ("{0}", "bare") if bare else (r.choice(LINE[L][it["kind"]]), "kw")
        return self.sent(it, lang, bare)

    def bare(self, it):
        if it["type"] == "la" and la_needs_kw(it["value"]):
            return False
        return self.r.random() < (0.34 if it["type"] == "pii" else 0.41)

    # -------- renderers
    def r_prose(self, d, lang, items, base):
        r = self.r
        ps = base["pieces"]
        if base.get("title") and r.random() < 0.5:
            d.t(base["title"] + "\n\n")
        slots = [[] for _ in ps]
        for it in items:
            slots[r.randrange(len(ps))].append(it)
        for i, p in enumerate(ps):
            d.t(("\n\n" if i else "") + p)
            for it in slots[i]:
                tm, ctx = self.sent(it, lang, self.bare(it))
                d.t(r.choice([" ", "\n"]))
                d.put(tm, it, ctx)

    def r_lines(self, d, lang, items, head=None, name=True):
        r = self.r
        if head:
            d.t(head + "\n")
        if name:
            nn = NATIVE_NAMES.get(lang) or [" ".join(x) for x in zip(*NAMES.get(lang, NAMES["en"]))]
            d.t(r.choice(nn) + "\n")
        for it in items:
            tm, ctx = self.line(it, lang, self.bare(it))
            d.put(tm, it, ctx)
            d.t("\n")

    def r_contact(self, d, lang, items, base):
        ps = base["pieces"]
        d.t(ps[0] + "\n\n")
        self.r_lines(d, lang, items, HEAD["contact"].get(lang, "Contact"))
        for p in ps[1:]:
            d.t("\n" + p)

    def r_cv(self, d, lang, items, base):
        pii = [i for i in items if i["type"] == "pii"]
        self.r_lines(d, lang, pii, HEAD["cv"].get(lang, "CV"))
        d.t("\n" + HEAD["experience"].get(lang, "Experience") + "\n")
        for it in items:
            if it["type"] == "la":
                tm, ctx = self.line(it, lang, self.bare(it))
                d.put(tm, it, ctx)
                d.t("\n")
        d.t("\n\n".join(base["pieces"]))

    def r_commerce(self, d, lang, items, base, head):
        las = [i for i in items if i["type"] == "la"]
        pii = [i for i in items if i["type"] == "pii"]
        d.t(HEAD[head].get(lang, head.upper()) + "\n\n")
        for it in las + pii:
            tm, ctx = self.line(it, lang, self.bare(it))
            d.put(tm, it, ctx)
            d.t("\n")
        d.t("\n" + "\n".join(base["pieces"]))

    def r_forum(self, d, lang, items, base):
        r = self.r
        d.t(r.choice(USERS))
        dl = [i for i in items if i["type"] == "la" and i["name"] in ("date", "timestamp")]
        if dl:
            items.remove(dl[0])
            d.put(" » {0}", dl[0], "bare")
        d.t("\n")
        ps = base["pieces"]
        d.t("> " + ps[0].replace("\n", "\n> ") + "\n\n")
        for it in items:
            tm, ctx = self.sent(it, lang, self.bare(it))
            d.put(tm, it, ctx)
            d.t(r.choice([" ", "\n"]))
        for p in ps[1:]:
            d.t("\n" + p)

    def r_chat(self, d, lang, items, base):
        r = self.r
        ag, cu = HEAD["roles"].get(lang, ("Agent", "Customer"))
        tl = [i for i in items if i["type"] == "la" and i["name"] == "time"]
        if tl:
            items.remove(tl[0])
            d.t("[")
            d.put("{0}", tl[0], "bare")
            d.t("] ")
        d.t(f"{cu}: {base['pieces'][0]}\n")
        for k, it in enumerate(items):
            who = cu if it["type"] == "pii" else ag
            d.t(f"{who}: ")
            tm, ctx = self.sent(it, lang, self.bare(it))
            d.put(tm, it, ctx)
            d.t("\n")
        for p in base["pieces"][1:]:
            d.t(f"{ag}: {p}\n")

    def r_thread(self, d, lang, items, base):
        r = self.r
        em = [i for i in items if i["type"] == "pii" and i["kind"] == "email" and "obfuscated" not in i["note"]]
        dl = [i for i in items if i["type"] == "la" and i["name"] == "date"]
        rest = [i for i in items if i not in em[:1] + dl[:1]]
        half = len(rest) // 2
        ps = base.get("pieces") or [t for _, t in base["turns"]]
        for it in rest[:half]:
            tm, ctx = self.sent(it, lang, self.bare(it))
            d.put(tm, it, ctx)
            d.t("\n")
        d.t(ps[0] + "\n\n")
        nm = r.choice(NATIVE_NAMES.get(lang) or [" ".join(x) for x in zip(*NAMES.get(lang, NAMES["en"]))])
        w = HEAD["wrote_d" if dl else "wrote"].get(lang, "{n} wrote:" if not dl else "On {d}, {n} wrote:")
        segs = re.split(r"(\{d\}|\{n\})", w)
        for s in segs:
            if s == "{d}":
                d.put("{0}", dl[0], "bare")
            elif s == "{n}":
                d.t(nm)
                if em:
                    d.put(" <{0}>", em[0], "bare (angle brackets)")
            else:
                d.t(s)
        d.t("\n")
        for p in ps[1:2]:
            d.t("> " + p.replace("\n", "\n> ") + "\n")
        for it in rest[half:]:
            tm, ctx = self.sent(it, lang, self.bare(it))
            d.t("> ")
            d.put(tm, it, ctx)
            d.t("\n")

    def r_sheet(self, d, lang, items, base):
        r = self.r
        sep = r.choice([",", "\t", " | ", ";"])
        d.t(base["pieces"][0] + "\n\n")
        L = lang if lang in LINE else "en"
        hdr = []
        for it in items:
            if it["type"] == "pii":
                hdr.append(re.split(r"[:：–{]", LINE[L][it["kind"]][0])[0].strip())
            else:
                hdr.append(LA_HDR.get(it["name"], "ref"))
        d.t(sep.join(["#"] + hdr) + "\n")
        rows = r.randint(1, 2) if len(items) > 1 else 1
        for row in range(rows):
            d.t(str(row + 1))
            for k, it in enumerate(items):
                d.t(sep)
                if k % rows == row:
                    q = '"' if sep in (",", ";") and ("," in it["value"] or ";" in it["value"]) else ""
                    d.put(q + "{0}" + q, it, "table cell")
            d.t("\n")

    def r_code(self, d, lang, items, base):
        r = self.r
        fmt = r.choice(["env", "yaml", "json", "log", "nginx", "python", "html"])
        ps = base.get("pieces") or [base["turns"][0][1]]
        cm = "<!-- {} -->" if fmt == "html" else "// {}" if fmt == "json" else "# {}"
        d.t(cm.format(ps[0].replace("\n", " ")) + "\n")
        if fmt == "json":
            d.t("{\n")
        for k, it in enumerate(items):
            isv6 = ":" in it["value"] and it["type"] == "pii" and it["kind"] == "ip"
            key = r.choice(CODE_KEY[it["kind"]]) if it["type"] == "pii" else LA_CODE_KEY.get(it["name"], it["name"])
            if fmt == "log" and it["type"] == "pii" and it["kind"] == "ip":
                tm = r.choice(['{0} - - "GET /wp-login.php HTTP/1.1" 404 153', "sshd[2211]: Failed password for invalid user admin from {0} port 51234 ssh2",
                               "kernel: [UFW BLOCK] IN=eth0 SRC={0} PROTO=TCP DPT=23"])
                d.put(tm, it, "log line")
            elif fmt == "nginx" and it["type"] == "pii" and it["kind"] == "ip":
                d.put(r.choice(["    allow {0};", "    server [{0}]:443 max_fails=3;" if isv6 else "    server {0}:8443 max_fails=3;", "    set_real_ip_from {0};"]), it, "config directive")
            elif fmt == "html" and it["type"] == "pii" and it["kind"] == "email" and "obfuscated" not in it["note"]:
                d.t('<a href="mailto:')
                it2 = dict(it)
                d.put('{0}">', it, "mailto href")
                d.put("{0}</a>", it2, "link text")
            elif fmt == "html":
                d.put("<td>{0}</td>", it, "table cell")
            elif fmt == "json":
                d.put(f'  "{key.lower()}": "{{0}}"' + ("," if k < len(items) - 1 else ""), it, "config key")
            elif fmt == "python":
                d.put(f'    "{key.lower()}": "{{0}}",', it, "config key")
            elif fmt in ("yaml", "nginx", "log"):
                d.put(f"{key.lower()}: {{0}}" if fmt != "nginx" else f"    # {key.lower()} {{0}}", it, "config key")
            else:
                d.put(f"{key.upper()}={{0}}", it, "config key")
            d.t("\n")
        if fmt == "json":
            d.t("}\n")

    def r_dialogue(self, d, lang, items, base):
        r = self.r
        turns = base.get("turns") or [("user", base["pieces"][0])] + [("assistant", p) for p in base["pieces"][1:2]]
        st = r.choice([("Human: ", "Assistant: ", "\n\n"), ("### Instruction:\n", "### Response:\n", "\n\n"), ("USER: ", "ASSISTANT: ", "\n"),
                       ("<|user|>\n", "<|assistant|>\n", "\n")])
        last_user = max([k for k, (ro, _) in enumerate(turns) if ro == "user"], default=None)
        for k, (role, txt) in enumerate(turns):
            if k:
                d.t(st[2])
            d.t(st[0] if role == "user" else st[1])
            if k == last_user:
                for it in items:
                    tm, ctx = self.sent(it, lang, self.bare(it))
                    d.put(tm, it, ctx)
                    d.t(" ")
                items = []
            d.t(txt)
        if items:
            d.t(st[2] + st[0])
            for j, it in enumerate(items):
                tm, ctx = self.sent(it, lang, self.bare(it))
                d.t(" " if j else "")
                d.put(tm, it, ctx)

    def r_listing(self, d, lang, items, base):
        d.t("\n\n".join(base["pieces"]) + "\n\n")
        self.r_lines(d, "en", items, None, name=False)



# ---------------------------------------------------------------- part 4: main, validation, stats
KINDS = ["email", "ip", "phone", "card", "iban"]


def distribute(rng, n, total, maxk, weights):
    counts = rng.choices(range(maxk + 1), weights, k=n)
    while sum(counts) != total:
        i = rng.randrange(n)
        if sum(counts) > total and counts[i] > 0:
            counts[i] -= 1
        elif sum(counts) < total and counts[i] < maxk:
            counts[i] += 1
    return counts


def build():
    rng = random.Random(SEED)
    g = Gen(rng, load_bases())
    langs = [l for l, n in LANG_PLAN.items() for _ in range(n)]
    assert len(langs) == N_DOCS, len(langs)
    rng.shuffle(langs)
    pc = distribute(rng, N_DOCS, 150 * len(KINDS), 3, [15, 35, 30, 20])
    lc = distribute(rng, N_DOCS, 20 * len(LA_NAMES), 4, [22, 30, 25, 15, 8])
    kinds = [k for k in KINDS for _ in range(150)]
    names = [n for n in LA_NAMES for _ in range(20)]
    rng.shuffle(kinds)
    rng.shuffle(names)
    docs = []
    for i, lang in enumerate(langs):
        base = g.base_for(lang)
        if lang not in MAIN_LANGS:
            genre = rng.choice(["listing", "listing", "sheet", "code"])
        elif base["kind"] == "sft":
            genre = rng.choices(["dialogue", "code", "thread"], [70, 15, 15])[0]
        elif base["kind"] == "qa":
            genre = rng.choice(["forum", "dialogue"])
        elif base["src"] == "trafilatura-eval":
            genre = rng.choices(["prose", "contact", "forum", "thread", "sheet", "code"], [40, 20, 20, 10, 5, 5])[0]
        else:
            genre = rng.choices(*GENRES_WEB)[0]
        if pc[i] + lc[i] == 0 and genre in ("sheet", "cv", "invoice", "order", "code"):
            genre = "dialogue" if base["kind"] == "sft" else "prose" if lang in MAIN_LANGS else "listing"
        url = base["url"]
        if url is None and base["kind"] == "web" and lang in MAIN_LANGS and rng.random() < 0.8:
            url = g.synth_url(lang, genre)
        items = [g.make_pii(kinds.pop(), lang, url) for _ in range(pc[i])] + [g.make_la(names.pop(), lang) for _ in range(lc[i])]
        rng.shuffle(items)
        d = Doc()
        getattr(g, "r_" + {"invoice": "commerce", "order": "commerce"}.get(genre, genre))(
            d, lang, items, base, *([genre] if genre in ("invoice", "order") else []))
        docs.append({"text": d.text(), "language": lang, "url": url,
                     "spans": sorted(d.spans, key=lambda s: s["start"]), "lookalikes": sorted(d.las, key=lambda s: s["start"]),
                     "_la_ctx": [m.pop("_ctx") for m in d.las],
                     "_genre": genre, "_src": base["src"]})
    assert not kinds and not names
    return docs


IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.]|\d)")


def validate(docs):
    for k, doc in enumerate(docs):
        t = doc["text"]
        marks = doc["spans"] + doc["lookalikes"]
        iv = sorted((m["start"], m["end"]) for m in marks)
        for a, b in zip(iv, iv[1:]):
            assert a[1] <= b[0], (k, a, b)
        for m in marks:
            assert t[m["start"]:m["end"]] == m["value"], (k, m)
            assert m["value"] == m["value"].strip() and m["value"], (k, m)
        covered = lambda s, e: any(m["start"] <= s and e <= m["end"] for m in marks) or any(m["start"] < e and s < m["end"] for m in marks)
        for m in re.finditer(r"[@＠]", t):
            assert covered(m.start(), m.end()), (k, t[max(0, m.start() - 30):m.end() + 30])
        for m in IPV4_RE.finditer(t):
            assert covered(m.start(), m.end()), (k, m.group())
        for m in re.finditer(r"\d{9,}", t):
            assert covered(m.start(), m.end()), (k, m.group())
        uc = url_country(doc["url"])
        for s in doc["spans"]:
            v = s["value"]
            if s["kind"] == "card":
                assert luhn_ok(re.sub(r"\D", "", v)), v
            elif s["kind"] == "iban":
                assert iban_valid(v), v
            elif s["kind"] == "ip" and "." in v:
                assert ipv4_public(*map(int, v.split("."))), v
            elif s["kind"] == "ip":
                assert not v.lower().startswith("2001:db8") and v[0] == "2", v
            elif s["kind"] == "phone":
                c, form = s["note"].split(";")[0].split()
                if form == "national":
                    assert (c == "us" and doc["url"] is None) or (c != "us" and uc == c), (k, s, doc["url"])
            elif s["kind"] == "email" and "plain" in s["note"]:
                assert re.fullmatch(r"[\w.+-]+@[\w-]+(\.[\w-]+)+", v), v
        for m in doc["lookalikes"]:
            v = m["value"]
            if m["name"] == "luhn_fail16":
                assert not luhn_ok(re.sub(r"\D", "", v))
            if m["name"] == "iban_badcheck":
                assert not iban_valid(v)
            mm = IPV4_RE.fullmatch(v)
            if mm and all(int(x) <= 255 for x in mm.groups()):
                assert not ipv4_public(*map(int, mm.groups())) or m["name"] in ("section", "oid", "version4"), v


def is_bare(note_or_ctx):
    return not note_or_ctx.endswith("kw") and "config key" not in note_or_ctx


def main():
    docs = build()
    validate(docs)
    with open(OUT, "w", encoding="utf-8") as fh:
        for d in docs:
            fh.write(json.dumps({k: d[k] for k in ("text", "language", "url", "spans", "lookalikes")}, ensure_ascii=False) + "\n")
    from collections import Counter
    sp = [s for d in docs for s in d["spans"]]
    la = [m for d in docs for m in d["lookalikes"]]
    print("docs", len(docs), "spans", len(sp), "lookalikes", len(la))
    print("kinds", dict(Counter(s["kind"] for s in sp)))
    print("span context", dict(Counter(s["note"].split("; ")[-1] for s in sp)))
    print("lookalike context", dict(Counter(c for d in docs for c in d["_la_ctx"])))
    print("lookalike names", dict(sorted(Counter(m["name"] for m in la).items())))
    print("languages", dict(Counter(d["language"] for d in docs)))
    print("genres", dict(Counter(d["_genre"] for d in docs)))
    print("sources", dict(Counter(d["_src"].split("/")[0] for d in docs)))
    print("urls: null", sum(d["url"] is None for d in docs), "ccTLD", sum(url_country(d["url"]) is not None for d in docs))
    print("phone forms", dict(Counter(" ".join(s["note"].split(";")[0].split()[1:]) for s in sp if s["kind"] == "phone")))
    print("phone countries", dict(Counter(s["note"].split()[0] for s in sp if s["kind"] == "phone")))
    print("email obfuscated", sum("obfuscated" in s["note"] for s in sp if s["kind"] == "email"), "ipv6", sum(":" in s["value"] for s in sp if s["kind"] == "ip"))
    print("docs with 0 spans", sum(not d["spans"] for d in docs), "with 0 of both", sum(not d["spans"] and not d["lookalikes"] for d in docs))


if __name__ == "__main__" and os.environ.get("UNSEEN4_SELFTEST"):
    r = random.Random(1)
    for _ in range(3):
        print(gen_card(r), gen_iban(r), gen_iban_bad(r), gen_ipv4(r), gen_ipv6(r), gen_luhn_fail16(r))
    for c in COUNTRIES:
        print(c, phone_parts(r, c))
    for L in NAMES:
        print(gen_email(r, L), gen_email(r, L, True))
    for nm in LA_NAMES:
        print(nm, [gen_la(r, nm, "de") for _ in range(4)])
    print(url_country("https://www.example.co.uk/x"), url_country("http://a.de"), url_country("https://x.com"))
elif __name__ == "__main__":
    main()
