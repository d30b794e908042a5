//! String storage.
//!
//! ECMAScript strings are sequences of UTF-16 code units. A string whose
//! units all fit in a byte is stored as Latin-1 (one byte per unit), the
//! rest as UTF-16; both read the same through [`Units`].
//!
//! A [`StringTable`] keeps the code units of many strings in two growing
//! buffers, so that adding a string allocates nothing once the buffers are
//! warm and clearing the table is O(1). Strings can be *interned*: the table
//! then holds one canonical entry per content, which is what property keys
//! use so that they compare as integers.

use std::cmp::Ordering;

/// The running state of [`Units::hash`]: a multiply-rotate mix per word,
/// and a final avalanche so that the low bits (the table index) depend on
/// every input bit.
struct HashState(u64);

impl HashState {
    fn new(len: usize) -> HashState {
        HashState(0x243f_6a88_85a3_08d3 ^ len as u64)
    }

    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(23) ^ word).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }

    fn finish(self) -> u32 {
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h as u32
    }
}

/// Read access to one string's code units.
#[derive(Clone, Copy, Debug)]
pub enum Units<'a> {
    /// Every unit is below 256.
    Latin1(&'a [u8]),
    /// UTF-16 code units.
    Utf16(&'a [u16]),
}

impl<'a> Units<'a> {
    /// Number of code units.
    pub fn len(self) -> usize {
        match self {
            Units::Latin1(b) => b.len(),
            Units::Utf16(w) => w.len(),
        }
    }

    /// Whether the string is empty.
    pub fn is_empty(self) -> bool {
        self.len() == 0
    }

    /// The bytes, when the string is stored as Latin-1.
    pub fn latin1(self) -> Option<&'a [u8]> {
        match self {
            Units::Latin1(b) => Some(b),
            Units::Utf16(_) => None,
        }
    }

    /// The code unit at `i` (callers check the bound).
    pub fn at(self, i: usize) -> u16 {
        match self {
            Units::Latin1(b) => b.get(i).map_or(0, |&u| u16::from(u)),
            Units::Utf16(w) => w.get(i).copied().unwrap_or(0),
        }
    }

    /// The units in `range`.
    pub fn slice(self, start: usize, end: usize) -> Units<'a> {
        match self {
            Units::Latin1(b) => Units::Latin1(&b[start.min(b.len())..end.min(b.len())]),
            Units::Utf16(w) => Units::Utf16(&w[start.min(w.len())..end.min(w.len())]),
        }
    }

    /// Iterates over the code units.
    pub fn iter(self) -> UnitsIter<'a> {
        match self {
            Units::Latin1(b) => UnitsIter::Latin1(b.iter()),
            Units::Utf16(w) => UnitsIter::Utf16(w.iter()),
        }
    }

    /// The string as Rust text; lone surrogates become U+FFFD.
    pub fn to_rust_string(self) -> String {
        match self {
            // Event text is nearly always ASCII, which is already UTF-8.
            // (`from_utf8` cannot fail on ASCII, and checks it faster than
            // the lossy conversion.)
            Units::Latin1(b) if b.is_ascii() => String::from_utf8(b.to_vec()).unwrap_or_default(),
            Units::Latin1(b) => b.iter().map(|&u| char::from(u)).collect(),
            Units::Utf16(w) => String::from_utf16_lossy(w),
        }
    }

    /// Whether all units are ASCII.
    pub fn is_ascii(self) -> bool {
        match self {
            Units::Latin1(b) => b.is_ascii(),
            Units::Utf16(w) => w.iter().all(|&u| u < 0x80),
        }
    }

    /// A hash of the units, the same for both representations.
    ///
    /// Eight units at a time (a byte-at-a-time hash is one multiply per
    /// unit, each waiting on the last): the low bytes of eight units make
    /// one word, and their high bytes, when any is set, a second one, so
    /// that a UTF-16 string whose units all fit in a byte hashes as its
    /// Latin-1 twin does.
    pub fn hash(self) -> u32 {
        let mut h = HashState::new(self.len());
        match self {
            Units::Latin1(b) => {
                let mut words = b.chunks_exact(8);
                for w in &mut words {
                    let mut word = [0u8; 8];
                    word.copy_from_slice(w);
                    h.add(u64::from_le_bytes(word));
                }
                let rest = words.remainder();
                if !rest.is_empty() {
                    let mut word = [0u8; 8];
                    word[..rest.len()].copy_from_slice(rest);
                    h.add(u64::from_le_bytes(word));
                }
            }
            Units::Utf16(w) => {
                for chunk in w.chunks(8) {
                    let (mut low, mut high) = (0u64, 0u64);
                    for (i, &u) in chunk.iter().enumerate() {
                        low |= u64::from(u & 0xff) << (8 * i);
                        high |= u64::from(u >> 8) << (8 * i);
                    }
                    h.add(low);
                    if high != 0 {
                        h.add(high);
                    }
                }
            }
        }
        h.finish()
    }

    /// Whether both strings have the same code units.
    pub fn same(self, other: Units<'_>) -> bool {
        match (self, other) {
            (Units::Latin1(a), Units::Latin1(b)) => a == b,
            (Units::Utf16(a), Units::Utf16(b)) => a == b,
            _ => self.len() == other.len() && self.iter().eq(other.iter()),
        }
    }

    /// Code-unit order, as `<` on strings compares.
    pub fn compare(self, other: Units<'_>) -> Ordering {
        match (self, other) {
            (Units::Latin1(a), Units::Latin1(b)) => a.cmp(b),
            (Units::Utf16(a), Units::Utf16(b)) => a.cmp(b),
            _ => self.iter().cmp(other.iter()),
        }
    }

    /// The string as an array index (`"0"` .. `"4294967294"`, canonical
    /// form only), if it is one.
    pub fn array_index(self) -> Option<u32> {
        let len = self.len();
        if len == 0 || len > 10 {
            return None;
        }
        let first = self.at(0);
        if first == u16::from(b'0') {
            return (len == 1).then_some(0);
        }
        let mut v: u64 = 0;
        for u in self.iter() {
            if !(u16::from(b'0')..=u16::from(b'9')).contains(&u) {
                return None;
            }
            v = v * 10 + u64::from(u - u16::from(b'0'));
        }
        (v < u64::from(u32::MAX)).then_some(v as u32)
    }
}

