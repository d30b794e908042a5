fn main() {
    for path in std::env::args().skip(1) {
        let src = std::fs::read_to_string(&path).unwrap();
        let limits = edgefn::Limits { max_code_size: 1 << 22, steps: 50_000_000, memory: 64 << 20 };
        let t = std::time::Instant::now();
        let c = match edgefn::compile(&src, edgefn::Runtime::Js2, &limits, "x.js") {
            Ok(c) => c,
            Err(e) => {
                println!("{path}: compile {e}");
                continue;
            }
        };
        let mut vm = c.vm(&limits);
        vm.begin_event(0.0, 1);
        let _ = vm.run_script();
        let f = vm.script_slot(c.script.slot_named("test").unwrap());
        let r = vm.call(f, edgefn::value::Value::Undefined, &[]);
        let shown = match r {
            Ok(v) => vm.inspect(v),
            Err(e) => format!("{e:?}"),
        };
        println!("{path}: {:?} steps={} {}", t.elapsed(), vm.usage().steps, &shown[..shown.len().min(100)]);
    }
}
