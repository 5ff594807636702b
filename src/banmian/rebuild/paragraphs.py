"""Stage 3: join the lines that a line end or a column end cut into paragraphs."""

from __future__ import annotations

import bisect
from collections import Counter
import re

from banmian.model import FRAGMENTS, Layout, Line, Unit
from banmian.rebuild.junctions import LONGEST_FRAGMENT, ends_paragraph, heads_a_paragraph, opens_paragraph, runs_on
from banmian.rebuild.layout import width
from banmian.rebuild.lexicon import columns, word_across, words
from banmian.rebuild.patterns import (
    ASKED, AUTHOR_MARKS, CALLER, CI_TUNES, BOOK_ENTRY, BOX_LABEL, BRACKETED_LINE, BRIEF_MARKS, BYLINE_OPEN, BYLINE_START, CALLING_SIGNER,
    CAPTION_MAX, CASE_NUMBER, CJK, song_note, CJK_CHAR, CLASSICAL_VERSE, CLAUSE_END, CLOSERS, CLOSING_NOTE, COLUMN_MAILBOX,
    CONTACT_LINE, DATED_SCENE, DATELINE, DATE_OPENS, DOCUMENT_TITLE, ISSUED_DOCUMENT_TITLE, ENDS_ON_PHONE,
    ENDS_ON_PHONES, ENDS_ON_PHOTO_CREDIT,
    ENDS_ON_SERVICE_LINE, FIELD_LABEL, FOLIO, FURNITURE, GENRE_NAME,
    BOX_ISSUED, CASE_PART, ISSUER_NAME, LISTING_TIME, NAMES_ONLY, NOTICE_DATE, NO_LINE_START, OPEN_CREDIT, PADDED_NAME, PART_END, PLACED_BRIEF, POEM_SET, QUESTION, RANK_SIGNER,
    REFERENCE_ENTRY, REMINDER_DECK, REPORTER_COLUMN, REVIEW_SUBTITLE, SALUTATION, SET_PART, SIGNATURE, SONG_PART, NOTE_LABELS,
    SAYING_SIGNED, SCHEDULE_ROW, SCRIPT_GLOSS, SECTION_NUMBER, SERVICE_BOX, SPACED_ROWS,
    NAME_FIRST_CREDIT, PLACE_TITLE, SIGNED_BRIEF, SOURCE_CLOSES, SOURCED_LEAD, SOURCE_SIGNED, SPEAKER_LINE, SUBHEAD_MARK, TABLE_UNITS, TOWN_TITLE, UNIT_CREDIT,
    WEEKDAY_OPENS, WRITER_MARKS, SIGNER_AT_END, GLOSSARY_ENTRY, SOURCE_LABELS, placed_minority_writer,
    NAMED_TOWN_TITLE, PROVIDED, bare_name, box_row, bracketed_document_number, calendar_row, change_row, chinese_number, closing_credit, closing_note, dateline_alone, ends_in_open_name,
    ends_counted_poem, ends_on_credit,
    ends_on_email, ends_sentence, figure_alone, figure_row, forecast_row, head_row, header, header_piece, in_a_circle, is_afterword, is_author_line,
    is_byline_line, is_credit, is_email, is_names_line, issuer_over_date, issuers_line, join_cut, label_and_figure, labelled_work,
    ethnic_poet, left_open, names_poem_form, noted_writer, opens_continuation, placed_noted_writer, placed_reader, opens_positioned_caption, own_block,
    points_elsewhere, pupil_line, role_alone, row_of_figures, rows_apart, run_in_credit, script_caption, signs_for_the_paper, spaced_roles, trailing_jump, unbalanced,
    winner_row, worker_signer, dotted_name, dotted_place, PLACE_SIGNER, is_table_row,
)
from banmian.rebuild.roles import deck_line, diary_day, folk_song_credit, headline_like

# Headlines and subheads do not end on these; a line that does was cut.
_OPEN_ENDINGS = set("的了和与及或在对把将被从向以并而之为着地得、，：“‘（《")
_OPEN_STARTS = set("的了地得着过们")
_LONGEST_HEADING = LONGEST_FRAGMENT  # characters: longer lines are sentence text
_SENTENCE_MARKS = "，。；：！？"  # a title has none of these
_DATED = re.compile(r"\d{1,4}[年月日]|截至")  # a note dates what it stands under: （2025年9月）, （截至7月22日）
_SHORTEST_CLAUSE = 4  # characters: a sentence's first clause is no shorter (草坪，… is a field value's last word)
_OPENING_CLAUSE = 13  # characters: a sentence's first clause under a notice's field ends within them
_FIRST_STOP = re.compile(r"[，。]")
_CARRIED_ON = ("及", "和", "与", "等", "以及", "并")  # …沿线的文昌社区 / 及人民路沿线…: a list going on
_COMMENTATORS = ("本报评论员", "本报特约评论员")
_SHORT_OPENERS = frozenset(("届时", "同时", "此外", "另外", "期间", "为此", "对此"))  # a clause of its own before a comma
_NOTICE_OPENERS = ("请", "望", "如", "若", "届时", "凡", "敬请")  # 望广大用户相互转告。: a notice's sentence of its own
_OPENING_SENTENCE = 24  # characters: and its first sentence, if it has no clause before
# 办理时限：材料齐全的…, 项目名称：…: a field by its label and colon (not 人介绍：“…: who speaks, cut at a line's head, nor
# 的电话：…: a sentence's words carried onto a line); one field a line (not 街道社区：40名，乡镇社区：20名。: a value's parts)
_LABELLED = re.compile(r"^(?![的了地得着过们和与及或而之])[\u4e00-\u9fff]{2,4}(?<!说)(?<!介绍)(?<!表示)(?<!指出)(?<!强调)(?<!认为)(?<!告诉)(?<!透露)(?<!坦言)[：:]"
                       r"(?![^：:]*[\u4e00-\u9fff][：:]).{6,}$")
_QUOTED_SUBHEAD = 16  # characters: the longest saying set as a subhead, quotes and all
_SENTENCE_STOPS = re.compile(r"[。！？!?…]")
_OPENS_ON_PREPOSITION = re.compile(r"^(?:根据|按照|依据|依照|对于|关于|由于|为了|随着|经过|通过|在|对|据|从|当)")
_QUOTED_WORD = re.compile(r"“[^“”]{1,6}”")  # 在“活”字上下功夫: a title quoting its key word
_FIRST_CLAUSE = re.compile(r"[^，。：；！？]*")
_OWN_CLAUSE = 6  # characters of a first clause that opens a sentence of its own (的原则，…, 网购时，…: a sentence's rest)
_NARROWER_TITLE = 2  # characters a title under a kind of piece's name is shorter than the text under it, at least
_WIDER_TITLE = 2  # or wider (让法治成为牧区治理的“定盘星” over 草场边界、牲畜买卖、婚姻家)
_WIDEST_HUNG = 3  # at most: a line wider still is no column's line, which the column's width says (_full)
_NARROWEST_COLUMN = 10  # characters of a printed column's line, at least
_HEADLINE_LINES = 4
_HEADING_SHORT_BY = 3  # characters short of the column under it
_CUT_NEAR_THE_EDGE = 3  # characters short of its column: a line cut inside a word, its width read short
_PAST_THE_EDGE = 1.51  # characters a column's text may reach past its width; a line wider is a heading's
_OPENERS = "（“《‘【「『("
_CLOSER_OF = {"（": "）", "(": ")", "【": "】", "“": "”", "「": "」", "『": "』"}
_LONG_PARAGRAPH = 6  # lines
_APART = -2.5  # junction log-odds below which the two sides of a cut read as two paragraphs
# junction log-odds above which sentence text too long for a heading, ending without a stop, reads on:
# such a line ends a paragraph only where what follows plainly opens one (…长效运 / 转机制，…)
_READS_ON = -1.5
_ITEM_TITLE_TAIL = 20  # characters: the most of a numbered item's title sentence a column cut leaves to the next
_CLAUSED_TEXT = 28  # characters: a fragment this long with two commas in it is sentence text
_SHORTEST_MOULDED = 4  # characters: shorter headings, or first clauses, are alike by chance
_LONGEST_MOULDED = 16  # characters: a subhead of two clauses is no longer
_WRAPPED_HEADLINE = 30  # characters: a headline of two lines is no longer
_TITLE_HALF = 16  # characters: the first line of a title split at its comma is no longer
_SHORT_TITLE_LINE = 24  # characters: nor is its second line longer than this
_KICKER = 8  # characters: a kicker or a column's name over a title is no longer
_TITLE_LEAST = 4  # characters of a title under a source line, at least (消费提示)
_BODY_ENDS = "局院所部会委厅站台办社心司队组处科馆行团"  # what an organisation's name ends on: 中心, 公司, 调查队
_SECTION_LABEL = re.compile(r"^【[^【】]{1,10}】")  # 【演出】, 【基本案情】, 【事件】…: a section's or a field's label
_COMMA_TITLE = 12  # characters: a title of two short phrases parted by a comma, at most
_QUOTING_COMMA_TITLE = 16  # characters of such a title quoting its word (复工第一班，我先“唠叨”半小时): no sentence's head
_TIME_OPENERS = ("近年来", "近日", "日前", "目前", "当前", "如今", "今年", "随着")  # a sentence's head, no title's
_SENTENCE_TEXT = re.compile(r"[。；]")  # the stops a line of sentence text holds and a heading never does
_CLOSING_FORMULA = re.compile(r"^(?:特此(?:公示|通知|公告|通告|声明|更正|函告|说明)|敬请谅解)[。！!]?$")
_CUT_REST = 12  # characters: the end of a paragraph cut by a column, alone in its fragment (阶段。, 力量！)
_CLAUSE_MARKS = re.compile(r"[，、；：]")  # what sentence text holds and a title, mostly, does not
_MONTH_CUT = re.compile(r"\d{1,2}月$")
_DAY_OPENS = re.compile(r"\d{1,2}日")
_CALLINGS_BEFORE_NAMES = ("村民", "居民", "市民", "职工", "工人", "农民", "游客", "民警", "志愿者", "党员", "种粮大户", "师傅")
_NAMED_AT_END = re.compile(rf"，[^，]*(?:{'|'.join(_CALLINGS_BEFORE_NAMES)})(?P<name>[\u4e00-\u9fff]{{3}})$")
_DOES_OPENS = "在正将把向为对从与和给"  # 在自家大棚里采摘…, 正在…: what the named person does, opening the next fragment
_SENTENCE_REST = 8  # characters: a sentence's rest carried under a full line, closing it (更是人心。, 行为的可索赔。)
_TOWN_ITEM_TITLE = 6  # characters at least of a town's item's title after its colon (not 城南街道：网格员 / 入冬以来，…)
_UNIT_CREDIT_CUT = re.compile(r"^[（(][\u4e00-\u9fff]{2,20}[ 　][\u4e00-\u9fff]{1,2}$")  # （县纪委监委第二审查调查室　廖志
# ●沙河镇　村级老年食堂实现全覆盖　随着北庄村老年食堂投用，沙河镇…: a marked item, its place and title run into its text
_RUN_IN_ITEM = re.compile(r"^[■●◆▲★◎].*[ 　][^ 　，]{2,}，[^ 　]+$")
_FIELDS_HEAD = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：][\u4e00-\u9fff]{2,6}[（(][^（）()]{1,10}[）)]$")  # 品种：价格（元/公斤）
_SOURCE_NOTE = re.compile(r"^[（(][^（）()]{2,24}(?:供稿|提供|发布|整理)[）)]$")  # （中国环境监测总站供稿）, （周红梅　整理）, not （扣缴）
_PUPILS_REST = 12  # characters of a pupil's author line wrapped under it: 级（4）班　王子轩
_BOX_LABEL = 7  # characters: ■【背景资料】, the longest box label
_NUMBER_GOES_ON = frozenset("×＊*0123456789０１２３４５６７８９")  # the rest of a number cut at a line's end, digits masked or not
_MARKED_LABEL = 8  # characters: ◆ 律师提醒, a marked label, mark and space included
# characters: 海州撤县设市30年大事记 and longer, the longest label of a block of its own (no pointer, patterns._POINTER,
# nor afterword's label is longer)
_BLOCK_LABEL = 20
_RHYTHM_CUTS = 4  # sure column cuts on each side of a doubtful one that tell the column height
_SHORTEST_COLUMN = 60  # characters: columns hold more; nearer cuts are a paragraph cut twice
_TWO_COLUMNS_LEAST = 100  # characters: no two columns hold fewer (twice the shortest, less their slack)
_RHYTHM_SLACK = 3  # characters a column holds more or less than the others of its story, plus
_RHYTHM_SHARE = 0.03  # this share of its height
# …现场达成就业意向500余人。（郑一鸣）: a brief signed by its writer's name alone, closed
# A box's field: 限行时间：7:00—9:00, 联系人：林先生, 供电服务热线：95598
_FIELD = re.compile(r"^[\u4e00-\u9fff]{2,8}[:：]\s*[^\s。，]")
# 下午　14:30—17:30: a schedule's row, a span of hours after its label
_HOURS_ROW = re.compile(r"^[\u4e00-\u9fff]{1,12}\s+\d{1,2}[:：]\d{2}\s*[—－～~-]{1,2}\s*\d{1,2}[:：]\d{2}$")
_POINTER_CLOSES = re.compile(r"[。！？][（(][^（）()]{0,12}见[^（）()]{0,6}版[）)]$")  # …。（相关报道见第三版）
_INTERVIEW_DECK = ("——访", "——专访", "——记")  # what opens a deck under an interview's or a profile's title
_TITLE_UNDER_DATE = 8  # characters of a piece's short title under a notice's dated foot (杀年猪), at most
_NOTICE_DATED = re.compile(r"^\d{4}年\d{1,2}月(?:\d{1,2}日)?$")  # a date with its year, whole: what a notice is dated
_DATE_ONLY = re.compile(r"^(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日)?$|^[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日$")
# 问候。他表示…, 勋章。: no paragraph opens on a sentence this short, and only 9 of the news corpus's
# 152,916 are one (特此公告。)
_SHORT_FIRST_SENTENCE = re.compile(r"^[^。！？；，]{1,4}。(?:..|$)")
# 该负责人称。 / 他说。: who said the sentences before; no paragraph of the news corpus opens on one
_ATTRIBUTION = re.compile(r"^[^。！？；，“”：]{1,8}(?:称|说|表示|介绍|指出|透露|坦言)。")
# 仓表示，… / 东说，…: a name's last character before what its bearer said; no paragraph of the news corpus opens on one
# but 据 and the pronouns (据介绍，他表示，), so the column cut the name (…教授王东 / 仓表示，…)
_NAME_TAIL_SPEAKS = re.compile(r"^(?![据听他她它我你])[\u4e00-\u9fff](?:表示|说|指出|介绍|强调|认为|告诉|坦言|透露)，")
_NOTICE_HEADING = re.compile(r"^(?!.*[了的把被])[\u4e00-\u9fff]{2,14}(?:启事|公告|通告|声明)$")  # (no clause: …发布了一则启事)
# (a body's name: 临沅市供销社, 青藜少儿社, not a stage direction, 指向远处的合作社, nor a short name, 以下简称促进会)
_SENT_BY_BODY = re.compile(r"[（(](?!以下|简称|指|向|朝|对|走|笑|拍|看)[^（）()的，、\s]{2,16}"
                           r"(?:社|局|厂|委|会|院|所|站|中心|公司|办|队|部|处|馆|校|集团|银行|矿|场)[）)]$")
_SOURCE_AT_END = re.compile(r"[。！？”][（(][\u4e00-\u9fff]{2,12}[）)]$")  # …。（第二采油厂）: who sent the brief
_CASE_LESSON = re.compile(r"^(?:警示|教训|启示)$")  # a case's last part, its lesson
_PROSE_LINES = 3  # printed lines under a poet's line looked at for prose
_INNER_MARK = re.compile(r"[，、；](?!$)")  # a clause's mark inside a line, not at its end
_ASKING = frozenset("追反提发询质设访审疑学请顾慰过责盘叩探诘地")  # 追问, 提问, …地问: 问 ends a word with them
_BARE_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,8}$")  # 曝光台: a box's label, no mark in it
_SUPPLIED_AT_END = re.compile(r"[。！？”][（(][\u4e00-\u9fff]{2,20}(?:供稿|供图|提供)[）)]$")  # …。（县医疗保障局供稿）
_RANGE_OPEN = re.compile(r"\d[—－~～-]$")  # 8:00— / 20:00: a span of times or numbers, its end on the next line
_RANGE_GOES_ON = ("至", "到", "—", "－", "-", "～", "~")  # 4月21日 / 至22日: the other end of a span of dates
_OPENS_ON_DE = ("的确", "的士", "的哥")  # the words a paragraph or a heading may open on 的 with
_SPEECH_OPENS = re.compile(r"(?:说|道|表示|强调|指出|认为|介绍|坦言|感慨|回忆|问)[:：]$")
# A long feature's chapter number on a line of its own (1, 02, 三, ③): no column cut leaves a paragraph's
# first characters alone, so the number neither goes on a paragraph nor takes one on; unless a unit
# follows it (20 / 世纪50年代, 10 / 年前): a cut inside a count, whatever its place
_CHAPTER_NUMBER = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3}|[①-⑳])$")
_OPEN_CREDIT_REACH = 24  # characters: a credit's role and names before the cut
_CHAPTER_NUMBER_LONGEST = 3  # characters: asked at every junction, of lines that are nearly all longer
# A list item's number alone at a column's end (2. / 《…备忘录》): no item ends on its number (the news
# corpus holds no paragraph 2. or 二、 alone, though 80 （一） alone, a chapter's number)
# A saying's signer's calling at the line's end, his name to follow (——市政协委员、市人民医院副院长 / 　吴　刚); not a
# dash-led item (——经济总量突破1500亿元) nor a dated sign-off (——写于癸卯年冬至)
_SIGNERS_CALLING = re.compile(r"(?:委员|代表|主任|院长|书记|局长|校长|经理|主席|董事长|教授|所长|站长|队长|村民|居民|市民|负责人|医生|老师|教练)$")
_NUMBERED = re.compile(r"^(\d{1,2})([.．、])(?!\d)")  # 9.建设…, 10．新建…, 3、…: a list's item and its number
_ITEM_NUMBER = re.compile(r"^(?:\d{1,2}[.、．]|[一二三四五六七八九十]{1,3}、)$")
_COUNTED = frozenset("年月日号时点分秒世岁个万千百亿元角%％倍多余后前天周次名位家件条项米吨度届期级层人户所座辆台只头批场篇本部")
# What a sentence's verb asks a figure for, at a line's end (…人数下降 / 36%): the figure under it is its object
_COUNTS_ON = re.compile(r"(?:增长|下降|上升|提高|降低|减少|增加|达到?|为|约|近|超过?|突破|占)$")
_TIMESTAMP = re.compile(r"^[■●◆▲]\s?(?:\d{1,2}日)?\d{1,2}[:：]\d{2}$")  # a live report's marked time: ■10日17:40
_LIST_MARKS = "■●◆▲★◎"  # what opens each item of a list set one item a line
_STEP = re.compile(r"^第[一二三四五六七八九十]步[:：]")
_BRIEF_OPENS = re.compile(r"^本报(?:\d{1,2}月\d{1,2}日)?讯 ")  # 本报讯　近日，…: a brief's lead with no credit of its own
_BULLETS = "■●◆"  # the news corpus opens 95 paragraphs with ■ and 20 with ●, and has neither inside one
# A padded two-character name cut at a byline's last line (本报实习生 窦 / 皓): the surname alone
# after a space, its given name alone on the line below.
_NAME_CUT = re.compile(rf" [{CJK}]$")
_NAME_REST = re.compile(rf"^[{CJK}]$")
_SAYER_CUT = re.compile(rf"\s[{CJK}]{{2}}$")  # …——集卡司机 黄丽 / 娟: a saying's signer cut before his name's last character
# A byline's wrapped rest parts its names by spaces; a run longer than a name with no space in it is the story's
# text (本报记者 张晓东 / 今年是生活·读书·新知三联书店 / 的前身之一…), though · would let it read as one foreign name
_TOO_LONG_FOR_A_NAMES_REST = re.compile(r"^\S{11,}$")
# A reader's comment ends on its likes or its writer's handle or name: …（点赞2.3万）, “…”——@滨江小鹿
_COMMENT_END = re.compile(r"[（(](?:点赞|赞)\s?[\d.]+万?[）)]$")
_PADDED_NAME_OPENS = re.compile(r"^[\u4e00-\u9fff] [\u4e00-\u9fff][，,]")  # 鞠 明，男，…: a profile in a list of candidates
_HANDLE_SAYS = re.compile(r"^@[^\s：:@]{1,16}[：:]")  # @栖江小满：…: a reader's comment opens on its handle
_BY_HANDLE = re.compile(  # who said the quotation: ——@滨江小鹿, ——市民 张女士
    r"”——(?:@[^\s，。！？“”]{1,20}|[\u4e00-\u9fff]{0,16}\s[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})$")
_FIGURE_FIELD = re.compile(r"^[\u4e00-\u9fff（）()]{2,12}[：:]\s?[-+]?\d[\d.,]*(?:[万亿千]?[\u4e00-\u9fff]{1,4}|%)$")  # 全厂日发电量：5748万千瓦时
_LAW_ARTICLE = re.compile(r"^第[一二三四五六七八九十百]+[条章节][ 　]")  # 第五条 评价考核…
_LAW_CLAUSE = re.compile(r"^第[一二三四五六七八九十百]+条[ 　]")  # 第七条 党组织…: a rule's text follows its number
# ■ 东西部协作开展30年来，在助力…: a mark and a space before sentence text, no heading (■ 进取型：定投指数基金…)
_MARKED_TEXT = re.compile(r"^[■●◆▲★□◎◇▶►][ 　][^ 　]*，[^ 　]*$")
_RECALLED = ("起了", "见了", "到了", "忘不了")  # 想起了, 梦见了, 想到了: a sentence going on to what was recalled
_TIME_OPENS = re.compile(r"^(?:每年|每当|每逢|那年|那时候?|小时候|从前)[^，。]{0,3}，")  # 每年秋天，…: a sentence opened on when
_SENTENCE_OPENER = re.compile(
    r"^(?:此外|同时|现在|目前|近年来|近日|日前|据介绍|据了解|另外|其中|然而|但是|因此|所以|而且|首先|其次|最后|"
    r"今年以来|今年|去年|如今|当前|截至目前|与此同时|对此|为此|随后|此前|另一方面|一方面|据悉|记者了解到|"
    r"\d{1,4}年|\d{1,2}月\d{1,2}日)[^，]{0,3}，|^[^，。！？；]{1,12}(?:指出|强调|表示|认为|介绍|说|称|要求|提出|透露)，"
)


def blocks(units: list[Unit], layout: Layout) -> list[Unit]:
    """Units with each paragraph's lines merged into one text unit."""
    alone = (sure_headlines(units, layout) | verse_lines(units, layout) | _parallel_subheads(units, layout)
             | _rows_under_head_row(units))
    apart = _captions_under_gaps(units, layout)
    merged, junctions = _merge(units, layout, alone, set(), apart)
    if layout.form == FRAGMENTS:
        due = _cuts_due(units, junctions)
        if due:
            merged, _ = _merge(units, layout, alone, due, apart)
    return merged


def _rows_under_head_row(units: list[Unit]) -> set[int]:
    """Indices of a table's head row of three cells or more (路段　施工时间　绕行建议) and the rows under it with as many cells,
    two at least, whatever their cells hold (岭西高速K23至K31双向　3月20日至4月10日　大型货车建议经G207国道绕行): each a line
    of its own."""
    rows: set[int] = set()
    for index, unit in enumerate(units):
        cells = len(unit.text.split())
        if cells < _HEAD_CELLS or unit.role != "text" or not head_row(unit.text):
            continue
        below = index + 1
        while (below < len(units) and units[below].role == "text" and len(units[below].text.split()) == cells
               and "。" not in units[below].text):
            below += 1
        if below - index > _TABLE_ROWS:
            rows.update(range(index, below))
    return rows


_HEAD_CELLS = 3  # a head row's cells, at least, for the rows under it to be told by their count alone
_TABLE_ROWS = 2  # rows under the head row, at least


def _parallel_subheads(units: list[Unit], layout: Layout) -> set[int]:
    """Among fragments, indices of a feature's subheads of two short phrases built alike (一辆电动车，跑遍三个村 / … /
    一句承诺，守了十一年): a line cut at a column's end matches no other so (冰道浇成那天，全班同学排着队往)."""
    if layout.form != FRAGMENTS:
        return set()
    phrased = [index for index, unit in enumerate(units[:-1]) if unit.role == "text" and _TWO_PHRASES.match(unit.text)
               and not word_across(unit.text, units[index + 1].text)  # (…我国服务业发 / 展成效显著: a word cut)
               and units[index + 1].text[0] not in _RESTS_OF_CLAUSE]  # (…串联起亚太地区 / 的情谊…: a clause's rest)
    alike = {index for index in phrased for other in phrased
             if other != index and abs(other - index) <= _SUBHEADS_APART and _built_alike(units[index].text, units[other].text)}
    return alike | _one_phrase_subheads(units)


def _one_phrase_subheads(units: list[Unit]) -> set[int]:
    """Among fragments, a feature's subheads of one short phrase, three at least in a row a few paragraphs apart (or two
    built alike), each between a sentence's end and a paragraph (…打了四十多年交道。 / 墨是“熬”出来的 / 徽墨制作工序繁复，…):
    a column's end cuts few paragraphs so near their heads, and not three times in a row, section after section."""
    found = [index for index in range(1, len(units) - 1) if _subhead_between_paragraphs(units, index)]
    chains, chain = [], []
    for index in found:
        if chain and index - chain[-1] > _SECTION_UNITS:
            chains.append(chain)
            chain = []
        chain.append(index)
    chains.append(chain)
    return {index for chain in chains if len(chain) >= _SUBHEADS_IN_A_SET or len(chain) == 2 and _phrased_alike(units, chain)
            for index in chain}


def _phrased_alike(units: list[Unit], chain: list[int]) -> bool:
    """Are two subheads built alike, as long as each other and closing on the same word (产业链条拉长了 / 品牌效应显现了)?"""
    first, second = (units[index].text for index in chain)
    return len(first) == len(second) and first[-1] == second[-1]


def _subhead_between_paragraphs(units: list[Unit], index: int) -> bool:
    """Is this a short phrase of no stop between a sentence's end and a paragraph's opening, cut nowhere?"""
    text, above, below = units[index].text, units[index - 1], units[index + 1]
    return (units[index].role == above.role == below.role == "text" and _SHORT_SUBHEAD.match(text) is not None
            and ends_sentence(above.text) and len(below.text) > _PARAGRAPH_OPENING and not word_across(text, below.text)
            # (not a story's title over its lead, nor a photo's over its dated caption; nor a piece of a dateline, of a
            # quotation or of a clause going on in brackets: 本报北京5月26日电 / （记者…, 在上海“模速 / 空间”…; a subhead
            # closing on a dash is another kind, asked elsewhere)
            and not DATELINE.match(below.text) and not DATED_SCENE.match(below.text) and text[0] not in _BULLETS
            and not DATELINE.match(text) and not unbalanced(text) and below.text[0] not in "（(的地得了着过是就"
            and not _COUNT_OPENS.match(below.text)  # (合作社今年新建了 / 两座冷库，…: the object it counts)
            and not text.endswith("——") and text[-1] not in _CLAUSE_GOES_ON)


# 墨是“熬”出来的, 从老墨模里找新花样, and a saying quoted whole, two phrases (“跟着烟技员学，不吃亏”; a phrase quoted alone
# may open a sentence a column cut: “中美建设性战略稳定关系” / 不是一句口号，…)
_SHORT_SUBHEAD = re.compile(r"^(?:[^，。；：！？、（）()\s]{5,12}|“[^“”。；：！？（）()\s，]{2,8}，[^“”。；：！？（）()\s，]{2,8}”)$")
_SUBHEADS_IN_A_SET = 3
_COUNT_OPENS = re.compile(r"^[一二两三四五六七八九十几数]+[座条个家名位辆台套处间所项栋幢头只批片]")  # 两座冷库，…, 一条通往县城的…
_INDENT_WIDTH = 2  # characters: a paragraph's full-width indent
_CLAUSE_GOES_ON = "和与及或在对把将被从向以并而之为着地得否"  # what a phrase cut short ends on (…植被是否 / 有病虫害)
_SECTION_UNITS = 10  # a section's paragraphs under its subhead, at most, to the next subhead
_PARAGRAPH_OPENING = 20  # characters: a paragraph's first fragment, under a subhead


