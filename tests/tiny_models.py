"""Tiny real transformer models built from configs in seconds (no downloads): a byte-level BPE tokenizer
trained on a few sentences, a 2-layer GPT-2, a 2-layer BERT classifier and encoder."""

from __future__ import annotations

from pathlib import Path

CORPUS = [
    "The cat sat on the mat and looked at the garden.",
    "Rivers carry water from the mountains to the sea.",
    "A short history of the city begins with its old harbour.",
    "Data engineers clean and deduplicate text before training models.",
    "Le chat dort sur le canapé pendant que la pluie tombe.",
    "numbers like 12345 and symbols like #$% appear in web pages",
] * 20


def tokenizer(folder: Path):
    """A byte-level BPE tokenizer (vocabulary ~400) saved as a Hugging Face fast tokenizer."""
    from tokenizers import ByteLevelBPETokenizer
    from transformers import PreTrainedTokenizerFast

    bpe = ByteLevelBPETokenizer()
    bpe.train_from_iterator(CORPUS, vocab_size=400, min_frequency=1, special_tokens=["<pad>", "<eos>", "<unk>"])
    fast = PreTrainedTokenizerFast(tokenizer_object=bpe, pad_token="<pad>", eos_token="<eos>", unk_token="<unk>",
                                   model_max_length=256)
    fast.save_pretrained(folder)
    return fast


def causal_lm(folder: Path, seed: int = 0, layers: int = 2) -> Path:
    """A randomly initialised GPT-2 (2 layers, width 32) with the tiny tokenizer."""
    import torch
    from transformers import GPT2Config, GPT2LMHeadModel

    fast = tokenizer(folder)
    torch.manual_seed(seed)
    config = GPT2Config(vocab_size=len(fast), n_positions=256, n_embd=32, n_layer=layers, n_head=2,
                        pad_token_id=fast.pad_token_id, eos_token_id=fast.eos_token_id, bos_token_id=fast.eos_token_id)
    GPT2LMHeadModel(config).save_pretrained(folder)
    return folder


def bert(folder: Path, labels: int = 0, seed: int = 0) -> Path:
    """A 2-layer BERT: a sequence classifier with `labels` outputs, or (0) a plain encoder."""
    import torch
    from transformers import BertConfig, BertForSequenceClassification, BertModel

    fast = tokenizer(folder)
    torch.manual_seed(seed)
    config = BertConfig(vocab_size=len(fast), hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=256, pad_token_id=fast.pad_token_id,
                        num_labels=max(labels, 1))
    model = BertForSequenceClassification(config) if labels else BertModel(config)
    model.save_pretrained(folder)
    return folder
