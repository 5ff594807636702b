"""Stage 1: what each line is on its own, before any context is looked at."""

from __future__ import annotations

import itertools
import re

from banmian.model import Line, Unit, display_type
from banmian.rebuild import patterns
from banmian.rebuild.layout import uses_indents
from banmian.rebuild.lexicon import columns

ROLES = ("text", "furniture", "jump", "credit", "byline")


def classify(lines: list[Line]) -> list[Unit]:
    """One unit per line, with the role its own text shows (and, at the page's top, its neighbours)."""
    units = [Unit((line,), role_of(line.text), line.text) for line in lines]
    body = _median_size(units)
    return _folk_credits_under_verses(_dispatch_labels(_contacts_over_imprint(_contacts_at_foot(_office_at_foot(_makers_under_captions(_listed_units(_lawyers_at_foot(_standing_hotlines(_phone_rows_under_prose(_hotline_boxes(_phone_boxes(_contacts_among_fields(_table_sources(_mailboxes_under_calls(_weather_box_tails(
        _almanac_box(_groups_listed(_public_service_ads(_pull_quotes(_folios(_index_box(_page_foot(_page_top(_set_off_credits(
            _photo_reports_under_headlines(_bylines_inside_brackets(_indented_bylines_opened_paragraphs(
                _forecast_rows_go_on(_forecast_days(units))))), body), body), body)))))))))))))))))))))))


def _contacts_over_imprint(units: list[Unit]) -> list[Unit]:
    """The paper's telephone and fax on a line right over its imprint (电话：…　传真：… / …报社　地址：…　邮编：…) are furniture
    with it, as the page's foot."""
    return [Unit(unit.lines, "furniture", unit.text)
            if unit.role == "text" and _PHONE_AND_FAX.match(unit.text) and index + 1 < len(units)
            and units[index + 1].role == "furniture" and "报社" in units[index + 1].text and "地址" in units[index + 1].text
            else unit
            for index, unit in enumerate(units)]


_PHONE_AND_FAX = re.compile(r"^(?:电话|热线)[:：]\s*[\d（）()—－-]{7,20}\s+传真[:：]\s*[\d（）()—－-]{7,20}$")


def _folk_credits_under_verses(units: list[Unit]) -> list[Unit]:
    """A folk song's credit (演唱：马占福, 搜集整理：海　燕) is its byline only under its verses, three short lines or more
    stopped by their marks right above the credits (its note between them), closing the song (no note nor prose under
    them: 注：…), or under the song's title over such verses; under a programme's item (2.《茉莉花》 / 演唱：李晓梅), a talk's
    fields or a tale's prose it is the text's.  So is a lyricist's line (庄文山　词) under anything but a title."""
    out = list(units)
    for index, unit in enumerate(units):
        if unit.role == "byline" and patterns.lyricist(unit.text) and not (index and _title_like(units[index - 1].text)):
            out[index] = Unit(unit.lines, "text", unit.text)  # 庄文山　词 under prose: a feature quoting the song
            continue
        if not folk_song_credit(unit):
            continue
        first = index
        while first > 0 and patterns.FOLK_SONG_CREDIT.match(units[first - 1].text):
            first -= 1
        last = index
        while last + 1 < len(units) and patterns.FOLK_SONG_CREDIT.match(units[last + 1].text):
            last += 1
        if first > 0 and patterns.song_note(units[first - 1].text):
            first -= 1  # … / 君仔返来食团圆汤。 / 注：本曲采用【长滚】门头… / 演唱：…: the song's note over its credits
        below = units[last + 1] if last + 1 < len(units) else None
        after = below.text if below else ""
        # (nor over a note, 注：…, nor over prose going on: a song quoted in a feature, its singer named under it, …
        # / 演唱：蓝秀英 / 一曲唱罢，掌声四起。 or 　　唱罢，老人笑着说：…)
        noted = after.startswith(("注", "（注")) or "。" in after or below is not None and bool(below.lines[0].indent)
        # (or under the song's title, over its verses: 送粮谣 / 演唱：刘凤霞 / 搜集整理：孙立民 / 腊月里来雪花飘， / …)
        # (its first part's number or tune in brackets between: 花儿两首 / 演唱　马金花 / … / （一） / 红柳滩上的沙梁梁，)
        opens = last + 2 if below is not None and patterns.SONG_PART.match(after) else last + 1
        titled = (first > 0 and _song_title(units[first - 1].text)
                  and _verses_below(units[opens:opens + _VERSES_OVER_CREDIT]))
        if not titled and (noted or not _verses_below(units[max(0, first - _VERSES_OVER_CREDIT):first])):
            out[index] = Unit(unit.lines, "text", unit.text)
    return out


def folk_song_credit(unit: Unit) -> bool:
    """Is this byline a folk song's credit (演唱：马占福, 搜集整理：海　燕)?"""
    return unit.role == "byline" and unit.text[:1] in patterns.FOLK_SONG_ROLES and patterns.FOLK_SONG_CREDIT.match(unit.text) is not None


def _verses(units: list[Unit]) -> bool:
    """Are these three short lines, none a field (时间：…, 主讲人：…) or a programme's item, a song's verses (a work song's
    lead and chorus among them: 领：伙计们——加把劲哟！ / 合：嗨哟！)?"""
    return len(units) == _VERSES_OVER_CREDIT and all(unit.role == "text" and len(unit.text) <= _VERSE_LINE
                                                     and unit.text[0] not in "《0123456789"
                                                     and "：" not in _SUNG_BY.sub("", unit.text, count=1)
                                                     for unit in units)


_SUNG_BY = re.compile(r"^(?:领|合|男|女|齐)[:：]")  # who sings the line in a work song or a duet


def _verses_below(units: list[Unit]) -> bool:
    """…each ending on a verse's mark (腊月里来雪花飘，), as a song's do (a poem's unstopped lines over 演唱：李晓梅 are
    set to music: the singer named in its text)?"""
    return _verses(units) and all(unit.text[-1] in "，。；！？、" for unit in units)


_VERSES_OVER_CREDIT = 3
_VERSE_LINE = 16  # characters


def _dispatch_labels(units: list[Unit]) -> list[Unit]:
    """A dispatches column's label (乡镇传真, 县区传真) over a titled brief (松溪镇：有机大米订单突破500吨) names the column its
    briefs stand in, each a story of its own: furniture, no one story's kicker.  Over untitled items (■乡镇传真 / ●西坪镇
    近日…) it titles the box they make."""
    return [Unit(unit.lines, "furniture", unit.text)
            if unit.role == "text" and _DISPATCHES.match(patterns.unglossed(unit.text).replace(" ", "")) and index + 1 < len(units)
            and _titles_a_brief(units[index + 1]) else unit for index, unit in enumerate(units)]


def _titles_a_brief(unit: Unit) -> bool:
    """Is this line a brief's title: short, no sentence in it, a place's name and its colon first, or no mark?"""
    text = unit.text.strip()
    return (unit.role == "text" and not unit.lines[0].indent and len(text) <= _BRIEF_TITLE
            and not _SENTENCE_MARKS.intersection(text)
            and (text[0] not in patterns.BRIEF_MARKS or "：" in text[:_PLACE_AND_COLON]))


# 乡镇传真, 县市·团场传真, ■各地传真 (ས་གནས་གསར་འཕྲིན།　县域传真: read by its Chinese)
_DISPATCHES = re.compile(r"^[■●◆▲]?[\u4e00-\u9fff·]{2,6}传真$")
_BRIEF_TITLE = 24  # characters
_PLACE_AND_COLON = 8  # characters: ■武义：…, 马莲滩镇：…


def _office_at_foot(units: list[Unit]) -> list[Unit]:
    """The paper's office and its address (澄江航运报社　地址：…　电话：…) beside the page's foot lines is furniture too; under
    a notice or an advert it is whom to write to, their text."""
    return [Unit(unit.lines, "furniture", unit.text)
            if unit.role == "text" and _OFFICE_ADDRESS.match(unit.text)
            and (index and units[index - 1].role == "furniture" or index + 1 < len(units) and units[index + 1].role == "furniture")
            else unit for index, unit in enumerate(units)]


def _contacts_at_foot(units: list[Unit]) -> list[Unit]:
    """The paper's or the page's own contacts in its last lines are furniture, no story's text however they follow one: the
    page's phone (民俗文化版联系电话：…) or its advertising desk's (刊登遗失声明请到本报广告部办理　电话：…) anywhere there, and
    an address (地址：…　邮编：…) or the page's call for pieces (本版常年征集…来稿请寄本报文化部。) under the page's editors'
    line or over its printer's (a notice's or an advert's own address ends its text)."""
    out = list(units)
    for index in range(len(units) - 1, -1, -1):
        unit = units[index]
        if unit.role == "furniture":
            continue
        under_editors = index > 0 and units[index - 1].role == "furniture" and patterns.EDITOR_START.match(
            units[index - 1].text.strip()) is not None
        over_imprint = index + 1 < len(units) and units[index + 1].role == "furniture" and units[index + 1].text.startswith(
            _IMPRINT_OPENS)
        if unit.role != "text" or not (_PAGES_OWN_CONTACT.match(unit.text)
                                       or (under_editors or over_imprint) and _FOOT_CONTACT.match(unit.text)):
            break
        out[index] = Unit(unit.lines, "furniture", unit.text)
    return out


_PAGES_OWN_CONTACT = re.compile(rf"^[{patterns.CJK}]{{2,10}}版联系电话\s*[:：]"
                                rf"|^刊登[{patterns.CJK}]{{2,8}}请(?:到|至)本报[{patterns.CJK}]{{0,6}}部[{patterns.CJK}]{{0,4}}\s+电话\s*[:：]\s*[\d－-]+$")
_IMPRINT_OPENS = ("印刷", "定价")
_FOOT_CONTACT = re.compile(rf"^地址\s*[:：]\S+\s+(?:邮编|邮政编码)\s*[:：]\s*\d{{6}}|^本版(?:长期|常年)?(?:征集|征稿)[^。]*来稿请寄本报")


# (a media centre's imprint too, naming it the publisher, or the printer: 澄洋县融媒体中心出版　地址：…, …报社出版　印刷：…;
# not …融媒体中心　地址：…, a notice's own address)
_OFFICE_ADDRESS = re.compile(rf"^[{patterns.CJK}]{{2,16}}(?:报社(?:出版)?|(?:融媒体中心|传媒中心)出版)\s+(?:地址|印刷)\s*[:：]")


def _makers_under_captions(units: list[Unit]) -> list[Unit]:
    """An artwork's maker credited as its author under its caption (泖河春涨（中国画） / 画家以泼墨写…意境悠远。 / 作者　沈德昌)
    is the picture's credit: under a title and one sentence-ending paragraph of a few lines, nothing else between, or
    under the work named by its art (书法　行书刘禹锡《秋词》).  Under an essay's or a poem's title (作者　王德明 /
    六月的荷塘，…) the same line names the writer."""
    out = list(units)
    for index, unit in enumerate(units):
        if unit.role == "furniture" or unit.text[:2] != "作者" or not _MAKER.match(unit.text):
            continue
        if index and units[index - 1].role == "text" and (_ARTWORK.search(units[index - 1].text)
                                                          or patterns.artwork_caption(units[index - 1].text)
                                                          or patterns.script_caption(units[index - 1].text)):
            out[index] = Unit(unit.lines, "credit", unit.text)  # 书法　行书刘禹锡《秋词》 / 作者　赵砚农: the work named
            # (or its script: 行书　杜甫《春夜喜雨》 / 作者　于振和)
            # (or measured: 68厘米×136厘米 / 作者：炼钢厂　柴德明)
            continue
        caption = list(itertools.takewhile(lambda k: units[k].role == "text" and not _title_like(units[k].text),
                                           range(index - 1, max(-1, index - 1 - _CAPTION_LINES), -1)))
        title = caption[-1] - 1 if caption else -1
        if (caption and title >= 0 and units[title].role == "text" and _title_like(units[title].text)
                and patterns.ends_sentence(units[index - 1].text)
                and sum(len(units[k].text) for k in caption) <= _CAPTION_CHARACTERS
                and not any(units[k].lines[0].indent for k in caption[:-1])):
            out[index] = Unit(unit.lines, "credit", unit.text)
    return out


def _title_like(text: str) -> bool:
    return len(text) <= _TITLE_CHARACTERS and not _SENTENCE_MARKS.intersection(text)


def _song_title(text: str) -> bool:
    """A song's title, two phrases perhaps parted by a comma (三月三，阿哥阿妹来相会), not a sentence's clause (…还会唱，)."""
    return _title_like(text.replace("，", "", 1)) and not text.endswith("，")


# 书法　行书刘禹锡《秋词》, 国画《橘乡》, 《汉水长流》（行书）: a work named by its art or its script (not 油画《父亲》背后的故事:
# an essay's title)
_ARTWORK = re.compile(r"^(?:书法|国画|中国画|篆刻|油画|水彩|版画|剪纸|漫画)(?:\s|《[^《》]+》$)"
                      r"|[（(](?:书法|国画|中国画|篆刻|油画|水彩|版画|剪纸|行书|楷书|隶书|草书|篆书)[）)]$")
# 作者　赵砚农, 作者：炼钢厂　柴德明: the maker, perhaps after the unit he works in
_MAKER = re.compile(r"^作者(?:\s+|[:：]\s*)(?:[\u4e00-\u9fff]{1,11}(?:厂|部|局|处|科|室|院|所|校|站|队|司|馆|中心|车间|协会)\s+)?"
                    r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}$")
_CAPTION_LINES = 8  # printed lines of an artwork's caption, at most
_CAPTION_CHARACTERS = 160
_TITLE_CHARACTERS = 20


