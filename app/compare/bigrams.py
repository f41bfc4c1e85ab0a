"""TF-IDF over character bigrams, and cosine similarity: how much two Chinese texts are about
the same things. Chinese has no spaces, and two-character words (就业, 培训, 基地) carry most
of the meaning, so overlapping character pairs stand in for words; pairs that every text
has (人力, 资源) weigh little, rare shared pairs (零工, 劳务品牌's 劳务) weigh much.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable

# Runs of Chinese characters, or of letters and digits: a pair never spans punctuation.
_RUN_RE = re.compile(r"[\u3400-\u9fff]+|[A-Za-z0-9]+")

Vector = dict[str, float]


def bigrams(text: str | None) -> Counter:
    """Counts of the overlapping character pairs within each run of the text."""
    return Counter(run[i:i + 2] for run in _RUN_RE.findall(text or "") for i in range(len(run) - 1))


class TfIdf:
    """Inverse document frequencies learnt from a set of texts (the items being compared)."""

    def __init__(self, documents: Iterable[Counter]):
        documents = list(documents)
        self.count = len(documents)
        self.frequency: Counter = Counter(gram for doc in documents for gram in doc)
        self._idf: dict[str, float] = {}

    def idf(self, gram: str) -> float:
        """Smoothed: a pair in no document still weighs (it is rarer than any that is)."""
        weight = self._idf.get(gram)
        if weight is None:
            weight = self._idf[gram] = math.log((1 + self.count) / (1 + self.frequency.get(gram, 0))) + 1
        return weight

    def vector(self, counts: Counter) -> Vector:
        """Sublinear term frequency times idf, scaled to length 1 (empty for an empty text)."""
        weights = {gram: (1 + math.log(n)) * self.idf(gram) for gram, n in counts.items()}
        norm = math.sqrt(sum(w * w for w in weights.values()))
        return {gram: w / norm for gram, w in weights.items()} if norm else {}


def cosine(a: Vector, b: Vector) -> float:
    """0..1 for two length-1 vectors (0 where either is empty)."""
    if len(a) > len(b):
        a, b = b, a
    return sum(weight * b.get(gram, 0.0) for gram, weight in a.items())
