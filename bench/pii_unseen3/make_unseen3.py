#!/usr/bin/env python3
"""Build bench/pii_unseen3/unseen3.jsonl: an independent, labelled PII test set.

Standard library only, fixed seed, deterministic.  Run from the repository root:

    python bench/pii_unseen3/make_unseen3.py

Base text is real public text from /work/shared/data (see README.md beside this
file).  Into it we plant synthetic PII items (email, ip, phone, card, iban) and
labelled look-alikes (versions, private IPs, dates, order numbers, ...).  Every
span and look-alike is checked: text[start:end] == value.
"""
import gzip
import html
import html.parser
import json
import os
import random
import re
import sys
import urllib.parse
from collections import Counter

SEED = 20240613
N_DOCS = 500
DATA = os.environ.get("PII_UNSEEN3_DATA", "/work/shared/data")
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "unseen3.jsonl")

# ---------------------------------------------------------------------------
# Part 1: base text
# ---------------------------------------------------------------------------

# The brief's rule: drop pieces with '@', 9+ consecutive digits or an
# IPv4-shaped string.  We are a little stricter so that no unlabelled PII can
# hide in the base text: also phone-like digit groups, IBAN-like strings,
# IPv6-like strings and e-mail obfuscations.
_RE_DIGITS9 = re.compile(r"\d{9,}")
_RE_IPV4 = re.compile(r"\d{1,3}\s?\.\s?\d{1,3}\s?\.\s?\d{1,3}\s?\.\s?\d{1,3}")
_RE_DIGIT_GROUPS = re.compile(r"\+?\(?\d[\d \u00a0\-./()]{5,}\d")
_RE_IBANISH = re.compile(r"\b[A-Z]{2}\d{2}\s?[A-Z0-9]{4}")
_RE_IPV6ISH = re.compile(r"[0-9A-Fa-f]{0,4}::[0-9A-Fa-f]{0,4}|[0-9A-Fa-f]{1,4}(?::[0-9A-Fa-f]{1,4}){3,}")
_RE_OBFUSC = re.compile(r"[\[(<{]\s*(?:at|dot|punkt|arroba|chez|kropka)\s*[\])>}]|\bdot\s+(?:com|org|net)\b", re.I)
_RE_CTRL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def base_piece_ok(s):
    if not s or not s.strip():
        return False
    if "@" in s or "\uff20" in s:
        return False
    if _RE_DIGITS9.search(s) or _RE_IPV4.search(s):
        return False
    for m in _RE_DIGIT_GROUPS.finditer(s):
        if sum(c.isdigit() for c in m.group()) >= 7:
            return False
    if _RE_IBANISH.search(s) or _RE_OBFUSC.search(s):
        return False
    for m in _RE_IPV6ISH.finditer(s):
        g = m.group()
        if "::" in g or re.search(r"[A-Fa-f]", g):
            return False
    return True


def _c1(m):
    # stray C1 controls are cp1252 bytes decoded as latin-1 upstream; map them back
    return bytes([ord(m.group())]).decode("cp1252", "ignore")


def clean(s):
    s = _RE_CTRL.sub("", s).replace("\r", "")
    s = re.sub(r"[\x80-\x9f]", _c1, s)
    s = re.sub(r"[ \t\u00a0]+", " ", s)
    return s.strip()