def _built_alike(text: str, other: str) -> bool:
    """Do two lines of two phrases open on the same character or run the same lengths (学生少了，心思没少)?"""
    return text[0] == other[0] or text.index("，") == other.index("，") and len(text) == len(other)


def _captions_under_gaps(units: list[Unit], layout: Layout) -> set[int]:
    """Among printed lines, indices of a photo's caption set after a story: lines under a blank line that open on the
    scene's date right under a sentence's end, a credit under them (…很光荣。” / / 3月5日，在青全国人大代表步入
    人民大会堂 / 出席…开幕会。 / 本报特派记者 周 越 摄) or run in at their end.  The caption is no column's text going
    on."""
    if layout.form == FRAGMENTS:
        return set()
    found = set()
    for index in range(1, len(units)):
        unit = units[index]
        if not (unit.gap_before and unit.role == "text" and DATE_OPENS.match(unit.text)
                and units[index - 1].role == "text" and ends_sentence(units[index - 1].text)):
            continue
        below, caption = index, ""
        while (below < len(units) and units[below].role == "text" and len(caption) <= CAPTION_MAX
               and below - index < _CAPTION_LINES):
            caption = join_cut(caption, units[below].text) if caption else units[below].text
            below += 1
            if caption[-1] == "摄" and run_in_credit(caption) is not None:
                break  # …做好准备。 通讯员 雷振东 摄: its credit run in at its end (6月5日是世界环境日，…: any date opens it)
        else:  # a credit under the lines: the scene's date opens them, or the credit is the wrapped rest of one run in
            if not (below < len(units) and units[below].role == "credit"
                    and (DATED_SCENE.match(unit.text) or run_in_credit(join_cut(caption, units[below].text)))):
                continue
        if len(caption) <= CAPTION_MAX:
            found.add(index)
    return found


def verse_lines(units: list[Unit], layout: Layout) -> set[int]:
    """Indices of a poem's verses: three or more short lines with no full stop under a title and its author
    (清明 / ◎ 陈 默 / 车过隧道 / 手机信号一格一格地消失 / …; six or more under a bare name), or over a marked author or a
    name padded apart at the poem's foot (… / □ 林晓燕, … / 罗　兰); and the lines of a classical poem under its title
    (七绝·江村晚眺).  No column cuts a verse, so none is joined to the next, however it ends (…快到了 / 海边的母亲)."""
    verses: set[int] = set(_rhymed_couplets(units)) | set(_verses_over_folk_credits(units))
    for index, unit in enumerate(units):
        if names_poem_form(unit.text):
            verses.update(_classical_verses(units, index))
        elif _names_tune(unit.text) and index + 1 < len(units):
            verses.update(_classical_verses(units, index + 1))  # 调寄浣溪沙 / 老年大学学书 / 邹明远 / …: the title under the tune
        if ("首" in unit.text or "组诗" in unit.text) and POEM_SET.search(unit.text):
            verses.update(_verses_of_a_set(units, index, layout))
        if len(unit.text) > _VERSE:
            verses.update(_verses_over_pupil(units, index, layout))
            continue
        if not _signs_a_poem(units, index):
            run = _verse_run(units, index + 1, 1, True) if _bare_name_under_title(units, index) else []
            run = _before_next_poem(units, run)
            # (fewer verses under the next poem of a page's run of them: 秋千 / 韩明善 / four verses, under one of six)
            least = _POEM_VERSES if _after_verses(units, index, verses) else _BARE_NAME_VERSES
            printed = layout.form != FRAGMENTS
            # (in print, prose under a bare name opens on its indent: 　　小时候，家里穷。 / 父亲种地，母亲织布，)
            if not (_stopped_verses(units, run, least) and (not printed or _ends_on_clauses(units, run)
                                                            and not any(units[k].lines[0].indent for k in run))):
                # (a printed line of prose holds a stop; among fragments a verse may close on one)
                run = run[:next((position for position, k in enumerate(run)
                                 if _no_bare_verse(units[k]) or printed and "。" in units[k].text), len(run))]
            if len(run) >= least and _ragged(units, run, layout):
                verses.update(run)  # 秋天的雾溪 / 柯一帆 / 秋天是从雾溪开始的 / …: more verses make up for the name's bareness
            verses.update(_verses_over_bare_name(units, index, layout))
            continue
        below = _verse_run(units, index + 1, 1, layout.form == FRAGMENTS)
        if not _closed_run(units, below):
            below = _verse_run(units, index + 1, 1)  # (a stopped line admitted among fragments only where verse closes)
        above = _verse_run(units, index - 1, -1) if unit.text[0] in AUTHOR_MARKS else _verses_over_padded_name(units, index, layout)
        for run in (below, above):
            if len(run) >= _POEM_VERSES and (_ragged(units, run, layout) or run is below and _flush_among_indents(units, index, run, layout)):
                verses.update(run)
    return verses


def _verses_of_a_set(units: list[Unit], title: int, layout: Layout) -> list[int]:
    """The short lines under a title naming a set of poems (夏夜，韩江边（外一首） / 晚风从江面上走过来 / …), three at least:
    its verses, whatever signs them (a bare name at the set's foot, under the second poem's spaced title); under its
    parts' numbers (花儿新唱（二首） / （一） / …), each part's, however evenly long (a folk song's are)."""
    run = _verse_run(units, title + 1, 1)
    numbered = bool(run) and SET_PART.match(units[run[0]].text) is not None
    if len(run) < _POEM_VERSES or not (numbered or _ragged(units, run, layout)):
        return []
    verses = list(run)
    while numbered:  # （一） / four verses, the last with its stop / （二） / …: each numbered part's verses
        after = run[-1] + 1
        after += after < len(units) and len(units[after].text) <= _VERSE and units[after].text.endswith("。")
        run = _verse_run(units, after, 1) if after < len(units) and SET_PART.match(units[after].text) else []
        numbered = len(run) > 1
        verses.extend(run)
    return verses


def _verses_over_pupil(units: list[Unit], index: int, layout: Layout) -> list[int]:
    """The short lines over a pupil's line at a poem's foot (… / 雪人最怕的 / 是春天 / 北桦县第一小学三年级（2）班　孙悦然),
    three at least, none a note's or an indented paragraph's head, where the pupil signs no prose and heads no list of
    pupils."""
    if (not pupil_line(units[index].text) or _signs_prose_below(units, index, layout)
            or index + 1 < len(units) and pupil_line(units[index + 1].text)):
        return []  # …一等奖 / …二年级三班　田雨桐 / …一年级二班　向可馨: a prize list's pupils, one a line
    run = _verse_run(units, index - 1, -1, layout.form == FRAGMENTS)
    if (len(run) < _POEM_VERSES or not _ragged(units, run, layout)
            or any(units[k].lines[0].indent or _marks_no_verse(units[k].text) for k in run)):
        return []  # …大声说： / 　　“外婆，明年我还要包！”: a composition's lines, a paragraph's indented head among them
    return run


def _stopped_verses(units: list[Unit], run: list[int], least: int) -> bool:
    """Are these short lines a poem's verses punctuated as sentences are, each a clause closed on its comma or stop, one
    stop at least (月亮还没回家， / 头灯已在胶林里亮起， / 一刀一刀， / 割开树的沉默。 / …)?  Under a bare name a line may
    end on a comma where a verse does, not a column."""
    return (len(run) >= least and any(units[k].text[-1] == "。" for k in run)
            and all(units[k].text[-1] in "，。" and _CLAUSE_PUNCTUATION.intersection(units[k].text[:-1]) <= {"，"}
                    and units[k].text[:-1].count("，") <= 1 or not _no_bare_verse(units[k]) for k in run)
            and _closed_run(units, run))


def _after_verses(units: list[Unit], name: int, verses: set[int]) -> bool:
    """Does the heading over this poem's name stand right under another poem's last verse?"""
    above = name - 1
    while above > 0 and not _CLAUSE_PUNCTUATION.intersection(units[above - 1].text) and name - above < _HEADLINE_LINES:
        above -= 1
    return above - 1 in verses


def _before_next_poem(units: list[Unit], run: list[int]) -> list[int]:
    """The verses of a run of short lines up to the next poem's heading, its title and kicker set over a bare name
    after a stopped verse (… / 带着阿妈们的歌声。 / 乡土短章 / 苹果梨树下 / 崔英兰): among fragments no blank line
    parts two poems."""
    for position, k in enumerate(run[:-1]):
        if _bare_name_under_title(units, run[position + 1]):
            while position > 0 and not _CLAUSE_PUNCTUATION.intersection(units[run[position - 1]].text):
                position -= 1  # the kicker over the title (乡土短章)
            return run[:position] if position and units[run[position - 1]].text[-1] in "。！？" else run
    return _before_heading_over_prose(units, run)


def _before_heading_over_prose(units: list[Unit], run: list[int]) -> list[int]:
    """The run without its last lines after a stopped verse where they head prose under them, too long for verse
    (… / 今年，该荡我了。 / 象帽飞旋 / 近日，县文化馆艺术团…)."""
    last = run[-1] if run else 0
    if not (last + 1 < len(units) and len(units[last + 1].text) > _VERSE):
        return run
    stopped = next((position for position in range(len(run) - 1, -1, -1) if units[run[position]].text[-1] in "。！？"), None)
    tail = run[stopped + 1:] if stopped is not None else []
    if tail and len(tail) <= _HEADLINE_LINES and not any(_CLAUSE_PUNCTUATION.intersection(units[k].text) for k in tail):
        return run[:stopped + 1]
    return run


def _closed_run(units: list[Unit], run: list[int]) -> bool:
    """Does this run of short lines close as verse does, not on a comma (prose's short sentences over its long line:
    母亲老了。 / 腰也弯了。 / 可她还是天天下地， / 拔草、浇水、捉虫，…)?"""
    return not run or units[run[-1]].text[-1] not in "，、；："


def _no_bare_verse(unit: Unit) -> bool:
    """Is this short line no verse of a poem under a bare name, which ends the verses there: a line of dialogue (“爹，
    快看！”), a paragraph's indented head, a line left open at a column's foot (这是母亲每年腊月写在), a note's bracket or a
    signature's dash?"""
    text = unit.text
    return ("“" in text or bool(unit.lines[0].indent) or text[-1] in _CUT_BEFORE_ITS_OBJECT
            or _marks_no_verse(text))


def _marks_no_verse(text: str) -> bool:
    """Does a note's bracket or a title's 《 stand in the line, or an editors' note's signature open it (——编者)?  A dash
    inside a verse is the verse's own (啊哈嗬咿——, a song's call)."""
    return text.startswith("——") or any(mark in text for mark in _NO_VERSE_MARKS)


def _verses_over_bare_name(units: list[Unit], index: int, layout: Layout) -> list[int]:
    """The short lines over a bare name of three characters or more at a poem's foot (… / 像母亲 / 在身后叫我的小名 /
    徐晓梅), as many as a poem under a bare name needs, none a line of dialogue, a name, a list's opening or a note."""
    if (units[index].role not in ("text", "byline") or not bare_name(units[index].text.strip())
            or _signs_prose_below(units, index, layout)):
        return []
    run = _verse_run(units, index - 1, -1, layout.form == FRAGMENTS)
    spaced = sum(" " in units[k].text for k in run[:-1])  # rows of items set apart (周一 多云), no verses; the topmost
    # line may be the title, letter-spaced (故乡 的 雨)
    if (len(run) < _BARE_NAME_VERSES or spaced >= SPACED_ROWS or not _ragged(units, run, layout)
            or any(_no_bare_verse(units[k]) or bare_name(units[k].text) or units[k].text.endswith(("：", ":")) for k in run)):
        return []
    return run


def _bare_name_under_title(units: list[Unit], index: int) -> bool:
    """Is this line a name of three characters or more alone, unmarked and unpadded, right under a title (秋天的雾溪 /
    柯一帆)?  Two characters unpadded may be a place (中心主任 / 吉林 / 孙艳华（女）…: a list's region)."""
    text = units[index].text.strip()
    return (index > 0 and units[index].role in ("text", "byline") and units[index - 1].role == "text"
            and len(text) >= 3 and " " not in text and is_names_line(text) and headline_like(units[index - 1]))


def _verses_over_padded_name(units: list[Unit], index: int, layout: Layout) -> list[int]:
    """The short lines over a name padded apart, or a worker's unit and name, at a poem's foot (… / 一条街的乡音 / 罗　兰 /
    我家的小菜园, … / 还在梦里响着 / 苍南县分公司退休职工　黄德明), none where the
    name signs the prose under it (影像记录运河的生生 / 不息 / 程 序 / 我今年54岁，…: a title over its writer) or the lines
    are an editors' or a source's note's, a list of names or a line introducing one (…他们是： / 王建国 / 李　强)."""
    signer = units[index].text.strip()
    if not (PADDED_NAME.match(signer) or worker_signer(signer)) or _signs_prose_below(units, index, layout):
        return []
    run = _verse_run(units, index - 1, -1, layout.form == FRAGMENTS)
    if any(_marks_no_verse(units[k].text) for k in run) or any(
            units[k].text.endswith(("：", ":")) or is_names_line(units[k].text) for k in run):
        return []
    return run


def _signs_prose_below(units: list[Unit], index: int, layout: Layout) -> bool:
    """Is the text right under this writer's line prose it signs: a paragraph's opening, indented, long or claused (not
    a title under a poem's signature, nor a photo's dated caption, nor a piece set apart under a blank line)?"""
    below = index + 1
    if (below >= len(units) or units[below].role != "text" or layout.form != FRAGMENTS and units[below].gap_before
            or units[below].gap_before >= 2 or DATED_SCENE.match(units[below].text)):
        return False  # (among fragments, set apart by more than one blank line: an image's gap)
    text = units[below].text
    return bool(units[below].lines[0].indent) or len(text) > _VERSE or "，" in text or "。" in text


def _prose_under_poet(units: list[Unit], index: int) -> bool:
    """Does prose open under this line, indented, a clause's mark inside one of the printed lines below (　　一匹匹骏马像离弦的箭
    / 一样冲了出去，马蹄声、呐)?  Verse may open indented too (　　——写在母亲节 / 阿妈的手)."""
    below = units[index + 1:index + 1 + _PROSE_LINES]
    return bool(below) and below[0].lines[0].indent and any(_INNER_MARK.search(unit.text) for unit in below)


def _names_tune(text: str) -> bool:
    """Does the line name the tune a ci is written to, alone (调寄浣溪沙), its title on the line under it?"""
    return text.startswith("调寄") and text[2:] in CI_TUNES


def _classical_verses(units: list[Unit], title: int) -> list[int]:
    """The lines of five or seven characters and a stop or comma under a classical poem's title (七绝·江村晚眺 / 周汝成 /
    一川烟水接天流，/ …), its author's line between, however evenly they fill a column: a quatrain's or an octave's, a
    verse or a couplet a line."""
    start = title + 2 if title + 1 < len(units) and is_author_line(units[title + 1].text) else title + 1
    end = start
    verses = 0
    while end < len(units) and units[end].role == "text" and CLASSICAL_VERSE.match(units[end].text):
        verses += 1 + ("，" in units[end].text[:-1])  # a couplet a line: 万顷青纱接远峦，风来碧浪起微澜。
        end += 1
    return list(range(start, end)) if verses >= _QUATRAIN else []


def _rhymed_couplets(units: list[Unit]) -> list[int]:
    """The lines of a classical poem or a folk song whose title names no form (题青铜鸮尊 / 三千年前一声啼， / 铸入青铜不肯飞。
    / …): four verses or more of one length, five or seven characters, a comma and a stop by turns, one a line, or a
    couplet a line (九月蔗林绿连天，砍蔗阿哥笑开颜； / …)."""
    found: list[int] = []
    index = 0
    while index < len(units):
        end, couplets = index, len(units[index].text) in (12, 16)
        while (end < len(units) and units[end].role == "text" and CLASSICAL_VERSE.match(units[end].text)
               and len(units[end].text) == len(units[index].text) in (6, 8, 12, 16)
               and (couplets or (units[end].text[-1] == "，") == ((end - index) % 2 == 0))):
            end += 1
        verses = (end - index) * (2 if couplets else 1)
        # (under a title or an author's line, or set apart under a sentence's end: a narrow column's prose may print
        # lines as even, …站在山坡上远望， / (a column's end) / 树叶慢慢黄，果子渐渐红，)
        above = units[index - 1] if index else None
        opens_apart = above is None or above.role != "text" or (
            headline_like(above) and not above.lines[0].indent and not _CLAUSE_PUNCTUATION.intersection(above.text)) or (
            units[index].lines[0].gap_before and ends_sentence(above.text))
        if verses >= _QUATRAIN and verses % 2 == 0 and opens_apart:
            found.extend(range(index, end))
        index = max(end, index + 1)
    return found


def _verses_over_folk_credits(units: list[Unit]) -> list[int]:
    """The short lines over a folk song's singer or recorder (… / 一家人围着个热炕。 / 演唱：海兰花（柳沟乡红泉村） /
    搜集整理：丁学文), each ending on its mark, up to the song's title: four verses at least, each a line however it ends
    (a 花儿's lines run long and end on a comma by turns)."""
    found: list[int] = []
    for index, unit in enumerate(units):
        if not folk_song_credit(unit):
            continue
        if index and folk_song_credit(units[index - 1]):
            continue  # the second credit under the first: the first looked up already
        above = index - 1 - (index > 0 and song_note(units[index - 1].text))  # (its note over its credits: a paragraph)
        run = _song_run(units, above, -1)
        if len(run) < _FOLK_VERSES:  # (or the credits under the song's title, its verses under them)
            below = next(k for k in range(index, len(units) + 1) if k == len(units) or not folk_song_credit(units[k]))
            run = _parted_song_run(units, below) if index and headline_like(units[index - 1]) else []
        if len(run) >= _FOLK_VERSES:
            found.extend(run)
    return found


def _parted_song_run(units: list[Unit], start: int) -> list[int]:
    """The song's lines from `start` down, over the numbers of its parts (（一） / 红柳滩上的沙梁梁， / … / （二） / …)."""
    run: list[int] = []
    while start < len(units) and SONG_PART.match(units[start].text):
        part = _song_run(units, start + 1, 1)
        if not part:
            break
        run.extend(part)
        start = part[-1] + 1
    return run or _song_run(units, start, 1)


def _song_run(units: list[Unit], start: int, step: int) -> list[int]:
    """The song's lines from `start` on, up or down: short, each ending on its mark and holding no other but a comma
    between its halves (番批到，阿母笑，)."""
    run, index = [], start
    while (0 <= index < len(units) and units[index].role == "text" and len(units[index].text) <= _VERSE
           and units[index].text[-1] in _VERSE_ENDS
           and not _CLAUSE_PUNCTUATION.intersection(units[index].text[:-1].replace("，", "", 1))):
        run.append(index)
        index += step
    return run


_VERSE_ENDS = "，；。！？、"
_FOLK_VERSES = 4


def _ragged(units: list[Unit], run: list[int], layout: Layout) -> bool:
    """Do most of these lines stop short of the longest, or end on a clause, as verses do?  A narrow column's printed
    lines of prose are nearly all about as long as it is wide; a column's fragments are longer than verse."""
    if layout.form == FRAGMENTS:
        return True
    longest = max(len(units[k].text) for k in run)
    # (or most end on a clause's mark: 冰排撞响了江岸， / 像谁敲开了一扇老门。 / …, each a verse as long as the next)
    return 2 * sum(len(units[k].text) >= longest - 1 for k in run) < len(run) or _ends_on_clauses(units, run)


def _ends_on_clauses(units: list[Unit], run: list[int]) -> bool:
    """Do two in three of these lines end on a clause's mark, as verses do and a column's printed lines of prose only
    by chance?"""
    return 3 * sum(units[k].text[-1] in _VERSE_ENDS for k in run) >= 2 * len(run)


def _flush_among_indents(units: list[Unit], writer: int, run: list[int], layout: Layout) -> bool:
    """Do these lines under a writer's marked line stand flush where the page indents its paragraphs (□　更登嘉措 /
    星星落满了帐篷的顶 / 牦牛在黑暗里反刍 / …)?  Prose under it would open on an indent: verses, however evenly long.
    (On a page set flush, prose would fill its column as verses do not: □石　磊 / 火塘亮了 / …)"""
    if not (layout.form != FRAGMENTS and units[writer].text[0] in WRITER_MARKS
            and not units[run[0]].gap_before and not any(units[k].lines[0].indent for k in run)):
        return False
    if not layout.indents and (2 * max(Counter(len(units[k].text) for k in run).values()) >= len(run)
                               or sum(word_across(units[a].text, units[b].text) for a, b in zip(run, run[1:])) >= 2
                               or 2 * sum("，" in units[k].text[:-1] for k in run) > len(run)):
        # (a flush page's narrow column of prose: most of its lines as long, words cut at their ends or clauses parted
        # inside most lines, as verses' are not: …铜蜡刀，画 / 过蝴蝶…, 出来的，那蓝色的蜡染布，)
        return False
    # (none near the page's column width either: a paragraph set flush, a drop cap over it or its indent lost, fills it)
    return max(len(units[k].text) for k in run) <= max(layout.widths.values(), default=0) - _SHORT_OF_COLUMN


_SHORT_OF_COLUMN = 3  # characters every verse of a poem set flush stops short of the page's column, at least


def _signs_a_poem(units: list[Unit], index: int) -> bool:
    """Is this a writer's line set apart as a 副刊 sets it (◎ 陈 默, □ 林晓燕, 陈 默) under a title, or at a
    poem's foot (a worker's too: 苍南县分公司退休职工　黄德明)?  A bare name (全合作) may be a piece of a narrow column's
    text."""
    text = units[index].text.strip()
    name = text.lstrip(AUTHOR_MARKS).strip()
    if units[index].role not in ("text", "byline") or index == 0:
        return False
    # 春插（外一首） / 周晓光: a title naming a set of poems is signed by a name however it is set
    set_apart = text[0] in AUTHOR_MARKS or " " in name or POEM_SET.search(units[index - 1].text) is not None
    # (□ 轧钢厂　孙亚楠: a marked writer's unit before his name)
    return (set_apart and (is_author_line(name) or text[0] in AUTHOR_MARKS and is_author_line(text))
            and (text[0] in AUTHOR_MARKS or headline_like(units[index - 1]))
            or ethnic_poet(text) and headline_like(units[index - 1]) and not ethnic_poet(units[index - 1].text)
            and not _prose_under_poet(units, index)  # 雪隆草原的冬天 / 嘎玛丹增尼玛（藏族）
            or worker_signer(text) and headline_like(units[index - 1])
            # 雪落敖包山 / 阿·哈斯巴根: a Mongol's or a Uyghur's name, set apart by its dot (not 吐鲁番·葡萄沟, a place)
            or dotted_name(text) and not dotted_place(text) and headline_like(units[index - 1])
            # 木鼓声声 / 尼　拉: a pen name or a 佤 name, padded apart, no word
            or PADDED_NAME.match(text) is not None and text[::2] not in words() and headline_like(units[index - 1])
            and POEM_SET.search(units[index - 1].text) is None and not _padded_below(units, index))


def _padded_below(units: list[Unit], index: int) -> bool:
    """Is the line under this padded one a writer's, or another padded line among the short ones below (秋　思 / 李　娜,
    立　春 / … / 谷　雨: a title, a part's head)?"""
    below = index + 1
    if below < len(units) and is_author_line(units[below].text):
        return True
    while below < len(units) and len(units[below].text) <= _VERSE:
        if PADDED_NAME.match(units[below].text):
            return True
        below += 1
    return False


def _verse_run(units: list[Unit], start: int, step: int, fragments: bool = False) -> list[int]:
    """The short lines from `start` on, down (`step` 1) or up (-1); up from a poem's foot, no further than the
    line its block opens on (…发言。 / （陈 舒） / (a blank line) / 委员手记 / 听得见“回声”的提案 / □ 顾 岩: a title), nor
    than a note in brackets or a name padded apart closing the piece above (（作者系…） / 老街 / …, 王　静 / 写给守林人 /
    …) or a sentence's last words (…拍照打 / 卡，好不热闹！): among fragments, each set apart, no blank line tells where
    the poem's block opens."""
    run, index = [], start
    while (0 <= index < len(units) and units[index].role == "text" and len(units[index].text) <= _VERSE
           and "。" not in units[index].text[:-1 if fragments else None]  # (a fragment's verse may close on its stop)
           and (units[index].text[0] not in AUTHOR_MARKS  # ◎ 谭 晴: the next piece's
                or step > 0 and _marked_part_title(units[index].text))  # (◎火塘: a set's next poem, titled)
           and not (step < 0 and (units[index].text.endswith(("）", ")")) or PADDED_NAME.match(units[index].text)))
           and not (fragments and units[index].text[-1] in "！？" and "，" in units[index].text)):  # …拍照打 / 卡，好不热闹！
        if (step > 0 and run and units[index].gap_before
                and (units[run[-1]].lines[0].indent and not units[index].lines[0].indent and _wraps_on(units, index + 1)
                     or _prose_wrapped_under(units, index, run))):
            # … / 　　只说：回来就好 / (a blank line) / 晨雾土楼 / 　　春节前夕，… / 的土楼群…: verses set indented end where
            # a flush title stands apart over prose
            return run
        if (step > 0 and run and units[run[-1]].gap_before and _opens_prose(units, index)
                and not units[start].lines[0].indent):
            # … / 当年的麦垛有多高 / (a blank line) / 母亲的菜园 / 　　母亲的菜园在老屋后面，不大， / 也就两分地，…: an
            # indented line, the line under it flush, opens prose under flush verses, and the line set apart over it
            # is the prose's title
            return run[:-1]
        run.append(index)
        if step < 0 and units[index].gap_before and not fragments:
            break
        index += step
    return run


def _marked_part_title(text: str) -> bool:
    """Is a marked line a word, no writer's name (◎火塘, ◎荞麦 under 彝乡组诗（三首） / □马黑阿芝): a set's poem, titled?"""
    return text[1:].strip() in words() and not is_author_line(text)


def _prose_wrapped_under(units: list[Unit], index: int, run: list[int]) -> bool:
    """Are the two lines under this one, set apart below the verses, printed lines of prose: set tight, as long as each
    other, longer than any verse above, with a clause's comma (冬日梯田 / 隆冬时节，雀鸣乡高坳村的千亩 / 梯田蓄满冬水，…)?"""
    if index + 2 >= len(units):
        return False
    first, second = units[index + 1], units[index + 2]
    return (not first.gap_before and not second.gap_before and first.role == second.role == "text"
            and len(first.text) > max(len(units[k].text) for k in run) and abs(len(first.text) - len(second.text)) <= 1
            and "，" in first.text + second.text)


def _wraps_on(units: list[Unit], index: int) -> bool:
    """Is this line indented, the line under it flush, set tight and as wide as it with its indent: a paragraph
    wrapped, no verse set indented nor staggered (　　在灯下缝补 / 我的旧衣裳)?"""
    return (index + 1 < len(units) and bool(units[index].lines[0].indent) and not units[index + 1].lines[0].indent
            and not units[index + 1].gap_before
            and len(units[index + 1].text) >= len(units[index].text) + _INDENT_WIDTH - 1)


def _opens_prose(units: list[Unit], index: int) -> bool:
    """Does a paragraph open on this printed line: indented, the line under it flush and running on a sentence (a verse
    set with an indent has its next verse indented, or a section's title flush under it: …也是一家人的日子 / 退潮)?"""
    if not (units[index].lines[0].indent and index + 1 < len(units)):
        return False
    below = units[index + 1]
    return not below.lines[0].indent and not below.gap_before and _SENTENCE_TEXT.search(below.text) is not None


def _merge(units: list[Unit], layout: Layout, alone: set[int], due: set[int],
           apart: set[int]) -> tuple[list[Unit], dict[int, tuple[bool, bool]]]:
    """The units merged, and for each junction of two text units that could be a cut: whether the
    text goes on there and whether a rule was sure of it.  The units in `alone` (headline lines, verses)
    are joined to none, those in `apart` to none above them; the text goes on at the junctions in `due`."""
    merged, junctions = units[:1], {}
    for index in range(1, len(units)):
        previous, unit = merged[-1], units[index]
        whole = _joined(previous, unit, layout)
        between = _read_between(merged, unit)
        if between:
            previous = merged[-1 - between]
        joinable = (index - 1 - between not in alone and index not in alone and index not in apart
                    and not (previous is units[index - 1]
                             and (_signs_headline(units, index) or _titles_after_pointer(merged, index)
                                  or _titled_under_signature(units, index)
                                  or _titled_under_genre(units, index) or _titles_after_whole_poem(merged))))
        if whole is None and joinable and previous.role == unit.role == "text":
            carried = (index in due or _credit_between_briefs(merged, len(merged) - between, units, index)
                       or _source_between_briefs(merged, len(merged) - between, units, index))
            if carried:
                goes_on, sure = True, True
            elif (layout.form == FRAGMENTS and (_next_numbered_heading(merged, previous)
                                                 or _field_under_field(merged, len(merged) - 1 - between, unit))
                  and runs_on(previous.text, unit.text) < _HEADING_CUT_ODDS):
                goes_on, sure = False, True
            else:
                goes_on, sure = _continues(previous, unit, layout)
            junctions[index] = (goes_on, sure)
            if goes_on:
                merged[-1 - between] = _merged(previous, unit, "text", join_cut(previous.text, unit.text))
                continue
        if whole is None:
            merged.append(unit)
        else:
            merged[-1] = whole
    return merged, junctions


