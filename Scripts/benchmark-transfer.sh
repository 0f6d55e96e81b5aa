#!/usr/bin/env bash
# Transfer benchmark: 100 MiB through the generated Files client and the loopback test server.
#
#   Scripts/benchmark-transfer.sh [size-in-MiB]        (default 100)
#
# Builds the TransferBenchmark target in release mode, then runs each path in its own process
# under `/usr/bin/time -v`, so the peak RSS printed belongs to that path alone:
#   baseline       server + client started, nothing transferred
#   upload-file    upload from a file URL        (streamed from disk)
#   curl-upload    `curl -F file=@...` of a file of the same size to the same loopback server, started by
#                  `TransferBenchmark serve` in its own process (the peak RSS is curl's alone)
#   download-file  download(fileId:to:)           (streamed to disk)
#   upload-data    upload from Data in memory     (the 100 MiB buffer counts towards RSS)
#   download-data  download(fileId:) -> Data      (the 100 MiB result counts towards RSS)
# Throughput is payload MB (10^6 bytes) per second of the client call; every transfer is
# checksum-verified. Set SCRATCH_PATH to use another build folder (default .build).
set -euo pipefail

cd "$(dirname "$0")/.."
size_mib="${1:-100}"
scratch="${SCRATCH_PATH:-.build}"

if [[ ! -x /usr/bin/time ]]; then
    echo "error: /usr/bin/time is required (apt-get install time)" >&2
    exit 1
fi

echo "Building TransferBenchmark (release, scratch path $scratch)..."
swift build -c release --product TransferBenchmark --scratch-path "$scratch" >/dev/null
binary="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/TransferBenchmark"

work="$(mktemp -d)"
server_pid=""
trap 'if [[ -n "$server_pid" ]]; then kill "$server_pid" 2>/dev/null || true; fi; rm -rf "$work"' EXIT

# The curl row: the same server in a process of its own, a file of the same size, curl's own timing.
curl_row() {
    "$binary" serve "$size_mib" >"$work/serve" 2>&1 &
    server_pid=$!
    local url=""
    for _ in $(seq 1 100); do
        url="$(sed -n 's/^url=//p' "$work/serve")"
        [[ -n "$url" ]] && break
        sleep 0.1
    done
    if [[ -z "$url" ]]; then
        echo "error: the server did not start" >&2
        cat "$work/serve" >&2
        exit 1
    fi
    head -c "$((size_mib * 1024 * 1024))" /dev/urandom >"$work/upload.bin"
    if ! /usr/bin/time -v curl -sS -o "$work/curl.json" -w '%{time_total}' -H "Authorization: Bearer benchmark-key" \
        -F "file=@$work/upload.bin" "$url/files" >"$work/out" 2>"$work/time"; then
        echo "error: curl failed" >&2
        cat "$work/out" "$work/time" >&2
        exit 1
    fi
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
    if ! grep -Eq "\"size_bytes\" *: *$((size_mib * 1024 * 1024))[^0-9]" "$work/curl.json"; then
        echo "error: the server did not store curl's upload whole: $(cat "$work/curl.json")" >&2
        exit 1
    fi
    rm -f "$work/upload.bin"
    local seconds rate rss_kib rss_mib
    seconds="$(awk -v s="$(cat "$work/out")" 'BEGIN { printf "%.3f", s }')"
    rate="$(awk -v s="$seconds" -v n="$((size_mib * 1024 * 1024))" 'BEGIN { printf "%.1f", n / 1000000 / s }')"
    rss_kib="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")"
    rss_mib="$(awk -v kib="$rss_kib" 'BEGIN { printf "%.1f", kib / 1024 }')"
    printf '%-14s %10s %10s %14s\n' "curl-upload" "$rate" "$seconds" "$rss_mib"
}

printf '\n%-14s %10s %10s %14s\n' "path" "MB/s" "seconds" "peak RSS (MiB)"
printf '%-14s %10s %10s %14s\n' "--------------" "----------" "----------" "--------------"
for mode in baseline upload-file curl-upload download-file upload-data download-data; do
    if [[ "$mode" == curl-upload ]]; then
        curl_row
        continue
    fi
    if ! /usr/bin/time -v "$binary" "$mode" "$size_mib" >"$work/out" 2>"$work/time"; then
        echo "error: $mode failed" >&2
        cat "$work/out" "$work/time" >&2
        exit 1
    fi
    line="$(grep '^mode=' "$work/out")"
    rate="$(sed -E 's/.*MBps=([0-9.]+).*/\1/' <<<"$line")"
    seconds="$(sed -E 's/.*seconds=([0-9.]+).*/\1/' <<<"$line")"
    rss_kib="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")"
    rss_mib="$(awk -v kib="$rss_kib" 'BEGIN { printf "%.1f", kib / 1024 }')"
    if [[ "$mode" == baseline ]]; then rate="-"; seconds="-"; fi
    printf '%-14s %10s %10s %14s\n' "$mode" "$rate" "$seconds" "$rss_mib"
done
echo
echo "Payload: $size_mib MiB per transfer; peak RSS from /usr/bin/time -v (includes the in-process server,"
echo "except for curl-upload, whose server runs in a process of its own)."
