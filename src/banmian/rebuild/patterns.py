"""What the special lines of a Chinese newspaper page look like.

Each matcher works on one cleaned line (inner spaces collapsed to one).
"""

from __future__ import annotations

import datetime
import functools
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from banmian.rebuild.lexicon import words

CJK = r"\u4e00-\u9fff\u3400-\u4dbf"


class HintedPattern:
    """A pattern that cannot match a text without one of its words (a dateline has 讯, 电, 消息, 报道 …), tried only
    where one stands within the longest text it matches: most lines hold none, and looking for a word costs a third
    of trying the pattern's branches (a name before 讯 or 网 can begin with any character)."""

    def __init__(self, pattern: str, words: Sequence[str], reach: int | None = None):
        self.pattern, self.reach = pattern, reach  # the longest text it matches, where the words must be; None: no end
        self._compiled = re.compile(pattern)
        self._words = re.compile("|".join(map(re.escape, words)))

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        if self._words.search(text, pos, len(text) if self.reach is None else pos + self.reach) is None:
            return None
        return self._compiled.match(text, pos)


class LazyPattern:
    """A pattern compiled when first tried, for those most pages never try: a list of names and roles holds dozens of
    CJK classes, and `re` spends about a millisecond on each when it compiles (a process's first page waits for it)."""

    def __init__(self, pattern: str):
        self.pattern = pattern

    @functools.cached_property
    def _compiled(self) -> re.Pattern[str]:
        return re.compile(self.pattern)

    def match(self, text: str, pos: int = 0) -> re.Match[str] | None:
        return self._compiled.match(text, pos)


_NUM = r"[0-9０-９一二三四五六七八九十百零〇两]+"
_DAY = rf"(?:{_NUM}月)?{_NUM}日"  # 1月18日; the day alone in back issues (新华社北京十八日电)
_PAGE = rf"(?:[A-Za-zＡ-Ｚ]?\s*{_NUM})"

# （下转第二版） （上接第一版） （转第4版） （下转A3版） （接第1版） （紧接第一版）, a lettered page without 版
# （转A2）, the page's name after it （下转第二版·要闻）, other brackets 【下转第二版】 〔上接第一版〕, or
# none where the line holds nothing else (下转第二版)
_JUMP_VERB = r"本文下转|本文转|紧转|下转|下接|转至|转到|转|紧接|上接|接上|续见|续转|续|接"  # 下接第2版: goes on there
_JUMP_OPENERS, _JUMP_CLOSERS = "（(【〔［[", "）)】〕］]"
_ARROWS = "▶►▷→◀◄◁←"  # 下转A3版▶, ◀上接A1版: some papers point the way
_JUMP_MARKS = "▲△▼↓■"  # ▲下转第二版, 下转2版↓: a county paper's mark before or after a bare jump
JUMP_STARTS = frozenset(_JUMP_OPENERS + "下转紧上续" + _ARROWS + _JUMP_MARKS)  # what a jump line opens on
_JUMP_OPEN, _JUMP_CLOSE = f"[{re.escape(_JUMP_OPENERS)}]", f"[{re.escape(_JUMP_CLOSERS)}]"
_JUMP_TARGET = (rf"(?:第\s*)?(?:(?P<page>{_PAGE})\s*(?:版|页|面)|(?P<lettered>[A-Za-zＡ-Ｚ]\s*{_NUM}))"
                rf"(?:\s*[·・•]\s*[{CJK}]{{1,6}}|[左右][上下]|中间栏|中间|[上下中]部|[上下]方|中)?")  # （下转第2版右上）: where on it
JUMP = re.compile(rf"^{_JUMP_OPEN}\s*(?P<verb>{_JUMP_VERB})\s*{_JUMP_TARGET}\s*{_JUMP_CLOSE}$")
_BARE_JUMP = re.compile(rf"^(?:[{_JUMP_MARKS}]\s*)?(?P<verb>下转|转至|转到|转|紧接|上接|续见)\s*{_JUMP_TARGET}(?:\s*[{_JUMP_MARKS}])?$")
_JUMP_IN_LINE = re.compile(rf"{_JUMP_OPEN}\s*(?:{_JUMP_VERB})\s*{_JUMP_TARGET}\s*{_JUMP_CLOSE}")
# （转下版）, （接上版）: a serial over facing pages names no page, only the next or the one before
_RELATIVE_JUMP = re.compile(rf"^{_JUMP_OPEN}\s*(?:(?P<on>(?:下|本文)?转(?:至)?下[版页])|(?P<from>(?:上)?接上[版页]))\s*{_JUMP_CLOSE}$")

# 全媒体记者, 融媒体记者 (全媒记者, 融媒记者): what most city and provincial dailies now print for a reporter
# 村级通讯员, 高坪村村级通讯员: a village's own correspondent (a county paper's); 驻京记者: resident in Beijing;
# 驻德国特约记者: posted there, and a stringer; 学生记者: a school paper's
_ROLE_QUALIFIER = rf"(?:(?:特约|特派|首席|见习|实习|全媒体|全媒|融媒体|融媒|新媒体|学生|小|(?:[{CJK}]{{1,4}}村)?村级|驻[{CJK}]{{1,3}}|[{CJK}]{{2,4}}(?=记者站)){{1,2}})"  # 小记者: a pupil's; 白沙记者站: a bureau
AUTHOR_MARKS = "□■◎●▲◇◆★☆"  # set before a writer's name or byline: □李华, ◇ 本报记者 王小明, ★首席记者 赵鑫
WRITER_MARKS = "□◎◇"  # a 副刊's marks for its writers alone (■●▲◆ mark a list's items too)
# A paper, its news app (小时新闻, 齐鲁壹点, 现代+) or a county's media centre (仁寿县融媒体中心)
# (北京日报客户端, 潮新闻, 南方+, 每经, 第一财经, 21世纪经济报道)
MEDIA_CENTRE = rf"[{CJK}]{{1,8}}(?:融媒体中心|融媒中心|传媒中心)"  # 县融媒体中心 陆 燕 摄: its staff credited by no role
_OUTLET = (rf"(?:[{CJK}]{{2,4}}(?:日报社?|晚报|网|社|台|新闻)(?:客户端)?[｜|]?|[{CJK}]{{1,4}}(?<!本)报|[{CJK}]新闻|[{CJK}]{{2,4}}\+"
           rf"|[{CJK}]{{2,4}}(?:周末|周刊|在线)|石榴云|津云|齐鲁壹点|豫视频|财新"  # 南方周末, 新民周刊, 中青在线: weeklies, sites
           rf"|南都|每经|第一财经|21世纪经济报道|{MEDIA_CENTRE})")
# 中青报·中青网记者, 工人日报—中工网记者, 现代快报/现代+记者: a paper and its website or app, one newsroom;
# 证券时报·e公司记者, 证券时报·券商中国记者: a paper and its sub-brand, whatever it is called
NEWSROOM = rf"(?:本报|新华社|中新社|本刊|{_OUTLET}(?:[·・—－/-](?:{_OUTLET}|[{CJK}A-Za-z]{{2,6}}))?)"
# 本报全国两会报道组, 本报党代会特派记者: the team a paper sends to a great meeting
_EVENT_DESK = r"(?:全国|省|市)?(?:两会|党代会|进博会)(?:报道组|特派记者|记者)"
# what a role word may follow: 北京日报客户端｜记者, 学生记者, 经济观察报 记者 (a weekly's paper set apart)
ROLE_PREFIX = rf"(?:{NEWSROOM} ?)?{_ROLE_QUALIFIER}?"
# 特约撰稿: a weekly's contributing writer; 记者｜王仲昀: a magazine's bar between the role and the name
# 本报墨西哥分社 埃内斯托·多明戈斯摄: a paper's bureau abroad credits its local staff by the bureau
_ROLE = (rf"{ROLE_PREFIX}(?:记者|通讯员|实习生|摄影记者|摄影|特派员|撰稿|[县市区]委报道组|{_EVENT_DESK}|(?<=本报|华社)[{CJK}]{{1,8}}分社(?![副社]))"
         r"(?: ?[｜|])?")
# A lead's credit cut before its bracket closes (新华社长沙7月22日电（记者 周 / 颖、刘 勇）…): the rest of the names follows
OPEN_CREDIT = re.compile(rf"[（(]\s*{_ROLE}\s*[{CJK}、 ]{{0,12}}$")
_ROLE_WORDS = ("记者", "通讯员", "实习生", "摄影", "特派员", "撰稿", "报道组")  # one stands in every _ROLE but a bureau's
_BUREAU = "分社"  # in a paper's or an agency's name (本报墨西哥分社): no line of local news holds its 本报 or 华社 else

# The Yi clans (家支) a Yi name opens on, two characters before a given name of two (吉克曲布, 海来阿卓, 曲比阿果): none a
# surname of the Han list, so such a name read as no name at all
_YI_CLANS = frozenset((
    "吉克 吉木 吉伍 吉则 吉尔 吉地 吉洛 吉拉 吉布 吉史 吉沙 吉俄 吉觉 吉牛 马黑 马海 曲木 曲比 曲别 曲布 曲莫 俄狄 俄底 俄木"
    " 俄的 俄比 俄切 阿约 阿苏 阿西 阿于 阿尔 阿的 阿侯 阿鲁 阿说 阿苦 阿牛 阿比 阿克 阿都 阿育 阿什 阿硕 海来 勒格 勒尔 勒古"
    " 沙马 沙玛 莫色 依火 比曲 日火 日古 尔古 瓦扎 罗洪 倮伍 克惹 苏呷 木乃 杰觉 的日 巴莫 果基 且沙 金古 达久 补约").split())
# 吉克阿呷莫日: a Yi name as long as seven, set apart (a photo's credit names one so)
_YI_CLAN = "(?:" + "|".join(sorted(_YI_CLANS)) + ")"
_LONG_YI_NAME = rf"{_YI_CLAN}[{CJK}]{{3,5}}(?![{CJK}])"  # (set apart: 阿尔达克采访整理 is none)
# 阿依古丽·买买提, 里兹克·阿卜杜勒-贾瓦德, or up to four characters
_NAME = rf"(?:[{CJK}]{{1,8}}(?:[·•・-][{CJK}]{{1,8}}){{1,3}}|[{CJK}·•]{{1,4}})"
_NAMES = rf"(?:{_ROLE}\s*)?{_NAME}(?:\s*[、/ ]\s*(?:{_ROLE}\s*)?{_NAME}|\s*[，,]\s*{_ROLE}\s*{_NAME}){{0,15}}"  # a round-up credits up to fifteen
# 杨 光 制图, 王铎 绘, 朱慧卿/作, 徐简/漫画, 马文斌　书: who drew a graphic or a cartoon or wrote a calligraphy work, set
# apart from the name (…两国合作 is text)
_DRAWN = r"(?:(?<=[\s/／])(?:制图|绘|作|漫画)|(?<=[\u4e00-\u9fff]{2}[\s/／])书)"  # (读　书, 家　书: a column's spaced name)
# 图/郭 栋（摘自《讽刺与幽默》）: a cartoon reprinted, where it was taken from
REPRINT_NOTE = r"[（(]摘自[^（）()]{1,24}[）)]"
FOREIGN_AGENCY = "(?:法新社|美联社|路透社|欧新社|塔斯社|共同社|韩联社|埃菲社)"
_PICTURE_AGENCY = rf"(?:[{CJK}]{{2,4}}图片|视觉中国|人民视觉|新华社|中新社|东方IC|CFP)"
# A photo page's or a group's one credit for all its pictures: 本版图片均为…, 本组图片由本报记者 李忠 摄
GROUP_CREDIT = r"(?:以上图片均为|图片均为|本版图片均为|本[版组]图片均?由)"
# 记者 周学军 摄 / 杨红玫摄（影像中国） / 王 正摄 / 本报记者 李四 通讯员 王五 摄 / 本报记者 董泽扬文 海南商业航天发射场供图
# (CREDIT is only asked whether a line is a credit, so its forms that share their names are one branch: each list of
# names pasted in is some 36 CJK classes, and `re` spends about a millisecond compiling each)
_PHOTOGRAPHERS_UNIT = "(?:厂|公司|车间|矿|中心|站|段|所|局|院|馆|队|场|协会|部|学校|中学|小学)"  # (…宣传部: a 团场's, a county's; 拉贡乡中心学校: a teacher's)
CREDIT = re.compile(
    rf"^(?:{GROUP_CREDIT}|图\s*[/／:：]\s*|{MEDIA_CENTRE}\s*)?(?:{_NAMES}|(?:{_ROLE}\s*)?{_LONG_YI_NAME})\s*[/／]?\s*"
    rf"(?:摄(?:影)?(?:报道)?|供图|{_DRAWN})\s*(?:[（(][^）)]{{1,20}}[）)])?$"  # (记者　吉克阿呷莫日　摄: a Yi name as long as seven)
    rf"|^{_NAMES}(?:\s*整理\s+{_NAMES}\s*制图"  # 本报记者 顾 阳 整理　杨 光 制图: a graphic's compiler and its maker
    rf"|文\s*[{CJK}]{{2,16}}供图"  # the writer, then who supplied the picture
    rf"|\s*摄\s*[/／]\s*{_PICTURE_AGENCY})$"  # 孙凡越摄/光明图片: the photographer, then the picture desk or agency
    rf"|^(?:(?:新华社|中新社)发\s*)?[（(]{_NAMES}\s*(?:摄|{_DRAWN})[）)]$"  # （记者王小明摄）, 新华社发（王鹏 摄）, …（程 硕 作）
    rf"|^[{CJK}] [{CJK}]文$|^[{CJK}]{{2,3}} 文$"
    # a company or a body, however long its name, that supplied the picture (国家电网温岭供电公司供图,
    # 中国交通建设（马来西亚）有限公司供图); not a printed line cut inside 提供图片
    rf"|^[{CJK}]{{2,20}}(?:[（(][{CJK}]{{2,10}}[）)][{CJK}]{{0,12}})?(?<!提)供图$"
    # 图/周学军, 摄影：周学军; a cartoon's or a graphic's maker (漫画/高 岳)
    rf"|^(?:(?:本版|本组)?(?:图|摄影|图片)|漫画|插画|插图|绘图|图表|图表制作|设计)\s*[/／:：]\s*{_NAMES}(?:{REPRINT_NOTE})?$"
    rf"|^(?:本版|本组)?摄影\s+{_NAMES}$"  # 摄影　余　帆: the photographer named after the word, set apart
    rf"|^(?:本报)?(?:资料图片|资料图|网络图片|资料照片)$"
    # back issues' wire photos: 新华社传真照片, 新华社稿 (in brackets at a story's foot, （新华社稿） is its source)
    rf"|^[（(]?(?:新华社|中新社)传真照片[）)]?$|^(?:新华社|中新社)稿$"
    # an agency's picture on a line of its own (新华社发, 人民视觉, CFP供图, 法新社)
    rf"|^[（(]?(?:新华社发|中新社发|人民视觉|视觉中国(?:供图)?|CFP(?:供图)?|东方IC(?:供图)?)[）)]?$|^{FOREIGN_AGENCY}发?$"
    rf"|^[{CJK}]{{2,4}}图片\s*[/／]\s*{_PICTURE_AGENCY}$"  # 光明图片/视觉中国
    # a works' or a company's photographer, named by his unit (能源动力厂　韩　冰　摄, 椴木沟林场　赵德新　摄, 县摄影家协会…):
    # a trade paper's credit
    rf"|^[{CJK}]{{2,12}}{_PHOTOGRAPHERS_UNIT}\s+[{CJK}](?:\s?[{CJK}]){{1,3}}\s+摄$"
)
UNIT_PHOTOGRAPHER = re.compile(rf"^[{CJK}]{{2,12}}{_PHOTOGRAPHERS_UNIT}\s+(?P<names>[{CJK}](?:\s?[{CJK}]){{1,3}})\s+摄$")
_CREDIT_ENDS = ("摄", "摄影", "报道", "供图", "文", "）", ")", "图片", "资料图", "社发", "视觉", "视觉中国", "CFP", "IC", "新华社",
                "中新社", "照片", "社稿", "制图", "绘", "作", "书", "漫画", "联社", "透社", "新社", "斯社", "同社", "菲社")
_CREDIT_STARTS = ("图", "摄影", "漫画", "插画", "插图", "绘图", "设计", "本版摄影", "本组摄影")
# Their last and first characters: asked of every line, one look at a character rules out most before the
# endings and openings are tried one by one
_CREDIT_END_CHARACTERS = frozenset(end[-1] for end in _CREDIT_ENDS)
_CREDIT_START_CHARACTERS = frozenset(start[0] for start in _CREDIT_STARTS)
# A note that closes a story: （作者为…） （本报记者李四采写） （新华社北京1月2日电）
CLOSING_NOTE = re.compile(
    r"^[（(](?:作者|本报记者|记者|新华社|(?:以上)?均?据|综合|本报|来源|文字整理|采访整理|摘自|编译|本文专家)[^（）()]*[）)]$"  # （均据新华社）: a digest's
    r"|^[（(][^（）()]{1,60}(?:采写|编译|供稿)[）)]$|^[（(]供稿\s*[:：]"
    r"|^[（(][\u4e00-\u9fff]{2,16}(?:新闻办|新闻办公室|宣传部|新闻中心)[）)]$"  # （交通运输部新闻办）: who sent it in
    r"|^(?:本期|本版)?(?:统筹|策划|监制|执笔)[:：]"
    r"|^作者单位[:：][^。，]{2,30}$"  # 作者单位：青溪师范学院附属中学, unbracketed at a column's foot
)
_CLOSING_NOTE_OPENS = "（(本统策监执作"  # what each of its forms opens on


def closing_note(text: str) -> bool:
    """Does the line close a story with a note (（作者为…）, 本期统筹：…, 作者单位：…)?  Asked at most junctions: the
    first character rules out most lines before the pattern's branches are tried."""
    return text[:1] in _CLOSING_NOTE_OPENS and CLOSING_NOTE.match(text) is not None


# …投资便利化。（记者吴雨） / …共同成长。（李龙伊、徐伟整理）: a credit closing a story's last paragraph;
# …作战能力。（据新华社） / （完） / （本报综合） / （图片由受访者提供）: the source note of a brief or agency copy
_CLOSING_CREDIT = re.compile(
    rf"[。！？…”][（(](?:(?P<credit>{NEWSROOM}?{_ROLE_QUALIFIER}?"
    r"(?:记者|通讯员|作者(?![系为是单])|实习生)[^（）()]{1,60})"  # （作者系…研究员）: a note on the author, no name
    r"|[^（）()]{1,60}(?:整理|采写|报道|编译)"
    r"|(?:据|来源|综合|本报综合|新华社?|中新社?|央视|完|图片由|本文图片)[^（）()]{0,40})[）)]$"
)
# …选购新能源汽车。新华社发（赵军摄）, …准备滑雪。新华社记者 江宏景 摄: a caption's credit after its last
# sentence ends the caption; in the news corpus 331 paragraphs end on one, 3 go on after one
ENDS_ON_PHOTO_CREDIT = re.compile(
    r"[。！？”](?:[^。！？，（）()]{0,30}[（(][^（）()见]{1,30}(?:摄|供图)[）)]|[^。！？，]{0,30}\s摄(?:[（(][^（）()]{1,6}[）)])?|新华社发"
    r"|\s+[^。！？，\s]{2,16}供图|\s*图(?:据|源)[^。！？，\s]{2,12}"  # …竹雕作品。  受访者供图, …体检。图据视觉中国
    r"|(?:(?<=[。！？])|(?<=[。！？]”))\s*(?:本报)?资料(?:图片|照片)"  # …骑车出行。 资料图片 (not …馆藏“老城关”资料照片)
    r"|[^。！？，]{0,20}(?:记者|通讯员)\s?[^。！？，\s]{2,4}(?:\s[^。！？，\s]{1,4})?\s?摄)$"  # …项目。 通讯员 关丽娜摄: its
    # space lost where the line wrapped before 摄
)
_PICTURE_SOURCE_TAIL = 16  # characters: 图据视觉中国 and a longer agency, run in at a caption's end


def run_in_credit(text: str) -> str | None:
    """The photo credit run in at the end of a caption (…市民在公园赏雪。 记者 周学军 摄), if any."""
    if not text.endswith(("摄", "）", ")", "发", "供图", "图片", "照片")) and "图据" not in text[-_PICTURE_SOURCE_TAIL:]:
        return None  # most paragraphs: one look rules them out
    found = ENDS_ON_PHOTO_CREDIT.search(text)
    credit = found.group(0)[1:].strip() if found else ""
    return credit if credit and is_credit(credit) else None


_CREDIT_ALONE = re.compile(r"^[（(](?P<credit>[^（）()]{2,64})[）)]$")  # （记者 吴凡 通讯员 陈静）, if names and roles
# （新华社北京1月1日电 记者胡喆、温竞华）: agency copy reprinted, its source and writers at its foot
_SOURCE_CREDIT = re.compile(rf"(?:^|[。！？…”])[（(](?:新华社|中新社)[{CJK}、]{{0,12}}?{_NUM}月{_NUM}日电\s*"
                            rf"(?P<credit>{_ROLE}[^（）()]{{1,40}})[）)]$")
_CLOSING_CREDIT_SPAN = 80  # the longest such credit, with the stop before it
_LONGEST_BYLINE = 64  # characters: a round-up's fourteen reporters (本报记者李林蔚、吴丹、丁怡婷、…)
# What the credited did beside writing: （本报记者 刘硕阳整理）
DONE_BY = re.compile(r"\s*(?:采访整理|参与采写|(?:搜集|收集|记录)?整理|采写|编译)$|\s+(?:编著|著)$")  # 梁秋水 著: a serial's author
# 本报记者 张三 李四 / 记者 张三 通讯员 李四 / 文/张三
_TAG = rf"(?:【[{CJK}]{{2,8}}讯】\s*)?"  # 【本报讯】记者张帅／台北报导
_TRANSLATOR = r"(?:编译|摘编)\s*[/／:：]?"  # 编译/王晓东, 编译：王晓东, □摘编/王 芳: who translated or abridged a reprint
EDITOR_AFTER_WRITERS = re.compile(r"\s+(?:责任编辑|责编|编辑|校对|美编|组版)\s*[:：]?\s*\S.*$")  # 新京报记者 杨迅 编辑 王 正 校对 陈 震
BYLINE_LINE = re.compile(
    rf"^(?:[{AUTHOR_MARKS}]\s*)?{_TAG}(?:{_ROLE}|{_TRANSLATOR}|文\s*[/／:：])\s*{_NAME}(?:\s*[、/ ]\s*(?:{_ROLE}\s*)?{_NAME}|\s*[，,]\s*{_ROLE}\s*{_NAME}){{0,15}}"
    # Taiwan's 记者王小明／台北报导; 本报特派记者 郑 轶 多哈报道, 本报记者 王平 发自乌鲁木齐; 通讯员 刘 阳（信息科学技术学院）
    rf"(?:\s*[／/]\s*[{CJK}]{{2,6}}报[导道]|\s+(?:发自)?[{CJK}]{{2,8}}报道|\s+发自[{CJK}]{{2,8}}|(?<![摄图])\s*[（(][{CJK}]{{2,16}}[）)])?$"
)
# A Mongolian or Tibetan name of five or six characters, written with no ·, alone after its role on a byline line
# (■本报记者 额尔敦巴雅尔): longer than the names a byline takes, it is told from a phrase by holding at most one word
_LONG_NAME_BYLINE = re.compile(rf"^(?:[{AUTHOR_MARKS}]\s*)?{_ROLE}\s*(?P<name>[{CJK}]{{5,6}})$")
_LONG_NAME_LINE = 16  # characters: a marked role of up to eight and a name of six, a space between
# A speech printed in full names its speaker under the title: 中华人民共和国国务院总理 李 强, a factory paper's 厂长 赵卫东
SPEAKER_LINE = re.compile(
    rf"^(?:[{CJK}]{{2,24}}(?:主席|副主席|总理|副总理|总书记|书记|部长|省长|市长|县长|委员长|主任|院长|秘书长|大使|会长|董事长)"
    rf"|(?:[{CJK}]{{2,24}})?(?:厂长|局长|校长|行长|总经理))"
    rf"\s+(?P<names>{_NAME}(?:\s+{_NAME})?)$")
# 记者帮办, 记者帮你问, 记者走基层, 小记者在行动, 小记者快讯: a column of reporters' (or pupil reporters') pieces, over a title; no reporter named 帮办;
# 特派员日记, 通讯员手记: a writer's diary or notes, named by the writer's role; no one is named 日记
REPORTER_COLUMN = re.compile(r"^[■【［\[]?(?:(?:[\u4e00-\u9fff]{2,8}报)?(?:全媒体?|融媒体?|新媒体)?小?记者\s?(?:帮办|帮[你您][问办查找]|走基层|在线|回音|探营|蹲点|直击|暗访|探班|亲历|在行动|在现场"
                             r"|面对面|招募啦?|招募令|快讯|简讯|动态|视线)|[\u4e00-\u9fff]{0,4}(?:特派员|通讯员|记者|摄影师?)(?:日记|手记|札记|随笔|笔记))[】］\]]?$")
# 解放军报's ■张 伟 本报特约记者 李 军: the staff reporter's name first, no role before it (tried only on marked lines
# naming a role, on a sixth of pages)
_MARKED_NAME_FIRST = LazyPattern(
    rf"^[{AUTHOR_MARKS}]\s*{_NAME}(?:\s+{_NAME}){{0,2}}\s+{_ROLE}\s*{_NAME}(?:\s*[、，,/ ]\s*(?:{_ROLE}\s*)?{_NAME}){{0,7}}$")
# How every byline line starts: a role (or 文/), cheap to rule a line out with.
# (Its spaces are one at most, as lines come with their runs of spaces collapsed, so that its longest match is known.)
_BYLINE_START_REACH = 72  # characters: the longest text BYLINE_START matches (a test holds it)
BYLINE_START = HintedPattern(
    rf"^(?:[{AUTHOR_MARKS}]\s?)?(?:【[{CJK}]{{2,8}}讯】\s?)?(?:{_ROLE}|(?:编译|摘编)\s?[/／:：]?|文\s?[/／:：])",
    (*_ROLE_WORDS, _BUREAU, "编译", "摘编", "文"), reach=_BYLINE_START_REACH)
# A role cut by the line end: 本报通 / 讯员, 本报实习 / 生
_ROLE_START = r"(?:本报?|新华社?|(?:本报|新华社)?(?:通讯?|实习?|记|摄影?|特约?|见习?))"
# A byline wrapped right after a role, its names on the next line: 本报记者 齐志明 本报通讯员 李林蔚 本报实习生
# (tried on a fifth of pages)
BYLINE_OPEN = LazyPattern(
    rf"^(?:[{AUTHOR_MARKS}]\s*)?(?:{_ROLE}|文\s*[/:：])\s*{_NAME}(?:\s*[、，,/ ]\s*(?:{_ROLE}\s*)?{_NAME}){{0,7}}"
    rf"\s+(?:{_ROLE}|{_ROLE_START})$"
)

