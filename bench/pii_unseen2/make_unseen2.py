#!/usr/bin/env python3
"""Deterministic generator for the `pii_unseen2` labelled PII test set.

Writes `unseen2.jsonl` (500 documents) beside this file.  Python standard library only, fixed seed.

Every document = real base text from /work/shared/data (used as it comes, after dropping records that
already hold '@', 9+ digit runs, IP-like strings, phone/IBAN-like number groups) + 0-3 planted PII items
(email, ip, phone, card, iban) + 0-4 planted look-alikes, rendered in varied settings (prose, forms,
signatures, Markdown/HTML tables, CSV, JSON, logs, config files, chat turns, code, changelogs, notes).

The PII formats and look-alike lists were written from public definitions (IANA special-purpose address
registries, national numbering plans, ISO 13616 / ECBS IBAN structures, ISO/IEC 7812 + Luhn, ISBN/EAN
check digits, RFC 4122 UUIDs, ...), not from any detector.

Run from the repository root:
    /work/main/.venv/bin/python bench/pii_unseen2/make_unseen2.py            # writes unseen2.jsonl
    /work/main/.venv/bin/python bench/pii_unseen2/make_unseen2.py --stats    # also prints counts as JSON
"""
import gzip
import html.parser
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata
from collections import Counter
from urllib.parse import urlparse

SEED = 20251202
N_DOCS = 500
HERE = os.path.dirname(os.path.abspath(__file__))
DATA = '/work/shared/data'
OUT = os.path.join(HERE, 'unseen2.jsonl')

R = random.Random(SEED)


def ch(seq):
    return seq[R.randrange(len(seq))]


def wch(pairs):
    """Weighted choice over [(value, weight), ...] (list order fixed -> deterministic)."""
    tot = sum(w for _, w in pairs)
    x = R.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def dg(n):
    return ''.join(str(R.randint(0, 9)) for _ in range(n))


def dgnz(n, lo=1):
    return str(R.randint(lo, 9)) + dg(n - 1)


def grp(s, sizes, sep=' '):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    assert i == len(s), (s, sizes)
    return sep.join(out)


# ----------------------------------------------------------------------------------------------------
# Base text
# ----------------------------------------------------------------------------------------------------
BASE_BAD = [
    re.compile(r'@'),
    re.compile(r'\d{9,}'),
    re.compile(r'\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}'),                    # IPv4-like / dotted quads
    re.compile(r'[0-9A-Fa-f]{0,4}::[0-9A-Fa-f]{1,4}'),                    # IPv6 '::'
    re.compile(r'(?:[0-9A-Fa-f]{1,4}:){3,}[0-9A-Fa-f]{1,4}'),            # IPv6 / MAC-like groups
    re.compile(r'(?:\d[ \-./()]{0,2}){8,}\d'),                            # 9+ digits with separators
    re.compile(r'(?:^|[\s(:])\+\d{1,3}[ \-]?\(?\d{2}'),                   # +CC phone prefix
    re.compile(r'\b[A-Z]{2}\d{2} ?[A-Z0-9]{4} ?[A-Z0-9]{4}'),              # IBAN-like
    re.compile(r'(?i)\b(?:tel|fax|phone|telefon|t\u00e9l\u00e9phone|tel\u00e9fono|t\u00e9l|mobil|handy)\b\.?\s*:?\s*\(?\+?\d'),
    re.compile(r'(?i)[\[({]\s*at\s*[\])}]'),
    re.compile(r'(?i)\b\w+ at \w+(?:[-.]\w+)* dot (?:com|org|net|de|fr|es|io)\b'),
    re.compile(r'\ufffd'),
]
HH_BLOCK = re.compile(
    r'(?i)kill|murder|sex|drug|cocaine|heroin|meth\b|penis|vagin|porn|rape|racis|slur|bomb|gun|weapon|'
    r'steal|stole|theft|shoplift|drunk|alcohol|smok|\brob|poison|suicid|nigg|fuck|shit|bitch|cunt|whore|nazi|terror|hack|prostitut|tortur|abuse|'
    r'masturb|naked|nude|breast|explos|hitler|jew|muslim|black people|white people|gay|asshole|dick|'
    r'die\b|dead|blood|knife|prison|crime|illegal|cheat|lie to|revenge|hurt|fight|stupid|idiot|hate|'
    r'address|phone|email|credit card|social security|password')


DQ_RE = re.compile(r'(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d])')


def clean(t):
    return not any(p.search(t) for p in BASE_BAD)


class Base:
    def __init__(self, source, src_id, units, lang, url=None, joiner='\n\n', roles=None, cjk=False):
        self.source, self.src_id, self.units, self.lang, self.url = source, src_id, units, lang, url
        self.joiner, self.roles, self.cjk = joiner, roles, cjk


