//! The configuration file of `edgefn serve` (TOML) and cache-behavior path
//! patterns.
//!
//! ```toml
//! listen = "127.0.0.1:8080"
//! origin = "http://127.0.0.1:9000"
//! admin = "127.0.0.1:9090"
//! runtime = "cloudfront-js-2.0"        # default runtime of every function
//!
//! [distribution]                        # event.context
//! id = "EDFDVBD6EXAMPLE"
//! domain_name = "d111111abcdef8.cloudfront.net"
//!
//! [kvs]                                 # key value stores: ID = import file
//! redirects = "kvs/redirects.json"
//!
//! derive_viewer_headers = true          # cloudfront-viewer-address and co.
//!
//! [viewer_headers]                      # values edgefn cannot derive locally
//! cloudfront-viewer-country = "DE"
//!
//! [edge_location]                       # cf.edgeLocation (2.0)
//! name = "SEA"
//! region = "us-west-2"
//!
//! [default_behavior]
//! viewer_request = "functions/rewrite.js"
//! viewer_response = "functions/headers.js"
//!
//! [[behaviors]]
//! path_pattern = "/api/*"
//! viewer_request = "functions/auth.js"
//! runtime = "cloudfront-js-1.0"
//! kvs = "redirects"
//! ```
//!
//! Relative paths are relative to the configuration file's folder. A
//! function is associated with the store its behavior names in `kvs`;
//! when only one store is declared in all, every function gets it
//! (CloudFront allows one store per function).

use super::{Behavior, Config, Distribution, EdgeLocationConfig, FunctionSpec};
use crate::features::Runtime;
use crate::runtime::{InMemoryKvs, KeyValueStore};
use http::{HeaderName, HeaderValue};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

/// The configuration file, as written. Command-line flags fill in or
/// override its fields before [`FileConfig::into_config`] resolves it.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    /// The proxy's address (default `127.0.0.1:8080`).
    pub listen: Option<String>,
    /// The origin's URL: `http://host:port`, optionally with a path
    /// prefix (CloudFront's origin path).
    pub origin: Option<String>,
    /// The admin listener's address (`/metrics`); none by default.
    pub admin: Option<String>,
    /// The default runtime of functions (default `cloudfront-js-2.0`).
    pub runtime: Option<String>,
    /// `event.context`'s distribution fields.
    #[serde(default)]
    pub distribution: DistributionFile,
    /// Key value stores: ID → CloudFront import file.
    #[serde(default)]
    pub kvs: BTreeMap<String, PathBuf>,
    /// Fixed request headers added to every request, for the
    /// `cloudfront-viewer-*` values edgefn cannot derive (country, city…).
    #[serde(default)]
    pub viewer_headers: BTreeMap<String, String>,
    /// Whether `cloudfront-viewer-address`, `-http-version` and
    /// `cloudfront-forwarded-proto` are added (default true).
    pub derive_viewer_headers: Option<bool>,
    /// What `cf.edgeLocation` reports (its `serverIp` is the proxy's own
    /// address on the connection).
    pub edge_location: Option<EdgeLocationConfig>,
    /// Milliseconds between checks of function files (default 500; 0
    /// turns hot reload off).
    pub reload_interval_ms: Option<u64>,
    /// Seconds to wait for the origin's response headers (default 30).
    pub origin_timeout_s: Option<u64>,
    /// The behavior of paths no pattern matches.
    #[serde(default)]
    pub default_behavior: BehaviorFile,
    /// Cache behaviors: the most specific matching pattern wins.
    #[serde(default)]
    pub behaviors: Vec<BehaviorFile>,
}

/// `[distribution]`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DistributionFile {
    /// `context.distributionId`.
    pub id: Option<String>,
    /// `context.distributionDomainName`.
    pub domain_name: Option<String>,
}

