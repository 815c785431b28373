"""Part 7 of the unseen8 generator: checks that fail the run.

Per document: offsets/values, no overlap, no gluing, per-kind validity (Luhn, ISO 13616 mod-97 +
national check digits, ipaddress, phone digit counts per numbering plan) and a scan of the whole
text for unannotated e-mail-like strings, obfuscated addresses, public IPv4/IPv6, valid IBANs and
Luhn-valid card numbers of a known brand."""
import ipaddress
import re

from u8_values import (luhn_ok, card_brand_of, TEST_CARDS, mod97_ok, IBAN_LEN, national_check_ok, ip_public_ok,
                       parse_phone, phone_nsn_ok)
from u8_doc import KINDS

NOTE_RE = re.compile(r"^[^;]+; (labelled|no deciding word); (chat|cv|dev|ecommerce|classified|html)/[a-z-]+$")
EMAIL_FULL = re.compile(r"^[A-Za-z0-9._%+-]+@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}$")
EMAIL_SCAN = re.compile(r"[\w.+%-]+@[\w-]+(?:\.[\w-]+)+")
OBF_SCAN = re.compile(r"[\[(]\s*(?:at|AT|zavináč|snabel-a|собака|arobase)\s*[\])]|＠|★|\w#[\w-]+\.[a-z]{2,}"
                      r"|\s(?:at|AT)\s\S+\s(?:dot|DOT)\s|\sAT\s[\w-]+\.[a-z]")
IPV4_SCAN = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d]|\.\d)")
IPV6_SCAN = re.compile(r"(?<![\w:.])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])")
IBAN_START = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}")
DIGIT_RUN = re.compile(r"(?<![\d])\d(?:[ -]?\d)*(?![\d])")
TEST_SET = {n for n, _ in TEST_CARDS}


class CheckError(AssertionError):
    pass


def _fail(i, msg):
    raise CheckError("doc %d: %s" % (i, msg))


def _glued(text, s, e, kind, value):
    c = text[s - 1] if s > 0 else " "
    n = text[e] if e < len(text) else " "
    n2 = text[e + 1] if e + 1 < len(text) else " "
    if c.isalnum() or n.isalnum() or c == "_" or n == "_":
        return True
    if n == "." and not (n2.isspace() or n2 in "\"'"):
        return True
    if kind == "email" and (c in ".+-%@" or n in "-+@"):
        return True
    if kind == "phone" and (c in "+" or n in "+"):
        return True
    if kind == "ip" and ":" in value and (c == ":" or n == ":"):
        return True
    if kind == "ip" and ":" not in value and c == ".":
        return True
    if kind in ("card", "iban") and (c == "-" or n == "-"):
        return True
    return False


def check_span(i, text, sp, meta):
    v, kind = sp["value"], sp["kind"]
    fmt = sp["note"].split("; ")[0]
    if kind == "email":
        if fmt == "obfuscated":
            if "@" in v or not OBF_SCAN.search(" " + v + " "):
                _fail(i, "obfuscated e-mail without marker: %r" % v)
        else:
            if not EMAIL_FULL.match(v):
                _fail(i, "bad e-mail %r" % v)
            dom = v.split("@", 1)[1]
            dom.encode("idna")
            if fmt == "idn" and dom.isascii():
                _fail(i, "idn form without non-ASCII domain %r" % v)
            if fmt == "mixed-case" and v == v.lower():
                _fail(i, "mixed-case form is lower case %r" % v)
            if fmt == "subaddress" and "+" not in v.split("@")[0]:
                _fail(i, "subaddress without + %r" % v)
    elif kind == "ip":
        if not ip_public_ok(v):
            _fail(i, "ip not public %r" % v)
        ver = ipaddress.ip_address(v).version
        if (ver == 4) != (fmt == "ipv4") or (fmt == "ipv6 compressed" and "::" not in v):
            _fail(i, "ip format mismatch %r %s" % (v, fmt))
    elif kind == "card":
        digits = v.replace(" ", "").replace("-", "")
        if not digits.isdigit() or not luhn_ok(digits):
            _fail(i, "card fails Luhn %r" % v)
        if card_brand_of(digits) != meta.meta["brand"]:
            _fail(i, "card brand mismatch %r %s %s" % (v, card_brand_of(digits), meta.meta["brand"]))
        if ("test-number" in fmt) != (digits in TEST_SET):
            _fail(i, "test-number flag mismatch %r" % v)
        if ("compact" in fmt) != (v == digits):
            _fail(i, "card grouping mismatch %r" % v)
    elif kind == "iban":
        comp = v.replace(" ", "")
        cc = comp[:2]
        if not mod97_ok(comp) or len(comp) != IBAN_LEN.get(cc, -1):
            _fail(i, "iban invalid %r" % v)
        if national_check_ok(comp) is False:
            _fail(i, "iban national check digits wrong %r" % v)
        if ("compact" in fmt) != (v == comp):
            _fail(i, "iban grouping mismatch %r" % v)
    elif kind == "phone":
        m = meta.meta
        nsn = parse_phone(v, m["plan"], m["ptype"], m["form"])
        if nsn != m["nsn"] or not phone_nsn_ok(m["plan"], m["ptype"], nsn):
            _fail(i, "phone digits wrong for plan %r %s nsn=%s" % (v, fmt, nsn))
    else:
        _fail(i, "unknown kind %r" % kind)


