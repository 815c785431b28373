"""Part 4 of the unseen8 generator: look-alike values (things a PII detector must NOT hit)
and locale formatting of dates, times and prices."""
import ipaddress
from u8_values import luhn_ok, luhn_fail_16, bad_iban, group_iban, group_card, ip_public_ok

HEX = "0123456789abcdef"
MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_EN_LONG = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                  "October", "November", "December"]


def hexs(rng, n):
    return "".join(rng.choice(HEX) for _ in range(n))


def ymd(rng, y0=2019, y1=2025):
    return rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 28)


def fmt_date(rng, lang, country, y=None, m=None, d=None):
    if y is None:
        y, m, d = ymd(rng)
    if lang in ("de", "ru", "uk", "tr", "ro"):
        return "%02d.%02d.%d" % (d, m, y)
    if lang == "cs":
        return "%d. %d. %d" % (d, m, y)
    if lang in ("fr", "el", "vi", "id", "ar"):
        return "%02d/%02d/%d" % (d, m, y)
    if lang in ("ja", "zh"):
        return rng.choice(["%d年%d月%d日" % (y, m, d), "%d/%02d/%02d" % (y, m, d)]) if lang == "ja" \
            else rng.choice(["%d年%d月%d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d)])
    if lang == "ko":
        return rng.choice(["%d. %d. %d." % (y, m, d), "%d-%02d-%02d" % (y, m, d)])
    if lang == "sv":
        return "%d-%02d-%02d" % (y, m, d)
    if country == "US":
        return rng.choice(["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS_EN_LONG[m - 1], d, y)])
    return rng.choice(["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS_EN_LONG[m - 1], y)])


def opening_hours(rng, sep="–"):
    a = rng.choice(["8:00", "8:30", "9:00", "9:00", "10:00"])
    b = rng.choice(["17:00", "18:00", "18:00", "18:30", "19:00", "20:00"])
    return a + sep + b


def cut_words(s, n):
    """First words of a sentence, at most n characters, cut at a word boundary."""
    if len(s) <= n:
        return s
    cut = s[:n]
    sp = cut.rfind(" ")
    return (cut[:sp] if sp > n // 2 else cut).rstrip(" ,;:") + "…"


def fmt_time(rng):
    return "%d:%02d" % (rng.choice([8, 9, 10, 11, 13, 14, 15, 16, 17, 18]), rng.choice([0, 0, 15, 30, 45]))


def _group(intpart, sep):
    s = str(intpart)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


# country -> (scale of typical amount, decimals, thousands sep, decimal sep, patterns)
CUR = {
    "DE": (40, 2, ".", ",", ["{v} €", "{v} EUR"]), "FR": (40, 2, " ", ",", ["{v} €"]),
    "GR": (40, 2, ".", ",", ["{v} €", "€{v}"]), "RU": (3000, 0, " ", ",", ["{v} ₽", "{v} руб."]),
    "UA": (1200, 0, " ", ",", ["{v} грн", "{v} ₴"]), "JP": (5000, 0, ",", ".", ["¥{v}", "{v}円"]),
    "CN": (300, 2, ",", ".", ["¥{v}", "{v}元"]), "KR": (40000, 0, ",", ".", ["{v}원", "₩{v}"]),
    "SA": (200, 2, ",", ".", ["{v} ر.س", "SAR {v}"]), "AE": (200, 2, ",", ".", ["AED {v}", "{v} د.إ"]),
    "EG": (1500, 2, ",", ".", ["{v} ج.م", "EGP {v}"]), "TR": (900, 2, ".", ",", ["{v} TL", "₺{v}"]),
    "VN": (400000, 0, ".", ",", ["{v}đ", "{v} ₫"]), "ID": (250000, 0, ".", ",", ["Rp {v}", "Rp{v}"]),
    "RO": (200, 2, ".", ",", ["{v} lei", "{v} RON"]), "CZ": (1200, 0, " ", ",", ["{v} Kč"]),
    "SE": (400, 0, " ", ",", ["{v} kr"]), "US": (40, 2, ",", ".", ["${v}"]), "GB": (35, 2, ",", ".", ["£{v}"]),
}


def fmt_price(rng, country, scale=1.0):
    base, dec, ts, ds, pats = CUR[country]
    amount = base * scale * rng.uniform(0.3, 3.0)
    if dec == 0:
        step = 10 if base >= 1000 else 1
        v = _group(int(amount) // step * step or step, ts)
    else:
        cents = rng.choice([0, 50, 90, 95, 99, rng.randint(1, 99)])
        v = _group(int(amount), ts) + ds + "%02d" % cents
    return rng.choice(pats).format(v=v)


# ------------------------------------------------------------------ technical look-alikes

def version(rng):
    a, b, c = rng.randint(0, 5), rng.randint(0, 30), rng.randint(0, 20)
    return rng.choice(["%d.%d.%d" % (a + 1, b, c), "v%d.%d.%d" % (a + 1, b, c), "%d.%d" % (a + 2, b),
                       "%d.%d.%d-rc.%d" % (a + 1, b, c, rng.randint(1, 4))])


def version4(rng):
    while True:
        v = rng.choice([
            "10.0.%d.%d" % (rng.choice([19041, 19044, 19045, 22000, 22621, 22631]), rng.randint(1000, 4200)),
            "%d.0.%d.%d" % (rng.randint(110, 125), rng.randint(5400, 6500), rng.randint(60, 230)),
            "16.0.%d.%d" % (rng.randint(10000, 17000), rng.randint(20000, 21000)),
            "%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(300, 999), rng.randint(0, 99))])
        try:
            ipaddress.ip_address(v)
            continue  # never emit a 4-part version that parses as an IPv4 address
        except ValueError:
            return v


def semver_range(rng):
    a, b, c = rng.randint(1, 20), rng.randint(0, 14), rng.randint(0, 9)
    return rng.choice(["^%d.%d.%d" % (a, b, c), "~%d.%d.%d" % (a, b, c), ">=%d.%d,<%d.0" % (a, b, a + 1)])


def uuid(rng):
    h = hexs(rng, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def git_sha(rng, short=False):
    return hexs(rng, 7 if short else 40)


def sha256(rng):
    return hexs(rng, 64)


def ip_private(rng):
    return rng.choice(["10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                       "192.168.%d.%d" % (rng.choice([0, 1, 1, 2, 10, 178]), rng.randint(2, 254)),
                       "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))])


def ip_doc(rng):
    return rng.choice(["192.0.2.%d", "198.51.100.%d", "203.0.113.%d"]) % rng.randint(1, 254)


def ipv6_doc(rng):
    return "2001:db8:%x::%x" % (rng.randint(1, 0xffff), rng.randint(1, 0xff))


def mac(rng):
    parts = ["%02X" % rng.randint(0, 255) for _ in range(6)]
    return rng.choice([":".join(parts), "-".join(parts), ":".join(parts).lower()])


def masked_card(rng):
    last4 = "%04d" % rng.randint(0, 9999)
    return rng.choice(["**** **** **** " + last4, "XXXX-XXXX-XXXX-" + last4, "•••• " + last4,
                       "************" + last4, rng.choice(["411111", "535310", "220220", "427638"]) + "******" + last4])


def luhn_fail(rng):
    num = luhn_fail_16(rng, rng.choice(["4", "5", "2200", "6"]))
    return group_card(num, rng.choice(["spaces", "compact", "spaces"]))


def iban_bad(rng, cc):
    return group_iban(bad_iban(rng, cc), rng.choice(["spaced", "compact"]))


def coordinates(rng, country):
    base = {"DE": (52.52, 13.40), "FR": (48.85, 2.35), "RU": (55.75, 37.62), "UA": (50.45, 30.52),
            "JP": (35.68, 139.69), "CN": (31.23, 121.47), "KR": (37.56, 126.97), "SA": (24.71, 46.67),
            "AE": (25.20, 55.27), "EG": (30.04, 31.24), "TR": (41.01, 28.97), "VN": (21.03, 105.85),
            "ID": (-6.20, 106.84), "RO": (46.77, 23.59), "CZ": (50.08, 14.43), "SE": (59.33, 18.06),
            "GR": (37.98, 23.73), "US": (40.71, -74.00), "GB": (51.51, -0.13)}[country]
    la = base[0] + rng.uniform(-0.09, 0.09)
    lo = base[1] + rng.uniform(-0.09, 0.09)
    return la, lo


def math_expr(rng):
    a, b, c = rng.randint(2, 19), rng.randint(2, 12), rng.randint(3, 9)
    return rng.choice(["(%d + %d) * %d = %d" % (a, b, c, (a + b) * c),
                       "2^%d - 1 = %d" % (b + 8, 2 ** (b + 8) - 1),
                       "%d * %d = %d" % (a * 111, c, a * 111 * c),
                       "%d / %d = %.3f" % (a * 97, c, a * 97 / c)])


def port(rng):
    return str(rng.choice([22, 443, 8080, 8443, 3000, 5432, 3306, 6379, 9200, 27017, 5000, 8000]))


def shell_user(rng):
    return rng.choice(["root", "ubuntu", "deploy", "pi", "admin", "dev"])


def shell_host(rng):
    return rng.choice(["web01", "raspberrypi", "ip-172-31-%d-%d" % (rng.randint(0, 63), rng.randint(2, 250)),
                       "build-agent-3", "db-master", "vps%d" % rng.randint(100, 999)])


NPM_SCOPES = ["@types/node", "@angular/core", "@babel/preset-env", "@nestjs/common", "@vue/cli",
              "@testing-library/react", "@aws-sdk/client-s3"]
CSS_AT = [("@media", " (max-width: 768px) { .footer { display: none; } }"),
          ("@import", " url(\"/css/print.css\") print;"),
          ("@font-face", " { font-family: \"Inter\"; src: url(/fonts/inter.woff2); }"),
          ("@keyframes", " fade { from { opacity: 0; } to { opacity: 1; } }"),
          ("@supports", " (display: grid) { .grid { display: grid; } }")]
FUNC_DECORATORS = [("@pytest.fixture", ""), ("@lru_cache", "(maxsize=None)"), ("@login_required", ""),
                   ("@app.route", "(\"/version\")"), ("@router.get", "(\"/version\")")]


def social_handle(rng, latin_name):
    return "@" + latin_name.replace(".", "_") + rng.choice(["", "_", str(rng.randint(7, 99))])


def git_ref(rng):
    return rng.choice(["HEAD~%d" % rng.randint(1, 5), "stash@{%d}" % rng.randint(0, 3), "HEAD@{%d}" % rng.randint(1, 9),
                       "origin/main", "refs/heads/feature/%s" % rng.choice(["login", "checkout", "i18n"])])


def isbn13(rng, lang):
    grp = {"de": "3", "fr": "2", "ru": "5", "uk": "617", "ja": "4", "zh": "7", "ko": "89", "ar": "9953",
           "tr": "605", "vi": "604", "id": "623", "ro": "606", "cs": "80", "sv": "91", "el": "960",
           "en": rng.choice(["0", "1"])}[lang]
    pub_len = rng.choice([2, 3, 4])
    pub = str(rng.randint(10 ** (pub_len - 1), 10 ** pub_len - 1))
    title_len = 9 - len(grp) - len(pub)
    title = "".join(rng.choice("0123456789") for _ in range(title_len))
    body = "978" + grp + pub + title
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    return "978-%s-%s-%s-%d" % (grp, pub, title, chk)


def isbn_ok(v):
    d = v.replace("-", "")
    return len(d) == 13 and sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(d)) % 10 == 0


def kr_bizreg(rng):
    while True:
        d = [rng.randint(0, 9) for _ in range(9)]
        d[0] = rng.randint(1, 8)
        w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
        s = sum(a * b for a, b in zip(d, w)) + (d[8] * 5) // 10
        chk = (10 - s % 10) % 10
        n = "".join(map(str, d)) + str(chk)
        return "%s-%s-%s" % (n[:3], n[3:5], n[5:])


def kr_bizreg_ok(v):
    d = [int(c) for c in v.replace("-", "")]
    w = [1, 3, 7, 1, 3, 7, 1, 3, 5]
    s = sum(a * b for a, b in zip(d[:9], w)) + (d[8] * 5) // 10
    return (10 - s % 10) % 10 == d[9]


def jp_postcode(rng):
    return "〒%03d-%04d" % (rng.randint(100, 999), rng.randint(1, 9999))


def tracking(rng, country):
    """(name, value) of a carrier tracking number typical for the country."""
    if country in ("US", "GB") or rng.random() < 0.15:
        body = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6))
        return "tracking-ups", "1Z" + body + rng.choice(["01", "02", "03", "42"]) + "".join(
            rng.choice("0123456789") for _ in range(8))
    if country == "DE":
        return "tracking-dhl", "00340434" + "".join(rng.choice("0123456789") for _ in range(12))
    if country == "UA":
        return "tracking-novaposhta", rng.choice(["204", "590"]) + "".join(rng.choice("0123456789") for _ in range(11))
    if country == "JP":
        n = "".join(rng.choice("0123456789") for _ in range(12))
        return "tracking-yamato", n[:4] + "-" + n[4:8] + "-" + n[8:]
    if country == "CN":
        return "tracking-sf", "SF" + "".join(rng.choice("0123456789") for _ in range(13))
    if country == "KR":
        return "tracking-cj", "".join(rng.choice("0123456789") for _ in range(12))
    if country == "RU":
        return "tracking-russianpost", "".join(rng.choice("0123456789") for _ in range(14))
    return "tracking-other", rng.choice(["RR", "LX", "CP"]) + "".join(
        rng.choice("0123456789") for _ in range(9)) + rng.choice(["CN", "DE", "FR", "SE", "CZ", "RO", "TR", "GR"])


def order_number(rng, country):
    r = rng.random()
    if r < 0.3:
        return "%03d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999))
    if r < 0.6:
        return "#%d" % rng.randint(100000, 99999999)
    if r < 0.8:
        return "%s-%d-%06d" % (rng.choice(["ORD", "BE", "CMD", "SO", "WEB"]), rng.randint(2021, 2025), rng.randint(1, 999999))
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))


def invoice_number(rng):
    return rng.choice(["RE-%d-%05d", "FA%d-%04d", "INV-%d-%05d", "%d/%04d"]) % (rng.randint(2021, 2025), rng.randint(1, 9999))


def tax_id(rng, country):
    D = lambda n: "".join(rng.choice("0123456789") for _ in range(n))
    return {"DE": lambda: "DE" + D(9), "FR": lambda: "FR" + D(2) + D(9), "RU": lambda: D(10),
            "UA": lambda: D(8), "JP": lambda: "T" + D(13), "CN": lambda: "91" + D(6) + "MA" + D(9) + "X",
            "KR": lambda: kr_bizreg(rng), "SA": lambda: "3" + D(13) + "3", "AE": lambda: "100" + D(12),
            "EG": lambda: D(3) + "-" + D(3) + "-" + D(3), "TR": lambda: D(10), "VN": lambda: "0" + D(9),
            "ID": lambda: "%s.%s.%s.%s-%s.%s" % (D(2), D(3), D(3), D(1), D(3), D(3)),
            "RO": lambda: "RO" + D(8), "CZ": lambda: "CZ" + D(8), "SE": lambda: "SE" + D(10) + "01",
            "GR": lambda: "EL" + D(9), "US": lambda: D(2) + "-" + D(7), "GB": lambda: "GB" + D(9)}[country]()


BICS = {"DE": ["COBADEFFXXX", "INGDDEFFXXX", "BYLADEM1001", "DEUTDEBBXXX", "GENODEM1GLS"],
        "FR": ["BNPAFRPPXXX", "SOGEFRPP", "CRLYFRPP", "PSSTFRPPPAR"], "RO": ["BTRLRO22", "RNCBROBU", "BRDEROBU"],
        "CZ": ["GIBACZPX", "KOMBCZPP", "CEKOCZPP", "FIOBCZPP"], "SE": ["ESSESESS", "HANDSESS", "SWEDSESS"],
        "GR": ["ETHNGRAA", "CRBAGRAA", "PIRBGRAA"], "TR": ["TCZBTR2A", "AKBKTRIS", "TGBATRIS"],
        "UA": ["PBANUA2X", "COSBUAUK"], "SA": ["RJHISARI", "NCBKSAJE"], "AE": ["BOMLAEAD", "EBILAEAD"],
        "GB": ["NWBKGB2L", "BARCGB22"], "NL": ["ABNANL2A", "RABONL2U"], "ES": ["CAIXESBB", "BSCHESMM"],
        "BE": ["GEBABEBB"], "AT": ["GIBAATWW"], "CH": ["UBSWCHZH80A"]}


def bic(rng, cc):
    return rng.choice(BICS.get(cc, BICS["DE"]))


def timestamp_iso(rng):
    y, m, d = ymd(rng)
    return "%d-%02d-%02dT%02d:%02d:%02dZ" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def timestamp_clf(rng):
    y, m, d = ymd(rng)
    return "%02d/%s/%d:%02d:%02d:%02d %s" % (d, MONTHS_EN[m - 1], y, rng.randint(0, 23), rng.randint(0, 59),
                                            rng.randint(0, 59), rng.choice(["+0000", "+0100", "+0200", "+0300", "+0900"]))


def timestamp_log(rng):
    y, m, d = ymd(rng)
    return "%d-%02d-%02d %02d:%02d:%02d,%03d" % (y, m, d, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59),
                                                 rng.randint(0, 999))


def ical_dt(rng):
    y, m, d = ymd(rng, 2023, 2025)
    return "%d%02d%02dT%02d%02d00Z" % (y, m, d, rng.randint(6, 18), rng.choice([0, 30]))


def customer_number(rng):
    return str(rng.randint(10 ** 7, 10 ** 9))


def ip_masked(rng):
    return "%d.%d.*.*" % (rng.randint(36, 223), rng.randint(0, 255))


def self_check(kind, value):
    """Assertions on look-alikes that have a checkable rule."""
    if kind == "luhn-fail-16":
        d = value.replace(" ", "").replace("-", "")
        assert len(d) == 16 and not luhn_ok(d), value
    elif kind in ("ip-private", "ip-loopback", "ip-documentation", "ipv6-documentation"):
        assert not ip_public_ok(value), value
    elif kind == "version-4part":
        try:
            ipaddress.ip_address(value)
            raise AssertionError(value)
        except ValueError:
            pass
    elif kind == "isbn":
        assert isbn_ok(value), value
    elif kind == "business-reg-kr":
        assert kr_bizreg_ok(value), value
