"""Part 5 of the unseen8 generator: the document builder.

A Doc accumulates text and records spans / look-alikes with exact code-point offsets while it
writes them, so offsets are correct by construction (and re-checked later)."""
import re
import unicodedata

from u8_values import (gen_card, group_card, TEST_CARDS, gen_iban, group_iban, gen_ipv4, gen_ipv6, PLANS,
                       IBAN_LEN)
from u8_phone import render_phone
import u8_look as LK

KINDS = ("email", "ip", "card", "iban", "phone")

# Words that name the kind.  "labelled" = one of these directly before the value on the same line.
LEX = {
    "phone": ["tel", "telefon", "telephone", "téléphone", "tél", "phone", "ph", "mobile", "mobil",
              "mobiltelefon", "handy", "fax", "cell", "portable", "t", "m", "тел", "телефон", "моб",
              "мобильный", "мобільний", "факс", "電話", "電話番号", "携帯", "携帯電話", "电话", "手机", "手机号",
              "联系电话", "传真", "전화", "전화번호", "휴대폰", "핸드폰", "팩스", "هاتف", "الهاتف", "تلفون", "جوال",
              "الجوال", "موبايل", "فاكس", "cep", "gsm", "faks", "đt", "điện thoại", "sđt", "di động", "hotline",
              "telp", "hp", "ponsel", "τηλ", "τηλέφωνο", "κιν", "κινητό", "φαξ", "faxnumber"],
    "email": ["e-mail", "email", "mail", "courriel", "mél", "почта", "пошта", "メール", "メールアドレス", "邮箱",
              "电子邮箱", "이메일", "البريد الإلكتروني", "الإيميل", "e-posta", "surel", "e-post", "mejl", "e"],
    "iban": ["iban", "الآيبان", "آيبان"],
    "card": ["kartennummer", "card number", "card_number", "cardnumber", "numéro de carte", "номер карты",
             "номер картки", "カード番号", "卡号", "카드번호", "رقم البطاقة", "kart no", "số thẻ", "nomor kartu",
             "număr card", "číslo karty", "kortnummer", "αριθμός κάρτας", "card no", "card", "kreditkarte",
             "carte bancaire", "банковская карта", "банківська картка", "クレジットカード", "银行卡", "신용카드",
             "بطاقة ائتمان", "kredi kartı", "thẻ tín dụng", "kartu kredit", "card bancar", "platební karta",
             "kort", "κάρτα", "credit card"],
    "ip": ["ip", "ip-adresse", "ip address", "ip-адрес", "ip-адреса", "ipアドレス", "ip地址", "ip 주소",
           "عنوان ip", "ip adresi", "địa chỉ ip", "alamat ip", "adresa ip", "ip-adress", "διεύθυνση ip",
           "client_ip", "server_ip", "ip_address", "host_ip", "ip adresa"],
}

_TRAIL = re.compile(r"[\s:：=\-–—\"'«»<>(\[（【「.,]*$")
_VPARAM = re.compile(r"(?:;[A-Za-z-]+=[^:;\n]*)+$")


def is_labelled(text, start, kind):
    ls = text.rfind("\n", 0, start) + 1
    pre = _TRAIL.sub("", text[ls:start])
    pre = _TRAIL.sub("", _VPARAM.sub("", pre))
    low = pre.lower()
    for w in sorted(LEX[kind], key=len, reverse=True):
        if low.endswith(w):
            i = len(low) - len(w)
            if i == 0 or ord(w[0]) >= 0x3000 or not low[i - 1].isalpha():
                return True
    return False


class Item:
    pass


class Sp(Item):
    def __init__(self, kind, value, fmt, meta=None):
        assert kind in KINDS
        self.kind, self.value, self.fmt, self.meta = kind, value, fmt, meta or {}


class Lk(Item):
    def __init__(self, name, value):
        self.name, self.value = name, value


class Person:
    pass


SUBADDR_OK = {"gmail.com", "googlemail.com", "outlook.com", "outlook.de", "icloud.com", "protonmail.com",
              "posteo.de", "hotmail.com", "fastmail.com"}
TLD = {"DE": "de", "FR": "fr", "RU": "ru", "UA": "com.ua", "JP": "co.jp", "CN": "com.cn", "KR": "co.kr",
       "SA": "com.sa", "AE": "ae", "EG": "com.eg", "TR": "com.tr", "VN": "vn", "ID": "co.id", "RO": "ro",
       "CZ": "cz", "SE": "se", "GR": "gr", "US": "com", "GB": "co.uk"}
