//! Where the proxy's log lines go, and a small writer for them: one JSON
//! object per line (access lines, function `console.log` output, reloads),
//! so that `jq` or a log shipper can read them.

use std::io::Write as _;
use std::sync::{Arc, Mutex};
use std::time::{SystemTime, UNIX_EPOCH};

/// The destination of log lines.
#[derive(Clone, Debug, Default)]
pub enum Log {
    /// Standard error, one line per write (the default).
    #[default]
    Stderr,
    /// Nowhere: lines are not even formatted.
    Discard,
    /// Kept in memory, for tests and embedders that ship lines themselves.
    Memory(Arc<Mutex<Vec<String>>>),
}

impl Log {
    /// A log kept in memory, and the lines it collects.
    pub fn memory() -> (Log, Arc<Mutex<Vec<String>>>) {
        let lines = Arc::new(Mutex::new(Vec::new()));
        (Log::Memory(lines.clone()), lines)
    }

    /// Whether lines are written at all.
    pub(crate) fn enabled(&self) -> bool {
        !matches!(self, Log::Discard)
    }

    /// Writes one finished line.
    pub(crate) fn write(&self, line: Line) {
        let mut text = line.finish();
        match self {
            Log::Stderr => {
                text.push('\n');
                // A log line that cannot be written is dropped: the request
                // it describes has been answered either way.
                let _ = std::io::stderr().lock().write_all(text.as_bytes());
            }
            Log::Discard => {}
            Log::Memory(lines) => {
                if let Ok(mut lines) = lines.lock() {
                    lines.push(text);
                }
            }
        }
    }
}

/// A JSON object written field by field.
#[derive(Debug)]
pub(crate) struct Line {
    out: String,
}

impl Line {
    /// A line with its `time` and `type` fields.
    pub(crate) fn new(kind: &str) -> Line {
        let mut line = Line::object();
        line.str("time", &rfc3339_now());
        line.str("type", kind);
        line
    }

    /// An empty object, for nesting with [`Line::object_field`].
    pub(crate) fn object() -> Line {
        Line {
            out: String::from("{"),
        }
    }

    fn key(&mut self, key: &str) {
        if self.out.len() > 1 {
            self.out.push(',');
        }
        escape_into(&mut self.out, key);
        self.out.push(':');
    }

    pub(crate) fn str(&mut self, key: &str, value: &str) -> &mut Line {
        self.key(key);
        escape_into(&mut self.out, value);
        self
    }

    pub(crate) fn num(&mut self, key: &str, value: u64) -> &mut Line {
        self.key(key);
        self.out.push_str(&value.to_string());
        self
    }

    pub(crate) fn object_field(&mut self, key: &str, value: Line) -> &mut Line {
        self.key(key);
        self.out.push_str(&value.finish());
        self
    }

    pub(crate) fn finish(mut self) -> String {
        self.out.push('}');
        self.out
    }
}

/// `s` as a JSON string literal.
fn escape_into(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// The current UTC time as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
fn rfc3339_now() -> String {
    let ms = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0);
    rfc3339(ms)
}

/// Milliseconds since the epoch as `YYYY-MM-DDTHH:MM:SS.mmmZ`.
fn rfc3339(ms: i64) -> String {
    let (days, ms_of_day) = (ms.div_euclid(86_400_000), ms.rem_euclid(86_400_000));
    // Civil date from days since 1970-01-01 (proleptic Gregorian), by
    // 400-year eras of 146097 days that start on March 1st.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    let (h, m, s, milli) = (
        ms_of_day / 3_600_000,
        ms_of_day / 60_000 % 60,
        ms_of_day / 1000 % 60,
        ms_of_day % 1000,
    );
    format!("{year:04}-{month:02}-{day:02}T{h:02}:{m:02}:{s:02}.{milli:03}Z")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00.000Z");
        assert_eq!(rfc3339(1_735_689_600_000), "2025-01-01T00:00:00.000Z");
        assert_eq!(
            rfc3339(951_782_400_000 + 3_723_004),
            "2000-02-29T01:02:03.004Z"
        );
        assert_eq!(rfc3339(-1), "1969-12-31T23:59:59.999Z");
    }

    #[test]
    fn lines_are_json() {
        let mut inner = Line::object();
        inner.num("n", 3);
        let mut line = Line::object();
        line.str("a", "q\"\\\n\u{1}é").object_field("o", inner);
        let text = line.finish();
        let v: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(v["a"], "q\"\\\n\u{1}é");
        assert_eq!(v["o"]["n"], 3);
    }
}
