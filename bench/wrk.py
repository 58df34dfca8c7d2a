"""``wrk``, the load tool: installed on demand (Debian's package), driven with a small Lua script.

The script rotates over a list of paths (one path for a single page) and, when the run is
done, prints one JSON line with the counts and latency percentiles, so nothing depends on
wrk's human-readable output.
"""

import hashlib
import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote

MARKER = "BENCH-RESULT "
# What every browser and crawler sends; the site compresses its sitemaps for them.
HEADERS = {"Accept-Encoding": "gzip"}

LUA = """
local paths = {%(paths)s}
local counter = 0
wrk.headers["Accept-Encoding"] = "%(accept_encoding)s"

function setup(thread)
  thread:set("offset", %(offset)s)
end

function init(args)
  counter = offset or 0
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    '%(marker)s{"requests": %%d, "duration_us": %%d, "bytes": %%d, "connect": %%d, "read": %%d, '
    .. '"write": %%d, "status": %%d, "timeout": %%d, "p50_us": %%d, "p90_us": %%d, "p95_us": %%d, '
    .. '"p99_us": %%d, "max_us": %%d, "mean_us": %%.1f}\\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.status,
    e.timeout, latency:percentile(50), latency:percentile(90), latency:percentile(95),
    latency:percentile(99), latency.max, latency.mean))
end
"""


def ensure_installed(out=print):
    """The path of ``wrk``, installing Debian's package when it is missing."""
    found = shutil.which("wrk")
    if found:
        return found
    out("Installing wrk (apt-get install -y wrk)…")
    subprocess.run(["apt-get", "install", "-y", "-qq", "wrk"], check=True)
    return shutil.which("wrk")


def version():
    result = subprocess.run(["wrk", "-v"], capture_output=True, text=True, check=False)
    return (
        (result.stdout or result.stderr).splitlines()[0].strip() if (result.stdout or result.stderr) else "?"
    )


def ascii_path(path):
    """Paths with Cyrillic queries, percent-encoded for the request line."""
    return quote(path, safe="/?=&%-._~")


def write_script(directory, paths):
    """A Lua script rotating over ``paths``; threads start at different places in the list."""
    quoted = ", ".join(json.dumps(ascii_path(path)) for path in paths)
    # Each thread starts elsewhere in the list, so two threads do not ask for the same page at once.
    offset = "math.random(0, 1000)" if len(paths) > 1 else "0"
    name = hashlib.sha256("\n".join(paths).encode()).hexdigest()[:16]
    script = Path(directory) / f"rotate-{name}.lua"
    values = {
        "paths": quoted,
        "offset": offset,
        "marker": MARKER,
        "accept_encoding": HEADERS["Accept-Encoding"],
    }
    script.write_text(LUA % values)
    return script


def run(base_url, paths, directory, duration, connections, threads, timeout=10):
    """Load ``base_url`` with the rotating ``paths``; the counts and percentiles as a dict (ms)."""
    script = write_script(directory, paths)
    url = base_url + ascii_path(paths[0])
    command = [
        "wrk",
        f"--threads={threads}",
        f"--connections={connections}",
        f"--duration={duration}s",
        f"--timeout={timeout}s",
        f"--script={script}",
        url,
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    line = next((line for line in result.stdout.splitlines() if line.startswith(MARKER)), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result for {url}:\n{result.stdout}\n{result.stderr}")
    raw = json.loads(line.removeprefix(MARKER))
    seconds = raw["duration_us"] / 1_000_000
    socket_errors = raw["connect"] + raw["read"] + raw["write"] + raw["timeout"]
    return {
        "req_per_s": round(raw["requests"] / seconds, 1) if seconds else 0.0,
        "requests": raw["requests"],
        "p50_ms": round(raw["p50_us"] / 1000, 2),
        "p90_ms": round(raw["p90_us"] / 1000, 2),
        "p95_ms": round(raw["p95_us"] / 1000, 2),
        "p99_ms": round(raw["p99_us"] / 1000, 2),
        "max_ms": round(raw["max_us"] / 1000, 2),
        "non_2xx_3xx": raw["status"],
        "socket_errors": socket_errors,
        "socket_error_detail": {key: raw[key] for key in ("connect", "read", "write", "timeout")},
    }