# 本报讯（记者…） 本报北京4月16日电 本报太原电 （记者…） 新华社北京1月18日电 据新华社…电 XX日报讯
_NATIONAL_PAPER = r"(?:科技日报|光明日报|经济日报|人民日报|工人日报|农民日报|法治日报|中国青年报|中国妇女报|解放军报|人民法院报|检察日报|中国教育报)"
# A dateline's month and day (1月18日, 十八日): numbers of four characters at most, so that its longest match is known
_DATE_NUM = r"[0-9０-９一二三四五六七八九十百零〇两]{1,4}"
_DATE_DAY = rf"(?:{_DATE_NUM}月)?{_DATE_NUM}日"
_DATELINE_REACH = 48  # characters: the longest text DATELINE matches (a test holds it)
DATELINE = HintedPattern(
    rf"^据?(?:本报讯|本报[{CJK}、]{{0,12}}{_DATE_DAY}专?(?:电|讯)|本报[{CJK}、]{{0,8}}(?:电|讯)(?=\s*[（(])|"  # 本报成都、重庆4月21日电, 本报杭州1月22日讯
    # agency copy rewritten, as sports and world pages print it: 综合新华社电, 本报综合外电, 据新华社电, 本报综合消息
    rf"(?:本报)?综合(?:外电|(?:新华社|中新社)?(?:[{CJK}]{{0,12}}?{_DATE_NUM}月{_DATE_NUM}日)?电)(?=\s|[（(])|本报综合(?:消息|报道)?(?=\s|[（(])|"
    # a digest's item rewritten from several (综合新华社、中新社消息, 本报综合新华社、中新社电) or from an app (据央视新闻客户端消息)
    rf"(?:本报)?综合(?:新华社|中新社|央视新闻)[{CJK}、]{{0,16}}?(?:消息|报道|电)(?=\s)|据?[{CJK}]{{2,6}}客户端消息(?=\s)|"
    rf"(?:新华社|中新社)电(?=\s|[（(])|"
    rf"(?:新华社|中新社|中新网|人民网|新华网|央视网|光明网|中国新闻网)[{CJK}]{{0,12}}?{_DATE_DAY}(?:电|讯)|"
    # back issues' brackets: 【新华社北京十八日电】, 【本报讯】; foreign agencies and sites as 参考消息 prints them:
    # 【路透社伦敦1月18日电】, 【英国《卫报》网站1月17日报道】, 【环球时报综合报道】, 法新社马尼拉1月27日电, 参考消息网1月29日报道
    rf"【(?:新华社|中新社|本报)[{CJK}]{{0,12}}?(?:{_DATE_DAY})?(?:电|讯)】|【[{CJK}A-Za-z·《》—-]{{2,24}}?(?:{_DATE_DAY})?(?:一期)?(?:电|报道|文章)】|"
    # overseas desks: 【新加坡讯】, 【本報消息】, 【侨报讯】, （北京综合讯）, （北京/上海综合讯）; a site's or a round-up's bare 讯
    rf"【[{CJK}]{{2,8}}(?:讯|消息)】|[（(][{CJK}/、]{{0,10}}综合讯[）)]|[（(][{CJK}]{{2,6}}讯[）)]|"
    rf"(?:[{CJK}]{{2,6}}网|综合)讯(?=\s)|"
    rf"[{CJK}]{{2,3}}社[{CJK}]{{0,12}}?{_DATE_NUM}月{_DATE_NUM}日电|(?<!据)(?!据)[{CJK}]{{2,6}}网[{CJK}]{{0,12}}?{_DATE_NUM}月{_DATE_NUM}日(?:电|讯|报道)|"
    rf"[{CJK}]{{2,6}}报[·・]?(?:e公司|[{CJK}]{{2,6}}网)讯|"  # 证券时报·e公司讯, 上证报中国证券网讯: securities papers' sites
    # 【环球时报驻日本特约记者 张 杰】: the reporters in the dateline's place; not a section's label (【记者调查】, 【记者手记】)
    r"【[^【】]{0,16}?记者(?!调查|手记|观察|探访|帮办|走基层|在线|直击|暗访|亲历|蹲点|探营|探班|体验|追踪|笔记)[^【】]{1,24}】|"
    rf"(?:新华社|中新社)[{CJK}]{{0,8}}电(?=\s*[（(])|【[{CJK}]{{2,8}}报讯】|"  # 据新华社洛杉矶电（记者谭晶晶）, 【大公报讯】
    rf"(?=.{{3,10}}讯)[{CJK}]{{2,8}}(?:日报|晚报|报)讯|央视网消息|"  # 讯 looked for first: most lines have none
    rf"(?:[{CJK}]报|[{CJK}]{{2,4}}新闻|[{CJK}]{{2,4}}\+)讯(?=\s*[（(])|"  # 晶报讯（, 红星新闻讯（, 南方+讯（: city papers and news apps
    rf"[{CJK}]{{2,4}}讯(?=\s+(?:记者|通讯员))|"  # 南都讯 记者易舒冉: a paper's short name, its credit run in
    # a county paper's place or site before 讯, its credit after it: 温岭讯（记者…）, 温岭新闻网讯（通讯员…）
    rf"[{CJK}]{{2,6}}讯(?=\s*[（(][^（）()]{{0,12}}(?:记者|通讯员|实习生|见习))|"
    rf"(?=.{{6,26}}日讯)[{CJK}]{{2,6}}(?:日报|晚报|报)[{CJK}、]{{1,12}}?{_DATE_NUM}月{_DATE_NUM}日讯|"  # 经济日报北京6月15日讯
    # 科技日报北京1月29日电: a national paper's own name; a provincial paper's (河北日报雄安…电) opens an item of a roundup
    rf"{_NATIONAL_PAPER}[{CJK}、]{{1,12}}?{_DATE_NUM}月{_DATE_NUM}日电|"
    rf"[〔【](?:本报|特派)?记者[^〔〕【】／/]{{1,20}}[／/][{CJK}]{{1,8}}报[导道][〕】])",  # Taiwan's 【记者X／台北报导】
    ("讯", "电", "消息", "报道", "【", "〔", "本报综合"),  # every branch has one: 本报综合 alone (本报综合 （…）) none else
    reach=_DATELINE_REACH,
)
FOLIO = re.compile(r"^[—－-]?\s*(?P<page>\d{1,3})\s*[—－-]?$")  # a page's number at a column's foot: 6, —6—
VERSE_INTRO = re.compile(r"^这正是[：:]$")  # a picture's caption closes on a poem after it
_COUNTRIES = ("印度尼西亚|印尼|马来西亚|新加坡|泰国|菲律宾|缅甸|越南|柬埔寨|美国|加拿大|英国|法国|德国|意大利|西班牙|荷兰"
              "|澳大利亚|新西兰|日本|韩国|巴西|阿根廷|秘鲁|南非")  # where overseas Chinese readers write from
_RANKS = "列兵|上等兵|下士|中士|上士|[一二三四]级军士长|军士长|少尉|中尉|上尉|少校|中校|上校|大校|班长|排长|连长|指导员"
CAPTION_MAX = 400  # characters: a photo's caption is never longer
# A photo caption opens with the date of its scene: 3月10日，… / 2024年1月18日上午，… / 五月十六日，…
DATED_SCENE = re.compile(r"^(?:当地时间)?(?:(?:\d{4}年)?\d{1,2}月\d{1,2}日|(?:[〇零一二三四五六七八九]{4}年)?[一二三四五六七八九十]{1,2}月"
                         r"[一二三四五六七八九十]{1,3}日)(?:[上下]午|中午|晚|晚间|夜间|傍晚|清晨|早上|凌晨|零时)?(?:\d{1,2}时(?:\d{1,2}分)?)?，")
# The credit in the parentheses right after a dateline: （记者苏嘉堉 通讯员陈丹琦）
DATELINE_CREDIT = re.compile(r"^\s*[（(](?P<credit>[^）)]{1,60})[)）]")
# The credit run in after a dateline without brackets, its names set off by spaces, the text opening
# at the first word that is no name: 本报讯 记者陈晨曦 中国足协21日… / 本报北京1月26日讯 记者 魏哲哲 通讯员 刘 洋 陈 晨 最高…
# (tried on a fifth of pages)
RUN_IN_DATELINE_CREDIT = LazyPattern(rf"^\s+(?P<credit>{_ROLE}\s*{_NAME}(?:\s+(?:{_ROLE}\s*)?{_NAME}){{0,9}})(?=\s+\S)")
_CREDIT_TO_LINE_END = re.compile(rf"\s*(?:[（(][^）)]{{1,60}}[)）]|\s{_ROLE}\s*{_NAME}(?:\s+(?:{_ROLE}\s*)?{_NAME}){{0,9}})?\s*")


def dateline_alone(text: str) -> bool:
    """Is the line a dateline and its credit, none of the text yet (本报讯 通讯员 沈洁 记者 王路, a wrapped line's end)?"""
    match = DATELINE.match(text)
    return match is not None and _CREDIT_TO_LINE_END.fullmatch(text, match.end()) is not None

_EDITOR_ROLE_WORDS = ("责任编辑", "责编", "编辑", "主编", "执行主编", "首席编辑", "版面编辑", "编审", "审校", "值班主任", "值班编委", "美编",
                      "美术编辑", "版式设计", "版式", "版面设计", "题图设计", "题图", "校对", "制图", "组版", "照排", "值班编辑",
                      "责任校对", "图片编辑", "视觉设计", "设计", "邮箱", "投稿邮箱", "电子信箱", "电子邮箱")
_EDITOR_ROLES = "(?:" + "|".join(_EDITOR_ROLE_WORDS) + ")"
# 本版策划：郑海波　责任编辑：周 敏, 主办：…党委　主编：陈国华: who planned or published a page, named before
# its editors (a story's own makers, 策划：李丽洋 制作：王 强, name no page editor)
_PAGE_MAKER = r"(?:本版|本期)?(?:策划|统筹|主办)"
_PAGE_EDITOR = r"(?:责任编辑|责编|主编|版式设计|版式|美编|校对)"
# With the page named first (本版责编管璇悦; or the page's name quoted: “夜读”投稿邮箱：…) the separator may be lost in extraction; a bare
# 编辑 without it is too often the start of a sentence.
FURNITURE = re.compile(
    rf"^(?:(?:本版|[一二三四五六七八九十\d]{{1,3}}版|“[{CJK}]{{1,6}}”版?)?{_EDITOR_ROLES}\s*[:：/／ ｜|]|(?:本版|[一二三四五六七八九十\d]{{1,3}}版)责编[{CJK}]"
    r"|(?:本版)?(?:责任编辑|责编|美编|美术编辑|版式设计|版面设计|校对|责任校对|图片编辑|视觉设计|值班编辑)$"
    rf"|本期(?:统筹|策划)\s+[{CJK}]{{1,4}}(?:\s+[{CJK}]{{1,4}})*$"
    rf"|{_PAGE_MAKER}\s*[:：][^，。]{{1,30}}?\s(?:本期|本版)?{_PAGE_EDITOR}\s*[:：])"
)  # a role on a line of its own: the names went to the next line; 本期统筹 林 琳 among the editors
# (本期统筹：陈 震 with a colon closes a story, see is_staff_credit)
# An editor line however its names follow its role (版式设计彭飞, 校对何娟, 本期统筹：…).
EDITOR_START = re.compile(rf"^(?:本版|本期)?(?:{_EDITOR_ROLES}|统筹|策划)")
# Who made a piece, at its foot: 本期统筹：张安宇, 记者：姜赛, 新华社音视频部制作, …孔子学院供图, 新华社出品.
_STAFF_ROLE = (r"(?:统筹|策划|记者|文字记者|编辑|主编|主笔|摄影|制作|融媒制作|撰文|制图|绘制|设计|监制|出品|视频|摄像|"
               r"摄制|编导|剪辑|包装|配音|视觉|文字|文案|海报|海报制作|海报设计|学术支持|数据来源|资料来源|(?:部分)?画面来源|"
               r"视频来源|更新时间|栏目投稿邮箱|选题线索来信邮箱)")
_STAFF_START = re.compile(rf"(?:本期|本版)?{_STAFF_ROLE}(?:[/／、]{_STAFF_ROLE})*[：:]")  # 策划/制作：李丽洋
_STAFF_END = ("联合制作", "部制作", "中心制作", "工作室制作", "供图",
              "社出品", "台出品", "部出品", "中心出品", "工作室出品")  # 新华社出品


def is_staff_credit(text: str) -> bool:
    # a role is named before a colon (策划/制作：…), looked for first: this is asked of every short line
    return text.endswith(_STAFF_END) or ("：" in text or ":" in text) and _STAFF_START.match(text) is not None


# A label that opens a piece of the body, not a headline: 开栏的话, 编者按, 记者手记
# A column's name alone in 【】: over a title it is the kicker, under one it opens the body (【灵感一刻】)
COLUMN_LABEL = re.compile(r"^【[^【】]{1,24}】$")
# A case's parts, each a subhead of its own, unbracketed (事故经过 / 原因分析 / 警示, 案情回顾): an accident's or a
# lawsuit's story told in parts
CASE_PART = re.compile(r"^(?:案情(?:回顾|简介|经过)?|基本案情|事故经过|事故原因|原因分析|处理结果|处理情况|裁判结果|判决结果|防范措施|整改措施|事故教训|纠纷起因|调解过程|调解结果)$")  # (a mediation story's parts too)
# A column's name and a bar before the title, on the headline's line: 新华网文化观察丨追剧追出家乡味…, 秀我中国｜…
COLUMN_BAR = re.compile(r"^[^，。；：丨｜]{2,10}[丨｜](?=\S)")
# 记者观察, 记者调查 …: standing subheads and column names, not a reporter named 观察
WENT_TO = "试驾|试乘|实测|暗访|探店"  # what a reporter went to do, a label over a piece or a section (记者探店)
BODY_LABEL = re.compile(rf"^[{AUTHOR_MARKS}]?\s*[【［\[]?(?:开栏的话|编者按|编者的话|记者(?:手记|观察|调查|感言|追踪|札记|随笔|连线|探访|走访|视点|体验|(?:多方)?求证|核实|追访|再访|回访|{WENT_TO})|"
                        r"编后语?|头条看点|绝活看点|核心阅读|引\s?子|参考文献[:：]?|注释[:：]?)[】］\]]?$|^——\s*编\s*者$")
REPORTER_WENT_TO = re.compile(rf"^记者(?:{WENT_TO})$")  # a piece's kicker: what the reporter went to do
# A pointer to more on another page, set as a line of its own under a story: 更多报道详见T04-05版,
# 相关评论见第5版, （相关报道见第三版）; not a jump, so it stays in the story's text
# a front page's teaser points to its story with the section's page alone: 详见A3, >>>详见A3, →A3
_SECTION_PAGE = r"[A-Za-zＡ-Ｚ]\s*\d{1,2}"
CROSS_REFERENCE = re.compile(
    rf"^[>》»▶►→]*\s*[（(]?(?:更多|相关|详细)?(?:报道|评论|新闻|内容|图片|图文|链接|阅读)?(?:详见|请见|参见|请看|见)"
    rf"(?:第\s*)?(?:{_PAGE}(?:\s*[-－~～、至]\s*{_PAGE})?\s*(?:版|页|面)|{_SECTION_PAGE})[）)]?$"
    rf"|^[>》»▶►→]+\s*(?:{_SECTION_PAGE}版?|第?{_PAGE}版)$"
    rf"|^[（(]{_SECTION_PAGE}版?[）)]$"  # →5版, （A05）: the page alone, after an arrow or in brackets
)
_POINTER = 20  # characters: a pointer to a story on another page (（相关报道见第六版）, 详见A3) is no longer
_POINTER_OPENS = ">》»▶►→（("  # what a pointer without 见 or 看 opens on


def cross_reference(text: str) -> bool:
    """Does the line point to more on another page (相关报道见第5版, 请看A3, →5版, （A05））?  Its forms hold 见 or 看, or
    open on an arrow or a bracket, looked for first: it is asked of every short line."""
    return ("见" in text or "看" in text or text[:1] in _POINTER_OPENS) and CROSS_REFERENCE.match(text) is not None


def points_elsewhere(text: str) -> bool:
    """Is this line a pointer to a story on another page, set as a line of its own?"""
    return len(text) <= _POINTER and cross_reference(text)


# A box's label on a line of its own over the box's text (数读, 新闻链接, 背景资料): a label, never the head
# of a paragraph cut short
BOX_LABEL = re.compile(r"^[■◆●▲◎◇]?\s*[【［\[]?(?:数读|新闻链接|相关链接|知识链接|链接|背景|新闻背景|背景资料|延伸阅读|名词解释|小贴士|划重点"
                       r"|温馨提示|健康提醒|警方提[醒示]|民警提醒|[\u4e00-\u9fff]{2}贴士|作者简介)[】］\]]?$")


# A book box's entry: its title, then who wrote it and who published it (《运河人家》（程立夫著，淮澄文艺出版社）)
BOOK_ENTRY = re.compile(r"^《[^《》]{1,24}》[（(][^（）()]{0,12}(?:著|编|译|集|小说|诗|出版社)")
# The answer printed under a letter or a reader's question: 律师答：…, 答：…, 回复：…, 编者：…
ANSWER_OPENS = re.compile(r"^(?:[\u4e00-\u9fff]{0,3}答|回复|编者)[:：]|^[【［\[](?:回复|答复)[】］\]]")  # 【回复】县…局：…


# A notice's or a listing's field, labelled: 停水时间：8月15日…, 停电线路：10千伏城北线, 地点：市美术馆, 票价：免费, 题目：…
# (not a sentence's words carried onto a line: …接着来自…学院 / 的电话：“你们想来…)
FIELD_LABEL = re.compile(r"^(?P<qualifier>(?:(?![的了地得着过们和与及或而之])[\u4e00-\u9fff]){0,4})(?:时间|日期|地点|地址|范围|线路|区域|电话|方式|对象|条件|费用|票价|门票|交通|路况"
                         r"|停车|住宿|热线|数据来源|资料来源|题目|主题|主讲人?|内容|嘉宾|值班记者|位置|户型"
                         r"|联系人|拍卖人|委托人|单位|路段|措施|导演|主演|编剧|类型|片长|现任|拟任"
                         r"|食材|用料|配料|主料|辅料|调料|本期专家|答疑专家|坐诊专家|解答律师|答疑律师|本期律师|本期嘉宾|网址|网站)[:：]\s*\S"
                         r"|^(?:招聘)?(?:岗位|薪资|待遇|薪资待遇|薪酬待遇|任职要求|岗位要求|要求|人数)[:：]\s*\S")
# (a notice's: 拍卖人：…, 建设单位：…, 管制路段：…; a job fair's: 岗位：…, 招聘岗位：…, 任职要求：…, 要求：…, 薪资待遇：…, 人数：…, not
# 特殊岗位：高温下的坚守; a recipe's: 食材：大米300克，…; a column's: 本期专家：…医院骨科主任医师　蔡明远, 答疑专家：…
# 沈立平, not a headline's speaker: 营养专家：冬季进补别盲目)
# A report retold from a source, opening its paragraph: 据埃菲社5月14日报道，…, 据北京青年报报道，…
SOURCED_LEAD = re.compile(r"^据[^，。]{2,20}(?:报道|消息)[，,]")
# A notice's date under its issuer, the last line of its text: 2026年1月30日, 二〇二六年一月三十日
_ISSUER = 30  # characters: the longest issuer over a notice's date (中共东海市委组织部, 某某有限公司清算组)
# China's provinces, municipalities and regions by their full names (the rebuild reads a reader's home by the short ones,
# 浙江, 内蒙古; the entities stage names places by these)
PROVINCES = ("北京市 天津市 上海市 重庆市 河北省 山西省 辽宁省 吉林省 黑龙江省 江苏省 浙江省 安徽省 福建省 "
             "江西省 山东省 河南省 湖北省 湖南省 广东省 海南省 四川省 贵州省 云南省 陕西省 甘肃省 青海省 台湾省 "
             "内蒙古自治区 广西壮族自治区 西藏自治区 宁夏回族自治区 新疆维吾尔自治区 香港特别行政区 澳门特别行政区").split()
PROVINCE_SHORT_NAMES = tuple(re.sub(r"(?:省|市|(?:壮族|回族|维吾尔)?自治区|特别行政区)$", "", name) for name in PROVINCES)
# Letters of the scripts China's autonomous regions print beside Chinese: Korean, Uyghur (Arabic), Tibetan, Mongolian
REGIONAL_SCRIPT = "\uac00-\ud7a3\u0600-\u06ff\u0f00-\u0fff\u1800-\u18af"
# What a table's or a figures box's source line opens on, its last line (数据来源：国家统计局, 来源：…)
SOURCE_LABELS = ("数据来源：", "资料来源：", "数据来源:", "资料来源:", "来源：")
# A column's label over its briefs: 公司动态, 体育快讯, 公告速递, 文艺短波, 行业速览, 文化广角, its name in the
# region's script before it perhaps (not 乡村旅游新动态, 全省春耕速递: a title's words)
_BRIEFS_WORD = "(?:快讯|简讯|短讯|简报|动态|速递|短波|速览|广角)"
BRIEFS_LABEL = re.compile(rf"^(?:[{REGIONAL_SCRIPT}]+\s+)?[■●◆▲]?(?!一图)(?:[{CJK}]{{2}})?{_BRIEFS_WORD}$")  # (一图速览: a kicker)


def briefs_label(text: str) -> bool:
    """Is the line a column's label over briefs, plain or letter-spaced (港区快讯, 港 区 快 讯), its script name perhaps
    before it?"""
    return BRIEFS_LABEL.match(text) is not None or BRIEFS_LABEL.match(text.replace(" ", "")) is not None


NOTICE_DATE = re.compile(r"^(?:\d{4}年\d{1,2}月\d{1,2}日|(?:[〇零一二三四五六七八九]{4}年)?[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)$")

# A brief closing on its source after its last sentence: …共叙乡情。（恩平市侨联）, …踏查取样。（南梁林场）
SOURCE_CLOSES = re.compile(r"[。！？”][（(][^（()）]{2,14}[）)]$")
ISSUERS = "(?:气象台|气象局|统计局|监测站|监测中心)"  # offices that issue a box's figures (…监测中心发布)
# Who issued a forecast, perhaps when: 滹阳市气象台发布, 市气象台12月8日16时发布, 县气象局发布, 湟川市气象台 10月21日17时发布
FORECAST_ISSUER = rf"[{CJK}]{{0,10}}(?:气象[台局]|海洋预报台)\s?(?:\d{{1,2}}月\d{{1,2}}日)?(?:\d{{1,2}}时)?发布"
FORECAST_ISSUED = re.compile(rf"^{FORECAST_ISSUER}$")
# A box's issuer and when it issued the rows (集团生产调度中心3月16日20时发布, 运营管理分公司路况信息中心3月16日发布): its
# last line, no heading, closing its paragraph
BOX_ISSUED = re.compile(rf"^[{CJK}]{{2,20}}(?:中心|局|站|台|处|室|部)\s?\d{{1,2}}月\d{{1,2}}日(?:\d{{1,2}}时)?发布$")


def list_title(text: str) -> bool:
    """Is the line a list's bare title (评委名单, 获奖一览), not a headline naming one (我市公布首批非遗传承人名单)?"""
    return text.endswith(("名单", "一览")) and len(text) <= _LIST_TITLE


_LIST_TITLE = 6  # characters


# a box's name, no mark, no punctuation, naming what kind of text it holds (所长说, 执法手记, 应急科普): a story's own
# subheads over a second line name what their section is about (缘起 / 想让残疾人有尊严地谋生, 坚持问题导向 / 推动真查实改):
# of the corpus's 253 dev two-line subheads of that shape (2-6 characters over a short line) none ends so but 记者手记
GENRE_NAME = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:手记|科普|日记|案例|警示|菜谱|攻略|解读|来信|风采|提示|提醒|小知识|小小说|微小说|闪小说|谚语|农谚|[长者家客员友民众主人]说|点评|札记"
                        r"|随笔|笔记|课堂|信箱|问答|答疑|释法|说法|说案|指南|故事|背后|漫笔|走笔|时评|评论|快评|短评|观察|观点|视点|见闻|心声|心得"
                        r"|访谈|推介|面对面|园地|锐评|微评|热评|简评|杂评|漫评|(?<=[\u4e00-\u9fff]{2})评析|(?P<verb>[\u4e00-\u9fff])一(?P=verb))$")  # 动手做一做, 想一想
# A body that signs a notice or a box of tips, on a line of its own: 某某有限公司清算组, 淮州车务段, 青州监管分局 (not a
# kicker naming a place to visit: 走进市急救中心, 这所乡村学校, 家门口的社区医院)
ISSUER_NAME = re.compile(r"^(?!走进|走近|来到|探访|探秘|打卡|这|那|一所|一家|我|.*的)"
                         r"(?:[\u4e00-\u9fff]{0,12}(?:教务|学生|保卫|科研|人事|财务|后勤|总务|政教|德育|招生|科学技术|社会科学|研究生)处$|[\u4e00-\u9fff（）()]{2,30}"
                         r"(?:公司|集团|清算组|局|办事处|委员会|政府|中心|银行|医院|学校|管理处|管理所|管理站|街道"
                         r"|车务段|工务段|电务段|机务段|供电段|支队|大队|总队|协会|研究院|研究所|法院|检察院|办公室|组织部|宣传部|统战部"
                         r"|(?:公司|集团)[\u4e00-\u9fff]{2,10}部"  # 油田公司质量安全环保部: a company's department
                         r"|检察院第[一二三四五六七八九十]{1,3}检察部"  # 青岚市人民检察院第九检察部: a procuratorate's department
                         r"|报社[\u4e00-\u9fff]{1,6}部|编辑部)$|[\u4e00-\u9fff]{1,12}海事处$)")  # (县海事处, 长岚海事处)  # (a school's office: 教务处, 学生处)  # 塞川日报社副刊部: the paper's own, signing its call for entries


def issuer_over_date(line: str, below: str) -> bool:
    """Is `line` a notice's issuer, the line `below` it the notice's date (中共海州市委 / 2024年4月28日)?"""
    return len(line) <= _ISSUER and NOTICE_DATE.match(below.strip()) is not None

