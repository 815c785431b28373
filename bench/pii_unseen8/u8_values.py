"""Part 1 of the unseen8 generator: value generators and validators.

Everything here is written from published rules (Luhn / ISO 7812, ISO 13616 mod-97,
national bank check digits, ITU-T E.164 national numbering plans, IANA special-purpose
registries as implemented by Python's ipaddress).  Standard library only.
"""
import ipaddress
import unicodedata

# ---------------------------------------------------------------- Luhn / cards

def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


# brand -> list of (prefix choices, length); prefixes are IIN ranges published by the schemes
CARD_BRANDS = {
    "visa": [(["4"], 16)],
    "mastercard": [(["51", "52", "53", "54", "55"], 16),
                   ([str(x) for x in range(2221, 2721)], 16)],
    "amex": [(["34", "37"], 15)],
    "discover": [(["6011"] + [str(x) for x in range(644, 650)] + ["65"], 16)],
    "jcb": [([str(x) for x in range(3528, 3590)], 16)],
    "unionpay": [(["62"], 16), (["62"], 19)],
    "diners": [(["36"], 14), (["300", "301", "302", "303", "304", "305"], 14)],
    "mir": [(["2200", "2201", "2202", "2203", "2204"], 16)],
    "troy": [(["9792"], 16)],
}


def card_brand_of(num):
    """Independent brand classification of a digit string (used by the checks)."""
    n = len(num)
    p2, p3, p4 = int(num[:2]), int(num[:3]), int(num[:4])
    if num[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= p2 <= 55 or 2221 <= p4 <= 2720):
        return "mastercard"
    if n == 15 and p2 in (34, 37):
        return "amex"
    if n == 16 and 2200 <= p4 <= 2204:
        return "mir"
    if n == 16 and p4 == 9792:
        return "troy"
    if n == 16 and 3528 <= p4 <= 3589:
        return "jcb"
    if n == 14 and (p2 == 36 or 300 <= p3 <= 305):
        return "diners"
    if n == 16 and (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65):
        return "discover"
    if 16 <= n <= 19 and p2 == 62:
        return "unionpay"
    return None


# well-known public test numbers (payment processors' documentation)
TEST_CARDS = [
    ("4111111111111111", "visa"), ("4242424242424242", "visa"),
    ("4012888888881881", "visa"), ("4000056655665556", "visa"),
    ("5555555555554444", "mastercard"), ("5105105105105100", "mastercard"),
    ("2223003122003222", "mastercard"), ("378282246310005", "amex"),
    ("6011111111111117", "discover"), ("3530111333300000", "jcb"),
]


def gen_card(rng, brand):
    prefixes, length = rng.choice(CARD_BRANDS[brand])
    prefix = rng.choice(prefixes)
    while True:
        body = prefix + "".join(rng.choice("0123456789") for _ in range(length - 1 - len(prefix)))
        num = luhn_complete(body)
        # avoid degenerate repeats that look like test numbers
        if len(set(num[len(prefix):])) >= 5:
            return num


def group_card(num, style):
    """style: spaces | dashes | compact.  Amex 4-6-5, Diners 4-6-4, others by 4."""
    n = len(num)
    if style == "compact":
        return num
    sep = " " if style == "spaces" else "-"
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    elif n == 14:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, n, 4)]
    return sep.join(parts)


def luhn_fail_16(rng, prefix="4"):
    while True:
        num = prefix + "".join(rng.choice("0123456789") for _ in range(16 - len(prefix)))
        if not luhn_ok(num):
            return num


# ---------------------------------------------------------------- IBAN

IBAN_LEN = {"DE": 22, "FR": 27, "RO": 24, "CZ": 24, "SE": 24, "GR": 27, "TR": 26, "UA": 29,
            "SA": 24, "AE": 23, "GB": 22, "NL": 18, "ES": 24, "BE": 16, "AT": 20, "CH": 21}


def _num(s):
    return "".join(str(int(c, 36)) for c in s)


def mod97_ok(iban):
    iban = iban.replace(" ", "")
    if len(iban) < 5 or not iban[:2].isalpha() or not iban[2:4].isdigit():
        return False
    return int(_num(iban[4:] + iban[:4])) % 97 == 1


