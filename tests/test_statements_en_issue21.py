"""English statement rules of issue #21: single quotes, multi-paragraph quotes, non-speech verbs,
speaker mentions, medium and channel, nested quote fragments. Made-up sentences only."""
from __future__ import annotations

import pytest

from lagebild.core import analyze


def _all(text):
    return analyze(text, lang="en").statements


def _top(text):
    return [s for s in _all(text) if s.nested_in is None]


def _one(text, content):
    hits = [s for s in _top(text) if any(content in q.text for q in s.quote)]
    assert hits, f"no statement quotes {content!r} in {text!r}: {[[q.text for q in s.quote] for s in _top(text)]}"
    return hits[0]


def _speaker(st):
    return [m.text for m in st.speaker_mention]


@pytest.mark.parametrize("text, content, speaker", [
    ("'We are not ready for that,' the Danish minister said.", "We are not ready for that", "the Danish minister"),
    ("‘We won’t give up,’ she said on Tuesday.", "We won’t give up", "she"),
])
def test_single_quoted_direct_speech(text, content, speaker):
    st = _one(text, content)
    assert st.type == "Direct"
    assert _speaker(st) == [speaker]


def test_apostrophes_make_no_single_quote():
    st = _one("Smith said the roof of the Fosters' house leaked in the '90s.", "the roof")
    assert st.type == "Indirect"
    assert st.quote[0].text.startswith("the roof") and "'90s" in st.quote[0].text


def test_multi_paragraph_quote_is_one_statement_of_the_document_author():
    text = ("Mayor Ann Example resigned on Monday.\n\n"
            "Here is Governor Bob Sample's letter to Ann Example in full:\n\n"
            "\"Dear Ann,\n\n"
            "\"Thank you for your years of service. I am sad to see you go.\n\n"
            "\"Yours, Bob\"")
    top = _top(text)
    hits = [s for s in top if any("Dear Ann" in q.text for q in s.quote)]
    assert len(hits) == 1
    st = hits[0]
    assert "Yours, Bob" in st.quote[-1].text and "Thank you" in st.quote[-1].text
    assert _speaker(st) == ["Governor Bob Sample"]
    assert st.medium == "Writing" and st.channel == "letter"
    assert not any("Thank you" in q.text for s in top if s is not st for q in s.quote)


def test_multi_paragraph_quote_cut_off_at_the_end_of_the_text():
    text = ("Here is Minister Jane Roe's statement in full:\n\n"
            "\"We will review the plan.\n\n"
            "\"The committee meets next week and")
    st = _one(text, "We will review")
    assert "committee meets" in st.quote[-1].text
    assert _speaker(st) == ["Minister Jane Roe"]


def test_multi_paragraph_quote_with_trailing_attribution_keeps_both_paragraphs():
    text = ("\"The first paragraph of the speech goes on.\n\n"
            "\"And the second one ends it,\" Smith said.")
    st = _one(text, "second one ends it")
    assert "first paragraph" in st.quote[0].text
    assert _speaker(st) == ["Smith"]


@pytest.mark.parametrize("text", [
    "The team failed to claim a single game in the tournament.",
    "Ministers gathered in Rome on Friday to discuss the budget.",
    "The alliance aims to agree on a new spending target.",
    "Members are expected to commit to the new target.",
    "The leaders lined up to declare their support for the plan.",
    "The treaty, supported by Spain and championed by the commission, passed.",
    "Its estimated length is ten kilometers, though this may change.",
    "European allies seek to catch up with their neighbours on defence.",
    "The minister referred herself to the independent adviser on standards.",
    "He ruled the country for twenty years.",
])
def test_no_statement_from_non_speech_verbs(text):
    assert _top(text) == []


def test_said_when_asked_gives_one_statement():
    text = "\"We are ready for talks,\" Miller said when asked about the plan."
    sts = _top(text)
    assert len(sts) == 1
    assert _speaker(sts[0]) == ["Miller"]


