# Sourced by the other scripts: puts the project's npm tools (binaryen's wasm-opt 132, which
# trunk needs; Debian's is too old for rustc's output) and cargo's tools first on PATH.
PATH="$(pwd)/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PATH