# 简讯, 遗失声明, 广告, and a classified page's categories (房屋出租, 招聘): blocks of their own; so are a chronicle
# (海州撤县设市30年大事记), a book notice (书讯, 新书架, 好书推荐), an expert's profile (专家简介, 名医档案), a digest of sayings
# (金句摘编), a markets page's digest of research (研报精选, 机构观点), an honour roll (光荣榜), a correction (更　正), a
# call for contributions (欢迎投稿, “新时代山乡巨变”散文征文启事, “赣水”副刊征稿), riddles (猜谜语), a letter of praise (表扬稿), a service
# box (失物招领, 便民信息) set under a story, a classified page's greetings (新婚志喜), a digest's strip (一句话新闻)
OWN_BLOCK = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:简讯|短讯|快讯|简报|速递|速览|动态|声明|公告|启事|通告|通知|预报|公示|讣\s?告)|广告|一句话新闻"
                       r"|(?:县区|区县|县市区|市县|乡镇|镇街|街镇|街乡|镇村|基层|各地)传真"
                       r"|(?:房屋|商铺|店面|车辆)?(?:出租|出售|转让|求租|求购)|招聘(?:信息)?|[\u4e00-\u9fff]{0,4}招工(?:信息)?|求职|招租|家政服务|搬家服务"
                       r"|\S{0,16}大事记|(?:热线|读者|记者|上期)回音|书讯|新书速递|[^\s的]{0,2}书架|好书推荐|研报精选|机构观点|专家简介|名医档案|\S{0,20}征[文稿]启事"
                       r"|金句(?:摘编|集锦)?|光荣榜|红黑榜|失物招领|挂失|遗失|便民信息|分类信息|分类广告|新婚志喜|\S{0,12}征稿|征文|欢迎投稿|(?:新闻)?线索征集|更正|一图(?:读懂|看懂)"
                       r"|[\u4e00-\u9fff]{0,6}小词典"  # 客家话小词典, 蒙古语小词典: a box of words and what they mean
                       r"|猜谜语?|趣味猜谜|灯谜|脑筋急转弯|趣味数学|表扬稿|表扬信|感谢信|图片(?:报道|新闻)"  # 人民日报's photo items
                       r"|一周(?:回眸|要闻)"  # 一周回眸: the week's dated items, a box of its own (一周回顾 may be a report's part)
                       r"|数[据字]"  # 数　据 / 16328人　本场比赛观众人数, 数字 / ■3.1亿人次: a figures box
                       r"|[\u4e00-\u9fff]{2,30}任免名单"  # 江淮省高级人民法院任免名单: a list of its own
                       # a sports or a listings page's boxes: a table or a programme under its label (冰雪赛事日程, …那达慕大会日程)
                       r"|积分榜|奖牌榜|排行榜|收益榜|成绩榜|(?:本周|下周)?赛程|[\u4e00-\u9fff\d]{2,20}(?:赛事|大会|活动)日程|[\u4e00-\u9fff]{0,6}预告|今日看点|(?:本周)?影讯"
                       r"|(?:本周|下周|近期)?新片(?:速递|推荐|上映)?|(?:本周|下周|近期)演出|今日荧屏|荧屏推荐|环球扫描"
                       r"|(?:今日|本周)?(?:电视|广播|广播电视)节目(?:表|单)?"  # an older paper's 电视节目 box
                       # a 两会 page's box of deputies' and members' sayings; readers', citizens', visitors', villagers' or collectors' words,
                       # an exhibition's or a year's keyword box (展讯, 关键词·新质生产力, 数说2024), a figures box named for its
                       # field or its subject (城建数说, 数说·今年秋季全国气候, 数读); a box of questions answered (纳税人问 税务答, 藏友问专家答)
                       r"|(?:代表委员|代表|委员|市民|网友|读者|游客|居民|村民|家长|渔民|农民|车主|业主|客户|商户|乘客|旅客|观众)"
                       r"(?:说|声音|心声|热议|建言|之声)"
                       r"|(?:青年|学生|师生|老人|所长|站长|院长|校长|书记|医生|专家|老师|教练|法官|检察官|民警|律师)说"
                       r"|(?:读者|网友)留言|网言网语|评委点评|展讯|出行提示"
                       r"|关键词[·・：:｜|]\S{2,10}|[\u4e00-\u9fff]{2,4}数[说读]"
                       # 数说寄递（1—8月）, 数读前三季度县域经济, 数说“村赛”: the figures' subject and the period they cover
                       r"|数说(?:[·・][\u4e00-\u9fff\d]{2,12}|[\u4e00-\u9fff\d·“”]{0,10})(?:[（(][\d\u4e00-\u9fff—－-]{2,10}[）)])?"
                       r"|数读(?:[·・][\u4e00-\u9fff\d]{2,12}|[\u4e00-\u9fff\d·]{0,10})(?:[（(][\d\u4e00-\u9fff—－-]{2,10}[）)])?"
                       r"|数据看板"
                       r"|[\u4e00-\u9fff]{1,4}问[\u4e00-\u9fff]{1,4}答)$")
_MARKED_BRIEFS_LABEL = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:简讯|短讯|快讯|简报|速递|速览|动态|短波|回音)|(?:县区|区县|县市区|市县|乡镇|镇街|街镇|街乡|镇村|基层|各地)传真)$")


# The last character of each OWN_BLOCK label but the boxes named by their word before a subject (关键词·…,
# 数说·…, 城建数说…, 数读…): asked of the short lines at every junction, most of which end on none, before the pattern's
# seventy branches are tried (a test holds the table to the pattern)
OWN_BLOCK_ENDS = frozenset("工事告态报明知示览讯递闻售租让购聘职务典目表记架荐选点介案句编锦榜领息喜稿文集正懂语谜弯学信单程映片出屏描声言议说音评答读道真失眸据字板")
OWN_BLOCK_WORDS = ("关键词", "数说", "数读")
_OWN_BLOCK_WORD = re.compile("|".join(OWN_BLOCK_WORDS))  # one search for either: a generator over the two cost more than the rest


# 瑞溪市　近日，…, 【柳湖区】4月以来，…: a box's brief led by its place
PLACED_BRIEF = re.compile(r"^(?:[\u4e00-\u9fff]{1,6}(?:市|县|区|镇|乡|街道) |【[\u4e00-\u9fff]{1,6}(?:市|县|区|旗|镇|乡|街道)】(?!$))")
# 晋川煤业　首台国产掘锚一体机投用　12月10日，…: a box's brief led by who it is about and its run-in title
TITLED_BRIEF = re.compile(r"^(?!本报|新华社|中新社)[\u4e00-\u9fff]{2,8} [^ ，。：；！？]{4,20} \S[^ ]*，")  # not 本报讯 记者X …


_BRACKETED_BLOCK = re.compile(r"^【(?:[\u4e00-\u9fff]{0,4}(?:简讯|快讯|短讯)|广告|公告|启事|声明)】$")


def own_block(text: str) -> bool:
    """Is this line the label of a block of its own (简讯, 简 讯 with a layout space, ■税务快讯 marked as its
    entries are not)?"""
    bare = text.replace(" ", "").replace("\u3000", "")
    if bare[:1] == "【" and bare[-1:] == "】" and _BRACKETED_BLOCK.match(bare):
        return True  # 【广告】, 【简讯】: a block's label in brackets (【市民说】, 【公示】, 【数说】 mark a story's own sections)
    if bare[:1] in BRIEF_MARKS:  # a marked subhead (■关键词：就业, ◆出行提示) is the story's own
        return _MARKED_BRIEFS_LABEL.match(bare[1:]) is not None
    return ((bare[-1] in OWN_BLOCK_ENDS or _OWN_BLOCK_WORD.search(bare, 0, 7) is not None)
            and OWN_BLOCK.match(bare) is not None)


# An official document's or a notice's title alone on a line: 关于召开2026年第一次临时股东大会的通知
_DOCUMENT_KIND = r"的(?:通知|公告|通告|决定|意见|决议|报告|通报|批复|函|办法|规定|方案|提示性公告)$"
# A line opening on its day (12月20日15:00，…, 2025年12月1日…): a brief's, a notice's or a calendar's entry, a letter's date
DATE_OPENS = re.compile(r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日")
DOCUMENT_TITLE = re.compile(rf"^关于\S{{2,60}}{_DOCUMENT_KIND}")
# …, its issuer named first (澧原省供销合作社联合社关于公布…的公告), not a sentence naming one (会议审议了市应急管理局关于…的意见,
# 根据县委办公室关于…的通知)
ISSUED_DOCUMENT_TITLE = re.compile(r"^(?![\u4e00-\u9fff]*?(?:了|和|审议|听取|通过|根据|按照|依据|印发|转发|下发|出台|发布|落实|贯彻|学习))"
                                   rf"[\u4e00-\u9fff]{{2,30}}(?:社|局|委|会|院|政府|办公室|办公厅|公司|中心|部|厅)关于\S{{2,60}}{_DOCUMENT_KIND}")
# What ends a serial's part, its last paragraph (no page to jump to): （未完待续）, （全文完）
PART_END = re.compile(r"^[（(](?:未完待续|待续|全文完|完)[）)]$")
# A letter's, a speech's or a notice's salutation, the first line of its text: 编辑同志：, 编辑老师：, 尊敬的各位读者：, 同学们：
_ADDRESSEE = (rf"(?:编辑同志|记者同志|《[{CJK}]{{2,10}}》编辑部|(?:亲爱|尊敬)的[^：:]{{1,16}}|[{CJK}]{{0,6}}(?:同志|同学|朋友|先生|女士|老师)们?"
                        rf"|[{CJK}“”]{{0,14}}的?(?:孩子|乡亲|家人|战友|姐妹|兄弟|学弟学妹|弟弟妹妹|伙伴)们"  # “小橘灯”志愿服务队的孩子们：
                        rf"|[{CJK}]{{0,16}}全体(?:医护人员|工作人员|干部职工|教职工|师生|学生|同学|指战员|民警|队员)"  # a thank-you letter's
                        rf"|各位[{CJK}]{{1,6}}|(?:全[省市县州区旗]|[{CJK}]{{0,4}}(?:集团|公司|系统|全局|全厂)|[院局市县区]属)?各[{CJK}、，（）]{{0,30}}"
                        rf"(?:单位|部门|科室|处室|车间|班组|乡镇|街道|政府|委|局|厂|公司|学校|党支部|工会|机构|中心|站|所|场|客户|用户|企业|村|社区|嘎查|苏木|学院|年级|班级|车队|直属库|协会|学会|商会)"  # 院属各研究所、试验林场：, 各零售客户：, 各会员企业：
                        # 全州各参保单位、城乡居民：: the whole prefecture's insured bodies and its people
                        rf"(?:（[{CJK}、]{{1,8}}）)?(?:、[{CJK}]{{0,4}}(?:居民|群众|职工|市民|村民))?|各[{CJK}]{{1,6}}、各[{CJK}]{{0,6}}(?:港区|船舶|项目部|网点|种植户|养殖户|农户|职工))")  # a notice's addressees: 各车间、科室：, 各矿、厂，各车间（区、队）：, 各位居民：
def letter_opening(first: str) -> int:
    """Where a letter's own text opens among its paragraphs: under the editor's note printed over it (编者按：… /
    尊敬的…：), else at its first."""
    return 1 if first.startswith("编者按") else 0


# (two kinds addressed at once, the second by 各 or 广大: 全体师生、各位家长：, 各科室、广大患者朋友：; 女士们、先生们： ends a
# speech's longer salutation)
SALUTATION = re.compile(rf"^{_ADDRESSEE}(?:、(?=各|广大){_ADDRESSEE})?[:：]$")


def issuers_line(text: str) -> bool:
    """A body signing a notice or a box, or two on one line (县海洋综合执法大队　县渔港管理所)?"""
    return all(ISSUER_NAME.match(body) for body in text.split())


# What kind of piece it is, printed over an opinion piece's title (社评 / 于平凡中铸就非凡, 东财社论): never a page's section
GENRE_LABELS = ("社评", "社论", "短评", "时评", "述评", "评论员文章", "编辑部文章")
# A box of tips' deck naming the body that gives them (冬季取暖　安全第一 / ——县消防救援大队提醒您)
REMINDER_DECK = re.compile(r"^——[\u4e00-\u9fff]{2,20}(?:提醒|提示|温馨提示)(?:您|你|广大[\u4e00-\u9fff]{2,4})?$")
# The editors' afterword's label, over their words on the piece above: 编后, 【编后语】
_AFTERWORD = re.compile(r"^■?[【［\[]?(?:编后(?:语|记)?|编辑部的话)[】］\]]?$")  # 编辑部的话: a 1950s paper's answer to a letter


def is_afterword(text: str) -> bool:
    return ("编后" in text[:4] or "编辑部" in text[:4]) and _AFTERWORD.match(text) is not None  # asked at every junction


QUESTION = re.compile(r"^问[:：]")  # a Q&A's question opens its paragraph
# or who asks it, where a title stands over it (读者问：, 网友问：)
# A hotline box's caller and what was asked (市民来电：…, 观众来电：…), each answered under it (回复：…)
# (named by surname perhaps: 市民王先生来电：)
CALLER = re.compile(r"^(?:读者|网友|市民|听众|观众|家长|患者|群众|村民|居民|游客|职工)(?:[\u4e00-\u9fff]{1,2}(?:先生|女士|大爷|阿姨|师傅))?"
                    r"(?:来电|来信|留言)[:：]")
ASKED = re.compile(r"^(?:读者|网友|市民|听众|观众|家长|患者|群众|村民|居民|牧民|农民|考生|车主|游客|职工)?问[:：]")
_DOUBLED_DESCRIBING = "茫灿澄刷茸盈漫闪悠绵蒙洋淋沉乎滚腾哗嗖呼飘溜油"  # 白茫茫, 金灿灿, 路漫漫: no given name
_NO_NAME_ENDS = "上下里中外前后边头的了着过吗呢吧啊呀"  # a verse's last word (麦场上), no given name's
_TOWN_TITLED = r"(?:镇|乡|街道|社区|村|县|区|市)[：:]\S"  # a place's kind and the colon before its item's title
TOWN_TITLE = re.compile(rf"^[\u4e00-\u9fff]{{1,6}}{_TOWN_TITLED}")  # 沙溪镇：“稻虾共作”鼓起…: an item's title
# the same, its place named by two characters at least before the suffix (not 误区：, 景区：, 小区：, 超市：: words)
NAMED_TOWN_TITLE = re.compile(rf"^[\u4e00-\u9fff]{{2,6}}{_TOWN_TITLED}")
# a brief's title led by its place, a forest region's or a state farm's too (鹿角岭林场：红松籽加工线投产); a paragraph may
# open so (红旗农场：今年粮食总产量…), so only a heading is asked
PLACE_TITLE = re.compile(r"^[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|社区|村|县|区|市|[林农牧渔]场|苏木|嘎查)[：:]\S")
# 罗　兰, 晓　言: a name (or a pen name) of two characters set as wide as one of three; readers give one space between
PADDED_NAME = re.compile(r"^[\u4e00-\u9fff][ 　][\u4e00-\u9fff]$")
POEM_SET = re.compile(r"[（(](?:外?[一二三四五六七八九十]首|组诗)[）)]$")  # 春插（外一首）, 田园杂咏（二首）: a poem and more
ITEM_MARKS = "■●◆▲◇□★☆"  # what marks a box's items (■城事速览 / ●…)
SET_PART = re.compile(r"^[（(][一二三四五六七八九十][）)]$")  # 花儿新唱（二首） / （一）: a set's part, numbered
POEM_FORM = re.compile(r"^(?:[五七][绝律]|[五七]言(?:绝句|律诗))[·・]|[（(](?:[五七][绝律]|组诗)[）)]$")  # 七绝·…, …（七律）


def names_poem_form(text: str) -> bool:
    """Does the line name a classical poem's form (七绝·江村晚眺, …（七律）) or a ci's tune (浣溪沙·沁河夜色)?  Each form
    holds 绝, 律 or 组诗, looked for first: the pattern is searched for, tried at every character of the line, and most
    lines hold none."""
    return (("绝" in text or "律" in text or "组诗" in text) and POEM_FORM.search(text) is not None
            or "·" in text and text.partition("·")[0] in CI_TUNES)  # 忆江南 alone may title an essay


# The tunes ci are most often written to, named before the title: 浣溪沙·沁河夜色
CI_TUNES = frozenset(("浣溪沙", "卜算子", "如梦令", "忆江南", "西江月", "清平乐", "蝶恋花", "满江红", "沁园春", "水调歌头", "念奴娇",
                      "临江仙", "鹧鸪天", "采桑子", "渔家傲", "菩萨蛮", "长相思", "浪淘沙", "虞美人", "点绛唇", "天净沙", "破阵子",
                      "江城子", "一剪梅", "青玉案", "定风波", "声声慢", "踏莎行", "南乡子", "浪淘沙令", "满庭芳", "桂枝香"))


# 一川烟水接天流，: five or seven characters; or a couplet a line (雪霁岚山晓色寒，携筇独上倚危栏。)
CLASSICAL_VERSE = re.compile(rf"^(?:[{CJK}]{{5}}|[{CJK}]{{7}})(?:，(?:[{CJK}]{{5}}|[{CJK}]{{7}}))?[，。？！；]$")
# A classical form whose verses are counted: a 律诗 has eight, a 绝句 four (七律·咏小站稻, 五言绝句·…, …（七绝）)
_COUNTED_FORM = re.compile(r"(?:^|[（(])(?:[五七](?P<short>[绝律])|[五七]言(?P<long>绝句|律诗))")


def ends_counted_poem(lines_up: Iterable[str]) -> bool:
    """Reading up from a line: do classical verses lead up, past the author's name perhaps, to a title naming a form
    they fill (七律·咏小站稻 / 高　鹏 / 沽水东流润稻乡，百年小站誉名扬。 / … four such lines)?  Then the poem is whole."""
    verses, named = 0, False
    for text in lines_up:
        if CLASSICAL_VERSE.match(text):
            verses += 2 if "，" in text[:-1] else 1
            continue
        form = _COUNTED_FORM.search(text) if names_poem_form(text) else None
        if form is not None:
            return verses == (8 if "律" in (form["short"] or form["long"]) else 4)
        if named or not (is_names_line(text) or PADDED_NAME.match(text)):
            return False
        named = True  # signed under the title or at the foot, once
    return False


# What a story may open on before its text, never its last paragraph: 核心阅读, 编者按：…
LEAD_IN = re.compile(r"^■?[【［\[]?(?:核心阅读|编者按|编者的话|开栏的话|内容提要)[】］\]]?(?:[:：]|$)")
# The paper's name alone on a line: the masthead above a header's date line.
MASTHEAD = HintedPattern(
    rf"^(?:[{CJK}]{{2,6}}(?:日报|晚报|时报|商报|都市报|电讯|晨报)|"
    r"(?:[A-Z]{2,}(?:['’][A-Z]+)?['’]? )*"  # (HENG'AN INSURANCE NEWS)
    r"(?:[A-Z]+BAO|(?<= )BAO|DAILY|RENMIN|GUANGMING|EVENING NEWS|NEWS|TIMES|JOURNAL|POST|HERALD|DIGEST"
    r"|REFERENCE|DISCLOSURE)(?: [A-Z]{2,})*(?: ?第\d{1,3}版)?"
    r"|(?:The )?(?:[A-Z][a-z]+ ){0,3}(?:Press|Daily|Times|News|Journal|Post|Herald|Tribune))$",
    ("日报", "晚报", "时报", "商报", "都市报", "电讯", "晨报", "BAO", "DAILY", "RENMIN", "GUANGMING",
     "NEWS", "TIMES", "JOURNAL", "POST", "HERALD", "DIGEST", "REFERENCE", "DISCLOSURE", "Press", "Daily", "Times", "News",
     "Journal", "Post", "Herald", "Tribune"),
)  # 温岭日报, RENMIN RIBAO, YUNXI BAO (a district paper's 云溪报), or the pinyin in pieces: RENMIN / RIBAO 第19版
_EMAIL = re.compile(r"[\w.-]+@[\w-]+\.[\w.]+")
# A page header: paper, date and page number on one line.
# 2024年1月23日, 二〇二四年一月二十三日, 2024-01-23, 2024.01.23, 2024/1/23
_HEADER_DATE = re.compile(
    r"(?:(?:中华)?民国\s*(?P<roc_year>\d{2,3}|[〇零一二三四五六七八九十百]{2,5})|(?P<year>\d{4}|[〇零一二三四五六七八九]{4}))"
    r"\s*年\s*(?P<month>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月"
    r"\s*(?P<day>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日"
    r"|(?<!\d)(?P<numeric_year>(?:19|20)\d{2})(?P<separator>[-./])(?P<numeric_month>\d{1,2})(?P=separator)"
    r"(?P<numeric_day>\d{1,2})(?!\d)")
# 第A02版, A02, or A02版 / 02版 as most e-papers' running heads print it
_HEADER_PAGE = re.compile(rf"第\s*(?P<page>{_PAGE})\s*版")
# Else a bare label, where no unit follows it (总第 12 期, 5 ℃, 5 名) and no word of the line is
# longer than a paper's or a section's name (a photo caption opening on a date is no header).
# A bare page label in a head: 3, A3, 02版; or a number glued to its page's name, as a head read
# without its spaces gives it (社会13, 05民生)
_COUNTED_AFTER = r"(?=\s|$)(?!\s*[期℃度名个人位号次届])"  # 10 人, 5 ℃: a count, no page
_HEADER_CODE = re.compile(rf"(?:^|\s)(?P<code>[A-Z]\d{{1,3}})版?(?=\s|$)"  # A10 人物: a coded page counts nothing
                          rf"|(?:(?:^|\s)(?P<number>\d{{1,2}})版?|(?<=[{CJK}]{{2}})(?P<after_name>\d{{1,2}})){_COUNTED_AFTER}"
                          rf"|(?:^|\s)(?P<before_name>\d{{2}})(?=[{CJK}]{{2}})")
_HEADER_WORD = 10
# A section printed as 叠 (B叠 第2版)
_STACK = re.compile(r"(?:^|\s)(?P<section>[A-Z])\s*叠")
# 温岭日报, 21世纪经济报道, 南方周末, 参考消息, and an edition, a paper of its own: 人民日报海外版
_PAPER_NAME = re.compile(rf"(?:\d{{2}})?[{CJK}]{{2,8}}(?:报道|周末|消息|周刊|日报|晚报|时报|商报|报)(?:海外版|农村版|[{CJK}]{{2}}版(?!\S))?")
# What a header line may hold beside its date when it names no page: the paper and a section (经济 人民日报)
_BULLETINS = ("快报", "周报", "战报", "简报", "月报", "通报")  # 防汛快报　2025年7月9日: a box's title and day
_PAPER_AND_SECTION = re.compile(rf"^(?:[{CJK}]{{2,4}}\s*)?[{CJK}]{{2,8}}(?:日报|晚报|时报|商报)(?:\s*[{CJK}]{{2,4}})?$")
_WEEKDAY = re.compile(r"星期[一二三四五六日天]|周[一二三四五六日]")
# （星期日）8:00, （星期四）上午9:00: a date's weekday and time, carried to a line of their own
WEEKDAY_OPENS = re.compile(r"^[（(](?:星期|周)[一二三四五六日天][）)](?:[上下]午|晚上|早上)?[\d:：—～~至\s-]*$")
# Names and nothing else, set apart: 蒋雪婕 张安宇 何 彪
NAMES_ONLY = re.compile(r"^[\u4e00-\u9fff]{1,4}(?:[ \u3000]+[\u4e00-\u9fff]{1,4})+$")
# One name, or the end of one a line end cut off: 燕, 李佩阳
ONE_NAME = re.compile(r"^[\u4e00-\u9fff]{1,4}$")
# Pieces of a page header that a layout reader gives as lines of their own:
# 2026年6月1日 / 星期一 第11版 / 08 / A1
# A page's code, alone or beside its section's name: A3, GA05, A3 公司·市场, 国际新闻 3, 信息披露 B8
_SECTION_NAME = rf"[{CJK}]{{2,6}}(?:[·・][{CJK}]{{2,6}})?"  # 要闻, 文化·读书, 民族团结·进步
# after 第N版, the section's name: 第3版　民生, 第4版　副　刊 (letter-spaced), 第5版：国际·观察
_NAMED_PAGE = rf"(?:(?:\s+|\s*[:：·]\s*)[{CJK}](?: ?[{CJK}]){{1,5}}(?:·[{CJK}]{{2,4}})?)"
# (its section named in English too: A06　公司　Company)
_CODED_PAGE = (rf"(?:{_SECTION_NAME}\s+)?(?P<section>[A-Z]{{0,2}})(?P<number>\d{{1,3}})(?:\s+{_SECTION_NAME})?"
               r"(?:\s+[A-Z][a-z]{2,12}(?:\s[A-Z][a-z]{1,12})?)?")
# 14版　体育新闻: a page's number with no 第, its section's name after it (a bare 3版 points to a page: a teaser's)
_SECTION_AFTER_BARE_PAGE = rf"\s+[{CJK}]{{2,4}}(?:新闻|·[{CJK}]{{2,4}})?"
HEADER_PIECE = re.compile(
    r"^(?:(?:\d{4}年\d{1,2}月\d{1,2}日|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日"
    r"|(?:19|20)\d{2}([-./])\d{1,2}\1\d{1,2})"  # 2026.06.16: a weekly's date
    r"\s*(?:(?:星期|周)[一二三四五六日天])?"
    rf"|(?:(?:星期|周)[一二三四五六日天]\s*(?:[{CJK}]{{2,4}}\s*)?)?"
    rf"(?:第\s*[\d一二三四五六七八九十]{{1,3}}\s*版{_NAMED_PAGE}?|{_CODED_PAGE}|\d{{1,2}}版{_SECTION_AFTER_BARE_PAGE})"
    rf"|(?!详见|参见|请看|\S*报\s){_SECTION_NAME}\s+第\s*[\d一二三四五六七八九十]{{1,3}}\s*版"  # 社会　第3版: the section named first
    r"|(?:星期|周)[一二三四五六日天])$"  # 第4版 政务·解读: a page's section and its part
)  # …, or the weekday alone: a header set as boxes, one a line (温岭日报 / 2024年1月24日 / 星期三 / 第2版 / 综合)

# An in-story subhead's numbering or bullet: 一、 （二） 3. ■
_SECTION_NUMBER = r"[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|\d{1,2}[.、．]\D|[\[［]\d{1,3}[\]］]"
# An entry of an essay's references, whole: [1]商务部.…[R].北京，2026.
REFERENCE_ENTRY = re.compile(r"^[\[［]\d{1,3}[\]］].{4,}[.．]$")
SECTION_NUMBER = re.compile(rf"^(?:{_SECTION_NUMBER})")  # 二、… / （三）… / 1.…
SUBHEAD_MARK = re.compile(rf"^(?:{_SECTION_NUMBER}|[■●◆▲★□◎])")
SENTENCE_END = "。！？!?…；;"
# Where a paragraph may end although no sentence ends: 表示： / 阐明其重要性——
CLAUSE_END = "：:—"
CLOSERS = "”’）)」』】》"
_CLOSER_SET = frozenset(CLOSERS)
_SENTENCE_END_SET = frozenset(SENTENCE_END)
# Characters that cannot begin a line in Chinese typesetting (禁则).
NO_LINE_START = "，。、；：？！）》」』】”’,.;:?!)%"

_FULLWIDTH_DIGITS = str.maketrans("０１２３４５６７８９", "0123456789")
_CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
              "六": 6, "七": 7, "八": 8, "九": 9}


