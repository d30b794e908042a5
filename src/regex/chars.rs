//! Code-unit sets and case folding for non-Unicode patterns.
//!
//! Without the `u` flag ECMAScript compares code units, and under `i` it
//! compares them after Canonicalize (ECMA-262 §22.2.2.7.3, non-Unicode
//! branch): the unit's `toUpperCase`, kept only when it is a single unit
//! and does not take a non-ASCII unit to ASCII. The table of canonical
//! forms and the inverse relation (the units that share one) are made by
//! the build script from the standard library's full case mapping, which
//! is the mapping `String.prototype.toUpperCase` uses (`canonical.rs`).

/// `PAGE_OF`, `PAGES`, `CLASSES`, `MEMBERS` and `LOW_PARTNERS`, described
/// at `case_folding_tables` in `build.rs`.
mod tables {
    include!(concat!(env!("OUT_DIR"), "/case_folding.rs"));
}

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

/// Sorts and merges overlapping or adjacent ranges, in place.
pub(crate) fn normalize(ranges: &mut Vec<Range>) {
    ranges.sort_unstable();
    let mut kept: usize = 0;
    for k in 0..ranges.len() {
        let Some(&(lo, hi)) = ranges.get(k) else {
            break;
        };
        match kept.checked_sub(1).and_then(|last| ranges.get_mut(last)) {
            Some(last) if u32::from(lo) <= u32::from(last.1) + 1 => last.1 = last.1.max(hi),
            _ => {
                if let Some(slot) = ranges.get_mut(kept) {
                    *slot = (lo, hi);
                }
                kept += 1;
            }
        }
    }
    ranges.truncate(kept);
}

/// Whether sorted, disjoint `ranges` contain `u`.
pub(crate) fn contains(ranges: &[Range], u: u16) -> bool {
    let i = ranges.partition_point(|&(_, hi)| hi < u);
    ranges.get(i).is_some_and(|&(lo, _)| lo <= u)
}

/// The folding entry of `u`: its canonical form in the low 16 bits and,
/// in the high 16, one more than the index of its class in
/// `tables::CLASSES` (0 when `u` is alone). Two loads answer both
/// questions, where a hash lookup per unit was most of the cost of
/// compiling a class under `i`.
fn entry(u: u16) -> u32 {
    let page = usize::from(tables::PAGE_OF[usize::from(u >> 8)]);
    match page.checked_sub(1).and_then(|p| tables::PAGES.get(p)) {
        Some(units) => units[usize::from(u & 0xFF)],
        None => u32::from(u),
    }
}

/// Canonicalize (non-Unicode mode) of one code unit.
pub(crate) fn canonicalize(u: u16) -> u16 {
    entry(u) as u16
}

/// Every unit whose canonical form is `canonicalize(u)` (including `u`),
/// or `None` when `u` is alone in its class.
pub(crate) fn fold_class(u: u16) -> Option<&'static [u16]> {
    let k = ((entry(u) >> 16) as usize).checked_sub(1)?;
    let &(start, len) = tables::CLASSES.get(k)?;
    let start = usize::from(start);
    tables::MEMBERS.get(start..start + usize::from(len))
}

