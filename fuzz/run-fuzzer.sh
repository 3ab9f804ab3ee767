#!/bin/sh
# run-fuzzer.sh FUZZER SECONDS SEEDS WORKDIR: a bounded libFuzzer run that
# starts from the committed seeds and keeps what it finds in WORKDIR, not
# in the source tree. Crashes are written to WORKDIR too.
set -eu
fuzzer=$1 seconds=$2 seeds=$3 work=$4
mkdir -p "$work/corpus"
# libFuzzer's own exit status for a crash is 77, which meson reads as
# "skipped": a crash must fail the test.
exec "$fuzzer" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
  -error_exitcode=1 -timeout_exitcode=1 \
  -print_final_stats=1 -artifact_prefix="$work/" "$work/corpus" "$seeds"
