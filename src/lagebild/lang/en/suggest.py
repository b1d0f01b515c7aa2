"""English stop words for issue suggestion: function words and reporting vocabulary that say nothing about an issue."""
from __future__ import annotations

STOP = {
    "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "for", "with", "be", "is", "are", "was",
    "were", "have", "has", "had", "will", "would", "should", "must", "can", "could", "not", "no", "it", "we",
    "they", "he", "she", "that", "this", "there", "their", "our", "at", "by", "from", "as", "say", "said",
    "do", "does", "any", "all", "more", "now", "also", "than", "which", "who", "what",
}
