"""Genre templates for make_unseen10.py (standard library only).

Each template writes one document through a Doc builder.  PII values go in
through ctx.put(...) (which records the span), look-alikes through d.l(...).
In an "empty" document ctx.put() writes a non-PII substitute (private IP,
bad-checksum IBAN, masked / Luhn-failing card) or nothing at all (e-mail,
phone), so empty documents still carry the look-alikes.
"""
import json

import data_tables as T
import pii_gen as G


def js(s):
    """JSON-escape a carrier string without the surrounding quotes."""
    return json.dumps(s, ensure_ascii=False)[1:-1]


def wd(d, key):
    return T.W[d.lang][key]


def city(ctx, d):
    return ctx.rng.choice(T.CITY[d.lang])


POSTCODE_FIRST = ["de", "fr", "cs", "sv", "fi", "da", "tr", "ro", "el", "ru", "uk"]


def address_lines(ctx, d, sep="\n"):
    c, pc = city(ctx, d)
    st = ctx.rng.choice(T.STREET[d.lang])
    d.t(st + sep)
    if d.lang in POSTCODE_FIRST:
        d.l("postal_code", pc)
        d.t((", " if d.lang in ("ru", "uk") else " ") + c)
    else:
        d.t(c + " ")
        d.l("postal_code", pc)


# =========================================================== e-mail thread
def email_thread(ctx, d):
    r = ctx.rng
    a, b = ctx.person(d), ctx.person(d)
    ea = ctx.email_item(d, a, ["personal", "mixed-case", "subaddress"], where=r.choice(["free", "company"]))
    eb = ctx.email_item(d, b, ["personal", "role", "mixed-case"], where=r.choice(["free", "company"]))
    d.t("From: " + a.name + " <")
    ctx.put_item(d, ea)
    d.t(">\nTo: \"" + b.name + "\" <")
    ctx.put_item(d, eb)
    d.t(">\n")
    if r.random() < 0.15:
        d.t("Cc: ")
        ctx.put(d, "email", styles=["role", "personal"], where="company")
        d.t("\n")
    if r.random() < 0.2:
        d.t("Reply-To: ")
        ctx.put(d, "email", person=a, styles=["subaddress", "personal"])
        d.t("\n")
    subj = ctx.sent(d, maxlen=120)
    d.t("Subject: Re: " + subj + "\nDate: ")
    d.l("datetime", G.rfc2822(r))
    host = r.choice(["mail.gmail.com", "mx.seznam.cz", "mail.yandex.ru", "smtp.web.de", "qq.com", "outlook.com",
                     "mail.ukr.net", "mx.orange.fr"])
    d.t("\nMessage-ID: <")
    d.l("message_id", "%s.%s@%s" % (G.githash(r)[:20], G.unix_ts(r), host))
    d.t(">\nReceived: from %s (%s [" % (host, host))
    ctx.put(d, "ip", forms=["ipv4", "ipv6:compressed"])
    d.t("])\n\tby mx1.internal with ESMTPS id ")
    d.l("hex_id", G.githash(r, short=True).upper() + G.githash(r, short=True).upper())
    d.t("; ")
    d.l("datetime", G.rfc2822(r))
    d.t("\nReceived: from [")
    d.l("private_ip", G.private_ip(r, v6=False))
    d.t("] by smtp-relay.local\n")
    if r.random() < 0.25:
        d.t("X-Originating-IP: [")
        ctx.put(d, "ip", forms=["ipv4"])
        d.t("]\n")
    d.t("MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\n\n")
    d.t(ctx.sent(d) + "\n" + ctx.sent(d) + "\n")
    k = ctx.flex(d, ["card", "iban", "phone"])
    if k == "card":
        d.t(wd(d, "card") + ": ")
        ctx.put(d, "card")
        d.t("\n")
    elif k == "iban":
        d.t(wd(d, "iban") + " ")
        ctx.put(d, "iban")
        d.t("\n")
    d.t("\n-- \n" + a.name + "\n")
    if ctx.opt(d, "phone", 0.4) and ctx.put(d, "phone", before=wd(d, "mobile") + ": "):
        d.t("\n")
    d.t("\n")
    d.l("date", G.date_str(r, d.lang))
    d.t(" ")
    d.l("time", G.time_str(r)[:5])
    d.t(", " + b.name)
    if r.random() < 0.5:
        d.t(" <")
        ctx.put_item(d, ctx.same_email(eb))
        d.t(">")
    d.t(" " + wd(d, "wrote") + ":\n> " + ctx.sent(d) + "\n> \n> " + ctx.sent(d) + "\n")
    if r.random() < 0.5:
        d.t("> " + wd(d, "order") + " ")
        d.l("order_number", G.order_no(r))
        d.t("\n")


