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
        .set_out_dir(out_dir)
        .emit_rerun_directives(true)
        .process_dir("grammar")
    {
        eprintln!("LALRPOP failed on grammar/: {err}");
        std::process::exit(1);
    }
}
