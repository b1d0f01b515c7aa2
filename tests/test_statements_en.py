"""English statement rules (extract/statements/en*.py): must and must-not cases."""
from __future__ import annotations

import pytest

from lagebild.core import analyze


def _statements(text):
    return [s for s in analyze(text, lang="en").statements if s.nested_in is None]


def _one(text, content):
    hits = [s for s in _statements(text) if any(content in q.text for q in s.quote)]
    assert hits, f"no statement quotes {content!r} in {text!r}"
    return hits[0]


MUST = [
    # (text, content substring, speaker mention, cue words)
    ("The talks failed, a senior official said.", "The talks failed", "a senior official", ["said"]),
    ("The economy is weak, said John Doe.", "The economy is weak", "John Doe", ["said"]),
    ("Mr. Smith said the plan would fail.", "the plan would fail", "Mr. Smith", ["said"]),
    ("According to a senior official, the talks collapsed on Monday.", "the talks collapsed on Monday",
     "a senior official", ["According", "to"]),
    ("The talks collapsed on Monday, according to the police.", "The talks collapsed on Monday", "the police",
     ["according", "to"]),
    ("Jane Roe told reporters that the vote was rigged.", "the vote was rigged", "Jane Roe", ["told"]),
    ("“We will win this state,” Clinton said on Monday.", "We will win this state", "Clinton", ["said"]),
    ("Mr. Smith, who leads the group, said the deal was dead.", "the deal was dead",
     "Mr. Smith, who leads the group", ["said"]),
    ("Steven Cheung, a campaign spokesman, said the office was needed.", "the office was needed",
     "Steven Cheung, a campaign spokesman", ["said"]),
    ("Rep. Jane Roe (D-N.Y.) said in a statement that the bill is dead.", "the bill is dead",
     "Rep. Jane Roe (D-N.Y.)", ["said"]),
]


@pytest.mark.parametrize("text,content,speaker,cue", MUST)
def test_must_find(text, content, speaker, cue):
    st = _one(text, content)
    assert [m.text for m in st.speaker_mention] == [speaker]
    assert [c.text for c in st.cue] == cue


def test_multi_sentence_quote_with_trailing_attribution():
    text = "“The plan is bad. We will fight it,” Trump said."
    st = _one(text, "The plan is bad")
    assert "We will fight it" in st.quote[0].text
    assert st.type == "Direct"
    assert [m.text for m in st.speaker_mention] == ["Trump"]


def test_unclosed_paragraph_quote_restarts_at_next_paragraph():
    text = ("“The first paragraph goes on and on.\n“The second one is attributed,” Roe said.")
    st = _one(text, "The second one is attributed")
    assert "first paragraph" not in st.quote[0].text


def test_quote_split_by_attribution_joins_both_parts():
    st = _one("“We are ready,” he said, “and we will win.”", "We are ready")
    assert len(st.quote) == 2 and "we will win" in st.quote[1].text


def test_pronoun_speaker_resolves_to_last_person():
    st = _one("Donald Trump spoke in Ohio. He said the election was rigged.", "the election was rigged")
    assert st.speaker_mention[0].text == "He"
    assert st.speaker_actor is not None and st.speaker_actor.name == "Donald Trump"


def test_participle_clause_keeps_the_speaker():
    sts = _statements("“It is over,” Roe said, adding that the party would regroup.")
    assert any("the party would regroup" in s.quote[0].text and s.speaker_mention[0].text == "Roe" for s in sts)


MUST_NOT = [
    "The state of the race is close.",  # "state" is a noun here
    "The report was published on Monday.",
    "It said nothing.",  # too short, "it" is no speaker
    "During a press call with reporters Wednesday afternoon, the campaign released its plan.",
]


@pytest.mark.parametrize("text", MUST_NOT)
def test_must_not_find(text):
    assert _statements(text) == []


def test_fronted_adverbial_is_not_content():
    st = _one("During a press call on Wednesday, Roe said the plan was dead.", "the plan was dead")
    assert not any("press call" in q.text for q in st.quote)
    assert st.speaker_mention[0].text == "Roe"


NEW_MUST = [
    # lemmas outside the lexicon ("continued"), coordinated and participle cues, headline colon
    ("“The plan is weak and costly,” Roe continued.", "The plan is weak", "Roe", ["continued"]),
    ("Jane Roe posted a video on Monday, saying the vote was rigged.", "the vote was rigged", "Jane Roe", ["saying"]),
    ("Roe: The vote was rigged from the start.", "The vote was rigged", "Roe", [":"]),
    ("The senator has also said that taxes must rise.", "taxes must rise", "The senator", ["has", "also", "said"]),
    ("Top donor John Doe said on Friday he met the candidate twice.", "he met the candidate twice", "Top donor John Doe",
     ["said"]),
    ("Jane Roe, 35, a nurse from Ohio, said she would vote for the governor.", "she would vote for the governor",
     "Jane Roe, 35, a nurse from Ohio", ["said"]),
]


