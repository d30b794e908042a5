//! Property test of the built-ins: calling any built-in function reachable
//! from `globalThis` (and from the modules `require` gives), with any
//! receiver and arguments drawn from a pool of hostile values, as a call or
//! with `new`, ends in a value, an exception or a limit, never a panic,
//! under a small compute and memory budget, in both runtimes.
//!
//! The functions are found by walking the global object in JavaScript: own
//! properties, accessors (their getters and setters are functions too),
//! well-known-symbol methods, prototypes and `prototype` objects. Each found
//! function is named by a JavaScript expression that reaches it
//! (`globalThis.String.prototype.padStart`,
//! `Object.getOwnPropertyDescriptor(globalThis.RegExp.prototype, "flags").get`),
//! so a failing case prints as a program that reproduces it.

use edgefn::vm::Throw;
use edgefn::{Limits, Runtime, compile};
use proptest::prelude::*;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::OnceLock;

/// Small budgets, as for a real function: the point is that hostile input
/// ends in a limit instead of unbounded work.
const LIMITS: Limits = Limits {
    max_code_size: 1 << 20,
    memory: 1 << 20,
    steps: 100_000,
};

/// Finds the built-in functions; leaves one expression per line in
/// `__found`.
const WALK: &str = r#"
var __found = '';
(function () {
  var seen = [];
  var symbols = [];
  if (typeof Symbol === 'function') {
    var wellKnown = ['iterator', 'toPrimitive', 'toStringTag', 'hasInstance', 'match', 'replace', 'search', 'split'];
    for (var w = 0; w < wellKnown.length; w++) {
      if (Symbol[wellKnown[w]]) symbols[symbols.length] = ['Symbol.' + wellKnown[w], Symbol[wellKnown[w]]];
    }
  }
  function isName(n) { return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(n); }
  function add(expr) { __found += expr + '\n'; }
  function accessors(d, expr, key) {
    var base = 'Object.getOwnPropertyDescriptor(' + expr + ', ' + key + ')';
    if (typeof d.get === 'function') add(base + '.get');
    if (typeof d.set === 'function') add(base + '.set');
  }
  function visit(o, expr, depth) {
    if (o === null || (typeof o !== 'object' && typeof o !== 'function')) return;
    for (var i = 0; i < seen.length; i++) if (seen[i] === o) return;
    seen[seen.length] = o;
    if (depth > 6) return;
    var names = Object.getOwnPropertyNames(o);
    for (var j = 0; j < names.length; j++) {
      var n = names[j];
      if (n.slice(0, 2) === '__') continue;
      var d = Object.getOwnPropertyDescriptor(o, n);
      if (!d) continue;
      var e = isName(n) ? expr + '.' + n : expr + '[' + JSON.stringify(n) + ']';
      accessors(d, expr, JSON.stringify(n));
      if ('value' in d) {
        if (typeof d.value === 'function') add(e);
        visit(d.value, e, depth + 1);
      }
    }
    for (var k = 0; k < symbols.length; k++) {
      var s = Object.getOwnPropertyDescriptor(o, symbols[k][1]);
      if (!s) continue;
      accessors(s, expr, symbols[k][0]);
      if (typeof s.value === 'function') add(expr + '[' + symbols[k][0] + ']');
    }
    visit(Object.getPrototypeOf(o), 'Object.getPrototypeOf(' + expr + ')', depth + 1);
  }
  visit(globalThis, 'globalThis', 0);
  var roots = [
    "require('crypto')",
    "require('querystring')",
    "Object.getPrototypeOf(require('crypto').createHash('sha256'))",
    "Object.getPrototypeOf(require('crypto').createHmac('sha256', 'k'))"
  ];
  var getters = [
    function () { return require('crypto'); },
    function () { return require('querystring'); },
    function () { return Object.getPrototypeOf(require('crypto').createHash('sha256')); },
    function () { return Object.getPrototypeOf(require('crypto').createHmac('sha256', 'k')); }
  ];
  for (var r = 0; r < roots.length; r++) {
    try { visit(getters[r](), roots[r], 1); } catch (e) {}
  }
})();
"#;

