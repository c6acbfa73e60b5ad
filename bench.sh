#!/bin/sh
# The benchmarks (src/bench), which are not in the product jar: compiled with the tests, then run in a JVM of their
# own on the test class path. Usage: ./bench.sh [JVM options -X… -D…] VERB [options]   (./bench.sh help lists them)
set -e
cd "$(dirname "$0")"
jvm=""
while [ $# -gt 0 ]; do
	case "$1" in
		-X* | -D*) jvm="$jvm $1"; shift ;;
		*) break ;;
	esac
done
mvn -B -q test-compile -DskipTests >&2  # the figures alone on stdout
# shellcheck disable=SC2086 # the JVM options are words of their own
exec java $jvm -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" org.mokuhyo.cli.Benchmarks "$@"