def iban_from_bban(cc, bban):
    chk = 98 - int(_num(bban + cc + "00")) % 97
    iban = "%s%02d%s" % (cc, chk, bban)
    assert mod97_ok(iban) and len(iban) == IBAN_LEN[cc], iban
    return iban


def _digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


_RIB = {}
for _i, _grp in enumerate(["AJ", "BKS", "CLT", "DMU", "ENV", "FOW", "GPX", "HQY", "IRZ"]):
    for _c in _grp:
        _RIB[_c] = str(_i + 1)


def fr_rib_key(bank, branch, account):
    acc = "".join(_RIB.get(c, c) for c in account)
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


def cz_weights_ok(s, weights):
    return sum(int(c) * w for c, w in zip(s, weights)) % 11 == 0


CZ_PREFIX_W = [10, 5, 8, 4, 2, 1]
CZ_ACCOUNT_W = [6, 3, 7, 9, 10, 5, 8, 4, 2, 1]


def es_dc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(s):
        v = 11 - sum(int(c) * x for c, x in zip(s, w)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return "%d%d" % (one("00" + bank + branch), one(account))


def nl_elf_ok(acc):
    return sum(int(c) * (10 - i) for i, c in enumerate(acc)) % 11 == 0


# bank codes as published by the national schemes (bank code -> bank)
IBAN_BANKS = {
    "DE": ["37040044", "50010517", "12030000", "10010010", "70150000", "43060967", "10070000",
           "20050550", "76050101", "66050101", "60050101", "86055592"],
    "FR": ["30004", "30003", "30002", "20041", "10278", "30066", "10096", "17515"],
    "RO": ["BTRL", "RNCB", "BRDE", "INGB", "RZBR", "CECE"],
    "CZ": ["0800", "0100", "0300", "2010", "0600", "5500", "3030", "6210"],
    "SE": ["500", "600", "800", "300", "120", "950"],
    "GR": ["011", "014", "017", "026"],
    "TR": ["00010", "00012", "00015", "00046", "00062", "00064", "00067", "00111"],
    "UA": ["305299", "300465", "322001", "380805", "300528", "320649"],
    "SA": ["80", "10", "45", "20", "05", "55"],
    "AE": ["033", "026", "035", "030"],
    "GB": [("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")],
    "NL": ["ABNA", "RABO"],
    "ES": ["2100", "0049", "0182", "0081"],
    "BE": ["001", "363", "068"],
    "AT": ["20111", "12000", "14000", "32000"],
    "CH": ["00762", "09000", "00700"],
}

NATIONAL_CHECK = {"FR": "RIB key (clé RIB)", "CZ": "mod-11 weights on prefix and account",
                  "ES": "two DC digits (mod 11)", "BE": "mod-97 of bank+account",
                  "NL": "elfproef (mod 11) on 10-digit account"}


def gen_iban(rng, cc):
    bank = rng.choice(IBAN_BANKS[cc])
    if cc == "DE":
        bban = bank + _digits(rng, 10, "0123456789")
    elif cc == "FR":
        branch = _digits(rng, 5, "0")
        acc = _digits(rng, 11, "0")
        bban = bank + branch + acc + fr_rib_key(bank, branch, acc)
    elif cc == "RO":
        if bank == "BTRL":
            bban = bank + "RONCRT0" + _digits(rng, 9, "0123456")
        else:
            bban = bank + _digits(rng, 16, "0")
    elif cc == "CZ":
        pref = rng.choice(["000000", "000000", "000000", "000019", "000035", "000043"])
        assert cz_weights_ok(pref, CZ_PREFIX_W)
        while True:
            body = _digits(rng, 9, "0123456789") if rng.random() < 0.5 else "0" + _digits(rng, 8, "123456789")
            s = sum(int(c) * w for c, w in zip(body, CZ_ACCOUNT_W[:9]))
            last = (-s) % 11
            if last < 10:
                acc = body + str(last)
                break
        assert cz_weights_ok(acc, CZ_ACCOUNT_W)
        bban = bank + pref + acc
    elif cc == "SE":
        bban = bank + _digits(rng, 17, "0")
    elif cc == "GR":
        bban = bank + _digits(rng, 4, "0") + _digits(rng, 16, "0123456789")
    elif cc == "TR":
        bban = bank + "0" + _digits(rng, 16, "0")
    elif cc == "UA":
        bban = bank + "0000026" + _digits(rng, 12, "0123456789")
    elif cc == "SA":
        bban = bank + "000" + _digits(rng, 15, "0123456789")
    elif cc == "AE":
        bban = bank + _digits(rng, 16, "0123456789")
    elif cc == "GB":
        code, sort1 = bank
        bban = code + sort1 + _digits(rng, 4, "0123456789") + _digits(rng, 8, "123456789")
    elif cc == "NL":
        while True:
            body = _digits(rng, 9, "123456789")
            s = sum(int(c) * (10 - i) for i, c in enumerate(body))
            last = (-s) % 11
            if last < 10:
                acc = body + str(last)
                break
        assert nl_elf_ok(acc)
        bban = bank + acc
    elif cc == "ES":
        branch = _digits(rng, 4, "0123456789")
        acc = _digits(rng, 10, "0123456789")
        bban = bank + branch + es_dc(bank, branch, acc) + acc
    elif cc == "BE":
        acc = _digits(rng, 7, "0123456789")
        chk = int(bank + acc) % 97 or 97
        bban = bank + acc + "%02d" % chk
    elif cc == "AT":
        bban = bank + _digits(rng, 11, "0123456789")
    elif cc == "CH":
        bban = bank + _digits(rng, 12, "0123456789")
    else:
        raise KeyError(cc)
    return iban_from_bban(cc, bban)


def national_check_ok(iban):
    """Re-verify the national check digits that gen_iban computed (None = scheme has none here)."""
    cc, b = iban[:2], iban[4:]
    if cc == "FR":
        return fr_rib_key(b[:5], b[5:10], b[10:21]) == b[21:23]
    if cc == "CZ":
        return cz_weights_ok(b[4:10], CZ_PREFIX_W) and cz_weights_ok(b[10:20], CZ_ACCOUNT_W)
    if cc == "ES":
        return es_dc(b[:4], b[4:8], b[10:20]) == b[8:10]
    if cc == "BE":
        return (int(b[:10]) % 97 or 97) == int(b[10:12])
    if cc == "NL":
        return nl_elf_ok(b[4:14])
    return None


def bad_iban(rng, cc):
    """A syntactically plausible IBAN whose ISO 13616 check fails (one digit typo or wrong check digits)."""
    good = gen_iban(rng, cc)
    while True:
        if rng.random() < 0.5:
            chk = "%02d" % rng.randrange(2, 99)
            cand = good[:2] + chk + good[4:]
        else:
            pos = rng.randrange(len(good) - 6, len(good))
            cand = good[:pos] + str((int(good[pos]) + rng.randrange(1, 10)) % 10) + good[pos + 1:] \
                if good[pos].isdigit() else good
        if cand != good and not mod97_ok(cand):
            return cand


def group_iban(iban, style):
    if style == "compact":
        return iban
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


# ---------------------------------------------------------------- IP addresses
# Prefixes written from common knowledge of ISP / hoster allocations (ownership not
# re-verified offline); every planted address is checked with ipaddress below.
IPV4_NETS = {
    "DE": ["79.192.0.0/10", "87.128.0.0/10", "91.0.0.0/10", "217.224.0.0/11", "88.198.0.0/16",
           "78.46.0.0/15", "5.9.0.0/16", "136.243.0.0/16"],
    "FR": ["90.0.0.0/9", "86.192.0.0/11", "78.192.0.0/10", "82.64.0.0/10", "37.59.0.0/16",
           "51.75.0.0/16", "145.239.0.0/16"],
    "RU": ["95.24.0.0/13", "31.173.0.0/16", "77.88.0.0/18", "87.250.224.0/19", "178.176.0.0/14",
           "5.255.192.0/18"],
    "UA": ["46.211.0.0/16", "176.36.0.0/14", "93.72.0.0/13", "178.150.0.0/15"],
    "JP": ["126.0.0.0/8", "153.128.0.0/9", "220.96.0.0/14", "60.32.0.0/12", "106.128.0.0/11"],
    "CN": ["114.80.0.0/12", "183.0.0.0/10", "123.112.0.0/12", "221.192.0.0/14", "119.28.0.0/15",
           "47.88.0.0/14"],
    "KR": ["14.32.0.0/11", "175.192.0.0/10", "121.128.0.0/10", "211.234.0.0/16"],
    "SA": ["188.48.0.0/13", "2.88.0.0/14", "37.104.0.0/14"],
    "AE": ["94.200.0.0/14", "5.30.0.0/15", "86.96.0.0/13"],
    "EG": ["41.32.0.0/12", "156.192.0.0/11", "197.32.0.0/11"],
    "TR": ["78.160.0.0/11", "88.224.0.0/11", "85.96.0.0/12", "176.232.0.0/13"],
    "VN": ["113.160.0.0/11", "14.160.0.0/11", "171.224.0.0/11", "42.112.0.0/13", "118.68.0.0/14"],
    "ID": ["36.64.0.0/11", "180.240.0.0/13", "114.120.0.0/13", "182.253.0.0/16"],
    "RO": ["86.120.0.0/13", "79.112.0.0/13", "5.12.0.0/14", "109.96.0.0/13"],
    "CZ": ["90.176.0.0/12", "88.100.0.0/14", "77.75.72.0/21", "89.24.0.0/14"],
    "SE": ["78.64.0.0/12", "90.224.0.0/12", "46.59.0.0/17", "83.248.0.0/13"],
    "GR": ["79.128.0.0/12", "94.64.0.0/14", "46.103.0.0/16", "176.58.0.0/15"],
    "US": ["73.0.0.0/8", "98.192.0.0/10", "99.0.0.0/10", "71.160.0.0/11", "3.0.0.0/9",
           "159.65.0.0/16", "138.68.0.0/16", "167.99.0.0/16", "139.162.0.0/16"],
    "GB": ["86.128.0.0/10", "81.128.0.0/11", "82.0.0.0/14", "90.192.0.0/11", "5.64.0.0/13"],
}
IPV6_NETS = {
    "DE": ["2003::/19", "2a01:4f8::/32", "2a02:8108::/32"],
    "FR": ["2a01:e00::/26", "2001:41d0::/32", "2a01:cb00::/24"],
    "RU": ["2a02:6b8::/32", "2a00:1fa0::/32"],
    "UA": ["2a02:2378::/32"],
    "JP": ["2400:4050::/32", "240b:10::/32"],
    "CN": ["240e::/20", "2408:8000::/20"],
    "KR": ["2001:2d8::/32", "2001:e60::/32"],
    "US": ["2601::/20", "2600:1700::/24", "2604:a880::/32", "2600:3c00::/27"],
    "GB": ["2a00:23c0::/27", "2a02:c7f::/32"],
    "SE": ["2001:2000::/20"],
    "HOST": ["2a01:4f8::/32", "2001:41d0::/32", "2604:a880::/32", "2a03:b0c0::/32"],
}


def ip_public_ok(addr):
    ip = ipaddress.ip_address(addr)
    return (ip.is_global and not ip.is_private and not ip.is_reserved and not ip.is_multicast
            and not ip.is_loopback and not ip.is_link_local and not ip.is_unspecified
            and not (ip.version == 6 and (ip.ipv4_mapped or ip.sixtofour or ip.teredo)))


def gen_ipv4(rng, country):
    nets = IPV4_NETS.get(country) or IPV4_NETS["US"]
    net = ipaddress.ip_network(rng.choice(nets))
    while True:
        a = net.network_address + rng.randrange(1, net.num_addresses - 1)
        last = int(a) & 255
        if 1 <= last <= 254 and ip_public_ok(str(a)):
            return str(a)


def gen_ipv6(rng, country, style):
    nets = IPV6_NETS.get(country) or IPV6_NETS["HOST"]
    net = ipaddress.ip_network(rng.choice(nets))
    while True:
        if style == "server":      # /64 with a small interface id -> "::" compression
            base = int(net.network_address) + (rng.getrandbits(128 - net.prefixlen) & ~((1 << 64) - 1))
            a = ipaddress.IPv6Address(base + rng.choice([1, 2, 3, 0x10, 0x20, 0x100, 0xa, 0x53,
                                                          rng.randrange(2, 0xffff)]))
        else:                      # SLAAC / privacy address, 8 groups
            a = ipaddress.IPv6Address(int(net.network_address) + rng.getrandbits(128 - net.prefixlen))
        if a in net and ip_public_ok(str(a)):
            if style == "server" and "::" not in a.compressed:
                continue
            if style != "server" and "::" in a.compressed:
                continue
            return a


# ---------------------------------------------------------------- phone numbering plans
# Per plan: country code, trunk prefix per type, NSN prefixes (leading digits of the
# national significant number) with subscriber lengths, allowed NSN lengths per type.

def _r(a, b):
    return [str(x) for x in range(a, b + 1)]


PLANS = {
    "DE": {"cc": "49", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [("151", [8], "124567"), ("152", [8], "02359"), ("157", [8], "03578"),
                      ("159", [8], "0"), ("160", [7, 8], "23456789"), ("162", [7, 8], "23456789"),
                      ("163", [7, 8], "23456789")] + [(p, [7, 8], "23456789") for p in _r(170, 179)],
           "fixed": [("30", [8], None), ("40", [8], None), ("89", [8], None), ("69", [8], None),
                     ("221", [7], None), ("211", [7], None), ("711", [7], None), ("341", [7], None),
                     ("351", [7], None), ("511", [7], None), ("911", [7], None), ("231", [7], None),
                     ("421", [7], None), ("6221", [6], None), ("761", [7], None), ("228", [7], None)],
           "len": {"mobile": {10, 11}, "fixed": {10, 11}},
           "avoid": ["3023125", "6990009", "4066969", "2214710", "8999998"]},
    "FR": {"cc": "33", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [("6", [8], "0123456789")] + [("7" + x, [7], "0123456789") for x in "3456789"],
           "fixed": [("1", [8], None), ("2", [8], None), ("3", [8], None), ("4", [8], None),
                     ("5", [8], None), ("9", [8], None)],
           "len": {"mobile": {9}, "fixed": {9}},
           "avoid": ["19900", "26191", "35301", "46571", "53649", "63998"]},
    "RU": {"cc": "7", "trunk": {"mobile": "8", "fixed": "8"},
           "mobile": [(p, [7], "123456789") for p in
                      ["903", "905", "906", "909", "910", "911", "912", "913", "914", "915", "916",
                       "917", "918", "919", "920", "921", "922", "925", "926", "929", "950", "951",
                       "952", "953", "960", "961", "962", "963", "964", "965", "977", "985", "999"]],
           "fixed": [(p, [7], None) for p in ["495", "499", "812", "383", "343", "843", "846"]],
           "len": {"mobile": {10}, "fixed": {10}}, "avoid": []},
    "UA": {"cc": "380", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [(p, [7], "123456789") for p in
                      ["50", "66", "95", "99", "67", "68", "96", "97", "98", "63", "73", "93"]],
           "fixed": [(p, [7], None) for p in ["44", "32", "57", "48", "56"]],
           "len": {"mobile": {9}, "fixed": {9}}, "avoid": []},
    "JP": {"cc": "81", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [(p, [8], "123456789") for p in ["90", "80", "70"]],
           "fixed": [("3", [8], None), ("6", [8], None), ("52", [7], None), ("11", [7], None),
                     ("92", [7], None), ("75", [7], None), ("45", [7], None), ("78", [7], None)],
           "len": {"mobile": {10}, "fixed": {9}}, "avoid": []},
    "CN": {"cc": "86", "trunk": {"mobile": "", "fixed": "0"},
           "mobile": [(p, [8], "0123456789") for p in
                      _r(130, 139) + ["150", "151", "152", "153", "155", "156", "157", "158", "159",
                                      "166", "173", "175", "176", "177", "178"] + _r(180, 189)
                      + ["191", "198", "199"]],
           "fixed": [("10", [8], None), ("21", [8], None), ("20", [8], None), ("755", [8], None),
                     ("571", [8], None), ("28", [8], None), ("25", [8], None)],
           "len": {"mobile": {11}, "fixed": {10, 11}}, "avoid": []},
    "KR": {"cc": "82", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [("10", [8], "23456789")],
           "fixed": [("2", [7, 8], None), ("31", [7, 8], None), ("32", [7, 8], None),
                     ("51", [7, 8], None), ("53", [7, 8], None)],
           "len": {"mobile": {10}, "fixed": {8, 9, 10}}, "avoid": []},
    "SA": {"cc": "966", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [(p, [7], "123456789") for p in ["50", "53", "55", "54", "56", "58", "59"]],
           "fixed": [(p, [7], None) for p in ["11", "12", "13"]],
           "len": {"mobile": {9}, "fixed": {9}}, "avoid": []},
    "AE": {"cc": "971", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [(p, [7], "123456789") for p in ["50", "52", "54", "55", "56", "58"]],
           "fixed": [(p, [7], None) for p in ["4", "2", "6"]],
           "len": {"mobile": {9}, "fixed": {8}}, "avoid": []},
    "EG": {"cc": "20", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [(p, [8], "0123456789") for p in ["10", "11", "12", "15"]],
           "fixed": [("2", [8], None), ("3", [7], None)],
           "len": {"mobile": {10}, "fixed": {8, 9}}, "avoid": []},
    "TR": {"cc": "90", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [(p, [7], "123456789") for p in
                      _r(530, 539) + _r(541, 546) + ["501", "505", "506", "507", "551", "552",
                                                      "553", "554", "555"]],
           "fixed": [(p, [7], None) for p in ["212", "216", "312", "232", "224", "242"]],
           "len": {"mobile": {10}, "fixed": {10}}, "avoid": []},
    "VN": {"cc": "84", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [(p, [7], "0123456789") for p in
                      _r(32, 39) + ["70", "76", "77", "78", "79", "81", "82", "83", "84", "85",
                                    "86", "88", "90", "91", "93", "94", "96", "97", "98"]],
           "fixed": [("24", [8], None), ("28", [8], None), ("236", [7], None)],
           "len": {"mobile": {9}, "fixed": {10}}, "avoid": []},
    "ID": {"cc": "62", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [(p, [8, 8, 8, 7, 9], "123456789") for p in
                      ["811", "812", "813", "821", "822", "823", "852", "853", "814", "815", "816",
                       "855", "856", "857", "858", "817", "818", "819", "859", "877", "878", "895",
                       "896", "897", "898", "899", "881", "882", "838", "831", "832"]],
           "fixed": [("21", [8], None), ("22", [7], None), ("31", [7, 8], None), ("274", [6], None)],
           "len": {"mobile": {10, 11, 12}, "fixed": {9, 10}}, "avoid": []},
    "RO": {"cc": "40", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [(p, [6], "0123456789") for p in
                      ["722", "723", "724", "726", "727", "728", "729"] + _r(730, 735) + _r(740, 758)
                      + _r(760, 769) + ["770", "771", "772", "784", "785", "786", "787", "788"]],
           "fixed": [("21", [7], None), ("264", [6], None), ("232", [6], None), ("256", [6], None),
                     ("241", [6], None), ("268", [6], None)],
           "len": {"mobile": {9}, "fixed": {9}}, "avoid": []},
    "CZ": {"cc": "420", "trunk": {"mobile": "", "fixed": ""},
           "mobile": [(p, [6], "0123456789") for p in
                      _r(601, 608) + ["702"] + _r(720, 739) + ["770", "773", "774", "775", "776", "777"]],
           "fixed": [(p, [8], None) for p in ["2", "5", "3", "4"]],
           "len": {"mobile": {9}, "fixed": {9}}, "avoid": []},
    "SE": {"cc": "46", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [(p, [7], "0123456789") for p in ["70", "72", "73", "76", "79"]],
           "fixed": [("8", [7, 8], None), ("31", [6, 7], None), ("40", [6, 7], None),
                     ("18", [6], None), ("90", [6], None)],
           "len": {"mobile": {9}, "fixed": {7, 8, 9}},
           "avoid": ["70174", "313900", "84650", "406280"]},
    "GR": {"cc": "30", "trunk": {"mobile": "", "fixed": ""},
           "mobile": [(p, [7], "0123456789") for p in ["690", "693", "694", "695", "697", "698", "699"]],
           "fixed": [("210", [7], None), ("2310", [6], None), ("2610", [6], None), ("2810", [6], None)],
           "len": {"mobile": {10}, "fixed": {10}}, "avoid": []},
    "US": {"cc": "1", "trunk": {"mobile": "", "fixed": ""},
           "mobile": [(p, [7], "23456789") for p in
                      ["212", "646", "718", "917", "310", "213", "323", "415", "628", "617", "312",
                       "773", "206", "512", "303", "404", "305", "702", "503", "602", "214", "713",
                       "215", "202"]],
           "fixed": [],
           "len": {"mobile": {10}, "fixed": {10}}, "avoid": []},
    "GB": {"cc": "44", "trunk": {"mobile": "0", "fixed": "0"},
           "mobile": [("7" + x, [8], "0123456789") for x in "456789"],
           "fixed": [("20", [8], "378"), ("161", [7], None), ("121", [7], None), ("131", [7], None),
                     ("141", [7], None), ("113", [7], None), ("117", [7], None), ("1223", [6], None),
                     ("1865", [6], None)],
           "len": {"mobile": {10}, "fixed": {10}},
           "avoid": ["2079460", "1614960", "1214960", "1314960", "1134960", "1174960", "1414960",
                     "7700900"]},
}
for _p in PLANS.values():
    _p["fixed"] = [(a, l, f if f else "23456789") for a, l, f in _p["fixed"]]


def gen_nsn(rng, plan_id, ptype):
    plan = PLANS[plan_id]
    if plan_id == "US":
        ptype = "mobile"  # NANP: no geographic distinction between mobile and fixed
    while True:
        area, lens, first = rng.choice(plan[ptype])
        n = rng.choice(lens)
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))
        if plan_id == "US":
            exch = sub[:3]
            if exch[0] in "01" or exch[1:] == "11" or exch == "555" or exch in ("950", "958", "959", "976"):
                continue
        nsn = area + sub
        if any(nsn.startswith(a) for a in plan["avoid"]):
            continue
        if len(set(sub)) < 4:
            continue
        return area, sub


