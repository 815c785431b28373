#!/usr/bin/env python3
"""Generator of the unseen8 PII test set (bench/pii_unseen8/unseen8.jsonl + README.md).

Standard library only, fixed seed 88008, byte-identical output on every run.
Run from the repository root:  python3 bench/pii_unseen8/make_unseen8.py

The generator is split in parts (all in this folder):
  u8_values.py  value generators/validators (Luhn, IBAN + national check digits, IP prefixes, numbering plans)
  u8_phone.py   phone rendering per country (national layouts, +CC / 00CC)
  u8_loc_a.py / u8_loc_b.py   per-language names, providers, labels, phrases
  u8_look.py    look-alikes, dates, prices
  u8_doc.py     document builder (offsets by construction, label detection)
  u8_tpl_a.py / u8_tpl_b.py / u8_tpl_c.py   genre templates
  u8_checks.py  checks that fail the run
  u8_readme.py  README writer
"""
import hashlib
import json
import os
import random
import re
import sys

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

from u8_loc_a import LOC_A  # noqa: E402
from u8_loc_b import LOC_B  # noqa: E402
from u8_doc import Doc, KINDS  # noqa: E402
import u8_tpl_a as TA  # noqa: E402
import u8_tpl_b as TB  # noqa: E402
import u8_tpl_c as TC  # noqa: E402
from u8_checks import check_doc, check_labels  # noqa: E402
import u8_readme  # noqa: E402

SEED = 88008
LANGS = ["de", "fr", "ru", "uk", "ja", "zh", "ko", "ar", "tr", "vi", "id", "ro", "cs", "sv", "el", "en"]
N_PER_LANG = {**{l: 20 for l in LANGS}, "en": 100}
N_NEG = 48
SENT_DIR = "/work/shared/data/lingua-py/language-testdata/sentences"
OUT_JSONL = os.path.join(HERE, "unseen8.jsonl")
OUT_README = os.path.join(HERE, "README.md")

LOC = {**LOC_A, **LOC_B}

# (template, genre, weight) -- positives
TEMPLATES = [
    (TA.chat_cv, "chat/cv-paste", 5), (TA.chat_mail, "chat/email-draft", 5),
    (TA.chat_complaint, "chat/complaint", 7), (TA.chat_form, "chat/form-fill", 8),
    (TA.chat_bank, "chat/bank-transfer", 12),
    (TA.cv_doc, "cv/resume", 9),
    (TC.dev_connstring, "dev/connection-string", 3), (TC.dev_gitconfig, "dev/git-config", 2),
    (TC.dev_env, "dev/env-file", 2.5), (TC.dev_nginx, "dev/nginx", 2.5), (TC.dev_firewall, "dev/firewall", 3),
    (TC.dev_compose, "dev/docker-compose", 2), (TC.dev_fixture, "dev/json-fixture", 5),
    (TC.dev_code, "dev/code-string", 2), (TC.dev_trace, "dev/stack-trace", 2), (TC.dev_log, "dev/log", 5),
    (TB.ecom_order, "ecommerce/order-confirmation", 4), (TB.ecom_invoice, "ecommerce/invoice", 7),
    (TB.ecom_shipping, "ecommerce/shipping-notice", 3), (TB.ecom_refund, "ecommerce/refund", 4),
    (TB.ecom_receipt, "ecommerce/receipt", 7),
    (TB.ad_item, "classified/ad", 7), (TB.ad_realestate, "classified/real-estate", 3),
    (TB.forum_post, "classified/forum-signature", 5),
    (TB.html_impressum, "html/impressum", 4), (TB.html_contact, "html/contact-block", 3),
    (TB.html_table, "html/flattened-table", 2), (TB.html_jsonld, "html/json-ld", 2),
    (TB.html_vcard, "html/vcard", 2), (TB.html_ical, "html/icalendar", 1.5),
]
NEG_TEMPLATES = [
    (TA.neg_chat, "chat/no-personal-data", 3), (TA.neg_cv, "cv/anonymised", 1.5),
    (TC.dev_misc_neg, "dev/tooling", 3), (TB.neg_ecom, "ecommerce/masked", 2.5),
    (TB.neg_ad, "classified/platform-only", 2), (TB.neg_html, "html/footer", 2),
]

# --------------------------------------------------------------------------- base sentences
_DIGITRUN = re.compile(r"\d[\d\s.\-/()]*\d")
_DOMAIN = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*\.[A-Za-z]{2,}(?![a-z])")


def sentence_ok(s, lang):
    if any(c in s for c in "@＠#|{}<>\t\\★") or "://" in s or "www." in s.lower():
        return False
    if re.search(r"\d+\.\d+\.\d+\.\d+", s) or _DOMAIN.search(s):
        return False
    if re.search(r"[A-Z]{2}\d{2}\s?[A-Z0-9]{4}", s):
        return False
    for m in _DIGITRUN.finditer(s):
        if sum(c.isdigit() for c in m.group()) >= 7:
            return False
    lo = 12 if lang in ("ja", "zh", "ko") else 25
    return lo <= len(s) <= 240


