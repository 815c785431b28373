"""Precision and recall of the PII finder (filters/pii.py) on a labelled set built from real text.

Sets: this script's own planted set, and the sets others built without this code (bench/pii_sets: hand labels
of the real C4 sample and a planted set; bench/pii_heldout: a held-out planted set), each reported alone.

This script's set: the bundled C4 web documents and the SFT and preference messages (data/sample), each given 0–3 pieces
of planted personal data in realistic formats (phone numbers of eight countries in national and international
form, obfuscated e-mails, IPv4/IPv6, cards with spaces and dashes, IBANs of six countries, national ids, keys)
and 0–3 look-alikes that must not be hit (versions, dates, prices, ISBNs, UUIDs, hashes, timestamps,
coordinates, math, private addresses, card-shaped numbers that fail Luhn). The truth is what was planted: the
values are generated here from the numbering plans and check-digit rules (Luhn, ISO 7064 mod 97, CPF), not by
the code under test. Hits on the real text itself are listed for review; those reviewed as real personal data
are in REVIEWED_NATURAL and counted as neither right nor wrong.

    .venv/bin/python bench/pii_eval.py [--docs-per-source N] [--seed S] [--write set.jsonl]
"""

from __future__ import annotations

import argparse
import gzip
import ipaddress
import json
import random
import string
import sys
import uuid
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from filters.pii import PiiFinder, PiiParams, phone_regions  # noqa: E402

SAMPLE = ROOT / "data" / "sample"
# hits on the unplanted real text that a person read and judged real personal data (value → why)
REVIEWED_NATURAL: dict[str, str] = {
    "780-800-7092": "a heating firm's number (c4)", "910.538.0115": "a registration line (c4)",
    "951-704-3374": "a rescue's contact number (c4)", "07885 577 899": "a UK mobile on a firm's page (c4)",
    **{f"213-484-04{n}": "a people-search spam page listing numbers (c4)" for n in range(80, 100)},
    "vdwarren@education.wisc.edu": "a person's address (c4)", "mjgroundworkservices@gmail.com": "a firm's (c4)",
    "mcushing7 (at) hotmail (dot) com": "a person's, obfuscated (c4)", "admission@nousiqsociety.org": "(c4)",
    "brovertek@gmail.com": "(c4)", "pr@mrstinkblog.com": "(c4)", "CSRInfo@CalRetirees.org": "(c4)",
    "woof@rescuedtails.com": "(c4)",
    "rT8$jLpZ": "an example password an Alpaca answer generated (sft); a password all the same",
}

FIRST = ["john", "maria", "wei", "fatima", "olga", "pierre", "kenji", "ana", "lars", "priya", "tom", "sofia"]
LAST = ["smith", "garcia", "zhang", "khan", "ivanova", "dubois", "tanaka", "silva", "nielsen", "patel", "lee"]
DOMAINS = ["gmail.com", "yahoo.co.uk", "outlook.com", "mail.example.org", "uni-heidelberg.de", "company.io",
           "hotmail.fr", "protonmail.ch", "dept.ox.ac.uk", "web.de"]


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    """A number of `length` digits starting with `prefix` whose last digit makes the Luhn sum divisible by 10."""
    body = prefix + "".join(rng.choice(string.digits) for _ in range(length - len(prefix) - 1))
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # these digits are doubled once the check digit is appended
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return body + str((10 - total % 10) % 10)


def iban(country: str, bban: str) -> str:
    """ISO 13616: check digits 98 − (BBAN + country + 00, letters as 10–35) mod 97."""
    digits = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{country}{98 - int(digits) % 97:02d}{bban}"


def ccc_digit(digits10: str) -> str:
    """A Spanish account code (CCC) control digit: weights 1, 2, 4, 8, 5, 10, 9, 7, 3, 6; 11 − sum mod 11."""
    value = 11 - sum(int(d) * w for d, w in zip(digits10, (1, 2, 4, 8, 5, 10, 9, 7, 3, 6))) % 11
    return {11: "0", 10: "1"}.get(value, str(value))


def spanish_bban(rng: random.Random) -> str:
    bank_branch, account = digits(rng, 8), digits(rng, 10)
    return bank_branch + ccc_digit("00" + bank_branch) + ccc_digit(account) + account


