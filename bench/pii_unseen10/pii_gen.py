"""Value generators for make_unseen10.py: PII values and look-alikes.

Standard library only.  Every function takes the shared random.Random
instance explicitly, so the output depends only on the seed and call order.
"""
import ipaddress
import string

import data_tables as T


# ------------------------------------------------------------------ checks
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


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban):
    iban = iban.replace(" ", "")
    cc = iban[:2]
    if cc not in T.IBAN or len(iban) != T.IBAN[cc][0]:
        return False
    return _iban_num(iban[4:] + iban[:4]) % 97 == 1


def iban_with_check(cc, bban):
    chk = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def public_ip_ok(s):
    a = ipaddress.ip_address(s)
    return a.is_global and not a.is_multicast


def ean13_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


# ------------------------------------------------------------------ helpers
def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def expand_pattern(rng, pat):
    out = []
    i = 0
    while i < len(pat):
        if pat[i] == "[":
            j = pat.index("]", i)
            body = pat[i + 1:j]
            choices = []
            k = 0
            while k < len(body):
                if k + 2 < len(body) and body[k + 1] == "-":
                    for c in range(ord(body[k]), ord(body[k + 2]) + 1):
                        choices.append(chr(c))
                    k += 3
                else:
                    choices.append(body[k])
                    k += 1
            out.append(rng.choice(choices))
            i = j + 1
        else:
            out.append(pat[i])
            i += 1
    return "".join(out)


def fill(template, ds):
    assert template.count("X") == len(ds), (template, ds)
    it = iter(ds)
    return "".join(next(it) if ch == "X" else ch for ch in template)


class Item:
    """A value to place in a document (PII span or look-alike)."""
    __slots__ = ("kind", "value", "fmt", "pre", "post", "extra")

    def __init__(self, kind, value, fmt, pre="", post="", extra=None):
        self.kind, self.value, self.fmt, self.pre, self.post = kind, value, fmt, pre, post
        self.extra = extra or {}


# ------------------------------------------------------------------ people
class Person:
    def __init__(self, rng, lang):
        firsts, lasts = T.NAMES[lang]
        self.lang = lang
        self.first, self.fa = rng.choice(firsts)
        self.last, self.la = rng.choice(lasts)
        if lang in T.FAMILY_FIRST:
            self.name = self.last + (" " if lang == "vi" else "") + self.first
        else:
            self.name = self.first + " " + self.last
        self.ascii_name = (self.fa.capitalize() + " " + self.la.capitalize())


# ------------------------------------------------------------------ e-mail
EMAIL_STYLES = ["personal", "role", "subaddress", "mixed-case", "obfuscated-words", "obfuscated-brackets"]
SUB_TAGS = ["newsletter", "shop", "bank", "work", "invoices", "jobs", "travel", "git", "school", "2024"]


def _local(rng, p):
    f, l = p.fa, p.la
    pat = rng.choice(["{f}.{l}", "{f}{l}", "{fi}.{l}", "{f}_{l}", "{l}.{f}", "{f}.{l}{nn}", "{f}{nn}",
                      "{l}{fi}", "{f}-{l}", "{fi}{l}", "{f}.{l}"])
    return pat.format(f=f, l=l, fi=f[0], nn=str(rng.randint(2, 99)).zfill(2))


