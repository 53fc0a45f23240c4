# Starts and stops a fresh Comptoir server the way a newcomer meets it, for the scripts that run
# something against one (.ci/readme, .ci/sdk). Sourced, not run; the caller sets `ci` (its name, used
# in messages) and a trap that calls server_stop.
#
#   server_build            builds the jar (SERVER_JAR); never while a Maven build of this checkout runs
#   server_start DIR [VAR=value...]
#                           starts it on a free PORT with a new empty DATA_DIR=DIR/data and nothing else
#                           set but the given variables (embedded PostgreSQL, demo data, generated admin
#                           password), waits until it is ready (SERVER_START_TIMEOUT, 300 s), and sets
#                           SERVER_PORT, SERVER_URL, SERVER_LOG and ADMIN_PASSWORD (from its log)
#   server_stop             stops it, and the embedded PostgreSQL if the JVM left it running
#   server_log              the last 80 lines of its log, on stderr

SERVER_PID= SERVER_DIR=

fail() { echo "$ci: $*" >&2; exit 1; }

server_build() {
  echo "$ci: building the jar"
  ./mvnw -q -B -ntp -DskipTests package
  SERVER_JAR=$(ls -t target/comptoir-*.jar | head -n 1)
}

free_port() {
  local p
  for _ in $(seq 100); do
    p=$((20000 + RANDOM % 40000))
    # nothing answers there (the connection is refused): free
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null; then echo "$p"; return; fi
  done
  fail "no free port found"
}

server_log() { echo "--- the server's log (last 80 lines):" >&2; tail -n 80 "$SERVER_LOG" >&2; }

server_start() {
  SERVER_DIR=$1; shift
  SERVER_PORT=$(free_port)
  SERVER_URL=http://127.0.0.1:$SERVER_PORT
  SERVER_LOG=$SERVER_DIR/server.log
  mkdir -p "$SERVER_DIR/home"
  echo "$ci: starting $SERVER_JAR on port $SERVER_PORT, DATA_DIR=$SERVER_DIR/data${*:+, $*}"
  env -i PATH="$PATH" HOME="$SERVER_DIR/home" LANG=C.UTF-8 ${JAVA_HOME:+JAVA_HOME="$JAVA_HOME"} \
    DATA_DIR="$SERVER_DIR/data" PORT="$SERVER_PORT" "$@" java -jar "$SERVER_JAR" > "$SERVER_LOG" 2>&1 &
  SERVER_PID=$!
  server_wait_for /health "/health"
  # /health answers before the start-up runners (admin, demo customer, demo catalog) have run
  server_wait_for /actuator/health/readiness "readiness (demo data loaded)"
  ADMIN_PASSWORD=$(sed -n 's/.*Created the admin account .* with the generated password \([^ ]*\) .*/\1/p' "$SERVER_LOG")
  [ -n "$ADMIN_PASSWORD" ] || { server_log; fail "the server did not print the generated admin password"; }
}

server_wait_for() {  # path, what
  local deadline=$((SECONDS + ${SERVER_START_TIMEOUT:-300}))
  until curl -fsS -o /dev/null "$SERVER_URL$1" 2>/dev/null; do
    kill -0 "$SERVER_PID" 2>/dev/null || { server_log; fail "the server stopped before $2"; }
    ((SECONDS < deadline)) || { server_log; fail "no $2 within ${SERVER_START_TIMEOUT:-300} s"; }
    sleep 1
  done
}

server_stop() {
  local stopping=$SECONDS
  if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
    kill "$SERVER_PID"
    for _ in $(seq 120); do kill -0 "$SERVER_PID" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$SERVER_PID" 2>/dev/null && { echo "$ci: the server did not stop within 60 s: killed" >&2; kill -9 "$SERVER_PID"; }
    wait "$SERVER_PID" 2>/dev/null || true
    echo "$ci: server stopped in $((SECONDS - stopping)) s"
  fi
  SERVER_PID=
  [ -n "$SERVER_DIR" ] || return 0
  # the embedded PostgreSQL runs detached from the JVM: stop it if the JVM left it running
  local pidfile=$SERVER_DIR/data/postgres/postmaster.pid pg cmd
  if [ -f "$pidfile" ]; then
    pg=$(head -n 1 "$pidfile")
    cmd=$(tr '\0' ' ' < "/proc/$pg/cmdline" 2>/dev/null || true)
    if [ -n "$pg" ] && [[ $cmd == *"$SERVER_DIR/data/postgres"* ]]; then
      echo "$ci: the embedded PostgreSQL outlived the server: stopping it" >&2
      kill -INT "$pg"
      for _ in $(seq 60); do kill -0 "$pg" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pg" 2>/dev/null && kill -9 "$pg"
    fi
  fi
  return 0
}
