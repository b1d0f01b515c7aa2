"""Language layer: language id, tokens, sentences, time expressions, named entities."""
