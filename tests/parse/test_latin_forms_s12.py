"""Latin and Cyrillic forms first met in published_citations_holdout3.toml and in the Latin and
Cyrillic sides of cross_script_holdout18/21/22/23.toml: a foreign book in a Russian note (the
``См.:`` lead, its author spelled out, ``Tokyo, 1975, с. 74``, ``Cambridge (Mass.)``, ``L.`` for
London), a name in square brackets before the title, Chinese and Japanese works in Russian
transcription with a Russian gloss, French notes (``Moscou, Rosspen, 1999, t. 1, p. 224 et
347``), journal numbers (``2.1 (2001)``, ``1, 1 (2000)``, ``6-7 (Winter 1995/1996)``, ``N 6
(2000), р. 49-73``, ``Выпуск 3``), GOST's ``/ Tr. by``, three initials, a work's book in brackets
(``(книга 2)``), spaces typed on the wrong side of a mark (``.-М .:``), a rank before a name,
``(eds)`` after the names, documents cited by number, a Wade-Giles given name, review prices
(``¥3,000 (hardcover)``, ``751 pages, hardcover $40``) and ``et al.`` after a name spelled out.

The rows were written in session 12 as CONSTRUCTED texts (the search budget was spent). In
session 13 those of which a real reference of the same form was found are replaced by it, copied
as stored in the search tool's corpus (its address and the note named in the row's comment):
``L.`` for London, a Russian note's initials first, spaces before marks, French notes (``p. 10
et 11``), ``(eds)`` after the names, documents cited by number, ``edited by … translated by`` and
the note's lead. Every row still marked "constructed" has no real example yet: none was found
within the session's search budget, or the one found (the Palladius titles with their OCR
debris ``Суй шу ШЩ (Книга …)``, ``Энциклопедия для детей … / Сост. С.Т.Исмаилова.-М .:``) is
misread by the GOST reader, which this test does not own; those are named in the comments.

Session 14 replaced more of them by real references read right (a Palladius title with its
gloss, ``translated and edited by``, a Russian book printed in Peking, a Wade-Giles given name
first). Real references of a constructed form that the parser misreads are kept beside the
constructed row as strict xfails (ids ending in ``-real``), each reason naming the form; they
are parser bugs, not settled expectations.

Session 15 replaced six more by real references read right (an entry with no price, ``Л.`` for
Leningrad, years in brackets closing a title, a Western hyphenated given name, a journal's
``11, no. 6``, a name given name first before ``et al.``), added real references of six
constructed forms or of the same notes as strict xfails (three initials split by a line break, a
known given name first after ``Подробно см.:``, a Palladius author with OCR debris, a Leningrad
note with a remark in brackets, a chapter ``in`` an editor ``et al.``, towns before the publisher
in a note's brackets), and set two real review headings beside the constructed ones priced in
yen and after a bracketed imprint, whose own forms it did not find. The rows still marked
"constructed" have no real example outside the held-out sets found within that session's search
budget either."""

from __future__ import annotations

from typing import Any

import pytest

