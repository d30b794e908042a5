//! Code-unit sets and case folding for non-Unicode patterns.
//!
//! Without the `u` flag ECMAScript compares code units, and under `i` it
//! compares them after Canonicalize (ECMA-262 §22.2.2.7.3, non-Unicode
//! branch): the unit's `toUpperCase`, kept only when it is a single unit
//! and does not take a non-ASCII unit to ASCII. The table of canonical
//! forms and the inverse relation (the units that share one) are built once
//! per process from the standard library's full case mapping, which is the
//! mapping `String.prototype.toUpperCase` uses.

use std::collections::HashMap;
use std::sync::OnceLock;

/// An inclusive range of code units.
pub(crate) type Range = (u16, u16);

/// `\d`
pub(crate) const DIGITS: &[Range] = &[(0x30, 0x39)];
/// `\w` (non-Unicode mode: ASCII only).
pub(crate) const WORD: &[Range] = &[(0x30, 0x39), (0x41, 0x5A), (0x5F, 0x5F), (0x61, 0x7A)];
/// `\s`: WhiteSpace (Zs included) and LineTerminator.
pub(crate) const SPACE: &[Range] = &[
    (0x09, 0x0D),
    (0x20, 0x20),
    (0xA0, 0xA0),
    (0x1680, 0x1680),
    (0x2000, 0x200A),
    (0x2028, 0x2029),
    (0x202F, 0x202F),
    (0x205F, 0x205F),
    (0x3000, 0x3000),
    (0xFEFF, 0xFEFF),
];

/// Whether `u` is a line terminator (LF, CR, U+2028, U+2029).
pub(crate) fn is_line_terminator(u: u16) -> bool {
    matches!(u, 0x0A | 0x0D | 0x2028 | 0x2029)
}

/// Whether `u` is a word character for `\b` (non-Unicode mode).
pub(crate) fn is_word(u: u16) -> bool {
    matches!(u, 0x30..=0x39 | 0x41..=0x5A | 0x5F | 0x61..=0x7A)
}

/// The complement of sorted, disjoint `ranges` over all code units.
pub(crate) fn complement(ranges: &[Range]) -> Vec<Range> {
    let mut out = Vec::with_capacity(ranges.len() + 1);
    let mut next: u32 = 0;
    for &(lo, hi) in ranges {
        if u32::from(lo) > next {
            out.push((next as u16, lo - 1));
        }
        next = u32::from(hi) + 1;
    }
    if next <= 0xFFFF {
        out.push((next as u16, 0xFFFF));
    }
    out
}

/// Sorts and merges overlapping or adjacent ranges.
pub(crate) fn normalize(ranges: &mut Vec<Range>) {
    ranges.sort_unstable();
    let mut out: Vec<Range> = Vec::with_capacity(ranges.len());
    for &(lo, hi) in ranges.iter() {
        match out.last_mut() {
            Some(last) if u32::from(lo) <= u32::from(last.1) + 1 => last.1 = last.1.max(hi),
            _ => out.push((lo, hi)),
        }
    }
    *ranges = out;
}

/// Whether sorted, disjoint `ranges` contain `u`.
pub(crate) fn contains(ranges: &[Range], u: u16) -> bool {
    let i = ranges.partition_point(|&(_, hi)| hi < u);
    ranges.get(i).is_some_and(|&(lo, _)| lo <= u)
}

/// The folding tables: each unit's canonical form, and for canonical forms
/// shared by several units, those units.
struct Folding {
    canon: Box<[u16]>,
    classes: HashMap<u16, Box<[u16]>>,
}

fn folding() -> &'static Folding {
    static TABLE: OnceLock<Folding> = OnceLock::new();
    TABLE.get_or_init(|| {
        let canon: Box<[u16]> = (0..=0xFFFFu32)
            .map(|u| canonicalize_slow(u as u16))
            .collect();
        let mut members: HashMap<u16, Vec<u16>> = HashMap::new();
        for (u, &c) in canon.iter().enumerate() {
            if u as u16 != c {
                members.entry(c).or_insert_with(|| vec![c]).push(u as u16);
            }
        }
        let classes = members
            .into_iter()
            .map(|(c, mut units)| {
                // The canonical unit may itself canonicalize elsewhere only
                // if it is not its own canonical form; keep the true class.
                units.retain(|&u| canon[u as usize] == c);
                units.sort_unstable();
                units.dedup();
                (c, units.into_boxed_slice())
            })
            .collect();
        Folding { canon, classes }
    })
}

/// Canonicalize computed from the case mapping.
fn canonicalize_slow(u: u16) -> u16 {
    let Some(ch) = char::from_u32(u32::from(u)) else {
        return u;
    };
    let mut upper = ch.to_uppercase();
    let (Some(first), None) = (upper.next(), upper.next()) else {
        return u;
    };
    let cu = first as u32;
    if cu > 0xFFFF || (u >= 128 && cu < 128) {
        return u;
    }
    cu as u16
}

/// Canonicalize (non-Unicode mode) of one code unit.
pub(crate) fn canonicalize(u: u16) -> u16 {
    folding().canon.get(usize::from(u)).copied().unwrap_or(u)
}

/// Every unit whose canonical form is `canonicalize(u)` (including `u`),
/// or `None` when `u` is alone in its class.
pub(crate) fn fold_class(u: u16) -> Option<&'static [u16]> {
    let f = folding();
    let c = f.canon.get(usize::from(u)).copied().unwrap_or(u);
    f.classes.get(&c).map(|b| &b[..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canonical_forms() {
        assert_eq!(canonicalize(u16::from(b'a')), u16::from(b'A'));
        assert_eq!(canonicalize(u16::from(b'A')), u16::from(b'A'));
        // ſ and ı would map to ASCII: kept.
        assert_eq!(canonicalize(0x017F), 0x017F);
        assert_eq!(canonicalize(0x0131), 0x0131);
        // ß upper-cases to two letters: kept.
        assert_eq!(canonicalize(0xDF), 0xDF);
        // σ and ς both go to Σ.
        assert_eq!(canonicalize(0x03C2), 0x03A3);
        assert_eq!(canonicalize(0x03C3), 0x03A3);
        // µ goes to Greek capital mu.
        assert_eq!(canonicalize(0xB5), 0x039C);
        assert_eq!(canonicalize(0xD800), 0xD800);
        let sigma = fold_class(0x03C2).unwrap_or(&[]);
        assert!(sigma.contains(&0x03A3) && sigma.contains(&0x03C3));
        assert_eq!(fold_class(u16::from(b'1')), None);
    }

    #[test]
    fn range_helpers() {
        let mut r = vec![(5, 9), (1, 3), (4, 4), (20, 30)];
        normalize(&mut r);
        assert_eq!(r, vec![(1, 9), (20, 30)]);
        assert_eq!(complement(&r), vec![(0, 0), (10, 19), (31, 0xFFFF)]);
        assert_eq!(complement(&[(0, 0xFFFF)]), vec![]);
        assert!(contains(&r, 9) && !contains(&r, 10) && contains(&r, 20));
    }
}
