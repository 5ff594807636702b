"""The query language, and search exactness against a brute-force substring scan."""

import random

import pytest

from banmian.model import Article, Byline, Page
from banmian.store import QueryError, searchable_text
from banmian.store.search_query import (
    _SENTINEL, And, Not, Or, Term, _encode, _tables, bigram_text, fold, matches, parse, searchable,
    snippet,
)


def test_fold_keeps_length_and_folds_width_and_case():
    text = "ＡＢＣ１２３　Ab温岭İ"
    assert fold(text) == "abc123 ab温岭İ"
    assert len(fold(text)) == len(text)


@pytest.mark.parametrize(
    "query, tree",
    [
        ("温岭", Term("温岭")),
        ("温岭 人大", And((Term("温岭"), Term("人大")))),
        ("温岭 AND 人大", And((Term("温岭"), Term("人大")))),
        ("温岭 OR 台州", Or((Term("温岭"), Term("台州")))),
        ("温岭 NOT 台州", And((Term("温岭"), Not(Term("台州"))))),
        ("温岭 -台州", And((Term("温岭"), Not(Term("台州"))))),
        ('"优化 营商"', Term("优化 营商")),
        ('"say ""hi"""', Term('say "hi"')),
        ("(温岭 OR 台州) 人大", And((Or((Term("温岭"), Term("台州"))), Term("人大")))),
        ("or", Term("or")),
        ("COVID-19", Term("COVID-19")),
    ],
)
def test_parse(query, tree):
    assert parse(query).tree == tree


@pytest.mark.parametrize(
    "query", ["", "   ", "NOT 温岭", "-温岭", '"温岭', "(温岭", "温岭 OR NOT 台州", '""', "温岭 )"])
def test_bad_queries_raise_query_error(query):
    with pytest.raises(QueryError):
        parse(query)


def test_nesting_is_capped_with_a_one_line_error_not_a_recursion_error():
    assert parse("(" * 32 + "温岭" + ")" * 32).tree == Term("温岭")
    for depth in (33, 400):
        with pytest.raises(QueryError, match="nested more than 32 parentheses deep"):
            parse("(" * depth + "温岭" + ")" * depth)
    assert parse("温岭 " + "NOT " * 2001 + "台州").tree == And((Term("温岭"), Not(Term("台州"))))
    assert parse("温岭 " + "NOT " * 2000 + "台州").tree == And((Term("温岭"), Term("台州")))


def test_terms_to_highlight_leave_out_negated_ones():
    assert parse("温岭 OR (台州 -人大)").terms == ("温岭", "台州")


def test_every_character_starts_a_bigram():
    assert bigram_text("温岭") == "温岭 岭\ue0ff"
    # ASCII punctuation and spaces are kept inside their bigram, not split off.
    assert len(bigram_text("a, b").split(" ")) == 4


@pytest.mark.parametrize("text", ["温", "温岭市\n人大", "Ａ，ＢC d", "😀江\ud800会\ue0ff见\U000f0041", "\u3000" * 3])
def test_bigrams_are_each_encoded_character_and_the_next(text):
    # Beyond the basic plane and lone surrogates included, and the sentinel after the
    # last: the index and the terms (term_fts) must cut text alike.
    chars = _encode(text) + _SENTINEL
    assert len(chars) == len(text) + 1
    assert bigram_text(text) == " ".join(a + b for a, b in zip(chars, chars[1:]))
    assert chars[:-1] == text.translate(_tables().encode_map).lower()  # the list table reads as the map


def test_snippet_marks_hits_around_the_first_one():
    text = "前言" * 40 + "温岭市人大在温岭召开会议" + "后记" * 40
    out = snippet(text, ["温岭"], width=30)
    assert "[温岭]市人大在[温岭]" in out
    assert out.startswith("…") and out.endswith("…")
    assert snippet("ＡＢＣ", ["abc"]) == "[ＡＢＣ]"


# --- exactness: the index against plain substring tests ---------------------