def test_content_stops_before_a_clause_with_its_own_speaker():
    text = "Officials say the increase is needed to deter attacks, but allies worry that it comes too late."
    st = _one(text, "the increase is needed")
    assert "allies" not in st.quote[0].text
    worry = _one(text, "it comes too late")
    assert _speaker(worry) == ["allies"]


def test_inverted_speaker_stops_before_as_clause():
    st = _one("\"The days of this cabinet are numbered,\" said party leader Tom Roe as the debate began.",
              "The days of this cabinet")
    assert _speaker(st) == ["party leader Tom Roe"]


def test_object_after_cue_is_no_trailing_clause():
    st = _one("Scientists have confirmed the discovery of a new comet, named C7, in the outer system.",
              "the discovery of a new comet")
    assert _speaker(st) == ["Scientists"]


def test_coordinated_cue_takes_the_subject_of_its_own_clause():
    text = ("The vote came after the leader's speech, in which she offered talks on pensions "
            "but also said that the deficit must be cut.")
    st = _one(text, "the deficit must be cut")
    assert _speaker(st) == ["she"]


@pytest.mark.parametrize("text, content, channel", [
    ("\"We will win this,\" he posted on the Truth Social network.", "We will win this", "Truth Social"),
    ("\"Enough is enough,\" Smith wrote in a post on X.", "Enough is enough", "X"),
    ("Smith said on social media that the plan had failed.", "the plan had failed", "social media"),
    ("\"No,\" Jones wrote in a text message.", "No", "text message"),
    ("She told the minister in a letter that she regretted the decision.", "she regretted", "letter"),
])
def test_written_channels_are_writing(text, content, channel):
    st = _one(text, content)
    assert st.medium == "Writing"
    assert st.channel == channel


def test_according_to_a_statement_keeps_the_said_speaker():
    text = "The city council said the bridge would reopen in March, according to a statement."
    st = _one(text, "the bridge would reopen")
    assert _speaker(st) == ["The city council"]
    assert st.channel == "statement" and st.medium == "Writing"


def test_posted_without_a_quotation_is_no_statement():
    assert _top("The company posted a loss of five million dollars in the spring.") == []


def test_nested_quote_fragments_stay_inside_their_statement():
    text = "The mayor said the plan was \"a bold step\" and \"long overdue\" for the city."
    sts = _all(text)
    assert len(sts) == 1
    assert "a bold step" in sts[0].quote[0].text


@pytest.mark.parametrize("text, cue, content", [
    ("Tanguy warned, however, that the party might still come for Bayrou.", "warned",
     "the party might still come for Bayrou"),
    ("India has already ruled out opening up its dairy sector.", "has already ruled out",
     "opening up its dairy sector"),
    ("The court ruled that the ban was unlawful.", "ruled", "the ban was unlawful"),
])
def test_parenthetical_adverbs_and_ruling_out(text, cue, content):
    from lagebild.core import analyze

    [st] = analyze(text, lang="en").statements
    assert " ".join(c.text for c in st.cue) == cue and st.quote[0].text == content


def test_a_reduced_relative_clause_and_so_called_are_no_part_of_speech():
    from lagebild.core import analyze

    [st] = analyze("European Union leaders gathered in Copenhagen on Wednesday agreed that Europe must act.",
                   lang="en").statements
    assert st.speaker_mention[0].text == "European Union leaders"
    [st] = analyze("The so-called coalition of the willing said it would help.", lang="en").statements
    assert st.speaker_mention[0].text == "The so-called coalition of the willing"


@pytest.mark.parametrize("text, cue", [
    ("Trump criticised the deal as unfair.", "criticised"),
    ("She emphasised that the plan was final.", "emphasised"),
])
def test_british_spellings(text, cue):
    from lagebild.core import analyze

    [st] = analyze(text, lang="en").statements
    assert st.cue[0].text == cue


