"""Who wrote or photographed a story: names by role, from credits and datelines."""

from __future__ import annotations

import re

from banmian.model import Byline
from banmian.rebuild.patterns import (
    ADVISER_SIGNER, AUTHOR_MARKS, CALLING_SIGNER, CITY_SIGNER, COLUMNIST_CALLING, DATELINE, DATELINE_CREDIT, DEPARTMENT_SIGNER, DONE_BY, FOLK_SONG_CREDIT, FOLK_SONG_ROLE, EDITOR_AFTER_WRITERS, EXPERT_SIGNER,
    FOOT_SOURCE, FOREIGN_AGENCY, GROUP_CREDIT, MEDIA_CENTRE, PICTURE_SOURCE, PLACE_SIGNER, PUPIL_LINE, RANK_SIGNER,
    ROLE_PREFIX,
    HOUSE_UNITS, LAWYER_SIGNER, lyricist, REPORTING_GROUP, house_credit, is_names_line, REPRINT_NOTE, RUN_IN_DATELINE_CREDIT, SCHOLAR_CALLING, SPEAKER_LINE, TEACHER_LINE, TELLER, UNIT_CREDIT, UNIT_PHOTOGRAPHER, WRITER_LABEL,
    VILLAGE_SIGNER, WRITER_NOTE, placed_minority_writer, padded_names, regiment_signer, village_dai_writer, spaced_roles, without_calling, writer_and_teacher,
)

# Longest first, so 特约通讯员 wins over 通讯员 and 摄影记者 over 记者.
_ROLES = (
    ("特约通讯员", "correspondents"),
    ("摄影记者", "photographers"),
    ("实习记者", "reporters"),
    ("实习生", "interns"),
    ("通讯员", "correspondents"),
    ("记者站", "reporters"),  # 驻商丘记者站 韩 冰: a paper's bureau, its staff the paper's reporters
    ("分社", "reporters"),  # 本报墨西哥分社 埃内斯托·多明戈斯摄: a bureau abroad, its local staff
    ("记者", "reporters"),
    ("县委报道组", "correspondents"),  # a county's own reporting team (浙江, 江苏 papers)
    ("市委报道组", "correspondents"),
    ("区委报道组", "correspondents"),
    ("报道组", "reporters"),  # 本报全国两会报道组: the paper's own team at a great meeting
    ("特派员", "reporters"),  # 本报驻北京特派员 韩咏红: an overseas paper's correspondent posted abroad
    ("摄影", "photographers"),
    ("撰稿", "reporters"),  # 南方周末特约撰稿 陈耕: a weekly's contributing writer
    ("评论员", "reporters"),
    ("编译", "reporters"),  # Taiwan's international pages: 编译李自明／综合外电报导
    ("摘编", "reporters"),  # 摘编/王 芳: who abridged a digest's item
)
ROLE_WORD = re.compile("|".join(word for word, _ in _ROLES))
_ROLE_SPLIT = re.compile("(" + ROLE_WORD.pattern + ")")
_ROLE_OF = dict(_ROLES)
_CALLING = re.compile(rf"^{COLUMNIST_CALLING}")
_ORG_PREFIX = re.compile(r"(?:^|[、，,\s])?(?:[\u4e00-\u9fff]{1,6}[·・—－/-])?[\u4e00-\u9fff]{0,10}(?:本报|新华社|中新社|日报|晚报|本刊|首席|特约|特派|见习|媒体|融媒|驻[\u4e00-\u9fff]{1,3}|村级|报道|报|网|社|台|站|中心|新闻|壹点|视频|周末|周刊|在线|财新|\+)$"
                         rf"|^{ROLE_PREFIX}$"  # 小时新闻记者, 北京日报客户端｜记者, 学生记者: a paper's news app, short name, or a qualifier
                         r"|^本报[\u4e00-\u9fff]{1,8}$")  # 本报墨西哥 / 分社: where its bureau is
