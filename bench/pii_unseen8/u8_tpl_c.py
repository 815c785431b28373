"""Part 6c of the unseen8 generator: developer content (Q&A posts with config files, connection
strings, git config, .env, nginx, firewall rules, docker-compose, JSON fixtures, code strings,
stack traces, logs)."""
from u8_doc import Sp, Lk
from u8_tpl_a import again
import u8_look as LK

QA = {"en": ["https://stackoverflow.com/questions/{n}/{slug}", "https://serverfault.com/questions/{n}/{slug}",
             "https://github.com/{org}/{repo}/issues/{k}", "https://superuser.com/questions/{n}/{slug}"],
      "ru": ["https://ru.stackoverflow.com/questions/{n}", "https://qna.habr.com/q/{n}"],
      "ja": ["https://ja.stackoverflow.com/questions/{n}", "https://teratail.com/questions/{n}",
             "https://qiita.com/{user}/items/{h}"],
      "zh": ["https://segmentfault.com/q/{n}", "https://www.v2ex.com/t/{n}"],
      "ko": ["https://okky.kr/articles/{n}"], "de": ["https://www.computerbase.de/forum/threads/{slug}.{n}/"],
      "fr": ["https://openclassrooms.com/forum/sujet/{slug}-{n}"], "uk": ["https://dou.ua/forums/topic/{n}/"],
      "tr": ["https://www.technopat.net/sosyal/konu/{slug}.{n}/"], "vi": ["https://viblo.asia/q/{slug}-{h}"],
      "id": ["https://www.codepolitan.com/forum/thread/{n}"], "ro": ["https://forum.softpedia.com/topic/{n}-{slug}/"],
      "cs": ["https://www.abclinuxu.cz/poradna/linux/show/{n}"], "sv": ["https://www.sweclockers.com/forum/trad/{n}-{slug}"],
      "el": ["https://www.insomnia.gr/forums/topic/{n}-{slug}/"], "ar": ["https://stackoverflow.com/questions/{n}/{slug}"]}
REPOS = [("laravel", "framework"), ("nextcloud", "server"), ("home-assistant", "core"), ("immich-app", "immich"),
         ("go-gitea", "gitea"), ("traefik", "traefik")]
DBS = ["shop", "app_prod", "crm", "wordpress", "billing", "inventory"]
USERS = ["app", "shop_user", "admin", "postgres", "dbuser", "webapp"]
PWS = ["S3cr3t!", "hunter2", "Pa55w0rd", "changeme123", "qwerty2024", "dbpass"]


def dev_url(d):
    n = d.rng.randint(1000000, 79999999)
    org, repo = d.ch(REPOS)
    tpl = d.ch(QA.get(d.lang, QA["en"]) + (QA["en"][:1] if d.lang != "en" and d.rng.random() < 0.3 else []))
    return tpl.format(n=n, slug=d.ch(["connection-refused", "cannot-connect-to-database", "nginx-403-forbidden",
                                      "git-wrong-author", "docker-compose-env", "fail2ban-ban-ip"]),
                      org=org, repo=repo, k=d.rng.randint(100, 48000), user=d.ch(["tanaka_dev", "yk2", "hiro"]),
                      h=LK.hexs(d.rng, 20))


def _intro(d):
    d.url = dev_url(d)
    d.local = False
    d.w(d.sent(), " ", d.P["dev_q"], "\n\n")


def _prompt(d):
    return Lk("shell-prompt", "%s@%s" % (LK.shell_user(d.rng), LK.shell_host(d.rng)))


def _hostport(d):
    ip = d.ip()
    return ["[", ip, "]"] if ":" in ip.value else ip


def _conn_url(d, engine, user, pw, ip, pnum, db):
    if d.rng.random() < 0.25:
        d.w(engine, "://", Lk("connstring-userinfo", "%s:%s@db-%s.internal" % (user, pw, d.ch(["primary", "01", "main"]))),
            ":", Lk("port", pnum), "/", db, "\n")
        d.w("# ", d.lab("ip"), ip, "\n")
    else:
        d.w(engine, "://", Lk("connstring-userinfo", "%s:%s" % (user, pw)), "@", ip, ":", Lk("port", pnum), "/", db, "\n")


