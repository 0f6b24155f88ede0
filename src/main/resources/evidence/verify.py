#!/usr/bin/env python3
"""Checks a Warta audit evidence export without Warta (Python 3.6+, standard library only).

Usage: python3 verify.py [FOLDER]   (default: the folder this script is in)
Recomputes every entry's SHA-256 hash from its fields in the canonical form of docs/audit.md,
checks the links between consecutive entries, that entries.csv says the same as entries.json,
and that the last entry of the chain, when exported, ends at the head in head.txt.
Exit 0: everything matches; exit 1: something does not (each problem is printed).
"""
import csv, hashlib, json, os, sys

FIELDS = ["seq", "id", "at", "actor", "action", "entityType", "entityId", "before", "after", "prevHash", "hash"]


def canonical(e):
    def field(value):  # the length counts UTF-16 code units, as Java's String.length()
        return "%d:%s\n" % (len(value.encode("utf-16-le")) // 2, value)
    return ("warta-audit-v1\n%d\n%s\n%s\n" % (e["seq"], e["id"], e["at"])
            + "".join(field(e[k]) for k in ("actor", "action", "entityType", "entityId", "before", "after"))
            + e["prevHash"])


def main(folder):
    with open(os.path.join(folder, "entries.json"), encoding="utf-8") as f:
        data = json.load(f)
    with open(os.path.join(folder, "head.txt"), encoding="utf-8") as f:
        head = dict(line.split(": ", 1) for line in f.read().splitlines() if ": " in line)
    with open(os.path.join(folder, "entries.csv"), encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))[1:]
    entries, problems, previous = data["entries"], [], None
    for e in entries:
        if hashlib.sha256(canonical(e).encode("utf-8")).hexdigest() != e["hash"]:
            problems.append("entry %d: its content does not match its hash (altered)" % e["seq"])
        if previous is not None and previous["seq"] + 1 == e["seq"] and e["prevHash"] != previous["hash"]:
            problems.append("entry %d: does not link to entry %d" % (e["seq"], previous["seq"]))
        previous = e
    if [[str(e[k]) for k in FIELDS] for e in entries] != rows:
        problems.append("entries.csv differs from entries.json")
    total = int(head["entries"])
    if entries and entries[-1]["seq"] == total and entries[-1]["hash"] != head["head"]:
        problems.append("the last entry does not end at the head in head.txt")
    if head.get("chain", "").startswith("BROKEN"):
        problems.append("Warta found the whole chain broken when it exported: " + head["chain"])
    for p in problems:
        print("PROBLEM " + p)
    if problems:
        print("BROKEN %d problem(s), %d exported entries" % (len(problems), len(entries)))
        return 1
    print("OK %d exported entries, head %s" % (len(entries), head["head"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
