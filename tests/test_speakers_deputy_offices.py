"""A deputy's office is another office (issue #17): 'the deputy prime minister' is never the prime
minister, 'the prime minister' is no other minister, and a person named in the text is still
described by the office they left that day. Made-up sentences only."""
from __future__ import annotations

import pytest
from speaker_support import speakers

import lagebild.lang.de.speakers as de
import lagebild.lang.en.speakers as en
from lagebild.nlp.coref import role_kinds


_speakers = speakers


@pytest.mark.parametrize("words, mod, kinds", [
    ("deputy prime minister", en, {"deputy_prime_minister"}),
    ("prime minister", en, {"prime_minister"}),
    ("vice president", en, {"vice_president"}),
    ("deputy", en, {"politician"}),  # a member of parliament
    ("stellvertretende Premierminister", de, {"deputy_prime_minister"}),
    ("Vizepremier", de, {"deputy_prime_minister"}),
    ("Vizekanzler", de, {"vice_chancellor"}),
])
def test_role_kinds(words, mod, kinds):
    got = role_kinds(words.split(), mod)[0]
    assert kinds <= got and not {"prime_minister", "president", "minister"} - kinds & got


@pytest.mark.parametrize("text, lang, mention", [
    ("Prime Minister Keir Starmer met the king. The deputy prime minister said the talks went well.", "en",
     "The deputy prime minister"),
    ("Premierminister Keir Starmer traf den König. Der stellvertretende Premierminister sagte, die Gespräche "
     "seien gut gelaufen.", "de", "Der stellvertretende Premierminister"),
    ("President Donald Trump met the king. The vice president said the talks went well.", "en",
     "The vice president"),
])
def test_a_deputy_is_not_the_head(text, lang, mention):
    assert (mention, None) in _speakers(text, lang, "2025-03-05")


def test_a_minister_is_not_the_prime_minister():
    text = ("Deputy Prime Minister Angela Rayner met the mayor. Later Keir Starmer spoke. "
            "The prime minister said the talks went well.")
    assert ("The prime minister", "Keir Starmer") in _speakers(text, "en", "2025-03-05")


def test_office_left_that_day_still_describes_the_named_person():
    text = ("Angela Rayner has resigned after admitting she underpaid tax on a flat. "
            "The deputy prime minister said she deeply regretted the error.")
    assert ("The deputy prime minister", "Angela Rayner") in _speakers(text, "en", "2025-09-05")


def test_a_nickname_between_given_name_and_surname():
    text = ("Sean “Diddy” Combs was in court. Jurors acquitted Combs on Wednesday. “I’ll be home soon,” he told "
            "his mother.")
    assert ("he", "Sean Combs") in _speakers(text, "en", "2025-07-02")


@pytest.mark.parametrize("text, mention, actor", [
    # a plural of a people's noun is a group
    ("The committee voted to hold the witness in contempt over Hillary Clinton's email server. Democrats called "
     "the citation a partisan stunt.", "Democrats", None),
    # another given name before a linked surname: another person
    ("Donald Trump spoke in Ohio on Monday. In a separate case, Ivana Trump's brief said the judge had erred.",
     "Ivana Trump's brief", "Ivana Trump"),
    ("Donald Trump spoke in Ohio. Later Trump said he would win.", "Trump", "Donald Trump"),
])
def test_groups_and_namesakes(text, mention, actor):
    assert (mention, actor) in _speakers(text, "en", "2016-09-22")


@pytest.mark.parametrize("text, mention, actor", [
    ("Bryan Pagliano refused to testify. Pagliano's lawyer said his client would not appear.", "Pagliano's lawyer",
     None),
    ("Barack Obama spoke in Ohio. Obama's former campaign strategist said the race was close.",
     "Obama's former campaign strategist", None),
    # what speaks for its owner
    ("Donald Trump spoke in Ohio. Trump's statement said he would win.", "Trump's statement", "Donald Trump"),
    ("Hillary Clinton spoke in Ohio. Clinton's campaign said she would win.", "Clinton's campaign",
     "Hillary Clinton"),
])
def test_a_possessor_is_not_the_speaker(text, mention, actor):
    assert (mention, actor) in _speakers(text, "en", "2016-09-22")


def test_a_name_inside_a_relative_clause_does_not_speak():
    text = ("President George Bush met him in Ohio. “The visit went well,” said Erin Murphy, a former Clinton aide "
            "who accompanied Hillary Clinton.")
    assert _speakers(text, "en", "2016-09-22") == [
        ("Erin Murphy, a former Clinton aide who accompanied Hillary Clinton", "Erin Murphy")]
