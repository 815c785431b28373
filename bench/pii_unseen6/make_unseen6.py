#!/usr/bin/env python3
"""Build bench/pii_unseen6/unseen6.jsonl: an independent labelled PII test set.

Deterministic (seed 66006), Python standard library only.  Run from the repo root:

    .venv/bin/python bench/pii_unseen6/make_unseen6.py

Each output line is one document:
    {"text", "language", "url", "spans": [{start,end,kind,value,note}],
     "lookalikes": [{start,end,name,value}]}
Kinds: email, ip, card, iban, phone.  Look-alikes are strings that must NOT be
reported as personal data.  Base text is real text (lingua-py language-ID
sentences, Leipzig Wortschatz derived, Apache-2.0); every planted value is
synthetic and verified (Luhn, ISO 13616 mod-97, ipaddress.is_global, ...).

The file is written in parts:
  1. constants, base-text loading and filtering, check-digit helpers
  2. e-mail generator
  3. IP generator
  4. phone generator (numbering plans)
  5. card and IBAN generators
  6. look-alike generators
  7. per-language labels and genre frames
  8. planning, assembly, verification, output
"""
import hashlib
import ipaddress
import json
import os
import random
import re
import sys

SEED = 66006
HERE = os.path.dirname(os.path.abspath(__file__))
OUT_PATH = os.path.join(HERE, "unseen6.jsonl")
REPO = os.path.dirname(os.path.dirname(HERE))


def _data_root():
    cands = [os.environ.get("UNSEEN6_DATA"), os.path.join(REPO, "shared", "data"),
             os.path.join(os.path.dirname(REPO), "shared", "data"), "/work/shared/data"]
    for c in cands:
        if c and os.path.isdir(os.path.join(c, "lingua-py")):
            return c
    sys.exit("cannot find shared data (lingua-py); set UNSEEN6_DATA")


DATA = _data_root()
SENT_DIR = os.path.join(DATA, "lingua-py", "language-testdata", "sentences")

LANGS = ["en", "ja", "zh", "ko", "ru", "uk", "tr", "ar", "cs", "ro", "hu", "da", "fi", "el", "vi", "id"]
N_DOCS = 450
N_EN = 112
KIND_QUOTA = {"email": 130, "ip": 130, "card": 130, "iban": 130, "phone": 130}
LOOK_QUOTA = {
    "version": 36, "date": 40, "time": 24, "price": 36, "order_number": 36,
    "jp_postal": 14, "cn_id_invalid": 12, "isbn_ean13": 24, "uuid": 26, "git_hash": 24,
    "sha256": 20, "coordinates": 20, "math": 20, "luhn_fail_16": 28, "iban_mod97_fail": 28,
    "nonpublic_ip": 40, "mac_address": 20, "numpy_matmul": 20, "decorator": 20,
    "npm_scope": 20, "social_handle": 24, "retina_filename": 18,
}
assert sum(LOOK_QUOTA.values()) == 550
N_OBF, N_SPACED, N_V6 = 46, 10, 39      # 35% obfuscated + 8% spaced e-mails; 30% IPv6
GENRES = ["signature", "contact_page", "crm_json", "crm_csv", "receipt", "github_issue",
          "paper_authors", "classified_ad"]
GENRE_DESC = {
    "signature": "e-mail signature/footer",
    "contact_page": "company contact/imprint page text",
    "crm_json": "CRM JSON export",
    "crm_csv": "CRM CSV export",
    "receipt": "receipt/booking confirmation",
    "github_issue": "GitHub issue with logs/stack trace",
    "paper_authors": "academic paper author block",
    "classified_ad": "classified ad",
}

# --------------------------------------------------------------------------
# Part 1: base text and check-digit helpers
# --------------------------------------------------------------------------
RE_AT = re.compile(r"[@＠﹫]")
RE_IPV4 = re.compile(r"(?<!\d)\d{1,3}(?:\.\d{1,3}){3}(?!\d)")
RE_URL = re.compile(
    r"(?i)(?:https?://|ftp://|www\.|\b[a-z0-9-]+\.(?:com|net|org|info|biz|io|edu|gov|ru|ua|jp|cn|kr|tr|cz|"
    r"ro|hu|dk|fi|gr|vn|id|de|fr|uk|eu|us|sa|ae|eg|рф|укр)\b)")
RE_IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){2,}")
# a run of 9+ digits, allowing short separators between digits (spaces, -, ., /, comma, brackets)
RE_DIGIT_RUN = re.compile(r"\d(?:[ \u00a0\u2009\u3000\-./,()（）]{0,2}\d){8,}")
RE_IPV6_CAND = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")

# words that would act as a "deciding word" for a kind; base pieces containing
# them are dropped so that "no deciding word" notes stay true
RE_KIND_WORDS = re.compile(
    r"(?i)(e-?mail|mail|phone|tel\b|tel\.|fax|iban|card|kart|karta|karty|kortnummer|ip\b|"
    r"電話|携帯|メール|カード|电话|手机|邮箱|邮件|卡号|전화|휴대폰|이메일|카드|телефон|тел\.|почт|карт|"
    r"telefon|e-posta|هاتف|جوال|بريد|بطاقة|puhelin|puh\.|sähköposti|τηλ|κάρτα|điện thoại|thẻ|telepon|surel|kartu)")


# UTF-8 read as cp1250/latin-1 in the source corpus ("NejlĂ©pe", "Ã©"); such lines are dropped
RE_MOJIBAKE = re.compile("Ă|Ã|Â|Ä›|Ĺ|â€")


def load_base(lang):
    path = os.path.join(SENT_DIR, lang + ".txt")
    out = []
    seen = set()
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            s = line.strip()
            if not (15 <= len(s) <= 240):
                continue
            if s in seen:
                continue
            if (RE_AT.search(s) or RE_IPV4.search(s) or RE_URL.search(s) or RE_IBAN_SHAPE.search(s)
                    or RE_DIGIT_RUN.search(s) or RE_KIND_WORDS.search(s)):
                continue
            if any(ch in s for ch in '#★"\\\t'):
                continue
            if RE_MOJIBAKE.search(s) or (lang == "cs" and re.search("[ąľĺ]", s)):
                continue
            seen.add(s)
            out.append(s)
    return out


def luhn_ok(digits):
    digits = re.sub(r"\D", "", digits)
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_check_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c
    raise AssertionError


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban):
    s = iban.replace(" ", "")
    return iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, chk, bban)


def ean13_check(body12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body12))
    return str((10 - s % 10) % 10)


def ean13_ok(code):
    d = re.sub(r"\D", "", code)
    return len(d) == 13 and ean13_check(d[:12]) == d[12]


def digits_of(s):
    return re.sub(r"\D", "", s)


def cardlike_runs(value):
    """digit runs (allowing single space/dash/dot separators) of 13-19 digits that pass Luhn"""
    bad = []
    for m in re.finditer(r"\d(?:[ \-.]?\d)*", value):
        d = digits_of(m.group(0))
        if 13 <= len(d) <= 19 and luhn_ok(d):
            bad.append(m.group(0))
    return bad


FW_TABLE = str.maketrans("0123456789-()", "０１２３４５６７８９－（）")


def fullwidth(s):
    return s.translate(FW_TABLE)


def rdigits(r, n, first="0123456789"):
    return r.choice(first) + "".join(r.choice("0123456789") for _ in range(n - 1))


# --------------------------------------------------------------------------
# Part 2: e-mail addresses
# --------------------------------------------------------------------------
PROVIDERS = {
    "ja": ["gmail.com", "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "i.softbank.jp", "icloud.com", "outlook.jp"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com", "aliyun.com", "139.com", "sohu.com"],
    "ko": ["naver.com", "daum.net", "hanmail.net", "kakao.com", "gmail.com", "nate.com"],
    "ru": ["yandex.ru", "mail.ru", "bk.ru", "list.ru", "inbox.ru", "rambler.ru", "ya.ru", "gmail.com"],
    "uk": ["ukr.net", "i.ua", "meta.ua", "gmail.com", "email.ua"],
    "tr": ["gmail.com", "hotmail.com", "yandex.com.tr", "outlook.com", "mynet.com"],
    "ar": ["gmail.com", "hotmail.com", "outlook.sa", "yahoo.com", "icloud.com"],
    "cs": ["seznam.cz", "email.cz", "centrum.cz", "post.cz", "gmail.com", "volny.cz", "atlas.cz"],
    "ro": ["yahoo.com", "yahoo.ro", "gmail.com", "hotmail.com"],
    "hu": ["freemail.hu", "citromail.hu", "gmail.com", "t-online.hu", "indamail.hu"],
    "da": ["gmail.com", "hotmail.com", "live.dk", "mail.dk", "outlook.dk", "yahoo.dk", "jubii.dk"],
    "fi": ["gmail.com", "hotmail.com", "luukku.com", "suomi24.fi", "kolumbus.fi", "elisanet.fi", "outlook.com"],
    "el": ["gmail.com", "yahoo.gr", "hotmail.gr", "otenet.gr", "hol.gr"],
    "vi": ["gmail.com", "yahoo.com.vn", "hotmail.com", "fpt.com.vn", "vnn.vn"],
    "id": ["gmail.com", "yahoo.co.id", "yahoo.com", "ymail.com", "rocketmail.com"],
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "hotmail.com", "aol.com", "proton.me", "fastmail.com"],
}
SUBADDR_OK = {"gmail.com", "outlook.com", "outlook.jp", "outlook.dk", "hotmail.com", "icloud.com", "proton.me",
              "fastmail.com", "yandex.ru", "ya.ru", "yandex.com.tr"}
IDN_DOMAINS = {
    "ru": ["стройкомплект.рф", "магазин-цветов.рф", "детский-сад-солнышко.рф"],
    "uk": ["поліграфія.укр", "кавоварка.укр"],
    "ja": ["さくら電機.jp", "京都旅館.jp", "みどり造園.jp"],
    "zh": ["华信科技.中国", "绿源食品.cn"],
    "ko": ["한빛소프트.kr", "미래교육.한국"],
    "tr": ["güneşyayın.com.tr", "çiçekçi.com.tr"],
    "ar": ["متجر-النور.السعودية", "الأفق.امارات"],
    "cs": ["květinářství.cz", "pekařství-novák.cz"],
    "ro": ["florărie.ro", "brutărie.ro"],
    "hu": ["kávéház.hu", "könyvesbolt.hu"],
    "da": ["blåbær.dk", "økobageri.dk"],
    "fi": ["mökkivuokraus.fi", "kahvilapäivä.fi"],
    "el": ["ελληνικά-ταξίδια.gr", "φούρνος.ελ"],
    "vi": ["tiếngviệt.vn", "phởngon.vn"],
    "id": [],
    "en": ["münchen-tours.com", "résumé-studio.com"],
}
ROLE_LOCAL = {
    "ja": ["info", "support", "sales", "contact", "otoiawase", "recruit"],
    "zh": ["info", "service", "hr", "sales", "kefu", "support"],
    "ko": ["info", "help", "cs", "sales", "webmaster"],
    "ru": ["info", "office", "sales", "zakaz", "buh", "support"],
    "uk": ["info", "office", "sales", "zamovlennia", "buh"],
    "tr": ["info", "iletisim", "satis", "destek", "muhasebe"],
    "ar": ["info", "sales", "support", "contact", "hr"],
    "cs": ["info", "kancelar", "obchod", "podpora", "fakturace"],
    "ro": ["office", "contact", "vanzari", "info", "suport"],
    "hu": ["info", "iroda", "ugyfelszolgalat", "rendeles", "szamlazas"],
    "da": ["info", "kontakt", "salg", "support", "bogholderi"],
    "fi": ["info", "asiakaspalvelu", "myynti", "toimisto", "laskutus"],
    "el": ["info", "sales", "grammateia", "support", "contact"],
    "vi": ["info", "lienhe", "cskh", "sales", "hotro"],
    "id": ["info", "cs", "admin", "marketing", "halo"],
    "en": ["info", "hello", "support", "sales", "office", "press"],
}
SUB_TAGS = ["github", "shop", "news", "orders", "2024", "bank", "travel", "work", "lists", "amazon"]
OBF_HINT = {
    "ja": "（#を@に置き換えてください）", "zh": "（请把#换成@）", "ko": "(#을 @로 바꿔 주세요)",
    "ru": "(замените # на @)", "uk": "(замініть # на @)", "tr": "(# yerine @ yazın)", "ar": "(استبدل # بـ @)",
    "cs": "(# nahraďte znakem @)", "ro": "(înlocuiți # cu @)", "hu": "(a # helyett @)", "da": "(erstat # med @)",
    "fi": "(korvaa # merkillä @)", "el": "(αντικαταστήστε το # με @)", "vi": "(thay # bằng @)",
    "id": "(ganti # dengan @)", "en": "(replace # with @)",
}
STAR_HINT = "（★を@に変えてください）"
# probability that an e-mail is written obfuscated, by genre (tuned so ~35% overall)
OBF_P = {"signature": 0.2, "contact_page": 0.5, "crm_json": 0.1, "crm_csv": 0.1, "receipt": 0.08,
         "github_issue": 0.15, "paper_authors": 0.4, "classified_ad": 0.6}


def email_local(r, lang, person):
    native, given, family = person
    g, f = given.lower(), family.lower()
    pats = [
        lambda: g + "." + f, lambda: f + "." + g, lambda: g[0] + "." + f, lambda: f + g[0],
        lambda: g + "_" + f, lambda: g + f + str(r.randint(70, 99)), lambda: f + "." + g[0] + str(r.randint(1, 9)),
        lambda: g + str(r.randint(1980, 2005)), lambda: f + "-" + g, lambda: g[0] + f + str(r.randint(10, 99)),
    ]
    return r.choice(pats)()


def obfuscate(r, lang, local, domain, spaced=False):
    """returns (written address, format description, hint text placed after it or '')"""
    opts = [("[at]/[dot]", 4), ("(at)", 4), ("at/dot words", 2), ("AT/DOT caps", 1), ("(a)", 2), ("{at}", 1),
            ("[at]", 2), ("#-for-@ with hint", 3)]
    if spaced:
        opts = [("spaced @", 3), ("spaced @ and .", 2)]
    elif lang in ("ja", "zh", "ko"):
        opts += [("fullwidth ＠", 6)]
    if lang == "ja" and not spaced:
        opts += [("★-for-@ with hint", 3)]
    if lang in ("zh",) and not spaced:
        opts += [("#-for-@ with hint", 4)]
    names = [o[0] for o in opts]
    style = r.choices(names, [o[1] for o in opts])[0]
    if style == "[at]/[dot]":
        return "%s [at] %s" % (local, domain.replace(".", " [dot] ")), "obfuscated name [at] domain [dot] tld", ""
    if style == "(at)":
        return "%s(at)%s" % (local, domain), "obfuscated name(at)domain.tld", ""
    if style == "at/dot words":
        return "%s at %s" % (local, domain.replace(".", " dot ")), "obfuscated name at domain dot tld", ""
    if style == "AT/DOT caps":
        return "%s AT %s" % (local, domain.replace(".", " DOT ")), "obfuscated name AT domain DOT tld", ""
    if style == "(a)":
        return "%s (a) %s" % (local, domain), "obfuscated name (a) domain.tld", ""
    if style == "{at}":
        return "%s{at}%s" % (local, domain), "obfuscated name{at}domain.tld", ""
    if style == "[at]":
        return "%s[at]%s" % (local, domain), "obfuscated name[at]domain.tld", ""
    if style == "#-for-@ with hint":
        return "%s#%s" % (local, domain), "obfuscated # for @ with replace hint", " " + OBF_HINT[lang] if lang not in ("ja", "zh") else OBF_HINT[lang]
    if style == "fullwidth ＠":
        return "%s＠%s" % (local, domain), "fullwidth at sign ＠", ""
    if style == "★-for-@ with hint":
        return "%s★%s" % (local, domain), "obfuscated ★ for @ with replace hint", STAR_HINT
    if style == "spaced @":
        return "%s @ %s" % (local, domain), "spaced name @ domain", ""
    return "%s @ %s" % (local, domain.replace(".", " . ")), "spaced name @ domain . tld", ""


def make_email(r, ctx, mode="plain", role=None):
    """mode: plain | obf | spaced (decided per data set so that the shares are exact); returns item dict"""
    lang, genre = ctx["lang"], ctx["genre"]
    person = ctx["person"]
    if role is None:
        role = genre in ("contact_page",) and r.random() < 0.6 or genre in ("signature", "receipt") and r.random() < 0.15
    fmt = []
    if role:
        local = r.choice(ROLE_LOCAL[lang])
        domain = ctx["domain"]
        fmt.append("role address on company domain")
    else:
        local = email_local(r, lang, person)
        if genre in ("signature", "contact_page", "paper_authors") and r.random() < 0.65:
            domain = ctx["domain"]
            fmt.append("personal address on organisation domain")
        else:
            domain = r.choice(PROVIDERS[lang])
            fmt.append("personal address on provider " + domain)
            if domain == "qq.com" and r.random() < 0.6:
                local = str(r.randint(10000, 2999999999))     # QQ number as local part
                fmt[-1] += " (numeric QQ id)"
    # IDN / punycode
    if IDN_DOMAINS[lang] and r.random() < 0.11:
        u = r.choice(IDN_DOMAINS[lang])
        fmt[0] = ("role" if role else "personal") + " address on IDN domain"
        if r.random() < 0.55:
            domain = u
            fmt.append("Unicode form")
        else:
            domain = u.encode("idna").decode("ascii")
            fmt.append("punycode form")
    elif domain in SUBADDR_OK and not role and r.random() < 0.35:
        local = local + "+" + r.choice(SUB_TAGS)
        fmt.append("subaddress +tag")
    hint = ""
    if mode in ("obf", "spaced"):
        value, ofmt, hint = obfuscate(r, lang, local, domain, spaced=(mode == "spaced"))
        fmt.append(ofmt)
        obf = True
    else:
        value = local + "@" + domain
        fmt.append("plain")
        obf = False
    return {"cls": "S", "kind": "email", "value": value, "pre": "", "post": hint, "fmt": "email " + ", ".join(fmt),
            "obf": obf, "local": local, "domain": domain}


# --------------------------------------------------------------------------
# Part 3: IP addresses (public unicast IPv4 / global IPv6 from real provider prefixes)
# --------------------------------------------------------------------------
IPV4_PREFIXES = [
    ("8.8.8.0/24", "Google DNS"), ("142.250.0.0/15", "Google"), ("172.217.0.0/16", "Google"),
    ("104.16.0.0/13", "Cloudflare"), ("162.158.0.0/15", "Cloudflare"), ("140.82.112.0/20", "GitHub"),
    ("185.199.108.0/22", "GitHub Pages"), ("151.101.0.0/16", "Fastly"), ("208.80.152.0/22", "Wikimedia"),
    ("91.198.174.0/24", "Wikimedia EU"), ("77.88.0.0/18", "Yandex"), ("87.250.224.0/19", "Yandex"),
    ("5.255.192.0/18", "Yandex"), ("94.100.176.0/20", "Mail.ru/VK"), ("217.69.128.0/20", "Mail.ru/VK"),
    ("128.214.0.0/16", "FUNET/Univ. Helsinki"), ("193.166.0.0/15", "FUNET"), ("195.113.0.0/16", "CESNET"),
    ("193.6.0.0/16", "KIFU/HBONE"), ("130.225.0.0/16", "DeIC"), ("195.251.0.0/16", "GRNET"),
    ("147.102.0.0/16", "NTUA"), ("193.140.0.0/16", "ULAKBIM"), ("133.11.0.0/16", "Univ. of Tokyo"),
    ("130.54.0.0/16", "Kyoto Univ."), ("143.248.0.0/16", "KAIST"), ("147.46.0.0/16", "Seoul Nat. Univ."),
    ("166.111.0.0/16", "Tsinghua Univ."), ("162.105.0.0/16", "Peking Univ."), ("158.250.0.0/16", "Moscow State Univ."),
    ("31.13.64.0/18", "Meta"), ("157.240.0.0/16", "Meta"), ("13.32.0.0/15", "Amazon CloudFront"),
    ("52.0.0.0/11", "Amazon AWS"), ("13.104.0.0/14", "Microsoft"), ("223.5.5.0/24", "AliDNS"),
    ("114.114.114.0/24", "114DNS"), ("168.126.63.0/24", "KT DNS"), ("1.1.1.0/24", "Cloudflare DNS"),
    ("9.9.9.0/24", "Quad9"), ("141.85.0.0/16", "Univ. Politehnica Bucharest"),
]
IPV6_PREFIXES = [
    ("2001:4860::/32", "Google"), ("2a00:1450::/32", "Google EU"), ("2404:6800::/32", "Google APAC"),
    ("2606:4700::/32", "Cloudflare"), ("2400:cb00::/32", "Cloudflare APAC"), ("2a03:2880::/32", "Meta"),
    ("2620:0:860::/46", "Wikimedia"), ("2a02:ec80::/32", "Wikimedia EU"), ("2a02:6b8::/32", "Yandex"),
    ("2606:50c0::/32", "GitHub"), ("2001:470::/32", "Hurricane Electric"), ("2001:708::/32", "FUNET"),
    ("2001:718::/32", "CESNET"), ("2001:218::/32", "NTT"), ("240e::/20", "China Telecom"),
    ("2409:8000::/20", "China Mobile"), ("2408:8000::/20", "China Unicom"), ("2600:1f00::/24", "Amazon AWS"),
]


def rand_in_net(r, cidr, v6=False):
    net = ipaddress.ip_network(cidr)
    while True:
        if v6:
            off = r.getrandbits(min(64, 128 - net.prefixlen))
            # keep host parts sparse like real addresses
            if r.random() < 0.5:
                off &= 0xFFFF_FFFF
            if r.random() < 0.4:
                off = (r.getrandbits(16) << 64) | r.getrandbits(16)
            ip = net.network_address + off
        else:
            size = net.num_addresses
            ip = net.network_address + r.randrange(1, size - 1)
            last = int(ip) & 0xFF
            if last in (0, 255):
                continue
        if ip in net and ip.is_global and not ip.is_multicast:
            return ip


def make_ip(r, ctx, want_v6=False):
    v6 = want_v6
    if v6:
        cidr, prov = r.choice(IPV6_PREFIXES)
        ip = rand_in_net(r, cidr, True)
        txt = ip.compressed
        style = "compressed"
        if r.random() < 0.12:
            txt = txt.upper()
            style = "compressed, upper-case"
        elif r.random() < 0.1:
            txt = ip.exploded
            style = "exploded"
        fmt = "IPv6 global (%s prefix %s), %s" % (prov, cidr, style)
    else:
        cidr, prov = r.choice(IPV4_PREFIXES)
        ip = rand_in_net(r, cidr, False)
        txt = str(ip)
        fmt = "IPv4 public unicast (%s prefix %s)" % (prov, cidr)
    return {"cls": "S", "kind": "ip", "value": txt, "pre": "", "post": "", "fmt": fmt, "v6": v6}


# --------------------------------------------------------------------------
# Part 4: phone numbers (allocated ranges of each national numbering plan)
# Each function returns (type, [national forms], [international forms]).
# International forms start with "+CC"; a share is rewritten to "00CC".
# --------------------------------------------------------------------------
COUNTRY_CC = {"JP": "81", "CN": "86", "KR": "82", "RU": "7", "UA": "380", "TR": "90", "SA": "966", "AE": "971",
              "EG": "20", "CZ": "420", "RO": "40", "HU": "36", "DK": "45", "FI": "358", "GR": "30", "VN": "84",
              "ID": "62", "US": "1"}
COUNTRY_TLD = {"JP": ".jp", "CN": ".cn", "KR": ".kr", "RU": ".ru", "UA": ".ua", "TR": ".tr", "SA": ".sa",
               "AE": ".ae", "EG": ".eg", "CZ": ".cz", "RO": ".ro", "HU": ".hu", "DK": ".dk", "FI": ".fi",
               "GR": ".gr", "VN": ".vn", "ID": ".id", "US": ".us"}