# =========================================================== HTML source
def html_source(ctx, d):
    r = ctx.rng
    p = ctx.person(d)
    comp = r.choice(T.COMPANY[d.lang])
    d.url = "https://www.%s/%s" % (comp, r.choice(["kontakt", "contact", "impressum", "about", "lienhe", "yhteystiedot"]))
    d.t('<!DOCTYPE html>\n<html lang="%s">\n<head>\n<meta charset="utf-8">\n<title>%s | %s</title>\n'
        % (d.lang, wd(d, "contact"), comp))
    d.t('<meta name="generator" content="WordPress ')
    d.l("version", G.version(r).lstrip("v"))
    d.t('">\n<link rel="stylesheet" href="/wp-content/themes/astra/style.css?ver=')
    d.l("version_4part", G.version(r, four=True))
    d.t('">\n</head>\n<body>\n<main>\n<h1>' + wd(d, "contact") + "</h1>\n<p>" + ctx.sent(d) + "</p>\n")
    d.t('<address class="h-card">\n  <strong class="p-name">' + p.name + "</strong><br>\n  ")
    address_lines(ctx, d, sep="<br>\n  ")
    d.t("<br>\n")
    ph = ctx.item(d, "phone") if ctx.opt(d, "phone", 0.5) else None
    if ph is not None:
        e164 = G.Item("phone", ph.extra["e164"], ph.fmt.rsplit(":", 1)[0] + ":international")
        d.t('  ' + wd(d, "phone") + ': <a class="p-tel" href="tel:')
        ctx.put_item(d, e164)
        d.t('">')
        if r.random() < 0.5:
            ctx.put_item(d, ph)
        else:
            d.t(r.choice(["☎", wd(d, "phone"), "WhatsApp"]))
        d.t("</a><br>\n")
    k = ctx.flex(d, ["email", "phone"])
    if k == "email":
        em = ctx.item(d, "email", person=p, styles=["personal", "role", "mixed-case"], where="company")
        if em is not None:
            d.t('  <a class="u-email" href="mailto:')
            ctx.put_item(d, em)
            if r.random() < 0.4:
                d.t("?subject=" + r.choice(["Anfrage", "Question", "Demande", "Zapytanie", "Dotaz"]) + "%20")
                d.l("order_number", G.order_no(r).replace("#", "%23"))
            d.t('">')
            if r.random() < 0.5:
                ctx.put_item(d, ctx.same_email(em))
            else:
                d.t(wd(d, "email"))
            d.t("</a>\n")
    else:
        if ctx.put(d, "phone", before="  " + wd(d, "fax") + ": ", after="\n") is False:
            pass
    d.t("</address>\n<p>" + ctx.sent(d) + "</p>\n")
    if r.random() < 0.6:
        d.t("<p>")
        ctx.put(d, "email", styles=["obfuscated-brackets", "obfuscated-words"], after=" · ")
        d.t('<a href="')
        d.l("url_with_numbers", G.url_with_numbers(r, "www." + comp))
        d.t('">' + wd(d, "order") + "</a></p>\n")
    d.t('<footer>&copy; 2024 ' + comp + ' <!-- build ')
    d.l("git_hash", G.githash(r, short=True))
    d.t(" ")
    d.l("iso_timestamp", G.iso_ts(r))
    d.t(" -->\n")
    if r.random() < 0.4:
        d.t('<script type="module" src="/assets/vendor/')
        d.l("scoped_package", G.scoped_pkg(r))
        d.t('/index.min.js"></script>\n')
    d.t("</footer>\n</main>\n</body>\n</html>\n")


# =========================================================== JSON API
def json_api(ctx, d):
    r = ctx.rng
    p = ctx.person(d)
    d.url = "https://api.%s/v2/users/%d" % (r.choice(T.COMPANY[d.lang]), r.randint(1000, 99999))
    d.t('{\n  "status": "ok",\n  "request_id": "')
    d.l("uuid", G.uuid(r))
    d.t('",\n  "data": {\n    "id": %d,\n    "name": "%s",\n' % (r.randint(1000, 999999), js(p.name)))
    if ctx.opt(d, "email", 0.45):
        ctx.put(d, "email", person=p, styles=["personal", "subaddress", "mixed-case"],
                before='    "email": "', after='",\n')
    if ctx.opt(d, "phone", 0.35):
        ctx.put(d, "phone", before='    "phone": "', after='",\n')
    d.t('    "locale": "%s",\n    "created_at": ' % d.lang)
    d.l("unix_timestamp", G.unix_ts(r))
    d.t(',\n    "last_login": {"at": "')
    d.l("iso_timestamp", G.iso_ts(r))
    d.t('", "ip": "')
    if ctx.opt(d, "ip", 0.7):
        ctx.put(d, "ip", forms=["ipv4", "ipv6:compressed", "ipv6:full"])
    else:
        d.l("private_ip", G.private_host(r, v6=None))
    d.t('", "app_version": "')
    d.l("version_4part", G.version(r, four=True))
    d.t('"},\n')
    k = ctx.flex(d, ["card", "iban"])
    if k == "card":
        c = ctx.item(d, "card", sep=r.choice(["none", "none", "spaces"]))
        d.t('    "payment_method": {"type": "card", "brand": "%s", "number": "'
            % (c.extra.get("brand", "visa") if c.kind == "card" else "visa"))
        ctx.put_item(d, c)
        d.t('", "exp": "%02d/%02d"},\n' % (r.randint(1, 12), r.randint(25, 31)))
    else:
        d.t('    "payment_method": {"type": "sepa_debit", "iban": "')
        ctx.put(d, "iban", form="electronic")
        d.t('", "mandate": "')
        d.l("order_number", G.order_no(r))
        d.t('"},\n')
    d.t('    "geo": "')
    d.l("gps", G.gps(r))
    d.t('",\n    "bio": "' + js(ctx.sent(d)) + '"\n  }\n}\n')


# =========================================================== NDJSON
def ndjson(ctx, d):
    r = ctx.rng
    n = 3
    for i in range(n):
        d.t('{"ts":"')
        d.l("iso_timestamp", G.iso_ts(r))
        ev = ["login", "comment", "deploy", "password_reset_requested", "checkout"][i % 5 if i < 2 else r.randint(0, 4)]
        d.t('","level":"info","event":"%s"' % ev)
        if ev in ("login", "password_reset_requested", "checkout"):
            d.t(',"user":"')
            if not ctx.opt(d, "email", 0.4) or not ctx.put(d, "email", styles=["personal", "subaddress", "mixed-case"]):
                d.l("uuid", G.uuid(r))
            d.t('","src_ip":"')
            if i == 0 or ctx.opt(d, "ip", 0.4):
                ctx.put(d, "ip", forms=["ipv4", "ipv4", "ipv6:compressed"])
            else:
                d.l("private_ip", G.private_host(r, v6=None))
            d.t('","ua":"Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/')
            d.l("version_4part", "%d.0.%d.%d" % (r.randint(110, 131), r.randint(5000, 6800), r.randint(50, 250)))
            d.t(' Safari/537.36"')
            if ev == "checkout":
                k = ctx.flex(d, ["card", "iban"])
                if k == "card":
                    ctx.put(d, "card", sep="none", before=',"payment":{"pan":"', after='"}')
                else:
                    ctx.put(d, "iban", form="electronic", before=',"payment":{"iban":"', after='"}')
        elif ev == "comment":
            d.t(',"user_id":%d,"text":"%s"' % (r.randint(10, 99999), js(ctx.sent(d))))
        else:
            d.t(',"commit":"')
            d.l("git_hash", G.githash(r))
            d.t('","remote":"')
            d.l("git_remote", G.git_remote(r))
            d.t('","host":"')
            d.l("private_ip", G.private_host(r, v6=None))
            d.t('"')
        d.t(',"t_ms":')
        d.l("unix_timestamp_ms", G.unix_ts(r, ms=True))
        d.t("}\n")


