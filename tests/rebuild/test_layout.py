import banmian
from banmian.model import FRAGMENTS, WRAPPED, BBox, Line
from banmian.read.text import split_lines
from banmian.rebuild.layout import close_paragraph_spaces, indent_width, latin_width, read_layout, set_width, width
from banmian.rebuild.roles import classify


def layout_of(text):
    return read_layout(classify(split_lines(text)))


def test_form_is_read_from_the_page():
    assert layout_of("甲乙丙。\n\n丁戊己。\n\n庚辛。").form == FRAGMENTS
    assert layout_of("甲乙丙丁\n戊己庚辛\n壬癸。").form == WRAPPED


def test_indents_are_noticed():
    assert layout_of("\u3000\u3000甲乙丙丁\n戊己庚辛。\n\u3000\u3000壬癸子丑\n寅卯。").indents
    assert not layout_of("甲乙丙丁\n戊己庚辛。\n壬癸子丑\n寅卯。").indents


def test_latin_letters_and_digits_take_half_a_character():
    line = split_lines("增长12.6%")[0]
    assert width(line) == 2 + 2.5


def test_hanging_punctuation_is_outside_the_column():
    line = split_lines("发展成果惠及全体人民”。")[0]
    assert width(line) == 12
    assert set_width(line) == 10


# Three paragraphs in a column 16 ems wide whose first lines open on two ASCII spaces: one em.
_HALF_EM_SPACES = (
    "  甲乙丙丁戊己庚辛壬癸子丑寅卯辰\n巳午未申酉戌亥甲乙丙丁戊己庚辛壬\n癸子丑寅卯辰巳午未。\n"
    "  甲乙丙丁戊己庚辛壬癸子丑寅卯辰\n巳午未申酉戌亥甲乙丙丁戊己庚辛壬\n癸子丑寅卯辰巳午未申酉戌“丙。”\n"
    "丁戊己庚辛壬癸子丑寅卯辰巳午。\n"
    "  甲乙丙丁戊己庚辛壬癸子丑寅卯辰\n巳午未申酉戌亥甲乙丙丁戊己庚辛壬\n癸子丑寅卯辰巳午未。"
)


def test_a_text_pages_indent_is_measured_against_its_full_lines():
    assert indent_width(split_lines(_HALF_EM_SPACES)) == 1
    assert indent_width(split_lines(_HALF_EM_SPACES.replace("  甲", "\u3000\u3000"))) == 2
    assert indent_width(split_lines("\u3000\u3000甲乙丙丁\n戊己庚辛。")) == 2  # too few lines to say: two ems


def test_a_full_line_ending_on_two_marks_goes_on_where_the_indent_is_narrow():
    page = banmian.rebuild(_HALF_EM_SPACES)
    assert [len(article.paragraphs) for article in page.articles] == [3]
    assert page.articles[0].paragraphs[1].endswith("“丙。”丁戊己庚辛壬癸子丑寅卯辰巳午。")


def test_column_width_is_read_from_the_full_lines():
    text = "一二三四五六七八\n一二三四五六七八\n一二三。\n一二三四五六七八\n一二三四五六七八"
    widths = read_layout(classify(split_lines(text))).widths
    assert set(widths.values()) == {8}


def test_a_full_width_word_space_counts_an_em_of_the_lines_width_but_a_run_of_them_aligns_a_table():
    [lead, row] = split_lines("本报绍兴5月15日讯\u3000记者\u3000方\u3000圆\u30005月\n书法\u3000\u3000\u3000\u30004\u3000\u3000160")
    assert (width(lead), width(row)) == (18.0, 5.0)  # the run kept as one ASCII space, as read


def test_a_flush_pages_lead_line_set_with_full_width_word_spaces_is_full_and_runs_on():
    page = banmian.rebuild("嵊州越剧小镇迎来研学热\n本报绍兴5月15日讯\u3000记者\u3000方\u3000圆\u30005月\n"
                           "以来，嵊州越剧小镇迎来研学高峰，每天\n接待中小学生研学团队10余批次。学生们\n"
                           "在这里学唱越剧选段、体验戏服穿戴、参\n观越剧博物馆。\n")
    assert len(page.articles[0].paragraphs) == 1


