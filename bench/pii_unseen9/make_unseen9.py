"""Generate bench/pii_unseen9/unseen9.jsonl + README.md. Stdlib only, seed 99009, deterministic."""
import collections, hashlib, ipaddress, json, os, random, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import values as V

HERE = os.path.dirname(os.path.abspath(__file__))
SENT = "/work/shared/data/lingua-py/language-testdata/sentences"
SEED, NDOC = 99009, 350
R = random.Random(SEED)
LANGS = ["es", "pt", "it", "pl", "nl", "hi", "ta", "th", "id", "ms", "ja", "ko", "he", "fa", "sw", "en"]
KEYS = "email phone mob card iban name date hi thx dm ref total patient appt agent cust".split()
L = {k: dict(zip(KEYS, v.split("|"))) for k, v in {
 "es": "Correo|Tel.|Móvil|Tarjeta|IBAN|Nombre|Fecha|Hola|Gracias|Escríbeme por privado|Localizador|Total|Paciente|Cita|Agente|Cliente",
 "pt": "E-mail|Telefone|Celular|Cartão|IBAN|Nome|Data|Olá|Obrigado|Me chama no privado|Localizador|Total|Paciente|Consulta|Atendente|Cliente",
 "it": "Email|Tel.|Cell.|Carta|IBAN|Nome|Data|Ciao|Grazie|Scrivetemi in privato|Codice prenotazione|Totale|Paziente|Appuntamento|Operatore|Cliente",
 "pl": "E-mail|Tel.|Kom.|Karta|Nr konta (IBAN)|Imię i nazwisko|Data|Cześć|Dzięki|Pisz na priv|Numer rezerwacji|Razem|Pacjent|Wizyta|Konsultant|Klient",
 "nl": "E-mail|Tel.|Mobiel|Kaart|IBAN|Naam|Datum|Hoi|Bedankt|Stuur me een DM|Boekingscode|Totaal|Patiënt|Afspraak|Medewerker|Klant",
 "hi": "ईमेल|फ़ोन|मोबाइल|कार्ड|IBAN|नाम|तारीख|नमस्ते|धन्यवाद|DM करें|बुकिंग कोड|कुल|मरीज़|अपॉइंटमेंट|एजेंट|ग्राहक",
 "ta": "மின்னஞ்சல்|தொலைபேசி|கைபேசி|அட்டை|IBAN|பெயர்|தேதி|வணக்கம்|நன்றி|DM செய்யவும்|முன்பதிவு எண்|மொத்தம்|நோயாளி|சந்திப்பு|முகவர்|வாடிக்கையாளர்",
 "th": "อีเมล|โทร|มือถือ|บัตร|IBAN|ชื่อ|วันที่|สวัสดี|ขอบคุณ|ทักแชทมา|รหัสการจอง|รวม|ผู้ป่วย|นัดหมาย|เจ้าหน้าที่|ลูกค้า",
 "id": "Email|Telp.|HP|Kartu|IBAN|Nama|Tanggal|Halo|Terima kasih|DM aja|Kode booking|Total|Pasien|Janji temu|Agen|Pelanggan",
 "ms": "E-mel|Tel|No. H/P|Kad|IBAN|Nama|Tarikh|Hai|Terima kasih|PM saya|Kod tempahan|Jumlah|Pesakit|Temujanji|Ejen|Pelanggan",
 "ja": "メール|電話|携帯|カード|IBAN|氏名|日付|こんにちは|ありがとうございます|DMください|予約番号|合計|患者|予約|担当|お客様",
 "ko": "이메일|전화|휴대폰|카드|IBAN|이름|날짜|안녕하세요|감사합니다|DM 주세요|예약번호|합계|환자|예약|상담원|고객",
 "he": 'דוא"ל|טלפון|נייד|כרטיס|IBAN|שם|תאריך|שלום|תודה|שלחו הודעה פרטית|קוד הזמנה|סה"כ|מטופל|תור|נציג|לקוח',
 "fa": "ایمیل|تلفن|همراه|کارت|IBAN|نام|تاریخ|سلام|ممنون|دایرکت بدید|کد رزرو|جمع|بیمار|نوبت|پشتیبان|مشتری",
 "sw": "Barua pepe|Simu|Simu ya mkononi|Kadi|IBAN|Jina|Tarehe|Habari|Asante|Nitumie DM|Namba ya uhifadhi|Jumla|Mgonjwa|Miadi|Wakala|Mteja",
 "en": "Email|Tel|Mobile|Card|IBAN|Name|Date|Hi|Thanks|DM me|Booking ref|Total|Patient|Appointment|Agent|Customer"}.items()}
NAMES = {  # display name, romanised first, last
 "es": ["María García|maria|garcia", "Javier López|javier|lopez", "Carmen Ruiz|carmen|ruiz", "Antonio Martín|antonio|martin", "Lucía Fernández|lucia|fernandez"],
 "pt": ["João Silva|joao|silva", "Ana Souza|ana|souza", "Rafael Oliveira|rafael|oliveira", "Beatriz Costa|beatriz|costa", "Tiago Pereira|tiago|pereira"],
 "it": ["Mario Rossi|mario|rossi", "Giulia Bianchi|giulia|bianchi", "Luca Esposito|luca|esposito", "Francesca Romano|francesca|romano"],
 "pl": ["Jan Kowalski|jan|kowalski", "Anna Nowak|anna|nowak", "Piotr Wiśniewski|piotr|wisniewski", "Katarzyna Wójcik|kasia|wojcik"],
 "nl": ["Jan de Vries|jan|devries", "Sanne Jansen|sanne|jansen", "Daan Bakker|daan|bakker", "Lotte Visser|lotte|visser"],
 "hi": ["राहुल शर्मा|rahul|sharma", "प्रिया वर्मा|priya|verma", "अमित कुमार|amit|kumar", "सुनीता गुप्ता|sunita|gupta"],
 "ta": ["கார்த்திக் ராஜா|karthik|raja", "பிரியா சுப்ரமணியம்|priya|subramaniam", "அருண் குமார்|arun|kumar", "லட்சுமி நாராயணன்|lakshmi|narayanan"],
 "th": ["สมชาย ใจดี|somchai|jaidee", "สุดา ศรีสุข|suda|srisuk", "อนันต์ วงศ์ไทย|anan|wongthai", "มาลี ทองดี|malee|thongdee"],
 "id": ["Budi Santoso|budi|santoso", "Siti Rahayu|siti|rahayu", "Agus Setiawan|agus|setiawan", "Dewi Lestari|dewi|lestari"],
 "ms": ["Ahmad Faizal|ahmad|faizal", "Nurul Aina|nurul|aina", "Lim Wei Ling|weiling|lim", "Siti Aminah|siti|aminah"],
 "ja": ["山田 太郎|taro|yamada", "佐藤 花子|hanako|sato", "鈴木 一郎|ichiro|suzuki", "高橋 美咲|misaki|takahashi"],
 "ko": ["김민준|minjun|kim", "이서연|seoyeon|lee", "박지훈|jihoon|park", "최수아|sua|choi"],
 "he": ["דני כהן|dani|cohen", "מיכל לוי|michal|levi", "יוסי מזרחי|yossi|mizrahi", "נועה פרץ|noa|peretz"],
 "fa": ["علی رضایی|ali|rezaei", "مریم احمدی|maryam|ahmadi", "رضا محمدی|reza|mohammadi", "زهرا حسینی|zahra|hosseini"],
 "sw": ["Juma Hassan|juma|hassan", "Amina Mwangi|amina|mwangi", "Baraka Otieno|baraka|otieno", "Neema Kimaro|neema|kimaro"],
 "en": ["John Smith|john|smith", "Emily Clarke|emily|clarke", "Michael Brown|michael|brown", "Sarah Patel|sarah|patel", "David Nguyen|david|nguyen"]}
