"""Storing what a citizen sent: the appeal or tip, its evidence, its first state, and the
receipt by e-mail once all of it is committed."""

from functools import partial

from django.db import IntegrityError, transaction
from django.utils import timezone

from appeals import mail
from appeals.evidence import sha256_of
from appeals.models import Appeal, AppealEvent, Attachment, Tip
from appeals.receipts import new_tracking_code


class AlreadyReceived(Exception):
    """The form was sent before (a double submit): ``received`` is what it made."""

    def __init__(self, received):
        super().__init__(received)
        self.received = received


def _attach(owner_field, owner, files):
    stored = []
    try:
        for upload in files:
            found = upload.evidence
            attachment = Attachment(
                **{owner_field: owner},
                kind=found.kind,
                content_type=found.content_type,
                size=upload.size,
                sha256=sha256_of(upload),
                original_name=upload.name[:255],
            )
            attachment.extension = found.extension
            attachment.file.save(upload.name, upload, save=False)  # the bytes as received
            stored.append(attachment)
            attachment.save()
    except BaseException:
        for attachment in stored:  # the transaction rolls back: leave no orphan file
            attachment.file.storage.delete(attachment.file.name)
        raise


def _refuse_if_received(model, cleaned):
    """A form sent again (a double submit) stores nothing new."""
    existing = model.objects.filter(form_token=cleaned["form_token"]).first()
    if existing:
        raise AlreadyReceived(existing)


def _as_sent(cleaned, *names):
    """The named fields of the form, and its token, as the citizen sent them."""
    return {name: cleaned[name] for name in (*names, "form_token")}


def _save_once(instance):
    """Save a new appeal or tip; a second one from the same form (two clicks racing each
    other past the check in ``receive_*``) meets the unique form token."""
    try:
        with transaction.atomic():
            instance.save()
    except IntegrityError:
        existing = type(instance).objects.filter(form_token=instance.form_token).first()
        if existing is None:
            raise
        raise AlreadyReceived(existing) from None
    return instance


def receive_appeal(cleaned, language):
    """Store the appeal; return it with its tracking code (shown once, kept only as a digest)."""
    _refuse_if_received(Appeal, cleaned)
    code = new_tracking_code()
    now = timezone.now()
    with transaction.atomic():
        appeal = Appeal(
            **_as_sent(cleaned, "kind", "department", "name", "postal_address", "email", "phone", "text"),
            language=language,
            consent_at=now,
            received_at=now,
        )
        appeal.set_tracking_code(code)
        _save_once(appeal)
        AppealEvent.objects.create(appeal=appeal, status=Appeal.Status.RECEIVED, at=now)
        _attach("appeal", appeal, cleaned["files"])
        transaction.on_commit(partial(mail.send_receipt, appeal, code))
    return appeal, code


def receive_tip(cleaned, language):
    _refuse_if_received(Tip, cleaned)
    now = timezone.now()
    coordinate = lambda value: "" if value is None else f"{value:.6f}"  # noqa: E731
    with transaction.atomic():
        tip = Tip(
            **_as_sent(
                cleaned, "kind", "district", "place", "occurred_at", "description", "name", "phone", "email"
            ),
            latitude=coordinate(cleaned["latitude"]),
            longitude=coordinate(cleaned["longitude"]),
            language=language,
            consent_at=now,
            received_at=now,
        )
        _save_once(tip)
        _attach("tip", tip, cleaned["files"])
    return tip
