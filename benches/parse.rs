//! `parse`: how long the front end takes on a ~10 KB function (CloudFront's
//! size cap), per stage: lexing alone, and lexing + parsing + early errors.

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use edgefn::{Runtime, ast::Arena, lexer, parser};
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
        b.iter(|| parse_in_fresh_arena(black_box(LARGE)))
    });
    group.throughput(Throughput::Bytes(SMALL.len() as u64));
    group.bench_function("parse_small_example", |b| {
        b.iter(|| parse_in_fresh_arena(black_box(SMALL)))
    });
    group.finish();
}

/// What `compile` does: a parse into an arena made for it, freed after.
fn parse_in_fresh_arena(src: &str) -> Result<usize, edgefn::SyntaxError> {
    let arena = Arena::for_source(src);
    parser::parse(src, Runtime::Js2, &arena).map(|p| p.body.len())
}

criterion_group!(benches, parse);
criterion_main!(benches);
