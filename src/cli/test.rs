//! `edgefn test`: what `aws cloudfront test-function` gives, offline, for
//! one event or a folder of events.

use super::{EXIT_FAILED, EXIT_USAGE, number, read_source, read_text, usage_error, value};
use edgefn::runtime::{Event, Function, FunctionError, InMemoryKvs, Outcome, RunOptions};
use edgefn::source::LineIndex;
use edgefn::{Limits, Runtime};
use serde_json::{Value as Json, json};
use std::io::Write;
use std::path::{Path, PathBuf};

/// How results are printed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Human,
}

/// Where the events come from.
enum Events {
    One(String),
    Dir(String),
}

/// The arguments of `edgefn test`.
struct TestArgs {
    file: String,
    events: Events,
    runtime: Runtime,
    limits: Limits,
    format: Format,
    options: RunOptions,
    ignore: Vec<String>,
    kvs: Option<String>,
}

impl TestArgs {
    fn parse(args: &[String]) -> Result<TestArgs, String> {
        let mut file = None;
        let mut events = None;
        let mut runtime = Runtime::default();
        let mut limits = Limits::default();
        let mut format = Format::Json;
        let mut now = None;
        let mut seed = None;
        let mut ignore = Vec::new();
        let mut kvs = None;
        let mut it = args.iter();
        while let Some(arg) = it.next() {
            match arg.as_str() {
                "--event" => events = Some(Events::One(value(&mut it, "--event")?)),
                "--events" => events = Some(Events::Dir(value(&mut it, "--events")?)),
                "--runtime" => runtime = value(&mut it, "--runtime")?.parse()?,
                "--format" => {
                    format = match value(&mut it, "--format")?.as_str() {
                        "json" => Format::Json,
                        "human" => Format::Human,
                        other => return Err(format!("`--format` is json or human, not `{other}`")),
                    }
                }
                "--now" => now = Some(parse_time(&value(&mut it, "--now")?)?),
                "--seed" => seed = Some(number(&mut it, "--seed")?),
                "--ignore" => ignore.push(value(&mut it, "--ignore")?),
                "--kvs" => kvs = Some(value(&mut it, "--kvs")?),
                "--max-code-size" => limits.max_code_size = number(&mut it, "--max-code-size")?,
                "--max-memory" => limits.memory = number(&mut it, "--max-memory")?,
                "--max-steps" => limits.steps = number(&mut it, "--max-steps")?,
                flag if flag.starts_with("--") => return Err(format!("unknown option `{flag}`")),
                path if file.is_none() => file = Some(path.to_string()),
                extra => return Err(format!("unexpected argument `{extra}`")),
            }
        }
        let file = file.ok_or("`test` needs a function file")?;
        let events = events.ok_or("`test` needs `--event EVENT.json` or `--events DIR`")?;
        let mut options = match now {
            Some(ms) => RunOptions {
                clock_ms: ms,
                seed: ms as u64,
                edge_location: None,
            },
            None => RunOptions::now(),
        };
        if let Some(s) = seed {
            options.seed = s;
        }
        Ok(TestArgs {
            file,
            events,
            runtime,
            limits,
            format,
            options,
            ignore,
            kvs,
        })
    }
}

/// Milliseconds since the epoch, or `YYYY-MM-DDTHH:MM:SS[.mmm]Z`.
fn parse_time(text: &str) -> Result<f64, String> {
    if let Ok(ms) = text.parse::<u64>() {
        return Ok(ms as f64);
    }
    let bad = || format!("`--now` takes milliseconds or YYYY-MM-DDTHH:MM:SS[.mmm]Z, not `{text}`");
    let t = text.strip_suffix('Z').ok_or_else(bad)?;
    let (date, time) = t.split_once('T').ok_or_else(bad)?;
    let d: Vec<i64> = date
        .split('-')
        .map(|p| p.parse().map_err(|_| bad()))
        .collect::<Result<_, _>>()?;
    let (hms, millis) = match time.split_once('.') {
        Some((hms, ms)) => (
            hms,
            format!("{ms:0<3}")[..3].parse::<i64>().map_err(|_| bad())?,
        ),
        None => (time, 0),
    };
    let h: Vec<i64> = hms
        .split(':')
        .map(|p| p.parse().map_err(|_| bad()))
        .collect::<Result<_, _>>()?;
    let ([y, mo, da], [hh, mi, ss]) = (
        d[..].try_into().map_err(|_| bad())?,
        h[..].try_into().map_err(|_| bad())?,
    );
    if !(1..=12).contains(&mo) || !(1..=31).contains(&da) || hh > 23 || mi > 59 || ss > 59 {
        return Err(bad());
    }
    let days = days_from_civil(y, mo, da);
    Ok((((days * 24 + hh) * 60 + mi) * 60 + ss) as f64 * 1000.0 + millis as f64)
}

