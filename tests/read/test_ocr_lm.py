"""Rescoring the recogniser's CTC output with the character bigram model (read/ocr_lm.py)."""

import numpy as np
import pytest

from banmian.read import ocr_lm

CHARACTERS = ["blank", "依", "旧", "日", "址", "今", "1", "l", "‘", "’", " "]


@pytest.fixture(scope="module")
def model(tmp_path_factory):
    path = tmp_path_factory.mktemp("lm") / "bigrams.npz"
    unigram = {"依": 3000, "旧": 2000, "日": 90000, "址": 1500, "今": 8000}
    pairs = {("依", "旧"): 1500, ("旧", "址"): 1400, ("今", "日"): 6000}
    ocr_lm.save_model(path, unigram, pairs)
    return ocr_lm.load_model(path)


PITCH = 5  # steps a character takes, as the recogniser's are about


def steps(*columns: dict[str, float], pitch: int = PITCH) -> tuple[np.ndarray, np.ndarray]:
    """A line's top-k per step from each column's probabilities by character (the rest is blank),
    each column held for `pitch` steps."""
    preds = np.zeros((len(columns) * pitch, len(CHARACTERS)), dtype=np.float32)
    for index, column in enumerate(columns):
        for step in range(index * pitch, (index + 1) * pitch):
            for char, probability in column.items():
                preds[step, CHARACTERS.index(char)] = probability
            preds[step, 0] = 1.0 - sum(column.values())
    return ocr_lm.top_steps(preds, k=3)


def test_a_near_tie_goes_to_the_character_the_neighbours_make_a_word_with(model):
    line = steps({"依": 0.99}, {"日": 0.55, "旧": 0.44}, {"日": 0.5, "旧": 0.4}, {}, {"址": 0.98})
    assert ocr_lm.decode_steps(*line, CHARACTERS, model)[0] == "依旧址"


def test_the_common_character_stays_where_the_neighbours_want_it(model):
    line = steps({"今": 0.99}, {"日": 0.55, "旧": 0.44})
    assert ocr_lm.decode_steps(*line, CHARACTERS, model)[0] == "今日"


def test_a_character_the_network_is_sure_of_is_kept_whatever_the_model_says(model):
    line = steps({"依": 0.99}, {"日": 0.97, "旧": 0.02}, {}, {"址": 0.98})
    text, confidence = ocr_lm.decode_steps(*line, CHARACTERS, model)
    assert text == "依日址"
    assert confidence == pytest.approx((0.99 + 0.97 + 0.98) / 3)


def test_a_rival_that_would_double_its_neighbour_is_not_taken(model, tmp_path):
    path = tmp_path / "doubles.npz"
    ocr_lm.save_model(path, {"林": 500, "丽": 9000, "鹏": 800, "鹂": 30}, {("丽", "丽"): 3000, ("林", "丽"): 400})
    names = ocr_lm.load_model(path)
    chars = ["blank", "林", "丽", "鹏", "鹂", " "]
    preds = np.zeros((3 * PITCH, len(chars)), dtype=np.float32)
    preds[:, 0] = 1.0
    preds[0] = preds[PITCH] = 0.0
    preds[0, 1] = preds[PITCH, 2] = 1.0
    preds[2 * PITCH, [0, 3, 4, 2]] = [0.0, 0.43, 0.42, 0.15]   # the third character: 鹏, 鹂 or 丽 again
    assert ocr_lm.decode_steps(*ocr_lm.top_steps(preds, k=3), chars, names)[0] == "林丽鹏"


@pytest.mark.parametrize("second, read", [
    ({"赓": 0.85, "赛": 0.12}, "在赓续"),   # a rare character the network is sure of: its rarity is not counted twice
    ({"赛": 0.85, "赓": 0.12}, "在赛续"),   # nor is a rare rival made more of than the network gives it
    ({"奥": 0.88, "奧": 0.11}, "在奥续"),   # a character the model does not know is not taken for a rare one
])
def test_a_rare_character_keeps_what_the_network_gives_it_where_no_word_decides(tmp_path, second, read):
    path = tmp_path / "rare.npz"
    ocr_lm.save_model(path, {"在": 50000, "赛": 80000, "赓": 20, "续": 30000, "奥": 9000}, {})
    rare = ocr_lm.load_model(path)
    chars = ["blank", "在", "赛", "赓", "续", "奥", "奧"]
    preds = np.zeros((3 * PITCH, len(chars)), dtype=np.float32)
    preds[:, 0] = 1.0
    for column, probabilities in enumerate([{"在": 1.0}, second, {"续": 1.0}]):
        preds[column * PITCH, 0] = 1.0 - sum(probabilities.values())
        for char, probability in probabilities.items():
            preds[column * PITCH, chars.index(char)] = probability
    assert ocr_lm.decode_steps(*ocr_lm.top_steps(preds, k=3), chars, rare)[0] == read


