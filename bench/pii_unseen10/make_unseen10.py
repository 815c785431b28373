#!/usr/bin/env python3
"""Build bench/pii_unseen10/unseen10.jsonl -- an independent labelled PII test set.

Standard library only; deterministic (random.Random(100010)); writes the same
bytes on every run.  Usage:  python3 make_unseen10.py [--stats]
"""
import ipaddress
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import random  # noqa: E402

import carriers as C  # noqa: E402
import data_tables as T  # noqa: E402
import genres as GN  # noqa: E402
import pii_gen as G  # noqa: E402

SEED = 100010
OUT = os.path.join(HERE, "unseen10.jsonl")
DOCS_PER_LANG = {lang: (66 if lang == "en" else 19) for lang in T.LANGS}
EMPTY_SHARE = 0.12
EMPTY_OK = ["nginx_conf", "apache_conf", "firewall_rules", "terraform", "kubernetes_manifest", "ndjson", "json_api",
            "invoice", "bank_transfer_slip", "subtitles_srt", "sft_record", "csv_export", "tsv_export", "classified_ad",
            "markdown_table"]
KINDS = ["email", "ip", "phone", "card", "iban"]
SFT_EN_SOURCES = ["hh-rlhf/harmless-base", "llama-factory-demo/alpaca_en_demo", "stanford_alpaca/seed_tasks",
                  "fastchat/mt_bench"]

# ---------------------------------------------------------------- labelling
LABEL_WORDS = {
    "email": ["mail", "courriel", "mél", "e-post", "sähköposti", "почта", "пошта", "邮箱", "邮件", "电子邮件", "البريد",
              "e-posta", "thư điện tử", "ইমেইল", "ای میل", "ταχυδρομείο"],
    "phone": ["tel", "phone", "telefon", "tél", "portable", "mobil", "handy", "fax", "телефон", "тел", "моб", "факс",
              "电话", "手机", "传真", "الهاتف", "الجوال", "الفاكس", "cep", "faks", "điện thoại", "di động", "puhelin",
              "puh", "faksi", "ফোন", "মোবাইল", "ফ্যাক্স", "فون", "موبائل", "فیکس", "τηλ", "κινητό", "φαξ", "whatsapp",
              "viber", "☎", "tlf", "tfn"],
    "card": ["card", "karte", "carte", "карт", "卡号", "بطاقة", "kart", "thẻ", "kort", "কার্ড", "کارڈ", "karty",
             "κάρτα", "visa", "mastercard", "amex"],
    "iban": ["iban"],
}
IP_RX = re.compile(r"IP|(?<![A-Za-z])ip(?![a-uw-z])|آئی پی|আইপি")


def is_labelled(kind, gap):
    if kind == "ip":
        return bool(IP_RX.search(gap))
    g = gap.lower()
    return any(w in g for w in LABEL_WORDS[kind])


def classify_nonpublic(value):
    s = value.split("/")[0].split("%")[0]
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return "private_ip"
    if value.startswith("255.255."):
        return "netmask"
    if a.is_multicast:
        return "multicast_ip"
    if a.is_loopback:
        return "loopback_ip"
    if a.is_link_local:
        return "link_local_ip"
    if a.is_unspecified:
        return "unspecified_ip"
    if a in ipaddress.ip_network("100.64.0.0/10"):
        return "cgnat_ip"
    for n in ["192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32"]:
        if a in ipaddress.ip_network(n):
            return "documentation_ip"
    if a.is_private:
        return "private_ip"
    return "reserved_ip"


