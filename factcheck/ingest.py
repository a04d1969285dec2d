"""Read article files (.txt, .md, .html) into Sources, and mask what is not news before parsing.

The text a Source keeps is exactly what the claim offsets point into. Markup and page furniture
are blanked out with spaces in a same-length copy (`parse_text`), so spaCy never sees them and
every offset still holds in the original.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

from .files import NotAFile, read_file
from .models import Source

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm"}
MAX_CHARS = 200_000  # about 35,000 words: far past any news article, and parsed in seconds
MAX_BYTES = 8_000_000  # read no more of a file than this: a web page of MAX_CHARS of text is far smaller


class InputError(Exception):
    """Bad input a user can fix: the message names the file and what to do."""


# Documents that need their own reader: read as text they give junk claims, so they are refused by name.
DOCUMENT_SUFFIXES = {".pdf", ".doc", ".docx", ".odt", ".rtf", ".pages", ".epub", ".xls", ".xlsx", ".ppt", ".pptx"}
STDIN = "-"


def find_articles(paths: Sequence[str | Path], notes: list[str] | None = None) -> list[Path]:
    """Expand files and folders into the article files they hold, sorted, without duplicates.

    Documents in a folder (.pdf, .docx, .rtf ...) are skipped with a note in `notes`; one named on
    its own is refused. URLs are left out: they are not files (`read_sources` fetches them).
    """
    from .fetch import is_url

    found: list[Path] = []
    for given in paths:
        if str(given) == STDIN:
            found.append(Path(STDIN))
            continue
        if is_url(given):
            continue
        path = Path(given)
        if not path.exists():
            raise InputError(f"{path}: no such file or directory; give article files or a folder of them")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*") if p.is_file())
            inside = [p for p in files if p.suffix.lower() in ARTICLE_SUFFIXES]
            documents = [p for p in files if p.suffix.lower() in DOCUMENT_SUFFIXES]
            if documents and notes is not None:
                notes.append(_documents_note(path, documents))
            if not inside:
                raise InputError(
                    f"{path}: no articles here (.txt, .md, .html){_documents_hint(documents)}; "
                    "put article files in it or name them"
                )
            found.extend(inside)
        elif path.suffix.lower() in DOCUMENT_SUFFIXES:
            raise InputError(
                f"{path}: {path.suffix.lower()[1:].upper()} documents are not read; "
                "save the article as text (.txt) or a web page (.html) and give that"
            )
        else:
            found.append(path)
    unique: dict[Path, None] = {}
    for p in found:
        unique.setdefault(p if str(p) == STDIN else p.resolve(), None)
    return [Path(p) for p in unique] if len(unique) != len(found) else found


def _documents_note(folder: Path, documents: list[Path]) -> str:
    """The note for documents skipped in a folder, naming them."""
    names = ", ".join(str(p.relative_to(folder)) for p in documents[:5])
    more = f" and {len(documents) - 5} more" if len(documents) > 5 else ""
    return (
        f"{folder}: skipped {len(documents)} {'document' if len(documents) == 1 else 'documents'} factcheck cannot "
        f"read ({names}{more}); save them as .txt or .html to compare them"
    )


def _documents_hint(documents: list[Path]) -> str:
    """What an empty folder does hold, when it holds documents."""
    if not documents:
        return ""
    kinds = sorted({p.suffix.lower() for p in documents})
    return f", only documents factcheck cannot read ({', '.join(kinds)}): save them as .txt or .html"


# What a document format starts with, so a PDF renamed .txt is still refused.
_DOCUMENT_MAGIC = {
    b"%PDF-": "a PDF document",
    b"PK\x03\x04": "a zip archive (a .docx or similar)",
    b"{\\rtf": "an RTF document",
}


def decode(data: bytes, name: str) -> str:
    """Decode bytes as UTF-8, UTF-16 (with or without BOM) or Windows-1252; refuse binary files."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")  # a cut-off file or a lone surrogate: U+FFFD
    for magic, kind in _DOCUMENT_MAGIC.items():
        if data.startswith(magic):
            raise InputError(f"{name}: is {kind}, not text; save the article as .txt or .html and give that")
    head = data[:4096]
    if b"\x00" in head:
        # UTF-16 without a BOM: English text leaves every other byte zero.
        even, odd = head[0::2].count(0), head[1::2].count(0)
        for encoding, zeros, half in (("utf-16-le", odd, len(head[1::2])), ("utf-16-be", even, len(head[0::2]))):
            if half and zeros / half > 0.4 and min(even, odd) == 0:
                try:
                    return data.decode(encoding)
                except UnicodeDecodeError:
                    break
        raise InputError(f"{name}: looks like a binary file, not text; give a .txt, .md or .html article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# Page furniture that points at other stories: its figures belong to other events.
_ELSEWHERE = re.compile(
    r"related|most[-_ ]?read|read[-_ ]?next|recommend|more[-_ ]stories|newsletter|promo|share|cookie|consent|gdpr", re.I
)


def _points_elsewhere(block: Any, boxed: dict[int, bool]) -> bool:
    """Whether a block is a link to another story, or sits in a box of such links."""
    if block.name == "li" and (link := block.find("a")) and link.get_text(" ").split() == block.get_text(" ").split():
        return True
    return _in_box_of_links(block, boxed)


def _in_box_of_links(node: Any, boxed: dict[int, bool]) -> bool:
    """Whether the node or a tag around it is named like a box of links; remembered per tag, so a
    deeply nested page is walked once, not once per block."""
    path = []
    while node is not None and id(node) not in boxed:
        names = " ".join([*(node.get("class") or []), node.get("id") or ""]) if hasattr(node, "get") else ""
        if names and _ELSEWHERE.search(names):
            boxed[id(node)] = True
            break
        path.append(node)
        node = node.parent
    answer = boxed.get(id(node), False) if node is not None else False
    for seen in path:
        boxed[id(seen)] = answer
    return answer


def _holding_blocks(soup: Any) -> set[int]:
    """The tags that hold a paragraph, item or heading somewhere inside: found by climbing from each
    such tag until a tag already known, so the page is walked once however deep it nests."""
    holding: set[int] = set()
    for inner in soup.find_all(["p", "li", "h1", "h2", "h3", "h4"]):
        node = inner.parent
        while node is not None and id(node) not in holding:
            holding.add(id(node))
            node = node.parent
    return holding


_BLOCKS = {"h1", "h2", "h3", "h4", "p", "li", "blockquote", "figcaption", "pre", "td"}
# A byline or date line outside the paragraphs ("<div class="byline">By A. Writer · Fri 13 Oct 2023</div>"):
# kept as a line of its own, since it dates the article.
_DATED = re.compile(r"byline|dateline|timestamp|published|pubdate|article-date|post-date|meta-date", re.I)


def _is_block(tag: Any) -> bool:
    """A block of the page read as one paragraph: a heading, a paragraph, an item, a caption, a byline."""
    if tag.name in _BLOCKS:
        return True
    names = " ".join(tag.get("class") or []) + " " + (tag.get("id") or "")
    return tag.name in ("div", "span", "time") and bool(_DATED.search(names))


def html_to_text(html: str) -> str:
    """Visible text of an HTML page, without scripts, styles, navigation or links to other stories.

    BeautifulSoup does the parsing. trafilatura (which reads pages fetched by URL, see `fetch`) was
    measured on the 46 saved pages of ../shared/corpus and tests/ and not chosen for them: it drops
    bylines with their dates, captions and standfirsts, which the tool reads (a byline dates the
    article; a caption is marked so its figures are not taken as the story's). It found 811 claims
    against 817, and 139 of the 173 gold discrepancies against 141, with a false alarm where the
    missing date let a past toll pass for this event's; with its date written back it only tied.
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup(["script", "style", "noscript", "nav", "header", "footer", "aside", "form", "svg", "iframe"]):
        tag.decompose()
    blocks = []
    holding = _holding_blocks(soup)
    boxed: dict[int, bool] = {}
    for block in soup.find_all(_is_block):
        if id(block) in holding or _points_elsewhere(block, boxed):
            continue
        text = " ".join(block.get_text(" ").split())
        if text:
            prefix = "  • " if block.name == "li" else "Photo: " if block.name == "figcaption" else ""
            blocks.append(prefix + text)
    if not blocks:
        blocks = [line.strip() for line in soup.get_text("\n").splitlines() if line.strip()]
    return "\n\n".join(blocks) + "\n"


def source_ids(paths: Sequence[Path]) -> list[str]:
    """An id per file: its name, or the shortest tail of its path that tells it apart when names collide.

    "d1/story.txt" and "d2/story.txt" must not share an id, or their disagreement would vanish.
    """
    parts = [Path(os.path.abspath(p)).parts for p in paths]
    depth = [1] * len(paths)
    while True:
        ids = [
            "stdin" if str(path) == STDIN else "/".join(p[-d:]) for path, p, d in zip(paths, parts, depth, strict=True)
        ]
        seen: dict[str, list[int]] = {}
        for index, sid in enumerate(ids):
            seen.setdefault(sid, []).append(index)
        clashes = [i for group in seen.values() if len(group) > 1 for i in group if depth[i] < len(parts[i])]
        if not clashes:
            return ids
        for index in clashes:
            depth[index] += 1


def read_source(path: Path, notes: list[str] | None = None, source_id: str | None = None) -> Source:
    """Read one article file into a Source (id = file name unless given); a text past MAX_CHARS is cut, with a note."""
    data, cut_short = _read_bytes(path)
    text = decode(data, str(path))
    if path.suffix.lower() in (".html", ".htm") or (str(path) == STDIN and _looks_like_html(text)):
        text = html_to_text(text)
    if not text.strip():
        raise InputError(f"{path}: the file is empty; give an article with text in it")
    text = within_limits(text, str(path), notes, cut_short)
    return Source(id=readable(source_id or path.name), path=readable(str(path)), title=guess_title(text), text=text)


def within_limits(text: str, name: str, notes: list[str] | None, cut_short: bool = False) -> str:
    """The text cut at MAX_CHARS (at a line break when one is near), with notes naming `name` on what was
    not read: the rest of a long text, and stretches that are not prose."""
    if len(text) > MAX_CHARS or cut_short:
        cut = text.rfind("\n", 0, MAX_CHARS)
        text = text[: cut if cut > MAX_CHARS // 2 else MAX_CHARS]
        if notes is not None:
            notes.append(f"{name}: longer than {MAX_CHARS:,} characters; only the first {len(text):,} were read")
    if notes is not None and (skipped := sum(end - start for start, end in not_prose(text))):
        notes.append(
            f"{name}: {skipped:,} characters were not read: they run on without a sentence ending, or are "
            "mostly digits and signs, not prose"
        )
    return text


def _read_bytes(path: Path) -> tuple[bytes, bool]:
    """At most MAX_BYTES of a regular file (or of standard input), and whether there was more.

    A device (/dev/zero) or a named pipe is refused rather than read, since either may never end.
    """
    try:
        data = sys.stdin.buffer.read(MAX_BYTES + 1) if str(path) == STDIN else read_file(path, MAX_BYTES)
    except NotAFile as err:
        raise InputError(
            f"{path}: not a regular file (a device or a pipe); save the article to a file and give that"
        ) from err
    except OSError as err:
        raise InputError(f"{path}: cannot read ({err.strerror}); check the path and its permissions") from err
    return data[:MAX_BYTES], len(data) > MAX_BYTES


def readable(name: str) -> str:
    """A file name as text that can be printed and saved: bytes that are not UTF-8 become U+FFFD."""
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _looks_like_html(text: str) -> bool:
    """Whether text read from standard input is a web page."""
    return bool(re.match(r"\s*<(?:!doctype\s+html|html)\b", text, re.I))


def read_sources(
    paths: Sequence[str | Path],
    skipped: list[str] | None = None,
    *,
    cache_dir: Path | None = None,
    refresh: bool = False,
) -> list[Source]:
    """Read every article under the given paths, and fetch every URL (http, https), in the order given.

    With a `skipped` list, files and pages that cannot be used (empty, binary, HTTP 404) are noted
    there and the rest are read; the error is raised only when no article is left. Without it, the
    first bad one raises. Fetched pages are cached under `cache_dir` (default: the cache folder);
    `refresh` fetches them again all the same.
    """
    from itertools import groupby

    from .fetch import fetch_pages, is_url

    order: list[Path | str] = []  # article files and URLs, as given
    seen: set[Path | str] = set()
    for web, group in groupby(paths, key=is_url):
        for item in [str(g) for g in group] if web else find_articles(list(group), skipped):
            key = item if isinstance(item, str) or str(item) == STDIN else item.resolve()
            if key not in seen:
                seen.add(key)
                order.append(item)
    articles = [item for item in order if isinstance(item, Path)]
    ids = dict(zip(articles, source_ids(articles), strict=True))
    urls = [item for item in order if isinstance(item, str)]
    pages = dict(
        zip(
            urls,
            fetch_pages(urls, notes=skipped, cache_dir=cache_dir, refresh=refresh, taken=ids.values()),
            strict=True,
        )
    )
    sources: list[Source] = []
    problems: list[InputError] = []
    for item in order:
        try:
            page = pages[item] if isinstance(item, str) else read_source(item, skipped, ids[item])
            if isinstance(page, InputError):
                raise page
            sources.append(page)
        except InputError as err:
            if skipped is None:
                raise
            problems.append(err)
    if problems and not sources:
        raise problems[0]
    if skipped is not None:
        skipped.extend(f"skipped {err}" for err in problems)
    return sources


def guess_title(text: str) -> str:
    """The first line that reads like a headline."""
    for line in text.splitlines():
        line = re.sub(r"^[#\s*]+|[*\s]+$", "", line)
        if len(line) > 15 and not is_furniture(line):
            return line[:200]
    return ""


# Page furniture: lines that belong to the web page, not to the report. General web patterns only.
_FURNITURE = re.compile(
    r"""^\s*(?:
        (?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty)
        \s*(?:-\s*)?min(?:ute)?s?\s+read\b.*
      | \d+x\d+\s+image
      | (?:copyright|©|\(c\)).*
      | .*\ball\s+rights\s+reserved\b.*
      | related\s+(?:articles?|stories|content|coverage|reading)\b.*
      | \W*related\s+article\W*:.*
      | read\s+more\b.*
      | (?:leave|post|add)\s+a\s+comment.*
      | no\s+comments?\b.*
      | .*\bno\s+comments\s+on\b.*
      | back\s+to\s+top
      | subscribe\b.*
      | sign\s+up\b.*
      | share\s+(?:this|on)\b.*
      | enter\s+your\s+email.*
      | accessibility\s+links
      | (?:we|this\s+(?:site|website))\s+uses?\s+cookies\b.*
      | .*\buse\s+cookies\b.*\b(?:choices|accept|agree|consent|manage|preferences|settings)\b.*
      | (?:your\s+privacy(?:\s+(?:matters|choices|settings))?(?:\s+to\s+us)?|(?:cookie|privacy)\s+(?:settings|preferences|policy|consent)
        |manage\s+(?:cookies|preferences|consent|my\s+choices)|accept\s+all(?:\s+cookies)?|reject\s+all)
      | .*\bclick(?:ing)?\s+["“]?accept(?:\s+all)?["”]?\s*,?\s+you\s+(?:agree|consent)\b.*
      | breaking\s+news
      | updated
      | advertisement
      | this\s+article\s+was\s+(?:automatically\s+)?translated\b.*
      | skip\s+to\s+(?:main\s+)?content
      | original\s+url\s*:?
      | <?https?://\S+>?
      | (?:xs|sm|md|lg|xl)
      | \*?[a-z]+\s+contributed\s+(?:reporting|to\s+this\s+report)\.?\*?
      | (?:photo|image|picture|video)\s*(?:credit)?\s*:.*
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_CAPTION_MARK = re.compile(
    r"\((?:image|photo|picture)\s+(?:credit|by)\s*:?[^)]*\)|\((?:AP|AFP|Reuters|Getty Images)(?:\s+photo)?\)\s*$"
    r"|\((?:left|right|center|centre|second from (?:left|right))\)",
    re.IGNORECASE,
)


# A heading over links to other stories; the headlines under it (lines without a full stop) go with it.
_OTHER_STORIES = re.compile(
    r"^\W*(?:related(?:\s+(?:posts?|stories|articles|links|content|coverage|reading|news))?|further\s+reading|more\s+from\b.*|more\s+on\s+this\s+(?:story|topic)|more\s+stories|also\s+(?:watch|read|see)"
    r"|most\s+(?:read|viewed|popular)|read\s+next|you\s+(?:may|might)\s+also\s+like|recommended(?:\s+for\s+you)?"
    r"|trending(?:\s+now)?|top\s+stories|latest\s+news|see\s+also|watch\s+next)\W*(?::.*)?$",
    re.I,
)


def is_furniture(line: str) -> bool:
    """True for a line that is page furniture or an image caption rather than reporting."""
    return bool(_FURNITURE.match(line) or _CAPTION_MARK.search(line))


_MARKDOWN = [
    re.compile(r"\[([^\]\n]*)\]\([^)\n]*\)"),  # [text](url) keeps text
    re.compile(r"<https?://[^>\s]*>"),
    re.compile(r"(\*\*|__)"),
    re.compile(r"^(#{1,6})\s", re.MULTILINE),
    re.compile(r"(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])"),
]


def _blank(match: re.Match[str], keep_group: int | None = None) -> str:
    """Spaces as long as the match, keeping group `keep_group` in place."""
    whole = match.group(0)
    if keep_group is None:
        return re.sub(r"[^\n]", " ", whole)
    start = match.start(keep_group) - match.start(0)
    kept = match.group(keep_group)
    return " " * start + kept + " " * (len(whole) - start - len(kept))


# Stretches no reporter writes, which would cost spaCy and the extractors minutes: a line running on
# for thousands of characters without a sentence ending, a "word" of hundreds of characters (a run
# of commas, a data blob), a long line that is mostly digits and signs rather than words.
_SENTENCE_END = re.compile(r"[.!?\n]")
_HUGE_WORD = re.compile(r"\S{300,}")
RUN_ON_CHARS = 5000  # no sentence runs this long
LONG_LINE_CHARS = 2000  # a line this long that is mostly digits and signs is data, not prose


@lru_cache(maxsize=64)
def not_prose(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each stretch of text that is not prose and is not read (see above).

    Found from where sentences and lines end, in one pass: a regex asking for "5,000 characters
    without a full stop" would try again from every character.
    """
    found = []
    previous = -1
    for end in [m.start() for m in _SENTENCE_END.finditer(text)] + [len(text)]:
        if end - previous - 1 >= RUN_ON_CHARS:
            found.append((previous + 1, end))
        previous = end
    found += [(m.start(), m.end()) for m in _HUGE_WORD.finditer(text)]
    start = 0
    for line in text.split("\n"):
        if len(line) >= LONG_LINE_CHARS:
            letters = sum(char.isalpha() for char in line)
            if letters < 0.4 * (len(line) - line.count(" ")):
                found.append((start, start + len(line)))
        start += len(line) + 1
    return sorted(found)


@lru_cache(maxsize=64)
def parse_text(text: str) -> str:
    """A same-length copy of text with markup and furniture blanked, ready for spaCy. Cached: the parser,
    the dateline reader and the annotator each ask for the same article's copy."""
    out = _MARKDOWN[0].sub(lambda m: _blank(m, 1), text)
    for pattern in _MARKDOWN[1:]:
        out = pattern.sub(lambda m: _blank(m), out)
    lines = out.split("\n")
    previous = None
    in_links = False  # under a "MORE FROM THE REGION" heading: other stories' headlines
    for i, line in enumerate(lines):
        stripped = line.strip()
        if _OTHER_STORIES.match(stripped):
            in_links = True
        elif in_links and stripped and stripped.endswith((".", "”", '"')):
            in_links = False
        # A caption is often printed twice (caption + alt text); the second copy is furniture too.
        if stripped and (in_links or is_furniture(stripped) or stripped == previous):
            lines[i] = " " * len(line)
        if stripped:
            previous = stripped
    joined = "\n".join(lines)
    result = blank_stretches(joined, not_prose(joined))
    assert len(result) == len(text)
    return result


def blank_stretches(text: str, stretches: list[tuple[int, int]]) -> str:
    """The text with the given (sorted, line-free) stretches blanked: same length, so every offset holds."""
    pieces = []
    position = 0
    for start, end in stretches:
        start = max(start, position)  # a huge word inside a run-on stretch: blanked once
        pieces += [text[position:start], " " * max(end - start, 0)]
        position = max(position, end)
    return "".join([*pieces, text[position:]])
