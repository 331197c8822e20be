//! Writes static HTML for every shipped page into a build directory (trunk's post_build hook
//! runs it; see Trunk.toml): `prerender [DIR]`, with the bundle at `DIR/bundles/library.json`,
//! the app shell at `DIR/index.html` and the public URL from `TRUNK_PUBLIC_URL` (default `/`).
//!
//! The `<treaty-reader>` element's view of each provision is written as a fragment
//! (`fragments/…`), which the element shows without loading the app.
//!
//! The untouched shell is kept as `shell.html`: a static server answers addresses that have no
//! page of their own (the reader's imported treaties, `?bundle=` libraries) with it, and the
//! service worker serves it offline.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use treaty_core::bundle::Bundle;
use treaty_reader::prerender::{
    embeddable, file_for, fragment_file, page_html, render, render_fragment, routes,
};
use treaty_reader::{Library, LibraryContext};

fn main() -> ExitCode {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from);
    let Some(dir) = dir else {
        eprintln!("prerender: no directory (give one, or run as a trunk post_build hook)");
        return ExitCode::FAILURE;
    };
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_owned());
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .expect("a single-threaded runtime starts");
    match runtime.block_on(prerender(&dir, &public_url)) {
        Ok(count) => {
            eprintln!("prerender: {count} pages under {public_url}");
            ExitCode::SUCCESS
        }
        Err(problem) => {
            eprintln!("prerender: {problem}");
            ExitCode::FAILURE
        }
    }
}

async fn prerender(dir: &Path, public_url: &str) -> Result<usize, String> {
    let read = |path: PathBuf| {
        std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let shell = read(dir.join("index.html"))?;
    let bundle = Bundle::from_json(&read(dir.join("bundles/library.json"))?)
        .map_err(|e| format!("the shipped bundle is unreadable: {e}"))?;
    let paths = routes(&bundle);
    let library = LibraryContext(Library::new(bundle));
    write(&dir.join("shell.html"), &shell)?;
    for path in &paths {
        let page = render(&library, path, public_url).await;
        write(
            &dir.join(decoded(&file_for(path))),
            &page_html(&shell, &page)?,
        )?;
    }
    for (document, number) in embeddable(&library.bundle) {
        for quotes in [true, false] {
            let markup =
                render_fragment(&library, &document, number.as_deref(), quotes, public_url).await;
            write(
                &dir.join(fragment_file(&document, number.as_deref(), quotes)),
                &markup,
            )?;
        }
    }
    Ok(paths.len())
}

/// A route's file name as static servers look it up: they decode the address's percent-escapes
/// (`article/%E7%AC%AC%E4%B8%80%E6%A2%9D` is the file `article/第一條.html`), and routes are
/// written escaped. An escape that is not valid UTF-8 is kept as it is.
fn decoded(path: &str) -> String {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| path.to_owned())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::decoded;

    #[test]
    fn page_files_are_named_as_servers_decode_their_address() {
        assert_eq!(
            decoded("treaty/vcdr-1961/article/%E7%AC%AC%E4%B8%80%E6%A2%9D.html"),
            "treaty/vcdr-1961/article/第一條.html"
        );
        assert_eq!(
            decoded("treaty/x/article/4.html"),
            "treaty/x/article/4.html"
        );
        assert_eq!(decoded("a%2"), "a%2");
        assert_eq!(decoded("a%FF"), "a%FF", "not UTF-8: kept escaped");
    }
}
