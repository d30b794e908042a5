//! `vm`: per-event cost of running handlers in a reused VM, and the cost of
//! compiling a 10 KB function (parse + early errors + bytecode).
//!
//! Each iteration is one whole event: reset the event heap, run the
//! script's top level (which declares `handler`), call `handler`.

mod common;

use common::event;
use criterion::{Criterion, criterion_group, criterion_main};
use edgefn::{Limits, Runtime, compile};
use std::hint::black_box;

const LARGE: &str = include_str!("fixtures/large-10k.js");

fn vm(c: &mut Criterion) {
    event(
        c,
        "vm/empty_handler",
        "function handler(event) { return event }",
    );
    event(
        c,
        "vm/twenty_instructions",
        "function handler(n) { var a = 1; for (var i = 0; i < n; i++) { a = a * 2 + i } return a }",
    );
    event(
        c,
        "vm/object_and_strings",
        "function handler(n) { var o = { uri: '/a/b', headers: {} }; o.headers['x-n'] = { value: 'v' + n }; if (o.uri.length > 2) o.uri = o.uri + '/index.html'; return o }",
    );
    c.bench_function("vm/compile_10k", |b| {
        b.iter(|| {
            compile(
                black_box(LARGE),
                Runtime::Js2,
                &Limits::default(),
                "large.js",
            )
            .expect("compiles")
        })
    });
}

criterion_group!(benches, vm);
criterion_main!(benches);
