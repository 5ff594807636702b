from banmian.enrich import tag
from banmian.enrich.entities import article_entities, canonical_forms, not_a_name, tag_texts, texts_entities
from banmian.model import Entity

STORY = ("1月19日上午，市领导朱建军、马厉财等到城南镇调研。市政协主席江金永指出，"
         "台州吉裕水产养殖有限公司负责人潘智慧介绍，G104京岚线改造后，江金永强调，市人大常委会将跟进。")


def by_text(mentions):
    return {m.text: m for m in mentions}


def test_tag_offsets_point_into_the_text():
    for entity in tag("市政协主席江金永到城南镇调研。\n马厉财出席。"):
        assert entity.type in ("PER", "LOC", "ORG")
        assert "市政协主席江金永到城南镇调研。\n马厉财出席。"[entity.start:entity.end] == entity.text


def test_people_places_organisations_and_roads():
    found = {(e.text, e.type) for e in tag(STORY)}
    assert {("江金永", "PER"), ("G104京岚线", "LOC"),
            ("台州吉裕水产养殖有限公司", "ORG"), ("市人大常委会", "ORG")} <= found
    # In STORY the tagger reads 等到|城南镇 as 南镇 (a known miss); on its own it finds the town.
    assert [(e.text, e.type) for e in tag("市领导到城南镇调研。")] == [("城南镇", "LOC")]


def test_leaders_listed_after_city_leaders_are_grouped():
    mentions = by_text(article_entities(STORY))
    assert mentions["朱建军"].group == "市领导"
    assert mentions["马厉财"].group == "市领导"
    assert mentions["马厉财"].type == "PER"


def test_title_and_role_before_a_name():
    mentions = article_entities(STORY)
    first = next(m for m in mentions if m.text == "江金永")
    assert first.title == "市政协主席"
    person = next(m for m in mentions if m.role == "负责人")
    assert (person.text, person.type) == ("潘智慧", "PER")


def test_a_name_cut_short_after_a_role_is_made_whole():
    assert [e.text for e in tag("负责人潘智慧介绍，")] == ["潘智慧"]
    assert [e.text for e in tag("书记张三主持会议")] == ["张三"]


def test_one_canonical_form_per_article():
    entities = [Entity("温岭市", "LOC", 0, 3), Entity("温岭", "LOC", 9, 11), Entity("江金永", "PER", 12, 15)]
    forms = canonical_forms(entities)
    assert forms[("LOC", "温岭")] == "温岭市"
    places = canonical_forms([Entity("新德里", "LOC", 0, 3), Entity("德里", "LOC", 5, 7)])
    assert places[("LOC", "德里")] == "德里"
    bodies = canonical_forms([Entity("温岭市人大常委会", "ORG", 0, 8), Entity("市人大常委会", "ORG", 9, 15)])
    assert bodies[("ORG", "市人大常委会")] == "温岭市人大常委会"
    assert forms[("PER", "江金永")] == "江金永"


def test_of_two_longer_forms_as_long_the_same_one_is_picked_every_time():
    for order in ([("朝阳区", 0), ("朝阳县", 4)], [("朝阳县", 0), ("朝阳区", 4)]):
        entities = [Entity(text, "LOC", start, start + 3) for text, start in order] + [Entity("朝阳", "LOC", 8, 10)]
        assert canonical_forms(entities)[("LOC", "朝阳")] == "朝阳区"
    # Only a longer name of the same type, and for a single character none.
    forms = canonical_forms([Entity("温岭市", "ORG", 0, 3), Entity("温岭", "LOC", 3, 5), Entity("温", "LOC", 5, 6),
                             Entity("温岭市政府", "LOC", 6, 11)])
    assert forms[("LOC", "温岭")] == "温岭市" and forms[("LOC", "温")] == "温"


def test_a_place_has_one_name_in_every_article_its_full_administrative_name():
    def alone(name):
        return canonical_forms([Entity(name, "LOC", 0, len(name))])[("LOC", name)]

    assert [alone(name) for name in ("浙江", "浙江省", "北京", "广西", "新疆自治区", "黑龙江")] == [
        "浙江省", "浙江省", "北京市", "广西壮族自治区", "新疆维吾尔自治区", "黑龙江省"]
    assert alone("温岭") == "温岭市" and alone("广州") == "广州市"
    # 朝阳市 (Liaoning) and 朝阳区 (Beijing) are two places: the short name stays as written.
    assert alone("朝阳") == "朝阳" and alone("美国") == "美国"
    # A country named as its capital is: 墨西哥 is the country, not 墨西哥市.
    assert alone("墨西哥") == "墨西哥" and alone("纽约") == "纽约市"
    assert canonical_forms([Entity("浙江", "ORG", 0, 2)])[("ORG", "浙江")] == "浙江"