def _read_jsonl(path):
    op = gzip.open if path.endswith(".gz") else open
    with op(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                yield json.loads(line)


class _ParaParser(html.parser.HTMLParser):
    """Collect the text of <p>, <li>, <h1>-<h3>, <td> blocks (scripts skipped)."""
    BLOCK = {"p", "li", "h1", "h2", "h3", "blockquote", "td", "dd"}
    SKIP = {"script", "style", "noscript", "nav", "footer", "header", "form", "aside", "button", "select"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.buf, self.depth_block, self.depth_skip = [], [], 0, 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.depth_skip += 1
        elif tag in self.BLOCK:
            self._flush()
            self.depth_block += 1
        elif tag == "br":
            self.buf.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP:
            self.depth_skip = max(0, self.depth_skip - 1)
        elif tag in self.BLOCK:
            self._flush()
            self.depth_block = max(0, self.depth_block - 1)

    def handle_data(self, data):
        if self.depth_block and not self.depth_skip:
            self.buf.append(data)

    def _flush(self):
        t = clean(" ".join("".join(self.buf).split()))
        if t:
            self.paras.append(t)
        self.buf = []


def _decode(raw):
    for enc in ("utf-8", "cp1252"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            pass
    return raw.decode("utf-8", "replace")


def _pieces(paras, min_len=1):
    return [p for p in (clean(x) for x in paras) if len(p) >= min_len and base_piece_ok(p)]


def load_trafilatura(rng, n):
    """Paragraph text of the trafilatura-eval pages, one document per page."""
    rows = list(_read_jsonl(os.path.join(DATA, "trafilatura-eval", "index.jsonl")))
    keep = {"en", "de", "es", "fr", "pl", "pt", "it", "no"}
    rows = [r for r in rows if r["html_lang_attr"] in keep]
    rng.shuffle(rows)
    out = []
    for r in rows:
        if len(out) >= n:
            break
        with open(os.path.join(DATA, "trafilatura-eval", r["file"]), "rb") as f:
            p = _ParaParser()
            try:
                p.feed(_decode(f.read()))
                p.close()
            except Exception:
                continue
        paras = _pieces(p.paras, 60)
        if len(paras) < 2:
            continue
        k = rng.randint(2, min(6, len(paras)))
        i = rng.randint(0, len(paras) - k)
        url = r["url"] if r["url"].startswith(("http://", "https://")) else None   # a few index keys are not URLs
        out.append({"paras": paras[i:i + k], "language": r["html_lang_attr"], "url": url,
                    "source": "trafilatura-eval"})
    return out


def load_wet(rng):
    """Split the Common Crawl WET conversion record into documents of ~12-25 lines."""
    with open(os.path.join(DATA, "cc-whirlwind", "whirlwind.warc.wet"), "rb") as f:
        raw = f.read().decode("utf-8")
    out = []
    for rec in raw.split("WARC/1.0\r\n" if "WARC/1.0\r\n" in raw else "WARC/1.0\n"):
        head, _, body = rec.replace("\r\n", "\n").partition("\n\n")
        if "WARC-Type: conversion" not in head:
            continue
        url = re.search(r"WARC-Target-URI: (\S+)", head).group(1)
        lines = [l for l in _pieces(body.split("\n"))]
        i = 0
        while i < len(lines):
            k = rng.randint(12, 25)
            chunk = lines[i:i + k]
            i += k
            if len(chunk) >= 6:
                out.append({"paras": ["\n".join(chunk)], "language": "an", "url": url,
                            "source": "cc-whirlwind WET"})
    return out


LINGUA_LANGS = ["de", "fr", "es", "it", "pt", "nl", "pl", "zh", "ja", "en",
                "ru", "sv", "cs", "tr", "ko", "da", "fi"]


def load_lingua(rng, n):
    sents = {}
    for lg in LINGUA_LANGS:
        with open(os.path.join(DATA, "lingua-py", "language-testdata", "sentences", lg + ".txt"),
                  encoding="utf-8") as f:
            s = _pieces(f.read().split("\n"), 15)
        rng.shuffle(s)
        sents[lg] = s
    # more documents for the languages that get prose templates
    weights = {lg: (5 if lg in ("zh", "ja") else 3 if lg in ("de", "fr", "es", "it", "pt", "nl", "pl") else
                    2 if lg == "en" else 1) for lg in LINGUA_LANGS}
    pool = [lg for lg in LINGUA_LANGS for _ in range(weights[lg])]
    out = []
    for _ in range(n):
        lg = rng.choice(pool)
        k = rng.randint(3, 7)
        take, sents[lg] = sents[lg][:k], sents[lg][k:]
        sep = "" if lg in ("zh", "ja") else " "
        # group into 1-3 paragraphs
        cut = sorted(rng.sample(range(1, k), min(k - 1, rng.randint(0, 2))))
        paras, prev = [], 0
        for c in cut + [k]:
            paras.append(sep.join(take[prev:c]))
            prev = c
        out.append({"paras": paras, "language": lg, "url": None, "source": "lingua-py sentences"})
    return out


def _json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def load_misc(rng, counts):
    """Questions, instructions, conversations and web docs; counts: source -> n docs."""
    out = []
    d = os.path.join(DATA, "llama-factory-demo")

    def add(src, lang, paras):
        paras = [p for p in paras if p]
        if paras:
            out.append({"paras": paras, "language": lang, "url": None, "source": src})

    def pick(items, n):
        items = list(items)
        rng.shuffle(items)
        return items[:n]

    # alpaca-style records (instruction / input / output)
    for fn, lang, key in (("alpaca_zh_demo.json", "zh", "llama-factory alpaca_zh_demo"),
                          ("alpaca_en_demo.json", "en", "llama-factory alpaca_en_demo")):
        recs = [r for r in _json(os.path.join(d, fn))
                if all(base_piece_ok(r[k]) for k in ("instruction", "input", "output"))]
        for r in pick(recs, counts[key]):
            add(key, lang, [clean(r["instruction"]), clean(r["input"]), r["output"].strip()])
    seeds = [r for r in _read_jsonl(os.path.join(DATA, "stanford_alpaca", "seed_tasks.jsonl"))]
    seeds = [r for r in seeds if base_piece_ok(r["instruction"]) and
             all(base_piece_ok(i["input"] + " " + i["output"]) for i in r["instances"])]
    for r in pick(seeds, counts["stanford_alpaca seed_tasks"]):
        inst = r["instances"][0]
        add("stanford_alpaca seed_tasks", "en", [clean(r["instruction"]), clean(inst["input"]),
                                                 inst["output"].strip()])
    c4 = [r["text"] for r in _read_jsonl(os.path.join(d, "c4_demo.jsonl"))]
    c4 = [t for t in c4 if base_piece_ok(t) and 200 < len(t) < 2500]
    for t in pick(c4, counts["llama-factory c4_demo"]):
        add("llama-factory c4_demo", "en", _pieces(t.split("\n")))
    with open(os.path.join(d, "wiki_demo.txt"), encoding="utf-8") as f:
        wiki = [l.strip() for l in f if l.strip()]
    for t in pick(wiki, counts["llama-factory wiki_demo"]):
        sents = re.split(r"(?<=[.!?])\s+", t)
        i = rng.randint(0, max(0, len(sents) - 8))
        add("llama-factory wiki_demo", "en", [" ".join(_pieces(sents[i:i + rng.randint(4, 8)]))])
    # conversations
    hh = [r["chosen"] for r in _read_jsonl(os.path.join(DATA, "hh-rlhf", "harmless-base", "test.jsonl.gz"))]
    hh = [t for t in hh if base_piece_ok(t) and len(t) < 1800]
    for t in pick(hh, counts["hh-rlhf harmless-base"]):
        add("hh-rlhf harmless-base", "en", [t.strip()])
    convs = _json(os.path.join(DATA, "fastchat", "dummy_conversation.json"))
    convs = [c for c in convs if len(c["conversations"]) >= 2 and
             all(base_piece_ok(t["value"]) for t in c["conversations"])]
    for c in pick(convs, counts["fastchat dummy_conversation"]):
        turns = ["%s: %s" % ("USER" if t["from"] == "human" else "ASSISTANT", clean(t["value"]))
                 for t in c["conversations"][:6]]
        add("fastchat dummy_conversation", "en", ["\n".join(turns)])
    mtb = [r for r in _read_jsonl(os.path.join(DATA, "fastchat", "mt_bench", "question.jsonl"))
           if all(base_piece_ok(t) for t in r["turns"])]
    for r in pick(mtb, counts["fastchat mt_bench"]):
        add("fastchat mt_bench", "en", [clean(t) for t in r["turns"]])
    # question sets: several questions per document
    arc = [r for r in _read_jsonl(os.path.join(DATA, "arc", "arc_easy.jsonl"))] + \
          [r for r in _read_jsonl(os.path.join(DATA, "arc", "arc_challenge.jsonl"))]
    arc = [r for r in arc if base_piece_ok(r["query"] + " ".join(r["choices"]))]
    rng.shuffle(arc)
    for _ in range(counts["arc"]):
        qs, arc = arc[:rng.randint(2, 4)], arc[4:]
        add("arc", "en", [r["query"] + "\n" + "\n".join("%s. %s" % ("ABCD"[i], c)
                                                      for i, c in enumerate(r["choices"])) for r in qs])
    cs = [r["question"] for r in _read_jsonl(os.path.join(DATA, "csqa2", "CSQA2_dev.json.gz"))]
    nq = [r["question"] for r in _read_jsonl(os.path.join(DATA, "nq-open", "NQ-open.dev.jsonl"))]
    for key, qs in (("csqa2", cs), ("nq-open", nq)):
        qs = [q for q in qs if base_piece_ok(q)]
        rng.shuffle(qs)
        for _ in range(counts[key]):
            k = rng.randint(3, 6)
            take, qs = qs[:k], qs[k:]
            add(key, "en", [clean(q) for q in take])
    gs = [r for r in _read_jsonl(os.path.join(DATA, "gsm8k", "test.jsonl"))
          if base_piece_ok(r["question"] + r["answer"])]
    for r in pick(gs, counts["gsm8k"]):
        add("gsm8k", "en", [clean(r["question"]), r["answer"].strip()])
    return out


MISC_COUNTS = {
    "llama-factory alpaca_zh_demo": 28, "llama-factory alpaca_en_demo": 14,
    "stanford_alpaca seed_tasks": 10, "llama-factory c4_demo": 24, "llama-factory wiki_demo": 5,
    "hh-rlhf harmless-base": 28, "fastchat dummy_conversation": 14, "fastchat mt_bench": 10,
    "arc": 18, "csqa2": 14, "nq-open": 14, "gsm8k": 22,
}


def load_base(rng):
    docs = load_trafilatura(rng, 130) + load_wet(rng)
    docs += load_misc(rng, MISC_COUNTS)
    docs += load_lingua(rng, N_DOCS - len(docs))
    rng.shuffle(docs)
    return docs[:N_DOCS]


# ---------------------------------------------------------------------------
# Part 2: PII values (synthetic, valid by their public definitions)
# ---------------------------------------------------------------------------
import ipaddress  # noqa: E402  (stdlib)

NAMES = {
    "en": (["james", "emily", "oliver", "sophie", "daniel", "grace", "liam", "hannah", "noah", "chloe"],
           ["walker", "bennett", "hughes", "foster", "reyes", "coleman", "turner", "marsh", "doyle", "price"]),
    "de": (["jonas", "lena", "lukas", "mia", "felix", "hannah", "tobias", "katrin", "matthias", "julia"],
           ["schneider", "becker", "hoffmann", "krause", "wagner", "vogel", "lehmann", "brandt", "kuehn", "seidel"]),
    "fr": (["camille", "lucas", "manon", "hugo", "chloe", "louis", "ines", "theo", "margaux", "julien"],
           ["martin", "bernard", "dubois", "moreau", "laurent", "girard", "fournier", "lefevre", "roux", "mercier"]),
    "es": (["lucia", "pablo", "maria", "javier", "sofia", "diego", "carmen", "alvaro", "elena", "sergio"],
           ["garcia", "fernandez", "lopez", "martinez", "sanchez", "romero", "navarro", "torres", "ruiz", "molina"]),
    "it": (["giulia", "marco", "chiara", "luca", "francesca", "matteo", "sara", "davide", "elisa", "andrea"],
           ["rossi", "bianchi", "romano", "colombo", "ricci", "marino", "greco", "bruno", "gallo", "conti"]),
    "pt": (["joao", "beatriz", "rafael", "mariana", "tiago", "ines", "gabriel", "larissa", "pedro", "ana"],
           ["silva", "santos", "oliveira", "pereira", "costa", "ferreira", "almeida", "carvalho", "sousa", "ribeiro"]),
    "nl": (["daan", "sanne", "thijs", "lotte", "bram", "femke", "ruben", "anouk", "jesse", "eva"],
           ["jansen", "visser", "smit", "bakker", "mulder", "bos", "vos", "peeters", "dekker", "kuipers"]),
    "pl": (["jakub", "zuzanna", "kacper", "julia", "szymon", "maja", "filip", "natalia", "michal", "ola"],
           ["nowak", "kowalski", "wisniewska", "wojcik", "kaminski", "lewandowska", "zielinski", "mazur", "krol", "pawlak"]),
    "zh": (["wang.wei", "li.na", "zhang.min", "liu.yang", "chen.jie", "yang.fan", "zhao.lei", "huang.ying", "wu.hao", "zhou.lin"],
           ["wang", "li", "zhang", "liu", "chen", "yang", "zhao", "huang", "wu", "zhou"]),
    "ja": (["takahashi", "sato", "suzuki", "tanaka", "watanabe", "ito", "yamamoto", "nakamura", "kobayashi", "kato"],
           ["yuki", "haruto", "sakura", "ren", "aoi", "sota", "hina", "riku", "mei", "kaito"]),
}
FREEMAIL = {
    "en": ["gmail.com", "outlook.com", "yahoo.com", "icloud.com", "proton.me", "hotmail.co.uk", "aol.com"],
    "de": ["web.de", "gmx.de", "t-online.de", "posteo.de", "gmx.net", "mailbox.org"],
    "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"],
    "es": ["telefonica.net", "hotmail.es", "yahoo.es", "gmail.com"],
    "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"],
    "pt": ["sapo.pt", "uol.com.br", "bol.com.br", "terra.com.br"],
    "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "xs4all.nl"],
    "pl": ["wp.pl", "onet.pl", "interia.pl", "o2.pl"],
    "zh": ["qq.com", "163.com", "126.com", "sina.com", "foxmail.com"],
    "ja": ["yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "nifty.com"],
}
ORGS = {
    "en": ["harborline-freight.com", "brightwater.org", "oakfield-dental.co.uk", "northgate.edu", "pinecrest-realty.com"],
    "de": ["mueller-logistik.de", "stadtwerke-talheim.de", "baeckerei-vogt.de", "kanzlei-brandt.de", "tsv-lindenau.de"],
    "fr": ["cabinet-moreau.fr", "mairie-saint-aubin.fr", "atelier-lumiere.fr", "boulangerie-roux.fr"],
    "es": ["clinicasanroque.es", "transportes-navarro.es", "ayto-villaverde.es", "librerialuna.com.mx"],
    "it": ["studio-bianchi.it", "comune-valdoro.it", "pasticceria-greco.it", "officina-conti.it"],
    "pt": ["imobiliaria-costa.pt", "clinica-almeida.com.br", "escola-ribeiro.pt", "construtora-sousa.com.br"],
    "nl": ["bakkerij-smit.nl", "gemeente-veldhoven.nl", "fietsenvos.nl", "tandarts-mulder.nl"],
    "pl": ["kancelaria-nowak.pl", "przychodnia-zdrowie.pl", "mazur-transport.pl", "szkola-krol.edu.pl"],
    "zh": ["huaxin-tech.cn", "jinghua-edu.cn", "tianyi-trade.com.cn", "xinda.hk"],
    "ja": ["sakura-kogyo.co.jp", "tanaka-shoten.jp", "midori-clinic.or.jp", "hikari-univ.ac.jp"],
}
SUBDOMAINS = ["mail", "student", "staff", "cs", "alumni", "hr", "eu", "support", "lists", "research"]
NEW_GTLD = ["studio", "shop", "app", "dev", "tech", "online", "berlin", "tokyo", "agency", "photography",
            "xyz", "io", "ai", "club", "design", "consulting", "paris", "nyc", "bio", "immo"]
GTLD_WORDS = ["lumen", "kettle", "northwind", "fjord", "copperleaf", "pixelhaus", "bluefin", "saltmarsh", "quarz", "orbit"]


def _nlang(lang):
    return lang if lang in NAMES else "en"


def gen_email(rng, lang, variant=None):
    """Return (value, note)."""
    lg = _nlang(lang)
    first, last = rng.choice(NAMES[lg][0]), rng.choice(NAMES[lg][1])
    variant = variant or rng.choices(
        ["plain", "org", "subaddress", "subdomain", "newgtld", "mixedcase", "digits",
         "obf_brackets", "obf_parens", "obf_words"],
        [14, 12, 9, 9, 9, 7, 6, 5, 5, 5])[0]
    local = rng.choice(["{f}.{l}", "{f}{l}", "{fi}{l}", "{f}_{l}", "{l}.{f}", "{f}"]).format(
        f=first, l=last, fi=first[0])
    if variant == "digits":
        local += str(rng.choice([rng.randint(1, 99), rng.randint(1960, 2005)]))
    dom = rng.choice(FREEMAIL[lg] if variant in ("plain", "digits", "subaddress") else ORGS[lg])
    if variant == "org":
        local = rng.choice([local, rng.choice(["info", "kontakt" if lg == "de" else "contact", "office",
                                               "buchhaltung" if lg == "de" else "billing", "hello", "press"])])
    if variant == "subaddress":
        local += rng.choice(["+newsletter", "+shop", "+2024", "+github", "+receipts", "+bank", "+test"])
    if variant == "subdomain":
        dom = rng.choice(SUBDOMAINS) + "." + rng.choice(ORGS[lg])
    if variant == "newgtld":
        dom = rng.choice(GTLD_WORDS) + "." + rng.choice(NEW_GTLD)
    if variant == "mixedcase":
        local = ".".join(p.capitalize() for p in local.split("."))
        dom = rng.choice([dom, dom.upper(), dom.capitalize()])
    if variant.startswith("obf"):
        name, _, tld = dom.rpartition(".")
        at, dot = {"obf_brackets": (" [at] ", " [dot] "), "obf_parens": (" (at) ", " (dot) "),
                   "obf_words": (" at ", " dot ")}[variant]
        if variant == "obf_words" and rng.random() < 0.3:
            at, dot = " AT ", " DOT "
        value = local + at + name.replace(".", dot) + dot + tld
    else:
        value = local + "@" + dom
    return value, "email " + variant


# IPv4: public unicast only.  ipaddress.is_global follows the IANA special-purpose
# registries; multicast (224/4) and 240/4 are excluded explicitly as well.
def ipv4_public_ok(a):
    ip = ipaddress.IPv4Address(a)
    return ip.is_global and not ip.is_multicast and not ip.is_reserved and not ip.is_private


def gen_ipv4(rng):
    while True:
        first = rng.randint(1, 223)
        a = "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ipv4_public_ok(a):
            return a


_V6_FIRST = (["2a%02x" % i for i in range(0, 0x11)] + ["24%02x" % i for i in range(0, 0x0a)] +
             ["260%x" % i for i in range(0, 8)] + ["2610", "2620", "2800", "2801", "2803", "2804", "2c0f", "2001", "2003"])


def ipv6_global_ok(a):
    ip = ipaddress.IPv6Address(a)
    if ip in ipaddress.IPv6Network("2001:db8::/32") or ip in ipaddress.IPv6Network("2001::/23") \
            or ip in ipaddress.IPv6Network("2002::/16"):
        return False
    return ip.is_global and ip in ipaddress.IPv6Network("2000::/3")


def gen_ipv6(rng):
    while True:
        h = [rng.choice(_V6_FIRST)]
        if h[0] == "2001":
            h.append("%x" % rng.randint(0x0200, 0xfff0))
        else:
            h.append("%x" % rng.randint(0x0001, 0xffff))
        h += ["%x" % rng.randint(0, 0xffff) for _ in range(2)]
        style = rng.choice(["slaac", "short", "short", "full", "upper"])
        if style == "short":      # prefix::small host id
            tail = "%x" % rng.randint(1, 0x1ff)
            a = ":".join(h[:rng.randint(2, 4)]) + "::" + tail
        else:
            a = ":".join(h + ["%x" % rng.randint(0, 0xffff) for _ in range(4)])
        if not ipv6_global_ok(a):
            continue
        if style == "full":
            a = ipaddress.IPv6Address(a).exploded
        elif style == "upper":
            a = ipaddress.IPv6Address(a).compressed.upper()
        else:
            a = ipaddress.IPv6Address(a).compressed
        return a


def gen_ip(rng, v6_share=0.3):
    if rng.random() < v6_share:
        return gen_ipv6(rng), "ipv6"
    return gen_ipv4(rng), "ipv4"


def luhn_ok(digits):
    s, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        s += d
        alt = not alt
    return s % 10 == 0


def luhn_complete(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c


CARD_BRANDS = {
    "visa": (lambda r: "4" + str(r.randint(0, 99999)).zfill(5), 16),
    "mastercard": (lambda r: r.choice([str(r.randint(51, 55)) + str(r.randint(0, 9999)).zfill(4),
                                       str(r.randint(2221, 2720)) + str(r.randint(0, 99)).zfill(2)]), 16),
    "amex": (lambda r: r.choice(["34", "37"]) + str(r.randint(0, 9999)).zfill(4), 15),
    "discover": (lambda r: r.choice(["6011" + str(r.randint(0, 99)).zfill(2), str(r.randint(644, 649)) + str(r.randint(0, 999)).zfill(3),
                                     "65" + str(r.randint(0, 9999)).zfill(4)]), 16),
    "jcb": (lambda r: str(r.randint(3528, 3589)) + str(r.randint(0, 99)).zfill(2), 16),
}


def card_digits(rng, brand):
    pre, n = CARD_BRANDS[brand]
    while True:
        body = pre(rng) + "".join(rng.choice("0123456789") for _ in range(n - 7))
        num = luhn_complete(body)
        if len(set(num)) > 4:
            return num


def group_card(num, sep):
    if len(num) == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(parts)


def gen_card(rng, brand=None):
    brand = brand or rng.choices(list(CARD_BRANDS), [34, 26, 16, 12, 12])[0]
    sep = rng.choices([" ", "-", ""], [45, 25, 30])[0]
    return group_card(card_digits(rng, brand), sep), "card %s %s" % (
        brand, {" ": "spaces", "-": "dashes", "": "no separators"}[sep])


# IBAN: ISO 13616 mod-97 check digits; national check digits where the BBAN has them.
def _num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_check(cc, bban):
    return "%02d" % (98 - _num(bban + cc + "00") % 97)


def iban_valid(iban):
    s = iban.replace(" ", "")
    return _num(s[4:] + s[:4]) % 97 == 1


def _d(rng, n, first_nonzero=False):
    s = "".join(rng.choice("0123456789") for _ in range(n))
    if first_nonzero and s[0] == "0":
        s = str(rng.randint(1, 9)) + s[1:]
    return s


def _bban_fr(r):
    bank, branch, acct = r.choice(["30004", "30003", "20041", "10278", "30066", "11306"]), _d(r, 5), _d(r, 11)
    key = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)
    return bank + branch + acct + "%02d" % key


def _bban_es(r):
    bank, branch, acct = r.choice(["2100", "0049", "0182", "0081", "2038", "0128"]), _d(r, 4), _d(r, 10)

    def dc(s):
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
        v = 11 - sum(int(c) * w[i] for i, c in enumerate(s)) % 11
        return {11: 0, 10: 1}.get(v, v)
    return bank + branch + str(dc("00" + bank + branch)) + str(dc(acct)) + acct


_CIN_ODD = dict(zip("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                    [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21,
                     2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]))


def _bban_it(r):
    abi, cab, acct = r.choice(["03069", "02008", "05034", "03062", "01030"]), _d(r, 5), _d(r, 12)
    s = abi + cab + acct
    tot = 0
    for i, c in enumerate(s):
        tot += _CIN_ODD[c] if i % 2 == 0 else int(c, 36) if c.isdigit() else ord(c) - 65
    return chr(65 + tot % 26) + s


def _bban_be(r):
    first = r.choice(["001", "068", "310", "363", "732", "539"]) + _d(r, 7)
    chk = int(first) % 97 or 97
    return first + "%02d" % chk


def _bban_nl(r):
    while True:
        acct = _d(r, 10)
        if acct[0] != "0" or acct[1] != "0":
            if sum(int(c) * (10 - i) for i, c in enumerate(acct)) % 11 == 0:
                return r.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + acct


def _bban_pl(r):
    bank = r.choice(["1020", "1050", "1140", "1090", "1240", "1160"]) + _d(r, 3)
    w = [3, 9, 7, 1, 3, 9, 7]
    bank += str((10 - sum(int(c) * w[i] for i, c in enumerate(bank)) % 10) % 10)
    return bank + _d(r, 16)


def _bban_pt(r):
    s = r.choice(["0033", "0035", "0007", "0010", "0036"]) + _d(r, 4) + _d(r, 11)
    return s + "%02d" % (98 - (int(s) * 100) % 97)


def _bban_no(r):
    while True:
        s = r.choice(["1503", "1506", "6011", "9710", "1254", "3000"]) + _d(r, 6)
        w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
        c = 11 - sum(int(x) * w[i] for i, x in enumerate(s)) % 11
        if c == 11:
            c = 0
        if c != 10:
            return s + str(c)


IBAN_BBAN = {
    "DE": lambda r: r.choice(["10010010", "20050550", "37040044", "50010517", "70150000", "12030000",
                              "43060967", "60050101", "50070010", "10070000"]) + _d(r, 10, True),
    "AT": lambda r: r.choice(["12000", "20111", "14000", "60000", "32000", "38000"]) + _d(r, 11),
    "CH": lambda r: r.choice(["00762", "00235", "09000", "00700", "00767", "08390"]) + _d(r, 12),
    "FR": _bban_fr, "ES": _bban_es, "IT": _bban_it, "BE": _bban_be, "NL": _bban_nl, "PL": _bban_pl,
    "PT": _bban_pt, "NO": _bban_no,
    "GB": lambda r: (lambda b: b[0] + b[1] + _d(r, 4) + _d(r, 8))(
        r.choice([("NWBK", "60"), ("BARC", "20"), ("LOYD", "30"), ("HBUK", "40"), ("MIDL", "40")])),
    "IE": lambda r: (lambda b: b[0] + b[1] + _d(r, 4) + _d(r, 8))(r.choice([("AIBK", "93"), ("BOFI", "90")])),
    "LU": lambda r: r.choice(["001", "002", "003", "014", "019"]) + _d(r, 13),
    "DK": lambda r: r.choice(["3000", "2000", "5301", "9570"]) + _d(r, 10),
}
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "FR": 27, "ES": 24, "IT": 27, "BE": 16, "NL": 18, "PL": 28,
            "PT": 25, "NO": 15, "GB": 22, "IE": 22, "LU": 20, "DK": 18}
LANG_IBAN = {"de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "LU", "CH"], "es": ["ES"], "it": ["IT"],
             "pt": ["PT"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "en": ["GB", "IE", "DE", "NL"],
             "da": ["DK"], "no": ["NO"]}


def iban_digits(rng, cc):
    bban = IBAN_BBAN[cc](rng)
    iban = cc + iban_check(cc, bban) + bban
    assert len(iban) == IBAN_LEN[cc] and iban_valid(iban), iban
    return iban


def format_iban(iban, spaced):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4)) if spaced else iban


def gen_iban(rng, lang, cc=None):
    if cc is None:
        cc = rng.choice(LANG_IBAN.get(lang, list(IBAN_BBAN))) if rng.random() < 0.7 else rng.choice(sorted(IBAN_BBAN))
    spaced = rng.random() < 0.55
    return format_iban(iban_digits(rng, cc), spaced), "iban %s %s" % (cc, "spaced" if spaced else "compact")


# Phone numbers: only ranges in current national numbering plans (ITU-T E.164 /
# national regulators' public plans); reserved drama/fiction ranges avoided.
# Each country function returns (type, national_variants, international_variants).
def _sub(r, n, first="23456789"):
    return r.choice(first) + _d(r, n - 1)


def _intl(cc, *parts, trunk_paren=None):
    out = ["+%s %s" % (cc, " ".join(parts)), "00%s %s" % (cc, " ".join(parts)),
           "+%s%s" % (cc, "".join(parts))]
    if trunk_paren:
        out.append("+%s (%s)%s" % (cc, trunk_paren, " ".join(parts)))
    return out