def test_a_story_in_a_wider_column_keeps_its_own_width():
    narrow = ["一二三四五六七八九十甲"] * 8
    wide = ["一二三四五六七八九十甲乙丙丁"] * 8
    lines = split_lines("\n".join(narrow + wide))
    widths = read_layout(classify(lines)).widths
    assert [widths[line.number] for line in lines] == [11] * 8 + [14] * 8


def test_a_measured_line_is_as_wide_as_its_box_in_ems():
    # Spaces a PDF reader put between justified characters take no room in print.
    line = Line(number=0, text="创新企业， 完成4500余项产品", bbox=BBox(40, 0, 210, 10), font_size=10)
    assert width(line) == 17
    assert width(Line(number=1, text="一二三", indent=True, bbox=BBox(60, 0, 90, 10), font_size=10)) == 5


def _set(texts_and_tops, size=10.0):
    """Measured body lines of one column: (text, top, blank lines before)."""
    return [Line(number=n, text=text, gap_before=gap, bbox=BBox(40, top, 40 + size * len(text), top + size),
                 font_size=size) for n, (text, top, gap) in enumerate(texts_and_tops)]


def test_extra_space_above_an_unindented_line_opens_a_paragraph():
    full = "一二三四五六七八九十甲乙丙丁"
    rows = [(full, 15 * n, 0) for n in range(12)]
    rows[6] = (full, 15 * 6 + 7, 1)  # half a line more, read as a new block
    rows[7:] = [(full, 15 * n + 7, 0) for n in range(7, 12)]
    lines = close_paragraph_spaces(_set(rows))
    assert [line.gap_before for line in lines] == [0] * 12
    assert read_layout(classify(lines)).spaced == {6}


def test_a_column_top_is_no_paragraph_space():
    full = "一二三四五六七八九十甲乙丙丁"
    rows = [(full, 15 * n, 0) for n in range(12)] + [(full, 0, 1)]
    lines = close_paragraph_spaces(_set(rows))
    assert lines[-1].gap_before == 1
    assert read_layout(classify(lines)).spaced == set()


def test_lines_in_headline_type_say_nothing_of_the_column_width():
    def line(number, chars, size=9.0):
        return Line(number=number, text="中" * chars, font_size=size,
                    bbox=BBox(40, 12 * number, 40 + size * chars, 12 * number + size))

    # A decree under its two-line title: short lines (order number, signature, chapter) crowd the column.
    sizes = [(9, 21.6), (7, 27.7), (13,), (6,), (22,), (22,), (13,), (7,), (8,), (21,), (17,), (22,), (21,)]
    lines = [line(number, *size) for number, size in enumerate(sizes)]
    widths = read_layout(classify(lines)).widths
    assert widths[5] >= 21  # the second of two full lines is full, not wider than its column
    assert widths[0] == widths[2]  # a headline line takes the width beside it


def test_a_short_block_over_a_photos_credit_is_as_wide_as_its_widest_line():
    body = "\n".join(["保险基金补助等增加；社会保障和就业支出增长"] * 6) + "\n住房保障支出增长。\n\n"
    caption = "游客在湖州市安吉县上墅乡的玻璃滑\n道内滑行，体验竹林漂流。\n潘学康摄（影像中国）\n"
    story = "收到“补税”信息，及时核实处理\n" + "\n".join(["部分纳税人收到了税务部门通过短信、电话或个人所得税站内信"] * 4) + "\n"
    layout = layout_of(body + caption + story)
    assert layout.widths[6] == 21.0 and layout.widths[8] == layout.widths[9] == 16.0
    assert layout.widths[11] == layout.widths[12] == 28.0


