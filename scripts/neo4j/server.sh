#!/usr/bin/env bash
# A Neo4j Community test server for developers and CI, resolved from Maven Central.
#
#   scripts/neo4j/server.sh start    resolve the jars (once), write conf, start, wait for Bolt,
#                                    print `export NEO4J_URI=... NEO4J_USER=... NEO4J_PASSWORD=...`
#   scripts/neo4j/server.sh stop     stop the server of this port by its PID file
#   scripts/neo4j/server.sh status   running or not (exit 0 when Bolt answers)
#
# Environment: NEO4J_BOLT_PORT (7687), NEO4J_HEAP (1g), NEO4J_PAGECACHE (256m),
# NEO4J_PASSWORD (govgraph-test), NEO4J_TEST_DIR (<repo>/.neo4j, git-ignored).
# Each port gets its own home (<dir>/<port>: conf, data, logs, PID), so several servers run side by
# side; the jars in <dir>/lib are shared. Only 127.0.0.1 listens; HTTP is off; auth is on.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/../.." && pwd)"
POM="$ROOT/scripts/neo4j/pom.xml"
PORT="${NEO4J_BOLT_PORT:-7687}"
HEAP="${NEO4J_HEAP:-1g}"
PAGECACHE="${NEO4J_PAGECACHE:-256m}"
PASSWORD="${NEO4J_PASSWORD:-govgraph-test}"
BASE="${NEO4J_TEST_DIR:-$ROOT/.neo4j}"
LIB="$BASE/lib"
HOME_DIR="$BASE/$PORT"
CONF_DIR="$HOME_DIR/conf"
PID_FILE="$HOME_DIR/run/neo4j.pid"
LOG="$HOME_DIR/logs/console.log"
URI="neo4j://127.0.0.1:$PORT"

# From the distribution's conf/neo4j.conf (server.jvm.additional): the kernel and Netty need these.
JVM_FLAGS=(
  -XX:+UseG1GC -XX:-OmitStackTraceInFastThrow -XX:+UnlockExperimentalVMOptions
  -XX:+TrustFinalNonStaticFields -XX:+DisableExplicitGC -Djdk.nio.maxCachedBufferSize=1024
  -Dio.netty.tryReflectionSetAccessible=true -Djdk.tls.ephemeralDHKeySize=2048
  -Djdk.tls.rejectClientInitiatedRenegotiation=true -XX:FlightRecorderOptions=stackdepth=256
  -XX:+UnlockDiagnosticVMOptions -XX:+DebugNonSafepoints
  --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --enable-native-access=ALL-UNNAMED
  -Dlog4j2.disable.jmx=true -Dlog4j.layout.jsonTemplate.maxStringLength=32768
)

say() { echo "neo4j[$PORT]: $*" >&2; }

running_pid() {
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  kill -0 "$pid" 2>/dev/null || return 1
  echo "$pid"
}

# The jars, resolved once per pom (a stamp holds the pom's checksum); a lock keeps two starts
# from resolving into the same folder at once.
resolve_jars() {
  mkdir -p "$BASE"
  local sum
  sum="$(sha256sum "$POM" | cut -d' ' -f1)"
  (
    flock 9
    if [[ "$(cat "$LIB/.pom.sha256" 2>/dev/null)" != "$sum" ]]; then
      say "resolving $(grep -o '<version>5[^<]*' "$POM" | cut -d'>' -f2) from Maven Central into $LIB"
      rm -rf "$LIB"
      mvn -B -q -f "$POM" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$LIB" >&2
      echo "$sum" >"$LIB/.pom.sha256"
    fi
  ) 9>"$BASE/.lib.lock"
}

write_conf() {
  mkdir -p "$CONF_DIR" "$HOME_DIR/run" "$HOME_DIR/logs" "$HOME_DIR/data" "$HOME_DIR/plugins"
  cat >"$CONF_DIR/neo4j.conf" <<EOF
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$PORT
server.bolt.advertised_address=127.0.0.1:$PORT
server.http.enabled=false
server.https.enabled=false
dbms.routing.enabled=false
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
server.memory.heap.initial_size=$HEAP
server.memory.heap.max_size=$HEAP
server.memory.pagecache.size=$PAGECACHE
EOF
}

java_cmd() {
  java "-Xms$HEAP" "-Xmx$HEAP" "${JVM_FLAGS[@]}" -cp "$LIB/*" "$@"
}

wait_for_bolt() {
  local pid="$1"
  for _ in $(seq 1 180); do
    if ! kill -0 "$pid" 2>/dev/null; then
      say "exited during start; last lines of $LOG:"
      tail -n 30 "$LOG" >&2
      return 1
    fi
    if bolt_answers; then return 0; fi
    sleep 1
  done
  say "Bolt did not answer within 180 s; see $LOG"
  return 1
}

# Asks the server a real question with the project's own driver (node_modules must be installed).
bolt_answers() {
  (cd "$ROOT" && NEO4J_URI="$URI" NEO4J_PASSWORD="$PASSWORD" node --input-type=module -e '
    import neo4j from "neo4j-driver";
    const d = neo4j.driver(process.env.NEO4J_URI, neo4j.auth.basic("neo4j", process.env.NEO4J_PASSWORD));
    try { await d.executeQuery("RETURN 1"); process.exitCode = 0; }
    catch { process.exitCode = 1; }
    finally { await d.close(); }
  ' >/dev/null 2>&1)
}

print_exports() {
  echo "export NEO4J_URI=$URI NEO4J_USER=neo4j NEO4J_PASSWORD=$PASSWORD"
}

start() {
  if running_pid >/dev/null; then
    say "already running (pid $(running_pid))"
    print_exports
    return 0
  fi
  command -v java >/dev/null || { say "java (17 or 21) is not on PATH"; exit 1; }
  resolve_jars
  write_conf
  if [[ ! -d "$HOME_DIR/data/dbms" ]]; then
    # Only a store that has never started takes an initial password.
    NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$CONF_DIR" java_cmd org.neo4j.cli.AdminTool \
      dbms set-initial-password "$PASSWORD" >>"$LOG" 2>&1
  fi
  NEO4J_HOME="$HOME_DIR" NEO4J_CONF="$CONF_DIR" nohup java "-Xms$HEAP" "-Xmx$HEAP" "${JVM_FLAGS[@]}" \
    -cp "$LIB/*" org.neo4j.server.CommunityEntryPoint \
    --home-dir="$HOME_DIR" --config-dir="$CONF_DIR" >>"$LOG" 2>&1 </dev/null &
  local pid=$!
  echo "$pid" >"$PID_FILE"
  say "starting (pid $pid, heap $HEAP, home $HOME_DIR)"
  wait_for_bolt "$pid"
  say "ready on $URI"
  print_exports
}

stop() {
  local pid
  if ! pid="$(running_pid)"; then
    say "not running"
    rm -f "$PID_FILE"
    return 0
  fi
  kill "$pid"
  for _ in $(seq 1 60); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$PID_FILE"; say "stopped"; return 0; }
    sleep 1
  done
  say "did not stop within 60 s; killing pid $pid"
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$PID_FILE"
}

status() {
  local pid
  if pid="$(running_pid)" && bolt_answers; then
    say "running (pid $pid) on $URI"
    return 0
  fi
  say "not running"
  return 1
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
