"""Small raw pages for the archive tests, and rebuilt pages with hand-made enrichment."""

from banmian.model import Article, BBox, DateMention, EntityMention, Page, Quantity, Region

# Page 1 has two stories that jump to page 2; page 2 prints their
# continuations in the other order, without headlines, so only their text
# tells which is which.
PAGE1 = """温岭日报 2024年1月23日 星期二 第1版

优化营商环境 人大在行动

本报讯（记者苏嘉堉 通讯员陈丹琦）1月22日，市人大常委会召开优化营商环境专题询问会，11名委员围绕审批“中梗阻”提出询问。
会上，有关部门负责人逐一应询，承诺限期整改审批流程中的堵点。
（下转第二版）

温岭新年第一场雪

本报讯（记者赵云）受强冷空气影响，1月22日，温岭市迎来今年第一场雪。市公路与运输管理中心连夜抛撒融雪剂，保障道路畅通。

数控机床产业集群建设提速

本报讯（记者张璐玮）浙江省高档数控机床技术创新中心落地温岭一年来，已引进研发团队12个，攻关核心部件8项，机床产业
（下转第二版）
"""

PAGE2 = """温岭日报 2024年1月23日 星期二 第2版

（上接第一版）
链条不断拉长，数控机床技术创新中心与温岭机床装备产业深度融合，市政协主席江金永作总结讲话。

（上接第一版）
会后，市人大常委会将跟踪审批流程整改，询问会上提出的营商环境问题逐项销号。

石塘镇开展渔船安全检查

本报讯（记者林媛）近日，石塘镇组织执法人员对辖区渔船开展安全检查，排查隐患23处。
"""

# A page with no header: its paper, date and page can only come from its path.
PAGE_PLAIN = """城南镇新建污水管网

本报讯（记者王敏）城南镇今年新建污水管网12公里，惠及群众两万余人。
"""


def issue(day: int) -> tuple[str, str]:
    """Pages 1 and 2 of the issue `day` days after 2024-01-01: the fixture pages, re-dated."""
    import datetime as dt

    date = dt.date(2024, 1, 1) + dt.timedelta(days=day)
    printed = f"{date.year}年{date.month}月{date.day}日"
    return (PAGE1.replace("2024年1月23日", printed), PAGE2.replace("2024年1月23日", printed))


def write_issues(folder, days: int) -> list[str]:
    """Write `days` issues as folder/wenling/DATE/0N.txt; return the page files."""
    files = []
    for day in range(days):
        for number, text in enumerate(issue(day), 1):
            path = folder / "wenling" / f"day{day:04d}" / f"{number:02d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            files.append(str(path))
    return files


# --- rebuilt pages whose enrichment is made by hand, to test the archive apart from the tagger ---

PAPER = "温岭日报"


def article(article_id: str, headline: str, body: str, *, people=(), orgs=(), places=(),
            dates=(), quantities=(), regions=()) -> Article:
    """An article whose enrichment names entities as (text, canonical, title, role, group) or text."""
    text = f"{headline}\n{body}"
    entities = [_mention(text, found, kind) for kind, names in (("PER", people), ("ORG", orgs),
                                                                 ("LOC", places)) for found in names]
    return Article(
        id=article_id, headline=[headline], paragraphs=[body], entities=entities,
        dates=[DateMention(t, text.index(t), text.index(t) + len(t), value, precision)
               for t, value, precision in dates],
        quantities=[Quantity(t, text.index(t), text.index(t) + len(t), value, unit, counts)
                    for t, value, unit, counts in quantities],
        regions=list(regions),
    )


def _mention(text: str, found, kind: str) -> EntityMention:
    printed, canonical, title, role, group = (found, found, None, None, None) if isinstance(found, str) \
        else found
    start = text.index(printed)
    return EntityMention(printed, kind, start, start + len(printed), canonical, title, role, group)


def page(date: str, number: int, *articles: Article) -> Page:
    return Page(paper=PAPER, date=date, page=number, articles=list(articles))


def store_page(archive, built: Page) -> None:
    text = "\n".join(a.text() for a in built.articles) + f"\n{built.date}/{built.page}"
    archive.add_page(built, text=text)


JANUARY = page(
    "2024-01-23", 1,
    article("jan-a", "市人大常委会专题询问", "市人大常委会主任江金永主持会议，1月22日召开。总投资2.2亿元。",
            people=[("江金永", "江金永", "市人大常委会主任", None, None)], orgs=["市人大常委会"],
            dates=[("1月22日", "2024-01-22", "day")],
            quantities=[("2.2亿元", 220_000_000, "CNY", "总投资")],
            regions=[Region("headline", BBox(10, 20, 300, 60)), Region("body", BBox(10, 70, 150, 500))]),
    article("jan-b", "石塘镇渔船检查", "石塘镇组织检查，负责人潘智慧介绍，今年以来排查隐患。",
            people=[("潘智慧", "潘智慧", None, "负责人", None)], places=["石塘镇"],
            dates=[("今年以来", "2024-01-01/2024-01-23", "range")]),
)
MARCH = page(
    "2024-03-05", 1,
    article("mar-a", "政协会议开幕", "市政协主席江金永出席，市人大常委会到会。去年3月曾召开。",
            people=[("江金永", "江金永", "市政协主席", None, None)], orgs=["市人大常委会"],
            dates=[("去年3月", "2023-03", "month")]),
)


