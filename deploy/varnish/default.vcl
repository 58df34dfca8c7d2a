# Varnish in front of the MIA portal (Debian: apt-get install varnish varnish-modules).
#
# Keeps what the site marks public (Cache-Control: public; s-maxage when the site knows it purges
# this proxy, DJANGO_PROXY_PURGE_URLS), under the same key as the site's own page cache: the
# address (its language prefix included), the reading-mode cookie and gzip. Staff, anyone with a
# session and everything outside the public pages go straight to the site. The site purges
# pages by their tags (the xkey header of each response) on every publication and withdrawal.
# While the site is down, pages are served stale for up to a day (grace).
#
# Change the backend's address to where gunicorn listens, and the purgers to the app servers.

vcl 4.1;

import cookie;
import std;
import xkey;

backend app {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    # Sick after most of 5 checks over 10 s failed: a busy site answers slowly, not never.
    .probe = {
        .url = "/healthz";
        .timeout = 5s;
        .interval = 2s;
        .window = 5;
        .threshold = 2;
        .initial = 2;
    }
}

# The app servers, which send purges.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Forbidden"));
        }
        # Tags as the site names them: "news.article:42 news:list home content".
        if (req.http.xkey-purge) {
            set req.http.n-gone = xkey.purge(req.http.xkey-purge);
            return (synth(200, "Purged " + req.http.n-gone));
        }
        # For operators: pages marked stale (served from grace while refetched), not removed.
        if (req.http.xkey-softpurge) {
            set req.http.n-gone = xkey.softpurge(req.http.xkey-softpurge);
            return (synth(200, "Softpurged " + req.http.n-gone));
        }
        return (purge);
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Only what the site caches itself: the public pages under a language prefix, the sitemaps.
    if (req.url !~ "^/(tg|ru|en)/" && req.url !~ "^/sitemap") {
        return (pass);
    }
    # Staff, and anyone with a session, are never served a shared page.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(__Host-)?sessionid=") {
        return (pass);
    }
    # Of the cookies, only the reading mode changes a public page.
    cookie.parse(req.http.Cookie);
    cookie.keep("reading");
    set req.http.Cookie = cookie.get_string();
    if (req.http.Cookie == "") {
        unset req.http.Cookie;
    }
    # Parameters no view reads (the site drops them too), and one order for the others.
    set req.url = regsuball(req.url, "([?&])(utm_[a-z]+|fbclid|gclid|yclid)=[^&]*", "\1");
    set req.url = regsuball(req.url, "[?&]+$", "");
    set req.url = regsuball(req.url, "\?&+", "?");
    set req.url = regsuball(req.url, "&&+", "&");
    set req.url = std.querysort(req.url);
    # A stale copy for a few seconds while a page is refetched; for hours while the site is down.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 10s;
    }
    return (hash);
}

sub vcl_backend_response {
    # Only what the site says anyone may share, and never a response that sets a cookie.
    if (beresp.status != 200 || beresp.http.Cache-Control !~ "public" || beresp.http.Set-Cookie) {
        set beresp.uncacheable = true;
        set beresp.ttl = 10s;
        return (deliver);
    }
    set beresp.grace = 24h;
    return (deliver);
}

sub vcl_deliver {
    if (obj.uncacheable) {
        set resp.http.X-Proxy-Cache = "pass";
    } elsif (obj.hits > 0) {
        set resp.http.X-Proxy-Cache = "hit";
    } else {
        set resp.http.X-Proxy-Cache = "miss";
    }
    # The tags are for this proxy alone.
    unset resp.http.xkey;
    return (deliver);
}
