"""Feeds and pages by address, through a local server: cached, conditional, offline-tolerant."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from briefing.config.schema import Config
from briefing.ingest.discover import check_sources
from briefing.ingest.load import load_articles

from .test_feeds import PAGE, RSS2


class Site:
    """A local web server: path -> (body, content type); it records the requests' headers."""

    def __init__(self) -> None:
        self.pages: dict[str, tuple[str, str]] = {}
        self.raw: dict[str, Callable[[BaseHTTPRequestHandler], None]] = {}  # path -> writes its own answer
        self.seen: list[tuple[str, dict[str, str]]] = []
        self.delay = 0.0
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
                site.seen.append((self.path, dict(self.headers)))
                time.sleep(site.delay)
                if self.path in site.raw:
                    site.raw[self.path](self)
                    return
                if self.path.split("?")[0] in site.pages and "?" in self.path:
                    self.path = self.path.split("?")[0]
                if self.path not in site.pages:
                    self.send_error(404)
                    return
                body, kind = site.pages[self.path]
                if self.headers.get("If-None-Match") == '"v1"':
                    self.send_response(304)
                    self.end_headers()
                    return
                data = body.encode()
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("ETag", '"v1"')
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.server.handle_error = lambda request, address: None  # type: ignore[method-assign] # a client that gave up
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def site() -> Iterator[Site]:
    s = Site()
    s.pages["/wire.rss"] = (RSS2, "application/rss+xml")
    s.pages["/lisk"] = (PAGE, "text/html; charset=utf-8")
    yield s
    s.stop()


def test_a_feed_address_is_fetched_then_asked_again_with_its_etag(site: Site, repo_config: Config) -> None:
    url = site.base + "/wire.rss"
    arts, problems = load_articles([url], repo_config)
    assert [a.title for a in arts] == ["Port strike ends in Lisk", "Grain ships queue off Lisk"]
    assert {a.path for a in arts} == {url} and arts[0].outlet == "Valdoria Wire"
    assert [p.reason for p in problems] == ["feed entry has no text"]
    again, _ = load_articles([url], repo_config)
    assert [a.id for a in again] == [a.id for a in arts]  # the same articles from the copy kept
    assert site.seen[-1][1].get("If-None-Match") == '"v1"'  # answered 304: nothing sent again


def test_offline_the_last_copy_is_used_and_the_user_told(site: Site, repo_config: Config) -> None:
    url = site.base + "/wire.rss"
    first, _ = load_articles([url], repo_config)
    site.stop()
    arts, problems = load_articles([url], repo_config)
    assert [a.id for a in arts] == [a.id for a in first]
    offline = [p for p in problems if p.path == url]
    assert len(offline) == 1 and offline[0].severity == "warning"
    assert offline[0].reason.startswith("cannot fetch (") and "using the copy fetched" in offline[0].reason


