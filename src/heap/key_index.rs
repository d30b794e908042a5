//! Where each key of the realm's large objects is among their properties.
//!
//! A method call on a built-in (`arr.push`, `s.toLowerCase`) looks its name
//! up on a prototype with dozens of properties; a scan of those costs more
//! than the rest of the call. The realm template is immutable, so the
//! position of every key of its large objects is computed once, into one
//! open-addressed table, and such lookups become one probe. Objects with
//! few properties are scanned, which is as fast.

use super::objects::{Key, ObjectData, Prop};

/// Objects with at least this many properties are indexed.
const MIN_PROPS: usize = 8;

/// The table: `(object, key) → position`, for the realm's large objects.
#[derive(Clone, Debug, Default)]
pub struct KeyIndex {
    slots: Vec<Slot>,
}

#[derive(Clone, Copy, Debug)]
struct Slot {
    /// The object's index plus one; 0 for an empty slot.
    object: u32,
    key: Key,
    at: u32,
}

const EMPTY: Slot = Slot {
    object: 0,
    key: Key::Index(0),
    at: 0,
};

fn hash(object: u32, key: Key) -> usize {
    let k = match key {
        Key::Str(s) => u64::from(s.0),
        Key::Index(i) => u64::from(i) | 1 << 32,
        Key::Sym(s) => u64::from(s.0) | 2 << 32,
    };
    let h = (k ^ u64::from(object) << 35).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    (h >> 32) as usize
}

impl KeyIndex {
    /// Indexes the large objects of a realm template.
    pub fn build(objects: &[ObjectData], props: &[Prop]) -> KeyIndex {
        let large = || {
            objects
                .iter()
                .enumerate()
                .filter(|(_, o)| o.props.len as usize >= MIN_PROPS)
        };
        let count: usize = large().map(|(_, o)| o.props.len as usize).sum();
        if count == 0 {
            return KeyIndex::default();
        }
        // At most half full: probes stay short.
        let mut index = KeyIndex {
            slots: vec![EMPTY; (count * 2).next_power_of_two()],
        };
        let mask = index.slots.len() - 1;
        for (i, o) in large() {
            let object = i as u32 + 1;
            for (at, p) in props[o.props.span()].iter().enumerate() {
                let mut s = hash(object, p.key) & mask;
                while index.slots[s].object != 0 {
                    s = (s + 1) & mask;
                }
                index.slots[s] = Slot {
                    object,
                    key: p.key,
                    at: at as u32,
                };
            }
        }
        index
    }

    /// Whether realm object `object` is indexed.
    pub fn covers(o: &ObjectData) -> bool {
        o.props.len as usize >= MIN_PROPS
    }

    /// The position of `key` among the properties of indexed realm object
    /// `object`, if it has it.
    pub fn find(&self, object: u32, key: Key) -> Option<usize> {
        if self.slots.is_empty() {
            return None;
        }
        let object = object + 1;
        let mask = self.slots.len() - 1;
        let mut s = hash(object, key) & mask;
        loop {
            let slot = self.slots[s];
            if slot.object == 0 {
                return None;
            }
            if slot.object == object && slot.key == key {
                return Some(slot.at as usize);
            }
            s = (s + 1) & mask;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Runtime;
    use crate::heap::Key;
    use crate::value::JsStr;

    /// Every key of every indexed object of both realms is found where a
    /// scan finds it, and a key an object lacks is not found.
    #[test]
    fn finds_what_a_scan_finds() {
        for runtime in [Runtime::Js1, Runtime::Js2] {
            let realm = crate::realm::Realm::get(runtime);
            let data = &realm.heap;
            let mut indexed = 0;
            for (i, o) in data.objects.iter().enumerate() {
                if !KeyIndex::covers(o) {
                    continue;
                }
                indexed += 1;
                let props = &data.props[o.props.span()];
                for (at, p) in props.iter().enumerate() {
                    assert_eq!(data.key_index.find(i as u32, p.key), Some(at));
                }
                let absent = (0..)
                    .map(|n| Key::Str(JsStr(n)))
                    .find(|k| props.iter().all(|p| p.key != *k))
                    .unwrap();
                assert_eq!(data.key_index.find(i as u32, absent), None);
                assert_eq!(data.key_index.find(i as u32, Key::Index(7)), None);
            }
            // The global object and the prototypes, at least.
            assert!(indexed >= 10, "{indexed} objects indexed");
        }
    }
}
