//! Command-line parsing and dispatch; one module per command.
//!
//! Exit statuses: 0 success; 1 the function ran and failed (threw, hit a
//! limit, returned an invalid result) or a batch had mismatches; 2 usage
//! errors, unreadable files, invalid events and functions that do not
//! compile.

mod check;
mod serve;
mod test;

use std::io::Write;

const USAGE: &str = "\
edgefn: run Amazon CloudFront Functions offline

USAGE:
    edgefn test FILE.js --event EVENT.json [OPTIONS]
        Runs the function's handler on the event, as `aws cloudfront
        test-function` does, and prints its TestResult.
    edgefn test FILE.js --events DIR [--ignore FIELD]... [OPTIONS]
        Runs every event file in DIR (*.json other than *.expected.json) and
        compares each output with DIR/NAME.expected.json where it exists.
    edgefn check FILE.js [--runtime RUNTIME] [--max-code-size BYTES]
        Checks that FILE.js is a function CloudFront would accept: only the
        syntax RUNTIME lists, within the code-size limit (10240 bytes).
    edgefn serve --origin URL [--viewer-request FN.js] [--viewer-response FN.js]
                 [--listen ADDR] [--admin ADDR] [--config edgefn.toml] [SERVE OPTIONS]
        Runs a reverse proxy in front of URL (http://host:port) that runs the
        functions on every request, as CloudFront does; reloads them when
        their files change. Access log: one JSON line per request on stderr.
        Stops on Ctrl-C or SIGTERM after the requests in flight.
    edgefn help
    edgefn --version

OPTIONS:
    --runtime RUNTIME       cloudfront-js-1.0 or cloudfront-js-2.0 (default)
    --format json|human     test output: TestResult JSON (default) or text
    --now TIME              the invocation's start time (the frozen clock):
                            milliseconds since the epoch or an ISO 8601 UTC
                            time such as 2025-01-01T00:00:00Z (default: now)
    --seed N                Math.random seed (default: from --now)
    --kvs FILE.json         associate a key value store, read from a
                            CloudFront import file (its ID: the file stem)
    --ignore FIELD          batch mode: leave a field out of comparisons, as
                            a dotted path (request.headers.x-date)
    --max-code-size BYTES   code-size limit in bytes (default 10240)
    --max-memory BYTES      memory limit in bytes (default 2097152)
    --max-steps N           compute budget in steps (see ARCHITECTURE.md)

SERVE OPTIONS:
    --listen ADDR           the proxy's address (default 127.0.0.1:8080)
    --origin URL            where requests go: http://host:port[/path-prefix]
    --viewer-request FN.js  the default behavior's viewer-request function
    --viewer-response FN.js the default behavior's viewer-response function
    --runtime RUNTIME       the functions' runtime (default cloudfront-js-2.0)
    --kvs ID=FILE.json      a key value store (repeatable); with one store,
                            every function gets it, else name it per
                            behavior in the config file
    --config edgefn.toml    cache behaviors (path patterns -> functions),
                            distribution, fixed viewer headers; flags win
    --admin ADDR            serve /metrics (Prometheus) and /healthz there
    --reload-interval-ms N  how often function files are checked (default
                            500; 0: never)
    --threads N             worker threads (default: one per CPU)
    --no-access-log         do not write access lines
    --no-viewer-headers     do not add cloudfront-viewer-address,
                            cloudfront-viewer-http-version and
                            cloudfront-forwarded-proto to requests
";

/// Exit status for a function that ran and failed, or batch mismatches.
const EXIT_FAILED: i32 = 1;

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
        Some("check") => check::check(&args[1..], stdout, stderr),
        Some("test") => test::test(&args[1..], stdout, stderr),
        Some("serve") => serve::serve(&args[1..], stderr),
        Some(other) => usage_error(&format!("unknown command `{other}`"), stderr),
    }
}

fn usage_error(msg: &str, stderr: &mut impl Write) -> i32 {
    let _ = writeln!(stderr, "edgefn: {msg}\n\n{USAGE}");
    EXIT_USAGE
}

/// The value following option `name`.
fn value<'a>(it: &mut impl Iterator<Item = &'a String>, name: &str) -> Result<String, String> {
    it.next()
        .cloned()
        .ok_or_else(|| format!("`{name}` needs a value"))
}

/// The number following option `name`.
fn number<'a, T: std::str::FromStr>(
    it: &mut impl Iterator<Item = &'a String>,
    name: &str,
) -> Result<T, String> {
    let v = value(it, name)?;
    v.parse()
        .map_err(|_| format!("`{name}` takes a number, not `{v}`"))
}

/// The source file of a command, or `Err(EXIT_USAGE)` after saying on
/// stderr why it cannot be read.
fn read_source(path: &str, stderr: &mut impl Write) -> Result<String, i32> {
    read_text(path).map_err(|msg| {
        let _ = writeln!(stderr, "{msg}");
        EXIT_USAGE
    })
}

/// A UTF-8 text file, or a message naming the file.
fn read_text(path: &str) -> Result<String, String> {
    match std::fs::read(path) {
        Ok(bytes) => {
            String::from_utf8(bytes).map_err(|_| format!("{path}: the file is not valid UTF-8"))
        }
        Err(e) => Err(format!("{path}: cannot read the file: {e}")),
    }
}