/// The pool: `__v(k)` makes the k-th value afresh (calls may mutate them).
/// Ordinary receivers of every built-in type are in it too, so that calls
/// get past the first type check and reach the algorithms.
const POOL: &str = r#"
function __big(n) { var s = 'x'; while (s.length < n) s += s; return s; }
function __sym() { return typeof Symbol === 'function' ? Symbol('s') : 'no symbols'; }
function __v(k) {
  switch (k) {
    case 0: return undefined;
    case 1: return null;
    case 2: return NaN;
    case 3: return -0;
    case 4: return Infinity;
    case 5: return -Infinity;
    case 6: return 4294967296;
    case 7: return 4294967295;
    case 8: return 9007199254740993;
    case 9: return -1;
    case 10: return 1e21;
    case 11: return 2147483648;
    case 12: return 0.5;
    case 13: return 5e-324;
    case 14: return '';
    case 15: return __big(70000);
    case 16: return '\uD800';
    case 17: return '\uDC00a\uD800';
    case 18: return '%E0%A4%A';
    case 19: return '__proto__';
    case 20: return ' 0x1F ';
    case 21: return 'abc';
    case 22: var sparse = [1, , 3]; sparse[4294967294] = 7; return sparse;
    case 23: return { length: 9007199254740991, 0: 'a' };
    case 24: return { length: -1 };
    case 25: return { length: 4294967296, 4294967295: 'z' };
    case 26: return { get length() { throw new Error('length getter'); }, get 0() { throw new Error('0 getter'); } };
    case 27: return { valueOf: function () { throw new TypeError('valueOf'); }, toString: function () { throw new TypeError('toString'); } };
    case 28: return { valueOf: function () { return {}; }, toString: function () { return {}; } };
    case 29: var shrinking = [1, 2, 3, 4, 5];
      Object.defineProperty(shrinking, '1', { get: function () { shrinking.length = 0; return 9; } });
      return shrinking;
    case 30: var growing = [1, 2];
      Object.defineProperty(growing, '0', { get: function () { growing[growing.length] = growing.length; return 0; } });
      return growing;
    case 31: return { get constructor() { throw new Error('constructor'); }, get then() { throw new Error('then'); } };
    case 32: return { then: function (resolve) { resolve(this); } };
    case 33: return function (a, b) { return a; };
    case 34: return function () { throw new RangeError('callback'); };
    case 35: return Object.create(null);
    case 36: return Object.freeze([1, 2, 3]);
    case 37: return [3, 1, 2, 'b', undefined, 'a'];
    case 38: return /a(b)?|(?:)/g;
    case 39: var re = /x/g; re.lastIndex = -1; return re;
    case 40: return new Date(0);
    case 41: return new Date(NaN);
    case 42: return new Uint8Array(8);
    case 43: return new Float64Array([NaN, -0, 1e300]);
    case 44: return new Int16Array(new ArrayBuffer(16), 2, 3);
    case 45: return new ArrayBuffer(12);
    case 46: return typeof DataView === 'function' ? new DataView(new ArrayBuffer(8), 1) : {};
    case 47: return Promise.resolve(1);
    case 48: return Promise.reject(new Error('rejected'));
    case 49: return new Error('e');
    case 50: return new String('boxed');
    case 51: return new Number(-0);
    case 52: return __sym();
    case 53: return typeof Buffer === 'function' ? Buffer.from('hi') : 'no Buffer';
    case 54: return Object.prototype.toString.bind(null);
    case 55: return { toString: function () { return '\uD800'; } };
    case 56: return { valueOf: function () { return 4294967296; } };
    case 57: return { index: -1, lastIndex: 1e21, source: '(', flags: 'gimsuy', global: true };
    case 58: var o = {}; o.self = o; return o;
    default: return true;
  }
}
"#;

/// How many values `__v` has (the last index maps to `true`).
const POOL_SIZE: usize = 60;

/// The built-in functions of a runtime, as expressions.
fn functions(runtime: Runtime) -> &'static [String] {
    static FOUND: OnceLock<[Vec<String>; 2]> = OnceLock::new();
    let found = FOUND.get_or_init(|| Runtime::ALL.map(walk));
    &found[if runtime == Runtime::Js1 { 0 } else { 1 }]
}

fn walk(runtime: Runtime) -> Vec<String> {
    let limits = Limits {
        max_code_size: 1 << 20,
        memory: 64 << 20,
        steps: 100_000_000,
    };
    let compiled = compile(WALK, runtime, &limits, "walk.js").expect("the walker compiles");
    let mut vm = compiled.vm(&limits);
    vm.begin_event(0.0, 1);
    if let Err(Throw::Value(v)) = vm.run_script() {
        panic!("the walker threw {}", vm.inspect(v));
    }
    let slot = compiled
        .script
        .slot_named("__found")
        .expect("__found is declared");
    let found = vm.script_slot(slot);
    let text = vm.to_rust_string(found).expect("__found is a string");
    text.lines().map(str::to_string).collect()
}

