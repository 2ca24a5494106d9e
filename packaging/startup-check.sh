#!/usr/bin/env bash
# Measures what the AOT cache buys the packaged console: the app-image's window started to an interactive tree on
# DATA, with and without its cache, alternated, N times each (default 5); prints the medians and their ratio.
#   packaging/startup-check.sh APP_IMAGE_DIR DATA_DIR [N]     (needs a display, or xvfb-run)
set -euo pipefail
app=${1:?usage: packaging/startup-check.sh APP_IMAGE_DIR DATA_DIR [N]}; data=${2:?data folder}; n=${3:-5}
cfg=$(ls "$app"/lib/app/*.cfg 2>/dev/null | head -1) # the launcher's name: an installed .deb keeps the image's
name=$(basename "${cfg:-x}" .cfg); launcher="$app/bin/$name"
grep -q 'AOTCache=' "$cfg" || { echo "startup-check: $app has no AOT cache (packaging/aot-cache.sh)" >&2; exit 1; }
if [ -z "${DISPLAY:-}" ]; then exec xvfb-run -a -s "-screen 0 1400x900x24" "$0" "$@"; fi
cp "$cfg" "$cfg.orig"; trap 'mv "$cfg.orig" "$cfg"' EXIT
once() { # $1 = with|without; prints "wall_ms jvm_ms"
  { if [ "$1" = with ]; then cat "$cfg.orig"; else grep -v 'AOTCache=' "$cfg.orig"; fi
    echo "java-options=-Dwarroom.bench.marker=true"; } > "$cfg"
  local log; log=$(mktemp); local t0; t0=$(date +%s%N)
  "$launcher" --data "$data" > "$log" 2>&1 &
  local pid=$! t1=""
  for _ in $(seq 1 3000); do
    if grep -q '^TREE_READY' "$log"; then t1=$(date +%s%N); break; fi
    kill -0 "$pid" 2>/dev/null || break; sleep 0.01
  done
  kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  [ -n "$t1" ] || { cat "$log" >&2; rm -f "$log"; echo "startup-check: no interactive tree" >&2; exit 1; }
  echo "$(( (t1 - t0) / 1000000 )) $(grep '^TREE_READY' "$log" | head -1 | cut -d' ' -f2)"; rm -f "$log"
}
median() { sort -n | awk '{a[NR]=$1} END{print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
once with >/dev/null; once without >/dev/null # first starts warm the file cache for both
w=(); wo=(); wj=(); woj=()
for i in $(seq 1 "$n"); do
  read -r a b < <(once with); w+=("$a"); wj+=("$b")
  read -r a b < <(once without); wo+=("$a"); woj+=("$b")
done
mw=$(printf '%s\n' "${w[@]}" | median); mwo=$(printf '%s\n' "${wo[@]}" | median)
echo "app-image $name on $data, $n starts each, alternated, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "with the AOT cache:    ${w[*]} ms from launch to TREE_READY (JVM's own clock: ${wj[*]}); median $mw"
echo "without (same image):  ${wo[*]} ms (JVM's own clock: ${woj[*]}); median $mwo"
awk -v a="$mw" -v b="$mwo" 'BEGIN{printf "ratio with/without: %.2f\n", a/b}'