def cpf(rng: random.Random) -> str:
    base = [rng.randrange(10) for _ in range(9)]
    for n in (10, 11):
        s = sum(d * w for d, w in zip(base, range(n, 1, -1)))
        base.append(0 if s % 11 < 2 else 11 - s % 11)
    d = "".join(map(str, base))
    return f"{d[:3]}.{d[3:6]}.{d[6:9]}-{d[9:]}"


def grouped(value: str, size: int = 4, sep: str = " ") -> str:
    return sep.join(value[i:i + size] for i in range(0, len(value), size))


def digits(rng: random.Random, n: int, first: str = string.digits) -> str:
    return rng.choice(first) + "".join(rng.choice(string.digits) for _ in range(n - 1))


# --- planted personal data: (kind, value, region hint or None) ------------------------------------------------
def email(rng: random.Random) -> str:
    user = rng.choice([f"{rng.choice(FIRST)}.{rng.choice(LAST)}", f"{rng.choice(FIRST)}{rng.randrange(10, 99)}",
                       f"{rng.choice(FIRST)[0]}{rng.choice(LAST)}", f"{rng.choice(FIRST)}+news"])
    domain = rng.choice(DOMAINS)
    form = rng.randrange(8)
    if form == 0:
        return f"{user} [at] {domain.replace('.', ' [dot] ')}"
    if form == 1:
        return f"{user}(at){domain}"
    if form == 2:
        return f"{user.upper()} AT {domain.upper().replace('.', ' DOT ')}"
    if form == 3:
        return f"{user} {{at}} {domain}"
    if form == 4:
        return f"{user.capitalize()}@{domain.upper()}"
    return f"{user}@{domain}"


def phone(rng: random.Random) -> tuple[str, str]:
    """A phone number and the region a document holding it would be read in (its national form only makes
    sense there; international forms are found anywhere)."""
    us_area = rng.choice(["212", "415", "312", "617", "206", "303", "512", "404", "702", "646"])
    forms = [
        ("US", f"({us_area}) {digits(rng, 3, '23456789')}-{digits(rng, 4)}"),
        ("US", f"{us_area}-{digits(rng, 3, '23456789')}-{digits(rng, 4)}"),
        ("US", f"+1 {us_area} {digits(rng, 3, '23456789')} {digits(rng, 4)}"),
        ("GB", f"020 7{digits(rng, 3)} {digits(rng, 4)}"),
        ("GB", f"+44 7{rng.choice('45789')}{digits(rng, 2)} {digits(rng, 6)}"),
        ("DE", f"030 {digits(rng, 8, '123456789')}"),
        ("DE", f"+49 151 {digits(rng, 8)}"),
        ("FR", f"0{rng.choice('12345')} {' '.join(digits(rng, 2) for _ in range(4))}"),
        ("FR", f"+33 6 {' '.join(digits(rng, 2) for _ in range(4))}"),
        ("JP", f"03-{digits(rng, 4)}-{digits(rng, 4)}"),
        ("JP", f"+81 90-{digits(rng, 4, '123456789')}-{digits(rng, 4)}"),
        ("IN", f"+91 {rng.choice('6789')}{digits(rng, 4)} {digits(rng, 5)}"),
        ("BR", f"+55 11 9{digits(rng, 4)}-{digits(rng, 4)}"),
        ("BR", f"(21) 9{digits(rng, 4)}-{digits(rng, 4)}"),
    ]
    region, value = rng.choice(forms)
    import phonenumbers  # numbering-plan facts only: a drawn number is kept when its range is allocated

    if not phonenumbers.is_valid_number(phonenumbers.parse(value, region)):
        return phone(rng)
    return value, region


def public_ipv4(rng: random.Random) -> str:
    """A public host address: global unicast (Python counts the multicast groups 224/4 as global)."""
    while True:
        value = ".".join(str(rng.randrange(1, 255)) for _ in range(4))
        if ipaddress.ip_address(value).is_global and not ipaddress.ip_address(value).is_multicast:
            return value


