#!/usr/bin/env python3
"""A small HTTP server on 127.0.0.1 that stands in for the places `huddle-cli pull` downloads from.

It serves, on a port the OS chooses:
  /files/<name>                          a file from `files` (e.g. a CSV extract)
  /flaky/<name>                          HTTP 500 for the first `flaky_failures` requests of <name>, then the file
  /broken/<name>                         always HTTP 500
  /slow/<name>                           the file, after `slow_seconds` (longer than a short client timeout)
  /api/3/action/datastore_search         a CKAN DataStore: resource_id, limit, offset and sort ("f" asc|desc,...)
                                         over the records of `resources`, answered as CKAN does (errors included)

Every request is logged in `requests` (path and query) so tests can see how the client paged.

Use it from a test as a context manager: it runs in a daemon thread of the test process and stops when the block
ends (or the test process exits), so it never outlives the test. Run as a script it serves a small sample for
manual tries and exits by itself after --lifetime seconds.
"""

import argparse
import http.server
import json
import threading
import time
import urllib.parse


class FixtureServer:
    def __init__(self, files=None, resources=None, flaky_failures=1, slow_seconds=3.0):
        self.files = dict(files or {})          # name -> bytes
        self.resources = dict(resources or {})  # resource id -> {"fields": [{"id", "type"}], "records": [dict]}
        self.flaky_failures = flaky_failures
        self.slow_seconds = slow_seconds
        self.requests = []                      # (path, {query key: value})
        self._lock = threading.Lock()
        self._served = {}                       # flaky name -> requests so far
        self._stopping = threading.Event()
        self._httpd = None
        self._thread = None

    # -- life cycle ---------------------------------------------------------------------------------------------

    def start(self):
        server = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_GET(self):  # noqa: N802 (http.server's naming)
                server._handle(self)

            def log_message(self, *args):  # keep test output clean
                pass

        # Loopback only, port chosen by the OS.
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)
        self._thread.start()
        return self

    def stop(self):
        self._stopping.set()
        if self._httpd:
            self._httpd.shutdown()
            self._httpd.server_close()
            self._thread.join(timeout=5)
            self._httpd = None

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    @property
    def port(self):
        return self._httpd.server_address[1]

    def url(self, path=""):
        return f"http://127.0.0.1:{self.port}{path}"

    def requests_to(self, path):
        with self._lock:
            return [query for p, query in self.requests if p == path]

    # -- answers ------------------------------------------------------------------------------------------------

    def _handle(self, request):
        parts = urllib.parse.urlsplit(request.path)
        query = {k: v[-1] for k, v in urllib.parse.parse_qs(parts.query, keep_blank_values=True).items()}
        with self._lock:
            self.requests.append((parts.path, query))
        segments = parts.path.strip("/").split("/", 1)
        if parts.path == "/api/3/action/datastore_search":
            return self._datastore_search(request, query)
        if len(segments) != 2 or segments[1] not in self.files:
            return self._send(request, 404, b"not found\n", "text/plain")
        kind, name = segments
        body = self.files[name]
        if kind == "files":
            return self._send(request, 200, body, "text/csv")
        if kind == "broken":
            return self._send(request, 500, b"server error\n", "text/plain")
        if kind == "flaky":
            with self._lock:
                count = self._served[name] = self._served.get(name, 0) + 1
            if count <= self.flaky_failures:
                return self._send(request, 500, b"try again\n", "text/plain")
            return self._send(request, 200, body, "text/csv")
        if kind == "slow":
            # Wait in slices so stopping the server is never held up by a sleeping handler.
            deadline = time.monotonic() + self.slow_seconds
            while time.monotonic() < deadline and not self._stopping.is_set():
                time.sleep(0.05)
            try:
                return self._send(request, 200, body, "text/csv")
            except OSError:
                return None  # the client gave up first, as it should
        return self._send(request, 404, b"not found\n", "text/plain")

    def _datastore_search(self, request, query):
        help_url = self.url("/api/3/action/help_show?name=datastore_search")
        resource = self.resources.get(query.get("resource_id", ""))
        if resource is None:
            return self._json(request, 404, {"help": help_url, "success": False,
                                             "error": {"message": "Not found: Resource \"%s\" was not found."
                                                                  % query.get("resource_id", ""),
                                                       "__type": "Not Found Error"}})
        fields = [{"id": "_id", "type": "int"}] + resource["fields"]
        names = {f["id"] for f in fields}
        records = [dict(r, _id=i + 1) for i, r in enumerate(resource["records"])]
        try:
            limit = int(query.get("limit", "100"))
            offset = int(query.get("offset", "0"))
        except ValueError:
            return self._json(request, 409, {"help": help_url, "success": False,
                                             "error": {"limit": ["Invalid integer"], "__type": "Validation Error"}})
        # CKAN's sort: comma-separated clauses `field [asc|desc]`, the field optionally in double quotes.
        clauses = []
        for clause in filter(None, query.get("sort", "").split(",")):
            words = clause.rsplit(" ", 1)
            field, direction = (words[0], words[1].lower()) if len(words) == 2 and words[1].lower() in (
                "asc", "desc") else (clause, "asc")
            if len(field) >= 2 and field[0] == field[-1] == '"':
                field = field[1:-1]
            if field not in names:
                return self._json(request, 409, {"help": help_url, "success": False,
                                                 "error": {"sort": ['field "%s" not in table' % field],
                                                           "__type": "Validation Error"}})
            clauses.append((field, direction == "desc"))
        for field, descending in reversed(clauses):  # stable sorts, last key first
            records.sort(key=lambda r: (r.get(field) is None, r.get(field) or ""), reverse=descending)
        page = records[offset:offset + limit]
        return self._json(request, 200, {"help": help_url, "success": True,
                                         "result": {"resource_id": query["resource_id"], "fields": fields,
                                                    "records": page, "total": len(records),
                                                    "limit": limit, "offset": offset,
                                                    "_links": {"start": "/api/3/action/datastore_search"}}})

    def _json(self, request, status, value):
        return self._send(request, status, json.dumps(value).encode(), "application/json")

    @staticmethod
    def _send(request, status, body, content_type):
        request.send_response(status)
        request.send_header("Content-Type", content_type)
        request.send_header("Content-Length", str(len(body)))
        request.end_headers()
        request.wfile.write(body)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lifetime", type=float, default=60, help="seconds before the server exits by itself")
    args = parser.parse_args()
    sample = b"incident_id,received_at,call_type,address,latitude,longitude\r\n" \
             b"E1,2025-08-01 02:00:00,OVERDOSE,1 Melnea Cass Blvd,42.3333,-71.0740\r\n"
    resources = {"demo": {"fields": [{"id": "case_id", "type": "text"}, {"id": "open_date", "type": "text"}],
                          "records": [{"case_id": "BCS-1", "open_date": "2025-08-01 06:35:06.539+00"}]}}
    with FixtureServer(files={"ems.csv": sample}, resources=resources) as server:
        print(server.url(), flush=True)
        time.sleep(args.lifetime)


if __name__ == "__main__":
    main()
