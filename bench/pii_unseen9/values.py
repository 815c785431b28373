"""Value generators for the unseen9 PII test set (stdlib only; all randomness via the passed Random)."""
import ipaddress, re

# ---------------------------------------------------------------- checksums
def luhn_ok(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    return sum(x if i % 2 == 0 else (x * 2 - 9 if x * 2 > 9 else x * 2) for i, x in enumerate(d)) % 10 == 0

def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c

def _num(s):
    return "".join(str(int(c, 36)) for c in s)

def mod97_ok(iban):
    s = iban.replace(" ", "")
    return int(_num(s[4:] + s[:4])) % 97 == 1

def iban_from(cc, bban):
    return "%s%02d%s" % (cc, 98 - int(_num(bban + cc + "00")) % 97, bban)

IBAN_LEN = {"ES": 24, "PT": 25, "IT": 27, "PL": 28, "NL": 18, "BR": 29, "IL": 23, "DE": 22, "FR": 27, "GB": 22,
            "AT": 20, "BE": 16, "CH": 21, "DK": 18, "FI": 18, "IE": 22, "LU": 20, "NO": 15, "SE": 24, "CZ": 24,
            "GR": 27, "HU": 28, "RO": 24, "SA": 24, "AE": 23, "TR": 26, "SK": 24, "SI": 19, "HR": 21}

def digits(r, n):
    return "".join(r.choice("0123456789") for _ in range(n))

# ---------------------------------------------------------------- IBAN (national check digits where the scheme has one)
def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    x = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(x, x)

_IT_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

def it_cin(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c) if c.isdigit() else ord(c) - 65
        t += _IT_ODD[v] if i % 2 == 0 else v
    return chr(65 + t % 26)

def make_bban(r, cc):
    if cc == "ES":
        bank, br, acc = r.choice(["2100", "0049", "0182", "0081", "0128"]), digits(r, 4), digits(r, 10)
        return bank + br + "%d%d" % (_es_dc("00" + bank + br), _es_dc(acc)) + acc, "national DC (mod 11)"
    if cc == "PT":
        b = r.choice(["0035", "0033", "0010", "0007", "0018"]) + digits(r, 4) + digits(r, 11)
        return b + "%02d" % (98 - int(b) * 100 % 97), "NIB key (mod 97)"
    if cc == "IT":
        b = r.choice(["03069", "02008", "05034", "01030"]) + digits(r, 5) + "0000" + digits(r, 8)
        return it_cin(b) + b, "CIN letter"
    if cc == "PL":
        b7 = r.choice(["102", "105", "109", "114", "124"]) + digits(r, 4)
        c = (10 - sum(int(a) * w for a, w in zip(b7, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
        return b7 + str(c) + digits(r, 16), "sort-code check digit"
    if cc == "NL":
        while True:
            a = r.choice("123456789") + digits(r, 9)
            if sum(int(x) * (10 - i) for i, x in enumerate(a)) % 11 == 0:
                return r.choice(["ABNA", "RABO", "SNSB", "TRIO", "ASNB"]) + a, "11-proof account"
    if cc == "BR":
        return (r.choice(["00000000", "00360305", "60701190", "60746948", "90400888"]) + digits(r, 5) + digits(r, 10)
                + r.choice("CP") + "1"), "none (BR has no BBAN check)"
    if cc == "IL":
        return r.choice(["010", "012", "020", "011"]) + digits(r, 3) + "0000" + digits(r, 9), "none implemented"
    if cc == "DE":
        return r.choice(["10070000", "50010517", "20041133", "12030000", "70150000"]) + digits(r, 10), "none (bank-specific)"
    if cc == "FR":
        b, g, a = r.choice(["30004", "30003", "30002", "20041"]), digits(r, 5), digits(r, 11)
        return b + g + a + "%02d" % (97 - (89 * int(b) + 15 * int(g) + 3 * int(a)) % 97), "RIB key"
    if cc == "GB":
        bank, sc = r.choice([("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")])
        return bank + sc + digits(r, 4) + digits(r, 8), "none (UK modulus not implemented)"
    raise ValueError(cc)

def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))

def make_iban(r, cc, grouped):
    bban, nat = make_bban(r, cc)
    v = iban_from(cc, bban)
    assert len(v) == IBAN_LEN[cc] and mod97_ok(v), v
    return (group4(v) if grouped else v), "%s %s, %s" % (cc, "grouped by 4" if grouped else "compact", nat)

def bad_iban(r, cc):
    v = iban_from(cc, make_bban(r, cc)[0])
    cd = (int(v[2:4]) + r.randint(1, 90)) % 97
    cd = cd if cd >= 2 else cd + 2
    b = v[:2] + "%02d" % cd + v[4:]
    if mod97_ok(b):
        return bad_iban(r, cc)
    return group4(b) if r.random() < .6 else b

# ---------------------------------------------------------------- cards
BRANDS = {  # brand: (prefixes, length, grouping)
    "Visa": (["4539", "4716", "4929", "4485", "4024", "4532"], 16, (4, 4, 4, 4)),
    "Mastercard": (["51", "52", "53", "54", "55", "2221", "2300", "2411", "2597", "2720"], 16, (4, 4, 4, 4)),
    "Amex": (["34", "37"], 15, (4, 6, 5)),
    "Discover": (["6011", "644", "649", "65"], 16, (4, 4, 4, 4)),
    "JCB": (["3528", "3540", "3566", "3589"], 16, (4, 4, 4, 4)),
    "UnionPay": (["6214", "6217", "6228", "6259"], 16, (4, 4, 4, 4)),
    "Diners": (["36", "300", "305", "38"], 14, (4, 6, 4)),
    "Elo": (["636368", "438935", "504175", "451416"], 16, (4, 4, 4, 4)),
    "Hipercard": (["606282"], 16, (4, 4, 4, 4)),
    "RuPay": (["6521", "6522", "6070", "5085"], 16, (4, 4, 4, 4)),
}
TEST_CARDS = [("Visa", "4111111111111111"), ("Visa", "4242424242424242"), ("Mastercard", "5555555555554444"),
              ("Amex", "378282246310005"), ("Discover", "6011111111111117"), ("JCB", "3530111333300000")]

def fmt_groups(s, groups, sep):
    out, i = [], 0
    for g in groups:
        out.append(s[i:i + g]); i += g
    return sep.join(out)

def make_card(r, brand, sep, test=False):
    pre, n, groups = BRANDS[brand]
    if test:
        num = r.choice([c for b, c in TEST_CARDS if b == brand] or [TEST_CARDS[0][1]])
    else:
        p = r.choice(pre)
        body = p + digits(r, n - 1 - len(p))
        num = body + luhn_digit(body)
    assert luhn_ok(num) and len(num) == n
    v = fmt_groups(num, groups, sep) if sep is not None else num
    return v, "%s %d digits %s%s" % (brand, n, {" ": "spaced", "-": "dashed", None: "unseparated"}[sep],
                                     ", public test number" if test else "")

def luhn_fail16(r):
    while True:
        s = r.choice("3456") + digits(r, 15)
        if not luhn_ok(s):
            return s

def nonluhn_digits(r, n, first="123456789"):
    while True:
        s = r.choice(first) + digits(r, n - 1)
        if not luhn_ok(s):
            return s

# ---------------------------------------------------------------- IPs
V4 = [("8.8.8.0/24", "Google"), ("142.250.0.0/15", "Google"), ("104.16.0.0/13", "Cloudflare"),
      ("151.101.0.0/16", "Fastly"), ("140.82.112.0/20", "GitHub"), ("157.240.0.0/16", "Meta"),
      ("17.0.0.0/8", "Apple"), ("13.32.0.0/15", "Amazon CloudFront"), ("52.0.0.0/11", "Amazon AWS"),
      ("34.64.0.0/10", "Google Cloud"), ("73.0.0.0/8", "Comcast"), ("91.0.0.0/10", "Deutsche Telekom"),
      ("87.128.0.0/10", "Deutsche Telekom"), ("90.0.0.0/9", "Orange France"), ("82.64.0.0/10", "Free SAS")]
V6 = [("2001:4860::/32", "Google"), ("2607:f8b0::/32", "Google"), ("2606:4700::/32", "Cloudflare"),
      ("2a03:2880::/32", "Meta"), ("2003::/19", "Deutsche Telekom"), ("2601::/20", "Comcast"),
      ("2001:470::/32", "Hurricane Electric"), ("2a04:4e42::/32", "Fastly"), ("2600:1f00::/24", "Amazon AWS")]

def ip_ok(a):
    return a.is_global and not (a.is_private or a.is_reserved or a.is_multicast or a.is_loopback
                                or a.is_link_local or a.is_unspecified)

def make_ip(r, v6):
    if not v6:
        net, op = r.choice(V4)
        n = ipaddress.ip_network(net)
        while True:
            a = n[r.randrange(1, n.num_addresses - 1)]
            if 0 < int(a) % 256 < 255 and ip_ok(a):
                return str(a), "IPv4 (%s %s)" % (op, net)
    net, op = r.choice(V6)
    n = ipaddress.ip_network(net)
    host = r.choice([r.randrange(1, 0xffff), r.getrandbits(16) << 64 | r.randrange(1, 0xffff),
                     r.getrandbits(64), r.getrandbits(32) << 64 | r.getrandbits(48)])
    sub = r.getrandbits(96 - (n.prefixlen - 32)) if n.prefixlen < 96 else 0
    a = ipaddress.IPv6Address(int(n.network_address) | (sub << 64 & ((1 << (128 - n.prefixlen)) - 1)) | host)
    assert a in n and ip_ok(a)
    full = r.random() < .15
    s = a.exploded if full else a.compressed
    return s, "IPv6 %s (%s %s)" % ("full" if full else "compressed", op, net)

# ---------------------------------------------------------------- phones: cc, trunk, {type: (prefixes, NSN length, national templates, intl templates)}
PLANS = {
 "ES": ("34", "", {"mobile": (["609", "610", "616", "619", "620", "626", "629", "636", "639", "646", "649", "650", "654", "659", "660", "666", "669", "676", "679", "686", "696", "699"], 9,
         ["XXX XXX XXX", "XXX XX XX XX", "XXXXXXXXX"], ["+34 XXX XXX XXX", "+34 XXX XX XX XX", "0034 XXXXXXXXX", "+34XXXXXXXXX"]),
        "Madrid landline": (["912", "913", "914", "915", "916", "917"], 9, ["XX XXX XX XX", "XXX XX XX XX"], ["+34 XX XXX XX XX"])}),
 "BR": ("55", "0", {"mobile": (["119", "219", "319", "419", "519", "619", "719", "819"], 11,
         ["(XX) XXXXX-XXXX", "XX XXXXX-XXXX", "(XX)XXXXX-XXXX"], ["+55 XX XXXXX-XXXX", "+55 (XX) XXXXX-XXXX", "+55XXXXXXXXXXX"]),
        "São Paulo landline": (["113", "112", "114", "115"], 10, ["(XX) XXXX-XXXX"], ["+55 XX XXXX-XXXX"])}),
 "PT": ("351", "", {"mobile": (["91", "92", "93", "96"], 9, ["XXX XXX XXX", "XXXXXXXXX"], ["+351 XXX XXX XXX", "00351 XXXXXXXXX"]),
        "Lisbon landline": (["21"], 9, ["XXX XXX XXX"], ["+351 XXX XXX XXX"])}),
 "IT": ("39", "", {"mobile": (["320", "328", "329", "333", "335", "338", "339", "340", "345", "347", "348", "349"], 10,
         ["XXX XXX XXXX", "XXX XXXXXXX", "XXX-XXXXXXX"], ["+39 XXX XXX XXXX", "0039 XXX XXXXXXX"]),
        "Rome landline": (["06"], 10, ["XX XXXX XXXX", "XX-XXXXXXXX"], ["+39 XX XXXX XXXX"])}),
 "PL": ("48", "", {"mobile": (["501", "502", "505", "506", "508", "512", "517", "519", "531", "533", "535", "601", "602", "603", "604", "660", "662", "664", "667", "691", "693", "695", "697", "721", "724", "784", "790", "792", "797", "880", "883", "886", "888"], 9,
         ["XXX XXX XXX", "XXX-XXX-XXX"], ["+48 XXX XXX XXX", "+48XXXXXXXXX", "0048 XXX XXX XXX"]),
        "Warsaw landline": (["222", "223", "224", "225", "226", "228"], 9, ["XX XXX XX XX", "(XX) XXX XX XX"], ["+48 XX XXX XX XX"])}),
 "NL": ("31", "0", {"mobile": (["61", "62", "63", "64", "65"], 9, ["0X-XXXXXXXX", "0X XXXX XXXX", "0XXXXXXXXX"], ["+31 X XXXX XXXX", "+31 (0)X XXXX XXXX", "0031 X XXXXXXXX"]),
        "Amsterdam landline": (["203", "204", "205", "206", "207"], 9, ["0XX-XXX XXXX", "0XX XXX XXXX"], ["+31 XX XXX XXXX"])}),
 "IN": ("91", "0", {"mobile": (["98", "99", "97", "96", "94", "93", "91", "90", "88", "87", "81", "80", "79", "78", "77", "76", "75", "73", "70", "62", "63"], 10,
         ["XXXXX XXXXX", "0XXXXXXXXXX", "XXXXXXXXXX", "XXXXX-XXXXX"], ["+91 XXXXX XXXXX", "+91-XXXXXXXXXX", "+91XXXXXXXXXX", "0091 XXXXX XXXXX"]),
        "Delhi landline": (["112", "114"], 10, ["0XX-XXXX XXXX", "0XX XXXXXXXX"], ["+91 XX XXXX XXXX"])}),
 "TH": ("66", "0", {"mobile": (["81", "82", "83", "84", "85", "86", "87", "88", "89", "90", "91", "92", "93", "94", "95", "96", "97", "98", "99", "61", "62", "63", "64", "65"], 9,
         ["0XX-XXX-XXXX", "0XX XXX XXXX", "0XXXXXXXXX"], ["+66 XX XXX XXXX", "+66 XX-XXX-XXXX"]),
        "Bangkok landline": (["22", "23", "24", "25", "26", "27"], 8, ["0X-XXX-XXXX", "0X XXX XXXX"], ["+66 X XXX XXXX"])}),
 "ID": ("62", "0", {"mobile": (["811", "812", "813", "821", "822", "823", "852", "853", "814", "815", "816", "855", "856", "857", "858", "817", "818", "819", "859", "877", "878"], 11,
         ["0XXX-XXXX-XXXX", "0XXXXXXXXXXX", "0XXX XXXX XXXX"], ["+62 XXX-XXXX-XXXX", "+62 XXX XXXX XXXX", "+62XXXXXXXXXXX"]),
        "Jakarta landline": (["215", "217", "218", "213", "214"], 10, ["(0XX) XXXX XXXX", "0XX-XXXXXXXX"], ["+62 XX XXXX XXXX"])}),
 "MY": ("60", "0", {"mobile": (["12", "13", "16", "17", "19", "14"], 9, ["0XX-XXX XXXX", "0XX-XXXXXXX", "0XXXXXXXXX"], ["+60 XX-XXX XXXX", "+60XXXXXXXXX"]),
        "Kuala Lumpur landline": (["32", "34", "36", "37", "38", "39"], 9, ["0X-XXXX XXXX", "0X-XXXXXXXX"], ["+60 X-XXXX XXXX"])}),
 "JP": ("81", "0", {"mobile": (["90", "80", "70"], 10, ["0XX-XXXX-XXXX", "0XXXXXXXXXX"], ["+81 XX-XXXX-XXXX", "+81 XX XXXX XXXX"]),
        "Tokyo landline": (["33", "35", "36", "34"], 9, ["0X-XXXX-XXXX", "0X(XXXX)XXXX"], ["+81 X XXXX XXXX"])}),
 "KR": ("82", "0", {"mobile": (["102", "103", "104", "105", "106", "107", "108", "109"], 10, ["0XX-XXXX-XXXX", "0XXXXXXXXXX", "0XX XXXX XXXX"], ["+82 XX-XXXX-XXXX", "+82 XX XXXX XXXX"]),
        "Seoul landline": (["23", "25", "26", "27"], 9, ["0X-XXXX-XXXX"], ["+82 X XXXX XXXX"])}),
 "IL": ("972", "0", {"mobile": (["50", "52", "53", "54", "58"], 9, ["0XX-XXX-XXXX", "0XX-XXXXXXX", "0XXXXXXXXX"], ["+972 XX-XXX-XXXX", "+972 XX XXX XXXX", "+972XXXXXXXXX"]),
        "Jerusalem landline": (["25", "26", "29"], 8, ["0X-XXX-XXXX", "0X-XXXXXXX"], ["+972 X XXX XXXX"])}),
 "IR": ("98", "0", {"mobile": (["912", "913", "919", "935", "936", "937", "938", "939"], 10, ["0XXX XXX XXXX", "0XXXXXXXXXX", "0XXX-XXX-XXXX"], ["+98 XXX XXX XXXX", "+98XXXXXXXXXX", "0098 XXX XXX XXXX"]),
        "Tehran landline": (["212", "214", "216", "218", "228"], 10, ["0XX XXXX XXXX", "0XX-XXXXXXXX"], ["+98 XX XXXX XXXX"])}),
 "KE": ("254", "0", {"mobile": (["70", "71", "72", "79"], 9, ["0XXX XXX XXX", "0XXXXXXXXX", "0XXX-XXXXXX"], ["+254 XXX XXX XXX", "+254XXXXXXXXX", "+254 XXX XXXXXX"]),
        "Nairobi landline": (["202", "203", "204"], 9, ["0XX XXXXXXX"], ["+254 XX XXXXXXX"])}),
 "TZ": ("255", "0", {"mobile": (["754", "755", "756", "757", "744", "745", "713", "715", "716", "784", "785", "786", "688", "689"], 9, ["0XXX XXX XXX", "0XXXXXXXXX"], ["+255 XXX XXX XXX", "+255XXXXXXXXX"]),
        "Dar es Salaam landline": (["222", "227"], 9, ["0XX XXX XXXX"], ["+255 XX XXX XXXX"])}),
 "US": ("1", "", {"New York/LA/Chicago": (["212", "646", "718", "213", "310", "312", "415", "617", "202"], 10,
         ["(XXX) XXX-XXXX", "XXX-XXX-XXXX", "XXX.XXX.XXXX"], ["+1 XXX-XXX-XXXX", "+1 (XXX) XXX-XXXX", "+1XXXXXXXXXX"])}),
 "GB": ("44", "0", {"mobile": (["74", "75", "77", "78", "79"], 10, ["0XXXX XXXXXX", "0XXXXXXXXXX"], ["+44 XXXX XXXXXX", "+44 (0)XXXX XXXXXX", "+44XXXXXXXXXX"]),
        "London landline": (["203", "207", "208"], 10, ["0XX XXXX XXXX"], ["+44 XX XXXX XXXX", "+44 (0)XX XXXX XXXX"])}),
}

def _nsn(r, plan, typ):
    pre, n = PLANS[plan][2][typ][:2]
    while True:
        p = r.choice(pre)
        s = p + digits(r, n - len(p))
        if plan == "US" and (s[3] in "01" or s[4:6] == "11" or s[3:6] in ("555", "950", "958", "959", "976")):
            continue
        if plan == "GB" and (s.startswith("7700900") or s.startswith("207946")):
            continue
        if plan == "KR" and s[2] in "01":
            continue
        return s

def fill(t, d):
    it = iter(d)
    return "".join(next(it) if c == "X" else c for c in t)

def make_phone(r, plan, national, typ=None):
    cc, trunk, types = PLANS[plan]
    typ = typ or r.choice(sorted(types) if r.random() < .35 else ["mobile"] if "mobile" in types else sorted(types))
    nsn = _nsn(r, plan, typ)
    _, n, nat, intl = types[typ]
    t = r.choice(nat if national else intl)
    v = fill(t, nsn)
    assert t.count("X") == n
    return v, "%s %s %s %s" % (plan, typ, "national" if national else "international", t)

def phone_nsn_ok(v, plan, typ):
    cc, trunk, types = PLANS[plan]
    pre, n = types[typ][:2]
    d = re.sub(r"\D", "", v)
    if v.lstrip().startswith("+") or d.startswith("00" + cc):
        d = d[len(cc):] if not d.startswith("00") else d[2 + len(cc):]
        if trunk and len(d) == n + 1 and d.startswith(trunk):
            d = d[1:]
    elif trunk and len(d) == n + 1 and d.startswith(trunk):
        d = d[1:]
    return len(d) == n and any(d.startswith(p) for p in pre)

# ---------------------------------------------------------------- national ids (look-alikes only)
def dni(r):
    n = r.randrange(10000000, 99999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])

def nie(r):
    p = r.choice("XYZ"); n = r.randrange(1000000, 9999999)
    return "%s%07d%s" % (p, n, "TRWAGMYFPDXBNJZSQVHLCKE"[int("XYZ".index(p).__str__() + "%07d" % n) % 23])

def cpf(r):
    d = [r.randrange(10) for _ in range(9)]
    for k in (10, 11):
        s = sum(a * b for a, b in zip(d, range(k, 1, -1))) * 10 % 11
        d.append(s % 10)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])

