//! Differential test of the regex engine against Node: patterns generated
//! from a small grammar (alternation, quantifiers greedy and lazy, groups
//! of every kind, lookaround, backreferences, classes, assertions, plus
//! stray syntax characters for the Annex B and error paths) over a small
//! alphabet, with random inputs and flags. For each case both sides give
//! either the match (index and every capture) or the SyntaxError message.
//! Seeded and deterministic. Node is required; set `EDGEFN_SKIP_NODE=1`
//! to skip this test explicitly.

use edgefn::regex::{Flags, Regex};
use std::io::Write;
use std::process::{Command, Stdio};

/// xorshift64*: a fixed, dependency-free sequence.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const ATOMS: &[&str] = &[
    "a", "b", "c", "A", ".", "[ab]", "[^a]", "[a-c]", "[^\\s]", "\\d", "\\w", "\\W", "\\s", "-",
    "_", "\\n", "[\\w-]", "[]", "[^]", "\\x61", "\\u0062", "\\cA", "\\0", "\\1", "\\2", "\\3",
    "\\8", "\\k", "]", "{", "}",
];
const QUANTIFIERS: &[&str] = &[
    "*", "+", "?", "{2}", "{1,}", "{0,2}", "{1,3}", "*?", "+?", "??", "{1,2}?", "{2,}?",
];
const ASSERTIONS: &[&str] = &["^", "$", "\\b", "\\B"];
const NOISE: &[&str] = &[
    "(", ")", "[", "]", "{", "}", "?", "*", "+", "|", "\\", "^", "$", "(?", "(?<", "{1", "\\c",
    "\\k<",
];

/// A random pattern; `names` counts the named groups made so far.
fn pattern(rng: &mut Rng, depth: u32, names: &mut u32) -> String {
    let alts = 1 + rng.below(if depth == 0 { 3 } else { 2 });
    let mut out = Vec::new();
    for _ in 0..alts {
        let mut seq = String::new();
        for _ in 0..rng.below(4) {
            seq.push_str(&term(rng, depth, names));
        }
        out.push(seq);
    }
    out.join("|")
}

fn term(rng: &mut Rng, depth: u32, names: &mut u32) -> String {
    let roll = rng.below(100);
    let atom = if roll < 50 || depth >= 3 {
        rng.pick(ATOMS).to_string()
    } else if roll < 60 {
        return rng.pick(ASSERTIONS).to_string();
    } else if roll < 63 {
        return rng.pick(NOISE).to_string();
    } else {
        let inner = pattern(rng, depth + 1, names);
        let open = match rng.below(9) {
            0..=2 => "(".to_string(),
            3 => "(?:".to_string(),
            4 => {
                *names += 1;
                format!("(?<n{}>", *names)
            }
            5 => "(?=".to_string(),
            6 => "(?!".to_string(),
            7 => "(?<=".to_string(),
            _ => "(?<!".to_string(),
        };
        // A quantified lookbehind is an error: make it rare.
        if (open.starts_with("(?<=") || open.starts_with("(?<!")) && rng.below(10) > 0 {
            return format!("{open}{inner})");
        }
        format!("{open}{inner})")
    };
    if *names > 0 && rng.below(20) == 0 {
        return format!("\\k<n{}>", 1 + rng.below(*names as usize));
    }
    if rng.below(3) == 0 {
        format!("{atom}{}", rng.pick(QUANTIFIERS))
    } else {
        atom
    }
}

fn input(rng: &mut Rng) -> String {
    const UNITS: &[&str] = &["a", "b", "c", "A", "B", "_", " ", "\n", "-", "1"];
    (0..rng.below(12)).map(|_| rng.pick(UNITS)).collect()
}

/// Node's side: a JSON array of cases in, one JSON value per case out:
/// the SyntaxError message (after the pattern), or `null`, or `[index,
/// match, captures...]` with `null` for unset captures.
const NODE_SCRIPT: &str = r#"
const cases = JSON.parse(require('fs').readFileSync(0, 'utf8'));
const out = cases.map(([p, f, s]) => {
  let re;
  try { re = new RegExp(p, f); } catch (e) {
    const m = e.message;
    return 'SyntaxError: ' + m.slice(m.lastIndexOf(': ') + 2);
  }
  const r = re.exec(s);
  return r === null ? null : [r.index, ...Array.from(r, (x) => x === undefined ? null : x)];
});
process.stdout.write(JSON.stringify(out));
"#;

fn edgefn_side(p: &str, f: &str, s: &str) -> serde_json::Value {
    let flags = Flags {
        ignore_case: f.contains('i'),
        multiline: f.contains('m'),
    };
    let pattern: Vec<u16> = p.encode_utf16().collect();
    let re = match Regex::new(&pattern, flags) {
        Ok(re) => re,
        Err(e) => return serde_json::Value::String(format!("SyntaxError: {e}")),
    };
    let units: Vec<u16> = s.encode_utf16().collect();
    let text =
        |r: std::ops::Range<usize>| serde_json::Value::String(String::from_utf16_lossy(&units[r]));
    match re.find_at(&units[..], 0, 50_000_000, 64 << 20) {
        Ok(None) => serde_json::Value::Null,
        Ok(Some(m)) => {
            let mut v = vec![serde_json::json!(m.start()), text(m.range())];
            v.extend(
                m.captures
                    .iter()
                    .map(|c| c.clone().map_or(serde_json::Value::Null, text)),
            );
            serde_json::Value::Array(v)
        }
        Err(e) => serde_json::Value::String(format!("engine stopped: {e:?}")),
    }
}

#[test]
fn random_patterns_match_as_in_node() {
    if std::env::var("EDGEFN_SKIP_NODE").is_ok_and(|v| v == "1") {
        eprintln!("differential_regex: skipped (EDGEFN_SKIP_NODE=1)");
        return;
    }
    let mut rng = Rng(0x005E_ED0F_2E6E);
    let mut cases = Vec::new();
    for _ in 0..4000 {
        let mut names = 0;
        let p = pattern(&mut rng, 0, &mut names);
        let f = rng.pick(&["", "", "i", "m", "im"]);
        // Several inputs per pattern, so matches are common enough.
        for _ in 0..2 {
            cases.push((p.clone(), f.to_string(), input(&mut rng)));
        }
    }
    let json = serde_json::to_string(&cases).expect("json");
    let mut child = Command::new("node")
        .args(["-e", NODE_SCRIPT])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| {
            panic!("Node is needed for this test ({e}); set EDGEFN_SKIP_NODE=1 to skip it")
        });
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(json.as_bytes())
        .expect("write cases");
    let out = child.wait_with_output().expect("node output");
    assert!(
        out.status.success(),
        "node failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let expected: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("node json");
    assert_eq!(expected.len(), cases.len());
    let (mut errors, mut matches) = (0, 0);
    let mut failures = Vec::new();
    for ((p, f, s), want) in cases.iter().zip(&expected) {
        errors += usize::from(want.is_string());
        matches += usize::from(want.is_array());
        let got = edgefn_side(p, f, s);
        if &got != want {
            failures.push(format!("/{p}/{f} on {s:?}: node {want}, edgefn {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases differ:\n{}",
        failures.len(),
        cases.len(),
        failures[..failures.len().min(30)].join("\n")
    );
    // The generator must exercise all three outcomes.
    assert!(
        errors > 200 && matches > 2000,
        "errors {errors}, matches {matches}"
    );
}
