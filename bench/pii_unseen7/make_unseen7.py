#!/usr/bin/env python3
"""Deterministic generator for the "unseen7" PII test set.

Builds 400 documents (real base sentences from lingua-py's language test data,
one to three per document, in the document's language) wrapped in the genres
where personal data actually turns up: mailing-list archive pages, WHOIS
records, web/mail server logs, CSV exports, legal notices, chat exports, job
postings, event registration confirmations, bank transfer confirmations,
support tickets and git logs.  Planted values: e-mail addresses, IP addresses,
payment card numbers, IBANs and phone numbers (spans), plus look-alikes that a
detector must NOT report.

Standard library only.  Fixed seed 77007.  Output is byte-identical across runs.

    cd /work/main && .venv/bin/python bench/pii_unseen7/make_unseen7.py
"""
import collections
import hashlib
import ipaddress
import json
import os
import random
import re
import sys
import uuid
from pathlib import Path

SEED = 77007
HERE = Path(__file__).resolve().parent
OUT_JSONL = HERE / 'unseen7.jsonl'
OUT_README = HERE / 'README.md'
SHARED = Path(os.environ.get('UNSEEN7_SHARED_DATA', '/work/shared/data'))
SENT_DIR = SHARED / 'lingua-py' / 'language-testdata' / 'sentences'

N_DOCS = 400
TARGET_PER_KIND = 120
KINDS = ['email', 'ip', 'card', 'iban', 'phone']
LANGS = ['en', 'es', 'pt', 'hi', 'bn', 'th', 'he', 'fa', 'sw', 'ms', 'tl', 'pl', 'nl', 'it']

rng = random.Random(SEED)


# ---------------------------------------------------------------------------
# validators (used as assertions on everything planted)
# ---------------------------------------------------------------------------
def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        total += v
    return total % 10 == 0


def _iban_num(s):
    return int(''.join(str(int(c, 36)) for c in s))


def iban_ok(iban):
    s = iban.replace(' ', '').upper()
    if not re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9]{10,30}', s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_make(cc, bban):
    chk = 98 - _iban_num(bban + cc + '00') % 97
    return '%s%02d%s' % (cc, chk, bban)


def ip_public(text):
    a = ipaddress.ip_address(text)
    return a.is_global and not a.is_multicast and not a.is_reserved and not a.is_private


def ip_nonpublic(text):
    a = ipaddress.ip_address(text)
    return not a.is_global


# ---------------------------------------------------------------------------
# base text: lingua-py sentences, filtered so the only PII is what we plant
# ---------------------------------------------------------------------------
RE_IPV4 = re.compile(r'\d{1,3}(?:\.\d{1,3}){3}')
RE_URL = re.compile(r'(?i)https?://|www\.|://|\b[\w-]+\.(?:com|net|org|info|biz|edu|gov|[a-z]{2})\b(?!\.)')
RE_IBANISH = re.compile(r'\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,}')
# 7+ digits (any script) joined by at most two separator characters -- stricter
# than the 9-digit rule in the brief, so short phone-like runs are also dropped.
RE_DIGITRUN = re.compile(r'\d(?:[\s.\-/()]{0,2}\d){6,}')


def base_ok(s):
    if '@' in s or RE_IPV4.search(s) or RE_URL.search(s) or RE_IBANISH.search(s) or RE_DIGITRUN.search(s):
        return False
    if not (25 <= len(s) <= 320):
        return False
    if any(ord(c) < 32 for c in s):
        return False
    return True


BASE_STATS = {}


def load_base():
    pools = {}
    for lang in LANGS:
        path = SENT_DIR / (lang + '.txt')
        lines = path.read_text(encoding='utf-8').splitlines()
        kept = [ln.strip() for ln in lines if ln.strip() and base_ok(ln.strip())]
        # keep file order, then shuffle with the seeded generator
        rng.shuffle(kept)
        pools[lang] = kept
        BASE_STATS[lang] = (len(lines), len(kept))
    return pools


# ---------------------------------------------------------------------------
# document builder: every planted value goes through sp()/lk(), which record
# offsets while the text is written, so offsets are exact by construction
# ---------------------------------------------------------------------------
class Doc:
    def __init__(self, idx, lang, genre, country, domain, url, pieces):
        self.idx = idx
        self.lang = lang
        self.genre = genre
        self.country = country
        self.domain = domain
        self.url = url
        self.pieces = list(pieces)
        self.n_pieces = len(pieces)
        self.parts = []
        self.pos = 0
        self.spans = []
        self.looks = []
        self.look_labelled = []
        self.flavor = None
        self.obf_plan = None

    def w(self, *ss):
        for s in ss:
            self.parts.append(s)
            self.pos += len(s)

    def sp(self, kind, value, fmt, labelled):
        self.spans.append({'start': self.pos, 'end': self.pos + len(value), 'kind': kind, 'value': value,
                           'note': '%s; %s; %s' % (fmt, 'labelled' if labelled else 'no deciding word',
                                                   self.genre.replace('_', ' '))})
        self.w(value)

    def lk(self, name, value, labelled):
        self.looks.append({'start': self.pos, 'end': self.pos + len(value), 'name': name, 'value': value})
        self.look_labelled.append(bool(labelled))
        self.w(value)

    def take(self):
        return self.pieces.pop(0) if self.pieces else ''

    def rest(self, sep=' '):
        out = sep.join(self.pieces)
        self.pieces = []
        return out

    def text(self):
        return ''.join(self.parts)

    def url_tld(self):
        if not self.url:
            return None
        host = re.sub(r'^[a-z]+://', '', self.url).split('/')[0].split('?')[0]
        return host.rsplit('.', 1)[-1]


def fill(d, template, **vals):
    """Write template, replacing {key} with a string or by calling a callable(d)."""
    for tok in re.split(r'(\{[a-z_0-9]+\})', template):
        if tok.startswith('{') and tok.endswith('}') and tok[1:-1] in vals:
            v = vals[tok[1:-1]]
            if callable(v):
                v(d)
            else:
                d.w(v)
        elif tok:
            d.w(tok)


# ---------------------------------------------------------------------------
# localized labels (order of LANGS: en es pt hi bn th he fa sw ms tl pl nl it)
# ---------------------------------------------------------------------------
_L = {
    'email': ('Email', 'Correo electrónico', 'E-mail', 'ईमेल', 'ইমেইল', 'อีเมล', 'דוא"ל', 'ایمیل', 'Barua pepe',
              'E-mel', 'Email', 'E-mail', 'E-mail', 'E-mail'),
    'phone': ('Phone', 'Teléfono', 'Telefone', 'फ़ोन', 'ফোন', 'โทร', 'טלפון', 'تلفن', 'Simu', 'Tel', 'Telepono',
              'Tel.', 'Tel.', 'Tel.'),
    'mobile': ('Mobile', 'Móvil', 'Celular', 'मोबाइल', 'মোবাইল', 'มือถือ', 'נייד', 'موبایل', 'Simu ya mkononi',
               'Telefon bimbit', 'Cellphone', 'Tel. kom.', 'Mobiel', 'Cellulare'),
    'account': ('Account (IBAN)', 'Cuenta (IBAN)', 'Conta (IBAN)', 'खाता (IBAN)', 'অ্যাকাউন্ট (IBAN)', 'บัญชี (IBAN)',
                'חשבון (IBAN)', 'حساب (IBAN)', 'Akaunti (IBAN)', 'Akaun (IBAN)', 'Account (IBAN)',
                'Nr rachunku (IBAN)', 'Rekeningnummer (IBAN)', 'Conto (IBAN)'),
    'card': ('Card number', 'Número de tarjeta', 'Número do cartão', 'कार्ड नंबर', 'কার্ড নম্বর', 'หมายเลขบัตร',
             'מספר כרטיס', 'شماره کارت', 'Namba ya kadi', 'Nombor kad', 'Numero ng card', 'Numer karty',
             'Kaartnummer', 'Numero carta'),
    'ip': ('IP address', 'Dirección IP', 'Endereço IP', 'आईपी पता', 'আইপি ঠিকানা', 'ที่อยู่ IP', 'כתובת IP',
           'آدرس IP', 'Anwani ya IP', 'Alamat IP', 'IP address', 'Adres IP', 'IP-adres', 'Indirizzo IP'),
    'name': ('Name', 'Nombre', 'Nome', 'नाम', 'নাম', 'ชื่อ', 'שם', 'نام', 'Jina', 'Nama', 'Pangalan',
             'Imię i nazwisko', 'Naam', 'Nome'),
    'order': ('Order #', 'Pedido nº', 'Pedido nº', 'ऑर्डर नंबर', 'অর্ডার নম্বর', 'เลขที่คำสั่งซื้อ', 'מספר הזמנה',
              'شماره سفارش', 'Namba ya oda', 'No. pesanan', 'Order No.', 'Nr zamówienia', 'Bestelnummer',
              'Ordine n.'),
    'invoice': ('Invoice No.', 'Factura nº', 'Fatura nº', 'चालान संख्या', 'চালান নম্বর', 'ใบแจ้งหนี้เลขที่',
                'חשבונית מס׳', 'شماره فاکتور', 'Ankara Na.', 'No. invois', 'Invoice No.', 'Faktura nr',
                'Factuurnummer', 'Fattura n.'),
    'ticket': ('Ticket', 'Incidencia', 'Chamado', 'टिकट', 'টিকেট', 'เลขที่เรื่อง', 'פנייה מס׳', 'شماره تیکت',
               'Tiketi', 'Tiket', 'Ticket', 'Zgłoszenie nr', 'Ticketnummer', 'Ticket n.'),
    'tracking': ('Tracking number', 'Nº de seguimiento', 'Código de rastreio', 'ट्रैकिंग नंबर', 'ট্র্যাকিং নম্বর',
                 'เลขพัสดุ', 'מספר מעקב', 'کد رهگیری', 'Namba ya ufuatiliaji', 'No. penjejakan', 'Tracking No.',
                 'Numer przesyłki', 'Track & Trace', 'Codice di tracciamento'),
    'postal': ('ZIP', 'C.P.', 'CEP', 'पिन कोड', 'পোস্ট কোড', 'รหัสไปรษณีย์', 'מיקוד', 'کد پستی', 'Msimbo wa posta',
               'Poskod', 'ZIP code', 'Kod pocztowy', 'Postcode', 'CAP'),
    'version': ('Version', 'Versión', 'Versão', 'संस्करण', 'সংস্করণ', 'เวอร์ชัน', 'גרסה', 'نسخه', 'Toleo', 'Versi',
                'Bersyon', 'Wersja', 'Versie', 'Versione'),
    'date': ('Date', 'Fecha', 'Data', 'दिनांक', 'তারিখ', 'วันที่', 'תאריך', 'تاریخ', 'Tarehe', 'Tarikh', 'Petsa',
             'Data', 'Datum', 'Data'),
    'amount': ('Amount', 'Importe', 'Valor', 'राशि', 'পরিমাণ', 'จำนวนเงิน', 'סכום', 'مبلغ', 'Kiasi', 'Jumlah',
               'Halaga', 'Kwota', 'Bedrag', 'Importo'),
    'reference': ('Reference', 'Referencia', 'Referência', 'संदर्भ', 'রেফারেন্স', 'เลขอ้างอิง', 'אסמכתא',
                  'شماره پیگیری', 'Kumbukumbu', 'Rujukan', 'Reference No.', 'Nr referencyjny', 'Kenmerk',
                  'Riferimento'),
    'beneficiary': ('Beneficiary', 'Beneficiario', 'Beneficiário', 'लाभार्थी', 'প্রাপক', 'ผู้รับเงิน', 'מוטב',
                    'ذینفع', 'Mpokeaji', 'Penerima', 'Benepisyaryo', 'Odbiorca', 'Begunstigde', 'Beneficiario'),
    'from_acct': ('From account', 'Cuenta de cargo', 'Conta de origem', 'प्रेषक खाता', 'প্রেরকের অ্যাকাউন্ট',
                  'บัญชีต้นทาง', 'חשבון מחויב', 'حساب مبدأ', 'Akaunti ya mtumaji', 'Akaun pengirim',
                  'Mula sa account', 'Z rachunku', 'Van rekening', 'Conto di addebito'),
    'contact': ('Contact', 'Contacto', 'Contato', 'संपर्क', 'যোগাযোগ', 'ติดต่อ', 'יצירת קשר', 'تماس', 'Mawasiliano',
                'Hubungi', 'Makipag-ugnayan', 'Kontakt', 'Contact', 'Contatti'),
    'send_cv': ('Send your CV to', 'Envía tu CV a', 'Envie seu currículo para', 'अपना बायोडाटा भेजें:',
                'আপনার সিভি পাঠান:', 'ส่งใบสมัครมาที่', 'קו"ח לשליחה:', 'رزومه خود را ارسال کنید به',
                'Tuma CV yako kwa', 'Hantar resume ke', 'Ipadala ang resume sa', 'CV prosimy przesyłać na adres',
                'Stuur je cv naar', 'Invia il tuo CV a'),
    'reg_ok': ('Registration confirmed', 'Inscripción confirmada', 'Inscrição confirmada',
               'पंजीकरण की पुष्टि हो गई', 'নিবন্ধন নিশ্চিত হয়েছে', 'ยืนยันการลงทะเบียน', 'ההרשמה אושרה',
               'ثبت‌نام شما تأیید شد', 'Usajili umethibitishwa', 'Pendaftaran disahkan',
               'Kumpirmado ang rehistrasyon', 'Potwierdzenie rejestracji', 'Inschrijving bevestigd',
               'Iscrizione confermata'),
    'transfer_ok': ('Transfer completed', 'Transferencia realizada', 'Transferência realizada', 'ट्रांसफर सफल',
                    'ট্রান্সফার সম্পন্ন হয়েছে', 'โอนเงินสำเร็จ', 'ההעברה בוצעה', 'انتقال وجه با موفقیت انجام شد',
                    'Uhamisho umekamilika', 'Pemindahan berjaya', 'Matagumpay ang paglipat ng pondo',
                    'Przelew został wykonany', 'Overboeking uitgevoerd', 'Bonifico eseguito'),
    'legal': ('Terms of Service', 'Aviso legal', 'Termos de uso', 'नियम और शर्तें', 'শর্তাবলী',
              'ข้อกำหนดและเงื่อนไข', 'תנאי שימוש', 'قوانین و مقررات', 'Sheria na Masharti', 'Terma dan Syarat',
              'Mga Tuntunin at Kundisyon', 'Regulamin', 'Algemene voorwaarden', 'Note legali'),
    'job': ('Job opening', 'Oferta de empleo', 'Vaga de emprego', 'नौकरी का अवसर', 'চাকরির বিজ্ঞপ্তি', 'รับสมัครงาน',
            'דרושים', 'فرصت شغلی', 'Nafasi ya kazi', 'Jawatan kosong', 'Hiring', 'Oferta pracy', 'Vacature',
            'Offerta di lavoro'),
    'salary': ('Salary', 'Salario', 'Salário', 'वेतन', 'বেতন', 'เงินเดือน', 'שכר', 'حقوق', 'Mshahara', 'Gaji',
               'Sahod', 'Wynagrodzenie', 'Salaris', 'Retribuzione'),
    'invalid': ('invalid', 'no válido', 'inválido', 'अमान्य', 'অবৈধ', 'ไม่ถูกต้อง', 'לא תקין', 'نامعتبر',
                'si sahihi', 'tidak sah', 'hindi wasto', 'nieprawidłowy', 'ongeldig', 'non valido'),
    'ref_job': ('Ref.', 'Ref.', 'Ref.', 'संदर्भ', 'রেফ.', 'รหัสตำแหน่ง', 'מס׳ משרה', 'کد آگهی', 'Kumb.',
                'Rujukan', 'Ref.', 'Nr ref.', 'Referentie', 'Rif.'),
    'notify': ('Notification sent to', 'Aviso enviado a', 'Aviso enviado para', 'सूचना भेजी गई:',
               'বিজ্ঞপ্তি পাঠানো হয়েছে:', 'ส่งการแจ้งเตือนไปที่', 'הודעה נשלחה אל', 'اطلاعیه ارسال شد به',
               'Taarifa imetumwa kwa', 'Notifikasi dihantar ke', 'Ipinadala ang abiso sa',
               'Powiadomienie wysłano na', 'Bevestiging verzonden naar', 'Notifica inviata a'),
    'venue': ('Venue', 'Lugar', 'Local', 'स्थान', 'স্থান', 'สถานที่', 'מיקום', 'محل برگزاری', 'Mahali', 'Tempat',
              'Lugar', 'Miejsce', 'Locatie', 'Luogo'),
    'customer': ('Customer', 'Cliente', 'Cliente', 'ग्राहक', 'গ্রাহক', 'ลูกค้า', 'לקוח', 'مشتری', 'Mteja',
                 'Pelanggan', 'Customer', 'Klient', 'Klant', 'Cliente'),
    'agent': ('Support agent', 'Agente de soporte', 'Atendente', 'सहायता एजेंट', 'সাপোর্ট এজেন্ট', 'เจ้าหน้าที่',
              'נציג תמיכה', 'پشتیبان', 'Wakala wa huduma', 'Ejen sokongan', 'Support agent', 'Konsultant',
              'Medewerker klantenservice', 'Operatore'),
    'paid_with': ('Paid with', 'Pagado con', 'Pago com', 'भुगतान', 'পরিশোধ', 'ชำระด้วย', 'שולם באמצעות',
                  'پرداخت با', 'Imelipwa kwa', 'Dibayar dengan', 'Binayaran gamit ang', 'Zapłacono kartą',
                  'Betaald met', 'Pagato con'),
    'payment': ('Payment details', 'Datos de pago', 'Dados de pagamento', 'भुगतान विवरण', 'পেমেন্টের তথ্য',
                'ข้อมูลการชำระเงิน', 'פרטי תשלום', 'اطلاعات پرداخت', 'Maelezo ya malipo', 'Butiran pembayaran',
                'Detalye ng bayad', 'Dane płatności', 'Betaalgegevens', 'Dati di pagamento'),
    'log': ('Log excerpt', 'Extracto del log', 'Trecho do log', 'लॉग का अंश', 'লগের অংশ', 'ตัวอย่าง log',
            'קטע מהלוג', 'بخشی از لاگ', 'Sehemu ya log', 'Petikan log', 'Bahagi ng log', 'Fragment logu',
            'Fragment uit de log', 'Estratto del log'),
    'new_form': ('New form submission', 'Nuevo registro recibido', 'Nova inscrição recebida', 'नया पंजीकरण',
                 'নতুন নিবন্ধন', 'มีผู้ลงทะเบียนใหม่', 'הרשמה חדשה התקבלה', 'ثبت‌نام جدید', 'Usajili mpya',
                 'Pendaftaran baharu', 'Bagong rehistrasyon', 'Nowe zgłoszenie', 'Nieuwe inschrijving',
                 'Nuova iscrizione ricevuta'),
}
L = {k: dict(zip(LANGS, v)) for k, v in _L.items()}
for _k, _v in _L.items():
    assert len(_v) == len(LANGS), _k


def lab(key, lang):
    return L[key][lang]


def colon(lang):
    return ': '


# ---------------------------------------------------------------------------
# people, providers, organisations
# ---------------------------------------------------------------------------
NAMES = {
    'en': [('John Miller', 'john', 'miller'), ('Emily Carter', 'emily', 'carter'), ('Michael Johnson', 'michael', 'johnson'),
           ('Sarah Thompson', 'sarah', 'thompson'), ('David Nguyen', 'david', 'nguyen'), ('Jessica Brown', 'jessica', 'brown'),
           ('Robert Wilson', 'robert', 'wilson'), ('Ashley Davis', 'ashley', 'davis'), ("Kevin O'Brien", 'kevin', 'obrien'),
           ('Laura Martinez', 'laura', 'martinez'), ('Brian Patel', 'brian', 'patel'), ('Megan Clark', 'megan', 'clark'),
           ('Priya Nair', 'priya', 'nair'), ('Grace Wanjiku', 'grace', 'wanjiku'), ('Carlo Reyes', 'carlo', 'reyes')],
    'es': [('María García', 'maria', 'garcia'), ('José Martínez', 'jose', 'martinez'), ('Lucía Fernández', 'lucia', 'fernandez'),
           ('Javier López', 'javier', 'lopez'), ('Carmen Ruiz', 'carmen', 'ruiz'), ('Alejandro Sánchez', 'alejandro', 'sanchez'),
           ('Sofía Ramírez', 'sofia', 'ramirez'), ('Diego Torres', 'diego', 'torres'), ('Valentina Gómez', 'valentina', 'gomez'),
           ('Martín Herrera', 'martin', 'herrera'), ('Ana Belén Castro', 'anabelen', 'castro'), ('Pablo Ortega', 'pablo', 'ortega')],
    'pt': [('Ana Souza', 'ana', 'souza'), ('João Silva', 'joao', 'silva'), ('Mariana Oliveira', 'mariana', 'oliveira'),
           ('Pedro Santos', 'pedro', 'santos'), ('Beatriz Costa', 'beatriz', 'costa'), ('Rafael Pereira', 'rafael', 'pereira'),
           ('Carla Ferreira', 'carla', 'ferreira'), ('Tiago Rodrigues', 'tiago', 'rodrigues'), ('Luíza Almeida', 'luiza', 'almeida'),
           ('Gonçalo Marques', 'goncalo', 'marques'), ('Inês Carvalho', 'ines', 'carvalho'), ('Felipe Barbosa', 'felipe', 'barbosa')],
    'hi': [('राहुल शर्मा', 'rahul', 'sharma'), ('प्रिया वर्मा', 'priya', 'verma'), ('अमित कुमार', 'amit', 'kumar'),
           ('सुनीता यादव', 'sunita', 'yadav'), ('विकास गुप्ता', 'vikas', 'gupta'), ('नेहा सिंह', 'neha', 'singh'),
           ('अंकित मिश्रा', 'ankit', 'mishra'), ('पूजा पटेल', 'pooja', 'patel'), ('रोहित जैन', 'rohit', 'jain'),
           ('कविता चौहान', 'kavita', 'chauhan')],
    'bn': [('তানভীর আহমেদ', 'tanvir', 'ahmed'), ('ফারহানা ইসলাম', 'farhana', 'islam'), ('রফিকুল হাসান', 'rafiqul', 'hasan'),
           ('নুসরাত জাহান', 'nusrat', 'jahan'), ('সৌমিত্র দাস', 'soumitra', 'das'), ('মাহমুদুল করিম', 'mahmudul', 'karim'),
           ('সাবরিনা চৌধুরী', 'sabrina', 'chowdhury'), ('অর্পিতা ঘোষ', 'arpita', 'ghosh'), ('ইমরান হোসেন', 'imran', 'hossain'),
           ('শারমিন আক্তার', 'sharmin', 'akter')],
    'th': [('สมชาย วงศ์สกุล', 'somchai', 'wongsakul'), ('นภัสสร ศรีสุข', 'napatsorn', 'srisuk'),
           ('ธนากร แก้วมณี', 'thanakorn', 'kaewmanee'), ('พิมพ์ชนก บุญมา', 'pimchanok', 'boonma'),
           ('กิตติพงษ์ จันทร์เพ็ญ', 'kittipong', 'chanpen'), ('วรรณา สุขใจ', 'wanna', 'sukjai'),
           ('อนุชา ทองดี', 'anucha', 'thongdee'), ('ปิยะนุช รัตนพันธ์', 'piyanuch', 'rattanapan')],
    'he': [('יוסי כהן', 'yossi', 'cohen'), ('נועה לוי', 'noa', 'levi'), ('אבי מזרחי', 'avi', 'mizrahi'),
           ('מיכל פרץ', 'michal', 'peretz'), ('דניאל ביטון', 'daniel', 'biton'), ('שירה אברהם', 'shira', 'avraham'),
           ('איתי פרידמן', 'itai', 'friedman'), ('רונית שגיא', 'ronit', 'sagi')],
    'fa': [('رضا احمدی', 'reza', 'ahmadi'), ('مریم حسینی', 'maryam', 'hosseini'), ('علی رضایی', 'ali', 'rezaei'),
           ('زهرا محمدی', 'zahra', 'mohammadi'), ('مهدی کریمی', 'mehdi', 'karimi'), ('فاطمه موسوی', 'fatemeh', 'mousavi'),
           ('امیر جعفری', 'amir', 'jafari'), ('نیلوفر صادقی', 'niloofar', 'sadeghi')],
    'sw': [('Juma Mwangi', 'juma', 'mwangi'), ('Amina Otieno', 'amina', 'otieno'), ('Wanjiru Kamau', 'wanjiru', 'kamau'),
           ('Baraka Mushi', 'baraka', 'mushi'), ('Neema Mollel', 'neema', 'mollel'), ('Hassan Mbwana', 'hassan', 'mbwana'),
           ('Achieng Odhiambo', 'achieng', 'odhiambo'), ('Zawadi Kimaro', 'zawadi', 'kimaro')],
    'ms': [('Ahmad Faiz Rahman', 'ahmadfaiz', 'rahman'), ('Nurul Aisyah Zainal', 'nurulaisyah', 'zainal'),
           ('Siti Hajar Ismail', 'sitihajar', 'ismail'), ('Muhammad Hafiz Yusof', 'hafiz', 'yusof'),
           ('Tan Wei Ming', 'weiming', 'tan'), ('Lim Mei Ling', 'meiling', 'lim'),
           ('Kavitha Subramaniam', 'kavitha', 'subramaniam'), ('Azlan Hamid', 'azlan', 'hamid')],
    'tl': [('Juan dela Cruz', 'juan', 'delacruz'), ('Maria Santos', 'maria', 'santos'), ('Mark Anthony Reyes', 'markanthony', 'reyes'),
           ('Kristine Bautista', 'kristine', 'bautista'), ('Angelica Mendoza', 'angelica', 'mendoza'),
           ('Paolo Villanueva', 'paolo', 'villanueva'), ('Rhea Aquino', 'rhea', 'aquino'), ('Jerome Castillo', 'jerome', 'castillo')],
    'pl': [('Katarzyna Nowak', 'katarzyna', 'nowak'), ('Piotr Kowalski', 'piotr', 'kowalski'),
           ('Agnieszka Wiśniewska', 'agnieszka', 'wisniewska'), ('Tomasz Wójcik', 'tomasz', 'wojcik'),
           ('Magdalena Kamińska', 'magdalena', 'kaminska'), ('Krzysztof Lewandowski', 'krzysztof', 'lewandowski'),
           ('Joanna Zielińska', 'joanna', 'zielinska'), ('Michał Szymański', 'michal', 'szymanski')],
    'nl': [('Jeroen de Vries', 'jeroen', 'devries'), ('Sanne Jansen', 'sanne', 'jansen'), ('Bram van Dijk', 'bram', 'vandijk'),
           ('Lotte Bakker', 'lotte', 'bakker'), ('Thijs Visser', 'thijs', 'visser'), ('Femke Smit', 'femke', 'smit'),
           ('Ruben Meijer', 'ruben', 'meijer'), ('Eva de Boer', 'eva', 'deboer')],
    'it': [('Giulia Rossi', 'giulia', 'rossi'), ('Marco Bianchi', 'marco', 'bianchi'), ('Francesca Romano', 'francesca', 'romano'),
           ('Luca Colombo', 'luca', 'colombo'), ('Chiara Ricci', 'chiara', 'ricci'), ('Alessandro Marino', 'alessandro', 'marino'),
           ('Elena Greco', 'elena', 'greco'), ('Matteo Bruno', 'matteo', 'bruno')],
}