/// The code units of a string, in order (see [`Units::iter`]). An enum
/// rather than a chain of adapters, so each step is one branch.
#[derive(Clone, Debug)]
pub enum UnitsIter<'a> {
    /// Over Latin-1 bytes.
    Latin1(std::slice::Iter<'a, u8>),
    /// Over UTF-16 units.
    Utf16(std::slice::Iter<'a, u16>),
}

impl Iterator for UnitsIter<'_> {
    type Item = u16;

    #[inline]
    fn next(&mut self) -> Option<u16> {
        match self {
            UnitsIter::Latin1(i) => i.next().map(|&b| u16::from(b)),
            UnitsIter::Utf16(i) => i.next().copied(),
        }
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        let n = self.len();
        (n, Some(n))
    }
}

impl ExactSizeIterator for UnitsIter<'_> {
    fn len(&self) -> usize {
        match self {
            UnitsIter::Latin1(i) => i.len(),
            UnitsIter::Utf16(i) => i.len(),
        }
    }
}

impl DoubleEndedIterator for UnitsIter<'_> {
    #[inline]
    fn next_back(&mut self) -> Option<u16> {
        match self {
            UnitsIter::Latin1(i) => i.next_back().map(|&b| u16::from(b)),
            UnitsIter::Utf16(i) => i.next_back().copied(),
        }
    }
}

#[derive(Clone, Copy, Debug)]
struct Entry {
    start: u32,
    len: u32,
    wide: bool,
    /// In the intern index: the canonical handle of its text.
    indexed: bool,
}