@pytest.mark.parametrize("start, after, read", [
    (13, {"刊": 0.3}, "科技期刊"),    # 肝 three steps after 期: 期's 月 and 刊's 干 read as one; 刊 follows it
    (15, {"刊": 0.3}, "科技期肝"),    # a character's pitch after 期: a character of its own
    (13, {"刊": 0.08}, "科技期刊"),   # faint, but there (外期刊 read 外期肝)
    (13, {"刊": 0.05}, "科技期肝"),   # nothing the network gives after it
    (13, {"期": 0.3}, "科技期肝"),    # the shape before it again, not another character
])
def test_a_character_read_from_two_halves_is_the_one_the_network_gives_after_it(model, start, after, read):
    chars = ["blank", "科", "技", "期", "肝", "刊"]
    preds = np.zeros((start + 8, len(chars)), dtype=np.float32)
    preds[:, 0] = 1.0
    for step, char in [(0, "科"), (5, "技"), (10, "期"), (start, "肝")]:
        preds[step] = 0.0
        preds[step, chars.index(char)] = 1.0
    for step in range(start + 1, start + 4):
        for char, probability in after.items():
            preds[step, chars.index(char)] = probability
        preds[step, 0] = 1.0 - sum(after.values())
    assert ocr_lm.decode_steps(*ocr_lm.top_steps(preds, k=3), chars, model)[0] == read


@pytest.mark.parametrize("after_a, read", [
    ({"I": 0.32}, "AI依"),    # the I set tight against 依, the blank won over it
    ({"I": 0.1}, "A依"),      # too faint
    ({"A": 0.4}, "A依"),      # the letter before, seen again
])
def test_a_latin_letter_the_blank_won_over_after_another_is_put_in(model, after_a, read):
    chars = ["blank", "A", "I", "依"]
    preds = np.zeros((10, len(chars)), dtype=np.float32)
    preds[:, 0] = 1.0
    preds[0], preds[5] = 0.0, 0.0
    preds[0, 1] = preds[5, 3] = 1.0
    for char, probability in after_a.items():
        preds[2, chars.index(char)], preds[2, 0] = probability, 1.0 - probability
    assert ocr_lm.decode_steps(*ocr_lm.top_steps(preds, k=3), chars, model)[0] == read


def test_only_chinese_characters_are_weighed_against_each_other(model):
    line = steps({"依": 0.99}, {"1": 0.5, "旧": 0.45}, {}, {"l": 0.5, "址": 0.45})
    assert ocr_lm.decode_steps(*line, CHARACTERS, model)[0] == "依1l"


def test_a_flipped_character_carries_its_own_probability_into_the_confidence(model):
    line = steps({"依": 0.9}, {"日": 0.55, "旧": 0.44}, {}, {"址": 0.9})
    text, confidence = ocr_lm.decode_steps(*line, CHARACTERS, model)
    assert text == "依旧址"
    assert confidence == pytest.approx((0.9 + 0.44 + 0.9) / 3, abs=1e-6)


def test_steps_are_read_as_greedy_ctc_reads_them(model):
    """Repeats of a character are one character unless a blank parts them, as in rapidocr's decoder."""
    line = steps({"今": 0.9}, {"今": 0.95}, {}, {"今": 0.99}, {"址": 0.8})
    assert ocr_lm.decode_steps(*line, CHARACTERS, model)[0] == "今今址"


