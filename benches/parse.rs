//! `parse`: how long the front end takes on a ~10 KB function (CloudFront's
//! size cap), per stage: lexing alone, and lexing + parsing + early errors.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use edgefn::{Runtime, lexer, parser};
use std::hint::black_box;

const LARGE: &str = include_str!("fixtures/large-10k.js");
const SMALL: &str = include_str!("../examples/index-rewrite/handler.js");

fn parse(c: &mut Criterion) {
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Bytes(LARGE.len() as u64));
    group.bench_function("lex_10k", |b| {
        b.iter(|| lexer::tokenize(black_box(LARGE), Runtime::Js2))
    });
    group.bench_function("parse_10k", |b| {
        b.iter(|| parser::parse(black_box(LARGE), Runtime::Js2))
    });
    group.throughput(Throughput::Bytes(SMALL.len() as u64));
    group.bench_function("parse_small_example", |b| {
        b.iter(|| parser::parse(black_box(SMALL), Runtime::Js2))
    });
    group.finish();
}

criterion_group!(benches, parse);
criterion_main!(benches);
