"""The registry of row-local stages by versioned name: adding a stage is one class and one line here."""

from __future__ import annotations

from filters.base import Stage
from filters.c4 import C4Quality
from filters.chinese import ChineseWebText
from filters.conversation import Conversation, PreferenceSanity, PromptLanguage, ResponseLanguage
from filters.decontamination import Decontamination
from filters.fineweb import FineWebQuality
from filters.gopher import GopherQuality, GopherRepetition
from filters.language import LanguageId
from filters.length import Length
from filters.metrics import CulturaXMetrics
from filters.pii import Pii
from filters.refinement import Refinement
from filters.tokens import TokenCount
from filters.url import UrlFilter
from quality_model.fasttext_quality import QualityClassifier
from quality_model.perplexity import Perplexity
from quality_model.transformer_scoring import TransformerScore

STAGES: dict[str, type[Stage]] = {
    cls.name: cls for cls in (LanguageId, UrlFilter, CulturaXMetrics, Refinement, Length, GopherRepetition,
                              GopherQuality, C4Quality, FineWebQuality, ChineseWebText, Pii, Perplexity,
                              QualityClassifier, Conversation, PreferenceSanity, PromptLanguage, ResponseLanguage,
                              Decontamination, TransformerScore, TokenCount)}
