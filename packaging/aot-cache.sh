#!/usr/bin/env bash
# Gives a jpackage app-image a JDK 25 AOT cache (JEP 483), as ./warroom keeps one for the build it runs: a training
# start of the window on a small synthetic demo records which classes start-up loads, the app-image's own runtime
# makes the cache from that, and the launcher's configuration names it. Every later start finds those classes loaded
# and linked. If the cache cannot be used (another runtime, a changed jar), the JVM starts without it, silently.
#   packaging/aot-cache.sh APP_IMAGE_DIR     (needs a display, or xvfb-run to make one)
set -euo pipefail
app=${1:?usage: packaging/aot-cache.sh APP_IMAGE_DIR}
cfg=$(ls "$app"/lib/app/*.cfg 2>/dev/null | head -1) # the launcher's name: an installed .deb keeps the image's
name=$(basename "${cfg:-x}" .cfg); launcher="$app/bin/$name"
[ -x "$launcher" ] && [ -f "$cfg" ] || { echo "aot-cache: $app is not a jpackage app-image" >&2; exit 1; }
run=()
if [ -z "${DISPLAY:-}" ]; then
  command -v xvfb-run >/dev/null || { echo "aot-cache: no display and no xvfb-run: skipped" >&2; exit 1; }
  run=(xvfb-run -a -s "-screen 0 1400x900x24")
fi
work=$(mktemp -d "${TMPDIR:-/tmp}/warroom-aot.XXXXXX")
cp "$cfg" "$work/cfg"
restore() { cp "$work/cfg" "$cfg"; [ -n "${AOT_KEEP:-}" ] || rm -rf "$work"; }
trap restore EXIT
rm -f "$app/lib/app/warroom.aot"
# 1. synthetic demo data for the training start (never shipped)
"$launcher" demo --preset sultanpur --data "$work/data" > "$work/demo.log" 2>&1 \
  || { cat "$work/demo.log" >&2; echo "aot-cache: the training demo could not be built" >&2; exit 1; }
# 2. a training start of the window: the classes it loads up to an interactive tree, recorded when it ends
{ cat "$work/cfg"; printf '%s\n' "java-options=-XX:AOTMode=record" "java-options=-XX:AOTConfiguration=$work/warroom.aotconf" \
  "java-options=-Dwarroom.bench.marker=true" "java-options=-Xlog:aot=off" "java-options=-Xlog:cds=off"; } > "$cfg"
"${run[@]}" "$launcher" --data "$work/data" > "$work/window.log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  grep -q "^TREE_READY" "$work/window.log" && break
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.5
done
if ! grep -q "^TREE_READY" "$work/window.log"; then
  kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true
  tail -20 "$work/window.log" >&2; echo "aot-cache: the training window did not come up" >&2; exit 1
fi
sleep 3 # let the first frames settle, as a person's first look would
# SIGTERM: the window closes through its shutdown hooks and the JVM writes the configuration as it exits
# (the launcher's JVM only: ending xvfb-run first would take the display from under it while it writes)
for p in $(pgrep -f -- "--data $work/data"); do
  [ "$(cat "/proc/$p/comm" 2>/dev/null)" = "${name:0:15}" ] && kill -TERM "$p" 2>/dev/null || true
done
wait "$pid" 2>/dev/null || true
[ -s "$work/warroom.aotconf" ] || { echo "aot-cache: no training record was written" >&2; exit 1; }
# 3. the cache, made by the app-image's own runtime with the launcher's class path
{ cat "$work/cfg"; printf '%s\n' "java-options=-XX:AOTMode=create" "java-options=-XX:AOTConfiguration=$work/warroom.aotconf" \
  "java-options=-XX:AOTCache=\$APPDIR/warroom.aot"; } > "$cfg"
"$launcher" > "$work/create.log" 2>&1 || { tail -20 "$work/create.log" >&2; echo "aot-cache: the cache could not be made" >&2; exit 1; }
[ -s "$app/lib/app/warroom.aot" ] || { tail -20 "$work/create.log" >&2; echo "aot-cache: no cache was written" >&2; exit 1; }
# 4. every start uses it; the JVM's notes about it stay out of command output
{ cat "$work/cfg"; printf '%s\n' "java-options=-XX:AOTCache=\$APPDIR/warroom.aot" "java-options=-Xlog:aot=off" \
  "java-options=-Xlog:cds=off"; } > "$work/cfg.new"
cp "$work/cfg.new" "$work/cfg" # restore() puts this one in place
echo "aot-cache: $(du -h "$app/lib/app/warroom.aot" | cut -f1) cache for $name"
