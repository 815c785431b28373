"""Dataset cards and the static HTML catalog: functions of what a run wrote (ledger, stats, shards).

Modules, each importing only those before it: `formatting` (numbers, sizes, clipping), `model` (the typed
card model, card.json), `files` (pyarrow filesystems), `charts` (SVG); `card` (facts → model), `describe`
(a curate output folder → model), `markdown` (model → README.md), `write` (README.md + card.json), `site`
(card.json files → the catalog).
"""
