//! The body's blocks: runs of non-blank lines separated by blank lines, each line kept with its
//! line number so that every later error can point at it.

/// A line of the body, right-trimmed, with its 1-based line number in the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Line<'a> {
    pub number: usize,
    pub text: &'a str,
}

/// A block of consecutive non-blank lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Block<'a> {
    pub lines: Vec<Line<'a>>,
}

impl<'a> Block<'a> {
    /// Line number of the block's first line.
    pub fn line(&self) -> usize {
        self.lines.first().map_or(0, |l| l.number)
    }

    /// The block's text if it is a single line (headings are).
    pub fn single_line(&self) -> Option<&'a str> {
        match self.lines.as_slice() {
            [only] => Some(only.text.trim()),
            _ => None,
        }
    }
}

/// Splits a body whose first line is line `first_line` of the file into blocks.
pub(crate) fn blocks(body: &str, first_line: usize) -> Vec<Block<'_>> {
    let mut out = Vec::new();
    let mut current = Vec::new();
    for (i, raw) in body.lines().enumerate() {
        let text = raw.trim_end();
        if text.trim().is_empty() {
            if !current.is_empty() {
                out.push(Block {
                    lines: std::mem::take(&mut current),
                });
            }
        } else {
            current.push(Line {
                number: first_line + i,
                text,
            });
        }
    }
    if !current.is_empty() {
        out.push(Block { lines: current });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_keep_file_line_numbers() {
        let b = blocks("Article 1\n\nOne\ntwo\r\n\n\nThree", 10);
        assert_eq!(b.len(), 3);
        assert_eq!(b[0].single_line(), Some("Article 1"));
        assert_eq!(b[1].line(), 12);
        assert_eq!(b[1].lines[1].text, "two");
        assert_eq!(b[2].line(), 16);
        assert_eq!(b[1].single_line(), None);
    }
}