PROV = {"es": "hotmail.es yahoo.es gmail.com telefonica.net outlook.es", "pt": "terra.com.br uol.com.br bol.com.br sapo.pt gmail.com",
        "it": "libero.it virgilio.it tiscali.it alice.it gmail.com", "pl": "wp.pl onet.pl o2.pl interia.pl gazeta.pl",
        "nl": "ziggo.nl kpnmail.nl hetnet.nl planet.nl gmail.com", "hi": "rediffmail.com yahoo.co.in sify.com gmail.com",
        "ta": "rediffmail.com yahoo.co.in sify.com gmail.com", "th": "hotmail.co.th hotmail.com gmail.com",
        "id": "yahoo.co.id ymail.com gmail.com", "ms": "yahoo.com.my ymail.com gmail.com", "ja": "yahoo.co.jp docomo.ne.jp ezweb.ne.jp nifty.com",
        "ko": "naver.com daum.net hanmail.net nate.com", "he": "walla.co.il walla.com gmail.com bezeqint.net", "fa": "yahoo.com chmail.ir gmail.com",
        "sw": "yahoo.com gmail.com", "en": "gmail.com outlook.com btinternet.com aol.com yahoo.co.uk icloud.com"}
ROLE = {"es": "contacto citas reservas rrhh info", "pt": "contato atendimento rh reservas", "it": "info prenotazioni segreteria amministrazione",
        "pl": "biuro kontakt rekrutacja rezerwacje", "nl": "info receptie personeelszaken", "en": "info support bookings hr admin"}
PLAN = {"es": ["ES"], "pt": ["BR", "BR", "PT"], "it": ["IT"], "pl": ["PL"], "nl": ["NL"], "hi": ["IN"], "ta": ["IN"], "th": ["TH"],
        "id": ["ID"], "ms": ["MY"], "ja": ["JP"], "ko": ["KR"], "he": ["IL"], "fa": ["IR"], "sw": ["KE", "TZ"], "en": ["US", "GB", "GB", "US", "IN"]}
TLD = {"ES": ".es", "BR": ".com.br", "PT": ".pt", "IT": ".it", "PL": ".pl", "NL": ".nl", "IN": ".co.in", "TH": ".co.th", "ID": ".co.id",
       "MY": ".com.my", "JP": ".co.jp", "KR": ".co.kr", "IL": ".co.il", "IR": ".ir", "KE": ".co.ke", "TZ": ".co.tz", "US": ".com", "GB": ".co.uk"}
IBANC = {"es": ["ES"], "pt": ["PT", "BR"], "it": ["IT"], "pl": ["PL"], "nl": ["NL"], "he": ["IL"], "en": ["GB", "DE", "FR", "ES", "NL"]}
CARDB = {"pt": ["Elo", "Hipercard", "Visa", "Mastercard", "Elo"], "hi": ["RuPay", "Visa", "Mastercard", "RuPay"], "ta": ["RuPay", "Visa", "Mastercard"],
         "ja": ["JCB", "Visa", "Mastercard", "JCB"], "th": ["Visa", "UnionPay", "Mastercard"], "ms": ["Visa", "UnionPay", "Mastercard"],
         "id": ["Visa", "Mastercard", "UnionPay", "JCB"], "en": ["Visa", "Mastercard", "Amex", "Discover", "Diners", "Visa"],
         "*": ["Visa", "Mastercard", "Visa", "Amex", "Mastercard", "Diners", "UnionPay"]}
OBF = {"es": ["{u} arroba {d0} punto {d1}", "{u}(arroba){d}", "{u}[at]{d}"], "pt": ["{u} arroba {d}", "{u}(arroba){d0}(ponto){d1}"],
       "it": ["{u} chiocciola {d}", "{u}[at]{d}"], "pl": ["{u} (at) {d}", "{u}[małpa]{d}"], "nl": ["{u} [at] {d0} [punt] {d1}", "{u}(apenstaartje){d}"],
       "hi": ["{u}[at]{d0}[dot]{d1}", "{u} at {d0} dot {d1}"], "ta": ["{u}[at]{d0}[dot]{d1}"], "th": ["{u}[at]{d}", "{u} แอท {d0} ดอท {d1}"],
       "id": ["{u}[at]{d}", "{u} (at) {d0} (dot) {d1}"], "ms": ["{u}[at]{d}", "{u} (at) {d0} (dot) {d1}"], "ja": ["{u}★{d}", "{u}＠{d}"],
       "ko": ["{u}(골뱅이){d}", "{u}[at]{d}"], "he": ["{u}[at]{d}", "{u} שטרודל {d}"], "fa": ["{u}[at]{d0}[dot]{d1}"], "sw": ["{u} [at] {d0} [dot] {d1}"],
       "en": ["{u} [at] {d0} [dot] {d1}", "{u} at {d0} dot {d1}", "{u}(at){d}"]}
ORGW = {"medical": "clinica medicenter saludvital poliklinik healthplus", "booking": "hotelcosta grandhotel travelnova viajessol seabreezehotel",
        "form": "colegiosanjose escolaprima liceoverdi szkolanr5 gemeenteschool", "hr": "atlasgroup deltalogistics novatech primafoods",
        "chat": "shopmais tiendaverde megastore electroplus", "md": "openlab datatools fastkit"}

# ---------------------------------------------------------------- base sentences
BAD = re.compile(r"@|\d{1,3}(?:\.\d{1,3}){3}|https?:|www\.|\b[\w-]+\.(?:com|org|net|de|es|it|nl|pl|br|pt|in|jp|kr|id|my|ir|il|ke|uk|co|gov|edu|info|ru|fr)\b"
                 r"|\b[A-Z]{2}\d{2}[A-Z0-9]{8,}|\d(?:[ .\-/]?\d){6,}|[\U0001F000-\U0001FFFF]")
POOL = {}
for lg in LANGS:
    ss = []
    with open(os.path.join(SENT, lg + ".txt"), encoding="utf-8") as f:
        for line in f:
            s = line.strip()
            if 25 <= len(s) <= 220 and not BAD.search(s) and "\ufffd" not in s:
                ss.append(s)
    R.shuffle(ss)
    POOL[lg] = ss
