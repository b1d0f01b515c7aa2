"""wordrx: patterns with a leading \\b scanned without it must find what re finds."""
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from lagebild import wordrx
from lagebild.extract import position_rules as R
from lagebild.lang.de.commitments import CUES as CUES_DE
from lagebild.lang.en.commitments import CUES as CUES_EN

PATTERNS = [(p, 0) for _, _, p in CUES_DE] + [(p, re.IGNORECASE) for _, _, p in CUES_EN] \
    + [(rx.pattern, 0) for _, rx in R.REPORT + R.SAID] + [(R.HALT_FUER.pattern, 0), (r"\b\w+\b", 0), (r"(?i)\bnicht\b", 0)]
TEXT = st.text(alphabet="wirdschließtnichtausabWillpledge ,.-_ßäÖ3\n", max_size=80)


def _spans(matches):
    return [(m.span(), m.groups()) for m in matches]


@settings(max_examples=300, deadline=None)
@given(text=TEXT, cut=st.tuples(st.integers(0, 90), st.integers(0, 90)))
def test_same_matches_as_re_in_any_window(text, cut):
    pos, endpos = min(cut), max(cut)
    for pattern, flags in PATTERNS:
        expected = _spans(re.compile(pattern, flags).finditer(text, pos, endpos))
        assert _spans(wordrx.compile(pattern, flags).finditer(text, pos, endpos)) == expected, pattern


def test_the_cue_patterns_take_the_fast_path():
    assert all(wordrx.compile(p, f)._rest is not None for p, f in PATTERNS)


def test_patterns_the_boundary_does_not_govern_are_left_as_written():
    for pattern in (r"\bfoo|bar", r"\b(?:a|b)?", r"(?:x)\bfoo", r"\\bfoo"):
        compiled = wordrx.compile(pattern)
        assert compiled._rest is None
        assert _spans(compiled.finditer("a bar foo \\bfoo x")) == _spans(re.finditer(pattern, "a bar foo \\bfoo x"))
