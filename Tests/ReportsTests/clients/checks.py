"""The tally the client check scripts share: check(condition, message), then finish()."""
import sys

counts = {"passed": 0, "failed": 0}


def check(condition, message):
    if condition:
        counts["passed"] += 1
    else:
        counts["failed"] += 1
        print("FAIL:", message)


def finish():
    print(f"{counts['passed']} passed, {counts['failed']} failed")
    sys.exit(1 if counts["failed"] else 0)
