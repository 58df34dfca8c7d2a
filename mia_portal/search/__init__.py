"""Site search: news, incident reports and announcements in the page's language, ranked.

What a visitor types never reaches the database as syntax: the query is cut to
``MAX_QUERY_LENGTH``, reduced to words (letters and digits), and the search is assembled from
those words, each quoted and passed as a parameter.

``words`` reads a word as the search does (folding, stemming, spellings in other letters,
variants), ``query`` turns what was typed into the terms looked for, ``sections`` holds what
each content app registers, ``backends`` searches PostgreSQL and SQLite, ``highlight`` marks the
words found, and ``results`` gives the pages of results.
"""