def public_ipv6(rng: random.Random) -> str:
    groups = [rng.choice(["2a00", "2a03", "2606", "2607", "2001:4860", "2c0f"])] + [
        f"{rng.randrange(0, 0xffff):x}" for _ in range(3)]
    full = groups + [f"{rng.randrange(0, 0xffff):x}" for _ in range(8 - len(":".join(groups).split(":")))]
    value = ":".join(full)
    if rng.random() < 0.4:  # compressed form with ::
        head = ":".join(value.split(":")[:4])
        value = f"{head}::{rng.randrange(1, 0xffff):x}"
    return value


def card(rng: random.Random) -> str:
    network = rng.choice([("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16),
                          ("3530", 16), ("4", 13)])
    number = luhn_complete(*network, rng)
    if len(number) == 15:  # American Express prints 4-6-5
        parts = [number[:4], number[4:10], number[10:]]
    else:
        parts = [number[i:i + 4] for i in range(0, len(number), 4)]
    return rng.choice([" ", "-", ""]).join(parts)


def iban_value(rng: random.Random) -> str:
    country, bban = rng.choice([
        ("DE", digits(rng, 18)), ("GB", "NWBK" + digits(rng, 14)), ("FR", digits(rng, 23)),
        ("ES", spanish_bban(rng)), ("NL", "ABNA" + digits(rng, 10)), ("IT", "X" + digits(rng, 22))])
    value = iban(country, bban)
    return grouped(value) if rng.random() < 0.7 else value


def national_id(rng: random.Random) -> str:
    if rng.random() < 0.5:  # US SSN: area 001–665, 667–899; group 01–99; serial 0001–9999
        area = rng.choice([a for a in range(1, 900) if a != 666])
        return f"{area:03d}-{rng.randrange(1, 100):02d}-{rng.randrange(1, 10000):04d}"
    return cpf(rng)


def secret(rng: random.Random) -> str:
    alnum = string.ascii_letters + string.digits
    kind = rng.randrange(3)
    if kind == 0:
        return "AKIA" + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16))
    if kind == 1:
        return "ghp_" + "".join(rng.choice(alnum) for _ in range(36))
    body = "\n".join("".join(rng.choice(alnum + "+/") for _ in range(64)) for _ in range(3))
    return f"-----BEGIN RSA PRIVATE KEY-----\n{body}\n-----END RSA PRIVATE KEY-----"


TEMPLATES = {
    "email": ["Contact us at {v} for details.", "Email: {v}", "You can write to me ({v}) any time.",
              "Send your CV to {v}."],
    "phone": ["Call {v} to book.", "Tel.: {v}", "Questions? Phone us on {v}, Monday to Friday.", "Mobile {v}"],
    "ip": ["The request came from {v} at noon.", "Blocked host: {v}", "Ping {v} to test the route."],
    "card": ["My card number is {v}, expiry 09/27.", "Charge it to {v} please.", "Card: {v}"],
    "iban": ["Please transfer to IBAN {v}.", "Bank details: {v} (BIC on request)", "IBAN: {v}"],
    "national_id": ["SSN/CPF on file: {v}.", "ID number {v}", "Her tax id is {v}."],
    "secret": ["export AWS_ACCESS_KEY_ID={v}", "token = \"{v}\"", "{v}"],
}