def _ph_de(r):
    if r.random() < 0.55:
        p = r.choice(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174",
                      "175", "176", "177", "178", "179"])
        n = 8 if p[:2] == "15" or p in ("176", "179") else 7
        s = _sub(r, n, "123456789")
        return "mobile", ["0%s %s" % (p, s), "0%s/%s" % (p, s), "0%s-%s" % (p, s), "0%s %s %s" % (p, s[:4], s[4:])], \
            _intl("49", p, s, trunk_paren="0") + ["+49 %s %s %s" % (p, s[:4], s[4:])]
    a, n = r.choice([("30", 8), ("40", 8), ("89", 8), ("69", 8), ("221", 7), ("211", 7), ("711", 7), ("341", 7),
                     ("351", 7), ("511", 7), ("911", 7), ("421", 7)])
    s = _sub(r, n)
    return "landline", ["0%s %s" % (a, s), "(0%s) %s" % (a, s), "0%s/%s" % (a, s), "0%s-%s" % (a, s),
                        "0%s %s %s" % (a, s[:3], s[3:])], _intl("49", a, s, trunk_paren="0")


def _fr_groups(n9):
    return [n9[0]] + [n9[i:i + 2] for i in range(1, 9, 2)]


def _ph_fr(r):
    while True:
        if r.random() < 0.55:
            typ, n = "mobile", r.choice(["6" + _d(r, 8), "7" + r.choice("345678") + _d(r, 7)])
        else:
            typ, n = "landline", r.choice("12345") + r.choice("12345678") + _d(r, 7)
        if not n.startswith(("639", "199", "261", "353", "465", "535")):
            break
    g = _fr_groups(n)
    nat = ["0" + g[0] + sep + sep.join(g[1:]) for sep in (" ", ".", "", "-")]
    return typ, nat, ["+33 " + " ".join(g), "+33 (0)" + " ".join(g), "0033 " + " ".join(g), "+33" + n]


def _ph_gb(r):
    x = r.random()
    if x < 0.5:
        while True:
            n = "7" + r.choice("4579") + _d(r, 8)
            if not n.startswith("7700900"):
                break
        return "mobile", ["0%s %s" % (n[:4], n[4:]), "0" + n], \
            ["+44 %s %s" % (n[:4], n[4:]), "+44 (0)%s %s" % (n[:4], n[4:]), "0044 %s %s" % (n[:4], n[4:]), "+44" + n]
    if x < 0.75:
        while True:
            s = r.choice("378") + _d(r, 7)
            if not s.startswith("7946"):
                break
        return "landline", ["020 %s %s" % (s[:4], s[4:]), "(020) %s %s" % (s[:4], s[4:])], \
            ["+44 20 %s %s" % (s[:4], s[4:]), "+44 (0)20 %s %s" % (s[:4], s[4:]), "0044 20 %s %s" % (s[:4], s[4:])]
    a = r.choice(["161", "121", "131", "113", "117", "141"])
    while True:
        s = _sub(r, 7)
        if not s.startswith("496"):
            break
    return "landline", ["0%s %s %s" % (a, s[:3], s[3:]), "(0%s) %s %s" % (a, s[:3], s[3:])], \
        ["+44 %s %s %s" % (a, s[:3], s[3:]), "+44 (0)%s %s %s" % (a, s[:3], s[3:])]


def _ph_es(r):
    if r.random() < 0.6:
        typ, n = "mobile", r.choice(["6" + _d(r, 8), "7" + r.choice("1234") + _d(r, 7)])
    else:
        typ, n = "landline", r.choice(["91", "93", "95", "96", "94"]) + _sub(r, 7)
    a = "%s %s %s" % (n[:3], n[3:6], n[6:])
    b = "%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]) if typ == "landline" else "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])
    return typ, [a, b, n], ["+34 " + a, "0034 " + a, "+34 " + b, "+34" + n]


IT_MOBILE = ["320", "324", "327", "328", "329", "330", "331", "333", "334", "335", "338", "339", "340", "342",
             "345", "346", "347", "348", "349", "366", "380", "388", "389", "391", "392", "393"]


def _ph_it(r):
    if r.random() < 0.6:
        p, s = r.choice(IT_MOBILE), _d(r, 7)
        return "mobile", ["%s %s %s" % (p, s[:3], s[3:]), "%s-%s" % (p, s), p + s, "%s %s" % (p, s)], \
            ["+39 %s %s %s" % (p, s[:3], s[3:]), "0039 %s %s" % (p, s), "+39 " + p + s, "+39" + p + s]
    a = r.choice(["06", "02"])
    s = _sub(r, 8)
    return "landline", ["%s %s %s" % (a, s[:4], s[4:]), "%s-%s" % (a, s), "%s/%s" % (a, s)], \
        ["+39 %s %s %s" % (a, s[:4], s[4:]), "0039 %s %s" % (a, s), "+39 %s%s" % (a, s)]


def _ph_nl(r):
    if r.random() < 0.6:
        s = r.choice("12345") + _d(r, 7)
        return "mobile", ["06-" + s, "06 %s %s" % (s[:4], s[4:]), "06 " + " ".join(s[i:i + 2] for i in range(0, 8, 2))], \
            ["+31 6 " + s, "+31 (0)6 %s %s" % (s[:4], s[4:]), "0031 6 " + s, "+316" + s]
    a = r.choice(["20", "10", "70", "30", "40", "50"])
    s = _sub(r, 7)
    return "landline", ["0%s-%s %s" % (a, s[:3], s[3:]), "0%s %s" % (a, s), "(0%s) %s %s %s" % (a, s[:3], s[3:5], s[5:])], \
        ["+31 %s %s %s" % (a, s[:3], s[3:]), "+31 (0)%s %s %s" % (a, s[:3], s[3:]), "0031 %s %s" % (a, s)]


PL_MOBILE = (["50%d" % i for i in range(1, 10)] + ["510", "512", "513", "515", "516", "517", "519"] +
             ["53%d" % i for i in range(10)] + ["570", "572", "573", "575", "576", "577", "578", "579"] +
             ["60%d" % i for i in range(10)] + ["66%d" % i for i in range(10)] + ["69%d" % i for i in range(9)] +
             ["72%d" % i for i in range(1, 10)] + ["73%d" % i for i in range(10)] + ["78%d" % i for i in range(10)] +
             ["79%d" % i for i in range(10)] + ["88%d" % i for i in range(10)])


def _ph_pl(r):
    if r.random() < 0.65:
        p, s = r.choice(PL_MOBILE), _d(r, 6)
        a = "%s %s %s" % (p, s[:3], s[3:])
        return "mobile", [a, a.replace(" ", "-"), p + s], ["+48 " + a, "0048 " + a, "+48" + p + s, "+48 " + p + s]
    a, s = r.choice(["22", "12", "71", "61", "58", "42", "32"]), _sub(r, 7, "2345678")
    b = "%s %s %s" % (s[:3], s[3:5], s[5:])
    return "landline", ["%s %s" % (a, b), "(%s) %s" % (a, b), "%s %s" % (a, s)], ["+48 %s %s" % (a, b), "0048 %s %s" % (a, s)]


def _ph_pt(r):
    if r.random() < 0.6:
        typ, n = "mobile", "9" + r.choice("1236") + _d(r, 7)
    else:
        typ, n = "landline", r.choice(["21", "22"]) + _sub(r, 7)
    a = "%s %s %s" % (n[:3], n[3:6], n[6:])
    return typ, [a, n], ["+351 " + a, "00351 " + a, "+351" + n]


def _ph_br(r):
    a = r.choice(["11", "21", "31", "41", "51", "61", "71", "81", "19", "48"])
    if r.random() < 0.65:
        typ, s = "mobile", "9" + r.choice("6789") + _d(r, 7)
        s1, s2 = s[:5], s[5:]
    else:
        typ, s = "landline", r.choice("2345") + _d(r, 7)
        s1, s2 = s[:4], s[4:]
    return typ, ["(%s) %s-%s" % (a, s1, s2), "%s %s-%s" % (a, s1, s2), "(%s) %s %s" % (a, s1, s2)], \
        ["+55 %s %s-%s" % (a, s1, s2), "+55 (%s) %s-%s" % (a, s1, s2), "+55 %s %s %s" % (a, s1, s2), "+55%s%s" % (a, s)]


def _ph_mx(r):
    a = r.choice(["55", "33", "81"])
    s = _d(r, 8, True)
    return "geographic", ["%s %s %s" % (a, s[:4], s[4:]), "(%s) %s-%s" % (a, s[:4], s[4:]), "%s-%s-%s" % (a, s[:4], s[4:])], \
        ["+52 %s %s %s" % (a, s[:4], s[4:]), "+52 (%s) %s %s" % (a, s[:4], s[4:]), "+52%s%s" % (a, s)]


def _ph_jp(r):
    if r.random() < 0.55:
        p, s = r.choice(["90", "80", "70"]), _d(r, 8, True)
        return "mobile", ["0%s-%s-%s" % (p, s[:4], s[4:]), "0%s %s %s" % (p, s[:4], s[4:]), "0%s%s" % (p, s)], \
            ["+81 %s-%s-%s" % (p, s[:4], s[4:]), "+81 %s %s %s" % (p, s[:4], s[4:]), "+81-%s-%s-%s" % (p, s[:4], s[4:])]
    a = r.choice(["3", "6", "45"])
    if a == "45":
        s1, s2 = _sub(r, 3), _d(r, 4)
    else:
        s1, s2 = r.choice({"3": "356", "6": "6"}[a]) + _d(r, 3), _d(r, 4)
    return "landline", ["0%s-%s-%s" % (a, s1, s2), "(0%s) %s-%s" % (a, s1, s2)], \
        ["+81 %s-%s-%s" % (a, s1, s2), "+81 %s %s %s" % (a, s1, s2)]


CN_MOBILE = (["13%d" % i for i in range(10)] + ["150", "151", "152", "153", "155", "156", "157", "158", "159"] +
             ["18%d" % i for i in range(10)] + ["173", "176", "177", "178", "166", "198", "199"])


def _ph_cn(r):
    if r.random() < 0.65:
        p, s = r.choice(CN_MOBILE), _d(r, 8)
        return "mobile", ["%s %s %s" % (p, s[:4], s[4:]), p + s, "%s-%s-%s" % (p, s[:4], s[4:])], \
            ["+86 %s %s %s" % (p, s[:4], s[4:]), "+86 " + p + s, "0086 %s %s %s" % (p, s[:4], s[4:]), "+86-" + p + s]
    a = r.choice(["10", "21", "20", "755"])
    s = r.choice("5678") + _d(r, 7)
    return "landline", ["0%s-%s" % (a, s), "(0%s) %s %s" % (a, s[:4], s[4:]), "0%s %s %s" % (a, s[:4], s[4:])], \
        ["+86 %s %s %s" % (a, s[:4], s[4:]), "+86-%s-%s" % (a, s)]


def _ph_kr(r):
    if r.random() < 0.7:
        s1, s2 = _sub(r, 4), _d(r, 4)
        return "mobile", ["010-%s-%s" % (s1, s2), "010 %s %s" % (s1, s2), "010%s%s" % (s1, s2)], \
            ["+82 10-%s-%s" % (s1, s2), "+82 10 %s %s" % (s1, s2), "+82-10-%s-%s" % (s1, s2)]
    s1, s2 = _sub(r, 4), _d(r, 4)
    return "landline", ["02-%s-%s" % (s1, s2), "(02) %s-%s" % (s1, s2)], ["+82 2-%s-%s" % (s1, s2), "+82 2 %s %s" % (s1, s2)]


def _ph_au(r):
    if r.random() < 0.6:
        while True:
            n = "4" + _d(r, 8)
            if not n.startswith("4915"):
                break
        return "mobile", ["0%s %s %s" % (n[:3], n[3:6], n[6:]), "0" + n], \
            ["+61 %s %s %s" % (n[:3], n[3:6], n[6:]), "+61 " + n, "+61" + n]
    a = r.choice(["2", "3", "7", "8"])
    s = {"2": "9", "3": "9", "7": "3", "8": "8"}[a] + _d(r, 7)
    return "landline", ["(0%s) %s %s" % (a, s[:4], s[4:]), "0%s %s %s" % (a, s[:4], s[4:])], \
        ["+61 %s %s %s" % (a, s[:4], s[4:]), "+61 (0)%s %s %s" % (a, s[:4], s[4:])]


def _ph_in(r):
    if r.random() < 0.75:
        n = r.choice(["98", "99", "97", "96", "94", "93", "91", "90", "88", "87", "81", "80", "79", "78", "77",
                      "76", "75", "73", "70", "63", "62"]) + _d(r, 8)
        return "mobile", ["%s %s" % (n[:5], n[5:]), "0%s %s" % (n[:5], n[5:]), n], \
            ["+91 %s %s" % (n[:5], n[5:]), "+91-" + n, "0091 %s %s" % (n[:5], n[5:]), "+91 " + n]
    a, s = r.choice([("11", "2"), ("22", "2"), ("80", "2"), ("44", "2")])
    s = s + _d(r, 7)
    return "landline", ["0%s %s %s" % (a, s[:4], s[4:]), "0%s-%s" % (a, s)], ["+91 %s %s %s" % (a, s[:4], s[4:]), "+91-%s-%s" % (a, s)]


def _ch_fmt(a, s):
    return "%s %s %s %s" % (a, s[:3], s[3:5], s[5:])


def _ph_ch(r):
    if r.random() < 0.55:
        a, typ = "7" + r.choice("56789"), "mobile"
    else:
        a, typ = r.choice(["44", "22", "31", "61", "21", "41"]), "landline"
    s = _sub(r, 7)
    return typ, ["0" + _ch_fmt(a, s), "0%s%s" % (a, s)], \
        ["+41 " + _ch_fmt(a, s), "0041 " + _ch_fmt(a, s), "+41 (0)" + _ch_fmt(a, s), "+41%s%s" % (a, s)]


def _ph_at(r):
    if r.random() < 0.6:
        p = r.choice(["664", "676", "650", "660", "699", "681", "688"])
        s = _d(r, 7, True)
        return "mobile", ["0%s %s" % (p, s), "0%s/%s" % (p, s), "0%s %s %s %s" % (p, s[:3], s[3:5], s[5:])], \
            _intl("43", p, s, trunk_paren="0")
    a, s = r.choice([("1", 7), ("316", 6), ("512", 6), ("662", 6)])
    s = _sub(r, s)
    return "landline", ["0%s %s" % (a, s), "0%s/%s" % (a, s), "(0%s) %s" % (a, s)], _intl("43", a, s, trunk_paren="0")


def _ph_be(r):
    if r.random() < 0.6:
        p, s = "4" + r.choice("789") + r.choice("0123456789"), _d(r, 6)
        a = "%s %s %s %s" % (p, s[:2], s[2:4], s[4:])
        return "mobile", ["0" + a, "0%s/%s" % (p, s)], ["+32 " + a, "0032 " + a, "+32%s%s" % (p, s)]
    s = _sub(r, 7)
    a = "2 %s %s %s" % (s[:3], s[3:5], s[5:])
    return "landline", ["0" + a, "02/%s" % s], ["+32 " + a, "0032 " + a]


def _ph_se(r):
    if r.random() < 0.6:
        p, s = "7" + r.choice("0236"), _d(r, 7, True)
        return "mobile", ["0%s-%s %s %s" % (p, s[:3], s[3:5], s[5:]), "0%s %s %s %s" % (p, s[:3], s[3:5], s[5:])], \
            ["+46 %s %s %s %s" % (p, s[:3], s[3:5], s[5:]), "+46 (0)%s-%s %s %s" % (p, s[:3], s[3:5], s[5:]), "0046 %s%s" % (p, s)]
    s = r.choice("4567") + _d(r, 7)
    return "landline", ["08-%s %s %s" % (s[:3], s[3:6], s[6:]), "08 %s %s %s" % (s[:3], s[3:6], s[6:])], \
        ["+46 8 %s %s %s" % (s[:3], s[3:6], s[6:]), "+46 8%s" % s]


