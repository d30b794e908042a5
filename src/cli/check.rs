//! `edgefn check`: compile-time checks only, as CloudFront makes them when
//! a function is published.

use super::{EXIT_USAGE, number, read_source, usage_error, value};
use edgefn::{Limits, Runtime, check_source};
use std::io::Write;

/// The arguments of `edgefn check`.
struct CheckArgs {
    file: String,
    runtime: Runtime,
    limits: Limits,
}

impl CheckArgs {
    fn parse(args: &[String]) -> Result<CheckArgs, String> {
        let mut file = None;
        let mut runtime = Runtime::default();
        let mut limits = Limits::default();
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "--runtime" => runtime = value(&mut it, "--runtime")?.parse()?,
                "--max-code-size" => limits.max_code_size = number(&mut it, "--max-code-size")?,
                flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
                path if file.is_none() => file = Some(path.to_string()),
                extra => return Err(format!("unexpected argument `{extra}`")),
            }
        }
        let file = file.ok_or("`check` needs a file")?;
        Ok(CheckArgs {
            file,
            runtime,
            limits,
        })
    }
}

pub fn check(args: &[String], stdout: &mut impl Write, stderr: &mut impl Write) -> i32 {
    let a = match CheckArgs::parse(args) {
        Ok(a) => a,
        Err(msg) => return usage_error(&msg, stderr),
    };
    let src = match read_source(&a.file, stderr) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let arena = edgefn::ast::Arena::for_source(&src);
    match check_source(&src, a.runtime, &a.limits, &arena) {
        Ok(program) => {
            let _ = writeln!(
                stdout,
                "{}: OK ({}, {} of {} bytes, {} top-level statements)",
                a.file,
                a.runtime,
                src.len(),
                a.limits.max_code_size,
                program.body.len()
            );
            0
        }
        Err(edgefn::CompileError::Syntax(e)) => {
            let _ = write!(stderr, "{}", e.render(&src, &a.file));
            EXIT_USAGE
        }
        Err(e) => {
            let _ = writeln!(stderr, "{}", e.headline(&src, &a.file));
            EXIT_USAGE
        }
    }
}