def test_a_group_with_its_place_is_a_group():
    """'Officials in Paris' are no one actor (not the last person named)."""
    from lagebild.core import analyze

    text = "Trump criticised the deal. Officials in Paris said Europe had not been feared enough."
    last = analyze(text, lang="en", published="2025-07-29").statements[-1]
    assert last.speaker_mention[0].text == "Officials in Paris" and last.speaker_actor is None


@pytest.mark.parametrize("text, types", [
    ("“The talks were constructive,” according to a statement from the ministry.", ["Direct"]),
    ("The talks were constructive, according to a statement from the ministry.", ["Indirect"]),
    ("“It is a disgrace,” said Sir Keir, adding: “We will act.”", ["Direct", "Direct"]),
])
def test_a_quotation_is_direct_after_according_to_and_adding(text, types):
    from lagebild.core import analyze

    assert [st.type for st in analyze(text, lang="en").statements] == types


def test_a_quotation_in_the_paragraph_after_a_colon():
    from lagebild.core import analyze

    text = ('Trump responded with the example of Chicago.\n\nHe said:\n\n"We have a situation where our inner '
            'cities are so dangerous. We have to bring back law and order."\n\nThe moderator moved on.')
    [st] = analyze(text, lang="en").statements
    assert st.type == "Direct" and st.speaker_mention[0].text == "He"
    assert st.quote[0].text.startswith('"We have a situation') and st.quote[0].text.endswith('law and order."')
    assert analyze("He said: no.", lang="en").statements == []


def test_interview_transcripts():
    """'NAME: text' paragraphs of an interview are Direct statements of the named speaker; a
    dateline is none; a statement inside a turn stays."""
    from lagebild.core import analyze

    text = ('Partial transcript as follows:\n\n"WALLACE: Let us start with the debate story. Will she be there?\n\n'
            '"PENCE: Well, look, Hillary Clinton apparently thinks this is an episode of Shark Tank.\n\n'
            '"WALLACE: But, Governor Pence, I have to ask you about that.\n\n'
            '"PENCE: Gennifer Flowers will not be attending the debate tomorrow night.')
    turns = [(st.speaker_mention[0].text, st.quote[0].text[:20]) for st in analyze(text, lang="en").statements
             if st.cue and st.cue[0].text == ":"]
    assert turns == [("WALLACE", "Let us start with th"), ("PENCE", "Well, look, Hillary "),
                     ("WALLACE", "But, Governor Pence,"), ("PENCE", "Gennifer Flowers wil")]
    assert analyze("WASHINGTON: The Senate passed the bill on Monday.\n\nThe vote was close.", lang="en").statements == []
    german = ("SPIEGEL: Herr Minister, wie geht es weiter?\n\nPistorius: Wir werden im Herbst ein Gesetz vorlegen.\n\n"
              "SPIEGEL: Und wenn das nicht reicht?\n\nPistorius: Dann müssen wir nachsteuern.")
    assert [st.speaker_mention[0].text for st in analyze(german, lang="de").statements] == \
        ["SPIEGEL", "Pistorius", "SPIEGEL", "Pistorius"]


def test_a_party_and_state_tag_does_not_make_a_speaker_too_long():
    from lagebild.core import analyze

    text = '"Subpoenas are not optional," panel Chairman Rep. Jason Chaffetz (R-Utah) said after the hearing.'
    [st] = analyze(text, lang="en").statements
    assert st.speaker_mention[0].text == "panel Chairman Rep. Jason Chaffetz (R-Utah)"