# ---------------------------------------------------------------- builder
class Doc:
    def __init__(self, lang, genre, empty):
        self.lang, self.genre, self.empty = lang, genre, empty
        self.url = ""
        self.buf, self.n = [], 0
        self.spans, self.looks = [], []
        self.sources = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s)

    def p(self, it):
        assert it.kind in KINDS
        self.t(it.pre)
        s = self.n
        self.t(it.value)
        self.spans.append([s, self.n, it.kind, it.value, it.fmt])
        self.t(it.post)

    def l(self, name, value):
        if name == "private_ip":
            name = classify_nonpublic(value)
        s = self.n
        self.t(value)
        self.looks.append([s, self.n, name, value])

    def finish(self):
        text = "".join(self.buf)
        ends = sorted([sp[1] for sp in self.spans] + [lk[1] for lk in self.looks])
        spans = []
        for s, e, kind, value, fmt in self.spans:
            line_start = text.rfind("\n", 0, s) + 1
            prev = max([x for x in ends if x <= s] + [0])
            g0 = max(line_start, prev, s - 40)
            lab = "labelled" if is_labelled(kind, text[g0:s]) else "no deciding word"
            spans.append([s, e, kind, value, "%s; %s; %s" % (fmt, lab, self.genre)])
        spans.sort(key=lambda x: (x[0], x[1]))
        looks = sorted(self.looks, key=lambda x: (x[0], x[1]))
        return {"text": text, "language": self.lang, "url": self.url, "spans": spans, "lookalikes": looks}


class Ctx:
    def __init__(self, rng):
        self.rng = rng
        self.counts = {k: 0 for k in KINDS}
        self.form_counts = {}
        self.pools = {lang: C.Pool(rng, C.load_sentences(lang)) for lang in T.LANGS}
        self.sft_en_pool = C.Pool(rng, C.load_sft_en())
        self.sft_zh_pool = C.Pool(rng, C.load_sft_zh())
        self.c4_pool = C.Pool(rng, C.load_c4())
        self.sft_en_turn = 0
        self.cur = None

    # ---- carriers
    def sent(self, d, maxlen=None):
        if d.lang == "en" and maxlen is None and self.rng.random() < 0.35:
            d.sources.append("llama-factory-demo/c4_demo.jsonl")
            return self.c4_pool.pop()
        s = self.pools[d.lang].pop((lambda x: len(x) <= maxlen) if maxlen else None)
        d.sources.append("lingua-py/sentences/%s.txt" % d.lang)
        return s

    def sft_en(self):
        # rotate over the English SFT sources so that every source is used
        src = SFT_EN_SOURCES[self.sft_en_turn % len(SFT_EN_SOURCES)]
        self.sft_en_turn += 1
        return self.sft_en_pool.pop(lambda rec: rec[0] == src)

    def sft_zh(self):
        return self.sft_zh_pool.pop()

    def person(self, d):
        return G.Person(self.rng, d.lang)

    # ---- balancing
    def _least(self, key, options):
        opts = list(options)
        self.rng.shuffle(opts)
        best = min(self.form_counts.get((key, o), 0) for o in opts)
        return [o for o in opts if self.form_counts.get((key, o), 0) == best][0]

    def _cycle(self, key, seq):
        """Walk through a language's country list in order (weights = repetitions)."""
        i = self.form_counts.get((key, "#"), 0)
        self.form_counts[(key, "#")] = i + 1
        return seq[i % len(seq)]

    def _bump(self, key, o):
        self.form_counts[(key, o)] = self.form_counts.get((key, o), 0) + 1

    def opt(self, d, kind, p):
        """Optional slot: probability p, damped while `kind` is ahead of the mean."""
        ahead = self.counts[kind] - sum(self.counts.values()) / len(self.counts)
        f = 1.0 if ahead < 5 else (0.5 if ahead < 15 else 0.25)
        return self.rng.random() < p * f

    def flex(self, d, kinds):
        opts = list(kinds)
        self.rng.shuffle(opts)
        best = min(self.counts[k] for k in opts)
        return [k for k in opts if self.counts[k] == best][0]

    # ---- items
    def item(self, d, kind, person=None, styles=None, where="free", form=None, forms=None, sep=None, cc=None,
             iface=False):
        r = self.rng
        if d.empty:
            if kind == "ip":
                v6 = bool(forms) and all(f.startswith("ipv6") for f in forms)
                return G.Item("look", G.private_host(r, v6=v6), "private_ip")
            if kind == "iban":
                return G.Item("look", G.bad_iban(r, d.lang), "bad_iban")
            if kind == "card":
                return G.Item("look", G.masked_card(r), "masked_card")
            return None
        if kind == "email":
            st = self._least("email", styles or G.EMAIL_STYLES)
            self._bump("email", st)
            return G.email(r, d.lang, person=person, style=st, where=where)
        if kind == "phone":
            c = cc or self._cycle("phonecc:" + d.lang, T.PHONE_CC[d.lang])
            f = form or self._least("phone:" + c, ["national", "international"])
            self._bump("phone:" + c, f)
            nat = d.lang in G.NATIVE_DIGITS and f == "national" and r.random() < 0.6
            return G.phone(r, lang=d.lang, cc=c, form=f, native_digits=nat)
        if kind == "ip":
            f = self._least("ip", forms or G.IP_FORMS)
            self._bump("ip", f)
            return G.ip(r, form=f, iface=iface)
        if kind == "card":
            b = self._least("card", G.CARD_BRANDS)
            self._bump("card", b)
            s = sep or self._least("cardsep", ["spaces", "dashes", "none"])
            self._bump("cardsep", s)
            return G.card(r, brand=b, sep=s)
        if kind == "iban":
            f = form or self._least("iban", ["print", "electronic"])
            self._bump("iban", f)
            return G.iban(r, cc=self._cycle("ibancc:" + d.lang, T.IBAN_CC[d.lang]), form=f)
        raise ValueError(kind)

    def email_item(self, d, person, styles, where="free"):
        return self.item(d, "email", person=person, styles=styles, where=where)

    def same_email(self, it):
        return None if it is None else G.Item(it.kind, it.value, it.fmt)

    def same_phone(self, it):
        return None if it is None else G.Item(it.kind, it.value, it.fmt)

    def put_item(self, d, it):
        if it is None:
            return False
        if it.kind == "look":
            d.t(it.pre)
            d.l(it.fmt, it.value)
            d.t(it.post)
        else:
            d.p(it)
            self.counts[it.kind] += 1
        return True

    def put(self, d, kind, before="", after="", **kw):
        it = self.item(d, kind, **kw)
        if it is None:
            return False
        d.t(before)
        self.put_item(d, it)
        d.t(after)
        return True