/// The units below 256 that match a class with `ranges` (sorted,
/// disjoint), before negation, as a bitmap: with `fold`, a unit matches
/// when some member of the ranges has its canonical form.
pub(crate) fn low_bitmap(ranges: &[Range], fold: bool) -> [u64; 4] {
    let mut bits = [0u64; 4];
    let mut set = |u: u16| {
        if let Some(w) = bits.get_mut(usize::from(u >> 6)) {
            *w |= 1 << (u & 63);
        }
    };
    for &(lo, hi) in ranges {
        if lo >= 256 {
            break;
        }
        for m in lo..=hi.min(255) {
            set(m);
            if fold {
                fold_class(m)
                    .unwrap_or(&[])
                    .iter()
                    .filter(|&&p| p < 256)
                    .for_each(|&p| set(p));
            }
        }
    }
    if fold {
        for &h in &tables::LOW_PARTNERS {
            if contains(ranges, h) {
                fold_class(h)
                    .unwrap_or(&[])
                    .iter()
                    .filter(|&&p| p < 256)
                    .for_each(|&p| set(p));
            }
        }
    }
    bits
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

    /// The generated tables state the definition for every code unit: the
    /// canonical form is the case mapping's, a unit's class is every unit
    /// with its form when another unit than the form has it, and the low
    /// partners are the units from 256 up with a class member below 256.
    #[test]
    fn tables_follow_the_case_mapping() {
        use super::super::canonical::canonicalize_slow;
        let all = || (0..=0xFFFFu16).map(|u| (u, canonicalize_slow(u)));
        let mut sharing: Vec<Vec<u16>> = vec![Vec::new(); 0x1_0000];
        for (u, c) in all() {
            sharing[usize::from(c)].push(u);
        }
        let mut partners = Vec::new();
        for (u, c) in all() {
            assert_eq!(canonicalize(u), c, "unit {u:#x}");
            let same = &sharing[usize::from(c)];
            let shared = same.iter().any(|&v| v != c);
            let expected = shared.then_some(&same[..]);
            assert_eq!(fold_class(u), expected, "unit {u:#x}");
            if u >= 256 && expected.is_some_and(|m| m[0] < 256) {
                partners.push(u);
            }
        }
        assert_eq!(&partners[..], &tables::LOW_PARTNERS[..]);
    }

    /// The class definition the bitmap must agree with.
    fn matches_by_definition(ranges: &[Range], fold: bool, u: u16) -> bool {
        contains(ranges, u)
            || (fold && fold_class(u).is_some_and(|c| c.iter().any(|&m| contains(ranges, m))))
    }

    #[test]
    fn low_bitmap_follows_the_definition() {
        let mut sets: Vec<Vec<Range>> = vec![
            vec![],
            vec![(0, 0xFFFF)],
            vec![(0x30, 0x39), (0x61, 0x7A)],
            vec![(0x41, 0x5A)],
            vec![(0x39C, 0x39C)],
            vec![(0x3BC, 0x3BC)],
            vec![(0x178, 0x178)],
            vec![(0x17F, 0x17F), (0x212A, 0x212A)],
            vec![(0xB5, 0xB5), (0xC0, 0xFF)],
            vec![(0x100, 0x200)],
            complement(WORD),
            complement(SPACE),
            SPACE.to_vec(),
        ];
        let mut seed: u64 = 0x2545_F491_4F6C_DD1D;
        for _ in 0..200 {
            let mut r = Vec::new();
            for _ in 0..(seed % 5) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let lo = (seed % 0x400) as u16;
                let hi = lo + ((seed >> 20) % 40) as u16;
                r.push((lo, hi));
            }
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            normalize(&mut r);
            sets.push(r);
        }
        for ranges in &sets {
            for fold in [false, true] {
                let bits = low_bitmap(ranges, fold);
                for u in 0..256u16 {
                    let bit = bits[usize::from(u >> 6)] & (1 << (u & 63)) != 0;
                    assert_eq!(
                        bit,
                        matches_by_definition(ranges, fold, u),
                        "{ranges:?} fold={fold} unit {u:#x}"
                    );
                }
            }
        }
    }

    #[test]
    fn normalize_merges_in_place() {
        let mut seed: u64 = 0x9E37_79B9;
        for _ in 0..500 {
            let mut r: Vec<Range> = Vec::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            for _ in 0..(seed % 9) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                let lo = (seed % 200) as u16;
                r.push((lo, lo + ((seed >> 16) % 12) as u16));
            }
            let covered: Vec<bool> = (0..256u16)
                .map(|u| r.iter().any(|&(lo, hi)| lo <= u && u <= hi))
                .collect();
            normalize(&mut r);
            for w in r.windows(2) {
                assert!(u32::from(w[0].1) + 1 < u32::from(w[1].0), "{r:?}");
            }
            for u in 0..256u16 {
                assert_eq!(contains(&r, u), covered[usize::from(u)], "{r:?} {u}");
            }
        }
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
