"""Japanese → romaji: kana built in, kanji through fugashi + unidic-lite (the ``ja`` extra).

Modified Hepburn (or Kunrei, Nihon) with ALA-LC word division and capitals. The package:

* ``tables``: the data in ``data/japanese_*.tsv`` (overrides, name words, counters, ...);
* ``tokens``: the tagger, one cached token per distinct dictionary node, readings;
* ``forms``: each character in the form the dictionary reads (說 説; simplified 产 産, and in
  a text written in simplified characters 机 機 and words like 关系 関係);
* ``readings``: readings that depend on the tokens around (one-kanji Sino-Japanese runs);
* ``dictionary``: JMdict and JMnedict (the optional ``jamdict-data``): compounds the tagger
  reads in pieces (火山灰地 Kazanbaichi), readings of people (``people``);
* ``romaji``: readings and override spellings to romaji, long-vowel styles;
* ``numbers``: numerals and their counters, volume designations, kanbun date ranges;
* ``names``: corporate names, personal names (also given names the dictionary splits,
  classical names with no), role words and name headings;
* ``words``: ALA-LC word division and capitals (also of Japanese quoted in Latin prose);
* ``romanizer``: the entry point; ``name_order`` writes a bare personal name as a catalogue
  heading (Sorimachi, Shigeo) or in text order (Ikeda Shōju).
"""

from __future__ import annotations

from archivecite.translit.japanese.names import surname_length
from archivecite.translit.japanese.romanizer import (
    NAME_ORDERS,
    NameOrder,
    clear_caches,
    personal_name,
    romanize_japanese,
)
from archivecite.translit.kana import default_long_vowels

__all__ = ["NAME_ORDERS", "NameOrder", "clear_caches", "default_long_vowels", "romanize_japanese"]
__all__ += ["personal_name", "surname_length"]
