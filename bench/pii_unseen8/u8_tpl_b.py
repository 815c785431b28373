"""Part 6b of the unseen8 generator: e-commerce mails/pages, classified ads / listings / forum posts,
and HTML-to-text leftovers (Impressum, contact blocks, flattened tables, JSON-LD, vCard, iCalendar)."""
from u8_doc import Sp, Lk
from u8_tpl_a import again, bank_mode
import u8_look as LK

ADS = {"DE": "https://www.kleinanzeigen.de/s-anzeige/{slug}/{n}", "FR": "https://www.leboncoin.fr/ad/{slug}/{n}",
       "RU": "https://www.avito.ru/moskva/{slug}_{n}", "UA": "https://www.olx.ua/d/uk/obyavlenie/{slug}-ID{n}.html",
       "JP": "https://jmty.jp/tokyo/sale/article-{n}", "CN": "https://bj.58.com/ershou/{n}x.shtml",
       "KR": "https://www.daangn.com/articles/{n}", "SA": "https://haraj.com.sa/{n}",
       "AE": "https://dubai.dubizzle.com/classified/{slug}-{n}", "EG": "https://www.olx.com.eg/ad/{slug}-ID{n}.html",
       "TR": "https://www.sahibinden.com/ilan/{slug}-{n}/detay", "VN": "https://www.chotot.com/{slug}-{n}.htm",
       "ID": "https://www.olx.co.id/item/{slug}-iid-{n}", "RO": "https://www.olx.ro/d/oferta/{slug}-ID{n}.html",
       "CZ": "https://www.bazos.cz/inzerat/{n}/{slug}.php", "SE": "https://www.blocket.se/annons/{slug}/{n}",
       "GR": "https://www.car.gr/classifieds/{n}-{slug}", "US": "https://sfbay.craigslist.org/sfc/{slug}/{n}.html",
       "GB": "https://www.gumtree.com/p/{slug}/{n}"}
FORUMS = {"de": "https://www.motor-talk.de/forum/{slug}-t{n}.html", "fr": "https://forum.hardware.fr/hfr/{slug}-{n}.htm",
          "ru": "https://forum.ixbt.com/topic.cgi?id={n}", "uk": "https://forum.pravda.com.ua/index.php?topic={n}",
          "ja": "https://detail.chiebukuro.yahoo.co.jp/qa/question_detail/q{n}",
          "zh": "https://tieba.baidu.com/p/{n}", "ko": "https://gall.dcinside.com/board/view/?no={n}",
          "ar": "https://www.startimes.com/?t={n}", "tr": "https://www.donanimhaber.com/{slug}--{n}",
          "vi": "https://voz.vn/t/{slug}.{n}/", "id": "https://www.kaskus.co.id/thread/{n}/{slug}",
          "ro": "https://forum.softpedia.com/topic/{n}-{slug}/", "cs": "https://www.okoun.cz/boards/{slug}?contextId={n}",
          "sv": "https://www.flashback.org/t{n}", "el": "https://www.insomnia.gr/forums/topic/{n}-{slug}/",
          "en": "https://www.reddit.com/r/{slug}/comments/{n}/"}
SLUGS = ["angebot", "vente", "prodam", "item", "offer", "satilik", "ban", "dijual", "vand", "prodej", "saljes",
         "polisi", "sale", "help", "question", "thread"]


def _n(d, k=9):
    return str(d.rng.randint(10 ** (k - 1), 10 ** k - 1))


def shop_url(d, path):
    return "https://www.%s/%s" % (d.org().domain, path)


def _items(d, k=None):
    k = k or d.rng.choice([1, 1, 2])
    its = d.rng.sample(d.P["items"], k)
    for it in its:
        d.w("%d × " % d.rng.randint(1, 3), it, "\n")


def _pay_line(d, full_p):
    d.w(d.P["paid"], ": ", d.P["card_word"], " ")
    if d.rng.random() < full_p:
        c = d.card()
        d.w(c)
        return c
    d.w(Lk("masked-card", LK.masked_card(d.rng)))
    return None