def _listed_units(units: list[Unit]) -> list[Unit]:
    """Units and names a line each under a sentence ending on its colon (名单如下： / 瓯宁市实验学校　王　芳 / 瓯宁市特殊
    教育学校　陈　静), perhaps under the heads of the list's columns (值班安排如下： / 值班单位　值班负责人 / 中心粮库　王　强),
    or under a list's title (评委名单): a list in the text, where the same lines under a piece's title or its last sentence
    sign it."""
    def listed(index: int) -> bool:
        unit = units[index]
        return unit.role == "byline" and (patterns.UNIT_CREDIT.match(unit.text) is not None
                                          or patterns.regiment_signer(unit.text) is not None)

    out = list(units)
    in_list = False
    for index, unit in enumerate(units):
        # (three such lines in a row are a list under a title: 一等奖获得者名单 / 则普乡中心校　海来阿卓 / …; under a sentence's
        # end they are writers signing together: …接种流感疫苗。 / …中心　周　立 / …医院　张　伟 / …)
        in_list = listed(index) and (in_list or index > 0 and _heads_list(units, index - 1)
                                     or index + 2 < len(units) and listed(index + 1) and listed(index + 2)
                                     and index > 0 and not patterns.ends_sentence(units[index - 1].text))
        if in_list:
            out[index] = Unit(unit.lines, "text", unit.text)
    return out


def _heads_list(units: list[Unit], index: int) -> bool:
    text = units[index].text.strip()
    return (text[-1] in "：:" or patterns.list_title(text)
            or index > 0 and units[index - 1].text.strip()[-1] in "：:" and _COLUMN_HEADS.match(text) is not None)


_COLUMN_HEADS = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:\s+[\u4e00-\u9fff]{2,6}){1,3}$")  # 值班单位　值班负责人


def _forecast_days(units: list[Unit]) -> list[Unit]:
    """A multi-day forecast's days (11月19日　星期三　小雪转多云　-3℃～2℃…, 15日（周五）　阴转小雨…), another day a line or
    two away, are a titled box's text; under the page's bare weather label (天气预报 / 7月22日　雷阵雨　24℃～32℃…) or a
    place's or a time's (峪川天气, 未来三天天气 / 10日　多云　-30℃～-18℃) they are its weather box, furniture, the label
    with them; a day's weather alone in a page's ear (19日　多云　2℃～9℃) stays furniture."""
    days = [patterns.forecast_day(unit.text) for unit in units]

    def among_days(index: int) -> bool:
        return any(days[max(0, index - _DAYS_APART):index] + days[index + 1:index + 1 + _DAYS_APART])

    def weather_label(index: int) -> int | None:
        told = units[index].text.endswith("。")  # 4日（星期四）：多云到阴，…。: a weather page's forecast, its text
        while index > 0 and days[index - 1]:
            index -= 1
        label = units[index - 1] if index > 0 else None
        if label is not None and (label.role == "furniture" and _WEATHER_LABEL.match(label.text) is not None
                                  or label.role == "text" and not told and _PLACE_WEATHER.match(label.text) is not None):
            return index - 1  # 天气预报, or a place's or a time's weather box, 峪川天气, 未来三天天气, 本周农业天气
        return None
    out = list(units)
    for index, unit in enumerate(units):
        if not (days[index] and among_days(index)):
            continue
        label = weather_label(index) if unit.role in ("furniture", "text") else None
        if label is not None:
            out[label] = Unit(units[label].lines, "furniture", units[label].text)
            out[index] = Unit(unit.lines, "furniture", unit.text)
        elif unit.role == "furniture":
            out[index] = Unit(unit.lines, "text", unit.text)
    return out


_WEATHER_LABEL = re.compile(r"^(?:今日|明日|本市)?天气预报$")  # a box's label alone, the page's own: its days are too


def _forecast_rows_go_on(units: list[Unit]) -> list[Unit]:
    """A forecast box's row printed over two lines (11月23日　星期日　多云　-3℃～6℃ / 南风2级) goes on into its wind:
    text, where the same wind alone in a page's weather ear is furniture."""
    out = list(units)
    for index in range(1, len(units)):
        unit, above = units[index], units[index - 1]
        if (unit.role == "furniture" and not unit.gap_before and above.role == "text" and above.text[0].isdigit()
                and patterns.FORECAST_DAY.match(above.text) and _WIND.match(unit.text)):
            out[index] = Unit(unit.lines, "text", unit.text)
    return out


def _lawyers_at_foot(units: list[Unit]) -> list[Unit]:
    """A lawyer's name with the firm after it (律师　斯琴高娃（内蒙古正泽律师事务所）), alone under the last sentence of a
    column's answer, signs it; lawyers listed one a line (…以下律师到场解答： / 律师　张　伟（…） / 律师　李秀英（…）) are
    the text's."""
    lawyers = [unit.role == "text" and unit.text[-1] in "）)" and patterns.LAWYER_SIGNER.match(unit.text) is not None
               for unit in units]
    return [Unit(unit.lines, "byline", unit.text)
            if lawyers[index] and index > 0 and patterns.ends_sentence(units[index - 1].text)
            and not lawyers[index - 1] and not (index + 1 < len(units) and lawyers[index + 1])
            else unit for index, unit in enumerate(units)]


def _standing_hotlines(units: list[Unit]) -> list[Unit]:
    """A line of one standing number named by its field, or a call to ring it (发现火情　请拨打119), alone under a piece's
    last sentence, its source, its credit or its writer's line (…心里踏实。 / 科普热线：025-83660721, …摄 / 涉税举报电话：
    0716-85263120), is the page's furniture, and so is a watchword slogan over a box's label (`_slogan_over_heading`); not a contact field (咨询电话：…, 服务热线：…, 订餐热线：…), nor a number in a
    notice, an advert or a call titled above it, nor one over a notice's fields, closing words, issuer or date, nor one a
    story points to (…可拨打下面的电话咨询。)."""
    out = list(units)
    for index in range(1, len(units)):
        unit, above = units[index], out[index - 1]  # a hotline under a hotline stands as it does
        if (unit.role == "text" and (("热线" in unit.text or "电话" in unit.text) and _standing_hotline(unit.text)
                                     # (short numbers only, under a tip: 火警电话：119　急救电话：120 closes the box; its
                                     # printed lines are units here)
                                     and (_LONG_NUMBER.search(unit.text) or not any(
                                         patterns.in_a_circle(tip.text[:1]) for tip in units[max(0, index - _TIP_LINES):index]))
                                     or _CALL_SLOGAN.match(unit.text) is not None)  # 发现火情　请拨打119
                and (above.role in ("credit", "byline", "furniture") or patterns.worker_signer(above.text)  # …农艺师　马春生
                     or (patterns.ends_sentence(above.text) or patterns.SOURCE_CLOSES.search(above.text)
                         or patterns.closing_credit(above.text)  # …以上。 / （记者 葛文涛） / 农信服务热线：96078
                         # …使用方法。　实习生　刘子涵　摄 / 健康咨询热线：…　预约挂号请关注…: the page's line of two
                         # (one number under a caption may be the story's: 可拨打以下热线： / caption / 心理援助热线：…)
                         or " " in unit.text and patterns.run_in_credit(above.text))
                     and not _NUMBER_BELOW.search(above.text))
                and not _over_issuer(units, index) and not _under_notice_title(units, index)
                and not (index + 1 < len(units) and _notice_goes_on(units[index + 1].text))
                # (a number said to answer round the clock, 举报热线：…　全天24小时受理, under a story's last sentence is
                # the story's: the page's own stands under a credit closing the piece above, ●…（通讯员 梁　晨）)
                and ("受理" not in unit.text or unit.text.startswith("本报") or above.role in ("credit", "byline", "furniture")
                     or patterns.closing_credit(above.text) is not None)):
            out[index] = Unit(unit.lines, "furniture", unit.text)
        elif (unit.role == "text" and _slogan(unit.text) and _slogan_over_heading(units, index)
              and (_WATCHWORD_SLOGAN.match(unit.text) or len(units[index + 1].text) <= _BOX_LABEL_LONGEST
                   and not units[index + 1].text.startswith("——"))):
            # (two phrases of any words only over a box's short label: 守牢安全底线　护航冬季生产 / 安全动态 / ◆…; over
            # a title, 厉行节约　反对浪费 / 让企业成为节能“合伙人”, they kick it)
            out[index] = Unit(unit.lines, "furniture", unit.text)
    return out


def _slogan(text: str) -> bool:
    """A watchword (安全第一　预防为主), two phrases alike in length (守牢安全底线　护航冬季生产) or three of four
    characters (服务会员　凝聚力量　促进发展)?"""
    if _WATCHWORD_SLOGAN.match(text) or _THREE_PHRASES.match(text):
        return True
    paired = _PAIRED_SLOGAN.match(text)
    return paired is not None and len(paired[1]) == len(paired[2])


_BOX_LABEL_LONGEST = 6  # characters of a box's label under a slogan: 安全动态, 廉政简讯
_THREE_PHRASES = re.compile(r"^[\u4e00-\u9fff]{4} [\u4e00-\u9fff]{4} [\u4e00-\u9fff]{4}$")  # 服务会员　凝聚力量　促进发展
_PAIRED_SLOGAN = re.compile(r"^([\u4e00-\u9fff]{4,6}) ([\u4e00-\u9fff]{4,6})$")  # (longer phrases: a headline's)


def _slogan_over_heading(units: list[Unit], index: int) -> bool:
    """Is the slogan, under no heading, over a box's label and its first marked item (安全第一　预防为主　综合治理 / 安全简讯
    / ◆…)?  Over a title and its lead or byline (节约用水　人人有责 / 我市开展节水宣传周活动 / 本报讯…) it kicks that
    title; at a proposal's end it is its last words."""
    if headline_like(units[index - 1]) and not patterns.PADDED_NAME.match(units[index - 1].text):
        return False  # 文明提示 / 文明养犬　从我做起 / ①…: the box's title (江　川 signs the piece above)
    return (index + 2 < len(units) and units[index + 1].role == "text" and headline_like(units[index + 1])
            and (units[index + 2].text[0] in patterns.ITEM_MARKS
                 # 服务会员　凝聚力量　促进发展 / 商会论坛 / 让民营企业家安心谋发展: three phrases over a column's kicker
                 or _THREE_PHRASES.match(units[index].text) is not None and len(units[index + 1].text) <= _BOX_LABEL_LONGEST
                 and headline_like(units[index + 2]) and not units[index + 2].text.startswith("——")))


def _phone_rows_under_prose(units: list[Unit]) -> list[Unit]:
    """Two or more lines of a service's number each (火警电话　119 / 火灾隐患举报投诉电话　12345, 邮政客服热线：11183　11185
    / 邮储银行客服热线：95580), under a piece's last sentence, are a box the page keeps standing, its furniture; not a
    piece's own list of numbers (…可拨打下列电话咨询。, or named by places: 市汽车客运站　…), nor a notice's or an advert's
    (titled a few lines above, over its fields, issuer or date, or a bare 服务热线：…), nor a table's rows."""
    out = list(units)
    index = 1
    while index < len(units):
        end = index
        while end < len(units) and units[end].role == "text" and _service_number_row(units[end].text.strip()):
            end += 1
        above = units[index - 1]
        if (end - index >= _PHONE_ROWS and above.role == "text" and patterns.ends_sentence(above.text)
                and not _NUMBER_BELOW.search(above.text) and not patterns.FIELD_LABEL.match(above.text)
                and not _under_notice_title(units, index) and not _over_issuer(units, end - 1)
                and not (end < len(units) and _notice_goes_on(units[end].text))):
            for k in range(index, end):
                out[k] = Unit(units[k].lines, "furniture", units[k].text)
        index = max(end, index + 1)
    return out


def _service_number_row(text: str) -> bool:
    """Is this a line of a named service's number: 火警电话　119, 锦悦物业24小时服务热线：400-826-5120 (not a bare contact
    field, 服务热线：…, nor a place's row, 太平街道　1523)?"""
    row = _NUMBER_ROW.match(text)
    return (row is not None and row["label"] not in _CONTACT_FIELDS and row["label"] not in _CONTACT_FIELD_ENDS
            and (len(row["number"]) >= _PHONE_DIGITS or row["number"] in _SHORT_SERVICE_NUMBERS))


# 火警电话　119, 锦悦物业24小时服务热线：400-826-5120, 邮政客服热线：11183　11185: who a number reaches, then one or two numbers
_NUMBER_ROW = re.compile(rf"^(?P<label>[{patterns.CJK}][{patterns.CJK}\d（）()]{{1,16}}(?:热线|电话|专线|服务中心|指挥中心))"
                         r"(?:[:：]\s*|\s+)(?P<number>\d[\d－—-]{2,})(?:[\s、]+\d[\d－—-]{2,})?$")
_PHONE_DIGITS = 5  # a number this long is a phone's; a shorter one only where it is a service's (110, 119, 120, 122)
_SHORT_SERVICE_NUMBERS = frozenset(("110", "119", "120", "122"))


def _standing_hotline(text: str) -> bool:
    hotline = _STANDING_HOTLINE.match(text)
    if hotline is not None and text.startswith("本版"):
        return True  # 本版投稿热线：…: the page's own number, whatever it takes
    if hotline is not None and _AREA_CODE.search(text) and hotline["label"].endswith("电话") and not text.startswith("读者服务"):
        return False  # 监督举报电话：（0558）5212345: a story's number, its area code bracketed (not a 热线: 新闻热线：（0558）…)
    return hotline is not None and not any(label in _CONTACT_FIELDS or label.endswith(_CONTACT_FIELD_ENDS)
                                           for label in (hotline["label"], hotline["second"] or ""))


def _over_issuer(units: list[Unit], index: int) -> bool:
    """Is a notice's issuer or its date under this line, or its closing words (…热线：95598 / 国网雁溪市供电公司 /
    2025年4月16日, … / 温岭市图书馆 / 2025年5月20日)?"""
    below = [unit.text.strip() for unit in units[index + 1:index + 1 + _NOTICE_FOOT]]
    return any(text.endswith("日") and len(text) <= _DATE_LINE for text in below) or bool(
        below and patterns.ISSUER_NAME.match(below[0]))


