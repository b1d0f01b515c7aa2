"""Sizes of the per-process word caches.

Every cache keyed by word forms or texts is bounded, and small: a worker that runs for
weeks meets new forms (names, numbers) all the time, so a cache's bound is where its
memory stops growing. The cost of a miss is one lemmatiser call (bench/memory.py shows
the memory over a long run).
"""
import functools
import re

WORD_FORMS = 32_768     # word form -> lemma, topic hits, Konjunktiv kind
TEXTS = 2_048           # sentence text -> token analysis (a sentence rarely recurs beyond wire copies)
_DIGIT = re.compile(r"\d")


def word_cache(fn):
    """``lru_cache(WORD_FORMS)`` for a function of one word form (plus settings such as the
    language). Forms with digits ("4711-3", "2025") are mostly unique: they are computed
    each time and never cached, so they cannot crowd out the forms that recur."""
    cached = functools.lru_cache(maxsize=WORD_FORMS)(fn)

    @functools.wraps(fn)
    def lookup(word, *args):
        # isalpha() first: one C call settles most words
        if word.isalpha() or not _DIGIT.search(word):
            return cached(word, *args)
        return fn(word, *args)

    lookup.cache_clear = cached.cache_clear
    lookup.cache_info = cached.cache_info
    return lookup