LAB_KIND = {"tel": "phone", "mob": "phone", "fax": "phone", "mail": "email", "card": "card", "ip": "ip",
            "iban": "iban"}


def check_labels(LOC):
    """Every field label of every language must be recognised as naming its kind, and the
    contact phrases that do not name a kind (e.g. 'Call or text', 'Звоните:') must not be."""
    from u8_doc import is_labelled
    for lang, L in LOC.items():
        for key, kind in LAB_KIND.items():
            for lab in L["lab"][key]:
                t = lab + "X"
                if not is_labelled(t, len(lab), kind):
                    raise CheckError("label %r (%s) not recognised for %s" % (lab, lang, kind))
        t = L["P"]["card_word"] + " X"
        if not is_labelled(t, len(t) - 1, "card"):
            raise CheckError("card word %r (%s) not recognised" % (L["P"]["card_word"], lang))
        for phrase in (L["P"]["ad_contact"], "WhatsApp:", "Viber:", "Telegram:"):
            t = phrase + " X"
            if is_labelled(t, len(t) - 1, "phone"):
                raise CheckError("contact phrase %r (%s) counted as a label" % (phrase, lang))


def _covered(s, e, ranges):
    return any(a < e and s < b for a, b in ranges)


def scan_text(i, text, rec):
    spans, looks = rec["spans"], rec["lookalikes"]
    by = {k: [(x["start"], x["end"]) for x in spans if x["kind"] == k] for k in KINDS}
    lk = [(x["start"], x["end"]) for x in looks]
    exact = {(x["start"], x["end"], x["kind"]) for x in spans}
    for m in EMAIL_SCAN.finditer(text):
        if not _covered(m.start(), m.end(), by["email"] + lk):
            _fail(i, "unannotated e-mail-like string %r" % m.group())
    for m in OBF_SCAN.finditer(text):
        if not _covered(m.start(), m.end(), by["email"]):
            _fail(i, "unannotated obfuscated e-mail marker %r" % text[max(0, m.start() - 15):m.end() + 15])
    for m in IPV4_SCAN.finditer(text):
        try:
            ok = ip_public_ok(m.group())
        except ValueError:
            continue
        if ok and (m.start(), m.end(), "ip") not in exact:
            _fail(i, "unannotated public IPv4 %r" % m.group())
    for m in IPV6_SCAN.finditer(text):
        tok = m.group()
        try:
            ok = ip_public_ok(tok)
        except ValueError:
            continue
        if ok and (m.start(), m.end(), "ip") not in exact:
            _fail(i, "unannotated public IPv6 %r" % tok)
    for m in IBAN_START.finditer(text):
        cc = m.group()[:2]
        chars, j, end_at = [], m.start(), {}
        while j < len(text) and len(chars) < 34:
            ch = text[j]
            if ch.isascii() and ch.isalnum():
                chars.append(ch)
                end_at[len(chars)] = j + 1
            elif ch == " " and j + 1 < len(text) and text[j + 1].isascii() and text[j + 1].isalnum():
                pass
            else:
                break
            j += 1
        lens = [IBAN_LEN[cc]] if cc in IBAN_LEN else range(15, 35)
        for L in lens:
            if L <= len(chars) and mod97_ok("".join(chars[:L])):
                if (m.start(), end_at[L], "iban") not in exact:
                    _fail(i, "unannotated valid IBAN %r" % "".join(chars[:L]))
    for m in DIGIT_RUN.finditer(text):
        digits = re.sub(r"\D", "", m.group())
        if 13 <= len(digits) <= 19 and luhn_ok(digits) and card_brand_of(digits):
            # allowed: the digit tail of a labelled IBAN / phone, or a run inside a look-alike
            if not _covered(m.start(), m.end(), by["card"] + by["iban"] + by["phone"] + lk):
                _fail(i, "unannotated Luhn-valid card-like number %r" % m.group())
    # the scanners must also find every labelled ip / card / e-mail exactly where it is annotated
    v4 = {(m.start(), m.end()) for m in IPV4_SCAN.finditer(text)}
    v6 = {(m.start(), m.end()) for m in IPV6_SCAN.finditer(text)}
    runs = {(m.start(), m.end()) for m in DIGIT_RUN.finditer(text)}
    mails = {(m.start(), m.end()) for m in EMAIL_SCAN.finditer(text)}
    for x in spans:
        se = (x["start"], x["end"])
        if x["kind"] == "ip" and se not in v4 | v6:
            _fail(i, "ip span not delimited as an address %r" % x["value"])
        if x["kind"] == "card" and se not in runs:
            _fail(i, "card span is not a whole digit run %r" % x["value"])
        if x["kind"] == "email" and "@" in x["value"] and se not in mails:
            _fail(i, "e-mail span not delimited as an address %r" % x["value"])
    # every occurrence of a span value must itself be annotated
    for x in spans:
        for m in re.finditer(re.escape(x["value"]), text):
            if not _covered(m.start(), m.end(), by[x["kind"]] + lk):
                _fail(i, "second, unannotated occurrence of %r" % x["value"])


