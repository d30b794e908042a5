#!/usr/bin/env bash
# What a function adds to a request's latency through `edgefn serve`,
# measured with wrk on loopback (issue 7's bar: under 5 µs of p50).
#
# Three proxies run side by side in front of one `serve_origin`: without a
# function, with a viewer-request function that returns `event.request`,
# and with one that adds a header (the function of `examples/serve_load.rs`).
# Each round runs `wrk -t1 -c1 --latency` against each proxy in turn, so a
# slow moment of the machine touches all three alike; the summary gives the
# median over the rounds of each setup's p50, mean and p99, and the median of
# the per-round differences to the proxy without a function.
#
#   benches/serve_latency.sh            # 10 rounds of 5 s, everything on CPU 0
#   MODE=split benches/serve_latency.sh # proxies on CPU 0, wrk and origin on CPU 1
#   ROUNDS=3 SECONDS_PER_RUN=2 benches/serve_latency.sh
#   FIRST=a.js SECOND=b.js benches/serve_latency.sh  # other viewer-request functions
#
# MODE=same (the default) pins wrk, the origin and the proxies (one worker
# thread each) to one CPU. Every handoff is then a context switch on that
# CPU: the function's work stays on the request's path, but the wake-ups
# across CPUs that a virtual machine makes slow (and noisy) do not. A
# connection with one request in flight keeps the latency free of queueing.
# After the latency rounds, one run of many connections (`wrk -c64`) against
# the second function's proxy checks that no request fails under load.
#
# Needs wrk and taskset (`apt-get install -y wrk util-linux`). Not part of
# CI: it takes minutes and its figures are wall clock.
set -euo pipefail
cd "$(dirname "$0")/.."

MODE=${MODE:-same}
ROUNDS=${ROUNDS:-10}
SECONDS_PER_RUN=${SECONDS_PER_RUN:-5}
BASE_PORT=${BASE_PORT:-18080}

case "$MODE" in
  same) proxy_cpu=0 load_cpu=0 ;;
  split) proxy_cpu=0 load_cpu=1 ;;
  *) echo "MODE must be same or split" >&2; exit 2 ;;
esac
for tool in wrk taskset; do
  command -v "$tool" >/dev/null || { echo "$tool is needed (see the header of $0)" >&2; exit 2; }
done

cargo build --release --quiet --bin edgefn --example serve_origin
edgefn=target/release/edgefn
origin_bin=target/release/examples/serve_origin

work=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

cat >"$work/return-request.js" <<'JS'
function handler(event) {
    return event.request;
}
JS
cat >"$work/add-header.js" <<'JS'
function handler(event) {
    var request = event.request;
    request.headers['x-edge'] = { value: 'seen' };
    return request;
}
JS

origin_port=$BASE_PORT
taskset -c "$load_cpu" "$origin_bin" "127.0.0.1:$origin_port" 2>/dev/null &
pids+=($!)

files=("" "${FIRST:-$work/return-request.js}" "${SECOND:-$work/add-header.js}")
names=(none "$(basename "${files[1]}" .js)" "$(basename "${files[2]}" .js)")
ports=()
for i in 0 1 2; do
  port=$((BASE_PORT + 1 + i))
  ports+=("$port")
  function_args=()
  if [ "$i" -gt 0 ]; then function_args=(--viewer-request "${files[$i]}"); fi
  taskset -c "$proxy_cpu" "$edgefn" serve --listen "127.0.0.1:$port" \
    --origin "http://127.0.0.1:$origin_port" --threads 1 --no-access-log \
    --reload-interval-ms 0 "${function_args[@]}" 2>/dev/null &
  pids+=($!)
done

wait_for() {
  for _ in $(seq 100); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.1
  done
  echo "nothing listens on port $1" >&2
  exit 1
}
wait_for "$origin_port"
for port in "${ports[@]}"; do wait_for "$port"; done

