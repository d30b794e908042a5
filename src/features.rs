//! The CloudFront Functions runtimes and what each of them accepts.
//!
//! CloudFront refuses, when a function is published, any syntax its runtime
//! page does not list. edgefn refuses it when the function is compiled, and
//! this module is where the lists live (see `conformance/README.md` for the
//! sources).

use std::fmt;
use std::str::FromStr;

/// A CloudFront Functions JavaScript runtime.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Runtime {
    /// `cloudfront-js-1.0`: ES5.1 plus a few ES6 forms; njs byte strings.
    Js1,
    /// `cloudfront-js-2.0`: adds `let`/`const`, `async`/`await`, and more.
    Js2,
}

impl Runtime {
    /// The identifier CloudFront uses (`FunctionConfig.Runtime`).
    pub const fn id(self) -> &'static str {
        match self {
            Runtime::Js1 => "cloudfront-js-1.0",
            Runtime::Js2 => "cloudfront-js-2.0",
        }
    }

    /// Both runtimes, oldest first.
    pub const ALL: [Runtime; 2] = [Runtime::Js1, Runtime::Js2];
}

impl Default for Runtime {
    /// New functions default to the newest runtime, as the CloudFront console does.
    fn default() -> Runtime {
        Runtime::Js2
    }
}

impl fmt::Display for Runtime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for Runtime {
    type Err = String;

    /// Accepts the CloudFront identifiers and the short forms `1.0` and `2.0`.
    fn from_str(s: &str) -> Result<Runtime, String> {
        match s {
            "cloudfront-js-1.0" | "1.0" | "1" => Ok(Runtime::Js1),
            "cloudfront-js-2.0" | "2.0" | "2" => Ok(Runtime::Js2),
            _ => Err(format!(
                "unknown runtime `{s}` (expected cloudfront-js-1.0 or cloudfront-js-2.0)"
            )),
        }
    }
}

/// A piece of syntax that some runtime does not list, named for messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Feature {
    /// `let` declarations (2.0 only).
    Let,
    /// `const` declarations (2.0 only).
    Const,
    /// `async function` (2.0 only).
    AsyncFunction,
    /// `await` (2.0 only).
    Await,
    /// `1_000` (2.0 only).
    NumericSeparator,
    /// `var {a} = o`, `[a, b] = xs`.
    Destructuring,
    /// `f(...xs)`, `[...xs]`, `{...o}`.
    Spread,
    /// `function f(a = 1)`.
    DefaultParameters,
    /// `for (x of xs)`.
    ForOf,
    /// `class A {}`.
    Classes,
    /// `function* g() {}`, `yield`.
    Generators,
    /// `{ f() {} }`.
    ShorthandMethods,
    /// `{ a, b }`.
    ShorthandProperties,
    /// `{ [k]: v }`.
    ComputedKeys,
    /// `a?.b`.
    OptionalChaining,
    /// `a ?? b`.
    NullishCoalescing,
    /// `a ??= b`, `a &&= b`, `a ||= b`.
    LogicalAssignment,
    /// ``tag`text` ``.
    TaggedTemplates,
    /// `async x => x`, `async () => {}`.
    AsyncArrows,
    /// `async function` used as an expression.
    AsyncFunctionExpressions,
    /// `import ... from '...'` (2.0, for the modules CloudFront provides).
    Import,
    /// `export` declarations.
    Export,
    /// `catch {}` without a binding (ES2019).
    OptionalCatchBinding,
    /// `#x` private names.
    PrivateNames,
    /// `@decorator`.
    Decorators,
    /// `10n`.
    BigInt,
    /// `/./s` and other flags the runtime does not list.
    RegexFlags,
}

