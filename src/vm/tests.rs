//! VM tests through the public API: compile, run the top level, call
//! `test()`, render the result.

use crate::{Limits, Runtime, compile};

fn run_in(src: &str, runtime: Runtime) -> String {
    let compiled = match compile(src, runtime, &Limits::default(), "test.js") {
        Ok(c) => c,
        Err(e) => return format!("compile error: {e}"),
    };
    let mut vm = compiled.vm(&Limits::default());
    vm.begin_event(0.0, 1);
    if let Err(e) = vm.run_script() {
        return format!("top-level threw: {}", render_throw(&mut vm, e));
    }
    let slot = compiled
        .script
        .slot_named("test")
        .expect("test() is defined");
    let f = vm.script_slot(slot);
    let result = vm.call(f, crate::value::Value::Undefined, &[]);
    let result = result.and_then(|v| vm.run_jobs().map(|_| v));
    match result {
        Ok(v) => vm.inspect(v),
        Err(e) => format!("threw {}", render_throw(&mut vm, e)),
    }
}

fn render_throw(vm: &mut crate::vm::Vm, t: crate::vm::Throw) -> String {
    match t {
        crate::vm::Throw::Value(v) => vm.inspect(v),
        crate::vm::Throw::Fatal(f) => format!("{f:?}"),
    }
}

fn run(src: &str) -> String {
    run_in(src, Runtime::Js2)
}

#[test]
fn arithmetic_and_variables() {
    assert_eq!(
        run("function test() { var a = 1, b = 2; return a + b * 3 }"),
        "7"
    );
    assert_eq!(run("function test() { return 'a' + 1 + 2 }"), "\"a12\"");
    assert_eq!(
        run("function test() { return [1 / 0, -1 / 0, 0 / 0, -0, 2 ** 10, 7 % -3, -7 % 3] }"),
        "[Infinity, -Infinity, NaN, -0, 1024, 1, -1]"
    );
    assert_eq!(
        run("function test() { return [5 >> 1, -5 >>> 28, 1 << 31, ~5, 6 & 3, 6 | 3, 6 ^ 3] }"),
        "[2, 15, -2147483648, -6, 2, 7, 5]"
    );
}

#[test]
fn closures_capture_variables() {
    assert_eq!(
        run(
            "function counter() { var n = 0; return function () { return ++n } }\nfunction test() { var c = counter(); c(); c(); return c() }"
        ),
        "3"
    );
    assert_eq!(
        run(
            "function test() { var fs = []; for (let i = 0; i < 3; i++) fs.push = 0, fs[i] = () => i; return [fs[0](), fs[1](), fs[2]()] }"
        ),
        "[0, 1, 2]"
    );
    assert_eq!(
        run(
            "function test() { var fs = []; for (var i = 0; i < 3; i++) fs[i] = () => i; return [fs[0](), fs[2]()] }"
        ),
        "[3, 3]"
    );
}

#[test]
fn objects_and_arrays() {
    assert_eq!(
        run(
            "function test() { var o = { a: 1, 'b c': [1, , 3], d: { e: null } }; o.f = o.a + 1; return o }"
        ),
        "{a: 1, \"b c\": [1, <hole>, 3], d: {e: null}, f: 2}"
    );
    assert_eq!(
        run("function test() { var o = { b: 1, 2: 1, a: 1, 1: 1 }; return Object.keys(o) }"),
        "[\"1\", \"2\", \"b\", \"a\"]"
    );
    assert_eq!(
        run("function test() { var a = [1, 2, 3]; a.length = 1; a[3] = 4; return [a, a.length] }"),
        "[[1, <hole>, <hole>, 4], 4]"
    );
}

