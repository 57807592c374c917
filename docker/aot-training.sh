#!/bin/sh
# Makes the JVM AOT cache the image starts with (Java 25): Passerelle starts once on its own embedded MariaDB in
# throwaway folders, serves the sign-in page, and stops; the JVM writes the cache as it exits. Run while the image is
# built, by the image's own JVM. It never fails the build: without a cache Passerelle starts normally, only slower.
set -u
work=$(mktemp -d)
cd "$work" || exit 0
timeout 300 java -XX:AOTCacheOutput=/app/passerelle.aot -jar /app/application/passerelle.jar \
    --server.port=18089 --passerelle.courses.folder=/app/courses \
    --passerelle.embedded-db.data-dir="$work/data" --passerelle.keys.dir="$work/keys" \
    > "$work/training.log" 2>&1 &
pid=$!
served=no
for attempt in $(seq 1 180); do
    if curl -fs -o /dev/null http://localhost:18089/login; then
        served=yes
        break
    fi
    kill -0 "$pid" 2>/dev/null || break
    sleep 1
done
kill "$pid" 2>/dev/null
wait "$pid"
if [ "$served" = yes ] && [ -s /app/passerelle.aot ]; then
    echo "AOT cache made: $(du -h /app/passerelle.aot | cut -f1)"
else
    echo "No AOT cache (the training run did not finish); Passerelle will start without it. Its log:"
    tail -n 30 "$work/training.log"
    rm -f /app/passerelle.aot
fi
cd / && rm -rf "$work"
exit 0
