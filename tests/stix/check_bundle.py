"""Checks STIX bundles with the OASIS tools, for tests/stix/validate.int.test.ts.

For each file given: validates it with stix2-validator (every best-practice check on) and parses it
with the stix2 library, without allowing custom content. Prints one JSON line per file:
{"file", "valid", "errors": [...], "warnings": [{"code", "message"}], "parsed": <objects parsed>}.
"""
import json
import re
import sys

import stix2
from stix2validator import ValidationOptions, validate_file


def check(path):
    results = validate_file(path, ValidationOptions(version="2.1"))
    errors, warnings = [], []
    for obj in results.object_results:
        errors.extend(f"{obj.object_id}: {e}" for e in obj.errors)
        for w in obj.warnings:
            match = re.search(r"\{(\d+)\}\s*(.*)", str(w))
            warnings.append({"id": obj.object_id, "code": match.group(1) if match else "", "message": match.group(2) if match else str(w)})
    parsed = 0
    try:
        with open(path, encoding="utf-8") as handle:
            bundle = stix2.parse(handle.read(), allow_custom=False)
        parsed = len(bundle.objects)
    except Exception as error:  # any refusal by the library is an error of the bundle
        errors.append(f"stix2.parse: {type(error).__name__}: {error}")
    return {"file": path, "valid": bool(results.is_valid) and not errors, "errors": errors, "warnings": warnings, "parsed": parsed}


if __name__ == "__main__":
    for name in sys.argv[1:]:
        print(json.dumps(check(name)))