# =========================================================== CSV / TSV
def _table_cols(ctx, d, n):
    # the first column rotates through the kinds on its own counter (so that
    # header-only labelling is spread over all kinds); a second column follows
    # the global kind balance
    k = ctx._least("tablecol", ["email", "phone", "iban", "card", "ip"])
    ctx._bump("tablecol", k)
    cols = [k]
    while len(cols) < n:
        cols.append(ctx.flex(d, [c for c in ["email", "phone", "iban", "card", "ip"] if c not in cols]))
    return cols


COLNAME = {"email": "email", "phone": "phone", "iban": "iban", "card": "card", "ip": "ip"}


def csv_export(ctx, d, tsv=False):
    r = ctx.rng
    sep = "\t" if tsv else ("," if d.lang in ("en", "zh", "vi", "bn", "ur", "ar") else ";")
    cols = _table_cols(ctx, d, r.choice([1, 1, 2]))
    header = [wd(d, "name")] + [wd(d, c) for c in cols] + [wd(d, "date"), wd(d, "note")]
    if tsv:
        header = ["id"] + header
    d.t(sep.join(header) + "\n")
    nrows = r.choice([2, 2, 2, 3])
    for i in range(nrows):
        p = ctx.person(d)
        cells_done = False
        if tsv:
            d.t(str(r.randint(1000, 99999)) + sep)
        d.t(p.name + sep)
        for c in cols:
            if c == "email":
                ctx.put(d, "email", person=p, styles=["personal", "subaddress", "mixed-case", "role"])
            elif c == "card":
                ctx.put(d, "card", sep=r.choice(["none", "spaces", "dashes"]))
            else:
                ctx.put(d, c, forms=["ipv4", "ipv6:compressed"]) if c == "ip" else ctx.put(d, c)
            d.t(sep)
        d.l("date", G.date_str(r, d.lang))
        d.t(sep)
        if i == 0:
            s = ctx.sent(d, maxlen=160)
            d.t(('"' + s.replace('"', '""') + '"') if (sep in s or '"' in s or not tsv) else s)
        elif r.random() < 0.5:
            if r.random() < 0.3:
                d.l("luhn_fail_16", G.luhn_fail16(r))
            else:
                d.l("order_number", G.order_no(r))
        d.t("\n")


def tsv_export(ctx, d):
    csv_export(ctx, d, tsv=True)


# =========================================================== vCard
def vcard(ctx, d):
    r = ctx.rng
    for i in range(r.choice([1, 1, 1, 1, 2])):
        p = ctx.person(d)
        d.t("BEGIN:VCARD\nVERSION:3.0\nN:%s;%s;;;\nFN:%s\n" % (p.last, p.first, p.name))
        if r.random() < 0.5:
            d.t("ORG:" + r.choice(T.COMPANY[d.lang]).split(".")[0] + "\n")
        if ctx.opt(d, "phone", 0.75):
            ctx.put(d, "phone", before="TEL;TYPE=CELL:", after="\n", form="international")
        if ctx.opt(d, "phone", 0.25):
            ctx.put(d, "phone", before="TEL;TYPE=WORK,VOICE:", after="\n")
        if ctx.opt(d, "email", 0.7):
            ctx.put(d, "email", person=p, styles=["personal", "mixed-case", "subaddress"],
                    before="EMAIL;TYPE=INTERNET:", after="\n")
        c, pc = city(ctx, d)
        d.t("ADR;TYPE=HOME:;;%s;%s;;" % (r.choice(T.STREET[d.lang]), c))
        d.l("postal_code", pc)
        d.t(";\nNOTE:" + ctx.sent(d).replace(",", "\\,").replace(";", "\\;") + "\n")
        if r.random() < 0.4:
            d.t("X-SOCIALPROFILE;TYPE=twitter:")
            d.l("handle", G.handle(r, p))
            d.t("\n")
        d.t("REV:")
        d.l("iso_timestamp", G.iso_ts(r))
        d.t("\nEND:VCARD\n")


# =========================================================== contract / legal notice
def contract(ctx, d):
    r = ctx.rng
    a, b = ctx.person(d), ctx.person(d)
    mark = r.choice(["§ ", "Art. ", ""])
    d.t("(1) " + a.name + ", ")
    address_lines(ctx, d, sep=", ")
    if ctx.opt(d, "email", 0.35):
        ctx.put(d, "email", person=a, styles=["personal", "mixed-case"], before=", " + wd(d, "email") + ": ")
    if ctx.opt(d, "phone", 0.5):
        ctx.put(d, "phone", before=", " + wd(d, "phone") + " ")
    d.t("\n(2) " + b.name + ", ")
    address_lines(ctx, d, sep=", ")
    d.t("\n\n")
    for i in range(1, 4):
        d.t("%s%d\n%s\n" % (mark, i, ctx.sent(d)))
        if i == 2:
            d.t(wd(d, "amount") + ": ")
            d.l("price", G.price(r, d.lang))
            d.t(". " + wd(d, "bank") + " — " + wd(d, "iban") + ": ")
            ctx.put(d, "iban", form="print")
            d.t("\n")
            if r.random() < 0.3:
                d.t("(" + wd(d, "iban") + " ✗ ")
                d.l("bad_iban", G.bad_iban(r, d.lang))
                d.t(")\n")
        d.t("\n")
    k = ctx.flex(d, ["phone", "iban"])
    if k == "iban":
        d.t(mark + "4\n" + wd(d, "payee") + ": " + b.name + ", " + wd(d, "iban") + " ")
        ctx.put(d, "iban")
        d.t("\n\n")
    else:
        d.t(mark + "4\n" + ctx.sent(d) + " ")
        ctx.put(d, "phone")
        d.t("\n\n")
    c, _ = city(ctx, d)
    d.t(c + ", ")
    d.l("date", G.date_str(r, d.lang))
    d.t("\n")


