"""Part 8 of the unseen8 generator: README writer (how it was built, decisions, limits, count tables,
sources and licenses, sha256 of the jsonl).  Every number in the README is computed from the data."""
from collections import Counter, defaultdict

from u8_values import NATIONAL_CHECK, PLANS
from u8_doc import KINDS

LANG_NAMES = {"de": "German", "fr": "French", "ru": "Russian", "uk": "Ukrainian", "ja": "Japanese",
              "zh": "Chinese", "ko": "Korean", "ar": "Arabic", "tr": "Turkish", "vi": "Vietnamese",
              "id": "Indonesian", "ro": "Romanian", "cs": "Czech", "sv": "Swedish", "el": "Greek", "en": "English"}


def table(head, rows):
    out = ["| " + " | ".join(head) + " |", "|" + "|".join("---" for _ in head) + "|"]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def render(docs, metas, used, pool_stats, sha, seed, n_neg):
    spans = [(i, s, m) for i, d in enumerate(docs) for s, m in zip(d["spans"], metas[i])]
    looks = [(i, l) for i, d in enumerate(docs) for l in d["lookalikes"]]
    kinds = Counter(s["kind"] for _, s, _ in spans)
    lab = Counter((s["kind"], s["note"].split("; ")[1]) for _, s, _ in spans)
    langs = [l for l in LANG_NAMES]
    L = []
    w = L.append

    w("# unseen8 — independent PII test set (SFT/chat, developer and web content, 16 languages)\n")
    w("`unseen8.jsonl` holds %d documents with %d labelled spans (%s) and %d look-alikes. "
      "%d documents (%.1f %%) carry no span at all. It was written by `make_unseen8.py` (standard library only, "
      "seed %d, byte-identical on every run) **without looking at the detector, its tests, its filters or any other "
      "benchmark set in this repository**: values come from published rules (Luhn/ISO 7812, ISO 13616 mod-97 and "
      "national check digits, ITU-T E.164 national numbering plans, IANA special-purpose address registries as "
      "implemented by Python's `ipaddress`)." % (
          len(docs), len(spans), ", ".join("%s %d" % (k, kinds[k]) for k in KINDS), len(looks),
          sum(1 for d in docs if not d["spans"]), 100.0 * sum(1 for d in docs if not d["spans"]) / len(docs), seed))
    w("\nsha256 of `unseen8.jsonl`: `%s`\n" % sha)
    w("Regenerate from the repository root: `python3 bench/pii_unseen8/make_unseen8.py` (about a second; it fails "
      "if any check below fails and prints the counts and the sha256).\n")

    w("## Format\n")
    w("One JSON object per line: `text`, `language` (ISO 639-1), `url` (string or null), `spans` "
      "(`start`, `end`, `kind`, `value`, `note`) and `lookalikes` (`start`, `end`, `name`, `value`). Offsets are "
      "Python code-point offsets and `text[start:end] == value` for every span and look-alike. `kind` is one of "
      "`email`, `ip`, `card`, `iban`, `phone`. `note` is `<format>; labelled|no deciding word; <genre>/<template>`. "
      "Spans cover the value only: no `mailto:`, angle brackets, quotes, brackets around IPv6, `:port`, `/prefix`. "
      "Spans and look-alikes never overlap.\n")
    w("*labelled* means that a word naming the kind stands directly before the value on the same line "
      "(`Tel.:`, `Mobil:`, `E-Mail:`, `IBAN:`, `Kartennummer:`, `IP-Adresse:`, `電話番号：`, `\"telephone\": \"`, "
      "`TEL;TYPE=CELL:`, `ADMIN_EMAIL=`, `user.email \"`, `Kreditkarte` …). It is computed from the text, not declared "
      "by the template: the line prefix is stripped of separators (`: ： = - \" ' < ( [` and vCard parameters) and "
      "must end with a word from a per-kind lexicon (`u8_doc.LEX`). The generator checks that every field label it "
      "uses is recognised and that contact phrases that do not name a kind (`Call or text`, `Звоните:`, `연락처`, "
      "`WhatsApp:`, `Viber:`, `Telegram:`) are not.\n")

    w("## How it was built\n")
    w("1. **Base text.** Real sentences from `/work/shared/data/lingua-py/language-testdata/sentences/<lang>.txt`, "
      "1–3 per document, always in the document's language, each sentence used at most once in the whole set. "
      "Sentences were dropped when they contained `@`/`＠`, `#`, `|`, braces, angle brackets, tabs, `://` or "
      "`www.`, a dotted quad, a `word.tld`-shaped token, an IBAN-shaped token (`[A-Z]{2}\\d{2}` + 4 alphanumerics) or "
      "a run of 7 or more digits (digits joined by spaces, dots, dashes, slashes or parentheses count as one run), and "
      "when shorter than 25 characters (12 for ja/zh/ko) or longer than 240.")
    rows = []
    for l in langs:
        raw, kept = pool_stats[l]
        used_n = sum(u[3] for i, u in used.items() if docs[i]["language"] == l)
        rows.append((l, raw, kept, used_n))
    w("\n" + table(["lang", "lines in file", "kept by the filter", "used"], rows) + "\n")
    w("2. **Documents.** Each document gets a language (en 100, every other language 20), a country for that "
      "language (ar: SA/AE/EG, en: US/GB) and a template. Template counts are allocated in proportion to fixed "
      "weights (largest remainder), %d documents are drawn as negatives and get one of six negative templates "
      "(same genres, only look-alikes). Templates write the text piece by piece, so offsets are exact by "
      "construction, and everything is re-checked afterwards." % n_neg)
    w("3. **Genres** (the part of the note after the second `;`):")
    w("   * `chat/*` — SFT/chat transcripts with `User:/Assistant:`, `### Human:/### Assistant:`, `<|user|>`, "
      "`[INST]`, `USER:/ASSISTANT:` turns; the user writes in the document language and pastes own data (CV header, "
      "e-mail draft with signature, complaint with order and card, registration form, bank-transfer or double-charge "
      "problem); the assistant echoes the data, often re-formatted (national → international phone, grouped → "
      "compact IBAN/card), and sometimes points out a mistyped IBAN / card (look-alike with a failing checksum).")
    w("   * `cv/*` — CV/resume headers in national layouts (Lebenslauf with tab-aligned fields, 履歴書 with ふりがな "
      "and 〒 postal code, 个人简历, 이력서 [인적사항], Резюме/РЕЗЮМЕ, and a modern one-line header `City · phone · "
      "e-mail` without labels).")
    w("   * `dev/*` — Q&A posts (Stack Overflow, Server Fault, GitHub issues, ru.stackoverflow, qna.habr, teratail, "
      "Qiita, SegmentFault, V2EX, OKKY, local forums) with code blocks: connection strings, `git config user.email` "
      "and `git log`, `.env`, nginx `allow`/`deny`, ufw/iptables, docker-compose, JSON fixtures with card numbers, "
      "Python/JS strings, Python tracebacks, nginx access logs, sshd/fail2ban and postfix logs, and tooling posts "
      "(shell prompts, npm scopes, CSS at-rules, git refs, MACs, hashes, private/documentation IPs).")
    w("   * `ecommerce/*` — order confirmations, invoices (Rechnung, FACTURE, СЧЁТ НА ОПЛАТУ, 請求書, 发票, "
      "거래명세서, فاتورة ضريبية …) with seller block, VAT/tax id, bank details and BIC, shipping notices with carrier "
      "tracking numbers, refund mails, payment receipts (incl. ru/uk/zh/ko card-to-card transfer receipts that show "
      "the recipient card).")
    w("   * `classified/*` — marketplace ads (Kleinanzeigen, leboncoin, Avito, OLX, Jimoty, 58.com, Daangn, Haraj, "
      "dubizzle, sahibinden, Chợ Tốt, Bazoš, Blocket, car.gr, Craigslist, Gumtree URLs) with phone / WhatsApp / "
      "Viber / Telegram / Zalo / 微信 / LINE ID, Russian/Ukrainian \"pay to card\" lines, real-estate listings with "
      "agent phones and GPS, forum posts with signatures and forum IP display.")
    w("   * `html/*` — HTML-to-text leftovers: Impressum / mentions légales / 会社概要 blocks, one-line contact "
      "footers flattened with `|`, `·`, `•` or tabs, staff tables flattened with `|` or tabs (header row, values "
      "unlabelled), schema.org JSON-LD (`\"telephone\"`, `\"email\"`, geo), vCard 3.0 and iCalendar "
      "(`ORGANIZER;CN=…:mailto:`).")
    w("4. **Values.** See the decisions below and the tables. E-mail local parts are built from transliterated "
      "names of the language (Müller → mueller, Иванов → ivanov, 田中 → tanaka; half of the qq.com addresses use a "
      "numeric QQ number as local part), at the "
      "regional providers of the language (web.de, gmx.de, t-online.de, orange.fr, laposte.net, free.fr, mail.ru, "
      "yandex.ru, ukr.net, i.ua, yahoo.co.jp, docomo.ne.jp, qq.com, 163.com, 126.com, naver.com, daum.net, "
      "hanmail.net, yahoo.com.tr, seznam.cz, centrum.cz, telia.com, otenet.gr, yahoo.com.vn, …) or as role "
      "addresses (`info@`, `kontakt@`, `zakaz@`, `kefu@`, `lienhe@` …) on the document's business domain.")
    w("5. **Checks** (the run fails otherwise): offsets and values; kinds and note syntax; no overlap; no value glued "
      "to a neighbouring letter/digit (`_`, `.`+non-space, `+`, `-` and `@` rules per kind); e-mail syntax (and IDNA "
      "encodability); `ipaddress` global unicast, not private/reserved/multicast/loopback/link-local, no 6to4/Teredo/"
      "mapped; Luhn pass and brand/IIN consistent (and Luhn *fail* for `luhn-fail-16` look-alikes); ISO 13616 mod-97 "
      "pass, country length and national check digits (and mod-97 *fail* for `iban-bad-checksum`); every phone is "
      "re-parsed from its text by its declared form back to the national significant number and checked against the "
      "plan's prefixes and lengths; ISBN-13 and Korean business-number check digits; 4-part versions never parse as "
      "IPv4; label lexicon self-test. Then a scan of every text: every e-mail-like string must overlap an e-mail span "
      "or a look-alike, every obfuscation marker (`[at]`, `(at)`, `(собака)`, `[zavináč]`, `＠`, `★`, `name#domain`, "
      "`AT`/`dot` spelled out) must lie inside an e-mail span, every public IPv4/IPv6 must be exactly an ip span, "
      "every valid IBAN must be exactly an iban span, every Luhn-valid 13–19 digit run with a known brand prefix must "
      "be covered by a card span; conversely every ip/card/e-mail span must be found by those scanners at exactly "
      "its offsets, and every occurrence of a span value in the text must itself be annotated. Globally: ≥100 spans "
      "per kind, 16 languages, en ≈ 25 %, 10–14 % negatives, no duplicate documents.\n")
    w("Allowed scan exceptions (by design): e-mail-like strings inside look-alikes (`git@github.com` remotes, "
      "iCalendar `UID:<uuid>@google.com`, connection-string user-info such as `app:pw@db-primary.internal` or the "
      "`pw@<ip>` part before an annotated ip), and Luhn-valid digit runs that are the digit tail of an annotated IBAN "
      "(e.g. `GB76 LOYD 3033 5558 7138 59`) or part of an annotated phone/look-alike.\n")

    w("## Decisions a reviewer should know\n")
    dec = [
        "**Public test card numbers are spans** (kind `card`, note format ends in `test-number`, %d spans, all in "
        "developer fixtures / `.env`): they are Luhn-valid numbers of real brands and a detector cannot and should not "
        "know the processors' test lists; a user who wants them excluded can filter on `test-number`." % sum(
            1 for _, s, _ in spans if "test-number" in s["note"]),
        "**Shell prompts `user@hostname` are look-alikes** (`shell-prompt`, e.g. `deploy@web01`, "
        "`ubuntu@ip-172-31-5-20`): they have no domain and name a login on a host, not a mailbox. The same goes for "
        "`git@github.com` in SSH remotes (`git-ssh-remote`), connection-string user-info (`connstring-userinfo`) and "
        "iCalendar UIDs (`ical-uid`).",
        "**Obfuscated e-mails are spans that cover the whole obfuscated string** (`kontakt [at] firma [punkt] de`, "
        "`info(at)shop.de`, `zhangjing#qq.com`, `tanaka＠yahoo.co.jp`, `info★example.co.jp`, `liu AT sohu.com`), "
        "format `obfuscated`. They occur only where real pages produce them (Impressum, contact footers, ads, forum "
        "signatures, real-estate agents, a few online CVs).",
        "**Display-name and mailto forms**: in `Name <addr>` and `mailto:addr` only the address is the span. "
        "`mailto:` is a URI scheme, not a word naming the kind, so such spans count as *no deciding word*.",
        "**Labels**: app names (WhatsApp, Viber, Telegram, Zalo, 微信, LINE) and contact words (Kontakt, Contact, "
        "연락처, 联系方式, Звоните, Call or text) are not labels; card brand names are not labels, generic card words "
        "(Kreditkarte, Carte bancaire, クレジットカード, 卡号 …) are; one-letter signature labels `T:`, `M:`, `E:` and "
        "JSON/ENV keys (`\"telephone\"`, `SUPPORT_PHONE=`, `ADMIN_EMAIL=`, `ALLOWED_IP=`, `card_number`) are labels.",
        "**Phone formats**: on pages that are clearly local (business pages, local invoices, ads, receipts) 75 % of "
        "numbers are in the national layout as typed locally, otherwise (developer content, half of the chats, vCard "
        "cells, JSON-LD) mostly `+CC`, some `00CC` and compact E.164; numbers of a country other than the document's "
        "are always international. Japanese pages sometimes use full-width digits, Arabic pages sometimes "
        "Arabic-Indic digits; Indonesian/Saudi/Emirati WhatsApp contacts sometimes use `62812…` without `+`. Ranges "
        "reserved for drama/fiction are excluded (UK Ofcom 07700 900xxx / 0xx1 496 0xxx / 020 7946 0xxx, US 555 and "
        "N11 exchanges, FR ARCEP 01 99 00…, DE Bundesnetzagentur 030 23125…, SE PTS 070-17406xx …).",
        "**IBANs** carry real bank codes; national check digits are computed where the scheme publishes one "
        "(%s); for DE (the check method depends on the bank), GB (sort-code modulus tables), and SE, GR, RO, TR, UA, "
        "SA, AE, AT, CH no national check is computed — only ISO 13616 mod-97. The well-known example IBAN "
        "`DE89 3704 0044 0532 0130 00` is not used." % "; ".join("%s: %s" % kv for kv in NATIONAL_CHECK.items()),
        "**IPs** are drawn from prefixes of well-known ISP and hosting allocations (written from common knowledge; "
        "ownership was not re-verified offline) and each one is checked with `ipaddress`. Public DNS resolvers "
        "(8.8.8.8 …) are not used. No public network in CIDR notation is planted; private CIDRs are look-alikes "
        "(`cidr-private`). Ports are never part of a span.",
        "**Look-alikes are annotated exhaustively where planted** — every price, date, time, order number, port, "
        "version … the templates write is listed — which gives %d look-alikes, about twice the ~500 asked for; "
        "nothing was thinned out so that a hit on any of them is visible. Counts per name are below. Numbers inside "
        "the base sentences (years, prices, counts; never 7+ digit runs) are background text and are not listed." % len(looks),
        "**Negatives**: %d documents have no span (chat without personal data, anonymised CV, developer tooling "
        "posts, order mails with masked card only, ads that point to the platform's messaging, site footers). They "
        "still carry look-alikes." % sum(1 for d in docs if not d["spans"]),
        "Role addresses (`info@`, `noreply@`, `orders@`) on business domains are labelled as e-mail spans, like "
        "personal addresses; their share can be computed from the local part.",
    ]
    for x in dec:
        w("* " + x)
    w("")

    w("## Limits\n")
    for x in [
        "The base sentences are unrelated news/web sentences from the Leipzig-derived lingua-py test data; they are "
        "inserted into templated documents, so topic coherence is low. The templates are written by one author: "
        "layouts are plausible but less varied than real crawls.",
        "Names, businesses and domains are generated (surname + trade + ccTLD); some domains may exist in reality. "
        "Phone numbers are valid-format numbers inside real operator ranges, card numbers are random Luhn-valid "
        "numbers inside real IIN ranges and IBANs use real bank codes: any of them may coincide with a real "
        "subscriber/account by chance. No expiry dates or CVCs are attached to cards. Do not dial, charge or publish.",
        "Street addresses are real streets with random house numbers, not matched to the city of the phone area code.",
        "Chat markers are English (`User:`/`### Human:` …) as in most public SFT dumps; only the turn contents are in "
        "the document language.",
        "Only the five kinds are labelled. Names, postal addresses, birth dates, tax ids, handles are present but are "
        "not spans (some are look-alikes: `tax-id`, `social-handle`, `date`).",
        "`labelled` is a single-word heuristic; a value in the second column of a flattened table is *no deciding "
        "word* even though the column header names the kind.",
        "Arabic covers SA/AE/EG only, English US/GB only; 20 documents per non-English language give per-language "
        "numbers with wide error bars.",
    ]:
        w("* " + x)
    w("")

    w("## Counts\n")
    w("### Spans per kind\n")
    w(table(["kind", "spans", "labelled", "no deciding word", "documents with ≥1"],
            [(k, kinds[k], lab[(k, "labelled")], lab[(k, "no deciding word")],
              sum(1 for d in docs if any(s["kind"] == k for s in d["spans"]))) for k in KINDS]) + "\n")

    w("### Per language\n")
    rows = []
    for l in langs:
        ds = [d for d in docs if d["language"] == l]
        c = Counter(s["kind"] for d in ds for s in d["spans"])
        rows.append([l, LANG_NAMES[l], len(ds), sum(1 for d in ds if not d["spans"])] + [c[k] for k in KINDS] +
                    [sum(len(d["lookalikes"]) for d in ds)])
    w(table(["lang", "language", "docs", "negative docs"] + list(KINDS) + ["look-alikes"], rows) + "\n")
    cc = Counter((docs[i]["language"], u[1]) for i, u in used.items() if docs[i]["language"] in ("ar", "en"))
    w("Countries: " + ", ".join("%s/%s %d" % (a, b, n) for (a, b), n in sorted(cc.items())) + "; every other "
      "language has its own country (de DE, fr FR, ru RU, uk UA, ja JP, zh CN, ko KR, tr TR, vi VN, id ID, ro RO, "
      "cs CZ, sv SE, el GR).\n")

    w("### Per genre / template\n")
    rows = []
    for g in sorted({u[0] for u in used.values()}):
        idx = [i for i, u in used.items() if u[0] == g]
        c = Counter(s["kind"] for i in idx for s in docs[i]["spans"])
        rows.append([g, len(idx)] + [c[k] for k in KINDS] + [sum(len(docs[i]["lookalikes"]) for i in idx)])
    tot = Counter()
    for r in rows:
        top = r[0].split("/")[0]
        tot[top] += r[1]
    w(table(["genre/template", "docs"] + list(KINDS) + ["look-alikes"], rows) + "\n")
    w("Documents per top-level genre: " + ", ".join("%s %d" % kv for kv in sorted(tot.items())) + ".\n")

    w("### E-mail forms\n")
    ef = Counter(s["note"].split("; ")[0] for _, s, _ in spans if s["kind"] == "email")
    ne = kinds["email"]
    w(table(["form", "spans", "share"], [(f, n, "%.1f %%" % (100.0 * n / ne)) for f, n in ef.most_common()]) + "\n")
    role = sum(1 for _, s, m in spans if s["kind"] == "email" and m.meta.get("role"))
    w("Role/business addresses: %d, personal addresses: %d.\n" % (role, ne - role))
    dom = Counter(m.meta.get("domain") for _, s, m in spans if s["kind"] == "email" and not m.meta.get("role"))
    w("Personal-address providers (top 30): " + ", ".join("%s %d" % kv for kv in dom.most_common(30)) + ".\n")

    w("### Phone numbering plans and formats\n")
    pf = defaultdict(Counter)
    for _, s, m in spans:
        if s["kind"] == "phone":
            key = m.meta["form"] + (" " + m.meta["script"] if m.meta.get("script") else "")
            pf[(m.meta["plan"], m.meta["ptype"])][key] += 1
    forms = sorted({f for c in pf.values() for f in c})
    rows = []
    for plan in PLANS:
        for pt in ("mobile", "fixed"):
            if (plan, pt) in pf:
                c = pf[(plan, pt)]
                rows.append([plan, "+" + PLANS[plan]["cc"], pt, sum(c.values())] + [c[f] or "" for f in forms])
    w(table(["plan", "cc", "type", "spans"] + forms, rows) + "\n")
    w("`national` = trunk prefix + national layout as typed locally (CZ, GR, US have no trunk prefix; CN mobiles are "
      "dialled without one); `intl-plus` = `+CC …`; `intl-00` = `00CC …`; `e164` = `+CC` and digits without "
      "separators; `intl-noplus` = country code without `+` (WhatsApp style). US numbers are NANP (no mobile/fixed "
      "distinction, shown as mobile).\n")

    w("### IP versions\n")
    ipf = Counter(s["note"].split("; ")[0] for _, s, _ in spans if s["kind"] == "ip")
    w(table(["format", "spans"], sorted(ipf.items())) + "\n")
    w("`ipv6 compressed` contains `::`; `ipv6 no-zero-run` is an 8-group address without a zero run (leading zeros "
      "dropped, some upper case); `ipv6 full` is the exploded 8×4-hex form.\n")

    w("### Card brands\n")
    cb = Counter()
    ct = Counter()
    cs_ = Counter()
    for _, s, m in spans:
        if s["kind"] == "card":
            cb[m.meta["brand"]] += 1
            ct[m.meta["brand"]] += 1 if m.meta["test"] else 0
            cs_[s["note"].split("; ")[0].split()[1]] += 1
    w(table(["brand", "spans", "of which public test numbers"], [(b, n, ct[b]) for b, n in cb.most_common()]) + "\n")
    w("Grouping: " + ", ".join("%s %d" % kv for kv in cs_.most_common()) + ". IIN ranges: Visa 4, Mastercard 51–55 "
      "and 2221–2720, Amex 34/37 (4-6-5), Discover 6011/644–649/65, JCB 3528–3589, UnionPay 62 (16 and 19 digits), "
      "Diners 36/300–305 (14 digits, 4-6-4), Mir 2200–2204, Troy 9792.\n")

    w("### IBAN countries\n")
    ic = Counter()
    ig = Counter()
    for _, s, m in spans:
        if s["kind"] == "iban":
            ic[m.meta["cc"]] += 1
            ig[s["note"].split("; ")[0].split()[1]] += 1
    w(table(["country", "spans", "length", "national check digits"],
            [(c, n, len(next(m.meta["compact"] for _, s, m in spans if s["kind"] == "iban" and m.meta["cc"] == c)),
              NATIONAL_CHECK.get(c, "—")) for c, n in ic.most_common()]) + "\n")
    w("Grouping: " + ", ".join("%s %d" % kv for kv in ig.most_common()) + ".\n")

    w("### Look-alike names\n")
    ln = Counter(l["name"] for _, l in looks)
    w(table(["name", "count", "example"], [(n, c, "`%s`" % next(l["value"] for _, l in looks if l["name"] == n)
                                           .replace("|", "\\|")) for n, c in ln.most_common()]) + "\n")

    w("### Labelled counts per kind and genre\n")
    rows = []
    tops = sorted({u[0].split("/")[0] for u in used.values()})
    for k in KINDS:
        row = [k]
        for t in tops:
            a = sum(1 for i, s, _ in spans if s["kind"] == k and used[i][0].startswith(t + "/")
                    and "; labelled;" in s["note"])
            b = sum(1 for i, s, _ in spans if s["kind"] == k and used[i][0].startswith(t + "/"))
            row.append("%d/%d" % (a, b) if b else "")
        rows.append(row)
    w(table(["kind"] + ["%s (labelled/all)" % t for t in tops], rows) + "\n")

    w("## Sources and licenses\n")
    w("* Base sentences: `pemistahl/lingua-py` @ `754ce21122c083a7200763015fdaf7cda8d85453`, "
      "`language-testdata/sentences/<lang>.txt`, copied unchanged to `/work/shared/data/lingua-py/` (see "
      "`/work/shared/data/README.md` and `MANIFEST.json`). License: Apache-2.0 (repository `LICENSE.txt`); the "
      "sentences are derived from the Leipzig Corpora Collection (Wortschatz, Universität Leipzig), whose own terms "
      "apply to the text. Sentences are used verbatim; only whole sentences were selected, none were edited (the "
      "forum-title and iCalendar SUMMARY templates cut one sentence at a word boundary and add `…`).")
    w("* Everything else (templates, names, values, look-alikes) was written for this set by the generator in this "
      "folder. Numbering-plan prefixes, IIN ranges, bank codes and IP prefixes are public facts written from common "
      "knowledge; no registry or network was queried.\n")
    w("## Files\n")
    w(table(["file", "role"], [
        ("make_unseen8.py", "entry point: sentence pools, document plan, global checks, writes jsonl + README"),
        ("u8_values.py", "Luhn, card IIN ranges, IBAN (+ national check digits), IP prefixes, numbering plans"),
        ("u8_phone.py", "phone rendering per country (national layouts, +CC/00CC/E.164, full-width/Arabic-Indic)"),
        ("u8_loc_a.py, u8_loc_b.py", "per-language names, providers, businesses, addresses, labels, phrases"),
        ("u8_look.py", "look-alikes, dates, prices, opening hours"),
        ("u8_doc.py", "document builder, label lexicon and `labelled` rule"),
        ("u8_tpl_a.py, u8_tpl_b.py, u8_tpl_c.py", "templates: chat + CV; e-commerce, classifieds, HTML; developer"),
        ("u8_checks.py", "per-document checks and text scanners"),
        ("u8_readme.py", "this README"),
        ("unseen8.jsonl", "the set"),
    ]) + "\n")
    return "\n".join(L)