@pytest.mark.parametrize("text", [
    "The figures will increase Labour worries ahead of the vote in May.",  # a noun, and no 'worries about'
    "In a blow for the party, the poll showed that one in four voters would switch.",  # a finding of things
    "Satellite data from the agency revealed that the ice was thinner than thought.",
    "The goalkeeper later continued to pump his fist.",  # 'continued to' is no saying
    "In the gallery, her family stood and applauded as she left.",  # cheering, no stance
    "Besides Lisbon, Ireland and Austria refused to ratify the treaty.",  # a vote, not a statement
    "Nairobi: In a sharp turn of events, the council approved the budget on Monday.",  # a dateline
])
def test_no_statement_real_news_review(text):
    assert _top(text) == [], [(s.type, [c.text for c in s.cue], [q.text for q in s.quote]) for s in _top(text)]


def test_a_refusal_to_speak_is_a_statement_and_that_stays_in_the_frame():
    st = _one("The minister declined to comment on the report.", "to comment on the report")
    assert _speaker(st) == ["The minister"]
    st = _one("The mayor said on Friday that the bridge would reopen.", "the bridge would reopen")
    assert st.quote[0].text == "the bridge would reopen" and "that" in [f.text for f in st.frame]


@pytest.mark.parametrize("text, content, speaker", [
    # a possessive apostrophe is no quotation mark
    ("The trial went on. Combs' defense team argued that the women were willing participants.",
     "the women were willing participants", "Combs' defense team"),
    # an absolute participle clause has its own subject
    ("Allies say the rise is needed to counter a growing threat from the east, with the US leader long complaining "
     "that Europe spends too little.",
     "Europe spends too little", "the US leader"),
    # a participle after a conjunction speaks for the sentence subject
    ("The minister resigned on Friday after admitting she underpaid the tax.", "she underpaid the tax",
     "The minister"),
    # a stance told in a relative clause stays a statement when it is an act of speech
    ("The talks followed months of tension with Trump, who has long accused the EU of unfair practices.",
     "the EU of unfair practices", "who"),
])
def test_more_speakers_real_news_review(text, content, speaker):
    st = _one(text, content)
    assert _speaker(st) == [speaker]


@pytest.mark.parametrize("text", [
    "One in five voters who backed the Conservatives would now support Reform.",  # voting, not speaking
    "The party leader shared the figures, responding to the results on the radio.",  # what is answered
    "The judge adjourned the court while he considers the matter.",  # deliberation
])
def test_no_statement_real_news_review_2(text):
    assert _top(text) == [], [(s.type, [c.text for c in s.cue], [q.text for q in s.quote]) for s in _top(text)]


@pytest.mark.parametrize("text, content", [
    ("Tanguy warned that the party might still come for Bayrou over his budget which is overdue after the "
     "previous government fell.", "the party might still come for Bayrou over his budget"),
    ("Schumer signaled that his party is not yet ready to surrender — guaranteeing the shutdown would go on.",
     "his party is not yet ready to surrender"),
    ("Mamdani said his election symbolises hope over tyranny as he cited Nehru.",
     "his election symbolises hope over tyranny"),
    ("Von der Leyen echoed that, noting that the rate was all inclusive.", "the rate was all inclusive"),
])
def test_content_ends_where_the_writer_goes_on(text, content):
    assert [q.text for q in _one(text, content).quote] == [content]


@pytest.mark.parametrize("text, content, speaker, cue", [
    ("The party leader shared the poll on X with the caption: “Britain wants change.”", "Britain wants change",
     "The party leader", "caption"),
    ("The statement from the Council reads: “The Council today adopted two decisions.”",
     "The Council today adopted two decisions", "the Council", "reads"),
])
def test_a_quotation_after_a_colon_and_a_text_noun(text, content, speaker, cue):
    st = _one(text, content)
    assert _speaker(st) == [speaker] and [c.text for c in st.cue] == [cue] and st.medium == "Writing"


def test_a_sign_reads_nobody():
    assert _top("The sign at the gate read: “No entry.”") == []


def test_a_question_asked_of_someone_is_direct():
    st = _one('"Will you give up on this?" she asked the minister.', "Will you give up on this?")
    assert st.type == "Direct" and _speaker(st) == ["she"]