def dev_connstring(d):
    _intro(d)
    user, pw, db = d.ch(USERS), d.ch(PWS), d.ch(DBS)
    engine, pnum = d.ch([("postgres", "5432"), ("postgresql", "5432"), ("mysql", "3306"), ("mongodb", "27017")])
    ip = d.ip(v6=False)
    if d.rng.random() < 0.3:   # ini-style config file
        d.w(d.P["dev_cfg"], "\n```ini\n[database]\nengine = ", engine, "\nhost = ", ip, "\nport = ", Lk("port", pnum),
            "\nuser = ", user, "\npassword = ", pw, "\nname = ", db, "\n```\n\n")
    else:
        d.w("```\n", d.ch(["DATABASE_URL=", "DB_DSN=", "spring.datasource.url="]))
        _conn_url(d, engine, user, pw, ip, pnum, db)
        d.w("```\n\n")
    if engine.startswith("postgres"):
        d.w("psycopg2.OperationalError: could not connect to server: Connection timed out\n"
            "\tIs the server running on host \"", again(ip), "\" and accepting\n\tTCP/IP connections on port ",
            Lk("port", pnum), "?\n")
    else:
        d.w("Error: connect ETIMEDOUT ", again(ip), ":", Lk("port", pnum), "\n")
    d.w("\n", d.P["dev_thx"], "\n")


def dev_gitconfig(d):
    _intro(d)
    p = d.person()
    em = d.email(p, ctx="code")
    d.w("```\n", _prompt(d), ":~/src/app$ git config --global user.email \"", em, "\"\n",
        "$ git log -1\ncommit ", Lk("git-sha", LK.git_sha(d.rng)), "\nAuthor: ", p.latin_name,
        " <", again(em, "display-name"), ">\nDate:   ", Lk("timestamp", LK.timestamp_iso(d.rng)),
        "\n\n    fix checkout\n```\n")
    d.w("git remote -v → ", Lk("git-ssh-remote", "git@github.com"), ":", d.ch(["acme", "team-shop", "my-org"]), "/app.git\n")
    if d.rng.random() < 0.5:
        d.w("git reset --soft ", Lk("git-ref", LK.git_ref(d.rng)), "\n")
    d.w(d.P["dev_thx"], "\n")


def dev_env(d):
    _intro(d)
    p = d.person()
    d.w(d.P["dev_cfg"], "\n```\n# .env\nAPP_ENV=production\nAPP_VERSION=", Lk("version", LK.version(d.rng)), "\n",
        "DB_HOST=", d.ip(), "\nREDIS_URL=redis://", Lk("ip-private", LK.ip_private(d.rng)), ":",
        Lk("port", "6379"), "\nADMIN_EMAIL=", d.email(p, ctx="code"), "\n")
    if d.rng.random() < 0.5:
        d.w("SUPPORT_PHONE=", d.phone("fixed", form="e164"), "\n")
    if d.rng.random() < 0.6:
        d.w("STRIPE_TEST_CARD=", d.card(test=True, style="compact"), "\n")
    if d.rng.random() < 0.5:
        d.w("SECRET_KEY=", Lk("sha256", LK.sha256(d.rng)), "\n")
    d.w("```\n", d.P["dev_thx"], "\n")


def dev_nginx(d):
    _intro(d)
    d.w(d.P["dev_cfg"], "\n```nginx\nserver {\n    listen ", Lk("port", d.ch(["443", "8443"])), " ssl;\n",
        "    server_name shop.", d.org().domain, ";\n    location /admin/ {\n")
    for _ in range(d.rng.randint(1, 3)):
        d.w("        allow ", d.ip(), ";\n")
    d.w("        allow ", Lk("cidr-private", d.ch(["192.168.1.0/24", "10.0.0.0/8", "172.16.0.0/12"])), ";\n",
        "        deny all;\n    }\n}\n```\n403 Forbidden (nginx/", Lk("version", "1.%d.%d" % (d.rng.randint(18, 25), d.rng.randint(0, 6))),
        ")\n", d.P["dev_thx"], "\n")


def dev_firewall(d):
    _intro(d)
    a, b = d.ip(), d.ip(v6=False)
    d.w("```\n$ sudo ufw allow from ", a, " to any port ", Lk("port", "22"), "\n",
        "$ sudo iptables -A INPUT -s ", b, " -p tcp --dport ", Lk("port", d.ch(["3306", "5432", "8080"])),
        " -j ACCEPT\n$ sudo ufw status\nTo                         Action      From\n--                         ------      ----\n",
        "22/tcp                     ALLOW       ", again(a), "\n```\n")
    if d.rng.random() < 0.5:
        d.w(d.lab("ip"), d.ip(v6=False), "\n")
    d.w(d.P["dev_thx"], "\n")


