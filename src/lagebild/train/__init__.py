"""Training of the shipped models (``data/models``), one module per model; what ``lagebild
train`` runs. Reads the data sets through ``lagebild.corpora``; the runtime never imports it."""