def lookalike(rng: random.Random) -> tuple[str, str]:
    """A string that resembles personal data and is not, with its name."""
    choices = {
        "version": lambda: f"Upgrade to version {rng.randrange(1, 20)}.{rng.randrange(0, 10)}.{rng.randrange(0, 30)}"
                           f".{rng.randrange(0, 300)} today.",
        "version_v": lambda: f"Build v{rng.randrange(1, 12)}.{rng.randrange(0, 9)}.{rng.randrange(100, 30000)}"
                             f".{rng.randrange(1, 2000)} is out.",
        "date": lambda: rng.choice([f"on {rng.randrange(1990, 2030)}-{rng.randrange(1, 13):02d}-"
                                    f"{rng.randrange(1, 29):02d}", f"on {rng.randrange(1, 29):02d}.{rng.randrange(1, 13):02d}."
                                    f"{rng.randrange(1990, 2030)}", f"due {rng.randrange(1, 13):02d}/{rng.randrange(1, 29):02d}/"
                                    f"{rng.randrange(1990, 2030)}"]),
        "price": lambda: rng.choice([f"It costs ${rng.randrange(1, 99)},{rng.randrange(100, 999)}.{rng.randrange(10, 99)}.",
                                     f"Preis: {rng.randrange(1, 999)}.{rng.randrange(100, 999)},{rng.randrange(10, 99)} €",
                                     f"Total: USD {rng.randrange(1000, 9999999)}"]),
        "isbn": lambda: f"ISBN {rng.choice(['978-0-306-40615-7', '978-3-16-148410-0', '978-1-4028-9462-6', '0-306-40615-2', '9780262033848'])}",
        "uuid": lambda: f"request id {uuid.UUID(int=rng.getrandbits(128), version=4)}",
        "hash": lambda: rng.choice([f"commit {rng.getrandbits(160):040x}", f"md5 {rng.getrandbits(128):032x}",
                                    f"sha256:{rng.getrandbits(256):064x}"]),
        "timestamp": lambda: rng.choice([f"at {rng.randrange(2000, 2030)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
                                         f"T{rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}Z",
                                         f"logged at {rng.randrange(24):02d}:{rng.randrange(60):02d}:{rng.randrange(60):02d}"
                                         f".{rng.randrange(1000):03d}", f"epoch {rng.randrange(1_000_000_000, 1_900_000_000)}",
                                         f"ts={rng.randrange(1_000_000_000_000, 1_900_000_000_000)}"]),
        "coordinates": lambda: rng.choice([f"located at {rng.uniform(-90, 90):.4f}, {rng.uniform(-180, 180):.4f}",
                                           f"{rng.uniform(0, 90):.4f}° N, {rng.uniform(0, 180):.4f}° W",
                                           f"GPS: {rng.uniform(-90, 90):.6f} {rng.uniform(-180, 180):.6f}"]),
        "math": lambda: rng.choice([f"{rng.randrange(100, 999)} × {rng.randrange(1000, 9999)} = {rng.randrange(10**5, 10**7)}",
                                    f"1 + 2 + 3 + … + {rng.randrange(100, 999)} = {rng.randrange(10**4, 10**6)}",
                                    "pi ≈ 3.14159265358979", f"x = {rng.randrange(1000, 9999)} {rng.randrange(1000, 9999)} "
                                    f"{rng.randrange(1000, 9999)} (mod 7)"]),
        "private_ip": lambda: rng.choice([f"router at 192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                                          f"host 10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                                          "localhost 127.0.0.1", "link-local fe80::1ff:fe23:4567:890a"]),
        "not_luhn": lambda: f"order {_luhn_broken(rng)}",
        "mac": lambda: "MAC " + ":".join(f"{rng.randrange(256):02x}" for _ in range(6)),
        "code": lambda: rng.choice(["std::vector<int> v;", "a::b::c()", "see RFC 3986 §3.2.2", "decorator @property"]),
    }
    name = rng.choice(list(choices))
    return name, choices[name]()


def _luhn_broken(rng: random.Random) -> str:
    number = luhn_complete("4", 16, rng)
    wrong = str((int(number[-1]) + rng.randrange(1, 10)) % 10)
    return grouped(number[:-1] + wrong)


GENERATORS = {"email": email, "ip": lambda r: public_ipv4(r) if r.random() < 0.6 else public_ipv6(r),
              "card": card, "iban": iban_value, "national_id": national_id, "secret": secret}


def base_documents(per_source: int) -> list[dict]:
    """Real text: C4 web documents (English) and SFT/preference messages (English and Chinese)."""
    docs = []
    with open(SAMPLE / "c4_demo.jsonl", encoding="utf-8") as handle:
        docs += [{"source": "c4", "language": "en", "text": json.loads(line)["text"]}
                 for line in list(handle)[:per_source]]
    for name, language in (("alpaca_en.json", "en"), ("alpaca_zh.json", "zh")):
        records = json.loads((SAMPLE / "sft" / name).read_text(encoding="utf-8"))[:per_source]
        docs += [{"source": f"sft:{name}", "language": language,
                  "text": "\n\n".join(filter(None, (r["instruction"], r["input"], r["output"])))} for r in records]
    for name in ("sharegpt_fastchat.json",):
        records = json.loads((SAMPLE / "sft" / name).read_text(encoding="utf-8"))[:per_source]
        docs += [{"source": f"sft:{name}", "language": "en", "text": turn["value"]}
                 for r in records for turn in r["conversations"][:2]]
    with gzip.open(SAMPLE / "preference" / "hh_rlhf_harmless.jsonl.gz", "rt", encoding="utf-8") as handle:
        docs += [{"source": "preference:hh_rlhf", "language": "en", "text": json.loads(line)["chosen"]}
                 for line in list(handle)[:per_source]]
    return [d for d in docs if d["text"].strip()]


