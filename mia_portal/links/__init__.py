"""Links between items that never break.

Rich text stores a link to another item of the site as a reference (``item:news.article:42``),
not as its address; each page turns the references into the items' current addresses in the
reader's language. ``registry`` holds the kinds of items that can be linked (each app
registers its own), ``references`` reads and writes the references in stored HTML,
``rendering`` resolves them for readers, ``index`` keeps the table of who links to whom, and
``admin_views`` gives editors the chooser and the broken-links screen.
"""
