"""Stage 4: where stories start and end.

A story starts at a headline block (1–4 short lines), at a （上接…） line, or
after a story was closed by a （下转…） line, a photo credit or a closing
note.  A short line inside a story is a subhead unless the page says
otherwise: a dateline, byline or 上接 line follows it, or the layout sets it
apart (blank lines, layout spaces, a change of column width, flush left above
indented text) strongly enough by the boosted trees fitted in `headlines.npz`.
A photo credit turns the short caption before it into a photo of its own.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

import numpy as np

from banmian.model import FRAGMENTS, WRAPPED, Layout, Line, Placement, Unit
from banmian.rebuild import patterns, trees
from banmian.rebuild.bylines import parse_credit, split_dateline
from banmian.rebuild.lexicon import columns, words
from banmian.rebuild.roles import county_named, deck_line, diary_day, folk_song_credit, headline_like, opens_story

_HEADLINE_LINES = 4
_SIGNED_HEADING_LINES = 3
_COMMENT_LABEL = re.compile(r"^[【［\[■]?\s*(?:老师|教师|名师)?(?:点评|评语)[】］\]]?$")
_NOTICE_TITLE = re.compile(r"(?:公告|通告|启事|声明|公示)$")
_NOTICE_ISSUE = re.compile(r"^[（(]\d{4}年第\d{1,3}期[）)]$")  # （2025年第19期）: which of a series of notices
_SPACED_KICKERS = frozenset(("数读", "速览", "余论", "附言"))  # a piece's label set apart (数　读), no pen name
_PROFILE = re.compile(r"^[【［\[]?(?:专家简介|名医档案|本期(?:答疑|坐诊|值班)?(?:律师|专家|医生|嘉宾))[】］\]]?$")
_SET_APART = 2  # blank lines above a line that stand it apart from the text above, among fragments
_ASKED_BEFORE_SECTIONS = 24  # characters: a feature's question over its first section is no longer
_POEMS_IN_SET = re.compile(r"[（(](?:[二三四五六七八九十]首|组诗)[）)]")  # 田园杂咏（二首）: a set of poems, its parts titled
_SIGNED_PIECE_REACH = 12  # units under a reporter's label searched for the name signing its piece
_BRACKET_FIELD = re.compile(r"^【[\u4e00-\u9fff]{2,4}】")  # 【组成】山药100克…: a recipe box's field
_FIELDS_BOX = 3  # fields at least in brackets, each a paragraph, that make a box
# 文学院：11月19日，…, 经济管理学院：学院近日…，: a college's brief, led by its name and a colon, a sentence under way
_UNIT_LED_BRIEF = re.compile(r"^[\u4e00-\u9fff]{1,10}(?:学院|系|中心|研究所|馆|处)：[^，。：]{2,40}[，。]")
_COURT_NOTICE_OPENS = re.compile(r"^[\u4e00-\u9fff（）()]{2,24}[:：]本院")  # 梁国华：本院受理…: a court notice to a party
_TWO_PARTS = 4  # characters at least of a Mongol or Tibetan name of two parts, alone a poet's line
_EVENT_REACH = 8  # units under an event's name searched for the next event's time
# who answers, and the number (its area's code in brackets perhaps: …举报电话：（0873）6125710)
_PHONE_FIELD = re.compile(r"^[\u4e00-\u9fff]{0,16}(?:电话|热线)\s*[:：]\s*(?:[（(]\d{3,4}[）)])?[\d－-]{5,}$")
_RETIRED = re.compile(r"[离退]休")  # 离休干部, 退休教师: a retiree named by the unit he left
_NOTICE_REACH = 30  # units: how far down a notice's foot is looked for
_PROFESSIONAL_TITLE = re.compile(r"(?:医师|兽医师|农艺师|畜牧师|工程师|律师|药师|研究员|教授)\s+\S(?:\s?\S){1,3}$")  # …高级兽医师　蒋德明
_LEARNED_BODY = re.compile(r"(?:研究会|协会|学会)$")
_FIRST_PERSON_KIND = re.compile(r"(?:手记|日记|札记|随笔|漫笔|走笔|心声|心得|说法|时评|课堂|建言|寄语|(?:名医|专家)谈)$")  # a column its writer speaks in
_HOW_WE_DID = ("我们是怎样", "我们怎样", "我是怎样", "我们是如何", "我们如何", "我是如何")  # not 我身边的好党员: whom it tells of
_OWN_ACCOUNT = re.compile(r"^经验(?:介绍|交流|谈)$|(?:手记|日记|札记|心声|心得)$")  # a kicker over a piece told by its writer
_NOTES_LABEL = re.compile(r"^记者(?:手记|观察|调查)$")  # a piece's kicker under a photo's credit, not 记者走访: a section
_SERIES_AHEAD = 30  # units under a feature's first section heading searched for its next
_CARTOON_TITLE = re.compile(r"^[【\[]?漫画[】\]·・：:\s]")  # 漫画·“留痕”, 【漫画】…: a cartoon's title
_ILLUSTRATED_BY = re.compile(r"^(?:插画|插图)\s*[:：/／]")
_LABEL = 10  # characters: ■【记者手记】 and shorter, a standing label
_HEADLINE_SPACE = 0.5  # ems: the widest space inside one headline line on the PDFs we read
_TOPIC_SPAN = 800  # characters of the story compared with the text after a heading
# A caption says 图为 at a sentence's start (or 左图为, 上图为); 试图为, 企图为, 地图为 are running text.
_SAYS_PHOTO = re.compile(r"(?:^|[。！？；（(左右上下])图为")
_CAPTION_MARKS = ("▲", "△")  # ▲恒生黃金ETF昨日在港交所掛牌上市…: a caption, marked as Hong Kong's and many mainland papers mark them
# A lead opens on when it happened (6月24日，近日，夏至时节，); a subhead's paragraph goes on with the story.
_OPENS_ON_TIME = re.compile(r"(?:\d{1,2}月\d{1,2}日|近日|日前|今年|去年|当前|近年来|连日来|[^，。]{2}时节"
                            r"|[一二三四五六七八九十]+月|\d{4}年|清晨|上午|下午|傍晚|凌晨|当天|春节|入夏|盛夏|初夏|冬日|隆冬|深秋)")
# A story missed glues two articles together, a subhead taken for a headline
# spoils one: start a story from odds of 1 to 2.
_STORY_ODDS = math.log(1 / 2)
_BRIEF_PARAGRAPHS = 2  # a brief's paragraphs, at most: a dated story this short sets no subhead
_REPORTER_ASKS = ("记者：", "记者:")  # an interview's questions (and 问：…): the expert above them answers, no writer
_EDITORS_NOTE = ("编者按", "【编者按】", "编者的话")  # the editors' note opening a reader's letter and what they did about it
_ASKS_NEXT_WORD = "的地得着在把向给为与和对从被将"  # a verse ending on one goes on in the next line
_POETRY_WORD = re.compile(r"诗|词|吟|歌|咏|赋|短章|短笛|组章")  # what a poetry column's kicker names (诗路行吟, 石塘组诗, 乡土短章)
_ON_THE_POEM = re.compile(r"^(?:这首诗|写这首诗|此诗|本诗|诗人|全诗)")  # 点评 / 这首诗以…: a note on the poem, its own part
_UNMARKED_TITLE = re.compile(r"^[^，。；！？“”]+$")  # 职工书画: no clause, no speech (“少说也有一千斤吧！” is a line of dialogue)
_POETRY_COLUMN = 6  # characters: a poetry column's name at most (职工诗苑); 都是钢铁写给大地的诗 is a verse
# a poetry column's kicker by its closing word (垦区短笛, 山乡短章, 职工诗苑), told from a verse on a song (像一支歌谣)
_POETRY_KICKER = re.compile(r"^[\u4e00-\u9fff]{2,4}(?:短笛|短章|组章|诗苑|诗笺|诗页|诗抄|行吟|吟草|诗韵|诗草|[二三四五六][题首])$")  # (年味二题, 短诗二首: a pair)
# a collection's kicker, however long (第三届职工诗歌大赛获奖作品, 青年诗人作品小辑, “我们的节日”诗词专辑)
_COLLECTION = re.compile(r"专辑|小辑|选登|作品|联展|大赛|征文|诗选|词选|诗会|诗页|诗歌|诗词|诗苑")


def _poetry_column(text: str) -> bool:
    return _POETRY_WORD.search(text) is not None and (len(text) <= _POETRY_COLUMN and "的" not in text
                                                      or _COLLECTION.search(text) is not None)


_DEDICATED = ("致", "给", "献给", "写给")  # 春天的信 / 致远方的女儿: a poem's title over whom it is for
# a table's row of short cells, each with a word in it, no clause (第13周　11月29日　院士报告会　报告厅)
_WORD_CELLS = re.compile(r"^[^\s，。；！？、]{0,7}[\u4e00-\u9fff][^\s，。；！？、]{0,7}(?: [^\s，。；！？、]{0,7}[\u4e00-\u9fff][^\s，。；！？、]{0,7}){2,}$")
_SPACED_PART_TITLE = re.compile(r"^[\u4e00-\u9fff](?: [\u4e00-\u9fff]){1,4}$")  # 稻　草　人, 晒　秋: a set's poem's title
_ESSAY_PARAGRAPHS = 3  # paragraphs at least of an essay a Dai writer signs at its foot
_DIGIT = re.compile(r"\d")
_PLACES_LABEL = re.compile(r"^各地[\u4e00-\u9fff]{2}$")  # 各地助残: a column of briefs from each place (各地部署 a subhead)
# a writer's own column, or a column of cases (劳动维权·以案说法), after its dot (见闻, 解读, 心声 name a story's sections)
_WRITERS_KIND = re.compile(r"随笔|札记|手记|日记|漫笔|走笔|杂谈|笔记|以案说法")
_DOTTED_COLUMN = 6  # characters of a column's name before its dot and kind of piece (水务人·随笔)
_BRIEF_BOX = 480  # characters: a piece signed after a brief is short; a feature's first section under its lead runs longer
_COMMENT_BOX = 1200  # characters: a commentary signed with a pen name after a brief, at most
_DATED_LEAD = re.compile(r"^(?:新华社|中新社|本报)[\u4e00-\u9fff、]{0,12}?\d{1,2}月\d{1,2}日电")  # 新华社北京5月21日电
_KICKER = re.compile(r"^[\u4e00-\u9fff]{4,6}$")  # a column's name (冬令食疗, 我的养生经); a subhead's first half may be shorter (缘起)
_TITLE_UNDER_KICKER = re.compile(r"^[^。，；：:;]{4,24}$")  # the title under it holds no clause's stop
_SHORT_TITLE = re.compile(r"^[\u4e00-\u9fff]{3}$")
_ANSWERER = re.compile(r"^(?:本期)?(?:答疑|答疑嘉宾|答疑专家)\s*[:：]\S")
# a channel's name over its programme: CCTV-1, 四川卫视, 成都电视台新闻综合频道, 澜州交通广播
_CHANNEL = re.compile(r"^(?:[A-Z]{2,6}-?\d{0,2}|[\u4e00-\u9fff]{2,14}(?:卫视|频道|电视台|广播|电台))$")
_BOOK_TITLE = re.compile(r"^《[^《》]{1,30}》$")  # 《中华文脉十二讲》: a book's title alone
_HONORIFICS = ("女士", "先生", "老师", "同志", "师傅", "大爷", "大妈", "阿姨")  # how a passer-by is named, no name
_FULL_NAME = 3  # characters of a name printed unpadded
_SHORT_POEM_TITLE = 3  # characters: a poem titled so short (渡口) over a bare name is the next poem, not a verse
_POEM_TITLE = 6  # characters: a longer poem title (南繁田里) over a bare name, where verse runs on under the name
_LOCAL_PLACE_ENDS = "县区镇乡村"  # a county's or a town's name ends on these
_SHOW_ENDS = "戏剧展赛课"  # 区文化馆　黄梅戏, 县图书馆　童书展: a venue and what it puts on, no writer
_CULTURAL_HOUSE_END = re.compile(patterns.CULTURAL_HOUSE + "$")  # 北川区文化馆　王雅琴: the county's library or museum
_WIDER_PLACE = re.compile(r"省|市|地区|自治区|新疆|西藏|内蒙古|广西|宁夏")  # 重庆市北碚区, 新疆和田地区: a district of a wider place
_NOTICE_MONTH = re.compile(r"^\d{4}年\d{1,2}月$")  # …副刊部 / 2025年12月: a call for entries dated by its month
_BOOK_IMPRINT = re.compile(r"^\S{2,12}\s*(?:著|编著|主编)\s+\S{2,20}出版社")
_ISSUED = re.compile(r"^发布(?:单位|机构|时间)[:：]")  # 寒潮蓝色预警 / 发布单位：…: a warning of its own, no section
_WARNING = re.compile(r"(?:预警|警报|预警信号)$")  # not 召回信息 / 发布机构：…: a story's own box
_CARD_TITLES = ("名片", "简介", "档案", "预告", "门诊")  # 名医名片 / …主任医师　张　伟: the card's subject, no writer
_FIELDS_BOX_NEWS_TITLE = 12  # characters: a box's section heading is mostly shorter
_ASKS_OR_POINTS = ("？", "什么", "哪些", "怎么", "如何", "这些", "为何")  # a section's heading asks or points at what follows
_BOX_OWN_LABEL = 6  # characters: a box's own label (剧情简介, 温馨提示, 报名方式) is no longer
_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}(?<![问答])[:：]\S")  # 参会高校：省内外本专科院校120余所: a box's field
_STORYS_OWN_BOX = ("提醒", "提示", "链接", "延伸", "背景", "名词解释", "小贴士", "方式", "信息", "须知")  # a story's box under it, not a piece of its own
_CLOSING_SENTENCE = 10  # characters: a title with a clause (家乡，你还好吗？) is mostly shorter than a closing sentence
_AIRING = re.compile(r"^(?:播出|首播|重播|直播)(?:时间|频道|平台)[:：]")  # 播出时间：1月20日起　每晚19:35
_PROSE = re.compile(r"[，。；]")  # what running text holds and a poem's verse, mostly, does not
# 新书架, 周末荐书, 阅读推荐, 书香温岭: a box of books, not a review's column (书评)
_BOOK_BOX = re.compile(r"(?:书架|荐书|书单|新书|好书|书讯|阅读|书香|开卷|悦读|读书)")
_PART_LABEL = re.compile(r"^【[\u4e00-\u9fff]{1,6}】$")  # 【误区】, 【真相】: a box's part labelled on a line of its own
_TOLD_IN_FULL = 2  # paragraphs: a lead and more
_OFF_TOPIC = 0.05  # of the character pairs under a heading that the story above used
_SHORT_KICKER = 4  # characters: a box's kicker over its title (警示 / 这些“节日腐败”新变种要警惕)
_INSIDE_COLUMN_ODDS = 2.0  # a flush heading inside a wrapped column, no blank line above: a subhead unless sure
_ENDS_ON_CONTACT = re.compile(r"联系人[:：]\s*[\u4e00-\u9fff]{1,4}(?:先生|女士|警官)?$")  # …　联系人：王警官
_FIGURE_FIELD = re.compile(r"^[^，。：:]{1,20}[：:][-+]?\d[\d.,]*(?:%|[\u4e00-\u9fff]{1,3})?$")  # 二套房商业贷款利率：3.45%
_COUNTS_TIPS = re.compile(r"(?:这|以下)[二三四五六七八九十两几]{1,2}(?:条|招|点|个|件)")  # 这六条要记牢, 以下五点
# 农资选购“五看”, 防火“五不准”, 选购农资牢记“三要三不要”: tips counted
_QUOTED_COUNT = re.compile(r"“[一二三四五六七八九十两]{1,2}[\u4e00-\u9fff]{1,2}(?:[一二三四五六七八九十两]{1,2}[\u4e00-\u9fff]{1,2})?”$")
_FIRST_COUNTED = re.compile(r"^一[要是看查不]")  # 一要到正规网点购买，…: the first of the tips a title counts
_REPLY = re.compile(r"^(?:本报)?(?:答复|回复)[:：]")  # 本报答复：经向…了解，…: the answer to a hotline's caller
_NUMBERED_POINT = re.compile(r"^(?:\d{1,2}[．.、]|[（(]\d{1,2}[）)]|[①-⑳])")  # 1．不瞒着家长…, （1）…, ①…
_TIPS_REACH = 3  # lines under the heading where its first numbered tip stands
_TIPS_TITLE = re.compile(r"怎么|如何|怎样|提醒|贴士|防护|须知|指南|注意")  # a box of tips' title (沙尘天气来临怎么防护), no subhead
_ENTRY_REACH = 10  # lines: how far down a listing's next entry stands
_ENTRY_CREDIT = re.compile(r"^(?:作者|著|编著|主编|译者|出版|出版社|导演|主演|编剧|作曲|演唱)[:：]")  # a work's credits
_OPENS_ITS_LIST = re.compile(r"(?:决定|如下)[：:]$")  # …研究决定：, 现将有关事项公告如下：
# （1—5月）, （2025年9月）, （截至9月末）: the period a box's figures cover (not （记者 王涛 10月15日）: a credit)
# （10月15日）, （3月3日　青畴农产品批发市场）: the day a table's figures are for, perhaps where they were taken
_PERIOD_NOTE = re.compile(r"^[（(](?:(?![^（）()]*(?:记者|通讯员|摄|供图|整理|\s))[^（）()]{0,8}\d{1,4}[年月日][^（）()]{0,8}"
                          r"|\d{1,2}月\d{1,2}日\s?(?![^（）()]*(?:记者|通讯员|摄|供图|整理))[\u4e00-\u9fff]{2,14})[）)]$")
_PERIOD_FIELD = re.compile(r"^(?:统计(?:时间|时段|周期|日期)|数据截至|截止时间)[:：]\s*\S{0,12}\d{1,4}[年月日]")  # 统计时间：6月16日—…
_FIGURE_SENTENCE = 30  # characters at most of a figures box's row set as a sentence (规上工业增加值增长7.6%。)
_SALUTE = frozenset(("敬礼", "敬礼！", "敬礼!"))  # under 此致, a letter's; alone, a title may say it (敬礼！ / ——记…)
_DOTTED_PART = 4  # characters at least of each phrase of a title joined by ·
_INTERVIEW_OPENERS = ("对话", "专访", "访谈")  # 对话马克·施密特: an interview's subhead over its questions
_QUESTIONS_BOX = re.compile(r"(?:问答|一问|答问|问与答|答疑|应会)$")  # 医保·问答, 民法典·每日一问: a box of questions
_SERIES_HEADING = 14  # characters at most of a subhead in a series (夜间高铁“上新”, “一站一策”疏解客流)
_SERIES_SPREAD = 4  # characters a series' subheads differ in length at most
_SERIES_SECTION = 500  # characters at most under a subhead of a series, to the next
_SERIES_TOPIC = 0.045  # the least share of a section's character pairs its story used already
_FIGURE_LINE = 20  # characters: a figures box's line, a figure or what it counts, is no longer
_PROSE_OPENING = 30  # characters at least of a section's first paragraph
_PROSE_START = re.compile(r"^[\u4e00-\u9fff“]")
_TERMS_BOX = re.compile(r"^[■◆●▲◎◇]?\s*[【［\[]?名词解释[】］\]]?$")
_YEAR_OPENS = re.compile(r"^(?:今年|去年|近年来|当前)(?:以来)?，")
_NEWS_OPENER = re.compile(r"^(?:记者(?:近日|日前)?从[^，。]{2,24}(?:获悉|了解到)|据[^，。]{2,16}(?:介绍|消息|获悉|通报))")
_BRIEF_UNITS = 8  # paragraphs a brief signed at its foot runs to, at most
_QUOTED_CLAUSE = 5  # characters of a quoted subhead's first clause that its section may quote alone
_RESTATED = 8  # characters: a heading this long that the next sentence repeats is its story's headline
_ECHO_PARAGRAPHS = 2  # paragraphs under a quoted subhead that quote it, at most: its section's opening
# An entry numbered by its kind (项目一：…, 线路二：…): a box's list of projects or routes, each entry a paragraph
_NEWSROOM_SIGNS = re.compile(r"记者|通讯员")
_KIN_OR_TRADE = frozenset(("奶奶", "爷爷", "大爷", "大娘", "婆婆", "阿婆", "阿公", "大伯", "大婶", "大姐", "大哥", "老汉", "木匠",
                           "铁匠", "石匠", "篾匠", "师傅"))  # 李奶奶, 刘木匠: a verse naming a kinsman or a craftsman
_NOTICE_HEADS = ("提示", "须知", "公告", "通知")  # 观赛提示: a notice's title, no commentary's section
_NEWS_TITLE = 9  # characters of a news headline at least, where a commentary's section is named shorter
_BOX_NOTE = re.compile(r"^(?:注[:：]|以上)")
_BRIEFS_SECTION = re.compile(r"(?:措施|要求|进展|步骤|进度|内容|安排|流程|举措|任务|情况|成效|亮点|做法|经过|回顾|时间线|节点|标准)$")
_DAY_IN_TITLE = re.compile(r"\d{1,2}月\d{1,2}日")
# A box's entry opening on its day or its number (12月14日　双子座流星雨…, 12月17日，石门矿…, 1．《小城医生》　葛青禾　著)
_CALENDAR_TITLE = re.compile(r"^[\u4e00-\u9fff]{2,6}日历$")  # 审计日历, 办税日历: a box of dated entries
_ENTRY_OPENS = re.compile(r"^(?:(?P<day>\d{1,2}月\d{1,2}日)[，\s]|(?P<number>\d{1,2})[．.、]\s*\S)")
_CALLERS_BOX = re.compile(r"热线|来电|来信|回音|信箱|留言")  # a box of callers' or readers' words names them in its title
_BRACKETED_ENTRY = re.compile(r"^【[\u4e00-\u9fff]{2,12}】$")  # 【百合银耳雪梨羹】: an entry's name, alone on its line
_NUMBERED_ENTRY = re.compile(r"^(?:项目|线路|景点)[一二三四五六七八九十]{1,3}[:：]")  # not 方案一： under a story's subhead
_LABELLED_LINE = re.compile(r"^[^，。：:]{2,10}[:：]\S")  # 指导价：21.98万元, CLTC纯电续航：620公里: a box's field
_AS_OF_NOTE = re.compile(r"^[（(](?![^（）()]*(?:记者|通讯员|摄|供图|整理|单位|版|转|接|提供|供稿|岁|，|电|讯|社|据))[^（）()]{0,12}\d[^（）()]{0,12}[）)]$")
_ROW_ITEMS = 3  # items set apart by spaces in a table's row (名次　球队　场次…)
_ROLE_WORD = re.compile(r"记者|通讯员|实习生|摄影|编辑|特约")  # a story's credit, no writer's signature
_AS_OF_WORDS = re.compile(r"[年月日轮期周]|截至")  # a date, a stage or an issue (（第12期）), not a section's number (（1）)
_FULL_BOX_TITLE = 10  # characters: a box's title naming what its rows hold in full (中原城市足球联赛积分榜), no label
# (or over its head row, a title past a label's length: 机组运行情况 / （2月25日20时） / 机组　负荷（兆瓦）　状态, not 积分榜)
_SHORT_BOX_LABEL = 5  # characters
_WORK_CREDITED_WITHIN = 24  # characters: a picture's caption naming the work's maker in its first clause (…》，作者为…)
_SHORT_SUBHEAD = 4  # characters: a story's subhead over its table (关键数据, 猪肉价格), no box's name
# A picture's caption opening on the work it shows, named by its art (农民画《春耕图》，…, 剪纸作品《年年有余》)
_PICTURED_WORK = re.compile(r"^[\u4e00-\u9fff]{0,6}(?:画|摄影|剪纸|书法|篆刻|刺绣|蜡染|版画|雕塑|泥塑|木雕|陶艺)(?:作品)?《")
# 农产品价格行情 / （9月17日）: a short title naming its rows in full too, over the day they stand (本周农畜产品价格 /
# （截至11月10日） is a label over an as-of note, the box's first line)
_PRICES_NAMED = ("价格行情", "价格", "参考价", "收购价", "利率")  # (猕猴桃收购参考价 / （12月2日）; not 市场行情, a label)
# （5月6日—5月12日）, （9月17日）, （11月24日　县城椒市）: the day or week a box covers, and where, no units nor time
_PERIOD_ALONE = re.compile(r"^[（(](?:\d{4}年)?\d{1,2}月(?:\d{1,2}日(?:\s*[—－~～至-]\s*(?:\d{1,2}月)?\d{1,2}日)?)?"
                           r"(?:\s+[\u4e00-\u9fff]{2,10})?[）)]$")  # (…　渭岭中药材交易市场)
_RESTATED_AFTER = 6  # characters the sentence may open with before it (第五届 / 全国老年人体育健身大会开幕…)
_SHORT_CAPTION = 40  # characters: a one-line caption under a signed story
_FACTS_BOX_NAME = re.compile(r"(?:小知识|知识角|小贴士|小课堂|链接|常识)$")
_ISSUED_TITLE = re.compile(r"(?:招生|招聘|招考)简章$|(?:招聘|征订|征稿|征文|招标)(?:启事|公告)$")  # a notice's kind
# a box of questions named for what they teach, counted or answered by a hotline (统计法律知识问答, …近视防控5个问题,
# 12315答疑)
_QA_BOX_NAME = re.compile(r"(?:知识|法律|政策|常识|法规)问答$|\d{4,5}答疑$|[\d一二三四五六七八九十]{1,2}个(?:问题|疑问)$"
                          r"|(?P<count>[一二三四五六七八九十])问(?P=count)答”?$")  # (受限空间作业“四问四答”)
_YEAR_ENTRY = re.compile(r"^\d{4}年(?:\d{1,2}月)?\s+\S")  # a timeline's entry: 1986年　坪朗乡恢复举办民间赶秋活动。
_PROSE_UNDER_POEM = 30  # characters: a paragraph under a title after a poem, longer than two verses
_PHOTO_TITLE = 16  # characters: a photo's title over its credit, at most
_CLOSING_SECTION = re.compile(r"结语|后记|展望|解读|背后|下一步|启示|小结|总结|点评|感言")
_BRIEF_OPENING = re.compile(r"^(?:日前|近日|连日来|今年以来|\d{1,2}月\d{1,2}日|[\u4e00-\u9fff]{2,8}[：:]|为[^，。]{2,20}，)")
# …as a report's does (一季度，…, 记者从县农业农村局了解到，…, …局日前对…), as a story's section may: under a title as long as a
# brief's
_REPORT_OPENING = re.compile(r"^(?:[一二三四]季度|上半年|记者(?:近日)?(?:从[^，。]{2,20}(?:了解到|获悉)|获悉)"
                             r"|[\u4e00-\u9fff]{2,12}(?:日前|近日)[\u4e00-\u9fff])")
_BRIEF_TITLE_LEAST = 8  # characters at least of a brief's title saying who did what (存款稳步增长 names a section)
# what part of its subject a box covers, no figure, unit, date or place in it (（部分等级）, （分学院，前十位）, （新年篇）)
_TITLE_QUALIFIER = re.compile(r"^[（(](?![^（）()]*(?:单位|截至|\d))[\u4e00-\u9fff，、]{3,12}(?<![市县省区镇乡村州旗])[）)]$")
_ECHOED_WORD = 3  # characters of a headline's word a box's title repeats
_CAPTION_SENTENCES = 2
_ANNOUNCES = re.compile(r"^(?P<company>[\u4e00-\u9fffA-Z]{2,8})(?:公告|发布公告|披露)[，,称]")  # 曜石股份公告，…
_NAME_AT_END = re.compile(rf"\s{patterns.SIGNING_NAME}$")  # …作业区　柯　宁: a name set apart, last
_ADDRESSED = 8  # characters of an answer's address to a letter's writer (小雨：)
_DAY_SCENE = re.compile(r"^(?:昨天|昨日|今天|日前|近日)(?:[上下]午|中午|晚上?)?，")  # 昨天，…选购。: an evening paper's caption
# 茶坪县龙门乡白岩村　刘德顺: a villager's signature under a letter, the village and the name
_VILLAGER_SIGNS = re.compile(rf"^[\u4e00-\u9fff]{{2,16}}(?:村|社区)\s+(?P<name>{patterns.SIGNING_NAME})$")
# 读者　张 燕, 旅客　高秀芝: a letter's signature, a reader's (or a passenger's, a resident's…) calling and name
_CALLINGS = "旅客|乘客|市民|患者|家长|游客|居民|村民|顾客|消费者|业主"
_SIGNING_NAME = rf"\s+(?P<name>{patterns.SIGNING_NAME})$"
# (a province named before, 吉林读者　宋秉文: where a national paper's reader writes from)
_PROVINCES = "|".join(patterns.PROVINCE_SHORT_NAMES)
_READER_SIGNS = re.compile(rf"^(?:{_PROVINCES})?(?:读者|{_CALLINGS}){_SIGNING_NAME}")
# (a grower or a user signs a letter so, 烟农　覃家旺, 用户　田秀英: only a letter's, a feature heads its sections so)
_GROWER_SIGNS = re.compile(rf"^(?:用户|农民|牧民|渔民|烟农|果农|茶农|菜农){_SIGNING_NAME}")
# a fan's, listener's, viewer's or netizen's letter signed at its foot (球迷　钟大为): over a heading only, as a box of
# sayings signs each alike
_FAN_SIGNS = re.compile(rf"^(?:球迷|戏迷|听众|观众|网友){_SIGNING_NAME}")
# a family letter's sign-off (爱你的爸爸　邓海川, 想你的妈妈, 你的女儿　小雨)
_KIN_SIGNS = re.compile(r"^(?:(?:永远)?(?:爱|想|疼)?你的)?(?:爸爸|妈妈|父亲|母亲|爷爷|奶奶|外公|外婆|姥姥|姥爷|哥哥|姐姐|弟弟|妹妹"
                        r"|儿子|女儿|孙子|孙女|老伴|妻子|丈夫|妻|爱人)(?:\s+[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){0,2})?$")
# a reader signing from home, the place named (南湾区翠湖花园业主　顾明辉, 白岩乡里山村村民　徐根法); not a profile's subhead
# (返乡创业村民　徐根法), nor 浙江温岭市读者 王 明, who signs as a letter writer does
_READER_AT_HOME = re.compile(r"^[\u4e00-\u9fff]{1,14}(?:区|县|乡|镇|村|小区|花园|社区|苑|园|街道|幢|号楼|单元)"
                             rf"(?:{_CALLINGS}|住户){_SIGNING_NAME}")
# 淮阳市东城区　戏迷　孙桂芝: a letter's writer, his district and calling set apart (asked under a letter only: in a
# feature the same line heads a fan's section)
_PLACED_CALLER = re.compile(r"^[\u4e00-\u9fff]{1,14}(?:区|县|乡|镇|村|社区|街道|小区|花园)\s+(?:" + _CALLINGS + r"|戏迷|球迷|读者)"
                            + _SIGNING_NAME)
_PHRASE_SPACED = re.compile(r"^[\u4e00-\u9fff]{4} [^\s，。；！？]{4,16}$")  # a subhead of four characters and a phrase
_BARE_TIPS = re.compile(r"^[【［\[]?(?:小贴士|贴士|小常识)[】］\]]?$")
_EDITORS_OPEN = re.compile(r"^[【［\[]?(?:编者按|编者的话|编后语?|开栏的话)[】］\]]?$")  # the editors' words open an item
_TIPS = re.compile(r"^[【［\[]?[\u4e00-\u9fff]{2}(?:小贴士|小常识|小妙招)[】］\]]?$")
_COUNTED_SET = re.compile(r"[二三四五六七八九十]首$")  # 七绝二首: a set's title
_KNOWLEDGE_BOX = re.compile(r"^[\u4e00-\u9fff]{2,6}(?:小?知识|小?常识)$")  # 野生动物知识, 防疫小常识
_SONG_NOTE = re.compile(r"[（(][\u4e00-\u9fff]{0,6}(?:民歌|民谣|歌谣|小调|山歌)[）)]$")  # 采茶调（彝族民歌）: a folk song's title
_ANSWER = re.compile(r"^答[:：]")  # a Q&A's answer opens its paragraph
_WEATHER_BOX = re.compile(r"^[\u4e00-\u9fff]{1,6}天气(?:预报)?$")  # 未来三天天气, 峪川天气: a forecast box's title
_GUIDES = ("指南", "服务指引")  # 春节期间办事指南: a box of offices, each over its hours and address
_NOTICE_PARAGRAPHS = 6  # a short notice's paragraphs over its issuer, at most
_NOTICE_LABEL = re.compile(r"^(?:温馨|重要|特别|出行|安全)?提示$|^[\u4e00-\u9fff]{0,4}须知$|^[\u4e00-\u9fff]{2,12}通知$")  # 温馨提示, 办事须知, 插班生报名通知
_LABELLED = re.compile(r"[：:]")
_VERSE_VERBS = frozenset("吃喝走跑过回想看望如似像是在有说听叫飞落开")  # what a verse does that a given name does not
_NAMED_LINK = re.compile(r"^(?:知识|科普)链接$")  # 知识链接 (a bare 链接, 背景链接, 相关链接: the story's own note)
_SKY_OPENS = re.compile(r"^(?:晴|多云|阴|(?:小|中|大|暴|阵|雷阵)雨|雨夹雪|(?:小|中|大|暴)雪)")  # 晴转多云，－27℃～－13℃，…: the day's sky
_ABOUT_THE_AUTHOR = re.compile(r"^[【［\[]?作者(?:简介|介绍)[】］\]]?$")
# (a village under its township too: 鹤羽乡拉坞村　和秀英)
_DISTRICT_SIGNER = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,10}}(?:县|区|旗|街道|镇|乡)(?:[\u4e00-\u9fff]{{1,6}}[村屯])?|[\u4e00-\u9fff]{{1,6}}村|(?:[\u4e00-\u9fff]{{0,10}}(?:县|区|市|州|旗|镇|盟))?(?P<house>{patterns.CULTURAL_HOUSE}))\s+(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,2}})$")
# Under a story signed in its lead, what tells its own last sentence from a photo's caption: a sentence carrying the
# text on (如今，…), or a credit for the story's pictures (以上图片均为刘冉阳摄)
_VILLAGE_SIGNER = re.compile(rf"^{patterns.VILLAGE}[村屯]\s+(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,2}})$")
# (not the scene's season, 春运期间，…, 国庆前夕，…: a caption's opening)
_LINKED_ON = re.compile(r"^(?![\u4e00-\u9fff]{1,2}(?:期间|前夕|时节)[，,])[\u4e00-\u9fff]{1,4}[，,]")
_CREDITS_THE_STORYS = re.compile(r"^(?:以上|本版|本组|文中)图片")
_VERSE_LINE = 12  # characters: the longest line of a caption's closing poem
_FREE_VERSE_LINE = 15  # characters: the longest of a free verse's lines (采茶的女人把背篓斜挎在身上; a couplet of sevens, 16, is no free verse)
_SPEAKER = 36  # characters: a speaker's office and name, at most
_BRIEF_SIGNERS = 3  # people: who signs a brief at its foot
_STANDFIRST = 120  # characters: a weekly's standfirst under the headline is a sentence or two
_SIGNATURE = 9  # characters: two padded names (李 拯 何思远); a longer line of names alone is a list
_GAP_BEFORE_HEADLINE = 3  # blank lines: a headline's own lines stand fewer apart, a new headline this far below
_POEM_LINES = 60  # lines a poem signed at its foot runs to, at most, with its title
_VERSE_STOPS = "，。！？；、"  # what ends each verse of a classical poem
_POEM_VERSES = 3  # verse lines at least, under a title, before its author: fewer are a headline and a deck
_SIGNER_BELOW = 4  # lines: how far under a bare name a poem's marked writer may still sign (not the next poem's)
_BARE_SIGNED_VERSES = 6  # verse lines at least over a bare name signing a poem: a headline has fewer decks
_VERSE_LINES = 4  # a caption's poem is a quatrain: 这正是： stands no further back than this
# A briefs column (简讯), a notice (遗失声明, 拍卖公告, 招聘启事) or an advertisement
# A notice's date under its issuer: 2026年1月30日, 二〇二六年一月三十日
_REFERENCES = re.compile(r"^【?(?:参考文献|注释)】?[:：]?$")  # the label over an essay's references
_AD_LINES = 3  # lines of an advertisement's offer over its contact lines, at most
_DOTTED_KIND = re.compile(r"^[\u4e00-\u9fff]{2,4}·")  # 验方·: a kind of box, its subject after the dot
# (and where: 2025年6月28日于滨江特勤站)
_LETTER_DATE = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日(?:夜|晚|凌晨|清晨)?(?:于[\u4e00-\u9fff]{2,12})?$")
_SPEAKER_LINE = 10  # characters of a speaker's line under his words in a box of voices (个体户　李　明), at most
_SIGNATURE_LINE = 24  # characters of a letter's signature line (…街道梧桐巷小区　王淑珍), at most
_PLACE_NAME = 20  # characters of an office's name over its address in a directory, at most
_CLAUSE_OR_SENTENCE = re.compile(r"[，。！？；：,;:!?]")
_PACKAGE_CREDIT = re.compile(r"^(?:本期|本版)?统筹[:：]")  # who put a report's parts together: 本期统筹：何彪
_READER_ASKS = re.compile(r"^(?:读者|网友|市民)问[:：]")
_ASKS = re.compile(r"^[\u4e00-\u9fff]{0,6}问[:：]")  # 纳税人问：…？, 问：…？: a box's question, its text however short
_COMMENTARY_LABEL = re.compile(rf"^(?:本报)?(?:{'|'.join(patterns.GENRE_LABELS)}|快评|锐评|微评|热评|评论)$")  # over a title
_COMMENTARY_KICKER = re.compile(rf"^(?:本报)?[\u4e00-\u9fff]{{0,4}}(?:{'|'.join(patterns.GENRE_LABELS)}|快评|锐评|微评|热评|小议)$")
_MARKED_SUBHEAD = re.compile(r"^(?:[■●◆▲◎◇]\s*[^\s，。]{2,10}|【[^【】]{2,10}】)$")
# A service page's standing column over its item's title (用车课堂 / 秋季出行 先查胎压, 置业提醒 / 签约前先查“五证”,
# 心理信箱 / 考试一紧张就脑子空白，怎么办？, 政策问答 / 灵活就业人员　如何参加医保)
_SERVICE_COLUMN = re.compile(r"^[\u4e00-\u9fff]{2,4}小?(?:课堂|提醒|提示|预告|信箱|问答)$")  # 普法课堂, 金融知识小课堂
_DEPUTY = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:人大代表|政协委员)[、，]")  # 全国政协委员、澄江大学副校长 朱文涛: who speaks
# a timeline's section, labelled by its hour (凌晨2时17分：警报响起, 第48小时：钻孔打通): labels alike in kind, not form
_TIME_LABEL = re.compile(r"^((?:凌晨|上午|中午|下午|晚上|深夜|第)?\d{1,3}(?:时|点|小时|天)(?:\d{1,2}分)?)[:：]\S")
_SECTION_LABEL = re.compile(r"^([\u4e00-\u9fff\d]{1,4})[:：]\S")  # 两点：讨价还价声此起彼伏, 外观：简洁耐看
# 越剧《陆游与唐琬》, 【音乐会】“天府之音”民族管弦乐音乐会: a listing's entry
_LISTED_WORK = re.compile(r"^[■●◆▲]?[\u4e00-\u9fff]{0,6}《[^《》]{1,20}》$|^【[\u4e00-\u9fff]{2,4}】\S{2,30}$")
_WORK_TITLE = re.compile(r"^《[^《》]{1,20}》(?:[（(][^（）()]{1,30}[）)])?$")  # 《晨雾渔歌》（去年…一等奖）: a work shown
_DIGEST = re.compile(r"(?:简讯|短讯|快讯|简报|资讯|动态|短波|速递|扫描)$")  # labels of boxes of news items, each with its title
_ENTRY_MARKS = "■●◆▲★□◎①"  # what opens each entry of a box
_PLACED_PICTURE = re.compile(r"^[上下左右中]图[:：]")  # 上图：…, 下图：…: a caption of a set, placing its picture
_NUMBERED_PICTURE = re.compile(r"^图[①②③④⑤⑥\d][:：\s]")  # 图①：…: a caption of a set, numbering its picture
_PHONE_ENTRY = re.compile(r"^[\u4e00-\u9fff]{2,12}[:：]\s*\d[\d－—-]{2,}$")  # 供水抢修：0759-3886110, a service box's line
_FULL_DATE_NOTE = re.compile(r"^[（(]\d{4}年\d{1,2}月\d{1,2}日[）)]$")  # （2025年4月14日）: the day a roll was decided
_HEAD_CELL = re.compile(r"^[\u4e00-\u9fff]{1,8}$")  # 名次, 球队, 积分, 病毒检测阳性率: a table's column head
_HEAD_CELLS = 3  # heads at least in a head row, and cells of words in a table's rows with no figures (名次　球队　所属乡镇)
# 年利率%, PM2.5, 浊度（NTU）, 余氯（mg/L）
# (72小时准时率, 有效申诉率（百万分之）: a measure over a span, a rate in its unit)
_COLUMN_NAME = re.compile(r"^(?:\d{1,3})?[\u4e00-\u9fff][\u4e00-\u9fff（）()%]{0,7}"
                          r"(?:[（(](?:[A-Za-z/%.\d]{1,8}|[\u4e00-\u9fff]{1,6})[）)])?$|^[A-Z]{2,4}\d*(?:\.\d)?$")
_AD_DISCLAIMER = re.compile(r"^[（(]本广告[^（）()]{2,60}[）)]$")  # （本广告仅为要约邀请，…为准）
_BOOK_FIELD = re.compile(r"^(?:出版社|出版时间|出版|定价|译者|ISBN)[:：]")  # a book's fields in a box of books
_MARKED_ENTRIES = 2  # entries marked as their title is that make it a box's title, not a subhead
_BOX_ROWS = 3  # rows under a heading that make it a facts box's title, not a subhead
_SPACED_LABELS = frozenset(("序章", "题记", "引言", "开篇", "结语", "尾声"))  # a feature's parts, spaced as a name is (序　章)
# 沙溪镇, 文旅局: a place's or an office's item, not a feature's section
_PLACE_LABEL = re.compile(r".*(?:省|市|县|区|镇|乡|村|街道|社区|局|委|办|厅|院|部|中心|台|站|所)$")
# 专家门诊：每周一、周三上午, 出诊时间：周二全天: a profile's own field (not 健康提醒：秋冬季谨防流感, the next item's title)
_FIELD_OF_PROFILE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:门诊|出诊|坐诊|专长|擅长|电话|时间|地点|地址|职称|职务|学历|科室|方式)"
                               r"[：:][^。！？]+$")
_PROFILE_SUBHEAD = 12  # characters of a profile's subhead, at most (“路是我们的孩子”)
_QUESTION_SUBHEAD = 20  # characters: a question set as a subhead (哪些人群建议优先接种？) is no longer
_LETTERS_COLUMN = re.compile(r"^[【［\[]?[\u4e00-\u9fff]{0,4}来信[】］\]]?$")  # 读者来信, 旅客来信: not 未来信心
_LETTER_TITLE = re.compile(r"家书|家信|一封信|的信$")  # 一封安全家书, 写给儿子的信: a letter printed under its title
# An office naming its field that issued a box's figures, under the box's last row (沅溪：官渡口站37.48米… /
# 省水文水资源监测中心发布): the box's last line; over a title and its lead it kicks the title
_BOX_ISSUER = re.compile(rf"^[\u4e00-\u9fff]{{0,12}}(?:省|市|县|区)[\u4e00-\u9fff]{{2,8}}{patterns.ISSUERS}发布$")
_FIELDS_ABOVE = 3  # a box's labelled lines over its last field
_FIELD_OPENS = re.compile(r"^[\u4e00-\u9fff]{2,6}[:：]\S")  # 特征：…, a box's field named at its head
_FIELD_ROW = re.compile(r"^[\u4e00-\u9fff]{1,10}[:：]\S*\d")  # 澜江干流：云渡站41.26米，…: a box's row, its field named
_QUOTED = re.compile(r"“[^”]*”")
_FIRST_PERSON = re.compile(r"我(?![市县区省国镇乡村校院行局厂])")  # 我刚参加工作, not 我市, 我行: a writer telling of himself
_SAID_AFTER = re.compile(r"^“.+”——[^，。]{2,30}$")  # “我们输在了细节上。”——渠阳铁骑队主教练　祁振东
_MAXIM = re.compile(r"^(?:[^，。]{3,10}，[^，。]{3,10}[。！])+$")  # 伴热多查一遍，装置多稳一天。 (two, their lines run on)
_BODIES = ("联合会", "协会", "委员会", "办公室")  # 桐溪县妇女联合会: a roll's issuer
_MAXIMS_LABEL = re.compile(r"(?:警句|警语|格言|谚语|农谚|渔谚)(?:拾零|集锦|选萃|一组)?$")
# （林阿福　整理）: who collected a box's lines, bracketed at its foot (patterns._COLLECTED_BY reads a folk song's
# collector set apart, unbracketed; patterns.closing_credit asks for a newsroom's names)
_BRACKETED_COLLECTOR = re.compile(r"^[（(][\u4e00-\u9fff·\s]{2,16}(?:搜集|收集)?整理[）)]$")
_JOB_ROW = re.compile(r"^[\u4e00-\u9fff]{2,20}\s+招聘")  # 沅峒县西兰卡普织造工坊　招聘织锦学徒15名，…
_BOX_LINES = 2
_RULES_TITLE = re.compile(r"(?:规民约|公约|章程|守则)(?:[（(]节选[）)])?$")
_TIP_LABEL = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,5})：[^：]{8,}")  # 冬小麦：未冬灌的地块…
_SPEAKING_BODIES = ("院", "局", "中心", "委", "所", "站", "办", "会", "队", "厅", "部", "室")
_RULE_ARTICLE = re.compile(r"^第[一二三四五六七八九十百]+条")
_LABELLED_TIPS = 2
# 本周农事提示, 冬季农事提醒: a standing column of the season's tips (节日出行提示, 县气象台重要提醒, 专家的防寒提醒 close
# stories, their own boxes)
_TIPS_COLUMN = re.compile(r"^(?:本周|本月|近期|当前|冬季|春季|夏季|秋季|冬春|秋冬)[\u4e00-\u9fff]{0,4}(?:提示|提醒)$")
_ROLL_TITLE = re.compile(r"(?:光荣榜|名单|名录)$")
_SONG_LINES = 24  # verses of a folk song, at most, over its singer's credit
_FOLK_VERSES = 4
_SCENE_IN_MONTH = re.compile(r"^\d{1,2}月(?:[上中下]旬|初|底|中)[，,]")  # 2月上旬，一场大雪过后，…: a photo's scene, dated
_SONG_VERSE = 14  # characters of a folk song's line with its mark, at most
_LONG_VERSE = 20  # characters of a free verse's line, however long (牦牛在黑暗里慢慢地反刍着整个冬天): prose runs longer
_BOX_TITLE = 12  # characters: 本周枸杞市场行情, not a sentence ending on 价格
_BOX_TITLE_LEAST = 6  # characters: a box's full title, not a subhead's 蔬菜价格
_BOX_NAMES = ("快报", "通报", "速览", "动态", "一览", "行情", "水情", "数据", "价格", "榜")  # 船闸运行快报, 船舶动态: a box of figures
_ANNOUNCES_ROWS = ("如下。", "如下：", "：", ":")  # 各站水位如下。: a story's own rows follow, under its subhead
_POEM_NOTES = ("注", "（", "(", "附", "后记", "创作谈")  # what a poem prints under its verse, its own
_POET_BORN = re.compile(r"\d{4}年(?:生|出生)")  # 李明，1979年生，…: a note on the poet
_POET_BORN_AT = 12  # characters: where a note on the poet says when he was born
_THANK_YOU_TITLE = re.compile(r"(?:感谢|表扬|慰问)信$")
_THANKED_BODY = re.compile(r"^[\u4e00-\u9fff]{2,16}[:：]$")  # 瑞澄化工集团：: whom the letter is written to
_TO_A_BRANCH = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:分公司|支公司|营业部|支行|分行|派出所|卫生院)[:：]$")
# a retiree signing an essay, perhaps from his district (退休职工　石振邦, 新城区退休教师　王秀英)
_RETIREE_SIGNS = re.compile(rf"^(?:[\u4e00-\u9fff]{{1,12}}(?:区|县|市|镇|乡|街道|社区)|{patterns.REGIMENT})?退休(?:职工|教师|干部|工人)"
                            r"\s+[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2}$")
_ADDRESSEE = re.compile(r"^[\u4e00-\u9fff]{1,4}[:：]$")  # 建国：, 小宇：: a family letter names whom it is written to
_LAST_FIELD = re.compile(r"(?:^|\s)[\u4e00-\u9fff]{2,6}[:：][^\s，。；、]+$")  # a box's last field ends its line: 合作方式：合作开发
_BRIEF_LEAD = re.compile(r"^本报讯\s*[（(][^（）()]{2,40}[）)]")
_DATED_BRIEF_LEAD = re.compile(r"^本报\d{1,2}月\d{1,2}日讯\s*[（(][^（）()]{2,40}[）)]")  # 本报10月18日讯（记者　庞小禾）


def _kin_signs(text: str) -> bool:
    """Is the line a family letter's sign-off: who the writer is to the reader, and the name perhaps (爱你的爸爸　邓海川)?
    Bare kin (妈妈) only where the letter's tender words say so (你的妈妈, 爱你的妈妈)."""
    return _KIN_SIGNS.match(text) is not None and ("你的" in text or " " in text)


def _addressed_letter(title: Unit, first: Unit) -> bool:
    """Is this a letter's title (一封安全家书) over the name it is written to, alone on its line (建国：)?"""
    return _LETTER_TITLE.search(title.text) is not None and _ADDRESSEE.match(first.text) is not None


def _thanks_a_branch(units: list[Unit], index: int) -> bool:
    """Is this a branch addressed (恒泰保险清溪支公司：), or anyone under a title naming a thank-you letter (…的感谢信 /
    瑞澄化工集团：), under a title and over prose, a thank-you letter's first line?  Over
    a title, a byline or a lead it kicks a story about the branch (农行上海市分行： / 金融活水精准滴灌科创沃土, 城东派出所：
    / 本报讯…)."""
    text = units[index].text
    thanked = _THANKED_BODY.match(text) and index > 0 and _THANK_YOU_TITLE.search(units[index - 1].text)
    if not (0 < index < len(units) - 1 and (_TO_A_BRANCH.match(text) or thanked)):
        return False
    below = units[index + 1]
    return (headline_like(units[index - 1]) and below.role == "text" and not headline_like(below)
            and patterns.DATELINE.match(below.text) is None)


def _signed_from_village(text: str) -> bool:
    """Is the line a village and a name (茶坪县龙门乡白岩村　刘德顺), as a villager signs a letter?"""
    signs = _VILLAGER_SIGNS.match(text)
    return signs is not None and patterns.is_names_line(signs["name"])


def _text_under_title(units: list[Unit], index: int) -> bool:
    """Is this line what a box prints first under its title, no line of it: who answers (本期答疑：…律师　邓明辉) or
    a book's writer and publisher right under the book's title (《中华文脉十二讲》 / 周文渊　著　华章出版社…; not
    ——读《…》 / …著　…出版社 / □ 汪　洋: a review's deck)?"""
    text = units[index].text
    return (_ANSWERER.match(text) is not None
            or index > 0 and _BOOK_TITLE.match(units[index - 1].text) is not None and _BOOK_IMPRINT.match(text) is not None)


def _signed_by_reader(text: str) -> bool:
    """Is the line a reader's signature, a calling and a name?  Past 读者 the name must read as one (家长 怎么办 is a
    subhead; 读者 区志强 signs though 区 is no common surname)."""
    signs = _READER_SIGNS.match(text)
    return (signs is not None and (text.startswith("读者") or patterns.is_names_line(signs["name"].replace(" ", "")))
            or text.startswith("读者 ") and patterns.dotted_name(text[2:].strip())  # 读者　帕提古丽·沙吾提
            or _signed_from_home(text))


def _data_row(text: str) -> bool:
    """A facts box's row: a label and its figure (轴距：2840毫米), or a label and how much it changed, after the figure
    or not (规上工业增加值　增长7.8%, 进出口总值　86.4亿元　增长13.2%) — a deck may read so alone, never three in a row."""
    return patterns.figure_row(text) or patterns.change_row(text)


def _numbered_line(text: str) -> bool:
    """A figure's numbered caption (图二　樟溪遗址出土的印纹硬陶尊) or a notice's document number (合政人〔2024〕6号):
    never a headline line.  Asked of every line: its first or last character rules most out."""
    return (text[0] == "图" and patterns.NUMBERED_FIGURE.match(text) is not None
            or text[-1] == "号" and patterns.DOCUMENT_NUMBER.match(text) is not None)


def _numbers_the_title(text: str) -> bool:
    """A case's number ((2024)浙0302民初1234号), a document's in brackets (（澄政征〔2025〕7号）) or a notice's issue
    (（2025年第19期）) under a title."""
    return (patterns.CASE_NUMBER.match(text) is not None or patterns.bracketed_document_number(text)
            or _NOTICE_ISSUE.match(text) is not None)


def _signs_the_saying_above(units: list[Unit], index: int) -> bool:
    """Is this line the source of the saying above it (——日本《朝日新闻》网站), or who said it, under a sentence
    (——市摄影家协会主席　周维民)?  Never a heading; under a headline, ——记… is its subtitle."""
    text = units[index].text
    if not text.startswith("——"):
        return False
    return (patterns.SOURCE_SIGNED.match(text) is not None
            or index > 0 and patterns.SAYING_SIGNED.match(text) is not None
            and patterns.ends_sentence(units[index - 1].text) and not headline_like(units[index - 1]))


_COUNTED_TIP = re.compile(r"^[一二三四五六七八九十]{1,2}、")  # 一、进入林区严禁携带火种…: a box's tip counted in words
_PLEA = "求助"  # a family's plea for help, its label


def _numbered_tip(text: str) -> bool:
    return patterns.in_a_circle(text[0])


def _tip(text: str) -> bool:
    return _numbered_tip(text) or _COUNTED_TIP.match(text) is not None


def _quick_turn(text: str) -> bool:
    text = _TURN_NUMBER.sub("", text, count=1)  # 1．问：哪些纳税人需要办理…？: the questions may be numbered
    return patterns.QUESTION.match(text) is not None or patterns.ANSWER_OPENS.match(text) is not None


_TURN_NUMBER = re.compile(r"^\d{1,2}[．.、]\s*(?=问)")


def _hotline_turn(text: str) -> bool:
    """A hotline box's caller (观众来电：…) or the answer to the call (本报答复：…, 回复：…)."""
    return patterns.CALLER.match(text) is not None or _REPLY.match(text) is not None


def _phone_entry(text: str) -> bool:
    return _PHONE_ENTRY.match(text) is not None


def _credited_by_role(text: str) -> bool:
    """Does the text close on a credit naming its people's roles (…。（通讯员 陆　敏）, （记者 赵雅楠 通讯员 韩　冰）), not
    on （完）, （待续）, a jump or a speaker's name in brackets?"""
    credit = patterns.closing_credit(text)
    return credit is not None and bool(credit["credit"]) and _ROLE_NAMED.search(credit["credit"]) is not None


_ROLE_NAMED = re.compile(r"记者|通讯员|实习生")


def _two_part_dotted_title(text: str) -> bool:
    """Is the title two phrases joined by ·, of four characters or more (党纪学习教育·应知应会) or the second naming a box
    of questions (医保·问答, 民法典·每日一问), no name written with one (对话阿依古丽·买买提) nor a section's label
    (访谈·传承人说)?"""
    parts = text.split("·")
    return (len(parts) == 2 and not text.startswith(_INTERVIEW_OPENERS)
            and (min(map(len, parts)) >= _DOTTED_PART or _QUESTIONS_BOX.search(parts[1]) is not None))


def _signed_saying(text: str) -> bool:
    """A quotation whole (“…” and nothing after it: not “…”李明说，“…”) or its ——signature."""
    return text[0] == "“" and text[-1] == "”" and "”" not in text[:-1] or patterns.SAYING_SIGNED.match(text) is not None


def _signed_from_home(text: str) -> bool:
    signs = _READER_AT_HOME.match(text)
    return signs is not None and patterns.is_names_line(signs["name"].replace(" ", ""))


def _signed_by_cultural_house(signature: str) -> bool:
    """Is this a county's library or cultural centre and a writer's name (墨溪县文化馆　白建华), not a listing's venue and
    what it holds (墨溪县图书馆　讲座)?"""
    signer = _DISTRICT_SIGNER.match(signature)
    return signer is not None and signer["house"] is not None and patterns.is_names_line(signer["name"])


def _same_kind(title: str, heading: str) -> bool:
    """Do a box's title and this heading name the same kind before their dot (验方·风寒咳嗽, 验方·脾虚食少), their
    subjects apart?"""
    kind = _DOTTED_KIND.match(title)
    return kind is not None and heading.startswith(kind.group()) and heading != title


def _section_label(text: str) -> tuple[str, bool] | None:
    """The label a section's heading opens on before its colon (两点：…, 第48小时：…), and whether it is an hour."""
    hour = _TIME_LABEL.match(text)
    if hour is not None:
        return hour[1], True
    label = _SECTION_LABEL.match(text)
    return (label[1], False) if label is not None else None


def _closes_notice_text(text: str) -> bool:
    """Can a notice's text end on this line, its issuer and date under it: a sentence's end, its contact line
    (服务热线：0579-85123456, …供电服务热线：95598, …联系人：王警官) or another field (通信地址：桐州市人民大道1号…)?"""
    return (patterns.ends_sentence(text) or patterns.ENDS_ON_PHONE.search(text) is not None
            or _ENDS_ON_CONTACT.search(text) is not None
            or patterns.ENDS_ON_SERVICE_LINE.search(text) is not None or patterns.FIELD_LABEL.match(text) is not None)


@dataclass
class _Story:
    index: int
    paragraphs: list[int] = field(default_factory=list)
    headline_only: bool = True
    has_lead: bool = False
    closed: bool = False
    headlines: list[int] = field(default_factory=list)


def place(units: list[Unit], layout: Layout) -> list[Placement]:
    return _Placer(units, layout).run()


# A notice's title: 更　正, 休刊启事, 温岭日报2025年度征订启事, 致歉声明 (not a commentary on one: 读懂中美联合声明)
_NOTICE_HEAD = re.compile(r"更正|[\u4e00-\u9fff\d]{0,16}(?:启事|更正)|(?:致歉|郑重)?声明")


# 通海县九龙街道零售户　马国强, 出租车司机　王志强: perhaps a place, the writer's trade, the name (not 第一件　修村道, 主治
# 医生　李建华: a letter's part, the staff it thanks)
_TRADER_SIGNS = re.compile(r"^[\u4e00-\u9fff]{0,12}(?:零售户|工商户|个体户|经营户|商户|种植户|养殖户|农户|摊主|店主|司机|快递员)\s+"
                           r"[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2}$")
_SUPPLIED_TEXT = ("供稿", "提供")  # 县农业农村局市场信息站供稿: who supplied a box's text, at its foot
_SUPPLIED = (*_SUPPLIED_TEXT, "供图")
# 县市场监管局价格监测站提供, 县农业农村局市场信息站 (a data office, bare): a body that supplied a box (not 老年人助餐服务由
# 社区免费提供, a headline, nor a notice's issuer over its title)
_SUPPLIED_LINE = re.compile(r"^(?!.*(?:由|免费|全额))[\u4e00-\u9fff]{2,22}(?:(?:局|站|中心|公司|所|院|社|处|队|馆|委|会|台|部|办|厅)(?:供稿|提供)"
                            r"|(?:信息|监测|统计|价格)(?:站|中心))$")


class _Placer:
    def __init__(self, units: list[Unit], layout: Layout):
        self.units = units
        self.layout = layout
        self.wrapped = layout.form == WRAPPED
        self.indents = layout.indents
        self.display = ([False] * len(units) if layout.body_size is None else
                        [unit.role == "text" and layout.display_type(unit.lines[0]) for unit in units])
        self.heads = [(headline_like(unit) or _titles_a_lead(units, k) or self.display[k] or _kicks_a_signed_title(units, k)
                       or _titles_a_marked_writer(units, k)
                       or _dates_a_long_title(units, k)
                       or _reporters_piece_kicker(units, k)
                       or len(unit.lines) == 2 and self._cut_heading(unit))
                      and not self._opens_caption(k) and not self._close_under_text(k)
                      and not (_row_among_rows(units, k) and not self.display[k])  # 河南：… / 天津：… set large: a title
                      and not _schedules_a_day(units, k) and not patterns.forecast_row(unit.text)
                      and not (k and patterns.figure_alone(units[k - 1].text))  # what the figure above counts
                      and not patterns.artwork_caption(unit.text) and not _titles_a_credit(units, k)
                      and not _numbered_line(unit.text) and not _signs_the_saying_above(units, k)
                      and not patterns.closing_note(unit.text)  # 作者单位：…, （作者为…）: a piece's foot, no heading
                      and not _OPENS_ITS_LIST.search(unit.text)  # 经澄溪市人民政府研究决定：: the text opening its list
                      and not (k and _addressed_letter(units[k - 1], unit))  # 一封安全家书 / 建国：: the letter's first line
                      and not (k and _BOX_ISSUER.match(unit.text) and _FIELD_ROW.match(units[k - 1].text))
                      # (a box's last line, under its rows or text: not 市疾控中心3月16日发布 / 春季传染病防控提示 at the
                      # top, a kicker)
                      and not (k and patterns.BOX_ISSUED.match(unit.text)
                               and (patterns.box_row(units[k - 1].text) or len(units[k - 1].text.split()) >= _ROW_ITEMS
                                    or patterns.ends_sentence(units[k - 1].text)))
                      # …桦树茸　65～75元/斤 / (注：以上为…均价。) / 县市场监管局价格监测站提供: who supplied the rows, the
                      # box's last line
                      and not (k and _SUPPLIED_LINE.match(unit.text) and (patterns.box_row(units[k - 1].text)
                                                                         or units[k - 1].text.startswith(patterns.NOTE_LABELS))
                               and not (k + 1 < len(units) and (units[k + 1].role != "text"
                                                                or patterns.DATELINE.match(units[k + 1].text))))
                      and not _thanks_a_branch(units, k)
                      and not _field_under_fields(units, k)  # …特征：敞口，…。 / 现藏：嵩洛市文物考古研究所: the box's last
                      and not _titles_an_entry(units, k)  # 新书速递 / 《澜江口》 / 作者：陈嘉树: a listing's first entry
                      and not _first_event_of_box(units, k)  # …大会日程 / 开幕式 / 时间：…: the programme's first event
                      and not _PHONE_FIELD.match(unit.text)  # 盟医疗保障局咨询电话：0479-8228890: a box's last line
                      and not _rows_under_as_of_note(units, k)  # …积分榜 / （截至第12轮） / 名次　球队…: its text
                      and not _opens_a_couplet(units, k)  # 九月禾黄满山坡， / 姑娘摘禾唱山歌；: a verse, no heading
                      and not (unit.text[-1] in "：:" and k + 1 < len(units) and _opens_a_couplet(units, k + 1))  # 这正是：
                      and not _over_readers_signature(units, k)
                      and not _listed_row(units, k)  # 评委名单 / 县文化馆　王雅琴 / 县图书馆　李　明: a list's rows
                      and not _gloss_among_glosses(units, k)  # 蒙古语小词典 / 嘎查——村 / 苏木——乡: a glossary's entries
                      for k, unit in enumerate(units)]
        self.assigned: list[tuple[int | None, str]] = [(None, "furniture")] * len(units)
        self.stories: list[_Story] = []
        self.interrupted: _Story | None = None  # a story whose text a photo's caption broke off, set after the photo
        self.resumed: _Story | None = None  # that story, taken up again under the photo

    @property
    def story(self) -> _Story | None:
        if self.resumed is not None:
            return self.resumed
        return self.stories[-1] if self.stories else None

    def run(self) -> list[Placement]:
        index = 0
        while index < len(self.units):
            index = self._step(index)
        self._unlabel_briefs()
        blocks = self._blocks()
        return [
            Placement(line.number, article, field_name, line.number if self._own_line(field_name, k) else block)
            for block, unit, (article, field_name) in zip(blocks, self.units, self.assigned)
            for k, line in enumerate(unit.lines)
        ]

    def _unlabel_briefs(self) -> None:
        """A column's label over a series of titled briefs (公司动态 / 东岳重工签下…订单 / … / 泰和食品预制菜项目投产 / …)
        names the column they stand in: furniture, no first brief's kicker (over one piece it kicks it: 新车速递); so does
        a column of what each place did (各地助残)."""
        for story, following in zip(self.stories, self.stories[1:]):
            if not story.paragraphs or len(story.headlines) != 2:
                continue
            label, title = (self.units[k].text for k in story.headlines)
            if ((patterns.briefs_label(label) or _PLACES_LABEL.match(label) and not self._opens_on_dateline(following))
                    and not title.startswith("——")
                    and len(story.paragraphs) <= _BRIEF_PARAGRAPHS and len(following.headlines) == 1
                    and 0 < len(following.paragraphs) <= _BRIEF_PARAGRAPHS
                    and following.headlines[0] == self._next(story.paragraphs[-1] + 1)):
                self.assigned[story.headlines.pop(0)] = (None, "furniture")

    def _cut_heading(self, unit: Unit) -> bool:
        """Among fragments, a unit of two lines (the caller counts them) that the paragraphs stage
        joined as one cut text and that would read as a heading (“要坚持健康第 / 一的教育理念”):
        a subhead cut by a column, or a headline's two lines."""
        return self.layout.form == FRAGMENTS and headline_like(replace(unit, lines=unit.lines[:1]))

    def _own_line(self, field_name: str, position: int) -> bool:
        """Does the line at `position` in its unit make a line of its own?  A headline's lines
        among fragments do; a subhead cut by a column stays one paragraph."""
        return field_name == "headline" and position > 0 and self.layout.form == FRAGMENTS

    def _blocks(self) -> list[int]:
        """Each unit's block (the number of its first line): its own, but a headline's pieces on one
        printed row make one headline line.

        A reader cuts a row of display type at a wide space (繁荣乡村文化  文明新风扑面);
        the text path keeps such a space inside its line.
        """
        blocks = [unit.lines[0].number for unit in self.units]
        for story in self.stories:
            for position, index in enumerate(story.headlines):
                for earlier in story.headlines[:position]:
                    if _same_row(self.units[earlier].lines[-1], self.units[index].lines[0]):
                        blocks[index] = blocks[earlier]
                        break
        return blocks

    def _new_story(self) -> _Story:
        self.resumed = self.interrupted = None
        self.stories.append(_Story(index=len(self.stories)))
        return self.stories[-1]

    def _assign(self, index: int, story: _Story, field_name: str) -> None:
        self.assigned[index] = (story.index, field_name)
        if field_name == "paragraph":
            story.paragraphs.append(index)
        if field_name == "headline":
            story.headlines.append(index)
        if field_name != "headline":
            story.headline_only = False

    def _open_story(self) -> _Story:
        story = self.story
        return self._new_story() if story is None or story.closed else story

    def _step(self, index: int) -> int:
        unit = self.units[index]
        role = unit.role
        if role == "furniture":
            return index + 1
        if role == "jump":
            return self._jump(index)
        if role == "credit":
            return self._credit(index)
        if unit.text in _SALUTE and index > 0 and self.units[index - 1].text == "此致":
            return self._paragraph(index)  # 此致 / 敬礼！: the letter's closing words, however like a headline the salute
        if self._points_from_photo(index):
            self._assign(index, self.story, "paragraph")  # （相关报道见第四版） under a photo's credit: the photo's
            return index + 1
        if self._opens_caption(index):
            return self._caption(index)
        if self._work_between_stories(index):
            story = self._new_story()
            self._assign(index, story, "paragraph")
            self._make_photo(story)  # a work of art printed between two stories, its caption with no credit or its own
            following = self._next(index + 1)
            if following < len(self.units) and self.units[following].role == "credit":
                self._assign(following, story, "byline")
                return following + 1
            return index + 1
        if self._signs_poem_at_foot(index):
            self._assign(index, self.story, "byline")
            self.story.closed = True
            return index + 1
        if role == "byline" and self._guided_by(index):
            self._assign(index, self.story, "byline")
            self.story.closed = True  # the teacher's line closes the pupil's essay: a heading below is the next one's
            return index + 1
        if ((role == "byline" or self.heads[index] and self._names_alone(index)) and self._signs_at_foot(index)
                and not self._signs_notice(index)):  # 沅澧审计报编辑部 / 2025年6月10日: a notice's issuer, its text
            # a letter prints its writer's signature as its last line (编辑同志：… / 机修车间　孙大海)
            # (□　王德明, marked, is a writer's: the piece quoted a letter)
            letter = self._letter(self.story) and self.units[index].text[0] not in patterns.AUTHOR_MARKS
            # (and a box of rows the line naming who supplied it: …采集时间：12月17日 / 县农业农村局市场信息站供稿, under its
            # rows or their note; a story's source under its last sentence is its byline: …。 / 国际合作部供稿)
            supplied = (self.units[index].text.endswith(_SUPPLIED_TEXT)
                        and (not patterns.ends_sentence(self.units[index - 1].text) or self._spaced_rows(self.story)))
            self._assign(index, self.story, "paragraph" if letter or supplied else "byline")
            self.story.closed = True
            return index + 1
        if role == "byline" and self._cosigns_at_foot(index):
            self._assign(index, self.story, "byline")
            return index + 1
        if (role == "byline" and self._folk_song_credit(index) and self.story is not None and not self.story.closed
                and self.assigned[index - 1] == (self.story.index, "paragraph")):
            sung_by = self._sung_by(self.story)
            if self._prose_in(self.story) or self._signed(self.story) and not sung_by:
                return self._paragraph(index)  # a feature's quoted song, its singer named under it: the feature's text
            if sung_by:
                self._assign(index, self.story, "byline")  # 演唱：呼延秀英 / … / 搜集整理：高俊峰: its collector, at its foot
                self.story.closed = self._heading_below(index)  # (a title under it is the next song's)
                return index + 1
        if role == "byline" or self._signs_under_headline(index) or self._speaks_under_headline(index):
            story = self.story
            if story is None or story.closed or not (story.headline_only or self._under_subhead(index)
                                                     or self._under_decks(story) or self._under_lead_in(story)
                                                     or self._under_standfirst(story, index)
                                                     or self.assigned[index - 1] == (story.index, "byline")):
                story = self._new_story()
            self._assign(index, story, "byline")
            return index + 1
        if self._signs_notice(index):
            following = self._paragraph(index)
            self.story.closed = self.story.closed or bool(patterns.NOTICE_DATE.match(self.units[index].text.strip()))
            return following
        if self._paper_signs_its_notice(index):
            following = self._paragraph(index)
            self.story.closed = True  # 更　正 / …特此更正。 / 本报编辑部: the notice's issuer, its last line, no date under it
            return following
        if self.heads[index] and self._signs_the_tips(index):
            following = self._paragraph(index)
            self.story.closed = True  # ①… / ③… / 淮州车务段 / 职工心声: the box's issuer closes it
            return following
        if self.heads[index] and self._signs_the_story(index):
            # a signature set as a line of its own closes the piece: a heading below is another's.  A letter prints
            # it as its last line (广东深圳市 梁修明, 编辑同志：… / 山西榆次县 王 贵), and an office's reply its name
            # (厂行政科); a local paper's essay is signed by the writer's district (西湖区　蒋桂芳) or home (王秀兰（翠苑社区
            # 居民）), a soldier's by unit and rank (第80集团军某旅四级军士长　周建军): its byline
            signature = self.units[index].text.strip()
            district = _DISTRICT_SIGNER.match(signature)
            # (not 百强县　再进位: a subhead's two phrases; nor 静川县　王德厚 over 答：…: who asked the question answered)
            essay = (district and patterns.is_names_line(district["name"]) or self._city_signs(signature)
                     or _signed_by_reader(signature)
                     or patterns.placed_minority_writer(signature) or patterns.village_dai_writer(signature)
                     or patterns.regiment_signer(signature, signing=True)
                     or patterns.noted_writer(signature) or patterns.placed_noted_writer(signature)
                     or signature[:2] != "——" and patterns.RANK_SIGNER.match(signature)
                     or _RETIREE_SIGNS.match(signature) and self._retiree_signs(self.story)) and not (
                self._letter(self.story) or self._answered(index))
            following = self._sign(index) if essay else self._paragraph(index)
            # ——…列兵　沈浩然: one item's of a box of signed sayings, unless a heading follows
            below = self._next(index + 1)
            # …沈桂英 / 沈阿婆：…: a letter answered below its signature goes on into the answer
            self.story.closed = (signature[:2] != "——" and not (self._letter(self.story) and self._answered(index))
                                 or below < len(self.units) and self.heads[below])
            return following
        if self._dates_the_letter(index):
            self.story.closed = False  # its signature closed it
            following = self._paragraph(index)
            self.story.closed = True  # …旅客　孙海燕 / 7月24日 / “问不倒”的引导员: the day it was written closes the letter
            return following
        if self._pen_name_at_foot(index) or self._calling_at_foot(index) or self._house_signs_at_foot(index):
            # 本报讯（记者…）… / …主任医师　王　明: the expert the reporters asked, named at the foot, no writer
            following = self._paragraph(index) if self._lead_signers(self.story) else self._sign(index)
            # …休止符。 / 晓　言 / ■简讯: the commentary's pen name closes it; …多一分踏实。 / …村级管水员　雷春生 / 政策问答:
            # so does the writer's calling and name under a column's piece
            self.story.closed = True
            return following
        if self.heads[index] and self._comments_the_essay(index):
            self.story.closed = False  # 指导老师：林晓燕 / 老师点评 / 小作者…: the teacher's comment, the essay's last part
            return self._paragraph(index)
        if self.heads[index] and self._box_under_foot_credit(index):
            self.story.closed = False  # 小贴士 under （通讯员 韩 冬）: the story's box, after its foot credit
            return self._paragraph(index)
        if self._passage_under_roll(index):
            self._assign(index, self.story, "headline")  # …任免名单 / （2023年12月29日…会议通过）: the roll's subtitle
            return index + 1
        if self.heads[index] and (self._numbers_a_part(index) or self._labels_the_body(index) or self._notes_the_essay(index)
                                  or self._field_of_profile(index) or self._asks_over_signature(index)
                                  or self._signs_a_quotation(index) or self._notes_of_unsigned_story(index)
                                  or self._body_type_under_headline(index)
                                  or self._verse_under_intro(index) or self._verse_of_poem(index)
                                  or self._verse_under_form(index)):
            return self._paragraph(index)
        if self.heads[index]:
            end = self._headline_run(index)
            if self._resumes_after_photo(index, end):
                return self._paragraph(index)  # …旁听。 / 通讯员　沈　阳　摄 / “特效保健品”成本不足百元: the story's next section
            story = self.story
            if (story is not None and not story.closed and story.headline_only
                    and (self._first_entry(story.headlines[0], index) or _text_under_title(self.units, index)
                         or _heads_table(self.units, index))):
                return self._paragraph(index)  # 代表委员说 / ■王建明（全国人大代表…）: the box's first entry; …排名 / 排名　区县…
            if story is not None and not story.closed and (story.headline_only or self._rest_of_headline(index, end)
                                                           or self._under_lead_in(story) and not story.headlines):
                for position in range(index, end):
                    self._assign(position, story, "headline")
                return end
            if self._starts_story(index, end):
                story = self._new_story()
                end = next((position for position in range(index + 1, end) if self._first_entry(index, position)), end)
                for position in range(index, end):
                    self._assign(position, story, "headline")
                return end
        return self._paragraph(index)

    def _signs_at_foot(self, index: int) -> bool:
        """A byline line under the last sentence of a story not yet signed, with a headline, a work's caption or the
        page's end below it, signs that story at its foot (经济日报, 人民日报: …主要指标延续增长态势。 / 本报记者 韩 鑫):
        a story of its own would have its text below its byline; so does the editors' afterword (编后) under it."""
        story = self.story
        following = self._past_cosigners(index)  # …医院　张　伟 / …疾病预防控制中心　李　娜: writers sign it together
        # (a song signed under its title by its words' writer, 庄文山　词, is signed at its foot by its singer too; a story
        # quoting a song, its prose round it, is not signed by the singer)
        return (story is not None and not story.closed and bool(story.paragraphs)
                and (not self._signed(story) or self._folk_song_credit(index) and self._signed_by_lyricist(story))
                and not (self._folk_song_credit(index) and self._prose_in(story))
                and self.assigned[index - 1] == (story.index, "paragraph")
                # (who supplied a box signs under its last row: …采集时间：12月17日 / 县农业农村局市场信息站供稿)
                and (patterns.ends_sentence(self.units[index - 1].text) or self.units[index].text.endswith(_SUPPLIED))
                and (following == len(self.units) or self.heads[following] or self._dated_photo_follows(following)
                     or self._work_caption_at(following) or _EDITORS_OPEN.match(self.units[following].text) is not None
                     # (…往里添柴。 / 杨光明 / 岜旺村银匠…银饰。　石　磊　摄: an untitled photo under the signed piece)
                     or patterns.ENDS_ON_PHOTO_CREDIT.search(self.units[following].text) is not None))

    def _cosigns_at_foot(self, index: int) -> bool:
        """A second writer's unit and name under the one that signed the story at its foot (…医院　张　伟 / …疾病预防控制
        中心　李　娜), with a heading or the page's end below: both sign it."""
        story, following = self.story, self._past_cosigners(index)
        return (story is not None and index > 0 and self.assigned[index - 1] == (story.index, "byline")
                and (self._unit_credits(index) and self._unit_credits(index - 1)
                     or self._folk_song_credit(index) and self._folk_song_credit(index - 1))
                and (following == len(self.units) or self.heads[following]))

    def _past_cosigners(self, index: int) -> int:
        """The first unit under this one and the units' credits a line each that follow it, where it is one, or the
        teacher's line under a pupil's."""
        following = self._next(index + 1)
        if self._unit_credits(index) or self._folk_song_credit(index):  # 演唱：蓝秀英 / 记录整理：雷建华: who sang, who wrote down
            credits = self._unit_credits if self._unit_credits(index) else self._folk_song_credit
            while following < len(self.units) and credits(following):
                following = self._next(following + 1)
        elif (patterns.pupil_line(self.units[index].text) and following < len(self.units)
              and patterns.TEACHER_LINE.match(self.units[following].text)):
            following = self._next(following + 1)  # 初二（3）班　林　悦 / 指导老师　周　敏: the pupil's teacher signs too
        return following

    def _unit_credits(self, index: int) -> bool:
        return self.units[index].role == "byline" and patterns.UNIT_CREDIT.match(self.units[index].text) is not None

    def _folk_song_credit(self, index: int) -> bool:
        return folk_song_credit(self.units[index])

    def _work_caption_at(self, index: int) -> bool:
        """Does a work of art's caption (书法　行书　王维《山居秋暝》句　覃怀谷) stand here, on one line or printed over
        several (the space at a line's end, before the artist's name, is lost there)?"""
        unit = self.units[index] if index < len(self.units) else None
        return (unit is not None and unit.role == "text" and len(unit.text) <= patterns.CAPTION_MAX
                and patterns.labelled_work(" ".join(line.text for line in unit.lines)))

    def _work_between_stories(self, index: int) -> bool:
        """Is this a work of art's caption (…周砚秋 68cm×45cm, 清　端石松鹤纹砚　长19.6厘米　宽13.2厘米) with a headline or its
        photo's credit under it, set after a story's end?
        Inside an essay about the artist, the captions of its works are the essay's text; one labelled with its art
        (篆刻　“清风徐来”　吴印石) captions a work set on a 副刊 page between pieces, a poem's last verse above it."""
        text, following = self.units[index].text, self._next(index + 1)
        return (patterns.artwork_caption(text) and index > 0
                and (patterns.ends_sentence(self.units[index - 1].text) or self.units[index - 1].role == "credit"
                     or patterns.labelled_work(text))
                and (following == len(self.units) or self.heads[following] or self.units[following].role == "credit"
                     or patterns.labelled_work(self.units[following].text)))

    def _box_under_foot_credit(self, index: int) -> bool:
        """Is this a box's label that belongs to the story above it (小贴士, 链接, 背景), right under the foot credit that
        closed the story?  Over a title of its own (小贴士 / 自制防暑绿豆汤) it heads a page item."""
        story, following = self.story, index + 1
        return (story is not None and story.closed and self.assigned[index - 1] == (story.index, "paragraph")
                and patterns.BOX_LABEL.match(self.units[index].text) is not None
                and not patterns.own_block(self.units[index].text)  # 数读: a figures box, a page item of its own
                and not (following < len(self.units) and self.heads[following])
                and patterns.ends_on_credit(self.units[index - 1].text)
                and not self._signed_briefs(story)  # ●民生简讯 / ●…（记者 X） / 温馨提示: a box of its own after the briefs
                and (not _TERMS_BOX.match(self.units[index].text) or self._on_topic(following, story)))
        # 名词解释 / 【“四议两公开”】…: the terms of another story on the page (a story's own 温馨提示 or 警方提醒 is worded
        # apart from it: advice, not its subject)

    def _comments_the_essay(self, index: int) -> bool:
        """Is this the label of a teacher's comment (老师点评, 【老师点评】) right under the line that signed a pupil's essay?"""
        story = self.story
        return (story is not None and story.closed and self.assigned[index - 1] == (story.index, "byline")
                and _COMMENT_LABEL.match(self.units[index].text) is not None)

    def _guided_by(self, index: int) -> bool:
        """Is this the line of the teacher who guided a pupil's essay (指导老师 周丽君), under the essay's text or the pupil's
        line that signed it?"""
        story = self.story
        return (story is not None and patterns.TEACHER_LINE.match(self.units[index].text) is not None
                and (not story.closed and self.assigned[index - 1] == (story.index, "paragraph")
                     or self.assigned[index - 1] == (story.index, "byline") and patterns.pupil_line(self.units[index - 1].text)))

    def _points_from_photo(self, index: int) -> bool:
        story, text = self.story, self.units[index].text
        return (story is not None and index > 0 and self.assigned[index - 1] == (story.index, "credit")
                and patterns.points_elsewhere(text))

    def _names_alone(self, index: int) -> bool:
        """A line of writers' names alone, no role before them (李 拯, 何思远, ◎ 郑晓梅, a pen name: □ 老 万), or the
        paper's commentator or editors (本报评论员, 本报编辑部), under a story with no dateline: a commentary's
        signature.  A news story names its writers in its lead."""
        text, story = self.units[index].text.strip(), self.story
        names = text.lstrip(patterns.AUTHOR_MARKS).lstrip()  # ◎ 郑晓梅: a 副刊 marks its writer
        return (story is not None and not story.has_lead
                and (len(text) <= _SIGNATURE and (patterns.is_names_line(names) or names != text)
                     and patterns.is_author_line(text)
                     or patterns.signs_for_the_paper(text) and not self._issues_notice(story)))

    def _paper_signs_its_notice(self, index: int) -> bool:
        """Is this the paper's desk (本报编辑部) signing the notice it issues, a heading or the page's end under it, no date?"""
        story = self.story
        if not (story is not None and not story.closed and patterns.signs_for_the_paper(self.units[index].text.strip())
                and self.assigned[index - 1] == (story.index, "paragraph") and self._issues_notice(story)):
            return False
        below = self.units[index + 1].text.strip() if index + 1 < len(self.units) else ""
        return not below or self.heads[index + 1] and not patterns.NOTICE_DATE.match(below)

    def _issues_notice(self, story: _Story) -> bool:
        """Is the story a notice the paper issues (更　正 / …特此更正，并向读者致歉。 / 本报编辑部)?  Its issuer's line
        is its last paragraph, as any notice's is, not a writer's signature."""
        head = self.units[story.headlines[0]].text.replace(" ", "").replace("\u3000", "") if story.headlines else ""
        return _NOTICE_HEAD.fullmatch(head) is not None

    def _under_lead_in(self, story: _Story) -> bool:
        """Does the story hold only its lead-in (编者按：…) so far, the byline coming under it?"""
        return len(story.paragraphs) == 1 and patterns.LEAD_IN.match(self.units[story.paragraphs[0]].text) is not None

    def _signs_under_headline(self, index: int) -> bool:
        """An author line between a headline and the text (让数据多跑路群众少跑腿 / 王晓东 / 近年来，…):
        the byline, as opinion pages sign a piece, not the headline's last line."""
        return index > 0 and self.assigned[index - 1][1] == "headline" and self._author_over_text(index)

    def _speaks_under_headline(self, index: int) -> bool:
        """The speaker's office and name right under a speech's headline (中华人民共和国国务院总理 李 强): its
        author.  Under a subhead inside a story (发言摘编) it stays the text's, as the story printed it."""
        return index > 0 and self.assigned[index - 1][1] == "headline" and self._speaker_line(index)

    def _speaker_line(self, index: int) -> bool:
        text = self.units[index].text
        return " " in text and len(text) <= _SPEAKER and patterns.SPEAKER_LINE.match(text) is not None

    def _author_over_text(self, index: int) -> bool:
        """An author's line over the text it signs, prose or a poem's first line (◎ 江 南 / 第一缕阳光); not a
        name the text then opens on, a sidebar's subject (人物小传 / 郑成功 / 郑成功（1624—1662），本名森…), nor a book's
        author over its other fields in a box of books (《县域治理的逻辑》 / 作者：赵明远 / 出版社：…)."""
        following = index + 1
        text = self.units[index].text
        return (self.units[index].role == "text" and len(self.units[index].lines) == 1
                and (patterns.is_author_line(text) or self._pen_name_under_subtitle(index)
                     or self._dotted_name_under_title(index) or self._expert_signs(index)
                     or self._calling_under_own_title(index) or self._place_signs_under_title(index)
                     or self._ethnic_poet_under_title(index) or self._dai_poet_under_title(index))
                and following < len(self.units)
                and self.units[following].role == "text"
                and (not self.heads[following] or len(self.units[following].text) <= _VERSE_LINE
                     or self._verses_from(following) >= _POEM_VERSES)
                and not self.units[following].text.startswith(text.strip())
                and _BOOK_FIELD.match(self.units[following].text) is None
                # (马头琴 / 斯　琴 / 两根弦: a poem's title like a name, over its poet's padded name, or over his name
                # under a set's kicker: 年味二题 / 毛豆腐 / 吴小川)
                and not (" " not in text and patterns.is_names_line(self.units[following].text)
                         and (patterns.PADDED_NAME.match(self.units[following].text) is not None
                              or index > 0 and _POETRY_KICKER.match(self.units[index - 1].text) is not None)))

    def _ethnic_poet_under_title(self, index: int) -> bool:
        """Is this a poet and his people (嘎玛丹增尼玛（藏族）) under a title, verses under him?  Not a list of such names
        (受表彰个人名单 / 马德明（回族） / 韦秀兰（壮族）), nor a prize's winners (一等奖 / 覃美玲（壮族）)."""
        return (index > 0 and patterns.ethnic_poet(self.units[index].text) and _titles_the_poet(self.units, index)
                and all(k < len(self.units) and self.units[k].role == "text" and len(self.units[k].text) <= _FREE_VERSE_LINE + 1
                        for k in range(index + 1, index + 1 + _POEM_VERSES)))  # (a classical verse ends on its stop)

    def _essay_over_dai_writer(self, index: int, story: _Story) -> bool:
        """Where the minority writer's name is a Dai one (曼喃镇中心小学　玉香), does it close an essay: three paragraphs or
        more, the last no one's quoted words, no such line under it?  A unit's Dai name closes a list (优秀班主任名单 /
        … / 勐远乡中学　岩温) or a speaker's words as often (a Mongol or Tibetan name after a place signs, as before)."""
        signature = self.units[index].text
        if patterns.minority_name(patterns.placed_minority_writer(signature)):
            return True
        below = self._next(index + 1)
        return (len(story.paragraphs) >= _ESSAY_PARAGRAPHS and self.units[index - 1].text[0] != "“"
                and not (below < len(self.units) and patterns.placed_minority_writer(self.units[below].text)))

    def _opens_on_dateline(self, story: _Story) -> bool:
        """Does the story's text open on a dateline (本报讯…, 新华社…电): the paper's own news, no column's brief?"""
        return bool(story.paragraphs) and patterns.DATELINE.match(self.units[story.paragraphs[0]].text) is not None

    def _dai_poet_under_title(self, index: int) -> bool:
        """Is this a Dai poet's name, padded (岩　应), under a title, verses under him (南朗河（外一首） / 岩　应 / 南朗河从山里走来)?
        Not a word padded as a short title is (依　恋, 岩　羊), nor a name of a list (一等奖 / 岩　温 / 二等奖 / 玉　香)."""
        text = self.units[index].text
        verses = range(index + 1, index + 1 + _POEM_VERSES)
        return (index > 0 and patterns.PADDED_DAI_NAME.match(text) is not None and self.heads[index - 1]
                and text.replace(" ", "") not in words()
                and all(k < len(self.units) and self.units[k].role == "text" and _verse_like(self.units[k].text)
                        and not patterns.is_names_line(self.units[k].text)
                        and patterns.PADDED_DAI_NAME.match(self.units[k].text) is None for k in verses))

    def _place_signs_under_title(self, index: int) -> bool:
        """A writer's county or town and name right under a title (外婆的柑橘园 / 沔南县　刘玉芬), as county and local
        papers sign their readers' essays (not a place within a wider one: 河北省石家庄市　郭雪营, 重庆市北碚区　苏鸿儒
        sign a section of the readers' forum above, 大家谈, under its section's title)."""
        signer = patterns.PLACE_SIGNER.match(self.units[index].text) if index > 0 and self.heads[index - 1] else None
        if signer is None:
            return False
        unit, who = signer.string[:signer.start("names")].rstrip(), signer["names"]
        place = _CULTURAL_HOUSE_END.sub("", unit)
        below = self.units[index + 1].text if index + 1 < len(self.units) else ""
        return ((place[-1] in _LOCAL_PLACE_ENDS and not _WIDER_PLACE.search(place)
                 # 山河之间的烟火 / ——读散文集《六盘山下》 / 市图书馆　马丽娟: the city's own library or museum signs a review
                 # (under another title its man may be whom the piece is about: 市档案馆　刘建华 / 记者：…)
                 or place != unit and place.endswith("市") and _WIDER_PLACE.search(place[:-1]) is None
                 and patterns.REVIEW_SUBTITLE.match(self.units[index - 1].text) is not None)
                and (len(who) >= _FULL_NAME or " " in who)  # not 城关县　金秋: a name of two characters is padded
                and not who.endswith(_HONORIFICS)  # nor 鹿城区　陈女士, a passer-by asked
                # nor a venue and its show over the show's fields (县图书馆　童书展 / 时间：…), nor a list's first row (评委名单
                # / 县文化馆　王雅琴 / 县图书馆　李　明)
                and patterns.FIELD_LABEL.match(below) is None and who[-1] not in _SHOW_ENDS  # 区文化馆　黄梅戏
                and not any(patterns.PLACE_SIGNER.match(self.units[k].text) for k in (index - 1, index + 1) if k < len(self.units))
                and not _listed_row(self.units, index))

    def _expert_signs(self, index: int) -> bool:
        """A forecaster's or a doctor's post and name right under a title (…气象台首席预报员　蔡志强), over prose: the
        column's writer; not under a card's or a notice's title (名医名片, 专家门诊预告), nor over what he is good at or
        when he sees patients (擅长…, 坐诊时间：…), nor over a reporter's questions (记者：…): then he is whom the box
        tells of, or whom it asks."""
        if index == 0 or not self.heads[index - 1] or not patterns.EXPERT_SIGNER.match(self.units[index].text):
            return False
        below = self.units[index + 1].text if index + 1 < len(self.units) else ""
        return (not self.units[index - 1].text.endswith(_CARD_TITLES) and not below.startswith(("擅长", *_REPORTER_ASKS))
                and patterns.FIELD_LABEL.match(below) is None)

    def _calling_under_own_title(self, index: int) -> bool:
        """Where the writer works, his post and name (松阳纺织厂细纱车间主任　高玉珍) right under a title telling how he
        did it (我们是怎样开展班组经济核算的), or one under a kicker naming such a piece (经验介绍): the piece's writer, not
        whom a profile is about (我身边的好党员)."""
        if index == 0 or not self.heads[index - 1] or not patterns.CALLING_SIGNER.match(self.units[index].text):
            return False
        title, kicker = self.units[index - 1].text, self.units[index - 2].text if index >= 2 else ""
        return title.startswith(_HOW_WE_DID) or self.heads[index - 2] and _OWN_ACCOUNT.search(kicker) is not None

    def _dotted_name_under_title(self, index: int) -> bool:
        """A name written with · right under a title naming a set of poems (棉花地里的月亮（外一首） / 吐尔洪·沙吾提): its
        writer, as over a poem's verse (红枣熟了 / 古丽米拉·艾则孜 / 秋风一吹); under another title it may be the place a
        piece tells of (瑞士·因特拉肯), or the one a profile is about."""
        text = self.units[index].text.strip()
        return (index > 0 and self.heads[index - 1] and patterns.dotted_name(text)
                and (patterns.POEM_SET.search(self.units[index - 1].text) is not None
                     or _titles_the_poet(self.units, index) and self._verses_from(index + 1) >= _POEM_VERSES
                     and not patterns.dotted_place(text)  # (西域行吟 / 吐鲁番·葡萄沟 / 李　娜: the poem's title)
                     and not any(_FIELD_OPENS.match(self.units[k].text) for k in range(index + 1, index + 1 + _POEM_VERSES))
                     and self._unsigned_at_foot(index - 1)))  # (致敬 / 拉齐尼·巴依卡 / … / 李　娜: a verse)

    def _unsigned_at_foot(self, title: int) -> bool:
        """Does no author line close the verse under this title, but perhaps the next poem's, under its own title
        (雪落敖包山 / 阿·哈斯巴根 / … / 短诗二首 / 马头琴 / 斯　琴 / 两根弦)?"""
        foot = self._poem_signed_at_foot(title)
        return foot is None or (foot >= 2 and _POETRY_KICKER.match(self.units[foot - 2].text) is not None
                                and self._signed_title(foot - 1) and self._verses_from(foot + 1) >= _POEM_VERSES)

    def _pen_name_under_subtitle(self, index: int) -> bool:
        """A name of two characters padded apart right under a ——subtitle (——读《潜川古桥》 / 檀　溪) or a commentary's
        title (短评 / 让老手艺织出新“钱景” / 椰　石) or a poem's title over its verse (木鼓声声 / 尼　拉 / 木鼓响了): the
        writer, however rare the surname (a pen name, a 佤 name), unless the two make a word."""
        text = self.units[index].text
        return (index > 0 and patterns.PADDED_NAME.match(text) is not None
                and text[::2] not in words() and text[::2] not in _SPACED_LABELS
                and (self.units[index - 1].text.startswith("——")
                     or index > 1 and _COMMENTARY_KICKER.match(self.units[index - 2].text.strip()) is not None
                     # (草原小唱（组诗） / 归　牧: the set's first poem's title)
                     or _titles_the_poet(self.units, index) and not _poem_set(self.units[index - 1].text)
                     and self._verses_from(index + 1) >= _POEM_VERSES
                     and not patterns.is_author_line(self.units[index + 1].text)  # (秋　思 / 李　娜: its title)
                     and not _padded_among_verses(self.units, index + 1)))  # (立　春 / … / 谷　雨 / …: its parts' heads)

    def _verse_of_poem(self, index: int) -> bool:
        """A short line under a signed title, where all the text so far is such lines: a poem's verse
        (石塘的早晨 / ◎ 江 南 / 第一缕阳光 / 落在曙光碑上), not headlines, unless a byline or a dateline
        under it says it heads the next piece."""
        story, text = self.story, self.units[index].text
        if (story is None or story.closed or not story.headlines or patterns.names_poem_form(text)  # 七绝·江村晚眺: the next poem
                or patterns.POEM_SET.search(text)  # 职工诗文 / 戈壁岩芯（外一首）: the set's title under its column's
                or _SONG_NOTE.search(text)  # 采茶调（彝族民歌）: a folk song's title
                or patterns.BRIEFS_LABEL.match(text)  # 文艺短波: the label of the briefs under the poem
                or not (self._signed(story) or self._poem_signed_at_foot(story.headlines[0]) is not None)
                or len(text) > _FREE_VERSE_LINE or self.assigned[index - 1][0] != story.index
                or not all(_verse_like(self.units[k].text) for k in story.paragraphs)
                or any(self.units[k].text.startswith(patterns.SOURCE_LABELS) for k in story.paragraphs)
                or story.paragraphs and self.assigned[index - 1] == (story.index, "byline")):
            # (a box's rows over its source: 宝峰县　6.9　↓ / 数据来源：…统计局, short lines but no poem; a poem signed at
            # its foot ends there: …掌心里升起一个新的早晨 / 峡江机床厂装配车间　龚德明 / 工会小知识 heads a box)
            return False
        after = self._next(index + 1)
        if after == len(self.units):
            return True
        following = self.units[after]
        # signed under its title (夜航 / 孙晓光 / …), a poem is not signed again at its foot: a name down its verse is
        # the next poem's (雪落港城 / 杨　柯)
        foot = None if self._signed(story) else self._poem_signed_at_foot(story.headlines[0])
        if foot == after:
            return True  # the poem's last verse, over its author
        if (following.role == "text" and _SPACED_PART_TITLE.match(following.text)
                and (following.text.replace(" ", "") in words()  # (麦　苗, not 李　明: the next poem's writer)
                     or not patterns.is_names_line(following.text.replace(" ", "")))
                and any(_poem_set(self.units[k].text) for k in story.headlines)
                and any(_SPACED_PART_TITLE.match(self.units[k].text) for k in story.paragraphs)):
            return True  # 秋日诗笺（二首） / □方　远 / 稻　草　人 / … / 谁也不知道的秘密 / 晒　秋: the set's next part, spaced as its first
        if "，" in text and following.role == "text" and self.heads[after] and self._lead_under_heading(after):
            return True  # …雨落在瓦上 / 走过的人，都成了亲戚 / 2024年…启动 / 本报讯…: the last verse, a clause in it, over the next
            # story's title and lead
        # a title has prose, a byline or a marked or padded author's line under it (姚江谣 / 孙 悦); 柳色新 may be verse
        return not (following.role in ("byline", "jump") or not _verse_like(following.text)
                    or not story.paragraphs and self._titles_stopped_verses(index, after)
                    or following.lines[0].indent and not any(self.units[k].lines[0].indent for k in story.paragraphs)
                    or self._signs_the_next(after) or patterns.own_block(text)
                    or _POETRY_KICKER.match(text) and self._first_poem_titled(after)  # 垦区短笛 / 滴灌带 / 李　娜: a column's
                    or foot is None and (self._heads_signed_piece(index) or self._signs_next_poem(story, index, after)
                                         or self._over_title_and_byline(after)))

    def _titles_stopped_verses(self, index: int, after: int) -> bool:
        """Is this unstopped line over verses each stopped (冬日课堂 / 白发同窗又一年， / 墨香琴韵满窗前。 / …): a classical
        poem's title under its column's label, not its first verse?"""
        verses = [after]
        while len(verses) < _POEM_VERSES and verses[-1] + 1 < len(self.units):
            verses.append(self._next(verses[-1] + 1))
        return (self.units[index].text[-1] not in _VERSE_STOPS and len(verses) == _POEM_VERSES
                and all(k < len(self.units) and self.units[k].text[-1] in _VERSE_STOPS for k in verses))

    def _over_title_and_byline(self, after: int) -> bool:
        """Under a poem signed under its title, is the line below this one a short title with a song's credit under it
        (二人转小帽 / 猫冬乐 / 演唱：关德奎（满族）)?  This line kicks the next piece."""
        below = self._next(after + 1)
        return (below < len(self.units) and self._folk_song_credit(below)  # (a song's, not 外婆的清明粑 / □ 吴　桐: a verse's)
                and len(self.units[after].text) <= _SHORT_POEM_TITLE * 2 and headline_like(self.units[after]))

    def _signs_next_poem(self, story: _Story, index: int, after: int) -> bool:
        """Under a poem signed under its title, some verses down, is this line a short title (渡口, 当归) over the next
        poem's author, bare or padded (陈默然, 马　骏)?  In a set of poems (泖河谣（外一首）) the second needs no author
        (石库门 / 黑漆门上的铜环): only a common surname's name over a poem's worth of verse signs another poet's (海边小诗
        （二首） / 补网 / 吴潮生 / … / 晒咸鱼 / 杨小蔓 / …); nor is a verse over a verse like a name (弯弯曲曲 / 向远方)."""
        name, title = self.units[after].text, self.units[index].text
        in_set = any(patterns.POEM_SET.search(self.units[k].text) for k in story.headlines)
        # (in a set whose first poem its poet signed under its title, any surname's: 新春短章（二首） / 擂茶 / 李　溪 / … /
        # 祠堂灯 / 廖小禾)
        named_over_verse = ((name[0] in patterns.COMMON_SURNAMES or patterns.dotted_name(name)  # (古丽米拉·艾则孜)
                             or in_set and self._signed(story) and patterns.bare_name(name)
                             and name not in words() and (name[1:] not in words() or name[1] in "小晓")
                             and not _VERSE_VERBS.intersection(name[1:]))  # (not 向远方, 路弯弯, 牛吃草, 柳如烟: verses)
                            and self._verses_from(after + 1) >= _POEM_VERSES)
        return (len(story.paragraphs) >= _POEM_VERSES
                and (len(title) <= _SHORT_POEM_TITLE
                     # 南繁田里 / 王一禾 / three verses at least: a longer title, over a common surname's name and a poem's
                     # worth of verse (not 弯弯曲曲 / 向远方 / …: a verse like a name)
                     or len(title) <= _POEM_TITLE and title[-1] not in _ASKS_NEXT_WORD and named_over_verse)
                and _poem_author(name)
                and (not in_set or named_over_verse and self._second_poet_in_set(story, name, after)))

    def _second_poet_in_set(self, story: _Story, name: str, after: int) -> bool:
        """In a set of poems, may this name over verse sign a second poet's poem?  Not where one poet signs the set under
        its title (乡村素描（组诗） / 陈　默 / …: a verse like a name, 王大爷, is a verse), nor where it names a kinsman or a
        craftsman (李奶奶, 刘木匠) or the verse under it restates it (父亲 / 王守田 / 是他一辈子的名字)."""
        return not (patterns.POEM_SET.search(self.units[story.headlines[-1]].text)
                    or name.replace("\u3000", "")[1:] in _KIN_OR_TRADE
                    or self.units[after + 1].text.startswith("是他"))

    def _verses_from(self, index: int) -> int:
        """How many verse lines run from here, up to _POEM_VERSES."""
        count = 0
        while (count < _POEM_VERSES and index + count < len(self.units) and self.units[index + count].role == "text"
               and _verse_like(self.units[index + count].text)):
            count += 1
        return count

    def _signs_the_next(self, index: int) -> bool:
        """Is this line a marked or padded author's line over prose (◎ 江 南, 黎　明)?"""
        text = self.units[index].text
        return self._author_over_text(index) and (" " in text or text[0] in "◎□■●◇◆")

    def _heads_signed_piece(self, index: int) -> bool:
        """Do short lines from here lead down to an author's line over prose (书香 / 在大山深处读懂坚守 / ——读…《云上的
        学校》 / 黎　明 / 《云上的学校》是…)?  Then they head the next piece, not verses of the poem above (a kicker, a
        title and a subtitle at most: the poem's last verse may be short too)."""
        subtitled, first = False, index
        for lines in range(_SIGNED_HEADING_LINES):
            if index >= len(self.units) or not self.heads[index]:
                return False
            subtitled = self.units[index].text.startswith("——")
            index = self._next(index + 1)
            if index < len(self.units) and (self._signs_the_next(index)
                                            or subtitled and self._author_over_text(index)):
                # …——读《关中方言杂记》 / 孙一凡 / “嫽扎咧”…: a review's subtitle over its author, bare; but over verse a
                # poem's title is one line, a kicker over it at most: two lines above it are the last verses (给明年的秧苗 /
                # 攒着水 / 冬枣树 / 赵　岩), and so is one that reads as verse going on
                # (three lines over the author, none a subtitle: the first a column's name, or the poem's last verse
                # over the next piece's kicker and title: 跳成了沸腾的年 / 侨批里的故事 / 一封批里的“贰拾元” / □　吴丽芸)
                if lines == 2 and not subtitled and not _names_a_kind(self.units[first].text) and self._poem_above(first):
                    return False
                return (lines == 0 or subtitled or not self._verse_below(index)
                        or lines == 1 and self._kicks_poem_title(first) and not self._verse_goes_on(first, index))
        return False

    def _poem_above(self, index: int) -> bool:
        """Are the lines right above this one a poem's verses, three at least?"""
        above = [k for k in range(index - _POEM_VERSES, index) if k >= 0]
        return len(above) == _POEM_VERSES and all(self.units[k].role == "text" and _verse_like(self.units[k].text)
                                                  for k in above)

    def _kicks_poem_title(self, index: int) -> bool:
        """Is this line a kicker over the next poem's title (【新春诗会】, 诗路行吟, 石塘组诗), or that title over its
        dedication (春天的信 / 致远方的女儿) or its set's note (写给母亲 / （外一首））?  Else between poems it is the last
        verse of the one above."""
        text, below = self.units[index].text, self.units[index + 1].text
        return (text.startswith("【") or _poetry_column(text) or below.startswith(_DEDICATED)
                or patterns.POEM_SET.search(below) is not None)

    def _verse_goes_on(self, first: int, author: int) -> bool:
        """Do the lines from `first` down to the title over the author's line read as verse going on: one ending on a
        word that asks for the next, or holding a clause's comma (驶向 / 天亮以后的远方, 每天傍晚，朝对岸望一望), or a
        verse of the two above ending so (还在悄悄地 / 给明年的秧苗 / 攒着水)?  A kicker over a title does neither."""
        above = [k for k in (first - 1, first - 2) if k >= 0 and self.units[k].role == "text"]
        lines = range(first, author - 1)
        return (any(self.units[k].text[-1] in _ASKS_NEXT_WORD for k in [*above, *lines])
                or any("，" in self.units[k].text for k in lines))

    def _verse_below(self, index: int) -> bool:
        below = self._next(index + 1)
        return below < len(self.units) and self.units[below].role == "text" and _verse_like(self.units[below].text)

    def _verse_under_form(self, index: int) -> bool:
        """A line right under a title that names a poem's form (七绝·春日登石夫人峰 / 石径盘云上翠微，): its first verse."""
        story = self.story
        return (story is not None and not story.closed and story.headline_only and len(story.headlines) == 1
                and self.assigned[index - 1] == (story.index, "headline")
                and patterns.names_poem_form(self.units[story.headlines[0]].text))

    def _poem_signed_at_foot(self, title: int) -> int | None:
        """The author line (□ 周 青, 林小禾（湖滨社区居民）) closing the verse under a title (山茶开了 / 四月的风 /
        从缙云山吹下来 / …), where a 副刊 signs a poem at its foot; None if no such line is there."""
        verses, named, spaced = 0, False, 0  # a name among the verses, or rows of spaced items: no poem under a bare name
        for index in range(title + 1, min(len(self.units), title + _POEM_LINES)):
            text = self.units[index].text
            if (_signs_verse(text) or self._pupil_signs(index)  # …三年级（2）班　孙悦然: a pupil's poem
                    or verses >= _BARE_SIGNED_VERSES and not named and spaced < patterns.SPACED_ROWS
                    and self._bare_signature(index)):
                signs_prose = (patterns.PADDED_NAME.match(text) is not None or patterns.bare_name(text)) and self._prose_under(index)
                # (诗　笺 / 青稞熟了 / 李春林 / … / 冶　青: a poetry corner's label over poems signed under their titles, the
                # first under it too, unless its writer's mark signs this one at its foot: 乡愁 / 老屋 / 常相忆 / … /
                # □ 孙晓燕; a marked name over verse signs the next poem under its title: 椰乡诗笺 / 胶林晨曲 / 符永坚 / … /
                # 槟榔树下 / □吉秀兰 / 阿婆坐在槟榔树下，)
                under_label = self._signed_title(title + 1) and (text[0] not in patterns.AUTHOR_MARKS
                                                                 or self._marks_next_poem(index))
                return index if verses >= _POEM_VERSES and not signs_prose and not under_label else None
            if self._no_verse(index):
                return None
            verses, named, spaced = verses + 1, named or patterns.bare_name(text), spaced + (" " in text or "\u3000" in text)
        return None

    def _marks_next_poem(self, index: int) -> bool:
        """Does the marked name here sign the poem under it, its title right above it after the verse above closed on its
        stop, verses punctuated as sentences under it (…流向黎明。 / 槟榔树下 / □吉秀兰 / 阿婆坐在槟榔树下， / 嚼着一枚青果，
        / …)?  A mark under verses that end on none (常相忆 / 门前那棵老槐树 / 还在等我回家 / □ 孙晓燕) signs them."""
        verses = self.units[index + 1:index + 1 + _POEM_VERSES]
        return (index >= 2 and self.units[index - 2].text.endswith("。") and len(verses) == _POEM_VERSES
                and all(unit.role == "text" and _verse_like(unit.text) and unit.text[-1] in "，。；！？" for unit in verses))

    def _signed_title(self, index: int) -> bool:
        """Is this a short line over a bare or padded name over verse (青稞熟了 / 李春林 / 九月的风从拉脊山下来)?"""
        author, verse = index + 1, index + 2
        return (verse < len(self.units) and _verse_like(self.units[index].text) and self.units[verse].role == "text"
                and _verse_like(self.units[verse].text) and self.units[author].role in ("text", "byline")
                and _poem_author(self.units[author].text))

    def _pupil_signs(self, index: int) -> bool:
        """Is this a pupil's line (…三年级（2）班　孙悦然) with no other pupil's under it, as a prize list has?"""
        following = index + 1
        return (patterns.pupil_line(self.units[index].text)
                and not (following < len(self.units) and patterns.pupil_line(self.units[following].text)))

    def _bare_signature(self, index: int) -> bool:
        """Is this bare name the poem's last line, no writer's line set as 副刊s sign further down its verse (白茫茫 /
        是我回不去的故乡 / □ 周 青: a verse)?"""
        if not patterns.bare_name(self.units[index].text):
            return False
        for below in range(index + 1, min(len(self.units), index + _SIGNER_BELOW)):
            if _signs_verse(self.units[below].text):
                return False
            if self._no_verse(below):
                break
        return True

    def _no_verse(self, index: int) -> bool:
        """Is this unit no line of a poem's verse: no text, too long, sentences stopped inside it, or a glossary's row in
        the region's script (水稻　벼)?"""
        text = self.units[index].text
        return (self.units[index].role != "text" or len(text) > _FREE_VERSE_LINE or "。" in text[:-1]
                or patterns.SCRIPT_GLOSS.match(text) is not None)

    def _prose_under(self, index: int) -> bool:
        """Is the unit right under this line prose (城市记忆 / 老街旧事 / … / 刘　芸 / 建设路是…): no title, nor a photo's
        dated caption, nor a piece set apart under a blank line?  A name padded apart over it signs the piece below, not
        verses above."""
        below = index + 1
        return (below < len(self.units) and self.units[below].role == "text" and not self.heads[below]
                and not (self.wrapped and self.units[below].gap_before) and self.units[below].gap_before < 2
                and patterns.DATED_SCENE.match(self.units[below].text) is None)  # (more blank lines: an image's gap)

    def _signs_poem_at_foot(self, index: int) -> bool:
        """Is this the author line under the open poem's verse?  It signs the poem and closes it."""
        if not (_signs_verse(self.units[index].text) or self._pupil_signs(index) or self._bare_signature(index)):
            return False  # most lines: no writer's mark, nor a note after the name, nor a bare name
        story = self.story
        return (story is not None and not story.closed and bool(story.headlines) and bool(story.paragraphs)
                and self._poem_signed_at_foot(story.headlines[0]) == index)

    def _body_type_under_headline(self, index: int) -> bool:
        """Where type sizes are known: a line in body type right under a headline in display type
        opens the story's text (人物小传, 【关键词】…, 尊敬的…，); its deck would be set larger."""
        story = self.story
        return (story is not None and not story.closed and story.headline_only and index > 0
                and self.assigned[index - 1][1] == "headline" and self._body_type_after_display(index))

    def _signs_the_story(self, index: int) -> bool:
        """A letter's or a reader's signature after its last sentence closes the open story; the next headline is
        another's."""
        story = self.story
        signature = self.units[index].text.strip()
        return (story is not None and not story.closed and self.assigned[index - 1][1] == "paragraph"
                and not self.display[index] and patterns.ends_sentence(self.units[index - 1].text)
                and not self._heads_a_lead(index) and not self._issues_titled_document(index)
                and (patterns.SIGNATURE.match(signature) is not None
                     # (a house's or a minority writer's line over a paragraph is a profile's subhead: 州博物馆　文物展 /
                     # 州博物馆推出…, 当雄县　格桑卓玛 / 她扎根牧区二十年…)
                     or _signed_by_cultural_house(signature) and not self._prose_under(index)
                     or patterns.placed_minority_writer(signature) and not story.has_lead and not self._signed(story)
                     and not self._prose_under(index) and self._essay_over_dai_writer(index, story)
                     or patterns.noted_writer(signature) or self._placed_writer_signs(index, story)
                     # 鹤羽乡拉坞村　和秀英 at an essay's foot (over a villager's words in a box of voices, a speaker)
                     or self._village_signs(signature) and self._villager_signs(index, story)
                     # 淮阳　郁文青: the writer's city, named bare, as the page names it (淮阳市) elsewhere
                     or self._city_signs(signature) and self._villager_signs(index, story)
                     # 二六五团　王海燕: a regiment's writer, under an essay
                     or patterns.regiment_signer(signature, signing=True) is not None and self._villager_signs(index, story)
                     or _signed_by_reader(signature) and not self._answered(index)
                     or _GROWER_SIGNS.match(signature) and self._letter(story) and not self._answered(index)
                     or (patterns.placed_reader(signature) or _FAN_SIGNS.match(signature)
                         or _PLACED_CALLER.match(signature) and not self._entries_by_caller(story))
                     and self._heading_below(index)
                     and not self._answered(index)
                     or self._letter(story) and (_signed_from_village(signature) or _kin_signs(signature)
                                                 or _PLACED_CALLER.match(signature) is not None
                                                 # 通海县九龙街道零售户　马国强: the writer's trade, closing a
                                                 # letter no reporter signed
                                                 or _TRADER_SIGNS.match(signature) is not None and not self._signed(story)
                                                 and not self._answered(index))))

    def _entries_by_caller(self, story: _Story) -> bool:
        """Does a line of place, calling and name already stand in the story (戏迷风采 / 东城区　戏迷　孙桂芝 / …): a box of
        entries, each headed by its person, none signing it?"""
        return any(_PLACED_CALLER.match(self.units[k].text) for k in story.headlines + story.paragraphs)

    def _villager_signs(self, index: int, story: _Story) -> bool:
        """Does a township, village and name close an essay told in the first person (…火塘不熄，家就在。 / 鹤羽乡拉坞村　和秀英),
        unsigned, with no lead, a heading or the page's end below?  Not a winner named under a notice, nor one of a box's
        villagers (another such line above), nor a speaker under his quoted words."""
        return (not story.has_lead and not self._signed(story) and len(story.paragraphs) >= _TOLD_IN_FULL
                and self._heading_below(index) and not _quoted_whole(self.units[index - 1].text)
                and any(_FIRST_PERSON.search(self.units[k].text) for k in story.paragraphs)
                and not any(_VILLAGE_SIGNER.match(self.units[k].text.strip()) for k in story.paragraphs))

    @staticmethod
    def _village_signs(signature: str) -> bool:
        """Is this a village (its township perhaps) and a person's name (鲎尾村　莫海生; not 小山村　大产业, a headline's)?"""
        signed = _VILLAGE_SIGNER.match(signature)
        return (signed is not None and patterns.is_names_line(signed["name"])
                or patterns.village_dai_writer(signature) is not None)

    def _city_signs(self, signature: str) -> bool:
        signed = patterns.CITY_SIGNER.match(signature)
        return (signed is not None and patterns.is_names_line(signed["name"])
                and county_named(self.units, signed["place"], "市县区"))

    def _issues_titled_document(self, index: int) -> bool:
        """Is the line a body's name right over a document's title (苏格特县人民防空办公室 / 关于试鸣防空警报的通告),
        under a news story's text?  The issuer heads its notice: no office signs a story with a lead (but a reply under
        a letter is signed so: …为盼。 / 厂行政科 / 关于做好…的通知, 档案馆　卢　晓 over the next notice)."""
        below, issuer = self._next(index + 1), self.units[index].text.strip()
        return (self.story.has_lead and patterns.ISSUER_NAME.match(issuer) is not None
                and below < len(self.units) and patterns.DOCUMENT_TITLE.match(self.units[below].text.strip()) is not None
                and self._foot_issuer(below) in (None, issuer))

    def _foot_issuer(self, title: int) -> str | None:
        """The body signing the notice under this title at its foot, over its date, if any (…　特此通告。 / 县人民政府办公室
        / 2025年9月15日): an office over the title that is another body signed the piece above (县委办公室 under its letter)."""
        for index in range(title + 1, min(len(self.units), title + _NOTICE_REACH)):
            text = self.units[index].text.strip()
            if patterns.ISSUER_NAME.match(text):
                return text
            if self.heads[index] and patterns.DOCUMENT_TITLE.match(text):
                return None
        return None

    def _heads_a_lead(self, index: int) -> bool:
        """Is a news lead (本报讯…) or a byline right under this line?  Then it heads the next story (…木门。 / 市文联　黄山行 /
        本报讯…), however like a signature."""
        below = self._next(index + 1)
        return below < len(self.units) and (self.units[below].role == "byline"
                                            or patterns.DATELINE.match(self.units[below].text) is not None)

    def _placed_writer_signs(self, index: int, story: _Story) -> bool:
        """Is this a writer's district, name and age (淮源市龙湖区　赵汉林（81岁）) signing a reader's piece or poem at its
        foot, or the unit he retired from (市水利局离休干部　龚振邦（84岁）) with a heading or the page's end below?  Under a
        news story's lead, or over another such line, it is a row of a list of people (洪山区　邹定远（108岁）); a retiree's
        over prose, a profile's subhead naming whom the part is about."""
        following = self._next(index + 1)
        return (not story.has_lead and patterns.placed_noted_writer(self.units[index].text.strip())
                and not (following < len(self.units) and patterns.placed_noted_writer(self.units[following].text.strip()))
                and (self._heading_below(index) or not _RETIRED.search(self.units[index].text)))

    def _lead_under_heading(self, index: int) -> bool:
        """Does a news lead (本报讯…) open the text under the heading at `index`, or is the page's end there?  Then that
        heading opens the next story (…越走越短。 / 浦　言 / 澜港智造园… / 本报讯…), not a feature's second-level subhead
        under a spaced one (逐　梦 / 村集体经济壮大 / 去年，…)."""
        if index >= len(self.units):
            return True
        end = self._headline_run(index)
        return end < len(self.units) and patterns.DATELINE.match(self.units[end].text) is not None

    def _heading_below(self, index: int) -> bool:
        """Is a heading (or nothing) under this line?  A reader's line over the next letter's title signs the one above
        (高新区　李红梅（公司职员） / 建议滨河步道增设饮水点); over a quote it is one speaker of a box of sayings."""
        below = self._next(index + 1)
        return below >= len(self.units) or self.heads[below]

    def _pen_name_at_foot(self, index: int) -> bool:
        """Is this line a pen name of two characters set apart (晓　言), alone under the last sentence of a piece under a
        column's name (潦川时评), with a heading, no text or the page's end below it, or of one with no lead (a commentary
        titled “办成”才是硬道理) over the next story's lead or the page's end?  The commentary's writer."""
        story, text = self.story, self.units[index].text
        if (story is None or story.closed or self._signed(story)
                or not (_pen_name(text) or self._commentary(story) and _worded_pen_name(text) and self._lead_ahead(index)
                        or self._commentary(story) and patterns.dotted_name(text.strip())  # (吾买尔江·阿不力米提)
                        and not self._place_over_title(index))
                or self.assigned[index - 1] != (story.index, "paragraph") or not patterns.ends_sentence(self.units[index - 1].text)):
            return False
        below = self._next(index + 1)
        return ((below >= len(self.units) or self.heads[below] or self.units[below].role not in ("text", "byline"))
                and (any(_names_a_kind(self.units[k].text)  # not 焕　新 / 匠心打磨细节…: a feature's spaced subhead, two lines
                         for k in story.headlines) or not story.has_lead and self._lead_under_heading(below)))

    def _place_over_title(self, index: int) -> bool:
        """Is this dotted line a place's kicker (阿勒泰·喀纳斯) over a title naming a part of it (喀纳斯迎来冬季旅游高峰)?"""
        below = self._next(index + 1)
        return below < len(self.units) and any(part in self.units[below].text for part in self.units[index].text.split("·"))

    def _lead_ahead(self, index: int) -> bool:
        """Does a news story's lead or byline open within a headline's lines under this line (牧　笛 / 旗委常委会召开会议 /
        研究部署… / 本报讯…)?"""
        for below in range(index + 1, min(len(self.units), index + 2 + _HEADLINE_LINES)):
            if opens_story(self.units[below]):
                return below > index + 1
            if not self.heads[below]:
                return False
        return False

    def _calling_at_foot(self, index: int) -> bool:
        """Is this line where the writer works, his calling and his name (景宁畲族自治县鹤溪街道村级管水员　雷春生), alone
        under the last sentence of a piece under a column the writer speaks in (管水员手记, 法官说法), with a heading, a
        dated photo, no text or the page's end below it?  The piece's writer (under 代表风采 the line names whom the piece
        is about, over his photo)."""
        story = self.story
        text = self.units[index].text
        if patterns.DEPARTMENT_SIGNER.match(text):
            # 儿科　程晓梅 under the last answer of a hospital paper's Q&A, a heading or the page's end below: the doctor
            # who answered (over the next question, one of several doctors each signing an answer)
            # (with his title, 药学部　主管药师　钟　岚, under any column's kicker: 药师提醒 / 感冒药不要“混着吃”)
            titled = text.count(" ") >= 2 and story is not None and len(story.headlines) > 1
            return (self._under_unsigned_text(index) and (self._under_last_answer(index) or titled)
                    and self._heading_below(index))
        if not ((patterns.CALLING_SIGNER.match(text) or patterns.EXPERT_SIGNER.match(text) or patterns.ADVISER_SIGNER.match(text)
                 or patterns.HEAD_SIGNER.match(text))
                and self._under_unsigned_text(index)):
            return False
        below = self._next(index + 1)
        # (or under the last answer of a Q&A: 问：… / 答：… / 市农业技术推广中心高级农艺师　马春生, the one who answered)
        # (a learned body's member signs an explainer under any column's kicker: 天文观测 / … / 溱州市天文学会　许明哲; so
        # does a professional by his title: 兽医门诊 / … / …预防控制中心　高级兽医师　蒋德明)
        return ((below >= len(self.units) or self.heads[below] or self.units[below].role not in ("text", "byline")
                 or self._dated_photo_follows(below))
                and (any(_FIRST_PERSON_KIND.search(self.units[k].text) for k in story.headlines)
                     or len(story.headlines) > 1 and (_LEARNED_BODY.search(self.units[index].text.split(" ")[0]) is not None
                                                      or _PROFESSIONAL_TITLE.search(text) is not None))
                or self._under_last_answer(index))

    def _under_last_answer(self, index: int) -> bool:
        """Is this line right under an answer (答：…) of a story that asks questions (问：…), a Q&A's?"""
        return (_ANSWER.match(self.units[index - 1].text) is not None
                and any(patterns.QUESTION.match(self.units[k].text) for k in self.story.paragraphs))

    def _house_signs_at_foot(self, index: int) -> bool:
        """Is this a bank's, a press's or a bookshop's writer (溧川农商银行石桥支行　许文慧, 湄江人民出版社　符晓岚), alone
        under the last sentence of an unsigned piece told in the first person or under its column's kind (金融观察), no
        brief's, with a heading or the page's end below: the piece's writer (in a list, a box of voices, a news brief or a
        headline such a line names others: 先进个人 / 清溪农商银行　王丽, 人民银行　严监管)."""
        story, name = self.story, patterns.house_credit(self.units[index].text, signing=True)
        return (name is not None and self._under_unsigned_text(index)
                and self._heading_below(index) and not story.has_lead
                and (any(_FIRST_PERSON.search(self.units[k].text) for k in story.paragraphs)
                     or any(patterns.GENRE_NAME.match(self.units[k].text) for k in story.headlines)
                     and not self._named_in(name, story) and not self._house_line_below(index))
                and not self._speakers_among(story))

    def _house_line_below(self, index: int) -> bool:
        """Is another bank's or press's line under this one (…农商银行　王　丽 / …城关支行　李　强): a list of people?"""
        below = self._next(index + 1)
        return below < len(self.units) and patterns.house_credit(self.units[below].text, signing=True) is not None

    def _named_in(self, name: str | None, story: _Story) -> bool:
        """Does the story's text name the person (…柜员王丽入选 / 青潭农商银行　王　丽: whom it is about, not its writer)?"""
        return bool(name) and any(name in self.units[k].text for k in story.paragraphs)

    def _under_unsigned_text(self, index: int) -> bool:
        """Is this line right under the last sentence of an open, unsigned story, no one's quoted words (“…件件有回音。” /
        …书记　余　莉: a saying's speaker)?"""
        story = self.story
        return (story is not None and not story.closed and not self._signed(story)
                and self.assigned[index - 1] == (story.index, "paragraph") and patterns.ends_sentence(self.units[index - 1].text)
                # (…她说：“…又有多想家。” closes prose; a saying opens on its quotation mark)
                and not (self.units[index - 1].text.endswith("”") and self.units[index - 1].text.startswith("“")))

    def _answered(self, index: int) -> bool:
        """Is the letter answered under its signature, the answer addressed to its writer (读者 小雨 / 小雨：) or
        labelled (读者 小陈 / 律师答：…)?"""
        following = self._next(index + 1)
        return following < len(self.units) and (len(self.units[following].text) <= _ADDRESSED
                                                 and self.units[following].text[-1] in "：:"
                                                 or patterns.ANSWER_OPENS.match(self.units[following].text) is not None)

    def _asks_over_signature(self, index: int) -> bool:
        """Is this a question in a sentence of clauses (请问，这笔钱我们还能要回来吗？) right over the signature of the
        letter it ends (…职工　周建伟)?  A letter often ends on its question; a headline over a signature is rare."""
        story, text = self.story, self.units[index].text
        if story is None or story.closed or not story.paragraphs or "，" not in text or not text.endswith(("？", "?")):
            return False
        below = self.units[index + 1].text if index + 1 < len(self.units) else ""
        signed = (patterns.SIGNATURE.match(below) is not None or patterns.CALLING_SIGNER.match(below) is not None
                  or _signed_by_reader(below))
        return signed and self._letter(story)

    def _letter(self, story: _Story) -> bool:
        """Does the story open on a salutation (编辑同志：) or stand under a letters column (读者来信, 旅客来信): a letter,
        whose signature is its last paragraph?"""
        first = patterns.letter_opening(self.units[story.paragraphs[0]].text) if story.paragraphs else 0
        opening = story.paragraphs[first:first + 1]
        return (bool(story.paragraphs) and (any(patterns.SALUTATION.match(self.units[k].text) for k in opening)
                                            or bool(story.headlines) and _addressed_letter(
                                                self.units[story.headlines[-1]], self.units[story.paragraphs[0]]))
                or any(_LETTERS_COLUMN.match(self.units[k].text) for k in story.headlines))

    def _dates_the_letter(self, index: int) -> bool:
        """Is this line the day a letter was written (7月24日, 3月8日夜), under its signature (which closed it), its
        last line?"""
        story = self.story
        return (story is not None and _LETTER_DATE.match(self.units[index].text) is not None
                and self.assigned[index - 1] == (story.index, "paragraph") and self._letter(story)
                and len(self.units[index - 1].text) <= _SIGNATURE_LINE and not patterns.ends_sentence(self.units[index - 1].text)
                and not _LETTER_DATE.match(self.units[index - 1].text))  # …7月22日 / 7月23日: a diary's day under it

    def _sign(self, index: int) -> int:
        self._assign(index, self.story, "byline")
        return index + 1

    def _signs_a_quotation(self, index: int) -> bool:
        """Is this line a ——signature (——青溪云雾茶业有限公司总经理　詹秀芬) under a quotation in the open story's text?
        It is the speaker's, in a box of sayings, however short: no subtitle stands under a story's text."""
        if index == 0 or not self.units[index].text.startswith("——"):
            return False
        above = self.units[index - 1].text
        return (self.story is not None and not self.story.closed and self.assigned[index - 1][1] == "paragraph"
                and above.startswith("“") and above.endswith("”"))

    def _verse_under_intro(self, index: int) -> bool:
        """A verse under 这正是： is the poem that closes a picture's caption (细嗅草木香， / 野趣盈田庄。), no headline."""
        story = self.story
        return (story is not None and not story.closed and len(self.units[index].text) <= _VERSE_LINE
                and self.assigned[index - 1] == (story.index, "paragraph")
                and any(patterns.VERSE_INTRO.search(self.units[k].text) for k in story.paragraphs[-_VERSE_LINES:]))

    def _numbers_a_part(self, index: int) -> bool:
        """A numbered heading (二、… / （三）…) in body type heads a part of the open story, never a new story,
        the first one right under the story's headline too (2023年东湖十大新闻 / 1. 东湖高铁站正式开通)."""
        story = self.story
        return (story is not None and not story.closed and not self.display[index]
                and (bool(story.paragraphs) or story.headline_only and self._numbered_under(story.headlines[0], index))
                and patterns.SECTION_NUMBER.match(self.units[index].text) is not None)

    def _reporters_notes_after_package(self, index: int) -> bool:
        """Is this a label of the reporters' own part (记者手记, 记者观察) right under the line crediting who put the
        report together (本期统筹：何彪), or over text under a reader's letter the editors' note opened (编者按：…收到… /
        编辑同志： / … / …居民　刘淑珍 / 记者追访 / 4月14日凌晨…; not over a title: 记者走访 / 菜价平稳…, the next story's
        kicker)?  人民日报 prints that part as the report's last: the package goes on."""
        story, following = self.story, index + 1
        return (index > 0 and self.units[index].text.startswith("记者") and patterns.BODY_LABEL.match(self.units[index].text)
                and (_PACKAGE_CREDIT.match(self.units[index - 1].text) is not None
                     or story is not None and bool(story.paragraphs)
                     and self.units[story.paragraphs[0]].text.startswith(_EDITORS_NOTE)
                     and following < len(self.units) and not self.heads[following]))

    def _labels_the_body(self, index: int) -> bool:
        """A column's name in 【】 under a story's headline, with the body under it, opens the body; so does a case's
        first part labelled (事故经过 / 6月18日，…)."""
        story = self.story
        return (story is not None and not story.closed and story.headline_only and self._body_label(index))

    def _body_label(self, index: int) -> bool:
        """Is this 【label】 under a heading the first of its text's sections (【目标】 / 到2027年，…), or a case's first part
        labelled over its text (事故经过 / 2024年8月的一天，…), not a headline's line?  A box's dates in brackets
        (【5月13日—19日】) stand in its headline over heads."""
        following = index + 1
        text = self.units[index].text
        if patterns.CASE_PART.match(text):
            return following < len(self.units) and self._prose_from(following)
        return (patterns.COLUMN_LABEL.match(text) is not None
                and (following >= len(self.units) or not self.heads[following] or not any(map(str.isdigit, text))))

    def _rest_of_headline(self, start: int, end: int) -> bool:
        """Is this display line the rest of the story's headline, set on its row across the gutter?

        A reader that cuts the row at the gutter reads the first column under
        the first piece before it comes to this one.  Headlines of stories side
        by side stand further apart than a space in one headline.
        """
        line = self.units[start].lines[0]
        if end - start != 1 or not self.display[start] or line.bbox is None:
            return False
        for earlier in self.story.headlines:
            piece = self.units[earlier].lines[-1]
            if (_same_row(piece, line) and abs(piece.font_size - line.font_size) <= 0.05 * piece.font_size
                    and line.bbox.x0 - piece.bbox.x1 < _HEADLINE_SPACE * piece.font_size):
                return True
        return False

    def _opens_caption(self, index: int) -> bool:
        unit = self.units[index]
        return unit.role == "text" and not self.display[index] and unit.lines[0].number in self.layout.captions

    def _caption(self, index: int) -> int:
        """The text block right under a photo is its caption, with the credit that follows it.

        A title set over the photo (a story so far only a headline) is the photo's.
        """
        story = self.story
        if story is None or story.closed or not story.headline_only:
            story = self._new_story()
        end = index
        while end < len(self.units) and self.units[end].role == "text" and not self.display[end] and (
                end == index or not self.units[end].lines[0].gap_before):
            self._assign(end, story, "paragraph")
            end += 1
        self._make_photo(story)
        if end < len(self.units) and self.units[end].role == "credit":
            self._assign(end, story, "credit")
            end += 1
        return end

    def _paragraph(self, index: int) -> int:
        text = self.units[index].text
        story = self.story
        starts_continuation = patterns.opens_continuation(text)
        notes_after_package = story is not None and story.closed and self._reporters_notes_after_package(index)
        next_notice = story is not None and story.closed and self._next_court_notice(index, story)
        if (story is None or story.closed and not (self._mails_the_column(index, story) or self._notes_the_essay(index)
                                                   or self._ends_the_part(index, story) or notes_after_package
                                                   or self._note_under_note(index, story) or next_notice)
                or starts_continuation and not story.headline_only or self._second_lead(index, story)
                or self._caption_after_story(index, story) or self._placed_in_picture(index)
                or self._lead_in_after_story(index, story)
                or self._afterword_under_signature(index)):
            story = self._new_story()
            if patterns.BODY_LABEL.match(text):
                self._assign(index, story, "headline")  # 编后, 记者手记 opening an item heads it
                return index + 1
        if not story.paragraphs and patterns.DATELINE.match(text):
            story.has_lead = True
        if notes_after_package or next_notice:
            story.closed = False  # the notes' title and text under 记者手记 are the report's too, as is the next notice
        self._assign(index, story, "paragraph")
        if (patterns.trailing_jump(text) or patterns.closing_note(text)
                or patterns.ends_on_credit(text) and not self._brief_in_box(index, story)
                or patterns.REFERENCE_ENTRY.match(text) or self._signed_brief_over_heading(index)
                or patterns.compiled_by(text) and self._under_briefs_label(story)):
            # the references close an essay, a compiler's credit a brief under its column's label: a heading after them
            # is the next one's
            story.closed = True
        elif self._closes_advertisement(index, story):
            story.closed = True
        elif (_credited_caption(text) and not story.has_lead and len(story.paragraphs) == 1
              and not self._signed(story)):
            self._make_photo(story)  # …市民在公园赏雪。 记者 周学军 摄: a caption, its credit run in
        elif story.paragraphs == [index] and not story.headlines and self._placed_in_picture(index):
            self._make_photo(story)  # the story above was signed 文/摄: its photo's caption needs no credit
        return index + 1

    def _field_below(self, index: int) -> bool:
        """Is the unit under this one a field of text (原料：鲜百合30克，…)?"""
        below = self._next(index + 1)
        return (below < len(self.units) and self.units[below].role == "text"
                and _FIELD_OPENS.match(self.units[below].text) is not None)

    def _tips_counted_out(self, story: _Story) -> bool:
        """Is the story a box of tips under its label (出游提示, 温馨提示), its last paragraphs its numbered tips (①…②…), or a
        box of rows?  A kicker and title under it head a piece of their own: a box holds no sections."""
        if self._rows_boxed(story):
            return True
        numbered = [k for k in story.paragraphs if patterns.in_a_circle(self.units[k].text[0])
                    or self.units[k].text[:1].isdigit() and patterns.SECTION_NUMBER.match(self.units[k].text)]  # (1.…)
        # (a guide's, 用药指南, has sections: 儿童用药 / 剂量要按体重算)
        return (len(story.headlines) == 1 and self.units[story.headlines[0]].text.endswith(("提示", "提醒", "贴士"))
                and len(numbered) >= 2 and (story.paragraphs[-1] == numbered[-1] or self._tips_closed_by_phone(story, numbered)))

    def _tips_closed_by_phone(self, story: _Story, numbered: list[int]) -> bool:
        """Do the numbered tips end the box but for a line of phone numbers under them (…值班电话：（0736）8123350
        安全生产举报投诉电话：12350)?  A box's service line closes it: a label under it heads the next box (曝光台)."""
        last = self.units[story.paragraphs[-1]].text
        return (len(story.paragraphs) >= 2 and story.paragraphs[-2] == numbered[-1]
                and (patterns.ENDS_ON_PHONE.search(last) or patterns.ENDS_ON_SERVICE_LINE.search(last)) is not None)

    def _price_box_at(self, start: int, after: int) -> bool:
        """Is this a full title of a box of prices or figures (本周枸杞市场行情; not a story's subhead 蔬菜价格), its rows
        under it or under the one sentence that opens the box, no prose after them (a story's subhead over its rows)?"""
        title = self.units[start].text
        if not (title.endswith(_BOX_NAMES) and _BOX_TITLE_LEAST <= len(title) <= _BOX_TITLE) or after >= len(self.units):
            return False
        rows = after if self._rows_under(after) else after + 1
        return (rows == after or self._rows_under(rows)) and not self._prose_under_rows(rows)

    def _box_of_lines(self, start: int, after: int) -> bool:
        """Is this a box's label over its lines, none of them prose, a heading or the page's end after them: sayings
        after a match each closed by its speaker after a dash (赛后说 / “…”——…　祁振东), maxims or proverbs a short line
        each (安全警句 / 一次违章或许侥幸，次次违章必出事故。), jobs each a unit's (岗位信息 / …工坊　招聘…)?  Under a story's
        own subhead of that name prose goes on (赛后说 / “…”祁振东说。 / 本轮过后，…)."""
        title = self.units[start].text
        kind = (_SAID_AFTER if title in ("赛后说", "赛前说") else _MAXIM if _MAXIMS_LABEL.search(title)
                else _JOB_ROW if title.endswith("岗位信息") else None)
        if kind is None:
            return False
        below = self._run_end(after, lambda k: not self.heads[k] and kind.search(self.units[k].text) is not None)
        lines = below - after
        collected = below < len(self.units) and _BRACKETED_COLLECTOR.match(self.units[below].text) is not None
        if below < len(self.units) and (_issuer_and_day(self.units[below].text) or collected):
            below += 1  # (县人力资源和社会保障局　2025年12月2日, （林阿福　整理）: its issuer and day, its collector close it)
        # (its collector's line over the page's foot closes a box, not a story's own 听老刘说农谚 / two proverbs / foot)
        return lines >= _BOX_LINES and (below == len(self.units) or collected and self.units[below].role == "furniture"
                                        or self.heads[below] and (
            not self._subhead_over_prose(below) or _NOTICE_TITLE.search(self.units[below].text) is not None))  # (…征稿启事)

    def _run_end(self, start: int, belongs: Callable[[int], bool]) -> int:
        """The first unit from `start` on that does not belong to the run (a box's lines, a rule's articles)."""
        end = start
        while end < len(self.units) and belongs(end):
            end += 1
        return end

    def _subhead_over_prose(self, index: int) -> bool:
        """Is the heading here a story's next subhead, prose right under it and no lead (积分形势 / 本轮过后，…), not the
        next piece's title (…走进社区 / 本报讯（记者…）…, 本周赛程 / rows, 巡检路上 / verses, a photo's over its caption)?"""
        below = self._headline_run(index)
        if below >= len(self.units) or below - index > 1:
            return False
        text = self.units[below].text
        return (self.units[below].role == "text" and "。" in text and len(text) > _SONG_VERSE
                and patterns.DATELINE.match(text) is None
                # (雪后牧场 / 2月上旬，… / credit: a photo's title over its dated caption)
                and not (below + 1 < len(self.units) and self.units[below + 1].role == "credit"
                         and (patterns.DATED_SCENE.match(text) is not None or _SCENE_IN_MONTH.match(text) is not None)))

    def _rules_by_article(self, start: int, after: int) -> bool:
        """Is this the title of a body's rules (村规民约, 公约, 章程), their first article under it (第一条　…)?"""
        if _RULES_TITLE.search(self.units[start].text) is None or after >= len(self.units):
            return False
        below = self._run_end(after, lambda k: _RULE_ARTICLE.match(self.units[k].text) is not None)
        # (the rules' body signs them under their articles, 猛科村村民委员会 / 2025年10月: a feature quoting rules goes on
        # in prose, …村规民约实施一年来，…, perhaps under a subhead)
        if below == after or below + 1 >= len(self.units):
            return False
        issuer, day = self.units[below].text.strip(), self.units[below + 1].text.strip()
        return (_issuer_and_day(issuer) or patterns.NOTICE_DATE.match(issuer) is not None
                or patterns.ISSUER_NAME.match(issuer) is not None and (_NOTICE_MONTH.match(day) or patterns.NOTICE_DATE.match(day)))

    def _tips_by_label(self, start: int, after: int) -> bool:
        """Is this a short title of tips (本周农事提示) over two tips or more, each led by what it is about (冬小麦：…)?"""
        title = self.units[start].text
        if _TIPS_COLUMN.match(title) is None:
            return False
        below = self._run_end(after, lambda k: self._tip_by_label(self.units[k].text))
        # (not a story's 专家提醒 over what bodies or speakers said, 市疾控中心：…, 记者：…, prose going on under it, or
        # under its next subhead)
        return below - after >= _LABELLED_TIPS and not (below < len(self.units) and (
            not self.heads[below] and self._prose_from(below) or self.heads[below] and self._subhead_over_prose(below)))

    @staticmethod
    def _tip_by_label(text: str) -> bool:
        found = _TIP_LABEL.match(text)
        return (found is not None and not found["label"].endswith(_SPEAKING_BODIES)
                and found["label"] not in ("记者", "问", "答")
                and not (patterns.is_names_line(found["label"]) and found["label"] not in words()))  # (马铃薯 is no one)

    def _rows_boxed(self, story: _Story) -> bool:
        """Is the story a box of fields in brackets (食疗方 / 山药莲子粥 / 【组成】… / 【做法】…) or of a schedule's rows
        (本周赛程 / 11月19日（周三）19:35　…), each a paragraph?"""
        texts = [self.units[k].text for k in story.paragraphs]
        # (a signed comment's labelled parts are no box's: 【关键词】… / 【事件】… / 【点评】 / its text)
        return len(texts) >= _FIELDS_BOX and (all(_BRACKET_FIELD.match(text) and not text.endswith("】") for text in texts)
                                              and not self._signed(story)
                                              or all(patterns.SCHEDULE_ROW.match(text) for text in texts))

    def _notice_asks(self, index: int, story: _Story) -> bool:
        """Is this a sentence of a notice (寻人启事 / … / 如有知情者请与家属联系，必有酬谢！) over its contact fields: the
        notice's text, not an advertisement's slogan?"""
        return (bool(story.headlines) and patterns.own_block(self.units[story.headlines[-1]].text)
                and "，" in self.units[index].text and patterns.ends_sentence(self.units[index].text))

    def _next_court_notice(self, index: int, story: _Story) -> bool:
        """Is this the next notice of a box of court notices (法院公告 / 梁国华：本院受理… / …法院 / 二〇二五年十一月三日 /
        青禾市恒远物流有限公司：本院受理…): addressed to a party, under the box's label that closed notices don't end?"""
        return (bool(story.headlines) and self.units[story.headlines[-1]].text.replace(" ", "").endswith("公告")
                and _COURT_NOTICE_OPENS.match(self.units[index].text) is not None
                and _COURT_NOTICE_OPENS.match(self.units[story.paragraphs[0]].text) is not None)

    def _note_under_note(self, index: int, story: _Story) -> bool:
        """Is this a closing note right under the note that closed the story ((本文专家：…） / （来源：…）): its foot too."""
        return (patterns.closing_note(self.units[index].text) and self.assigned[index - 1] == (story.index, "paragraph")
                and patterns.closing_note(self.units[index - 1].text))

    def _brief_in_box(self, index: int, story: _Story) -> bool:
        """Is this signed brief (■…。（通讯员 曾子豪）) one of a labelled box's marked briefs, another marked alike
        under it (乡村简讯 / ■… / ■…), or led by its place as the next is (◆县区传真 / 瑞溪市　近日，… / 桂湖区　…)?  The
        box is one item; its briefs' credits close none of it."""
        mark = self.units[index].text[0]
        following = self._next(index + 1)
        if following >= len(self.units) or not story.headlines:
            return False
        if patterns.PLACED_BRIEF.match(self.units[index].text) and patterns.own_block(self.units[story.headlines[0]].text):
            return patterns.PLACED_BRIEF.match(self.units[following].text) is not None  # ◆县区传真 / 瑞溪市　近日，… / 桂湖区　…
        if _UNIT_LED_BRIEF.match(self.units[index].text) and patterns.own_block(self.units[story.headlines[0]].text):
            return _UNIT_LED_BRIEF.match(self.units[following].text) is not None  # 院系动态 / 化学化工学院：11月18日，… / 文学院：…
        if (mark not in patterns.BRIEF_MARKS and len(story.headlines) == 1
                and _DIGEST.search(self.units[story.headlines[0]].text)):
            # ■校园快讯 / 近日，…（通讯员 王　磊） / 11月20日，…（通讯员 李　娜）: the box's unmarked briefs, each signed
            below = self.units[following]
            return below.role == "text" and not self.heads[following] and patterns.ends_on_credit(below.text) is not None
        if all(patterns.TITLED_BRIEF.match(self.units[k].text) for k in (story.paragraphs[0], index, following)):
            return True  # 企业风采 / 晋川煤业　首台…投用　12月10日，…（通讯员 冀 鹏） / 汾源焦化　…: run-in titled briefs
        first_mark = self.units[story.paragraphs[0]].text[0]
        if (mark not in patterns.BRIEF_MARKS and first_mark in patterns.BRIEF_MARKS
                and patterns.own_block(self.units[story.headlines[0]].text)):
            return self.units[following].text[0] == first_mark  # 数字 / ■3.1亿人次 / 今年10月…（据国铁集团） / ■1.56亿
        return (mark in patterns.BRIEF_MARKS and first_mark == mark
                and self.units[following].text[0] == mark)

    def _afterword_under_signature(self, index: int) -> bool:
        """编后 right under a reader's signature (辽宁海城市读者), or under a letter however signed, heads the editors'
        afterword to the letter, an item of its own: the editors' words, not the reader's."""
        return (index > 0 and patterns.is_afterword(self.units[index].text)
                and (patterns.SIGNATURE.match(self.units[index - 1].text.strip()) is not None
                     or self.story is not None and self._letter(self.story)))  # 编辑同志：… / 河南省周口地区 农民 刘长顺

    def _signs_notice(self, index: int) -> bool:
        """A notice's issuer and date under its text (特此讣告。 / 陈文华同志治丧委员会 / 2026年1月30日): they close
        it, and a heading under them is the next notice's."""
        text, following = self.units[index].text, index + 1
        if following < len(self.units) and (self.units[following].text.strip() in patterns.BOARDS
                                            or patterns.ISSUER_NAME.match(self.units[following].text.strip())):
            # 江苏博俊工业科技股份有限公司 / 董事会 / 2026年1月30日: the issuer over two lines; …文明实践中心 /
            # …指导委员会办公室 / 2025年5月18日: two issuers
            following += 1
        below = self.units[following].text.strip() if following < len(self.units) else ""
        if text[-1] not in "日月" and not (below[-1:] == "日" or _NOTICE_MONTH.match(below)):
            return False  # most lines: neither it nor the next is a date
        text = text.strip()
        story = self.story
        if story is None or story.closed or not story.paragraphs or self.assigned[index - 1] != (story.index, "paragraph"):
            return False
        if _NOTICE_MONTH.match(text):
            return patterns.ISSUER_NAME.match(self.units[index - 1].text.strip()) is not None  # …副刊部 / 2025年12月
        if _NOTICE_MONTH.match(below) and patterns.ISSUER_NAME.match(text) and any(
                _RULES_TITLE.search(self.units[k].text) or _NOTICE_TITLE.search(self.units[k].text) for k in story.headlines):
            # 第六条　… / 猛科村村民委员会 / 2025年10月: the rules' body and month under them; …征稿启事 / … / 雪峰报编辑部 /
            # 2026年2月: a notice's
            return True
        if _issuer_and_day(text):
            return True  # 县人力资源和社会保障局　2025年12月2日: the issuer and the day on one line
        return bool(patterns.NOTICE_DATE.match(text)) or (
            following < len(self.units) and self.units[following].role == "text"
            and patterns.issuer_over_date(text, self.units[following].text)
            and (_closes_notice_text(self.units[index - 1].text)
                 or self._roll(story) and (patterns.ISSUER_NAME.match(text) is not None or text.endswith(_BODIES))
                 or patterns.ISSUER_NAME.match(self.units[index - 1].text.strip()) is not None
                 and patterns.ISSUER_NAME.match(text) is not None))  # two issuers, not 某医院 / 招聘公告 / 2025年…

    def _roll(self, story: _Story) -> bool:
        """Is the story an honour roll or a list of names (光荣榜 / …“最美家庭”名单), its issuer over its day at its foot?"""
        return any(_ROLL_TITLE.search(self.units[k].text) for k in story.headlines)

    def _signs_the_tips(self, index: int) -> bool:
        """A body's name alone under a box's numbered tips (①…, 一、…), perhaps a closing word after them, with a heading
        or the page's end below it: the body that gives the advice (a 车务段, a 监管分局, a 森林防火指挥部办公室) signs
        the box."""
        story = self.story
        if (story is None or story.closed or not story.headlines or len(story.paragraphs) < _MARKED_ENTRIES
                or not patterns.issuers_line(self.units[index].text)):
            return False
        below = self._next(index + 1)
        tips = story.paragraphs[-_MARKED_ENTRIES:]
        if (not _tip(self.units[tips[-1]].text) and patterns.ends_sentence(self.units[tips[-1]].text)
                and (below >= len(self.units) or self._over_marked_items(below))):
            tips = story.paragraphs[-_MARKED_ENTRIES - 1:-1]  # ④… / 未成年人保护法规定，…。: a closing word after the tips
        return (len(tips) == _MARKED_ENTRIES
                and (all(_tip(self.units[k].text) for k in tips)  # (or its listings' fields: 题目：…　时间：… / 科学技术处)
                     or len(self.units[index].text.split()) > 1  # (two bodies: a court over its notice is one)
                     and all(patterns.FIELD_LABEL.match(self.units[k].text) for k in story.paragraphs[-_MARKED_ENTRIES:]))
                and (below >= len(self.units) or self.heads[below] and not _NOTICE_MONTH.match(self.units[below].text)))

    def _signed_brief_over_heading(self, index: int) -> bool:
        """A brief closing on its writer's name alone (…等环节。（王 宁）) with a heading under it: the next
        brief's.  Untitled items of a 简讯 box (●…（李 华） / ●…) stay the box's paragraphs."""
        text = self.units[index].text
        if not text.endswith(("）", ")")) or patterns.SIGNED_BRIEF.search(text) is None:
            return False
        following = self._next(index + 1)
        return following < len(self.units) and self.heads[following]

    def _lead_in_after_story(self, index: int, story: _Story) -> bool:
        """编者按：… under a story's text introduces the story after it, never closes this one."""
        return (bool(story.paragraphs) and self.assigned[index - 1] == (story.index, "paragraph")
                and patterns.LEAD_IN.match(self.units[index].text) is not None)

    def _caption_after_story(self, index: int, story: _Story) -> bool:
        """A caption with its credit run in (…移栽西瓜苗。 通讯员 孙 悦 摄) under a story's last sentence, or a brief's under
        its column's label (or a dated one under a box's last field: 指导价：… / 11月18日，市民在…), with the page's
        furniture, a headline or its end below it: a photo of its own, set after the story.
        From text alone: where lines were measured, a caption is found under its photo."""
        following, above = self._next(index + 1), self._previous(index - 1)
        # (the page's furniture may stand between, under a caption opening on its day: 未来三天天气 / … / （州气象台提供） /
        # 6月11日，…。　通讯员　X　摄; a story's last paragraph run on past a box, its credit at its end, is the story's)
        return (self.units[index].lines[0].bbox is None
                and (len(story.paragraphs) >= 2 or story.has_lead or self._under_briefs_label(story))
                and (above == index - 1 or patterns.DATED_SCENE.match(self.units[index].text) is not None)
                and above >= 0 and self.assigned[above] == (story.index, "paragraph")
                and (patterns.ends_sentence(self.units[above].text)
                     or _LABELLED_LINE.match(self.units[above].text) and patterns.DATED_SCENE.match(self.units[index].text)
                     or _BRACKETED_COLLECTOR.match(self.units[above].text)  # (…整理）: the box's foot
                     or _table_row(self.units[above].text)  # (垦区合计　693.0　18.0: a table's last row)
                     # (6.蒙古象棋（旗文化馆） / 7月15日，…: a list's last item, under a dated caption)
                     or _NUMBERED_POINT.match(self.units[above].text) and patterns.DATED_SCENE.match(self.units[index].text))
                and _credited_caption(self.units[index].text)
                and (following == len(self.units) or self.heads[following] or self._marked_alike(index, following)))

    def _marked_alike(self, index: int, following: int) -> bool:
        """Is the unit under this ▲ caption another, credited in it or on the line under it (▲…摄 / ▲… / 记者 X 摄):
        photos set one after another, not a list of ▲ items under a caption set inside the story?"""
        after = self._next(following + 1)
        return (self.units[index].text[0] == self.units[following].text[0] == "▲"
                and (_credited_caption(self.units[following].text)
                     or after < len(self.units) and self.units[after].role == "credit"))

    def _placed_in_picture(self, index: int) -> bool:
        """Is this paragraph a caption with no credit, placing its people in the picture (…（右）和…在检查…。), after a
        story's text and not followed by a credit?"""
        if not (patterns.positioned_caption(self.units[index].text) and index > 0
                and self.units[index - 1].role == "text" and patterns.ends_sentence(self.units[index - 1].text)):
            return False
        following = self._next(index + 1)
        return following == len(self.units) or self.units[following].role != "credit"

    def _passage_under_roll(self, index: int) -> bool:
        """Is this the note of the session that passed a roll of appointments, or its date, in brackets under the roll's
        title (全国人民代表大会常务委员会任免名单 / （2023年12月29日…第七次会议通过）, 泺东省人民政府任免工作人员 /
        （2025年4月14日））?  Printed as its subtitle; under a law's title the same note opens the law's text."""
        story, text = self.story, self.units[index].text
        return (story is not None and not story.closed and story.headline_only and bool(story.headlines)
                and self.units[story.headlines[-1]].text.endswith(("任免名单", "任免工作人员"))
                and (text.endswith("通过）") or _FULL_DATE_NOTE.match(text) is not None)
                and patterns.BRACKETED_LINE.match(text) is not None)

    def _counted_tips_under(self, index: int) -> bool:
        """Does this heading, a title in two parts, count the tips numbered under it (暑期防溺水　这六条要记牢 / … / 1．…)?
        A box of its own; a feature's subhead may count its points too (改造中要把握这三点)."""
        heading = self.units[index].text
        return ((" " in heading and _COUNTS_TIPS.search(heading.partition(" ")[2]) is not None
                 or _QUOTED_COUNT.search(heading) is not None)  # 农资选购“五看”
                and any(_NUMBERED_POINT.match(unit.text) or _FIRST_COUNTED.match(unit.text)
                        for unit in self.units[index + 1:index + 1 + _TIPS_REACH]))

    def _feature_in_sections(self, story: _Story) -> bool:
        """Is the story a feature — titled over a ——subtitle, signed on a line of its own or opened by a lead — already
        parted by a subhead?  Its sections go on to its end; the next story opens on a lead, a byline or a box's label."""
        return ((self._signed(story) or story.has_lead) and self._subtitled(story)
                and self._in_sections(story))

    def _labelled_section_of_feature(self, index: int, story: _Story) -> bool:
        """Is this heading a label and a colon (柿子园：满树“红灯笼”), no place's, under a signed feature's opening
        paragraphs (a ——subtitle, a byline line)?  A feature's sections are labelled so; a town's item is titled so too."""
        heading = self.units[index].text
        label = _section_label(heading)
        return (label is not None and not label[1] and not _PLACE_LABEL.match(label[0]) and len(story.paragraphs) >= 2
                and not _holds_figure(heading)  # 文旅局：国庆假期接待游客186万人次: news
                and self._signed(story) and self._subtitled(story))

    def _profile_in_sections(self, index: int, story: _Story) -> bool:
        """Is this short heading, under a signed profile's opening paragraphs (——记…), its first subhead?  A profile
        is told in sections; a news item's title after it has a figure (县城新增停车位1200个), or its text closes on a
        credit."""
        heading, below = self.units[index].text, self._next(index + 1)
        return (len(story.paragraphs) >= 2 and len(heading) <= _PROFILE_SUBHEAD and self._signed(story)
                and not _holds_figure(heading)
                and below < len(self.units) and not patterns.ends_on_credit(self.units[below].text)
                and any(self.units[k].text.startswith("——记") for k in story.headlines))

    def _subtitled(self, story: _Story) -> bool:
        """Is the story titled over a ——subtitle?"""
        return any(self.units[k].text.startswith("——") for k in story.headlines)

    def _notes_of_unsigned_story(self, index: int) -> bool:
        """Is this a reporter's label over notes signed at their foot (记者手记 / … / 本报记者　高晓彤) under a story that
        named no writer?  Then the names at the foot sign the whole story, the notes its last section (not a figures
        box's, closed by its source; not a story carried on from another page, whose writers were named there)."""
        story, units = self.story, self.units
        # the label first: this is asked of every heading, and reading the lead's credit costs more
        return (story is not None and not story.closed and bool(story.paragraphs) and index + 2 < len(units)
                and _reporters_piece_kicker(units, index) and not _kicks_by_layout(units, index)
                and not self._figures_box(story)
                and not self._signed(story) and not self._lead_signers(story)
                and (story.index, "jump") not in self.assigned)

    def _figures_box(self, story: _Story) -> bool:
        """Is the story a box of rows or fields closed by its source (统计时间：… / … / 数据来源：…), opening on no sentence
        or all of its lines short ones (规上工业增加值增长7.6%。)?  A story's text opens on sentences, its chart's source
        under them."""
        units = self.units
        return (bool(story.paragraphs) and units[story.paragraphs[-1]].text.startswith(patterns.SOURCE_LABELS)
                and (not patterns.ends_sentence(units[story.paragraphs[0]].text)
                     or all(len(units[k].text) <= _FIGURE_SENTENCE for k in story.paragraphs)))

    def _over_marked_items(self, heading: int) -> bool:
        """Does a box's first marked item (●10月17日，…) follow this heading line?"""
        item = self._next(heading + 1)
        return item < len(self.units) and self.units[item].text[0] in patterns.ITEM_MARKS

    def _dates_its_rows(self, note: int) -> bool:
        """Is this the date a box is as of (（10月27日）, （截至10月27日18时）) over its first row of figures, a field's
        (运行闸次：上行38闸次，…) or a table's (澄航货1008　煤炭2800吨　…)?"""
        text, row = self.units[note].text, self._next(note + 1)
        if not _as_of(text) or row >= len(self.units):
            return False
        first = self.units[row].text
        return _FIELD_ROW.match(first) is not None or " " in first and _holds_figure(first)

    def _speakers_among(self, story: _Story) -> bool:
        """Is a paragraph of the story a speaker's line under his words (个体户　李　明), as in a box of voices (not a
        diary's day: 3月18日　晴)?"""
        return any(len(self.units[k].text) <= _SPEAKER_LINE and not diary_day(self.units[k].text) for k in story.paragraphs)

    def _retiree_signs(self, story: _Story) -> bool:
        """Does a retiree's line (退休职工　石振邦) close a piece of his own: unsigned, of two paragraphs at least, none a
        speaker's line?  Under a quotation he is its speaker, and under a reporter's story whom it tells of."""
        return (not self._signed(story) and len(story.paragraphs) >= 2
                and not self._speakers_among(story))

    def _prose_title_after_poem(self, story: _Story, title: int, following: Unit) -> bool:
        """Does an indented paragraph of prose open under this line, or a sentence of prose twice a verse's length in
        the title's words (职工书画 / 国画《钢城晨曦》，作者…书画展: no last verse over prose going on from the poem, 我不知道 /
        后来我才明白，…), set apart from the poem above (a blank line over it), the poem signed under its title and all
        its text flush verse?  Not a note on the poem or its poet (注：…, （这首诗写于…）, 李明，1979年生，…), nor
        under 后记 or 创作谈, its own parts."""
        prose = (self.wrapped and following.lines[0].indent
                 or len(following.text) > 2 * _FREE_VERSE_LINE and "。" in following.text
                 and _PROSE.search(following.text[:_FREE_VERSE_LINE]) and _UNMARKED_TITLE.match(self.units[title].text)
                 and not _ON_THE_POEM.match(following.text)
                 and self._heading_echoed(title, title + 1, _character_pairs(self._text_after(title + 1))) > 0)
        return (len(story.paragraphs) >= _POEM_VERSES and self._signed(story)
                and all(_verse_like(self.units[k].text) and not self.units[k].lines[0].indent for k in story.paragraphs)
                and following.role == "text" and prose and not _verse_like(following.text)
                and bool(self.units[title].lines[0].gap_before) and not self.units[title].text.startswith(_POEM_NOTES)
                and not following.text.startswith(_POEM_NOTES) and not _POET_BORN.search(following.text, 0, _POET_BORN_AT))

    def _signed(self, story: _Story) -> bool:
        """Does a byline line sign the story (a story that carries a photo, not a photo)?"""
        return (story.index, "byline") in self.assigned

    def _sung_by(self, story: _Story) -> bool:
        """Is the story a song signed by its singer's or collector's credit alone?"""
        signers = self._byline_units(story)
        return bool(signers) and all(self._folk_song_credit(k) for k in signers)

    def _signed_over_text(self, story: _Story) -> bool:
        """Is the story a feature signed under its headline, open (本报记者　马　兰 / …): a song's title in it is a subhead."""
        signers = self._byline_units(story)
        return not story.closed and bool(signers) and bool(story.paragraphs) and signers[0] < story.paragraphs[0]

    def _prose_in(self, story: _Story) -> bool:
        """Does the story hold a paragraph of prose, longer than any verse (本报讯（记者…）…, 课堂上，她唱起了…：)?"""
        return any(len(self.units[k].text) > _SONG_VERSE and self.units[k].text[-1] in "。："
                   and not patterns.song_note(self.units[k].text) for k in story.paragraphs)

    def _signed_by_lyricist(self, story: _Story) -> bool:
        """Is the story signed by its words' writer only (庄文山　词, under a song's title)?"""
        signers = self._byline_units(story)
        return bool(signers) and all(patterns.lyricist(self.units[k].text) for k in signers)

    def _second_lead(self, index: int, story: _Story) -> bool:
        """A paragraph that opens 本报讯（记者李华）… under a story that had its lead: the next item of a
        briefs column (简讯), each without a headline.  (A dated dateline may open a roundup's parts,
        本报北京5月24日电 …, within one story; a bare 本报讯 opens one news item.)"""
        return (story.has_lead and _BRIEF_LEAD.match(self.units[index].text) is not None
                and self.assigned[index - 1] == (story.index, "paragraph")
                and patterns.ends_sentence(self.units[index - 1].text))

    def _mails_the_column(self, index: int, story: _Story) -> bool:
        """A column's mailbox right under its piece's last paragraph, after the author's note, is the piece's."""
        return (patterns.COLUMN_MAILBOX.match(self.units[index].text) is not None
                and self.assigned[index - 1] == (story.index, "paragraph"))

    def _ends_the_part(self, index: int, story: _Story) -> bool:
        """Is this the mark that ends a serial's part (（未完待续）, （全文完）) right under the story's last paragraph,
        though a credit closed that one (…合影。（作者供图））?"""
        return (patterns.PART_END.match(self.units[index].text) is not None
                and self.assigned[index - 1] == (story.index, "paragraph"))

    def _notes_the_essay(self, index: int) -> bool:
        """An essay's funding note right under its closing author note (…（作者单位：…） / 本文系…的阶段性成果。),
        its references' label (参考文献：) or the next entry of its references, is the essay's."""
        text, story = self.units[index].text, self.story
        return ((patterns.ESSAY_NOTE.match(text) is not None or patterns.REFERENCE_ENTRY.match(text) is not None
                 or _REFERENCES.match(text) is not None)
                and story is not None and self.assigned[index - 1] == (story.index, "paragraph"))

    def _jump(self, index: int) -> int:
        story = self.story
        if patterns.jump(self.units[index].text).direction == "from":
            if story is None or story.closed or not story.headline_only:
                story = self._new_story()
            self._assign(index, story, "jump")
            return index + 1
        story = self._open_story()
        self._assign(index, story, "jump")
        story.closed = True
        return index + 1

    def _headline_run(self, index: int) -> int:
        if self._column_over_titled_poem(index):
            return index + 2  # 群文园地 / 晒谷坪上的灯: the column's name and the poem's title; its verse under them
        if ((self._poem_signed_at_foot(index) is not None and not self._set_over_titled_poem(index))
                or patterns.names_poem_form(self.units[index].text)):
            return index + 1  # the poem's title (七绝·春日登石夫人峰); the short lines under it are its verse
        end = index
        while (end < len(self.units) and end - index < _HEADLINE_LINES and self.heads[end]
               and not (end > index and (self._body_label(end) or self._body_type_after_display(end)
                                         or _rows_under_as_of_note(self.units, end)  # the title's date ends it
                                         or self._author_over_text(end) or self._speaker_line(end)
                                         or self._wider_gap(end) or self._numbered_under(index, end)
                                         or _text_under_title(self.units, end) or _heads_table(self.units, end)
                                         or patterns.SALUTATION.match(self.units[end].text)  # a notice's addressees
                                         # (…班学员　孔繁荣 / 学习心得: a letter's signer over the next piece's kicker)
                                         or patterns.SIGNER_AT_END.match(self.units[end - 1].text)
                                         and patterns.GENRE_NAME.match(self.units[end].text) and not self.units[end].gap_before
                                         and end + 1 < len(self.units) and self.heads[end + 1]
                                         # a box's last row of figures over the next title (▶46个　今年…决算审计 / 新修订的…)
                                         or patterns.label_and_figure(self.units[end - 1].text)
                                         and not patterns.label_and_figure(self.units[end].text)
                                         and not self.units[end].text.startswith("——")  # (3000名　… / ——我市表彰…: a deck)
                                         or self._marked_under(index, end) or self._block_label_apart(end)
                                         or _set_apart(self.units[end - 1].lines[-1], self.units[end].lines[0])))):
            end += 1
        return end

    def _note_over_rows(self, index: int) -> bool:
        """Is this a note in brackets over a box's rows (未来一周天气 / （北京） / 11月18日　星期二　多云转阴…, …价格 /
        （10月13日—19日　单位：元/公斤） / 鲜红薯　2.60…), or its date and units unbracketed (6月9日　单位：元/斤)?  It
        says where, when or in what units; the box's text, not its title (the week alone, 一周楼市数据 / （5月6日—5月12日）,
        is the title's second line: the period the box covers, and so is a part of what it covers, （部分等级）,
        （分学院，前十位）)."""
        after, text = index + 1, self.units[index].text
        noted = (patterns.BRACKETED_LINE.match(text) is not None and not _PERIOD_ALONE.match(text)
                 and not _dates_a_long_title(self.units, index) and not _TITLE_QUALIFIER.match(text))
        return (after < len(self.units) and (noted or patterns.TABLE_UNITS.match(text) is not None)
                and self.units[after].role == "text"
                and (patterns.box_row(self.units[after].text) or patterns.head_row(self.units[after].text)))

    def _block_label_apart(self, index: int) -> bool:
        """Among printed lines, is this a block's label (征稿启事) set apart by a blank line from the line above?  A
        poem's last verse (都过得红红火火) or a story's last line stands there; no headline runs on over the gap."""
        return self.wrapped and self.units[index].lines[0].gap_before > 0 and patterns.own_block(self.units[index].text)

    def _numbered_under(self, start: int, index: int) -> bool:
        """Is this line a numbered subhead (1. 东湖高铁站正式开通, 一、…) under a heading that is not numbered?
        A list's first item opens the text under its title (2023年东湖十大新闻); no headline numbers its second line."""
        return (patterns.SECTION_NUMBER.match(self.units[index].text) is not None
                and patterns.SECTION_NUMBER.match(self.units[start].text) is None)

    def _row_under(self, start: int, index: int) -> bool:
        """Is this line a box's row, a label and its figure (耕地面积　19.29亿亩), under a heading that is not one?  The box's
        first row opens the text under its title; no headline's second line is a figure, unless a heading or a lead opens
        under it (全市表彰优秀志愿者 / 3000名　志愿者温暖一座城 / 本报讯…: a deck)."""
        return (patterns.label_and_figure(self.units[index].text) and not patterns.label_and_figure(self.units[start].text)
                and index + 1 < len(self.units)
                and (self._row_or_text(index + 1)  # (or over a note on it, then the next row: 耕地面积　19.29亿亩 /
                     or index + 2 < len(self.units) and patterns.label_and_figure(self.units[index + 2].text)))  # 连续第四年…)

    def _row_or_text(self, index: int) -> bool:
        """Is this line another row of figures, or text that is no heading and opens no story?  Under a title, a line of
        figures over either is a box's first row; over a heading or a lead (3000名　志愿者温暖一座城 / ——我市表彰… /
        本报讯…), a deck."""
        unit = self.units[index]
        return (patterns.label_and_figure(unit.text) or patterns.is_table_row(unit.text)
                or not (self.heads[index] or opens_story(unit) or unit.text.startswith(("——", "编者按")) or unit.lines[0].indent))

    def _first_entry(self, label: int, index: int) -> bool:
        """Is this line, under a heading (`label`), the first entry of the box the heading labels: marked where the
        label is not, a row of figures, a note in brackets over the rows, a speaker under a box of sayings (委员声音 /
        全国政协委员、澄江大学副校长 朱文涛), a question under a box of questions answered (纳税人问 税务答 / 纳税人问：…？), a
        work's title over its fields under a box of listings (本周新片 / 《无声证词》 / 导演：…) or a book's entry under a
        book box (新书架 / 《运河人家》（程立夫著，…）)?"""
        label_text, text = self.units[label].text, self.units[index].text
        return (self._marked_under(label, index) or self._row_under(label, index) or self._note_over_rows(index)
                or _CHANNEL.match(text) is not None and self._over_schedule(index)  # 今日电视 / CCTV-1 / 19:00…
                or _BOOK_BOX.search(label_text) is not None and patterns.BOOK_ENTRY.match(text) is not None
                # 纳税人问 税务答 / 纳税人问：…, 农资问答 / 问：…: a box's first question
                or _ASKS.match(text) is not None and (patterns.own_block(label_text)
                                                      or patterns.GENRE_NAME.match(label_text) is not None)
                or _labels_entries(label_text) and self._employer_over_fields(index)
                or patterns.own_block(label_text) and (_DEPUTY.match(text) is not None or self._work_over_fields(index)
                                                       or self._over_schedule(index) or self._place_over_contact(index)))

    def _place_over_contact(self, index: int) -> bool:
        """Is this line a place's or an office's name over its address or number (便民信息 / 澜华街道社区事务受理服务中心 /
        地址：澜华路388号　电话：57681001): a directory's entry?"""
        text = self.units[index].text
        return (len(text) <= _PLACE_NAME and not _CLAUSE_OR_SENTENCE.search(text) and index + 1 < len(self.units)
                and patterns.CONTACT_LINE.match(self.units[index + 1].text) is not None)

    def _next_in_directory(self, index: int, story: _Story) -> bool:
        """Is this line the next entry of a directory under its label (便民信息), an office's name over its address, as
        an entry of the story already is?"""
        label = self.units[story.headlines[0]].text if story.headlines else ""
        return (patterns.own_block(label) and self._place_over_contact(index)
                and any(map(self._place_over_contact, story.paragraphs))
                # (or a firm's or an office's name over its fields, as the box's first entry: 县人民医院 / 时间：…)
                or _labels_entries(label) and self._employer_over_fields(index)
                and bool(story.paragraphs) and self._employer_over_fields(story.paragraphs[0]))

    def _over_schedule(self, index: int) -> bool:
        """Is this line a channel's or a venue's name over its programme (中央电视台综合频道 / 07:00　朝闻天下)?"""
        below = index + 1
        return (below < len(self.units) and self.units[below].role == "text"
                and patterns.SCHEDULE_ROW.match(self.units[below].text) is not None)

    def _employer_over_fields(self, index: int) -> bool:
        """Is this line a firm's or an office's name (广东凤兴食品有限公司, 县政务服务中心) over a field of its entry (岗位：…,
        时间：…)?"""
        return (patterns.ISSUER_NAME.match(self.units[index].text) is not None and index + 1 < len(self.units)
                and patterns.FIELD_LABEL.match(self.units[index + 1].text) is not None)

    def _work_over_fields(self, index: int) -> bool:
        """Is this line a work's title (《无声证词》, 越剧《陆游与唐琬》) over a field of its entry (导演：罗嘉祺…)?"""
        return (_LISTED_WORK.match(self.units[index].text) is not None and index + 1 < len(self.units)
                and patterns.FIELD_LABEL.match(self.units[index + 1].text) is not None)

    def _in_a_digest(self, story: _Story) -> bool:
        """Is the story a digest of news items under its label (环球扫描, 国内联播快讯, 八方速递)?"""
        return any(_DIGEST.search(self.units[k].text.replace(" ", "")) and patterns.own_block(self.units[k].text)
                   for k in story.headlines)

    def _table_under(self, index: int) -> bool:
        """Do the two units from `index` stand as a table's rows, one under the other (指数 收盘 涨跌幅 /
        上证指数 3402.53 +2.61%), perhaps under its period and its units (（10月15日） / 单位：元/500克)?  A title over a
        table heads a box of its own; a subhead is over text."""
        if index < len(self.units) and (_PERIOD_NOTE.match(self.units[index].text)
                                        or _PERIOD_FIELD.match(self.units[index].text)):
            index += 1  # （10月15日）, 统计时间：6月16日—6月22日: the days its figures are for
        if index < len(self.units) and patterns.TABLE_UNITS.match(self.units[index].text):
            index += 1
        return (index + 1 < len(self.units) and self.units[index].role == self.units[index + 1].role == "text"
                and patterns.rows_apart(self.units[index].text, self.units[index + 1].text))

    def _prose_under_rows(self, index: int, noted: bool = False) -> bool:
        """Does a paragraph of prose follow the box's rows from `index` (各考点咨询电话 / 一中考点　0917-… / 考生报名时须…。)?
        Then the rows are the story's own, under its subhead; a box's rows end at a heading, a note or the page's end
        (`noted`: a note opening 注： or 以上 is the box's own, no prose)."""
        while (index < len(self.units) and self.units[index].role == "text" and patterns.box_row(self.units[index].text)
               and not self.units[index].text.startswith(patterns.SOURCE_LABELS)):
            index += 1
        if index >= len(self.units):
            return False
        unit = self.units[index]
        if noted and _BOX_NOTE.match(unit.text) and index + 1 < len(self.units) and not self.heads[index + 1]:
            index += 1  # (the note's own, unless prose goes on under it: 以上标准自12月1日起执行。 / 据了解，…)
            unit = self.units[index]
        return (unit.role == "text" and not self.heads[index] and patterns.ends_sentence(unit.text)
                and self._prose_from(index) and not patterns.DATED_SCENE.match(unit.text)
                and not (noted and _BOX_NOTE.match(unit.text)) and not unit.text.startswith(patterns.NOTE_LABELS))

    def _section_after_rows(self, index: int) -> bool:
        """Does a subhead over prose follow the rows from `index` (服务电话公开 / 单位　电话 / … / 维修服务到家门口 /
        　　县热力公司组建了…)?  Then the table is a section of the feature above, the feature going on under it."""
        while index < len(self.units) and self.units[index].role == "text" and patterns.box_row(self.units[index].text):
            index += 1
        return (index + 1 < len(self.units) and self.heads[index] and not self.heads[index + 1]
                and self._prose_from(index + 1) and not opens_story(self.units[index + 1]))

    def _head_row_under_note(self, start: int, story: _Story) -> bool:
        """Is this a table's head row under its title and the note in brackets on it or its units (中乙联赛南组积分榜 /
        （截至9月21日　前8名） / 名次　球队　场次…, …监测情况 / 单位：% / 周次　…), the story so far that note alone?"""
        cells = self.units[start].text.split()
        return ((len(cells) >= _HEAD_CELLS and all(_HEAD_CELL.match(cell) for cell in cells) or _heads_table(self.units, start))
                and all(patterns.BRACKETED_LINE.match(self.units[k].text) or patterns.TABLE_UNITS.match(self.units[k].text)
                        for k in story.paragraphs))

    def _titles_alone(self, start: int, end: int) -> bool:
        """Is the run one line, perhaps with the dates it covers in brackets under it (一周楼市数据 / （5月6日—5月12日）)?"""
        return end - start == 1 or end - start == 2 and patterns.BRACKETED_LINE.match(self.units[start + 1].text) is not None

    def _rows_under(self, index: int) -> bool:
        """Are the units from `index` a facts box's or a calendar's rows, _BOX_ROWS of them one under the other (under
        the period they cover in brackets, perhaps: ■数据 / （1—5月） / 规上工业增加值　增长7.8%)?"""
        if index < len(self.units) and _PERIOD_NOTE.match(self.units[index].text):
            index += 1
        rows = self.units[index:index + _BOX_ROWS]
        return len(rows) == _BOX_ROWS and (all(unit.role == "text" and _data_row(unit.text) for unit in rows)
                                           or all(unit.role == "text" and patterns.calendar_row(unit.text) for unit in rows))

    def _in_sections(self, story: _Story) -> bool:
        """Has the story set a subhead among its paragraphs already?"""
        return any(self.heads[k] for k in story.paragraphs)

    def _spaced_rows(self, story: _Story) -> bool:
        """Is the story a box of rows, cells set apart with figures in them (青龙潭水库　蓄水量42760万立方米　较上周…), a note
        under them at most?"""
        texts = [self.units[k].text for k in story.paragraphs]
        return (sum(" " in text and any(c.isdigit() for c in text) and not patterns.ends_sentence(text) for text in texts) >= 2
                and sum(patterns.ends_sentence(text) for text in texts) <= 1)  # (a story's sentences round its rows: no box)

    def _rows_in(self, story: _Story) -> bool:
        return any(patterns.figure_row(self.units[k].text) or patterns.calendar_row(self.units[k].text)
                   for k in story.paragraphs)

    def _short_kicker(self, index: int) -> bool:
        """Is this a box's short kicker (警示, 关注), not a signature closing the piece above (林晓, 市公安局)?"""
        text = self.units[index].text
        return (len(text) <= _SHORT_KICKER and not (patterns.is_names_line(text) and text not in words())
                and not patterns.ISSUER_NAME.match(text) and not _signs_verse(text))

    def _heads_a_box_of_entries(self, start: int, after: int, story: _Story) -> bool:
        """Is this line the title of a box whose entries are marked (政法动态 / ■ …), under a story none of whose
        paragraphs is, and no standing label of a story's own box (划重点 / ★…, 小贴士)?"""
        mark = self.units[after].text[0]
        return (after == start + 1 and self._marked_under(start, after) and bool(story.paragraphs)
                and not patterns.BOX_LABEL.match(self.units[start].text)
                and not any(self.units[k].text[0] == mark for k in story.paragraphs)
                # (a case's labelled part, its parts labelled above: 事故经过 / … / 原因分析 / … / 防范措施 / ①…)
                and not (patterns.CASE_PART.match(self.units[start].text)
                         and any(patterns.CASE_PART.match(self.units[k].text) for k in story.paragraphs)))

    def _titles_entries_marked_alike(self, start: int, after: int, story: _Story) -> bool:
        """Is this marked line (▲秋季防疫提醒, ■调查回音) the title of the entries under it, each marked alike: sentences
        marked as the title is (a notice may end on its number: …正常办公。咨询电话：…), or briefs signed at their feet
        however marked (◆…（记者 叶舟））, under a story that marked none?  A marked subhead (■ 法官说法, ■新政亮点 / ●…)
        is over unmarked text or a list of points."""
        entries = self.units[after:after + _MARKED_ENTRIES]
        mark = entries[0].text[0] if entries else ""
        return (self.units[start].text[0] in patterns.BRIEF_MARKS and mark in patterns.BRIEF_MARKS
                and after == start + 1 and bool(story.paragraphs) and len(entries) == _MARKED_ENTRIES
                and all(unit.role == "text" and unit.text[0] == mark
                        and (patterns.closing_credit(unit.text) is not None
                             or mark == self.units[start].text[0]
                             and (patterns.ends_sentence(unit.text)
                                  or "。" in unit.text and patterns.ENDS_ON_PHONE.search(unit.text) is not None))
                        for unit in entries)
                and not any(self.units[k].text[0] == mark for k in story.paragraphs))

    def _marked_under(self, start: int, index: int) -> bool:
        """Is this line marked (■王建明（全国人大代表…）, ◎“一把手”招商) under a heading that is not?  A box's first entry
        opens the text under its title; no headline marks its second line."""
        return self.units[index].text[0] in _ENTRY_MARKS and self.units[start].text[0] not in _ENTRY_MARKS

    def _wider_gap(self, index: int) -> bool:
        """On a page of lines one blank line apart, is this line set three or more blank lines below
        the one above?  A headline's lines stand at most two apart; three come only before a new headline."""
        return not self.wrapped and self.units[index].lines[0].gap_before >= _GAP_BEFORE_HEADLINE

    def _close_under_text(self, index: int) -> bool:
        """Where lines were measured: is this body-type line set right under a line of text in its own type, no
        space between (…一点点调动作。 / 这群年轻的越剧人笑着说，“咱们戏台上见！”)?  Then it is that text's last
        line or its next paragraph, never a heading: a kicker over the next headline, or a title in body type
        (letters pages' 加强农村医疗垃圾回收管理), stands apart from the text above it.  A subhead set flush under
        the text is read as the paragraph it is kept as anyway."""
        line = self.units[index].lines[0]
        if index == 0 or line.bbox is None or self.display[index] or line.gap_before:
            return False
        above = self.units[index - 1]
        return (above.role == "text" and above.lines[-1].bbox is not None and above.lines[-1].font_size == line.font_size
                and not _set_apart(above.lines[-1], line) and not headline_like(above))

    def _body_type_after_display(self, index: int) -> bool:
        """Where type sizes are known: is this line set in body type right under one in display type?"""
        size = self.units[index].lines[0].font_size
        return (self.display[index - 1] and not self.display[index] and size is not None
                and self.layout.body_size is not None and size <= 1.05 * self.layout.body_size)

    def _next(self, index: int) -> int:
        """The first unit at or after index that is not furniture."""
        while index < len(self.units) and self.units[index].role == "furniture":
            index += 1
        return index

    def _previous(self, index: int) -> int:
        """The last unit at or before index that is not furniture (-1 where none is)."""
        while index >= 0 and self.units[index].role == "furniture":
            index -= 1
        return index

    def _starts_story(self, start: int, end: int) -> bool:
        story = self.story
        if story is None or story.closed or (start > 0 and self.units[start - 1].role == "furniture"):
            return True
        if self.display[start]:
            return True  # set in display type: a headline, never a subhead of body size
        if start > 0 and _AD_DISCLAIMER.match(self.units[start - 1].text):
            return True  # （本广告仅为要约邀请…） / 家装贴士: an advertisement's disclaimer is its last line
        if (start > 0 and patterns.PART_END.match(self.units[start - 1].text)
                and not _ABOUT_THE_AUTHOR.match(self.units[start].text)):
            return True  # （未完待续） / “低头”一族: a serial's part ends there; only the note on its writer follows it
        if patterns.COLUMN_BAR.match(self.units[start].text):
            return True  # a column's name before a bar heads a story of that column, never a subhead
        if end - start == 1 and self._title_after_compiled(start):
            return True  # …0.82元/公斤 / （周红梅　整理） / 边贸小店里的“大世界”: the next story under a box its compiler closed
        if end - start == 2 and _dotted_genre(self.units[start].text):
            return True  # …进行了排查。 / 水务人·随笔 / 一只水表的故事: a column named for its kind of piece kicks its title
        if (story.paragraphs and any(patterns.names_poem_form(self.units[k].text) for k in story.headlines)
                and patterns.ends_counted_poem(self.units[k].text for k in range(start - 1, -1, -1))
                and not any(_poem_set(self.units[k].text) for k in story.headlines)):
            # 七律·咏小站稻 / 高　鹏 / its four couplets / 在书页里过冬: the poem is whole, this the next piece (田园杂咏（二首） /
            # 七绝·春耕 / … / 七绝·夏耘: a set's next part; a story quoting a poem goes on to its next subhead)
            return True
        if ((patterns.own_block(self.units[start].text) and not self._figures_label_over_prose(start, end))
                or patterns.REPORTER_COLUMN.match(self.units[start].text)):
            return True  # 简讯, 遗失声明, 广告, 记者帮办 head a block of their own, never a part of the story above
        if end - start <= 2 and story.paragraphs and patterns.BRIEFS_LABEL.match(self.units[start].text):
            return True  # … / 像一朵不肯凋谢的花 / 文艺短波 / 县文联举办…展: a column of briefs after the piece, its own
        if (end - start <= 2 and story.paragraphs and patterns.ends_sentence(self.units[start - 1].text)
                and _ISSUED_TITLE.search(self.units[end - 1].text) is not None
                and not any(_CLAUSE_OR_SENTENCE.search(self.units[k].text) for k in range(start, end))):
            return True  # …到教务处咨询。 / 滨江市老年大学 / 2025年春季学期招生简章 / 一、招生对象: a notice after the story
        if end - start == 1 and self._next_brief_under_label(start, end, story):
            # 基层动态 / 南屏县局开展…检查 / 本报讯…。 / 河口区局破获…案 / 日前，…: the column's next brief, titled, opening as
            # briefs open, or a box of facts after them (a subhead over the brief's own text does not: 农村寄递提速 /
            # 据市邮政管理局介绍，…)
            return True
        if end - start == 1 and self.units[start].text == _PLEA and story.paragraphs and self._letter(story):
            return True  # 编辑同志：… / …宿舍　李淑珍 / 求助: a family's plea for help under a reader's letter (inside a
            # hotline's story, its part: 求助 / … / 回应)
        titled = end - 1 if end - start > 1 and _numbers_the_title(self.units[end - 1].text) else end
        if ((end - start == 1 or end - start == 2 and patterns.SALUTATION.match(self.units[start + 1].text))
                and story.paragraphs and patterns.DOCUMENT_TITLE.match(self.units[start].text)):
            # …“责任网”。 / 关于调整城区部分公交线路的通知 (/ 各科室、广大患者朋友：): a notice printed whole, a block of its own
            return True
        if titled - start <= 2 and _NOTICE_TITLE.search(self.units[titled - 1].text.replace(" ", "")):
            # 岭东市妇幼保健院 / 2025年度公开招聘编外工作人员公告: a notice under its issuer, a block of its own (a longer
            # run holds the foot of the notice above: its issuer and date)
            return True
        if self._sentence_over_poems(start, end):
            return False  # …又何尝不是如此呢？ / 棉花地里的月亮（外一首）: the story's last sentence; the set heads the next
        after = self._next(end)
        if after >= len(self.units):
            return False
        following = self.units[after]
        if (end - start <= 2 and story.paragraphs and not story.has_lead and self._spaced_rows(story)
                and patterns.ends_sentence(following.text) and not patterns.BOX_LABEL.match(self.units[start].text)
                and not any(character.isdigit() or character == " " for k in range(start, end)
                            for character in self.units[k].text)  # (人民币中间价　1美元兑7.0202元: a row, no title)
                and self.units[story.paragraphs[-1]].text.startswith(patterns.NOTE_LABELS)):
            # …河南　337.9　1268.5　+6.9% / 注：… / 汛期车辆涉水受损 / 保险该怎么赔？ / 入汛以来，…: a piece after a table's box
            return True
        if (end - start <= 2 and after + 1 < len(self.units) and _marked_writer(self.units[after + 1].text)
                and self.heads[after] and story.paragraphs and not _marked_writer(self.units[end - 1].text)
                # (not after an essay: 乡村记忆（组诗） / 老井 / □ 王小明)
                and any(len(self.units[k].text) <= _LONG_VERSE for k in story.paragraphs)
                and not any(patterns.POEM_SET.search(self.units[k].text) for k in range(start, end))):
            return False  # … / 阿妈说 / 今年的草会长得好 / 牛粪火 / □　马　骁: a poem's last verses, the next poem's title under them
        if (story.paragraphs and patterns.label_and_figure(self.units[start - 1].text)
                and patterns.label_and_figure(self.units[start].text) and not opens_story(following)):
            return False  # 16328人　本场比赛观众人数… / 19岁　王启航的年龄…: a figures box's next row
        if after == end and self.heads[after] and self._wider_gap(after):
            return False  # lines closing the story (主动“找事做” / 新疆和田地区 马爱龙) over a headline set apart
        if (following.role == "byline" or self._author_over_text(after)) and not self._body_type_heading(start, end):
            return True
        if following.role == "jump" and _jump_from(following.text):
            return True
        if following.role == "text" and patterns.opens_continuation(following.text):
            return True
        if end - start == 1 and not story.paragraphs and self._in_a_digest(story):
            return False  # 环球扫描 / 记者 刘诗平 / 也门胡塞武装警告… / 据新华社…电: a digest's first item, titled in one line
        if (following.role == "text" and (patterns.DATELINE.match(following.text) or patterns.LEAD_IN.match(following.text)
                                          or _READER_ASKS.match(following.text) or patterns.SALUTATION.match(following.text)
                                          or _addressed_letter(self.units[end - 1], following) and not self._signed(story))
                and not self._body_type_heading(start, end)):
            # a lead, 编者按：…, 读者问：… (a letter to a lawyer's or a doctor's column) or 编辑同志： (a reader's letter)
            # opens under it
            return True
        if (following.role == "text" and patterns.QUESTION.match(following.text)
                and (" " in (title := self.units[start].text) or _two_part_dotted_title(title)
                     or _QA_BOX_NAME.search(title) is not None)
                and story.paragraphs
                and not any(patterns.QUESTION.match(self.units[k].text) for k in story.paragraphs)):
            # …物业选聘。 / 老旧小区改造　居民关心的问题这里有答案 / 问：…, 党纪学习教育·应知应会 / 问：…: a Q&A box, titled
            # in two parts or named one (统计法律知识问答), under a story that asked nothing (a subhead over an interview's
            # first question is one phrase, 告别“多头跑、重复交”, or two with a comma, 引得来，还要留得住)
            return True
        if (end - start == 1 and start > 0 and patterns.label_and_figure(self.units[start - 1].text)
                and patterns.label_and_figure(following.text)):
            return False  # 耕地面积　19.29亿亩 / 连续第四年实现净增加 / 永久基本农田　…: a note on the row above, among the box's rows
        if (end - start == 1 and self._over_schedule(start)
                and any(patterns.SCHEDULE_ROW.match(self.units[k].text) for k in story.paragraphs)):
            return False  # …20:00　电视剧：江南春早 / 浙江卫视 / 10:00　…: the listing's next channel
        if ((end - start <= 2 or end - start == 3 and _dates_a_long_title(self.units, end - 1))
                and story.paragraphs and self._table_under(after) and not self._head_row_under_note(start, story)
                and not self._prose_under_rows(after)):
            return True  # …（记者 X） / 沪深两市主要指数表现（12月9日） / 指数 收盘 涨跌幅 / 上证指数 3402.53 +2.61%: a table's box
        if (self._titles_alone(start, end) and story.paragraphs and self._rows_under(after)
                # (a titled box's note under its rows is its own: 注：以上价格为…均价，仅供参考。)
                and not self._rows_in(story) and not self._prose_under_rows(after, noted=True)
                and not self._head_row_under_note(start, story)):  # (…挂牌利率 / （…起执行） / 期限　年利率%: its head row)
            return True  # …其他车型。 / 主要参数 / 轴距：2840毫米 / 电池容量：62.4千瓦时 / …: a facts box after a story of none
        if (end - start == 1 and patterns.SERVICE_BOX.match(self.units[start].text) and following.role == "text"
                and (patterns.FIELD_LABEL.match(following.text) or patterns.box_row(following.text)
                     or patterns.forecast_row(following.text))):
            return True  # 江城市青少年心理援助热线 / 热线电话：…, 明日重点城市空气质量预报 / 北京　良: a box over its fields or rows
        if (end - start == 1 and story.paragraphs and following.role == "text"
                and _BRACKETED_ENTRY.match(following.text)
                and not patterns.BOX_LABEL.match(following.text) and not _EDITORS_OPEN.match(following.text)
                and self._field_below(after)  # (not 【专题深思】 / 全面构建…: a column's label over a title)
                and not story.has_lead and not self._signed(story)  # (a feature's own box: 店家推荐 / 【牛肉米粉】)
                and not any(_BRACKETED_ENTRY.match(self.units[k].text) for k in story.paragraphs)):
            return True  # …舒缓运动。 / 霜降药膳推荐 / 【百合银耳雪梨羹】 / 原料：…: a box of entries after a story of none
        if (end - start == 1 and story.paragraphs and following.role == "text" and _NUMBERED_ENTRY.match(following.text)
                and not any(_NUMBERED_ENTRY.match(self.units[k].text) for k in story.paragraphs)):
            return True  # …实地考察。 / 重点招商项目 / 项目一：年产5万吨…: a box of numbered entries after a story of none
        if end - start == 1 and story.paragraphs and self._sayings_under(after) and not any(
                patterns.SAYING_SIGNED.match(self.units[k].text) for k in story.paragraphs):
            return True  # …向市民开放。 / 书记谈党建 / “…” / ——…党委书记　周立新: a box of signed sayings after a story
        if (end - start == 1 and len(story.paragraphs) >= _BOX_ROWS and following.role == "text"
                and len(story.headlines) == 1 and patterns.own_block(box := self.units[story.headlines[0]].text)
                and "我" not in box and not self._signed(story) and _CLAUSE_OR_SENTENCE.search(self.units[start].text) is None
                and _CLOSING_SECTION.search(self.units[start].text) is None
                and len(following.text) > _PROSE_UNDER_POEM and "。" in following.text
                and all(_YEAR_ENTRY.match(self.units[k].text) or patterns.label_and_figure(self.units[k].text)
                        for k in story.paragraphs)):
            # …大事记 / 1986年　…。 / … / 2024年　…。 / 腊肉里的乡愁 / 每年腊月，…, 数说一季度 / 91.3万吨——… / … /
            # 老井长的“听诊”绝活 / 在采油三厂…: prose titled after a box named as a timeline or figures (a signed
            # feature opening on years, a 年谱 over its 后记, a box's closing section, 结语, 数字背后, 未来展望, or a
            # family's own 我家的大事记, goes on)
            return True
        if (end - start == 1 and following.role == "text" and len(following.text) > _VERSE_LINE and "。" in following.text
                and not _ABOUT_THE_AUTHOR.match(self.units[start].text)
                and (self._verses_only(story)
                     # (under one poem signed under its title, a box of facts named over a paragraph of prose: 秋场谣 /
                     # □　龙　云 / … / 是一家人的笑声 / 民俗小知识 / 八人秋是…; not the poem's last verse over the poet's note
                     # on it, nor the note's label: 创作手记, 编者点评)
                     or self._signed_poem(story) and _FACTS_BOX_NAME.search(self.units[start].text) is not None
                     and len(following.text) > _PROSE_UNDER_POEM)):
            return True  # …当年的麦垛有多高 / 母亲的菜园 / 母亲的菜园在老屋后面，…: prose titled under a poem, a piece of its own
        if (end - start == 1 and any(len(self.units[k].text) > _VERSE_LINE for k in story.paragraphs)
                and self._poem_after(story) and self._poem_signed_at_foot(start) is not None):
            # …等报刊。 / 晚稻 / 晚稻低下头的时候 / … / 程　欣: a poem signed at its foot after prose, a piece of its own
            return True
        if end - start == 1 and story.paragraphs and patterns.names_poem_form(self.units[start].text) and self._poem_after(story):
            return True  # …还会发芽 / 七律·登太岳山 / 雨霁群峰翠欲流，: a classical poem's form and title open the next poem
        if (end - start == 1 and story.headlines and patterns.BOX_LABEL.match(self.units[start].text)
                and patterns.own_block(head := self.units[story.headlines[0]].text)
                and not (_NOTICE_TITLE.search(head) or head.endswith(("通知", "简章")))):  # 停水通知 / … / 温馨提示: its own
            return True  # 书架 / 《县域治理的逻辑》 / … / 名词解释: a box after a box of its own, no story's part
        if ((end - start == 1 or end - start == 2 and self.units[start].text.endswith("："))
                and story.paragraphs and self._signed_item(start, end, after, story)):
            # …颗粒归仓。 / 沙溪镇：“稻虾共作”鼓起… / …（通讯员 陆 敏）: an item after a story (its place, perhaps, on a
            # line of its own over the title: 茶林河镇： / 农村改厕“改”出新风貌)
            return True
        if ((end - start == 1 or end - start == 2 and (self.units[start].text[0] in patterns.BRIEF_MARKS
                                                       or self._short_kicker(start)))
                and self._heads_a_box_of_entries(end - 1, after, story)):
            # …（评论） / 政法动态 / ■ 司法部近日…, …罪。 / ▲普法小课堂 / 暑期带娃出游　这些法律知识要知道 / ①…: a box of marked
            # entries, titled (under its kicker, perhaps), after a story that marked none
            return True
        if end - start == 1 and self._asks_like_a_subhead(start, story):
            return False  # 哪些人群建议优先接种？ … / 接种前需要注意什么？: the story's next question, asked as the one before
        if self._numbered_set_at(after):
            return True  # …9000万元。 / 灾后重建　家园重光 / 图①：… / 图②：… / 本报记者　吴海燕　摄: a set's title, however like a subhead
        if self._entries_after_brief(start, end, after, story):
            return True  # …本报讯…获奖总数居全省第二。 / 本月天象 / 12月14日　双子座流星雨… / 12月21日　冬至。…: a box
        if end - start == 1 and story.paragraphs and self._price_box_at(start, after):
            # …“金钥匙”。 / 本周枸杞市场行情 / (本周…持平。) / 特优（280粒/50克）　62～68元/公斤: a box of prices, under the
            # sentence that opens it perhaps
            return True  # (not the story's next subhead, though it has some)
        if end - start == 1 and self._labelled_like_subheads(start, story):
            return False  # 零点：第一批货车进场 … / 两点：讨价还价声此起彼伏: the story's next section, labelled as the one before
        if end - start == 1 and self._answers_the_question_above(start, story):
            return False  # …最深处没过脚踝。 / 积水问题为何迟迟得不到解决？ / 雨水管网“卡脖子”: its first section, the answer
        if end - start == 1 and self._opens_labelled_series(start, after, story):
            return False  # 谋在前：项目储备“滚雪球” / … / 干在先：要素保障“跑起来”: its first section, labelled as the next
        if end - start == 1 and self._in_a_series(start, after, story):
            return False  # 本报讯…运力。 / 夜间高铁“上新” / 暑运期间，… / “一站一策”疏解客流 / 针对…: a story's subheads
        if (self._captioned_photo_follows(after) and not (end - start == 1 and self._section_over_photo(after, story))
                and not (story.paragraphs and self._letter(story)
                         and any(_signed_by_reader(self.units[k].text) for k in range(start + 1, end)))):
            return True  # (…衷心感谢！ / 读者　帕提古丽·沙吾提 / 6月16日，…摄: a letter's last words and signature, no title)
        if (following.role == "text" and patterns.SOURCED_LEAD.match(following.text) and story.paragraphs
                and patterns.SOURCED_LEAD.match(self.units[story.paragraphs[0]].text)):
            return True  # 据新京报报道，… under 据北京青年报报道，…: a digest's next brief, sourced as the one above
        if end - start == 1 and self._next_in_directory(start, story):
            return False  # 便民信息 / …服务中心 / 地址：… / 银杏街道…服务中心 / 地址：…: the directory's next entry
        if self._contact_below(end) and not self._notice_asks(start, story):
            return True  # 金秋家装节 / 全场低至5折 / 地址：东海大道188号: an advertisement, a block of its own
        if start > 0 and self.units[start - 1].role == "text" and patterns.points_elsewhere(self.units[start - 1].text):
            return True  # （详见第10版）: the story above goes on elsewhere, so this heads the next (a front page's teasers)
        if self._body_type_heading(start, end):
            return False  # a new story's headline would be set in display type
        if self._quoted_in_section(start, end, after):
            return False  # “山里人等的不只是一封信” / … / “山里人等的不只是一封信。”马德山说: a saying its section is about
        if end - start == 1 and self._titles_entries_marked_alike(start, after, story):
            return True  # …容易发霉。 / ▲秋季防疫提醒 / ▲秋季是犬猫传染病高发期，…: a box of marked tips, its title marked too
        if (end - start == 1 and self.units[start].text.endswith("资讯") and self.units[start].text[0] in patterns.BRIEF_MARKS
                and not any(word in self.units[start].text for word in _STORYS_OWN_BOX + ("相关", "延伸"))
                and (patterns.ends_on_credit(following.text) or following.text[0] in patterns.BRIEF_MARKS)):
            # ●文化资讯 / …登台献艺。（通讯员 李春梅）, ■体育资讯 / ●…: a box of signed or marked items (not ■相关资讯 / …:
            # the story's note)
            return True
        if end - start == 1 and story.paragraphs and _MARKED_SUBHEAD.match(self.units[start].text):
            # ■ 法官说法, 【律师提醒】: a marked section of the story, its explanation or advice (not under a glossary's
            # entries: 赛白努——你好 / ◆草原谚语, the next box)
            texts = [self.units[k].text for k in story.paragraphs]
            return all(_GLOSS.match(text) for text in texts) and _enough_glosses(len(texts), all("——" in text for text in texts))
        if end - start == 1 and story.paragraphs and _ABOUT_THE_AUTHOR.match(self.units[start].text):
            return False  # 作者简介 / 沈秋禾，…作家协会会员: the note on the writer closes the writer's piece
        if end - start >= 2 and (_TIPS.match(self.units[start].text)
                                 or _BARE_TIPS.match(self.units[start].text) and self._marked_briefs(story)):
            # 养殖小贴士 / 秋季生猪防疫 做好四件事: a tips box named for its field, under a title of its own, is a page
            # item (a story's own box is its 小贴士 / 运动安全最重要), and so is any under a box of briefs
            return True
        if (end - start == 2 and story.paragraphs and _COMMENTARY_KICKER.match(self.units[start].text.strip())
                and not _LABELLED.search(self.units[start + 1].text)  # (停车小议 / 业主代表：共享车位: the story's own)
                and (not self.units[start].text.strip().endswith("小议") or self._padded_at_foot(after))):
            return True  # …依规严肃处理。 / 公益小议 / 让每一分公益金都“看得见”: a commentary under its genre's kicker
        if end - start >= 2 and (self.units[start].text.strip("【】") in columns()
                                 or _SERVICE_COLUMN.match(self.units[start].text)):
            return True  # a column's name over a title (编辑手记 / 党建阵地建好更要用好) opens a piece of that column
        if (end - start == 1 and story.paragraphs and self.units[start].text.endswith("课堂") and self._signed(story)
                and _SERVICE_COLUMN.match(self.units[start].text) and not self._in_sections(story)
                and not any(_NEWSROOM_SIGNS.search(self.units[k].text) for k in self._byline_units(story))):
            # 椰乡风物 / 山兰米酒 / 文/黄　敏 / … / 黎语小课堂 / 本期学习…: a standing lesson after a writer's piece (not
            # a reporter's story's own 反诈小课堂, nor its 专家提醒)
            return True
        # (a signed feature told in sections may open one on its subhead's words: 一双“火眼金睛” / … / 一本“故障日记” /
        # 郑远航有一本“故障日记”，…)
        if (self._lead_restates(start, end, after) and not (self._signed(story) and self._in_sections(story))
                or end - start == 1 and self._announcement_under_title(start, after)
                or end - start == 1 and bool(self._lead_signers(story)) and self._supplied_below(after)
                or self._signed_by_others_below(story, after)
                # (a story taken up from another page is signed there: …让货主“少跑腿、不跑腿”。 / 夜班的灯 / … / 南港作业区
                # 柯　宁, the next piece)
                or (self._signed(story) or story.has_lead
                    or (story.index, "jump") in self.assigned and not self._in_sections(story)
                    # (a column's kicker over a title: 岫山笔记 / 一碗米糕里的乡愁 / … / 云岫酒店管理公司　林晚照)
                    or end - start == 2 and self._column_over_title(start))
                and self._signed_at_foot_below(story, after)):
            return True
        if (end - start == 1 and story.paragraphs and self._reporters_visit(story) and self._signed(story)
                and (self._signed_by_another_below(story, after)
                     or not self._subtitled(story) and not self._in_sections(story)
                     and not self._section_heading_ahead(after))):
            # 记者探访 / … / 向白衣天使致敬 / … / 王　芳: the next piece, signed at its foot; 记者走访 / … / 市场监管部门加强节前
            # 抽检 / …: a piece after the visit, no section heading under it as a visit's sections have
            return True
        if story.paragraphs and (self._labelled_text(story) or self._profile(story)):
            # an editors' afterword (编后) or an expert's profile (专家简介) has no subheads: a heading under its text is
            # the next item's
            return True
        if (end - start == 1 and story.paragraphs and self._commentary(story)
                and following.role == "text"
                and (patterns.box_row(following.text) or patterns.DATE_OPENS.match(following.text) and (
                    self.units[start].text.endswith(_NOTICE_HEADS) or len(self.units[start].text) >= _NEWS_TITLE))):
            # 短评 / 让老手艺织出新“钱景” / … / 本周橡胶收购参考价 / 鲜胶乳（胶水）：…: a commentary's section goes on in its
            # argument's prose; a box's rows or fields under a heading, a notice's day (观赛提示 / 12月20日15:00，…) or a
            # news story's titled as news (我县举办首届冬季长跑比赛 / 12月20日，…) are the next piece's (not a section
            # of a 述评 opening on its day: 热在哪里 / 12月20日，…)
            return True
        if (self._marked_briefs(story) and self.units[start].text[0] not in patterns.BRIEF_MARKS
                and not self.units[start].text.startswith("——")
                and following.role == "text" and following.text[0] not in patterns.BRIEF_MARKS):
            # 侨声 / ■“…” / ——旅居法国侨胞 周继光 / 中国侨联… / 10月14日，…: a heading over unmarked text under a box
            # of marked items (not an item's ——signature) heads the next story
            return True
        if following.role == "text" and self._box_of_entries_ends(story, following.text, self.units[start].text):
            # 秋季除醛小常识 / ①… / ②… / 本周末看房团报名 / 本报将于…: a box of numbered tips holds no subhead, nor does
            # one of questions and answers (快问快答 / 问：… / 答：…) or of signed sayings (游客说 / “…” / ——游客 徐 蕾)
            return True
        if (end - start >= 2 and story.paragraphs and _KNOWLEDGE_BOX.match(self.units[start].text)
                and not self._in_sections(story) and self._ends_whole(start - 1)):
            return True  # …挂牌保护。 / 野生动物知识 / 褐马鸡：…: a box of knowledge after a story told with no subheads
        if story.paragraphs and self._label_over_title(start) and (end - start >= 2 or self._box_text(after)):
            # 典型案例 / 生态环境部公开曝光…, 食客说 / “…”: a box's name over its own title, or over a box's quotes, fields
            # or entries, heads a page item; a subhead is one line over text
            return True
        if (end - start == 1 and story.paragraphs and _ISSUED.match(following.text)
                and _WARNING.search(self.units[start].text)):
            return True  # …注意防寒保暖。 / 寒潮蓝色预警 / 发布单位：湖北省气象台: a warning issued, a piece of its own
        if end - start >= 2 and after < len(self.units) and _rows_under_as_of_note(self.units, after):
            return True  # …康复出院。 / 本周专家门诊安排 / （9月15日—9月21日） / 科室　专家…: a dated table, a box of its own
        if (end - start == 1 and story.paragraphs and _WEATHER_BOX.match(self.units[start].text)
                and _SKY_OPENS.match(following.text) and "℃" in following.text
                and not any("℃" in self.units[k].text for k in story.paragraphs)
                and self._ends_section(after) and not self._in_sections(story)):  # (比赛日天气 / 晴，… / 组委会提醒，…: its own)
            return True  # …（记者 王凯）…。 / 今日天气 / 晴转多云，－27℃～－13℃，…: the day's forecast, a box of its own
        if end - start == 1 and story.paragraphs and _WEATHER_BOX.match(self.units[start].text) and self._issued_forecast(after):
            # …接班人 / … / 未来三天天气 / 4日（星期四）：多云到阴，… / 市气象台…发布: a forecast box of its own, no section
            return True
        if story.paragraphs and _SONG_NOTE.search(self.units[start].text):
            return True  # …都是为了回来 / 采茶调（彝族民歌） / 三月采茶茶发芽，: a folk song, a piece of its own
        if story.paragraphs and patterns.FORECAST_ISSUED.match(self.units[start - 1].text):
            return True  # …湖面阵风6～7级。 / 市气象台12月3日16时发布 / 气象科普: the issuer closes the forecast box
        if (end - start == 1 and story.has_lead and self._ends_whole(start - 1) and after + 1 < len(self.units)
                and following.text.endswith(("：", ":")) and _NUMBERED_POINT.match(self.units[after + 1].text)
                and not any(_NUMBERED_POINT.match(self.units[k].text) for k in story.paragraphs)
                and (_TIPS_TITLE.search(self.units[start].text) is not None or self._topic_shared(after, story) < _OFF_TOPIC)):
            return True  # …核查整改。 / 沙尘天气来临怎么防护 / …可注意以下几点： / ①…: a box of tips after a news story
        if end - start == 1 and story.paragraphs and self._counted_tips_under(start):
            return True  # …全部完工。 / 暑期防溺水　这六条要记牢 / 暑假期间，…： / 1．…: a box of tips that counts them
        if (end - start == 1 and story.paragraphs and _heads_table(self.units, start + 1) and self._ends_whole(start - 1)
                and not any(_table_row(self.units[k].text) for k in story.paragraphs)
                and not self._prose_under_rows(after + 1, noted=True) and not self._section_after_rows(after + 1)):
            return True  # …一支“铁姑娘”包乘组 / … / 列车运行调整信息 / 车次　区段　调整内容 / …: a table after a feature in sections
        if end - start == 1 and self._feature_in_sections(story):
            return False  # 从“论斤卖”到“论盒卖” … / 加工厂建在家门口: a signed feature's next section, under no lead or byline
        if end - start == 1 and self._labelled_section_of_feature(start, story):
            return False  # ——…赏秋线路探访 / 本报记者… / … / 柿子园：满树“红灯笼”: a signed feature's first section, labelled
        if end - start == 1 and self._profile_in_sections(start, story):
            return False  # ——记…班长才让多杰 / 本报记者… / … / “路是我们的孩子”: a profile's first section, under no lead
        if (end - start == 2 and story.paragraphs and _opens_a_couplet(self.units, after)
                and not any(_opens_a_couplet(self.units, k) for k in story.paragraphs)
                and not (self._signed(story) and self._prose_after_verse(after))):
            return True  # …加勒乡乌略村啦啦队 / 民歌欣赏 / 侗族大歌《禾晾歌》 / 九月禾黄满山坡，: a song's box, under a story of no verse
        if (end - start == 2 and story.paragraphs and patterns.REPORTER_WENT_TO.match(self.units[start].text)
                and self._signed_under(after)):
            # …（记者 黄小梅） / 记者探店 / 一碗老鸭汤　熬了六十年 / … / 本报记者　唐　艳: what the reporter went to do, over a
            # piece's title and the piece's own byline (not 记者暗访 / …: a section of the story, unsigned)
            return True
        if end - start in (2, 3) and story.paragraphs and patterns.REVIEW_SUBTITLE.match(self.units[end - 1].text):
            # …荣誉称号。 / 一部反映山区变革的好小说 / ——读长篇小说《青石岭》: a title and its subtitle head a piece, under
            # its column's kicker perhaps (书评 / 在草原深处读懂时间 / ——读《牧道》)
            return True
        if self._title_after_fields_box(start, end, after, story):
            return True  # 2025年高招咨询会 / 时间：… / 入场方式：… / 城南小学把“菜园”搬上屋顶 / 　　这几天，…: the next piece
        if (end - start == 1 and story.paragraphs and not self._signed(story) and self._dates_its_rows(after)
                and self.units[start].text.endswith(_BOX_NAMES) and not self.units[start - 1].text.endswith(_ANNOUNCES_ROWS)):
            return True  # …突破6500万吨。 / 澄州船闸运行快报 / （10月27日） / 运行闸次：…: a box of the day's figures
        if end - start == 1 and self._box_after_told_story(start, after, story):
            return True  # …（上接A01版）… / …。 / 松岭滑雪度假区游玩攻略 / 门票：…: a box of its own
        if (end - start <= 2 and story.paragraphs and after + 1 < len(self.units)
                and _table_row(self.units[after].text) and _table_row(self.units[after + 1].text)
                and not any(_table_row(self.units[k].text) for k in story.paragraphs)
                and all(len(self.units[k].text.split()) < _ROW_ITEMS and "：" not in self.units[k].text
                        for k in range(start, end))  # (排名　城市　优良天数比例…, 县中学（8名）：…: the table's head, its row)
                and _UNITS_LINE.match(self.units[start - 1].text) is None
                and not (end - start == 1 and self._brief_told(start, story) and self._echoes_headline(start, story))):
            # (not the table a brief's headline names: 椰湾队三连胜领跑积分榜 / 本报讯… / 积分榜前四名 / 1．椰湾队　3胜　9分)
            return True  # …挥了挥手。 / 春运首日数据 / ——管内主要车站… / 嵩原站　5.86万人次　同比增长7.3%: a table of its own
        if story.paragraphs and self._titles_head_row(start, story) and not any(
                _COUNTED_ROW.match(self.units[k].text) for k in story.paragraphs):
            return True  # …调整的依据。 / 监测数据 / …主要物种数量 / 物种　数量 / 豆雁　21360只: a table under its head row
        if end - start == 1 and story.paragraphs and _RIDDLES.match(self.units[start].text) and _RIDDLE.search(following.text):
            return True  # …如今，赶年的习俗… / 新春灯谜 / 1.山上还有山（打一字）: a box of riddles of its own
        if (end - start == 1 and story.paragraphs and patterns.SALUTATION.match(following.text) and self._ends_whole(start - 1)
                and (patterns.DOCUMENT_TITLE.match(self.units[start].text) or following.text.startswith("各"))):
            return True  # …跟踪到底。 / 关于开展…工作的通知 / 各会员企业：: a notice of its own, its addressees under its title
            # (however it is titled: …第二轮春灌配水安排 / 各乡镇、各用水户协会：)
        if end - start == 2 and self._kicker_over_figures(start, after, story):
            return True  # 数说 / … / 97%　行政村金融服务覆盖率 / … / 柜员手记 / 一本存折上的“老规矩”: a column after a box of figures
        if end - start == 2 and self._kicker_over_title(start, after, story):
            return True  # …服务体系。 / 我的养生经 / 八十岁学会了“慢” / 我今年八十一岁，…: a column's kicker over its title
        if (end - start >= 2 and self.units[start - 1].text.startswith(patterns.SOURCE_LABELS)
                or story.paragraphs and patterns.PROVIDED.match(self.units[start - 1].text)):
            # 数据来源：… / 本报问卷 / 近四成受访者…, （集团生产运营部提供） / 安全絮语 / 别让…: a box's source is its last
            # line; a title block under it is the next
            return True
        if (end - start == 1 and self.units[start - 1].text.startswith(patterns.SOURCE_LABELS)
                and self.units[start].lines[0].gap_before and _figure_row(self.units[story.paragraphs[0]].text)):
            # 数读 / 38座　… / 数据来源：… / 企业风采 / 晋川煤业　…: a box of figures' rows closed, so is its piece (a line
            # straight under a wrapped source is the rest of its name: 数据来源：榕湾市发展和改革局 / 价格监测中心)
            return True
        if story.paragraphs and _AIRING.match(self.units[start - 1].text) and self._show_after_airing(start, end, story):
            return True  # …播出频道：澜州都市频道 / 剧场导视 / 《海港晨曦》…: a show's airing closes its item in a TV guide
        if story.paragraphs and patterns.POEM_SET.search(self.units[start].text) and self._signed_set(start):
            return True  # …何尝不是如此呢？ / 棉花地里的月亮（外一首） / 吐尔洪·沙吾提: a set of poems is a piece of its own
        if story.paragraphs and _POETRY_KICKER.match(self.units[start].text) and self._first_poem_titled(start + 1):
            return True  # …脸上的泪 / 垦区短笛 / 滴灌带 / 李　娜: a poetry column's kicker over its first poem
        if ((end - start >= 2 or self.units[start].text.endswith(("？", "?")) and self._spaced_rows(story))
                and after < len(self.units) and patterns.ASKED.match(self.units[after].text)
                and not any(patterns.ASKED.match(self.units[k].text) for k in story.paragraphs)):
            return True  # …名单 / 法律援助 / 单位安排“五一”加班，加班费怎么算？ / 职工问：…: a titled Q&A box after a story with none
        if (end - start == 1 and story.paragraphs and after < len(self.units) and patterns.CALLER.match(self.units[after].text)
                and not any(patterns.CALLER.match(self.units[k].text) for k in story.paragraphs)
                # (民生热线回音壁 / intro / 小区路灯何时修好？ / 市民王先生来电：…: the box's own section)
                and not any(_CALLERS_BOX.search(self.units[k].text) for k in story.headlines)):
            return True  # …她说。 / 观众热线 / 观众来电：…: a hotline box's callers after a story with none
        if end - start == 1 and story.paragraphs and story.headlines and _same_kind(self.units[story.headlines[0]].text,
                                                                                    self.units[start].text):
            return True  # 验方·风寒咳嗽 / 【组成】… / 验方·脾虚食少: a box of the same kind as the one above, its sibling
        if self._heading_after_brief(start, end, story, following):
            return True  # 本报讯…。 / “办成”才是硬道理 / … / 浦　言: a piece signed at its foot after a brief
        if (end - start == 1 and story.paragraphs and _CALENDAR_TITLE.match(self.units[start].text)
                and following.role == "text" and patterns.DATE_OPENS.match(following.text)
                and self._ends_whole(start - 1)):
            return True  # …防止“一审了之”。 / 审计日历 / 12月1日　省审计厅…: a calendar's box, its days under it
        if end - start == 1 and self._signed_piece_after_signed(start, story):
            return True  # 第一台油锯 / 李长林 / … / 冬夜读书 / … / 葛　欣: the next piece, signed at its foot
        if end - start == 1 and self._credited_brief_after_brief(start, story):
            return True  # 本报讯　近日，…。 / 银发志愿者走进福利院 / 12月20日，…。（记者　许　岚）: the next brief
        if end - start >= 2 and patterns.REMINDER_DECK.match(self.units[end - 1].text.strip()):
            return True  # …相关证据。 / 冬季取暖　安全第一 / ——县消防救援大队提醒您: a body's tips, a piece of their own
        if (end - start == 1 and story.paragraphs and after < len(self.units) and _song_verse(self.units[after])
                and _sings_down_to_credit(self.units, after) and not self._signed_over_text(story)):
            return True  # …全部入驻。 / 花儿·搬下山来日子旺 / 山里的路是羊肠道， / … / 演唱：马占福: a song of its own
        if end - start == 1 and story.paragraphs and self._box_of_lines(start, after):
            return True  # …积分1分。 / 赛后说 / “…”——…主教练　祁振东, …应当… / 安全警句 / 一次违章或许侥幸，…: a box of its own
        if end - start == 1 and story.paragraphs and self._rules_by_article(start, after):
            return True  # …向正林说。 / 猛科村村规民约（节选） / 第一条　村民应…: a village's rules, a box of their own
        if end - start == 1 and story.paragraphs and self._tips_by_label(start, after):
            return True  # …发往广州、深圳等地。 / 本周农事提示 / 冬小麦：… / 马铃薯：…: a box of tips, one a crop
        if (end - start == 1 and story.paragraphs and _NOTICE_LABEL.search(self.units[start].text) and self._issued_below(after)
                and (story.has_lead or self._signed(story))  # (after news; a notice's own 温馨提示 / 须知 stays its)
                and not any(patterns.own_block(self.units[k].text) or _NOTICE_TITLE.search(self.units[k].text)
                            for k in story.headlines)  # (停水通知 / … / 温馨提示 / …: the notice's own tips)
                and not any(patterns.SALUTATION.match(self.units[k].text) for k in story.paragraphs[:2])):  # (a letter's)
            return True  # …每晚邀请… / 温馨提示 / 春节期间，…实行交通管制… / …交通管理大队 / 2026年2月5日: a notice of its own
        if (end - start == 2 and story.paragraphs and patterns.GENRE_NAME.match(self.units[start].text)
                and patterns.SIGNER_AT_END.match(self.units[start - 1].text)):
            return True  # …说一声谢谢！ / 智能手机应用班学员　孔繁荣 / 学习心得 / 学摄影，学会了看世界: the next writer's piece
        if (end - start == 2 and story.paragraphs and _NAMED_LINK.match(self.units[start].text)
                and self._ends_whole(start - 1) and not self._section_closes_on_credit(after)  # (…（记者 陈晨）: the story's)
                and self.units[min(self._section_end(after), len(self.units) - 1)].role != "byline"):
            return True  # …冯晓晴说。 / 知识链接 / 什么是“深渊带”: a titled box of background, a piece of its own
        if end - start >= 2 and story.paragraphs and _COMMENTARY_LABEL.match(self.units[start].text.replace(" ", "")):
            # …1.1亿元。 / 评论员文章 / 把“小红果”做成“大产业”, …突出问题。 / 短　评 / 平安开渔是最好的丰收: the paper's
            # commentary (its label letter-spaced perhaps), a piece of its own
            return True
        if end - start == 1 and self._prose_title_after_poem(story, start, following):
            return True  # 处暑 / □　高　原 / … / 就要进村了 / 七夕话巧 / 　　再过几天，…: an essay after the poem
        # (one line heads the next piece under a box of rows, or of tips closed by a line under them: its phone line)
        if ((end - start == 2 and self._tips_counted_out(story)
             or end - start == 1 and self._tips_counted_out(story)
             and not patterns.in_a_circle(self.units[story.paragraphs[-1]].text[0])
             # (1.… / 2.… / 乘坐公共交通 / 1.…: the box's next section, numbered again)
             and not (self.units[story.paragraphs[-1]].text[0].isdigit() and following.text[0].isdigit()))
                and not patterns.SIGNER_AT_END.match(self.units[start].text)):  # (…【说法】… / …委员会　钟晓航: the case's writer)
            # 出游提示 / … / ①… / ②… / ③… / 非遗寻踪 / 一根竹篾里的“湄江纹”: a titled piece after a box of tips; 本周赛程 /
            # 11月19日（周三）19:35　… / … / 观赛提示: a piece after a box of a schedule's rows
            return True
        if (end - start == 1 and story.paragraphs and self._ends_whole(start - 1)
                and _caption_names_work(self.units[start].text, following.text)
                and (after + 1 >= len(self.units) or self.heads[after + 1] or self.units[after + 1].role != "text"
                     or "，作者" in following.text[:_WORK_CREDITED_WITHIN])):
            # (not a book's, a play's or a film's subhead in a feature: 边城 / 沈从文的《边城》…)
            return True  # …替沙子记着。” / 春耕图 / 农民画《春耕图》，作者为…: a work's picture, its caption naming it
        score = self._headline_score(start, end, after)
        if self._heading_inside_column(start, end, after):
            return score > _INSIDE_COLUMN_ODDS
        return score > _STORY_ODDS

    def _padded_at_foot(self, after: int) -> bool:
        """Does the text from `after` close on a padded pen name or a byline line (… / 林　舟), a signed piece's foot?"""
        index = after
        while index < len(self.units) and self.units[index].role == "text" and not self.heads[index]:
            index += 1
        return index < len(self.units) and (self.units[index].role == "byline"
                                            or patterns.PADDED_NAME.match(self.units[index].text) is not None)

    def _ends_section(self, index: int) -> bool:
        """Is this text unit the last before a heading, a line of no text, or the page's end?"""
        return self._heading_below(index) or self.units[self._next(index + 1)].role != "text"

    def _issued_below(self, after: int) -> bool:
        """Does the text from `after` close on its issuer over its date (…交通管理大队 / 2026年2月5日), before any heading?"""
        for index in range(after + 1, min(len(self.units) - 1, after + _NOTICE_PARAGRAPHS + 1)):
            if self.units[index].role != "text" or self.units[index + 1].role != "text":
                return False
            if patterns.issuer_over_date(self.units[index].text, self.units[index + 1].text):
                return True
            if self.heads[index] and patterns.ends_sentence(self.units[index - 1].text):
                return False  # (the issuer reads as a heading too: only one right under a sentence's end counts)
        return False

    def _issued_forecast(self, index: int) -> bool:
        """Do a forecast's days run from here down to who issued it (市气象台12月3日16时发布)?"""
        while index < len(self.units) and patterns.forecast_day(self.units[index].text):
            index += 1
        return index < len(self.units) and patterns.FORECAST_ISSUED.match(self.units[index].text) is not None

    def _signed_piece_after_signed(self, start: int, story: _Story) -> bool:
        """Is this title over prose closed by a writer's line (冬夜读书 / … / 葛　欣, 台下看戏的人 / … / 县川剧团　罗　艺),
        after a piece its writer signed under its title, ended whole?  A piece is signed once: a section of it is not
        signed again at its foot."""
        title, after, signers = self.units[start].text, self._next(start + 1), self._byline_units(story)
        # (a writer's, not a reporter's feature told in sections, nor a set of poems: 涪岚竹枝词（四首） / 冉隆华 / …)
        if not (story.paragraphs and signers and not any(_NEWSROOM_SIGNS.search(self.units[k].text) for k in signers)
                and not any(patterns.POEM_SET.search(self.units[k].text) for k in story.headlines)
                and after < len(self.units) and _CLAUSE_OR_SENTENCE.search(title) is None
                and not patterns.SUBHEAD_MARK.match(title) and self._ends_whole(start - 1)
                and self.units[after].role == "text"):
            return False
        section_end = self._section_end(after)
        if (section_end >= len(self.units) or section_end == after or self._section_after(after) > _COMMENT_BOX
                or self.units[section_end].role != "text"):
            return False
        closing, below = self.units[section_end].text.strip(), self._next(section_end + 1)
        # (a heading or the page's end under it: a name over more prose is a quoted letter's or a speaker's, 王德明 / 那年…,
        # and a two-phrase headline over its lead is the next story's, 小院　大变化 / 本报讯…)
        return (patterns.ends_sentence(self.units[section_end - 1].text)
                and (patterns.is_author_line(closing) or patterns.SIGNER_AT_END.match(closing) is not None)
                and (below >= len(self.units) or self.heads[below]))

    def _brief_told(self, start: int, story: _Story) -> bool:
        """Is the story a brief told whole above this heading: a paragraph or two, no subhead, the last ended?"""
        return (1 <= len(story.paragraphs) <= _BRIEF_PARAGRAPHS and not self._in_sections(story)
                and self._ends_whole(start - 1))

    def _brief_lead(self, story: _Story, dated: bool = False) -> bool:
        """Does the story open on 本报讯 and its writers' credit, or on a dated dateline (新华社北京5月21日电)?  (`dated`:
        or on 本报10月18日讯 and the credit, which a round-up's parts open on too, so asked only where a heading follows.)"""
        lead = self.units[story.paragraphs[0]].text
        return (_BRIEF_LEAD.match(lead) is not None or _DATED_LEAD.match(lead) is not None
                or dated and _DATED_BRIEF_LEAD.match(lead) is not None)

    def _credited_brief_after_brief(self, start: int, story: _Story) -> bool:
        """Is this title over a short dated section closed by its reporters' credit (12月20日，… / …180余场。（记者　许　岚））,
        right after a brief's paragraph or two under one title, opened on 本报讯 and ended whole?  A brief sets no subhead
        (`_heading_after_brief`); a section credits no one."""
        title, after = self.units[start].text, self._next(start + 1)
        if not (self._brief_told(start, story) and len(story.headlines) == 1 and after < len(self.units)
                and _CLAUSE_OR_SENTENCE.search(title) is None and not patterns.SUBHEAD_MARK.match(title)
                and patterns.DATELINE.match(self.units[story.paragraphs[0]].text) is not None
                and patterns.DATE_OPENS.match(self.units[after].text) is not None):
            return False
        section_end = self._section_end(after)
        return (self._section_after(after) <= _BRIEF_BOX
                and patterns.closing_credit(self.units[section_end - 1].text) is not None)

    def _heading_after_brief(self, start: int, end: int, story: _Story, following: Unit) -> bool:
        """Is this one-line heading, over a short section of text closed by a writer's line of its own (…浦　言, 卢　涛,
        市气象台　王海峰), right after the first paragraph or two of a story under one title line that opens on 本报讯
        or a dateline, ended whole?  A piece signed at its foot, not the story's section: of the news corpus's 2,700
        stories that open so, 10 set a subhead there, and a section is signed by no one.  A story's own box is named for
        what it adds (警方提醒), a marked heading (■…) is a section's, and a feature's first section runs long."""
        title = self.units[start].text
        if not (end - start == 1 and self._brief_told(start, story) and self._brief_lead(story, dated=True)
                and len(story.headlines) == 1 and following.role == "text" and _CLAUSE_OR_SENTENCE.search(title) is None
                and not title.startswith("——")
                and not title.endswith(_STORYS_OWN_BOX) and not patterns.BOX_LABEL.match(title)
                and not patterns.BODY_LABEL.match(title) and not patterns.SUBHEAD_MARK.match(title)):
            return False
        after = self._next(end)
        section_end = self._section_end(after)
        if section_end >= len(self.units):
            return False
        closing = self.units[section_end]
        # a commentary signed with a pen name (…幸福线。 / 畔　言 / the next title) may run longer than a piece signed by a
        # name (not a feature's spaced subhead over its next section: 蝶　变 / 如今，…)
        section, below = self._section_after(after), self._next(section_end + 1)
        return (section <= _BRIEF_BOX and (closing.role == "byline" or patterns.is_author_line(closing.text)
                                           or patterns.house_credit(closing.text) is not None
                                           or self._minority_writer_signs(closing.text, after, section_end, story)
                                           or patterns.HEAD_SIGNER.match(closing.text) is not None)
                or section <= _COMMENT_BOX and closing.role == "text" and _pen_name(closing.text)
                and (below >= len(self.units) or self.heads[below] or self.units[below].role != "text"))

    def _title_after_compiled(self, start: int) -> bool:
        """Is this one-line heading, as long as a brief's title and naming no kind of box (专家解读, 小贴士: the story's own),
        right under a compiler's credit (（周红梅　整理）) closing a box of figures?"""
        title, credit = self.units[start].text, start - 1
        return (credit > 0 and patterns.compiled_by(self.units[credit].text) and len(title) >= _BRIEF_TITLE_LEAST
                and not patterns.GENRE_NAME.match(title) and not _FACTS_BOX_NAME.search(title)
                and patterns.figure_row(self.units[credit - 1].text))

    def _minority_writer_signs(self, text: str, after: int, end: int, story: _Story) -> bool:
        """Is this a minority writer's line (曼喃镇中心小学　玉香) signing a piece of two paragraphs or more, one the story
        above never named (a pupil's excerpt or a trainee's words, 获奖作品节选 / … / …　玉香, are its section)?"""
        name = patterns.placed_minority_writer(text)
        return name is not None and end - after >= 2 and not self._named_in(name, story)

    def _entries_after_brief(self, start: int, end: int, after: int, story: _Story) -> bool:
        """Is this one-line heading over entries opening alike, each on its day or on its number in turn (12月14日　… /
        12月21日　…, 1．《小城医生》… / 2．…), right after a brief's one or two paragraphs, ended whole?  A brief sets no
        subhead (`_heading_after_brief`): a box of days or of a ranking follows it."""
        if not (end - start == 1 and self._brief_told(start, story) and self._brief_lead(story)
                and after + 1 < len(self.units)
                # (not the brief's own section, 主要措施, 工作进展, 会议要求, nor a board it quotes, 安全生产快报　2025年12月2日)
                and not _BRIEFS_SECTION.search(self.units[start].text) and not _DAY_IN_TITLE.search(self.units[start].text)
                # (nor the table its headline names: 椰湾队三连胜领跑积分榜 / 本报讯… / 积分榜前四名 / 1．椰湾队　3胜　9分)
                and not self._echoes_headline(start, story)):
            return False
        first, second = (_ENTRY_OPENS.match(self.units[k].text) for k in (after, after + 1))
        return (first is not None and second is not None
                and (first["day"] is not None and second["day"] is not None
                     or first["number"] == "1" and second["number"] == "2"))

    def _echoes_headline(self, index: int, story: _Story) -> bool:
        """Does this heading repeat a word of three characters or more from the story's headline?"""
        heading = self.units[index].text
        titles = "".join(self.units[k].text for k in story.headlines)
        return any(heading[k:k + _ECHOED_WORD] in titles for k in range(len(heading) - _ECHOED_WORD + 1))

    def _show_after_airing(self, start: int, end: int, story: _Story) -> bool:
        """Is this heading a show's (a kicker over its title, or a title naming the show in 《》), under an item told in
        prose before its airing (not 播出时间：… / 剧情简介: a label of the item whose fields came first)?"""
        return ((end - start >= 2 or "《" in self.units[start].text)
                and any("。" in self.units[k].text for k in story.paragraphs))

    def _signed_set(self, title: int) -> bool:
        """Is a writer's line, or the set's first part's number (（一）) or its first poem's title over a writer's line
        (雨林短章（二首） / 橡胶林 / 白者木), right under this title naming a set of poems (not 故乡的河（组诗） / 这组诗…:
        a review's subhead over its prose)?"""
        below = title + 1
        return below < len(self.units) and (self._dotted_name_under_title(below) or self._author_over_text(below)
                                            or patterns.SET_PART.match(self.units[below].text) is not None
                                            or self._first_poem_titled(below))

    def _set_over_titled_poem(self, index: int) -> bool:
        """Is this a set's title (新春短章（二首）) over its first poem's title and poet (工夫茶 / 谢晓鸥)?  Its poems are
        signed under their titles: a writer's line further down signs the next piece."""
        return (patterns.POEM_SET.search(self.units[index].text) is not None and index + 1 < len(self.units)
                and self._first_poem_titled(index + 1))

    def _column_over_titled_poem(self, index: int) -> bool:
        """Is this a column's name (群文园地) over a poem's title, the poem signed at its foot (晒谷坪上的灯 / 晒谷坪上的灯亮了 /
        … / 龙潭镇　蒋小禾)?  The column's name and the title head the poem together."""
        text = self.units[index].text.strip()
        return ((patterns.GENRE_NAME.match(text) is not None or text.strip("【】") in columns())
                and index + 1 < len(self.units) and self.heads[index + 1]
                and self._poem_signed_at_foot(index + 1) is not None)

    def _first_poem_titled(self, index: int) -> bool:
        """Is this a short title of no clause over a writer's line (滴灌带 / 李　娜): a poem's, the first of a set?"""
        text = self.units[index].text
        return (index + 2 < len(self.units) and len(text) <= _VERSE_LINE and _PROSE.search(text) is None
                and len(self.units[index + 1].lines) == 1 and patterns.is_author_line(self.units[index + 1].text))

    def _sentence_over_poems(self, start: int, end: int) -> bool:
        """Is the block's first line a sentence (a clause, then its stop) over a title naming a set of poems, after a
        piece signed under its title?  The piece's last sentence (…又何尝不是如此呢？), not a title over the set (春来了，
        诗来了！ after an unsigned story)."""
        text = self.units[start].text
        return (end - start >= 2 and text[-1] in "。？！" and _PROSE.search(text[:-1]) is not None
                and self._signed(self.story) and len(text) > _CLOSING_SENTENCE
                and any(patterns.POEM_SET.search(self.units[k].text) for k in range(start + 1, end)))

    def _heading_inside_column(self, start: int, end: int, after: int) -> bool:
        """Is this one-line heading set flush inside a wrapped column, straight under a sentence's end and over an
        indented paragraph that opens as no lead does, with no blank line above?  Papers set subheads so; a story's
        headline mostly stands apart."""
        units = self.units
        return (self.wrapped and self.indents and end - start == 1 and not units[start].gap_before
                and bool(units[after].lines[0].indent) and patterns.ends_sentence(units[start - 1].text)
                and not self._opens_like_a_lead(after) and self._stories_set_apart())

    def _section_closes_on_credit(self, index: int) -> bool:
        """Does the text from `index` to the next heading close on a credit or a source's note (…以上。（据新华社））?
        A story's own section does not; the next story, signed at its foot, does."""
        text = self.units[max(index, self._section_end(index) - 1)].text
        return bool(patterns.closing_note(text) or patterns.ends_on_credit(text) or patterns.closing_credit(text))

    def _opens_like_a_lead(self, index: int) -> bool:
        """Does the text open as a story's lead does (a dateline, a lead-in, 记者从…获悉, 近日，; a dateline in its second
        paragraph, under a summary), or close on a credit?"""
        text = self.units[index].text
        below = self.units[index + 1] if index + 1 < len(self.units) else None
        return bool(patterns.DATELINE.match(text) or patterns.LEAD_IN.match(text) or _NEWS_OPENER.match(text)
                    or text.startswith(("近日", "日前")) or self._section_closes_on_credit(index)
                    or below is not None and below.role == "text" and patterns.DATELINE.match(below.text))

    def _stories_set_apart(self) -> bool:
        """Does the page set its stories apart: do two in three of the headlines over a dateline or byline, two at
        least, below the page's first line, have a blank line above them?"""
        units, heads = self.units, self.heads
        gaps = []
        for start in range(1, len(units)):
            if not heads[start] or heads[start - 1]:
                continue
            end = start
            while end < len(units) and heads[end]:
                end += 1
            if end < len(units) and (units[end].role == "byline" or patterns.DATELINE.match(units[end].text)):
                gaps.append(bool(units[start].gap_before))
        return len(gaps) >= 2 and sum(gaps) * 3 >= len(gaps) * 2

    def _figures_label_over_prose(self, start: int, end: int) -> bool:
        """Is this a figures box's label (数读, 数说, 数据) alone over a sentence of running text?  Then it is a section of
        the story it stands in; a box of its own sets a figure or a row a line."""
        following = self._next(end)
        word = self.units[start].text.replace(" ", "")
        return (end - start == 1 and word.startswith(("数读", "数说", "数据", "数字")) and following < len(self.units)
                and len(self.units[following].text) > _FIGURE_LINE and patterns.ends_sentence(self.units[following].text))

    def _title_after_fields_box(self, start: int, end: int, after: int, story: _Story) -> bool:
        """Is this heading over prose, under a box that holds fields only (时间：…, 地点：…), and a label or two?  The box
        is done (a label there, 剧情简介 or 温馨提示, is the box's own)."""
        title = self.units[end - 1].text  # 农业气象 / 立冬前后抓紧秋播扫尾: the title under its kicker
        fields = [k for k in story.paragraphs if _FIELD_LINE.match(self.units[k].text)]
        # a kicker over the title, a box with no title of its own, or a news title (城南小学把“菜园”搬上屋顶): not 本周新片 /
        # … / 影片讲了一个什么故事, 本场招聘会有这些亮点, the titled box's own section
        news_title = len(title) >= _FIELDS_BOX_NEWS_TITLE and not any(word in title for word in _ASKS_OR_POINTS)
        return ((end - start >= 2 or not story.headlines or news_title) and len(fields) >= _TOLD_IN_FULL
                and all(len(self.units[k].text) <= _LABEL and "。" not in self.units[k].text  # 明日生活气象指数: a label
                        for k in story.paragraphs if k not in fields)
                and len(title) > _BOX_OWN_LABEL and not any(word in title for word in _STORYS_OWN_BOX)  # not 剧情简介
                and not title.endswith(("：", ":")) and not _FIELD_LINE.match(title)  # (主办：校图书馆　人文社科处: its field)
                and self._prose_from(after) and "。" in self.units[after].text)

    def _box_after_told_story(self, start: int, after: int, story: _Story) -> bool:
        """Is this title over a box's fields (门票：…, 开放时间：…), after a story told in full (a lead or a jump from
        another page, then more) that has no subhead and no such lines of its own?  A story's section opens on prose, and
        its own box is named for what it adds (警方提醒, 相关链接)."""
        told = story.has_lead or any(self.assigned[k][1] == "jump" and self.assigned[k][0] == story.index
                                     for k in range(story.headlines[-1] if story.headlines else 0, start))
        title = self.units[start].text
        return (told and len(story.paragraphs) >= _TOLD_IN_FULL and patterns.CJK_CHAR.search(title) is not None
                and not self._in_sections(story)
                and not any(self._box_text(k) for k in story.paragraphs)
                and patterns.FIELD_LABEL.match(self.units[after].text) is not None  # not ①…: a story's own tips
                and not patterns.BODY_LABEL.match(title) and not patterns.BOX_LABEL.match(title)
                and len(title) > _BOX_OWN_LABEL and not title.endswith(_STORYS_OWN_BOX) and self._ends_whole(start - 1))

    def _label_over_title(self, index: int) -> bool:
        """Is this line a box's name (执法手记, 应急科普), not a part's standing label (链接, 记者手记), under a paragraph
        ended whole?"""
        text = self.units[index].text
        return (patterns.GENRE_NAME.match(text) is not None and not patterns.BOX_LABEL.match(text)
                and not patterns.BODY_LABEL.match(text) and self._ends_whole(index - 1))

    def _kicker_over_title(self, start: int, after: int, story: _Story) -> bool:
        """Is this two-line run a column's short kicker (冬令食疗, 红色地标) over a title, under a paragraph ended
        whole and over prose, after a story told in full with no subheads (or carried on from another page, over a piece
        signed at its foot)?  A story's subheads may come in two-line couplets (引金融活水 / 精准赋能产业转型升级), from its
        lead on; a poem's lines run on without stops."""
        kicker, title = self.units[start].text, self.units[start + 1].text
        # its lead, or its start on another page, whose subheads may have come in pairs (坚持问题导向 / 推动真查实改, 强化要素
        # 保障 / 为项目建设跑出“加速度”): then only over a piece signed at its foot (高墙内外 / 那一碗热汤面 / … / 衡川市明德
        # 监狱　季晓鸥)
        told = story.has_lead or (story.index, "jump") in self.assigned and self._signed_under(after)
        return (told and len(story.paragraphs) >= _TOLD_IN_FULL and not self._in_sections(story)
                and _KICKER.match(kicker) is not None and not patterns.BOX_LABEL.match(kicker)
                and not patterns.BODY_LABEL.match(kicker) and not patterns.is_names_line(kicker)
                and not patterns.ISSUER_NAME.match(kicker) and _TITLE_UNDER_KICKER.match(title) is not None
                and self._ends_whole(start - 1) and not self._couplet_ahead(after) and self._prose_from(after)
                and self._topic_shared(after, story) < _OFF_TOPIC)

    def _titles_head_row(self, start: int, story: _Story) -> bool:
        """Do one or two title lines stand over a table's head row of words (物种　数量) and two rows of figures under it
        (a count each, or as many cells as the head row has)?  A line between the title and the head row is a heading, a
        note, the units, a field (发布单位：…) or a lead-in under a box's name (农产品价格行情 / 本周…价格如下：; not under a
        subhead: 降雨分布 / 据县气象局监测，…)."""
        head = next((k for k in (start + 1, start + 2) if k < len(self.units) and _HEAD_ROW.match(self.units[k].text)), None)
        return (head is not None and head + 2 < len(self.units)
                and all(_COUNTED_ROW.match(self.units[k].text) for k in (head + 1, head + 2))
                or _heads_table(self.units, start + 1)  # 便民服务热线 / 单位　电话 / …　0535-…
                or start + 2 < len(self.units) and _heads_table(self.units, start + 2)
                and (self.heads[start + 1] or patterns.BRACKETED_LINE.match(self.units[start + 1].text) is not None
                     or patterns.TABLE_UNITS.match(self.units[start + 1].text) is not None
                     or patterns.FIELD_LABEL.match(self.units[start + 1].text) is not None
                     or self.units[start].text.endswith(_BOX_NAMES) and len(self.units[start].text) > _SHORT_SUBHEAD
                     and not self.units[start + 1].text.startswith("据")))  # (一组数据 / 据县统计局统计，…: a subhead)

    def _kicker_over_figures(self, start: int, after: int, story: _Story) -> bool:
        """Is this two-line run a column's kicker over its title, after a box whose rows are figures first or last, most of
        them (42个　全县营业网点, 97%　行政村金融服务覆盖率; a table's rows under its head row, 杉木塘　南坪县　412.6), over
        text?"""
        paragraphs = story.paragraphs
        if paragraphs and patterns.head_row(self.units[paragraphs[0]].text):
            paragraphs = paragraphs[1:]
        rows = [_figure_row(self.units[k].text) or _table_row(self.units[k].text) for k in paragraphs]
        kicker, title = self.units[start].text, self.units[start + 1].text
        return (len(rows) >= _ROW_ITEMS and rows[0] and sum(rows) * 3 >= len(rows) * 2 and not story.has_lead
                and _KICKER.match(kicker) is not None and not patterns.BOX_LABEL.match(kicker)  # (延伸阅读: the box's)
                # (a kind of piece may title it shorter: 观云手记 / 守站人)
                and (_TITLE_UNDER_KICKER.match(title) is not None
                     or patterns.GENRE_NAME.match(kicker) is not None and _SHORT_TITLE.match(title) is not None)
                and not _figure_row(title) and after < len(self.units) and not self.heads[after])

    def _prose_from(self, index: int) -> bool:
        """Does running text open at `index`, perhaps under a part's label (【误区】 / 香蕉含镁量高，…)?"""
        if _PART_LABEL.match(self.units[index].text) and index + 1 < len(self.units):
            index += 1
        return _PROSE.search(self.units[index].text) is not None

    def _prose_after_verse(self, start: int) -> bool:
        """Does running text follow the verse from `start` (哥在山上砍柴火， / 妹在河边洗衣裳； / 这首新编山歌，是…)?  Under a
        signed feature the song is then quoted in its section; a song's box after a news item may close on a note too."""
        index = start
        while (index < len(self.units) and len(self.units[index].text) <= _COUPLET_HALF
               and self.units[index].text[-1] in "，；。！？"):
            index += 1
        return index < len(self.units) and self._prose_from(index)

    def _couplet_ahead(self, after: int) -> bool:
        """Does the text from `after` stop at another heading of two lines over prose (产业兴市 / 动能迭代强根基… / … /
        城乡焕新 / 统筹融合促发展…)?  Then both are subheads of one story, set as couplets."""
        end = self._section_end(after)
        return (end + 2 < len(self.units) and self.heads[end] and self.heads[end + 1] and not self.heads[end + 2]
                and self.units[end].role == self.units[end + 1].role == self.units[end + 2].role == "text")

    def _ends_whole(self, index: int) -> bool:
        """Does this paragraph end whole: on a sentence's end, on a box's field (…　合作方式：合作开发) or its figure
        (官方指导价：13.98万—16.58万元), or is it a note in brackets (（水利部水旱灾害防御司）) or a reader's signature
        (南湾区翠湖花园业主　顾明辉)?"""
        text = self.units[index].text
        return (patterns.ends_sentence(text) or _LAST_FIELD.search(text) is not None or patterns.figure_row(text)
                or patterns.BRACKETED_LINE.match(text) is not None or _signed_by_reader(text))

    def _box_text(self, index: int) -> bool:
        """Does this line open as a box's content does: a field (交通：…), a marked entry, a question (问：…), a
        quotation signed under it (“…” / ——在上海工作的桐州人　陈佳琪) or words calling on readers over numbered points
        (…提醒广大群众： / ①进入林区…)?  A story's quotation runs on (“…”李明说。)."""
        text = self.units[index].text
        following = self._next(index + 1)
        if text[0] == "“":
            return following < len(self.units) and self.units[following].text.startswith("——")
        return (text[0] in _ENTRY_MARKS or patterns.FIELD_LABEL.match(text) is not None
                or patterns.QUESTION.match(text) is not None
                or text[-1] in "：:" and following < len(self.units) and patterns.in_a_circle(self.units[following].text[0]))

    def _verses_only(self, story: _Story) -> bool:
        """Is the story a set of poems (小满（外一首）), its text verses only: short lines, none with a full stop?"""
        return (len(story.paragraphs) >= _POEM_VERSES
                and any(patterns.POEM_SET.search(self.units[k].text) for k in story.headlines)
                and all(_verse_like(self.units[k].text) for k in story.paragraphs))

    def _next_brief_under_label(self, start: int, end: int, story: _Story) -> bool:
        """Is this one-line title, after a brief's sentence under a column's label, the column's next brief: its text
        opening as a brief's does, or its title naming a box of facts?"""
        after = self._next(end)
        title = self.units[start].text
        return (after < len(self.units) and 0 < len(story.paragraphs) <= _BRIEF_PARAGRAPHS and self._under_briefs_label(story)
                and _CLAUSE_OR_SENTENCE.search(title) is None and patterns.ends_sentence(self.units[start - 1].text)
                and self.units[after].role == "text"
                and (patterns.DATELINE.match(self.units[after].text) is not None
                     or _BRIEF_OPENING.match(self.units[after].text) is not None or _FACTS_BOX_NAME.search(title) is not None
                     or len(title) >= _BRIEF_TITLE_LEAST and _REPORT_OPENING.match(self.units[after].text) is not None))

    def _under_briefs_label(self, story: _Story) -> bool:
        """Does the story stand in a column of briefs under its label (基层动态 / title / text, or a brief after such)?"""
        for earlier in reversed(self.stories[:story.index + 1]):
            if len(earlier.headlines) == 2:
                return patterns.briefs_label(self.units[earlier.headlines[0]].text)
            if len(earlier.headlines) != 1 or not 0 < len(earlier.paragraphs) <= _BRIEF_PARAGRAPHS:
                return False
        return False

    def _signed_poem(self, story: _Story) -> bool:
        """Is the story one poem signed under its title (秋场谣 / □　龙　云 / 八月的风吹过坪朗 / …), its text verses only?"""
        return (len(story.paragraphs) >= _POEM_VERSES and self._signed(story)
                and all(_verse_like(self.units[k].text) for k in story.paragraphs))

    def _poem_after(self, story: _Story) -> bool:
        """Can a poem follow the story as a piece of its own: the story no set of poems (田园杂咏（二首）, …（组诗）: its
        parts follow) and not introducing the poem (…即兴赋诗一首： / 七律·沁河新貌: the story quotes it)?"""
        return (not any(_POEMS_IN_SET.search(self.units[k].text) for k in story.headlines)
                and not self.units[story.paragraphs[-1]].text.endswith(("：", ":")))

    def _sayings_under(self, after: int) -> bool:
        """Does a saying open under the heading, quoted whole, a ——signature under it (“…。” / ——…党委书记　周立新)?"""
        units = self.units[after:after + 2]
        beyond = after + 2
        return (len(units) == 2 and all(unit.role == "text" for unit in units)
                and units[0].text[0] == "“" and _signed_saying(units[0].text)
                and patterns.SAYING_SIGNED.match(units[1].text) is not None
                # the next saying, or the box's end: not a feature's section opening on a quote (“…” / ——所长 李建国 / 这是…)
                and (beyond >= len(self.units) or self.heads[beyond] or self.units[beyond].role != "text"
                     or self.units[beyond].text[0] == "“"))

    def _box_of_entries_ends(self, story: _Story, text: str, heading: str) -> bool:
        """Is the story, past its title, a box of one kind of entry (numbered tips, questions and answers, callers and
        replies, phone numbers, or sayings with a ——signature among them), and `text`, under `heading`, no such entry?
        A box of phone numbers may close on a note under its own label (温馨提示 / 以上电话24小时有人值守…)."""
        kinds = [_numbered_tip, _quick_turn, _hotline_turn] + ([] if patterns.BOX_LABEL.match(heading) else [_phone_entry])
        if any(patterns.SAYING_SIGNED.match(self.units[k].text) for k in story.paragraphs):
            kinds.append(_signed_saying)
        return any(self._only(story, kind) and not kind(text) for kind in kinds)

    def _only(self, story: _Story, entry) -> bool:
        """Is the story, past its title, only entries of one kind (`entry` asked of each paragraph's text)?"""
        return (len(story.paragraphs) >= _MARKED_ENTRIES and bool(story.headlines)
                and all(entry(self.units[k].text) for k in story.paragraphs))

    def _signed_briefs(self, story: _Story) -> bool:
        """Is the story a box of marked briefs each signed at its end (●…（记者 杨春燕） / ●…（通讯员 黄晓丽））?"""
        return self._marked_briefs(story) and sum(patterns.ends_on_credit(self.units[k].text) for k in story.paragraphs) >= 2

    def _marked_briefs(self, story: _Story) -> bool:
        """Is the story a box of marked briefs (银龄快讯 / ◆… / ◆…), opened by a mark two or more of its paragraphs open on?"""
        mark = self.units[story.paragraphs[0]].text[0] if story.paragraphs else ""
        return (bool(mark) and mark in patterns.BRIEF_MARKS
                and sum(self.units[k].text[0] == mark for k in story.paragraphs) >= 2)

    def _asks_like_a_subhead(self, index: int, story: _Story) -> bool:
        """Is this heading a short question, and one of the story's paragraphs a short question alone on its line
        (a feature answering its questions in turn)?"""
        def question(k: int) -> bool:
            text = self.units[k].text
            return len(text) <= _QUESTION_SUBHEAD and text.endswith(("？", "?")) and "。" not in text
        return question(index) and any(question(k) and len(self.units[k].lines) == 1 for k in story.paragraphs)

    def _labelled_like_subheads(self, index: int, story: _Story) -> bool:
        """Does this heading open on a short label and a colon cast like one of the story's subheads (两点： under
        零点：第一批货车进场, 第48小时： under 凌晨2时17分：), or a four-character phrase and a space?  A feature labels its
        sections alike."""
        text = self.units[index].text
        if _PHRASE_SPACED.match(text):  # 延链补链 “卖鲜果”变“卖产品” under 龙头带动 小果子有了大市场
            return any(_PHRASE_SPACED.match(self.units[k].text) and self.heads[k] for k in story.paragraphs)
        label = _section_label(text)
        return label is not None and any(
            (other := _section_label(self.units[k].text)) is not None and self.heads[k]
            and (len(other[0]) == len(label[0]) and other[0][-1] == label[0][-1] or other[1] and label[1])
            for k in story.paragraphs)

    def _answers_the_question_above(self, start: int, story: _Story) -> bool:
        """Is this heading under a short question the story asks after its lead (项目从哪里来？钱从哪里来？, 积水问题为何迟迟
        得不到解决？), in a story opened by a dateline or titled over a ——subtitle?  A feature asks, then answers in
        sections; a story does not end on a question of its own."""
        question = self.units[start - 1].text
        # not a title set apart by more blank lines than the page puts between paragraphs (…能搞定吗？ / (blank lines) /
        # 风机立山巅 / 6月18日，…): the next story's, after a story that ends on a question
        return (len(story.paragraphs) >= 2 and self.assigned[start - 1] == (story.index, "paragraph")
                and self.units[start].lines[0].gap_before < _SET_APART
                and question.endswith("？") and len(question) <= _ASKED_BEFORE_SECTIONS
                and (story.has_lead or self._subtitled(story)))

    def _opens_labelled_series(self, start: int, after: int, story: _Story) -> bool:
        """Is this heading, in a story opened by its lead, labelled (谋在前：…) as a heading further down the text
        under it is (干在先：…), no other story's lead or signed item between?  A feature labels its sections alike,
        the first as the next."""
        text = self.units[start].text
        label = _section_label(text)
        if label is None or label[1] or not story.has_lead or patterns.PLACE_TITLE.match(text):
            return False
        for k in range(after, min(len(self.units), after + _SERIES_AHEAD)):
            unit = self.units[k]
            if unit.role != "text" or patterns.DATELINE.match(unit.text) or patterns.SIGNED_BRIEF.search(unit.text):
                return False
            other = _section_label(unit.text) if self.heads[k] else None
            if other is not None and not other[1] and len(other[0]) == len(label[0]):
                return True
        return False

    def _in_a_series(self, start: int, after: int, story: _Story) -> bool:
        """Is this one-line heading, under a story opened by a lead or titled over a ——subtitle, one of a series
        of subheads: the next after a subhead as short over a short section, or the first of a story barely begun
        with a heading as short over the next short section?  Each section keeps to the story's topic, and none opens
        like a lead.  A story's subheads come at short intervals and alike."""
        length = len(self.units[start].text)
        subtitled = self._subtitled(story)
        if (not (story.has_lead or subtitled) or story.closed or length > _SERIES_HEADING
                or not self._prose_section(start, after, year_opens=subtitled)):
            return False
        end = self._section_end(after)
        if self._credited_in(after, end):
            return False  # …扣分。（记者 王 凯）: an item signed at its foot, not a section
        subheads = [k for k in story.paragraphs if self.heads[k]]
        if subheads:
            since = story.paragraphs[story.paragraphs.index(subheads[-1]) + 1:]
            return (abs(len(self.units[subheads[-1]].text) - length) <= _SERIES_SPREAD
                    and self._prose_section(subheads[-1], subheads[-1] + 1)
                    and sum(len(self.units[k].text) for k in since) <= _SERIES_SECTION and self._on_topic(after, story))
        later = end if end < len(self.units) and self.units[end].role == "text" and self.heads[end] else None
        return (len(story.paragraphs) <= 2 and later is not None and self._prose_section(later, later + 1)
                and sum(len(self.units[k].text) for k in range(after, end)) <= _SERIES_SECTION
                and abs(len(self.units[later].text) - length) <= _SERIES_SPREAD and self._on_topic(after, story))

    def _resumes_after_photo(self, start: int, end: int) -> bool:
        """Is this one-line heading, right under a photo set inside a story told in sections (its caption and credit
        between two of them), the story's next subhead: one of its series, over text that keeps to its topic?  The
        story is taken up again under the photo."""
        story, photo = self.interrupted, self.story
        if (story is None or photo is None or photo.index != story.index + 1 or not photo.closed or end - start != 1
                or not self._in_sections(story) or not self._in_a_series(start, self._next(end), story)):
            return False
        self.resumed = story
        return True

    def _on_topic(self, after: int, story: _Story) -> bool:
        """Does the text under a heading keep to its story's topic?  Asked last: it reads the characters."""
        return self._topic_shared(after, story) >= _SERIES_TOPIC

    def _topic_shared(self, after: int, story: _Story) -> float:
        """The share of the character pairs under a heading (up to the next) that its story used already."""
        return self._shared_words(_character_pairs(self._text_after(after)), story)

    def _credited_in(self, start: int, end: int) -> bool:
        """Does a credit close a paragraph between `start` and `end`, or stand there as a photo's?"""
        return any(patterns.closing_credit(self.units[k].text) or _credited_caption(self.units[k].text)
                   for k in range(start, end))

    def _signed_item(self, start: int, end: int, after: int, story: _Story) -> bool:
        """Is this heading an item's title (沙溪镇：“稻虾共作”鼓起农民钱袋子, 我市开展冬季校园安全大检查) over text that
        ends on its own credit, after a story signed before its foot and none of whose paragraphs was signed?  A story's
        subheads sign nothing: its credit is signed once, in its lead or at its end."""
        text = "".join(self.units[k].text for k in range(start, end))
        if text[0] in patterns.BRIEF_MARKS or patterns.BODY_LABEL.match(text) or patterns.BOX_LABEL.match(text):
            return False  # ■记者手记, 延伸阅读 / …（本报记者 X 采访整理）: the notes or the box a reporter's story closes on
        subheads = self._in_sections(story)
        if not (self._lead_signed(story) and not subheads or patterns.PLACE_TITLE.match(text) and self._signed_before_foot(story)):
            # a feature under a byline line may sign a part at its foot (（本报记者 王小明 整理）), and one told in
            # sections its last (（本报记者 X、Y参与采写）)
            return False
        # the credit may stand alone on its line, short as a heading, and a photo's caption may follow it
        end = min(len(self.units), self._section_end(after) + 1)
        return (any(_credited_by_role(self.units[k].text) for k in range(after, end) if self.units[k].role == "text")
                and not any(patterns.SIGNED_BRIEF.search(self.units[k].text)
                            or self.heads[k] and patterns.PLACE_TITLE.match(self.units[k].text) for k in story.paragraphs))

    def _signed_before_foot(self, story: _Story) -> bool:
        """Is the story signed before its foot, by a byline line or in its lead's brackets (本报讯（记者 X）), or carried
        on from another page (上接第一版)?  Then a credit closing the text under a heading below is no credit of its."""
        return self._signed(story) or (story.index, "jump") in self.assigned or self._lead_signed(story)

    def _lead_signed(self, story: _Story) -> bool:
        """Is the story signed in its lead's brackets (本报讯（记者 X）…): a news item, whole in its text?"""
        lead = self.units[story.paragraphs[0]].text if story.has_lead and story.paragraphs else ""
        dateline = patterns.DATELINE.match(lead)
        return dateline is not None and patterns.DATELINE_CREDIT.match(lead[dateline.end():]) is not None

    def _signed_under(self, after: int) -> bool:
        """Is a byline line under the heading, or at the foot of the text under it?"""
        end = self._section_end(after)
        return self.units[after].role == "byline" or end < len(self.units) and self.units[end].role == "byline"

    def _section_end(self, after: int) -> int:
        """Where the text from `after` stops: the next heading, or a unit that is no text."""
        index = after
        while index < len(self.units) and self.units[index].role == "text" and not (index > after and self.heads[index]):
            index += 1
        return index

    def _prose_section(self, heading: int, after: int, year_opens: bool = False) -> bool:
        """Is `heading` a plain phrase (no box's or column's name) over running prose that does not open like a lead
        (no list, question, field or mark)?"""
        title = self.units[heading].text
        if (patterns.GENRE_NAME.match(title) or _SERVICE_COLUMN.match(title) or _TIPS.match(title) or _BARE_TIPS.match(title)
                or patterns.BOX_LABEL.match(title) or patterns.BODY_LABEL.match(title) or title.strip("【】") in columns()):
            return False
        opens = self._opens_a_story(after)
        if opens is None or opens and not (year_opens and _YEAR_OPENS.match(self.units[after].text)):
            # a feature's section may open on its year (——预计入榨糖料蔗680万吨… / 良种良法提单产 / 今年，全市…), a
            # story's lead on a day; under a plain news story, 今年，… opens a county item of its own
            return False
        text = self.units[after].text
        return (len(text) >= _PROSE_OPENING and _PROSE_START.match(text) is not None
                and not patterns.FIELD_LABEL.match(text) and not patterns.QUESTION.match(text))

    def _opens_a_story(self, index: int) -> bool | None:
        """Does the unit at `index` open like a story's first paragraph (a dateline, a time, an editor's lead-in, 记者从…获悉)?
        None where it is no text under a single heading."""
        if index >= len(self.units) or self.units[index].role != "text" or self.heads[index]:
            return None
        text = self.units[index].text
        return bool(patterns.DATELINE.match(text) or _OPENS_ON_TIME.match(text) or patterns.LEAD_IN.match(text)
                    or _NEWS_OPENER.match(text))

    def _signed_by_others_below(self, story: _Story, after: int) -> bool:
        """Does the text under a heading close on a credit naming none of the people its story's lead
        credits ((通讯员 陈静) under 本报讯（记者 王小明）…), with a heading or the page's end below it?
        A county paper's brief, signed at its foot, under a news item signed in its lead.  (A story
        under a byline line may hold parts signed at their feet by others: 人民日报's round-ups.)"""
        signers = set(self._lead_signers(story))
        index = after
        while index < min(len(self.units), after + _BRIEF_UNITS) and self.units[index].role == "text" and not self.heads[index]:
            closing = patterns.closing_credit(self.units[index].text)
            if closing is not None:
                following = self._next(index + 1)
                foot = set(parse_credit(closing["credit"] or "").people())
                # a brief's writer or two; more, or 参与采写, credit those who helped the story above
                return (bool(signers) and 0 < len(foot) <= _BRIEF_SIGNERS and not signers & foot
                        and not patterns.DONE_BY.search(closing["credit"] or "")
                        and (following == len(self.units) or self.heads[following]))
            index += 1
        return False

    def _signed_at_foot_below(self, story: _Story, after: int) -> bool:
        """Does the text under a heading close on another writer's line of its own (锦屿市实验小学　林　静) before any other
        heading?  Under a piece its writer signed, it is the next piece, signed at its foot; a credit naming a role
        (本报记者　吴晓帆　通讯员　李明, 实习生　张婷) closes the story above."""
        index = self._section_end(after)
        if self.heads[after] or not (after < index < len(self.units) and (self.units[index].role == "byline"
                                                                         or self._unit_signs_at_foot(index))):
            return False
        foot = self.units[index].text
        # (a singer under a feature signed over its text names whom the feature quotes: 演唱：马占福)
        return (_ROLE_WORD.search(foot) is None and not self._byline_signers(story) & set(parse_credit(foot).people())
                and not (patterns.FOLK_SONG_CREDIT.match(foot) and self._signed_over_text(story)))

    def _unit_signs_at_foot(self, index: int) -> bool:
        """Is this a writer's unit and padded name (南港作业区　柯　宁) alone under a sentence's end, a heading or the page's
        end under it?"""
        below = index + 1
        return (patterns.SIGNATURE.match(self.units[index].text) is not None
                and _NAME_AT_END.search(self.units[index].text) is not None  # (not 人民网“领导留言板”网友: a letter's)
                and patterns.ends_sentence(self.units[index - 1].text) and (below >= len(self.units) or self.heads[below]))

    def _byline_signers(self, story: _Story) -> set[str]:
        """The people the story's byline lines name (本报记者　陈　晨 over a visit, 王　芳 at a piece's foot)."""
        return {name for k in self._byline_units(story) for name in parse_credit(self.units[k].text).people()}

    def _byline_units(self, story: _Story) -> list[int]:
        """The units the story's byline lines stand in, in page order."""
        return [k for k, placed in enumerate(self.assigned) if placed == (story.index, "byline")]

    def _lead_signers(self, story: _Story) -> list[str]:
        """The people credited in the story's lead (本报讯（记者 王小明 通讯员 李华）…), if it has one."""
        credit = split_dateline(self.units[story.paragraphs[0]].text)[1] if story.has_lead else None
        return parse_credit(credit).people() if credit else []

    def _closes_advertisement(self, index: int, story: _Story) -> bool:
        """The last contact line (地址：…, 热线：…) under an advertisement's few lines closes it."""
        if patterns.CONTACT_LINE.match(self.units[index].text) is None:
            return False
        following = self._next(index + 1)
        return (bool(story.headlines)
                and not story.has_lead and len(story.paragraphs) <= _AD_LINES
                and not any(patterns.ends_sentence(self.units[k].text) for k in story.paragraphs)
                and not (following < len(self.units) and patterns.CONTACT_LINE.match(self.units[following].text))
                # 便民信息 / …服务中心 / 地址：… / 银杏街道…服务中心 / 地址：…: a directory's next entry, not the next advert
                and not (patterns.own_block(self.units[story.headlines[0]].text) and following < len(self.units)
                         and self._place_over_contact(following)))

    def _contact_below(self, end: int) -> bool:
        """Does an address or a phone line (地址：…, 热线：…) come under a heading before any sentence does?"""
        for index in range(end, min(end + _AD_LINES, len(self.units))):
            text = self.units[index].text
            if patterns.CONTACT_LINE.match(text):
                return True
            if patterns.ends_sentence(text):
                return False
        return False

    def _lead_restates(self, start: int, end: int, after: int) -> bool:
        """Does the sentence under the heading repeat it word for word (全国老年人体育健身大会开幕 /
        第五届全国老年人体育健身大会开幕式9日在…)?  A news lead restates its headline; a subhead's words
        are not the next sentence's."""
        heading = "".join(unit.text.replace(" ", "") for unit in self.units[start:end])
        first_sentence = self.units[after].text.split("。", 1)[0]
        found = first_sentence.find(heading)
        if found == 0 and first_sentence[len(heading):len(heading) + 1] in ("，", ","):
            return False  # 试用期不等于“白用期” / 试用期不等于“白用期”，如果…: a feature's section opens on its subhead's words
        # quoted, it is a saying the section is about (“加快构建…自主知识体系”，…)
        return len(heading) >= _RESTATED and 0 <= found <= _RESTATED_AFTER and first_sentence[found - 1:found] != "“"

    def _column_over_title(self, start: int) -> bool:
        """Are these two lines a column's name, a kind of piece, over a piece's title (岫山笔记 / 一碗米糕里的乡愁)?"""
        kicker, title = self.units[start].text, self.units[start + 1].text
        # (not 正午十二点 / 山顶瞭望塔上的午饭, a feature's section by the hour, nor 部门回复 / …: a reply's)
        return (_KICKER.match(kicker) is not None and _names_a_kind(kicker) and not patterns.BOX_LABEL.match(kicker)
                and _TITLE_UNDER_KICKER.match(title) is not None)

    def _supplied_below(self, after: int) -> bool:
        """Does the section under a heading close on an office's supplying line ((县12345政务服务便民热线中心供稿))?
        Under a story whose lead names its own writers, it is a box another body supplied, a piece of its own."""
        foot = self.units[max(after, self._section_end(after) - 1)].text
        return foot[:1] in "（(" and foot.rstrip("）)").endswith(_SUPPLIED_TEXT)

    def _announcement_under_title(self, start: int, after: int) -> bool:
        """Does the text under this title open on a listed company's announcement, the company the title names first
        (曜石股份中标4.3亿元储能项目 / 曜石股份公告，…), after another such brief?  A securities paper's brief, a story
        of its own."""
        announced = _ANNOUNCES.match(self.units[after].text)
        story = self.story  # (after a brief of an announcement too: not a roundup's company subheads, 华联控股：…)
        return (announced is not None and self.units[start].text.startswith(announced["company"])
                and story is not None and bool(story.paragraphs)
                and _ANNOUNCES.match(self.units[story.paragraphs[0]].text) is not None)

    def _body_type_heading(self, start: int, end: int) -> bool:
        """Where type sizes are known, is this heading set in body type, as subheads are?"""
        return self.layout.body_size is not None and not any(self.display[start:end])

    def _under_decks(self, story: _Story) -> bool:
        """Has the story so far only its headline and one or two decks set as short paragraphs
        (以跨界协同汇聚创新合力)?  Its byline comes under them."""
        return (bool(story.headlines) and 0 < len(story.paragraphs) <= 2
                and all(deck_line(self.units[k]) for k in story.paragraphs))

    def _under_standfirst(self, story: _Story, index: int) -> bool:
        """Has the story so far only its headline and one short paragraph, with text under the byline
        (退款难在哪 / 在未成年人退款纠纷中，…却要家长证明。 / 本报记者 张帆 / 线上购物…)?  Weeklies set a
        standfirst there; a story of its own would open on a headline, not on its byline."""
        following = self._next(index + 1)
        return (bool(story.headlines) and len(story.paragraphs) == 1 and not story.has_lead
                and len(self.units[story.paragraphs[0]].text) <= _STANDFIRST
                and following < len(self.units) and self.units[following].role == "text" and not self.heads[following])

    def _under_subhead(self, index: int) -> bool:
        """Does this byline stand under a subhead set as body text inside the story?

        Pieces of a round-up carry their own bylines under subheads; a new
        story's headline would be set in display type where type sizes are
        known, and flush, not indented like a paragraph, where indents mark paragraphs.
        """
        if index == 0:
            return False
        above = self.units[index - 1]
        if self.layout.body_size is not None:
            set_as_body = not self.display[index - 1]
        else:
            set_as_body = self.indents and above.lines[0].indent
        return (set_as_body and self.assigned[index - 1][1] == "paragraph" and len(above.lines) <= 3
                and len(above.text) <= 40 and not patterns.ends_sentence(above.text))

    def _dated_photo_follows(self, index: int) -> bool:
        """Is the next text a dated caption over its credit (4月20日，实验中学举行运动会。 / 通讯员 林 峰 摄)?
        Then the credit above ends a row of photos set under a story, not the story's own picture."""
        return (index < len(self.units) and patterns.DATED_SCENE.match(self.units[index].text) is not None
                and self._captioned_photo_follows(index))

    def _untitled_photo_follows(self, index: int) -> bool:
        """Is the next text a caption with no title over its credit (翔安区…查看秧苗长势。 / 通讯员 黄晓东 摄)?  Then
        the credit above ends a row of photos, as under a dated caption."""
        return index < len(self.units) and not self.heads[index] and self._captioned_photo_follows(index)

    def _numbered_set_at(self, index: int) -> bool:
        """Do two numbered captions or more run from here to one credit (社区春光好 / 图①：… / 图②：… / 图③：… / 本报记者　刘
        洋　摄)?  A set of photos."""
        units, numbered = self.units, index
        while numbered < len(units) and units[numbered].role == "text" and _NUMBERED_PICTURE.match(units[numbered].text):
            numbered += 1
        return numbered - index >= 2 and numbered < len(units) and units[numbered].role == "credit"

    def _captioned_photo_follows(self, index: int) -> bool:
        units = self.units
        if index < len(units) and units[index].role == "text" and _credited_caption(units[index].text):
            return True  # …市民在公园赏雪。 记者 周学军 摄
        if self._numbered_set_at(index):
            return True
        for offset in (1, 2):
            probe = index + offset
            if probe >= len(units):
                return False
            if units[probe].role == "credit":
                return all(units[k].role == "text" and len(units[k].text) <= patterns.CAPTION_MAX
                           for k in range(index, probe))
            if units[probe].role != "text":
                return False
        return False

    def _section_over_photo(self, after: int, story: _Story) -> bool:
        """Is the text under this heading a paragraph and then a caption over its credit, in a feature told in
        sections (…补的坑“平得像没补过一样”。 / “路平了，心里就踏实” / 问他苦不苦，… / 吕建国（右）和工友… / 通讯员 石磊 摄)?
        Then the heading is the feature's last subhead, the photo untitled under its section, not a photo's title over a
        caption in two parts (龙舟竞渡迎端午 / 6月10日，… / 当日，…, … / 上图：… / 下图：…)."""
        credit = after + 2
        return (credit < len(self.units) and self.units[credit].role == "credit"
                and self.units[after + 1].role == "text" and self._feature_in_sections(story)
                and not (patterns.DATED_SCENE.match(self.units[after].text) or _PLACED_PICTURE.match(self.units[after].text)))

    def _headline_score(self, start: int, end: int, after: int) -> float:
        """Log-odds that a short line with no dateline or byline after it is a headline.

        Subheads far outnumber such headlines, so the trees start from a subhead.
        """
        return trees.packaged("headlines").log_odds(self.headline_features(start, end, after))

    def headline_features(self, start: int, end: int, after: int) -> tuple[float, ...]:
        """What the page says about a run of short lines, as numbers for the trees in `headlines.npz`."""
        units = self.units
        run = units[start:end]
        segments = max(len(unit.text.split(" ")) for unit in run)
        length = max(len(unit.text) for unit in run)
        story = self.story
        after_pairs = _character_pairs(self._text_after(after))
        shared = self._shared_words(after_pairs, story)
        subheads = [k for k in story.paragraphs if self.heads[k]]
        section = story.paragraphs.index(subheads[-1]) if subheads else 0
        return (
            1.0,                                                        # bias
            end - start >= 2,                                           # a block of several lines
            segments >= 3,                                              # kicker, title, subtitle on one line
            segments == 2,
            self.wrapped and bool(run[0].gap_before and units[after].gap_before),  # alone outside the column
            not self.wrapped and max(run[0].gap_before, units[after].gap_before) >= 2,  # extra blank lines
            self._column_changes(start, after),                         # the text after sits in other columns
            self.indents and units[after].lines[0].indent,              # flush left above indented text
            bool(patterns.SUBHEAD_MARK.match(run[0].text)) or run[0].text.startswith("【"),
            run[-1].text.endswith("——"),
            any("，" in unit.text for unit in run),
            self._in_sections(story),                                   # subheads come in series
            len(story.paragraphs) <= 2,                                 # the story has barely begun
            length <= 8,
            length >= 20,
            any("“" in unit.text for unit in run),
            run[-1].text.endswith(("？", "?")),
            patterns.ends_sentence(units[start - 1].text),              # the text before ended a sentence
            story.has_lead,                                             # the story opened with a dateline
            shared,                                                     # the text after keeps to the story's topic
            shared < 0.08,
            math.log1p(sum(len(units[k].text) for k in story.paragraphs)),  # long stories end sooner
            bool(_OPENS_ON_TIME.match(units[after].text)),              # the text after opens like a lead
            math.log1p(len(story.paragraphs) - section),                # subheads come at intervals
            any(abs(len(units[k].text) - length) <= 1 for k in subheads),  # as long as the story's subheads
            math.log1p(sum(len(units[k].text) for k in story.paragraphs[section:])),  # the section before
            math.log1p(self._section_after(after)),                     # and the one after, to the next heading
            units[start - 1].text.endswith(("）", ")")),                 # （作者为…）, （记者…） close stories
            sum(len(units[k].text) for k in story.headlines),          # the story's own headline
            len(self.stories),                                          # stories on the page so far
            length,
            run[0].gap_before,                                          # blank lines above the heading
            units[after].gap_before,                                    # and under it
            self._heading_echoed(start, end, after_pairs),
        )

    def _quoted_in_section(self, start: int, end: int, after: int) -> bool:
        """Is the heading one quotation whose words its section's first paragraphs quote?  (A new story quoted in
        its headline may quote it further down: “雄安一定会有光明的未来” heads one that says it in its sixth paragraph.)"""
        heading = self.units[start].text.strip()
        if end - start != 1 or not (heading.startswith("“") and heading.endswith("”")) or len(heading) < _RESTATED:
            return False
        section = itertools.takewhile(lambda k: self.units[k].role == "text" and not (k > after and self.heads[k]),
                                      range(after, min(len(self.units), after + _ECHO_PARAGRAPHS)))
        subtitled = self._subtitled(self.story) and self.story.has_lead
        clause = (heading[1:].split("，", 1)[0] if subtitled and "，" in heading and not self._opens_a_story(after)
                  else None)  # (a section opening on its day is a new story's lead: 12月4日，市数据局…)
        # under a lead titled over a ——subtitle, the saying's first clause quoted will do (“以为歇一歇就好，没想到这么
        # 严重” / …“前天早上起来觉得头晕、恶心，以为歇一歇就好，后来连站都站不稳了”)
        return any(heading[:-1] in self.units[k].text or clause is not None and len(clause) >= _QUOTED_CLAUSE
                   and clause in self.units[k].text for k in section)

    def _section_after(self, after: int) -> int:
        """Characters of text from `after` to the next heading."""
        return sum(len(self.units[k].text) for k in range(after, self._section_end(after)))

    def _shared_words(self, after_pairs: np.ndarray, story: _Story) -> float:
        """The share of the character pairs after a heading (`after_pairs`) that the story used already.

        A subhead goes on with its story's topic; a new story opens its own
        (TextTiling's cue, on character pairs since words are not marked).
        """
        before = ""
        for k in reversed(story.paragraphs):
            if len(before) >= _TOPIC_SPAN:
                break
            before = self.units[k].text + before
        return _share_in(after_pairs, _character_pairs(before[-_TOPIC_SPAN:]))

    def _heading_echoed(self, start: int, end: int, after_pairs: np.ndarray) -> float:
        """The share of the heading's character pairs that the text after it uses: a headline
        sums up its story's lead in the lead's words, more than a subhead its section's."""
        return _share_in(_character_pairs("".join(unit.text for unit in self.units[start:end])), after_pairs)

    def _text_after(self, after: int) -> str:
        """Up to half a topic span of text from `after`, stopping at the next heading."""
        text, index = "", after
        while index < len(self.units) and len(text) < _TOPIC_SPAN // 2 and not (index > after and self.heads[index]):
            text += self.units[index].text
            index += 1
        return text

    def _column_changes(self, start: int, after: int) -> bool:
        """Do the lines before and after this point sit in columns of different widths?"""
        if not self.wrapped or start == 0:
            return False
        widths = self.layout.widths
        before = widths.get(self.units[start - 1].lines[-1].number)
        later = widths.get(self.units[after].lines[0].number)
        return before is not None and later is not None and abs(before - later) >= 1.5

    def _credit(self, index: int) -> int:
        """A photo credit: it ends a photo (its caption before it) or credits a story's picture."""
        story = self.story
        after = self._next(index + 1)
        story_ends = after >= len(self.units) or self._ends_here(after)
        if story is None or story.closed:
            story = self._new_story()
            story.closed = True  # a credit standing alone
        elif _ILLUSTRATED_BY.match(self.units[index].text) and story.headlines and story.paragraphs:
            pass  # …忘不掉的故乡。 / 插画：江　雪: the drawing that illustrates the piece above, no photo's caption
        elif (story.headlines and not story.paragraphs and _CARTOON_TITLE.match(self.units[story.headlines[0]].text)
              and (story_ends or self.heads[after])):
            self._make_photo(story)  # 漫画·“留痕” / 图/洪　涛: a cartoon, its title and its maker, no caption under it
        elif len(story.headlines) == 1 and not story.paragraphs and self.units[index].text.startswith("作者"):
            self._assign(story.headlines.pop(), story, "paragraph")  # 国画《橘乡》 / (the work) / 作者　陈秋白: the
            self._make_photo(story)  # work's caption over its maker, the credit's role only an artwork's caption gives
        elif story.headlines and not story.paragraphs and self.units[index].text.startswith("摄影"):
            self._make_photo(story)  # 《采茶时节》 / (the work) / 摄影　温小勇: a photograph shown as a work, titled
        elif (story.headlines and not story.paragraphs and self.units[index].text.endswith("摄") and after < len(self.units)
              and self.heads[after] and not story.closed):
            self._make_photo(story)  # 椰林晚照 / (the picture) / 林小海　摄 / 椰子树下的课堂: a photo titled, with no caption
        elif (story.headlines and not story.paragraphs and self.units[index].text.endswith("作")
              and (story_ends or patterns.names_poem_form(self.units[after].text))):
            self._make_photo(story)  # 剪纸　雪乡年景 / (the work) / 刘桂琴　作 / 七律·…: a work's title and its maker, over the
            # next piece (a caption under the maker is the work's)
        elif ((story_ends or not story.headlines and self._captioned_photo_follows(after)) and not story.has_lead
              and _caption_size(self.units, story) <= patterns.CAPTION_MAX and not self._caption_under_signed(story, index)
              and not self._dated_caption_at_end(story) and not self._sourced_over_caption(story)
              and not _row_among_rows(self.units, story.paragraphs[0])  # a price list's rows, then a photo's caption
              and not self._labelled_text(story) and not self._letter(story)):  # 编后, 编辑同志：: words, not a caption
            # a photo's caption and credit, or the first of a row of untitled ones (a titled row is one story)
            self._make_photo(story)
        elif (story_ends or self._dated_photo_follows(after) or self._untitled_photo_follows(after)) and story.paragraphs:
            caption = (_caption_block(self.units, story.paragraphs) or _trailing_caption(self.units, story.paragraphs)
                       or (story.paragraphs[-1:] if self._caption_under_signed(story, index) else []))
            if len(caption) == len(story.paragraphs):  # the headline over it titles the photo
                self._make_photo(story)
            elif caption:
                story = self._photo_from(story, caption)
        elif self._titled_photo_credited_first(story, index, after):
            photo = self._photo_from(story, story.paragraphs[-1:])
            self._assign(photo.paragraphs.pop(), photo, "headline")
            self._assign(index, photo, "credit")
            self._assign(after, photo, "paragraph")
            self._make_photo(photo)
            return after + 1
        elif self._photo_set_inside(story, after):
            interrupted, story = story, self._photo_from(story, story.paragraphs[-1:])
            self._assign(index, story, "credit")
            self.resumed = interrupted
            return index + 1
        self._assign(index, story, "credit")
        return index + 1

    def _titled_photo_credited_first(self, story: _Story, index: int, after: int) -> bool:
        """Is this credit set between a photo's title and its dated caption, under a story's last sentence (…早一天用上好
        网络。 / 装维“小哥”上门忙 / 通讯员　薛　锋　摄 / 9月11日，…。), a heading or the page's end under the caption?  A
        photo of its own after the story, titled, credited first."""
        paragraphs = story.paragraphs
        if not (len(paragraphs) >= 3 and paragraphs[-1] == index - 1 and after < len(self.units)
                and self.units[after].role == "text"):
            return False
        title, caption = self.units[index - 1].text, self.units[after].text
        following = self._next(after + 1)
        # (a reporter's own paragraph, 记者在…看到, or a speaker's, …说, is the story's section under its subhead)
        return (len(title) <= _PHOTO_TITLE and _CLAUSE_OR_SENTENCE.search(title) is None
                and patterns.ends_sentence(self.units[paragraphs[-2]].text)
                and patterns.DATED_SCENE.match(caption) is not None and caption.endswith("。")
                and "记者" not in caption and "说" not in caption and caption.count("。") <= _CAPTION_SENTENCES
                and (following == len(self.units) or self._ends_here(following)
                     and (following + 1 >= len(self.units) or opens_story(self.units[following + 1]))))

    def _photo_set_inside(self, story: _Story, after: int) -> bool:
        """Is the paragraph over this credit a dated caption of a photo set inside a headed story, between two of its
        paragraphs (…圆满完成。 / 10月20日，…学生在…收获红薯。 / 特约通讯员　王建华　摄 / 会议强调，…)?  The story goes
        on under the photo."""
        paragraphs = story.paragraphs
        return (len(paragraphs) >= 2 and bool(story.headlines) and after < len(self.units)
                and self.units[after].role == "text" and not self.heads[after]
                and patterns.ends_sentence(self.units[paragraphs[-2]].text)
                and _trailing_caption(self.units, paragraphs) == paragraphs[-1:]
                and len(caption := self.units[paragraphs[-1]].text) <= _SHORT_CAPTION and caption.count("。") == 1
                and patterns.DATED_SCENE.match(caption) is not None)

    def _sourced_over_caption(self, story: _Story) -> bool:
        """Does a short wire item (据路透社4日报道，…) end on a photo's dated caption (12月3日，在德国法兰克福，…)?  The
        item is a story with no lead, and the caption under it a photo set after it, not the item's own."""
        paragraphs = story.paragraphs
        caption = _trailing_caption(self.units, paragraphs) if len(paragraphs) >= 2 else []
        return 0 < len(caption) < len(paragraphs) and patterns.SOURCED_LEAD.match(self.units[paragraphs[0]].text) is not None

    def _dated_caption_at_end(self, story: _Story) -> bool:
        """Does a signed or titled story end on a caption that opens on its scene's date (…缩短至35分钟。 / 6月11日，
        公司2号高炉大修工程…作业。 / 记者 马 骏 摄)?  The photo is set after the story, not the story a photo."""
        caption = _trailing_caption(self.units, story.paragraphs) if self._signed(story) or story.headlines else []
        opening = self.units[caption[0]].text if caption else ""
        return 0 < len(caption) < len(story.paragraphs) and bool(patterns.DATED_SCENE.match(opening) or _WORK_TITLE.match(opening))

    def _caption_under_signed(self, story: _Story, credit: int) -> bool:
        """Is the short last paragraph of a story signed on a line or in its lead, of an afterword (编后) or of a question
        answered (问：… / 答：…), over a photo credit (…城市文化新名片。 / 电影《四渡》海报。 / 片方供图; a dispatch's
        …用电。 / 福建省安溪县茶农在采摘春茶。 / 新华社记者 林 平摄) the caption of a photo set after the story?  (A
        photo story's 图为… is its own.)"""
        paragraphs = story.paragraphs
        signed = self._signed(story) or self._labelled_text(story) or self._answers(story)
        if not (signed or story.has_lead) or len(paragraphs) < 2 or self.units[paragraphs[-1]].lines[0].bbox is not None:
            return False
        last, before = self.units[paragraphs[-1]].text, self.units[paragraphs[-2]].text
        return (len(last) <= _SHORT_CAPTION and patterns.ends_sentence(before) and not _SAYS_PHOTO.search(last)
                and (signed or not (_LINKED_ON.match(last) or _CREDITS_THE_STORYS.match(self.units[credit].text))))

    def _answers(self, story: _Story) -> bool:
        """Does the story answer a question (答：…, 律师答：…)?  No caption does."""
        return any(patterns.ANSWER_OPENS.match(self.units[k].text) for k in story.paragraphs[1:])

    def _field_of_profile(self, index: int) -> bool:
        """Is this a labelled field (专家门诊：每周一、周三上午) under an expert's profile, its last line?"""
        story = self.story
        return (story is not None and not story.closed and bool(story.paragraphs) and self._profile(story)
                and _FIELD_OF_PROFILE.match(self.units[index].text) is not None)

    def _commentary(self, story: _Story) -> bool:
        """Is the story a commentary, its genre kicked over its title (短评, 林草时评 / 防火不能只靠“喊”)?"""
        return len(story.headlines) >= 2 and _COMMENTARY_KICKER.match(self.units[story.headlines[0]].text.strip()) is not None

    def _profile(self, story: _Story) -> bool:
        return bool(story.headlines) and _PROFILE.match(self.units[story.headlines[0]].text) is not None

    def _reporters_visit(self, story: _Story) -> bool:
        """Is the story a reporter's visit kicked over its title (记者探访 / 凌晨四点的公交调度室)?"""
        return len(story.headlines) >= 2 and _REPORTER_WENT.match(self.units[story.headlines[0]].text) is not None

    def _section_heading_ahead(self, after: int) -> bool:
        """Does the text from `after` stop at another one-line heading over text, as a story told in sections goes on?"""
        end = self._section_end(after)
        return (end + 1 < len(self.units) and self.heads[end] and not self.heads[end + 1]
                and self.units[end + 1].role == "text")

    def _signed_by_another_below(self, story: _Story, after: int) -> bool:
        """Does the text from `after` close on a credit, or stop at a name alone (王　芳), naming none of those who signed the
        story above?  Its own reporter closes the story's last section (…（记者　王　芳）); another signs the next piece."""
        end = self._section_end(after)
        closing = patterns.closing_credit(self.units[max(after, end - 1)].text)
        name = self.units[end].text.replace(" ", "") if end < len(self.units) else ""
        if closing is not None:
            names = set(parse_credit(closing["credit"] or "").people())
        elif 2 <= len(name) <= 4 and patterns.is_names_line(name):
            names = {name}
        else:
            return False
        return bool(names) and not names & self._byline_signers(story)

    def _labelled_text(self, story: _Story) -> bool:
        """Is the story headed by a label of its text (编后, 编者按, 记者手记 / 让数据多跑路), as the editors' words are?
        Over a title and a ——subtitle (记者调查 / 共享单车扎堆地铁口… / ——记者…走访…) it is a feature's kicker."""
        label = self.units[story.headlines[0]].text if story.headlines else ""
        return (patterns.BODY_LABEL.match(label) is not None and not self._subtitled(story)
                and not (len(story.headlines) >= 2 and _REPORTER_WENT.match(label)))

    def _photo_from(self, story: _Story, caption: list[int]) -> _Story:
        """The story's last paragraphs, a photo's caption set after it, made a photo of their own."""
        del story.paragraphs[-len(caption):]
        photo = self._new_story()
        self.interrupted = story
        for k in caption:
            self._assign(k, photo, "paragraph")
        self._make_photo(photo)
        return photo

    def _ends_here(self, index: int) -> bool:
        unit = self.units[index]
        if unit.role in ("credit", "byline", "jump"):
            return True
        return (self.heads[index] or bool(patterns.DATELINE.match(unit.text)) or patterns.opens_continuation(unit.text)
                or patterns.points_elsewhere(unit.text) or _EDITORS_OPEN.match(unit.text) is not None)

    def _make_photo(self, story: _Story) -> None:
        if not story.headlines and len(story.paragraphs) == 1 and _CARTOON_TITLE.match(self.units[story.paragraphs[0]].text):
            self._assign(story.paragraphs.pop(), story, "headline")  # 漫画·“过度留痕” / 图/葛小川: the cartoon's title
        for k in story.paragraphs:
            self.assigned[k] = (story.index, "caption")
        story.closed = True


def _character_pairs(text: str) -> np.ndarray:
    """The pairs of Han characters side by side in the text, each as one number (the two code points),
    sorted, each once.

    Read through an array of code points: a heading's topic is weighed on
    hundreds of characters, and pairs sliced out one by one cost several times more.
    They stay in the array: a set of hundreds of Python ints costs more to build than
    the sort (and `np.unique` more than the sort and the mask).
    """
    codes = np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    han = (codes >= 0x4E00) & (codes <= 0x9FFF)
    pairs = np.sort((codes[:-1] << 16 | codes[1:])[han[:-1] & han[1:]])
    return np.concatenate((pairs[:1], pairs[1:][pairs[1:] != pairs[:-1]]))  # the first, then each new one


def _share_in(pairs: np.ndarray, other: np.ndarray) -> float:
    """The share of `pairs` that `other` holds too (both from `_character_pairs`); 0 where `pairs` is empty."""
    return np.intersect1d(pairs, other, assume_unique=True).size / pairs.size if pairs.size else 0.0


def _set_apart(upper: Line, lower: Line) -> bool:
    """Where lines were measured: does a line stand away from the one read before it, neither
    under it (a headline's next line, a kicker's headline) nor beside it on its row?

    A subhead at the foot of one story's column is read just before the
    headline of the next story, set elsewhere on the page.
    """
    if upper.bbox is None or lower.bbox is None or not upper.font_size or not lower.font_size:
        return False
    size = max(upper.font_size, lower.font_size)
    under = (-0.3 * size < lower.bbox.y0 - upper.bbox.y1 < 1.5 * size
             and lower.bbox.x0 < upper.bbox.x1 and upper.bbox.x0 < lower.bbox.x1)
    return not (under or _same_row(upper, lower))


def _same_row(left: Line, right: Line) -> bool:
    """Do two measured lines stand side by side on one printed row, left to right?"""
    if left.bbox is None or right.bbox is None or not left.font_size:
        return False
    return abs(left.bbox.y1 - right.bbox.y1) < 0.3 * left.font_size and right.bbox.x0 > left.bbox.x1


def _as_of(text: str) -> bool:
    """Is the line a bracketed note of the date or stage a box is as of (（10月27日）, （截至第12轮））?"""
    return _AS_OF_NOTE.match(text) is not None and _AS_OF_WORDS.search(text) is not None


def _dates_a_long_title(units: list[Unit], index: int) -> bool:
    """Is this bracketed note the date or stage its box is as of (（7月8日）, （截至第12轮）), with no units, under a title
    that names the box in full (锦屿市区主要农副产品零售价格)?  It is the title's second line, as a short label's
    (积分榜 / （截至10月20日）) is the box's first, and as a diary's dated entries (（7月8日） / … / （7月9日）, each under a
    sentence's end) are text; not under a speech's ——subtitle."""
    above = units[index - 1] if index > 0 else None
    return (above is not None and units[index].role == "text" and _as_of(units[index].text)
            and not patterns.closing_note(units[index].text)
            and not any(_AS_OF_NOTE.match(units[later].text) and patterns.ends_sentence(units[later - 1].text)
                        for later in range(index + 1, min(len(units), index + _ENTRY_REACH)))
            and above.role == "text" and " " not in above.text and "\u3000" not in above.text
            and not above.text.startswith("——") and headline_like(above)
            and (len(above.text) >= _FULL_BOX_TITLE
                 or len(above.text) > _SHORT_BOX_LABEL and index + 1 < len(units) and _heads_table(units, index + 1)
                 or above.text.endswith(_PRICES_NAMED) and _PERIOD_ALONE.match(units[index].text) is not None
                 and not any(_PERIOD_ALONE.match(units[later].text) and patterns.box_row(units[later - 1].text)
                             for later in range(index + 2, min(len(units), index + _ENTRY_REACH)))))


def _rows_under_as_of_note(units: list[Unit], index: int) -> bool:
    """Is this a box's first row or head row right under its full title's as-of note (…积分榜 / （截至第12轮） / 名次　球队…)?
    The note ends the title; a deck under a story's dated title (（2024年1月） / 涵盖教育医疗养老等领域) is the title's."""
    text = units[index].text
    return (index > 0 and _dates_a_long_title(units, index - 1)
            and (len(text.split()) >= _ROW_ITEMS or patterns.TABLE_UNITS.match(text) is not None))


def _first_event_of_box(units: list[Unit], index: int) -> bool:
    """Is this the name of an event (开幕式) under a box's label (第三十六届…那达慕大会日程), over the event's time (时间：…),
    another event's name and time further down?  Over one event only, its name is the box's title (讲座预告 / 秋冬季节如何
    科学进补 / 时间：…)."""
    return (0 < index < len(units) - 1 and _timed(units, index + 1) and patterns.own_block(units[index - 1].text)
            and any(_timed(units, k + 1) for k in range(index + 2, min(len(units) - 1, index + _EVENT_REACH))))


def _timed(units: list[Unit], index: int) -> bool:
    return units[index].text.startswith(("时间：", "时间:", "展期：", "展期:"))  # an event's time, a show's dates


def _titles_an_entry(units: list[Unit], index: int, more: bool = True) -> bool:
    """Is this a work's title in 《》 over its credits (作者：…, 导演：…), the first entry of a listing of several (新书速递 /
    《澜江口》 / 作者：…), not a headline's deck (书架 / 《县域治理的逻辑》 / 作者：…: one book, the box's title)?"""
    text = units[index].text
    if not (text[:1] == "《" and text[-1:] == "》" and index + 1 < len(units)
            and _ENTRY_CREDIT.match(units[index + 1].text) is not None):
        return False
    if not more:
        return True
    for later in range(index + 2, min(len(units) - 1, index + _ENTRY_REACH)):
        if _titles_an_entry(units, later, more=False):
            return True
        text = units[later].text
        if patterns.BRACKETED_LINE.match(text) or headline_like(units[later]) and not _ENTRY_CREDIT.match(text):
            return False  # …（王芳） / 山海之间的行走 / 《山海之间》: a signed review, then the next review under its title
    return False


def _titles_a_lead(units: list[Unit], index: int) -> bool:
    """A short line right above a dateline is its headline, commas or not: 张雪，是他，是他们; but not the
    note that closes the piece above (（新华社北京5月31日电）, under a letter that a report follows)."""
    unit = units[index]
    if (unit.role != "text" or len(unit.lines) > 1 or len(unit.text) > 40 or "。" in unit.text
            or patterns.closing_note(unit.text)):
        return False
    following = units[index + 1] if index + 1 < len(units) else None
    return following is not None and following.role == "text" and bool(patterns.DATELINE.match(following.text))


def _verse_like(text: str) -> bool:
    """Could this line be a poem's verse: short, with no full stop?"""
    return len(text) <= _FREE_VERSE_LINE and "。" not in text


def _holds_figure(text: str) -> bool:
    return any(character.isdigit() for character in text)


def _listed_row(units: list[Unit], index: int) -> bool:
    """Is this a unit and a name (县文化馆　王雅琴) under a list's bare title (评委名单) or under another such row?"""
    while index > 0 and _unit_and_name(units[index].text):
        above = units[index - 1].text
        if patterns.list_title(above):
            return True
        index -= 1
    return False


def _labels_entries(label: str) -> bool:
    """Does this heading label a box of entries, a block of its own (节后招工信息) or a guide (春节期间办事指南)?"""
    return patterns.own_block(label) or label.endswith(_GUIDES)


def _gloss_among_glosses(units: list[Unit], index: int) -> bool:
    """Is this a word and its gloss after a dash or a colon (嘎查——村, 羌：青稞酒) or beside it in another script (水稻　벼),
    among enough such entries in a row?  Two dashed
    lines over a lead are a headline's (奋斗——青春最亮丽的底色 / 担当——新时代青年的使命)."""
    def gloss(k: int) -> bool:
        return 0 <= k < len(units) and units[k].role == "text" and (_GLOSS.match(units[k].text) is not None
                                                                    or patterns.SCRIPT_GLOSS.match(units[k].text) is not None)
    first, last = index, index
    while gloss(first - 1):
        first -= 1
    while gloss(last + 1):
        last += 1
    # (a word beside its own script, 水稻　벼, is as plainly a gloss as a dashed one)
    plain = "——" in units[index].text or patterns.SCRIPT_GLOSS.match(units[index].text) is not None
    return (gloss(index) and _enough_glosses(last - first + 1, plain)
            and not (last + 1 < len(units) and opens_story(units[last + 1])))  # (奋斗——… / 担当——… / 奉献——… / 本报讯…: decks)


_GLOSSES = 3  # a glossary's entries in a row, at least
_COLON_GLOSSES = 5  # …by colon (three fields of a box, 书名：… / 作者：… / 出版社：…, are no glossary)


def _enough_glosses(count: int, dashed: bool) -> bool:
    """Are so many entries in a row a glossary: three dashed (嘎查——村), five by colon (羌：青稞酒)?"""
    return count >= (_GLOSSES if dashed else _COLON_GLOSSES)
_GLOSS = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:——[^—\s]|：[^：\s，。；！？]{1,24}$)")  # 嘎查——村, 那达慕——娱乐、游戏，现指…, 羌：青稞酒


def _unit_and_name(text: str) -> bool:
    return " " in text and (patterns.PLACE_SIGNER.match(text) is not None or patterns.UNIT_CREDIT.match(text) is not None)


_RIDDLES = re.compile(r"^(?:新春|元宵|春节|有奖|趣味)(?:灯谜|猜谜语?)$")  # a riddles box's title (a feature's subhead too)
_RIDDLE = re.compile(r"[（(]打一")  # …（打一字）: a riddle, what its answer is
_COUNTED_ROW = re.compile(r"^[\u4e00-\u9fff]{1,8} \d[\d.,]*[\u4e00-\u9fff%]{0,3}$")  # 豆雁　21360只: a name and its count
_HEAD_ROW = re.compile(r"^[\u4e00-\u9fff]{2,4}(?: [\u4e00-\u9fff]{2,4}){1,3}$")  # 物种　数量: a table's head row
_UNITS_LINE = re.compile(r"^[（(]?单位[:：]")  # 单位：% over a table's head row


def _caption_names_work(title: str, caption: str) -> bool:
    """Does the caption open on the work its picture shows, named by its art, the title the work's name (春耕图 /
    农民画《春耕图》，…)?"""
    art = _PICTURED_WORK.match(caption)
    return art is not None and caption.startswith(f"《{title}》", art.end() - 1)


def _heads_table(units: list[Unit], index: int) -> bool:
    """Is this line a table's head row, its column names (单位　电话, 排名　区县　优良天数　PM2.5), over two rows of as
    many cells with figures (县海上搜救中心　0535-3216012)?  The table's first line, not its title's."""
    if index + 2 >= len(units):
        return False
    heads = units[index].text.split()
    if len(heads) < 2 or not all(_COLUMN_NAME.match(cell) for cell in heads):
        return False
    rows = [units[k].text.split() for k in (index + 1, index + 2)]
    return all(len(cells) == len(heads) and any(c.isdigit() for c in "".join(cells[1:])) for cells in rows)


def _table_row(text: str) -> bool:
    """Is the line a table's row of three cells or more: a box's row, or two cells with figures and no clause
    (嵩原站　5.86万人次　同比增长7.3%)?"""
    cells = text.split()
    return len(cells) >= _ROW_ITEMS and (patterns.box_row(text) or sum(any(c.isdigit() for c in cell) for cell in cells) >= 2
                                         and _PROSE.search(text) is None)


def _quoted_whole(text: str) -> bool:
    """Is the paragraph someone's words closing on their quotation (●“…过年。”, 村民王德胜竖起大拇指：“…”), over his line:
    no writer tells in the first person outside the quotes (…我又回到郝家沟。…笑着说：“…” is an essay's end)?"""
    return text.endswith("”") and _FIRST_PERSON.search(_QUOTED.sub("", text)) is None


def _padded_among_verses(units: list[Unit], start: int) -> bool:
    """Does another line of two characters padded apart stand among the verse lines running from `start`?"""
    index = start
    while index < len(units) and units[index].role == "text" and len(units[index].text) <= _FREE_VERSE_LINE:
        if patterns.PADDED_NAME.match(units[index].text):
            return True
        index += 1
    return False


def _titles_the_poet(units: list[Unit], index: int) -> bool:
    """Is the line above a poet's line a title, alone over him, and no other name among the lines round him?"""
    above, text = units[index - 1], units[index - 1].text
    return (above.role == "text" and headline_like(above) and not patterns.ethnic_poet(text)
            and not patterns.is_names_line(text)
            and not any(patterns.ethnic_poet(units[k].text) for k in range(index + 1, min(len(units), index + _POEM_VERSES + 2))))


def _poem_author(text: str) -> bool:
    """Is the line a poet's name alone, bare (陈默然, a Mongol name of two parts: 巴音孟克) or padded (马　骏), or with his
    people (嘎玛丹增尼玛（藏族）), or a Uyghur or Kazakh name (古丽米拉·艾则孜), as a poem is signed under its title?"""
    return (patterns.bare_name(text) or len(text) >= _TWO_PARTS and patterns.minority_name(text)
            or patterns.dotted_name(text)
            or patterns.PADDED_NAME.match(text) is not None and patterns.is_names_line(text) or patterns.ethnic_poet(text))


def _poem_set(title: str) -> bool:
    """Does the title name a set of poems (田园杂咏（二首）, 七绝·春耕（外一首）, 七绝二首)?"""
    return (_POEMS_IN_SET.search(title) is not None or patterns.POEM_SET.search(title) is not None
            or _COUNTED_SET.search(title) is not None)


def _pen_name(text: str) -> bool:
    """Is the line a pen name of two characters padded apart (晓　言, 畔　言, □　澧　言), no word (超　越), kicker (数　读)
    or kind of piece (快　评)?"""
    text = text.lstrip(patterns.AUTHOR_MARKS).lstrip()  # □　澧　言: marked as a writer
    name = text[::2]  # 晓　言 without its padding
    return (patterns.PADDED_NAME.match(text) is not None and name not in words() and name not in _SPACED_KICKERS
            and not _names_a_kind(name))


def _worded_pen_name(text: str) -> bool:
    """Is the line two characters padded apart that make a word (牧　笛), but no kicker nor kind of piece (聚　焦, 图　说)?
    Under a commentary, a pen name taken from a word."""
    return (patterns.PADDED_NAME.match(text) is not None and text[::2] not in _SPACED_KICKERS
            and text[::2] not in _KICKING_WORDS and not _names_a_kind(text[::2]))


# words a page sets apart as a kicker over a story or a photo's title (聚　焦 / 全旗冬季那达慕开幕)
_KICKING_WORDS = frozenset("聚焦 图说 关注 视点 观察 直击 速递 快讯 提示 提醒 链接 追踪 探访 一线 现场 声音 镜头 特写 回眸 瞭望 纵深 话题 "
                           "热点 焦点 图片 看点 警示 资讯 动态 民生 要闻 社会 人物 故事 法治 三农 教育 乡村 春运 党建 文明 经济 文化 "
                           "旅游 体育 卫生 健康 生态 环保 城建 交通 农业 政法 纪检 科技 时政 综合 产业 招商 项目 基层 扶贫 振兴".split())


def _names_a_kind(text: str) -> bool:
    """Does this line name a kind of piece (时评, 律师说法, 短　评 set apart) or a column?"""
    text = text.replace(" ", "")
    return patterns.GENRE_NAME.match(text) is not None or text in columns()


def _reporters_piece_kicker(units: list[Unit], index: int) -> bool:
    """Is a reporter's label (记者调查, 记者手记, 记者探访) the kicker of a piece of its own: over a title, where a credit closed
    what came before (受访者供图 / 记者手记 / 收费不是问题　说清楚才是; under a photo's credit 记者走访 / 夜读时光 labels the
    story's section unless a dated lead opens under the title) or a ——subtitle or a byline comes under the title, or the
    piece is signed at its foot?  Under a story's text and over a title and text, it labels the story's last section."""
    text = units[index].text
    if not (text.startswith("记者") and patterns.BODY_LABEL.match(text) and 0 < index < len(units) - 2
            and headline_like(units[index + 1])):
        return False
    return _kicks_by_layout(units, index) or _signed_at_its_foot(units, index + 2)


def _kicks_by_layout(units: list[Unit], index: int) -> bool:
    """Does the layout round a reporter's label over a title make it a piece's kicker: a photo's credit above it, a
    byline or a ——subtitle under the title?"""
    below = units[index + 2]
    return (units[index - 1].role == "credit" and (_NOTES_LABEL.match(units[index].text) or patterns.DATELINE.match(below.text))
            or below.role == "byline"
            or below.role == "text" and below.text.startswith("——") and headline_like(below))


def _signed_at_its_foot(units: list[Unit], start: int) -> bool:
    """Does the text from `start` close on its writer's name alone or a byline under its last sentence, before any other
    heading, and nothing but a heading under it (…修好了一部。 / 熊文斌 / 读者来信, …办到群众心坎上。 / 本报记者　高晓彤)?
    A reporter's notes so signed are a piece of their own where the story above named its writers over its text (where
    it named none, the names sign it all, the notes its last section: `_Placer._notes_of_unsigned_story`)."""
    for index in range(start, min(len(units), start + _SIGNED_PIECE_REACH)):
        unit = units[index]
        if ((unit.role == "byline" or unit.role == "text" and patterns.is_names_line(unit.text))
                and patterns.ends_sentence(units[index - 1].text)):
            return index + 1 == len(units) or _heading_of_another(units[index + 1])
        if unit.role != "text" or headline_like(unit):
            return False
    return False


def _heading_of_another(unit: Unit) -> bool:
    """Is the line under a signature no text, or a heading that is no byline, author's line or ——subtitle (陈素萍 /
    本报记者　王芳, 金秋 / □ 李明, 陈素萍 / ——记…: the next piece's title, the name over it no signature)?"""
    text = unit.text
    return unit.role not in ("text", "byline") or (unit.role == "text" and headline_like(unit)
                                                   and not patterns.is_author_line(text) and not text.startswith("——"))


# The reporter went and saw (记者探访 / 凌晨四点的公交调度室): a feature's kicker over its title, told in sections under subheads
_REPORTER_WENT = re.compile(rf"^[【［\[]?记者(?:探访|走访|体验|调查|追访|再访|回访|连线|{patterns.WENT_TO})")


def _titles_a_marked_writer(units: list[Unit], k: int) -> bool:
    """Is this short line right over a writer's marked name (雪 / □　扎西措), a poem's title, however short?"""
    return (k + 1 < len(units) and units[k + 1].text[:1] in patterns.WRITER_MARKS and units[k].role == "text"
            and len(units[k].text) <= _VERSE_LINE and not patterns.ends_sentence(units[k].text) and _marked_writer(units[k + 1].text))


def _marked_writer(text: str) -> bool:
    """Is the line a writer's name after a 副刊's mark (□　马　骁, ◎ 江 南, □　更登嘉措), one name (not a roll of names
    marked so: □ 王建国 李红梅 …)?"""
    return (text[:1] in patterns.WRITER_MARKS and len(text[1:].replace(" ", "")) <= _ONE_NAME
            and patterns.is_author_line(text))


_ONE_NAME = 6  # characters: a Han name, a Tibetan or Mongol one (更登嘉措, 娜仁其其格); a roll of names is longer


def _issuer_and_day(text: str) -> bool:
    issuer, _, day = text.strip().rpartition(" ")
    return bool(issuer) and patterns.ISSUER_NAME.match(issuer) is not None and patterns.NOTICE_DATE.match(day) is not None


def _sings_down_to_credit(units: list[Unit], index: int) -> bool:
    """Do verses, each ending on its mark, run from here down to a folk song's credit (演唱：…, 搜集整理：…), four at
    least with those over this one?"""
    above = index
    while above > max(0, index - _FOLK_VERSES) and _song_verse(units[above - 1]):
        above -= 1  # (four verses are enough: a long poem above is not walked at every line)
    for below in range(index + 1, min(len(units), index + _SONG_LINES)):
        if units[below].role == "byline" and patterns.FOLK_SONG_CREDIT.match(units[below].text):
            return below - above >= _FOLK_VERSES
        if not (_song_verse(units[below]) or patterns.song_note(units[below].text)):
            return False
    return False


def _song_verse(unit: Unit) -> bool:
    return unit.role == "text" and len(unit.text) <= _SONG_VERSE and unit.text[-1] in "，；。！？"


def _opens_a_couplet(units: list[Unit], index: int) -> bool:
    """Is this line a verse's first half, the second as long under it and stopped (九月禾黄满山坡， / 姑娘摘禾唱山歌；)?
    A song's or a poem's lines, however short, head nothing: a title split at its comma goes on unstopped."""
    text = units[index].text
    if text[-1] != "，" or len(text) > _SONG_VERSE:
        return False
    if _sings_down_to_credit(units, index):
        return True  # 六盘山顶上的云彩白， / 川道里铺下的红毡； / … / 演唱：海兰花: a 花儿's lines, unequal
    if len(text) > _COUPLET_HALF:
        return False
    # (or a stanza's lines, stopped at its fourth: 三月采茶茶发芽， / 阿妹上山采新茶， / 一芽一叶采进篮， / 采回家中敬阿妈。)
    for below in units[index + 1:index + _STANZA_LINES]:
        if len(below.text) != len(text) or below.role != "text":
            return False
        if below.text[-1] in "；。":
            return True
        if below.text[-1] != "，":
            return False
    return False


_COUPLET_HALF = 9  # characters of a verse line with its comma: seven-character verse, or a little longer
_STANZA_LINES = 4  # verse lines of a stanza, the last stopped


def _field_under_fields(units: list[Unit], index: int) -> bool:
    """Is this a labelled field (现藏：嵩洛市文物考古研究所) under three lines opening on their labels (出土地点：… / 尺寸：…
    / 特征：…)?  (Two may be a headline and its lead: 新华社快讯：… / 新华社快讯：1月30日，… / 特朗普：计划同伊朗对话.)"""
    above = range(index - _FIELDS_ABOVE, index)
    # (over a heading or the page's end: not voices, briefs or turns of a Q&A over the next story's 石门乡：… headline
    # and its lead, nor readers' voices over a photo's title and its caption)
    return (index >= _FIELDS_ABOVE and patterns.box_row(units[index].text)
            and all(units[k].role == "text" and _FIELD_OPENS.match(units[k].text) for k in above)
            and (index + 1 == len(units) or headline_like(units[index + 1]) and not opens_story(units[index + 1])))


def _cells_alike(units: list[Unit], index: int) -> range:
    """The run of lines round this one that each hold as many cells of words, three or more, set apart."""
    def cells(k: int, rows_too: bool = True) -> int:
        text = units[k].text
        return (len(text.split()) if units[k].role == "text" and " " in text
                and (patterns.head_row(text) or rows_too and _WORD_CELLS.match(text)) else 0)

    count = cells(index)
    if count < _HEAD_CELLS:
        return range(0)
    first = last = index
    # (rows of words and figures only under a head row: not a title of three phrases over it, 缤纷社团　等你加入　…)
    while first > 0 and cells(first - 1, not patterns.head_row(units[first].text)) == count:
        first -= 1
    while last + 1 < len(units) and cells(last + 1) == count and not _phrases_alike(units[last + 1].text):
        last += 1  # (… / 强基础　补短板　增后劲 / 本报讯…: the next story's headline under a table)
    run = range(first, last + 1)
    if all(_phrases_alike(units[k].text) for k in run):
        return range(0)  # 抓项目　促投资　稳增长 / 优环境　强服务　增活力: a slogan's phrases, alike in length, no table
    if not any(patterns.head_row(units[k].text) for k in range(first, index + 1)) and not (
            count > _HEAD_CELLS and len(run) > _BOX_ROWS or all(_DIGIT.search(units[k].text) for k in run)):
        # (a row of words stands under its table's head row, not over it, among rows of four cells or more or among
        # rows each with a figure: three decks of three phrases are a headline's)
        return range(0)
    return run


def _phrases_alike(text: str) -> bool:
    """Are the line's cells all of one length, a slogan's phrases (抓项目　促投资　稳增长)?"""
    return len({len(cell) for cell in text.split()}) == 1


def _dotted_genre(text: str) -> bool:
    """Is the line a column's name, who writes it and a dot before the kind of piece its writer speaks in (水务人·随笔,
    书香·札记)?"""
    who, dot, kind = text.partition("·")
    return (bool(dot) and 1 <= len(who) <= _DOTTED_COLUMN and patterns.CJK_CHAR.fullmatch(who[-1]) is not None
            and _WRITERS_KIND.fullmatch(kind) is not None)


def _row_among_rows(units: list[Unit], index: int) -> bool:
    """Is this line a row of a box, another row beside it (成交面积：13.8万平方米 / 成交均价：16872元/平方米), or the head
    row over a table's rows (省份 增速（%） / 江苏 8.1)?  Such rows are the box's text, never a headline, however short.
    A row saying how a figure changed (规上工业增加值　增长7.8%) is one among _BOX_ROWS rows, or beside another unless a
    lead opens right under them: two such lines over a dateline are a headline's decks."""
    def row(k: int) -> bool:
        return 0 <= k < len(units) and units[k].role == "text" and patterns.box_row(units[k].text)

    def change_row(k: int) -> bool:
        return 0 <= k < len(units) and units[k].role == "text" and patterns.change_row(units[k].text)

    def beside(alike: Callable[[str], object]) -> bool:
        return any(0 <= k < len(units) and alike(units[k].text) for k in (index - 1, index + 1))

    if patterns.calendar_row(units[index].text) and index + 1 < len(units) and opens_story(units[index + 1]):
        return False  # 1月1日 2026年版国家医保药品目录正式启用 / 本报讯…: a dated headline over its lead
    if (patterns.QUOTED_CALENDAR_ROW.match(units[index].text) and patterns.calendar_row(units[index].text)
            and not beside(patterns.calendar_row)):
        return False  # 4月11日　“菜篮子”价格 / 大白菜　1.60元/公斤: a box's title, quoted after its day, over other rows
    if patterns.GLOSSARY_ENTRY.match(units[index].text) and beside(patterns.GLOSSARY_ENTRY.match):
        return True  # 彝语小课堂 / “卡莎莎”——谢谢 / “库史木撒”——新年好: a glossary's entries, its text
    if len(_cells_alike(units, index)) >= _BOX_ROWS:
        return True  # 名次　球队　所属乡镇 / 冠军　高寨村队　岑洞镇 / …: a table of words, its rows as many cells each
    if patterns.SCRIPT_GLOSS.match(units[index].text):
        last = index
        while last + 1 < len(units) and patterns.SCRIPT_GLOSS.match(units[last + 1].text):
            last += 1
        if last + 1 < len(units) and opens_story(units[last + 1]):
            return False  # 春耕　봄갈이 / 育秧　모기르기 / 本报讯…: a bilingual headline over its lead
    if change_row(index):
        first = last = index
        while row(first - 1) or change_row(first - 1):
            first -= 1
        while row(last + 1) or change_row(last + 1):
            last += 1
        leads = last + 1 < len(units) and opens_story(units[last + 1])
        return last - first + 1 >= _BOX_ROWS or last > first and not leads
    # 数据来源：…水利和湖泊局 / 甘肃庄浪：梯田里建起“小水网”: a table ends on its source, and a title cast as a row under it
    # is no row of it
    return (row(index) and (row(index - 1) and not units[index - 1].text.startswith(patterns.SOURCE_LABELS) or row(index + 1))
            # (a head row's cells stand over cells: 小油茶　大产业 / 乌榜乡：一碗油茶“煮”出致富路 is a kicker over a town's title,
            # 藏语小课堂　第二十三课 / བཀྲ་ཤིས་བདེ་ལེགས།　扎西德勒 a glossary's title over its words)
            or " " in units[index].text and patterns.head_row(units[index].text) and row(index + 1)
            and patterns.NAMED_TOWN_TITLE.match(units[index + 1].text) is None
            and patterns.SCRIPT_GLOSS.match(units[index + 1].text) is None)


def _schedules_a_day(units: list[Unit], index: int) -> bool:
    """Is this a day (11月16日（周六）) or a channel (中央电视台第一套节目) over an entry timed within it (19:35　CBA常规赛…),
    perhaps the day over its first channel?  A schedule's day or channel, its text."""
    text = units[index].text
    if not (patterns.SCHEDULE_DAY.match(text) or patterns.SCHEDULE_CHANNEL.match(text)):
        return False
    below = units[index + 1 : index + 3]
    if below and patterns.SCHEDULE_DAY.match(text) and patterns.SCHEDULE_CHANNEL.match(below[0].text):
        below = below[1:]
    return bool(below) and below[0].role == "text" and patterns.SCHEDULE_ROW.match(below[0].text) is not None


def _titles_a_credit(units: list[Unit], index: int) -> bool:
    """Is this a work's title in 《》 (with its prize, perhaps) right over a photo's credit (《放学路上》（…二等奖） /
    郑小蕾 摄)?  It is the picture's caption, not a headline; a photograph shown as a work (《采茶时节》 / 摄影　温小勇)
    is titled."""
    return (index + 1 < len(units) and units[index + 1].role == "credit" and not units[index + 1].text.startswith("摄影")
            and _WORK_TITLE.match(units[index].text) is not None)


def _signs_verse(text: str) -> bool:
    """Does the line sign a poem at its foot: a marked author line (□ 周 青), a name with the writer's age or home,
    perhaps under his district (林小禾（湖滨社区居民）, 洪山区　邹定远（78岁）), a name of two characters padded apart
    (罗　兰), or a worker's unit or calling and name (文成县分公司　赵小川, 苍南县分公司退休职工　黄德明), as no verse is set?"""
    return (text[0] in patterns.AUTHOR_MARKS and patterns.is_author_line(text) or patterns.noted_writer(text)
            or patterns.placed_noted_writer(text)
            or patterns.PADDED_NAME.match(text) is not None and patterns.is_names_line(text)
            or patterns.worker_signer(text))


def _kicks_a_signed_title(units: list[Unit], index: int) -> bool:
    """A standing label (记者观察, 记者手记) over a title and its writer's name (工坊虽小 连着大民生 / 吴小溪) is the
    kicker of a piece of its own, not a label opening a part of the story above."""
    text = units[index].text
    if index + 2 >= len(units) or len(text) > _LABEL or text.startswith("——") or not patterns.BODY_LABEL.match(text):
        return False  # ——编 者 signs the editors' note above it
    writer = units[index + 2]
    return headline_like(units[index + 1]) and (writer.role == "byline" or patterns.is_names_line(writer.text.strip()))


def _over_readers_signature(units: list[Unit], index: int) -> bool:
    """Is this a sentence right over a reader's signature, under the letter's text (…很主动。 / 祝家乡越来越好！ / 印度尼西亚
    泗水　施振华)?  A letter's last line, however short, is no heading."""
    return (patterns.ends_sentence(units[index].text) and 0 < index < len(units) - 1
            and patterns.ends_sentence(units[index - 1].text)  # 读者来信 / 这个路口何时装上红绿灯？ / …李建国: a title
            and patterns.SIGNATURE.match(units[index + 1].text) is not None)


def _figure_row(text: str) -> bool:
    """Is this a figures box's row: a label and its figure (江苏 8.1, 首套房商业贷款利率：3.05%), or the figure first
    (38座　全市已建成智能化煤矿)?"""
    return patterns.label_and_figure(text) or _FIGURE_FIELD.match(text) is not None


def _jump_from(text: str) -> bool:
    jump = patterns.jump(text)
    return jump is not None and jump.direction == "from"


def _caption_block(units: list[Unit], paragraphs: list[int]) -> list[int]:
    """Where lines were measured: the block at a story's end set under its photo, across other columns.

    A caption starts a block of its own whose lines span the photo, not the
    column the story's text ran in above it.
    """
    size = 0
    for position in range(len(paragraphs) - 1, 0, -1):
        first = units[paragraphs[position]].lines[0]
        above = units[paragraphs[position - 1]].lines[-1]
        size += len(units[paragraphs[position]].text)
        if size > patterns.CAPTION_MAX or first.bbox is None or above.bbox is None:
            return []
        if first.gap_before and _other_columns(first, above):
            return paragraphs[position:]
    return []


def _other_columns(line: Line, other: Line) -> bool:
    """Do two measured lines sit in columns with different left or right edges?"""
    em = line.font_size or 10.0
    return abs(line.bbox.x0 - other.bbox.x0) > 3 * em or abs(line.bbox.x1 - other.bbox.x1) > 3 * em


def _trailing_caption(units: list[Unit], paragraphs: list[int]) -> list[int]:
    """From text alone: the paragraphs at a story's end that are an untitled photo's caption, if any.

    Where a reader measured the lines and looked for photos (PDF, scan), a
    caption is the text right under a photo it found (`Layout.captions`) or
    a block set apart under the story across other columns (`_caption_block`):
    a story's last paragraphs that only say 图为… are its own text, crediting
    a picture set elsewhere.

    A caption opens with the date of its scene (4月18日，…) or a ▲, or says 图为…
    (in its last paragraph or the one before, where a caption set wider than
    the column broke in two); a 图为 line may follow a short scene line.
    """
    if units[paragraphs[-1]].lines[0].bbox is not None:
        return []
    for size in range(2, _VERSE_LINES + 2):
        if size < len(paragraphs) and patterns.VERSE_INTRO.search(units[paragraphs[-size]].text):
            # the scene, 这正是：, and the poem on it
            chosen = paragraphs[-size - 1:]
            return chosen if sum(len(units[k].text) for k in chosen) <= patterns.CAPTION_MAX else []
    if _WORK_TITLE.match(units[paragraphs[-1]].text):
        return paragraphs[-1:]  # 《晨雾渔歌》（…一等奖） over its credit: the work's title, its caption
    for size in (1, 2, 3):
        if size > len(paragraphs):
            break
        chosen = paragraphs[-size:]
        texts = [units[k].text for k in chosen]
        if sum(map(len, texts)) > patterns.CAPTION_MAX:
            break
        if (patterns.DATED_SCENE.match(texts[0]) or texts[0].startswith(_CAPTION_MARKS)
                or size == 1 and _DAY_SCENE.match(texts[0])):
            return chosen
    for size in (1, 2):
        text = units[paragraphs[-size]].text if size <= len(paragraphs) else ""
        if _SAYS_PHOTO.search(text):
            if text.startswith("图为") and len(paragraphs) > size and len(units[paragraphs[-size - 1]].text) <= 150:
                size += 1
            chosen = paragraphs[-size:]
            return chosen if sum(len(units[k].text) for k in chosen) <= patterns.CAPTION_MAX else []
    return []


def _credited_caption(text: str) -> bool:
    """Is this a caption with its photo's credit run in at its end (…市民在公园赏雪。 记者 周学军 摄)?"""
    return len(text) <= patterns.CAPTION_MAX and patterns.run_in_credit(text) is not None


def _caption_size(units: list[Unit], story: _Story) -> int:
    return sum(len(units[k].text) for k in story.paragraphs) if story.paragraphs else patterns.CAPTION_MAX + 1