USED = collections.Counter()

def sent(lg, k=1):
    out = [POOL[lg].pop() for _ in range(k)]
    USED[lg] += k
    return " ".join(out)

# ---------------------------------------------------------------- document builder
COMMON = {"date", "price", "time", "port", "order_code", "coordinates", "uuid", "handle", "tracking", "timestamp"}

class B:
    def __init__(s, g):
        s.parts, s.spans, s.looks, s.n, s.g = [], [], [], 0, g
    def t(s, x):
        s.parts.append(x); s.n += len(x); return s
    def sp(s, kind, v, fmt, lab):
        s.spans.append({"start": s.n, "end": s.n + len(v), "kind": kind, "value": v,
                        "note": "%s; %s; %s" % (fmt, "labelled" if lab else "no deciding word", s.g.genre)})
        return s.t(v)
    def lk(s, name, v):  # very common negatives are annotated only on a sample (~8 %) to keep the list focused
        if name in COMMON and R.random() > .08:
            return s.t(v)
        s.looks.append({"start": s.n, "end": s.n + len(v), "name": name, "value": v}); return s.t(v)
    def text(s):
        return "".join(s.parts)

class G:  # per-document context
    def __init__(s, lg, genre, kinds):
        s.lg, s.genre, s.K, s.r = lg, genre, kinds, R
        s.l = L[lg]; s.plan = R.choice(PLAN[lg]); s.national = False; s.url = None
        nm = R.choice(NAMES[lg]).split("|"); s.disp, s.first, s.last = nm
    def local(s, path):  # page is clearly local: URL on the plan's ccTLD
        s.national = True
        s.url = "https://www.%s%s/%s" % (R.choice(ORGW.get(s.genre, "nova vita prima atlas").split()) + R.choice(["", "24", "online"]), TLD[s.plan], path)
    def orgdom(s):
        return R.choice(ORGW.get(s.genre, "novacorp vitaprima atlasgroup").split()) + TLD[s.plan]

def local_part(g):
    f, l = g.first, g.last
    u = R.choice(["%s.%s" % (f, l), f[0] + l, "%s_%s%02d" % (f, l, R.randrange(100)), "%s%s%d" % (f, l, R.randrange(60, 100)), "%s.%s" % (f, l)])
    return u

def email_val(g, role=False, obf_ok=False):
    if role:
        u = R.choice((ROLE.get(g.lg) or ROLE["en"]).split()); d = g.orgdom(); fmt = "role address on organisation domain"
    else:
        u, d = local_part(g), R.choice(PROV[g.lg].split()); fmt = "personal address, regional provider"
        x = R.random()
        if x < .12 and d.split(".")[0] in ("gmail", "outlook", "yahoo", "icloud"):
            u += "+" + R.choice(["shop", "news", "work", "2024", "bank"]); fmt = "subaddress (+tag)"
        elif x < .22:
            u = ".".join(p.capitalize() for p in u.split(".")); fmt = "mixed case"
    if obf_ok and R.random() < .45:
        d0, d1 = d.split(".", 1)
        v = R.choice(OBF[g.lg]).format(u=u, d=d, d0=d0, d1=d1.replace(".", " dot ") if " dot " in OBF[g.lg][0] else d1)
        assert "@" not in v
        return v, "obfuscated"
    v = u + "@" + d
    assert re.fullmatch(r"[A-Za-z0-9._+-]+@[a-z0-9.-]+\.[a-z]{2,}", v), v
    return v, fmt

def put_email(b, g, label=True, role=False, obf_ok=False, display=False):
    v, fmt = email_val(g, role, obf_ok)
    if label:
        b.t(g.l["email"] + ": ")
    if display and fmt != "obfuscated":
        b.t('"%s" <' % g.disp); b.sp("email", v, fmt + ", display-name form", label); b.t(">")
    else:
        b.sp("email", v, fmt, label)

PHONES = []
def put_phone(b, g, label=True, ocr=False, typ=None, mob=False):
    plan = g.plan
    v, fmt = V.make_phone(R, plan, g.national, typ)
    typ2 = fmt.split(" national")[0].split(" international")[0][len(plan) + 1:]
    PHONES.append((v, plan, typ2))
    if ocr and R.random() < .5:
        i = R.choice([k for k in range(2, len(v) - 1) if v[k].isdigit() and v[k - 1].isdigit()] or [len(v) - 1])
        v = v[:i] + " " + v[i:]; fmt += ", OCR stray space"
        PHONES[-1] = (v, plan, typ2)
    if label:
        b.t((g.l["mob"] if "mobile" in fmt else g.l["phone"]) + ": ")
    b.sp("phone", v, fmt, label)

def put_card(b, g, label=True, test_ok=False):
    brand = R.choice(CARDB.get(g.lg, CARDB["*"]))
    test = test_ok and R.random() < .12
    if test:
        brand = R.choice(["Visa", "Mastercard", "Amex", "Discover", "JCB"])
    v, fmt = V.make_card(R, brand, R.choice([" ", " ", "-", None]), test)
    if label:
        b.t(g.l["card"] + ": ")
    b.sp("card", v, fmt, label)

def put_iban(b, g, label=True, grouped=None, ocr=False):
    cc = R.choice(IBANC.get(g.lg, ["DE", "FR", "GB"]))
    v, fmt = V.make_iban(R, cc, R.random() < .6 if grouped is None else grouped)
    if cc in ("DE", "FR", "GB") and g.lg != "en":
        fmt += ", international transfer"
    if ocr and R.random() < .4:
        i = R.randrange(5, len(v) - 2)
        if v[i] != " " and v[i - 1] != " ":
            v = v[:i] + " " + v[i:]; fmt += ", OCR stray space"
    if label:
        b.t(g.l["iban"] + ": ")
    b.sp("iban", v, fmt, label)

def put_ip(b, g, v6=None):
    v, fmt = V.make_ip(R, R.random() < .16 if v6 is None else v6)
    b.sp("ip", v, fmt, False)
    return v