#[test]
fn exceptions_and_finally() {
    assert_eq!(
        run("function test() { try { null.x } catch (e) { return e } }"),
        "TypeError: Cannot read property 'x' of null"
    );
    assert_eq!(
        run(
            "function test() { var log = []; for (var i = 0; i < 3; i++) { try { if (i == 1) continue; if (i == 2) break; log[log.length] = i } finally { log[log.length] = 'f' + i } } return log }"
        ),
        "[0, \"f0\", \"f1\", \"f2\"]"
    );
    assert_eq!(
        run(
            "function f() { try { return 1 } finally { g = 2 } } var g = 0\nfunction test() { return [f(), g] }"
        ),
        "[1, 2]"
    );
    assert_eq!(
        run(
            "function test() { try { try { throw new RangeError('inner') } finally { } } catch (e) { return e.name + '/' + e.message } }"
        ),
        "\"RangeError/inner\""
    );
    assert_eq!(
        run("function test() { var o = {}; o.f() }"),
        "threw TypeError: o.f is not a function"
    );
    assert_eq!(
        run("function test() { return undefinedName }"),
        "threw ReferenceError: undefinedName is not defined"
    );
    assert_eq!(
        run("function test() { x; let x = 1 }"),
        "threw ReferenceError: Cannot access 'x' before initialization"
    );
    assert_eq!(
        run("function test() { const c = 1; c = 2 }"),
        "threw TypeError: Assignment to constant variable 'c'"
    );
}

#[test]
fn recursion_is_bounded() {
    assert_eq!(
        run(
            "function f(n) { return f(n + 1) }\nfunction test() { try { f(0) } catch (e) { return e.name } }"
        ),
        "\"RangeError\""
    );
    assert_eq!(run("function test() { for (;;) {} }"), "threw ComputeLimit");
}

#[test]
fn async_functions_await() {
    assert_eq!(
        run(
            "async function g(x) { return x * 2 }\nasync function test() { var a = await g(2); var b = await 5; return a + b }"
        ),
        "Promise{fulfilled: 9}"
    );
    assert_eq!(
        run(
            "async function g() { throw new Error('no') }\nasync function test() { try { await g() } catch (e) { return e.message } }"
        ),
        "Promise{fulfilled: \"no\"}"
    );
}

/// `create_data_property` on the next index of an array with no named
/// properties (how `map`, `filter` and `slice` fill their results) has
/// the outcome, elements, length and steps of the general path, which an
/// array with a named property takes: at and past the length, extensible
/// or not, with a writable length or not, and for an index past the next.
#[test]
fn appending_an_element_matches_the_general_path() {
    use crate::heap::{Key, ObjFlags};
    use crate::value::Value;
    let compiled = compile("", Runtime::Js2, &Limits::default(), "test.js").expect("compiles");
    let mut vm = compiled.vm(&Limits::default());
    vm.begin_event(0.0, 1);
    let named = vm.heap_mut().key_from_rust("named").expect("memory");
    let flag_sets = [
        ObjFlags::EXTENSIBLE,
        ObjFlags::EXTENSIBLE | ObjFlags::LENGTH_READONLY,
        0,
        ObjFlags::LENGTH_READONLY,
    ];
    for length in [1, 2, 5] {
        for flags in flag_sets {
            let mut outcomes = Vec::new();
            for with_name in [false, true] {
                let a = vm.new_array(&[Value::Null]).expect("memory");
                if with_name {
                    vm.create_data_property(a, named, Value::Null)
                        .expect("defines");
                }
                let rec = vm.heap_mut().obj_mut(a).expect("memory");
                rec.length = length;
                rec.flags
                    .set(ObjFlags::EXTENSIBLE | ObjFlags::LENGTH_READONLY, false);
                rec.flags.set(flags, true);
                let before = vm.usage().steps;
                let done: Vec<bool> = [1, 2, 4]
                    .into_iter()
                    .map(|i| {
                        vm.create_data_property(a, Key::Index(i), Value::Number(f64::from(i)))
                            .expect("no throw")
                    })
                    .collect();
                let steps = vm.usage().steps - before;
                let length = vm.heap().obj(a).length;
                outcomes.push((done, steps, vm.heap().elems(a).to_vec(), length));
            }
            assert_eq!(outcomes[0], outcomes[1], "length {length}, flags {flags}");
        }
    }
}