def chinese_number(text: str) -> int | None:
    """Page numbers as printed: 4, ４, 二, 十二, 二十, A3 → the number."""
    text = re.sub(r"^[A-Za-zＡ-Ｚ]\s*", "", text.strip()).translate(_FULLWIDTH_DIGITS)
    if text.isdigit():
        return int(text)
    if not text or any(ch not in _CN_DIGITS and ch not in "十百" for ch in text):
        return None
    total, current = 0, 0
    for ch in text:
        if ch == "百":
            total += (current or 1) * 100
            current = 0
        elif ch == "十":
            total += (current or 1) * 10
            current = 0
        else:
            current = _CN_DIGITS[ch]
    return total + current


def section(label: str) -> str | None:
    """The section letter of a printed page label (A3, Ａ03 → A), None for a plain number."""
    first = label.strip()[:1].upper().translate(_FULLWIDTH_LETTERS)
    return first if "A" <= first <= "Z" else None


_FULLWIDTH_LETTERS = str.maketrans("ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺ", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


# How the rest of a story on a later page opens: （上接第一版）…
CONTINUATION = tuple(opener + verb for opener in _JUMP_OPENERS
                     for verb in ("上接", "接第", "接上", "接A", "紧接")) + ("上接第",)  # 接A12版: lettered sections
_CONTINUATION_STARTS = frozenset(opening[0] for opening in CONTINUATION)


def opens_continuation(text: str) -> bool:
    """Does the line open on a 上接 note, as a story's rest does (（上接第一版）…)?"""
    # asked of most lines: the first character rules them out in a fifth of the time of the thirty-one openings
    return text[:1] in _CONTINUATION_STARTS and text.startswith(CONTINUATION)


class Jump(NamedTuple):
    direction: str  # "on" (下转) or "from" (上接)
    page: int | None  # None: the next page or the one before, as （转下版） and （接上版） say
    section: str | None  # the section letter the jump names (下转B2版 → B); None: the page's own


def jump(text: str) -> Jump | None:
    """Where a whole-line jump such as （下转第二版）, （上接A1版） or （续A1版） points."""
    bare = text.translate(_NO_ARROWS).strip() if text[0] in _ARROWS or text[-1] in _ARROWS else text
    if bare[-2:-1] in _ARROWS:  # （下转第二版▶）
        bare = bare[:-2] + bare[-1]
    relative = _RELATIVE_JUMP.match(bare)
    if relative:
        return Jump("on" if relative["on"] else "from", None, None)
    match = JUMP.match(bare) or _BARE_JUMP.match(bare)
    if not match:
        return None
    label = match["page"] or match["lettered"]
    page = chinese_number(label)
    if page is None:
        return None
    direction = "from" if match["verb"] in ("上接", "接上", "接", "紧接", "续") else "on"
    return Jump(direction, page, section(label))


_NO_ARROWS = str.maketrans("", "", _ARROWS)


def trailing_jump(text: str) -> re.Match | None:
    """A jump printed at the end of a body line: …取得成效。（下转第二版）"""
    if not text or text[-1] not in _JUMP_CLOSERS:
        return None
    match = None
    for match in _JUMP_IN_LINE.finditer(text):
        pass
    if match and match.end() == len(text) and match.start() > 0:
        return match
    return None


# What only a front page's masthead prints: the paper's serial and postal numbers, how many pages the issue has
FRONT_PAGE_ITEM = re.compile(r"^(?:国内统一连续出版物号|国内统一刊号|邮发代号)|^CN\s?\d{2}\s?-\s?\d{4}|^(?:今日|本期)\d{1,3}版$")


_TIME_FIELD = re.compile(r"时间[:：][^：:]{0,12}$")  # the label, and 即日起至 or the first day (11月27日至) perhaps, before the date


def header(text: str) -> tuple[str | None, str | None, int | None, str | None] | None:
    """(paper, ISO date, page, section) from a page-header line, or None if it is not one."""
    # A date spelled out holds 年, 月 and 日, a numeric one a separator and its century (2024-01-23): the search for
    # one, tried at every character, is left to the few lines that hold them
    spelled = "年" in text and "月" in text and "日" in text
    numeric = ("-" in text or "." in text or "/" in text) and ("19" in text or "20" in text)
    if (spelled or numeric) and "版" not in text and (len(text) > 60 or _CLAUSE_MARK.search(text)):
        # a sentence's date (…2024年5月10日，…): with a date found, the clause or the length rules the line out below;
        # without one, only 版 could make it an undated header — the search (slow on such lines) is spared
        return None
    date_match = _HEADER_DATE.search(text) if spelled or numeric else None
    if not date_match:
        return _undated_header(text) if "版" in text else None
    if (len(text) > 60 or _CLAUSE_MARK.search(text) or text[date_match.end():date_match.end() + 1].isdigit()
            or _HOUR_AFTER_WEEKDAY.match(text, date_match.end()) and _WORDS_BEFORE_DATE.match(text[:date_match.start()])):
        # …2024年2月22日9 / 时至…, 定于2025年9月20日（星期六）9 / 时至…: an hour in a sentence cut at the line end (not
        # 温岭日报　2025年9月20日（星期六）3版, 2024年5月6日（星期一）02: a header's page, its space lost)
        return None
    if _TIME_FIELD.search(text[:date_match.start()]):
        # 1.会议时间：2024年4月18日（星期四）下午14:30, 时间：即日起至2026年2月28日（周一闭馆）: a notice's field, the date
        # its value (not 出版日期：…)
        return None
    rest = (text[: date_match.start()] + " " + text[date_match.end():]).strip()
    rest_no_weekday = _WEEKDAY.sub(" ", rest)
    label = _header_label(rest_no_weekday)
    if (label is None and not _WEEKDAY.search(rest) and not _PAPER_AND_SECTION.match(rest)
            and not (PAPER_NAME.match(rest) and not rest.endswith(_BULLETINS))):  # 沧屿侨报　2025年12月16日
        return None
    if label is None and "℃" in rest and "年" not in date_match.group(0) and not _PAPER_NAME.search(rest):
        # 11月19日　星期三　小雪转多云　-3℃～2℃　北风5至6级: a forecast box's day, no year, paper or page named (a header
        # may print the day's weather beside its dated line: 2025年11月18日　星期二　晴　-3℃～6℃)
        return None
    year, month, day = _header_date(date_match)
    # A masthead set tracked reads letter-spaced from a PDF (温 岭 日 报).
    paper_match = _PAPER_NAME.search(_LETTER_SPACE.sub("", rest_no_weekday))
    paper = paper_match.group(0) if paper_match else None
    if label is None:
        return paper, _calendar_date(year, month, day), None, None
    stack = _STACK.search(rest_no_weekday)
    return (paper, _calendar_date(year, month, day), chinese_number(label),
            section(label) or (stack["section"] if stack else None))


_WORDS_BEFORE_DATE = re.compile(r"^\S*(?:定于|将于|于|在|从|自|至|到)$")  # 定于…: a sentence's words before its date
_HOUR_AFTER_WEEKDAY = re.compile(r"\s*[（(](?:星期|周)[一二三四五六日天][）)]\d")  # （星期六）9: the hour the day's weekday opens on
# the week a weekly's issue covers, beside its date (2025年1月20日　本周（1月20日—1月26日）), as a TV guide prints it
_WEEK_SPAN = re.compile(r"本周\s*[（(]\d{1,2}月\d{1,2}日\s*[—－~～至-]{1,2}\s*(?:\d{1,2}月)?\d{1,2}日[）)]")
_LETTER_SPACE = re.compile(rf"(?<=[{CJK}]) (?=[{CJK}](?:[ ]|$))")


def _header_label(rest: str) -> str | None:
    """The page a header's words besides its date name: 第A02版, else a label printed bare (A2, 3,
    02版) in a line of short words."""
    explicit = _HEADER_PAGE.search(rest)
    if explicit:
        return explicit["page"]
    if max(map(len, rest.split()), default=0) > _HEADER_WORD:
        return None
    bare = _HEADER_CODE.search(rest)
    return (bare["code"] or bare["number"] or bare["after_name"] or bare["before_name"]) if bare else None


def _header_date(match: re.Match) -> tuple[int, int, int]:
    """Year, month and day as a header prints them, in digits or in Chinese numerals."""
    if match["numeric_year"]:
        return int(match["numeric_year"]), int(match["numeric_month"]), int(match["numeric_day"])
    if match["roc_year"]:  # 中华民国113年: Taiwan's papers count from 1912
        roc = match["roc_year"]
        year = (int(roc) if roc.isdigit() else _roc_number(roc)) + 1911
    else:
        year = match["year"]
        year = int(year) if year.isdigit() else int("".join(str(_CN_DIGITS[ch]) for ch in year))
    return year, chinese_number(match["month"]) or 0, chinese_number(match["day"]) or 0


def _roc_number(text: str) -> int:
    """一一三 or 一百一十三: a year of the Republic written in Chinese numerals."""
    if "百" in text or "十" in text:
        hundreds, _, rest = text.rpartition("百")
        return (_CN_DIGITS.get(hundreds, 1) * 100 if "百" in text else 0) + (chinese_number(rest) or 0)
    return int("".join(str(_CN_DIGITS[ch]) for ch in text))


def _calendar_date(year: int, month: int, day: int) -> str | None:
    """The ISO date, or None where no calendar has it (2024年2月30日: a misprint or a misread)."""
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def _undated_header(text: str) -> tuple[str | None, None, int | None, str | None] | None:
    """A header without a date: 人民日报 第4版 / RENMIN RIBAO 第一版 要闻."""
    if len(text) > 24:
        return None
    masthead = _MASTHEAD_START.match(text)
    if not masthead:
        return None
    page = _PAGE_LABEL.match(text[masthead.end():])
    if not page:
        return None
    paper = masthead["paper"] if not masthead["paper"].isascii() else _LATIN_PAPERS.get(masthead["paper"])
    return paper, None, chinese_number(page["page"]), section(page["page"])


# The name with its Latin name or the page's section beside it on one line: 世界日報 WORLD JOURNAL, 大公報 TA KUNG PAO, 青溪日报 要闻
_MASTHEAD_BESIDE = re.compile(rf"^(?P<paper>[{CJK}]{{2,6}}(?:日[报報]|晚[报報]|时报|時報|商报|都市报|晨报)|[{CJK}]{{2,4}}[报報](?=\s+[A-Z]))"
                              r"\s+(?:[A-Z][A-Z'’.& ]{2,40}|[\u4e00-\u9fff]{2,4})$")


def masthead(text: str) -> str | None:
    """The paper's name where the line is its masthead alone (温岭日报, RENMIN RIBAO, or 温 岭 日 报
    letter-spaced as a flag's wide type comes out of pdftotext)."""
    last = text[-1:]  # MASTHEAD's Chinese forms end on 报, 讯 or 版, its Latin ones on a letter: most lines on neither
    if (last in "报讯版" or last.isascii() and last.isalpha()) and MASTHEAD.match(text):
        return text
    beside = _MASTHEAD_BESIDE.match(text) if "报" in text or "報" in text else None  # its every form names a 报
    if beside:
        return beside["paper"]
    if text[1:2] != " " or not _LETTER_SPACED.match(text):
        return None  # most lines: the second character is no space
    name = text.replace(" ", "")
    return name if MASTHEAD.match(name) else None


_LETTER_SPACED = re.compile(rf"^[{CJK}](?: [{CJK}]){{2,7}}$")


def is_table_row(text: str) -> bool:
    """A row of a table set as a line, its cells apart, one a figure, no clause in it (1 泰山城建 5 13,
    上证指数 3245.67 +0.42%, 石塘站 高潮 05:12 17:40): never run on into the next row, nor a heading."""
    if "（" in text or "(" in text:
        text = _FIGURE_NOTE.sub(r"\1", _QUALIFIED_LABEL.sub(r"\1", text, count=1))
    text = _TITLE_CELL.sub("题", text) if "《" in text else text
    return (text.count(" ") >= _ROW_CELLS and _ROW_FIGURE.search(text) is not None and _ROW_CLAUSE.search(text) is None
            and (_CELL_GAP.search(text) is not None or CJK_CHAR.search(text) is None or _figure_cells(text) >= 2)
            or SCHEDULE_ROW.match(text) is not None or _measures_in_cells(text) or _COUNTED_CHANGE_ROW.match(text) is not None
            or _TIMETABLE_ROW.match(text) is not None or _ROUTE_ROW.match(text) is not None
            or "胜" in text and text.count(" ") >= _ROW_CELLS and _WON_LOST.search(text) is not None
            or winner_row(text))


def winner_row(text: str) -> bool:
    """A prize list's row (高二（3）班　林子墨　全国中学生物理竞赛（省赛区）一等奖): whole on its line, no sentence runs on from it."""
    return text[-1:] == "奖" and _WINNER_ROW.match(text) is not None


# A row of three cells: what is counted, its figure in its units, and the change (额很乌苏苏木　36.2万头（只）　同比增长4.1%,
# 主城区　168.4万千瓦　增长9.6%, 苜蓿草捆　每吨2350元　较上周上涨50元, 原油加工量：61.3万吨　同比增长3.6%)
_COUNTED_CHANGE_ROW = re.compile(rf"^[{CJK}（）()]{{2,14}}(?: |[：:] ?)(?:每[{CJK}]{{1,2}})?\d[\d.,]*[{CJK}（）()/%]{{0,8}}"
                                 rf" (?:同比|环比|较上[周月年]|比上[周月年]|较去年同期|比去年同期)?"
                                 rf"(?:(?:增长|下降|上涨|下跌|减少|增加|上升|回落|缩短|延长|提高|降低|涨|落|增|降)\d[\d.]*(?:%|个百分点|[{CJK}]{{1,2}})"
                                 r"|[+＋\-－]\d[\d.]*(?:%|个百分点)|持平)$")  # (同比+18.3%: the change as a signed figure)
# A timetable's row: the class, its weekday and hours, its room (短视频制作班　周二8:30—10:30　综合楼305)
# (or its days and part of the day: 智能手机应用　周一、三上午　教学楼201)
_TIMETABLE_ROW = re.compile(r"^\S{2,16} (?:周|星期)[一二三四五六日天](?:、[一二三四五六日天])*"
                            r"(?:(?:[上下]午)?\d{1,2}[:：]\d{2}[—～~-]\d{1,2}[:：]\d{2}|[上下]午|晚上?) \S{2,12}$")
# A bus route's row: its number, its two ends, what changed (12路　火车站—滨江新城首末站　延伸3.2公里)
_ROUTE_ROW = re.compile(r"^[A-Z]?\d{1,3}路(?:[（(][\u4e00-\u9fff]{1,4}[）)])? \S{2,16}[—－-]\S{2,16} \S{2,16}$")
# A prize list's row: who won (a class or a unit, the name, letter-spaced perhaps) and the prize they won
# (高二（3）班　林子墨　全国中学生物理竞赛（省赛区）一等奖, 高三（5）班　唐　毅　…二等奖)
_WINNER_ROW = re.compile(rf"^[^\s，。；！？、：]{{2,16}} [{CJK}]{{1,4}}(?: [{CJK}]{{1,2}})? [^\s，。；！？]{{2,30}}(?:[一二三特]等奖|[金银铜]奖|优秀奖)$")
# A standings row's record in its own cell (A组 白沙街道队 6胜1负 13分, 东川 5胜1平2负)
_WON_LOST = re.compile(r"(?:^|\s)\d{1,3}胜(?:\d{1,3}平)?\d{1,3}负(?:\s|$)")


def _measures_in_cells(text: str) -> bool:
    """A row whose cells say what they measure beside the figure, under the place they were taken at (长江　汉口站
    水位23.86米　比昨日涨0.42米); a deck's cells say how much each thing grew (投资增长8.1%　消费增长6.2%　出口增长5.4%)."""
    cells = text.split(" ")
    return (len(cells) > _ROW_CELLS and _ROW_CLAUSE.search(text) is None and _GREW.search(text) is None
            and sum(_MEASURE_CELL.fullmatch(cell) is not None for cell in cells) >= _ROW_CELLS
            and any(len(cell) <= _PLACE_CELL and not any(c.isdigit() for c in cell) for cell in cells))


# a cell that is a work's title (1　《长夜将尽》　21563): the brackets make no clause
_TITLE_CELL = re.compile(r"(?:^|(?<= ))《[^《》\s]{1,12}》(?= |$)")
_MEASURE_CELL = re.compile(rf"[{CJK}]{{1,8}}[-+]?\d[\d.]*[{CJK}%]{{0,6}}")
_GREW = re.compile(r"增长|下降|增加|减少|提高|回升|上涨|下跌")
_PLACE_CELL = 5  # characters: a station's or a river's name (鄱阳湖, 三峡水库)


# A row's label with its qualifier in brackets (猪肉（白条） 19.60 21.80 ↑, 鲜人参（4年生） 52.00 54.00 ↓, after its rank:
# 1 约瑟夫·基普罗诺（肯尼亚） 2:08:59, its unit set right after it: 犊牛（6月龄）元/头; a figure in it
# only before the row's figures, not 全市房价（3月） 新房涨0.3%): the brackets make no clause
_QUALIFIED_LABEL = re.compile(rf"^((?:\d{{1,3}} )?[{CJK}·]{{1,14}})[（(](?:[{CJK}]{{1,6}}[）)](?= )|[{CJK}\d]{{1,6}}[）)](?=[{CJK}])|[{CJK}\d.%]{{1,6}}[）)](?= [-+]?\d))")
# 1∶1（点球4∶3）: a score's note, one cell, at the row's end or before the other team's (not before a headline's words)
_FIGURE_NOTE = re.compile(r"(\d)[（(][\u4e00-\u9fff]{1,4}\d[\d.:∶-]*[）)](?=$| [\u4e00-\u9fff]{1,10}[队组团校院]$)")


def row_of_figures(text: str) -> bool:
    """A table's row holding two figures or more, its cells apart (人民币　1.0938　1.0968)."""
    return text.count(" ") >= _ROW_CELLS and _figure_cells(text) >= _ROW_CELLS


def _figure_cells(text: str) -> int:
    return sum(_FIGURE_CELL.fullmatch(cell) is not None for cell in text.split(" "))


# A placing or a prize and who won it, a row of a results box (冠军　渠口区队, 体育道德风尚奖　龙滩县队、青崖县队)
_AWARD_ROW = re.compile(rf"^(?:冠军|亚军|季军|殿军|第[一二三四五六七八\d]名|[一二三]等奖|[金银铜]奖|优秀奖|[{CJK}]{{2,8}}奖)"
                        rf" [{CJK}][^\s，。；！？：“”]{{0,19}}[队组团校院司厂村镇乡区县市]$")  # a team or a body won it, not 揭晓
# A label and a value holding a figure, written as a rate or a range (人民币中间价 1美元兑7.0202元): a row over a row
_LOOSE_ROW = re.compile(r"^[^\s，。；！？、：“”]{2,12} [^\s，。；！？、：“”]{0,8}\d[^\s，。；！？、：“”]{0,12}$")


NOTE_LABELS = ("注：", "注:")  # a note under a table, a poem or a box opens so (注：以上为…)
# A song's part, numbered or named by its tune, over its verses: （一）, （起锚号）
SONG_PART = re.compile(r"^[（(](?:[一二三四五六七八九十]{1,2}|[\u4e00-\u9fff]{2,5}号子?)[）)]$")


def rows_apart(upper: str, lower: str) -> bool:
    """Are these two lines a table's rows, one under the other: a row of cells, two rows of a label and its figure
    (江苏 8.1 / 浙江 7.9), or a head row over a row (省份 增速（%） / 江苏 8.1)?  Each is a line of its own."""
    return (is_table_row(upper) or is_table_row(lower)
            or _AWARD_ROW.match(upper) is not None and _AWARD_ROW.match(lower) is not None
            or _TWO_CELL_ROW.match(lower) is not None
            and (_TWO_CELL_ROW.match(upper) or _HEAD_ROW.match(upper) or _LOOSE_ROW.match(upper)) is not None
            or _PHONE_ROW.match(upper) is not None and _PHONE_ROW.match(lower) is not None)


# A phone box's row: who answers, a space, the number (雍城区招办　0917-3261234, 市消防救援支队 119)
_PHONE_ROW = re.compile(rf"^[{CJK}（）()]{{2,16}} (?:\d{{3,4}}[-－])?\d{{3,8}}$")


_ROW_CELLS = 2  # spaces between a table row's cells, at least
# a table's figure: 13.57—17.07, 1.2万元, 2.80元/斤, a change ↑1.50, a measure in its units (5.7万吨, 1380辆)
_FIGURE = (r"[-+↑↓]?\d[\d.,:%∶-]*(?:[—～~]\d[\d.,]*℃?)?"  # (25～28℃: a range of degrees; -3℃ alone is a forecast's)
           r"(?:万元|亿元|(?:万|亿)?(?:吨|标准箱|千瓦|亩)|万|元|辆|艘|台|户|公里)?(?:/[\u4e00-\u9fff]{1,2})?")  # (5.7万吨: a berth's ship)
_ROW_FIGURE = re.compile(rf"(?:^|\s){_FIGURE}(?:\s|$)")
_ROW_CLAUSE = re.compile(r"[，。、；：！？“”《》（）()…]")
# Where a row names things in Chinese a space parts them from the figures; spaces only inside a Latin run
# (…仓前街道A 3 OPC国…) are a line of text
_CELL_GAP = re.compile(rf"[{CJK}] | [{CJK}]")
_FIGURE_CELL = re.compile(_FIGURE)  # 科创50 1045.30 +4.12%: a cell that is a figure
# A table's row of a label and one figure (江苏 8.1, 2023年一季度 4.5%), and the head row over such rows (省份 增速（%）,
# 指数 收盘 涨跌幅): alone either may be a heading's words; over or under another row they are the table's
# (a price list's: 大白菜 0.25元／斤, its names letter-spaced to the column's width: 牛 肉 10.00元／斤)
# (青菜　每斤0.40元—0.50元: a price for each unit, a range)
# what a box's figure counts (6310万人次, 80.2万吨, 19.29亿亩, 26微克/立方米); a change may say which way it went
# (同比变化　上升1.3个百分点, 环比　↑21.4%), though not as a headline's deck does (规上工业增加值 增长8.2%)
_ROW_UNIT = (r"(?:(?:万亿|万|亿)?(?:元|美元|人次|架次|[人户件家辆台吨次项座亩株个套宗艘]|公里|千米|平方米|立方米|公顷|千瓦时|标箱|[GT]B)"
             r"|万亿|万|亿|微克/立方米)")
_TWO_CELL_ROW = re.compile(rf"^(?=[^ ]*[{CJK}])(?:[{CJK}](?: [{CJK}]){{1,3}}|[^\s，。、；：！？“”]{{1,20}}) (?:每[{CJK}]{{1,2}})?"
                           rf"(?:上升|下降|[↑↓])?[-+]?\d[\d.,]*(?:%|个百分点|个(?:自然村|行政村|乡镇|社区)|{_ROW_UNIT}|分钟|小时|天)?(?:以上|以下|左右)?(?:[—～~]\d[\d.,]*(?:万元|亿元|万|元)?)?"
                           rf"(?:→\d[\d.,]*(?:%|{_ROW_UNIT}|分钟|小时)?)?"  # 2.6次→1.3次: from one figure to another
                           rf"(?:[/／](?:平方米|[{CJK}]{{1,2}}))?$")
# 612.3亿元 地区生产总值, 17∶9 两队射门次数对比, 19岁 王启航的年龄，他本场打进个人中甲首球, 38座 全市已建成智能化煤矿，占
# 生产煤矿总数的41.3%: a figure, what it counts
# (a figures box may mark its rows: ▶28.63亿元　2024年度市级预算执行审计查出问题整改到位金额, or dash them: 5.6%——地区生产总值同比增长)
_MARKED_FIGURE = re.compile(r"^●\d[\d.,]*[^\d.,\s]")  # ●5.8万户　…, its unit on its figure (●12 项…: a kicker's count)
# (2163个　全年新开通5G基站: Latin in the label, after a unit)
_FIGURE_FIRST_ROW = re.compile(rf"^[▶►●]?\d[\d.,]*(?:[∶:]\d+|%|个百分点|岁|[万亿]?(?:余|多)?(?:{_ROW_UNIT}|[片名所处条场口支]))?(?: |——)"
                               rf"(?:[{CJK}“”]{{2,16}}|(?=\S*[{CJK}])[{CJK}“”\d]{{2,30}}"
                               rf"|(?<=[^\d.,\s] )(?=\S*[{CJK}])[{CJK}“”\dA-Za-z]{{2,30}})"  # (Latin only after a unit: 3 OPC国际社区 is text)
                               rf"(?:，[{CJK}“”\d.%]{{2,20}})?$")
_HEAD_ROW = re.compile(rf"^[{CJK}]{{1,6}}(?:[（(][^）)]{{1,4}}[）)])?(?: (?:[{CJK}]{{1,6}}%?(?:[（(][^）)]{{1,4}}[）)])?|PM2\.5|PM10)){{1,5}}$")
# A programme's or a fixture's row: its time, a space, what is on (07:00 朝闻天下, 10月23日（周三）19:35 东川—江澜)
SCHEDULE_ROW = re.compile(r"^(?:\d{1,2}月\d{1,2}日(?:[（(]周.[）)])?\s?)?\d{1,2}[:：]\d{2}(?:[-—～~]\d{1,2}[:：]\d{2})? \S[^。！？]*$")
# 11月16日（周六）, 四月十八日（星期五）: a schedule's day, over its entries
SCHEDULE_DAY = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})月(?:\d{1,2}|[一二三四五六七八九十]{1,3})日\s*[（(](?:周|星期)[一二三四五六日天][）)]$")
# 中央电视台第一套节目, 省电视台, 浙江卫视: a channel, over the entries it airs
SCHEDULE_CHANNEL = re.compile(r"^[\u4e00-\u9fff]{1,12}(?:电视台|卫视|频道|广播电台)(?:第[一二三四五六七八九十]套节目)?$")


# A listing's entry ending on its time, its parts apart (《江南春早》　央视综合频道　20:00): no heading, nor cut
LISTING_TIME = re.compile(r"\S \d{1,2}[:：]\d{2}$")
BRIEF_MARKS = "■●◆▲"  # what marks each brief of a 简讯 box
# （单位：元/公斤）, （4月17日　单位：元/公斤）: what a table's figures count; bare, only units (单位：℃、毫米, 6月9日　单位：
# 元/斤, 单位：亿元　%, 单位：元/500克), as 单位：东湖街道办事处 is a notice's field
_UNIT = r"(?:[℃%‰]|[万亿]?元|[千万]?吨|公斤|千?克|斤|[毫厘千]?米|公里|平方米|立方米|亩|公顷|人次|人|户|个|家|台|辆|千瓦时|小时|天|批次|[万]?件|起|例|项)"
TABLE_UNITS = re.compile(r"^(?:[（(](?:[^（）()\s]{1,12}\s)?单位[:：][^（）()]{1,12}[）)]"
                         rf"|(?:\d{{1,2}}月\d{{1,2}}日\s*)?单位[:：]{_UNIT}(?:(?:[、，]|[/／]\d*|\s+){_UNIT}){{0,3}})$")