def _titles_after_whole_poem(merged: list[Unit]) -> bool:
    """Is the last fragment a title under a classical poem its form says is whole (七律·咏小站稻 / … / 农家岁晚围炉坐，
    细数年丰话短长。 / 在书页里过冬)?  It heads the next piece: the text under it is not its rest."""
    return (len(merged) >= 2 and headline_like(merged[-1])
            and ends_counted_poem(unit.text for unit in reversed(merged[:-1])))


def _field_under_field(merged: list[Unit], field: int, unit: Unit) -> bool:
    """Is the fragment merged at `field` a notice's field (原因：…迁改接驳) under another standing whole (范围：…周边小区), the
    fragment under it no field?  A field's value ends it, no stop needed: the text under it is the notice's next part,
    unless the words run on across the cut."""
    if field < 1 or _SHORT_LABEL_OPENS.match(merged[field].text) is None:
        return False
    if _OPENS_ON_LABEL.match(unit.text) or not ends_sentence(unit.text) or len(unit.text) < _NEXT_PART_LEAST:
        return False  # (…东堤 / 花园: the value's rest)
    return all(len(part.lines) == 1 and len(part.text) <= _FIELD_LONGEST and _SHORT_LABEL_OPENS.match(part.text) is not None
               and not ends_sentence(part.text) and part.text[-1] not in "：:）)" for part in merged[field - 1:field + 1])


_SHORT_LABEL_OPENS = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:]")  # 原因：, 停水范围： (FIELD_LABEL names its fields)
_FIELD_LONGEST = 40  # characters of a notice's field on its line (范围：城南新区、滨河路以南、…沿线及周边小区)
_NEXT_PART_LEAST = 10  # characters of the sentence under a notice's fields (请上述区域用户提前做好储水准备。)


def _next_numbered_heading(merged: list[Unit], previous: Unit) -> bool:
    """Is this fragment a numbered heading (三、坚持数据分析与现场核查相结合), the one before it in the number's order
    standing whole above it, as short and on no stop (二、构建审计分析模型，精准锁定疑点)?  A feature's next section
    (unless the text plainly runs on: 四、如何通 / 过会晤…, the heading itself cut); a list's item cut by a column would
    run on, and a question's (四、如何…交流？ / 五、…) is a Q&A's, asked in full."""
    value = _heading_number(previous.text)
    if value is None or value < 2:
        return False
    for unit in reversed(merged[:-1]):
        earlier = _CHINESE_NUMBERED.match(unit.text)
        if earlier is not None and chinese_number(earlier["number"]) == value - 1:
            return unit.role == "text" and _heading_number(unit.text) is not None
    return False


def _heading_number(text: str) -> int | None:
    """The number of a line shaped as a numbered section's heading (二、…: short, on no stop nor clause mark), else None."""
    number = _CHINESE_NUMBERED.match(text)
    if number is None or len(text) > _LONGEST_HEADING or _HEADING_STOPS.search(text) or _CLAUSE_MARKS.match(text[-1]):
        return None
    return chinese_number(number["number"])


_CHINESE_NUMBERED = re.compile(r"^(?P<number>[一二三四五六七八九十]{1,3})、")
_HEADING_STOPS = re.compile(r"[。；？！?!]")  # what a numbered section's heading never holds
_HEADING_CUT_ODDS = 5.0  # junction log-odds above which the text runs on past a numbered heading all the same


def _credit_between_briefs(merged: list[Unit], end: int, units: list[Unit], index: int) -> bool:
    """Is the unit a brief's reporters' credit on a line of its own, where the box signs each brief (●…检查。 /
    （通讯员 周立新） / ●县医保局…, 东屿街道　…感情。 / （通讯员潘丽萍） / 龙溪镇　…)?  A brief is one paragraph, its
    credit with it.  A credit under a box's last brief may sign the whole box (（本报记者　赵一鸣　孙　悦））, so it is
    the brief's only where the box's next brief (not its next title, ●综合简讯) follows, or, for briefs led by their
    place, where the brief before closed on its own credit.  `merged[:end]` are the paragraphs so far."""
    if not _reporters_credit_alone(units[index].text):
        return False  # asked at every junction: the credit first, which few lines are
    previous = merged[end - 1]
    if not ends_sentence(previous.text):
        return False
    following = units[index + 1] if index + 1 < len(units) else None
    before = merged[end - 2] if end >= 2 else None
    mark = previous.text[0]
    if mark in _BULLETS:
        # under a box's title, not a story's list under its lead (…主要包括： / ●…补贴。 / （记者…）), nor over a story
        # of its own (■本报讯 …)
        head = next((merged[k] for k in range(end - 2, -1, -1)
                     if merged[k].text[:1] != mark or headline_like(merged[k])), None)
        return ((head is None or headline_like(head)) and following is not None and following.text[:1] == mark
                and bool(_CLAUSE_PUNCTUATION.intersection(following.text)) and DATELINE.match(following.text[1:]) is None)
    signed = max(before.text.rfind("（"), before.text.rfind("(")) if before is not None else -1
    if (signed > 0 and before.role == "text" and before.text[signed - 1] in "。！？”" and closing_credit(before.text)
            and _reporters_credit_alone(before.text[signed:]) and not _SHOT_OR_SOURCED.search(before.text[signed:])
            and "综合" not in units[index].text):
        # ▲财经快讯 / …（记者 柯楠） / …展期4天。 / （记者 叶思源）: a box that signs each brief, the one before signed (not
        # a caption's （…供图） nor a roundup's （据杭州日报） before a story's foot credit, nor （记者 X 综合报道）)
        return True
    return PLACED_BRIEF.match(previous.text) is not None and (
        following is not None and PLACED_BRIEF.match(following.text) is not None
        or before is not None and PLACED_BRIEF.match(before.text) is not None and closing_credit(before.text) is not None)


def _source_between_briefs(merged: list[Unit], end: int, units: list[Unit], index: int) -> bool:
    """Is the unit a marked brief's source on a line of its own (●…共叙乡情。 / （据海外侨团来稿） / ●…), in a box whose
    brief above closed on its own source (…（恩平市侨联））?  A source under a box's last brief may be the whole box's."""
    text = units[index].text
    if not (text[0] in "（(" and len(text) <= _BRIEF_SOURCE and BRACKETED_LINE.match(text)) or end < 2:
        return False
    previous, before = merged[end - 1], merged[end - 2]
    following = units[index + 1] if index + 1 < len(units) else None
    mark = previous.text[0]
    return (mark in _BULLETS and before.text[0] == mark and following is not None and following.text[:1] == mark
            and ends_sentence(previous.text) and before.text[-1] in "）)" and SOURCE_CLOSES.search(before.text) is not None)


_BRIEF_SOURCE = 16  # characters of a brief's source in brackets, at most: （据海外侨团来稿）


_SHOT_OR_SOURCED = re.compile(r"供图|摄|^[（(]据")  # a caption's credit, a source: no brief's reporters


def _read_between(merged: list[Unit], unit: Unit) -> int:
    """How many units before this text are the page's folio or running head, read out between two columns
    (…在“学 / 6 / 习强国”…, …跨区域、 / 2024年1月19日 星期五 / 跨行业…), or a pull quote set inside a paragraph
    (…用户在使用时 / “词元计费产品，…形态。” / 需单独注册…): the text before them may go on past them; else 0."""
    if unit.role != "text" or len(merged) < 2 or merged[-1].role != "furniture":
        return 0
    last = merged[-1].text.strip()
    if FOLIO.match(last) is not None or header_piece(last) is not None or header(last) is not None:
        return int(merged[-2].role == "text")  # 区县新闻　　滹阳日报　2025年11月20日　星期四: the running head whole
    quote = next((count for count in range(1, min(_PULL_QUOTE_UNITS, len(merged) - 1) + 1)
                  if merged[-count].role == "furniture" and merged[-count].text.startswith("“")), 0)
    return quote if quote and merged[-1 - quote].role == "text" and _closes_quote(merged[-quote:]) else 0


def _closes_quote(units: list[Unit]) -> bool:
    """Are these furniture units one quotation opened by the first and closed by one of them, its speaker after
    (a pull quote)?"""
    return (all(unit.role == "furniture" for unit in units)
            and any(unit.text.rstrip("。").endswith("”") for unit in units))


def _signs_headline(units: list[Unit], index: int) -> bool:
    """Is the line before `index` an author's name right under a headline (人民要论 / …标题 / 王学典 / 当前，…)?
    A column's first fragment starts under the headline, at the column's head: no paragraph is cut there."""
    return (index >= 2 and is_author_line(units[index - 1].text) and units[index - 2].role == "text"
            and headline_like(units[index - 2]))


def _titled_under_signature(units: list[Unit], index: int) -> bool:
    """Is the line before `index` a short title right under a piece's foot signature (…化成了乡愁。 / 檀城镇　叶小禾 /
    听徽剧 / 祠堂里的戏台，…)?  The next piece opens under its title: no column cuts a title from its text."""
    if index < 3 or units[index - 2].role not in ("text", "byline"):
        return False
    title, signer = units[index - 1], units[index - 2].text.strip()
    return (title.role == "text" and len(title.text) <= _SHORT_TITLE and headline_like(title) and not unbalanced(title.text)
            and (_signature_line(signer) or PLACE_SIGNER.match(signer) is not None)
            and BYLINE_START.match(signer) is None  # (本报记者　李晓宏 / “周末你 / 去上…: a byline over its text's head)
            and ends_sentence(units[index - 3].text))


_FIGURE_FIELD_OPENS = re.compile(r"^[\u4e00-\u9fff]{2,10}[：:]\d")  # 接警出动：412起…
_SHORT_TITLE = 4  # characters: a title a column's end might be taken to cut (听徽剧 / 祠堂里的戏台…)


def _titled_under_genre(units: list[Unit], index: int) -> bool:
    """Is the line before `index` a title right under a kind of piece named (职工心声 / 站台上的“烤”验 / 入伏以后，…,
    律师说法 / 买到翻新电池可主张“退一赔三” / 消费者权益保护法规定，…)?  The piece's text starts under its title."""
    genre = units[index - 2].text.strip() if index >= 2 and units[index - 2].role == "text" else ""
    if not genre or not (GENRE_NAME.match(genre) or genre in columns()):  # 职工心声, 今日谈: a kind of piece, a column's name
        return False
    title, below = units[index - 1].text, units[index].lines[0].text
    # shorter than the line under it, or printed wider than punctuation hanging past the edge makes a full line that
    # goes on (not 冬日里的一碗热汤温暖的不只是身体 / 更是人心。, a paragraph's last line; figures and Latin letters set
    # half wide: 今年1至10月瓯宁市城区新增停车泊位 / 一万两千余个，…): not a printed paragraph's first line, as wide as
    # its column
    wider = (_WIDER_TITLE <= width(units[index - 1].lines[0]) - width(units[index].lines[0]) <= _WIDEST_HUNG
             and title[-1] not in "，、；：,;:" and len(below) >= _NARROWEST_COLUMN and not ends_sentence(below))
    return (units[index - 1].role == "text" and len(title) <= _LONGEST_HEADING and headline_like(units[index - 1])
            and not any(mark in title for mark in _SENTENCE_MARKS if mark != "，")
            and (title.count("，") == 0 or _two_phrase_title(title, units[index].text))
            and not (in_a_circle(title[0]) or title[0].isdigit() or title[0] in _LIST_MARKS)  # ①出行前请通过…App或
            # 法官说法 / 根据我国民法典 / 第一千…, 律师提醒 / 在“双十一”期间 / 网购时，…: a sentence cut by a column (not 短评 /
            # 在“活”字上下功夫 / 城关镇…的经验告诉我们：…: a title quoting its word, over a sentence of its own)
            and not (_OPENS_ON_PREPOSITION.match(title)
                     and not (_QUOTED_WORD.search(title) and len(_FIRST_CLAUSE.match(below)[0]) >= _OWN_CLAUSE))
            and (len(title) < len(below) - _NARROWER_TITLE or wider))


def _two_phrase_title(title: str, below: str) -> bool:
    """Is this a title of two short phrases parted by a comma (放下手机，陪孩子走走), not a sentence's head cut by a
    column (市民朋友们，网购时 / 一定要…, 近年来，随着网购 / 的普及，…)?"""
    first, _, second = title.partition("，")
    return (title.count("，") == 1 and (len(title) <= _COMMA_TITLE or len(title) <= _QUOTING_COMMA_TITLE and "“" in title)
            and 2 <= len(first) and 2 <= len(second)
            and not first.endswith("们") and not title.startswith(_TIME_OPENERS) and not _open_end(title)
            and not word_across(title, below) and below[0] not in "的了，、")


def _titles_after_pointer(merged: list[Unit], index: int) -> bool:
    """Is the line before `index` a heading under a teaser's pointer (详见A3 / 京津冀科普资源地图发布 / 地图收录…)?
    The pointer ends one teaser; the next opens on its title, not on a paragraph cut short."""
    return index >= 2 and len(merged) >= 2 and points_elsewhere(merged[-2].text) and headline_like(merged[-1])


def _cuts_due(units: list[Unit], junctions: dict[int, tuple[bool, bool]]) -> set[int]:
    """Weighed junctions kept apart where the rhythm of the story's columns says a column ended.

    A story's columns are of one height, so the text between two column cuts is about as long
    each time (on real pages within a few per cent, the short last lines of paragraphs aside).
    Where the sure cuts around a weighed junction stand two columns apart and it is the junction
    nearest to where the missing cut is due, the text goes on there.  A column may end where a
    paragraph does, so at a fragment that ends a sentence the text goes on only where news text
    would not end a paragraph (…多式联运。 / 同时，…).
    """
    weighed = [index for index, (goes_on, certain) in junctions.items() if not goes_on and not certain]
    if not weighed:
        return set()
    offsets, size = [], 0
    for unit in units:
        offsets.append(size)
        if unit.role != "furniture":
            size += len(unit.text)
    sure = sorted(offsets[index] for index, (goes_on, certain) in junctions.items() if goes_on and certain)
    places = sorted(offsets[index] for index in junctions)
    due_in: dict[int, int | None] = {}  # span of sure cuts (by its later one) -> where a cut is due in it
    found = set()
    for index in weighed:
        span = bisect.bisect_left(sure, offsets[index])
        if span not in due_in:
            due_in[span] = _due_place(span, sure, places)
        if due_in[span] == offsets[index] and not _paragraph_ends_at(units, index):
            found.add(index)
    return found


def _paragraph_ends_at(units: list[Unit], index: int) -> bool:
    """Does a sentence end before the junction where news text would end its paragraph?"""
    left = units[index - 1].text
    return ends_sentence(left) and ends_paragraph(left, units[index].text) > 0


def _due_place(span: int, sure: list[int], places: list[int]) -> int | None:
    """The place (characters into the page) where the one column cut missing between the sure cuts
    `sure[span - 1]` and `sure[span]` is due, where they stand two columns apart; else None."""
    if span == 0 or span == len(sure):
        return None
    before, after = sure[span - 1], sure[span]
    if after - before < _TWO_COLUMNS_LEAST:
        return None
    nearby = sure[max(0, span - _RHYTHM_CUTS):span + _RHYTHM_CUTS]
    height = _column_height([later - earlier for earlier, later in zip(nearby, nearby[1:])
                             if (earlier, later) != (before, after)])
    if height is None or abs(after - before - 2 * height) > _column_slack(height):
        return None
    nearest = min((other for other in places if before < other < after),
                  key=lambda other: abs(other - before - height), default=None)
    return nearest if nearest is not None and abs(nearest - before - height) <= _column_slack(height) else None


def _column_height(spans: list[int]) -> float | None:
    """The column height (in characters) that most spans between sure cuts agree on, each one or
    two columns long; None unless two agree."""
    best, support = None, 1
    for height in spans:
        if height < _SHORTEST_COLUMN:
            continue
        agree = [span / round(span / height) for span in spans
                 if round(span / height) in (1, 2)
                 and abs(span - round(span / height) * height) <= round(span / height) * _column_slack(height)]
        if len(agree) > support:
            best, support = sum(agree) / len(agree), len(agree)
    return best


def _column_slack(height: float) -> float:
    return _RHYTHM_SLACK + _RHYTHM_SHARE * height


def _joined(previous: Unit, unit: Unit, layout: Layout) -> Unit | None:
    """The two units as one where the second carries a byline, credit or editors' line on, else None."""
    if previous.role == unit.role == "text":  # most pairs: only a byline's rest joins here, else a paragraph's
        if _pupils_line_goes_on(previous, unit):
            return _merged(previous, unit, "byline", _pupils_line(previous.text, unit.text))
        return _merged(previous, unit, "byline", previous.text + unit.text) if _byline_goes_on(
            previous, unit, layout) else None
    if _second_byline(previous, unit, layout):
        return _merged(previous, unit, "byline", previous.text + " " + unit.text)
    if _credit_goes_on(previous, unit):
        return _merged(previous, unit, "credit", previous.text + unit.text)
    if _text_ends_on_credit(previous, unit) or _signature_goes_on(previous, unit):
        return _merged(previous, unit, "text", previous.text + unit.text)
    if _names_go_on(previous, unit, layout):
        return _merged(previous, unit, "byline", previous.text + " " + unit.text)
    if _byline_goes_on(previous, unit, layout):
        return _merged(previous, unit, "byline", previous.text + unit.text)
    if _mailbox_goes_on(previous, unit):
        return _merged(previous, unit, "text", previous.text + unit.text)
    if _editors_go_on(previous, unit) and not layout.display_type(unit.lines[0]):
        return _merged(previous, unit, "furniture", previous.text + unit.text)
    return None


def _pupils_line_goes_on(previous: Unit, unit: Unit) -> bool:
    """A pupil's author line wrapped at the column edge, before the name or inside the class (海曙区中山小学
    五年级（2）班 / 陈思妍, 鄞州区钟公庙第二小学 三年 / 级（4）班　王子轩): one byline."""
    return (len(previous.lines) == 1 and len(unit.lines) == 1 and not unit.gap_before and len(unit.text) <= _PUPILS_REST
            and "学" in previous.text and not ends_sentence(previous.text)
            and is_byline_line(_pupils_line(previous.text, unit.text)))


def _pupils_line(upper: str, lower: str) -> str:
    return upper + " " + lower if upper[-1] in "班级" else upper + lower


def _merged(previous: Unit, unit: Unit, role: str, text: str) -> Unit:
    return Unit(previous.lines + unit.lines, role, text)


def _second_byline(previous: Unit, unit: Unit, layout: Layout) -> bool:
    """Reporters on one printed line, correspondents on the next: 本报记者 刘一江 李蕊 / 本报通讯员 韩俊杰."""
    return (layout.form != FRAGMENTS and previous.role == unit.role == "byline" and not unit.gap_before
            and is_byline_line(previous.text) and is_byline_line(unit.text))


def _text_ends_on_credit(previous: Unit, unit: Unit) -> bool:
    """A paragraph's closing credit wrapped at the column edge (…月亮。新华社记者 / 陈晔华摄): the credit's rest
    ends the paragraph, as the credit does where it fits on the line (not under a note its bracket closes: …见第2 /
    版） / 通讯员　钱思远　摄)."""
    last = previous.lines[-1].text
    if not (previous.role == "text" and unit.role == "credit" and not unit.gap_before
            and not ends_sentence(last) and not (last[-1] in "）)" and not unbalanced(previous.text))):
        return False
    # (a credit whole on its own line, its role first, under a photo's title is its own: 装维“小哥”上门忙 / 通讯员　薛　锋　摄)
    return (ENDS_ON_PHOTO_CREDIT.search(previous.text + unit.text) is not None
            and not (len(previous.lines) == 1 and _CLAUSE_PUNCTUATION.isdisjoint(previous.text)
                     and _CREDIT_ROLE_FIRST.match(unit.text)))


_CREDIT_ROLE_FIRST = re.compile(r"^(?:本报|新华社)?(?:特约|见习)?(?:记者|通讯员|摄影|实习生)")


def _signature_goes_on(previous: Unit, unit: Unit) -> bool:
    """An item's signature after its dash wrapped at the column edge (…1000余人次。——泖 / 溪镇社区卫生服务中心　陆一鸣):
    the rest, a signer's line alone, ends the item."""
    return (previous.role == "text" and unit.role == "byline" and not unit.gap_before and len(unit.lines) == 1
            and _SIGNATURE_CUT.search(previous.lines[-1].text) is not None
            and BYLINE_START.match(unit.text) is None)  # not 编者按：…——编者 / 本报记者　周　宁: the story's byline


_SIGNATURE_CUT = re.compile(r"[。！？”]——[\u4e00-\u9fff]{1,16}$")


def _credit_goes_on(previous: Unit, unit: Unit) -> bool:
    """A photo credit wrapped at the column edge: 本报记者 李君强文 新华社 / 记者 陈晔华摄, or cut inside
    a word, its rest no credit alone: 本报记者 董泽扬文 海南商 / 业航天发射场供图."""
    return (previous.role == "byline" and unit.role in ("credit", "text") and not unit.gap_before
            and len(unit.lines) == 1 and is_credit(previous.text + unit.text))


def _names_go_on(previous: Unit, unit: Unit, layout: Layout) -> bool:
    """A line of whole names right under a byline line: more reporters (本报记者 李强 / 王小明,
    本报记者 韩 洁 / 罗 茜), among fragments each name a fragment under the role alone (本报记者 / 顾　言 / 孙嘉怡; not
    本报记者 焦　倩 / 陈秀英 / 说起…: the paragraph's subject, a column cut after it).  Read as text it was glued to the
    story's first paragraph."""
    return (previous.role == "byline" and unit.role == "text"
            and (not unit.gap_before
                 or layout.form == FRAGMENTS and role_alone(previous.lines[0].text) and _name_fragment(unit.text))
            and is_byline_line(previous.text) and not ends_in_open_name(spaced_roles(previous.text))
            and is_names_line(unit.text))


def _name_fragment(text: str) -> bool:
    """Can this fragment be a name set apart: padded (顾　言) or of three characters or more, and not opening on a word
    (武汉轻 / 工大学…, 应中 / 华人民共和国…: a paragraph's head a column cut short)?"""
    return (" " in text or len(text) >= 3) and not _begins_on_word(text)


_ENDS_ON_PADDED_NAME = re.compile(r"(?:^|\s)\S{2,}\s[\u4e00-\u9fff]\s[\u4e00-\u9fff]$")  # 本报记者　何　苗 (not …李 杰 本 / 报…)


def _byline_goes_on(previous: Unit, unit: Unit, layout: Layout) -> bool:
    """A byline line wrapped at the column edge: 本报记者 王瑨 本报通 / 讯员 倪弋.

    Among fragments, a complete byline takes more only when what follows reads
    as more names or roles: a lone 作 left at a column end by the text below
    would make 赵彩琳作 a name.
    """
    if previous.role not in ("byline", "text") or unit.role not in ("byline", "text"):
        return False
    line = unit.lines[0]
    if line.indent or line.bbox is not None and (unit.gap_before or line.number in layout.spaced):
        return False  # a wrapped byline's rest is set flush under it: this opens a paragraph (引 子, 回 信)
    if (_TOO_LONG_FOR_A_NAMES_REST.match(unit.text) or not BYLINE_START.match(previous.text) or is_afterword(unit.text)
            or names_poem_form(unit.text)  # 摄影班　周永年 / 七律·重阳登江楼: the next poem's form and title, no name's rest
            or CASE_PART.match(unit.text)):  # …马　骁 / 案情: a case's first part under the byline
        # the printed line's length first: most are a column's text, and the text above may be a paragraph; 本报记者　杜
        # 若 / 编后: the editors' afterword, under the signature of the piece above
        return False
    if len(previous.lines) > 1 and not (BYLINE_OPEN.match(spaced_roles(previous.text))
                                        or _NAME_CUT.search(previous.text) and _NAME_REST.match(unit.text)):
        return False
    if not (is_byline_line(previous.text + unit.text) or BYLINE_OPEN.match(spaced_roles(previous.text + unit.text))):
        return False
    if (unit.gap_before and _ENDS_ON_PADDED_NAME.search(previous.text) and BYLINE_START.match(unit.text) is None
            and not (PADDED_NAME.match(unit.text.strip()) and unit.text.replace(" ", "") not in words())):
        # 本报记者　何　苗 / (a column's end) / 短评, 引　子: the byline is whole, the next piece's kind or a spaced label
        # under it (not …通讯员　陈　亮 / 王　芳: another padded name)
        return False
    if layout.form != FRAGMENTS and unit.gap_before and _box_named_past_byline(previous, unit):
        return False  # 本报记者　吴晓岚 / (a column's end) / 同心圆: the next box's name, no name's rest
    if layout.form != FRAGMENTS or not is_byline_line(previous.text):
        return True
    return NAMES_ONLY.match(unit.text.strip()) is not None or is_byline_line(unit.text)  # not a headline's spaces


def _box_named_past_byline(previous: Unit, unit: Unit) -> bool:
    """Is this a word of three characters or more, no name, under a whole byline (its last name complete)?"""
    text = unit.text.strip()
    return (len(text) >= _BOX_WORD and (text in words() or text in columns()) and not is_names_line(text)
            and is_byline_line(previous.text) and not ends_in_open_name(spaced_roles(previous.text)))


_BOX_WORD = 3  # characters: 同心圆 (a padded name's rest is one or two)


def _mailbox_goes_on(previous: Unit, unit: Unit) -> bool:
    """A column's mailbox wrapped at the column edge: 栏目投稿邮箱： / rmrbzzb@peopledaily.cn."""
    return (unit.role == "furniture" and previous.role == "text" and is_email(unit.text)
            and COLUMN_MAILBOX.match(previous.text) is not None)


def _editors_go_on(previous: Unit, unit: Unit) -> bool:
    """An editor line wrapped at the column edge: 责编：蒋雪婕 张安宇 何 彪 杨 / 旭 胡安琪 张帅祯.

    Names are of one to three characters; a headline with a layout space
    (向下扎根 向阳生长) under the editor line is not.
    """
    return (previous.role == "furniture" and unit.role == "text" and FURNITURE.match(previous.text) is not None
            and NAMES_ONLY.match(unit.text.strip()) is not None and max(map(len, unit.text.split())) <= 3)


def _unit_of_the_figure_above(units: list[Unit], index: int) -> bool:
    """Does this line open on the unit of a figure the line above ends on (…参加工作，2002 / 年6月加入中国共产党), or on
    the rest of a figure cut in a sentence (…参加工作，1 / 999年12月…)?  A figure is never parted from its unit, so the
    line goes on the text above, however short."""
    above = units[index - 1].text if index > 0 and units[index - 1].role == "text" else ""
    below_first = units[index].text[0]
    return (above[-1:].isdigit() and (below_first in _FIGURES_UNIT or below_first.isdigit() and "，" in above)
            and not row_of_figures(above))


def _value_under_label(units: list[Unit], index: int) -> bool:
    """Is this line a figure (2.1～2.8元/斤) under the label that asks for it (砂糖橘（产地收购价）：), its value?"""
    above = units[index - 1] if index > 0 else None
    return (above is not None and above.role == "text" and _asks_its_value(above.text)
            and _FIGURE_VALUE_LINE.match(units[index].text) is not None)


_FIGURE_VALUE_LINE = re.compile(r"^\d[\d.,]*(?:[～~—-]\d[\d.,]*)?(?:[万亿千百]?元|%)(?:/[\u4e00-\u9fff]{1,2})?$")


