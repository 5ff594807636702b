from banmian.enrich.tagger import TAGS, Gazetteer, gazetteer_marks, spans, viterbi


def test_spans_read_bio_tags():
    tags = ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "B-LOC", "I-ORG"]
    assert spans(tags) == [(0, 3, "PER"), (4, 5, "LOC"), (5, 6, "LOC"), (6, 7, "ORG")]


def test_viterbi_never_starts_a_name_inside():
    size = len(TAGS)
    flat = [[0.0] * size for _ in range(size)]
    # I-PER scores best everywhere, but may only follow B-PER or I-PER.
    emissions = [[0.0, 1.0, 5.0, 0.0, 0.0, 0.0, 0.0]] * 3
    path = [TAGS[k] for k in viterbi(emissions, flat)]
    assert path == ["B-PER", "I-PER", "I-PER"]


def test_gazetteer_marks_the_longest_name():
    names = {"温岭": "LOC", "温岭市": "LOC", "江金永": "PER"}
    prefixes = frozenset(n[:k] for n in names for k in range(2, len(n) + 1))
    gazetteer = Gazetteer(names=names, prefixes=prefixes, words=frozenset(), surnames=frozenset("江"))
    assert gazetteer_marks("温岭市江金永", gazetteer) == ["LOCB3", "LOCM3", "LOCE3", "PERB3", "PERM3", "PERE3"]
