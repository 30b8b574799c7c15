# A throwaway PostgreSQL 15 server for the tests (team mode): initdb and pg_ctl from Debian's
# postgresql-15 package, in a temporary folder, run by the unprivileged `postgres` user (initdb
# refuses root), listening on 127.0.0.1 at a free port. Sourced by test.sh:
#   keyplan_pg_start   starts it and exports KEYPLAN_TEST_PG (a libpq connection string for its
#                      superuser) and KEYPLAN_TEST_PG_DIR; stopped and removed on exit
keyplan_pg_bin=/usr/lib/postgresql/15/bin

keyplan_pg_start() {
    local folder port as=()
    folder=$(mktemp -d /tmp/keyplan-pg.XXXXXX)
    if [ "$(id -u)" -eq 0 ]; then
        chown postgres: "$folder"
        as=(runuser -u postgres --)
    fi
    "${as[@]}" "$keyplan_pg_bin/initdb" -D "$folder/data" -U keyplan_admin -A trust -E UTF8 --locale=C.UTF-8 \
        > "$folder/initdb.log" 2>&1 || { cat "$folder/initdb.log" >&2; return 1; }
    # A port nobody uses: tried at random until the server starts on one.
    local attempt started=
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 30000))
        if "${as[@]}" "$keyplan_pg_bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off" start > /dev/null; then
            started=1
            break
        fi
    done
    [ -n "$started" ] || { cat "$folder/server.log" >&2; rm -rf "$folder"; return 1; }
    export KEYPLAN_TEST_PG="host=127.0.0.1 port=$port user=keyplan_admin dbname=postgres"
    export KEYPLAN_TEST_PG_DIR="$folder"
    trap keyplan_pg_stop EXIT
    echo "PostgreSQL 15 for the tests: 127.0.0.1:$port ($folder)"
}

keyplan_pg_stop() {
    [ -n "${KEYPLAN_TEST_PG_DIR:-}" ] || return 0
    local as=()
    [ "$(id -u)" -eq 0 ] && as=(runuser -u postgres --)
    "${as[@]}" "$keyplan_pg_bin/pg_ctl" -D "$KEYPLAN_TEST_PG_DIR/data" -m immediate stop > /dev/null 2>&1 || true
    rm -rf "$KEYPLAN_TEST_PG_DIR"
    unset KEYPLAN_TEST_PG KEYPLAN_TEST_PG_DIR
}
