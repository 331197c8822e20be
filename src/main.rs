//! Browser entry point: installs the panic page, then mounts the app.

fn main() {
    treaty_reader::start();
}
