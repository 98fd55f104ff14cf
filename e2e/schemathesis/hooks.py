"""schemathesis hooks for insyn: NDJSON request bodies (one item a line).

The register API takes a batch as JSON or as NDJSON; the OpenAPI document
describes an NDJSON body as one item (its line), which schemathesis cannot
serialize by itself.
"""

import json

import schemathesis


@schemathesis.serializer("application/x-ndjson")
def ndjson(ctx, value):
    items = value if isinstance(value, list) else [value]
    return "".join(json.dumps(item) + "\n" for item in items).encode()
