//! Generates the JavaScript parser from `grammar/*.lalrpop` into `OUT_DIR`.

fn main() {
    println!("cargo:rerun-if-changed=grammar");
    if let Err(err) = lalrpop::Configuration::new()
        .set_in_dir("grammar")
        .process_dir("grammar")
    {
        eprintln!("LALRPOP failed on grammar/: {err}");
        std::process::exit(1);
    }
}
