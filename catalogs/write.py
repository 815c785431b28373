"""Writing a set's card files: `README.md` (the Hugging Face card) and `card.json` (the model, for the
catalog), and telling a README.md curate wrote from one a person wrote."""

from __future__ import annotations

import json
import os

from catalogs.files import filesystem, write_text
from catalogs.markdown import render_card
from catalogs.model import CardModel


def write_card(path: str, model: CardModel) -> str:
    """Write `README.md` and `card.json` into `path` (created if missing); returns the README's path."""
    fs, root = filesystem(path)
    fs.create_dir(root, recursive=True)
    write_text(fs, f"{root}/card.json", json.dumps(model.to_dict(), indent=1, ensure_ascii=False, default=str))
    readme = f"{root}/README.md"
    write_text(fs, readme, render_card(model))
    return readme


def written_by_curate(folder: str) -> bool:
    """True when the folder's README.md is a card curate wrote (card.json beside it, or curate's tag), so
    `curate card` may replace it."""
    if os.path.exists(os.path.join(folder, "card.json")):
        return True
    try:
        with open(os.path.join(folder, "README.md"), encoding="utf-8", errors="replace") as handle:
            head = handle.read(4096)
    except OSError:
        return False
    return head.startswith("---\n") and "\n- curate\n" in head.split("\n---", 2)[0]