def _seller_block(d, with_bank):
    o = d.org()
    d.w(o.name, "\n", d.addr_w(), "\n", d.lab("tel"), d.phone("fixed"), " · ", d.email(role=True, ctx="mail"), "\n")
    d.w(d.P["vat"], ": ", Lk("business-reg-kr" if d.country == "KR" else "tax-id", LK.tax_id(d.rng, d.country)), "\n")
    if with_bank:
        ib = d.iban(cc=d.iban_cc())
        d.w(d.P["bank"], ": ", d.lab("iban"), ib, " · BIC ", Lk("bic", LK.bic(d.rng, ib.meta["cc"])), "\n")


def _hours(d):
    """Opening hours: the phrase has {t1}-{t2}; written as one time-range look-alike."""
    ph = d.P["hours"]
    i, j = ph.index("{t1}"), ph.index("{t2}") + 4
    mid = ph[i + 4:j - 4]
    d.w(ph[:i], Lk("time", LK.opening_hours(d.rng, mid)), ph[j:])


def _end(name):
    return name if name.endswith(".") else name + "."


# ------------------------------------------------------------------ e-commerce

def ecom_order(d):
    d.local = True
    d.url = shop_url(d, "checkout/success?order=" + _n(d, 7)) if d.rng.random() < 0.5 else None
    p = d.person()
    P = d.P
    d.w(P["order_conf"], " ", Lk("order-number", LK.order_number(d.rng, d.country)), "\n", P["date_w"], ": ", d.date(),
        "\n\n", P["greet"], "\n", d.sent(), "\n\n")
    _items(d)
    d.w(P["total"], ": ", d.price(2.0), "\n")
    if bank_mode(d) == "iban" and d.rng.random() < 0.3:
        ib = d.iban().value.replace(" ", "")
        d.w(P["paid"], ": SEPA, ", Lk("iban-masked", ib[:4] + " **** **** " + ib[-4:]))
    else:
        _pay_line(d, 0.4)
    d.w("\n\n", P["customer"], ":\n", p.name, "\n", d.addr_w(), "\n")
    if d.rng.random() < 0.8:
        d.w(d.lab("tel"), d.phone("mobile"), "\n")
    d.w(d.lab("mail"), d.email(p, ctx="mail"), "\n\n", P["questions"], " ", d.email(role=True, ctx="mail"), "\n")
    d.kr_bizreg_line()


def ecom_invoice(d):
    d.local = True
    d.url = shop_url(d, "invoices/%s.pdf" % _n(d, 6)) if d.rng.random() < 0.4 else None
    P = d.P
    iban_ok = bank_mode(d) == "iban"
    d.w(P["inv_title"], "\n\n")
    _seller_block(d, iban_ok)
    p = d.person()
    d.w("\n", P["customer"], ": ", p.name, ", ", d.addr_w(), "\n")
    if d.rng.random() < 0.4:
        d.w(d.email(p, ctx="mail"), "\n")
    d.w(P["inv_no"], ": ", Lk("invoice-number", LK.invoice_number(d.rng)), "\n", P["date_w"], ": ", d.date(), "\n\n")
    _items(d)
    d.w(P["total"], ": ", d.price(3.0), "\n")
    if iban_ok and d.rng.random() < 0.5:
        d.w(P["due"], ": ", d.date(), "\n")
    elif iban_ok and d.rng.random() < 0.6:
        d.w("SEPA: ", d.lab("iban"), d.iban(), "\n")
    else:
        _pay_line(d, 0.35)
        d.w("\n")
    d.w("\n", d.sent(), "\n")


