//! The three typical handlers of the performance issue, with the events
//! they run on, as shipped in `examples/`.

/// One handler and the event it runs on.
pub struct Case {
    /// Short name used in tables.
    pub name: &'static str,
    /// The example's handler file, header comments included.
    pub file: &'static str,
    /// The event JSON text.
    pub event: &'static str,
}

/// Security headers on viewer-response, directory→index.html rewrite
/// (an `async` handler), query-string normalisation answered with a 301.
pub const CASES: &[Case] = &[
    Case {
        name: "security-headers",
        file: include_str!("../../../examples/add-security-headers/handler.js"),
        event: include_str!("../../../examples/add-security-headers/events/page.json"),
    },
    Case {
        name: "index-rewrite",
        file: include_str!("../../../examples/index-rewrite/handler.js"),
        event: include_str!("../../../examples/index-rewrite/events/docs.json"),
    },
    Case {
        name: "normalize-qs-301",
        file: include_str!("../../../examples/normalize-query-string/handler.js"),
        event: include_str!("../../../examples/normalize-query-string/events/messy.json"),
    },
];

impl Case {
    /// The handler's source without the leading comment block, as every
    /// engine here runs it (a plain script declaring `handler`).
    pub fn source(&self) -> &'static str {
        let mut rest = self.file;
        loop {
            let trimmed = rest.trim_start();
            match trimmed.strip_prefix("//") {
                Some(comment) => rest = comment.split_once('\n').map_or("", |(_, after)| after),
                None => return trimmed,
            }
        }
    }
}
