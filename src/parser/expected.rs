//! Words for what the grammar expected, from LALRPOP's list of terminals.
//!
//! LALRPOP reports every terminal that could have come next, often dozens.
//! People want "expected an expression" or "expected `)` or `,`".

/// Terminals that can only start an expression (they cannot continue one).
const EXPRESSION_START: &[&str] = &[
    "Ident",
    "Num",
    "Str",
    "Regex",
    "TemplateFull",
    "TemplateHead",
    "\"{obj\"",
    "\"function\"",
    "\"this\"",
    "\"null\"",
    "\"true\"",
    "\"false\"",
    "\"new\"",
    "\"delete\"",
    "\"typeof\"",
    "\"void\"",
    "\"!\"",
    "\"~\"",
    "\"await\"",
    "\"async\"",
];

/// Terminals that can both start an expression and continue one.
const EITHER: &[&str] = &["\"(\"", "\"[\"", "\"+\"", "\"-\"", "\"++\"", "\"--\""];

/// Operators that continue an expression.
const OPERATORS: &[&str] = &[
    "\".\"",
    "\"*\"",
    "\"/\"",
    "\"%\"",
    "\"**\"",
    "\"<<\"",
    "\">>\"",
    "\">>>\"",
    "\"<\"",
    "\">\"",
    "\"<=\"",
    "\">=\"",
    "\"==\"",
    "\"!=\"",
    "\"===\"",
    "\"!==\"",
    "\"&\"",
    "\"|\"",
    "\"^\"",
    "\"&&\"",
    "\"||\"",
    "\"?\"",
    "\"instanceof\"",
    "\"=\"",
    "\"+=\"",
    "\"-=\"",
    "\"*=\"",
    "\"/=\"",
    "\"%=\"",
    "\"**=\"",
    "\"<<=\"",
    "\">>=\"",
    "\">>>=\"",
    "\"&=\"",
    "\"|=\"",
    "\"^=\"",
    "TemplateFull",
    "TemplateHead",
];

/// Terminals that can start a statement but not an expression.
const STATEMENT_START: &[&str] = &[
    "\"var\"",
    "\"if\"",
    "\"for\"",
    "\"while\"",
    "\"do\"",
    "\"return\"",
    "\"break\"",
    "\"continue\"",
    "\"throw\"",
    "\"try\"",
    "\"switch\"",
    "\"{\"",
    "\"debugger\"",
];

/// `" (expected ...)"` for LALRPOP's `expected` list, or `""` when it says
/// nothing useful.
pub fn phrase(expected: &[String]) -> String {
    let has = |set: &[&str]| {
        expected
            .iter()
            .filter(|e| set.contains(&e.as_str()))
            .count()
    };
    let statement = has(STATEMENT_START) >= 4;
    let expression = expected.iter().any(|e| e == "Ident") && has(EXPRESSION_START) >= 5;
    let operator = has(OPERATORS) >= 8;
    let mut parts: Vec<String> = Vec::new();
    if statement {
        parts.push("a statement".into());
    } else if expression {
        parts.push("an expression".into());
    }
    if operator {
        parts.push("an operator".into());
    }
    let covered = |e: &str| {
        ((statement || expression) && (EXPRESSION_START.contains(&e) || EITHER.contains(&e)))
            || (statement && STATEMENT_START.contains(&e))
            || (operator && (OPERATORS.contains(&e) || EITHER.contains(&e)))
    };
    let rest: Vec<&String> = expected.iter().filter(|e| !covered(e)).collect();
    if rest.len() <= 4 {
        parts.extend(rest.iter().map(|e| terminal_words(e)));
    } else if parts.is_empty() {
        return String::new();
    }
    parts.dedup();
    match parts.len() {
        0 => String::new(),
        1 => format!(" (expected {})", parts[0]),
        n => format!(
            " (expected {} or {})",
            parts[..n - 1].join(", "),
            parts[n - 1]
        ),
    }
}

/// A terminal's name as people write it.
fn terminal_words(name: &str) -> String {
    match name {
        "Ident" => "an identifier".into(),
        "Num" => "a number".into(),
        "Str" => "a string".into(),
        "Regex" => "a regular expression".into(),
        "TemplateFull" | "TemplateHead" => "a template literal".into(),
        "TemplateMiddle" | "TemplateTail" => "the rest of the template".into(),
        _ => {
            let bare = name.trim_matches('"');
            let bare = match bare {
                "{obj" => "{",
                "function-decl" => "function",
                other => other,
            };
            format!("`{bare}`")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn few_terminals_are_listed() {
        assert_eq!(
            phrase(&strings(&["\")\"", "\",\""])),
            " (expected `)` or `,`)"
        );
        assert_eq!(phrase(&strings(&["Ident"])), " (expected an identifier)");
    }

    #[test]
    fn expression_starters_are_summarised() {
        let mut v = strings(EXPRESSION_START);
        v.extend(strings(EITHER));
        v.push("\")\"".into());
        assert_eq!(phrase(&v), " (expected an expression or `)`)");
    }

    #[test]
    fn operators_are_summarised() {
        let mut v = strings(OPERATORS);
        v.extend(strings(EITHER));
        v.push("\";\"".into());
        assert_eq!(phrase(&v), " (expected an operator or `;`)");
    }
}