def sure_headlines(units: list[Unit], layout: Layout) -> set[int]:
    """Indices of short lines that must be headline lines, whatever their cut looks like.

    A run of headline-like lines is a headline block when a dateline, a byline
    or a 上接 line follows it (under one or two decks, perhaps), when it follows
    a story's end (a 下转 line or a photo credit), or when its first line
    cannot be column text (short of its column over more of it, or alone
    between blank lines).  A wrapped line that carries on a full
    line above it is column text, however short.  Where the reader knows font
    sizes, a line in display type is a headline line.
    """
    after_text = _flush_after_text(units, layout)
    over_indents = _headings_over_indents(units, layout, after_text)
    heading_blocks = _headline_blocks(units, layout, after_text) | over_indents
    shaped = [headline_like(unit) for unit in units]
    heading_blocks |= _wrapped_over_lead(units, layout, shaped)
    heads = [shaped[index] and not _inside_brackets(units, index) and not _edition_of_source(units, index)
             and not _unit_of_the_figure_above(units, index) and not _value_under_label(units, index)
             and not _signs_the_saying(units, index) and (
             index in heading_blocks
             or (not _carried_on(units, index, layout)
                 and not (layout.form == FRAGMENTS and _cut_inside_word(units, index))
                 and not _fills_its_column(units, index, layout)))
             for index, unit in enumerate(units)]
    found = {index for index in over_indents if heads[index]} if layout.body_size is None else {
        index for index, unit in enumerate(units) if unit.role == "text" and layout.display_type(unit.lines[0])}
    index = 0
    while index < len(units):
        if not heads[index]:
            index += 1
            continue
        end = index + 1
        while end < len(units) and end - index < _HEADLINE_LINES and heads[end] and not _leads_in(units, end):
            end += 1
        if (_opens_story(units, index) or _leads_in_under_decks(units, end) or _short_of_body(units, index, layout)
                or _alone_between_gaps(units, index, end, layout) or _opens_the_page(units, index, end, layout)):
            found.update(range(index, end))
        index = end
    found |= _kickers_over_titles(units, layout, shaped)
    # 本报郑州5月11 / 日电 …: a story's first line, however like a heading (本报北京5月11 above another story)
    return {index for index in found | _parallel_headings(units, layout, shaped)
            if not _cut_dateline_opens(units, index)}


def _sentence_ends_under(line: str, below: str) -> bool:
    """Does the text under a line finish that line's sentence: a word reads across, or a short rest closes it (今日谈 /
    冬日里的一碗热汤温暖的不只是身体 / 更是人心。)?"""
    stop = re.search(r"[。！？]", below)
    return word_across(line, below) or stop is not None and stop.start() < _SENTENCE_REST


def _opens_an_entry(text: str) -> bool:
    """Does the line open a box's entry (①出行前…, 问：…, ■宏信电子（002963）：…, 一、…) rather than title it?"""
    return (in_a_circle(text[0]) or text[0] in BRIEF_MARKS or "：" in text or ":" in text
            or SECTION_NUMBER.match(text) is not None or QUESTION.match(text) is not None)


def _kickers_over_titles(units: list[Unit], layout: Layout, shaped: list[bool]) -> set[int]:
    """Among printed lines: a column's name set apart above (律师说法, 区县观察, 记者帮你问) and the title right under it
    (紧急情况下 维修资金可以“应急使用”), over the text: both headline lines, however full the title's line.  Column text
    under a column's name opens with its sentence; a title holds no clause's stop."""
    found: set[int] = set()
    if layout.form == FRAGMENTS:
        return found
    for index in range(len(units) - 2):
        kicker, title, below = units[index], units[index + 1], units[index + 2]
        if (kicker.role == title.role == below.role == "text" and len(kicker.lines) == len(title.lines) == 1
                and (index == 0 or kicker.gap_before) and not title.gap_before and not below.gap_before
                and (GENRE_NAME.match(kicker.text) or REPORTER_COLUMN.match(kicker.text) or kicker.text in columns())
                and shaped[index + 1] and not _CLAUSE_PUNCTUATION.intersection(title.text.rstrip("？！"))
                and not title.lines[0].indent and not _opens_an_entry(title.text)
                and (" " in title.text or _set_as_a_title(title, below, layout)
                     and not _sentence_ends_under(title.text, below.text))):  # (spaced: a title's two parts)
            found.update((index, index + 1))
    return found


def _set_as_a_title(title: Unit, below: Unit, layout: Layout) -> bool:
    """Is this line set as a title is over the column under it: asking (…怎么办？), quoting a phrase and ending on a word
    (特色产业要在“链”上做文章), or short of the column or wider than it?  A column's first line of text fills it and runs
    its sentence on (今日谈 / 冬日里的一碗热汤温暖的不只是 / 身体，…)."""
    asks_or_quotes = title.text[-1] in "？！" or "“" in title.text and not _open_end(title.text)
    column = layout.widths.get(below.lines[0].number)
    if asks_or_quotes or column is None:
        return asks_or_quotes
    printed = layout.measures[title.lines[0].number][0]
    return printed <= column - _HEADING_SHORT_BY or printed > column + 1


def _signs_the_saying(units: list[Unit], index: int) -> bool:
    """Is the line a saying's signature under the quotation's close, or the end of one carried to the next line
    (…看得见的实事。” / ——全国人大代表、…党总支书记 / 郑春梅)?  No subtitle, however it is set."""
    signature = index if units[index].text.startswith("——") else index - 1
    above = units[signature - 1].text if signature >= 1 and units[signature - 1].role == "text" else ""
    if not above.endswith(("。”", "！”", "？”", "…”")):
        return False
    left = units[signature].text
    return left.startswith("——") and (SAYING_SIGNED.match(left) is not None or signature + 1 < len(units)
                                      and _signature_carried(left, units[signature + 1].text))


def _inside_brackets(units: list[Unit], index: int) -> bool:
    """Does the text line above leave a bracket or a title mark open, on no sentence end?  Then this line carries
    it on, however short, even past a column end (（作者为…区纪委 / 监委…主任，本报记者杨 / 文明采访整理）, ——摘自《现代教 /
    育报》).
    Not so a quote: a headline may quote over two lines (“在党的领导下 / 把家园建设得越来越美”)."""
    above = units[index - 1] if index else None
    return (above is not None and above.role == "text" and not ends_sentence(above.text)
            and (left_open(above.text, "（", "）") or left_open(above.text, "《", "》")))


def _edition_of_source(units: list[Unit], index: int) -> bool:
    """Is this line the edition, in brackets, of the source named on the line above (——摘自《澄川县志·卷四·水利》 /
    （清同治刻本））?  The source's line ran full and its note wrapped under it; no headline."""
    above = units[index - 1] if index else None
    return (above is not None and above.role == "text" and not units[index].gap_before
            and above.text.startswith(("——摘自", "摘自")) and BRACKETED_LINE.match(units[index].text) is not None)


def _wrapped_over_lead(units: list[Unit], layout: Layout, shaped: list[bool]) -> set[int]:
    """Among column fragments: two short lines that read as one heading ending on no stop, over a byline
    or dateline (今年全国高考报 / 名人数1290万人 / 本报北京6月3日电…).

    A headline wraps inside a word as readily as a column cuts a paragraph,
    and only a headline stands over a story's opening.
    """
    if layout.form != FRAGMENTS:
        return set()
    found: set[int] = set()
    for index in range(len(units) - 2):
        if not (shaped[index] and shaped[index + 1]):
            continue
        whole = units[index].text + units[index + 1].text
        if len(whole) <= _WRAPPED_HEADLINE and not ends_sentence(whole) and _leads_in(units, index + 2):
            found.update((index, index + 1))
    return found


def _parallel_headings(units: list[Unit], layout: Layout, shaped: list[bool]) -> set[int]:
    """Among column fragments: heading-shaped lines set alike with another on the page
    (一杯酸茶，品味山寨日子甜 / 一院石屋，守得雪山日月长; 作为适应手段的技术 / 作为生产工艺的技术);
    `shaped` says which units could be headline lines.

    A story's subheads are cast in one mould; paragraphs a column cuts short
    are not, so lines that share a mould are headings, however they read on.
    """
    if layout.form != FRAGMENTS:
        return set()
    moulds: dict[tuple, list[int]] = {}
    for index, unit in enumerate(units):
        if (shaped[index] and len(unit.text) >= _SHORTEST_MOULDED and not _open_end(unit.text)
                and not _cut_inside_word(units, index)):
            for mould in _moulds(unit.text):
                moulds.setdefault(mould, []).append(index)
    # lines opening alike and as long are alike by chance in pairs: a set of such subheads holds three (有的睡大觉 /
    # 有的搬新家 / 有的换新衣)
    return {index for mould, alike in moulds.items() if len(alike) > (2 if mould[0] == "opens" else 1) for index in alike}


_MOULDED_LABEL = 4  # characters: a subhead's label before its colon, at most (两点：)


def _moulds(text: str) -> tuple[tuple, ...]:
    """The shapes a set of subheads may share: their first and last words, their length and last word, their first
    word and length (有的睡大觉 / 有的搬新家),
    or two short clauses of the same lengths (深入一线调研，了解产业现状 / 坚持问题导向，聚焦创新堵点),
    the first no sentence's opening (峰会上，… / 王毅表示，…), or a short label of the same length and last character before
    a colon (零点：第一批货车进场 / 两点：讨价还价声此起彼伏)."""
    shapes: tuple[tuple, ...] = (("ends", text[:2], text[-2:]), ("length", len(text), text[-2:]),
                                 ("opens", text[:2], len(text)))
    comma = text.find("，")
    if (_SHORTEST_MOULDED <= comma and len(text) <= _LONGEST_MOULDED and text.count("，") == 1
            and not _SENTENCE_OPENER.match(text)):
        shapes += (("clauses", comma, len(text)),)
    colon = text.find("：")
    if 0 < colon <= _MOULDED_LABEL < len(text) - colon:
        shapes += (("label", colon, text[colon - 1]),)
    if len(text) <= _LONGEST_FRAMED and text.isalpha():
        shapes += _frames(text)
    return shapes


_LONGEST_FRAMED = 10  # characters: a subhead cast in a frame of words is no longer
_FRAME_FILLER = frozenset("的了和与在是有一")  # characters any two lines may share by chance


def _frames(text: str) -> tuple[tuple, ...]:
    """The frames a short subhead shares with its set: two of its characters after its first, at their places and
    apart (链条越拉越长 / 服务越来越实: 越 and 越); two side by side make a word lines share by chance (以法治思维和 /
    【法治头条】)."""
    places = [(place, char) for place, char in enumerate(text) if place and char not in _FRAME_FILLER]
    return tuple(("frame", len(text), *first, *second) for index, first in enumerate(places)
                 for second in places[index + 2:])


def _headline_blocks(units: list[Unit], layout: Layout, after_text: set[int]) -> set[int]:
    """Units of the few lines that open a column or the page, end no sentence and stand over a byline
    or dateline (under blank lines, or from text alone right under the lines), or a block of them set
    apart by blank lines with its decks and byline under it.

    However full its lines look, such a block is a headline: column text
    would end a sentence before the story's byline.
    """
    found: set[int] = set()
    if layout.form == FRAGMENTS:
        return found
    for start, unit in enumerate(units):
        if start == 0 or unit.gap_before or _flush_under_furniture(units, start) or start in after_text:
            found.update(_block_over_lead(units, start))
    return found


def _headings_over_indents(units: list[Unit], layout: Layout, after_text: set[int]) -> set[int]:
    """From text where paragraphs open with an indent: flush lines where text ended above them (or first
    on the page, under its furniture) that stop, short of the column and on no sentence end, over an
    indented paragraph.

    Column text would end its paragraph on a stop, so these lines are a heading
    (大地风华·初心的模样 / 一组年轻烈士的遗物), however full the first of them looks.
    """
    found: set[int] = set()
    if layout.form == FRAGMENTS or not layout.indents:
        return found
    for start in range(len(units)):
        if start in after_text or _flush_under_furniture(units, start):
            found.update(_flush_block_over_indent(units, start, layout))
    return found


def _flush_after_text(units: list[Unit], layout: Layout) -> set[int]:
    """On a page of printed lines whose paragraphs open with an indent, the flush lines where text ended
    above them (`_flush_after_text_ends`): where headline blocks and headings over an indent may start."""
    if layout.form == FRAGMENTS or not layout.indents:
        return set()
    return {index for index in range(1, len(units)) if _flush_after_text_ends(units, index)}


def _flush_under_furniture(units: list[Unit], index: int) -> bool:
    """A flush line first on the page or right under its furniture (征稿邮箱：… / 神州看点): no text above
    to carry on."""
    return not units[index].lines[0].indent and (index == 0 or units[index - 1].role == "furniture")


def _flush_block_over_indent(units: list[Unit], start: int, layout: Layout) -> range:
    """The flush lines from `start` that stop, short and on no sentence end, over an indented paragraph (else none)."""
    if BRACKETED_LINE.match(units[start].text):
        return range(0)  # …慰问品。 / （海外网） / 　　■…: a credit in brackets closes the text above; no heading is all bracketed
    if FIELD_LABEL.match(units[start].text):
        return range(0)  # …吗？ / 本期专家：…主任医 / 师　蔡明远 / 　　问：…: a labelled field, no heading
    for end in range(start + 1, min(start + _HEADLINE_LINES, len(units) - 1) + 1):
        last = units[end - 1]
        line = last.lines[-1]
        if (last.role != "text" or line.indent or line.bbox is not None or ends_sentence(last.text)
                or "，" in last.text or line.number in layout.captions or (end - 1 > start and last.gap_before)):
            return range(0)  # a line with a comma is left to the rules for text (在此背景下，共建…)
        below = units[end].lines[0]
        if units[end].role == "text" and below.indent:
            heading = not _full(line, below, layout) or _short_of(line, below, layout) or _dash_subtitle(units, start, end)
            return range(start, end) if heading else range(0)
    return range(0)


def _dash_subtitle(units: list[Unit], start: int, end: int) -> bool:
    """Does the block end on a subtitle opened by a dash under its title (凝心聚力开新局 / ——热烈祝贺…开幕)?
    Such a line may fill the column, yet no paragraph's last line follows a flush title line."""
    return end - 1 > start and units[end - 1].text.startswith("——")


def _short_of(line: Line, below: Line, layout: Layout) -> bool:
    """Does `line` stop well short of the column of the paragraph under it?  A heading's lines make
    a narrow column of their own (神州看点 / 留住纯净星空 / 收获增收喜悦), so their own width says nothing."""
    column = layout.widths.get(below.number)
    return column is not None and layout.measures[line.number][0] <= column - _HEADING_SHORT_BY


def _flush_after_text_ends(units: list[Unit], index: int) -> bool:
    """Where paragraphs open with an indent: a flush line after a sentence's end, a story's closing note
    (（新华社北京5月18日电）) or a line that closes a story (a 下转 jump, a photo's credit), column text or a heading."""
    above = units[index - 1]
    closes = above.role == "credit" or above.role == "jump" and not opens_continuation(above.text)
    return not units[index].lines[0].indent and (closes or above.role == "text" and (
        ends_sentence(above.text) or closing_note(above.text)))


def _block_over_lead(units: list[Unit], start: int) -> range:
    """The lines from `start` that end no sentence, up to a story's opening under them (else none);
    the last may end on ！ or ？ right over a byline.  A dateline opens a story's text, never a headline
    (新华社纽约1月29日电 综述｜国际贵金属市 / 场巨幅震荡 短期调整风险增加 / 新华社记者徐静)."""
    if DATELINE.match(units[start].text):
        return range(0)
    for end in range(start + 1, min(start + _HEADLINE_LINES, len(units) - 1) + 1):
        last = units[end - 1]
        exclaims = ends_sentence(last.text)
        if last.role != "text" or exclaims and not headline_like(last) or (end - 1 > start and last.gap_before):
            break
        gap_under = units[end].gap_before
        if exclaims:  # a headline may end on ！ or ？ right over its byline (注意安全莫跟风！ / □ 本报记者 秦 婧), set apart above or below
            return range(start, end) if (gap_under or units[start].gap_before) and units[end].role == "byline" else range(0)
        if (gap_under or units[start].lines[0].bbox is None) and _leads_in(units, end) or (
                gap_under and _leads_in_under_decks(units, end)):
            return range(start, end)
    return range(0)


def _leads_in_under_decks(units: list[Unit], index: int) -> bool:
    """Does a story's opening stand here, or under one or two deck lines set as short paragraphs
    (从严惩处以误导公众方式使用商标 / 本报记者 彭 波)?"""
    for deck in range(3):
        if _leads_in(units, index + deck):
            return True
        if index + deck >= len(units) or not deck_line(units[index + deck]):
            return False
    return False


def _cut_inside_word(units: list[Unit], index: int) -> bool:
    """Does a word run on from this line into the next (树立和践行正确政 / 绩观…), or the phrase, where the next opens
    on 的 (维护自由开放 / 的贸易投资…)? Headings end on words, and no line of news opens on 的 but 的确."""
    if index + 1 >= len(units) or units[index + 1].role != "text":
        return False
    left, right = units[index].text, units[index + 1].text
    return right.startswith("的") and not right.startswith(_OPENS_ON_DE) or not _ends_on_word(left) and word_across(left, right)


def _fills_its_column(units: list[Unit], index: int, layout: Layout) -> bool:
    """A wrapped line that fills its column and runs on into the next, unindented, is column text, not a heading."""
    below = _line_going_on(units, index, layout)
    return below is not None and _full(units[index].lines[-1], below, layout)


def _short_of_body(units: list[Unit], index: int, layout: Layout) -> bool:
    """From text where paragraphs open with an indent: is this a line short of its column that ends no
    sentence, with an unindented line under it?  Column text would fill the line before going on, so this
    is a heading (牢记嘱托弘扬报国传统 / 感恩奋进服务复兴伟业), however the text above ended.  Where lines
    were measured, type sizes tell headings apart, and a list's short lines are no headings."""
    unit = units[index]
    line = unit.lines[-1]
    if (not layout.indents or line.bbox is not None or unit.role != "text" or len(unit.lines) > 1 or line.indent
            or line.number in layout.captions):
        return False
    below = _line_going_on(units, index, layout)
    return below is not None and not _full(line, below, layout) and not _signs_off(units, index + 1)


def _signs_off(units: list[Unit], index: int) -> bool:
    """Is this unit a notice's issuer over its date (中共海州市委 / 2024年4月28日), or a bracketed credit
    (（记者 宋 可 整理）)?  The short line above it ends the text, not a heading's first line: no heading
    stands over a signature."""
    text = units[index].text
    if text[0] in "（(":
        return closing_credit(text) is not None
    return index + 1 < len(units) and issuer_over_date(text, units[index + 1].text)


def _line_going_on(units: list[Unit], index: int, layout: Layout) -> Line | None:
    """The line under a wrapped unit in body type that ends no sentence, where that line would carry
    its text on (right under it, unindented where paragraphs are indented, in no caption or paragraph
    space), in a column of known width; else None."""
    unit = units[index]
    if (layout.form == FRAGMENTS or index + 1 >= len(units) or layout.display_type(unit.lines[-1])
            or ends_sentence(unit.text) or layout.widths.get(unit.lines[-1].number) is None):
        return None
    following = units[index + 1]
    below = following.lines[0]
    if (following.role != "text" or below.gap_before or (layout.indents and below.indent)
            or below.number in layout.spaced or below.number in layout.captions or dateline_alone(following.text)):
        return None  # 本报北京6月12日电 （记者刘温馨）: a lead's dateline alone on its line opens a story, carries nothing on
    return below


def _alone_between_gaps(units: list[Unit], index: int, end: int, layout: Layout) -> bool:
    """From text alone: a wrapped line with blank lines above and below that ends no sentence (镜头): no
    column holds one line.  Where lines were measured, a gap is white space, and a subhead may stand in it."""
    line = units[index].lines[0]
    return (line.bbox is None and layout.form != FRAGMENTS and end == index + 1 < len(units) and line.gap_before
            and units[end].gap_before and not ends_sentence(line.text) and not _opens_cut_paragraph(line, layout))


def _carried_on(units: list[Unit], index: int, layout: Layout) -> bool:
    if index == 0:
        return False
    if layout.form == FRAGMENTS:
        # (text above: longer than any heading, or longer than a verse and left on a clause's comma, which no heading ends
        # on: not 我爱你， / 中国！, a poem's)
        return _ends_cut_fragment(units, index, len(units[index - 1].text) > _LONGEST_HEADING
                                  or len(units[index - 1].text) > _VERSE and units[index - 1].text[-1] in "，、")
    unit, previous = units[index], units[index - 1]
    above = units[index - 2] if index >= 2 else None
    if unit.gap_before and _ends_cut_fragment(units, index, above is not None and above.role == "text"
                                              and not ends_sentence(above.text)):
        return True  # …从现在做起 / ，为建设更加文明美丽的澄溪贡献 / (a column's end) / 力量！: a paragraph's line above
    if unit.gap_before and previous.role == "text" and previous.text[-1] in "、，":
        return True  # …发车时间7:00、12:00、 / (a column's end) / 18:30: a list or a clause left open goes on at the next top
    if unit.gap_before and not ends_sentence(unit.text):
        return False  # a column end, and a heading may stand at a column top
    if previous.role == "text" and previous.text.endswith(_CHANGE_CUT) and _CHANGE_REST.match(unit.text):
        return True  # 岜林糖厂：入榨38.2万吨，同比 / 增长7.4%: a change cut from its figure goes on, however short its line
    # (…各校招生 / 计划如下： / 市第一中学 680人: a short line under a full one, ending on the colon that opens a
    # list, is the paragraph's last; a heading over a list does not go on from the line above it mid-word)
    return (previous.role == "text" and not ends_sentence(previous.text)
            and (_cut_past_dash(previous.text) or _field_cut_in_word(previous.text, unit.text)
                 or _full(previous.lines[-1], unit.lines[0], layout)
                 and (unit.text.endswith("：") or not _short_of_body(units, index, layout)
                      or _RANGE_OPEN.search(previous.text) is not None
                      or FIELD_LABEL.match(previous.text) is not None  # 位置：…大道交 / 会处: a field's value goes on
                      or _ends_on_field_label(previous.text)  # …（传统音乐），申报单位： / 锦屿市文化馆: so does its value
                      # …公众号后台留 / 言“看房团+…”: a word runs across (not under a list's row, its items set apart by
                      # spaces: …周国强　刘　伟 / 大力推进…, …国网汝川市供电公司 / 法治护航…: the next title reads on)
                      or _word_runs_on(previous.text, unit.text)
                      or previous.text[0] in BRIEF_MARKS  # ■中乙联赛第26轮　荆阳楚风—东岭 / 海风: so does a marked entry
                      or previous.text[-1] in "、，"  # …立定跳远、 / 篮球运球中任选两项: so does a clause or a list
                      # 县城—黑河：每日增至6班，首班 / 6:30，末班14:00, …平均浓度：21微克/立 / 方米，同比下降8.7%: a line stopped
                      # on no mark goes on into a short one holding a clause's comma or a field's colon, as no title does
                      or _runs_into_clause(previous.text, unit.text)
                      or calendar_row(previous.text)  # 7月1日—15日　申报缴纳增值税、消 / 费税、附加税费: so does a day's row
                      # 7.1%——农村居民人均可支配收入 / 同比增长: so does what a figure's row counts
                      or previous.text[0].isdigit() and label_and_figure(previous.text)
                      and label_and_figure(previous.text + unit.text)
                      # …11月22日至12月 / 31日: so does a date cut between its month and its day
                      or _MONTH_CUT.search(previous.text) is not None and _DAY_OPENS.match(unit.text) is not None)))


_CHANGE_CUT = ("同比", "环比", "较上年", "比上年", "较去年", "比去年")  # what a change is measured against, its figure cut off
_CHANGE_REST = re.compile(r"^(?:增长|下降|上涨|下跌|减少|增加|提高|降低|上升)?[+＋\-－]?\d[\d.]*(?:%|个百分点)")


def _runs_into_clause(text: str, below: str) -> bool:
    """Does the line stop on a character, no row of items set apart by spaces, over a line whose comma or colon closes
    a clause before its end?"""
    return (" " not in text and (CJK_CHAR.match(text[-1]) is not None or text[-1].isdigit())
            and any(mark in below[:-1] for mark in "，：:"))


def _ends_on_field_label(text: str) -> bool:
    """Does the line end on a field's label inside it (1.南音弹唱（传统音乐），申报单位：), its value to come?"""
    return text.endswith("：") and FIELD_LABEL.match(re.split("[，、；]", text)[-1] + "…") is not None


def _field_cut_in_word(field: str, below: str) -> bool:
    """Does a field's line stop inside a word the line under it finishes (门票：…博物馆微信公 / 众号预约)?  However narrow
    the box reads, a heading does not finish the word of the field above it."""
    return FIELD_LABEL.match(field) is not None and _word_runs_on(field, below)


def _word_runs_on(text: str, below: str) -> bool:
    """Does a word run across from this line to the one under it, the line no row of items set apart by spaces?"""
    return " " not in text and word_across(text, below)


def _ends_cut_fragment(units: list[Unit], index: int, text_cut_above: bool) -> bool:
    """Is this fragment, ending its sentence (力量！), the end of the paragraph a column cut above it: text
    (`text_cut_above`, as the caller can tell) that stops on no mark at all (…为建设更加文明美丽的澄溪贡献), the fragment
    short, or on a clause's comma, however long?  A title may end on ！ (口袋公园开放啦！) under a list of names, which no
    mark ends either."""
    text, previous = units[index].text, units[index - 1]
    return (text_cut_above and previous.role == "text"
            and (CJK_CHAR.match(previous.text[-1]) is not None and len(text) <= _CUT_REST
                 # …特此来信， / 向湄江湿地公园的工作人员表示感谢！: however long (not over a lead: …，/ 丰收啦！ / 本报讯…)
                 or previous.text[-1] in "，、" and not (index + 1 < len(units) and DATELINE.match(units[index + 1].text)))
            and (text[-1] == "。" or text[-1] == "！" and not _ends_a_list(previous.text)))


def _ends_a_list(text: str) -> bool:
    """Does the text end on a list of names (…李秀英家庭、王德明家庭、赵丽华家庭), which a title may stand under?"""
    return "、" in re.split(r"[，。；：]", text)[-1]


def _cut_past_dash(text: str) -> bool:
    """Does the line stop on a dash after a sentence's end, or just past one (…能不能坐。—— / 摘自《城市快报》,
    …的习惯。——摘 / 自《…》)?  The source that the dash opens goes on under it, however the line's width was
    measured (not so a heading's: 柬埔寨文化艺术部—— / 文物回归体现…, 守护“一江清水向东流”—— / 达州市…)."""
    tail = text[-_DASH_CUT:]
    return "——" in tail and _ATTRIBUTION_CUT.search(tail) is not None  # the dash looked for first: most lines hold none


def _opens_the_page(units: list[Unit], index: int, end: int, layout: Layout) -> bool:
    """Among column fragments: are these heading-shaped lines the page's first text (退款难在哪 / 在未成年人…;
    …三亚开幕 / 网友：开幕式美哭了 / 第六届…)?  A column's text would fill its column there, and a story carried
    from the page before would end its paragraph on a stop.  Of several such lines, the last may be a
    paragraph that ends on no stop or a column's first line cut short (今年4月20 / 日是…), unless it is a short
    subtitle that quotes someone or opens on a dash."""
    last = units[end - 1].text
    subtitle = ("：" in last or last.startswith("——")) and len(last) <= _SHORT_HEADING_LINE
    # not a piece of a paragraph pasted alone (会议指出，…我们党 / 为什么…, 习近 / 平指出…, …照明车、 / 挖掘机…)
    whole = (len(units[index].text) >= _SHORTEST_OPENING and "，" not in last and not unbalanced(last)
             and (subtitle or not _open_end(last)))
    return (layout.form == FRAGMENTS and (end == index + 1 or subtitle) and whole
            and all(unit.role == "furniture" for unit in units[:index]))


_DASH_CUT = 5  # characters
_ATTRIBUTION_CUT = re.compile(r"[。！？]”?——.?$")
_SHORT_HEADING_LINE = 20  # characters
_SHORTEST_OPENING = 4  # characters: a page's shortest first headline (退款难在哪)
_CAPTION_LINES = 8  # printed lines of a caption set after a story, at most
_VERSE = 14  # characters: the longest verse of a newspaper poem
_NO_VERSE_MARKS = ("（", "(", "《")  # a source note's brackets: no verse under a bare name
_CLAUSE_PUNCTUATION = frozenset("，。；、！？,;")  # what a sentence's line holds and a title does not
_BARE_NAME_VERSES = 6  # verses at least under a title and a bare name: a narrow column's lines may be as short
_CUT_BEFORE_ITS_OBJECT = frozenset("在把将被从向对和与及或并而，、：（《“")  # …腊月写在 / 日历背面…: no verse ends so
# a line ending so asks for the next word (…别困于 / 数字), a box's label too: the same words, 于 and 的 besides, but a
# comma or a colon may close a line over a label (…专家提醒： / 小贴士)
_OPEN_BEFORE_A_WORD = (_CUT_BEFORE_ITS_OBJECT - frozenset("，：")) | frozenset("于的")
_POEM_VERSES = 3  # verses at least: fewer under a name are a headline's decks
_QUATRAIN = 4  # verses of a classical poem (绝句), the fewest
_PULL_QUOTE_UNITS = 6  # a pull quote's lines (roles._QUOTE_LINES, 4) and its speaker's (2)


