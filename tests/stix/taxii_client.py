"""Talks to our TAXII 2.1 server with the OASIS taxii2-client, for tests/stix/taxii.int.test.ts.

Usage: taxii_client.py <server url>, with the bearer token in TAXII_TOKEN. Prints one JSON object:
what the server answered without a token, then with it: discovery, the API root, the collection,
every object paged 10 at a time, the manifest, the objects added after a date, and a type filter.
"""
import json
import os
import sys

import requests
from taxii2client.v21 import Server, as_pages


class Bearer(requests.auth.AuthBase):
    def __init__(self, token):
        self.token = token

    def __call__(self, request):
        request.headers["Authorization"] = f"Bearer {self.token}"
        return request


def main(url):
    report = {}
    try:
        Server(f"{url}/taxii2/").refresh()
        report["anonymous"] = "answered"
    except requests.exceptions.HTTPError as error:
        report["anonymous"] = error.response.status_code

    server = Server(f"{url}/taxii2/", auth=Bearer(os.environ["TAXII_TOKEN"]))
    report["title"] = server.title
    root = server.default
    report["versions"] = root.versions
    report["collections"] = [{"id": c.id, "title": c.title, "can_read": c.can_read, "can_write": c.can_write} for c in root.collections]
    collection = root.collections[0]

    pages = list(as_pages(collection.get_objects, per_request=10))
    report["page_sizes"] = [len(page.get("objects", [])) for page in pages]
    report["object_ids"] = [o["id"] for page in pages for o in page.get("objects", [])]

    manifest = [entry for page in as_pages(collection.get_manifest, per_request=50) for entry in page.get("objects", [])]
    report["manifest"] = [{"id": e["id"], "date_added": e["date_added"]} for e in manifest]

    dates = sorted({e["date_added"] for e in manifest})
    since = dates[(len(dates) - 1) // 2]
    after = collection.get_objects(added_after=since, limit=1000)
    report["added_after"] = {"since": since, "ids": [o["id"] for o in after.get("objects", [])]}

    reports = collection.get_objects(type="report", limit=1000)
    report["reports"] = [o["type"] for o in reports.get("objects", [])]
    first = report["object_ids"][0]
    report["one"] = [o["id"] for o in collection.get_object(first).get("objects", [])]
    print(json.dumps(report))


if __name__ == "__main__":
    main(sys.argv[1])
