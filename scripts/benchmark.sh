#!/usr/bin/env bash
# Times Duet (and Hugo, when `hugo` is on the PATH) on generated corpora, each step in a fresh JVM.
#   scripts/benchmark.sh                          N = 1,000 and 10,000, 3 runs each
#   scripts/benchmark.sh --sizes 100000 --runs 1  the large corpus (about 1.5 GB of files under benchmarks/target)
# Other options: --work DIR  --seed S  --threads T  --xmx 512m  --import-xmx 512m  --no-hugo
# --steps import,reimport,build (what to time)  --delete-before-import  --shape news|wide (the corpus)
# --mvn (also time mvn -o duet:build on the corpus)  --jvm-opts "-XX:TieredStopAtLevel=1" (added to every Duet
# JVM, MAVEN_OPTS included). Results are appended to benchmarks/target/bench/results.md. Hugo: apt-get install hugo; peak RSS needs GNU time (apt-get install time).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -B -q install -DskipTests -DskipITs -pl benchmarks,maven-plugin -am
cd benchmarks
exec java -cp "target/classes:$(cat target/classpath.txt)" dev.duet.benchmarks.Benchmark "$@"
