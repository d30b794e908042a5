//! Source positions: byte spans, and the line table that turns them into the
//! `line:column` users see.

use std::fmt;

/// A half-open byte range `[start, end)` in a source file.
///
/// Offsets are `u32`: CloudFront caps function code far below 4 GiB, and the
/// small size keeps AST nodes and line tables compact.
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First byte.
    pub start: u32,
    /// One past the last byte.
    pub end: u32,
}

impl Span {
    /// A span from `start` to `end`.
    pub const fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }

    /// Length in bytes.
    pub fn len(self) -> u32 {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

/// A 1-based line and column. Columns count Unicode scalar values, so a
/// caret lines up with what an editor shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct LineCol {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column number.
    pub column: u32,
}

impl fmt::Display for LineCol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Start offsets of every line of a source, built once and searched in
/// O(log lines). Line terminators are those of ECMAScript: LF, CR, CRLF,
/// U+2028 and U+2029.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<u32>,
}

impl LineIndex {
    /// Indexes the lines of `src`.
    pub fn new(src: &str) -> LineIndex {
        let bytes = src.as_bytes();
        let mut starts = vec![0u32];
        // Line terminators are rare among the bytes: let memchr find the
        // three bytes that can begin one.
        let mut skip_to = 0;
        for i in memchr::memchr3_iter(b'\n', b'\r', 0xE2, bytes) {
            if i < skip_to {
                continue;
            }
            let next = match bytes[i] {
                b'\n' => i + 1,
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => i + 2,
                b'\r' => i + 1,
                // U+2028 and U+2029 are E2 80 A8 / E2 80 A9 in UTF-8.
                _ if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(0xA8 | 0xA9)) =>
                {
                    i + 3
                }
                _ => continue,
            };
            starts.push(next as u32);
            skip_to = next;
        }
        LineIndex { starts }
    }

    /// The line and column of byte `offset` in `src` (the source this index
    /// was built from). Offsets past the end map to the end.
    pub fn line_col(&self, src: &str, offset: u32) -> LineCol {
        let offset = offset.min(src.len() as u32);
        let line = match self.starts.binary_search(&offset) {
            Ok(l) => l,
            Err(l) => l - 1,
        };
        let start = self.starts[line] as usize;
        let mut end = offset as usize;
        while end > start && !src.is_char_boundary(end) {
            end -= 1;
        }
        let column = src[start..end].chars().count() as u32 + 1;
        LineCol {
            line: line as u32 + 1,
            column,
        }
    }

    /// The text of 1-based line `line`, without its terminator.
    pub fn line_text<'s>(&self, src: &'s str, line: u32) -> &'s str {
        let Some(&start) = self.starts.get(line.saturating_sub(1) as usize) else {
            return "";
        };
        let end = self
            .starts
            .get(line as usize)
            .map_or(src.len(), |&s| s as usize);
        src[start as usize..end].trim_end_matches(['\n', '\r', '\u{2028}', '\u{2029}'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_terminator_starts_a_line() {
        let src = "a\nb\rc\r\nd\u{2028}e\u{2029}f";
        let idx = LineIndex::new(src);
        let pos = |c: char| idx.line_col(src, src.find(c).unwrap() as u32);
        assert_eq!(pos('a'), LineCol { line: 1, column: 1 });
        assert_eq!(pos('b'), LineCol { line: 2, column: 1 });
        assert_eq!(pos('c'), LineCol { line: 3, column: 1 });
        assert_eq!(pos('d'), LineCol { line: 4, column: 1 });
        assert_eq!(pos('e'), LineCol { line: 5, column: 1 });
        assert_eq!(pos('f'), LineCol { line: 6, column: 1 });
        assert_eq!(idx.line_text(src, 3), "c");
    }

    proptest::proptest! {
        #[test]
        fn line_starts_are_where_a_char_walk_finds_them(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "a", "\n", "\r", "\r\n", "\u{2028}", "\u{2029}", "\u{20ac}", "\u{2000}", "é",
                ]),
                0..40,
            ),
        ) {
            let src: String = pieces.concat();
            let mut expected = vec![0u32];
            let mut chars = src.char_indices().peekable();
            while let Some((i, c)) = chars.next() {
                match c {
                    '\r' if chars.peek().is_some_and(|&(_, n)| n == '\n') => {
                        chars.next();
                        expected.push(i as u32 + 2);
                    }
                    '\n' | '\r' | '\u{2028}' | '\u{2029}' => {
                        expected.push((i + c.len_utf8()) as u32)
                    }
                    _ => {}
                }
            }
            proptest::prop_assert_eq!(LineIndex::new(&src).starts, expected);
        }
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let src = "var é = ü;";
        let idx = LineIndex::new(src);
        let at = src.find('ü').unwrap() as u32;
        assert_eq!(idx.line_col(src, at), LineCol { line: 1, column: 9 });
    }
}