/// `[default_behavior]` and each `[[behaviors]]`.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BehaviorFile {
    /// The path pattern (not for the default behavior).
    pub path_pattern: Option<String>,
    /// The viewer-request function's file.
    pub viewer_request: Option<PathBuf>,
    /// The viewer-response function's file.
    pub viewer_response: Option<PathBuf>,
    /// This behavior's runtime, when not the default.
    pub runtime: Option<String>,
    /// The ID of the key value store its functions use.
    pub kvs: Option<String>,
}

impl FileConfig {
    /// Reads and parses a configuration file; relative paths in it become
    /// relative to its folder.
    pub fn load(path: &Path) -> Result<FileConfig, String> {
        let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let base = path.parent().unwrap_or(Path::new(""));
        FileConfig::parse(&text, base).map_err(|e| format!("{}: {e}", path.display()))
    }

    /// Parses configuration text whose relative paths are relative to
    /// `base`.
    pub fn parse(text: &str, base: &Path) -> Result<FileConfig, String> {
        let mut config: FileConfig = toml::from_str(text).map_err(|e| e.to_string())?;
        let rebase = |p: &mut PathBuf| {
            if p.is_relative() {
                *p = base.join(&*p);
            }
        };
        for path in config.kvs.values_mut() {
            rebase(path);
        }
        for b in std::iter::once(&mut config.default_behavior).chain(config.behaviors.iter_mut()) {
            b.viewer_request.as_mut().map(rebase);
            b.viewer_response.as_mut().map(rebase);
        }
        Ok(config)
    }

    /// Checks every field, reads the key value stores and builds the
    /// proxy's [`Config`] (functions are compiled later, by
    /// [`super::start`]).
    pub fn into_config(self) -> Result<Config, String> {
        let origin = self
            .origin
            .as_deref()
            .ok_or("no origin: give `--origin URL` or `origin` in the config file")?;
        let origin: http::Uri = origin
            .parse()
            .map_err(|e| format!("origin {origin:?}: {e}"))?;
        let mut config = Config::new(origin);
        config.listen = parse_addr(self.listen.as_deref().unwrap_or("127.0.0.1:8080"), "listen")?;
        config.admin = self
            .admin
            .as_deref()
            .map(|a| parse_addr(a, "admin"))
            .transpose()?;
        let runtime: Runtime = match &self.runtime {
            Some(r) => r.parse()?,
            None => Runtime::default(),
        };
        if let Some(id) = self.distribution.id {
            config.distribution.id = id;
        }
        if let Some(name) = self.distribution.domain_name {
            config.distribution.domain_name = name;
        }
        let mut stores: BTreeMap<String, Arc<dyn KeyValueStore>> = BTreeMap::new();
        for (id, path) in &self.kvs {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("key value store {id}: {}: {e}", path.display()))?;
            let store = InMemoryKvs::from_import_json(id.clone(), &text)
                .map_err(|e| format!("key value store {id}: {}: {e}", path.display()))?;
            stores.insert(id.clone(), Arc::new(store));
        }
        for (name, value) in &self.viewer_headers {
            let n = HeaderName::from_bytes(name.as_bytes())
                .map_err(|_| format!("viewer_headers: invalid name {name:?}"))?;
            let v = HeaderValue::from_str(value)
                .map_err(|_| format!("viewer_headers: invalid value for {name}"))?;
            config.viewer_headers.push((n, v));
        }
        config.edge_location = self.edge_location;
        if let Some(derive) = self.derive_viewer_headers {
            config.derive_viewer_headers = derive;
        }
        if let Some(ms) = self.reload_interval_ms {
            config.reload_interval = (ms > 0).then(|| Duration::from_millis(ms));
        }
        if let Some(s) = self.origin_timeout_s {
            config.origin_timeout = Duration::from_secs(s);
        }
        let only_store = if stores.len() == 1 {
            stores.values().next().cloned()
        } else {
            None
        };
        let behavior = |b: &BehaviorFile, what: &str| -> Result<Behavior, String> {
            let runtime = match &b.runtime {
                Some(r) => r.parse().map_err(|e| format!("{what}: {e}"))?,
                None => runtime,
            };
            let kvs = match &b.kvs {
                Some(id) => Some(
                    stores
                        .get(id)
                        .cloned()
                        .ok_or_else(|| format!("{what}: no key value store {id:?}"))?,
                ),
                None => only_store.clone(),
            };
            let spec = |path: &PathBuf| FunctionSpec {
                path: path.clone(),
                runtime,
                limits: Default::default(),
                kvs: kvs.clone(),
            };
            Ok(Behavior {
                path_pattern: b.path_pattern.clone().unwrap_or_else(|| "*".into()),
                viewer_request: b.viewer_request.as_ref().map(spec),
                viewer_response: b.viewer_response.as_ref().map(spec),
            })
        };
        if self.default_behavior.path_pattern.is_some() {
            return Err("default_behavior: it has no path_pattern (it takes what no other behavior matches)".into());
        }
        config.default_behavior = behavior(&self.default_behavior, "default_behavior")?;
        for (i, b) in self.behaviors.iter().enumerate() {
            let what = format!("behaviors[{i}]");
            let pattern = b
                .path_pattern
                .as_deref()
                .ok_or_else(|| format!("{what}: needs a path_pattern"))?;
            PathPattern::new(pattern).map_err(|e| format!("{what}: {e}"))?;
            config.behaviors.push(behavior(b, &what)?);
        }
        Ok(config)
    }
}

