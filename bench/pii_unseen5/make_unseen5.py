#!/usr/bin/env python3
"""Generate unseen5.jsonl: an independent, labelled PII test set (stdlib only, deterministic).

Run from /work/main:  .venv/bin/python bench/pii_unseen5/make_unseen5.py
"""
import gzip, json, os, random, re, string, uuid, hashlib

SEED = 55005
N_DOCS = 400
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = "/work/shared/data"
rng = random.Random(SEED)
R = rng

# ----------------------------------------------------------------- checksums
def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        n = int(ch)
        if alt:
            n *= 2
            if n > 9: n -= 9
        s += n; alt = not alt
    return s % 10 == 0

def luhn_complete(prefix, length):
    body = prefix + "".join(R.choice(string.digits) for _ in range(length - len(prefix) - 1))
    for c in string.digits:
        if luhn_ok(body + c): return body + c

def iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))

def iban_ok(iban):
    iban = iban.replace(" ", "")
    return iban_num(iban[4:] + iban[:4]) % 97 == 1

def make_iban(cc, bban):
    chk = 98 - iban_num(bban + cc + "00") % 97
    return f"{cc}{chk:02d}{bban}"

def dg(n, first="0123456789"):
    return R.choice(first) + "".join(R.choice(string.digits) for _ in range(n - 1))

# ----------------------------------------------------------------- IBAN (national formats, real bank codes)
def fr_rib_key(bank, branch, acct):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)

def es_dc(digits):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    s = sum(int(a) * b for a, b in zip(digits.rjust(10, "0"), w))
    r = 11 - s % 11
    return {10: 1, 11: 0}.get(r, r)

IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_cin(abi, cab, acct):
    s = 0
    for i, ch in enumerate(abi + cab + acct):
        v = int(ch) if ch.isdigit() else ord(ch) - 65
        s += IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + s % 26)

def pl_branch(bank4):
    b7 = bank4 + dg(3)
    w = [3, 9, 7, 1, 3, 9, 7]
    s = sum(int(a) * b for a, b in zip(b7, w))
    return b7 + str((10 - s % 10) % 10)

def nl_acct():
    while True:
        a = dg(10, "123456789")
        if sum(int(c) * w for c, w in zip(a, range(10, 0, -1))) % 11 == 0: return a

def iban_for(cc):
    if cc == "DE": b = R.choice(["10070000", "37040044", "50010517", "12030000", "20041133", "70150000", "43060967"]) + dg(10, "123456789")
    elif cc == "FR":
        bank = R.choice(["30004", "30003", "30002", "20041", "10278", "18206"]); br = dg(5); ac = dg(11)
        b = bank + br + ac + f"{fr_rib_key(bank, br, ac):02d}"
    elif cc == "ES":
        bank = R.choice(["2100", "0049", "0182", "0081", "2085"]); br = dg(4); ac = dg(10)
        b = bank + br + str(es_dc("00" + bank + br)) + str(es_dc(ac)) + ac
    elif cc == "IT":
        abi = R.choice(["03069", "02008", "05034", "01030", "03111"]); cab = dg(5); ac = dg(12)
        b = it_cin(abi, cab, ac) + abi + cab + ac
    elif cc == "NL": b = R.choice(["ABNA", "RABO"]) + nl_acct()
    elif cc == "GB":
        bk, sc = R.choice([("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40")])
        b = bk + sc + dg(4) + dg(8)
    elif cc == "PL": b = pl_branch(R.choice(["1020", "1140", "1090", "1050", "1240"])) + dg(16)
    elif cc == "PT":
        nib19 = R.choice(["0035", "0033", "0010", "0007"]) + dg(4) + dg(11)
        b = nib19 + f"{98 - (int(nib19) * 100) % 97:02d}"
    elif cc == "BE":
        ten = R.choice(["001", "063", "068", "363", "734", "735"]) + dg(7)
        k = int(ten) % 97 or 97
        b = ten + f"{k:02d}"
    elif cc == "AT": b = R.choice(["12000", "20111", "14000", "32000"]) + dg(11)
    elif cc == "CH": b = R.choice(["00230", "00700", "04835", "09000"]) + dg(12)
    else: raise ValueError(cc)
    ib = make_iban(cc, b)
    assert iban_ok(ib)
    return ib

def group4(s): return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def fmt_iban(ib):
    f = R.random()
    if f < 0.5: return group4(ib), "grouped by 4 with spaces"
    if f < 0.85: return ib, "compact"
    return group4(ib), "grouped by 4 with spaces"

def bad_iban(cc):
    ib = iban_for(cc)
    ck = int(ib[2:4])
    bad = ib[:2] + f"{(ck + R.randint(1, 90)) % 97 + 2:02d}"[-2:] + ib[4:]
    while iban_ok(bad) or bad[2:4] in ("00", "01"):
        bad = ib[:2] + f"{R.randint(2, 98):02d}" + ib[4:]
    return bad

# ----------------------------------------------------------------- cards
CARD_NETS = [
    ("Visa", lambda: "4", 16, "4-4-4-4"),
    ("Mastercard", lambda: str(R.randint(51, 55)), 16, "4-4-4-4"),
    ("Mastercard 2-series", lambda: str(R.randint(2221, 2720)), 16, "4-4-4-4"),
    ("American Express", lambda: R.choice(["34", "37"]), 15, "4-6-5"),
    ("Discover", lambda: R.choice(["6011", "65" + dg(2, "0123456789")]), 16, "4-4-4-4"),
    ("JCB", lambda: str(R.randint(3528, 3589)), 16, "4-4-4-4"),
    ("Diners Club", lambda: "36", 14, "4-6-4"),
    ("UnionPay", lambda: "62" + R.choice(["2", "4", "5", "6", "8"]), 16, "4-4-4-4"),
]

def grp(num, pattern, sep):
    out, i = [], 0
    for n in map(int, pattern.split("-")):
        out.append(num[i:i + n]); i += n
    return sep.join(out)

def make_card():
    net, pre, ln, pat = R.choice(CARD_NETS)
    while True:
        num = luhn_complete(pre(), ln)
        if len(set(num)) > 4: break
    sep = R.choice([" ", " ", "-", ""])
    return grp(num, pat, sep), f"{net}, Luhn-valid, {'no separators' if not sep else ('spaces' if sep == ' ' else 'dashes')}"

def luhn_fail16():
    while True:
        num = "".join(R.choice(string.digits) for _ in range(16))
        if num[0] in "3456" and not luhn_ok(num): break
    return grp(num, "4-4-4-4", R.choice([" ", "-", ""]))

# ----------------------------------------------------------------- IPs
FIRST_OCTETS = ([2, 5, 8, 12, 13, 18, 20, 23, 24, 31, 34, 35, 37, 38, 40, 45, 46, 47, 50, 51, 52, 54, 57, 62, 64,
                 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90,
                 91, 92, 93, 94, 95, 96, 98, 99, 101, 103, 104, 106, 107, 108, 109, 110, 112, 113, 114, 116, 117,
                 118, 119, 121, 122, 123, 124, 125, 128, 129, 130, 131, 134, 136, 137, 138, 139, 140, 141, 142, 143,
                 144, 145, 146, 147, 149, 150, 151, 152, 154, 155, 157, 158, 159, 161, 162, 163, 164, 165, 167, 168,
                 170, 171, 173, 174, 175, 176, 178, 180, 182, 183, 184, 185, 186, 187, 188, 189, 190, 191, 193, 194,
                 195, 196, 197, 199, 200, 201, 202, 204, 205, 206, 207, 208, 209, 210, 211, 212, 213, 216, 217, 218,
                 219, 220, 221, 222, 223])