def _opens_story(units: list[Unit], index: int) -> bool:
    before = index - 1
    while before >= 0 and units[before].role == "furniture":
        before -= 1
    if before < 0:
        return False  # a page may open with the rest of a story cut by the page before
    if "，" in units[index].text:
        return False
    previous = units[before]
    if previous.role == "jump":
        return previous.text.lstrip("（(").startswith(("下转", "转"))
    return previous.role == "credit" or trailing_jump(previous.text) is not None


def _leads_in(units: list[Unit], index: int) -> bool:
    """Does a story's opening stand here: a byline (or its first line, ending on a role), a dateline or a
    （上接…） line or paragraph (下转 ends one)?"""
    while index < len(units) and units[index].role == "furniture":
        index += 1
    if index >= len(units):
        return False
    unit = units[index]
    if unit.role in ("jump", "text") and opens_continuation(unit.text):
        return True
    return unit.role == "byline" or (unit.role == "text" and (
        _opens_on_dateline(units, index)
        or BYLINE_START.match(unit.text) is not None and BYLINE_OPEN.match(spaced_roles(unit.text)) is not None))


def _opens_on_dateline(units: list[Unit], index: int) -> bool:
    """Does a dateline open this line, read on into the next where a cut split it (本报北京6月1日 / 电 （…）…)?"""
    text = units[index].text
    if index + 1 < len(units) and units[index + 1].role == "text":
        text += units[index + 1].text
    return DATELINE.match(text) is not None


_TIMELINE_ENTRY = re.compile(r"^\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)? \S")  # 2021年3月　工程可行性研究报告获批。
_NAME_REST_ADDRESSED = re.compile(r"^[\u4e00-\u9fff](?:同志|先生|女士|老师)[:：]$")  # 生同志：: a name's last character
_SOURCE_IN_BRACKETS = re.compile(r"^[（(](?:数据|资料)来源[:：][^（）()]{2,30}[）)]$")


def _continues(previous: Unit, unit: Unit, layout: Layout) -> tuple[bool, bool]:
    """Does the text go on from `previous` into `unit`, and is a rule sure of it?"""
    text, below = previous.text, unit.text  # read once: some twenty rules ask of them at most junctions
    below_first, text_last = below[0], text[-1]  # the characters either side of the junction, which eight rules look at
    # Most junctions join a paragraph's text so far to a printed line: the text is longer than any label, pointer or
    # afterword's label (the rules down to the answer's all say the same, the text stops, so their order is free)
    text_short = len(text) <= _BLOCK_LABEL
    if (text_last in "）)" and (trailing_jump(text) or ends_on_credit(text) or SIGNED_BRIEF.search(text)
                               or placed_reader(text) and not placed_reader(below)  # not a roll of such lines
                               or placed_noted_writer(text) and len(previous.lines) == 1  # …局离休干部　龚振邦（84岁）
                               or _SOURCE_IN_BRACKETS.match(text))  # （数据来源：文渊书城销售系统）: a box's last line
            or closing_note(text)):
        # …（下转第二版）, …。（记者吴雨）, （作者为…院长）: the jump or credit closes the story (the first two end
        # on a bracket: one look rules most paragraphs out)
        return False, True
    if opens_continuation(below):
        return False, True  # （上接第一版）… opens the rest of another story
    if below.startswith("摄于") and "，" not in below and len(previous.lines) == 1 and text_short and not layout.indents:
        return False, True  # 渔归 / (the photo) / 摄于鳌头屿渔港: where the photo was taken, its caption under its title
    if text_last == "摄" and run_in_credit(text) is not None:
        return False, True  # …做好准备。 通讯员 雷振东 摄 / 寒潮蓝色预警防御指南: a caption's credit run in closes the caption
    if text_last == "》" and _QUOTED_FROM.search(text) and not (below_first.isdigit() or below_first in _SOURCE_GOES_ON):
        return False, True  # …住得舒心。”——摘自《临澜日报》 / 理论问答: where a quotation was taken from ends it (not
        # ——摘自《光明日报》 / 2024年5月6日, 二〇二四年…, 第五卷: the day it ran, the volume)
    if text_last in _EDITION_ENDS and _EXCERPTED_FROM.match(text) and not (below_first.isdigit() or below_first in "（("):
        return False, True  # ——摘自《澜江岁时记》，福建人民出版社2025年10月版 / 汀澜读书会·11月活动预告: an excerpt's
        # source, its edition given, ends the excerpt
    if (below[0] in "特敬" and _CLOSING_FORMULA.match(below)
            and (FIELD_LABEL.match(text) or "、" in text or _HOURS_ROW.match(text))
            and text_last not in "，、；：,;:"):
        # …和商户 / 敬请谅解！, …家庭 / 特此公示。, 下午　14:30—17:30 / 特此通知。: a notice's closing words under a field, a
        # list or a schedule's row, a paragraph of their
        # own (not …带来的不便 / 敬请谅解！ nor …将停电， / 敬请谅解。: the sentence they end)
        return False, True
    if (ends_on_email(text) or _ENDS_ON_WEB_ADDRESS.search(text) and FIELD_LABEL.match(text)) and CJK_CHAR.match(below):
        # 选题线索来信邮箱：rmrbstb@peopledaily.cn / 南水北调…, 学院网址：www.jlzyjsxy.edu.cn / 澜江市…: an address ends its
        # line's text
        return False, True
    if text_short and points_elsewhere(text):
        return False, True  # 详见A3: a teaser's pointer to its story ends the teaser
    if text_short and _labels_a_box(text) or _labels_a_box(below) and text_last not in _OPEN_BEFORE_A_WORD:
        # …举行。 / ◆知识链接 / 自2014年起…: a box's label stands between a story's text and the box's (not 用好数字，
        # 别困于 / 数字: the line's last word asks for the next)
        return False, True
    if is_afterword(below) or text_short and is_afterword(text):
        return False, True  # …刘长顺 / 编后 / 刘长顺同志反映的…: the editors' afterword, its label alone over their words
    if text.startswith("关于") and DOCUMENT_TITLE.match(text):
        return False, True  # 关于召开…的通知: a notice's title, over its text
    if in_a_circle(below_first) and in_a_circle(text[0]):
        return False, True  # ②千条线，… / ③小时穿黑衣，…: a list's items numbered in circles, each a paragraph
    if below_first.isdigit() and text[0].isdigit() and _next_item(text, below):
        return False, True  # 9.建设社区嵌入式服务设施25处 / 10.新建乡镇…: a numbered list's next item
    if (below_first.isdigit() and figure_alone(below) and not (text_last.isdigit() or text_last in ".．" or _asks_its_value(text))
            and _COUNTS_ON.search(text) is None and not (layout.indents and previous.lines[-1].indent)):
        # …地区生产总值 / 21.4% / 高新技术产业投资增速: a figure box's next figure, over what it counts (not …增长5. / 4%,
        # nor …水质比例： / 98.4%: the value a field's colon asks for (not …主要指标如下： / 612.3亿元: a list's),
        # nor …人数下降 / 36%: the figure a sentence's verb asks for, nor 　　全国划定生态环境管控单元 / 44604个: the
        # first line of an indented paragraph, going on)
        return False, True
    if layout.form == FRAGMENTS and text[0].isdigit() and figure_alone(text):
        return False, True  # 32家 / 推出错峰优惠的A级景区: a figure box's number over what it counts (no column holds a
        # fragment that short but a paragraph's last words, ended)
    if labelled_work(below) or labelled_work(text) or script_caption(below):
        return False, True  # 少了一只，像我 / 行书　陆游《…》句　郑砚农: a work's caption, a line of its own
    if "单位" in text and TABLE_UNITS.match(text) or "单位" in below and TABLE_UNITS.match(below):
        return False, True  # 本周主要农产品批发价格 / （单位：元/公斤） / 品名 均价 环比: a table's title, units, head row
    if text_last == "）" and _FIELDS_HEAD.match(text) and figure_row(below):
        return False, True  # 品种：价格（元/公斤） / 带骨羊肉：68.00: a box's head row, in fields, over its first row
    if (text_last in "供" and len(previous.lines) == 1 and PROVIDED.match(text)
            or below[-1] in "供" and not unbalanced(text) and PROVIDED.match(below) and not word_across(text, below)):
        # …均价 / 盟发展改革委价格监测中心提供 / 查干淖尔县…: who gave a box's figures, a line of its own, its last (not
        # 以上图片均为中国科学院上海有机 / 化学研究所提供: a name cut by the line's end)
        return False, True
    if below.startswith("截至") and figure_row(text):
        return False, True  # 活牛（毛重）：29.80 / 截至8月5日，…均价: the note of when a box's figures stood, under its last row
    if (below_first == "问" and QUESTION.match(below) or "问" in below[:3] and _titles_a_question(previous, below)) \
            and (ends_sentence(text) or len(previous.lines) == 1 and not _CLAUSE_PUNCTUATION.intersection(text)
                 and not previous.lines[0].indent and text_last not in _ASKING and not below.startswith(("问：“", "问:“"))):
        # …缴费有哪些变化？ / 问：… or 读者问：…: a Q&A's first question under its title, however wide the title, or
        # under one that asks nothing (2026年度城乡居民医保开始缴费啦 / 问：…; not a paragraph's first line cut inside a
        # word of asking, 王某追 / 问：“…, nor before what someone asked aloud)
        return False, True
    if below[-1] in ":：" and SALUTATION.match(below) and not (CJK_CHAR.match(text[-1]) and _NAME_REST_ADDRESSED.match(below)):
        # 同志们：: a speech's or a letter's salutation opens its text (not the rest of one cut inside its name: 新华社老党员张连 /
        # 生同志：)
        return False, True
    if text[-1] in ":：" and SALUTATION.match(text):
        return False, True  # …全体医护人员： / 8月下旬，…: the salutation stands alone, flush or not
    if below_first.isdigit() and NOTICE_DATE.match(below) and SIGNER_AT_END.match(text):
        return False, True  # …养殖户　潘玉兰 / 2025年11月3日: a letter's signature over the day it was written
    if layout.form == FRAGMENTS and " " in below and SPEAKER_LINE.match(below):
        # ——…会议上 / 岚山县人民政府县长 吴振华: a speech's speaker, a fragment of its own under its title (a printed
        # line may carry a speaker's title on: 中共中央总书记、中华人 / 民共和国主席 习近平)
        return False, True
    if ((text_last.isdigit() or text_last in "×＊*")
            and (ENDS_ON_PHONE.search(text)
                 or (ENDS_ON_SERVICE_LINE.search(text) or ENDS_ON_PHONES.search(text))
                 and (ISSUER_NAME.match(below) or _BARE_LABEL.match(below))
                 or ENDS_ON_PHONES.search(text) and DATE_OPENS.match(below))
            and (below_first not in _NUMBER_GOES_ON or DATE_OPENS.match(below))):
        # …电话：13880001111: an ad's number ends it (not …热线0769-2233 / ××××，…: cut inside it); …服务热线：95598 /
        # 国网潜川县供电公司: a service's short number, the issuer or a box's label under it (…举报投诉电话：12350 /
        # 曝光台; not …便民热线12345 / 反映，…), and so two
        # numbers, the issuer or the date under them (受理电话：0597-6832215、12380 / 中共汀溪县委组织部)
        return False, True
    if (text[0] in AUTHOR_MARKS and is_author_line(text) or below_first in AUTHOR_MARKS and is_author_line(below)
            or text.startswith("——") and text.endswith("》") and is_author_line(below)
            or below.startswith("作者") and is_author_line(below)):  # …现代化 / 作者：陈立群（南开大学文学院教授）
        # □ 冯 涛: a writer's line of its own, under a heading or a poem; ——读长篇报告文学《云上的学校》 / 黎　明: a
        # review's subtitle, naming the book, over its writer (a saying's ——signature may wrap onto its name)
        return False, True
    if _names_tune(text):
        return False, True  # 调寄浣溪沙 / 老年大学学书: the tune a ci is written to, a line of its own over its title
    if noted_writer(below) or below_first not in "，。" and placed_noted_writer(below) and ends_sentence(text):
        return False, True  # …连成了一个家 / 林小禾（湖滨社区居民）: a reader signing a poem or an essay, a line of its own
    if below_first == "本" and below.startswith(_COMMENTATORS) and is_author_line(below):
        return False, True  # 稳住“菜篮子”　端牢“米袋子” / 本报评论员　孟　川: the commentator under the title, a line of its own
    if (below_first in _ANSWER_OPENERS and _ANSWER_OPENS.match(below) and text_last not in "回解"
            and (ends_sentence(text)
                 or below_first != "回" and not _runs_on_in_print(previous.lines[-1], unit.lines[0], layout))):
        # …这是为什么呢？（…三年级　郭子墨） / 答：…, …越洗越脏？ / 答案：…: an answer opens its own (not 回 / 答：); a
        # reply (…很不方便。 / 回复：…) only under a sentence's end (…作出书面 / 回复：… is the sentence's word)
        return False, True
    if (below.startswith(("问：", "问:")) and len(previous.lines) == 1 and not _CLAUSE_PUNCTUATION.intersection(text)
            and headline_like(previous)):
        return False, True  # 12315答疑 / 问：在网上买的衣服…: a Q&A's title over its first question
    if below_first in NO_LINE_START or (text_last.isdigit() or text_last in "月日") and _cuts_dateline(text, below):
        return True, True
    if text_last not in "）)" and OPEN_CREDIT.search(text[-_OPEN_CREDIT_REACH:]) and DATELINE.match(text):
        return True, True  # 新华社长沙7月22日电（记者 周 / 　颖、刘 勇）…: a dateline's credit goes on, whatever pad wrapped
    if text_last.isdigit() and below_first in _FIGURES_UNIT and not unit.lines[0].indent and not row_of_figures(text):
        # 本报讯 实习生赵 敏 13 / 日晚，…: a figure is never parted from its unit (but 人民币 1.0938 1.0968 / 日圆（100）…:
        # a table's row ends on its last figure)
        return True, True
    if DATELINE.match(below):
        return False, True
    if below_first.isdigit() and SCHEDULE_ROW.match(below) and SCHEDULE_ROW.match(text):
        return False, True  # 11月21日（周五）19:30　省女排联赛… / 11月22日（周六）15:00　…: a schedule's rows, one a line
    if not unit.lines[0].indent and dateline_alone(text):
        return True, True  # the lead's text goes on under its dateline and credit
    if _chapter_number(below) and unit.lines[0].gap_before:
        # …报销。 / (a blank line) / 2: no paragraph ends on a number alone set apart from its text; a line right
        # under it may hold the paragraph's last character (…老人已年过 / 七)
        return False, True
    if CASE_PART.match(text) or _CASE_LESSON.match(text) and len(previous.lines) == 1:
        return False, True  # 原因分析 / 经调查，…, 警示 / 有限空间作业必须…: a case's part labelled, over its text
    if layout.form == FRAGMENTS:
        if layout.indents:
            return _indented_fragment_continues(previous, unit), True
        return _fragment_continues(previous, unit)
    if _chapter_number(text):
        return False, True  # 2 / 　　2024年8月…: nor its first
    return _wrapped_continues(previous, unit.lines[0], layout), True


def _asks_its_value(text: str) -> bool:
    """Does the text end on a colon that asks for one value (…水质比例：, 35岁以下：), not on one opening a list
    (…主要指标如下：)?"""
    return text[-1] in "：:" and "如下" not in text[-4:]


def _next_item(text: str, below: str) -> bool:
    """Does `below` open the item numbered after the one `text` opens (9.… / 10.…), with the same mark?"""
    item, following = _NUMBERED.match(text), _NUMBERED.match(below)
    return (item is not None and following is not None and item.group(2) == following.group(2)
            and int(following.group(1)) == int(item.group(1)) + 1)


def _chapter_number(text: str) -> bool:
    return len(text) <= _CHAPTER_NUMBER_LONGEST and _CHAPTER_NUMBER.match(text) is not None


def _labels_a_box(text: str) -> bool:
    """Is the line a box's label (◆知识链接) or a block's of its own (简讯), short as they are?"""
    return (len(text) <= _BOX_LABEL and BOX_LABEL.match(text) is not None
            or len(text) <= _BLOCK_LABEL and own_block(text))


def _cut_dateline_opens(units: list[Unit], index: int) -> bool:
    """Does this line open a dateline that the cut below it split (本报郑州5月11 / 日电 …)?"""
    following = units[index + 1] if index + 1 < len(units) else None
    return following is not None and following.role == "text" and _cuts_dateline(units[index].text, following.text)


def _cuts_dateline(left: str, right: str) -> bool:
    """Did the cut fall inside the dateline that opens the paragraph (本报郑州5月11 / 日电 …)?"""
    if not (left[-1:].isdigit() or left.endswith(("月", "日"))) or DATELINE.match(left) or DATELINE.match(right):
        return False  # only a date cut short leaves the dateline open (not 聚焦开放日 / 本报讯…: one opens there)
    joined = DATELINE.match(left.lstrip() + right)
    return joined is not None and joined.end() > len(left.lstrip())


def _indented_fragment_continues(previous: Unit, unit: Unit) -> bool:
    """Where paragraphs open with an indent, a fragment without one goes on the body before it.

    A paragraph opened by （上接…） is body text too, indent or not, and so is one longer than any
    heading (the rest of a paragraph under a （上接…） line of its own).
    """
    if unit.lines[0].indent:
        return False
    body = (previous.lines[0].indent or len(previous.lines) > 1 or opens_continuation(previous.text)
            or len(previous.text) > _LONGEST_HEADING)
    # An indented paragraph stopped mid-sentence goes on, however much the flush line under it
    # reads like a heading (…建设不断 / 向高标准…迈进提出四点看法：).
    return body and (previous.lines[0].indent and not _stops_a_clause(previous.text) or not headline_like(unit))


def _stops_a_clause(text: str) -> bool:
    """Does the line end a sentence or a clause (…如下：, …（图）) rather than stop inside one?"""
    return (ends_sentence(text) or text[-1] in CLAUSE_END or text.endswith(("）", ")"))
            or REFERENCE_ENTRY.match(text) is not None)


_BRACKETED_NAME = re.compile(r"^[（(](?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3})[）)]$")  # （覃　慧）


def _bracketed_name(text: str) -> bool:
    """Is the line a writer's name in brackets (（覃　慧）), not a part's number or a note (（之二）, （未完待续））?"""
    bracketed = _BRACKETED_NAME.match(text)
    return (bracketed is not None and _PART_NOTE.match(bracketed["name"]) is None
            and bracketed["name"][-1] not in _BODY_ENDS + "网报")  # (not a source: （新华社）, （人民网）)


_PART_NOTE = re.compile(r"^(?:之[一二三四五六七八九十]+|[上中下]篇|未完待续|待续|全文完|掌声|笑声|鼓掌)$")
_ROMANIZED_ENTRY = re.compile(r"^[\u4e00-\u9fff]{1,4}[（(][a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ\s]{1,16}[）)][：:]")  # 岜（bya）：石山。
_SIGNED_AND_DATED = re.compile(r"[。！](?P<issuer>[^。！？，\s]{2,30})\s\d{4}年\d{1,2}月\d{1,2}日$")


def _signed_and_dated(text: str) -> bool:
    """Does the text close on its issuer and date after its last sentence (…特此公告。岜林县…村民委员会　2026年1月16日),
    not on a date the column cut a sentence at (…运动会将于 2025年1月18日 / 在县体育中心开幕…)?"""
    signed = _SIGNED_AND_DATED.search(text)
    return signed is not None and (ISSUER_NAME.match(signed["issuer"]) is not None or signed["issuer"].endswith(_DATED_ISSUER_ENDS))


_DATED_ISSUER_ENDS = ("委会", "小学", "中学", "学校", "卫生院", "派出所", "合作社", "居委会", "管理处", "服务站")  # 桃源村村委会, 岜林镇中心小学


def _fragment_continues(previous: Unit, unit: Unit) -> tuple[bool, bool]:
    """Was this fragment cut by a column end, and is a rule sure of it?

    Clear cases are settled by rule; a short fragment that ends no sentence may
    be a heading as well as the head of a cut paragraph, and is weighed.  A
    fragment ending a sentence, or sentence text ending on a colon or dash
    (…记者从国家发展改革委获悉：), is taken for a paragraph's end, but not surely:
    a column can end there too.
    """
    settled = fragment_rule(previous, unit)
    if settled is None:
        return weighs_as_cut(previous, unit), False
    left = previous.lines[-1].text
    return settled, not (ends_sentence(left) or left[-1] in CLAUSE_END and len(left) > _LONGEST_HEADING)


_SOURCE_GOES_ON = "（(第〇一二三四五六七八九十"  # what a source's date or volume opens on
_QUOTED_FROM = re.compile(r"——\s?摘自《[^《》]{1,20}》$")  # the paper a quotation in a box of them was taken from
_EXCERPTED_FROM = re.compile(r"^——\s?(?:摘自|选自|节选自)《[^《》]{1,30}》[^。！？《》]{0,30}$")  # ——摘自《…》，…出版社…版
_EDITION_ENDS = "版期日"  # the last word of the edition an excerpt names: …2025年10月版, …2024年第4期, …5月6日
_ANSWER_OPENS = re.compile(r"^(?:答|答案|参考答案|谜底|上期谜底|回复)[:：]")  # an answer, a puzzle box's answers, a reply
_ANSWER_OPENERS = "答参谜上回"  # what it opens on: asked at every junction, most lines ruled out by their first character
# The expert who answered, signing in brackets with where he works and his calling: （浙江禾信律师事务所 律师 朱文浩）
_SIGNED_BY_EXPERT = re.compile(r"^[（(][^（）()]{1,24}?(?:律师|医师|药师|教授|研究员|辅导员|教师)\s*[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}[）)]$")
# A book's title and, in brackets, its kind, author and publisher: a book box's entry (《河流的故乡》（散文集，孙一禾著，…）
_FIGURES_UNIT = "日月年号时点分秒万亿%％元岁"  # what follows a figure on the next printed line
_SIGNING_PLACE = 12  # characters of the place or unit before a signature's name
_SIGNING_NAME = 6  # characters of the name after it, padded and set apart (孙 国 强)
_NAME_CLOSED = re.compile(r"^(?![一二三四五六七八九十甲乙丙丁]{1,2}[）)])(?:[\u4e00-\u9fff]\s)?[\u4e00-\u9fff]{1,2}[）)]")  # 川）…, 邱 岳）: a name's rest and the bracket it closes


def _titles_a_question(previous: Unit, below: str) -> bool:
    """Is `previous` a title of one line asking what a reader's question under it asks (牲畜在公路上被撞，责任谁来担？ /
    读者问：…)?  Inside a story a villager's question runs on (…七嘴八舌。 / 村民问：“…”)."""
    return len(previous.lines) == 1 and previous.text[-1] in "？?" and ASKED.match(below) is not None


def _credited_by_unit(text: str) -> bool:
    """Does the text close on a unit's credit in brackets, its name after it, right after a sentence's end (…。（新营小学
    孙倩倩）, not 《我和我的祖国》（新营小学　孙倩倩） / 等12篇…, a work named in the sentence)?"""
    opened = max(text.rfind("（"), text.rfind("("))
    return opened > 0 and text[opened - 1] in "。！？" and _credit_inside(text[opened + 1:-1])


def _speaker_bracketed(text: str) -> bool:
    return text[0] in "（(" and text[-1] in "）)" and NAME_FIRST_CREDIT.match(text[1:-1]) is not None


def _credit_inside(credit: str) -> bool:
    """Do the brackets hold a unit and a name (新营小学　孙倩倩) or a name and a calling (罗一鸣　西部计划志愿者)?"""
    return UNIT_CREDIT.match(credit) is not None or NAME_FIRST_CREDIT.match(credit) is not None


# Who asked, signing a question: （读者　马先生）, （家长　陈女士）, a name letter-spaced (（读者　王　芳）)
_READER_SIGNS = re.compile(r"^[（(](?:读者|网友|听众|观众|家长|市民|患者|居民|村民|考生|车主|游客|职工|群众)\s*"
                           r"(?!须知|来信|来电|热线|提问|留言|心声|之声)[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){0,3}[）)]$")
_CASE_TITLE = re.compile(r"^案例[一二三四五六七八九十\d]{1,2}[：:][^，。；！？,;]{2,30}$")  # 案例二：初中生大额充值游戏获退款
_BRACKET_NOTE = re.compile(r"^[（(][^（()）]{2,12}[）)]$")  # a short note in brackets alone on a line: （谜底见下期）
_SCHEDULE_ENTRY = re.compile(r"^(?:\d{1,2}[:：]\d{2}|全天|上午|下午|晚上) ")  # 9:30　龙舟赛（…）, 全天　民族美食街…
_SCHEDULE_NOTE = re.compile(r"^[（(][^（()）]{2,30}[）)]$")  # （活动时间如有调整，以现场通知为准）


# A section's label and its few words, no mark among them (部门：已约谈经营者): a subhead, shorter than a printed line (a
# field's label, 活动地点：市民广场东侧, may have its value cut at a column's foot, and so may a label's words in a
# paragraph: 读者关切：听朋 / 友说，…, 误区三：手臂 / 与身体平行——…, 统计显示：今年 / 1至4月…)
_LABELLED_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,4}：[\u4e00-\u9fff]{2,10}$")
# Who speaks or what a report says, before the colon (会议要求：, 统计显示：, 他说：, 王建国：): a sentence or a turn of
# speech follows, which a column may cut anywhere (会议要求：各级各部门 / 要切实扛起…)
_SAYS = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:要求|显示|提出|指出|表示|明确|强调|认为|介绍|透露|称|说|问|答|道|通知|规定|获悉)：")
_AS_OF_OPENS = re.compile(r"^截至(?:\d{4}年)?\d{1,2}月(?:\d{1,2}日|底|末)?，")  # (a subhead may open so: 截至11月，新建公厕86座)
# a recipe's or a remedy's first field (组成, a sentence's word too, is not asked; 材料 only under a dish's name: …提交以下 /
# 材料：…, 办理 / 材料：… are a sentence's words cut)
_RECIPE_FIELDS = ("原料", "食材", "用料", "配料", "主料", "配方", "材料")
_DISH = 4  # characters at least of a dish's name (萝卜羊肉汤; 办理 / 材料：… is a verb and its object cut)
_NAMES_WHAT_FOLLOWS = ("以下", "下列", "如下", "相关", "所需", "有关", "人员", "办理")
_TWO_PHRASES = re.compile(r"^[^，。；：！？、“”（）\s]{3,8}，[^，。；：！？、“”（）\s]{3,8}$")  # 一句承诺，守了十一年
_SUBHEADS_APART = 40  # units: a feature's subheads stand no further apart
_LABEL_FIRST = re.compile(r"^[\u4e00-\u9fff]{2,10}[:：]")  # 红枣：…, 职工人均可支配收入：…: a row's label
_FIGURE_LAST = re.compile(r"\d[%‰]?[\u4e00-\u9fff]{0,2}$")  # …6.9%, …9.6万吨: a row's last figure
_RESTS_OF_CLAUSE = frozenset("的地得了着过")  # …已收购玉米0.8万吨占计划 / 的55%。: a clause's rest (在, 为 open sentences too)
_GOES_ON_A_CLAUSE = frozenset("的地得了着过要将会是在把对被从向为")  # 这些年来村里 / 的变化…: a clause's rest opens on one
_SAYINGS_LABEL = re.compile(r"^[\u4e00-\u9fff]{1,4}说$")  # 赛后说, 球迷说, 市民说: who speaks in the box under it
_CARRIED_CLAUSE = 4  # characters: a clause this short opening the next fragment is the words' rest (余华：…越想 / 写，…)
# A fact check's parts, labelled (网传：…, 真相：…): what the rumour says, what is true
_FACT_CHECK_LABELS = frozenset(("网传", "传言", "流言", "谣言", "真相", "事实", "辟谣"))


def _unquoted_field(text: str) -> bool:
    """Does the text open on a label and a colon, its value no quotation (招聘条件：…, not 他回答：“…)?"""
    labelled = _LABELLED.match(text)
    return labelled is not None and "“" not in text[:text.find("：") + 2]


def _fields_apart(paragraph: str, left: str, right: str) -> bool:
    """Do a field (the paragraph so far, its last line `left`) and the text under it (`right`) each open on a label and
    a colon, the field's value ending on a word, or on a sentence where the field is of a kind listings print (报名时间：
    …18时。 / 现场确认：…, not 会议要求：…。 / 会议明确：…, a paragraph's run-on): two fields, however they are called?"""
    return (_LABELLED.match(paragraph) is not None and _LABELLED.match(right) is not None
            and (_ends_on_word(left) or ends_sentence(left) and FIELD_LABEL.match(paragraph) is not None))