/// Many strings in two shared buffers, with an optional intern index.
/// A hash-table slot of the intern index: the entry (plus one; 0 is empty)
/// and its hash, so that probes compare contents only on a hash match.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
struct Slot {
    entry: u32,
    hash: u32,
}

/// Where one string of a table is in that table's buffers, looked up once
/// for the operations that need its length, width and place together.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StrSpan {
    start: u32,
    len: u32,
    wide: bool,
}

impl StrSpan {
    /// Number of code units.
    #[inline]
    pub fn len(self) -> usize {
        self.len as usize
    }

    /// Whether the string is empty.
    pub fn is_empty(self) -> bool {
        self.len == 0
    }

    /// Whether the string is stored as UTF-16.
    #[inline]
    pub fn is_wide(self) -> bool {
        self.wide
    }

    fn range(self) -> std::ops::Range<usize> {
        self.start as usize..(self.start + self.len) as usize
    }
}

/// One part of [`StringTable::push_latin1_pair`].
#[derive(Clone, Copy, Debug)]
pub enum Latin1Part<'a> {
    /// The Latin-1 string of the table being added to at this span.
    Own(StrSpan),
    /// The bytes at this span of another buffer.
    Other(&'a [u8], StrSpan),
}

impl<'a> Latin1Part<'a> {
    /// All of `bytes`.
    pub fn bytes(bytes: &'a [u8]) -> Latin1Part<'a> {
        let span = StrSpan {
            start: 0,
            len: bytes.len() as u32,
            wide: false,
        };
        Latin1Part::Other(bytes, span)
    }

    fn len(self) -> usize {
        match self {
            Latin1Part::Own(span) | Latin1Part::Other(_, span) => span.len(),
        }
    }

    /// The units `start..end` of this part (clamped to it).
    pub fn slice(self, start: usize, end: usize) -> Latin1Part<'a> {
        let sub = |span: StrSpan| {
            let len = span.len as usize;
            let (start, end) = (start.min(len), end.min(len));
            StrSpan {
                start: span.start + start as u32,
                len: end.saturating_sub(start) as u32,
                wide: false,
            }
        };
        match self {
            Latin1Part::Own(span) => Latin1Part::Own(sub(span)),
            Latin1Part::Other(buffer, span) => Latin1Part::Other(buffer, sub(span)),
        }
    }
}

/// The longest part [`StringTable::push_latin1_pair`] may copy as a block
/// of fixed size.
const SHORT: usize = 16;

/// The [`SHORT`] bytes of `buffer` from the start of `span`, when `span`
/// is no longer than that and `buffer` holds them all.
#[inline]
fn short_block(buffer: &[u8], span: StrSpan) -> Option<&[u8; SHORT]> {
    if span.len() > SHORT {
        return None;
    }
    buffer.get(span.start as usize..)?.first_chunk()
}

#[derive(Clone, Debug, Default)]
pub struct StringTable {
    latin1: Vec<u8>,
    wide: Vec<u16>,
    entries: Vec<Entry>,
    /// Open-addressing index of interned entries: `entry + 1`, 0 = free.
    slots: Vec<Slot>,
    interned: u32,
}

impl StringTable {
    /// An empty table.
    pub fn new() -> StringTable {
        StringTable::default()
    }

    /// An empty table whose index holds `strings` interned strings, and
    /// whose Latin-1 buffer holds `bytes` bytes, before it has to grow:
    /// each growth re-indexes every string.
    pub fn with_capacity(strings: usize, bytes: usize) -> StringTable {
        // The index is kept at most three quarters full (see `index`).
        let slots = (strings * 4 / 3 + 1).next_power_of_two().max(64);
        StringTable {
            latin1: Vec::with_capacity(bytes),
            entries: Vec::with_capacity(strings),
            slots: vec![Slot::default(); slots],
            ..StringTable::default()
        }
    }

