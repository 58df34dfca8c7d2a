"""The staff roles. The groups and their permissions are created by the data migration
``mia_portal/migrations/0001_squashed_0002_tajik_search_without_hard_sign.py``; give a user
``is_staff`` and one group.

- Press officers: news, addresses, incidents and the photo library (granted by
  ``photos/migrations/0002_press_officers_use_the_library.py``); they read the rubrics,
  categories and places they file content under. They also edit the menus (granted by
  ``menus/migrations/0003_roles.py``) and the ministry's pages: add, change and view every page
  type and the rows edited with a page (granted by
  ``pages/migrations/0005_press_officers_and_administrators_edit_pages.py``; deleting a page is
  left to superusers).
- Procurement staff: announcements, tenders, vacancies and their documents, nothing else.
- Appeals office: citizens' appeals and Mobile reporter tips, their evidence and who opened
  them (created by ``appeals/migrations/0002_appeals_office_role.py``, beside the models it
  grants). Nobody else reads appeals, site administrators included: they hold personal data.
- Site administrators: all of that but appeals (the menus and pages included), plus helplines, regions,
  departments, rubrics, categories, old-site redirects, staff accounts (never superuser
  rights), login lockouts and the outgoing mail (what waits and what failed; queue a failed message again).

The groups are stored under these English names, which code looks them up by; the admin shows
them translated (``mia_portal/admin_labels.py``), so they are marked for the catalogs here.
"""

from django.utils.translation import gettext_noop

PRESS_OFFICERS = gettext_noop("Press officers")
PROCUREMENT_STAFF = gettext_noop("Procurement staff")
SITE_ADMINISTRATORS = gettext_noop("Site administrators")
APPEALS_OFFICE = gettext_noop("Appeals office")
