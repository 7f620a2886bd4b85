#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and print the line that points the
# tests at it:   eval "$(.ci/start-postgres.sh)"   ->   export PIPELINE_TEST_PG_URL=...
#
# The server listens only on a unix socket in a fresh temporary folder (no TCP port, no
# password, nothing shared with a system cluster) and is stopped with
#   .ci/start-postgres.sh --stop DIR      (DIR is printed as PIPELINE_TEST_PG_DIR)
# Without PostgreSQL binaries it installs the distribution's package when it can (root + apt-get,
# as in CI); with --no-install it only uses what is there (tests/conftest.py calls it that way).
# Diagnostics go to stderr; stdout carries only the export lines. Exit status 1: no server.
set -euo pipefail

log() { echo "start-postgres: $*" >&2; }

if [[ "${1:-}" == "--stop" ]]; then
    dir="${2:?usage: start-postgres.sh --stop DIR}"
    bin="$(cat "$dir/bindir" 2>/dev/null || true)"
    if [[ -n "$bin" && -d "$dir/data" ]]; then
        if [[ "$(id -u)" == 0 ]]; then
            runuser -u postgres -- "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        else
            "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
        fi
    fi
    rm -rf "$dir"
    exit 0
fi

install=1
[[ "${1:-}" == "--no-install" ]] && install=0

find_bindir() {
    local d
    for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r) /usr/local/pgsql/bin; do
        [[ -x "$d/initdb" && -x "$d/pg_ctl" ]] && { echo "$d"; return 0; }
    done
    if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
        dirname "$(readlink -f "$(command -v initdb)")"
        return 0
    fi
    return 1
}

bindir="$(find_bindir || true)"
if [[ -z "$bindir" && "$install" == 1 ]]; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        log "installing the postgresql package (apt-get)"
        export DEBIAN_FRONTEND=noninteractive
        apt-get update -qq >&2
        apt-get install -y -qq --no-install-recommends postgresql >&2
        bindir="$(find_bindir || true)"
    else
        log "no PostgreSQL binaries and cannot install them (need root and apt-get)"
    fi
fi
if [[ -z "$bindir" ]]; then
    log "PostgreSQL is not available"
    exit 1
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/pipeline-pg.XXXXXX")"
echo "$bindir" > "$dir/bindir"
as_owner=()
if [[ "$(id -u)" == 0 ]]; then  # initdb refuses to run as root: the cluster belongs to 'postgres'
    if ! id postgres >/dev/null 2>&1; then
        useradd --system --no-create-home --shell /usr/sbin/nologin postgres >&2
    fi
    chown postgres "$dir"
    as_owner=(runuser -u postgres --)
fi
chmod 755 "$dir"

"${as_owner[@]}" "$bindir/initdb" -D "$dir/data" -U postgres -A trust -E UTF8 --locale=C --no-sync >"$dir/initdb.log" 2>&1 \
    || { log "initdb failed:"; cat "$dir/initdb.log" >&2; exit 1; }
"${as_owner[@]}" "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses='' -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=100" \
    start >/dev/null \
    || { log "the server did not start:"; cat "$dir/server.log" >&2; exit 1; }
"$bindir/createdb" -h "$dir" -U postgres pipeline_test \
    || { log "createdb failed"; exit 1; }

log "$("$bindir/postgres" --version) listening on $dir/.s.PGSQL.5432"
echo "export PIPELINE_TEST_PG_URL='postgresql://postgres@/pipeline_test?host=$dir'"
echo "export PIPELINE_TEST_PG_DIR='$dir'"
