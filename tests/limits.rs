//! Limits: hostile events end with their typed error within the budget, the
//! VM stays healthy for the next event, and step counts are deterministic
//! (same function + same event = same count, across runs and threads).

use edgefn::value::Value;
use edgefn::vm::{Fatal, Throw, Vm};
use edgefn::{CompiledScript, Limits, Runtime, compile};

const SCRIPT: &str = r#"
function spin() { for (;;) {} }
function recurse() { return recurse() + 1 }
function allocate() { var a = []; for (var i = 0; ; i++) a[i] = { i: i, s: 'item' + i } }
function concat() { var s = 'abcdefghij'; for (;;) s = s + s }
function search(n) {
  var a = []
  for (var i = 0; i < n; i++) a[i] = i
  return a.indexOf(n - 1) + (a.includes(-1) ? 1 : 0) + a.indexOf(n - 1, -1)
}
function work(n) {
  var o = { list: [] }
  for (var i = 0; i < n; i++) o.list[i] = 'v' + (i * 7 % 13)
  var total = 0
  for (var k in o.list) total += o.list[k].length
  return total
}
"#;

fn setup() -> (CompiledScript, Limits) {
    let limits = Limits {
        steps: 200_000,
        memory: 512 * 1024,
        ..Limits::default()
    };
    (
        compile(SCRIPT, Runtime::Js2, &limits, "limits.js").expect("compiles"),
        limits,
    )
}

fn call(
    compiled: &CompiledScript,
    vm: &mut Vm,
    name: &str,
    args: &[Value],
) -> Result<Value, Throw> {
    vm.begin_event(0.0, 1);
    vm.run_script()?;
    let slot = compiled.script.slot_named(name).expect("function exists");
    let f = vm.script_slot(slot);
    vm.call(f, Value::Undefined, args)
}

#[test]
fn an_infinite_loop_hits_the_compute_limit() {
    let (compiled, limits) = setup();
    let mut vm = compiled.vm(&limits);
    assert_eq!(
        call(&compiled, &mut vm, "spin", &[]),
        Err(Throw::Fatal(Fatal::ComputeLimit))
    );
    assert!(vm.usage().steps > limits.steps && vm.usage().steps <= limits.steps + 1);
}

#[test]
fn infinite_recursion_is_a_catchable_range_error() {
    let (compiled, limits) = setup();
    let mut vm = compiled.vm(&limits);
    match call(&compiled, &mut vm, "recurse", &[]) {
        Err(Throw::Value(v)) => assert_eq!(
            vm.inspect(v),
            "RangeError: Maximum call stack size exceeded"
        ),
        other => panic!("expected a RangeError, got {other:?}"),
    }
}

#[test]
fn an_allocation_loop_hits_the_memory_limit() {
    let (compiled, limits) = setup();
    let mut vm = compiled.vm(&Limits {
        steps: u64::MAX / 2,
        ..limits
    });
    assert_eq!(
        call(&compiled, &mut vm, "allocate", &[]),
        Err(Throw::Fatal(Fatal::MemoryLimit))
    );
    assert!(
        vm.usage().peak_memory <= limits.memory + 64 * 1024,
        "peak {}",
        vm.usage().peak_memory
    );
}

#[test]
fn string_doubling_hits_a_limit_without_exhausting_the_host() {
    let (compiled, limits) = setup();
    let mut vm = compiled.vm(&Limits {
        steps: u64::MAX / 2,
        ..limits
    });
    let r = call(&compiled, &mut vm, "concat", &[]);
    assert!(
        matches!(
            r,
            Err(Throw::Fatal(Fatal::MemoryLimit)) | Err(Throw::Value(_))
        ),
        "{r:?}"
    );
}

#[test]
fn the_next_event_on_the_same_vm_runs_normally() {
    let (compiled, limits) = setup();
    let mut vm = compiled.vm(&limits);
    let baseline = call(&compiled, &mut vm, "work", &[Value::Number(50.0)]).expect("runs");
    let baseline_steps = vm.usage().steps;
    for hostile in ["spin", "recurse", "allocate", "concat"] {
        let _ = call(&compiled, &mut vm, hostile, &[]);
        let again = call(&compiled, &mut vm, "work", &[Value::Number(50.0)])
            .expect("runs after a hostile event");
        assert_eq!(again, baseline, "after {hostile}");
        assert_eq!(vm.usage().steps, baseline_steps, "after {hostile}");
    }
}