_CREDIT_LEAD = re.compile(rf"^(?:{GROUP_CREDIT}|图/|文/|作者\s*[:：\s]|(?:报道|采写)\s*[:：｜|]\s*|【[\u4e00-\u9fff]{{2,8}}讯】\s*"
                          rf"|{MEDIA_CENTRE}\s*)")
_TRAILING_CREDIT = re.compile(r"\s*[/／]?\s*(?:摄(?:影)?(?:报道)?|(?<=[\s/／])(?:制图|绘|作|漫画)|(?<=[\u4e00-\u9fff]{2}[\s/／])书)\s*(?:[（(][^）)]*[）)])?$")
_TELLER = re.compile(TELLER)
_MAKERS_LEAD = re.compile(r"^作者\s*[:：]\s*")
_WRITTEN_DOWN = re.compile(r"^整理\s*[/／:：]?\s*")
_TOLD_TO = re.compile(r"^口述\s*[/／:：]?\s*(?P<teller>.+?)\s+整理\s*[/／:：]?\s*(?P<writers>.+)$")  # 口述/吴瑞龙 整理/本报记者 靳 博
_COMPILED_THEN_DRAWN = re.compile(r"^(?P<writers>.+?)\s*整理\s+(?P<pictures>.+?制图)$")  # 本报记者 顾 阳 整理　杨 光 制图
_PICTURE_DESK = re.compile(r"(?<=摄)\s*[/／]\s*\S{2,6}$")  # 孙凡越摄/光明图片: who supplied the picture, after its taker
_REPRINT_SOURCE = re.compile(rf"(?<=\S)\s*{REPRINT_NOTE}$")
_WRITERS_NOTE = re.compile(rf"\s*{WRITER_NOTE}$")
_SITE_BEFORE = re.compile(r"^[\u4e00-\u9fff]{1,4}网\s+(?=\S)")
_SEPARATORS = re.compile(r"[、，,/／｜|\s]+")
# The writers' part holds a role, so a name that ends in 文 (记者 李文 摄) is not split; nor is a
# credit whose 摄 stands apart and so covers every name (记者 周文 通讯员 王五 摄).
_WRITTEN_BY = re.compile(r"^(?P<writers>[^文]*(?:记者|通讯员)[^文]*[\u4e00-\u9fff])文\s*(?P<pictures>\S{2,}.*\S(?:摄|供图).*)$")
# A two-character name padded to three, then 文 (text by): 徐 之文 is 徐之; an unpadded three-character name has no space
_PADDED_WRITER = re.compile(r"^(?P<first>[\u4e00-\u9fff])\s+(?P<second>[\u4e00-\u9fff])文$")
# A picture or text supplied, copied or sourced names no one of the paper: 受访者供图, 国际合作部供稿, 摘自《参考消息》, 据新华社
_SUPPLIED = re.compile(r"(?:供图|(?<=[\u4e00-\u9fff]{2})提供)\s*(?:[（(][^）)]*[）)])?$|^(?:本报)?(?:资料图片|资料图|网络图片|资料照片)$|(?:传真照片|社稿)$|^摘自|^据\S{2,10}$|^[\u4e00-\u9fff]{2,16}供稿$")
_AGENCY_PHOTO = re.compile(r"^(?:新华社|中新社)发\s*[（(](?P<names>[^）)]+?)\s*摄[）)]$")  # 新华社发（王鹏 摄）
# Feature pages' credits: 文·图/王小明, 图文/王小明, 王小明 文/摄; 文/王小明 图/李华, 文 王小明 图 李华
_TEXT_AND_PICTURES = re.compile(r"^(?:文\s*[·・/]\s*图|图文|文\s*[/／]\s*摄)\s*[/／:：]?\s*(?P<names>.+)$")
_TEXT_AND_PICTURES_AFTER = re.compile(r"^(?P<names>.+?)\s*文\s*[/／·・]\s*(?:图|摄)$")
_TEXT_THEN_PICTURES = re.compile(rf"^{WRITER_LABEL}\s*[/／:：｜|]?\s*(?P<writers>.+?)\s+(?:图片|图|摄影|摄)\s*[/／:：｜|]?\s*(?P<pictures>\S.*)$"
                                 r"|^(?P<named>[^文]+?)\s*(?:\s|[/／])文\s+(?P<shot>\S.*?)\s*[/／]?\s*(?:图|摄)$")  # 王小明 文 李华 图, 林晓岚/文 周学军/摄
