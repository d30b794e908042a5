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