def label_and_figure(text: str) -> bool:
    """A table's row of a label and one figure (江苏 8.1, 大白菜 0.25元／斤), or of the figure first (612.3亿元 地区生产总值)."""
    return _TWO_CELL_ROW.match(text) is not None or (text[0].isdigit() or text[0] in "▶►" or _MARKED_FIGURE.match(text)
                                                     ) and _FIGURE_FIRST_ROW.match(text) is not None


def change_row(text: str) -> bool:
    """A facts box's row saying how much a figure changed, after the figure or not (规上工业增加值　增长7.8%, 接报火灾
    7.1万起　同比下降6.3%)."""
    return _CHANGE_ROW.match(text) is not None


_CHANGE_ROW = re.compile(r"^[\u4e00-\u9fffA-Za-z（）()]{2,16} (?:\d[\d.,]*[万亿]?[\u4e00-\u9fff]{0,2} )?(?:同比|环比)?"
                         r"(?:增长|下降|上升|减少|增加|上涨|下跌)\d[\d.,]*(?:%|个百分点)$")


def figure_row(text: str) -> bool:
    """A facts box's row giving one figure: a label and its figure (江苏 8.1, 轴距：2840毫米, 官方指导价：13.98万—16.58万元),
    no clause in its value (时间：每周五、周六18:00—22:30 is a notice's field)."""
    # asked of printed lines two by two: most hold no space, no colon and so no row
    return ((" " in text or "——" in text) and label_and_figure(text)  # (46个——达到…的采掘工作面: dashed)
            or ("：" in text or ":" in text) and _FIGURE_VALUE.match(text) is not None)


# the label may be qualified in brackets (车身尺寸（长×宽×高）：…) or hold Latin letters and figures (CLTC续航里程,
# 0—100公里/小时加速, 全乳胶（SCR WF）), never only them (06-28T02:29:00.969Z is a time), and the value ends whole
# (更新时间：2025- goes on)
# (its change or a second figure may follow: 邮政寄递业务量：6.82亿件，同比增长16.4%, 研发费用加计扣除：惠及企业4862户，
# 扣除金额248.6亿元; a price's: 鲜胶乳（胶水）：13.4元/公斤，涨0.3元, …，持平)
_FIGURE_VALUE = re.compile(rf"^(?=[^：:]*[{CJK}])(?:[^\s：:，。]|(?<=[A-Z]) (?=[A-Z])){{2,16}}[:：](?![^：:]*[的了将要])[^\s，。、；！？（）()]*\d[^，。、；！？（）()]*"
                           r"(?<![-—～~/×\s])(?:，(?:(?:同比|环比|比上年|较上年|比去年)?(?:增长|下降|减少|提高|缩短|增加|上升|回落|延长)"
                           r"|[\u4e00-\u9fff]{2,6}|涨|跌)\d[\d.]*(?:%|个百分点|[\u4e00-\u9fff]{1,2})|，(?:持平|不变))?$")  # ，涨0.3元


def calendar_row(text: str) -> bool:
    """A calendar's row: a day or days, a space, what falls due then, no sentence (7月1日—15日　预缴第2季度企业所得税), or
    a day's part and two cells of where and what (4月1日晚　博鳌镇滨海广场　民族歌舞篝火晚会; not 10月1日晚　焰火点亮江城夜空, a
    dated title)."""
    return text[0].isdigit() and (_CALENDAR_ROW.match(text) is not None or _EVENING_ROW.match(text) is not None)


# (a timeline's month or year too, planned perhaps: 2024年3月　项目开工建设, 2025年6月（计划）　全线设备联调联试,
# 2015年　启动基层社恢复重建)
_EVENING_ROW = re.compile(rf"^\d{{1,2}}月\d{{1,2}}日(?:[上下中]午|晚上?)(?:\s+[^\s。！？；]+){{2,}}$")
_CALENDAR_ROW = re.compile(rf"^(?:\d{{1,2}}月\d{{1,2}}日(?:[—～~至-](?:\d{{1,2}}月)?\d{{1,2}}日)?[前后起止]?"
                           rf"|\d{{4}}年(?:\d{{1,2}}月)?(?:[（(][{CJK}]{{1,4}}[）)])?)\s+(?:[{CJK}“]|\d{{4}}年)[^。！？；]*$")
# (2024年4月　“一店一策”改造全面启动, 5月15日　“助残就业大集”在…举办: what falls due, quoted first; among such rows only,
# as 4月11日　“菜篮子”价格 titles a box of prices)
QUOTED_CALENDAR_ROW = re.compile(r"^[\d年月日—～~至-]+\s+“")


# an air-quality forecast's row: a city, its grade, perhaps its main pollutant (北京　良　首要污染物：臭氧, 上海　优)
_AIR_QUALITY_ROW = re.compile(rf"^[{CJK}]{{2,6}} (?:优|良|轻度污染|中度污染|重度污染|严重污染)(?: 首要污染物[:：]\S{{1,8}})?$")


def box_row(text: str) -> bool:
    """A line of a data or facts box: a table's row, a short label and its value with no sentence in it
    (成交面积：13.8万平方米, 位置：城南区文昌路66号), or a roll's name and what the person did (陈阿海 渔民，…).
    A heading may have that shape (两点：讨价还价声此起彼伏): the caller looks for the box's other rows beside it."""
    # (a calendar's day and what falls due, however long: 12月1日至15日　办理11月增值税、…申报缴纳)
    return (is_table_row(text) or calendar_row(text)
            or len(text) <= _BOX_ROW and (_LABELLED_VALUE.match(text) is not None or _ROLL_ROW.match(text) is not None
                                          or _TWO_CELL_ROW.match(text) is not None or _PHONE_ROW.match(text) is not None
                                          or _AWARD_ROW.match(text) is not None or _FIGURE_VALUE.match(text) is not None
                                          or _AIR_QUALITY_ROW.match(text) is not None or SCRIPT_GLOSS.match(text) is not None
                                          or text[0] == "《" and _WORK_ROW.match(text) is not None))


# A glossary's entry: a word of the people's tongue in quotation marks, a dash, what it means (“卡莎莎”——谢谢; not a
# title's gloss, “云端课堂”——山里娃的新窗口)
GLOSSARY_ENTRY = re.compile(rf"^“[{CJK}]{{1,8}}”——[{CJK}]{{1,5}}$")


# A prize list's row: the work, then who made or entered it, a body or a person (《盲人智能导航手杖》 棠川市第一中学,
# 《春到渔村》 陈海燕); not a title saying what befell the work (《温岭渔谣》 出版发行)
_WORK_ROW = re.compile(rf"^《[^《》]{{1,30}}》 (?:[{CJK}（）()·]{{1,18}}[学校院所局站队团会司厂馆园心部组室社]|[{CJK}]{{2,3}})$")


def head_row(text: str) -> bool:
    """A table's head row: the names of its columns, apart (省份 增速（%）, 指数 收盘 涨跌幅)."""
    return _HEAD_ROW.match(text) is not None


# A work of art's caption ends on its size (行书 苏轼《定风波》句 周砚秋 68cm×45cm, 纸本设色 136cm×68cm 2023年)
_ARTWORK_SIZE = re.compile(r"\d+(?:\.\d+)?\s?(?:cm|厘米|CM)\s?[×xX＊*]\s?\d+(?:\.\d+)?\s?(?:cm|厘米|CM)(?:\s+\d{4}年)?[）)]?$")


# or opens on the art or the script and ends on the artist, its parts set apart (篆刻　“清风徐来”　吴印石,
# 书法　行书　…句　欧阳砚, 行书　陆游《临安春雨初霁》句　郑砚农)
# What a writer's name carries in brackets: the age (钱学勤（81岁）) or where the writer lives (王秀兰（翠苑社区居民）,
# 徐墨林（湖滨社区居民，82岁）), as papers for older readers and district papers sign their readers' pieces
WRITER_NOTE = rf"[（(](?:\d{{2,3}}岁|[{CJK}]{{2,10}}[村居]民(?:[，,]\s?\d{{2,3}}岁)?)[）)]"
_ARTISTS_POST = rf"[（(][{CJK}]{{2,20}}(?:会员|主席|理事|秘书长|院长|馆长|教授)[）)]"  # （市书法家协会副主席）
_LABELLED_WORK = re.compile(rf"^(?:书法|篆刻|国画|中国画|油画|水彩画?|版画|剪纸|素描|漆画|(?:行|楷|隶|草|篆|行草)书|小楷)"
                            rf"(?:\s+\S.*|《[^》]+》.*)\s[{CJK}](?:\s?[{CJK}]){{1,3}}(?:{WRITER_NOTE}|{_ARTISTS_POST})?$")
# 国画《渔港晨曦》　吴青山, 书法　隶书　“宁静致远”　孙伯年（88岁）, …句　覃怀谷（桂岭市书法家协会副主席）


# Who said the words above, by office and name (——湖北省竹山县楼台乡自然资源所所长　向　东), or by calling and handle
# (——网友“柳湾老陈”)
SAYING_SIGNED = re.compile(rf"^——(?:\S{{2,30}} [{CJK}](?: ?[{CJK}]){{1,3}}|[{CJK}]{{1,10}}“[^“”\s]{{1,12}}”)$")
# A saying's source signed under it (——英国《每日电讯报》网站, ——《纽约时报》): the paper quoted, never a subtitle
# (——读《青溪诗选》有感, ——读长篇小说《沅水谣》, ——权威专家解读《政府工作报告》): a country before the paper, or
# what kind of outlet it is after it
_MEDIA = r"(?:网站|网|杂志|周刊|电台|电视台)"
SOURCE_SIGNED = re.compile(rf"^——(?:(?:[{CJK}]{{0,5}}[国本港澳台洲])?《[^《》]{{1,16}}》{_MEDIA}?"
                           rf"|[{CJK}]{{2,6}}《[^《》]{{1,16}}》{_MEDIA})$")
# A review's subtitle naming the work it reads (——读长篇小说《青石岭》, ——评电影《长津湖》, ——观话剧《茶馆》)
REVIEW_SUBTITLE = re.compile(rf"^——(?:读|评|观|看|听|品|赏|再读|重读)[^，。；！？《》]{{0,12}}《[^《》]{{1,20}}》$")
# A court case's number alone on its line, under its notice's title: （2026）浙1081民初1234号
CASE_NUMBER = re.compile(r"^[（(]\d{4}[）)][\u4e00-\u9fff]{1,3}\d{0,6}[\u4e00-\u9fff]{1,6}\d{1,6}号(?:之[一二三四五六七八九十]+)?$")
# An official document's number alone on its line (合政人〔2024〕6号), under its title: never a headline line
DOCUMENT_NUMBER = re.compile(rf"^[{CJK}]{{1,10}}[〔\[［(（]\d{{4}}[〕\]］)）]\d{{1,4}}号$")


def bracketed_document_number(text: str) -> bool:
    """A document's number in brackets under its title: （澄政征〔2025〕7号）."""
    return text[:1] in "（(" and text[-1:] in "）)" and DOCUMENT_NUMBER.match(text[1:-1]) is not None


# A figure's caption numbered as a report numbers them (图一　樟溪遗址发掘区全景, 图2：…): never a headline
NUMBERED_FIGURE = re.compile(r"^图(?:[一二三四五六七八九十]{1,3}|\d{1,2})(?:\s|[:：])\s*\S")


# A line that is one note in brackets, whole: （水利部水旱灾害防御司）, （截至北京时间8月5日6时）
BRACKETED_LINE = re.compile(r"^[（(][^（()）]+[）)]$")


def in_a_circle(character: str) -> bool:
    """Is this a number in a circle (①…⑳), as a list numbers its items?"""
    return "①" <= character <= "⑳"


def positioned_caption(text: str) -> bool:
    """A photo's caption placing its people in the picture (向德明（右）和向晓东在检查水位观测设施。): one short sentence.
    Of the news corpus's 152,916 paragraphs 35 place someone so, every one a caption.  One opening 图为 is the
    story's own sentence on its picture, kept in its text."""
    return (len(text) <= _POSITIONED_CAPTION and text.endswith("。") and text.count("。") == 1
            and not text.startswith("图为")
            and _IN_THE_PICTURE.search(text) is not None)


def opens_positioned_caption(text: str) -> bool:
    """Does this printed line open such a caption, placing someone in its first words (向德明（右）和…)?"""
    return _IN_THE_PICTURE.search(text[:_PLACED_WITHIN]) is not None and not text.startswith("图为")


_POSITIONED_CAPTION = 60  # characters
_PLACED_WITHIN = 12  # characters: a caption names whom it places first
_IN_THE_PICTURE = re.compile(r"[（(](?:前排|后排|中排)?[左右中][一二三四五六七八九]?[）)]")


def artwork_caption(text: str) -> bool:
    return (("cm" in text or "厘米" in text or "CM" in text)
            and (_ARTWORK_SIZE.search(text) is not None or _NAMED_SIZES.search(text) is not None)
            or labelled_work(text))


# An object's sizes named one by one (长19.6厘米　宽13.2厘米　高3.1厘米, 拓片纵9.5厘米　横6厘米): a collection's caption
_NAMED_SIZES = re.compile(r"(?:(?:长|宽|高|纵|横|通高|口径|底径|直径|腹径)\s?\d+(?:\.\d+)?\s?(?:厘米|cm|CM)\s*){2,}$")


def script_caption(text: str) -> bool:
    """Does the line open on a calligraphy work's script, set apart from what it writes (行书　自作联：…, 行书·杜甫《春夜喜雨》)?
    A caption."""
    return text[2:3] in (" ", "·") and text[:2] in _SCRIPTS


_SCRIPTS = frozenset(("行书", "楷书", "隶书", "草书", "篆书", "行草", "小楷"))


def labelled_work(text: str) -> bool:
    # asked of every line: most are ruled out by their first character or their want of a space
    return text[:1] in "书篆国中油水版剪素漆行楷隶草小" and " " in text and _LABELLED_WORK.match(text) is not None


def figure_alone(text: str) -> bool:
    """Is the line a figure box's number alone (3286.5亿元, 21.4%), over the line that says what it counts?"""
    return text[0].isdigit() and _FIGURE_ALONE.match(text) is not None


_FIGURE_ALONE = re.compile(r"^\d[\d.,]*\s?(?:%|‰|(?:万|亿|万亿)?(?:元|美元|人次|[个人户件家辆台吨次项座亩株])|万|亿|万亿|万标箱)$")  # not a folio: 5
_BOX_ROW = 40  # characters: a box's row is one printed line
# A glossary's row: a Chinese word and the same word in the region's script (水稻　벼, 辛苦了　수고하셨습니다), or the
# script's word first and its Chinese, its sense perhaps (김치　泡菜, བཀྲ་ཤིས་བདེ་ལེགས།　扎西德勒（吉祥如意）); not a column's
# name so printed (ཁྲོམ་རའི་བརྡ་འཕྲིན།　市场快讯)
_COLUMN_WORD = rf"(?:{_BRIEFS_WORD}|传真|导读|信息)"
SCRIPT_GLOSS = re.compile(rf"^[{CJK}]{{1,8}}\s+[{REGIONAL_SCRIPT}][{REGIONAL_SCRIPT}\s]*$"
                          rf"|^[{REGIONAL_SCRIPT}][{REGIONAL_SCRIPT}\s]*?\s+(?![{CJK}]{{0,4}}{_COLUMN_WORD}$)"
                          rf"[{CJK}]{{1,8}}(?:[（(][{CJK}、，]{{1,10}}[）)])?$")
_GLOSSED = re.compile(rf"^(?:[{REGIONAL_SCRIPT}][{REGIONAL_SCRIPT}\s]*\s)?(?P<chinese>[^{REGIONAL_SCRIPT}]+?)"
                      rf"(?:\s[{REGIONAL_SCRIPT}][{REGIONAL_SCRIPT}\s]*)?$")


def unglossed(text: str) -> str:
    """The Chinese of a line printed beside its name in the region's script (牧区经济　འབྲོག་ཁུལ་དཔལ་འབྱོར།,
    འབྲོག་ཁུལ་གསར་འཕྲིན།　牧区信息): a page's or a column's name read as the Chinese alone."""
    glossed = _GLOSSED.match(text.strip())
    return glossed["chinese"] if glossed else text


# a label may be qualified in brackets: 车身尺寸（长×宽×高）：4710×1880×1665毫米
_LABELLED_VALUE = re.compile(rf"^[{CJK}]{{2,8}}(?:[（(][^（）()]{{1,8}}[）)])?[:：]\s*[^\s：:][^。！？；]*$")
_ROLL_ROW = re.compile(rf"^[{CJK}](?:\s?[{CJK}]){{1,2}}\s+[{CJK}]{{2,10}}[，,][^。！？]+$")  # 陈阿海 渔民，三次驾船出海…


# An advertisement's or a notice's contact line: 地址：东海大道188号, 热线：0576-88886666
CONTACT_LINE = re.compile(r"^(?:地址|热线|电话|服务热线|咨询热线|咨询电话|订购热线|预约电话|联系电话|网址|官网)[:：]")
# A classified ad ends on its number: …月租2800元。电话：13880001111; the next line is the next ad
# 0571-6512××××: digits masked; 0571-8711 2088, 138 6812 7745: grouped by spaces
ENDS_ON_PHONE = re.compile(r"(?:电话|热线|手机|联系)\s*[:：]?\s*\+?[\d－-]{3,}(?: ?[\d－×＊*-]){4,}$")  # +60-12-4385716 abroad
ENDS_ON_PHONES = re.compile(r"(?:电话|热线)\s*[:：]\s*[\d－-]{7,}(?:[、/]\d{5,})+$")  # 受理电话：0597-6832215、12380
ENDS_ON_SERVICE_LINE = re.compile(r"(?:电话|热线)\s*[:：]?\s*\d{5}$")  # 服务热线：95598, 12345: a service's short number


# A paper's name alone (人民法院报, 中国纪检监察报, 大公報): a header's piece where other pieces stand beside it
# …报, 侨报, 晶报, 参考消息, 报刊文摘; weeklies (南方周末, 新民周刊, 21世纪经济报道); editions (人民日报海外版)
# 天气预报, 情况通报, 喜报, 年报, 季报: words that end in 报 and name no paper (中国交通报, 中国青年报, 老年报 do)
_NO_PAPER_BEFORE_BAO = "(?<![预举汇警简喜捷海情季])(?<!(?<!交)通)(?<!(?<![青老少])年)"
PAPER_NAME = re.compile(rf"^(?:[{CJK}]{{2,8}}{_NO_PAPER_BEFORE_BAO}[报報](?:海外版|农村版)?|[侨僑晶]报|参考消息|[{CJK}]{{2,4}}(?:文摘|周末|周刊)|21世纪经济报道)$")


# A county media centre's paper (长兴新闻, 今日临安, 今日 永嘉): a name that only the head of a masthead block makes one
_COUNTY_PAPER = re.compile(rf"^(?:[{CJK}]{{2,4}}新闻|今日[{CJK}]{{2,3}})$")


def county_paper(text: str) -> str | None:
    name = text.replace(" ", "")
    return name if _COUNTY_PAPER.match(name) else None


def header_piece(text: str) -> tuple[str | None, str | None, int | None, str | None] | None:
    """(paper, ISO date, page, section), each where this line gives it, from a line that is one piece
    of a page header set apart (a flag: 温岭日报 large in the middle, 2024年1月23日 at one end,
    星期二 第2版 at the other), or None if the line is no such piece."""
    paper = masthead(text) or (text if PAPER_NAME.match(text) else None)
    if paper and not paper.isascii():
        return paper, None, None, None
    bare = _WEEK_SPAN.sub("", _PAGES_TODAY.sub("", _WEEKDAY.sub(" ", text).strip())).strip()
    page = _PAGE_LABEL.match(bare) or _UNNUMBERED_PAGE_LABEL.match(bare)
    if page:
        return None, None, chinese_number(page["page"]), section(page["page"])
    code = _PAGE_CODE.fullmatch(bare)
    if code:
        return None, None, int(code["number"]), code["section"] or None
    date = _HEADER_DATE.fullmatch(bare)
    return (None, _calendar_date(*_header_date(date)), None, None) if date else None


_CLAUSE_MARK = re.compile(r"[，。；]")
_PAGES_TODAY = re.compile(r"^(?:今日|本期)\s?\d{1,3}\s?版\s+")  # 今日8版 第1版: how many pages the issue has, then this one's
_MASTHEAD_START = re.compile(rf"^(?P<paper>[{CJK}]{{2,6}}(?:日报|晚报|时报|商报|报)|[A-Z][A-Z ]+[A-Z])\s*")
_PAGE_LABEL = re.compile(rf"^第\s*(?P<page>{_PAGE})\s*版{_NAMED_PAGE}?$")
_UNNUMBERED_PAGE_LABEL = re.compile(rf"^(?P<page>\d{{1,2}})版{_SECTION_AFTER_BARE_PAGE}$")
# A5, B12, GA05 (南方都市报's 广州 section A), A3 公司·市场: a section's page, on a line of its own in the header
_PAGE_CODE = re.compile(_CODED_PAGE)
_LATIN_PAPERS = {"RENMIN RIBAO": "人民日报", "GUANGMING RIBAO": "光明日报"}


# （集团生产运营部提供）, 盟发展改革委价格监测中心提供: who gave a box's figures, its last line
# (bare, an office's name before it: not …为复原神树的完整形态提供 / 了新的线索。)
PROVIDED = re.compile(r"^(?:[（(][\u4e00-\u9fff]{2,20}(?:提供|供稿)[）)]"
                      r"|[\u4e00-\u9fff]{2,18}(?:局|委|厅|中心|站|所|院|处|科|部|办|社|队|公司|集团|馆)(?:提供|供稿))$")


# A page's call for contributions, set at its foot: （来稿请注明栏目名）, 欢迎广大读者来稿。来稿要求为原创首发…
CALL_FOR_CONTRIBUTIONS = re.compile(r"^[（(]来稿请注明[^（）()]{1,10}[）)]$|^欢迎(?:广大)?读者来稿")
# A page's note on all its pieces: 本版文章仅供参考，具体诊疗请遵医嘱; where a digest's came from: 本版稿件除署名外
# 均据新华社、中新社, （本版稿件均据央视新闻）
# 本版投资建议仅供参考，据此操作风险自担, 本版信息由刊登者负责: what a markets or a classified page says of itself;
# 本版国内、国际新闻由新华社、中新社供稿: whose copy it runs
_PAGE_NOTE = re.compile(r"^(?:免责声明[:：]|温馨提示[:：])?[（(]?本版[^，。（）()]{0,8}[仅只]供参考|^[（(]?本版(?:图片|稿件|文章)(?:除署名外|均据)"
                        r"|^[（(]?本版(?:信息|广告|内容|启事|启事内容)由刊登者负责"
                        # whose copy it runs (not a sentence's printed line: …报纸上， / 本版“法治园地”专栏由市司法局提供 / 稿件，…)
                        r"|^[（(]?本版[^，。（）()“”]{0,12}由[^，。（）()]{2,24}(?:供稿|提供)[）)]?$"
                        r"|^本版(?:电话|热线|传真)\s*[:：]\s*[-\d\s（）()]{5,}$"  # 本版电话：010-66262035, the page's desk
                        # （本版数据均来自公开信息，不构成投资建议，据此操作风险自担）: a markets page's note, whole
                        r"|^[（(]本版[^（）()]{0,30}(?:不构成(?:任何)?投资建议|风险自担)[^（）()]*[）)]$")
# A prompt to scan a code or follow the paper's app beside a story: 扫码看视频, 更多精彩请关注“温岭发布”微信公众号,
# 下载“潮新闻”客户端 看更多精彩, 封面新闻客户端 华西都市报官方微信公众号
_APP_PROMPT = re.compile(r"^[▲△▶►]?\s*扫(?:码|一扫|描二维码)\s*(?:看|观看|收看|阅读|了解|关注|下载|听)[^，,]*$"
                         r"|^更多(?:精彩|新闻|内容|资讯|报道)?[，,]?请?(?:关注|下载)[^，,]*$"
                         r"|^下载\S{1,12}客户端[^，,]*$|客户端\s+\S{2,12}微信公众号$")


# A stamp's field named like an editor's role, its value a count of stamps (版式：16枚（4套）): no layout editor's line
_STAMP_FORMAT = re.compile(r"^版式[:：]\s*\d+枚")
# An editor who speaks (a Q&A's 编辑：“从鱼到人”，是…): an editor line names people, it says nothing.
_EDITOR_SPEAKS = re.compile(r"[“「，。？！]")


# What an editor line can open with (本版, 一版 or 3版, any role's first character): most lines are ruled out by it.
_EDITOR_LINE_OPENERS = frozenset("本一二三四五六七八九十策统主" + "".join(role[0] for role in _EDITOR_ROLE_WORDS))
# the ear's 新闻热线：0576-86123456, a page's box 市民热线：12345 新闻热线：86198888
_HOTLINE_LABEL = r"热线(?:电话)?\s*[:：]"  # 新闻热线：, 热线电话:
_HOTLINE = re.compile(r"^(?:新闻|报料|爆料|新闻爆料|(?:分类)?广告(?:刊登)?|公告(?:刊登)?|启事刊登|发行|(?:市民|民生|健康|房产|楼市|汽车)(?:新闻)?"
                      r"|投诉|读者|登报)?" + _HOTLINE_LABEL + r"(?:[-—\d\s（）()]{3,}|[-—\d]{5,}\s+\S{2,30}|$)")  # 新闻爆料热线：027-85556110 掌上江城客户端…


# a page's desk by its field, the number alone or with the desk's fax or its app (城建热线：0591-87653210, 要闻热线：…
# 传真：…, 文旅热线：… 荆阳都市报客户端“文旅”频道); not a service's, a notice's or a story's
# (服务热线, 联系热线, 防汛热线)
_DESK_HOTLINE = re.compile(r"^(?:城建|交通|文旅|旅游|教育|卫健|法治|科技|体育|三农|农业|财经|经济|文化|娱乐|家居|美食|消费|城事|社会|区县|县区|乡镇|综合|评论"
                           r"|要闻|时政)(?:新闻)?" + _HOTLINE_LABEL + r"\s*[-—\d\s（）()]{7,}(?:传真\s*[:：]\s*[-—\d]{7,}|(?<=\s)\S{2,30})?$")
_ANY_HOTLINE = re.compile(rf"^[{CJK}]{{0,4}}{_HOTLINE_LABEL}\s*[-—－\d]{{3,}}\s+")  # whoever's hotline, then more
# a hotline, then the paper's call to its readers (乡村振兴服务热线：8223121　欢迎提供新闻线索) or its desk's address
# (职工维权服务热线：12351　来信请寄：泯川工人报社维权部)
_HOTLINE_INVITES = re.compile(rf"^[{CJK}]{{0,8}}{_HOTLINE_LABEL}\s*[-—－\d]{{5,}}\s+(?:欢迎(?:广大)?(?:读者来信来电|提供新闻线索)|来信请寄[:：][{CJK}]{{2,12}}报社[{CJK}]{{0,6}})$")
_INVITING_LABEL = 12  # characters: where the hotline's label ends, at most
# a service's numbers, then the paper's own hotline last on the line (举报热线：12369　新闻热线：0731-84621609): the
# page's foot, however its service is named
_HOTLINES_THEN_PAPERS = re.compile(rf"^(?:[{CJK}]{{0,12}}(?:热线|电话)\s*[:：]\s*[-—\d]{{3,}}\s+)+"
                                   rf"(?:新闻|报料|爆料|新闻爆料){_HOTLINE_LABEL}\s*[-—\d]{{5,}}$")
