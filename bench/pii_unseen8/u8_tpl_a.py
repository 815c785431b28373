"""Part 6a of the unseen8 generator: chat-assistant conversations (SFT style) and CVs / resumes."""
from u8_doc import Sp, Lk
import u8_look as LK

MARKERS = [("User: ", "\n\nAssistant: "), ("### Human: ", "\n### Assistant: "),
           ("<|user|>\n", "\n<|assistant|>\n"), ("[INST] ", " [/INST] "), ("USER: ", "\nASSISTANT: ")]


def again(sp, fmt=None):
    return Sp(sp.kind, sp.value, fmt or sp.fmt, dict(sp.meta))


def bank_mode(d):
    modes = d.L["bank_modes"]
    if "iban" in modes and d.country in ("DE", "FR", "RO", "CZ", "SE", "GR", "TR", "UA", "SA", "AE", "GB"):
        return "iban"
    return "card" if "card" in modes else "iban"


def birth(d):
    y, m, dd = d.rng.randint(1968, 2003), d.rng.randint(1, 12), d.rng.randint(1, 28)
    return Lk("date", LK.fmt_date(d.rng, d.lang, d.country, y, m, dd))


def year_range(d):
    y = d.rng.randint(2008, 2021)
    return Lk("date", "%d–%d" % (y, y + d.rng.randint(1, 4)))


# ------------------------------------------------------------------ CV header in national layouts

def cv_block(d, p, ph, em, echo=False):
    """Writes a CV header + body.  ph / em may be None (negative documents)."""
    r, P, lang = d.rng, d.P, d.lang
    tel = (lambda lab: (lab, ph)) if ph is not None else (lambda lab: None)
    if lang == "ja":
        d.w(P["cv_title"], "　　", d.date(), " 現在\n")
        d.w("ふりがな\t", p.kana_sur, "　", p.kana_given, "\n", "氏名\t", p.name, "\n")
        d.w("生年月日\t", birth(d), "\n")
        d.w("現住所\t", Lk("postal-code-jp", LK.jp_postcode(r)), " ", d.addr(), "\n")
        if ph is not None:
            d.w(r.choice(["電話\t", "携帯電話\t", "連絡先\t"]), ph, "\n")
        if em is not None:
            d.w(r.choice(["E-mail\t", "メール\t"]), em, "\n")
    elif lang == "zh":
        d.w(P["cv_title"], "\n", "姓名：", p.name, "　　性别：", "男" if p.gender == "m" else "女", "\n")
        d.w("出生日期：", birth(d), "\n")
        if ph is not None:
            d.w(r.choice(["手机：", "联系电话：", "电话："]), ph, "\n")
        if em is not None:
            d.w(r.choice(["邮箱：", "E-mail："]), em, "\n")
        d.w("现居地址：", d.addr(), "\n")
    elif lang == "ko":
        d.w(P["cv_title"], "\n\n[인적사항]\n", "성명: ", p.name, "\n", "생년월일: ", birth(d), "\n")
        if ph is not None:
            d.w(r.choice(["휴대폰: ", "연락처: ", "전화: "]), ph, "\n")
        if em is not None:
            d.w(r.choice(["이메일: ", "E-mail: "]), em, "\n")
        d.w("주소: ", d.addr(), "\n")
    elif lang in ("ru", "uk"):
        d.w(P["cv_title"], "\n", p.name, "\n", P["dob"], ": ", birth(d), "\n")
        if ph is not None:
            d.w(r.choice([d.lab("tel"), d.lab("mob"), ""]), ph, r.choice(["", " (WhatsApp, Telegram)"]), "\n")
        if em is not None:
            d.w(d.lab("mail"), em, "\n")
        d.w(P["addr_w"], ": ", d.addr(), "\n")
    elif lang == "de" or r.random() < 0.5:
        d.w(P["cv_title"], "\n\n", P["cv_personal"], "\n", P["name_w"], ":\t", p.name, "\n")
        d.w(P["addr_w"], ":\t", d.addr(), "\n")
        if ph is not None:
            d.w(d.lab("tel").rstrip() + "\t", ph, "\n")
        if em is not None:
            d.w(d.lab("mail").rstrip() + "\t", em, "\n")
        d.w(P["dob"], ":\t", birth(d), "\n")
    else:  # modern one-line header, values without labels
        d.w(p.name.upper() if lang not in ("ar", "el") else p.name, "\n")
        sep = r.choice([" · ", " | ", " • "])
        d.w(d.addr().split(",")[-1].strip())
        if ph is not None:
            d.w(sep, ph)
        if em is not None:
            d.w(sep, em)
        d.w("\n")
    if r.random() < 0.3:
        d.w(r.choice(["GitHub: ", "Twitter: ", "Telegram: ", "Instagram: "]),
            Lk("social-handle", LK.social_handle(r, p.given_l + "." + p.sur_l)), "\n")
    d.w("\n", P["cv_profile"], "\n", d.sent(), "\n\n", P["cv_exp"], "\n")
    if r.random() < 0.35:
        d.w(year_range(d), "  ")
    d.w(d.org().name, "\n")


