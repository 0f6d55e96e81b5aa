#!/usr/bin/env python3
"""Writes a synthetic OpenAPI document N times the size of a real one, for the scaling benchmark.

    Scripts/scale-document.py SOURCE.yaml N OUTPUT.yaml

Copy k (1..N) of every component (schemas, parameters, responses, request bodies, headers, examples) is named
with the suffix `_k` (copy 1 keeps the names), every `$ref` (and discriminator mapping) inside copy k points to copy k, and copy k of every
path is put under `/copyk` with suffixed operation ids. So the document is N independent APIs in one, and a
generator's work should grow N-fold. Needs PyYAML (`pip install pyyaml`).
"""
import copy
import sys

import yaml

try:
    Loader, Dumper = yaml.CSafeLoader, yaml.CSafeDumper
except AttributeError:
    Loader, Dumper = yaml.SafeLoader, yaml.SafeDumper


def suffixed(name, k):
    return name if k == 1 else f"{name}_{k}"


def rewrite_ref(value, k):
    if not (isinstance(value, str) and value.startswith("#/components/")):
        return value
    parts = value.split("/")
    parts[3] = suffixed(parts[3], k)
    return "/".join(parts)


def rewrite_refs(node, k):
    if isinstance(node, dict):
        out = {}
        for key, value in node.items():
            if key == "$ref":
                out[key] = rewrite_ref(value, k)
            elif key == "mapping" and isinstance(value, dict):
                out[key] = {name: rewrite_ref(target, k) for name, target in value.items()}
            elif key == "operationId" and isinstance(value, str):
                out[key] = suffixed(value, k)
            else:
                out[key] = rewrite_refs(value, k)
        return out
    if isinstance(node, list):
        return [rewrite_refs(item, k) for item in node]
    return node


def main():
    source, count, output = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    with open(source, encoding="utf-8") as handle:
        document = yaml.load(handle, Loader=Loader)
    scaled = {key: value for key, value in document.items() if key not in ("paths", "components")}
    scaled["paths"] = {}
    scaled["components"] = {}
    for k in range(1, count + 1):
        for path, item in (document.get("paths") or {}).items():
            scaled["paths"][path if k == 1 else f"/copy{k}{path}"] = rewrite_refs(copy.deepcopy(item), k)
        for section, entries in (document.get("components") or {}).items():
            if not isinstance(entries, dict) or section == "securitySchemes":
                scaled["components"][section] = entries
                continue
            target = scaled["components"].setdefault(section, {})
            for name, value in entries.items():
                target[suffixed(name, k)] = rewrite_refs(copy.deepcopy(value), k)
    with open(output, "w", encoding="utf-8") as handle:
        yaml.dump(scaled, handle, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=120)


if __name__ == "__main__":
    main()
