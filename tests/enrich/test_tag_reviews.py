"""What reviewers met running `banmian tag` on real-style news (issue 4, session 22), one sentence each."""

from banmian.enrich import article_entities, tag


def found(text):
    return [(e.text, e.type) for e in tag(text)]


def test_yu_after_a_name_in_traditional_text_is_not_part_of_it():
    # 於 is "at" here; the tagger, which reads simplified text, knew it only as the surname 於.
    assert ("李明", "PER") in found("國務院副總理李明於昨日抵達香港，出席亞洲金融論壇。")
    assert ("李家超", "PER") in found("行政長官李家超於今日上午會見訪港的新加坡總理黃循財。")
    assert found("關於林鄭月娥的報道，記者進行了核實。") == [("林鄭月娥", "PER")]