def _notice_goes_on(text: str) -> bool:
    """Does a notice's field or its closing words follow (地址：…, 联系人：…, 特此公告。), not another standing number?"""
    return (patterns.FIELD_LABEL.match(text) is not None and not _standing_hotline(text)
            or text.startswith(("特此", "敬请", "欢迎")))


def _under_notice_title(units: list[Unit], index: int) -> bool:
    """Is this line in a notice, an advert or a call (停水通知, 招聘启事, 征稿启事, 活动预告, 【广告】) titled a few lines above?
    Its number to call is the notice's."""
    return any(_NOTICE_TITLE.search(unit.text.strip()) for unit in units[max(0, index - _NOTICE_LINES):index])


# …可拨打下面的电话咨询。, …可拨打社区电话。（东湖社区）: the story's own number, printed under it
_NUMBER_BELOW = re.compile(r"(?:下面|以下|下列|如下)的?(?:电话|热线|号码)"
                           r"|拨打[^，。；\d]{0,10}(?:电话|热线)(?:咨询|预约|报名)?。(?:[（(][^（）()]{2,20}[）)])?$")
_NOTICE_FOOT = 3  # lines under a notice's last field: its closing words, its issuer, its date
_DATE_LINE = 14  # characters: 2025年5月20日, perhaps with a weekday
_NOTICE_LINES = 12  # lines above a contact line where its notice's title stands
_NOTICE_TITLE = re.compile(r"(?:通知|公告|通告|启事|预告|简章|招聘|征稿|征文|广告|告示|须知|公示|说明)[】\]]?$")


# 科普热线：025-83660721, 学生资助咨询热线：0474-8213366（工作日8:30—17:30）: a number named by its field; not a notice's or
# an advert's contact field
_CALL_SLOGAN = re.compile(r"^[\u4e00-\u9fff]{2,8}\s+请?拨打\s?(?:110|119|120|122|12\d{3})$")  # 发现火情　请拨打119
# A public-service slogan in phrases of four, one a watchword (安全第一　预防为主　综合治理, 节约用水　人人有责)
_WATCHWORD_SLOGAN = re.compile(r"^(?=.*(?:人人有责|你我同行|你我共建|从我做起|安全第一|预防为主|综合治理|生命至上|警钟长鸣|光盘行动))"
                               r"[\u4e00-\u9fff]{4}(?:\s+[\u4e00-\u9fff]{4}){1,3}$")
# (two on a line at most: 路况服务热线：12122　　集团客服热线：0731-84896666)
# (a short number, 110, only beside another: alone, 火警电话：119 closes a box of tips)
_STANDING_HOTLINE = re.compile(rf"^(?P<label>[{patterns.CJK}]{{2,12}}(?:热线|电话))[:：]\s?"
                               rf"(?:[（(](?:\d{{3,4}}|[{patterns.CJK}])[）)])?"  # (its area code or network: （0558）, （路）)
                               rf"(?:[\d－—-]{{5,}}|\d{{3,4}}(?=\s+[{patterns.CJK}]{{2,12}}(?:热线|电话|专线)[:：]))"
                               rf"(?:[（(][^（）()]{{2,20}}[）)])?"
                               # (its other line beside it: 6681110（内线）　0358-6681110（外线）)
                               rf"(?:\s+[\d－—-]{{5,}}[（(][^（）()]{{2,20}}[）)])?"
                               # (two more numbers beside it: 报警电话：110　反诈专线：96110　新闻热线：6618110)
                               rf"(?:\s+(?P<second>[{patterns.CJK}]{{2,12}}(?:热线|电话|专线))[:：]\s?[\d－—-]{{3,}}){{0,2}}"
                               # (and where to follow it, 预警信息请关注“彭蠡气象”微信公众号, 关注“云岫气象”微信公众号获取最新
                               # 预警, or when it answers, 24小时值守, 春节期间24小时受理咨询投诉, 服务时间：工作日8:30—17:30)
                               rf"(?:\s+[{patterns.CJK}“”]{{2,30}}(?:公众号|客户端|微博)[:：]?[{patterns.CJK}]{{0,8}}|\s+(?:[{patterns.CJK}]{{2,6}})?24小时(?:值守|服务|畅通|受理[{patterns.CJK}]{{0,6}})"
                               rf"|\s+服务时间[:：][^\s。，]{{2,20}}"
                               rf"|\s+[{patterns.CJK}]{{2,16}}协办"  # (法律服务热线：12348　岚垭县司法局协办: who shares the page)
                               rf"|\s+[{patterns.CJK}]{{4}}\s+[{patterns.CJK}]{{4}})?$")  # (…：12119　森林防火　人人有责: a watchword)
_AREA_CODE = re.compile(r"[:：]\s?[（(]")
_TIP_LINES = 3  # printed lines of the last tip over the numbers under it, at most
_LONG_NUMBER = re.compile(r"\d[\d－—-]{4,}")
_CONTACT_FIELDS = frozenset(("服务热线", "咨询热线", "售楼热线", "客服热线", "热线电话", "认筹热线", "举报电话", "投诉举报电话", "监督电话",
                             "投诉电话", "报料热线", "值班电话"))
_CONTACT_FIELD_ENDS = ("咨询电话", "联系电话", "报名电话", "认领电话", "订票电话", "预订电话", "预约电话", "办公电话", "失主电话",
                       "家属电话", "订餐热线", "订购热线", "预订热线", "购票热线", "招商热线", "加盟热线", "报名热线", "投稿热线")


def _phone_boxes(units: list[Unit]) -> list[Unit]:
    """A service page's standing box of numbers (便民电话 / 市民热线　12345 / 供水报修　0576-86219000 / …) is its
    furniture, as a weather box is: the same every day, no article."""
    out = list(units)
    for index, unit in enumerate(units):
        if unit.role == "furniture" or unit.text[-1] not in "话线务" or not _PHONE_BOX.match(unit.text.strip()):
            continue
        row = _PHONE_ROW if unit.text.strip() != "便民服务" else _SERVICE_ROW  # 便民服务 may label a table too
        rows = list(itertools.takewhile(lambda k: row.match(units[k].text.strip()) is not None,
                                        range(index + 1, len(units))))
        if len(rows) >= _PHONE_ROWS:
            for k in [index, *rows]:
                out[k] = Unit(units[k].lines, "furniture", units[k].text)
    return out


def _hotline_boxes(units: list[Unit]) -> list[Unit]:
    """A box of a service hotline's numbers under its name (侨胞服务热线 / 市侨联：0750-3282116 / 侨界法律服务站：…), the
    paper's desk's (民生热线 / 028-86500962（24小时））, or the paper's own (本报法律服务热线, 茗澜日报民生热线 / 电话：… /
    微信公众号：…), is the page's furniture; not a service's box over its fields (…心理援助热线 / 热线电话：… / 服务时间：…),
    which is a piece, nor an advert's or a story's own numbers (售楼热线, 报名热线 / 王老师：…, 信访举报热线 / 12388)."""
    out = list(units)
    for index, unit in enumerate(units):
        title = unit.text.strip()
        if unit.role == "furniture" or title[-2:] != "热线" or not _HOTLINE_TITLE.match(title):
            continue
        rows = list(itertools.takewhile(lambda k: _HOTLINE_ROW.match(units[k].text.strip()) is not None,
                                        range(index + 1, min(len(units), index + 1 + _HOTLINE_ROWS))))
        numbers = [k for k in rows if _HOTLINE_NUMBER.match(units[k].text.strip())]
        end = index + 1 + len(rows)
        if any(below.text.strip().startswith(_NOTE_ON_NUMBERS) for below in units[end:end + 2]):
            continue  # …汽车客运站：0759-2216699 / 温馨提示 / 以上电话24小时有人值守…: a piece, its note on its numbers
        people = any(_ANSWERED_BY_PERSON.match(units[k].text.strip()) for k in rows)
        if (len(numbers) >= _PHONE_ROWS and title.endswith("服务热线") and not people
                or rows and (_PAPERS_OWN_BOX.match(title) or len(numbers) == len(rows) == 1 and _DESK_BOX.search(title)
                             and units[rows[0]].text.strip()[0].isdigit())):
            for k in [index, *rows]:
                out[k] = Unit(units[k].lines, "furniture", units[k].text)
    return out


_HOTLINE_TITLE = re.compile(rf"^[{patterns.CJK}]{{0,12}}热线$")
_PAPERS_OWN_BOX = re.compile(rf"^(?:本报|[{patterns.CJK}]{{2,8}}(?:日报|晚报|都市报|时报))")  # 本报法律服务热线, 茗澜日报民生热线
_DESK_BOX = re.compile(r"(?:民生|新闻|报料|爆料|读者|市民)热线$")  # the paper's desk, its one number under it
_ANSWERED_BY_PERSON = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:老师|先生|女士|同志|经理)\s*[:：]")  # 王老师：…: a sign-up's
# a number, by whom it reaches (市侨联：0750-3282116, 省供销合作社　0558-2216890) or alone with its hours
_HOTLINE_NUMBER = re.compile(rf"^(?:[{patterns.CJK}（）()]{{2,16}}(?:[:：]\s*|\s+))?[\d－-]{{5,}}(?:[（(][^（）()]{{1,16}}[）)])?$")
_HOTLINE_ROW = re.compile(rf"{_HOTLINE_NUMBER.pattern}|^(?:微信)?公众号\s*[:：]\s*[{patterns.CJK}\w]{{2,20}}$")
_HOTLINE_ROWS = 4
_NOTE_ON_NUMBERS = ("以上", *patterns.NOTE_LABELS)
_NOTE_LABEL_WIDTH = 4  # characters: past 注：X, a note's text
_PHONE_BOX = re.compile(r"^(?:便民|常用|服务|生活)(?:电话|热线)$|^便民服务$")  # 便民服务 over numbers only
_PHONE_ROW = re.compile(rf"^[{patterns.CJK}]{{2,10}}\s+[\d－-]{{3,}}$")  # 政务服务便民热线　12345
_SERVICE_ROW = re.compile(rf"^[{patterns.CJK}]{{2,10}}\s+[\d－-]{{5,}}$")  # 县供电公司抢修　95598, not 城西社区　126
_PHONE_ROWS = 2


def _contacts_among_fields(units: list[Unit]) -> list[Unit]:
    """A hotline over a box's next field (江城市青少年心理援助热线 / 热线电话：0716-96525 / 服务时间：…), or a web
    address under a notice's last field (学院地址：… / 学院网址：www.…), is the box's text, not the page's furniture as
    the same line alone at a page's head or foot is."""
    out = list(units)
    for index, unit in enumerate(units):
        if unit.role != "furniture":
            continue
        below = units[index + 1] if index + 1 < len(units) else None
        above = units[index - 1] if index else None
        if ("热线" in unit.text and below is not None and below.role == "text" and patterns.FIELD_LABEL.match(below.text)
                or "网址" in unit.text and above is not None and above.role == "text"
                and patterns.FIELD_LABEL.match(above.text) and patterns.FIELD_LABEL.match(unit.text)
                and not unit.text.startswith(("本报", "本刊"))):  # 本报网址：…: the paper's own, at the page's foot
            out[index] = Unit(unit.lines, "text", unit.text)
    return out


def _table_sources(units: list[Unit]) -> list[Unit]:
    """A source in brackets right under a table's last row (鸡蛋　每斤3.20元 / （市农贸市场管理处提供）) says where the
    figures came from: the table's text, not a photo's credit as the same line under a caption is."""
    out = list(units)
    for index in range(1, len(units)):
        unit, above = units[index], units[index - 1]
        if (unit.role == "credit" and _SOURCE_IN_BRACKETS.match(unit.text) and index >= 2
                # (…　完成102.1% / 吨钢综合能耗　538千克标准煤: two rows of the last three)
                and sum(bool(_row(row)) for row in units[max(0, index - 3):index]) >= 2):
            out[index] = Unit(unit.lines, "text", unit.text)
    return out


_SOURCE_IN_BRACKETS = re.compile(r"^[（(][^（）()]{2,24}提供[）)]$")


def _row(unit: Unit) -> bool:
    """Is this a table's row (鸡蛋　每斤3.20元)?  Two of them over a source make a table (a photo's one-line deck,
    连续奋战　15天, over its picture's supplier does not)."""
    return (unit.role == "text" and " " in unit.text
            and (patterns.is_table_row(unit.text) or patterns.label_and_figure(unit.text)))


# 来稿请注明…, 常年征稿: a call for contributions, the address under it its own
_CALL_FOR_PIECES = re.compile(r"来稿|征稿|投稿")
_CALL_ITSELF = re.compile(r"来稿|征稿")  # the call's own words (an essay may tell of 投稿)
_CALL_LINES = 4  # printed lines above the address where the call may be (来稿请注明… / …恕不采 / 用。)
_NAMES_EDITORS = re.compile(r"^(?:本版)?(?:责任编辑|责编|编辑|主编|美编|校对)\s*[:：/／]")


def _mailboxes_under_calls(units: list[Unit]) -> list[Unit]:
    """An e-mail line right under a column's call for contributions (…来稿请注明学校、年级… / 投稿邮箱：…@163.com) is
    the call's text, not the page's furniture as the same line alone at a page's foot is; the page's editor line with
    the editors' address (责任编辑：贺　晴　电子信箱：…@…) stays furniture."""
    out = list(units)
    for index in range(1, len(units)):
        unit, above = units[index], units[index - 1]
        if (unit.role == "furniture" and "@" in unit.text and above.role == "text" and not _NAMES_EDITORS.match(unit.text)
                and (unit.gap_before < 2 or _CALL_ITSELF.search(above.text))  # (under an image's gap, only right
                # under the call: not at a page's foot, below a work printed there)
                and _CALL_FOR_PIECES.search("".join(u.text for u in units[max(0, index - _CALL_LINES):index]))
                # (a call gives its address once: 投稿邮箱：… / 绿洲日报社副刊部 / 2025年12月 / 本版投稿邮箱：…, the page's)
                and not any("@" in u.text for u in units[max(0, index - _CALL_LINES):index])):
            out[index] = Unit(unit.lines, "text", unit.text)
    return out


