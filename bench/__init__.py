"""The benchmark harness: a realistic archive, a load run, and the targets of issue 8.

``make bench`` (= ``.venv/bin/python -m bench.run``) does everything on one machine:

1. creates the PostgreSQL database ``mia_bench`` (127.0.0.1:5432, user postgres), migrates it,
   compiles the message catalogs and collects the static files;
2. fills it with ``bench.generate`` (skipped when the archive is already there): 100,000 news
   articles, 200,000 incident reports and 5,000 announcements, tenders and vacancies in
   Tajik, Russian and English, with photos' renditions and dossier documents;
3. starts two gunicorn servers on loopback with the production settings (DEBUG off, Redis as
   the cache): one with the page cache off (``DJANGO_PAGE_CACHE_SECONDS=0``), one with it on;
4. runs ``wrk`` over the page mix against each, and against a bare Django view
   (``bench.wsgi``: ``/bench-baseline``, through the same middleware) so every figure can be
   read as a ratio to it; counts each page's SQL queries with Django's test client; runs the
   concurrent-readers test (64 connections for 60 s); reads the workers' memory;
5. prints a table and PASS/FAIL lines for the targets, and writes ``bench/results.json``.

The run never fails on a missed target: it measures and reports. Options: ``python -m
bench.run --help``; the generator alone: ``python -m bench.generate --help``.

Modules: ``generate`` (the archive), ``texts`` (the word and sentence pools it draws from),
``run`` (the load run), ``wrk`` (the load tool's scripts and output), ``wsgi``/``urls`` (the
baseline view).
"""