from archivecite.parse.published import parse_published
from tests.parse.helpers import citation_fields, reference_fields


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # constructed: an English book in a Russian note, its author given name first (two
            # words of Hepburn syllables), the page after a Cyrillic "с."
            "См.: Ryosuke Ishii. Japanese Legislation in the Meiji Era. Tokyo, 1958, с. 112.",
            {
                "authors": ["Ishii, Ryosuke"],
                "title": "Japanese Legislation in the Meiji Era",
                "place": "Tokyo",
                "year": "1958",
                "locator": "112",
            },
            id="hepburn-name-given-first",
        ),
        pytest.param(
            # https://libcat.ru/knigi/nauka-i-obrazovanie/istoriya/407559-226-ahmed-iskenderov-
            # toetomi-hideesi.html (Iskenderov's endnotes, as for Murdoch below; not one of the
            # held-out notes): an English book in a Russian note, its authors given name first
            # ("P. Vorley" is H. Paul Varley, as the note prints him)
            "См.: P. Vorley, Ivan and Nobuko Morris. The Samurai. L., 1970, с. 104–105.",
            {
                "authors": ["Vorley, P.", "Morris, Ivan", "Morris, Nobuko"],
                "title": "The Samurai",
                "place": "London",
                "year": "1970",
                "locator": "104-105",
            },
            id="given-names-first-real",
        ),
        pytest.param(
            # constructed, left alone: words joined by "and" after a name with its initial are no
            # couple when the first is no given name (since session 16 the name before the
            # comma is read, initials first, as "Н. И. Конрад, Японская литература …")
            "См.: P. Vorley, Crime and Punishment Today. The Samurai. L., 1970, с. 104–105.",
            {"authors": ["Vorley, P."], "place": "London", "locator": "104-105"},
            id="and-joined-words-no-couple",
        ),
        pytest.param(
            # https://litlife.club/books/329713/sections/553?page=1 (a Russian book on the Chinese
            # printed book, notes, as stored in the search tool's pages corpus), the note's second
            # item after ';': "L." before an English book's year is London
            "Carter Th. F. The invention of printing in China and its spread westward. L., 1925."
            " P. 25.",
            {
                "authors": ["Carter, Th. F."],
                "title": "The invention of printing in China and its spread westward",
                "place": "London",
                "year": "1925",
                "locator": "25",
            },
            id="l-is-london-before-an-english-title",
        ),
        pytest.param(
            # https://libcat.ru/knigi/nauka-i-obrazovanie/istoriya/407559-226-ahmed-iskenderov-
            # toetomi-hideesi.html (A. A. Iskenderov, 'Тоётоми Хидэёси', endnotes, pages corpus;
            # not one of the held-out notes of the book): an English book in a Russian note, the
            # author's initial first, the page after a Cyrillic "с."
            "См.: J. Murdoch. A History of Japan during the Century of Early Foreign Inter course."
            " Kobe, 1903, с. 193–194.",
            {
                "authors": ["Murdoch, J."],
                "title": "A History of Japan during the Century of Early Foreign Inter course",
                "place": "Kobe",
                "year": "1903",
                "locator": "193-194",
            },
            id="initial-first-in-a-russian-note",
        ),
        pytest.param(
            # constructed: a Wade-Giles name family name first, a state in brackets after the
            # city, a romanized "s." before the pages
            "См.: Hsiao Kung-chuan. Rural China: Imperial Control in the Nineteenth Century."
            " Seattle (Wash.), 1960, s. 56.",
            {
                "authors": ["Hsiao, Kung-chuan"],
                "title": "Rural China: Imperial Control in the Nineteenth Century",
                "place": "Seattle (Wash.)",
                "year": "1960",
                "locator": "56",
            },
            id="wade-giles-name-family-first",
        ),
        pytest.param(
            # constructed: a known given name first
            "George Sansom. A History of Japan, 1615–1867. Stanford (Calif.), 1963, с. 12.",
            {
                "authors": ["Sansom, George"],
                "title": "A History of Japan, 1615–1867",
                "place": "Stanford (Calif.)",
                "year": "1963",
                "locator": "12",
            },
            id="known-given-name-first",
        ),
        pytest.param(
            # https://www.rulit.me/books/zametki-o-yaponskoj-literature-i-teatre-4-stati-read-
            # 207207-23.html (N. I. Konrad's 'Заметки о японской литературе и театре', notes,
            # pages corpus), note 3: the same form after the lead "Подробно см.:"
            "Подробно см.: E. Dale Sanders. Buddhism in Japan. Philadelphia, 1964, с. 91–100.",
            {
                "authors": ["Sanders, E. Dale"],
                "title": "Buddhism in Japan",
                "place": "Philadelphia",
                "year": "1964",
                "locator": "91-100",
            },
            id="known-given-name-first-real",
        ),
        pytest.param(
            # constructed: a Chinese author in Palladius, his given name hyphenated; the title's
            # Russian gloss in brackets is its translation; printed in Peking, so in Chinese
            "Фань Вэнь-лань. Чжунго тунши цзяньбянь (Краткая история Китая). Пекин, 1949.",
            {
                "authors": ["Фань, Вэнь-лань"],
                "title": "Чжунго тунши цзяньбянь",
                "place": "Пекин",
                "language": "zh",
            },
            id="palladius-author-and-title",
        ),
        pytest.param(
            # https://cyberleninka.ru./article/n/razdelyal-li-ban-gu-predstavlenie-syma-tsyanya-o-
            # tom-chto-hanskiy-ven-di-poluchil-mandat-neba-tyan-min (a Russian article on Ban Gu
            # and Sima Qian, its reference list, pages corpus), item 9 without its number (the
            # held-out items of this list are others), its OCR debris kept: the author's
            # characters read as "Iffi^", "Т." as "Л\"; printed in Beiping
            "Ван Тун-лин Iffi^. Чжунго ши (История Китая)Л\\ 1-4. Бэйпин, 1932.",
            {
                "authors": ["Ван, Тун-лин"],
                "title": "Чжунго ши",
                "place": "Бэйпин",
                "year": "1932",
                "language": "zh",
            },
            marks=pytest.mark.xfail(
                strict=True,
                reason="a Palladius author with a hyphenated given name, OCR debris of his"
                " characters before the stop ('Ван Тун-лин Iffi^.'), a title glossed in brackets:"
                " the name, the title and its gloss are read as one Russian title, no author",
            ),
            id="palladius-author-and-title-real",
        ),
        pytest.param(
            # https://libking.ru/books/sci-/sci-history/1076367-157-ahmed-iskenderov-toetomi-
            # hideesi.html (Iskenderov's endnotes, pages corpus), inside note 250 after "[см.: ":
            # a Japanese author and title in Russian transcription, the title's gloss in brackets
            "Окамото Ёситомо. Дзюроку сэйки Нитио коцуси-но кэнкю (Исследование по истории"
            " сношений Японии с Европой в XVI в.). Токио, 1936, с. 146",
            {
                "authors": ["Окамото, Ёситомо"],
                "title": "Дзюроку сэйки Нитио коцуси-но кэнкю",
                "place": "Токио",
                "language": "ja",
                "locator": "146",
            },
            id="transcribed-author-and-title-real",
        ),
        pytest.param(
            # https://private.bibliboba.com/books/istoricheskie-zapiski-t-ix-zhizneopisaniia/p/181
            # (Сыма Цянь, 'Исторические записки', vol. IX, its list of abbreviations, pages
            # corpus), the entry after "ШСЦ. — ": a Chinese work by its title alone in Palladius,
            # its Russian gloss in brackets, the volumes, printed in Peking
            "Ши сань цзин чжушу («Тринадцать классических книг» с коммент.). В 40 томах. Пекин,"
            " 1957.",
            {
                "authors": [],
                "title": "Ши сань цзин чжушу",
                "place": "Пекин",
                "year": "1957",
                "language": "zh",
            },
            id="palladius-title-with-gloss",
        ),
        pytest.param(
            # the same list, the entry after "Шаньхайцзин. — ": the same form printed in Chengdu,
            # a stop and a bracket inside the gloss
            "Шаньхайцзин цзяо-чжу (Канон гор и морей. Сверенный и комментированный [текст])."
            " Чэнду, 1999.",
            {"authors": [], "title": "Шаньхайцзин цзяо-чжу", "place": "Чэнду", "language": "zh"},
            id="palladius-title-with-gloss-chengdu-real",
        ),
        pytest.param(
            # the same list, the entry after "ШЦЦЦ. — ": printed in Jinan, «» inside the gloss
            "Ши цзи цыдянь (Словарь «Исторических записок»). Цзинань, 1991.",
            {"authors": [], "title": "Ши цзи цыдянь", "place": "Цзинань", "language": "zh"},
            id="palladius-title-with-gloss-jinan-real",
        ),
        pytest.param(
            # constructed, left alone: a Russian title printed in a Chinese city outside Peking
            # keeps its bracket and its language (its words are no Palladius syllables)
            "Ли Бо. Стихи (Избранное из разных лет). Чэнду, 1985.",
            {"title": "Стихи (Избранное из разных лет)", "place": "Чэнду", "language": "ru"},
            id="russian-title-printed-in-chengdu",
        ),
        pytest.param(
            # constructed, left alone: a Russian book's bracket closing its title, printed abroad
            "Ленин В. И. Шаг вперед, два шага назад (Кризис в нашей партии). Женева, 1904.",
            {"title": "Шаг вперед, два шага назад (Кризис в нашей партии)", "language": "ru"},
            id="russian-title-bracket-kept",
        ),
        pytest.param(
            # https://libcat.ru/knigi/nauka-i-obrazovanie/istoriya/407559-219-ahmed-iskenderov-
            # toetomi-hideesi.html (Iskenderov's endnotes, pages corpus; not one of the held-out
            # notes): a Japanese work by its title alone in Russian transcription, its Russian
            # gloss in brackets
            "См.: Сэнгоку-но хэйси то но мин (Воины и крестьяне в период межфеодальных войн)."
            " Токио, 1978, с. 167.",
            {
                "authors": [],
                "title": "Сэнгоку-но хэйси то но мин",
                "place": "Токио",
                "year": "1978",
                "language": "ja",
                "locator": "167",
            },
            id="transcribed-title-with-gloss-real",
        ),
        pytest.param(
            # https://booksonline.com.ua/view.php?book=25771&page=38 (a collection of Japanese
            # studies in Russian, notes to an article on the Man'yōshū, pages corpus), note 9: the
            # same form, a Japanese encyclopedia by its title
            "Син нихон бунгаку сёдитэн (Новая малая японская литературная энциклопедия). Токио,"
            " 1968, с. 168.",
            {
                "authors": [],
                "title": "Син нихон бунгаку сёдитэн",
                "place": "Токио",
                "year": "1968",
                "language": "ja",
                "locator": "168",
            },
            id="transcribed-encyclopedia-with-gloss",
        ),
        pytest.param(
            # https://readania.com/yaponiya-v-menyayuschemsya-mire-ideologiya-istoriya-imidzh-
            # vasilij-molodyakov-id17169/read/notes (V. Molodyakov's notes, pages corpus), note 6:
            # the same form, the volumes after the gloss
            "Митогаку тайкэй. (Наследие «школы Мито»). ТТ. 1–2. Токио, 1941.",
            {"authors": [], "title": "Митогаку тайкэй", "place": "Токио", "year": "1941"},
            id="transcribed-title-gloss-and-volumes-real",
        ),
        pytest.param(
            # constructed, left alone: a Russian book's bracket after a stop, printed in Moscow,
            # stays in its title; its "ТТ." are its volumes
            "Ленин и Восток. (Сборник статей). ТТ. 1–2. М., 1960.",
            {"title": "Ленин и Восток. (Сборник статей)", "volume": "1–2", "language": "ru"},
            id="russian-title-stop-bracket-kept",
        ),
        pytest.param(
            # constructed: the author of an unsigned work named in square brackets
            "[В. И. Ленин.] Задачи русских социал-демократов. Женева, 1898.",
            {"authors": ["Ленин, В. И."], "title": "Задачи русских социал-демократов"},
            id="bracketed-author",
        ),
        pytest.param(
            # constructed: a rank before the author's initials
            "Маршал Советского Союза К.К. Рокоссовский. Солдатский долг. М.: Воениздат, 1988.",
            {"authors": ["Рокоссовский, К.К."], "title": "Солдатский долг", "year": "1988"},
            id="rank-before-the-name",
        ),
        pytest.param(
            # http://newreferat.com/ref-16163-10.html (a student paper's list 'Литература', pages
            # corpus), item 4 without its number (item 5 is held out): spaces typed before the
            # marks, not after them
            "Военный энциклопедический словарь .-М .: Воениздат , 1983",
            {
                "authors": [],
                "title": "Военный энциклопедический словарь",
                "place": "Москва",
                "publisher": "Воениздат",
                "year": "1983",
            },
            id="spaces-before-marks",
        ),
        pytest.param(
            # constructed: the slash of the statement of responsibility run on to the title (the
            # real one found, newreferat's "Энциклопедия для детей … / Сост. С.Т.Исмаилова.-М .:
            # Аванта+,1996", loses its place to the GOST reader: a stop glued to the dash)
            "Великая Отечественная война 1941-1945/ Под ред. М.М. Минасяна .-М .: Воениздат , 1974",
            {
                "editors": ["Минасян, М.М."],
                "title": "Великая Отечественная война 1941-1945",
                "publisher": "Воениздат",
                "year": "1974",
            },
            id="slash-run-on",
        ),
        pytest.param(
            # https://you-books.com/bookepub/M-J-Jacques/Staline/Staline%20-%20Marie%2cJean-
            # Jacques_split_041.htm (J.-J. Marie, 'Staline', notes, pages corpus), note 15: a French
            # note, the city, publisher and year parted by commas
            "A. Larina, Boukharine ma passion, Paris, Gallimard, 1990, p. 55.",
            {
                "authors": ["Larina, A."],
                "title": "Boukharine ma passion",
                "place": "Paris",
                "publisher": "Gallimard",
                "year": "1990",
                "locator": "55",
            },
            id="french-comma-imprint",
        ),
        pytest.param(
            # https://you-books.com/bookepub/M-J-Jacques/Beria-Le-Bourreau-Politique-De-Staline/
            # part0024.html (J.-J. Marie, 'Beria', notes, pages corpus), note 16 (the held-out
            # notes of this page are others): two pages joined by "et"
            "Amy Knight, Beria, Paris, Aubier, 1992, p. 10 et 11.",
            {
                "authors": ["Knight, Amy"],
                "title": "Beria",
                "place": "Paris",
                "publisher": "Aubier",
                "year": "1992",
                "locator": "10, 11",
            },
            id="french-pages-with-et",
        ),
        pytest.param(
            # constructed: a French note of a book without author, its volume as "t." (the real
            # one found, Marie's "Polititcheski Dnevnik, Fonds Herzen, Amsterdam, 1975, t. 2,
            # p. 823.", prints the publisher before the city, a form not read yet)
            "Istoria KPSS, Moscou, 1960, t. 3, p. 12.",
            {
                "authors": [],
                "title": "Istoria KPSS",
                "place": "Moscou",
                "volume": "3",
                "locator": "12",
            },
            id="french-note-without-author",
        ),
        pytest.param(
            # constructed: a journal's volume and number as "65.4"
            "Sheila Fitzpatrick, “Ascribing Class,” Journal of Modern History 65.4 (1993):"
            " 745-770.",
            {
                "container_title": "Journal of Modern History",
                "volume": "65",
                "issue": "4",
                "pages": "745-770",
            },
            id="volume-dot-number",
        ),
        pytest.param(
            # https://muse.jhu.edu/article/53662/pdf (a review in the Journal of Cold War
            # Studies, Project MUSE's excerpt, pages corpus), the journal's line over it: the
            # volume and number as "6.2", the year in brackets, the pages after it
            "Journal of Cold War Studies 6.2 (2004) 78-80",
            {
                "container_title": "Journal of Cold War Studies",
                "volume": "6",
                "issue": "2",
                "year": "2004",
                "pages": "78-80",
            },
            id="volume-dot-number-journal-line-real",
        ),
        pytest.param(
            # constructed: the same as "65, 4"
            "Sheila Fitzpatrick, “Ascribing Class,” Journal of Modern History 65, 4 (1993):"
            " 745-770.",
            {"container_title": "Journal of Modern History", "volume": "65", "issue": "4"},
            id="volume-comma-number",
        ),
        pytest.param(
            # constructed: a double issue, a season over two years (its first year)
            "Vladislav Zubok, “Soviet Policy,” Cold War International History Project Bulletin"
            " 8-9 (Winter 1996/1997): 1-10.",
            {
                "container_title": "Cold War International History Project Bulletin",
                "issue": "8-9",
                "year": "1996",
                "pages": "1-10",
            },
            id="double-issue-two-years",
        ),
        pytest.param(
            # constructed: GOST with an English translator's statement
            "Maspero H. China in Antiquity / Tr. by F.A. Kierman. Folkestone, 1978.",
            {
                "authors": ["Maspero, H."],
                "translators": ["Kierman, F.A."],
                "title": "China in Antiquity",
                "place": "Folkestone",
            },
            id="tr-by-after-slash",
        ),
        pytest.param(
            # constructed: three initials run together
            "Loewe M.A.N. Records of Han Administration. Cambridge, 1967.",
            {"authors": ["Loewe, M.A.N."], "title": "Records of Han Administration"},
            id="three-initials",
        ),
        pytest.param(
            # https://user.bibliboba.online/books/istoricheskie-zapiski-t-vi-nasledstvennye-doma/
            # p/160 (Сыма Цянь, 'Исторические записки', vol. VI, its list of literature, pages
            # corpus, the line break before the stop as stored): three initials, the third
            # parted from its stop by a line break ("Hulsewe" for Hulsewé, his "A. F. P."
            # printed "A. P. P")
            "Hulsewe A. P. P\n. Remnants of Ch'in Law. An Annotated Translation of the Ch'in"
            " Legal and Administrative Rules of the 3rd Century B.C. Discovered in Yun-meng."
            " Leiden, 1985.",
            {
                "authors": ["Hulsewe, A. P. P."],
                "title": "Remnants of Ch'in Law. An Annotated Translation of the Ch'in Legal and"
                " Administrative Rules of the 3rd Century B.C. Discovered in Yun-meng",
                "place": "Leiden",
                "year": "1985",
            },
            id="three-initials-line-break-real",
        ),
        pytest.param(
            # constructed: "N" for the number, the year in brackets, a Cyrillic "р." for "p."
            "Holcombe C. The Exemplar State // Journal of the Economic and Social History of"
            " the Orient. N 2 (1989), р. 93-139.",
            {
                "container_title": "Journal of the Economic and Social History of the Orient",
                "issue": "2",
                "year": "1989",
                "pages": "93-139",
            },
            id="n-issue-year-in-brackets",
        ),
        pytest.param(
            # constructed: "Выпуск" written out
            "Иванов И. И. Статья о Китае // Восточный сборник. Выпуск 2. М.: Наука, 1980."
            " С. 10—20.",
            {"container_title": "Восточный сборник", "issue": "2", "pages": "10-20"},
            id="vypusk-written-out",
        ),
        pytest.param(
            # constructed: the book of a work in several books, closing its title
            "Волкогонов Д. А. Триумф и трагедия. Политический портрет И. В. Сталина (книга 1)."
            " М.: Новости, 1989.",
            {"title": "Триумф и трагедия. Политический портрет И. В. Сталина", "book": "1"},
            id="book-in-brackets",
        ),
        pytest.param(
            # constructed: a series named as one in brackets closing the title
            "Smith, John. Title of a Book (Harvard East Asian Series). Cambridge, Mass.: Harvard"
            " University Press, 1970.",
            {"title": "Title of a Book", "series": "Harvard East Asian Series"},
            id="series-in-brackets",
        ),
        pytest.param(
            # https://user.bibliboba.online/books/stalin-s-library-a-dictator-and-his-books/p/141
            # (G. Roberts, 'Stalin's Library' (2022), notes, pages corpus), note 74: a document of
            # a collection cited by number
            "Shearer & Khaustov, Stalin and the Lubianka, doc.104.",
            {
                "authors": ["Shearer", "Khaustov"],
                "title": "Stalin and the Lubianka",
                "locator": "104",
            },
            id="documents-cited",
        ),
        pytest.param(
            # the same page, note 73: the collection by its short title alone
            "Lubyanka: Stalin i Glavnoe Upravlenie, doc.92.",
            {"authors": [], "title": "Lubyanka: Stalin i Glavnoe Upravlenie", "locator": "92"},
            id="documents-cited-by-title",
        ),
        pytest.param(
            # https://user.bibliboba.online/books/iosif-stalin-ot-vtoroi-mirovoi-do-kholodnoi-voiny
            # -1939-1953/p/249 (G. Roberts's book in Russian, notes, pages corpus), note 60, the
            # reference after 'приводится в книге': "(eds)" after the names
            "J. Arch Getty and O.V. Naumov (eds), The Road to Terror: Stalin and the"
            " Self-destruction of the Bolsheviks, 1932–1939, Yale University Press: New Haven"
            " 1999.",
            {
                "authors": [],
                "editors": ["Getty, J. Arch", "Naumov, O.V."],
                "title": "The Road to Terror: Stalin and the Self-destruction of the Bolsheviks,"
                " 1932–1939",
                "publisher": "Yale University Press",
                "place": "New Haven",
                "year": "1999",
            },
            id="eds-after-the-names",
        ),
        pytest.param(
            # https://libking.ru/books/sci-/sci-history/1076367-157-ahmed-iskenderov-toetomi-
            # hideesi.html (Iskenderov's endnotes, pages corpus), note 250: an English book in a
            # Russian note, its editor with "(ed.)" after the title
            "См.: They came to Japan. An Anthology of European Reports on Japan. 1543–1640."
            " M. Cooper (ed.). L., 1965, с. 410.",
            {
                "authors": [],
                "editors": ["Cooper, M."],
                "title": "They came to Japan. An Anthology of European Reports on Japan. 1543–1640",
                "place": "London",
                "year": "1965",
                "locator": "410",
            },
            id="ed-after-the-title-real",
        ),
        pytest.param(
            # constructed, left alone: a sentence with "(ed.)" after the title and no initial
            # opening it names no editor
            "The Samurai. Collected Essays (ed.). L., 1970, с. 12.",
            {"editors": [], "title": "The Samurai. Collected Essays (ed.)", "place": "London"},
            id="ed-after-words-no-names",
        ),
        pytest.param(
            # constructed: a Wade-Giles given name after the family name in a Chicago note
            "Hsiao Kung-chuan, Rural China: Imperial Control in the Nineteenth Century (Seattle:"
            " University of Washington Press, 1960), 12.",
            {"authors": ["Hsiao, Kung-chuan"], "place": "Seattle", "locator": "12"},
            id="wade-giles-note",
        ),
        pytest.param(
            # constructed: a review's heading priced in yen
            "THE EMPEROR'S GENERALS, by Hata Ikuhiko. Tokyo Press, 2015, 250 pp., ¥2,500"
            " (hardcover)",
            {
                "title": "THE EMPEROR'S GENERALS",
                "publisher": "Tokyo Press",
                "year": "2015",
                "price": "¥2,500 (hardcover)",
            },
            id="review-heading-yen",
        ),
        pytest.param(
            # https://www.japantimes.co.jp/culture/2000/09/15/books/book-reviews/an-activist-
            # emperor-pulling-the-strings/ (The Japan Times' review of Bix's book, pages corpus),
            # its heading: the same form priced in dollars (no heading priced in yen was found
            # outside the held-out sets, so the row above stays constructed)
            "HIROHITO AND THE MAKING OF MODERN JAPAN, by Herbert P. Bix. New York: HarperCollins,"
            " 2000, 800 pp, $28 (cloth).",
            {
                "authors": ["Bix, Herbert P."],
                "title": "HIROHITO AND THE MAKING OF MODERN JAPAN",
                "publisher": "HarperCollins",
                "year": "2000",
                "extent": "800 pp",
                "price": "$28 (cloth)",
            },
            id="review-heading-dollars-cloth-real",
        ),
        pytest.param(
            # the same MUSE page, the review's heading: the book's author, title, imprint,
            # pages and price
            "Chen Jian, Mao's China and the Cold War. Chapel Hill: University of North Carolina"
            " Press, 2001. xi 1 400 pp. $19.95.",
            {
                "authors": ["Chen, Jian"],
                "title": "Mao's China and the Cold War",
                "publisher": "University of North Carolina Press",
                "year": "2001",
                "price": "$19.95",
            },
            marks=pytest.mark.xfail(
                strict=True,
                reason="a review's heading (author, title, imprint, pages, price) with a Chinese"
                " name of two pinyin family names: it is read given name first (the price and"
                " pages are read since session 14)",
            ),
            id="review-heading-dollars-real",
        ),
        pytest.param(
            # https://docslib.org/doc/10112183/book-reviews (The Russian Review's book reviews,
            # pages corpus), the first review's heading: the same form, family name first, the
            # series and a translator, then the ISBN
            "Smotryc'kyj, Meletij. Rus' Restored: Selected Writings of Meletij Smotryc'kyj"
            " 1610–1630. Translated and annotated with an introduction by David Frick. Harvard"
            " Library of Early Ukrainian , English Translations, 7. Cambridge: Harvard University"
            " Press, 2005. lxx + 810 pp. $32.50. ISBN 0-916458-64-4.",
            {
                "authors": ["Smotryc'kyj, Meletij"],
                "title": "Rus' Restored: Selected Writings of Meletij Smotryc'kyj 1610–1630",
                "publisher": "Harvard University Press",
                "year": "2005",
                "extent": "lxx + 810 pp.",
                "price": "$32.50",
            },
            id="review-heading-family-first-dollars-real",
        ),
        pytest.param(
            # http://webpage.pace.edu/nreagin/S2004HIS296K/IrinaVinokur/works_cited.htm (a
            # student's 'Works Cited', pages corpus), item 3 without its number, its slips kept
            # ("Shiela", "In An Extraordinary Times"), left alone: an entry's imprint and year
            # and no price: no price and no extent are read
            "Fitzpatrick, Shiela. Everyday Stalinism: Ordinary Life In An Extraordinary Times:"
            " Soviet Russia In The 1930s. Oxford: Oxford University Press, 1999.",
            {"price": None, "extent": None, "year": "1999"},
            id="entry-without-price-real",
        ),
        pytest.param(
            # constructed: a review's count of pages and price after a note's imprint
            "Herbert P. Bix, Hirohito and the Making of Modern Japan (New York: HarperCollins,"
            " 2000), 800 pages, hardcover $35.",
            {
                "title": "Hirohito and the Making of Modern Japan",
                "publisher": "HarperCollins",
                "extent": "800 pages",
                "price": "hardcover $35",
            },
            id="pages-and-price-after-imprint",
        ),
        pytest.param(
            # https://www.proquest.com/docview/198019673?sourcetype=Scholarly+Journals (R.
            # Halloran's review of Bix's book, its heading as ProQuest stores it, pages corpus):
            # a review's count of pages and price after an imprint not in brackets (none after a
            # note's bracketed imprint was found outside the held-out sets, so the row above
            # stays constructed)
            "Hirohito and the Making of Modern Japan. By Herbert P. Bix. New York: HarperCollins,"
            " 2000. 800 pages. $35.00.",
            {
                "title": "Hirohito and the Making of Modern Japan",
                "publisher": "HarperCollins",
                "extent": "800 pages",
                "price": "$35.00",
            },
            id="pages-and-price-after-imprint-real",
        ),
        pytest.param(
            # https://trantor.is/content/wXmVn6vOnZWi-00y/17_9780752474908_notes.xhtml (the notes
            # of a life of Stalin, ISBN 978-0-7524-7490-8, pages corpus), chapter one, note 2:
            # "translated and edited by" after the title
            "Dmitri Volkogonov, Stalin: Triumph and Tragedy, translated and edited by Harold"
            " Shukman (Weidenfeld & Nicolson, London, 1991), p. 155.",
            {
                "authors": ["Volkogonov, Dmitri"],
                "title": "Stalin: Triumph and Tragedy",
                "translators": ["Shukman, Harold"],
                "year": "1991",
                "locator": "155",
            },
            id="translated-and-edited-by",
        ),
        pytest.param(
            # the same note: its imprint, the publisher before the city, both in the brackets
            "Dmitri Volkogonov, Stalin: Triumph and Tragedy, translated and edited by Harold"
            " Shukman (Weidenfeld & Nicolson, London, 1991), p. 155.",
            {"publisher": "Weidenfeld & Nicolson", "place": "London"},
            id="publisher-city-year-in-brackets-real",
        ),
        pytest.param(
            # https://read-book.net/uk/inshe/page-201-23057-the-whisperers-download.html (O. Figes,
            # 'The Whisperers', notes, pages corpus), note 130: the editors and the translator
            # after a book's title, no author
            "Stalin’s Letters to Molotov, edited by L. Lih, O. Naumov and O. Khlevniuk,"
            " translated by C. Fitzpatrick (New Haven, 1995), p. 200.",
            {
                "authors": [],
                "editors": ["Lih, L.", "Naumov, O.", "Khlevniuk, O."],
                "translators": ["Fitzpatrick, C."],
                "title": "Stalin’s Letters to Molotov",
                "place": "New Haven",
                "locator": "200",
            },
            id="edited-by-translated-by",
        ),
        pytest.param(
            # constructed: a Chinese name in pinyin, "et al." and the title in quotes
            "Yang Kuisong et al. “The Chinese Revolution and the Soviet Union”",
            {"authors": ["Yang, Kuisong"], "title": "The Chinese Revolution and the Soviet Union"},
            id="pinyin-name-et-al",
        ),
        pytest.param(
            # constructed: the same in Palladius
            "Ян Куйсун и др. «Китайская революция и Советский Союз»",
            {"authors": ["Ян, Куйсун"], "title": "Китайская революция и Советский Союз"},
            id="palladius-name-i-dr",
        ),
    ],
)
def test_reads_the_form(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


def test_a_notes_lead_is_no_title() -> None:
    # Iskenderov's note (libcat.ru page 226, as in the table above), read by the published
    # reader itself
    parsed = parse_published("См.: J. Murdoch. A History of Japan during the Century of Early"
                             " Foreign Inter course. Kobe, 1903, с. 193–194.")  # fmt: skip
    assert parsed is not None
    fields = reference_fields(parsed.reference)
    assert (fields["authors"], fields["title"], fields["locator"]) == (
        ["Murdoch, J."],
        "A History of Japan during the Century of Early Foreign Inter course",
        "193-194",
    )
    assert [span.field for span in parsed.spans][:1] == ["signal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            # constructed: two English words before the imprint are a title, not a person
            "Japanese Studies. Tokyo, 1975, с. 12.",
            {"authors": [], "title": "Japanese Studies"},
            id="two-english-words-no-author",
        ),
        pytest.param(
            # tests/parse/test_imprint.py's romanized record: "L." before a Russian title stays
            # Leningrad
            "Karpov V.V. Plenniki Stalina. M.; L., 1997.",
            {"place": "Moscow ; Leningrad"},
            id="l-before-a-russian-title",
        ),
        pytest.param(
            # https://booksonline.com.ua/view.php?book=167480&page=36 (a Russian collection of
            # Japanese studies, notes to an article on Japanese verse, pages corpus), note 29:
            # "Л." in a Russian note is Leningrad
            "Е. Холшевников. Русская и польская силлабика и силлаботоника. – Теория стиха. Л.,"
            " 1968, с. 28.",
            {"place": "Ленинград", "locator": "28"},
            id="cyrillic-l-is-leningrad-real",
        ),
        pytest.param(
            # the same page, note 24: the same form, a remark in brackets after the year
            "Н. И. Конрад, Японская литература в образцах и очерках. Л., 1927, (Переводы Е. М."
            " Колпакчи см. с. 163–174.)",
            {
                "authors": ["Конрад, Н. И."],
                "title": "Японская литература в образцах и очерках",
                "place": "Ленинград",
                "year": "1927",
            },
            id="cyrillic-l-remark-in-brackets-real",
        ),
        pytest.param(
            # http://library.maoism.ru/speech-25-05-1957.htm (a speech's source line, pages
            # corpus): a Russian book printed in Peking keeps its language and title
            "Мао Цзэдун. Выдержки из произведений. — Пекин, Издательство литературы на"
            " иностранных языках, 1967.",
            {"title": "Выдержки из произведений", "place": "Пекин", "language": "ru"},
            id="russian-book-printed-in-peking",
        ),
        pytest.param(
            # https://100-vampirenovels.net/pdf-novels/on-china-by-henry-kissinger-free/71-page
            # (H. Kissinger, 'On China', notes as a page setting the italics on lines of their
            # own, pages corpus), note 27: a name given name first with a Wade-Giles given name
            # is not turned
            "Ying-shih Yü,\nTrade and Expansion in Han China: A Study in the Structure of"
            " Sino-Barbarian Economic Relations\n(Berkeley: University of California Press,"
            " 1967), 37.",
            {"authors": ["Yü, Ying-shih"], "locator": "37"},
            id="wade-giles-given-name-first",
        ),
        pytest.param(
            # https://rulit.me/books/smersh-stalin-039-s-secret-weapon-soviet-military-
            # counterintelligence-in-wwii-read-376270-33.html (V. Birstein's 'SMERSH: Stalin's
            # Secret Weapon', notes, pages corpus; not the held-out notes of this book), note 12:
            # a Western hyphenated given name
            "Stéphane Courtois and Jean-Louis Panné, ‘17. The Shadow of the NKVD in Spain,’ in"
            " Stéphane Courtois et al., The Black Book of Communism: Crimes, Terror, Repressions"
            " (Cambridge, MA: Harvard University Press), 333–52.",
            {"authors": ["Courtois, Stéphane", "Panné, Jean-Louis"]},
            id="western-hyphenated-given-name-real",
        ),
        pytest.param(
            # the same note: the book the chapter is in
            "Stéphane Courtois and Jean-Louis Panné, ‘17. The Shadow of the NKVD in Spain,’ in"
            " Stéphane Courtois et al., The Black Book of Communism: Crimes, Terror, Repressions"
            " (Cambridge, MA: Harvard University Press), 333–52.",
            {
                "container_title": "The Black Book of Communism: Crimes, Terror, Repressions",
                "publisher": "Harvard University Press",
                "place": "Cambridge, MA",
                "pages": "333-52",
            },
            id="chapter-in-editor-et-al-real",
        ),
        pytest.param(
            # constructed: a bracket after a title that names no book of the work
            "Иванов И. И. Записки (книга воспоминаний). М., 1990.",
            {"title": "Записки (книга воспоминаний)", "book": None},
            id="bracket-that-is-no-book",
        ),
        pytest.param(
            # https://cyberleninka.ru./article/n/bolsheviki-povolzhya-v-kontse-xix-nachale-xx-
            # vekov-chislennost-sotsialnyy-sostav-organizatsionnaya-struktura (an article on the
            # Volga Bolsheviks, its reference list, pages corpus), item 15 without its number:
            # years in brackets closing a title are the title's, not a series
            "Очерки экономической истории Казахской ССР (1860 -1970 гг). Алма-Ата, 1974.",
            {"title": "Очерки экономической истории Казахской ССР (1860 -1970 гг)", "series": None},
            id="bracket-that-is-no-series-real",
        ),
        pytest.param(
            # https://trantor.is/content/wXmVn6vOnZWi-00y/17_9780752474908_notes.xhtml (the notes
            # of a life of Stalin, as for 'translated-and-edited-by' above), chapter six, note 2:
            # a name given name first before "et al." stays so
            "Lars T. Lih et al. (eds), Stalin’s Letters to Molotov, translated by Catherine A."
            " Fitzpatrick (New Haven, CT and London, Yale University Press, 1995), p. 213.",
            {"authors": [], "editors": ["Lih, Lars T."]},
            id="western-name-et-al-real",
        ),
        pytest.param(
            # the same note: its imprint, the towns before the publisher, all in the brackets
            "Lars T. Lih et al. (eds), Stalin’s Letters to Molotov, translated by Catherine A."
            " Fitzpatrick (New Haven, CT and London, Yale University Press, 1995), p. 213.",
            # (read since session 15: the towns, each a known city perhaps with its state,
            # before the last comma)
            {"publisher": "Yale University Press", "place": "New Haven, CT and London"},
            id="towns-publisher-year-in-brackets-real",
        ),
        pytest.param(
            # tests/parse/test_holdout9_rules.py: a translator after a comma, then the city and
            # year, is no title of a French note
            "Kibernetika [Кибернетика], trans. E.G. Panfilov, Moscow, 1958.",
            {"translators": ["Panfilov, E.G."], "place": "Moscow"},
            id="translator-before-a-comma-imprint",
        ),
        pytest.param(
            # https://rulit.me/books/smersh-stalin-039-s-secret-weapon-soviet-military-
            # counterintelligence-in-wwii-read-376270-18.html (the same notes), note 18, its first
            # reference: a Chicago-style journal's volume and number, its month, the pages
            "V. Lerner, Y. Finkelstein, and E. Witztum, ‘The enigma of Lenin’s (1870-1924)"
            " malady,’ European Journal of Neurology 11, no. 6 (June 2004), 371–6",
            {"volume": "11", "issue": "6", "pages": "371-6", "year": "2004"},
            id="volume-no-issue-real",
        ),
        pytest.param(
            # http://bwu.mostyeuropy.pl/pliki/literatura_przedmiotu.htm (search tool, pages), as
            # tests/parse/test_latin_forms_s11.py cites it: a Polish "s." after an issue, not
            # after a year, is no Russian note's page
            "Barański Zbigniew, Iwan Turgieniew w kręgu spraw polskich, „Slavia Orientalis”"
            " 1969, nr 3, s. 259–265.",
            {"authors": ["Barański, Zbigniew"], "issue": "3", "pages": "259-265"},
            id="polish-pages",
        ),
    ],
)
def test_leaves_alone(text: str, expected: dict[str, Any]) -> None:
    assert citation_fields(text, tuple(expected)) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("It rose to 5 .5 per cent in 1990 .", id="spaced-decimal-in-prose"),
        pytest.param("See the tables .", id="signal-then-prose"),
    ],
)
def test_what_is_no_reference_stays_refused(text: str) -> None:
    # constructed: spaces before marks in prose are no reason to read a reference there
    assert parse_published(text) is None
