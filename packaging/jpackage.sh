#!/usr/bin/env bash
# Builds a self-contained app-image (and with "deb", a .deb) of the War Room Console with its own Java runtime.
#   packaging/jpackage.sh          -> target/jpkg/out/WarRoomConsole/bin/WarRoomConsole
#   packaging/jpackage.sh deb      -> also target/jpkg/deb/warroom-console_0.1.0_amd64.deb (needs fakeroot, dpkg-deb)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q '"25'; then
  for c in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25*; do [ -x "$c/bin/jpackage" ] && JAVA_HOME=$c && break; done
fi
: "${JAVA_HOME:?set JAVA_HOME to a JDK 25 (with jlink and jpackage)}"
export JAVA_HOME
J=$JAVA_HOME/bin
VERSION=0.1.0
mvn -B -q -DskipTests package
rm -rf target/jpkg && mkdir -p target/jpkg/input target/jpkg/fxmods
cp "target/warroom-console-$VERSION.jar" target/jpkg/input/
for f in target/lib/*.jar; do
  case "$(basename "$f")" in
    javafx-*-linux.jar) cp "$f" target/jpkg/fxmods/ ;;   # the real JavaFX modules, natives inside
    javafx-*)           ;;                                 # empty platform-less JavaFX jars
    *)                  mkdir -p target/jpkg/input/lib && cp "$f" target/jpkg/input/lib/ ;;
  esac
done
MODS=javafx.controls,javafx.swing,java.sql,java.naming,java.management,java.logging,java.desktop,java.scripting,java.compiler,java.instrument,jdk.net,jdk.jfr,jdk.unsupported,jdk.crypto.ec,jdk.zipfs,jdk.charsets,jdk.localedata
# Temurin 25 has no jmods/: jlink links from the run-time image (JEP 493); JavaFX modules come from the Maven jars
$J/jlink --module-path target/jpkg/fxmods --add-modules "$MODS" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 --output target/jpkg/runtime
# JavaFX's native libraries go where a jmods-built runtime has them, so nothing is unpacked at run time
(cd target/jpkg/runtime/lib && for f in ../../fxmods/*.jar; do unzip -q -o "$f" '*.so' 2>/dev/null || true; done)
$J/jpackage --type app-image --name WarRoomConsole --app-version "$VERSION" --dest target/jpkg/out \
  --runtime-image target/jpkg/runtime --input target/jpkg/input \
  --main-jar "warroom-console-$VERSION.jar" --main-class org.warroom.app.Main \
  --java-options "--enable-native-access=javafx.graphics,ALL-UNNAMED" --java-options "-Dfile.encoding=UTF-8"
packaging/aot-cache.sh target/jpkg/out/WarRoomConsole || echo "note: the app-image starts without an AOT cache (see above)" >&2
echo "app-image: target/jpkg/out/WarRoomConsole/bin/WarRoomConsole ($(du -sh target/jpkg/out/WarRoomConsole | cut -f1))"
if [ "${1:-}" = deb ]; then
  $J/jpackage --type deb --name warroom-console --app-version "$VERSION" --dest target/jpkg/deb \
    --app-image target/jpkg/out/WarRoomConsole --linux-shortcut --linux-menu-group Office \
    --description "War Room Console: organisation tree, volunteers and coverage"
  # jpackage copies the image's files with new times, and the JVM checks each jar's time against the AOT cache:
  # the jars get back the times the cache was made with, or an installed console would start without it
  deb=$(ls target/jpkg/deb/*.deb)
  rm -rf target/jpkg/debroot && dpkg-deb -R "$deb" target/jpkg/debroot
  (cd target/jpkg/out/WarRoomConsole/lib/app && find . -name '*.jar' -exec touch -r {} ../../../../debroot/opt/warroom-console/lib/app/{} \;)
  dpkg-deb --root-owner-group -Zxz -b target/jpkg/debroot "$deb" >/dev/null && rm -rf target/jpkg/debroot
  ls -la target/jpkg/deb
fi