def test_a_measured_column_too_short_to_say_is_no_narrower_than_its_widest_line():
    narrow, wide = "一二三四五六七八九十", "一二三四五六七八九十甲乙丙丁"
    rows = [(narrow, 15 * n, 0) for n in range(6)] + [(wide, 0, 1), (wide[:5], 15, 0)]
    widths = read_layout(classify(_set(rows))).widths
    assert widths[6] == widths[7] == 14  # two lines of another story's column, not the 10 borrowed beside them
    assert widths[0] == 10


def test_a_stories_first_lines_too_few_to_measure_take_the_next_columns_width_not_its_short_lines():
    # the next column holds an editor's sign-off and two subheads: its median line is short, its column is not
    text = ("文化中国行\n鼓点里的端午\n\n■ 本报记者 王海林\n"
            "\u3000\u3000端午值仲夏，时清日复长。当粽叶的清香飘来，龙舟的鼓点也\n"
            "在大江南北响起。作为端午节中极具生命力的文化符号，龙舟竞渡\n\n"
            "承载着中华民族对美好生活的向往，镌刻着代代相传的集体记忆与\n精神基因。\n"
            "\u3000\u3000以竹篾为骨，海南儋州人扎出代代相传的非遗文脉；以汗水为\n"
            "桨，甘肃高台人划出戈壁绿洲的奋进姿态；以青春为帆，山东聊城\n"
            "人劈出走向世界的破浪之路。这些各具特色的龙舟文化，共同勾勒\n"
            "出中华优秀传统文化传承创新的生动图景。\n\u3000\u3000——编 者\n\u3000\u3000海南儋州\n"
            "\u3000\u3000海上龙舟，比拼手工\n本报记者 董泽扬\n"
            "\u3000\u3000端午时节，海南儋州市光村镇泊潮村，一场别开生面的海龙舟\n巡游正在进行。\n")
    first = banmian.rebuild(text).articles[0].paragraphs[0]
    assert first.startswith("端午值仲夏") and first.endswith("龙舟竞渡承载着中华民族对美好生活的向往，镌刻着代代相传的集体记忆与精神基因。")


def test_a_stories_last_lines_atop_the_next_column_keep_the_width_of_the_column_they_come_from():
    # …凭借 / / 过硬品质与…世 / 界各国…基 / 建与…浪潮。 in 13 ems, then the next story in 17 with no blank line between
    text = ("\u3000\u3000我国工业机器人、高端工\n程机械、智能装备、新能源船\n舶等产品不断走向世界，凭借\n\n"
            "过硬品质与技术优势，受到世\n界各国青睐，深度融入全球基\n建与制造业升级浪潮。\n"
            "植树传情，让绿色见证幸福\n"
            "\u3000\u3000日前，从农田里回来，六十五岁的\n河南襄城县村民王大爷便扛起铁锹走向\n"
            "村口的荒坡，同乡亲们一道种下两百多\n棵杨树，又浇水又培土，忙到天黑才回\n家。\n")
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs == [
        "我国工业机器人、高端工程机械、智能装备、新能源船舶等产品不断走向世界，凭借"
        "过硬品质与技术优势，受到世界各国青睐，深度融入全球基建与制造业升级浪潮。"]
    assert page.articles[1].headline == ["植树传情，让绿色见证幸福"]


def test_a_stories_last_paragraphs_atop_the_next_column_keep_its_width_over_a_wider_headline():
    # 10 ems: 宾举行欢迎宴会。 / 王毅、王小洪参加上 / 述活动。 under a column's end, then a headline 14 wide
    text = ("  六月十四日晚，国家\n主席习近平在人民大会\n堂金色大厅为来访的贵\n\n宾举行欢迎宴会。\n  王毅、王小洪参加上\n"
            "述活动。\n加强新时代党的建设的根本遵循\n记者 李子越\n  办好中国的事情，关\n键在党。实现党的使命\n"
            "任务，必须把党建设得\n更加坚强有力。\n")
    page = banmian.rebuild(text)
    assert page.articles[0].paragraphs == ["六月十四日晚，国家主席习近平在人民大会堂金色大厅为来访的贵宾举行欢迎宴会。",
                                           "王毅、王小洪参加上述活动。"]
    assert page.articles[1].headline == ["加强新时代党的建设的根本遵循"]