def legal_notice(ctx, d):
    r = ctx.rng
    comp = r.choice(T.COMPANY[d.lang])
    p = ctx.person(d)
    d.url = "https://www.%s/%s" % (comp, r.choice(["impressum", "legal", "mentions-legales", "kontakty"]))
    d.t(comp + "\n")
    address_lines(ctx, d)
    d.t("\n\n")
    if ctx.opt(d, "phone", 0.75):
        ctx.put(d, "phone", before=wd(d, "phone") + ": ", after="\n")
    if ctx.opt(d, "phone", 0.25):
        ctx.put(d, "phone", before=wd(d, "fax") + ": ", after="\n", form="national")
    if ctx.opt(d, "email", 0.55):
        ctx.put(d, "email", styles=["role", "role", "obfuscated-brackets", "obfuscated-words"], where="company",
                before=wd(d, "email") + ": ", after="\n")
    d.t(wd(d, "contact") + ": " + p.name + "\n\n" + ctx.sent(d) + " " + ctx.sent(d) + "\n")
    k = ctx.flex(d, ["iban", "ip"])
    if k == "iban":
        d.t(wd(d, "bank") + ": " + wd(d, "iban") + " ")
        ctx.put(d, "iban")
        d.t("\n")
    elif k == "ip":
        d.t("Hosting: " + r.choice(["Hetzner Online GmbH", "OVH SAS", "Contabo", "DigitalOcean", "Wedos"]) + ", ")
        ctx.put(d, "ip", before=wd(d, "ip") + " ")
        d.t("\n")
    else:
        d.t(ctx.sent(d) + " " + wd(d, "card") + ": ")
        ctx.put(d, "card")
        d.t("\n")
    d.t("© ")
    d.l("date", G.date_str(r, d.lang))
    d.t("\n")


# =========================================================== paper front matter
def paper(ctx, d):
    r = ctx.rng
    n = r.choice([2, 3, 3, 4])
    people = [ctx.person(d) for _ in range(n)]
    unis = [r.choice(T.UNIV[d.lang]) for _ in range(2)]
    d.t(ctx.sent(d, maxlen=160).rstrip(".") + "\n\n")
    d.t(", ".join("%s%s%s" % (p.name, "¹" if i % 2 == 0 else "²", "*" if i == 0 else "") for i, p in enumerate(people)))
    d.t("\n\n")
    for j, u in enumerate(unis):
        c, pc = city(ctx, d)
        d.t("%s %s, %s " % ("¹²"[j], u.split(".")[0].upper(), r.choice(T.STREET[d.lang])))
        d.l("postal_code", pc)
        d.t(" " + c + "\n")
    d.t("* " + wd(d, "email") + ": ")
    ctx.put(d, "email", person=people[0], styles=["personal", "personal", "mixed-case"], where="univ")
    if ctx.opt(d, "phone", 0.35):
        ctx.put(d, "phone", before="; " + wd(d, "phone") + " ", form="international")
    d.t("\n")
    if r.random() < 0.15:
        d.t("   ")
        for i, p in enumerate(people[1:3]):
            if i:
                d.t(", ")
            ctx.put(d, "email", person=p, styles=["personal", "obfuscated-brackets"], where="univ")
        d.t("\n")
    d.t("\nDOI: ")
    d.l("doi", "10.%d/%s.%d.%s" % (r.choice([1016, 1007, 1038, 3390, 1093, 1109]), r.choice(["j.jcp", "s00521", "nature", "app", "bioinformatics"]),
                                  r.randint(2019, 2025), G.digits(r, 6)))
    d.t(" · arXiv:")
    d.l("arxiv_id", "%02d%02d.%05dv%d" % (r.randint(19, 25), r.randint(1, 12), r.randint(1, 29999), r.randint(1, 3)))
    d.t("\n" + wd(d, "date") + ": ")
    d.l("date", G.date_str(r, d.lang))
    d.t("\n\nAbstract. " + ctx.sent(d) + " " + ctx.sent(d) + "\n")
    if r.random() < 0.4:
        d.t("ISBN ")
        d.l("isbn", G.isbn13(r))
        d.t("\n")


# =========================================================== classified ad
SITES = {"en": "gumtree.com", "de": "kleinanzeigen.de", "fr": "leboncoin.fr", "ru": "avito.ru", "zh": "58.com",
         "ar": "dubizzle.com", "tr": "sahibinden.com", "vi": "chotot.com", "uk": "olx.ua", "sv": "blocket.se",
         "fi": "tori.fi", "ro": "olx.ro", "bn": "bikroy.com", "ur": "olx.com.pk", "cs": "bazos.cz", "el": "car.gr",
         "da": "dba.dk"}


