"""Metadata read from each bundled document, checked against the text by hand."""
import pytest

EXPECTED = {
    "heilongjiang": dict(province="黑龙江省", period="十四五", years=(2021, 2025), issuer=None,
                         doc_number=None, issued_date=None,
                         title="黑龙江省人力资源和社会保障事业发展“十四五”规划",
                         url="https://www.hlj.gov.cn/hlj/c108432/202112/c00_31188189.shtml"),
    "henan": dict(province="河南省", period="十三五", years=(2016, 2020), issuer="河南省人民政府办公厅",
                  doc_number=None, issued_date="2017-01-12",
                  title="河南省“十三五”人力资源和社会保障事业发展规划", url=None),
    "hunan": dict(province="湖南省", period="十四五", years=(2021, 2025), issuer="湖南省人民政府办公厅",
                  doc_number="湘政办发〔2021〕60号", issued_date="2021-09-27",
                  title="湖南省“十四五”人力资源和社会保障事业发展规划", url=None),
    "hubei": dict(province="湖北省", period="十四五", years=(2021, 2025), issuer="湖北省人力资源和社会保障厅",
                  issued_date="2021-09-16", title="湖北省人力资源和社会保障事业发展“十四五”规划", url=None),
    "liaoning": dict(province="辽宁省", period="十四五", years=(2021, 2025), issuer="辽宁省人民政府办公厅",
                     doc_number="辽政办发〔2021〕37号", title="辽宁省“十四五”就业和社会保障发展规划", url=None),
}


@pytest.mark.parametrize("name", EXPECTED)
def test_metadata_matches_the_document(plans, name):
    meta = plans[name].meta
    for field, value in EXPECTED[name].items():
        assert getattr(meta, field) == value, field


def test_web_page_date_is_not_taken_for_the_issue_date(plans):
    # Hubei's copy starts with the page's "今天是 2025年8月1日"; the notice is dated 2021-09-16.
    assert plans["hubei"].meta.issued_date == "2021-09-16"


def test_damaged_document_number_is_kept_as_printed_and_reported(plans):
    plan = plans["hubei"]
    assert plan.meta.doc_number == "鄂人社发〔202126"
    assert any(i.kind == "damaged_doc_number" for i in plan.issues)