def test_a_one_character_short_name_of_one_country_or_city_is_that_place():
    forms = canonical_forms([Entity(name, "LOC", at, at + 1) for at, name in enumerate("中华美俄京沪巴澳新乌")])
    assert [forms[("LOC", name)] for name in "中华美俄京沪"] == ["中国", "中国", "美国", "俄罗斯", "北京市", "上海市"]
    # 巴 (巴西, 巴基斯坦, 巴勒斯坦), 澳 (澳大利亚, 澳门), 新, 乌 stand for more than one place.
    assert [forms[("LOC", name)] for name in "巴澳新乌"] == list("巴澳新乌")
    assert canonical_forms([Entity("中", "ORG", 0, 1)])[("ORG", "中")] == "中"


def test_a_place_is_not_a_longer_place_that_begins_with_it():
    forms = canonical_forms([Entity("北京西站", "LOC", 0, 4), Entity("北京", "LOC", 5, 7),
                             Entity("朝阳区", "LOC", 8, 11), Entity("朝阳", "LOC", 12, 14)])
    assert forms[("LOC", "北京")] == "北京市" and forms[("LOC", "北京西站")] == "北京西站"
    assert forms[("LOC", "朝阳")] == "朝阳区"
    assert canonical_forms([Entity("海南区", "LOC", 0, 3), Entity("海南", "LOC", 4, 6)])[("LOC", "海南")] == "海南省"


def test_numbered_roads_are_places():
    found = {(e.text, e.type) for e in tag("G217独库公路开放，可走G3012线。")}
    assert {("G217独库公路", "LOC"), ("G3012线", "LOC")} <= found


def test_empty_text_has_no_names():
    assert tag("") == []


def test_offsets_count_characters_beyond_the_basic_plane_and_broken_ones():
    text = "😀江泽民在北京\ud800会见李鹏。"
    found = tag(text)
    assert all(text[e.start:e.end] == e.text for e in found)
    assert {"江泽民", "北京", "李鹏"} <= {e.text for e in found}


def test_articles_tagged_together_or_apart_get_the_same_names():
    # Newlines end sentences: nothing the tagger or its rules see crosses one.
    first, second = "市政协主席江金永到城南镇调研。", "台州吉裕水产养殖有限公司负责人潘智慧介绍。"
    apart = [(e.text, e.type, e.start) for e in tag(first)] + [
        (e.text, e.type, e.start + len(first) + 1) for e in tag(second)]
    assert [(e.text, e.type, e.start) for e in tag(first + "\n" + second)] == apart


def test_a_pages_articles_tagged_in_one_run_get_what_each_gets_alone():
    # enrich_page tags all of a page's articles at once; offsets stay each article's own,
    # and a name cut short at an article's end (whole_name) is judged within that article.
    texts = [STORY, "", "负责人潘智慧介绍，", "书记张三主持会议\n市领导朱建军、马厉财等出席。", "G217独库公路开放"]
    assert tag_texts(texts) == [tag(text) for text in texts]
    assert texts_entities(texts) == [article_entities(text) for text in texts]
    assert any(tag_texts(texts)[3]) and tag_texts([]) == []


def test_a_title_starts_after_the_verb_before_it_and_keeps_its_country():
    assert by_text(article_entities("应国家主席习近平邀请，法国总统访华。"))["习近平"].title == "国家主席"
    assert by_text(article_entities("中华人民共和国主席习近平签署命令。"))["习近平"].title == "中华人民共和国主席"


def test_slogans_and_kinds_of_body_are_not_names():
    assert [(e.text, e.type) for e in tag("坚定不移推进全面从严治党。科技创新中心主任王小明说，中心将扩大规模。")] == [
        ("王小明", "PER")]
    assert not_a_name("牢记殷殷嘱托", Entity("殷殷", "PER", 2, 4))
    assert not_a_name("全面从严治党", Entity("严治党", "PER", 3, 6))
    # A person the lexicon knows stays one, whatever word runs across its edge (会见|见习|习近平);
    # so does one after a word that ends where the name begins (局长|长毛|毛盛勇).
    assert not not_a_name("会见习近平", Entity("习近平", "PER", 2, 5))
    assert not not_a_name("局长毛盛勇提到", Entity("毛盛勇", "PER", 2, 5))
    assert not not_a_name("新华社电", Entity("新华社", "ORG", 0, 3))