# Under a weather box's forecast, its advice and its source (温馨提示：…注意防寒保暖。 / （市气象台提供）), and in it the
# sky alone on a line (今日天气 / 多云转小雨 / 14℃～22℃)
_SKY = r"(?:(?:晴|多云|阴|(?:小|中|大|暴|阵|雷阵|冻)?雨|雨夹雪|(?:小|中|大|阵)?雪|雾|霾)(?:转|到|有|间)?){1,4}"
_WEATHER_TAIL = re.compile(rf"^(?:温馨|出行|气象)?提示[:：][^。]{{0,60}}。?$|^[（(][^（）()]{{0,12}}气象[^（）()]{{0,8}}提供[）)]$|^{_SKY}$"
                           rf"|^{patterns.FORECAST_ISSUER}$"  # who issued the forecast, perhaps when
                           # under the forecast, perhaps with the day's advice beside it (空气质量：良　穿衣提示：…)
                           r"|^空气质量\s*[:：]\s*(?:优|良|轻度污染|中度污染|重度污染|严重污染)"
                           r"(?:\s+(?:穿衣|出行|晨练|洗车|紫外线|感冒)(?:提示|指数)\s*[:：][^。]{0,30}。?)?$")
_WIND_REST = re.compile(r"^(?:[东南西北]{1,2}风)?\d{1,2}(?:[～~—-]\d{1,2})?级[。，；]?$")  # 1～2级。: a wrapped forecast's wind
# 岱川天气, 俄洛天气预报: a weather box's title, over its forecast
_PLACE_WEATHER = re.compile(rf"^[{patterns.CJK}]{{1,6}}天气(?:预报)?(?:[（(][^（）()]{{2,16}}[）)])?$|^[{patterns.CJK}]{{0,4}}海况(?:预报)?$")  # (…（5月6日—8日）)
# （12月11日—13日）, bracketed or not
_FORECAST_SPAN = re.compile(r"^[（(]?\d{1,2}月\d{1,2}日\s*[—～~至-]+\s*(?:\d{1,2}月)?\d{1,2}日[）)]?$")
# A weather box's fields that give no degrees: the sky by day (今天：多云转晴), the wind (风向：东南风2级), the humidity, the
# wind and the air on one line (西北风2～3级　空气质量：良)
# (the sky perhaps with its wind: 今天夜间：多云　西北风3～4级)
_WEATHER_FIELD = re.compile(rf"^(?:(?:(?:今天|明天|后天|今日|明日)(?:白天|夜间)?|今夜|白天|夜间)\s*[:：]\s*{_SKY}"
                            r"(?:\s+偏?[东南西北]{1,2}风\s*\d{1,2}(?:\s*[～~-]\s*\d{1,2})?级)?"
                            r"|(?:风向|风力)\s*[:：]\s*偏?[东南西北]{1,2}风[^。，\s]{0,8}|湿度\s*[:：]\s*\d{1,3}%"
                            r"|偏?[东南西北]{1,2}风\s*\d{1,2}(?:\s*[～~-]\s*\d{1,2})?级\s+空气质量\s*[:：]\s*[优良轻中重严][^。，\s]{0,4})$")
# A diary's entry opens on its day and the sky (6月2日　大雨, 3月5日 星期六 晴, 2月16日　星期一　除夕　小雨): no heading
_DIARY_DAY = re.compile(rf"^(?:\d{{4}}年)?\d{{1,2}}月\d{{1,2}}日(?: (?:星期|周)[一二三四五六日天])?(?: [\u4e00-\u9fff]{{2,4}})? (?:{_SKY}|[夜白早中晚]班)$")  # (…　夜班: a nurse's shift)


def diary_day(text: str) -> bool:
    """A diary's day and its sky, a line of its own over the entry (12月18日　星期四　小雪)?"""
    return text[:1].isdigit() and _DIARY_DAY.match(text) is not None


def _groups_listed(units: list[Unit]) -> list[Unit]:
    """A reporting group alone is a byline (县革委会报道组); groups one a line, two or more in a row (…厂通讯组 /
    …矿通讯组), are a list of units commended or named, the text's."""
    grouped = [unit.role == "byline" and patterns.REPORTING_GROUP.match(unit.text) is not None for unit in units]
    return [Unit(unit.lines, "text", unit.text)
            if grouped[index] and (index > 0 and grouped[index - 1] or index + 1 < len(units) and grouped[index + 1])
            else unit for index, unit in enumerate(units)]


def _almanac_box(units: list[Unit]) -> list[Unit]:
    """An evening paper's almanac box (老黄历 / 2025年10月22日　农历… / 宜：出行　会友 / 忌：动土) is furniture: its label
    and the lines under it down to its last 宜 or 忌 row, where a 宜 or 忌 row follows the label within two lines."""
    out = list(units)
    for index, unit in enumerate(units):
        if unit.role not in ("text", "furniture") or not _ALMANAC_LABEL.match(unit.text):
            continue
        rows = [k for k in range(index + 1, min(index + 1 + _ALMANAC_LINES, len(units))) if _ALMANAC_ROW.match(units[k].text)]
        if rows and rows[0] <= index + 2:
            for k in range(index, rows[-1] + 1):
                out[k] = Unit(units[k].lines, "furniture", units[k].text)
    return out


_ALMANAC_LABEL = re.compile(r"^(?:老|今日)?黄历$")
_ALMANAC_ROW = re.compile(rf"^[宜忌]\s*[:：]\s*[{patterns.CJK}]{{2,4}}(?:\s+[{patterns.CJK}]{{2}}){{0,8}}$")
_ALMANAC_LINES = 4  # lines under the label: its date, 宜 and 忌


def _forecast(unit: Unit) -> bool:
    """A weather box's forecast line: with degrees (the page's furniture already), a field of the sky or the wind, or the
    days told in a sentence (6月12日至14日，全州以多云天气为主，午后多阵雨，局地有冰雹。)."""
    return (unit.role == "furniture" and _WEATHER.match(unit.text) is not None or _WEATHER_FIELD.match(unit.text) is not None
            or _TOLD_FORECAST.match(unit.text) is not None)


# (a forecast's words, 天气/气温/降水, not a sky's character alone: 6月11日，…志愿者冒雨…。 is a photo's caption)
_TOLD_FORECAST = re.compile(r"^\d{1,2}月\d{1,2}日(?:[至—～~-]+(?:\d{1,2}月)?\d{1,2}日)?，[^。]{0,30}(?:天气|气温|降水|降雨)[^。]{0,40}。$")


def _weather_box_tails(units: list[Unit]) -> list[Unit]:
    """A weather box is furniture (`_WEATHER`), and so are the advice and the source printed under its forecast."""
    out, in_box = list(units), False
    for index, unit in enumerate(units):
        titled = unit.role == "text" and _PLACE_WEATHER.match(unit.text) is not None
        days = index + 1 + (titled and index + 1 < len(units) and _FORECAST_SPAN.match(units[index + 1].text) is not None)
        forecasts = [below for below in units[days:days + 3] if not _WIND_REST.match(below.text)][:2] if titled else []
        if (titled and len(forecasts) == 2
                and all(_forecast(below) for below in forecasts) and any(below.role == "furniture" for below in forecasts)):
            # 岱川天气 / 今天：晴转多云… / 明天：…: the box's title (perhaps over its days, （12月11日—13日）), over two
            # days' forecasts, one at least with its degrees (a story's headline is over one: 持续高温天气 / 今天：晴，最高气温
            # 38℃ / 本报讯…, or over fields of the sky alone: 周末天气 / 今天：晴 / 明天：多云 / 本报讯…)
            for title in range(index, days):
                out[title] = Unit(units[title].lines, "furniture", units[title].text)
            in_box = True
        elif unit.role == "furniture" and _WEATHER.match(unit.text):
            in_box = True
        elif unit.role == "furniture" and patterns.forecast_day(unit.text):
            in_box = "days"  # 勐岚天气 / 26日：多云，14℃～27℃ / …: a forecast's days, furniture with their title
        elif in_box and unit.role == "text" and _WIND_REST.match(unit.text):
            out[index] = Unit(unit.lines, "furniture", unit.text)  # …东北风 / 1～2级。: a forecast's wind, wrapped
        elif in_box == "days" and unit.role == "text" and patterns.FORECAST_ISSUED.match(unit.text):
            out[index] = Unit(unit.lines, "furniture", unit.text)  # …发布: who issued them (not 雾, a photo's title)
        elif in_box is True and unit.role in ("text", "credit") and (_WEATHER_TAIL.match(unit.text) or _forecast(unit)):
            # （…提供） reads as a credit
            out[index] = Unit(unit.lines, "furniture", unit.text)
        else:
            in_box = False
    return out


_AD_SLOGAN_LINES = 4  # lines a public service ad prints under its label, its sponsor's included


def _public_service_ads(units: list[Unit]) -> list[Unit]:
    """公益广告 over its slogan and its sponsor (文明餐桌 光盘行动 / 青溪市文明办 宣): an advertisement, furniture."""
    out = list(units)
    for index, unit in enumerate(units):
        if unit.role != "text" or unit.text.strip() != "公益广告":
            continue
        slogan = itertools.takewhile(lambda k: len(units[k].text) <= _HEADING_LINE and "。" not in units[k].text,
                                     range(index + 1, min(len(units), index + 1 + _AD_SLOGAN_LINES)))
        end = next((k + 1 for k in slogan if units[k].text.rstrip().endswith("宣")), index + 1)
        for k in range(index, end):
            out[k] = Unit(units[k].lines, "furniture", units[k].text)
    return out


def _pull_quotes(units: list[Unit]) -> list[Unit]:
    """A pull quote: a sentence of a story set again, in quotes and larger type, wherever the column holds it,
    often inside a paragraph (…用户在使用时 / “词元计费产品，是人工智能时代催生的新型数字流量形态。” / 需单独注册…).
    Its words stand in the text elsewhere on the page: there a repeat, furniture, which the paragraph goes on
    past.  Between paragraphs it is left as one (the news corpus prints such quotes as the story's own)."""
    openers = [index for index, unit in enumerate(units) if unit.role == "text" and unit.text.startswith("“")
               and unit.gap_before and not unit.lines[0].indent and index and _body_cut(units, index - 1)
               and _set_larger(units, index)]
    if not openers:
        return units
    page = "".join(unit.text for unit in units)
    out = list(units)
    for start in openers:
        end = _quote_end(units, start)
        words = "".join(unit.text for unit in units[start:end]).strip("“”。")
        if end and len(words) >= _QUOTED_WORDS and page.count(words) >= 2:
            for index in range(start, _speaker_end(units, end)):
                out[index] = Unit(units[index].lines, "furniture", units[index].text)
    return out


def _set_larger(units: list[Unit], index: int) -> bool:
    """Could the unit be set larger than the text cut before it, as a pull quote is?  Where lines were measured
    their type sizes say (a quotation in the text's own type atop a column is the text going on); else it may."""
    size, before = units[index].lines[0].font_size, units[index - 1].lines[-1].font_size
    return not size or not before or size > before


def _body_cut(units: list[Unit], index: int) -> bool:
    """Is this a paragraph's text stopped on no sentence end: a printed line inside its block, or a column's
    fragment longer than a heading (not 深化医改，让 群众…服务 over an epigraph)?"""
    unit = units[index]
    inside_block = index > 0 and not unit.gap_before and " " not in unit.text.strip()
    return (unit.role == "text" and not patterns.ends_sentence(unit.text)
            and (len(unit.text) > _HEADING_LINE or unit.lines[0].indent or inside_block))


def _speaker_end(units: list[Unit], start: int) -> int:
    """Past the pull quote's speaker, if a short dash line names them under it (——南京…副总经理 倪玥), wrapped
    perhaps onto a second line of its block (——南京中兴信雅达信息科技有 / 限公司副总经理 倪玥)."""
    if start == len(units) or units[start].role != "text" or not units[start].text.startswith("——"):
        return start
    end = start + 1
    if end < len(units) and units[end].role == "text" and not units[end].gap_before:
        end += 1
    speaker = "".join(unit.text for unit in units[start:end])
    return end if len(speaker) <= _SPEAKER and "。" not in speaker else start


def _quote_end(units: list[Unit], start: int) -> int:
    """Where a quoted sentence opening the unit at `start` closes, over at most a few text lines; 0 if it does
    not.  A pull quote is a sentence (…形态。”); a quoted heading (“为非洲农业现代化发展 / 注入强劲动力”) is none."""
    for end in range(start + 1, min(start + _QUOTE_LINES, len(units)) + 1):
        if units[end - 1].role != "text":
            return 0
        if units[end - 1].text.endswith("”"):
            return end if units[end - 1].text[-2:-1] in "。！？" else 0
    return 0


_QUOTE_LINES = 4
_HEADING_LINE = 30  # characters: a column's fragment longer than this is body text
_SPEAKER = 40  # characters: ——南京中兴信雅达信息科技有限公司副总经理 倪玥
_QUOTED_WORDS = 12  # characters: shorter quotations (“好”, “双减”) recur on a page without being set again


def _bylines_inside_brackets(units: list[Unit]) -> list[Unit]:
    """A line that reads as a byline right under a line whose credit bracket is still open is the
    bracket's middle, wrapped in a narrow column (本报讯（记者 孙 乐 / 实习生 马 骁 通讯员 李 / 晴）新春将至…):
    text of the paragraph, not a byline of its own."""
    return [Unit(unit.lines, "text", unit.text)
            if unit.role == "byline" and index and units[index - 1].role == "text"
            and patterns.left_open(units[index - 1].text, "（", "）") and "（" not in unit.text
            else unit for index, unit in enumerate(units)]


