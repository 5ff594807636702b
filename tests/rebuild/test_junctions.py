from banmian.rebuild.junctions import junction_features, runs_on


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
