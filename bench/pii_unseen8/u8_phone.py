"""Part 2 of the unseen8 generator: rendering phone numbers the way people type them
per country (national layouts as written locally, +CC / 00CC international forms)."""
from u8_values import PLANS, gen_nsn

FW = str.maketrans("0123456789-+()", "０１２３４５６７８９－＋（）")
AR_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")


def _g(s, *sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def _sp(s, *sizes, sep=" "):
    return sep.join(_g(s, *sizes))


def _se_sub(s):
    return {6: lambda: _sp(s, 2, 2, 2), 7: lambda: _sp(s, 3, 2, 2), 8: lambda: _sp(s, 3, 3, 2)}[len(s)]()


def national_styles(pid, ptype, a, s):
    n = a + s
    if pid == "DE":
        return ["0%s %s" % (a, s), "0%s/%s" % (a, s), "0%s-%s" % (a, s), "(0%s) %s" % (a, s),
                "0%s %s" % (a, _sp(s, len(s) // 2))]
    if pid == "FR":
        return ["0" + n[0] + " " + _sp(n[1:], 2, 2, 2, 2), "0" + n[0] + "." + _sp(n[1:], 2, 2, 2, 2, sep="."),
                "0" + n]
    if pid == "RU":
        q = _sp(s, 3, 2, 2, sep="-")
        return ["8 (%s) %s" % (a, q), "8-%s-%s" % (a, q), "8 %s %s" % (a, _sp(s, 3, 2, 2)), "8" + n]
    if pid == "UA":
        return ["0%s %s" % (a, _sp(s, 3, 2, 2)), "(0%s) %s" % (a, _sp(s, 3, 2, 2, sep="-")),
                "0%s-%s" % (a, _sp(s, 3, 2, 2, sep="-")), "0" + n]
    if pid == "JP":
        ss = _sp(s, 4, 4, sep="-") if len(s) == 8 else _sp(s, 3, 4, sep="-")
        return ["0%s-%s" % (a, ss), "0%s-%s" % (a, ss), "(0%s) %s" % (a, ss),
                "0%s %s" % (a, ss.replace("-", " "))]
    if pid == "CN":
        if ptype == "mobile":
            return [_sp(n, 3, 4, 4), n, _sp(n, 3, 4, 4, sep="-")]
        return ["0%s-%s" % (a, s), "(0%s) %s" % (a, _sp(s, 4, 4)), "0%s %s" % (a, _sp(s, 4, 4))]
    if pid == "KR":
        ss = _sp(s, 4, 4, sep="-") if len(s) == 8 else _sp(s, 3, 4, sep="-")
        return ["0%s-%s" % (a, ss), "0%s-%s" % (a, ss), "0%s %s" % (a, ss.replace("-", " ")), "0" + n]
    if pid in ("SA", "AE"):
        return ["0%s %s" % (a, _sp(s, 3, 4)), "0%s-%s" % (a, s), "0" + n, "0%s %s" % (a, _sp(s, 3, 4))]
    if pid == "EG":
        if ptype == "mobile":
            return ["0%s %s" % (a, _sp(s, 4, 4)), "0" + n, "0%s %s" % (n[:3], _sp(n[3:], 3, 4))]
        return ["0%s %s" % (a, _sp(s, 4, 4) if len(s) == 8 else _sp(s, 3, 4)), "(0%s) %s" % (a, s)]
    if pid == "TR":
        return ["0%s %s" % (a, _sp(s, 3, 2, 2)), "0 (%s) %s" % (a, _sp(s, 3, 2, 2)),
                "0%s %s" % (a, _sp(s, 3, 4)), "0" + n, "(0%s) %s" % (a, _sp(s, 3, 2, 2))]
    if pid == "VN":
        if ptype == "mobile":
            return ["0" + _sp(n, 3, 3, 3), "0" + _sp(n, 2, 3, 4), "0" + _sp(n, 3, 3, 3, sep="."), "0" + n]
        return ["0%s %s" % (a, _sp(s, 4, 4) if len(s) == 8 else _sp(s, 3, 4)),
                "(0%s) %s" % (a, _sp(s, 4, 4) if len(s) == 8 else _sp(s, 3, 4))]
    if pid == "ID":
        if ptype == "mobile":
            return ["0" + _sp(n, 3, 4, sep="-"), "0" + _sp(n, 3, 4), "0" + n]
        return ["(0%s) %s" % (a, _sp(s, 4, 4) if len(s) == 8 else s), "0%s-%s" % (a, s)]
    if pid == "RO":
        if ptype == "mobile":
            return ["0%s %s" % (a, _sp(s, 3, 3)), "0%s.%s" % (a, _sp(s, 3, 3, sep=".")),
                    "0%s-%s" % (a, _sp(s, 3, 3, sep="-")), "0" + n]
        if len(a) == 2:
            return ["0%s %s" % (a, _sp(s, 3, 2, 2)), "0%s.%s" % (a, _sp(s, 3, 2, 2, sep="."))]
        return ["0%s %s" % (a, _sp(s, 3, 3)), "0%s/%s" % (a, s)]
    if pid == "CZ":
        return [_sp(n, 3, 3, 3), _sp(n, 3, 3, 3), n]
    if pid == "SE":
        return ["0%s-%s" % (a, _se_sub(s)), "0%s %s" % (a, _se_sub(s)), "0" + n, "0%s-%s" % (a, s)]
    if pid == "GR":
        if ptype == "mobile":
            return [_sp(n, 3, 3, 4), n, _sp(n, 3, 7)]
        return [_sp(n, len(a), 3, 4) if len(a) == 3 else _sp(n, 4, 6), "%s-%s" % (a, s)]
    if pid == "US":
        return ["(%s) %s-%s" % (a, s[:3], s[3:]), "%s-%s-%s" % (a, s[:3], s[3:]),
                "%s.%s.%s" % (a, s[:3], s[3:]), "%s %s %s" % (a, s[:3], s[3:])]
    if pid == "GB":
        if ptype == "mobile":
            return ["0%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:]), "0" + n]
        if len(a) == 2:
            return ["0%s %s" % (a, _sp(s, 4, 4)), "(0%s) %s" % (a, _sp(s, 4, 4))]
        if len(a) == 3:
            return ["0%s %s" % (a, _sp(s, 3, 4)), "(0%s) %s" % (a, _sp(s, 3, 4))]
        return ["0%s %s" % (a, s)]
    raise KeyError(pid)


def intl_styles(pid, ptype, a, s):
    cc = PLANS[pid]["cc"]
    n = a + s
    if pid == "DE":
        return ["+49 %s %s" % (a, s), "+49 (0)%s %s" % (a, s), "+49 %s %s" % (a, _sp(s, len(s) // 2)),
                "+49-%s-%s" % (a, s)]
    if pid == "FR":
        return ["+33 " + " ".join([n[0]] + _g(n[1:], 2, 2, 2, 2)),
                "+33 (0)" + " ".join([n[0]] + _g(n[1:], 2, 2, 2, 2))]
    if pid == "RU":
        return ["+7 (%s) %s" % (a, _sp(s, 3, 2, 2, sep="-")), "+7 %s %s" % (a, _sp(s, 3, 2, 2, sep="-")),
                "+7 %s %s" % (a, _sp(s, 3, 2, 2))]
    if pid == "UA":
        return ["+380 %s %s" % (a, _sp(s, 3, 2, 2)), "+38 (0%s) %s" % (a, _sp(s, 3, 2, 2, sep="-")),
                "+380 (%s) %s" % (a, _sp(s, 3, 2, 2, sep="-"))]
    if pid in ("JP", "KR"):
        ss = _sp(s, 4, 4, sep="-") if len(s) == 8 else _sp(s, 3, 4, sep="-")
        return ["+%s %s-%s" % (cc, a, ss), "+%s-%s-%s" % (cc, a, ss), "+%s %s %s" % (cc, a, ss.replace("-", " "))]
    if pid == "CN":
        if ptype == "mobile":
            return ["+86 " + _sp(n, 3, 4, 4), "+86 " + n, "+86-" + _sp(n, 3, 4, 4, sep="-")]
        return ["+86 %s %s" % (a, _sp(s, 4, 4)), "+86-%s-%s" % (a, s)]
    if pid in ("SA", "AE"):
        return ["+%s %s %s" % (cc, a, _sp(s, 3, 4)), "+%s-%s-%s" % (cc, a, s)]
    if pid == "EG":
        if ptype == "mobile":
            return ["+20 %s %s" % (a, _sp(s, 4, 4)), "+20 %s %s" % (n[:3], _sp(n[3:], 3, 4))]
        return ["+20 %s %s" % (a, _sp(s, 4, 4) if len(s) == 8 else _sp(s, 3, 4))]
    if pid == "TR":
        return ["+90 %s %s" % (a, _sp(s, 3, 2, 2)), "+90 (%s) %s" % (a, _sp(s, 3, 2, 2)),
                "+90 %s %s" % (a, _sp(s, 3, 4))]
    if pid == "VN":
        if ptype == "mobile":
            return ["+84 " + _sp(n, 3, 3, 3), "+84 " + _sp(n, 2, 3, 4), "(+84) " + _sp(n, 3, 3, 3)]
        return ["+84 %s %s" % (a, _sp(s, 4, 4) if len(s) == 8 else _sp(s, 3, 4))]
    if pid == "ID":
        if ptype == "mobile":
            return ["+62 " + _sp(n, 3, 4, sep="-"), "+62 " + _sp(n, 3, 4)]
        return ["+62 %s %s" % (a, _sp(s, 4, 4) if len(s) == 8 else s)]
    if pid == "RO":
        if ptype == "mobile":
            return ["+40 %s %s" % (a, _sp(s, 3, 3)), "+40 (0)%s %s" % (a, _sp(s, 3, 3))]
        return ["+40 %s %s" % (a, _sp(s, 3, 2, 2) if len(a) == 2 else _sp(s, 3, 3))]
    if pid == "CZ":
        return ["+420 " + _sp(n, 3, 3, 3), "+420 " + _sp(n, 3, 3, 3)]
    if pid == "SE":
        return ["+46 %s %s" % (a, _se_sub(s)), "+46 (0)%s-%s" % (a, _se_sub(s))]
    if pid == "GR":
        return ["+30 " + (_sp(n, 3, 3, 4) if len(a) == 3 else _sp(n, 4, 6)), "+30 " + n]
    if pid == "US":
        return ["+1 %s %s %s" % (a, s[:3], s[3:]), "+1 (%s) %s-%s" % (a, s[:3], s[3:]),
                "+1-%s-%s-%s" % (a, s[:3], s[3:])]
    if pid == "GB":
        if ptype == "mobile":
            return ["+44 %s %s" % (n[:4], n[4:]), "+44 (0)%s %s" % (n[:4], n[4:]),
                    "+44 %s %s %s" % (n[:4], n[4:7], n[7:])]
        sub = _sp(s, 4, 4) if len(a) == 2 else (_sp(s, 3, 4) if len(a) == 3 else s)
        return ["+44 %s %s" % (a, sub), "+44 (0)%s %s" % (a, sub)]
    raise KeyError(pid)


def render_phone(rng, pid, ptype, form, script=None, nsn=None):
    """Returns (value, meta).  form: national | intl-plus | intl-00 | e164 | intl-noplus."""
    if pid == "US":
        ptype = "mobile"
    if ptype == "fixed" and not PLANS[pid]["fixed"]:
        ptype = "mobile"
    a, s = nsn if nsn else gen_nsn(rng, pid, ptype)
    cc = PLANS[pid]["cc"]
    if form == "national":
        v = rng.choice(national_styles(pid, ptype, a, s))
    elif form == "intl-plus":
        v = rng.choice(intl_styles(pid, ptype, a, s))
    elif form == "intl-00":
        plain = [x for x in intl_styles(pid, ptype, a, s) if "(" not in x and x.startswith("+" + cc + " ")]
        v = "00" + plain[0][1:]
    elif form == "e164":
        v = "+" + cc + a + s
    elif form == "intl-noplus":
        v = cc + a + s
    else:
        raise KeyError(form)
    if script == "fullwidth":
        v = v.translate(FW)
    elif script == "arabic-indic":
        v = v.translate(AR_INDIC)
    meta = {"area": a, "sub": s, "plan": pid, "ptype": "mobile" if pid == "US" else ptype, "form": form,
            "nsn": a + s, "script": script}
    return v, meta