def classified(ctx, d):
    r = ctx.rng
    d.url = G.url_with_numbers(r, "www." + SITES[d.lang])
    d.t(ctx.sent(d, maxlen=90).rstrip(".") + "\n")
    d.l("price", G.price(r, d.lang))
    d.t("\n\n" + ctx.sent(d) + "\n" + ctx.sent(d) + "\n")
    if r.random() < 0.4:
        d.t("ISBN ")
        d.l("isbn", G.isbn13(r))
        d.t(" / ")
        d.l("product_code", G.product_code(r))
        d.t("\n")
    d.t("\n📍 ")
    d.l("gps", G.gps(r))
    d.t("\n")
    ctx.put(d, "phone", before="☎ " + r.choice([wd(d, "phone"), wd(d, "mobile"), "WhatsApp"]) + ": ", after="\n")
    if ctx.opt(d, "phone", 0.25):
        ctx.put(d, "phone", before=r.choice(["Viber/WhatsApp ", "Telegram ", ""]), after="\n")
    if r.random() < 0.8:
        ctx.put(d, "email", styles=["obfuscated-words", "obfuscated-brackets"], after="\n")
    if r.random() < 0.5:
        d.t("Instagram ")
        d.l("handle", G.handle(r, ctx.person(d)))
        d.t("\n")
    if r.random() < 0.7:
        k = ctx.flex(d, ["iban", "card"])
        d.t("💳 " + ctx.sent(d, maxlen=100) + " ")
        if k == "iban":
            ctx.put(d, "iban", before=wd(d, "iban") + " " if r.random() < 0.6 else "")
        else:
            ctx.put(d, "card", before=wd(d, "card") + " " if r.random() < 0.5 else "")
        d.t("\n")
    d.t("ID: ")
    d.l("order_number", G.digits(r, 10))
    d.t("\n")


# =========================================================== invoice / bank slip
def invoice(ctx, d):
    r = ctx.rng
    comp = r.choice(T.COMPANY[d.lang])
    buyer = ctx.person(d)
    d.t(wd(d, "invoice") + " ")
    d.l("invoice_number", G.order_no(r))
    d.t("\n" + wd(d, "date") + ": ")
    d.l("date", G.date_str(r, d.lang))
    d.t("\n\n" + comp + "\n")
    address_lines(ctx, d)
    d.t("\n")
    sep = ""
    if ctx.opt(d, "phone", 0.5):
        if ctx.put(d, "phone", before=wd(d, "phone") + " "):
            sep = " · "
    if ctx.opt(d, "email", 0.4):
        ctx.put(d, "email", styles=["role"], where="company", before=sep + wd(d, "email") + " ")
    d.t("\n\n" + buyer.name + "\n")
    address_lines(ctx, d)
    d.t("\n\n")
    for i in range(r.randint(2, 3)):
        d.t("%d × " % r.randint(1, 5))
        d.l("product_code", G.product_code(r) if r.random() < 0.6 else "EAN " + G.ean13(r))
        d.t("  ")
        d.l("price", G.price(r, d.lang))
        d.t("\n")
    d.t(wd(d, "total") + ": ")
    d.l("price", G.price(r, d.lang))
    d.t("\n\n" + ctx.sent(d) + "\n")
    k = ctx.flex(d, ["iban", "iban", "card"])
    if k == "card":
        c = ctx.item(d, "card")
        d.t(wd(d, "card") + ": ")
        ctx.put_item(d, c)
        brand = c.extra.get("brand", "") if c.kind == "card" else ""
        names = {"visa": "Visa", "mastercard": "Mastercard", "mastercard-2series": "Mastercard", "amex": "American Express",
                 "discover": "Discover", "jcb": "JCB", "unionpay": "UnionPay", "maestro": "Maestro", "mir": "Мир"}
        d.t((" (" + names[brand] + ")" if brand else "") + "\n")
    else:
        d.t(wd(d, "bank") + " – " + wd(d, "iban") + ": ")
        ctx.put(d, "iban")
        d.t(", BIC: " + r.choice(["COBADEFFXXX", "GIBACZPX", "BNPAFRPP", "NDEAFIHH", "DABADKKK", "BTRLRO22",
                                  "HABBPKKA", "TCZBTR2A", "ETHNGRAA", "SWEDSESS", "NWBKGB2L"]) + "\n")
    d.t(wd(d, "ref") + ": ")
    d.l("invoice_number", G.order_no(r))
    if r.random() < 0.5:
        d.t("\n" + wd(d, "card") + " ")
        d.l("masked_card", G.masked_card(r))
    if r.random() < 0.4:
        d.t("\n" + wd(d, "order") + " ")
        d.l("luhn_fail_16", G.luhn_fail16(r))
    d.t("\n")


def bank_slip(ctx, d):
    r = ctx.rng
    a, b = ctx.person(d), ctx.person(d)
    d.t("== " + wd(d, "bank") + " ==\n" + wd(d, "date") + ": ")
    d.l("date", G.date_str(r, d.lang))
    d.t("\n" + wd(d, "payer") + ": " + a.name + "\n" + wd(d, "iban") + ": ")
    ctx.put(d, "iban")
    d.t("\n" + wd(d, "payee") + ": " + b.name + "\n")
    k = ctx.flex(d, ["iban", "phone", "card"])
    if k == "iban":
        d.t(wd(d, "iban") + ": ")
        ctx.put(d, "iban")
        d.t("\n")
    elif k == "card":
        d.t(wd(d, "card") + ": ")
        ctx.put(d, "card")
        d.t("\n")
    else:
        d.t(wd(d, "iban") + ": ")
        d.l("bad_iban", G.bad_iban(r, d.lang))
        d.t(" ✗\n")
        ctx.put(d, "phone", before=wd(d, "mobile") + ": ", after="\n")
    d.t(wd(d, "amount") + ": ")
    d.l("price", G.price(r, d.lang))
    d.t("\n" + wd(d, "ref") + ": ")
    if r.random() < 0.3:
        d.l("luhn_fail_16", G.luhn_fail16(r))
    else:
        d.l("invoice_number", G.order_no(r))
    d.t(" " + ctx.sent(d, maxlen=140) + "\n")
    d.t("Transaction ID: ")
    d.l("uuid", G.uuid(r))
    d.t("\n")