class _Paras(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.paras, self.buf, self.skip = [], None, 0

    def handle_starttag(self, tag, attrs):
        if tag in ('script', 'style', 'noscript'):
            self.skip += 1
        if tag == 'p':
            self.buf = []

    def handle_endtag(self, tag):
        if tag in ('script', 'style', 'noscript'):
            self.skip = max(0, self.skip - 1)
        if tag == 'p' and self.buf is not None:
            self.paras.append(re.sub(r'\s+', ' ', ''.join(self.buf)).strip())
            self.buf = None

    def handle_data(self, d):
        if self.buf is not None and not self.skip:
            self.buf.append(d)


TRAF_LANGS = ('en', 'de', 'fr', 'es', 'it', 'pl', 'pt')


def load_traf():
    d = DATA + '/trafilatura-eval/'
    gold = json.load(open(d + 'evaldata.subset.json', encoding='utf-8'))
    out = []
    for line in open(d + 'index.jsonl', encoding='utf-8'):
        r = json.loads(line)
        lang = r['html_lang_attr']
        host = urlparse(r['url']).hostname
        if lang not in TRAF_LANGS or not host:
            continue
        raw = open(d + r['file'], 'rb').read()
        try:
            txt = raw.decode('utf-8')
        except UnicodeDecodeError:
            continue
        p = _Paras()
        p.feed(txt)
        snippets = gold.get(r['url'], {}).get('with', [])
        paras = p.paras
        for i, para in enumerate(paras):
            if len(para) < 60 or not any(s in para for s in snippets) or not clean(para):
                continue
            units, tot = [para[:1200]], len(para)
            for nxt in paras[i + 1:i + 4]:
                if len(nxt) < 40 or not clean(nxt) or tot + len(nxt) > 1400:
                    break
                units.append(nxt)
                tot += len(nxt)
            if len(units[0]) < len(para):      # cut at a sentence end when the paragraph was long
                cut = max(units[0].rfind('. '), units[0].rfind('? '))
                if cut < 200:
                    continue
                units[0] = units[0][:cut + 1]
            out.append(Base('trafilatura-eval', r['file'], units, lang, url=r['url']))
            break
    return out


LINGUA_LANGS = [('de', 26), ('fr', 22), ('es', 22), ('zh', 16), ('it', 8), ('nl', 8), ('pt', 6), ('ja', 4),
                ('pl', 4)]


def load_lingua(lang, n):
    path = DATA + '/lingua-py/language-testdata/sentences/%s.txt' % lang
    sents = [s.strip() for s in open(path, encoding='utf-8') if s.strip() and clean(s)]
    R.shuffle(sents)
    cjk = lang in ('zh', 'ja')
    out, k = [], 0
    for j in range(n):
        units = []
        for _ in range(R.choice([1, 1, 2])):
            m = R.randint(2, 4)
            units.append(('' if cjk else ' ').join(sents[k:k + m]))
            k += m
        out.append(Base('lingua-py', 'sentences/%s.txt' % lang, units, lang, cjk=cjk))
    return out


def _alpaca_units(ins, inp, outp):
    units = [ins.strip()]
    if inp.strip():
        units.append(inp.strip())
    units += [u for u in outp.strip().split('\n\n') if u.strip()]
    return units


def load_alpaca(fname, lang, source):
    recs = json.load(open(DATA + '/llama-factory-demo/' + fname, encoding='utf-8'))
    out = []
    for i, r in enumerate(recs):
        units = _alpaca_units(r['instruction'], r.get('input', ''), r['output'])
        txt = '\n\n'.join(units)
        if 80 < len(txt) < 1600 and clean(txt):
            out.append(Base(source, '%s#%d' % (fname, i), units, lang, cjk=(lang == 'zh')))
    return out


def load_seed():
    out = []
    for line in open(DATA + '/stanford_alpaca/seed_tasks.jsonl', encoding='utf-8'):
        r = json.loads(line)
        inst = r['instances'][0]
        units = _alpaca_units(r['instruction'], inst.get('input', ''), inst.get('output', ''))
        txt = '\n\n'.join(units)
        if 60 < len(txt) < 1600 and clean(txt):
            out.append(Base('stanford_alpaca', r['id'], units, 'en'))
    return out


def load_hh():
    out = []
    with gzip.open(DATA + '/hh-rlhf/harmless-base/test.jsonl.gz', 'rt', encoding='utf-8') as f:
        for i, line in enumerate(f):
            t = json.loads(line)['chosen'].strip()
            if HH_BLOCK.search(t):
                continue
            turns = [x.strip() for x in re.split(r'\n\n(?=Human:|Assistant:)', t) if x.strip()]
            units, tot = [], 0
            for x in turns:
                if tot + len(x) > 1400 and units:
                    break
                units.append(x)
                tot += len(x)
            if len(units) >= 2 and units[0].startswith('Human:') and clean('\n\n'.join(units)):
                out.append(Base('hh-rlhf', 'harmless-base/test.jsonl.gz#%d' % i, units, 'en',
                                roles=('Human:', 'Assistant:')))
    return out


def load_fastchat():
    out = []
    refs = {}
    for line in open(DATA + '/fastchat/mt_bench/reference_answer_gpt-4.jsonl', encoding='utf-8'):
        r = json.loads(line)
        refs[r['question_id']] = r['choices'][0]['turns']
    for line in open(DATA + '/fastchat/mt_bench/question.jsonl', encoding='utf-8'):
        r = json.loads(line)
        units = []
        ans = refs.get(r['question_id'])
        for j, q in enumerate(r['turns']):
            units.append('USER: ' + q.strip())
            if ans and j < len(ans):
                units.append('ASSISTANT: ' + ans[j].strip())
        txt = '\n\n'.join(units)
        if len(txt) < 1800 and clean(txt):
            out.append(Base('fastchat', 'mt_bench/question.jsonl#%d' % r['question_id'], units, 'en',
                            roles=('USER:', 'ASSISTANT:')))
    for line in open(DATA + '/fastchat/vicuna_bench/question.jsonl', encoding='utf-8'):
        r = json.loads(line)
        units = ['USER: ' + q.strip() for q in r['turns']]
        if clean('\n\n'.join(units)):
            out.append(Base('fastchat', 'vicuna_bench/question.jsonl#%d' % r['question_id'], units, 'en',
                            roles=('USER:', 'ASSISTANT:')))
    seen = set()
    for r in json.load(open(DATA + '/fastchat/dummy_conversation.json', encoding='utf-8')):
        first = r['conversations'][0]['value']
        if first in seen:
            continue
        seen.add(first)
        units = [('USER: ' if t['from'] == 'human' else 'ASSISTANT: ') + t['value'].strip()
                 for t in r['conversations']]
        if clean('\n\n'.join(units)):
            out.append(Base('fastchat', 'dummy_conversation.json#' + r['id'], units, 'en',
                            roles=('USER:', 'ASSISTANT:')))
    return out


def load_gsm8k():
    out = []
    for i, line in enumerate(open(DATA + '/gsm8k/test.jsonl', encoding='utf-8')):
        r = json.loads(line)
        out.append((i, r['question'].strip(), r['answer'].strip()))
    return out


def load_bases():
    pools = {
        'trafilatura-eval': load_traf(),
        'alpaca_en': load_alpaca('alpaca_en_demo.json', 'en', 'llama-factory-demo/alpaca_en'),
        'alpaca_zh': load_alpaca('alpaca_zh_demo.json', 'zh', 'llama-factory-demo/alpaca_zh'),
        'stanford_alpaca': load_seed(),
        'hh-rlhf': load_hh(),
        'fastchat': load_fastchat(),
    }
    for k in sorted(pools):
        R.shuffle(pools[k])
    g = load_gsm8k()
    R.shuffle(g)
    gs = []
    for i, q, a in g:
        units = [q] + ([a] if R.random() < 0.5 else [])
        if clean('\n\n'.join(units)):
            gs.append(Base('gsm8k', 'test.jsonl#%d' % i, units, 'en'))
    pools['gsm8k'] = gs
    want = [('trafilatura-eval', 125), ('alpaca_en', 45), ('alpaca_zh', 20), ('stanford_alpaca', 30),
            ('hh-rlhf', 55), ('fastchat', 50), ('gsm8k', 59)]
    bases = []
    for k, n in want:
        assert len(pools[k]) >= n, (k, len(pools[k]))
        bases += pools[k][:n]
    for lang, n in LINGUA_LANGS:
        bases += load_lingua(lang, n)
    assert len(bases) == N_DOCS, len(bases)
    R.shuffle(bases)
    return bases


# ----------------------------------------------------------------------------------------------------
# Fillers (never PII-shaped)
# ----------------------------------------------------------------------------------------------------
FIRST = {
    'en': ['James', 'Emily', 'Michael', 'Sarah', 'David', 'Olivia', 'Daniel', 'Grace', 'Ryan', 'Hannah', 'Kevin',
           'Megan', 'Tom', 'Laura', 'Chris', 'Rachel', 'Priya', 'Arjun'],
    'de': ['Lukas', 'Anna', 'Jonas', 'Lena', 'Felix', 'Marie', 'Tobias', 'Katharina', 'Jan', 'Sophie', 'Matthias',
           'Julia', 'Stefan', 'Sabine', 'J\u00fcrgen', 'B\u00e4rbel'],
    'fr': ['Hugo', 'L\u00e9a', 'Camille', 'Louis', 'Chlo\u00e9', 'Julien', 'Manon', 'Nicolas', '\u00c9lodie',
           'Antoine', 'Claire', 'Mathieu'],
    'es': ['Luc\u00eda', 'Mateo', 'Sof\u00eda', 'Pablo', 'Carmen', 'Javier', 'Elena', 'Diego', 'Marta',
           '\u00c1lvaro', 'Isabel', 'Sergio'],
    'it': ['Giulia', 'Marco', 'Francesca', 'Luca', 'Chiara', 'Alessandro'],
    'nl': ['Daan', 'Sanne', 'Lotte', 'Bram', 'Femke', 'Joost'],
    'pt': ['Jo\u00e3o', 'Beatriz', 'Rafael', 'Camila', 'Lucas', 'Mariana'],
    'pl': ['Piotr', 'Zofia', 'Katarzyna', 'Tomasz', 'Agnieszka', 'Micha\u0142'],
    'zh': ['Wei', 'Na', 'Min', 'Yang', 'Jing', 'Fan', 'Lei', 'Li'],
    'ja': ['Kenji', 'Ai', 'Sho', 'Yuko', 'Hiroshi', 'Yuki'],
}
LAST = {
    'en': ['Smith', 'Johnson', 'Walker', 'Bennett', 'Carter', 'Hughes', 'Foster', 'Reed', 'Murphy', 'Patel',
           'Nguyen', 'Brooks', 'Okafor', 'Kowalski'],
    'de': ['M\u00fcller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Wagner', 'Becker', 'Hoffmann',
           'Sch\u00e4fer', 'Koch', 'Richter', 'Brandt', 'Wei\u00df'],
    'fr': ['Martin', 'Bernard', 'Dubois', 'Moreau', 'Laurent', 'Lef\u00e8vre', 'Girard', 'Bonnet', 'Fontaine',
           'Rousseau'],
    'es': ['Garc\u00eda', 'Fern\u00e1ndez', 'L\u00f3pez', 'Mart\u00ednez', 'S\u00e1nchez', 'Romero', 'Navarro',
           'Torres', 'Dom\u00ednguez', 'Ruiz'],
    'it': ['Rossi', 'Bianchi', 'Romano', 'Colombo', 'Ricci', 'Greco'],
    'nl': ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer'],
    'pt': ['Silva', 'Santos', 'Oliveira', 'Souza', 'Costa', 'Pereira'],
    'pl': ['Nowak', 'Kowalski', 'Wi\u015bniewska', 'W\u00f3jcik', 'Kami\u0144ska', 'Lewandowski'],
    'zh': ['Wang', 'Li', 'Zhang', 'Liu', 'Chen', 'Yang', 'Zhao', 'Huang'],
    'ja': ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito'],
}
ZH_NAMES = ['\u738b\u4f1f', '\u674e\u5a1c', '\u5f20\u654f', '\u5218\u6d0b', '\u9648\u9759', '\u6768\u5e06',
            '\u8d75\u78ca', '\u9ec4\u4e3d']
JA_NAMES = ['\u4f50\u85e4 \u5065\u4e8c', '\u9234\u6728 \u611b', '\u9ad8\u6a4b \u7fd4', '\u7530\u4e2d \u512a\u5b50']
COMPANY = {
    'en': ['Kestrel Analytics', 'Brightpath Labs', 'Fernwood Joinery', 'Harbour Lights Dental', 'Solvent Tech',
           'Meridian Health Trust', 'Quokka Software'],
    'de': ['Nordwind Logistik GmbH', 'Bergmann & Partner', 'Autohaus Brandt', 'Kanzlei Weber', 'Ostwind Energie AG',
           'B\u00e4ckerei Sonnenschein'],
    'fr': ['Atelier Lumi\u00e8re', 'Cabinet Moreau', 'Boulangerie du Parc', 'Les Jardins de Claire', 'Transports Girard'],
    'es': ['Papeler\u00eda Luna', 'Cl\u00ednica Dental Ruiz', 'Mundo Verde S.L.', 'Talleres Navarro',
           'Inmobiliaria Sol'],
    'zh': ['\u534e\u4fe1\u79d1\u6280\u6709\u9650\u516c\u53f8', '\u4e1c\u65b9\u7269\u6d41', '\u7eff\u6d32\u6559\u80b2'],
    'it': ['Studio Vento', 'Ferramenta Rossi', 'Trattoria da Luca'],
    'nl': ['Greenhouse Labs B.V.', 'Bakkerij Visser', 'Fietsen Jansen'],
    'pt': ['Mundo Verde Ltda.', 'Padaria Central', 'Costa & Filhos'],
    'pl': ['Nowak Transport', 'Piekarnia Zofia', 'Biuro Kowalski'],
    'ja': ['Sakura Design', '\u3055\u304f\u3089\u5546\u4e8b'],
}
CITY = {
    'en': ['Leeds', 'Portland', 'Austin', 'Brisbane', 'Dublin', 'Toronto', 'Bristol'],
    'de': ['Berlin', 'Hamburg', 'M\u00fcnchen', 'K\u00f6ln', 'Leipzig', 'Freiburg'],
    'fr': ['Lyon', 'Nantes', 'Bordeaux', 'Lille', 'Toulouse'],
    'es': ['Madrid', 'Sevilla', 'Valencia', 'Bilbao', 'Zaragoza'],
    'zh': ['\u4e0a\u6d77', '\u5317\u4eac', '\u676d\u5dde', '\u6210\u90fd'],
    'it': ['Roma', 'Milano', 'Torino'], 'nl': ['Utrecht', 'Amsterdam', 'Groningen'],
    'pt': ['Lisboa', 'Porto', 'S\u00e3o Paulo'], 'pl': ['Krak\u00f3w', 'Warszawa', 'Gda\u0144sk'],
    'ja': ['\u6771\u4eac', '\u5927\u962a'],
}
HOSTS = ['web-01', 'api-gw-2', 'db-replica', 'worker-7', 'edge-fra1', 'ci-runner-3', 'batch-02', 'cache-1']
USERS = ['admin', 'deploy', 'root', 'ubuntu', 'git', 'backup', 'test', 'oracle']
PATHS = ['index.html', 'wp-login.php', 'api/v2/orders', 'static/app.css', 'login', 'robots.txt', '.env',
         'search?q=shoes', 'health']
UAS = ['curl/8.4.0', 'python-requests/2.31.0', 'Wget/1.21.4',
       'Mozilla/5.0 (X11; Linux x86_64; rv:121.0) Gecko/20100101 Firefox/121.0', 'Go-http-client/1.1']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
FOLD = {'\u00e4': 'ae', '\u00f6': 'oe', '\u00fc': 'ue', '\u00df': 'ss', '\u0142': 'l', '\u00c4': 'Ae',
        '\u00d6': 'Oe', '\u00dc': 'Ue', '\u0141': 'L'}


def fold(s):
    s = ''.join(FOLD.get(c, c) for c in s)
    s = unicodedata.normalize('NFKD', s)
    return ''.join(c for c in s if c.isascii() and (c.isalnum() or c in '.-_'))


def lk(d, lang):
    return d.get(lang) or d['en']


def person(lang):
    f, l = ch(lk(FIRST, lang)), ch(lk(LAST, lang))
    if lang == 'zh':
        return ch(ZH_NAMES), f, l
    if lang == 'ja':
        return ch(JA_NAMES), f, l
    return '%s %s' % (f, l), f, l


def fill_ts():
    return '2024-%02d-%02d %02d:%02d:%02d' % (R.randint(1, 12), R.randint(1, 28), R.randint(0, 23),
                                             R.randint(0, 59), R.randint(0, 59))


FILLERS = {
    'ts': fill_ts,
    'syslog': lambda: '%s %2d %02d:%02d:%02d %s' % (ch(MONTHS), R.randint(1, 28), R.randint(0, 23),
                                                    R.randint(0, 59), R.randint(0, 59), ch(HOSTS)),
    'clf': lambda: '%02d/%s/2024:%02d:%02d:%02d +0000' % (R.randint(1, 28), ch(MONTHS), R.randint(0, 23),
                                                         R.randint(0, 59), R.randint(0, 59)),
    'date': lambda: '2024-%02d-%02d' % (R.randint(1, 12), R.randint(1, 28)),
    'host': lambda: ch(HOSTS),
    'user': lambda: ch(USERS),
    'port': lambda: str(R.randint(1025, 65000)),
    'pid': lambda: str(R.randint(300, 32000)),
    'n': lambda: str(R.randint(120, 98000)),
    'path': lambda: ch(PATHS),
    'ua': lambda: ch(UAS),
    'ms': lambda: str(R.randint(2, 900)),
    'dom': lambda: ch(['vendor-api.net', 'partner-cdn.com', 'acme-mail.io', 'eu.metrics-hub.org']),
    'rec': lambda: ch(['@', 'www', 'mail', 'api', 'vpn', 'git']),
}


def fill(tpl, ctx):
    def rep(m):
        k = m.group(1)
        if k == 'v':
            return '{v}'
        if k == 'name':
            return ctx.person[0]
        if k == 'first':
            return ctx.person[1]
        if k == 'company':
            return ctx.company
        if k == 'city':
            return ctx.city
        if k == 'A':
            return 'A'
        return FILLERS[k]()
    return re.sub(r'\{(\w+)\}', rep, tpl)


# ----------------------------------------------------------------------------------------------------
# PII value generators
# ----------------------------------------------------------------------------------------------------
PROVIDERS = ['gmail.com', 'outlook.com', 'yahoo.com', 'hotmail.com', 'icloud.com', 'proton.me', 'gmx.de',
             'web.de', 't-online.de', 'orange.fr', 'free.fr', 'laposte.net', 'hotmail.es', 'telefonica.net',
             'libero.it', 'qq.com', '163.com', 'yahoo.co.jp', 'gmx.at', 'bluewin.ch', 'ziggo.nl', 'bigpond.com',
             'rediffmail.com', 'uol.com.br', 'wp.pl', 'aol.com', 'fastmail.fm']
ORG_DOMAINS = ['nordwind-logistik.de', 'brightpath.io', 'kestrel-analytics.com', 'atelier-lumiere.fr',
               'hortensia.shop', 'tallyhq.app', 'quokka.dev', 'bergmann-partner.berlin', 'fernwood.co.uk',
               'harbourlights.com.au', 'riverstone-bank.com', 'solvent.tech', 'papeleria-luna.es',
               'studio-vento.it', 'greenhouse-labs.nl', 'meridian-health.org', 'ostwind.energy', 'bluefin.xyz',
               'mapleleaf-dental.ca', 'pixelforge.games', 'lotus-consulting.in', 'sakura-design.jp',
               'mundoverde.com.br', 'huaxin-tech.cn', 'alpenblick.at', 'zuerich-treuhand.ch', 'uni-nordstadt.de',
               'stadtwerke-suedhang.de', 'ville-belair.fr', 'kanzlei-weber.law', 'coolbeans.coffee',
               'trailhead.outdoors', 'nimbus.cloud', 'ferrytales.travel', 'cardinal-law.legal', 'loop.agency']
SUBS = ['mail', 'eng', 'support', 'lists', 'students', 'corp', 'eu', 'research', 'alumni', 'billing']
ROLE_LOCAL = ['info', 'support', 'kontakt', 'contact', 'ventas', 'hr', 'office', 'billing', 'jobs', 'hello',
              'admin', 'buchhaltung', 'recrutement', 'pedidos']


def gen_email(ctx, scene):
    f, l = fold(ctx.person[1]).lower() or 'alex', fold(ctx.person[2]).lower().replace(' ', '') or 'doe'
    notes = []
    style = wch([('first.last', 5), ('flast', 2), ('first_last', 1.5), ('firstlast99', 1.5), ('first', 1),
                 ('role', 1.5), ('f.last', 1.5)])
    local = {'first.last': '%s.%s' % (f, l), 'flast': f[0] + l, 'first_last': '%s_%s' % (f, l),
             'firstlast99': '%s%s%d' % (f, l, R.randint(1, 99)), 'first': f, 'role': ch(ROLE_LOCAL),
             'f.last': '%s.%s' % (f[0], l)}[style]
    if style == 'role':
        notes.append('role address')
    if R.random() < 0.5:
        dom = ch(PROVIDERS)
        notes.append('mail provider')
    else:
        dom = ch(ORG_DOMAINS)
        tld = dom.split('.')[-1]
        if tld in ('shop', 'app', 'dev', 'berlin', 'energy', 'xyz', 'games', 'law', 'coffee', 'outdoors', 'cloud',
                   'travel', 'legal', 'agency', 'tech', 'io'):
            notes.append('new gTLD' if tld not in ('io',) else 'ccTLD .io')
        if R.random() < 0.3:
            dom = ch(SUBS) + '.' + dom
            notes.append('subdomain')
    if R.random() < 0.14 and style != 'role':
        local += '+' + ch(['news', 'invoices', 'github', 'shop', 'work', 'spam', '2024', 'tickets'])
        notes.append('sub-addressing')
    addr = local + '@' + dom
    r = R.random()
    if r < 0.07:
        addr = addr.upper()
        notes.append('upper case')
    elif r < 0.16:
        addr = local[:1].upper() + local[1:] + '@' + dom[:1].upper() + dom[1:]
        notes.append('mixed case')
    # obfuscations
    dotted = dom.split('.')
    ob = None
    if scene in ('prose', 'chat', 'bullets'):
        ob = wch([(None, 6), ('brackets', 1), ('parens', 1), ('words', 1.3), ('at_only', 0.5), ('AT', 0.4)])
    elif scene in ('form', 'signature', 'md_table', 'html_table'):
        ob = wch([(None, 8), ('brackets', 1), ('parens', 1), ('at_only', 0.8)])
    if ob == 'brackets':
        addr = '%s [at] %s' % (local, ' [dot] '.join(dotted))
    elif ob == 'parens':
        addr = '%s (at) %s' % (local, ' (dot) '.join(dotted))
    elif ob == 'words':
        addr = '%s at %s' % (local, ' dot '.join(dotted))
    elif ob == 'at_only':
        addr = '%s(at)%s' % (local, dom)
    elif ob == 'AT':
        addr = '%s AT %s' % (local, ' DOT '.join(d.upper() for d in dotted))
    if ob:
        notes.append('obfuscated: ' + ob)
    return addr, ', '.join(notes) or 'plain'


IP4_SMALL = [3, 4, 8, 13, 18, 20, 23, 34, 35, 40, 44, 52, 54]
IP4_KNOWN = ['8.8.8.8', '8.8.4.4', '1.1.1.1', '1.0.0.1', '9.9.9.9', '208.67.222.222']
SPECIAL4 = [ipaddress.ip_network(n) for n in (
    '0.0.0.0/8', '10.0.0.0/8', '100.64.0.0/10', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12', '192.0.0.0/24',
    '192.0.2.0/24', '192.31.196.0/24', '192.52.193.0/24', '192.88.99.0/24', '192.168.0.0/16', '192.175.48.0/24',
    '198.18.0.0/15', '198.51.100.0/24', '203.0.113.0/24', '224.0.0.0/4', '240.0.0.0/4')]
SPECIAL6 = [ipaddress.ip_network(n) for n in ('2001::/23', '2001:db8::/32', '2002::/16', 'fc00::/7', 'fe80::/10',
                                              'ff00::/8', '::/8')]
IP6_PREFIX = ['2a00:1450', '2a03:2880', '2606:4700', '2600:1f18', '2600:3c00', '2a01:4f8', '2a02:810', '2001:4860',
              '2400:cb00', '2a0e:b107', '2804:14c', '2c0f:f248', '2001:67c', '2620:fe', '2a02:8108', '2003:e6',
              '2405:200', '240e:3b4', '2a01:cb00', '2a0c:5a80']


def is_public(v):
    a = ipaddress.ip_address(v)
    if a.version == 4:
        return a.is_global and not any(a in n for n in SPECIAL4)
    return a.is_global and not any(a in n for n in SPECIAL6)


def gen_ip4():
    r = R.random()
    if r < 0.04:
        v = ch(IP4_KNOWN)
        return v, 'ipv4 public, well-known resolver'
    while True:
        small = r < 0.45
        a = ch(IP4_SMALL) if small else R.randint(1, 223)
        v = '%d.%d.%d.%d' % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if is_public(v):
            return v, 'ipv4 public' + (', small first octet (cloud range)' if a in IP4_SMALL else '')


def gen_ip6():
    while True:
        pre = ch(IP6_PREFIX).split(':')
        groups = pre + ['%x' % R.randint(0, 0xffff) for _ in range(8 - len(pre))]
        if R.random() < 0.5:       # typical zero runs
            k = R.randint(len(pre) + 1, 6)
            for j in range(k, min(8, k + R.randint(1, 3))):
                groups[j] = '0'
        a = ipaddress.ip_address(':'.join(groups))
        if not is_public(str(a)):
            continue
        r = R.random()
        if r < 0.7:
            return a.compressed, 'ipv6 global unicast, compressed'
        if r < 0.85:
            return a.exploded, 'ipv6 global unicast, full form'
        return a.compressed.upper(), 'ipv6 global unicast, upper case'


# --- phones -----------------------------------------------------------------------------------------
US_NPA = ['212', '213', '312', '415', '503', '617', '646', '702', '713', '718', '206', '305', '404', '512', '602',
          '720', '808', '919', '971', '303', '614', '704', '816', '907']


def ph_US(nat):
    tf = R.random() < 0.12
    a = ch(['800', '888', '877', '866']) if tf else ch(US_NPA)
    while True:
        b = dgnz(3, 2)
        if b[1:] != '11' and b != '555':
            break
    c = dg(4)
    sub = 'toll-free' if tf else 'geographic'
    if nat:
        f = ch(['({a}) {b}-{c}', '{a}-{b}-{c}', '{a}.{b}.{c}', '1-{a}-{b}-{c}', '{a} {b} {c}', '1 ({a}) {b}-{c}'])
    else:
        f = ch(['+1 {a} {b} {c}', '+1-{a}-{b}-{c}', '+1 ({a}) {b}-{c}', '+1.{a}.{b}.{c}', '001 {a} {b} {c}',
                '+1{a}{b}{c}'])
    return f.format(a=a, b=b, c=c), sub


def ph_UK(nat):
    t = ch(['london', 'city', 'mobile'])
    if t == 'london':
        s = ch('378') + dg(7)
        n, i = '020 %s %s' % (s[:4], s[4:]), ch(['+44 20 %s %s', '+44 (0)20 %s %s', '0044 20 %s %s']) % (s[:4], s[4:])
    elif t == 'city':
        a, s = ch(['161', '121', '113', '131', '141', '117', '114', '151']), dgnz(7, 2)
        n, i = '0%s %s %s' % (a, s[:3], s[3:]), ch(['+44 %s %s %s', '+44 (0)%s %s %s']) % (a, s[:3], s[3:])
    else:
        m, s = '7' + ch('45789') + dg(2), dg(6)
        n, i = '0%s %s' % (m, s), ch(['+44 %s %s', '+44 (0)%s %s', '+44%s%s']) % (m, s)
    return (n if nat else i), ('mobile' if t == 'mobile' else 'landline')


def ph_DE(nat):
    if R.random() < 0.4:
        p = ch(['151', '152', '157', '160', '162', '170', '171', '172', '173', '175', '176', '177', '178', '179'])
        s = dg(8 if p[:2] in ('15', '17') and R.random() < 0.6 else 7)
        n = ch(['0%s %s', '0%s/%s', '0%s-%s']) % (p, s)
        i = ch(['+49 %s %s', '+49 (0)%s %s', '+49%s%s', '0049 %s %s']) % (p, s)
        return (n if nat else i), 'mobile'
    a, ln = ch([('30', 8), ('40', 8), ('89', 8), ('69', 8), ('221', 7), ('711', 7), ('211', 7), ('351', 7),
                ('341', 7), ('511', 7), ('911', 7), ('6221', 6), ('761', 7), ('421', 7)])
    s = dgnz(ln, 2)
    sg = s if R.random() < 0.6 else grp(s, [len(s) - 4, 4] if len(s) > 6 else [3, len(s) - 3])
    n = ch(['0%s %s', '0%s/%s', '(0%s) %s', '0%s-%s']) % (a, sg)
    i = ch(['+49 %s %s', '+49 (0)%s %s', '+49-%s-%s', '0049 %s %s']) % (a, sg)
    return (n if nat else i), 'landline'


def ph_FR(nat):
    d = ch('1234567967')
    s = d + dg(8)
    g = [s[0]] + [s[k:k + 2] for k in range(1, 9, 2)]
    sep = ch([' ', ' ', '.', ' '])
    n = '0' + sep.join(g) if R.random() < 0.92 else '0' + s
    i = ch(['+33 %s', '+33 (0)%s', '0033 %s']) % ' '.join(g)
    return (n if nat else i), ('mobile' if d in '67' else 'landline')


def ph_ES(nat):
    mob = R.random() < 0.5
    s = ('6' + dg(8)) if mob else ('9' + ch('12345678') + dg(7))
    g = ch([[3, 3, 3], [3, 2, 2, 2], [2, 3, 2, 2]] if not mob else [[3, 3, 3], [3, 2, 2, 2]])
    body = grp(s, g) if R.random() < 0.85 else s
    i = ch(['+34 %s', '0034 %s', '(+34) %s']) % body
    return (body if nat else i), ('mobile' if mob else 'landline')


def ph_IT(nat):
    if R.random() < 0.45:
        p = '3' + ch(['20', '24', '28', '29', '33', '34', '35', '38', '39', '40', '45', '47', '48', '49', '66', '80', '88',
                      '91', '93'])
        s = dg(7)
        body = ch(['%s %s %s' % (p, s[:3], s[3:]), '%s %s' % (p, s), p + s])
        return (body if nat else ch(['+39 %s', '0039 %s']) % body), 'mobile'
    a = ch(['06', '02', '055', '011', '081', '051', '010', '041', '045', '070'])
    s = dgnz(8 if len(a) == 2 else 7, 2)
    body = '%s %s %s' % (a, s[:4], s[4:]) if len(a) == 2 else '%s %s %s' % (a, s[:3], s[3:])
    return (body if nat else ch(['+39 %s', '0039 %s']) % body), 'landline'


def ph_NL(nat):
    if R.random() < 0.45:
        s = ch('12345') + dg(7)
        return (ch(['06 %s %s' % (s[:4], s[4:]), '06-%s' % s]) if nat else
                ch(['+31 6 %s %s' % (s[:4], s[4:]), '+316%s' % s, '+31 (0)6 %s' % s])), 'mobile'
    a, s = ch(['20', '10', '70', '30', '40', '50', '13', '15']), dgnz(7, 2)
    return (ch(['0%s %s %s' % (a, s[:3], s[3:]), '0%s-%s' % (a, s)]) if nat else
            ch(['+31 %s %s %s', '+31 (0)%s %s %s']) % (a, s[:3], s[3:])), 'landline'


def ph_AU(nat):
    r = R.random()
    if r < 0.4:
        s = dg(8)
        return ('04%s %s %s' % (s[:2], s[2:5], s[5:]) if nat else '+61 4%s %s %s' % (s[:2], s[2:5], s[5:])), 'mobile'
    if r < 0.5 and nat:
        s = dg(6)
        return '1300 %s %s' % (s[:3], s[3:]), 'business 1300'
    a, s = ch('2378'), dgnz(8, 3)
    return (ch(['(0%s) %s %s', '0%s %s %s']) % (a, s[:4], s[4:]) if nat else '+61 %s %s %s' % (a, s[:4], s[4:])), 'landline'


def ph_IN(nat):
    if R.random() < 0.6:
        s = ch('6789') + dg(9)
        return (ch(['%s %s' % (s[:5], s[5:]), '0%s %s' % (s[:5], s[5:]), s]) if nat else
                ch(['+91 %s %s' % (s[:5], s[5:]), '+91-%s' % s, '+91 %s' % s])), 'mobile'
    a, s = ch(['22', '11', '80', '44', '33', '40']), dgnz(8, 2)
    return (ch(['0%s %s %s' % (a, s[:4], s[4:]), '0%s-%s' % (a, s)]) if nat else
            '+91 %s %s %s' % (a, s[:4], s[4:])), 'landline'


def ph_JP(nat):
    r = R.random()
    if r < 0.35:
        p, s = ch(['90', '80', '70']), dg(8)
        return ('0%s-%s-%s' % (p, s[:4], s[4:]) if nat else ch(['+81 %s-%s-%s', '+81 %s %s %s']) % (p, s[:4], s[4:])), 'mobile'
    if r < 0.42 and nat:
        s = dg(6)
        return '0120-%s-%s' % (s[:3], s[3:]), 'toll-free'
    a = ch(['3', '6', '45', '52', '75', '11', '92'])
    s = dgnz(8 if len(a) == 1 else 7, 2)
    k = 4 if len(a) == 1 else 3
    return ('0%s-%s-%s' % (a, s[:k], s[k:]) if nat else ch(['+81 %s-%s-%s', '+81 %s %s %s']) % (a, s[:k], s[k:])), 'landline'


def ph_BR(nat):
    ddd = ch(['11', '21', '31', '41', '51', '61', '71', '81', '85', '19'])
    if R.random() < 0.6:
        s = '9' + dg(8)
        n = ch(['(%s) %s-%s' % (ddd, s[:5], s[5:]), '(%s) %s %s-%s' % (ddd, s[0], s[1:5], s[5:])])
        i = ch(['+55 %s %s-%s' % (ddd, s[:5], s[5:]), '+55 (%s) %s-%s' % (ddd, s[:5], s[5:]), '+55 %s %s %s' % (ddd, s[:5], s[5:])])
        return (n if nat else i), 'mobile'
    s = ch('2345') + dg(7)
    return ('(%s) %s-%s' % (ddd, s[:4], s[4:]) if nat else '+55 (%s) %s-%s' % (ddd, s[:4], s[4:])), 'landline'


def ph_CN(nat):
    if R.random() < 0.6:
        p = '1' + ch(['38', '39', '35', '36', '37', '50', '51', '52', '58', '59', '86', '87', '88', '89', '30', '31', '32',
                      '55', '56', '85', '33', '53', '80', '81', '77', '99'])
        s = dg(8)
        n = ch(['%s %s %s' % (p, s[:4], s[4:]), p + s, '%s-%s-%s' % (p, s[:4], s[4:])])
        i = ch(['+86 %s %s %s' % (p, s[:4], s[4:]), '+86 %s%s' % (p, s), '0086 %s %s %s' % (p, s[:4], s[4:])])
        return (n if nat else i), 'mobile'
    a = ch(['10', '21', '20', '755', '571', '28'])
    s = dgnz(8, 2)
    n = ch(['0%s-%s' % (a, s), '(0%s) %s %s' % (a, s[:4], s[4:]), '0%s %s %s' % (a, s[:4], s[4:])])
    i = ch(['+86 %s %s %s' % (a, s[:4], s[4:]), '+86-%s-%s' % (a, s)])
    return (n if nat else i), 'landline'


def ph_CH(nat):
    mob = R.random() < 0.4
    a = ch(['76', '77', '78', '79']) if mob else ch(['44', '43', '31', '61', '21', '22', '41', '71'])
    s = dgnz(7, 2)
    body = '%s %s %s %s' % (a, s[:3], s[3:5], s[5:])
    return ('0' + body if nat else ch(['+41 %s', '+41 (0)%s', '0041 %s']) % body), ('mobile' if mob else 'landline')


def ph_AT(nat):
    if R.random() < 0.4:
        p, s = ch(['650', '660', '664', '676', '680', '681', '699']), dg(7)
        return (ch(['0%s %s', '0%s/%s']) % (p, s) if nat else ch(['+43 %s %s', '+43 (0)%s %s']) % (p, s)), 'mobile'
    if R.random() < 0.6:
        s = dgnz(7, 2)
        return (ch(['01 %s %s %s' % (s[:3], s[3:5], s[5:]), '01/%s' % s]) if nat else
                ch(['+43 1 %s %s %s', '+43 (0)1 %s %s %s']) % (s[:3], s[3:5], s[5:])), 'landline'
    a, s = ch(['316', '732', '662', '512']), dgnz(6, 2)
    return ('0%s %s' % (a, s) if nat else '+43 %s %s' % (a, s)), 'landline'


def ph_PL(nat):
    if R.random() < 0.5:
        s = ch('5678') + dg(8)
        body = '%s %s %s' % (s[:3], s[3:6], s[6:])
        return (body if nat else ch(['+48 %s', '0048 %s', '+48 %s' % s.replace(' ', '')]).replace('%s', body)), 'mobile'
    a, s = ch(['12', '22', '58', '61', '71', '42', '32', '81', '91']), dgnz(7, 2)
    body = '%s %s %s %s' % (a, s[:3], s[3:5], s[5:])
    return (body if nat else ch(['+48 %s', '(+48) %s']) % body), 'landline'


def ph_BE(nat):
    if R.random() < 0.45:
        p, s = '4' + ch(['70', '71', '72', '73', '75', '76', '77', '78', '79', '84', '85', '86', '87', '88', '89', '90',
                         '91', '92', '93', '94', '95', '96', '97', '98', '99']), dg(6)
        body = '%s %s %s %s' % (p, s[:2], s[2:4], s[4:])
        return ('0' + body if nat else '+32 ' + body), 'mobile'
    a, s = ch(['2', '3', '9']), dgnz(7, 2)
    body = '%s %s %s %s' % (a, s[:3], s[3:5], s[5:])
    return ('0' + body if nat else ch(['+32 %s', '0032 %s']) % body), 'landline'


def ph_IE(nat):
    if R.random() < 0.45:
        p, s = '8' + ch('35679'), dg(7)
        return ('0%s %s %s' % (p, s[:3], s[3:]) if nat else '+353 %s %s %s' % (p, s[:3], s[3:])), 'mobile'
    a, s = ch(['1', '21', '91', '61']), dgnz(7, 2)
    return ('0%s %s %s' % (a, s[:3], s[3:]) if nat else ch(['+353 %s %s %s', '+353 (0)%s %s %s']) % (a, s[:3], s[3:])), 'landline'


def ph_SE(nat):
    if R.random() < 0.45:
        p, s = '7' + ch('02369'), dg(7)
        return ('0%s-%s %s %s' % (p, s[:3], s[3:5], s[5:]) if nat else '+46 %s %s %s %s' % (p, s[:3], s[3:5], s[5:])), 'mobile'
    s = dgnz(8, 2)
    return ('08-%s %s %s' % (s[:3], s[3:6], s[6:]) if nat else '+46 8 %s %s %s' % (s[:3], s[3:6], s[6:])), 'landline'


def ph_MX(nat):
    a = ch(['55', '33', '81'])
    s = dgnz(8, 2)
    return ('%s %s %s' % (a, s[:4], s[4:]) if nat else ch(['+52 %s %s %s', '+52 1 %s %s %s']) % (a, s[:4], s[4:])), 'landline'


def ph_KR(nat):
    if R.random() < 0.5:
        s = dg(8)
        return ('010-%s-%s' % (s[:4], s[4:]) if nat else '+82 10-%s-%s' % (s[:4], s[4:])), 'mobile'
    s = dgnz(8, 2)
    return ('02-%s-%s' % (s[:4], s[4:]) if nat else '+82 2-%s-%s' % (s[:4], s[4:])), 'landline'


def ph_PT(nat):
    if R.random() < 0.5:
        s = '9' + ch('1236') + dg(7)
        return ('%s %s %s' % (s[:3], s[3:6], s[6:]) if nat else '+351 %s %s %s' % (s[:3], s[3:6], s[6:])), 'mobile'
    a, s = ch(['21', '22']), dgnz(7, 2)
    return ('%s %s %s' % (a, s[:3], s[3:]) if nat else '+351 %s %s %s' % (a, s[:3], s[3:])), 'landline'


def ph_ZA(nat):
    a, s = ch(['21', '11', '82', '83', '72']), dgnz(7, 2)
    return '+27 %s %s %s' % (a, s[:3], s[3:]), 'mixed'


def ph_SG(nat):
    s = ch('689') + dg(7)
    return '+65 %s %s' % (s[:4], s[4:]), 'mixed'


def ph_CA(nat):
    a, b, c = ch(['604', '416', '514', '403', '613']), dgnz(3, 2), dg(4)
    return ch(['+1 %s %s %s', '+1 (%s) %s-%s']) % (a, b, c), 'geographic'


PHONE = {'US': ph_US, 'UK': ph_UK, 'DE': ph_DE, 'FR': ph_FR, 'ES': ph_ES, 'IT': ph_IT, 'NL': ph_NL, 'AU': ph_AU,
         'IN': ph_IN, 'JP': ph_JP, 'BR': ph_BR, 'CN': ph_CN, 'CH': ph_CH, 'AT': ph_AT, 'PL': ph_PL, 'BE': ph_BE,
         'IE': ph_IE, 'SE': ph_SE, 'MX': ph_MX, 'KR': ph_KR, 'PT': ph_PT, 'ZA': ph_ZA, 'SG': ph_SG, 'CA': ph_CA}
INTL_ONLY = ('ZA', 'SG', 'CA')
INTL_POOL = ['US', 'US', 'UK', 'UK', 'DE', 'DE', 'FR', 'ES', 'IT', 'NL', 'AU', 'IN', 'JP', 'JP', 'BR', 'BR', 'CN', 'CH', 'AT',
             'PL', 'BE', 'IE', 'SE', 'MX', 'KR', 'PT', 'ZA', 'SG', 'CA']
# country -> (ccTLD suffix used in `url`, made-up site slugs)
CCTLD = {
    'UK': ('.co.uk', ['fernwood-joinery', 'leeds-physio', 'harbourview-bnb']),
    'DE': ('.de', ['zahnarztpraxis-sonnenhof', 'autohaus-brandt', 'kanzlei-weber-partner']),
    'FR': ('.fr', ['cabinet-moreau', 'boulangerie-du-parc', 'gite-les-tilleuls']),
    'ES': ('.es', ['clinica-dental-ruiz', 'talleres-navarro', 'inmobiliaria-sol']),
    'IT': ('.it', ['studio-vento', 'ferramenta-rossi', 'agriturismo-colline']),
    'NL': ('.nl', ['bakkerij-visser', 'fietsen-jansen', 'tandarts-centrum']),
    'AU': ('.com.au', ['harbourlights-dental', 'brisbane-plumbing', 'koala-tours']),
    'IN': ('.in', ['lotus-consulting', 'sharma-clinic', 'chennai-tutors']),
    'JP': ('.jp', ['sakura-design', 'tokyo-hostel', 'kyoto-ryokan']),
    'BR': ('.com.br', ['mundoverde', 'padaria-central', 'clinica-sorriso']),
    'CN': ('.cn', ['huaxin-tech', 'dongfang-wuliu', 'lvzhou-edu']),
    'CH': ('.ch', ['zuerich-treuhand', 'bergbahn-info', 'praxis-am-see']),
    'AT': ('.at', ['alpenblick', 'wiener-kaffeehaus', 'tischlerei-huber']),
    'PL': ('.pl', ['nowak-transport', 'piekarnia-zofia', 'biuro-kowalski']),
    'BE': ('.be', ['brasserie-sablon', 'fietsen-gent', 'cabinet-dupont']),
    'IE': ('.ie', ['cork-dental', 'dublin-bikes-hire', 'galway-bnb']),
    'SE': ('.se', ['stockholm-bygg', 'goteborg-tandvard', 'cafe-solen']),
    'MX': ('.com.mx', ['taqueria-luna', 'clinica-jalisco', 'viajes-sol']),
    'KR': ('.co.kr', ['seoul-design', 'hangang-clinic', 'busan-tours']),
    'PT': ('.pt', ['padaria-lisboa', 'clinica-porto', 'quinta-do-vale']),
}
LANG_COUNTRIES = {'en': ['UK', 'UK', 'AU', 'AU', 'IN', 'IN', 'IE', 'JP', 'BR', 'CN', 'NL', 'IT', 'KR', 'PT', 'FR', 'ES'], 'de': ['DE', 'DE', 'AT', 'CH'], 'fr': ['FR', 'FR', 'BE', 'CH'],
                  'es': ['ES', 'ES', 'MX'], 'zh': ['CN'], 'ja': ['JP'], 'it': ['IT'], 'nl': ['NL', 'BE'],
                  'pt': ['BR', 'PT'], 'pl': ['PL'], 'ko': ['KR'], 'sv': ['SE']}


def url_country(url):
    if not url:
        return None
    host = urlparse(url).hostname or ''
    for c in sorted(CCTLD):
        if host.endswith(CCTLD[c][0]):
            return c
    if host.endswith('.uk'):
        return 'UK'
    return None


# --- cards, IBANs -----------------------------------------------------------------------------------
def luhn_sum_ok(num):
    tot = 0
    for i, c in enumerate(reversed(num)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def luhn_complete(prefix, length):
    body = prefix + dg(length - len(prefix) - 1)
    for c in '0123456789':
        if luhn_sum_ok(body + c):
            return body + c


TEST_CARDS = [('4111111111111111', 'Visa'), ('5555555555554444', 'Mastercard'), ('378282246310005', 'Amex'),
              ('6011111111111117', 'Discover'), ('4242424242424242', 'Visa')]


def fmt_card(num, brand):
    sep = wch([(' ', 5), ('-', 2), ('', 2.5)])
    sizes = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
    return grp(num, sizes, sep), {' ': 'spaces', '-': 'dashes', '': 'no separators'}[sep]


def gen_card():
    if R.random() < 0.05:
        num, brand = ch(TEST_CARDS)
        extra = ', well-known test number'
    else:
        brand = wch([('Visa', 4), ('Mastercard', 3), ('Amex', 2), ('Discover', 1.5)])
        if brand == 'Visa':
            num = luhn_complete('4', 16)
        elif brand == 'Mastercard':
            num = luhn_complete(str(R.randint(51, 55)) if R.random() < 0.7 else str(R.randint(2221, 2720)), 16)
        elif brand == 'Amex':
            num = luhn_complete(ch(['34', '37']), 15)
        else:
            num = luhn_complete(ch(['6011', '65', str(R.randint(644, 649))]), 16)
        extra = ''
    assert luhn_sum_ok(num)
    v, how = fmt_card(num, brand)
    return v, '%s, %s%s' % (brand, how, extra)


IBAN_SPECS = {   # ISO 13616 / SWIFT IBAN registry structures (BBAN part)
    'DE': [('n', 8), ('n', 10)], 'AT': [('n', 5), ('n', 11)], 'CH': [('n', 5), ('n', 12)],
    'FR': [('n', 5), ('n', 5), ('n', 11), ('n', 2)], 'ES': [('n', 4), ('n', 4), ('n', 2), ('n', 10)],
    'IT': [('a', 1), ('n', 5), ('n', 5), ('n', 12)], 'NL': [('bank', 'ABNA INGB RABO TRIO KNAB SNSB ASNB'), ('n', 10)],
    'BE': [('n', 3), ('n', 7), ('n', 2)], 'GB': [('bank', 'NWBK BARC LOYD HBUK MIDL MONZ'), ('n', 6), ('n', 8)],
    'IE': [('bank', 'AIBK BOFI'), ('n', 6), ('n', 8)], 'PL': [('n', 8), ('n', 16)],
    'PT': [('n', 4), ('n', 4), ('n', 11), ('n', 2)], 'LU': [('n', 3), ('n', 13)], 'SE': [('n', 3), ('n', 17)],
    'DK': [('n', 4), ('n', 10)], 'NO': [('n', 4), ('n', 6), ('n', 1)], 'FI': [('n', 6), ('n', 8)],
    'CZ': [('n', 4), ('n', 6), ('n', 10)], 'TR': [('n', 5), ('n', 1), ('n', 16)],
    'BR': [('n', 8), ('n', 5), ('n', 10), ('A', 1), ('c', 1)], 'SA': [('n', 2), ('n', 18)],
    'AE': [('n', 3), ('n', 16)], 'GR': [('n', 3), ('n', 4), ('n', 16)], 'HU': [('n', 3), ('n', 4), ('n', 1), ('n', 15), ('n', 1)],
}
IBAN_LEN = {'DE': 22, 'AT': 20, 'CH': 21, 'FR': 27, 'ES': 24, 'IT': 27, 'NL': 18, 'BE': 16, 'GB': 22, 'IE': 22,
            'PL': 28, 'PT': 25, 'LU': 20, 'SE': 24, 'DK': 18, 'NO': 15, 'FI': 18, 'CZ': 24, 'TR': 26, 'BR': 29,
            'SA': 24, 'AE': 23, 'GR': 27, 'HU': 28}
IBAN_W = [('DE', 5), ('FR', 3), ('ES', 3), ('IT', 2), ('NL', 2), ('GB', 2.5), ('AT', 1.5), ('CH', 1.5), ('BE', 1.2),
          ('PL', 1), ('PT', 1), ('IE', 1), ('LU', 0.6), ('SE', 0.6), ('DK', 0.5), ('NO', 0.5), ('FI', 0.5),
          ('CZ', 0.4), ('TR', 0.4), ('BR', 0.4), ('SA', 0.3), ('AE', 0.3), ('GR', 0.4), ('HU', 0.3)]
LANG_IBAN = {'de': ['DE', 'DE', 'AT', 'CH'], 'fr': ['FR', 'FR', 'BE', 'LU'], 'es': ['ES'], 'it': ['IT'],
             'nl': ['NL', 'BE'], 'pt': ['PT', 'BR'], 'pl': ['PL']}


def iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban_valid(compact):
    return len(compact) == IBAN_LEN[compact[:2]] and iban_num(compact[4:] + compact[:4]) % 97 == 1


def make_bban(cc):
    out = ''
    for t, n in IBAN_SPECS[cc]:
        if t == 'n':
            out += dg(n)
        elif t == 'a' or t == 'A':
            out += ''.join(ch('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(n))
        elif t == 'c':
            out += ch('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
        else:
            out += ch(n.split())
    return out


def gen_iban(ctx, bad=False):
    cc = ch(LANG_IBAN[ctx.lang]) if ctx.lang in LANG_IBAN and R.random() < 0.6 else wch(IBAN_W)
    bban = make_bban(cc)
    chk = 98 - iban_num(bban + cc + '00') % 97
    if bad:
        chk = (chk + R.randint(1, 96)) % 97 + 2   # anything but the right value (2..98)
        while iban_num(bban + cc + '%02d' % chk) % 97 == 1:
            chk = (chk + 1) % 97 + 2
    compact = cc + '%02d' % chk + bban
    assert iban_valid(compact) != bad, compact
    spaced = R.random() < 0.65
    v = ' '.join(compact[k:k + 4] for k in range(0, len(compact), 4)) if spaced else compact
    return v, '%s, %s' % (cc, 'print format (groups of 4)' if spaced else 'electronic format (no spaces)')


# ----------------------------------------------------------------------------------------------------
# Look-alike value generators
# ----------------------------------------------------------------------------------------------------
def g_version4():       # every part <= 255: the string is also a syntactically valid (often public) IPv4
    a = wch([(1, 3), (2, 4), (3, 4), (4, 3), (5, 3), (6, 2), (7, 2), (8, 2), (9, 1), (11, 1), (12, 1)])
    d = R.randint(0, 255) if R.random() < 0.4 else R.randint(0, 60)
    return '%d.%d.%d.%d' % (a, R.randint(0, 24), R.randint(0, 40), d)


def g_driver():
    return ch(['%d.%d.%d.%d' % (R.randint(26, 32), R.randint(0, 20), R.randint(100, 101), R.randint(1000, 5999)),
               '%d.0.15.%d' % (R.randint(27, 32), R.randint(1000, 6999)),
               '%d.0.%d.%d' % (R.randint(30, 31), R.randint(12000, 24000), R.randint(1000, 9999))])


def g_osbuild():
    return '10.0.%d.%d' % (ch([19041, 19044, 19045, 22000, 22621, 22631, 26100]), R.randint(1, 4500))


def g_chrome():
    return '%d.0.%d.%d' % (R.randint(100, 124), R.randint(4800, 6400), R.randint(10, 220))


def g_private():
    r = R.random()
    if r < 0.45:
        return '192.168.%d.%d' % (ch([0, 1, 1, 2, 10, 178, 100, R.randint(3, 254)]), R.randint(1, 254))
    if r < 0.8:
        return '10.%d.%d.%d' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    return '172.%d.%d.%d' % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))


def g_doc_ip():
    return '%s.%d' % (ch(['192.0.2', '198.51.100', '203.0.113']), R.randint(1, 254))


def g_mac():
    b = ['%02x' % R.randint(0, 255) for _ in range(6)]
    b[0] = '%02x' % (int(b[0], 16) & 0xfc)
    r = R.random()
    if r < 0.45:
        return ':'.join(b).upper()
    if r < 0.7:
        return ':'.join(b)
    if r < 0.88:
        return '-'.join(b).upper()
    s = ''.join(b)
    return '%s.%s.%s' % (s[:4], s[4:8], s[8:])


def g_date(ctx):
    y, m, d = R.randint(2015, 2025), R.randint(1, 12), R.randint(1, 28)
    lang = ctx.lang
    if lang in ('de', 'pl', 'nl') and R.random() < 0.7:
        return '%02d.%02d.%d' % (d, m, y)
    if lang in ('fr', 'es', 'it', 'pt') and R.random() < 0.7:
        return '%02d/%02d/%d' % (d, m, y)
    if lang in ('zh', 'ja') and R.random() < 0.5:
        return '%d\u5e74%d\u6708%d\u65e5' % (y, m, d)
    return ch(['%d-%02d-%02d' % (y, m, d), '%02d/%02d/%d' % (m, d, y), '%d/%02d/%02d' % (y, m, d)])


def g_time(ctx):
    h, m, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return ch(['%02d:%02d' % (h, m), '%02d:%02d:%02d' % (h, m, s), '%d:%02d %s' % (h % 12 or 12, m, ch(['AM', 'PM'])),
               '%02d:%02d\u2013%02d:%02d' % (h, 0, (h + R.randint(1, 8)) % 24, 30)])


def g_timestamp(ctx):
    y, mo, d, h, mi, s = R.randint(2019, 2025), R.randint(1, 12), R.randint(1, 28), R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    return ch(['%d-%02d-%02dT%02d:%02d:%02dZ' % (y, mo, d, h, mi, s),
               '%d-%02d-%02dT%02d:%02d:%02d.%03d+02:00' % (y, mo, d, h, mi, s, R.randint(0, 999)),
               '%d-%02d-%02d %02d:%02d:%02d,%03d' % (y, mo, d, h, mi, s, R.randint(0, 999)),
               '%s, %02d %s %d %02d:%02d:%02d +0000' % (ch(['Mon', 'Tue', 'Wed', 'Thu', 'Fri']), d, MONTHS[mo - 1], y, h, mi, s)])


def g_unix(ctx):
    t = R.randint(1_600_000_000, 1_760_000_000)
    return str(t) if R.random() < 0.75 else str(t) + dg(3)


def g_price(ctx):
    a = R.randint(3, 4999)
    c = R.randint(0, 99)
    lang = ctx.lang
    if lang in ('de', 'es', 'it', 'nl', 'pt', 'pl'):
        s = ('%d.%03d' % divmod(a, 1000) if a >= 1000 else str(a)) + ',%02d' % c
        return ch(['%s \u20ac' % s, '\u20ac%s' % s, 'EUR %s' % s]) if lang != 'pl' else '%s z\u0142' % s
    if lang == 'fr':
        s = ('%d\u202f%03d' % divmod(a, 1000) if a >= 1000 else str(a)) + ',%02d' % c
        return '%s \u20ac' % s
    if lang == 'zh':
        return ch(['\u00a5%d' % a, '%d\u5143' % a, '\uffe5%d.%02d' % (a, c)])
    if lang == 'ja':
        return '\u00a5%s' % format(a * 100, ',')
    s = format(a, ',') + '.%02d' % c
    return ch(['$%s' % s, '\u00a3%s' % s, 'US$%s' % s, '$%s' % format(a * 1000, ',')])


def g_isbn(ctx):
    if R.random() < 0.75:
        g = ch(['3', '0', '1', '2', '84', '7'])
        pub = dg(R.randint(2, 4))
        title = dg(9 - len(g) - len(pub))
        core = '978' + g + pub + title
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
        chk = (10 - s % 10) % 10
        return '978-%s-%s-%s-%d' % (g, pub, title, chk)
    core = dg(9)
    s = sum(int(c) * (10 - i) for i, c in enumerate(core))
    chk = (11 - s % 11) % 11
    return '%s-%s-%s-%s' % (core[0], core[1:4], core[4:9], 'X' if chk == 10 else str(chk))


def g_doi(ctx):
    return ch(['10.1038/s41586-0%d-%04d-%d' % (R.randint(19, 24), R.randint(1000, 9999), R.randint(0, 9)),
               '10.1145/%d.%d' % (R.randint(3000000, 3700000), R.randint(3000000, 3700000)),
               '10.48550/arXiv.%02d%02d.%05d' % (R.randint(19, 25), R.randint(1, 12), R.randint(1, 19999)),
               '10.1016/j.%s.20%d.%02d.%03d' % (ch(['cell', 'neuron', 'jclepro']), R.randint(15, 24), R.randint(1, 12), R.randint(1, 999)),
               '10.5281/zenodo.%d' % R.randint(1000000, 9999999)])


def g_uuid(ctx):
    h = '%032x' % R.getrandbits(128)
    h = h[:12] + '4' + h[13:16] + ch('89ab') + h[17:]
    return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def g_hash(ctx):
    n = ch([64, 40, 32, 7, 12])
    return ''.join(ch('0123456789abcdef') for _ in range(n))


def g_gps(ctx):
    la, lo = R.uniform(-45, 60), R.uniform(-120, 150)
    r = R.random()
    if r < 0.5:
        return '%.5f, %.5f' % (la, lo)
    if r < 0.75:
        return '%.4f\u00b0 %s, %.4f\u00b0 %s' % (abs(la), 'N' if la >= 0 else 'S', abs(lo), 'E' if lo >= 0 else 'W')

    def dms(x):
        x = abs(x)
        d = int(x)
        m = int((x - d) * 60)
        return d, m, int(((x - d) * 60 - m) * 60)
    a, b = dms(la), dms(lo)
    return '%d\u00b0%02d\u2032%02d\u2033%s %d\u00b0%02d\u2032%02d\u2033%s' % (a + ('N' if la >= 0 else 'S',) + b + ('E' if lo >= 0 else 'W',))


def g_order(ctx):
    return ch(['%s-%s-%s' % (dgnz(3, 2), dg(7), dg(7)), 'ORD-2024-%06d' % R.randint(1, 999999), dgnz(8, 2),
               '%s-%s-%s' % (dgnz(3, 2), dg(4), dg(4)), 'A%s' % dg(9), '#%s' % dg(6)])


def g_tracking(ctx):
    r = R.random()
    if r < 0.25:
        return '1Z%s%s' % (''.join(ch('ABCDEFGHJKLMNPRSTUVWXYZ0123456789') for _ in range(6)), dg(10))
    if r < 0.45:
        return '00' + dg(18)
    if r < 0.65:
        s = '94' + dg(20)
        return ' '.join(s[k:k + 4] for k in range(0, 22, 4))
    if r < 0.8:
        return '%s %s %s' % (dg(4), dg(4), dg(4))
    return '%s%s%sGB' % (ch(['RR', 'AB', 'LX', 'CP']), dg(8), dg(1))


def g_luhnfail(ctx):
    num = luhn_complete(ch(['4', '51', '53', '55', '6011']), 16)
    last = str((int(num[-1]) + R.randint(1, 9)) % 10)
    num = num[:-1] + last
    assert not luhn_sum_ok(num)
    return ch([grp(num, [4, 4, 4, 4]), grp(num, [4, 4, 4, 4], '-'), num])


POSTAL = [
    ('de', lambda: '%05d' % R.randint(10115, 99998), ['Friedrichstra\u00dfe 12, {v} Berlin', 'Hauptstra\u00dfe 3, {v} Freiburg im Breisgau']),
    ('fr', lambda: '750%02d' % R.randint(1, 20), ['12 rue de la Paix, {v} Paris', '8 boulevard Haussmann, {v} Paris']),
    ('es', lambda: '280%02d' % R.randint(1, 55), ['Calle Mayor 5, {v} Madrid']),
    ('it', lambda: '001%02d' % R.randint(18, 99), ['Via Roma 10, {v} Roma']),
    ('nl', lambda: '10%02d %s' % (R.randint(11, 99), ch(['AB', 'CD', 'KL', 'RT'])), ['Damrak 1, {v} Amsterdam']),
    ('en', lambda: 'LS%d %d%s' % (R.randint(1, 29), R.randint(1, 9), ch(['AP', 'BT', 'QD', 'NX'])), ['14 Mill Lane, Leeds {v}']),
    ('en', lambda: '787%02d' % R.randint(1, 99) + ('' if R.random() < 0.6 else '-%04d' % R.randint(1, 9999)), ['1200 Main St, Austin, TX {v}']),
    ('en', lambda: ch(['K1A 0B1', 'M5V 3L9', 'H2X 1Y4']), ['Ottawa, ON {v}']),
    ('ja', lambda: '1%02d-%04d' % (R.randint(0, 99), R.randint(1, 9999)), ['\u3012{v} \u6771\u4eac\u90fd\u5343\u4ee3\u7530\u533a']),
    ('pt', lambda: '01310-%03d' % R.randint(0, 999), ['Av. Paulista, 1000 \u2013 S\u00e3o Paulo, CEP {v}']),
    ('zh', lambda: '200%03d' % R.randint(0, 999), ['\u4e0a\u6d77\u5e02\u6d66\u4e1c\u65b0\u533a\uff0c\u90ae\u7f16{v}']),
    ('en', lambda: '4000%02d' % R.randint(1, 99), ['Nariman Point, Mumbai {v}']),
    ('pl', lambda: '%02d-%03d' % (R.randint(0, 99), R.randint(0, 999)), ['ul. Floria\u0144ska 3, {v} Krak\u00f3w']),
]


def g_postal(ctx):
    opts = [p for p in POSTAL if p[0] == ctx.lang] or [p for p in POSTAL if p[0] == 'en']
    _, gen, tpls = ch(opts)
    return gen(), tpls


def g_arith(ctx):
    a, b = R.randint(2, 400), R.randint(2, 300)
    return ch(['%d + %d = %d' % (a, b, a + b), '%d \u00d7 %d = %d' % (a % 40 + 2, b % 30 + 2, (a % 40 + 2) * (b % 30 + 2)),
               '%d - %d = %d' % (a + b, b, a), '%.1f * %d = %.1f' % (a / 8, b % 9 + 2, a / 8 * (b % 9 + 2)),
               '%d / %d = %d' % (a * (b % 12 + 2), b % 12 + 2, a)])


def g_score(ctx):
    return ch(['6-%d, %d-6, 7-5' % (R.randint(0, 4), R.randint(0, 4)), '%d:%d' % (R.randint(0, 5), R.randint(0, 5)),
               '%d\u2013%d' % (R.randint(80, 130), R.randint(80, 130)), '%d-%d' % (R.randint(0, 6), R.randint(0, 6))])


def g_product(ctx):
    return ch(['%s-%s-%s' % (dg(3), dg(4), dg(3)), '%s %s %s' % (dg(4), dg(3), dg(2)), '%s-%s-%s' % (dgnz(2, 2), dg(4), dg(4)),
               '%s.%s.%s' % (dg(3), dg(3), dg(2)), '%s-%s' % (dg(5), dg(5))])


def g_vat(ctx):
    return ch(['DE%s' % dgnz(9), 'FR%s%s' % (dg(2), dg(9)), 'ATU%s' % dg(8), 'ESB%s' % dg(8), 'GB%s' % dgnz(9),
               'NL%sB01' % dg(9), 'IT%s' % dg(11), 'PL%s' % dg(10)])


def g_ean(ctx):
    while True:     # EAN-13 check digit; reject the rare ones that also pass Luhn (13-digit Visa length)
        core = ch(['400', '401', '402', '30', '84', '50', '0'])
        core += dg(12 - len(core))
        s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(core))
        v = core + str((10 - s % 10) % 10)
        if not luhn_sum_ok(v):
            return v


def g_handle(ctx):
    f = fold(ctx.person[1]).lower() or 'alex'
    return '@' + ch(['%s_codes' % f, '%s.writes' % f, 'nordwind.logistik', '%s%d' % (f, R.randint(1, 99)),
                     'the_%s_kitchen' % f, 'atelier.lumiere', 'cafe_solen'])


def g_large(ctx):
    n = R.randint(1_000_000, 2_000_000_000)
    return ch([format(n, ','), format(n, ',').replace(',', ' '), format(n % 99_999_999 + 1_000_000, ',').replace(',', ' ')])


IP6_ULA_T = 'fd%02x:%x:%x::%x'


def g_v6ll(ctx):
    return 'fe80::%x:%x:%x:%x' % tuple(R.randint(0, 0xffff) for _ in range(4))


def g_v6ula(ctx):
    return IP6_ULA_T % (R.randint(0, 255), R.randint(1, 0xffff), R.randint(1, 0xffff), R.randint(1, 0xffff))


def g_v6doc(ctx):
    return ch(['2001:db8::%x' % R.randint(1, 0xffff), '2001:db8:%x::%x' % (R.randint(1, 0xffff), R.randint(1, 0xff)),
               '2001:db8:85a3::8a2e:370:%x' % R.randint(1, 0xffff)])


def g_oid(ctx):
    return ch(['1.3.6.1.2.1.1.3.0', '1.3.6.1.2.1.2.2.1.10', '1.3.6.1.4.1.311.21.8', '1.2.840.113549.1.1.11', '2.5.4.3',
               '1.3.6.1.4.1.%d.1.%d' % (R.randint(2000, 60000), R.randint(1, 40)), '1.3.6.1.4.1.9.9.13.1.3.1.3',
               '2.16.840.1.101.3.4.2.1', '1.3.6.1.2.1.25.3.3.1.2', '1.3.6.1.4.1.2021.10.1.3.1'])


def g_dethousands(ctx):
    return '%d.%03d.%03d.%03d' % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 999), R.randint(0, 999))