_PHOTO_LEAD = re.compile(r"^(?:本版|本组)?(?:图|摄影|图片|漫画|插画|插图|绘图|图表|图表制作|设计)\s*[/／:：]\s*")  # 图/周学军, 漫画/高 岳
_BRACKETED = re.compile(r"^[（(](?P<inside>[^（）()]+)[）)]$")
# 通讯员 刘 阳（信息科学技术学院）: where the writer works (not a photo's source: 陈 海摄（人民视觉）)
_UNIT_AFTER = re.compile(r"(?<![摄图])\s*[（(][\u4e00-\u9fff]{2,16}[）)]$")
_BRACKETED_LEAD = re.compile(r"^[〔【](?P<credit>(?:本报|特派)?记者[^〔〕【】／/]{1,20})[／/]"
                             r"(?P<dateline>[\u4e00-\u9fff]{1,8}(?:报导|报道|电))[〕】]")
# 记者罗艾桦，通讯员廖靖文报道：, 通讯员方林 记者陈立报道：; a lead of its own in back issues (本报记者陈立报道：…);
# 解放军报's 特约记者李兵峰、通讯员王志勇报道：
_REPORTED_BY = re.compile(r"^\s*(?P<credit>(?:本报|新华社)?(?:特约)?(?:记者|通讯员)[\u4e00-\u9fff、，,\s]{2,30}?)(?:报道|报导)[：:]")
_SHOT_GLUED = re.compile(r"(?<=[\u4e00-\u9fff])摄影$")
# …（记者 王小明 北京报道）, （记者 王小明 发自北京）: where the reporter filed from, not a name;
# 新华社发 王 伟摄, 人民图片 李四摄: the agency that sent the picture
# A contributor's unit before the name (通讯员 城东街道 王芳): where the name works, not a name; nor the meeting
# a paper's team reports (本报全国两会 特派记者 张琳), nor a round-up compiled from others' reports (赵婧 综合整理)
_UNIT = (r"[\u4e00-\u9fff]{2,10}(?:街道|社区|公司|集团|中学|小学|学校|医院|法院|检察院|派出所|大队|支队|管委会|党校|大学|学院|"
         rf"{HOUSE_UNITS}"
         rf"|研究院|研究中心|博物院|博物馆){SCHOLAR_CALLING}?|[\u4e00-\u9fff]{{3,10}}[局委办镇乡所]")
_NOT_NAME = re.compile(rf"^(?:{_UNIT}|(?:本报)?综合(?:整理|编译|报道)?|[\u4e00-\u9fff]{{0,12}}退休(?:职工|教师|干部|工人)|[\u4e00-\u9fff]{{0,6}}(?:两会|党代会|进博会|编辑部|评论部)|[\w.-]+@[\w.-]+|文|图|读者|市民|网友|拍客|共享联盟[·・][\u4e00-\u9fff]{{1,6}}站|本报|新华社|中新社|新华社发|中新社发|{FOREIGN_AGENCY}发?|[\u4e00-\u9fff]{{2,4}}图片|人民视觉|视觉中国|报道|摄|等|(?:发自)?[\u4e00-\u9fff]{{1,8}}报[道导]|发自[\u4e00-\u9fff]{{1,6}})$")


def names(text: str) -> list[str]:
    """Names from a run such as `王 正 李 四` or `张璐玮、陈丹琦`; padding spaces removed."""
    kept: list[str] = []
    for token in (t.strip(AUTHOR_MARKS + ":：") for t in _SEPARATORS.split(text)):
        if token in ("文", "图") and _lone_character(kept):
            kept[-1] += token  # 记者 柳 文: a padded name ending on 文, no deed after a name of one character
        elif token and not _NOT_NAME.match(token):
            kept.append(token)
    return padded_names(kept)


