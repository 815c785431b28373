#!/usr/bin/env python3
"""Build an unseen labelled PII test set (stdlib only, deterministic, seed 31337).

Run from the repository root:
    .venv/bin/python bench/pii_unseen/make_unseen.py
Writes bench/pii_unseen/unseen.jsonl and bench/pii_unseen/README.md.
Written without consulting the detector code or any other labelled set.
"""
import gzip, json, os, random, re, string

SEED = 31337
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
HH = os.path.join(ROOT, "data/sample/preference/hh_rlhf_harmless.jsonl.gz")
WIKI = os.path.join(ROOT, "data/reference/wiki_en.jsonl")
ZH = os.path.join(ROOT, "data/sample/sft/alpaca_zh.json")
N_HH, N_TOTAL = 200, 500
BAD = re.compile(r"@|\d{9,}")

def ri(a, b): return R.randint(a, b)
def ch(x): return R.choice(x)
def digits(n): return "".join(str(ri(0, 9)) for _ in range(n))
def hexs(n): return "".join(ch("0123456789abcdef") for _ in range(n))

# ---------------------------------------------------------------- emails
FIRST = ["anna", "ben", "carla", "dmitri", "elif", "farid", "greta", "hiro", "ines", "jonas", "kofi", "lena",
         "marco", "nadia", "oskar", "priya", "quentin", "rosa", "sven", "tomoko", "ugo", "vera", "wei", "yusuf", "zoe"]
LAST = ["albers", "bianchi", "castro", "dubois", "eriksen", "fischer", "gupta", "haddad", "ivanova", "jansen",
        "kowalski", "lindqvist", "moreau", "nakamura", "okafor", "petrov", "quispe", "rossi", "schmidt", "tanaka",
        "urban", "varga", "wagner", "xu", "yilmaz", "zhang"]
DOMAINS = ["gmail.com", "outlook.com", "proton.me", "yahoo.co.jp", "web.de", "orange.fr", "gmx.at", "icloud.com",
           "northwind-logistics.com", "mail.cs.uni-rostock.de", "lists.hafenbau.de", "studio-lumen.design",
           "kaffeehaus.berlin", "ferro.app", "nordlicht.photography", "acme-robotics.dev", "kanzlei-weber.legal",
           "eng.brightwave.io", "support.tallybook.shop", "alumni.ox.ac.uk", "student.uva.nl", "qq.com", "163.com",
           "sina.cn", "bergmann.agency", "rivera.family", "mx.plataforma.com.br", "hr.oakridge-health.org"]
ZH_DOMAINS = ["qq.com", "163.com", "126.com", "sina.cn", "foxmail.com", "aliyun.com"]

def local_part():
    f, l = ch(FIRST), ch(LAST)
    return ch([f + "." + l, f[0] + l, f + "_" + l + str(ri(1, 99)), l + "." + f, f + str(ri(70, 99)),
               f + "+" + ch(["news", "shop", "github", "invoices", "travel"]), f + "-" + l])

def gen_email(lang):
    lp = local_part() if lang == "en" or R.random() < .5 else ch(["wang", "li", "chen", "liu", "zhao"]) + ch(["lei", "fang", "min", "jing", "hao"]) + str(ri(1, 9999))
    dom = ch(ZH_DOMAINS) if lang == "zh" and R.random() < .6 else ch(DOMAINS)
    style = R.random()
    if style < .55:
        return dict(value=lp + "@" + dom, plain=True)
    if style < .65:
        return dict(value=(lp + "@" + dom).upper() if R.random() < .5 else lp.capitalize() + "@" + dom.upper(), plain=True)
    name, _, tld = dom.rpartition(".")
    o = ch(["brk", "paren", "prose", "spaced", "curly"])
    if o == "brk":
        v = lp + " [at] " + name.replace(".", " [dot] ") + " [dot] " + tld
    elif o == "paren":
        v = lp + "(at)" + dom
    elif o == "curly":
        v = lp + " {at} " + name + " {dot} " + tld
    elif o == "prose":
        v = lp.replace(".", " dot ") + " at " + name.replace(".", " dot ") + " dot " + tld
    else:
        v = lp + " @ " + name.replace(".", " . ") + " . " + tld
    return dict(value=v, plain=False)

# ---------------------------------------------------------------- phones
# Each plan: list of digit groups of the national significant number (NSN).
def _us():
    npa = ch(["212", "213", "312", "415", "617", "202", "206", "303", "404", "512", "602", "702", "713", "305", "718", "646", "919", "971", "503", "612"])
    while True:
        nxx = str(ri(2, 9)) + digits(2)
        if nxx[1:] != "11" and nxx != "555": break
    return [npa, nxx, digits(4)]
def _gb():
    if R.random() < .6: return ["7" + str(ri(4, 9)) + digits(2), digits(6)]
    return ["20", ch("378") + digits(3), digits(4)]