def _photo_reports_under_headlines(units: list[Unit]) -> list[Unit]:
    """A photo report's credit (记者 张 烁 摄影报道) between a heading and the text is the story's byline: its
    reporter wrote the story and took its pictures.  Under a caption (a sentence) it credits the photo."""
    return [Unit(unit.lines, "byline", unit.text)
            if unit.role == "credit" and unit.text.endswith("摄影报道") and 0 < index < len(units) - 1
            and units[index - 1].role == "text" and _heading_like(units[index - 1].text) and units[index + 1].role == "text"
            else unit for index, unit in enumerate(units)]


def _heading_like(text: str) -> bool:
    """Could this line be a heading's: no sentence in it, no note in brackets (（相关报道见第二版） under a caption)?"""
    return "。" not in text and not text.startswith(("（", "(")) and not patterns.ends_sentence(text)


def _folios(units: list[Unit]) -> list[Unit]:
    """The page's own number alone between blank lines is its folio, printed at a column's foot and
    read out where its box fell, often between two columns (…在“学 / 6 / 习强国”…, …电工、 / 第2版 / 焊工…):
    furniture, not text."""
    top = [unit.text.strip() for unit in units[:_TOP] if unit.role == "furniture"]
    page = next((found[2] for text in top for found in [patterns.header(text) or patterns.header_piece(text)]
                 if found and found[2]), 1 if any(map(patterns.FRONT_PAGE_ITEM.match, top)) else None)
    if page is None:
        return units
    return [Unit(unit.lines, "furniture", unit.text)
            if unit.role == "text" and _folio(unit.text) == page and unit.lines[0].gap_before
            and (index + 1 == len(units) or units[index + 1].lines[0].gap_before)
            else unit for index, unit in enumerate(units)]


def _folio(text: str) -> int | None:
    """The page a line alone names: 6, —6—, 第2版, A02."""
    found = patterns.FOLIO.match(text.strip())
    if found:
        return int(found["page"])
    piece = patterns.header_piece(text.strip()) if len(text) <= _FOLIO_LONGEST else None
    return piece[2] if piece and not piece[1] else None


_FOLIO_LONGEST = 5  # characters: 第十二版


# A front page's index (导读): what is inside, each item's title and the page it is on
_INDEX_OPENS = re.compile(r"^(?:今日|本期|本报)?导\s?读$|^(?:今日|本期|本版)(?:看点|要目)$")  # (今日看点 over a markets box: no pages)
# (or a page in a circle after a space: 机器下地　蔗农“甩手”　②)
_INDEX_PAGE = re.compile(r"(?:^第?|[（(]第?|(?:详|请)?见\s*第?|[>》〉»▶►→]\s*|\s)"
                         r"[A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3}\s*版(?:[）)])?$|\s[①-⑳]$")
_INDEX_PAGE_FIRST = re.compile(r"^(?:[>》»▶►→]\s*)?[A-Za-zＡ-Ｚ]?[0-9０-９一二三四五六七八九十]{1,3}\s*版\s")  # ▶2版　第一书记的“蚕房账本”, 2版　…
_INDEX_ITEM = 40  # characters: no title or page in an index is longer


def _index_box(units: list[Unit]) -> list[Unit]:
    """A front page's 导读 box, from its opening line to the last of its items' page numbers
    (理论 / 充分认识…的重要政治优势 / 第九版, 老街焕新颜 详见B1版), is furniture: titles of
    stories printed elsewhere, not a story (nor 记者调查 a byline).  The box ends where a line
    reads as text (a sentence, or too long for a title)."""
    out = list(units)
    for start, unit in enumerate(units):
        if not ("导" in unit.text or "看点" in unit.text or "要目" in unit.text) or not _INDEX_OPENS.match(patterns.unglossed(unit.text)):
            continue
        end = None
        for index in range(start + 1, len(units)):
            text = units[index].text.strip()
            if (len(text) > _INDEX_ITEM or patterns.ends_sentence(text) or text.endswith("摄")
                    or "。" in text and not _INDEX_PAGE.search(text)):
                break  # (a photo's caption or credit under the box: 冬日茶园 / 12月9日，…。　记者 王　明　摄)
            if _INDEX_PAGE.search(text) or _INDEX_PAGE_FIRST.match(text):
                end = index
        if end is not None and _pages_over_titles(units, start, end):
            end += 1
        for index in range(start, (end or start - 1) + 1):
            out[index] = Unit(units[index].lines, "furniture", units[index].text)
    return out


def _pages_over_titles(units: list[Unit], start: int, end: int) -> bool:
    """Does each item print its page over its title (导读 / 3版 / 乡村“村BA”开赛 / 4版 / 仙都…热潮), so that the
    box ends on the title under its last page, not on that page?"""
    return (end + 1 < len(units) and _INDEX_PAGE.match(units[start + 1].text.strip()) is not None
            and len(units[end + 1].text.strip()) <= _INDEX_ITEM and not patterns.ends_sentence(units[end + 1].text))


