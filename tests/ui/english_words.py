"""A heuristic detector of English in Dutch text (issue 15, item 6).

It looks for common English words that are not also Dutch words: "the",
"with", "which", "cost", "share"... ("over", "effect", "was" and "open" are
Dutch as well and are not on the list). Identifiers (``snake_case``),
placeholders (``{name}``), HTML tags and quoted passages (citations) are
skipped, and so are the proper
names of things that are English in Dutch too (a licence's name, a tool's).
"""

from __future__ import annotations

import html
import re

# fmt: off
ENGLISH = frozenset({
    "the", "and", "with", "from", "which", "this", "that", "these", "those", "are", "were",
    "will", "would", "should", "could", "cannot", "does", "has", "have", "been", "being",
    "there", "their", "they", "them", "when", "where", "what", "who", "whom", "whose", "how",
    "why", "into", "than", "then", "only", "also", "more", "less", "each", "every", "other",
    "such", "because", "while", "about", "after", "before", "between", "through", "under",
    "without", "within", "your", "you", "our", "its", "not", "yet", "just", "very", "much",
    "many", "most", "value", "values", "cost", "costs", "benefit", "benefits", "year", "years",
    "people", "share", "shares", "amount", "new", "add", "remove", "delete", "cancel", "look",
    "save", "saved", "close", "closed", "edit", "view", "settings", "folder", "name", "names",
    "source", "sources", "chain", "effects", "page", "pages", "result", "results", "warning",
    "warnings", "error", "errors", "please", "click", "select", "selected", "choose", "chosen",
    "enter", "entered", "seed", "range", "ranges", "notes", "licence", "license", "figure",
    "figures", "quoted", "copied", "assumption", "assumptions", "yearly", "daily", "price",
    "prices", "level", "levels", "discount", "rate", "rates", "payback",
})
# fmt: on

#: English names that stay English in a Dutch text.
PROPER_NAMES = (
    "European Union Public Licence",
    "HEAT for walking and cycling",
    "Home Office",
    "Public Health",
    "Social Value",
)

_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_'’-]*")


def english_words(text: str) -> list[str]:
    """The common English words in ``text`` (empty for Dutch text)."""
    text = html.unescape(re.sub(r"<[^>]+>", " ", text))
    text = re.sub(r"\{[^}]*\}", " ", text)
    # A passage between quotes is a citation, kept in the language of its source.
    text = re.sub(r"(?<![A-Za-z])'[^']+'(?![A-Za-z])|“[^”]*”", " ", text)
    for name in PROPER_NAMES:
        text = text.replace(name, " ")
    words = []
    for token in _TOKEN.findall(text):
        if "_" in token or (token.isupper() and len(token) > 1):
            continue  # an identifier, an acronym (WHO, HEAT)
        if token.lower().strip("'’-") in ENGLISH:
            words.append(token)
    return words
