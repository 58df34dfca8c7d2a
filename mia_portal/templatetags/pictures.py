"""``{% picture renditions alt %}``: a responsive photo from the renditions ``make_renditions`` stored.

    {% load pictures %}
    {% picture photo.renditions photo.alt sizes="(min-width: 48rem) 45rem" eager=True %}

Renders ``<picture>`` with a WebP ``<source>`` and a JPEG ``<img>`` fallback, both with
``srcset``/``sizes``, the intrinsic ``width``/``height`` (so the page does not jump while it
loads) and lazy loading unless ``eager`` (use it for the one photo above the fold). Nothing
is rendered when there are no renditions. The storage is never touched: URLs come from names.
"""

from django import template
from django.conf import settings
from django.utils.html import format_html

from mia_portal.images import photo_url

register = template.Library()

DEFAULT_SIZES = "100vw"
FALLBACK_WIDTH = 640  # the JPEG in ``src`` for browsers that ignore srcset


def _srcset(renditions, key):
    return ", ".join(f"{photo_url(entry[key])} {entry['width']}w" for entry in renditions if entry.get(key))


@register.simple_tag
def picture(renditions, alt="", sizes=DEFAULT_SIZES, eager=False, css_class=""):
    entries = sorted((renditions or {}).get("renditions") or [], key=lambda entry: entry["width"])
    entries = [entry for entry in entries if entry.get("jpeg")]
    if not entries:
        return ""
    largest = entries[-1]
    fallback = next((entry for entry in entries if entry["width"] >= FALLBACK_WIDTH), largest)
    webp = _srcset(entries, "webp")
    source = format_html('<source type="image/webp" srcset="{}" sizes="{}">', webp, sizes) if webp else ""
    loading = 'fetchpriority="high"' if eager else 'loading="lazy"'
    return format_html(
        '<picture{}>{}<img src="{}" srcset="{}" sizes="{}" width="{}" height="{}" alt="{}" '
        + loading
        + ' decoding="async"></picture>',
        format_html(' class="{}"', css_class) if css_class else "",
        source,
        photo_url(fallback["jpeg"]),
        _srcset(entries, "jpeg"),
        sizes,
        largest["width"],
        largest["height"],
        alt or "",
    )


@register.simple_tag
def rendition_url(renditions, width=1024, absolute=False):
    """The URL of the JPEG rendition closest to ``width`` (e.g. for og:image or a full-size link)."""
    entries = [entry for entry in (renditions or {}).get("renditions") or [] if entry.get("jpeg")]
    if not entries:
        return ""
    entry = min(entries, key=lambda entry: abs(entry["width"] - width))
    url = photo_url(entry["jpeg"])
    return settings.SITE_URL + url if absolute and url.startswith("/") else url