def dev_compose(d):
    _intro(d)
    p = d.person()
    d.w("```yaml\nservices:\n  db:\n    image: postgres:", Lk("version", "15.%d" % d.rng.randint(2, 8)),
        "\n    ports:\n      - \"", Lk("port", "5432"), ":5432\"\n  app:\n    image: node:",
        Lk("version", "20.%d.%d" % (d.rng.randint(5, 18), d.rng.randint(0, 9))), "\n    environment:\n",
        "      - ADMIN_EMAIL=", d.email(p, ctx="code"), "\n      - ALLOWED_IP=", d.ip(), "\n",
        "    extra_hosts:\n      - \"db.internal:", Lk("ip-private", LK.ip_private(d.rng)), "\"\n```\n",
        d.P["dev_thx"], "\n")


def dev_fixture(d):
    _intro(d)
    d.w("```json\n[\n")
    k = d.rng.randint(2, 3)
    for i in range(k):
        p = d.person()
        d.w('  {"id": "', Lk("uuid", LK.uuid(d.rng)), '", "name": "', p.latin_name, '", "email": "',
            d.email(p, ctx="code"), '"')
        if d.rng.random() < 0.5:
            d.w(', "phone": "', d.phone("mobile", form="e164"), '"')
        if d.rng.random() < 0.35:
            d.w(', "iban": "', d.iban(cc=d.iban_cc() if d.country in ("DE", "FR", "RO", "CZ", "SE", "GR", "TR", "UA",
                                                                     "GB") else d.ch(["DE", "NL", "FR", "ES"]),
                                      style="compact"), '"')
        r = d.rng.random()
        if r < 0.45:
            d.w(', "card_number": "', d.card(test=True, style=d.ch(["compact", "spaces"])), '"')
        elif r < 0.85:
            d.w(', "card_number": "', d.card(brand=d.ch(["visa", "mastercard", "amex", "discover", "jcb", "unionpay",
                                                          "diners", "mir", "troy"]), style="compact"), '"')
        else:
            d.w(', "card_number": "', Lk("luhn-fail-16", LK.luhn_fail(d.rng).replace(" ", "")), '", "expect": "declined"')
        d.w(', "amount": ', "%d.%02d" % (d.rng.randint(5, 400), d.rng.randint(0, 99)), ', "created_at": "',
            Lk("timestamp", LK.timestamp_iso(d.rng)), '"}', "," if i < k - 1 else "", "\n")
    d.w("]\n```\n", d.P["dev_thx"], "\n")


def dev_code(d):
    _intro(d)
    p = d.person()
    if d.rng.random() < 0.5:
        d.w("```python\n", Lk("python-decorator", "@app.route"), "(\"/contact\", methods=[\"POST\"])\n",
            "def contact():\n    send_mail(\"Contact form\", body, \"", Sp("email", "noreply@" + d.org().domain, "plain",
                                                       {"domain": d.org().domain, "role": True}), "\", [\"",
            d.email(p, ctx="code"), "\"])\n    r = requests.get(\"http://", _hostport(d), ":", Lk("port", "8000"),
            "/api/orders\", timeout=5)\n```\n")
    else:
        d.w("```js\nimport { Injectable } from '", Lk("npm-scope", "@angular/core"), "';\n",
            "const ADMIN_MAIL = '", d.email(p, ctx="code"), "';\nconst API = 'http://", _hostport(d), ":",
            Lk("port", "3000"), "/v1';\n```\n")
    d.w(d.P["dev_thx"], "\n")


def dev_trace(d):
    _intro(d)
    ip = d.ip()
    host = ip.value if ":" not in ip.value else None
    d.w("```\nTraceback (most recent call last):\n  File \"/usr/lib/python", Lk("version", "3.%d" % d.rng.randint(8, 12)),
        "/site-packages/urllib3/connection.py\", line 203, in _new_conn\n")
    if host:
        d.w("requests.exceptions.ConnectionError: HTTPSConnectionPool(host='", ip, "', port=", Lk("port", "443"),
            "): Max retries exceeded with url: /api/v2/sync\n```\n")
    else:
        d.w("OSError: [Errno 101] Network is unreachable: connect to [", ip, "]:", Lk("port", "443"), "\n```\n")
    if d.rng.random() < 0.5:
        d.w("Windows ", Lk("version-4part", LK.version4(d.rng)), ", requests ", Lk("version", "2.31.0"), "\n")
    d.w(d.P["dev_thx"], "\n")