def _ph_ie(r):
    if r.random() < 0.65:
        p, s = "8" + r.choice("35679"), _sub(r, 7)
        return "mobile", ["0%s %s %s" % (p, s[:3], s[3:]), "0%s-%s" % (p, s)], ["+353 %s %s %s" % (p, s[:3], s[3:]), "00353 %s %s" % (p, s), "+353%s%s" % (p, s)]
    s = _sub(r, 7)
    return "landline", ["01 %s %s" % (s[:3], s[3:]), "(01) %s %s" % (s[:3], s[3:])], ["+353 1 %s %s" % (s[:3], s[3:]), "+353 (0)1 %s %s" % (s[:3], s[3:])]


def _ph_cl(r):
    if r.random() < 0.65:
        s = r.choice("3456789") + _d(r, 7)
        return "mobile", ["9 %s %s" % (s[:4], s[4:]), "9%s" % s, "09 %s %s" % (s[:4], s[4:])], ["+56 9 %s %s" % (s[:4], s[4:]), "+569%s" % s, "+56 9%s" % s]
    s = "2" + _d(r, 7, True)
    return "landline", ["2 %s %s" % (s[:4], s[4:]), "(2) %s %s" % (s[:4], s[4:]), "22%s" % s[1:]][:2], ["+56 2 %s %s" % (s[:4], s[4:]), "+56 2%s" % s]


def _ph_pe(r):
    if r.random() < 0.65:
        s = _d(r, 8, True)
        return "mobile", ["9%s %s %s" % (s[:2], s[2:5], s[5:]), "9" + s], ["+51 9%s %s %s" % (s[:2], s[2:5], s[5:]), "+519" + s]
    s = _sub(r, 7)
    return "landline", ["(01) %s %s" % (s[:3], s[3:]), "01 %s %s" % (s[:3], s[3:])], ["+51 1 %s %s" % (s[:3], s[3:]), "+51 1%s" % s]


def _ph_no(r):
    if r.random() < 0.7:
        n = r.choice("49") + _d(r, 7)
        typ = "mobile"
    else:
        n = "2" + r.choice("123") + _d(r, 6)
        typ = "landline"
    a = "%s %s %s" % (n[:3], n[3:5], n[5:]) if typ == "mobile" else " ".join(n[i:i + 2] for i in range(0, 8, 2))
    return typ, [a, n], ["+47 " + a, "0047 " + a, "+47" + n]


def _ph_cz(r):
    if r.random() < 0.7:
        n = r.choice(["60" + r.choice("1234578"), "7" + r.choice("2379") + r.choice("0123456789")]) + _d(r, 6)
        typ = "mobile"
    else:
        n = "2" + r.choice("2345") + _d(r, 7)
        typ = "landline"
    a = "%s %s %s" % (n[:3], n[3:6], n[6:])
    return typ, [a], ["+420 " + a, "00420 " + a, "+420" + n]


def _ph_dk(r):
    n = r.choice(["2" + r.choice("0123456789"), "3" + r.choice("01"), "4" + r.choice("012"), "5" + r.choice("0123"),
                  "6" + r.choice("01")]) + _d(r, 6)
    a = " ".join(n[i:i + 2] for i in range(0, 8, 2))
    return "mobile", [a, n], ["+45 " + a, "0045 " + a, "+45" + n]


US_NPA = ["212", "646", "718", "917", "312", "773", "415", "510", "408", "650", "206", "425", "617", "857", "713",
          "832", "214", "469", "303", "720", "503", "971", "404", "678", "305", "786", "602", "480", "612", "702",
          "615", "919", "704", "412", "215", "202", "301", "703", "571", "313", "216", "614", "314", "816", "504", "801"]
CA_NPA = ["416", "647", "604", "778", "514", "438", "403", "587", "613", "905"]


def _nanp(r, npa_list):
    npa = r.choice(npa_list)
    while True:
        nxx = r.choice("23456789") + _d(r, 2)
        if nxx[1:] != "11" and nxx not in ("555", "950", "958", "959", "976"):
            break
    line = _d(r, 4)
    nat = ["(%s) %s-%s" % (npa, nxx, line), "%s-%s-%s" % (npa, nxx, line), "%s.%s.%s" % (npa, nxx, line),
           "%s %s %s" % (npa, nxx, line), "1-%s-%s-%s" % (npa, nxx, line)]
    intl = ["+1 %s %s %s" % (npa, nxx, line), "+1 (%s) %s-%s" % (npa, nxx, line), "+1-%s-%s-%s" % (npa, nxx, line),
            "+1%s%s%s" % (npa, nxx, line), "+1.%s.%s.%s" % (npa, nxx, line)]
    return "geographic", nat, intl


PHONE_PLANS = {
    "DE": _ph_de, "FR": _ph_fr, "GB": _ph_gb, "ES": _ph_es, "IT": _ph_it, "NL": _ph_nl, "PL": _ph_pl, "PT": _ph_pt,
    "BR": _ph_br, "MX": _ph_mx, "JP": _ph_jp, "CN": _ph_cn, "KR": _ph_kr, "AU": _ph_au, "IN": _ph_in, "CH": _ph_ch,
    "AT": _ph_at, "BE": _ph_be, "SE": _ph_se, "IE": _ph_ie, "CL": _ph_cl, "PE": _ph_pe, "NO": _ph_no, "CZ": _ph_cz,
    "DK": _ph_dk, "US": lambda r: _nanp(r, US_NPA), "CA": lambda r: _nanp(r, CA_NPA),
}
# ccTLD (last label of the host) -> country whose national format may appear
CCTLD_COUNTRY = {"de": "DE", "fr": "FR", "uk": "GB", "es": "ES", "it": "IT", "nl": "NL", "pl": "PL", "pt": "PT",
                 "br": "BR", "mx": "MX", "jp": "JP", "cn": "CN", "kr": "KR", "au": "AU", "in": "IN", "ch": "CH",
                 "at": "AT", "be": "BE", "se": "SE", "ie": "IE", "cl": "CL", "pe": "PE", "no": "NO", "cz": "CZ",
                 "dk": "DK", "ca": "CA"}
LANG_COUNTRIES = {"de": ["DE", "DE", "AT", "CH"], "fr": ["FR", "FR", "BE", "CH"], "es": ["ES", "MX", "CL", "PE"],
                  "it": ["IT"], "pt": ["PT", "BR"], "nl": ["NL", "NL", "BE"], "pl": ["PL"], "zh": ["CN"], "ja": ["JP"],
                  "ko": ["KR"], "sv": ["SE"], "da": ["DK"], "cs": ["CZ"], "no": ["NO"],
                  "en": ["GB", "IE", "AU", "IN", "CA", "US"]}


def url_country(url):
    if not url:
        return None
    host = urllib.parse.urlsplit(url).hostname or ""
    return CCTLD_COUNTRY.get(host.rsplit(".", 1)[-1])


def gen_phone(rng, country, national):
    typ, nat, intl = PHONE_PLANS[country](rng)
    if national:
        v = rng.choice(nat)
        form = "national"
    else:
        v = rng.choice(intl)
        form = "intl 00CC" if v.startswith("00") else "intl +CC"
    return v, "phone %s %s %s" % (country, typ, form)


# ---------------------------------------------------------------------------
# Part 3: look-alikes (numbers and strings that are NOT personal data)
# ---------------------------------------------------------------------------
def _hex(r, n, upper=False):
    s = "".join(r.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def la_version3(r):
    a = r.choice([0, 1, 1, 2, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 14, 16, 18, 20, 22, 24, 115, 2023])
    v = "%d.%d.%d" % (a, r.randint(0, 30), r.randint(0, 40))
    return r.choice([v, v, v, "v" + v, v + "-beta.1" if r.random() < 0.3 else v])


def la_version4(r):
    # many 4-part versions have all parts <= 255, i.e. they look exactly like an IPv4 address
    if r.random() < 0.6:
        return "%d.%d.%d.%d" % (r.randint(1, 20), r.randint(0, 12), r.randint(0, 60), r.randint(0, 250))
    return r.choice(["%d.0.%d.%d" % (r.choice([10, 11]), r.randint(19041, 22631), r.randint(1, 3900)),
                     "%d.0.%d.%d" % (r.randint(110, 126), r.randint(5000, 6500), r.randint(10, 200)),
                     "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(1000, 9999))])


def la_section_number(r):
    parts = [str(r.randint(1, 14))] + [str(r.randint(1, 12)) for _ in range(r.choice([1, 2, 3, 3]))]
    return ".".join(parts)


def la_oid(r):
    return r.choice(["1.3.6.1.4.1.%d.%d.%d" % (r.randint(300, 60000), r.randint(1, 20), r.randint(1, 9)),
                     "2.5.4.%d" % r.choice([3, 6, 7, 8, 10, 11]), "1.2.840.113549.1.1.%d" % r.choice([1, 5, 11, 12, 13]),
                     "2.16.840.1.101.3.4.2.%d" % r.randint(1, 3), "1.3.6.1.2.1.%d.%d.%d" % (r.randint(1, 4), r.randint(1, 9), r.randint(1, 30)),
                     "2.5.29.%d" % r.choice([14, 15, 17, 19, 31, 32, 35, 37])])


def la_private_ip(r):
    return r.choice(["192.168.%d.%d" % (r.choice([0, 1, 1, 2, 10, 100, 178]), r.randint(2, 254)),
                     "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                     "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)),
                     "fd%02x:%x:%x::%x" % (r.randint(0, 255), r.randint(1, 0xffff), r.randint(1, 0xffff), r.randint(1, 0xfff))])


def la_loopback_ip(r):
    return r.choice(["127.0.0.1", "127.0.0.1", "127.0.1.1", "127.%d.%d.%d" % (r.randint(0, 9), r.randint(0, 9), r.randint(1, 9)), "::1"])


def la_link_local_ip(r):
    return r.choice(["169.254.%d.%d" % (r.randint(1, 254), r.randint(1, 254)),
                     "fe80::%x:%xff:fe%02x:%x" % (r.randint(0x100, 0xffff), r.randint(0x10, 0xff), r.randint(0, 255), r.randint(0x100, 0xffff))])


def la_cgnat_ip(r):
    return "100.%d.%d.%d" % (r.randint(64, 127), r.randint(0, 255), r.randint(1, 254))


def la_documentation_ip(r):
    return r.choice(["192.0.2.%d" % r.randint(1, 254), "198.51.100.%d" % r.randint(1, 254), "203.0.113.%d" % r.randint(1, 254),
                     "2001:db8:%x::%x" % (r.randint(1, 0xffff), r.randint(1, 0xfff)), "2001:db8::%x" % r.randint(1, 0xff)])


def la_multicast_ip(r):
    return r.choice(["224.0.0.%d" % r.choice([1, 2, 5, 18, 22, 251, 252]), "239.255.255.250",
                     "239.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                     "233.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), "ff02::1", "ff02::fb", "ff05::1:3"])


def la_reserved_ip(r):
    return r.choice(["0.0.0.0", "255.255.255.255", "240.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
                     "198.18.%d.%d" % (r.randint(0, 255), r.randint(1, 254)), "198.19.%d.%d" % (r.randint(0, 255), r.randint(1, 254))])


def la_netmask(r):
    return r.choice(["255.255.255.0", "255.255.0.0", "255.255.255.128", "255.255.240.0", "255.255.252.0",
                     "255.255.255.248", "255.0.0.0", "0.0.0.255", "0.0.15.255"])


def la_date(r, lang="en"):
    y, m, d = r.randint(1998, 2025), r.randint(1, 12), r.randint(1, 28)
    opts = ["%04d-%02d-%02d" % (y, m, d), "%02d.%02d.%04d" % (d, m, y), "%d/%d/%04d" % (m, d, y), "%02d/%02d/%04d" % (d, m, y),
            "%d.%d.%d" % (d, m, y % 100)]
    if lang in ("zh", "ja"):
        opts += ["%d年%d月%d日" % (y, m, d)] * 2
    return r.choice(opts)


def la_time(r):
    h, m, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(["%02d:%02d" % (h, m), "%02d:%02d:%02d" % (h, m, s), "%d:%02d %s" % (h % 12 or 12, m, r.choice(["AM", "PM", "pm"])),
                     "%02dh%02d" % (h, m), "%02d.%02d Uhr" % (h, m)])


def la_timestamp(r):
    y, mo, d, h, mi, s = r.randint(2015, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
    return r.choice(["%04d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, h, mi, s),
                     "%04d-%02d-%02d %02d:%02d:%02d,%03d" % (y, mo, d, h, mi, s, r.randint(0, 999)),
                     "%04d-%02d-%02dT%02d:%02d:%02d.%06d+02:00" % (y, mo, d, h, mi, s, r.randint(0, 999999)),
                     str(r.randint(1420070400, 1735689600)), str(r.randint(1420070400000, 1735689600000))])


def la_price(r, lang="en"):
    a = r.randint(1, 4999)
    c = r.randint(0, 99)
    de_style = "{:,}".format(a).replace(",", ".") + ",%02d" % c
    return r.choice({"de": ["%s €" % de_style, "EUR %s" % de_style, "%s EUR" % de_style],
                     "fr": ["%s €" % ("{:,}".format(a).replace(",", "\u202f") + ",%02d" % c)],
                     "es": ["%s €" % de_style, "$%s" % de_style], "it": ["€ %s" % de_style],
                     "pt": ["R$ %s" % de_style, "%s €" % de_style], "nl": ["€ %s" % de_style],
                     "pl": ["%s zł" % ("{:,}".format(a).replace(",", " ") + ",%02d" % c)],
                     "zh": ["¥%d" % a, "￥%d.%02d" % (a, c), "%d元" % a], "ja": ["¥%s" % "{:,}".format(a * 10), "%s円" % "{:,}".format(a * 10)],
                     }.get(lang, ["$%s.%02d" % ("{:,}".format(a), c), "£%d.%02d" % (a, c), "USD %s.%02d" % ("{:,}".format(a), c)]))


def la_percentage(r, lang="en"):
    x = r.choice(["%d" % r.randint(1, 100), "%d.%d" % (r.randint(0, 99), r.randint(0, 9)), "%d.%02d" % (r.randint(0, 20), r.randint(0, 99))])
    if lang in ("de", "fr", "es", "it", "pt", "nl", "pl"):
        return x.replace(".", ",") + r.choice([" %", "%"])
    return x + "%"


def _isbn13(r):
    while True:
        body = "978" + r.choice("0123") + _d(r, 8)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            return full


def la_isbn(r):
    if r.random() < 0.7:
        f = _isbn13(r)
        return r.choice(["%s-%s-%s-%s-%s" % (f[:3], f[3], f[4:7], f[7:12], f[12]), f])
    body = r.choice("0123") + _d(r, 8)
    s = sum(int(c) * (10 - i) for i, c in enumerate(body))
    ck = (11 - s % 11) % 11
    f = body + ("X" if ck == 10 else str(ck))
    return "%s-%s-%s-%s" % (f[0], f[1:4], f[4:9], f[9])


def la_ean(r):
    while True:
        body = r.choice(["400", "401", "402", "405", "409", "410", "420", "300", "350", "500", "540", "590", "800", "840", "870", "490", "690", "880"]) + _d(r, 9)
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
        full = body + str((10 - s % 10) % 10)
        if not luhn_ok(full):
            return full


def la_doi(r):
    return r.choice(["10.1038/s41586-%03d-%04d-%d" % (r.randint(18, 24), r.randint(1000, 9999), r.randint(0, 9)),
                     "10.1016/j.%s.%04d.%02d.%03d" % (r.choice(["cell", "neuron", "jbiotec", "envres"]), r.randint(2010, 2024), r.randint(1, 12), r.randint(1, 120)),
                     "10.1145/%d.%d" % (r.randint(3000000, 3700000), r.randint(3000000, 3700000)),
                     "10.48550/arXiv.%02d%02d.%05d" % (r.randint(18, 24), r.randint(1, 12), r.randint(1, 19999)),
                     "10.1371/journal.pone.%07d" % r.randint(100000, 320000)])


def la_uuid(r):
    h = _hex(r, 32)
    h = h[:12] + "4" + h[13:16] + r.choice("89ab") + h[17:]
    u = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return u.upper() if r.random() < 0.2 else u


def la_hash(r):
    return r.choice([_hex(r, 40), _hex(r, 64), _hex(r, 32), _hex(r, 7), _hex(r, 12), "sha256:" + _hex(r, 64)])


def la_gps(r):
    lat, lon = r.uniform(-60, 70), r.uniform(-170, 170)
    return r.choice(["%.5f, %.5f" % (lat, lon), "%.6f,%.6f" % (lat, lon),
                     "%d°%02d′%02d″%s %d°%02d′%02d″%s" % (abs(lat), r.randint(0, 59), r.randint(0, 59), "N" if lat > 0 else "S",
                                                       abs(lon), r.randint(0, 59), r.randint(0, 59), "E" if lon > 0 else "W"),
                     "%.4f° %s, %.4f° %s" % (abs(lat), "N" if lat > 0 else "S", abs(lon), "E" if lon > 0 else "W")])


def la_mac(r):
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] &= 0xfe
    return r.choice([":".join("%02x" % x for x in b), ":".join("%02X" % x for x in b), "-".join("%02X" % x for x in b),
                     "%02x%02x.%02x%02x.%02x%02x" % tuple(b)])


