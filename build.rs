//! Generates, into `OUT_DIR`, the JavaScript parser from
//! `grammar/*.lalrpop` and the regex engine's case-folding tables.

#[path = "src/regex/canonical.rs"]
mod canonical;

use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=grammar");
    println!("cargo:rerun-if-changed=src/regex/canonical.rs");
    // The grammar is LR(1) (canonical construction finds no conflict), but
    // LALRPOP's default lane-table construction reports spurious conflicts on
    // it. This variable selects the canonical construction; it is the only
    // switch LALRPOP offers for it.
    // SAFETY: the build script has not started any thread yet, so nothing
    // can read the environment concurrently.
    unsafe { std::env::set_var("LALRPOP_LANE_TABLE", "disabled") };
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| "target".into());
    let folding = std::path::Path::new(&out_dir).join("case_folding.rs");
    if let Err(err) = std::fs::write(&folding, case_folding_tables()) {
        eprintln!("cannot write {}: {err}", folding.display());
        std::process::exit(1);
    }
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
    let patched = std::fs::read_to_string(&parser).and_then(|text| {
        let text = forget_copied_symbols(&text);
        let text = fallible_reductions_out_of_line(&text).unwrap_or(text);
        let text = goto_as_table(&text).unwrap_or(text);
        // Each rewrite is made at most once (LALRPOP leaves an output whose
        // grammar has not changed, so a text may come back rewritten): a
        // mark of it missing now means the text was in another shape.
        for (mark, what) in [
            ("core::mem::forget(__s)", "the symbol pops"),
            ("fn __reduce_fallible", "the fallible reductions"),
            ("__GOTO_TABLE", "__goto"),
        ] {
            if !text.contains(mark) {
                println!(
                    "cargo::warning=build.rs left {what} of the generated parser as LALRPOP \
                     wrote them (not in the expected shape): it works, only slower"
                );
            }
        }
        std::fs::write(&parser, text)
    });
    if let Err(err) = patched {
        eprintln!("cannot rewrite {}: {err}", parser.display());
        std::process::exit(1);
    }
}

/// Moves the reductions that LALRPOP writes inline in its dispatcher
/// `__reduce` (those of the fallible `=>?` productions, about 260) into
/// functions of their own (marked `#[inline(never)]`), as it writes the
/// others: the locals of the inline ones, which LLVM does not overlap,
/// gave the dispatcher a stack frame of some 30 KB, probed page by page
/// on every reduction whatever the production. An arm is moved only when
/// its one way out early is the error of its action, which the function
/// returns for the arm to return; `None` when `__reduce` is not in the
/// shape expected, and the text is then kept as it is.
fn fallible_reductions_out_of_line(text: &str) -> Option<String> {
    const SIGNATURE: &str = "    fn __reduce<\n        'c,\n        'a,\n    >(\n        \
        ctx: &'c Ctx<'a>,\n        \
        __action: i16,\n        __lookahead_start: Option<&u32>,\n        \
        __states: &mut alloc::vec::Vec<i16>,\n        \
        __symbols: &mut alloc::vec::Vec<(u32,__Symbol<'a>,u32)>,\n        \
        _: core::marker::PhantomData<(&'c (), &'a ())>,\n    ) -> \
        Option<Result<&'a [Stmt<'a>],__lalrpop_util::ParseError<u32, Tok, SyntaxError>>>\n    \
        where\n        'a: 'c,\n";
    const EARLY: &str = "return Some(Err(e)),";
    let start = text.find(SIGNATURE)?;
    let len = text[start..].find("\n    }\n")? + "\n    }\n".len();
    let dispatcher = &text[start..start + len];
    let mut new_dispatcher = String::with_capacity(dispatcher.len());
    let mut functions = String::new();
    let mut lines = dispatcher.split_inclusive('\n');
    while let Some(line) = lines.next() {
        new_dispatcher.push_str(line);
        let arm = line
            .strip_prefix("            ")
            .and_then(|l| l.strip_suffix(" => {\n"))
            .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        let Some(arm) = arm else { continue };
        let mut body = Vec::new();
        for line in lines.by_ref() {
            if line == "            }\n" {
                break;
            }
            body.push(line);
        }
        let (last, statements) = body.split_last()?;
        let movable = !statements.is_empty()
            && last.trim_start().starts_with('(')
            && !last.contains("return")
            && statements
                .iter()
                .all(|l| !l.contains("return") || l.trim() == format!("Err(e) => {EARLY}"));
        if movable {
            new_dispatcher.push_str(&format!(
                "                match __reduce_fallible{arm}(ctx, __lookahead_start, __symbols) {{\n                    \
                 Ok(r) => r,\n                    Err(e) => {EARLY}\n                }}\n"
            ));
            functions.push_str(&format!(
                "    #[inline(never)]\n    #[allow(unused_variables)]\n    fn __reduce_fallible{arm}<'c, 'a: 'c>(\n        \
                 ctx: &'c Ctx<'a>,\n        __lookahead_start: Option<&u32>,\n        \
                 __symbols: &mut alloc::vec::Vec<(u32,__Symbol<'a>,u32)>,\n    ) -> \
                 Result<(usize, usize), __lalrpop_util::ParseError<u32, Tok, SyntaxError>>\n    {{\n"
            ));
            for line in statements {
                functions.push_str(&line.replacen(EARLY, "return Err(e),", 1));
            }
            functions.push_str(&format!("                Ok({})\n    }}\n", last.trim()));
        } else {
            for line in &body {
                new_dispatcher.push_str(line);
            }
        }
        new_dispatcher.push_str("            }\n");
    }
    let mut out = String::with_capacity(text.len() + functions.len());
    out.push_str(&text[..start]);
    out.push_str(&new_dispatcher);
    out.push_str(&functions);
    out.push_str(&text[start + len..]);
    Some(out)
}