    /// An empty table with room for `strings` Latin-1 strings of `bytes`
    /// bytes in all, and no intern index yet: for a table of strings that
    /// are only pushed, never interned.
    pub fn with_buffers(strings: usize, bytes: usize) -> StringTable {
        StringTable {
            latin1: Vec::with_capacity(bytes),
            entries: Vec::with_capacity(strings),
            ..StringTable::default()
        }
    }

    /// Number of strings.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the table holds no string.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Makes this table a copy of `other`, reusing its buffers.
    pub fn copy_from(&mut self, other: &StringTable) {
        self.latin1.clone_from(&other.latin1);
        self.wide.clone_from(&other.wide);
        self.entries.clone_from(&other.entries);
        if other.interned == 0 {
            // An empty index is this table's own, emptied where it is (as
            // `clear` does): a copy of none would drop it, and the next
            // string interned would allocate it again.
            if self.interned > 0 {
                self.slots.fill(Slot::default());
            }
        } else {
            self.slots.clone_from(&other.slots);
        }
        self.interned = other.interned;
    }

    /// Forgets every string, keeping the buffers' capacity.
    pub fn clear(&mut self) {
        self.latin1.clear();
        self.wide.clear();
        self.entries.clear();
        if self.interned > 0 {
            self.slots.iter_mut().for_each(|s| *s = Slot::default());
            self.interned = 0;
        }
    }

    /// The bookkeeping bytes of one string, which [`StringTable::bytes`]
    /// counts with its units.
    pub const ENTRY_BYTES: usize = std::mem::size_of::<Entry>();

    /// Bytes of string data and bookkeeping held.
    pub fn bytes(&self) -> usize {
        self.latin1.len() + 2 * self.wide.len() + Self::ENTRY_BYTES * self.entries.len()
    }

