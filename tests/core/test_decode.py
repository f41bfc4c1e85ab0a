"""Bad or unusual input gets a clear message and loses nothing."""
import codecs

import pytest

from app.ingest import IngestError, parse_bytes
from app.ingest.decode import decode_text

TEXT = "某省“十四五”规划\n第一章 就业\n城镇新增就业 500万人以上。\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"), codecs.BOM_UTF8 + TEXT.encode("utf-8"), TEXT.encode("gb18030"), TEXT.encode("gbk"),
    TEXT.encode("utf-16"), TEXT.encode("utf-16-le"), TEXT.encode("utf-16-be"),
])
def test_common_chinese_encodings_decode_to_the_same_text(data):
    assert decode_text(data) == TEXT


@pytest.mark.parametrize("data,words", [
    (b"", "empty"), (b"   \n\t ", "empty"), (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
    (bytes([0x81, 0x20, 0xff, 0xfe, 0x80]) * 10, "neither"),
])
def test_bad_input_is_refused_with_a_clear_message(data, words):
    with pytest.raises(IngestError, match=words):
        decode_text(data, "plan.txt")


def test_file_over_the_size_limit_is_refused():
    with pytest.raises(IngestError, match="limit"):
        parse_bytes(b"x" * 2000, "big.txt", max_bytes=1000)


def test_checksum_is_of_the_bytes_as_received():
    import hashlib
    data = TEXT.encode("gb18030")
    assert parse_bytes(data, "a.txt").sha256 == hashlib.sha256(data).hexdigest()
