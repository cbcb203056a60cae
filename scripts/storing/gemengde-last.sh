#!/usr/bin/env bash
# A mixed load on the packaged jar (docs/betrouwbaarheid.md, "Gemengde belasting"): CLIENTS clients for DUUR seconds, each
# in a loop of random actions as a consulent works: household pages and plan pages (a web session, logged in once with the
# form), API reads of households, plans and requests for help, a search for households by name, and API writes: a new
# resident, a household update and a plan change with If-Match, the next status of a request for help. Each client writes
# to households of its own, so a 409 is a real collision. Per request its status and latency; per kind and overall the
# count per status and p50, p95, p99 and max.
#
#   scripts/storing/gemengde-last.sh                     8 clients, 60 s, the API with HTTP Basic (bcrypt per request)
#   CLIENTS=32 scripts/storing/gemengde-last.sh
#   AUTORISATIE=bearer scripts/storing/gemengde-last.sh   the API with OIDC bearer tokens, as production runs
#   DUUR=120 HUISHOUDENS=2000 JAR=... ...                 other numbers; JAR as in the other scripts
#
# With AUTORISATIE=bearer the script starts a real OIDC server, mock-oauth2-server (a test dependency of the app, run with
# its own main class on the app's test classpath from `./mvnw -pl app -am dependency:build-classpath`), starts the jar
# with MAATWERK_OIDC_ISSUER_URI pointing at it, fetches a token (client credentials; the server puts in the claims of a
# consulent of wijkteam-centrum) and sends it as Authorization: Bearer. The pages still log in with the demo form.
#
# Errors are answers other than 2xx, a 409 on a write with If-Match, and a clean 503 (Retry-After, and problem+json on the
# API). Exit code 1 on any 500, any answer after more than 30 s, any connection error, and with 8 clients or fewer
# (STRENG=1) on any answer but 2xx and an expected 409. The load driver is GemengdeLast.java next to this script, run by
# the JDK's source launcher with one virtual thread per client; raw measurements in the work directory (metingen.csv).
set -euo pipefail
cd "$(dirname "$0")/../.."
source scripts/storing/gemeen.sh
CLIENTS=${CLIENTS:-8}
DUUR=${DUUR:-60}
AUTORISATIE=${AUTORISATIE:-basic}
STRENG=${STRENG:-$((CLIENTS <= 8 ? 1 : 0))}
werkmap last
OIDC_PID=
stop_last() {
  stop_alles
  [[ -n $OIDC_PID ]] && kill -TERM "$OIDC_PID" 2>/dev/null && wait "$OIDC_PID" 2>/dev/null || true
}
trap stop_last EXIT

omgeving=(-u DATABASE_URL -u MAATWERK_DATA_DIR MAATWERK_DEMO=true)
if [[ $AUTORISATIE == bearer ]]; then
  echo "klassenpad van mock-oauth2-server (./mvnw dependency:build-classpath) ..."
  ./mvnw -q -o -pl app -am dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$werk/klassenpad" >"$werk/maven.log" 2>&1 \
    || { echo "dependency:build-classpath mislukt, zie $werk/maven.log" >&2; exit 2; }
  oidc_poort=$(vrije_poort)
  issuer="http://127.0.0.1:$oidc_poort/maatwerk"
  # Every token this issuer gives is a consulent of the demo team, an account of its own (not the demo consulent).
  SERVER_PORT=$oidc_poort JSON_CONFIG='{"interactiveLogin":false,"tokenCallbacks":[{"issuerId":"maatwerk","tokenExpiry":3600,
    "requestMappings":[{"requestParam":"grant_type","match":"*","claims":{"sub":"last-consulent","aud":["maatwerk-api"],
    "rol":"CONSULENT","team":"wijkteam-centrum","preferred_username":"last-consulent","name":"Last Consulent"}}]}]}' \
    "$JAVA" -cp "$(cat "$werk/klassenpad")" no.nav.security.mock.oauth2.StandaloneMockOAuth2ServerKt >"$werk/oidc.log" 2>&1 &
  OIDC_PID=$!
  tot=$(($(nu_ms) + 120000))
  until curl -fs --max-time 2 "$issuer/.well-known/openid-configuration" >/dev/null 2>&1; do
    (($(nu_ms) < tot)) && kill -0 "$OIDC_PID" 2>/dev/null || { echo "de OIDC-server start niet, zie $werk/oidc.log" >&2; exit 2; }
    sleep 0.5
  done
  omgeving+=(MAATWERK_OIDC_ISSUER_URI="$issuer" MAATWERK_OIDC_AUDIENCE=maatwerk-api MAATWERK_OIDC_CLIENT_SECRET=geheim)
fi

start_app "$log" "${omgeving[@]}"
echo "app UP na $(wacht_tot_gezond 600) ms (demostad van $HUISHOUDENS huishoudens); werkmap $werk"

if [[ $AUTORISATIE == bearer ]]; then
  token=$(curl -fs --max-time 10 -d grant_type=client_credentials -d client_id=maatwerk -d client_secret=geheim -d scope=maatwerk-api \
    "$issuer/token" | python3 -c 'import json, sys; print(json.load(sys.stdin)["access_token"])')
  export LAST_API_AUTORISATIE="Bearer $token"
  # The bearer account is new to the app; it sees the team's households like the demo consulent.
else
  export LAST_API_AUTORISATIE="Basic $(printf consulent:demo | base64)"
fi
export LAST_STRENG=$STRENG
echo "belasting: $CLIENTS clients, $DUUR s, API met $AUTORISATIE; machine: $(uptime | sed 's/.*load average/load average/')"
uitslag=0
"$JAVA" scripts/storing/GemengdeLast.java "$BASIS" "$CLIENTS" "$DUUR" "$werk/metingen.csv" || uitslag=$?
echo "na afloop: $(uptime | sed 's/.*load average/load average/'); ERROR-regels in het log van de app: $(grep -c " ERROR " "$log" || true)"
exit $uitslag