# personal mail providers by language / country (regional ones first)
PROVIDERS = {
    'en': ['gmail.com', 'yahoo.com', 'outlook.com', 'hotmail.com', 'aol.com', 'comcast.net', 'icloud.com', 'protonmail.com'],
    'es': ['gmail.com', 'hotmail.com', 'hotmail.es', 'yahoo.es', 'telefonica.net', 'outlook.es', 'prodigy.net.mx',
           'yahoo.com.mx', 'hotmail.com.ar', 'yahoo.com.ar', 'fibertel.com.ar'],
    'pt': ['terra.com.br', 'uol.com.br', 'bol.com.br', 'ig.com.br', 'globo.com', 'gmail.com', 'hotmail.com', 'sapo.pt',
           'iol.pt', 'netcabo.pt'],
    'hi': ['rediffmail.com', 'gmail.com', 'yahoo.co.in', 'yahoo.in', 'hotmail.com', 'outlook.com'],
    'bn': ['gmail.com', 'yahoo.com', 'hotmail.com', 'rediffmail.com'],
    'th': ['yahoo.co.th', 'hotmail.co.th', 'gmail.com', 'hotmail.com'],
    'he': ['walla.co.il', 'walla.com', '012.net.il', 'bezeqint.net', 'netvision.net.il', 'gmail.com'],
    'fa': ['yahoo.com', 'gmail.com', 'chmail.ir', 'ymail.com'],
    'sw': ['gmail.com', 'yahoo.com', 'yahoo.co.uk', 'hotmail.com'],
    'ms': ['yahoo.com.my', 'gmail.com', 'hotmail.my', 'tm.net.my'],
    'tl': ['yahoo.com.ph', 'gmail.com', 'yahoo.com', 'hotmail.com'],
    'pl': ['wp.pl', 'o2.pl', 'onet.pl', 'interia.pl', 'gazeta.pl', 'gmail.com'],
    'nl': ['ziggo.nl', 'kpnmail.nl', 'hotmail.nl', 'live.nl', 'planet.nl', 'xs4all.nl', 'gmail.com'],
    'it': ['libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'tin.it', 'yahoo.it', 'gmail.com'],
}

ORGS = {
    'en': ['brightpathconsulting', 'maplestreetdental', 'northwindlogistics', 'cedarhillschool', 'bluefinsoftware',
           'riversidecommunityclub', 'summitroofingco', 'harborviewclinic'],
    'es': ['clinicasanrafael', 'inmobiliariadelsol', 'talleresgarcia', 'vecinoslasrosas', 'grupoandino',
           'colegiosanjose', 'ferreteriaelfaro', 'consultoraiberia'],
    'pt': ['construtoraalvorada', 'clinicavidaplena', 'escolanovohorizonte', 'imobiliariaatlantico',
           'associacaomoradores', 'transportesminho', 'padariapaodouro', 'contabilidadeprime'],
    'hi': ['shreeganeshtraders', 'bharatsoftech', 'sunriseacademy', 'gangaexports', 'navjeevanhospital'],
    'bn': ['padmatextiles', 'dhakasoftlab', 'sonarbanglatraders', 'rupaliagro', 'meghnafoundation'],
    'th': ['siamtechsolutions', 'baansukhotel', 'chaophrayatrading', 'thaiorchidtravel', 'lannacraft'],
    'he': ['hadartech', 'galilsolutions', 'yarkonlaw', 'negevlogistics', 'karmelclinic'],
    'fa': ['parsianafzar', 'kavehtrading', 'arianwebdesign', 'tooskaco', 'sepehrgostar'],
    'sw': ['kilimanjarotours', 'mombasatraders', 'ujenzibora', 'pwanitech', 'nyotalogistics'],
    'ms': ['cahayaenterprise', 'majujayatrading', 'kedaibudiman', 'melakatech', 'nusantaraedu'],
    'tl': ['bayanihantech', 'sampaguitatravel', 'lunaconstruction', 'mabuhaytrading', 'pinoycraftworks'],
    'pl': ['transpol-logistyka', 'biurorachunkowe-nowak', 'szkolajezykowa-lingua', 'drukarniaorzel', 'wiselsoft'],
    'nl': ['bakkerijdeboer', 'vandijkadvies', 'installatiebedrijfsmit', 'stichtingdebrug', 'grachtensoftware'],
    'it': ['studiolegalebianchi', 'ferramentarossi', 'agriturismoilpoggio', 'tipografiacolombo', 'associazionelaquercia'],
}

ROLE_LOCAL = {
    'en': ['info', 'hr', 'careers', 'support', 'billing', 'accounts', 'helpdesk', 'office'],
    'es': ['info', 'contacto', 'rrhh', 'empleo', 'facturacion', 'soporte', 'administracion'],
    'pt': ['contato', 'atendimento', 'vagas', 'rh', 'financeiro', 'suporte', 'geral'],
    'hi': ['info', 'hr', 'careers', 'support', 'accounts'],
    'bn': ['info', 'hr', 'career', 'support'],
    'th': ['info', 'hr', 'contact', 'support'],
    'he': ['info', 'office', 'jobs', 'support'],
    'fa': ['info', 'support', 'sales'],
    'sw': ['info', 'hr', 'careers', 'support'],
    'ms': ['info', 'kerjaya', 'pertanyaan', 'admin'],
    'tl': ['info', 'hr', 'hiring', 'support'],
    'pl': ['biuro', 'kontakt', 'rekrutacja', 'faktury', 'pomoc'],
    'nl': ['info', 'sollicitatie', 'klantenservice', 'administratie'],
    'it': ['info', 'amministrazione', 'segreteria', 'lavoro', 'assistenza'],
}

LANG_COUNTRIES = {
    'en': ['US', 'US', 'US', 'IN', 'KE', 'PH', 'MY'], 'es': ['ES', 'ES', 'MX', 'AR'], 'pt': ['BR', 'BR', 'PT'],
    'hi': ['IN'], 'bn': ['BD', 'BD', 'IN'], 'th': ['TH'], 'he': ['IL'], 'fa': ['IR'], 'sw': ['KE', 'TZ'],
    'ms': ['MY'], 'tl': ['PH'], 'pl': ['PL'], 'nl': ['NL'], 'it': ['IT'],
}
ALL_COUNTRIES = ['ES', 'MX', 'AR', 'BR', 'PT', 'IN', 'BD', 'TH', 'IL', 'IR', 'KE', 'TZ', 'MY', 'PH', 'PL', 'NL', 'IT', 'US']
CC_TLD = {'ES': 'es', 'MX': 'mx', 'AR': 'ar', 'BR': 'br', 'PT': 'pt', 'IN': 'in', 'BD': 'bd', 'TH': 'th', 'IL': 'il',
          'IR': 'ir', 'KE': 'ke', 'TZ': 'tz', 'MY': 'my', 'PH': 'ph', 'PL': 'pl', 'NL': 'nl', 'IT': 'it', 'US': 'us'}
# how organisations in each country register under the ccTLD
CC_SUFFIX = {'ES': '.es', 'MX': '.com.mx', 'AR': '.com.ar', 'BR': '.com.br', 'PT': '.pt', 'IN': '.co.in', 'BD': '.com.bd',
             'TH': '.co.th', 'IL': '.co.il', 'IR': '.ir', 'KE': '.co.ke', 'TZ': '.co.tz', 'MY': '.com.my',
             'PH': '.com.ph', 'PL': '.pl', 'NL': '.nl', 'IT': '.it', 'US': '.us'}
CITY = {'ES': 'Madrid', 'MX': 'Ciudad de México', 'AR': 'Buenos Aires', 'BR': 'São Paulo', 'PT': 'Lisboa',
        'IN': 'New Delhi', 'BD': 'ঢাকা', 'TH': 'กรุงเทพฯ', 'IL': 'תל אביב', 'IR': 'تهران', 'KE': 'Nairobi',
        'TZ': 'Dar es Salaam', 'MY': 'Kuala Lumpur', 'PH': 'Manila', 'PL': 'Warszawa', 'NL': 'Amsterdam',
        'IT': 'Roma', 'US': 'San Francisco, CA'}
CITY_EN = {'IN': 'New Delhi', 'BD': 'Dhaka', 'TH': 'Bangkok', 'IL': 'Tel Aviv', 'IR': 'Tehran'}
COORD = {'ES': (40.4168, -3.7038), 'MX': (19.4326, -99.1332), 'AR': (-34.6037, -58.3816), 'BR': (-23.5505, -46.6333),
         'PT': (38.7223, -9.1393), 'IN': (28.6139, 77.2090), 'BD': (23.8103, 90.4125), 'TH': (13.7563, 100.5018),
         'IL': (32.0853, 34.7818), 'IR': (35.6892, 51.3890), 'KE': (-1.2921, 36.8219), 'TZ': (-6.7924, 39.2083),
         'MY': (3.1390, 101.6869), 'PH': (14.5995, 120.9842), 'PL': (52.2297, 21.0122), 'NL': (52.3676, 4.9041),
         'IT': (41.9028, 12.4964), 'US': (37.7749, -122.4194)}


def rd(n):
    return ''.join(rng.choice('0123456789') for _ in range(n))


def person(lang):
    return rng.choice(NAMES[lang])


def grp(s, sizes, sep=' '):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


PERSIAN_DIGITS = str.maketrans('0123456789', '۰۱۲۳۴۵۶۷۸۹')
BENGALI_DIGITS = str.maketrans('0123456789', '০১২৩৪৫৬৭৮৯')
THAI_DIGITS = str.maketrans('0123456789', '๐๑๒๓๔๕๖๗๘๙')


# ---------------------------------------------------------------------------
# e-mail addresses
# ---------------------------------------------------------------------------
def local_part(first, last):
    r = rng.random()
    if r < 0.35:
        return first + '.' + last
    if r < 0.5:
        return first + last
    if r < 0.6:
        return first[0] + last
    if r < 0.7:
        return first + '_' + last
    if r < 0.85:
        return first + '.' + last + str(rng.choice([7, 12, 21, 77, 83, 85, 88, 90, 92, 99, 2001, 1987, 1994]))
    return last + '.' + first


OBF_STYLES = {
    'pipermail-at': lambda l, dom: '%s at %s' % (l, dom),
    'hypermail-_at_': lambda l, dom: '%s_at_%s' % (l, dom),
    'at-dot': lambda l, dom: '%s at %s' % (l, dom.replace('.', ' dot ')),
    'paren-at': lambda l, dom: '%s (at) %s' % (l, dom),
    'bracket-at': lambda l, dom: '%s[at]%s' % (l, dom),
    'bracket-at-dot': lambda l, dom: '%s [at] %s' % (l, dom.replace('.', ' [dot] ')),
    'arroba': lambda l, dom: '%s arroba %s' % (l, dom.replace('.', ' punto ')),
}


class Email:
    def __init__(self, text, fmt, display, obfuscated):
        self.text, self.fmt, self.display, self.obfuscated = text, fmt, display, obfuscated


def make_email(d, who='person', obf=None, case=None, person_=None, domain=None):
    """who: person | role | list | noreply.  obf: one of OBF_STYLES or None."""
    lang = d.lang
    fmt = []
    display = None
    if who == 'person':
        p = person_ or person(lang)
        display = p[0]
        local = local_part(p[1], p[2])
        dom = domain or rng.choice(PROVIDERS[lang])
        fmt.append('personal')
        if rng.random() < 0.09 and obf is None:
            local += '+' + rng.choice(['news', 'compras', 'lists', 'work', 'shop', 'jobs', 'bank', 'tickets'])
            fmt.append('subaddress')
    elif who == 'role':
        local = rng.choice(ROLE_LOCAL[lang])
        dom = domain or d.domain
        display = None
        fmt.append('role')
    elif who == 'list':
        local = d.listname
        dom = 'lists.' + d.domain
        fmt.append('list address')
    else:
        raise ValueError(who)
    addr_local, addr_dom = local, dom
    if case is None:
        r = rng.random()
        case = 'upper' if r < 0.05 else ('capital' if r < 0.08 else 'lower')
    if case == 'upper':
        addr_local, addr_dom = addr_local.upper(), addr_dom.upper()
        fmt.append('uppercase')
    elif case == 'capital':
        addr_local = '.'.join(x[:1].upper() + x[1:] for x in addr_local.split('.'))
        addr_dom = addr_dom[:1].upper() + addr_dom[1:]
        fmt.append('mixed case')
    if obf:
        text = OBF_STYLES[obf](addr_local, addr_dom)
        fmt.append('obfuscated ' + obf)
    else:
        text = addr_local + '@' + addr_dom
        fmt.append('plain')
    return Email(text, ' '.join(fmt), display, bool(obf))


def put_email(d, em, labelled, container='bare', extra_fmt=None):
    """container: bare | angle (Name <addr>) | quoted-angle ("Name" <addr>) | mailto | paren."""
    fmt = em.fmt + ('' if container == 'bare' else ' in ' + container) + ((', ' + extra_fmt) if extra_fmt else '')
    if container == 'bare':
        d.sp('email', em.text, fmt, labelled)
    elif container in ('angle', 'quoted-angle'):
        name = em.display or d.org_name
        d.w(('"%s" <' % name) if container == 'quoted-angle' else ('%s <' % name))
        d.sp('email', em.text, fmt, labelled)
        d.w('>')
    elif container == 'mailto':
        d.w('mailto:')
        d.sp('email', em.text, fmt, labelled)
    elif container == 'paren':
        d.w('(')
        d.sp('email', em.text, fmt, labelled)
        d.w(')')
    elif container == 'bare-angle':
        d.w('<')
        d.sp('email', em.text, fmt, labelled)
        d.w('>')
    else:
        raise ValueError(container)


# ---------------------------------------------------------------------------
# phone numbers (allocated ranges; national format only on the country's ccTLD)
# ---------------------------------------------------------------------------
def _ph(country):
    """Return (kind, nsn, national_forms, intl_forms_without_cc, cc)."""
    c = country
    r = rng.random()
    if c == 'ES':
        if r < 0.65:
            n = '6' + rd(8) if rng.random() < 0.85 else '7' + rng.choice('1234') + rd(7)
            nat = [grp(n, [3, 3, 3]), grp(n, [3, 2, 2, 2])]
            kind = 'mobile'
        else:
            n = rng.choice(['91', '93', '95', '96', '98']) + str(rng.randint(2, 7)) + rd(6)
            nat = [grp(n, [2, 3, 2, 2]), grp(n, [3, 3, 3])]
            kind = 'landline'
        return kind, n, nat, nat + [n], '34'
    if c == 'MX':
        area = rng.choice(['55', '33', '81', '222', '442', '998'])
        n = area + str(rng.randint(2, 9)) + rd(9 - len(area))
        if len(area) == 2:
            nat = [grp(n, [2, 4, 4]), '(%s) %s-%s' % (n[:2], n[2:6], n[6:])]
        else:
            nat = [grp(n, [3, 3, 4]), '(%s) %s-%s' % (n[:3], n[3:6], n[6:])]
        return 'geographic', n, nat, [nat[0], n], '52'
    if c == 'AR':
        if r < 0.5:
            n = '11' + rng.choice('45') + rd(7)
            nat = ['(011) %s-%s' % (n[2:6], n[6:]), '011 %s-%s' % (n[2:6], n[6:])]
            return 'landline', n, nat, ['11 %s-%s' % (n[2:6], n[6:])], '54'
        sub = rng.choice('2356') + rd(7)
        n = '11' + sub
        nat = ['011 15-%s-%s' % (sub[:4], sub[4:]), '11 15 %s-%s' % (sub[:4], sub[4:])]
        return 'mobile', n, nat, ['9 11 %s-%s' % (sub[:4], sub[4:]), '9 11 ' + sub], '54'
    if c == 'BR':
        ddd = rng.choice(['11', '21', '31', '41', '51', '61', '71', '81', '85', '19'])
        if r < 0.7:
            sub = '9' + rng.choice('6789') + rd(7)
            nat = ['(%s) %s-%s' % (ddd, sub[:5], sub[5:]), '%s %s-%s' % (ddd, sub[:5], sub[5:])]
            kind = 'mobile'
        else:
            sub = rng.choice('2345') + rd(7)
            nat = ['(%s) %s-%s' % (ddd, sub[:4], sub[4:]), '%s %s-%s' % (ddd, sub[:4], sub[4:])]
            kind = 'landline'
        n = ddd + sub
        return kind, n, nat, [nat[1], '(%s) %s' % (ddd, nat[0].split(') ')[1]), n], '55'
    if c == 'PT':
        if r < 0.7:
            n = '9' + rng.choice('1236') + rd(7)
            kind = 'mobile'
        else:
            n = rng.choice(['21', '22']) + rng.choice('2345789') + rd(6)
            kind = 'landline'
        nat = [grp(n, [3, 3, 3]), n]
        return kind, n, nat, [grp(n, [3, 3, 3]), n], '351'
    if c == 'IN':
        if r < 0.8:
            n = rng.choice('6789') + rd(9)
            nat = [grp(n, [5, 5]), '0' + grp(n, [5, 5]), n]
            return 'mobile', n, nat, [grp(n, [5, 5]), grp(n, [5, 5], '-'), n], '91'
        area = rng.choice(['11', '22', '80', '44', '33'])
        n = area + rng.choice('2467') + rd(7)
        nat = ['0%s-%s %s' % (area, n[2:6], n[6:]), '0%s %s' % (area, n[2:])]
        return 'landline', n, nat, ['%s %s %s' % (area, n[2:6], n[6:])], '91'
    if c == 'BD':
        n = '1' + rng.choice('3456789') + rd(8)
        nat = ['0%s-%s' % (n[:4], n[4:]), '0' + n, '0%s %s %s' % (n[:2], n[2:6], n[6:])]
        return 'mobile', n, nat, ['%s-%s' % (n[:4], n[4:]), n], '880'
    if c == 'TH':
        if r < 0.75:
            n = rng.choice('689') + rng.choice('0123456789') + rd(7)
            nat = ['0%s %s %s' % (n[:2], n[2:5], n[5:]), '0%s-%s-%s' % (n[:2], n[2:6], n[6:])]
            return 'mobile', n, nat, ['%s %s %s' % (n[:2], n[2:5], n[5:])], '66'
        n = '2' + rng.choice('1234567') + rd(6)
        nat = ['02 %s %s' % (n[1:4], n[4:]), '02-%s-%s' % (n[1:4], n[4:])]
        return 'landline', n, nat, ['2 %s %s' % (n[1:4], n[4:])], '66'
    if c == 'IL':
        if r < 0.75:
            n = '5' + rng.choice('02348') + rd(7)
            nat = ['0%s-%s' % (n[:2], n[2:]), '0%s-%s-%s' % (n[:2], n[2:5], n[5:])]
            return 'mobile', n, nat, ['%s-%s-%s' % (n[:2], n[2:5], n[5:]), '%s-%s' % (n[:2], n[2:])], '972'
        a = rng.choice('234')
        n = a + rng.choice('5679') + rd(6)
        nat = ['0%s-%s' % (a, n[1:])]
        return 'landline', n, nat, ['%s-%s-%s' % (a, n[1:4], n[4:])], '972'
    if c == 'IR':
        if r < 0.75:
            n = '9' + rng.choice('0123') + rd(8)
            nat = ['0%s %s %s' % (n[:3], n[3:6], n[6:]), '0' + n]
            return 'mobile', n, nat, ['%s %s %s' % (n[:3], n[3:6], n[6:]), n], '98'
        n = '21' + rng.choice('2345678') + rd(7)
        nat = ['021 %s %s' % (n[2:6], n[6:]), '021-' + n[2:]]
        return 'landline', n, nat, ['21 %s %s' % (n[2:6], n[6:])], '98'
    if c == 'KE':
        pre = rng.choice(['722', '721', '712', '710', '713', '729', '740', '757', '768', '790', '733', '735', '750',
                          '780', '110', '111'])
        n = pre + rd(6)
        nat = ['0%s %s %s' % (pre, n[3:6], n[6:]), '0%s-%s' % (pre, n[3:]), '0' + n]
        return 'mobile', n, nat, ['%s %s %s' % (pre, n[3:6], n[6:]), n], '254'
    if c == 'TZ':
        pre = rng.choice(['754', '755', '756', '757', '713', '715', '716', '717', '784', '786', '787', '655', '621'])
        n = pre + rd(6)
        nat = ['0%s %s %s' % (pre, n[3:6], n[6:]), '0' + n]
        return 'mobile', n, nat, ['%s %s %s' % (pre, n[3:6], n[6:]), n], '255'
    if c == 'MY':
        if r < 0.7:
            if rng.random() < 0.3:
                n = '11' + rd(8)
                nat = ['0%s-%s %s' % (n[:2], n[2:6], n[6:])]
                intl = ['%s-%s %s' % (n[:2], n[2:6], n[6:]), n]
            else:
                n = '1' + rng.choice('2346789') + rd(7)
                nat = ['0%s-%s %s' % (n[:2], n[2:5], n[5:]), '0%s-%s' % (n[:2], n[2:])]
                intl = ['%s-%s %s' % (n[:2], n[2:5], n[5:]), n]
            return 'mobile', n, nat, intl, '60'
        n = '3' + rng.choice('2456789') + rd(7)
        nat = ['03-%s %s' % (n[1:5], n[5:])]
        return 'landline', n, nat, ['3-%s %s' % (n[1:5], n[5:])], '60'
    if c == 'PH':
        if r < 0.8:
            pre = rng.choice(['917', '918', '905', '906', '915', '916', '926', '927', '935', '995', '998', '999', '977'])
            n = pre + rd(7)
            nat = ['0%s %s %s' % (pre, n[3:6], n[6:]), '0%s-%s-%s' % (pre, n[3:6], n[6:]), '0' + n]
            return 'mobile', n, nat, ['%s %s %s' % (pre, n[3:6], n[6:]), n], '63'
        n = '28' + rd(7)
        nat = ['(02) 8%s %s' % (n[2:5], n[5:])]
        return 'landline', n, nat, ['2 8%s %s' % (n[2:5], n[5:])], '63'
    if c == 'PL':
        if r < 0.7:
            n = rng.choice(['50', '51', '53', '57', '60', '66', '69', '72', '73', '78', '79', '88']) + rd(7)
            nat = [grp(n, [3, 3, 3]), grp(n, [3, 3, 3], '-'), n]
            return 'mobile', n, nat, [grp(n, [3, 3, 3]), n], '48'
        area = rng.choice(['22', '12', '61', '71', '58'])
        n = area + rng.choice('2345678') + rd(6)
        nat = ['%s %s %s %s' % (n[:2], n[2:5], n[5:7], n[7:])]
        return 'landline', n, nat, nat[:], '48'
    if c == 'NL':
        if r < 0.65:
            n = '6' + rng.choice('12345') + rd(7)
            nat = ['06-' + n[1:], '06 %s %s' % (n[1:5], n[5:])]
            return 'mobile', n, nat, ['6 ' + n[1:], '(0)6 %s %s' % (n[1:5], n[5:]), n], '31'
        area = rng.choice(['20', '10', '70', '30'])
        n = area + rng.choice('2345678') + rd(6)
        nat = ['0%s-%s %s' % (area, n[2:5], n[5:]), '0%s %s %s' % (area, n[2:5], n[5:])]
        return 'landline', n, nat, ['%s %s %s' % (area, n[2:5], n[5:]), '(0)%s %s %s' % (area, n[2:5], n[5:])], '31'
    if c == 'IT':
        if r < 0.7:
            n = '3' + rng.choice(['20', '28', '29', '30', '33', '34', '35', '38', '39', '40', '45', '47', '48',
                                  '49', '66', '88', '89', '91', '92', '93', '51']) + rd(7)
            nat = [grp(n, [3, 3, 4]), grp(n, [3, 7]), grp(n, [3, 7], '-')]
            return 'mobile', n, nat, [grp(n, [3, 3, 4]), grp(n, [3, 7])], '39'
        n = rng.choice(['06', '02']) + rng.choice('3456789') + rd(7)
        nat = ['%s %s %s' % (n[:2], n[2:6], n[6:]), '%s %s' % (n[:2], n[2:])]
        return 'landline', n, nat, nat[:], '39'
    if c == 'US':
        area = rng.choice(['212', '415', '312', '617', '206', '512', '303', '305', '404', '713', '646', '202', '718', '818'])
        while True:
            ex = str(rng.randint(2, 9)) + rd(2)
            if ex != '555' and ex[1:] != '11':
                break
        n = area + ex + rd(4)
        nat = ['(%s) %s-%s' % (area, ex, n[6:]), '%s-%s-%s' % (area, ex, n[6:]), '%s.%s.%s' % (area, ex, n[6:])]
        return 'geographic', n, nat, ['%s %s %s' % (area, ex, n[6:]), '(%s) %s-%s' % (area, ex, n[6:]),
                                      '%s-%s-%s' % (area, ex, n[6:])], '1'
    raise ValueError(c)


def make_phone(d, country=None, mode=None):
    """Return (text, fmt).  mode: None (choose) | 'intl' | 'epp' | 'wa'."""
    c = country or (d.country if rng.random() < 0.85 else rng.choice(ALL_COUNTRIES))
    kind, nsn, nat, intl, cc = _ph(c)
    national_ok = d.url_tld() == CC_TLD[c]
    if mode is None:
        mode = 'nat' if (national_ok and rng.random() < 0.7) else 'intl'
    if mode == 'nat':
        assert national_ok
        text = rng.choice(nat)
        fmt = '%s %s national' % (c, kind)
    elif mode == 'epp':
        text = '+%s.%s' % (cc, nsn)
        fmt = '%s %s EPP +CC.NSN' % (c, kind)
    elif mode == 'wa':
        text = '+%s %s' % (cc, intl[0])
        fmt = '%s %s international +%s' % (c, kind, cc)
    else:
        body = rng.choice(intl)
        if c != 'US' and rng.random() < 0.15 and not body.startswith('('):
            text = '00%s %s' % (cc, body)
            fmt = '%s %s international 00%s' % (c, kind, cc)
        elif c == 'US' and rng.random() < 0.3:
            text = '+1-%s' % intl[2]
            fmt = 'US geographic international +1'
        else:
            text = ('+%s%s' % (cc, body)) if (body == nsn and rng.random() < 0.5) else ('+%s %s' % (cc, body))
            fmt = '%s %s international +%s' % (c, kind, cc)
    if d.lang == 'fa' and rng.random() < 0.3:
        text = text.translate(PERSIAN_DIGITS)
        fmt += ' Persian digits'
    elif d.lang == 'bn' and rng.random() < 0.2:
        text = text.translate(BENGALI_DIGITS)
        fmt += ' Bengali digits'
    return text, fmt


def put_phone(d, labelled, mode=None, country=None, key='phone'):
    text, fmt = make_phone(d, country=country, mode=mode)
    if labelled:
        d.w(lab(key, d.lang) + ': ')
    d.sp('phone', text, fmt, labelled)


# ---------------------------------------------------------------------------
# payment cards (Luhn-valid, real IIN ranges)
# ---------------------------------------------------------------------------
def _luhn_finish(body):
    for c in '0123456789':
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card_number(brand):
    if brand == 'visa':
        pre, n = '4' + rd(5), 16
    elif brand == 'mastercard':
        pre = str(rng.randint(51, 55)) + rd(4) if rng.random() < 0.7 else str(rng.randint(2221, 2720)) + rd(2)
        n = 16
    elif brand == 'amex':
        pre, n = rng.choice(['34', '37']) + rd(4), 15
    elif brand == 'discover':
        pre, n = rng.choice(['6011' + rd(2), str(rng.randint(644, 649)) + rd(3), '65' + rd(4)]), 16
    elif brand == 'jcb':
        pre, n = str(rng.randint(3528, 3589)) + rd(2), 16
    elif brand == 'unionpay':
        pre, n = '62' + rng.choice(['2', '4', '5', '8']) + rd(3), rng.choice([16, 16, 16, 19])
    elif brand == 'diners':
        pre, n = rng.choice(['36' + rd(4), '38' + rd(4), str(rng.randint(300, 305)) + rd(3)]), 14
    elif brand == 'rupay':
        pre = rng.choice([str(rng.randint(508500, 508999)), str(rng.randint(606985, 607984)),
                          str(rng.randint(608001, 608500)), str(rng.randint(652150, 653149)),
                          '81' + rd(4), '82' + rd(4)])
        n = 16
    else:
        raise ValueError(brand)
    num = _luhn_finish(pre + rd(n - len(pre) - 1))
    assert luhn_ok(num) and len(num) == n
    return num


CARD_BRANDS_BY_LANG = {
    'hi': ['visa', 'mastercard', 'rupay', 'rupay', 'amex', 'diners'],
    'bn': ['visa', 'mastercard', 'rupay', 'amex', 'unionpay'],
    'th': ['visa', 'mastercard', 'jcb', 'unionpay', 'amex'],
    'ms': ['visa', 'mastercard', 'unionpay', 'amex', 'jcb'],
    'tl': ['visa', 'mastercard', 'jcb', 'amex'],
    'en': ['visa', 'visa', 'mastercard', 'mastercard', 'amex', 'discover', 'jcb', 'diners', 'unionpay', 'rupay'],
}
DEFAULT_BRANDS = ['visa', 'visa', 'mastercard', 'mastercard', 'amex', 'discover', 'diners', 'unionpay', 'jcb']


def card_format(num, style):
    n = len(num)
    if style == 'none':
        return num
    sep = ' ' if style == 'spaces' else '-'
    if n == 15:
        return grp(num, [4, 6, 5], sep)
    if n == 14:
        return grp(num, [4, 6, 4], sep)
    if n == 19:
        return grp(num, [4, 4, 4, 4, 3], sep)
    return grp(num, [4, 4, 4, 4], sep)


def make_card(d, style=None):
    brand = rng.choice(CARD_BRANDS_BY_LANG.get(d.lang, DEFAULT_BRANDS))
    num = card_number(brand)
    style = style or rng.choice(['spaces', 'spaces', 'spaces', 'dashes', 'none', 'none'])
    text = card_format(num, style)
    assert luhn_ok(re.sub(r'\D', '', text))
    return text, '%s %d digits %s' % (brand, len(num), {'spaces': 'grouped with spaces', 'dashes': 'grouped with dashes',
                                                     'none': 'no separators'}[style])


def put_card(d, labelled, style=None):
    text, fmt = make_card(d, style)
    if labelled:
        d.w(lab('card', d.lang) + ': ')
    d.sp('card', text, fmt, labelled)


# ---------------------------------------------------------------------------
# IBANs (ISO 13616 mod-97, plausible bank codes, national checks where known)
# ---------------------------------------------------------------------------
def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(v, v)


def _it_cin(s):
    odd = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]
    tot = 0
    for i, ch in enumerate(s):
        k = int(ch) if ch.isdigit() else ord(ch) - 65
        tot += odd[k] if i % 2 == 0 else k
    return chr(65 + tot % 26)


