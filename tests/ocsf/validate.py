#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# Checks an OCSF JSON Lines file against the OCSF 1.1.0 Detection Finding schema excerpt
# (tests/data/ocsf/detection_finding.schema.json, Apache-2.0, see SOURCE.md there), line by line,
# plus what the schema cannot say: each *_name/severity/status caption matches its id.
#   validate.py SCHEMA FILE.jsonl    exit 0 when every line is a valid event, 1 otherwise
import json
import sys

import jsonschema


def main():
    schema_path, events_path = sys.argv[1], sys.argv[2]
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema)
    props = schema["properties"]
    captions = {key: props[key].get("x-ocsf-enum", {}) for key in
                ("severity_id", "status_id", "activity_id", "confidence_id") if key in props}
    names = {"severity_id": "severity", "status_id": "status", "activity_id": "activity_name",
             "confidence_id": "confidence"}
    bad = 0
    count = 0
    with open(events_path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                print(f"line {number}: empty line in JSON Lines")
                bad += 1
                continue
            count += 1
            try:
                event = json.loads(line)
            except json.JSONDecodeError as e:
                print(f"line {number}: not JSON: {e}")
                bad += 1
                continue
            for error in sorted(validator.iter_errors(event), key=lambda e: list(e.path)):
                print(f"line {number}: {'/'.join(map(str, error.path)) or '(event)'}: {error.message[:300]}")
                bad += 1
            for key, caption_key in names.items():
                if key in event and caption_key in event:
                    expected = captions.get(key, {}).get(str(event[key]))
                    if expected is not None and event[caption_key] != expected:
                        print(f"line {number}: {caption_key} is {event[caption_key]!r}, "
                              f"OCSF's caption for {key} {event[key]} is {expected!r}")
                        bad += 1
    print(f"{count} events, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