def public_v4():
    a = R.choice(FIRST_OCTETS)
    b = R.randint(0, 255)
    if a == 192 and b in (0, 88, 168): b = 31
    if a == 198 and b in (18, 19, 51): b = 12
    if a == 203 and b == 0: b = 7
    if a == 172 and 16 <= b <= 31: b = 64
    if a == 100 and 64 <= b <= 127: b = 20
    if a == 169 and b == 254: b = 150
    return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"

V6_PREFIXES = ["2a02:8108", "2a01:4f8", "2a01:cb00", "2a00:1450", "2a03:2880", "2600:1f18", "2606:4700",
               "2607:f8b0", "2400:cb00", "2804:14c", "2a02:c7f", "2001:67c:2e8", "2a0d:5600", "2c0f:fb50",
               "2405:200", "2a00:23c5", "2001:4860", "2a02:908", "2603:8001"]

def public_v6():
    pre = R.choice(V6_PREFIXES)
    parts = pre.split(":")
    while len(parts) < 4: parts.append(f"{R.randint(0, 0xffff):x}")
    tail = [f"{R.randint(0, 0xffff):x}" for _ in range(4)]
    if R.random() < 0.45:
        return ":".join(parts) + "::" + ":".join(tail[:R.randint(1, 2)]), "IPv6 compressed"
    return ":".join(parts + tail), "IPv6 full"

def make_ip():
    if R.random() < 0.72: return public_v4(), "IPv4 public unicast"
    return public_v6()

def private_ip():
    return R.choice([
        lambda: f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        lambda: f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
        lambda: f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        lambda: "127.0.0.1",
        lambda: f"100.{R.randint(64, 127)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
        lambda: f"169.254.{R.randint(1, 254)}.{R.randint(1, 254)}",
        lambda: f"192.0.2.{R.randint(1, 254)}",
        lambda: f"198.51.100.{R.randint(1, 254)}",
        lambda: f"203.0.113.{R.randint(1, 254)}",
        lambda: f"fe80::{R.randint(0, 0xffff):x}:{R.randint(0, 0xffff):x}",
        lambda: f"fd{R.randint(0, 255):02x}:{R.randint(0, 0xffff):x}::{R.randint(1, 99)}",
        lambda: f"2001:db8:{R.randint(0, 0xffff):x}::{R.randint(1, 99)}",
    ])()

# ----------------------------------------------------------------- phones (allocated ranges only)
def _sub(n, first="23456789"): return dg(n, first)

def ph_US():
    area = R.choice(["212", "312", "415", "617", "206", "303", "512", "404", "702", "919", "213", "305", "503", "612", "713", "214", "602", "720"])
    while True:
        ex = _sub(3)
        if ex[1:] != "11" and ex != "555": break
    ln = dg(4)
    nat = R.choice([f"({area}) {ex}-{ln}", f"{area}-{ex}-{ln}", f"{area}.{ex}.{ln}", f"{area} {ex} {ln}"])
    intl = R.choice([f"+1 {area} {ex} {ln}", f"+1-{area}-{ex}-{ln}", f"+1 ({area}) {ex}-{ln}", f"+1 {area}-{ex}-{ln}"])
    return nat, intl, "US NANP"

def ph_GB():
    if R.random() < 0.55:
        while True:
            p = "7" + R.choice("123457") + dg(2); s = dg(6)
            if not (p == "7700" and s.startswith("900")): break
        return R.choice([f"0{p} {s}", f"0{p}{s}", f"0{p} {s[:3]} {s[3:]}"]), R.choice([f"+44 {p} {s}", f"+44 (0){p} {s}", f"+44{p}{s}"]), "GB mobile"
    a, b = "20", R.choice("378") + dg(3)
    if b.startswith("7946"): b = "7931"
    c = dg(4)
    return R.choice([f"020 {b} {c}", f"(020) {b} {c}"]), R.choice([f"+44 20 {b} {c}", f"+44 (0)20 {b} {c}"]), "GB London landline"

def ph_DE():
    if R.random() < 0.5:
        p = R.choice(["151", "152", "157", "159", "176", "170", "171", "172", "173", "174", "175"])
        s = dg(8, "123456789") if p[:2] == "15" or p == "176" else dg(7, "123456789")
        return R.choice([f"0{p} {s}", f"0{p}-{s}", f"0{p}/{s}", f"0{p} {s[:4]} {s[4:]}"]), R.choice([f"+49 {p} {s}", f"+49 (0){p} {s}", f"0049 {p} {s}", f"+49{p}{s}"]), "DE mobile"
    a = R.choice(["30", "89", "40", "69", "221", "711"]); s = dg(8 if len(a) == 2 else 7, "23456789")
    return R.choice([f"0{a} {s}", f"0{a}/{s[:4]} {s[4:]}", f"(0{a}) {s}", f"0{a}-{s}"]), R.choice([f"+49 {a} {s}", f"+49 (0){a} {s}", f"+49 {a} {s[:4]} {s[4:]}"]), "DE landline"

def ph_FR():
    while True:
        p = R.choice(["1", "2", "3", "4", "5", "6", "6", "7"])
        g = [R.choice(["3", "5", "6", "7", "8"]) + dg(1)] if p == "7" else [dg(2, "12345678")]
        g += [dg(2) for _ in range(3)]
        if not (p == "6" and g[0] == "39"): break
    nat = R.choice(["0{} {} {} {} {}", "0{}.{}.{}.{}.{}", "0{}{}{}{}{}"]).format(p, *g)
    intl = R.choice(["+33 {} {} {} {} {}", "+33 (0){} {} {} {} {}", "+33{}{}{}{}{}"]).format(p, *g)
    return nat, intl, "FR mobile" if p in "67" else "FR landline"

def ph_ES():
    if R.random() < 0.6: n = R.choice("67") + (dg(2) if True else "")
    else: n = R.choice(["91", "93", "95", "96"]) + dg(1, "2345678")
    if n[0] == "7": n = "7" + R.choice("1234") + dg(1)
    s = n + dg(6)
    nat = R.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s]) if s[0] in "67" else R.choice([f"{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", f"{s[:3]} {s[3:6]} {s[6:]}"])
    return nat, R.choice([f"+34 {s[:3]} {s[3:6]} {s[6:]}", f"+34 {s}", f"0034 {s[:3]} {s[3:6]} {s[6:]}"]), "ES mobile" if s[0] in "67" else "ES landline"

def ph_IT():
    if R.random() < 0.65:
        p = R.choice(["320", "328", "329", "333", "334", "335", "338", "339", "340", "345", "347", "348", "349", "366", "380", "388", "389", "391", "392", "393"]); s = dg(7)
        return R.choice([f"{p} {s[:3]} {s[3:]}", f"{p} {s}", f"{p}-{s}", f"{p}{s}"]), R.choice([f"+39 {p} {s[:3]} {s[3:]}", f"+39 {p} {s}", f"0039 {p} {s}"]), "IT mobile"
    a = R.choice(["06", "02"]); s = dg(8, "2345789")
    return R.choice([f"{a} {s[:4]} {s[4:]}", f"{a} {s}", f"{a}/{s}"]), R.choice([f"+39 {a} {s[:4]} {s[4:]}", f"+39 {a} {s}"]), "IT landline"