IBAN_HOME = {"DE": "DE", "FR": "FR", "RO": "RO", "CZ": "CZ", "SE": "SE", "GR": "GR", "TR": "TR", "UA": "UA",
             "SA": "SA", "AE": "AE", "GB": "GB"}
FOREIGN_IBAN = ["DE", "NL", "ES", "BE", "AT", "CH", "FR", "GB"]


def fold(s):
    s = s.replace("ß", "ss").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


class Doc:
    def __init__(self, rng, lang, L, country, pools, genre, neg=False):
        self.rng, self.lang, self.L, self.P, self.country = rng, lang, L, L["P"], country
        self.pools, self.genre, self.neg = pools, genre, neg
        self.parts, self.n = [], 0
        self.spans, self.looks = [], []
        self.url, self.local, self.nsent = None, False, 0
        self._org = None

    # ---------------------------------------------------------------- writing
    def w(self, *parts):
        for p in parts:
            if p is None:
                continue
            if isinstance(p, (list, tuple)):
                self.w(*p)
            elif isinstance(p, Sp):
                assert not self.neg, "span in a negative document"
                self.spans.append((self.n, self.n + len(p.value), p))
                self._put(p.value)
            elif isinstance(p, Lk):
                self.looks.append((self.n, self.n + len(p.value), p))
                LK.self_check(p.name, p.value)
                self._put(p.value)
            else:
                self._put(str(p))
        return self

    def _put(self, s):
        self.parts.append(s)
        self.n += len(s)

    def fill(self, phrase, **kw):
        pos = 0
        for m in re.finditer(r"\{(\w+)\}", phrase):
            self.w(phrase[pos:m.start()], kw[m.group(1)])
            pos = m.end()
        self.w(phrase[pos:])
        return self

    def nl(self, k=1):
        return self.w("\n" * k)

    @property
    def text(self):
        return "".join(self.parts)

    # ---------------------------------------------------------------- base text
    def sent(self):
        assert self.nsent < 3, "more than 3 base sentences"
        self.nsent += 1
        return self.pools[self.lang].pop()

    # ---------------------------------------------------------------- helpers
    def ch(self, seq):
        return self.rng.choice(seq)

    def lab(self, key):
        return self.ch(self.L["lab"][key])

    def person(self, gender=None):
        r, L = self.rng, self.L
        p = Person()
        p.gender = gender or r.choice("mf")
        g = r.choice(L["given_m"] if p.gender == "m" else L["given_f"])
        s = r.choice(L["surnames"])
        p.given, p.given_l = g[0], g[1]
        p.kana_given = g[2] if len(g) > 2 else None
        idx = 0 if p.gender == "m" else 1
        p.sur, p.sur_l = s[idx], s[2 + idx]
        p.kana_sur = s[4] if len(s) > 4 else None
        o = L["order"]
        if o == "gf":
            p.name = "%s %s" % (p.given, p.sur)
        elif o == "fg_space":
            p.name = "%s %s" % (p.sur, p.given)
        elif o == "vi":
            p.name = "%s %s %s" % (p.sur, "Văn" if p.gender == "m" else "Thị", p.given)
        else:
            p.name = p.sur + p.given
        p.latin_name = "%s %s" % (p.given_l.capitalize(), p.sur_l.capitalize())
        p.local = self._local_part(p)
        p.provider = self._provider()
        if p.provider == "qq.com" and r.random() < 0.5:   # QQ mail: the QQ number is the local part
            p.local = str(r.randint(10 ** (r.choice([5, 6, 7, 8, 9]) - 1) * 2, 10 ** r.choice([9, 10]) - 1))
        return p

    def _provider(self):
        provs = self.L["providers"]
        if self.country == "GB":
            provs = ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "sky.com",
                     "icloud.com"]
        elif self.country == "US":
            provs = ["gmail.com", "outlook.com", "comcast.net", "verizon.net", "att.net", "icloud.com",
                     "yahoo.com", "protonmail.com"]
        return self.ch(provs)

    def _local_part(self, p):
        r = self.rng
        g, s = p.given_l, p.sur_l
        yy = "%02d" % r.randint(70, 99) if r.random() < 0.6 else "%02d" % r.randint(0, 6)
        pats = ["{g}.{s}", "{g}.{s}", "{g}{s}", "{gi}.{s}", "{s}.{g}", "{g}_{s}", "{g}{s}{yy}", "{g}.{s}{n}",
                "{s}{gi}", "{g}{yy}"]
        if self.lang == "zh":
            pats = ["{s}{g}{yyyy}", "{s}{g}", "{g}{s}{n}", "{s}_{g}"]
        elif self.lang in ("ja", "ko"):
            pats = ["{g}.{s}", "{s}_{g}{n}", "{g}{s}{yy}", "{s}{g}"]
        loc = r.choice(pats).format(g=g, s=s, gi=g[0], yy=yy, n=r.randint(1, 99), yyyy=r.randint(1975, 2002))
        return loc

    def org(self, realty=False):
        """The document's business (one per document).  realty=True: an estate agency."""
        if self._org is None:
            r, L = self.rng, self.L
            s = r.choice(L["surnames"])
            disp, dom = L["realty"] if realty else r.choice(L["biz"])
            o = Person()
            o.name = disp.format(S=s[0])
            o.domain = dom.format(s=s[2].replace(" ", ""), tld=TLD[self.country])
            o.sur, o.sur_l = s[0], s[2]
            # IDN variant of the same domain for Latin-script languages (native surname with diacritics)
            o.idn = dom.format(s=s[0].lower().replace(" ", ""), tld=TLD[self.country]) \
                if self.lang in ("de", "fr", "tr", "ro", "cs", "sv") else None
            self._org = o
        return self._org

    # ---------------------------------------------------------------- span factories
    def email(self, person=None, role=False, ctx="mail", form=None):
        r = self.rng
        if role:
            o = self.org()
            local, domain = r.choice(self.L["roles"]), o.domain
            if form is None and self.L["idn"] and r.random() < {"web": 0.45, "mail": 0.15}.get(ctx, 0):
                form = "idn"
            if form == "idn":
                cand = o.idn if o.idn and not o.idn.isascii() else (
                    r.choice(self.L["idn"]).format(S=o.sur.lower()) if self.L["idn"] else "")
                if cand and not cand.isascii():
                    domain = cand
                else:
                    form = None
        else:
            person = person or self.person()
            local, domain = person.local, person.provider
        if form is None:
            x = r.random()
            if ctx == "web":
                form = "obfuscated" if x < 0.8 else ("mixed-case" if x < 0.84 else "plain")
            elif ctx == "cv":
                form = "obfuscated" if x < 0.25 else ("mixed-case" if x < 0.32 else "plain")
            elif ctx == "code":
                form = "plain"
            else:
                form = ("subaddress" if x < 0.25 and domain in SUBADDR_OK and not role else
                        "mixed-case" if x < 0.2 else "plain")
        if form == "subaddress" and (role or domain not in SUBADDR_OK):
            form = "plain"
        if form == "subaddress":
            local = local + "+" + r.choice(["shop", "newsletter", "jobs", "bank", "amazon", "github", "2024"])
        value = local + "@" + domain
        if form == "mixed-case":
            if role and r.random() < 0.5:
                value = value.upper()
            else:
                value = ".".join(x.capitalize() for x in local.split(".")) + "@" + domain.capitalize()
        elif form == "obfuscated":
            d, _, t = domain.partition(".")
            value = r.choice(self.L["obf"]).format(l=local, d=d, t=t)
        return Sp("email", value, form, {"domain": domain, "role": role})

    def email_as(self, sp, form):
        """Same address rendered again (e.g. assistant echo / display-name header)."""
        return Sp("email", sp.value, form if sp.meta.get("form_keep") is None else sp.fmt, dict(sp.meta))

    def phone_form(self, intl_only=False):
        x = self.rng.random()
        if intl_only:
            return "intl-plus" if x < 0.7 else ("intl-00" if x < 0.85 else "e164")
        if self.local:
            return "national" if x < 0.75 else ("intl-plus" if x < 0.93 else "e164")
        return "intl-plus" if x < 0.55 else ("intl-00" if x < 0.67 else ("e164" if x < 0.8 else "national"))

    def phone(self, ptype="mobile", country=None, form=None, script=None, nsn=None):
        pid = country or self.country
        if pid != self.country and form is None:
            form = self.phone_form(intl_only=True)
        form = form or self.phone_form()
        if script is None and form == "national":
            if pid == "JP" and self.rng.random() < 0.2:
                script = "fullwidth"
            elif self.lang == "ar" and self.rng.random() < 0.25:
                script = "arabic-indic"
        v, meta = render_phone(self.rng, pid, ptype, form, script, nsn)
        fmt = "%s %s %s" % (meta["plan"], meta["ptype"], form) + (" " + script if script else "")
        return Sp("phone", v, fmt, meta)

    def phone_again(self, sp, form=None):
        m = sp.meta
        return self.phone(m["ptype"], m["plan"], form or self.phone_form(intl_only=True), None, (m["area"], m["sub"]))

    def card_brand(self):
        c, r = self.country, self.rng.random()
        if c == "RU":
            return "mir" if r < 0.5 else ("visa" if r < 0.75 else "mastercard")
        if c == "TR":
            return "troy" if r < 0.25 else ("visa" if r < 0.6 else "mastercard")
        if c == "CN":
            return "unionpay" if r < 0.65 else ("visa" if r < 0.8 else "mastercard")
        if c == "JP":
            return "jcb" if r < 0.4 else ("visa" if r < 0.75 else "mastercard")
        if c == "US":
            return "visa" if r < 0.45 else ("mastercard" if r < 0.7 else ("amex" if r < 0.85 else
                                                                          ("discover" if r < 0.95 else "diners")))
        return "visa" if r < 0.5 else ("mastercard" if r < 0.85 else ("amex" if r < 0.95 else "diners"))

    def card(self, brand=None, style=None, test=False):
        r = self.rng
        if test:
            num, brand = r.choice(TEST_CARDS)
        else:
            brand = brand or self.card_brand()
            num = gen_card(r, brand)
        style = style or r.choice(["spaces", "spaces", "compact", "dashes"])
        fmt = "%s %s" % (brand, style) + (" test-number" if test else "")
        return Sp("card", group_card(num, style), fmt, {"brand": brand, "digits": num, "test": test})

    def card_again(self, sp, style=None):
        style = style or self.rng.choice(["spaces", "compact"])
        m = sp.meta
        return Sp("card", group_card(m["digits"], style),
                  "%s %s" % (m["brand"], style) + (" test-number" if m["test"] else ""), dict(m))

    def iban_cc(self):
        if self.country in IBAN_HOME and self.rng.random() < 0.9:
            return IBAN_HOME[self.country]
        return self.ch(FOREIGN_IBAN)

    def iban(self, cc=None, style=None):
        cc = cc or self.iban_cc()
        v = gen_iban(self.rng, cc)
        style = style or ("grouped" if self.rng.random() < 0.65 else "compact")
        return Sp("iban", group_iban(v, style), "%s %s" % (cc, style), {"cc": cc, "compact": v})

    def iban_again(self, sp, style=None):
        style = style or ("compact" if sp.fmt.endswith("grouped") else "grouped")
        cc = sp.meta["cc"]
        return Sp("iban", group_iban(sp.meta["compact"], style), "%s %s" % (cc, style), dict(sp.meta))

    def ip(self, v6=None, country=None, style=None):
        r = self.rng
        country = country or self.country
        if v6 is None:
            v6 = r.random() < 0.25
        if not v6:
            return Sp("ip", gen_ipv4(r, country), "ipv4", {})
        style = style or ("server" if r.random() < 0.7 else "slaac")
        a = gen_ipv6(r, country, style)
        if style == "server":
            return Sp("ip", a.compressed, "ipv6 compressed", {})
        if r.random() < 0.2:
            return Sp("ip", a.exploded, "ipv6 full", {})
        return Sp("ip", a.compressed.upper() if r.random() < 0.15 else a.compressed, "ipv6 no-zero-run", {})

    # ---------------------------------------------------------------- look-alike factories
    def lk(self, name, value):
        return Lk(name, value)

    def date(self):
        return Lk("date", LK.fmt_date(self.rng, self.lang, self.country))

    def time(self):
        return Lk("time", LK.fmt_time(self.rng))

    def price(self, scale=1.0):
        return Lk("price", LK.fmt_price(self.rng, self.country, scale))

    def addr(self):
        return self.ch(self.L["addr"][self.country])

    def addr_w(self):
        """Address as written on a page; Japanese addresses usually start with the 〒 postal code."""
        a = self.addr()
        if self.country == "JP" and self.rng.random() < 0.7:
            return [Lk("postal-code-jp", LK.jp_postcode(self.rng)), " ", a]
        return a

    def kr_bizreg_line(self):
        """Korean shop footers always show the business registration number."""
        if self.country == "KR":
            self.w("사업자등록번호: ", Lk("business-reg-kr", LK.kr_bizreg(self.rng)), "\n")

    def finish(self):
        text = self.text
        items = []
        for s, e, sp in self.spans:
            lab = "labelled" if is_labelled(text, s, sp.kind) else "no deciding word"
            items.append({"start": s, "end": e, "kind": sp.kind, "value": sp.value,
                          "note": "%s; %s; %s" % (sp.fmt, lab, self.genre)})
        looks = [{"start": s, "end": e, "name": lk.name, "value": lk.value} for s, e, lk in self.looks]
        rec = {"text": text, "language": self.lang, "url": self.url, "spans": items, "lookalikes": looks}
        meta = [sp for _, _, sp in self.spans]
        return rec, meta
