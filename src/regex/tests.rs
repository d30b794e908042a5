//! Engine tests; expected values are what Node 20 returns.

use super::*;

fn units(s: &str) -> Vec<u16> {
    s.encode_utf16().collect()
}

fn re(p: &str, flags: &str) -> Regex {
    let f = Flags {
        ignore_case: flags.contains('i'),
        multiline: flags.contains('m'),
    };
    Regex::new(&units(p), f).unwrap_or_else(|e| panic!("/{p}/: {e}"))
}

/// `exec` rendered as Node's JSON: `null` or `[match, captures...]` with
/// `null` for unset captures, plus the index.
fn exec(p: &str, flags: &str, s: &str) -> String {
    let input = units(s);
    match re(p, flags).find_at(&input[..], 0, 1_000_000, 1 << 20) {
        Ok(None) => "null".into(),
        Ok(Some(m)) => {
            let text = |r: &Range<usize>| String::from_utf16_lossy(&input[r.clone()]);
            let mut parts = vec![format!("{:?}", text(&m.range))];
            for c in &m.captures {
                parts.push(
                    c.as_ref()
                        .map_or("null".into(), |r| format!("{:?}", text(r))),
                );
            }
            format!("[{}]@{}", parts.join(","), m.start())
        }
        Err(e) => format!("{e:?}"),
    }
}