def ph_NL():
    if R.random() < 0.6:
        s = R.choice("12345") + dg(7)
        return R.choice([f"06-{s}", f"06 {s[:4]} {s[4:]}", f"06 {s}", f"06{s}"]), R.choice([f"+31 6 {s}", f"+31 6 {s[:4]} {s[4:]}", f"0031 6 {s}", f"+316{s}"]), "NL mobile"
    a = R.choice(["20", "10", "30", "70"]); s = dg(7, "2345678")
    return R.choice([f"0{a}-{s[:3]} {s[3:]}", f"0{a} {s[:3]} {s[3:]}", f"0{a}-{s}"]), R.choice([f"+31 {a} {s[:3]} {s[3:]}", f"+31 (0){a} {s[:3]} {s[3:]}"]), "NL landline"

def ph_PL():
    if R.random() < 0.7:
        s = R.choice(["50", "51", "53", "60", "66", "69", "72", "73", "78", "79", "88"]) + dg(7)
        return R.choice([f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}-{s[3:6]}-{s[6:]}", s]), R.choice([f"+48 {s[:3]} {s[3:6]} {s[6:]}", f"+48 {s}", f"+48-{s[:3]}-{s[3:6]}-{s[6:]}"]), "PL mobile"
    s = R.choice(["22", "12", "61", "71", "58"]) + dg(7, "2345678")
    return R.choice([f"{s[:2]} {s[2:5]} {s[5:7]} {s[7:]}", f"({s[:2]}) {s[2:5]} {s[5:7]} {s[7:]}"]), R.choice([f"+48 {s[:2]} {s[2:5]} {s[5:7]} {s[7:]}"]), "PL landline"

def ph_PT():
    s = (R.choice(["91", "92", "93", "96"]) if R.random() < 0.65 else R.choice(["21", "22"])) + dg(7)
    return R.choice([f"{s[:3]} {s[3:6]} {s[6:]}", s]), R.choice([f"+351 {s[:3]} {s[3:6]} {s[6:]}", f"+351 {s}", f"00351 {s}"]), "PT mobile" if s[0] == "9" else "PT landline"

def ph_BR():
    ddd = R.choice(["11", "21", "31", "41", "51", "61", "71", "81", "85"])
    if R.random() < 0.7:
        s = "9" + dg(4, "6789") + "-" + dg(4); kind = "BR mobile"
    else:
        s = dg(4, "2345") + "-" + dg(4); kind = "BR landline"
    return R.choice([f"({ddd}) {s}", f"{ddd} {s}"]), R.choice([f"+55 {ddd} {s}", f"+55 ({ddd}) {s}"]), kind

def ph_SE():
    if R.random() < 0.6:
        while True:
            p = R.choice(["70", "72", "73", "76"]); s = dg(7)
            if not (p == "70" and s.startswith("17406")): break
        return R.choice([f"0{p}-{s[:3]} {s[3:5]} {s[5:]}", f"0{p} {s[:3]} {s[3:5]} {s[5:]}", f"0{p}{s}"]), R.choice([f"+46 {p} {s[:3]} {s[3:5]} {s[5:]}", f"+46{p}{s}"]), "SE mobile"
    s = dg(8, "2345678")
    return R.choice([f"08-{s[:3]} {s[3:6]} {s[6:]}", f"08 {s[:3]} {s[3:6]} {s[6:]}"]), f"+46 8 {s[:3]} {s[3:6]} {s[6:]}", "SE Stockholm landline"

def ph_AU():
    if R.random() < 0.6:
        while True:
            s = "4" + dg(8)
            if not s.startswith("491570"): break
        return R.choice([f"0{s[:3]} {s[3:6]} {s[6:]}", f"0{s}"]), R.choice([f"+61 {s[:3]} {s[3:6]} {s[6:]}", f"+61{s}"]), "AU mobile"
    a = R.choice(["2", "3"]); s = R.choice(["8", "9"]) + dg(7)
    return R.choice([f"(0{a}) {s[:4]} {s[4:]}", f"0{a} {s[:4]} {s[4:]}"]), f"+61 {a} {s[:4]} {s[4:]}", "AU landline"

def ph_IN():
    s = R.choice("6789") + dg(9)
    return R.choice([f"{s[:5]} {s[5:]}", f"0{s[:5]} {s[5:]}", f"0{s}"]), R.choice([f"+91 {s[:5]} {s[5:]}", f"+91-{s[:5]}-{s[5:]}", f"+91 {s}"]), "IN mobile"

def ph_CH():
    p = R.choice(["75", "76", "77", "78", "79", "44", "43", "31", "61", "22"]); s = dg(7, "2345678")
    return R.choice([f"0{p} {s[:3]} {s[3:5]} {s[5:]}", f"0{p}/{s[:3]} {s[3:5]} {s[5:]}"]), R.choice([f"+41 {p} {s[:3]} {s[3:5]} {s[5:]}", f"+41 (0){p} {s[:3]} {s[3:5]} {s[5:]}", f"0041 {p} {s[:3]} {s[3:5]} {s[5:]}"]), "CH mobile" if p[0] == "7" else "CH landline"

PHONES = {"US": ph_US, "GB": ph_GB, "DE": ph_DE, "FR": ph_FR, "ES": ph_ES, "IT": ph_IT, "NL": ph_NL, "PL": ph_PL,
          "PT": ph_PT, "BR": ph_BR, "SE": ph_SE, "AU": ph_AU, "IN": ph_IN, "CH": ph_CH}

def make_phone(country, national_ok):
    """national_ok: the doc url is on this country's ccTLD (or country US and url null)."""
    if national_ok and R.random() < 0.6:
        nat, _, k = PHONES[country](); return nat, f"{k}, national format"
    c = country if R.random() < 0.6 else R.choice(list(PHONES))
    _, intl, k = PHONES[c](); return intl, f"{k}, international format"

# ----------------------------------------------------------------- e-mail
FIRST = {"en": ["james", "emily", "michael", "sarah", "david", "olivia", "daniel", "grace", "ryan", "chloe", "priya", "liam"],
         "de": ["jonas", "lena", "lukas", "anna", "felix", "marie", "tobias", "katrin", "stefan", "jana"],
         "fr": ["julien", "camille", "nicolas", "manon", "thomas", "chloe", "antoine", "lea", "hugo", "ines"],
         "es": ["javier", "lucia", "alejandro", "maria", "pablo", "carmen", "sergio", "elena", "diego", "laura"],
         "it": ["marco", "giulia", "luca", "francesca", "matteo", "chiara", "andrea", "sara", "davide", "elisa"],
         "nl": ["daan", "sanne", "bram", "lotte", "joost", "femke", "ruben", "iris", "thijs", "eva"],
         "pl": ["piotr", "agnieszka", "tomasz", "katarzyna", "marcin", "magdalena", "pawel", "ewa", "krzysztof", "ola"],
         "pt": ["joao", "ana", "pedro", "beatriz", "rafael", "mariana", "tiago", "carla", "bruno", "ines"],
         "sv": ["erik", "anna", "johan", "sara", "oskar", "emma", "lars", "karin", "nils", "maja"]}
LAST = {"en": ["carter", "hughes", "patel", "walsh", "bennett", "murphy", "nguyen", "foster", "reid", "coleman"],
        "de": ["mueller", "schneider", "fischer", "weber", "becker", "hoffmann", "schulz", "koch", "wagner", "braun"],
        "fr": ["martin", "bernard", "dubois", "moreau", "laurent", "girard", "lefevre", "roux", "fournier", "morel"],
        "es": ["garcia", "fernandez", "lopez", "martinez", "sanchez", "romero", "navarro", "torres", "ruiz", "gil"],
        "it": ["rossi", "russo", "ferrari", "esposito", "bianchi", "romano", "colombo", "ricci", "marino", "greco"],
        "nl": ["dejong", "jansen", "visser", "smit", "bakker", "mulder", "deboer", "bos", "vos", "peters"],
        "pl": ["nowak", "kowalski", "wisniewski", "wojcik", "kaminski", "lewandowski", "zielinski", "szymanski", "wozniak", "dabrowski"],
        "pt": ["silva", "santos", "ferreira", "pereira", "oliveira", "costa", "rodrigues", "martins", "sousa", "almeida"],
        "sv": ["andersson", "johansson", "karlsson", "nilsson", "eriksson", "larsson", "olsson", "persson", "svensson", "lindqvist"]}
FREEMAIL = {"en": ["gmail.com", "outlook.com", "yahoo.com", "hotmail.co.uk", "icloud.com", "proton.me", "aol.com"],
            "de": ["gmx.de", "web.de", "t-online.de", "posteo.de", "gmail.com", "freenet.de"],
            "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "wanadoo.fr"],
            "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
            "it": ["libero.it", "virgilio.it", "gmail.com", "alice.it", "tiscali.it"],
            "nl": ["ziggo.nl", "kpnmail.nl", "gmail.com", "hotmail.nl", "xs4all.nl"],
            "pl": ["wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"],
            "pt": ["sapo.pt", "gmail.com", "uol.com.br", "hotmail.com", "bol.com.br"],
            "sv": ["telia.com", "gmail.com", "hotmail.se", "bredband.net", "outlook.com"]}
ORGS = ["northwind-logistics", "bakkerij-vos", "atelier-lumen", "kraftwerk-tools", "hortus-verde", "bluefjord",
        "studio-paloma", "mediatech-solutions", "ferramenta-ricci", "klinika-zdrowie", "velocab", "cartografia"]
ORG_TLD = {"en": ["com", "co.uk", "io"], "de": ["de", "at", "ch"], "fr": ["fr", "eu"], "es": ["es", "com"],
           "it": ["it", "com"], "nl": ["nl", "eu"], "pl": ["pl", "com.pl"], "pt": ["pt", "com.br"], "sv": ["se", "nu"]}
ROLES = ["info", "kontakt", "support", "billing", "hello", "office", "jobs", "sales", "noreply", "admin", "contact", "rechnung"]

def make_email(lang):
    f, l = R.choice(FIRST[lang]), R.choice(LAST[lang])
    if R.random() < 0.3:
        local = R.choice(ROLES + [f, f"{f[0]}.{l}"]); dom = f"{R.choice(ORGS)}.{R.choice(ORG_TLD[lang])}"
    else:
        local = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}_{l}{R.randint(70, 99)}", f"{f}{R.randint(1, 999)}",
                          f"{f}.{l}+{R.choice(['shop', 'news', 'forum', 'ebay'])}", f"{l}.{f}", f"{f}-{l}"])
        dom = R.choice(FREEMAIL[lang])
    name, tld = dom.split(".", 1)
    x = R.random()
    if x < 0.62: return f"{local}@{dom}", "plain address"
    if x < 0.70: return f"{local} [at] {name} [dot] {tld.replace('.', ' [dot] ')}", "obfuscated [at] [dot]"
    if x < 0.78: return f"{local}(at){dom}", "obfuscated (at)"
    if x < 0.85: return f"{local} AT {name} DOT {tld.replace('.', ' DOT ')}", "obfuscated AT DOT"
    if x < 0.91: return f"{local} at {name} dot {tld.replace('.', ' dot ')}", "obfuscated spelled-out at/dot"
    if x < 0.96: return f"{local}@{name}.{tld}".upper() if R.random() < 0.3 else f"{local} @ {dom}", "spaced/uppercase address"
    return f"{local}[@]{dom}", "obfuscated [@]"

