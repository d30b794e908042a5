//! Property test of the regex engine: any pattern (strings of syntax
//! characters, letters, escapes and surrogates) either compiles or is
//! refused with an error, and any search of a compiled pattern ends with
//! a match, no match, or the budget's typed error, never a panic or a
//! hang; the same search spends the same steps every time. A second
//! property runs patterns through the VM, where regexes end in a value, an
//! exception or a limit.

use edgefn::regex::{ExecError, Flags, Regex};
use edgefn::{Limits, Runtime, compile};
use proptest::prelude::*;

fn unit() -> impl Strategy<Value = u16> {
    prop_oneof![
        4 => prop::sample::select("()[]{}?*+|^$\\.-,<>=!:kbBdDwWsScx0123u".encode_utf16().collect::<Vec<_>>()),
        3 => prop::sample::select("aAbz_ \n".encode_utf16().collect::<Vec<_>>()),
        1 => prop::sample::select(vec![0xD83Du16, 0xDE00, 0x017F, 0x212A, 0x2028, 0xFEFF]),
    ]
}

fn flags() -> impl Strategy<Value = Flags> {
    (any::<bool>(), any::<bool>()).prop_map(|(ignore_case, multiline)| Flags {
        ignore_case,
        multiline,
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn searches_end_within_the_budget(
        pattern in prop::collection::vec(unit(), 0..24),
        input in prop::collection::vec(prop::sample::select(vec![0x61u16, 0x62, 0x41, 0x20, 0x0A, 0x5F, 0xD83D, 0xDE00]), 0..40),
        flags in flags(),
        from in 0usize..45,
    ) {
        let Ok(re) = Regex::new(&pattern, flags) else {
            return Ok(());
        };
        let run = || re.find_at(&input[..], from, 200_000, 64 * 1024);
        let first = run();
        if let Ok(Some(m)) = &first {
            prop_assert!(m.start() >= from && m.start() <= m.end() && m.end() <= input.len());
            for c in m.captures.iter().flatten() {
                prop_assert!(c.start <= c.end && c.end <= input.len());
            }
        }
        prop_assert!(matches!(first, Ok(_) | Err(ExecError::StepLimit) | Err(ExecError::MemoryLimit)));
        prop_assert_eq!(first, run());
        let steps = |budget| {
            let mut search = re.search(from, false);
            let mut fuel = budget;
            let _ = search.run(&input[..], &mut fuel);
            search.steps()
        };
        prop_assert_eq!(steps(5_000), steps(5_000));
    }

    #[test]
    fn regexes_in_scripts_end_in_a_value_an_exception_or_a_limit(
        pattern in "[ab()|*+?{}1,2\\[\\]\\\\^$.]{0,16}",
        input in "[ab]{0,30}",
    ) {
        let src = format!(
            "function handler() {{ try {{ var re = new RegExp({pattern:?}, 'g'); return '{input}'.replace(re, '-') + '{input}'.split(re).length; }} catch (e) {{ return e.name; }} }}"
        );
        let limits = Limits { steps: 20_000, memory: 256 * 1024, ..Limits::default() };
        let compiled = compile(&src, Runtime::Js2, &limits, "fuzz.js").expect("compiles");
        let mut vm = compiled.vm(&limits);
        vm.begin_event(0.0, 1);
        prop_assert!(vm.run_script().is_ok());
        let slot = compiled.script.slot_named("handler").expect("handler");
        let f = vm.script_slot(slot);
        let _ = vm.call(f, edgefn::value::Value::Undefined, &[]);
        prop_assert!(vm.usage().steps <= limits.steps + 1);
    }
}