# The paper's imprint at a page's foot: 本报地址：…　邮编：…, 社址：…, 广告经营许可证：…, 印刷：…, a factory paper's
# 东风机床厂党委宣传科编印　每期印１５００份, 地址：…　邮编：…　新闻热线：… (the paper's own hotline: not an advert's address)
_IMPRINT_PAPER = 14  # characters of the paper's name before 报社 opening its imprint (锦华纺织服装报社　地址：…)
_IMPRINT = re.compile(rf"^(?:本报|报社)地址\s*[:：]|^[{CJK}]{{2,8}}报社地址\s*[:：].*\s(?:新闻热线|邮编|邮政编码)|^社址\s*[:：]|^广告经营许可证|^[{CJK}]{{2,20}}编印(?:\s+每期印\s?\d+份)?$"
                      r"|^地址\s*[:：].*邮编.*(?:新闻|报料|爆料)热线"
                      rf"|^[{CJK}]{{2,10}}报社(?:出版)?\s+地址\s*[:：].*\s邮编"  # 锦华纺织服装报社　地址：…　邮编：…
                      rf"|^[{CJK}]{{2,10}}报社出版\s+印刷\s*[:：]"  # 江淮邮政快递报社出版　印刷：江淮日报印务中心
                      rf"|^[{CJK}]{{2,10}}(?:融媒体中心|报社)出品\s+[{CJK}]{{0,6}}热线\s*[:：]"  # …融媒体中心出品　…新闻热线：…
                      rf"|^印刷(?:单位)?\s*[:：]\s*[{CJK}]{{2,20}}(?:印务中心|印刷厂|印务有限公司|印刷有限公司|印刷有限责任公司|印业有限公司)$"
                      r"|^定价\s*[:：]\s*(?:每月|全年|每季)\d+(?:\.\d+)?元\s+零售\s*[:：]\s*每份\d+(?:\.\d+)?元$")
# (印刷：塞川日报社印务中心: who printed the paper; not 印刷：宣传画册名片海报, an advert's trade; 定价：每月36元　零售：每份1.50元:
# what it costs by the month and the copy)


_PAPERS_HOTLINE = 22  # characters at most of the paper's hotline closing a line of numbers (新闻热线：0731-84621609)
_SPONSORS_LINE = 40  # characters
# 本版由…协办, or bodies apart before the word (…办公室　桐州日报社　合办): not a subhead (粤澳社保首次实现融合办)
_SPONSORS = re.compile(rf"^(?:(?:本版由|本专版由|本栏由)[{CJK}（）·\s]{{4,}}|(?:[{CJK}（）·]{{2,16}}(?:社|局|委|会|中心|办公室|部|厅|院|台)\s+){{1,4}})"
                       r"(?:合办|协办|联办)$")


_TIP_LINE_LABEL = 10  # characters
_EAR_OPENERS = "抖微视快小公一"
_EAR_LINE = 30  # characters
_SOCIAL = r"(?:抖音|微信|微博|视频号|快手|小红书|公众号)"
# 微信公众号：赣湄晚报, …：赣湄晚报　gmwb0797 (and its account's id): where to follow the paper
_PAPER_EAR = re.compile(rf"^{_SOCIAL}(?:/?{_SOCIAL})*号?\s*[:：]\s*[{CJK}]{{2,12}}报社?(?:\s+[A-Za-z][\w-]{{2,30}})?$"
                        r"|^一经采用\s*即付(?:线索费|稿酬|报酬)$")
_TIP_LINE = re.compile(rf"^[{CJK}]{{0,6}}线索征集\s*[:：]\s*[-—\d\s]{{5,}}$")


# A box of a service's number or of a forecast, by its name (江城市青少年心理援助热线, 明日重点城市空气质量预报): a
# block of its own over its fields or rows; a story's subhead may name one (开通心理援助热线)
SERVICE_BOX = re.compile(r"^[\u4e00-\u9fff]{0,12}(?:(?:援助|服务|咨询|求助|举报)热线|(?:天气|空气质量|气象|水情|路况|潮汐)预报"
                         r"|未来(?:[一二三四五六七两]天|一周)天气)$")  # 未来三天天气 / 14日（周四）　多云…: a forecast over its days
# A multi-day forecast's row opens on its day (11月19日　星期三　小雪转多云…, 15日（周五）　阴转小雨…)
FORECAST_DAY = re.compile(r"^\d{1,2}(?:月\d{1,2})?日")
_FORECAST_CELL_GAPS = 2  # spaces between a forecast row's cells: day, weather, degrees (and wind)


def forecast_day(text: str) -> bool:
    """Does the line open on a day and give degrees (15日（周五）　阴转小雨　13℃～18℃, 19日　多云　2℃～9℃), or the
    waves at sea (6月15日　东海北部　东南风4到5级　浪高1.0至1.5米)?"""
    return ("℃" in text or "浪高" in text) and FORECAST_DAY.match(text) is not None


def forecast_row(text: str) -> bool:
    """Is this a forecast's day, in degrees, its cells apart (14日（周四）　多云　14℃～21℃　东南风3级), or a place's
    (哈日诺尔苏木　多云　－26℃～－13℃)?  A box's row, never a heading (20日起最低气温将跌至-5℃ is a headline's sentence)."""
    return text.count(" ") >= _FORECAST_CELL_GAPS and (forecast_day(text) or _PLACE_FORECAST.match(text) is not None)


_PLACE_FORECAST = re.compile(rf"^[{CJK}（）()]{{2,10}} [{CJK}]{{1,8}} [-－]?\d{{1,2}}℃?[～~至/][-－]?\d{{1,2}}℃$")


def sponsors_line(text: str) -> bool:
    return text.endswith(("合办", "协办", "联办")) and len(text) <= _SPONSORS_LINE and _SPONSORS.match(text) is not None


def _section_over_editors(text: str) -> bool:
    """Is the line a page section's name, a space, then the page's editors (民航新闻　本版编辑：裴　洁)?"""
    section, _, rest = text.replace("\u3000", " ").partition(" ")
    rest = rest.lstrip()
    return (0 < len(section) <= _SECTION_BESIDE_EDITORS and section.isalnum() and CJK_CHAR.match(section) is not None
            and "记者" not in section and _PAGES_EDITOR.match(rest) is not None and not _EDITOR_SPEAKS.search(rest))


_SECTION_BESIDE_EDITORS = 6  # characters of a section's name (民航新闻, 区县新闻, 国际副刊; not 东浦人民出版社, a book's)
# The page's editor named with a colon (本版编辑：, 责任编辑：, 责编：): not a bare role, which a table's, a credits box's or
# a story's foot line holds as well (市融媒体中心　编辑　2　本科…, 舞美　设计：刘杏, 记者林晓　编辑：潘佳, 编委会　主编：…)
_PAGES_EDITOR = re.compile(r"^(?:(?:本版|本期)(?:编辑|责编)|责任编辑|责编)\s*[:：]")


def is_furniture(text: str) -> bool:
    first = text[:1]  # asked of every line: most are ruled out by it
    editors = (first in _EDITOR_LINE_OPENERS or first.isdecimal()) and FURNITURE.match(text) is not None
    calls = (first in "（(欢" and CALL_FOR_CONTRIBUTIONS.match(text) is not None  # （来稿请注明…）, 欢迎…来稿
             or first in "本（(免温" and len(text) <= 40 and _PAGE_NOTE.match(text) is not None)
    if editors and not _EDITOR_SPEAKS.search(text) and not _STAMP_FORMAT.match(text) or calls or header(text) is not None:
        return True
    if "编" in text and _section_over_editors(text):  # every page editor's role holds 编: most lines are ruled out by it
        return True  # 民航新闻　本版编辑：裴　洁: the page's section and its editor, on one line under the page's head
    if len(text) <= 60 and first in "新报爆广公启发热市民投读登分健房楼汽" and _HOTLINE.match(text):
        return True
    if "热线" in text[2:6] and _DESK_HOTLINE.match(text):
        return True  # 城建热线：0591-87653210, 经济新闻热线：0392-3316018: the page's desk, at its foot
    if "热线" in text[-_PAPERS_HOTLINE:] and _HOTLINES_THEN_PAPERS.match(text):
        return True
    hotline = _ANY_HOTLINE.match(text) if "热线" in text[:6] else None
    if hotline and FURNITURE.match(text[hotline.end():]):
        return True  # 服务热线：962288　本版编辑：金 铃…: the page's foot line, a hotline before its editors
    if "热线" in text[:_INVITING_LABEL] and _HOTLINE_INVITES.match(text):
        return True  # 服务热线：0479－6226123　欢迎读者来信来电: the paper asking its readers to call
    if (first in "本报社广地印定" or text.endswith(("编印", "份")) or "报社地址" in text[:14] or "报社" in text[:_IMPRINT_PAPER]
            or "出品" in text[:_IMPRINT_PAPER]) and _IMPRINT.match(text):
        return True
    if first in _EAR_OPENERS and len(text) <= _EAR_LINE and _PAPER_EAR.match(text):
        return True  # 抖音/视频号：云城都市报, 一经采用　即付线索费: the paper's call for tips, in its ear
    if "线索" in text[:_TIP_LINE_LABEL] and _TIP_LINE.match(text):
        return True  # 美食旅行线索征集：0578-2166188: the page's call for tips, at its foot
    if sponsors_line(text):
        return True  # 本版由中共青溪县委宣传部　青溪县投资促进中心协办: who shares the page, under its head

    if len(text) <= 40 and (first in "扫▲△▶►更下" or "客户端" in text) and "。" not in text and _APP_PROMPT.search(text):
        return True
    # (…邮发代号： / 31—58，…, 邮局订阅，邮发代号1-386；: a sentence's line)
    if (len(text) <= 60 and "。" not in text and text[-1] not in "：:；;"
            and (_FLAG_HINT.search(text) and _FLAG.search(text) or _in_house_flag(text))):
        return True
    address = _EMAIL.search(text) if len(text) <= 50 and "@" in text and "。" not in text else None
    # …请发送至电子邮箱 / qxrbfk@163.com，邮件主题注明…: a clause after the address, a printed line of a paragraph
    return (address is not None and "，" not in text[address.end():]
            and not COLUMN_MAILBOX.match(text) and not _REPORTED_LINE.match(text))


# What a front page's flag prints beside the paper's name: its CN and postal numbers (a company's paper: 内部资料,
# 内资准字), who runs and publishes it, its issue count (a weekly's too: 乡村振兴周刊　第38期) and page count, its web
# address, the lunar date.
_FLAG = re.compile(r"国内统一连续出版物号|国内统一刊号|邮发代号|CN\s?\d{2}\s?[-－]\s?\d{4}|主管\s*主办|报社\s*出版$"
                   r"|总第\s?\d+\s?期|^[\u4e00-\u9fff]{2,8}(?:周刊|专刊|副刊)\s*第\s?\d+\s?期$|^今日\s?\d+\s?版|^第\s?\d+\s?期(?:\s+(?:今日|本期)\s?[\d一二三四五六七八九十]{1,3}\s?版)?$|^(?:\S{0,6}网址\s*[:：]\s*)?(?:https?://|www\.)\S+$"
                   r"|^(?:\S+\s+)*农历[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年\S*(?:\s+\S+)*$"
                   r"|^[甲乙丙丁戊己庚辛壬癸][子丑寅卯辰巳午未申酉戌亥]年[正冬腊一二三四五六七八九十]{1,2}月[初十廿二三][一二三四五六七八九十]?$"
                   r"|^代号\s?\d{1,2}\s?[-－]\s?\d{1,3}$"
                   r"|^[\u4e00-\u9fff]{2,10}\s+(?:www\.)?[A-Za-z0-9-]+(?:\.(?i:com|cn|net|org)){1,2}$")  # 南方周末 INFZM.COM
_FLAG_HINT = re.compile("[号办版期历月whmMnN]")  # one of them is in every flag line: most lines are ruled out by it


def _in_house_flag(text: str) -> bool:
    """A company's or an office's paper prints 内部资料, its 内资准字 number and its sponsor (主办：…党委/报社)."""
    return ("内部资料" in text or "内资准字" in text or "准印证" in text
            or text.startswith("主办") and _SPONSOR.match(text) is not None)


_SPONSOR = re.compile(r"^主办\s*[:：][^。，]*(?:党委|报社|纪委|监委|宣传部|中共[^。，]*工作委员会)")  # 主办：淮江钢铁集团有限公司党委, 主办：…临溪日报社
# Flag lines that read as text elsewhere on a page (国务院令 / 第837号): furniture only among a page's first lines.
# Back issues: 第3035号, 第一二七九八号, 今日八版, 北京市报刊发行局发行; a digest's publisher: 光明日报社主办, a
# company paper's: 云梦机场集团有限公司主办, 国网梧川供电公司主办, a branch's 中国邮政集团有限公司鄞溪省分公司主办 (内部资料　免费交流 after it perhaps); a masthead's sites and apps, serial number alone, price, edition, lunar
# date, hotline (读者热线 96345)
# A word spelled in pinyin, capitals, syllable by syllable (DONGCHUAN, SIFA; not HAPPY, YEAR)
_PINYIN_SYLLABLE = ("(?:ZH|CH|SH|[BPMFDTNLGKHJQXRZCSYW])?"
                    "(?:IANG|IONG|UANG|ANG|ENG|ING|ONG|IAN|IAO|UAI|UAN|UEN|AI|AN|AO|EI|EN|ER|IA|IE|IN|IU|OU|UA|UE|UI|UN|UO"
                    "|A|E|I|O|U|V)")
_PINYIN_WORD = f"(?:{_PINYIN_SYLLABLE}){{1,4}}"
TOP_FLAG = re.compile(r"^第\s?[\d〇零一二三四五六七八九十百千]{1,6}\s?号$"
                      # an old paper's issue counted in Chinese numerals, with its pages (第六百一十二期　今日四版)
                      r"|^第\s?[〇零一二三四五六七八九十百千]{1,8}\s?期\s+今日\s?[一二三四五六七八九十]{1,3}\s?版$|^今日\s?[一二三四五六七八九十]{1,3}\s?版$"
                      rf"|^[{CJK}]{{2,10}}(?:发行局|邮局)发行$"
                      rf"|^(?=\S{{4}})(?:{_PINYIN_WORD} (?=\S{{4}})){{2,4}}{_PINYIN_WORD}$"  # the paper's name in pinyin (DONGCHUAN SIFA JINGYUAN; not MADE IN CHINA)
                      # (not 首届数字经济峰会由清溪数科集团主办: what someone holds, a headline; 自由贸易港… names a sponsor)
                      rf"|^(?!.*(?<!自)由)[{CJK}]{{2,16}}(?:报社|日报社|集团|(?:集团)?(?:股份)?(?:有限)?公司(?:[{CJK}]{{2,6}}分公司)?|融媒体中心|传媒中心|新闻中心)(?:主办|出版)(?:\s+内部(?:发行|资料)(?:\s*免费交流)?)?$"
                      # an office's or a body's paper: 沅澧市审计局主办, 镇澜海关主办, 沱江市工商业联合会主办, 桐江市妇女联合会主办,
                      # 汝颍市供销合作社联合社主办, 渠江市消防救援支队主办, 溧川市农村信用合作联社主办, 鹭川市体育彩票管理中心主办
                      # and a school's: 桐溪市第一中学主办　校园内部交流
                      # (two bodies together, set apart: 临澜省畜牧兽医学会　临澜省水产学会　主办)
                      # (a bureau that is its service too: 清漳市档案局（馆）主办, 澜州市烟草专卖局（公司）主办)
                      rf"|^(?!.*由)(?:[{CJK}]{{2,16}}(?:局|厅|委|海关|联合会|联合社|联社|委员会|协会|学会|总会|办公室|中心|医院|支队|总队|中学|小学|学校|党委宣传部|军分区[{CJK}]{{2,8}}处)"
                      rf"(?:[（(][{CJK}]{{1,4}}[）)])?\s*){{1,3}}主办"
                      rf"(?:\s+内部(?:发行|资料)(?:\s*免费交流)?|\s+(?:校园)?内部交流|\s+校内发行|\s+[{CJK}]{{2,12}}(?:编辑|编印))?$"  # (沅州学院党委宣传部主办　校内发行; …中学主办　校团委学生记者团编辑)
                      # 主办：雁北市林业和草原局, 主管：青岚农垦集团有限公司
                      rf"|^(?:主办|主管)\s*[:：]\s*[{CJK}]{{2,14}}(?:局|厅|海关|联合会|委员会|协会|学会|总会|集团|有限公司|报社)$"
                      rf"|^主管\s*[:：]\s*[{CJK}]{{2,16}}\s+主办\s*[:：]\s*[{CJK}]{{2,16}}$"  # 主管：中共岩溪县委　主办：岩溪县融媒体中心
                      # a party or factory paper's flag: 中共云岭省委员会机关报, 中共东风机床厂委员会主办, 内部发行, 内部资料　免费交流, （厂　报）
                      rf"|^(?:中共|中国共产党)[{CJK}]{{2,12}}(?:委员会|委)(?:机关报|主办)$|^内部(?:发行|资料)(?:\s*免费交流)?$|^[（(](?:厂|校|院|矿|局)\s*报[）)]$"
                      rf"|^[{CJK}]{{2,6}}(?:日报|晚报|报)副刊$"  # 石夫人 / 温岭日报副刊: the supplement's paper
                      # 中共石湖市委主管 石湖市融媒体中心出版: who runs the paper and who publishes it, on one line
                      rf"|^[{CJK}]{{2,12}}主管\s*[{CJK}]{{2,16}}(?:主办|出版)$"
                      # 国家税务总局沂湖省税务局主管主办: one office both runs and publishes it; 岚川省退役军人事务厅主管: who runs it
                      # (岱湖省人民检察院主管主办: a procuratorate's or a court's)
                      rf"|^[{CJK}]{{2,16}}(?:局|厅|委|会|检察院|法院)主管(?:\s*主办)?$"
                      rf"|^[{CJK}]{{0,10}}(?:网|网站|网址)\s*[:：]?\s*(?:www\.|https?://)[\w./-]+$"
                      rf"|^[{CJK}]{{2,10}}(?:客户端|公众号)$"  # not 城南镇新建污水管网: a site names its address
                      rf"|^本报(?:同时)?(?:出版|发行)[{CJK}、]{{1,20}}文版$"  # 本报同时出版维吾尔文版、哈萨克文版
                      # a weekly's date and the week it covers (2025年1月20日　本周（1月20日—1月26日）), as a TV guide prints it
                      r"|^\d{4}年\d{1,2}月\d{1,2}日\s*本周\s*[（(]\d{1,2}月\d{1,2}日\s*[—－~～至-]{1,2}\s*(?:\d{1,2}月)?\d{1,2}日[）)]$"
                      r"|^(?:国内统一连续出版物号|国内统一刊号)?\s*[:：]?\s*CN\s?\d{2}\s?-\s?\d{4}(?:/[A-Z]{1,2})?$"
                      r"|^(?:本期|今日)\d{1,3}版$|^号外$|^(?:零售价|零售|定价|每份定价|每份)\s*[:：]?\s*(?:每月|每份|全年|每季)?\d+(?:\.\d+)?元$"
                      rf"|^农历\S{{2,10}}$|^[{CJK}]{{0,6}}热线\s*[:：]?\s*[\d-]{{5,}}$")


_PAPER_TITLE = re.compile(rf"^[{CJK}]{{2,10}}报$")
# pieces a flag line sets beside others only (浙内准字第R217号　第3876期　今日4版): alone, 第3876期 may head a column
_ISSUE_PIECE = re.compile(rf"^(?:第\s?\d{{1,6}}\s?期|[{CJK}]{{1,3}}内(?:资)?准字第?\s?[A-Z]?\d{{2,6}}号)$")


def is_top_flag(text: str) -> bool:
    """A flag line, or several printed on one line: 第３６５２号　今日四版."""
    pieces = text.split()
    if len(pieces) == 2 and _PAPER_TITLE.match(pieces[0]) and pieces[1].endswith(("主办", "出版")):
        pieces = pieces[1:]  # 溧川农商银行报　溧川农村商业银行股份有限公司主办: the paper's name beside its sponsor
    return TOP_FLAG.match(text) is not None or len(text.split()) > 1 and all(
        TOP_FLAG.match(piece) or _ISSUE_PIECE.match(piece) for piece in pieces)


# A column's own mailbox, printed at the foot of its piece and part of it: 栏目投稿邮箱：…, 选题线索来信邮箱 …
COLUMN_MAILBOX = re.compile(r"^(?:栏目投稿|选题线索来信)邮箱")
# The note under a theory essay's author line: 本文系国家社会科学基金重大项目“…”（23ZDA001）的阶段性成果。
ESSAY_NOTE = re.compile(r"^(?:本文(?:系|为|是)|【?基金项目】?[:：])[^。]{4,150}(?:成果|资助|支持|项目)[）)]?。?$")


# A credit naming who wrote the story as well as who shot it (文/记者 曾亦辰 图/受访者供图, 记者 韩 鑫 文/摄):
# the story's byline, not a photo's credit (X摄影报道 under a caption credits the photo)
_WRITERS_TOO = re.compile(r"^文\s*[/／:：]|\s文\s*[/／]\s*[摄图]$")


def credits_writers(credit: str) -> bool:
    """Does this credit name the story's writers too (文/李想 摄影/王正, 杨帆 文/图), not only who shot or drew it?"""
    return _WRITERS_TOO.search(credit) is not None


def is_email(text: str) -> bool:
    return _EMAIL.fullmatch(text) is not None


def holds_email(text: str) -> bool:
    return _EMAIL.search(text) is not None


def ends_on_email(text: str) -> bool:
    return "@" in text and _EMAIL_AT_END.search(text) is not None


_EMAIL_AT_END = re.compile(_EMAIL.pattern + "$")


def is_credit(text: str) -> bool:
    return len(text) <= 40 and ((text[-1:] in _CREDIT_END_CHARACTERS and text.endswith(_CREDIT_ENDS)
                                 or text[:1] in _CREDIT_START_CHARACTERS and text.startswith(_CREDIT_STARTS))
                                and bool(CREDIT.match(text)) and not _SENTENCE_SHOT.search(text)
                                or text[0] in _PICTURE_SOURCE_STARTS and PICTURE_SOURCE.match(text) is not None
                                or text[-1:] == "摄" and pupil_line(text[:-1].rstrip()))  # 高二（4）班　丁　雪　摄: a pupil's


# 在美国牧师约翰·马吉拍摄(的记录…): a sentence about a picture taken, cut at a line's end; a credit names
# its photographer and 摄, it opens on no preposition (向 and 于 are surnames too: 向文军摄（新华社发）) and says no
# 拍摄 after a name
_SENTENCE_SHOT = re.compile(r"^(?:[在对从把被将]|[向于](?![\u4e00-\u9fff]{1,2}\s?摄))|[\u4e00-\u9fff]拍摄$")  # (于海涛　摄)


_PICTURE_SOURCE_STARTS = frozenset("本图供截I网视新中东人C（(路法美欧群读市")
# Where a picture came from, naming no photographer: 图片由县文旅局提供, 图/受访者提供, 图片来源：视觉中国; a digest's
# agency or the web (图据视觉中国, 图源网络, IC photo, 视频截图, 新华社发（…消防局供图）)
PICTURE_SOURCE = re.compile(
    rf"^(?:(?:本文|本版)?图片(?:均)?由[{CJK}A-Za-z]{{1,20}}提供|图\s*[/／:：]\s*[{CJK}A-Za-z]{{1,20}}提供"
    rf"|图\s*[/／:：]\s*[{CJK}]{{2,12}}(?:处|局|署|厅|办|中心|委员会|政府)"  # 圖：政府新聞處: an office's picture
    rf"|(?:图片来源|供图)\s*[:：]\s*\S{{1,20}}|(?:截图|图片截)自[{CJK}A-Za-z]{{1,20}}"
    rf"|图\s*[/／:：]\s*(?:取自|翻摄自?|截自|截图自|本报资料|资料)[{CJK}A-Za-z]{{0,20}}"  # Taiwan's 图／取自脸书
    rf"|(?:图\s*[/／:：]\s*)?(?:IC\s?photo|网络|(?:网友|群众|读者|市民)?(?:网络|视频)截图)|图(?:据|源)[{CJK}A-Za-z]{{2,12}}|图片来源于[{CJK}A-Za-z]{{2,12}}"
    rf"|(?:新华社|中新社)发\s*[（(](?:[{CJK}A-Za-z·]{{2,30}}供图|传真照片)[）)]|新华社\s*[/／]\s*(?:路透|法新|美联|欧新)社?"
    rf"|(?:路透|法新|美联|欧新|新华|中新)社(?:图片|照片)"  # 法新社图片: an agency's picture on a world page
    rf"|图\s*[/／:：]\s*(?:{_PICTURE_AGENCY}|IC)|(?:{_PICTURE_AGENCY}|IC\s?photo)\s*[/／ ]\s*图"  # 视觉中国/图, 东方IC 图, 图/IC
    # （市档案馆供图）, （@云城交警 供图）: an archive's, an account's (not （李庆军整理并供图）: who wrote the piece down)
    rf"|[（(](?![^）)]*整理)@?[{CJK}A-Za-z0-9_]{{2,20}}\s?(?:供图|提供)[）)])$"
)


# A pupil's essay is signed with the school, the class and the name (鹿城区广场路小学五（3）班 陈思琪), and at its foot
# by the teacher who guided it (指导老师 周丽君)
PUPIL_LINE = re.compile(rf"^(?:[{CJK}]{{1,20}}(?:小学|中学|学校|高中|初中|学院|大学)\s?[{CJK}0-9（）()]{{1,12}}"
                        r"|(?:[初高][一二三]|[一二三四五六]年级)\s?[（(]\d{1,2}[）)])"  # a school's own paper: 初二（3）班　林　悦
                        rf"班\s+(?P<names>{_NAME}|[{CJK}][ 　][{CJK}])$")  # 林　悦: a name of two, padded
# (a student's too: 化学与材料学院2022级应用化学1班　蒋沐阳, 文学院　2024级汉语言文学2班　苏　晴)


def pupil_line(text: str) -> bool:
    """Is this a pupil's school, class and name (…小学三年级（2）班　孙悦然), or a student's college, year and class?"""
    return "班" in text and PUPIL_LINE.match(text) is not None
TEACHER_LINE = re.compile(rf"^指导(?:老师|教师)\s*[:：]?\s*(?P<names>{_NAME}(?:[\s、]+{_NAME})?)$")


