"""The public side: the appeal form, the Mobile reporter, the receipt, the status page and the
statistics. Forms, receipts and status pages are never cached and never indexed: each holds a
one-time token or someone's tracking code."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView

from appeals import protection
from appeals.encryption import decrypt, encrypt
from appeals.forms import AppealForm, StatusForm, TipForm
from appeals.intake import AlreadyReceived, receive_appeal, receive_tip
from appeals.models import Appeal, Tip
from appeals.receipts import announced_terms, qr_svg, status_url
from appeals.statistics import AppealStatistics, column_chart
from mia_portal.links.rendering import live_address
from mia_portal.logins import client_address

RECEIPT_KEY = "appeals_receipt"
PRIVATE = "noindex, nofollow"


def appeals_breadcrumbs():
    return [(gettext("Appeals"), reverse("appeals:new"))]


def privacy_url():
    if settings.APPEALS_PRIVACY_URL:
        return settings.APPEALS_PRIVACY_URL
    if settings.APPEALS_PRIVACY_PAGE:
        # A page of the site, found through the links registry: linked only while public.
        page = live_address(f"/{translation.get_language()}/{settings.APPEALS_PRIVACY_PAGE.strip('/')}/")
        if page:
            return page
    try:
        return reverse("privacy")
    except NoReverseMatch:
        return "#privacy"  # the notice on the form page itself


def _refusal_message(refusal):
    if refusal == "address":
        return gettext(
            "Too many appeals were sent from your connection in the last hour. Please try again later."
        )
    return gettext("Too many appeals were sent from this e-mail address today. Please try again tomorrow.")


def _public_form(request, form_class, model, receive, template_name):
    if request.method == "POST":
        earlier = model.objects.filter(form_token=request.POST.get("form_token", "")[:64]).first()
        if earlier is not None:  # sent twice: the first one counts
            return redirect("appeals:receipt")
        form = form_class(request.POST, request.FILES)
        if form.is_valid():
            address, email = client_address(request), form.cleaned_data.get("email")
            text = form.cleaned_data.get("text") or form.cleaned_data.get("description")
            refusal = protection.submission_refusal(address, email)
            if refusal:
                form.add_error(None, _refusal_message(refusal))
            elif protection.is_duplicate(model, text):
                form.add_error(
                    None, gettext("The same text was received a short time ago; it is being handled.")
                )
            else:
                try:
                    received = receive(form.cleaned_data, translation.get_language())
                except AlreadyReceived:
                    return redirect("appeals:receipt")
                protection.count_submission(address, email)
                appeal, code = received if isinstance(received, tuple) else (received, "")
                # Sessions are rows in the database: the code is kept there encrypted too.
                request.session[RECEIPT_KEY] = {
                    "model": model._meta.model_name,
                    "pk": appeal.pk,
                    "code": encrypt(code) if code else "",
                }
                return redirect("appeals:receipt")
        files_lost = bool(request.FILES)
        data = form.data.copy()
        data["answer"] = ""  # a new question comes with the page
        form.data = data
    else:
        form = form_class(initial={"form_token": protection.new_form_token()})
        files_lost = False
    context = {
        "form": form,
        "challenge": protection.new_challenge(),
        "files_lost": files_lost,
        "privacy_url": privacy_url(),
        "breadcrumbs": appeals_breadcrumbs(),
        "registration_days": settings.APPEALS_REGISTRATION_DAYS,
        "answer_days": settings.APPEALS_ANSWER_DAYS,
        "study_days": settings.APPEALS_STUDY_DAYS,
        "retention_years": settings.APPEALS_RETENTION_YEARS,
        "robots": "" if request.method == "GET" else PRIVATE,
    }
    return render(request, template_name, context, status=400 if form.is_bound else 200)


@never_cache
def appeal_form(request):
    return _public_form(request, AppealForm, Appeal, receive_appeal, "appeals/appeal_form.html")


@never_cache
def tip_form(request):
    response = _public_form(request, TipForm, Tip, receive_tip, "appeals/tip_form.html")
    # The page's own button may ask for the phone's location; nothing else may.
    response["Permissions-Policy"] = settings.PERMISSIONS_POLICY.replace(
        "geolocation=()", "geolocation=(self)"
    )
    return response


@never_cache
def receipt(request):
    stored = request.session.get(RECEIPT_KEY)
    if not stored:
        raise Http404
    model = Appeal if stored["model"] == "appeal" else Tip
    item = model.objects.filter(pk=stored["pk"]).first()
    if item is None:
        raise Http404
    code = decrypt(stored["code"]) if stored["code"] else ""
    context = {"item": item, "code": code, "robots": PRIVATE, "breadcrumbs": appeals_breadcrumbs()}
    if model is Appeal:
        link = status_url(item.number, code)
        context.update(announced_terms(item), qr=qr_svg(link), status_link=link)
    return render(request, "appeals/receipt.html", context)


@never_cache
def status(request):
    form = StatusForm(request.POST if request.method == "POST" else (request.GET or None))
    appeal, http_status = None, 200
    if form.is_bound and form.is_valid():
        address = client_address(request)
        number, code = form.cleaned_data["number"].strip(), form.cleaned_data["code"]
        if protection.status_locked(address):
            form.add_error(None, gettext("Too many wrong codes. Please try again in a quarter of an hour."))
            http_status = 429
        else:
            appeal = Appeal.objects.filter(number=number).first()
            # An unknown number and a wrong code get the same answer.
            if appeal is None or not appeal.has_tracking_code(code):
                appeal = None
                protection.count_status_failure(address)
                form.add_error(
                    None, gettext("No appeal matches this number and code. Check both and try again.")
                )
                http_status = 404
    elif form.is_bound:
        http_status = 400
    context = {
        "form": form,
        "appeal": appeal,
        "events": appeal.events.all() if appeal else (),
        "robots": PRIVATE,
        "breadcrumbs": appeals_breadcrumbs(),
    }
    response = render(request, "appeals/status.html", context, status=http_status)
    # The address may hold the code: no other site is told it. (With no-referrer at all, browsers
    # send "Origin: null" with the form, which the CSRF check rightly refuses.)
    response["Referrer-Policy"] = "same-origin"
    return response


class AppealStatisticsView(TemplateView):
    """Counts per month, kind and region: never a name, a text or a number of an appeal."""

    template_name = "appeals/statistics.html"

    def get_context_data(self, **kwargs):
        stats = AppealStatistics.collect(Appeal.objects.all(), timezone.localdate())
        return super().get_context_data(
            stats=stats, chart=column_chart(stats.months), breadcrumbs=appeals_breadcrumbs(), **kwargs
        )
