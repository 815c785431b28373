"""How numbers, sizes and shares look in cards and the catalog, and how sample text is clipped: shared by the
Markdown card and the HTML site so both show a value the same way. Imports nothing else from catalogs."""

from __future__ import annotations

from typing import Any, Optional

SIZE_CATEGORIES = [(1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"), (1_000_000, "100K<n<1M"),
                   (10_000_000, "1M<n<10M"), (100_000_000, "10M<n<100M"), (1_000_000_000, "100M<n<1B"),
                   (10_000_000_000, "1B<n<10B"), (100_000_000_000, "10B<n<100B"), (1_000_000_000_000, "100B<n<1T")]
LARGEST_SIZE_CATEGORY = "n>1T"


def is_number(value: Any) -> bool:
    """True for an int or a float (not a bool): what the formatters show as a number."""
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def format_number(value: Any) -> str:
    """A count or a measure as shown in cards and the catalog; "–" for a missing one."""
    if not is_number(value):
        return "–" if value is None or not str(value) else str(value)
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1e6 else f"{value:,.0f}"
    return f"{value:,}"


def format_bytes(value: Any) -> str:
    """Bytes in B, KB, MB, GB or TB; "–" for a missing value."""
    if not is_number(value):
        return "–"
    for unit in ("B", "KB", "MB", "GB", "TB"):
        if value < 1024 or unit == "TB":
            return f"{value:,.0f} {unit}" if unit == "B" else f"{value:,.1f} {unit}"
        value /= 1024
    return str(value)


def format_share(part: Any, whole: Any) -> str:
    """`part` as a percentage of `whole`; "–" when either is missing or `whole` is 0."""
    return f"{100 * part / whole:.1f}%" if is_number(part) and is_number(whole) and whole else "–"


def size_category(documents: int) -> str:
    """Hugging Face's size category for a number of rows."""
    for bound, name in SIZE_CATEGORIES:
        if documents < bound:
            return name
    return LARGEST_SIZE_CATEGORY


def clip(text: Optional[str], limit: int) -> tuple[Optional[str], bool]:
    """(`text` cut to `limit` characters, whether it was cut): samples stay short in cards and pages."""
    if text is None or len(text) <= limit:
        return text, False
    return text[:limit], True