def ecom_shipping(d):
    d.local = True
    d.url = None
    P = d.P
    p = d.person()
    name, val = LK.tracking(d.rng, d.country)
    d.w(P["ship_title"], "\n", P["order_no"], ": ", Lk("order-number", LK.order_number(d.rng, d.country)), "\n",
        P["tracking"], ": ", Lk(name, val), "\n\n", P["customer"], ":\n", p.name, "\n")
    d.w(d.addr_w(), "\n")
    d.w(d.lab("tel") if d.rng.random() < 0.7 else "", d.phone("mobile"), "\n\n", P["ship_text"], "\n", d.sent(), "\n")


def ecom_refund(d):
    d.local = True
    d.url = None
    P = d.P
    p = d.person()
    d.w(P["refund_title"], "\n\n", P["greet"], "\n")
    if bank_mode(d) == "iban":
        dest = d.iban(cc=d.iban_cc())
    else:
        dest = Lk("masked-card", LK.masked_card(d.rng))
    d.fill(P["refund_text"], amt=d.price(), dest=dest)
    d.w("\n", P["order_no"], ": ", Lk("order-number", LK.order_number(d.rng, d.country)), "\n", d.sent(), "\n\n",
        P["questions"], " ", d.email(role=True, ctx="mail"), "\n", d.org().name, "\n")
    if d.rng.random() < 0.5:
        d.w(d.lab("tel"), d.phone("fixed"), "\n")
    if d.rng.random() < 0.3:
        d.w("\n---\n", p.name, " <", d.email(p, form="display-name"), ">\n")


def ecom_receipt(d):
    d.local = True
    d.url = None
    P = d.P
    o = d.org()
    d.w(P["receipt"], "\n", o.name, "\n", P["date_w"], ": ", d.date(), " ", d.time(), "\n", P["txn"], ": ",
        Lk("uuid", LK.uuid(d.rng)) if d.rng.random() < 0.5 else Lk("order-number", LK.order_number(d.rng, d.country)),
        "\n", "Auth: ", "".join(d.rng.choice("0123456789ABCDEF") for _ in range(6)), "\n")
    if d.lang in ("ru", "uk", "zh", "ko") and d.rng.random() < 0.5:
        d.w({"ru": "Карта получателя: ", "uk": "Картка отримувача: ", "zh": "收款卡号：", "ko": "입금 카드: "}[d.lang],
            d.card(), "\n")
    elif d.rng.random() < 0.8:
        d.w(d.ch([d.lab("card"), ""]), d.card(), "\n")
    else:
        d.w(d.P["card_word"], ": ", Lk("masked-card", LK.masked_card(d.rng)), "\n")
    d.w(P["total"], ": ", d.price(), "\n", d.sent(), "\n", d.lab("tel"), d.phone("fixed"), "\n")
    d.kr_bizreg_line()


# ------------------------------------------------------------------ classifieds / listings / forums

def _contact_line(d, ph):
    r = d.rng.random()
    if r < 0.3:
        d.w(d.P["ad_contact"], " ", ph)
    elif r < 0.6:
        d.w(d.lab("mob"), ph)
    else:
        app = {"ru": "Telegram", "uk": "Viber", "el": "Viber", "vi": "Zalo", "zh": "微信", "ja": "SMS"}.get(d.lang, "WhatsApp")
        d.w(app, ": ", ph)
    d.w("\n")


def ad_item(d):
    d.local = True
    d.url = ADS[d.country].format(slug=d.ch(SLUGS), n=_n(d, 10))
    P = d.P
    d.w(P["ad_sell"], " ", d.ch(P["ad_items"]), "\n", d.sent(), "\n", P["price_w"], ": ", d.price(3.0), "\n")
    form = None
    if d.country in ("ID", "SA", "AE", "EG", "VN") and d.rng.random() < 0.5:
        form = "intl-noplus"
    ph = d.phone("mobile", form=form)
    _contact_line(d, ph)
    d.w(P["only_msg"], "\n")
    if bank_mode(d) == "iban" and d.rng.random() < 0.35:
        d.w(d.lab("iban"), d.iban(), "\n")
    if d.lang in ("ru", "uk") and d.rng.random() < 0.5:
        d.w({"ru": "Оплата переводом на карту ", "uk": "Оплата на картку "}[d.lang], d.card(style="spaces"), "\n")
    if d.lang == "ja" and d.rng.random() < 0.5:
        d.w("LINE ID: ", Lk("social-handle", LK.social_handle(d.rng, d.person().given_l)), "\n")
    if d.rng.random() < 0.65:
        d.w(d.email(ctx="web"), "\n")
    if d.rng.random() < 0.15:
        d.w(Lk("date", LK.fmt_date(d.rng, d.lang, d.country)), "\n")
    if d.rng.random() < 0.2:
        d.w("ISBN ", Lk("isbn", LK.isbn13(d.rng, d.lang)), "\n")