def test_a_quotation_paragraph_after_a_named_subject_is_theirs():
    text = ('Prime Minister Jane Doe was blunt about the plan.\n\n"We will not give up on this. It is the right '
            'thing to do."\n\nCritics said the plan would fail.')
    st = _one(text, "We will not give up on this")
    assert st.type == "Direct" and _speaker(st) == ["Prime Minister Jane Doe"] and st.cue == []
    # narration before it names nobody: no speaker is made up
    assert _top('It was a cold morning.\n\n"We will not give up on this. It is the right thing to do."') == []


@pytest.mark.parametrize("text, content, speaker", [
    ("The central bank warned of rising inflation risks.", "rising inflation risks", "The central bank"),
    ("The company announced plans to cut 2,000 jobs.", "plans to cut 2,000 jobs", "The company"),
    ("Beijing denied the allegations.", "the allegations", "Beijing"),
    ("The government acknowledged mistakes in its handling of the crisis.", "mistakes in its handling",
     "The government"),
    ("Rutte told reporters NATO was united.", "NATO was united", "Rutte"),
])
def test_verbs_of_saying_with_an_object_and_told_audiences(text, content, speaker):
    st = _one(text, content)
    assert _speaker(st) == [speaker]


def test_a_quotation_right_after_the_cue_and_no_continued_to():
    text = ('His relatives could barely contain their relief: When the verdict was read, someone shouted, '
            '“Yeah!”\n\nThe singer later continued to pump his fist.')
    rows = [(s.type, [c.text for c in s.cue], [q.text for q in s.quote]) for s in _top(text)]
    assert rows == [("Direct", ["shouted"], ["“Yeah!”"])], rows


def test_content_ends_before_but_and_a_new_act():
    st = _one("The chancellor praised the initiative on Thursday but did not name a figure.", "the initiative")
    assert [q.text for q in st.quote] == ["the initiative on Thursday"]


@pytest.mark.parametrize("text, cue, speaker, content", [
    ("The mayor heralded the end of a political dynasty.", "heralded", "The mayor", "the end of a political dynasty"),
    ('The president framed the spending deal as "a great victory".', "framed", "The president",
     'the spending deal as "a great victory"'),
    ("The party leader claimed to be the real opposition.", "claimed", "The party leader", "to be the real opposition"),
])
def test_more_acts_with_an_object(text, cue, speaker, content):
    [st] = _top(text)
    assert ([c.text for c in st.cue], _speaker(st), [q.text for q in st.quote]) == ([cue], [speaker], [content])


def test_framing_a_picture_is_no_statement():
    assert _top("The photographer framed the picture with care.") == []


def test_a_list_of_acts_keeps_the_first_subject():
    text = ("In a speech, Mayor Anna Berg challenged the governor on housing, heralded the end of an era "
            "and said the city would change.")
    heralded = _one(text, "the end of an era")
    assert _speaker(heralded) == ["Mayor Anna Berg"]
    assert [q.text for q in heralded.quote] == ["the end of an era"]  # 'and said' is the next act


def test_a_relative_clause_before_the_verb_is_no_list_of_acts():
    text = 'Christie, who has campaigned for Trump since he suspended his campaign, blasted Clinton as a "disgrace".'
    assert _speaker(_one(text, "disgrace")) == ["Christie, who has campaigned for Trump since he suspended his campaign"]


def test_a_caption_after_an_earlier_statement_in_its_sentence():
    text = ("Polls were out. Farage, who already claimed to be the official opposition, shared the results "
            "on X last night with the caption: “Britain wants Reform.”")
    caption = _one(text, "Britain wants Reform")
    assert caption.type == "Direct" and _speaker(caption) == ["Farage"]
    assert _one(text, "to be the official opposition").type == "Reported"


