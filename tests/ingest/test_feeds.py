"""Feeds (RSS 0.9x/1.0/2.0, Atom), OPML lists and saved web pages, read as articles."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefing.config.schema import Config
from briefing.ingest.feeds import byline, kind_of, read_opml
from briefing.ingest.load import load_articles
from briefing.ingest.web import fragment_text

LEAD = "Dock workers in Lisk voted on Tuesday to end a three-week strike that had halted grain exports from the port."
SECOND = "The union said members accepted a pay rise of 8 percent over two years, after talks mediated by the ministry."

RSS2 = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
<channel><title>Valdoria Wire</title><link>https://wire.example/</link><description>News</description>
<item><title>Port strike ends in Lisk</title><link>https://wire.example/news/lisk-strike</link>
<pubDate>Tue, 21 Oct 2025 08:00:00 GMT</pubDate><author>desk@wire.example (Anna Berg)</author>
<description>A teaser only.</description>
<content:encoded><![CDATA[<p>{LEAD}</p><script>alert(1)</script><p>{SECOND}</p>]]></content:encoded></item>
<item><title>Grain ships queue off Lisk</title><link>https://wire.example/news/ships</link>
<description>&lt;p&gt;Forty grain ships waited off Lisk on Wednesday as the port reopened after the strike.&lt;/p&gt;</description></item>
<item><title>No text here</title><link>https://wire.example/news/empty</link></item>
</channel></rss>"""

RSS091 = f"""<?xml version="1.0"?>
<rss version="0.91"><channel><title>Old Wire</title><link>http://old.example/</link><description>x</description>
<item><title>Port strike ends</title><link>http://old.example/1</link><description>{LEAD} {SECOND}</description></item>
</channel></rss>"""

RDF = f"""<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
 xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel rdf:about="http://rdf.example/"><title>RDF Wire</title><link>http://rdf.example/</link><description>x</description></channel>
<item rdf:about="http://rdf.example/1"><title>Port strike ends</title><link>http://rdf.example/1</link>
<dc:date>2025-10-20T10:00:00Z</dc:date><description>{LEAD}</description></item>
</rdf:RDF>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://atom.example/news/">
<title>Atom Times</title><id>urn:x</id><updated>2025-10-22T09:00:00Z</updated>
<entry><title>Lisk port reopens</title><link href="lisk-reopens"/><id>urn:1</id>
<updated>2025-10-22T09:00:00Z</updated><author><name>Tomas Brann</name></author>
<content type="html">&lt;p&gt;{LEAD}&lt;/p&gt;&lt;p&gt;{SECOND}&lt;/p&gt;</content></entry>
</feed>"""

PAGE = f"""<!doctype html><html><head><title>Port strike ends in Lisk | The Valdoria Times</title>
<script type="application/ld+json">{{"@context":"https://schema.org","@type":"NewsArticle",
"headline":"Port strike ends in Lisk","datePublished":"2025-10-21T08:00:00Z",
"publisher":{{"@type":"Organization","name":"The Valdoria Times"}},"author":{{"@type":"Person","name":"Anna Berg"}}}}</script>
</head><body><nav><a href="/">Home</a> <a href="/world">World news</a> <a href="/sport">Sport</a></nav>
<div class="advert">Subscribe now for one euro a month</div>
<article><h1>Port strike ends in Lisk</h1><p>{LEAD}</p><p>{SECOND}</p>
<p>"We have won what we came for," union leader Tomas Brann told reporters outside the port gates.</p></article>
<section class="comments"><h3>Comments</h3><p>Great news, finally! posted by reader123</p></section>
<footer>Copyright 2025 The Valdoria Times. All rights reserved.</footer></body></html>"""


def load(tmp_path: Path, config: Config, name: str, data: str | bytes):  # type: ignore[no-untyped-def]
    path = tmp_path / name
    path.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    return load_articles([str(path)], config)


def test_an_rss_feed_gives_one_article_per_entry_with_its_fields(tmp_path: Path, repo_config: Config) -> None:
    arts, problems = load(tmp_path, repo_config, "wire.rss", RSS2)
    assert [a.title for a in arts] == ["Port strike ends in Lisk", "Grain ships queue off Lisk"]
    a = arts[0]
    assert (a.published, a.outlet, a.author, a.url) == (
        dt.date(2025, 10, 21), "Valdoria Wire", "Anna Berg", "https://wire.example/news/lisk-strike")
    assert [b.text for b in a.blocks] == [LEAD, SECOND]  # the full content, not the teaser; no script
    assert arts[1].published is None  # no date in the entry: undated, not today
    assert [(p.path, p.reason) for p in problems] == [(f"{tmp_path / 'wire.rss'} (entry 2)", "feed entry has no text")]
    assert len({a.id for a in arts}) == 2


@pytest.mark.parametrize(("name", "feed", "outlet"), [("old.xml", RSS091, "Old Wire"), ("rdf.rdf.xml", RDF, "RDF Wire"),
                                                      ("atom.atom", ATOM, "Atom Times")])
def test_every_feed_dialect_loads(tmp_path: Path, repo_config: Config, name: str, feed: str, outlet: str) -> None:
    (a,), problems = load(tmp_path, repo_config, name, feed)
    assert not problems
    assert a.outlet == outlet and a.blocks[0].text.startswith("Dock workers in Lisk")