def _not_luhn(digits):
    if luhn_ok(digits):
        last = (int(digits[-1]) + 1) % 10
        digits = digits[:-1] + str(last)
    return digits


def la_order_number(r):
    return r.choice(["%03d-%07d-%07d" % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999999)),
                     "ORD-%d-%06d" % (r.randint(2019, 2025), r.randint(1, 999999)), "#%d" % r.randint(100000, 9999999),
                     "A%s" % _d(r, 9), "%d-%s" % (r.randint(2019, 2025), _d(r, 6)), "BE-%s" % _d(r, 8)])


def la_tracking_number(r):
    return r.choice(["1Z%s%s%s" % ("".join(r.choice("0123456789ABCDEFGHJKLMNPRSTVWXY") for _ in range(6)), _d(r, 2), _d(r, 8)),
                     "%s%s%s" % (r.choice(["RR", "LX", "CP", "EE", "RB"]), _d(r, 9), r.choice(["DE", "CN", "GB", "FR", "NL", "PL"])),
                     "0034%s" % _d(r, 16), "9400 %s %s %s %s %s" % (_d(r, 4), _d(r, 4), _d(r, 4), _d(r, 4), _d(r, 2)),
                     "JJD%s" % _d(r, 18), "%s" % _d(r, 12)])


def la_invoice_number(r):
    y = r.randint(2018, 2025)
    return r.choice(["INV-%d-%04d" % (y, r.randint(1, 9999)), "RE-%d/%04d" % (y, r.randint(1, 9999)), "F%d-%06d" % (y, r.randint(1, 999999)),
                     "%d-%02d-%04d" % (y, r.randint(1, 12), r.randint(1, 9999)), "FA%d%05d" % (y % 100, r.randint(1, 99999)),
                     "%s/%d" % (_d(r, 5), y)])


def la_sku(r):
    return r.choice(["SKU-%05d-%s-%s" % (r.randint(1, 99999), r.choice(["BLK", "WHT", "RED", "NVY"]), r.choice(["S", "M", "L", "XL"])),
                     "%s-%04d" % ("".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(2)), r.randint(1, 9999)),
                     "%s%d-%02d" % (r.choice(["TS", "HD", "KB", "MX"]), r.randint(100, 9999), r.randint(1, 99)),
                     "%d.%03d.%02d" % (r.randint(100, 999), r.randint(0, 999), r.randint(0, 99))])


def la_luhn_fail_16(r):
    while True:
        s = r.choice(["4", "5", "4", "37", "6011", "35"]) + _d(r, 15)
        s = s[:16]
        if not luhn_ok(s) and len(set(s)) > 3:
            break
    sep = r.choice([" ", "-", "", " "])
    return sep.join(s[i:i + 4] for i in range(0, 16, 4))


def la_iban_bad_checksum(r, lang="en"):
    cc = r.choice(LANG_IBAN.get(lang, sorted(IBAN_BBAN)))
    good = iban_digits(r, cc)
    while True:
        bad = good[:2] + "%02d" % r.randint(2, 98) + good[4:]
        if not iban_valid(bad):
            break
    return format_iban(bad, r.random() < 0.6)


def la_postal_code(r, lang="en"):
    return r.choice({"de": ["%05d" % r.randint(1067, 99998)], "fr": ["%05d" % r.randint(1000, 95999)], "es": ["%05d" % r.randint(1001, 52080)],
                     "it": ["%05d" % r.randint(10, 98168)], "pt": ["%04d-%03d" % (r.randint(1000, 9999), r.randint(0, 999))],
                     "nl": ["%04d %s" % (r.randint(1000, 9999), "".join(r.choice("ABCDEGHJKLMNPRSTVWXZ") for _ in range(2)))],
                     "pl": ["%02d-%03d" % (r.randint(0, 99), r.randint(0, 999))], "ja": ["%03d-%04d" % (r.randint(100, 999), r.randint(0, 9999))],
                     "zh": ["%06d" % r.randint(100000, 850000)]}.get(
        lang, ["%05d" % r.randint(1001, 99950), "%s%d %d%s" % (r.choice(["SW", "EC", "N", "M", "B", "LS"]), r.randint(1, 20), r.randint(1, 9),
                                                            "".join(r.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))),
               "%05d-%04d" % (r.randint(1001, 99950), r.randint(0, 9999))]))


def la_arithmetic(r):
    a, b = r.randint(2, 999), r.randint(2, 99)
    return r.choice(["%d + %d = %d" % (a, b, a + b), "%d × %d = %d" % (a, b, a * b), "%d * %d = %d" % (a, b, a * b),
                     "%d - %d = %d" % (a, b, a - b), "(%d + %d) / 2 = %g" % (a, b, (a + b) / 2), "2^%d = %d" % (b % 30 + 2, 2 ** (b % 30 + 2))])


def la_score(r):
    return r.choice(["%d:%d" % (r.randint(0, 6), r.randint(0, 6)), "%d–%d" % (r.randint(0, 5), r.randint(0, 5)),
                     "%d-%d" % (r.randint(70, 130), r.randint(70, 130)), "%d/%d" % (r.randint(1, 10), 10),
                     "%d.%d/5" % (r.randint(1, 4), r.randint(0, 9)), "6:%d, 7:%d" % (r.randint(0, 4), r.randint(5, 6))])


def la_product_code(r):
    return r.choice(["WH-%d%s%d" % (r.randint(100, 1000), r.choice(["XM", "CH", "RF"]), r.randint(2, 5)),
                     "SM-%s%d%s" % (r.choice("AGSFN"), r.randint(100, 999), r.choice(["B", "F", "U", "B/DS"])),
                     "KD-%d%s%dK" % (r.choice([43, 50, 55, 65]), r.choice(["X", "A"]), r.randint(75, 95)),
                     "A%d" % r.randint(1500, 3200), "RTX %d" % r.choice([3060, 3080, 4070, 4090]),
                     "%s%d-%d" % (r.choice(["DCD", "GSR", "TE"]), r.randint(700, 999), r.randint(1, 2))])


def la_serial_number(r):
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return r.choice(["C02%s" % "".join(r.choice(al) for _ in range(7)), "5CG%d%s" % (r.randint(1000, 9999), "".join(r.choice(al) for _ in range(3))),
                     "%s-%s-%s" % ("".join(r.choice(al) for _ in range(4)), "".join(r.choice(al) for _ in range(4)), "".join(r.choice(al) for _ in range(4))),
                     "SN%s" % _d(r, 10), "%s %s %s" % (_d(r, 4), _d(r, 4), _d(r, 4))])


def la_at_not_email(r):
    h = r.choice(["anna_b", "devops_daily", "MeteoSuisse", "kurzgesagt", "lenakocht", "the_real_tom", "bvg_kampagne"])
    return r.choice(["@" + h, "@" + h, "logo@2x.png", "icon@3x.webp", "lodash@4.17.%d" % r.randint(10, 21),
                     "@types/node@%d.%d.%d" % (r.randint(16, 22), r.randint(0, 11), r.randint(0, 30)),
                     "@media (max-width: %dpx)" % r.choice([480, 600, 768, 1024]), "@Override", "@app.route",
                     "%d @ %d,%02d €" % (r.randint(2, 20), r.randint(1, 9), r.randint(0, 99)), "node@%d" % r.randint(16, 22),
                     "python@3.%d" % r.randint(9, 13), "@everyone"])


LOOK_GEN = {
    "version3": la_version3, "version4": la_version4, "section_number": la_section_number, "oid": la_oid,
    "private_ip": la_private_ip, "loopback_ip": la_loopback_ip, "link_local_ip": la_link_local_ip, "cgnat_ip": la_cgnat_ip,
    "documentation_ip": la_documentation_ip, "multicast_ip": la_multicast_ip, "reserved_ip": la_reserved_ip,
    "netmask": la_netmask, "date": la_date, "time": la_time, "timestamp": la_timestamp, "price": la_price,
    "percentage": la_percentage, "isbn": la_isbn, "ean": la_ean, "doi": la_doi, "uuid": la_uuid, "hash": la_hash,
    "gps": la_gps, "mac": la_mac, "order_number": la_order_number, "tracking_number": la_tracking_number,
    "invoice_number": la_invoice_number, "sku": la_sku, "luhn_fail_16": la_luhn_fail_16,
    "iban_bad_checksum": la_iban_bad_checksum, "postal_code": la_postal_code, "arithmetic": la_arithmetic,
    "score": la_score, "product_code": la_product_code, "serial_number": la_serial_number, "at_not_email": la_at_not_email,
}
LOOK_WEIGHT = {"version3": 45, "version4": 55, "section_number": 22, "oid": 18, "private_ip": 30, "loopback_ip": 12,
               "link_local_ip": 12, "cgnat_ip": 12, "documentation_ip": 16, "multicast_ip": 12, "reserved_ip": 10,
               "netmask": 16}
LANG_AWARE = {"date", "price", "percentage", "iban_bad_checksum", "postal_code"}


def gen_look(r, name, lang):
    f = LOOK_GEN[name]
    while True:
        v = f(r, lang) if name in LANG_AWARE else f(r)
        d = re.sub(r"[ \-]", "", v)
        if not (d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d)):   # never card-valid
            return v


# ---------------------------------------------------------------------------
# Part 4a: labels ("deciding words") and prose templates per language
# ---------------------------------------------------------------------------
PROSE_LANGS = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "zh", "ja")

PII_LABEL = {
    "en": {"email": ["Email", "E-mail", "Mail"], "ip": ["IP", "IP address", "Public IP"], "phone": ["Phone", "Tel.", "Mobile", "Cell"],
           "card": ["Card number", "Credit card", "Card"], "iban": ["IBAN", "Bank account (IBAN)"]},
    "de": {"email": ["E-Mail", "Mail"], "ip": ["IP-Adresse", "IP"], "phone": ["Tel.", "Telefon", "Mobil", "Handy"],
           "card": ["Kreditkarte", "Kartennummer"], "iban": ["IBAN", "Konto (IBAN)"]},
    "fr": {"email": ["E-mail", "Courriel", "Mél."], "ip": ["Adresse IP", "IP"], "phone": ["Tél.", "Téléphone", "Portable"],
           "card": ["Carte bancaire", "N° de carte"], "iban": ["IBAN", "RIB / IBAN"]},
    "es": {"email": ["Correo", "Correo electrónico", "Email"], "ip": ["Dirección IP", "IP"], "phone": ["Tel.", "Teléfono", "Móvil"],
           "card": ["Tarjeta", "Número de tarjeta"], "iban": ["IBAN", "Cuenta (IBAN)"]},
    "it": {"email": ["E-mail", "Posta elettronica"], "ip": ["Indirizzo IP", "IP"], "phone": ["Tel.", "Telefono", "Cell."],
           "card": ["Carta di credito", "Numero carta"], "iban": ["IBAN", "Coordinate IBAN"]},
    "pt": {"email": ["E-mail", "Correio eletrónico"], "ip": ["Endereço IP", "IP"], "phone": ["Tel.", "Telefone", "Telemóvel", "Celular"],
           "card": ["Cartão de crédito", "Número do cartão"], "iban": ["IBAN", "NIB / IBAN"]},
    "nl": {"email": ["E-mail", "Mail"], "ip": ["IP-adres", "IP"], "phone": ["Tel.", "Telefoon", "Mobiel"],
           "card": ["Creditcard", "Kaartnummer"], "iban": ["IBAN", "Rekeningnummer (IBAN)"]},
    "pl": {"email": ["E-mail", "Adres e-mail"], "ip": ["Adres IP", "IP"], "phone": ["Tel.", "Telefon", "Komórka"],
           "card": ["Karta", "Numer karty"], "iban": ["IBAN", "Nr konta (IBAN)"]},
    "zh": {"email": ["邮箱", "电子邮件", "Email"], "ip": ["IP地址", "IP"], "phone": ["电话", "手机", "联系电话"],
           "card": ["信用卡号", "卡号"], "iban": ["IBAN", "国际银行账号"]},
    "ja": {"email": ["メール", "メールアドレス", "E-mail"], "ip": ["IPアドレス", "IP"], "phone": ["電話", "TEL", "携帯"],
           "card": ["カード番号", "クレジットカード"], "iban": ["IBAN", "口座番号(IBAN)"]},
}