def g_section(ctx):
    return '%d.%d.%d.%d' % (R.randint(1, 12), R.randint(1, 9), R.randint(1, 9), R.randint(1, 9))


# ----------------------------------------------------------------------------------------------------
# Specs: how each PII kind / look-alike is labelled and phrased.  Templates hold {v} once; other
# {placeholders} are neutral fillers.  A template starting with '\u00b6' becomes its own paragraph/line.
# ----------------------------------------------------------------------------------------------------
class Spec:
    def __init__(self, name, pii=False, w=1.0, gen=None, labels=None, keys=None, prose=None, bare=None, soft=None,
                 log=None, conf=None, code=None, p_bare=0.0, p_soft=0.0, family='', bare_suffix=False, langs=None):
        self.name, self.pii, self.w, self.gen = name, pii, w, gen
        self.labels, self.keys, self.prose = labels or {'en': [name]}, keys or [name], prose or {}
        self.bare, self.soft, self.log, self.conf, self.code = bare, soft, log or [], conf or {}, code or {}
        self.p_bare, self.p_soft, self.family, self.bare_suffix, self.langs = p_bare, p_soft, family, bare_suffix, langs


PII = {}
PII['email'] = Spec(
    'email', pii=True,
    labels={'en': ['Email', 'E-mail', 'Email address', 'Contact'], 'de': ['E-Mail', 'E-Mail-Adresse', 'Mail'],
            'fr': ['Courriel', 'E-mail', 'Adresse e-mail'], 'es': ['Correo', 'Correo electr\u00f3nico', 'Email'],
            'zh': ['\u90ae\u7bb1', '\u7535\u5b50\u90ae\u4ef6', 'Email'], 'it': ['Email', 'Posta elettronica'],
            'nl': ['E-mail', 'E-mailadres'], 'pt': ['E-mail', 'Email'], 'ja': ['\u30e1\u30fc\u30eb', 'E\u30e1\u30fc\u30eb'],
            'pl': ['E-mail', 'Adres e-mail']},
    keys=['email', 'contact_email', 'user_email', 'mail', 'reply_to', 'owner_email'],
    prose={'en': ['You can reach me at {v} if anything changes.', 'Please send the signed form to {v} by Friday.',
                  'For questions, write to {v}.', 'My address is {v}, feel free to email me.', 'CC {v} on the reply, please.',
                  'Send your portfolio to {v} and mention the job title in the subject line.', 'Drop me a line at {v}.'],
           'de': ['Sie erreichen mich unter {v}.', 'Bitte schicken Sie die Unterlagen an {v}.',
                  'Bei Fragen einfach eine Mail an {v} schreiben.', 'Anmeldungen bitte per E-Mail an {v}.'],
           'fr': ["Vous pouvez m'\u00e9crire \u00e0 {v}.", "Merci d'envoyer votre candidature \u00e0 {v}.",
                  'Pour toute question : {v}.', 'Inscriptions par courriel \u00e0 {v}.'],
           'es': ['Puedes escribirme a {v}.', 'Env\u00eda tu curr\u00edculum a {v}.', 'Para m\u00e1s informaci\u00f3n, escribe a {v}.',
                  'Las inscripciones se hacen por correo a {v}.'],
           'zh': ['\u5982\u6709\u95ee\u9898\u8bf7\u53d1\u90ae\u4ef6\u81f3{v}\u3002', '\u7b80\u5386\u8bf7\u6295\u9012\u5230{v}\u3002',
                  '\u6211\u7684\u90ae\u7bb1\u662f{v}\uff0c\u6b22\u8fce\u8054\u7cfb\u3002'],
           'it': ['Scrivetemi a {v}.'], 'nl': ['Mail me gerust op {v}.'], 'pt': ['Escreva para {v}.'],
           'pl': ['Napisz do mnie na {v}.'], 'ja': ['\u304a\u554f\u3044\u5408\u308f\u305b\u306f{v}\u307e\u3067\u3002']},
    bare={'en': ['Ask {v}, she handled it last time.', '{v} is still on the distribution list.', 'Loop in {v} before we ship.'],
          'de': ['Frag mal {v}, die kennt sich aus.'], 'fr': ['Demande \u00e0 {v}, il saura.'],
          'es': ['Preg\u00fantale a {v}, ella lo sabe.'], 'zh': ['\u8fd9\u4ef6\u4e8b\u627e{v}\u3002']},
    log=['{ts} INFO  mailer: queued message to={v} status=sent', '{ts} WARN  smtp: 550 mailbox unavailable for <{v}>',
         '{ts} INFO  auth: password reset requested for {v}'],
    conf={'ini': ['smtp_user = {v}', 'admin_email = {v}'], 'env': ['SMTP_USER={v}', 'ALERT_EMAIL={v}'],
          'yaml': ['  email: {v}', 'notify: [{v}]']},
    p_bare=0.15)