/// Makes the generated `__pop_VariantN` functions, which take a symbol
/// off the parser's stack and return its value, forget the symbol they
/// took a value of a `Copy` type from (a token, a name, a node of the
/// tree, which lives in the arena) instead of dropping it: the value is
/// copied out, so the symbol is still whole and its drop is a call to the
/// drop of the whole symbol type, which is too large to be inlined,
/// although a symbol of these variants owns nothing. Every variant is
/// treated so but the arena lists under construction (`List`), which are
/// not `Copy`; a type that stopped being `Copy` would make the parser fail
/// to compile (the symbol would be partly moved), not leak.
fn forget_copied_symbols(text: &str) -> String {
    const HEAD: &str = "\n    fn __pop_Variant";
    let mut out = String::with_capacity(text.len() + 64 * 1024);
    let mut rest = text;
    while let Some(at) = rest.find(HEAD) {
        let (before, after) = rest.split_at(at + HEAD.len());
        out.push_str(before);
        rest = after;
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        let variant = &rest[..digits];
        let Some(end) = rest.find("\n    }\n") else {
            continue;
        };
        let body = &rest[..end];
        let copied = body
            .split_once(") -> (u32, ")
            .and_then(|(_, ret)| ret.split_once(", u32)\n"))
            .is_some_and(|(ty, _)| !ty.starts_with("List<"));
        let arm = format!("Some((__l, __Symbol::Variant{variant}(__v), __r)) => (__l, __v, __r),");
        if copied && !variant.is_empty() && body.contains(&arm) {
            let forgetting = format!(
                "Some((__l, __s, __r)) => match __s {{ __Symbol::Variant{variant}(__v) => \
                 {{ core::mem::forget(__s); (__l, __v, __r) }} _ => __symbol_type_mismatch() }},"
            );
            out.push_str(&body.replacen(&arm, &forgetting, 1));
            rest = &rest[end..];
        }
    }
    out.push_str(rest);
    out
}

