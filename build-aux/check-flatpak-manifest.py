#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Check the Flatpak manifest of Cerchi.

Usage: check-flatpak-manifest.py [MANIFEST]

With flatpak-builder installed, the manifest is loaded by
`flatpak-builder --show-manifest`, which also resolves included module
files; without it, the JSON is parsed here. Then the keys Cerchi needs are
checked: the app id, runtime, SDK and command; a sandbox with no network and
no home or host file access; a libxlsxwriter module built from a release
archive with a pinned checksum; every downloaded source pinned by sha256; and
a cerchi module built with meson from the source tree. Exits 1 on any problem.
"""

import json
import os
import re
import shutil
import subprocess
import sys

APP_ID = "io.github.cerchi.Cerchi"
FORBIDDEN_FINISH_ARGS = re.compile(
    r"^--(share=network|filesystem=(host|home)(\b|/|:|$)|filesystem=~)"
)
SHA256 = re.compile(r"^[0-9a-f]{64}$")


def load(path):
    builder = shutil.which("flatpak-builder")
    if builder:
        run = subprocess.run(
            [builder, "--show-manifest", path],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            universal_newlines=True,
        )
        if run.returncode != 0:
            raise ValueError("flatpak-builder --show-manifest failed: "
                             + run.stderr.strip())
        return json.loads(run.stdout), "flatpak-builder --show-manifest"
    with open(path, encoding="utf-8") as f:
        return json.load(f), "json"


def modules_of(container, base_dir, problems):
    """The modules of a manifest or module, with included files loaded."""
    out = []
    for m in container.get("modules", []):
        if isinstance(m, str):
            try:
                with open(os.path.join(base_dir, m), encoding="utf-8") as f:
                    m = json.load(f)
            except (OSError, ValueError) as e:
                problems.append("module file %s cannot be read: %s" % (m, e))
                continue
        if not isinstance(m, dict):
            problems.append("a module is neither an object nor a file name")
            continue
        out.append(m)
        out.extend(modules_of(m, base_dir, problems))
    return out


def check(manifest, base_dir):
    problems = []

    def expect(key, value, *aliases):
        for k in (key,) + aliases:
            if k in manifest:
                if manifest[k] != value:
                    problems.append("%s is %r, expected %r" % (k, manifest[k], value))
                return
        problems.append("%s is missing" % key)

    expect("app-id", APP_ID, "id")
    expect("runtime", "org.gnome.Platform")
    expect("sdk", "org.gnome.Sdk")
    expect("command", "cerchi")
    if not isinstance(manifest.get("runtime-version"), str):
        problems.append("runtime-version is missing or not a string")

    finish_args = manifest.get("finish-args", [])
    if not isinstance(finish_args, list) or not all(isinstance(a, str) for a in finish_args):
        problems.append("finish-args is not a list of strings")
        finish_args = []
    for arg in finish_args:
        if FORBIDDEN_FINISH_ARGS.match(arg):
            problems.append("finish-args must not contain %s: no network, and files only through the portal" % arg)
    for needed in ("--share=ipc", "--socket=wayland", "--socket=fallback-x11"):
        if needed not in finish_args:
            problems.append("finish-args lacks %s" % needed)

    if not isinstance(manifest.get("modules"), list) or not manifest["modules"]:
        problems.append("modules is missing or empty")
        return problems
    modules = modules_of(manifest, base_dir, problems)
    by_name = {m.get("name"): m for m in modules}

    for m in modules:
        for s in m.get("sources", []):
            if isinstance(s, dict) and s.get("type") in ("archive", "file") and "url" in s:
                if not str(s["url"]).startswith("https://"):
                    problems.append("module %s: source %s is not https" % (m.get("name"), s["url"]))
                if not SHA256.match(str(s.get("sha256", ""))):
                    problems.append("module %s: source %s has no valid sha256" % (m.get("name"), s["url"]))

    xlsx = by_name.get("libxlsxwriter")
    if xlsx is None:
        problems.append("no libxlsxwriter module")
    else:
        archives = [s for s in xlsx.get("sources", [])
                    if isinstance(s, dict) and s.get("url") and s.get("sha256")]
        if not archives:
            problems.append("libxlsxwriter module has no source with url and sha256")

    cerchi = by_name.get("cerchi")
    if cerchi is None:
        problems.append("no cerchi module")
    else:
        if cerchi.get("buildsystem") != "meson":
            problems.append("cerchi module is not built with meson")
        if not any(isinstance(s, dict) and s.get("type") in ("dir", "git")
                   for s in cerchi.get("sources", [])):
            problems.append("cerchi module has no dir or git source")
        top = [m for m in manifest["modules"] if isinstance(m, dict)]
        if top and top[-1].get("name") != "cerchi":
            problems.append("cerchi is not the last module")

    return problems


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    default = os.path.join(here, os.pardir, "flatpak", APP_ID + ".json")
    path = sys.argv[1] if len(sys.argv) > 1 else default
    try:
        manifest, how = load(path)
    except (OSError, ValueError) as e:
        print("%s: cannot be loaded: %s" % (path, e), file=sys.stderr)
        return 1
    if not isinstance(manifest, dict):
        print("%s: not a JSON object" % path, file=sys.stderr)
        return 1
    problems = check(manifest, os.path.dirname(os.path.abspath(path)))
    for p in problems:
        print("%s: %s" % (path, p), file=sys.stderr)
    if problems:
        return 1
    print("%s: valid (loaded with %s)" % (path, how))
    return 0


if __name__ == "__main__":
    sys.exit(main())
