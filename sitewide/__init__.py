"""The site-wide pages (home, search, feeds, sitemaps, health, errors) and the root URLconf:
they stand on every app, and no app imports them."""
