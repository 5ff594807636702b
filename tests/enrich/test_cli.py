import json
import subprocess
import sys


def run(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "banmian.cli", "tag", *args], input=stdin.encode("utf-8"),
                          capture_output=True, timeout=60)


def test_tag_json_from_stdin():
    text = "市政协主席江金永到城南镇调研。"
    result = run("-", "--json", stdin=text)
    assert result.returncode == 0, result.stderr
    entities = json.loads(result.stdout)
    assert {"text": "江金永", "type": "PER", "start": 5, "end": 8} in entities
    assert all(text[e["start"]:e["end"]] == e["text"] for e in entities)


def test_tag_file_as_lines(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("市领导朱建军、马厉财等出席。\n", encoding="utf-8")
    result = run(str(path))
    assert result.returncode == 0
    assert "\tPER\t马厉财" in result.stdout.decode("utf-8")


def test_missing_file_exits_2(tmp_path):
    result = run(str(tmp_path / "missing.txt"))
    assert result.returncode == 2


def test_a_pdf_an_image_or_an_html_page_is_refused_not_tagged_in_a_text_never_shown(tmp_path):
    # Its offsets would point into the reader's text layer, OCR output or text of the markup (an
    # HTML page was tagged in its markup: 人民日报<), which tag does not print.
    for name, data in (("page.pdf", b"%PDF-1.4\n"), ("scan.png", b"\x89PNG\r\n\x1a\n"),
                       ("page.html", "<html><body><p>来源：人民日报</p></body></html>".encode())):
        (tmp_path / name).write_bytes(data)
        result = run(str(tmp_path / name))
        assert result.returncode == 2 and result.stdout == b""
        assert result.stderr.decode("utf-8") == (
            f"banmian: {tmp_path / name}: a PDF, an image or an HTML page, not plain text: "
            "banmian parse --enrich reads those\n")