def bban(cc):
    if cc == 'ES':
        bank = rng.choice(['0049', '0182', '2100', '0081', '0128', '0075', '2085', '3058'])
        branch = rd(4)
        acct = rd(10)
        return bank + branch + '%d%d' % (_es_dc('00' + bank + branch), _es_dc(acct)) + acct, bank
    if cc == 'PT':
        bank = rng.choice(['0035', '0033', '0007', '0010', '0018', '0036', '0045'])
        body = bank + rd(4) + rd(11)
        return body + '%02d' % (98 - int(body) * 100 % 97), bank
    if cc == 'BR':
        ispb = rng.choice(['00000000', '00360305', '60701190', '60746948', '90400888', '00416968'])
        return ispb + rd(5) + rd(10) + rng.choice('CP') + '1', ispb
    if cc == 'IL':
        bank = rng.choice(['010', '012', '011', '020', '031', '009'])
        return bank + rd(3) + '0' * 4 + rd(9), bank
    if cc == 'PL':
        bank = rng.choice(['102', '114', '105', '109', '124', '116', '175'])
        first7 = bank + rd(4)
        chk = (10 - sum(int(a) * b for a, b in zip(first7, [3, 9, 7, 1, 3, 9, 7])) % 10) % 10
        return first7 + str(chk) + rd(16), bank
    if cc == 'NL':
        bank = rng.choice(['ABNA', 'RABO', 'INGB', 'SNSB', 'TRIO', 'KNAB', 'ASNB', 'BUNQ'])
        if bank == 'INGB':
            return bank + '000' + str(rng.randint(1, 9)) + rd(6), bank
        while True:   # pre-IBAN Dutch account numbers satisfy the elfproef (11-test)
            acct = rd(10)
            if acct[0] != '0' or acct[1] != '0':
                if sum(int(a) * (10 - i) for i, a in enumerate(acct)) % 11 == 0:
                    return bank + acct, bank
    if cc == 'IT':
        abi = rng.choice(['03069', '02008', '05034', '01030', '03062', '05696', '03111'])
        cab = rd(5)
        acct = rd(12) if rng.random() < 0.6 else '0000' + rd(8)
        return _it_cin(abi + cab + acct) + abi + cab + acct, abi
    if cc == 'DE':
        blz = rng.choice(['10070000', '37040044', '50010517', '20041133', '70150000', '12030000', '43060967'])
        return blz + rd(10), blz
    if cc == 'FR':
        bank = rng.choice(['30004', '30003', '20041', '30002', '10278', '11315'])
        gui = rd(5)
        acct = rd(11)
        key = 97 - (89 * int(bank) + 15 * int(gui) + 3 * int(acct)) % 97
        return bank + gui + acct + '%02d' % key, bank
    if cc == 'GB':
        bank, sort0 = rng.choice([('NWBK', '60'), ('BARC', '20'), ('HBUK', '40'), ('LOYD', '30'), ('MIDL', '40')])
        return bank + sort0 + rd(4) + rd(8), bank
    raise ValueError(cc)


IBAN_LEN = {'ES': 24, 'PT': 25, 'BR': 29, 'IL': 23, 'PL': 28, 'NL': 18, 'IT': 27, 'DE': 22, 'FR': 27, 'GB': 22}


def iban_country(d):
    lang, c = d.lang, d.country
    if lang == 'es':
        return 'ES'
    if lang == 'pt':
        return 'BR' if c == 'BR' and rng.random() < 0.8 else 'PT'
    m = {'he': 'IL', 'pl': 'PL', 'nl': 'NL', 'it': 'IT'}
    if lang in m:
        return m[lang] if rng.random() < 0.9 else rng.choice(['DE', 'FR', 'GB'])
    return rng.choice(['DE', 'FR', 'GB', 'GB', 'DE', 'FR', 'NL', 'ES', 'IT'])


def make_iban(d, cc=None, style=None):
    cc = cc or iban_country(d)
    b, bank = bban(cc)
    iban = iban_make(cc, b)
    assert len(iban) == IBAN_LEN[cc], (cc, iban)
    assert iban_ok(iban)
    style = style or ('grouped' if rng.random() < 0.65 else 'compact')
    text = grp(iban, [4] * 9) if style == 'grouped' else iban
    return text, '%s IBAN %s (bank %s)' % (cc, 'grouped by 4' if style == 'grouped' else 'compact', bank)


def put_iban(d, labelled, key='account', cc=None):
    text, fmt = make_iban(d, cc=cc)
    if labelled:
        d.w(lab(key, d.lang) + ': ' if key else 'IBAN: ')
    d.sp('iban', text, fmt, labelled)


# ---------------------------------------------------------------------------
# IP addresses: prefixes of real networks (public unicast only)
# ---------------------------------------------------------------------------
# (prefix, owner as registered, role)   role: isp | crawler | mail | cdn | server
ISP_V4 = {
    'ES': ('83.32.0.0/11', 'Telefonica de Espana SAU', 'RIMA', 'telefonica.es', 'RIPE'),
    'MX': ('189.128.0.0/10', 'Uninet S.A. de C.V. (Telmex)', 'UNINET', 'telmex.com', 'LACNIC'),
    'AR': ('24.232.0.0/16', 'Telecom Argentina (Fibertel)', 'FIBERTEL', 'fibertel.com.ar', 'LACNIC'),
    'BR': ('200.147.0.0/16', 'Universo Online S.A. (UOL)', 'UOL', 'uol.com.br', 'LACNIC'),
    'PT': ('85.240.0.0/13', 'MEO - Servicos de Comunicacoes e Multimedia', 'TELEPAC', 'telecom.pt', 'RIPE'),
    'IN': ('49.36.0.0/14', 'Reliance Jio Infocomm Limited', 'JIO', 'jio.com', 'APNIC'),
    'BD': ('37.111.192.0/18', 'Grameenphone Ltd.', 'GP-BD', 'grameenphone.com', 'RIPE'),
    'TH': ('171.96.0.0/13', 'TRUE INTERNET Co.,Ltd.', 'TRUE-TH', 'trueinternet.co.th', 'APNIC'),
    'IL': ('79.176.0.0/13', 'Bezeq International Ltd.', 'BEZEQINT', 'bezeqint.net', 'RIPE'),
    'IR': ('2.176.0.0/12', 'Iran Telecommunication Company PJS', 'TCI', 'tci.ir', 'RIPE'),
    'KE': ('41.90.0.0/16', 'Safaricom Limited', 'SAFARICOM', 'safaricom.co.ke', 'AFRINIC'),
    'TZ': ('197.250.0.0/16', 'Vodacom Tanzania', 'VODACOM-TZ', 'vodacom.co.tz', 'AFRINIC'),
    'MY': ('175.136.0.0/13', 'TM Net, Internet Service Provider', 'TMNET', 'tm.com.my', 'APNIC'),
    'PH': ('112.198.0.0/16', 'Globe Telecom', 'GLOBE-PH', 'globe.com.ph', 'APNIC'),
    'PL': ('83.0.0.0/11', 'Orange Polska Spolka Akcyjna', 'TPNET', 'orange.pl', 'RIPE'),
    'NL': ('194.109.0.0/16', 'XS4ALL Internet BV', 'XS4ALL', 'xs4all.nl', 'RIPE'),
    'IT': ('151.38.0.0/16', 'Wind Tre S.p.A.', 'WIND', 'windtre.it', 'RIPE'),
    'US': ('73.0.0.0/8', 'Comcast Cable Communications, LLC', 'COMCAST', 'comcast.net', 'ARIN'),
}
GLOBAL_V4 = {
    'googlebot': '66.249.64.0/19', 'bingbot': '157.55.39.0/24', 'bingbot2': '40.77.167.0/24',
    'google-mail': '209.85.128.0/17', 'google-mx': '142.250.0.0/15', 'outlook': '40.92.0.0/15',
    'eop': '52.100.0.0/14', 'yahoo-mail': '98.136.0.0/14', 'apple': '17.0.0.0/8', 'meta': '31.13.64.0/18',
    'cloudflare': '104.16.0.0/13', 'fastly': '151.101.0.0/16', 'github': '140.82.112.0/20', 'aws': '52.0.0.0/11',
    'hetzner': '88.198.0.0/16', 'ovh': '51.68.0.0/16',
}
ISP_V6 = {
    'IN': ('2409:4000::/22', 'Reliance Jio'), 'US': ('2601::/20', 'Comcast'), 'NL': ('2001:1c00::/23', 'Ziggo'),
    'BR': ('2804::/16', 'LACNIC block (BR ISPs)'),
}
GLOBAL_V6 = {
    'google': '2001:4860::/32', 'google-eu': '2a00:1450::/32', 'google-ap': '2404:6800::/32',
    'meta': '2a03:2880::/32', 'cloudflare': '2606:4700::/32', 'microsoft': '2a01:111::/32',
    'hetzner': '2a01:4f8::/32', 'cloudflare-ap': '2400:cb00::/32',
}
OWNER = {'googlebot': 'Google (Googlebot)', 'bingbot': 'Microsoft (bingbot)', 'bingbot2': 'Microsoft (bingbot)',
         'google-mail': 'Google mail', 'google-mx': 'Google', 'outlook': 'Microsoft Outlook.com',
         'eop': 'Microsoft Exchange Online', 'yahoo-mail': 'Yahoo mail', 'apple': 'Apple', 'meta': 'Meta',
         'cloudflare': 'Cloudflare', 'fastly': 'Fastly', 'github': 'GitHub', 'aws': 'Amazon AWS',
         'google': 'Google', 'google-eu': 'Google', 'google-ap': 'Google', 'microsoft': 'Microsoft',
         'hetzner': 'Hetzner', 'cloudflare-ap': 'Cloudflare', 'ovh': 'OVH'}


def addr_in(prefix):
    net = ipaddress.ip_network(prefix)
    while True:
        if net.version == 4:
            a = net[rng.randrange(1, net.num_addresses - 1)]
            if str(a).endswith('.0') or str(a).endswith('.255'):
                continue
        else:
            if rng.random() < 0.6:
                a = net[rng.randrange(1, net.num_addresses - 1)]          # SLAAC / privacy style
            else:
                # server style: prefix + a few small groups
                base = int(net.network_address) + (rng.getrandbits(32) << 64 if net.prefixlen <= 32 else 0)
                a = ipaddress.IPv6Address(base + rng.choice([rng.randint(1, 0xfff), rng.getrandbits(16) << 16 | rng.randint(1, 0xff)]))
                if a not in net:
                    continue
        s = str(a)
        if ip_public(s):
            return s


def make_ip(d, source=None, v6=None):
    """source: 'isp' (the doc's country) | a GLOBAL_V4/V6 key.  Returns (text, fmt)."""
    if v6 is None:
        v6 = rng.random() < 0.3
    if source is None:
        source = 'isp' if rng.random() < 0.6 else None
    if v6:
        if source == 'isp' and d.country in ISP_V6:
            pre, owner = ISP_V6[d.country]
        else:
            key = source if source in GLOBAL_V6 else rng.choice(sorted(GLOBAL_V6))
            pre, owner = GLOBAL_V6[key], OWNER[key]
        text = addr_in(pre)
        fmt = 'IPv6 global (%s %s)' % (owner, pre)
    else:
        if source == 'isp':
            pre, owner = ISP_V4[d.country][0], ISP_V4[d.country][1]
        else:
            key = source if source in GLOBAL_V4 else rng.choice(sorted(GLOBAL_V4))
            pre, owner = GLOBAL_V4[key], OWNER[key]
        text = addr_in(pre)
        fmt = 'IPv4 public (%s %s)' % (owner, pre)
    assert ip_public(text), text
    return text, fmt


def put_ip(d, labelled, source=None, v6=None, key='ip'):
    text, fmt = make_ip(d, source, v6)
    if labelled:
        d.w(lab(key, d.lang) + ': ')
    d.sp('ip', text, fmt, labelled)
    return text