/// `sort()` of an array of strings read and written in its dense run
/// sorts as the general path (taken for a non-extensible array, whose
/// elements sort the same) does, with the same steps and memory.
#[test]
fn sorting_strings_in_place_matches_the_general_path() {
    use crate::heap::ObjFlags;
    use crate::value::Value;
    let compiled = compile("", Runtime::Js2, &Limits::default(), "test.js").expect("compiles");
    let long = "a tail of more than sixteen units";
    let lists: [&[&str]; 4] = [
        &["b", "a", "c"],
        &[],
        &["q=shoes", "color=red", "color=blue", "", "color=red"],
        &[
            "k",
            "j",
            long,
            "i",
            "h",
            "g",
            "f",
            "e",
            "d",
            "c",
            "b",
            "a",
            "\u{e9}",
            "wide \u{2713}",
            long,
        ],
    ];
    for list in lists {
        let mut outcomes = Vec::new();
        for extensible in [true, false] {
            let mut vm = compiled.vm(&Limits::default());
            vm.begin_event(0.0, 1);
            let values: Vec<Value> = list
                .iter()
                .map(|t| Value::String(vm.heap_mut().str_from_rust(t).expect("memory")))
                .collect();
            let a = vm.new_array(&values).expect("memory");
            let rec = vm.heap_mut().obj_mut(a).expect("memory");
            rec.flags.set(ObjFlags::EXTENSIBLE, extensible);
            let sort = vm.get_named(Value::Object(a), "sort").expect("no throw");
            let before = vm.usage().steps;
            vm.call(sort, Value::Object(a), &[]).expect("no throw");
            let steps = vm.usage().steps - before;
            let sorted: Vec<String> = vm
                .heap()
                .elems(a)
                .iter()
                .map(|&v| match v {
                    Value::String(s) => vm.heap().to_rust_string(s),
                    _ => String::new(),
                })
                .collect();
            outcomes.push((sorted, steps, vm.heap().used(), vm.heap().peak()));
        }
        assert_eq!(outcomes[0], outcomes[1], "{list:?}");
        let mut expected: Vec<String> = list.iter().map(|t| t.to_string()).collect();
        expected.sort_by(|x, y| x.encode_utf16().cmp(y.encode_utf16()));
        assert_eq!(outcomes[0].0, expected);
    }
}

/// `Vm::concat` of parts none of which is empty (handed down as they
/// are) makes the text, steps and memory that leaving the empty ones out
/// of a longer list makes, for heads and tails of every kind.
#[test]
fn concatenating_without_empty_parts_matches_leaving_them_out() {
    use crate::value::JsStr;
    let texts = [
        "head",
        "",
        "wide \u{2713}",
        "a tail of more than sixteen units",
        "&",
    ];
    let lists: [&[usize]; 6] = [
        &[0, 3],
        &[0, 4, 3, 4, 2],
        &[2, 0, 3],
        &[3, 4, 0, 4],
        &[4, 2],
        &[0, 3, 0, 4],
    ];
    let compiled = compile("", Runtime::Js2, &Limits::default(), "test.js").expect("compiles");
    let made = |pick: &dyn Fn(usize) -> bool, list: &[usize]| {
        let mut vm = compiled.vm(&Limits::default());
        vm.begin_event(0.0, 1);
        let strings: Vec<JsStr> = texts
            .iter()
            .map(|t| vm.heap_mut().str_from_rust(t).expect("memory"))
            .collect();
        let parts: Vec<JsStr> = list
            .iter()
            .filter(|&&i| pick(i))
            .map(|&i| strings[i])
            .collect();
        let before = vm.usage().steps;
        let s = vm.concat(&parts).expect("no throw");
        let steps = vm.usage().steps - before;
        let heap = vm.heap();
        (heap.to_rust_string(s), steps, heap.used(), heap.peak())
    };
    for list in lists {
        let with_empty = made(&|_| true, list);
        let left_out = made(&|i| !texts[i].is_empty(), list);
        assert_eq!(with_empty, left_out, "{list:?}");
        let expected: String = list.iter().map(|&i| texts[i]).collect();
        assert_eq!(with_empty.0, expected);
    }
}

