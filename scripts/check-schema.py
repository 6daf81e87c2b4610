#!/usr/bin/env python3
"""Checks equitas.challenge/1 documents against docs/equitas.challenge-1.schema.json.

Usage: scripts/check-schema.py DOC.json [DOC.json ...]
Prints every problem as `file: json.path: message` and exits 1 if there was any.
Needs the `jsonschema` package (pip install jsonschema).
"""
import json
import pathlib
import sys

from jsonschema import Draft202012Validator

SCHEMA = pathlib.Path(__file__).resolve().parent.parent / "docs" / "equitas.challenge-1.schema.json"


def json_path(parts):
    """findings[12].kind, as Equitas names paths in its own errors."""
    text = ""
    for part in parts:
        text += f"[{part}]" if isinstance(part, int) else ("." if text else "") + str(part)
    return text or "(document)"


def main(paths):
    if not paths:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    # Format checking turns on `date`, so that 2021-02-30 is refused as Equitas refuses it.
    validator = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
    failed = False
    for path in paths:
        try:
            document = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"{path}: {error}")
            failed = True
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
        for error in errors:
            print(f"{path}: {json_path(error.absolute_path)}: {error.message}")
        if errors:
            failed = True
        else:
            print(f"{path}: valid equitas.challenge/1")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
