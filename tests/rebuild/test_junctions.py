from banmian.rebuild.junctions import fragment_features, heads_a_paragraph, junction_features, runs_on


def test_a_word_cut_by_the_column_runs_on():
    assert runs_on("会议充分肯定过去一年台", "州市纪检监察工作取得的成绩。") > 0


def test_a_heading_above_a_sentence_opener_does_not_run_on():
    assert runs_on("如何破局？", "今年以来，各地加快推进") < 0
    assert runs_on("文物为证", "近年来，我市持续推进") < 0


def test_features_are_stable_buckets_of_both_sides():
    features = junction_features("研发出", "挂轨式")
    assert features == junction_features("成功研发出", "挂轨式电力")  # only the characters near the cut count
    assert features != junction_features("研发出", "挂轨")
    assert all(0 <= bucket < 1 << 18 for bucket in features)


def test_a_paragraphs_first_words_read_as_its_head():
    assert heads_a_paragraph("今年以来，我市") > 0
    assert heads_a_paragraph("回溯整个创作过程，这个故事") > 0


def test_a_heading_does_not_read_as_a_paragraphs_head():
    assert heads_a_paragraph("政策赋能：厚植产业沃土") < 0
    assert heads_a_paragraph("文物为证") < 0


def test_fragment_features_see_the_whole_fragment():
    assert fragment_features("文物为证") != fragment_features("为证")  # unlike the junction, the start counts
    assert all(0 <= bucket < 1 << 16 for bucket in fragment_features("品牌向上，发展向新"))