/// One call: which function, with `new` or not, the receiver and the
/// arguments (indices into the pool); then, optionally, a second function
/// called on the first one's result (so that objects built-ins make, such
/// as hashes, subarrays or bound functions, are fed back in).
#[derive(Clone, Debug)]
struct CallCase {
    function: usize,
    construct: bool,
    this: usize,
    args: Vec<usize>,
    then: Option<(usize, Vec<usize>)>,
}

fn call_case() -> impl Strategy<Value = CallCase> {
    let args = || prop::collection::vec(0..POOL_SIZE, 0..4);
    let then = prop::option::weighted(0.3, (any::<prop::sample::Index>(), args()));
    (
        any::<prop::sample::Index>(),
        prop::bool::weighted(0.15),
        0..POOL_SIZE,
        args(),
        then,
    )
        .prop_map(|(f, construct, this, args, then)| CallCase {
            function: f.index(usize::MAX),
            construct,
            this,
            args,
            then: then.map(|(g, args)| (g.index(usize::MAX), args)),
        })
}

/// The program for `calls`: the pool, then one function per call
/// (`__case0`, ...), each run as an event of its own so that a limit in
/// one does not hide the others.
fn program(runtime: Runtime, calls: &[CallCase]) -> String {
    let fns = functions(runtime);
    let mut src = String::from(POOL);
    for (i, c) in calls.iter().enumerate() {
        let f = &fns[c.function % fns.len()];
        let args: Vec<String> = c.args.iter().map(|a| format!("__v({a})")).collect();
        let call = if c.construct {
            format!("new f({})", args.join(", "))
        } else {
            let mut all = vec![format!("__v({})", c.this)];
            all.extend(args);
            format!("f.call({})", all.join(", "))
        };
        let then = match &c.then {
            Some((g, args)) => {
                let mut all = vec!["r".to_string()];
                all.extend(args.iter().map(|a| format!("__v({a})")));
                format!(" r = ({}).call({});", fns[g % fns.len()], all.join(", "))
            }
            None => String::new(),
        };
        src.push_str(&format!(
            "function __case{i}() {{ var f = {f}; var r = {call};{then} return r; }}\n"
        ));
    }
    src
}

/// Runs every `__caseN` of `src` as an event; `Err` only when edgefn
/// panicked (with the panic message).
fn run(src: &str, runtime: Runtime, calls: usize) -> Result<(), String> {
    let compiled =
        compile(src, runtime, &LIMITS, "fuzz.js").map_err(|e| format!("does not compile: {e}"))?;
    let mut vm = compiled.vm(&LIMITS);
    for i in 0..calls {
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            vm.begin_event(1_700_000_000_000.0, 7);
            if vm.run_script().is_err() {
                return;
            }
            if let Some(slot) = compiled.script.slot_named(&format!("__case{i}")) {
                let f = vm.script_slot(slot);
                let _ = vm.call(f, edgefn::value::Value::Undefined, &[]);
                let _ = vm.run_jobs();
            }
        }));
        if let Err(panic) = outcome {
            let what = panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            return Err(format!("edgefn panicked in __case{i} ({runtime}): {what}"));
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_calls_of_built_ins_never_panic(calls in prop::collection::vec(call_case(), 1..8)) {
        for runtime in Runtime::ALL {
            let src = program(runtime, &calls);
            let outcome = run(&src, runtime, calls.len());
            prop_assert!(outcome.is_ok(), "{}\nprogram:\n{src}", outcome.unwrap_err());
        }
    }
}

/// Every function once with each pool value as its receiver, and once with
/// each pool value as its first argument (receiver: the pool's ordinary
/// value of the same index), both runtimes: a sweep the random search
/// might miss.
#[test]
fn each_built_in_survives_each_hostile_value() {
    for runtime in Runtime::ALL {
        let n = functions(runtime).len();
        assert!(n > 250, "{runtime}: only {n} built-in functions found");
        for function in 0..n {
            let mut calls = Vec::new();
            for v in 0..POOL_SIZE {
                calls.push(CallCase {
                    function,
                    construct: false,
                    this: v,
                    args: vec![],
                    then: None,
                });
                calls.push(CallCase {
                    function,
                    construct: false,
                    this: v,
                    args: vec![v, (v + 7) % POOL_SIZE],
                    then: None,
                });
            }
            calls.push(CallCase {
                function,
                construct: true,
                this: 0,
                args: vec![15, 23],
                then: None,
            });
            let src = program(runtime, &calls);
            if let Err(e) = run(&src, runtime, calls.len()) {
                panic!(
                    "{e}\nfunction: {}\nprogram:\n{src}",
                    functions(runtime)[function]
                );
            }
        }
    }
}