impl Feature {
    /// The feature's name in messages ("destructuring is not supported...").
    pub const fn name(self) -> &'static str {
        match self {
            Feature::Let => "`let` declarations",
            Feature::Const => "`const` declarations",
            Feature::AsyncFunction => "`async` functions",
            Feature::Await => "`await`",
            Feature::NumericSeparator => "numeric separators",
            Feature::Destructuring => "destructuring",
            Feature::Spread => "spread syntax (`...`)",
            Feature::DefaultParameters => "default parameters",
            Feature::ForOf => "`for...of` loops",
            Feature::Classes => "classes",
            Feature::Generators => "generators",
            Feature::ShorthandMethods => "shorthand methods",
            Feature::ShorthandProperties => "shorthand properties",
            Feature::ComputedKeys => "computed property keys",
            Feature::OptionalChaining => "optional chaining (`?.`)",
            Feature::NullishCoalescing => "nullish coalescing (`??`)",
            Feature::LogicalAssignment => "logical assignment operators",
            Feature::TaggedTemplates => "tagged templates",
            Feature::AsyncArrows => "async arrow functions",
            Feature::AsyncFunctionExpressions => "async function expressions",
            Feature::Import => "`import` declarations",
            Feature::Export => "`export` declarations",
            Feature::OptionalCatchBinding => "`catch` without a binding",
            Feature::PrivateNames => "private names (`#x`)",
            Feature::Decorators => "decorators",
            Feature::BigInt => "BigInt literals",
            Feature::RegexFlags => "this regular-expression flag",
        }
    }

    /// Whether the name is plural ("classes are", "destructuring is").
    const fn is_plural(self) -> bool {
        !matches!(
            self,
            Feature::Await
                | Feature::Destructuring
                | Feature::Spread
                | Feature::OptionalChaining
                | Feature::NullishCoalescing
                | Feature::OptionalCatchBinding
                | Feature::RegexFlags
        )
    }

    /// The oldest runtime that lists the feature, if any does.
    pub const fn since(self) -> Option<Runtime> {
        match self {
            Feature::Let
            | Feature::Const
            | Feature::AsyncFunction
            | Feature::Await
            | Feature::NumericSeparator
            | Feature::Import => Some(Runtime::Js2),
            _ => None,
        }
    }

    /// Whether `runtime` lists the feature.
    pub fn supported_by(self, runtime: Runtime) -> bool {
        self.since().is_some_and(|since| runtime >= since)
    }

    /// The message for using the feature under `runtime`, which lacks it.
    pub fn unsupported_message(self, runtime: Runtime) -> String {
        let verb = if self.is_plural() { "are" } else { "is" };
        match self.since() {
            Some(since) if since > runtime => format!(
                "{} {verb} not supported by {runtime} (available in {since})",
                self.name()
            ),
            _ => format!("{} {verb} not supported by {runtime}", self.name()),
        }
    }
}

/// The regular-expression flags `runtime` accepts: ES5.1's `g`, `i`, `m`,
/// and in 2.0 the sticky flag `y` (its page lists the `sticky` accessor).
pub fn regex_flags(runtime: Runtime) -> &'static str {
    match runtime {
        Runtime::Js1 => "gim",
        Runtime::Js2 => "gimy",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn runtime_ids_round_trip() {
        for rt in Runtime::ALL {
            assert_eq!(rt.id().parse::<Runtime>(), Ok(rt));
        }
        assert!("cloudfront-js-3.0".parse::<Runtime>().is_err());
    }

    #[test]
    fn messages_name_the_feature_and_where_it_exists() {
        assert_eq!(
            Feature::Const.unsupported_message(Runtime::Js1),
            "`const` declarations are not supported by cloudfront-js-1.0 (available in cloudfront-js-2.0)"
        );
        assert_eq!(
            Feature::Destructuring.unsupported_message(Runtime::Js2),
            "destructuring is not supported by cloudfront-js-2.0"
        );
        assert_eq!(
            Feature::ForOf.unsupported_message(Runtime::Js2),
            "`for...of` loops are not supported by cloudfront-js-2.0"
        );
    }
}