def test_a_text_that_reads_a_quotation():
    text = ('The vote was close. “The Council today adopted two decisions authorising the signature” '
            'the press release of the Council reads.')
    st = _one(text, "The Council today adopted")
    assert (st.type, st.medium, [c.text for c in st.cue], _speaker(st)) == ("Direct", "Writing", ["reads"],
                                                                          ["the Council"])
    assert _top('The vote was close. “Keep out,” the sign reads.') == []  # nobody's text: no statement


def test_a_framing_participle_is_a_reported_act_of_the_subject():
    text = ('The president struck a conciliatory tone on Wednesday, framing the spending deal as a '
            '"great victory for everyone".')
    st = _one(text, "the spending deal")
    assert (st.type, [c.text for c in st.cue], _speaker(st)) == ("Reported", ["framing"], ["The president"])
    assert _top("The artist finished the work on Wednesday, framing the picture with care.") == []


def test_a_quotation_split_by_the_speaker_with_the_comma_outside_the_marks():
    st = _one('The talks ended late. "We are ready", the minister added, "but we need more time".', "We are ready")
    assert [q.text for q in st.quote] == ['"We are ready"', '"but we need more time"']
    assert _speaker(st) == ["the minister"]


@pytest.mark.parametrize("text, speaker", [
    ('The talks ended late. The minister was blunt: "We are not ready."', ["The minister"]),
    ('The talks ended late. Healey was adamant: "We are not ready."', ["Healey"]),
])
def test_a_speaker_described_before_a_colon(text, speaker):
    st = _one(text, "We are not ready")
    assert (st.type, _speaker(st)) == ("Direct", speaker)


@pytest.mark.parametrize("text", [
    'The talks ended late. The sky was clear: "blue" was the word.',
    'The talks ended late. The message was clear: "We are not ready."',
])
def test_no_speaker_described_before_a_colon(text):
    assert _top(text) == []


def test_asking_not_to_be_named_is_no_statement():
    text = 'The talks ended late. “This is a disgrace,” a senior official, who asked not to be named, told Reuters.'
    assert [(s.type, [c.text for c in s.cue]) for s in _top(text)] == [("Direct", ["told"])]


def test_asked_about_a_topic_is_no_statement():
    """'Asked about the deal, Quarry said: "…"': the topic of a question is nobody's statement (a
    question 'Asked whether …' stays one, as PolNeAR annotates it)."""
    from lagebild import analyze
    a = analyze('The talks ended late. Asked about the deal, Quarry said: "We are not there yet."',
                lang="en", published="2025-10-01")
    assert [s.type for s in a.statements] == ["Direct"]


def test_verbs_of_advocacy_with_their_particle_are_reported_speech():
    from lagebild import analyze
    a = analyze("The situation is grim. The chancellor argued for pension reform. The union pressed for higher "
                "wages.", lang="en", published="2025-10-01")
    assert [(s.type, " ".join(c.text for c in s.cue)) for s in a.statements] == [
        ("Reported", "argued for"), ("Reported", "pressed for")]


def test_an_object_opening_with_an_amount_is_reported():
    from lagebild import analyze
    a = analyze("The situation is grim. The company confirmed 2,000 job cuts.", lang="en", published="2025-10-01")
    assert [(s.type, " ".join(q.text for q in s.quote)) for s in a.statements] == [("Reported", "2,000 job cuts")]


@pytest.mark.parametrize("text, content, speaker", [
    # the comma closes the speaker's relative clause: what follows 'said' is the content
    ("Victor Cha, who served as Asia director under George Bush, said the talks failed.", "the talks failed",
     "Victor Cha, who served as Asia director under George Bush"),
    # a later comma before the cue is a trailing speaker's as before
    ("Scott's relatives, who asked to see the video, watched it on Thursday, attorneys for the family said.",
     "watched it on Thursday", "attorneys for the family"),
])
def test_relative_clause_before_the_cue(text, content, speaker):
    assert _speaker(_one(text, content)) == [speaker]
