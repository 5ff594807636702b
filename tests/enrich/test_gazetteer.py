"""The gazetteer's people: jieba's common words and places taken out (bench/train_ner.py gazetteer)."""

import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

from train_ner import compound_words, gazetteer_rows, listed_common_words, world_places  # noqa: E402

from banmian.enrich.entities import gazetteer  # noqa: E402


def jionlp_folder(folder: Path, **texts: str) -> Path:
    """A tiny stand-in for jionlp's dictionary folder: NAME.zip holding NAME.txt, or NAME.txt."""
    for name, text in texts.items():
        if name == "world_location":
            (folder / "world_location.txt").write_text(text, encoding="utf-8")
            continue
        with zipfile.ZipFile(folder / f"{name}.zip", "w") as archive:
            archive.writestr(f"{name}.txt", text)
    return folder


def test_common_words_are_sentiment_words_and_defined_words_that_are_no_one(tmp_path):
    folder = jionlp_folder(tmp_path, sentiment_words="吉祥\t1.5\n荣耀\t1.2\n",
                           chinese_word_dictionary="马拉松\t1.马拉松赛跑。 2.比喻长时间。\n"
                                                   "陈毅\t中国无产阶级革命家、军事家。\n"
                                                   "孔繁森\t山东聊城人，1966年加入中国共产党。\n"
                                                   "孙大圣\t1.即孙悟空。\n")
    assert listed_common_words(folder) == {"吉祥", "荣耀", "马拉松"}


def test_a_compound_is_a_common_word_and_a_character_that_ends_words_more_than_names():
    tags = {"幸福": "a", "马头": "n", "周润": "n", "王": "nr",
            "责任感": "n", "美感": "n", "使命感": "n", "墙": "n", "围墙": "n", "城墙": "n", "砖墙": "n",
            "李发": "nr", "张发": "nr", "头发": "n"}
    people = {"幸福感", "马头墙", "周润发", "王沪宁", "吉祥"}
    assert compound_words(people, tags, ratio=3, least=3) == {"幸福感", "马头墙"}


def test_world_places_are_countries_capitals_and_cities(tmp_path):
    folder = jionlp_folder(tmp_path, world_location="欧洲:\n德国\t德意志联邦共和国\t柏林\t慕尼黑/汉堡\n")
    assert world_places(folder) == {"德国", "德意志联邦共和国", "柏林", "慕尼黑", "汉堡"}


def test_jiebas_plain_people_that_are_common_words_or_world_places_are_not_people(tmp_path):
    jieba = tmp_path / "dict.txt"
    jieba.write_text("吉祥 926 nr\n王沪宁 17 nr\n慕尼黑 30 nrt\n一劳永逸 9 nr\n荣耀 493 nrt\n"
                     "哈马斯 70 nrt\n", encoding="utf-8")
    folder = jionlp_folder(tmp_path, chinese_idiom="一劳永逸\tyī láo\n", china_location="",
                           sentiment_words="吉祥\t1.5\n荣耀\t1.2\n", chinese_word_dictionary="",
                           world_location="欧洲:\n德国\t德意志联邦共和国\t柏林\t慕尼黑\n")
    rows = gazetteer_rows(jieba, folder)
    assert {word: rows.get(word) for word in ("吉祥", "王沪宁", "慕尼黑", "一劳永逸", "荣耀", "哈马斯")} == {
        "吉祥": None, "王沪宁": "PER", "慕尼黑": "LOC", "一劳永逸": None,
        "荣耀": "PER",  # nrt: a name jieba tags apart
        "哈马斯": "ORG",  # bench/bodies.txt
    }


def test_the_packaged_gazetteer_keeps_people_and_no_common_words_as_people():
    names = gazetteer()
    assert [names.get(word) for word in ("幸福感", "马拉松", "吉祥", "小树苗", "马头墙")] == [None] * 5
    assert [names.get(word) for word in ("哈马斯", "哈尔科夫", "塔里木", "巴巴多斯")] == ["ORG", "LOC", "LOC", "LOC"]
    assert [names.get(word) for word in ("王沪宁", "陈毅", "孔繁森", "马克思", "赵乐际")] == ["PER"] * 5
