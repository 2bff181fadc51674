#!/usr/bin/env bash
# Builds the parser fuzz targets with clang's libFuzzer (AddressSanitizer and
# UndefinedBehaviorSanitizer on) and runs each for SECONDS seconds, starting
# from the real server output in tests/data. The suite runs it briefly; for a
# longer run:  tests/fuzz/run_fuzzers.sh 600
set -euo pipefail
seconds=${1:-10}
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
if [ -n "${LOCKBOARD_FUZZ_DIR:-}" ]; then
    work=$LOCKBOARD_FUZZ_DIR   # kept, with any crash inputs
else
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"
command -v clang++ >/dev/null || { echo "run_fuzzers: clang++ is missing (scripts/setup.sh installs it)" >&2; exit 1; }

flags=(-std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined -fPIC
       -I"$root" $(pkg-config --cflags Qt6Core))
libs=($(pkg-config --libs Qt6Core))
common=("$root/core/common/Quote.cpp")
declare -A sources=(
    [metareply]="$root/core/protocol/MetaReply.cpp"
    [statsreply]="$root/core/protocol/StatsReply.cpp"
    [metadump]="$root/core/protocol/MetadumpParser.cpp"
    [watch]="$root/core/protocol/WatchParser.cpp $root/core/protocol/MetadumpParser.cpp"
)
status=0
for target in metareply statsreply metadump watch; do
    binary="$work/fuzz_$target"
    clang++ "${flags[@]}" "$here/fuzz_$target.cpp" ${sources[$target]} "${common[@]}" "${libs[@]}" -o "$binary"
    corpus="$work/corpus_$target"
    mkdir -p "$corpus"
    cp "$root"/tests/data/* "$corpus"/
    echo "run_fuzzers: $target for ${seconds}s"
    if ! "$binary" -max_total_time="$seconds" -max_len=4096 -timeout=10 -print_final_stats=1 \
            -artifact_prefix="$work/crash_${target}_" "$corpus" > "$work/$target.log" 2>&1; then
        echo "run_fuzzers: $target FAILED; see $work/$target.log and $work/crash_${target}_*" >&2
        tail -30 "$work/$target.log" >&2
        status=1
    else
        grep -E "stat::number_of_executed_units" "$work/$target.log" || true
    fi
done
exit $status