def _turn(d):
    return d.rng.choice(MARKERS)


# ------------------------------------------------------------------ chat templates

def chat_cv(d):
    d.local = d.rng.random() < 0.6
    p = d.person()
    ph, em = d.phone("mobile"), d.email(p, ctx="mail")
    u, a = _turn(d)
    d.w(u, d.P["chat_cv"], "\n\n")
    cv_block(d, p, ph, em)
    d.w(a, d.P["a_lead"], "\n\n**", p.name, "**\n")
    r = d.rng.random()
    if r < 0.5:
        d.w(d.lab("mob"), d.phone_again(ph), " · ", d.lab("mail"), again(em))
    else:
        d.w(d.phone_again(ph), " | ", again(em))
    d.w("\n")


def chat_mail(d):
    d.local = d.rng.random() < 0.5
    p = d.person()
    ph, em = d.phone(d.ch(["mobile", "mobile", "fixed"])), d.email(p, ctx="mail")
    u, a = _turn(d)
    d.w(u, d.P["chat_mail"], "\n\n")
    if d.rng.random() < 0.35:
        d.w("From: ", p.latin_name, " <", again(em, "display-name"), ">\n\n")
    d.w(d.P["greet"], "\n", d.sent(), "\n\n", d.P["regards"], "\n", p.name, "\n")
    if d.rng.random() < 0.5:
        d.w(d.lab("tel"), ph, "\n", d.lab("mail"), em, "\n")
    else:
        d.w(ph, "\n", em, "\n")
    ib = None
    if bank_mode(d) == "iban" and d.rng.random() < 0.45:
        ib = d.iban()
        d.w(d.lab("iban"), ib, "\n")
    d.w(a, d.P["a_lead2"], "\n\n", d.P["greet"], "\n")
    if d.rng.random() < 0.6:
        d.w(d.sent(), "\n")
    d.w("\n", d.P["regards"], "\n", p.name, "\n", d.lab("tel"), d.phone_again(ph) if d.rng.random() < 0.5 else again(ph),
        "\n", again(em), "\n")
    if ib is not None:
        d.w(d.lab("iban"), again(ib), "\n")


def chat_complaint(d):
    d.local = True
    p = d.person()
    u, a = _turn(d)
    d.w(u, d.P["chat_compl"], "\n")
    order = Lk("order-number", LK.order_number(d.rng, d.country))
    d.w("- ", d.P["order_no"], ": ", order, "\n- ", d.P["total"], ": ", d.price(), "\n- ", d.P["paid"], ": ",
        d.P["card_word"], " ")
    card = None
    if d.rng.random() < 0.65:
        card = d.card()
        d.w(card)
    else:
        d.w(Lk("masked-card", LK.masked_card(d.rng)))
    if bank_mode(d) == "iban" and d.rng.random() < 0.5:
        d.w("\n- ", d.lab("iban"), d.iban())
    d.w("\n- ", d.sent(), "\n")
    ph, em = d.phone("mobile"), d.email(p, ctx="mail")
    d.w(p.name, ", ", ph, ", ", em, "\n")
    d.w(a, d.P["a_lead2"], "\n\n", d.P["greet"], "\n\n", d.P["order_no"], ": ", Lk("order-number", order.value), "\n")
    if card is not None and d.rng.random() < 0.6:
        d.w(d.P["card_word"], ": ", d.card_again(card), "\n")
    if d.rng.random() < 0.5:
        d.w(d.sent(), "\n")
    d.w("\n", d.P["regards"], "\n", p.name, "\n", d.lab("mail"), again(em), "\n", d.lab("tel"), again(ph), "\n")