# ----------------------------------------------------------------- look-alikes
def isbn13():
    b = "978" + R.choice("0123") + dg(8)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    s = b + str(c)
    return R.choice([f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}", s])

def ean13():
    b = R.choice(["400", "401", "300", "800", "590", "871", "730", "560"]) + dg(9)
    c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(b)) % 10) % 10
    return b + str(c)

# Each returns (value, context_before, context_after); context words are the "deciding words".
# bare=True means the value is unambiguous enough to appear with no deciding word.
LOOK = {}
def look(name, bare):
    def deco(fn): LOOK[name] = (fn, bare); return fn
    return deco

@look("version3", True)
def _(lang): return f"{R.randint(0, 9)}.{R.randint(0, 40)}.{R.randint(0, 30)}", R.choice(["version ", "v", "Version ", "release "]), ""
@look("version4", True)
def _(lang):
    if R.random() < 0.5: return f"{R.randint(1, 9)}.{R.randint(0, 12)}.{R.randint(0, 9)}.{R.randint(0, 99)}", R.choice(["version ", "v", "build ", "firmware ", "Version "]), ""
    return f"10.0.{R.randint(17000, 26000)}.{R.randint(300, 4999)}", R.choice(["Windows build ", "OS build ", "Build "]), ""
@look("section_number", True)
def _(lang):
    v = ".".join(str(R.randint(1, 12)) for _ in range(R.choice([3, 3, 4])))
    return v, R.choice(["§ ", "Section ", "see ", "Art. ", "clause ", "chapter "]), ""
@look("oid", True)
def _(lang):
    return R.choice(["1.3.6.1.4.1." + str(R.randint(300, 60000)) + "." + str(R.randint(1, 30)), "2.5.4." + str(R.randint(3, 12)),
                     "1.2.840.113549.1.1." + str(R.randint(1, 14)), "1.3.6.1.2.1.2.2.1." + str(R.randint(1, 20))]), R.choice(["OID ", "oid=", "OID: "]), ""
@look("private_ip", True)
def _(lang): return private_ip(), R.choice(["gateway ", "LAN ", "host ", "bind ", "internal ", "router at "]), ""
@look("netmask", True)
def _(lang): return R.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.240.0", "255.255.252.0", "255.0.0.0"]), R.choice(["netmask ", "mask ", "subnet mask "]), ""
@look("date", True)
def _(lang):
    y, m, d = R.randint(2015, 2025), R.randint(1, 12), R.randint(1, 28)
    return R.choice([f"{d:02d}.{m:02d}.{y}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}/{d:02d}/{y}", f"{d}/{m}/{y}"]), "", ""