# ---------------------------------------------------------------------------
# dates, prices, postal codes in the document's locale
# ---------------------------------------------------------------------------
MONTHS = {
    'en': 'January February March April May June July August September October November December'.split(),
    'es': 'enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre'.split(),
    'pt': 'janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro'.split(),
    'hi': 'जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर'.split(),
    'bn': 'জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর'.split(),
    'th': 'ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.'.split(),
    'he': 'בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר'.split(),
    'fa': 'فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند'.split(),
    'sw': 'Januari Februari Machi Aprili Mei Juni Julai Agosti Septemba Oktoba Novemba Desemba'.split(),
    'ms': 'Januari Februari Mac April Mei Jun Julai Ogos September Oktober November Disember'.split(),
    'tl': 'Enero Pebrero Marso Abril Mayo Hunyo Hulyo Agosto Setyembre Oktubre Nobyembre Disyembre'.split(),
    'pl': 'stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia'.split(),
    'nl': 'januari februari maart april mei juni juli augustus september oktober november december'.split(),
    'it': 'gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre'.split(),
}
MON3 = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()
DOW3 = 'Mon Tue Wed Thu Fri Sat Sun'.split()
DAYS_IN = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def g2j(gy, gm, gd):
    """Gregorian -> Jalali (Solar Hijri)."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def dow(y, m, d):
    t = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
    y2 = y - 1 if m < 3 else y
    return ((y2 + y2 // 4 - y2 // 100 + y2 // 400 + t[m - 1] + d) % 7 + 6) % 7   # 0 = Monday


class When:
    def __init__(self):
        self.y = rng.choice([2022, 2023, 2023, 2024, 2024, 2024])
        self.m = rng.randint(1, 12)
        self.d = rng.randint(1, DAYS_IN[self.m - 1] if self.m != 2 else 28)
        self.H, self.M, self.S = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)

    def tick(self, secs):
        self.S += secs
        while self.S >= 60:
            self.S -= 60
            self.M += 1
        while self.M >= 60:
            self.M -= 60
            self.H += 1
        self.H = min(self.H, 23)
        return self

    @property
    def h12(self):
        return (self.H % 12) or 12, 'AM' if self.H < 12 else 'PM'

    def clf(self, tz='+0100'):       # 17/Mar/2024:14:32:05 +0100
        return '%02d/%s/%d:%02d:%02d:%02d %s' % (self.d, MON3[self.m - 1], self.y, self.H, self.M, self.S, tz)

    def syslog(self):               # Mar 17 14:32:05
        return '%s %2d %02d:%02d:%02d' % (MON3[self.m - 1], self.d, self.H, self.M, self.S)

    def ctime(self, tz='CET'):      # Mon Mar 17 14:32:05 CET 2024
        return '%s %s %d %02d:%02d:%02d %s %d' % (DOW3[dow(self.y, self.m, self.d)], MON3[self.m - 1], self.d,
                                                 self.H, self.M, self.S, tz, self.y)

    def rfc2822(self, tz='+0100'):
        return '%s, %d %s %d %02d:%02d:%02d %s' % (DOW3[dow(self.y, self.m, self.d)], self.d, MON3[self.m - 1],
                                                   self.y, self.H, self.M, self.S, tz)

    def iso(self, z=True):
        return '%d-%02d-%02dT%02d:%02d:%02d%s' % (self.y, self.m, self.d, self.H, self.M, self.S, 'Z' if z else '')

    def gitdate(self, tz='+0200'):  # Sun Mar 17 14:32:05 2024 +0200
        return '%s %s %d %02d:%02d:%02d %d %s' % (DOW3[dow(self.y, self.m, self.d)], MON3[self.m - 1], self.d,
                                                 self.H, self.M, self.S, self.y, tz)

    def local(self, lang, country=None, with_time=None):
        y, m, d, H, M = self.y, self.m, self.d, self.H, self.M
        mon = MONTHS[lang][m - 1]
        h12, ap = self.h12
        t = with_time if with_time is not None else rng.random() < 0.4
        if lang == 'en':
            if country in ('US', 'PH', None):
                opts = ['%s %d, %d' % (mon, d, y), '%02d/%02d/%d' % (m, d, y)]
                topts = ['%02d/%02d/%d %d:%02d %s' % (m, d, y, h12, M, ap), '%d-%02d-%02d %02d:%02d:%02d' % (y, m, d, H, M, self.S)]
            else:
                opts = ['%d %s %d' % (d, mon, y), '%02d/%02d/%d' % (d, m, y)]
                topts = ['%d %s %d, %d:%02d %s' % (d, MON3[m - 1], y, h12, M, ap.lower())]
        elif lang in ('es', 'pt', 'it'):
            de = {'es': 'de', 'pt': 'de', 'it': ''}[lang]
            opts = ['%02d/%02d/%d' % (d, m, y), ('%d %s %s %s %d' % (d, de, mon, de, y)).replace('  ', ' ')]
            topts = {'es': ['%02d/%02d/%d %02d:%02d' % (d, m, y, H, M)],
                     'pt': ['%02d/%02d/%d às %02dh%02d' % (d, m, y, H, M)],
                     'it': ['%02d/%02d/%d alle %02d:%02d' % (d, m, y, H, M)]}[lang]
        elif lang == 'hi':
            opts = ['%02d/%02d/%d' % (d, m, y), '%d %s %d' % (d, mon, y)]
            topts = ['%02d-%02d-%d %d:%02d %s' % (d, m, y, h12, M, ap)]
        elif lang == 'bn':
            opts = [('%d %s %d' % (d, mon, y)).translate(BENGALI_DIGITS), ('%02d/%02d/%d' % (d, m, y)).translate(BENGALI_DIGITS),
                    '%02d/%02d/%d' % (d, m, y)]
            topts = [('%d %s %d, %d:%02d' % (d, mon, y, H, M)).translate(BENGALI_DIGITS)]
        elif lang == 'th':
            opts = ['%d %s %d' % (d, mon, y + 543), '%02d/%02d/%d' % (d, m, y + 543)]
            topts = ['%02d/%02d/%d %02d:%02d น.' % (d, m, y + 543, H, M), ('%d %s %d' % (d, mon, y + 543)).translate(THAI_DIGITS)]
        elif lang == 'he':
            opts = ['%d.%d.%d' % (d, m, y), '%d %s %d' % (d, mon, y)]
            topts = ['%02d/%02d/%d %02d:%02d' % (d, m, y, H, M)]
        elif lang == 'fa':
            jy, jm, jd = g2j(y, m, d)
            opts = [('%d/%02d/%02d' % (jy, jm, jd)).translate(PERSIAN_DIGITS),
                    ('%d %s %d' % (jd, MONTHS['fa'][jm - 1], jy)).translate(PERSIAN_DIGITS)]
            topts = [('%d/%02d/%02d - %02d:%02d' % (jy, jm, jd, H, M)).translate(PERSIAN_DIGITS)]
        elif lang == 'sw':
            opts = ['%02d/%02d/%d' % (d, m, y), '%d %s %d' % (d, mon, y)]
            topts = ['%d %s %d saa %02d:%02d' % (d, mon, y, H, M)]
        elif lang == 'ms':
            opts = ['%d %s %d' % (d, mon, y), '%02d/%02d/%d' % (d, m, y)]
            topts = ['%02d/%02d/%d %d:%02d %s' % (d, m, y, h12, M, 'PG' if H < 12 else 'PTG')]
        elif lang == 'tl':
            opts = ['%s %d, %d' % (mon, d, y), '%02d/%02d/%d' % (m, d, y)]
            topts = ['%02d/%02d/%d %d:%02d %s' % (m, d, y, h12, M, ap)]
        elif lang == 'pl':
            opts = ['%02d.%02d.%d' % (d, m, y), '%d %s %d r.' % (d, mon, y)]
            topts = ['%02d.%02d.%d, %02d:%02d' % (d, m, y, H, M)]
        elif lang == 'nl':
            opts = ['%02d-%02d-%d' % (d, m, y), '%d %s %d' % (d, mon, y)]
            topts = ['%02d-%02d-%d %02d:%02d' % (d, m, y, H, M)]
        else:
            raise ValueError(lang)
        return rng.choice(topts if t else opts)


def group3(n, sep):
    s = str(n)
    out = []
    while len(s) > 3:
        out.insert(0, s[-3:])
        s = s[:-3]
    out.insert(0, s)
    return sep.join(out)


def lakh(n):
    s = str(n)
    if len(s) <= 3:
        return s
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ','.join(parts) + ',' + tail


def price(lang, country):
    whole = rng.choice([rng.randint(5, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 250000)])
    cents = rng.choice([0, 0, 90, 99, 50, rng.randint(1, 99)])
    c = country
    if lang == 'es' and c == 'MX':
        return '$%s.%02d MXN' % (group3(whole, ','), cents)
    if lang == 'es' and c == 'AR':
        return '$ %s' % group3(whole, '.')
    if lang == 'es':
        return rng.choice(['%s,%02d €' % (group3(whole, '.'), cents), '%s,%02d EUR' % (group3(whole, '.'), cents)])
    if lang == 'pt' and c == 'BR':
        return 'R$ %s,%02d' % (group3(whole, '.'), cents)
    if lang == 'pt':
        return '%s,%02d €' % (group3(whole, ' '), cents)
    if lang == 'hi' or (lang == 'en' and c == 'IN'):
        return rng.choice(['₹%s' % lakh(whole), '₹%s.%02d' % (lakh(whole), cents), 'Rs. %s/-' % lakh(whole)])
    if lang == 'bn':
        if c == 'IN':
            return '₹%s' % lakh(whole)
        return rng.choice(['৳%s' % lakh(whole).translate(BENGALI_DIGITS), '%s টাকা' % lakh(whole).translate(BENGALI_DIGITS),
                           'Tk %s' % lakh(whole)])
    if lang == 'th':
        return rng.choice(['฿%s' % group3(whole, ','), '%s บาท' % group3(whole, ','), '%s.%02d บาท' % (group3(whole, ','), cents)])
    if lang == 'he':
        return rng.choice(['₪%s.%02d' % (group3(whole, ','), cents), '%s ₪' % group3(whole, ','), '%s ש״ח' % group3(whole, ',')])
    if lang == 'fa':
        return rng.choice(['%s تومان' % group3(whole * 1000, '٬').translate(PERSIAN_DIGITS),
                           '%s ریال' % group3(whole * 10000, '٬').translate(PERSIAN_DIGITS)])
    if lang == 'sw' or (lang == 'en' and c == 'KE'):
        return 'TSh %s' % group3(whole * 10, ',') if c == 'TZ' else 'KSh %s' % group3(whole, ',')
    if lang == 'ms' or (lang == 'en' and c == 'MY'):
        return 'RM%s.%02d' % (group3(whole, ','), cents)
    if lang == 'tl' or (lang == 'en' and c == 'PH'):
        return rng.choice(['₱%s.%02d' % (group3(whole, ','), cents), 'PHP %s.%02d' % (group3(whole, ','), cents)])
    if lang == 'pl':
        return rng.choice(['%s,%02d zł' % (group3(whole, ' '), cents), '%s,%02d PLN' % (group3(whole, '\u00a0'), cents)])
    if lang in ('nl', 'it'):
        return rng.choice(['€ %s,%02d' % (group3(whole, '.'), cents), '€%s,%02d' % (group3(whole, '.'), cents),
                           '%s,%02d €' % (group3(whole, '.'), cents)])
    return rng.choice(['$%s.%02d' % (group3(whole, ','), cents), 'USD %s.%02d' % (group3(whole, ','), cents)])


def postal(country):
    c = country
    if c == 'ES':
        return rng.choice(['28', '08', '41', '46', '48', '50', '29']) + rd(3)
    if c == 'MX':
        return '%02d%s' % (rng.randint(1, 16), rd(3))
    if c == 'AR':
        return rng.choice(['C%d%s' % (rng.randint(1000, 1499), ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(3))),
                           str(rng.randint(1000, 9431))])
    if c == 'BR':
        return '%05d-%s' % (rng.randint(1000, 99999), rd(3))
    if c == 'PT':
        return '%d-%s' % (rng.randint(1000, 9999), rd(3))
    if c == 'IN':
        return rng.choice('1234567') + rd(5)
    if c == 'BD':
        return str(rng.randint(1000, 9461))
    if c == 'TH':
        return str(rng.randint(10, 96)) + rd(3)
    if c == 'IL':
        return str(rng.randint(1, 9)) + rd(6)
    if c == 'IR':
        return '%s-%s' % (rng.randint(11111, 99999), rd(5))
    if c in ('KE', 'TZ'):
        return rng.choice(['00100', '00200', '00400', '00606', '80100', '40100']) if c == 'KE' else str(rng.randint(11, 79)) + rd(3)
    if c == 'MY':
        return str(rng.randint(10000, 98859))
    if c == 'PH':
        return str(rng.randint(1000, 9811))
    if c == 'PL':
        return '%s-%s' % (rd(2), rd(3))
    if c == 'NL':
        while True:
            ll = rng.choice('ABCDEGHJKLMNPRSTVWXZ') + rng.choice('ABCDEGHJKLMNPRSTVWXZ')
            if ll not in ('SA', 'SD', 'SS'):
                return '%d %s' % (rng.randint(1011, 9999), ll)
    if c == 'IT':
        return rng.choice(['00', '20', '10', '40', '50', '80', '90']) + rd(3)
    return rng.choice([str(rng.randint(10001, 99950)), '%d-%s' % (rng.randint(10001, 99950), rd(4))])


# ---------------------------------------------------------------------------
# look-alikes (must NOT be reported)
# ---------------------------------------------------------------------------
PRIVATE_NETS = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '127.0.0.0/8', '192.0.2.0/24', '198.51.100.0/24',
                '203.0.113.0/24', '100.64.0.0/10', '169.254.0.0/16', 'fe80::/64', 'fd00::/8', '2001:db8::/32']
COMMON_PRIVATE = ['192.168.1.1', '192.168.0.1', '127.0.0.1', '10.0.0.1', '192.168.1.254', '::1']


def v_private_ip():
    if rng.random() < 0.3:
        s = rng.choice(COMMON_PRIVATE)
    else:
        net = ipaddress.ip_network(rng.choice(PRIVATE_NETS))
        s = str(net[rng.randrange(1, min(net.num_addresses - 1, 2 ** 40))])
    assert ip_nonpublic(s), s
    return s


def v_private_ip4():
    s = rng.choice(['127.0.0.1', '192.168.1.1', '192.168.0.10', '10.0.0.%d' % rng.randint(2, 254),
                    '172.%d.%d.%d' % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
                    '10.%d.%d.%d' % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
                    '192.168.%d.%d' % (rng.randint(0, 10), rng.randint(2, 254))])
    assert ip_nonpublic(s)
    return s


def v_masked_card(d):
    last4 = rd(4)
    num = card_number(rng.choice(['visa', 'mastercard', 'visa', 'amex', 'rupay' if d.lang in ('hi', 'bn') else 'jcb']))
    opts = ['**** **** **** ' + last4, 'XXXX-XXXX-XXXX-' + last4, '************' + last4, '•••• ' + last4,
            'xxxx xxxx xxxx ' + last4, '%s %s** **** %s' % (num[:4], num[4:6], num[-4:]), '%s******%s' % (num[:6], num[-4:]),
            '**** ' + last4]
    return rng.choice(opts)


def v_version():
    opts = ['v%d.%d.%d' % (rng.randint(1, 5), rng.randint(0, 20), rng.randint(0, 30)),
            '%d.%d.%d' % (rng.randint(1, 12), rng.randint(0, 30), rng.randint(0, 40)),
            '%d.0.%d.%d' % (rng.randint(110, 124), rng.randint(5000, 6400), rng.randint(10, 200)),   # Chrome
            '10.0.%d.%d' % (rng.choice([19041, 19045, 22621, 22631]), rng.randint(1000, 4000)),     # Windows build
            '%d.%d.%d-rc%d' % (rng.randint(1, 6), rng.randint(0, 19), rng.randint(0, 9), rng.randint(1, 4)),
            '%d.%d.%d-%d-generic' % (rng.choice([5, 6]), rng.randint(4, 15), 0, rng.randint(20, 120)),
            '%d.%d.%d.%d' % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 20), rng.randint(1, 300))]
    return rng.choice(opts)


def v_uuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def v_hash(kind=None):
    kind = kind or rng.choice(['md5', 'sha1', 'sha1', 'sha256', 'short'])
    n = {'md5': 32, 'sha1': 40, 'sha256': 64, 'short': 7}[kind]
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def v_coords(country):
    lat, lon = COORD[country]
    lat += rng.uniform(-0.08, 0.08)
    lon += rng.uniform(-0.08, 0.08)
    r = rng.random()
    if r < 0.5:
        return '%.6f, %.6f' % (lat, lon)
    if r < 0.75:
        return '%.4f° %s, %.4f° %s' % (abs(lat), 'N' if lat >= 0 else 'S', abs(lon), 'E' if lon >= 0 else 'W')

    def dms(x):
        x = abs(x)
        dd = int(x)
        mm = int((x - dd) * 60)
        ss = round(((x - dd) * 60 - mm) * 60)
        return dd, mm, min(ss, 59)
    a, b = dms(lat), dms(lon)
    return '%d°%02d′%02d″%s %d°%02d′%02d″%s' % (a + ('N' if lat >= 0 else 'S',) + b + ('E' if lon >= 0 else 'W',))


MATH = ['2^32 = 4294967296', 'π ≈ 3.14159265358979', 'x = (-b ± √(b² - 4ac)) / 2a', '1/7 = 0.142857142857',
        'f(x) = 3x^2 + 2x + 1', '√2 ≈ 1.41421356237', 'e^(iπ) + 1 = 0', '2^64 - 1 = 18446744073709551615',
        'A = π·r² = 3.14159 × 12.5² ≈ 490.87', 'Σ_{k=1}^{n} k = n(n+1)/2', '10! = 3628800', 'sin²θ + cos²θ = 1',
        'φ = (1 + √5)/2 ≈ 1.6180339887', '0.1 + 0.2 = 0.30000000000000004', '6.02214076 × 10^23 mol⁻¹',
        'F(30) = 832040', 'ln 2 ≈ 0.693147180559945', '127 × 8191 = 1040257', 'y = 0.0045x³ − 1.2x + 17',
        'det(A) = a11·a22 − a12·a21']


def v_luhn_fail():
    while True:
        num = rng.choice(['4', '5', '4', '37', '6']) + rd(15)
        num = num[:16]
        if not luhn_ok(num):
            break
    r = rng.random()
    text = grp(num, [4, 4, 4, 4]) if r < 0.45 else (grp(num, [4, 4, 4, 4], '-') if r < 0.6 else num)
    assert not luhn_ok(re.sub(r'\D', '', text))
    return text


def v_iban_bad(d):
    good, _ = make_iban(d, style='compact')
    cc = good[:2]
    while True:
        if rng.random() < 0.5:
            bad = cc + '%02d' % rng.randint(2, 98) + good[4:]
        else:
            i = rng.randrange(4, len(good))
            ch = good[i]
            rep = rng.choice([x for x in '0123456789' if x != ch]) if ch.isdigit() else ch
            bad = good[:i] + rep + good[i + 1:]
        if bad != good and not iban_ok(bad):
            break
    return grp(bad, [4] * 9) if rng.random() < 0.6 else bad


def v_mac():
    b = [rng.getrandbits(8) for _ in range(6)]
    b[0] &= 0xfc
    r = rng.random()
    if r < 0.5:
        return ':'.join('%02x' % x for x in b)
    if r < 0.75:
        return '-'.join('%02X' % x for x in b)
    if r < 0.9:
        return ':'.join('%02X' % x for x in b)
    h = ''.join('%02x' % x for x in b)
    return '%s.%s.%s' % (h[:4], h[4:8], h[8:])


def v_message_id(d):
    r = rng.random()
    hx = lambda n: ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    if r < 0.3:
        tok = 'CA' + ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-+=')
                             for _ in range(rng.randint(40, 56)))
        return tok + '@mail.gmail.com'
    if r < 0.45:
        return '%d%02d%02d%06d.%s@mail.example.com' % (rng.randint(2022, 2024), rng.randint(1, 12), rng.randint(1, 28),
                                                      rng.randint(0, 235959), hx(7).upper())
    if r < 0.6:
        return '%s.%s@%s' % (hx(16), hx(8), 'lists.' + d.domain)
    if r < 0.75:
        return '0102018%s-%s-%s-%s-%s-000000@eu-west-1.amazonses.com' % (hx(9), hx(8), hx(4), hx(4), hx(12))
    if r < 0.88:
        return '%s%s@%sPR%02dMB%d.%sprd%02d.prod.outlook.com' % (
            rng.choice(['AM', 'DB', 'PA', 'VI', 'SN', 'BY']), hx(4).upper(), rng.choice(['AM', 'DB', 'PA', 'VI', 'SN']),
            rng.randint(1, 9), rng.randint(1000, 9999), rng.choice(['eur', 'nam', 'apc']), rng.randint(1, 11))
    return '%s$%s@mx1.%s' % (hx(8), hx(6), d.domain)


HANDLES = ['maria_lopez', 'jkowalski', 'devops-team', 'anabelen', 'rahul.dev', 'thijs', 'giulia_r', 'somchai99',
           'noa.levi', 'rezaahmadi', 'juma_m', 'kristine.b', 'support', 'channel', 'all', 'octocat', 'here',
           'azlanh', 'tanvir_ahmed', 'pedro-santos']
DECORATORS = ['@dataclass', '@property', '@staticmethod', '@classmethod', '@pytest.fixture', '@app.route',
              '@login_required', '@lru_cache', '@functools.wraps', '@pytest.mark.parametrize', '@router.get',
              '@abstractmethod', '@receiver', '@shared_task', '@torch.no_grad']


def v_order(d):
    c = d.country
    opts = [rd(10), '#%d' % rng.randint(100000, 9999999), 'PED-%d-%06d' % (rng.randint(2022, 2024), rng.randint(1, 999999))]
    if d.lang == 'en' and c == 'US':
        opts.append('%s-%s-%s' % (rd(3), rd(7), rd(7)))              # marketplace style 3-7-7
    if c == 'IN':
        opts.append('OD%s' % rd(18))                                 # Indian marketplace style
    if c in ('MY', 'PH', 'TH'):
        opts.append('%02d%02d%02d%s' % (rng.randint(22, 24), rng.randint(1, 12), rng.randint(1, 28),
                                        ''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(8))))
    if c == 'PL':
        opts.append('ZAM/%d/%02d/%04d' % (rng.randint(2022, 2024), rng.randint(1, 12), rng.randint(1, 9999)))
    return rng.choice(opts)


def v_invoice(d):
    y = rng.randint(2022, 2024)
    return rng.choice(['F-%d/%05d' % (y, rng.randint(1, 99999)), 'FV/%d/%02d/%d' % (rng.randint(1, 999), rng.randint(1, 12), y),
                       'FAC-%06d' % rng.randint(1, 999999), '%d-%05d' % (y, rng.randint(1, 99999)),
                       'INV-%d-%04d' % (y, rng.randint(1, 9999)), '%d/%d' % (rng.randint(1, 999), y)])


def v_ticket():
    return rng.choice(['#%d' % rng.randint(1000, 99999), 'INC%07d' % rng.randint(1, 9999999),
                       '%d%02d%02d%08d' % (rng.randint(2022, 2024), rng.randint(1, 12), rng.randint(1, 28), rng.randint(10000000, 10099999)),
                       'TKT-%d' % rng.randint(10000, 99999), '%d-%d' % (rng.randint(1000, 9999), rng.randint(1000, 9999))])


def s10(prefix, country):
    n = rd(8)
    s = sum(int(a) * b for a, b in zip(n, [8, 6, 4, 2, 3, 5, 9, 7]))
    c = 11 - s % 11
    c = {10: 0, 11: 5}.get(c, c)
    return '%s%s%d%s' % (prefix, n, c, country)


def v_tracking(d):
    c = d.country
    opts = ['1Z%s%s%s' % (''.join(rng.choice('0123456789ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(6)), '03', rd(8)),
            s10(rng.choice(['RR', 'EE', 'LX', 'CP', 'RB']), {'BR': 'BR', 'IN': 'IN', 'TH': 'TH', 'PT': 'PT', 'ES': 'ES',
                                                              'IT': 'IT', 'MY': 'MY', 'PH': 'PH', 'KE': 'KE'}.get(c, 'CN'))]
    if c == 'US':
        opts.append('9400 1%s %s %s %s %s' % (rd(3), rd(4), rd(4), rd(4), rd(2)))
    if c == 'NL':
        opts.append('3S%s%s' % (''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ') for _ in range(4)), rd(9)))
    if c == 'PL':
        opts.append('00' + rd(18))
    return rng.choice(opts)


def v_reference(d):
    return rng.choice(['REQ-%d-%04d' % (rng.randint(2022, 2024), rng.randint(1, 9999)), '%02d/%04d' % (rng.randint(22, 24), rng.randint(1, 9999)),
                       'TRF%d%02d%02d-%06d' % (rng.randint(2022, 2024), rng.randint(1, 12), rng.randint(1, 28), rng.randint(1, 999999)),
                       'JOB-%s' % rd(5), 'RF%02d%s' % (rng.randint(10, 99), rd(8))])


def look_value(d, name):
    c = d.country
    if name == 'masked_card':
        return v_masked_card(d)
    if name == 'version':
        return v_version()
    if name == 'date_time':
        return When().local(d.lang, c)
    if name == 'price':
        return price(d.lang, c)
    if name == 'order_number':
        return v_order(d)
    if name == 'invoice_number':
        return v_invoice(d)
    if name == 'ticket_number':
        return v_ticket()
    if name == 'tracking_number':
        return v_tracking(d)
    if name == 'reference_number':
        return v_reference(d)
    if name == 'postal_code':
        return postal(c)
    if name == 'uuid':
        return v_uuid()
    if name == 'hash':
        return v_hash()
    if name == 'coordinates':
        return v_coords(c)
    if name == 'math':
        return rng.choice(MATH)
    if name == 'luhn_fail_16':
        return v_luhn_fail()
    if name == 'iban_bad_checksum':
        return v_iban_bad(d)
    if name == 'private_ip':
        return v_private_ip()
    if name == 'mac_address':
        return v_mac()
    if name == 'message_id':
        return v_message_id(d)
    if name == 'mention':
        return '@' + rng.choice(HANDLES)
    if name == 'python_decorator':
        return rng.choice(DECORATORS)
    raise ValueError(name)


LOOK_LABEL_KEY = {'order_number': 'order', 'invoice_number': 'invoice', 'ticket_number': 'ticket',
                  'tracking_number': 'tracking', 'postal_code': 'postal', 'version': 'version', 'date_time': 'date',
                  'price': 'amount', 'reference_number': 'reference', 'luhn_fail_16': 'reference'}
LOOK_LABEL_FIXED = {'uuid': 'UUID: ', 'hash': 'SHA-256: ', 'coordinates': 'GPS: ', 'mac_address': 'MAC: ',
                    'message_id': 'Message-ID: <', 'private_ip': 'gateway ', 'masked_card': None, 'mention': 'cc ',
                    'python_decorator': None, 'math': None, 'iban_bad_checksum': None}


def put_look(d, name, labelled=None, value=None):
    """Write an optional deciding word/label and the look-alike value."""
    if labelled is None:
        labelled = rng.random() < 0.3
    if value is None:
        value = look_value(d, name)
        if name == 'hash' and labelled:
            value = v_hash('sha256')
    lang = d.lang
    after = ''
    if labelled:
        if name in LOOK_LABEL_KEY:
            d.w(lab(LOOK_LABEL_KEY[name], lang) + ' ')
        elif name == 'masked_card':
            d.w(lab('paid_with', lang) + ' ')
        elif name == 'iban_bad_checksum':
            d.w('IBAN (%s): ' % lab('invalid', lang))
        elif name == 'python_decorator':
            d.w('decorator ')
        elif name == 'math':
            d.w('fórmula: ' if lang in ('es', 'pt') else 'formula: ')
        elif name == 'private_ip':
            d.w(rng.choice(['gateway ', 'LAN ', 'localhost ', 'router ']))
        else:
            d.w(LOOK_LABEL_FIXED[name])
        if name == 'message_id':
            after = '>'
    elif name == 'message_id':
        d.w('<')
        after = '>'
    d.lk(name, value, labelled)
    d.w(after)
    return value


# ---------------------------------------------------------------------------
# genre renderers.  Each receives P (Counter kind -> how many spans to plant)
# and LK (list of look-alike names to plant) and must consume both.
# ---------------------------------------------------------------------------
LOOK_P = {'message_id': 0.5, 'mention': 0.0, 'python_decorator': 0.0, 'math': 0.2}


def want_label(name):
    return rng.random() < LOOK_P.get(name, 0.33)


def pop_look(LK, *names):
    for i, n in enumerate(LK):
        if not names or n in names:
            return LK.pop(i)
    return None


def para(d, s, end='\n\n'):
    if s:
        d.w(s + end)


def subject_from(s, n=6):
    words = s.split()
    out = ' '.join(words[:n]).rstrip('.,;:!?؟।')
    return out


def body_look(d, name):
    """A look-alike on its own line in free text (mail body, ticket, chat)."""
    if name == 'python_decorator':
        d.w('```\n')
        put_look(d, name, False)
        d.w(rng.choice(['', '(maxsize=128)', '("/api/v1/items", methods=["POST"])', '']))
        d.w('\n' + rng.choice(['def handler(request):', 'class Config:', 'def get_items(self):', 'def test_parse(tmp_path):'])
            + '\n    ...\n```\n')
        return
    if name == 'uuid' and rng.random() < 0.35:
        d.w('UUID=')
        d.lk(name, v_uuid(), True)
        d.w(' / ext4 defaults 0 1\n')
        return
    if name == 'private_ip' and rng.random() < 0.75:
        pre, post = rng.choice([('$ ping -c 3 ', ''), ('listen ', ':8080;'), ('nameserver ', ''), ('server ', ':9000;'),
                                ('default via ', ' dev eth0 proto dhcp'), ('curl -s http://', ':8080/health')])
        d.w(pre)
        d.lk(name, v_private_ip4(), False)
        d.w(post + '\n')
        return
    if name == 'mention':
        d.w(rng.choice(['Thanks ', 'ping ', '+1 ', 'cc ', '']))
        d.lk(name, '@' + rng.choice(HANDLES), False)
        d.w(rng.choice(['', ' 🙏', ', can you take a look?', ' :)']) + '\n')
        return
    if name == 'uuid' and rng.random() < 0.5:
        d.w(rng.choice(['GET /api/v2/sessions/', 'DELETE /v1/devices/', 'https://app.%s/r/' % d.domain]))
        d.lk(name, v_uuid(), False)
        d.w('\n')
        return
    if name == 'version' and rng.random() < 0.6:
        prod = rng.choice(['nginx/', 'OpenSSL ', 'Python ', 'PHP ', 'WordPress ', 'Android ', 'iOS ', 'Firefox '])
        d.w(prod)
        d.lk(name, v_version().lstrip('v'), False)
        d.w('\n')
        return
    if name == 'coordinates' and rng.random() < 0.6:
        d.w('📍 ')
        d.lk(name, v_coords(d.country), False)
        d.w('\n')
        return
    if name == 'mac_address' and rng.random() < 0.5:
        d.w('    link/ether ')
        d.lk(name, v_mac(), True)
        d.w(' brd ff:ff:ff:ff:ff:ff\n')
        return
    if name == 'hash' and rng.random() < 0.5:
        h = v_hash(rng.choice(['sha256', 'md5']))
        d.lk(name, h, False)
        d.w('  ' + rng.choice(['ubuntu-22.04.4-live-server-amd64.iso', 'backup.tar.gz', 'firmware.bin', 'setup.exe']) + '\n')
        return
    if name == 'hash' and rng.random() < 0.5:
        d.w(rng.choice(['fixed in ', 'see ', 'regression since ']))
        d.lk(name, v_hash(rng.choice(['short', 'sha1'])), False)
        d.w('\n')
        return
    put_look(d, name, want_label(name))
    d.w('\n')


def put_rest(d, P, LK):
    """Fallback: anything a renderer did not place goes on labelled lines at the end."""
    FALLBACK_USED[d.genre] += sum(P.values()) + len(LK)
    for k in KINDS:
        while P[k] > 0:
            P[k] -= 1
            if k == 'email':
                d.w(lab('email', d.lang) + ': ')
                put_email(d, make_email(d), True)
            elif k == 'phone':
                put_phone(d, True)
            elif k == 'card':
                put_card(d, True)
            elif k == 'iban':
                put_iban(d, True)
            elif k == 'ip':
                put_ip(d, True)
            d.w('\n')
    while LK:
        body_look(d, LK.pop(0))


FALLBACK_USED = collections.Counter()

WROTE = {
    'en': 'On {date}, {name} <{email}> wrote:', 'es': 'El {date}, {name} <{email}> escribió:',
    'pt': 'Em {date}, {name} <{email}> escreveu:', 'it': 'Il giorno {date} {name} <{email}> ha scritto:',
    'nl': 'Op {date} schreef {name} <{email}>:', 'pl': 'W dniu {date} {name} <{email}> pisze:',
    'hi': '{date} को {name} <{email}> ने लिखा:', 'bn': '{date} তারিখে {name} <{email}> লিখেছেন:',
    'th': 'เมื่อ {date} {name} <{email}> เขียนว่า:', 'he': 'בתאריך {date}, מאת {name} <{email}>:',
    'fa': 'در تاریخ {date}، {name} <{email}> نوشت:', 'sw': 'Mnamo {date}, {name} <{email}> aliandika:',
    'ms': 'Pada {date}, {name} <{email}> menulis:', 'tl': 'Noong {date}, sumulat si {name} <{email}>:',
}
LISTNAME = {'en': 'community', 'es': 'socios', 'pt': 'associados', 'hi': 'sadasya', 'bn': 'sodosso', 'th': 'members',
            'he': 'chaverim', 'fa': 'karbaran', 'sw': 'wanachama', 'ms': 'ahli', 'tl': 'kasapi', 'pl': 'czlonkowie',
            'nl': 'leden', 'it': 'soci'}


def ml_extras(d, P, LK):
    """Body extras of a list message: ip in a pasted log line, looks."""
    while P['ip'] > 0:
        P['ip'] -= 1
        if rng.random() < 0.6:
            w = When()
            d.w('%s %s sshd[%d]: Failed password for %s from ' % (w.syslog(), rng.choice(['vps1', 'srv', 'web01', 'pi']),
                                                                  rng.randint(1000, 65000), rng.choice(['root', 'invalid user admin', 'ubuntu'])))
            put_ip(d, False)
            d.w(' port %d ssh2\n' % rng.randint(1024, 65535))
        else:
            put_ip(d, True)
            d.w('\n')
    for name in list(LK):
        if name in ('message_id', 'date_time'):
            continue
        LK.remove(name)
        body_look(d, name)


def ml_signature(d, P, disp):
    d.w('\n-- \n' + disp + '\n')
    if P['phone'] > 0:
        P['phone'] -= 1
        put_phone(d, rng.random() < 0.6, key=rng.choice(['phone', 'mobile']))
        d.w('\n')
    if P['iban'] > 0:
        P['iban'] -= 1
        put_iban(d, rng.random() < 0.8)
        d.w('\n')


def g_mailing_list(d, P, LK):
    lang = d.lang
    d.listname = rng.choice([LISTNAME[lang], LISTNAME[lang], 'users', 'announce', 'dev'])
    n_em = P['email']
    if n_em == 0:
        flavor = 'hyperkitty'
    elif d.obf_plan:                      # chosen by plan_obfuscation(): pipermail / hypermail with spamprotect
        flavor = d.obf_plan
    elif 'message_id' in LK:
        flavor = 'mhonarc'
    else:
        flavor = rng.choice(['hypermail', 'mhonarc', 'mhonarc'])
    obf = {'pipermail': 'pipermail-at', 'hypermail-spamprotect': 'hypermail-_at_'}.get(flavor)
    flavor = flavor.replace('-spamprotect', '')
    d.flavor = flavor
    y = rng.randint(2019, 2024)
    mnum = rng.randint(1, 12)
    num = rng.randint(100, 9999)
    d.url = {'pipermail': 'https://lists.%s/pipermail/%s/%d-%s/%06d.html' % (d.domain, d.listname, y, MONTHS['en'][mnum - 1], num),
             'hypermail': 'https://www.%s/archives/%s/%d/%02d/%04d.html' % (d.domain, d.listname, y, mnum, num),
             'mhonarc': 'https://lists.%s/%s/%d/%02d/msg%05d.html' % (d.domain, d.listname, y, mnum, num),
             'hyperkitty': 'https://lists.%s/archives/list/%s@lists.%s/thread/%s/' % (d.domain, d.listname, d.domain,
                                                                                   ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') for _ in range(32)))}[flavor]
    if flavor == 'hyperkitty':
        d.url = 'https://lists.%s/archives/list/%s/thread/%s/' % (d.domain, d.listname,
                                                                  ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567') for _ in range(32)))
    body = d.take()
    subj = subject_from(body or 'hello')
    who = person(lang)
    who2 = person(lang)
    w = When()
    re_ = rng.choice(['Re: ', 'Re: ', '', 'RE: ', 'Fwd: '])

    def date_line(fmt_fn):
        if pop_look(LK, 'date_time'):
            d.lk('date_time', fmt_fn(), False)
        else:
            d.w(fmt_fn())

    def em(person_=None):
        P['email'] -= 1
        return make_email(d, 'person', obf=obf, person_=person_, case='lower' if obf else None)

    if flavor == 'pipermail':
        d.w('[%s] %s%s\n%s\n' % (d.listname, re_, subj, who[0]))
        put_email(d, em(who), False)
        d.w('\n')
        date_line(lambda: w.ctime(rng.choice(['CET', 'UTC', 'EST', 'BRT', 'IST'])))
        d.w('\n\nPrevious message: [%s] %s\nNext message: [%s] Re: %s\nMessages sorted by: [ date ] [ thread ] [ subject ] [ author ]\n\n'
            % (d.listname, subject_from(d.pieces[0] if d.pieces else subj, 4), d.listname, subj))
    elif flavor == 'hypermail':
        d.w('%s%s\n\nFrom: %s (' % (re_, subj, who[0]))
        put_email(d, em(who), False)
        d.w(')\nDate: ')
        date_line(lambda: '%s %s %02d %d - %02d:%02d:%02d %s' % (DOW3[dow(w.y, w.m, w.d)], MON3[w.m - 1], w.d, w.y, w.H, w.M, w.S, 'CET'))
        d.w('\n\nNext message: %s: "Re: %s"\nPrevious message: %s: "%s"\n\n' % (who2[0], subj, who2[0], subject_from(d.pieces[0] if d.pieces else subj, 4)))
    elif flavor == 'mhonarc':
        d.w('%s%s\n\n' % (re_, subj))
        e = em(who)
        decoded = rng.random() < 0.3
        d.w('From: ')
        put_email(d, e, False, container=rng.choice(['quoted-angle', 'angle']),
                  extra_fmt='html-entity-decoded (MHonArc SPAMMODE writes @ as a hex entity)' if decoded else None)
        d.w('\n')
        if P['email'] > 0 and rng.random() < 0.5:
            P['email'] -= 1
            d.w('To: ')
            put_email(d, make_email(d, 'list', case='lower'), False)
            d.w('\n')
        d.w('Subject: %s%s\nDate: ' % (re_, subj))
        date_line(lambda: w.rfc2822(rng.choice(['+0100', '+0200', '-0300', '+0530', '+0700', '+0330', '+0800', '+0300'])))
        d.w('\n')
        if pop_look(LK, 'message_id'):
            d.w('Message-id: <')
            d.lk('message_id', v_message_id(d), True)
            d.w('>\n')
        d.w('\n')
    else:   # hyperkitty: names only
        d.w('%s%s\n%s\n' % (re_, subj, who[0]))
        date_line(lambda: w.local(lang, d.country, True))
        d.w('\n\n')
    para(d, body)
    ml_extras(d, P, LK)
    q = d.take()
    if q:
        if P['email'] > 0 and flavor != 'hyperkitty':
            tmpl = WROTE[lang]
            e2 = em(who2)
            fill(d, tmpl, date=When().local(lang, d.country, True), name=who2[0],
                 email=lambda dd: put_email(dd, e2, False))
            d.w('\n')
        elif flavor == 'hyperkitty':
            d.w('%s:\n' % who2[0])
        d.w('> ' + q + '\n')
    ml_signature(d, P, who[0])
    if flavor in ('pipermail', 'mhonarc') and P['email'] > 0:
        P['email'] -= 1
        d.w('_______________________________________________\n%s mailing list\n' % d.listname)
        put_email(d, make_email(d, 'list', obf=obf, case='lower'), False)
        d.w('\nhttps://lists.%s/mailman/listinfo/%s\n' % (d.domain, d.listname))
    while P['email'] > 0:      # further quoted attribution lines
        e3 = em(person(lang))
        d.w('\n')
        fill(d, WROTE[lang], date=When().local(lang, d.country, True), name=e3.display,
             email=lambda dd: put_email(dd, e3, False))
        d.w('\n> ' + (d.take() or '+1') + '\n')
    for name in list(LK):
        LK.remove(name)
        body_look(d, name)
    rest = d.rest('\n> ')
    if rest:
        d.w('> ' + rest + '\n')


# --- WHOIS -----------------------------------------------------------------
REGISTRARS = [('GoDaddy.com, LLC', 146, 'godaddy.com'), ('NameCheap, Inc.', 1068, 'namecheap.com'),
              ('Tucows Domains Inc.', 69, 'tucows.com'), ('OVH sas', 433, 'ovh.net'), ('Gandi SAS', 81, 'gandi.net'),
              ('PublicDomainRegistry.com', 303, 'publicdomainregistry.com'), ('Key-Systems GmbH', 269, 'key-systems.net')]
RIR_COUNTRY = {'RIPE': ['ES', 'PT', 'PL', 'NL', 'IT', 'IL', 'IR', 'BD'], 'APNIC': ['IN', 'TH', 'MY', 'PH'],
               'AFRINIC': ['KE', 'TZ']}


def g_whois(d, P, LK):
    lang = d.lang
    para(d, d.take())
    n_ip = P['ip']
    if n_ip >= 3:
        P['ip'] -= 3
        c = d.country if ISP_V4[d.country][4] in RIR_COUNTRY else rng.choice(['ES', 'NL', 'PL', 'IT', 'PT'])
        pre, owner, netname, adom, rir = ISP_V4[c]
        net = ipaddress.ip_network(pre)
        q = addr_in(pre)
        d.w('$ whois ')
        d.sp('ip', q, 'IPv4 public (%s %s) whois query' % (owner, pre), False)
        d.w('\n%% This is the %s Whois query server.\n\ninetnum:        ' % rir)
        d.sp('ip', str(net.network_address), 'IPv4 public range start (%s)' % pre, True)
        d.w(' - ')
        d.sp('ip', str(net.broadcast_address), 'IPv4 public range end (%s)' % pre, True)
        d.w('\nnetname:        %s\ndescr:          %s\ncountry:        %s\nadmin-c:        %s%d-%s\nstatus:         ASSIGNED PA\n'
            % (netname, owner, c, netname[:2], rng.randint(1, 999), rir))
        if pop_look(LK, 'postal_code'):
            d.w('address:        ')
            d.lk('postal_code', postal(c), False)
            d.w(' %s\n' % (CITY_EN.get(c) or CITY[c]))
        if P['email'] > 0:
            P['email'] -= 1
            d.w('abuse-mailbox:  ')
            put_email(d, Email('abuse@' + adom, 'role abuse mailbox plain', None, False), True)
            d.w('\n')
        if P['phone'] > 0:
            P['phone'] -= 1
            d.w('phone:          ')
            t, f = make_phone(d, country=c, mode='intl')
            d.sp('phone', t, f, True)
            d.w('\n')
        if pop_look(LK, 'date_time'):
            d.w('created:        ')
            d.lk('date_time', When().iso(), True)
            d.w('\n')
        d.w('last-modified:  %s\nsource:         %s\n' % (When().iso(), rir))
        if P['email'] > 0:
            P['email'] -= 1
            d.w('\nrole:           %s NOC\ne-mail:         ' % netname)
            put_email(d, Email(rng.choice(['noc@', 'hostmaster@', 'ripe@']) + adom, 'role NOC address plain', None, False), True)
            d.w('\n')
    else:
        reg = rng.choice(REGISTRARS)
        dom = d.domain
        up = rng.random() < 0.5
        tld = dom.rsplit('.', 1)[-1]
        reg_id = ('%d_DOMAIN_%s-VRSN' % (rng.randint(10 ** 9, 3 * 10 ** 9), tld.upper())) if tld in ('com', 'net') else \
                 ('D%d-%s' % (rng.randint(10 ** 6, 9 * 10 ** 8), {'org': 'LROR'}.get(tld, tld.upper())))
        d.w('Domain Name: %s\nRegistry Domain ID: %s\nRegistrar WHOIS Server: whois.%s\n'
            % (dom.upper() if up else dom, reg_id, reg[2]))
        w = When()
        d.w('Updated Date: %s\n' % When().iso())
        if pop_look(LK, 'date_time'):
            d.w('Creation Date: ')
            d.lk('date_time', w.iso(), True)
            d.w('\n')
        d.w('Registrar: %s\nRegistrar IANA ID: %d\n' % (reg[0], reg[1]))
        if P['email'] > 0:
            P['email'] -= 1
            d.w('Registrar Abuse Contact Email: ')
            e = Email('abuse@' + reg[2], 'role registrar abuse contact plain', None, False)
            put_email(d, e, True)
            d.w('\n')
        if P['phone'] > 0 and rng.random() < 0.5:
            P['phone'] -= 1
            d.w('Registrar Abuse Contact Phone: ')
            put_phone(d, False, mode='epp', country='US')
            d.w('\n')
        d.w('Registrant Organization: %s\n' % d.org_name)
        if pop_look(LK, 'postal_code'):
            d.w('Registrant Postal Code: ')
            d.lk('postal_code', postal(d.country), True)
            d.w('\n')
        d.w('Registrant Country: %s\n' % d.country)
        if P['phone'] > 0:
            P['phone'] -= 1
            d.w('Registrant Phone: ')
            put_phone(d, False, mode='epp')
            d.w('\n')
        if P['email'] > 0:
            P['email'] -= 1
            d.w('Registrant Email: ')
            put_email(d, make_email(d, rng.choice(['person', 'role']), case='lower'), True)
            d.w('\n')
        else:
            d.w('Registrant Email: Please query the RDDS service of the Registrar of Record identified in this output '
                'for information on how to contact the Registrant, Admin, or Tech contact of the queried domain name.\n')
        for i in range(2):
            d.w('Name Server: %s' % ('NS%d.%s' % (i + 1, dom.upper())))
            if P['ip'] > 0:
                P['ip'] -= 1
                d.w(' ')
                put_ip(d, False, source=rng.choice(['isp', 'cloudflare', 'aws', 'hetzner', 'ovh']), v6=False)
            d.w('\n')
        if pop_look(LK, 'hash'):
            d.w('DNSSEC: signedDelegation\nDS Data: %d 13 2 ' % rng.randint(2000, 65000))
            d.lk('hash', v_hash('sha256').upper(), False)
            d.w('\n')
        else:
            d.w('DNSSEC: unsigned\n')
        d.w('>>> Last update of WHOIS database: %s <<<\n' % When().iso())
    while P['ip'] > 0:
        P['ip'] -= 1
        d.w('A: ')
        put_ip(d, False)
        d.w('\n')
    while P['email'] > 0 or P['phone'] > 0:
        if P['email'] > 0:
            P['email'] -= 1
            d.w('Tech Email: ')
            put_email(d, make_email(d, 'person', case='lower'), True)
            d.w('\n')
        if P['phone'] > 0:
            P['phone'] -= 1
            d.w('Tech Phone: ')
            put_phone(d, False, mode='epp')
            d.w('\n')
    for name in list(LK):
        LK.remove(name)
        if name == 'postal_code':
            d.w('Registrant Postal Code: ')
            d.lk(name, postal(d.country), True)
            d.w('\n')
        else:
            body_look(d, name)
    para(d, '\n' + d.rest(), end='\n')


# --- access logs ---------------------------------------------------------------
UAS = [('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/', ' Safari/537.36', 'chrome'),
       ('Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/',
        ' Mobile/15E148 Safari/604.1', 'safari'),
       ('Mozilla/5.0 (X11; Linux x86_64; rv:123.0) Gecko/20100101 Firefox/', '', 'firefox'),
       ('Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/', ' Mobile Safari/537.36', 'chrome'),
       ('curl/', '', 'curl'), ('python-requests/', '', 'requests')]
UA_VER = {'chrome': lambda: '%d.0.%d.%d' % (rng.randint(118, 124), rng.randint(5900, 6400), rng.randint(50, 200)),
          'safari': lambda: '17.%d' % rng.randint(0, 4), 'firefox': lambda: '%d.0' % rng.randint(115, 124),
          'curl': lambda: '8.%d.%d' % (rng.randint(0, 6), rng.randint(0, 1)), 'requests': lambda: '2.%d.0' % rng.randint(25, 31)}
PATHS = {'es': ['/contacto', '/productos/zapatillas-running', '/blog/como-ahorrar-luz'], 'pt': ['/contato', '/produtos/camiseta-azul', '/blog/dicas-de-viagem'],
         'it': ['/contatti', '/prodotti/borsa-pelle'], 'nl': ['/contact', '/producten/fietstas'], 'pl': ['/kontakt', '/produkty/plecak'],
         'en': ['/contact', '/products/blue-shirt', '/blog/spring-sale']}


def g_access_log(d, P, LK):
    lang = d.lang
    para(d, d.take())
    d.w(lab('log', lang) + ' (%s):\n' % rng.choice(['/var/log/nginx/access.log', '/var/log/apache2/access.log',
                                                   '/var/log/httpd/error_log', 'access.log']))
    apache_err = rng.random() < 0.25
    specs = [('ip', None) for _ in range(P['ip'])]
    P['ip'] = 0
    for n in list(LK):
        if n == 'private_ip':
            LK.remove(n)
            specs.append(('private', None))
    rng.shuffle(specs)
    attach = {}
    for n in list(LK):
        if n in ('date_time', 'version', 'uuid', 'hash', 'order_number'):
            LK.remove(n)
            i = rng.randrange(len(specs))
            attach.setdefault(i, []).append(n)
    w = When()
    tz = rng.choice(['+0100', '+0200', '-0300', '+0530', '+0700', '+0000', '-0500', '+0330', '+0800', '+0300'])
    for i, (kind, _) in enumerate(specs):
        w.tick(rng.randint(0, 40))
        att = attach.get(i, [])
        crawler = kind == 'ip' and rng.random() < 0.25
        if kind == 'ip':
            src = rng.choice(['googlebot', 'bingbot', 'bingbot2']) if crawler else rng.choice(['isp', 'isp', 'isp', 'aws', 'hetzner', 'meta'])
            text, fmt = make_ip(d, source=src, v6=False if crawler else (rng.random() < 0.35))
        if apache_err:
            d.w('[%s %s %02d %02d:%02d:%02d.%06d %d] [%s] [pid %d] [client ' % (
                DOW3[dow(w.y, w.m, w.d)], MON3[w.m - 1], w.d, w.H, w.M, w.S, rng.randint(0, 999999), w.y,
                rng.choice(['php:error', 'authz_core:error', 'core:error', 'ssl:warn']), rng.randint(1000, 60000)))
            if kind == 'ip':
                d.sp('ip', text, fmt + ' apache error log', False)
            else:
                d.lk('private_ip', v_private_ip4(), False)
            d.w(':%d] ' % rng.randint(1024, 65535))
            msg = rng.choice(['AH01630: client denied by server configuration: /var/www/html/.env',
                              'PHP Warning:  Undefined variable $id in /var/www/html/index.php on line 42',
                              'AH01071: Got error \'Primary script unknown\''])
            d.w(msg)
            for n in att:
                d.w(', ')
                if n == 'date_time':
                    d.w('last seen ')
                    d.lk(n, w.clf(tz), False)
                elif n == 'version':
                    d.w('PHP/')
                    d.lk(n, '8.%d.%d' % (rng.randint(0, 3), rng.randint(0, 30)), False)
                else:
                    d.w('referer: https://www.%s/' % d.domain + {'uuid': 'api/session/', 'hash': 'assets/', 'order_number': 'order/'}[n])
                    d.lk(n, look_value(d, n) if n != 'hash' else v_hash('md5'), False)
            d.w('\n')
            continue
        if kind == 'ip':
            d.sp('ip', text, fmt + ' nginx/apache combined log', False)
        else:
            d.lk('private_ip', v_private_ip4(), False)
        d.w(' - - [')
        if 'date_time' in att:
            d.lk('date_time', w.clf(tz), False)
        else:
            d.w(w.clf(tz))
        method = 'GET' if kind == 'private' else rng.choice(['GET', 'GET', 'GET', 'POST', 'HEAD'])
        d.w('] "%s ' % method)
        path_looks = [n for n in att if n in ('uuid', 'hash', 'order_number')]
        if path_looks:
            for j, n in enumerate(path_looks):
                if n == 'uuid':
                    d.w('/api/v1/sessions/' if j == 0 else ('?' if j == 1 else '&') + 'session=')
                    d.lk('uuid', v_uuid(), False)
                elif n == 'hash':
                    d.w('/static/js/main.' if j == 0 else ('?' if j == 1 else '&') + 'v=')
                    d.lk('hash', v_hash('md5')[:rng.choice([8, 20, 32])], False)
                    if j == 0:
                        d.w('.js')
                else:
                    d.w(rng.choice(['/pedido/', '/order/']) if j == 0 else ('?' if j == 1 else '&') + 'order=')
                    d.lk('order_number', rd(rng.choice([8, 10])), False)
        elif kind == 'private':
            d.w(rng.choice(['/server-status?auto', '/healthz', '/nginx_status', '/metrics']))
        elif crawler:
            d.w(rng.choice(['/robots.txt', '/sitemap.xml', '/']))
        else:
            d.w(rng.choice(PATHS.get(lang, PATHS['en']) + ['/', '/wp-login.php', '/favicon.ico', '/.env', '/xmlrpc.php', '/feed/']))
        d.w(' HTTP/%s" %d %d "' % (rng.choice(['1.1', '1.1', '2.0']), rng.choice([200, 200, 200, 301, 304, 404, 403, 499]), rng.randint(0, 60000)))
        d.w('-' if rng.random() < 0.6 else 'https://www.%s/' % d.domain)
        d.w('" "')
        if crawler:
            bot, ver, tail = rng.choice([('Googlebot/', '2.1', '; +http://www.google.com/bot.html)'),
                                         ('bingbot/', '2.0', '; +http://www.bing.com/bingbot.htm)')])
            d.w('Mozilla/5.0 (compatible; ' + bot)
            if 'version' in att:
                d.lk('version', ver, False)
            else:
                d.w(ver)
            d.w(tail)
        elif kind == 'private':
            agent, ver = rng.choice([('ELB-HealthChecker/', '2.0'), ('kube-probe/', '1.%d' % rng.randint(24, 29)),
                                     ('Prometheus/', '2.%d.0' % rng.randint(40, 50))])
            d.w(agent)
            if 'version' in att:
                d.lk('version', ver, False)
            else:
                d.w(ver)
        else:
            pre, post, fam = rng.choice(UAS)
            d.w(pre)
            if 'version' in att:
                d.lk('version', UA_VER[fam](), False)
            else:
                d.w(UA_VER[fam]())
            d.w(post)
        d.w('"\n')
    d.w('\n')
    for n in list(LK):
        LK.remove(n)
        body_look(d, n)
    para(d, d.rest(), end='\n')


# --- mail server logs (postfix) ---------------------------------------------------
MAIL_HOSTS = {'google-mail': lambda: 'mail-%s-f%d.google.com' % (rng.choice(['wr1', 'ed1', 'lf1', 'pl1', 'yb1', 'qt1']), rng.randint(41, 199)),
              'outlook': lambda: 'mail-%s.outbound.protection.outlook.com' % rng.choice(['db8eur05olkn2104', 'am7eur03olkn2019', 'vi1eur04olkn2047']),
              'eop': lambda: 'mail-%s.outbound.protection.outlook.com' % rng.choice(['eopbgr140070', 'eopbgr80041', 'eopbgr70094']),
              'yahoo-mail': lambda: 'sonic%d-%d.consmr.mail.bf2.yahoo.com' % (rng.randint(301, 330), rng.randint(20, 40)),
              'apple': lambda: 'ms%d-%d.me.com' % (rng.randint(11, 20), rng.randint(1, 9)),
              'isp': lambda: 'unknown'}


def g_mail_log(d, P, LK):
    para(d, d.take())
    host = rng.choice(['mx1', 'mail', 'smtp', 'mx'])
    w = When()
    first = [True]

    def ts():
        w.tick(rng.randint(0, 3))
        if first[0] and pop_look(LK, 'date_time'):
            d.lk('date_time', w.syslog(), False)
        else:
            d.w(w.syslog())
        first[0] = False
        d.w(' %s ' % host)

    while P['ip'] > 0 or P['email'] > 0:
        qid = ''.join(rng.choice('0123456789ABCDEF') for _ in range(rng.choice([10, 11])))
        pid = rng.randint(1000, 65000)
        src = rng.choice(['google-mail', 'google-mail', 'outlook', 'eop', 'yahoo-mail', 'apple', 'isp', 'isp'])
        hname = MAIL_HOSTS[src]()
        ip, fmt = make_ip(d, source=src, v6=(src == 'google-mail' and rng.random() < 0.35))
        if P['ip'] >= 2 and P['email'] >= 2 and rng.random() < 0.5:
            P['ip'] -= 2
            P['email'] -= 2
            ts()
            d.w('postfix/smtpd[%d]: NOQUEUE: reject: RCPT from unknown[' % pid)
            d.sp('ip', ip, fmt + ' postfix', False)
            d.w(']: 554 5.7.1 Service unavailable; Client host [')
            d.sp('ip', ip, fmt + ' postfix', False)
            d.w('] blocked using zen.spamhaus.org; from=<')
            put_email(d, make_email(d, 'person', domain=rng.choice(PROVIDERS['en']), case='lower'), False)
            d.w('> to=<')
            put_email(d, make_email(d, 'role', case='lower'), False)
            d.w('> proto=ESMTP helo=<%s>\n' % rng.choice(['User', 'localhost', 'ylmf-pc', 'WIN-3K8F2']))
            continue
        if P['ip'] > 0:
            P['ip'] -= 1
            ts()
            d.w('postfix/smtpd[%d]: connect from %s[' % (pid, hname))
            d.sp('ip', ip, fmt + ' postfix', False)
            d.w(']\n')
        if P['ip'] > 0 and rng.random() < 0.5:
            P['ip'] -= 1
            ts()
            d.w('postfix/smtpd[%d]: %s: client=%s[' % (pid, qid, hname))
            d.sp('ip', ip, fmt + ' postfix', False)
            d.w(']\n')
        if pop_look(LK, 'message_id'):
            ts()
            d.w('postfix/cleanup[%d]: %s: message-id=<' % (pid + 5, qid))
            d.lk('message_id', v_message_id(d), True)
            d.w('>\n')
        if P['email'] > 0:
            P['email'] -= 1
            ts()
            d.w('postfix/qmgr[%d]: %s: from=<' % (rng.randint(900, 1500), qid))
            put_email(d, make_email(d, 'person', case='lower'), False)
            d.w('>, size=%d, nrcpt=1 (queue active)\n' % rng.randint(2000, 900000))
        if P['email'] > 0:
            P['email'] -= 1
            ts()
            d.w('postfix/%s[%d]: %s: to=<' % (rng.choice(['smtp', 'lmtp', 'local']), pid + 9, qid))
            put_email(d, make_email(d, rng.choice(['role', 'person']), domain=d.domain, case='lower'), False)
            d.w('>, relay=')
            if pop_look(LK, 'private_ip'):
                d.w('localhost[')
                d.lk('private_ip', rng.choice(['127.0.0.1', '::1']) if rng.random() < 0.7 else v_private_ip(), False)
                d.w(']:10024')
            else:
                d.w(rng.choice(['local', 'dovecot', '%s.%s[private/dovecot-lmtp]' % (host, d.domain)]))
            d.w(', delay=%.1f, delays=0.1/0/0/%.1f, dsn=2.0.0, status=sent (250 2.0.0 Ok)\n' % (rng.uniform(0.2, 3), rng.uniform(0.1, 2)))
        ts()
        d.w('postfix/qmgr[%d]: %s: removed\n' % (rng.randint(900, 1500), qid))
        if P['ip'] > 0 and rng.random() < 0.5:
            P['ip'] -= 1
            ts()
            d.w('postfix/smtpd[%d]: disconnect from %s[' % (pid, hname))
            d.sp('ip', ip, fmt + ' postfix', False)
            d.w('] ehlo=2 starttls=1 mail=1 rcpt=1 data=1 quit=1 commands=7\n')
    for n in list(LK):
        LK.remove(n)
        if n == 'private_ip':
            ts()
            d.w('postfix/smtpd[%d]: connect from localhost[' % rng.randint(1000, 65000))
            d.lk(n, '127.0.0.1', False)
            d.w(']\n')
        else:
            body_look(d, n)
    d.w('\n')
    para(d, d.rest(), end='\n')


# --- CSV / spreadsheet exports ------------------------------------------------
CSV_HDR = {'id': 'id', 'ip': 'signup_ip', 'mac': 'mac', 'coords': 'lat_lon', 'txn': 'txn_ref', 'notes': 'notes'}


def g_csv_export(d, P, LK):
    lang = d.lang
    delim = ';' if lang in ('es', 'pt', 'it', 'nl', 'pl') else ','
    if rng.random() < 0.1:
        delim = '\t'
    fname = rng.choice(['clientes', 'contacts', 'export', 'inscritos', 'pagamentos', 'members', 'orders'])
    if rng.random() < 0.5:
        d.url = 'https://admin.%s/export/%s_%d.csv' % (d.domain, fname, rng.randint(2022, 2024))
    else:
        d.url = None
    para(d, d.take())
    # column -> list of cell specs
    cols = collections.OrderedDict()
    look_col = {'uuid': 'id', 'date_time': lab('date', lang), 'postal_code': lab('postal', lang), 'order_number': lab('order', lang),
                'invoice_number': lab('invoice', lang), 'price': lab('amount', lang), 'masked_card': lab('card', lang),
                'luhn_fail_16': CSV_HDR['txn'], 'coordinates': CSV_HDR['coords'], 'iban_bad_checksum': 'IBAN',
                'tracking_number': lab('tracking', lang), 'mac_address': CSV_HDR['mac']}
    if 'uuid' in LK:
        cols['id'] = []
    cols[lab('name', lang)] = []
    for k, hdr in (('email', lab('email', lang)), ('phone', lab('phone', lang)), ('iban', 'IBAN'), ('card', lab('card', lang)),
                   ('ip', CSV_HDR['ip'])):
        if P[k] > 0:
            cols.setdefault(hdr, [])
            for _ in range(P[k]):
                cols[hdr].append(('span', k))
            P[k] = 0
    for n in list(LK):
        if n in look_col:
            LK.remove(n)
            cols.setdefault(look_col[n], []).append(('look', n))
    notes = d.take()
    if notes:
        cols[CSV_HDR['notes']] = [('text', notes)]
    nrows = max([2] + [len(v) for v in cols.values()])
    for k, v in cols.items():
        if k == lab('name', lang):
            for _ in range(nrows):
                v.append(('text', person(lang)[0]))
        else:
            # spread the filled cells over the rows; the rest stay empty
            cells = v + [None] * (nrows - len(v))
            first = cells[:1]
            tail = cells[1:]
            rng.shuffle(tail)
            cols[k] = first + tail
    hdrs = list(cols)
    d.w(delim.join(('"%s"' % h) if (delim in h or ' ' in h) else h for h in hdrs) + '\n')

    def cell(spec):
        if spec is None:
            return
        typ, what = spec
        if typ == 'text':
            q = delim in what or '"' in what or ',' in what
            d.w('"%s"' % what.replace('"', '""') if q else what)
            return
        if typ == 'span':
            if what == 'email':
                em = make_email(d, 'person')
                d.sp('email', em.text, em.fmt + ' csv cell', False)
            elif what == 'phone':
                t, f = make_phone(d)
                d.sp('phone', t, f + ' csv cell', False)
            elif what == 'iban':
                t, f = make_iban(d)
                d.sp('iban', t, f + ' csv cell', False)
            elif what == 'card':
                t, f = make_card(d, style=rng.choice(['none', 'none', 'spaces', 'dashes']))
                d.sp('card', t, f + ' csv cell', False)
            elif what == 'ip':
                t, f = make_ip(d)
                d.sp('ip', t, f + ' csv cell', False)
            return
        v = look_value(d, what)
        q = delim in v or ',' in v
        if q:
            d.w('"')
        d.lk(what, v, False)
        if q:
            d.w('"')

    for r in range(nrows):
        for j, h in enumerate(hdrs):
            if j:
                d.w(delim)
            cell(cols[h][r])
        d.w('\n')
    put_rest(d, P, LK)
    para(d, '\n' + d.rest(), end='\n')


# --- legal notices / terms pages ---------------------------------------------------
LEGAL_SLUG = {'en': 'terms', 'es': 'aviso-legal', 'pt': 'termos-de-uso', 'it': 'note-legali', 'nl': 'algemene-voorwaarden',
              'pl': 'regulamin', 'ms': 'terma-dan-syarat', 'tl': 'terms', 'sw': 'sheria-na-masharti'}


def g_legal_notice(d, P, LK):
    lang = d.lang
    d.url = 'https://www.%s/%s' % (d.domain, LEGAL_SLUG.get(lang, 'terms'))
    d.w(lab('legal', lang) + '\n\n')
    para(d, d.take())
    d.w(d.org_name + '\n')
    if pop_look(LK, 'postal_code'):
        lbl = rng.random() < 0.3
        if lbl:
            d.w(lab('postal', lang) + ' ')
        d.lk('postal_code', postal(d.country), lbl)
        d.w(' ')
    d.w(CITY[d.country] + '\n')
    if pop_look(LK, 'coordinates'):
        d.w('GPS: ')
        d.lk('coordinates', v_coords(d.country), True)
        d.w('\n')
    obf_style = None
    while P['email'] > 0:
        P['email'] -= 1
        if d.obf_plan:
            d.obf_plan = None
            obf_style = rng.choice(['bracket-at', 'paren-at', 'bracket-at-dot', 'at-dot'] + (['arroba'] if lang == 'es' else []))
        em = make_email(d, 'role' if rng.random() < 0.75 else 'person', obf=obf_style, case='lower' if obf_style else None)
        if rng.random() < 0.65:
            d.w(rng.choice([lab('email', lang), lab('contact', lang)]) + ': ')
            put_email(d, em, True)
        else:
            put_email(d, em, False, container=rng.choice(['bare', 'mailto']))
        obf_style = None
        d.w('\n')
    while P['phone'] > 0:
        P['phone'] -= 1
        if rng.random() < 0.7:
            put_phone(d, True)
        else:
            put_phone(d, False)
        d.w('\n')
    while P['iban'] > 0:
        P['iban'] -= 1
        put_iban(d, rng.random() < 0.75)
        d.w('\n')
    if pop_look(LK, 'price'):
        d.w({'es': 'Capital social: ', 'pt': 'Capital social: ', 'it': 'Capitale sociale: ',
             'pl': 'Kapitał zakładowy: '}.get(lang, lab('amount', lang) + ': '))
        d.lk('price', price(lang, d.country), True)
        d.w('\n')
    if pop_look(LK, 'reference_number'):
        lbl = rng.random() < 0.5
        if lbl:
            d.w(lab('reference', lang) + ': ')
        d.lk('reference_number', v_reference(d), lbl)
        d.w('\n')
    d.w('\n')
    para(d, d.take())
    for n in list(LK):
        if n in ('version', 'date_time'):
            continue
        LK.remove(n)
        body_look(d, n)
    if 'version' in LK or 'date_time' in LK:
        if pop_look(LK, 'version'):
            lbl = rng.random() < 0.6
            if lbl:
                d.w(lab('version', lang) + ' ')
            d.lk('version', ('%d.%d' if lbl else 'v%d.%d') % (rng.randint(1, 6), rng.randint(0, 9)), lbl)
            if 'date_time' in LK:
                d.w(' — ')
        if pop_look(LK, 'date_time'):
            lbl = rng.random() < 0.5
            if lbl:
                d.w(lab('date', lang) + ': ')
            d.lk('date_time', When().local(lang, d.country, False), lbl)
        d.w('\n')
    put_rest(d, P, LK)
    para(d, d.rest(), end='\n')


# --- chat exports (WhatsApp style) ----------------------------------------------
def chat_stamp(lang, w, ios):
    if lang == 'en':
        h12, ap = w.h12
        core = '%d/%d/%02d, %d:%02d%s %s' % (w.m, w.d, w.y % 100, h12, w.M, (':%02d' % w.S) if ios else '', ap)
    elif lang == 'th':
        core = '%d/%d/%02d %02d:%02d' % (w.d, w.m, (w.y + 543) % 100, w.H, w.M)
    elif lang == 'fa':
        jy, jm, jd = g2j(w.y, w.m, w.d)
        core = ('%d/%d/%d، %02d:%02d' % (jy, jm, jd, w.H, w.M)).translate(PERSIAN_DIGITS)
    elif lang == 'pl':
        core = '%02d.%02d.%d, %02d:%02d' % (w.d, w.m, w.y, w.H, w.M)
    elif lang == 'nl':
        core = '%02d-%02d-%d %02d:%02d' % (w.d, w.m, w.y, w.H, w.M)
    elif lang == 'he':
        core = '%d.%d.%d, %02d:%02d' % (w.d, w.m, w.y, w.H, w.M)
    else:
        core = ('%02d/%02d/%02d, %02d:%02d:%02d' % (w.d, w.m, w.y % 100, w.H, w.M, w.S)) if ios else \
               ('%02d/%02d/%d, %02d:%02d' % (w.d, w.m, w.y, w.H, w.M))
    return core


CHAT_PHRASE = {
    'email': {'en': 'my email is', 'es': 'mi correo es', 'pt': 'meu email é', 'it': 'la mia mail è', 'nl': 'mijn mailadres is',
              'pl': 'mój mail to', 'hi': 'मेरा ईमेल', 'bn': 'আমার ইমেইল', 'th': 'อีเมลของฉันคือ', 'he': 'המייל שלי',
              'fa': 'ایمیل من', 'sw': 'barua pepe yangu ni', 'ms': 'emel saya', 'tl': 'email ko ay'},
    'phone': {'en': 'new number', 'es': 'mi número nuevo', 'pt': 'meu número novo', 'it': 'il mio nuovo numero',
              'nl': 'mijn nieuwe nummer', 'pl': 'mój nowy numer', 'hi': 'मेरा नया नंबर', 'bn': 'আমার নতুন নম্বর',
              'th': 'เบอร์ใหม่', 'he': 'המספר החדש שלי', 'fa': 'شماره جدیدم', 'sw': 'namba yangu mpya ni',
              'ms': 'nombor baru saya', 'tl': 'bagong number ko'},
}


def g_chat_export(d, P, LK):
    lang = d.lang
    d.url = None
    ios = rng.random() < 0.4
    w = When()
    people = [person(lang)[0], person(lang)[0]]
    senders = list(people)
    events = []   # list of (sender_spec, content_fn)
    for _ in range(P['phone']):
        P['phone'] -= 1
        if rng.random() < 0.5:
            events.append(('phone-sender', None))
        else:
            events.append((None, 'phone'))
    for k in ('email', 'iban', 'card'):
        for _ in range(P[k]):
            events.append((None, k))
        P[k] = 0
    stamp_look = bool(pop_look(LK, 'date_time'))
    for n in list(LK):
        LK.remove(n)
        events.append((None, 'look:' + n))
    while d.pieces:
        events.append((None, 'piece:' + d.take()))
    rng.shuffle(events)
    if not any(e[1] and e[1].startswith('piece:') for e in events[:1]):
        pass
    if lang == 'en' and rng.random() < 0.5:
        d.w(chat_stamp(lang, w, ios) + ' - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.\n')
    for i, (sender, content) in enumerate(events):
        w.tick(rng.randint(5, 600))
        st = chat_stamp(lang, w, ios)
        if ios:
            d.w('[')
        if stamp_look and i == len(events) - 1:
            d.lk('date_time', st, False)
        else:
            d.w(st)
        d.w('] ' if ios else ' - ')
        if sender == 'phone-sender':
            t, f = make_phone(d, mode='wa')
            d.sp('phone', t, f + ' as WhatsApp sender', False)
        else:
            d.w(rng.choice(senders))
        d.w(': ')
        if content is None:
            d.w(rng.choice(['👍', 'ok', '<Media omitted>', '🙏', 'jaja' if lang == 'es' else 'kkkk' if lang == 'pt' else 'haha']))
        elif content.startswith('piece:'):
            d.w(content[6:])
        elif content == 'email':
            em = make_email(d, 'person')
            if rng.random() < 0.5:
                d.w(CHAT_PHRASE['email'][lang] + ' ')
                put_email(d, em, True)
            else:
                put_email(d, em, False)
        elif content == 'phone':
            t, f = make_phone(d, mode='intl')
            lbl = rng.random() < 0.5
            if lbl:
                d.w(CHAT_PHRASE['phone'][lang] + ' ')
            d.sp('phone', t, f, lbl)
        elif content == 'iban':
            lbl = rng.random() < 0.6
            if lbl:
                d.w('IBAN ')
            t, f = make_iban(d)
            d.sp('iban', t, f, lbl)
        elif content == 'card':
            lbl = rng.random() < 0.5
            if lbl:
                d.w(lab('card', lang) + ' ')
            t, f = make_card(d)
            d.sp('card', t, f, lbl)
        else:
            n = content[5:]
            if n == 'coordinates':
                d.w(rng.choice(['📍 ', 'location: ']))
                d.lk(n, v_coords(d.country), False)
            else:
                put_look(d, n, want_label(n))
        d.w('\n')
    put_rest(d, P, LK)


# --- job postings ------------------------------------------------------------
JOB_TITLES = {'es': ['Auxiliar administrativo/a', 'Desarrollador/a web', 'Dependiente/a de tienda'],
              'pt': ['Auxiliar administrativo', 'Desenvolvedor(a) web', 'Vendedor(a) externo'],
              'hi': ['डेटा एंट्री ऑपरेटर', 'सेल्स एक्जीक्यूटिव'], 'bn': ['হিসাবরক্ষক', 'বিক্রয় প্রতিনিধি'],
              'th': ['พนักงานบัญชี', 'โปรแกรมเมอร์'], 'he': ['מזכירה רפואית', 'מפתח/ת Full Stack'],
              'fa': ['کارشناس فروش', 'برنامه‌نویس وب'], 'sw': ['Mhasibu', 'Afisa Mauzo'], 'ms': ['Kerani Akaun', 'Pembangun Web'],
              'tl': ['Customer Service Representative', 'Accounting Staff'], 'pl': ['Specjalista ds. księgowości', 'Programista Java'],
              'nl': ['Administratief medewerker', 'Magazijnmedewerker'], 'it': ['Impiegato/a amministrativo/a', 'Sviluppatore web'],
              'en': ['Office Administrator', 'Junior Web Developer', 'Warehouse Associate']}


def g_job_posting(d, P, LK):
    lang = d.lang
    d.url = rng.choice(['https://www.%s/%s/%d' % (d.domain, rng.choice(['careers', 'empleo', 'vagas', 'jobs', 'kariera']), rng.randint(100, 9999)),
                        'https://%s/jobs/%s' % (d.domain, rd(6))])
    d.w('%s: %s\n%s' % (lab('job', lang), rng.choice(JOB_TITLES[lang]), d.org_name))
    if pop_look(LK, 'postal_code'):
        d.w(', ')
        lbl = rng.random() < 0.3
        if lbl:
            d.w(lab('postal', lang) + ' ')
        d.lk('postal_code', postal(d.country), lbl)
    d.w(' · ' + CITY[d.country] + '\n\n')
    para(d, d.take())
    if pop_look(LK, 'price'):
        lbl = rng.random() < 0.6
        if lbl:
            d.w(lab('salary', lang) + ': ')
        d.lk('price', price(lang, d.country), lbl)
        d.w(rng.choice([' / mes' if lang == 'es' else ' / mês' if lang == 'pt' else '', '']) + '\n')
    para(d, d.take())
    while P['email'] > 0:
        P['email'] -= 1
        obf = rng.choice(['bracket-at', 'paren-at', 'at-dot'] + (['arroba'] if lang in ('es', 'pt') else [])) if d.obf_plan else None
        d.obf_plan = None
        em = make_email(d, 'role' if rng.random() < 0.7 else 'person', obf=obf, case='lower' if obf else None)
        lbl = rng.random() < 0.5
        if lbl:
            d.w(lab('email', lang) + ': ')
        else:
            d.w(lab('send_cv', lang) + ' ')
        put_email(d, em, lbl, container='bare' if (lbl or em.obfuscated or rng.random() < 0.7) else 'mailto')
        d.w('\n')
    while P['phone'] > 0:
        P['phone'] -= 1
        put_phone(d, rng.random() < 0.7, key=rng.choice(['phone', 'mobile']))
        d.w(rng.choice(['', ' (WhatsApp)', '']) + '\n')
    if pop_look(LK, 'reference_number'):
        lbl = rng.random() < 0.7
        d.w(lab('ref_job', lang) + ' ' if lbl else '[')
        d.lk('reference_number', 'JOB-%s' % rd(5) if rng.random() < 0.5 else v_reference(d), lbl)
        d.w('\n' if lbl else ']\n')
    if pop_look(LK, 'date_time'):
        lbl = rng.random() < 0.5
        if lbl:
            d.w(lab('date', lang) + ': ')
        d.lk('date_time', When().local(lang, d.country, False), lbl)
        d.w('\n')
    put_rest(d, P, LK)
    para(d, d.rest(), end='\n')


# --- event registration confirmations -------------------------------------------
EVENTS = {'es': 'Jornadas de Innovación', 'pt': 'Encontro Regional de Educação', 'hi': 'डिजिटल इंडिया सम्मेलन',
          'bn': 'বার্ষিক উন্নয়ন সম্মেলন', 'th': 'งานสัมมนาธุรกิจดิจิทัล', 'he': 'כנס הייטק צפון', 'fa': 'همایش ملی فناوری',
          'sw': 'Kongamano la Biashara', 'ms': 'Seminar Keusahawanan Digital', 'tl': 'Pambansang Kumperensya sa Edukasyon',
          'pl': 'Forum Przedsiębiorców', 'nl': 'Symposium Duurzaam Bouwen', 'it': 'Convegno Nazionale di Informatica',
          'en': 'Regional Small Business Summit'}


def g_event_registration(d, P, LK):
    lang = d.lang
    form = P['card'] > 0 or rng.random() < 0.3      # form-to-email notification vs. confirmation mail
    d.url = None if rng.random() < 0.6 else 'https://%s/%s?id=%s' % (d.domain, rng.choice(['inscripcion/confirmacion', 'registration/confirm', 'evento/ok']), rd(6))
    who = person(lang)
    d.w('%s — %s %d\n\n' % (lab('new_form' if form else 'reg_ok', lang), EVENTS[lang], rng.randint(2023, 2025)))
    d.w('%s: %s\n' % (lab('name', lang), who[0]))
    if P['email'] > 0:
        P['email'] -= 1
        d.w(lab('email', lang) + ': ')
        put_email(d, make_email(d, 'person', person_=who), True)
        d.w('\n')
    if P['phone'] > 0:
        P['phone'] -= 1
        put_phone(d, True, key=rng.choice(['phone', 'mobile']))
        d.w('\n')
    for n, key in (('ticket_number', 'ticket'), ('order_number', 'order')):
        if pop_look(LK, n):
            lbl = rng.random() < 0.6
            d.w((lab(key, lang) + ': ') if lbl else '#')
            d.lk(n, look_value(d, n).lstrip('#'), lbl)
            d.w('\n')
    if pop_look(LK, 'date_time'):
        lbl = rng.random() < 0.5
        if lbl:
            d.w(lab('date', lang) + ': ')
        d.lk('date_time', When().local(lang, d.country, True), lbl)
        d.w('\n')
    d.w('%s: %s' % (lab('venue', lang), CITY[d.country]))
    if pop_look(LK, 'postal_code'):
        d.w(' ')
        d.lk('postal_code', postal(d.country), False)
    if pop_look(LK, 'coordinates'):
        d.w(' (')
        d.lk('coordinates', v_coords(d.country), False)
        d.w(')')
    d.w('\n')
    if pop_look(LK, 'price'):
        lbl = rng.random() < 0.5
        if lbl:
            d.w(lab('amount', lang) + ': ')
        d.lk('price', price(lang, d.country), lbl)
        d.w('\n')
    if pop_look(LK, 'masked_card'):
        lbl = rng.random() < 0.5
        if lbl:
            d.w(lab('paid_with', lang) + ' ')
        d.lk('masked_card', v_masked_card(d), lbl)
        d.w('\n')
    if P['card'] > 0:
        d.w('\n%s\n' % lab('payment', lang))
        while P['card'] > 0:
            P['card'] -= 1
            put_card(d, rng.random() < 0.75)
            d.w('  %02d/%02d\n' % (rng.randint(1, 12), rng.randint(25, 30)))
    if pop_look(LK, 'uuid'):
        d.w('QR: ')
        d.lk('uuid', v_uuid(), True)
        d.w('\n')
    d.w('\n')
    para(d, d.take())
    put_rest(d, P, LK)
    para(d, d.rest(), end='\n')


# --- bank transfer confirmations ----------------------------------------------
BIC = {'ES': ['BSCHESMMXXX', 'BBVAESMMXXX', 'CAIXESBBXXX'], 'PT': ['CGDIPTPL', 'BCOMPTPL'], 'BR': ['BRASBRRJ', 'ITAUBRSP'],
       'IL': ['LUMIILITXXX', 'POALILIT'], 'PL': ['BPKOPLPW', 'BREXPLPW'], 'NL': ['ABNANL2A', 'RABONL2U', 'INGBNL2A'],
       'IT': ['BCITITMM', 'UNCRITMM'], 'DE': ['DEUTDEBBXXX', 'COBADEFFXXX'], 'FR': ['BNPAFRPP', 'SOGEFRPP'],
       'GB': ['NWBKGB2L', 'BARCGB22']}


def g_bank_transfer(d, P, LK):
    lang = d.lang
    d.url = None
    w = When()
    d.w(lab('transfer_ok', lang) + '\n')
    if pop_look(LK, 'date_time'):
        lbl = rng.random() < 0.6
        if lbl:
            d.w(lab('date', lang) + ': ')
        d.lk('date_time', w.local(lang, d.country, True), lbl)
        d.w('\n')
    n = P['iban']
    P['iban'] = 0
    own_iban = lang in ('es', 'pt', 'he', 'pl', 'nl', 'it') and n >= 2
    if own_iban:
        n -= 1
        d.w(lab('from_acct', lang) + ': ')
        t, f = make_iban(d)
        d.sp('iban', t, f + ' ordering account', True)
        d.w('\n')
    else:
        d.w('%s: ****%s\n' % (lab('from_acct', lang), rd(4)))
    for i in range(n):
        if n > 1:
            d.w('\n(%d/%d)\n' % (i + 1, n))
        d.w('%s: %s\n' % (lab('beneficiary', lang), rng.choice([person(lang)[0], d.org_name])))
        lbl = rng.random() < 0.8
        d.w('IBAN: ' if lbl else '')
        t, f = make_iban(d)
        d.sp('iban', t, f + ' beneficiary', lbl)
        cc = t[:2]
        d.w('\nBIC: %s\n' % rng.choice(BIC[cc]))
    if pop_look(LK, 'price'):
        lbl = rng.random() < 0.7
        if lbl:
            d.w(lab('amount', lang) + ': ')
        d.lk('price', price(lang, d.country), lbl)
        d.w('\n')
    for nm, key in (('reference_number', 'reference'), ('invoice_number', 'invoice')):
        if pop_look(LK, nm):
            lbl = rng.random() < 0.5
            d.w(lab(key, lang) + ': ' if lbl else lab('reference', lang) + ': ' + rng.choice(['pago ', 'ref ', '']))
            d.lk(nm, look_value(d, nm), lbl)
            d.w('\n')
    if pop_look(LK, 'luhn_fail_16'):
        lbl = rng.random() < 0.5
        d.w((lab('reference', lang) + ': ') if lbl else 'ID: ')
        d.lk('luhn_fail_16', v_luhn_fail(), lbl)
        d.w('\n')
    if pop_look(LK, 'masked_card'):
        d.w(lab('paid_with', lang) + ' ')
        d.lk('masked_card', v_masked_card(d), True)
        d.w('\n')
    if pop_look(LK, 'iban_bad_checksum'):
        d.w('\n')
        lbl = rng.random() < 0.5
        if lbl:
            d.w('IBAN (%s): ' % lab('invalid', lang))
        else:
            d.w('⚠ ')
        d.lk('iban_bad_checksum', v_iban_bad(d), lbl)
        d.w('\n')
    if P['email'] > 0:
        P['email'] -= 1
        d.w(lab('notify', lang) + ' ')
        put_email(d, make_email(d, 'person'), False)
        d.w('\n')
    if P['phone'] > 0:
        P['phone'] -= 1
        put_phone(d, True, key='mobile')
        d.w('\n')
    d.w('\n')
    para(d, d.take())
    put_rest(d, P, LK)
    para(d, d.rest(), end='\n')


# --- support ticket threads -------------------------------------------------------
def g_support_ticket(d, P, LK):
    lang = d.lang
    d.url = None if rng.random() < 0.4 else 'https://%s/tickets/%d' % (rng.choice(['soporte.', 'support.', 'help.', 'suporte.', '']) + d.domain, rng.randint(1000, 99999))
    cust = person(lang)
    body = d.take()
    d.w('[%s ' % lab('ticket', lang))
    if pop_look(LK, 'ticket_number'):
        d.lk('ticket_number', v_ticket(), True)
    else:
        d.w('#%d' % rng.randint(1000, 99999))
    d.w('] %s\n' % subject_from(body or 'help', 5))
    if P['email'] > 0:
        P['email'] -= 1
        d.w('From: ')
        put_email(d, make_email(d, 'person', person_=cust), False, container=rng.choice(['angle', 'quoted-angle', 'angle']))
        d.w('\n')
    else:
        d.w('%s: %s\n' % (lab('customer', lang), cust[0]))
    d.w('%s: %s\n\n' % (lab('date', lang), When().local(lang, d.country, True)))
    para(d, body)
    # customer-supplied data
    while P['card'] > 0:
        P['card'] -= 1
        lbl = rng.random() < 0.55
        if lbl:
            d.w(lab('card', lang) + ': ')
        t, f = make_card(d)
        d.sp('card', t, f, lbl)
        d.w(rng.choice(['', ' exp %02d/%02d' % (rng.randint(1, 12), rng.randint(25, 30))]) + '\n')
    while P['iban'] > 0:
        P['iban'] -= 1
        put_iban(d, rng.random() < 0.7)
        d.w('\n')
    while P['ip'] > 0:
        P['ip'] -= 1
        if rng.random() < 0.5:
            d.w('Received: from %s (%s [' % (rng.choice(['mail.', 'smtp.', 'mx.']) + rng.choice(ORGS['en']) + '.com', 'unknown'))
            t, f = make_ip(d, source=rng.choice(['isp', 'aws', 'hetzner', 'google-mail']))
            d.sp('ip', t, f + ' Received header', False)
            d.w('])\n')
        else:
            put_ip(d, True)
            d.w('\n')
    if 'iban_bad_checksum' in LK:
        LK.remove('iban_bad_checksum')
        lbl = rng.random() < 0.5
        d.w('IBAN ')
        d.lk('iban_bad_checksum', v_iban_bad(d), lbl)
        d.w(' — %s\n' % lab('invalid', lang) if lbl else '\n')
    if 'luhn_fail_16' in LK:
        LK.remove('luhn_fail_16')
        lbl = rng.random() < 0.4
        d.w((lab('reference', lang) + ': ') if lbl else '')
        d.lk('luhn_fail_16', v_luhn_fail(), lbl)
        d.w('\n')
    for n in ('order_number', 'invoice_number', 'tracking_number', 'masked_card'):
        if pop_look(LK, n):
            put_look(d, n, rng.random() < 0.5)
            d.w('\n')
    d.w('\n' + cust[0] + '\n')
    while P['phone'] > 0:
        P['phone'] -= 1
        put_phone(d, rng.random() < 0.5)
        d.w('\n')
    agent = person(lang)
    d.w('\n--- %s (%s) ---\n' % (lab('agent', lang), agent[0]))
    para(d, d.take())
    for n in list(LK):
        if n == 'message_id':
            LK.remove(n)
            d.w('In-Reply-To: <')
            d.lk(n, v_message_id(d), True)
            d.w('>\n')
        elif n in ('python_decorator', 'version', 'uuid', 'hash', 'mac_address', 'private_ip', 'math'):
            LK.remove(n)
            body_look(d, n)
    while P['email'] > 0:
        P['email'] -= 1
        d.w(agent[0] + ' · ')
        put_email(d, make_email(d, 'role', case='lower'), False)
        d.w('\n')
    put_rest(d, P, LK)
    para(d, d.rest(), end='\n')


# --- git logs ------------------------------------------------------------------
BOTS = [('dependabot[bot]', '49699333+dependabot[bot]@users.noreply.github.com'),
        ('github-actions[bot]', '41898282+github-actions[bot]@users.noreply.github.com'),
        ('renovate[bot]', '29139614+renovate[bot]@users.noreply.github.com'),
        ('pre-commit-ci[bot]', '66853113+pre-commit-ci[bot]@users.noreply.github.com'),
        ('GitHub', 'noreply@github.com')]
PKGS = ['requests', 'urllib3', 'django', 'pillow', 'numpy', 'black', 'pytest', 'actions/checkout', 'certifi', 'jinja2']


def g_git_log(d, P, LK):
    lang = d.lang
    repo = d.org_name.lower().replace(' ', '-')
    d.url = 'https://github.com/%s/%s/commits/main' % (rng.choice(ORGS[lang]), rng.choice(['website', 'api', 'backend', 'app', 'docs'])) if rng.random() < 0.6 else None
    first = True
    while P['email'] > 0 or first:
        sha = v_hash('sha1')
        d.w('commit ')
        if pop_look(LK, 'hash'):
            d.lk('hash', sha, True)
        else:
            d.w(sha)
        d.w('\n')
        bot = rng.random() < 0.45
        if P['email'] > 0:
            P['email'] -= 1
            if bot:
                name, addr = rng.choice(BOTS)
                d.w('Author: %s <' % name)
                d.sp('email', addr, 'role/no-reply bot address (GitHub) in angle brackets', False)
                d.w('>\n')
            else:
                p = person(lang)
                if rng.random() < 0.3:
                    addr = '%d+%s%s@users.noreply.github.com' % (rng.randint(1000000, 160000000), p[1], p[2][:3])
                    e = Email(addr, 'personal GitHub no-reply address', p[0], False)
                else:
                    e = make_email(d, 'person', person_=p, case='lower')
                d.w('Author: %s <' % p[0])
                d.sp('email', e.text, e.fmt + ' in git author line', False)
                d.w('>\n')
        else:
            d.w('Author: %s\n' % person(lang)[0])
        w = When()
        d.w('Date:   ')
        if pop_look(LK, 'date_time'):
            d.lk('date_time', w.gitdate(rng.choice(['+0100', '+0200', '-0300', '+0530', '+0700'])), False)
        else:
            d.w(w.gitdate())
        if pop_look(LK, 'date_time'):         # git log --format=fuller
            d.w('\nCommitDate: ')
            d.lk('date_time', w.tick(rng.randint(60, 3000)).gitdate(), True)
        d.w('\n\n')
        if bot and first is not None and rng.random() < 0.8:
            pkg = rng.choice(PKGS)
            d.w('    Bump %s from %d.%d.%d to ' % (pkg, rng.randint(1, 4), rng.randint(0, 30), rng.randint(0, 9)))
            if pop_look(LK, 'version'):
                d.lk('version', '%d.%d.%d' % (rng.randint(1, 5), rng.randint(0, 31), rng.randint(0, 9)), False)
            else:
                d.w('%d.%d.%d' % (rng.randint(1, 5), rng.randint(0, 31), rng.randint(0, 9)))
            d.w('\n')
        else:
            d.w('    ' + (d.take() or rng.choice(['Fix typo', 'Update README', 'Refactor settings'])) + '\n')
        if pop_look(LK, 'version'):
            d.w('\n    Release ')
            d.lk('version', v_version(), False)
            d.w('\n')
        if pop_look(LK, 'hash'):
            d.w('\n    This reverts commit ')
            d.lk('hash', v_hash('sha1'), True)
            d.w('.\n')
        if pop_look(LK, 'mention'):
            d.w('\n    cc ')
            d.lk('mention', '@' + rng.choice(HANDLES), False)
            d.w('\n')
        if not bot or rng.random() < 0.3:
            if P['email'] > 0 and rng.random() < 0.5:
                P['email'] -= 1
                p = person(lang)
                e = make_email(d, 'person', person_=p, case='lower')
                d.w('\n    %s: %s <' % (rng.choice(['Co-authored-by', 'Signed-off-by', 'Reviewed-by']), p[0]))
                d.sp('email', e.text, e.fmt + ' in git trailer', False)
                d.w('>\n')
        d.w('\n')
        first = False
    while d.pieces:                      # remaining base sentences: body of the last commit message
        d.w('    ' + d.take() + '\n\n')
    if 'python_decorator' in LK or 'math' in LK:
        d.w('diff --git a/app/views.py b/app/views.py\n@@ -%d,6 +%d,7 @@\n' % ((rng.randint(10, 90),) * 2))
        while pop_look(LK, 'python_decorator'):
            d.w('+')
            d.lk('python_decorator', rng.choice(DECORATORS), False)
            d.w('\n def %s(request):\n' % rng.choice(['dashboard', 'export_csv', 'index']))
        while pop_look(LK, 'math'):
            d.w('+    # ')
            d.lk('math', rng.choice(MATH), False)
            d.w('\n')
    put_rest(d, P, LK)


RENDER = {'mailing_list': g_mailing_list, 'whois': g_whois, 'access_log': g_access_log, 'mail_log': g_mail_log,
          'csv_export': g_csv_export, 'legal_notice': g_legal_notice, 'chat_export': g_chat_export,
          'job_posting': g_job_posting, 'event_registration': g_event_registration, 'bank_transfer': g_bank_transfer,
          'support_ticket': g_support_ticket, 'git_log': g_git_log}


# ---------------------------------------------------------------------------
# planning: how many of each kind / which look-alikes go into which document
# ---------------------------------------------------------------------------
GENRE_COUNTS = [('mailing_list', 40), ('whois', 25), ('access_log', 25), ('mail_log', 20), ('csv_export', 35),
                ('legal_notice', 35), ('chat_export', 40), ('job_posting', 35), ('event_registration', 35),
                ('bank_transfer', 40), ('support_ticket', 50), ('git_log', 20)]
# kind -> (min, initial max, hard max) spans per document of that genre
GENRE_KINDS = {
    'mailing_list': {'email': (0, 3, 3), 'phone': (0, 1, 1), 'ip': (0, 0, 1), 'iban': (0, 0, 1)},
    'whois': {'email': (0, 1, 2), 'phone': (0, 1, 2), 'ip': (0, 3, 3)},
    'access_log': {'ip': (2, 3, 6)},
    'mail_log': {'ip': (1, 2, 4), 'email': (0, 1, 3)},
    'csv_export': {'email': (0, 1, 4), 'phone': (0, 2, 4), 'iban': (0, 1, 3), 'card': (0, 1, 3), 'ip': (0, 1, 3)},
    'legal_notice': {'email': (0, 1, 2), 'phone': (0, 1, 2), 'iban': (0, 1, 1)},
    'chat_export': {'phone': (0, 1, 3), 'email': (0, 1, 1), 'iban': (0, 1, 1), 'card': (0, 1, 1)},
    'job_posting': {'email': (0, 1, 2), 'phone': (0, 1, 2)},
    'event_registration': {'email': (0, 1, 1), 'phone': (0, 1, 1), 'card': (0, 1, 1)},
    'bank_transfer': {'iban': (1, 2, 2), 'email': (0, 0, 1), 'phone': (0, 0, 1)},
    'support_ticket': {'email': (0, 1, 2), 'phone': (0, 1, 2), 'card': (0, 1, 2), 'ip': (0, 1, 2), 'iban': (0, 1, 1)},
    'git_log': {'email': (1, 1, 3)},
}
GENRE_LOOKS = {
    'mailing_list': ['message_id', 'date_time', 'version', 'hash', 'math', 'python_decorator', 'private_ip', 'uuid',
                     'mention', 'coordinates'],
    'whois': ['date_time', 'postal_code', 'hash'],
    'access_log': ['date_time', 'version', 'private_ip', 'uuid', 'hash', 'order_number'],
    'mail_log': ['message_id', 'date_time', 'private_ip'],
    'csv_export': ['date_time', 'postal_code', 'order_number', 'invoice_number', 'price', 'uuid', 'masked_card',
                   'luhn_fail_16', 'coordinates', 'iban_bad_checksum', 'tracking_number', 'mac_address'],
    'legal_notice': ['postal_code', 'version', 'date_time', 'price', 'coordinates', 'reference_number'],
    'chat_export': ['date_time', 'price', 'mention', 'tracking_number', 'postal_code', 'coordinates', 'order_number',
                    'masked_card', 'iban_bad_checksum', 'math'],
    'job_posting': ['price', 'date_time', 'postal_code', 'reference_number'],
    'event_registration': ['masked_card', 'ticket_number', 'order_number', 'price', 'date_time', 'coordinates',
                           'postal_code', 'uuid'],
    'bank_transfer': ['price', 'date_time', 'reference_number', 'masked_card', 'iban_bad_checksum', 'invoice_number',
                      'luhn_fail_16'],
    'support_ticket': ['ticket_number', 'order_number', 'version', 'uuid', 'hash', 'luhn_fail_16', 'iban_bad_checksum',
                       'mac_address', 'private_ip', 'python_decorator', 'math', 'tracking_number', 'masked_card',
                       'invoice_number', 'message_id'],
    'git_log': ['hash', 'date_time', 'version', 'python_decorator', 'mention', 'math'],
}
LOOK_TARGETS = {'masked_card': 30, 'version': 30, 'date_time': 45, 'price': 40, 'order_number': 27, 'invoice_number': 15,
                'ticket_number': 20, 'tracking_number': 18, 'reference_number': 10, 'postal_code': 30, 'uuid': 20,
                'hash': 22, 'coordinates': 18, 'math': 15, 'luhn_fail_16': 25, 'iban_bad_checksum': 25,
                'private_ip': 35, 'mac_address': 15, 'message_id': 25, 'mention': 20, 'python_decorator': 15}
LEGAL_FORM = {'ES': 'S.L.', 'MX': 'S.A. de C.V.', 'AR': 'S.R.L.', 'BR': 'Ltda.', 'PT': 'Lda.', 'IN': 'Pvt. Ltd.',
              'BD': 'Ltd.', 'TH': 'Co., Ltd.', 'IL': 'בע"מ', 'IR': 'Co.', 'KE': 'Ltd', 'TZ': 'Ltd', 'MY': 'Sdn. Bhd.',
              'PH': 'Inc.', 'PL': 'sp. z o.o.', 'NL': 'B.V.', 'IT': 'S.r.l.', 'US': 'LLC'}


def plan_spans(docs):
    plans = []
    for d in docs:
        spec = dict(GENRE_KINDS[d.genre])
        if d.genre == 'mailing_list':
            spec['email'] = (0, 0, 0) if d.hyperkitty else (1, 2, 3)
        if d.genre == 'whois':               # IP WHOIS: query + inetnum range = 3 IPs; domain WHOIS: 0-2 glue IPs
            spec['ip'] = (3, 3, 3) if d.ipwhois else (0, 1, 2)
        d.kind_spec = spec
        plans.append(collections.Counter({k: rng.randint(lo, ini) for k, (lo, ini, hi) in spec.items()}))
    for k in KINDS:
        tot = sum(p[k] for p in plans)
        while tot < TARGET_PER_KIND:
            c = [i for i, d in enumerate(docs) if k in d.kind_spec and plans[i][k] < d.kind_spec[k][2]]
            plans[rng.choice(c)][k] += 1
            tot += 1
        while tot > TARGET_PER_KIND:
            c = [i for i, d in enumerate(docs) if k in d.kind_spec and plans[i][k] > d.kind_spec[k][0]]
            plans[rng.choice(c)][k] -= 1
            tot -= 1
    for p, d in zip(plans, docs):        # whois: an IP-whois needs query + range (3), domain whois 0-2
        if d.genre == 'whois' and p['ip'] > 3:
            raise AssertionError
    return plans


OBF_TARGET = 14          # ~12 % of 120 e-mail spans, as on real archive pages and contact pages


def plan_obfuscation(docs, plans, looks):
    """Pick which documents write their addresses obfuscated, so the share is controlled, not left to chance:
    Mailman-2 pipermail pages and Hypermail archives with spamprotect (all addresses on the page), and single
    addresses on legal notices / job postings ("info[at]firma.pl")."""
    ml = [i for i, d in enumerate(docs) if d.genre == 'mailing_list' and plans[i]['email'] > 0 and 'message_id' not in looks[i]]
    pages = [i for i, d in enumerate(docs) if d.genre in ('legal_notice', 'job_posting') and plans[i]['email'] > 0]
    rng.shuffle(ml)
    rng.shuffle(pages)
    total = 0
    for i in ml:
        if total >= OBF_TARGET - 4:
            break
        if total + plans[i]['email'] <= OBF_TARGET - 3:
            docs[i].obf_plan = 'pipermail' if rng.random() < 0.75 else 'hypermail-spamprotect'
            total += plans[i]['email']
    for i in pages:
        if total >= OBF_TARGET:
            break
        docs[i].obf_plan = 'page'
        total += 1
    assert total == OBF_TARGET, total


def plan_looks(docs):
    looks = [[] for _ in docs]
    order = sorted(LOOK_TARGETS, key=lambda n: (sum(1 for d in docs if n in GENRE_LOOKS[d.genre]), n))
    for n in order:
        cands = [i for i, d in enumerate(docs) if n in GENRE_LOOKS[d.genre] and not (d.ipwhois and n == 'hash')]
        for _ in range(LOOK_TARGETS[n]):
            fresh = [i for i in cands if n not in looks[i]] or cands
            m = min(len(looks[i]) for i in fresh)
            pool = [i for i in fresh if len(looks[i]) <= m + 1]
            looks[rng.choice(pool)].append(n)
    return looks


# ---------------------------------------------------------------------------
# validation
# ---------------------------------------------------------------------------
NATIVE_TO_ASCII = str.maketrans('۰۱۲۳۴۵۶۷۸۹০১২৩৪৫৬৭৮৯๐๑๒๓๔๕๖๗๘๙', '012345678901234567890123456789')
RE_EMAILISH = re.compile(r'(?<![\w.+\-\[\]])\w[\w.+\-\[\]]*@[\w\-]+(?:\.[\w\-]+)+')
RE_IPV4_B = re.compile(r'(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])')
RE_IPV6_B = re.compile(r'(?<![\w:])(?:[0-9a-fA-F]{1,4}:){2,7}[0-9a-fA-F]{0,4}(?::[0-9a-fA-F]{1,4})*(?![\w:])')
RE_LONGDIGITS = re.compile(r'(?<![\w])\+?\d(?:[ \-.]?\d){8,}(?![\w])')
WARN = []


def validate(rec):
    text = rec['text']
    ranges = []
    for s in rec['spans']:
        v = s['value']
        assert text[s['start']:s['end']] == v, s
        assert s['kind'] in KINDS
        assert v == v.strip() and v, s
        # an area code in parentheses is part of a national phone number; any other leading bracket is not
        assert not v.lower().startswith('mailto:') and v[-1] not in '>])"\',.;', s
        assert v[0] not in '<[("\'' or (s['kind'] == 'phone' and re.match(r'\(0?\d{1,3}\) \d', v)), s
        if s['kind'] == 'card':
            digits = re.sub(r'[ \-]', '', v)
            assert digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits), s
        elif s['kind'] == 'iban':
            assert iban_ok(v), s
        elif s['kind'] == 'ip':
            assert ip_public(v), s
            assert not re.search(r':\d+$', v) or ':' in v.rstrip('0123456789').rstrip(':'), s
        elif s['kind'] == 'phone':
            digits = re.sub(r'\D', '', v.translate(NATIVE_TO_ASCII))
            assert 8 <= len(digits) <= 15, s
            assert '555' != digits[-7:-4] or not digits.startswith('1'), s
        elif s['kind'] == 'email':
            assert '@' in v or re.search(r'(?i) at |_at_|\(at\)|\[at\]| arroba ', v), s
        ranges.append((s['start'], s['end'], 'span'))
    for l in rec['lookalikes']:
        v = l['value']
        assert text[l['start']:l['end']] == v, l
        assert v == v.strip() and v, l
        n = l['name']
        if n == 'luhn_fail_16':
            dg = re.sub(r'\D', '', v)
            assert len(dg) == 16 and not luhn_ok(dg), l
        elif n == 'iban_bad_checksum':
            assert not iban_ok(v) and re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9 ]+', v), l
        elif n == 'private_ip':
            assert ip_nonpublic(v), l
        elif n == 'message_id':
            assert '@' in v and not v.startswith('<'), l
        elif n == 'masked_card':
            assert re.search(r'[*xX•]', v), l
        ranges.append((l['start'], l['end'], 'look'))
    ranges.sort()
    for (a0, a1, _), (b0, b1, _) in zip(ranges, ranges[1:]):
        assert a1 <= b0, ('overlap', rec['text'][a0:b1])
    for a, b, _ in ranges:
        assert a == 0 or not (text[a - 1].isalnum() and text[a].isalnum()), ('glued start', text[max(0, a - 10):b + 5])
        assert b == len(text) or not (text[b].isalnum() and text[b - 1].isalnum()), ('glued end', text[max(0, a - 5):b + 10])

    def covered(m0, m1):
        return any(a <= m0 and m1 <= b for a, b, _ in ranges)
    # nothing PII-shaped may be left unannotated
    for m in RE_EMAILISH.finditer(text):
        assert covered(m.start(), m.end()), ('unannotated email-like', m.group(), rec['text'][:80])
    for m in RE_IPV4_B.finditer(text):
        try:
            a = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        assert covered(m.start(), m.end()) or not a.is_global, ('unannotated public IPv4', m.group())
    for m in RE_IPV6_B.finditer(text):
        try:
            a = ipaddress.ip_address(m.group())
        except ValueError:
            continue
        assert covered(m.start(), m.end()) or not a.is_global, ('unannotated public IPv6', m.group())
    for m in re.finditer(r'\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b', text):
        if iban_ok(m.group()):
            assert covered(m.start(), m.end()), ('unannotated valid IBAN', m.group())
    for m in RE_LONGDIGITS.finditer(text.translate(NATIVE_TO_ASCII)):
        dg = re.sub(r'\D', '', m.group())
        if covered(m.start(), m.end()):
            continue
        if 13 <= len(dg) <= 19 and luhn_ok(dg):
            WARN.append(('unannotated luhn-valid digit run', m.group(), rec['url']))
        else:
            WARN.append(('unannotated 9+ digit run', m.group(), rec['genre'] if 'genre' in rec else ''))


# ---------------------------------------------------------------------------
# statistics + README
# ---------------------------------------------------------------------------
def table(counter, head, order=None):
    keys = order or sorted(counter, key=lambda k: (-counter[k], k))
    lines = ['| %s | count |' % head, '|---|---:|']
    lines += ['| %s | %d |' % (k, counter[k]) for k in keys if counter[k]]
    lines.append('| **total** | **%d** |' % sum(counter.values()))
    return '\n'.join(lines)


def email_class(note):
    for key in ('pipermail-at', 'hypermail-_at_', 'bracket-at-dot', 'bracket-at', 'paren-at', 'at-dot', 'arroba'):
        if 'obfuscated ' + key in note:
            return 'obfuscated: ' + key
    if 'html-entity-decoded' in note:
        return 'html-entity-decoded (plain after decoding)'
    if 'no-reply' in note:
        return 'no-reply / bot address'
    if 'uppercase' in note:
        return 'uppercase'
    if 'mixed case' in note:
        return 'mixed case'
    if 'subaddress' in note:
        return 'subaddress (+tag)'
    if 'mailto' in note:
        return 'mailto link text'
    if 'angle' in note:
        return 'display name + angle brackets'
    if 'role' in note or 'list address' in note:
        return 'role / list address, plain'
    return 'plain'


def build_readme(recs, genres, look_lab, sha):
    kinds = collections.Counter(s['kind'] for r in recs for s in r['spans'])
    langs = collections.Counter(r['language'] for r in recs)
    span_lang = collections.Counter(r['language'] for r in recs for s in r['spans'])
    look_lang = collections.Counter(r['language'] for r in recs for l in r['lookalikes'])
    looks = collections.Counter(l['name'] for r in recs for l in r['lookalikes'])
    gen = collections.Counter(genres)
    span_gen = collections.Counter(g for r, g in zip(recs, genres) for s in r['spans'])
    labelled = collections.Counter(s['kind'] for r in recs for s in r['spans'] if '; labelled;' in s['note'])
    em = collections.Counter(email_class(s['note']) for r in recs for s in r['spans'] if s['kind'] == 'email')
    n_em = kinds['email']
    n_obf = sum(v for k, v in em.items() if k.startswith('obfuscated'))
    ph = collections.Counter()
    for r in recs:
        for s in r['spans']:
            if s['kind'] == 'phone':
                c = s['note'].split()[0]
                mode = 'national' if ' national' in s['note'] else ('EPP +CC.NSN' if 'EPP' in s['note'] else
                                                                    ('00CC' if 'international 00' in s['note'] else '+CC'))
                ph[(c, mode)] += 1
    ph_c = collections.Counter()
    for (c, m), v in ph.items():
        ph_c[c] += v
    ph_m = collections.Counter()
    for (c, m), v in ph.items():
        ph_m[m] += v
    ipv = collections.Counter('IPv6' if ':' in s['value'] else 'IPv4' for r in recs for s in r['spans'] if s['kind'] == 'ip')
    cards = collections.Counter(s['note'].split()[0] for r in recs for s in r['spans'] if s['kind'] == 'card')
    ibans = collections.Counter(s['value'][:2] for r in recs for s in r['spans'] if s['kind'] == 'iban')
    zero = sum(1 for r in recs if not r['spans'])
    with_url = sum(1 for r in recs if r['url'])
    look_lab_n = sum(look_lab)
    kind_lang = collections.defaultdict(collections.Counter)
    for r in recs:
        for s in r['spans']:
            kind_lang[r['language']][s['kind']] += 1
    kl_lines = ['| language | docs | email | ip | card | iban | phone | spans | look-alikes |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|']
    for lg in LANGS:
        kl_lines.append('| %s | %d | %s | %d | %d |' % (lg, langs[lg], ' | '.join(str(kind_lang[lg][k]) for k in KINDS),
                                                       span_lang[lg], look_lang[lg]))
    base_lines = ['| language | sentences in file | kept after filter | used |', '|---|---:|---:|---:|']
    used = collections.Counter()
    for r, nb in zip(recs, BASE_USED):
        used[r['language']] += nb
    for lg in LANGS:
        base_lines.append('| %s | %d | %d | %d |' % (lg, BASE_STATS[lg][0], BASE_STATS[lg][1], used[lg]))
    fb = sum(FALLBACK_USED.values())
    return README_TMPL.format(
        n_docs=len(recs), n_spans=sum(kinds.values()), n_looks=sum(looks.values()),
        kinds=table(kinds, 'kind', KINDS), langs='\n'.join(kl_lines), genres=table(gen, 'genre'),
        span_gen=table(span_gen, 'genre (spans)'), looks=table(looks, 'look-alike name'),
        labelled='\n'.join('| %s | %d of %d |' % (k, labelled[k], kinds[k]) for k in KINDS),
        email=table(em, 'e-mail form'), obf_pct='%.1f' % (100.0 * n_obf / max(1, n_em)), n_obf=n_obf, n_em=n_em,
        phone_c=table(ph_c, 'phone numbering plan'), phone_m=table(ph_m, 'phone format'),
        ipv=table(ipv, 'IP version'), cards=table(cards, 'card brand'), ibans=table(ibans, 'IBAN country'),
        look_lab='%d of %d (%.0f %%)' % (look_lab_n, len(look_lab), 100.0 * look_lab_n / max(1, len(look_lab))),
        zero=zero, with_url=with_url, base='\n'.join(base_lines), sha=sha, fallback=fb,
        n_warn=len(WARN))


README_TMPL = '''# unseen7 — PII test set built from how personal data arrives from real sources

Files

* `make_unseen7.py` — the generator (Python standard library only, seed 77007, byte-identical output on every run).
  Run: `cd /work/main && .venv/bin/python bench/pii_unseen7/make_unseen7.py`. It rewrites `unseen7.jsonl` and this README.
* `unseen7.jsonl` — {n_docs} documents, {n_spans} spans, {n_looks} look-alikes. sha256 `{sha}`.

Each line is `{{"text", "language" (ISO 639-1), "url" (str or null), "spans": [{{"start","end","kind","value","note"}}],
"lookalikes": [{{"start","end","name","value"}}]}}`. Offsets are Python `str` (Unicode code point) offsets;
`text[start:end] == value` holds for every span and look-alike (asserted). Spans cover the value only: no `mailto:`,
angle brackets, `:port`, brackets or quotes. Spans and look-alikes never overlap (asserted). Kinds: email, ip, card,
iban, phone. A span's `note` is `<format>; labelled|no deciding word; <genre>`.

## How it was built

1. **Base text.** Real sentences from lingua-py's language-ID test data (`language-testdata/sentences/<lang>.txt`),
   1–3 per document, always in the document's language. A sentence is dropped if it contains `@`, an IPv4-shaped
   string, a URL or bare domain, an IBAN-shaped token, or a run of **7 or more** digits (any script, with up to two
   separator characters between digits — stricter than the 9-digit rule, so short phone-like runs go too), or is
   shorter than 25 / longer than 320 characters. Every kept sentence is used at most once.
2. **Genres.** Each document is one genre (counts below), rendered the way the data looks at the source:
   Mailman 2 pipermail pages (`name at example.org`), Hypermail (`(addr)`, spamprotect `name_at_domain`), MHonArc
   (`"Name" <addr>`, `Message-id:`), Mailman 3 HyperKitty (names only, no addresses) — all with localized quote
   attributions (`El … escribió:`, `Em … escreveu:`, `W dniu … pisze:` …) and signatures; ICANN-style domain WHOIS
   (EPP phones `+CC.NSN`, registrar abuse contacts, redacted registrant) and RIPE/APNIC/AFRINIC-style IP WHOIS
   (query + `inetnum` range); nginx/apache combined access logs and apache error logs (`[client ip:port]`);
   postfix logs (`connect from host[ip]`, `from=<…>`, `to=<…>`, NOQUEUE rejects, `message-id=<…>`); CSV exports
   (`;` in comma-decimal locales, quoted cells, empty cells, a free-text notes column with the base sentence);
   legal notices / terms pages; WhatsApp-style chat exports (Android and iOS stamps per locale, unsaved contacts
   shown as `+CC …` senders); job postings; event registration confirmations and form-to-mail notifications;
   bank transfer confirmations (ordering account, beneficiaries, BIC); support ticket threads (pasted `Received:`
   headers, card numbers typed by customers, agent replies with code); git logs (bot and human authors,
   `Co-authored-by:` trailers, diffs).
3. **Planning.** Span counts per document come from per-genre ranges, then are balanced to exactly 120 per kind;
   look-alikes are spread over the documents whose genre would naturally hold them (about 1.25 per document).
4. **Values.**
   * e-mail: personal addresses at regional providers (terra.com.br, uol.com.br, bol.com.br, rediffmail.com,
     yahoo.co.in, walla.co.il, 012.net.il, yahoo.co.th, yahoo.com.my, yahoo.com.ph, wp.pl, o2.pl, ziggo.nl,
     libero.it, sapo.pt, prodigy.net.mx, fibertel.com.ar, …) and role addresses on the document's organisation
     domain; subaddresses, upper/mixed case, `Name <addr>`, `mailto:` link text; obfuscated forms only where real
     archives and pages produce them.
   * ip: public unicast addresses inside prefixes of real networks (crawlers, mail providers, CDNs, national ISPs,
     e.g. Telefónica de España 83.32.0.0/11, Reliance Jio 49.36.0.0/14 and 2409:4000::/22, Safaricom 41.90.0.0/16,
     TM Net 175.136.0.0/13, Orange Polska 83.0.0.0/11, XS4ALL 194.109.0.0/16, Googlebot 66.249.64.0/19, Google,
     Meta, Cloudflare, Microsoft IPv6 /32s). Every planted IP is checked with `ipaddress`: `is_global`, not
     multicast, not reserved, not private. IPv6 addresses are printed in compressed form.
   * phone: numbering plans of ES, MX, AR, BR, PT, IN, BD, TH, IL, IR, KE, TZ, MY, PH, PL, NL, IT, US using
     allocated prefixes (mobile prefixes of real operators, capital-city area codes; US exchanges never 555 or N11).
     **National format only when the document URL is on that country's ccTLD**; otherwise `+CC …` or `00CC …`
     (WHOIS: EPP `+CC.NSN`, WhatsApp senders: `+CC …`). Some Persian/Bengali documents write numbers in native digits.
   * card: Visa, Mastercard (51–55 and 2221–2720), Amex, Discover, JCB (3528–3589), UnionPay (62), Diners
     (36/38/300–305), RuPay (508500–508999, 606985–607984, 608001–608500, 652150–653149, 81, 82); Luhn-valid;
     spaces, dashes or no separators; Amex 4-6-5, Diners 4-6-4.
   * iban: ES, PT, BR, IL, PL, NL, IT and DE/FR/GB with real bank codes (e.g. 0049/2100 ES, 0035 PT, ISPB
     00000000/60701190 BR, 010/012 IL, PKO/mBank sort codes with their check digit PL, ABNA/RABO/INGB NL,
     ABI 03069/02008 IT, BLZ DE, 30004/20041 FR, NWBK/BARC GB); national check digits computed where the scheme has
     one (ES DC, PT NIB → PT50, IT CIN, FR RIB key, PL sort-code digit, NL elfproef); ISO 13616 mod-97 asserted;
     grouped by 4 or compact.
5. **Checks in the generator** (the run fails otherwise): offsets/values, no overlap, values not glued to
   neighbouring letters, Luhn for cards and Luhn failure for `luhn_fail_16`, mod-97 for IBANs and failure for
   `iban_bad_checksum`, `ipaddress` public checks for planted IPs and non-public checks for `private_ip`
   look-alikes, phone digit counts, the national-format/ccTLD rule, and a scan of every text for unannotated
   e-mail-like strings, public IPv4/IPv6 addresses and valid IBANs (none allowed). Unannotated runs of 9+ digits
   that are not PII (WHOIS registry IDs, log byte counts, timestamps) are allowed and counted: {n_warn}.

## Decisions

* **No-reply and role addresses are e-mail spans.** `noreply@github.com`, `49699333+dependabot[bot]@users.noreply.github.com`,
  `abuse@…`, list addresses (`socios@lists.…`) are e-mail addresses and are labelled as spans, not look-alikes.
* **Message-IDs are look-alikes** (`message_id`, value without the angle brackets): `<…@mail.gmail.com>`,
  `<…@mail.example.com>`, Amazon SES and Outlook IDs identify a message, not a mailbox.
* Obfuscated addresses are spans; the span is the address text as written (`ana.souza at uol.com.br`,
  `info[at]firma.pl`, `juan arroba gmail punto com`). MHonArc's SPAMMODE writes `&#x40;`; after HTML-entity decoding
  the text is a plain address, noted as `html-entity-decoded`.
* WHOIS `inetnum` range boundaries (e.g. `83.32.0.0 - 83.63.255.255`) are public unicast addresses and are spans.
* "Labelled" means a word naming the kind sits directly before the value on the same line (`Tel.:`, `IBAN:`,
  `E-mail:`, `Registrant Email:`, `abuse-mailbox:`, `inetnum:`). CSV column headers, `From:`, `from=<…>`,
  `Author:` and chat senders do not count. For look-alikes the deciding word is one naming what the string really
  is (`Pedido nº`, `Versión`, `CEP`, `Message-ID:`, `UUID=`, `IBAN (no válido)`, `link/ether`).
* Four-part versions that are IPv4-shaped (e.g. `3.1.12.7`) appear only as `version` look-alikes.
* Person names, street names and cities are not labelled (outside the five kinds).
* Mailman-3 HyperKitty pages show names only, so about one mailing-list page in five has no address at all; WHOIS
  is either an IP WHOIS (query + range, 3 IPs) or a domain WHOIS (0-2 glue IPs, DS digest as a `hash` look-alike).
* Obfuscation is planned, not drawn: exactly {n_obf} addresses are written obfuscated (pipermail/Hypermail pages
  and single contact addresses on legal notices and job postings).

## Limits and things not verified

* Owners of the IP prefixes are as commonly seen in WHOIS/rDNS; they were not re-checked against live RIR data
  (there is no network here). What is verified is that every planted address is public unicast.
* Operator prefixes and area codes follow the national numbering plans as published up to 2024; individual
  numbers are random inside those ranges, so some are unassigned subscriber numbers (but never in reserved or
  fictional ranges).
* Names, organisations and domains are invented; an invented address can still coincide with a real mailbox.
* Documents in languages whose countries do not use IBAN (hi, bn, th, fa, sw, ms, tl, en) carry DE/FR/GB/NL/ES/IT
  IBANs as international beneficiaries or CSV entries.
* The base sentences come from the Leipzig corpora via lingua-py; their own license terms were not re-read
  beyond the repository's Apache-2.0 notice.

## Counts

Documents: {n_docs} ({with_url} with a URL, {zero} without any span — realistic negatives).

### Spans per kind
{kinds}

Labelled (deciding word) per kind:

| kind | labelled |
|---|---:|
{labelled}

### Per language (spans per kind, look-alikes)
{langs}

### Per genre
{genres}

{span_gen}

### E-mail forms
{email}

Obfuscated e-mail share: {n_obf} of {n_em} = {obf_pct} %.

### Phones
{phone_c}

{phone_m}

### IPs, cards, IBANs
{ipv}

{cards}

{ibans}

### Look-alikes per name
{looks}

Look-alikes with a deciding word: {look_lab}.

## Sources and licenses of base text

| source | path | license |
|---|---|---|
| lingua-py (pemistahl/lingua-py @ 754ce21122) | `/work/shared/data/lingua-py/language-testdata/sentences/{{en,es,pt,hi,bn,th,he,fa,sw,ms,tl,pl,nl,it}}.txt` | Apache-2.0 (repository); sentences derived from the Leipzig Corpora Collection (Universität Leipzig) |

Sentences are used unchanged (including the source's own quirks, e.g. Spanish lines whose accented letters were
lost upstream). Everything else — names, organisations, addresses, numbers, templates — is generated.

{base}

Generator fallbacks used (values a genre renderer could not place naturally): {fallback}.
'''

BASE_USED = []


def main():
    pools = load_base()
    langs = ['en'] * 100 + ['es'] * 24 + [lg for lg in LANGS[2:] for _ in range(23)]
    assert len(langs) == N_DOCS
    genres = [g for g, n in GENRE_COUNTS for _ in range(n)]
    assert len(genres) == N_DOCS
    rng.shuffle(langs)
    rng.shuffle(genres)
    docs = []
    for i in range(N_DOCS):
        lang, genre = langs[i], genres[i]
        country = rng.choice(LANG_COUNTRIES[lang])
        org = rng.choice(ORGS[lang])
        if country == 'US':
            suffix = '.us' if rng.random() < 0.25 else rng.choice(['.com', '.org'])
        else:
            suffix = CC_SUFFIX[country] if rng.random() < 0.6 else rng.choice(['.com', '.org', '.net'])
        domain = org + suffix
        k = rng.choice([1, 2, 2, 3, 3])
        pieces = [pools[lang].pop() for _ in range(k)]
        if genre in ('access_log', 'mail_log'):
            url = rng.choice([None, 'https://%s.%s/t/%s/%d' % (rng.choice(['foro', 'forum', 'comunidade', 'forum']), domain,
                                                               rng.choice(['ayuda-servidor', 'help', 'erro-no-servidor', 'log']), rng.randint(100, 99999))])
        elif genre == 'whois':
            url = rng.choice([None, 'https://www.whois.com/whois/' + domain, 'https://who.is/whois/' + domain])
        else:
            url = 'https://www.%s/' % domain
        d = Doc(i, lang, genre, country, domain, url, pieces)
        d.org_name = org.replace('-', ' ').title() + ' ' + LEGAL_FORM[country]
        d.listname = LISTNAME[lang]
        d.hyperkitty = genre == 'mailing_list' and rng.random() < 0.2
        d.ipwhois = genre == 'whois' and rng.random() < 0.4
        docs.append(d)
    plans = plan_spans(docs)
    looks = plan_looks(docs)
    plan_obfuscation(docs, plans, looks)
    recs = []
    look_lab = []
    for d, plan, lk in zip(docs, plans, looks):
        P = collections.Counter(plan)
        LK = list(lk)
        RENDER[d.genre](d, P, LK)
        assert sum(P.values()) == 0 and not LK, (d.genre, P, LK)
        assert not d.pieces, d.genre
        text = d.text().rstrip('\n') + '\n'
        rec = {'text': text, 'language': d.lang, 'url': d.url,
               'spans': sorted(d.spans, key=lambda s: s['start']),
               'lookalikes': sorted(d.looks, key=lambda s: s['start'])}
        # national phone format only on the country's ccTLD
        for s in rec['spans']:
            if s['kind'] == 'phone' and ' national' in s['note']:
                assert d.url_tld() == CC_TLD[s['note'].split()[0]], (s, d.url)
        validate(rec)
        recs.append(rec)
        look_lab.extend(lab_ for _, lab_ in sorted(zip([l['start'] for l in d.looks], d.look_labelled)))
        BASE_USED.append(d.n_pieces)
    payload = ''.join(json.dumps(r, ensure_ascii=False) + '\n' for r in recs).encode('utf-8')
    OUT_JSONL.write_bytes(payload)
    sha = hashlib.sha256(payload).hexdigest()
    # global expectations
    kinds = collections.Counter(s['kind'] for r in recs for s in r['spans'])
    for k in KINDS:
        assert 110 <= kinds[k] <= 130, (k, kinds[k])
    n_looks = sum(len(r['lookalikes']) for r in recs)
    assert 470 <= n_looks <= 530, n_looks
    em = [email_class(s['note']) for r in recs for s in r['spans'] if s['kind'] == 'email']
    share = sum(1 for e in em if e.startswith('obfuscated')) / len(em)
    en_share = sum(1 for r in recs if r['language'] == 'en') / len(recs)
    OUT_README.write_text(build_readme(recs, [d.genre for d in docs], look_lab, sha), encoding='utf-8')
    print('wrote %s (%d docs, %d spans, %d look-alikes) sha256=%s' % (OUT_JSONL, len(recs), sum(kinds.values()), n_looks, sha))
    print('spans per kind:', dict(kinds))
    print('obfuscated e-mail share: %.3f   en share: %.3f   look-alikes labelled: %.2f   fallbacks: %s'
          % (share, en_share, sum(look_lab) / len(look_lab), dict(FALLBACK_USED)))
    print('unannotated 9+ digit runs (not PII): %d' % len(WARN))
    assert 0.10 <= share <= 0.15, share
    assert 0.2 <= sum(look_lab) / len(look_lab) <= 0.45


if __name__ == '__main__':
    main()