/// Days since 1970-01-01 of a proleptic Gregorian date.
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

pub fn test(args: &[String], stdout: &mut impl Write, stderr: &mut impl Write) -> i32 {
    let a = match TestArgs::parse(args) {
        Ok(a) => a,
        Err(msg) => return usage_error(&msg, stderr),
    };
    let src = match read_source(&a.file, stderr) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut function = match Function::compile(&src, a.runtime, &a.limits, &a.file) {
        Ok(f) => f,
        Err(e) => {
            let _ = writeln!(stderr, "{}", e.headline(&src, &a.file));
            return EXIT_USAGE;
        }
    };
    if let Some(path) = &a.kvs {
        let id = function_name(path);
        match read_text(path)
            .and_then(|t| InMemoryKvs::from_import_json(id, &t).map_err(|e| format!("{path}: {e}")))
        {
            Ok(store) => function = function.with_kvs(std::sync::Arc::new(store)),
            Err(msg) => {
                let _ = writeln!(stderr, "{msg}");
                return EXIT_USAGE;
            }
        }
    }
    match &a.events {
        Events::One(path) => {
            let event = match read_text(path)
                .and_then(|t| Event::from_json(&t).map_err(|e| format!("{path}: {e}")))
            {
                Ok(e) => e,
                Err(msg) => {
                    let _ = writeln!(stderr, "{msg}");
                    return EXIT_USAGE;
                }
            };
            let outcome = function.worker().run(&event, &a.options);
            match a.format {
                Format::Json => {
                    let result = test_result(&a, &outcome);
                    let _ = writeln!(
                        stdout,
                        "{}",
                        serde_json::to_string_pretty(&result).unwrap_or_default()
                    );
                }
                Format::Human => print_human(&a, &src, &outcome, stdout),
            }
            if outcome.result.is_ok() {
                0
            } else {
                EXIT_FAILED
            }
        }
        Events::Dir(dir) => batch(&a, &function, Path::new(dir), stdout, stderr),
    }
}