def test_a_title_keeps_the_place_it_begins_with():
    from banmian.enrich.entities import mentions_of

    text = "和平区区长张三出席，他和县长李四交谈。"
    names = [Entity("和平区", "LOC", 0, 3), Entity("张三", "PER", 5, 7), Entity("李四", "PER", 14, 16)]
    titles = [m.title for m in mentions_of(text, names, []) if m.type == "PER"]
    assert titles == ["和平区区长", "县长"]


def test_a_surname_alone_is_the_articles_one_person_of_that_surname():
    people = [Entity("王小明", "PER", 4, 7), Entity("王", "PER", 10, 11)]
    assert canonical_forms(people)[("PER", "王")] == "王小明"
    two = canonical_forms(people + [Entity("王毅", "PER", 12, 14)])
    assert two[("PER", "王")] == "王"


def test_a_person_is_not_a_longer_mention_that_runs_into_the_words_after_it():
    def form(short, longer):
        forms = canonical_forms([Entity(longer, "PER", 0, len(longer)), Entity(short, "PER", 9, 9 + len(short))])
        return forms[("PER", short)]

    # The tagger once read a verb, a title or a noun into the name (张桂梅站在, 王臣师傅, 张吉英家):
    # a Chinese name is three characters at most, and is not the start of a longer one.
    assert [form("张桂梅", "张桂梅站"), form("王臣", "王臣师傅"), form("张吉英", "张吉英家")] == ["张桂梅", "王臣", "张吉英"]
    # 李康正在: the character after the name starts what follows it.
    assert form("李康", "李康正") == "李康"
    # A name written more often than the longer one that begins with it is whole (王臣 ×2, 王臣仰头 once).
    forms = canonical_forms([Entity("王臣", "PER", 0, 2), Entity("王臣仰", "PER", 5, 8), Entity("王臣", "PER", 9, 11)])
    assert forms[("PER", "王臣")] == "王臣"
    # A name cut short is made whole: a Chinese one, a foreign one, one written with its parts.
    assert [form("陈敏", "陈敏仪"), form("扎哈罗", "扎哈罗娃"), form("迪丽努尔", "迪丽努尔·吐尔逊江")] == [
        "陈敏仪", "扎哈罗娃", "迪丽努尔·吐尔逊江"]


def test_an_organisation_is_not_a_body_within_it_but_is_the_one_a_place_prefixes():
    def form(short, longer):
        forms = canonical_forms([Entity(longer, "ORG", 0, len(longer)), Entity(short, "ORG", 20, 20 + len(short))])
        return forms[("ORG", short)]

    assert [form("联合国", "联合国日内瓦办事处"), form("欧盟", "欧盟委员会"), form("吉林大学", "吉林大学建设工程学院")] == [
        "联合国", "欧盟", "吉林大学"]
    assert form("国防部", "俄罗斯国防部") == "俄罗斯国防部"


def test_a_mention_cut_across_punctuation_gives_its_form_to_no_other():
    forms = canonical_forms([Entity("《全国政协", "ORG", 0, 5), Entity("全国政协", "ORG", 9, 13),
                             Entity("杜苏芮”", "PER", 20, 24), Entity("杜苏芮", "PER", 30, 33)])
    assert forms[("ORG", "全国政协")] == "全国政协" and forms[("PER", "杜苏芮")] == "杜苏芮"


def test_a_surname_with_an_honorific_is_no_one_unless_the_article_names_that_person():
    from banmian.enrich.entities import mentions_of

    text = "王小明说，王先生和李女士都来了，张某也来了。"
    names = [Entity("王小明", "PER", 0, 3), Entity("王先生", "PER", 5, 8), Entity("李", "PER", 9, 10),
             Entity("张某", "PER", 16, 18)]
    assert [(m.text, m.canonical) for m in mentions_of(text, names, [])] == [("王小明", "王小明"), ("王先生", "王小明")]


def test_a_mountain_is_not_made_the_city_named_after_it():
    def alone(name):
        return canonical_forms([Entity(name, "LOC", 0, len(name))])[("LOC", name)]

    assert [alone("峨眉山"), alone("井冈山"), alone("温岭")] == ["峨眉山", "井冈山", "温岭市"]
    # Where the article writes the city, it is the city.
    both = canonical_forms([Entity("峨眉山市", "LOC", 0, 4), Entity("峨眉山", "LOC", 5, 8)])
    assert both[("LOC", "峨眉山")] == "峨眉山市"