def _median_size(units: list[Unit]) -> float:
    """The page's median type size where a reader measured it, else 0."""
    sizes = sorted(unit.lines[0].font_size for unit in units if unit.lines[0].font_size)
    return sizes[len(sizes) // 2] if sizes else 0.0


def _page_foot(units: list[Unit], body: float) -> list[Unit]:
    """The editor lines at a page's foot, last on it and set in type smaller than its body, are
    furniture however their roles are written (版式设计彭飞, 校对何娟, 本期统筹：董汶鑫).
    Only where a reader measured type sizes: in body type 本期统筹：… closes a story as its text."""
    if not body:
        return units
    out = list(units)
    for index in range(len(units) - 1, -1, -1):
        unit, line = units[index], units[index].lines[0]
        if unit.role == "furniture":
            continue
        if (line.bbox is None or not line.font_size or line.font_size > 0.97 * body or len(unit.text) > 40
                or not patterns.EDITOR_START.match(unit.text.strip())):
            break
        out[index] = Unit(unit.lines, "furniture", unit.text)
    return out


def _indented_bylines_opened_paragraphs(units: list[Unit]) -> list[Unit]:
    """Where paragraphs open with an indent (in raw text or a PDF's text layer), an indented line that
    reads as a byline opens a paragraph: bylines are set flush (记者好奇，不收钱，还影 / 响主业，图啥呢？,
    记者调查发现，消费 / 者感受到…).  Scans too: their indents, read from ink, agree with the PDF's
    text layer (1,585 lines of a generated page, none differing).  A writer's unit and name over a column's end
    (淮州东站客运车间　苏晓禾 / (a blank line)) signs an essay however it is set; one over more text is a speaker's
    (全国政协常委 李和平 / 我国科技创新…).
    """
    if not any(unit.role == "byline" and unit.lines[0].indent for unit in units) or not uses_indents(units):
        return units
    return [Unit(unit.lines, "text", unit.text)
            if unit.role == "byline" and unit.lines[0].indent and not _signs_above_gap(units, k) else unit
            for k, unit in enumerate(units)]


def _signs_above_gap(units: list[Unit], index: int) -> bool:
    """Is the line a writer's unit and name (机修车间　孙大海) under a sentence's end, with the page's end or a blank line
    and no indented sentence text under it (a speaker's unit and name over the next column's speech is no signature; a
    title set centred, its line indented, may stand there)?"""
    below = units[index + 1] if index + 1 < len(units) else None
    speech = below is not None and below.lines[0].indent and (len(below.text) >= _SPEECH_LINE or "，" in below.text)
    return ((below is None or below.lines[0].gap_before and not speech)
            and index > 0 and patterns.ends_sentence(units[index - 1].text)
            and patterns.UNIT_CREDIT.match(units[index].text) is not None)


# How a photo's credit ends: 摄, 摄影报道, 供图, a cartoonist's 文 (郅言文), a source in brackets after it.
# Not 报道 alone: a headline's deck ends so (——全国两会特别报道), set under it in smaller type.
_CREDIT_END = re.compile(r"(?:摄|摄影|摄影报道|供图|文)(?:[（(][^（）()]{1,12}[）)])?$")
_SENTENCE_MARKS = frozenset("。，；？！")
# A picture given by an institution says so whatever its place: …孔子学院供图, 中国科学技术大学供图（新华社发）
_GIVEN = re.compile(r"供图(?:[（(][^（）()]{1,12}[）)])?$")


def _set_off_credits(units: list[Unit], body: float) -> list[Unit]:
    """A short line ending as a credit does, right under a line and set to the right of it, or in
    smaller type, or ending on 供图 however it is set: a photo's credit, where its text alone does
    not say so (郅言文, 辛阳赵海权摄影报道, 本报记者 董泽扬文 海南商业航天发射场供图,
    厄立特里亚高等教育与研究院孔子学院供图).  Only where a reader measured the lines."""
    if not body:
        return units  # no type sizes: nothing to set off
    out = list(units)
    for index in range(1, len(units)):
        unit, line, above = units[index], units[index].lines[0], units[index - 1].lines[0]
        text = unit.text.strip()
        if (unit.role not in ("text", "byline") or text.startswith("——")
                or line.bbox is None or above.bbox is None or not line.font_size
                or not above.font_size or line.font_size > 1.2 * body  # a headline's line, not a credit
                or len(text) > 40 or not _CREDIT_END.search(text)
                or _SENTENCE_MARKS.intersection(text) or text.count("（") != text.count("）")):
            continue
        em = line.font_size
        under = (0 <= line.bbox.y0 - above.bbox.y1 < em and line.bbox.x0 >= above.bbox.x0 - 3 * em
                 and above.font_size < 1.5 * em)
        flush_right = line.bbox.x0 - above.bbox.x0 > 4 * em and line.bbox.x1 >= above.bbox.x1
        if under and (flush_right or line.font_size < above.font_size - 0.3 or _GIVEN.search(text)):
            out[index] = Unit(unit.lines, "credit", unit.text)
    return out


_TOP = 6  # lines a page header in pieces may take
_SUPPLEMENT_LABEL = re.compile(r"副\s?刊$")  # 副刊, 第4版　副　刊: the page's label over the supplement's own name
_LABEL_ABOVE = 2  # header lines between the supplement's label and its name, at most
_SUPPLEMENT_NAME = 4  # characters of a supplement's name (崆峒, 巴岭, 赣水), at most
_SPECIAL_SECTION = re.compile(r"^[\u4e00-\u9fff]{2,8}(?:专刊|专版|周刊|特刊)$")  # 高考志愿填报专刊: a page's section, named long
_SECTION = 4  # characters of a section name: 要闻, 文化
_HEADING_LINES = 4  # lines of a heading block under a page's section name, at most
_SECTION_BY_PLACE = 8  # characters of a section name told by its place between the header's pieces
_SECTION_APART = 6  # characters of one told by a blank line under it over the first heading (not 稻花香里说丰年, a kicker)
_COLUMN_KICKER = 6  # characters of a dotted column name over a title, at least (城建攻坚·项目一线)


def _page_top(units: list[Unit], body: float) -> list[Unit]:
    """A page header read in pieces: the paper's name, its date, weekday and page, and a section
    name beside them or over the editor line, are furniture, not the first story's headline.  Pieces
    a masthead prints in known forms (dates, 出版物号, sites, price) may run long; of those told
    only by their place, the first few lines are looked at."""
    out = list(units)
    placed = 0
    for index, unit in enumerate(units):
        if unit.role == "furniture":
            continue
        text = unit.text.strip()
        if not (patterns.HEADER_PIECE.match(text) or patterns.is_top_flag(text) and not _event_sponsor(units, index)
                or _page_and_editors(text)):
            placed += 1
            if (placed > _TOP or _kicks_a_display_headline(units, index, body)
                    or not _piece_by_place(units, out, index, text)):
                break
        out[index] = Unit(unit.lines, "furniture", unit.text)
    return out


def _page_and_editors(text: str) -> bool:
    """Is this the page's number and section with its editors on one line (第1版　要闻　　责任编辑：徐　静　　版式：王　蕾)?"""
    pieces = text.split()
    first = next((k for k, piece in enumerate(pieces) if patterns.EDITOR_START.match(piece)), 0)
    return first > 0 and patterns.HEADER_PIECE.match(" ".join(pieces[:first])) is not None and "：" in pieces[first]


def _event_sponsor(units: list[Unit], index: int) -> bool:
    """Is this 主办： line an event's, over who else runs it (主办：雁北市文化和旅游局 / 承办：…), not the paper's?"""
    below = units[index + 1].text.lstrip() if index + 1 < len(units) else ""
    return units[index].text.lstrip().startswith("主办") and below.startswith(("承办", "协办", "支持单位"))


def _kicks_a_display_headline(units: list[Unit], index: int, body: float) -> bool:
    """Where type sizes are known: is this line set large over a line set larger that is no piece of the header
    (见证·中国机遇 / “我们完全可以相互成就、)?  A kicker over a headline, not a section's name."""
    if not body or index + 1 >= len(units):
        return False  # no sizes measured (the median of none is 0)
    line, below = units[index].lines[0], units[index + 1]
    return (display_type(line, body) and below.lines[0].font_size is not None
            and below.lines[0].font_size > line.font_size and not _header_piece(below.text.strip()))


def _piece_by_place(units: list[Unit], out: list[Unit], index: int, text: str) -> bool:
    """Is this line at the page's top a piece of its header by where it stands: the paper's name beside
    a date (a county paper's, 今日临安, only over it), a section's name beside the header or under its page,
    more of the editors' names, a special page's banner over who shares the page (聚力招大引强　激活县域动能 /
    本版由…协办)?"""
    below = units[index + 1].text.strip() if index + 1 < len(units) else ""
    # over a header piece, or over the paper's name: 消防救援 / 神州应急管理报 under the date, 潜水流韵 / 今日潜川 / 2025年…
    before_header = bool(below) and (units[index + 1].role == "furniture" or _header_piece(below)
                                     or index > 0 and out[index - 1].role == "furniture"
                                     and patterns.PAPER_NAME.match(below) is not None
                                     and not (index + 2 < len(units) and opens_story(units[index + 2]))
                                     or patterns.county_paper(below) and _over_header(units, index + 1)
                                     # 健　康 / 桑榆老年报 / 2025年3月20日　星期四　第6版: the page's name over the paper's
                                     or patterns.PAPER_NAME.match(below) is not None and _over_dated_page(units, index + 2)
                                     and not _over_diary_day(units, index + 1))
    # 公告·声明, 健康·生活, 乡 镇 (letter-spaced), 牧区经济　འབྲོག་ཁུལ་དཔལ་འབྱོར། (its name in the region's script beside it)
    word = patterns.unglossed(text).replace("·", "").replace(" ", "")
    short_word = (len(word) <= _SECTION or _SPECIAL_SECTION.match(word) is not None
                  or _DOTTED_SECTION.match(text) is not None) and word.isalpha()
    # the paper's name beside the date, or last of the header's pieces over a title (日期 / 第7版 / 云溪风·文化 / 云溪报 /
    # 邻里同台唱新歌), not a headline over text (… / 村里的黑板报 / 本报讯…)
    under_header = index > 0 and out[index - 1].role == "furniture" and not _over_text(units, index)
    # between two of the header's pieces, more of the header under them (A14 / 文旅·周末去哪儿 / 2025年9月26日… / 本版编辑：…)
    between = (under_header and bool(below) and _header_piece(below) and not units[index + 1].lines[0].indent
               and len(word) <= _SECTION_BY_PLACE and _header_goes_on(units, index + 2))
    # (the paper's name over its issue's number, 澄湖大学报 / 第658期, is as much the header's)
    return bool(patterns.PAPER_NAME.match(text) and (_beside_header(units, index) or under_header
                                                    or index == 0 and len(units) > 1 and units[1].role == "furniture")
                or (between or under_header and _apart_over_heading(units, index)) and word.isalpha()
                or patterns.county_paper(text) and _over_header(units, index)
                # 民　生 / 2025年7月22日　星期二　第3版 / 今日澄阳 / 老旧小区“旧貌换新颜”: a county paper's name under its dated
                # page, where no paper's name opens that line (嘉兴日报　2024年5月17日… / 今日荧屏: a column) and the page
                # names the county (澄阳县; not 今日关注, 今日立秋: a kicker)
                or patterns.county_paper(text) and under_header and index > 0 and _over_dated_page(units, index - 1)
                and units[index - 1].text.lstrip()[:1].isdigit() and county_named(units, text.removeprefix("今日"))
                and not (index + 1 < len(units) and opens_story(units[index + 1]))
                or _paper_beside_section(text) and _over_dated_page(units, index + 1)
                or _names_paper(text) and _over_section_and_header(units, index)
                or under_header and _SPELLED_NAME.match(text) is not None and _names_paper(units[index - 1].text.strip())
                # a column's name too over the page's dated line (以案说法 / 2025年6月17日　星期二): a kicker sits over its title
                or short_word and (word not in columns() or _over_dated_page(units, index + 1) and not _over_diary_day(units, index))
                and not word.endswith(patterns.GENRE_LABELS)
                and (before_header or _after_page_number(out, index) and not _over_text(units, index)
                     or _named_at_top(out, index, text))
                or _more_editors(units, index)
                # 渠江消防救援 / 2025年7月9日　星期三: the page's first line over its dated line, a trade paper's name (or over
                # its sponsor's flag over that line: 岱湖检察风采 / 岱湖省人民检察院主管主办 / 2025年12月24日　星期三)
                or index == 0 and word.isalpha() and len(word) <= _MASTHEAD_BY_PLACE and (
                    _over_dated_page(units, 1)
                    or len(units) > 1 and (patterns.is_top_flag(units[1].text.strip())
                                           or units[1].role == "furniture" and _SPONSORS.search(units[1].text) is not None)
                    and _over_dated_page(units, 2))
                or (index == 0 or out[index - 1].role == "furniture") and _names_over_header(units, index)
                or under_header and _supplement_over_editors(units, index)
                # 弦歌戏曲报 / 传承戏曲文化　弘扬民族艺术 / 2025年12月9日　星期二: the paper's name and its motto over the date
                or index == 0 and patterns.PAPER_NAME.match(text) is not None and (
                    _motto_at(units, 1) or len(units) > 2 and _SPELLED_NAME.match(units[1].text.strip()) is not None
                    and _over_dated_page(units, 2))  # 海澜港航周报 / HAILAN PORT & SHIPPING WEEKLY / 2025年12月18日…
                # 桦岭林海报 / HUALING LINHAI BAO / 中共桦岭县委主办: the page's first line over its own name in Latin letters
                # and the header, whatever it ends on (not 欢乐春节 / HAPPY CHINESE NEW YEAR / 本报讯…: a headline)
                or index == 0 and word.isalpha() and len(word) <= _MASTHEAD_BY_PLACE and len(units) > 2
                and _SPELLED_NAME.match(units[1].text.strip()) is not None
                and (patterns.is_top_flag(units[2].text.strip()) or _over_dated_page(units, 2))
                or index == 1 and out[0].role == "furniture" and _motto_at(units, 1)
                # མཚོ་ནག་ཚགས་པར། / 措　那　报 / 中共措那藏族自治州委员会主办…: the paper's name in its region's script over its Chinese
                # one, letter-spaced perhaps, over the header
                or index <= 1 and _script_name_over_paper(units)
                or under_header and index + 1 < len(units) and patterns.sponsors_line(units[index + 1].text)
                # 第4版 / 副刊 / 崆　峒 / 梨花满坡是故乡: the supplement's name, letter-spaced under its label (or under the
                # date under it: 第4版　副刊 / 2025年10月16日　星期四 / 滏　水)
                or under_header and " " in text and len(word) <= _SUPPLEMENT_NAME and word.isalpha()
                and any(_SUPPLEMENT_LABEL.search(units[k].text) for k in range(max(0, index - _LABEL_ABOVE), index)
                        if out[k].role == "furniture"))


def _script_name_over_paper(units: list[Unit]) -> bool:
    """Does the page open on the paper's name in its region's script over its Chinese one, then a header line?"""
    return (len(units) > 2 and _SPELLED_NAME.match(units[0].text.strip()) is not None
            and patterns.PAPER_NAME.match(units[1].text.replace(" ", "").strip()) is not None
            and _header_piece(units[2].text.strip()))


def _names_over_header(units: list[Unit], index: int) -> bool:
    """Is this line one of the page's names stacked at its top over the dated line (蓝海 / 副刊 / 澄沙渔港报　2025年12月12日…,
    椰风 / 副刊 / 椰峒报 / 2025年12月9日　星期二): a supplement's name, its label, the paper's name, a word each?"""
    below = index
    while below < len(units) and below - index < _NAMES_OVER_HEADER and _page_name(units[below].text.strip()):
        below += 1
    if not (below > index and _over_dated_page(units, below) and not _over_diary_day(units, below - 1)):
        return False
    # (the paper named in the stack or on the dated line: not a diary's or a letter's title over its day, 家书 / 致女儿 /
    # 2025年8月31日　星期日)
    dated = patterns.header(units[below].text.strip())
    # (or a supplement's label among them: 海　韵 / 文化副刊 / 2024年9月13日　星期五　第4版)
    return (any(patterns.PAPER_NAME.match(unit.text.strip()) or _SUPPLEMENT_LABEL.search(unit.text)
                for unit in units[index:below])
            or dated is not None and dated[0] is not None)


def _supplement_over_editors(units: list[Unit], index: int) -> bool:
    """Is this line one of a supplement's names stacked under the dated line over its editors' line (2024年6月18日 /
    胡杨林 / 文艺副刊 / 责任编辑：…), a word each, one its label (…副刊)?"""
    below = index
    while below < len(units) and below - index < _NAMES_OVER_HEADER and _page_name(units[below].text.strip()):
        below += 1
    return (below > index and below < len(units) and patterns.EDITOR_START.match(units[below].text.strip()) is not None
            and any(_SUPPLEMENT_LABEL.search(unit.text) for unit in units[index:below]))


def _page_name(text: str) -> bool:
    word = text.replace(" ", "")
    return word.isalpha() and (len(word) <= _SECTION or patterns.PAPER_NAME.match(word) is not None)


_NAMES_OVER_HEADER = 3  # lines: the supplement's name, its label and the paper's name


def _motto_at(units: list[Unit], index: int) -> bool:
    """Is the line at `index` a motto of two phrases over the dated line, more of the header under that (弦歌戏曲报 /
    传承戏曲文化　弘扬民族艺术 / 2025年12月9日　星期二 / 第5版　剧坛), not a lead's headline set over the date (淮阳日报 /
    学习贯彻全会精神　奋力谱写新篇章 / 2025年12月9日… / 市委理论学习中心组举行集体学习)?"""
    below = index + 2
    # (the header goes on under the dated line, 第5版　剧坛, as it does under a masthead)
    return (below < len(units) and _MOTTO.match(units[index].text.strip()) is not None and _over_dated_page(units, index + 1)
            and _header_piece(units[below].text.strip()))


def county_named(units: list[Unit], place: str, kinds: str = "县市区旗") -> bool:
    """Does the page name this place as a county, city, district or banner (澄阳县, 塔拉市)?"""
    return any(place + kind in unit.text for unit in units for kind in kinds)


def _header_goes_on(units: list[Unit], index: int) -> bool:
    """Is the line at `index` more of the page's header (its editors, who runs the page), not a story's text (A14 /
    我的开学日记 / 2025年9月1日 星期一 / 今天是开学第一天，…: a diary titled over its date)?"""
    if index >= len(units):
        return False
    text = units[index].text.strip()
    return (units[index].role == "furniture" or _header_piece(text) or patterns.EDITOR_START.match(text) is not None
            or _PAGE_RUN_BY.match(text) is not None)


_SUPPLEMENTS = frozenset(("副刊", "周刊", "专刊", "特刊", "文体", "文艺", "文化", "文苑"))  # sections whose pages are named apart
_PAGE_RUN_BY = re.compile(r"^(?:本版|本期)?(?:主办|主管|协办|承办)[:：]")  # 主办：中共潜川县委宣传部…


def _apart_over_heading(units: list[Unit], index: int) -> bool:
    """Is a blank line under this short line, then a heading whose lines are set tight and signed or followed by its
    lead (城市记忆 / / 中山路上的百货大楼 / □ 王建华)?  A kicker sits on its headline; a line set apart over it names the
    page (not over a story's first lines, nor a poem's verses: 写给母亲的诗 / / 村口的老槐树下 / 母亲总在那里等我)."""
    if len(units[index].text) > _SECTION_APART or index + 2 >= len(units):
        return False
    heading = units[index + 1]
    if not (heading.gap_before > 0 and heading.role == "text" and headline_like(heading)
            and not heading.text.startswith("——")  # 父亲的扁担 / / ——一位老农的四十年: the title over its subtitle
            and not _SENTENCE_MARKS.intersection(heading.text)  # not a story's first line under its headline
            and not heading.lines[0].indent  # 中华人民共和国主席令 / / 　　第七十七号: a document's number
            and not patterns.BYLINE_START.match(heading.text)):  # 西安事变记 / / 本报记者 王尧 …: the headline over its byline
        return False
    for below in units[index + 2:index + 2 + _HEADING_LINES]:
        text = below.text.strip()
        if below.gap_before:
            return False
        # an author's line right under the title only: under two lines they may be a poem's verses (写给母亲的诗 / /
        # 村口的老槐树下 / 母亲总在那里等我 / □ 李明)
        if (below.role == "byline" or patterns.DATELINE.match(text) or text.startswith("——")
                or below is units[index + 2] and patterns.is_author_line(text)):
            return True
        if not headline_like(below):
            return False
    return False


def _over_header(units: list[Unit], index: int) -> bool:
    """Is a piece of the header right under this line, or under the paper's name in capitals below it (今日潜川 /
    JINRI QIANCHUAN / 中共潜川县委主办　潜川县融媒体中心出版)?"""
    below = [unit.text.strip() for unit in units[index + 1:index + 3]]
    return bool(below) and (_header_piece(below[0])
                            or len(below) == 2 and _SPELLED_NAME.match(below[0]) is not None and _header_piece(below[1]))


def _paper_beside_section(text: str) -> bool:
    """Is this line the paper's name and, after a space, its page's section (今日丹岭　民族文化·旅游)?"""
    paper, _, section = text.partition(" ")  # a line's spaces are read as one
    return bool(section) and _names_paper(paper) and _SECTION_BESIDE_PAPER.match(section) is not None


def _over_diary_day(units: list[Unit], index: int) -> bool:
    """Is the line under this one a diary's day with its sky (青春日记 / 2025年6月17日　星期二　晴)?"""
    return index + 1 < len(units) and diary_day(units[index + 1].text.strip())


def _over_section_and_header(units: list[Unit], index: int) -> bool:
    """Is the page's section set alone under this line, and a piece of the header under that (稷川农民报 / 三农·市场 /
    2025年11月21日　星期五)?"""
    if index + 2 >= len(units):
        return False
    section = units[index + 1].text.strip()
    return (_SECTION_BESIDE_PAPER.match(section) is not None and len(section.replace("·", "")) <= _SECTION * 2
            and _header_piece(units[index + 2].text.strip()))


def _over_dated_page(units: list[Unit], index: int) -> bool:
    """Is the line at `index` the header's date with its weekday, page, page code or lunar date (2025年11月18日　星期二
    第3版, 2025年11月18日　A3), not a bare date that opens a piece under its title (我和农民报　三十年 / 1995年10月8日 / 那天，…)?"""
    if index >= len(units):
        return False
    text = units[index].text.strip()
    return _header_piece(text) and _WEEKDAY_OR_PAGE.search(text) is not None


_MOTTO = re.compile(r"^[\u4e00-\u9fff]{4,8}\s+[\u4e00-\u9fff]{4,8}$")  # 传承戏曲文化　弘扬民族艺术, under the paper's name
_SPONSORS = re.compile(r"主办|主管|出版|编印")  # 苍梧省林业科学研究院主办　内部资料　免费交流, 蒲川县文化馆编印: who puts the paper out
_MASTHEAD_BY_PLACE = 8  # characters: a paper's name, at most, told only by its place over the dated line
_WEEKDAY_OR_PAGE = re.compile(r"星期|周[一二三四五六日天]|农历|第\s?[A-Z]?\d{1,3}\s?版|第[一二三四五六七八九十]{1,3}版|(?<![A-Za-z])[A-Z]\d{1,2}$")
_SECTION_BESIDE_PAPER = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:·[\u4e00-\u9fff]{2,4})?$")  # 民生, 三农·市场, 民族文化·旅游
# a paper's name spelled under it in capitals (JINRI QIANCHUAN) or in its region's own script: Korean (송령보), Uyghur,
# Tibetan, Mongolian
_SPELLED_NAME = re.compile(rf"^[A-Z]{{2,}}(?: (?:[A-Z]{{2,}}|&)){{1,5}}$"
                           rf"|^[{patterns.REGIONAL_SCRIPT}]+(?: [{patterns.REGIONAL_SCRIPT}]+){{0,4}}$")