/// The function's name as CloudFront would show it: the file stem.
fn function_name(file: &str) -> String {
    Path::new(file)
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `FunctionOutput`: the result as a JSON string, empty on failure.
fn function_output(outcome: &Outcome) -> String {
    outcome
        .result
        .as_ref()
        .map(|r| r.to_json())
        .unwrap_or_default()
}

/// The `TestResult` object of `aws cloudfront test-function`.
fn test_result(a: &TestArgs, outcome: &Outcome) -> Json {
    let name = function_name(&a.file);
    let mut config = json!({ "Comment": "", "Runtime": a.runtime.to_string() });
    if let Some(kvs) = &a.kvs {
        config["KeyValueStoreAssociations"] = json!({
            "Quantity": 1,
            "Items": [{ "KeyValueStoreARN": format!("arn:aws:cloudfront::000000000000:key-value-store/{}", function_name(kvs)) }]
        });
    }
    json!({
        "TestResult": {
            "FunctionSummary": {
                "Name": name,
                "Status": "UNPUBLISHED",
                "FunctionConfig": config,
                "FunctionMetadata": {
                    "FunctionARN": format!("arn:aws:cloudfront::000000000000:function/{name}"),
                    "Stage": "DEVELOPMENT"
                }
            },
            "ComputeUtilization": outcome.compute_utilization.to_string(),
            "FunctionExecutionLogs": outcome.logs,
            "FunctionErrorMessage": outcome.result.as_ref().err().map(|e| e.to_string()).unwrap_or_default(),
            "FunctionOutput": function_output(outcome),
        }
    })
}

fn print_human(a: &TestArgs, src: &str, outcome: &Outcome, out: &mut impl Write) {
    let _ = writeln!(
        out,
        "{} ({}): compute utilization {}% ({} steps), peak memory {} bytes",
        a.file, a.runtime, outcome.compute_utilization, outcome.steps, outcome.peak_memory
    );
    if let Some(origin) = &outcome.origin {
        let _ = writeln!(out, "origin change: {origin:?}");
    }
    if let Some(data) = &outcome.custom_log_data {
        let _ = writeln!(out, "custom log data: {data}");
    }
    if !outcome.logs.is_empty() {
        let _ = writeln!(out, "\nlogs:");
        for line in &outcome.logs {
            let _ = writeln!(out, "  {line}");
        }
    }
    match &outcome.result {
        Ok(r) => {
            let v: Json = serde_json::from_str(&r.to_json()).unwrap_or_default();
            let _ = writeln!(
                out,
                "\noutput:\n{}",
                serde_json::to_string_pretty(&v).unwrap_or_default()
            );
        }
        Err(e) => {
            let kind = match e {
                FunctionError::Validation { .. } => "invalid result (CloudFront answers 502)",
                _ => "execution error (CloudFront answers 503)",
            };
            let _ = writeln!(out, "\n{kind}:");
            match e {
                FunctionError::Execution {
                    message,
                    location: Some((line, col)),
                } => {
                    let text = LineIndex::new(src).line_text(src, *line);
                    let pad = " ".repeat(line.to_string().len());
                    let caret = " ".repeat(col.saturating_sub(1) as usize);
                    let _ = writeln!(out, "{}:{line}:{col}: {message}", a.file);
                    let _ = writeln!(out, "{pad} |\n{line} | {text}\n{pad} | {caret}^");
                }
                e => {
                    let _ = writeln!(out, "{e}");
                }
            }
        }
    }
}

/// Runs every event in `dir`, compares with expected outputs, prints a
/// table; exit status 1 on any failure or mismatch.
fn batch(
    a: &TestArgs,
    function: &Function,
    dir: &Path,
    out: &mut impl Write,
    err: &mut impl Write,
) -> i32 {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                name.ends_with(".json") && !name.ends_with(".expected.json")
            })
            .collect(),
        Err(e) => {
            let _ = writeln!(err, "{}: cannot read the folder: {e}", dir.display());
            return EXIT_USAGE;
        }
    };
    files.sort();
    if files.is_empty() {
        let _ = writeln!(err, "{}: no event files (*.json)", dir.display());
        return EXIT_USAGE;
    }
    let mut worker = function.worker();
    // One event filled from each file, reusing its buffers.
    let mut event = Event::empty();
    let mut failed = 0;
    let width = files
        .iter()
        .map(|f| f.file_name().map_or(0, |n| n.len()))
        .max()
        .unwrap_or(0);
    for path in &files {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let shown = path.display().to_string();
        if let Err(msg) = read_text(&shown).and_then(|t| {
            event
                .fill_from_json(&t)
                .map_err(|e| format!("{shown}: {e}"))
        }) {
            failed += 1;
            let _ = writeln!(out, "{name:width$}  ERROR  {msg}");
            continue;
        }
        let outcome = worker.run(&event, &a.options);
        let expected_path = path.with_extension("expected.json");
        let (status, detail) = match (&outcome.result, expected_path.exists()) {
            (Err(e), _) => ("FAIL", e.to_string()),
            (Ok(r), true) => match read_text(&expected_path.display().to_string()) {
                Ok(text) => match serde_json::from_str::<Json>(&text) {
                    Ok(mut want) => {
                        let mut got: Json = serde_json::from_str(&r.to_json()).unwrap_or_default();
                        for field in &a.ignore {
                            remove_path(&mut got, field);
                            remove_path(&mut want, field);
                        }
                        if got == want {
                            ("PASS", String::new())
                        } else {
                            (
                                "FAIL",
                                format!(
                                    "output differs from {}: got {got}",
                                    expected_path.display()
                                ),
                            )
                        }
                    }
                    Err(e) => ("ERROR", format!("{}: {e}", expected_path.display())),
                },
                Err(msg) => ("ERROR", msg),
            },
            (Ok(_), false) => ("RAN", "no expected output to compare".to_string()),
        };
        if status == "FAIL" || status == "ERROR" {
            failed += 1;
        }
        let _ = writeln!(
            out,
            "{name:width$}  {status:5}  {:>3}%  {detail}",
            outcome.compute_utilization
        );
    }
    let _ = writeln!(out, "\n{} events, {} failed", files.len(), failed);
    if failed > 0 { EXIT_FAILED } else { 0 }
}

/// Removes the field at dotted `path` (e.g. `request.headers.x-date`).
fn remove_path(v: &mut Json, path: &str) {
    let mut parts: Vec<&str> = path.split('.').collect();
    let Some(last) = parts.pop() else { return };
    let mut cur = v;
    for p in parts {
        match cur.get_mut(p) {
            Some(next) => cur = next,
            None => return,
        }
    }
    if let Some(obj) = cur.as_object_mut() {
        obj.shift_remove(last);
    }
}