def test_a_companys_name_keeps_its_whole_legal_form_and_a_bracketed_place():
    assert [(e.text, e.type) for e in tag("内蒙古出版集团有限责任公司发布")] == [("内蒙古出版集团有限责任公司", "ORG")]
    found = [(e.text, e.type) for e in tag("在微瓷科技（江西）有限公司生产车间内")]
    assert ("微瓷科技（江西）有限公司", "ORG") in found
    found = [(e.text, e.type) for e in tag("针对园区重点企业京博（海南）新材料有限公司及下游")]
    assert ("京博（海南）新材料有限公司", "ORG") in found
    # A legal form with no name before it is no company.
    from banmian.enrich.entities import rule_names
    assert rule_names("农民不用再到处找农机，专业合作社直接上门", []) == []


def test_a_side_in_talks_is_no_person():
    # 莫方, 德方: the Mozambican, the German side, where the text names sides (中方, 双方).
    text = "中方愿同莫方加强合作。"
    assert not_a_name(text, Entity("莫方", "PER", 4, 6))
    assert not not_a_name("王方说，他会来。", Entity("王方", "PER", 0, 2))


def test_a_name_right_after_a_persons_title_is_a_person_wherever_the_text_writes_it():
    from banmian.enrich.entities import people_after_titles

    text = "俄罗斯总统普京表示，普京将出访。"
    places = [Entity("俄罗斯", "LOC", 0, 3), Entity("普京", "LOC", 5, 7), Entity("普京", "LOC", 10, 12)]
    assert [(e.text, e.type) for e in people_after_titles(text, places)] == [
        ("俄罗斯", "LOC"), ("普京", "PER"), ("普京", "PER")]
    # A place after a title and before no verb stays a place (主席国哥伦比亚 is no person).
    text = "轮值主席哥伦比亚之行"
    assert people_after_titles(text, [Entity("哥伦比亚", "LOC", 4, 8)]) == [Entity("哥伦比亚", "LOC", 4, 8)]
    # Nor after a title that follows its holder.
    text = "习近平主席喀山会晤"
    names = [Entity("习近平", "PER", 0, 3), Entity("喀山", "LOC", 5, 7)]
    assert people_after_titles(text, names) == names


def test_a_mention_holding_half_a_pair_of_brackets_or_quotes_is_no_name():
    from banmian.enrich.entities import cut_across_a_pair

    assert cut_across_a_pair("文艺报》社") and cut_across_a_pair("杜苏芮”") and cut_across_a_pair("市）党委")
    assert not cut_across_a_pair("京博（海南）新材料有限公司") and not cut_across_a_pair("江金永")


def test_an_organisation_takes_a_longer_form_only_for_a_place_or_body_before_it():
    def form(short, longer, *others):
        forms = canonical_forms([Entity(longer, "ORG", 0, len(longer)), Entity(short, "ORG", 20, 20 + len(short)),
                                 *others])
        return forms[("ORG", short)]

    # 经贸合作委员会 … 农业合作委员会: 农业 is no place or body; 中心南京大学 was a slip of the tagger.
    assert form("合作委员会", "农业合作委员会") == "合作委员会" and form("南京大学", "中心南京大学") == "南京大学"
    assert form("人大常委会", "温岭市人大常委会") == "温岭市人大常委会"
    assert form("政协", "全国政协") == "全国政协" and form("全国政协", "十三届全国政协") == "全国政协"
    # A place the article names is one too.
    assert form("党委", "阿拉善党委", Entity("阿拉善", "LOC", 30, 33)) == "阿拉善党委"


def test_a_common_word_the_lexicon_knows_no_name_by_is_a_person_only_with_a_title_or_role():
    from banmian.enrich.entities import mentions_of

    text = "在欢快的乐曲声中，记者方圆报道。"
    names = [Entity("乐曲", "PER", 4, 6), Entity("方圆", "PER", 11, 13)]
    assert [m.text for m in mentions_of(text, names, [])] == ["方圆"]


