"""The static catalog in a real headless Chromium (Debian's `chromium`, driven by Playwright): pages load
from file:// without console errors, search and facets filter the list, links join sets made from one
another, and document text with <script> / <img onerror> shows as text and runs nothing.
Screenshots go to tests/_artifacts/catalog/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pyarrow.dataset as ds
import pytest

from catalogs.site import build_site
from tests.catalog_sets import PAYLOADS
from tests.conftest import ROOT

ARTIFACTS = ROOT / "tests" / "_artifacts" / "catalog"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--disable-quic"]


def chromium_path() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if not found:
        pytest.fail("the catalog tests need Debian's chromium: apt-get install chromium chromium-driver")
    return found


@pytest.fixture(scope="module")
def site(described_sets, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    index = build_site([str(described_sets["sets"]), str(described_sets["root"] / "cards")], str(out))
    assert Path(index) == out / "index.html"
    return out


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=chromium_path(), args=CHROMIUM_FLAGS)
        yield instance
        instance.close()


class Page:
    """A browser tab that records console errors and uncaught exceptions."""

    def __init__(self, browser):
        self.tab = browser.new_page(viewport={"width": 1280, "height": 900})
        self.errors: list[str] = []
        self.tab.on("console", lambda m: self.errors.append(m.text) if m.type in ("error", "warning") else None)
        self.tab.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, path: Path):
        self.tab.goto(path.as_uri())
        self.tab.wait_for_load_state("load")
        return self.tab


@pytest.fixture
def page(browser):
    tab = Page(browser)
    yield tab
    tab.tab.close()


def visible_names(tab) -> list[str]:
    return tab.eval_on_selector_all(".set-card:not([hidden]) h2 a", "links => links.map(a => a.textContent)")


def test_index_lists_every_set_and_loads_cleanly(site, page):
    tab = page.open(site / "index.html")
    assert sorted(visible_names(tab)) == ["Bench questions", "Hostile <b>web</b> set", "alpaca", "dpo", "parquet-text"]
    assert tab.locator("#shown").text_content() == "Showing 5 of 5"
    tab.screenshot(path=str(ARTIFACTS / "index.png"), full_page=True)
    assert page.errors == []


def test_search_and_facets_filter_the_list(site, page):
    tab = page.open(site / "index.html")
    tab.fill("#search", "hostile")
    assert visible_names(tab) == ["Hostile <b>web</b> set"]
    tab.fill("#search", "nothing matches this")
    assert visible_names(tab) == [] and tab.locator("#none").is_visible()
    tab.fill("#search", "")
    tab.check("fieldset[data-facet=kind] input[value='preference pairs']")
    assert visible_names(tab) == ["dpo"]
    tab.check("fieldset[data-facet=kind] input[value='SFT (instruction) records']")  # OR within a facet
    assert sorted(visible_names(tab)) == ["alpaca", "dpo"]
    tab.click("#clear")
    tab.check("fieldset[data-facet=language] input[value=de]")
    assert sorted(visible_names(tab)) == ["Hostile <b>web</b> set", "parquet-text"]
    tab.check("fieldset[data-facet=license] input[value='cc-by-4.0']")  # AND across facets
    assert visible_names(tab) == ["Hostile <b>web</b> set"]
    assert tab.locator("#shown").text_content() == "Showing 1 of 5"
    tab.screenshot(path=str(ARTIFACTS / "index-filtered.png"), full_page=True)
    tab.click("#clear")
    tab.check("fieldset[data-facet=size] input[value='n<1K']")
    assert len(visible_names(tab)) == 5
    tab.click("#clear")
    tab.check("fieldset[data-facet=pii] input[value=redacted]")  # only the pipeline run had a pii stage
    assert visible_names(tab) == ["Hostile <b>web</b> set"]
    tab.click("#clear")
    tab.check("fieldset[data-facet=tokenizer] input[value=hostile-bpe]")  # only the pipeline run counted tokens
    assert visible_names(tab) == ["Hostile <b>web</b> set"]
    assert page.errors == []


def test_sets_sort_by_tokens_and_records(site, page, described_sets):
    from transformers import AutoTokenizer

    kept = ds.dataset(described_sets["hostile"] / "data", format="parquet").to_table().to_pylist()
    bare = AutoTokenizer.from_pretrained(str(described_sets["root"] / "models" / "hostile-bpe"))
    tokens = sum(len(bare(row["text"], add_special_tokens=False)["input_ids"]) for row in kept)
    tab = page.open(site / "index.html")
    tab.select_option("#sort", "tokens")
    assert visible_names(tab)[0] == "Hostile <b>web</b> set"  # the only set with a token count comes first
    assert f"{tokens:,} tokens (hostile-bpe)" in tab.locator(".set-card").first.inner_text()
    tab.select_option("#sort", "records")
    records = {name: count for name, count in tab.eval_on_selector_all(
        ".set-card", "cards => cards.map(c => [c.querySelector('h2 a').textContent, Number(c.dataset.records)])")}
    assert list(records.values()) == sorted(records.values(), reverse=True)
    tab.select_option("#sort", "name")
    assert visible_names(tab) == sorted(visible_names(tab), key=str.lower)
    assert page.errors == []


def test_hostile_text_is_shown_as_text_and_runs_nothing(site, page):
    tab = page.open(site / "sets" / "hostile-web.html")
    assert tab.evaluate("typeof window.__pwned") == "undefined"
    assert tab.evaluate("document.scripts.length") == 1  # catalog.js only
    assert tab.locator("#samples img").count() == 0 and tab.locator("#samples script").count() == 0
    assert tab.locator("h1").text_content() == "Hostile <b>web</b> set"
    sample_text = tab.locator("#samples").inner_text()
    assert PAYLOADS[0] in sample_text and PAYLOADS[1] in sample_text
    rejected = tab.locator(".sample", has=tab.locator(".badge.reason", has_text="length.min_words"))
    assert rejected.count() == 2 and PAYLOADS[0] in rejected.first.inner_text() + rejected.last.inner_text()
    assert tab.locator("a[href^='javascript:']").count() == 0  # the url field is text, not a link
    tab.locator("#samples").scroll_into_view_if_needed()
    tab.screenshot(path=str(ARTIFACTS / "hostile-samples.png"), full_page=False)
    tab.screenshot(path=str(ARTIFACTS / "hostile-web.png"), full_page=True)
    assert page.errors == []


def test_set_page_sections_and_charts(site, page, described_sets):
    tab = page.open(site / "sets" / "hostile-web.html")
    for section in ("composition", "curation", "quality", "dedup", "samples", "lineage", "uses", "load"):
        assert tab.locator(f"section#{section}").count() == 1, section
    assert tab.locator("#composition svg.chart rect.bar").count() == 3  # en, de, fr
    assert tab.locator("#curation svg.chart").count() == 1
    assert tab.locator("#quality figure.signal svg.chart").count() >= 5
    assert tab.locator("#dedup svg.chart").count() == 1
    curation = tab.locator("#curation").inner_text()
    assert "length.min_words 2" in curation and "decontamination.bench 1" in curation
    snippet = tab.locator("#snippet").inner_text()
    assert f"load_dataset('{described_sets['hostile']}', split='train')" in snippet
    scope: dict = {}
    exec(snippet, scope)  # the snippet as shown loads the set
    assert scope["ds"].num_rows == 8
    tab.click("button.copy")
    tab.wait_for_selector(".copied:not([hidden])")
    assert tab.locator(".copied").text_content() in ("Copied", "Selected: press Ctrl+C")
    assert page.errors == []


def test_links_join_a_set_and_the_benchmark_it_was_decontaminated_against(site, page):
    tab = page.open(site / "sets" / "hostile-web.html")
    link = tab.locator("#links li", has_text="decontaminated against")
    assert link.count() == 1 and link.locator("a").text_content() == "Bench questions"
    link.locator("a").click()
    tab.wait_for_load_state("load")
    assert tab.locator("h1").text_content() == "Bench questions"
    back = tab.locator("#links li.link-used-by")
    assert back.count() == 1 and "Hostile <b>web</b> set" in back.inner_text()
    tab.screenshot(path=str(ARTIFACTS / "bench.png"), full_page=True)
    assert page.errors == []


@pytest.mark.parametrize("name", ["alpaca", "dpo", "parquet-text", "bench"])
def test_every_set_page_loads_cleanly(site, page, name):
    tab = page.open(site / "sets" / f"{name}.html")
    assert tab.locator("#samples .sample").count() >= 1
    assert tab.locator("#composition table.facts").count() == 1
    tab.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
    assert page.errors == []


def test_catalog_of_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(FileNotFoundError, match="not a folder"):
        build_site([str(tmp_path / "nowhere")], str(tmp_path / "site"))


def test_unreadable_cards_are_skipped_with_a_warning(described_sets, tmp_path, capsys):
    root = tmp_path / "sets"
    shutil.copytree(described_sets["bench"], root / "bench")
    (root / "broken-json").mkdir()
    (root / "broken-json" / "card.json").write_text("{not json")
    (root / "bad-yaml").mkdir()
    (root / "bad-yaml" / "README.md").write_text("---\nlicense: [unclosed\n---\ntext\n")
    (root / "norway").mkdir()
    (root / "norway" / "README.md").write_text("---\nlanguage:\n- no\nlicense: mit\n---\nNorwegian text.\n")
    build_site([str(root)], str(tmp_path / "site"))
    err = capsys.readouterr().err
    assert "skipped" in err and "broken-json" in err and "bad-yaml" in err
    assert sorted(p.name for p in (tmp_path / "site" / "sets").iterdir()) == ["bench.html", "norway.html"]
    assert "no" in (tmp_path / "site" / "sets" / "norway.html").read_text()


def test_catalog_refuses_to_overwrite_a_folder_that_is_not_a_catalog(described_sets, tmp_path):
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me")
    with pytest.raises(FileExistsError, match="not a catalog"):
        build_site([str(described_sets["sets"])], str(tmp_path / "mine"))
    assert (tmp_path / "mine" / "notes.txt").read_text() == "keep me"
    build_site([str(described_sets["bench"])], str(tmp_path / "site"))
    build_site([str(described_sets["bench"])], str(tmp_path / "site"))  # a catalog is rebuilt in place


def test_a_profiled_set_is_linked_only_through_its_own_files(described_sets, tmp_path):
    """A card for one file in a folder of benchmarks does not claim the folder's other files."""
    import json

    from catalogs.model import CardModel
    from catalogs.site import CatalogSet, link_sets

    bench = CardModel.from_dict(json.loads((described_sets["bench"] / "card.json").read_text()))
    user = CardModel.from_dict({"name": "user", "pretty_name": "user", "lineage": {"stage_files": [
        {"stage": "decontamination", "stage_type": "decontamination_v1", "key": "other/0",
         "path": str(described_sets["bench"] / "other_benchmark.jsonl")}]}})
    sets = [CatalogSet(bench, str(described_sets["bench"]), "bench"), CatalogSet(user, str(tmp_path), "user")]
    link_sets(sets)
    assert sets[0].links == [] and sets[1].links == []
    user.lineage.stage_files[0].path = str(described_sets["bench"] / "items.jsonl")
    link_sets(sets)
    assert [link["relation"] for link in sets[1].links] == ["decontaminated against"]