PII['phone'] = Spec(
    'phone', pii=True,
    labels={'en': ['Phone', 'Tel', 'Mobile', 'Phone number', 'Cell'], 'de': ['Telefon', 'Tel.', 'Mobil', 'Handy'],
            'fr': ['T\u00e9l\u00e9phone', 'T\u00e9l.', 'Portable'], 'es': ['Tel\u00e9fono', 'Tel.', 'M\u00f3vil'],
            'zh': ['\u7535\u8bdd', '\u624b\u673a', '\u8054\u7cfb\u7535\u8bdd'], 'it': ['Telefono', 'Cellulare', 'Tel.'],
            'nl': ['Telefoon', 'Tel.', 'Mobiel'], 'pt': ['Telefone', 'Celular', 'Tel.'], 'ja': ['\u96fb\u8a71', '\u643a\u5e2f', 'TEL'],
            'pl': ['Telefon', 'Tel.', 'Kom\u00f3rka']},
    keys=['phone', 'phone_number', 'mobile', 'tel', 'contact_phone'],
    prose={'en': ['Call us at {v} for an appointment.', 'You can reach the front desk on {v}.',
                  'My number is {v}, text me when you arrive.', 'For urgent matters call {v}.', 'Give me a ring at {v} after 6pm.'],
           'de': ['Rufen Sie uns unter {v} an.', 'Telefonisch erreichen Sie uns unter {v}.',
                  'Meine Nummer ist {v}, schreib mir einfach.', 'Terminvereinbarung unter {v}.'],
           'fr': ['Appelez-nous au {v}.', 'Vous pouvez nous joindre au {v} du lundi au vendredi.', 'Mon num\u00e9ro est le {v}.'],
           'es': ['Ll\u00e1manos al {v}.', 'Puedes contactarnos en el {v} de lunes a viernes.', 'Mi n\u00famero es el {v}.'],
           'zh': ['\u8bf7\u62e8\u6253{v}\u54a8\u8be2\u3002', '\u6211\u7684\u624b\u673a\u53f7\u662f{v}\uff0c\u5230\u4e86\u7ed9\u6211\u53d1\u77ed\u4fe1\u3002',
                  '\u9884\u7ea6\u7535\u8bdd\uff1a{v}\u3002'],
           'it': ['Chiamaci al {v}.'], 'nl': ['Bel ons op {v}.'], 'pt': ['Ligue para {v}.'],
           'ja': ['\u304a\u554f\u3044\u5408\u308f\u305b\u306f{v}\u307e\u3067\u3002'], 'pl': ['Zadzwo\u0144 pod numer {v}.']},
    bare={'en': ['Try {v} after six.', '{v} \u2014 ask for Maria.'], 'de': ['{v}, nach 18 Uhr.'],
          'fr': ['{v}, apr\u00e8s 18 h.'], 'es': ['{v}, por las tardes.'], 'zh': ['\u665a\u4e0a\u516d\u70b9\u540e\u6253{v}\u3002']},
    log=['{ts} INFO  sms: delivered to {v}', '{ts} WARN  twilio: call to {v} failed (busy)'],
    conf={'env': ['ONCALL_PHONE={v}'], 'yaml': ['  phone: "{v}"'], 'ini': ['support_phone = {v}']},
    p_bare=0.12)

PII['card'] = Spec(
    'card', pii=True,
    labels={'en': ['Card number', 'Credit card', 'Card', 'PAN'], 'de': ['Kartennummer', 'Kreditkarte'],
            'fr': ['Num\u00e9ro de carte', 'Carte bancaire'], 'es': ['N\u00famero de tarjeta', 'Tarjeta'],
            'zh': ['\u5361\u53f7', '\u4fe1\u7528\u5361\u53f7'], 'it': ['Numero carta'], 'nl': ['Kaartnummer'],
            'pt': ['N\u00famero do cart\u00e3o'], 'ja': ['\u30ab\u30fc\u30c9\u756a\u53f7'], 'pl': ['Numer karty']},
    keys=['card_number', 'cc_number', 'pan', 'card'],
    prose={'en': ['My card number is {v}, expiry 09/27.', 'Please charge the deposit to {v}.',
                  'The payment failed for card {v} again.', 'I paid with {v} but the order never arrived.'],
           'de': ['Meine Kartennummer lautet {v}.', 'Bitte belasten Sie die Kreditkarte {v}.'],
           'fr': ['Mon num\u00e9ro de carte est {v}.', 'Veuillez d\u00e9biter la carte {v}.'],
           'es': ['Mi n\u00famero de tarjeta es {v}.', 'Cargue el importe a la tarjeta {v}.'],
           'zh': ['\u6211\u7684\u4fe1\u7528\u5361\u53f7\u662f{v}\u3002', '\u8bf7\u4ece\u5361\u53f7{v}\u6263\u6b3e\u3002'],
           'it': ['Il mio numero di carta \u00e8 {v}.'], 'pt': ['O n\u00famero do meu cart\u00e3o \u00e9 {v}.']},
    bare={'en': ['{v}, exp 11/26, CVV on the back.', 'Use {v} for the hotel.'], 'de': ['{v}, g\u00fcltig bis 11/26.'],
          'fr': ['{v}, expire 11/26.'], 'es': ['{v}, caduca 11/26.'], 'zh': ['\u7528{v}\u4ed8\u9152\u5e97\u7684\u94b1\u3002']},
    log=['{ts} DEBUG payment: request body {{"pan": "{v}", "amount": 4999}}', '{ts} ERROR checkout: card={v} declined (insufficient funds)',
         'POST /api/checkout card_number={v}&exp=0927 HTTP/1.1'],
    conf={'env': ['TEST_CARD={v}'], 'yaml': ['  card: "{v}"']},
    p_bare=0.2)

PII['iban'] = Spec(
    'iban', pii=True,
    labels={'en': ['IBAN', 'Bank account (IBAN)', 'Account'], 'de': ['IBAN', 'Kontoverbindung', 'Bankverbindung'],
            'fr': ['IBAN', 'RIB / IBAN'], 'es': ['IBAN', 'Cuenta'], 'zh': ['IBAN', '\u94f6\u884c\u8d26\u53f7(IBAN)'],
            'it': ['IBAN', 'Conto'], 'nl': ['IBAN', 'Rekeningnummer'], 'pt': ['IBAN'], 'pl': ['IBAN', 'Numer konta']},
    keys=['iban', 'bank_iban', 'account_iban', 'payout_iban'],
    prose={'en': ['Please transfer the amount to {v}.', 'Payments go to IBAN {v}.',
                  'Refunds will be sent to {v} within 14 days.'],
           'de': ['Bitte \u00fcberweisen Sie den Betrag auf {v}.', 'Unsere Bankverbindung: IBAN {v}.',
                  'Die Miete geht auf das Konto {v}.'],
           'fr': ["Merci d'effectuer le virement sur {v}.", 'Coordonn\u00e9es bancaires : IBAN {v}.'],
           'es': ['Realice la transferencia a la cuenta {v}.', 'Nuestros datos bancarios: IBAN {v}.'],
           'zh': ['\u8bf7\u5c06\u6b3e\u9879\u8f6c\u81f3{v}\u3002', '\u6536\u6b3e\u8d26\u6237\uff08IBAN\uff09\uff1a{v}\u3002'],
           'it': ['Effettuare il bonifico su {v}.'], 'nl': ['Maak het bedrag over naar {v}.'], 'pt': ['Transfira o valor para {v}.'],
           'pl': ['Prosz\u0119 o przelew na konto {v}.']},
    bare={'en': ['{v}, reference INV-2291.', 'Send it to {v} before the 5th.'],
          'de': ['{v}, Verwendungszweck: Mitgliedsbeitrag.'], 'fr': ['{v} (r\u00e9f\u00e9rence : cotisation).'],
          'es': ['{v}, concepto: cuota anual.'], 'zh': ['{v}\uff0c\u5907\u6ce8\uff1a\u4f1a\u8d39\u3002']},
    log=['{ts} INFO  payout: scheduled transfer to {v}', '{ts} WARN  sepa: mandate missing for iban={v}'],
    conf={'env': ['PAYOUT_IBAN={v}'], 'yaml': ['  iban: "{v}"'], 'ini': ['iban = {v}']},
    p_bare=0.2)

IP_LOG = ['{v} - - [{clf}] "GET /{path} HTTP/1.1" 200 {n} "-" "{ua}"',
          '{syslog} sshd[{pid}]: Failed password for invalid user {user} from {v} port {port} ssh2',
          '{syslog} sshd[{pid}]: Accepted publickey for {user} from {v} port {port} ssh2',
          '{ts} fail2ban.actions [{pid}]: NOTICE [sshd] Ban {v}',
          '[{clf}] [core:error] [pid {pid}] [client {v}:{port}] AH00126: Invalid URI in request',
          '{syslog} postfix/smtpd[{pid}]: connect from unknown[{v}]',
          '{syslog} kernel: [UFW BLOCK] IN=eth0 OUT= SRC={v} LEN=60 TTL=51 PROTO=TCP SPT={port} DPT=22',
          '{ts} WARN  auth: 5 failed logins for user "{user}" from {v}',
          'X-Forwarded-For: {v}',
          '{ts} level=info msg="request completed" remote_addr={v} status=200 duration={ms}ms']
PII['ip'] = Spec(
    'ip', pii=True,
    labels={'en': ['IP', 'IP address', 'Client IP', 'Source IP', 'Remote addr', 'Public IP'], 'de': ['IP-Adresse', 'IP'],
            'fr': ['Adresse IP', 'IP'], 'es': ['Direcci\u00f3n IP', 'IP'], 'zh': ['IP\u5730\u5740', 'IP'],
            'it': ['Indirizzo IP'], 'nl': ['IP-adres'], 'pt': ['Endere\u00e7o IP'], 'pl': ['Adres IP'], 'ja': ['IP\u30a2\u30c9\u30ec\u30b9']},
    keys=['ip', 'client_ip', 'remote_addr', 'src_ip', 'last_login_ip', 'ip_address'],
    prose={'en': ['My public IP is {v}, can you whitelist it?', 'Requests from {v} were blocked by the WAF.',
                  'Please add {v} to the allow list.', "The login came from IP address {v}, which I don't recognise.",
                  'I can ping {v} but SSH times out.', 'The A record now points to {v}.',
                  'The build server at {v} runs Jenkins and nothing else.', 'Our staging server {v} is still on Ubuntu 20.04.'],
           'de': ['Meine IP-Adresse ist {v}.', 'Bitte die IP {v} freischalten.', 'Der Zugriff kam von {v}.',
                  'Der Build-Server unter {v} l\u00e4uft mit Jenkins.'],
           'fr': ['Mon adresse IP est {v}.', 'Les requ\u00eates venant de {v} sont bloqu\u00e9es.',
                  'Le serveur de build \u00e0 l\'adresse {v} tourne sous Jenkins.'],
           'es': ['Mi IP p\u00fablica es {v}.', 'Las peticiones desde {v} fueron bloqueadas.',
                  'El servidor de compilaci\u00f3n en {v} usa Jenkins.'],
           'zh': ['\u6211\u7684\u516c\u7f51IP\u662f{v}\u3002', '\u6765\u81ea{v}\u7684\u8bf7\u6c42\u88ab\u9632\u706b\u5899\u62e6\u622a\u4e86\u3002'],
           'it': ['Il mio IP pubblico \u00e8 {v}.'], 'nl': ['Mijn publieke IP is {v}.'], 'pt': ['Meu IP p\u00fablico \u00e9 {v}.'],
           'pl': ['M\u00f3j publiczny adres IP to {v}.'], 'ja': ['\u79c1\u306e\u30b0\u30ed\u30fc\u30d0\u30ebIP\u306f{v}\u3067\u3059\u3002']},
    bare={'en': ['{v} again, third time this week.', 'Try {v} instead and tell me what happens.',
                 'We ended up on {v} after the move.', 'Honestly, {v} was the culprit all along.',
                 'Write down {v} before you forget it.', 'Compare that with {v}, which never had the problem.',
                 'She pasted {v} into the chat and logged off.', 'It was {v}, not the one we thought.',
                 'Nobody knows who owns {v} anymore.', '{v} and the one before it both came back fine.'],
          'de': ['{v} schon wieder, das dritte Mal diese Woche.', 'Probier mal {v}, vielleicht klappt es dann.',
                 'Schreib dir {v} auf, bevor du es vergisst.', 'Am Ende war {v} schuld.'],
          'fr': ['Encore {v}, troisi\u00e8me fois cette semaine.', 'Essaie plut\u00f4t {v} et dis-moi.',
                 "Au final, c'\u00e9tait {v} le coupable."],
          'es': ['Otra vez {v}, tercera vez esta semana.', 'Prueba con {v} y me cuentas.', 'Al final el culpable era {v}.'],
          'zh': ['\u53c8\u662f{v}\uff0c\u8fd9\u5468\u7b2c\u4e09\u6b21\u4e86\u3002', '\u8bd5\u8bd5{v}\uff0c\u770b\u770b\u600e\u4e48\u6837\u3002',
                 '\u6700\u540e\u53d1\u73b0\u662f{v}\u7684\u95ee\u9898\u3002']},
    soft={'en': ['Jenkins on {v} failed the nightly build again.', 'The Postgres replica on {v} is two minutes behind.',
                 'kubectl keeps timing out against {v} since the upgrade.', 'Grafana for {v} shows the CPU pinned at 100%.',
                 "Redis on {v} still runs 6.2, so the new client won't connect.", 'Our GitLab runner {v} needs Docker 24 before Monday.',
                 'npm install hangs on {v} but works on my laptop.', 'The Python 3.12 wheels build fine on {v}.'],
          'de': ['Jenkins auf {v} hat den Nightly-Build wieder nicht geschafft.', 'Die Postgres-Replik auf {v} h\u00e4ngt zwei Minuten hinterher.'],
          'fr': ['Jenkins sur {v} a encore \u00e9chou\u00e9 cette nuit.', 'La r\u00e9plique Postgres sur {v} a deux minutes de retard.'],
          'es': ['Jenkins en {v} volvi\u00f3 a fallar anoche.', 'La r\u00e9plica de Postgres en {v} va dos minutos atrasada.'],
          'zh': ['{v}\u4e0a\u7684Jenkins\u6628\u665a\u53c8\u6784\u5efa\u5931\u8d25\u4e86\u3002', '{v}\u4e0a\u7684Postgres\u4ece\u5e93\u5ef6\u8fdf\u4e86\u4e24\u5206\u949f\u3002']},
    log=IP_LOG,
    conf={'nginx': ['allow {v};', 'deny {v};', 'set_real_ip_from {v};', 'server {v}:{port} weight=5;'],
          'hosts': ['{v}    api.{dom}', '{v}    mirror.{dom}'],
          'dns': ['{rec}    300    IN    {A}    {v}'],
          'shell': ['iptables -A INPUT -s {v} -j DROP', 'ufw allow from {v} to any port 22', 'ssh -p 2222 {user}@{v}'.replace('{user}@', '')],
          'ssh': ['Host bastion\n    HostName {v}\n    User {user}'],
          'yaml': ['  - {v}', 'trusted_proxies: ["{v}"]'], 'ini': ['bind_address = {v}', 'peer = {v}'],
          'env': ['UPSTREAM_HOST={v}', 'ALLOWED_IPS={v}']},
    p_bare=0.36, p_soft=0.22)


