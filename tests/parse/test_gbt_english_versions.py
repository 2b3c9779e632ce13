"""The English versions that Chinese journals print after each GB/T 7714 reference: the authors
in pinyin, family name first (or in capitals), parted by commas with or without a space, and
"et al" glued to the comma or the title ("Zhao Liang，etal．", "Guo Xuebing,et al.AResearch").
Each is a person with a Chinese name, so that a list's hanzi reference and its English version
compare their authors. The entries are copied from reference lists in public GitHub files (the
search tool's file ids), as printed."""

from __future__ import annotations

import pytest

from archivecite import parse_citation
from archivecite.parse.result import Parsed

ENGLISH_VERSIONS = [
    (
        # file id 7409341755, reference [4] (朱安宁, 张佳宝, 陈效民, 等, 土壤学报 2003)
        "Zhu Anning,Zhang Jiabao,Chen Xiaomin,et al.Study on pedo-transfer function inFengqiu[J]"
        ".Acta Pedologica Sinica,2003,40(1):53-58.",
        [("Zhu", "Anning"), ("Zhang", "Jiabao"), ("Chen", "Xiaomin")],
        ("Study on pedo-transfer function inFengqiu", "Acta Pedologica Sinica"),
        (2003, "40", "1", "53-58"),
    ),
    (
        # file id 7051053638, reference [9] (肖白, 束洪春, 穆钢, 等, 继电器 2004)
        "Xiao Bai, Shu Hongchun,Mu Gang,et al.Study on grounding protection of distribution "
        "network based on modulus maximum theory[J]. Relay,2004, 32(10): 36-39.",
        [("Xiao", "Bai"), ("Shu", "Hongchun"), ("Mu", "Gang")],
        (
            "Study on grounding protection of distribution network based on modulus maximum theory",
            "Relay",
        ),
        (2004, "32", "10", "36-39"),
    ),
    (
        # file id 56196218463 (许烽, 宣晓华, 江道灼, 等, 电网技术 2017): family names in capitals,
        # read as a name (as "HELLER M." is read "Heller, M.")
        "XU Feng，XUAN Xiaohua，JIANG Daozhuo，et al.Study on hybrid HVDC transmission technology "
        "used for the upgrading of conventional HVDC transmission system[J].Power System "
        "Technology，2017，41(10)：3209-3216.",
        [("Xu", "Feng"), ("Xuan", "Xiaohua"), ("Jiang", "Daozhuo")],
        (
            "Study on hybrid HVDC transmission technology used for the upgrading of conventional "
            "HVDC transmission system",
            "Power System Technology",
        ),
        (2017, "41", "10", "3209-3216"),
    ),
    (
        # file id 6929300902, reference [17] (樊自立, 徐海量, 傅仪, 等, 第四纪研究 2013)
        "Fan Zili,Xu Hailiang,Fu Jinyi,et al.Study on wetland protection of TaiTeMa Lake[J]. "
        "Quaternary Sciences,2013,33(3): 594-602.",
        [("Fan", "Zili"), ("Xu", "Hailiang"), ("Fu", "Jinyi")],
        ("Study on wetland protection of TaiTeMa Lake", "Quaternary Sciences"),
        (2013, "33", "3", "594-602"),
    ),
]


@pytest.mark.parametrize(("text", "authors", "titles", "numbers"), ENGLISH_VERSIONS)
def test_pinyin_authors_of_an_english_version(
    text: str,
    authors: list[tuple[str, str]],
    titles: tuple[str, str],
    numbers: tuple[int, str, str, str],
) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert [(name.family, name.given, name.lang) for name in reference.authors] == [
        (family, given, "zh") for family, given in authors
    ]
    assert reference.title is not None
    assert reference.container_title is not None
    assert (reference.title.original, reference.container_title.original) == titles
    assert reference.date is not None
    year = reference.date.start.year
    assert (year, reference.volume, reference.issue, reference.pages) == numbers


@pytest.mark.parametrize(
    "heads",
    [
        "Pope, S. B.",  # a Latin name the GB/T frame also holds: not pinyin
        "Smith John, Brown Alan.",
    ],
)
def test_western_names_are_not_read_as_pinyin(heads: str) -> None:
    from archivecite.parse.published.gbt import _names  # noqa: PLC0415

    names = _names(heads, heads) or []
    assert all(name.lang != "zh" for name in names)


# English versions whose year the scan blurred ("2O17": a letter O for the zero): still a record,
# with the journal, volume, issue and pages, and no year (never a guessed one).
BLURRED_YEARS = [
    (
        # file id 7168376046, reference [3], as printed (OCR'd)
        "Huang Xun, You Hongliang,Yu Yang.A Review of Relation Extraction [J]. NewTechnologyof "
        "Library and Information Service,2O13 (11): 30-39",
        ("A Review of Relation Extraction", "NewTechnologyof Library and Information Service"),
        (None, "11", "30-39"),
    ),
    (
        # file id 6931311591, reference [4], as printed (OCR'd)
        "Lin Shida,Zhu Jijun.Wearable ECG monitoring system based on textile electrodes [J]."
        "Chinese Journal of Sensors and Actuators,2O17,30(6): 944-949.",
        (
            "Wearable ECG monitoring system based on textile electrodes",
            "Chinese Journal of Sensors and Actuators",
        ),
        ("30", "6", "944-949"),
    ),
    (
        # file id 7008418641, reference [38]'s English version in square brackets (OCR'd)
        "Song Wen, Chen Ying.Selectionof observed variablesand measuring indicators for the land "
        "use spatial autocorrelation analysis[J]. Journal of Arid Land Resources and "
        "Environment,2O15,29(10): 37-42.",
        (
            "Selectionof observed variablesand measuring indicators for the land use spatial "
            "autocorrelation analysis",
            "Journal of Arid Land Resources and Environment",
        ),
        ("29", "10", "37-42"),
    ),
]


@pytest.mark.parametrize(("text", "titles", "numbers"), BLURRED_YEARS)
def test_a_blurred_year_is_left_out(
    text: str, titles: tuple[str, str], numbers: tuple[str | None, str, str]
) -> None:
    result = parse_citation(text)
    assert isinstance(result, Parsed), result
    reference = result.reference
    assert reference.kind == "article"
    assert reference.title is not None
    assert reference.container_title is not None
    assert (reference.title.original, reference.container_title.original) == titles
    assert (reference.volume, reference.issue, reference.pages) == numbers
    assert reference.date is None
