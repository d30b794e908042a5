//! Heap tests: copy on write of realm objects, key filters and index
//! tables, property runs, the memory limit, and strings.

use super::*;

fn realm_with_one_object() -> Arc<HeapData> {
    let mut d = HeapData::default();
    let k = d.strings.intern(Units::Latin1(b"x"));
    d.props.push(Prop {
        key: Key::Str(JsStr(k)),
        value: Value::Number(1.0),
        attrs: Attrs::DEFAULT,
    });
    let mut o = ObjectData::new(Class::Ordinary, None);
    o.props = Range {
        start: 0,
        len: 1,
        cap: 1,
    };
    d.objects.push(o);
    Arc::new(d)
}

#[test]
fn realm_objects_are_copied_on_first_write_and_restored_on_reset() {
    let realm = realm_with_one_object();
    let mut heap = Heap::new(realm.clone(), 1 << 20);
    let r = ObjRef(0);
    let key = Key::Str(JsStr(0));
    assert_eq!(heap.find_prop(r, key).unwrap().1.value, Value::Number(1.0));
    heap.set_prop_at(
        r,
        0,
        Prop {
            key,
            value: Value::Number(2.0),
            attrs: Attrs::DEFAULT,
        },
    )
    .unwrap();
    assert_eq!(heap.find_prop(r, key).unwrap().1.value, Value::Number(2.0));
    assert_eq!(realm.props[0].value, Value::Number(1.0));
    heap.reset();
    assert_eq!(heap.find_prop(r, key).unwrap().1.value, Value::Number(1.0));
}

#[test]
fn key_filters_never_hide_a_realm_property() {
    for runtime in crate::Runtime::ALL {
        let realm = crate::realm::Realm::get(runtime);
        let heap = Heap::new(realm.heap.clone(), 1 << 20);
        let mut misses = 0;
        for (i, o) in realm.heap.objects.iter().enumerate() {
            for p in &realm.heap.props[o.props.span()] {
                assert!(
                    heap.find_prop(ObjRef(i as u32), p.key).is_some(),
                    "{runtime}: object {i} key {:?}",
                    p.key
                );
            }
            let absent = Key::Str(JsStr(u32::MAX - i as u32));
            misses += usize::from(realm.heap.key_filters[i] & key_bit(absent) == 0);
        }
        assert!(
            misses * 2 > realm.heap.objects.len(),
            "the filters answer most misses"
        );
    }
}

#[test]
fn index_props_are_told_by_the_table_and_by_writes() {
    for runtime in crate::Runtime::ALL {
        let realm = crate::realm::Realm::get(runtime);
        let mut heap = Heap::new(realm.heap.clone(), 1 << 20);
        for (i, o) in realm.heap.objects.iter().enumerate() {
            let scanned = realm.heap.props[o.props.span()]
                .iter()
                .any(|p| matches!(p.key, Key::Index(_)));
            assert_eq!(heap.has_index_props(ObjRef(i as u32)), scanned);
        }
        // A realm object the event writes an index onto says so.
        let r = ObjRef(0);
        assert!(!heap.has_index_props(r));
        let prop = Prop {
            key: Key::Index(7),
            value: Value::Number(1.0),
            attrs: Attrs::DEFAULT,
        };
        heap.push_prop(r, prop).unwrap();
        assert!(heap.has_index_props(r));
        heap.reset();
        assert!(!heap.has_index_props(r));
    }
}