def ph_JP(r):
    t = r.choices(["landline", "mobile", "tollfree"], [45, 45, 10])[0]
    if t == "landline":
        area, la = r.choice([("3", 4), ("6", 4), ("45", 3), ("52", 3), ("75", 3), ("92", 3), ("11", 3),
                             ("22", 3), ("78", 3), ("82", 3)])
        a = rdigits(r, la, "3456" if la == 4 else "23456789")
        b = rdigits(r, 4)
    elif t == "mobile":
        area = r.choice(["90", "80", "70"])
        a, b = rdigits(r, 4, "123456789"), rdigits(r, 4)
    else:
        nat = "0120-%s-%s" % (rdigits(r, 3, "12345789"), rdigits(r, 3))
        return t, [nat], []
    nat = ["0%s-%s-%s" % (area, a, b), "0%s(%s)%s" % (area, a, b), "(0%s)%s-%s" % (area, a, b), "0%s（%s）%s" % (area, a, b)]
    intl = ["+81 %s-%s-%s" % (area, a, b), "+81-%s-%s-%s" % (area, a, b), "+81 %s %s %s" % (area, a, b),
            "+81-(0)%s-%s-%s" % (area, a, b)]
    return t, nat, intl


CN_MOB = [130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156, 157, 158, 159, 166,
          173, 175, 176, 177, 178, 180, 181, 182, 183, 184, 185, 186, 187, 188, 189, 191, 198, 199]


def ph_CN(r):
    t = r.choices(["mobile", "landline", "service400"], [60, 35, 5])[0]
    if t == "mobile":
        p = str(r.choice(CN_MOB))
        a, b = rdigits(r, 4), rdigits(r, 4)
        return t, [p + a + b, "%s %s %s" % (p, a, b), "%s-%s-%s" % (p, a, b)], \
            ["+86 %s %s %s" % (p, a, b), "+86-%s%s%s" % (p, a, b), "+86 %s%s%s" % (p, a, b), "(+86) %s %s %s" % (p, a, b)]
    if t == "landline":
        area = r.choice(["10", "21", "20", "755", "571", "28", "25", "27"])
        loc = rdigits(r, 8, "2345678")
        return t, ["0%s-%s" % (area, loc), "0%s-%s %s" % (area, loc[:4], loc[4:]), "(0%s)%s" % (area, loc), "（0%s）%s" % (area, loc),
                   "0%s %s %s" % (area, loc[:4], loc[4:])], \
            ["+86 %s %s %s" % (area, loc[:4], loc[4:]), "+86-%s-%s" % (area, loc)]
    mid = r.choice(["600", "610", "620", "650", "660", "700", "800", "810", "820", "830", "880", "890"])
    return t, ["400-%s-%s" % (mid, rdigits(r, 4)), "400 %s %s" % (mid, rdigits(r, 4))], []


def ph_KR(r):
    t = r.choices(["mobile", "landline", "representative"], [55, 38, 7])[0]
    if t == "mobile":
        a, b = rdigits(r, 4, "23456789"), rdigits(r, 4)
        return t, ["010-%s-%s" % (a, b), "010 %s %s" % (a, b), "010%s%s" % (a, b)], \
            ["+82 10-%s-%s" % (a, b), "+82-10-%s-%s" % (a, b), "+82 10 %s %s" % (a, b)]
    if t == "landline":
        ac = r.choice(["2", "2", "31", "32", "51", "53", "42", "62", "64"])
        a = rdigits(r, r.choice([3, 4]) if ac == "2" else 3, "23456789")
        b = rdigits(r, 4)
        return t, ["0%s-%s-%s" % (ac, a, b), "(0%s) %s-%s" % (ac, a, b), "0%s)%s-%s" % (ac, a, b)], \
            ["+82 %s-%s-%s" % (ac, a, b), "+82-%s-%s-%s" % (ac, a, b)]
    p = r.choice(["1588", "1577", "1644", "1566", "1600", "1899"])
    return t, ["%s-%s" % (p, rdigits(r, 4))], []


RU_MOB = ["903", "905", "906", "909", "910", "912", "915", "916", "917", "919", "921", "925", "926", "929", "950",
          "960", "964", "977", "985", "999"]


def ph_RU(r):
    if r.random() < 0.6:
        t, code, sub = "mobile", r.choice(RU_MOB), rdigits(r, 7, "123456789")
    else:
        t, code, sub = "landline", r.choice(["495", "499", "812", "343", "383", "843", "846", "861"]), rdigits(r, 7, "23456789")
    a, b, c = sub[:3], sub[3:5], sub[5:]
    return t, ["8 (%s) %s-%s-%s" % (code, a, b, c), "8-%s-%s-%s-%s" % (code, a, b, c), "8 %s %s-%s-%s" % (code, a, b, c),
               "8%s%s" % (code, sub)], \
        ["+7 (%s) %s-%s-%s" % (code, a, b, c), "+7 %s %s-%s-%s" % (code, a, b, c), "+7 %s %s %s %s" % (code, a, b, c),
         "+7%s%s" % (code, sub), "+7-%s-%s-%s-%s" % (code, a, b, c)]


def ph_UA(r):
    if r.random() < 0.65:
        t, code, sub = "mobile", r.choice(["50", "66", "95", "99", "67", "68", "96", "97", "98", "63", "73", "93"]), rdigits(r, 7, "123456789")
    else:
        t, code, sub = "landline", r.choice(["44", "32", "48", "57", "56"]), rdigits(r, 7, "2345")
    a, b, c = sub[:3], sub[3:5], sub[5:]
    return t, ["0%s %s %s %s" % (code, a, b, c), "(0%s) %s-%s-%s" % (code, a, b, c), "0%s%s" % (code, sub),
               "0%s-%s-%s-%s" % (code, a, b, c)], \
        ["+380 %s %s %s%s" % (code, a, b, c), "+380 (%s) %s-%s-%s" % (code, a, b, c),
         "+38 (0%s) %s-%s-%s" % (code, a, b, c), "+380%s%s" % (code, sub)]


TR_MOB = ["501", "505", "506", "507", "530", "531", "532", "533", "534", "535", "536", "537", "538", "539", "541",
          "542", "543", "544", "545", "546", "547", "548", "549", "551", "552", "553", "554", "555", "559"]


def ph_TR(r):
    if r.random() < 0.6:
        t, code, sub = "mobile", r.choice(TR_MOB), rdigits(r, 7, "123456789")
    else:
        t, code, sub = "landline", r.choice(["212", "216", "312", "232", "224", "242", "322"]), rdigits(r, 7, "23456")
    a, b, c = sub[:3], sub[3:5], sub[5:]
    return t, ["0%s %s %s %s" % (code, a, b, c), "0 (%s) %s %s %s" % (code, a, b, c), "(0%s) %s %s %s" % (code, a, b, c),
               "0%s %s" % (code, sub), "0%s%s" % (code, sub)], \
        ["+90 %s %s %s %s" % (code, a, b, c), "+90 (%s) %s %s %s" % (code, a, b, c), "+90%s%s" % (code, sub),
         "+90 %s %s" % (code, sub)]


def ph_SA(r):
    if r.random() < 0.7:
        t, code, a, b = "mobile", "5" + r.choice("0345689"), rdigits(r, 3, "123456789"), rdigits(r, 4)
    else:
        t, code, a, b = "landline", r.choice(["11", "12", "13", "14", "16", "17"]), rdigits(r, 3, "234"), rdigits(r, 4)
    return t, ["0%s %s %s" % (code, a, b), "0%s%s%s" % (code, a, b), "0%s-%s-%s" % (code, a, b)], \
        ["+966 %s %s %s" % (code, a, b), "+966%s%s%s" % (code, a, b), "+966 %s %s%s" % (code, a, b)]


def ph_AE(r):
    if r.random() < 0.65:
        t, code, a, b = "mobile", r.choice(["50", "52", "54", "55", "56", "58"]), rdigits(r, 3, "123456789"), rdigits(r, 4)
    else:
        t, code, a, b = "landline", r.choice(["4", "4", "2", "6", "7", "9"]), rdigits(r, 3, "2345678"), rdigits(r, 4)
    return t, ["0%s %s %s" % (code, a, b), "0%s-%s%s" % (code, a, b), "0%s %s%s" % (code, a, b)], \
        ["+971 %s %s %s" % (code, a, b), "+971-%s-%s%s" % (code, a, b), "+971 %s %s%s" % (code, a, b)]


def ph_EG(r):
    if r.random() < 0.7:
        code = r.choice(["100", "101", "106", "109", "111", "112", "114", "115", "120", "122", "127", "128", "150", "155"])
        sub = rdigits(r, 7)
        a, b = sub[:3], sub[3:]
        return "mobile", ["0%s %s %s" % (code, a, b), "0%s%s" % (code, sub), "0%s-%s-%s" % (code, a, b)], \
            ["+20 %s %s %s" % (code, a, b), "+20%s%s" % (code, sub), "+20 %s %s" % (code, sub)]
    a, b = rdigits(r, 4, "23"), rdigits(r, 4)
    return "landline", ["02 %s %s" % (a, b), "(02) %s%s" % (a, b), "02-%s%s" % (a, b)], \
        ["+20 2 %s %s" % (a, b), "+20 2 %s%s" % (a, b)]


CZ_MOB = ["601", "602", "603", "604", "605", "606", "607", "608", "702", "703", "704", "705", "720", "721", "722",
          "723", "724", "725", "728", "730", "731", "732", "733", "734", "736", "737", "739", "770", "773", "774",
          "775", "776", "777", "778", "779", "790", "792", "799"]


def ph_CZ(r):
    if r.random() < 0.6:
        t, p = "mobile", r.choice(CZ_MOB)
    else:
        t, p = "landline", r.choice(["2" + rdigits(r, 2, "2345689"), "54" + rdigits(r, 1, "1234"), "59" + rdigits(r, 1, "5679"),
                                     "37" + rdigits(r, 1, "3")])
    a, b = rdigits(r, 3), rdigits(r, 3)
    return t, ["%s %s %s" % (p, a, b), "%s%s%s" % (p, a, b), "%s %s%s" % (p, a, b)], \
        ["+420 %s %s %s" % (p, a, b), "+420%s%s%s" % (p, a, b), "+420 %s%s%s" % (p, a, b)]


def ph_RO(r):
    x = r.random()
    if x < 0.6:
        t, p = "mobile", "7" + r.choice("245678") + r.choice("0123456789")
        a, b = rdigits(r, 3), rdigits(r, 3)
        return t, ["0%s %s %s" % (p, a, b), "0%s.%s.%s" % (p, a, b), "0%s-%s-%s" % (p, a, b), "0%s%s%s" % (p, a, b)], \
            ["+40 %s %s %s" % (p, a, b), "+40%s%s%s" % (p, a, b), "+40 %s%s%s" % (p, a, b)]
    if x < 0.8:
        c = r.choice(["21", "31"])
        a, b = rdigits(r, 3, "2345"), rdigits(r, 4)
        return "landline", ["0%s %s %s" % (c, a, b), "0%s.%s.%s" % (c, a, b), "0%s-%s-%s" % (c, a, b)], \
            ["+40 %s %s %s" % (c, a, b), "+40%s%s%s" % (c, a, b)]
    c = r.choice(["264", "232", "256", "268", "251"])
    a, b = rdigits(r, 3, "2345"), rdigits(r, 3)
    return "landline", ["0%s %s %s" % (c, a, b), "0%s/%s%s" % (c, a, b)], ["+40 %s %s %s" % (c, a, b)]


def ph_HU(r):
    x = r.random()
    if x < 0.6:
        t, c, a, b = "mobile", r.choice(["20", "30", "31", "70", "50"]), rdigits(r, 3, "123456789"), rdigits(r, 4)
    elif x < 0.8:
        t, c, a, b = "landline", "1", rdigits(r, 3, "234"), rdigits(r, 4)
    else:
        t, c, a, b = "landline", r.choice(["52", "62", "72", "96", "46", "88"]), rdigits(r, 3, "2345"), rdigits(r, 3)
    return t, ["06 %s %s %s" % (c, a, b), "06-%s/%s-%s" % (c, a, b), "06 (%s) %s-%s" % (c, a, b), "06%s%s%s" % (c, a, b),
               "(06-%s) %s-%s" % (c, a, b)], \
        ["+36 %s %s %s" % (c, a, b), "+36-%s-%s-%s" % (c, a, b), "+36 (%s) %s %s" % (c, a, b), "+36%s%s%s" % (c, a, b)]


DK_MOB = ["20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "40", "41", "42", "50", "51", "52",
          "53", "60", "61", "71", "81", "91", "92", "93"]
DK_LAND = ["33", "35", "36", "38", "39", "43", "44", "45", "46", "47", "48", "49", "86", "87", "89", "98", "97", "96",
           "75", "76", "62", "65", "66"]


def ph_DK(r):
    if r.random() < 0.55:
        t, a = "mobile", r.choice(DK_MOB)
    else:
        t, a = "landline", r.choice(DK_LAND)
    b, c, d = rdigits(r, 2), rdigits(r, 2), rdigits(r, 2)
    return t, ["%s %s %s %s" % (a, b, c, d), "%s%s %s%s" % (a, b, c, d), "%s%s%s%s" % (a, b, c, d)], \
        ["+45 %s %s %s %s" % (a, b, c, d), "+45 %s%s%s%s" % (a, b, c, d), "+45%s%s%s%s" % (a, b, c, d),
         "+45 %s%s %s%s" % (a, b, c, d)]


def ph_FI(r):
    if r.random() < 0.65:
        t, c, a, b = "mobile", r.choice(["40", "41", "44", "45", "46", "50"]), rdigits(r, 3, "123456789"), rdigits(r, 4)
    else:
        t, c, a, b = "landline", r.choice(["9", "9", "3", "2", "8"]), rdigits(r, 3, "2345678"), rdigits(r, 4)
    return t, ["0%s %s %s" % (c, a, b), "0%s %s%s" % (c, a, b), "0%s-%s %s" % (c, a, b), "0%s%s%s" % (c, a, b)], \
        ["+358 %s %s %s" % (c, a, b), "+358 %s %s%s" % (c, a, b), "+358%s%s%s" % (c, a, b)]


def ph_GR(r):
    x = r.random()
    if x < 0.55:
        p, a, b = "69" + r.choice("0345789"), rdigits(r, 3), rdigits(r, 4)
        t = "mobile"
    elif x < 0.85:
        p, a, b = "210", rdigits(r, 3, "3456789"), rdigits(r, 4)
        t = "landline"
    else:
        s = rdigits(r, 6, "23456789")
        return "landline", ["2310 %s" % s, "2310 %s %s" % (s[:3], s[3:]), "2310-%s" % s], \
            ["+30 2310 %s" % s, "+30 2310 %s %s" % (s[:3], s[3:])]
    return t, ["%s %s %s" % (p, a, b), "%s%s%s" % (p, a, b), "%s %s%s" % (p, a, b), "%s-%s%s" % (p, a, b)], \
        ["+30 %s %s %s" % (p, a, b), "+30 %s%s%s" % (p, a, b), "+30%s%s%s" % (p, a, b)]


VN_MOB = ["90", "93", "89", "70", "76", "77", "78", "79", "91", "94", "88", "81", "82", "83", "84", "85", "96", "97",
          "98", "86", "32", "33", "34", "35", "36", "37", "38", "39"]


def ph_VN(r):
    if r.random() < 0.7:
        p, sub = r.choice(VN_MOB), rdigits(r, 7)
        return "mobile", ["0%s%s %s %s" % (p, sub[0], sub[1:4], sub[4:]), "0%s %s %s" % (p, sub[:3], sub[3:]),
                          "0%s%s.%s.%s" % (p, sub[0], sub[1:4], sub[4:]), "0%s%s" % (p, sub)], \
            ["+84 %s%s %s %s" % (p, sub[0], sub[1:4], sub[4:]), "+84 %s %s %s" % (p, sub[:3], sub[3:]), "+84%s%s" % (p, sub)]
    c = r.choice(["24", "28"])
    a, b = rdigits(r, 4, "3456"), rdigits(r, 4)
    return "landline", ["0%s %s %s" % (c, a, b), "(0%s) %s %s" % (c, a, b), "0%s.%s.%s" % (c, a, b)], \
        ["+84 %s %s %s" % (c, a, b), "+84 %s %s%s" % (c, a, b)]


ID_MOB = ["811", "812", "813", "821", "822", "823", "852", "853", "814", "815", "816", "855", "856", "857", "858",
          "817", "818", "819", "859", "877", "878", "895", "896", "897", "898", "899", "881", "882", "883", "887", "888"]


def ph_ID(r):
    if r.random() < 0.75:
        p = r.choice(ID_MOB)
        if r.random() < 0.7:
            a, b = rdigits(r, 4), rdigits(r, 4)
        else:
            a, b = rdigits(r, 3), rdigits(r, 4)
        return "mobile", ["0%s-%s-%s" % (p, a, b), "0%s %s %s" % (p, a, b), "0%s%s%s" % (p, a, b), "0%s-%s%s" % (p, a, b)], \
            ["+62 %s-%s-%s" % (p, a, b), "+62 %s %s %s" % (p, a, b), "+62%s%s%s" % (p, a, b)]
    c = r.choice(["21", "21", "31", "22"])
    a = rdigits(r, 4 if c == "21" else 3, "2345678")
    b = rdigits(r, 4)
    return "landline", ["(0%s) %s %s" % (c, a, b), "0%s-%s%s" % (c, a, b), "0%s %s %s" % (c, a, b)], \
        ["+62 %s %s %s" % (c, a, b), "+62-%s-%s%s" % (c, a, b)]


US_AREAS = ["212", "646", "718", "917", "415", "510", "650", "408", "206", "312", "773", "617", "202", "305", "512",
            "713", "214", "303", "404", "503", "602", "612", "702", "801"]


def ph_US(r):
    if r.random() < 0.06:
        p = r.choice(["800", "888", "877", "866"])
        ex = rdigits(r, 3, "23456789")
        ln = rdigits(r, 4)
        return "tollfree", ["1-%s-%s-%s" % (p, ex, ln), "(%s) %s-%s" % (p, ex, ln)], \
            ["+1 %s %s %s" % (p, ex, ln), "+1-%s-%s-%s" % (p, ex, ln)]
    area = r.choice(US_AREAS)
    while True:
        ex = rdigits(r, 3, "23456789")
        if ex[1:] != "11" and ex not in ("555", "950", "958", "959", "976"):
            break
    ln = rdigits(r, 4)
    return "landline/mobile", ["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln), "%s.%s.%s" % (area, ex, ln)], \
        ["+1 %s %s %s" % (area, ex, ln), "+1 (%s) %s-%s" % (area, ex, ln), "+1-%s-%s-%s" % (area, ex, ln),
         "+1 %s-%s-%s" % (area, ex, ln)]


PHONE_GEN = {"JP": ph_JP, "CN": ph_CN, "KR": ph_KR, "RU": ph_RU, "UA": ph_UA, "TR": ph_TR, "SA": ph_SA, "AE": ph_AE,
             "EG": ph_EG, "CZ": ph_CZ, "RO": ph_RO, "HU": ph_HU, "DK": ph_DK, "FI": ph_FI, "GR": ph_GR, "VN": ph_VN,
             "ID": ph_ID, "US": ph_US}


def national_ok(ctx, country):
    url = ctx.get("url") or ""
    host = re.sub(r"^[a-z]+://", "", url).split("/")[0]
    return host.endswith(COUNTRY_TLD[country])


def make_phone(r, ctx, country=None, want=None):
    """want: None | 'mobile' | 'landline' (a hint)"""
    if country is None:
        home = 0.5 if ctx["lang"] == "en" else 0.85
        country = ctx["country"] if r.random() < home else r.choice(sorted(COUNTRY_CC))
    nat_allowed = national_ok(ctx, country)
    use_nat = nat_allowed and r.random() < 0.85
    for _ in range(50):
        t, nat, intl = PHONE_GEN[country](r)
        if want and want not in t and r.random() < 0.8:
            continue
        if use_nat or intl:
            break
    if use_nat:
        value = r.choice(nat)
        form = "national"
        if country == "JP" and r.random() < 0.12:
            value = fullwidth(value)
            form = "national, fullwidth digits"
    else:
        value = r.choice(intl)
        form = "international +%s" % COUNTRY_CC[country]
        if value.startswith("+" + COUNTRY_CC[country]) and r.random() < 0.15:
            value = "00" + value[1:]
            form = "international 00%s" % COUNTRY_CC[country]
    pattern = re.sub(r"\d", "X", value)
    return {"cls": "S", "kind": "phone", "value": value, "pre": "", "post": "", "ptype": t, "country": country,
            "fmt": "phone %s %s %s '%s'" % (country, t, form, pattern)}


# --------------------------------------------------------------------------
# Part 5: payment cards (Luhn-valid) and IBANs (ISO 13616 mod-97)
# --------------------------------------------------------------------------
def card_number(r, brand):
    if brand == "Visa":
        prefix, n = "4", 16
    elif brand == "Mastercard":
        prefix = str(r.randint(51, 55)) if r.random() < 0.65 else str(r.randint(2221, 2720))
        n = 16
    elif brand == "Amex":
        prefix, n = r.choice(["34", "37"]), 15
    elif brand == "JCB":
        prefix, n = str(r.randint(3528, 3589)), 16
    elif brand == "UnionPay":
        prefix = r.choice(["621700", "622202", "622848", "621483", "625906", "623058", "621661", "622588"])
        n = 19 if r.random() < 0.35 else 16
    elif brand == "Diners":
        prefix, n = r.choice(["36", "300", "301", "305"]), 14
    elif brand == "Discover":
        prefix, n = r.choice(["6011", "644", "645", "649", "65"]), 16
    else:
        raise ValueError(brand)
    body = prefix + "".join(r.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    num = body + luhn_check_digit(body)
    assert luhn_ok(num) and len(num) == n
    return num


def group_card(num, brand, style):
    if style == "none":
        return num
    sep = " " if style == "spaces" else "-"
    n = len(num)
    if brand == "Amex":
        parts = [num[:4], num[4:10], num[10:]]
    elif brand == "Diners" and n == 14:
        parts = [num[:4], num[4:10], num[10:]]
    elif n == 19:
        parts = [num[i:i + 4] for i in range(0, 16, 4)] + [num[16:]]
    else:
        parts = [num[i:i + 4] for i in range(0, n, 4)]
    return sep.join(parts)


CARD_BRAND_W = {
    "ja": {"Visa": 25, "Mastercard": 20, "JCB": 35, "Amex": 10, "Diners": 5, "UnionPay": 3, "Discover": 2},
    "zh": {"UnionPay": 50, "Visa": 20, "Mastercard": 15, "JCB": 5, "Amex": 5, "Diners": 2, "Discover": 3},
    "ko": {"Visa": 35, "Mastercard": 35, "JCB": 10, "Amex": 10, "UnionPay": 5, "Diners": 3, "Discover": 2},
    "en": {"Visa": 28, "Mastercard": 26, "Amex": 14, "Discover": 12, "Diners": 8, "JCB": 6, "UnionPay": 6},
}
CARD_BRAND_DEFAULT = {"Visa": 30, "Mastercard": 30, "Amex": 10, "JCB": 8, "UnionPay": 8, "Diners": 7, "Discover": 7}


def make_card(r, ctx):
    w = CARD_BRAND_W.get(ctx["lang"], CARD_BRAND_DEFAULT)
    brands = sorted(w)
    brand = r.choices(brands, [w[b] for b in brands])[0]
    num = card_number(r, brand)
    style = r.choices(["spaces", "dashes", "none"], [50, 20, 30])[0]
    value = group_card(num, brand, style)
    return {"cls": "S", "kind": "card", "value": value, "pre": "", "post": "", "brand": brand,
            "fmt": "card %s %d digits, %s" % (brand, len(num), {"spaces": "space-grouped", "dashes": "dash-grouped",
                                                                 "none": "no separators"}[style])}


def hu_block_ok(digits):
    w = [9, 7, 3, 1]
    return sum(int(d) * w[i % 4] for i, d in enumerate(digits)) % 10 == 0


def hu_block(r, head):
    """complete a Hungarian giro block so that weights 9,7,3,1 sum to 0 mod 10"""
    for c in "0123456789":
        if hu_block_ok(head + c):
            return head + c
    raise AssertionError


def fr_rib_key(bank, branch, account):
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)