/// A callback that returns a property of its first parameter is answered
/// without a frame (`Vm::call_for_element`) only when its read's hint
/// holds, and then with the value and the steps of the call; other
/// callbacks, and elements the hint does not hold for, are called.
#[test]
fn a_property_callback_answers_as_the_call_does() {
    use crate::value::Value;
    let src = "var element = { value: 'v' }, other = { x: 0, value: 'w' }, list = [1, 2];\n\
               var getter = { get value() { return 'got' } };\n\
               var fast = [function (v) { return v.value }, (v) => v.value, function (v) { return v.length }];\n\
               var slow = [function () { var x = { value: 1 }; return x.value }, function (a, v) { return v.value },\n\
                           af, function (v) { return v.value + '' }];\n\
               async function af(v) { return v.value }";
    let compiled = compile(src, Runtime::Js2, &Limits::default(), "test.js").expect("compiles");
    let mut vm = compiled.vm(&Limits::default());
    vm.begin_event(0.0, 1);
    vm.run_script().expect("top level runs");
    let global = |vm: &mut crate::vm::Vm, name: &str| {
        let slot = compiled.script.slot_named(name).expect("declared");
        vm.script_slot(slot)
    };
    let elem = |vm: &mut crate::vm::Vm, list: Value, i: u32| match list {
        Value::Object(o) => vm.heap().array_elem(o, i).expect("element"),
        _ => panic!("not an array"),
    };
    let (element, other, list, getter) = (
        global(&mut vm, "element"),
        global(&mut vm, "other"),
        global(&mut vm, "list"),
        global(&mut vm, "getter"),
    );
    let (fast, slow) = (global(&mut vm, "fast"), global(&mut vm, "slow"));
    let proto_of = |vm: &crate::vm::Vm, f: Value| match f {
        Value::Object(o) => match vm.heap().obj(o).class {
            crate::heap::Class::Closure { proto, .. } => proto,
            _ => panic!("not a closure"),
        },
        _ => panic!("not an object"),
    };
    for (i, subject) in [(0, element), (1, element), (2, list)] {
        let f = elem(&mut vm, fast, i);
        let args = [subject, Value::Number(0.0), list];
        // The first call records the hint; then the answer is frameless,
        // with the registers grown as the call grows them.
        vm.call(f, Value::Undefined, &args).expect("calls");
        vm.regs.clear();
        let before = vm.usage().steps;
        let called = vm.call(f, Value::Undefined, &args).expect("calls");
        let call_steps = vm.usage().steps - before;
        let call_registers = vm.regs.len();
        vm.regs.clear();
        let before = vm.usage().steps;
        let answered = vm.property_callback(proto_of(&vm, f), subject, args.len());
        let answer_steps = vm.usage().steps - before;
        assert_eq!(answered, Ok(Some(called)), "callback {i}");
        assert_eq!(answer_steps, call_steps, "callback {i}");
        assert_eq!(vm.regs.len(), call_registers, "callback {i}");
        let before = vm.usage().steps;
        let through = vm.call_for_element(f, Value::Undefined, &args);
        assert_eq!(
            (through, vm.usage().steps - before),
            (Ok(called), call_steps)
        );
    }
    // An element the hint does not hold for, a getter, null: called.
    let f = elem(&mut vm, fast, 0);
    for subject in [other, getter, Value::Null] {
        assert_eq!(vm.property_callback(proto_of(&vm, f), subject, 3), Ok(None));
    }
    for i in 0..4 {
        let f = elem(&mut vm, slow, i);
        let args = [element, Value::Number(0.0), list];
        vm.call(f, Value::Undefined, &args).expect("calls");
        assert_eq!(
            vm.property_callback(proto_of(&vm, f), element, 3),
            Ok(None),
            "slow callback {i}"
        );
    }
}

/// An array literal, and the result of `map` or `slice` on a dense array,
/// start with room for their elements (so filling them moves nothing);
/// an array of holes gives `map` no room to reserve.
#[test]
fn new_arrays_have_room_for_their_elements() {
    use crate::value::Value;
    let src = "var literal = [1, 2, 3], empty = [], mapped = [4, 5, 6].map((x) => x * 2),\n\
               sliced = [1, 2, 3, 4].slice(1, 3), holes = new Array(1000).map((x) => x);";
    let compiled = compile(src, Runtime::Js2, &Limits::default(), "test.js").expect("compiles");
    let mut vm = compiled.vm(&Limits::default());
    vm.begin_event(0.0, 1);
    vm.run_script().expect("top level runs");
    let elems = |name: &str| {
        let slot = compiled.script.slot_named(name).expect("declared");
        match vm.script_slot(slot) {
            Value::Object(o) => {
                let d = vm.heap().obj(o);
                (d.length, d.elems.len, d.elems.cap)
            }
            _ => panic!("{name} is not an object"),
        }
    };
    assert_eq!(elems("literal"), (3, 3, 3));
    assert_eq!(elems("empty"), (0, 0, 0));
    assert_eq!(elems("mapped"), (3, 3, 3));
    assert_eq!(elems("sliced"), (2, 2, 2));
    assert_eq!(elems("holes"), (1000, 0, 0));
}
