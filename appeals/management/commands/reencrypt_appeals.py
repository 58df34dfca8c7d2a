from django.core.management.base import BaseCommand
from django.db import transaction

from appeals.encryption import EncryptedTextField
from appeals.models import Appeal, Attachment, Tip


class Command(BaseCommand):
    help = (
        "Rewrite every encrypted value with the newest key of DJANGO_APPEALS_KEYS (the first), and "
        "the lookup digests with the current secret key. Run after adding a key; then the old key "
        "can be removed. Safe to run again."
    )

    def handle(self, *args, **options):
        for model in (Appeal, Tip, Attachment):
            fields = [field.name for field in model._meta.fields if isinstance(field, EncryptedTextField)]
            fields += [name for name in ("email_digest", "text_digest") if hasattr(model, name)]
            count = 0
            with transaction.atomic():
                for item in model.objects.select_for_update().iterator(chunk_size=500):
                    # save() recomputes the digests; update_fields keeps states and numbers untouched.
                    item.save(update_fields=fields)
                    count += 1
            self.stdout.write(f"{model._meta.verbose_name_plural}: {count} rewritten.")
