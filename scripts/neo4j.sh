#!/usr/bin/env bash
# Local Neo4j Community 5.26 LTS server for development and CI: start | stop | status.
#
# The server is Neo4j's own: its jars (the lib/ of the official tarball: org.neo4j:neo4j and
# org.neo4j.app:neo4j-server) are resolved once from Maven Central by scripts/neo4j/pom.xml into
# .neo4j/home/lib, and Neo4j's launcher (org.neo4j.server.startup.Neo4jCommand, what bin/neo4j
# runs) starts it in the background from a generated .neo4j/home/conf/neo4j.conf.
# Bolt only, on 127.0.0.1; auth on (user neo4j). `start` returns once a real Bolt query
# (RETURN 1, Neo4j's Java driver) succeeds with NEO4J_PASSWORD.
#
# Environment: NEO4J_PASSWORD (default policy-kg-dev; fixed at the first start), NEO4J_BOLT_PORT
# (7687), NEO4J_HEAP (max heap, 1g), NEO4J_PAGECACHE (page cache, 256m), NEO4J_START_TIMEOUT
# (seconds, 120).
# Exit codes: 0 ok; 1 failed; status: 0 running, 3 not running.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
base=$root/.neo4j
home=$base/home
pom=$root/scripts/neo4j/pom.xml
password=${NEO4J_PASSWORD:-policy-kg-dev}
port=${NEO4J_BOLT_PORT:-7687}
heap=${NEO4J_HEAP:-1g}
pagecache=${NEO4J_PAGECACHE:-256m}
timeout=${NEO4J_START_TIMEOUT:-120}
uri=bolt://127.0.0.1:$port
java=${JAVA_HOME:+$JAVA_HOME/bin/}java
javac=${JAVA_HOME:+$JAVA_HOME/bin/}javac
version=$(sed -n 's:.*<neo4j.version>\(.*\)</neo4j.version>.*:\1:p' "$pom")

say() { echo "neo4j: $*" >&2; }
die() { echo "neo4j: error: $*" >&2; exit 1; }

# The server's pid when it runs from this checkout's .neo4j/home, else nothing.
server_pid() {
  local pid
  pid=$(cat "$home/run/neo4j.pid" 2>/dev/null) || return 0
  [[ $pid =~ ^[0-9]+$ ]] || return 0
  # (a stale pid file names a process that is gone: no error for that)
  if { tr '\0' ' ' <"/proc/$pid/cmdline"; } 2>/dev/null | grep -q -- "CommunityEntryPoint --home-dir=$home "; then
    echo "$pid"
  fi
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; }

# Neo4j's launcher and admin tool, with this checkout's home and configuration.
neo4j_tool() {
  env -u JAVA_OPTS -u HEAP_SIZE NEO4J_HOME="$home" NEO4J_CONF="$home/conf" \
    "$java" -cp "$home/lib/*" "$@"
}

# Download the server's jars once (Maven Central, cached in .neo4j/m2) into .neo4j/home/lib.
install() {
  if [[ "$(cat "$home/lib/.version" 2>/dev/null)" == "$version" ]]; then return 0; fi
  command -v mvn >/dev/null || die "Maven (mvn) is needed to download Neo4j $version the first time"
  say "installing Neo4j Community $version from Maven Central into .neo4j/ (first run only)"
  mkdir -p "$base" "$home"
  rm -rf "$home/lib.tmp"
  local start=$SECONDS log=$base/maven.log pid
  mvn -B -ntp -f "$pom" -Dmaven.repo.local="$base/m2" -Dlib.dir="$home/lib.tmp" package >"$log" 2>&1 &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    sleep 5
    say "  … $(du -sm "$base/m2" 2>/dev/null | cut -f1) MB downloaded, $((SECONDS - start)) s"
  done
  wait "$pid" || { tail -n 20 "$log" >&2; die "Maven could not resolve Neo4j $version; full log: $log"; }
  echo "$version" >"$home/lib.tmp/.version"
  rm -rf "${home:?}/lib"
  mv "$home/lib.tmp" "$home/lib"
  say "installed $(find "$home/lib" -name "*.jar" | wc -l) jars ($(du -sm "$home/lib" | cut -f1) MB) in $((SECONDS - start)) s"
}

