from banmian.enrich.dates import find_dates, infer_issue_date

ISSUE = "2024-01-20"


def values(text, issue=ISSUE):
    return [(d.text, d.value, d.precision, d.part_of_day) for d in find_dates(text, issue)]


def test_month_day_with_part_of_day_takes_the_issue_year():
    assert values("1月19日上午，市领导到城南镇调研。") == [("1月19日上午", "2024-01-19", "day", "morning")]


def test_absolute_dates_keep_their_year_and_precision():
    assert values("2019年5月建成，2021年投产，二〇二三年十二月三日验收。") == [
        ("2019年5月", "2019-05", "month", None),
        ("2021年", "2021", "year", None),
        ("二〇二三年十二月三日", "2023-12-03", "day", None),
    ]


def test_relative_years_resolve_against_the_issue():
    assert values("去年3月开工，今年以来完成投资。") == [
        ("去年3月", "2023-03", "month", None),
        ("今年以来", "2024-01-01/2024-01-20", "range", None),
    ]


def test_same_year_is_the_story_year_not_the_issue_year():
    assert values("2019年5月成立公司，同年3月通过验收。")[1] == ("同年3月", "2019-03", "month", None)


def test_that_day_and_next_day_follow_the_story():
    found = values("1月15日，项目签约。当天下午举行仪式，次日开工。")
    assert found[1] == ("当天下午", "2024-01-15", "day", "afternoon")
    assert found[2] == ("次日", "2024-01-16", "day", None)


def test_last_friday_is_in_the_week_before_the_issue():
    # 2024-01-20 is a Saturday; the Friday of the week before is 2024-01-12.
    assert values("上周五，专班召开会议。") == [("上周五", "2024-01-12", "day", None)]


def test_today_in_a_dispatch_is_the_dateline_day():
    found = values("新华社北京1月19日电 今天，会议召开。")
    assert found[-1] == ("今天", "2024-01-19", "day", None)


def test_month_day_after_the_issue_belongs_to_the_year_before():
    assert values("12月28日，项目竣工。")[0][1] == "2023-12-28"


def test_numbers_that_are_not_dates():
    assert values("一号改革工程一时难以推进，5号楼，一日三餐。") == []


def test_issue_date_is_inferred_from_the_latest_full_date():
    assert infer_issue_date(["2024年3月11日上午，开工。", "2023年底建成。"]) == "2024-03-11"
    assert infer_issue_date(["没有日期。"]) is None


def test_issue_date_is_where_the_recent_month_days_gather_not_an_older_full_date():
    # The Wenling sample's undated front page: a signing last August, this week's snow.
    page = ["2023年8月22日，城南镇政府与公司签约。", "1月19日上午，会议召开。1月22日，温岭市迎来2024年第一场雪。"]
    assert infer_issue_date(page) == "2024-01-22"


def test_a_target_year_says_nothing_of_the_issue_year():
    page = ["3月5日，会议召开。", "2025年3月3日，项目开工，力争到2030年建成。"]
    assert infer_issue_date(page) == "2025-03-05"


def test_no_issue_date_leaves_only_absolute_dates():
    assert values("去年3月，2021年5月1日。", issue=None) == [("2021年5月1日", "2021-05-01", "day", None)]


def test_evening_at_the_end_and_a_gala_is_not_an_evening():
    assert values("1月19日晚")[0][3] == "evening"
    assert values("1月19日晚会在市民中心举行。")[0] == ("1月19日", "2024-01-19", "day", None)


def test_every_word_a_date_can_begin_with_passes_the_first_character_test():
    # PATTERN tries its alternatives only at a character of _FIRST: a word left out would never be found.
    import re

    from banmian.enrich.dates import _FIRST, CONTEXT_DAYS, CONTEXT_YEARS, RELATIVE_DAYS, RELATIVE_MONTHS, RELATIVE_YEARS

    words = [*RELATIVE_YEARS, *CONTEXT_YEARS, *RELATIVE_DAYS, *CONTEXT_DAYS, *RELATIVE_MONTHS,
             "上周五", "个周一", "周一", "星期三", "礼拜天", "２０２４年", "二〇二四年", "十月"]
    assert [w for w in words if not re.match(f"[{_FIRST}]", w)] == []
    found = find_dates("上周五、这个月和１月３日，二〇二三年十月，当天", "2024-01-20")
    assert [d.text for d in found] == ["上周五", "这个月", "１月３日", "二〇二三年十月", "当天"]


def test_a_bare_day_takes_its_month_from_a_date_that_has_one():
    # 2025年 names no month: 3日 used to be 3 January.
    assert resolved("2025年，我市增长5%。3日，市长调研。", "2026-06-11")[1] == ("3日", "2026-06-03")
    assert resolved("2026年“端午诵经典·蜀风少年”主题文化活动18日至19日举行。", "2026-06-21")[1:] == [
        ("18日", "2026-06-18"), ("19日", "2026-06-19")]


