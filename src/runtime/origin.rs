//! The parameter rules of the origin-modification helpers (the developer
//! guide's "helper methods for origin modification" page). Each check
//! returns a message naming the offending parameter.

use super::validate::is_disallowed;
use serde_json::{Map, Value as Json};

type Check = Result<(), String>;

fn object<'a>(v: &'a Json, what: &str) -> Result<&'a Map<String, Json>, String> {
    v.as_object()
        .ok_or_else(|| format!("{what} must be an object"))
}

fn string<'a>(v: &'a Json, what: &str) -> Result<&'a str, String> {
    v.as_str().ok_or_else(|| format!("{what} must be a string"))
}

fn int_in(v: &Json, what: &str, lo: f64, hi: f64) -> Result<f64, String> {
    match v.as_f64() {
        Some(n) if n.fract() == 0.0 && (lo..=hi).contains(&n) => Ok(n),
        _ => Err(format!("{what} must be an integer from {lo} to {hi}")),
    }
}

fn one_of(v: &Json, what: &str, allowed: &[&str]) -> Check {
    let s = string(v, what)?;
    if allowed.contains(&s) {
        Ok(())
    } else {
        Err(format!("{what} must be one of {}", allowed.join(", ")))
    }
}

/// A DNS name as the helpers accept it: no `:`, not an IP address, at most
/// `max` characters.
fn host_name(v: &Json, what: &str, max: usize) -> Check {
    let s = string(v, what)?;
    if s.is_empty() || s.len() > max {
        return Err(format!("{what} must be 1 to {max} characters"));
    }
    if s.contains(':') || s.parse::<std::net::IpAddr>().is_ok() {
        return Err(format!(
            "{what} must be a domain name, not an IP address or host:port"
        ));
    }
    Ok(())
}

fn certificate_names(v: &Json) -> Check {
    let names = v
        .as_array()
        .ok_or("allowedCertificateNames must be an array")?;
    if names.len() > 20 {
        return Err("allowedCertificateNames holds at most 20 names".into());
    }
    for n in names {
        let s = string(n, "each allowedCertificateNames entry")?;
        if s.is_empty() || s.len() > 64 {
            return Err("each allowedCertificateNames entry must be 1 to 64 characters".into());
        }
    }
    Ok(())
}

/// `cf.updateRequestOrigin(params)`.
pub fn check_update(params: &Json) -> Check {
    let p = object(params, "the parameters")?;
    for (name, v) in p {
        match name.as_str() {
            "domainName" => host_name(v, "domainName", 253)?,
            "hostHeader" => host_name(v, "hostHeader", 253)?,
            "sni" => host_name(v, "sni", 253)?,
            "originPath" => {
                let s = string(v, "originPath")?;
                if !s.starts_with('/') || s.ends_with('/') || s.len() > 255 {
                    return Err("originPath must start with '/', not end with '/', and be at most 255 characters".into());
                }
            }
            "customHeaders" => {
                for (h, hv) in object(v, "customHeaders")? {
                    string(hv, &format!("customHeaders[{h:?}]"))?;
                    if h.bytes().any(|b| b.is_ascii_uppercase()) {
                        return Err(format!(
                            "customHeaders[{h:?}]: header names must be lowercase"
                        ));
                    }
                    if is_disallowed(h) {
                        return Err(format!("customHeaders[{h:?}] is a disallowed header"));
                    }
                }
            }
            "connectionAttempts" => {
                int_in(v, "connectionAttempts", 1.0, 3.0)?;
            }
            "originShield" => {
                let o = object(v, "originShield")?;
                let enabled = o
                    .get("enabled")
                    .and_then(Json::as_bool)
                    .ok_or("originShield.enabled must be a boolean")?;
                match o.get("region") {
                    Some(r) => {
                        string(r, "originShield.region")?;
                    }
                    None if enabled => {
                        return Err("originShield.region is required when enabled".into());
                    }
                    None => {}
                }
            }
            "originAccessControlConfig" => {
                let o = object(v, "originAccessControlConfig")?;
                let enabled = o
                    .get("enabled")
                    .and_then(Json::as_bool)
                    .ok_or("originAccessControlConfig.enabled must be a boolean")?;
                let fields: [(&str, &[&str]); 3] = [
                    ("signingBehavior", &["always", "never", "no-override"]),
                    ("signingProtocol", &["sigv4"]),
                    (
                        "originType",
                        &["s3", "mediapackagev2", "mediastore", "lambda"],
                    ),
                ];
                for (f, allowed) in fields {
                    match o.get(f) {
                        Some(x) => one_of(x, &format!("originAccessControlConfig.{f}"), allowed)?,
                        None if enabled => {
                            return Err(format!(
                                "originAccessControlConfig.{f} is required when enabled"
                            ));
                        }
                        None => {}
                    }
                }
            }
            "timeouts" => {
                let o = object(v, "timeouts")?;
                let mut read = None;
                for (f, tv) in o {
                    match f.as_str() {
                        "readTimeout" => {
                            read = Some(int_in(tv, "timeouts.readTimeout", 1.0, 120.0)?)
                        }
                        "keepAliveTimeout" => {
                            int_in(tv, "timeouts.keepAliveTimeout", 1.0, 120.0)?;
                        }
                        "connectionTimeout" => {
                            int_in(tv, "timeouts.connectionTimeout", 1.0, 10.0)?;
                        }
                        "responseCompletionTimeout" => {}
                        other => return Err(format!("timeouts.{other} is not a timeout")),
                    }
                }
                if let Some(rc) = o.get("responseCompletionTimeout") {
                    let n = rc
                        .as_f64()
                        .ok_or("timeouts.responseCompletionTimeout must be a number")?;
                    if n < read.unwrap_or(1.0) {
                        return Err(
                            "timeouts.responseCompletionTimeout must be at least readTimeout"
                                .into(),
                        );
                    }
                }
            }
            "customOriginConfig" => {
                let o = object(v, "customOriginConfig")?;
                int_in(
                    o.get("port").unwrap_or(&Json::Null),
                    "customOriginConfig.port",
                    1.0,
                    65535.0,
                )?;
                one_of(
                    o.get("protocol").unwrap_or(&Json::Null),
                    "customOriginConfig.protocol",
                    &["http", "https"],
                )?;
                let ssl = o
                    .get("sslProtocols")
                    .and_then(Json::as_array)
                    .ok_or("customOriginConfig.sslProtocols must be an array")?;
                for s in ssl {
                    one_of(
                        s,
                        "each customOriginConfig.sslProtocols entry",
                        &["SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2"],
                    )?;
                }
            }
            "ipAddressType" => {
                one_of(v, "ipAddressType", &["ipv4", "ipv6", "dualstack"])?;
                if !p.contains_key("domainName") {
                    return Err("ipAddressType can only be set together with domainName".into());
                }
            }
            "allowedCertificateNames" => certificate_names(v)?,
            other => return Err(format!("unknown parameter {other:?}")),
        }
    }
    Ok(())
}