# The readiness probe: a tiny class that runs RETURN 1 through the Java driver shipped in lib/.
driver_classpath() {
  local jars=("$home"/lib/neo4j-java-driver-*.jar "$home"/lib/neo4j-bolt-connection*.jar
    "$home"/lib/netty-*.jar "$home"/lib/reactive-streams-*.jar)
  local IFS=:
  echo "$base/tools:${jars[*]}"
}

compile_probe() {
  local src=$root/scripts/neo4j/BoltCheck.java
  if [[ ! "$base/tools/BoltCheck.class" -nt "$src" ]]; then
    command -v "$javac" >/dev/null || die "javac (a JDK 17 or 21) is needed"
    "$javac" -nowarn -d "$base/tools" -cp "$(driver_classpath)" "$src"
  fi
}

# Class data sharing (starts in about half the time): the first run writes the classes it loaded
# to an archive when it stops, later runs with the same Neo4j and JVM map it.
cds_option() {
  local archive
  archive=$base/cds/neo4j-$version-jvm$("$java" -version 2>&1 | cksum | cut -d' ' -f1).jsa
  mkdir -p "$base/cds"
  if [[ -s $archive ]]; then echo "-XX:SharedArchiveFile=$archive"; else echo "-XX:ArchiveClassesAtExit=$archive"; fi
}

write_conf() {
  mkdir -p "$home/conf" "$home/import"
  cat >"$home/conf/neo4j.conf.tmp" <<EOF
# Written by scripts/neo4j.sh on every start: change the script, not this file.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:$port
server.bolt.advertised_address=127.0.0.1:$port
server.bolt.tls_level=DISABLED
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.usage_report.enabled=false
server.directories.import=import
server.memory.heap.initial_size=256m
server.memory.heap.max_size=$heap
server.memory.pagecache.size=$pagecache
# Grow transaction logs as needed instead of reserving 256 MB per database, and keep only the
# last 1 GB of them (Neo4j keeps 2 days by default: tens of GB after a day of benchmark pushes).
db.tx_log.preallocate=false
db.tx_log.rotation.retention_policy=1G size
# Bolt's grace period at shutdown (seconds per event-loop group; 5 by default): stop in ~5 s, not ~15 s.
internal.dbms.bolt.netty_server_shutdown_quiet_period=1
# Neo4j's default JVM options, without -XX:+AlwaysPreTouch (it would make the whole heap resident).
server.jvm.additional=-XX:+UseG1GC
server.jvm.additional=-XX:-OmitStackTraceInFastThrow
server.jvm.additional=-XX:+UnlockExperimentalVMOptions
server.jvm.additional=-XX:+TrustFinalNonStaticFields
server.jvm.additional=-XX:+DisableExplicitGC
server.jvm.additional=-Djdk.nio.maxCachedBufferSize=1024
server.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true
server.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
server.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
server.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
server.jvm.additional=-Dlog4j2.disable.jmx=true
server.jvm.additional=$(cds_option)
EOF
  mv "$home/conf/neo4j.conf.tmp" "$home/conf/neo4j.conf"
}

# Run the probe; on failure explain and exit.
await_bolt() {
  local seconds=$1 rc=0
  "$java" -XX:TieredStopAtLevel=1 -cp "$(driver_classpath)" BoltCheck "$uri" neo4j "$password" "$seconds" || rc=$?
  case $rc in
    0) return 0 ;;
    3) die "the server at $uri (running) rejects user neo4j with this NEO4J_PASSWORD; it is fixed at the first start: use that one, or stop the server and delete .neo4j/home/data" ;;
    *) die "no Bolt answer at $uri within ${seconds} s; see .neo4j/home/logs/neo4j.log and debug.log" ;;
  esac
}