def email(rng, lang, person=None, style="personal", where="free"):
    p = person or Person(rng, lang)
    if style == "role":
        dom = rng.choice(T.COMPANY[lang] if where != "univ" else T.UNIV[lang])
        v = rng.choice(T.ROLE[lang]) + "@" + dom
        return Item("email", v, "email:role")
    doms = {"free": T.FREEMAIL, "company": T.COMPANY, "univ": T.UNIV}[where][lang]
    dom = rng.choice(doms)
    loc = _local(rng, p)
    if style == "personal":
        return Item("email", loc + "@" + dom, "email:personal")
    if style == "subaddress":
        return Item("email", loc.split("-")[0] + "+" + rng.choice(SUB_TAGS) + "@" + dom, "email:subaddress")
    if style == "mixed-case":
        if rng.random() < 0.3:
            v = (loc + "@" + dom).upper()
        else:
            parts = loc.replace("_", ".").split(".")
            v = ".".join(x.capitalize() for x in parts) + "@" + dom.split(".")[0].capitalize() + "." + \
                ".".join(dom.split(".")[1:])
        return Item("email", v, "email:mixed-case")
    ats, dots = T.OBF[lang]
    if style == "obfuscated-words":
        wa = [a for a in ats if "[" not in a and "(" not in a and "{" not in a and a != "#"]
        wd = [d for d in dots if "[" not in d and "(" not in d and d.strip() != "."]
        if not wa or not wd:
            style = "obfuscated-brackets"
        else:
            a, d = rng.choice(wa), rng.choice(wd)
            return Item("email", loc + a + dom.replace(".", d), "email:obfuscated-words")
    ba = [a for a in ats if "[" in a or "(" in a or "{" in a or a == "#"]
    bd = [d for d in dots if "[" in d or "(" in d or d.strip() == "."]
    a = rng.choice(ba)
    if a == "#":
        return Item("email", loc + "#" + dom, "email:obfuscated-symbol")
    d = rng.choice(bd)
    if rng.random() < 0.4:
        a, d = a.strip(), d.strip()
    return Item("email", loc + a + dom.replace(".", d), "email:obfuscated-brackets")


# ------------------------------------------------------------------ phones
def phone(rng, lang=None, cc=None, form=None, native_digits=False):
    cc = cc or rng.choice(T.PHONE_CC[lang])
    code, plans = T.PHONE[cc]
    while True:
        pats, n, nat, intl = rng.choice(plans)
        pre = expand_pattern(rng, rng.choice(pats))
        ds = pre + digits(rng, n - len(pre))
        if cc in ("US", "CA") and (ds[3:6] == "555" or ds[4:6] == "11" or ds[3] in "01"):
            continue
        if cc == "GB" and ds.startswith("7700900"):
            continue
        break
    f = form or rng.choice(["national", "international"])
    tpl = rng.choice(nat if f == "national" else intl)
    v = fill(tpl, ds)
    country = "CH" if cc == "CH_FR" else cc
    fmt = "phone:%s:%s" % (country, f)
    if native_digits and f == "national" and lang in NATIVE_DIGITS:
        # Arabic-Indic / Extended Arabic-Indic / Bengali digits, as people type them
        v = "".join(NATIVE_DIGITS[lang][int(ch)] if ch.isdigit() else ch for ch in v)
        fmt += ":native-digits"
    return Item("phone", v, fmt, extra={"e164": "+" + code + ds, "cc": country})


NATIVE_DIGITS = {"ar": "٠١٢٣٤٥٦٧٨٩", "ur": "۰۱۲۳۴۵۶۷۸۹", "bn": "০১২৩৪৫৬৭৮৯"}


# ------------------------------------------------------------------ IPs
V4_FIRST = [5, 24, 31, 37, 46, 50, 62, 66, 67, 68, 69, 71, 73, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88,
            89, 91, 93, 94, 95, 98, 104, 107, 109, 130, 141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212,
            213, 217, 41, 49, 58, 59, 101, 103, 110, 113, 115, 116, 117, 119, 121, 123, 154, 156, 197, 196, 102]
V6_PREFIX = ["2a00:1450:4001", "2a02:8108", "2a01:4f8", "2a03:2880:f10c", "2606:4700:3033", "2001:4860:4860",
             "2a02:2f0c", "2a01:e0a", "2a02:a31a", "2804:14c", "2400:cb00:2049", "2c0f:fb50", "2001:67c:2e8",
             "2a0b:f4c0", "2a05:d014", "2604:a880:400", "2620:0:2d0", "2a01:111:f400", "2402:800:6310",
             "2a02:6b8:c0e", "2001:ee0:4f8c", "2405:4800", "2a00:1028", "2a01:7e01", "2400:8902"]


