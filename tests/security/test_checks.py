"""The suite's own checks catch what they are meant to catch (a check that cannot fail proves nothing)."""

import pytest

from tests.security.checks import assert_location_on_site, inert_html_problems


@pytest.mark.parametrize(
    "html",
    [
        '<img src="x" onerror="alert(1)">',
        "<p ONCLICK=alert(1)>x</p>",
        '<a href="&#106;avascript:alert(1)">x</a>',
        '<a href="java\tscript:alert(1)">x</a>',
        '<a href=" \x01javascript:alert(1)">x</a>',
        '<a href="data:text/html,x">x</a>',
        "<script>alert(1)</script>",
        '<script src="https://evil.example/x.js"></script>',
        '<script src="//evil.example/x.js"></script>',
        '<script type="application/ld+json">{"a": "</script><script>alert(1)</script>"}</script>',
        '<script type="application/ld+json">not json</script>',
        '<iframe src="/"></iframe>',
        '<form action="https://evil.example/"></form>',
        '<meta http-equiv="refresh" content="0;url=https://evil.example">',
        '<base href="https://evil.example/">',
        '<p style="color:red">x</p>',
        "<style>p{}</style>",
        '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
    ],
)
def test_the_html_check_finds_active_content(html):
    assert inert_html_problems(html)


@pytest.mark.parametrize(
    "html",
    [
        '<p><a href="https://mia.tj/" rel="noopener">x</a> <a href="/en/news/?page=2">y</a></p>',
        '<script src="/static/js/site.js" defer></script>',
        '<script type="application/ld+json">{"a": "\\u003C/script\\u003E"}</script>',
        '<form action="/en/search/" method="get"><input name="q" value="&lt;script&gt;"></form>',
        '<a href="tel:+992372212121">19-19</a> <a href="mailto:press@mia.tj">e-mail</a>',
        "<p>&lt;script&gt;alert(1)&lt;/script&gt; javascript:alert(1) onerror=</p>",
        '<meta http-equiv="content-type" content="text/html">',
    ],
)
def test_the_html_check_accepts_inert_pages(html):
    assert inert_html_problems(html) == []


@pytest.mark.parametrize(
    "location",
    [
        "//evil.example",
        "///evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "https://evil.example/",
        "http:evil.example",
        " //evil.example",
        "/\t/evil.example",
        "javascript:alert(1)",
        "https://mia.example@evil.example/",
        "/\r\nSet-Cookie: a=1",
    ],
)
def test_the_redirect_check_refuses_other_sites(location):
    with pytest.raises(AssertionError):
        assert_location_on_site(location)


@pytest.mark.parametrize(
    "location", ["/en/", "/ru/news/?page=2", "https://mia.example/tg/", "%2f%2fevil.example", "?next=//x"]
)
def test_the_redirect_check_accepts_this_site(location):
    assert_location_on_site(location)
