//! Command-line parsing and the commands themselves.
//!
//! Exit statuses: 0 success, 2 usage errors, unreadable files and syntax
//! errors (the function could not be compiled).

use edgefn::{check_source, Limits, Runtime};
use std::io::Write;

const USAGE: &str = "\
edgefn: run Amazon CloudFront Functions offline

USAGE:
    edgefn check FILE.js [--runtime RUNTIME] [--max-code-size BYTES]
        Checks that FILE.js is a function CloudFront would accept: only the
        syntax RUNTIME lists, within the code-size limit (10240 bytes).
    edgefn help
    edgefn --version

OPTIONS:
    --runtime RUNTIME       cloudfront-js-1.0 or cloudfront-js-2.0 (default)
    --max-code-size BYTES   code-size limit in bytes (default 10240)
";

/// Exit status for a usage error or a function that does not compile.
const EXIT_USAGE: i32 = 2;

/// Runs the command line `args` (without the program name); returns the
/// exit status.
pub fn run(args: &[String]) -> i32 {
    let stdout = &mut std::io::stdout();
    let stderr = &mut std::io::stderr();
    match args.first().map(String::as_str) {
        None | Some("help" | "--help" | "-h") => {
            let _ = write!(stdout, "{USAGE}");
            if args.is_empty() { EXIT_USAGE } else { 0 }
        }
        Some("--version" | "-V") => {
            let _ = writeln!(stdout, "edgefn {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Some("check") => match CheckArgs::parse(&args[1..]) {
            Ok(a) => check(&a, stdout, stderr),
            Err(msg) => usage_error(&msg, stderr),
        },
        Some(other) => usage_error(&format!("unknown command `{other}`"), stderr),
    }
}

fn usage_error(msg: &str, stderr: &mut impl Write) -> i32 {
    let _ = writeln!(stderr, "edgefn: {msg}\n\n{USAGE}");
    EXIT_USAGE
}

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
            let mut value = |name: &str| {
                it.next()
                    .cloned()
                    .ok_or_else(|| format!("`{name}` needs a value"))
            };
            match arg.as_str() {
                "--runtime" => runtime = value("--runtime")?.parse()?,
                "--max-code-size" => {
                    let v = value("--max-code-size")?;
                    limits.max_code_size = v
                        .parse()
                        .map_err(|_| format!("`--max-code-size` takes a number of bytes, not `{v}`"))?;
                }
                flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
                path if file.is_none() => file = Some(path.to_string()),
                extra => return Err(format!("unexpected argument `{extra}`")),
            }
        }
        let file = file.ok_or("`check` needs a file")?;
        Ok(CheckArgs { file, runtime, limits })
    }
}

fn check(a: &CheckArgs, stdout: &mut impl Write, stderr: &mut impl Write) -> i32 {
    let src = match std::fs::read(&a.file) {
        Ok(bytes) => match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(_) => {
                let _ = writeln!(stderr, "{}: the file is not valid UTF-8", a.file);
                return EXIT_USAGE;
            }
        },
        Err(e) => {
            let _ = writeln!(stderr, "{}: cannot read the file: {e}", a.file);
            return EXIT_USAGE;
        }
    };
    match check_source(&src, a.runtime, &a.limits) {
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