def test_an_older_card_json_gets_a_page_and_a_malformed_one_is_skipped(tmp_path, capsys):
    """card.json of an earlier run may lack keys (they take defaults) or hold keys this version does not
    know (ignored); one whose values have the wrong shape is skipped, named, and the rest are built."""
    import json

    older = tmp_path / "sets" / "older"
    older.mkdir(parents=True)
    (older / "card.json").write_text(json.dumps({
        "card_version": 1, "name": "older", "pretty_name": "An older set", "kind": "sft", "retired_key": [1, 2],
        "totals": {"documents": 1234}, "languages": {"en": {"docs": 1234}},
        "samples": {"kept": [{"id": "row-7", "messages": [{"role": "user", "content": "What is a river?"}]}]}}))
    broken = tmp_path / "sets" / "broken"
    broken.mkdir()
    (broken / "card.json").write_text(json.dumps({"card_version": 1, "name": "broken", "languages": ["en"]}))
    build_site([str(tmp_path / "sets")], str(tmp_path / "site"))
    assert sorted(p.name for p in (tmp_path / "site" / "sets").iterdir()) == ["older.html"]
    page = (tmp_path / "site" / "sets" / "older.html").read_text()
    assert "<h1>An older set</h1>" in page and "SFT (instruction) records" in page and "1,234" in page
    assert "<code>row-7</code>" in page and "What is a river?" in page
    assert f"skipped {broken}: Card" in capsys.readouterr().err
