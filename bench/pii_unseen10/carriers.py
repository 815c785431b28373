"""Real carrier text for make_unseen10.py (standard library only).

Sources (all under /work/shared/data, see README.md there):
  lingua-py/language-testdata/sentences/<lang>.txt   (Leipzig corpora sentences)
  stanford_alpaca/seed_tasks.jsonl                   (instruction seed tasks)
  llama-factory-demo/alpaca_en_demo.json, alpaca_zh_demo.json, c4_demo.jsonl
  hh-rlhf/harmless-base/test.jsonl.gz                (chosen transcripts)
  fastchat/mt_bench/question.jsonl, fastchat/mt_bench/reference_answer_gpt-4.jsonl

Carrier text is filtered so that it cannot itself contain anything that looks
like one of the five labelled kinds (the Leipzig sentences do contain real
phone numbers, an e-mail address and an IP address, which are dropped).
Every sentence / record is handed out at most once.
"""
import gzip
import json
import os
import re

DATA = "/work/shared/data"
SENT_DIR = os.path.join(DATA, "lingua-py", "language-testdata", "sentences")

_DIGIT_CLUSTER = re.compile(r"[0-9\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef][0-9\u0660-\u0669\u06f0-\u06f9\u09e6-\u09ef \-./()+]*")
_BAD = [
    re.compile(r"@|＠"), re.compile(r"https?:|www\.", re.I), re.compile(r"\d+\.\d+\.\d+\.\d+"),
    re.compile(r"[0-9a-fA-F]{1,4}:[0-9a-fA-F]{1,4}:[0-9a-fA-F]{0,4}:"), re.compile(r"::"),
    re.compile(r"\b[A-Z]{2}\d{2}[ ]?[A-Z0-9]{4}"), re.compile(r"\[at\]|\(at\)|\bdot com\b|\bat gmail\b", re.I),
    re.compile(r"password|passwort|пароль|mot de passe|api[ _-]?key|token", re.I),
    re.compile(r"\b(?:tel|fax|phone|call)\b\.?\s*:?\s*\(?\+?\d", re.I),
    re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u200b-\u200f\u2028\u2029\ufeff]"),
]


def clean(s, max_digits=6):
    for rx in _BAD:
        if rx.search(s):
            return False
    for m in _DIGIT_CLUSTER.finditer(s):
        n = sum(ch.isdigit() for ch in m.group(0))
        if n > max_digits:
            return False
    return True


class Pool:
    """Ordered pool: shuffled once with the shared RNG, then popped."""

    def __init__(self, rng, items):
        items = list(items)
        rng.shuffle(items)
        self.items = items
        self.used = 0

    def pop(self, pred=None):
        for i in range(len(self.items)):
            if pred is None or pred(self.items[i]):
                self.used += 1
                return self.items.pop(i)
        raise RuntimeError("carrier pool exhausted")

    def __len__(self):
        return len(self.items)


def load_sentences(lang):
    with open(os.path.join(SENT_DIR, lang + ".txt"), encoding="utf-8") as f:
        lines = [ln.strip() for ln in f]
    out = []
    seen = []
    for ln in lines:
        if not ln or len(ln) > 260 or len(ln) < 25 or not clean(ln):
            continue
        if ln in seen:
            continue
        seen.append(ln)
        out.append(ln)
    return out


def _trim(s, limit=700):
    s = s.strip()
    if len(s) <= limit:
        return s
    cut = s.rfind(". ", 0, limit)
    if cut < limit // 3:
        cut = s.rfind(" ", 0, limit)
    return s[:cut + 1].strip()


def load_sft_en():
    """List of (source, instruction, response) English records."""
    recs = []
    with open(os.path.join(DATA, "stanford_alpaca", "seed_tasks.jsonl"), encoding="utf-8") as f:
        for ln in f:
            o = json.loads(ln)
            inst = o["instances"][0]
            q = o["instruction"] + ("\n" + inst["input"] if inst["input"] else "")
            recs.append(("stanford_alpaca/seed_tasks", q, inst["output"]))
    with open(os.path.join(DATA, "llama-factory-demo", "alpaca_en_demo.json"), encoding="utf-8") as f:
        for o in json.load(f):
            q = o["instruction"] + ("\n" + o["input"] if o["input"] else "")
            recs.append(("llama-factory-demo/alpaca_en_demo", q, o["output"]))
    with gzip.open(os.path.join(DATA, "hh-rlhf", "harmless-base", "test.jsonl.gz"), "rt", encoding="utf-8") as f:
        for ln in f:
            t = json.loads(ln)["chosen"]
            parts = re.split(r"\n\n(Human|Assistant): ", "\n\n" + t.strip())
            # parts: ['', 'Human', text, 'Assistant', text, ...]
            if len(parts) >= 5 and parts[1] == "Human" and parts[3] == "Assistant":
                recs.append(("hh-rlhf/harmless-base", parts[2].strip(), parts[4].strip()))
    qs = {}
    with open(os.path.join(DATA, "fastchat", "mt_bench", "question.jsonl"), encoding="utf-8") as f:
        for ln in f:
            o = json.loads(ln)
            qs[o["question_id"]] = o["turns"][0]
    with open(os.path.join(DATA, "fastchat", "mt_bench", "reference_answer_gpt-4.jsonl"), encoding="utf-8") as f:
        for ln in f:
            o = json.loads(ln)
            if o["question_id"] in qs:
                recs.append(("fastchat/mt_bench", qs[o["question_id"]], o["choices"][0]["turns"][0]))
    out = []
    for src, q, a in recs:
        q, a = _trim(q, 500), _trim(a, 700)
        if len(q) < 15 or len(a) < 20:
            continue
        if clean(q) and clean(a):
            out.append((src, q, a))
    return out


def load_sft_zh():
    out = []
    with open(os.path.join(DATA, "llama-factory-demo", "alpaca_zh_demo.json"), encoding="utf-8") as f:
        for o in json.load(f):
            q = o["instruction"] + ("\n" + o["input"] if o["input"] else "")
            q, a = _trim(q, 300), _trim(o["output"], 400)
            if len(a) > 10 and clean(q) and clean(a):
                out.append(("llama-factory-demo/alpaca_zh_demo", q, a))
    return out


def load_c4():
    out = []
    with open(os.path.join(DATA, "llama-factory-demo", "c4_demo.jsonl"), encoding="utf-8") as f:
        for ln in f:
            t = json.loads(ln)["text"]
            para = t.split("\n")[0].strip()
            para = _trim(para, 450)
            if len(para) > 60 and clean(para):
                out.append(para)
    return out