#[test]
fn literals_classes_and_anchors() {
    assert_eq!(exec("b", "", "abc"), r#"["b"]@1"#);
    assert_eq!(exec("^\\/api\\/", "", "/api/x"), r#"["/api/"]@0"#);
    assert_eq!(exec("^\\/api\\/", "", "x/api/"), "null");
    assert_eq!(exec("\\.(css|js)$", "", "/a/b.js"), r#"[".js","js"]@4"#);
    assert_eq!(
        exec("[?&]utm_[^&]*", "", "/p?a=1&utm_x=2&b"),
        r#"["&utm_x=2"]@6"#
    );
    assert_eq!(
        exec("(\\d+)x(\\d+)", "", "img-640x480.png"),
        r#"["640x480","640","480"]@4"#
    );
    assert_eq!(exec("^b", "m", "a\nb"), r#"["b"]@2"#);
    assert_eq!(exec("a$", "m", "a\nb"), r#"["a"]@0"#);
    assert_eq!(exec("a$", "", "a\nb"), "null");
    assert_eq!(exec("\\bfoo\\b", "", "a foo."), r#"["foo"]@2"#);
    assert_eq!(exec("\\Boo", "", "foo"), r#"["oo"]@1"#);
    assert_eq!(exec(".+", "", "ab\ncd"), r#"["ab"]@0"#);
    assert_eq!(exec("[^]+", "", "ab\ncd"), r#"["ab\ncd"]@0"#);
    assert_eq!(exec("[]", "", "ab"), "null");
    assert_eq!(
        exec("\\s+", "", "a \u{feff}\u{3000}b"),
        r#"[" \u{feff}\u{3000}"]@1"#
    );
    assert_eq!(exec("[\\d-x]+", "", "a1-x"), r#"["1-x"]@1"#);
}

#[test]
fn quantifiers() {
    assert_eq!(exec("a{2,3}", "", "aaaa"), r#"["aaa"]@0"#);
    assert_eq!(exec("a{2,3}?", "", "aaaa"), r#"["aa"]@0"#);
    assert_eq!(exec("a{2}", "", "a"), "null");
    assert_eq!(exec("(?:ab){2,}", "", "abababa"), r#"["ababab"]@0"#);
    assert_eq!(exec("(?:ab)+?", "", "abab"), r#"["ab"]@0"#);
    assert_eq!(exec("a.*?b", "", "axxbyb"), r#"["axxb"]@0"#);
    assert_eq!(exec("a.*b", "", "axxbyb"), r#"["axxbyb"]@0"#);
    assert_eq!(exec("x*", "", "aaa"), r#"[""]@0"#);
    assert_eq!(exec("a{,2}", "", "a{,2}"), r#"["a{,2}"]@0"#);
    assert_eq!(exec("\\u{2}", "", "uu"), r#"["uu"]@0"#);
}

#[test]
fn empty_iterations_and_capture_reset() {
    // RepeatMatcher: an empty iteration past the minimum fails.
    assert_eq!(exec("(a*)*", "", "b"), r#"["",null]@0"#);
    assert_eq!(exec("(a*)+", "", "b"), r#"["",""]@0"#);
    assert_eq!(exec("(a*)?", "", "b"), r#"["",null]@0"#);
    assert_eq!(exec("(?:a|())*b", "", "aab"), r#"["aab",null]@0"#);
    assert_eq!(
        exec("(a|ab)(c|bcd)(d*)", "", "abcd"),
        r#"["abcd","a","bcd",""]@0"#
    );
    // Captures inside a quantified group are reset at each iteration.
    assert_eq!(
        exec("(z)((a+)?(b+)?(c))*", "", "zaacbbbcac"),
        r#"["zaacbbbcac","z","ac","a",null,"c"]@0"#
    );
    assert_eq!(exec("(?:(a)|b)+", "", "ab"), r#"["ab",null]@0"#);
    assert_eq!(exec("(a)|b", "", "b"), r#"["b",null]@0"#);
}

#[test]
fn backreferences() {
    assert_eq!(exec("(a)\\1", "", "aa"), r#"["aa","a"]@0"#);
    assert_eq!(exec("\\1(a)", "", "aa"), r#"["a","a"]@0"#);
    assert_eq!(exec("(a)|\\1b", "", "b"), r#"["b",null]@0"#);
    assert_eq!(exec("(a\\1)", "", "aa"), r#"["a","a"]@0"#);
    assert_eq!(exec("(?<x>.)\\k<x>", "", "abccd"), r#"["cc","c"]@2"#);
    assert_eq!(exec("\\k<x>", "", "k<x>"), r#"["k<x>"]@0"#);
    assert_eq!(exec("(a)\\1", "i", "aA"), r#"["aA","a"]@0"#);
    assert_eq!(exec("^(?:(a)|b)\\1$", "", "b"), r#"["b",null]@0"#);
}

#[test]
fn lookaround() {
    assert_eq!(exec("a(?=b)", "", "acab"), r#"["a"]@2"#);
    assert_eq!(exec("a(?!b)", "", "abac"), r#"["a"]@2"#);
    assert_eq!(exec("(?=(a+))a*b\\1", "", "baaabac"), r#"["aba","a"]@3"#);
    assert_eq!(exec("(?!(a))\\1b", "", "b"), r#"["b",null]@0"#);
    assert_eq!(exec("(?<=\\$)\\d+", "", "cost $42"), r#"["42"]@6"#);
    assert_eq!(exec("(?<!\\$)\\b\\d+", "", "$4 17"), r#"["17"]@3"#);
    // Lookbehind matches right to left: greedy groups take from the right.
    assert_eq!(
        exec("(?<=(\\d+)(\\d+))$", "", "1053"),
        r#"["","1","053"]@4"#
    );
    assert_eq!(exec("(?<=\\1(a))b", "", "aab"), r#"["b","a"]@2"#);
    assert_eq!(exec("(?<=(a)\\1)b", "", "xab"), r#"["b","a"]@2"#);
    assert_eq!(exec("(?<=\\1(a))b", "", "xab"), "null");
    assert_eq!(exec("(?<=^|,)x", "", "a,x"), r#"["x"]@2"#);
    assert_eq!(exec("(?=a)*", "", "a"), r#"[""]@0"#);
    assert_eq!(exec("(?<=a(?=b)b)c", "", "abc"), r#"["c"]@2"#);
}

#[test]
fn case_insensitive() {
    assert_eq!(exec("abc", "i", "xABC"), r#"["ABC"]@1"#);
    assert_eq!(exec("[a-z]+", "i", "xYz"), r#"["xYz"]@0"#);
    assert_eq!(exec("\u{3c3}", "i", "\u{3a3}"), "[\"\u{3a3}\"]@0");
    assert_eq!(exec("\u{3c3}", "i", "\u{3c2}"), "[\"\u{3c2}\"]@0");
    assert_eq!(exec("s", "i", "\u{17f}"), "null");
    assert_eq!(exec("\\w", "i", "\u{17f}"), "null");
    assert_eq!(exec("k", "i", "\u{212a}"), "null");
    assert_eq!(exec("[^a]", "i", "A"), "null");
    assert_eq!(exec("\u{b5}", "i", "\u{39c}"), "[\"\u{39c}\"]@0");
    assert_eq!(exec("\u{df}", "i", "\u{1e9e}"), "null");
    assert_eq!(exec("[\u{100}-\u{200}]", "i", "\u{101}"), "[\"\u{101}\"]@0");
}

#[test]
fn code_units() {
    assert_eq!(exec("^.$", "", "\u{1F600}"), "null");
    assert_eq!(exec("\\uD83D", "", "\u{1F600}"), "[\"\u{FFFD}\"]@0");
    assert_eq!(
        exec("[\\uD83D\\uDE00]", "", "\u{1F600}"),
        "[\"\u{FFFD}\"]@0"
    );
}

#[test]
fn catastrophic_patterns_stop_deterministically() {
    for (p, s) in [
        ("(a+)+b", "a".repeat(40)),
        ("(x+x+)+y", "x".repeat(40)),
        ("^(\\w+\\s?)*$", format!("{}!", "ab ".repeat(20))),
    ] {
        let r = re(p, "");
        let input = units(&s);
        let run = || {
            let mut search = r.search(0, false);
            let mut fuel = 2_000_000;
            let out = search.run(&input[..], &mut fuel);
            (out, search.steps())
        };
        let (a, steps_a) = run();
        let (b, steps_b) = run();
        assert_eq!(a, Err(Stop::Steps), "{p}");
        assert_eq!(b, Err(Stop::Steps));
        assert_eq!(steps_a, 2_000_000);
        assert_eq!(steps_a, steps_b);
    }
}

#[test]
fn stack_memory_is_granted_not_taken() {
    let r = re("(?:a|b)*c", "");
    let input = units(&"ab".repeat(1000));
    let mut search = r.search(0, true);
    let mut fuel = u64::MAX;
    match search.run(&input[..], &mut fuel) {
        Err(Stop::Memory(bytes)) => assert!(bytes > FREE_STACK_BYTES),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        r.find_at(&input[..], 0, u64::MAX, 64 * 1024),
        Err(ExecError::MemoryLimit)
    );
    assert_eq!(r.find_at(&input[..], 0, u64::MAX, 16 << 20), Ok(None));
}

#[test]
fn named_groups() {
    let r = re("(?<year>\\d{4})-(?<month>\\d\\d)|(?<other>x)", "");
    let m = r.find_at(&units("on 2024-05")[..], 0, 10_000, 1 << 16);
    let m = m.ok().flatten().unwrap_or_else(|| panic!("no match"));
    let names: Vec<_> = m.named_groups().collect();
    assert_eq!(
        names,
        vec![
            ("year", Some(3..7)),
            ("month", Some(8..10)),
            ("other", None)
        ]
    );
}

#[test]
fn deep_patterns_compile_and_run() {
    let p = format!("{}hello{}", "(".repeat(200), ")".repeat(200));
    assert_eq!(re(&p, "").groups(), 200);
    let m = re(&p, "").find_at(&units("hello")[..], 0, 100_000, 1 << 20);
    assert_eq!(m.ok().flatten().map(|m| m.captures.len()), Some(200));
    let alts = vec!["a"; 5001].join("|");
    assert_eq!(exec(&alts, "", "xa"), r#"["a"]@1"#);
}

/// The patterns the program fingerprints cover: the shapes CloudFront
/// functions use, every construct of the grammar, and random strings of
/// syntax characters.
fn fingerprint_corpus() -> Vec<Vec<u16>> {
    let mut out: Vec<Vec<u16>> = [
        "",
        "a",
        "^\\/api\\/v0\\/",
        "^\\/api\\/v13",
        "\\.[a-z0-9]+$",
        "\\.(css|js)$",
        "\\/$",
        "(\\d+)x(\\d+)",
        "[?&]utm_[^&]*",
        "mobile|android|iphone",
        "^\\/(en|de|fr)(-[a-z]{2})?\\/",
        "(?<year>\\d{4})-(?<month>\\d\\d)|(?<other>x)",
        "(?:ab){2,}",
        "a.*?b",
        "(a*)*",
        "(a|ab)(c|bcd)(d*)",
        "(z)((a+)?(b+)?(c))*",
        "(?<=(\\d+)(\\d+))$",
        "(?<=\\1(a))b",
        "(?!(a))\\1b",
        "[\\d-x]+",
        "[^]",
        "[]",
        "\\bfoo\\b",
        "\\Boo",
        "\\s+\\S*\\w\\W\\D",
        "[\\s\\S]",
        "[^\\d\\w]",
        "\u{3c3}",
        "\u{b5}",
        "[\u{100}-\u{200}]",
        "[\u{c0}-\u{ff}]",
        "[\u{17f}\u{212a}]",
        "k\u{212a}s\u{17f}",
        "\\u{3}",
        "\\x41\\u0042\\cA\\0\\12\\377\\8",
        "(?<\\u0061>x)\\k<\\u0061>",
        "(?<\u{1D49C}>x)\\k<\u{1D49C}>",
        "^(\\w+\\s?)*$",
        "(?:a|b)*c",
        "(?=a)*",
        "a{,5}",
        "a{1,",
        "a{2147483648,2147483647}",
        "x{0}",
        "(?:)+",
        "(?:a?)+?",
        "^a|^b",
        "(?:^a)",
        "(^a)|b",
        "[a-zA-Z0-9._%+-]+@[a-zA-Z0-9.-]+\\.[a-zA-Z]{2,}",
        "^(?:[0-9]{1,3}\\.){3}[0-9]{1,3}$",
        "(\\?|&)utm_[^&]*=?[^&]*",
        "\\/+$",
        "^([^/]+)\\/(.*)$",
        "[\\n\\r\\u2028]",
        ".",
        ".+?",
    ]
    .iter()
    .map(|s| units(s))
    .collect();
    out.push(units(&format!("{}a{}", "(".repeat(40), ")".repeat(40))));
    out.push(units(&vec!["ab"; 300].join("|")));
    let alphabet: Vec<u16> = "()[]{}?*+|^$\\.-,<>=!:kKbBdDwWsSuUxXcC0123456789aAzZ/_"
        .encode_utf16()
        .chain([0xD83D, 0xDE00, 0x0131, 0x017F, 0x212A, 0xB5, 0xE0, 0x3C3])
        .collect();
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        seed
    };
    for _ in 0..30_000 {
        let len = (next() % 16) as usize;
        out.push(
            (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect(),
        );
    }
    out
}

/// What compiling `p` with `flags` gives, rendered: the program's
/// fingerprint and the group names, or the error and its offset.
fn fingerprint(p: &[u16], flags: Flags) -> String {
    match Regex::new(p, flags) {
        Ok(r) => format!(
            "{} names={:?}",
            r.prog.fingerprint(),
            r.names.as_deref().unwrap_or(&[])
        ),
        Err(e) => format!("error {:?} at {}", e.message, e.at),
    }
}

/// Every fingerprint of the corpus under the four flag combinations, one
/// line each.
fn fingerprints() -> String {
    let mut out = String::new();
    for p in fingerprint_corpus() {
        for (ignore_case, multiline) in [(false, false), (true, false), (false, true), (true, true)]
        {
            let f = Flags {
                ignore_case,
                multiline,
            };
            out.push_str(&String::from_utf16_lossy(&p).escape_debug().to_string());
            out.push_str(&format!(
                " /{}{}/ ",
                if ignore_case { "i" } else { "" },
                if multiline { "m" } else { "" }
            ));
            out.push_str(&fingerprint(&p, f));
            out.push('\n');
        }
    }
    out
}

/// The parser and the compiler give, for 120,000 patterns and flag
/// combinations, exactly the programs and errors they gave before their
/// tree went into inline arenas and classes got their 256-unit bitmaps
/// (the digest was taken from the engine before that change). A change
/// meant to alter programs changes the digest: set `REGEX_FINGERPRINTS`
/// to a file path to write the lines and compare them with the old ones.
#[test]
fn programs_are_unchanged() {
    let text = fingerprints();
    if let Ok(path) = std::env::var("REGEX_FINGERPRINTS") {
        std::fs::write(path, &text).unwrap_or_else(|e| panic!("{e}"));
    }
    // FNV-1a, 64 bits.
    let digest = text.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    assert_eq!(text.len(), 19_473_052);
    assert_eq!(digest, 0x9d83_cc3e_0aba_80c5);
}