# ---------------------------------------------------------------- look-alikes
def LA(name):
    r = R
    if name == "date": return r.choice(["%02d/%02d/%d", "%02d.%02d.%d", "%02d-%02d-%d"]) % (r.randint(1, 28), r.randint(1, 12), r.randint(2019, 2025))
    if name == "timestamp": return "%d-%02d-%02dT%02d:%02d:%02dZ" % (r.randint(2021, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
    if name == "time": return "%02d:%02d" % (r.randint(7, 19), r.choice([0, 15, 30, 45]))
    if name == "price": return r.choice(["€ %d,%02d", "R$ %d,%02d", "$%d.%02d", "₹%d.%02d", "¥%d,%03d", "%d.%02d zł"]) % (r.randint(12, 2400), r.randint(0, 99))
    if name == "order_code": return r.choice(["#", "ORD-", "PED-", "NR "]) + "%d-%05d" % (r.randint(2022, 2025), r.randint(0, 99999))
    if name == "pnr": return "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    if name == "reservation_code": return "RES" + V.digits(r, 3) + "-" + "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    if name == "tracking": return r.choice(["1Z%s%s%s%s%s" % (r.choice("ABCDEFWXY"), V.digits(r, 2), r.choice("ABCDEFRV"), V.digits(r, 2), V.digits(r, 10)), "LX%sCN" % V.digits(r, 9), "JD" + V.nonluhn_digits(r, 16)])
    if name == "isbn":
        d = "978" + r.choice("01234589") + V.digits(r, 8)
        c = (10 - sum(int(x) * (1 if i % 2 == 0 else 3) for i, x in enumerate(d)) % 10) % 10
        return "ISBN %s-%s-%s-%s-%d" % (d[:3], d[3], d[4:8], d[8:12], c)
    if name == "uuid": return "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12), 0x8000 | r.getrandbits(14), r.getrandbits(48))
    if name == "hash": return "%040x" % r.getrandbits(160) if r.random() < .5 else "%064x" % r.getrandbits(256)
    if name == "private_ip": return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)), "192.168.%d.%d" % (r.randint(0, 10), r.randint(1, 254)), "fd%02x:%x:%x::%x" % (r.getrandbits(8), r.getrandbits(16), r.getrandbits(16), r.randint(1, 999))])
    if name == "loopback_ip": return r.choice(["127.0.0.1", "::1", "127.0.1.1"])
    if name == "doc_ip": return r.choice(["192.0.2.%d" % r.randint(1, 254), "198.51.100.%d" % r.randint(1, 254), "203.0.113.%d" % r.randint(1, 254), "2001:db8::%x" % r.randint(1, 0xfff)])
    if name == "mac": return ":".join("%02x" % r.getrandbits(8) for _ in range(6))
    if name == "luhn_fail": return V.fmt_groups(V.luhn_fail16(r), (4, 4, 4, 4), r.choice([" ", "-", ""]))
    if name == "masked_card": return r.choice(["**** **** **** %s", "XXXX-XXXX-XXXX-%s", "•••• %s", "************%s"]) % V.digits(r, 4)
    if name == "coordinates": return "%.4f, %.4f" % (r.uniform(-40, 60), r.uniform(-120, 140))
    if name == "math": return r.choice(["%d × %d = %d", "%d + %d = %d"]) % ((lambda a, b, op: (a, b, a * b if op else a + b))(r.randint(12, 999), r.randint(2, 99), r.random() < .5))
    if name == "port": return str(r.choice([8080, 8443, 5432, 6379, 3306, 9090, 27017]))
    if name == "handle": return "@" + r.choice(["maria", "joao", "luca", "kasia", "daan", "rahul", "somchai", "budi", "taro", "minjun", "dani", "ali", "juma", "john"]) + r.choice(["_", ".", ""]) + r.choice(["dev", "official", "92", "x", "travels"])
    if name == "npm_scope": return r.choice(["@babel/core", "@types/node", "@angular/cli", "@vue/compiler-sfc", "@nestjs/common"])
    if name == "decorator": return r.choice(["@app.route", "@pytest.fixture", "@staticmethod", "@dataclass", "@property"])
    if name == "k8s_quantity": return r.choice(["500m", "250m", "256Mi", "1Gi", "2Gi", "100m"])
    if name == "version": return r.choice(["10.0.19045.3803", "6.1.7601.24545", "4.18.23110.3", "v2.%d.%d" % (r.randint(0, 20), r.randint(0, 30)), "1.%d.%d" % (r.randint(18, 27), r.randint(0, 12)), "115.0.%d" % r.randint(1, 9)])
    if name == "postal_code": return r.choice(["28013", "01310-100", "00184", "00-950", "1012 AB", "110001", "10110", "50450", "〒100-0001", "04524", "SW1A 1AA", "00100", "9414201"])
    if name == "invoice": return "INV-%d/%04d" % (r.randint(2022, 2025), r.randint(1, 9999))
    if name == "bad_iban": return V.bad_iban(r, r.choice(["ES", "PT", "IT", "PL", "NL", "DE", "FR", "GB"]))
    raise KeyError(name)

def NID(g):
    if g.lg == "es": return R.choice([V.dni(R), V.nie(R)]), R.choice(["DNI", "NIE", "DNI/NIE"])
    if g.lg == "pt": return V.cpf(R), "CPF"
    if g.lg in ("hi", "ta") or (g.lg == "en" and g.plan == "IN"): return (V.pan(R), "PAN") if R.random() < .5 else (V.aadhaar(R), "Aadhaar")
    return None, None

def lk_line(b, g, names, sep="\n"):
    for nm in names:
        b.t(sep + {"date": g.l["date"] + ": "}.get(nm, "")); b.lk(nm, LA(nm))

# ---------------------------------------------------------------- genres
def ocr_text(s, lg):
    if lg in ("es", "pt", "it", "pl", "nl", "id", "ms", "sw", "en"):
        if R.random() < .6:
            s = s.replace("fi", "ﬁ").replace("fl", "ﬂ")
        ws, out, ln = s.split(" "), [], 0
        for w in ws:
            if ln > 45 and len(w) >= 8 and R.random() < .7:
                k = len(w) // 2; out.append(w[:k] + "-\n" + w[k:]); ln = len(w) - k
            elif ln > 60:
                out.append("\n" + w); ln = len(w)
            else:
                out.append((" " if out else "") + w); ln += len(w) + 1
        return "".join(out).replace(" \n", "\n")
    return s

def forum(b, g):
    K = g.K
    if g.lg != "en" and R.random() < .5: g.local("forum/t/%d" % R.randint(1000, 99999))
    b.t(R.choice(["Re: ", "", "» "]) + R.choice(["[%s] " % g.l["hi"], ""]) + "\n" + sent(g.lg, R.randint(1, 2)))
    if "ip" in K:
        b.t("\nIP: " if R.random() < .3 else "\n"); put_ip(b, g)
        if R.random() < .5: b.t(" (router "); b.lk("private_ip", LA("private_ip")); b.t(")")
    if "card" in K:
        b.t("\n" + sent(g.lg) + "\n"); put_card(b, g, label=R.random() < .5, test_ok=True)
    b.t("\n\n-- \n" + g.disp)
    if "email" in K:
        b.t("\n"); put_email(b, g, label=R.random() < .5, obf_ok=True)
    if "phone" in K:
        b.t(" | " if R.random() < .5 else "\n"); put_phone(b, g, label=R.random() < .6)
    b.t("\n%s " % g.l["dm"]); b.lk("handle", LA("handle"))
    if R.random() < .5: b.t("\nFirefox "); b.lk("version", LA("version"))
    b.t("\n"); b.lk("timestamp", LA("timestamp"))