def ad_realestate(d):
    d.local = True
    d.url = ADS[d.country].format(slug=d.ch(SLUGS), n=_n(d, 10))
    P = d.P
    la, lo = LK.coordinates(d.rng, d.country)
    rooms = {"de": "3", "fr": "3", "ko": "1", "ja": "2LDK", "zh": "2室1厅", "tr": "2+1", "cs": "2+kk"}.get(
        d.lang, "2" if d.lang != "ar" else str(d.rng.randint(2, 4)))
    m2 = d.rng.randint(28, 120)
    area = ("%d sq ft" % (m2 * 10.764)) if d.country == "US" else ("%d m²" % m2)
    d.org(realty=True)
    d.w(P["rent_title"], "\n", P["rooms"], ": ", rooms, " · ", P["area"], ": ", area, " · ", P["price_w"], ": ",
        d.price(15.0), "\n", d.sent(), "\n",
        "GPS: ", Lk("coordinates", "%.5f, %.5f" % (la, lo)), "\n\n", d.org().name, "\n")
    d.w(d.lab("tel"), d.phone("fixed"))
    if d.rng.random() < 0.6:
        wa = d.country in ("ID", "SA", "AE", "EG", "VN", "TR") and d.rng.random() < 0.5
        d.w(" / WhatsApp: " if wa else " / ", d.phone("mobile", form="intl-noplus" if wa else None))
    d.w("\n", d.email(role=True, ctx="web"), "\n", "ID: ", Lk("listing-id", _n(d, 8)), "\n")


def forum_post(d):
    d.local = d.rng.random() < 0.5
    d.url = FORUMS[d.lang].format(slug=d.ch(SLUGS), n=_n(d, 8))
    p = d.person()
    d.w("Re: ", LK.cut_words(d.sent(), 60), "\n", p.given, " · ", d.date())
    if d.rng.random() < 0.35:
        d.w(" · IP: ", d.ip())
    elif d.rng.random() < 0.45:
        d.w(" · IP: ", Lk("ip-masked", LK.ip_masked(d.rng)))
    d.w("\n\n", d.sent(), "\n\n--\n", p.given)
    sep = d.ch([" | ", " · ", "\n"])
    has_mail = d.rng.random() < 0.7
    if has_mail:
        d.w(sep, d.email(p, ctx="web"))
    if not has_mail or d.rng.random() < 0.6:
        wa = d.country in ("ID", "SA", "AE", "EG", "VN", "TR") and d.rng.random() < 0.5
        d.w(sep, "WA " if wa else "", d.phone("mobile", form="intl-noplus" if wa else None))
    if d.rng.random() < 0.3:
        d.w(sep, Lk("social-handle", LK.social_handle(d.rng, p.given_l + p.sur_l)))
    d.w("\n")


# ------------------------------------------------------------------ HTML-to-text leftovers

