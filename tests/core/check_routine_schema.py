#!/usr/bin/python3
"""The JSON Schema in docs/ and the reader agree: the example routines that
the reader accepts validate, the ones it refuses do not, and the example in
docs/routine-format.md is the test file, word for word.
   check_routine_schema.py SOURCE_DIR"""
import json
import re
import sys

import jsonschema

source = sys.argv[1]
schema = json.load(open(f"{source}/docs/routine-format.schema.json"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)
data = f"{source}/tests/data/routines"
failures = []
for name, valid in [("lower-back-evenings.json", True), ("out-of-bounds.json", False)]:
    errors = list(validator.iter_errors(json.load(open(f"{data}/{name}"))))
    if valid and errors:
        failures.append(f"{name}: the reader accepts it, the schema does not: {errors[0].message}")
    if not valid and not errors:
        failures.append(f"{name}: the reader refuses it, the schema accepts it")
archive = json.load(open(f"{data}/hips.limber"))
for error in validator.iter_errors(archive["routine"]):
    failures.append(f"hips.limber: routine: {error.message}")
doc = open(f"{source}/docs/routine-format.md").read()
example = re.search(r"```json\n(\{\n    \"format\": \"limber-routine\".*?)```", doc, re.S)
if not example:
    failures.append("docs/routine-format.md: no example routine found")
elif json.loads(example.group(1)) != json.load(open(f"{data}/lower-back-evenings.json")):
    failures.append("docs/routine-format.md: the example differs from tests/data/routines/lower-back-evenings.json")
for failure in failures:
    print(failure)
if not failures:
    print("schema and reader agree")
sys.exit(1 if failures else 0)
