#!/usr/bin/env bash
# The team server killed in the middle of a write leaves no partial write. On a PostgreSQL 15 of
# its own (scripts/pgserver.sh; the shared test server is left alone), the sample is published,
# then `keyplan import` writes 3,000 people in one transaction; with its first row written (held
# there by a lock the test takes on the change log), every server process is killed at once (pg_ctl stop -m
# immediate, as a power cut or the OOM killer would). The import must fail with a message; once the server is back (crash
# recovery), the plan must hold exactly what it held before, pass `keyplan check`, and take the
# same import whole.
set -euo pipefail
keyplan=$1
pgserver=$2
if [ ! -x /usr/lib/postgresql/15/bin/initdb ] || ! command -v psql > /dev/null; then
    echo "server-kill test skipped: PostgreSQL 15 is not installed (scripts/test.sh installs it)"
    exit 77
fi
export ASAN_OPTIONS=detect_leaks=0
# shellcheck source=../../scripts/pgserver.sh
source "$pgserver"
keyplan_pg_start > /dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"; keyplan_pg_stop' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

port=$(sed -E 's/.*port=([0-9]+).*/\1/' <<< "$KEYPLAN_TEST_PG")
as=()
[ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
admin() { psql -X -q -t -A "host=127.0.0.1 port=$port user=keyplan_admin dbname=$1" -c "$2"; }
restart() {
    "${as[@]}" "$keyplan_pg_bin/pg_ctl" -D "$KEYPLAN_TEST_PG_DIR/data" -l "$KEYPLAN_TEST_PG_DIR/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $port -k $KEYPLAN_TEST_PG_DIR -c fsync=off -c ssl=on" start > /dev/null
}

admin postgres "CREATE DATABASE plan"
url="postgresql://keyplan_admin@127.0.0.1:$port/plan"
"$keyplan" sample "$work/sample.keyplan" --as-of 2026-11-23 > /dev/null
"$keyplan" copy "$work/sample.keyplan" "$url" > /dev/null

# 3,000 new people for one account, as an address book would send them.
for i in $(seq 1 3000); do
    printf 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person %d Killtest\r\nN:Killtest;Person %d;;;\r\nORG:Northgate Logistics\r\nTITLE:Role %d\r\nEMAIL:person%d@northgate.example\r\nEND:VCARD\r\n' \
        "$i" "$i" "$i" "$i"
done > "$work/people.vcf"

state() {
    admin plan "SELECT (SELECT count(*) FROM stakeholder) || ' people, ' || (SELECT count(*) FROM source_record) \
        || ' records, ' || (SELECT count(*) FROM change_log) || ' log entries'"
    "$keyplan" export "$url" --format json -o "$work/export.json" --as-of 2026-11-23 > /dev/null
    sha256sum < "$work/export.json"
}
before=$(state)

# Held inside its transaction on purpose, whatever the machine's speed: this script locks the
# change log, so the import's first written row waits there, in the open transaction, for the
# server's trigger to log it. (Nothing is added to the plan: Keyplan refuses a plan whose tables
# were changed outside it.)
psql -X -q "host=127.0.0.1 port=$port user=keyplan_admin dbname=plan" -c "BEGIN" \
    -c "LOCK TABLE change_log IN EXCLUSIVE MODE" -c "SELECT pg_sleep(600)" > /dev/null 2>&1 &
holder=$!
until [ "$(admin plan "SELECT count(*) FROM pg_locks WHERE relation = 'change_log'::regclass AND granted \
        AND mode = 'ExclusiveLock'")" -gt 0 ]; do
    sleep 0.1
done

"$keyplan" import "$url" "$work/people.vcf" --account "Northgate Logistics" --as-of 2026-11-23 \
    > "$work/import.out" 2> "$work/import.err" &
importer=$!
# The import waits on the lock with a row written in its open transaction.
inside=
for _ in $(seq 1 1200); do
    if [ "$(admin plan "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid \
            WHERE l.relation = 'change_log'::regclass AND NOT l.granted AND a.backend_xid IS NOT NULL" \
            2> /dev/null || echo 0)" -gt 0 ]; then
        inside=1
        break
    fi
    kill -0 "$importer" 2> /dev/null || break
    sleep 0.1
done
[ -n "$inside" ] || { cat "$work/import.err" >&2; fail "the import was never seen inside its transaction"; }
"${as[@]}" "$keyplan_pg_bin/pg_ctl" -D "$KEYPLAN_TEST_PG_DIR/data" -m immediate stop > /dev/null
set +e
wait "$importer"
rc=$?
set -e
[ "$rc" -ne 0 ] || fail "the import said it finished although the server was killed during it"
[ -s "$work/import.err" ] || fail "the import failed without a message"
echo "import while the server was killed: exit $rc, $(head -c 300 "$work/import.err" | tr '\n' ' ')"

wait "$holder" 2> /dev/null || true
restart
after=$(state)
[ "$before" = "$after" ] || fail "the plan changed: before [$before], after [$after]"
"$keyplan" check "$url" > /dev/null || fail "the plan fails its check after the crash"

"$keyplan" import "$url" "$work/people.vcf" --account "Northgate Logistics" --as-of 2026-11-23 > /dev/null \
    || fail "the same import fails once the server is back"
people=$(admin plan "SELECT count(*) FROM stakeholder WHERE name LIKE 'Person % Killtest'")
[ "$people" -eq 3000 ] || fail "the import after the crash wrote $people people, not 3000"
echo "server killed mid-import: nothing written ($after); the same import then wrote all 3000 people"
