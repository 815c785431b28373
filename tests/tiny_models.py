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



def rule_lm(folder: Path, after: dict[str, str], otherwise: str) -> Path:
    """A 1-layer Llama whose greedy next token is set by the token before it: `after[t]` after token t, EOS after
    any of those answers, `otherwise` after the rest. Built from a config with its weights set (one-hot
    embeddings, attention and MLP outputs zeroed, the output layer mapping each token to its successor), so a
    real `generate` gives answers known in advance."""
    import torch
    from transformers import LlamaConfig, LlamaForCausalLM

    fast = tokenizer(folder)
    size = len(fast)
    config = LlamaConfig(vocab_size=size, hidden_size=size, intermediate_size=8, num_hidden_layers=1,
                         num_attention_heads=1, num_key_value_heads=1, max_position_embeddings=256,
                         tie_word_embeddings=False, pad_token_id=fast.pad_token_id, eos_token_id=fast.eos_token_id,
                         bos_token_id=fast.eos_token_id)
    model = LlamaForCausalLM(config)
    token = {text: fast.convert_tokens_to_ids(fast.tokenize(text))[-1] for text in [*after, *after.values(), otherwise]}
    successor = torch.full((size,), token[otherwise])
    for text, answer in after.items():
        successor[token[text]] = token[answer]
    for answer in [*after.values(), otherwise]:
        successor[token[answer]] = fast.eos_token_id
    with torch.no_grad():
        model.model.embed_tokens.weight.copy_(torch.eye(size))
        for layer in model.model.layers:
            layer.self_attn.o_proj.weight.zero_()
            layer.mlp.down_proj.weight.zero_()
        head = torch.zeros((size, size))
        head[successor, torch.arange(size)] = 1.0
        model.lm_head.weight.copy_(head)
    model.save_pretrained(folder)
    return folder
