"""pii_v1: personal data found by the libraries that know each kind, replaced in web documents and in every
message of SFT records, counted in the ledger, stats and card, and absent from everything a run writes."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.dataset as ds
import pyarrow.parquet as pq
import pytest

from curate.config import ConfigError, parse_config
from curate.driver.run import run
from filters.pii import PiiFinder, PiiParams, phone_regions
from tests.conftest import ROOT, chat_config

PII_SETS = ROOT / "bench" / "pii_sets"


def redact(text: str, region: str = "US", **params) -> str:
    return PiiFinder(PiiParams(**params)).redact(text, region)[0]


@pytest.mark.parametrize("text, expected", [
    ("Write to jane.doe+news@mail.example.org today.", "Write to <EMAIL> today."),
    ("mail: jane [at] example [dot] com", "mail: <EMAIL>"),
    ("JANE AT EXAMPLE DOT CO DOT UK wrote", "<EMAIL> wrote"),
    ("from 8.8.4.4, and 2001:4860:4860::8844.", "from <IP>, and <IP>."),
    ("card 4111-1111-1111-1111 exp 09/27", "card <CARD> exp 09/27"),
    ("amex 3782 822463 10005!", "amex <CARD>!"),
    ("IBAN DE89 3704 0044 0532 0130 00 (EUR)", "IBAN <IBAN> (EUR)"),
    ("SSN 536-90-4399; CPF 111.444.777-35", "SSN <NATIONAL_ID>; CPF <NATIONAL_ID>"),
    ("call (415) 555-2671 or +44 20 7946 0958", "call <PHONE> or <PHONE>"),
    ("AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE", "AWS_ACCESS_KEY_ID=<SECRET>"),
    ("-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n-----END OPENSSH PRIVATE KEY-----\nok", "<SECRET>\nok"),
    ("https://admin:s3cr3t-pw@db.example.com/x", "https://admin:<SECRET>@db.example.com/x"),
])
def test_each_kind_is_replaced_as_people_write_it(text, expected):
    assert redact(text) == expected


@pytest.mark.parametrize("text", [
    "Upgrade to version 10.0.19041.1 now", "router at 192.168.0.1 and localhost 127.0.0.1, fe80::1",
    "ISBN 978-3-16-148410-0", "on 2024-03-15T10:30:00Z", "dated 15.03.2024", "total $1,299.99", "48.8566, 2.3522",
    "id 123e4567-e89b-12d3-a456-426614174000", "sha1 da39a3ee5e6b4b0d3255bfef95601890afd80709",
    "order 4111 1111 1111 1112", "std::vector<int> v; a::b()", "MAC 00:1a:2b:3c:4d:5e", "Ruddington 169-10",
    "12:30:45", "CAS 7732-18-5", "x = 1234 5678 9012 (mod 7)", "meet me at home dot com", "@property",
    # code and URLs (a reviewer's finds)
    "out = x @ self.weight.T", "x = y @ np.linalg.inv(z)", "logo@2x.png", "https://medium.com/@jane.doe/my-post",
    "LOOK AT WWW.EXAMPLE.COM", "Chrome/120.0.0.0", "section 1.2.3.4", "version: 2.0.0.1", "cd $(pwd)/build",
    "def check_password_strength(pw):", "PASSWORD_HASHERS = []", "api_key = os.environ['API_KEY']",
    "password = getpass.getpass()", "secret_key = settings.SECRET_KEY", "password is required",
    "x = 2341 2341 2346", "994993 × 12859 = 12794614987", "App version - 124.0.6225.184",
    # barcodes: a 13-digit EAN can pass Luhn and start like a Visa number
    "* EAN 4006003110940.", "GTIN: 4019481528251;",
])
def test_look_alikes_are_left_alone(text):
    assert redact(text) == text


@pytest.mark.parametrize("text, expected", [
    ("The file starts with -----BEGIN RSA PRIVATE KEY----- and is PEM encoded.",  # no END: the rest stays
     "The file starts with <SECRET> and is PEM encoded."),
    ("password = 'changeme'", "password = '<SECRET>'"),
    ("Aadhaar: 2341 2341 2346", "Aadhaar: <NATIONAL_ID>"),
    ("Login from 2606:4700:2c27:7b48:c207:24:37.91.220.138 blocked", "Login from <IP> blocked"),
    ("write to maria.rossi @ free . fr or zofia.silva at research dot tudelft dot nl", "write to <EMAIL> or <EMAIL>"),
    # a bracketed "@", and a spaced "@" before a plain domain with a common or a country ending
    ('smtp_from = "thomas-moreau[@]orange.fr"', 'smtp_from = "<EMAIL>"'),
    ("escreva para almeida.beatriz @ gmail.com.", "escreva para <EMAIL>."),
    ("Email: sergio_sanchez91 @ outlook.es", "Email: <EMAIL>"),
    # matrix products in code stay: no country or common ending, or a call follows
    ("h = attn @ value.view(b, t, c)", None),
    ("y = x @ W.T + b; scores = q @ k.transpose(-2, -1)", None),
    # a stand-in for "@" the same line says to replace; "(a)"; internationalised (punycode) domains
    ("E-mail: dchen90+amazon#icloud.com (replace # with @)", "E-mail: <EMAIL> (replace # with @)"),
    ("E-mail：fang.wang#pku.edu.cn（请把#换成@）", "E-mail：<EMAIL>（请把#换成@）"),
    ("渡辺 直樹 (watanaben★u-tokyo.ac.jp（★を@に変えてください）", "渡辺 直樹 (<EMAIL>（★を@に変えてください）"),
    ("Ayşe Kaya (a.kaya (a) boun.edu.tr)", "Ayşe Kaya (<EMAIL>)"),
    ("* woosung.jung@xn--9d0bz8q8rduso.xn--3e0b707e", "* <EMAIL>"),
    ("dkuznetsov64 @ xn--e1ahdbdflckekmk.xn--p1ai", "<EMAIL>"),
    # no instruction, or not a stand-in: left alone
    ("issue #1234 in repo#main.py was fixed", None),
    ("Which one is a search engine? (a) google.com (b) wikipedia.org", None),
    # mailing-list archives (pipermail's "at" on the address line, Hypermail's "_at_"), GitHub's bot addresses
    ("Emily Carter\nemilycarter at gmail.com\nSun Nov 1 10:00:00 2023", "Emily Carter\n<EMAIL>\nSun Nov 1 10:00:00 2023"),
    ("From: Megan Clark (megan.clark_at_protonmail.com)", "From: Megan Clark (<EMAIL>)"),
    ("Author: renovate[bot] <29139614+renovate[bot]@users.noreply.github.com>", "Author: renovate[bot] <<EMAIL>>"),
    ("open 24/7 at www.example-design.com and on weekends", None),
    # a mail's own id is not a person's address; a diff's decorator is not either
    ("In-Reply-To: <CAAQzk6T=IJQX3cTr9Jv8X_VRRPPMNoU6omtWp3R4rPD@mail.gmail.com>", None),
    ("postfix/cleanup[1490]: 80B37B2B611: message-id=<20231110163306.0F49CCB@mail.example.com>", None),
    ("-- \nJohn Miller\n<84edddc371599120.f7f8ad8b@lists.example.com.my>", None),
    ("+@app.route\n def index():", None),
    # an IPv6 address and its port as Apache logs them; an international number dialled with 00; a RuPay card
    ("[core:error] [pid 43948] [client 2a03:2880:f607:b165::3fc:53188] AH01276", "[core:error] [pid 43948] [client <IP>:53188] AH01276"),
    ("Phone: 0039 333 668 7606", "Phone: <PHONE>"),
    ("কার্ড নম্বর: 6073-4868-8093-0938  02/28", "কার্ড নম্বর: <CARD>  02/28"),
    ("out = (h @ W.ca) + b", None),
    # at and dot words of more languages, a country suffix after a spelled ending, "#" before a free-mail domain
    # or after an e-mail label
    ("E-mail: info [zavináč] cerny-stavby [tečka] cz", "E-mail: <EMAIL>"),
    ("Thảo · thao.pham [at] gmail [chấm] com · WA", "Thảo · <EMAIL> · WA"),
    ("Ankara · elif.ozturk24 [at] yahoo [nokta] com.tr", "Ankara · <EMAIL>"),
    ("E: support AT wilsondental DOT co.uk", "E: <EMAIL>"),
    ("Manchester M14 5RW\tbilling at davisautorepair dot co.uk\tHours", "Manchester M14 5RW\t<EMAIL>\tHours"),
    ("微信同号。\nchenjing1975#163.com", "微信同号。\n<EMAIL>"),
    ("Email：kefu#huangji.com.cn", "Email：<EMAIL>"),
    ("see commit abc#main.py and issue#12.html", None),
    # an SSH remote and an iCalendar UID are no mailboxes
    ("git remote -v → git@github.com:acme/app.git", None),
    ("UID:3909f05b-d91c-40fc-8a50-dad52606b973@google.com", None),
    # Mir and Troy cards; a firewall rule's address; a national number before the next international one
    ("Оплата переводом на карту 2202 6269 1083 3833", "Оплата переводом на карту <CARD>"),
    ("Kredi Kartı 9792 3818 4975 0911", "Kredi Kartı <CARD>"),
    ("$ sudo ufw allow from 5.13.98.168 to any port 22", "$ sudo ufw allow from <IP> to any port 22"),
    # pii_unseen9: Portuguese "ponto", a capitalised name in prose; addresses in web logs, fail2ban, Kubernetes YAML
    ("E-mail: joao.silva(arroba)gmail(ponto)com", "E-mail: <EMAIL>"),
    ("Email: John.Smith at yahoo dot co.uk", "Email: <EMAIL>"),
    ('13.32.245.30 - - [12/Mar/2024:21:49:52 +0000] "GET / HTTP/1.1" 200', '<IP> - - [12/Mar/2024:21:49:52 +0000] "GET / HTTP/1.1" 200'),
    ("fail2ban.actions [1196]: NOTICE [sshd] Ban 17.2.130.34", "fail2ban.actions [1196]: NOTICE [sshd] Ban <IP>"),
    ("  loadBalancerIP: 13.32.91.63\n  externalIPs:\n  - 13.32.201.160\n", "  loadBalancerIP: <IP>\n  externalIPs:\n  - <IP>\n"),
    ("13.32.46.182 (router 192.168.8.226)", "<IP> (router 192.168.8.226)"),
    # a date with its time is no phone number; a list of versions stays
    ("Appuntamento: 02.10.2024 07:30", None),
    ("supported:\n  - 3.4.145.241\n  - 3.5.1.7\n", None),
    # pii_unseen10: at and dot words in prose (tr, fi, ro, cs, el; an upper-case AT with lower-case dots)
    ("mehmet-kaya et gmail nokta com", "<EMAIL>"),
    ("<p>korhonenj ät luukku piste com · <a href", "<p><EMAIL> · <a href"),
    ("raluca.popa arond yahoo punct com", "<EMAIL>"),
    ("pavel_cerny zavinac post tecka cz", "<EMAIL>"),
    ("Email: dimitris70 παπάκι ktimatiki-papadopoulos τελεία gr", "Email: <EMAIL>"),
    ("emily.sinclair AT bigpond dot com", "<EMAIL>"),
    ("Pierre et Marie point com", None),
    # a CIDR block names a network (host bits zero); an interface address and a /32 name a host
    ("    set_real_ip_from 58.14.128.0/20;", None),
    ("-A INPUT -s 78.19.170.0/24 -j DROP", None),
    ("route 2a03:2880:f000::/36 via gateway", None),
    ("addresses: [67.30.107.19/27]", "addresses: [<IP>/27]"),
    ("-A INPUT -s 78.19.170.5/32 -j DROP", "-A INPUT -s <IP>/32 -j DROP"),
])
def test_harder_forms(text, expected):
    assert redact(text) == (text if expected is None else expected)


def test_national_numbers_in_more_languages_without_a_url():
    assert redact("Simu: 0713375763", phone_regions("sw", None, "US")[0]) == "Simu: <PHONE>"
    # a CSV's next field is no decimal part; a number led by its trunk prefix is no version
    assert redact("Vũ Văn An,0327.281.923,02/09/2023", "VN") == "Vũ Văn An,<PHONE>,02/09/2023"
    assert redact("92827\tIoana Răducanu\t031.219.52.61\t2020-04-13", "RO") == \
        "92827\tIoana Răducanu\t<PHONE>\t2020-04-13"
    # no phone numbers: private addresses, coordinates, a Czech date with its time, a millisecond timestamp
    assert redact("Require ip 192.168.76.0/24", "CN") == "Require ip 192.168.76.0/24"
    assert redact("Received: from [172.26.164.233] by", "CN") == "Received: from [172.26.164.233] by"
    assert redact('"geo": "-30.204765, 124.885476"', "DK") == '"geo": "-30.204765, 124.885476"'
    assert redact("📍 22.299153, 102.692991", "DK") == "📍 22.299153, 102.692991"
    assert redact("per info 345.0567286 oppure", "IT") == "per info <PHONE> oppure"
    assert redact("23. 8. 2019 21:47, Jan Novák napsal(a):", "CZ") == "23. 8. 2019 21:47, Jan Novák napsal(a):"
    assert redact('{"t_ms":1688384516674}', "DE") == '{"t_ms":1688384516674}'
    assert redact("Telefon: 012-370 0551", phone_regions("ms", None, "US")[0]) == "Telefon: <PHONE>"


def test_a_national_number_before_an_international_one_is_no_sum():
    assert redact("تلفون: (03) 4328111\t+20 115 397 0930", "EG") == "تلفون: <PHONE>\t<PHONE>"
    assert redact("994993 + 12859 = 1007852", "EG") == "994993 + 12859 = 1007852"


@pytest.mark.parametrize("text, expected", [
    # an address: a port, a scheme or a word about networks beside it outweighs a word about software
    ("Our build server sits at 79.209.173.17:25565 for now.", "Our build server sits at <IP>:25565 for now."),
    ("release notes at ftp://138.128.115.22/pub", "release notes at ftp://<IP>/pub"),
    ("the firewall blocked 13.4.77.201 yesterday", "the firewall blocked <IP> yesterday"),
    ("mirror 91.198.174.192 is down", "mirror <IP> is down"),
    # a version: a software word nearer than any network word, a version column, a small major.minor
    ("Update the router firmware to version 5.12.33.70 first.", None),
    ("当前Build为 18.2.110.232。", None),
    ("id,build\n398,20.5.199.124", None),
    ("We shipped 3.4.145.241 last week.", None),
])
def test_addresses_and_versions_are_told_apart_by_their_context(text, expected):
    assert redact(text) == (text if expected is None else expected)


@pytest.mark.parametrize("text, expected", [
    # Chinese and Japanese text puts numbers right beside Han and Kana, and glues labels to values
    ("我的信用卡号是5364 1840 5227 1633。", "我的信用卡号是<CARD>。"),
    ("身份证号码11010519491231002X，请核对", "身份证号码<NATIONAL_ID>，请核对"),
    ("请汇款到IBANDE89 3704 0044 0532 0130 00备注订单号。", "请汇款到IBAN<IBAN>备注订单号。"),
    ("来自IP68.102.50.197的请求已被拦截。", "来自IP<IP>的请求已被拦截。"),
    ("又是88.177.30.225，这周第三次了。", "又是<IP>，这周第三次了。"),
    ("我的邮箱是office at hotmail dot es，欢迎联系。", "我的邮箱是<EMAIL>，欢迎联系。"),
    ("お問い合わせ: s.takahashi＠hikari-juku.jp まで", "お問い合わせ: <EMAIL> まで"),
    ("ご質問は naomikobayashi（アット）yahoo.co.jp まで。", "ご質問は <EMAIL> まで。"),
    # e-mail obfuscations in other languages, bracketed and in prose
    ("Mail an schaefer.felix (ät) posteo (punkt) de bis Freitag", "Mail an <EMAIL> bis Freitag"),
    ("écrire à rgirard [arobase] garage-dupont [point] be, merci", "écrire à <EMAIL>, merci"),
    ("Эл. почта: pavel.sokolov+shop(собака)list.ru", "Эл. почта: <EMAIL>"),
    ("escríbenos al correo administracion arroba hostal-la-plaza punto es.", "escríbenos al correo <EMAIL>."),
    ("it should hit theaters at some point in 2015", None),
    # a Maestro card
    ("Card number 5020 8983 2111 5240, expiry 09/27", "Card number <CARD>, expiry 09/27"),
    # a number after its label is that number, whatever its shape
    ("<tr><th>order no.</th><td>2023-222953</td></tr>", None),
    ("[11:46] Chloe: invoice no. 2022-12-0788", None),
])
def test_numbers_beside_han_and_after_their_labels(text, expected):
    assert redact(text, "CN") == (text if expected is None else expected)


def test_national_numbers_are_read_in_the_region_of_the_url_then_the_language():
    assert phone_regions("en", "https://www.beispiel.de/impressum", "US") == ("DE",)
    assert phone_regions("en", "https://shop.example.co.uk/", "US") == ("GB",)
    assert phone_regions("fr", "https://example.com/", "US") == ("FR", "BE", "CH")
    assert phone_regions("en", None, "US") == ("US", "GB")  # English pages without a country: both
    assert phone_regions(None, None, "US") == ("US",)
    text = "Tel. 030 12345678"
    assert redact(text, "DE") == "Tel. <PHONE>"
    assert redact(text, "US") == text  # a Berlin number without +49 is no US number


def test_hash_mode_is_keyed_and_keeps_equal_values_equal():
    params = PiiParams(mode="hash")
    one, other = PiiFinder(params, b"key-one"), PiiFinder(params, b"key-two")
    text = "a@example.com and a@example.com and b@example.com"
    hashed = one.redact(text)[0]
    first, second, third = hashed.split(" and ")
    assert first == second != third and first.startswith("<EMAIL:") and "example" not in hashed
    assert other.redact(text)[0] != hashed
    same = one.redact("A@Example.COM, a [at] example [dot] com")[0].split(", ")  # one address, written two ways
    assert same == [first, first]
    kept, spans = PiiFinder(PiiParams(mode="keep")).redact(text)
    assert kept == text and [s.kind for s in spans] == ["email"] * 3


def _labelled(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_targets_on_the_independently_built_labelled_sets():
    """Sets built by others without the detector's code (their READMEs in bench/pii_*): planted PII in real SFT,
    preference, Wikipedia and C4 text, and hand labels of the PII in the real C4 sample. Targets from the issue."""
    finder = PiiFinder(PiiParams())
    docs = []
    for path in sorted((ROOT / "bench").glob("pii_*/*.jsonl")):
        rows = _labelled(path)
        if rows and "text" in rows[0]:
            docs += [(d["text"], d.get("language"), d.get("url"), d["spans"]) for d in rows]
    natural = {}
    for label in _labelled(PII_SETS / "c4_natural.jsonl"):
        natural.setdefault(label["doc"], []).append(label)
    c4 = [json.loads(line)["text"] for line in (ROOT / "data" / "sample" / "c4_demo.jsonl").open(encoding="utf-8")]
    docs += [(text, "en", None, natural.get(i, [])) for i, text in enumerate(c4)]
    assert len(docs) >= 2400
    found, hits, planted_count, recalled = {}, {}, {}, {}
    for text, language, url, spans in docs:
        detected = finder.find(text, phone_regions(language, url, "US"))
        for s in spans:
            planted_count[s["kind"]] = planted_count.get(s["kind"], 0) + 1
            recalled[s["kind"]] = recalled.get(s["kind"], 0) + any(
                d.kind == s["kind"] and d.start <= s["start"] and d.end >= s["end"] for d in detected)
        for d in detected:
            found[d.kind] = found.get(d.kind, 0) + 1
            hits[d.kind] = hits.get(d.kind, 0) + any(
                s["kind"] == d.kind and d.start < s["end"] and d.end > s["start"] for s in spans)
    targets = {"email": (0.98, 0.95), "ip": (0.98, 0.95), "card": (0.98, 0.95), "iban": (0.98, 0.95),
               "phone": (0.9, 0.85)}
    for kind, (precision, recall) in targets.items():
        assert planted_count.get(kind, 0) >= 300, kind
        assert hits.get(kind, 0) / max(found.get(kind, 0), 1) >= precision, (kind, hits.get(kind), found.get(kind))
        assert recalled.get(kind, 0) / planted_count[kind] >= recall, (kind, recalled.get(kind), planted_count[kind])


PLANTED = {  # value → kind, in the documents of the run below
    "dana.whitfield@example.org": "email", "kim.lee@example.com": "email", "+44 20 7946 0958": "phone", "4111 1111 1111 1111": "card",
    "GB82 WEST 1234 5698 7654 32": "iban", "203.0.113.77": None,  # documentation range: not public, stays
    "93.184.216.34": "ip", "536-90-4399": "national_id",
}
WEB_DOCS = [
    "Our office manager is Dana. You can write to dana.whitfield@example.org or phone +44 20 7946 0958 during "
    "the week, and someone from the team will answer your question about the garden course within two days.",
    "Please pay the course fee with the card 4111 1111 1111 1111 or by transfer to GB82 WEST 1234 5698 7654 32, "
    "and keep the receipt: we send the booking confirmation to the address you gave us when you signed up.",
    "short 93.184.216.34 536-90-4399",  # dropped by the length rule before pii_v1: its text is scrubbed too
    "The test server at 203.0.113.77 answers pings from the lab network only; the production site moved to "
    "93.184.216.34 last spring, and the old records were deleted after the migration was checked by the team.",
]


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return []


def _everything_written(folder: Path) -> str:
    """Every string of every file a run wrote: Parquet cells, JSON, YAML, Markdown."""
    texts = []
    for path in folder.rglob("*"):
        if not path.is_file():
            continue
        if path.suffix == ".parquet":
            texts += [s for row in pq.read_table(path).to_pylist() for s in _strings(row)]
        else:
            texts.append(path.read_bytes().decode("utf-8", "replace"))
    return "\n".join(texts)


def test_a_web_run_replaces_pii_everywhere_and_counts_it(spark, tmp_path):
    source = tmp_path / "pages.jsonl"
    source.write_text("".join(json.dumps({"text": t, "author": {"contact": "Mail kim.lee@example.com"}}
                                         if i == 0 else {"text": t}) + "\n" for i, t in enumerate(WEB_DOCS)))
    data = {"name": "pii_web", "inputs": [{"paths": [str(source)]}], "output": {"path": str(tmp_path / "out")},
            "stages": [{"stage": "length_v1", "rules": [{"name": "min_words", "signal": "n_words", "op": ">=",
                                                           "value": 10}]},
                       {"stage": "pii_v1"}],
            "dedup": {"exact": False}}
    result = run(parse_config(data), echo=False)
    written = _everything_written(tmp_path / "out")
    for value, kind in PLANTED.items():
        assert (value in written) == (kind is None), value
    kept = ds.dataset(tmp_path / "out" / "data", format="parquet").to_table().to_pylist()
    assert len(kept) == 3
    by_text = {r["text"].split(" ")[0]: r for r in kept}
    assert "<EMAIL>" in by_text["Our"]["text"] and "<PHONE>" in by_text["Our"]["text"]
    assert (by_text["Our"]["pii_count"], by_text["Our"]["pii_types"]) == (3, "email,phone")
    assert json.loads(by_text["Our"]["meta"]) == {"author": {"contact": "Mail <EMAIL>"}}  # the record's other fields
    assert "<CARD>" in by_text["Please"]["text"] and "<IBAN>" in by_text["Please"]["text"]
    assert "203.0.113.77" in by_text["The"]["text"] and "<IP>" in by_text["The"]["text"]
    rejects = ds.dataset(tmp_path / "out" / "rejects", format="parquet").to_table().to_pylist()
    assert [r["text"] for r in rejects] == ["short <IP> <NATIONAL_ID>"]
    tallies = next(s for s in result.ledger["stages"] if s["stage"] == "pii")["tallies"]
    assert {k: v for k, v in tallies.items() if v} == {"pii_email": 2, "pii_phone": 1, "pii_card": 1,
                                                        "pii_iban": 1, "pii_ip": 1}
    assert {k: v for k, v in result.stats["totals"].items() if v} == {
        "pii_email": 2, "pii_phone": 1, "pii_card": 1, "pii_iban": 1, "pii_ip": 1}
    card = (tmp_path / "out" / "README.md").read_text(encoding="utf-8").replace("\\", "")  # Markdown escapes
    assert ("PII: 2 e-mail addresses, 1 IBAN, 1 payment card number, 1 IP address, 1 phone number replaced."
            in card)


def test_sft_messages_are_redacted_and_stay_conversations(spark, tmp_path):
    records = [{"instruction": "My e-mail is sam.reyes@example.net, please draft a reply to my landlord.",
                "output": "Sure. Dear landlord, you can reach me at sam.reyes@example.net or +1 415 555 2671."},
               {"instruction": "What is two plus two?", "output": "Four."}]
    source = tmp_path / "sft.jsonl"
    lines = [json.dumps(r) for r in records] + ['{"instruction": "broken line from pat.ng@example.org"']
    source.write_text("\n".join(lines) + "\n")  # the last line is no JSON: a reject that keeps its raw text
    key = tmp_path / "pii.key"
    key.write_text("a key only the data team holds\n")
    data = chat_config("sft", tmp_path / "out", inputs=[{"paths": [str(source)]}])
    data["stages"] = [{"stage": "pii_v1", "params": {"modes": {"phone": "hash"}, "hash_key_file": str(key)}}]
    data["dedup"] = {"exact": False}
    run(parse_config(data), echo=False)
    kept = ds.dataset(tmp_path / "out" / "data", format="parquet").to_table().to_pylist()
    first = next(r for r in kept if r["pii_count"])
    phone = first["messages"][1]["content"].rsplit(" ", 1)[-1].rstrip(".")
    assert phone.startswith("<PHONE:") and len(phone) == len("<PHONE:>") + 12
    assert first["messages"] == [
        {"role": "user", "content": "My e-mail is <EMAIL>, please draft a reply to my landlord."},
        {"role": "assistant", "content": f"Sure. Dear landlord, you can reach me at <EMAIL> or {phone}."}]
    assert first["text"] == "\n\n".join(m["content"] for m in first["messages"])
    assert (first["pii_count"], first["pii_types"]) == (3, "email,phone")
    rejects = ds.dataset(tmp_path / "out" / "rejects", format="parquet").to_table().to_pylist()
    assert [(r["drop_reason"], r["text"].rstrip("\n")) for r in rejects] == [
        ("read.invalid_json", '{"instruction": "broken line from <EMAIL>"')]
    written = _everything_written(tmp_path / "out")
    assert "sam.reyes" not in written and "pat.ng" not in written and "415 555" not in written
    lineage = json.loads((tmp_path / "out" / "lineage.json").read_text())
    pii_files = [(f["key"], f["sha256"]) for f in lineage["stage_files"] if f["key"] != "tokenizer"]
    assert pii_files == [("hash_key", None)]  # no checksum of a key (the bundled config's tokenizer has one)


@pytest.mark.parametrize("params, message", [
    ({"mode": "mask"}, r"pii mode 'mask' is not one of tag, hash, keep"),
    ({"kinds": ["emails"]}, r"pii kind 'emails' is not one of"),
    ({"mode": "hash"}, r"mode hash needs hash_key_file"),
    ({"kinds": []}, r"pii kinds is empty"),
    ({"national_ids": ["de.idnr"]}, r"pii national id 'de.idnr' is not one of"),
    ({"default_region": "XX"}, r"default_region 'XX'"),
])
def test_wrong_parameters_fail_when_the_config_is_read(params, message, tmp_path):
    data = {"name": "p", "inputs": [{"paths": [str(ROOT / "data" / "sample" / "c4_demo.jsonl")]}],
            "output": {"path": str(tmp_path / "o")}, "stages": [{"stage": "pii_v1", "params": params}]}
    with pytest.raises(ConfigError, match=message):
        parse_config(data)