def _lone_character(kept: list[str]) -> bool:
    """Is the last token one character that no other pads out (柳, not 王 正's 正)?"""
    return bool(kept) and len(kept[-1]) == 1 and (len(kept) == 1 or len(kept[-2]) != 1)


def _spaced_names_closed(text: str) -> str:
    """杨 文 明, 欧 阳 洁: a three-character name justified to its slot, each character apart, closed up.  Not
    王 正 文 (a padded name and what its bearer did), nor a run of four or five (王 芳 李 明: two padded names)."""
    tokens = _SPACE.split(text)
    singles = [len(token) == 1 and "\u4e00" <= token <= "\u9fff" for token in tokens]
    if sum(singles) < 3:
        return text  # most credits: one look rules them out
    out, start, closed = [], 0, False
    while start < len(tokens):
        end = start
        while end < len(tokens) and singles[end]:
            end += 1
        run = tokens[start:end]
        if len(run) == 3 and run[-1] not in _DEEDS or len(run) == 4 and run[-1] in _DEEDS and run[-2] not in _DEEDS:
            out += ["".join(run[:3])] + run[3:]
            closed = True
        else:
            out += run
        out += tokens[end:end + 1]
        start = end + 1
    return " ".join(out) if closed else text


_SPACE = re.compile(r"[ 　]+")
_VIDEO = re.compile(r"(?:(?<=\s)|^)(?:视频|摄像)\s*[/／:：]?\s*(?=\S)")
_DEEDS = frozenset("文图摄绘作")  # what a credit's bearer did, set apart after the name (王 正 文, 王 正 摄)

_UNIT_LEAST = 4  # characters of a unit's name, at least: a token this long after a credit opens the next unit's


def _unit_credits(text: str) -> list[str]:
    """The names of several units' credits run on one byline, each unit before its writers (瓯宁市第一人民医院 张 伟
    瓯宁市疾病预防控制中心 李 娜); none where the text is no such credits."""
    tokens, people, start = text.split(), [], 0
    for end in range(1, len(tokens) + 1):
        credit = UNIT_CREDIT.match(" ".join(tokens[start:end]))
        if credit and (end == len(tokens) or len(tokens[end]) >= _UNIT_LEAST):
            people += names(credit["names"])
            start = end
    return people if tokens and start == len(tokens) else []