def check_doc(i, rec, metas):
    text = rec["text"]
    assert set(rec) == {"text", "language", "url", "spans", "lookalikes"}
    allr = []
    for sp, meta in zip(rec["spans"], metas):
        s, e = sp["start"], sp["end"]
        if text[s:e] != sp["value"]:
            _fail(i, "offset mismatch %r" % sp)
        if sp["kind"] not in KINDS or not NOTE_RE.match(sp["note"]):
            _fail(i, "bad kind/note %r" % sp)
        if sp["value"] != sp["value"].strip() or sp["value"].startswith(("mailto:", "<", "[", '"')):
            _fail(i, "span covers more than the value %r" % sp)
        if _glued(text, s, e, sp["kind"], sp["value"]):
            _fail(i, "value glued to neighbour %r in %r" % (sp["value"], text[max(0, s - 5):e + 5]))
        check_span(i, text, sp, meta)
        allr.append((s, e, sp["value"]))
    for lk in rec["lookalikes"]:
        s, e = lk["start"], lk["end"]
        if text[s:e] != lk["value"]:
            _fail(i, "look-alike offset mismatch %r" % lk)
        if lk["name"] == "luhn-fail-16" and luhn_ok(re.sub(r"\D", "", lk["value"])):
            _fail(i, "luhn-fail look-alike passes Luhn %r" % lk)
        if lk["name"] == "iban-bad-checksum" and mod97_ok(lk["value"]):
            _fail(i, "bad-IBAN look-alike passes mod-97 %r" % lk)
        if lk["name"] == "masked-card" and not re.search(r"[*X•]", lk["value"]):
            _fail(i, "masked card without mask %r" % lk)
        allr.append((s, e, lk["value"]))
    allr.sort()
    for (a, b, v), (c, d, w) in zip(allr, allr[1:]):
        if c < b:
            _fail(i, "overlap %r / %r" % (v, w))
    scan_text(i, text, rec)
