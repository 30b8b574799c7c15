# A throwaway PostgreSQL 15 server for the tests (team mode): initdb and pg_ctl from Debian's
# postgresql-15 package, in a temporary folder, run by the unprivileged `postgres` user (initdb
# refuses root), listening on 127.0.0.1 at a free port. Sourced by test.sh:
#   keyplan_pg_start   starts it and exports KEYPLAN_TEST_PG (a libpq connection string for its
#                      superuser) and KEYPLAN_TEST_PG_DIR; stopped and removed on exit
# The server also speaks TLS, with a certificate for 127.0.0.1 and localhost signed by a CA made
# here ($KEYPLAN_TEST_PG_DIR/ca.crt), and its pg_hba.conf holds two users to the rules a real
# server would: keyplan_password_user logs in with a password only (SCRAM), keyplan_tls_user
# over TLS only. Everyone else is trusted on 127.0.0.1, as a throwaway server can afford.
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
    # A CA and the server's certificate, both made now: nothing secret outlives the run.
    openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Keyplan test CA" \
        -keyout "$folder/ca.key" -out "$folder/ca.crt" > "$folder/openssl.log" 2>&1 &&
    openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout "$folder/data/server.key" \
        -out "$folder/server.csr" >> "$folder/openssl.log" 2>&1 &&
    printf 'subjectAltName=IP:127.0.0.1,DNS:localhost\n' > "$folder/san.ext" &&
    openssl x509 -req -in "$folder/server.csr" -CA "$folder/ca.crt" -CAkey "$folder/ca.key" -CAcreateserial \
        -days 2 -extfile "$folder/san.ext" -out "$folder/data/server.crt" >> "$folder/openssl.log" 2>&1 ||
        { cat "$folder/openssl.log" >&2; return 1; }
    chmod 600 "$folder/data/server.key"
    cat > "$folder/data/pg_hba.conf" <<HBA
local all all trust
hostnossl all keyplan_tls_user 127.0.0.1/32 reject
hostssl all keyplan_tls_user 127.0.0.1/32 trust
host all keyplan_password_user 127.0.0.1/32 scram-sha-256
host all all 127.0.0.1/32 trust
HBA
    if [ "$(id -u)" -eq 0 ]; then
        chown -R postgres: "$folder/data"
        chmod 644 "$folder/ca.crt"
    fi
    # A port nobody uses: tried at random until the server starts on one.
    local attempt started=
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 30000))
        if "${as[@]}" "$keyplan_pg_bin/pg_ctl" -D "$folder/data" -l "$folder/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $folder -c fsync=off -c ssl=on" start > /dev/null; then
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