@pytest.mark.parametrize("text,content,speaker,cue", NEW_MUST)
def test_more_constructions(text, content, speaker, cue):
    st = _one(text, content)
    assert [m.text for m in st.speaker_mention] == [speaker]
    assert [c.text for c in st.cue] == cue


def test_quote_in_next_sentence_continues_content():
    st = _one("“We are ready,” Roe said. “Nobody will stop us now.”", "We are ready")
    assert any("Nobody will stop us" in q.text for q in st.quote)


def test_next_sentence_with_own_attribution_is_separate():
    sts = _statements("“We are ready,” Roe said. “Nobody will stop us,” Doe added.")
    first = [s for s in sts if "We are ready" in s.quote[0].text][0]
    assert not any("Nobody" in q.text for q in first.quote)


def test_coordinated_cue_splits_content():
    sts = _statements("Roe said the plan was bad and said that taxes would rise.")
    first = [s for s in sts if "the plan was bad" in s.quote[0].text][0]
    assert "taxes" not in first.quote[0].text
    second = [s for s in sts if "taxes would rise" in s.quote[0].text][0]
    assert second.speaker_mention[0].text == "Roe"


def test_asked_question_has_its_own_relation():
    sts = _statements("Asked whether he would run again, Roe said he had not decided.")
    assert any(s.quote[0].text == "whether he would run again" for s in sts)
    assert any("he had not decided" in s.quote[0].text and s.speaker_mention[0].text == "Roe" for s in sts)


def test_inverted_speaker_keeps_apposition():
    st = _one("The bill is dead, said Jane Roe, a professor of law at Yale.", "The bill is dead")
    assert st.speaker_mention[0].text == "Jane Roe, a professor of law at Yale"


NEW_MUST_NOT = [
    "Wait, it gets better: the numbers went up again.",  # no name before the colon
    "The Louisville crowd cheered loudly, waving signs for hours.",  # no cue participle
]


@pytest.mark.parametrize("text", NEW_MUST_NOT)
def test_new_must_not(text):
    assert _statements(text) == []


def test_verb_group_is_not_source():
    st = _one("Cook declined to say whether the plan would pass.", "whether the plan would pass")
    assert [m.text for m in st.speaker_mention] == ["Cook"]


# --- PolNeAR-style constructions (issue #5): exact spans via text[start:end] ---

def _spans(text, spans):
    return [text[s.start:s.end] for s in spans]


def _find(text, cue_word):
    hits = [s for s in _statements(text) if any(text[c.start:c.end] == cue_word for c in s.cue)]
    assert hits, f"no statement with cue {cue_word!r} in {text!r}: {[(_spans(text, s.cue)) for s in _statements(text)]}"
    return hits[0]