def test_an_address_that_cannot_be_fetched_is_reported_and_the_rest_loads(
        site: Site, repo_config: Config, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Dock workers in Lisk voted on Tuesday to end a three-week strike at the port.")
    missing = site.base + "/gone.rss"
    arts, problems = load_articles([missing, str(tmp_path)], repo_config)
    assert [a.path for a in arts] == [str(tmp_path / "a.txt")]
    assert [(p.path, p.reason, p.severity) for p in problems] == [
        (missing, "cannot fetch: the server answered 404 Not Found", "error")]


def test_a_slow_server_times_out_without_holding_up_the_load(site: Site, repo_config: Config) -> None:
    site.delay = 3.0
    started = time.monotonic()
    arts, problems = load_articles([site.base + "/wire.rss"], replace(repo_config, feed_timeout=0.5))
    assert time.monotonic() - started < 2.5
    assert arts == [] and [p.reason for p in problems] == ["cannot fetch: no answer in time"]


def test_a_body_over_the_size_limit_is_refused(site: Site, repo_config: Config) -> None:
    site.pages["/big.rss"] = (RSS2 + " " * 20_000, "application/rss+xml")
    arts, problems = load_articles([site.base + "/big.rss"], replace(repo_config, max_file_mb=0.01))
    assert arts == [] and "larger than the limit" in problems[0].reason


def test_a_page_address_loads_as_its_article(site: Site, repo_config: Config) -> None:
    (a,), problems = load_articles([site.base + "/lisk"], repo_config)
    assert not problems
    assert a.title == "Port strike ends in Lisk" and a.outlet == "The Valdoria Times"
    assert a.url == site.base + "/lisk"


def test_an_opml_file_loads_the_feeds_it_lists(site: Site, repo_config: Config, tmp_path: Path) -> None:
    opml = tmp_path / "feeds.opml"
    opml.write_text(f"""<?xml version="1.0"?><opml version="2.0"><head/><body>
    <outline text="Wire" xmlUrl="{site.base}/wire.rss"/><outline text="Gone" xmlUrl="{site.base}/gone.rss"/>
    <outline text="Wire again" xmlUrl="{site.base}/wire.rss"/></body></opml>""")
    arts, problems = load_articles([str(tmp_path)], repo_config)
    assert [a.title for a in arts] == ["Port strike ends in Lisk", "Grain ships queue off Lisk"]  # listed twice, read once
    assert sorted(p.reason for p in problems) == ["cannot fetch: the server answered 404 Not Found", "feed entry has no text"]


def test_addresses_are_not_checked_as_paths(repo_config: Config) -> None:
    check_sources(["https://news.example/feed.xml"], repo_config)  # no SourceError


TEASER_FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Valdoria Wire</title><link>{base}/</link>
<item><title>Port strike ends in Lisk</title><link>{base}/lisk</link><pubDate>Tue, 21 Oct 2025 08:00:00 GMT</pubDate>
<description>Dock workers in Lisk end their strike.</description></item>
<item><title>Ships queue</title><link>{base}/gone</link><description>Grain ships wait off Lisk as the port reopens.</description></item>
</channel></rss>"""


def test_teaser_entries_are_read_from_their_linked_pages_when_asked(site: Site, repo_config: Config) -> None:
    site.pages["/teasers.rss"] = (TEASER_FEED.format(base=site.base), "application/rss+xml")
    url = site.base + "/teasers.rss"
    plain, _ = load_articles([url], repo_config)
    assert plain[0].text == "Dock workers in Lisk end their strike."  # off by default: the feed's own text
    followed, problems = load_articles([url], replace(repo_config, follow_links=True))
    first, second = followed
    assert first.text.startswith("Dock workers in Lisk voted on Tuesday") and "Tomas Brann told reporters" in first.text
    assert (first.outlet, first.author, first.published.isoformat() if first.published else None) == (
        "Valdoria Wire", "Anna Berg", "2025-10-21")  # the feed's fields first, the page's where it has none
    assert second.text == "Grain ships wait off Lisk as the port reopens."  # the page is gone: the teaser stays
    assert [p.reason for p in problems] == [f"linked page {site.base}/gone: cannot fetch: the server answered 404 Not Found"]


def _drip(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Length", "100")
    h.end_headers()
    for _ in range(100):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(0.2)


def _cut_short(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "application/rss+xml")
    h.send_header("Content-Length", "5000")
    h.end_headers()
    h.wfile.write(RSS2.encode()[:300])
    h.close_connection = True


def _to_ftp(h: BaseHTTPRequestHandler) -> None:
    h.send_response(302)
    h.send_header("Location", "ftp://127.0.0.1:1/feed.xml")
    h.end_headers()


def _many_headers(h: BaseHTTPRequestHandler) -> None:
    h.send_response(200)
    for i in range(150):
        h.send_header(f"X-{i}", "y")
    h.end_headers()


def test_a_dripping_server_is_cut_off_at_the_timeout(site: Site, repo_config: Config) -> None:
    site.raw["/drip"] = _drip
    started = time.monotonic()
    arts, problems = load_articles([site.base + "/drip"], replace(repo_config, feed_timeout=1.0))
    assert time.monotonic() - started < 4
    assert arts == [] and [p.reason for p in problems] == ["cannot fetch: no answer in time"]


@pytest.mark.parametrize(("path", "answer", "reason"), [
    ("/short", _cut_short, "cannot fetch: the answer was cut short"),
    ("/ftp", _to_ftp, "cannot fetch: redirected to a non-web address (ftp:)"),
])
def test_a_broken_answer_is_reported_and_nothing_kept(site: Site, repo_config: Config, tmp_path: Path, path: str,
                                                      answer: Callable[[BaseHTTPRequestHandler], None], reason: str) -> None:
    site.raw[path] = answer
    (tmp_path / "a.txt").write_text("Dock workers in Lisk voted on Tuesday to end a three-week strike at the port.")
    arts, problems = load_articles([site.base + path, str(tmp_path)], repo_config)
    assert [a.path for a in arts] == [str(tmp_path / "a.txt")]
    assert [p.reason for p in problems] == [reason]


def test_a_server_breaking_http_is_reported(site: Site, repo_config: Config) -> None:
    site.raw["/headers"] = _many_headers
    arts, problems = load_articles([site.base + "/headers"], repo_config)
    assert arts == [] and problems[0].reason.startswith("cannot fetch: ") and problems[0].severity == "error"


def test_an_opml_file_never_makes_briefing_read_a_local_file(repo_config: Config, tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET_TOKEN=hunter2 is the password for the port authority systems.")
    feeds = tmp_path / "feeds"
    feeds.mkdir()
    (feeds / "list.opml").write_text(f"""<opml><body><outline xmlUrl="file://{secret}"/>
    <outline xmlUrl="data:text/plain,SECRET%20in%20a%20data%20address%20that%20is%20long%20enough"/></body></opml>""")
    arts, problems = load_articles([str(feeds)], repo_config)
    assert arts == [] and len(problems) == 2
    assert all("not a web address" in p.reason for p in problems)


def test_an_unwritable_web_cache_is_reported_and_the_rest_loads(
        site: Site, repo_config: Config, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocker))
    (tmp_path / "a.txt").write_text("Dock workers in Lisk voted on Tuesday to end a three-week strike at the port.")
    arts, problems = load_articles([site.base + "/wire.rss", str(tmp_path / "a.txt")], repo_config)
    assert [a.path for a in arts] == [str(tmp_path / "a.txt")]
    assert problems[0].reason.startswith("cannot fetch: ")


def test_an_address_is_shown_without_its_password_or_token(site: Site, repo_config: Config) -> None:
    from briefing.ingest.discover import public_address

    arts, _ = load_articles([site.base + "/wire.rss?token=SECRET"], repo_config)
    assert arts and all(a.path == site.base + "/wire.rss" for a in arts)
    assert public_address("https://user:hunter2@news.example:8443/feed?token=SECRET") == "https://news.example:8443/feed"


def test_linked_pages_are_fetched_again_on_the_next_load(site: Site, repo_config: Config) -> None:
    site.pages["/teasers.rss"] = (TEASER_FEED.format(base=site.base), "application/rss+xml")
    page = site.pages.pop("/lisk")
    config = replace(repo_config, follow_links=True)
    first, _ = load_articles([site.base + "/teasers.rss"], config, cache=_cache())
    assert first[0].text == "Dock workers in Lisk end their strike."  # the page is not there yet
    site.pages["/lisk"] = page
    again, _ = load_articles([site.base + "/teasers.rss"], config, cache=_cache())
    assert again[0].text.startswith("Dock workers in Lisk voted on Tuesday")  # not the cached teaser


def _cache():  # type: ignore[no-untyped-def]
    from briefing.pipeline.cache import ArticleCache

    cache, _ = ArticleCache.try_open()
    return cache


def _drip_headers(h: BaseHTTPRequestHandler) -> None:
    h.wfile.write(b"HTTP/1.1 200 OK\r\n")
    for _ in range(100):
        h.wfile.write(b"X")
        h.wfile.flush()
        time.sleep(0.2)


def test_a_server_dripping_its_headers_is_cut_off_at_the_timeout(site: Site, repo_config: Config) -> None:
    site.raw["/slow-headers"] = _drip_headers
    started = time.monotonic()
    arts, problems = load_articles([site.base + "/slow-headers"], replace(repo_config, feed_timeout=1.0))
    assert time.monotonic() - started < 4
    assert arts == [] and [p.reason for p in problems] == ["cannot fetch: no answer in time"]


def test_a_malformed_address_in_an_opml_file_is_skipped(repo_config: Config, tmp_path: Path) -> None:
    from briefing.ingest.discover import public_address
    from briefing.ingest.fetch import is_address

    assert not is_address("http://[::1/feed") and not is_address("http://h:99999/") and not is_address("http://h:abc/")
    assert public_address("http://[::1/feed?token=x") == "http://[::1/feed"
    (tmp_path / "list.opml").write_text('<opml><body><outline xmlUrl="http://[::1/feed"/></body></opml>')
    arts, problems = load_articles([str(tmp_path)], repo_config)
    assert arts == [] and "not a web address" in problems[0].reason
