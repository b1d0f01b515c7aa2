"""Compare two folders of benchmark JSON (bench/accuracy.sh): every score must be equal.

Fields that measure time, speed or memory, and the pipeline version, are left out:
they change from run to run and with every change of the code. Prints each
difference and exits 1 if there is any.

    .venv/bin/python bench/compare.py OLD_DIR NEW_DIR
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# keys whose values are timings, rates or memory, or name the code version
VOLATILE = re.compile(r"(seconds|_per_s|per_s$|throughput|elapsed|rss|ms_per|pipeline_version|workers|wall|speed)",
                      re.IGNORECASE)


def flatten(value, prefix=""):
    if isinstance(value, dict):
        for key, item in value.items():
            if not VOLATILE.search(str(key)):
                yield from flatten(item, f"{prefix}.{key}" if prefix else str(key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            yield from flatten(item, f"{prefix}[{i}]")
    else:
        yield prefix, value


def compare(old_dir: Path, new_dir: Path) -> list[str]:
    problems = []
    for old in sorted(old_dir.glob("*.json")):
        new = new_dir / old.name
        if not new.exists():
            problems.append(f"{old.stem}: missing in {new_dir}")
            continue
        try:
            a, b = dict(flatten(json.loads(old.read_text()))), dict(flatten(json.loads(new.read_text())))
        except json.JSONDecodeError as exc:
            problems.append(f"{old.stem}: not JSON ({exc})")
            continue
        for key in sorted(a.keys() | b.keys()):
            if a.get(key, "<absent>") != b.get(key, "<absent>"):
                problems.append(f"{old.stem}: {key}: {a.get(key, '<absent>')!r} -> {b.get(key, '<absent>')!r}")
        print(f"{old.stem}: {len(a)} values compared")
    return problems


def main() -> int:
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    problems = compare(Path(sys.argv[1]), Path(sys.argv[2]))
    for line in problems:
        print("DIFF", line)
    print(f"{len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