/// `protos_index_free` tells what asking each object of the chain
/// (its named properties and its dense run) tells, for every realm
/// object, before and after the event gives indices to a realm object
/// and to an event one, elements to a realm prototype, or an event
/// prototype to a realm object; `elem` reads what `elems` holds.
#[test]
fn index_free_chains_are_told_as_each_object_tells() {
    let asked = |heap: &Heap, mut proto: Option<ObjRef>| {
        while let Some(p) = proto {
            if heap.has_index_props(p) || !heap.elems(p).is_empty() {
                return false;
            }
            proto = heap.obj(p).proto;
        }
        true
    };
    let index = Prop {
        key: Key::Index(3),
        value: Value::Null,
        attrs: Attrs::DEFAULT,
    };
    for runtime in crate::Runtime::ALL {
        let realm = crate::realm::Realm::get(runtime);
        let mut heap = Heap::new(realm.heap.clone(), 1 << 20);
        let array = ObjectData::new(Class::Array, Some(realm.intrinsics.array_proto));
        let with_elems = heap.alloc(array).unwrap();
        heap.push_elem(with_elems, Value::Empty).unwrap();
        heap.push_elem(with_elems, Value::Bool(true)).unwrap();
        assert_eq!(heap.elem(with_elems, 0), Some(Value::Empty));
        assert_eq!(heap.elem(with_elems, 1), Some(Value::Bool(true)));
        assert_eq!(heap.elem(with_elems, 2), None);
        let with_props = heap.alloc(ObjectData::new(Class::Ordinary, None)).unwrap();
        heap.push_prop(with_props, index).unwrap();
        assert_eq!(heap.elem(with_props, 0), None);
        let mut chains: Vec<Option<ObjRef>> = (0..realm.heap.objects.len() as u32)
            .map(|i| Some(ObjRef(i)))
            .collect();
        for proto in [with_elems, with_props] {
            chains.push(Some(proto));
            let child = ObjectData::new(Class::Array, Some(proto));
            chains.push(Some(heap.alloc(child).unwrap()));
        }
        chains.push(None);
        let check = |heap: &Heap| {
            for &chain in &chains {
                assert_eq!(
                    heap.protos_index_free(chain),
                    asked(heap, chain),
                    "{chain:?}"
                );
            }
        };
        check(&heap);
        heap.push_prop(realm.intrinsics.object_proto, index)
            .unwrap();
        assert!(!heap.protos_index_free(Some(realm.intrinsics.array_proto)));
        check(&heap);
        // The template's answers hold again after a reset, then not for a
        // chain whose prototype gets elements, nor for a realm object no
        // realm object inherits from once it inherits from an event object
        // with indices.
        heap.reset();
        let realm_chains = &chains[..realm.heap.objects.len()];
        let check_realm = |heap: &Heap| {
            for &chain in realm_chains {
                assert_eq!(heap.protos_index_free(chain), asked(heap, chain));
            }
        };
        assert!(heap.protos_index_free(Some(realm.intrinsics.array_proto)));
        check_realm(&heap);
        heap.push_elem(realm.intrinsics.array_proto, Value::Null)
            .unwrap();
        assert!(!heap.protos_index_free(Some(realm.intrinsics.array_proto)));
        check_realm(&heap);
        heap.reset();
        let leaf = (0..realm.heap.objects.len())
            .find(|&i| !realm.heap.is_proto[i] && realm.heap.chain_index_free[i])
            .map(|i| ObjRef(i as u32))
            .unwrap();
        let indexed = heap.alloc(ObjectData::new(Class::Ordinary, None)).unwrap();
        heap.push_prop(indexed, index).unwrap();
        assert!(heap.protos_index_free(Some(leaf)));
        heap.obj_mut(leaf).unwrap().proto = Some(indexed);
        assert!(!heap.protos_index_free(Some(leaf)));
        check_realm(&heap);
    }
}

#[test]
fn runs_grow_in_place_or_move() {
    let mut heap = Heap::new(Arc::new(HeapData::default()), 1 << 20);
    let a = heap.alloc(ObjectData::new(Class::Array, None)).unwrap();
    let b = heap.alloc(ObjectData::new(Class::Array, None)).unwrap();
    for i in 0..10 {
        heap.push_elem(a, Value::Number(f64::from(i))).unwrap();
        heap.push_elem(b, Value::Number(f64::from(100 + i)))
            .unwrap();
    }
    let a_vals: Vec<f64> = heap.elems(a).iter().filter_map(|v| v.as_number()).collect();
    let b_vals: Vec<f64> = heap.elems(b).iter().filter_map(|v| v.as_number()).collect();
    assert_eq!(a_vals, (0..10).map(f64::from).collect::<Vec<_>>());
    assert_eq!(b_vals, (100..110).map(f64::from).collect::<Vec<_>>());
}

/// An object made with room for its properties is charged for them
/// once and defines them without moving or growing its run; past the
/// room it grows as any object does; room beyond the limit fails.
#[test]
fn objects_made_with_room_fill_it_in_place() {
    let mut heap = Heap::new(Arc::new(HeapData::default()), 1 << 20);
    let o = heap
        .alloc_with_room(ObjectData::new(Class::Ordinary, None), 3)
        .unwrap();
    let charged = heap.used();
    assert_eq!(
        charged,
        std::mem::size_of::<ObjectData>() + 3 * std::mem::size_of::<Prop>()
    );
    let start = heap.obj(o).props.start;
    for i in 0..3 {
        let prop = Prop {
            key: Key::Index(i),
            value: Value::Number(f64::from(i)),
            attrs: Attrs::DEFAULT,
        };
        heap.push_prop(o, prop).unwrap();
    }
    assert_eq!(heap.used(), charged, "no growth within the room");
    assert_eq!(heap.obj(o).props.start, start, "the run did not move");
    let keys: Vec<Key> = heap.props(o).iter().map(|p| p.key).collect();
    assert_eq!(keys, [Key::Index(0), Key::Index(1), Key::Index(2)]);
    let prop = Prop {
        key: Key::Index(3),
        value: Value::Null,
        attrs: Attrs::DEFAULT,
    };
    heap.push_prop(o, prop).unwrap();
    assert_eq!(heap.props(o).len(), 4);
    assert!(heap.used() > charged);
    let mut small = Heap::new(Arc::new(HeapData::default()), 1024);
    assert!(
        small
            .alloc_with_room(ObjectData::new(Class::Ordinary, None), 1000)
            .is_err()
    );
}

