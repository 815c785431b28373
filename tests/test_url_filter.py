"""URL filtering against UT1-layout blocklists (the bundled part and a tiny one made here), without Spark."""

from __future__ import annotations

import pytest

from curate.config import ConfigError, parse_config
from curate.driver.prepare import prepare
from filters.base import DocBatch
from filters.url import BUNDLED_BLOCKLIST, Blocklist, UrlFilter, UrlFilterParams, normalize_url


@pytest.fixture()
def blocklist_dir(tmp_path):
    for category, files in {
        "gambling": {"domains": "casino-example.com\nbet.example.org\n", "urls": "example.net/poker\n"},
        "malware": {"domains": "# comment\n\nbad.example\n", "expressions": r"(^|[./])evil[0-9]+\." + "\n"},
        "news": {"domains": "news.example\n"},
    }.items():
        (tmp_path / category).mkdir()
        for name, content in files.items():
            (tmp_path / category / name).write_text(content)
    return tmp_path


def stage_for(blocklist_dir, **params) -> UrlFilter:
    p = UrlFilterParams(blocklist_dir=str(blocklist_dir), categories=["gambling", "malware"], **params)
    return UrlFilter(p, UrlFilter.files_for(p))


def test_normalisation():
    assert normalize_url("HTTPS://WWW.Example.COM:8080/Path/?q=1#x") == ("example.com", "example.com/Path")
    assert normalize_url("example.com/a/") == ("example.com", "example.com/a")
    host, full = normalize_url("http://[::1/abc")  # malformed: matched as written, no crash
    assert full.endswith("/abc")


def test_domains_subdomains_urls_and_expressions(blocklist_dir):
    stage = stage_for(blocklist_dir)
    urls = ["http://casino-example.com/", "https://www.casino-example.com/games", "http://sub.bet.example.org/x",
            "http://example.org/", "http://example.net/poker/table?id=3", "http://example.net/pokers",
            "http://bad.example/", "http://www.evil42.net/page", "http://news.example/story", None, ""]
    out = stage.annotate(DocBatch({"text": ["t"] * len(urls), "url": urls}))
    assert out["url_blocked_category"] == ["gambling", "gambling", "gambling", "", "gambling", "", "malware",
                                           "malware", "", "", ""]  # news: a category not chosen
    assert out["url_domain"][:3] == ["casino-example.com", "casino-example.com", "sub.bet.example.org"]


def test_banned_and_soft_banned_words(blocklist_dir):
    stage = stage_for(blocklist_dir, banned_words=["xxx"], soft_banned_words=["sex", "hot", "girls"])
    urls = ["http://site.example/xxx-videos", "http://hot-sex-girls.example/", "http://essex.example/hot"]
    out = stage.annotate(DocBatch({"text": ["t"] * 3, "url": urls}))
    assert out["url_banned_words"] == [1, 0, 0]
    assert out["url_soft_banned_words"] == [0, 3, 1]  # whole words only: "essex" is not "sex"


def test_bundled_lists_load_and_match():
    params = UrlFilterParams()
    blocklist = Blocklist(UrlFilter.files_for(params), params.categories)
    assert len(blocklist.domains) > 30_000 and len(blocklist.urls) > 1000
    assert blocklist.category("https://www.0-casino.info/") == "gambling"
    assert blocklist.category("https://en.wikipedia.org/wiki/Toulouse") == ""


def test_config_errors_name_the_folder_and_categories(blocklist_dir, tmp_path):
    (tmp_path / "docs.jsonl").write_text('{"text": "x"}\n')
    base = {"name": "t", "inputs": [{"paths": [str(tmp_path / "docs.jsonl")]}], "output": {"path": str(tmp_path / "o")}}
    config = parse_config({**base, "stages": [{"stage": "url_filter_v1",
                                               "params": {"blocklist_dir": str(tmp_path / "nope")}}]})
    with pytest.raises(ConfigError, match=r"blocklist folder .*nope' not found; give a folder in the UT1 layout"):
        prepare(config)
    config = parse_config({**base, "stages": [{"stage": "url_filter_v1",
                                               "params": {"blocklist_dir": str(blocklist_dir), "categories": ["adlt"]}}]})
    with pytest.raises(ConfigError, match=r"no category 'adlt' in .*; categories there: gambling, malware, news"):
        prepare(config)


def test_files_with_the_same_name_are_shipped_under_names_of_their_own(blocklist_dir, tmp_path):
    (tmp_path / "docs.jsonl").write_text('{"text": "x"}\n')
    config = parse_config({"name": "t", "inputs": [{"paths": [str(tmp_path / "docs.jsonl")]}],
                           "output": {"path": str(tmp_path / "o")},
                           "stages": [{"stage": "url_filter_v1", "params": {"blocklist_dir": str(blocklist_dir),
                                                                            "categories": ["gambling", "malware"]}}]})
    shipped = prepare(config).stage_files["url"]
    assert sorted(shipped) == ["gambling/domains", "gambling/urls", "malware/domains", "malware/expressions"]
    names = [f.path.rsplit("/", 1)[1] for f in shipped.values()]
    assert len(set(names)) == len(names)
    assert open(shipped["malware/domains"].path).read() == (blocklist_dir / "malware" / "domains").read_text()
    assert BUNDLED_BLOCKLIST.endswith("resources/ut1")