def test_a_person_named_like_a_russian_or_ukrainian_town_is_that_town_unless_titled():
    from banmian.enrich.entities import towns_named_as_people

    text = "俄军控制了波克罗夫斯克。波兰总理图斯克近日表示"
    names = [Entity("波克罗夫斯克", "PER", 5, 11), Entity("图斯克", "PER", 16, 19)]
    assert [(e.text, e.type) for e in towns_named_as_people(text, names)] == [
        ("波克罗夫斯克", "LOC"), ("图斯克", "PER")]


def test_a_person_the_name_of_a_body_or_place_runs_on_from_is_no_person():
    assert not_a_name("023年底，弗迪公司找到中国", Entity("弗迪", "PER", 6, 8))
    assert not_a_name("1月13日，古荣村的景象", Entity("古荣", "PER", 6, 8))
    # A title, a role or a government after a name is not the rest of it.
    assert not not_a_name("向特朗普政府靠拢", Entity("特朗普", "PER", 1, 4))
    assert not not_a_name("王小明村长说", Entity("王小明", "PER", 0, 3))


def test_a_foreign_name_written_whole_once_is_the_form_of_its_last_part():
    entities = [Entity("福尔克·黑林", "PER", 0, 6), Entity("黑林", "PER", 10, 12),
                Entity("阿里·哈梅内伊", "PER", 20, 27), Entity("穆杰塔巴·哈梅内伊", "PER", 30, 39),
                Entity("哈梅内伊", "PER", 40, 44)]
    forms = canonical_forms(entities)
    assert forms[("PER", "黑林")] == "福尔克·黑林"
    # Two people of that name in the article: the short one stays as written.
    assert forms[("PER", "哈梅内伊")] == "哈梅内伊"
    poet = canonical_forms([Entity("唐·殷尧藩", "PER", 0, 5), Entity("殷尧藩", "PER", 9, 12)])
    assert poet[("PER", "殷尧藩")] == "殷尧藩"


def test_tag_reads_traditional_text_as_the_rebuild_does():
    # 台灣 and 大陸 were not found: the tagger knows simplified characters.
    text = "論壇上，多位台灣青年創業者分享了在大陸創業的經歷。"
    found = tag(text)
    assert [(e.text, e.type) for e in found] == [("台灣", "LOC"), ("大陸", "LOC")]
    assert all(text[e.start:e.end] == e.text for e in found)


def people_titles(text, people):
    """The titles `mentions_of` gives the people of `text`, each found where it is first written."""
    from banmian.enrich.entities import mentions_of

    names = [Entity(name, "PER", text.index(name), text.index(name) + len(name)) for name in people]
    return [m.title for m in mentions_of(text, names, [])]


def test_a_title_written_after_the_name_is_the_persons_title():
    # The respectful form of the news: the title after the name, and no more of the text than the title.
    assert people_titles("习近平总书记强调，要坚持改革。李强总理指出，要稳增长。王大海副市长出席。",
                         ["习近平", "李强", "王大海"]) == ["总书记", "总理", "副市长"]


def test_what_follows_a_name_and_is_no_title_of_the_person_is_none():
    # Not a word that only begins with a title (主席台, 委员会), a spokesman's (舒默's spokesman spoke),
    # 同志 (comrade: 以习近平同志为核心, an address, no office), nor what is no title at all.
    assert people_titles("李强说，王大海家在村东，张三主席台就座。", ["李强", "王大海", "张三"]) == [None, None, None]
    assert people_titles("据报道，舒默发言人表示，以习近平同志为核心", ["舒默", "习近平"]) == [None, None]


def test_each_title_of_a_chain_before_a_name_is_kept_as_written():
    text = "中共中央总书记、国家主席、中央军委主席习近平出席会议。市长王大海、副市长李小红出席。"
    assert people_titles(text, ["习近平", "王大海", "李小红"]) == [
        "中共中央总书记、国家主席、中央军委主席", "市长", "副市长"]
    # A chain starts after the verb before it.
    assert people_titles("会见了中共中央政治局常委、国务院总理李强。", ["李强"]) == ["中共中央政治局常委、国务院总理"]


def test_chairman_of_the_standing_committee_is_a_title_before_and_after_the_name():
    before = by_text(article_entities("全国人大常委会委员长赵乐际出席。"))
    assert before["赵乐际"].title == "全国人大常委会委员长"
    assert people_titles("赵乐际委员长向大会报告工作。", ["赵乐际"]) == ["委员长"]


