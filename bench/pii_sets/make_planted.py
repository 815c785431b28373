"""Build bench/pii_sets/planted_independent.jsonl.

An independent planted PII set: real chat/preference messages from data/sample
are used as base documents, and sentences carrying personal data (labelled
"spans") and look-alikes that are NOT personal data (labelled "lookalikes") are
inserted at paragraph boundaries or between sentences.

All check digits (Luhn, ISO 7064 mod-97, Spanish CCC, French RIB key, Dutch
elfproef, Belgian national check, Brazilian CPF, ISBN, GitHub token CRC32) are
implemented here from their definitions.  Standard library only; deterministic
(random.Random(2026), no iteration over sets).

Run from anywhere:  .venv/bin/python bench/pii_sets/make_planted.py
"""

import base64
import json
import re
import random
import string
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DPO = ROOT / "data/sample/preference/dpo_en_sharegpt.json"
SFT = ROOT / "data/sample/sft/sharegpt_fastchat.json"
OUT = ROOT / "bench/pii_sets/planted_independent.jsonl"
SEED = 2026
N_DOCS = 600

R = random.Random(SEED)


def digits(n, first="0123456789"):
    if n <= 0:
        return ""
    return R.choice(first) + "".join(R.choice(string.digits) for _ in range(n - 1))


def pick(seq):
    return R.choice(seq)


# --------------------------------------------------------------------------
# check-digit algorithms
# --------------------------------------------------------------------------