LA = {}


def la(name, w, gen, labels, keys, prose, bare=None, log=None, conf=None, code=None, p_bare=0.0, family='',
       bare_suffix=False, langs=None):
    LA[name] = Spec(name, False, w, gen, labels, keys, prose, bare, None, log, conf, code, p_bare, 0.0, family,
                    bare_suffix, langs)


# dotted-quad family ---------------------------------------------------------------------------------
la('version_4part', 11, lambda c: g_version4(),
   {'en': ['Version', 'Build', 'Release', 'Firmware'], 'de': ['Version', 'Build', 'Firmware-Version'],
    'fr': ['Version', 'Build'], 'es': ['Versi\u00f3n', 'Compilaci\u00f3n'], 'zh': ['\u7248\u672c', '\u7248\u672c\u53f7'],
    'it': ['Versione'], 'nl': ['Versie'], 'pt': ['Vers\u00e3o'], 'pl': ['Wersja'], 'ja': ['\u30d0\u30fc\u30b8\u30e7\u30f3']},
   ['version', 'build', 'app_version', 'firmware', 'assembly_version'],
   {'en': ['Version {v} fixes the memory leak in the exporter.', 'We are still on build {v} because the update broke printing.',
           'Firmware {v} is rolling out to all devices this week.', 'Please upgrade to v{v} or later.',
           'The installer reports version {v}.', 'Release {v} adds dark mode and drops Windows 7 support.'],
    'de': ['Mit Version {v} wurde der Fehler behoben.', 'Die Firmware {v} steht ab sofort zum Download bereit.',
           'Wir nutzen noch Build {v}, weil das Update den Druck kaputt gemacht hat.'],
    'fr': ['La version {v} corrige ce bug.', 'Le firmware {v} est disponible au t\u00e9l\u00e9chargement.',
           'Nous sommes toujours sur la build {v}.'],
    'es': ['La versi\u00f3n {v} corrige el error de impresi\u00f3n.', 'El firmware {v} ya est\u00e1 disponible.',
           'Seguimos en la compilaci\u00f3n {v}.'],
    'zh': ['\u7248\u672c{v}\u4fee\u590d\u4e86\u5185\u5b58\u6cc4\u6f0f\u95ee\u9898\u3002', '\u56fa\u4ef6{v}\u5df2\u7ecf\u5f00\u59cb\u63a8\u9001\u3002',
           '\u8bf7\u5347\u7ea7\u5230{v}\u6216\u66f4\u9ad8\u7248\u672c\u3002'],
    'it': ['La versione {v} risolve il problema.'], 'nl': ['Versie {v} lost het probleem op.'],
    'pt': ['A vers\u00e3o {v} corrige o erro.'], 'pl': ['Wersja {v} naprawia ten b\u0142\u0105d.'],
    'ja': ['\u30d0\u30fc\u30b8\u30e7\u30f3{v}\u3067\u4fee\u6b63\u3055\u308c\u307e\u3057\u305f\u3002']},
   bare={'en': ['Since {v} the export works again.', 'Going back to {v} fixed it for me.',
                '{v} broke the printer driver for half the office.', 'Same crash on {v} and on the one before.',
                "I'd stay on {v} until they sort this out.", 'With {v} the fan noise finally stopped.'],
         'de': ['Seit {v} l\u00e4uft der Export wieder.', 'Mit {v} ist das Problem weg.', 'Zur\u00fcck auf {v} hat bei mir geholfen.'],
         'fr': ["Depuis {v}, l'export refonctionne.", 'Avec {v}, le probl\u00e8me a disparu.', 'Revenir \u00e0 {v} a tout r\u00e9gl\u00e9.'],
         'es': ['Desde {v} la exportaci\u00f3n vuelve a funcionar.', 'Con {v} el problema desapareci\u00f3.', 'Volver a {v} lo arregl\u00f3.'],
         'zh': ['\u4ece{v}\u5f00\u59cb\u5bfc\u51fa\u53c8\u6b63\u5e38\u4e86\u3002', '{v}\u4e4b\u540e\u98ce\u6247\u5c31\u4e0d\u54cd\u4e86\u3002'],
         'it': ['Dalla {v} tutto funziona di nuovo.'], 'nl': ['Sinds {v} werkt de export weer.'],
         'pt': ['Desde a {v} tudo voltou a funcionar.'], 'pl': ['Od {v} eksport znowu dzia\u0142a.']},
   log=['{ts} INFO  agent starting, version={v}', '{ts} [main] INFO  Bootstrap - Application v{v} started',
        'Setting up libfoo ({v}) ...', '{ts} INFO  firmware {v} verified'],
   conf={'ini': ['version = {v}'], 'yaml': ['version: {v}', '  image_tag: "{v}"'], 'env': ['APP_VERSION={v}'],
         'xml': ['<AssemblyVersion>{v}</AssemblyVersion>', '<FileVersion>{v}</FileVersion>']},
   code={'csharp': ['[assembly: AssemblyVersion("{v}")]'], 'python': ['__version__ = "{v}"']},
   p_bare=0.65, family='dq', bare_suffix=True)
la('driver_version', 2.5, lambda c: g_driver(),
   {'en': ['Driver version', 'Driver'], 'de': ['Treiberversion'], 'fr': ['Version du pilote'],
    'es': ['Versi\u00f3n del controlador'], 'zh': ['\u9a71\u52a8\u7248\u672c']}, ['driver_version'],
   {'en': ['Install graphics driver {v} from the vendor site.', 'Device Manager lists driver version {v} for the GPU.',
           'Rolling back to driver {v} fixed the flickering.'],
    'de': ['Der Grafiktreiber {v} verursacht Bildfehler.', 'Im Ger\u00e4te-Manager steht Treiberversion {v}.'],
    'fr': ['Le pilote graphique {v} provoque des \u00e9crans noirs.'], 'es': ['El controlador gr\u00e1fico {v} provoca pantallazos negros.'],
    'zh': ['\u663e\u5361\u9a71\u52a8{v}\u4f1a\u5bfc\u81f4\u95ea\u5c4f\u3002']},
   log=['{ts} INFO  gpu0: driver {v} loaded'], family='dq')
la('os_build_number', 2, lambda c: g_osbuild(),
   {'en': ['OS build', 'OS version'], 'de': ['Betriebssystem-Build'], 'fr': ['Build du syst\u00e8me'],
    'es': ['Compilaci\u00f3n del SO'], 'zh': ['\u7cfb\u7edf\u7248\u672c']}, ['os_version', 'os_build'],
   {'en': ['winver reports OS build {v}.', 'The machine is on Windows {v} and still gets the error.'],
    'de': ['Der Rechner l\u00e4uft mit Windows {v}.'], 'fr': ['La machine tourne sous Windows {v}.'],
    'es': ['El equipo tiene Windows {v}.'], 'zh': ['\u8fd9\u53f0\u673a\u5668\u7684\u7cfb\u7edf\u662fWindows {v}\u3002']},
   log=['Microsoft Windows [Version {v}]', '{ts} INFO  host os: Windows {v}'], family='dq')
la('browser_version_ua', 2, lambda c: g_chrome(),
   {'en': ['Browser', 'Chrome version'], 'de': ['Browser'], 'fr': ['Navigateur'], 'es': ['Navegador'],
    'zh': ['\u6d4f\u89c8\u5668\u7248\u672c']}, ['browser_version', 'chrome_version'],
   {'en': ["I'm using Chrome {v} on Windows 11 and the button does nothing.", 'Reproduced on Chrome {v} as well.'],
    'de': ['Mit Chrome {v} tritt der Fehler auch auf.'], 'fr': ['Le bug appara\u00eet aussi sous Chrome {v}.'],
    'es': ['El fallo tambi\u00e9n aparece en Chrome {v}.'], 'zh': ['\u5728Chrome {v}\u4e0a\u4e5f\u80fd\u590d\u73b0\u3002']},
   log=['User-Agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{v} Safari/537.36'],
   family='dq')
la('ip_private', 6, lambda c: g_private(),
   {'en': ['Local IP', 'LAN address', 'Gateway', 'Internal IP'], 'de': ['Lokale IP', 'Gateway'],
    'fr': ['IP locale', 'Passerelle'], 'es': ['IP local', 'Puerta de enlace'], 'zh': ['\u5185\u7f51IP', '\u7f51\u5173']},
   ['lan_ip', 'gateway', 'internal_ip', 'db_host'],
   {'en': ['The router admin page is at {v}.', 'Give the printer the static address {v}.',
           'The NAS sits on {v} in our home network.', 'Inside the VPN the database is reachable on {v}.'],
    'de': ['Der Router ist unter {v} erreichbar.', 'Der Drucker hat die feste IP {v}.'],
    'fr': ["La box est accessible \u00e0 l'adresse {v}.", "L'imprimante a l'IP fixe {v}."],
    'es': ['El router est\u00e1 en {v}.', 'La impresora tiene la IP fija {v}.'],
    'zh': ['\u8def\u7531\u5668\u7ba1\u7406\u9875\u9762\u5728{v}\u3002', '\u6253\u5370\u673a\u7684\u56fa\u5b9aIP\u662f{v}\u3002']},
   bare={'en': ['Then {v} came back up on its own.', "{v} is the box under Tom's desk.", "Same thing on {v}, so it's not the cable."],
         'de': ['{v} ist die Kiste unter Toms Schreibtisch.', 'Bei {v} dasselbe Spiel.'],
         'fr': ["M\u00eame chose sur {v}, donc ce n'est pas le c\u00e2ble."], 'es': ['Lo mismo en {v}, as\u00ed que no es el cable.'],
         'zh': ['{v}\u4e5f\u4e00\u6837\uff0c\u770b\u6765\u4e0d\u662f\u7f51\u7ebf\u7684\u95ee\u9898\u3002']},
   log=['{syslog} sshd[{pid}]: Accepted publickey for {user} from {v} port {port} ssh2',
        '{syslog} dhcpd[{pid}]: DHCPACK on {v} to {host} via eth0', '{ts} ERROR db: connection to {v}:5432 refused'],
   conf={'env': ['DB_HOST={v}'], 'nginx': ['server {v}:8080;', 'allow {v}/24;'], 'hosts': ['{v}    {host}.lan'],
         'ini': ['gateway = {v}', 'bind_address = {v}'], 'yaml': ['  host: {v}'], 'shell': ['ip route add default via {v}']},
   p_bare=0.6, family='dq', bare_suffix=True)
la('ip_loopback', 2, lambda c: ch(['127.0.0.1', '127.0.0.1', '127.0.1.1', '127.0.0.53', '127.0.0.%d' % R.randint(2, 9)]),
   {'en': ['Localhost', 'Loopback', 'Bind address'], 'de': ['Loopback'], 'fr': ['Adresse de bouclage'], 'es': ['Loopback'],
    'zh': ['\u672c\u673a\u5730\u5740']}, ['bind', 'host', 'redis_host'],
   {'en': ["The dev server only listens on {v}, so you can't reach it from your phone.", 'Point the client at {v} while testing.'],
    'de': ['Der Dienst lauscht nur auf {v}.'], 'fr': ["Le serveur n'\u00e9coute que sur {v}."],
    'es': ['El servicio solo escucha en {v}.'], 'zh': ['\u670d\u52a1\u53ea\u76d1\u542c{v}\u3002']},
   bare={'en': ['Then {v} answered instead.', 'It worked against {v} but nowhere else.'],
         'de': ['Gegen {v} hat es dann funktioniert.'], 'fr': ['Avec {v}, ça marchait.'], 'es': ['Con {v} sí funcionó.'],
         'zh': ['换成{v}就好了。']},
   log=['{ts} INFO  Listening on http://{v}:{port}', '{ts} INFO  redis: connected to {v}:6379'],
   conf={'hosts': ['{v}    localhost'], 'ini': ['bind-address = {v}'], 'yaml': ['  host: {v}'], 'env': ['REDIS_HOST={v}'],
         'nginx': ['proxy_pass http://{v}:{port};']}, p_bare=0.4, family='dq', bare_suffix=True)
la('ip_linklocal', 1.5, lambda c: ch(['169.254.169.254', '169.254.%d.%d' % (R.randint(1, 254), R.randint(1, 254))]),
   {'en': ['Link-local address', 'APIPA', 'Metadata endpoint'], 'de': ['Link-Local-Adresse'], 'fr': ['Adresse lien-local'],
    'es': ['Direcci\u00f3n link-local'], 'zh': ['\u94fe\u8def\u672c\u5730\u5730\u5740']}, ['metadata_host', 'apipa'],
   {'en': ["Windows gave itself {v}, so DHCP isn't answering.", 'The instance metadata service lives at {v}.'],
    'de': ['Windows hat sich {v} selbst zugewiesen \u2013 DHCP antwortet also nicht.'],
    'fr': ["Windows s'est attribu\u00e9 {v}, le DHCP ne r\u00e9pond donc pas."],
    'es': ['Windows se asign\u00f3 {v}, as\u00ed que el DHCP no responde.'],
    'zh': ['\u7535\u8111\u81ea\u5df1\u5206\u914d\u4e86{v}\uff0c\u8bf4\u660eDHCP\u6ca1\u54cd\u5e94\u3002']},
   bare={'en': ['The laptop shows {v} and nothing loads.', 'Still {v} after the reboot.'],
         'de': ['Nach dem Neustart immer noch {v}.'], 'fr': ['Toujours {v} après le redémarrage.'],
         'es': ['Sigue en {v} después de reiniciar.'], 'zh': ['重启后还是{v}。']},
   log=['{ts} WARN  eth0: no DHCP lease, falling back to {v}', 'curl -s http://{v}/latest/meta-data/instance-id'],
   p_bare=0.4, family='dq', bare_suffix=True)
la('ip_documentation', 3, lambda c: g_doc_ip(),
   {'en': ['Example IP', 'Test address'], 'de': ['Beispiel-IP'], 'fr': ["IP d'exemple"], 'es': ['IP de ejemplo'],
    'zh': ['\u793a\u4f8bIP']}, ['example_ip', 'test_host'],
   {'en': ["In the examples below, {v} stands for your server's address.", 'Replace {v} with the address of your own resolver.',
           'The tutorial uses {v} as the client.'],
    'de': ['Ersetzen Sie {v} durch die Adresse Ihres Servers.'], 'fr': ["Remplacez {v} par l'adresse de votre serveur."],
    'es': ['Sustituye {v} por la direcci\u00f3n de tu servidor.'],
    'zh': ['\u8bf7\u5c06{v}\u66ff\u6362\u4e3a\u4f60\u81ea\u5df1\u670d\u52a1\u5668\u7684\u5730\u5740\u3002']},
   bare={'en': ['{v} then answers with a 301.', 'Next, {v} sends back the SYN-ACK.'], 'de': ['Danach antwortet {v} mit einem 301.'],
         'fr': ['Ensuite {v} r\u00e9pond par un 301.'], 'es': ['Luego {v} responde con un 301.'],
         'zh': ['\u968f\u540e{v}\u8fd4\u56de301\u3002']},
   conf={'nginx': ['allow {v};'], 'hosts': ['{v}    www.example.com'], 'dns': ['www    300    IN    A    {v}']},
   p_bare=0.55, family='dq', bare_suffix=True)
la('ip_cgnat', 1, lambda c: '100.%d.%d.%d' % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254)),
   {'en': ['WAN (CGNAT)', 'Tailscale IP'], 'de': ['WAN-Adresse'], 'fr': ['Adresse WAN'], 'es': ['IP WAN'], 'zh': ['WAN\u53e3\u5730\u5740']},
   ['wan_ip', 'tailscale_ip'],
   {'en': ["My router's WAN address is {v}, so I'm behind carrier-grade NAT.", 'Tailscale gave the laptop {v}.'],
    'de': ['Die WAN-Adresse der Fritzbox ist {v} \u2013 also CGNAT.'], 'fr': ["L'adresse WAN de la box est {v}, donc CGNAT."],
    'es': ['La IP WAN del router es {v}, as\u00ed que estoy tras CGNAT.'],
    'zh': ['\u8def\u7531\u5668\u7684WAN\u53e3\u5730\u5740\u662f{v}\uff0c\u8bf4\u660e\u8fd0\u8425\u5546\u505a\u4e86NAT\u3002']},
   bare={'en': ['The router keeps showing {v}, never anything else.'], 'de': ['Die Fritzbox zeigt immer nur {v}.']},
   p_bare=0.4, family='dq', bare_suffix=True)
la('ip_netmask', 1.5, lambda c: ch(['255.255.255.0', '255.255.0.0', '255.255.255.128', '255.255.255.192', '255.255.255.240',
                                    '255.255.252.0', '255.0.0.0']),
   {'en': ['Subnet mask', 'Netmask'], 'de': ['Subnetzmaske'], 'fr': ['Masque de sous-r\u00e9seau'], 'es': ['M\u00e1scara de subred'],
    'zh': ['\u5b50\u7f51\u63a9\u7801']}, ['netmask', 'subnet_mask'],
   {'en': ['Set the subnet mask to {v}.'], 'de': ['Als Subnetzmaske {v} eintragen.'], 'fr': ['Masque de sous-r\u00e9seau : {v}.'],
    'es': ['M\u00e1scara de subred: {v}.'], 'zh': ['\u5b50\u7f51\u63a9\u7801\u586b{v}\u3002']},
   conf={'ini': ['netmask = {v}'], 'shell': ['ifconfig eth0 netmask {v}']}, family='dq')
la('ip_multicast', 1, lambda c: ch(['224.0.0.251', '239.255.255.250', '224.0.0.1', '224.0.0.22', '239.1.1.1']),
   {'en': ['Multicast group'], 'de': ['Multicast-Gruppe'], 'fr': ['Groupe multicast'], 'es': ['Grupo multicast'],
    'zh': ['\u7ec4\u64ad\u5730\u5740']}, ['mcast_group'],
   {'en': ['mDNS traffic goes to {v}.', 'SSDP discovery packets are sent to {v}.'], 'de': ['Die SSDP-Pakete gehen an {v}.'],
    'fr': ['Les paquets SSDP partent vers {v}.'], 'es': ['Los paquetes SSDP van a {v}.'],
    'zh': ['SSDP\u53d1\u73b0\u5305\u53d1\u5f80{v}\u3002']}, family='dq')
la('ip_unspecified', 1, lambda c: '0.0.0.0',
   {'en': ['Listen address', 'Bind'], 'de': ['Listen-Adresse'], 'fr': ["Adresse d'\u00e9coute"], 'es': ['Direcci\u00f3n de escucha'],
    'zh': ['\u76d1\u542c\u5730\u5740']}, ['listen_address', 'host'],
   {'en': ['The container binds to {v}, so it is reachable from outside.', 'Set host to {v} to listen on all interfaces.'],
    'de': ['Der Container bindet an {v}.'], 'fr': ['Le conteneur \u00e9coute sur {v}.'], 'es': ['El contenedor escucha en {v}.'],
    'zh': ['\u5bb9\u5668\u7ed1\u5b9a\u5728{v}\u4e0a\u3002']},
   conf={'ini': ['listen_address = {v}'], 'yaml': ['  host: {v}'], 'env': ['HOST={v}']}, family='dq')
la('section_number', 4, g_section,
   {'en': ['Section', 'Clause', 'Ref.'], 'de': ['Abschnitt', 'Ziffer'], 'fr': ['Section', 'Article'], 'es': ['Apartado'],
    'zh': ['\u7ae0\u8282']}, ['section', 'clause'],
   {'en': ['See section {v} for the acceptance criteria.', 'As required by clause {v}, the supplier must keep records.',
           'Requirement {v} is still open.'],
    'de': ['Siehe Abschnitt {v} der Ausschreibung.', 'Gem\u00e4\u00df Ziffer {v} ist ein Nachweis beizuf\u00fcgen.'],
    'fr': ['Voir la section {v} du cahier des charges.', "Conform\u00e9ment \u00e0 l'article {v}, le prestataire conserve les justificatifs."],
    'es': ['V\u00e9ase el apartado {v} del pliego.', 'Seg\u00fan el punto {v}, el proveedor debe conservar los registros.'],
    'zh': ['\u8be6\u89c1\u7b2c{v}\u8282\u3002', '\u6839\u636e\u7b2c{v}\u6761\uff0c\u4f9b\u5e94\u5546\u987b\u4fdd\u7559\u8bb0\u5f55\u3002']},
   bare={'en': ['\u00b6{v} Scope of work', '\u00b6{v} Acceptance tests', '\u00b6{v} Data retention'],
         'de': ['\u00b6{v} Geltungsbereich', '\u00b6{v} Abnahme'], 'fr': ["\u00b6{v} Champ d'application"],
         'es': ['\u00b6{v} Alcance'], 'zh': ['\u00b6{v} \u9002\u7528\u8303\u56f4'], 'it': ['\u00b6{v} Ambito di applicazione'],
         'nl': ['\u00b6{v} Toepassingsgebied'], 'pt': ['\u00b6{v} \u00c2mbito'], 'pl': ['\u00b6{v} Zakres']},
   p_bare=0.6, family='dq', bare_suffix=True)
