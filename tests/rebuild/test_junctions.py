from banmian.rebuild.junctions import (
    ends_paragraph, fragment_features, heads_a_paragraph, junction_features, opening_features, opens_paragraph, runs_on,
    sentence_end_features,
)


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


PARAGRAPH = ("今年以来，我市坚持项目为王，全力推进重大项目建设。截至目前，全市共开工项目120个，完成投资85亿元。"
             "“项目建设是经济发展的生命线。”市发改局负责人说，下一步将继续优化服务，确保项目早建成、早见效。")


def test_a_sentence_end_reads_as_a_paragraph_end_where_the_next_sentence_opens_another():
    assert ends_paragraph(PARAGRAPH, "记者了解到，全市新开工") > 0
    assert ends_paragraph(PARAGRAPH, "其中，工业项目68个") < 0  # 其中 goes on with what was just said


def test_sentence_end_features_read_only_the_head_of_the_text_after():
    features = sentence_end_features(PARAGRAPH, "记者了解到，全市新开工项目数量创历史新高")
    assert features == sentence_end_features(PARAGRAPH, "记者了解到，全市新开工项目规模")
    assert features != sentence_end_features(PARAGRAPH[:40], "记者了解到，全市新开工项目数量创历史新高")
    assert all(0 <= bucket < 1 << 16 for bucket in features)


def test_a_paragraphs_opening_reads_as_one_and_the_rest_of_a_cut_sentence_does_not():
    assert opens_paragraph("作为科教大省，陕西近年来以秦创原平台统筹") > 0
    assert opens_paragraph("茶叶是埃塞俄比亚重要的特色农产品。20世") > 0
    assert opens_paragraph("率保持在40%以上") < 0
    assert opens_paragraph("可从感知维度、环境适应性、决策效率、安全") < 0


def test_opening_features_read_only_the_head_of_a_fragment():
    assert opening_features("作为科教大省，陕西近年来以秦创原") == opening_features("作为科教大省，陕西近年来以秦创原平台统筹")
    assert opening_features("作为科教大省") != opening_features("作为科教大省，陕西")