def public_v4(rng):
    while True:
        s = "%d.%d.%d.%d" % (rng.choice(V4_FIRST), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if public_ip_ok(s):
            return s


def public_v6_addr(rng):
    while True:
        pre = rng.choice(V6_PREFIX).split(":")
        groups = [int(g, 16) for g in pre]
        while len(groups) < 4:
            groups.append(rng.randint(0, 0xffff))
        mode = rng.random()
        if mode < 0.45:      # ::n host part
            tail = [0, 0, 0, rng.choice([1, 2, 3, 0x10, 0x53, 0x1f, rng.randint(1, 0xffff)])]
        elif mode < 0.75:    # random interface id
            tail = [rng.randint(0, 0xffff) for _ in range(4)]
        else:                # SLAAC-like with ff:fe
            tail = [rng.randint(0, 0xffff), (rng.randint(0, 0xff) << 8) | 0xff, 0xfe00 | rng.randint(0, 0xff),
                    rng.randint(0, 0xffff)]
        a = ipaddress.IPv6Address(":".join("%x" % g for g in groups + tail))
        if a.is_global and not a.is_multicast:
            return a


IP_FORMS = ["ipv4", "ipv4:port", "ipv4:cidr", "ipv6:compressed", "ipv6:full", "ipv6:port", "ipv6:cidr"]


def ip(rng, form=None, iface=False):
    """Public IP.  Forms with a prefix: a single host (/32, /128), or with
    iface=True an interface address whose host bits are set (e.g. /24 on
    185.12.7.34) -- the span is always the address part only."""
    form = form or rng.choice(["ipv4", "ipv4", "ipv4", "ipv4:port", "ipv4:cidr", "ipv6:compressed",
                               "ipv6:compressed", "ipv6:full", "ipv6:port", "ipv6:cidr"])
    if form.startswith("ipv4"):
        v = public_v4(rng)
        if form == "ipv4:port":
            return Item("ip", v, form, post=":" + str(rng.choice([22, 443, 8080, 8443, 3389, 5060, 51820, 25565, 2222])))
        if form == "ipv4:cidr":
            if not iface:
                return Item("ip", v, form, post="/32")
            while True:
                pl = rng.choice([24, 26, 27, 28, 29])
                net = ipaddress.ip_network("%s/%d" % (v, pl), strict=False)
                a4 = ipaddress.ip_address(v)
                if a4 != net.network_address and a4 != net.broadcast_address:
                    return Item("ip", v, form, post="/%d" % pl)
                v = public_v4(rng)
        return Item("ip", v, form)
    a = public_v6_addr(rng)
    if form == "ipv6:full":
        return Item("ip", a.exploded, form)
    v = a.compressed
    if form == "ipv6:port":
        return Item("ip", v, form, pre="[", post="]:" + str(rng.choice([443, 8443, 22, 51820, 993])))
    if form == "ipv6:cidr":
        if not iface:
            return Item("ip", v, form, post="/128")
        while int(a) & ((1 << 64) - 1) == 0:
            a = public_v6_addr(rng)
            v = a.compressed
        return Item("ip", v, form, post="/64")
    return Item("ip", v, form)


# ------------------------------------------------------------------ cards
CARD_BRANDS = ["visa", "mastercard", "mastercard-2series", "amex", "discover", "jcb", "unionpay", "maestro", "mir"]


def card(rng, brand=None, sep=None):
    brand = brand or rng.choice(CARD_BRANDS)
    if brand == "visa":
        pre, n = "4" + digits(rng, 5), 16
    elif brand == "mastercard":
        pre, n = "5" + rng.choice("12345") + digits(rng, 4), 16
    elif brand == "mastercard-2series":
        pre, n = str(rng.randint(2221, 2720)) + digits(rng, 2), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    elif brand == "discover":
        pre, n = rng.choice(["6011" + digits(rng, 2), "65" + digits(rng, 4), str(rng.randint(644, 649)) + digits(rng, 3)]), 16
    elif brand == "jcb":
        pre, n = str(rng.randint(3528, 3589)) + digits(rng, 2), 16
    elif brand == "unionpay":
        pre, n = "62" + rng.choice(["1483", "2848", "8288", "1700", "2588"]), rng.choice([16, 16, 19])
    elif brand == "maestro":
        pre, n = rng.choice(["6759", "6761", "5018", "5020", "5038", "6304"]) + digits(rng, 2), rng.choice([16, 19])
    elif brand == "mir":
        pre, n = "220" + rng.choice("01234") + digits(rng, 2), 16
    else:
        raise ValueError(brand)
    num = luhn_complete(pre + digits(rng, n - len(pre) - 1))
    assert luhn_ok(num) and len(num) == n
    sep = sep or rng.choice(["spaces", "spaces", "dashes", "none"])
    if sep == "none":
        v = num
    else:
        ch = " " if sep == "spaces" else "-"
        if n == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif n == 19 and rng.random() < 0.5:
            groups = [num[:6], num[6:]]
        else:
            groups = [num[i:i + 4] for i in range(0, n, 4)]
        v = ch.join(groups)
    return Item("card", v, "card:%s:%s" % (brand, sep), extra={"digits": num, "brand": brand})


# ------------------------------------------------------------------ IBAN
def _cz_ok(num, weights):
    return sum(int(a) * b for a, b in zip(num, weights)) % 11 == 0


def bban(rng, cc):
    length, spec = T.IBAN[cc]
    n = length - 4
    if spec == "FR":
        bank, branch, acct = rng.choice(["30004", "30003", "20041", "10278", "30002", "11315"]), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        return bank + branch + acct + "%02d" % key
    if spec == "BE":
        first = rng.choice(["001", "068", "310", "363", "735", "063"]) + digits(rng, 7)
        c = int(first) % 97 or 97
        return first + "%02d" % c
    if spec == "NL":
        while True:
            acct = digits(rng, 10)
            if acct[0] != "0" and sum(int(d) * w for d, w in zip(acct, range(10, 0, -1))) % 11 == 0:
                return rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + acct
    if spec == "ES":
        bank = rng.choice(["2100", "0049", "0182", "0075", "2085"])
        branch, acct = digits(rng, 4), digits(rng, 10)

        def dc(s, w):
            r = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
            return {11: 0, 10: 1}.get(r, r)
        d1 = dc("00" + bank + branch, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
        d2 = dc(acct, [1, 2, 4, 8, 5, 10, 9, 7, 3, 6])
        return bank + branch + str(d1) + str(d2) + acct
    if spec == "FI":
        b = rng.choice(["100", "159", "500", "800", "405", "470"]) + digits(rng, 10)
        return luhn_complete(b)
    if spec == "NO":
        while True:
            b = rng.choice(["1503", "1206", "6011", "9710", "3000"]) + digits(rng, 6)
            r = 11 - sum(int(a) * w for a, w in zip(b, [5, 4, 3, 2, 7, 6, 5, 4, 3, 2])) % 11
            if r == 10:
                continue
            return b + str(0 if r == 11 else r)
    if spec in ("CZ", "SK"):
        bank = rng.choice(["0800", "0100", "0300", "2010", "0600", "5500"] if spec == "CZ" else
                          ["0900", "1100", "0200", "7500", "5600"])
        if rng.random() < 0.7:
            prefix = "000000"
        else:
            while True:
                prefix = "0000" + digits(rng, 2)
                if _cz_ok(prefix, [10, 5, 8, 4, 2, 1]) and prefix != "000000":
                    break
        while True:
            acct = "00" + str(rng.randint(1, 9)) + digits(rng, 7)
            if _cz_ok(acct, [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]):
                break
        return bank + prefix + acct
    out = ""
    for kind, k in spec:
        if kind == "lit":
            out += rng.choice(k)
        elif kind == "n":
            out += digits(rng, k)
        elif kind == "a":
            out += "".join(rng.choice(string.ascii_uppercase) for _ in range(k))
    assert len(out) == n, (cc, out)
    return out


def iban(rng, lang=None, cc=None, form=None):
    cc = cc or rng.choice(T.IBAN_CC[lang])
    e = iban_with_check(cc, bban(rng, cc))
    assert iban_ok(e), e
    form = form or rng.choice(["print", "print", "electronic"])
    v = e if form == "electronic" else " ".join(e[i:i + 4] for i in range(0, len(e), 4))
    return Item("iban", v, "iban:%s:%s" % (cc, form), extra={"electronic": e})


def bad_iban(rng, lang):
    cc = rng.choice(T.IBAN_CC[lang])
    e = iban_with_check(cc, bban(rng, cc))
    chk = int(e[2:4])
    while True:
        alt = rng.randint(2, 98)
        cand = e[:2] + "%02d" % alt + e[4:]
        if alt != chk and not iban_ok(cand):
            break
    if rng.random() < 0.6:
        cand = " ".join(cand[i:i + 4] for i in range(0, len(cand), 4))
    return cand


# ------------------------------------------------------------------ look-alikes
PRIVATE_V4 = ["10.{a}.{b}.{c}", "192.168.{a}.{c}", "172.{p}.{b}.{c}", "127.0.0.1", "169.254.{a}.{c}",
              "100.{cg}.{b}.{c}", "192.0.2.{c}", "198.51.100.{c}", "203.0.113.{c}", "224.0.0.251",
              "239.255.255.250", "0.0.0.0", "255.255.255.0", "192.168.{a}.0/24", "10.0.0.0/8", "172.16.0.0/12"]
PRIVATE_V6 = ["fe80::{h}:{h}:{h}:{h}", "fd{h2}:{h}:{h}::1", "::1", "2001:db8::{h}", "2001:db8:{h}:{h}::{h}",
              "ff02::1", "fe80::1%eth0", "::"]


def private_ip(rng, v6=None):
    if v6 is None:
        v6 = rng.random() < 0.25
    if v6:
        t = rng.choice(PRIVATE_V6)
        s = t.format(h="%x" % rng.randint(1, 0xffff), h2="%02x" % rng.randint(0, 255))
    else:
        t = rng.choice(PRIVATE_V4)
        s = t.format(a=rng.randint(0, 255), b=rng.randint(0, 255), c=rng.randint(1, 254),
                     p=rng.randint(16, 31), cg=rng.randint(64, 127))
    addr = s.split("/")[0].split("%")[0]
    a = ipaddress.ip_address(addr)
    assert (not a.is_global) or a.is_multicast, s
    return s


def private_host(rng, v6=False):
    """A single private / reserved host address (no prefix, no netmask)."""
    while True:
        s = private_ip(rng, v6=v6)
        if "/" not in s and "%" not in s and not s.startswith("255.") and s not in ("0.0.0.0", "::"):
            return s


def network_cidr(rng):
    """A public network block (host bits zero) -- a range, not one host."""
    while True:
        pl = rng.choice([16, 20, 22, 24])
        net = ipaddress.ip_network("%s/%d" % (public_v4(rng), pl), strict=False)
        if net.network_address.is_global:
            return str(net)


def luhn_fail16(rng):
    while True:
        d = rng.choice("3456") + digits(rng, 15)
        if not luhn_ok(d):
            break
    sep = rng.choice([" ", "-", ""])
    return sep.join(d[i:i + 4] for i in range(0, 16, 4)) if sep else d


def masked_card(rng):
    last = digits(rng, 4)
    return rng.choice(["**** **** **** " + last, "XXXX-XXXX-XXXX-" + last, "•••• " + last, "************" + last,
                       digits(rng, 4) + " 56** **** " + last])


def isbn13(rng):
    grp = rng.choice(["3", "2", "5", "80", "7", "91", "87", "960", "606", "966", "975", "604", "952", "0", "1"])
    pub = digits(rng, rng.randint(2, 4))
    rest = digits(rng, 12 - 3 - len(grp) - len(pub))
    d12 = "978" + grp + pub + rest
    return "978-%s-%s-%s-%s" % (grp, pub, rest, ean13_check(d12))


def ean13(rng):
    d12 = rng.choice(["400", "590", "859", "690", "460", "500", "869", "893", "482", "594", "520", "574"]) + digits(rng, 9)
    return d12 + ean13_check(d12)


def uuid(rng):
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def githash(rng, short=False):
    h = "%040x" % rng.getrandbits(160)
    return h[:7] if short else h


def date_str(rng, lang, y=None):
    y = y or rng.randint(2019, 2025)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    opts = {
        "en": ["{d} {mon} {y}", "{m2}/{d2}/{y}", "{y}-{m2}-{d2}", "{mon} {d}, {y}"],
        "zh": ["{y}年{m}月{d}日", "{y}-{m2}-{d2}", "{y}/{m2}/{d2}"],
        "vi": ["ngày {d} tháng {m} năm {y}", "{d2}/{m2}/{y}"],
        "sv": ["{y}-{m2}-{d2}", "{d} {m}/{y}"],
        "fi": ["{d}.{m}.{y}", "{d2}.{m2}.{y}"],
        "fr": ["{d2}/{m2}/{y}", "{y}-{m2}-{d2}"],
        "ar": ["{d2}/{m2}/{y}", "{y}-{m2}-{d2}"],
        "ur": ["{d2}-{m2}-{y}", "{d2}/{m2}/{y}"],
        "bn": ["{d2}-{m2}-{y}", "{d2}/{m2}/{y}"],
    }.get(lang, ["{d2}.{m2}.{y}", "{d}. {m}. {y}", "{y}-{m2}-{d2}"])
    mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][m - 1]
    return rng.choice(opts).format(y=y, m=m, d=d, m2="%02d" % m, d2="%02d" % d, mon=mon)


def time_str(rng):
    return "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def iso_ts(rng):
    return "%d-%02d-%02dT%s%s" % (rng.randint(2021, 2025), rng.randint(1, 12), rng.randint(1, 28), time_str(rng),
                                  rng.choice(["Z", "+01:00", "+02:00", ".%03dZ" % rng.randint(0, 999), "+03:00", "+08:00"]))


def rfc2822(rng):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return "%s, %d %s %d %s %s" % (rng.choice(days), rng.randint(1, 28), rng.choice(mons), rng.randint(2021, 2025),
                                   time_str(rng), rng.choice(["+0100", "+0200", "-0500", "+0000", "+0300", "+0800", "+0530"]))


def unix_ts(rng, ms=False):
    t = rng.randint(1609459200, 1735689600)
    return str(t * 1000 + rng.randint(0, 999)) if ms else str(t)


def price(rng, lang):
    i = rng.randint(3, 48000)
    tpl = rng.choice(T.CURRENCY[lang])
    if rng.random() < 0.5 and i >= 1000:
        if "{i}.{d}" in tpl:
            sep = "'" if tpl.startswith("CHF") else ","
        elif "{i},{d}" in tpl:
            sep = rng.choice([".", " "]) if lang in ("de", "da", "ro", "tr", "el") else " "
        else:
            sep = {"en": ",", "zh": ",", "bn": ",", "ur": ",", "vi": ".", "ar": ","}.get(lang, " ")
        istr = "{:,}".format(i).replace(",", sep)
    else:
        istr = str(i)
    return tpl.format(i=istr, d="%02d" % rng.randint(0, 99))


def version(rng, four=False):
    if four:
        # four-part versions whose parts are all <= 255 (IP-shaped)
        return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 20), rng.randint(0, 60), rng.randint(1, 250))
    return rng.choice(["v", "", ""]) + "%d.%d.%d" % (rng.randint(0, 9), rng.randint(0, 30), rng.randint(0, 40))


