#!/bin/sh
# Checks that the translations in po/ are complete and in step with the
# sources. Run by `meson test --suite po`; run it by hand at any time:
#
#   po/check-po.sh                  check everything (exit 0 = all good)
#   po/check-po.sh --pot FILE       only write a fresh template to FILE
#   po/check-po.sh --list-sources   only list the files in src/ and data/ui/
#                                   that hold translatable strings
#
# It fails, saying precisely what is wrong, when:
#   - a file in src/ (C: _(" N_(" C_( NC_( g_dngettext …) or in data/ui/
#     (translatable="yes") holds translatable strings but is not listed in
#     po/POTFILES.in, or POTFILES.in lists a file that does not exist;
#   - a language in po/LINGUAS has no .po file, or `msgfmt --check` rejects
#     it, or it has untranslated or fuzzy messages;
#   - a message of the sources (a template freshly extracted with xgettext
#     into a temporary directory) is missing from a .po file;
#   - a translation that Cerchi's CSV import and export rely on (column
#     names, kinds, sizes, statuses) is not the agreed one.
# Messages in a .po file that the sources no longer use only give a warning.
#
# To fix most failures: build-aux/update-po.sh, then translate what it lists.
#
# Needs only gettext (xgettext, msgfmt) and python3.

set -u

podir=$(cd "$(dirname "$0")" && pwd)
srcdir=$(cd "$podir/.." && pwd)
package=cerchi

# The same arguments as meson's i18n.gettext(preset: 'glib'), plus the
# plain gettext keywords. Keep them in step with po/meson.build.
xgettext_args="--from-code=UTF-8 --add-comments
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3
  --keyword=ngettext:1,2
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format
  --flag=g_string_printf:2:c-format --flag=g_string_append_printf:2:c-format
  --flag=g_error_new:3:c-format --flag=g_set_error:4:c-format
  --flag=g_markup_printf_escaped:1:c-format --flag=g_log:3:c-format
  --flag=g_print:1:c-format --flag=g_printerr:1:c-format --flag=g_printf:1:c-format
  --flag=g_fprintf:2:c-format --flag=g_sprintf:2:c-format --flag=g_snprintf:3:c-format"

# What marks a C file or a .ui file as holding translatable strings.
c_pattern='(^|[^A-Za-z0-9_])(_|N_|C_|NC_|Q_) ?\(|g_dngettext|g_dcgettext|g_dpgettext2?|(^|[^A-Za-z0-9_])n?gettext ?\('
ui_pattern='translatable="(yes|true|1)"'

# Files under src/ and data/ui/ with translatable strings, relative to the
# source root, one a line, sorted.
list_sources () {
  (
    cd "$srcdir" || exit 1
    {
      find src -type f \( -name '*.c' -o -name '*.h' \) -exec grep -lE "$c_pattern" {} + 2>/dev/null
      find data/ui -type f -name '*.ui' -exec grep -lE "$ui_pattern" {} + 2>/dev/null
    } | LC_ALL=C sort -u
  )
}

# The files POTFILES.in lists, without comments and blank lines.
list_potfiles () {
  sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$podir/POTFILES.in"
}

# make_pot LIST OUTPUT: extracts a template from the files LIST names.
make_pot () {
  # shellcheck disable=SC2086
  (cd "$srcdir" && xgettext --package-name="$package" -D "$srcdir" \
     -f "$1" -o "$2" $xgettext_args)
}

case "${1:-}" in
  --list-sources)
    list_sources
    exit $?
    ;;
  --pot)
    [ $# -eq 2 ] || { echo "usage: $0 --pot FILE" >&2; exit 2; }
    make_pot "$podir/POTFILES.in" "$2"
    exit $?
    ;;
  "")
    ;;
  -h|--help)
    sed -n '2,25s/^# \{0,1\}//p' "$0"
    exit 0
    ;;
  *)
    sed -n '2,25s/^# \{0,1\}//p' "$0" >&2
    exit 2
    ;;
esac