def _opens_sentence(text: str) -> bool:
    """Does the text open a sentence of its own, its first clause or sentence a few words long (如遇雷雨等恶劣天气，…,
    请相关区域用户提前做好储水准备。停水期间…), not a value's last words carried over (草坪，…, 及人民路沿线部分企业。)?
    A value's rest may end on a stop; a sentence of its own is followed by more."""
    stop = _FIRST_STOP.search(text)
    if stop is not None and stop.group() == "，" and text[:stop.start()] in _SHORT_OPENERS:
        return True  # 届时，沿线用户用水将受到影响…: a notice's next sentence, opened by a word of its own
    if stop is None or text.startswith(_CARRIED_ON) or stop.start() < _SHORTEST_CLAUSE:
        return False
    if stop.group() == "，":
        return stop.start() < _OPENING_CLAUSE
    return stop.start() < _OPENING_SENTENCE and (stop.end() < len(text) or text.startswith(_NOTICE_OPENERS))


def _notes_the_table(left: str, right: str) -> bool:
    """Is `right` a note (注：…) under a table's or a box's row?"""
    return right[0] == "注" and right[1:2] in "：:" and box_row(left)


def _named_after_calling(left: str, right: str) -> bool:
    """Is a caption's dated sentence cut around a person named after his calling: before the name (12月10日，…村民 /
    赖国平) or after it, before what he does (…村民赖国平 / 在自家大棚里…)?"""
    if DATED_SCENE.match(left) is None:
        return False  # a caption's dated scene (not a headline ending on a calling: 致敬，每一位环卫工人 / 张晓燕)
    if bare_name(right):
        return left.endswith(_CALLINGS_BEFORE_NAMES)
    named = _NAMED_AT_END.search(left)
    return named is not None and is_names_line(named["name"]) and right[0] in _DOES_OPENS


def _title_restated(previous: Unit, right: str) -> bool:
    """Does a short fragment with no punctuation stand over one opening on its first words again (三合垸的莲蓬 /
    三合垸是…), or on its last two (秋到则普 / 则普的秋天，…)?  No column cuts a sentence so that it says them twice."""
    text = previous.text
    # (or a word of two before 的: 祖父的那把胡琴 / 祖父是个琴师，…)
    subject = _RESTATED_LEAST - 1 if text[_RESTATED_LEAST - 1:_RESTATED_LEAST] == "的" and text[:2] in words() else _RESTATED_LEAST
    return (len(previous.lines) == 1 and _RESTATED_LEAST <= len(text) <= _LONGEST_HEADING
            and not _CLAUSE_PUNCTUATION.intersection(text)
            and (right.startswith(text[:subject]) and CJK_CHAR.match(text[subject - 1]) is not None
                 # (its subject again, 则普的…, 则普是…; not 坐下来商量 / 商量，…: a verb said twice)
                 or len(text) > _RESTATED_LEAST and right.startswith(text[-2:]) and right[2:3] in ("的", "是")
                 and CJK_CHAR.fullmatch(text[-2]) is not None and CJK_CHAR.fullmatch(text[-1]) is not None))


_RESTATED_LEAST = 3  # characters a title's subject holds, at least (三合垸, 老渡口)


def fragment_rule(previous: Unit, unit: Unit) -> bool | None:
    """True or False where a rule settles the cut, None where it must be weighed."""
    left, right = previous.lines[-1].text, unit.text
    if _chapter_number(previous.text) and right[0] not in _COUNTED:
        return False
    if _ITEM_NUMBER.match(previous.text):
        return True
    if winner_row(left):
        return False  # …高一（2）班　王思远　生物竞赛三等奖 / 特此表彰。: the list's last row, then its closing words
    if left[-1] == "布" and BOX_ISSUED.match(left):
        return False  # …为准。 / 集团公司客运部3月24日发布 / 客运服务台: the box's issuer closes it
    if (left[-1] not in "，。" and ("：" in left or ":" in left) and _FIGURE_FIELD.match(left)
            and not _CLAUSE_PUNCTUATION.intersection(right) and len(right) <= _LONGEST_HEADING):
        return False  # 全厂日发电量：5748万千瓦时 / 运行值班: a box's figure, whole, over the next piece's label
    if (right[0] == "@" or left[-1] in "）)" and _COMMENT_END.search(left)
            or "”——" in left and _BY_HANDLE.search(left) and not (_SAYER_CUT.search(left) and len(right) == 1)):  # (…司机 黄丽 / 娟)
        return False  # @江边的风：…（点赞2.3万） / @老街坊王叔：…, “…”——@滨江小鹿: readers' comments, one a line
    if right[0] in "（(" and BRACKETED_LINE.match(right) and box_row(left):
        return False  # 乌鲁木齐　良　首要污染物：PM10 / （中国环境监测总站供稿）: a box's last row, then its source
    if _notes_the_table(left, right):
        return False  # 普惠小微贷款　4.12 / 注：存款利率为…: a table's note under its last row
    if diary_day(right):
        return False  # 巷道里的第三次敲帮问顶 / 12月18日　星期四　小雪: a diary's day opens its entry
    if len(previous.lines) == 1 and bare_name(left) and ENDS_ON_PHOTO_CREDIT.search(right):
        return False  # …往里添柴。 / 杨光明 / 岜旺村银匠…银饰。　石　磊　摄: a piece's signature over an untitled photo
    if _named_after_calling(previous.text, right):
        return True  # 12月10日，…湖头村村民 / 赖国平 / 在自家大棚里采摘草莓: a caption's person, cut around the name
    if len(previous.lines) == 1 and len(previous.text) >= _GENRE_LEAST and GENRE_NAME.match(previous.text):
        return False  # 以案释法 / 帮人“跑分”赚佣金？小心触犯刑法: a box's name over its title, a line of its own
    if CALLER.match(right) and len(previous.lines) == 1 and not _CLAUSE_PUNCTUATION.intersection(previous.text):
        return False  # 民生热线回音 / 市民来电：…: a hotline box's title over its first caller
    if _title_restated(previous, right):
        return False  # 三合垸的莲蓬 / 三合垸是汉江边的老垸子，…: a title over the text that opens on its subject again
    if len(right) > _GENRE_LEAST and GENRE_NAME.match(right) and FIELD_LABEL.match(previous.text):
        return False  # 报名方式：…推荐报名 / 健身者说: a listing's last field, then the next box's label
    if (FIELD_LABEL.match(left) and not word_across(left, right)
            and ("，" not in left and _opens_sentence(right)
                 or "、" in left.rsplit("，", 1)[-1] and right.startswith(_NOTICE_GOES_ON)
                 or "、" in left and CJK_CHAR.match(left[-1]) and right.startswith(_NOTICE_GOES_ON) and _opens_sentence(right))):
        # 停电范围：…部分企业 / 如遇雷雨等恶劣天气，…, 停水范围：…两侧用户，幸福里小区、…花园小区 / 请以上区域用户提前做好
        # 储水准备。…: a notice's field, whole (a list of places last, its clauses before), then its next sentence (not
        # 活动地点：…东侧 / 草坪，…: the value's last word, carried over)
        return False
    if _fields_apart(previous.text, left, right):
        return False  # 所需材料：…无需另行提交 / 办理时限：…: a guide's fields, one a paragraph, whatever they are called
    if previous.text[:2] == "案例" and _CASE_TITLE.match(previous.text) and not word_across(left, right):
        # 案例二：初中生大额充值游戏获退款 / 初中生小刘瞒着家人，…: a numbered case's title over its account (not its account
        # cut by the column: 案例二：初中生小刘瞒着家 / 人，…)
        return False
    if (_LABELLED_TITLE.match(previous.text) and not FIELD_LABEL.match(previous.text) and not right.startswith(_CARRIED_ON)
            and not _SAYS.match(previous.text) and not is_names_line(previous.text.split("：", 1)[0])
            and _sentence_of_its_own_under(left, right)):
        return False  # 部门：已约谈经营者 / 莲湖区…: a section's label and title (a paragraph's head at a column's foot fills a line)
    if (NAMED_TOWN_TITLE.match(previous.text) and len(previous.text) <= _LONGEST_HEADING
            and not any(map(str.isdigit, previous.text))  # 大溪镇方家村：村里投入30万元改造 / 村道…: a round-up's sentence
            and not _CLAUSE_PUNCTUATION.intersection(previous.text)
            and (_sentence_of_its_own_under(left, right)
                 or "，" in right and (_time_phrase(right.split("，", 1)[0]) or right.split("，", 1)[0] in _TIME_OPENERS)
                 and not word_across(left, right)
                 and len(previous.text.split("：", 1)[-1]) >= _TOWN_ITEM_TITLE)):
        # 新港镇：冬季“菜篮子”供应充足 / 入冬以来，…, 老岭镇：人参“冬眠”有人管 / 连日来，…: a town's item titled over its
        # first sentence (opened on a time, under a title ending on any word)
        return False
    if (right[0] in BRIEF_MARKS and (CJK_CHAR.match(right[1:2]) or right[1:2].isdigit()) and right[1] not in _OPEN_STARTS
            and len(previous.text) <= _LONGEST_HEADING and not _CLAUSE_PUNCTUATION.intersection(previous.text)):
        return False  # 本周景区优惠 / ▲6月28日至8月31日，…: a box's title over its first marked entry (a cut does not open on a mark)
    if right[-1] != "，" and _ROLL_GROUP.match(right):
        return False  # …排名不分先后） / 措嘎县中学（8名）：扎西多吉　…: an honour roll's group of names, a paragraph each
    if (len(previous.lines) == 1 and _paired_clauses(left) and CJK_CHAR.match(right) and not word_across(left, right)
            and _opening_of_its_own(right.split("，", 1)[0])):  # (not 收入多了，日子好了 / 许多，…: the clause goes on)
        return False  # 品种纯了，羊肉好了 / 在乡滩羊种羊繁育场，…: a subhead of two clauses alike, over its section
    if left[:2] == "——" and REMINDER_DECK.match(previous.text):
        return False  # ——县消防救援大队提醒您 / 进入冬季，…: the tips' deck over their text
    if left[:2] == "——" and left[-1] == "》" and REVIEW_SUBTITLE.match(previous.text):
        return False  # ——读长篇小说《青石岭》 / 青年作家龙光明的…: a review's subtitle, naming the book, over the review
    if left[0] == "《" and left[-1] == "》" and _FIELD.match(right):
        return False  # 《追风的少年》 / 导演：乔一鸣…: a listing's entry, its title over its fields
    if (left[0] in BRIEF_MARKS and len(previous.text) <= _LONGEST_HEADING and previous.text[-1] in "”」"
            and not _CLAUSE_PUNCTUATION.intersection(previous.text) and not any(map(str.isdigit, previous.text))
            and CJK_CHAR.match(right) is not None and _clause_of_its_own(re.split("[，。！？]", right, 1)[0])):
        # (not ■我市3个村入选省级“美丽乡村” / 示范村名单。…: a brief's sentence, its words' rest under it)
        return False  # ■民宿“一房难求” / 客流增长也带旺了周边民宿。…: a marked subhead closing on its quoted word, then prose
    if left[0] in AUTHOR_MARKS and len(left) <= _MARKED_LABEL and not ends_sentence(left):
        return False  # ■说法 / 海州某律师…: a marked label alone, though 法海 reads across (a marked paragraph's head fills a line)
    if ends_sentence(left):
        # …扎根家乡也能闯出一片天。 / （何　俊　白沙县青年创业者）: a saying's speaker, cut onto a line of his own
        return _ATTRIBUTION.match(right) is not None or _speaker_bracketed(right)
    if right[0] == "“" and _SAYINGS_LABEL.match(previous.text):
        return False  # 赛后说 / “我们上半场打得有些急…”: a box of sayings' label over its first quotation (他说 takes a colon)
    if right[0] == "据" and CJK_CHAR.match(left[-1]) and SOURCED_LEAD.match(right):
        return False  # 降至个位数 / 据埃菲社5月14日报道，…: a report's lead opens there, though 数据 reads across
    if (right[0] in _BULLETS or FIELD_LABEL.match(right)
            or (right[0] in _LIST_MARKS and not right[1:2].isdigit() or in_a_circle(right[0]))
            and not _open_end(left)):
        # …推动发展 / ■ 树立和践行…, 旅行提示 / ▲夏季…(the corpus holds no list mark inside a paragraph; ▲0.41%, after an
        # open clause, is a market's arrow), 自驾贴士 / 路况：…, 背单词的三个小窍门 / ①“词根”记忆法…: a bullet, a box's field
        # or a numbered item opens a paragraph
        return False
    if (dateline := DATELINE.match(previous.text)) and "。" not in previous.text:
        # a lead goes on at least to its first full stop, unless it introduces a round-up's first
        # item under its heading (央视网消息（新闻联播）： / 美政府“停摆”持续安检员缺勤达新高), or the
        # source's line gives the article's title as the paper translated it (【英国《金融时报》网站…文章】题：…)
        return not (previous.text.endswith(("：", ":"))
                    and (headline_like(unit) or SECTION_NUMBER.match(right) or is_table_row(right))
                    or previous.text.startswith(("题：", "题:"), dateline.end()))
    if _open_title(previous.text):
        return True  # 《黑神话： / 悟空》…: a title or a bracket never runs over a paragraph end
    if (left[0] in BRIEF_MARKS and (_SENTENCE_OPENER.match(left[1:]) or _AS_OF_OPENS.match(left[1:]))
            and not _SOURCE_AT_END.search(left)):
        # ◆近日，桂花苑社区“红色管家” / 志愿服务队…: a brief's first sentence, not a marked subhead (but ■日前，…。（石桥乡
        # 供销社） / 农资市场价格行情: closed by its source; ◆截至1月14日，…累计回收 / 废旧滴灌带…: a brief's as-of day)
        return True
    if _SPEECH_OPENS.search(left) and right[0] == "“":
        return True  # 他强调： / “…”: a quotation goes on the paragraph that announces it
    if (left[-1] == "—" and left[-2:-1] not in ("—", " ", "") and (right[0].isdigit() or not left[-2].isdigit())
            and right[0] not in "—“"):
        # 上行：客运中心—东辉路—万昌路— / 城南大道（西段）—…: a route or a range cut at its dash goes on (not a table's
        # cell, 番茄　3.00　4.20　—, no change, nor a score's dash before words: 比分定格在3∶1— / 这是…; 16— / 18个月 goes on)
        return True
    if (left[-1] in CLAUSE_END or _bracketed(left) or _verse(left, right)
            or (SUBHEAD_MARK.match(left) or left[0] in "▶►") and len(left) <= _LONGEST_HEADING and not _open_end(left)
            and not _claused(left) and not _titles_item_across(left, right) and not _RUN_IN_ITEM.match(left)
            and "；" not in left and "。" not in left  # 2.雪菜…切碎；里脊肉…抓匀腌 / 5分钟。: a numbered step's sentences, no subhead
            and not word_across(left, right)):  # 三、双方重申坚定支持对方维护国 / 家主权…: a numbered paragraph cut
        return False
    if unbalanced(previous.text):
        return True
    if left[-1] in "）)" and _POINTER_CLOSES.search(left):
        return False  # …推广应用。（相关报道见第三版） / 春检正当时: a pointer closes the paragraph, after its last sentence
    if SECTION_NUMBER.match(right) or _LAW_ARTICLE.match(right) or REFERENCE_ENTRY.match(left):
        return False  # …备忘录》 / 5.《…: a numbered item opens a paragraph of its own, [1]…2026. ends one
    if (_SHORT_FIRST_SENTENCE.match(right) or _NAME_TAIL_SPEAKS.match(right)) and not diary_day(left):
        # 诚挚 / 问候。他表示…: no paragraph opens on a sentence this short, nor on a name's last character (but a diary's
        # entry may, under its day: 12月15日　小雪 / 下雪了。…)
        return True
    if "。" in left:
        if ENDS_ON_PHOTO_CREDIT.search(left) and right[0] not in "（(":
            return False
        if left[-1] in "）)" and _BRACKET_NOTE.match(right):
            return False  # …（打一自然现象） / （谜底见下期）: a note in brackets on a line of its own
        if left[-1] in "）)" and _credited_by_unit(left):
            return False  # …芒果苗120株。（右江区第三初级中学　黄秋萍） / 教师随笔: a unit's credit closes the item
        if left[-1] in "）)" and (previous.text[0] in BRIEF_MARKS or _SENT_BY_BODY.search(left)) and _SOURCE_AT_END.search(left):
            # ●…参训员工210人次。（第二采油厂） / 冬季安全提示, …可追溯。（临沅市供销社） / 岳阴县供销社…: a brief's source,
            # marked or named as a body, closes it
            return False
        if left[-1] in "）)" and _SUPPLIED_AT_END.search(left):
            return False  # …不要错过集中缴费期。（县医疗保障局供稿） / 秋收季节…: who supplied the piece closes it
        if left[-1] == "日" and _signed_and_dated(left):
            return False  # ■迁坟公告　…特此公告。…村民委员会　2026年1月16日 / 读者来信: the notice's issuer and date close it
        # sentence text, not a heading: the column cut it, unless what meets there cannot read on
        # (…（受访者供图） / 据自治区教育厅…)
        return runs_on(left, right) > _APART
    if left[0].isdigit() and calendar_row(previous.text) and calendar_row(right):
        return False  # 12月1日至15日　办理…申报缴纳 / 12月1日至15日　扣缴义务人…: a calendar's rows, each whole however long
    if _NOTICE_HEADING.match(left) and CJK_CHAR.match(right):
        return False  # 征集老照片启事 / 为编纂《郦川图志》，…: a notice's title over its text
    if "关于" in left and ISSUED_DOCUMENT_TITLE.match(left) and CJK_CHAR.match(right):
        return False  # 某某联合社关于公布…的公告 / 根据《…》，…: a notice's title, its issuer first, over its text
    if len(left) > _LONGEST_HEADING or _claused(left):
        # cut, or a lead sentence set without a stop (…的结果 / 据报道，…); three clauses this long make no
        # heading (…在彼此成就中共同成长，以创新做大全球市场蛋糕，让 / “创新红利”惠及全球)
        return runs_on(left, right) > _READS_ON
    if _kicker_over_title(previous, unit):
        return False
    if left.endswith("日") and _DATE_ONLY.match(left) and not right.startswith(_RANGE_GOES_ON):
        return False  # 2024年1月23日 / 招聘启事: a notice's signed date, whole, ends it (not 4月21日 / 至22日，…)
    if right.startswith(left) and _DATE_ONLY.match(left):
        return False  # 3月 / 3月11日 全市…: a timeline's month over its first entry, which names it again
    if CASE_NUMBER.match(left):
        return False  # （2026）浙1081民初1234号 / 王建国：本院受理…: a court notice's case number stands alone
    if (_FIELD.match(left) and _FIELD.match(right) or rows_apart(left, right) or figure_row(left) and figure_row(right)
            or " " in right and head_row(right)
            or CONTACT_LINE.match(right) and left[-1].isdigit()
            or _FIELD.match(left) and left[-1].isdigit() and headline_like(unit)
            or " " in right and label_and_figure(right) and not label_and_figure(left) and headline_like(previous)):
        # 城区限行尾号：3和8 / 限行时间：…, 供电服务热线：95598 / 京秦高速全线贯通, …（12月9日） / 指数 收盘 涨跌幅: a box's
        # fields or a table's head row, whole; 5月民航主要运行数据 / 旅客运输量　6310万人次: a box's title over its first row
        return False
    if left[-1].isdigit() and _HOURS_ROW.match(left) and right[0] not in "，,；;（(":
        return False  # 上午　7:30—11:30 / 下午　14:30—17:30: a schedule's rows, one a line
    if left[-1].isdigit() and LISTING_TIME.search(left):
        return False  # 《江南春早》　央视综合频道　20:00 / 该剧讲述了…: a listing's title, channel and time over its note
    if left[-1].isdigit() and _TIMESTAMP.match(left):
        return False  # ■10日17:40 / 市气象台将…: a live report's time, a heading of its own over what happened then
    if (_NOTICE_DATED.match(left) and len(right) <= _TITLE_UNDER_DATE and not _CLAUSE_PUNCTUATION.intersection(right)
            and headline_like(unit)):
        return False  # …报社副刊部 / 2024年11月 / 杀年猪: a notice's date at its foot, the next piece's title under it
    if len(left) == 1 or left[-1].isdigit() or _DATE_ONLY.match(left):
        # no heading is this short, a bare date or ends on a digit (本报北京6 / 月4日电), though a section's
        # number or a contact line may (二 / 双方将…, 电话：010—12380 / 网站：…): where the two sides read on
        return runs_on(left, right) > 1
    if DATELINE.match(left + right) and not DATELINE.match(right):
        return True  # 本报 / 北京5月8日电: a piece of a dateline
    if (" " in _LAW_CLAUSE.sub("", left, count=1) and not _MARKED_TEXT.match(left) and not _PADDED_NAME_OPENS.match(left)
            and not _RUN_IN_ITEM.match(left)):
        # layout spaces: a heading, not a cut (导 言); not the space after a rule's number or a mark, nor a padded name
        # opening a profile's clauses (鞠 明，男，1978年11月生，汉 / 族，…), nor a marked item run into its text
        return False
    if _word_and_verb(left) and len(right) <= _LONGEST_HEADING and not _CLAUSE_PUNCTUATION.intersection(right):
        return False  # 跟着学 / 家常海蛎锅边糊: a box's label of a word and a verb, over its title
    if (unit.gap_before >= 2 and DATED_SCENE.match(right) and not (left[-1].isdigit() or left[-1] in "年月")
            and "，" not in left and headline_like(previous)):
        return False  # 义剪 / (an image's gap) / 12月14日，在…: a photo's title, its picture between it and the caption
    if (len(left) <= 3 and left not in words() and left not in columns() and f"《{left}》" not in right
            and not (bare_name(left) and not _CLAUSE_PUNCTUATION.intersection(right)) and not DATED_SCENE.match(right)):
        # 习近 / 平指出…: a piece of a word, where it reads on (not 小贴士 / 顺德老城区…, nor a column's name: 今日谈 / 让…,
        # nor a name signing a poem: 徐寿康 / 编读往来, nor a photo's title over its dated caption: 巴扎日 / 9月14日，…,
        # no word's rest being a date; nor a title its text names again: 春耕图 / 农民画《春耕图》，…)
        return runs_on(left, right) > 0
    if _title_split_at_comma(previous, unit):
        return False  # 研发水下机器人， / 为养殖网箱“洗澡”: a headline's two lines, no paragraph cut
    if (right[:2] in _RECIPE_FIELDS and right[2:3] in "：:" and _DISH <= len(left) <= _LONGEST_HEADING
            and headline_like(previous) and not left.endswith(_NAMES_WHAT_FOLLOWS)
            and not _CLAUSE_PUNCTUATION.intersection(left) and not word_across(left, right)):
        return False  # 山药红枣杂粮粥 / 原料：糯米、小米…: a dish's name over its first field
    if (len(left) <= _LONGEST_HEADING and not _CLAUSE_PUNCTUATION.intersection(left) and not _open_end(left)
            and _FIGURE_FIELD_OPENS.match(right) and box_row(right)):
        return False  # 春节期间全市火情数据 / 接警出动：412起，同比下降17.6%: a box's title over its first row of figures
    if right[:2] in _FACT_CHECK_LABELS and right[2:3] in ("：", ":"):
        return False  # 隔夜菜会致癌？别被吓着了 / 网传：…: a fact check's claim opens under its title (of 了 and 网 though)
    if (len(left) <= _LONGEST_HEADING and "，" not in left and (left[-1] == "了" or not _open_end(left))
            and not (left[-1].isdigit() or left[-1] in "年月") and DATED_SCENE.match(right)):
        # 柑橘熟了 / 10月17日，果农在…: a photo's title over its caption's dated scene (not 2021年 / 7月1日，…: a date cut)
        return False
    if (len(left) <= _LONGEST_HEADING and "，" not in left and left[-1] == "了" and _TIME_OPENS.match(right)
            and "我" not in left and not left.endswith(_RECALLED)):  # (昨夜我又梦见了 / 小时候，…: what was recalled)
        return False  # 山兰稻熟了 / 每年秋天，阿爸…: an essay's title over its first sentence, opened on when
    if (_open_end(left) and not (left[-1] == "了" and _SENTENCE_OPENER.match(right))
            and not left[-2:-1].isdigit()  # (…结对48对 / 近日，…: a figure's counter, 对 no preposition)
            or right[0] in _OPEN_STARTS and not _begins_on_word(right)):
        # …做 / 了很多工作, …交 / 了…; not 社区食堂开张了 / 9月24日，… (了 ends a headline over a sentence's opening), nor
        # 打开读懂中国的新窗口 / 过境免签…: 过去, 着力, 地处 open paragraphs
        return True
    return None


_ROLL_GROUP = re.compile(r"^[\u4e00-\u9fff]{2,16}[（(]\d{1,3}[名人个户][）)][:：]")


def _opening_of_its_own(clause: str) -> bool:
    """Does a sentence open on this first clause: a clause of its own, a time phrase or an opener (过去，…, 这两年，…)?"""
    return (clause in _SHORT_OPENERS or clause in _TIME_OPENERS or clause in _PAST_OPENERS or _time_phrase(clause)
            or _clause_of_its_own(clause))


_PAST_OPENERS = frozenset(("过去", "现在", "去年", "当年", "后来", "这两年", "这几年", "眼下"))  # beside _TIME_OPENERS


def _paired_clauses(text: str) -> bool:
    """Is the line two clauses of one length, the second closed on 了, and nothing else (圈舍新了，养法变了, 抱团闯市场，效益更稳了)?"""
    first, comma, second = text.partition("，")
    return (bool(comma) and len(first) == len(second) and _PAIRED_CLAUSE.match(first) is not None
            and _PAIRED_CLAUSE.match(second) is not None
            and second[-1] == "了")  # not 爹直起腰，眯着眼朝 / 远处望了…, 研究发现，对于发育 / 中的…: a clause cut


_PAIRED_CLAUSE = re.compile(rf"^[{CJK}]{{3,7}}$")


def _sentence_of_its_own_under(left: str, right: str) -> bool:
    """Does `right` open a sentence of its own under a title that ends on a word (部门：已约谈经营者 / 莲湖区…, 新港镇：… /
    入冬以来，…): no clause's rest, no word reading across, its first clause no word carried over?"""
    return (CJK_CHAR.match(right) is not None and right[0] not in _GOES_ON_A_CLAUSE
            and _clause_of_its_own(right.split("，", 1)[0]) and _ends_on_word(left) and not word_across(left, right))


def _clause_of_its_own(clause: str) -> bool:
    """Is a line's first clause more than a word carried over from the line above: long, or a phrase of time or
    place that opens a sentence (庭审中，…, 入冬以来，…), which no value's last word is (…东侧 / 草坪，…) nor the
    end of a clause cut short (…修好 / 以后，…)?"""
    return len(clause) > _CARRIED_CLAUSE or _time_phrase(clause)


def _time_phrase(clause: str) -> bool:
    """Is this clause a phrase of time or place opening a sentence (连日来, 入冬以来, 庭审中), not a clause cut short (以后)?"""
    return len(clause) >= 3 and clause[-1] in "中后前时来" and clause[0] not in "以之"


def _word_and_verb(text: str) -> bool:
    """Is this three-character line a word and a verb of one character (跟着学, 一起做, 跟我练), a box's label?"""
    return len(text) == 3 and text[:2] in words() and text[2] in _LABEL_VERBS


def _titles_item_across(left: str, right: str) -> bool:
    """Does a numbered item's title sentence run over the cut, the item's text after it ((九)加强重点 /
    用能和碳排放单位管理。建立健全…)?  A subhead stands whole; the text under one opens no sentence this short."""
    stop = right.find("。")
    return 0 < stop <= _ITEM_TITLE_TAIL and "，" not in right[:stop] and len(right) > stop + 1


def _claused(text: str) -> bool:
    """Is the fragment long and claused enough to be sentence text, no heading (…的战略引领，动力 / 在两国…)?"""
    return len(text) >= _CLAUSED_TEXT and text.count("，") >= 2


def _title_split_at_comma(previous: Unit, unit: Unit) -> bool:
    """A title set over two lines breaks at its comma; a column cut leaves no short piece after it
    that ends no sentence."""
    left, right = previous.text, unit.text
    return (left.endswith("，") and len(left) <= _TITLE_HALF and len(right) <= _SHORT_TITLE_LINE
            and headline_like(unit) and not ends_sentence(right) and not right.endswith(("：", ":")))


