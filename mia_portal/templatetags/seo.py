"""Tags for being found and shared: the canonical address, Open Graph and Twitter cards, JSON-LD.

    {% load seo %}
    <link rel="canonical" href="{% canonical_url %}">
    {% social_meta title=article.title description=article.summary renditions=photo.share_renditions %}
    {% news_article_json_ld headline=article.title published=article.published_at %}
    {% organization_json_ld %}

Every absolute address is built from ``settings.SITE_URL``, never from the request's Host
header. JSON-LD is data, not script: it is written into ``<script type="application/ld+json">``
with <, > and & escaped, as Django's ``json_script`` does, so no text can close the element.
None of these tags touches the database (the error pages render them without one).
"""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse, translate_url
from django.utils import timezone, translation
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

from mia_portal.images import photo_url

register = template.Library()

OG_LOCALES = {"tg": "tg_TJ", "ru": "ru_RU", "en": "en_US"}
SHARE_IMAGE_WIDTH = 1200
HEADLINE_LENGTH = 110  # what search engines show of a NewsArticle headline
JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _page_language(context):
    return context.get("content_language") or translation.get_language()


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """This page's address on the configured site; a page shown in another language than its
    URL's (an item missing a translation) names the URL of the language it is shown in."""
    request = context.get("request")
    if request is None:
        return settings.SITE_URL + "/"
    path = request.path
    shown = context.get("content_language")
    if shown and shown != translation.get_language():
        path = translate_url(path, shown)
    return settings.SITE_URL + path


def share_image(renditions, width=SHARE_IMAGE_WIDTH):
    """(absolute URL, width, height) of the JPEG rendition closest to ``width``, or None."""
    entries = [entry for entry in (renditions or {}).get("renditions") or [] if entry.get("jpeg")]
    if not entries:
        return None
    entry = min(entries, key=lambda entry: abs(entry["width"] - width))
    url = photo_url(entry["jpeg"])
    return (settings.SITE_URL + url if url.startswith("/") else url), entry.get("width"), entry.get("height")


def image_urls(renditions):
    entries = [entry for entry in (renditions or {}).get("renditions") or [] if entry.get("jpeg")]
    urls = [photo_url(entry["jpeg"]) for entry in sorted(entries, key=lambda entry: -entry["width"])]
    return [settings.SITE_URL + url if url.startswith("/") else url for url in urls]


@register.simple_tag(takes_context=True)
def social_meta(context, title="", description="", renditions=None, image_alt="", kind="website"):
    """Open Graph and Twitter card tags; the title and description default to the site's."""
    language = _page_language(context)
    title = title or context.get("site_name", "")
    image = share_image(renditions)
    tags = [
        ("property", "og:site_name", context.get("site_name", "")),
        ("property", "og:type", kind),
        ("property", "og:title", title),
        ("property", "og:description", description),
        ("property", "og:url", canonical_url(context)),
        ("property", "og:locale", OG_LOCALES.get(language, language)),
    ]
    for code in context.get("available_languages") or OG_LOCALES:
        if code != language and code in OG_LOCALES:
            tags.append(("property", "og:locale:alternate", OG_LOCALES[code]))
    if image:
        url, width, height = image
        tags += [("property", "og:image", url), ("property", "og:image:alt", image_alt or title)]
        if width and height:
            tags += [("property", "og:image:width", width), ("property", "og:image:height", height)]
    tags += [
        ("name", "twitter:card", "summary_large_image" if image else "summary"),
        ("name", "twitter:title", title),
        ("name", "twitter:description", description),
    ]
    if image:
        tags += [("name", "twitter:image", image[0]), ("name", "twitter:image:alt", image_alt or title)]
    return format_html_join("\n", '<meta {}="{}" content="{}">', ((a, n, v) for a, n, v in tags if v != ""))


def json_ld(data):
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=None).translate(JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # noqa: S308 (escaped above)


def _publisher(context):
    return {
        "@type": "GovernmentOrganization",
        "name": str(context.get("site_name", "")),
        "url": settings.SITE_URL + reverse("home"),
        "logo": {"@type": "ImageObject", "url": settings.SITE_URL + static("img/emblem.svg")},
        "address": {"@type": "PostalAddress", "addressCountry": "TJ"},
    }


def _iso(moment):
    """ISO 8601 in the site's time zone, as the page's own dates are shown."""
    return timezone.localtime(moment).isoformat() if moment else None


@register.simple_tag(takes_context=True)
def news_article_json_ld(
    context,
    headline,
    description="",
    renditions=None,
    published=None,
    modified=None,
    author="",
    author_title="",
    section="",
    place="",
):
    """A ``NewsArticle`` (news items and incident reports) in the active language."""
    url = canonical_url(context)
    publisher = _publisher(context)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": str(headline)[:HEADLINE_LENGTH],
        "description": str(description or ""),
        "inLanguage": translation.get_language(),
        "url": url,
        "mainEntityOfPage": {"@type": "WebPage", "@id": url},
        "datePublished": _iso(published),
        "dateModified": _iso(modified or published),
        "image": image_urls(renditions),
        "author": (
            {"@type": "Person", "name": str(author)}
            | ({"jobTitle": str(author_title)} if author_title else {})
            if author
            else {"@type": "GovernmentOrganization", "name": publisher["name"], "url": publisher["url"]}
        ),
        "publisher": publisher,
        "articleSection": str(section or ""),
        "contentLocation": {"@type": "Place", "name": str(place)} if place else None,
    }
    return json_ld({key: value for key, value in data.items() if value not in ("", None, [])})


@register.simple_tag(takes_context=True)
def organization_json_ld(context):
    """The ministry as a ``GovernmentOrganization`` with its helplines, and the site's search."""
    organization = {"@id": settings.SITE_URL + "/#organization", **_publisher(context)}
    helplines = list(context.get("helplines") or [])
    if helplines:
        organization["telephone"] = helplines[0].number
        organization["contactPoint"] = [
            {"@type": "ContactPoint", "telephone": helpline.number, "name": str(helpline.label)}
            | ({"description": str(helpline.description)} if helpline.description else {})
            for helpline in helplines
        ]
    website = {
        "@type": "WebSite",
        "name": organization["name"],
        "url": organization["url"],
        "inLanguage": translation.get_language(),
        "publisher": {"@id": organization["@id"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": settings.SITE_URL + reverse("search") + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }
    return json_ld({"@context": "https://schema.org", "@graph": [organization, website]})