IBAN_LEN = {"TR": 26, "SA": 24, "AE": 23, "CZ": 24, "RO": 24, "HU": 28, "DK": 18, "FI": 18, "GR": 27, "UA": 29,
            "DE": 22, "FR": 27, "GB": 22}
IBAN_BANKS = {
    "TR": [("00010", "Ziraat"), ("00012", "Halkbank"), ("00015", "VakifBank"), ("00064", "Is Bankasi"),
           ("00062", "Garanti BBVA"), ("00046", "Akbank"), ("00067", "Yapi Kredi"), ("00111", "QNB"), ("00134", "DenizBank")],
    "SA": [("80", "Al Rajhi"), ("10", "SNB"), ("20", "Riyad Bank"), ("45", "SAB"), ("05", "Alinma"), ("55", "BSF"),
           ("30", "Arab National Bank")],
    "AE": [("026", "Emirates NBD"), ("003", "ADCB"), ("035", "FAB"), ("033", "Mashreq"), ("024", "Dubai Islamic")],
    "CZ": [("0800", "Ceska sporitelna"), ("0300", "CSOB"), ("0100", "Komercni banka"), ("5500", "Raiffeisenbank"),
           ("2010", "Fio"), ("3030", "Air Bank"), ("6210", "mBank"), ("2700", "UniCredit"), ("0600", "Moneta")],
    "RO": [("BTRL", "Banca Transilvania"), ("RNCB", "BCR"), ("BRDE", "BRD"), ("INGB", "ING"), ("RZBR", "Raiffeisen"),
           ("CECE", "CEC"), ("BACX", "UniCredit")],
    "HU": [("117", "OTP"), ("107", "CIB"), ("120", "Raiffeisen"), ("104", "K&H"), ("116", "Erste"), ("109", "UniCredit")],
    "DK": [("3", "Danske Bank"), ("2", "Nordea"), ("5", "Jyske/Arbejdernes"), ("9", "Spar Nord/others")],
    "FI": [("1", "Nordea"), ("2", "Nordea"), ("5", "OP"), ("8", "Danske"), ("31", "Handelsbanken"), ("39", "S-Pankki"),
           ("405", "Aktia")],
    "GR": [("011", "National Bank of Greece"), ("017", "Piraeus"), ("026", "Eurobank"), ("014", "Alpha Bank")],
    "UA": [("305299", "PrivatBank"), ("300465", "Oschadbank"), ("380805", "Raiffeisen Bank"), ("351005", "UKRSIBBANK"),
           ("322001", "Universal Bank (monobank)")],
    "DE": [("10070000", "Deutsche Bank Berlin"), ("10040000", "Commerzbank Berlin"), ("10050000", "Berliner Sparkasse"),
           ("12030000", "DKB"), ("50070010", "Deutsche Bank Frankfurt"), ("70150000", "Stadtsparkasse Muenchen"),
           ("43060967", "GLS Bank"), ("37040044", "Commerzbank Koeln")],
    "FR": [("30004", "BNP Paribas"), ("30003", "Societe Generale"), ("30002", "LCL"), ("20041", "La Banque Postale"),
           ("10278", "Credit Mutuel"), ("30066", "CIC")],
    "GB": [("NWBK", "NatWest"), ("BARC", "Barclays"), ("LOYD", "Lloyds"), ("HBUK", "HSBC UK"), ("MIDL", "HSBC")],
}
GB_SORT_PREFIX = {"NWBK": "60", "BARC": "20", "LOYD": "30", "HBUK": "40", "MIDL": "40"}


def iban_bban(r, cc):
    code, bank = r.choice(IBAN_BANKS[cc])
    d = lambda n, first="0123456789": rdigits(r, n, first)
    if cc == "TR":
        bban = code + "0" + d(16)
    elif cc == "SA":
        bban = code + "0000" + d(14)
    elif cc == "AE":
        bban = code + "0" + d(15)
    elif cc == "CZ":
        prefix = "000000" if r.random() < 0.7 else "0000" + d(2, "123456789")
        bban = code + prefix + d(10)
    elif cc == "RO":
        bban = code + d(16) if r.random() < 0.6 else code + "0" + d(3) + "".join(
            r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(12))
    elif cc == "HU":
        first = hu_block(r, code + d(4))
        second = hu_block(r, d(15)) if r.random() < 0.4 else hu_block(r, d(7)) + "00000000"
        bban = first + second
        assert hu_block_ok(bban[:8]) and hu_block_ok(bban[8:])
    elif cc == "DK":
        bban = code + d(3) + d(10)
    elif cc == "FI":
        head = code + d(6 - len(code)) + d(7)
        bban = head + luhn_check_digit(head)
    elif cc == "GR":
        bban = code + d(4) + d(16)
    elif cc == "UA":
        bban = code + "0000" + d(15, "123456789")
    elif cc == "DE":
        bban = code + d(10)
    elif cc == "FR":
        branch, acct = d(5), d(11)
        bban = code + branch + acct + fr_rib_key(code, branch, acct)
    elif cc == "GB":
        bban = code + GB_SORT_PREFIX[code] + d(4) + d(8)
    else:
        raise ValueError(cc)
    return bban, bank


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


LANG_IBAN_CC = {
    "tr": ["TR"] * 6 + ["DE", "GB"], "ar": ["SA", "SA", "AE", "AE", "GB", "DE"], "cs": ["CZ"] * 6 + ["DE"],
    "ro": ["RO"] * 6 + ["DE", "FR"], "hu": ["HU"] * 6 + ["DE"], "da": ["DK"] * 6 + ["DE", "GB"],
    "fi": ["FI"] * 6 + ["DE"], "el": ["GR"] * 6 + ["DE", "FR"], "uk": ["UA"] * 6 + ["DE"],
}
for _l in ("ru", "ja", "zh", "ko", "vi", "id", "en"):       # no domestic IBAN: accounts abroad, all 13 countries
    LANG_IBAN_CC[_l] = ["TR", "SA", "AE", "CZ", "RO", "HU", "DK", "FI", "GR", "UA", "DE", "FR", "GB"]
LANG_IBAN_CC["ar"] = ["SA", "SA", "SA", "AE", "AE", "AE", "GB", "DE"]


def make_iban(r, ctx, cc=None):
    if cc is None:
        cc = r.choice(LANG_IBAN_CC[ctx["lang"]])
    bban, bank = iban_bban(r, cc)
    iban = iban_make(cc, bban)
    assert len(iban) == IBAN_LEN[cc], (cc, iban, len(iban))
    assert iban_ok(iban)
    grouped = r.random() < 0.6
    value = group4(iban) if grouped else iban
    return {"cls": "S", "kind": "iban", "value": value, "pre": "", "post": "", "cc": cc, "bank": bank,
            "fmt": "iban %s (%s), %s" % (cc, bank, "grouped by 4" if grouped else "compact")}


# --------------------------------------------------------------------------
# Part 6: look-alikes (strings that must NOT be reported as personal data)
# --------------------------------------------------------------------------
def _L(**kw):
    return kw


LKW = {  # deciding words, by purpose and language
    "version": _L(en=["Version", "version"], ja=["バージョン", "Ver."], zh=["版本", "版本号"], ko=["버전"],
                  ru=["версия", "Версия"], uk=["версія", "Версія"], tr=["Sürüm", "sürüm"], ar=["الإصدار"],
                  cs=["verze", "Verze"], ro=["versiunea", "Versiune"], hu=["verzió", "Verzió"], da=["version", "Version"],
                  fi=["versio", "Versio"], el=["Έκδοση"], vi=["Phiên bản", "phiên bản"], id=["Versi", "versi"]),
    "build": _L(en=["Build", "build"], ja=["ビルド"], zh=["构建版本", "Build"], ko=["빌드"], ru=["сборка", "Сборка"],
                uk=["збірка"], tr=["Derleme"], ar=["البناء"], cs=["sestavení"], ro=["Build"], hu=["Build"], da=["Build"],
                fi=["koontiversio", "Build"], el=["Build"], vi=["Bản dựng", "Build"], id=["Build"]),
    "date": _L(en=["Date", "Issued"], ja=["日付", "発行日"], zh=["日期", "开票日期"], ko=["날짜", "발행일"], ru=["Дата"],
               uk=["Дата"], tr=["Tarih"], ar=["التاريخ"], cs=["Datum"], ro=["Data"], hu=["Dátum", "Kelt"], da=["Dato"],
               fi=["Päivämäärä", "Pvm"], el=["Ημερομηνία"], vi=["Ngày"], id=["Tanggal"]),
    "time": _L(en=["Time"], ja=["時刻"], zh=["时间"], ko=["시간"], ru=["Время"], uk=["Час"], tr=["Saat"], ar=["الوقت"],
               cs=["Čas"], ro=["Ora"], hu=["Időpont"], da=["Tidspunkt"], fi=["Kellonaika"], el=["Ώρα"], vi=["Giờ"],
               id=["Pukul"]),
    "price": _L(en=["Price", "Total", "Amount"], ja=["価格", "合計", "金額"], zh=["价格", "合计", "金额"], ko=["가격", "합계", "금액"],
                ru=["Цена", "Итого", "Сумма"], uk=["Ціна", "Разом", "Сума"], tr=["Fiyat", "Toplam", "Tutar"],
                ar=["السعر", "الإجمالي", "المبلغ"], cs=["Cena", "Celkem"], ro=["Preț", "Total"], hu=["Ár", "Összesen", "Fizetendő"],
                da=["Pris", "I alt", "Beløb"], fi=["Hinta", "Yhteensä"], el=["Τιμή", "Σύνολο"], vi=["Giá", "Tổng cộng"],
                id=["Harga", "Total"]),
    "order": _L(en=["Order #", "Order No."], ja=["注文番号", "ご注文番号"], zh=["订单号", "订单编号"], ko=["주문번호"],
                ru=["Номер заказа", "Заказ №"], uk=["Номер замовлення", "Замовлення №"], tr=["Sipariş No", "Sipariş numarası"],
                ar=["رقم الطلب"], cs=["Číslo objednávky", "Objednávka č."], ro=["Nr. comandă", "Comanda nr."],
                hu=["Rendelésszám"], da=["Ordrenr.", "Ordrenummer"], fi=["Tilausnumero", "Tilausnro"],
                el=["Αρ. παραγγελίας"], vi=["Mã đơn hàng"], id=["No. Pesanan", "Nomor pesanan"]),
    "invoice": _L(en=["Invoice No."], ja=["請求書番号"], zh=["发票号码"], ko=["청구서 번호"], ru=["Счёт №"], uk=["Рахунок-фактура №"],
                  tr=["Fatura No"], ar=["رقم الفاتورة"], cs=["Faktura č."], ro=["Factura nr."], hu=["Számla sorszáma"],
                  da=["Fakturanr."], fi=["Laskun numero"], el=["Αρ. τιμολογίου"], vi=["Số hóa đơn"], id=["No. Faktur"]),
    "tracking": _L(en=["Tracking number", "Tracking #"], ja=["お問い合わせ伝票番号", "追跡番号"], zh=["运单号", "快递单号"],
                   ko=["운송장번호"], ru=["Трек-номер", "Почтовый идентификатор"], uk=["ТТН", "Номер накладної"],
                   tr=["Kargo takip no", "Takip numarası"], ar=["رقم التتبع", "رقم الشحنة"], cs=["Číslo zásilky"], ro=["AWB"],
                   hu=["Csomagszám", "Követési szám"], da=["Track & Trace", "Forsendelsesnr."], fi=["Seurantatunnus", "Lähetystunnus"],
                   el=["Αριθμός αποστολής"], vi=["Mã vận đơn"], id=["No. Resi", "Nomor resi"]),
    "ref": _L(en=["Ref.", "Reference", "Transaction ID"], ja=["お問い合わせ番号", "取引番号"], zh=["流水号", "交易单号"],
              ko=["거래번호", "승인번호"], ru=["Номер операции", "Идентификатор платежа"], uk=["Номер операції", "Код транзакції"],
              tr=["Referans No", "İşlem No"], ar=["الرقم المرجعي", "رقم العملية"], cs=["Číslo transakce"],
              ro=["Nr. referință", "ID tranzacție"], hu=["Tranzakció azonosító", "Hivatkozási szám"],
              da=["Referencenr.", "Transaktions-ID"], fi=["Viitenumero", "Viite"], el=["Αρ. αναφοράς", "Κωδικός συναλλαγής"],
              vi=["Mã giao dịch", "Số tham chiếu"], id=["No. Referensi", "ID Transaksi"]),
    "coords": _L(en=["Coordinates", "GPS"], ja=["座標", "緯度経度"], zh=["坐标", "经纬度"], ko=["좌표"], ru=["Координаты", "GPS"],
                 uk=["Координати", "GPS"], tr=["Koordinatlar", "GPS"], ar=["الإحداثيات"], cs=["GPS", "Souřadnice"],
                 ro=["Coordonate GPS"], hu=["GPS", "Koordináták"], da=["GPS", "Koordinater"], fi=["Koordinaatit", "GPS"],
                 el=["Συντεταγμένες", "GPS"], vi=["Tọa độ"], id=["Koordinat", "Titik GPS"]),
    "ean": _L(en=["UPC/EAN", "EAN"], ja=["JANコード", "JAN"], zh=["条形码", "商品条码"], ko=["바코드"], ru=["Штрихкод", "EAN"],
              uk=["Штрихкод"], tr=["Barkod"], ar=["الباركود"], cs=["EAN"], ro=["Cod EAN"], hu=["Vonalkód", "EAN"],
              da=["EAN", "Stregkode"], fi=["EAN", "Viivakoodi"], el=["Barcode", "EAN"], vi=["Mã vạch"], id=["Barcode"]),
    "math": _L(en=["Formula"], ja=["計算式"], zh=["算式"], ko=["계산식"], ru=["Формула"], uk=["Формула"], tr=["Formül"],
               ar=["المعادلة"], cs=["Vzorec"], ro=["Formula"], hu=["Képlet"], da=["Formel"], fi=["Kaava"], el=["Τύπος"],
               vi=["Công thức"], id=["Rumus"]),
    "localip": _L(en=["internal IP", "LAN IP", "gateway"], ja=["ローカルIP", "社内LAN"], zh=["内网IP", "网关"],
                  ko=["내부 IP", "게이트웨이"], ru=["локальный IP", "шлюз"], uk=["локальна IP", "шлюз"], tr=["yerel IP", "ağ geçidi"],
                  ar=["IP الداخلي", "البوابة"], cs=["lokální IP", "brána"], ro=["IP local", "gateway"], hu=["helyi IP", "átjáró"],
                  da=["lokal IP", "gateway"], fi=["sisäverkon IP", "yhdyskäytävä"], el=["τοπική IP", "πύλη"],
                  vi=["IP nội bộ", "gateway"], id=["IP lokal", "gateway"]),
    "decorator": _L(en=["decorator"], ja=["デコレーター"], zh=["装饰器"], ko=["데코레이터"], ru=["декоратор"], uk=["декоратор"],
                    tr=["dekoratör"], ar=["المزخرف"], cs=["dekorátor"], ro=["decoratorul"], hu=["dekorátor"], da=["decorator"],
                    fi=["dekoraattori"], el=["decorator"], vi=["decorator"], id=["decorator"]),
    "image": _L(en=["image"], ja=["画像"], zh=["图片"], ko=["이미지"], ru=["изображение"], uk=["зображення"], tr=["resim"],
                ar=["صورة"], cs=["obrázek"], ro=["imagine"], hu=["kép"], da=["billede"], fi=["kuva"], el=["εικόνα"],
                vi=["hình ảnh"], id=["gambar"]),
}


def lkw(r, key, lang):
    return r.choice(LKW[key][lang])


def look(name, value, fmt, label=None, pre="", post="", inline=False, lsep=None):
    return {"cls": "L", "name": name, "value": value, "fmt": fmt, "label": label, "pre": pre, "post": post,
            "inline": inline, "lsep": lsep}


AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def lk_version(r, ctx, lab):
    lang = ctx["lang"]
    if lab and r.random() < 0.6:
        if r.random() < 0.45:
            v = "%d.%d.%d.%d" % (r.randint(1, 20), r.randint(0, 9), r.randint(0, 255), r.randint(1, 254))
            key = "version"
        else:
            k = r.randrange(3)
            if k == 0:
                v = "10.0.%d.%d" % (r.choice([19045, 22621, 22631, 26100]), r.randint(1000, 4500))
                key = "build"
            elif k == 1:
                v = "%d.0.%d.%d" % (r.randint(110, 126), r.randint(5000, 6500), r.randint(50, 250))
                key = "version"
            else:
                v = "16.0.%d.%d" % (r.randint(14000, 17999), r.randint(20000, 20300))
                key = "build"
        return look("version", v, "4-part version/build number with deciding word", label=lkw(r, key, lang))
    v = "%d.%d.%d" % (r.randint(0, 12), r.randint(0, 40), r.randint(0, 30))
    if r.random() < 0.3:
        v = "v" + v
    if r.random() < 0.15:
        v += r.choice(["-beta.2", "-rc1", "-alpha", ".post1"])
    return look("version", v, "3-part version", label=lkw(r, "version", lang) if lab else None)


def rand_date(r):
    y, m = r.randint(2019, 2025), r.randint(1, 12)
    d = r.randint(1, 28)
    return y, m, d


EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]