/// `cf.selectRequestOriginById(originId, overrides)`.
pub fn check_select(origin_id: &str, overrides: &Json) -> Check {
    if origin_id.is_empty() {
        return Err("the origin ID must not be empty".into());
    }
    if overrides.is_null() {
        return Ok(());
    }
    for (name, v) in object(overrides, "the overrides")? {
        match name.as_str() {
            "hostHeader" | "sni" => host_name(v, name, 253)?,
            "allowedCertificateNames" => certificate_names(v)?,
            other => return Err(format!("unknown override {other:?}")),
        }
    }
    Ok(())
}

/// `cf.createRequestOriginGroup(params)`.
pub fn check_group(params: &Json) -> Check {
    let p = object(params, "the parameters")?;
    let ids = p
        .get("originIds")
        .and_then(Json::as_array)
        .ok_or("originIds must be an array")?;
    if ids.len() != 2 {
        return Err("originIds must name exactly two origins, the primary first".into());
    }
    for (i, id) in ids.iter().enumerate() {
        match id {
            Json::String(s) if !s.is_empty() => {}
            Json::Object(o) => {
                string(
                    o.get("originId").unwrap_or(&Json::Null),
                    &format!("originIds[{i}].originId"),
                )?;
                if let Some(over) = o.get("originOverrides") {
                    check_update(over)
                        .map_err(|m| format!("originIds[{i}].originOverrides: {m}"))?;
                }
            }
            _ => {
                return Err(format!(
                    "originIds[{i}] must be an origin ID or {{originId, originOverrides}}"
                ));
            }
        }
    }
    if let Some(sel) = p.get("selectionCriteria") {
        one_of(
            sel,
            "selectionCriteria",
            &["default", "media-quality-score"],
        )?;
    }
    let failover = p
        .get("failoverCriteria")
        .ok_or("failoverCriteria is required")?;
    let codes = object(failover, "failoverCriteria")?
        .get("statusCodes")
        .and_then(Json::as_array)
        .ok_or("failoverCriteria.statusCodes must be an array")?;
    if codes.is_empty() {
        return Err("failoverCriteria.statusCodes must not be empty".into());
    }
    for c in codes {
        int_in(c, "each failoverCriteria.statusCodes entry", 400.0, 599.0)?;
    }
    Ok(())
}
