#!/usr/bin/env python3
"""Classifies the differences between ctags' and respin's function definitions.

Called by ctags-compare.sh with: TREE CTAGS_X RESPIN_LIST OUTDIR. Prints recall
and a table of difference kinds; writes OUTDIR/missed and OUTDIR/extra.
"""
import re
import sys
from collections import Counter, defaultdict

tree, ctags_file, respin_file, outdir = sys.argv[1:5]

ctags = set()
for line in open(ctags_file, encoding="latin-1"):
    parts = line.split(None, 4)
    if len(parts) >= 4 and parts[1] == "function":
        ctags.add((parts[3], int(parts[2]), parts[0]))

defs, protos, opaque = set(), set(), defaultdict(list)
item = re.compile(r"^(\S+):(\d+) (\S+)\t(functions|prototypes)$")
region = re.compile(r"^  (\S+?):(\d+):\d+: opaque \((.*)\), (\d+) bytes$")
for line in open(respin_file, encoding="latin-1"):
    m = item.match(line)
    if m:
        (defs if m.group(4) == "functions" else protos).add((m.group(1), int(m.group(2)), m.group(3)))
        continue
    m = region.match(line)
    if m:
        opaque[m.group(1)].append((int(m.group(2)), int(m.group(4))))

texts = {}


def lines_of(path):
    if path not in texts:
        with open(f"{tree}/{path}", encoding="latin-1") as f:
            texts[path] = f.read().split("\n")
    return texts[path]


def in_define(lines, n):
    """True when line n (1-based) is part of a #define (a continued preprocessor line)."""
    k = n - 1
    if lines[k].lstrip().startswith("#"):
        return True
    while k > 0 and lines[k - 1].endswith("\\"):
        k -= 1
        if lines[k].lstrip().startswith("#"):
            return True
    return False


def after_params(lines, n, name):
    """The text after NAME(...) on line n, up to 600 chars, or None when there is no '('."""
    text = "\n".join(lines[n - 1:n + 40])
    m = re.search(r"\b" + re.escape(name) + r"\s*\(", text)
    if not m:
        return None
    depth, i = 0, m.end() - 1
    while i < len(text):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                break
        i += 1
    rest = re.sub(r"/\*.*?\*/|//[^\n]*", " ", text[i + 1:i + 1200], flags=re.S)
    return rest


def in_opaque(path, n):
    lines = None
    for start, length in opaque.get(path, []):
        if start <= n:
            lines = lines or lines_of(path)
            end = start + "\n".join(lines[start - 1:]).count("\n", 0, length)
            if n <= end:
                return True
    return False


by_name = {(p, nm) for p, _, nm in defs}


def branches(lines, n):
    """The conditionals around line n, innermost last: 'if0', 'first' or 'other' (#else, #elif)."""
    stack = []
    for line in lines[:n - 1]:
        d = re.match(r"\s*#\s*(\w+)\s*(.*)", line)
        if not d:
            continue
        word, arg = d.groups()
        if word in ("if", "ifdef", "ifndef"):
            stack.append("if0" if word == "if" and re.match(r"0\b", arg) else "first")
        elif word in ("else", "elif") and stack:
            stack[-1] = "other"
        elif word == "endif" and stack:
            stack.pop()
    return stack


def after_bodiless_macro(lines, n):
    """True when the last code line before line n, directives aside, is NAME(...) with no ';' (ctags joins the two)."""
    before = re.sub(r"/\*.*?\*/|//[^\n]*", " ", "\n".join(lines[max(0, n - 300):n - 1]), flags=re.S)
    before = re.sub(r"^\s*#(?:[^\n]*\\\n)*[^\n]*", "", before, flags=re.M)
    code = [t.strip() for t in before.split("\n") if t.strip()]
    return bool(code) and re.search(r"\w\s*\(.*\)$", code[-1]) is not None


def kind_of_miss(path, n, name):
    if (path, name) in by_name:
        return "found, on another line", True
    if (path, n, name) in protos:
        return "respin read a prototype", True
    lines = lines_of(path)
    if in_define(lines, n):
        return "ctags false positive: inside a #define", False
    rest = after_params(lines, n, name)
    if rest is not None:
        head = rest.lstrip()
        if re.match(r"(#[^\n]*\n\s*)+\{", head):
            return "directive between the head and the body", True
        if not head.startswith("{"):
            if re.match(r"([\w\s\*,\[\]]+;\s*)+\{", head):
                return "K&R definition", True
            if re.match(r"(__\w+(\s*\([^)]*\))?\s*)+\{", head) or re.match(r"\w+\s*\{", head):
                return "unknown annotation between the head and the body", True
            return "ctags false positive: macro invocation, no body follows", False
    if in_opaque(path, n):
        return "in an opaque region", True
    return "other", True


missed = Counter()
real = 0
found = 0
with open(f"{outdir}/missed", "w") as mf:
    for key in sorted(ctags):
        path, n, name = key
        if key in defs:
            real += 1
            found += 1
            continue
        kind, is_real = kind_of_miss(path, n, name)
        missed[kind] += 1
        if is_real:
            real += 1
            if kind.startswith("found"):
                found += 1
        mf.write(f"{path}:{n} {name}\t{kind}\n")

extra = Counter()
ctags_names = {(p, nm) for p, _, nm in ctags}
with open(f"{outdir}/extra", "w") as ef:
    for key in sorted(defs - ctags):
        path, n, name = key
        lines = lines_of(path)
        if (path, name) in ctags_names:
            kind = "ctags has it on another line"
        elif in_define(lines, n):
            kind = "inside a #define"
        elif re.fullmatch(r"[A-Z0-9_]+", name):
            kind = "macro-made definition (NAME(...) { ... })"
        elif "if0" in branches(lines, n):
            kind = "in #if 0 (ctags skips it)"
        elif "other" in branches(lines, n):
            kind = "in an #else or #elif branch (ctags reads the first branch only)"
        elif after_bodiless_macro(lines, n):
            kind = "after a macro line without ';' (ctags reads the two as one)"
        else:
            kind = "other"
        extra[kind] += 1
        ef.write(f"{path}:{n} {name}\t{kind}\n")

print(f"ctags definitions: {len(ctags)}, respin definitions: {len(defs)}, respin prototypes: {len(protos)}")
print(f"ctags definitions that are real functions: {real}; found by respin: {found}")
print(f"recall: {100.0 * found / max(real, 1):.3f} %")
print("ctags definitions respin does not list as definitions, by kind:")
for kind, c in missed.most_common():
    print(f"  {c:7d}  {kind}")
print("respin definitions ctags does not list, by kind:")
for kind, c in extra.most_common():
    print(f"  {c:7d}  {kind}")