def lk_date(r, ctx, lab):
    lang = ctx["lang"]
    y, m, d = rand_date(r)
    f = {
        "ja": ["%d年%d月%d日" % (y, m, d), "%d/%02d/%02d" % (y, m, d), "令和%d年%d月%d日" % (y - 2018, m, d)],
        "zh": ["%d年%d月%d日" % (y, m, d), "%d-%02d-%02d" % (y, m, d), "%d/%d/%d" % (y, m, d)],
        "ko": ["%d년 %d월 %d일" % (y, m, d), "%d.%02d.%02d." % (y, m, d), "%d-%02d-%02d" % (y, m, d)],
        "ru": ["%02d.%02d.%d" % (d, m, y), "%02d.%02d.%d г." % (d, m, y)],
        "uk": ["%02d.%02d.%d" % (d, m, y), "%02d.%02d.%d р." % (d, m, y)],
        "tr": ["%02d.%02d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y)],
        "ar": ["%02d/%02d/%d" % (d, m, y), ("%02d/%02d/%d" % (d, m, y)).translate(AR_DIGITS), "%d-%02d-%02d" % (y, m, d)],
        "cs": ["%d. %d. %d" % (d, m, y), "%02d.%02d.%d" % (d, m, y)],
        "ro": ["%02d.%02d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y)],
        "hu": ["%d. %02d. %02d." % (y, m, d), "%d.%02d.%02d." % (y, m, d)],
        "da": ["%02d.%02d.%d" % (d, m, y), "%d/%d-%d" % (d, m, y)],
        "fi": ["%d.%d.%d" % (d, m, y)],
        "el": ["%02d/%02d/%d" % (d, m, y), "%d/%d/%d" % (d, m, y)],
        "vi": ["%02d/%02d/%d" % (d, m, y), "%d-%02d-%02d" % (y, m, d)],
        "id": ["%02d/%02d/%d" % (d, m, y), "%02d-%02d-%d" % (d, m, y)],
        "en": ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (EN_MONTHS[m - 1], d, y), "%d-%02d-%02d" % (y, m, d)],
    }[lang]
    v = r.choice(f)
    return look("date", v, "locale date", label=lkw(r, "date", lang) if lab else None)


def lk_time(r, ctx, lab):
    lang = ctx["lang"]
    h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    f = ["%02d:%02d" % (h, mi), "%02d:%02d:%02d" % (h, mi, s)]
    if lang == "ja":
        f.append("%d時%02d分" % (h, mi))
    elif lang == "ko":
        f.append("%s %d:%02d" % ("오전" if h < 12 else "오후", (h % 12) or 12, mi))
    elif lang == "en":
        f.append("%d:%02d %s" % ((h % 12) or 12, mi, "AM" if h < 12 else "PM"))
    elif lang in ("da", "fi", "id"):
        f.append("%02d.%02d" % (h, mi))
    v = r.choice(f)
    return look("time", v, "clock time", label=lkw(r, "time", lang) if lab else None)


def _thou(n, sep):
    s = "{:,}".format(n)
    return s.replace(",", sep)


def lk_price(r, ctx, lab, big=None):
    lang = ctx["lang"]
    if big is None:
        big = ctx["genre"] == "classified_ad" and lang in ("vi", "id", "ko", "ja") and r.random() < 0.5
    n = r.randint(3, 999) * r.choice([1, 10, 100])
    c = r.randint(0, 99)
    if lang == "ja":
        n = r.randint(1, 999) * r.choice([100, 1000, 10])
        if big:
            n = r.randint(120, 980) * 1000000
        v = r.choice(["¥" + _thou(n, ","), _thou(n, ",") + "円", "￥" + _thou(n, ",")])
    elif lang == "zh":
        v = r.choice(["¥%s.%02d" % (_thou(n, ","), c), "%d元" % n, "￥%d" % n, "RMB %s.00" % _thou(n, ",")])
    elif lang == "ko":
        n = r.randint(1, 999) * 1000
        if big:
            n = r.randint(120, 980) * 10000000
        v = r.choice([_thou(n, ",") + "원", "₩" + _thou(n, ",")])
    elif lang == "ru":
        v = r.choice([_thou(n, " ") + " ₽", _thou(n, " ") + " руб.", "%s,%02d ₽" % (_thou(n, " "), c)])
    elif lang == "uk":
        v = r.choice([_thou(n, " ") + " грн", "₴" + _thou(n, " "), "%s,%02d грн" % (_thou(n, " "), c)])
    elif lang == "tr":
        v = r.choice(["%s,%02d TL" % (_thou(n, "."), c), "₺" + _thou(n, "."), "%s,%02d ₺" % (_thou(n, "."), c)])
    elif lang == "ar":
        v = r.choice(["%s ر.س" % _thou(n, ","), "%s درهم" % _thou(n, ","), "AED %s.%02d" % (_thou(n, ","), c),
                      "%s ج.م" % _thou(n, ","), "SAR %s" % _thou(n, ",")])
    elif lang == "cs":
        v = r.choice([_thou(n, " ") + " Kč", "%s,- Kč" % _thou(n, " "), "%s,%02d Kč" % (_thou(n, " "), c)])
    elif lang == "ro":
        v = r.choice(["%s,%02d lei" % (_thou(n, "."), c), "%d RON" % n, "%s lei" % _thou(n, ".")])
    elif lang == "hu":
        n = r.randint(1, 999) * r.choice([10, 100, 1000])
        v = r.choice([_thou(n, " ") + " Ft", _thou(n, ".") + " Ft", _thou(n, " ") + " HUF"])
    elif lang == "da":
        v = r.choice(["%s,%02d kr." % (_thou(n, "."), c), "%s kr" % _thou(n, "."), "DKK %s,00" % _thou(n, ".")])
    elif lang in ("fi", "el"):
        v = r.choice(["%s,%02d €" % (_thou(n, " " if lang == "fi" else "."), c), "%d €" % n, "€%d,%02d" % (n, c)])
    elif lang == "vi":
        n = r.randint(10, 999) * 1000
        if big:
            n = r.randint(120, 980) * 10000000
        v = r.choice([_thou(n, ".") + "₫", _thou(n, ".") + " đ", _thou(n, ".") + " VNĐ"])
    elif lang == "id":
        n = r.randint(10, 999) * 1000
        if big:
            n = r.randint(120, 980) * 10000000
        v = r.choice(["Rp " + _thou(n, "."), "Rp" + _thou(n, ".") + ",-", "IDR " + _thou(n, ".")])
    else:
        v = r.choice(["$%s.%02d" % (_thou(n, ","), c), "USD %s" % _thou(n, ","), "$%d" % n])
    return look("price", v, "price with currency" + (" (large amount)" if big else ""),
                label=lkw(r, "price", lang) if lab else None)


def upu_s10(r, pre, cc):
    body = rdigits(r, 8)
    s = sum(int(d) * w for d, w in zip(body, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = 0 if c == 10 else 5 if c == 11 else c
    return "%s%s%d%s" % (pre, body, c, cc)


def _nd(r, n, first="123456789"):
    while True:
        v = rdigits(r, n, first)
        if not (13 <= n <= 19 and luhn_ok(v)):
            return v


def order_value(r, lang):
    """returns (value, deciding-word key)"""
    y = r.randint(2021, 2025)
    opts = {
        "en": [lambda: ("112-%s-%s" % (_nd(r, 7), _nd(r, 7)), "order"), lambda: ("INV-%d-%s" % (y, _nd(r, 6, "0")), "invoice"),
               lambda: ("1Z%s%s%s" % ("".join(r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), _nd(r, 2, "0"), _nd(r, 8)), "tracking"),
               lambda: ("%s.%s.%s" % (_nd(r, 4), _nd(r, 3, "0123456789"), _nd(r, 3, "0123456789")), "order"),
               lambda: (upu_s10(r, "LX", "US"), "tracking")],
        "ja": [lambda: ("%s-%d%02d%02d-%s" % (_nd(r, 6), y, r.randint(1, 12), r.randint(1, 28), _nd(r, 10, "0")), "order"),
               lambda: ("250-%s-%s" % (_nd(r, 7), _nd(r, 7)), "order"),
               lambda: ("%s-%s-%s" % (_nd(r, 4), _nd(r, 4, "0123456789"), _nd(r, 4, "0123456789")), "tracking"),
               lambda: (upu_s10(r, "EJ", "JP"), "tracking")],
        "zh": [lambda: (_nd(r, 19, "123"), "order"), lambda: (_nd(r, 12), "order"), lambda: ("SF" + _nd(r, 13), "tracking"),
               lambda: ("7" + _nd(r, 14, "0123456789"), "tracking"), lambda: (_nd(r, 20, "0123456789"), "invoice")],
        "ko": [lambda: (_nd(r, 14), "order"), lambda: ("%s-%s-%s" % (_nd(r, 4), _nd(r, 4, "0123456789"), _nd(r, 4, "0123456789")), "tracking"),
               lambda: ("%d%02d%02d-%s" % (y, r.randint(1, 12), r.randint(1, 28), _nd(r, 7, "0")), "order")],
        "ru": [lambda: ("%s-%s" % (_nd(r, 8, "0123456789"), _nd(r, 4, "0")), "order"), lambda: ("80" + _nd(r, 12, "0123456789"), "tracking"),
               lambda: (_nd(r, 10), "tracking"), lambda: (upu_s10(r, "RA", "RU"), "tracking"), lambda: ("%d" % r.randint(100, 9999), "invoice")],
        "uk": [lambda: ("2045" + _nd(r, 10, "0123456789"), "tracking"), lambda: ("5900" + _nd(r, 10, "0123456789"), "tracking"),
               lambda: (_nd(r, 9), "order"), lambda: ("%d" % r.randint(100, 9999), "invoice")],
        "tr": [lambda: (_nd(r, 10), "order"), lambda: (_nd(r, 12), "tracking"),
               lambda: ("%s%d%s" % (r.choice(["GIB", "ABC", "TRY", "EAR"]), y, _nd(r, 9, "0")), "invoice")],
        "ar": [lambda: ("NAE" + "".join(r.choice("0123456789ABCDEF") for _ in range(9)), "order"), lambda: (_nd(r, 11), "tracking"),
               lambda: ("INV-%d-%s" % (y, _nd(r, 5, "0")), "invoice")],
        "cs": [lambda: ("Z %s %s %s" % (_nd(r, 3), _nd(r, 4, "0123456789"), _nd(r, 3, "0123456789")), "tracking"),
               lambda: (_nd(r, 9), "order"), lambda: ("FV%d%s" % (y, _nd(r, 5, "0")), "invoice"), lambda: (upu_s10(r, "DR", "CZ"), "tracking")],
        "ro": [lambda: (_nd(r, 9), "order"), lambda: (_nd(r, 13), "tracking"), lambda: ("FCT %s" % _nd(r, 6, "0"), "invoice")],
        "hu": [lambda: (_nd(r, 11), "tracking"), lambda: ("%s-%d-%s" % (r.choice(["ABC", "SZLA", "E"]), y, _nd(r, 5, "0")), "invoice"),
               lambda: (_nd(r, 8), "order")],
        "da": [lambda: ("00370" + _nd(r, 13, "0123456789"), "tracking"), lambda: (_nd(r, 8), "order"),
               lambda: ("%d-%s" % (y, _nd(r, 5, "0")), "invoice")],
        "fi": [lambda: ("%s %s %s" % (_nd(r, 5), _nd(r, 5, "0123456789"), _nd(r, 2, "0123456789")), "ref"),
               lambda: ("JJFI" + _nd(r, 18, "0123456789"), "tracking"), lambda: (_nd(r, 7), "order")],
        "el": [lambda: (_nd(r, 10, "5789"), "tracking"), lambda: (upu_s10(r, "RE", "GR"), "tracking"), lambda: (_nd(r, 8), "order")],
        "vi": [lambda: ("G" + "".join(r.choice("ABCDEFGHKLMNPQRTUVXY0123456789") for _ in range(7)), "tracking"),
               lambda: ("%02d%02d%02d%s" % (y % 100, r.randint(1, 12), r.randint(1, 28), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))), "order"),
               lambda: (upu_s10(r, "EB", "VN"), "tracking")],
        "id": [lambda: (_nd(r, 16, "1234"), "tracking"), lambda: ("INV/%d%02d%02d/MPL/%s" % (y, r.randint(1, 12), r.randint(1, 28), _nd(r, 10)), "invoice"),
               lambda: ("%02d%02d%02d%s" % (y % 100, r.randint(1, 12), r.randint(1, 28), "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(8))), "order")],
    }[lang]
    return r.choice(opts)()


def lk_order(r, ctx, lab):
    v, key = order_value(r, ctx["lang"])
    return look("order_number", v, "%s number" % key, label=lkw(r, key, ctx["lang"]) if lab else None)


JP_ADDR = {"100-6390": ["東京都千代田区丸の内2-4-1", "丸の内ビルディング12階"], "530-0001": ["大阪府大阪市北区梅田1-3-1", "大阪駅前第1ビル5F"],
           "450-0002": ["愛知県名古屋市中村区名駅4-7-1"], "810-0001": ["福岡県福岡市中央区天神2-8-30"],
           "060-0001": ["北海道札幌市中央区北1条西2丁目"], "150-0002": ["東京都渋谷区渋谷2-21-1", "渋谷ヒカリエ8F"],
           "980-0021": ["宮城県仙台市青葉区中央1-3-1"], "600-8216": ["京都府京都市下京区東塩小路町901"]}
JP_POSTAL = sorted(JP_ADDR)


def lk_jp_postal(r, ctx, lab):
    code = r.choice(JP_POSTAL)
    if lab:
        return look("jp_postal", code, "Japanese postal code after 郵便番号", label="郵便番号")
    return look("jp_postal", "〒" + code, "Japanese postal code with 〒 mark")


CN_REGIONS = ["110105", "110108", "310104", "310115", "440305", "440106", "330106", "420106", "320102", "500103", "210102"]
CN_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def cn_id_check(body17):
    return "10X98765432"[sum(int(a) * b for a, b in zip(body17, CN_W)) % 11]


def lk_cn_id(r, ctx, lab):
    while True:
        y, m, d = r.randint(1960, 2003), r.randint(1, 12), r.randint(1, 28)
        body = "%s%d%02d%02d%s" % (r.choice(CN_REGIONS), y, m, d, rdigits(r, 3))
        good = cn_id_check(body)
        bad = r.choice([c for c in "0123456789X" if c != good])
        v = body + bad
        if not luhn_ok(digits_of(v)) or bad == "X":
            break
    assert cn_id_check(v[:17]) != v[17]
    return look("cn_id_invalid", v, "18-char Chinese resident-ID shape with wrong check character",
                label=r.choice(["身份证号", "身份证号码", "证件号码"]) if lab else None)


ISBN_GROUP = {"ja": ["4"], "zh": ["7"], "ko": ["89", "11"], "ru": ["5"], "uk": ["966", "617"], "tr": ["605", "975"],
              "ar": ["9960", "603"], "cs": ["80"], "ro": ["973", "606"], "hu": ["963", "615"], "da": ["87"],
              "fi": ["951", "952"], "el": ["960", "618"], "vi": ["604"], "id": ["602", "623"], "en": ["0", "1"]}
EAN_PREFIX = {"ja": ["45", "49"], "zh": ["690", "692", "693", "694", "695"], "ko": ["880"], "ru": ["460", "462", "465"],
              "uk": ["482"], "tr": ["868", "869"], "ar": ["628", "629", "622"], "cs": ["859"], "ro": ["594"], "hu": ["599"],
              "da": ["57"], "fi": ["64"], "el": ["520", "521"], "vi": ["893"], "id": ["899"], "en": ["0", "50"]}


def lk_isbn_ean(r, ctx, lab=True):
    lang = ctx["lang"]
    for _ in range(1000):
        if r.random() < 0.5:
            g = r.choice(ISBN_GROUP[lang])
            pub_len = r.randint(2, 4)
            rest = 9 - len(g)
            pub = rdigits(r, pub_len)
            title = rdigits(r, rest - pub_len)
            body = "978" + g + pub + title
            chk = ean13_check(body)
            style = r.random()
            v = "978-%s-%s-%s-%s" % (g, pub, title, chk) if style < 0.7 else body + chk
            label, fmt = "ISBN", "ISBN-13 with ISBN label"
        else:
            p = r.choice(EAN_PREFIX[lang])
            body = p + rdigits(r, 12 - len(p))
            v = body + ean13_check(body)
            label, fmt = lkw(r, "ean", lang), "EAN-13/JAN with barcode label"
        if ean13_ok(v) and not luhn_ok(digits_of(v)):
            break
    return look("isbn_ean13", v, fmt, label=label)


def lk_uuid(r, ctx, lab):
    h = "%032x" % r.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + "89ab"[r.randrange(4)] + h[17:]
    v = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    if r.random() < 0.1:
        v = v.upper()
    return look("uuid", v, "UUID v4", label=r.choice(["UUID", "request_id", "trace-id", "ID"]) if lab else None)


def lk_git(r, ctx, lab):
    while True:
        h = "%040x" % r.getrandbits(160)
        if re.search(r"[a-f]", h[:12]):
            break
    v = h if r.random() < 0.5 else h[:r.choice([7, 8, 10, 12])]
    return look("git_hash", v, "git commit hash (%d hex)" % len(v), label=r.choice(["commit", "Commit", "HEAD", "rev"]) if lab else None)


def lk_sha256(r, ctx, lab):
    v = "%064x" % r.getrandbits(256)
    return look("sha256", v, "SHA-256 hex digest", label=r.choice(["SHA-256", "sha256", "SHA256SUM", "checksum"]) if lab else None)


CITY_COORDS = {"ja": (35.6812, 139.7671), "zh": (39.9042, 116.4074), "ko": (37.5665, 126.9780), "ru": (55.7558, 37.6173),
               "uk": (50.4501, 30.5234), "tr": (41.0082, 28.9784), "ar": (24.7136, 46.6753), "cs": (50.0755, 14.4378),
               "ro": (44.4268, 26.1025), "hu": (47.4979, 19.0402), "da": (55.6761, 12.5683), "fi": (60.1699, 24.9384),
               "el": (37.9838, 23.7275), "vi": (21.0278, 105.8342), "id": (-6.2088, 106.8456), "en": (40.7128, -74.0060)}


def _dms(x, pos, neg):
    h = pos if x >= 0 else neg
    x = abs(x)
    d = int(x)
    m = int((x - d) * 60)
    s = int(round(((x - d) * 60 - m) * 60))
    if s == 60:
        s = 59
    return "%d°%02d′%02d″%s" % (d, m, s, h)


def lk_coords(r, ctx, lab):
    la, lo = CITY_COORDS[ctx["lang"]]
    la += r.uniform(-0.05, 0.05)
    lo += r.uniform(-0.05, 0.05)
    k = r.randrange(4)
    if k == 0:
        v = "%.4f, %.4f" % (la, lo)
    elif k == 1:
        v = "%.6f,%.6f" % (la, lo)
    elif k == 2:
        v = "%.4f° %s, %.4f° %s" % (abs(la), "N" if la >= 0 else "S", abs(lo), "E" if lo >= 0 else "W")
    else:
        v = "%s %s" % (_dms(la, "N", "S"), _dms(lo, "E", "W"))
    return look("coordinates", v, "latitude/longitude", label=lkw(r, "coords", ctx["lang"]) if lab else None)


MATH = ["2^32 = 4294967296", "2^31 − 1 = 2147483647", "10! = 3628800", "12345679 × 9 = 111111111",
        "π ≈ 3.14159265358979", "e ≈ 2.718281828459045", "√2 ≈ 1.4142135623730951", "1/7 = 0.142857142857…",
        "F(45) = 1134903170", "2^64 = 18446744073709551616", "987654321 − 123456789 = 864197532",
        "6.02214076 × 10^23", "(a + b)^2 = a^2 + 2ab + b^2", "1.602176634 × 10^−19 C", "3^20 = 3486784401",
        "111111111 × 111111111 = 12345678987654321", "299792458 m/s × 3600 s", "0.1 + 0.2 = 0.30000000000000004",
        "ln 2 ≈ 0.693147180559945", "17 × 23 × 31 = 12121"]
MATH = [m for m in MATH if not cardlike_runs(m)]


def lk_math(r, ctx, lab):
    v = r.choice(MATH)
    return look("math", v, "arithmetic/math expression", label=lkw(r, "math", ctx["lang"]) if lab else None)


def lk_luhn_fail(r, ctx, lab):
    brand = r.choice(["Visa", "Mastercard", "JCB", "Discover", "UnionPay"])
    num = card_number(r, brand)[:16]
    while len(num) < 16:
        num += "0"
    if luhn_ok(num):
        last = int(num[-1])
        num = num[:-1] + str((last + r.randint(1, 9)) % 10)
    assert not luhn_ok(num) and len(num) == 16
    style = r.choice(["spaces", "dashes", "none", "none"])
    v = group_card(num, "Visa", style)
    key = r.choice(["ref", "order", "tracking"])
    return look("luhn_fail_16", v, "16-digit card-prefixed number failing Luhn (%s)" % style,
                label=lkw(r, key, ctx["lang"]) if lab else None)


def lk_iban_fail(r, ctx, lab):
    cc = r.choice(LANG_IBAN_CC[ctx["lang"]])
    bban, _ = iban_bban(r, cc)
    good = iban_make(cc, bban)
    while True:
        if r.random() < 0.5:
            bad = good[:2] + "%02d" % r.randint(2, 98) + good[4:]
            how = "wrong check digits"
        else:
            i = r.randrange(4, len(good))
            if not good[i].isdigit():
                continue
            bad = good[:i] + str((int(good[i]) + r.randint(1, 9)) % 10) + good[i + 1:]
            how = "one-digit typo"
        if not iban_ok(bad):
            break
    v = group4(bad) if r.random() < 0.6 else bad
    return look("iban_mod97_fail", v, "%s IBAN shape failing mod-97 (%s)" % (cc, how),
                label=lkw(r, "ref", ctx["lang"]) if lab else None)


def lk_nonpublic_ip(r, ctx, lab):
    k = r.randrange(12)
    if k <= 2:
        v = "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))
    elif k == 3:
        v = "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254))
    elif k <= 5:
        v = "192.168.%d.%d" % (r.choice([0, 1, 1, 2, 10, 100]), r.randint(1, 254))
    elif k == 6:
        v = r.choice(["127.0.0.1", "127.0.1.1", "127.0.0.53"])
    elif k == 7:
        v = "%s.%d" % (r.choice(["192.0.2", "198.51.100", "203.0.113"]), r.randint(1, 254))
    elif k == 8:
        v = "2001:db8:%x::%x" % (r.randint(0, 0xffff), r.randint(1, 0xffff))
    elif k == 9:
        v = "fe80::%x:%x:%x:%x" % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(1, 0xffff))
    elif k == 10:
        v = "169.254.%d.%d" % (r.randint(1, 254), r.randint(1, 254))
    else:
        v = r.choice(["::1", "fd%02x:%x:%x::1" % (r.randint(0, 255), r.randint(1, 0xffff), r.randint(1, 0xffff))])
    ip = ipaddress.ip_address(v)
    assert not ip.is_global
    return look("nonpublic_ip", v, "non-public IP (%s)" % ("loopback" if ip.is_loopback else "link-local" if ip.is_link_local
                                                           else "private/documentation"),
                label=lkw(r, "localip", ctx["lang"]) if lab else None)


OUIS = ["00:50:56", "3c:22:fb", "b8:27:eb", "00:1b:21", "dc:a6:32", "f0:18:98", "00:0c:29", "ac:de:48", "28:6c:07", "e4:5f:01"]


def lk_mac(r, ctx, lab):
    b = r.choice(OUIS).split(":") + ["%02x" % r.randint(0, 255) for _ in range(3)]
    k = r.randrange(4)
    if k == 0:
        v = ":".join(b)
    elif k == 1:
        v = ":".join(b).upper()
    elif k == 2:
        v = "-".join(b).upper()
    else:
        h = "".join(b)
        v = "%s.%s.%s" % (h[:4], h[4:8], h[8:])
    return look("mac_address", v, "MAC address", label=r.choice(["MAC", "MAC address", "HWaddr", "ether"]) if lab else None)


NUMPY_EXPR = ["X @ W", "X @ W.T", "A @ B", "Q @ K.T", "x @ self.weight", "U @ np.diag(s) @ Vt", "X.T @ X", "H @ P @ H.T",
              "R @ t", "emb @ emb.T"]


def lk_numpy(r, ctx, lab):
    v = r.choice(NUMPY_EXPR)
    return look("numpy_matmul", v, "numpy '@' matrix product", label="numpy" if lab else None)


DECORATORS = [("@app.route", '("/api/users/<int:uid>")'), ("@pytest.fixture", "(scope=\"session\")"), ("@dataclass", ""),
              ("@property", ""), ("@staticmethod", ""), ("@lru_cache", "(maxsize=128)"), ("@router.get", '("/health")'),
              ("@Override", ""), ("@Component", ""), ("@torch.no_grad", "()"), ("@login_required", "")]


def lk_decorator(r, ctx, lab):
    v, args = r.choice(DECORATORS)
    return look("decorator", v, "code decorator/annotation", label=lkw(r, "decorator", ctx["lang"]) if lab else None,
                post=args)


NPM = ["@types/node", "@babel/core", "@vue/cli@5.0.8", "@angular/core@17.1.0", "@nestjs/common", "@mui/material",
       "@tanstack/react-query", "@aws-sdk/client-s3", "@sveltejs/kit", "@types/react@18.2.48"]


def lk_npm(r, ctx, lab):
    v = r.choice(NPM)
    if lab:
        return look("npm_scope", v, "npm scoped package", label=r.choice(["npm install", "npm i", "yarn add", "pnpm add"]),
                    lsep=" ")
    return look("npm_scope", v, "npm scoped package")


def lk_social(r, ctx, lab):
    _, given, family = ctx["person"]
    stem = ctx["company"][1].replace("-", "_")
    v = "@" + r.choice([given + "_" + family, family + given[0], given + "." + family, stem, stem + "_official",
                        given + str(r.randint(1, 99))]).lower()
    platforms = {"ja": ["X", "Instagram", "LINE"], "zh": ["微博", "抖音"], "ko": ["Instagram", "X"], "ru": ["Telegram", "Telegram", "VK"],
                 "uk": ["Telegram", "Instagram"], "vi": ["Instagram", "TikTok"], "id": ["Instagram", "IG", "TikTok"]}
    plat = r.choice(platforms.get(ctx["lang"], ["Instagram", "X (Twitter)", "Twitter", "Threads"]))
    return look("social_handle", v, "social media handle", label=plat if lab else None)


RETINA = ["icon@2x.png", "logo@2x.png", "logo@3x.png", "banner@2x.jpg", "avatar@1.5x.webp", "hero@2x.webp",
          "apple-touch-icon@2x.png", "sprite@2x.png", "header-logo@2x.svg"]


def lk_retina(r, ctx, lab):
    v = r.choice(RETINA)
    if lab:
        return look("retina_filename", v, "hi-dpi image file name", label=lkw(r, "image", ctx["lang"]), pre="[%s: " % "%s",
                    post="]", inline=True)
    return look("retina_filename", v, "hi-dpi image file name")


LOOK_GEN = {"version": lk_version, "date": lk_date, "time": lk_time, "price": lk_price, "order_number": lk_order,
            "jp_postal": lk_jp_postal, "cn_id_invalid": lk_cn_id, "isbn_ean13": lk_isbn_ean, "uuid": lk_uuid,
            "git_hash": lk_git, "sha256": lk_sha256, "coordinates": lk_coords, "math": lk_math,
            "luhn_fail_16": lk_luhn_fail, "iban_mod97_fail": lk_iban_fail, "nonpublic_ip": lk_nonpublic_ip,
            "mac_address": lk_mac, "numpy_matmul": lk_numpy, "decorator": lk_decorator, "npm_scope": lk_npm,
            "social_handle": lk_social, "retina_filename": lk_retina}
FORCED_LABEL = {"isbn_ean13"}


def make_look(r, name, ctx):
    lab = name in FORCED_LABEL or r.random() < 1 / 3
    for _ in range(100):
        it = LOOK_GEN[name](r, ctx, lab)
        if not cardlike_runs(it["value"]):      # never a Luhn-valid 13-19 digit run by accident
            break
    assert not cardlike_runs(it["value"]), (name, it["value"])
    if it.get("inline") and "%s" in it["pre"]:
        it["pre"] = it["pre"] % it["label"]
    return it


# --------------------------------------------------------------------------
# Part 7a: per-language labels, names, organisations (as natives write them)
# --------------------------------------------------------------------------
LOC = {
    "ja": dict(
        tel=["TEL", "電話", "電話番号", "Tel", "TEL."], mob=["携帯", "携帯電話", "Mobile"], fax=["FAX", "Fax"],
        email=["E-mail", "メール", "Mail", "メールアドレス", "E-Mail"], card=["カード番号", "クレジットカード番号"],
        iban=["IBAN", "IBANコード"], ip=["IPアドレス", "接続元IP"],
        names=[("田中 悠人", "yuto", "tanaka"), ("佐藤 美咲", "misaki", "sato"), ("鈴木 健太", "kenta", "suzuki"),
               ("高橋 真由美", "mayumi", "takahashi"), ("伊藤 翔", "sho", "ito"), ("渡辺 直樹", "naoki", "watanabe"),
               ("山本 彩", "aya", "yamamoto"), ("中村 浩二", "koji", "nakamura")],
        companies=[("株式会社さくら電機", "sakura-denki"), ("東和システム株式会社", "towa-sys"), ("有限会社みどり造園", "midori-zoen"),
                   ("北斗物流株式会社", "hokuto-logi")],
        tlds=[".co.jp", ".co.jp", ".jp"],
        addresses=[["{postal} 東京都千代田区丸の内2-4-1", "丸の内ビルディング12階"], ["{postal} 大阪府大阪市北区梅田1-3-1", "大阪駅前第1ビル5F"],
                   ["{postal} 愛知県名古屋市中村区名駅4-7-1"], ["{postal} 福岡県福岡市中央区天神2-8-30"]],
        regards=["よろしくお願いいたします。", "以上、よろしくお願い申し上げます。"],
        sigsep=["――――――――――――――――", "━━━━━━━━━━━━━━━━━━━━", "＊＊＊＊＊＊＊＊＊＊＊＊＊＊", "--"],
        titles=["営業部 課長", "技術開発部", "総務部", "代表取締役"],
        contact_head=["会社概要", "お問い合わせ", "アクセス"], hours="受付時間：平日 9:00〜18:00（土日祝休み）",
        bank="振込先", rowsep="　",
        receipt=dict(title=["ご予約確認", "ご注文確認メール", "領収書"], guest="お客様", paid="お支払い方法", total="合計",
                     thanks="ご利用ありがとうございました。", note="備考"),
        products=["ブレンドコーヒー", "ツインルーム（禁煙）", "USBケーブル 1m", "朝食付きプラン"],
        ad=dict(title=["【売ります】", "【譲ります】", "【求人】", "【貸します】"], contact="連絡先", where="場所"),
        ad_items=["自転車（ほぼ新品）", "ベビーカー", "ワンルームマンション", "冷蔵庫 2019年製"],
        univ=[("東京大学 大学院情報理工学系研究科", "u-tokyo.ac.jp"), ("京都大学 大学院情報学研究科", "kyoto-u.ac.jp")],
        paper=dict(corr="連絡著者", abstract="概要", received="受付"),
        issue=dict(desc="不具合の内容", steps="再現手順", log="ログ", env="環境"),
        url_path=["company/", "contact/", "company/access.html"],
    ),
    "zh": dict(
        tel=["电话", "联系电话", "座机", "Tel"], mob=["手机", "手机号", "移动电话"], fax=["传真"],
        email=["邮箱", "电子邮箱", "E-mail", "Email"], card=["卡号", "银行卡号"], iban=["IBAN"], ip=["IP地址", "IP"],
        names=[("王芳", "fang", "wang"), ("李伟", "wei", "li"), ("张敏", "min", "zhang"), ("刘洋", "yang", "liu"),
               ("陈静", "jing", "chen"), ("杨磊", "lei", "yang"), ("赵丽", "li", "zhao"), ("黄强", "qiang", "huang")],
        companies=[("深圳华信科技有限公司", "huaxin-tech"), ("上海东方物流有限公司", "dfwl-sh"), ("杭州绿源食品有限公司", "lvyuan-food"),
                   ("北京博远教育咨询有限公司", "boyuan-edu")],
        tlds=[".com.cn", ".cn"],
        addresses=[["广东省深圳市南山区粤海街道科技南十二路18号"], ["上海市浦东新区世纪大道100号环球金融中心"],
                   ["浙江省杭州市西湖区文三路90号"], ["北京市海淀区中关村大街27号"]],
        regards=["此致\n敬礼！", "谢谢！", "祝好"], sigsep=["--", "————————————", "------------------------"],
        titles=["销售经理", "技术支持工程师", "行政主管", "总经理"],
        contact_head=["联系我们", "公司简介"], hours="工作时间：周一至周五 9:00-18:00",
        bank="开户行", rowsep="  ",
        receipt=dict(title=["订单确认", "预订确认单", "电子收据"], guest="客人", paid="支付方式", total="合计",
                     thanks="感谢您的惠顾！", note="备注"),
        products=["美式咖啡（大杯）", "豪华大床房", "数据线 1米", "含双早套餐"],
        ad=dict(title=["【出售】", "【转让】", "【招聘】", "【出租】"], contact="联系人", where="地点"),
        ad_items=["九成新电动车", "婴儿推车", "两室一厅", "二手冰箱"],
        univ=[("清华大学 计算机科学与技术系，北京 100084", "tsinghua.edu.cn"), ("北京大学 信息科学技术学院，北京 100871", "pku.edu.cn"),
              ("浙江大学 计算机科学与技术学院，杭州 310027", "zju.edu.cn")],
        paper=dict(corr="通讯作者", abstract="摘要", received="收稿日期"),
        issue=dict(desc="问题描述", steps="复现步骤", log="日志", env="环境"),
        url_path=["contact.html", "about/", "lxwm/"],
    ),
    "ko": dict(
        tel=["전화", "Tel", "전화번호", "T"], mob=["휴대폰", "핸드폰", "H.P", "M"], fax=["팩스", "Fax", "F"],
        email=["이메일", "E-mail", "메일"], card=["카드번호"], iban=["IBAN"], ip=["IP 주소", "접속 IP"],
        names=[("김지훈", "jihoon", "kim"), ("이서연", "seoyeon", "lee"), ("박민준", "minjun", "park"), ("최수진", "sujin", "choi"),
               ("정우성", "woosung", "jung"), ("강하늘", "haneul", "kang")],
        companies=[("(주)한빛소프트", "hanbitsoft"), ("대한물산 주식회사", "daehan-corp"), ("미래교육연구소", "mirae-edu"),
                   ("서울테크 주식회사", "seoultech-inc")],
        tlds=[".co.kr", ".kr"],
        addresses=[["서울특별시 강남구 테헤란로 152, 12층"], ["부산광역시 해운대구 센텀중앙로 79"], ["경기도 성남시 분당구 판교역로 235"]],
        regards=["감사합니다.", "좋은 하루 되세요."], sigsep=["--", "────────────", "=================="],
        titles=["영업팀 과장", "개발팀 선임연구원", "대표이사"],
        contact_head=["회사소개", "오시는 길", "고객센터"], hours="운영시간: 평일 09:00~18:00 (점심시간 12:00~13:00)",
        bank="입금 계좌", rowsep=" / ",
        receipt=dict(title=["예약 확인서", "주문 확인", "영수증"], guest="예약자", paid="결제수단", total="합계",
                     thanks="이용해 주셔서 감사합니다.", note="비고"),
        products=["아메리카노 (L)", "디럭스 더블룸", "USB-C 케이블", "조식 포함 패키지"],
        ad=dict(title=["[판매]", "[나눔]", "[구인]", "[임대]"], contact="연락처", where="지역"),
        ad_items=["자전거 거의 새것", "유모차", "원룸", "중고 냉장고"],
        univ=[("서울대학교 컴퓨터공학부, 서울 08826", "snu.ac.kr"), ("KAIST 전산학부, 대전 34141", "kaist.ac.kr")],
        paper=dict(corr="교신저자", abstract="초록", received="접수일"),
        issue=dict(desc="문제 설명", steps="재현 방법", log="로그", env="환경"),
        url_path=["company/contact", "about", "cs/"],
    ),
    "ru": dict(
        tel=["Тел.", "тел.", "Телефон", "Тел"], mob=["Моб.", "моб.", "Мобильный"], fax=["Факс"],
        email=["E-mail", "Эл. почта", "e-mail", "Почта"], card=["Номер карты", "номер карты", "Карта"], iban=["IBAN"],
        ip=["IP-адрес", "IP"],
        names=[("Алексей Иванов", "aleksey", "ivanov"), ("Мария Смирнова", "maria", "smirnova"), ("Дмитрий Кузнецов", "dmitry", "kuznetsov"),
               ("Елена Попова", "elena", "popova"), ("Сергей Волков", "sergey", "volkov"), ("Ольга Соколова", "olga", "sokolova")],
        companies=[("ООО «СтройМонтаж»", "stroymontazh"), ("АО «Северный терминал»", "sevterminal"), ("ИП Петров А. В.", "petrov-av"),
                   ("ООО «Техносфера»", "tehnosfera")],
        tlds=[".ru"],
        addresses=[["г. Москва, ул. Тверская, д. 7, офис 305", "125009"], ["г. Санкт-Петербург, Невский пр., д. 28", "191186"],
                   ["г. Екатеринбург, ул. Малышева, д. 51"]],
        regards=["С уважением,", "С наилучшими пожеланиями,"], sigsep=["--", "-----", "___________________"],
        titles=["менеджер по продажам", "ведущий инженер", "генеральный директор"],
        contact_head=["Контакты", "Реквизиты", "О компании"], hours="Режим работы: пн–пт 9:00–18:00",
        bank="Банковские реквизиты", rowsep=" | ",
        receipt=dict(title=["Подтверждение бронирования", "Кассовый чек", "Ваш заказ оформлен"], guest="Гость", paid="Оплата",
                     total="Итого", thanks="Спасибо за покупку!", note="Примечание"),
        products=["Кофе американо", "Стандартный двухместный номер", "Кабель USB-C 1 м", "Завтрак «шведский стол»"],
        ad=dict(title=["Продам", "Сдаю", "Куплю", "Требуется"], contact="Контакты", where="Район"),
        ad_items=["велосипед Stels, почти новый", "детскую коляску", "2-комнатную квартиру", "холодильник Atlant"],
        univ=[("Московский государственный университет им. М. В. Ломоносова, Москва, Россия", "msu.ru"),
              ("НИУ «Высшая школа экономики», Москва, Россия", "hse.ru")],
        paper=dict(corr="Автор для переписки", abstract="Аннотация", received="Поступила в редакцию"),
        issue=dict(desc="Описание проблемы", steps="Шаги воспроизведения", log="Лог", env="Окружение"),
        url_path=["contacts/", "kontakty/", "about/rekvizity/"],
    ),
    "uk": dict(
        tel=["Тел.", "тел.", "Телефон"], mob=["Моб.", "моб.", "Мобільний"], fax=["Факс"],
        email=["E-mail", "Ел. пошта", "e-mail", "Пошта"], card=["Номер картки", "номер картки", "Картка"],
        iban=["IBAN", "Рахунок IBAN"], ip=["IP-адреса"],
        names=[("Олександр Шевченко", "oleksandr", "shevchenko"), ("Наталія Коваленко", "nataliia", "kovalenko"),
               ("Андрій Бондаренко", "andrii", "bondarenko"), ("Ірина Ткаченко", "iryna", "tkachenko"), ("Тарас Мельник", "taras", "melnyk")],
        companies=[("ТОВ «Агротек»", "agrotek"), ("ФОП Ковальчук І. П.", "kovalchuk-fop"), ("ПрАТ «Дніпросталь»", "dniprostal"),
                   ("ТОВ «Карпатський ліс»", "karpatlis")],
        tlds=[".com.ua", ".ua"],
        addresses=[["м. Київ, вул. Хрещатик, 22, оф. 14", "01001"], ["м. Львів, пл. Ринок, 10"], ["м. Одеса, вул. Дерибасівська, 5"]],
        regards=["З повагою,", "Гарного дня!"], sigsep=["--", "-----"],
        titles=["менеджер з продажу", "головний бухгалтер", "директор"],
        contact_head=["Контакти", "Реквізити", "Про нас"], hours="Графік роботи: пн–пт 9:00–18:00",
        bank="Банківські реквізити", rowsep=" | ",
        receipt=dict(title=["Підтвердження бронювання", "Фіскальний чек", "Ваше замовлення прийнято"], guest="Гість", paid="Оплата",
                     total="Разом", thanks="Дякуємо за покупку!", note="Примітка"),
        products=["Кава американо", "Двомісний номер", "Кабель USB-C", "Сніданок"],
        ad=dict(title=["Продам", "Здаю", "Куплю", "Потрібен"], contact="Контакти", where="Район"),
        ad_items=["велосипед, майже новий", "дитячий візок", "1-кімнатну квартиру", "холодильник"],
        univ=[("Київський національний університет імені Тараса Шевченка, Київ, Україна", "knu.ua"),
              ("Національний університет «Львівська політехніка», Львів, Україна", "lpnu.ua")],
        paper=dict(corr="Автор для листування", abstract="Анотація", received="Надійшла до редакції"),
        issue=dict(desc="Опис проблеми", steps="Кроки відтворення", log="Лог", env="Оточення"),
        url_path=["kontakty/", "contacts/", "pro-nas/"],
    ),
    "tr": dict(
        tel=["Tel", "Tel.", "Telefon"], mob=["GSM", "Cep", "Cep Tel."], fax=["Faks"],
        email=["E-posta", "E-Posta", "e-posta", "Mail"], card=["Kart No", "Kart numarası"], iban=["IBAN", "IBAN No"],
        ip=["IP adresi"],
        names=[("Mehmet Yılmaz", "mehmet", "yilmaz"), ("Ayşe Kaya", "ayse", "kaya"), ("Mustafa Demir", "mustafa", "demir"),
               ("Elif Şahin", "elif", "sahin"), ("Emre Çelik", "emre", "celik"), ("Zeynep Öztürk", "zeynep", "ozturk")],
        companies=[("Anadolu Lojistik A.Ş.", "anadolulojistik"), ("Ege Tekstil San. ve Tic. Ltd. Şti.", "egetekstil"),
                   ("Boğaziçi Yazılım A.Ş.", "bogaziciyazilim"), ("Kardeşler Mobilya", "kardeslermobilya")],
        tlds=[".com.tr"],
        addresses=[["Büyükdere Cad. No: 185 Kat: 7", "34394 Levent / İstanbul"], ["Atatürk Bulvarı No: 112", "06680 Çankaya / Ankara"],
                   ["Cumhuriyet Mah. 1453 Sok. No: 9", "35220 Konak / İzmir"]],
        regards=["Saygılarımla,", "İyi çalışmalar,"], sigsep=["--", "______________________"],
        titles=["Satış Müdürü", "Yazılım Geliştirme Uzmanı", "Genel Müdür"],
        contact_head=["İletişim", "Hakkımızda", "Künye"], hours="Çalışma saatleri: Hafta içi 09:00–18:00",
        bank="Banka Bilgileri", rowsep=" | ",
        receipt=dict(title=["Rezervasyon Onayı", "Sipariş Onayı", "e-Arşiv Fatura"], guest="Misafir", paid="Ödeme",
                     total="Toplam", thanks="Bizi tercih ettiğiniz için teşekkür ederiz.", note="Not"),
        products=["Filtre kahve", "Standart çift kişilik oda", "USB-C kablo 1 m", "Kahvaltı dahil"],
        ad=dict(title=["Satılık", "Kiralık", "Acil satılık", "Eleman aranıyor"], contact="İletişim", where="Konum"),
        ad_items=["az kullanılmış bisiklet", "bebek arabası", "2+1 daire", "buzdolabı"],
        univ=[("Boğaziçi Üniversitesi, Bilgisayar Mühendisliği Bölümü, İstanbul, Türkiye", "boun.edu.tr"),
              ("Orta Doğu Teknik Üniversitesi, Ankara, Türkiye", "metu.edu.tr")],
        paper=dict(corr="Sorumlu yazar", abstract="Özet", received="Geliş tarihi"),
        issue=dict(desc="Sorunun açıklaması", steps="Yeniden üretme adımları", log="Log", env="Ortam"),
        url_path=["iletisim", "hakkimizda", "kunye"],
    ),
    "ar": dict(
        tel=["هاتف", "الهاتف", "ت", "تلفون"], mob=["جوال", "الجوال", "موبايل", "واتساب"], fax=["فاكس"],
        email=["البريد الإلكتروني", "الإيميل", "بريد إلكتروني"], card=["رقم البطاقة"], iban=["رقم الآيبان", "الآيبان", "IBAN"],
        ip=["عنوان IP"],
        names=[("محمد العتيبي", "mohammed", "alotaibi"), ("فاطمة الزهراني", "fatimah", "alzahrani"), ("أحمد حسن", "ahmed", "hassan"),
               ("سارة المنصوري", "sara", "almansoori"), ("خالد القحطاني", "khalid", "alqahtani"), ("نورة الشمري", "noura", "alshammari")],
        companies=[("شركة النور للتجارة", "alnoor-trading"), ("مؤسسة الأفق للمقاولات", "alofoq"), ("مجموعة الخليج القابضة", "gulf-holding"),
                   ("شركة النيل للبرمجيات", "nile-soft")],
        tlds=[".com.sa"],
        addresses=[["طريق الملك فهد، حي العليا", "الرياض، المملكة العربية السعودية"], ["شارع الشيخ زايد، برج الإمارات", "دبي، الإمارات العربية المتحدة"],
                   ["شارع التحرير، الدقي", "الجيزة، مصر"]],
        regards=["مع خالص التحية،", "وتفضلوا بقبول فائق الاحترام،"], sigsep=["--", "ـــــــــــــــــــــــ"],
        titles=["مدير المبيعات", "مهندس برمجيات", "المدير التنفيذي"],
        contact_head=["اتصل بنا", "من نحن"], hours="ساعات العمل: من الأحد إلى الخميس 8:00 - 17:00",
        bank="البيانات البنكية", rowsep=" | ",
        receipt=dict(title=["تأكيد الحجز", "إيصال الدفع", "تأكيد الطلب"], guest="النزيل", paid="طريقة الدفع", total="الإجمالي",
                     thanks="شكراً لتعاملكم معنا.", note="ملاحظات"),
        products=["قهوة عربية", "غرفة ديلوكس مزدوجة", "كابل شحن", "إفطار"],
        ad=dict(title=["للبيع", "للإيجار", "مطلوب"], contact="للتواصل", where="الموقع"),
        ad_items=["سيارة كامري 2018", "دراجة هوائية", "شقة ثلاث غرف", "ثلاجة مستعملة"],
        univ=[("قسم علوم الحاسب، جامعة الملك سعود، الرياض، المملكة العربية السعودية", "ksu.edu.sa"),
              ("كلية الهندسة، جامعة القاهرة، الجيزة، مصر", "cu.edu.eg"), ("جامعة الإمارات العربية المتحدة، العين", "uaeu.ac.ae")],
        paper=dict(corr="المؤلف المراسل", abstract="الملخص", received="تاريخ الاستلام"),
        issue=dict(desc="وصف المشكلة", steps="خطوات إعادة الإنتاج", log="السجل", env="البيئة"),
        url_path=["contact-us", "ar/contact", "about"],
    ),
    "cs": dict(
        tel=["Tel.", "Telefon", "tel."], mob=["Mobil", "mob."], fax=["Fax"], email=["E-mail", "e-mail", "Email"],
        card=["Číslo karty"], iban=["IBAN"], ip=["IP adresa"],
        names=[("Jan Novák", "jan", "novak"), ("Petra Svobodová", "petra", "svobodova"), ("Tomáš Dvořák", "tomas", "dvorak"),
               ("Lucie Černá", "lucie", "cerna"), ("Martin Procházka", "martin", "prochazka"), ("Kateřina Veselá", "katerina", "vesela")],
        companies=[("Novák stavby s.r.o.", "novak-stavby"), ("Pražská pekárna a.s.", "prazskapekarna"), ("DataSoft CZ s.r.o.", "datasoft"),
                   ("Zahradnictví Kvítek", "kvitek")],
        tlds=[".cz"],
        addresses=[["Vinohradská 1511/230", "100 00 Praha 10"], ["Masarykova 427/31", "602 00 Brno"], ["Náměstí Míru 12", "370 01 České Budějovice"]],
        regards=["S pozdravem", "Děkuji a přeji hezký den,"], sigsep=["--", "-- "],
        titles=["obchodní ředitel", "vedoucí IT oddělení", "jednatel"],
        contact_head=["Kontakty", "Fakturační údaje", "O nás"], hours="Otevírací doba: Po–Pá 8:00–16:30",
        bank="Bankovní spojení", rowsep=" | ",
        receipt=dict(title=["Potvrzení rezervace", "Účtenka", "Potvrzení objednávky"], guest="Host", paid="Platba", total="Celkem",
                     thanks="Děkujeme za nákup!", note="Poznámka"),
        products=["Espresso", "Dvoulůžkový pokoj Standard", "Kabel USB-C 1 m", "Snídaně formou bufetu"],
        ad=dict(title=["Prodám", "Pronajmu", "Koupím", "Hledáme"], contact="Kontakt", where="Lokalita"),
        ad_items=["horské kolo, málo jeté", "kočárek", "byt 2+kk", "lednici"],
        univ=[("Fakulta informatiky, Masarykova univerzita, Brno, Česká republika", "fi.muni.cz"),
              ("Matematicko-fyzikální fakulta, Univerzita Karlova, Praha", "mff.cuni.cz")],
        paper=dict(corr="Korespondenční autor", abstract="Abstrakt", received="Přijato"),
        issue=dict(desc="Popis problému", steps="Kroky k reprodukci", log="Log", env="Prostředí"),
        url_path=["kontakt", "kontakty/", "o-nas"],
    ),
    "ro": dict(
        tel=["Tel.", "Telefon", "Tel"], mob=["Mobil", "Mob."], fax=["Fax"], email=["E-mail", "Email", "e-mail"],
        card=["Numărul cardului", "Nr. card"], iban=["IBAN", "Cont IBAN"], ip=["Adresa IP"],
        names=[("Andrei Popescu", "andrei", "popescu"), ("Ioana Ionescu", "ioana", "ionescu"), ("Mihai Constantin", "mihai", "constantin"),
               ("Elena Dumitru", "elena", "dumitru"), ("Alexandru Stan", "alexandru", "stan")],
        companies=[("Construct Grup SRL", "constructgrup"), ("Agro Danubius SA", "agrodanubius"),
                   ("SoftVision Consulting SRL", "softvision-consulting"), ("Transilvania Turism", "transilvania-turism")],
        tlds=[".ro"],
        addresses=[["Str. Academiei nr. 14, et. 2", "Sector 1, 010014 București"], ["Bd. Eroilor nr. 3", "400129 Cluj-Napoca"],
                   ["Str. Lăpușneanu nr. 7", "700057 Iași"]],
        regards=["Cu stimă,", "Toate cele bune,"], sigsep=["--", "-----------"],
        titles=["Director vânzări", "Inginer software", "Administrator"],
        contact_head=["Contact", "Date de identificare", "Despre noi"], hours="Program: Luni–Vineri 09:00–17:00",
        bank="Date bancare", rowsep=" | ",
        receipt=dict(title=["Confirmare rezervare", "Bon fiscal", "Confirmare comandă"], guest="Oaspete", paid="Plată", total="Total",
                     thanks="Vă mulțumim pentru comandă!", note="Observații"),
        products=["Cafea americano", "Cameră dublă standard", "Cablu USB-C", "Mic dejun inclus"],
        ad=dict(title=["Vând", "Închiriez", "Cumpăr", "Angajăm"], contact="Contact", where="Zona"),
        ad_items=["bicicletă aproape nouă", "cărucior copii", "apartament 2 camere", "frigider"],
        univ=[("Facultatea de Matematică și Informatică, Universitatea din București, România", "fmi.unibuc.ro"),
              ("Universitatea Politehnica din București, România", "upb.ro")],
        paper=dict(corr="Autor corespondent", abstract="Rezumat", received="Primit"),
        issue=dict(desc="Descrierea problemei", steps="Pași de reproducere", log="Jurnal", env="Mediu"),
        url_path=["contact", "despre-noi", "date-firma"],
    ),
    "hu": dict(
        tel=["Tel.", "Telefon", "Tel"], mob=["Mobil", "Mob."], fax=["Fax"], email=["E-mail", "E-mail cím", "Email"],
        card=["Kártyaszám"], iban=["IBAN", "Bankszámlaszám (IBAN)"], ip=["IP-cím"],
        names=[("Nagy Péter", "peter", "nagy"), ("Kovács Anna", "anna", "kovacs"), ("Tóth László", "laszlo", "toth"),
               ("Szabó Eszter", "eszter", "szabo"), ("Horváth Gábor", "gabor", "horvath"), ("Varga Zsófia", "zsofia", "varga")],
        companies=[("Kovács és Társa Kft.", "kovacs-tarsa"), ("Duna Informatika Zrt.", "dunainfo"), ("Balaton Vendégház", "balatonvendeghaz"),
                   ("Alföldi Mezőgép Kft.", "alfoldimezogep")],
        tlds=[".hu"],
        addresses=[["1052 Budapest,", "Váci utca 19. III/2."], ["4026 Debrecen,", "Piac utca 45."], ["6720 Szeged,", "Kárász utca 8."]],
        regards=["Üdvözlettel:", "Tisztelettel:"], sigsep=["--", "-------------"],
        titles=["értékesítési vezető", "rendszergazda", "ügyvezető"],
        contact_head=["Kapcsolat", "Impresszum", "Rólunk"], hours="Nyitvatartás: H–P 8:00–17:00",
        bank="Bankszámla", rowsep=" | ",
        receipt=dict(title=["Foglalás visszaigazolása", "Nyugta", "Rendelés visszaigazolása"], guest="Vendég", paid="Fizetés",
                     total="Összesen", thanks="Köszönjük a vásárlást!", note="Megjegyzés"),
        products=["Hosszú kávé", "Standard kétágyas szoba", "USB-C kábel", "Reggeli"],
        ad=dict(title=["Eladó", "Kiadó", "Vennék", "Munkatársat keresünk"], contact="Kapcsolat", where="Helyszín"),
        ad_items=["alig használt kerékpár", "babakocsi", "2 szobás lakás", "hűtőszekrény"],
        univ=[("Informatikai Kar, Eötvös Loránd Tudományegyetem, Budapest", "inf.elte.hu"),
              ("Budapesti Műszaki és Gazdaságtudományi Egyetem, Budapest", "bme.hu")],
        paper=dict(corr="Levelező szerző", abstract="Összefoglaló", received="Beérkezett"),
        issue=dict(desc="A hiba leírása", steps="Reprodukálás lépései", log="Napló", env="Környezet"),
        url_path=["kapcsolat", "impresszum", "rolunk"],
    ),
    "da": dict(
        tel=["Tlf.", "Telefon", "Tel."], mob=["Mobil", "Mob."], fax=["Fax"], email=["E-mail", "Mail", "e-mail"],
        card=["Kortnummer"], iban=["IBAN"], ip=["IP-adresse"],
        names=[("Mads Jensen", "mads", "jensen"), ("Sofie Nielsen", "sofie", "nielsen"), ("Frederik Hansen", "frederik", "hansen"),
               ("Ida Pedersen", "ida", "pedersen"), ("Lars Andersen", "lars", "andersen"), ("Mette Larsen", "mette", "larsen")],
        companies=[("Nordisk Design ApS", "nordiskdesign"), ("Jensens Tømrerfirma", "jensens-toemrer"), ("Øresund Logistik A/S", "oresundlogistik"),
                   ("Café Blåbær", "cafe-blaabaer")],
        tlds=[".dk"],
        addresses=[["Vesterbrogade 34, 2. th.", "1620 København V"], ["Søndergade 12", "8000 Aarhus C"], ["Algade 5", "9000 Aalborg"]],
        regards=["Med venlig hilsen", "Venlig hilsen", "Mvh."], sigsep=["--", "-- "],
        titles=["salgschef", "projektleder", "indehaver"],
        contact_head=["Kontakt", "Om os"], hours="Åbningstider: man–fre 9.00–17.00",
        bank="Bankoplysninger", rowsep=" | ",
        receipt=dict(title=["Bekræftelse af booking", "Kvittering", "Ordrebekræftelse"], guest="Gæst", paid="Betaling", total="I alt",
                     thanks="Tak for dit køb!", note="Bemærkning"),
        products=["Kaffe", "Dobbeltværelse", "USB-C-kabel", "Morgenmad"],
        ad=dict(title=["Sælges", "Udlejes", "Købes", "Søges"], contact="Kontakt", where="Område"),
        ad_items=["næsten ny cykel", "barnevogn", "2-værelses lejlighed", "køleskab"],
        univ=[("Datalogisk Institut, Københavns Universitet, København", "di.ku.dk"), ("DTU Compute, Danmarks Tekniske Universitet, Kgs. Lyngby", "dtu.dk")],
        paper=dict(corr="Korresponderende forfatter", abstract="Resumé", received="Modtaget"),
        issue=dict(desc="Beskrivelse af fejlen", steps="Trin til at genskabe", log="Log", env="Miljø"),
        url_path=["kontakt", "om-os"],
    ),
    "fi": dict(
        tel=["Puh.", "puh.", "Puhelin"], mob=["GSM", "Matkapuhelin"], fax=["Faksi"], email=["Sähköposti", "S-posti", "email"],
        card=["Kortin numero"], iban=["IBAN", "Tilinumero"], ip=["IP-osoite"],
        names=[("Mikko Virtanen", "mikko", "virtanen"), ("Laura Korhonen", "laura", "korhonen"), ("Juha Mäkinen", "juha", "makinen"),
               ("Anna Nieminen", "anna", "nieminen"), ("Jari Heikkinen", "jari", "heikkinen"), ("Sanna Laine", "sanna", "laine")],
        companies=[("Pohjolan Tekniikka Oy", "pohjolantekniikka"), ("Järvisen Rakennus Oy", "jarvisenrakennus"), ("Kahvila Mökki", "kahvilamokki"),
                   ("Saimaa Matkat Ky", "saimaamatkat")],
        tlds=[".fi"],
        addresses=[["Mannerheimintie 12 B 5", "00100 Helsinki"], ["Hämeenkatu 20", "33200 Tampere"], ["Kauppurienkatu 8", "90100 Oulu"]],
        regards=["Ystävällisin terveisin", "Terveisin"], sigsep=["--", "-- "],
        titles=["myyntipäällikkö", "projektipäällikkö", "toimitusjohtaja"],
        contact_head=["Yhteystiedot", "Tietoa meistä"], hours="Aukioloajat: ma–pe 8.00–16.00",
        bank="Pankkiyhteys", rowsep=" | ",
        receipt=dict(title=["Varausvahvistus", "Kuitti", "Tilausvahvistus"], guest="Asiakas", paid="Maksutapa", total="Yhteensä",
                     thanks="Kiitos ostoksestasi!", note="Lisätiedot"),
        products=["Kahvi", "Kahden hengen huone", "USB-C-kaapeli", "Aamiainen"],
        ad=dict(title=["Myydään", "Vuokrataan", "Ostetaan", "Haetaan"], contact="Yhteydenotot", where="Sijainti"),
        ad_items=["lähes uusi polkupyörä", "lastenrattaat", "kaksio", "jääkaappi"],
        univ=[("Tietojenkäsittelytieteen osasto, Helsingin yliopisto", "helsinki.fi"), ("Aalto-yliopisto, Perustieteiden korkeakoulu, Espoo", "aalto.fi")],
        paper=dict(corr="Vastaava kirjoittaja", abstract="Tiivistelmä", received="Vastaanotettu"),
        issue=dict(desc="Ongelman kuvaus", steps="Toistamisen vaiheet", log="Loki", env="Ympäristö"),
        url_path=["yhteystiedot", "meista"],
    ),
    "el": dict(
        tel=["Τηλ.", "Τηλέφωνο", "τηλ."], mob=["Κιν.", "Κινητό"], fax=["Fax", "Φαξ"], email=["E-mail", "Email", "Ηλ. ταχυδρομείο"],
        card=["Αριθμός κάρτας"], iban=["IBAN"], ip=["Διεύθυνση IP"],
        names=[("Γιώργος Παπαδόπουλος", "giorgos", "papadopoulos"), ("Μαρία Γεωργίου", "maria", "georgiou"),
               ("Νίκος Οικονόμου", "nikos", "oikonomou"), ("Ελένη Δημητρίου", "eleni", "dimitriou"), ("Κώστας Νικολάου", "kostas", "nikolaou")],
        companies=[("Ελληνικά Ταξίδια Α.Ε.", "ellinika-taxidia"), ("Παπαδόπουλος & Συνεργάτες", "papadopoulos-law"),
                   ("Αιγαίο Λογισμικό Ε.Π.Ε.", "aigaio-soft"), ("Φούρνος Η Ζύμη", "zymi-bakery")],
        tlds=[".gr"],
        addresses=[["Λεωφ. Βασιλίσσης Σοφίας 12", "106 74 Αθήνα"], ["Τσιμισκή 45", "546 23 Θεσσαλονίκη"], ["Αγίου Νικολάου 8", "262 21 Πάτρα"]],
        regards=["Με εκτίμηση,", "Φιλικά,"], sigsep=["--", "__________"],
        titles=["Διευθυντής Πωλήσεων", "Μηχανικός Λογισμικού", "Διευθύνων Σύμβουλος"],
        contact_head=["Επικοινωνία", "Σχετικά με εμάς"], hours="Ωράριο: Δευτέρα–Παρασκευή 09:00–17:00",
        bank="Τραπεζικός λογαριασμός", rowsep=" | ",
        receipt=dict(title=["Επιβεβαίωση κράτησης", "Απόδειξη", "Επιβεβαίωση παραγγελίας"], guest="Επισκέπτης", paid="Πληρωμή",
                     total="Σύνολο", thanks="Ευχαριστούμε για την προτίμηση!", note="Σημειώσεις"),
        products=["Freddo espresso", "Δίκλινο δωμάτιο", "Καλώδιο USB-C", "Πρωινό"],
        ad=dict(title=["Πωλείται", "Ενοικιάζεται", "Ζητείται"], contact="Επικοινωνία", where="Περιοχή"),
        ad_items=["ποδήλατο σχεδόν καινούργιο", "καρότσι μωρού", "διαμέρισμα 2 υπνοδωματίων", "ψυγείο"],
        univ=[("Σχολή Ηλεκτρολόγων Μηχανικών και Μηχανικών Υπολογιστών, ΕΜΠ, Αθήνα", "ece.ntua.gr"),
              ("Τμήμα Πληροφορικής και Τηλεπικοινωνιών, ΕΚΠΑ, Αθήνα", "di.uoa.gr")],
        paper=dict(corr="Συγγραφέας επικοινωνίας", abstract="Περίληψη", received="Παραλήφθηκε"),
        issue=dict(desc="Περιγραφή προβλήματος", steps="Βήματα αναπαραγωγής", log="Αρχείο καταγραφής", env="Περιβάλλον"),
        url_path=["epikoinonia", "contact", "about"],
    ),
    "vi": dict(
        tel=["ĐT", "Điện thoại", "Tel"], mob=["Di động", "Hotline", "SĐT", "Zalo"], fax=["Fax"], email=["Email", "E-mail", "Thư điện tử"],
        card=["Số thẻ"], iban=["IBAN"], ip=["Địa chỉ IP"],
        names=[("Nguyễn Văn An", "an", "nguyen"), ("Trần Thị Bích", "bich", "tran"), ("Lê Minh Tuấn", "tuan", "le"),
               ("Phạm Thu Hà", "ha", "pham"), ("Hoàng Đức Anh", "anh", "hoang"), ("Vũ Thị Lan", "lan", "vu")],
        companies=[("Công ty TNHH Minh Phát", "minhphat"), ("Công ty Cổ phần Sao Việt", "saoviet"), ("Nhà hàng Hương Sen", "huongsen"),
                   ("Công ty Du lịch Biển Xanh", "bienxanhtravel")],
        tlds=[".com.vn", ".vn"],
        addresses=[["Số 25 Lý Thường Kiệt, P. Hàng Bài", "Q. Hoàn Kiếm, Hà Nội"], ["123 Nguyễn Huệ, P. Bến Nghé", "Quận 1, TP. Hồ Chí Minh"],
                   ["45 Trần Phú, Q. Hải Châu", "Đà Nẵng"]],
        regards=["Trân trọng,", "Thân mến,"], sigsep=["--", "-------------"],
        titles=["Trưởng phòng kinh doanh", "Kỹ sư phần mềm", "Giám đốc"],
        contact_head=["Liên hệ", "Giới thiệu"], hours="Giờ làm việc: Thứ 2 – Thứ 6, 8:00 – 17:30",
        bank="Thông tin chuyển khoản", rowsep=" | ",
        receipt=dict(title=["Xác nhận đặt phòng", "Hóa đơn bán hàng", "Xác nhận đơn hàng"], guest="Khách hàng", paid="Thanh toán",
                     total="Tổng cộng", thanks="Cảm ơn quý khách!", note="Ghi chú"),
        products=["Cà phê sữa đá", "Phòng Deluxe giường đôi", "Cáp USB-C", "Bữa sáng"],
        ad=dict(title=["Cần bán", "Cho thuê", "Cần mua", "Tuyển dụng"], contact="Liên hệ", where="Khu vực"),
        ad_items=["xe máy Honda Vision", "xe đẩy em bé", "căn hộ 2 phòng ngủ", "tủ lạnh cũ"],
        univ=[("Trường Công nghệ Thông tin và Truyền thông, Đại học Bách khoa Hà Nội", "hust.edu.vn"),
              ("Trường Đại học Công nghệ, ĐHQG Hà Nội", "vnu.edu.vn")],
        paper=dict(corr="Tác giả liên hệ", abstract="Tóm tắt", received="Ngày nhận bài"),
        issue=dict(desc="Mô tả lỗi", steps="Các bước tái hiện", log="Nhật ký", env="Môi trường"),
        url_path=["lien-he", "gioi-thieu"],
    ),
    "id": dict(
        tel=["Telp.", "Telepon", "Tel"], mob=["HP", "WA", "WhatsApp"], fax=["Faks", "Fax"], email=["Email", "E-mail", "Surel"],
        card=["Nomor kartu"], iban=["IBAN"], ip=["Alamat IP"],
        names=[("Budi Santoso", "budi", "santoso"), ("Siti Rahayu", "siti", "rahayu"), ("Agus Setiawan", "agus", "setiawan"),
               ("Dewi Lestari", "dewi", "lestari"), ("Rizky Pratama", "rizky", "pratama"), ("Putri Handayani", "putri", "handayani")],
        companies=[("PT Sinar Jaya Abadi", "sinarjaya"), ("CV Maju Bersama", "majubersama"), ("Toko Buku Cahaya", "tokocahaya"),
                   ("PT Nusantara Digital", "nusantaradigital")],
        tlds=[".co.id", ".id"],
        addresses=[["Jl. Jend. Sudirman Kav. 52-53", "Jakarta Selatan 12190"], ["Jl. Asia Afrika No. 8", "Bandung 40111"],
                   ["Jl. Pemuda No. 27", "Surabaya 60271"]],
        regards=["Salam,", "Hormat kami,", "Terima kasih,"], sigsep=["--", "------------"],
        titles=["Manajer Penjualan", "Staf IT", "Direktur"],
        contact_head=["Hubungi Kami", "Tentang Kami"], hours="Jam operasional: Senin–Jumat 08.00–17.00 WIB",
        bank="Rekening", rowsep=" | ",
        receipt=dict(title=["Konfirmasi Pemesanan", "Struk Pembayaran", "Bukti Pembayaran"], guest="Tamu", paid="Pembayaran",
                     total="Total", thanks="Terima kasih atas kunjungan Anda!", note="Catatan"),
        products=["Kopi susu", "Kamar Deluxe", "Kabel USB-C", "Sarapan"],
        ad=dict(title=["Dijual", "Disewakan", "Dicari", "Lowongan"], contact="Hubungi", where="Lokasi"),
        ad_items=["motor Honda Beat 2020", "stroller bayi", "rumah 2 lantai", "kulkas bekas"],
        univ=[("Fakultas Ilmu Komputer, Universitas Indonesia, Depok", "cs.ui.ac.id"),
              ("Sekolah Teknik Elektro dan Informatika, Institut Teknologi Bandung", "itb.ac.id")],
        paper=dict(corr="Penulis korespondensi", abstract="Abstrak", received="Diterima"),
        issue=dict(desc="Deskripsi masalah", steps="Langkah reproduksi", log="Log", env="Lingkungan"),
        url_path=["hubungi-kami", "tentang-kami", "kontak"],
    ),
    "en": dict(
        tel=["Tel", "Phone", "T", "Office"], mob=["Mobile", "Cell", "M"], fax=["Fax", "F"], email=["Email", "E-mail", "E"],
        card=["Card number", "Card no."], iban=["IBAN"], ip=["IP address", "Client IP"],
        names=[("Emily Carter", "emily", "carter"), ("James O'Neill", "james", "oneill"), ("Sarah Mitchell", "sarah", "mitchell"),
               ("David Chen", "david", "chen"), ("Rachel Adams", "rachel", "adams"), ("Michael Brooks", "michael", "brooks"),
               ("Laura Nguyen", "laura", "nguyen"), ("Kevin Patel", "kevin", "patel")],
        companies=[("Northwind Analytics LLC", "northwind-analytics"), ("Bluebird Dental Group", "bluebirddental"),
                   ("Harbor & Pine Realty", "harborpine"), ("Crestline Software, Inc.", "crestline-sw")],
        tlds=[".us"],
        addresses=[["1200 Market Street, Suite 410", "San Francisco, CA 94102"], ["350 Fifth Avenue, 21st Floor", "New York, NY 10118"],
                   ["401 Congress Ave, Suite 1540", "Austin, TX 78701"]],
        regards=["Best regards,", "Thanks,", "Kind regards,", "Cheers,"], sigsep=["--", "-- ", "________________________________"],
        titles=["Account Manager", "Senior Software Engineer", "Office Manager", "Founder & CEO"],
        contact_head=["Contact Us", "About", "Imprint"], hours="Office hours: Mon–Fri 9:00 AM – 5:00 PM",
        bank="Bank details", rowsep=" | ",
        receipt=dict(title=["Booking Confirmation", "Order Confirmation", "Receipt"], guest="Guest", paid="Payment", total="Total",
                     thanks="Thank you for your order!", note="Notes"),
        products=["Latte (16 oz)", "Deluxe King Room", "USB-C cable, 3 ft", "Breakfast package"],
        ad=dict(title=["For sale:", "For rent:", "Wanted:", "Hiring:"], contact="Contact", where="Location"),
        ad_items=["road bike, barely used", "baby stroller", "1BR apartment", "used fridge"],
        univ=[("Department of Computer Science, Stanford University, Stanford, CA, USA", "cs.stanford.edu"),
              ("School of Informatics, University of Edinburgh, UK", "ed.ac.uk"), ("MIT CSAIL, Cambridge, MA, USA", "csail.mit.edu")],
        paper=dict(corr="Corresponding author", abstract="Abstract", received="Received"),
        issue=dict(desc="Describe the bug", steps="Steps to reproduce", log="Logs", env="Environment"),
        url_path=["contact", "about", "contact-us"],
    ),
}
AR_COUNTRY_TLDS = {"SA": [".com.sa", ".sa"], "AE": [".ae"], "EG": [".com.eg"]}
LANG_COUNTRY = {"ja": "JP", "zh": "CN", "ko": "KR", "ru": "RU", "uk": "UA", "tr": "TR", "cs": "CZ", "ro": "RO", "hu": "HU",
                "da": "DK", "fi": "FI", "el": "GR", "vi": "VN", "id": "ID", "en": "US"}
AD_SITES = {"ja": "https://jmty.jp/tokyo/sale-bic/article-", "zh": "https://bj.58.com/ershou/", "ko": "https://www.daangn.com/articles/",
            "ru": "https://www.avito.ru/moskva/", "uk": "https://www.olx.ua/d/uk/obyavlenie/", "tr": "https://www.sahibinden.com/ilan/",
            "SA": "https://haraj.com.sa/", "AE": "https://dubai.dubizzle.com/classified/", "EG": "https://www.olx.com.eg/ad/",
            "cs": "https://www.bazos.cz/inzerat/", "ro": "https://www.olx.ro/d/oferta/", "hu": "https://www.jofogas.hu/budapest/",
            "da": "https://www.dba.dk/", "fi": "https://www.tori.fi/uusimaa/", "el": "https://www.xe.gr/property/",
            "vi": "https://www.chotot.com/ha-noi/", "id": "https://www.olx.co.id/item/", "en": "https://sfbay.craigslist.org/sfc/"}
GH_REPOS = ["api-server", "billing-service", "mobile-app", "crm-sync", "data-pipeline", "web-frontend", "infra"]


def label_sep(r, lang, label):
    if lang in ("ja", "zh"):
        if re.search(r"[A-Za-z.]$", label):
            return r.choice(["：", ":", " ", "："])
        return r.choice(["：", "：", "：", "", ":"])
    if lang == "ko":
        return r.choice([": ", " : ", " "])
    if label.endswith(".") or label.endswith("№") or label.endswith("#"):
        return r.choice([" ", ": "]) if not label.endswith(("№", "#")) else " "
    return r.choice([": ", ": ", ": ", " "])


# --------------------------------------------------------------------------
# Part 7b: document context and genre frames
# A frame returns a list of segments: plain strings or item dicts.  An item is
# written as pre + value + post; only value is the span / look-alike.
# --------------------------------------------------------------------------
def make_ctx(r, lang, genre):
    loc = LOC[lang]
    person = r.choice(loc["names"])
    person2 = r.choice([n for n in loc["names"] if n != person])
    company = r.choice(loc["companies"])
    if lang == "ar":
        country = r.choice(["SA", "SA", "AE", "EG"])
        tlds = AR_COUNTRY_TLDS[country]
    else:
        country = LANG_COUNTRY[lang]
        tlds = loc["tlds"]
    cc_site = company[1] + r.choice(tlds)
    on_cc = r.random() < (0.85 if lang != "en" else 0.3)
    site = cc_site if on_cc else company[1] + ".com"
    ctx = {"lang": lang, "genre": genre, "loc": loc, "person": person, "person2": person2, "company": company,
           "country": country, "domain": site, "url": None}
    if genre == "signature":
        ctx["url"] = None if r.random() < 0.35 else "https://www.%s/" % site
    elif genre == "contact_page":
        ctx["url"] = "https://www.%s/%s" % (site, r.choice(loc["url_path"]))
    elif genre in ("crm_json", "crm_csv"):
        if r.random() < 0.5:
            ctx["url"] = "https://crm.%s/export/customers_%d.%s" % (site, r.randint(1, 60), "json" if genre == "crm_json" else "csv")
    elif genre == "receipt":
        if r.random() < 0.65:
            ctx["url"] = "https://www.%s/%s" % (site, r.choice(["order/confirmation", "booking/summary", "receipt/view"]))
    elif genre == "github_issue":
        ctx["url"] = "https://github.com/%s/%s/issues/%d" % (company[1], r.choice(GH_REPOS), r.randint(12, 4800))
    elif genre == "paper_authors":
        univ = r.choice(loc["univ"])
        ctx["univ"] = univ
        ctx["univ2"] = r.choice([u for u in loc["univ"] if u != univ])
        ctx["domain"] = univ[1]
        if r.random() < 0.5:
            ctx["url"] = "https://arxiv.org/abs/%02d%02d.%05d" % (r.randint(19, 25), r.randint(1, 12), r.randint(1000, 29999))
        else:
            ctx["url"] = "https://www.%s/publications/" % univ[1]
    elif genre == "classified_ad":
        key = country if lang == "ar" else lang
        ctx["url"] = AD_SITES[key] + "%d" % r.randint(100000, 9999999)
    return ctx


def span_label(r, it, ctx):
    loc = ctx["loc"]
    k = it["kind"]
    if k == "phone":
        if it.get("fax"):
            return r.choice(loc["fax"])
        if "mobile" in it["ptype"] and r.random() < 0.7:
            return r.choice(loc["mob"])
        return r.choice(loc["tel"])
    return r.choice(loc[k])


def fld(r, ctx, it, label=None, sep=None):
    """'label: value' when the item is labelled, else the bare value"""
    if it["cls"] == "S":
        if it["labelled"]:
            lab = label or span_label(r, it, ctx)
            it["used_label"] = lab
            return [lab + (sep if sep is not None else label_sep(r, ctx["lang"], lab)), it]
        it["used_label"] = None
        return [it]
    if it["label"] and not it["inline"]:
        lab = label or it["label"]
        it["used_label"] = lab
        s = it["lsep"] if it["lsep"] is not None else (sep if sep is not None else label_sep(r, ctx["lang"], lab))
        return [lab + s, it]
    it["used_label"] = it["label"] if it["inline"] else None
    return [it]


def bare(it, label=None):
    it["used_label"] = label
    return [it]


def wrap(it, pre, post):
    it["pre"] = pre + it["pre"]
    it["post"] = it["post"] + post


def joiner(lang):
    return "" if lang in ("ja", "zh") else " "


def address_segs(r, ctx, postal=None):
    lines = r.choice(ctx["loc"]["addresses"])
    if ctx["lang"] == "ar":
        lines = ctx["loc"]["addresses"][["SA", "AE", "EG"].index(ctx["country"])]
    if ctx["lang"] == "ja":
        code = r.choice(JP_POSTAL) if postal is None else postal["value"].lstrip("〒")
        lines = ["{postal} " + JP_ADDR[code][0]] + JP_ADDR[code][1:]
    out = []
    if postal is not None and postal["label"]:
        out += fld(r, ctx, postal) + ["\n"]
        postal = None
    for ln in lines:
        if "{postal}" in ln:
            before, after = ln.split("{postal}")
            if postal is not None:
                out += [before] + bare(postal) + [after]
                postal = None
            else:
                out.append(before + after.strip())
        else:
            out.append(ln)
        out.append("\n")
    return out


def take(items, pred):
    got = [it for it in items if pred(it)]
    for it in got:
        items.remove(it)
    return got


def generic_lines(r, ctx, items):
    out = []
    for it in items:
        out += fld(r, ctx, it) + ["\n"]
    return out


# ---- e-mail signature / footer ------------------------------------------
SIG_LOOKS = ("social_handle", "retina_filename", "jp_postal", "coordinates")


def r_signature(r, ctx, S, L, base):
    lang, loc = ctx["lang"], ctx["loc"]
    S, L = list(S), list(L)
    segs = [joiner(lang).join(base), "\n"]
    body = take(S, lambda it: it["kind"] in ("card", "ip")) + take(L, lambda it: it["name"] not in SIG_LOOKS)
    if body:
        segs.append("\n")
        segs += generic_lines(r, ctx, body)
    segs += ["\n", r.choice(loc["regards"]), "\n"]
    if r.random() < 0.7:
        segs += [r.choice(loc["sigsep"]), "\n"]
    name, (cname, _), title = ctx["person"][0], ctx["company"], r.choice(loc["titles"])
    emails = [it for it in S if it["kind"] == "email"]
    if emails and not emails[0]["labelled"] and not emails[0]["post"] and not emails[0]["obf"] and r.random() < 0.45:
        it = emails[0]
        S.remove(it)
        segs.append(name + " <")
        segs += bare(it)
        segs += [">", "\n"]
    else:
        segs += [name, "\n"]
    if lang == "ja":
        segs += [cname, "\n", title, "\n"]
    elif r.random() < 0.5:
        segs += [title, " | ", cname, "\n"]
    else:
        segs += [title, "\n", cname, "\n"]
    postal = take(L, lambda it: it["name"] == "jp_postal")
    L += postal[1:]
    if postal or r.random() < 0.5:
        segs += address_segs(r, ctx, postal[0] if postal else None)
    row = []
    ibans = take(S, lambda it: it["kind"] == "iban")
    for it in S:
        parts = fld(r, ctx, it)
        if row and it["labelled"] and r.random() < (0.6 if lang == "ja" else 0.35):
            row += [loc["rowsep"]] + parts
        else:
            if row:
                segs += row + ["\n"]
            row = parts
    if row:
        segs += row + ["\n"]
    for it in ibans:
        if it["labelled"] and r.random() < 0.5:
            segs += [loc["bank"] + ": " + it["bank"], "\n"]
        segs += fld(r, ctx, it) + ["\n"]
    for it in L:
        segs += fld(r, ctx, it) + ["\n"]
    return segs


# ---- company contact / imprint page -------------------------------------
def r_contact(r, ctx, S, L, base):
    lang, loc = ctx["lang"], ctx["loc"]
    S, L = list(S), list(L)
    segs = [ctx["company"][0], "\n", r.choice(loc["contact_head"]), "\n\n", joiner(lang).join(base), "\n\n"]
    postal = take(L, lambda it: it["name"] == "jp_postal")
    L += postal[1:]
    segs += address_segs(r, ctx, postal[0] if postal else None)
    contact = take(S, lambda it: it["kind"] in ("phone", "email"))
    one_row = r.random() < (0.7 if lang == "ja" else 0.5)
    for i, it in enumerate(contact):
        parts = fld(r, ctx, it)
        if one_row and i > 0 and it["labelled"]:
            segs += [loc["rowsep"]] + parts
        else:
            if i > 0:
                segs.append("\n")
            segs += parts
    if contact:
        segs.append("\n")
    if r.random() < 0.6:
        segs += [loc["hours"], "\n"]
    ibans = take(S, lambda it: it["kind"] == "iban")
    for it in ibans:
        segs += ["\n", loc["bank"] + ": " + it["bank"], "\n"] if it["labelled"] else ["\n"]
        segs += fld(r, ctx, it) + ["\n"]
    segs += generic_lines(r, ctx, S + L)
    return segs


# ---- CRM exports ----------------------------------------------------------
KEYS_S = {"email": ["email", "e_mail", "mail", "contact_email", "emailAddress"],
          "phone": ["phone", "tel", "mobile", "phone_number", "phoneNumber"],
          "card": ["card_number", "pan", "cc_number", "cardNo"],
          "iban": ["iban", "bank_iban", "ibanNumber", "payout_iban"],
          "ip": ["ip", "last_login_ip", "client_ip", "remote_addr", "ip_address", "signup_ip"]}
KEYS_L = {"version": ["app_version", "client_version", "build"], "date": ["created_at", "updated_at", "due_date"],
          "time": ["time", "pickup_time"], "price": ["amount", "total", "price"],
          "order_number": ["order_id", "invoice_no", "tracking_no"], "jp_postal": ["postal_code", "zip"],
          "cn_id_invalid": ["id_card_no", "national_id"], "isbn_ean13": ["isbn", "ean", "jan_code"],
          "uuid": ["uuid", "request_id", "external_id"], "git_hash": ["commit", "git_sha"], "sha256": ["sha256", "checksum"],
          "coordinates": ["geo", "latlng", "location"], "math": ["formula"], "luhn_fail_16": ["ref_no", "order_no", "tracking_no"],
          "iban_mod97_fail": ["payment_ref", "reference"], "nonpublic_ip": ["internal_ip", "lan_ip", "gateway"],
          "mac_address": ["mac", "mac_address"], "numpy_matmul": ["expr"], "decorator": ["decorator"],
          "npm_scope": ["package", "dependency"], "social_handle": ["twitter", "instagram", "telegram"],
          "retina_filename": ["avatar", "icon", "image"]}
GENERIC_KEYS = ["contact", "value", "info", "extra", "raw", "data", "attr", "misc", "c%d", "field_%d", "col%d"]


def item_key(r, it, used, ctx):
    if it["cls"] == "S":
        lab = it["labelled"]
        pool = KEYS_S[it["kind"]]
        if it["kind"] == "phone" and it.get("fax"):
            pool = ["fax"]
    else:
        lab = bool(it["label"])
        pool = KEYS_L[it["name"]]
    if lab:
        k = r.choice(pool)
        it["used_label"] = k
    else:
        k = r.choice(GENERIC_KEYS)
        if "%d" in k:
            k = k % r.randint(2, 19)
        it["used_label"] = None
    base_k, n = k, 2
    while k in used:
        k = "%s_%d" % (base_k, n)
        n += 1
    used.add(k)
    return k


def check_json_safe(it):
    s = it["pre"] + it["value"] + it["post"]
    assert json.dumps(s, ensure_ascii=False)[1:-1] == s, s


def r_crm_json(r, ctx, S, L, base):
    items = list(S) + list(L)
    r.shuffle(items)
    nrec = 2 if len(items) > 3 or (len(items) > 1 and r.random() < 0.3) else 1
    recs = [[] for _ in range(nrec)]
    for i, it in enumerate(items):
        recs[i % nrec].append(it)
    notes = list(base)
    pretty = r.random() < 0.6
    array = nrec > 1 and pretty or r.random() < 0.25
    segs = ["[\n" if array and pretty else "[" if array else ""]
    people = [ctx["person"], ctx["person2"]]
    for ri, rec in enumerate(recs):
        used = set()
        fields = [("id", json.dumps(r.randint(1000, 99999)))]
        used.add("id")
        fields.append(("name", json.dumps(people[ri % 2][0], ensure_ascii=False)))
        used.add("name")
        if r.random() < 0.5:
            fields.append(("company", json.dumps(ctx["company"][0], ensure_ascii=False)))
            used.add("company")
        for it in rec:
            check_json_safe(it)
            fields.append((item_key(r, it, used, ctx), it))
        if notes:
            note = notes.pop(0) if ri < nrec - 1 else " ".join(notes)
            fields.append(("note", json.dumps(note, ensure_ascii=False)))
            if ri == nrec - 1:
                notes = []
        if r.random() < 0.4:
            fields.append(("tags", json.dumps(["lead", "vip"][:r.randint(1, 2)])))
        ind = "    " if array and pretty else "  "
        open_ind = "  " if array and pretty else ""
        segs.append(open_ind + "{" + ("\n" if pretty else ""))
        for fi, (k, v) in enumerate(fields):
            segs.append((ind if pretty else "") + json.dumps(k) + ": ")
            if isinstance(v, str):
                segs.append(v)
            else:
                segs += ['"', v, '"']
            if fi < len(fields) - 1:
                segs.append(",\n" if pretty else ", ")
        segs.append(("\n" + open_ind + "}") if pretty else "}")
        if ri < nrec - 1:
            segs.append(",\n" if array and pretty else ", " if array else "\n")
    if array:
        segs.append("\n]" if pretty else "]")
    segs.append("\n")
    return segs


CSV_SEMI = {"ru", "uk", "tr", "cs", "ro", "hu", "da", "fi", "el"}


def r_crm_csv(r, ctx, S, L, base):
    lang = ctx["lang"]
    delim = ";" if lang in CSV_SEMI else ","
    header = r.random() < 0.75
    items = list(S) + list(L)
    groups = {}
    order = []
    for it in items:
        g = it.get("kind") or it.get("name")
        if g not in groups:
            groups[g] = []
            order.append(g)
        groups[g].append(it)
    r.shuffle(order)
    nrows = max(len(v) for v in groups.values()) if groups else 1
    nrows = max(nrows, r.choice([1, 1, 2, 3]))
    used = {"id", "name", "note"}
    cols = []
    for g in order:
        first = groups[g][0]
        if not header:
            for it in groups[g]:
                if it["cls"] == "S":
                    it["labelled"] = False
                else:
                    it["label"] = None
        else:
            lab = first["labelled"] if first["cls"] == "S" else bool(first["label"])
            for it in groups[g]:
                if it["cls"] == "S":
                    it["labelled"] = lab
                else:
                    if not lab:
                        it["label"] = None
                    elif not it["label"]:
                        it["label"] = "x"
        key = item_key(r, first, used, ctx) if header else None
        for it in groups[g][1:]:
            it["used_label"] = first["used_label"] if header else None
        cols.append((key, groups[g]))
    quote_all = r.random() < 0.2
    people = [ctx["person"], ctx["person2"]] + [p for p in ctx["loc"]["names"] if p not in (ctx["person"], ctx["person2"])]
    notes = list(base)

    def cell(s):
        if quote_all or delim in s or '"' in s or "\n" in s:
            return '"' + s.replace('"', '""') + '"'
        return s

    segs = []
    if header:
        segs.append(delim.join(cell(c) for c in ["id", "name"] + [k for k, _ in cols] + ["note"]) + "\n")
    for ri in range(nrows):
        segs.append(cell(str(r.randint(100, 9999))) + delim + cell(people[ri % len(people)][0]))
        for key, its in cols:
            segs.append(delim)
            if ri < len(its):
                it = its[ri]
                s = it["pre"] + it["value"] + it["post"]
                q = quote_all or delim in s or '"' in s
                assert '"' not in s
                if not header:
                    it["used_label"] = None
                segs += (['"', it, '"'] if q else [it])
        note = notes.pop(0) if notes and (ri < nrows - 1) else (" ".join(notes) if notes and ri == nrows - 1 else "")
        if ri == nrows - 1:
            notes = []
        segs += [delim, cell(note) if note else "", "\n"]
    return segs


# ---- receipts and booking confirmations ---------------------------------
def r_receipt(r, ctx, S, L, base):
    lang, loc = ctx["lang"], ctx["loc"]
    rc = loc["receipt"]
    S, L = list(S), list(L)
    segs = [r.choice(rc["title"]), "\n", r.choice(["=" * 24, "-" * 28, "━" * 16 if lang in ("ja", "zh", "ko") else "-" * 20]), "\n"]
    segs += generic_lines(r, ctx, take(L, lambda it: it["name"] in ("order_number", "luhn_fail_16")))
    segs += generic_lines(r, ctx, take(L, lambda it: it["name"] in ("date", "time")))
    segs += [ctx["company"][0], "\n"]
    postal = take(L, lambda it: it["name"] == "jp_postal")
    L += postal[1:]
    if postal:
        segs += address_segs(r, ctx, postal[0])
    prods = r.sample(loc["products"], r.randint(1, 2))
    eans = take(L, lambda it: it["name"] == "isbn_ean13")
    for i, p in enumerate(prods):
        segs.append("%s  x%d" % (p, r.randint(1, 3)))
        if i < len(eans):
            segs.append("  ")
            segs += fld(r, ctx, eans[i], sep=" ")
        segs.append("\n")
    for it in eans[len(prods):]:
        segs += fld(r, ctx, it, sep=" ") + ["\n"]
    prices = take(L, lambda it: it["name"] == "price")
    for it in prices:
        segs += fld(r, ctx, it, label=rc["total"] if it["label"] else None) + ["\n"]
    segs += ["-" * 20, "\n", rc["guest"] + ": " + ctx["person"][0], "\n"]
    order = sorted(S, key=lambda it: ({"phone": 0, "email": 1, "ip": 2, "card": 3, "iban": 4}[it["kind"]], it["labelled"]))
    for it in order:
        segs += fld(r, ctx, it) + ["\n"]
    segs += generic_lines(r, ctx, L)
    if base:
        segs += ["\n", rc["note"] + ": " + joiner(lang).join(base), "\n"]
    segs += [rc["thanks"], "\n"]
    return segs


# ---- GitHub issue with logs / stack traces ------------------------------
MONTHS3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
IP_PROSE = {
    "ja": ("IPアドレス", "接続元IPアドレスは", "です。", "サーバー（", "）に接続できません。"),
    "zh": ("IP", "服务器IP是", "，ping不通。", "从", "访问时返回502。"),
    "ko": ("IP", "접속 IP는 ", "입니다.", "", " 서버에 접속이 안 됩니다."),
    "ru": ("IP-адрес", "IP-адрес сервера: ", ".", "С ", " запросы проходят, с остальных — нет."),
    "en": ("IP", "Our public IP is ", " and it is whitelisted.", "Requests from ", " time out after the upgrade."),
}


def nginx_time(r):
    return "%02d/%s/%d:%02d:%02d:%02d +0000" % (r.randint(1, 28), r.choice(MONTHS3), r.randint(2022, 2025), r.randint(0, 23),
                                               r.randint(0, 59), r.randint(0, 59))


def gh_span_line(r, ctx, it, spare_private):
    k, lab = it["kind"], it["labelled"]
    d = ctx["domain"]
    plain = (k != "email") or (not it["obf"] and not it["post"])
    if k == "ip":
        v6 = it["v6"]
        if lab:
            c = r.randrange(4)
            if c == 0:
                segs = ["X-Forwarded-For: "] + bare(it, "X-Forwarded-For")
                if spare_private:
                    segs += [", "] + bare(spare_private.pop(0))
                return segs
            if c == 1:
                return ["client_ip="] + bare(it, "client_ip") + [" status=403 path=/admin"]
            if c == 2:
                return ['"remote_addr": "'] + bare(it, "remote_addr") + ['",']
            return ["X-Real-IP: "] + bare(it, "X-Real-IP")
        c = r.randrange(6)
        if c == 0:
            return bare(it) + [' - - [%s] "GET /api/v1/orders?page=%d HTTP/1.1" 502 %d "-" "python-requests/2.31.0"'
                               % (nginx_time(r), r.randint(2, 9), r.randint(150, 990))]
        if c == 1:
            return ["%s %d %02d:%02d:%02d web01 sshd[%d]: Failed password for invalid user admin from "
                    % (r.choice(MONTHS3), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.randint(1000, 65000))] \
                + bare(it) + [" port %d ssh2" % r.randint(30000, 65000)]
        if c == 2:
            return ["requests.exceptions.ConnectTimeout: HTTPSConnectionPool(host='"] + bare(it) + \
                ["', port=443): Max retries exceeded with url: /v1/charges"]
        if c == 3:
            return ["Connecting to api.%s (api.%s)|" % (d, d)] + bare(it) + ["|:443... failed: Connection timed out."]
        if c == 4:
            return ["curl: (7) Failed to connect to "] + bare(it) + [" port 443 after %d ms: Couldn't connect to server" % r.randint(2, 900)]
        if v6:
            return ["GET http://["] + bare(it) + ["]:8080/healthz -> 503"]
        return ["GET http://"] + bare(it) + [":8080/healthz -> 503"]
    if k == "email":
        if lab:
            if plain and r.random() < 0.6:
                c = r.randrange(2)
                if c == 0:
                    return ["user.email="] + bare(it, "user.email")
                return ["EMAIL_HOST_USER = '"] + bare(it, "EMAIL_HOST_USER") + ["'"]
            if plain:
                return ['"email": "'] + bare(it, "email") + ['",']
            return fld(r, ctx, it)
        if plain:
            c = r.randrange(3)
            _, g, f = ctx["person"]
            if c == 0:
                return ["Author: %s %s <" % (g.title(), f.title())] + bare(it) + [">"]
            if c == 1:
                return ["smtplib.SMTPRecipientsRefused: {'"] + bare(it) + ["': (550, b'5.1.1 User unknown')}"]
            return ["[%s %s](mailto:" % (g.title(), f.title())] + bare(it, "mailto:") + [")"]
        return bare(it)
    if k == "card":
        if lab:
            c = r.randrange(3)
            if c == 0:
                return ["java.lang.IllegalArgumentException: Invalid card number: "] + bare(it, "card number")
            if c == 1:
                return ['"card_number": "'] + bare(it, "card_number") + ['",']
            return ["DEBUG payment.request pan="] + bare(it, "pan")
        if r.random() < 0.5:
            return ['    ("'] + bare(it) + ['", True),']
        return ["AssertionError: assert validate('"] + bare(it) + ["') is True"]
    if k == "iban":
        if lab:
            if r.random() < 0.5:
                return ['"iban": "'] + bare(it, "iban") + ['",']
            return ["ValueError: IBAN "] + bare(it, "IBAN") + [" failed validation (expected valid)"]
        if r.random() < 0.5:
            return ['    ("'] + bare(it) + ['", True),']
        return ["AssertionError: assert is_valid('"] + bare(it) + ["')"]
    if k == "phone":
        if lab:
            c = r.randrange(2)
            if c == 0:
                return ['"phone": "'] + bare(it, "phone") + ['",']
            return ["phonenumbers.parse('"] + bare(it, "phonenumbers") + ["', None) raised NumberParseException"]
        if r.random() < 0.5:
            return ['    ("'] + bare(it) + ['", True),']
        return ["format_e164() returned '"] + bare(it) + ["' unchanged"]
    raise ValueError(k)


def gh_look_line(r, ctx, it):
    n, lab = it["name"], bool(it["label"])
    if n == "nonpublic_ip" and not lab:
        v6 = ":" in it["value"]
        c = r.randrange(3)
        if v6:
            return ["inet6 "] + bare(it) + ["/64 scope %s" % ("link" if it["value"].startswith("fe80") else "global")]
        if c == 0:
            return ['upstream: "http://'] + bare(it) + [':8080/api/v1"']
        if c == 1:
            return [" * Running on http://"] + bare(it) + [":5000"]
        return ["inet "] + bare(it) + ["/24 scope global eth0"]
    if n == "uuid" and not lab:
        return ["["] + bare(it) + ["] ERROR Unhandled exception in worker"]
    if n == "git_hash":
        if lab:
            if r.random() < 0.5:
                return ["HEAD is now at "] + bare(it, "HEAD") + [" Bump dependencies"]
            return ["commit "] + bare(it, "commit")
        return bare(it) + [" (HEAD -> main, origin/main) Fix retry logic"]
    if n == "sha256" and not lab:
        return bare(it) + ["  dist/app-linux-amd64.tar.gz"]
    if n == "mac_address" and not lab:
        return ["wlan0: associated with "] + bare(it)
    if n == "time" and not lab:
        return bare(it) + [" ERROR worker-3 timed out"]
    if n == "math" and not lab:
        return ["Expected "] + bare(it) + [", got overflow"]
    if n == "retina_filename" and not lab:
        return ["GET /static/img/"] + bare(it) + [" 404 (Not Found)"]
    if n == "coordinates" and not lab:
        return ["geocode() returned ("] + bare(it) + [")"]
    if n == "social_handle" and not lab:
        return ["cc "] + bare(it)
    return fld(r, ctx, it)


def r_github(r, ctx, S, L, base):
    lang, loc = ctx["lang"], ctx["loc"]
    iss = loc["issue"]
    S, L = list(S), list(L)
    segs = ["### " + iss["desc"], "\n\n", joiner(lang).join(base)]
    # IPs inside the prose (CJK prose has no spaces around them)
    if lang in IP_PROSE:
        ips = [it for it in S if it["kind"] == "ip"]
        for it in ips[:1] if ips and r.random() < 0.5 else []:
            S.remove(it)
            lab_word, p1, p2, u1, u2 = IP_PROSE[lang]
            segs += [joiner(lang)] + ([p1] + bare(it, lab_word) + [p2] if it["labelled"] else [u1] + bare(it) + [u2])
    segs.append("\n\n")
    code = take(L, lambda it: it["name"] in ("decorator", "numpy_matmul", "npm_scope"))
    if code:
        segs += ["### " + iss["steps"], "\n\n"]
        for it in code:
            if it["name"] == "decorator":
                if it["label"]:
                    it["post"] = "`"
                    it["pre"] = "`"
                    segs += [it["label"] + " "] + bare(it, it["label"]) + ["\n\n"]
                else:
                    segs += ["```python\n"] + bare(it) + ["\ndef handler(request):\n    return service.run(request)\n```\n\n"]
            elif it["name"] == "numpy_matmul":
                segs += ["```python\n"]
                if it["label"]:
                    segs += ["import numpy as np\n", "out = "] + bare(it, "numpy")
                else:
                    segs += ["out = "] + bare(it)
                segs += ["\nprint(out.shape)\n```\n\n"]
            else:
                if it["label"]:
                    segs += ["```\n$ " + it["label"] + " "] + bare(it, it["label"]) + ["\n```\n\n"]
                elif "@" in it["value"][1:]:
                    segs += ["```\n"] + ["└── "] + bare(it) + ["\n```\n\n"]
                else:
                    segs += ['```json\n"dependencies": {\n  "'] + bare(it) + ['": "^1.4.0"\n}\n```\n\n']
    privates = take(L, lambda it: it["name"] == "nonpublic_ip" and not it["label"])
    spare = list(privates)
    lines = []
    for it in S:
        lines.append(gh_span_line(r, ctx, it, spare))
    for it in spare:
        lines.append(gh_look_line(r, ctx, it))
    env = take(L, lambda it: it["name"] == "version")
    for it in L:
        lines.append(gh_look_line(r, ctx, it))
    r.shuffle(lines)
    if lines:
        segs += ["### " + iss["log"], "\n\n", "```", "\n"]
        for ln in lines:
            segs += ln + ["\n"]
        segs += ["```", "\n"]
    segs += ["\n### " + iss["env"], "\n\n"]
    segs += ["- OS: " + r.choice(["Ubuntu 22.04", "macOS 14.4", "Windows 11", "Debian 12"]), "\n"]
    for it in env:
        segs += ["- "] + fld(r, ctx, it) + ["\n"]
    segs += ["- Python: 3.%d.%d" % (r.randint(9, 12), r.randint(0, 9)), "\n"]
    return segs


# ---- academic paper author block ----------------------------------------
SUP = "¹²³⁴"


def r_paper(r, ctx, S, L, base):
    lang, loc = ctx["lang"], ctx["loc"]
    pp = loc["paper"]
    S, L = list(S), list(L)
    title = base[0].rstrip("。.!?！？")
    rest = base[1:]
    a1, a2 = ctx["person"][0], ctx["person2"][0]
    comma = "，" if lang in ("ja", "zh") else "، " if lang == "ar" else ", "
    segs = [title, "\n\n", a1 + SUP[0] + "*" + comma + a2 + SUP[1], "\n",
            SUP[0] + " " + ctx["univ"][0], "\n", SUP[1] + " " + ctx["univ2"][0], "\n"]
    emails = take(S, lambda it: it["kind"] == "email")
    for i, it in enumerate(emails):
        if it["labelled"]:
            segs += ["* " + pp["corr"] + ". " if i == 0 else ""] + fld(r, ctx, it) + ["\n"]
        else:
            if i == 0 and r.random() < 0.5:
                segs += ["* "] + bare(it) + ["\n"]
            else:
                segs += [(a1 if i == 0 else a2) + " ("] + bare(it) + [")\n"]
    phones = take(S, lambda it: it["kind"] == "phone")
    for i, it in enumerate(phones):
        if i and it["labelled"]:
            segs[-1:] = ["; " if lang not in ("ja", "zh") else "；"]
        segs += fld(r, ctx, it) + ["\n"]
    dates = take(L, lambda it: it["name"] == "date")
    for it in dates:
        if it["label"]:
            segs += fld(r, ctx, it, label=pp["received"]) + ["\n"]
        else:
            segs += ["("] + bare(it) + [")\n"]
    segs += ["\n", pp["abstract"] + (": " if lang not in ("ja", "zh") else "："), joiner(lang).join(rest) if rest else "", "\n"]
    if S or L:
        segs.append("\n")
    segs += generic_lines(r, ctx, S + L)
    return segs


# ---- classified ad --------------------------------------------------------
def r_ad(r, ctx, S, L, base):
    lang, loc = ctx["lang"], ctx["loc"]
    ad = loc["ad"]
    S, L = list(S), list(L)
    t = r.choice(ad["title"])
    segs = [t + ("" if t.endswith(("】", "]")) else " ") + r.choice(loc["ad_items"]), "\n\n", joiner(lang).join(base), "\n\n"]
    segs += generic_lines(r, ctx, take(L, lambda it: it["name"] == "price"))
    name = ctx["person"][0]
    for it in S:
        if it["labelled"]:
            segs += fld(r, ctx, it) + ["\n"]
        elif r.random() < 0.5:
            segs += [name + ("　" if lang == "ja" else "，" if lang == "zh" else "، " if lang == "ar" else ", ")] + bare(it) + ["\n"]
        else:
            segs += bare(it) + ["\n"]
    segs += generic_lines(r, ctx, L)
    places = AD_PLACES[ctx["country"]] if lang == "ar" else AD_PLACES[lang]
    segs += [ad["where"] + ": " + r.choice(places), "\n"]
    return segs


AD_PLACES = {"ja": ["東京都渋谷区", "大阪市北区", "札幌市中央区"], "zh": ["深圳市南山区", "杭州市西湖区", "北京市海淀区"],
             "ko": ["서울 강남구", "부산 해운대구", "성남시 분당구"], "ru": ["Москва, м. Сокол", "Санкт-Петербург", "Екатеринбург"],
             "uk": ["Київ, Оболонь", "Львів", "Одеса"], "tr": ["İstanbul / Kadıköy", "Ankara / Çankaya", "İzmir / Bornova"],
             "SA": ["الرياض، حي النرجس", "جدة"], "AE": ["دبي، مرسى دبي", "الشارقة"], "EG": ["القاهرة، مدينة نصر", "الإسكندرية"],
             "cs": ["Praha 6", "Brno-střed", "Ostrava"], "ro": ["București, Sector 3", "Cluj-Napoca", "Iași"],
             "hu": ["Budapest XIII. kerület", "Debrecen", "Szeged"], "da": ["København N", "Aarhus C", "Odense"],
             "fi": ["Helsinki, Kallio", "Tampere", "Oulu"], "el": ["Αθήνα, Κυψέλη", "Θεσσαλονίκη", "Πάτρα"],
             "vi": ["Hà Nội, Cầu Giấy", "TP. Hồ Chí Minh, Quận 3", "Đà Nẵng"], "id": ["Jakarta Selatan", "Bandung", "Surabaya"],
             "en": ["San Francisco, CA", "Brooklyn, NY", "Austin, TX"]}


RENDER = {"signature": r_signature, "contact_page": r_contact, "crm_json": r_crm_json, "crm_csv": r_crm_csv,
          "receipt": r_receipt, "github_issue": r_github, "paper_authors": r_paper, "classified_ad": r_ad}


# --------------------------------------------------------------------------
# Part 8: planning, assembly, verification, output
# --------------------------------------------------------------------------
G_IDX = {g: i for i, g in enumerate(GENRES)}
#            signature contact json  csv  receipt github paper  ad
SPAN_AFF = {
    "email": [1.0, 1.0, 1.6, 1.6, 0.8, 0.8, 1.3, 0.8],
    "ip":    [0.0, 0.0, 0.7, 0.6, 0.4, 2.5, 0.0, 0.0],
    "card":  [0.02, 0.02, 0.9, 0.9, 1.3, 0.4, 0.0, 0.5],
    "iban":  [0.3, 0.5, 0.8, 0.9, 0.5, 0.3, 0.0, 0.4],
    "phone": [1.2, 1.2, 1.3, 1.3, 0.8, 0.08, 0.7, 1.3],
}
LOOK_AFF = {
    "version":         [.5, 0, .8, .4, .3, 2, .5, .3],
    "date":            [1, 1, 1, 1, 1.2, .8, 1.2, 1],
    "time":            [.6, .6, .6, .5, 1.2, 1, 0, .6],
    "price":           [.2, .3, 1, 1, 2, .2, 0, 2],
    "order_number":    [.5, .2, 1, 1, 2, .5, 0, .3],
    "jp_postal":       [.8, 2, .8, .8, .8, 0, 0, 1],
    "cn_id_invalid":   [0, 0, 1.5, 1.5, 1.5, 0, 0, .5],
    "isbn_ean13":      [.1, .2, .8, 1, 1.5, .2, 1.2, 1],
    "uuid":            [0, 0, 2, 1, .3, 2, 0, 0],
    "git_hash":        [0, 0, .3, .2, 0, 3, .4, 0],
    "sha256":          [0, 0, .6, .3, 0, 3, .2, 0],
    "coordinates":     [.4, 1.5, .8, .8, .3, .5, .5, 1],
    "math":            [0, 0, 0, 0, 0, 1.5, 2, .2],
    "luhn_fail_16":    [.2, .2, 1, 1.5, 1.2, .5, 0, .4],
    "iban_mod97_fail": [.3, .5, 1, 1.5, .5, 1, 0, .4],
    "nonpublic_ip":    [0, 0, 1, 1, .2, 3, .1, 0],
    "mac_address":     [0, 0, 1, 1, 0, 2.5, 0, .1],
    "numpy_matmul":    [0, 0, 0, 0, 0, 3, .6, 0],
    "decorator":       [0, 0, 0, 0, 0, 3, 0, 0],
    "npm_scope":       [0, 0, .3, 0, 0, 3, 0, 0],
    "social_handle":   [2, 1.2, .8, .5, 0, .6, .6, 1.5],
    "retina_filename": [1, .6, .5, .2, 0, 2, 0, 0],
}
LOOK_LANG = {"jp_postal": {"ja"}, "cn_id_invalid": {"zh"}}


def plan_docs(r):
    others = [l for l in LANGS if l != "en"]
    big = set(r.sample(others, (N_DOCS - N_EN) - 22 * len(others)))
    langs = ["en"] * N_EN
    for l in others:
        langs += [l] * (23 if l in big else 22)
    assert len(langs) == N_DOCS
    r.shuffle(langs)
    genres = GENRES * (N_DOCS // len(GENRES)) + r.sample(GENRES, N_DOCS % len(GENRES))
    r.shuffle(genres)
    nspan = [0] * 40 + [1] * 190 + [2] * 200 + [3] * 20
    assert sum(nspan) == sum(KIND_QUOTA.values()) and len(nspan) == N_DOCS
    r.shuffle(nspan)
    docs = [{"lang": l, "genre": g, "nspan": n} for l, g, n in zip(langs, genres, nspan)]
    for d in docs:
        d["nlook"] = r.choice([2, 3, 3, 4]) if d["genre"] == "github_issue" else r.choice([0, 1, 1, 1, 2])
        # room for the language-bound look-alikes (Chinese ID shapes, Japanese postal codes)
        d["minlook"] = 1 if d["nspan"] == 0 else 0
        if d["lang"] == "zh" and d["genre"] in ("crm_json", "crm_csv", "receipt", "classified_ad"):
            d["minlook"] = 2
        if d["lang"] == "ja" and d["genre"] not in ("github_issue", "paper_authors"):
            d["minlook"] = max(d["minlook"], 1)
        d["nlook"] = max(d["minlook"], d["nlook"])
    target = sum(LOOK_QUOTA.values())
    while sum(d["nlook"] for d in docs) > target:
        d = r.choice(docs)
        if d["nlook"] > d["minlook"]:
            d["nlook"] -= 1
    while sum(d["nlook"] for d in docs) < target:
        d = r.choice(docs)
        if d["nlook"] < 3 and d["genre"] != "github_issue":
            d["nlook"] += 1
    return docs


def ipf(aff, row_tot, col_tot, iters=300):
    """iterative proportional fitting of a genre x name affinity table to both margins"""
    m = {g: {n: aff[n][G_IDX[g]] for n in col_tot} for g in row_tot}
    for _ in range(iters):
        for g in m:
            t = sum(m[g].values())
            if t:
                for n in m[g]:
                    m[g][n] *= row_tot[g] / t
        for n in col_tot:
            t = sum(m[g][n] for g in m)
            if t:
                for g in m:
                    m[g][n] *= col_tot[n] / t
    return m


def assign(r, slots, quotas, weight, first=(), group=None):
    """Distribute names over slots (slot = doc index).  Names in `first` (language-bound) are placed
    first, one by one; then slots are filled in random order (most restricted slots first), each
    drawing a name with weight = IPF target x remaining share of that name's quota."""
    result = [None] * len(slots)
    per_doc = {}
    remaining = dict(quotas)
    # optional balance over groups (languages): expected count of each name per group
    gsize = {}
    for sd in slots:
        g = group(sd) if group else None
        gsize[g] = gsize.get(g, 0) + 1
    got = {}

    def bal(sd, n):
        g = group(sd) if group else None
        exp = quotas[n] * gsize[g] / len(slots)
        return max(0.05, (exp + 1 - got.get((g, n), 0)) / (exp + 1))
    shortfall = {}
    open_slots = list(range(len(slots)))

    def put(s, n):
        result[s] = n
        open_slots.remove(s)
        per_doc.setdefault(slots[s], []).append(n)
        remaining[n] -= 1
        g = group(slots[s]) if group else None
        got[(g, n)] = got.get((g, n), 0) + 1

    for n in first:
        for _ in range(quotas[n]):
            cands = [s for s in open_slots if weight(slots[s], n) > 0]
            if not cands:
                shortfall[n] = shortfall.get(n, 0) + 1
                continue
            ws = [weight(slots[s], n) * (0.15 if n in per_doc.get(slots[s], []) else 1.0) for s in cands]
            put(r.choices(cands, ws)[0], n)
    names = sorted(quotas)
    keyed = [(sum(1 for n in names if weight(slots[s], n) > 0), r.random(), s) for s in open_slots]
    for _, _, s in sorted(keyed):
        ws = [weight(slots[s], n) * remaining[n] / quotas[n] * (0.15 if n in per_doc.get(slots[s], []) else 1.0)
              * bal(slots[s], n) if remaining[n] > 0 else 0.0 for n in names]
        if sum(ws) == 0:
            ws = [weight(slots[s], n) for n in names]
        put(s, r.choices(names, ws)[0])
    for n in names:
        if remaining[n] > 0:
            shortfall[n] = shortfall.get(n, 0) + remaining[n]
    return result, shortfall


def assemble(segs, items):
    parts, pos = [], 0
    for sg in segs:
        if isinstance(sg, str):
            parts.append(sg)
            pos += len(sg)
            continue
        it = sg
        assert not it.get("placed"), it["value"]
        it["placed"] = True
        it["ctx_start"] = pos
        parts.append(it["pre"])
        pos += len(it["pre"])
        it["start"] = pos
        parts.append(it["value"])
        pos += len(it["value"])
        it["end"] = pos
        parts.append(it["post"])
        pos += len(it["post"])
        it["ctx_end"] = pos
    for it in items:
        assert it.get("placed"), ("item not placed", it["value"])
    return "".join(parts)


KIND_WORD_RE = {
    "phone": re.compile(r"(?i)(\btel|phone|\bmob(?:il|ile)?(?![a-z])|\bcell|fax|電話|携帯|手机|电话|传真|座机|전화|휴대폰|핸드폰|팩스|тел|моб|факс|gsm|cep|faks|هاتف|"
                        r"جوال|فاكس|واتساب|tlf|puh|τηλ|κιν|điện thoại|di động|hotline|sđt|zalo|telp|\bhp\b|\bwa\b|whatsapp)"),
    "email": re.compile(r"(?i)(mail|メール|邮箱|이메일|почт|пошт|e-posta|بريد|إيميل|posti|ταχυδρομείο|thư điện tử|surel)"),
    "card": re.compile(r"(?i)(card|カード|卡号|카드|карт|kart|بطاقة|kártya|kort|κάρτα|thẻ|\bpan\b)"),
    "iban": re.compile(r"(?i)(iban|آيبان|tilinumero|рахунок)"),
    "ip": re.compile(r"(?i)(\bip\b|ip地址|ipアドレス|forwarded|remote_addr|client)"),
}


def verify_doc(doc, text, S, L):
    for it in S + L:
        assert text[it["start"]:it["end"]] == it["value"]
    # no overlaps between any two recorded strings (or their written context)
    iv = sorted((it["ctx_start"], it["ctx_end"], it["value"]) for it in S + L)
    for a, b in zip(iv, iv[1:]):
        assert a[1] <= b[0], ("overlap", a, b)
    for it in S:
        v, k = it["value"], it["kind"]
        if k == "card":
            d = digits_of(v)
            assert re.fullmatch(r"[0-9 \-]+", v) and 13 <= len(d) <= 19 and luhn_ok(d), v
        elif k == "iban":
            assert re.fullmatch(r"[A-Z]{2}[0-9]{2}[A-Z0-9 ]+", v) and iban_ok(v), v
            assert len(v.replace(" ", "")) == IBAN_LEN[v[:2]], v
        elif k == "ip":
            ip = ipaddress.ip_address(v)
            assert ip.is_global and not ip.is_multicast and not ip.is_private and not ip.is_reserved, v
        elif k == "phone":
            n = len(re.sub(r"\D", "", v))
            assert 7 <= n <= 15, v
        elif k == "email":
            if not it["obf"]:
                assert v.count("@") == 1 and re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", v), v
    for it in L:
        v, n = it["value"], it["name"]
        if n == "nonpublic_ip":
            assert not ipaddress.ip_address(v).is_global, v
        elif n == "luhn_fail_16":
            assert len(digits_of(v)) == 16 and not luhn_ok(v), v
        elif n == "iban_mod97_fail":
            assert not iban_ok(v), v
        elif n == "isbn_ean13":
            assert ean13_ok(v), v
        elif n == "cn_id_invalid":
            assert len(v) == 18 and cn_id_check(v[:17]) != v[17], v
        if n != "math":
            assert not cardlike_runs(v), (n, v)
    # residual text (everything that is not a recorded item) must hold no PII-shaped strings
    chars = list(text)
    for it in S + L:
        for i in range(it["ctx_start"], it["ctx_end"]):
            chars[i] = "\x00"
    rest = "".join(chars)
    assert not RE_AT.search(rest), ("stray @", rest)
    assert not RE_IPV4.search(rest), ("stray IPv4", RE_IPV4.search(rest).group(0))
    assert not RE_IBAN_SHAPE.search(rest), ("stray IBAN", RE_IBAN_SHAPE.search(rest).group(0))
    m = RE_DIGIT_RUN.search(rest)
    assert not m, ("stray digit run", m.group(0), text)
    for m in RE_IPV6_CAND.finditer(rest):
        try:
            ipaddress.IPv6Address(m.group(0))
            raise AssertionError(("stray IPv6", m.group(0)))
        except ipaddress.AddressValueError:
            pass
    if doc["genre"] == "crm_json":
        try:
            json.loads(text)
        except ValueError:
            for line in text.splitlines():        # NDJSON: one record per line
                json.loads(line)
    if doc["genre"] == "crm_csv":
        import csv
        import io
        delim = ";" if doc["lang"] in CSV_SEMI else ","
        rows = [row for row in csv.reader(io.StringIO(text), delimiter=delim) if row]
        assert len({len(row) for row in rows}) == 1, rows
    # "no deciding word": the kind's own words must not stand right before an unlabelled span
    warn = 0
    for it in S:
        if it["used_label"] is None:
            line_start = text.rfind("\n", 0, it["ctx_start"]) + 1
            window = text[max(line_start, it["ctx_start"] - 30):it["ctx_start"]]
            if KIND_WORD_RE[it["kind"]].search(window):
                warn += 1
                print("WARN deciding word before unlabelled %s: %r" % (it["kind"], window + it["value"]), file=sys.stderr)
    return warn


def make_span(r, kind, ctx, mode):
    if kind == "email":
        it = make_email(r, ctx, mode)
    elif kind == "ip":
        it = make_ip(r, ctx, mode == "v6")
    elif kind == "card":
        it = make_card(r, ctx)
    elif kind == "iban":
        it = make_iban(r, ctx)
    else:
        it = make_phone(r, ctx)
        if ctx["genre"] in ("signature", "contact_page", "paper_authors") and "landline" in it["ptype"] and r.random() < 0.25:
            it["fax"] = True
            it["fmt"] = it["fmt"].replace("phone ", "phone (fax) ", 1)
    if kind == "phone" and ctx["lang"] in ("ja", "zh") and ctx["genre"] in ("signature", "contact_page") \
            and "landline" in it["ptype"] and not it.get("fax") and r.random() < 0.35:
        it["post"] = r.choice(["（代表）", "（直通）"] if ctx["lang"] == "ja" else ["（总机）", "（工作日）"])
    p = 0.45 if ctx["genre"] == "github_issue" else 0.6
    it["labelled"] = r.random() < p
    it["used_label"] = None
    return it


BASE_USED = {}
BASE_AVAIL = {}


def build():
    r = random.Random(SEED)
    pools = {}
    for l in LANGS:
        p = load_base(l)
        BASE_AVAIL[l] = len(p)
        r.shuffle(p)
        pools[l] = p
    docs = plan_docs(r)
    # kinds -> span slots
    slots = [i for i, d in enumerate(docs) for _ in range(d["nspan"])]
    rows = {g: sum(d["nspan"] for d in docs if d["genre"] == g) for g in GENRES}
    target = ipf(SPAN_AFF, rows, KIND_QUOTA)
    kinds, sf1 = assign(r, slots, KIND_QUOTA, lambda di, k: target[docs[di]["genre"]][k], group=lambda di: docs[di]["lang"])
    for s, k in zip(slots, kinds):
        docs[s].setdefault("kinds", []).append(k)
        docs[s].setdefault("modes", []).append("plain")
    # exact shares: obfuscated / spaced e-mails (genre-weighted) and IPv6 addresses
    refs = {k: [(di, j) for di, d in enumerate(docs) for j, kk in enumerate(d.get("kinds", [])) if kk == k] for k in ("email", "ip")}
    pool = list(refs["email"])
    for mode, n, wf in (("obf", N_OBF, lambda ref: OBF_P[docs[ref[0]]["genre"]]), ("spaced", N_SPACED, lambda ref: 1.0),
                        ("v6", None, None)):
        if mode == "v6":
            pool, n, wf = list(refs["ip"]), N_V6, (lambda ref: 1.0)
        for _ in range(n):
            i = r.choices(range(len(pool)), [wf(ref) for ref in pool])[0]
            di, j = pool.pop(i)
            docs[di]["modes"][j] = mode
    lslots = [i for i, d in enumerate(docs) for _ in range(d["nlook"])]

    lrows = {g: sum(d["nlook"] for d in docs if d["genre"] == g) for g in GENRES}
    ltarget = ipf(LOOK_AFF, lrows, LOOK_QUOTA)

    def lw(di, n):
        d = docs[di]
        if n in LOOK_LANG and d["lang"] not in LOOK_LANG[n]:
            return 0.0
        w = ltarget[d["genre"]][n]
        if n in LOOK_LANG:
            w *= 3
        return w

    names, sf2 = assign(r, lslots, LOOK_QUOTA, lw, first=sorted(LOOK_LANG))
    for s, n in zip(lslots, names):
        docs[s].setdefault("names", []).append(n)
    out, warns = [], 0
    for di, d in enumerate(docs):
        lang, genre = d["lang"], d["genre"]
        ctx = make_ctx(r, lang, genre)
        nb = r.choice([1, 2, 2, 3]) if genre != "paper_authors" else r.choice([2, 3])
        base = [pools[lang].pop() for _ in range(nb)]
        BASE_USED[lang] = BASE_USED.get(lang, 0) + nb
        S = [make_span(r, k, ctx, m) for k, m in zip(d.get("kinds", []), d.get("modes", []))]
        L = [make_look(r, n, ctx) for n in d.get("names", [])]
        segs = RENDER[genre](r, ctx, S, L, base)
        text = assemble(segs, S + L)
        warns += verify_doc(d, text, S, L)
        spans = []
        for it in sorted(S, key=lambda it: it["start"]):
            lab = ("labelled '%s'" % it["used_label"]) if it["used_label"] else "no deciding word"
            spans.append({"start": it["start"], "end": it["end"], "kind": it["kind"], "value": it["value"],
                          "note": "%s; %s; %s" % (it["fmt"], lab, GENRE_DESC[genre])})
        looks = [{"start": it["start"], "end": it["end"], "name": it["name"], "value": it["value"]}
                 for it in sorted(L, key=lambda it: it["start"])]
        rec = {"text": text, "language": lang, "url": ctx["url"], "spans": spans, "lookalikes": looks}
        out.append((rec, S, L, genre))
    return out, sf1, sf2, warns


def main():
    out, sf1, sf2, warns = build()
    os.makedirs(HERE, exist_ok=True)
    with open(OUT_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for rec, _, _, _ in out:
            for sp in rec["spans"] + rec["lookalikes"]:
                assert rec["text"][sp["start"]:sp["end"]] == sp["value"]
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    # statistics
    from collections import Counter
    kinds, langs, names, genres = Counter(), Counter(), Counter(), Counter()
    span_lang, look_lang = Counter(), Counter()
    lab_s, lab_l, obf, spaced, email_n = 0, 0, 0, 0, 0
    nat, intl, v6, v4 = 0, 0, 0, 0
    for rec, S, L, genre in out:
        langs[rec["language"]] += 1
        genres[genre] += 1
        for it in S:
            kinds[it["kind"]] += 1
            span_lang[rec["language"]] += 1
            lab_s += bool(it["used_label"])
            if it["kind"] == "email":
                email_n += 1
                obf += it["obf"] and "spaced" not in it["fmt"]
                spaced += "spaced" in it["fmt"]
            if it["kind"] == "phone":
                if "national" in it["fmt"] and "international" not in it["fmt"]:
                    nat += 1
                else:
                    intl += 1
            if it["kind"] == "ip":
                v6 += it["v6"]
                v4 += not it["v6"]
        for it in L:
            names[it["name"]] += 1
            look_lang[rec["language"]] += 1
            lab_l += bool(it["used_label"])
    ns, nl = sum(kinds.values()), sum(names.values())
    pc, cb, ic = Counter(), Counter(), Counter()
    for _, S, _, _ in out:
        for it in S:
            if it["kind"] == "phone":
                pc[it["country"]] += 1
            elif it["kind"] == "card":
                cb[it["brand"]] += 1
            elif it["kind"] == "iban":
                ic[it["cc"]] += 1
    print("base pieces used/kept after filtering:", {l: (BASE_USED[l], BASE_AVAIL[l]) for l in LANGS})
    print("phone countries:", dict(sorted(pc.items())))
    print("card brands:", dict(sorted(cb.items())))
    print("iban countries:", dict(sorted(ic.items())))
    print("documents: %d  spans: %d  lookalikes: %d" % (len(out), ns, nl))
    print("kinds:", dict(sorted(kinds.items())))
    print("languages (docs/spans/lookalikes):", {l: (langs[l], span_lang[l], look_lang[l]) for l in LANGS})
    print("genres:", dict(sorted(genres.items())))
    print("lookalike names:", dict(sorted(names.items())))
    print("labelled spans: %d/%d (%.0f%%); lookalikes with deciding word: %d/%d (%.0f%%)"
          % (lab_s, ns, 100 * lab_s / ns, lab_l, nl, 100 * lab_l / nl))
    print("e-mails obfuscated %d (%.0f%%), spaced %d (%.0f%%) of %d; phones national %d / international %d; IPv4 %d / IPv6 %d"
          % (obf, 100 * obf / email_n, spaced, 100 * spaced / email_n, email_n, nat, intl, v4, v6))
    print("assignment shortfall spans:", sf1, "lookalikes:", sf2, "deciding-word warnings:", warns)
    with open(OUT_PATH, "rb") as fh:
        print("sha256:", hashlib.sha256(fh.read()).hexdigest())


if __name__ == "__main__":
    main()
