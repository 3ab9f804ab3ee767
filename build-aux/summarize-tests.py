#!/usr/bin/env python3
"""Prints "N passed, N failed, N skipped" from meson's testlog.json files.

Exits 1 if any test failed (or none ran), so that CI does not have to
read meson's own summary.
"""
import json
import sys

PASSED = {"OK", "EXPECTEDFAIL"}
SKIPPED = {"SKIP"}

passed = failed = skipped = 0
for path in sys.argv[1:]:
    try:
        log = open(path, encoding="utf-8")
    except OSError:
        print(f"{path}: missing, counted as a failure", file=sys.stderr)
        failed += 1
        continue
    with log:
        for line in log:
            if not line.strip():
                continue
            result = json.loads(line)["result"]
            if result in PASSED:
                passed += 1
            elif result in SKIPPED:
                skipped += 1
            else:
                failed += 1

print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or passed == 0 else 0)