#[test]
fn the_limit_is_enforced() {
    let mut heap = Heap::new(Arc::new(HeapData::default()), 4096);
    let a = heap.alloc(ObjectData::new(Class::Array, None)).unwrap();
    let mut failed = false;
    for i in 0..10_000 {
        if heap.push_elem(a, Value::Number(f64::from(i))).is_err() {
            failed = true;
            break;
        }
    }
    assert!(failed);
    assert!(heap.used() <= 4096 + 1024);
    heap.reset();
    assert_eq!(heap.used(), 0);
}

#[test]
fn strings_intern_across_tables() {
    let mut realm = HeapData::default();
    let x = realm.strings.intern(Units::Latin1(b"length"));
    let mut heap = Heap::new(Arc::new(realm), 1 << 20);
    assert_eq!(heap.intern_rust("length").unwrap(), JsStr(x));
    let a = heap.intern_rust("héllo").unwrap();
    let b = heap.str_from_rust("héllo").unwrap();
    assert_ne!(a, b);
    assert_eq!(heap.intern_str(b).unwrap(), a);
    let c = heap.concat(&[a, JsStr(x)]).unwrap();
    assert_eq!(heap.to_rust_string(c), "héllolength");
    let twelve = heap.str_from_rust("12").unwrap();
    assert_eq!(heap.key_for(twelve).unwrap(), Key::Index(12));
    // An interned event string is its own key; a copy of its text
    // finds it; after the event, a new string on the same handle is
    // not taken for interned.
    let name = heap.intern_rust("x-name").unwrap();
    assert_eq!(heap.key_for(name).unwrap(), Key::Str(name));
    let copy = heap.str_from_rust("x-name").unwrap();
    assert_eq!(heap.key_for(copy).unwrap(), Key::Str(name));
    heap.reset();
    let first = heap.str_from_rust("first").unwrap();
    let again = heap.str_from_rust("first").unwrap();
    let key = heap.intern_str(again).unwrap();
    assert_eq!(heap.intern_str(first).unwrap(), key);
    assert_eq!(heap.to_rust_string(key), "first");
}

/// A heap with realm, script and event strings, Latin-1 and UTF-16,
/// and the handles of them all (the last event string is stored last).
fn heap_of_strings(limit: usize) -> (Heap, Vec<JsStr>) {
    let mut realm = HeapData::default();
    let r1 = realm.strings.intern(Units::Latin1(b"realm"));
    let r2 = realm.strings.push_str("r\u{e9}alm\u{2713}");
    let mut heap = Heap::new(Arc::new(realm), 1 << 20);
    let mut script = StringTable::new();
    let s1 = script.push_str("script");
    let s2 = script.push_str("\u{3c9}");
    heap.set_script_strings(Arc::new(script));
    let base = heap.realm_strings();
    let mut all = vec![JsStr(r1), JsStr(r2), JsStr(base + s1), JsStr(base + s2)];
    for text in ["", "wide \u{2713}", "caf\u{e9}", "event"] {
        all.push(heap.str_from_rust(text).unwrap());
    }
    heap.set_limit(limit);
    (heap, all)
}

/// `str_len` and `same_text` answer as the units do, for every kind of
/// string on either side: the same text in two tables, and texts of
/// one length that differ.
#[test]
fn lengths_and_equality_agree_with_the_units() {
    let (mut heap, mut all) = heap_of_strings(1 << 20);
    for text in [
        "realm",
        "\u{3c9}",
        "scripT",
        "r\u{e9}alm\u{2713}",
        "wide \u{2713}",
    ] {
        all.push(heap.str_from_rust(text).unwrap());
    }
    let mut equal = 0;
    for &x in &all {
        assert_eq!(heap.str_len(x), heap.units(x).len());
        for &y in &all {
            let same = heap.units(x).same(heap.units(y));
            assert_eq!(heap.same_text(x, y), same, "{x:?} {y:?}");
            equal += usize::from(same && x != y);
        }
    }
    assert_eq!(equal, 8, "four texts made twice, compared both ways");
}