LA_LABEL = {
    "version3": {"en": ["version", "v", "release"], "de": ["Version"], "fr": ["version"], "es": ["versión"], "it": ["versione"],
                 "pt": ["versão"], "nl": ["versie"], "pl": ["wersja"], "zh": ["版本"], "ja": ["バージョン"]},
    "version4": {"en": ["version", "build", "file version"], "de": ["Version", "Build"], "fr": ["version"], "es": ["versión"],
                 "it": ["versione"], "pt": ["versão"], "nl": ["versie"], "pl": ["wersja"], "zh": ["版本号"], "ja": ["バージョン"]},
    "section_number": {"en": ["Section", "§", "clause"], "de": ["Abschnitt", "§", "Ziffer"], "fr": ["article", "§"], "es": ["apartado", "artículo"],
                       "it": ["paragrafo", "art."], "pt": ["secção", "artigo"], "nl": ["paragraaf", "artikel"], "pl": ["punkt", "§"],
                       "zh": ["条款", "章节"], "ja": ["条項", "節"]},
    "oid": {"en": ["OID", "object identifier"]},
    "private_ip": {"en": ["internal IP", "LAN address", "gateway"], "de": ["interne IP", "Router"], "fr": ["IP locale"], "es": ["IP local"], "zh": ["内网IP"], "ja": ["ローカルIP"]},
    "loopback_ip": {"en": ["localhost", "loopback"]},
    "link_local_ip": {"en": ["link-local", "APIPA address"]},
    "cgnat_ip": {"en": ["CGNAT address", "WAN (CGNAT)"]},
    "documentation_ip": {"en": ["example address", "e.g."], "de": ["Beispieladresse", "z. B."], "fr": ["adresse d'exemple"]},
    "multicast_ip": {"en": ["multicast group", "mcast"]},
    "reserved_ip": {"en": ["bind address", "reserved"]},
    "netmask": {"en": ["netmask", "subnet mask", "mask"], "de": ["Subnetzmaske", "Netzmaske"], "fr": ["masque"], "es": ["máscara"]},
    "date": {"en": ["date", "dated"], "de": ["Datum", "vom"], "fr": ["date", "le"], "es": ["fecha"], "it": ["data"], "pt": ["data"],
             "nl": ["datum"], "pl": ["data"], "zh": ["日期"], "ja": ["日付"]},
    "time": {"en": ["at", "time"], "de": ["um", "Uhrzeit"], "fr": ["à", "heure"], "es": ["hora", "a las"], "it": ["ore"], "pt": ["hora", "às"],
             "nl": ["om", "tijd"], "pl": ["godz."], "zh": ["时间"], "ja": ["時刻"]},
    "timestamp": {"en": ["timestamp", "ts", "created_at"]},
    "price": {"en": ["price", "total", "amount"], "de": ["Preis", "Betrag", "Summe"], "fr": ["prix", "montant", "total"], "es": ["precio", "importe"],
              "it": ["prezzo", "importo"], "pt": ["preço", "valor"], "nl": ["prijs", "bedrag"], "pl": ["cena", "kwota"], "zh": ["价格", "金额"], "ja": ["価格", "金額"]},
    "percentage": {"en": ["rate", "share"], "de": ["Anteil", "Quote"], "fr": ["taux"], "es": ["tasa"], "it": ["tasso"], "pt": ["taxa"],
                   "nl": ["percentage"], "pl": ["odsetek"], "zh": ["比例"], "ja": ["割合"]},
    "isbn": {"en": ["ISBN"]}, "ean": {"en": ["EAN", "GTIN", "barcode"]}, "doi": {"en": ["DOI", "doi:"]},
    "uuid": {"en": ["UUID", "request_id", "guid"]}, "hash": {"en": ["SHA-256", "commit", "checksum", "md5"]},
    "gps": {"en": ["GPS", "coordinates", "lat/lon"], "de": ["Koordinaten", "GPS"], "fr": ["coordonnées GPS"], "es": ["coordenadas"], "zh": ["坐标"], "ja": ["座標"]},
    "mac": {"en": ["MAC", "MAC address", "hwaddr"]},
    "order_number": {"en": ["order no.", "Order #", "order"], "de": ["Bestellnummer", "Auftrag"], "fr": ["commande n°"], "es": ["pedido n.º"],
                     "it": ["ordine n."], "pt": ["pedido n.º"], "nl": ["bestelnummer"], "pl": ["zamówienie nr"], "zh": ["订单号"], "ja": ["注文番号"]},
    "tracking_number": {"en": ["tracking number", "tracking"], "de": ["Sendungsnummer", "Sendungsverfolgung"], "fr": ["n° de suivi"],
                        "es": ["número de seguimiento"], "it": ["tracking"], "pt": ["código de rastreio"], "nl": ["track & trace"],
                        "pl": ["numer przesyłki"], "zh": ["快递单号"], "ja": ["追跡番号"]},
    "invoice_number": {"en": ["invoice no.", "Invoice"], "de": ["Rechnungsnummer", "Rechnung Nr."], "fr": ["facture n°"], "es": ["factura n.º"],
                       "it": ["fattura n."], "pt": ["fatura n.º"], "nl": ["factuurnummer"], "pl": ["faktura nr"], "zh": ["发票号"], "ja": ["請求書番号"]},
    "sku": {"en": ["SKU", "item no.", "Art.-Nr."], "de": ["Art.-Nr.", "Artikelnummer"], "fr": ["réf."], "es": ["ref."], "zh": ["货号"], "ja": ["品番"]},
    "luhn_fail_16": {"en": ["customer no.", "account ref", "member ID"], "de": ["Kundennummer", "Mitgliedsnummer"], "fr": ["n° client"],
                     "es": ["n.º de socio"], "zh": ["会员号"], "ja": ["会員番号"]},
    "iban_bad_checksum": {"en": ["IBAN", "bank account"], "de": ["IBAN"], "fr": ["IBAN"], "es": ["IBAN"]},
    "postal_code": {"en": ["ZIP", "postcode"], "de": ["PLZ"], "fr": ["code postal", "CP"], "es": ["C.P.", "código postal"], "it": ["CAP"],
                    "pt": ["código postal", "CEP"], "nl": ["postcode"], "pl": ["kod pocztowy"], "zh": ["邮编"], "ja": ["〒"]},
    "arithmetic": {"en": ["so", "check:"], "de": ["also", "Rechnung:"], "fr": ["donc"], "es": ["o sea"], "zh": ["计算："], "ja": ["計算："]},
    "score": {"en": ["score", "final score", "rating"], "de": ["Endstand", "Ergebnis"], "fr": ["score"], "es": ["resultado", "marcador"],
              "it": ["risultato"], "pt": ["placar"], "nl": ["uitslag"], "pl": ["wynik"], "zh": ["比分"], "ja": ["スコア"]},
    "product_code": {"en": ["model", "model no."], "de": ["Modell", "Typ"], "fr": ["modèle"], "es": ["modelo"], "zh": ["型号"], "ja": ["型番"]},
    "serial_number": {"en": ["S/N", "serial", "Serial No."], "de": ["Seriennummer", "S/N"], "fr": ["n° de série"], "es": ["n.º de serie"],
                      "zh": ["序列号"], "ja": ["シリアル番号"]},
    "at_not_email": {"en": ["handle", "package", "decorator"]},
}
# English keys for structured frames (JSON/YAML/INI/CSV/logs)
KEY = {"email": ["email", "contact_email", "reply_to", "owner"], "ip": ["ip", "client_ip", "remote_addr", "src"],
       "phone": ["phone", "tel", "mobile", "msisdn"], "card": ["card_number", "pan", "cc"], "iban": ["iban", "payee_iban", "debtor_account"],
       "version3": ["version", "app_version"], "version4": ["file_version", "build"], "section_number": ["section", "clause"],
       "oid": ["oid"], "private_ip": ["gateway", "lan_ip", "bind"], "loopback_ip": ["listen", "host"], "link_local_ip": ["ll_addr"],
       "cgnat_ip": ["wan_ip"], "documentation_ip": ["example_ip"], "multicast_ip": ["mcast_group"], "reserved_ip": ["bind_addr"],
       "netmask": ["netmask", "mask"], "date": ["date", "valid_from"], "time": ["time", "opens"], "timestamp": ["ts", "created_at"],
       "price": ["price", "total"], "percentage": ["rate", "discount"], "isbn": ["isbn"], "ean": ["ean", "gtin"], "doi": ["doi"],
       "uuid": ["id", "request_id", "uuid"], "hash": ["sha256", "checksum", "commit"], "gps": ["coords", "latlon"], "mac": ["mac", "hwaddr"],
       "order_number": ["order_id", "order_no"], "tracking_number": ["tracking", "shipment"], "invoice_number": ["invoice_no"],
       "sku": ["sku"], "luhn_fail_16": ["customer_no", "member_id"], "iban_bad_checksum": ["iban"], "postal_code": ["zip", "postcode"],
       "arithmetic": ["expr"], "score": ["score", "result"], "product_code": ["model"], "serial_number": ["serial", "sn"],
       "at_not_email": ["handle", "dep"]}
NEUTRAL_KEY = ["value", "v", "data", "ref", "note", "field_3", "x", "info", "misc"]
NEUTRAL_LABEL = {"en": ["Other", "Note", "Ref.", "Details", "Misc."], "de": ["Sonstiges", "Notiz", "Bemerkung", "Angaben"],
                 "fr": ["Autre", "Remarque", "Note"], "es": ["Otros", "Nota", "Observaciones"], "it": ["Altro", "Note"],
                 "pt": ["Outros", "Nota", "Observações"], "nl": ["Overig", "Notitie", "Opmerking"], "pl": ["Inne", "Uwagi"],
                 "zh": ["备注", "其他"], "ja": ["備考", "その他"]}

# Prose: (with deciding word, without) per kind; {L} = label, {v} = value.
PROSE = {
    "en": {"email": [("For the booking, email {v} and mention the date.", "For the booking, write to {v} and mention the date."),
                     ("You can reach the organisers by e-mail at {v}.", "Questions go to {v}, usually answered within a day.")],
           "ip": [("Requests from IP address {v} were blocked after the third attempt.", "Requests from {v} were blocked after the third attempt."),
                  ("Our office's public IP is {v}, please whitelist it.", "Please whitelist {v} before Monday.")],
           "phone": [("Call us on {v} between 9 and 5.", "Ring {v} between 9 and 5."), ("Her mobile number is {v}.", "Reach her directly: {v}.")],
           "card": [("I paid with my credit card {v} but the order never arrived.", "I paid with {v} but the order never arrived."),
                    ("The card number {v} was charged twice.", "{v} was charged twice last week.")],
           "iban": [("Please transfer the deposit to IBAN {v}.", "Please transfer the deposit to {v}."),
                    ("Our bank account (IBAN {v}) has changed.", "Payments now go to {v}.")]},
    "de": {"email": [("Anmeldungen bitte per E-Mail an {v}.", "Anmeldungen bitte an {v}."), ("Schreiben Sie uns eine Mail an {v}.", "Rückfragen gerne an {v}.")],
           "ip": [("Die IP-Adresse {v} wurde nach drei Fehlversuchen gesperrt.", "{v} wurde nach drei Fehlversuchen gesperrt."),
                  ("Unser Büro hat die feste IP {v}.", "Bitte {v} in die Freigabeliste eintragen.")],
           "phone": [("Telefonisch erreichen Sie uns unter {v}.", "Erreichbar sind wir unter {v}."), ("Meine Handynummer lautet {v}.", "Ruf mich einfach an: {v}.")],
           "card": [("Abgebucht wurde von der Kreditkarte {v}.", "Abgebucht wurde von {v}."), ("Die Kartennummer {v} ist gesperrt.", "{v} ist seit gestern gesperrt.")],
           "iban": [("Bitte überweisen Sie den Betrag auf IBAN {v}.", "Bitte überweisen Sie den Betrag auf {v}."),
                    ("Die Kaution geht auf das Konto mit der IBAN {v}.", "Die Kaution geht auf {v}.")]},
    "fr": {"email": [("Pour toute question, écrivez par e-mail à {v}.", "Pour toute question, écrivez à {v}."), ("Mon courriel : {v}.", "Contactez-moi : {v}.")],
           "ip": [("L'adresse IP {v} a été bloquée après trois tentatives.", "{v} a été bloquée après trois tentatives."),
                  ("Le serveur répond sur l'IP {v}.", "Le serveur répond sur {v}.")],
           "phone": [("Vous pouvez nous joindre par téléphone au {v}.", "Vous pouvez nous joindre au {v}."), ("Mon numéro de portable : {v}.", "Appelez-moi au {v}.")],
           "card": [("Le paiement a été fait avec la carte bancaire {v}.", "Le paiement a été fait avec {v}."), ("La carte {v} a été débitée deux fois.", "{v} a été débitée deux fois.")],
           "iban": [("Merci de verser l'acompte sur l'IBAN {v}.", "Merci de verser l'acompte sur {v}."), ("Nos coordonnées bancaires (IBAN) : {v}.", "Virement à effectuer sur {v}.")]},
    "es": {"email": [("Para reservar, escriba un correo a {v}.", "Para reservar, escriba a {v}."), ("Mi email es {v}.", "Escríbeme a {v}.")],
           "ip": [("La dirección IP {v} fue bloqueada tras tres intentos.", "{v} fue bloqueada tras tres intentos."),
                  ("El servidor tiene la IP {v}.", "El servidor está en {v}.")],
           "phone": [("Llámenos al teléfono {v} de lunes a viernes.", "Llámenos al {v} de lunes a viernes."), ("Mi móvil es el {v}.", "Puedes localizarme en el {v}.")],
           "card": [("Pagué con la tarjeta {v} y no llegó el pedido.", "Pagué con {v} y no llegó el pedido."), ("Número de tarjeta {v}, caduca en diciembre.", "{v}, caduca en diciembre.")],
           "iban": [("Haga la transferencia a la cuenta IBAN {v}.", "Haga la transferencia a {v}."), ("El IBAN de la asociación es {v}.", "Las cuotas se ingresan en {v}.")]},
    "it": {"email": [("Per informazioni scrivete una e-mail a {v}.", "Per informazioni scrivete a {v}.")],
           "ip": [("L'indirizzo IP {v} è stato bloccato.", "{v} è stato bloccato dopo tre tentativi.")],
           "phone": [("Potete chiamarci al numero di telefono {v}.", "Potete chiamarci al {v}."), ("Il mio cellulare è {v}.", "Mi trovi al {v}.")],
           "card": [("Ho pagato con la carta di credito {v}.", "Ho pagato con {v}.")],
           "iban": [("Il bonifico va effettuato sull'IBAN {v}.", "Il bonifico va effettuato su {v}.")]},
    "pt": {"email": [("Para mais informações envie um e-mail para {v}.", "Para mais informações escreva para {v}.")],
           "ip": [("O endereço IP {v} foi bloqueado.", "{v} foi bloqueado após três tentativas.")],
           "phone": [("Ligue para o telefone {v}.", "Ligue para {v} em horário comercial."), ("O meu telemóvel é o {v}.", "Fala comigo no {v}.")],
           "card": [("Paguei com o cartão de crédito {v}.", "Paguei com {v}.")],
           "iban": [("Faça a transferência para o IBAN {v}.", "Faça a transferência para {v}.")]},
    "nl": {"email": [("Aanmelden kan per e-mail via {v}.", "Aanmelden kan via {v}.")],
           "ip": [("Het IP-adres {v} is geblokkeerd.", "{v} is na drie pogingen geblokkeerd.")],
           "phone": [("Bel ons op telefoonnummer {v}.", "Bel ons op {v}."), ("Mijn mobiele nummer is {v}.", "Je kunt me bereiken op {v}.")],
           "card": [("Betaald met creditcard {v}.", "Betaald met {v}.")],
           "iban": [("Maak het bedrag over naar IBAN {v}.", "Maak het bedrag over naar {v}.")]},
    "pl": {"email": [("Zgłoszenia prosimy wysyłać e-mailem na adres {v}.", "Zgłoszenia prosimy wysyłać na {v}.")],
           "ip": [("Adres IP {v} został zablokowany.", "{v} został zablokowany po trzech próbach.")],
           "phone": [("Zadzwoń pod numer telefonu {v}.", "Zadzwoń pod {v}."), ("Mój numer komórki to {v}.", "Złapiesz mnie pod {v}.")],
           "card": [("Zapłaciłem kartą o numerze {v}.", "Zapłaciłem {v} i nic nie przyszło.")],
           "iban": [("Wpłaty prosimy kierować na konto IBAN {v}.", "Wpłaty prosimy kierować na {v}.")]},
    # CJK: the value touches CJK characters on both sides (no spaces)
    "zh": {"email": [("如有疑问请发邮件至{v}联系我们。", "如有疑问请写信到{v}我们会尽快回复。"), ("我的邮箱是{v}欢迎来信。", "简历请投递{v}谢谢。")],
           "ip": [("服务器的IP地址是{v}请加入白名单。", "请把{v}加入白名单。"), ("来自IP{v}的请求已被拦截。", "来自{v}的请求已被拦截。")],
           "phone": [("联系电话{v}工作日可拨打。", "有事请拨{v}找王老师。"), ("我的手机号是{v}随时联系。", "随时打{v}就行。")],
           "card": [("我用信用卡{v}付的款但没收到货。", "我用{v}付的款但没收到货。"), ("卡号{v}已被冻结。", "{v}已被冻结。")],
           "iban": [("请汇款到IBAN{v}备注订单号。", "请汇款到{v}备注订单号。")]},
    "ja": {"email": [("お問い合わせはメール{v}までお願いします。", "お問い合わせは{v}までお願いします。"), ("メールアドレスは{v}です。", "連絡先は{v}です。")],
           "ip": [("サーバーのIPアドレスは{v}です。", "接続先は{v}です。"), ("IP{v}からのアクセスを遮断しました。", "{v}からのアクセスを遮断しました。")],
           "phone": [("お電話は{v}までお願いします。", "ご連絡は{v}まで。"), ("携帯番号は{v}です。", "私の番号は{v}です。")],
           "card": [("クレジットカード{v}で支払いました。", "{v}で支払いました。")],
           "iban": [("振込先IBAN{v}へお願いします。", "振込先は{v}です。")]},
}
# Generic sentences for look-alikes (and any item): {L} = label + space (or empty), {v} = value.
GENERIC = {
    "en": ["We checked {L}{v} again this morning.", "The sheet lists {L}{v} twice.", "See {L}{v} for the details.", "Noted: {L}{v}.",
           "It came back as {L}{v} after the reset."],
    "de": ["Heute früh haben wir {L}{v} noch einmal geprüft.", "In der Liste steht {L}{v} zweimal.", "Details siehe {L}{v}.", "Notiert: {L}{v}."],
    "fr": ["Nous avons revérifié {L}{v} ce matin.", "La fiche indique {L}{v} deux fois.", "Voir {L}{v} pour le détail.", "Noté : {L}{v}."],
    "es": ["Esta mañana revisamos {L}{v} otra vez.", "En la hoja aparece {L}{v} dos veces.", "Véase {L}{v} para más detalles.", "Apuntado: {L}{v}."],
    "it": ["Stamattina abbiamo ricontrollato {L}{v}.", "Nel foglio compare {L}{v} due volte.", "Vedi {L}{v} per i dettagli."],
    "pt": ["Hoje de manhã verificámos {L}{v} outra vez.", "Na folha aparece {L}{v} duas vezes.", "Ver {L}{v} para mais detalhes."],
    "nl": ["Vanochtend hebben we {L}{v} opnieuw gecontroleerd.", "Op het blad staat {L}{v} twee keer.", "Zie {L}{v} voor details."],
    "pl": ["Rano sprawdziliśmy jeszcze raz {L}{v}.", "W arkuszu {L}{v} pojawia się dwa razy.", "Szczegóły: {L}{v}."],
    "zh": ["今天早上我们又核对了{L}{v}一遍。", "表格里{L}{v}出现了两次。", "详情见{L}{v}。"],
    "ja": ["今朝もう一度{L}{v}を確認しました。", "表には{L}{v}が二回出てきます。", "詳細は{L}{v}をご覧ください。"],
}
# Version numbers in prose without the word "version"
VERSION_PROSE = {
    "en": "After upgrading to {v} the crash is gone.", "de": "Nach dem Update auf {v} läuft alles wieder.",
    "fr": "Depuis la mise à jour en {v}, tout fonctionne.", "es": "Tras actualizar a {v} ya no se cuelga.",
    "it": "Dopo l'aggiornamento alla {v} funziona tutto.", "pt": "Depois de atualizar para a {v}, voltou a funcionar.",
    "nl": "Na de update naar {v} werkt alles weer.", "pl": "Po aktualizacji do {v} wszystko działa.",
    "zh": "升级到{v}之后就不再崩溃了。", "ja": "{v}にアップデートしたら直りました。",
}
PERSONS = {"zh": ["王伟", "李娜", "张敏", "刘洋", "陈杰"], "ja": ["田中 花子", "佐藤 健", "鈴木 美咲", "高橋 翔"]}
ROLES = {"en": ["Office Manager", "Head of IT", "Project Coordinator"], "de": ["Geschäftsführung", "IT-Leitung", "Sekretariat"],
         "fr": ["Responsable administratif", "Service client"], "es": ["Atención al cliente", "Administración"],
         "it": ["Segreteria", "Ufficio tecnico"], "pt": ["Secretaria", "Apoio ao cliente"], "nl": ["Secretariaat", "Klantenservice"],
         "pl": ["Sekretariat", "Dział IT"], "zh": ["行政部", "技术部"], "ja": ["総務部", "情報システム部"]}


