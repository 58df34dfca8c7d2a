"""The staff roles. The groups and their permissions are created by the data migration
``mia_portal/migrations/0001_roles.py``; give a user ``is_staff`` and one group.

- Press officers: news, addresses, incidents and their photos; they read the rubrics,
  categories and places they file content under.
- Procurement staff: announcements, tenders, vacancies and their documents, nothing else.
- Site administrators: all of that, plus helplines, regions, departments, rubrics,
  categories, old-site redirects, staff accounts (never superuser rights) and login lockouts.
"""

PRESS_OFFICERS = "Press officers"
PROCUREMENT_STAFF = "Procurement staff"
SITE_ADMINISTRATORS = "Site administrators"