LANGUAGE_REGION = {"en": "US", "zh": "CN"}  # where a document without a URL reads national numbers
TLD = {"GB": "uk"}
CALLING_CODE = {"US": "1", "GB": "44", "DE": "49", "FR": "33", "JP": "81", "IN": "91", "BR": "55"}


def region_of(url: str) -> str:
    tld = url.split("/")[2].rsplit(".", 1)[-1]
    return "GB" if tld == "uk" else tld.upper()


def plant(doc: dict, rng: random.Random) -> dict:
    """The document with pieces of PII and look-alikes inserted between its paragraphs, and their spans."""
    inserts = []  # (sentence, [(start within sentence, end, kind or None, name)])
    url = None
    if rng.random() < 0.4:  # a page of another country: its national numbers are read by its URL's TLD
        region = rng.choice(["GB", "DE", "FR", "JP", "IN", "BR"])
        url = f"https://www.example.{TLD.get(region, region.lower())}/contact"
    doc_region = region_of(url) if url else LANGUAGE_REGION[doc["language"]]
    for _ in range(rng.randrange(4)):
        kind = rng.choice(["email", "phone", "ip", "card", "iban", "national_id", "secret", "email", "phone"])
        if kind == "phone":
            value, region = phone(rng)
            if region != doc_region and not value.startswith("+"):  # read elsewhere: written internationally
                value = f"+{CALLING_CODE[region]} {value.lstrip('0(').replace(')', '')}"
        else:
            value = GENERATORS[kind](rng)
        template = rng.choice(TEMPLATES[kind])
        start = template.index("{v}")
        inserts.append((template.replace("{v}", value), [(start, start + len(value), kind, kind)]))
    for _ in range(rng.randrange(4)):
        name, sentence = lookalike(rng)
        inserts.append((sentence, [(0, len(sentence), None, name)]))
    rng.shuffle(inserts)
    paragraphs = doc["text"].split("\n")
    spans, pieces, position = [], [], 0
    slots = sorted(rng.randrange(len(paragraphs) + 1) for _ in inserts)
    chunks = []
    for i, paragraph in enumerate(paragraphs):
        chunks += [("insert", inserts[k]) for k, slot in enumerate(slots) if slot == i]
        chunks.append(("text", paragraph))
    chunks += [("insert", inserts[k]) for k, slot in enumerate(slots) if slot == len(paragraphs)]
    for what, item in chunks:
        if pieces:
            pieces.append("\n")
            position += 1
        if what == "text":
            pieces.append(item)
            position += len(item)
            continue
        sentence, marks = item
        spans += [{"start": position + s, "end": position + e, "kind": k, "name": n} for s, e, k, n in marks]
        pieces.append(sentence)
        position += len(sentence)
    return {**doc, "url": url, "text": "".join(pieces), "spans": spans}


def evaluate(docs: list[dict], finder: PiiFinder, reviewed: dict[str, str]) -> tuple[dict, Counter, list]:
    """Per kind: planted, recalled (a found span of the kind covers it), true and false hits; look-alike hits by
    name; hits on the unlabelled text (listed; those in `reviewed` count as neither right nor wrong)."""
    result: dict[str, Counter] = defaultdict(Counter)
    lookalike_hits: Counter = Counter()
    natural = []
    for doc in docs:
        regions = phone_regions(doc.get("language"), doc.get("url"), "US")
        found = finder.find(doc["text"], regions)
        planted = [s for s in doc["spans"] if s["kind"] is not None]
        for s in planted:
            result[s["kind"]]["planted"] += 1
            covered = any(f.kind == s["kind"] and f.start <= s["start"] and f.end >= s["end"] for f in found)
            result[s["kind"]]["recalled"] += covered
        for f in found:
            if any(s["kind"] == f.kind and f.start < s["end"] and f.end > s["start"] for s in planted):
                result[f.kind]["true_hits"] += 1
                continue
            value = doc["text"][f.start:f.end]
            looks = [s["name"] for s in doc["spans"] if s["kind"] is None and f.start < s["end"] and f.end > s["start"]]
            if looks:
                lookalike_hits[looks[0]] += 1
            elif not any(f.start < s["end"] and f.end > s["start"] for s in planted):
                natural.append((f.kind, value, doc["source"]))
                if value in reviewed:
                    continue
            result[f.kind]["false_hits"] += 1
    return result, lookalike_hits, natural