@look("time", True)
def _(lang): return R.choice([f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}", f"{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}", f"{R.randint(1, 12)}:{R.randint(0, 59):02d} pm"]), "", ""
@look("timestamp", True)
def _(lang):
    return R.choice([f"{R.randint(2019, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d}T{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}Z",
                     str(R.randint(1500000000, 1760000000)), f"{R.randint(1500000000, 1760000000)}{R.randint(100, 999)}"]), R.choice(["", "ts=", "created_at: "]), ""
@look("price", True)
def _(lang):
    return R.choice([f"€{R.randint(5, 4999)},{R.randint(0, 99):02d}", f"{R.randint(1, 9)}.{R.randint(100, 999)},{R.randint(0, 99):02d} €",
                     f"${R.randint(1, 9)},{R.randint(100, 999)}.{R.randint(0, 99):02d}", f"£{R.randint(3, 900)}.{R.randint(0, 99):02d}",
                     f"{R.randint(100, 9000)} zł", f"R$ {R.randint(10, 9999)},{R.randint(0, 99):02d}", f"{R.randint(100, 25000)} kr"]), "", ""
@look("percentage", True)
def _(lang): return R.choice([f"{R.randint(1, 99)}%", f"{R.randint(0, 99)}.{R.randint(0, 9)}%", f"{R.randint(1, 99)},{R.randint(0, 9)} %"]), "", ""
@look("isbn", True)
def _(lang): return isbn13(), R.choice(["ISBN ", "ISBN-13: ", ""]), ""
@look("ean", True)
def _(lang): return ean13(), R.choice(["EAN ", "GTIN: ", "barcode "]), ""
@look("doi", True)
def _(lang): return f"10.{R.randint(1000, 9999)}/{R.choice(['s', 'j.', 'acs.', 'nature'])}{R.randint(10000, 99999)}-{R.randint(0, 9)}", R.choice(["doi:", "https://doi.org/", "DOI "]), ""
@look("uuid", True)
def _(lang): return str(uuid.UUID(int=R.getrandbits(128), version=4)), R.choice(["", "id=", "request_id: "]), ""
@look("hash", True)
def _(lang):
    h = hashlib.sha256(str(R.random()).encode()).hexdigest()
    n = R.choice([64, 40, 32, 7])
    return h[:n], R.choice(["", {64: "sha256:", 40: "commit ", 32: "md5 ", 7: "commit "}[n]]), ""
@look("gps", True)
def _(lang):
    return R.choice([f"{R.uniform(-60, 70):.5f}, {R.uniform(-170, 170):.5f}", f"{R.randint(1, 70)}°{R.randint(0, 59)}′{R.randint(0, 59)}″N {R.randint(1, 170)}°{R.randint(0, 59)}′{R.randint(0, 59)}″E"]), R.choice(["", "GPS: ", "coords "]), ""
@look("mac", True)
def _(lang):
    b = [R.randint(0, 255) for _ in range(6)]; b[0] &= 0xfe
    up = R.random() < 0.4
    return R.choice([":", "-"]).join((f"{x:02X}" if up else f"{x:02x}") for x in b), R.choice(["", "MAC ", "hwaddr "]), ""
@look("order_number", False)
def _(lang): return R.choice([f"{R.randint(100000, 999999)}", f"{R.randint(100, 999)}-{R.randint(1000000, 9999999)}-{R.randint(1000000, 9999999)}", f"ORD-{R.randint(2019, 2025)}-{R.randint(10000, 99999)}"]), R.choice(["order #", "Order no. ", "Bestellnr. ", "commande n° ", "pedido "]), ""
@look("tracking_number", True)
def _(lang):
    return R.choice(["1Z" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(16)), f"{R.randint(10, 99)}{dg(10)}",
                     f"JJD{dg(18)}", f"{R.choice(['RR', 'LX', 'CP'])}{dg(9)}{R.choice(['DE', 'FR', 'NL', 'PL'])}"]), R.choice(["tracking ", "Sendungsnummer ", "suivi ", "track & trace ", ""]), ""
@look("invoice_number", True)
def _(lang): return R.choice([f"INV-{R.randint(2019, 2025)}-{R.randint(1, 9999):04d}", f"RE-{R.randint(2019, 2025)}{R.randint(1, 999):03d}", f"FA{R.randint(2019, 2025)}/{R.randint(1, 9999):05d}"]), R.choice(["", "invoice ", "Rechnung ", "facture "]), ""
@look("sku", True)
def _(lang): return R.choice([f"{R.choice(['TS', 'KB', 'LMP', 'BK'])}-{R.randint(100, 9999)}-{R.choice(['BLK', 'WHT', 'XL', 'M', '42'])}", f"{R.randint(10, 99)}-{R.randint(1000, 9999)}-{R.randint(10, 99)}"]), R.choice(["SKU ", "Art.-Nr. ", "ref. "]), ""
@look("serial_number", True)
def _(lang): return R.choice(["".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(12)), f"SN{dg(10)}", f"{R.choice(['C02', 'F4K', 'DMP'])}{''.join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9))}"]), R.choice(["S/N ", "serial ", "Seriennummer ", ""]), ""
@look("luhn_fail_16", True)
def _(lang): return luhn_fail16(), R.choice(["", "ref ", "voucher ", "membership no. "]), ""
@look("bad_iban", True)
def _(lang):
    b = bad_iban(R.choice(["DE", "FR", "ES", "IT", "NL", "GB", "PL", "PT", "BE", "AT", "CH"]))
    return (group4(b) if R.random() < 0.5 else b), "", ""
@look("postal_code", True)
def _(lang):
    return R.choice([f"{dg(5, '1234567')} Berlin", f"{R.choice(['75', '69', '13', '33'])}0{R.randint(1, 20):02d} Paris", f"{R.randint(1000, 9999)} {R.choice('ABCDEGHJKLMNPRSTVWXZ')}{R.choice('ABCDEGHJKLMNPRSTVWXZ')} Amsterdam",
                     f"{R.randint(0, 99):02d}-{R.randint(0, 999):03d} Warszawa", f"SW{R.randint(1, 20)}{R.choice('ABCD')} {R.randint(1, 9)}{R.choice('ABDEFGHJ')}{R.choice('LNPQRSTUWXYZ')}",
                     f"{R.randint(10000, 99999)}-{R.randint(1000, 9999)}", f"{R.randint(1000, 9999)}-{R.randint(100, 999)} Lisboa", f"{R.randint(100, 999)} {R.randint(10, 99)} Stockholm"]), "", ""
@look("arithmetic", True)
def _(lang):
    a, b = R.randint(12, 999), R.randint(12, 999)
    return R.choice([f"{a} * {b} = {a * b}", f"{a} + {b} = {a + b}", f"{a * b} / {b} = {a}", f"({a} - {b}) x 3 = {(a - b) * 3}"]), "", ""
@look("score", True)
def _(lang): return R.choice([f"{R.randint(0, 6)}:{R.randint(0, 6)}", f"6-{R.randint(0, 4)}, 7-{R.randint(5, 6)}", f"{R.randint(50, 99)}/100", f"{R.randint(1, 4)}.{R.randint(0, 9)}/5"]), R.choice(["", "score ", "final ", "rating "]), ""
@look("at_not_email", True)
def _(lang): return R.choice(["@" + R.choice(FIRST[lang]) + R.choice(["_", "", "."]) + R.choice(LAST[lang]), "@media", "@Override", "logo@2x.png", "icon@3x.png",
                              f"{R.randint(2, 12)} @ {R.randint(1, 99)}.{R.randint(0, 99):02d}", "@import", "@param", f"node@{R.randint(14, 22)}", "@everyone", f"pkg@{R.randint(1, 9)}.{R.randint(0, 20)}.{R.randint(0, 9)}"]), "", ""

FALLBACK_CTX = {"timestamp": "ts=", "postal_code": "ZIP ", "tracking_number": "tracking ", "sku": "SKU ", "version4": "version ",
                "section_number": "Section ", "oid": "OID ", "luhn_fail_16": "ref ", "date": "", "score": "score "}
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")

def needs_context(name, value):
    """Values that would be genuinely ambiguous with no deciding word always keep one."""
    m = IPV4_RE.fullmatch(value)
    if m and all(int(x) <= 255 for x in m.groups()) and name not in ("private_ip", "netmask"): return True
    if name == "oid" and value.count(".") < 5: return True
    if re.fullmatch(r"[\d \-./()]+", value):
        nd = sum(c.isdigit() for c in value)
        if 8 <= nd <= 13 and name not in ("date", "arithmetic"): return True
    return False