def pdf(b, g):
    K = g.K
    if R.random() < .6: g.local("docs/folleto.pdf")
    b.t("%s  %s\n\n" % (g.orgdom().split(".")[0].upper(), R.choice(["1/3", "Page 2 of 4", "- 3 -", "p. 7"])))
    b.t(ocr_text(sent(g.lg, R.randint(1, 2)), g.lg) + "\n\n")
    b.t(ocr_text(R.choice(["Contact", "Kontakt", "Contacto"]) if g.lg in ("es", "pl", "en") else g.l["name"], g.lg) + "      ")
    if "phone" in K: put_phone(b, g, ocr=True); b.t("      ")
    b.t("\n" + ocr_text(sent(g.lg), g.lg) if R.random() < .4 else "\n")
    if "email" in K: b.t("      "); put_email(b, g, label=R.random() < .6, role=R.random() < .5, obf_ok=True)
    if "iban" in K: b.t("\n"); put_iban(b, g, ocr=True)
    b.t("\n"); x = R.choice(["isbn", "postal_code", "invoice"]); b.lk(x, LA(x))
    b.t("\n\n" + R.choice(["© ", "Rev. "]) ); b.lk("date", LA("date")); b.t("                    " + str(R.randint(2, 40)))

def form(b, g):
    K = g.K
    g.local("formulario") if R.random() < .7 else None
    b.t(sent(g.lg) + "\n\n")
    b.t("%s: %s\n" % (g.l["name"], g.disp))
    nid, nl = NID(g)
    if nid: b.t(nl + ": "); b.lk("national_id", nid); b.t("\n")
    b.t(g.l["date"] + ": "); b.lk("date", LA("date")); b.t("\n")
    if "phone" in K: put_phone(b, g); b.t("\n")
    if "email" in K: put_email(b, g); b.t("\n")
    if "iban" in K: put_iban(b, g, grouped=True); b.t("\n")
    b.t("CP: " if g.lg == "es" else "Postal: "); b.lk("postal_code", LA("postal_code"))
    b.t("\n" + sent(g.lg))

def hr(b, g):
    K = g.K
    g.national = True  # internal spreadsheet of a local employer
    sep = R.choice(["\t", " | "])
    cols = [g.l["name"]] + [c for c, k in ((g.l["email"], "email"), (g.l["phone"], "phone"), ("IBAN", "iban")) if k in K] + ["Start", "Gross"]
    b.t(sent(g.lg) + "\n" + sep.join(cols) + "\n")
    for _ in range(R.randint(2, 3)):
        nm = R.choice(NAMES[g.lg]).split("|"); g.disp, g.first, g.last = nm
        b.t(g.disp)
        if "email" in K: b.t(sep); put_email(b, g, label=False) if R.random() < .8 else put_email(b, g, label=False, role=False)
        if "phone" in K: b.t(sep); put_phone(b, g, label=False)
        if "iban" in K: b.t(sep); put_iban(b, g, label=False, grouped=R.random() < .3)
        b.t(sep); b.lk("date", LA("date")); b.t(sep); b.lk("price", LA("price")); b.t("\n")

def hr_note(span_list):  # column headers count as deciding words
    for s in span_list:
        s["note"] = s["note"].replace("no deciding word; hr", "labelled (column header); hr")

def medical(b, g):
    K = g.K
    g.local("citas") if R.random() < .7 else None
    b.t("%s %s,\n\n%s\n%s: " % (g.l["hi"], g.disp, sent(g.lg, R.randint(1, 2)), g.l["appt"]))
    b.lk("date", LA("date")); b.t(" "); b.lk("time", LA("time"))
    b.t("\n%s ID: " % g.l["patient"]); b.lk("order_code", "P-" + V.digits(R, 6))
    b.t("\n\n")
    if "phone" in K: put_phone(b, g, typ=None); b.t("\n")
    if "email" in K: put_email(b, g, role=True); b.t("\n")
    b.t(g.l["thx"])

def booking(b, g):
    K = g.K
    g.plan = R.choice(PLAN[g.lg] + ["GB", "US"])
    b.t("%s: " % g.l["ref"]); x = R.choice(["pnr", "reservation_code"]); b.lk(x, LA(x))
    b.t("\n%s: %s\n" % (g.l["name"], g.disp)); b.t("Check-in: "); b.lk("date", LA("date")); b.t("  "); b.lk("time", LA("time"))
    b.t("\n" + sent(g.lg) + "\n")
    if "email" in K: put_email(b, g, display=R.random() < .4); b.t("\n")
    if "phone" in K: put_phone(b, g); b.t("\n")
    if "card" in K: put_card(b, g, label=True)
    else: b.t(g.l["card"] + ": "); b.lk("masked_card", LA("masked_card"))
    b.t("\n%s: " % g.l["total"]); b.lk("price", LA("price")); b.t("\nGPS: "); b.lk("coordinates", LA("coordinates"))

def receipt(b, g):
    K = g.K
    g.local("recibo")  # a local shop's receipt
    b.t(g.orgdom().split(".")[0].upper() + "\n"); b.lk("date", LA("date")); b.t(" "); b.lk("time", LA("time"))
    b.t("\n" + sent(g.lg) + "\n%s: " % g.l["total"]); b.lk("price", LA("price")); b.t("\n")
    if "card" in K: put_card(b, g, label=R.random() < .7)
    else: b.lk("masked_card", LA("masked_card"))
    b.t("\nAUTH "); b.lk("order_code", V.digits(R, 6) if R.random() < .3 else LA("order_code"))
    if "phone" in K: b.t("\n"); put_phone(b, g)
    if "email" in K: b.t("\n"); put_email(b, g, role=True)

def sft(b, g):
    K = g.K
    style = R.choice(["hh", "alpaca", "pref"])
    b.t({"hh": "\n\nHuman: ", "alpaca": "### Instruction:\n", "pref": "prompt: "}[style] + sent(g.lg) + "\n")
    pasted = []
    for k in ("email", "phone", "card", "iban"):
        if k in K:
            {"email": lambda: put_email(b, g), "phone": lambda: put_phone(b, g), "card": lambda: put_card(b, g), "iban": lambda: put_iban(b, g)}[k]()
            pasted.append((k, b.spans[-1])); b.t("\n")
    ans = {"hh": "\n\nAssistant: ", "alpaca": "### Response:\n", "pref": "chosen: "}[style]
    b.t(ans + sent(g.lg) + " ")
    for k, s in pasted:
        if k == "card": b.t(g.l["card"] + " "); b.lk("masked_card", LA("masked_card")); b.t(". ")
        elif R.random() < .5 and style != "pref": b.sp(k, s["value"], s["note"].split(";")[0] + ", repeated by assistant", False); b.t(". ")
        else: b.t("[%s]. " % k.upper())
    if style == "pref":
        b.t("\nrejected: " + sent(g.lg) + " ")
        for k, s in pasted[:1]: b.sp(k, s["value"], s["note"].split(";")[0] + ", repeated in rejected answer", False)