@pytest.mark.parametrize("step, probability, read", [
    (1, 0.64, "依址"),     # a step after 依, unsure: 依's own ink read again (职 then 只 for 职业)
    (2, 0.55, "依址"),
    (1, 0.95, "依日址"),   # the network is sure of it
    (3, 0.64, "依日址"),   # room enough for a character
])
def test_a_character_begun_too_soon_after_the_one_before_is_kept_only_where_the_network_is_sure(
        model, step, probability, read):
    preds = np.zeros((2 * PITCH, len(CHARACTERS)), dtype=np.float32)
    preds[:, 0] = 1.0
    for at, char, p in [(0, "依", 0.99), (step, "日", probability), (PITCH + step, "址", 0.99)]:
        preds[at, 0], preds[at, CHARACTERS.index(char)] = 1.0 - p, p
    assert ocr_lm.decode_steps(*ocr_lm.top_steps(preds, k=3), CHARACTERS, model)[0] == read


@pytest.mark.parametrize("between, read", [
    ({"‘": 0.18}, "依‘旧址"),       # the blank won, but the network saw a ‘
    ({"‘": 0.02}, "依旧址"),        # too faint
    ({"’": 0.3}, "依旧址"),         # only an opening quote is put in
])
def test_an_opening_quote_the_blank_won_over_between_two_characters_is_put_in(model, between, read):
    line = steps({"依": 0.99}, between, {"旧": 0.99}, {"址": 0.99})
    text, confidence = ocr_lm.decode_steps(*line, CHARACTERS, model)
    assert text == read
    assert confidence == pytest.approx(0.99)


@pytest.mark.parametrize("between, read", [
    ({"旧": 0.3}, "今日依旧址今"),      # a whole character's room, and the network saw one there
    ({"旧": 0.06}, "今日依旧址今"),     # the blank at 0.94, sure enough to leave no rival of a character in
    ({"旧": 0.03}, "今日依址今"),       # too faint
    ({"依": 0.3}, "今日依址今"),        # the character before, read again: no second one
])
def test_a_character_the_blank_won_over_in_a_characters_room_is_put_in(model, between, read):
    line = steps({"今": 0.99}, {"日": 0.99}, {"依": 0.99}, between, {"址": 0.99}, {"今": 0.99})
    text, confidence = ocr_lm.decode_steps(*line, CHARACTERS, model)
    assert text == read
    assert confidence == pytest.approx(0.99)


def test_an_opening_quote_the_blank_won_over_at_a_lines_start_is_put_in(model):
    line = steps({"‘": 0.2}, {"依": 0.99}, {"旧": 0.99})
    assert ocr_lm.decode_steps(*line, CHARACTERS, model)[0] == "‘依旧"


@pytest.mark.parametrize("quote, read", [
    ("’", "依’‘旧"),     # one quote closes, the next opens (’‘启运)
    ("‘", "依‘旧"),      # never two opening quotes
])
def test_an_opening_quote_the_blank_won_over_after_a_quote_is_put_in_where_one_may_follow(model, quote, read):
    line = steps({"依": 0.99}, {quote: 0.9}, {"‘": 0.1}, {"旧": 0.99})
    assert ocr_lm.decode_steps(*line, CHARACTERS, model)[0] == read


def test_no_second_opening_quote_is_put_beside_one_read(model):
    line = steps({"依": 0.99}, {"‘": 0.6}, {"‘": 0.3}, {"旧": 0.99})
    assert ocr_lm.decode_steps(*line, CHARACTERS, model)[0] == "依‘旧"


def test_rescoring_decode_answers_as_rapidocrs_decoder_does_where_the_network_is_sure(model):
    from rapidocr.ch_ppocr_rec.utils import CTCLabelDecode

    plain = CTCLabelDecode(character=CHARACTERS[1:-1])
    rng = np.random.default_rng(0)
    preds = np.full((2, 12, len(CHARACTERS)), 0.001, dtype=np.float32)
    best = rng.integers(0, len(CHARACTERS), size=(2, 12))
    np.put_along_axis(preds, best[..., None], 0.99, axis=2)
    rescoring = ocr_lm.RescoringDecode(plain, model)
    expected, _ = plain(preds)
    got, _ = rescoring(preds)
    assert [text for text, _ in got] == [text for text, _ in expected]
    assert [score for _, score in got] == pytest.approx([score for _, score in expected], abs=1e-4)


def test_the_shipped_model_knows_common_words():
    model = ocr_lm.character_model()
    assert model.log_next("依", "旧") > model.log_next("依", "日") + 3
    assert model.log_next("汩", "汩") > model.log_next("泪", "泪") + 3