for tool in xgettext msgfmt python3; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check-po: FAILED: $tool is not installed (apt-get install gettext python3)" >&2
    exit 1
  fi
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cerchi-check-po.XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT INT TERM

failures=0
fail () {
  failures=$((failures + 1))
  printf '\nFAIL: %s\n' "$1"
}

# 1. POTFILES.in against the sources ----------------------------------------

list_potfiles | LC_ALL=C sort -u > "$tmp/listed"
list_sources > "$tmp/found"

missing_files=$(LC_ALL=C comm -13 "$tmp/listed" "$tmp/found")
if [ -n "$missing_files" ]; then
  fail "files with translatable strings are not in po/POTFILES.in (add them, or run build-aux/update-po.sh):"
  for f in $missing_files; do
    echo "  $f"
    case "$f" in
      *.ui) grep -nE "$ui_pattern" "$srcdir/$f" | head -n 3 | sed "s|^|      $f:|" ;;
      *)    grep -nE "$c_pattern" "$srcdir/$f" | head -n 3 | sed "s|^|      $f:|" ;;
    esac
  done
fi

gone=""
for f in $(list_potfiles); do
  [ -f "$srcdir/$f" ] || gone="$gone $f"
done
if [ -n "$gone" ]; then
  fail "po/POTFILES.in lists files that do not exist (remove them, or run build-aux/update-po.sh):"
  for f in $gone; do echo "  $f"; done
fi

if ! list_potfiles | LC_ALL=C sort -c 2>/dev/null; then
  echo
  echo "warning: po/POTFILES.in is not sorted (LC_ALL=C sort); build-aux/update-po.sh sorts it"
fi

# 2. A fresh template --------------------------------------------------------

# From the files POTFILES.in lists and those it should list, so that the
# messages of a file missing from it are reported as well.
pot="$tmp/$package.pot"
cat "$tmp/listed" "$tmp/found" | while read -r f; do
  if [ -f "$srcdir/$f" ]; then echo "$f"; fi
done | LC_ALL=C sort -u > "$tmp/POTFILES"
if ! make_pot "$tmp/POTFILES" "$pot" 2> "$tmp/xgettext.log" || [ ! -f "$pot" ]; then
  fail "xgettext could not extract the template:"
  sed 's/^/  /' "$tmp/xgettext.log"
  echo
  echo "check-po: FAILED"
  exit 1
fi
if [ -s "$tmp/xgettext.log" ]; then
  echo
  echo "xgettext said:"
  sed 's/^/  /' "$tmp/xgettext.log"
fi

# 3. Each language ------------------------------------------------------------

languages=$(sed -e 's/#.*//' "$podir/LINGUAS" | tr -s ' \t' '\n' | sed '/^$/d')
if [ -z "$languages" ]; then
  fail "po/LINGUAS lists no language"
fi

for lang in $languages; do
  po="$podir/$lang.po"
  if [ ! -f "$po" ]; then
    fail "po/LINGUAS lists $lang but po/$lang.po does not exist (create it with: msginit -i <template> -o po/$lang.po -l $lang)"
    continue
  fi

  if ! msgfmt --check --statistics -o "$tmp/$lang.mo" "$po" 2> "$tmp/$lang.msgfmt"; then
    fail "msgfmt --check rejects po/$lang.po:"
    sed 's/^/  /' "$tmp/$lang.msgfmt"
    continue
  fi
  stats=$(tail -n 1 "$tmp/$lang.msgfmt")

  python3 - "$po" "$pot" "$lang" "$tmp/$lang.mo" <<'PYTHON' > "$tmp/$lang.report" 2> "$tmp/$lang.warnings"
import ast
import gettext
import sys

po_path, pot_path, lang, mo_path = sys.argv[1:5]


