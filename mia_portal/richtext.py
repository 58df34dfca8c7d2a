"""Rich text: the allow-list every stored body passes through on save.

Whatever reaches the database (from CKEditor 5, a raw POST or an import) keeps only
structural markup; scripts, event handlers, styles and foreign images never survive.
"""

import re
from html import unescape
from urllib.parse import unquote

import nh3
from django.conf import settings
from django_ckeditor_5.fields import CKEditor5Field
from modeltranslation.fields import TranslationFieldDescriptor

from mia_portal.links.references import SCHEME, kept_href

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "ul", "ol", "li", "a", "blockquote", "hr",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "figure", "figcaption", "img",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start"},
}
ALLOWED_CLASSES = {"figure": {"image", "table", "image-style-side", "image_resized"}}
# ``item:`` links are references to the site's own items (mia_portal/links/references.py).
URL_SCHEMES = {"http", "https", "mailto", "tel", SCHEME}
# Characters that are invalid in XML 1.0 and would break RSS feeds.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# Any tag of stored rich text: the allow-list escapes every ">" inside an attribute's value.
TAG = re.compile(r"<[^>]*>")
# A link the allow-list left without an address (a forged reference, a javascript: URL).
LINK_WITHOUT_ADDRESS = re.compile(r"<a\b(?![^>]*\bhref=)[^>]*>(.*?)</a>", re.DOTALL)


def _keep_attribute(tag, attribute, value):
    if tag == "a" and attribute == "href":
        return kept_href(value)
    if tag == "img" and attribute == "src":
        # Only images uploaded to this site; no tracking pixels or data: payloads, and no
        # "/media/../" climbing out to other addresses of the site (a GET that changes settings).
        media = settings.MEDIA_URL
        segments = unquote(value).replace("\\", "/").split("/")
        if not value.startswith(media) or value.startswith("//") or ".." in segments:
            return None
    if attribute in {"width", "height", "colspan", "rowspan", "start"} and not value.isdigit():
        return None
    return value


def strip_control_characters(text):
    return CONTROL_CHARACTERS.sub("", text or "")


def plain_text(html):
    """Rich text as one line of plain text, for summaries, feeds, meta descriptions and search.

    Every tag becomes a space, so the words of two paragraphs never run together (a word
    split by markup reads as two, as PostgreSQL's search parser reads it too); entities
    become their characters (``&nbsp;`` a space).
    """
    return " ".join(unescape(TAG.sub(" ", html or "")).split())


def sanitize_html(html):
    cleaned = nh3.clean(
        strip_control_characters(html),
        tags=ALLOWED_TAGS,
        clean_content_tags={"script", "style", "iframe", "object", "embed", "template", "svg", "math"},
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        attribute_filter=_keep_attribute,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
    # Its words stay; a link that leads nowhere does not.
    return LINK_WITHOUT_ADDRESS.sub(r"\1", cleaned).strip()


class RichTextField(CKEditor5Field):
    """CKEditor 5 in the admin; sanitized with the allow-list whenever it is saved."""

    def to_python(self, value):
        """Validation sees the text as it will be stored: markup that the allow-list removes
        entirely (a lone ``<script>``) leaves the field empty, so "write the text in at least one
        language" still holds for what is published."""
        value = super().to_python(value)
        if not isinstance(value, str):
            return value
        cleaned = sanitize_html(value)
        return "" if self._is_empty_html(cleaned) else cleaned

    def pre_save(self, model_instance, add):
        value = sanitize_html(getattr(model_instance, self.attname))
        # On a translated model the untranslated attribute writes through to the current
        # language (with fallbacks); each body_<lang> field sanitizes itself instead.
        descriptor = getattr(type(model_instance), self.attname, None)
        if not isinstance(descriptor, TranslationFieldDescriptor):
            setattr(model_instance, self.attname, value)
        return value
