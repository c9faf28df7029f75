#!/usr/bin/env bash
# Installs dependencies, builds FieldDesk, creates a small demo data set (first run only), then
# starts the central server and the app. Ctrl-C stops both. Safe to run again.
#   FIELDDESK_MODE=tablet|counter|kiosk   which app mode to start (default counter)
#   FIELDDESK_HOME=DIR                    where demo data lives (default ~/.local/share/fielddesk-demo)
#   FIELDDESK_PORT=N                      server port on 127.0.0.1 (default 8470)
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/deps.sh

build=${FIELDDESK_BUILD:-build-release}
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DFIELDDESK_TESTS=OFF -DFIELDDESK_BENCH=OFF
cmake --build "$build" --parallel "$(nproc)" --target fielddesk fielddesk-server fielddesk-cli

home=${FIELDDESK_HOME:-$HOME/.local/share/fielddesk-demo}
mode=${FIELDDESK_MODE:-counter}
port=${FIELDDESK_PORT:-8470}
mkdir -p "$home"

cli="$build/cpp/cli/fielddesk-cli"
for m in tablet counter kiosk; do
  if [ ! -f "$home/$m/fielddesk.db" ]; then
    echo "run: creating demo data for the $m device in $home/$m"
    "$cli" --data "$home/$m" demo --customers 300 --tickets 2000 --seed 42 --mode "$m" | tee "$home/$m/demo-staff.txt"
  fi
done
echo "run: demo staff numbers and PINs for signing in: $home/<mode>/demo-staff.txt"

"$build/sync/server/fielddesk-server" --listen "127.0.0.1:$port" --db "sqlite:$home/server.db" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT INT TERM

app=("$build/cpp/app/fielddesk" --mode "$mode" --data "$home/$mode")
echo "run: server on http://127.0.0.1:$port, app in $mode mode (data: $home/$mode)"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "run: no display found; the app runs under Xvfb. Screenshots of every screen: $home/screenshots"
  xvfb-run -a -s "-screen 0 1920x1080x24" "${app[@]}" --screenshot "$home/screenshots"
  xvfb-run -a -s "-screen 0 1920x1080x24" "${app[@]}"
else
  "${app[@]}"
fi