/// Rewrites the generated `__goto` (the state an LR reduction moves to,
/// by state and nonterminal) from a `match` into a table lookup: LALRPOP
/// writes it as one `match` on the state per nonterminal, whose arms list
/// hundreds of state ranges, and the decision trees compiled from them
/// cost some fifty instructions per reduction. The table gives every
/// nonterminal a run of entries over the states its arms name (0 where its
/// catch-all applies) and keeps its catch-all, so each lookup answers what
/// the `match` answers, for every state. `None` when the function is not
/// in the shape expected (a LALRPOP that writes it otherwise): the
/// `match` is then kept as it is.
fn goto_as_table(text: &str) -> Option<String> {
    /// A state and the state a goto from it leads to.
    type Goto = (usize, i64);
    const HEAD: &str = "    fn __goto(state: ";
    let start = text.find(HEAD)?;
    let len = text[start..].find("\n    }\n")? + "\n    }\n".len();
    let function = &text[start..start + len];
    let mut lines = function.lines();
    let signature = lines.next()?;
    let (state_type, rest) = signature
        .strip_prefix(HEAD)?
        .split_once(", nt: usize) -> ")?;
    if rest != format!("{state_type} {{") {
        return None;
    }
    if lines.next()?.trim() != "match nt {" {
        return None;
    }
    // Per nonterminal: its number, its catch-all and its entries.
    let mut rows: Vec<(usize, i64, Vec<Goto>)> = Vec::new();
    let mut open: Option<(usize, Vec<Goto>)> = None;
    let mut finished = false;
    for line in lines {
        let line = line.trim();
        // The end of a nonterminal's `match state`.
        if line == "}," && open.is_none() {
            continue;
        }
        if finished {
            if line != "}" {
                return None;
            }
            continue;
        }
        let (pattern, value) = line.strip_suffix(',').unwrap_or(line).split_once(" => ")?;
        match (&mut open, pattern, value) {
            (None, "_", "0") => finished = true,
            (None, nt, "match state {") => open = Some((nt.parse().ok()?, Vec::new())),
            (None, nt, target) => rows.push((nt.parse().ok()?, target.parse().ok()?, Vec::new())),
            (Some(_), "_", default) => {
                let (nt, entries) = open.take()?;
                rows.push((nt, default.parse().ok()?, entries));
            }
            (Some((_, entries)), states, target) => {
                let target: i64 = target.parse().ok()?;
                // 0 marks the catch-all in the table: no goto leads back
                // to the start state, but check rather than assume.
                if target == 0 {
                    return None;
                }
                for part in states.split(" | ") {
                    let (first, last) = part.split_once("..=").unwrap_or((part, part));
                    let (first, last): (usize, usize) = (first.parse().ok()?, last.parse().ok()?);
                    entries.extend((first..=last).map(|s| (s, target)));
                }
            }
        }
    }
    if !finished || open.is_some() {
        return None;
    }
    let nonterminals = rows.iter().map(|r| r.0 + 1).max().unwrap_or(0);
    let mut index = vec![(0usize, 0usize, 0usize, 0i64); nonterminals];
    let mut table: Vec<i64> = Vec::new();
    for (nt, default, entries) in &rows {
        let first = entries.iter().map(|e| e.0).min().unwrap_or(0);
        let last = entries.iter().map(|e| e.0 + 1).max().unwrap_or(0);
        let span = last.saturating_sub(first);
        let offset = table.len();
        table.resize(offset + span, 0);
        for &(state, target) in entries {
            table[offset + state - first] = target;
        }
        index[*nt] = (first, span, offset, *default);
    }
    let mut out = String::with_capacity(text.len() + table.len() * 6);
    out.push_str(&text[..start]);
    out.push_str(&format!(
        "    fn __goto(state: {state_type}, nt: usize) -> {state_type} {{\n"
    ));
    out.push_str(
        "        // Per nonterminal: first state, number of states, offset in\n        \
         // __GOTO_TABLE, catch-all (see goto_as_table in build.rs).\n",
    );
    out.push_str(&format!(
        "        static __GOTO_ROWS: [(u32, u32, u32, {state_type}); {nonterminals}] = [\n"
    ));
    for (first, span, offset, default) in &index {
        out.push_str(&format!(
            "            ({first}, {span}, {offset}, {default}),\n"
        ));
    }
    out.push_str("        ];\n");
    out.push_str(&format!(
        "        static __GOTO_TABLE: [{state_type}; {}] = [",
        table.len()
    ));
    for (i, target) in table.iter().enumerate() {
        if i % 32 == 0 {
            out.push_str("\n           ");
        }
        out.push_str(&format!(" {target},"));
    }
    out.push_str("\n        ];\n");
    out.push_str(
        "        let Some(&(first, span, offset, default)) = __GOTO_ROWS.get(nt) else {\n            \
         return 0;\n        };\n        \
         let i = (state as usize).wrapping_sub(first as usize);\n        \
         if i < span as usize {\n            \
         if let Some(&next) = __GOTO_TABLE.get(offset as usize + i) {\n                \
         if next != 0 {\n                    return next;\n                }\n            }\n        }\n        \
         default\n    }\n",
    );
    out.push_str(&text[start + len..]);
    Some(out)
}