def gps(rng):
    return "%.6f, %.6f" % (rng.uniform(-60, 70), rng.uniform(-120, 150))


def oid(rng):
    return "1.3.6.1.4.1.%d.%d.%d.%d.%d" % (rng.choice([9, 2021, 2636, 8072, 311, 25506]), rng.randint(1, 20),
                                           rng.randint(1, 20), rng.randint(1, 9), rng.randint(0, 12))


def math_expr(rng):
    a, b = rng.randint(12, 999), rng.randint(12, 999)
    return rng.choice(["%d × %d = %d" % (a, b, a * b), "%d.%d * 2.5 = %.2f" % (a, b, (a + b / 1000) * 2.5),
                       "(%d + %d) / 7 ≈ %.3f" % (a, b, (a + b) / 7), "%d^2 - %d = %d" % (a, b, a * a - b)])


def order_no(rng):
    return rng.choice(["%s-%s-%s" % (digits(rng, 3), digits(rng, 7), digits(rng, 7)),
                       "INV-%d-%s" % (rng.randint(2021, 2025), digits(rng, 6)),
                       "#%s" % digits(rng, 8), "%s/%d" % (digits(rng, 5), rng.randint(2021, 2025)),
                       "FV%d%s" % (rng.randint(2021, 2025), digits(rng, 5)),
                       "SO-%s-%s" % (digits(rng, 4), digits(rng, 4))])


