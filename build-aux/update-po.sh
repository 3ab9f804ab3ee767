#!/bin/sh
# Re-syncs the translations with the sources. Run it after changing any
# user-visible string, then translate what it lists and run
# `meson test --suite po` (po/check-po.sh).
#
#   build-aux/update-po.sh [--drop-obsolete] [--pot FILE]
#
# 1. po/POTFILES.in: adds the files in src/ and data/ui/ that hold
#    translatable strings, drops the files that no longer exist, sorts it.
# 2. Extracts a fresh template into a temporary directory (or FILE with
#    --pot), with the same xgettext arguments as meson's glib preset.
#    No cerchi.pot is left in po/.
# 3. Merges it into every po/LL.po that po/LINGUAS names (msgmerge): kept
#    translations stay, new messages come in untranslated, changed ones
#    come in fuzzy with the previous English text (#| msgid). Messages no
#    longer used are kept as obsolete (#~), unless --drop-obsolete.
# 4. Lists, per language, what is left to translate or review.
#
# Same as `meson compile -C BUILDDIR cerchi-update-po`, which however
# leaves po/cerchi.pot behind and does not touch POTFILES.in.

set -eu

cd "$(dirname "$0")/.."
podir=po
drop_obsolete=no
keep_pot=""

while [ $# -gt 0 ]; do
  case "$1" in
    --drop-obsolete) drop_obsolete=yes ;;
    --pot) keep_pot=$2; shift ;;
    -h|--help) sed -n '2,21s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "update-po: unknown argument $1 (try --help)" >&2; exit 2 ;;
  esac
  shift
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/cerchi-update-po.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM

# 1. POTFILES.in: keep the header comments and the files that still exist
#    (the data files outside src/ and data/ui/ among them), add the rest.
sed -n '/^#/p' "$podir/POTFILES.in" | sed '/^#/!q' > "$tmp/header"
sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' "$podir/POTFILES.in" > "$tmp/listed"
{
  while read -r f; do
    if [ -f "$f" ]; then echo "$f"; else echo "update-po: dropped $f from POTFILES.in (no such file)" >&2; fi
  done < "$tmp/listed"
  "$podir/check-po.sh" --list-sources
} | LC_ALL=C sort -u > "$tmp/files"
LC_ALL=C comm -13 "$tmp/listed" "$tmp/files" | sed 's/^/update-po: added to POTFILES.in: /' >&2
cat "$tmp/header" "$tmp/files" > "$tmp/POTFILES.in"
if ! cmp -s "$tmp/POTFILES.in" "$podir/POTFILES.in"; then
  cp "$tmp/POTFILES.in" "$podir/POTFILES.in"
fi

# 2. The template.
pot=${keep_pot:-$tmp/cerchi.pot}
"$podir/check-po.sh" --pot "$pot"
echo "update-po: template: $(grep -c '^msgid ' "$pot") messages (less the header)${keep_pot:+, in $keep_pot}"

# 3 and 4. Each language.
# shellcheck disable=SC2013 # LINGUAS may hold several languages a line
for lang in $(sed -e 's/#.*//' "$podir/LINGUAS"); do
  po="$podir/$lang.po"
  if [ ! -f "$po" ]; then
    msginit --no-translator --locale="$lang" -i "$pot" -o "$po"
  fi
  msgmerge --quiet --previous --update --backup=none "$po" "$pot"
  if [ "$drop_obsolete" = yes ]; then
    msgattrib --no-obsolete -o "$po" "$po"
  fi
  printf 'update-po: %s: ' "$po"
  msgfmt --check --statistics -o /dev/null "$po" 2>&1 | tail -n 1
  for kind in untranslated only-fuzzy; do
    msgattrib --"$kind" --no-obsolete --no-wrap "$po" 2>/dev/null \
      | sed -n '/^msgid ""$/{n;/^msgstr ""$/d;p;d;};/^\(#[:,|]\|msgctxt\|msgid\)/p' \
      | sed "s/^/  [$kind] /" | sed 's/\[only-fuzzy\]/[fuzzy]/'
  done
done
