#!/usr/bin/env python3
"""Checks the rules the code's layout stands on (docs/ARCHITECTURE.md):

- below the window, nothing includes the window's headers: children reach
  it through the widget tree and actions (win.show, win.run, toasts);
- src/core never includes GTK, GDK or libadwaita;
- only src/core writes SQL: nothing outside it includes sqlite3.h or the
  core's private headers.

Usage: check-structure.py SRCDIR. Prints each breach and exits 1 if any."""
import pathlib
import re
import sys

src = pathlib.Path(sys.argv[1])
include = re.compile(r'^\s*#\s*include\s*[<"]([^>"]+)[>"]', re.M)
window_headers = {'cerchi-window.h', 'cerchi-window-private.h'}
window_files = {'cerchi-window.c', 'cerchi-window-actions.c', 'cerchi-window.h',
                'cerchi-window-private.h', 'cerchi-application.c', 'cerchi-application.h', 'main.c'}
core_private = {'sqlite3.h', 'cerchi-store-private.h', 'cerchi-record-private.h'}
problems = []

for path in sorted(src.rglob('*.[ch]')):
    relative = path.relative_to(src)
    in_core = relative.parts[0] == 'core'
    for name in include.findall(path.read_text(encoding='utf-8')):
        base = name.split('/')[-1]
        if in_core and re.match(r'(gtk|gdk|adwaita)', name):
            problems.append(f'src/{relative}: includes <{name}>, but src/core never includes GTK')
        if not in_core and base in window_headers and path.name not in window_files:
            problems.append(f'src/{relative}: includes "{name}": reach the window through actions '
                            'and the widget tree instead')
        if not in_core and base in core_private:
            problems.append(f'src/{relative}: includes "{name}": only src/core writes SQL')

for problem in problems:
    print(problem)
print(f'check-structure: {"OK" if not problems else f"{len(problems)} problem(s)"}')
sys.exit(1 if problems else 0)