def opens_story(unit: Unit) -> bool:
    """Does a story's lead or byline open on this unit (六一 / 一张手抄报 / 本报讯…: the line over it is a headline, however
    like a paper's name)?"""
    return unit.role == "byline" or patterns.DATELINE.match(unit.text) is not None


def _names_paper(text: str) -> bool:
    """Is this line a paper's name (临溪日报, a county paper's 今日潜川)?"""
    return patterns.PAPER_NAME.match(text) is not None or patterns.county_paper(text) is not None


def _header_piece(text: str) -> bool:
    """A date, weekday or page piece of a header (2026年1月31日 星期六, 第4版 综合新闻, A12), a flag's line
    (光明日报社主办), or the paper's name in Latin letters under its Chinese one (CHINA ELECTRIC POWER NEWS)."""
    return (bool(patterns.HEADER_PIECE.match(text) or patterns.is_top_flag(text) or patterns.MASTHEAD.match(text))
            or patterns.header(text) is not None)


def _beside_header(units: list[Unit], index: int) -> bool:
    """Is a date or page piece of the header right above or below this line?"""
    return any(_header_piece(units[k].text.strip()) for k in (index - 1, index + 1) if 0 <= k < len(units))


def _over_text(units: list[Unit], index: int) -> bool:
    """Does a sentence come right under this line?  A short title there heads a story or a photo
    (第6版 / 雨口夺粮 / 5月21日夜，…): a section name is set over a headline, not over text."""
    if index + 1 >= len(units):
        return False
    below = units[index + 1].text
    return "。" in below or "，" in below and not headline_like(units[index + 1])  # 铁塔上，有一群“追光者”: a headline


def _named_at_top(units: list[Unit], index: int, text: str) -> bool:
    """Is this short word the section the page's header names (…第5版 东海潮 / 东海潮 / 副刊), or the word
    under it or under the paper's name (江城晚报 / 暴雨直击), a page's name set large over the first story?  A
    short word under a section taken only by its place is the first story's kicker (农业科技 / 春管一线)."""
    above = [unit for unit in units[:index] if unit.role == "furniture"]
    return bool(above) and (any(text in unit.text for unit in above)
                            or len(above[-1].text) <= _SECTION and above[-1] is units[index - 1]
                            # under the paper's name or a section its header names; not 农业科技 / 春管一线: a kicker
                            and (patterns.PAPER_NAME.match(above[-1].text) is not None and not _section_named_above(units, index)
                                 or any(above[-1].text in unit.text for unit in above[:-1]))
                            and not _over_text(units, index))


def _section_named_above(units: list[Unit], index: int) -> bool:
    """Has the header above already named the page's section (第3版　综合·民生, 时政·党建 over the date, or a word of four
    under the paper's name: 哈日淖尔报 / 02 / 牧业经济)?  Then a word under it (民生实事·进行时, or under the paper's name:
    学思践悟) kicks the first story."""
    above = [unit for unit in units[:index] if unit.role == "furniture"]
    paper_named = any(patterns.PAPER_NAME.match(unit.text.strip()) for unit in above)
    return any(_SECTION_NAMED.search(unit.text) or _DOTTED_SECTION.match(unit.text.strip()) or _bare_section(unit.text)
               or paper_named and _section_word(unit.text) for unit in above)


def _section_word(text: str) -> bool:
    """Is this header line a section's name of four characters (牧业经济, 草原文化), no edition's or issue's label
    (周末特刊, 本期八版), no flag (免费交流), no paper's name in its region's script?"""
    word = text.replace(" ", "")
    return (len(word) == _SECTION and _CHINESE_WORD.match(word) is not None and not word.endswith(_ISSUE_LABEL_ENDS)
            and word not in _FLAG_WORDS and not _header_piece(word))


_CHINESE_WORD = re.compile(r"^[\u4e00-\u9fff]+$")
_ISSUE_LABEL_ENDS = ("版", "刊", "号", "报", "期")
_FLAG_WORDS = frozenset(("免费交流", "内部资料", "内部交流"))


def _bare_section(text: str) -> bool:
    """Is this header line a section's name alone, of two or a kind of news (文娱, 理　论, 成都新闻)?  A longer word
    there may be the paper's name (3 / 环球参考 / 2024年5月16日　星期四)."""
    word = text.replace(" ", "")
    return ((len(word) == _SECTION_WORD or word.endswith("新闻") and len(word) <= _SECTION_BY_PLACE)
            and word.isalpha() and "版" not in word and not _header_piece(word)  # 周四: the header's weekday
            and patterns.PAPER_NAME.match(word) is None)  # 晶报: the paper's own name


_SECTION_WORD = 2  # characters
_EDITORS_WORDS = ("编者按", "编者的话", "编后", "开栏的话")  # the editors' words under a title: 归途 / 编者按 is no section
# a header that names its section after its page (第3版　深度, A08 民生): a word under it kicks the first story (追踪)
_SECTION_NAMED = re.compile(r"(?:版|[A-Z]\d{1,3})\s+[\u4e00-\u9fff·]{2,6}$")
_SPEECH_LINE = 12  # characters: an indented line this long is a paragraph's, no title set centred
_PAGE_GROUP = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}[日晚]?报|周末|[\u4e00-\u9fff]{0,4}(?:副刊|专刊|周刊))·")  # 东湖晚报·美食: a page's
# a page's name joined to its group's or its paper's by a dot (周末·旅游, 东湖晚报·美食), as a 晚报 heads its pages
# (赓续历史文脉·考古故事 is 人民日报's column over a story)
_DOTTED_SECTION = re.compile(r"^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{2,4}[日晚]?报)·[\u4e00-\u9fff]{2,4}$")


def _nearer_below(units: list[Unit], index: int) -> bool:
    """Is this line, a column's name of two long parts (乡村振兴·一线见闻, not a section's 侨乡·侨情), set with fewer blank
    lines under it than over it?"""
    return (len(units[index].text.replace("·", "")) >= _COLUMN_KICKER and index + 1 < len(units)
            and units[index + 1].gap_before < units[index].gap_before)


def _under_a_title(unit: Unit) -> bool:
    """Is this line what stands under a title: its writer (□　林　溪, 本报记者…) or its subtitle (——…)?"""
    text = unit.text.strip()
    return (unit.role == "byline" or text[0] in patterns.AUTHOR_MARKS or text.startswith("——")
            or patterns.BYLINE_START.match(text) is not None)


def _after_page_number(units: list[Unit], index: int) -> bool:
    """Is the line above a header's page piece (第2版, A12), a section name following it (综合)?  Under the
    header's dated line (2 2024年6月5日 星期三 编辑：王 芳) only a word of two over a headline is (综合, 要闻), a
    dotted page name (周末·旅游) or a kind of news (文娱新闻): 团结协作 there opens the first story's headline, and 看船
    over a byline is one."""
    piece = units[index - 1].text.strip() if index else ""
    word = units[index].text.strip().replace(" ", "")  # 民　生, letter-spaced
    if word != units[index].text.strip() and index + 1 < len(units) and _under_a_title(units[index + 1]):
        return False  # …第8版 / 乡　愁 / □　林　溪, 蝶　变 / ——…纪实: a title letter-spaced, its writer or subtitle under it
    # 第5版　老年健康 / 专家提醒: the page named its section, the word under it kicks the first story (a dotted part of
    # the section stays the page's, 第10版　华人世界 / 侨乡·侨情, unless it is set nearer the title below than the
    # header above: 第7版　农业农村 / (blank) / 乡村振兴·一线见闻 / 一颗红薯“链”起一村富, a column's kicker, whether the
    # header names a section or not: …第7版 / (blank) / 产业兴旺·看澄溪 / 一颗“云岭柿”　串起富民链)
    dotted = _DOTTED_SECTION.match(word) is not None
    if dotted and _nearer_below(units, index) and not _PAGE_GROUP.match(word):
        return False
    numbered = (bool(patterns.HEADER_PIECE.match(piece)) and ("版" in piece or piece[-1].isdigit())
                and (not _SECTION_NAMED.search(piece) or dotted)
                and not (piece.isdigit() and _section_named_above(units, index - 1)  # 民生 / 03 / 政策问答: a kicker
                         and not (index > 1 and units[index - 2].text.strip() in _SUPPLEMENTS)))  # (副刊 / 04 / 六盘: its part)
    named = ((len(word) <= _SECTION_WORD or dotted or word.endswith("新闻") and len(word) <= _SECTION)
             and patterns.header(piece) is not None and not _section_named_above(units, index)
             and index + 1 < len(units) and (headline_like(units[index + 1])  # 社会 / 记者调查 / 门前…: over a kicker
                                             or patterns.BODY_LABEL.match(units[index + 1].text) is not None
                                             and not units[index + 1].text.startswith(_EDITORS_WORDS)))
    return units[index - 1].role == "furniture" and (numbered or named)


# The weather box of a page: 天气预报：今天阴转小雨，5℃～9℃，东北风3～4级。 or 天气预报 over
# 今天：阴有小雨，5℃～10℃。 / 明天：多云，6℃～12℃。
_WEATHER = re.compile(r"^(?:今日|明日|今天|明天|本市)?天气(?:预报)?(?:\s*[:：]|$)|^[■●◆▲]\s*(?:今日|明日|本市)?天气预报$"
                      r"|^(?:(?:今天|明天|后天|今日|明日)(?:白天|夜间)?|今夜|白天|夜间)\s*[:：][^。]{0,40}(?:℃|摄氏度)"  # 今天白天：
                      # 港区天气：11月21日　多云转晴　…　17℃～24℃ (not a headline, 国庆天气：晴好为主 最高气温28℃, nor a story's
                      # line, 北部山区天气：阴有小雪，-6℃～1℃)
                      r"|^[\u4e00-\u9fff]{1,6}天气\s*[:：][^。，]{0,40}\s-?\d{1,2}℃?\s*[～~—-]\s*-?\d{1,2}℃$"
                      r"|^(?:今天|明天|今日|明日)[^。，\s]{1,8}\s*-?\d{1,2}℃\s*[～~-]\s*-?\d{1,2}℃"  # 今天多云转阴 22℃～30℃
                      # a box's or a masthead's line with a range of degrees (多云转阵雨 22℃～30℃, 天气 晴 3～12℃), its wind;
                      # not a headline on a change of weather (今明两天全省降温6℃～10℃), nor a table's row of two ranges
                      # (番茄　25～28℃　15～17℃: a crop's days and nights)
                      r"|^(?![^。，！？]*(?:降温|升温|回升|下降|上升))"
                      r"(?![^。，！？\d-]{1,6}\s+-?\d{1,2}\s*℃?\s*[～~—-]\s*-?\d{1,2}\s*℃\s+-?\d)"
                      r"[^。，！？]{0,16}?-?\d{1,2}\s*℃?\s*[～~—-]\s*-?\d{1,2}\s*℃[^。，！？]{0,16}$"
                      # (the sea's too: 东南风4～5级　海上5～6级)
                      r"|^偏?[东南西北]{1,2}风\s*\d{1,2}(?:\s*[～~-]\s*\d{1,2})?级(?:\s+(?:海上|沿海|阵风)\s*\d{1,2}(?:\s*[～~-]\s*\d{1,2})?级)?$")
_WIND = re.compile(r"^偏?[东南西北]{1,2}风\s*\d{1,2}(?:\s*(?:[～~-]|至|到)\s*\d{1,2})?级$")  # 南风2级, 北风5至6级
_WEATHER_LONGEST = 80
_DAYS_APART = 2  # lines between a forecast's days, at most: a day's row may wrap into its wind
# A front page's index (今日导读 / 全市中小学今起放暑假 A3 / 地铁5号线南延段下月开通 ▶A6): pointers, not headlines;
# not an age group (…亚洲少年（U18）, 男足U20)
_INDEX = re.compile(r"^(?:今日|本期|本版|今日要闻)?(?:导读|提要|要闻提示)$|^(?:本期|本版)看点$"  # 今日看点: a markets box too
                    r"|^[^。！？，]{4,30}?(?:\s*[▶►→…·>》〉»]+\s*|\s+)(?:(?!U\d)[A-Za-z]\d{1,2}|第?[0-9一二三四五六七八九十]{1,3}版)$"
                    r"|^[^。！？，（(]{4,30}?[（(](?:(?!U\d)[A-Za-z]\d{1,2}版?|第?[0-9一二三四五六七八九十]{1,3}版)[）)]$")  # …开赛（3版）