def chat(b, g):
    K = g.K
    g.plan = R.choice(PLAN[g.lg])
    if R.random() < .5: g.local("ajuda/chat")
    a, c = g.l["agent"], g.l["cust"]
    h, m = R.randint(8, 20), R.randint(0, 50)
    def who(x):
        nonlocal m
        m += 1; b.t("\n[%02d:%02d] %s: " % (h, m % 60, x))
    who(a); b.t(g.l["hi"] + "! " + g.l["ref"] + "? ")
    who(c); b.t(sent(g.lg) + " "); b.lk("order_code", LA("order_code"))
    if "email" in K: who(c); put_email(b, g, label=R.random() < .4)
    if "phone" in K: who(c); put_phone(b, g, label=R.random() < .4)
    if "card" in K: who(c); put_card(b, g, label=R.random() < .5)
    if "iban" in K: who(c); put_iban(b, g, label=R.random() < .6, grouped=R.random() < .5)
    who(a); b.t(sent(g.lg) + " Tracking: "); b.lk("tracking", LA("tracking"))
    who(c); b.t(g.l["thx"])

def markdown(b, g):
    K = g.K
    b.t("# %s\n\n%s " % (g.orgdom().split(".")[0], sent(g.lg))); b.lk("version", LA("version")); b.t("\n\n```\nnpm i "); b.lk("npm_scope", LA("npm_scope")); b.t("\n```\n\n")
    b.t("| %s | Role | Contact |\n|---|---|---|\n" % g.l["name"])
    for _ in range(R.randint(1, 3)):
        nm = R.choice(NAMES[g.lg]).split("|"); g.disp, g.first, g.last = nm
        b.t("| %s | maintainer | " % g.disp)
        if "email" in K: put_email(b, g, label=False)
        elif "phone" in K: put_phone(b, g, label=False)
        else: b.lk("handle", LA("handle"))
        b.t(" |\n")
    if "ip" in K or R.random() < .5:
        b.t("\n| host | address | port |\n|---|---|---|\n")
        for i in range(R.randint(2, 3)):
            b.t("| node%d | " % i)
            if "ip" in K and i != 1: put_ip(b, g)
            else: b.lk("private_ip", LA("private_ip"))
            b.t(" | "); b.lk("port", LA("port")); b.t(" |\n")
    if "phone" in K and "email" in K: b.t("\nHotline: "); put_phone(b, g, label=False)

def log(b, g):
    K = g.K
    kind = R.choice(["nginx", "sshd", "fail2ban", "k8s", "nginxconf"])
    b.t("# " + sent(g.lg) + "\n")
    n = R.randint(2, 4) if "ip" in K else 0
    host = R.choice(["web01", "vps-3", "srv-db", "edge2"])
    if kind == "k8s":
        b.t("apiVersion: v1\nkind: Service\nmetadata:\n  name: %s\n  uid: " % host); b.lk("uuid", LA("uuid"))
        b.t("\nspec:\n  type: LoadBalancer\n  clusterIP: "); b.lk("private_ip", "10.96.%d.%d" % (R.randint(0, 255), R.randint(1, 254)))
        if n: b.t("\n  loadBalancerIP: "); put_ip(b, g, v6=False)
        b.t("\n  externalIPs:\n")
        for i in range(max(1, n - 1)):
            b.t("  - ")
            put_ip(b, g) if n else b.lk("doc_ip", LA("doc_ip"))
            b.t("\n")
        b.t("  ports:\n  - port: "); b.lk("port", LA("port")); b.t("\n  resources:\n    limits: {cpu: "); b.lk("k8s_quantity", "500m"); b.t(", memory: "); b.lk("k8s_quantity", "256Mi"); b.t("}\n")
        return
    if kind == "nginxconf":
        b.t("server {\n    listen "); b.lk("port", LA("port")); b.t(" ssl;\n    set_real_ip_from "); b.lk("private_ip", "10.0.0.0/8"); b.t(";\n")
        for i in range(max(n, 1)):
            b.t("    allow "); put_ip(b, g) if n else b.lk("doc_ip", LA("doc_ip")); b.t(";\n")
        b.t("    deny all;\n    proxy_pass http://"); b.lk("loopback_ip", "127.0.0.1"); b.t(":"); b.lk("port", LA("port")); b.t(";\n}\n")
        return
    for i in range(max(n, 2)):
        pub = n and i < n
        sec = "%02d:%02d:%02d" % (R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
        if kind == "sshd":
            b.t("Mar %2d %s %s sshd[%d]: Failed password for %s from " % (R.randint(1, 28), sec, host, R.randint(1000, 65000), R.choice(["root", "invalid user admin", "ubuntu"])))
            put_ip(b, g) if pub else b.lk("private_ip", LA("private_ip"))
            b.t(" port "); b.lk("port", str(R.randint(30000, 65000))); b.t(" ssh2\n")
        elif kind == "fail2ban":
            b.t("2024-03-%02d %s,%03d fail2ban.actions [%d]: NOTICE [sshd] Ban " % (R.randint(1, 28), sec, R.randint(0, 999), R.randint(300, 2000)))
            put_ip(b, g) if pub else b.lk("doc_ip", LA("doc_ip")); b.t("\n")
        else:
            put_ip(b, g) if pub else b.lk("private_ip", LA("private_ip"))
            b.t(' - - [12/Mar/2024:%s +0000] "GET /api/v2/items?id=' % sec); b.lk("uuid", LA("uuid")); b.t(' HTTP/1.1" 200 %d "-" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"\n' % R.randint(200, 90000))
    if "email" in K and kind == "fail2ban":
        b.t("destemail = "); put_email(b, g, label=False, role=True); b.t("\n")
    if R.random() < .3: b.t("commit "); b.lk("hash", LA("hash")); b.t("\n")

def social(b, g):  # short social post, no contact data beyond what K asks
    K = g.K
    b.t(sent(g.lg) + " "); b.lk("handle", LA("handle"))
    if "phone" in K: b.t("\nWhatsApp: " if R.random() < .6 else "\n"); put_phone(b, g, label=False)
    if "email" in K: b.t("\n"); put_email(b, g, label=False, obf_ok=True)
    b.t("\n" + R.choice(["#", "📍 "]) ); b.lk("coordinates", LA("coordinates")) if R.random() < .5 else b.t("tbt")
    if R.random() < .3: b.t("\n"); b.lk("decorator", LA("decorator")); b.t(" lol")

GENRES = {  # function, allowed kinds, weight, languages allowed (None = all)
 "forum": (forum, ["email", "phone", "ip", "card"], 32), "social": (social, ["phone", "email"], 14), "pdf": (pdf, ["email", "phone", "iban"], 30),
 "form": (form, ["email", "phone", "iban"], 30), "hr": (hr, ["email", "phone", "iban"], 24), "medical": (medical, ["email", "phone"], 22),
 "booking": (booking, ["email", "phone", "card"], 28), "receipt": (receipt, ["card", "phone", "email"], 22), "sft": (sft, ["email", "phone", "card", "iban"], 34),
 "chat": (chat, ["email", "phone", "card", "iban"], 34), "markdown": (markdown, ["email", "ip", "phone"], 20), "log": (log, ["ip", "email"], 40)}

# ---------------------------------------------------------------- checks
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
V4_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])")
V6_RE = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")