def test_atom_relative_links_are_made_absolute_and_its_author_and_date_kept(tmp_path: Path, repo_config: Config) -> None:
    (a,), _ = load(tmp_path, repo_config, "atom.xml", ATOM)
    assert a.url == "https://atom.example/news/lisk-reopens"
    assert (a.author, a.published) == ("Tomas Brann", dt.date(2025, 10, 22))


def test_a_feed_in_a_wrong_encoding_still_loads(tmp_path: Path, repo_config: Config) -> None:
    latin = RSS091.replace("Port strike ends", "Grève au port de Liské").encode("latin-1")  # declared as UTF-8 by default
    (a,), _ = load(tmp_path, repo_config, "latin.rss", latin)
    assert "Lisk" in a.text and "Gr" in a.title


def test_an_xml_file_that_is_no_feed_is_reported_and_the_rest_loads(tmp_path: Path, repo_config: Config) -> None:
    (tmp_path / "data.xml").write_text("<?xml version='1.0'?><inventory><item>bolts</item></inventory>")
    (tmp_path / "a.txt").write_text(f"{LEAD}\n\n{SECOND}")
    arts, problems = load_articles([str(tmp_path)], repo_config)
    assert [a.path for a in arts] == [str(tmp_path / "a.txt")]
    assert [p.reason for p in problems] == ["not an RSS or Atom feed (and not a web page)"]


def test_a_saved_web_page_loads_as_its_article_without_navigation_adverts_or_comments(
        tmp_path: Path, repo_config: Config) -> None:
    (a,), problems = load(tmp_path, repo_config, "lisk.html", PAGE)
    assert not problems
    assert a.title == "Port strike ends in Lisk"
    assert (a.published, a.outlet, a.author) == (dt.date(2025, 10, 21), "The Valdoria Times", "Anna Berg")  # JSON-LD
    text = a.text
    assert text.startswith(LEAD) and "Tomas Brann told reporters" in text
    for debris in ("Home", "Subscribe", "reader123", "Copyright", "World news"):
        assert debris not in text


def test_page_text_cannot_inject_escapes_or_markup(tmp_path: Path, repo_config: Config) -> None:
    hostile = PAGE.replace(SECOND, "The union said \x1b]52;c;aGVsbG8=\x07members [bold red]accepted[/] a pay rise of 8 percent over two years.")
    (a,), _ = load(tmp_path, repo_config, "hostile.htm", hostile)
    assert "\x1b" not in a.text and "\x07" not in a.text
    assert "[bold red]accepted[/]" in a.text  # kept as text: shown escaped, never as markup


def test_fragment_text_keeps_paragraphs_and_drops_scripts() -> None:
    assert fragment_text("<p>One &amp; two.</p><script>x()</script><div>Three<br>four</div>") == "One & two.\n\nThree\n\nfour"
    assert fragment_text("plain text, no markup") == "plain text, no markup"


def test_opml_lists_feeds_in_order() -> None:
    opml = """<?xml version="1.0"?><opml version="2.0"><head><title>My feeds</title></head><body>
    <outline text="World"><outline text="Wire" type="rss" xmlUrl="https://wire.example/rss"/>
    <outline text="Times" type="rss" xmlUrl="https://times.example/atom"/></outline></body></opml>"""
    assert read_opml(opml) == [("https://wire.example/rss", "Wire"), ("https://times.example/atom", "Times")]
    assert kind_of(opml) == "opml" and kind_of(RSS2) == "feed" and kind_of(ATOM) == "feed" and kind_of(PAGE) == "html"


@pytest.mark.parametrize(("raw", "name"), [("desk@wire.example (Anna Berg)", "Anna Berg"), ("Anna Berg <a@wire.example>", "Anna Berg"),
                                           ("desk@wire.example", None), ("Anna Berg", "Anna Berg"), ("", None)])
def test_a_feeds_author_field_is_read_as_a_name(raw: str, name: str | None) -> None:
    assert byline(raw) == name


LAUGHS = "".join(f' <!ENTITY lol{i} "{("&lol" + str(i - 1) + ";") * 10}">\n' for i in range(1, 10))
BOMB_DTD = f'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n <!ENTITY lol0 "lol">\n{LAUGHS}]>\n'


def test_an_entity_bomb_in_a_feed_or_an_opml_file_does_not_blow_up(tmp_path: Path, repo_config: Config) -> None:
    (tmp_path / "bomb.rss").write_text(BOMB_DTD + f"<rss version='2.0'><channel><title>Bomb</title><item>"
                                       f"<title>&lol9;</title><description>{LEAD}</description></item></channel></rss>")
    (tmp_path / "bomb.opml").write_text(BOMB_DTD + "<opml><body><outline text='&lol9;' xmlUrl='https://x.example/'/>"
                                        "</body></opml>")
    arts, problems = load_articles([str(tmp_path)], repo_config)
    assert len(arts) == 1 and len(arts[0].title) < 100  # the entity is not expanded
    assert [p.path for p in problems] == [str(tmp_path / "bomb.opml")] and "OPML" in problems[0].reason


def test_an_entry_dated_beyond_the_calendar_loads_undated(tmp_path: Path, repo_config: Config) -> None:
    far = ATOM.replace("<updated>2025-10-22T09:00:00Z</updated><author>", "<updated>9999-12-31T23:59:59-12:00</updated><author>")
    (a,), problems = load(tmp_path, repo_config, "far.atom", far)
    assert not problems and a.published is None
