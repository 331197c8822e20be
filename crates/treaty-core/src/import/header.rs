//! The `# key: value` header every corpus and source file opens with, and where the body
//! starts. Shared by treaty texts and news sources, which differ only in their keys.

use super::ImportError;

/// One header line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Entry {
    pub key: String,
    pub value: String,
    pub line: usize,
}

/// The header lines in file order (keys may repeat, e.g. `article-map`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Header {
    pub entries: Vec<Entry>,
}

impl Header {
    /// The first line with this key.
    pub fn first(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.key == key)
    }

    /// Every line with this key, in order.
    pub fn all<'a>(&'a self, key: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(move |e| e.key == key)
    }

    /// The non-empty value of a header the file cannot do without.
    pub fn required(&self, key: &'static str) -> Result<String, ImportError> {
        self.first(key)
            .map(|e| e.value.clone())
            .filter(|v| !v.is_empty())
            .ok_or(ImportError::MissingHeader { key })
    }

    /// The first line whose key is `key` or `key` with a qualifier (`source (preamble)`).
    pub fn first_qualified(&self, key: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| {
            e.key == key
                || e.key
                    .strip_prefix(key)
                    .is_some_and(|rest| rest.starts_with(" ("))
        })
    }
}

/// A file split into header and body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Split<'a> {
    pub header: Header,
    /// The body from its first non-blank line to the end of the text.
    pub body: &'a str,
    /// Line number of the body's first line.
    pub body_line: usize,
}

/// Splits a file into its header lines and its body, rejecting what is not corpus text.
pub(crate) fn split(text: &str) -> Result<Split<'_>, ImportError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    if let Some(at) = text.find('\0') {
        return Err(ImportError::Binary {
            line: line_at(text, at),
        });
    }
    let mut header = Header::default();
    let mut offset = 0;
    let mut line_no = 0;
    let mut in_header = true;
    let mut saw_blank = false;
    for raw in text.split_inclusive('\n') {
        line_no += 1;
        let line = raw.trim_end();
        if in_header && line.starts_with('#') {
            header.entries.push(parse_entry(line, line_no)?);
        } else if line.is_empty() {
            in_header = false;
            saw_blank = true;
        } else if !header.entries.is_empty() && !saw_blank {
            return Err(ImportError::MissingBlankLine { line: line_no });
        } else {
            return Ok(Split {
                header,
                body: &text[offset..],
                body_line: line_no,
            });
        }
        offset += raw.len();
    }
    Err(ImportError::NoBody { line: line_no + 1 })
}

fn parse_entry(line: &str, line_no: usize) -> Result<Entry, ImportError> {
    let rest = line.trim_start_matches('#').trim_start();
    let (key, value) = rest
        .split_once(':')
        .ok_or(ImportError::MalformedHeader { line: line_no })?;
    let key = key.trim();
    if key.is_empty() {
        return Err(ImportError::MalformedHeader { line: line_no });
    }
    Ok(Entry {
        key: key.to_owned(),
        value: value.trim().to_owned(),
        line: line_no,
    })
}

/// 1-based line number of a byte offset.
fn line_at(text: &str, offset: usize) -> usize {
    text[..offset].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_and_body_are_split_at_the_blank_line() {
        let s = split("# a: 1\n# b: x: y\n# a: 2\n\n\nBody\nmore\n").unwrap();
        assert_eq!(s.header.all("a").count(), 2);
        assert_eq!(s.header.first("b").unwrap().value, "x: y");
        assert_eq!(s.body, "Body\nmore\n");
        assert_eq!(s.body_line, 6);
    }

    #[test]
    fn qualified_keys_are_found() {
        let s = split("# source (preamble): UNTS\n\nBody").unwrap();
        assert_eq!(s.header.first_qualified("source").unwrap().value, "UNTS");
        assert!(s.header.first_qualified("sour").is_none());
    }

    #[test]
    fn header_problems_name_their_line() {
        assert_eq!(split(" \n\n"), Err(ImportError::Empty));
        assert_eq!(
            split("# a: 1\n# oops\n\nBody"),
            Err(ImportError::MalformedHeader { line: 2 })
        );
        assert_eq!(
            split("# a: 1\nBody"),
            Err(ImportError::MissingBlankLine { line: 2 })
        );
        assert_eq!(split("# a: 1\n\n"), Err(ImportError::NoBody { line: 3 }));
        assert_eq!(
            split("# a: 1\n\nx\0y"),
            Err(ImportError::Binary { line: 3 })
        );
    }
}
