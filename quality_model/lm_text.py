"""Text as an n-gram language model sees it: CCNet's normalisation, sentence splitting and tokenisation.

Training (`jobs/train_lm.py`) and scoring (`perplexity_v1`) call the same functions, so a model never meets
text prepared differently from what it was estimated on. Normalisation as CCNet's `text_normalizer`: lower
case, accents removed, every digit → 0, Unicode punctuation mapped to ASCII, non-printing characters removed,
whitespace collapsed. Tokens: SentencePiece pieces when the model has a tokenizer, else words and punctuation
marks, with one token per character in scripts written without spaces.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache
from typing import Iterable, Optional

import regex

BOS = "<s>"
EOS = "</s>"
UNK = "<unk>"

_PUNCTUATION = str.maketrans({
    "，": ",", "。": ".", "、": ",", "„": '"', "”": '"', "“": '"', "«": '"', "»": '"', "１": '"', "」": '"',
    "「": '"', "《": '"', "》": '"', "´": "'", "∶": ":", "：": ":", "？": "?", "！": "!", "（": "(", "）": ")",
    "；": ";", "–": "-", "—": " - ", "．": ". ", "～": "~", "’": "'", "…": "...", "━": "-", "〈": "<", "〉": ">",
    "【": "[", "】": "]", "％": "%", "►": "-", "‘": "'", "‚": ",",
})
_NON_PRINTING = regex.compile(r"[\p{Cc}\p{Cf}]")
_DIGIT = regex.compile(r"\d")
_SPACES = regex.compile(r"\s+")
_NO_SPACE_SCRIPTS = r"\p{Han}\p{Hiragana}\p{Katakana}\p{Thai}\p{Lao}\p{Khmer}\p{Myanmar}\p{Tibetan}"
_TOKEN = regex.compile(f"[{_NO_SPACE_SCRIPTS}]|[^\\s\\p{{P}}\\p{{S}}{_NO_SPACE_SCRIPTS}]+|[\\p{{P}}\\p{{S}}]")
# a sentence ends at . ! ? (or their full-width forms) followed by a space, or right after 。！？
_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+(?=\S)|(?<=[。！？])")


@lru_cache(maxsize=65536)
def _strip_accents_word(word: str) -> str:
    decomposed = unicodedata.normalize("NFD", word)
    return "".join(c for c in decomposed if unicodedata.category(c) != "Mn")


def normalize(text: str, accents: bool = True, digits: bool = True) -> str:
    """CCNet's normalisation of one line: lower case, (accents removed), (digits → 0), ASCII punctuation."""
    text = text.strip().lower()
    if accents and not text.isascii():
        text = " ".join(_strip_accents_word(w) for w in text.split(" "))
    if digits:
        text = _DIGIT.sub("0", text)
    if not text.isascii():
        text = text.translate(_PUNCTUATION)
    text = _NON_PRINTING.sub("", text)
    return _SPACES.sub(" ", text).strip()


def sentences(paragraph: str) -> list[str]:
    """A paragraph cut at sentence ends; each piece stripped, empty ones dropped."""
    return [s.strip() for s in _SENTENCE_END.split(paragraph) if s.strip()]


def word_tokens(text: str) -> list[str]:
    """Words, punctuation marks and single characters of space-less scripts, of normalised text."""
    return _TOKEN.findall(text)


class LmTokenizer:
    """Normalised text → the tokens an n-gram model counts: SentencePiece pieces, or `word_tokens`."""

    def __init__(self, sentencepiece_model: Optional[bytes] = None, accents: bool = True, digits: bool = True):
        self.accents = accents
        self.digits = digits
        self.processor = None
        if sentencepiece_model is not None:
            import sentencepiece

            self.processor = sentencepiece.SentencePieceProcessor(model_proto=sentencepiece_model)

    def tokens(self, text: str) -> list[str]:
        """The tokens of one line (normalised here)."""
        normalized = normalize(text, self.accents, self.digits)
        if not normalized:
            return []
        if self.processor is not None:
            return self.processor.encode(normalized, out_type=str)
        return word_tokens(normalized)

    def paragraphs(self, text: str) -> list[list[str]]:
        """The token lists of the non-empty lines of a document (CCNet scores each paragraph)."""
        out = []
        for line in text.split("\n"):
            tokens = self.tokens(line)
            if tokens:
                out.append(tokens)
        return out


def train_sentencepiece(lines: Iterable[str], vocab_size: int, accents: bool = True, digits: bool = True,
                        character_coverage: float = 0.9995) -> bytes:
    """A unigram SentencePiece model trained on normalised `lines` (as CCNet/CulturaX tokenise for KenLM)."""
    import io

    import sentencepiece

    normalized = (n for n in (normalize(line, accents, digits) for line in lines) if n)
    model = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=normalized, model_writer=model, vocab_size=vocab_size, model_type="unigram",
        character_coverage=character_coverage, hard_vocab_limit=False, minloglevel=2,
        bos_id=-1, eos_id=-1, unk_id=0, num_threads=1)
    return model.getvalue()