    /// The units of string `i`.
    pub fn units(&self, i: u32) -> Units<'_> {
        match self.entries.get(i as usize) {
            Some(e) if e.wide => {
                Units::Utf16(&self.wide[e.start as usize..(e.start + e.len) as usize])
            }
            Some(e) => Units::Latin1(&self.latin1[e.start as usize..(e.start + e.len) as usize]),
            None => Units::Latin1(&[]),
        }
    }

    /// The length of string `i` in code units.
    #[inline]
    pub fn len_of(&self, i: u32) -> usize {
        self.entries.get(i as usize).map_or(0, |e| e.len as usize)
    }

    /// Appends a string from UTF-16 units; returns its index.
    pub fn push_utf16(&mut self, units: &[u16]) -> u32 {
        if units.iter().all(|&u| u < 256) {
            let start = self.latin1.len() as u32;
            self.latin1.extend(units.iter().map(|&u| u as u8));
            self.push_entry(start, units.len() as u32, false)
        } else {
            let start = self.wide.len() as u32;
            self.wide.extend_from_slice(units);
            self.push_entry(start, units.len() as u32, true)
        }
    }

    /// Appends a string from Latin-1 bytes; returns its index.
    pub fn push_latin1(&mut self, bytes: &[u8]) -> u32 {
        let start = self.latin1.len() as u32;
        self.latin1.extend_from_slice(bytes);
        self.push_entry(start, bytes.len() as u32, false)
    }

    /// Appends a copy of `units`; returns its index.
    pub fn push_units(&mut self, units: Units<'_>) -> u32 {
        match units {
            Units::Latin1(b) => self.push_latin1(b),
            Units::Utf16(w) => self.push_utf16(w),
        }
    }

    /// Appends a Rust string; returns its index.
    pub fn push_str(&mut self, s: &str) -> u32 {
        if s.is_ascii() {
            self.push_latin1(s.as_bytes())
        } else {
            let units: Vec<u16> = s.encode_utf16().collect();
            self.push_utf16(&units)
        }
    }

    /// A new string: string `base` followed by `tail`, sharing `base`'s
    /// storage when `base` is the last string stored in its buffer and
    /// `tail` fits that buffer's width. Then only `tail` is copied, so a
    /// loop of `s += x` uses memory in proportion to the final string, not
    /// to the square of it. `base` itself is left as it was. `None` when
    /// the storage cannot be shared.
    pub fn append(&mut self, base: u32, tail: &[u16]) -> Option<u32> {
        let e = *self.entries.get(base as usize)?;
        let end = (e.start + e.len) as usize;
        if e.wide {
            if end != self.wide.len() {
                return None;
            }
            self.wide.extend_from_slice(tail);
        } else {
            if end != self.latin1.len() || tail.iter().any(|&u| u > 0xFF) {
                return None;
            }
            self.latin1.extend(tail.iter().map(|&u| u as u8));
        }
        Some(self.push_entry(e.start, e.len + tail.len() as u32, e.wide))
    }

    /// Where string `i` is (an empty span when there is no such string).
    #[inline]
    pub fn span(&self, i: u32) -> StrSpan {
        self.entries
            .get(i as usize)
            .map_or(StrSpan::default(), |e| StrSpan {
                start: e.start,
                len: e.len,
                wide: e.wide,
            })
    }

    /// The Latin-1 string at `span` of this table, as a part of a
    /// concatenation into another.
    pub fn latin1_part(&self, span: StrSpan) -> Latin1Part<'_> {
        Latin1Part::Other(&self.latin1, span)
    }

    /// Whether the Latin-1 string at `span` is stored last in its buffer
    /// (so that appending to it copies only the tail).
    pub fn ends_latin1(&self, span: StrSpan) -> bool {
        !span.wide && span.range().end == self.latin1.len()
    }

    /// A new Latin-1 string with a copy of `part` (a Latin-1 string of
    /// this table or bytes from elsewhere), as [`StringTable::push_latin1`]
    /// stores it.
    pub fn push_latin1_part(&mut self, part: Latin1Part<'_>) -> u32 {
        let start = self.latin1.len();
        self.extend_latin1(part);
        self.push_entry(start as u32, part.len() as u32, false)
    }

    /// [`StringTable::push_latin1_part`] with `map` applied to the copy's
    /// bytes from `from` on, as they are stored: a case conversion writes
    /// its result once, with no buffer to map and copy again.
    #[inline]
    pub fn push_latin1_mapped(
        &mut self,
        part: Latin1Part<'_>,
        from: usize,
        map: impl FnOnce(&mut [u8]),
    ) -> u32 {
        let start = self.latin1.len();
        self.extend_latin1(part);
        map(self.latin1.get_mut(start + from..).unwrap_or_default());
        self.push_entry(start as u32, part.len() as u32, false)
    }

    /// A new Latin-1 string: `head` followed by `tail`, each a Latin-1
    /// string of this table or bytes from elsewhere. A `head` stored last
    /// in the buffer is extended in place, as [`StringTable::append`] does.
    #[inline]
    pub fn push_latin1_pair(&mut self, head: Latin1Part<'_>, tail: Latin1Part<'_>) -> u32 {
        let len = head.len() + tail.len();
        let start = match head {
            Latin1Part::Own(span) if self.ends_latin1(span) => span.start as usize,
            _ => {
                let start = self.latin1.len();
                self.latin1.reserve(len);
                self.extend_latin1(head);
                start
            }
        };
        self.extend_latin1(tail);
        self.push_entry(start as u32, len as u32, false)
    }

    /// Appends the bytes of `part` to the Latin-1 buffer.
    ///
    /// Most parts are short (names, values, separators), and a copy of a
    /// length known only at run time is a call to `memcpy`, whose set-up
    /// costs more than such a copy. A short part with [`SHORT`] bytes
    /// stored from its start is copied as a block of that fixed size
    /// instead, which the compiler does with one load and one store, and
    /// the buffer is cut back to the part's end.
    #[inline]
    fn extend_latin1(&mut self, part: Latin1Part<'_>) {
        let (buffer, span) = match part {
            Latin1Part::Own(span) => (&self.latin1[..], span),
            Latin1Part::Other(buffer, span) => (buffer, span),
        };
        if let Some(&block) = short_block(buffer, span) {
            let end = self.latin1.len() + span.len();
            self.latin1.extend_from_slice(&block);
            self.latin1.truncate(end);
            return;
        }
        match part {
            Latin1Part::Own(span) => self.latin1.extend_from_within(span.range()),
            Latin1Part::Other(buffer, span) => {
                self.latin1
                    .extend_from_slice(buffer.get(span.range()).unwrap_or(&[]));
            }
        }
    }

    fn push_entry(&mut self, start: u32, len: u32, wide: bool) -> u32 {
        let i = self.entries.len() as u32;
        self.entries.push(Entry {
            start,
            len,
            wide,
            indexed: false,
        });
        i
    }

    /// The interned entry with these units, if any.
    pub fn find(&self, units: Units<'_>, hash: u32) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = hash as usize & mask;
        loop {
            match self.slots[i] {
                Slot { entry: 0, .. } => return None,
                Slot { entry, hash: h } if h == hash && self.units(entry - 1).same(units) => {
                    return Some(entry - 1);
                }
                _ => i = (i + 1) & mask,
            }
        }
    }

    /// The interned entry with these units, adding one if needed.
    pub fn intern(&mut self, units: Units<'_>) -> u32 {
        self.intern_hashed(units, units.hash())
    }

    /// [`StringTable::intern`] for a caller that already has `units.hash()`.
    pub fn intern_hashed(&mut self, units: Units<'_>, hash: u32) -> u32 {
        if let Some(i) = self.find(units, hash) {
            return i;
        }
        let i = self.push_units(units);
        self.index(i, hash);
        i
    }

    /// Marks existing entry `i` as the canonical one for its content.
    pub fn index(&mut self, i: u32, hash: u32) {
        if (self.interned as usize + 1) * 4 > self.slots.len() * 3 {
            self.grow();
        }
        let mask = self.slots.len() - 1;
        let mut at = hash as usize & mask;
        while self.slots[at].entry != 0 {
            at = (at + 1) & mask;
        }
        self.slots[at] = Slot { entry: i + 1, hash };
        self.interned += 1;
        if let Some(e) = self.entries.get_mut(i as usize) {
            e.indexed = true;
        }
    }

    /// Whether string `i` is in the intern index.
    pub fn is_indexed(&self, i: u32) -> bool {
        self.entries.get(i as usize).is_some_and(|e| e.indexed)
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(64);
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        self.interned = 0;
        for s in old.into_iter().filter(|s| s.entry != 0) {
            self.index(s.entry - 1, s.hash);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_and_utf16_compare_by_units() {
        let mut t = StringTable::new();
        let a = t.push_str("héllo");
        let b = t.push_utf16(&"héllo".encode_utf16().collect::<Vec<_>>());
        let c = t.push_str("h€llo");
        assert!(t.units(a).same(t.units(b)));
        assert!(matches!(t.units(a), Units::Latin1(_)));
        assert!(matches!(t.units(c), Units::Utf16(_)));
        assert_eq!(t.units(a).hash(), t.units(b).hash());
        assert_eq!(t.units(c).to_rust_string(), "h€llo");
        assert_eq!(t.units(a).compare(t.units(c)), Ordering::Less);
    }

    #[test]
    fn both_representations_hash_alike_at_every_length() {
        let text: Vec<u16> = "abcdéfghijklmnopqrstuvwxyz0123456789"
            .encode_utf16()
            .collect();
        let mut seen = std::collections::HashSet::new();
        for n in 0..=text.len() {
            let wide = &text[..n];
            let narrow: Vec<u8> = wide.iter().map(|&u| u as u8).collect();
            let h = Units::Utf16(wide).hash();
            assert_eq!(Units::Latin1(&narrow).hash(), h, "length {n}");
            // Prefixes (which differ only in length or a zero tail) differ.
            assert!(seen.insert(h), "length {n}");
        }
        // A unit past Latin-1 is not its low byte.
        assert_ne!(
            Units::Utf16(&[0x20AC]).hash(),
            Units::Latin1(&[0xAC]).hash()
        );
    }

    #[test]
    fn appending_shares_the_base_and_leaves_it_unchanged() {
        let mut t = StringTable::new();
        let a = t.push_str("ab");
        let b = t.append(a, &[u16::from(b'c')]).unwrap();
        let c = t.append(b, &[u16::from(b'd')]).unwrap();
        assert_eq!(t.units(a).to_rust_string(), "ab");
        assert_eq!(t.units(b).to_rust_string(), "abc");
        assert_eq!(t.units(c).to_rust_string(), "abcd");
        assert_eq!(t.bytes() - 3 * std::mem::size_of::<Entry>(), 4);
        // `b` is no longer the last stored string: appending to it copies.
        assert_eq!(t.append(b, &[u16::from(b'x')]), None);
        // A wide unit does not fit a Latin-1 run.
        assert_eq!(t.append(c, &[0x20AC]), None);
        let w = t.push_str("€");
        let w2 = t.append(w, &[u16::from(b'1')]).unwrap();
        assert_eq!(t.units(w2).to_rust_string(), "€1");
    }

    #[test]
    fn pairs_copy_exactly_their_parts_at_every_length_and_place() {
        // Parts short and long, stored early (with bytes after them) and
        // last (without), from the table itself and from another buffer.
        let text: Vec<u8> = (0..40).map(|i| b'a' + i % 26).collect();
        let other: Vec<u8> = text.iter().map(|b| b.to_ascii_uppercase()).collect();
        for n in 0..=text.len() {
            for m in [0, 1, 5, 15, 16, 17, 40] {
                let mut t = StringTable::new();
                let early = t.push_latin1(&text[..n]);
                let _filler = t.push_latin1(b"0123456789");
                let last = t.push_latin1(&text[..m]);
                let early = Latin1Part::Own(t.span(early));
                let last = Latin1Part::Own(t.span(last));
                let foreign = Latin1Part::bytes(&other[40 - n..]);
                // The first head is stored last, and extended in place.
                let cases = [
                    (last, early, [&text[..m], &text[..n]].concat()),
                    (early, last, [&text[..n], &text[..m]].concat()),
                    (foreign, last, [&other[40 - n..], &text[..m]].concat()),
                    (early, foreign, [&text[..n], &other[40 - n..]].concat()),
                ];
                for (head, tail, expected) in cases {
                    let made = t.push_latin1_pair(head, tail);
                    assert_eq!(t.units(made).latin1(), Some(&expected[..]), "{n} {m}");
                }
            }
        }
    }

    #[test]
    fn interning_gives_one_entry_per_content() {
        let mut t = StringTable::new();
        let words: Vec<String> = (0..500).map(|i| format!("key{i}")).collect();
        let ids: Vec<u32> = words
            .iter()
            .map(|w| t.intern(Units::Latin1(w.as_bytes())))
            .collect();
        for (w, id) in words.iter().zip(&ids) {
            assert_eq!(t.intern(Units::Latin1(w.as_bytes())), *id);
        }
        assert_eq!(t.len(), 500);
        t.clear();
        assert_eq!(
            t.find(Units::Latin1(b"key1"), Units::Latin1(b"key1").hash()),
            None
        );
    }

    #[test]
    fn array_indices_are_canonical() {
        let idx = |s: &str| Units::Latin1(s.as_bytes()).array_index();
        assert_eq!(idx("0"), Some(0));
        assert_eq!(idx("42"), Some(42));
        assert_eq!(idx("4294967294"), Some(4294967294));
        assert_eq!(idx("4294967295"), None);
        assert_eq!(idx("01"), None);
        assert_eq!(idx(""), None);
        assert_eq!(idx("1a"), None);
    }
}
