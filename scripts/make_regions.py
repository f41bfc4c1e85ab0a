"""Write data/regions.csv: China's prefecture-level divisions and county-level cities (县级市,
which publish plans of their own too), with the province of each and, for a county-level
city, the prefecture it belongs to.

Source: the administrative division codes of the Ministry of Civil Affairs
(中华人民共和国民政部 行政区划代码), as shipped in the MIT-licensed package cpca 0.5.5
(cpca/resources/adcodes.csv, and 56_nations.csv for the short names of 自治州).
Run once by hand when the divisions change:

    pip download --no-deps cpca==0.5.5 -d /tmp/cpca && unzip -o /tmp/cpca/*.whl -d /tmp/cpca
    python scripts/make_regions.py /tmp/cpca/cpca/resources/adcodes.csv

The app reads the CSV at run time (app/ingest/regions.py); it needs no network.
"""
import csv
import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "regions.csv"
_NOT_A_CITY = ("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划")


def short_form(city: str, nations: list[str]) -> str:
    """The name an 自治州 goes by (黔东南苗族侗族自治州 -> 黔东南州); '' for other divisions."""
    if not city.endswith("自治州"):
        return ""
    cut = min((city.find(n) for n in nations if n in city), default=-1)
    return city[:cut] + "州" if cut > 0 else ""


def main(source: str) -> None:
    nations_file = Path(source).with_name("56_nations.csv")
    nations = [n.strip() for n in nations_file.read_text(encoding="utf-8").split() if n.strip()]
    rows = list(csv.DictReader(open(source, encoding="utf-8")))
    names = {row["adcode"][:6]: row["name"] for row in rows}
    provinces = {code[:2]: name for code, name in names.items() if code[2:] == "0000"}
    cities = sorted((code, name) for code, name in names.items()
                    if code[2:4] != "00" and code[4:] == "00" and name not in _NOT_A_CITY)
    prefectures = dict(cities)
    counties = sorted((code, name) for code, name in names.items()
                      if code[4:] != "00" and name.endswith("市"))  # 县级市, not 区 or 县
    with OUT.open("w", encoding="utf-8", newline="") as out:
        out.write("# Prefecture-level divisions and county-level cities, with their provinces. Source: 民政部 "
                  "行政区划代码, via cpca 0.5.5 (MIT), resources/adcodes.csv. Made by scripts/make_regions.py.\n")
        writer = csv.writer(out)
        writer.writerow(["adcode", "city", "province", "short", "prefecture"])
        for code, name in cities:
            writer.writerow([code, name, provinces[code[:2]], short_form(name, nations), ""])
        for code, name in counties:
            writer.writerow([code, name, provinces[code[:2]], "", prefectures.get(code[:4] + "00", "")])
    print(f"{OUT}: {len(cities)} prefecture-level divisions and {len(counties)} county-level cities "
          f"in {len(provinces)} provinces")


if __name__ == "__main__":
    main(sys.argv[1])