def test_lines_longer_than_any_column_are_fragments_blank_lines_or_none():
    from banmian.model import FRAGMENTS, WRAPPED
    from banmian.rebuild.layout import form_of
    from banmian.rebuild.roles import classify
    from banmian.read.text import split_lines

    long = "本报讯（记者王小明）1月22日，记者从市住建局获悉，今年以来，我市新增公共停车位800个，缓解了老城区停车难问题。"
    assert form_of(classify(split_lines("\n".join([long, long[:30], long, long])))) == FRAGMENTS
    assert form_of(classify(split_lines("\n".join(["本报讯（记者王小明）1月22日，记", "者从市住建局获悉，今年以来，"] * 3)))) == WRAPPED


def _wrapped_counting_characters(paragraphs, column):
    """Paragraphs hard-wrapped every `column` characters, a digit counted as one, each opening on a two-em indent."""
    lines = []
    for paragraph in paragraphs:
        text = "\u3000\u3000" + paragraph
        lines += [text[start:start + column] for start in range(0, len(text), column)]
    return "\n".join(lines)


_FIGURES = ["前两个月，全市规上工业产值达到286.4亿元，同比增长11.3%，其中泵与电机产业产值98.6亿元，增长14.2%；"
            "汽摩配产业产值76.3亿元，增长12.7%，两大产业对全市工业增长的贡献率达到62.4%，拉动作用明显。",
            "1995年，高建平带着5名工人、3台旧机床办起了螺丝厂，2008年转产风电用高强度紧固件，2013年研发的"
            "10.9级风电螺栓通过国外认证，打破了进口垄断，如今产品销往32个国家和地区。",
            "转型那几年，最难的时候连工资都是东拼西凑发的。功夫不负有心人，企业终于在风电紧固件这个细分领域站稳了脚跟，"
            "成为行业里有名的“隐形冠军”，带动周边配套企业一同发展壮大。",
            "截至2月末，全省普惠小微贷款余额1.62万亿元，同比增长16.8%；加权平均利率为4.12%，较上年同期下降0.36个百分点，"
            "惠及小微企业和个体工商户186万户，其中首贷户12.4万户。",
            "今年前两个月，全省铁路累计发送旅客726万人次，同比增长6.8%；发送货物812万吨，同比增长2.1%，"
            "开行货运班列1350列，运输效率稳步提升。"]


def test_a_page_wrapped_counting_characters_sets_a_digit_an_em_wide():
    assert _latin_width_of(_wrapped_counting_characters(_FIGURES, 18)) == 1.0
    assert _latin_width_of(_HALF_EM_SPACES) == 0.5  # no digits to judge by: as type sets them
    assert _latin_width_of(_THREE_BRIEFS) == 0.5  # a few lines fill the column either way by chance


# Type sets digits half an em wide; a headline as long as the column over a flush lead, and a line left short where a
# number would not fit, fill the column as if a digit were an em
_THREE_BRIEFS = ("全市外贸进出口总额增长12.5%\n本报讯（通讯员 林　晓）记者从市商\n务局获悉，前三季度，全市进出口总\n"
                 "额1286.5亿元，增长12.5%。\n市商务局负责人介绍，将继续帮助企\n业拓市场、抢订单，推动外贸稳规模、\n优结构。\n"
                 "城南片区120户棚改居民喜迁新居\n本报讯（记者 王　强）近日，城南片\n区棚户区改造安置房项目正式交付，\n"
                 "首批一百二十户居民领到了钥匙。\n该项目总建筑面积约8.6万平方米，\n配套建设了幼儿园、社区服务中心和\n地下停车场，小区环境优美。")


def _latin_width_of(text):
    lines = split_lines(text)
    return latin_width(lines, {line.number: (width(line), set_width(line)) for line in lines})


def test_a_line_of_digits_fills_a_column_wrapped_counting_characters():
    for column in (15, 17, 19):
        page = banmian.rebuild(_wrapped_counting_characters(_FIGURES, column))
        assert [article.paragraphs for article in page.articles] == [_FIGURES]