def html_impressum(d):
    d.local = True
    d.url = "https://www.%s/%s" % (d.org().domain, "impressum" if d.lang == "de" else d.ch(["contact", "about", "legal"]))
    o, P = d.org(), d.P
    owner = d.person()
    d.w(d.sent(), "\n\n", P["imprint"], "\n")
    if d.lang == "de":
        d.w("Angaben gemäß § 5 TMG\n")
    d.w(o.name, "\n", P["owner"], ": ", owner.name, "\n", d.addr_w(), "\n", d.lab("tel"), d.phone("fixed"), "\n")
    if d.rng.random() < 0.5:
        d.w(d.lab("fax"), d.phone("fixed"), "\n")
    d.w(d.lab("mail"), d.email(role=True, ctx="web"), "\n")
    d.w(P["vat"], ": ", Lk("business-reg-kr" if d.country == "KR" else "tax-id", LK.tax_id(d.rng, d.country)), "\n")
    if bank_mode(d) == "iban" and d.rng.random() < 0.7:
        ib = d.iban(cc=d.iban_cc())
        d.w(P["bank"], ": ", ib, ", BIC: ", Lk("bic", LK.bic(d.rng, ib.meta["cc"])), "\n")
    d.w("© ", str(d.rng.randint(2015, 2025)), " ", _end(o.name), " ", P["rights"], "\n")


def html_contact(d):
    d.local = True
    d.url = "https://www.%s/" % d.org().domain
    o, P = d.org(), d.P
    sep = d.ch([" | ", " · ", " \u2022 ", "\t"])
    d.w(d.sent(), "\n\n", o.name, sep, d.addr_w(), sep)
    d.w(d.ch([d.lab("tel"), ""]), d.phone("fixed"), sep)
    if d.rng.random() < 0.4:
        d.w(d.phone("mobile"), sep)
    d.w(d.ch(["", "", d.P["contact"] + ": "]), d.email(role=True, ctx="web"), sep)
    _hours(d)
    d.w("\n")
    d.kr_bizreg_line()
    d.w(P["rights"], "\n")


def html_table(d):
    d.local = True
    d.url = "https://www.%s/%s" % (d.org().domain, d.ch(["team", "staff", "about/team", "contact/team"]))
    P = d.P
    sep = d.ch([" | ", "\t"])
    d.w(d.sent(), "\n\n", P["name_w"], sep, d.L["lab"]["tel"][1 if d.lang == "en" else 0].strip(" :：."), sep,
        d.L["lab"]["mail"][0].strip(" :：."), "\n")
    for _ in range(d.rng.randint(2, 3)):
        p = d.person()
        d.w(p.name, sep, d.phone(d.ch(["fixed", "mobile"])), sep, d.email(p, ctx="web") if d.rng.random() < 0.3
            else _role_person_email(d, p), "\n")


def _role_person_email(d, p):
    o = d.org()
    local = d.ch(["%s.%s" % (p.given_l, p.sur_l), "%s%s" % (p.given_l[0], p.sur_l), p.sur_l])
    return Sp("email", local + "@" + o.domain, "plain", {"domain": o.domain, "role": False})


def html_jsonld(d):
    d.local = True
    d.url = "https://www.%s/" % d.org().domain
    o = d.org()
    la, lo = LK.coordinates(d.rng, d.country)
    d.w(d.sent(), "\n", '{"@context": "https://schema.org", "@type": "LocalBusiness", "name": "', o.name,
        '", "telephone": "', d.phone("fixed", form=d.ch(["intl-plus", "intl-plus", "e164", "national"])), '"')
    if d.rng.random() < 0.8:
        em = d.email(role=True, ctx="code")
        if d.rng.random() < 0.3:
            d.w(', "email": "mailto:', em, '"')
        else:
            d.w(', "email": "', em, '"')
    d.w(', "geo": {"@type": "GeoCoordinates", "latitude": ', Lk("coordinates", "%.6f" % la), ', "longitude": ',
        Lk("coordinates", "%.6f" % lo), '}, "openingHours": "Mo-Fr ', Lk("time", LK.opening_hours(d.rng, "-")),
        '"}\n')
    if d.rng.random() < 0.5:
        d.w(d.sent(), "\n")