# One wrk run: prints "p50 mean p99 requests/s" (latencies in µs), and
# fails when wrk saw errors or non-2xx answers.
measure() {
  local port=$1 connections=$2 threads=$3 seconds=$4 out
  out=$(taskset -c "$load_cpu" wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency \
    "http://127.0.0.1:$port/")
  if grep -qE 'Socket errors|Non-2xx' <<<"$out"; then
    echo "wrk reported failed requests against port $port:" >&2
    echo "$out" >&2
    exit 1
  fi
  awk '
    function us(v) {
      if (v ~ /us$/) return v + 0
      if (v ~ /ms$/) return (v + 0) * 1000
      if (v ~ /s$/) return (v + 0) * 1000000
      return v + 0
    }
    $1 == "Latency" && $2 ~ /[0-9]/ { mean = us($2) }
    $1 == "50%" { p50 = us($2) }
    $1 == "99%" { p99 = us($2) }
    $1 == "Requests/sec:" { rps = $2 }
    END { printf "%.2f %.2f %.2f %.0f\n", p50, mean, p99, rps }
  ' <<<"$out"
}

for port in "${ports[@]}"; do measure "$port" 1 1 1 >/dev/null; done

echo "mode $MODE: proxies on CPU $proxy_cpu, wrk and origin on CPU $load_cpu;" \
  "$ROUNDS rounds of ${SECONDS_PER_RUN}s per setup, wrk -t1 -c1"
printf '%-6s %-16s %9s %9s %9s %10s\n' round setup "p50 µs" "mean µs" "p99 µs" "req/s"
results="$work/results"
: >"$results"
for round in $(seq "$ROUNDS"); do
  for i in 0 1 2; do
    read -r p50 mean p99 rps < <(measure "${ports[$i]}" 1 1 "$SECONDS_PER_RUN")
    printf '%-6s %-16s %9s %9s %9s %10s\n' "$round" "${names[$i]}" "$p50" "$mean" "$p99" "$rps"
    echo "$round ${names[$i]} $p50 $mean $p99 $rps" >>"$results"
  done
done

echo
echo "medians over $ROUNDS rounds (differences: per round, to the proxy without a function)"
awk -v names="${names[*]}" '
  function median(list, n,   sorted, i, j, t) {
    for (i = 1; i <= n; i++) sorted[i] = list[i]
    for (i = 2; i <= n; i++) {
      t = sorted[i]
      for (j = i - 1; j >= 1 && sorted[j] > t; j--) sorted[j + 1] = sorted[j]
      sorted[j + 1] = t
    }
    return n % 2 ? sorted[(n + 1) / 2] : (sorted[n / 2] + sorted[n / 2 + 1]) / 2
  }
  {
    p50[$2, $1] = $3; mean[$2, $1] = $4; p99[$2, $1] = $5; rps[$2, $1] = $6
    rounds[$1] = 1
  }
  END {
    n = 0
    for (r in rounds) n++
    split(names, setups, " ")
    printf "%-16s %9s %9s %9s %10s %12s %13s\n", "setup", "p50 µs", "mean µs", "p99 µs", "req/s", "+p50 µs", "+mean µs"
    for (s = 1; s <= 3; s++) {
      name = setups[s]
      for (r = 1; r <= n; r++) {
        a[r] = p50[name, r]; b[r] = mean[name, r]; c[r] = p99[name, r]; d[r] = rps[name, r]
        e[r] = p50[name, r] - p50["none", r]; f[r] = mean[name, r] - mean["none", r]
      }
      printf "%-16s %9.2f %9.2f %9.2f %10.0f %12.2f %13.2f\n", name, median(a, n), median(b, n), median(c, n), median(d, n), median(e, n), median(f, n)
    }
  }
' "$results"

echo
echo "load: wrk -t2 -c64 -d${SECONDS_PER_RUN}s against the ${names[2]} proxy"
read -r p50 mean p99 rps < <(measure "${ports[2]}" 64 2 "$SECONDS_PER_RUN")
echo "no failed requests; $rps req/s, p50 $p50 µs, p99 $p99 µs"