def covered(sp, a, z):
    return any(s["start"] <= a and z <= s["end"] for s in sp)

def check(doc):
    t, sp, lk = doc["text"], doc["spans"], doc["lookalikes"]
    iv = sorted([(s["start"], s["end"]) for s in sp + lk])
    for (a, z), (a2, _) in zip(iv, iv[1:]):
        assert z <= a2, ("overlap", t[a:z])
    for s in sp + lk:
        assert t[s["start"]:s["end"]] == s["value"] and s["value"]
        a, z = s["start"], s["end"]
        assert (a == 0 or not t[a - 1].isalnum()) and (z == len(t) or not t[z].isalnum()), ("glued", t[max(0, a - 3):z + 3])
    for s in sp:
        v, k = s["value"], s["kind"]
        assert k in ("email", "ip", "card", "iban", "phone")
        if k == "card": assert V.luhn_ok(v)
        if k == "iban": assert V.mod97_ok(v) and len(v.replace(" ", "")) == V.IBAN_LEN[v[:2]]
        if k == "ip": assert V.ip_ok(ipaddress.ip_address(v))
        if k == "email" and "obfuscated" not in s["note"]: assert EMAIL_RE.fullmatch(v)
    for s in lk:
        if s["name"] == "luhn_fail": assert not V.luhn_ok(s["value"])
        if s["name"] == "bad_iban": assert not V.mod97_ok(s["value"])
        if s["name"].endswith("_ip"): assert not ipaddress.ip_network(s["value"], strict=False).network_address.is_global
    for m in EMAIL_RE.finditer(t):
        assert covered(sp, m.start(), m.end()), ("unlabelled email", m.group())
    for m in V4_RE.finditer(t):
        try: a = ipaddress.ip_address(m.group())
        except ValueError: continue
        assert not a.is_global or covered(sp, m.start(), m.end()), ("unlabelled ip", m.group())
    for m in V6_RE.finditer(t):
        try: a = ipaddress.IPv6Address(m.group())
        except ValueError: continue
        assert not a.is_global or covered(sp, m.start(), m.end()), ("unlabelled ipv6", m.group())
    for m in IBAN_RE.finditer(t):
        raw = m.group().replace(" ", ""); n = V.IBAN_LEN.get(raw[:2])
        if n and len(raw) >= n and V.mod97_ok(raw[:n]):
            assert covered(sp, m.start(), m.end()), ("unlabelled iban", m.group())
    for m in re.finditer(r"\d(?:[ -]?\d){12,18}", t):  # card-shaped digit runs outside spans must fail Luhn
        if not any(s["start"] < m.end() and m.start() < s["end"] for s in sp + [x for x in lk if x["name"] != "luhn_fail"]):
            assert not V.luhn_ok(m.group()), ("luhn-valid unlabelled", m.group())

# ---------------------------------------------------------------- main
def main():
    langs = ["en"] * 88 + [l for l in LANGS if l != "en"] * 18
    langs = langs[:NDOC]; R.shuffle(langs)
    nospan = set(R.sample(range(NDOC), 42))
    gnames = sorted(GENRES); weights = [GENRES[k][2] for k in gnames]
    cnt = collections.Counter(); docs = []; extra_la = ["luhn_fail", "bad_iban", "math", "mac", "isbn", "uuid", "doc_ip", "decorator"]
    for i, lg in enumerate(langs):
        genre = R.choices(gnames, weights)[0]
        fn, allowed, _ = GENRES[genre]
        if i in nospan: K = set()
        elif genre == "log": K = {"ip"} | ({"email"} if R.random() < .2 else set())
        else:
            order = sorted(allowed, key=lambda k: (cnt[k] + R.random() * 40))
            K = set(order[:R.choice([1, 1, 2, 2, 3])])
        g = G(lg, genre, K); b = B(g)
        fn(b, g)
        if genre == "hr": hr_note(b.spans)
        if R.random() < .25:  # an extra hard negative typical of free text
            nm = R.choice(extra_la); b.t("\n" + {"luhn_fail": "Ref. ", "bad_iban": "IBAN (old): ", "math": "", "mac": "MAC ", "isbn": "", "uuid": "id ", "doc_ip": "e.g. ", "decorator": ""}[nm]); b.lk(nm, LA(nm))
        d = {"text": b.text(), "language": lg, "url": g.url, "spans": b.spans, "lookalikes": b.looks}
        check(d)
        for s in d["spans"]: cnt[s["kind"]] += 1
        d["_genre"] = genre
        docs.append(d)
    for v, plan, typ in PHONES:
        assert V.phone_nsn_ok(v, plan, typ), (v, plan, typ)
    return docs, cnt