# ---------------------------------------------------------------------------
# Part 4b: text builder and settings ("frames")
# ---------------------------------------------------------------------------
class Builder:
    """Appends text; records the exact offsets of planted values."""

    def __init__(self):
        self.parts, self.n, self.spans, self.looks, self.cues = [], 0, [], [], []

    def t(self, s):
        self.parts.append(s)
        self.n += len(s)

    def v(self, it, frame, cue):
        start = self.n
        self.t(it["value"])
        if it["cat"] == "pii":
            self.spans.append({"start": start, "end": self.n, "kind": it["kind"], "value": it["value"],
                               "note": "%s; %s; %s" % (it["note"], frame, "cue word" if cue else "no cue word")})
        else:
            self.looks.append({"start": start, "end": self.n, "name": it["name"], "value": it["value"]})
        self.cues.append((it["cat"], it.get("kind") or it.get("name"), frame, bool(cue)))

    def fill(self, tpl, it, frame, cue, L=""):
        pre, post = tpl.split("{v}")
        self.t(pre.replace("{L}", L))
        self.v(it, frame, cue)
        self.t(post.replace("{L}", L))

    def rstrip_nl(self):
        """Drop trailing newlines of the last text piece (never part of a value)."""
        if self.parts and not (self.spans and self.spans[-1]["end"] == self.n) and \
                not (self.looks and self.looks[-1]["end"] == self.n):
            last = self.parts[-1]
            self.parts[-1] = last.rstrip("\n")
            self.n -= len(last) - len(self.parts[-1])

    def text(self):
        return "".join(self.parts)


def _lab(it, lang, r):
    if it["cat"] == "pii":
        return r.choice(PII_LABEL.get(lang, PII_LABEL["en"])[it["kind"]])
    d = LA_LABEL[it["name"]]
    return r.choice(d.get(lang, d["en"]))


def _key(it, r):
    return r.choice(KEY[it.get("kind") or it["name"]])


def _tl(lang):
    return lang if lang in PROSE_LANGS else "en"


def _person(r, lang):
    if lang in PERSONS:
        return r.choice(PERSONS[lang])
    f, l = NAMES[_nlang(lang)]
    return "%s %s" % (r.choice(f).capitalize(), r.choice(l).capitalize())


def _cjk(lang):
    return lang in ("zh", "ja")


def f_prose(b, items, ctx):
    r, lang = ctx["r"], ctx["lang"]
    for i, it in enumerate(items):
        if i and not _cjk(lang):
            b.t(" ")
        cue = it["cue"]
        if it["cat"] == "pii":
            pair = r.choice(PROSE[lang][it["kind"]])
            b.fill(pair[0] if cue else pair[1], it, "prose-" + lang, cue)
        elif it["name"] in ("version3", "version4") and not cue and r.random() < 0.6:
            b.fill(VERSION_PROSE[lang], it, "prose-" + lang, False)
        else:
            L = _lab(it, lang, r) if cue else ""
            if L and not (_cjk(lang) and _CJK.match(L[-1])):
                L += " "
            b.fill(r.choice(GENERIC[lang]), it, "prose-" + lang, cue, L)


CONTACT_HEAD = {"en": "Contact", "de": "Kontakt", "fr": "Contact", "es": "Contacto", "it": "Contatti", "pt": "Contacto",
                "nl": "Contact", "pl": "Kontakt", "zh": "联系方式", "ja": "連絡先"}


def f_kv(b, items, ctx):
    """Form / contact block / signature."""
    r, lang = ctx["r"], _tl(ctx["lang"])
    colon = "：" if _cjk(lang) and r.random() < 0.6 else ": "
    style = r.choice(["form", "signature", "list"])
    if style == "signature":
        b.t("--\n%s\n%s\n" % (_person(r, lang), r.choice(ROLES[lang])))
    elif style == "form":
        b.t(CONTACT_HEAD[lang] + "\n")
    for i, it in enumerate(items):
        if i:
            b.t("\n")
        pre = "- " if style == "list" else ""
        if it["cue"]:
            b.fill(pre + _lab(it, lang, r) + colon + "{v}", it, style, True)
        elif style == "signature" or r.random() < 0.4:
            b.fill(pre + "{v}", it, style, False)
        else:
            b.fill(pre + r.choice(NEUTRAL_LABEL[lang]) + colon + "{v}", it, style, False)


TABLE_HEAD = {"en": ("Field", "Value"), "de": ("Feld", "Wert"), "fr": ("Champ", "Valeur"), "es": ("Campo", "Valor"),
              "it": ("Campo", "Valore"), "pt": ("Campo", "Valor"), "nl": ("Veld", "Waarde"), "pl": ("Pole", "Wartość"),
              "zh": ("字段", "值"), "ja": ("項目", "値")}


def f_md_table(b, items, ctx):
    r, lang = ctx["r"], _tl(ctx["lang"])
    h = TABLE_HEAD[lang]
    b.t("| %s | %s |\n|---|---|\n" % h)
    for it in items:
        k = _lab(it, lang, r) if it["cue"] else r.choice(NEUTRAL_LABEL[lang])
        b.fill("| %s | {v} |\n" % k, it, "markdown-table", it["cue"])


def f_html(b, items, ctx):
    r, lang = ctx["r"], _tl(ctx["lang"])
    if r.random() < 0.6:
        b.t('<table class="details">\n')
        for it in items:
            k = _lab(it, lang, r) if it["cue"] else r.choice(NEUTRAL_LABEL[lang])
            b.t("  <tr><th>%s</th><td>" % html.escape(k))
            if it.get("kind") == "email" and "@" in it["value"] and ctx.get("allow_dup") and r.random() < 0.7:
                b.fill('<a href="mailto:{v}">', it, "html-table mailto href", it["cue"])
                b.fill("{v}</a>", it, "html-table mailto text", it["cue"])
            else:
                b.fill("{v}", it, "html-table", it["cue"])
            b.t("</td></tr>\n")
        b.t("</table>")
    else:
        b.t("<ul>\n")
        for it in items:
            if it["cue"]:
                b.fill("  <li><strong>%s:</strong> {v}</li>\n" % html.escape(_lab(it, lang, r)), it, "html-list", True)
            else:
                b.fill("  <li>{v}</li>\n", it, "html-list", False)
        b.t("</ul>")


def f_csv(b, items, ctx):
    r, lang = ctx["r"], _tl(ctx["lang"])
    d = r.choice([",", ";", "\t"])
    b.t(d.join(["id", "name", "type", "value"]) + "\n")
    for i, it in enumerate(items):
        k = _key(it, r) if it["cue"] else r.choice(NEUTRAL_KEY)
        b.t(d.join([str(r.randint(100, 999)), _person(r, lang), k]) + d)
        q = '"' if (d in it["value"] or r.random() < 0.25) else ""
        b.fill(q + "{v}" + q + "\n", it, "csv", it["cue"])


def _safe_json(v):
    return json.dumps(v, ensure_ascii=False)[1:-1] == v


def f_json(b, items, ctx):
    r = ctx["r"]
    pretty = r.random() < 0.6
    b.t("{\n" if pretty else "{")
    used = set()
    for i, it in enumerate(items):
        k = _key(it, r) if it["cue"] else r.choice(NEUTRAL_KEY)
        while k in used:
            k += "_2"
        used.add(k)
        sep = ("\n" if pretty else "") if i == len(items) - 1 else (",\n" if pretty else ", ")
        if _safe_json(it["value"]):
            b.fill(('  "%s": "{v}"' if pretty else '"%s": "{v}"') % k + sep, it, "json", it["cue"])
        else:
            raise ValueError("value needs JSON escaping: %r" % it["value"])
    b.t("}")


def f_conf(b, items, ctx):
    """YAML or INI configuration."""
    r = ctx["r"]
    if r.random() < 0.5:
        b.t(r.choice(["settings:\n", "contact:\n", "network:\n", "billing:\n"]))
        used = set()
        for it in items:
            k = _key(it, r) if it["cue"] else r.choice(NEUTRAL_KEY)
            while k in used:
                k += "2"
            used.add(k)
            v = it["value"]
            q = '"' if (v[:1] in "@&*!%{[|>" or ": " in v or " #" in v or r.random() < 0.3) else ""
            b.fill("  %s: %s{v}%s\n" % (k, q, q), it, "yaml", it["cue"])
    else:
        b.t(r.choice(["[server]\n", "[smtp]\n", "[account]\n", "[general]\n"]))
        for it in items:
            k = _key(it, r) if it["cue"] else r.choice(NEUTRAL_KEY)
            b.fill("%s = {v}\n" % k, it, "ini", it["cue"])


_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_IPKINDS = {"private_ip", "loopback_ip", "link_local_ip", "cgnat_ip", "documentation_ip", "multicast_ip", "reserved_ip"}


def _hostport(it, port):
    """Value with a port; IPv6 in brackets.  The span stays on the address only."""
    if ":" in it["value"] and not it["value"].count(".") == 3:
        return "[{v}]:%d" % port
    return "{v}:%d" % port


def f_log(b, items, ctx):
    r = ctx["r"]
    mon, day = r.choice(_MON), r.randint(1, 28)
    host = r.choice(["web01", "fw-edge", "mx2", "app-3", "gw", "nas"])
    times = sorted((r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)) for _ in items)
    for it, (hh, mm, ss) in zip(items, times):
        sysl = "%s %2d %02d:%02d:%02d %s " % (mon, day, hh, mm, ss, host)
        k, cue = it.get("kind") or it["name"], it["cue"]
        pid = r.randint(200, 32000)
        if k in ("ip",) or k in _IPKINDS:
            if cue:
                tpl = r.choice([sysl + "kernel: [UFW BLOCK] IN=eth0 OUT= SRC={v} PROTO=TCP SPT=%d DPT=22\n" % r.randint(1024, 65535),
                                sysl + "app[%d]: login ok user_id=%d client_ip={v}\n" % (pid, r.randint(1, 9999)),
                                sysl + "sshd[%d]: Failed password for invalid user admin from IP {v} port %d ssh2\n" % (pid, r.randint(1024, 65535))])
                frame = "syslog"
            else:
                tpl = r.choice(['{v} - - [%02d/%s/2024:%02d:%02d:%02d +0000] "GET /%s HTTP/1.1" 200 %d "-" "Mozilla/5.0"\n' % (
                    day, mon, hh, mm, ss, r.choice(["", "index.php", "wp-login.php", "api/v1/items", "robots.txt"]), r.randint(100, 90000)),
                    sysl + "nginx: upstream timed out while connecting to " + _hostport(it, r.choice([80, 443, 8080, 5432])) + "\n"])
                frame = "access-log" if tpl.startswith("{v}") else "syslog"
        elif k == "email":
            tpl = (sysl + "postfix/smtp[%d]: %s%s: to=<{v}>, delay=0.4, status=sent (250 OK)\n" % (pid, r.choice("ABCDEF"), _hex(r, 9, True))) if cue else \
                (sysl + "app[%d]: INFO password reset requested for {v}\n" % pid)
            frame = "mail-log" if cue else "syslog"
        elif k == "phone":
            tpl = (sysl + "sms-gw[%d]: OTP sent msisdn={v} status=DELIVERED\n" % pid) if cue else \
                (sysl + "dialer[%d]: queued {v} (attempt %d)\n" % (pid, r.randint(1, 3)))
            frame = "syslog"
        elif k == "card":
            tpl = (sysl + "payment[%d]: authorisation declined pan={v} code=05\n" % pid) if cue else \
                (sysl + "checkout[%d]: {v} EUR %d.%02d declined\n" % (pid, r.randint(5, 400), r.randint(0, 99)))
            frame = "syslog"
        elif k == "iban":
            tpl = (sysl + "sepa[%d]: mandate created debtor_iban={v}\n" % pid) if cue else \
                (sysl + "batch[%d]: credit {v} %d.00 EUR ok\n" % (pid, r.randint(10, 900)))
            frame = "syslog"
        elif k in ("version3", "version4") and not cue:
            tpl = sysl + r.choice(["nginx[%d]: nginx/{v} started\n" % pid, "kernel: Linux version {v}-generic\n" if k == "version3" else
                                   "agent[%d]: Agent/{v} (Windows NT 10.0) connected\n" % pid])
            frame = "syslog"
        else:
            tpl = (sysl + "app[%d]: %s={v}\n" % (pid, _key(it, r))) if cue else (sysl + "app[%d]: processing {v}\n" % pid)
            frame = "syslog"
        b.fill(tpl, it, frame, cue)


CHAT_CUE = {"en": "my {L} is {v}", "de": "meine {L} ist {v}", "fr": "mon {L} : {v}", "es": "mi {L} es {v}", "it": "il mio {L} è {v}",
            "pt": "o meu {L} é {v}", "nl": "mijn {L} is {v}", "pl": "mój {L} to {v}", "zh": "我的{L}是{v}", "ja": "{L}は{v}です"}


def f_chat(b, items, ctx):
    r, lang = ctx["r"], _tl(ctx["lang"])
    names = [_person(r, lang).split()[0] for _ in range(2)]
    h, m = r.randint(8, 22), r.randint(0, 50)
    colon = "：" if _cjk(lang) else ": "
    for i, it in enumerate(items):
        b.t("[%02d:%02d] %s%s" % (h, m + i, names[i % 2], colon))
        if it["cue"]:
            L = _lab(it, lang, r)
            tpl = r.choice([CHAT_CUE[lang], L + colon + "{v}"]) if it["cat"] == "pii" else L + (" " if not _cjk(lang) else "") + "{v}"
            b.fill(tpl + "\n", it, "chat", True, L)
        else:
            b.fill(r.choice(["{v}", "{v} 👍", "-> {v}", "{v} ?"]) + "\n", it, "chat", False)