# A group that reported the story, named alone as its byline (县革委会报道组, 东风公社报道组, 县农机修造厂通讯组)
REPORTING_GROUP = re.compile(rf"^(?:本报)?[{CJK}]{{1,12}}(?:县|市|区|公社|大队|厂|矿|革委会|委|局|站|社)[{CJK}]{{0,4}}"
                             r"(?:报道组|通讯组|写作组)$")


def writer_and_teacher(text: str) -> tuple[str, str] | None:
    """The pupil's part and the teacher's of a line naming both (小记者　王一诺（…三年级）指导老师　周　芳), or None."""
    writer, guide, guided = text.partition("指导")
    teacher = guide + guided
    return (writer.strip(), teacher) if guide and writer.strip() and TEACHER_LINE.match(teacher) else None


def _short_for_long_names(text: str) -> str:
    """The line with each Mongol or Tibetan name longer than a byline's names (乌云其木格) put as a name of two, so that
    the byline's form is read as for any names (本报记者　巴特尔　乌云其木格)."""
    if not any(len(token) > 4 for token in text.split(" ")):
        return text
    return " ".join("某某" if len(token) > 4 and minority_name(token) else token for token in text.split(" "))


def is_byline_line(text: str) -> bool:
    if len(text) > _LONGEST_BYLINE or text.endswith("摄"):
        return False
    if ("班" in text or text.startswith("指导")) and (PUPIL_LINE.match(text) or TEACHER_LINE.match(text)):
        return True
    both = writer_and_teacher(text)
    if both and is_byline_line(both[0]):
        return True  # 小记者　王一诺（滨江实验小学三年级）指导老师　周　芳: the pupil and the teacher on one line
    if text[-1] == "组" and REPORTING_GROUP.match(text):
        return True  # 县革委会报道组: a 1970s paper's byline, a group and no name
    # Each needs what most lines lack (a space between words, 据 or 供稿, 编译, 报道): looked for first
    if (len(text.split(maxsplit=1)) > 1 and (UNIT_CREDIT.match(text) or regiment_signer(text))
            or (text.startswith(_SOURCE_STARTS) or "供稿" in text) and FOOT_SOURCE.match(text)
            or "编译" in text and _TRANSLATED_BY.match(text) or "报道" in text and _REPORTED_LINE.match(text)
            or text.endswith("整理") and _COLLECTED_BY.match(text)
            or text[:1] in FOLK_SONG_ROLES and FOLK_SONG_CREDIT.match(text)
            or text[-1] == "词" and lyricist(text) is not None
            or text[-1] == "著" and _AUTHORED_BY.match(text)):
        return True
    if text[0] in AUTHOR_MARKS and _names_a_role(text) and _MARKED_NAME_FIRST.match(text) or _long_name_alone(text):
        return True
    if BYLINE_START.match(text):
        if REPORTER_COLUMN.match(text):
            return False
        bare = _short_for_long_names(EDITOR_AFTER_WRITERS.sub("", text))
        if BYLINE_LINE.match(bare) or BYLINE_LINE.match(spaced_roles(bare)):
            return True
    # 文/图, 采写/摄影 credit text and pictures (文/本报记者 汤 敏 图/受访者提供); 口述/X 整理/Y who told it and who wrote it down.
    # Each form opens on 采写, 口述 or 整理, or names the words (文) and the pictures (图, 摄) both, as few lines do
    return ((text.startswith(("采写", "口述", "整理")) or "文" in text and ("图" in text or "摄" in text))
            and _FEATURE_BYLINE.match(text) is not None)


def _names_a_role(text: str) -> bool:
    return any(role in text for role in _ROLE_WORDS) or _BUREAU in text


def _long_name_alone(text: str) -> bool:
    """Is this a role and one name of five or six characters (■本报记者 额尔敦巴雅尔), not a role over a phrase?"""
    if len(text) > _LONG_NAME_LINE or not ("记者" in text or "通讯员" in text or "实习生" in text):
        return False  # most lines: no role to look further for
    long_name = _LONG_NAME_BYLINE.match(text)
    if long_name is None or BODY_LABEL.match(text[:long_name.start("name") + 2]):
        return False  # 记者手记 / 货畅其流 read as one line: a column's label over a title, no reporter 手记货畅其流
    name, vocabulary = long_name["name"], words()
    return sum(name[start:start + 2] in vocabulary for start in range(len(name) - 1)) <= 1


# A source or a supplier alone at a story's foot: 据新华社, 国际合作部供稿
# 据新华社, 据《人民日报》, 据“新华国际”微信公众号, 来源：央视新闻客户端, 综合新华社、中新社, 本报综合: a digest's item
# names where it came from, no one who wrote it
_SOURCE = (rf"(?:新华社|中新社|[《“][^》”]{{2,12}}[》”]|[{CJK}]{{2,8}}(?:日报|晚报|报|网|社|台|新闻))"
           r"(?:客户端|微信公众号|官方微博)?")
FOOT_SOURCE = re.compile(rf"^(?:据|综合|(?:稿件|稿源)?来源[:：]\s*){_SOURCE}(?:[、，]{_SOURCE}){{0,4}}(?:电|消息|报道)?$"
                         rf"|^本报综合(?:报道|编译)?$|^[{CJK}]{{2,16}}供稿$")
_SOURCE_STARTS = ("据", "综合", "来源", "稿件来源", "稿源", "本报综合")
# 联合早报's bylines: 游润恬 报道, 报道：林子恒, 林子恒 报道 zlim@sph.com.sg (the reporter's address after)
_REPORTED_LINE = re.compile(rf"^(?:{_NAME}\s+报道(?:\s+[\w.-]+@[\w-]+\.[\w.]+)?|报道[:：]\s*{_NAME}(?:\s*[、 ]\s*{_NAME}){{0,3}})$")
# Who collected a folk song and wrote it down, at its foot, perhaps with his unit (岷阳县文化馆　马占福　搜集整理), his
# name set apart from the words (not 民间故事搜集整理, a title)
_COLLECTED_BY = re.compile(rf"^(?:[{CJK}]{{2,14}}\s+)?[{CJK}](?:\s?[{CJK}]){{1,3}}\s+(?:搜集|收集|记录)整理$")
# A folk song's singer and who wrote it down or put it into Chinese, each on a line under its verses (演唱：蓝秀英（鹤垟乡）,
# 记录整理：雷建华, 翻译：符　丽): the song's people, its byline
_FOLK_SONG_PART = (r"(?:(?:演唱者?|讲述|(?:搜集|收集|记录)(?:整理|翻译)?|翻译(?:整理)?|汉译|译配|记谱)\s*[:：]"
                   r"|(?:演唱|(?:搜集|收集|记录|翻译)整理)\s)")  # (or set apart by a space: 演唱　温秀英　罗春生, 搜集整理　钟德华)  # (搜集整理/黄明德: a tale's credit)
_FOLK_SONG_ROLE = (rf"{_FOLK_SONG_PART}\s*(?:[{CJK}]{{2,16}}(?:文化站|文化馆|站|馆|中心|协会|剧团)\s+)?"  # 搜集整理：…文化站　李秋实
                   rf"(?P<names>(?:{_NAME}|[{CJK}]{{5,6}})(?:\s*[、 ]\s*(?!{_FOLK_SONG_PART}){_NAME}){{0,3}})"  # (a Mongol singer: 额尔敦其其格)
                   rf"(?:\s*[（(][^（）()]{{1,16}}[）)])?")
FOLK_SONG_ROLE = re.compile(_FOLK_SONG_ROLE)
# (a wrapped page sets the lines one under the other, read as one: 演唱：蓝秀英（鹤垟乡） 记录整理：雷建华)
FOLK_SONG_CREDIT = re.compile(rf"^{_FOLK_SONG_ROLE}(?:\s+{_FOLK_SONG_ROLE.replace('?P<names>', '')}){{0,2}}$")
FOLK_SONG_ROLES = frozenset("演讲搜收记翻汉译")  # the first characters of FOLK_SONG_CREDIT
# A writer's city named bare, then his name (淮阳　郁文青): asked where the page names the city (淮阳市)
CITY_SIGNER = re.compile(r"^(?P<place>[\u4e00-\u9fff]{2,3})\s+(?P<name>[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,2})$")
# The words' writer under a song's title, the name first (庄文山　词, 李　明　作词)
LYRICIST = re.compile(rf"^(?P<names>{_NAME}(?:\s?{_NAME})?)\s+(?:作?词|词曲)$")
_NOTE_OPENS = re.compile(r"^[（(]?注[:：]")


def lyricist(text: str) -> str | None:
    """The words' writer's name where the line is a name of two characters or more and 词 (庄文山　词), not a spaced
    word ending on it (诗　词, 颁　奖　词, 答　谢　词: a column's or a speech's label)."""
    found = LYRICIST.match(text)
    name = found["names"].replace(" ", "") if found else ""
    return name if len(name) >= 2 and is_names_line(name) else None


def song_note(text: str) -> bool:
    """Is this a note on a song or a poem (注：本曲采用【长滚】门头…), short, between its verses and its credits?"""
    return len(text) <= _SONG_NOTE_LONGEST and _NOTE_OPENS.match(text) is not None


_SONG_NOTE_LONGEST = 40  # characters
_TRANSLATED_BY = re.compile(rf"^{_NAME}(?:\s*[、 ]\s*{_NAME}){{0,3}}\s*编译$")  # 赵 欣 编译
_AUTHORED_BY = re.compile(rf"^{_NAME}(?:\s*[、 ]\s*{_NAME}){{0,2}}\s+(?:编著|著)$")  # 梁秋水 著: a serial's author


# Feature pages credit text and pictures on one line: 文·图/王小明, 图文：王小明, 文 王小明 图 李华,
# 撰文 王小明 摄影 李华, 王小明 文 李华 图
_CREDIT_MARK = r"(?:\s*[/／:：｜|]\s*|\s+)"  # 文/王帆, 文：王帆, a magazine's 文｜王帆
WRITER_LABEL = r"(?:撰文|文字|采写|文)"  # 采写：南都记者 丁怡婷 摄影：…, the words' credit before the pictures'
_SUPPLIER = rf"[{CJK}]{{2,12}}(?:提供|供图)|资料图片?"  # 文/本报记者 汤 敏 图/受访者提供: pictures supplied, no one shot them
# who told the story, over who wrote it down: the teller is no writer of the paper's
TELLER = rf"口述{_CREDIT_MARK}{_NAME}(?:\s*[（(][^（）()]{{1,40}}[）)])?"
# (asked only whether a line is one, so the forms that end on the same list of names share it: see CREDIT; compiled
# when first tried, on few pages: see is_byline_line)
_FEATURE_BYLINE = LazyPattern(rf"^(?:(?:(?:文\s*[·・/／]\s*图|图文|整理){_CREDIT_MARK}|采写\s*[:：｜|]\s*"  # 整理：本报记者 孟 瑶
                             rf"|口述{_CREDIT_MARK}{_NAMES}\s+整理{_CREDIT_MARK}){_NAMES}"  # who told it, who wrote it down
                             rf"|{WRITER_LABEL}{_CREDIT_MARK}{_NAMES}\s+(?:图|摄影|图片){_CREDIT_MARK}(?:{_NAMES}|{_SUPPLIER})"
                             rf"|{_NAMES}(?:\s+|\s*[/／]\s*)文\s+{_NAMES}(?:\s+|\s*[/／]\s*)(?:图|摄)"  # 吴凡 文 陈静 图, 隋 鑫/文 肖新新/图
                             rf"|{TELLER})$")  # 口述：林秀梅（…） on a line of its own


# How opinion pages sign a piece under its headline: 本报评论员, ■ 本报评论员, 特约评论员 李四,
# 作者：王晓东, □ 王晓东, ◇ 王晓东
_COMMENTATOR = re.compile(rf"^(?:[{AUTHOR_MARKS}]\s*)?(?:本报|[{CJK}]{{2,4}}(?:日报|报|网))?(?:特约)?评论员\s*(?P<names>.*)$")
# A columnist's firm and calling before the name a mark signs (□ 南埠证券投资顾问 邱雨桐): who the writer is, no name
COLUMNIST_CALLING = rf"[{CJK}]{{2,12}}(?:投资顾问|理财师|分析师|经济学家|研究员|咨询师|营养师|律师|医师)\s"
# 作者：李华, 作者 李 华, □李华
_SIGNED = re.compile(rf"^(?:作者\s*[:：\s]|[{AUTHOR_MARKS}]\s*(?:{COLUMNIST_CALLING})?)\s*(?P<names>.+)$")
_SIGNED_OPENS = "作" + AUTHOR_MARKS


# 本报评论员 王 平, 本报编辑部: who signs an editorial for the paper, at its foot
_FOR_THE_PAPER = re.compile(rf"^(?:[{AUTHOR_MARKS}]\s*)?(?:本报|[{CJK}]{{2,4}}(?:日报|报))?(?:编辑部|评论部)$")


def signs_for_the_paper(text: str) -> bool:
    """Does the line sign a piece as the paper's commentator (with names or none) or its editors?"""
    commentator = _COMMENTATOR.match(text)
    return (commentator is not None and (not commentator["names"] or is_names_line(commentator["names"]))
            or _FOR_THE_PAPER.match(text) is not None)


def is_author_line(text: str) -> bool:
    """An opinion piece's author line: a commentator (and names), names after 作者： or a mark, or
    names alone, where a name of two characters is padded as bylines print it (王 正: 安徽 under a
    heading is a place); not a column (评论员观察)."""
    if is_names_line(text) and (len(text) > 2 or " " in text):
        return True
    # A writer's note, a commentator and a signature are tried only where the bracket, the word or the mark they
    # need stands: this is asked of paragraphs too.
    scholar = _SCHOLAR.match(text) or (NOTED_WRITER.match(text) if text.endswith(("）", ")")) else None)
    if scholar and (is_names_line(scholar["names"]) or dotted_name(scholar["names"])):
        return True  # 中共岙江市委党校　王海燕: a theory page's writer, named with where he teaches; 钱学勤（81岁）: a senior's
    commentator = _COMMENTATOR.match(text) if "评论员" in text else None
    if commentator and not commentator["names"]:
        return True
    signed = commentator or (_SIGNED.match(text) if text[:1] in _SIGNED_OPENS else None)
    if signed is None:
        return False
    names = without_calling(text, signed["names"])
    if text.startswith("作者") and names.endswith(("）", ")")):
        names = _WRITERS_POST.sub("", names)  # 作者：陈立群（南开大学文学院教授）: where the writer works, in brackets
    # □ 轧钢厂　孙亚楠: a writer's mark before his unit and name, a trade paper's poet (◆ 城关镇　王家村, ● 县人民医院　何　强:
    # a list's marked items, whom a box names)
    return (is_names_line(names) or text[0] in AUTHOR_MARKS and _pen_name(names)
            or text[0] in WRITER_MARKS and dotted_name(names)  # □ 古丽巴哈尔·阿不都 (not ◆ 吐鲁番·葡萄沟, a list's item)
            or text[0] in WRITER_MARKS and UNIT_CREDIT.match(names) is not None)


_WRITERS_POST = re.compile(r"[（(][^（）()]{2,30}[）)]$")


_DOTTED = rf"[{CJK}]{{2,5}}·[{CJK}]{{2,5}}"
_DOTTED_NAME = re.compile(rf"^{_DOTTED}$")


# 新疆's prefectures and cities, named first where a dotted line is a place (吐鲁番·葡萄沟, 阿勒泰·喀纳斯), not a person
_XINJIANG_PLACES = ("乌鲁木齐", "克拉玛依", "吐鲁番", "哈密", "昌吉", "博尔塔拉", "巴音郭楞", "阿克苏", "克孜勒苏", "喀什", "和田",
                    "伊犁", "塔城", "阿勒泰", "石河子", "库尔勒", "阿拉尔", "图木舒克", "五家渠", "北屯", "铁门关", "可克达拉")


def dotted_place(text: str) -> bool:
    return text.split("·")[0] in _XINJIANG_PLACES


def dotted_name(text: str) -> bool:
    """A Uyghur's or a foreigner's name written with ·, alone on a line (吐尔洪·沙吾提, 阿依古丽·托乎提), not a place's
    thing (重庆·山茶花: both parts words), or a Mongol's, his father's initial before his own name (阿·哈斯巴根)."""
    if (initialled := _INITIALLED_NAME.match(text)) is not None:
        return minority_name(initialled["name"])
    return _DOTTED_NAME.match(text) is not None and not all(part in words() for part in text.split("·"))


_INITIALLED_NAME = re.compile(rf"^[{CJK}]·(?P<name>[{CJK}]{{2,6}})$")


def _pen_name(text: str) -> bool:
    """A columnist's pen name after a mark: 老, 小 or 阿 before a surname (□ 老 万, □小林)."""
    name = text.replace(" ", "")
    return len(name) == 2 and name[0] in "老小阿" and name[1] in SURNAMES


# □柯然（媒体人）, □魏知远（高校教师）: a signed writer's calling in brackets after the name, a comment page's way
_CALLING_AFTER = re.compile(rf"\s*[（(][{CJK}]{{2,10}}[）)]$")


def without_calling(line: str, names: str) -> str:
    """The names a mark signs (□柯然（媒体人）) without the calling after them; other names as they are."""
    return _CALLING_AFTER.sub("", names) if line[:1] in AUTHOR_MARKS else names


# Surnames of two characters that open a name of three or four (欧阳晓明).
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "长孙", "宇文", "呼延")
_NAME_TOKENS = re.compile(rf"^[{CJK}]{{1,6}}(?:[ 、][{CJK}]{{1,6}}){{0,7}}$")
# The parts Mongol and Tibetan given names are spelled from in characters (巴特尔, 乌云其木格, 娜仁托娅; 扎西多吉, 才让卓玛):
# such a name opens on no surname, and a line spelled wholly from them is a name
_MINORITY_NAME_PARTS = (
    "巴特尔 巴图 巴音 巴雅尔 宝音 宝力道 宝力格 白音 毕力格 布和 布仁 朝鲁 朝克 朝格图 达来 达丽玛 道尔吉 德力格尔 额尔敦 额尔登 额尔德尼"
    " 额尔德木图 额日和 阿拉坦 阿木尔 阿古拉 敖敦 敖其尔 格日勒 格根 哈斯 呼和 呼日勒 浩斯 吉日嘎拉 吉雅 满都拉 孟和 孟克 那顺 那仁"
    " 娜仁 诺敏 其木格 其其格 其乐 萨仁 萨日娜 赛音 桑布 斯琴 苏日娜 苏和 苏布达 索德 塔娜 陶格斯 特木尔 图雅 图门 托娅 乌云 乌兰"
    " 乌日娜 乌力吉 乌恩 高娃 扎布 扎那 照日格图 其格 图娅 巴根 阿拉腾"
    " 扎西 次仁 卓玛 央金 顿珠 格桑 达瓦 尼玛 拉姆 旺堆 多吉 多杰 才让 索朗 平措 桑珠 德吉 曲珍 普布 洛桑 益西 边巴 巴桑 旦增 琼达"
    " 白玛 措姆 仁青 罗布 丹增 次旦 拉巴 嘎玛 贡布 加措 嘉措 才旦 卓嘎 欧珠 群培 旺姆 央宗 泽仁 吉美 拉毛 才措 旦正 更登 东智"
    " 完玛 公保 仁增 央珍 万玛 周加 班玛 索南 东周 当周 久美 晋美 华旦 达哇 桑杰 尕藏 南杰 贡保 措 吉").split()  # (措, 吉 close a name: 扎西措, 才让吉)
_MINORITY_PART = "(?:" + "|".join(sorted(_MINORITY_NAME_PARTS, key=len, reverse=True)) + ")"
_MINORITY_NAME = re.compile(_MINORITY_PART + "{1,3}")
# a Tibetan or Mongol name of one part, padded as the paper pads a Han name of two (久　美): the padding tells it from a word
_PADDED_MINORITY = "(?:" + "|".join(rf"{part[0]}\s{part[1]}" for part in _MINORITY_NAME_PARTS if len(part) == 2) + ")"


_YI_PLACE_ENDS = "市县区州旗镇乡村寺山河湖"  # 阿尔山市, 阿克陶县: a place of four opening as a Yi clan does
_YI_NAME = rf"{_YI_CLAN}[{CJK}][^\s{_YI_PLACE_ENDS}]"
# The name a line signs with, set apart last: two or three characters, padded perhaps (孙 国 强), a Yi name of four or a
# Tibetan or Mongol one of two parts or three (牧民　才让东周)
SIGNING_NAME = rf"(?:[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){{1,2}}|{_YI_NAME}|{_MINORITY_PART}{{2,3}})"


def minority_name(text: str) -> bool:
    """Is the text a Mongol or Tibetan given name of two to six characters, spelled wholly from such names' parts, or a
    Yi name of four opening on its clan, and no word (乌兰 is a name; 格桑花 a flower)?"""
    return (2 <= len(text) <= 6 and _MINORITY_NAME.fullmatch(text) is not None
            or len(text) == 4 and text[:2] in _YI_CLANS and text[-1] not in _YI_PLACE_ENDS) and text not in words()
_NAME_TOKENS_LONGEST = 39  # characters: eight names of four with a space between (asked of whole paragraphs too)


# A company's boards sign its notices on a line of their own under its name: 董事会 is no 董 surnamed person
BOARDS = frozenset({"董事会", "监事会", "董事局", "理事会"})


def is_names_line(text: str) -> bool:
    """A line of personal names only (孙清清, 罗 茜, 王小明 李强): each a common surname and one to
    three characters more, a two-character one perhaps padded to three (罗 茜)."""
    text = text.strip()
    if len(text) > _NAME_TOKENS_LONGEST or not _NAME_TOKENS.match(text) or text in BOARDS:
        return False
    return all(2 <= len(name) <= 4 and (name[0] in SURNAMES or name.startswith(COMPOUND_SURNAMES))
               and (len(name) < 4 or name.startswith(COMPOUND_SURNAMES))
               and (name[0] not in _RARE_SURNAMES
                    or name[:2] not in words() and name[-1] not in _NO_NAME_ENDS and name[-1] not in _PLACE_NAME_ENDS
                    and not (name[0] == "拜" and name[1:] in _PAID_RESPECTS))
               or minority_name(name)
               for name in padded_names(re.split("[ 、]", text)))


def padded_names(tokens: list[str]) -> list[str]:
    """Names from a byline's tokens: the paper pads two-character names to three, so two
    one-character tokens in a row are one name (王 正 → 王正)."""
    names: list[str] = []
    for token in tokens:
        if names and len(names[-1]) == 1 and len(token) >= 2:
            # 林 媛郑一鸣: a line end inside a credit's bracket ran a padded name's second half into the next name
            names[-1] += token[0]
            token = token[1:]
        if len(token) == 1 and names and len(names[-1]) == 1:
            names[-1] += token
        else:
            names.append(token)
    return names


def ends_in_open_name(text: str) -> bool:
    """Does a byline line end on a lone surname, its given name cut to the next line
    (本报通讯员 陈 / 席元)?  Not a padded name (韩 洁), whose two halves stand apart alike."""
    tokens = text.split()
    return len(tokens) >= 2 and len(tokens[-1]) == 1 and len(tokens[-2]) != 1


CJK_CHAR = re.compile(rf"[{CJK}]")
_BARE_ROLE = re.compile(rf"(?:本报|新华社|中新社|本刊)?{_ROLE_QUALIFIER}?(?:摄影记者|记者站?|通讯员|实习生)")  # 驻商丘记者站: a bureau
_POSTED_TO = re.compile(r"驻[\u4e00-\u9fff]{1,3}$")  # 环球时报驻日本特约记者: where the role is posted, no name
_OUTLET_END = "报社网台"  # 法治日报全媒体记者, 人民网记者: the outlet the role belongs to, no name before it
_GLUED_NAMES = re.compile(rf"(?<![{CJK}])[{CJK}]{{5,6}}(?![{CJK}])")
# The most common surnames: where two names were printed with no space between
# them (王其冰顾仲阳), the second starts with one; most common first
_SURNAMES_BY_FREQUENCY = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武赖戴莫孔向汤傅洪"
    "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑阎"
    "景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝鄢"
    "海纳冶拜"  # 回族 surnames, common in 宁夏, 甘肃 and 青海 papers (海　岚, 纳志远, 冶　青, 拜学军)
    "羊"  # 海南's (羊春燕)
    "闻"  # 闻世杰 (闻讯, 闻名: a word it opens too)
    "郁"  # 郁文青 (郁闷, 郁郁葱葱)
    "拓"  # 陕北's (拓　平, 拓海燕; 拓展, 拓宽 are words)
    "刀字"  # 傣族 and 白族 ones in 云南 papers (刀金平, 字春林; 岩温, 玉南 open a 傣 man's and woman's name but open
    # place names and things as well: 岩下泉, 玉峰山, 玉如意)
)
# Surnames that open many common words (海风, 海那边, 纳税, 羊群, 刀具, 冶炼): a name of theirs makes no word with its next character
_RARE_SURNAMES = frozenset("海纳冶拜羊拓刀字闻郁")
# What one pays respects to, 拜 before it a verb (拜早年, 拜社火, 拜门神), no 回族 name
_PAID_RESPECTS = frozenset(("早年", "晚年", "大年", "新年", "社火", "门神", "灶神", "财神", "祖先", "天地", "师傅", "码头", "山头", "菩萨"))
_PLACE_NAME_ENDS = "山河江湖溪泉寨村峰岭洞塘湾沟坡庄寺街路桥"  # 冶溪河, 刀尖山: a place, however like a rare surname's name
SURNAMES = frozenset(_SURNAMES_BY_FREQUENCY)
COMMON_SURNAMES = frozenset(_SURNAMES_BY_FREQUENCY[:60])  # 王 … 沈: a name opening on one is most likely a name


# 企业报, 校报 and 区报 credit a contribution to the unit its writers work in: 国网湖州供电公司 沈佳, 公司办公室 李 明,
# 镇海炼化 朱建华 供稿 (in brackets at a story's foot); the names start with a surname (联合学院 选育优品 is a subhead)
_SURNAMED = "[" + "".join(sorted(SURNAMES - frozenset("拓"))) + "]"  # (拓 opens a phrase after a unit's word: 开新局　拓市场)
# 李明, 李 明, 魏晓航, 孙 国 强, 欧阳建华 (not 陆 燕 摄: what the bearer did, set apart)
# (东方 opens words: 国际金融中心　东方之珠 is a subhead)
_UNIT_NAME = (rf"(?:(?:{'|'.join(s for s in COMPOUND_SURNAMES if s != '东方')})[{CJK}]{{1,2}}"  # 雪峰山养护中心　欧阳建华
              rf"|{_SURNAMED}(?:\s[{CJK}]\s(?![文图摄绘作])[{CJK}]|\s[{CJK}]{{1,2}}|[{CJK}]{{1,2}})|{_YI_NAME}"
              rf"|{_MINORITY_PART}{{2,3}}|{_PADDED_MINORITY})")
