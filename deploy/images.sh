#!/usr/bin/env bash
# Builds the four service images in JVM mode with Quarkus' container-image support and Jib (no Dockerfile):
#   opendata/<svc>-service:<project version>        e.g. opendata/report-service:0.1.0-SNAPSHOT
#
#   deploy/images.sh                    build and load into the local Docker daemon (Jib needs docker for this)
#   deploy/images.sh --podman           build and load into Podman instead
#   deploy/images.sh --push REGISTRY    build and push to REGISTRY/opendata/<svc>-service:<version>; needs no
#                                       daemon at all (log in to REGISTRY first, e.g. docker/podman login)
#   deploy/images.sh --service report   only the named service(s); repeatable
#
# The base image is Jib's default for Java 17 (Quarkus 3.33: registry.access.redhat.com/ubi9/openjdk-17-runtime:1.24):
# a JRE with curl, running the application as the non-root user 185 (group 0). The user is also set explicitly
# (quarkus.jib.user=185) so that the Kubernetes securityContext (runAsUser: 185) stays true if the base image
# is ever overridden with BASE_IMAGE=<image>. Each image exposes its service's quarkus.http.port.
#
# Needs JDK 17, Maven, network access to the base image's registry, and io.quarkus:quarkus-container-image-jib
# in each service's pom.xml. Tests are skipped: run deploy/local/test.sh for them.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ALL_SERVICES=(disclosure application appeals report)

usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

registry=""
executable=""
services=()
while [ $# -gt 0 ]; do
  case "$1" in
    --push) [ $# -ge 2 ] || { usage >&2; exit 2; }; registry="$2"; shift 2 ;;
    --podman) executable=podman; shift ;;
    --service) [ $# -ge 2 ] || { usage >&2; exit 2; }; services+=("$2"); shift 2 ;;
    -h|--help) usage; exit 0 ;;
    *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
  esac
done
[ ${#services[@]} -gt 0 ] || services=("${ALL_SERVICES[@]}")

# The project version is the root pom's own <version>, the first one in the file (it has no <parent>).
version="$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$ROOT/pom.xml" | head -n 1)"
[ -n "$version" ] || { echo "cannot read the project version from $ROOT/pom.xml" >&2; exit 1; }

modules=()
for s in "${services[@]}"; do
  case " ${ALL_SERVICES[*]} " in *" $s "*) ;; *) echo "unknown service: $s" >&2; exit 2 ;; esac
  if ! grep -q '<artifactId>quarkus-container-image-jib</artifactId>' "$ROOT/$s-service/pom.xml"; then
    echo "$s-service/pom.xml lacks io.quarkus:quarkus-container-image-jib; add it to its <dependencies>:" >&2
    echo '    <dependency><groupId>io.quarkus</groupId><artifactId>quarkus-container-image-jib</artifactId></dependency>' >&2
    exit 1
  fi
  modules+=("$s-service")
done

args=(-B -ntp package -DskipTests
  -pl "$(IFS=,; echo "${modules[*]}")"
  -Dquarkus.container-image.build=true
  -Dquarkus.container-image.group=opendata
  -Dquarkus.container-image.tag="$version"
  -Dquarkus.jib.user=185
  # the class-data archive of the local runs (pom.xml) matches this machine's JDK, not the image's
  -Dquarkus.package.jar.appcds.enabled=false)
if [ -n "$registry" ]; then
  args+=(-Dquarkus.container-image.registry="$registry" -Dquarkus.container-image.push=true)
fi
if [ -n "$executable" ]; then
  args+=(-Dquarkus.jib.docker-executable-name="$executable")
fi
if [ -n "${BASE_IMAGE:-}" ]; then
  args+=(-Dquarkus.jib.base-jvm-image="$BASE_IMAGE")
fi

# Services that render PDFs (report documents; statutory letters) need a Chinese TrueType font in the image, and the
# base image has none: the fonts deploy/local/ensure-fonts.sh installs (Arphic Public License and GPL with the font
# exception, both free to redistribute) are copied into the image's /usr/share/fonts through Quarkus' src/main/jib
# folder for the build only (never committed).
PDF_FONTS=(/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf /usr/share/fonts/truetype/wqy/wqy-microhei.ttc)
staged=()
unstage_fonts() { for d in "${staged[@]}"; do rm -rf "$d"; done; }
trap unstage_fonts EXIT
"$ROOT/deploy/local/ensure-fonts.sh"
for s in "${services[@]}"; do
  case "$s" in
    report|application)
      dir="$ROOT/$s-service/src/main/jib/usr/share/fonts/opendata"
      mkdir -p "$dir" && cp "${PDF_FONTS[@]}" "$dir/" && staged+=("$ROOT/$s-service/src/main/jib")
      ;;
  esac
done

(cd "$ROOT" && mvn "${args[@]}")

echo
echo "Images built (version $version):"
for s in "${services[@]}"; do
  echo "  ${registry:+$registry/}opendata/$s-service:$version"
done