# CJK, CJK punctuation, ASCII (tokenizer separators among them), full-width forms,
# private-use characters where the index keeps punctuation, and the ideographic space.
ALPHABET = (list("温岭市人大江金永作台州的一") + list("，。“”（）、") + list('aB1-(). "')
            + ["Ａ", "１", "\ue02c", "\ue0ff", "\u3000"])


def _articles(rng: random.Random, count: int) -> list[Article]:
    def text(low, high):
        return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(low, high)))

    return [
        Article(id=f"a{n:04d}", headline=[text(1, 8)] if rng.random() < 0.9 else [],
                paragraphs=[text(0, 40) for _ in range(rng.randint(0, 3))],
                byline=Byline(text=[text(2, 6)] if rng.random() < 0.3 else []))
        for n in range(count)
    ]


def _quoted(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _queries(rng: random.Random, articles: list[Article], count: int) -> list[str]:
    texts = [searchable_text(a) for a in articles]

    def term():
        source = rng.choice(texts) if rng.random() < 0.7 else "".join(rng.choices(ALPHABET, k=6))
        start = rng.randrange(max(len(source), 1))
        found = source[start:start + rng.randint(1, 4)]
        return found if fold(found).strip(" ") and "\n" not in found else "温岭"

    shapes = [
        lambda: _quoted(term()),
        lambda: f"{_quoted(term())} {_quoted(term())}",
        lambda: f"{_quoted(term())} OR {_quoted(term())}",
        lambda: f"{_quoted(term())} NOT {_quoted(term())}",
        lambda: f"({_quoted(term())} OR {_quoted(term())}) -{_quoted(term())}",
    ]
    return [rng.choice(shapes)() for _ in range(count)]


def test_search_finds_exactly_what_a_substring_scan_finds(archive):
    rng = random.Random(7)
    articles = _articles(rng, 240)
    for start in range(0, len(articles), 12):
        chunk = articles[start:start + 12]
        archive.add_page(Page(paper="报", date="2024-01-01", page=start // 12 + 1, articles=chunk),
                         text=f"page {start}")
    fixed = ["温岭", "江金永作", "岭", ",", "a b", "ａ", "\ue02c", "\ue0ff岭", "İ"]
    queries = fixed + _queries(rng, articles, 400)
    for query in queries:
        tree = parse(query).tree
        expected = {a.id for a in articles if matches(tree, searchable_text(a))}
        assert set(archive.matching_ids(query)) == expected, query
    # The ranked search returns the same set.
    for query in queries[:60]:
        hits = archive.search(query, limit=None)
        assert {hit.id for hit in hits} == set(archive.matching_ids(query)), query


def test_postgres_finds_common_terms_without_the_index_just_as_exactly(archive, monkeypatch):
    if not hasattr(archive, "_common_terms"):
        pytest.skip("PostgreSQL only: terms in one article of twenty are tested without the gram index")
    rng = random.Random(11)
    articles = _articles(rng, 60)
    archive.add_page(Page(paper="报", date="2024-01-01", page=1, articles=articles), text="page")
    monkeypatch.setattr(type(archive), "_common_terms", lambda self, tree: {searchable(t) for t in
                                                                            parse_terms(tree)})
    for query in _queries(rng, articles, 80):
        tree = parse(query).tree
        expected = {a.id for a in articles if matches(tree, searchable_text(a))}
        assert set(archive.matching_ids(query)) == expected, query


def parse_terms(node) -> list[str]:
    if isinstance(node, Term):
        return [node.text]
    if isinstance(node, Not):
        return parse_terms(node.node)
    return [term for child in node.nodes for term in parse_terms(child)]


def test_the_index_text_is_the_searchable_text_encoded():
    # The index encodes and drops layout spaces in one pass; it must agree with searchable().
    from banmian.store.search_query import _searchable_encoded

    rng = random.Random(18)
    alphabet = ALPHABET + ["文", "匯", "報", "\t", "\ue020", "𤆬", "é", "İ"]
    for _ in range(5000):
        text = "".join(rng.choices(alphabet, k=rng.randint(0, 12)))
        assert _searchable_encoded(text) == _encode(searchable(text)), repr(text)
