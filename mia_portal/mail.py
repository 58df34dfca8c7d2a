"""The portal's automatic e-mails, written from templates in the recipient's language.

    message = compose(
        "appeals/mail/receipt", {"appeal": appeal}, to=[appeal.email], language=appeal.language,
        auto_submitted="auto-replied",
    )
    message.send()  # only stored: the mail worker sends it (README, "Outgoing mail")

reads ``appeals/mail/receipt_subject.txt`` (one line), ``receipt.txt`` (the text) and, when it
exists, ``receipt.html`` (the same message in HTML). The text templates are rendered without
HTML escaping; the HTML one escapes as every page does.
"""

from django.core.mail import EmailMultiAlternatives
from django.template import Context, TemplateDoesNotExist
from django.template.loader import get_template
from django.utils import translation


def render_plain(template_name, context):
    return get_template(template_name).template.render(Context(context, autoescape=False))


def compose(template, context, *, to, language, auto_submitted="auto-generated", **message_options):
    """An e-mail ready to ``send()``. ``auto_submitted`` (RFC 3834) keeps out-of-office replies
    away: ``auto-generated`` for notifications, ``auto-replied`` for an answer to what someone
    sent; ``message_options`` go to ``EmailMultiAlternatives`` (``reply_to``, ``cc``…)."""
    with translation.override(language):
        subject = " ".join(render_plain(f"{template}_subject.txt", context).split())
        text = render_plain(f"{template}.txt", context)
        try:
            html = get_template(f"{template}.html").render(context)
        except TemplateDoesNotExist:
            html = None
    headers = {"Auto-Submitted": auto_submitted, "Content-Language": language}
    message = EmailMultiAlternatives(
        subject, text, to=to, headers={**headers, **message_options.pop("headers", {})}, **message_options
    )
    if html:
        message.attach_alternative(html, "text/html")
    return message