def parse(path):
    """Entries of a PO file: dicts with ctxt, id, plural, strs, flags,
    refs, obsolete and the line of the msgid. Enough of the format for what
    xgettext, msgmerge and translators write."""
    entries = []
    entry = None
    field = index = None

    def finish():
        nonlocal entry
        if entry is not None and entry["id"] is not None:
            entries.append(entry)
        entry = None

    def current():
        nonlocal entry
        if entry is None:
            entry = {"ctxt": None, "id": None, "plural": None, "strs": {}, "flags": set(),
                     "refs": [], "obsolete": False, "line": 0}
        return entry

    with open(path, encoding="utf-8") as f:
        for number, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            obsolete = line.startswith("#~")
            if obsolete:
                line = line[2:].lstrip()
                if line.startswith("|"):
                    continue  # the previous msgid of an obsolete entry
            if not line.strip():
                finish()
                continue
            if line.startswith("#"):
                if entry is not None and entry["id"] is not None:
                    finish()  # comments start the next entry
                e = current()
                if line.startswith("#,"):
                    e["flags"].update(x.strip() for x in line[2:].split(","))
                elif line.startswith("#:"):
                    e["refs"].extend(line[2:].split())
                continue
            if line.startswith('"'):
                if entry is None or field is None:
                    raise SystemExit(f"{path}:{number}: a string outside an entry")
                value = ast.literal_eval(line)
                if field == "str":
                    entry["strs"][index] += value
                else:
                    entry[field] += value
                continue
            keyword, _, rest = line.partition(" ")
            if keyword in ("msgctxt", "msgid") and entry is not None and entry["id"] is not None:
                finish()  # no blank line between two entries
            e = current()
            e["obsolete"] = obsolete
            value = ast.literal_eval(rest.strip())
            if keyword == "msgctxt":
                field = "ctxt"
            elif keyword == "msgid":
                field = "id"
                e["line"] = number
            elif keyword == "msgid_plural":
                field = "plural"
            elif keyword == "msgstr" or (keyword.startswith("msgstr[") and keyword.endswith("]")):
                field = "str"
                index = int(keyword[7:-1]) if keyword != "msgstr" else 0
                e["strs"][index] = value
                continue
            else:
                raise SystemExit(f"{path}:{number}: cannot read: {raw!r}")
            e[field] = value
    finish()
    return [e for e in entries if e["id"] != ""]


def key(e):
    return (e["ctxt"], e["id"])


def quote(text):
    return '"' + (text.replace("\\", "\\\\").replace('"', '\\"')
                  .replace("\n", "\\n").replace("\t", "\\t")) + '"'


def show(e):
    text = ""
    if e["ctxt"] is not None:
        text += f"msgctxt {quote(e['ctxt'])} "
    text += f"msgid {quote(e['id'])}"
    if e["plural"] is not None:
        text += f" msgid_plural {quote(e['plural'])}"
    return text


def where(e):
    refs = e["refs"]
    if not refs:
        return ""
    more = f" (+{len(refs) - 3} more)" if len(refs) > 3 else ""
    return "      at " + " ".join(refs[:3]) + more


po = parse(po_path)
pot = parse(pot_path)
active = {key(e): e for e in po if not e["obsolete"]}
obsolete = {key(e): e for e in po if e["obsolete"]}
problems = []

untranslated = [e for e in active.values()
                if not e["strs"] or any(s == "" for s in e["strs"].values())]
fuzzy = [e for e in active.values() if "fuzzy" in e["flags"]]
if untranslated:
    problems.append(f"po/{lang}.po has {len(untranslated)} untranslated messages:")
    for e in untranslated:
        problems.append(f"  po/{lang}.po:{e['line']}: {show(e)}")
        problems.append(where(e))
if fuzzy:
    problems.append(f"po/{lang}.po has {len(fuzzy)} fuzzy messages (check the translation, "
                    "then remove the fuzzy flag and any #| lines):")
    for e in fuzzy:
        problems.append(f"  po/{lang}.po:{e['line']}: {show(e)}")
        problems.append(where(e))

missing = [e for e in pot if key(e) not in active]
if missing:
    problems.append(f"{len(missing)} messages of the sources are missing from po/{lang}.po "
                    "(run build-aux/update-po.sh, then translate them):")
    for e in missing:
        note = "  [obsolete (#~) in the .po]" if key(e) in obsolete else ""
        problems.append(f"  {show(e)}{note}")
        problems.append(where(e))