def _de():
    r = R.random()
    if r < .35: return [ch(["151", "152", "157", "159"]), digits(8)]
    if r < .6: return [ch(["160", "162", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"]), digits(7)]
    return [ch(["30", "40", "89", "221", "69"]), str(ri(2, 9)) + digits(6)]
def _fr():
    a = ch(["6", "7", "1", "4", "5", "2", "3"])
    if a == "7": a = str(ri(73, 78))[0]
    first = a + str(ri(1, 9)) if a != "1" else "1" + str(ri(2, 9))
    return [first[0], first[1] + digits(1), digits(2), digits(2), digits(2)]
def _nl():
    if R.random() < .6: return ["6", str(ri(1, 5)) + digits(7)]
    return [ch(["20", "10", "30", "70"]), str(ri(2, 9)) + digits(2), digits(4)]
def _it():
    if R.random() < .6: return [ch(["320", "328", "333", "338", "340", "347", "349", "366", "380", "388", "392"]), digits(3), digits(4)]
    return [ch(["06", "02"]), str(ri(3, 9)) + digits(3), digits(4)]
def _es():
    if R.random() < .6: return ["6" + digits(2), digits(3), digits(3)]
    return [ch(["91", "93", "96", "95"]), str(ri(2, 7)) + digits(2), digits(2), digits(2)]
def _au():
    if R.random() < .6:
        while True:
            g = ["4" + digits(2), digits(3), digits(3)]
            if not (g[0] == "491" and g[1] == "570"): return g
    return [ch(["2", "3", "7", "8"]), ch("9865") + digits(3), digits(4)]
def _in():
    return [ch("9876") + digits(4), digits(5)]
def _jp():
    if R.random() < .6: return [ch(["90", "80", "70"]), digits(4), digits(4)]
    return ["3", str(ri(3, 6)) + digits(3), digits(4)]
def _br():
    return [ch(["11", "21", "31", "41", "51", "61"]), "9" + digits(4), digits(4)]
def _cn():
    if R.random() < .7: return ["1" + ch(["38", "39", "35", "50", "58", "86", "88", "37", "80", "89"]), digits(4), digits(4)]
    return ["10", ch("568") + digits(3), digits(4)]
def _ch():
    if R.random() < .6: return ["7" + ch("5689"), digits(3), digits(2), digits(2)]
    return [ch(["44", "31", "22", "61"]), str(ri(2, 9)) + digits(2), digits(2), digits(2)]
def _se():
    if R.random() < .6: return ["7" + ch("0236"), digits(3), digits(2), digits(2)]
    return ["8", str(ri(4, 7)) + digits(2), digits(3), digits(2)]
def _pl():
    return [ch(["50", "51", "53", "57", "60", "66", "69", "72", "73", "78", "79", "88"]) + digits(1), digits(3), digits(3)]

PHONES = {  # country: (cc, trunk, plan, ccTLD hosts)
    "US": ("1", "", _us, None), "GB": ("44", "0", _gb, ["co.uk", "org.uk"]), "DE": ("49", "0", _de, ["de"]),
    "FR": ("33", "0", _fr, ["fr"]), "NL": ("31", "0", _nl, ["nl"]), "IT": ("39", "", _it, ["it"]),
    "ES": ("34", "", _es, ["es"]), "AU": ("61", "0", _au, ["com.au"]), "IN": ("91", "0", _in, ["in", "co.in"]),
    "JP": ("81", "0", _jp, ["jp", "co.jp"]), "BR": ("55", "0", _br, ["com.br"]), "CN": ("86", "0", _cn, ["cn", "com.cn"]),
    "CH": ("41", "0", _ch, ["ch"]), "SE": ("46", "0", _se, ["se"]), "PL": ("48", "", _pl, ["pl"]),
}
SITES = ["kontakt", "impressum", "about", "contact", "team", "store/help", "praxis/termine", "verein/vorstand", "info"]
HOSTS = ["www.bäckerei-sonne", "www.nordwerk", "shop.lumina", "www.praxis-am-see", "blog.casa-verde", "www.tallerlopez",
         "www.studio-kirsch", "www.hanamura", "www.rio-viagens", "www.kowalski-serwis", "www.fjordkaffe", "www.vitrum"]

def fmt_phone(country, national):
    cc, trunk, plan, _ = PHONES[country]
    g = plan()
    if national:
        if country == "US":
            return ch(["({}) {}-{}", "{}-{}-{}", "{}.{}.{}", "1-{}-{}-{}", "{} {} {}"]).format(*g)
        if country == "IT" or country == "ES" or country == "PL":
            return ch([" ", " ", "-", "."]).join(g) if country != "PL" else ch([" ", "-"]).join(g)
        if country == "BR":
            return "({}) {}-{}".format(*g) if R.random() < .7 else "0{} {}-{}".format(*g)
        first = (g[0] if country == "CN" and len(g[0]) == 3 else trunk + g[0])  # CN mobiles: no trunk 0
        rest = g[1:]
        s = R.random()
        if country == "DE" and s < .3: return first + "/" + "".join(rest)
        if (country == "DE" or (country == "AU" and len(g[0]) == 1)) and s < .55: return "(" + first + ") " + " ".join(rest)
        if country in ("JP", "SE", "NL") and s < .6: return first + "-" + ("-" if country == "JP" else " ").join(rest) if country != "NL" else first + "-" + "".join(rest)
        if country == "FR" and s < .5: return ".".join([first] + rest)
        return " ".join([first] + rest)
    pre = ch(["+" + cc, "+" + cc, "+" + cc, "00" + cc]) if country != "US" else ch(["+1", "+1", "001"])
    # Italian landlines keep their leading 0 internationally (it is part of the NSN in this plan)
    s = R.random()
    if s < .15: return pre + "".join(g)
    if s < .3 and country not in ("IT",): return pre + "-" + "-".join(g)
    if s < .4 and country in ("GB", "DE", "FR", "CH", "AU") and pre.startswith("+"): return pre + " (0)" + " ".join(g)
    if country == "US" and s < .6: return pre + " ({}) {}-{}".format(*g)
    return pre + " " + " ".join(g)

# ---------------------------------------------------------------- IPs
SPECIAL4 = [("0.0.0.0", 8), ("10.0.0.0", 8), ("100.64.0.0", 10), ("127.0.0.0", 8), ("169.254.0.0", 16),
            ("172.16.0.0", 12), ("192.0.0.0", 24), ("192.0.2.0", 24), ("192.88.99.0", 24), ("192.168.0.0", 16),
            ("198.18.0.0", 15), ("198.51.100.0", 24), ("203.0.113.0", 24), ("224.0.0.0", 3)]
def ip2int(s):
    a = [int(x) for x in s.split(".")]; return (a[0] << 24) | (a[1] << 16) | (a[2] << 8) | a[3]
def public_v4():
    while True:
        o = [ri(1, 223), ri(0, 255), ri(0, 255), ri(1, 254)]
        n = ip2int(".".join(map(str, o)))
        if not any((n >> (32 - p)) == (ip2int(b) >> (32 - p)) for b, p in SPECIAL4):
            return ".".join(map(str, o))
def global_v6():
    first = ch(["2a00", "2a01", "2a02", "2a03", "2a05", "2a0e", "2600", "2601", "2602", "2603", "2604", "2607",
                "2610", "2400", "2401", "2404", "2406", "2408", "2800", "2803", "2c0f", "2405", "2620"])
    hs = [first] + ["%x" % ri(0, 0xffff) for _ in range(7)]
    s = R.random()
    if s < .5: return ":".join(hs[:3]) + "::" + ":".join(hs[6:8] if R.random() < .5 else hs[7:])
    if s < .8: return ":".join(hs)
    return ":".join(hs[:4]) + "::" + hs[7]
def gen_ip():
    v6 = R.random() < .3
    ip = global_v6() if v6 else public_v4()
    s = R.random()
    if s < .45: return dict(value=ip)
    if s < .75:
        port = ch(["8080", "443", "8443", "3000", "22", "25565", "5432"])
        return dict(value=ip, post=":" + port) if not v6 else dict(pre="[", value=ip, post="]:" + port)
    sch = ch(["http://", "https://", "ftp://"])
    path = ch(["/", "/admin/login", "/status?verbose=1", "/files/report.pdf", ""])
    if v6: return dict(pre=sch + "[", value=ip, post="]" + ch(["", ":8080"]) + path)
    return dict(pre=sch, value=ip, post=ch(["", ":" + ch(["8080", "8000", "9090"])]) + path)

# ---------------------------------------------------------------- cards
def luhn_check(body):
    tot = 0
    for i, d in enumerate(reversed(body)):
        d = int(d)
        if i % 2 == 0:
            d *= 2
            if d > 9: d -= 9
        tot += d
    return str((10 - tot % 10) % 10)
def luhn_ok(num): return luhn_check(num[:-1]) == num[-1]
def card_number():
    brand = ch(["visa", "mc", "mc2", "amex", "discover", "jcb"])
    if brand == "visa": p, n = "4", 16
    elif brand == "mc": p, n = str(ri(51, 55)), 16
    elif brand == "mc2": p, n = str(ri(2221, 2720)), 16
    elif brand == "amex": p, n = ch(["34", "37"]), 15
    elif brand == "discover": p, n = ch(["6011", str(ri(644, 649)), "65"]), 16
    else: p, n = str(ri(3528, 3589)), 16
    body = p + digits(n - 1 - len(p))
    return body + luhn_check(body)
def group_card(num, sep):
    if len(num) == 15: return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))
def gen_card():
    return dict(value=group_card(card_number(), ch([" ", "-", "", " "])))

# ---------------------------------------------------------------- IBAN
def to_num(s): return "".join(str(int(c, 36)) for c in s)
def iban_cd(cc, bban): return "%02d" % (98 - int(to_num(bban + cc + "00")) % 97)
def nl_account():
    while True:
        d = digits(10)
        if d[0] != "0" and sum(int(x) * w for x, w in zip(d, range(10, 0, -1))) % 11 == 0: return d
ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
def it_cin(s):
    t = 0
    for i, c in enumerate(s):
        v = int(c, 36) if c.isdigit() else ord(c) - 65
        t += ODD[v] if i % 2 == 0 else v
    return chr(65 + t % 26)
def bban(cc):
    if cc == "DE": return ch(["10010010", "37040044", "50010517", "10070000", "20050550", "76026000", "70150000"]) + digits(10)
    if cc == "GB": return ch(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + digits(6) + digits(8)
    if cc == "FR":
        b, g, c = ch(["30004", "30003", "20041", "10278", "30066"]), digits(5), digits(11)
        return b + g + c + "%02d" % (97 - (89 * int(b) + 15 * int(g) + 3 * int(c)) % 97)
    if cc == "NL": return ch(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB"]) + nl_account()
    if cc == "IT":
        rest = ch(["03069", "02008", "05034", "01030"]) + digits(5) + digits(12)
        return it_cin(rest) + rest
    if cc == "AT": return ch(["12000", "20111", "14000", "32000", "60000"]) + digits(11)
    if cc == "CH": return ch(["00230", "00700", "09000", "00762"]) + digits(12)
    if cc == "PL": return ch(["10501445", "11402004", "10902590", "24900005", "10205561"]) + digits(16)
    if cc == "SE": return ch(["500", "800", "600", "300"]) + digits(17)
    if cc == "DK": return ch(["3000", "2000", "5301", "1551"]) + digits(10)
IBAN_LEN = dict(DE=22, GB=22, FR=27, NL=18, IT=27, AT=20, CH=21, PL=28, SE=24, DK=18)
def iban_valid(s):
    s = s.replace(" ", ""); return int(to_num(s[4:] + s[:4])) % 97 == 1
def gen_iban():
    cc = ch(list(IBAN_LEN))
    b = bban(cc)
    s = cc + iban_cd(cc, b) + b
    assert len(s) == IBAN_LEN[cc] and iban_valid(s), s
    if R.random() < .6: s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return dict(value=s)

# ---------------------------------------------------------------- look-alikes
def isbn13():
    b = "978" + digits(9) if R.random() < .7 else "979" + ch("18") + digits(8)
    c = (10 - sum(int(d) * (1 if i % 2 == 0 else 3) for i, d in enumerate(b)) % 10) % 10
    s = b + str(c)
    return ch([s, "-".join([s[:3], s[3], s[4:8], s[8:12], s[12]])])
def cas():
    body = str(ri(50, 99999)) + digits(2)
    c = sum(int(d) * (i + 1) for i, d in enumerate(reversed(body))) % 10
    return body[:-2] + "-" + body[-2:] + "-" + str(c)
def luhn_fail():
    while True:
        n = ch(["4", "5" + str(ri(1, 5)), "6011", "3"]) + digits(16)
        n = n[:16]
        if not luhn_ok(n): return group_card(n, ch([" ", "-", ""]))
def lk(name):
    """Return dict(value, pre, post) for a look-alike named `name`."""
    if name == "version": return dict(value=ch(["", "v"]) + "%d.%d.%d" % (ri(0, 12), ri(0, 30), ri(0, 99)))
    if name == "version_4part": return dict(value="%d.%d.%d.%d" % (ri(1, 20), ri(0, 9), ri(0, 255), ri(1, 254)))
    if name == "product_version":
        p = ch(["Chrome", "Firefox", "Thunderbird", "Edg", "nginx", "OpenSSL", "Apache"])
        return dict(value="%s/%d.%d.%d.%d" % (p, ri(90, 130), ri(0, 9), ri(1000, 6999), ri(10, 250)) if R.random() < .6 else "%s/%d.%d.%d" % (p, ri(1, 30), ri(0, 9), ri(0, 30)))
    if name == "date": return dict(value=ch(["%d-%02d-%02d", "%d/%02d/%02d"]) % (ri(1990, 2025), ri(1, 12), ri(1, 28)) if R.random() < .5 else ch(["%02d.%02d.%d" % (ri(1, 28), ri(1, 12), ri(1990, 2025)), "%d %s %d" % (ri(1, 28), ch(["March", "July", "October", "Jan."]), ri(1900, 2025)), "%d年%d月%d日" % (ri(1990, 2025), ri(1, 12), ri(1, 28))]))
    if name == "time": return dict(value=ch(["%02d:%02d" % (ri(0, 23), ri(0, 59)), "%02d:%02d:%02d" % (ri(0, 23), ri(0, 59), ri(0, 59)), "%d:%02d pm" % (ri(1, 12), ri(0, 59))]))
    if name == "price": return dict(value=ch(["$%s.%02d" % ("{:,}".format(ri(1, 25000)), ri(0, 99)), "€ %d,%02d" % (ri(1, 999), ri(0, 99)), "£%d.%02d" % (ri(1, 500), ri(0, 99)), "¥%s" % "{:,}".format(ri(100, 99999)), "CHF %d.–" % ri(5, 900)]))
    if name == "isbn": return dict(pre="ISBN ", value=isbn13())
    if name == "doi": return dict(pre=ch(["doi:", "https://doi.org/", "DOI "]), value="10.%d/%s" % (ri(1000, 9999), ch(["s%d-%03d-%05d-%d" % (ri(41000, 41599), ri(0, 999), ri(0, 99999), ri(0, 9)), "journal.pone.%07d" % ri(0, 9999999), "j.cell.%d.%02d.%03d" % (ri(2000, 2024), ri(1, 12), ri(1, 999))])))
    if name == "uuid": return dict(value="%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), ch("89ab"), hexs(3), hexs(12)))
    if name == "hash": return dict(value=hexs(ch([7, 32, 40, 64])))
    if name == "timestamp": return dict(value=ch(["%d-%02d-%02dT%02d:%02d:%02dZ" % (ri(2015, 2025), ri(1, 12), ri(1, 28), ri(0, 23), ri(0, 59), ri(0, 59)), str(ri(1400000000, 1760000000)), str(ri(1400000000000, 1760000000000))]))
    if name == "gps": return dict(value=ch(["%.4f, %.4f" % (R.uniform(-60, 70), R.uniform(-170, 170)), "%d°%02d′%02d″N %d°%02d′%02d″E" % (ri(0, 70), ri(0, 59), ri(0, 59), ri(0, 170), ri(0, 59), ri(0, 59)), "%.5f° N, %.5f° W" % (R.uniform(0, 60), R.uniform(0, 120))]))
    if name == "arithmetic":
        a, b = ri(100, 99999), ri(100, 99999)
        return dict(value=ch(["%d + %d = %d" % (a, b, a + b), "%d * %d = %d" % (a % 1000, b % 1000, (a % 1000) * (b % 1000)), "%d - %d = %d" % (a, b, a - b)]))
    if name == "private_ip": return dict(value=ch(["10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254)), "192.168.%d.%d" % (ri(0, 255), ri(1, 254)), "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(1, 254)), "fd%s:%s::%s" % (hexs(2), hexs(4), hexs(2))]), post=ch(["", ":8080"]))
    if name == "loopback_ip": return dict(value=ch(["127.0.0.1", "127.0.%d.%d" % (ri(0, 9), ri(1, 9)), "::1", "0.0.0.0"]), post=ch(["", ":5000", ":8888"]))
    if name == "documentation_ip": return dict(value=ch(["192.0.2.%d" % ri(1, 254), "198.51.100.%d" % ri(1, 254), "203.0.113.%d" % ri(1, 254), "2001:db8:%x::%x" % (ri(0, 0xffff), ri(1, 0xffff))]))
    if name == "link_local_ip": return dict(value=ch(["169.254.%d.%d" % (ri(0, 255), ri(1, 254)), "fe80::%s:%sff:fe%s:%s" % (hexs(3), hexs(2), hexs(2), hexs(4))]))
    if name == "mac": 
        sep = ch([":", "-"]); return dict(value=sep.join("%02X" % ri(0, 255) for _ in range(6)))
    if name == "luhn_fail_16": return dict(value=luhn_fail())
    if name == "order_number": return dict(value=ch(["%03d-%07d-%07d" % (ri(100, 999), ri(0, 9999999), ri(0, 9999999)), "ORD-%d-%06d" % (ri(2019, 2025), ri(0, 999999)), "#%d" % ri(100000, 99999999), "A%d-%d" % (ri(10000, 99999), ri(10, 99))]))
    if name == "tracking_number": return dict(value=ch(["1Z%s%s" % ("".join(ch(string.ascii_uppercase + string.digits) for _ in range(6)), digits(10)), " ".join(["94%s" % digits(2)] + [digits(4) for _ in range(4)] + [digits(2)]), "JD%s" % digits(18), digits(12)]))
    if name == "postal_code": return dict(value=ch(["SW1A 1AA", "EC1V 9HX", "M1 1AE", "%05d" % ri(1001, 99950), "%05d-%04d" % (ri(10001, 99950), ri(0, 9999)), "%d %d" % (ri(100, 999), ri(10, 99)), "%04d" % ri(1000, 9999), "%06d" % ri(100000, 850000)]))
    if name == "score": return dict(value=ch(["%d–%d" % (ri(0, 7), ri(0, 7)), "%d-%d" % (ri(0, 40), ri(0, 40)), "%d/100" % ri(40, 100), "%.1f/10" % R.uniform(3, 10), "%d:%d" % (ri(60, 130), ri(60, 130))]))
    if name == "page_range": return dict(pre=ch(["pp. ", "pages ", "S. ", ""]), value="%d–%d" % ((lambda a: (a, a + ri(3, 60)))(ri(1, 900))) if R.random() < .6 else "%d-%d" % ((lambda a: (a, a + ri(3, 60)))(ri(1, 900))))
    if name == "cas_number": return dict(pre="CAS ", value=cas())
    if name == "code_matmul": return dict(pre="`" + ch(["c", "out", "y"]) + " = ", value=ch(["a @ b", "x @ W", "A @ B.T"]), post="`")
    if name == "code_decorator": return dict(value=ch(["@property", "@staticmethod", "@dataclass", "@app.route", "@Override", "@pytest.fixture"]))
    if name == "code_cpp": return dict(value=ch(["std::vector<int>", "std::map<std::string, int>", "std::unique_ptr<Node>", "boost::asio::ip::tcp"]))
    if name == "code_shell": return dict(value=ch(["$(pwd)", "$(date +%s)", "${HOME}/.config", "$(git rev-parse HEAD)"]))
    if name == "retina_asset": return dict(value=ch(["logo@2x.png", "icon@3x.png", "hero-banner@2x.jpg", "avatar@1.5x.webp"]))
    if name == "npm_scope": return dict(value=ch(["@scope/pkg", "@babel/core", "@types/node", "@angular/router", "@vue/cli"]) + ch(["", "@7.2.1"]))
    raise KeyError(name)
LA_NAMES = ["version", "version_4part", "product_version", "date", "time", "price", "isbn", "doi", "uuid", "hash",
            "timestamp", "gps", "arithmetic", "private_ip", "loopback_ip", "documentation_ip", "link_local_ip", "mac",
            "luhn_fail_16", "order_number", "tracking_number", "postal_code", "score", "page_range", "cas_number",
            "code_matmul", "code_decorator", "code_cpp", "code_shell", "retina_asset", "npm_scope"]

# ---------------------------------------------------------------- wording
LAB = {
    "email": (["Email", "E-mail", "Contact", "Reply-To", "mail"], ["邮箱", "电子邮件", "联系邮箱"]),
    "phone": (["Phone", "Tel.", "Mobile", "Cell", "Fax", "Phone (work)"], ["电话", "手机", "联系电话"]),
    "ip": (["IP address", "Client IP", "Server", "Remote host", "Last login from"], ["IP地址", "服务器", "登录IP"]),
    "card": (["Card number", "Credit card", "PAN", "Card no."], ["卡号", "信用卡号"]),
    "iban": (["IBAN", "Account (IBAN)", "Bank account", "Kontonummer (IBAN)"], ["IBAN", "银行账户", "收款账户"]),
}
LA_LAB = {"version": "Version", "version_4part": "Build", "product_version": "User agent", "date": "Date", "time": "Time",
          "price": "Total", "isbn": "ISBN", "doi": "DOI", "uuid": "Request ID", "hash": "Checksum", "timestamp": "Timestamp",
          "gps": "Location", "arithmetic": "Calc", "private_ip": "LAN address", "loopback_ip": "Bind", "documentation_ip": "Example host",
          "link_local_ip": "Link-local", "mac": "MAC", "luhn_fail_16": "Reference", "order_number": "Order no.",
          "tracking_number": "Tracking", "postal_code": "Postcode", "score": "Score", "page_range": "Pages", "cas_number": "CAS",
          "code_matmul": "Snippet", "code_decorator": "Annotation", "code_cpp": "Type", "code_shell": "Command",
          "retina_asset": "Asset", "npm_scope": "Package"}
PII_PROSE = {
    "en": {"email": ["You can reach me at {x} if anything changes.", "Please send the signed form to {x} by Friday.",
                     "My old address was {x}, but I rarely check it.", "For questions, write to {x}."],
           "phone": ["Call me on {x} after six.", "The front desk number is {x}.", "If I don't answer, text {x}.",
                     "She gave me her number, {x}, and said to ring anytime."],
           "ip": ["The suspicious logins all came from {x}.", "Our build server sits at {x} for now.", "I can ping {x} but not the gateway."],
           "card": ["I paid with the card ending in the full number {x}, is that safe?", "Charge it to {x} please.", "The receipt shows {x} in plain text."],
           "iban": ["Transfer the deposit to {x} before the first of the month.", "My IBAN is {x}.", "Refunds go to account {x}."]},
    "zh": {"email": ["有问题请发邮件到{x}。", "我的邮箱是 {x}，欢迎联系。"], "phone": ["请拨打 {x} 联系我们。", "我的手机号是{x}。"],
           "ip": ["可疑登录都来自 {x}。", "服务器地址是 {x}。"], "card": ["请用这张卡 {x} 付款。", "信用卡号：{x}，请勿外传。"],
           "iban": ["请把款项汇到 {x}。", "收款账户 IBAN：{x}。"]},
}
LA_PROSE = {"en": ["The {l} field read {x}.", "Note: {x} ({l}).", "We logged {x} as the {l}.", "({l}: {x})", "See {x}."],
            "zh": ["备注：{x}。", "{l}为 {x}。", "参考 {x}。"]}
CHAT_NAMES = ["maria", "tobi_k", "devops-bot", "Lukas", "Aiko", "jp", "Sam"]
REPLIES = ["Thanks, I have noted that.", "Got it. Is there anything else?", "I would recommend not sharing details like that publicly.", "OK, let me look into it."]

class Doc:
    def __init__(self): self.parts, self.n, self.spans, self.las = [], 0, [], []
    def t(self, s): self.parts.append(s); self.n += len(s)
    def v(self, it, value=None):
        value = it["value"] if value is None else value
        rec = {"start": self.n, "end": self.n + len(value)}
        if it["pii"]: rec.update(kind=it["kind"], value=value); self.spans.append(rec)
        else: rec.update(name=it["kind"], value=value); self.las.append(rec)
        self.t(value)
    def item(self, it): self.t(it.get("pre", "")); self.v(it); self.t(it.get("post", ""))
    def tmpl(self, tpl, it, label=""):
        a, b = tpl.replace("{l}", label).split("{x}"); self.t(a); self.item(it); self.t(b)
    def text(self): return "".join(self.parts)

def label(it, lang):
    if it["pii"]: return ch(LAB[it["kind"]][1 if lang == "zh" else 0])
    return LA_LAB[it["kind"]]
def key(lbl): return re.sub(r"[^a-z0-9]+", "_", lbl.lower()).strip("_") or "field"

def render(d, items, layout, lang, src):
    labs = [label(it, lang) for it in items]
    if layout == "prose":
        for i, it in enumerate(items):
            if i: d.t(" ")
            if it["pii"]: d.tmpl(ch(PII_PROSE[lang][it["kind"]]), it)
            else: d.tmpl(ch(LA_PROSE[lang]), it, labs[i].lower() if lang == "en" else labs[i])
    elif layout == "form":
        d.t(ch(["--- Contact details ---\n", "Customer record\n", "", "申请表\n" if lang == "zh" else "Registration form\n"]))
        for i, it in enumerate(items):
            d.t(ch(["{}: ", "{} : ", "{:<16}"]).format(labs[i])); d.item(it); d.t("\n" if i < len(items) - 1 else "")
    elif layout == "table":
        d.t("| Field | Value |\n|---|---|\n")
        for i, it in enumerate(items):
            d.t("| %s | " % labs[i]); d.item(it); d.t(" |" + ("\n" if i < len(items) - 1 else ""))
    elif layout == "csv":
        d.t("id," + ",".join(key(l) for l in labs) + "\n" + str(ri(1, 999)))
        for it in items:
            q = '"' if "," in it.get("pre", "") + it["value"] + it.get("post", "") else ""
            d.t("," + q); d.item(it); d.t(q)
    elif layout == "json":
        d.t("{\n")
        for i, it in enumerate(items):
            d.t('  "%s": "' % key(labs[i]) if lang == "en" else '  "%s": "' % labs[i]); d.item(it); d.t('"' + ("," if i < len(items) - 1 else "") + "\n")
        d.t("}")
    elif layout == "html":
        d.t("<table class=\"contact\">\n")
        for i, it in enumerate(items):
            d.t("  <tr><th>%s</th><td>" % labs[i])
            if it["pii"] and it["kind"] == "email" and it.get("plain") and R.random() < .6:
                d.t('<a href="mailto:'); d.v(it); d.t('">'); d.v(it); d.t("</a>")
            else: d.item(it)
            d.t("</td></tr>\n")
        d.t("</table>")
    elif layout == "signature":
        d.t("--\n%s %s\n%s\n" % (ch(FIRST).capitalize(), ch(LAST).capitalize(), ch(["Head of Operations", "PhD candidate", "Sales", "Praxismanagerin", "Freelance translator"])))
        for i, it in enumerate(items):
            short = {"email": "E: ", "phone": ch(["T: ", "M: ", "Tel ", ""]), "ip": "IP: ", "card": "Card: ", "iban": "IBAN: "}
            d.t(short[it["kind"]] if it["pii"] else labs[i] + ": "); d.item(it); d.t("\n" if i < len(items) - 1 else "")
    else:  # chat
        for i, it in enumerate(items):
            if src == "hh":
                d.t("Human: ")
            else:
                d.t("<%s> " % ch(CHAT_NAMES))
            if it["pii"]: d.tmpl(ch(PII_PROSE[lang][it["kind"]]), it)
            else: d.tmpl(ch(LA_PROSE[lang]), it, labs[i].lower() if lang == "en" else labs[i])
            d.t("\n\n" + ("Assistant: " if src == "hh" else "<%s> " % ch(CHAT_NAMES)) + ch(REPLIES) + ("\n\n" if i < len(items) - 1 else ""))

LAYOUTS = ["prose", "form", "table", "csv", "json", "html", "signature", "chat"]

# ---------------------------------------------------------------- sources
def load():
    drops = {}
    hh = [json.loads(l)["chosen"] for l in gzip.open(HH, "rt", encoding="utf-8") if l.strip()]
    drops["hh"] = (len(hh), sum(1 for x in hh if BAD.search(x)))
    hh = [x for x in hh if not BAD.search(x)]
    zh = []
    for r in json.load(open(ZH, encoding="utf-8")):
        zh.append("\n\n".join(x for x in (r.get("instruction", ""), r.get("input", ""), r.get("output", "")) if x))
    drops["zh"] = (len(zh), sum(1 for x in zh if BAD.search(x)))
    zh = [x for x in zh if not BAD.search(x)]
    chunks = []
    for line in open(WIKI, encoding="utf-8"):
        r = json.loads(line); t = r["text"]; i = 0
        while i < len(t) - 200:
            j = min(len(t), i + 1200)
            if j < len(t):
                k = max(t.rfind("\n", i + 900, i + 1400), t.rfind(". ", i + 1000, i + 1400) + 1)
                if k > i: j = k
            chunks.append((r.get("title") or "", t[i:j].strip()))
            i = j
    drops["wiki"] = (len(chunks), sum(1 for _, x in chunks if BAD.search(x)))
    chunks = [c for c in chunks if not BAD.search(c[1])]
    return hh, zh, chunks, drops

def boundaries(text):
    b = [0, len(text)] + [m.end() for m in re.finditer(r"\n+", text)]
    if len(b) < 4: b += [m.end() for m in re.finditer(r"(?<=[.!?。！？])\s*", text)]
    return sorted({x for x in b if 0 <= x <= len(text)})

def build(src, base, url, lang):
    n_pii, n_la = ch([0, 1, 1, 2, 2, 3, 3]), ch([0, 1, 1, 2, 2, 3])
    items, nat = [], None
    for _ in range(n_pii):
        k = ch(["email", "phone", "ip", "card", "iban"])
        if k == "email": it = gen_email(lang)
        elif k == "phone":
            c = ch(list(PHONES))
            if lang == "zh" and R.random() < .3: c = "CN"
            national = R.random() < .45 and (nat is None or nat == c)
            if national: nat = c
            it = dict(value=fmt_phone(c, national), country=c, national=national)
        elif k == "ip": it = gen_ip()
        elif k == "card": it = gen_card()
        else: it = gen_iban()
        it.update(pii=True, kind=k); items.append(it)
    for _ in range(n_la):
        nm = ch(LA_NAMES); it = lk(nm); it.update(pii=False, kind=nm); items.append(it)
    if nat == "US": url = None
    elif nat: url = "https://%s.%s/%s" % (ch(HOSTS).replace("ä", "ae"), ch(PHONES[nat][3]), ch(SITES))
    R.shuffle(items)
    groups = []
    while items:
        k = ri(1, min(3, len(items))); groups.append(items[:k]); items = items[k:]
    bs = boundaries(base)
    pos = sorted(ch(bs) for _ in groups)
    d, prev = Doc(), 0
    for g, p in zip(groups, pos):
        d.t(base[prev:p]); prev = p
        layout = ch(LAYOUTS)
        if layout == "chat" and src != "hh" and R.random() < .5: layout = "prose"
        before = "" if p == 0 or base[p - 1] == "\n" else ("\n\n" if layout != "prose" else " ")
        d.t(before); render(d, g, layout, lang, src)
        d.t("\n\n" if layout != "prose" or p == 0 or p == len(base) or base[p:p + 1] == "\n" else " ")
    d.t(base[prev:])
    text = d.text()
    for s in d.spans + d.las:
        assert text[s["start"]:s["end"]] == s["value"], (s, text[s["start"]:s["end"]])
    return {"text": text, "language": lang, "url": url, "spans": d.spans, "lookalikes": d.las}

def main():
    hh, zh, chunks, drops = load()
    hh_s = R.sample(hh, min(N_HH, len(hh)))
    wk_s = R.sample(chunks, min(len(chunks), N_TOTAL - len(hh_s) - len(zh)))
    rows = []
    for t in hh_s: rows.append(build("hh", t, None, "en"))
    for t in zh: rows.append(build("zh", t, None, "zh"))
    for title, t in wk_s:
        rows.append(build("wiki", t, "https://en.wikipedia.org/wiki/" + re.split(r" \(|,|;", title)[0][:60].strip().replace(" ", "_") if title else None, "en"))
    R.shuffle(rows)
    with open(os.path.join(HERE, "unseen.jsonl"), "w", encoding="utf-8") as f:
        for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
    kinds = {}; names = {}
    for r in rows:
        for s in r["spans"]: kinds[s["kind"]] = kinds.get(s["kind"], 0) + 1
        for s in r["lookalikes"]: names[s["name"]] = names.get(s["name"], 0) + 1
    nat = sum(1 for r in rows if r["url"] and "wikipedia" not in r["url"])
    readme = """# pii_unseen: unseen labelled PII test set

Generated by `make_unseen.py` (Python standard library only, seed {seed}, deterministic).
Rebuild from the repository root: `.venv/bin/python bench/pii_unseen/make_unseen.py`

Built without opening the detector code (`filters/`), its tests (`tests/`), or any other
labelled set in `bench/`; all generators below were written from public definitions
(ITU-T E.164 / national numbering plans, RFC 5321-style addresses, IANA special-purpose
address registries, ISO/IEC 7812 + Luhn, ISO 13616 IBAN with ISO 7064 mod-97).

## Sources (base text, used as it comes)

| source | file | field | license | scanned | dropped | used |
|---|---|---|---|---|---|---|
| Anthropic HH-RLHF (harmless) | data/sample/preference/hh_rlhf_harmless.jsonl.gz | `chosen` (Human/Assistant) | MIT | {h0} | {h1} | {hu} |
| Wikipedia (English) | data/reference/wiki_en.jsonl | `text`, cut into ~1,200-char chunks | CC BY-SA 4.0 | {w0} chunks | {w1} | {wu} |
| Alpaca (Chinese) | data/sample/sft/alpaca_zh.json | instruction/input/output joined | CC BY-NC 4.0 | {z0} | {z1} | {zu} |

Dropped = base records that already contained `@` or 9+ consecutive digits (so that
unlabelled real PII is unlikely). Chinese rows have `"language": "zh"`, all others `"en"`.

## Rows

`{{"text", "language", "url", "spans": [{{start, end, kind, value}}], "lookalikes": [{{start, end, name, value}}]}}`
— {n} documents. Each gets 0-3 personal-data items and 0-3 look-alikes, in prose, forms,
tables, CSV, JSON, HTML, signatures or chat turns. Spans cover the value only (no `mailto:`,
no brackets or ports). `text[start:end] == value` is asserted for every item.

* PII spans by kind: {kinds}
* Look-alikes by name: {names}

Phones: 15 numbering plans (US, GB, DE, FR, NL, IT, ES, AU, IN, JP, BR, CN, CH, SE, PL), international
(`+CC` / `00CC`) and national forms. A national non-US number only appears in a document whose
`url` is a page on that country's ccTLD ({nat} such documents); US national numbers only with
`url: null`. IPs are public IPv4 outside the IANA special-purpose blocks and global-unicast IPv6
outside 2001:db8::/32 (and 2001::/23, 2002::/16). Cards: Visa, Mastercard (51-55, 2221-2720),
Amex (4-6-5), Discover, JCB, Luhn-valid. IBANs: DE GB FR NL IT AT CH PL SE DK, valid mod-97
(FR RIB key, IT CIN and NL 11-test also valid). Emails include sub-addressing, subdomains,
new gTLDs, upper case and obfuscated forms ([at]/[dot], (at), {{at}}, "at ... dot" prose,
spaced "name @ domain . com"). Synthetic URLs/hosts are made up.
""".format(seed=SEED, h0=drops["hh"][0], h1=drops["hh"][1], hu=len(hh_s), w0=drops["wiki"][0], w1=drops["wiki"][1],
           wu=len(wk_s), z0=drops["zh"][0], z1=drops["zh"][1], zu=len(zh), n=len(rows),
           kinds=", ".join("%s %d" % (k, kinds.get(k, 0)) for k in ["email", "phone", "ip", "card", "iban"]),
           names=", ".join("%s %d" % (k, names[k]) for k in sorted(names)), nat=nat)
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f: f.write(readme)
    print(len(rows), "rows;", kinds, "lookalikes", sum(names.values()), "drops", drops)

if __name__ == "__main__":
    main()
