"""In English news a country that speaks is its government (issue #17; the English speaker gold's
reading): 'India said …', 'The U.S. said …', and 'it' after it. German keeps the state, as the German
gold does. Made-up sentences only."""
from __future__ import annotations

from speaker_support import speakers


def test_country_speaking_is_its_government():
    text = ("Officials met in Delhi. India said the talks remain on schedule. The U.S. said it was hopeful. "
            "China said it opposed the tariffs. It added that it would respond.")
    assert speakers(text, "en", "2025-08-01") == [
        ("India", "Government of India"), ("The U.S.", "Federal Government of the United States"),
        ("China", "Government of China"), ("It", "Government of China")]


def test_german_keeps_the_state():
    assert speakers("Russland erklärte, man sei bereit.", "de", "2025-08-01") == [("Russland", "Russia")]
