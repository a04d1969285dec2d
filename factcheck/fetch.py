"""Read articles given by URL: fetch each page, keep its main text, title, site and date, cache it.

httpx does the fetching: unlike urllib it gives separate connect and read timeouts, a cap on
redirects, and a streamed body, so a page past the size limit is cut off after the limit rather
than read whole into memory. trafilatura does the extraction: on a live page (menus, teasers,
comment threads, cookie banners) its main-text detection is far steadier than the block walk
`ingest.html_to_text` does on a saved page, and it reads the title, site name and publication
date from the page's metadata. The date it reads lands in `Source.published`.

Nothing here reaches the network unless a URL is given: httpx and trafilatura are imported only
when a page has to be fetched, and a page in the cache is never fetched again (unless `refresh`).
Every failure is one line naming the URL and what to do; the module never prints.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from .annotate.published import article_date
from .ingest import MAX_CHARS, InputError, decode, guess_title, within_limits
from .models import Source

if TYPE_CHECKING:
    import httpx

DEFAULT_TIMEOUT = 10.0  # seconds to connect, and to wait for each read
TIMEOUT_ENV = "FACTCHECK_FETCH_TIMEOUT"
DEADLINE_FACTOR = 6  # a whole download may take this many timeouts, so a page sent a byte at a time still ends
MAX_REDIRECTS = 5
MAX_PAGE_BYTES = 5_000_000  # a news page is well under 1 MB; past this the download stops
MAX_ENTRY_BYTES = 4 * MAX_CHARS + 4096  # a cache entry holds one article's text (UTF-8, JSON-escaped)
MIN_TEXT_CHARS = 40  # less main text than this (beside the title) is a page with no article on it
_HTML_TYPES = {"text/html", "application/xhtml+xml"}
_TEXT_TYPES = {"text/plain", "text/markdown", "text/x-markdown"}
_URL = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)


class FetchError(InputError):
    """One URL could not be read: the message is one line naming the URL and what to do."""


@dataclass
class Page:
    """What a page gave: the fields of its Source, before an id is chosen. The cache stores these."""

    url: str  # as given
    final_url: str  # after redirects
    title: str
    site: str | None
    published: str | None
    text: str


def is_url(given: str | Path) -> bool:
    """Whether an argument is a web address (scheme://…) rather than a file or folder."""
    return bool(_URL.match(str(given))) and not Path(given).exists()


def fetch_sources(
    urls: Sequence[str],
    *,
    notes: list[str],
    cache_dir: Path | None = None,
    refresh: bool = False,
    timeout: float | None = None,
    max_bytes: int = MAX_PAGE_BYTES,
    taken: Collection[str] = (),
) -> list[Source]:
    """The articles at the URLs, in order; each URL that fails is one line in `notes`, InputError if all fail."""
    sources = []
    failures = []
    for result in fetch_pages(
        urls, notes=notes, cache_dir=cache_dir, refresh=refresh, timeout=timeout, max_bytes=max_bytes, taken=taken
    ):
        if isinstance(result, FetchError):
            notes.append(str(result))
            failures.append(result)
        else:
            sources.append(result)
    if failures and not sources:
        raise InputError(str(failures[0]))
    return sources


def fetch_pages(
    urls: Sequence[str],
    *,
    notes: list[str] | None = None,
    cache_dir: Path | None = None,
    refresh: bool = False,
    timeout: float | None = None,
    max_bytes: int = MAX_PAGE_BYTES,
    taken: Collection[str] = (),
) -> list[Source | FetchError]:
    """A Source or the FetchError for each URL, in order; ids are unique and unlike any in `taken`.

    Pages come from the cache under `cache_dir` (default: the factcheck cache folder) unless
    `refresh`; fresh ones are stored there. Notes about pages that were read (cut short, text
    not read) go to `notes`.
    """
    from .cache import default_cache_dir

    if not urls:
        return []
    cache = PageCache((cache_dir or default_cache_dir()) / "pages")
    seconds = fetch_timeout(timeout)
    used = set(taken)
    results: list[Source | FetchError] = []
    client: httpx.Client | None = None
    try:
        for url in urls:
            try:
                page = None if refresh else cache.get(url)
                if page is None:
                    if client is None:
                        client = _client(seconds)
                    page = fetch_page(client, url, timeout=seconds, max_bytes=max_bytes)
                    cache.put(page)
            except FetchError as err:
                results.append(err)
                continue
            results.append(_source(page, _unique_id(url_id(url), used), notes))
    finally:
        if client is not None:
            client.close()
    return results


def fetch_timeout(timeout: float | None = None) -> float:
    """The timeout given, else $FACTCHECK_FETCH_TIMEOUT, else DEFAULT_TIMEOUT, in seconds."""
    if timeout is None:
        setting = os.environ.get(TIMEOUT_ENV, "").strip()
        try:
            timeout = float(setting) if setting else DEFAULT_TIMEOUT
        except ValueError:
            raise InputError(f"{TIMEOUT_ENV}={setting!r}: not a number of seconds; set it to 10, say") from None
    if not 0 < timeout < float("inf"):
        raise InputError(f"fetch timeout {timeout}: must be a positive number of seconds")
    return timeout


def _client(timeout: float) -> httpx.Client:
    """An HTTP client with the timeouts, the redirect cap and a User-Agent that names factcheck."""
    import httpx

    return httpx.Client(
        timeout=httpx.Timeout(timeout),
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        headers={"User-Agent": user_agent(), "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1"},
    )


def user_agent() -> str:
    """ "factcheck/<version> (article comparison)", so a site can tell who is asking."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        number = version("factcheck")
    except PackageNotFoundError:
        number = "dev"
    return f"factcheck/{number} (article comparison; +httpx)"


def fetch_page(client: httpx.Client, url: str, *, timeout: float, max_bytes: int = MAX_PAGE_BYTES) -> Page:
    """Download one page and extract its article; FetchError (one line) on any failure."""
    import httpx

    if urlsplit(url).scheme.lower() not in ("http", "https"):
        raise FetchError(f"{url}: only http:// and https:// addresses are read; save the page and give the file")
    try:
        final_url, kind, charset, body = _download(client, url, timeout, max_bytes)
    except httpx.TimeoutException:
        raise FetchError(
            f"{url}: no answer within {timeout:g} s; try again later or save the page and give the file"
        ) from None
    except httpx.TooManyRedirects:
        raise FetchError(
            f"{url}: more than {MAX_REDIRECTS} redirects (a redirect loop?); open it in a browser and give the "
            "address it ends at"
        ) from None
    except httpx.ConnectError as err:
        raise FetchError(f"{url}: cannot connect ({_reason(err)}); check the address and the network") from None
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as err:
        raise FetchError(f"{url}: not a web address factcheck can read ({_reason(err)}); check it") from None
    except httpx.HTTPError as err:
        raise FetchError(
            f"{url}: the download failed ({_reason(err)}); try again or save the page and give the file"
        ) from None
    if kind in _HTML_TYPES or (not kind and _looks_like_html(body)):
        return _from_html(url, final_url, body, charset)
    return _from_text(url, final_url, body, charset)


def _download(client: httpx.Client, url: str, timeout: float, max_bytes: int) -> tuple[str, str, str | None, bytes]:
    """The final URL, content type, charset and body of a page; FetchError for a bad status, type or size."""
    deadline = time.monotonic() + DEADLINE_FACTOR * timeout
    with client.stream("GET", url) as response:
        final_url = str(response.url)
        if response.status_code >= 400:
            raise FetchError(_status_message(url, response.status_code, response.reason_phrase))
        kind = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind and kind not in _HTML_TYPES | _TEXT_TYPES:
            raise FetchError(
                f"{url}: the server sent {kind}, not a web page or text; if it is an article, save it as .txt or "
                ".html and give that"
            )
        too_big = FetchError(
            f"{url}: larger than {max_bytes / 1_000_000:g} MB, far past any article; save the article text as .txt "
            "and give that"
        )
        length = response.headers.get("content-length", "")
        if length.isdigit() and int(length) > max_bytes:
            raise too_big
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():  # decompressed: a small gzip of a huge page is stopped too
            size += len(chunk)
            if size > max_bytes:
                raise too_big
            if time.monotonic() > deadline:
                raise FetchError(
                    f"{url}: still downloading after {DEADLINE_FACTOR * timeout:g} s; try again later or save the "
                    "page and give the file"
                )
            chunks.append(chunk)
        return final_url, kind, response.charset_encoding, b"".join(chunks)


def _status_message(url: str, status: int, reason: str) -> str:
    """The line for an HTTP error status, with what to do about it."""
    if status in (401, 403, 451):
        advice = "the site refused to serve it; open it in a browser, save the page and give the file"
    elif status == 429 or status >= 500:
        advice = "the site is not answering properly; try again later"
    else:
        advice = "check the address"
    return f"{url}: HTTP {status} {reason}".rstrip() + f"; {advice}"


def _reason(err: Exception) -> str:
    """An exception's message on one short line."""
    text = " ".join(str(err).split()) or type(err).__name__
    return text[:200]


def _looks_like_html(body: bytes) -> bool:
    """Whether a body sent without a content type is a web page."""
    return bool(re.match(rb"\s*<(?:!doctype\s+html|html|head|body)\b", body[:1024], re.I))


def _from_html(url: str, final_url: str, body: bytes, charset: str | None) -> Page:
    """The article on a web page, by trafilatura: its main text with the title as the first line."""
    import trafilatura

    html = _decoded(body, charset) or body  # without a charset it names, trafilatura reads the page's own
    document = trafilatura.bare_extraction(html, url=final_url, with_metadata=True)
    fields: dict[str, Any] = {} if document is None else document if isinstance(document, dict) else document.as_dict()
    title = _clean(fields.get("title")) or ""
    lines = [line.strip() for line in str(fields.get("text") or "").splitlines() if line.strip()]
    if title and (not lines or " ".join(lines[0].split()).casefold() != title.casefold()):
        lines.insert(0, title)
    if sum(len(line) for line in (lines[1:] if title else lines)) < MIN_TEXT_CHARS:
        raise FetchError(f"{url}: no article text found on the page; copy the article into a .txt file and give that")
    published = _clean(fields.get("date"))
    if published and article_date("\n".join(lines)) is None:
        # trafilatura leaves the byline out; its date, as a line under the title, puts "on Tuesday" on a day
        lines.insert(1 if title else 0, f"Published {published}")
    text = "\n\n".join(lines) + "\n"  # paragraphs apart, as ingest writes a saved page
    return Page(
        url=url,
        final_url=final_url,
        title=title or guess_title(text),
        site=_clean(fields.get("sitename")),
        published=published,
        text=text,
    )


def _from_text(url: str, final_url: str, body: bytes, charset: str | None) -> Page:
    """A plain-text article, as sent."""
    text = _decoded(body, charset)
    if text is None:
        try:
            text = decode(body, url)
        except InputError as err:
            raise FetchError(str(err)) from None
    if len(text.strip()) < MIN_TEXT_CHARS:
        raise FetchError(f"{url}: the page is empty; check the address, or save the article as .txt and give that")
    return Page(url=url, final_url=final_url, title=guess_title(text), site=None, published=None, text=text)


def _decoded(body: bytes, charset: str | None) -> str | None:
    """The body decoded with the charset the server named; None without one, or with one Python does not know."""
    if not charset:
        return None
    try:
        return body.decode(charset, errors="replace")
    except LookupError:
        return None


def _clean(value: object) -> str | None:
    """A metadata field as one line of text, or None when absent or empty."""
    text = " ".join(str(value).split()) if value is not None else ""
    return text or None


def _source(page: Page, source_id: str, notes: list[str] | None) -> Source:
    """The Source of a page, cut at MAX_CHARS as a file would be, with notes on what was not read."""
    text = within_limits(page.text, page.url, notes)
    return Source(
        id=source_id,
        path=page.url,
        url=page.final_url,
        title=page.title,
        site=page.site,
        published=page.published,
        text=text,
    )


def url_id(url: str) -> str:
    """A readable id for a page: its host and the last part of its path ("example.com/ferry-sinks")."""
    parts = urlsplit(url)
    host = (parts.hostname or "page").removeprefix("www.")
    last = unquote(next((p for p in reversed(parts.path.split("/")) if p), ""))
    for suffix in (".html", ".htm", ".php", ".aspx", ".asp"):
        last = last.removesuffix(suffix)
    slug = re.sub(r"(?:[^\w.-]|_)+", "-", last).strip("-.")[:60].strip("-.")  # no "_": it splits a short name
    host = re.sub(r"[^A-Za-z0-9.-]+", "-", host).strip("-.") or "page"
    return f"{host}/{slug}" if slug else host


def _unique_id(wanted: str, used: set[str]) -> str:
    """The id, or the id with -2, -3 … when another source has it already; the one chosen is marked used."""
    chosen = wanted
    number = 2
    while chosen in used:
        chosen = f"{wanted}-{number}"
        number += 1
    used.add(chosen)
    return chosen


class PageCache:
    """Pages on disk, one JSON file per URL (named by the sha256 of the URL as given).

    A missing, unreadable or damaged entry is a miss; an entry that cannot be written is skipped.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.hits = 0
        self.misses = 0

    def path(self, url: str) -> Path:
        """The entry's file."""
        return self.directory / f"{hashlib.sha256(url.encode('utf-8', 'surrogateescape')).hexdigest()}.json"

    def get(self, url: str) -> Page | None:
        """The cached page for the URL, or None."""
        from .files import read_file

        try:
            data = read_file(self.path(url), MAX_ENTRY_BYTES, follow_links=False)
            page = _page_from_json(json.loads(data.decode("utf-8")), url) if len(data) <= MAX_ENTRY_BYTES else None
        except (OSError, ValueError, RecursionError):  # ValueError covers bad JSON and bad UTF-8
            page = None
        if page is None:
            self.misses += 1
        else:
            self.hits += 1
        return page

    def put(self, page: Page) -> None:
        """Store a page (atomically: a temp file renamed over the entry)."""
        from .files import write_atomically

        path = self.path(page.url)
        entry = {
            "url": page.url,
            "final_url": page.final_url,
            "title": page.title,
            "site": page.site,
            "published": page.published,
            "text": page.text,
            "fetched": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            if path.is_symlink():
                path.unlink()  # never write through a link left in an entry's place
            write_atomically(path, json.dumps(entry, ensure_ascii=False))
        except OSError:
            pass


def _page_from_json(entry: object, url: str) -> Page | None:
    """The page a cache entry holds, or None unless it is a well-formed entry for this URL."""
    if not isinstance(entry, dict) or entry.get("url") != url:
        return None
    strings = ("final_url", "title", "text")
    optional = ("site", "published")
    if not all(isinstance(entry.get(k), str) for k in strings):
        return None
    if not all(entry.get(k) is None or isinstance(entry.get(k), str) for k in optional):
        return None
    if not entry["text"].strip():
        return None
    return Page(
        url=url,
        final_url=entry["final_url"],
        title=entry["title"],
        site=entry.get("site"),
        published=entry.get("published"),
        text=entry["text"],
    )