# A reader's signature at a letter's foot: 广东深圳市 梁修明, 山西晋城市泽州县周村镇甲村村民, 人民网“领导留言板”网友.
# Not an office (凌源市人民政府): an issuer opens a notice's headline too (中共温岭市委员会 / 关于…的通知).
SIGNATURE = re.compile(
    rf"^[（(]?(?:[{CJK}]{{2,12}}(?:省|市|县|区|州|旗|镇|乡|公社|街道)\s+[{CJK}](?:\s?[{CJK}]){{1,2}}|[{CJK}]{{2,20}}(?:村|社区|小区)(?:(?:村民|居民)(?:\s+[{CJK}](?:\s?[{CJK}]){{1,2}})?|群众\s+{_SURNAMED}(?:\s?[{CJK}]){{1,2}})"
    rf"|[{CJK}]{{2,12}}(?:省|市|县|区|州|旗|镇|乡|街道)\s*读者(?:\s+[{CJK}](?:\s?[{CJK}]){{1,2}})?"  # 辽宁海城市读者 王 明, 北京市西城区 读者 李明华
    rf"|(?:旅居)?(?:{_COUNTRIES})[{CJK}]{{2,6}}\s+[{CJK}](?:\s?[{CJK}]){{1,2}}"  # 印度尼西亚泗水　施振华 (not 德国　大选)
    rf"|[{CJK}]{{2,12}}(?:战士|职工|社员|教师)\s+[{CJK}](?:\s?[{CJK}]){{1,2}}"  # 解放军某部战士 王 刚
    # 太谷县北洸乡农民　赵满仓, …苏木牧民　额尔敦, …嘎查牧民　额尔德木图: a peasant or a herder named by home, a Mongol or
    # Tibetan name as long as five (not 新型职业农民　刘洋: a profile's; nor 桃源村果农　王建国, a feature's section by grower)
    rf"|[{CJK}]{{1,12}}(?:县|乡|镇|村|旗|苏木|嘎查)(?:农民|牧民)\s+(?:[{CJK}](?:\s?[{CJK}]){{1,2}}|{_MINORITY_PART}{{1,3}})"
    rf"|[{CJK}]{{2,20}}(?:街道|镇)(?:村民|居民)\s+[{CJK}](?:\s?[{CJK}]){{1,2}}"  # 东淮区里河街道居民　张德顺
    rf"|(?:——)?[{CJK}0-9]{{2,20}}\s?(?:{_RANKS})\s+[{CJK}](?:\s?[{CJK}·]){{1,9}}"  # 第80集团军某旅四级军士长 周建军
    rf"|[{CJK}“”]{{2,12}}网友"
    rf"|[{CJK}]{{0,6}}(?:行政|宣传|保卫|生产|供应|劳资|财务|计划|技术|后勤)科|[{CJK}]{{0,8}}办公室)[）)]?$"  # 厂行政科 answering a letter
)
# A lawyer signing a column's answer at its foot, the firm after the name: 律师　斯琴高娃（内蒙古正泽律师事务所）
LAWYER_SIGNER = re.compile(rf"^(?:执业|主任)?律师\s+(?P<names>{_NAME})[（(][{CJK}]{{2,24}}律师事务所[）)]$")
# A soldier's piece, by unit and rank (第80集团军某旅四级军士长　周建军), as 兵说 and 士兵心语 sign them
RANK_SIGNER = re.compile(rf"^(?:——)?[{CJK}0-9]{{2,20}}\s?(?:{_RANKS})\s+(?P<names>[{CJK}](?:\s?[{CJK}·]){{1,9}})$")
# A county's library or cultural centre, or its writers' federation, where a local paper's essayist works (墨溪县文化馆　白建华, 县文联　龙　翔)
CULTURAL_HOUSE = "(?:(?:文化|图书|博物|美术|档案|纪念|群众艺术)馆|文化站|文联|作协)"
# An essay signed at its foot by where its writer lives (西湖区　蒋桂芳) or works (墨溪县文化馆　白建华): the writer's
# name after the place (a Mongol or Tibetan name, no surname to open it, is told apart by placed_minority_writer)
PLACE_SIGNER = re.compile(rf"^(?:[{CJK}]{{1,12}}(?:省|市|县|区|州|旗|镇|乡|街道|苏木|嘎查)(?:{CULTURAL_HOUSE}|[{CJK}]{{1,6}}村)?|[市县区州盟]?{CULTURAL_HOUSE})"  # 县图书馆　杨　慧
                          rf"\s+(?P<names>{_UNIT_NAME})$")
_PLACED_MINORITY_WRITER = re.compile(rf"^(?:[{CJK}]{{0,12}}(?:旗|苏木|嘎查|市|县|州|乡|镇|区|{CULTURAL_HOUSE})"
                                     rf"|[{CJK}]{{2,16}}(?:中心|医院|站|局|小学|中学|学校))\s+"  # 旗动物疫病预防控制中心　萨仁高娃
                                     rf"(?P<name>[{CJK}]{{2,6}}|[{CJK}](?:\s[{CJK}]){{1,2}})$")  # 州文化馆　央　珍: padded too


def placed_minority_writer(text: str) -> str | None:
    """The name where the line is a writer's home and a Mongol, Tibetan or Dai name no surname opens (白音诺尔旗　娜仁托娅,
    赛钦县　次仁旺姆, 曼喃镇中心小学　玉香; not 巴彦嘎查　草场绿了, a subhead's two phrases)."""
    found = _PLACED_MINORITY_WRITER.match(text) if text[-1:] != "了" else None
    name = found["name"].replace(" ", "") if found else ""
    return name if minority_name(name) or _dai_name(name) else None


def _dai_name(text: str) -> bool:
    """Is the text a Dai name of two or three, opening on what it calls a man or a woman (岩温, 玉香, 依罕, 咪玉), and
    no word (玉米, 依法)?"""
    return 2 <= len(text) <= 3 and text[0] in "岩玉依咪" and text[:2] not in words() and text not in words()


# A village's name before its 村, 寨 or 屯, perhaps under its township's (郝家沟, 勐坎镇曼囡, 岜蒙乡那绿)
VILLAGE = rf"(?:[{CJK}]{{1,10}}(?:镇|乡))?[{CJK}]{{1,6}}"
# A writer's village alone, perhaps under its township, and his name, signing his essay (郝家沟村　郝建国)
VILLAGE_SIGNER = re.compile(rf"^{VILLAGE}(?:村|寨|屯)\s+(?P<names>{_UNIT_NAME})$")
# A 傣 name opens on what it calls a man or a woman (岩温, 玉叫, 依香), not on a surname: padded to three after the
# writer's village (勐坎镇曼囡村　玉　叫), it signs an essay at its foot
_PADDED_DAI = rf"[岩玉依咪]\s[{CJK}]"  # 玉　叫, 岩　应: a Dai name of two, padded to three
_VILLAGE_DAI_WRITER = re.compile(rf"^{VILLAGE}(?:村|寨)\s+(?P<name>{_PADDED_DAI})$")
PADDED_DAI_NAME = re.compile(rf"^{_PADDED_DAI}$")


def village_dai_writer(text: str) -> str | None:
    found = _VILLAGE_DAI_WRITER.match(text)
    return found["name"].replace(" ", "") if found else None


# A 兵团 regiment, numbered (二六三团), and its company (二六三团七连): where a 垦区 paper's writer lives and works
REGIMENT = "[一二三四五六七八九〇十]{2,4}团(?:[一二三四五六七八九十]{1,3}连)?"
# A signer's line: who he is, then his name set apart, no clause or sentence in it (清溪县石岭镇养殖户　潘玉兰 over the
# day it was signed, 衡川市律师协会消费者权益保护专业委员会　钟晓航 under a case)
SIGNER_AT_END = re.compile(rf"^[^，。；！？\s]{{1,20}}\s+{SIGNING_NAME}$")
# A hospital's department and the doctor who answered a Q&A, under its last answer (儿科　程晓梅)
_CLINICAL_TITLE = "(?:(?:副)?主任(?:中)?医师|主治医师|医师|(?:主管|副主任|主任)?药师|(?:主管)?护师|护士长)"
DEPARTMENT_SIGNER = re.compile(rf"^(?:[{CJK}]{{1,6}}科|药学部)\s+(?:{_CLINICAL_TITLE}\s+)?(?P<names>{_UNIT_NAME})$")  # (心血管内科　主任医师　韩志远)
# The house's head, his office and name alone, signing his column at its foot in the house's own paper (校长　何建国)
HEAD_SIGNER = re.compile(rf"^(?:校长|院长|党委书记|局长|厂长|馆长|所长|站长|总经理|董事长)\s+(?P<names>{_UNIT_NAME})$")
# Where the writer works and his calling, then the name, signing a column's piece at its foot (景宁畲族自治县鹤溪街道村级
# 管水员　雷春生, 江宁市汉江区人民法院民一庭庭长　黎　晴, 长堤街月湖社区党委书记　余　莉, 市第一人民医院骨科护士长　葛　晴,
# 桐川公交集团18路驾驶员　柴永福); the placer takes it for a signature only there
CALLING_SIGNER = re.compile(rf"^(?:(?:[{CJK}0-9]{{0,16}}(?:县|区|镇|乡|街道|社区|村|局|医院|公司|集团|厂|学校|学院|大学|中心|中心站|事务所|研究所|研究院"
                            rf"|支行|分行|直属库|粮库|处)|{REGIMENT})"  # (a bank's branch: 青塘支行客户经理　祝　捷; …防火监督处　副处长　鄢　宁)
                            rf"\s?[{CJK}0-9]{{0,8}}(?:(?<!通讯)员|工|师|法官|庭长|检察官|书记|主任|护士长|护士|医生|总监|专家|会长|志愿者|经理"
                            rf"|(?:股|科|处|站|所)长)"
                            rf"|[{CJK}]{{1,12}}(?:研究会|协会|学会)"  # 省食品安全研究会　何正东: a learned body's member
                            rf"|[{CJK}]{{4,18}}出版社[{CJK}]{{0,8}}编辑室"  # 翰江人民出版社地方文献编辑室　贺　文: an editor's notes
                            rf"|[{CJK}]{{2,18}}委员会"  # …律师协会消费者权益保护专业委员会　钟晓航: a committee's
                            rf"|[{CJK}]{{2,12}}(?:法院|检察院)(?:\s?[{CJK}]{{1,8}}(?:庭|科|室|处|局))?"  # …人民法院民一庭　周雅琴, …人民法院白岩人民法庭　覃　蓉, 县人民法院　拜晓燕
                            rf"|“?[{CJK}0-9]{{2,10}}”?轮(?:船长|轮机长|大副|二副|三副|政委|水手长))"  # “澄航货2011”轮船长　向东海
                            rf"\s+(?P<names>{_UNIT_NAME})$")
# A deputy or an adviser and his work, then his name, signing a piece of advice at its foot (市政协委员、凤岭学院民族学院
# 副教授　罗　敏); over a saying in a box of them, the speaker: asked at a piece's foot only
ADVISER_SIGNER = re.compile(rf"^[{CJK}]{{1,8}}(?:政协委员|人大代表)(?:、[{CJK}]{{2,24}})?\s+(?P<names>{_UNIT_NAME})$")
# A teacher's or a researcher's calling after the school or institute (…中学特级教师, …小学语文教研员)
SCHOLAR_CALLING = rf"(?:[{CJK}]{{0,4}}(?:教授|讲师|研究员|研究馆员|教研员|教师|校长))"
# Where a theory page's writer teaches or researches, before the name under the title
_SCHOLAR = re.compile(rf"^(?:[{CJK}（）()]{{2,20}}(?:党校|大学|学院|研究院|研究所|研究中心|社会科学院|社科院|中学|小学|博物院|博物馆)"
                     rf"{SCHOLAR_CALLING}?|[{CJK}]{{2,10}}系{SCHOLAR_CALLING})"  # (a seniors' college's department: 养生保健系教师)
                     rf"\s+(?P<names>{_UNIT_NAME}|{_DOTTED})$")  # …中学特级教师 黄立群


# A doctor's, a forecaster's or a lawyer's column signed by where he works and his title (凇江市中医院治未病科　主任医师　赵秀兰,
# 湖北省气象台首席预报员　蔡志强, 岳衡市衡达律师事务所律师　曾婉清)
EXPERT_SIGNER = re.compile(rf"^[{CJK}]{{2,16}}(?:医院|卫生院|气象台|气象局|疾控中心|疾病预防控制中心|律师事务所)[{CJK}]{{0,12}}\s?"
                     rf"(?:主任医师|副主任医师|主治医师|主任中医师|副主任中医师|医师|护士长|首席预报员|预报员|高级工程师|工程师"
                     rf"|律师|执业律师|合伙人|主任)"
                     rf"\s+(?P<names>{_UNIT_NAME})$")
# A reader's name and age or home under the title or at the foot of the piece: 钱学勤（81岁）, 王秀兰（翠苑社区居民）
_NOTED_NAME = rf"(?P<names>{_UNIT_NAME}){WRITER_NOTE}$"
NOTED_WRITER = re.compile(rf"^{_NOTED_NAME}")
# …and under his district, as a poem's foot signs it (洪山区　邹定远（78岁）; inside a story, a list's row of people)
# (or under the unit he retired from: 市水利局离休干部　龚振邦（84岁）, a retired cadres' paper's memoir)
_PLACED_NOTED_WRITER = re.compile(rf"^(?:[{CJK}]{{1,10}}(?:区|县|市|镇|乡|街道)"
                                  rf"|[{CJK}]{{1,12}}(?:局|委|厂|公司|学校|医院)(?:离休|退休)(?:干部|职工|教师|工人))\s+{_NOTED_NAME}")


# A reader signing from his district, his calling in brackets: 高新区　李红梅（公司职员）
_PLACED_READER = re.compile(rf"^[{CJK}]{{1,12}}(?:省|市|县|区|镇|乡|街道|社区)\s+{_UNIT_NAME}[（(][{CJK}]{{2,10}}[）)]$")


# A speaker's name and then his work, closing what he said in brackets (…被需要。（罗一鸣　西部计划志愿者）), as a page of
# sayings signs each; the inside of the brackets
# (not a town and then a name: （马岭乡　钟小梅）)
NAME_FIRST_CREDIT = re.compile(rf"^(?P<names>{_UNIT_NAME})(?<![乡镇县区村市])\s+(?![{CJK}0-9]*(?:摄|供图|报道))[{CJK}0-9]{{4,24}}$")


def worker_signer(text: str) -> bool:
    """A worker's unit or calling and name, alone on its line (文成县分公司　赵小川, 苍南县分公司退休职工　黄德明, a bank's:
    桐江农商银行　林　杉)?"""
    return " " in text and (UNIT_CREDIT.match(text) is not None or CALLING_SIGNER.match(text) is not None
                            or regiment_signer(text) is not None or house_credit(text) is not None)


_REGIMENT_SIGNER = re.compile(rf"^{REGIMENT}\s+(?P<name>[{CJK}](?:\s[{CJK}]){{1,2}}|[{CJK}]{{2,3}})$")


def regiment_signer(text: str, signing: bool = False) -> str | None:
    """The name where a regiment or its company and a writer's name sign a piece (二六三团七连　刘　芳; not 二六三团　马上办,
    二六八团　金点子, a subhead's: no word in it); where the line is known to sign, any surname's name (二六五团　王海燕)."""
    found = _REGIMENT_SIGNER.match(text)
    name = found["name"].replace(" ", "") if found else ""
    padded = " " in found["name"] if found else False
    if not name:
        return None
    worded = name[:2] in words() or name[1:] in words()  # (二六八团　金点子: a subhead)
    return name if is_names_line(name) and (padded or signing or not worded) else None


def noted_writer(text: str) -> bool:
    """A name with the writer's age or home in brackets after it, alone on its line (林小禾（湖滨社区居民）)?"""
    return text.endswith(("）", ")")) and NOTED_WRITER.match(text) is not None


_ETHNIC_NOTE = re.compile(r"^(?P<name>.+?)[（(][\u4e00-\u9fff]{1,3}族[）)]$")  # 嘎玛丹增尼玛（藏族）, 盘秀英（瑶族）


def ethnic_poet(text: str) -> bool:
    """Is the line a poet's name and people in brackets (嘎玛丹增尼玛（藏族）), as a 副刊 signs a poem under its title?
    (In a story's list the same line names whom it tells of: asked only where verse is under it.)"""
    noted = _ETHNIC_NOTE.match(text) if text.endswith(("族）", "族)")) else None
    return noted is not None and (is_names_line(noted["name"]) or minority_name(noted["name"]))


def placed_noted_writer(text: str) -> bool:
    """The same under the writer's district (洪山区　邹定远（78岁））?"""
    return text.endswith(("）", ")")) and _PLACED_NOTED_WRITER.match(text) is not None


def placed_reader(text: str) -> bool:
    """A reader's district, name and calling in brackets, alone on its line (高新区　李红梅（公司职员））?"""
    return text.endswith(("）", ")")) and _PLACED_READER.match(text) is not None


_UNIT_OR_DOTTED = rf"(?:{_UNIT_NAME}|{_DOTTED})"  # 王　丽, 阿依古丽·托乎提
UNIT_CREDIT = re.compile(rf"^(?!.*(?:记者|通讯员|实习生|编辑))"  # a newsroom's people are credited by their roles
                         rf"(?:[{CJK}]{{2,16}}?(?:公司|办公室|部|处|科|室|剧团|艺术团|学院|系|中心|局|厂|油田|站|所|队|委|办|集团|矿|库|段|车间|监狱|(?:分|农|牧|林|渔|盐|茶)场|供销社|合作社|大学|党校|中学|小学|中心校|医院|(?:法|检察|仲裁|研究|设计|测绘|勘察|勘测|规划)院"
                         rf"|社区|小区|街道|乡|镇)|[{CJK}]{{0,10}}?(?:工会|团委|妇联)"  # 区报's 白沙社区 吴 倩, a company's 工会 何丽娟
                         rf"|[{CJK}0-9]{{2,20}}?(?:实体店|门店|营业厅)"  # a shop's keeper: 湖滨区荔园路35020617号体彩实体店　郑晓燕
                         rf"|[{CJK}]{{2,10}}班"  # a school's class: 短视频制作班　吴桂芳, 诗词一班　赵德明 (a seniors' university)
                         rf"|[{CJK}]{{4,14}}?学校"  # 瓯宁市实验学校, not 乡村学校　高颜值: a headline's two phrases
                         rf"|[{CJK}]{{2,12}}(?=.*供稿$))(?:\s+[{CJK}\d]{{2,10}}班|\s+[{CJK}]{{2,16}}专业)?"  # 外国语学院 英语2202班 顾 念: a student's class (or major: …学院　机械设计制造及其自动化专业　秦　朗)
                         rf"\s+(?P<names>{_UNIT_OR_DOTTED}(?:\s+{_UNIT_OR_DOTTED}){{0,5}})(?:\s*供稿)?$")


# A bank's, a press's, a bookshop's or a paper's office and a person's name in it (溧川农商银行石桥支行　许文慧,
# 湄江人民出版社　符晓岚): a common surname's, or no word (not a headline's two phrases: 人民银行　严监管, 邮储银行　助春耕)
HOUSE_UNITS = "银行|支行|分行|信用社|出版社|杂志社|报社|书店|海关|办税服务厅"  # a bank's, a press's, a bookshop's, a paper's, a customs
# office, a tax office's service hall
_HOUSE_CREDIT = re.compile(rf"^[{CJK}]{{2,16}}(?P<unit>{HOUSE_UNITS})\s+"
                           rf"(?P<name>[{CJK}](?:\s?[{CJK}]){{1,2}})$")


def house_credit(text: str, signing: bool = False) -> str | None:
    """The person's name in a bank's, a press's, a bookshop's or a paper's credit, or None.  Where the line is known to
    sign a piece, any surname's name will do (白塔信用社　陶永昌: 永昌 is a place too)."""
    match = _HOUSE_CREDIT.match(text)
    name = re.sub(r"\s", "", match["name"]) if match else ""
    worded = name in words() or name[:2] in words() or name[1:] in words()
    if match and match["unit"] == "海关" and " " not in match["name"]:
        return name if is_names_line(name) and not worded else None  # (澄湾海关　高标准, 拱北海关　暖心: a headline's)
    return name if name and (name[0] in COMMON_SURNAMES or not worded or signing and is_names_line(name)) else None


def role_alone(text: str) -> bool:
    """Is the line a role and no name (本报记者, 特约通讯员): a stand-alone byline whose names follow on lines of their own?"""
    return _BARE_ROLE.fullmatch(text.strip()) is not None


def spaced_roles(text: str) -> str:
    """A byline set apart where its printing ran names and roles together: a space before each
    role that follows a name and after each role a name follows (本报记者姜泓冰本报通讯员曹玲娟,
    记者杨智翔实习生段敏夫), and between two names of five or six characters together where both
    start with a surname (王其冰顾仲阳)."""
    pieces, last = [], 0
    for match in _BARE_ROLE.finditer(text):
        start, end = match.span()
        if (start > last and CJK_CHAR.match(text[start - 1]) and text[start - 1] not in _OUTLET_END
                and not _POSTED_TO.search(text, last, start)):
            pieces.append(text[last:start] + " ")
            last = start
        if end < len(text) and CJK_CHAR.match(text[end]):
            pieces.append(text[last:end] + " ")
            last = end
    return _GLUED_NAMES.sub(_two_names, "".join(pieces) + text[last:])


_PLACE_ENDS = ("小区", "社区", "街道", "村", "镇", "乡")


def _two_names(match: re.Match) -> str:
    """Two names glued (王其冰顾仲阳, 韦晓宁陈南): cut where the second starts with a surname, the more common one where
    five characters may be cut either way (韦晓宁 陈南, not 韦晓 宁陈南)."""
    run = match.group(0)
    if run.endswith(_PLACE_ENDS):
        return run  # 桂花苑小区 陈家和: a signer's place, though it opens on two surnames
    cuts = [cut for cut in ((3, 2) if len(run) == 6 else (2, 3))
            if run[0] in SURNAMES and run[cut] in SURNAMES and 2 <= len(run) - cut <= 3]
    if not cuts:
        return run
    cut = cuts[0] if len(run) == 6 else min(cuts, key=lambda at: _SURNAMES_BY_FREQUENCY.index(run[at]))
    return run[:cut] + " " + run[cut:]


def join_cut(left: str, right: str) -> str:
    """Text cut by a line end, joined again: Chinese needs nothing between the
    pieces, but Latin words cut at a line end were separated by a space in print.

    A number is never two (2 / 026年, 34 / 2.8万台, G / 104), nor is a run of
    capitals too short to be two words (AP / EC, CP / I).
    """
    if not (left[-1:].isascii() and left[-1:].isalnum() and right[:1].isascii() and right[:1].isalnum()):
        return left + right  # most cuts: Chinese on either side
    before, after = _LATIN_END.search(left), _LATIN_START.match(right)
    word = before.group(0) + after.group(0)
    if not (word.isalpha() and word.isascii()) or word.isupper() and len(word) <= _LONGEST_ACRONYM:
        return left + right
    return left + " " + right


_LATIN_END = re.compile(r"[A-Za-z0-9]+$")
_LATIN_START = re.compile(r"^[A-Za-z0-9]+")
_LONGEST_ACRONYM = 6  # letters: APEC, ASEAN, UNESCO; a longer run of capitals may be two


def unbalanced(text: str) -> bool:
    """An opening quote or bracket still open at the end: the sentence goes on."""
    return left_open(text, "“", "”") or left_open(text, "（", "）") or left_open(text, "《", "》")


def left_open(text: str, opener: str, closer: str) -> bool:
    """Does `text` open more `opener` marks than it closes?

    The opener is looked for before the marks are counted: most texts asked hold none, and
    one search is cheaper than two counts."""
    return opener in text and text.count(opener) > text.count(closer)


def ends_sentence(text: str) -> bool:
    """Does the line end where a sentence ends (closing quotes and brackets looked through)?"""
    last = text[-1:]  # sliced once: this is asked several times of every line
    if last not in _CLOSER_SET:
        return last in _SENTENCE_END_SET  # most lines: no closing mark to look through
    stripped = text.rstrip(CLOSERS)
    return bool(stripped) and stripped[-1] in SENTENCE_END


def ends_on_credit(text: str) -> bool:
    """Does a paragraph end on a credit that closes its story (…。（记者吴雨））?"""
    return closing_credit(text) is not None


# …现场达成就业意向500余人。（郑一鸣）: a brief signed by its writer's name alone, or after the writer's place
# (…完成签字。（桂花苑社区　陆 佳）), closed
SIGNED_BRIEF = re.compile(r"[。！？”][（(](?:[\u4e00-\u9fff]{1,4}(?:[ 　、][\u4e00-\u9fff]{1,4}){0,3}"
                          r"|[\u4e00-\u9fff]{5,6}[ 　][\u4e00-\u9fff](?: ?[\u4e00-\u9fff]){1,2}"
                          # an office's own brief, signed by it: （桃林县审计局）, （南湖街道妇联）, （市场营销部）
                          r"|(?!据)[\u4e00-\u9fff]{3,10}(?:局|妇联|工会|团委|支行|分行|分局|公司|车间|部|中心|所|站|队))[）)]$")


def _names_its_people(credit: str) -> bool:
    """Does a bracketed line at a story's foot credit its people: roles and names (本报记者 李俊杰整理),
    names alone (赵岩 刘明 杨帆), or who wrote and shot it (杨帆 文/图)?  (Names and what they did without a
    role, 曹雅芳整理, 陈璐瑶参与采写, close a part of a special page, not a story.)"""
    return (is_byline_line(credit) or is_byline_line(DONE_BY.sub("", credit)) or is_names_line(credit)
            or credits_writers(credit))


def closing_credit(text: str) -> re.Match | None:
    """The credit closing a story's last paragraph (…。（记者吴雨）), or set as a paragraph of its
    own; its `credit` group holds the reporters' part where it names their roles."""
    if not text.endswith(("）", ")")):
        return None
    sourced = _SOURCE_CREDIT.search(text[-_CLOSING_CREDIT_SPAN:])
    if sourced:
        return sourced
    alone = _CREDIT_ALONE.match(text)
    if alone:
        return alone if _names_its_people(alone["credit"]) else None
    return _CLOSING_CREDIT.search(text[-_CLOSING_CREDIT_SPAN:])


def compiled_by(text: str) -> bool:
    """Is the line in brackets the names of who compiled the lines above, no role said (（周红梅　整理））?"""
    alone = _CREDIT_ALONE.match(text)
    return (alone is not None and DONE_BY.search(alone["credit"]) is not None
            and is_names_line(DONE_BY.sub("", alone["credit"])))


SPACED_ROWS = 2  # lines with items set apart by spaces: rows (周一 多云, 安全第一 预防为主), no poem's verses


def bare_name(text: str) -> bool:
    """Is the line a name of three characters, unmarked and unpadded, whose first two make no word and which ends on no
    place word or particle nor a describing word's doubled character (徐晓梅, 王婷婷, not 高粱红, 麦场上, 白茫茫)?"""
    return (len(text) == 3 and text[-1] not in _NO_NAME_ENDS and not (text[1] == text[2] and text[2] in _DOUBLED_DESCRIBING)
            and is_names_line(text) and text[:2] not in words())
