"""LLM annotation of documents, the FineWeb-Edu recipe: a local instruct causal LM reads each document inside a
prompt template and ends its answer with a score, which is parsed from the answer — an answer without a score in
range is counted as unparseable, never guessed.

The default template is FineWeb-Edu's additive 0–5 educational-value prompt (five criteria, one point each, the
answer ending "Educational score: <points>"); any Jinja template with `{{ text }}` can replace it. Prompts go
through the tokenizer's chat template when it has one (an instruct model), else as plain text. Generation is
greedy and batched by prompt length, with left padding, so the same documents give the same answers. Plain
Python: `curate annotate` runs it inside Spark tasks, on a GPU when the task has one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional, Sequence

from quality_model.transformer_scoring import length_batches, token_limit, torch_dtype

FINEWEB_EDU_TEMPLATE = """Below is an extract from a web page. Evaluate whether the page has a high educational value \
and could be useful in an educational setting for teaching from primary school to grade school levels using the \
additive 5-point scoring system described below. Points are accumulated based on the satisfaction of each criterion:

- Add 1 point if the extract provides some basic information relevant to educational topics, even if it includes \
some irrelevant or non-academic content like advertisements and promotional material.
- Add another point if the extract addresses certain elements pertinent to education but does not align closely \
with educational standards. It might mix educational content with non-educational material, offering a superficial \
overview of potentially useful topics, or presenting information in a disorganized manner and incoherent writing \
style.
- Award a third point if the extract is appropriate for educational use and introduces key concepts relevant to \
school curricula. It is coherent though it may not be comprehensive or could include some extraneous information. \
It may resemble an introductory section of a textbook or a basic tutorial that is suitable for learning but has \
notable limitations like treating concepts that are too complex for grade school students.
- Grant a fourth point if the extract is highly relevant and beneficial for educational purposes for a level not \
higher than grade school, exhibiting a clear and consistent writing style. It could be similar to a chapter from a \
textbook or a tutorial, offering substantial educational content, including exercises and solutions, with minimal \
irrelevant information, and the concepts aren't too advanced for grade school students. The content is coherent, \
focused, and valuable for structured learning.
- Bestow a fifth point if the extract is outstanding in its educational value, perfectly suited for teaching either \
at primary school or grade school. It follows detailed reasoning, the writing style is easy to follow and offers \
profound and thorough insights into the subject matter, devoid of any non-educational or complex content.

The extract:
{{ text }}

