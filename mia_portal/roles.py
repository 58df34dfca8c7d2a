"""The staff roles. The groups and their permissions are created by the data migration
``mia_portal/migrations/0001_roles.py``; give a user ``is_staff`` and one group.

- Press officers: news, addresses, incidents and their photos; they read the rubrics,
  categories and places they file content under. They also edit the menus (granted by
  ``menus/migrations/0003_roles.py``).
- Procurement staff: announcements, tenders, vacancies and their documents, nothing else.
- Site administrators: all of that (the menus included), plus helplines, regions, departments, rubrics,
  categories, old-site redirects, staff accounts (never superuser rights) and login lockouts.

The groups are stored under these English names, which code looks them up by; the admin shows
them translated (``mia_portal/admin_labels.py``), so they are marked for the catalogs here.
"""

from django.utils.translation import gettext_noop

PRESS_OFFICERS = gettext_noop("Press officers")
PROCUREMENT_STAFF = gettext_noop("Procurement staff")
SITE_ADMINISTRATORS = gettext_noop("Site administrators")