def f_code(b, items, ctx):
    r, lang = ctx["r"], _tl(ctx["lang"])
    style = r.choice(["python", "js", "sql", "shell"])
    fence = r.random() < 0.5
    if fence:
        b.t("```%s\n" % {"python": "python", "js": "javascript", "sql": "sql", "shell": "bash"}[style])
    for i, it in enumerate(items):
        cue, k = it["cue"], _key(it, r)
        if style == "python":
            tpl = r.choice(['%s = "{v}"\n' % k.upper(), "# %s: {v}\n" % _lab(it, "en", r)]) if cue else \
                r.choice(['FALLBACK_%d = "{v}"\n' % i, "# TODO ask {v}\n" if it.get("kind") == "email" else "# see {v}\n"])
        elif style == "js":
            tpl = ('const %s = "{v}";\n' % k) if cue else r.choice(["// {v}\n", "items.push('{v}');\n"])
        elif style == "sql":
            tpl = ("-- %s: {v}\n" % _lab(it, "en", r)) if cue else \
                ("INSERT INTO t_%d VALUES (%d, '%s', '{v}');\n" % (r.randint(1, 9), r.randint(1, 999), _person(r, lang).replace("'", "")))
        else:
            tpl = ("export %s={v}\n" % k.upper()) if cue and " " not in it["value"] else \
                ('# %s {v}\n' % _lab(it, "en", r)) if cue else 'echo "{v}" >> list.txt\n'
        b.fill(tpl, it, "code-" + style, cue)
    if fence:
        b.t("```")


INVOICE = {"en": ("INVOICE", "Payable within 14 days."), "de": ("RECHNUNG", "Zahlbar innerhalb von 14 Tagen ohne Abzug."),
           "fr": ("FACTURE", "Payable à 30 jours."), "es": ("FACTURA", "Pago a 30 días."), "it": ("FATTURA", "Pagamento a 30 giorni."),
           "pt": ("FATURA", "Pagamento a 30 dias."), "nl": ("FACTUUR", "Betaling binnen 14 dagen."), "pl": ("FAKTURA", "Termin płatności: 14 dni."),
           "zh": ("发票", "请于14日内付款。"), "ja": ("請求書", "14日以内にお支払いください。")}


def f_invoice(b, items, ctx):
    r, lang = ctx["r"], _tl(ctx["lang"])
    head, foot = INVOICE[lang]
    colon = "：" if _cjk(lang) else ": "
    b.t(head + "\n" + _person(r, lang) + "\n")
    for it in items:
        if it["cue"]:
            b.fill(_lab(it, lang, r) + colon + "{v}\n", it, "invoice", True)
        else:
            b.fill(r.choice(["{v}\n", "    {v}\n", r.choice(NEUTRAL_LABEL[lang]) + colon + "{v}\n"]), it, "invoice", False)
    b.t(foot)


FRAMES = {"prose": f_prose, "kv": f_kv, "md_table": f_md_table, "html": f_html, "csv": f_csv, "json": f_json,
          "conf": f_conf, "log": f_log, "chat": f_chat, "code": f_code, "invoice": f_invoice}


# ---------------------------------------------------------------------------
# Part 5: documents
# ---------------------------------------------------------------------------
PII_KINDS = ["email", "ip", "phone", "card", "iban"]
PER_KIND = 150
N_LOOK = 700
SYNTH_TLD = {"DE": "de", "AT": "at", "CH": "ch", "FR": "fr", "BE": "be", "ES": "es", "MX": "com.mx", "CL": "cl", "PE": "com.pe",
             "IT": "it", "PT": "pt", "BR": "com.br", "NL": "nl", "PL": "pl", "CN": "cn", "JP": "co.jp", "KR": "co.kr", "SE": "se",
             "DK": "dk", "CZ": "cz", "NO": "no", "GB": "co.uk", "IE": "ie", "AU": "com.au", "IN": "co.in", "CA": "ca"}
SYNTH_HOST = ["atlas", "lumen", "vista", "terra", "nova", "porta", "aurora", "delta", "orbita", "mosaico", "forum", "verein", "praxis"]
SYNTH_PATH = ["kontakt", "contact", "about", "impressum", "news/2023/05/", "forum/thread-4821", "blog/post-17", "p/112"]
CONVERSATION_SOURCES = {"hh-rlhf harmless-base", "fastchat dummy_conversation"}


# Balanced sub-types: fixed counts, shuffled (filled in main()).
POOL_SPEC = {
    "email": {"plain": 20, "org": 20, "subaddress": 18, "subdomain": 17, "newgtld": 17, "mixedcase": 14, "digits": 10,
              "obf_brackets": 12, "obf_parens": 11, "obf_words": 11},
    "ip": {"v4": 105, "v6": 45},
    "card": {"visa": 42, "mastercard": 36, "amex": 24, "discover": 24, "jcb": 24},
}
POOLS = {}


def plan_counts(r, n, total, weights):
    counts = r.choices(range(len(weights)), weights, k=n)
    while sum(counts) != total:
        i = r.randrange(n)
        if sum(counts) < total and counts[i] < len(weights) - 1:
            counts[i] += 1
        elif sum(counts) > total and counts[i] > 0:
            counts[i] -= 1
    return counts


def look_pool(r):
    w = {n: LOOK_WEIGHT.get(n, 14) for n in LOOK_GEN}
    tot = sum(w.values())
    exact = {n: N_LOOK * w[n] / tot for n in w}
    cnt = {n: int(exact[n]) for n in w}
    for n in sorted(w, key=lambda n: exact[n] - cnt[n], reverse=True)[:N_LOOK - sum(cnt.values())]:
        cnt[n] += 1
    pool = [n for n in sorted(cnt) for _ in range(cnt[n])]
    r.shuffle(pool)
    return pool


def doc_phone(r, doc, state):
    lang = doc["language"]
    if "national" not in state:
        ctry = url_country(doc["url"])
        state["national"] = None
        if ctry and ctry != "US":
            if r.random() < 0.7:
                state["national"] = ctry
        elif doc["url"] is None:
            x = r.random()
            if (lang == "en" and x < 0.4) or x < 0.08:
                state["national"] = "US"
            elif lang in LANG_COUNTRIES and x < 0.65:
                c = r.choice([c for c in LANG_COUNTRIES[lang] if c != "US"])
                doc["url"] = "https://www.%s-%s.%s/%s" % (r.choice(SYNTH_HOST), r.choice(SYNTH_HOST), SYNTH_TLD[c], r.choice(SYNTH_PATH))
                state["national"], state["synthetic"] = c, True
    if state["national"] and r.random() < 0.8:
        v, note = gen_phone(r, state["national"], True)
        if state.get("synthetic"):
            note += " (doc url synthetic ccTLD)"
        return v, note
    if lang in LANG_COUNTRIES and r.random() < 0.5:
        c = r.choice(LANG_COUNTRIES[lang])
    else:
        c = r.choice(sorted(PHONE_PLANS))
    return gen_phone(r, c, False)


def make_item(r, doc, state, kind=None, name=None):
    lang = doc["language"]
    if name:
        return {"cat": "look", "name": name, "value": gen_look(r, name, lang), "cue": r.random() < 0.66}
    if kind == "email":
        v, note = gen_email(r, lang, POOLS["email"].pop())
    elif kind == "ip":
        v, note = (gen_ipv6(r), "ipv6") if POOLS["ip"].pop() == "v6" else (gen_ipv4(r), "ipv4")
    elif kind == "phone":
        v, note = doc_phone(r, doc, state)
    elif kind == "card":
        v, note = gen_card(r, POOLS["card"].pop())
    else:
        v, note = gen_iban(r, lang)
    return {"cat": "pii", "kind": kind, "value": v, "note": note, "cue": r.random() < 0.66}


def choose_frame(r, group, doc):
    lang = doc["language"]
    w = {"prose": 36 if lang in PROSE_LANGS else 0, "kv": 12, "md_table": 8, "html": 7, "csv": 7, "json": 7, "conf": 6,
         "log": 10, "chat": 8, "code": 7, "invoice": 1}
    ks = {it.get("kind") or it["name"] for it in group}
    if doc["source"] in CONVERSATION_SOURCES:
        w["chat"] += 15
    if ks & {"iban", "card", "price", "invoice_number", "order_number", "iban_bad_checksum", "luhn_fail_16"}:
        w["invoice"] += 10
    if ks & ({"ip", "version3", "version4", "mac", "uuid", "hash", "timestamp", "netmask", "oid"} | _IPKINDS):
        w["log"] += 8
        w["conf"] += 6
        w["code"] += 6
    if ks & {"email", "phone"}:
        w["kv"] += 10
    if lang in ("zh", "ja"):
        w["prose"] += 45   # values directly adjacent to CJK text
    if not all(_safe_json(it["value"]) for it in group):
        w["json"] = 0
    names = sorted(w)
    return r.choices(names, [w[n] for n in names])[0]


def build_doc(r, doc, kinds, names):
    state = {}
    items = [make_item(r, doc, state, kind=k) for k in kinds] + [make_item(r, doc, state, name=n) for n in names]
    r.shuffle(items)
    paras = list(doc["paras"])
    n = len(items)
    k = 0 if n == 0 else 1 if n <= 2 else r.choice([1, 2]) if n <= 4 else r.choice([2, 3])
    cuts = sorted(r.sample(range(1, n), k - 1)) if k > 1 else []
    groups, prev = [], 0
    for c in cuts + ([n] if n else []):
        groups.append(items[prev:c])
        prev = c
    blocks = [("base", p) for p in paras]
    for g in groups:
        frame = choose_frame(r, g, doc)
        pos = r.randint(0, len(blocks))
        inline = frame == "prose" and pos > 0 and blocks[pos - 1][0] == "base" and r.random() < 0.6
        blocks.insert(pos, ("frame", frame, g, inline))
    b = Builder()
    ctx = {"r": r, "lang": doc["language"], "allow_dup": len(kinds) < 3}
    for i, bl in enumerate(blocks):
        if i:
            if bl[0] == "frame" and bl[3]:
                b.t("" if doc["language"] in ("zh", "ja") else " ")
            else:
                b.t("\n\n")
        if bl[0] == "base":
            b.t(bl[1])
        else:
            FRAMES[bl[1]](b, bl[2], ctx)
            b.rstrip_nl()
    return b


_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]")


def residual_problems(text, marks):
    """Search the text outside planted values for anything PII-shaped."""
    chars = list(text)
    for m in marks:
        for i in range(m["start"], m["end"]):
            chars[i] = "\u25a0"
    rest = "".join(chars)
    probs = []
    if "@" in rest:
        probs.append("@")
    if _RE_DIGITS9.search(rest):
        probs.append("9+ digits: " + _RE_DIGITS9.search(rest).group())
    m = re.search(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d.])", rest)
    if m:
        probs.append("ipv4-shaped: " + m.group())
    for m in re.finditer(r"\d[\d \-]{11,22}\d", rest):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            probs.append("luhn: " + m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", rest):
        if iban_valid(m.group()):
            probs.append("iban: " + m.group())
    return probs


def main():
    r = random.Random(SEED)
    bases = load_base(r)
    assert len(bases) == N_DOCS, len(bases)
    n_pii = plan_counts(r, N_DOCS, PER_KIND * len(PII_KINDS), [15, 35, 35, 15])
    n_look = plan_counts(r, N_DOCS, N_LOOK, [20, 35, 25, 12, 8])
    kpool = [k for k in PII_KINDS for _ in range(PER_KIND)]
    r.shuffle(kpool)
    lpool = look_pool(r)
    for k, spec in POOL_SPEC.items():
        assert sum(spec.values()) == PER_KIND
        POOLS[k] = [v for v in sorted(spec) for _ in range(spec[v])]
        r.shuffle(POOLS[k])
    out, cues, problems = [], [], []
    for doc, np_, nl in zip(bases, n_pii, n_look):
        kinds, kpool = kpool[:np_], kpool[np_:]
        names, lpool = lpool[:nl], lpool[nl:]
        b = build_doc(r, doc, kinds, names)
        text = b.text()
        for s in b.spans:
            assert text[s["start"]:s["end"]] == s["value"], s
            adj = [side for side, i in (("left", s["start"] - 1), ("right", s["end"])) if 0 <= i < len(text) and _CJK.match(text[i])]
            if adj:
                s["note"] += "; adjacent to CJK (%s)" % "+".join(adj)
        for l in b.looks:
            assert text[l["start"]:l["end"]] == l["value"], l
        for s in b.spans:   # national phone formats only where the url allows them
            if s["kind"] == "phone" and " national" in s["note"].split(";")[0]:
                c = s["note"].split()[1]
                assert (doc["url"] is None) if c == "US" else (url_country(doc["url"]) == c), (c, doc["url"])
        marks = sorted(b.spans + b.looks, key=lambda m: m["start"])
        for a, c in zip(marks, marks[1:]):
            assert a["end"] <= c["start"], (a, c)
        p = residual_problems(text, marks)
        if p:
            problems.append((len(out), p))
        cues += b.cues
        out.append({"text": text, "language": doc["language"], "url": doc["url"],
                     "spans": sorted(b.spans, key=lambda s: s["start"]),
                     "lookalikes": sorted(b.looks, key=lambda s: s["start"]),
                     "_source": doc["source"]})
    with open(OUT, "w", encoding="utf-8") as f:
        for d in out:
            f.write(json.dumps({k: v for k, v in d.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")
    report(out, cues, problems)


def report(out, cues, problems):
    kc = Counter(s["kind"] for d in out for s in d["spans"])
    lc = Counter(l["name"] for d in out for l in d["lookalikes"])
    print("documents:", len(out), " spans:", sum(kc.values()), " look-alikes:", sum(lc.values()))
    print("spans per kind:", dict(sorted(kc.items())))
    print("look-alikes per name:", dict(sorted(lc.items())))
    pc = [c for c in cues if c[0] == "pii"]
    lk = [c for c in cues if c[0] == "look"]
    print("no cue word: PII %d/%d, look-alikes %d/%d" % (sum(not c[3] for c in pc), len(pc), sum(not c[3] for c in lk), len(lk)))
    print("languages:", dict(Counter(d["language"] for d in out).most_common()))
    print("sources:", dict(Counter(d["_source"] for d in out).most_common()))
    print("frames:", dict(Counter(c[2].split()[0] for c in cues).most_common()))
    print("CJK-adjacent spans:", dict(Counter(s["kind"] for d in out for s in d["spans"] if "adjacent to CJK" in s["note"])))
    print("email variants:", dict(Counter(s["note"].split(";")[0] for d in out for s in d["spans"] if s["kind"] == "email")))
    print("ip versions:", dict(Counter(s["note"].split(";")[0] for d in out for s in d["spans"] if s["kind"] == "ip")))
    print("card brands:", dict(Counter(s["note"].split()[1] for d in out for s in d["spans"] if s["kind"] == "card")))
    print("iban countries:", dict(Counter(s["note"].split()[1] for d in out for s in d["spans"] if s["kind"] == "iban")))
    ph = [s["note"].split(";")[0].split() for d in out for s in d["spans"] if s["kind"] == "phone"]
    print("phone countries:", dict(Counter(p[1] for p in ph).most_common()))
    print("phone forms:", dict(Counter(" ".join(p[3:5]) if p[3] == "intl" else p[3] for p in ph)))
    print("docs with url:", sum(d["url"] is not None for d in out), " synthetic url:",
          sum(any("synthetic" in s["note"] for s in d["spans"]) for d in out))
    print("PII items per doc:", dict(sorted(Counter(len(d["spans"]) for d in out).items())),
          " look-alikes per doc:", dict(sorted(Counter(len(d["lookalikes"]) for d in out).items())))
    if problems:
        print("RESIDUAL PROBLEMS:", len(problems))
        for i, p in problems[:30]:
            print("  doc", i, p)
    else:
        print("residual check: nothing PII-shaped outside the planted spans and look-alikes")


if __name__ == "__main__":
    main()