def load_pools(rng):
    pools, stats = {}, {}
    for lang in LANGS:
        with open(os.path.join(SENT_DIR, lang + ".txt"), encoding="utf-8") as f:
            raw = [ln.strip() for ln in f if ln.strip()]
        seen, keep = set(), []
        for s in raw:
            if s not in seen and sentence_ok(s, lang):
                seen.add(s)
                keep.append(s)
        rng.shuffle(keep)
        pools[lang] = keep
        stats[lang] = (len(raw), len(keep))
    return pools, stats


def allocate(rng, table, n):
    """Stratified allocation: template counts proportional to weight (largest remainder), then shuffled."""
    tot = sum(w for _, _, w in table)
    exact = [n * w / tot for _, _, w in table]
    cnt = [int(x) for x in exact]
    order = sorted(range(len(table)), key=lambda j: (-(exact[j] - cnt[j]), j))
    for j in order[:n - sum(cnt)]:
        cnt[j] += 1
    out = [(table[j][0], table[j][1]) for j in range(len(table)) for _ in range(cnt[j])]
    rng.shuffle(out)
    return out


def country_for(rng, lang):
    cs = LOC[lang]["countries"]
    if lang == "ar":
        return rng.choices(cs, [0.45, 0.3, 0.25])[0]
    if lang == "en":
        return rng.choices(cs, [0.55, 0.45])[0]
    return cs[0]


def build():
    check_labels(LOC)
    rng = random.Random(SEED)
    pools, pool_stats = load_pools(rng)
    plan = [l for l in LANGS for _ in range(N_PER_LANG[l])]
    rng.shuffle(plan)
    neg_idx = set(rng.sample(range(len(plan)), N_NEG))
    pos_q = allocate(rng, TEMPLATES, len(plan) - N_NEG)
    neg_q = allocate(rng, NEG_TEMPLATES, N_NEG)
    docs, metas, used = [], [], {}
    for i, lang in enumerate(plan):
        neg = i in neg_idx
        tpl, genre = (neg_q if neg else pos_q).pop()
        country = country_for(rng, lang)
        before = len(pools[lang])
        d = Doc(rng, lang, LOC[lang], country, pools, genre, neg)
        tpl(d)
        if not neg and not d.spans:
            raise AssertionError("positive doc without span: %s %s" % (lang, genre))
        if not 1 <= d.nsent <= 3 or before - len(pools[lang]) != d.nsent:
            raise AssertionError("base sentence count %d in %s" % (d.nsent, genre))
        rec, meta = d.finish()
        check_doc(i, rec, meta)
        docs.append(rec)
        metas.append(meta)
        used[i] = (genre, country, neg, d.nsent)
    return docs, metas, used, pool_stats


def global_checks(docs, used):
    from collections import Counter
    kinds = Counter(s["kind"] for d in docs for s in d["spans"])
    for k in KINDS:
        assert kinds[k] >= 100, "only %d spans of kind %s" % (kinds[k], k)
    nlook = sum(len(d["lookalikes"]) for d in docs)
    assert 450 <= nlook <= 1100, nlook
    neg = sum(1 for d in docs if not d["spans"])
    assert 0.10 <= neg / len(docs) <= 0.14, neg
    assert sorted({d["language"] for d in docs}) == sorted(LANGS)
    en = sum(1 for d in docs if d["language"] == "en")
    assert 0.22 <= en / len(docs) <= 0.28
    texts = [d["text"] for d in docs]
    assert len(set(texts)) == len(texts), "duplicate documents"
    # spec-level proportions (fail the run if a change drifts away from them)
    fmt = lambda k: Counter(s["note"].split("; ")[0] for d in docs for s in d["spans"] if s["kind"] == k)
    ef, ipf, cf, bf, pf = fmt("email"), fmt("ip"), fmt("card"), fmt("iban"), fmt("phone")
    assert 0.10 <= ef["obfuscated"] / kinds["email"] <= 0.15, ef
    assert min(ef["idn"], ef["subaddress"], ef["display-name"], ef["mixed-case"]) >= 3, ef
    v6 = sum(n for f, n in ipf.items() if f.startswith("ipv6"))
    assert 0.12 <= v6 / kinds["ip"] <= 0.25, ipf
    brands = Counter(f.split()[0] for f in cf.elements())
    assert all(brands[b] >= 2 for b in ("visa", "mastercard", "amex", "discover", "jcb", "unionpay", "diners",
                                         "mir", "troy")), brands
    assert any("test-number" in f for f in cf)
    ibcc = Counter(f.split()[0] for f in bf.elements())
    assert all(ibcc[c] >= 1 for c in ("DE", "FR", "RO", "CZ", "SE", "GR", "TR", "UA", "SA", "AE")), ibcc
    plans = Counter(f.split()[0] for f in pf.elements())
    assert len(plans) == 19 and all(plans[p] >= 2 for p in plans), plans
    return kinds, nlook, neg


def main():
    docs, metas, used, pool_stats = build()
    kinds, nlook, neg = global_checks(docs, used)
    data = "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs).encode("utf-8")
    with open(OUT_JSONL, "wb") as f:
        f.write(data)
    sha = hashlib.sha256(data).hexdigest()
    readme = u8_readme.render(docs, metas, used, pool_stats, sha, SEED, N_NEG)
    with open(OUT_README, "w", encoding="utf-8") as f:
        f.write(readme)
    print("docs=%d spans=%s lookalikes=%d negatives=%d sha256=%s" % (
        len(docs), dict(sorted(kinds.items())), nlook, neg, sha))


if __name__ == "__main__":
    main()