def pan(r):
    L = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    return "".join(r.choice(L) for _ in range(3)) + "P" + r.choice(L) + digits(r, 4) + r.choice(L)

_VD = [[0,1,2,3,4,5,6,7,8,9],[1,2,3,4,0,6,7,8,9,5],[2,3,4,0,1,7,8,9,5,6],[3,4,0,1,2,8,9,5,6,7],[4,0,1,2,3,9,5,6,7,8],
       [5,9,8,7,6,0,4,3,2,1],[6,5,9,8,7,1,0,4,3,2],[7,6,5,9,8,2,1,0,4,3],[8,7,6,5,9,3,2,1,0,4],[9,8,7,6,5,4,3,2,1,0]]
_VP = [[0,1,2,3,4,5,6,7,8,9],[1,5,7,6,2,8,3,0,9,4],[5,8,0,3,7,9,6,1,4,2],[8,9,1,6,0,4,3,5,2,7],[9,4,5,3,1,2,6,8,7,0],
       [4,2,8,6,5,7,3,9,0,1],[2,7,9,3,8,0,6,4,1,5],[7,0,4,6,9,1,3,2,5,8]]
_VI = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]

def aadhaar(r):
    b = r.choice("23456789") + digits(r, 10)
    c = 0
    for i, x in enumerate(reversed(b)):
        c = _VD[c][_VP[(i + 1) % 8][int(x)]]
    s = b + str(_VI[c])
    return "%s %s %s" % (s[:4], s[4:8], s[8:])
