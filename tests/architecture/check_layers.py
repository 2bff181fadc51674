#!/usr/bin/env python3
"""The house rules a compiler cannot see, checked against the tree.

docs/ARCHITECTURE.md's folder table (| Folder | Owns | May use |) is the one
statement of which folder may include which. This check fails when:
- a folder of core/, ui/ or app/ includes a folder its row does not allow,
- a folder exists that the table does not list, or the table lists one that
  does not exist,
- the allowed uses between core's folders form a cycle,
- core/ holds front-end machinery: processes, prctl, command-line parsing,
  widgets or terminal prompts.
Usage: check_layers.py <source dir>
"""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".").resolve()
problems = []

# The table: rows like | `core/config` | ... | `core/common` |
doc = (root / "docs" / "ARCHITECTURE.md").read_text(encoding="utf-8")
allowed = {}
for line in doc.splitlines():
    if not line.startswith("| `"):
        continue
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) != 3 or not cells[0].startswith("`"):
        continue
    folder = cells[0].strip("`")
    allowed[folder] = set(re.findall(r"`([a-z0-9/]+)`", cells[2]))
if not allowed:
    sys.exit("check_layers: no folder table (| Folder | Owns | May use |) in docs/ARCHITECTURE.md")


def unit_of(path: pathlib.Path) -> str:
    """core/<x> and app/<x> are units of their own; all of ui/ is one."""
    parts = path.relative_to(root).parts
    return parts[0] if parts[0] == "ui" else "/".join(parts[:2])


sources = [p for top in ("core", "ui", "app") for p in (root / top).rglob("*")
           if p.suffix in (".h", ".cpp")]
present = {unit_of(p) for p in sources}
for folder in sorted(present - allowed.keys()):
    problems.append(f"{folder}/ is not in docs/ARCHITECTURE.md's folder table")
for folder in sorted(allowed.keys() - present):
    problems.append(f"docs/ARCHITECTURE.md lists {folder}/, which holds no sources")

include = re.compile(r'^\s*#\s*include\s+"((?:core|app)/[a-z0-9]+|ui)/', re.M)
for path in sorted(sources):
    unit = unit_of(path)
    text = path.read_text(encoding="utf-8")
    for used in sorted(set(include.findall(text))):
        if used != unit and used not in allowed.get(unit, set()):
            problems.append(f"{path.relative_to(root)}: {unit} may not use {used} "
                            f"(docs/ARCHITECTURE.md allows: {', '.join(sorted(allowed.get(unit, []))) or 'nothing'})")

# No cycles among core's folders, as the table allows them.
core = {f: {u for u in uses if u.startswith("core/")} for f, uses in allowed.items()
        if f.startswith("core/")}
state = {}


def visit(folder, trail):
    if state.get(folder) == "done":
        return
    if state.get(folder) == "open":
        cycle = trail[trail.index(folder):] + [folder]
        problems.append("a cycle between core folders: " + " -> ".join(cycle))
        return
    state[folder] = "open"
    for used in sorted(core.get(folder, ())):
        visit(used, trail + [folder])
    state[folder] = "done"


for folder in sorted(core):
    visit(folder, [])

# What a front end decides stays out of core.
forbidden = re.compile(r"\b(QProcess|prctl|QCommandLineParser|QCommandLineOption|QWidget|"
                       r"QtWidgets|QApplication|isatty)\b")
for path in sorted(p for p in sources if unit_of(p).startswith("core/")):
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if (found := forbidden.search(line)):
            problems.append(f"{path.relative_to(root)}:{number}: {found.group(1)} belongs in a front end, not core")

for problem in problems:
    print("check_layers:", problem)
print(f"check_layers: {len(sources)} files, {len(present)} folders, "
      f"{'OK' if not problems else f'{len(problems)} problem(s)'}")
sys.exit(1 if problems else 0)