# =========================================================== subtitles / SMS dump
def _srt_ts(r, t):
    return "%02d:%02d:%02d,%03d" % (t // 3600, t // 60 % 60, t % 60, r.randint(0, 999))


def subtitles(ctx, d):
    r = ctx.rng
    t = r.randint(30, 5000)
    n = r.randint(3, 4)
    which = r.randint(1, n - 1)
    for i in range(n):
        d.t("%d\n" % (r.randint(1, 900) + i if i == 0 else i + 1))
        d.l("timestamp", _srt_ts(r, t))
        t += r.randint(2, 6)
        d.t(" --> ")
        d.l("timestamp", _srt_ts(r, t))
        t += r.randint(1, 9)
        d.t("\n" + ctx.sent(d, maxlen=140) + "\n")
        if i == which:
            k = ctx.flex(d, ["phone", "email", "phone"])
            if k == "phone":
                ctx.put(d, "phone", before="- " + wd(d, "phone") + ": " if r.random() < 0.5 else "- ", after="\n")
            else:
                ctx.put(d, "email", styles=["personal", "obfuscated-words"], before="- ", after="\n")
        d.t("\n")


def sms_dump(ctx, d):
    r = ctx.rng
    me = ctx.item(d, "phone", form="international")
    n = r.randint(3, 4)
    for i in range(n):
        d.t("[")
        d.l("datetime", "%d-%02d-%02d %s" % (r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28), G.time_str(r)))
        d.t("] ")
        if (i == 0 or (i == 3 and r.random() < 0.3)) and me is not None:
            ctx.put_item(d, me if i == 0 else ctx.same_phone(me))
        else:
            d.t(r.choice(["Mama", "Bank", "DHL", "ME", ctx.person(d).first]))
        d.t(": ")
        if i == 1:
            d.t(r.choice(["DHL ", "UPS ", "PPL ", "Post "]))
            d.l("tracking_number", G.tracking(r))
            d.t(" " + ctx.sent(d, maxlen=120) + "\n")
        elif i == 2:
            k = ctx.flex(d, ["card", "phone", "email", "iban"])
            d.t(ctx.sent(d, maxlen=140) + " ")
            if k == "card":
                ctx.put(d, "card", before=wd(d, "card") + " " if r.random() < 0.5 else "")
            elif k == "phone":
                ctx.put(d, "phone", before=wd(d, "phone") + " " if r.random() < 0.5 else "")
            elif k == "email":
                ctx.put(d, "email", styles=["personal", "obfuscated-words", "subaddress"])
            else:
                ctx.put(d, "iban", before="IBAN ")
            d.t("\n")
        else:
            d.t(ctx.sent(d, maxlen=160))
            if r.random() < 0.4:
                d.t(" " + wd(d, "card") + " ")
                d.l("masked_card", G.masked_card(r))
            d.t("\n")


# =========================================================== configs
def _comment(ctx, d, c="#"):
    d.t(c + " " + ctx.sent(d, maxlen=150) + "\n")


def nginx_conf(ctx, d):
    r = ctx.rng
    _comment(ctx, d)
    d.t("# maintainer: ")
    if not ctx.opt(d, "email", 0.3) or not ctx.put(d, "email", styles=["role", "personal"], where="company"):
        d.l("git_remote", G.git_remote(r))
    d.t("\n# nginx ")
    d.l("version", G.version(r).lstrip("v"))
    d.t("\nupstream app_backend {\n    server ")
    if ctx.opt(d, "ip", 0.5):
        ctx.put(d, "ip", forms=["ipv4:port"])
    else:
        d.l("private_ip", G.private_host(r))
        d.t(":%d" % r.choice([8080, 9000, 3000]))
    d.t(" weight=5;\n    server ")
    d.l("private_ip", G.private_host(r))
    d.t(":8080 backup;\n}\n\nserver {\n    listen 443 ssl http2;\n")
    if ctx.opt(d, "ip", 0.4):
        ctx.put(d, "ip", forms=["ipv6:port"], before="    listen ", after=" ssl;\n")
    d.t("    server_name shop.%s;\n\n    location /admin/ {\n" % r.choice(T.COMPANY[d.lang]))
    if ctx.opt(d, "ip", 0.7):
        ctx.put(d, "ip", forms=["ipv4", "ipv4:cidr", "ipv6:cidr"], before="        allow ", after=";\n")
    d.t("        allow ")
    d.l("private_ip", r.choice(["10.0.0.0/8", "192.168.%d.0/24" % r.randint(0, 255), "172.16.0.0/12"]))
    d.t(";\n        deny  all;\n    }\n    set_real_ip_from ")
    d.l("public_network_cidr", G.network_cidr(r))
    d.t(";\n    # ")
    d.t(ctx.sent(d, maxlen=120) + "\n}\n")


def apache_conf(ctx, d):
    r = ctx.rng
    _comment(ctx, d)
    d.t("<VirtualHost ")
    ctx.put(d, "ip", forms=["ipv4:port"])
    d.t(">\n    ServerName www.%s\n" % r.choice(T.COMPANY[d.lang]))
    if ctx.opt(d, "email", 0.4):
        ctx.put(d, "email", styles=["role", "personal"], where="company", before="    ServerAdmin ", after="\n")
    d.t("    DocumentRoot /var/www/html\n    <Location /server-status>\n")
    if ctx.opt(d, "ip", 0.4):
        ctx.put(d, "ip", forms=["ipv4", "ipv6:compressed", "ipv4:cidr"], before="        Require ip ", after="\n")
    d.t("        Require ip ")
    d.l("private_ip", G.private_ip(r, v6=False))
    d.t("\n    </Location>\n    # PHP ")
    d.l("version", G.version(r).lstrip("v"))
    d.t(", mod_security ")
    d.l("version_4part", G.version(r, four=True))
    d.t("\n    Header set X-Build \"")
    d.l("git_hash", G.githash(r, short=True))
    d.t("\"\n</VirtualHost>\n")


