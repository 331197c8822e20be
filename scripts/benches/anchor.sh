#!/usr/bin/env bash
# Times quote anchoring under node: the core's matcher compiled to wasm against
# approx-string-match (Hypothesis's matcher) on the same generated inputs, and prints a
# Markdown table (see scripts/benches/anchor/compare.mjs for what is timed and how positions are
# compared). Needs what scripts/setup installs: the wasm32 target, the wasm-bindgen CLI at the
# version in Cargo.lock, and the npm packages from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/env.sh

bench=scripts/benches/anchor
want=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
  echo "anchor bench: wasm-bindgen $want is not installed; run scripts/setup" >&2
  exit 1
fi
if [ ! -d node_modules/approx-string-match ]; then
  npm ci
fi

# Two builds: the app's release profile (opt-level "z") into wasm/pkg, and the worker's (the
# core at opt-level 3) into wasm/pkg-worker; each wasm's gzip -9 size is printed.
target=${CARGO_TARGET_DIR:-$bench/wasm/target}
for build in release:pkg worker:pkg-worker; do
  profile=${build%%:*}
  out=$bench/wasm/${build#*:}
  cargo build --profile "$profile" --target wasm32-unknown-unknown \
    --manifest-path "$bench/wasm/Cargo.toml"
  wasm-bindgen --target nodejs --out-dir "$out" \
    "$target/wasm32-unknown-unknown/$profile/treaty_anchor_bench.wasm"
  echo "$profile: $(wc -c <"$out/treaty_anchor_bench_bg.wasm") bytes wasm," \
    "$(gzip -9 -c "$out/treaty_anchor_bench_bg.wasm" | wc -c) gzip -9"
done
node "$bench/compare.mjs"