def _kicker_over_title(previous: Unit, unit: Unit) -> bool:
    """A short heading line over another, with no word across them and no comma left open: a kicker
    or column name over its title (今日谈 / 时刻绷紧安全生产这根弦), not a paragraph cut short.  A word ends the
    one or opens the other, or an author's name follows: a heading cut inside a name is none (深刻领会习近 / 平党建思想…)."""
    left = previous.text
    return (len(left) <= _KICKER and "，" not in left and left[-1] != "、" and not left[-1].isdigit()
            and (_ends_on_word(left) or _begins_on_word(unit.text) or is_author_line(unit.text))
            and headline_like(previous) and headline_like(unit)
            and not word_across(left, unit.text))


def weighs_as_cut(previous: Unit, unit: Unit) -> bool:
    return sum(weight * value for weight, value in zip(CUT_WEIGHTS, cut_features(previous, unit))) > 0


# Fitted by logistic regression on the dev split's ambiguous fragment ends:
# `python bench/fit_cuts.py` prints these.  Positive weights favour a cut.
CUT_WEIGHTS = (-2.58, 1.60, -0.10, -0.14, -0.43, -0.48, -0.73, 0.51, 1.38, 0.22, -1.04, -0.90, -0.09, 0.26, 0.73, -0.54,
               0.77, -0.68, -0.93, 2.37, -0.12, 2.19, -1.78)


def cut_features(previous: Unit, unit: Unit) -> tuple[float, ...]:
    """What the two sides of a possible column cut look like, as numbers for `CUT_WEIGHTS`."""
    left, right = previous.lines[-1].text, unit.text
    clauses = left.count("，") + left.count("、")
    first_clause = right.split("，", 1)[0]
    return (
        1.0,                                                   # bias
        word_across(left, right),                              # 台|州: a word runs across
        clauses >= 2,                                          # several clauses: sentence text
        clauses == 1,
        len(left) >= 32,
        24 <= len(left) < 32,
        len(left) <= 10,
        not _ends_on_word(left),                               # stops inside a word
        bool(_SENTENCE_OPENER.match(left)),                    # 此外，… opens a sentence; headings do not
        len(first_clause) <= 4 < len(right) and not _SENTENCE_OPENER.match(right),  # 调试，及时…
        previous.lines[-1].gap_before >= 2,                    # set apart by extra blank lines
        unit.gap_before >= 2,
        "“" in left,
        left[-1] == "”",
        any(ch.isdigit() for ch in left),
        len(right) <= _LONGEST_HEADING,
        ends_sentence(right),
        headline_like(unit),
        11 <= len(left) <= 23,                                 # the length of most headings
        max(-6.0, min(6.0, runs_on(left, right))) / 6,         # the characters at the junction read on
        bool(_SENTENCE_OPENER.match(right)),                   # 3月10日，… opens a sentence
        max(-6.0, min(6.0, heads_a_paragraph(left))) / 6,      # the fragment reads as a paragraph's head
        max(-6.0, min(6.0, opens_paragraph(right))) / 6,       # what follows reads as a paragraph's start
    )


def _open_title(text: str) -> bool:
    return left_open(text, "《", "》") or left_open(text, "（", "）")


def _bracketed(text: str) -> bool:
    """A whole line in brackets or quotes, such as （本报记者李林蔚采写）, ends where it ends.

    The bracket that opens the line closes at its end, not before it
    (“…西边。”联谊活动中，林铭聪用“饮水思源” runs on).
    """
    opener, closer = text[0], _CLOSER_OF.get(text[0])
    depth = 0
    for position, character in enumerate(text if closer else ""):
        depth += (character == opener) - (character == closer)
        if depth == 0:
            return position == len(text) - 1  # （本报记者李林蔚（实习）采写） closes only at its end
    return False


def _verse(left: str, right: str) -> bool:
    """Lines of a poem: 细嗅草木香， / 野趣盈田庄。"""
    return left[-1] == "，" and len(left) == len(right) <= 9


def _open_end(left: str) -> bool:
    """Ends on a particle or mark that needs what follows (…的 / …和 / …、), not on a word like 导向."""
    return left[-1] in _OPEN_ENDINGS and left[-2:] not in words()


def _ends_on_word(text: str) -> bool:
    vocabulary = words()
    # words of two to four, or a comparison's last term (越来越实, 越拉越长)
    return (text[-2:] in vocabulary or text[-3:] in vocabulary or text[-4:] in vocabulary
            or len(text) >= 4 and text[-2] == "越" and "越" in text[:-2])


def _begins_on_word(text: str) -> bool:
    vocabulary = words()
    return text[:2] in vocabulary or text[:3] in vocabulary or text[:4] in vocabulary


def _wrapped_continues(previous: Unit, line: Line, layout: Layout) -> bool:
    last = previous.lines[-1]
    left, right = last.text, line.text  # read once: most of the rules below ask of both
    if line.indent and _NAME_CLOSED.match(right) and left_open(left, "（", "）"):
        return True  # …（记者 陆 / 　川）: a padded name broken at its space, the space set at the line's head
    if line.indent and previous.text.startswith("——") and _SIGNERS_CALLING.search(left) and PADDED_NAME.match(right):
        return True  # ——市政协委员、市人民医院副院长 / 　吴　刚: a saying's signer, his name's pad at the line's head
    if (layout.indents and line.indent) or line.number in layout.spaced or line.number in layout.captions:
        return False
    if (line.number in layout.over_leads and ends_sentence(left) and not ends_sentence(right)
            and not _CLAUSE_PUNCTUATION.intersection(right) and len(right) <= _LONGEST_HEADING):
        return False  # …切勿盲目扑救。 / 一男子非法开垦草原被依法处理 / 本报讯…: a title over its lead, however wide
    if (line.gap_before and line.number in layout.over_spaced and ends_sentence(left) and not _fills_column(line, layout)
            and not ends_sentence(right) and not _CLAUSE_PUNCTUATION.intersection(right)):
        return False  # …更高质量发展。 / (the next column) “极大促进两国民众相知相亲” / (space) 中俄两国…: a subhead set apart
    if right[0] in "■●◆" and len(previous.lines) == 1 and not _CLAUSE_PUNCTUATION.intersection(left) and not _open_end(left):
        return False  # 汀澜读书会·11月活动预告 / ■《澜江口》新书分享会: a box's title over its first marked entry
    if BOX_ISSUED.match(left):
        return False  # …商品车　1.2万吨 / 集团生产调度中心3月16日20时发布 / 岸桥春检正当时: the box's issuer closes it
    if left.startswith(SOURCE_LABELS) and GENRE_NAME.match(right) and not _CLAUSE_PUNCTUATION.intersection(left):
        return False  # 数据来源：省邮政管理局 / 来信: a table's source closes it, a kind of piece's label under it
    if SCRIPT_GLOSS.match(right):
        return False  # 朝鲜语常用词 / 水稻　벼: a glossary's row, a word beside its own script, is a line of its own
    if (right[:2] == "——" and len(previous.lines) == 1 and len(right) <= _LONGEST_HEADING
            and not _CLAUSE_PUNCTUATION.intersection(right) and headline_like(previous)
            and ((last.gap_before or right.startswith(_INTERVIEW_DECK)) and not _CLAUSE_PUNCTUATION.intersection(left)
                 or left[-1] in "？?")):
        # (a blank line) / 朝鲜语常用词 / ——春耕篇, 开渔在即，出海作业要注意啥？ / ——…负责人答记者问: a title and its deck,
        # however narrow the box; an interview's deck under its title however set (…新机遇 / ——访…院长卢振华)
        return False
    if (len(previous.lines) == 1 and POEM_SET.search(right)
            and (ends_sentence(left) or " " in left.strip().replace("\u3000", " ") and not _CLAUSE_PUNCTUATION.intersection(left))):
        return False  # 县文化馆　吴秋云 / 渔港月色（外一首）: the next poems' title under a signature, a line of its own
    if unbalanced(previous.text) or _cut_past_dash(left):
        return True
    if (right[0] in BRIEF_MARKS and CJK_CHAR.match(right[1:2]) and right[1] not in _OPEN_STARTS
            and not _open_end(left)):
        return False  # …村民　孙长福 / ▲基层传真, …剪彩。 / ■要闻简讯: a marked item or box opens on a line of its own (not
        # …实心圆点 / ●的是…: the mark a sentence names)
    if left[:2] == "——" and len(previous.lines) == 1 and _fills_column(last, layout) and _signature_carried(left, right):
        return True  # ——全国人大代表、…党总支书记 / 郑春梅: a saying's signature wider than its column, its name carried
    if len(previous.lines) == 1 and right[0] == "“" and left[:2] == "——" and SAYING_SIGNED.match(left):
        return False  # ——…司钻　郝建军 / “新工具用起来，…: a saying's signature, then the next saying, however full
    if _ROMANIZED_ENTRY.match(right) and ends_sentence(left):
        return False  # …的壮语词。 / 那（naz）：水田。…: a glossary's word, its spelling in brackets, opens its entry
    if right[0] == "“" and previous.text[0] == "“" and _BY_HANDLE.search(previous.text):
        return False  # “…。”——集 / 装箱码头公司集卡司机　陈小龙 / “抑尘网…: a quotation signed after its dash, then the next
    if line.gap_before and len(previous.lines) == 1 and (RANK_SIGNER.match(left) or BRACKETED_LINE.match(left)
                                                         or SAYING_SIGNED.match(left) or SIGNATURE.match(left)
                                                         or CALLING_SIGNER.match(left)):
        # 第80集团军某旅四级军士长　周建军 / 士兵心语, （…社员　李有田） / 编后, ——…所长　阎丽萍 / 政策解读,
        # …社区居民　冯玉珍 / 书记手记, …驻坪上村第一书记　罗志勇 / 4月6日，…: a signature, its line alone, closes the piece
        return False
    if (len(previous.lines) == 1 and not line.indent and left[:2] != "——" and " " in left and len(right) > _SIGNED_NAME_REST
            and right[0] not in "（("  # (…　王建国 / （作者系雁峰区退休教师）: the note on the writer, as before)
            and (SIGNATURE.match(left) or placed_minority_writer(left))):
        # …的味道。 / 赛钦县　次仁旺姆 / 格曲河在冬天睡去: an essay's signature, a line of its own, is its last (a saying's,
        # after its dash, may carry its name's rest, as may any: ——…班长　雷红 / 梅, 湖北武汉市　李令 / 仪; and a signature
        # sets its name apart: 江孜县番琼村村民 / 索朗清楚记得… is a sentence)
        return False
    if len(previous.lines) == 1 and SIGNATURE.match(left) and NOTICE_DATE.match(right.strip()):
        return False  # …　周秀英 / 2025年9月8日: a letter's signature and the day it was written, each a line of its own
    if line.gap_before and len(previous.lines) == 1 and ISSUER_NAME.match(left.strip()) and not _fills_column(last, layout):
        return False  # 报灾电话：… / 　　衡岳市自然资源和规划局 / (a column's end) / 背着仪器走山路: the issuer closes the notice
    if (len(previous.lines) == 1 and last.gap_before
            and (TOWN_TITLE.match(left) or not last.indent and PLACE_TITLE.match(left) and not right[0].isdigit())
            and not _CLAUSE_PUNCTUATION.intersection(left) and not word_across(left, right)):
        # (a farm's item too, flush: 乌兰牧场：暖棚让牛羊安心过冬; indented, or over a figure going on, 红旗农场：今年粮食总产量
        # 达到 / 12万吨…, it opens a paragraph)
        return False  # …（通讯员 肖丽萍） / / 龙塘镇：老屋场变身“乡村会客厅” / 青砖黛瓦、…: a town's item titled as wide as its column
    if (line.gap_before and len(previous.lines) == 1 and NAMED_TOWN_TITLE.match(right)
            and not _CLAUSE_PUNCTUATION.intersection(right) and len(right) <= _LONGEST_HEADING
            and (ends_sentence(left) or " " in left or "\u3000" in left) and not word_across(left, right)):
        return False  # …村民　陈福来 / / 后垵镇：“共享菜园”种出邻里情: a town's item titled under a blank line, not a line's rest
    sentence_ends = ends_sentence(left)  # asked by most rules below: looked at once
    if sentence_ends and " " in right and CALLING_SIGNER.match(right):
        return False  # …上门检测。 / 集团供水服务中心　高级工程师　钟立群: the expert's line under the answer, whole
    if (("：" in right or ":" in right) and _field_opens(left, right)  # a field's label ends on a colon
            and (sentence_ends or not _runs_on_in_print(last, line, layout) and not _prose_runs_on(previous)
                 and (left[-1] not in "，、" or FIELD_LABEL.match(previous.text) is not None))
            # 4.溪尾乌龙茶制作技艺（传统技艺）， / 申报单位：…: an item's clause goes on (时间：…14:30， / 地点：…: a field
            # row, however it ends, stands over the next)
            or sentence_ends and (SUBHEAD_MARK.match(right) or right[0] == "【")
            or right[0] in BRIEF_MARKS and FIELD_LABEL.match(previous.text)):
        # …邀请展” / 时间：5月11日… / 地点：…: a listing's fields; …出香味。 / 3.放入…, …长队。 / ●读者…: a numbered or marked item;
        # 门票：…微信小程序购买 / ■2025荆阳市中学生篮球联赛决赛: a listing's next entry, marked, under the last one's field
        return False
    if left[-1] in "：:" and right[0] in BRIEF_MARKS and CJK_CHAR.match(right[1:2]) and right[1] not in _NAMES_A_SYMBOL:
        return False  # …反诈中心提醒广大群众： / ▲凡是自称“客服”…: the list its colon opens, an item a paragraph
    if left[0] == right[0] == "“" and GLOSSARY_ENTRY.match(left) and GLOSSARY_ENTRY.match(right):
        return False  # “卡莎莎”——谢谢 / “库史木撒”——新年好: a glossary's entries, one a line
    if left[-1] in "）)" and _BRACKET_NOTE.match(right):
        return False  # …掉到水里看不见。（打一自然现象） / （谜底见下期）: a note of its own in brackets under another
    if left[-1] in "）)" and _SCHEDULE_ENTRY.match(left) and _SCHEDULE_NOTE.match(right):
        return False  # 全天　民族美食街、非遗集市（民族路） / （活动时间如有调整，以现场通知为准）: the schedule's note under its rows
    if (len(previous.lines) == 1 and _SCHEDULE_NOTE.match(left) and not line.indent and not ends_sentence(right)
            and not _CLAUSE_PUNCTUATION.intersection(right) and not _fills_column(line, layout)):
        return False  # （活动时间如有调整，以现场通知为准） / 哈尼族多声部民歌唱进校园: a note in brackets, whole, then a title
    if right[0] == "@" and previous.text[0] == "@" and sentence_ends and _HANDLE_SAYS.match(right):
        return False  # @…致敬白衣天使！ / @栖江小满：下夜班已经很累了，: readers' comments, one a paragraph
    if right[0] == "【" and _SECTION_LABEL.match(right) and not left_open(previous.text, "【", "】"):
        # 票价：免费，凭身份证入馆 / 【演出】: a listing's next section, its label a line of its own; 【关键词】AI替岗 /
        # 【事件】在企业任主管的…: a comment's next field, opened by its label
        return False
    if line.bbox is None and _fields_apart(previous.text, left, right):
        return False  # 所需材料：…无需另行提交 / 办理时限：材料齐全的，…: a guide's next field, however full the line above
    if (right[0] in "（(" and len(previous.lines) == 1 and BRACKETED_LINE.match(right) and _DATED.search(right)
            and headline_like(previous) and not box_row(left)):
        return False  # 本期主要利率一览 / （2025年9月）: a box's title, then the period it covers in brackets
    if bracketed_document_number(right):
        return False  # 澄溪市人民政府房屋征收决定公告 / （澄政征〔2025〕7号）: a document's number, a line under its title
    if _notes_the_table(left, right):
        return False  # 普惠小微贷款　4.12 / 注：存款利率为…: a table's note under its last row
    if sentence_ends and (line.gap_before or layout.indents) and opens_positioned_caption(right):
        # …几十万人的安全。” / 向德明（右）和向晓东在检查水位观: a photo's caption, set under the text's end (unindented where
        # paragraphs open on an indent: …的“铁饭碗”。 / 牧民苏和（右）和家人在…)
        return False
    if sentence_ends and BOOK_ENTRY.match(right):
        return False  # …的生活与变迁。 / 《星空下的牧场》（长篇小说，…）: a book box's next entry, however full the line above
    if right[0].isdigit() and _TIMELINE_ENTRY.match(right) and _TIMELINE_ENTRY.match(previous.text):
        return False  # 2021年12月　全线开工建设。 / 2023年6月　全线“洞通”。: a timeline's entries, one a paragraph
    if (right[0] in _LIST_MARKS and previous.text[0] == right[0]
            or right[0] == "第" and _STEP.match(right)):
        return False  # ◆新开通优化公交线路15条 under ◆…免费体检, 第二步：…: a list's next item, however full the line above
    if len(previous.lines) == 1 and (_numbered_in_turn(previous.text, right)
                                     and (right[0].isdigit() or not _CLAUSE_PUNCTUATION.intersection(previous.text))
                                     or _item_number(right) == (1, 1) and headline_like(previous)):
        # 江湄书城本周畅销书榜 / 1．《小城医生》　葛青禾　著 / 2．《北方的河流》…: a ranking's title, then its entries in
        # turn, each a line however full the line above
        return False
    if (_item_number(last.text) and _item_number(right) and not _CLAUSE_PUNCTUATION.intersection(_past_number(last.text))
            and (len(previous.lines) == 1 or not _fills_column(last, layout))):
        # 一、经济社会文化权利 / （一）适当生活水准权 / （二）工作权: numbered headings, each a line of its own or short of its
        # column (an item run on to its second line goes on there, and a sentence listing numerals: …推动一、 / 二、三产业)
        return False
    if in_a_circle(right[0]) and not sentence_ends:
        return False  # 秋季生猪防疫 做好四件事 / ①做好免疫接种。…: a list's first item under its title (the next ones: _continues)
    if (left[-1] in "：:》" or len(previous.lines) == 1 and FIELD_LABEL.match(left)) and SECTION_NUMBER.match(right):
        return False  # 主要任务是： / （一）向…, …换文》 / 8.《…》, 拟任：…人选 / 三、钟鸣岐: a list's items, one a paragraph
    if sentence_ends and _brief_credit_carried(previous, right, layout):
        return True  # 本报讯　近日，…首位。 / （记者金晨阳）: a brief's credit, carried whole under the full line it runs on from
    if left[-1] in "？?" and _READER_SIGNS.match(right) and ASKED.match(previous.text):
        return True  # 问：…这份遗嘱有效吗？ / （读者　马先生）: who asks signs the question, carried to the line under it
    if (sentence_ends and line.number + 1 in layout.indented and (_reporters_credit_alone(right) or _bracketed_name(right))
            and not _runs_on_in_print(last, line, layout)):
        return True  # …现场发放技术资料1200余份。 / （覃　慧） / 　　1月13日，…: a brief's credit, its last line, the next brief under it
    if (sentence_ends and _foot_credit(previous, right, layout) and not _runs_on_in_print(last, line, layout)
            and previous.text[0] not in BRIEF_MARKS):
        # …立案查处2起。 / （通讯员 詹立新 黄 娟）: the story's foot credit, a line of its own however full the one above (a
        # marked brief's credit closes its one paragraph: ▲…参加培训。 / （通讯员 吴建新）)
        return False
    if sentence_ends and _UNIT_CREDIT_CUT.match(right) and previous.text[0] not in BRIEF_MARKS:
        return False  # …反弹回潮。 / （县纪委监委第二审查调查室　廖志 / 强）: a unit's credit cut inside its name, its own line
    if sentence_ends and _NOTE_ON_THE_WRITER.match(right) and _note_alone(right):
        return False  # …流向草原牧区。 / （作者系…农村信用 / 合作联社高级经济师）: the note on the writer, a paragraph of its own
    if left[-1] == "日" and WEEKDAY_OPENS.match(right):
        return True  # 一、比赛时间：2025年11月2日 / （星期日）8:00: a date goes on to its weekday, however the line reads
    if " " in left and not change_row(left) and change_row(left + right):
        return True  # 直接财产损失　3.8亿元　同比下降 / 9.5%: a row cut before its change
    if _row_wrapped(last, line, layout):
        return True  # 11月15日（周六）14:00　市中小学生足 / 球联赛东浦赛区　东浦实验小学球场: a fixture's row, its rest
    if (_TIME_ENTRY.match(left) and left.count(" ") == 1 and " " not in right
            and (CJK_CHAR.match(left[-1]) or left[-1] in "，、”") and _fills_column(last, layout)
            and not _opens_an_element(right) and not _TIME_ENTRY.match(right)
            and (_fills_column(line, layout) or _SENTENCE_TEXT.search(right) or "，" in right or ends_sentence(right))):
        # (not a listing's row over its channels: 20:00　电视剧：山河远阔（21、22） / 四川卫视, …江南春早 / 浙江卫视、东方卫视)
        return True  # 7:30　社区门口的早餐铺已经热 / 闹起来。…: a timeline's entry wraps as a paragraph does, no schedule's row
    if (" " in left or " " in right) and rows_apart(left, right):
        return False  # 1 泰山城建 5 13 / 2 青岛青春 5 12: a table's rows, one a line
    if " " in right and " " not in left and len(previous.lines) == 1 and not ends_sentence(left) and box_row(right):
        return False  # …门诊服务变化 / 患者服务中心可办事项　27项: a box's title over its first row
    if "邮编" in right and "地址" in left[:6] and "邮编" not in left and len(previous.lines) == 1 and FIELD_LABEL.match(left):
        return True  # 来信地址：…府前路1号 / 市委组织部干部监督科（邮编：419000）: the address goes on to its postcode
    if figure_row(left) and figure_row(right) or change_row(left) and change_row(right):
        # 电池容量：62.4千瓦时/76.8千瓦时 / CLTC续航里程：520公里/610公里, 接报火灾　7.1万起　同比下降6.3% / 死亡　142人　同比
        # 下降11.2%: a facts box's rows, one a line
        return False
    if len(previous.lines) == 1 and last.gap_before and SERVICE_BOX.match(left) and box_row(right):
        return False  # (a blank line) / 明日重点城市空气质量预报 / 北京　良　首要污染物：臭氧: a box's name over its first row
    if (len(previous.lines) == 1 and last.gap_before and figure_row(right) and not _CLAUSE_PUNCTUATION.intersection(left)
            and headline_like(previous) and not figure_row(left)):
        return False  # (a blank line) / 1—11月全县经济运行主要指标 / 规上工业增加值：增长4.6%: a box's title over its first row
    if " " in left and " " in right and box_row(left) and box_row(right):
        return False  # 广州　良　首要污染物：臭氧 / 成都　良　首要污染物：臭氧: a box's rows in cells, one a line
    if left[0].isdigit() and forecast_row(left) and (right.endswith("发布") or forecast_row(right)):
        # 15日（周五）　阴转小雨　13℃～18℃… / 16日（周六）　小雨转阴… / 申江市气象台发布: a forecast's days, one a line,
        # and who issued it
        return False
    if " " in right and BRACKETED_LINE.match(left) and head_row(right):
        return False  # （截至北京时间8月5日6时） / 国家（地区） 金 银 铜: a table's note, then its head row
    if right[0] in "（(" and (" " in left and (label_and_figure(left) or _SOURCE_NOTE.match(right) and box_row(left))
                              or (_SOURCE_NOTE.match(right) or _SOURCE_IN_BRACKETS.match(right))
                              and (figure_row(left) or FIELD_LABEL.match(previous.text) is not None)):
        # 带 鱼 6.80元／斤 / （市物价局提供 11月7日）, 乌鲁木齐　良　首要污染物：PM10 / （中国环境监测总站供稿）, 邮件平均投递时限：
        # 2.3天，同比缩短0.2天 / （数据来源：…）, 地点：图书馆一楼学术报告厅 / （校团委、各学院供稿）: the source under a table's
        # or a box's last row or field
        return False
    if (previous.lines[0].number in layout.captions and right.startswith("图为") and sentence_ends
            and (last.bbox is None or not _full(last, line, layout))):
        return False  # a caption's second paragraph says what the picture shows (where no full line runs on)
    column = layout.widths.get(last.number)
    if column is None:
        return not sentence_ends
    if len(previous.lines) == 1 and last.gap_before and line.gap_before and not _opens_cut_paragraph(last, layout):
        return False  # a line alone between blank lines is no column text
    if (len(previous.lines) == 1 and last.gap_before and " " in left and not _opens_cut_paragraph(last, layout)
            and (layout.measures[last.number][0] <= column - 1 or QUESTION.match(right) or right.startswith("——"))
            and headline_like(previous)):
        # (a blank line) / 千年运河　航运繁忙 / 5月14日，货船…: a title set apart, its two parts spaced, short of the
        # column, or over a Q&A's first question or its ——subtitle however wide (…居民关心的问题这里有答案 / 问：…,
        # 移风易俗树新风　文明节俭办婚丧 / ——致全县广大群众的倡议书)
        return False
    if layout.measures[line.number][1] > max(column, layout.measures[last.number][1]) + 3 and not _starts_under(last, line):
        return False  # far wider than the column and the line above: a headline, not the text that goes on
    full = _full(last, line, layout)
    if (len(previous.lines) == 1 and last.gap_before and not sentence_ends and not _CLAUSE_MARKS.search(left)
            and DATED_SCENE.match(right) and not DATELINE.match(left) and not _open_end(left)
            and headline_like(previous) and (not full or layout.measures[last.number][0] >= column + 1)):
        # (a blank line) / 华东空管局启用新一代雷达管制系统 / 6月26日，…: a title, wider or narrower than the column, over
        # its story's dated lead (a paragraph's first line fills the column: …全市已于 / 6月26日，…)
        return False
    if len(previous.lines) == 1 and FIELD_LABEL.match(left):
        # 数据来源：申江市农产品批发市场价 / 格监测中心: a field's value cut inside a word, however wide its line; whole
        # over a column's end (数据来源：自然资源部 / 所长说), it is the box's last line
        cut_in_a_word = word_across(left, right)
        if cut_in_a_word and not full:
            return True
        if right[0] in _BULLETS:
            return False  # 票价：80元、180元、280元 / ■桂剧经典折子戏专场: a listing's next entry, marked, under a field
        if (left.startswith(("数据来源", "资料来源")) and left[-1] in _BODY_ENDS and right[0] not in "和及与、"
                and right[-1] not in _BODY_ENDS and len(right) >= _TITLE_LEAST
                and not _CLAUSE_MARKS.search(right) and "。" not in right):
            # 数据来源：云港市房地产交易中心 / 公积金贷款最高额度提至100万元: a box's source, then a title (not the rest of
            # a name: 数据来源：中共饶河县委 / 宣传部)
            return False
        if line.gap_before and not cut_in_a_word and left[-1] not in "，、；：,;:—":
            return False
    if len(previous.lines) == 1 and line.gap_before and _field_over_a_title(last, line, layout):
        return False
    if (full and sentence_ends and not ends_sentence(right) and line.bbox is None
            and (line.gap_before or _heading_among_flush(line, layout))
            and layout.measures[line.number][0] <= column - _HEADING_SHORT_BY):
        # …18万余人次。 / (a column's end) / 基层传真: at a column's head, a line short of it that ends no sentence is no
        # paragraph's line: a paragraph goes on there in a full line, and one opening there fills it or ends a sentence
        return False
    if (len(previous.lines) == 1 and not line.gap_before and previous.text.isalnum()
            and issuer_over_date(previous.text, right)):
        return False  # 二矿采煤一队党支部 / 一九八七年十月二十八日: a notice's issuer, alone on its line over its date
    if sentence_ends and (  # looked at first: most lines go on a sentence
            _signature_line(right) or RANK_SIGNER.match(right) or signs_for_the_paper(right) or PADDED_NAME.match(right)
            or right.startswith("——") and (SOURCE_SIGNED.match(right) or SAYING_SIGNED.match(right)
                                           or _SIGNATURE_CUT_IN_NAME.match(right))
            or issuers_line(right) and layout.measures[line.number][0] <= column - _HEADING_SHORT_BY):
        # …别让好事办成了“摆设”。 / 湖南益阳　李德明: the writer's place and name under the letter (or the name alone,
        # padded: …提供有力支撑。 / 江　舟, however full the line above); …暖的。 / ——武警某部
        # 列兵 孙 浩: a soldier's unit, rank and name under his saying; …日常。” / ——英国《每日电讯报》网站: the paper quoted;
        # …守护平安。 / 本报评论员: an editorial's signature;
        # …视同线路带电。 / 国网浙江岭东市供电有限公司: the issuer signing a notice, short of the column (a printed line
        # of text may end on a name too: 任命罗天舒为国家税务总局 / 副局长；)
        return False
    if (sentence_ends and layout.indents and right[0] == "“" and right[-1] == "”" and len(right) <= _QUOTED_SUBHEAD
            and not _SENTENCE_STOPS.search(right) and right.count("“") == 1
            and layout.measures[line.number][0] <= column - _HEADING_SHORT_BY):
        # …科技特派员团队有关。 / “茶园病了，得先把脉” / 　　云岙镇…: a quoted saying alone on a flush line short of the
        # column, ending on no stop, is a subhead where paragraphs open indented (a sentence quoted ends on its 。)
        return False
    if sentence_ends and not layout.indents and _unquoted_field(previous.text) and _unquoted_field(right):
        # 报名方式：…tjct_hr@163.com。 / 薪酬待遇：…: a notice's fields, each a paragraph, however full the line (not a
        # story's turns of speech: 问他：“害怕吗？” / 他回答：“顾不上…)
        return False
    if left.endswith("，声明作废。") and _LOST_ITEM.match(previous.text) and not line.indent and right[0] != "另":
        return False  # …遗失公章一枚，声明作废。 / 王文军遗失…: a lost item's notice ends there (另遗失…: the same owner's goes on)
    if full and sentence_ends and not layout.indents and not layout.spaced:
        # nothing on the page says: the text must; a marked item's writer closes its one paragraph (■…安置点。 / （李 蔓）)
        return (_ATTRIBUTION.match(right) is not None
                or previous.text[0] in _BULLETS and (_credit_alone(right) or _speaker_in_brackets(right))
                or not weighs_as_paragraph_end(previous, line))
    if (line.gap_before and not _stops_a_clause(previous.text)
            and (_SENTENCE_TEXT.search(right) or right[-1] == "！" and not _ends_a_list(previous.text)
                 or _CLAUSE_MARKS.search(right) and _fills_column(line, layout))
            and not ends_on_credit(previous.text) and ENDS_ON_PHOTO_CREDIT.search(previous.text) is None
            and (layout.indents and previous.lines[0].indent
                 or len(previous.lines) > 1 and word_across(previous.text, right))):
        # …目前，这部电梯已进入安 / 装 / (a column's end) / 阶段。: an indented paragraph stopped inside a clause goes on
        # at the next column's head in sentence text, stopped as no heading is (not under a list's last name or a
        # caption's credit: …赵丽华家庭 / 稻谷飘香，丰收在望, …记者 王 涛 摄 / 村道宽了，路灯亮了), and so does any
        # paragraph stopped inside a word (…依法提起行政 / 诉讼。)
        return True
    if (sentence_ends and layout.indents and not line.indent and line.number + 1 in layout.indented
            and len(previous.lines) > 1 and not ends_sentence(right) and right[-1] not in "，、；：,;:—）)"
            and not right[-1].isascii() and not unbalanced(right)):
        # …是5年前的两倍多。 / 一条路，打开“山门” / 　　弄怀屯…: no paragraph ends on words without a stop (a heading's
        # first line may end on one: 提前“查分”“改分”？ / 链接暗藏玄机; a column may end on a figure: …增加4000)
        return False
    if (sentence_ends and layout.indents and (line.gap_before or line.number + 1 in layout.indented) and not line.indent
            and TOWN_TITLE.match(right) and not _CLAUSE_PUNCTUATION.intersection(right)):
        # …打好“三夏”攻坚战。 / (a column's end) / 槐林镇：小龙虾“游”出致富路: a town's item titled at a column's head, or
        # over its indented text (…完工见效。 / 平陇县：“积分超市”兑出文明新风 / 　　“打扫卫生…: no blank line between the two)
        return False
    if (sentence_ends and layout.indents and previous.lines[0].indent and not line.indent and line.gap_before
            and _fills_column(line, layout) and not ends_sentence(right) and line.number not in layout.credited
            and line.number + 1 not in layout.indented and line.number not in layout.text_ends
            and (_SENTENCE_TEXT.search(right) or "，" in right) and not _opens_an_element(right)):
        # …设施实现全覆 / 盖。 / (a column's end) / 市生态环境局相关负责人表示，: where paragraphs open indented, a full
        # flush line of running text at the next column's head goes on the paragraph a column cut at a sentence's end
        # (not a caption over its credit nor a title over an indented paragraph, nor what opens a caption, a note or a
        # labelled part)
        return True
    if (len(previous.lines) == 1 and not layout.indents and NAMED_TOWN_TITLE.match(left) and CJK_CHAR.match(left[-1])
            and not _CLAUSE_PUNCTUATION.intersection(left) and right[0] not in _RESTS_OF_CLAUSE
            and _wider_than_column(previous.lines[0], layout)):
        return False  # 马莲滩镇：集中整治农村人居环境 / 近日，…: flush print's title, set wider than the column of its text
    if (len(previous.lines) == 1 and previous.lines[0].gap_before and not line.indent and DATED_SCENE.match(right)
            and headline_like(previous) and width(previous.lines[0]) < width(line) - 1):
        return False  # 地铁2号线首列车抵达车辆段 / 11月24日，岐川地铁…: a photo's title alone over its caption's dated scene
    if (len(previous.lines) == 1 and not previous.lines[0].indent and not line.indent and _LABELLED.match(right)
            and (layout.indents or left[0] in BRIEF_MARKS or left.startswith(("——", "关于")))
            and not _SAYS.match(right) and headline_like(previous) and not _CLAUSE_PUNCTUATION.intersection(left)
            and _ends_on_word(left) and not _open_end(left) and not word_across(left, right)):
        # 会“跳舞”的葡萄干 / 材料：…, ■荻川新源光伏科技有限公司 / 岗位：…: a box's title, full as it is, over its first
        # field, where paragraphs open indented or the title is marked as one (a flush paragraph's first line may run full
        # over a word that the colon ends: 专项行动重点整治4类突出 / 问题：一是…; nor is a line cut inside a word a title:
        # …负责人周峰算了一 / 笔账：…)
        return False
    if (len(previous.lines) == 1 and not line.indent and " " in right and label_and_figure(right)
            and headline_like(previous) and not _CLAUSE_PUNCTUATION.intersection(left)
            and not left[-1].isascii()):  # (…仓前街道A / 3 OPC国际社区，…: a name cut across the line)
        return False  # 数说 / 2025年服务“成绩单” / 2163个　全年新开通5G基站: a figures box's title over its first row
    if len(previous.lines) == 1 and left.startswith("——") and left.endswith(("提醒", "提示")) and not line.indent:
        return False  # 防溺水这六点要记牢 / ——县教育局　县应急管理局提醒 / 天气渐暖，…: the box's deck, however wide
    if (previous.text.startswith(_TABLE_FOOT) and not line.indent and not line.gap_before
            and (left[-1] in "，、" or previous.text.startswith(NOTE_LABELS) and _fills_column(last, layout)
                 or len(previous.lines) == 1 and (ends_sentence(right) or right.endswith(_BODY_NAME_ENDS)))):
        # 注：以上为整存整取定期存款利率， / 具体以营业网点挂牌公告为准。, 数据来源：…，统计截至 / 3月22日。: a table's note or
        # source wraps as its text does, its sentence or a body's name going on (…发展和改革局 / 价格监测中心; a source's line
        # that ends on a word may stand over a subhead: …城市管理局 / 赏花)
        return True
    if (len(previous.lines) == 1 and not line.indent and " " in right and head_row(right)
            and (headline_like(previous) or BRACKETED_LINE.match(left)) and not _CLAUSE_PUNCTUATION.intersection(left)
            and len(left.split()) < _ROLL_NAMES and "：" not in left and min(map(len, right.split())) > 1):
        # (the words apart, not 通报单位; nor a roll's names line after line: 丁志强　王建国　王秀英 / 李秀英　张志强…)
        return False  # …网络质量通报 / 单位　退服基站　同比: a table's title over its head row
    if not line.gap_before and left[-1] in "：:" and _NUMBER_ALONE.match(right) and not line.indent:
        return True  # …咨询电话： / 95598: the number its label's colon opens, carried to the line under it
    if (not line.gap_before and len(right) <= _WORD_REST and CJK_CHAR.match(left[-1]) and CJK_CHAR.fullmatch(right[-1])
            and right.isalpha() and FIELD_LABEL.match(previous.text) and not line.indent):
        return True  # 停电范围：…南岗村、北岗 / 村: a field's value, its last word's rest carried to a line of its own
    if ((ends_sentence(left) or _SOURCE_AT_END.search(left)) and line.gap_before and not line.indent and layout.indents
            and line.number + 1 in layout.indented and not _fills_column(line, layout) and not ends_sentence(right)
            and not _CLAUSE_PUNCTUATION.intersection(right)):
        return False  # …登记。（市老年大学） / (a column's end) / 九九重阳　银发风采 / 　　10月26日，…: a title over its text
    if (len(previous.lines) == 1 and not line.indent and box_row(left) and box_row(right)
            and _LABEL_FIRST.match(left) and _LABEL_FIRST.match(right) and _FIGURE_LAST.search(left)
            and not word_across(left, right)):
        return False  # 职工人均可支配收入：4.28万元，同比增长6.9% / 高效节水灌溉面积：…: a box's rows, one a line
    if line.gap_before and NOTICE_DATE.match(left) and len(previous.lines) == 1:
        return False  # …储备局 / 2025年12月27日 / (a column's end) / 粮仓里的冬至: a notice's date closes it
    return full or _word_cut_near_the_edge(previous, line, layout) or _clause_cut_near_the_edge(previous, line, layout)


