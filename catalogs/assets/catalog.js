// The catalog's only script: search and facets on the index, the copy button on set pages.
// It reads the page's own attributes and text; it never turns data into markup.
"use strict";

function filterSets() {
  const query = document.getElementById("search").value.trim().toLowerCase();
  const words = query ? query.split(/\s+/) : [];
  const chosen = {};
  document.querySelectorAll("fieldset.facet").forEach((fieldset) => {
    const values = Array.from(fieldset.querySelectorAll("input:checked")).map((box) => box.value);
    if (values.length) chosen[fieldset.dataset.facet] = values;
  });
  let shown = 0;
  const cards = document.querySelectorAll(".set-card");
  cards.forEach((card) => {
    const text = card.dataset.search || "";
    let visible = words.every((word) => text.includes(word));
    for (const [facet, values] of Object.entries(chosen)) {
      const own = (card.dataset[facet] || "").split("|");
      if (!values.some((value) => own.includes(value))) visible = false;  // OR within a facet, AND across
    }
    card.hidden = !visible;
    if (visible) shown += 1;
  });
  document.getElementById("shown").textContent = `Showing ${shown} of ${cards.length}`;
  document.getElementById("none").hidden = shown !== 0;
}

function sortSets() {
  // name A→Z; records and tokens largest first (sets without a token count last)
  const key = document.getElementById("sort").value;
  const list = document.getElementById("set-list");
  const cards = Array.from(list.querySelectorAll(".set-card"));
  cards.sort((a, b) => key === "name" ? a.dataset.name.localeCompare(b.dataset.name)
    : Number(b.dataset[key]) - Number(a.dataset[key]));
  cards.forEach((card) => list.appendChild(card));
}

function setUpIndex() {
  const search = document.getElementById("search");
  if (!search) return;
  document.getElementById("sort").addEventListener("change", sortSets);
  search.addEventListener("input", filterSets);
  document.querySelectorAll("fieldset.facet input").forEach((box) => box.addEventListener("change", filterSets));
  document.getElementById("clear").addEventListener("click", () => {
    search.value = "";
    document.querySelectorAll("fieldset.facet input").forEach((box) => { box.checked = false; });
    filterSets();
  });
  filterSets();
}

function copyText(text) {
  if (navigator.clipboard && window.isSecureContext) return navigator.clipboard.writeText(text);
  const area = document.createElement("textarea");
  area.value = text;
  document.body.appendChild(area);
  area.select();
  const ok = document.execCommand("copy");
  area.remove();
  return ok ? Promise.resolve() : Promise.reject(new Error("copy refused"));
}

function setUpCopy() {
  document.querySelectorAll("button.copy").forEach((button) => {
    button.addEventListener("click", () => {
      const source = document.getElementById(button.dataset.target);
      const note = button.parentElement.querySelector(".copied");
      copyText(source.textContent).then(() => {
        note.textContent = "Copied";
      }, () => {
        const range = document.createRange();  // the browser refused: select it for Ctrl+C
        range.selectNodeContents(source);
        window.getSelection().removeAllRanges();
        window.getSelection().addRange(range);
        note.textContent = "Selected: press Ctrl+C";
      }).finally(() => { note.hidden = false; });
    });
  });
}

document.addEventListener("DOMContentLoaded", () => {
  setUpIndex();
  setUpCopy();
});