/// Realm and script strings come out of tables or caches kept across
/// events; event strings are converted each time, whatever handle a
/// new event gives them.
#[test]
fn rust_text_of_every_kind_of_string() {
    let mut realm = HeapData::default();
    realm.strings.push_str("r\u{e9}alm");
    realm.strings.push_utf16(&[0x78, 0xd800]);
    realm.index_keys();
    let mut heap = Heap::new(Arc::new(realm), 1 << 20);
    let mut script = StringTable::new();
    script.push_str("caf\u{e9}");
    script.push_utf16(&[0xdc00, 0x2713]);
    script.push_str("plain");
    heap.set_script_strings(Arc::new(script));
    let fixed = [
        "r\u{e9}alm",
        "x\u{fffd}",
        "caf\u{e9}",
        "\u{fffd}\u{2713}",
        "plain",
    ];
    for event in ["first", "second \u{2713}"] {
        for (i, text) in fixed.iter().enumerate() {
            assert_eq!(heap.to_rust_string(JsStr(i as u32)), *text);
        }
        let s = heap.str_from_rust(event).unwrap();
        assert_eq!(s, JsStr(fixed.len() as u32), "the first event string");
        assert_eq!(heap.to_rust_string(s), event);
        heap.reset();
    }
}

/// `concat_pair` (what `concat` of two parts takes) gives what the
/// many-part paths give for the same two strings and an empty third:
/// the same text, memory, peak and refusals, for every kind of string
/// on either side and every limit around the room they need.
#[test]
fn a_pair_concatenates_as_the_many_part_paths_do() {
    let (probe, all) = heap_of_strings(1 << 20);
    let used = probe.used();
    let empty = all[4];
    assert_eq!(probe.units(empty).len(), 0);
    for limit in std::iter::once(1 << 20).chain(used..used + 64) {
        for &a in &all {
            for &b in &all {
                let (mut one, _) = heap_of_strings(limit);
                let (mut other, _) = heap_of_strings(limit);
                let locs = [other.str_loc(a), other.str_loc(b)];
                assert_eq!(locs[0].len(), one.units(a).len());
                if locs.iter().any(|l| l.is_empty()) {
                    continue;
                }
                let made = one.concat(&[a, b, empty]).map(|s| one.to_rust_string(s));
                let paired = other
                    .concat_pair(a, b, locs)
                    .map(|s| other.to_rust_string(s));
                assert_eq!(made, paired, "{a:?} + {b:?} at limit {limit}");
                assert_eq!(one.used(), other.used(), "{a:?} + {b:?}");
                assert_eq!(one.peak(), other.peak(), "{a:?} + {b:?}");
            }
        }
    }
}

#[test]
fn concatenations_copy_and_check_what_they_must() {
    let entry = {
        let mut t = StringTable::new();
        t.push_latin1(b"");
        t.bytes()
    };
    let (probe, all) = heap_of_strings(1 << 20);
    let used = probe.used();
    let mut cases: Vec<Vec<JsStr>> = Vec::new();
    for &a in &all {
        for &b in &all {
            cases.push(vec![a, b]);
            cases.extend(all.iter().map(|&c| vec![a, b, c]));
        }
    }
    // Every limit from "no room at all" to "room for the longest".
    for limit in std::iter::once(1 << 20).chain(used..used + 64) {
        for parts in &cases {
            let (mut heap, _) = heap_of_strings(limit);
            let text = |h: &Heap, s: JsStr| h.to_rust_string(s);
            let expected: String = parts.iter().map(|&s| text(&heap, s)).collect();
            let latin1 = parts.iter().all(|&s| heap.units(s).latin1().is_some());
            let head = heap.units(parts[0]).len();
            let total = expected.chars().count();
            let fixed = heap.static_strings();
            let event_head = parts[0].0 >= fixed;
            let in_place = event_head && heap.ev.strings.ends_latin1(heap.str_loc(parts[0]).span);
            let made = heap.concat(parts);
            if !latin1 {
                if let Ok(s) = made {
                    assert_eq!(text(&heap, s), expected, "{parts:?}");
                }
                continue;
            }
            // A Latin-1 result checks room for the tail alone when the
            // head is an event string, then for the whole unless the
            // head is extended in place; only the tail is new then,
            // and every byte otherwise.
            let fits = |extra: usize| used + extra <= limit;
            let room = if event_head {
                fits((total - head) * 2 + 16) && (in_place || fits(total * 2 + 16))
            } else {
                fits(total * 2 + 16)
            };
            let copied = if in_place { total - head } else { total };
            match made {
                Ok(s) => {
                    assert!(room, "{parts:?} at limit {limit}");
                    assert_eq!(text(&heap, s), expected, "{parts:?}");
                    assert_eq!(heap.used() - used, copied + entry, "{parts:?}");
                    assert_eq!(heap.peak(), used + copied + entry, "{parts:?}");
                }
                Err(OutOfMemory) => {
                    assert!(!room, "{parts:?} at limit {limit}");
                    assert_eq!(heap.used(), used, "{parts:?}");
                }
            }
        }
    }
}