# What a line must show for any test of role_of to find more than text in it: a first character one of them opens on
# (a jump's bracket, an editor line's role, a hotline's desk, a weather box's day, a credit's 图, a byline's mark …), a
# last character one of them ends on (a masthead's 报, an imprint's 份, an index's page, a credit's 摄 …), or a
# character one of them looks for anywhere (a header's date or 版, a flag's 号 or 期, a byline's 记者 or 文, a space
# between names …).  Nine lines in twenty, plain column text, show none and are text without the tests: each table
# here follows the tests' own (a test holds those that live in patterns), and a new test must add what it asks for.
_SHOWS_FIRST = frozenset().union(
    patterns.JUMP_STARTS, patterns._EDITOR_LINE_OPENERS, "（(欢本",  # is_furniture: editors, calls for contributions
    "新报爆广公发热市民投读登分健房楼汽", "本报社广地", patterns._EAR_OPENERS, "扫▲△▶►更下", "主",  # hotline, imprint, ear, app, flag
    "天今明本后白夜东南西北偏",  # _WEATHER
    patterns._CREDIT_START_CHARACTERS, patterns._PICTURE_SOURCE_STARTS,  # is_credit
    "指", (start[0] for start in patterns._SOURCE_STARTS), patterns.AUTHOR_MARKS, "采口整")  # is_byline_line
_SHOWS_LAST = frozenset().union(
    "印份办", "报讯版",  # is_furniture's imprint and sponsors, masthead
    "版读点示要）)", patterns._CREDIT_END_CHARACTERS, "著")  # _INDEX, is_credit, is_byline_line (and any ASCII letter or digit)
_SHOWS_ANYWHERE = re.compile(
    r"[\-./版"  # header: a date in figures, a page (one spelled out holds 月, as a flag may)
    r"热线客@号办期历月whmMnN内准"  # is_furniture: hotline, tips, app, e-mail, flag (_FLAG_HINT, _in_house_flag)
    r"报報℃"  # masthead, weather
    r"班供编记通实文摄特撰摘\s]")  # is_byline_line: a class, 供稿, 编译, 报道, roles (BYLINE_START's words), names apart


def _shows_no_role(text: str) -> bool:
    """Does the line show nothing any test of role_of asks for, so that it is text whatever they say?"""
    first, last = text[0], text[-1]
    return not (first in _SHOWS_FIRST or first.isdecimal() or last in _SHOWS_LAST or last.isascii() and last.isalnum()
                or first in patterns.FOLK_SONG_ROLES and "：" in text[2:6]  # 演唱：马占福, 搜集整理：…: a song's credit
                or _SHOWS_ANYWHERE.search(text))


def role_of(text: str) -> str:
    if _shows_no_role(text):
        return "text"  # most plain column lines: one look instead of some forty tests
    return _role_shown(text)


def _role_shown(text: str) -> str:
    if text[0] in patterns.JUMP_STARTS and patterns.jump(text):
        return "jump"
    if (_short_enough_for_furniture(text) and patterns.is_furniture(text) or patterns.masthead(text)
            or (text[0] in "天今明本后白夜东南西北偏■●◆▲" or "℃" in text) and len(text) <= _WEATHER_LONGEST and _WEATHER.match(text)
            or len(text) <= 40 and (text[-1].isascii() and text[-1].isalnum() or text[-1] in "版读点示要）)")
            and _INDEX.match(text)):
        return "furniture"
    if patterns.is_credit(text):
        return "byline" if patterns.credits_writers(text) else "credit"
    if patterns.is_byline_line(text) and not patterns.BODY_LABEL.match(text):
        return "byline"  # 记者手记 names no reporter 手记, 记者试驾 none 试驾
    return "text"


_HEADLINE_MAX = 50
# A column's tag over a title, or a part's number under it: （总书记的关切·落地的回响）, （百姓关注）, （三十七）
_BRACKETED_TAG = re.compile(r"^[（(](?![^（）()]*(?:记者|通讯员|作者|编辑|整理|采写|摄|供图|据|来源|综合|完|待续|图|本报|电|讯|社|报道"
                            r"|谜底|答案|下期))"  # （谜底见下期）: a riddle box's note
                            r"(?![\u4e00-\u9fff]*(?:部|处|科|室|局|委|办|厂|站|所|队|中心|公司)[）)]$)"  # （安全环保部）: who supplied it
                            r"(?:[\u4e00-\u9fff]{1,6}|[\u4e00-\u9fff]{2,10}[·•・][\u4e00-\u9fff]{2,10}"
                            r"|\d{1,2}月\d{1,2}日\s?[—－\-～~至]\s?(?:\d{1,2}月)?\d{1,2}日"  # （5月6日—5月12日）: a box's week
                            r"|[\u4e00-\u9fff]{1,8}[〔［\[]\d{4}[〕］\]]第?\d{1,4}号)[）)]$")  # （瓯信拍〔2024〕第36号）: a notice's number
_DECK_MAX = 40


def _short_enough_for_furniture(text: str) -> bool:
    """Editor lines are short, or a row of several pages' credits with no sentence in it."""
    return len(text) <= 60 or (len(text) <= 150 and "。" not in text)


def _more_editors(units: list[Unit], index: int) -> bool:
    """Names alone in the editor line's type, after it at the top: more of its names (徐雷鹏 李佩阳, 燕).

    Only where sizes were measured: from text alone, a short headline with
    spaces in it (春耕 正当时) reads the same."""
    line = units[index].lines[0]
    editors = [unit.lines[0] for unit in units[:index] if unit.role == "furniture" and patterns.FURNITURE.match(unit.text)]
    return (bool(editors) and line.font_size is not None and editors[-1].font_size is not None
            and abs(line.font_size - editors[-1].font_size) <= 0.05 * editors[-1].font_size
            and (patterns.NAMES_ONLY.match(units[index].text.strip()) is not None
                 or patterns.ONE_NAME.match(units[index].text.strip()) is not None))


def deck_line(unit: Unit) -> bool:
    """A deck set as a short paragraph under a headline: one line that ends no sentence (从严惩处以误导公众方式使用商标)."""
    return (unit.role == "text" and len(unit.lines) == 1 and len(unit.text) <= _DECK_MAX
            and not patterns.ends_sentence(unit.text) and "。" not in unit.text
            and patterns.trailing_jump(unit.text) is None)  # 元，惠及3.（下转第二版） closes a story


def headline_like(unit: Unit) -> bool:
    """Could this unit be a headline line: one short line that ends no sentence?"""
    text = unit.text
    if unit.role != "text" or len(unit.lines) > 1 or len(text) > _HEADLINE_MAX or unit.lines[0].indent:
        return False
    if "。" in text:
        return False  # a sentence's stop: no heading, whatever else the line holds (a third of printed lines: looked at first)
    if len(text.strip()) < 2 or text.startswith("<"):
        return False  # a lone character left at a column's top (大 / 局), or markup left in the text (<a href="https:)
    if text[0] == "@" or "@" in text and ("——@" in text or patterns.holds_email(text)):
        return False  # @江边的风：…, “5号线终于来了！”——@打工人阿晨: a reader's comment; 投稿邮箱：…@163.com: an address
    if text.startswith(_ANSWERS_LINE):
        return False  # 上期谜底：1．雪　2．风, 答案：8天。: a puzzle box's answers, its last line
    if text.startswith("——摘自") or text.startswith("——") and patterns.SOURCE_SIGNED.match(text):
        # ——摘自《光明日报》2024年5月6日, ——日本《朝日新闻》网站: where the words above were taken from, not a subtitle
        return False
    if text in _LETTERS_CLOSE:
        return False  # 此致 (/ 敬礼！): a letter's closing words, over its signature and date
    if text.endswith("发布") and _ISSUED_BY.match(text):
        return False  # 申江市气象台发布: who issued the forecast or the figures above, a box's last line
    if ":" in text and _AIRS_AT.search(text):
        return False  # 《茶山儿女》 / 衡湘台综合频道　每晚19:35　两集连播: when and where a show airs, its item's first line
    if patterns.script_caption(text):
        return False  # 书法作品 / 行书　自作联：… / 马文斌　书: a calligraphy work's caption, its script then what it writes
    if text.startswith(patterns.NOTE_LABELS) and len(text) > _NOTE_LABEL_WIDTH:
        return False  # 注：PM2.5浓度单位为微克/立方 / 米。: a table's note, however it is cut, no title
    if text.startswith("摄于"):
        return False  # 渔归 / 摄于鳌头屿渔港 / 黄振东　摄: where the photo was taken, its caption under its title
    if patterns.figure_alone(text):
        return False  # 3286.5亿元, 21.4%: a figure box's number, over what it counts
    if diary_day(text):
        return False  # 6月2日　大雨: a diary's day, over its entry
    if text[0] in "（(" and patterns.WEEKDAY_OPENS.match(text):
        return False  # …2025年11月2日 / （星期日）8:00: a date's weekday and time carried to the next line
    if ("丨" in text or "｜" in text) and patterns.COLUMN_BAR.match(text):
        return True  # a column's name and its bar open a headline, whatever its end
    if text[-1] in ":：" and (patterns.SALUTATION.match(text) or _SPEAKER_TURN.search(text) or "，" in text
                              or text[-2] not in _PLACE_KINDS and patterns.is_names_line(text[:-1])
                              or _DAY_FIRST.match(text)):
        # 编辑同志：: a letter's first line; 读者张女士问：, …法官郑雨桐答：: a turn's speaker, its words below; 林海波：: whom
        # a court's notice is addressed to; …因生产规模扩大，现招聘以下人员：: a sentence leading into a list, as does
        # one that opens on its day (4月11日曼喃农贸市场主要农产品价格：)
        return False
    if text.startswith("【") and _TOPIC.match(text):
        return False  # 【话题】第一次站夜岗，你想到了什么？: the question a box of sayings answers
    if "；" in text or text.count("，") > 1:
        return False
    if (text[0] in "（(" and text[-1] in "）)" and (not _BRACKETED_TAG.match(text) or patterns.is_names_line(text[1:-1]))
            or text.count("（") != text.count("）")):
        return False  # （本报记者张腾扬参与采写）, （林一凡）: a note or a brief's writer, not a heading
    if patterns.ends_sentence(text) and not (text.rstrip(patterns.CLOSERS)[-1] in "？！?!" and len(text) <= 25
                                             and not _DIALOGUE_TURN.match(text)):
        return False
    return not (patterns.trailing_jump(text) or patterns.is_staff_credit(text)
                or patterns.opens_continuation(text) or patterns.BODY_LABEL.match(text)
                or patterns.DATELINE.match(text) or patterns.cross_reference(text)
                or (":" in text or "：" in text) and (_BOX_FIELD.match(text) or patterns.CONTACT_LINE.match(text)
                                                       or patterns.FIELD_LABEL.match(text) or patterns.TABLE_UNITS.match(text))
                or " " in text and (patterns.is_table_row(text)
                                    or text[-1].isdigit() and (patterns.LISTING_TIME.search(text) is not None
                                                               or _PHONE_FIELD.search(text) is not None)))


_DAY_FIRST = re.compile(r"^\d{1,2}月\d{1,2}日.*(?:价格|如下|情况|行情|名单|安排|指标|数据)[:：]$")  # (12月4日国家宪法日：: a kicker)
_AIRS_AT = re.compile(r"(?:频道|卫视|电视台)\s*(?:每晚|每天|每日|每周[一二三四五六日])?\s*\d{1,2}:\d{2}")
_PLACE_KINDS = "县区市"  # 桑浦县：: a place over its item's title, however like a name (桑 is a surname; not 张志镇, 刘海村)
_LETTERS_CLOSE = frozenset(("此致", "此致敬礼", "此致敬礼！"))
_ANSWERS_LINE = ("谜底：", "谜底:", "上期谜底", "答案：", "答案:", "参考答案")
# 申江市气象台发布, 省气象台11月7日6时发布 (the hour said: 省气象台发布 may kick a title): who issued a box's figures
_ISSUED_BY = re.compile(rf"^(?:[{patterns.CJK}]{{2,12}}(?:省|市|县|区){patterns.ISSUERS}"
                        rf"|[{patterns.CJK}]{{0,12}}(?:省|市|县|区|旗|盟|州){patterns.ISSUERS}\d{{1,2}}月\d{{1,2}}日\d{{1,2}}时"  # (旗气象台1月22日16时发布)
                        rf"|[{patterns.CJK}]{{2,12}}(?:协会|商会|学会)\s\d{{1,2}}月\d{{1,2}}日)发布$")  # 师市棉花协会　1月15日发布
# (set apart from its day: 中国汽车工业协会1月12日发布 may kick a headline)
_TOPIC = re.compile(r"^【(?:话题|问题|议题|本期话题|关键词|事件)】")  # 【关键词】AI替岗 / 【事件】…: a comment's fields
# Who asks or answers, alone on a line over the words (读者张女士问：, …法官郑雨桐答：); 伊朗最高领袖顾问： heads a story
_SPEAKER_TURN = re.compile(r"(?:读者|网友|市民|记者|听众|观众|家长|患者|居民|村民|群众|用户|考生|主持人)\S{0,12}问[:：]$"
                           r"|(?:法官|律师|医生|专家|记者|老师|教师|主任|局长|负责人|检察官|民警|工作人员)\S{0,6}答[:：]$")
_PHONE_FIELD = re.compile(r"(?:电话|热线|手机)[:：]\s?[\d—－-]{5,}")  # 112号　电话：2215786: no heading
# A turn of an interview or a transcript (问：…？, 主持人：…谢谢大家！): a question or a cry there is said, not a
# heading (a speaker named in a headline, 李强：…！, is no role word)
_DIALOGUE_TURN = re.compile(r"^(?:问|答|主持人|记者|读者问|读者|律师答|医生答|专家答|网友问)[:：]")
# A service box's field of figures (限行时间：7:00—9:00), or a fact of a film's, a book's, a school's or a flat's
# box (导演：宋业明, 定价：58.00元, 院校代码：10422, 参考均价：…): no heading
_BOX_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：][\d\s:：.—\-～~/]+$"
                        r"|^(?:导演|主演|编剧|演出|片长|上映|出品|出版社|定价|售楼热线|参考均价|均价|户型|项目地址|开发商|院校代码"
                        r"|学校代码|招生咨询电话|招生计划|票价|演出时间|演出地点|展期|展览地点)[:：]")