def independent_sets() -> dict[str, list[dict]]:
    """The sets built without this code (bench/pii_sets, bench/pii_heldout: their READMEs), in this file's shape:
    planted spans with their kind, look-alikes with kind None."""
    sets = {}
    for path in sorted((ROOT / "bench").glob("pii_*/*.jsonl")):
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        if not rows or "text" not in rows[0]:
            continue
        sets[f"{path.parent.name}/{path.name}"] = [
            {"source": path.name, "language": r.get("language"), "url": r.get("url"), "text": r["text"],
             "spans": r["spans"] + [{**look, "kind": None} for look in r.get("lookalikes", [])]} for r in rows]
    labels = ROOT / "bench" / "pii_sets" / "c4_natural.jsonl"
    if labels.exists():
        c4 = [json.loads(line)["text"] for line in open(SAMPLE / "c4_demo.jsonl", encoding="utf-8")]
        spans: dict[int, list[dict]] = defaultdict(list)
        for name in ("c4_natural.jsonl", "c4_natural_lookalikes.jsonl"):
            for line in (labels.parent / name).read_text(encoding="utf-8").splitlines():
                label = json.loads(line)
                spans[label["doc"]].append(label)
        sets["pii_sets/c4_natural (hand labels)"] = [
            {"source": "c4", "language": "en", "url": None, "text": text, "spans": spans.get(i, [])}
            for i, text in enumerate(c4)]
    return sets


def report(name: str, docs: list[dict], finder: PiiFinder, reviewed: dict[str, str]) -> None:
    result, lookalike_hits, natural = evaluate(docs, finder, reviewed)
    looks = Counter(s["name"] for d in docs for s in d["spans"] if s["kind"] is None)
    print(f"\n{name}: {len(docs)} documents, {sum(r['planted'] for r in result.values())} labelled, "
          f"{sum(looks.values())} look-alikes")
    print("| kind | labelled | recall | precision | false hits |")
    print("|---|---|---|---|---|")
    for kind in ("email", "ip", "card", "iban", "phone", "national_id", "secret"):
        r = result[kind]
        if not r["planted"] and not r["false_hits"]:
            continue
        hits = r["true_hits"] + r["false_hits"]
        precision = f"{r['true_hits'] / hits:.3f}" if hits else "—"
        recall = f"{r['recalled'] / r['planted']:.3f}" if r["planted"] else "—"
        print(f"| {kind} | {r['planted']} | {recall} | {precision} | {r['false_hits']} |")
    hit = {name: n for name, n in lookalike_hits.items() if n}
    print(f"look-alikes hit: {hit or 'none'} (of {sum(looks.values())})")
    for kind, value, source in natural:
        status = "reviewed: real" if value in reviewed else "counted as false"
        print(f"  hit on unlabelled text ({status}): {kind} {value!r} in {source}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs-per-source", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--write", help="write this script's planted set here (JSONL: text, url, language, spans)")
    args = parser.parse_args()
    rng = random.Random(args.seed)
    docs = [plant(doc, rng) for doc in base_documents(args.docs_per_source)]
    if args.write:
        with open(args.write, "w", encoding="utf-8") as handle:
            for doc in docs:
                handle.write(json.dumps(doc, ensure_ascii=False) + "\n")
    finder = PiiFinder(PiiParams())
    report(f"planted here (seed {args.seed})", docs, finder, REVIEWED_NATURAL)
    for name, rows in independent_sets().items():
        report(name, rows, finder, REVIEWED_NATURAL)  # the same real texts recur (the Alpaca sample)


if __name__ == "__main__":
    main()
