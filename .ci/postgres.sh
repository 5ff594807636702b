#!/usr/bin/env bash
# A throwaway PostgreSQL for the archive tests.  Prints the one line
#
#     postgresql://postgres@127.0.0.1:5432/banmian_test
#
# so that:  BANMIAN_TEST_POSTGRES=$(.ci/postgres.sh) python -m pytest tests/store
# Installs Debian's `postgresql` with apt-get if it is missing, keeps its cluster
# in /tmp/banmian-pg (trust auth, 127.0.0.1 only), and leaves it running.
# BANMIAN_PG_PORT picks another port; `.ci/postgres.sh stop` stops it.
set -euo pipefail
port=${BANMIAN_PG_PORT:-5432}
data=/tmp/banmian-pg
database=banmian_test

if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
bin=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)

# initdb and the server refuse to run as root: run them as the postgres user then.
as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

if [ "${1:-}" = stop ]; then
  as_owner "$bin/pg_ctl" -D "$data" -m fast stop >/dev/null
  exit 0
fi
if [ ! -s "$data/PG_VERSION" ]; then
  mkdir -p "$data"
  [ "$(id -u)" = 0 ] && chown postgres: "$data"
  as_owner "$bin/initdb" -D "$data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
fi
if ! as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
  as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
    -o "-p $port -k /tmp -c listen_addresses=127.0.0.1 -c fsync=off" start >/dev/null
fi
psql=("$bin/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -qtAX)
if [ -z "$("${psql[@]}" -c "SELECT 1 FROM pg_database WHERE datname = '$database'")" ]; then
  "${psql[@]}" -c "CREATE DATABASE $database" >/dev/null
fi
echo "postgresql://postgres@127.0.0.1:$port/$database"
