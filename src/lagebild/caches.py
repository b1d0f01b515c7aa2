"""Sizes of the per-process word caches.

Every cache keyed by word forms or texts is bounded, and small: a worker that runs for
weeks meets new forms (names, numbers) all the time, so a cache's bound is where its
memory stops growing. 32k forms cover about 95% of the running words of German news;
the cost of a miss is one lemmatiser call.
"""
WORD_FORMS = 32_768     # word form -> lemma, topic hits, Konjunktiv kind
TEXTS = 2_048           # sentence text -> token analysis (a sentence rarely recurs beyond wire copies)