def test_a_year_only_compared_with_does_not_move_the_story():
    text = "今年端午假期出入境人员较去年同期增长12.9%；单日最高峰出现在6月20日。"
    assert resolved(text, "2026-06-23")[-1] == ("6月20日", "2026-06-20")
    assert resolved("与去年同期相比增长5%。3日，市长到企业调研。", "2026-06-11")[-1] == ("3日", "2026-06-03")


def resolved(text, issue):
    return [(d.text, d.value) for d in find_dates(text, issue)]


def test_a_length_of_years_is_no_year():
    # 5000年历史 is five thousand years of history, 2500年前 two and a half millennia ago.
    assert values("汲取5000年历史积淀，1000年前的古村，2500年前，孔子周游列国，2000年的历史之久。") == []
    assert values("3000年的文明，1500年来生生不息。") == []


def test_years_before_and_around_a_year_stay_years():
    assert values("2035年前基本实现，1949年前后，1840年鸦片战争，2030年左右建成。") == [
        ("2035年", "2035", "year", None), ("1949年", "1949", "year", None), ("1840年", "1840", "year", None),
        ("2030年", "2030", "year", None)]


def test_a_length_of_years_does_not_date_a_page():
    assert infer_issue_date(["6月5日，记者来到村里。汲取5000年历史积淀。6月6日下午，活动举行。"]) is None


def test_the_end_of_a_plan_period_says_nothing_of_the_issue_year():
    # 《…行动方案（2026—2030年）》: a plan's last year, like 到2030年.
    page = ["6月12日，成都市召开会议，印发《行动方案（2026—2030年）》。", "2026年世界青年发展论坛6月14日开幕。"]
    assert infer_issue_date(page) == "2026-06-14"


def test_a_storys_dates_run_on_into_the_new_year():
    assert [v[:2] for v in values("12月31日晚，跨年活动举行，1月1日零时，新年钟声敲响。", "2024-01-02")] == [
        ("12月31日晚", "2023-12-31"), ("1月1日", "2024-01-01")]
    assert values("12月20日，市政府召开会议，要求在1月15日前完成考核。", "2023-12-21")[1][:2] == ("1月15日", "2024-01-15")


def test_a_year_in_review_stays_in_its_year():
    assert [v[:2] for v in values("1月5日，项目开工；12月20日，项目竣工。", "2024-12-25")] == [
        ("1月5日", "2024-01-05"), ("12月20日", "2024-12-20")]


def test_a_span_that_runs_to_now_leaves_the_next_bare_date_in_the_issues_year():
    assert values("此次暴雨是1961年以来最强的一次。5月24日起，新一轮降雨开始。", "2026-06-01")[1][:2] == (
        "5月24日", "2026-05-24")
    assert values("自2023年起，论坛已连续举办三届。5月21日，论坛在深圳开幕。", "2026-06-01")[1][:2] == (
        "5月21日", "2026-05-21")
    assert values("自2021年上线自动化设备以来，当年效益便提升。", "2026-06-01")[1][:2] == ("当年", "2021")


def test_a_story_that_comes_back_from_last_year_to_this_week_is_in_this_year():
    assert values("两国元首继去年10月会晤之后再次见面。5月14日，两国元首举行会谈。", "2026-05-16")[1][:2] == (
        "5月14日", "2026-05-14")
    assert values("2019年，工程开工。5月，主体完工。", "2026-06-01")[1][:2] == ("5月", "2019-05")


def test_a_day_in_chinese_numerals_without_its_month_is_a_date_where_a_day_stands():
    assert values("二十一日，会议开幕。", "2024-05-21") == [("二十一日", "2024-05-21", "day", None)]
    assert values("本月十日，会议召开。", "2024-05-21")[-1] == ("十日", "2024-05-10", "day", None)
    assert values("新华社北京二十日电 会议召开。", "2024-05-21") == [("二十日", "2024-05-20", "day", None)]
    assert values("（中央社台北十日電）會議召開。", "2024-05-21") == [("十日", "2024-05-10", "day", None)]


def test_a_length_in_days_is_no_date():
    assert values("自收到通知之日起十五日内答复，一日三餐，几十年如一日，第二十一日，二十日元。", "2024-05-21") == []


def test_a_year_of_the_republics_calendar_is_read_as_its_year():
    assert values("民國100年1月1日，建國百年慶典舉行。") == [("民國100年1月1日", "2011-01-01", "day", None)]
    assert values("民国三十八年十月一日，开国大典举行。") == [("民国三十八年十月一日", "1949-10-01", "day", None)]
    assert values("中华民国三十七年五月，行宪国大召开。民国元年。") == [
        ("民国三十七年五月", "1948-05", "month", None), ("民国元年", "1912", "year", None)]
