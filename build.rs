//! Generates the JavaScript parser from `grammar/*.lalrpop` into `OUT_DIR`.

fn main() {
    println!("cargo:rerun-if-changed=grammar");
    // The grammar is LR(1) (canonical construction finds no conflict), but
    // LALRPOP's default lane-table construction reports spurious conflicts on
    // it. This variable selects the canonical construction; it is the only
    // switch LALRPOP offers for it.
    // SAFETY: the build script has not started any thread yet, so nothing
    // can read the environment concurrently.
    unsafe { std::env::set_var("LALRPOP_LANE_TABLE", "disabled") };
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| "target".into());
    if let Err(err) = lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .set_out_dir(&out_dir)
        .emit_rerun_directives(true)
        .process_dir("grammar")
    {
        eprintln!("LALRPOP failed on grammar/: {err}");
        std::process::exit(1);
    }
    let parser = std::path::Path::new(&out_dir).join("javascript.rs");
    let patched = std::fs::read_to_string(&parser)
        .and_then(|text| std::fs::write(&parser, never_inline_fallible_actions(&text)));
    if let Err(err) = patched {
        eprintln!("cannot rewrite {}: {err}", parser.display());
        std::process::exit(1);
    }
}

/// Marks `#[inline(never)]` the action functions (`__actionN`) that the
/// generated dispatcher `__reduce` calls itself: those of the productions
/// whose action can fail (`=>?`), which LALRPOP writes inline in its
/// `match` rather than in a function of their own. Inlined there, their
/// bodies gave the dispatcher a stack frame of some 35 KB, probed page by
/// page on every reduction whatever the production. A mark already there
/// is kept as it is: LALRPOP leaves an output whose grammar has not
/// changed, so a text may be rewritten twice.
fn never_inline_fallible_actions(text: &str) -> String {
    const CALL: &str = "super::__action";
    const DEF: &str = "\nfn __action";
    const MARK: &str = "#[inline(never)]\n";
    let dispatcher = text.find("fn __reduce<").map_or("", |start| {
        let len = text[start + 1..]
            .find("\n    fn ")
            .map_or(text.len() - start, |end| end + 1);
        &text[start..start + len]
    });
    let number = |s: &str| -> Option<usize> {
        let digits = s.bytes().take_while(u8::is_ascii_digit).count();
        s[..digits].parse().ok()
    };
    let mut called = Vec::new();
    for (at, _) in dispatcher.match_indices(CALL) {
        if let Some(n) = number(&dispatcher[at + CALL.len()..]) {
            called.push(n);
        }
    }
    called.sort_unstable();
    let mut out = String::with_capacity(text.len() + called.len() * MARK.len());
    let mut rest = text;
    while let Some(at) = rest.find(DEF) {
        // `before` keeps the line break; the definition starts after it.
        let (before, after) = rest.split_at(at + 1);
        out.push_str(before);
        let name = &after[DEF.len() - 1..];
        let marked = number(name).is_some_and(|n| called.binary_search(&n).is_ok());
        if marked && !before.ends_with(MARK) {
            out.push_str(MARK);
        }
        out.push_str(&DEF[1..]);
        rest = name;
    }
    out.push_str(rest);
    out
}