def firewall(ctx, d):
    r = ctx.rng
    _comment(ctx, d)
    style = r.choice(["iptables", "ufw", "nft", "netplan"])
    if style == "iptables":
        d.t("*filter\n:INPUT DROP [0:0]\n-A INPUT -s ")
        ctx.put(d, "ip", forms=["ipv4", "ipv4:cidr"])
        d.t(" -p tcp --dport 22 -j ACCEPT\n-A INPUT -s ")
        if ctx.opt(d, "ip", 0.5):
            ctx.put(d, "ip", forms=["ipv4"])
        else:
            d.l("private_ip", G.private_host(r))
        d.t(" -p udp --dport 161 -m comment --comment \"snmp ")
        d.l("snmp_oid", G.oid(r))
        d.t("\" -j ACCEPT\n-A INPUT -s ")
        d.l("public_network_cidr", G.network_cidr(r))
        d.t(" -j DROP\n-A INPUT -i lo -s ")
        d.l("private_ip", "127.0.0.1")
        d.t(" -j ACCEPT\nCOMMIT\n")
    elif style == "ufw":
        d.t("ufw allow from ")
        ctx.put(d, "ip", forms=["ipv4", "ipv6:compressed"])
        d.t(" to any port 5432 proto tcp\n")
        if ctx.opt(d, "ip", 0.5):
            ctx.put(d, "ip", forms=["ipv4", "ipv4:cidr"], before="ufw deny from ", after="\n")
        d.t("ufw allow from ")
        d.l("private_ip", G.private_ip(r))
        d.t(" to any port 9100\n# netmask ")
        d.l("netmask", "255.255.%d.0" % r.choice([255, 254, 252, 240]))
        d.t("\n")
    elif style == "netplan":
        d.t("# /etc/netplan/01-netcfg.yaml\nnetwork:\n  version: 2\n  ethernets:\n    eth0:\n      addresses:\n        - ")
        ctx.put(d, "ip", forms=["ipv4:cidr"], iface=True)
        d.t("\n")
        if ctx.opt(d, "ip", 0.5):
            ctx.put(d, "ip", forms=["ipv6:cidr"], iface=True, before="        - ", after="\n")
        d.t("      routes:\n        - to: 10.0.0.0/8\n          via: ")
        d.l("private_ip", "10.%d.%d.1" % (r.randint(0, 255), r.randint(0, 255)))
        d.t("\n      nameservers:\n        addresses: [")
        d.l("private_ip", G.private_host(r))
        d.t("]\n    eth1:\n      addresses: [")
        d.l("private_ip", "10.%d.%d.%d/24" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)))
        d.t("]\n")
    else:
        d.t("table inet filter {\n  set trusted_v4 {\n    type ipv4_addr\n    elements = { ")
        ctx.put(d, "ip", forms=["ipv4"])
        d.t(", ")
        d.l("private_ip", G.private_host(r))
        d.t(" }\n  }\n  set trusted_v6 {\n    type ipv6_addr\n    elements = { ")
        ctx.put(d, "ip", forms=["ipv6:compressed", "ipv6:full"])
        d.t(" }\n  }\n  # snmp ")
        d.l("snmp_oid", G.oid(r))
        d.t("\n}\n")
    if ctx.opt(d, "email", 0.3):
        ctx.put(d, "email", styles=["role"], where="company", before="# contact: ", after="\n")


def terraform(ctx, d):
    r = ctx.rng
    d.t('terraform {\n  required_version = ">= ')
    d.l("version", "1.%d.%d" % (r.randint(3, 9), r.randint(0, 5)))
    d.t('"\n}\n\n')
    _comment(ctx, d)
    d.t('resource "aws_security_group_rule" "office_ssh" {\n  type        = "ingress"\n  from_port   = 22\n'
        '  to_port     = 22\n  protocol    = "tcp"\n  cidr_blocks = ["')
    ctx.put(d, "ip", forms=["ipv4:cidr"])
    d.t('", "')
    d.l("private_ip", "10.%d.0.0/16" % r.randint(0, 255))
    d.t('"]\n')
    if r.random() < 0.2:
        d.t('  ipv6_cidr_blocks = ["')
        ctx.put(d, "ip", forms=["ipv6:cidr"])
        d.t('"]\n')
    d.t('}\n\nresource "hcloud_server" "web" {\n  name        = "web-%d"\n  image       = "ubuntu-22.04"\n' % r.randint(1, 9))
    if ctx.opt(d, "ip", 0.4):
        ctx.put(d, "ip", forms=["ipv4"], before='  ipv4_address = "', after='"\n')
    d.t('  labels = {\n    owner = "')
    if not ctx.opt(d, "email", 0.4) or not ctx.put(d, "email", styles=["personal", "role"], where="company"):
        d.l("git_remote", G.git_remote(r))
    d.t('"\n    commit = "')
    d.l("git_hash", G.githash(r, short=True))
    d.t('"\n  }\n}\n')


def kubernetes(ctx, d):
    r = ctx.rng
    d.t("apiVersion: v1\nkind: Service\nmetadata:\n  name: ingress-%s\n  annotations:\n    maintainer: \""
        % r.choice(["public", "edge", "api"]))
    if not ctx.opt(d, "email", 0.4) or not ctx.put(d, "email", styles=["role", "personal"], where="company"):
        d.t("platform-team")
    d.t("\"\n    description: \"" + js(ctx.sent(d, maxlen=140)) + "\"\n  uid: ")
    d.l("uuid", G.uuid(r))
    d.t("\nspec:\n  type: LoadBalancer\n  loadBalancerIP: ")
    ctx.put(d, "ip", forms=["ipv4"])
    d.t("\n  loadBalancerSourceRanges:\n")
    if ctx.opt(d, "ip", 0.5):
        ctx.put(d, "ip", forms=["ipv4:cidr", "ipv6:cidr"], before="    - \"", after="\"\n")
    d.t("    - \"")
    d.l("private_ip", "10.%d.0.0/16" % r.randint(0, 255))
    d.t("\"\n")
    if ctx.opt(d, "ip", 0.3):
        ctx.put(d, "ip", forms=["ipv4", "ipv6:compressed"], before="  externalIPs:\n    - ", after="\n")
    d.t("  ports:\n    - port: 443\n      targetPort: 8443\n  clusterIP: ")
    d.l("private_ip", "10.96.%d.%d" % (r.randint(0, 255), r.randint(1, 254)))
    d.t("\n---\n# image: nginx:")
    d.l("version", "1.%d.%d" % (r.randint(19, 27), r.randint(0, 5)))
    d.t("  source: ")
    d.l("git_remote", G.git_remote(r))
    d.t("\n")