SPAN_CASES = [
    # (text, cue word to pick the statement, expected quote spans, speaker spans, cue spans)
    # mixed typography: a curly opening mark closed by a straight one
    ("“We will win this state,\" Roe said.", "said", ["“We will win this state,\""], ["Roe"], ["said"]),
    # '?"' ends a sentence for the splitter; the cue clause after it still belongs to the quotation
    ("\"Do these people read newspapers?\" said Bob Mills, a delegate from Ohio.", "said",
     ["\"Do these people read newspapers?\""], ["Bob Mills, a delegate from Ohio"], ["said"]),
    ("“Why now?” she asked.", "asked", ["“Why now?”"], ["she"], ["asked"]),
    # a long adverbial after a closed quotation
    ("“It is not appropriate,” Cruz said in response to a question from a reporter ahead of his fourth event "
     "of the day.", "said", ["“It is not appropriate,”"], ["Cruz"], ["said"]),
    # subordinators and fronted PPs before the subject
    ("Clinton caught flak when she said she could not support the deal.", "said",
     ["she could not support the deal"], ["she"], ["said"]),
    ("At the town hall this week she said the plan was dead.", "said", ["the plan was dead"], ["she"], ["said"]),
    # base forms after a plural subject, to-infinitives, progressives
    ("Most analysts see Clinton as the stronger candidate.", "see", ["Clinton as the stronger candidate"],
     ["Most analysts"], ["see"]),
    ("Republican senators have vowed to block the nominee.", "vowed", ["to block the nominee"],
     ["Republican senators"], ["have", "vowed"]),
    ("Sanders is suggesting that he beat expectations.", "suggesting", ["he beat expectations"], ["Sanders"],
     ["is", "suggesting"]),
    # appositions with relative clauses, before and after a quotation
    ("Pete Seat, a consultant whose firm was retained by the campaign, said he would be shocked.", "said",
     ["he would be shocked"], ["Pete Seat, a consultant whose firm was retained by the campaign"], ["said"]),
    ("“We are on pace,” Jeff Weaver, the campaign manager, said in a statement.", "said", ["“We are on pace,”"],
     ["Jeff Weaver, the campaign manager"], ["said"]),
    ("In a statement to the paper, her senior adviser, Jake Sullivan, said the deal was good.", "said",
     ["the deal was good"], ["her senior adviser, Jake Sullivan"], ["said"]),
    ("The Ayotte campaign, for example, said the ad was false.", "said", ["the ad was false"],
     ["The Ayotte campaign"], ["said"]),
    # a relative pronoun is the source of a cue inside its clause
    ("The bill was backed by Trump, who has repeatedly said the system is rigged.", "said", ["the system is rigged"],
     ["who"], ["has", "repeatedly", "said"]),
    # the content stops before a participle relation and before the writer's ', which ...'
    ("Perdue said he did not believe the attacks worked, arguing that the party was divided.", "said",
     ["he did not believe the attacks worked"], ["Perdue"], ["said"]),
    ("Perdue said he did not believe the attacks worked, arguing that the party was divided.", "arguing",
     ["the party was divided"], ["Perdue"], ["arguing"]),
    ("Clinton has said she is willing to be interviewed by the FBI, which is conducting its own probe.", "said",
     ["she is willing to be interviewed by the FBI"], ["Clinton"], ["has", "said"]),
    # a cue clause inside the content
    ("The question, she said, is not so simple.", "said", ["The question", "is not so simple"], ["she"], ["said"]),
    # particles, negation and manner adverbs belong to the cue
    ("Roe called for a special prosecutor.", "called", ["a special prosecutor"], ["Roe"], ["called", "for"]),
    ("Trump did not mention Cruz in the speech.", "mention", ["Cruz in the speech"], ["Trump"],
     ["did", "not", "mention"]),
    ("Patricia Smith forcefully rejected the claim.", "rejected", ["the claim"], ["Patricia Smith"],
     ["forcefully", "rejected"]),
    ("Roe praised the crowd, referring to the volunteers as heroes.", "referring", ["the volunteers as heroes"],
     ["Roe"], ["referring", "to"]),
    # 'told' + an addressee without a capital
    ("Mr. Paulson told investors that the concerns were overblown.", "told", ["the concerns were overblown"],
     ["Mr. Paulson"], ["told"]),
]


@pytest.mark.parametrize("text,cue_word,quote,speaker,cue", SPAN_CASES)
def test_polnear_constructions_exact_spans(text, cue_word, quote, speaker, cue):
    st = _find(text, cue_word)
    assert _spans(text, st.quote) == quote
    assert _spans(text, st.speaker_mention) == speaker
    assert _spans(text, st.cue) == cue


def test_relative_clause_relation_leaves_the_main_clause():
    text = "Most of the voters who support Trump said he should win."
    # 'who support Trump' is a stance told in passing (PolNeAR marks it; the real-news gold does not)
    assert not any(text[c.start:c.end] == "support" for s in _statements(text) for c in s.cue)
    said = _find(text, "said")
    assert _spans(text, said.quote) == ["he should win"]
    assert _spans(text, said.speaker_mention) == ["Most of the voters who support Trump"]


def test_quotation_goes_on_over_following_quoted_sentences():
    text = "“We are ready,” Roe said. “Nobody will stop us.” “We will win.”"
    st = _find(text, "said")
    assert _spans(text, st.quote) == ["“We are ready,”", "“Nobody will stop us.”", "“We will win.”"]


POLNEAR_MUST_NOT = [
    "Her remarks drew criticism from both parties.",  # plural nouns, not verbs
    "Clinton leads by four percentage points in Ohio.",
    "The United States and its allies met in Paris on Monday.",  # 'States' is a name
    "The Latest: Sanders wins the Minnesota caucuses.",  # a label before the colon, not a speaker
    "Trump spoke at a rally in Ohio on Monday.",  # 'spoke' without 'about ...' reports no content
    "Police found a gun in the car.",  # 'found' without a content clause
    "Trump appeared on Fox News on Monday.",
    "The strategy seemed to be working, with allies keen to agree.",  # a seeming is nobody's statement
    "Sanders appears to be spending more heavily.",
]


@pytest.mark.parametrize("text", POLNEAR_MUST_NOT)
def test_polnear_must_not_find(text):
    assert _statements(text) == []


def test_relative_pronoun_source_resolves_to_the_name_before_it():
    text = "The bill was backed by Donald Trump, who has repeatedly said the system is rigged."
    st = _find(text, "said")
    assert _spans(text, st.speaker_mention) == ["who"]
    assert st.speaker_actor is not None and st.speaker_actor.name == "Donald Trump"
