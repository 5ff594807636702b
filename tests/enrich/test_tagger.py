import io

import numpy as np

from banmian.enrich.tagger import (
    BITS, TAGS, VECTOR_SCALE, WINDOW, clause_ends, code_points, compiled, decode, dense_features, dense_rows, dense_scores,
    feature_buckets, gazetteer_marks, model_bytes, names_and_words, packaged_lexicon, packaged_model,
    place_org_marks, predict, read_lexicon, read_model, read_vectors, spans, substring_hashes, tag_spans,
    vector_rows,
)

O, B_PER, I_PER, B_LOC, I_LOC, B_ORG, I_ORG = range(len(TAGS))


def scores_for(best: list[int], runner_up: dict[int, tuple[int, float]] | None = None) -> np.ndarray:
    """Scores where tag best[i] wins at character i by 1.0; runner_up[i] = (tag, gap) adds a close second."""
    scores = np.zeros((len(best), len(TAGS)), dtype=np.float32)
    for i, tag in enumerate(best):
        scores[i, tag] = 1.0
    for i, (tag, gap) in (runner_up or {}).items():
        scores[i, tag] = 1.0 - gap
    return scores


def test_spans_read_bio_tags():
    tags = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]
    assert spans(tags) == [(0, 3, "PER"), (4, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG")]


def test_tag_spans_read_tag_indices():
    assert tag_spans(np.array([B_PER, I_PER, O, B_LOC, B_ORG, I_ORG, I_ORG])) == [
        (0, 2, "PER"), (3, 4, "LOC"), (4, 7, "ORG")]


def test_decode_keeps_best_tags_that_obey_bio():
    best = [O, B_PER, I_PER, I_PER, O]
    assert decode(scores_for(best), np.zeros(5, dtype=bool)).tolist() == best


def test_decode_never_starts_a_name_inside():
    # I-PER wins at 1 and 2 but follows O: the name starts one character earlier when
    # B-PER is a close second there, else at 1 when B-PER is a close second there.
    close = scores_for([O, I_PER, I_PER, O], {0: (B_PER, 0.1)})
    assert decode(close, np.zeros(4, dtype=bool)).tolist() == [B_PER, I_PER, I_PER, O]
    far = scores_for([O, I_PER, I_PER, O], {1: (B_PER, 0.2)})
    assert decode(far, np.zeros(4, dtype=bool)).tolist() == [O, B_PER, I_PER, O]


def test_decode_tags_fixed_characters_o():
    scores = scores_for([B_LOC, I_LOC, I_LOC])
    assert decode(scores, np.array([False, True, False])).tolist()[:2] == [B_LOC, O]


def test_clause_ends_are_punctuation_space_and_newline():
    assert clause_ends("北京，上海\n广州 深圳").tolist() == [
        False, False, True, False, False, True, False, False, True, False, False]


# Twenty three-character people beginning with 江 make it a common surname.
JIANG_PEOPLE = [f"江{chr(0x4E00 + k)}{chr(0x4E00 + k)}\tPER" for k in range(20)]


def tiny_lexicon(training_lines=()):
    gazetteer = ["温岭\tLOC", "温岭市\tLOC", "江金永\tPER", "人大常委会\tORG"] + JIANG_PEOPLE
    return read_lexicon(gazetteer, words=["调研", "城南"], clusters={"市": 1, "镇": 1}, training_lines=training_lines)


def kinds_in(text, lexicon):
    return names_and_words(substring_hashes(code_points(text), 10), lexicon.slots, lexicon.entries)[0]


def test_a_gazetteer_person_is_looked_up_only_after_a_common_surname():
    lexicon = read_lexicon(["和恒山\tPER", "江金永\tPER", "拉·甘地\tPER"] + JIANG_PEOPLE, words=[], clusters={})
    assert lexicon.surnames == {"江"}
    kinds = kinds_in("和恒山江金永拉·甘地", lexicon)
    assert kinds[2, 0] == 0  # 和恒山: jieba's "person" that does not begin with a surname
    assert kinds[2, 3] == 1 and kinds[3, 6] == 1  # 江金永, and a name written with ·


def test_training_names_join_the_gazetteer_and_win_its_types():
    lexicon = tiny_lexicon(training_lines=["温岭\tORG", "金山公司\tORG", "江金永\tPER", "何一二\tPER"])
    kinds = kinds_in("温岭金山公司何一二", lexicon)
    assert kinds[1, 0] == 3 and kinds[3, 2] == 3  # 温岭 now an organisation, 金山公司 added
    assert kinds[2, 6] == 0  # a person is looked up only after a common surname, training names too
    assert lexicon.surnames == tiny_lexicon().surnames == {"江"}  # surnames come from the gazetteer


def test_names_and_words_are_found_by_substring():
    lexicon = tiny_lexicon()
    text = "温岭市江金永到城南调研"
    kinds, words = names_and_words(substring_hashes(code_points(text), 10), lexicon.slots, lexicon.entries)
    assert kinds[2, 0] == 2 and kinds[1, 0] == 2  # 温岭市 and 温岭 are places (kind 1 + LOC's index)
    assert kinds[2, 3] == 1  # 江金永 is a person
    assert words[1, 7] and words[1, 9]  # 城南, 调研
    assert kinds.sum() == 5 and words.sum() == 2


def test_names_longer_than_words_are_found_too():
    lexicon = tiny_lexicon()
    kinds, _ = names_and_words(substring_hashes(code_points("温岭市人大常委会"), 10), lexicon.slots, lexicon.entries)
    assert kinds[4, 3] == 3  # 人大常委会, five characters, an organisation
    assert kinds[4:].sum() == 3


def test_gazetteer_marks_the_longest_name():
    lexicon = tiny_lexicon()
    kinds, _ = names_and_words(substring_hashes(code_points("温岭市江金永人大常委会"), 10), lexicon.slots,
                               lexicon.entries)
    # kind·100 + place (1 begin, 2 middle, 3 end)·10 + min(length, 5); kind·100 in 8 bits, as
    # the model was trained with it: an organisation's 300 is 44
    assert gazetteer_marks(kinds).tolist() == [213, 223, 233, 113, 123, 133, 59, 69, 69, 69, 79]


def test_a_place_and_a_tail_ending_like_an_organisation_are_marked():
    # 局 ends 30 organisations and no place; 市 ends more places than organisations
    offices = [f"{chr(0x4E00 + k)}{chr(0x4F00 + k)}局\tORG" for k in range(30)]
    cities = [f"{chr(0x5000 + k)}市\tLOC" for k in range(30)] + ["一市\tORG"]
    lexicon = read_lexicon(["温岭\tLOC", "电视台\tORG"] + offices + cities, words=[], clusters={})
    text = "温岭水产局，温岭市长，电视台新闻局，温岭的一二三四五六局"
    points = code_points(text)
    kinds = kinds_in(text, lexicon)
    marks = place_org_marks(points, kinds, lexicon.classes, lexicon.org_ends).tolist()
    assert marks[:5] == [1, 2, 2, 2, 3]  # 温岭 + 水产局
    assert marks[5:11] == [0] * 6  # 长 ends no organisation
    assert marks[11:17] == [1, 2, 2, 2, 2, 3]  # an organisation + 新闻局
    assert marks[17:] == [0] * (len(text) - 17)  # 局 too far after 温岭


def test_a_lines_features_do_not_see_the_next_line():
    lexicon = tiny_lexicon()
    alone = feature_buckets("江金永到温岭", lexicon)
    followed = feature_buckets("江金永到温岭\n市人大常委会", lexicon)
    assert np.array_equal(alone, followed[:, :6])
    assert not np.array_equal(feature_buckets("江金永到温岭市", lexicon)[:, 5], alone[:, 5])


def test_packaged_tagger_finds_people_places_and_organisations():
    text = "国务院总理李鹏在北京会见了日本首相桥本龙太郎。"
    found = {(text[s:e], kind) for s, e, kind in predict(text, packaged_model(), packaged_lexicon())}
    assert {("李鹏", "PER"), ("北京", "LOC"), ("国务院", "ORG"), ("日本", "LOC")} <= found


def test_decode_finds_the_best_valid_sequence():
    from itertools import product

    rng = np.random.default_rng(11)
    for _ in range(12):
        scores = rng.normal(size=(5, len(TAGS))).astype(np.float32)
        fixed = rng.random(5) < 0.2

        def valid(seq):
            return all(not (tag % 2 == 0 and tag > 0 and prev not in (tag, tag - 1))
                       for prev, tag in zip((O,) + seq, seq)) and not any(seq[i] for i in np.flatnonzero(fixed))

        best = max((seq for seq in product(range(len(TAGS)), repeat=5) if valid(seq)),
                   key=lambda seq: scores[np.arange(5), seq].sum())
        assert decode(scores, fixed).tolist() == list(best)


def test_compiled_code_runs_where_no_cache_folder_can_be_written(monkeypatch):
    # A read-only install without a writable home: numba finds nowhere to keep machine code.
    from numba.core.caching import CacheImpl

    monkeypatch.setattr(CacheImpl, "_locator_classes", [])

    def add(a, b):
        return a + b

    assert compiled(add)(2, 3) == 5


def tiny_vectors():
    """Three characters (2-d) and two bigrams (1-d), stored as `bench/ner_embeddings.py` writes them."""
    out = io.BytesIO()
    np.savez_compressed(out, chars=np.array("江金永"), chars_int8=np.array([[1, 0], [0, 2], [3, -1]], dtype=np.int8),
                        chars_scale=np.float32(0.5), bigrams=np.array("江金金永"),
                        bigrams_int8=np.array([[4], [-2]], dtype=np.int8), bigrams_scale=np.float32(0.25))
    return read_vectors(out.getvalue())


def test_vectors_are_found_by_character_and_bigram():
    vectors = tiny_vectors()
    chars, bigrams = vector_rows(code_points("永江金x"), vectors)
    assert np.allclose(vectors.chars[chars], np.array([[1.5, -0.5], [0.5, 0], [0, 1], [0, 0]]) * VECTOR_SCALE)
    assert np.allclose(vectors.bigrams[bigrams], np.array([[0], [1], [0], [0]]) * VECTOR_SCALE)  # 江金 only


def test_every_bigram_is_found_among_many():
    """20,000 bigrams in the open-addressing table (many probe past their home slot): each is
    found at its own row, and a pair not listed is not."""
    rng = np.random.default_rng(0)
    chars = "".join(chr(0x4E00 + k) for k in range(300))
    pairs = rng.choice(300 * 300, size=20_000, replace=False)
    out = io.BytesIO()
    np.savez_compressed(out, chars=np.array(chars), chars_int8=np.zeros((300, 1), dtype=np.int8),
                        chars_scale=np.float32(1), bigrams=np.array("".join(chars[p // 300] + chars[p % 300] for p in pairs)),
                        bigrams_int8=np.zeros((20_000, 1), dtype=np.int8), bigrams_scale=np.float32(1))
    vectors = read_vectors(out.getvalue())
    text = "".join(chars[p // 300] + chars[p % 300] + "x" for p in pairs)
    _, rows = vector_rows(code_points(text), vectors)
    assert rows[0::3].tolist() == list(range(1, 20_001))
    assert not rows[1::3].any() and not rows[2::3].any()  # 2nd character + x, x + next bigram's first
    unlisted = np.setdiff1d(np.arange(300 * 300), pairs)[:5_000]
    _, rows = vector_rows(code_points("x".join(chars[p // 300] + chars[p % 300] for p in unlisted)), vectors)
    assert not rows.any()


def test_dense_features_stay_on_their_line():
    vectors = tiny_vectors()
    points = code_points("江金永江\n金")
    rows = dense_rows(points, *vector_rows(points, vectors))
    assert rows[1, :2 * WINDOW + 1].tolist() == [0, 1, 2, 3, 1]  # 江金永江: nothing before the line
    assert rows[3, 2 * WINDOW + 2] == 0 and rows[4].tolist() == [0] * (2 * WINDOW + 3)  # the newline
    assert rows[5, :2 * WINDOW + 1].tolist() == [0, 0, 2, 0, 0] and rows[0, 2 * WINDOW + 1] == 0


def test_tagging_sums_the_dense_weights_as_training_saw_them():
    vectors = tiny_vectors()
    features = dense_features(code_points("金江金永\n永江"), vectors)
    dense = np.random.default_rng(0).normal(size=(features.shape[1], len(TAGS)))
    model = read_model(model_bytes(np.zeros((1 << BITS, len(TAGS)), dtype=np.float32), dense), vectors)
    points = code_points("金江金永\n永江")
    folded = dense_scores(points, *vector_rows(points, vectors), model.char_scores, model.bigram_scores)
    assert np.allclose(folded[:, :len(TAGS)], features @ dense * 100, atol=1e-3)
    assert not folded[:, len(TAGS):].any()  # the tables' padding