#[test]
fn step_counts_are_identical_across_runs_and_threads() {
    let (compiled, limits) = setup();
    let count = move |compiled: &CompiledScript| {
        let mut vm = compiled.vm(&limits);
        call(compiled, &mut vm, "work", &[Value::Number(200.0)]).expect("runs");
        vm.usage().steps
    };
    let here = count(&compiled);
    assert_eq!(count(&compiled), here);
    let threads: Vec<_> = (0..2)
        .map(|_| {
            let c = compiled.clone();
            std::thread::spawn(move || count(&c))
        })
        .collect();
    for t in threads {
        assert_eq!(t.join().expect("thread ran"), here);
    }
}

const REGEX_SCRIPT: &str = r#"
function nested(n) { return /(a+)+b/.test('a'.repeat(n)) }
function pairs(n) { return /(x+x+)+y/.test('x'.repeat(n)) }
function words(n) { return /^(\w+\s?)*$/.test('word '.repeat(n) + '!') }
function fine(n) { var s = '/p?'; for (var i = 0; i < n; i++) s += '&utm_k' + i + '=v'; return s.replace(/[?&]utm_[^&]*/g, '').length }
"#;

#[test]
fn catastrophic_regexes_end_quickly_at_the_compute_limit_with_a_deterministic_count() {
    let limits = Limits::default();
    let compiled = compile(REGEX_SCRIPT, Runtime::Js2, &limits, "regex.js").expect("compiles");
    for name in ["nested", "pairs", "words"] {
        let mut counts = Vec::new();
        for _ in 0..2 {
            let mut vm = compiled.vm(&limits);
            let started = std::time::Instant::now();
            let out = call(&compiled, &mut vm, name, &[Value::Number(40.0)]);
            assert_eq!(out, Err(Throw::Fatal(Fatal::ComputeLimit)), "{name}");
            assert!(
                started.elapsed() < std::time::Duration::from_secs(5),
                "{name} took {:?}",
                started.elapsed()
            );
            assert_eq!(vm.usage().steps, limits.steps + 1, "{name}");
            counts.push(vm.usage().steps);
        }
        assert_eq!(counts[0], counts[1]);
    }
    // A regex that finishes costs the same number of steps every time.
    let steps = move |compiled: &CompiledScript| {
        let mut vm = compiled.vm(&Limits::default());
        assert_eq!(
            call(compiled, &mut vm, "fine", &[Value::Number(50.0)]),
            Ok(Value::Number(3.0))
        );
        vm.usage().steps
    };
    let first = steps(&compiled);
    assert_eq!(first, steps(&compiled));
    assert_eq!(
        first,
        std::thread::spawn(move || steps(&compiled))
            .join()
            .expect("thread")
    );
}

/// `indexOf` and `includes` compare the elements of a dense array where
/// they are stored, but still charge a step per element as they go: with
/// any budget that ends inside the searches, the event stops on the first
/// step past it, as it does in plain code.
#[test]
fn dense_array_searches_stop_on_the_first_step_past_the_budget() {
    let (compiled, limits) = setup();
    let mut vm = compiled.vm(&limits);
    let n = Value::Number(200.0);
    assert_eq!(
        call(&compiled, &mut vm, "search", &[n]),
        Ok(Value::Number(398.0))
    );
    let total = vm.usage().steps;
    // The searches charge about 400 steps at the end of the run.
    for limit in total - 450..total + 2 {
        vm.set_step_limit(limit);
        match call(&compiled, &mut vm, "search", &[n]) {
            Ok(v) => {
                assert!(limit >= total, "{limit}");
                assert_eq!(v, Value::Number(398.0));
                assert_eq!(vm.usage().steps, total);
            }
            Err(e) => {
                assert!(limit < total, "{limit}");
                assert_eq!(e, Throw::Fatal(Fatal::ComputeLimit));
                assert_eq!(vm.usage().steps, limit + 1, "at limit {limit}");
            }
        }
    }
}
