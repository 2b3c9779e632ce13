"""The rules added for the held-out published references, each on real items of that set
(``tests/data/published_citations_holdout.toml``), one field at a time."""

from __future__ import annotations

from typing import Any

import pytest

from tests.parse.test_published import _observed

PALAU = "坂野徹 著（2019）『島の科学者 : パラオ熱帯生物研究所と帝国日本の南洋研究』,勁草書房,"
RULES: list[tuple[str, str, str, Any]] = [
    # Japanese heads: the role word after the names, the year in parentheses after them
    ("ja-head-author", PALAU + "http://id.ndl.go.jp/bib/029722983", "authors", ["坂野, 徹"]),
    ("ja-head-year", PALAU + "http://id.ndl.go.jp/bib/029722983", "date", "2019"),
    (
        "ja-head-editor",
        "今西錦司 編（1944）『ポナペ島 : 生態学的研究』,彰考書院,http://id.ndl.go.jp/bib/000000669411",
        "editors",
        ["今西, 錦司"],
    ),
    (
        "ja-head-translator",
        "ゲオルグ・ブシャン 著 , 小堀甚二 訳（1944）『南太平洋の民族と文化』,聖紀書房,"
        "http://id.ndl.go.jp/bib/000000675492",
        "translators",
        ["小堀, 甚二"],
    ),
    (
        "ja-katakana-name-is-one",
        "今村圭介, ダニエル・ロング 著（2019）『パラオにおける日本語の諸相 = The Japanese Language"
        " in Palau』,ひつじ書房,http://id.ndl.go.jp/bib/029535413",
        "authors",
        ["今村, 圭介", "ロング, ダニエル"],
    ),
    # Chinese roles: 整理 (compiled), 译 after the title or before it, 佚名 (author unknown)
    (
        "zh-compiled-by",
        "谢兴尧整理：《荣庆日记》，西安：西北大学出版社，1986年。",
        "editors",
        ["谢, 兴尧"],
    ),
    (
        "zh-translators-after-title",
        "实藤惠秀：《中国人留学日本史》，谭汝谦、林启彦译，香港：香港中文大学出版社，1982年。",
        "translators",
        ["谭, 汝谦", "林, 启彦"],
    ),
    (
        "zh-translator-in-head",
        "汉斯·摩根索，杨岐鸣等译：《国家间的政治: 为权力与和平而斗争》，商务印书馆1993年版。",
        "authors",
        ["汉斯·摩根索"],
    ),
    (
        "zh-anonymous",
        "佚名：《晚清洋务运动事类汇钞五十七种》上册，北京：全国图书馆文献缩微复制中心，1998年。",
        "authors",
        [],
    ),
    # volumes: 卷N (juan) before the publisher or before a part's title, 第N册
    ("zh-juan", "杨钟羲：《雪桥诗话续集》卷5，沈阳：辽沈书社，1991年影印本。", "volume", "5"),
    ("zh-juan-part", "《旧唐书》卷9《玄宗纪下》，北京：中华书局，1975年标点本。", "volume", "9"),
    (
        "zh-juan-before-part",
        "《太平御览》卷690《服章部七》，北京：中华书局，1985年影印本。",
        "volume",
        "690",
    ),
    (
        "zh-reign-date-is-no-publisher",
        "《清德宗实录》卷435，光绪二十四年十二月上，北京：中华书局，1987年影印本。",
        "publisher",
        "中华书局",
    ),
    (
        "zh-periodical-number-is-issue",
        "伤心人（麦孟华）：《说奴隶》，《清议报》第69册，光绪二十六年十一月二十一日，第1页。",
        "issue",
        "69",
    ),
    # kinds: a book's imprint after the second title makes a chapter; an issue, an article
    (
        "zh-chapter-in-collected-works",
        "鲁迅：《中国小说的历史的变迁》，《鲁迅全集》第9册，北京：人民文学出版社，1981年，第325页。",
        "kind",
        "chapter",
    ),
    (
        "zh-cited-page-is-locator",
        "鲁迅：《中国小说的历史的变迁》，《鲁迅全集》第9册，北京：人民文学出版社，1981年，第325页。",
        "locator",
        "325",
    ),
    (
        "zh-zai-journal-is-article",
        "王缉思：《民族与民族主义》，载《欧洲研究》，1993年第5期，第14–19页。",
        "kind",
        "article",
    ),
    (
        "zh-zai-newspaper",
        "中华人民共和国国务院新闻办公室：《新时代的中国与世界》，载《人民日报》，2019年9月28日。",
        "kind",
        "newspaper",
    ),
    (
        "zh-dated-issue-is-article",
        "汪疑今：《江苏的小农及其副业》，《中国经济》第4卷第6期，1936年6月15日。",
        "kind",
        "article",
    ),
    (
        "ja-dated-magazine-issue",
        "中川貴雄「ユーザーの目：日本電気の「MS-DOS3.1」に潜んでいたバグ」『日経パソコン』"
        "日経マグロウヒル、1986年5月5日号、pp.207-212。",
        "kind",
        "article",
    ),
    (
        "ja-nested-quotes-in-title",
        "中川貴雄「ユーザーの目：日本電気の「MS-DOS3.1」に潜んでいたバグ」『日経パソコン』"
        "日経マグロウヒル、1986年5月5日号、pp.207-212。",
        "title",
        "ユーザーの目：日本電気の「MS-DOS3.1」に潜んでいたバグ",
    ),
    # a newspaper's page: 第N版, N面; a place in parentheses after its name
    (
        "zh-newspaper-page",
        "李眉：《李劼人轶事》，《四川工人日报》1986年8月22日，第2版。",
        "pages",
        "2",
    ),
    (
        "zh-newspaper-city-and-page",
        "《上海各路商界总联合会致外交部电》，《民国日报》（上海）1925年8月14日，第4版。",
        "pages",
        "4",
    ),
    (
        "ja-newspaper-page",
        "「日電の主力パソコン、基本ソフトに欠陥。」『日本経済新聞』 1986年3月15日朝刊、31面。",
        "pages",
        "31",
    ),
    # web pages: the address ends where ASCII does; the date after it is the access date
    (
        "zh-webpage",
        "王明亮：《关于中国学术期刊标准化数据库系统工程的进展》，1998年8月16日，"
        "http://www.cajcd.cn/pub/wml.txt/980810-2.html，1998年10月4日。",
        "kind",
        "webpage",
    ),
    (
        "zh-accessed",
        "《中国对欧盟政策文件》，https://www.fmprc.gov.cn/web/ziliao_674904/tytj_674911/"
        "zcwj_674915/t1622886.shtml，访问时间：2020年12月1日。",
        "accessed",
        "2020-12-01",
    ),
    # theses: the degree is no publisher; a degree after the year still makes a thesis
    (
        "zh-thesis-institution",
        "方明东：《罗隆基政治思想研究（1913—1949）》，博士学位论文，北京师范大学历史系，2000年。",
        "publisher",
        "北京师范大学历史系",
    ),
    (
        "zh-thesis-late-degree",
        "周方银：《国际规范的演化》，清华大学2006年博士学位论文。",
        "kind",
        "thesis",
    ),
    # informal Russian: initials first, the title in quotes, commas between the parts
    (
        "ru-informal-article",
        'В.В. Цаплин, "Статистика жертв сталинизма в 30-е годы" // Вопросы истории, 1989 №4,'
        " стр. 180-181",
        "issue",
        "4",
    ),
    (
        "ru-informal-volume",
        'М. Тольц, "Итоги переписи населения СССР 1939 г. : Две проблемы адекватности" //'
        " Демографическое обозрение, том 7 № 1 (2020), стр. 100-117,"
        " https://demreview.hse.ru/article/view/10822",
        "volume",
        "7",
    ),
    (
        "ru-informal-chapter",
        'В.Б. Жиромская, "Численность населения России в 1939 г. : Поиск истины" // "Население'
        ' России в 1920-1950-е годы: Численность, потери, миграции", ИРИ РАН, М. 1994, стр. 32,'
        " 35, 38-40.",
        "kind",
        "chapter",
    ),
    (
        "ru-informal-family-names-only",
        'Андреев,Дарский,Харькова, "Население Советского Союза 1922-1991", М. Наука, 1993,'
        " стр. 30-33",
        "authors",
        ["Андреев", "Дарский", "Харькова"],
    ),
    # notes: a year alone in parentheses; publisher and place without parentheses; (eds)
    ("en-note-year-only", "Herman Ermolaev, Mikhail Sholokhov and His Art (1982)", "date", "1982"),
    (
        "en-note-publisher-place-year",
        "S. Fitzpatrick, Everyday Stalinism: Ordinary Life in Extraordinary Times, Oxford"
        " University Press: Oxford 1999.",
        "place",
        "Oxford",
    ),
    (
        "en-note-bare-imprint-locator",
        "R.V. Daniels, A Documentary History of Communism, vol. 1, I.B. Tauris: London 1985,"
        " p. 258–61.",
        "locator",
        "258-61",
    ),
    (
        "en-note-place-publisher-year",
        "Marco Polo, The Travels of Marco Polo, trans. William Marsden, Hertfordshire:"
        " Cumberland House, 1997.",
        "publisher",
        "Cumberland House",
    ),
    (
        "en-note-eds-in-parentheses",
        "J. Arch Getty and O.V. Naumov (eds), The Road to Terror: Stalin and the"
        " Self-destruction of the Bolsheviks, 1932–1939, Yale University Press: New Haven 1999.",
        "editors",
        ["Getty, J. Arch", "Naumov, O.V."],
    ),
    # a journal issue's month in its parentheses
    (
        "en-journal-month",
        "Heath B. Chamberlain, “On the Search for Civil Society in China,” Modern China, vol. 19,"
        " no. 2 (April 1993), pp. 199-215.",
        "date",
        "1993-04",
    ),
    (
        "gost-issue-month",
        "Getty J.A., Rittersporn G., Zemskov V. Victims of the Soviet Penal System in the Pre-War"
        " Years: A First Approach on the Basis of Archival Evidence // American Historical"
        " Review. 1993. Vol. 98. №4 (October). P. 1033-1034",
        "issue",
        "4",
    ),
    (
        "en-newspaper-day-without-comma",
        "Henry A. Kissinger, “Nixon’s Key Adviser on Defense,” The New York Times December 3,"
        " 1968.",
        "date",
        "1968-12-03",
    ),
    # underscores as italics; a translation in brackets after an italic title; chapters cited
    (
        "en-underscore-italics",
        "Amal'ryk, A., _Can the Soviet Union Survive until 1984?_ (1970).",
        "title",
        "Can the Soviet Union Survive until 1984?",
    ),
    (
        "en-chapters-cited",
        "Bernard Pares, _The Fall of the Russian Monarchy_ (1939), chaps. 1, 2, 6",
        "locator",
        "1, 2, 6",
    ),
    (
        "en-italic-title-translation",
        "Yabuki Keiki, *三階教之研究* [Studies on the Three Stages Movement] (Tokyo: Iwanami"
        " Shoten, 1927).",
        "title_translation",
        "Studies on the Three Stages Movement",
    ),
]


@pytest.mark.parametrize(
    ("text", "key", "value"), [r[1:] for r in RULES], ids=[r[0] for r in RULES]
)
def test_held_out_rule(text: str, key: str, value: Any) -> None:
    assert _observed(text)[key] == value