start() {
  local pid t0=$SECONDS
  command -v "$java" >/dev/null || die "Java (17 or 21) is needed to run Neo4j $version"
  install
  compile_probe
  pid=$(server_pid)
  if [[ -n $pid ]]; then
    local running_port
    running_port=$(sed -n 's/^server.bolt.listen_address=127.0.0.1://p' "$home/conf/neo4j.conf")
    [[ $running_port == "$port" ]] \
      || die "already running (pid $pid) on port $running_port, not $port; stop it first to change NEO4J_BOLT_PORT"
    await_bolt "$timeout"
    say "already running (pid $pid) at $uri"
    return 0
  fi
  port_open && die "127.0.0.1:$port is already in use by another process (another Neo4j?); stop it or set NEO4J_BOLT_PORT"
  ((${#password} >= 8)) || die "NEO4J_PASSWORD must have at least 8 characters (Neo4j's minimum)"
  write_conf
  mkdir -p "$home/logs"
  if [[ ! -d "$home/data/databases/system" ]]; then
    say "new database in .neo4j/home/data: setting the password of user neo4j"
    neo4j_tool org.neo4j.cli.AdminTool dbms set-initial-password "$password" >"$home/logs/admin.log" 2>&1 \
      || { cat "$home/logs/admin.log" >&2; die "could not set the initial password"; }
  fi
  say "starting Neo4j $version (heap ≤ $heap, page cache $pagecache) on $uri"
  neo4j_tool org.neo4j.server.startup.Neo4jCommand start >"$home/logs/launcher.log" 2>&1 \
    || { cat "$home/logs/launcher.log" >&2; die "Neo4j's launcher failed; see .neo4j/home/logs/"; }
  pid=$(server_pid)
  [[ -n $pid ]] || die "the server did not start; see .neo4j/home/logs/launcher.log and neo4j.log"
  local deadline=$((SECONDS + timeout))
  until port_open; do
    [[ -n $(server_pid) ]] || { tail -n 20 "$home/logs/neo4j.log" >&2; die "the server (pid $pid) exited during startup; see .neo4j/home/logs/neo4j.log and debug.log"; }
    ((SECONDS < deadline)) || die "the server (pid $pid) did not open $uri within $timeout s; see .neo4j/home/logs/neo4j.log and debug.log"
    sleep 0.5
  done
  await_bolt $((deadline > SECONDS ? deadline - SECONDS : 1))
  say "ready (pid $pid) at $uri, user neo4j, in $((SECONDS - t0)) s; log: .neo4j/home/logs/neo4j.log"
  local shown=$password
  # shellcheck disable=SC2016 # print the variable name, not a password the user chose
  [[ -n ${NEO4J_PASSWORD:-} ]] && shown='"$NEO4J_PASSWORD"'
  say "use: export NEO4J_URI=$uri NEO4J_USER=neo4j NEO4J_PASSWORD=$shown"
}

stop() {
  local pid
  pid=$(server_pid)
  if [[ -z $pid ]]; then say "not running"; return 0; fi
  say "stopping (pid $pid)"
  if ! neo4j_tool org.neo4j.server.startup.Neo4jCommand stop >>"$home/logs/launcher.log" 2>&1; then
    say "Neo4j's launcher could not stop it; sending SIGTERM"
    kill -TERM "$pid" 2>/dev/null || true
  fi
  for _ in $(seq 1 120); do
    [[ -z $(server_pid) ]] && { say "stopped"; return 0; }
    sleep 0.5
  done
  die "pid $pid is still running after 60 s; see .neo4j/home/logs/neo4j.log"
}

status() {
  local pid
  pid=$(server_pid)
  if [[ -n $pid ]]; then
    echo "neo4j: running (pid $pid) at $uri, data in .neo4j/home/data"
  else
    echo "neo4j: not running"
    return 3
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: scripts/neo4j.sh start|stop|status" >&2; exit 2 ;;
esac
