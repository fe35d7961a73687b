#!/usr/bin/env bash
# The macro benchmark of docs/performance.md: extract and check on generated corpora of
# the given sizes, one Markdown row per run, with the growth exponent between sizes.
#
#   bash benches/scale.sh 1000 10000 100000      # sizes in articles
#
# Corpora go to ${SCALE_DIR:-/tmp/claimcheck-scale} (about 3 KB per article, plus the
# claim files and the extraction cache); they are reused when already there.
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || { echo "usage: bash benches/scale.sh N..." >&2; exit 2; }
command -v /usr/bin/time >/dev/null || { echo "needs GNU time (apt-get install time)" >&2; exit 2; }

cargo build --release --quiet --bin claimcheck --example gen-corpus
bin=target/release/claimcheck
root=${SCALE_DIR:-/tmp/claimcheck-scale}
mkdir -p "$root"

# run LABEL N BYTES CMD...: one row; wall and CPU seconds, peak RSS, MB/s of article text.
declare -A last_wall last_n
run() {
    local label=$1 n=$2 bytes=$3
    shift 3
    local times
    times=$(mktemp)
    /usr/bin/time -o "$times" -f "%e %U %S %M" "$@" >/dev/null 2>&1
    read -r wall user sys rss <"$times"
    rm -f "$times"
    local cpu mbs exp="–"
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.1f", u + s }')
    mbs=$(awk -v b="$bytes" -v w="$wall" 'BEGIN { printf "%.1f", b / 1e6 / (w > 0 ? w : 0.01) }')
    if [ -n "${last_wall[$label]:-}" ]; then
        exp=$(awk -v w1="${last_wall[$label]}" -v w2="$wall" -v n1="${last_n[$label]}" -v n2="$n" \
            'BEGIN { printf "%.2f", log(w2 / w1) / log(n2 / n1) }')
    fi
    last_wall[$label]=$wall
    last_n[$label]=$n
    printf "| %s | %s | %s | %s | %s MB | %s | %s |\n" \
        "$n" "$label" "$wall" "$cpu" "$((rss / 1024))" "$mbs" "$exp"
}

echo "| articles | run | wall s | CPU s | peak RSS | MB/s | exponent |"
echo "|---:|---|---:|---:|---:|---:|---:|"
for n in "$@"; do
    corpus=$root/articles-$n
    claims=$root/claims-$n
    [ -d "$corpus" ] || target/release/examples/gen-corpus "$corpus" "$n"
    bytes=$(du -sb "$corpus" | cut -f1)
    rm -rf "$claims" "$root/cache-$n"
    export CLAIMCHECK_CACHE_DIR=$root/cache-$n
    run "extract" "$n" "$bytes" $bin extract "$corpus" --out "$claims" --quiet --no-cache
    # extract leaves a fresh claim-base index; without it, check parses every file.
    run "check claim files" "$n" "$bytes" $bin check "$claims" --format json
    rm -f "$claims/.claimcheck-index"
    run "check claim files, no index" "$n" "$bytes" $bin check "$claims" --format json
    run "check articles, cold cache" "$n" "$bytes" $bin check "$corpus" --format json
    run "check articles, warm cache" "$n" "$bytes" $bin check "$corpus" --format json
done