def chat_form(d):
    d.local = d.rng.random() < 0.6
    p = d.person()
    ph, em = d.phone("mobile"), d.email(p, ctx="mail")
    mode = bank_mode(d)
    u, a = _turn(d)
    d.w(u, d.sent(), "\n", d.P["chat_form"], "\n\n")
    addr = d.addr_w()
    d.w(p.name, ", ", birth(d), ", ", addr, ", ", ph, ", ", em)
    pay = None
    if mode == "iban" and d.rng.random() < 0.8:
        pay = d.iban()
        d.w(", IBAN ", pay)
    elif d.rng.random() < 0.7:
        pay = d.card()
        d.w(", ", pay)
    d.w("\n", a, d.P["a_lead"], "\n\n")
    P = d.P
    d.w(P["name_w"], ": ", p.name, "\n", P["addr_w"], ": ", addr, "\n", d.lab("tel"), d.phone_again(ph), "\n",
        d.lab("mail"), again(em), "\n")
    if pay is not None and pay.kind == "iban":
        d.w(d.lab("iban"), d.iban_again(pay), "\n")
    elif pay is not None:
        d.w(d.lab("card"), d.card_again(pay), "\n")


def chat_bank(d):
    d.local = d.rng.random() < 0.6
    mode = bank_mode(d)
    u, a = _turn(d)
    dest = d.iban() if mode == "iban" else d.card()
    d.w(u)
    d.fill(d.P["chat_bank"][mode], amt=d.price(3.0), dest=dest)
    d.w("\n", d.sent())
    if mode == "iban" and d.rng.random() < 0.4:
        d.w("\n", d.lab("iban"), d.iban(), " (", d.L["P"]["name_w"], ": ", d.person().name, ")")
    d.w(a)
    d.fill(d.P["a_bank"][mode], dest=(d.iban_again(dest) if mode == "iban" else d.card_again(dest)))
    if d.rng.random() < 0.45:
        bad = Lk("iban-bad-checksum", LK.iban_bad(d.rng, dest.meta["cc"])) if mode == "iban" else \
            Lk("luhn-fail-16", LK.luhn_fail(d.rng))
        d.w("\n\n")
        d.fill(d.P["a_bad"][mode], bad=bad)
    if d.rng.random() < 0.3:
        d.w("\n\n", d.sent())


# ------------------------------------------------------------------ CV genre

def cv_doc(d):
    d.local = d.rng.random() < 0.7
    p = d.person()
    ph = d.phone("mobile")
    em = d.email(p, ctx="cv")
    cv_block(d, p, ph, em)
    if d.rng.random() < 0.5:
        d.w("\n", d.sent(), "\n")


# ------------------------------------------------------------------ negatives (no span at all)

def neg_chat(d):
    u, a = _turn(d)
    r = d.rng.random()
    d.w(u, d.sent(), "\n")
    if r < 0.35:
        d.w(Lk("math-expression", LK.math_expr(d.rng)), " ?\n", a,
            Lk("math-expression", LK.math_expr(d.rng)), "\n")
    elif r < 0.7:
        cc = d.iban_cc() if bank_mode(d) == "iban" else None
        bad = Lk("iban-bad-checksum", LK.iban_bad(d.rng, cc)) if cc else Lk("luhn-fail-16", LK.luhn_fail(d.rng))
        d.w(bad, " ?\n", a)
        d.fill(d.P["a_bad"]["iban" if cc else "card"], bad=Lk(bad.name, bad.value))
        d.w("\n", d.P["card_word"], ": ", Lk("masked-card", LK.masked_card(d.rng)), "\n")
    else:
        d.w("Windows ", Lk("version-4part", LK.version4(d.rng)), ", Python ", Lk("version", LK.version(d.rng)),
            "\n", a, d.sent(), "\n", "pip install requests==", Lk("version", "2.31.0"), "\n")


def neg_cv(d):
    p = d.person()
    cv_block(d, p, None, None)
    d.w(d.P["no_contact"], "\n")