fn parse_addr(text: &str, what: &str) -> Result<SocketAddr, String> {
    text.parse()
        .map_err(|_| format!("{what}: {text:?} is not an address such as 127.0.0.1:8080"))
}

/// A cache behavior's path pattern: case-sensitive, `*` matches any run of
/// characters, `?` exactly one, everything else itself. As in CloudFront,
/// the leading `/` may be left out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PathPattern {
    pattern: Vec<char>,
}

impl PathPattern {
    /// Parses a pattern (at most 255 characters, as CloudFront allows).
    pub fn new(pattern: &str) -> Result<PathPattern, String> {
        if pattern.is_empty() || pattern.chars().count() > 255 {
            return Err(format!(
                "path pattern {pattern:?} must be 1 to 255 characters"
            ));
        }
        if pattern.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!(
                "path pattern {pattern:?} may not contain spaces or control characters"
            ));
        }
        let mut chars: Vec<char> = pattern.chars().collect();
        if !matches!(chars.first(), Some('/' | '*')) {
            chars.insert(0, '/');
        }
        Ok(PathPattern { pattern: chars })
    }

    /// How specific the pattern is: its literal characters. The most
    /// specific matching pattern wins.
    pub fn specificity(&self) -> usize {
        self.pattern
            .iter()
            .filter(|&&c| c != '*' && c != '?')
            .count()
    }

    /// Whether `path` (a request's URI path, without the query string)
    /// matches.
    pub fn matches(&self, path: &str) -> bool {
        // Greedy matching with one backtrack point (the last `*`): linear
        // in practice, and never worse than pattern × path.
        let p = &self.pattern;
        let s: Vec<char> = path.chars().collect();
        let (mut pi, mut si) = (0, 0);
        let mut star: Option<(usize, usize)> = None;
        while si < s.len() {
            match p.get(pi) {
                Some('*') => {
                    star = Some((pi, si));
                    pi += 1;
                }
                Some(&c) if c == '?' || c == s[si] => {
                    pi += 1;
                    si += 1;
                }
                _ => match star {
                    Some((sp, ss)) => {
                        pi = sp + 1;
                        si = ss + 1;
                        star = Some((sp, ss + 1));
                    }
                    None => return false,
                },
            }
        }
        p[pi..].iter().all(|&c| c == '*')
    }
}

