//! `edgefn serve`: the edge proxy (see `edgefn::serve`), configured from
//! flags and an optional TOML file; runs until SIGINT or SIGTERM.

use super::{EXIT_FAILED, EXIT_USAGE, number, usage_error, value};
use edgefn::serve::{FileConfig, Log, ServeError, start};
use std::io::Write;
use std::path::{Path, PathBuf};

/// The parsed command line: the file's settings with the flags applied.
struct ServeArgs {
    file: FileConfig,
    access_log: bool,
    threads: usize,
}

fn parse(args: &[String]) -> Result<ServeArgs, String> {
    // The file is read first so that flags override it, wherever they are.
    let mut file = match args.iter().position(|a| a == "--config") {
        Some(i) => {
            let path = args.get(i + 1).ok_or("`--config` needs a value")?;
            FileConfig::load(Path::new(path))?
        }
        None => FileConfig::default(),
    };
    let mut access_log = true;
    let mut threads = 0;
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--config" => {
                value(&mut it, "--config")?;
            }
            "--listen" => file.listen = Some(value(&mut it, "--listen")?),
            "--origin" => file.origin = Some(value(&mut it, "--origin")?),
            "--admin" => file.admin = Some(value(&mut it, "--admin")?),
            "--runtime" => file.runtime = Some(value(&mut it, "--runtime")?),
            "--viewer-request" => {
                file.default_behavior.viewer_request =
                    Some(value(&mut it, "--viewer-request")?.into())
            }
            "--viewer-response" => {
                file.default_behavior.viewer_response =
                    Some(value(&mut it, "--viewer-response")?.into())
            }
            "--kvs" => {
                let v = value(&mut it, "--kvs")?;
                let (id, path) = v
                    .split_once('=')
                    .ok_or_else(|| format!("`--kvs` takes ID=FILE.json, not `{v}`"))?;
                if id.is_empty() || path.is_empty() {
                    return Err(format!("`--kvs` takes ID=FILE.json, not `{v}`"));
                }
                file.kvs.insert(id.to_string(), PathBuf::from(path));
            }
            "--reload-interval-ms" => {
                file.reload_interval_ms = Some(number(&mut it, "--reload-interval-ms")?)
            }
            "--threads" => threads = number(&mut it, "--threads")?,
            "--no-access-log" => access_log = false,
            "--no-viewer-headers" => file.derive_viewer_headers = Some(false),
            other => return Err(format!("unexpected argument `{other}`")),
        }
    }
    Ok(ServeArgs {
        file,
        access_log,
        threads,
    })
}

pub fn serve(args: &[String], stderr: &mut impl Write) -> i32 {
    let a = match parse(args) {
        Ok(a) => a,
        Err(msg) => return usage_error(&msg, stderr),
    };
    let mut config = match a.file.into_config() {
        Ok(c) => c,
        Err(msg) => return usage_error(&msg, stderr),
    };
    config.handle_signals = true;
    config.worker_threads = a.threads;
    if !a.access_log {
        config.log = Log::Discard;
    }
    let origin = config.origin.clone();
    let handle = match start(config) {
        Ok(h) => h,
        Err(e @ (ServeError::Function(_) | ServeError::Config(_))) => {
            let _ = writeln!(stderr, "edgefn serve: {e}");
            return EXIT_USAGE;
        }
        Err(e) => {
            let _ = writeln!(stderr, "edgefn serve: {e}");
            return EXIT_FAILED;
        }
    };
    let admin = handle
        .admin_addr
        .map(|a| format!(", metrics on http://{a}/metrics"))
        .unwrap_or_default();
    let _ = writeln!(
        stderr,
        "edgefn serve: http://{} -> {origin}{admin} (Ctrl-C stops)",
        handle.addr
    );
    handle.wait();
    0
}
