"""gunicorn's settings for the site, read from the project folder (``gunicorn mia_portal.wsgi``
there, or ``--config gunicorn.conf.py``)."""

from gunicorn.http import wsgi


class Response(wsgi.Response):
    """gunicorn's response without its ``Server: gunicorn`` header: naming the server tells an
    attacker which flaws to try, and a visitor nothing."""

    def default_headers(self):
        return [header for header in super().default_headers() if not header.startswith("Server:")]


# gunicorn has no setting for the header; its workers build every response from this name.
wsgi.Response = Response