# ---------------------------------------------------------------- checks
def check_doc(o):
    text = o["text"]
    assert o["language"] in T.LANGS
    occupied = []
    for s, e, kind, value, note in o["spans"]:
        assert text[s:e] == value, (s, e, value)
        assert kind in KINDS
        assert value == value.strip() and value
        parts = note.split("; ")
        assert len(parts) == 3 and parts[1] in ("labelled", "no deciding word"), note
        if kind == "card":
            ds = re.sub(r"[ -]", "", value)
            assert ds.isdigit() and 15 <= len(ds) <= 19 and G.luhn_ok(ds), value
        elif kind == "iban":
            assert G.iban_ok(value), value
        elif kind == "ip":
            assert G.public_ip_ok(value), value
        elif kind == "email":
            ats = ["@"] + [a.strip() for lang in T.LANGS for a in T.OBF[lang][0]]
            assert any(x in value for x in ats), value
        elif kind == "phone":
            assert sum(ch.isdigit() for ch in value) >= 8, value  # str.isdigit() also counts native digits
        occupied.append((s, e))
    for s, e, name, value in o["lookalikes"]:
        assert text[s:e] == value, (s, e, value)
        occupied.append((s, e))
        if name == "luhn_fail_16":
            assert not G.luhn_ok(re.sub(r"[ -]", "", value))
        if name == "bad_iban":
            assert not G.iban_ok(value)
        if name.endswith("_ip") or name == "netmask":
            a = ipaddress.ip_address(value.split("/")[0].split("%")[0])
            assert (not a.is_global) or a.is_multicast, value
    occupied.sort()
    for (s1, e1), (s2, e2) in zip(occupied, occupied[1:]):
        assert e1 <= s2, ("overlap", s1, e1, s2, e2)



