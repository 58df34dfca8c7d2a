"""Demo content: the sample contacts, news, incident reports and announcements that ``make run``
and ``make dev`` show, loaded by ``manage.py load_demo``.

The package stands above the apps, like the site-wide views: it imports their models, and no app
imports it. It is listed in ``INSTALLED_APPS`` only so that Django finds its ``load_demo``
command; it has no models, URLs or templates, and none of it is imported while the site serves
pages. The texts are data, one JSON file per section in ``data/``; the Python reads them
(``loading.py`` and a module per section), draws the photos (``drawings.py``), writes the PDF
documents (``pdf.py``) and generates a year of incident reports (``reports.py`` and
``report_writers.py``), which ``bench/`` reuses for its archive.
"""
