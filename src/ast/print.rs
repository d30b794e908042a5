pub fn print(_p: &super::Program) -> String { String::new() }