def luhn_check_digit(payload):
    """Check digit to append to `payload` (string of digits)."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:  # these positions get doubled once the check digit is appended
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number):
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def iban_to_int_string(s):
    out = []
    for ch in s:
        if ch.isdigit():
            out.append(ch)
        else:
            out.append(str(ord(ch.upper()) - ord("A") + 10))
    return "".join(out)


def iban_check_digits(country, bban):
    rearranged = bban + country + "00"
    return "%02d" % (98 - int(iban_to_int_string(rearranged)) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    return int(iban_to_int_string(s[4:] + s[:4])) % 97 == 1


def es_ccc_digit(ten_digits):
    weights = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * w for c, w in zip(ten_digits, weights)) % 11
    if d == 11:
        return "0"
    if d == 10:
        return "1"
    return str(d)


def fr_rib_key(bank, branch, account):
    # account is digits only here
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)


def nl_elfproef(account10):
    return sum(int(c) * (10 - i) for i, c in enumerate(account10)) % 11 == 0


def cpf_digits(base9):
    nums = [int(c) for c in base9]
    s = sum(n * w for n, w in zip(nums, range(10, 1, -1)))
    d1 = (s * 10) % 11 % 10
    nums.append(d1)
    s = sum(n * w for n, w in zip(nums, range(11, 1, -1)))
    d2 = (s * 10) % 11 % 10
    return "%d%d" % (d1, d2)


def isbn13_check(d12):
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def isbn10_check(d9):
    s = sum(int(c) * (10 - i) for i, c in enumerate(d9))
    c = (11 - s % 11) % 11
    return "X" if c == 10 else str(c)


B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def base62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


# --------------------------------------------------------------------------
# name material
# --------------------------------------------------------------------------

FIRST = ["james", "maria", "lukas", "sophie", "chen", "aisha", "mateo", "yuki", "olivia",
         "noah", "emma", "liam", "fatima", "arjun", "hannah", "jonas", "camille", "pedro",
         "ines", "tomasz", "ingrid", "kwame", "sara", "daniel", "priya", "hiroshi", "lucia",
         "oscar", "elena", "marcus", "nadia", "felix", "chloe", "rafael", "anja", "omar"]
LAST = ["smith", "mueller", "garcia", "tanaka", "okafor", "rossi", "dubois", "novak",
        "johansson", "patel", "kowalski", "silva", "schneider", "nguyen", "obrien",
        "fischer", "martin", "moreau", "costa", "hansen", "weber", "kim", "lopez",
        "bauer", "yamamoto", "bianchi", "lindqvist", "oconnor", "haddad", "sato"]
WORDS = ["nordwind", "bluepeak", "greenleaf", "ironbridge", "sunfield", "harbor", "maple",
         "quantix", "brightpath", "stonegate", "riverbend", "kestrel", "altamira", "lumen",
         "silverline", "oakridge", "copperfox", "northstar", "cedarwood", "helix"]
FREEMAIL = ["gmail.com", "outlook.com", "yahoo.com", "hotmail.com", "icloud.com",
            "protonmail.com", "gmx.de", "web.de", "orange.fr", "free.fr", "libero.it",
            "yahoo.co.uk", "btinternet.com", "uol.com.br", "hotmail.es", "fastmail.com",
            "t-online.de", "laposte.net", "yahoo.co.jp", "rediffmail.com"]
BIZ_TLD = ["com", "io", "net", "org", "co.uk", "de", "fr", "com.au", "nl", "es"]


def person():
    return pick(FIRST), pick(LAST)


def company_domain():
    w1, w2 = pick(WORDS), pick(["labs", "consulting", "logistics", "media", "systems",
                                  "design", "health", "solar", "legal", "foods"])
    sep = pick(["", "-"])
    return "%s%s%s.%s" % (w1, sep, w2, pick(BIZ_TLD))


def local_part(f, l, style=None):
    style = style or pick(["f.l", "fl", "f_l", "f.l99", "fl", "initial", "f"])
    if style == "f.l":
        return "%s.%s" % (f, l)
    if style == "fl":
        return f + l
    if style == "f_l":
        return "%s_%s" % (f, l)
    if style == "f.l99":
        return "%s.%s%d" % (f, l, R.randint(1, 99))
    if style == "initial":
        return f[0] + l
    return f + str(R.randint(70, 2005))


# --------------------------------------------------------------------------
# personal data generators -> (value, note)
# --------------------------------------------------------------------------

def gen_email():
    f, l = person()
    kind = R.choices(["plain", "company", "upper", "plus", "subdomain", "obf_bracket",
                      "obf_paren", "obf_caps", "obf_prose", "mixedcase"],
                     [18, 14, 6, 8, 8, 7, 7, 5, 6, 5])[0]
    if kind == "plain":
        return "%s@%s" % (local_part(f, l), pick(FREEMAIL)), "plain"
    if kind == "company":
        return "%s@%s" % (pick([f, local_part(f, l, "f.l"), local_part(f, l, "initial")]),
                          company_domain()), "company"
    if kind == "upper":
        return ("%s@%s" % (local_part(f, l, "f.l"), company_domain())).upper(), "uppercase"
    if kind == "mixedcase":
        return "%s.%s@%s" % (f.capitalize(), l.capitalize(),
                             company_domain().capitalize()), "mixed case"
    if kind == "plus":
        tag = pick(["news", "shop", "github", "invoices", "travel", "spam", "2024", "jobs"])
        return "%s+%s@%s" % (local_part(f, l), tag, pick(FREEMAIL)), "plus addressing"
    if kind == "subdomain":
        sub = pick(["mail", "eu", "eng", "cs", "support", "mx", "students", "hr.corp"])
        dom = pick(["%s.edu" % pick(WORDS), company_domain(), "%s.ac.uk" % pick(WORDS)])
        return "%s@%s.%s" % (local_part(f, l), sub, dom), "subdomain"
    dom = pick(FREEMAIL + [company_domain()])
    name, tld = dom.split(".", 1)
    lp = local_part(f, l, pick(["f.l", "fl", "initial", "f_l"]))
    if kind == "obf_bracket":
        dot = pick(["[dot]", "[.]"])
        return "%s [at] %s %s %s" % (lp, name, dot, tld.replace(".", " %s " % dot)), "obfuscated [at]"
    if kind == "obf_paren":
        if R.random() < 0.5:
            return "%s(at)%s(dot)%s" % (lp, name, tld.replace(".", "(dot)")), "obfuscated (at) compact"
        return "%s (at) %s (dot) %s" % (lp, name, tld.replace(".", " (dot) ")), "obfuscated (at)"
    if kind == "obf_caps":
        return "%s AT %s DOT %s" % (lp, name, tld.replace(".", " DOT ")), "obfuscated AT/DOT"
    lp = lp.replace(".", " dot ")
    return "%s at %s dot %s" % (lp, name, tld.replace(".", " dot ")), "obfuscated prose"


# --- phones ----------------------------------------------------------------
# each country: national(), intl() -> value; plus ccTLD and site paths

def us_parts():
    npa = pick(["201", "202", "206", "212", "213", "214", "303", "305", "312", "404", "415",
                "503", "512", "602", "612", "617", "702", "713", "718", "804", "816", "919",
                "971", "773", "646", "408"])
    while True:
        nxx = digits(3, "23456789")
        if nxx[1:] != "11" and nxx != "555":
            break
    return npa, nxx, digits(4)


def ph_us(national):
    a, b, c = us_parts()
    if national:
        return pick(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "1-%s-%s-%s", "%s %s %s"]) % (a, b, c)
    return pick(["+1 %s %s %s", "+1-%s-%s-%s", "+1 (%s) %s-%s", "+1.%s.%s.%s"]) % (a, b, c)


def ph_ca(national):
    a = pick(["416", "604", "514", "403", "613", "780", "902"])
    _, b, c = us_parts()
    if national:
        return pick(["(%s) %s-%s", "%s-%s-%s"]) % (a, b, c)
    return pick(["+1 %s %s %s", "+1-%s-%s-%s"]) % (a, b, c)


def ph_uk(national):
    t = pick(["lon", "mob", "mob", "man", "bir"])
    if t == "lon":
        while True:
            a, b = pick("378") + digits(3), digits(4)
            if not (a == "7946" and b[0] == "0"):
                break
        nat, intl = "020 %s %s" % (a, b), pick(["+44 20 %s %s", "+44 (0)20 %s %s"]) % (a, b)
    elif t == "mob":
        while True:
            p = "7" + pick("4789") + digits(2)
            s = digits(6)
            if not (p == "7700" and s.startswith("900")):
                break
        nat = "0%s %s" % (p, s) if R.random() < 0.6 else "0%s %s %s" % (p, s[:3], s[3:])
        intl = pick(["+44 %s %s", "+44 (0)%s %s", "+44%s%s"]) % (p, s)
    else:
        code = "161" if t == "man" else "121"
        a, b = digits(3, "2345678"), digits(4)
        nat, intl = "0%s %s %s" % (code, a, b), "+44 %s %s %s" % (code, a, b)
    return nat if national else intl


def ph_de(national):
    t = pick(["030", "089", "040", "069", "0151", "0170", "0176", "0160"])
    if t in ("030", "040", "069"):
        sub = digits(8, "23456789")
    elif t == "089":
        sub = digits(pick([7, 8]), "123456789")
    elif t in ("0151", "0176"):
        sub = digits(8, "123456789")
    else:
        sub = digits(7, "123456789")
    if national:
        f = pick(["sp", "slash", "paren", "grouped", "dash"])
        if f == "sp":
            return "%s %s" % (t, sub)
        if f == "slash":
            return "%s/%s" % (t, sub)
        if f == "paren":
            return "(%s) %s" % (t, sub)
        if f == "dash":
            return "%s-%s" % (t, sub)
        return "%s %s %s" % (t, sub[:len(sub) // 2], sub[len(sub) // 2:])
    f = pick(["+49 %s %s", "+49 (0)%s %s", "+49-%s-%s", "+49%s%s"])
    return f % (t[1:], sub)


def ph_fr(national):
    zone = pick(["1", "2", "3", "4", "5", "6", "6", "7"])
    first = pick("3456789") if zone == "7" else (pick("123456789") if zone == "6" else pick("2345678"))
    while True:
        rest = [first + digits(1)] + [digits(2) for _ in range(3)]
        if not (rest[0] == "99" or (zone == "6" and rest[0] == "39")):
            break
    if national:
        sep = pick([" ", ".", "", "-"])
        return sep.join(["0" + zone] + rest)
    if R.random() < 0.3:
        return "+33" + zone + "".join(rest)
    return pick(["+33 %s %s", "+33 (0)%s %s"]) % (zone, " ".join(rest))


def ph_jp(national):
    t = pick(["03", "06", "045", "090", "080", "070"])
    if t == "03":
        a = digits(4, "3456")
    elif t == "06":
        a = digits(4, "6")
    elif t == "045":
        a = digits(3, "23456789")
    else:
        a = digits(4, "123456789")
    b = digits(4)
    if national:
        return pick(["%s-%s-%s", "%s(%s)%s", "%s %s %s"]) % (t, a, b)
    return pick(["+81 %s-%s-%s", "+81 %s %s %s", "+81-%s-%s-%s"]) % (t[1:], a, b)


def ph_in_fixed(national):
    # helper that avoids the tuple juggling above
    code = pick(["11", "22", "80", "44"])
    sub = digits(8, "24")
    if national:
        return pick(["0%s-%s" % (code, sub), "0%s %s %s" % (code, sub[:4], sub[4:])])
    return "+91 %s %s %s" % (code, sub[:4], sub[4:])


def ph_in2(national):
    if R.random() < 0.6:
        m = digits(10, "6789")
        if national:
            return pick(["%s %s" % (m[:5], m[5:]), "0%s %s" % (m[:5], m[5:]), "%s-%s" % (m[:5], m[5:])])
        return pick(["+91 %s %s" % (m[:5], m[5:]), "+91-%s" % m, "+91 %s" % m])
    return ph_in_fixed(national)


def ph_au(national):
    if R.random() < 0.5:
        while True:
            m = "4" + digits(2)
            s = digits(6)
            if not (m == "491" and s.startswith("570")):
                break
        if national:
            return "0%s %s %s" % (m, s[:3], s[3:])
        return pick(["+61 %s %s %s" % (m, s[:3], s[3:]), "+61%s%s" % (m, s)])
    area, first = pick([("2", "89"), ("3", "89"), ("7", "3"), ("8", "89")])
    sub = digits(8, first)
    if national:
        return pick(["(0%s) %s %s", "0%s %s %s"]) % (area, sub[:4], sub[4:])
    return "+61 %s %s %s" % (area, sub[:4], sub[4:])


def ph_br(national):
    ddd = pick(["11", "21", "31", "41", "51", "61", "71", "81"])
    if R.random() < 0.6:
        sub = "9" + digits(8, "6789")
        a, b = sub[:5], sub[5:]
    else:
        sub = digits(8, "2345")
        a, b = sub[:4], sub[4:]
    if national:
        return pick(["(%s) %s-%s", "%s %s-%s", "(%s) %s %s"]) % (ddd, a, b)
    return pick(["+55 %s %s-%s", "+55 (%s) %s-%s", "+55 %s %s%s"]) % (ddd, a, b)


def ph_es(national):
    if R.random() < 0.5:
        n = "6" + digits(8) if R.random() < 0.8 else "7" + pick("1234") + digits(7)
    else:
        n = pick(["91", "93", "95", "96"]) + digits(7, "2345678")
    if national:
        if n[0] == "9":
            return pick(["%s %s %s" % (n[:3], n[3:6], n[6:]), n,
                         "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])])
        return pick(["%s %s %s" % (n[:3], n[3:6], n[6:]), n,
                     "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])])
    return pick(["+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "+34 %s" % n, "+34%s" % n])


def ph_it(national):
    if R.random() < 0.5:
        p = pick(["320", "328", "333", "338", "339", "340", "345", "347", "348", "349", "366", "380", "391"])
        s = digits(7)
        nat = pick(["%s %s %s" % (p, s[:3], s[3:]), "%s %s" % (p, s), "%s-%s" % (p, s)])
        intl = "+39 %s %s %s" % (p, s[:3], s[3:])
    else:
        area = pick(["06", "02"])
        s = digits(8, "3456789")
        nat = pick(["%s %s %s" % (area, s[:4], s[4:]), "%s %s" % (area, s), "%s/%s" % (area, s)])
        intl = pick(["+39 %s %s %s" % (area, s[:4], s[4:]), "+39 %s%s" % (area, s)])
    return nat if national else intl


def ph_nl(national):
    if R.random() < 0.55:
        s = digits(8, "12345")
        nat = pick(["06 %s" % s, "06-%s" % s, "06 %s %s %s %s" % (s[:2], s[2:4], s[4:6], s[6:])])
        intl = pick(["+31 6 %s" % s, "+31 (0)6 %s" % s, "+316%s" % s])
    else:
        area = pick(["20", "10", "70", "30"])
        s = digits(7, "2345678")
        nat = pick(["0%s %s %s" % (area, s[:3], s[3:]), "0%s-%s" % (area, s)])
        intl = "+31 %s %s %s" % (area, s[:3], s[3:])
    return nat if national else intl


COUNTRIES = {
    # code: (generator, ccTLD host suffix, page paths)
    "US": (ph_us, None, None),
    "CA": (ph_ca, "ca", ["/contact-us", "/about"]),
    "GB": (ph_uk, "co.uk", ["/contact", "/about-us", "/contact-us"]),
    "DE": (ph_de, "de", ["/impressum", "/kontakt", "/ueber-uns"]),
    "FR": (ph_fr, "fr", ["/mentions-legales", "/contact", "/nous-contacter"]),
    "JP": (ph_jp, "co.jp", ["/company/", "/contact/", "/access.html"]),
    "IN": (ph_in2, "in", ["/contact-us", "/about"]),
    "AU": (ph_au, "com.au", ["/contact", "/about-us"]),
    "BR": (ph_br, "com.br", ["/contato", "/fale-conosco"]),
    "ES": (ph_es, "es", ["/contacto", "/aviso-legal"]),
    "IT": (ph_it, "it", ["/contatti", "/chi-siamo"]),
    "NL": (ph_nl, "nl", ["/contact", "/over-ons"]),
}
COUNTRY_ORDER = ["US", "CA", "GB", "DE", "FR", "JP", "IN", "AU", "BR", "ES", "IT", "NL"]


def country_url(cc):
    gen, tld, paths = COUNTRIES[cc]
    host = pick(["www.", "shop.", ""]) + pick(WORDS) + pick(["", "-shop", "-reisen", "-studio", "-group", "tech"])
    return "https://%s.%s%s" % (host, tld, pick(paths))


# --- ip ------------------------------------------------------------------

def gen_ipv4_public():
    while True:
        a = pick([23, 31, 37, 45, 46, 51, 62, 77, 78, 80, 81, 82, 85, 88, 91, 93, 94, 95, 104,
                  109, 138, 141, 146, 151, 176, 178, 185, 188, 193, 194, 195, 203, 212, 213, 217])
        b, c, d = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        if a == 203 and b == 0 and c == 113:
            continue
        return "%d.%d.%d.%d" % (a, b, c, d)


V6_PREFIX = ["2a00:1450", "2606:4700", "2a03:2880", "2001:4860", "2a01:4f8", "2600:1f18",
             "2a02:8108", "2403:5800", "2a0d:5600", "2001:470", "2604:a880", "2a05:d014"]


def gen_ipv6_global():
    pre = pick(V6_PREFIX).split(":")
    groups = pre + ["%x" % R.randint(0, 0xffff) for _ in range(8 - len(pre))]
    style = pick(["full", "full_zero", "compressed", "compressed_tail"])
    if style == "full":
        return ":".join(groups), "ipv6 full"
    if style == "full_zero":
        return ":".join(g.rjust(4, "0") for g in groups), "ipv6 full leading zeros"
    k = R.randint(3, 4)
    tail = groups[-R.randint(1, 2):] if style == "compressed" else ["1"]
    return ":".join(groups[:k]) + "::" + ":".join(tail), "ipv6 compressed"


def gen_ip():
    if R.random() < 0.6:
        return gen_ipv4_public(), "ipv4"
    return gen_ipv6_global()


# --- cards ---------------------------------------------------------------

def gen_card():
    brand = pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover"])
    if brand == "visa":
        num = pick(["4532", "4716", "4929", "4485", "4024", "4556", "4539", "4916"]) + digits(11)
    elif brand == "mastercard":
        if R.random() < 0.75:
            num = "5" + pick("12345") + digits(13)
        else:
            num = str(R.randint(2221, 2720)) + digits(11)
    elif brand == "amex":
        num = pick(["34", "37"]) + digits(12)
    else:
        num = pick(["6011", "6445", "6500", "6504", "6011"]) + digits(11)
    num += luhn_check_digit(num)
    assert luhn_valid(num)
    fmt = pick(["space", "dash", "none"])
    if brand == "amex":
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if fmt == "space":
        v = " ".join(groups)
    elif fmt == "dash":
        v = "-".join(groups)
    else:
        v = num
    return v, "%s %s" % (brand, fmt)


# --- iban ----------------------------------------------------------------

def gen_iban():
    cc = pick(["DE", "GB", "FR", "ES", "NL", "BE", "AT", "CH"])
    if cc == "DE":
        bban = pick(["10070000", "20050550", "37040044", "50010517", "70150000", "12030000",
                     "43060967", "60050101"]) + digits(10)
    elif cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + digits(6) + digits(8)
    elif cc == "FR":
        bank = pick(["30004", "30003", "20041", "10278", "30002", "11306"])
        branch, acct = digits(5), digits(11)
        bban = bank + branch + acct + fr_rib_key(bank, branch, acct)
    elif cc == "ES":
        bank = pick(["0049", "2100", "0182", "0081", "2038", "0128"])
        branch, acct = digits(4), digits(10)
        dc = es_ccc_digit("00" + bank + branch) + es_ccc_digit(acct)
        bban = bank + branch + dc + acct
    elif cc == "NL":
        while True:
            acct = digits(10, "123456789")
            if nl_elfproef(acct):
                break
        bban = pick(["ABNA", "RABO", "SNSB", "TRIO", "KNAB"]) + acct
    elif cc == "BE":
        first10 = pick(["001", "068", "310", "363", "734", "735"]) + digits(7)
        chk = int(first10) % 97 or 97
        bban = first10 + "%02d" % chk
    elif cc == "AT":
        bban = pick(["12000", "20111", "32000", "14000", "19043"]) + digits(11)
    else:
        bban = pick(["00230", "00762", "09000", "04835"]) + digits(12)
    iban = cc + iban_check_digits(cc, bban) + bban
    assert iban_valid(iban)
    if R.random() < 0.55:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)), "%s grouped" % cc
    return iban, "%s compact" % cc


# --- national ids ----------------------------------------------------------

def gen_ssn():
    while True:
        area = R.randint(1, 899)
        if area == 666:
            continue
        grp, ser = R.randint(1, 99), R.randint(1, 9999)
        if (area, grp, ser) in ((78, 5, 1120), (219, 9, 9999)):
            continue
        break
    a, g, s = "%03d" % area, "%02d" % grp, "%04d" % ser
    fmt = R.choices(["dash", "space", "none"], [7, 2, 1])[0]
    if fmt == "dash":
        return "%s-%s-%s" % (a, g, s), "us ssn"
    if fmt == "space":
        return "%s %s %s" % (a, g, s), "us ssn spaces"
    return a + g + s, "us ssn compact"


def gen_cpf():
    while True:
        base = digits(9)
        if len(set(base)) > 1:
            break
    full = base + cpf_digits(base)
    if R.random() < 0.75:
        return "%s.%s.%s-%s" % (full[:3], full[3:6], full[6:9], full[9:]), "br cpf"
    return full, "br cpf compact"


def gen_national_id():
    return gen_ssn() if R.random() < 0.55 else gen_cpf()


# --- secrets -------------------------------------------------------------

ALNUM = string.ascii_letters + string.digits
B32 = string.ascii_uppercase + "234567"


def rand(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


def gen_aws():
    return "AKIA" + rand(B32, 16), "aws access key id"


def gen_aws_secret():
    return rand(ALNUM + "+/", 40), "aws secret access key"


def gen_github():
    body = rand(ALNUM, 30)
    return "ghp_" + body + base62(zlib.crc32(body.encode()), 6), "github token"


def gen_slack():
    kind = pick(["xoxb", "xoxb", "xoxp"])
    if kind == "xoxb":
        return "xoxb-%s-%s-%s" % (digits(pick([11, 12, 13]), "123456789"),
                                  digits(13, "123456789"), rand(ALNUM, 24)), "slack bot token"
    return "xoxp-%s-%s-%s-%s" % (digits(12, "123456789"), digits(12, "123456789"),
                                 digits(13, "123456789"), rand("0123456789abcdef", 32)), "slack user token"


def gen_stripe():
    return "sk_live_" + rand(ALNUM, 24), "stripe secret key"


def gen_google():
    return "AIza" + rand(ALNUM + "-_", 35), "google api key"


def gen_pem():
    kind = pick(["RSA", "PKCS8", "EC", "OPENSSH"])
    if kind == "RSA":
        hdr, prefix, nbytes = "RSA PRIVATE KEY", b"\x30\x82\x04\xa3\x02\x01\x00\x02\x82\x01\x01\x00", 1191
    elif kind == "PKCS8":
        hdr, prefix, nbytes = "PRIVATE KEY", bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7"), 1217
    elif kind == "EC":
        hdr, prefix, nbytes = "EC PRIVATE KEY", bytes.fromhex("307702010104"), 121
    else:
        hdr, prefix, nbytes = "OPENSSH PRIVATE KEY", b"openssh-key-v1\x00\x00\x00\x00\x04none", 400
    raw = prefix + bytes(R.randint(0, 255) for _ in range(nbytes - len(prefix)))
    b64 = base64.b64encode(raw).decode()
    width = 70 if kind == "OPENSSH" else 64
    body = "\n".join(b64[i:i + width] for i in range(0, len(b64), width))
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (hdr, body, hdr), "pem %s" % kind.lower()


def gen_password():
    t = pick(["strong", "memorable", "strong"])
    if t == "strong":
        chars = string.ascii_letters + string.digits + "!#$%&*?@^"
        while True:
            p = rand(chars, R.randint(10, 18))
            if re.search(r"\d", p) and re.search(r"[A-Za-z]", p):
                break
        # avoid passwords that look like an e-mail address
        p = p.replace("@", "#")
    else:
        p = pick(["Summer", "Winter", "Falcon", "Bluebird", "Pancake", "Dragon", "Monkey",
                  "Sunshine", "Tiger"]) + str(R.randint(10, 2025)) + pick(["!", "?", "#", "$", ""])
    return p, "password"


# --------------------------------------------------------------------------
# sentence templates for PII.  Each returns (text, [(start, end, kind, value, note)])
# --------------------------------------------------------------------------

def render(template, items):
    """template contains {0}, {1}...; items are (value, kind, note)."""
    text, spans, pos = "", [], 0
    parts = re.split(r"(\{\d\})", template)
    for p in parts:
        m = re.fullmatch(r"\{(\d)\}", p)
        if m:
            v, k, n = items[int(m.group(1))]
            spans.append((len(text), len(text) + len(v), k, v, n))
            text += v
        else:
            text += p
    return text, spans


EMAIL_T = [
    "You can reach me at {0} if you have more questions.",
    "Please send the signed form to {0} by Friday.",
    "For press enquiries contact {0}.",
    "My email is {0} — feel free to write anytime.",
    "Questions? Drop a line to {0} and we'll get back to you within two working days.",
    "Contact: {0}",
    "Send your CV and portfolio to {0}, subject line \"Junior Designer\".",
    "I forwarded the thread to {0} so she can take a look.",
    "Email {0} to claim your prize.",
    "Reply to {0} if you want to be removed from the list.",
    "Bug reports go to {0}, please include steps to reproduce.",
    "The organiser is reachable via {0}.",
]
PHONE_T = [
    "Call us on {0} for a free quote.",
    "You can reach our office at {0}, Monday to Friday.",
    "Tel.: {0}",
    "Phone: {0}",
    "If you get lost, ring me on {0}.",
    "For bookings please phone {0} or ask at the front desk.",
    "My number is {0}, text me when you arrive.",
    "Hotline: {0} (weekdays until 6pm).",
    "To reschedule, call the clinic at {0}.",
    "Questions about your order? Call {0}.",
    "WhatsApp: {0}",
    "Fax: {0}",
]
PHONE2_T = [
    "Contact: {0} | {1}",
    "For details call {0} or email {1}.",
    "Reach Daniel directly at {0} or {1}.",
]
IP_T = [
    "The server is reachable at {0}, but port 22 is closed.",
    "Our logs show repeated failed logins from {0} last night.",
    "I pinged {0} and got no response.",
    "Please whitelist {0} in the firewall before the migration.",
    "The DNS record now points to {0}.",
    "My public IP address is {0}, according to whatismyip.",
    "Blocked host: {0}",
    "The old mail server at {0} will be shut down next week.",
    "Add an A record for the apex domain pointing at {0}.",
]
IP6_T = [
    "The AAAA record resolves to {0}.",
    "Traffic from {0} was rate-limited.",
    "My router got the address {0} from the ISP.",
    "Please allow {0} in the ACL as well.",
]
CARD_T = [
    "Card number: {0}",
    "I paid with my card {0}, but the charge shows up twice.",
    "Please charge the remaining balance to {0}.",
    "Here are my card details: {0}, name as printed on the card.",
    "The booking was guaranteed with card {0}.",
    "Can you refund it to the card ending in the number {0}?",
]
IBAN_T = [
    "Please transfer the deposit to IBAN {0}.",
    "Bank details: IBAN {0}, reference: your invoice number.",
    "IBAN: {0}",
    "My account for the refund is {0}.",
    "Payments should be made to {0} (account holder: Elena Rossi).",
    "Send the rent to {0} before the 3rd of each month.",
]
SSN_T = [
    "SSN: {0}",
    "My social security number is {0}, if the form needs it.",
    "The applicant's SSN ({0}) was entered incorrectly.",
    "Employee SSN {0} — please verify before payroll runs.",
]
CPF_T = [
    "CPF: {0}",
    "Meu CPF é {0}, pode emitir a nota fiscal.",
    "The buyer's CPF is {0}.",
    "Please include the CPF {0} on the invoice.",
]
SECRET_T = {
    "aws": ["I accidentally committed my access key {0} to the public repo, what should I do?",
            "AWS_ACCESS_KEY_ID={0}",
            "The IAM user's key id is {0}."],
    "aws2": ["aws_access_key_id = {0}\naws_secret_access_key = {1}"],
    "github": ["Use this token for the CI job: {0}",
               "GITHUB_TOKEN={0}",
               "export GH_TOKEN={0}"],
    "slack": ["The bot token is {0}, it's in the .env file.",
              "SLACK_BOT_TOKEN={0}",
              "I set the Authorization header to Bearer {0} but Slack returns invalid_auth."],
    "stripe": ["STRIPE_SECRET_KEY={0}", "Our live key is {0}, don't share it."],
    "google": ["Maps stopped working even though the key {0} is valid.", "GOOGLE_API_KEY={0}"],
    "password": ["The Wi-Fi password is {0}.",
                 "Login: admin / Password: {0}",
                 "DB_PASSWORD={0}",
                 "I reset it, the new password is {0}",
                 "Username jsmith, password {0} — please change it after first login."],
    "pem": ["Here is the key from the server:\n{0}",
            "{0}",
            "This is the private key I generated, why does ssh reject it?\n{0}"],
}


def make_pii_sentence(kind, national_cc=None):
    """Return (text, spans, national_country_or_None, block)."""
    if kind == "email":
        v, n = gen_email()
        t, s = render(pick(EMAIL_T), [(v, "email", n)])
        return t, s, None, False
    if kind == "phone":
        cc = national_cc or pick(COUNTRY_ORDER)
        national = national_cc is not None
        v = COUNTRIES[cc][0](national)
        n = "%s %s" % (cc, "national" if national else "international")
        if R.random() < 0.15:
            e, en = gen_email()
            t, s = render(pick(PHONE2_T), [(v, "phone", n), (e, "email", en)])
        else:
            t, s = render(pick(PHONE_T), [(v, "phone", n)])
        return t, s, (cc if national else None), False
    if kind == "ip":
        v, n = gen_ip()
        t, s = render(pick(IP_T if n == "ipv4" else IP6_T), [(v, "ip", n)])
        return t, s, None, False
    if kind == "card":
        v, n = gen_card()
        t, s = render(pick(CARD_T), [(v, "card", n)])
        return t, s, None, False
    if kind == "iban":
        v, n = gen_iban()
        t, s = render(pick(IBAN_T), [(v, "iban", n)])
        return t, s, None, False
    if kind == "national_id":
        v, n = gen_national_id()
        t, s = render(pick(SSN_T if n.startswith("us") else CPF_T), [(v, "national_id", n)])
        return t, s, None, False
    # secret
    sub = R.choices(["aws", "aws2", "github", "slack", "stripe", "google", "password", "pem"],
                    [4, 2, 4, 3, 2, 2, 4, 3])[0]
    if sub == "aws2":
        a, an = gen_aws()
        b, bn = gen_aws_secret()
        t, s = render(pick(SECRET_T[sub]), [(a, "secret", an), (b, "secret", bn)])
        return t, s, None, True
    g = {"aws": gen_aws, "github": gen_github, "slack": gen_slack, "stripe": gen_stripe,
         "google": gen_google, "password": gen_password, "pem": gen_pem}[sub]
    v, n = g()
    tmpl = pick(SECRET_T[sub])
    t, s = render(tmpl, [(v, "secret", n)])
    block = sub == "pem" or re.match(r"^(export )?[A-Z_]+=\{0\}$", tmpl) is not None
    return t, s, None, block


# --------------------------------------------------------------------------
# look-alikes -> (sentence, [(start, end, name, value)])
# --------------------------------------------------------------------------

def la_version():
    c = pick(["4part", "4part_ip", "py", "node", "chrome", "kernel", "ios"])
    if c == "4part":
        v = pick(["10.0.19041.1", "10.0.22621.2861", "10.0.19045.3803", "6.3.9600.17031"])
        return pick(["Windows reports version {0} after the update.",
                     "The build number is {0}, which is the RTM release."]), v, "software version"
    if c == "4part_ip":
        v = "%d.%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 60), R.randint(0, 200))
        return pick(["Update the router firmware to version {0} first.",
                     "The driver package {0} fixed the flickering for me.",
                     "Build {0} of the plugin is still marked as beta."]), v, "software version"
    if c == "chrome":
        v = "%d.0.%d.%d" % (R.randint(100, 124), R.randint(5000, 6400), R.randint(10, 250))
        return "It happens in Chrome {0} on macOS.", v, "software version"
    if c == "py":
        v = "3.%d.%d" % (R.randint(7, 12), R.randint(0, 15))
        return pick(["I'm running Python {0} in a virtualenv.", "Tested with Python {0}."]), v, "software version"
    if c == "node":
        v = "v%d.%d.%d" % (R.randint(14, 21), R.randint(0, 20), R.randint(0, 9))
        return "Node.js {0} is required.", v, "software version"
    if c == "kernel":
        v = "5.%d.0-%d-generic" % (R.randint(4, 19), R.randint(20, 120))
        return "The box runs kernel {0}.", v, "software version"
    v = "%d.%d.%d" % (R.randint(14, 17), R.randint(0, 7), R.randint(1, 3))
    return "After upgrading to iOS {0} the battery drains faster.", v, "software version"


def la_semver():
    v = pick(["%d.%d.%d-rc.%d" % (R.randint(0, 4), R.randint(0, 30), R.randint(0, 9), R.randint(1, 5)),
              "%d.%d.%d-beta.%d+build.%d" % (R.randint(1, 3), R.randint(0, 12), R.randint(0, 9), R.randint(1, 9), R.randint(100, 9999)),
              "%d.%d.%d" % (R.randint(0, 12), R.randint(0, 40), R.randint(0, 30))])
    return pick(["Pin the dependency to {0} in package.json.", "Release {0} changelog is below.",
                 "We bumped the library to {0}."]), v, "semver"


def la_date():
    y, m, d = R.randint(1990, 2030), R.randint(1, 12), R.randint(1, 28)
    months = ["January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"]
    v = pick(["%04d-%02d-%02d" % (y, m, d), "%02d/%02d/%04d" % (d, m, y), "%d/%d/%02d" % (m, d, y % 100),
              "%02d.%02d.%04d" % (d, m, y), "%s %d, %d" % (months[m - 1], d, y),
              "%d %s %d" % (d, months[m - 1], y), "%04d%02d%02d" % (y, m, d)])
    return pick(["The deadline is {0}.", "Registration opened on {0}.", "Invoice date: {0}",
                 "The meeting was moved to {0}.", "Date of issue {0}."]), v, "date"


def la_price():
    v = pick(["$%s.99" % format(R.randint(100, 99999), ","),
              "€%s,%02d" % (format(R.randint(1000, 99999), ",").replace(",", "."), R.randint(0, 99)),
              "£%s" % format(R.randint(100, 250000), ","),
              "¥%s" % format(R.randint(1000, 999999), ","),
              "%s,%02d €" % (format(R.randint(1000, 99999), ",").replace(",", " "), R.randint(0, 99)),
              "CHF %s.00" % format(R.randint(1000, 99999), ",").replace(",", "'"),
              "R$ %s,90" % format(R.randint(1000, 99999), ",").replace(",", "."),
              "USD %s" % format(R.randint(1000000, 99000000), ","),
              "₹%s" % pick(["1,25,000", "84,999", "12,49,900", "3,45,678"])])
    return pick(["It costs {0} including VAT.", "The quote came to {0}.", "Price: {0}",
                 "They listed it for {0}, which seems steep."]), v, "price"


def la_isbn():
    if R.random() < 0.5:
        grp = pick(["0", "1", "3", "2"])
        pub = digits(R.randint(2, 5))
        title = digits(9 - len(grp) - len(pub))
        body = grp + pub + title
        v = "%s-%s-%s-%s" % (grp, pub, title, isbn10_check(body))
        if R.random() < 0.3:
            v = body + isbn10_check(body)
        return "ISBN {0}", v, "isbn-10"
    grp = pick(["0", "1", "3", "2"])
    pub = digits(R.randint(2, 5))
    title = digits(9 - len(grp) - len(pub))
    d12 = "978" + grp + pub + title
    v = "978-%s-%s-%s-%s" % (grp, pub, title, isbn13_check(d12))
    if R.random() < 0.3:
        v = d12 + isbn13_check(d12)
    return pick(["ISBN {0}", "The paperback edition (ISBN {0}) is cheaper."]), v, "isbn-13"


def la_uuid():
    h = rand("0123456789abcdef", 32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    v = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return pick(["Request id: {0}", "The job {0} failed with exit code 137.",
                 "Set the tenant id to {0}."]), v, "uuid"


def la_hash():
    n = pick([7, 32, 40, 64])
    v = rand("0123456789abcdef", n)
    return {7: "Fixed in commit {0}.", 32: "MD5 checksum: {0}", 40: "The commit {0} introduced the regression.",
            64: "SHA-256: {0}"}[n], v, "hash"


def la_timestamp():
    y, mo, d = R.randint(2015, 2025), R.randint(1, 12), R.randint(1, 28)
    h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    v = pick(["%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, h, mi, s),
              "%04d-%02d-%02dT%02d:%02d:%02d.%03d+%02d:00" % (y, mo, d, h, mi, s, R.randint(0, 999), R.randint(1, 9)),
              "%04d-%02d-%02d %02d:%02d:%02d" % (y, mo, d, h, mi, s)])
    return pick(["The event was logged at {0}.", "last_modified: {0}"]), v, "timestamp"


def la_epoch():
    v = str(R.randint(1300000000, 1760000000))
    if R.random() < 0.3:
        v += digits(3)
    return pick(["The API returns created_at as a unix timestamp, e.g. {0}.", "expires={0}"]), v, "unix epoch"


def la_gps():
    lat, lon = R.uniform(-60, 70), R.uniform(-180, 180)
    v = pick(["%.4f, %.4f" % (lat, lon),
              "%.4f° %s, %.4f° %s" % (abs(lat), "N" if lat >= 0 else "S", abs(lon), "E" if lon >= 0 else "W"),
              "%.6f,%.6f" % (lat, lon)])
    return pick(["The trailhead is at {0}.", "GPS: {0}", "Drop the pin at {0}."]), v, "gps coordinates"


def la_number():
    c = pick(["mul", "pow", "big", "const"])
    if c == "mul":
        a, b = R.randint(1000, 99999), R.randint(100, 9999)
        return "Quick check: {0}.", "%d × %d = %d" % (a, b, a * b), "arithmetic"
    if c == "pow":
        k = R.randint(24, 64)
        return "Note that 2^%d = {0}." % k, str(2 ** k), "long number"
    if c == "big":
        v = format(R.randint(10 ** 8, 10 ** 11), ",")
        return pick(["The dataset has {0} rows.", "Around {0} people were affected."]), v, "long number"
    return "Pi to fifteen places is {0}.", "3.141592653589793", "long number"


def la_private_ip():
    v = pick(["192.168.%d.%d" % (R.randint(0, 5), R.randint(1, 254)),
              "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
              "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
              "127.0.0.1",
              "169.254.%d.%d" % (R.randint(1, 254), R.randint(1, 254)),
              "fe80::%x:%xff:fe%02x:%x" % (R.randint(0, 0xffff), R.randint(0, 0xff), R.randint(0, 0xff), R.randint(0, 0xffff)),
              "fd%02x:%x:%x::%x" % (R.randint(0, 255), R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xff))])
    return pick(["Open the admin panel at http://{0}/ in your browser.", "The NAS has the static address {0}.",
                 "Bind the dev server to {0} only.", "My laptop got {0} from DHCP.",
                 "Set the gateway to {0}."]), v, "private ip"


def la_mac():
    b = [R.randint(0, 255) for _ in range(6)]
    f = pick(["colon", "dash", "cisco"])
    if f == "colon":
        v = ":".join("%02X" % x for x in b)
    elif f == "dash":
        v = "-".join("%02x" % x for x in b)
    else:
        h = "".join("%02x" % x for x in b)
        v = "%s.%s.%s" % (h[:4], h[4:8], h[8:])
    return pick(["The MAC address of the printer is {0}.", "Reserve an IP for {0} in DHCP."]), v, "mac address"


def la_bad_card():
    num = pick(["4", "5", "6", "3"]) + digits(14)
    good = luhn_check_digit(num)
    bad = str((int(good) + R.randint(1, 9)) % 10)
    num += bad
    assert not luhn_valid(num)
    v = pick([" ".join(num[i:i + 4] for i in range(0, 16, 4)), "-".join(num[i:i + 4] for i in range(0, 16, 4)), num])
    return pick(["Your gift voucher code is {0}.", "Reference number: {0}",
                 "The policy number {0} appears on the renewal letter.", "Serial: {0}"]), v, "16-digit non-luhn"


def la_order():
    c = pick(["amazon", "inv", "ups", "usps", "fedex", "plain"])
    if c == "amazon":
        return "Order #{0} has shipped.", "%s-%s-%s" % (digits(3, "1"), digits(7), digits(7)), "order number"
    if c == "inv":
        return "See invoice {0} for details.", "INV-%d-%06d" % (R.randint(2018, 2025), R.randint(1, 999999)), "order number"
    if c == "ups":
        return "UPS tracking: {0}", "1Z%s%s%s" % (rand(string.ascii_uppercase + string.digits, 6), digits(2), digits(8)), "tracking number"
    if c == "usps":
        d = "9400" + digits(18)
        return "USPS tracking number {0}", " ".join(d[i:i + 4] for i in range(0, 22, 4)), "tracking number"
    if c == "fedex":
        d = digits(12, "7")
        return "FedEx {0} is out for delivery.", " ".join(d[i:i + 4] for i in range(0, 12, 4)), "tracking number"
    return "Your order number is {0}.", digits(R.choice([8, 9, 10]), "123456789"), "order number"


def la_zip4():
    city, st, z = pick([("Austin", "TX", "787"), ("Springfield", "IL", "627"), ("Denver", "CO", "802"),
                        ("Portland", "OR", "972"), ("Columbus", "OH", "432"), ("Raleigh", "NC", "276")])
    v = "%s%s-%s" % (z, digits(2), digits(4))
    return "Mail it to PO Box %d, %s, %s {0}." % (R.randint(10, 9999), city, st), v, "zip+4"


CAS = [("water", "7732-18-5"), ("ethanol", "64-17-5"), ("acetone", "67-64-1"),
       ("sodium chloride", "7647-14-5"), ("sodium hydroxide", "1310-73-2"),
       ("caffeine", "58-08-2"), ("formaldehyde", "50-00-0"), ("glucose", "50-99-7"),
       ("hydrogen peroxide", "7722-84-1"), ("citric acid", "77-92-9"),
       ("isopropanol", "67-63-0"), ("sulfuric acid", "7664-93-9")]


def cas_valid(cas):
    d = cas.replace("-", "")
    body, chk = d[:-1], int(d[-1])
    return sum(int(c) * (i + 1) for i, c in enumerate(reversed(body))) % 10 == chk


def la_cas():
    name, v = pick(CAS)
    assert cas_valid(v), v
    return "The safety sheet lists %s as CAS {0}." % name, v, "cas number"


def la_score():
    v = pick(["%d-%d" % (R.randint(0, 5), R.randint(0, 5)),
              "%d–%d" % (R.randint(85, 130), R.randint(85, 130)),
              "6-%d, %d-6, 7-6" % (R.randint(0, 4), R.randint(0, 4)),
              "%d/%d" % (R.randint(150, 320), R.randint(2, 9))])
    return pick(["They won {0} in the final.", "Final score: {0}.", "The match ended {0} after extra time."]), v, "sports score"


LOOKALIKES = [la_version, la_version, la_semver, la_date, la_date, la_price, la_price, la_isbn,
              la_uuid, la_hash, la_timestamp, la_epoch, la_gps, la_number, la_private_ip,
              la_private_ip, la_mac, la_bad_card, la_bad_card, la_order, la_order, la_zip4,
              la_cas, la_score]


def make_lookalike_sentence():
    tmpl, v, name = pick(LOOKALIKES)()
    text, spans = render(tmpl, [(v, None, name)])
    return text, [(s, e, n, val) for s, e, _, val, n in spans]


# --------------------------------------------------------------------------
# base documents
# --------------------------------------------------------------------------

# a base message is excluded if it already contains anything that could be
# personal data or a look-alike, so that only the planted items are labelled
BASE_REJECT = re.compile(
    r"@|\d[\d\s.\-/()+,:]{4,}\d|[0-9a-fA-F]{12,}|\b[A-Za-z0-9_\-]{24,}\b"
    r"|(?i:passw|secret|token|api[_ ]?key|BEGIN)|::|\b\d+\.\d+\.\d+|\(at\)|\[at\]")


EN_WORDS = frozenset("the and to of a in is it you that for on with this are be as i your can have "
                     "not or but".split())
OTHER_WORDS = frozenset("el la los las que y en por con para una es del se le les des et est une "
                        "der die das und ist nicht ein eine mit il di che per non um uma com".split())


def mostly_english(text):
    words = re.findall(r"[a-zà-ÿ]+", text.lower())
    return sum(w in EN_WORDS for w in words) >= sum(w in OTHER_WORDS for w in words)


def load_base():
    vals = []
    for rec in json.loads(DPO.read_text(encoding="utf-8")):
        vals += [m["value"] for m in rec["conversations"]]
        vals += [rec["chosen"]["value"], rec["rejected"]["value"]]
    for rec in json.loads(SFT.read_text(encoding="utf-8")):
        vals += [m["value"] for m in rec["conversations"]]
    vals = list(dict.fromkeys(vals))  # dedupe, keep order
    keep = []
    for v in vals:
        if not (40 <= len(v) <= 6000):
            continue
        if sum(ord(c) < 128 for c in v) / len(v) < 0.97:
            continue
        if BASE_REJECT.search(v) or not mostly_english(v):
            continue
        keep.append(v)
    return keep


def insertion_points(text):
    """Return list of (pos, mode): 'para' = paragraph boundary, 'line' = line
    boundary inside a block of lines, 'mid' = after a sentence inside a line."""
    pts = [(0, "start"), (len(text), "end")]
    in_code = False
    for line_m in re.finditer(r"[^\n]*\n?", text):
        line = line_m.group()
        if not line:
            break
        if line.lstrip().startswith("```"):
            in_code = not in_code
            continue
        if in_code:
            continue
        nxt = text[line_m.end():line_m.end() + 1]
        if line_m.end() < len(text) and line.endswith("\n") and nxt == "\n":
            pts.append((line_m.end() + 1, "para"))
        elif (line_m.end() < len(text) and line.endswith("\n") and line.strip()
              and not line.lstrip().startswith("|") and nxt not in ("|", " ", "\t")):
            pts.append((line_m.end(), "line"))  # between two lines, e.g. list items
        for m in re.finditer(r"[a-z][.!?] (?=[A-Z])", line):
            pts.append((line_m.start() + m.end(), "mid"))
    return pts


def build_doc(base):
    n_pii = R.choices([0, 1, 2, 3], [22, 36, 26, 16])[0]
    n_la = R.choices([0, 1, 2, 3], [28, 36, 22, 14])[0]
    national_cc = None
    if R.random() < 0.45:
        national_cc = R.choices(COUNTRY_ORDER, [4] + [1] * (len(COUNTRY_ORDER) - 1))[0]
    inserts = []  # (text, pii_spans, la_spans, block)
    placed_pii = 0
    while placed_pii < n_pii:  # n_pii counts labelled items, not sentences
        kind = R.choices(["email", "phone", "ip", "card", "iban", "national_id", "secret"],
                         [20, 30, 10, 10, 10, 8, 12])[0]
        use_nat = kind == "phone" and national_cc is not None and R.random() < 0.7
        t, s, _, block = make_pii_sentence(kind, national_cc if use_nat else None)
        if placed_pii + len(s) > n_pii:
            continue
        inserts.append((t, s, [], block))
        placed_pii += len(s)
    for _ in range(n_la):
        t, s = make_lookalike_sentence()
        inserts.append((t, [], s, False))
    R.shuffle(inserts)
    has_national = any(sp[4].split()[1] == "national"
                       for t in inserts for sp in t[1] if sp[2] == "phone")
    url = None
    if has_national and national_cc != "US":
        url = country_url(national_cc)
    elif not has_national and R.random() < 0.12:
        url = country_url(pick(COUNTRY_ORDER[1:]))  # ccTLD page without national numbers

    pts = insertion_points(base)
    para_pts = [p for p in pts if p[1] != "mid"]
    placed = []
    for t, s, la, block in inserts:
        # multi-line items, config lines and label-style lines ("Phone: ...")
        # only go between paragraphs; full sentences may also go mid-paragraph
        own_line = block or "\n" in t or not t.endswith((".", "!", "?"))
        choices = para_pts if own_line else pts
        pos, mode = pick(choices)
        placed.append((pos, mode, t, s, la))
    placed.sort(key=lambda x: x[0])  # stable: keeps shuffled order for equal positions

    out, spans, las, cur = [], [], [], 0
    length = 0

    def emit(chunk):
        nonlocal length
        out.append(chunk)
        length += len(chunk)

    for pos, mode, t, s, la in placed:
        emit(base[cur:pos])
        cur = pos
        if mode == "start":
            pre, post = "", "\n\n"
        elif mode == "end":
            pre, post = ("\n\n" if base else ""), ""
        elif mode == "para":
            pre, post = "", "\n\n"
        elif mode == "line":
            pre, post = "", "\n"
        else:
            pre, post = "", " "
        emit(pre)
        off = length
        emit(t)
        emit(post)
        for a, b, k, v, n in s:
            spans.append({"start": off + a, "end": off + b, "kind": k, "value": v, "note": n})
        for a, b, n, v in la:
            las.append({"start": off + a, "end": off + b, "name": n, "value": v})
    emit(base[cur:])
    text = "".join(out)
    return {"text": text, "language": "en", "url": url,
            "spans": sorted(spans, key=lambda x: x["start"]),
            "lookalikes": sorted(las, key=lambda x: x["start"])}


def verify(row):
    t = row["text"]
    allsp = [(s["start"], s["end"]) for s in row["spans"]] + [(s["start"], s["end"]) for s in row["lookalikes"]]
    for s in row["spans"] + row["lookalikes"]:
        assert t[s["start"]:s["end"]] == s["value"], s
        # value must not run into neighbouring alphanumerics
        if s["start"] > 0:
            assert not t[s["start"] - 1].isalnum(), (s, t[s["start"] - 5:s["end"]])
        if s["end"] < len(t):
            assert not t[s["end"]].isalnum(), (s, t[s["start"]:s["end"] + 5])
    allsp.sort()
    for (a1, b1), (a2, b2) in zip(allsp, allsp[1:]):
        assert b1 <= a2, "overlap"


def main():
    base = load_base()
    if len(base) < N_DOCS:
        sys.exit("only %d base documents" % len(base))
    chosen = R.sample(base, N_DOCS)
    rows = []
    for b in chosen:
        row = build_doc(b)
        verify(row)
        rows.append(row)
    with OUT.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    from collections import Counter
    print("docs", len(rows), "base pool", len(base))
    print("spans", dict(Counter(s["kind"] for r in rows for s in r["spans"])))
    print("lookalikes", dict(Counter(s["name"] for r in rows for s in r["lookalikes"])))


if __name__ == "__main__":
    main()