After examining the extract:
- Briefly justify your total score, up to 100 words.
- Conclude with the score using the format: "Educational score: <total points>"
"""
FINEWEB_EDU_SCORE = r"Educational score:\s*([0-9]+)"
TEMPLATES = {"fineweb_edu": (FINEWEB_EDU_TEMPLATE, FINEWEB_EDU_SCORE, 0, 5)}


@dataclass(frozen=True)
class ScoreFormat:
    """How a score is read from an answer: the last match of `pattern` (its first group an integer), within
    [minimum, maximum]."""

    pattern: str = FINEWEB_EDU_SCORE
    minimum: int = 0
    maximum: int = 5

    def parse(self, answer: str) -> Optional[int]:
        """The score the answer concludes with, or None (no match, or out of range)."""
        matches = re.findall(self.pattern, answer or "")
        if not matches:
            return None
        last = matches[-1]
        try:
            score = int(last if isinstance(last, str) else last[0])
        except ValueError:
            return None
        return score if self.minimum <= score <= self.maximum else None


def render_prompts(template: str, texts: Sequence[str], max_chars: int) -> list[str]:
    """The template rendered for each text (cut to `max_chars` characters, as annotators cut long pages)."""
    import jinja2

    compiled = jinja2.Environment(undefined=jinja2.StrictUndefined, keep_trailing_newline=True).from_string(template)
    return [compiled.render(text=(text or "")[:max_chars]) for text in texts]


def check_template(template: str) -> None:
    """ValueError when the template does not parse or never shows the document (`{{ text }}`)."""
    import jinja2
    from jinja2 import meta

    try:
        names = meta.find_undeclared_variables(jinja2.Environment().parse(template))
    except jinja2.TemplateSyntaxError as exc:
        raise ValueError(f"the template does not parse: {exc.message} (line {exc.lineno})") from None
    if "text" not in names:
        raise ValueError("the template never shows the document: put {{ text }} where it goes")
    unknown = sorted(names - {"text"})
    if unknown:
        raise ValueError(f"the template uses {', '.join(unknown)}; only {{{{ text }}}} is given")


class Annotator:
    """A loaded instruct causal LM: `answer(prompts)` → the generated answer of each prompt, in order."""

    def __init__(self, model_dir: str, device: str = "cpu", dtype: str = "auto", max_new_tokens: int = 256,
                 batch_size: int = 16, max_prompt_tokens: int = 4096):
        import torch
        from transformers import AutoModelForCausalLM, AutoTokenizer

        self.device = device
        self.tokenizer = AutoTokenizer.from_pretrained(model_dir)
        self.tokenizer.padding_side = "left"  # generation continues from the right end of every row
        self.pad_id = self.tokenizer.pad_token_id
        if self.pad_id is None:
            self.pad_id = self.tokenizer.eos_token_id if self.tokenizer.eos_token_id is not None else 0
        self.model = AutoModelForCausalLM.from_pretrained(model_dir, dtype=torch_dtype(dtype, device)).to(device).eval()
        self.max_new_tokens, self.batch_size = max_new_tokens, batch_size
        # a prompt and its answer fit the model's positions: a longer prompt keeps its end (the instruction)
        self.max_prompt_tokens = max(1, min(max_prompt_tokens, token_limit(self.model, self.tokenizer) - max_new_tokens))
        self.tokens_generated = 0  # new tokens, for throughput figures
        self._torch = torch

    def encode(self, prompts: Sequence[str]) -> list[list[int]]:
        """Token ids of each prompt: as a user turn of the chat template when the tokenizer has one, ending where
        the assistant's answer starts; else the plain text. A prompt past `max_prompt_tokens` keeps its last ones
        (the instruction after the document)."""
        if getattr(self.tokenizer, "chat_template", None):
            ids = [self.tokenizer.apply_chat_template([{"role": "user", "content": p}], add_generation_prompt=True,
                                                      tokenize=True) for p in prompts]
            ids = [list(row["input_ids"]) if isinstance(row, dict) or hasattr(row, "keys") else list(row) for row in ids]
        else:
            ids = self.tokenizer(list(prompts))["input_ids"]
        return [row[-self.max_prompt_tokens:] for row in ids]

    def answer(self, prompts: Sequence[str]) -> list[str]:
        """Greedy answers, batched by prompt length (left-padded), decoded without special tokens."""
        torch = self._torch
        ids = self.encode(prompts)
        answers = [""] * len(ids)
        with torch.inference_mode():
            for batch in length_batches([len(row) for row in ids], self.batch_size, 1 << 30):
                width = max(len(ids[i]) for i in batch)
                input_ids = torch.full((len(batch), width), self.pad_id, dtype=torch.long)
                mask = torch.zeros((len(batch), width), dtype=torch.long)
                for r, i in enumerate(batch):
                    input_ids[r, width - len(ids[i]):] = torch.tensor(ids[i], dtype=torch.long)
                    mask[r, width - len(ids[i]):] = 1
                output = self.model.generate(input_ids=input_ids.to(self.device), attention_mask=mask.to(self.device),
                                             max_new_tokens=self.max_new_tokens, do_sample=False,
                                             pad_token_id=self.pad_id)
                for r, i in enumerate(batch):
                    new = output[r, width:].tolist()
                    self.tokens_generated += sum(1 for t in new if t != self.pad_id)
                    answers[i] = self.tokenizer.decode(new, skip_special_tokens=True)
        return answers
