"""The parser on the project's own corpus (see README.md here): no value ever placed wrongly,
no value whose column is unknown ever placed, and no total below what has been reached.

floor.json holds the totals reached; raise it when the parser gets better
(`python tests/corpus/scoring.py --json` prints them), never lower it to make a test pass.
"""
import json

import pytest

from scoring import CORPUS, score_corpus, score_document

KEYS = sorted(CORPUS.glob("*.key.json"))
FLOOR = json.loads((CORPUS / "floor.json").read_text(encoding="utf-8"))


def test_the_corpus_has_documents_of_every_format():
    formats = {json.loads(k.read_text(encoding="utf-8"))["file"].rsplit(".", 1)[1] for k in KEYS}
    assert len(KEYS) >= 10 and formats == {"txt", "docx", "html", "pdf"}


@pytest.mark.parametrize("key", KEYS, ids=[k.name.split(".")[0] for k in KEYS])
def test_no_value_is_placed_in_a_wrong_column(key):
    score = score_document(key)
    assert score.cells_wrong == 0
    assert score.unplaced_kept == score.unplaced  # a value whose column is unknown stays unplaced
    assert score.unreadable_reported == score.unreadable


@pytest.fixture(scope="module")
def total():
    return score_corpus()[1]


@pytest.mark.parametrize("field", sorted(FLOOR))
def test_totals_do_not_fall_below_what_was_reached(total, field):
    assert getattr(total, field) >= FLOOR[field], f"{field}: {getattr(total, field)} < {FLOOR[field]}"