def parse_credit(text: str, default_role: str = "reporters", in_brackets: bool = False) -> Byline:
    """Names by role from a credit such as `记者张璐玮 通讯员陈丹琦` or `记者 周学军 摄`; `in_brackets`: the
    credit was printed in brackets, as a story's foot credit is (its brackets taken off).

    A photo story credits its text and its picture apart (本报记者 李君强文
    新华社记者 陈晔华摄, 文/王小明 图/李华), or together (文·图/王小明, 王小明 文/摄); a picture
    supplied (受访者供图) names no photographer.
    """
    in_brackets = in_brackets or _BRACKETED.match(text) is not None
    both = writer_and_teacher(text)
    if both:  # 小记者　王一诺（…三年级）指导老师　周　芳: each part read as its own line would be
        byline = parse_credit(both[0], default_role, in_brackets)
        merge(byline, parse_credit(both[1]))
        return byline
    speaker = SPEAKER_LINE.match(text) or LAWYER_SIGNER.match(text)
    if speaker:
        return Byline(reporters=names(speaker["names"]))  # a speech's speaker is its author, a lawyer's answer the lawyer's
    if _TELLER.fullmatch(text):
        return Byline()  # 口述：林秀梅（…）: who told it is no writer of the paper's
    words_by = lyricist(text)
    if words_by:
        return Byline(reporters=[words_by])  # 庄文山　词: the song's words' writer
    if FOLK_SONG_CREDIT.match(text):  # 演唱：蓝秀英（鹤垟乡）: the singer, her home no name
        return Byline(reporters=[name for role in FOLK_SONG_ROLE.finditer(text) for name in names(role["names"])])
    text = _WRITTEN_DOWN.sub("", text)  # 整理：本报记者 孟 瑶: who wrote it down, the writer
    text = EDITOR_AFTER_WRITERS.sub("", _UNIT_AFTER.sub("", _BRACKETED.sub(r"\g<inside>", text)))  # （记者王小明摄）; its editors are no writers
    if PICTURE_SOURCE.match(text) or FOOT_SOURCE.match(text):
        return Byline()  # 图/视频截图, 据新华社: where it came from, before 视频 is read as a camera's credit
    text = _spaced_names_closed(without_calling(text, text).lstrip(AUTHOR_MARKS + " 　"))  # □文/图 记者 欧 阳 洁
    text = _CALLING.sub("", text)  # 南埠证券投资顾问 邱雨桐: the columnist's calling names no one
    text = _SITE_BEFORE.sub("", text)  # 海外网 苏晓冉 摄: the site the photographer works for names no one
    text = _REPRINT_SOURCE.sub("", text)  # 图/郭 栋（摘自《讽刺与幽默》）: where a cartoon was taken from names no one
    text = _WRITERS_NOTE.sub("", text)  # 钱学勤（81岁）, 王秀兰（翠苑社区居民）: the writer's age or home is no name
    text = _VIDEO.sub(" 摄影 ", text) if "视频" in text or "摄像" in text else text  # 记者 赵鑫 视频/钱浩: pictures that move
    text = spaced_roles(_SHOT_GLUED.sub(r" \g<0>", DONE_BY.sub("", _PICTURE_DESK.sub("", text))))  # 记者李自明摄影: no two names
    both = _TEXT_AND_PICTURES.match(text) or _TEXT_AND_PICTURES_AFTER.match(text)
    if both:  # each in their role (本报记者 吴凡 通讯员 陈静 文/图), all of them photographers
        byline = parse_credit(both["names"])
        merge(byline, Byline(photographers=byline.people()))
        return byline
    told = _TOLD_TO.match(text)
    if told:
        return parse_credit(told["writers"])  # who told it is no writer of the paper's
    drawn = _COMPILED_THEN_DRAWN.match(text)
    if drawn:
        byline = parse_credit(drawn["writers"])
        merge(byline, parse_credit(drawn["pictures"]))
        return byline
    apart = _TEXT_THEN_PICTURES.match(text)
    if apart:
        byline = parse_credit(apart["writers"] or apart["named"])
        merge(byline, Byline(photographers=parse_credit(apart["pictures"] or apart["shot"]).people()))
        return byline
    padded = _PADDED_WRITER.match(text.strip())
    if padded:
        return Byline(reporters=[padded["first"] + padded["second"]])
    written = _WRITTEN_BY.match(text)
    if written:
        byline = parse_credit(written["writers"])
        merge(byline, parse_credit(written["pictures"]))
        return byline
    if _SUPPLIED.search(text):
        return Byline()
    pupil, teacher = PUPIL_LINE.match(text), TEACHER_LINE.match(text)
    if pupil or teacher:  # the pupil wrote the essay; the teacher who guided it is credited beside
        return Byline(reporters=names(pupil["names"])) if pupil else Byline(correspondents=names(teacher["names"]))
    shot_by_unit = (UNIT_CREDIT.match(text[:-1].rstrip()) or UNIT_PHOTOGRAPHER.match(text)
                    if text[-2:-1].isspace() and text[-1] == "摄" else None)
    if shot_by_unit:
        return Byline(photographers=names(shot_by_unit["names"]))  # 能源动力厂　韩　冰　摄: the unit names no one
    unit = UNIT_CREDIT.match(text) or UNIT_CREDIT.match(_MAKERS_LEAD.sub("", text))  # 作者：炼钢厂　柴德明
    house = house_credit(text, signing=True) or regiment_signer(text, signing=True)  # (二六三团七连　刘　芳: a regiment's writer)
    units = names(unit["names"]) if unit else [house] if house else _unit_credits(text)
    if units:
        # （国网湖州供电公司 沈佳） at a story's foot: a contributor, not the paper's; a line of its own
        # signing an essay (机加工车间 赵 明), or two (…医院 张 伟 / …疾病预防控制中心 李 娜): its writers; under an
        # artwork (作者：炼钢厂　柴德明) its maker, in the role the caller gives
        role = "correspondents" if in_brackets else default_role
        return Byline(**{role: units})
    if REPORTING_GROUP.match(text):
        return Byline(correspondents=[text])  # 县革委会报道组: the group is the credit
    city = CITY_SIGNER.match(text)
    if city and city["place"] not in _ROLE_OF and not is_names_line(city["place"]) and is_names_line(city["name"]):
        return Byline(**{default_role: names(city["name"])})  # 淮阳　郁文青: the writer's city, bare, names no one
    signer = (PLACE_SIGNER.match(text) or VILLAGE_SIGNER.match(text) or RANK_SIGNER.match(text) or CALLING_SIGNER.match(text)
              or EXPERT_SIGNER.match(text)
              or DEPARTMENT_SIGNER.match(text) or ADVISER_SIGNER.match(text))
    if signer:
        return Byline(reporters=names(signer["names"]))
    minority_writer = placed_minority_writer(text) or village_dai_writer(text)
    if minority_writer:
        return Byline(reporters=[minority_writer])  # 白音诺尔旗　娜仁托娅, 赛钦县　次仁旺姆
    agency = _AGENCY_PHOTO.match(text)
    if agency:
        return Byline(photographers=names(agency["names"]))
    lead = _PHOTO_LEAD.match(text)
    if lead:
        return Byline(photographers=parse_credit(text[lead.end():]).people())  # 图：本报记者 王小明
    is_photo = _TRAILING_CREDIT.search(text) is not None
    body = _CREDIT_LEAD.sub("", _TRAILING_CREDIT.sub("", text) if is_photo else text)
    byline = Byline()
    role = "photographers" if is_photo else default_role
    pieces = _ROLE_SPLIT.split(body)
    for piece, following in zip(pieces, [*pieces[1:], ""]):
        if piece in _ROLE_OF:
            role = "photographers" if is_photo else _ROLE_OF[piece]
            continue
        if following == "记者站":
            continue  # 白沙记者站 马　骁: where the bureau is, no one's name
        piece = _ORG_PREFIX.sub("", piece.strip())
        getattr(byline, role).extend(names(piece))
    return byline