/// `event.context`'s distribution fields, when not configured: the
/// placeholders of AWS's documentation.
impl Default for Distribution {
    fn default() -> Distribution {
        Distribution {
            id: "EDFDVBD6EXAMPLE".into(),
            domain_name: "d111111abcdef8.cloudfront.net".into(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns() {
        let p = |s: &str| PathPattern::new(s).unwrap();
        assert!(p("*").matches("/"));
        assert!(p("*").matches("/a/b"));
        assert!(p("/images/*.jpg").matches("/images/a/b.jpg"));
        assert!(!p("/images/*.jpg").matches("/images/a/b.jpeg"));
        assert!(p("images/*").matches("/images/x"), "leading slash optional");
        assert!(!p("/images/*").matches("/Images/x"), "case-sensitive");
        assert!(p("/a?c").matches("/abc"));
        assert!(!p("/a?c").matches("/ac"));
        assert!(p("/a*b*c").matches("/aXbYbZc"));
        assert!(!p("/a*b*c").matches("/aXbYbZ"));
        assert!(p("/exact").matches("/exact"));
        assert!(!p("/exact").matches("/exact/"));
        assert!(p("/é*").matches("/été"));
        assert!(p("/api/v1/*").specificity() > p("/api/*").specificity());
        assert!(PathPattern::new("").is_err());
        assert!(PathPattern::new("/a b").is_err());
    }

    #[test]
    fn file_config_resolves_paths_stores_and_behaviors() {
        let dir = std::env::temp_dir().join(format!("edgefn-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("s.json"), r#"{"data":[{"key":"k","value":"v"}]}"#).unwrap();
        let text = r#"
            origin = "http://127.0.0.1:9000/prefix"
            admin = "127.0.0.1:0"
            runtime = "cloudfront-js-1.0"
            [distribution]
            id = "E1"
            [kvs]
            store = "s.json"
            [viewer_headers]
            cloudfront-viewer-country = "DE"
            [default_behavior]
            viewer_request = "req.js"
            [[behaviors]]
            path_pattern = "/api/*"
            viewer_response = "/abs/resp.js"
            runtime = "2.0"
        "#;
        let file = FileConfig::parse(text, &dir).unwrap();
        assert_eq!(
            file.default_behavior.viewer_request.as_deref(),
            Some(dir.join("req.js").as_path())
        );
        let config = file.into_config().unwrap();
        assert_eq!(config.listen, "127.0.0.1:8080".parse().unwrap());
        assert_eq!(config.distribution.id, "E1");
        assert_eq!(
            config.distribution.domain_name,
            "d111111abcdef8.cloudfront.net"
        );
        let vr = config.default_behavior.viewer_request.as_ref().unwrap();
        assert_eq!(vr.runtime, Runtime::Js1);
        assert_eq!(
            vr.kvs.as_ref().unwrap().id(),
            "store",
            "the only store goes to every function"
        );
        let api = &config.behaviors[0];
        assert_eq!(api.path_pattern, "/api/*");
        assert_eq!(
            api.viewer_response.as_ref().unwrap().path,
            PathBuf::from("/abs/resp.js")
        );
        assert_eq!(api.viewer_response.as_ref().unwrap().runtime, Runtime::Js2);
        assert_eq!(config.viewer_headers[0].0, "cloudfront-viewer-country");
        let _ = std::fs::remove_dir_all(&dir);

        let bad = |t: &str| {
            FileConfig::parse(t, Path::new(""))
                .and_then(FileConfig::into_config)
                .unwrap_err()
        };
        assert!(
            bad("origin = \"http://o\"\nunknown = 1").contains("unknown"),
            "unknown keys are refused"
        );
        assert!(bad("").contains("no origin"));
        assert!(
            bad("origin = \"http://o\"\n[[behaviors]]\nviewer_request = \"a.js\"")
                .contains("path_pattern")
        );
        assert!(
            bad("origin = \"http://o\"\n[default_behavior]\nkvs = \"nope\"")
                .contains("no key value store")
        );
    }
}