la('de_thousands_number', 1.5, g_dethousands,
   {'en': ['Amount'], 'de': ['Betrag', 'Summe'], 'es': ['Importe'], 'it': ['Importo'], 'pt': ['Valor'], 'nl': ['Bedrag']},
   ['amount'],
   {'de': ['Der Haushalt umfasst {v} Euro.', 'Insgesamt wurden {v} Seitenaufrufe gez\u00e4hlt.'],
    'es': ['El presupuesto asciende a {v} euros.'], 'it': ['Il bilancio \u00e8 di {v} euro.'],
    'pt': ['O or\u00e7amento \u00e9 de {v} reais.'], 'nl': ['De begroting bedraagt {v} euro.']},
   family='dq', langs=('de', 'es', 'it', 'pt', 'nl'))
la('oid', 2, g_oid,
   {'en': ['OID'], 'de': ['OID'], 'fr': ['OID'], 'es': ['OID'], 'zh': ['OID']}, ['oid'],
   {'en': ['The sysUpTime OID is {v}.', 'Poll {v} to get the inbound octet counter.', 'The certificate policy OID {v} is missing.'],
    'de': ['Die OID {v} liefert den Z\u00e4hler.'], 'fr': ["L'OID {v} renvoie le compteur."], 'es': ['El OID {v} devuelve el contador.'],
    'zh': ['OID {v}\u8fd4\u56de\u8ba1\u6570\u5668\u3002']},
   log=['snmpget -v2c -c public {host} {v}', '{ts} WARN  snmp: no such object {v}'], family='dotted')
# IPv6 / MAC ---------------------------------------------------------------------------------------------
la('ipv6_loopback', 0.7, lambda c: '::1', {'en': ['IPv6 loopback']}, ['bind6'],
   {'en': ['It only listens on {v}, the IPv6 loopback.'], 'de': ['Er lauscht nur auf {v}.']},
   conf={'hosts': ['{v}    localhost ip6-localhost']}, family='v6')
la('ipv6_linklocal', 1.2, g_v6ll, {'en': ['Link-local IPv6']}, ['ll_addr'],
   {'en': ['The interface only has {v}, no global address yet.'], 'de': ['Das Interface hat nur {v}, noch keine globale Adresse.']},
   log=['    inet6 {v}/64 scope link', '{ts} radvd: sending RA from {v}'], family='v6')
la('ipv6_ula', 1, g_v6ula, {'en': ['ULA address']}, ['ula'],
   {'en': ['The home lab uses {v} for internal services.'], 'de': ['Das Heimnetz nutzt {v} f\u00fcr interne Dienste.']},
   conf={'ini': ['Address = {v}/64']}, family='v6')
la('ipv6_documentation', 1.2, g_v6doc, {'en': ['Example IPv6']}, ['example_ipv6'],
   {'en': ["Replace {v} with your server's IPv6 address."], 'de': ['Ersetzen Sie {v} durch die IPv6-Adresse Ihres Servers.'],
    'fr': ['Remplacez {v} par l\'adresse IPv6 de votre serveur.']},
   conf={'dns': ['www    300    IN    AAAA    {v}']}, family='v6')
la('mac_address', 2.5, lambda c: g_mac(),
   {'en': ['MAC address', 'MAC', 'Hardware address'], 'de': ['MAC-Adresse'], 'fr': ['Adresse MAC'], 'es': ['Direcci\u00f3n MAC'],
    'zh': ['MAC\u5730\u5740']}, ['mac', 'hw_addr'],
   {'en': ["The printer's MAC address is {v}.", 'Add {v} to the DHCP reservation list.'],
    'de': ['Die MAC-Adresse des Druckers lautet {v}.'], 'fr': ["L'adresse MAC de l'imprimante est {v}."],
    'es': ['La direcci\u00f3n MAC de la impresora es {v}.'], 'zh': ['\u6253\u5370\u673a\u7684MAC\u5730\u5740\u662f{v}\u3002']},
   bare={'en': ['{v} keeps dropping off the Wi-Fi.']},
   log=['{syslog} dhcpd[{pid}]: DHCPDISCOVER from {v} via eth0', '    link/ether {v}'], p_bare=0.2, family='v6')
# numbers, codes, identifiers ----------------------------------------------------------------------------
la('date', 3, g_date, {'en': ['Date', 'Due date'], 'de': ['Datum'], 'fr': ['Date'], 'es': ['Fecha'], 'zh': ['\u65e5\u671f']},
   ['date', 'due_date'],
   {'en': ['The meeting moved to {v}.', 'Invoices dated {v} or later are affected.'],
    'de': ['Der Termin wurde auf den {v} verschoben.'], 'fr': ['La r\u00e9union est report\u00e9e au {v}.'],
    'es': ['La reuni\u00f3n se aplaza al {v}.'], 'zh': ['\u4f1a\u8bae\u6539\u5230{v}\u3002']})
la('time', 2, g_time, {'en': ['Time', 'Opening hours'], 'de': ['Uhrzeit'], 'fr': ['Heure'], 'es': ['Hora'], 'zh': ['\u65f6\u95f4']},
   ['time', 'opens_at'],
   {'en': ['Doors open at {v}.', 'The call is scheduled for {v} our time.'], 'de': ['Beginn: {v}.'],
    'fr': ['Ouverture des portes \u00e0 {v}.'], 'es': ['Apertura de puertas: {v}.'], 'zh': ['{v}\u5f00\u59cb\u5165\u573a\u3002']})
la('timestamp', 2.5, g_timestamp, {'en': ['Timestamp', 'Last seen'], 'de': ['Zeitstempel'], 'fr': ['Horodatage'],
                                   'es': ['Marca de tiempo'], 'zh': ['\u65f6\u95f4\u6233']},
   ['created_at', 'last_seen', 'timestamp'],
   {'en': ['The last successful backup finished at {v}.'], 'de': ['Das letzte Backup lief um {v} durch.'],
    'fr': ['La derni\u00e8re sauvegarde date de {v}.'], 'es': ['La \u00faltima copia termin\u00f3 el {v}.'],
    'zh': ['\u6700\u540e\u4e00\u6b21\u5907\u4efd\u5b8c\u6210\u4e8e{v}\u3002']},
   log=['{v} INFO  backup finished', '{v} WARN  disk usage above 85%'])
la('unix_timestamp', 2, g_unix, {'en': ['Unix time', 'Epoch'], 'de': ['Unix-Zeit'], 'zh': ['Unix\u65f6\u95f4\u6233']},
   ['exp', 'iat', 'ts', 'created'],
   {'en': ['The token expires at {v} (Unix time).', 'exp is {v}, so the token is already expired.'],
    'de': ['Das Token l\u00e4uft bei {v} (Unix-Zeit) ab.']},
   log=['{ts} DEBUG jwt: iat={v}'])
la('price', 3, g_price, {'en': ['Price', 'Total', 'Amount'], 'de': ['Preis', 'Gesamtbetrag'], 'fr': ['Prix', 'Total'],
                         'es': ['Precio', 'Total'], 'zh': ['\u4ef7\u683c', '\u603b\u4ef7']}, ['price', 'total', 'amount'],
   {'en': ['The upgrade costs {v} per seat.', 'Total due: {v}.'], 'de': ['Der Preis liegt bei {v}.'],
    'fr': ['Le prix est de {v}.'], 'es': ['El precio es de {v}.'], 'zh': ['\u4ef7\u683c\u4e3a{v}\u3002']})
la('isbn', 2, g_isbn, {'en': ['ISBN']}, ['isbn'],
   {'en': ['The textbook is ISBN {v}.', 'Order it by ISBN: {v}.'], 'de': ['ISBN {v}, erschienen 2019.'],
    'fr': ['ISBN : {v}.'], 'es': ['ISBN {v}.'], 'zh': ['ISBN\uff1a{v}\u3002']})
la('doi', 1.5, g_doi, {'en': ['DOI']}, ['doi'],
   {'en': ['The paper is available at doi:{v}.', 'Full text: https://doi.org/{v}'], 'de': ['Volltext: https://doi.org/{v}'],
    'fr': ['Texte int\u00e9gral : https://doi.org/{v}'], 'es': ['Texto completo: https://doi.org/{v}']})
la('uuid', 2, g_uuid, {'en': ['Request ID', 'UUID']}, ['id', 'request_id', 'trace_id'],
   {'en': ['Request ID {v} failed with a 502.'], 'de': ['Die Anfrage {v} schlug mit 502 fehl.']},
   log=['{ts} ERROR request_id={v} upstream timed out'])
la('hash', 2.5, g_hash, {'en': ['SHA-256', 'Checksum', 'Commit'], 'de': ['Pr\u00fcfsumme'], 'fr': ['Somme de contr\u00f4le'],
                         'zh': ['\u6821\u9a8c\u548c']}, ['sha256', 'checksum', 'commit'],
   {'en': ['The checksum of the ISO is {v}.', 'Fixed in commit {v}.'], 'de': ['Behoben in Commit {v}.'],
    'fr': ['Corrig\u00e9 dans le commit {v}.'], 'es': ['Corregido en el commit {v}.'], 'zh': ['\u5728\u63d0\u4ea4{v}\u4e2d\u4fee\u590d\u3002']},
   log=['{ts} INFO  deploy: rev {v} rolled out'])
la('gps', 2.5, g_gps, {'en': ['GPS', 'Coordinates'], 'de': ['Koordinaten'], 'fr': ['Coordonn\u00e9es GPS'],
                       'es': ['Coordenadas'], 'zh': ['\u5750\u6807']}, ['coords', 'location'],
   {'en': ['The trailhead is at {v}.', 'Meet at {v} (the car park).'], 'de': ['Treffpunkt: {v}.'],
    'fr': ['Point de rendez-vous : {v}.'], 'es': ['Punto de encuentro: {v}.'], 'zh': ['\u96c6\u5408\u5730\u70b9\u5750\u6807\uff1a{v}\u3002']})
la('order_number', 3, g_order, {'en': ['Order no.', 'Order number'], 'de': ['Bestellnummer'], 'fr': ['N\u00b0 de commande'],
                                'es': ['N.\u00ba de pedido'], 'zh': ['\u8ba2\u5355\u53f7']}, ['order_id', 'order_number'],
   {'en': ['Your order {v} has shipped.', 'Order {v} was refunded yesterday.'], 'de': ['Ihre Bestellung {v} wurde versandt.'],
    'fr': ['Votre commande {v} a \u00e9t\u00e9 exp\u00e9di\u00e9e.'], 'es': ['Tu pedido {v} ha sido enviado.'],
    'zh': ['\u60a8\u7684\u8ba2\u5355{v}\u5df2\u53d1\u8d27\u3002']})
la('tracking_number', 2.5, g_tracking, {'en': ['Tracking number'], 'de': ['Sendungsnummer'], 'fr': ['Num\u00e9ro de suivi'],
                                        'es': ['N.\u00ba de seguimiento'], 'zh': ['\u8fd0\u5355\u53f7']}, ['tracking', 'tracking_number'],
   {'en': ['The parcel ({v}) is stuck in customs.', 'Tracking number: {v}.'], 'de': ['Sendungsnummer: {v}.'],
    'fr': ['Num\u00e9ro de suivi : {v}.'], 'es': ['N\u00famero de seguimiento: {v}.'], 'zh': ['\u5feb\u9012\u5355\u53f7\uff1a{v}\u3002']})
la('luhn_fail_16digit', 3.5, g_luhnfail,
   {'en': ['Customer ref', 'Reference', 'Membership no.'], 'de': ['Kundennummer', 'Vorgangsnummer'], 'fr': ['N\u00b0 client', 'R\u00e9f\u00e9rence'],
    'es': ['N.\u00ba de cliente', 'Referencia'], 'zh': ['\u5ba2\u6237\u7f16\u53f7']}, ['customer_ref', 'reference', 'member_no'],
   {'en': ['Your customer reference is {v}.', 'Quote reference {v} when you call.', 'Membership number {v} expired last month.'],
    'de': ['Ihre Kundennummer lautet {v}.'], 'fr': ['Votre num\u00e9ro de client est le {v}.'], 'es': ['Tu n\u00famero de cliente es {v}.'],
    'zh': ['\u60a8\u7684\u5ba2\u6237\u7f16\u53f7\u662f{v}\u3002']},
   bare={'en': ["{v} \u2014 that's the one printed on the letter."]}, p_bare=0.15)
la('postal_code', 2.5, g_postal, {'en': ['Postcode', 'ZIP'], 'de': ['PLZ'], 'fr': ['Code postal'], 'es': ['C\u00f3digo postal'],
                                  'zh': ['\u90ae\u7f16']}, ['zip', 'postal_code', 'plz'], {})
la('arithmetic', 2, g_arith, {'en': ['Calculation'], 'de': ['Rechnung'], 'fr': ['Calcul'], 'es': ['C\u00e1lculo'], 'zh': ['\u7b97\u5f0f']},
   ['calc'],
   {'en': ['Quick check: {v}.', 'So {v}, which matches the total.'], 'de': ['Kurz nachgerechnet: {v}.'],
    'fr': ['Petit calcul : {v}.'], 'es': ['Cuenta r\u00e1pida: {v}.'], 'zh': ['\u9a8c\u7b97\u4e00\u4e0b\uff1a{v}\u3002']})
la('sports_score', 1.5, g_score, {'en': ['Score', 'Result'], 'de': ['Ergebnis'], 'fr': ['Score'], 'es': ['Resultado'], 'zh': ['\u6bd4\u5206']},
   ['score'],
   {'en': ['They won {v} after a long final set.', 'Final score: {v}.'], 'de': ['Das Spiel endete {v}.'],
    'fr': ['Le match s\'est termin\u00e9 sur le score de {v}.'], 'es': ['El partido termin\u00f3 {v}.'],
    'zh': ['\u6bd4\u8d5b\u6700\u7ec8\u6bd4\u5206{v}\u3002']})
la('product_code', 3, g_product, {'en': ['Part no.', 'SKU', 'Item code'], 'de': ['Art.-Nr.'], 'fr': ['R\u00e9f.'], 'es': ['Ref.'],
                                  'zh': ['\u8d27\u53f7']}, ['sku', 'part_number'],
   {'en': ['Replacement filter, part no. {v}, fits all models from 2019.', 'SKU {v} is back in stock.'],
    'de': ['Ersatzfilter, Art.-Nr. {v}, passt f\u00fcr alle Modelle ab 2019.'], 'fr': ['Filtre de rechange, r\u00e9f. {v}.'],
    'es': ['Filtro de repuesto, ref. {v}.'], 'zh': ['\u66ff\u6362\u6ee4\u82af\uff0c\u8d27\u53f7{v}\u3002']})
la('iban_bad_checksum', 2.5, lambda c: gen_iban(c, bad=True)[0],
   {'en': ['IBAN'], 'de': ['IBAN'], 'fr': ['IBAN'], 'es': ['IBAN'], 'zh': ['IBAN']}, ['iban'],
   {'en': ['The IBAN {v} was rejected by the bank: invalid check digits.', "That account ({v}) bounces, the check digits are wrong."],
    'de': ['Die IBAN {v} wird als ung\u00fcltig abgelehnt (Pr\u00fcfziffer falsch).'],
    'fr': ["L'IBAN {v} est refus\u00e9 : cl\u00e9 de contr\u00f4le invalide."],
    'es': ['El IBAN {v} es rechazado: d\u00edgitos de control incorrectos.'],
    'zh': ['IBAN {v}\u6821\u9a8c\u4f4d\u9519\u8bef\uff0c\u88ab\u94f6\u884c\u62d2\u7edd\u3002']})
la('vat_id', 1.5, g_vat, {'en': ['VAT ID', 'VAT no.'], 'de': ['USt-IdNr.'], 'fr': ['N\u00b0 TVA intracommunautaire'], 'es': ['NIF-IVA'],
                          'zh': ['\u589e\u503c\u7a0e\u53f7']}, ['vat_id'], {})
la('bic_swift', 1.5, lambda c: ch(['COBADEFFXXX', 'DEUTDEFF', 'BNPAFRPP', 'CAIXESBBXXX', 'NWBKGB2L', 'INGBNL2A', 'UBSWCHZH80A',
                                   'GIBAATWWXXX', 'BPOTPLPW', 'RABONL2U']),
   {'en': ['BIC', 'SWIFT'], 'de': ['BIC'], 'fr': ['BIC'], 'es': ['BIC'], 'zh': ['SWIFT\u4ee3\u7801']}, ['bic', 'swift'], {})
la('ean_barcode', 1.5, g_ean, {'en': ['EAN', 'GTIN', 'Barcode'], 'de': ['EAN'], 'fr': ['Code EAN'], 'es': ['EAN'], 'zh': ['\u6761\u7801']},
   ['ean', 'gtin'], {'en': ['Barcode {v} scans as the wrong product.']})
la('social_handle', 2, g_handle, {'en': ['Instagram', 'Twitter', 'Mastodon'], 'de': ['Instagram'], 'fr': ['Instagram'],
                                  'es': ['Instagram'], 'zh': ['\u5fae\u535a']}, ['instagram', 'twitter'],
   {'en': ['Follow us on Instagram: {v}', 'Shout-out to {v} for the photos!'], 'de': ['Folgt uns auf Instagram: {v}'],
    'fr': ['Suivez-nous sur Instagram : {v}'], 'es': ['S\u00edguenos en Instagram: {v}'], 'zh': ['\u5173\u6ce8\u6211\u4eec\u7684\u5fae\u535a{v}']})
la('code_decorator', 1.2, lambda c: ch(['@Override', '@dataclass', '@pytest.fixture', '@app.route', '@staticmethod', '@Component',
                                        '@Autowired', '@property', '@lru_cache']),
   {'en': ['Decorator', 'Annotation']}, ['decorator'],
   {'en': ["Don't forget the {v} decorator on the handler.", 'Annotate the method with {v}.'],
    'de': ['Nicht die Annotation {v} vergessen.']},
   code={'python': ['{v}'], 'java': ['    {v}']})
la('npm_scoped_package', 1, lambda c: ch(['@angular/core', '@babel/preset-env', '@types/node', '@vue/cli', '@aws-sdk/client-s3',
                                          '@tanstack/react-query', '@nestjs/common']),
   {'en': ['Package']}, ['package'],
   {'en': ['Run npm install {v} first.', 'Pin {v} to the previous major.'], 'de': ['Zuerst npm install {v} ausf\u00fchren.']},
   code={'shell': ['npm install --save {v}'], 'js': ["import {{ something }} from '{v}';"]})
la('email_placeholder_cloudflare', 1, lambda c: '[email\u00a0protected]',
   {'en': ['Email'], 'de': ['E-Mail'], 'fr': ['Courriel'], 'es': ['Correo'], 'zh': ['\u90ae\u7bb1']}, ['email'],
   {'en': ['For bookings write to {v}.'], 'de': ['Buchungen bitte an {v}.'], 'fr': ['R\u00e9servations : {v}'],
    'es': ['Reservas: {v}'], 'zh': ['\u9884\u8ba2\u8bf7\u53d1\u90ae\u4ef6\u81f3{v}\u3002']})
la('shell_prompt_user_host', 1.2, lambda c: '%s@%s' % (ch(USERS), ch(HOSTS)), {'en': ['Prompt']}, ['prompt'],
   {'en': ['After logging in you should see {v}:~$ as the prompt.'], 'de': ['Nach dem Login steht {v}:~$ als Prompt da.']},
   code={'shell': ['{v}:~$ df -h', '{v}:~$ sudo systemctl restart nginx']})
la('cve_id', 1, lambda c: 'CVE-%d-%d' % (R.randint(2014, 2025), R.randint(1000, 52000)), {'en': ['CVE']}, ['cve'],
   {'en': ['The patch for {v} is included.'], 'de': ['Der Patch f\u00fcr {v} ist enthalten.'], 'fr': ['Le correctif pour {v} est inclus.'],
    'es': ['El parche para {v} est\u00e1 incluido.'], 'zh': ['\u5df2\u5305\u542b{v}\u7684\u8865\u4e01\u3002']})
la('masked_card', 1.5, lambda c: ch(['**** **** **** %s' % dg(4), 'XXXX-XXXX-XXXX-%s' % dg(4), '************%s' % dg(4),
                                     '\u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 \u2022\u2022\u2022\u2022 %s' % dg(4)]),
   {'en': ['Card'], 'de': ['Karte'], 'fr': ['Carte'], 'es': ['Tarjeta'], 'zh': ['\u94f6\u884c\u5361']}, ['card_masked', 'card'],
   {'en': ['Charged to card {v}.'], 'de': ['Belastet wurde die Karte {v}.'], 'fr': ['D\u00e9bit\u00e9 sur la carte {v}.'],
    'es': ['Cargado a la tarjeta {v}.'], 'zh': ['\u5df2\u4ece\u94f6\u884c\u5361{v}\u6263\u6b3e\u3002']})
la('year_range', 1, lambda c: ch(['%d\u2013%d', '%d-%d']) % ((lambda y: (y, y + R.randint(1, 12)))(R.randint(1950, 2012))),
   {'en': ['Period'], 'de': ['Zeitraum'], 'fr': ['P\u00e9riode'], 'es': ['Periodo'], 'zh': ['\u65f6\u671f']}, ['period'],
   {'en': ['He chaired the board from {v}.'], 'de': ['Von {v} leitete sie das Institut.'], 'fr': ["Il a dirig\u00e9 l'\u00e9quipe de {v}."],
    'es': ['Dirigi\u00f3 el equipo de {v}.']})
la('large_number', 1.5, g_large, {'en': ['Rows', 'Population', 'Count'], 'de': ['Anzahl'], 'fr': ['Nombre'], 'es': ['Cantidad'],
                                  'zh': ['\u6570\u91cf']}, ['count', 'rows'],
   {'en': ['The city has {v} registered voters.', 'The dataset contains {v} rows.'], 'de': ['Die Datei enth\u00e4lt {v} Zeilen.'],
    'fr': ['La base contient {v} lignes.'], 'es': ['El conjunto tiene {v} filas.'], 'zh': ['\u6570\u636e\u96c6\u5171\u6709{v}\u6761\u8bb0\u5f55\u3002']})
la('invoice_number', 1.5, lambda c: ch(['INV-2024-%06d', 'RE-2024-%05d', 'F2024-%04d']) % R.randint(1, 9999),
   {'en': ['Invoice no.'], 'de': ['Rechnungsnummer'], 'fr': ['N\u00b0 de facture'], 'es': ['N.\u00ba de factura'], 'zh': ['\u53d1\u7968\u53f7']},
   ['invoice'],
   {'en': ['Invoice {v} is overdue.'], 'de': ['Rechnung {v} ist \u00fcberf\u00e4llig.'], 'fr': ['La facture {v} est en retard.'],
    'es': ['La factura {v} est\u00e1 vencida.'], 'zh': ['\u53d1\u7968{v}\u5df2\u903e\u671f\u3002']})
