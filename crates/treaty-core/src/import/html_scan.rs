//! A tolerant HTML tokenizer: enough of HTML's syntax to find text, tags and attributes in a
//! saved news page, without a full HTML5 parser. Malformed markup (unclosed tags, a stray `<`)
//! is read as text or skipped, never rejected.

/// Elements whose content is raw text up to their end tag, even if it contains `<`.
const RAW_TEXT: &[&str] = &["script", "style", "title", "textarea"];

/// A piece of an HTML document, in document order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Token<'a> {
    /// Text between tags, with character references still in it.
    Text(&'a str),
    /// A start tag; `name` is lower case, `attributes` the raw text after the name.
    Open {
        name: String,
        attributes: &'a str,
        self_closing: bool,
    },
    /// An end tag; `name` is lower case.
    Close { name: String },
}

/// The tokens of a document, as an iterator.
pub(crate) struct Tokens<'a> {
    rest: &'a str,
    /// The raw-text element whose content comes next.
    raw: Option<&'static str>,
}

impl<'a> Tokens<'a> {
    pub(crate) fn new(html: &'a str) -> Self {
        Self {
            rest: html,
            raw: None,
        }
    }

    fn take(&mut self, len: usize) -> &'a str {
        let len = len.min(self.rest.len());
        let (taken, rest) = self.rest.split_at(len);
        self.rest = rest;
        taken
    }

    /// Skips up to and including the next `end`, or to the end of the input.
    fn skip_past(&mut self, end: &str) {
        let len = self
            .rest
            .find(end)
            .map_or(self.rest.len(), |i| i + end.len());
        self.take(len);
    }

    fn raw_text(&mut self, element: &str) -> &'a str {
        let end = find_end_tag(self.rest, element).unwrap_or(self.rest.len());
        self.take(end)
    }

    fn tag(&mut self) -> Option<Token<'a>> {
        let bytes = self.rest.as_bytes();
        let closing = bytes.get(1) == Some(&b'/');
        let name_start = if closing { 2 } else { 1 };
        let name_len = self.rest[name_start..]
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b':' | b'_'))
            .count();
        let starts_with_letter = bytes.get(name_start).is_some_and(u8::is_ascii_alphabetic);
        if !starts_with_letter {
            return None;
        }
        let name_end = name_start + name_len;
        let tag_end = tag_end(self.rest, name_end);
        let name = self.rest[name_start..name_end].to_ascii_lowercase();
        let attributes = &self.rest[name_end..tag_end.min(self.rest.len())];
        self.take(tag_end + 1);
        if closing {
            return Some(Token::Close { name });
        }
        let self_closing = attributes.trim_end().ends_with('/');
        if !self_closing {
            self.raw = RAW_TEXT.iter().copied().find(|r| *r == name);
        }
        Some(Token::Open {
            name,
            attributes,
            self_closing,
        })
    }
}

impl<'a> Iterator for Tokens<'a> {
    type Item = Token<'a>;

    fn next(&mut self) -> Option<Token<'a>> {
        loop {
            if let Some(element) = self.raw.take() {
                let text = self.raw_text(element);
                if !text.is_empty() {
                    return Some(Token::Text(text));
                }
            }
            if self.rest.is_empty() {
                return None;
            }
            if !self.rest.starts_with('<') {
                let len = self.rest.find('<').unwrap_or(self.rest.len());
                return Some(Token::Text(self.take(len)));
            }
            if self.rest.starts_with("<!--") {
                self.skip_past("-->");
                continue;
            }
            if self.rest.starts_with("<!") || self.rest.starts_with("<?") {
                self.skip_past(">");
                continue;
            }
            if let Some(token) = self.tag() {
                return Some(token);
            }
            if self.rest.starts_with("</") {
                self.skip_past(">");
                continue;
            }
            return Some(Token::Text(self.take(1)));
        }
    }
}

/// Index of the `>` that ends the tag whose attributes start at `from`, skipping quoted values;
/// the input's length if the tag is never closed.
fn tag_end(text: &str, from: usize) -> usize {
    let mut quote: Option<u8> = None;
    for (i, &b) in text.as_bytes().iter().enumerate().skip(from) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None if b == b'"' || b == b'\'' => quote = Some(b),
            None if b == b'>' => return i,
            None => {}
        }
    }
    text.len()
}

/// Where `</element` starts in `text`, matched without regard to case.
fn find_end_tag(text: &str, element: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut from = 0;
    while let Some(i) = text.get(from..)?.find("</") {
        let start = from + i;
        let name = bytes.get(start + 2..start + 2 + element.len());
        if name.is_some_and(|n| n.eq_ignore_ascii_case(element.as_bytes())) {
            return Some(start);
        }
        from = start + 2;
    }
    None
}

/// The value of attribute `name` (matched without regard to case) in a tag's raw attributes.
pub(crate) fn attribute(attributes: &str, name: &str) -> Option<String> {
    let mut rest = attributes;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() {
            return None;
        }
        let key_len = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '/')
            .unwrap_or(rest.len())
            .max(1);
        let key = &rest[..key_len.min(rest.len())];
        rest = rest[key.len()..].trim_start();
        let value = match rest.strip_prefix('=') {
            Some(after) => {
                let after = after.trim_start();
                let (value, remaining) = attribute_value(after);
                rest = remaining;
                value
            }
            None => "",
        };
        if key.eq_ignore_ascii_case(name) {
            return Some(value.to_owned());
        }
    }
}

/// A quoted or unquoted attribute value and the text after it.
fn attribute_value(text: &str) -> (&str, &str) {
    match text.chars().next() {
        Some(q @ ('"' | '\'')) => {
            let body = &text[1..];
            let end = body.find(q).unwrap_or(body.len());
            (&body[..end], body.get(end + 1..).unwrap_or(""))
        }
        _ => {
            let end = text.find(char::is_whitespace).unwrap_or(text.len());
            text.split_at(end)
        }
    }
}