def parse_byline(text: str) -> Byline:
    """Names by role from a story's byline line: as `parse_credit`, but a photo report's reporters
    (记者 张 烁 摄影报道 under a headline) wrote the story as well as shooting it."""
    byline = parse_credit(text)
    if text.endswith("摄影报道"):
        merge(byline, Byline(reporters=byline.photographers))
    return byline


def merge(into: Byline, other: Byline) -> None:
    for role in ("reporters", "correspondents", "photographers", "interns"):
        for name in getattr(other, role):
            if name not in getattr(into, role):
                getattr(into, role).append(name)


def split_dateline(paragraph: str) -> tuple[str | None, str | None]:
    """(dateline, credit inside the parentheses after it) from a lead paragraph; Taiwan's papers
    lead on 〔记者王小明／台北报导〕, Hong Kong's on 【大公报讯】记者王小明报道：."""
    bracketed = _BRACKETED_LEAD.match(paragraph)
    if bracketed:
        return bracketed["dateline"], bracketed["credit"]
    match = DATELINE.match(paragraph)
    if not match:
        credit = _REPORTED_BY.match(paragraph)
        return None, credit["credit"] if credit else None
    if match.group(0).startswith("【") and "记者" in match.group(0):
        return None, match.group(0)[1:-1]  # 【环球时报驻日本特约记者 张 杰】: reporters, no place nor date
    rest = paragraph[match.end():]
    credit = DATELINE_CREDIT.match(rest) or _REPORTED_BY.match(rest) or RUN_IN_DATELINE_CREDIT.match(rest)
    if match.group(0).endswith("消息") and credit and not ROLE_WORD.search(credit["credit"]):
        return match.group(0), None  # 央视网消息（新闻联播）: a programme, not a credit
    return match.group(0), credit["credit"] if credit else None
