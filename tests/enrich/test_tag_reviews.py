"""What reviewers met running `banmian tag` on real-style news (issue 4, session 22), one sentence each."""

from banmian.enrich import article_entities, tag


def found(text):
    return [(e.text, e.type) for e in tag(text)]


def test_yu_after_a_name_in_traditional_text_is_not_part_of_it():
    # 於 is "at" here; the tagger, which reads simplified text, knew it only as the surname 於.
    assert ("李明", "PER") in found("國務院副總理李明於昨日抵達香港，出席亞洲金融論壇。")
    assert ("李家超", "PER") in found("行政長官李家超於今日上午會見訪港的新加坡總理黃循財。")
    assert found("關於林鄭月娥的報道，記者進行了核實。") == [("林鄭月娥", "PER")]


def test_a_padded_two_character_name_is_one_name_with_offsets_into_the_text():
    text = "本报讯（记者 王 正 通讯员 李 华）昨天，全市召开安全生产会议。"
    names = tag(text)
    assert ("王 正", "PER") in [(e.text, e.type) for e in names]
    assert ("李 华", "PER") in [(e.text, e.type) for e in names]
    assert all(text[e.start:e.end] == e.text for e in names)
    assert found("责任编辑：王 正") == [("王 正", "PER")]
    # The tagger, reading 陈震, found 陈 alone.
    assert found("本期统筹：陈 震") == [("陈 震", "PER")]


def test_a_padded_name_goes_by_its_name_without_the_space():
    mentions = article_entities("出席会议的有：王 正、李 华。王正指出，要抓好落实。")
    assert [(m.text, m.canonical) for m in mentions if m.type == "PER"] == [
        ("王 正", "王正"), ("李 华", "李华"), ("王正", "王正")]


def test_with_before_a_foreign_name_is_not_part_of_it():
    assert found("习近平主席同武契奇总统举行会谈。") == [("习近平", "PER"), ("武契奇", "PER")]
    assert ("武契奇", "PER") in found("中国驻塞尔维亚大使李明同武契奇进行了交流。")
    assert ("李明", "PER") in found("中国驻塞尔维亚大使李明同武契奇进行了交流。")


def test_a_verb_before_a_body_is_not_part_of_its_name():
    assert ("市委", "ORG") in found("时任市委常委、宣传部长李明出席了活动。")
    assert all(not e.text.startswith(("时任", "前往")) for e in tag("时任市委常委、宣传部长李明出席了活动。"))


def test_a_numbered_hospital_is_named_whole():
    assert ("温岭市第一人民医院", "ORG") in found("他随后前往温岭市第一人民医院，看望伤员。")
    assert ("第一人民医院", "ORG") in found("他被送到第一人民医院抢救。")


def test_a_subdistrict_is_named_whole():
    assert found("太平街道开展垃圾分类宣传。") == [("太平街道", "LOC")]


def test_a_word_holding_a_short_place_name_is_no_place():
    # 美 is the United States in 中美; not in these words, which the gazetteer lists as places.
    assert found("美丽乡村建设让村里变得更美。") == []
    assert found("他身穿黄马甲，在美容店门口维持秩序。") == []
    assert found("为建设美丽中国增绿添彩。") == [("中国", "LOC")]
    assert found("这台65寸的大电视，就是新买的。") == []
    assert ("美国", "LOC") in found("黄岩区的柑橘和美国的美食都很有名。")
    # China's short names inside words are places, as the tagger's training text has them.
    assert found("振兴京剧艺术。") == [("京", "LOC")]


def test_broccoli_is_no_person():
    assert found("菜市场里西兰花每斤4元，比上周便宜。") == []
    assert found("他种的西兰花和包菜长势喜人。") == []
