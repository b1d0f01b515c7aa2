"""German statement rules: the order of the steps (each step is a module of its own).

Works on the tokens of the ``tokens`` stage and the sentence spans. No POS tagger: cues
come from the cue lexicon (lemmas via simplemma), speakers from a capitalisation-based
NP chunker (``de_chunks.py``), reported speech from a Konjunktiv detector. Order of decisions:

1. quotation-mark regions with a cue next to them (or after "X:") -> Direct;
   quoted names ("der „Berliner Zeitung“", "die Mondfähre „Eagle“") are no quotations
   (``de_direct.py``)
2. a cue clause followed by "dass ...", a Konjunktiv clause or a zu-infinitive, or
   preceded by one (", sagte er", ", wie X mitteilte", ", so X,") -> Indirect;
   a second cue coordinated with "und" starts a second statement (``de_indirect.py``)
3. prepositional cues ("laut X", "X zufolge", "nach Angaben X", "unter Berufung
   auf X", ", wonach") and a sentence opening with "Demnach" -> Indirect (``de_indirect.py``)
4. Konjunktiv sentences with no cue after a statement -> (Indirect)FreeIndirect
5. sentences whose main verb is a reporting verb, no content clause -> Reported
6. Konjunktiv I sentences elsewhere -> IndirectFreeIndirect; hearsay "soll ... haben" -> FreeIndirect
   (4-6: ``de_reported.py``)
7. quotation-mark regions inside another statement's quote -> nested Direct (``engine.py``)

Speakers are in ``de_speakers.py``, addressees in ``de_addressees.py``, the clause and cue
helpers in ``de_clauses.py``; the word lists in ``lang/de/speech.py`` and ``speech_syntax.py``.
"""
from __future__ import annotations

from .de_clauses import is_name_region
from .de_direct import direct_quotes, goes_on
from .de_indirect import demnach, indirect
from .de_medium import adjust_media
from .de_reported import free_indirect, free_standing, hearsay, reported
from .doc import Found, TokenDoc

__all__ = ["find", "is_name_region"]


def find(d: TokenDoc, headings: set[int]) -> tuple[list[Found], set[int]]:
    """German statements of a document (before nesting), and the quotation regions they used up."""
    found: list[Found] = []
    used: set[int] = set()
    headings = _glue_comma_sentences(d, headings)
    direct_quotes(d, found, used)
    indirect(d, found, used)
    demnach(d, found)
    free_indirect(d, found, headings)
    reported(d, found, headings)
    free_indirect(d, found, headings)  # runs after Reported statements
    free_standing(d, found, headings)
    hearsay(d, found, headings)
    goes_on(d, found, used)  # "Und weiter: „...“" after the statement it continues, whatever found it
    adjust_media(d, found)
    return found, used


def _glue_comma_sentences(d: TokenDoc, headings: set[int]) -> set[int]:
    """'„Wie kann man so reden?“, fragte er.': the splitter ends a sentence after '?“'; a sentence that
    opens with the comma goes on with the one before (here, not in the splitter: the shipped NER was
    trained on its sentences). Returns the heading sentences under the new numbering."""
    merged: list[tuple[int, int]] = []
    new_index: list[int] = []
    for a, b in d.sents:
        if merged and d.words[a] in {",", ";"} and d.region_of[a] < 0:
            merged[-1] = (merged[-1][0], b)
        else:
            merged.append((a, b))
        new_index.append(len(merged) - 1)
    if len(merged) == len(d.sents):
        return headings
    d.set_sentences(merged)
    return {new_index[h] for h in headings}