la('version_3part', 1.5, lambda c: ch(['%d.%d.%d', 'v%d.%d.%d', '%d.%d.%d-rc.1']) % (R.randint(0, 9), R.randint(0, 30), R.randint(0, 40)),
   {'en': ['Version'], 'de': ['Version'], 'fr': ['Version'], 'es': ['Versi\u00f3n'], 'zh': ['\u7248\u672c']}, ['version'],
   {'en': ['Bump lodash to {v}.', 'Fixed in {v}.'], 'de': ['Behoben in {v}.'], 'fr': ['Corrig\u00e9 dans {v}.'],
    'es': ['Corregido en {v}.'], 'zh': ['\u5df2\u5728{v}\u4e2d\u4fee\u590d\u3002']}, family='dotted')
la('cas_number', 1.2, lambda c: ch(['7732-18-5', '64-17-5', '50-00-0', '7647-14-5', '1310-73-2', '67-64-1', '7664-93-9']),
   {'en': ['CAS No.'], 'de': ['CAS-Nr.'], 'fr': ['N\u00b0 CAS'], 'es': ['N.\u00ba CAS'], 'zh': ['CAS\u53f7']}, ['cas'],
   {'en': ['The solvent (CAS {v}) is listed as hazardous.'], 'de': ['Der Stoff (CAS {v}) ist als gef\u00e4hrlich eingestuft.']})
la('patent_number', 1.2, lambda c: ch(['US %d,%03d,%03d B2' % (R.randint(9, 11), R.randint(0, 999), R.randint(0, 999)),
                                       'EP %d %03d %03d A1' % (R.randint(2, 4), R.randint(0, 999), R.randint(0, 999)),
                                       'DE 10 20%02d %03d %03d A1' % (R.randint(10, 23), R.randint(0, 999), R.randint(0, 999))]),
   {'en': ['Patent'], 'de': ['Patent'], 'fr': ['Brevet'], 'es': ['Patente'], 'zh': ['\u4e13\u5229\u53f7']}, ['patent'],
   {'en': ['The design is covered by patent {v}.'], 'de': ['Gesch\u00fctzt durch Patent {v}.'], 'fr': ['Prot\u00e9g\u00e9 par le brevet {v}.']})
la('standard_number', 1, lambda c: ch(['ISO 8601', 'ISO/IEC 27001:2022', 'DIN 5008', 'EN 13849-1', 'ISO 3166-1', 'IEC 62443-3-3']),
   {'en': ['Standard'], 'de': ['Norm'], 'fr': ['Norme'], 'es': ['Norma'], 'zh': ['\u6807\u51c6']}, ['standard'],
   {'en': ['The format follows {v}.'], 'de': ['Die Schreibweise folgt {v}.'], 'fr': ['Le format suit la norme {v}.'],
    'es': ['El formato sigue la norma {v}.']})


# ----------------------------------------------------------------------------------------------------
# Items and rendering
# ----------------------------------------------------------------------------------------------------
class Item:
    def __init__(self, spec, value, note='', extra=None, meta=None):
        self.spec, self.value, self.note, self.extra, self.meta = spec, value, note, extra, meta or {}
        self.ctxdesc, self.hard, self.bare = '', False, False

    def twin(self, ctxdesc):
        t = Item(self.spec, self.value, self.note, self.extra, self.meta)
        t.ctxdesc, t.hard = ctxdesc, False
        return t

    def name(self):
        return self.spec.name + ('_bare' if self.bare and self.spec.bare_suffix else '')

    def full_note(self):
        s = '%s; ctx: %s' % (self.note, self.ctxdesc or 'unspecified')
        if self.hard:
            s += '; hard: no deciding word next to it'
        return s


class Ctx:
    pass


def label(spec, ctx):
    return ch(lk(spec.labels, ctx.lang))


def colon(ctx):
    return '\uff1a' if ctx.lang in ('zh', 'ja') else (' : ' if ctx.lang == 'fr' else ': ')


def tpl_pieces(tpl, it, ctx):
    if '{A}' in tpl:
        tpl = tpl.replace('{A}', 'AAAA' if ':' in it.value else 'A')
    t = fill(tpl, ctx).replace('{{', '{').replace('}}', '}')
    parts = t.split('{v}')
    assert len(parts) == 2, tpl
    return [parts[0], it, parts[1]]


# running [hard, total] counts of IPv4 spans and dotted-quad look-alikes; steers the no-hint share towards ~1/3
HARD = {'ip4': [0, 0], 'dq': [0, 0]}


def hard_group(it):
    if it.spec.name == 'ip' and ':' not in it.value:
        return 'ip4'
    if it.spec.family == 'dq' and DQ_RE.fullmatch(it.value):
        return 'dq'
    return None


def prose_pieces(it, ctx, allow_bare=True, para_ok=False):
    sp, lang = it.spec, ctx.lang
    r = R.random()
    g = hard_group(it)
    f = 1.0 if not g or not HARD[g][1] else (1.3 if HARD[g][0] / HARD[g][1] < 0.34 else 0.6)
    if allow_bare and sp.bare and r < sp.p_bare * f:
        pool = sp.bare.get(lang) or sp.bare['en']
        it.bare = it.hard = True
        it.ctxdesc = 'bare prose / heading, no hint word'
    elif allow_bare and sp.soft and r < (sp.p_bare + sp.p_soft) * f:
        pool = sp.soft.get(lang) or sp.soft['en']
        it.hard = True
        it.ctxdesc = 'prose near software words, no address word'
    else:
        pool = it.extra or sp.prose.get(lang)
        if not pool:
            pool = [label(sp, ctx) + ('\uff1a{v}\u3002' if ctx.cjk else colon(ctx) + '{v}.')]
            it.ctxdesc = 'prose, label before value'
        else:
            it.ctxdesc = 'prose with hint word' if not it.extra else 'prose (address line)'
    pcs = tpl_pieces(ch(pool), it, ctx)
    if not para_ok and pcs[0].startswith('\u00b6'):
        pcs[0] = pcs[0][1:]
    return pcs


def join_lines(lines, sep='\n'):
    out = []
    for i, ln in enumerate(lines):
        if i:
            out.append(sep)
        out += ln if isinstance(ln, list) else [ln]
    return out


FIELD_HDR = {'en': ('Field', 'Value'), 'de': ('Feld', 'Wert'), 'fr': ('Champ', 'Valeur'), 'es': ('Campo', 'Valor'),
             'zh': ('\u5b57\u6bb5', '\u503c'), 'it': ('Campo', 'Valore'), 'nl': ('Veld', 'Waarde'), 'pt': ('Campo', 'Valor'),
             'pl': ('Pole', 'Warto\u015b\u0107'), 'ja': ('\u9805\u76ee', '\u5024')}
NAME_L = {'en': 'Name', 'de': 'Name', 'fr': 'Nom', 'es': 'Nombre', 'zh': '\u59d3\u540d', 'it': 'Nome', 'nl': 'Naam',
          'pt': 'Nome', 'pl': 'Imi\u0119 i nazwisko', 'ja': '\u6c0f\u540d'}
FORM_TITLE = {'en': ['Contact form submission', 'New enquiry', 'Registration details', 'Booking request'],
              'de': ['Kontaktformular', 'Neue Anfrage', 'Anmeldung'], 'fr': ['Formulaire de contact', 'Nouvelle demande'],
              'es': ['Formulario de contacto', 'Nueva solicitud'], 'zh': ['\u8054\u7cfb\u8868\u5355', '\u62a5\u540d\u4fe1\u606f'],
              'it': ['Modulo di contatto'], 'nl': ['Contactformulier'], 'pt': ['Formul\u00e1rio de contato'],
              'pl': ['Formularz kontaktowy'], 'ja': ['\u304a\u554f\u3044\u5408\u308f\u305b\u30d5\u30a9\u30fc\u30e0']}
FORM_MSG = {'en': ['Message: Please call me back about the quote.', 'Message: Interested in the spring course.'],
            'de': ['Nachricht: Bitte um R\u00fcckruf wegen des Angebots.'], 'fr': ['Message : Merci de me rappeler.'],
            'es': ['Mensaje: Por favor, ll\u00e1menme.'], 'zh': ['\u7559\u8a00\uff1a\u8bf7\u5c3d\u5feb\u8054\u7cfb\u6211\u3002']}
CLOSING = {'en': ['Best regards,', 'Kind regards,', 'Cheers,', 'Thanks,'],
           'de': ['Mit freundlichen Gr\u00fc\u00dfen', 'Viele Gr\u00fc\u00dfe', 'Beste Gr\u00fc\u00dfe'],
           'fr': ['Cordialement,', 'Bien \u00e0 vous,'], 'es': ['Saludos,', 'Un saludo,', 'Atentamente,'],
           'zh': ['\u6b64\u81f4', '\u795d\u597d'], 'it': ['Cordiali saluti,'], 'nl': ['Met vriendelijke groet,'],
           'pt': ['Atenciosamente,'], 'pl': ['Pozdrawiam,'], 'ja': ['\u3088\u308d\u3057\u304f\u304a\u9858\u3044\u3044\u305f\u3057\u307e\u3059\u3002']}
ROLE = {'en': ['Office Manager', 'Senior Developer', 'Account Executive'], 'de': ['Projektleiterin', 'Gesch\u00e4ftsf\u00fchrer', 'Vertrieb'],
        'fr': ['Charg\u00e9e de projet', 'Directeur commercial'], 'es': ['Responsable de ventas', 'Jefa de proyecto'],
        'zh': ['\u9879\u76ee\u7ecf\u7406', '\u9500\u552e\u603b\u76d1'], 'it': ['Responsabile vendite'], 'nl': ['Projectleider'],
        'pt': ['Gerente de projetos'], 'pl': ['Kierownik projektu'], 'ja': ['\u55b6\u696d\u90e8']}
CHAT_ROLES = {'en': ('User:', 'Assistant:'), 'de': ('Nutzer:', 'Assistent:'), 'fr': ('Utilisateur :', 'Assistant :'),
              'es': ('Usuario:', 'Asistente:'), 'zh': ('\u7528\u6237\uff1a', '\u52a9\u624b\uff1a'), 'it': ('Utente:', 'Assistente:'),
              'nl': ('Gebruiker:', 'Assistent:'), 'pt': ('Usu\u00e1rio:', 'Assistente:'), 'pl': ('U\u017cytkownik:', 'Asystent:'),
              'ja': ('\u30e6\u30fc\u30b6\u30fc\uff1a', '\u30a2\u30b7\u30b9\u30bf\u30f3\u30c8\uff1a')}
CHAT_OPEN = {'en': ['', '', 'Hi! ', 'Quick update. ', 'Sorry to bother you again. '], 'de': ['', 'Hallo! ', 'Kurze Info: '],
             'fr': ['', 'Bonjour ! ', 'Petite pr\u00e9cision : '], 'es': ['', '\u00a1Hola! ', 'Una cosa m\u00e1s: '],
             'zh': ['', '\u4f60\u597d\uff01']}
CHAT_REPLY = {'en': ["Thanks, I've noted that.", "Got it. I'll pass this on to the team.",
                     'Thanks for the details. Is there anything else I can help with?'],
              'de': ['Danke, ist notiert.', 'Alles klar, ich gebe das weiter.'], 'fr': ["Merci, c'est not\u00e9.", 'Tr\u00e8s bien, je transmets.'],
              'es': ['Gracias, anotado.', 'Perfecto, lo paso al equipo.'], 'zh': ['\u597d\u7684\uff0c\u5df2\u8bb0\u5f55\u3002', '\u6536\u5230\uff0c\u6211\u4f1a\u8f6c\u8fbe\u7ed9\u540c\u4e8b\u3002']}
NOTES_TITLE = {'en': ['Notes:', 'TODO', 'Meeting notes', 'Open points:'], 'de': ['Notizen:', 'Offene Punkte:'],
               'fr': ['Notes :', '\u00c0 faire :'], 'es': ['Notas:', 'Pendientes:'], 'zh': ['\u5907\u6ce8\uff1a', '\u5f85\u529e\uff1a']}
VERSION_FAMILY = ('version_4part', 'driver_version', 'os_build_number', 'version_3part')


def b_form(items, ctx):
    style = ch(['plain', 'plain', 'bold', 'dots'])
    c = colon(ctx)
    lines = [ch(lk(FORM_TITLE, ctx.lang)), '']

    def ln(lab, val_pieces):
        if style == 'bold':
            return ['**%s:** ' % lab] + val_pieces
        if style == 'dots':
            return ['%s %s ' % (lab, '.' * max(2, 14 - len(lab)))] + val_pieces
        return [lab + c] + val_pieces
    lines.append(ln(lk(NAME_L, ctx.lang) if isinstance(lk(NAME_L, ctx.lang), str) else 'Name', [ctx.person[0]]))
    for it in items:
        it.ctxdesc = 'form field with label'
        lines.append(ln(label(it.spec, ctx), [it]))
    if R.random() < 0.5 and ctx.lang in FORM_MSG:
        lines.append(ch(FORM_MSG[ctx.lang]))
    return join_lines(lines), []


def b_signature(items, ctx):
    left = [it for it in items if it.spec.name in ('card', 'ip')]     # these do not belong in a signature
    items = [it for it in items if it not in left]
    lines = []
    if R.random() < 0.4:
        lines.append('--')
    lines += [ch(lk(CLOSING, ctx.lang)), ctx.person[0], '%s | %s' % (ch(lk(ROLE, ctx.lang)), ctx.company)]
    for it in items:
        it.ctxdesc = 'email signature line'
        short = {'phone': ['T: ', 'M: ', 'Tel. ', 'Mob. '], 'email': ['E: ', 'Mail: ']}.get(it.spec.name)
        if short and ctx.lang in ('en', 'de') and R.random() < 0.4:
            lines.append([ch(short), it])
        else:
            lines.append([label(it.spec, ctx) + colon(ctx), it])
    if R.random() < 0.3:
        lines.append(ctx.city)
    return join_lines(lines), left


def b_md_table(items, ctx):
    if any(it.spec.name in VERSION_FAMILY for it in items) and R.random() < 0.75:
        return component_table(items, ctx, 'md')
    f, v = lk(FIELD_HDR, ctx.lang)
    nm = lk(NAME_L, ctx.lang)
    if R.random() < 0.55:
        lines = ['| %s | %s |' % (f, v), '|---|---|', '| %s | %s |' % (nm, ctx.person[0])]
        for it in items:
            it.ctxdesc = 'Markdown table, label column'
            lines.append(['| %s | ' % label(it.spec, ctx), it, ' |'])
        return join_lines(lines), []
    labs = [label(it.spec, ctx) for it in items]
    lines = ['| %s | %s |' % (nm, ' | '.join(labs)), '|' + '---|' * (len(items) + 1)]
    row = ['| %s | ' % ctx.person[0]]
    for k, it in enumerate(items):
        it.ctxdesc = 'Markdown table cell, header label'
        row += [it, ' | ' if k < len(items) - 1 else ' |']
    lines.append(row)
    if R.random() < 0.5:
        lines.append('| %s | %s |' % (person(ctx.lang)[0], ' | '.join(['\u2014'] * len(items))))
    return join_lines(lines), []


COMPONENTS = ['Agent', 'Firmware', 'BIOS', 'Kernel module', 'Client', 'Print driver', 'Controller', 'Plugin', 'Updater', 'SDK']
COMP_HDR = {'en': ('Component', 'Version', 'Status'), 'de': ('Komponente', 'Version', 'Status'),
            'fr': ('Composant', 'Version', 'Statut'), 'es': ('Componente', 'Versi\u00f3n', 'Estado'),
            'zh': ('\u7ec4\u4ef6', '\u7248\u672c', '\u72b6\u6001')}


def component_table(items, ctx, kind):
    vers = [it for it in items if it.spec.name in VERSION_FAMILY]
    rest = [it for it in items if it.spec.name not in VERSION_FAMILY]
    rows = [(it, ch(COMPONENTS)) for it in vers]
    for _ in range(R.randint(1, 3)):
        rows.insert(R.randint(0, len(rows)), ('%d.%d.%d' % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 30)), ch(COMPONENTS)))
    h = lk(COMP_HDR, ctx.lang)
    status = ['OK', 'OK', 'outdated', 'pending']
    if kind == 'md':
        lines = ['| %s | %s | %s |' % h, '|---|---|---|']
        for v, comp in rows:
            lines.append(['| %s | ' % comp, v, ' | %s |' % ch(status)])
    else:
        lines = ['<table>', '  <tr><th>%s</th><th>%s</th><th>%s</th></tr>' % h]
        for v, comp in rows:
            lines.append(['  <tr><td>%s</td><td>' % comp, v, '</td><td>%s</td></tr>' % ch(status)])
        lines.append('</table>')
    for it in vers:
        it.ctxdesc = 'table with a version column'
    return join_lines(lines), rest


def b_html_table(items, ctx):
    if any(it.spec.name in VERSION_FAMILY for it in items) and R.random() < 0.75:
        return component_table(items, ctx, 'html')
    n_pii = sum(1 for it in items if it.spec.pii)
    lines = ['<table class="%s">' % ch(['contact', 'details', 'data'])]
    extra = []
    for it in items:
        it.ctxdesc = 'HTML table cell'
        cell = [it]
        if it.spec.name == 'email' and '@' in it.value and ' ' not in it.value and R.random() < 0.6:
            if n_pii + len(extra) < 3 and R.random() < 0.5:
                t = it.twin('HTML mailto: link text')
                extra.append(t)
                cell = ['<a href="mailto:', it, '">', t, '</a>']
            else:
                cell = ['<a href="mailto:', it, '">%s</a>' % ch(['Email', 'Write to us', 'E-Mail'])]
            it.ctxdesc = 'HTML mailto: href'
        elif it.spec.name == 'phone' and it.value.startswith(('+', '00')) and R.random() < 0.5 and n_pii + len(extra) < 3:
            e164 = '+' + re.sub(r'\D', '', it.value[2:] if it.value.startswith('00') else it.value)
            t = Item(it.spec, e164, it.note + ', E.164 compact in tel: link', meta=it.meta)
            t.ctxdesc = 'HTML tel: href'
            extra.append(t)
            cell = ['<a href="tel:', t, '">', it, '</a>']
            it.ctxdesc = 'HTML tel: link text'
        lines.append(['  <tr><th>%s</th><td>' % label(it.spec, ctx)] + cell + ['</td></tr>'])
    lines.append('</table>')
    return join_lines(lines), []


def csv_cell(it, delim):
    if delim in it.value or '"' in it.value:
        return ['"', it, '"']
    return [it]


def b_csv(items, ctx):
    delim = ';' if ctx.lang in ('de', 'fr', 'es', 'it', 'nl', 'pl', 'pt') and R.random() < 0.5 else ','
    keys, seen = [], set()
    for it in items:
        k = ch(it.spec.keys)
        while k in seen:
            k += '_2'
        seen.add(k)
        keys.append(k)
        it.ctxdesc = 'CSV column "%s"' % k
    lines = [delim.join(['id', 'name'] + keys)]
    rid = R.randint(100, 9000)
    fillers = R.randint(0, 2)
    pos = R.randint(0, fillers)
    for r in range(fillers + 1):
        if r == pos:
            row = ['%d%s%s%s' % (rid + r, delim, ctx.person[0], delim)]
            for k, it in enumerate(items):
                row += csv_cell(it, delim)
                if k < len(items) - 1:
                    row.append(delim)
        else:
            row = [delim.join(['%d' % (rid + r), person(ctx.lang)[0]] + [''] * len(items))]
        lines.append(row)
    return join_lines(lines), []


def b_json(items, ctx):
    pretty = R.random() < 0.6
    fields = [('id', str(R.randint(1000, 99999))), ('name', json.dumps(ctx.person[0], ensure_ascii=False))]
    seen = {'id', 'name'}
    for it in items:
        k = ch(it.spec.keys)
        while k in seen:
            k += '_2'
        seen.add(k)
        assert json.dumps(it.value, ensure_ascii=False) == '"%s"' % it.value, it.value
        it.ctxdesc = 'JSON string value, key "%s"' % k
        fields.append((k, it))
    R.shuffle(fields)
    out = ['{\n' if pretty else '{']
    for j, (k, v) in enumerate(fields):
        out.append(('  "%s": ' if pretty else '"%s": ') % k)
        out += (['"', v, '"'] if isinstance(v, Item) else [v])
        if j < len(fields) - 1:
            out.append(',\n' if pretty else ', ')
    out.append('\n}' if pretty else '}')
    return out, []


NEUTRAL_LOG = ['{ts} INFO  worker started', '{ts} DEBUG cache warmed in {ms}ms', '{ts} INFO  GET /health 200 {ms}ms',
               '{ts} INFO  scheduler: 3 jobs queued', '{ts} WARN  slow query took {ms}ms']


def b_log(items, ctx):
    lines = [fill(ch(NEUTRAL_LOG), ctx)]
    for it in items:
        sp = it.spec
        if sp.log and R.random() < 0.85:
            tpl = ch(sp.log)
            it.ctxdesc = 'log line'
        else:
            tpl = ch(['{ts} INFO  profile: updated %s={v}', '{ts} WARN  validation failed for field "%s": "{v}"']) % ch(sp.keys)
            it.ctxdesc = 'log line, key=value'
        lines.append(tpl_pieces(tpl, it, ctx))
    for _ in range(R.randint(0, 2)):
        lines.insert(R.randint(0, len(lines)), fill(ch(NEUTRAL_LOG), ctx))
    body = join_lines(lines)
    return (['```\n'] + body + ['\n```']) if R.random() < 0.3 else body, []


CONF_HEAD = {'ini': ['[server]', 'timeout = 30'], 'yaml': ['service:', '  retries: 3'], 'env': ['DEBUG=false', 'LOG_LEVEL=info'],
             'nginx': ['server {', '    listen 443 ssl;'], 'hosts': ['# local overrides'], 'dns': ['$TTL 3600'],
             'shell': ['#!/bin/sh', 'set -e'], 'ssh': ['# ~/.ssh/config'], 'xml': ['<PropertyGroup>']}
CONF_TAIL = {'nginx': ['}'], 'xml': ['</PropertyGroup>']}