def report(docs, cnt, sha):
    C = collections.Counter
    kinds = C(s["kind"] for d in docs for s in d["spans"])
    la = C(l["name"] for d in docs for l in d["lookalikes"])
    lang = C(d["language"] for d in docs); genre = C(d["_genre"] for d in docs)
    ef = C(("obfuscated" if "obfuscated" in s["note"] else s["note"].split(";")[0].split(",")[0]) for d in docs for s in d["spans"] if s["kind"] == "email")
    disp = sum("display-name" in s["note"] for d in docs for s in d["spans"])
    ph = C(" ".join(s["note"].split(";")[0].split(" ")[:1]) + (" national" if " national " in s["note"] else " international") for d in docs for s in d["spans"] if s["kind"] == "phone")
    pf = C(s["note"].split(";")[0].split(" ", 1)[1].split(", OCR")[0].rsplit(" ", 1)[0] if False else re.sub(r"\d", "9", s["value"]) for d in docs for s in d["spans"] if s["kind"] == "phone")
    cb = C(s["note"].split(" ")[0] + (" (test)" if "public test" in s["note"] else "") for d in docs for s in d["spans"] if s["kind"] == "card")
    ib = C(s["value"][:2] for d in docs for s in d["spans"] if s["kind"] == "iban")
    ipf = C(s["note"].split(" (")[0] for d in docs for s in d["spans"] if s["kind"] == "ip")
    lab = C(s["note"].split("; ")[1] for d in docs for s in d["spans"])
    nos = sum(not d["spans"] for d in docs)
    f = lambda c: "\n".join("| %s | %d |" % (k, v) for k, v in sorted(c.items(), key=lambda x: (-x[1], x[0])))
    return f"""# pii_unseen9 — independent labelled PII test set

Built by `make_unseen9.py` (+ `values.py`), Python standard library only, `random.Random({SEED})`, no set/dict-order
or hash dependence; output is byte-identical on every run. Built without reading the detector, its tests, filters or
other benchmark folders.

**sha256(unseen9.jsonl) = `{sha}`**

## Format
One JSON object per line: `text, language, url, spans[start,end,kind,value,note], lookalikes[start,end,name,value]`.
Offsets are Python code-point offsets. `note` = `<format>; labelled|no deciding word; <genre>` (HR column headers are
written `labelled (column header)`). Spans cover the value only (no `mailto:`, `<>`, quotes, `:port`); obfuscated e-mails
are spanned as written (e.g. `maria.garcia arroba hotmail punto es`).

## Counts
{len(docs)} documents, {sum(kinds.values())} spans, {sum(la.values())} look-alikes, {nos} documents ({100*nos/len(docs):.1f} %) without any span.

| kind | spans |\n|---|---|\n{f(kinds)}

| language | docs |\n|---|---|\n{f(lang)}

| genre | docs |\n|---|---|\n{f(genre)}

| labelling | spans |\n|---|---|\n{f(lab)}

E-mail forms (display-name forms: {disp}):\n\n| form | n |\n|---|---|\n{f(ef)}

IP forms:\n\n| form | n |\n|---|---|\n{f(ipf)}

Phone plans:\n\n| plan | n |\n|---|---|\n{f(ph)}

Phone formats (digits shown as 9):\n\n| format | n |\n|---|---|\n{f(pf)}

Card brands:\n\n| brand | n |\n|---|---|\n{f(cb)}

IBAN countries:\n\n| country | n |\n|---|---|\n{f(ib)}

Look-alikes:\n\n| name | n |\n|---|---|\n{f(la)}

Look-alike annotation: every rarer hard negative is annotated; the very common ones (dates, times, timestamps,
prices, ports, order codes, tracking numbers, UUIDs, coordinates, handles) appear in many more places than are
annotated (about 8 % are listed). Everything outside `spans` is a negative, annotated or not.

## How values were made (published rules, not a detector)
- **e-mail**: romanised names on regional providers per language (hotmail.es, terra.com.br, libero.it, wp.pl, onet.pl,
  ziggo.nl, rediffmail.com, yahoo.co.in, sify.com, ymail.com, yahoo.co.jp, naver.com, walla.co.il, yahoo.co.id, ...), role
  addresses on invented organisation domains (which may coincide with real domains), `+tag` subaddresses (only on providers
  that support them), mixed case, display-name forms. Obfuscation only in forum/social posts and PDFs, with the words
  people use (arroba/punto, chiocciola, małpa, apenstaartje/punt, [at]/[dot], แอท/ดอท, 골뱅이, שטרודל, Japanese ★/full-width ＠).
- **ip**: random hosts inside well-known operator/cloud prefixes (Google, Cloudflare, Fastly, GitHub, Meta, Apple, AWS,
  Google Cloud, Comcast, Deutsche Telekom, Orange France, Free; IPv6: Google, Cloudflare, Meta, DTAG, Comcast, HE, Fastly,
  AWS); every one checked with `ipaddress` (is_global, not private/reserved/multicast/loopback/link-local); no .0/.255 hosts.
- **phone**: 18 plans (ES BR PT IT PL NL IN TH ID MY JP KR IL IR KE TZ US GB), mobile prefixes of real operators and
  capital-city landline codes, correct national significant number lengths (asserted per plan). National format only when
  the document is local (URL on the plan's ccTLD or a local business/form context); otherwise +CC / 00CC. Excluded: US 555,
  N11 and 0/1 exchanges; GB Ofcom drama ranges (07700 900xxx, 020 7946 0xxx). Real ranges mean a number may belong to
  someone; they are random, not collected.
- **card**: Luhn-valid numbers in real IIN ranges (Visa, Mastercard incl. 2221–2720, Amex 4-6-5, Discover, JCB, UnionPay,
  Diners 14-digit 4-6-4, Elo 636368/438935/504175/451416, Hipercard 606282, RuPay), spaced, dashed or unseparated.
  **Decision: well-known public test numbers (4111…1111, 4242…4242, 5555…4444, 378282246310005, 6011111111111117,
  3530111333300000) are labelled as `card` spans** (note `public test number`), because in text they are indistinguishable
  from a real PAN and a PII filter should treat them as cards.
- **iban**: ES (DC mod 11), PT (NIB key), IT (CIN), PL (sort-code check digit), NL (11-proof), BR, IL, plus DE/FR/GB for
  international transfers; FR RIB key; ISO 13616 mod-97 asserted; grouped by 4 or compact. No national check for BR/IL/DE/GB.
- Look-alikes (must not be hit) include national ids named `national_id` (DNI/NIE with valid letter, CPF with valid
  check digits, PAN, Aadhaar with Verhoeff) — they are not one of the five kinds.

## Checks run by the generator (the run fails otherwise)
offsets/values; no overlap between any spans/look-alikes; no value glued to a letter/digit; Luhn pass (spans) / fail
(`luhn_fail`); mod-97 pass (spans) / fail (`bad_iban`); `ipaddress` on every IP span and private/doc look-alike; phone digit
count and prefix per plan; scan of every text for unannotated e-mail-like strings, public IPv4/IPv6, valid IBANs and
Luhn-valid 13–19 digit runs — none outside labelled spans. Exception: digit runs inside look-alikes
other than `luhn_fail` (ISBN, UUID, national ids, tracking) are exempt from the Luhn scan; some pass Luhn by chance.

## Limits
- Templates are written by one author; field labels in 16 languages are short and sometimes approximate; chat role
  names and some headers are localised, log/config lines are English as in real systems.
- Base sentences are unrelated to the surrounding template (topic coherence is not modelled).
- OCR effects are simulated (ligatures ﬁ/ﬂ, hyphenation at line breaks, stray spaces inside phone/IBAN values,
  headers/footers, flattened columns) on Latin-script languages only.
- `ja` has only 412 source sentences, enough for its share.
- Phone/IBAN/card numbers are random inside real ranges; they are not checked against live allocation databases.

## Sources and licenses of the base text
Sentences from `lingua-py/language-testdata/sentences/<lang>.txt` (pemistahl/lingua-py @ 754ce21122, Apache-2.0; data
derived from the Leipzig Wortschatz corpora), via `/work/shared/data`. Each sentence used at most once; dropped if it
contained `@`, IPv4-shaped strings, URLs/domains, IBAN-shaped tokens, runs of 7+ digits or emoji; 25–220 characters.
Sentences used per language: {dict(sorted(USED.items()))}.
"""

if __name__ == "__main__":
    docs, cnt = main()
    out = "".join(json.dumps({k: d[k] for k in ("text", "language", "url", "spans", "lookalikes")}, ensure_ascii=False) + "\n" for d in docs)
    p = os.path.join(HERE, "unseen9.jsonl")
    with open(p, "w", encoding="utf-8", newline="\n") as f:
        f.write(out)
    sha = hashlib.sha256(out.encode("utf-8")).hexdigest()
    for k in ("email", "ip", "card", "iban", "phone"):
        assert cnt[k] >= 100, (k, cnt[k])
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(report(docs, cnt, sha))
    print(len(docs), dict(cnt), sum(len(d["lookalikes"]) for d in docs), sha)
