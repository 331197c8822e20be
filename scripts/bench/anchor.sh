#!/usr/bin/env bash
# Times quote anchoring under node: the core's matcher compiled to wasm against
# approx-string-match (Hypothesis's matcher) on the same generated inputs, and prints a
# Markdown table (see scripts/bench/anchor/compare.mjs for what is timed and how positions are
# compared). Needs what scripts/setup installs: the wasm32 target, the wasm-bindgen CLI at the
# version in Cargo.lock, and the npm packages from package-lock.json.
set -euo pipefail
cd "$(dirname "$0")/../.."
. scripts/env.sh

bench=scripts/bench/anchor
want=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $want" ]; then
  echo "anchor bench: wasm-bindgen $want is not installed; run scripts/setup" >&2
  exit 1
fi
if [ ! -d node_modules/approx-string-match ]; then
  npm ci
fi

target=${CARGO_TARGET_DIR:-$bench/wasm/target}
cargo build --release --target wasm32-unknown-unknown --manifest-path "$bench/wasm/Cargo.toml"
wasm-bindgen --target nodejs --out-dir "$bench/wasm/pkg" \
  "$target/wasm32-unknown-unknown/release/treaty_anchor_bench.wasm"
node "$bench/compare.mjs"
