"""What every answer to a hostile request must satisfy, checked the same way everywhere.

- ``assert_answered_safely``: a normal page or a 4xx (never a 5xx or a traceback), redirects
  that stay on the site, no reflected markup, nothing unpublished leaked, and HTML that cannot
  run anything (``assert_inert_html``).
- ``assert_inert_html``: no inline script, event handler, style attribute, frame, plugin,
  meta refresh, ``<base>``, foreign form target or ``javascript:``-like URL anywhere.
- ``parse_feed``: the RSS is well-formed XML and feedparser reads it without complaint.
"""

import json
import re
from html.parser import HTMLParser
from urllib.parse import urljoin, urlsplit

import feedparser
from defusedxml.ElementTree import fromstring as parse_xml

from tests.security.payloads import SECRET_MARKERS

SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
URL_ATTRIBUTES = {
    "href", "src", "action", "formaction", "data", "poster", "background", "cite", "codebase",
    "xlink:href", "srcset", "ping", "manifest", "longdesc", "lowsrc", "dynsrc", "icon",
}  # fmt: skip
FORBIDDEN_TAGS = {
    "iframe", "frame", "frameset", "object", "embed", "applet", "base", "foreignobject", "portal",
    "fencedframe", "template", "noembed", "xmp", "plaintext", "listing", "isindex", "import",
}  # fmt: skip
# Scripts come from the site itself (static files, the admin's jsi18n); nothing else may load one.
OWN_SCRIPT = re.compile(r"^/(?![/\\])[\w./-]+$")
SCHEME = re.compile(r"^([a-z][a-z0-9+.\-]*):", re.I)
INVISIBLE = re.compile(r"[\x00-\x20\x7f-\x9f\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff]")
MARKUP = re.compile(r"<[a-zA-Z!/?]")
TRACEBACK_MARKERS = ("Traceback (most recent call last)", 'id="traceback"', "Exception Value:")
SITE_HOSTS = {"", "testserver", "mia.example", "localhost", "127.0.0.1"}


def url_scheme(value):
    """The scheme a browser would see: entities are already decoded, blanks and controls drop out."""
    match = SCHEME.match(INVISIBLE.sub("", value))
    return match.group(1).lower() if match else None


class _ScriptElement:
    """A ``<script>``: the site's own file, or a JSON data block (JSON-LD) that cannot run."""

    DATA_TYPES = {"application/ld+json", "application/json"}

    def __init__(self, attrs):
        self.source = attrs.get("src") or ""
        self.is_data = (attrs.get("type") or "").strip().lower() in self.DATA_TYPES and not self.source
        self.text = []

    def problems(self):
        text = "".join(self.text)
        if not self.is_data:
            return [f"inline script: {text.strip()[:60]!r}"] if text.strip() else []
        try:
            json.loads(text)
        except ValueError:
            return [f"data block that is not JSON: {text[:60]!r}"]
        if "<" in text:  # "</script" or "<!--" could end or change the element
            return [f"data block with an unescaped '<': {text[:60]!r}"]
        return []