_BODY_NAME_ENDS = ("中心", "局", "站", "所", "院", "处", "协会", "公司", "监测点")  # where a body's name ends
# 王文军遗失道路运输证一本，车牌号：…，声明作废。 (not a story's sentence quoting one: …登了一则启事：本人不慎遗失，声明作废。)
_LOST_ITEM = re.compile(r"^[^，。：]{2,30}遗失(?:[^。：]|号：){2,60}，声明作废。$")
_TABLE_FOOT = (*NOTE_LABELS, "数据来源：", "资料来源：")  # a table's note or source under its rows
_TIME_ENTRY = re.compile(r"^\d{1,2}[:：]\d{2} ")  # 14:20　县海上搜救中心接到报警：…: a timeline's entry, its time first
_ROLL_NAMES = 3  # names apart on a line that make it a roll's, not a title's two phrases (冰雪嘉年华　乐享三九天)
_SIGNED_NAME_REST = 2  # characters at most of a name's rest carried under a signature cut by the line's end
_WORD_REST = 1  # character: a line this short, no stop, under a field is its last word's rest (a subhead has two: 赏花)
_NUMBER_ALONE = re.compile(r"^[\d－-]{3,}$")  # 95598, 0310-6521100: a phone number, nothing else on the line


def _field_over_a_title(last: Line, line: Line, layout: Layout) -> bool:
    """Is this line alone a labelled field with no clause in its value, set flush among indented paragraphs or ending on
    a figure, over a column's end and a short line that holds no clause either: a profile's or a box's last field, then
    a title (…哮喘的诊治。 / 专家门诊：每周一、周三上午 / (a column's end) / 冬季义诊进社区, 燃气抢修：0759-3890119 / 今日热线)?
    A paragraph opening on a label runs on (　　主办：市文化局、市 / 总工会)."""
    left, right = last.text, line.text
    column = layout.widths.get(line.number)
    return ((layout.indents and not last.indent or left[-1].isdigit()) and _LABELLED.match(left) is not None
            and not ends_sentence(left) and "，" not in left and "；" not in left and left[-1] not in "、："
            and not _CLAUSE_PUNCTUATION.intersection(right) and not word_across(left, right)
            and column is not None and layout.measures[line.number][0] <= column - _HEADING_SHORT_BY)


def _opens_an_element(text: str) -> bool:
    """Does this line open a page's element of its own rather than run on a story's sentence: a photo's caption (5月19日，…,
    图为…), a note in brackets (（作者系…）), an editors' note or a labelled part (编者按：…, 问：…, 记者手记：…), a brief's
    lead (近日，…)?"""
    return (text[0] in "（(" or DATED_SCENE.match(text) is not None or opens_positioned_caption(text)
            or text.startswith(("图为", "近日，", "日前，")) or _LABEL_OPENS.match(text) is not None)


_ENDS_ON_WEB_ADDRESS = re.compile(r"(?:www\.|https?://)[\w./-]+\.[a-z]{2,4}/?$")
_NOTE_ON_THE_WRITER = re.compile(r"^[（(]作者(?:系|为|是|单位)")  # a paper prints it apart under the piece (181 of 183 pages)
_TEXT_AFTER_BRACKET = re.compile(r"[）)].")  # （作者是…会员）书中讲: a note inside the text, which goes on


def _note_alone(text: str) -> bool:
    """Is a note on the writer all this line holds, closed on it or going on to the next line with no clause (（作者系
    …农村信用 / 合作联社高级经济师）), not a note in the text (（作者为清代诗人袁枚，此诗题为 / 《苔》）短短两句)?"""
    return _TEXT_AFTER_BRACKET.search(text) is None and (text[-1] in "）)" or "，" not in text)


_LABEL_OPENS = re.compile(r"^[^，。；“]{1,8}[：:]")  # 编者按：, 问：, 记者手记：: a part opening on its label


def _signature_carried(left: str, right: str) -> bool:
    """Does a saying's signature go on from `left` into the short line under it, the bearer's name or the end of the
    calling and the name (——…研发中心主 / 任　许明哲)?"""
    return (len(right) <= _CARRIED_SIGNATURE and SAYING_SIGNED.match(left) is None
            and (SAYING_SIGNED.match(f"{left} {right}") or SAYING_SIGNED.match(left + right)) is not None)


_SIGNATURE_CUT_IN_NAME = re.compile(r"^——\S{2,30} [\u4e00-\u9fff]$")  # ——…崇头镇村民　叶 / 小芳: the name carried
_NAMES_A_SYMBOL = "为是表代"  # 其中： / ▲为已建成站点，●为…: a legend naming its marks, one sentence
_LABEL_VERBS = "学做练看读听说聊"  # what a box's label of three characters ends on: 跟着学, 一起做, 专家说
_NOTICE_GOES_ON = ("请", "如遇", "如有", "届时")  # what a notice's next sentence opens on, under a field's list of places
_GENRE_LEAST = 2  # characters of a box's label past which it is no paragraph's rest (健身者说; 者说 may be)
_CARRIED_SIGNATURE = 12  # characters of a signature's end carried to the next line, at most (村党支部书记　杨秀芝)


def _wider_than_column(line: Line, layout: Layout) -> bool:
    column = layout.widths.get(line.number)
    return column is not None and layout.measures[line.number][0] > column  # (the line ends on a character: no mark hangs)


def _fills_column(line: Line, layout: Layout) -> bool:
    """Is the printed line as wide as its column, as a paragraph's line is and a title set short of it is not?"""
    column = layout.widths.get(line.number)
    return column is not None and layout.measures[line.number][0] >= column - 1


def _numbered_in_turn(above: str, below: str) -> bool:
    """Does `below` open on the number after the one `above` opens on, numbered alike (1．… / 2．…, （一）… / （二）…)?"""
    first, second = _item_number(above), _item_number(below)
    return first is not None and second is not None and second == (first[0], first[1] + 1)


def _item_number(text: str) -> tuple[int, int] | None:
    """The kind of a list item's number (Arabic, bracketed Chinese, Chinese before 、) and the number, or None."""
    found = _LIST_ITEM_NUMBER.match(text)
    if found is None:
        return None
    kind = next(k for k in range(1, 4) if found[k])
    return kind, int(found[1]) if kind == 1 else chinese_number(found[kind]) or 0


def _past_number(text: str) -> str:
    """The item's text after its number (一、经济社会文化权利 -> 经济社会文化权利)."""
    found = _LIST_ITEM_NUMBER.match(text)
    return text[found.end():] if found else text


_LIST_ITEM_NUMBER = re.compile(r"^(?:(\d{1,2})[．.、](?!\d)|[（(]([一二三四五六七八九十]{1,3})[）)]|([一二三四五六七八九十]{1,3})、)")



def _word_cut_near_the_edge(previous: Unit, line: Line, layout: Layout) -> bool:
    """From text alone: does a paragraph's printed line, a little short of its column and no wider, stop inside a
    word that the line under it ends (…以1分45秒12的成绩夺 / 冠，…, …群众赛事序 / 列)?  Widths are read, not
    measured: figures and Latin letters count half a character, which a paper may set wider, and the column's
    width is its lines' upper quartile.  A paragraph's last line ends on a stop, not inside a word."""
    last = previous.lines[-1]
    # (a paragraph's first line opening on its day, 12月5日，南喏镇南喏村电商服 / 务站正式运营。, is no heading's)
    # (nor is a question's first line, 问：哪些场所属于船厂的受限空 / 间？)
    if (last.bbox is not None or not CJK_CHAR.match(last.text[-1]) or len(previous.lines) == 1 and (
            not (DATED_SCENE.match(last.text) or last.text.startswith(("问：", "问:")))
            or _ends_on_word(last.text) and _begins_on_word(line.text))):
        return False  # (2022年3月5日，大桥正式开工 / 作为…: a dated line whole, the next paragraph opening on a word)
    return _a_little_short(last, layout) and word_across(last.text, line.text)


def _a_little_short(last: Line, layout: Layout) -> bool:
    """Is this printed line, read from text alone, a little short of its column and no wider?"""
    column, (printed, inside) = layout.widths[last.number], layout.measures[last.number]
    return column - _CUT_NEAR_THE_EDGE <= printed and inside <= column + _PAST_THE_EDGE


_OPENS_ON_LABEL = re.compile(r"^[^，。！？：:]{2,12}[：:]")  # 三等奖：…, 停水范围：…: a list's entry or a field, which may end on a name


def _clause_cut_near_the_edge(previous: Unit, line: Line, layout: Layout) -> bool:
    """From text alone: does a line of sentence text, a little short of its column, stop inside a clause (…组织芦笙队、踩 /
    鼓队12支，…, …深圳等 / 地，…)?  Where lines are set flush no indent says a paragraph opened below, and none ends
    there: a heading or a field may stop without a stop, a paragraph's clauses do not."""
    last = previous.lines[-1]
    text = last.text
    if last.bbox is not None or not (CJK_CHAR.match(text[-1]) or text[-1] in "，、") or layout.indents:
        return False
    return (_a_little_short(last, layout) and len(_CLAUSE_MARKS.findall(previous.text)) >= 2
            and _OPENS_ON_LABEL.match(previous.text) is None
            and (text[-1] in "，、" or _open_end(text) or not _ends_on_word(text))  # not a deck's last word: …全面发展
            and ENDS_ON_PHOTO_CREDIT.search(text) is None and not _opens_an_element(line.text)
            and runs_on(text, line.text) > 0)  # …资源利用循环化 / 大屏幕上，…: a subhead over its section's opening


def _prose_runs_on(paragraph: Unit) -> bool:
    """Does a paragraph of prose, no field, stop inside a sentence at its line's end?  A label at the next line's head
    is then the sentence's words (…检修工作顺延。供电 / 服务热线：95598)."""
    return ((len(paragraph.lines) > 1 or paragraph.lines[0].indent) and CJK_CHAR.match(paragraph.text[-1]) is not None
            and FIELD_LABEL.match(paragraph.text) is None)


def _field_opens(left: str, right: str) -> bool:
    """Does a field open the line (时间：…, 活动内容：…), not a word cut at the line's start that reads as one
    (…主要包括四方 / 面内容：一是…: 方面 across the cut)?"""
    field = FIELD_LABEL.match(right)
    return field is not None and not (field["qualifier"] and CJK_CHAR.match(left[-1]) and not FIELD_LABEL.match(left)
                                      and word_across(left, right))  # (…13日 / 报名地点：: the field above, 日报 no word)


def _heading_among_flush(line: Line, layout: Layout) -> bool:
    """Could this line, short of its column under a full one and over more of it, be a subhead (进补不等于大鱼大肉)?
    No paragraph ends without a stop, a closing bracket or a quote; the last line of a column's text may, the text
    going on in the next column or on another page."""
    return line.number not in layout.text_ends and line.text[-1] not in CLAUSE_END + CLOSERS


def _signature_line(text: str) -> bool:
    """A place or a unit and a name, apart, alone on a line (湖南益阳　李德明, 二矿掘进二队　孙 国 强)."""
    if len(text) > _SIGNING_PLACE + _SIGNING_NAME or " " not in text:
        return False
    place, _, name = text.partition(" ")
    return bool(name) and 2 <= len(place) <= _SIGNING_PLACE and place.isalpha() and is_names_line(name)


def _foot_credit(previous: Unit, text: str, layout: Layout) -> bool:
    """Is the line a credit, or a short source in brackets, closing a story on a line of its own under its last
    paragraph (…做好防晒。 / （省科协科普部））?  A ● brief's credit closes its one paragraph instead (●…启动培训。 /
    （通讯员 方 舟））, and so does a bare source under a marked item or a caption (…“海上城市”。 / （美联社））."""
    if previous.text[0] in _BULLETS:
        return False
    item = previous.text[0] in _LIST_MARKS or previous.lines[0].number in layout.captions or DATED_SCENE.match(previous.text)
    return _credit_alone(text) or not item and (_BRACKET_NOTE.match(text) is not None or _SIGNED_BY_EXPERT.match(text) is not None)


def _brief_credit_carried(previous: Unit, text: str, layout: Layout) -> bool:
    """Is the line its reporters' credit under the full last line of a brief led by 本报讯?  Briefs run their credit on
    (…首位。（记者金晨阳））, carried whole to the next line where the line is full; a story opening otherwise sets its
    credit at its foot on a line of its own (hand-written pages: 6 of 6 and 21 of 23)."""
    return (_reporters_credit_alone(text) and _BRIEF_OPENS.match(previous.text) is not None
            and _fills_column(previous.lines[-1], layout))


def _reporters_credit_alone(text: str) -> bool:
    """Is the line a bracketed credit naming reporters and nothing else (（通讯员 周立新））?  Not a compiler's
    (（记者　赵一鸣　整理））, which signs a whole box."""
    return _bracketed_credit(text) and "整理" not in text


def _bracketed_credit(text: str) -> bool:
    if text[0] not in "（(":
        return False
    credit = closing_credit(text)
    return credit is not None and credit.start() == 0


def _speaker_in_brackets(text: str) -> bool:
    """Is the line a bracketed unit, calling and name (（设备检修中心青工　杨一鸣）), who said a marked saying above?"""
    return text[0] in "（(" and text[-1] in "）)" and (
        CALLING_SIGNER.match(text[1:-1]) is not None or _credit_inside(text[1:-1]))


def _credit_alone(text: str) -> bool:
    """Is the line a bracketed credit, a closing note or a serial part's end and nothing else (（通讯员 詹立新 黄 娟）,
    （作者单位：临溪市委党校）, （待续）)?"""
    return text[0] in "（(" and (_bracketed_credit(text) or CLOSING_NOTE.match(text) is not None
                                 or PART_END.match(text) is not None)


def weighs_as_paragraph_end(previous: Unit, line: Line) -> bool:
    return sum(weight * value for weight, value in zip(PARAGRAPH_END_WEIGHTS, paragraph_end_features(previous, line))) > 0


# Fitted by logistic regression on dev pages' full lines that end a sentence where paragraphs open
# flush: `python bench/fit_paragraph_ends.py` prints these.  Positive weights favour a paragraph end.
PARAGRAPH_END_WEIGHTS = (-0.36, 3.05, 0.39, 0.21)


def paragraph_end_features(previous: Unit, line: Line) -> tuple[float, ...]:
    """What a full line that ends a sentence, and the line under it, say about a paragraph end there."""
    long = len(previous.lines) >= _LONG_PARAGRAPH
    return (
        1.0,                                                                 # bias
        max(-6.0, min(6.0, ends_paragraph(previous.text, line.text))) / 6,  # news text ends a paragraph here
        long,                                                                # long paragraphs end sooner
        long and _opens_paragraph(previous.lines[-1], line),                 # and the next line opens one
    )


def _opens_cut_paragraph(line: Line, layout: Layout) -> bool:
    """Is this line alone at a column's foot the first line of a paragraph that goes on in the next column?

    An indent opens a paragraph, a dateline or a 上接 line a story's text,
    and no heading ends on a comma.
    """
    return ((layout.indents and line.indent) or line.text[-1] in "，、；" or opens_continuation(line.text)
            or DATELINE.match(line.text) is not None)


def _opens_paragraph(last: Line, line: Line) -> bool:
    return ends_sentence(last.text) and (line.text[0] == "“" or bool(_SENTENCE_OPENER.match(line.text)))


def _row_wrapped(last: Line, line: Line, layout: Layout) -> bool:
    """Is this a fixture's or a programme's row wider than its column, its rest on the line under it (11月15日（周六）
    14:00　市中小学生足 / 球联赛东浦赛区　东浦实验小学球场)?  The row fills its column and stops inside a word that
    runs across; the rest holds the row's next cell after a space, and no clause.  Else the line under is the
    listing's own: the next row (on its day or time), a channel's or a film's name, the afternoon's heading, a fare
    under a coach's route (…杭州汽车南站 / 票价　…: 站票 reads across, but the row ends on a word), a note on the rows
    (…17:00　云岭—江澜 / （以上均为北京时间…）, …全线 / 管制期间，途经…)."""
    return (SCHEDULE_ROW.match(last.text) is not None and not (line.text[0].isdigit() or line.text[0] in "（(")
            and not line.indent and " " in line.text and not _CLAUSE_PUNCTUATION.intersection(line.text)
            and word_across(last.text, line.text) and not _ends_on_word(last.text) and _full(last, line, layout))


def _full(last: Line, line: Line, layout: Layout) -> bool:
    """Does `last` fill its column, so that `line` below it carries on its text?

    Where indents mark paragraphs a line without one goes on unless the line
    before is clearly short or ends a sentence short of the edge; elsewhere
    only a full line goes on.  Punctuation at the line end may hang past the
    edge or sit inside it.
    """
    column = layout.widths.get(last.number)
    if column is None:
        return not ends_sentence(last.text)
    tolerance = 2.51 if layout.indents and not ends_sentence(last.text) else 0.51
    printed, inside = layout.measures[last.number]
    # Justified type fills a measured line however few characters moved down; the slack is read only
    # where a line falls short without it (it is never negative).
    fills = column - tolerance <= printed or last.bbox is None and column - _slack(line.text) - tolerance <= printed
    # far wider than its column: a heading, unless indented as paragraphs open (the column read too narrow) or a
    # clause's word runs on across the line's end into no sentence's opening (…市民可凭身份证预约参 / 观。: no heading
    # holds a comma; not …过个文明新春 / 日前，…: 春日 reads across, but the line under opens the story)
    return fills and (inside <= column + _PAST_THE_EDGE or layout.indents and last.indent or _set_under(last, line)
                      or "，" in last.text and _word_runs_on(last.text, line.text) and not _SENTENCE_OPENER.match(line.text))


def _runs_on_in_print(last: Line, line: Line, layout: Layout) -> bool:
    """Where lines were measured: does `last` fill its column and `line` start right under it, flush at its left
    edge, as type that runs on does?  What the words under it look like then does not matter: a word cut there
    (…重点检查8 / 方面内容：…) or a story's closing credit wrapped onto a line of its own (…予以公布。 / （记者刘开雄））."""
    return _starts_under(last, line) and _full(last, line, layout)


def _set_under(last: Line, line: Line) -> bool:
    """Where lines were measured: does `line` start right under `last`, at the left edge of its column?

    Then `last` is no wider than its column, whatever width was read around
    it (a column of one-line paragraphs, or two lines borrowing a narrower
    column's width, reads narrower than it is).
    """
    return _starts_under(last, line) and line.bbox.x1 <= last.bbox.x1 + 0.5 * last.font_size


def _starts_under(last: Line, line: Line) -> bool:
    """Where lines were measured: does `line` start in `last`'s type right under it, at its column's left edge?

    A line so placed goes on `last`'s column, even one far wider: the column
    widens again under a photo its text was wrapped round.
    """
    if last.bbox is None or line.bbox is None or not last.font_size or line.font_size != last.font_size:
        return False
    size = last.font_size
    edge = last.bbox.x0 - (2 * size if last.indent else 0)
    return abs(line.bbox.x0 - edge) < 0.5 * size and 0 < line.bbox.y0 - last.bbox.y0 < 2.5 * size


def _slack(text: str) -> float:
    """How short a full line may look when what comes next could not end it.

    A Latin word or number moves down whole, an opening bracket takes the
    character after it along, and a —— or …… is never split.
    """
    if not text[0].isascii():  # most lines: no Latin run to move down
        return 2 if text[0] in _OPENERS else 1 if text.startswith(("——", "……")) else 0
    run = 0
    while run < len(text) and text[run].isascii() and not text[run].isspace():
        run += 1
    if text[0] in _OPENERS:
        return run / 2 + 2
    return run / 2 + (1 if text.startswith(("——", "……")) else 0)