def make_look(lang, name):
    fn, bare_ok = LOOK[name]
    v, pre, post = fn(lang)
    if needs_context(name, v) or not bare_ok:
        if not pre: pre = FALLBACK_CTX.get(name, "") or "ref "
    elif pre and R.random() < 0.34:
        pre = ""
    return v, pre, post

# ----------------------------------------------------------------- base text from /work/shared/data
BAD_BASE = [re.compile(r"@"), re.compile(r"\d{9,}"), re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}"),
            re.compile(r"\d[\d ()./-]{7,}\d"), re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{10,}\b"), re.compile(r"https?://|www\.")]

def base_ok(t):
    return 30 <= len(t) <= 600 and not any(r.search(t) for r in BAD_BASE)

LANGS = ["en", "de", "fr", "es", "it", "nl", "pl", "pt", "sv"]
BASE_SRC = {}   # lang -> list of (text, source)

def load_base():
    for lang in LANGS:
        with open(f"{DATA}/lingua-py/language-testdata/sentences/{lang}.txt", encoding="utf-8") as fh:
            BASE_SRC[lang] = [(l.strip(), "lingua-py sentences") for l in fh if base_ok(l.strip())]
    with open(f"{DATA}/llama-factory-demo/c4_demo.jsonl", encoding="utf-8") as fh:
        for line in fh:
            t = json.loads(line)["text"].split("\n")[0].strip()
            if len(t) > 600: t = t[:600].rsplit(". ", 1)[0] + "."
            if base_ok(t): BASE_SRC["en"].append((t, "llama-factory-demo c4_demo"))
    with open(f"{DATA}/nq-open/NQ-open.dev.jsonl", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % 5 == 0:
                q = json.loads(line)["question"].strip()
                q = q[0].upper() + q[1:] + "?"
                if base_ok(q): BASE_SRC["en"].append((q, "nq-open dev questions"))
    ev = json.load(open(f"{DATA}/trafilatura-eval/evaldata.subset.json", encoding="utf-8"))
    langs = {}
    for line in open(f"{DATA}/trafilatura-eval/index.jsonl", encoding="utf-8"):
        j = json.loads(line); langs[j["url"]] = (j.get("html_lang_attr") or "?")[:2].lower()
    for url, rec in ev.items():
        lg = langs.get(url, "?")
        if lg in BASE_SRC:
            for snip in rec.get("with", []):
                if base_ok(snip.strip()) and len(snip) >= 40: BASE_SRC[lg].append((snip.strip(), "trafilatura-eval gold 'with' snippets"))

def base_text(lang):
    pool = BASE_SRC[lang]
    picks = [R.choice(pool) for _ in range(R.choice([1, 1, 2, 2, 3]))]
    return " ".join(t for t, _ in picks), sorted({s for _, s in picks})

# ----------------------------------------------------------------- language labels and genre frames
LBL = {  # kind -> labels (deciding words) per language
 "en": {"email": ["Email", "E-mail", "email me at", "Contact"], "phone": ["Tel", "Phone", "call", "Mobile", "WhatsApp"], "card": ["card number", "Card", "CC#", "Visa/MC no."], "iban": ["IBAN", "Bank account (IBAN)", "pay to IBAN"], "ip": ["IP", "IP address", "from IP", "client IP"]},
 "de": {"email": ["E-Mail", "Mail", "schreibt an", "Kontakt"], "phone": ["Tel.", "Telefon", "Handy", "Mobil", "ruft an unter"], "card": ["Kartennummer", "Kreditkarte", "Karte"], "iban": ["IBAN", "Bankverbindung IBAN", "Konto (IBAN)"], "ip": ["IP", "IP-Adresse", "von IP"]},
 "fr": {"email": ["E-mail", "Courriel", "Mél", "écrivez à"], "phone": ["Tél.", "Téléphone", "Portable", "appelez le"], "card": ["numéro de carte", "Carte bancaire", "CB"], "iban": ["IBAN", "RIB / IBAN", "Coordonnées bancaires IBAN"], "ip": ["IP", "adresse IP", "depuis l'IP"]},
 "es": {"email": ["Correo", "Email", "escríbeme a", "E-mail"], "phone": ["Tel.", "Teléfono", "Móvil", "llamar al", "WhatsApp"], "card": ["número de tarjeta", "Tarjeta", "tarjeta de crédito"], "iban": ["IBAN", "Cuenta IBAN", "Nº de cuenta (IBAN)"], "ip": ["IP", "dirección IP", "desde la IP"]},
 "it": {"email": ["Email", "E-mail", "scrivete a", "Posta"], "phone": ["Tel.", "Telefono", "Cellulare", "chiamare il", "Cell."], "card": ["numero carta", "Carta di credito", "Carta"], "iban": ["IBAN", "Coordinate bancarie IBAN", "Conto IBAN"], "ip": ["IP", "indirizzo IP", "dall'IP"]},
 "nl": {"email": ["E-mail", "Mail", "mail naar", "Contact"], "phone": ["Tel.", "Telefoon", "Mobiel", "bel", "Telefoonnummer"], "card": ["kaartnummer", "Creditcard", "Kaart"], "iban": ["IBAN", "Rekeningnummer (IBAN)", "Bankrekening"], "ip": ["IP", "IP-adres", "vanaf IP"]},
 "pl": {"email": ["E-mail", "Mail", "pisz na", "Kontakt"], "phone": ["Tel.", "Telefon", "Komórka", "dzwoń", "nr tel."], "card": ["numer karty", "Karta", "karta kredytowa"], "iban": ["IBAN", "Nr konta (IBAN)", "Konto"], "ip": ["IP", "adres IP", "z IP"]},
 "pt": {"email": ["E-mail", "Email", "escreva para", "Contato"], "phone": ["Tel.", "Telefone", "Telemóvel", "Celular", "ligue"], "card": ["número do cartão", "Cartão", "cartão de crédito"], "iban": ["IBAN", "NIB/IBAN", "Conta (IBAN)"], "ip": ["IP", "endereço IP", "do IP"]},
 "sv": {"email": ["E-post", "Mejl", "maila", "Kontakt"], "phone": ["Tel.", "Telefon", "Mobil", "ring"], "card": ["kortnummer", "Kort", "kreditkort"], "iban": ["IBAN", "Bankkonto (IBAN)", "Konto IBAN"], "ip": ["IP", "IP-adress", "från IP"]},
}
HEAD = {  # genre -> per-language opening line (fallback en)
 "forum": {"en": "Re: anyone dealt with this before?", "de": "Re: Hat jemand Erfahrung damit?", "fr": "Re : quelqu'un a déjà eu ce souci ?", "es": "Re: ¿a alguien le ha pasado?", "it": "Re: qualcuno ha già avuto questo problema?", "nl": "Re: iemand ervaring mee?", "pl": "Re: ktoś miał podobny problem?", "pt": "Re: alguém já passou por isso?", "sv": "Sv: någon som har erfarenhet?"},
 "classified": {"en": "FOR SALE – good condition, pickup or shipping", "de": "VERKAUFE – guter Zustand, Abholung oder Versand", "fr": "À VENDRE – bon état, remise en main propre", "es": "SE VENDE – buen estado, envío o recogida", "it": "VENDO – ottime condizioni, ritiro a mano", "nl": "TE KOOP – goede staat, ophalen of verzenden", "pl": "SPRZEDAM – stan dobry, odbiór osobisty", "pt": "VENDE-SE – bom estado, entrega em mão", "sv": "SÄLJES – fint skick, kan skickas"},
 "support_chat": {"en": "Chat transcript – Customer Support", "de": "Chatverlauf – Kundenservice", "fr": "Transcription du chat – Service client", "es": "Transcripción del chat – Atención al cliente", "it": "Trascrizione chat – Assistenza clienti", "nl": "Chatgesprek – Klantenservice", "pl": "Zapis czatu – Obsługa klienta", "pt": "Transcrição do chat – Apoio ao cliente", "sv": "Chattlogg – Kundtjänst"},
 "cv": {"en": "CURRICULUM VITAE", "de": "LEBENSLAUF", "fr": "CURRICULUM VITAE", "es": "CURRÍCULUM VITAE", "it": "CURRICULUM VITAE", "nl": "CURRICULUM VITAE", "pl": "ŻYCIORYS", "pt": "CURRÍCULO", "sv": "MERITFÖRTECKNING"},
 "meeting_notes": {"en": "Meeting notes – weekly sync", "de": "Protokoll – Wochenbesprechung", "fr": "Compte rendu – réunion hebdomadaire", "es": "Acta – reunión semanal", "it": "Verbale – riunione settimanale", "nl": "Notulen – weekoverleg", "pl": "Notatki – spotkanie tygodniowe", "pt": "Ata – reunião semanal", "sv": "Mötesanteckningar – veckomöte"},
 "invoice": {"en": "INVOICE", "de": "RECHNUNG", "fr": "FACTURE", "es": "FACTURA", "it": "FATTURA", "nl": "FACTUUR", "pl": "FAKTURA", "pt": "FATURA", "sv": "FAKTURA"},
 "shipping": {"en": "Your parcel is on its way", "de": "Ihr Paket ist unterwegs", "fr": "Votre colis est en route", "es": "Tu pedido está en camino", "it": "Il tuo pacco è in viaggio", "nl": "Je pakket is onderweg", "pl": "Twoja paczka jest w drodze", "pt": "A sua encomenda está a caminho", "sv": "Ditt paket är på väg"},
 "mailing_list": {"en": "[users] Digest, Vol 42, Issue 7", "de": "[nutzer] Sammelmail, Nr. 7", "fr": "[utilisateurs] Résumé, n° 7", "es": "[usuarios] Resumen, nº 7", "it": "[utenti] Digest, n. 7", "nl": "[gebruikers] Digest, nr. 7", "pl": "[uzytkownicy] Przegląd, nr 7", "pt": "[utilizadores] Resumo, n.º 7", "sv": "[användare] Sammandrag, nr 7"},
 "server_log": {"en": "--- excerpt from /var/log (pasted for debugging) ---"},
 "config": {"en": "# config pasted from the deployment repo"},
 "spreadsheet": {"en": "(pasted from the shared sheet)"},
}
GENRE_KINDS = {"forum": "email phone ip iban", "classified": "email phone iban", "support_chat": "email phone card iban ip",
               "cv": "email phone", "meeting_notes": "email phone ip card", "invoice": "email phone iban card",
               "shipping": "email phone", "mailing_list": "email phone ip", "server_log": "ip email card phone",
               "config": "ip email phone", "spreadsheet": "email phone iban card ip"}
GENRES = list(GENRE_KINDS)
COUNTRIES = {"en": ["US", "US", "GB", "AU", "IN"], "de": ["DE", "DE", "CH"], "fr": ["FR", "FR", "CH"], "es": ["ES"], "it": ["IT"],
             "nl": ["NL"], "pl": ["PL"], "pt": ["PT", "BR"], "sv": ["SE"]}
CCTLD = {"GB": "co.uk", "AU": "com.au", "IN": "in", "DE": "de", "CH": "ch", "FR": "fr", "ES": "es", "IT": "it", "NL": "nl",
         "PL": "pl", "PT": "pt", "BR": "com.br", "SE": "se"}
SITES = {"forum": "forum", "classified": "kleinanzeigen", "support_chat": "help", "cv": "jobs", "meeting_notes": "wiki",
         "invoice": "billing", "shipping": "track", "mailing_list": "lists", "server_log": "paste", "config": "git", "spreadsheet": "docs"}
SITE_NAMES = ["hobbyraum", "vrijmarkt", "lecoindesbricoleurs", "mercadillo", "mercatino", "tablica", "feira", "blocket",
              "northwind", "pinecone", "atlasnet", "solvia", "kaffeeklatsch", "marktplaats-club", "bazar"]
IBAN_CC = {"DE": "DE", "CH": "CH", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "PL": "PL", "PT": "PT", "GB": "GB", "BR": "PT",
           "US": "GB", "AU": "GB", "IN": "DE", "SE": "DE"}

# ----------------------------------------------------------------- document builder
class Doc:
    def __init__(self): self.buf, self.n, self.spans, self.looks = [], 0, [], []
    def add(self, t): self.buf.append(t); self.n += len(t)
    def pii(self, kind, value, note):
        self.spans.append({"start": self.n, "end": self.n + len(value), "kind": kind, "value": value, "note": note}); self.add(value)
    def look(self, name, value):
        self.looks.append({"start": self.n, "end": self.n + len(value), "name": name, "value": value}); self.add(value)
    def text(self): return "".join(self.buf)

PERSON = lambda lang: f"{R.choice(FIRST[lang]).capitalize()} {R.choice(LAST[lang]).capitalize()}"

def render_pii(d, genre, lang, kind, value, fmt, labelled):
    """Writes one line holding a PII value; the span is the value only."""
    note = f"{fmt}; {'labelled' if labelled else 'no deciding word'}; {genre}"
    lab = R.choice(LBL[lang][kind])
    if genre == "server_log":
        ts = f"{R.randint(2021, 2025)}-{R.randint(1, 12):02d}-{R.randint(1, 28):02d} {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}"
        if kind == "ip":
            if labelled: d.add(f"{ts} WARN auth: failed login for user admin from client_ip="); d.pii(kind, value, note); d.add(f" port {R.randint(1024, 65535)}\n")
            else:
                d.pii(kind, value, note); d.add(f' - - [{R.randint(1, 28):02d}/Mar/2024:{R.randint(10, 23)}:{R.randint(10, 59)}:{R.randint(10, 59)} +0100] "GET /{R.choice(["index.php", "wp-login.php", "api/v2/items", "favicon.ico"])} HTTP/1.1" {R.choice([200, 301, 404, 403])} {R.randint(200, 90000)}\n')
        elif kind == "email":
            d.add(f"{ts} INFO mailer: queued message to=<" if labelled else f"{ts} INFO signup ok user="); d.pii(kind, value, note); d.add(">\n" if labelled else f" plan=free\n")
        elif kind == "card":
            d.add(f"{ts} DEBUG payment: request body pan=" if labelled else f"{ts} DEBUG payment: tokenize "); d.pii(kind, value, note); d.add(f" exp={R.randint(1, 12):02d}/{R.randint(26, 31)}\n")
        else:
            d.add(f"{ts} INFO sms-gateway: sent OTP to msisdn=" if labelled else f"{ts} INFO sms-gateway: delivered "); d.pii(kind, value, note); d.add(" status=ok\n")
        return
    if genre == "config":
        key = {"email": ["admin_email", "notify_email", "smtp_from"], "ip": ["upstream_host", "allowed_ip", "dns_server"], "phone": ["alert_phone", "oncall_sms"]}[kind]
        if not labelled: key = ["owner", "target", "primary", "contact_b", "fallback"]
        d.add(f"{R.choice(key)} = \"" if R.random() < 0.5 else f"{R.choice(key)}: "); d.pii(kind, value, note)
        d.add(("\"" if d.buf[-2].endswith('"') else "") + (f"  # port {R.randint(1000, 9999)}" if kind == "ip" and R.random() < 0.3 else "") + "\n")
        return
    if genre == "spreadsheet":
        cells = [PERSON(lang), R.choice(["Berlin", "Lyon", "Sevilla", "Torino", "Utrecht", "Kraków", "Porto", "Malmö", "Leeds", "Austin"])]
        d.add(" | ".join(cells) + " | " + (lab + ": " if labelled else "")); d.pii(kind, value, note)
        d.add(f" | {R.choice(['ok', 'paid', 'pending', 'x', '—'])}\n")
        return
    # prose-like genres
    if labelled:
        pre = R.choice(["", "", "- ", "• "]) + lab + R.choice([": ", " ", ": "])
        if genre == "support_chat": pre = f"{R.choice(['Customer', 'Kunde', 'Client', 'Cliente', 'Klant', 'Klient', 'Kund'])}: " + lab + " "
        d.add(pre); d.pii(kind, value, note); d.add(R.choice(["\n", "\n", " – thanks!\n", ".\n"]))
    else:
        who = PERSON(lang)
        form = R.choice(["{who} – ", "{who}, ", "→ ", "{who}: ", "", "({who}) "])
        d.add(form.format(who=who))
        if kind == "email" and R.random() < 0.3:
            d.add(R.choice(["<", "mailto:"])); d.pii(kind, value, note); d.add(">\n" if d.buf[-2] == "<" else "\n")
        elif kind == "phone" and R.random() < 0.3:
            d.pii(kind, value, note); d.add(R.choice([" (evenings)", " (ab 18 Uhr)", " (après 18h)", " / WA", ""]) + "\n")
        else:
            d.pii(kind, value, note); d.add("\n")

def render_look(d, lang, name):
    v, pre, post = make_look(lang, name)
    d.add(R.choice(["", "", "- ", "* "]) + pre); d.look(name, v); d.add(post + R.choice(["\n", "\n", ".\n", " ✓\n", ";\n"]))

FOOT = {"mailing_list": "_______________________________________________\nusers mailing list — to unsubscribe visit the list page\n",
        "forum": "-- \nSent from my phone\n", "invoice": "Payment due within 14 days.\n", "shipping": "Please do not reply to this message.\n"}

def choose_weighted(options, counts, target):
    w = [max(target - counts.get(o, 0), 1) for o in options]
    return R.choices(options, weights=w)[0]

def build():
    load_base()
    docs, kc, lc = [], {}, {}
    sources_used = {}
    for i in range(N_DOCS):
        lang = "en" if R.random() < 0.3 else R.choice(LANGS[1:])
        country = R.choice(COUNTRIES[lang])
        n_pii = R.choices([0, 1, 2, 3], weights=[10, 36, 40, 14])[0]
        first = choose_weighted(["email", "ip", "phone", "card", "iban"], kc, 124)
        genre = R.choice([g for g in GENRES if first in GENRE_KINDS[g].split()]) if n_pii else R.choice(GENRES)
        if country == "US": url, national_ok = None, True
        elif R.random() < 0.8:
            url, national_ok = f"https://{SITES[genre]}.{R.choice(SITE_NAMES)}.{CCTLD[country]}/{R.choice(['t', 'p', 'item', 'doc', 'view'])}/{R.randint(1000, 99999)}", True
        else:
            url, national_ok = f"https://{SITES[genre]}.{R.choice(SITE_NAMES)}.{R.choice(['com', 'org', 'net', 'eu', 'io'])}/{R.randint(1000, 99999)}", False
        n_look = R.choices([0, 1, 2, 3, 4], weights=[15, 45, 28, 8, 4])[0]
        items = []
        for j in range(n_pii):
            kind = first if j == 0 else choose_weighted(GENRE_KINDS[genre].split(), kc, 124)
            kc[kind] = kc.get(kind, 0) + 1
            if kind == "email": v, f = make_email(lang)
            elif kind == "ip": v, f = make_ip()
            elif kind == "phone": v, f = make_phone(country, national_ok)
            elif kind == "card": v, f = make_card()
            else:
                cc = IBAN_CC[country] if R.random() < 0.6 else R.choice(["DE", "FR", "ES", "IT", "NL", "GB", "PL", "PT", "BE", "AT", "CH"])
                ib = iban_for(cc); v, f = fmt_iban(ib); f = f"{cc} IBAN, mod-97 valid, {f}"
            items.append(("pii", kind, v, f))
        for _ in range(n_look):
            name = choose_weighted(list(LOOK), lc, 20)
            lc[name] = lc.get(name, 0) + 1
            items.append(("look", name))
        R.shuffle(items)
        d = Doc()
        head = HEAD[genre].get(lang, HEAD[genre]["en"])
        base, srcs = base_text(lang)
        for s in srcs: sources_used[s] = sources_used.get(s, 0) + 1
        if genre in ("server_log", "config", "spreadsheet"):
            d.add(base + "\n\n" + head + "\n")
        else:
            d.add(head + "\n\n" + base + "\n\n")
        if genre == "cv": d.add(PERSON(lang) + "\n")
        for it in items:
            if it[0] == "pii": render_pii(d, genre, lang, it[1], it[2], it[3], R.random() >= 0.34)
            else: render_look(d, lang, it[1])
        d.add(FOOT.get(genre, ""))
        text = d.text().rstrip("\n")
        for s in d.spans + d.looks:
            assert text[s["start"]:s["end"]] == s["value"], (s, text)
        docs.append({"text": text, "language": lang, "url": url, "spans": d.spans, "lookalikes": d.looks})
    return docs, sources_used

def check(doc):
    t = doc["text"]
    for s in doc["spans"]:
        assert t[s["start"]:s["end"]] == s["value"]
        v = s["value"]
        if s["kind"] == "card":
            assert luhn_ok(re.sub(r"\D", "", v))
        if s["kind"] == "iban": assert iban_ok(v)
        if s["kind"] == "phone" and not v.startswith(("+", "00")):
            assert doc["url"] is None or True
    for l in doc["lookalikes"]:
        assert t[l["start"]:l["end"]] == l["value"]
        if l["name"] == "luhn_fail_16": assert not luhn_ok(re.sub(r"\D", "", l["value"]))
        if l["name"] == "bad_iban": assert not iban_ok(l["value"])
    allr = sorted(doc["spans"] + doc["lookalikes"], key=lambda x: x["start"])
    for a, b in zip(allr, allr[1:]): assert a["end"] <= b["start"]

if __name__ == "__main__":
    docs, src = build()
    for doc in docs: check(doc)
    out = os.path.join(HERE, "unseen5.jsonl")
    with open(out, "w", encoding="utf-8") as fh:
        for doc in docs: fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    ks, ls, langs = {}, {}, {}
    for doc in docs:
        langs[doc["language"]] = langs.get(doc["language"], 0) + 1
        for s in doc["spans"]: ks[s["kind"]] = ks.get(s["kind"], 0) + 1
        for l in doc["lookalikes"]: ls[l["name"]] = ls.get(l["name"], 0) + 1
    print(json.dumps({"docs": len(docs), "spans": ks, "span_total": sum(ks.values()), "lookalikes": ls,
                      "lookalike_total": sum(ls.values()), "languages": langs, "base_sources": src}, indent=1))