def phone_nsn_ok(plan_id, ptype, nsn):
    plan = PLANS[plan_id]
    if plan_id == "US":
        ptype = "mobile"
    if len(nsn) not in plan["len"][ptype]:
        return False
    return any(nsn.startswith(a) and len(nsn) - len(a) in lens for a, lens, _ in plan[ptype])


def unicode_digits(s):
    out = []
    for ch in s:
        v = unicodedata.decimal(ch, None)
        if v is not None:
            out.append(str(v))
    return "".join(out)


def parse_phone(value, plan_id, ptype, form):
    """Independent re-parse of a rendered phone number back to its NSN, by declared form."""
    plan = PLANS[plan_id]
    cc = plan["cc"]
    v = "".join(unicode_digits(ch) or ch for ch in value)
    v = v.replace("（", "(").replace("）", ")").replace("＋", "+").replace("(0)", "")
    digits = unicode_digits(v)
    if form in ("intl-plus", "e164"):
        assert v.lstrip().startswith(("+", "＋", "(+")), value
        assert digits.startswith(cc), value
        return digits[len(cc):]
    if form == "intl-00":
        assert digits.startswith("00" + cc), value
        return digits[2 + len(cc):]
    if form == "intl-noplus":
        assert digits.startswith(cc), value
        return digits[len(cc):]
    if form == "national":
        trunk = plan["trunk"]["mobile" if plan_id == "US" else ptype]
        assert digits.startswith(trunk), value
        return digits[len(trunk):]
    raise AssertionError(form)
