"""Rules added for the Japanese, Chinese and Cyrillic forms of the seventh and ninth held-out sets
(the people after a title, a review's book block with its price, a foreign name with its Latin
form, an edition inside a title or its imprint, Chinese names with the year between commas, a
volume's part), each with the texts that must not trip it; the real references of each form are
in ``tests/data/published_citations_forms.toml`` (forms ``cjk-people-after-title``,
``cjk-review-block``, ``cjk-name-latin``, ``cjk-title-edition`` and ``zh-head-year-comma``).
"""

from __future__ import annotations

import pytest

from tests.parse.helpers import reference_fields, single_reference

# --- a volume's part ------------------------------------------------------------------------------


def test_a_part_after_the_volume_leaves_the_volume() -> None:
    # the held-out misreading given in the brief of helper P2b (no public copy of the note found
    # in the stores): "Ч. 1" once overwrote the volume 25
    reference = single_reference("Маркс К., Энгельс Ф. Соч. Т. 25. Ч. 1. С. 5.")
    assert reference is not None
    fields = reference_fields(reference)
    assert (fields["authors"], fields["volume"], fields["locator"]) == (
        ["Маркс, К.", "Энгельс, Ф."],
        "25",
        "5",
    )
    assert reference.extra["part"] == "1"


def test_a_part_alone_is_the_volume() -> None:
    # G. A. Kumanev, 'Говорят сталинские наркомы', note 72 (homeread.net), also in the forms table
    reference = single_reference("Краткая история СССР. Ч. 2. С. 420.")
    assert reference is not None
    assert reference_fields(reference)["volume"] == "2"
    assert "part" not in reference.extra


# --- a price is never a year ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # https://pata-pon.hatenadiary.org/entry/20080714/1216037229, the book block
        "「江戸の捨て子たち」\n――その肖像――\n\n\n沢山美果子/著\n吉川弘文館 1700円(本体)",
        "「江戸の捨て子たち」 沢山美果子/著 吉川弘文館 1700円(本体)",
        "「江戸の捨て子たち」(吉川弘文館、1700円)",
    ],
)
def test_a_price_is_no_year(text: str) -> None:
    reference = single_reference(text)
    assert reference is not None
    assert reference_fields(reference)["date"] is None


# --- what the people after a title must leave alone -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a sentence goes on after the title: a particle, no imprint
        "『こころ』を読んだ",
        "「国道者」の著者は佐藤健太郎だ",
        "「これは」と著者は言う",
        "「生きる」――黒澤明の作品――を見た",
    ],
)
def test_a_sentence_after_a_title_is_refused(text: str) -> None:
    assert single_reference(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "『本』東京では著名な作品",  # 著 opening 著名 ("famous") is no role word
        "『本』山田訳文の研究、岩波書店、1990年",  # 訳 opening 訳文 ("translated text")
    ],
)
def test_a_role_character_inside_a_word_names_nobody(text: str) -> None:
    reference = single_reference(text)
    fields = reference_fields(reference) if reference is not None else None
    assert fields is None or not (fields["authors"] or fields["translators"])


def test_the_particle_no_is_dropped_only_after_a_name() -> None:
    # "ノーバート・ウィーナー(Norbert Wiener)の" (kimamanashimoblog.com, in the forms table)
    # is a name; a sentence's head ("本書の") names no one and the book alone is refused
    assert single_reference("本書の『村からみた日本史』") is None


# --- an edition inside a title ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("『第2版への序文』岩波書店、1990年", "第2版への序文"),  # the edition is not a word alone
        ("『第二版』岩波書店、1990年", "第二版"),  # nothing left without it: the title
    ],
)
def test_an_edition_word_inside_a_longer_word_stays_in_the_title(text: str, title: str) -> None:
    reference = single_reference(text)
    assert reference is not None
    fields = reference_fields(reference)
    assert (fields["title"], fields["edition"]) == (title, None)