def dev_log(d):
    _intro(d)
    d.w(d.P["dev_log"], "\n```\n")
    kind = d.rng.random()
    if kind < 0.4:
        for _ in range(d.rng.randint(1, 3)):
            d.w(d.ip(), " - - [", Lk("timestamp", LK.timestamp_clf(d.rng)), "] \"GET /wp-login.php HTTP/1.1\" 404 153 \"-\" "
                "\"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"\n")
        if d.rng.random() < 0.4:
            d.w(Lk("ip-loopback", "127.0.0.1"), " - - [", Lk("timestamp", LK.timestamp_clf(d.rng)),
                "] \"GET /health HTTP/1.1\" 200 2 \"-\" \"curl/", Lk("version", "8.5.0"), "\"\n")
    elif kind < 0.75:
        host = LK.shell_host(d.rng)
        for _ in range(d.rng.randint(1, 2)):
            d.w("Mar ", str(d.rng.randint(10, 28)), " ", Lk("time", "%02d:%02d:%02d" % (d.rng.randint(0, 23), d.rng.randint(0, 59),
                d.rng.randint(0, 59))), " ", host, " sshd[", str(d.rng.randint(1000, 9999)), "]: Failed password for ",
                d.ch(["root", "admin", "invalid user oracle"]), " from ", d.ip(), " port ",
                Lk("port", str(d.rng.randint(30000, 65000))), " ssh2\n")
        d.w(Lk("timestamp", LK.timestamp_log(d.rng)), " fail2ban.actions [811]: NOTICE [sshd] Ban ", d.ip(), "\n")
    else:
        p = d.person()
        d.w("postfix/smtp[", str(d.rng.randint(1000, 9999)), "]: ", LK.hexs(d.rng, 10).upper(), ": to=<",
            d.email(p, ctx="code"), ">, relay=mx.", d.org().domain, "[", d.ip(v6=False), "]:", Lk("port", "25"),
            ", delay=0.5, status=sent (250 2.0.0 OK)\n")
        d.w("postfix/smtpd[", str(d.rng.randint(1000, 9999)), "]: connect from unknown[", d.ip(), "]\n")
    d.w("```\n", d.P["dev_thx"], "\n")


def dev_misc_neg(d):
    """Negative developer post: only look-alikes (private IPs, versions, hashes, npm scopes, CSS at-rules...).
    A random subset of tooling snippets, so each post carries 4-6 look-alikes."""
    d.url = dev_url(d)
    r = d.rng

    def npm():
        d.w(_prompt(d), ":~$ npm i -D ", Lk("npm-scope", r.choice(LK.NPM_SCOPES)), "\n",
            "npm ERR! peer dep missing: react@", Lk("semver-range", LK.semver_range(r)), "\n")

    def net():
        d.w("$ ping -c1 ", Lk("ip-private", LK.ip_private(r)), "\n$ curl http://", Lk("ip-loopback", "127.0.0.1"), ":",
            Lk("port", LK.port(r)), "/health\n")

    def mac():
        d.w("$ ip link show eth0 | grep ether  # ", Lk("mac-address", LK.mac(r)), "\n")

    def git():
        d.w("$ git stash apply ", Lk("git-ref", "stash@{0}"), " && git rev-parse HEAD  # ", Lk("git-sha", LK.git_sha(r)), "\n")

    def css():
        at, rest = r.choice(LK.CSS_AT)
        d.w("/* style.css */ ", Lk("css-at-rule", at), rest, "\n")

    def py():
        dec, args = r.choice(LK.FUNC_DECORATORS)
        d.w(Lk("python-decorator", dec), args, "\ndef version():\n    return \"", Lk("version", LK.version(r)), "\"\n")

    def dns():
        d.w("$ dig +short example.test  # ", Lk("ip-documentation", LK.ip_doc(r)), " / ",
            Lk("ipv6-documentation", LK.ipv6_doc(r)), "\n")

    def win():
        d.w("Windows ", Lk("version-4part", LK.version4(r)), ", node ", Lk("version", LK.version(r)), "\n")

    parts = [npm, net, mac, git, css, py, dns, win]
    d.w(d.sent(), "\n\n```\n")
    for f in sorted(r.sample(range(len(parts)), r.randint(2, 3))):
        parts[f]()
    d.w("```\n", d.P["dev_thx"], "\n")