plural_mismatch = [e for e in pot if key(e) in active
                   and (e["plural"] is None) != (active[key(e)]["plural"] is None)]
if plural_mismatch:
    problems.append(f"messages that changed between singular and plural, out of date in po/{lang}.po:")
    for e in plural_mismatch:
        problems.append(f"  {show(e)}")
        problems.append(where(e))

# Translations Cerchi's CSV export writes and its import must read back:
# changing one makes older exports harder to recognise. Checked against
# the compiled catalogue, as the program will see it.
PINNED = {
    "it": {
        # Import and export column names.
        "Not imported": "Non importata",
        "Name": "Ragione sociale",
        "VAT number": "Partita IVA",
        "Kind": "Tipo",
        "Sector": "Settore",
        "Size": "Dimensione",
        "Employees": "Dipendenti",
        "Municipality": "Comune",
        "Province": "Provincia",
        "Address": "Indirizzo",
        "Website": "Sito web",
        "Status": "Stato",
        "Year joined": "Anno di adesione",
        "Notes": "Note",
        "Contact": "Referente",
        "Role": "Ruolo",
        "Email": "Email",
        "Phone": "Telefono",
        # Kinds of organisation.
        "Company": "Impresa",
        "Public body": "Ente pubblico",
        "Trade association": "Associazione di categoria",
        "University or research centre": "Università o centro di ricerca",
        "NGO or social enterprise": "ONG o impresa sociale",
        "Other": "Altro",
        # Size classes.
        "Micro": "Micro",
        "Small": "Piccola",
        "Medium": "Media",
        "Large": "Grande",
        "Not known": "Non nota",
        # Membership.
        "Member": "Aderente",
        "Prospect": "Potenziale aderente",
        "Former member": "Ex aderente",
        # Roles in the network.
        "Lead firm": "Capofiliera",
        "Technical partner": "Partner tecnico",
        "Promoter": "Promotore",
        "Other role": "Altro ruolo",
        "No particular role": "Nessun ruolo particolare",
    },
}
pinned = PINNED.get(lang, {})
if pinned:
    with open(mo_path, "rb") as f:
        catalogue = gettext.GNUTranslations(f)
    wrong = [(msgid, want, catalogue.gettext(msgid)) for msgid, want in pinned.items()
             if (None, msgid) in active and catalogue.gettext(msgid) != want]
    if wrong:
        problems.append(f"po/{lang}.po changes translations the CSV import and export rely on:")
        for msgid, want, got in wrong:
            problems.append(f"  {msgid!r}: must be {want!r}, is {got!r}")

pot_keys = {key(p) for p in pot}
stale = [e for e in active.values() if key(e) not in pot_keys]
if stale:
    print(f"warning: {len(stale)} messages in po/{lang}.po are no longer in the sources "
          "(build-aux/update-po.sh marks them obsolete):", file=sys.stderr)
    for e in stale:
        print(f"  po/{lang}.po:{e['line']}: {show(e)}", file=sys.stderr)

for line in problems:
    if line:
        print(line)
sys.exit(3 if problems else 0)
PYTHON
  status=$?
  [ -s "$tmp/$lang.warnings" ] && { echo; cat "$tmp/$lang.warnings"; }
  stats=${stats%.}
  case $status in
    0)
      case "$stats" in
        *untranslated*|*fuzzy*) fail "msgfmt --statistics reports for po/$lang.po: $stats" ;;
        *) echo "po/$lang.po: $stats" ;;
      esac
      ;;
    3)
      fail "po/$lang.po is not complete ($stats):"
      cat "$tmp/$lang.report"
      ;;
    *)
      fail "could not check po/$lang.po:"
      cat "$tmp/$lang.report"
      ;;
  esac
done

echo
if [ $failures -gt 0 ]; then
  [ $failures -eq 1 ] && echo "check-po: FAILED (1 problem)" || echo "check-po: FAILED ($failures problems)"
  exit 1
fi
echo "check-po: OK"
exit 0