def b_config(items, ctx):
    has_ver = any(it.spec.name == 'version_4part' for it in items)
    special = [f for f in ('nginx', 'hosts', 'dns', 'ssh') if all(f in it.spec.conf for it in items)]
    fmts = ['ini', 'yaml', 'env', 'shell'] + special * 3 + (['xml', 'xml'] if has_ver else [])
    fmt = ch(fmts)
    lines = list(CONF_HEAD[fmt])
    for it in items:
        sp = it.spec
        tpls = sp.conf.get(fmt)
        if tpls:
            tpl = ch(tpls)
            it.ctxdesc = '%s config line' % fmt
        else:
            k = ch(sp.keys)
            tpl = {'ini': k + ' = {v}', 'yaml': '  ' + k + ': "{v}"', 'env': k.upper() + '={v}', 'shell': 'export %s="{v}"' % k.upper(),
                   'xml': '<%s>{v}</%s>' % (k, k)}.get(fmt, ('; ' if fmt == 'dns' else '# ') + label(sp, ctx) + ': {v}')
            it.ctxdesc = '%s config, key %s' % (fmt, k)
        if fmt == 'nginx' and not tpl.startswith(('#', '    ')):
            tpl = '    ' + tpl
        lines.append(tpl_pieces(tpl, it, ctx))
    lines += CONF_TAIL.get(fmt, [])
    body = join_lines(lines)
    if R.random() < 0.5:
        body = ['```%s\n' % {'env': 'bash', 'hosts': '', 'dns': '', 'ssh': ''}.get(fmt, fmt)] + body + ['\n```']
    return body, []


CODE_SKEL = {
    'python': ('```python\nimport requests\n\n', '\n\ndef fetch(path):\n    return requests.get(BASE_URL + path, timeout=10)\n```'),
    'js': ('```js\n', "\n\nexport async function load() {\n  const res = await fetch('/api/items');\n  return res.json();\n}\n```"),
    'shell': ('```bash\n#!/usr/bin/env bash\nset -euo pipefail\n', '\n```'),
    'sql': ('```sql\n', '\n```'),
    'java': ('```java\npublic class Contact {\n', '\n}\n```'),
    'csharp': ('```csharp\n', '\n```'),
}


def b_code(items, ctx):
    langs = [lg for it in items for lg in it.spec.code] or ['python', 'js', 'shell', 'sql']
    lang = ch(langs + ['python', 'js', 'shell', 'sql'] if R.random() < 0.3 else langs)
    pre, post = CODE_SKEL[lang]
    lines = []
    cm = {'python': '# ', 'shell': '# ', 'js': '// ', 'sql': '-- ', 'java': '    // ', 'csharp': '// '}[lang]
    for it in items:
        sp = it.spec
        k = ch(sp.keys)
        if sp.code.get(lang) and R.random() < 0.8:
            tpl = ch(sp.code[lang])
            if sp.name == 'code_decorator':
                tpl += {'python': '\ndef handle(request):\n    return None', 'java': '\n    public String toString() { return name; }'}.get(lang, '')
            lines.append(tpl_pieces(tpl, it, ctx))
            it.ctxdesc = '%s code' % lang
        elif R.random() < 0.5:
            lines.append([cm] + prose_pieces(it, ctx))
            it.ctxdesc = '%s code comment, ' % lang + it.ctxdesc
        else:
            tpl = {'python': '%s = "{v}"' % k.upper(), 'js': "const %s = '{v}';" % k, 'shell': 'export %s="{v}"' % k.upper(),
                   'sql': "INSERT INTO contacts (name, %s) VALUES ('%s', '{v}');" % (k, ctx.person[0].replace("'", "''")),
                   'java': '    private static final String %s = "{v}";' % k.upper(),
                   'csharp': 'const string %s = "{v}";' % k.title().replace('_', '')}[lang]
            lines.append(tpl_pieces(tpl, it, ctx))
            it.ctxdesc = '%s code, string literal' % lang
    return [pre] + join_lines(lines) + [post], []


CL_FILLER = ['- Fixed crash when exporting empty reports', '- Improved startup time', '- Updated translations (de, fr, es)',
             '- Removed deprecated settings page', '- Dependency updates']


def b_changelog(items, ctx):
    out = [ch(['## Changelog', 'CHANGELOG', '### Release notes', 'What\'s new'])]
    vers = [it for it in items if it.spec.name == 'version_4part']
    rest = [it for it in items if it.spec.name != 'version_4part']
    sections = []
    for it in vers:
        if R.random() < 0.6:
            sections.append(['### ', it, ' (%s)' % FILLERS['date']()])
            it.bare = True
            it.ctxdesc = 'changelog heading, no hint word'
        else:
            sections.append(['### Version ', it, ' \u2013 %s' % FILLERS['date']()])
            it.ctxdesc = 'changelog heading with "Version"'
    if not sections:
        sections.append('### %d.%d.%d (%s)' % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9), FILLERS['date']()))
    lines = []
    for s in sections:
        lines.append('')
        lines.append(s)
        lines.append(ch(CL_FILLER))
    for it in rest:
        pcs = prose_pieces(it, ctx)
        if isinstance(pcs[0], str) and pcs[0].startswith('\u00b6'):
            pcs[0] = pcs[0][1:]
        lines.insert(R.randint(3, len(lines)), ['- '] + pcs)
        it.ctxdesc = 'changelog bullet, ' + it.ctxdesc
    return join_lines(out + lines), []


def b_bullets(items, ctx):
    lines = [ch(lk(NOTES_TITLE, ctx.lang))]
    mark = ch(['- ', '* ', '\u2022 '])
    for it in items:
        pcs = prose_pieces(it, ctx)
        if isinstance(pcs[0], str) and pcs[0].startswith('\u00b6'):
            pcs[0] = pcs[0][1:]
            lines.append(pcs)
        else:
            lines.append([mark] + pcs)
        it.ctxdesc = 'note bullet, ' + it.ctxdesc
    return join_lines(lines), []


BUILD = {'form': b_form, 'signature': b_signature, 'md_table': b_md_table, 'html_table': b_html_table, 'csv': b_csv,
         'json': b_json, 'log': b_log, 'config': b_config, 'code': b_code, 'changelog': b_changelog, 'bullets': b_bullets}


def chat_turns(items, ctx, roles, at_end):
    u, a = roles
    turns = []
    for k, it in enumerate(items):
        pcs = prose_pieces(it, ctx)
        if isinstance(pcs[0], str) and pcs[0].startswith('\u00b6'):
            pcs[0] = pcs[0][1:]
        it.ctxdesc = 'chat turn, ' + it.ctxdesc
        turns.append(['%s %s' % (u, ch(lk(CHAT_OPEN, ctx.lang)))] + pcs)
        if not at_end or k < len(items) - 1 or R.random() < 0.6:
            turns.append('%s %s' % (a, ch(lk(CHAT_REPLY, ctx.lang))))
    return turns


# ----------------------------------------------------------------------------------------------------
# Document composition
# ----------------------------------------------------------------------------------------------------
def sentence_ends(s, cjk):
    pat = r'[\u3002\uff01\uff1f]' if cjk else r'[.!?](?=\s)'
    return [m.end() for m in re.finditer(pat, s)] + [len(s)]


def insert_prose(units, items, ctx):
    """units: list of single-string lists (base text).  Returns new list of piece lists."""
    inline = {}            # unit index -> [(pos, pieces)]
    new_units = []         # (position among base units, pieces)
    ok = [i for i, u in enumerate(units) if '```' not in u[0]]
    for it in items:
        pcs = prose_pieces(it, ctx, para_ok=True)
        if pcs[0].startswith('\u00b6') or not ok:
            if pcs[0].startswith('\u00b6'):
                pcs[0] = pcs[0][1:]
            if ctx.roles and ok:        # chat transcripts: a heading-like line stays inside a turn
                ui = ch(ok)
                inline.setdefault(ui, []).append((len(units[ui][0]), ['\n'] + pcs))
            else:
                new_units.append((R.randint(0, len(units)), pcs))
            continue
        ui = ch(ok)
        pos = ch(sentence_ends(units[ui][0], ctx.cjk))
        inline.setdefault(ui, []).append((pos, pcs))
    out = []
    for i, u in enumerate(units):
        s = u[0]
        if i not in inline:
            out.append([s])
            continue
        pieces, last = [], 0
        for pos, pcs in sorted(inline[i], key=lambda x: x[0]):
            pieces.append(s[last:pos])
            if not ctx.cjk and pcs[0] != '\n':
                pieces.append(' ')
            pieces += pcs
            last = pos
        pieces.append(s[last:])
        out.append(pieces)
    for pos, pcs in sorted(new_units, key=lambda x: -x[0]):
        out.insert(pos, pcs)
    return out


def block_pos(units, roles, after_role):
    n = len(units)
    if roles:
        cands = [k for k in range(1, n) if isinstance(units[k - 1][0], str) and units[k - 1][0].startswith(after_role)] + [n]
        return ch(cands)
    if n < 2:
        return n if R.random() < 0.75 else 0
    r = R.random()
    if r < 0.5:
        return n
    if r < 0.65:
        return 0
    return R.randint(1, n - 1)


SCENES = {
    'chatty': [('chat', 35), ('prose', 25), ('form', 4), ('json', 5), ('log', 6), ('config', 5), ('code', 6), ('bullets', 7),
               ('md_table', 4), ('signature', 3)],
    'web': [('prose', 30), ('signature', 9), ('form', 8), ('html_table', 10), ('md_table', 5), ('csv', 5), ('json', 5),
            ('log', 5), ('config', 5), ('changelog', 5), ('code', 3), ('bullets', 8)],
    'sft': [('prose', 26), ('code', 10), ('json', 9), ('csv', 8), ('md_table', 9), ('config', 8), ('log', 8), ('changelog', 7),
            ('form', 4), ('chat', 5), ('bullets', 6), ('html_table', 3)],
    'lingua': [('prose', 32), ('form', 11), ('signature', 10), ('md_table', 8), ('html_table', 8), ('csv', 5), ('json', 5),
               ('log', 5), ('config', 4), ('changelog', 4), ('bullets', 6), ('chat', 4)],
    'math': [('prose', 38), ('form', 8), ('md_table', 9), ('csv', 8), ('json', 8), ('bullets', 8), ('chat', 7), ('log', 6),
             ('config', 6), ('code', 4)],
}
GROUP = {'trafilatura-eval': 'web', 'lingua-py': 'lingua', 'hh-rlhf': 'chatty', 'fastchat': 'chatty', 'gsm8k': 'math'}
URL_PATH = {'de': ['kontakt', 'impressum', 'ueber-uns'], 'fr': ['contact', 'mentions-legales'], 'es': ['contacto', 'aviso-legal'],
            'en': ['contact-us', 'about', 'team'], 'zh': ['lianxi', 'about'], 'it': ['contatti'], 'nl': ['contact'],
            'pt': ['contato', 'fale-conosco'], 'pl': ['kontakt'], 'ja': ['contact', 'company']}


def synth_url(country, lang):
    tld, slugs = CCTLD[country]
    return 'https://www.%s%s/%s' % (ch(slugs), tld, ch(lk(URL_PATH, lang)))


def plan_phone(ctx, base):
    uc = url_country(ctx.url)
    own = LANG_COUNTRIES.get(ctx.lang, [])
    if base.source == 'trafilatura-eval':
        if uc and R.random() < 0.7:
            ctx.phone_country, ctx.phone_nat = uc, True
            return
    else:
        r = R.random()
        if ctx.lang == 'en' and r < 0.38:
            ctx.phone_country, ctx.phone_nat, ctx.url = 'US', True, None
            return
        if own and r < 0.72:
            c = ch(own)
            ctx.phone_country, ctx.phone_nat, ctx.url = c, True, synth_url(c, ctx.lang)
            return
    pool = (own or ['US']) + ['US'] if R.random() < 0.4 else INTL_POOL
    ctx.phone_country, ctx.phone_nat = ch(pool), False


def make_pii(kind, ctx, scene):
    if kind == 'email':
        v, note = gen_email(ctx, scene)
        return Item(PII['email'], v, note)
    if kind == 'ip':
        v, note = gen_ip6() if R.random() < 0.2 else gen_ip4()
        return Item(PII['ip'], v, note)
    if kind == 'phone':
        c = ctx.phone_country
        nat = ctx.phone_nat and c not in INTL_ONLY and R.random() < 0.85
        v, sub = PHONE[c](nat)
        note = '%s %s format, %s' % (c, 'national' if nat else 'international', sub)
        if v.startswith('00'):
            note += ', 00 prefix'
        return Item(PII['phone'], v, note, meta={'country': c, 'national': nat})
    if kind == 'card':
        v, note = gen_card()
        return Item(PII['card'], v, note)
    v, note = gen_iban(ctx)
    return Item(PII['iban'], v, note)


def make_la(spec, ctx):
    g = spec.gen(ctx)
    if isinstance(g, tuple):
        return Item(spec, g[0], '', extra=g[1])
    return Item(spec, g, '')


LA_NAMES = sorted(LA)


def pick_la(ctx, used):
    pairs = []
    for n in LA_NAMES:
        sp = LA[n]
        if sp.langs and ctx.lang not in sp.langs:
            continue
        w = sp.w * (0.3 if n in used else 1.0)
        pairs.append((n, w))
    return LA[wch(pairs)]


KINDS = ['email', 'ip', 'phone', 'card', 'iban']


def pick_kinds(n, counts):
    out = []
    for _ in range(n):
        lo = min(counts[k] for k in KINDS)
        cands = [k for k in KINDS if counts[k] <= lo + 2 and (k not in out or R.random() < 0.25)]
        if not cands:
            cands = [k for k in KINDS if k not in out]
        k = ch(cands)
        counts[k] += 1
        out.append(k)
    return out


def assemble(units, joiner):
    parts, spans, las, pos = [], [], [], 0
    for ui, unit in enumerate(units):
        if ui:
            parts.append(joiner)
            pos += len(joiner)
        for p in unit:
            if isinstance(p, str):
                parts.append(p)
                pos += len(p)
                continue
            s = pos
            parts.append(p.value)
            pos += len(p.value)
            g = hard_group(p)
            if g:
                HARD[g][0] += p.hard if g == 'ip4' else p.bare
                HARD[g][1] += 1
            if p.spec.pii:
                spans.append({'start': s, 'end': pos, 'kind': p.spec.name, 'value': p.value, 'note': p.full_note(),
                              '_item': p})
            else:
                las.append({'start': s, 'end': pos, 'name': p.name(), 'value': p.value, '_item': p})
    return ''.join(parts), spans, las


def build_doc(base, kind_counts):
    ctx = Ctx()
    ctx.lang, ctx.url, ctx.cjk, ctx.source = base.lang, base.url, base.cjk, base.source
    ctx.person = person(ctx.lang)
    ctx.company, ctx.city = ch(lk(COMPANY, ctx.lang)), ch(lk(CITY, ctx.lang))
    ctx.phone_country, ctx.phone_nat = None, False
    ctx.roles = base.roles
    n_pii = wch([(0, 0.1), (1, 0.3), (2, 0.35), (3, 0.25)])
    n_la = wch([(0, 0.2), (1, 0.32), (2, 0.26), (3, 0.14), (4, 0.08)])
    kinds = pick_kinds(n_pii, kind_counts)
    scene = wch(SCENES[GROUP.get(base.source, 'sft')])
    if scene == 'chat' and not base.roles and ctx.lang not in CHAT_ROLES:
        scene = 'prose'
    if 'phone' in kinds:
        plan_phone(ctx, base)
    elif base.source != 'trafilatura-eval' and LANG_COUNTRIES.get(ctx.lang) and R.random() < 0.12:
        ctx.url = synth_url(ch(LANG_COUNTRIES[ctx.lang]), ctx.lang)
    items = [make_pii(k, ctx, scene) for k in kinds]
    used = []
    for _ in range(n_la):
        sp = pick_la(ctx, used)
        used.append(sp.name)
        items.append(make_la(sp, ctx))
    R.shuffle(items)
    units = insert_prose([[u] for u in base.units], [], ctx)
    if scene == 'prose':
        units = insert_prose([[u] for u in base.units], items, ctx)
    elif items:
        roles = base.roles or lk(CHAT_ROLES, ctx.lang)
        # some bare-capable dotted-quad look-alikes (and some IPs) stay in the running text instead of the block
        left = [it for it in items if (not it.spec.pii and it.spec.family == 'dq' and it.spec.bare and R.random() < 0.4) or
                (it.spec.name == 'ip' and R.random() < 0.15)]
        items = [it for it in items if it not in left]
        if scene == 'chat':
            if left:
                units = insert_prose([[u] for u in base.units], left, ctx)
            pos = block_pos(units, base.roles, roles[1])
            block_units = chat_turns(items, ctx, roles, pos == len(units))
            if base.roles and pos == len(units) and units[-1][0].startswith(roles[0]):
                block_units.insert(0, '%s %s' % (roles[1], ch(lk(CHAT_REPLY, ctx.lang))))
        else:
            block, more = BUILD[scene](items, ctx) if items else ([], [])
            left += more
            block_units = [block] if block else []
            if left:
                units = insert_prose([[u] for u in base.units], left, ctx)
            pos = block_pos(units, base.roles, roles[0])
        for k, bu in enumerate(block_units):
            units.insert(pos + k, bu if isinstance(bu, list) else [bu])
    text, spans, las = assemble(units, base.joiner)
    return {'text': text, 'language': ctx.lang, 'url': ctx.url, 'spans': spans, 'lookalikes': las,
            '_source': base.source, '_src_id': base.src_id, '_scene': scene}


# ----------------------------------------------------------------------------------------------------
# Validation, statistics, output
# ----------------------------------------------------------------------------------------------------
def validate(doc):
    text = doc['text']
    cover = []
    for s in doc['spans'] + doc['lookalikes']:
        assert text[s['start']:s['end']] == s['value'], s
        assert s['value'] == s['value'].strip() and s['value'], s
        cover.append((s['start'], s['end']))
    cover.sort()
    for (a, b), (c, d) in zip(cover, cover[1:]):
        assert b <= c, ('overlap', doc['text'][a:d])
    for s in doc['spans']:
        it, v = s['_item'], s['value']
        if s['kind'] == 'ip':
            assert is_public(v), v
        elif s['kind'] == 'card':
            assert luhn_sum_ok(re.sub(r'\D', '', v)), v
        elif s['kind'] == 'iban':
            assert iban_valid(v.replace(' ', '')), v
        elif s['kind'] == 'phone':
            c, nat = it.meta['country'], it.meta['national']
            if nat and c == 'US':
                assert doc['url'] is None, doc['url']
            elif nat:
                assert url_country(doc['url']) == c, (c, doc['url'])
        elif s['kind'] == 'email':
            assert '@' in v or ' at ' in v.lower() or '(at)' in v or '[at]' in v, v
    for s in doc['lookalikes']:
        if s['name'].startswith('ip_'):
            assert not is_public(s['value']), s
    assert sum(1 for s in doc['spans'] if s['_item'].ctxdesc not in ('HTML mailto: link text', 'HTML tel: href')) <= 3
    assert len(doc['lookalikes']) <= 4
    # warnings: PII-looking strings outside any labelled range (should come only from base text; expect none)
    warn = []

    def covered(a, b):
        return any(x <= a and b <= y for x, y in cover)
    for m in DQ_RE.finditer(text):
        if not covered(m.start(), m.end()):
            warn.append(('dotted quad', m.group()))
    for m in re.finditer(r'\S*@\S*', text):
        if m.group() not in ('@',) and not any(x <= m.start() + m.group().index('@') < y for x, y in cover):
            warn.append(('@', m.group()))
    for m in re.finditer(r'\d{9,}', text):
        if not covered(m.start(), m.end()):
            warn.append(('9+ digits', m.group()))
    return warn


def stats(docs):
    st = {'docs': len(docs), 'spans': Counter(), 'lookalikes': Counter(), 'language': Counter(), 'source': Counter(),
          'scene': Counter(), 'with_url': sum(1 for d in docs if d['url']), 'docs_without_pii': 0, 'docs_without_any': 0}
    ip = Counter()
    phone = Counter()
    other = Counter()
    dq_total = dq_hard = 0
    for d in docs:
        st['language'][d['language']] += 1
        st['source'][d['_source']] += 1
        st['scene'][d['_scene']] += 1
        st['docs_without_pii'] += not d['spans']
        st['docs_without_any'] += not d['spans'] and not d['lookalikes']
        for s in d['spans']:
            st['spans'][s['kind']] += 1
            it = s['_item']
            if s['kind'] == 'ip':
                v4 = ':' not in s['value']
                ip['ipv4' if v4 else 'ipv6'] += 1
                if v4:
                    ip['ipv4_hard'] += it.hard
                    ip['ipv4_small_first_octet'] += 'small first octet' in it.note
            elif s['kind'] == 'phone':
                phone['%s_%s' % (it.meta['country'], 'national' if it.meta['national'] else 'intl')] += 1
            elif s['kind'] == 'email':
                other['email_obfuscated'] += 'obfuscated' in it.note
                other['email_sub_addressing'] += 'sub-addressing' in it.note
                other['email_upper_or_mixed_case'] += 'case' in it.note
            elif s['kind'] == 'card':
                other['card_' + it.note.split(',')[0]] += 1
            elif s['kind'] == 'iban':
                other['iban_' + it.note.split(',')[0]] += 1
        for s in d['lookalikes']:
            st['lookalikes'][s['name']] += 1
            if s['_item'].spec.family == 'dq' and DQ_RE.fullmatch(s['value']):
                dq_total += 1
                dq_hard += s['_item'].bare
    st['ip_detail'] = ip
    st['phone_detail'] = phone
    st['other_detail'] = other
    st['dotted_quad_lookalikes'] = {'total': dq_total, 'hard_no_hint_word': dq_hard}
    st['n_spans'] = sum(st['spans'].values())
    st['n_lookalikes'] = sum(st['lookalikes'].values())
    return st


def main():
    bases = load_bases()
    kind_counts = Counter()
    docs, warns = [], []
    for base in bases:
        d = build_doc(base, kind_counts)
        warns += validate(d)
        docs.append(d)
    with open(OUT, 'w', encoding='utf-8') as f:
        for d in docs:
            rec = {'text': d['text'], 'language': d['language'], 'url': d['url'],
                   'spans': [{k: s[k] for k in ('start', 'end', 'kind', 'value', 'note')} for s in d['spans']],
                   'lookalikes': [{k: s[k] for k in ('start', 'end', 'name', 'value')} for s in d['lookalikes']]}
            f.write(json.dumps(rec, ensure_ascii=False) + '\n')
    st = stats(docs)
    print('wrote %s: %d docs, %d spans, %d look-alikes' % (OUT, len(docs), st['n_spans'], st['n_lookalikes']))
    if warns:
        print('WARNING: %d unlabelled PII-looking strings: %s' % (len(warns), warns[:20]))
    if '--stats' in sys.argv:
        print(json.dumps(st, indent=1, ensure_ascii=False, sort_keys=True))


if __name__ == '__main__':
    main()