class _Scanner(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            value = value or ""
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>: event handler")
            elif name in {"style", "srcdoc", "formaction", "http-equiv"} and not (
                name == "http-equiv" and value.lower() in {"content-type", "x-ua-compatible"}
            ):
                self.problems.append(f"<{tag} {name}={value[:60]!r}>")
            elif name in URL_ATTRIBUTES:
                scheme = url_scheme(value)
                if scheme and scheme not in SAFE_SCHEMES:
                    self.problems.append(f"<{tag} {name}={value[:60]!r}>: {scheme}: URL")
        if tag in FORBIDDEN_TAGS:
            self.problems.append(f"<{tag}>")
        if tag == "style":
            self.problems.append("<style> element")
        if tag == "form":
            action = dict(attrs).get("action") or ""
            host = urlsplit(action.replace("\\", "/")).netloc
            if host not in SITE_HOSTS:
                self.problems.append(f"<form action={action[:60]!r}>: foreign target")
        if tag == "script":
            self._script = _ScriptElement(dict(attrs))
            if not self._script.is_data and not OWN_SCRIPT.match(self._script.source):
                self.problems.append(f"<script src={self._script.source[:60]!r}>: not one of the site's own")
        if tag in {"animate", "set", "animatetransform", "animatemotion"}:
            self.problems.append(f"<{tag}>: SVG animation can rewrite links")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self._close_script()

    def handle_endtag(self, tag):
        if tag == "script":
            self._close_script()

    def handle_data(self, data):
        if self._script:
            self._script.text.append(data)

    def _close_script(self):
        script, self._script = self._script, None
        if script:
            self.problems.extend(script.problems())

    def handle_comment(self, data):
        if "[if" in data.lower():
            self.problems.append("conditional comment")


def inert_html_problems(html):
    scanner = _Scanner()
    scanner.feed(html)
    scanner.close()
    return scanner.problems


def assert_inert_html(html):
    problems = inert_html_problems(html)
    assert not problems, problems


def assert_location_on_site(location):
    """A redirect target that a browser resolves to a page of this site.

    Browsers drop tabs and newlines from URLs, read a backslash as a slash and are lenient
    about the slashes after ``http:``, so the target is normalised the same way before it is
    resolved against a page of the site.
    """
    assert "\r" not in location and "\n" not in location, location
    normalised = INVISIBLE.sub("", location).replace("\\", "/")
    web_scheme = re.match(r"(?i)(https?):/*(.*)$", normalised)
    if web_scheme:  # browsers read http:evil, http:/evil and http:///evil all as http://evil
        normalised = f"{web_scheme.group(1)}://{web_scheme.group(2)}"
    elif normalised.startswith("//"):  # and ///evil as //evil
        normalised = "//" + normalised.lstrip("/")
    resolved = urlsplit(urljoin("https://mia.example/admin/login/", normalised))
    assert resolved.scheme in {"http", "https"}, location
    assert resolved.netloc in SITE_HOSTS, location


def body_text(response):
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


def carries_nul(response):
    """The site answers 400 to any request with a NUL character (mia_portal.security)."""
    request = response.wsgi_request
    return "\x00" in request.path or any(
        "\x00" in key or "\x00" in value for key, values in request.GET.lists() for value in values
    )


def assert_answered_safely(response, payload=None, allowed=None, public=True):
    """A normal page or a 4xx; on-site redirects; no traceback, reflected markup or leak.

    ``public=False`` for admin pages, where staff do see drafts.
    """
    status = response.status_code
    assert status < 500, f"{status} for {response.request.get('PATH_INFO')}"
    if allowed is not None and not (status == 400 and carries_nul(response)):
        assert status in allowed, status
    if 300 <= status < 400:
        assert_location_on_site(response["Location"])
    body = body_text(response)
    for marker in TRACEBACK_MARKERS:
        assert marker not in body
    for secret in SECRET_MARKERS if public else ():
        assert secret not in body, f"unpublished content leaked: {secret}"
    if payload and isinstance(payload, str) and MARKUP.search(payload):
        assert payload not in body, "payload reflected unescaped"
    content_type = response.get("Content-Type", "")
    if content_type.startswith("text/html") and body:
        assert_inert_html(body)
    return body


def parse_feed(response):
    """The feed is well-formed XML and feedparser reads it cleanly; returns feedparser's result."""
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/rss+xml")
    parse_xml(response.content)  # raises on anything that is not well-formed XML
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return feed


def feed_texts(response):
    """Every text of every item element, as a feed reader receives it (XML-unescaped)."""
    root = parse_xml(response.content)
    texts = []
    for item in root.iter("item"):
        for element in item.iter():
            if element.text:
                texts.append(element.text)
    return texts
