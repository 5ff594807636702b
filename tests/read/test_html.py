"""An e-paper page saved as HTML is read for its text, not its markup."""

import banmian
from banmian.read import read_bytes
from banmian.read.html import html_text, is_html

PAGE = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>温岭日报</title><style>p{margin:0}</style>'
        '</head><body><div>温岭日报 2024年1月23日 星期二 第2版</div><h1>市区新增公共停车位800个</h1>'
        '<p>本报讯（记者王小明）1月22日，我市新增公共停车位&nbsp;800个。</p><p>据介绍，车位多在老城区。</p>'
        '<script>var shown = "不是正文";</script></body></html>')


def test_an_html_page_is_read_a_block_a_line_without_its_markup():
    [page] = read_bytes(PAGE.encode(), "page.html")
    assert [line.text for line in page.lines] == [
        "温岭日报 2024年1月23日 星期二 第2版", "市区新增公共停车位800个",
        "本报讯（记者王小明）1月22日，我市新增公共停车位 800个。", "据介绍，车位多在老城区。"]


def test_an_html_page_rebuilds_as_its_text_would(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    [built] = banmian.rebuild_path(tmp_path / "page.html")
    assert built == banmian.rebuild(html_text(PAGE))
    assert (built.paper, built.page) == ("温岭日报", 2)
    assert built.articles[0].headline == ["市区新增公共停车位800个"]
    assert built.articles[0].byline.reporters == ["王小明"]


def test_only_a_document_that_opens_as_html_is_html():
    assert is_html(b"\xef\xbb\xbf\n<!doctype html>\n<html>") and is_html(b"<HTML lang='zh'>")
    assert not is_html("市区新增公共停车位800个，<html>标签说明。".encode())


def test_a_saved_article_page_leaves_the_sites_menus_lists_and_footer_out():
    page = ('<!DOCTYPE html><html><body><div class="top"><a href="#">人民网</a><a href="#">往期回顾</a></div>'
            '<div><p>第01版：要闻</p><p><a href="#">上一版</a><a href="#">下一版</a></p></div>'
            '<ul><li><a href="a1.html">习近平会见外国客人</a></li><li><a href="a2.html">图片报道</a></li></ul>'
            '<h1>全国春耕生产有序推进</h1><p>《 人民日报 》（ 2024年03月12日 第 01 版）</p>'
            '<p>本报北京3月11日电（记者王小明）当前全国春耕生产由南向北有序推进。</p><div>上一篇 下一篇</div>'
            '<div>首页 | 关于我们 | 网站声明<br>人 民 网 版 权 所 有<br>Copyright &copy; 1997-2024</div></body></html>')
    assert [block for block in html_text(page).split("\n") if block] == [
        "第01版：要闻", "全国春耕生产有序推进", "《 人民日报 》（ 2024年03月12日 第 01 版）",
        "本报北京3月11日电（记者王小明）当前全国春耕生产由南向北有序推进。"]
    built = banmian.rebuild(html_text(page))
    assert (built.paper, built.date, built.page) == ("人民日报", "2024-03-12", 1)
    assert [a.headline for a in built.articles] == [["全国春耕生产有序推进"]]


def test_a_story_about_copyright_and_a_headline_set_as_a_link_are_kept():
    page = ('<html><body><h1><a href="a.html">版权保护迈上新台阶</a></h1>'
            '<p>本报讯 著作权人可在作品上标明“版权所有，侵权必究”。</p>'
            '<p>专家说，A | B | C 三类作品的登记量均有增长。</p><div>上一篇 下一篇</div></body></html>')
    assert [block for block in html_text(page).split("\n") if block] == [
        "版权保护迈上新台阶", "本报讯 著作权人可在作品上标明“版权所有，侵权必究”。", "专家说，A | B | C 三类作品的登记量均有增长。"]


def test_markup_laid_out_in_columns_is_no_text_laid_out_in_columns():
    # The side-by-side check read the markup of a page aligned by its editor, and refused it.
    rows = "\n".join(f'<tr><td>第{n}版</td>      <td><a href="#">要闻</a></td>      <td>浏览</td></tr>' for n in range(8))
    page = f"<!DOCTYPE html>\n<html><body><table>\n{rows}\n</table><h1>市区新增停车位</h1><p>本报讯 我市新增公共停车位800个。</p></body></html>"
    [read] = read_bytes(page.encode(), "page.html")
    assert read.lines[-1].text == "本报讯 我市新增公共停车位800个。"