def as_records(o):
    """The evaluator's shape: each span and look-alike a JSON object with named fields."""
    return {**o,
            "spans": [dict(zip(("start", "end", "kind", "value", "note"), sp)) for sp in o["spans"]],
            "lookalikes": [dict(zip(("start", "end", "name", "value"), lk)) for lk in o["lookalikes"]]}

def main():
    rng = random.Random(SEED)
    ctx = Ctx(rng)
    plan = []
    names = [g for g, _ in GN.GENRES]
    for lang in T.LANGS:
        allowed = [g for g in names if g != "mixed_script" or lang in T.NON_LATIN]
        if lang == "en":
            # English also draws on the real SFT records, so give it more SFT documents
            allowed += ["sft_record", "sft_record"]
        seq = []
        while len(seq) < DOCS_PER_LANG[lang]:
            chunk = list(allowed)
            rng.shuffle(chunk)
            seq.extend(chunk)
        seq = seq[:DOCS_PER_LANG[lang]]
        for must in ["sft_record", "mixed_script"]:
            # every language gets an SFT record (and every non-Latin one a mixed-script
            # document) even when it has fewer documents than there are genres
            if must in allowed and must not in seq:
                counts = [seq.count(g) for g in seq]
                seq[max(range(len(seq)), key=lambda i: (counts[i], -i))] = must
        for g in seq:
            plan.append([lang, g, False])
    cand = [i for i, (lang, g, _) in enumerate(plan) if g in EMPTY_OK]
    n_empty = round(EMPTY_SHARE * len(plan))
    for i in sorted(rng.sample(cand, n_empty)):
        plan[i][2] = True
    order = list(range(len(plan)))
    rng.shuffle(order)
    fn = dict(GN.GENRES)
    docs = [None] * len(plan)
    sources = {}
    for i in order:
        lang, g, empty = plan[i]
        while True:
            d = Doc(lang, g, empty)
            fn[g](ctx, d)
            o = d.finish()
            # a document meant to carry PII that came out without any (all its
            # optional slots skipped) is drawn again; its carriers are discarded
            if empty or o["spans"]:
                break
        if empty:
            assert not o["spans"], (g, o["text"])
        check_doc(o)
        docs[i] = (o, g, empty)
        for s in d.sources:
            sources[s] = sources.get(s, 0) + 1
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for o, g, empty in docs:
            f.write(json.dumps(as_records(o), ensure_ascii=False) + "\n")
    if "--stats" in sys.argv:
        stats(docs, sources)


def stats(docs, sources):
    def cnt(items):
        out = {}
        for x in items:
            out[x] = out.get(x, 0) + 1
        return sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))

    print("docs", len(docs), "empty", sum(1 for o, g, e in docs if not o["spans"]))
    spans = [sp for o, g, e in docs for sp in o["spans"]]
    print("spans", len(spans), cnt(sp[2] for sp in spans))
    print("lookalikes", sum(len(o["lookalikes"]) for o, g, e in docs))
    print("langs", cnt(o["language"] for o, g, e in docs))
    print("genres", cnt(g for o, g, e in docs))
    print("span genres", cnt(sp[4].split("; ")[2] for sp in spans))
    print("labelled", cnt((sp[2], sp[4].split("; ")[1]) for sp in spans))
    for k in KINDS:
        print(k, cnt(":".join(sp[4].split("; ")[0].split(":")[1:]) if k in ("phone", "iban") else sp[4].split("; ")[0]
                     for sp in spans if sp[2] == k))
    print("span langs", cnt((o["language"]) for o, g, e in docs for sp in o["spans"]))
    print("look names", cnt(lk[2] for o, g, e in docs for lk in o["lookalikes"]))
    print("sources", sorted(sources.items()))


if __name__ == "__main__":
    main()