def test_the_reviewers_page_reads_each_title_before_and_after_the_names():
    text = ("本报讯 中共中央总书记、国家主席、中央军委主席习近平出席会议。习近平总书记强调，要坚持改革。"
            "李强总理指出，要稳增长。市长王大海、副市长李小红出席。")
    titles = [(m.text, m.title) for m in article_entities(text) if m.type == "PER"]
    assert titles == [("习近平", "中共中央总书记、国家主席、中央军委主席"), ("习近平", "总书记"), ("李强", "总理"),
                      ("王大海", "市长"), ("李小红", "副市长")]


def test_a_title_is_cut_at_a_verb_before_it_not_at_a_character_of_one():
    # 出席, 主持 are edges as words: the 席 of 主席团 and the 会 of 大会 or 常委会 are none.
    assert people_titles("会议由大会主席团常务主席、执行主席李鸿忠主持。", ["李鸿忠"]) == ["大会主席团常务主席、执行主席"]
    assert people_titles("市人大常委会主任张三说", ["张三"]) == ["市人大常委会主任"]
    assert people_titles("他出席并会见了国家主席习近平", ["习近平"]) == ["国家主席"]
    # Verbs that start what the chain's first title follows: 发表, 欢迎, 播出, 率.
    assert people_titles("杂志发表中共中央总书记、国家主席习近平的文章", ["习近平"]) == ["中共中央总书记、国家主席"]
    assert people_titles("今晚播出东帝汶总统奥尔塔专访", ["奥尔塔"]) == ["东帝汶总统"]


def test_a_common_word_before_a_title_is_no_person_the_title_introduces():
    # 文联 (taken for a person) is the body 田代琳 chairs.
    assert people_titles("广西壮族自治区文联主席田代琳说", ["文联", "田代琳"]) == ["广西壮族自治区文联主席"]


def test_a_name_and_title_quoted_together_are_a_name_not_a_persons_title():
    # A ship (“伊丽莎白女王”号) or a nickname (“雷锋所长”刘鹏); a quotation that begins with the name keeps it.
    assert people_titles("英国“伊丽莎白女王”号航母起火，“雷锋所长”刘鹏坚守", ["伊丽莎白", "雷锋", "刘鹏"]) == [
        None, None, None]
    assert people_titles("他说：“习近平总书记重要指示为我们指明方向”", ["习近平"]) == ["总书记"]


def test_a_long_title_is_read_whole():
    assert people_titles("会议由全国政协十四届一次会议主席团常务主席何厚铧主持。", ["何厚铧"]) == [
        "全国政协十四届一次会议主席团常务主席"]
    assert people_titles("今年，云南丽江华坪女子高级中学党支部书记、校长张桂梅迎来送考。", ["张桂梅"]) == [
        "云南丽江华坪女子高级中学党支部书记、校长"]


def test_the_and_of_human_resources_and_social_security_does_not_cut_a_title():
    assert people_titles("河北省人力资源和社会保障厅就业促进处处长王利才说", ["王利才"]) == [
        "河北省人力资源和社会保障厅就业促进处处长"]


def test_a_name_never_starts_or_ends_inside_a_latin_word():
    assert [(e.text, e.type) for e in tag("由DeepSeek（深度求索）团队研发")] == [("DeepSeek", "ORG")]
    names = [e.text for e in tag("APEC各委员会召开会议，2026斯诺克世界公开赛，邮箱rmrbstb@peopledaily.cn，"
                                 "网址tiyuzhengji.people.cn")]
    assert "C各委员会" not in names and "26斯" not in names
    assert not [name for name in names if "@" in name or ".cn" in name or name.startswith("2026")]


def test_a_slogan_joined_by_plus_signs_is_no_name():
    assert not [e for e in tag("构建“体验+研学+文创+销售”全链条，推进文化+创意+科技+旅游融合") if "+" in e.text]


def places(text):
    return [(m.text, m.canonical) for m in article_entities(text) if m.type == "LOC"]


def test_one_character_country_names_go_by_the_countrys_name_where_they_stand_for_it():
    found = places("中日韩三国外长会议举行。中美、中俄、中柬关系不断发展。日方表示，赴港游客增加。")
    assert ("日", "日本") in found and ("韩", "韩国") in found and ("柬", "柬埔寨") in found
    assert ("港", "香港特别行政区") in found and ("中日", "中日") not in found


def test_a_one_character_place_inside_a_word_is_no_place():
    assert places("让古村落各美其美，推进宜居宜业和美乡村建设。日处理能力达10万吨。冬至日当天，韩正表示。") == []
    assert ("德", "德国") not in places("弘扬传统美德。")