def html_vcard(d):
    d.local = False
    d.url = "https://www.%s/vcard/%s.vcf" % (d.org().domain, _n(d, 4)) if d.rng.random() < 0.5 else None
    p = d.person()
    d.w(d.sent(), "\n\nBEGIN:VCARD\nVERSION:3.0\nN:", p.sur, ";", p.given, ";;;\nFN:", p.name, "\nORG:", d.org().name,
        "\nTEL;TYPE=CELL:", d.phone("mobile", form=d.ch(["intl-plus", "e164"])), "\n")
    if d.rng.random() < 0.6:
        d.w("TEL;TYPE=WORK,VOICE:", d.phone("fixed"), "\n")
    d.w("EMAIL;TYPE=INTERNET:", d.email(p, ctx="code"), "\n")
    if d.rng.random() < 0.3:
        d.w("EMAIL;TYPE=WORK:", _role_person_email(d, p), "\n")
    d.w("REV:", Lk("timestamp", LK.timestamp_iso(d.rng)), "\nEND:VCARD\n")


def html_ical(d):
    d.local = False
    d.url = None
    p, q = d.person(), d.person()
    uid = LK.uuid(d.rng)
    t0 = LK.ical_dt(d.rng)
    t1 = t0[:9] + "%02d" % (int(t0[9:11]) + 1) + t0[11:]
    d.w("BEGIN:VCALENDAR\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\nVERSION:2.0\nBEGIN:VEVENT\nDTSTART:",
        Lk("timestamp", t0), "\nDTEND:", Lk("timestamp", t1), "\nUID:",
        Lk("ical-uid", uid + "@google.com"), "\nORGANIZER;CN=", p.name, ":mailto:", d.email(p, ctx="code"),
        "\nATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;CN=", q.name, ":mailto:", d.email(q, ctx="code"),
        "\nSUMMARY:", LK.cut_words(d.sent(), 70), "\nDESCRIPTION:", d.lab("tel").strip(), " ", d.phone("mobile"),
        "\nLOCATION:", d.addr(), "\nEND:VEVENT\nEND:VCALENDAR\n")


# ------------------------------------------------------------------ negatives

def neg_ecom(d):
    P = d.P
    name, val = LK.tracking(d.rng, d.country)
    d.w(P["order_conf"], " ", Lk("order-number", LK.order_number(d.rng, d.country)), "\n", P["date_w"], ": ", d.date(),
        "\n", d.sent(), "\n")
    _items(d)
    d.w(P["total"], ": ", d.price(2.0), "\n", P["paid"], ": ", P["card_word"], " ",
        Lk("masked-card", LK.masked_card(d.rng)), "\n", P["tracking"], ": ", Lk(name, val), "\n")
    if d.rng.random() < 0.4:
        d.w("Code: ", Lk("luhn-fail-16", LK.luhn_fail(d.rng)), "\n")


def neg_ad(d):
    P = d.P
    la, lo = LK.coordinates(d.rng, d.country)
    d.url = ADS[d.country].format(slug=d.ch(SLUGS), n=_n(d, 10))
    d.w(P["ad_sell"], " ", d.ch(P["ad_items"]), "\n", d.sent(), "\n", P["price_w"], ": ", d.price(3.0), "\n",
        Lk("coordinates", "%.4f, %.4f" % (la, lo)), "\n", P["platform_msg"], "\n")
    if d.rng.random() < 0.4:
        d.w("ISBN ", Lk("isbn", LK.isbn13(d.rng, d.lang)), "\n")


def neg_html(d):
    P = d.P
    d.url = "https://www.%s/" % d.org().domain
    d.w(d.sent(), "\n", d.org().name, " · ")
    _hours(d)
    d.w("\n", Lk("social-handle", LK.social_handle(d.rng, d.org().sur_l)), " · © ", str(d.rng.randint(2015, 2025)), " ",
        P["rights"], "\nWordPress ", Lk("version", LK.version(d.rng)), "\n")