/// The case-folding tables of `src/regex/chars.rs` as Rust source: for
/// every code unit its canonical form and the class of units sharing that
/// form. Computing them takes some ten million instructions (a case
/// mapping per unit), which a process paid at its first regex with the `i`
/// flag; tabulated here, they cost nothing at run time.
///
/// - `PAGE_OF[hi]`: for the units `hi << 8 ..`, one more than the index of
///   their page in `PAGES`, or 0 when each of them is its own canonical
///   form and alone in its class (most pages).
/// - `PAGES[p][lo]`: the unit's canonical form in the low 16 bits and, in
///   the high 16, one more than the index in `CLASSES` of its class (0
///   when no other unit shares the form).
/// - `CLASSES[k]`: `(start, len)` of the class's units, ascending, in
///   `MEMBERS`. A class is every unit with one canonical form, made for a
///   form that some other unit has.
/// - `LOW_PARTNERS`: the units from 256 up whose class has a member below
///   256.
fn case_folding_tables() -> String {
    const UNITS: usize = 0x1_0000;
    let canon: Vec<u16> = (0..UNITS)
        .map(|u| canonical::canonicalize_slow(u as u16))
        .collect();
    // A class for each form some other unit has, numbered by ascending
    // form.
    let mut class_of = vec![0u32; UNITS];
    for (u, &c) in canon.iter().enumerate() {
        if u != usize::from(c) {
            class_of[usize::from(c)] = 1;
        }
    }
    let mut classes: Vec<Vec<u16>> = Vec::new();
    for slot in class_of.iter_mut().filter(|s| **s != 0) {
        classes.push(Vec::new());
        *slot = classes.len() as u32;
    }
    for (u, &c) in canon.iter().enumerate() {
        if let Some(k) = (class_of[usize::from(c)] as usize).checked_sub(1) {
            classes[k].push(u as u16);
        }
    }
    let entries: Vec<u32> = canon
        .iter()
        .map(|&c| u32::from(c) | (class_of[usize::from(c)] << 16))
        .collect();
    let mut page_of = [0usize; 256];
    let mut pages = Vec::new();
    for (hi, page) in entries.chunks(256).enumerate() {
        let trivial = page
            .iter()
            .enumerate()
            .all(|(lo, &e)| e == ((hi << 8) | lo) as u32);
        if !trivial {
            pages.push(page);
            page_of[hi] = pages.len();
        }
    }
    let low_partners: Vec<u16> = (256..UNITS)
        .filter(|&u| {
            let k = (entries[u] >> 16) as usize;
            k != 0 && classes[k - 1].first().is_some_and(|&m| m < 256)
        })
        .map(|u| u as u16)
        .collect();
    let mut starts = Vec::with_capacity(classes.len());
    let mut members = Vec::new();
    for class in &classes {
        starts.push(format!("({}, {})", members.len(), class.len()));
        members.extend(class.iter().map(|m| format!("{m:#x}")));
    }
    let mut out = String::from("// Generated by build.rs (`case_folding_tables`).\n");
    let pages: Vec<String> = pages
        .iter()
        .map(|page| {
            let mut text = String::from("[");
            push_items(&mut text, page.iter().map(|e| format!("{e:#x}")));
            text.push(']');
            text
        })
        .collect();
    let page_of = page_of.iter().map(|p| p.to_string());
    push_static(&mut out, "PAGE_OF", "u8", page_of.collect());
    push_static(&mut out, "PAGES", "[u32; 256]", pages);
    push_static(&mut out, "CLASSES", "(u16, u16)", starts);
    push_static(&mut out, "MEMBERS", "u16", members);
    let low_partners = low_partners.iter().map(|m| format!("{m:#x}"));
    push_static(&mut out, "LOW_PARTNERS", "u16", low_partners.collect());
    out
}

/// Appends `pub(super) static NAME: [TYPE; N] = [items];` to `out`.
fn push_static(out: &mut String, name: &str, element: &str, items: Vec<String>) {
    let _ = write!(
        out,
        "pub(super) static {name}: [{element}; {}] = [",
        items.len()
    );
    push_items(out, items.into_iter());
    out.push_str("];\n");
}

/// Appends `items`, each followed by a comma, sixteen to a line.
fn push_items(out: &mut String, items: impl Iterator<Item = String>) {
    for (i, item) in items.enumerate() {
        out.push_str(if i % 16 == 0 { "\n    " } else { " " });
        out.push_str(&item);
        out.push(',');
    }
    out.push('\n');
}
