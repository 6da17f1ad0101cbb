"""An OTLP/HTTP trace receiver for the tests: every request body is parsed
with the official OpenTelemetry protobuf definitions (PyPI
`opentelemetry-proto`) as an ExportTraceServiceRequest, strictly (an
unknown field is an error). OTLP's JSON encoding differs from protobuf's
in one documented way: trace and span ids are hex, not base64; they are
converted before parsing and their lengths checked after.

Prints `listening <port>` and then one JSON line per accepted span;
answers 400 with the reason to a request that does not parse.
"""
import base64
import json
import sys
from http.server import BaseHTTPRequestHandler, HTTPServer

from google.protobuf import json_format
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
)

ID_FIELDS = ("traceId", "spanId", "parentSpanId")


def hex_ids_to_base64(node):
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ID_FIELDS and isinstance(value, str):
                node[key] = base64.b64encode(bytes.fromhex(value)).decode()
            else:
                hex_ids_to_base64(value)
    elif isinstance(node, list):
        for item in node:
            hex_ids_to_base64(item)


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers["Content-Length"]))
        try:
            if self.path != "/v1/traces":
                raise ValueError(f"path {self.path}")
            if self.headers.get("Content-Type") != "application/json":
                raise ValueError(f"content type {self.headers.get('Content-Type')}")
            doc = json.loads(body)
            hex_ids_to_base64(doc)
            request = json_format.ParseDict(doc, ExportTraceServiceRequest())
            spans = []
            for rs in request.resource_spans:
                for ss in rs.scope_spans:
                    for span in ss.spans:
                        if len(span.trace_id) != 16 or len(span.span_id) != 8:
                            raise ValueError("id length")
                        if span.parent_span_id and len(span.parent_span_id) != 8:
                            raise ValueError("parent id length")
                        if span.start_time_unix_nano == 0 or span.end_time_unix_nano < span.start_time_unix_nano:
                            raise ValueError("times")
                        spans.append({
                            "trace_id": span.trace_id.hex(),
                            "span_id": span.span_id.hex(),
                            "parent_span_id": span.parent_span_id.hex(),
                            "name": span.name,
                            "status": span.status.code,
                            "attributes": {a.key: json_format.MessageToDict(a.value) for a in span.attributes},
                            "links": [l.span_id.hex() for l in span.links],
                            "service": [a.value.string_value for a in rs.resource.attributes if a.key == "service.name"],
                        })
        except Exception as e:  # the test reads the reason
            self.send_response(400)
            self.end_headers()
            self.wfile.write(str(e).encode())
            print("rejected", str(e), flush=True)
            return
        for span in spans:
            print(json.dumps(span), flush=True)
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


server = HTTPServer(("127.0.0.1", 0), Handler)
print("listening", server.server_address[1], flush=True)
server.serve_forever()
