"""Foreign names the tagger cut short or missed (session 24; bench/truth/foreign-names.json,
`python bench/enrich_bench.py foreign-names`), one sentence each, written for the test."""

from banmian.enrich import tag


def people(text):
    return [e.text for e in tag(text) if e.type == "PER"]


def test_a_foreign_name_cut_short_runs_on_to_where_a_name_ends():
    assert people("土耳其总统埃尔多安与希腊总理举行会谈。") == ["埃尔多安"]
    assert people("国务院总理致电阿娜·布尔纳比奇，祝贺她连任。") == ["阿娜·布尔纳比奇"]


def test_a_name_written_with_a_dot_gets_back_its_first_part_after_a_role():
    assert people("阿根廷气象局专家何塞·路易斯·斯特拉表示，气温偏高。") == ["何塞·路易斯·斯特拉"]


def test_a_verb_glued_to_a_foreign_name_goes():
    assert people("应托卡耶夫总统邀请，代表团出访。") == ["托卡耶夫"]


def test_a_name_the_lexicon_holds_as_a_place_is_a_person_after_a_title_and_before_a_date():
    assert people("俄罗斯总统普京29日表示，会谈富有成效。") == ["普京"]


def test_chinese_names_and_words_after_a_foreign_name_are_left_as_they_are():
    assert people("王小明多次表示，要抓好落实。") == ["王小明"]
    assert "穆瓦法克·萨尔蒂基地" not in people("导弹摧毁了位于约旦的穆瓦法克·萨尔蒂基地的系统。")


def test_a_foreign_name_the_tagger_missed_after_a_title_is_a_person():
    assert people("王室办公厅大臣翁赛维索出席开幕式。") == ["翁赛维索"]
    assert people("伊朗外长阿拉格齐通电话。") == ["阿拉格齐"]


def test_two_pieces_of_one_foreign_name_are_one_person():
    assert people("土库曼斯坦总统别尔德穆哈梅多夫表示，愿深化合作。") == ["别尔德穆哈梅多夫"]


def test_a_quoted_slogan_or_a_works_title_written_with_a_dot_is_no_person():
    assert people("茅台开展“中国茅台·国之栋梁”行动，推出“薪传·鼎新”展。") == []
    assert people("节目《满庭芳·国色》引发共鸣。") == []


def test_a_title_that_runs_on_into_the_name_is_not_cut():
    assert people("介绍法国王后玛丽·安托瓦内特的艺术风格。") == ["玛丽·安托瓦内特"]


def test_a_foreign_name_does_not_take_the_first_character_of_the_verb_after_it():
    assert people("决定将临时代办阿里埃勒·塞德曼列为不受欢迎的人。") == ["阿里埃勒·塞德曼"]
    assert people("本期“院士讲科普”邀请专家。") == []
    assert people("葡萄牙历史学家鲁伊·洛里多日前接受采访。") == ["鲁伊·洛里多"]
