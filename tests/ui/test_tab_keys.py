"""Tab keys: what the settings file keeps, read back as the tab it was."""
import pytest

from app.service import NodeKind, NodeRef
from app.ui.tab_keys import TabKey, TabKind


@pytest.mark.parametrize("key", [
    TabKey.of(TabKind.SOURCE, 12), TabKey.of(TabKind.COMPARE, 3, 7, 9), TabKey.of(TabKind.CHART),
    TabKey.of(TabKind.TABLES, 4), TabKey.of(NodeKind.SECTION, 340), TabKey.of(NodeKind.PROVINCE, "湖南省"),
    TabKey.of(NodeKind.PROVINCE, ""), TabKey.of(NodeKind.CITY, "贵州省\x1f遵义市")])
def test_every_key_reads_back_as_itself(key):
    assert TabKey.parse(str(key)) == key


def test_keys_written_by_earlier_versions_still_open_their_tab():
    assert TabKey.parse("compare:3:7") == TabKey(TabKind.COMPARE, (3, 7))
    assert TabKey.parse("tables:4").node_ref == NodeRef(NodeKind.INDICATORS, 4)
    assert TabKey.parse("chapter:9").node_ref == NodeRef(NodeKind.CHAPTER, 9)
    assert TabKey.parse("chart:None") is None  # a chart key once saved without a plan is dropped, not misread


@pytest.mark.parametrize("text", ["", ":", "section:abc", "source:1:x", "compare:-1"])
def test_a_damaged_settings_entry_restores_nothing(text):
    assert TabKey.parse(text) is None
