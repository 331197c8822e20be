//! Character references (`&amp;`, `&nbsp;`, `&#8212;`, `&#x2014;`) in HTML and XML text. One
//! tolerant decoder serves both formats, since saved pages and hand-made XML use HTML's names.

/// Named references common in news pages and legal XML; anything else is left as written.
const NAMED: &[(&str, &str)] = &[
    ("amp", "&"),
    ("lt", "<"),
    ("gt", ">"),
    ("quot", "\""),
    ("apos", "'"),
    ("nbsp", " "),
    ("shy", ""),
    ("ndash", "–"),
    ("mdash", "—"),
    ("lsquo", "‘"),
    ("rsquo", "’"),
    ("sbquo", "‚"),
    ("ldquo", "“"),
    ("rdquo", "”"),
    ("bdquo", "„"),
    ("laquo", "«"),
    ("raquo", "»"),
    ("hellip", "…"),
    ("bull", "•"),
    ("middot", "·"),
    ("copy", "©"),
    ("reg", "®"),
    ("trade", "™"),
    ("deg", "°"),
    ("times", "×"),
    ("euro", "€"),
    ("pound", "£"),
    ("sect", "§"),
    ("para", "¶"),
];

/// Longest reference name worth looking for a `;` after.
const MAX_NAME: usize = 10;

/// Replaces character references by the characters they stand for. Unknown names, malformed
/// references and numbers that are not characters are kept as written, never dropped.
pub(crate) fn decode_entities(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match reference(rest) {
            Some((decoded, len)) => {
                out.push_str(&decoded);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// The decoded text of the reference at the start of `text` (which starts with `&`) and its
/// length including `&` and `;`.
fn reference(text: &str) -> Option<(String, usize)> {
    let body = text.get(1..)?;
    let semi = body
        .char_indices()
        .take(MAX_NAME + 1)
        .find(|&(_, c)| c == ';')?
        .0;
    let name = &body[..semi];
    let decoded = match name.strip_prefix('#') {
        Some(number) => numeric(number)?.to_string(),
        None => NAMED.iter().find(|(n, _)| *n == name)?.1.to_owned(),
    };
    Some((decoded, semi + 2))
}

fn numeric(number: &str) -> Option<char> {
    let value = match number.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => number.parse().ok()?,
    };
    char::from_u32(value).filter(|&c| c != '\0')
}