# =========================================================== markdown table
def markdown_table(ctx, d):
    r = ctx.rng
    d.t(ctx.sent(d) + "\n\n")
    cols = _table_cols(ctx, d, r.choice([1, 2, 2]))
    header = [wd(d, "name")] + [wd(d, c) for c in cols] + [wd(d, "amount")]
    d.t("| " + " | ".join(header) + " |\n|" + "|".join("---" for _ in header) + "|\n")
    for i in range(r.choice([2, 2, 2, 3])):
        p = ctx.person(d)
        d.t("| " + p.name + " | ")
        for c in cols:
            if c == "email":
                ctx.put(d, "email", person=p, styles=["personal", "mixed-case", "subaddress"])
            elif c == "ip":
                ctx.put(d, "ip", forms=["ipv4", "ipv6:compressed"])
            else:
                ctx.put(d, c)
            d.t(" | ")
        d.l("price", G.price(r, d.lang))
        d.t(" |\n")
    d.t("\n" + ctx.sent(d) + " (")
    d.l("math", G.math_expr(r))
    d.t(")\n")


# =========================================================== mixed script
def mixed_script(ctx, d):
    r = ctx.rng
    p = ctx.person(d)
    d.t(ctx.sent(d) + "\n")
    d.t(p.name + " (" + p.ascii_name + ")\n")
    ctx.put(d, "email", person=p, styles=["personal", "mixed-case", "obfuscated-brackets", "role"],
            where=r.choice(["free", "company"]), before=wd(d, "email") + ": ", after="\n")
    ctx.put(d, "phone", before=wd(d, "mobile") + " / WhatsApp: ", after="\n")
    d.t(ctx.sent(d) + " ")
    k = ctx.flex(d, ["iban", "card", "email", "phone"])
    if k == "iban":
        ctx.put(d, "iban", before=wd(d, "iban") + ": ")
    elif k == "card":
        ctx.put(d, "card", before=wd(d, "card") + ": ")
    elif k == "email":
        ctx.put(d, "email", styles=["role", "subaddress"], where="company")
    else:
        ctx.put(d, "phone")
    d.t("\nTelegram: ")
    d.l("handle", G.handle(r, p))
    d.t(" · ")
    d.l("date", G.date_str(r, d.lang))
    d.t("\n")


# =========================================================== SFT records
def sft_record(ctx, d):
    r = ctx.rng
    p = ctx.person(d)
    if d.lang == "en":
        src, q, a = ctx.sft_en()
    elif d.lang == "zh" and r.random() < 0.7:
        src, q, a = ctx.sft_zh()
    else:
        src, q, a = None, ctx.sent(d), ctx.sent(d) + " " + ctx.sent(d)
    if src:
        d.sources.append(src)
    kinds = []
    for _ in range(r.choice([2, 2, 3, 3])):
        kinds.append(ctx.flex(d, [k for k in ["email", "phone", "card", "iban", "ip"] if k not in kinds]))
    style = r.choice(["alpaca_json", "chat", "sharegpt"])

    def details(esc):
        d.t(esc(wd(d, "details")) + ": " + esc(wd(d, "name")) + ": " + esc(p.name))
        for k in kinds:
            lab = {"email": "email", "phone": "phone", "card": "card", "iban": "iban", "ip": "ip"}[k]
            d.t(", " + esc(wd(d, lab)) + ": ")
            if k == "email":
                ctx.put(d, "email", person=p, styles=["personal", "subaddress", "mixed-case", "obfuscated-words"])
            else:
                ctx.put(d, k)
        if r.random() < 0.4:
            d.t(", " + esc(wd(d, "order")) + ": ")
            d.l("order_number", G.order_no(r))

    if style == "alpaca_json":
        d.t('{"instruction": "' + js(q) + '", "input": "')
        details(js)
        d.t('", "output": "' + js(a) + '"}\n')
    elif style == "sharegpt":
        d.t('{"id": "')
        d.l("uuid", G.uuid(r))
        d.t('", "conversations": [{"from": "human", "value": "' + js(q) + "\\n\\n")
        details(js)
        d.t('"}, {"from": "gpt", "value": "' + js(a) + '"}]}\n')
    else:
        d.t("### Instruction:\n" + q + "\n\n")
        details(lambda s: s)
        d.t("\n\n### Response:\n" + a + "\n")
        if r.random() < 0.4:
            d.t("\n(")
            d.l("math", G.math_expr(r))
            d.t(")\n")


GENRES = [
    ("email_thread", email_thread), ("html_source", html_source), ("json_api", json_api), ("ndjson", ndjson),
    ("csv_export", csv_export), ("tsv_export", tsv_export), ("vcard", vcard), ("contract", contract),
    ("legal_notice", legal_notice), ("paper_frontmatter", paper), ("classified_ad", classified),
    ("invoice", invoice), ("bank_transfer_slip", bank_slip), ("subtitles_srt", subtitles), ("sms_dump", sms_dump),
    ("nginx_conf", nginx_conf), ("apache_conf", apache_conf), ("firewall_rules", firewall),
    ("terraform", terraform), ("kubernetes_manifest", kubernetes), ("markdown_table", markdown_table),
    ("mixed_script", mixed_script), ("sft_record", sft_record),
]