def tracking(rng):
    return rng.choice(["1Z%s%s" % ("".join(rng.choice("ABCDEFWXY0123456789") for _ in range(6)), digits(rng, 10)),
                       "00%s" % digits(rng, 18),
                       "RR%s%s" % (digits(rng, 9), rng.choice(["CZ", "DE", "CN", "SE", "FI", "GB", "RU", "TR"])),
                       "JJD%s" % digits(rng, 18), "LP%s" % digits(rng, 14)])


def url_with_numbers(rng, domain):
    return "https://%s/%s/%s" % (domain, rng.choice(["p", "item", "produkt", "listing", "order", "ad"]),
                                 rng.choice([digits(rng, 8), digits(rng, 10) + "?ref=" + digits(rng, 6),
                                             digits(rng, 11) + ".html"]))


def handle(rng, person):
    return "@" + rng.choice([person.fa + "_" + person.la, person.fa + person.la[:3] + str(rng.randint(1, 99)),
                             person.la + "." + person.fa[0]])


def git_remote(rng):
    org = rng.choice(["acme-corp", "nordlabs", "kestrel-ai", "openfleet", "tiny-tools"])
    repo = rng.choice(["billing-api", "infra", "site", "mobile-app", "etl-jobs"])
    return rng.choice(["git@github.com:%s/%s.git" % (org, repo), "git@gitlab.com:%s/%s.git" % (org, repo),
                       "git@bitbucket.org:%s/%s.git" % (org, repo)])


def ssh_target(rng):
    return "%s@%s" % (rng.choice(["deploy", "root", "ubuntu", "ops", "admin", "pi"]),
                      rng.choice(["web-03", "db01", "bastion", "build7", "nas", "edge-2"]))


def scoped_pkg(rng):
    return rng.choice(["@angular/core", "@types/node", "@babel/preset-env", "@vue/cli", "@nestjs/common",
                       "@aws-sdk/client-s3", "@sentry/browser", "@mui/material"])


def product_code(rng):
    return rng.choice(["SKU %s-%s-%s" % ("".join(rng.choice(string.ascii_uppercase) for _ in range(2)),
                                          digits(rng, 4), rng.choice(["XL", "M", "S", "BK", "01"])),
                       "Art.-Nr. %s" % digits(rng, 7), "MPN %s%s" % ("".join(rng.choice(string.ascii_uppercase)
                                                                          for _ in range(3)), digits(rng, 5)),
                       "REF %s.%s" % (digits(rng, 3), digits(rng, 3))])
