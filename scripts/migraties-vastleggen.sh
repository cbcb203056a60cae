#!/usr/bin/env bash
# Records the checksum of every new Flyway migration in the list MigratiesTest checks. It only
# appends: a line that is already there is never rewritten, so a changed migration keeps failing.
set -euo pipefail
cd "$(dirname "$0")/.."
lijst=app/src/test/resources/db/migraties.sha256
for bestand in app/src/main/resources/db/migration/V*.sql; do
  naam=$(basename "$bestand")
  if ! grep -q "^$naam " "$lijst"; then
    echo "$naam $(sha256sum "$bestand" | cut -d' ' -f1)" >> "$lijst"
    echo "vastgelegd: $naam"
  fi
done
