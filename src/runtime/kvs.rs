//! Key value stores (2.0): the [`KeyValueStore`] trait an embedder
//! implements, and an in-memory store read from CloudFront's import-file
//! JSON (`{"data":[{"key":"k","value":"v"}, ...]}`).

use std::collections::HashMap;
use std::fmt;

/// The largest key, in bytes.
pub const MAX_KEY_BYTES: usize = 512;

/// The largest value, in bytes.
pub const MAX_VALUE_BYTES: usize = 1024;

/// The largest store, in bytes of keys and values.
pub const MAX_STORE_BYTES: usize = 5 * 1024 * 1024;

/// What `kvsHandle.meta()` reports.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KvsMeta {
    /// ISO 8601 creation time.
    pub creation_date_time: String,
    /// ISO 8601 time of the last sync from the source.
    pub last_updated_date_time: String,
    /// Number of keys.
    pub key_count: u64,
}

/// A key value store a function reads. Implementations must be cheap to
/// call from any thread: lookups happen while an event runs.
pub trait KeyValueStore: Send + Sync + fmt::Debug {
    /// The store's ID (what `cf.kvs(id)` names).
    fn id(&self) -> &str;
    /// The value of `key`, if present.
    fn get(&self, key: &str) -> Option<Vec<u8>>;
    /// The store's metadata.
    fn meta(&self) -> KvsMeta;
}

/// A store held in memory.
#[derive(Clone, Debug, Default)]
pub struct InMemoryKvs {
    id: String,
    data: HashMap<String, Vec<u8>>,
    created: String,
    updated: String,
}

impl InMemoryKvs {
    /// An empty store named `id`.
    pub fn new(id: impl Into<String>) -> InMemoryKvs {
        let epoch = "1970-01-01T00:00:00.000Z".to_string();
        InMemoryKvs {
            id: id.into(),
            data: HashMap::new(),
            created: epoch.clone(),
            updated: epoch,
        }
    }

    /// Adds or replaces a key.
    pub fn insert(&mut self, key: impl Into<String>, value: impl Into<Vec<u8>>) {
        self.data.insert(key.into(), value.into());
    }

    /// Sets the times `meta()` reports.
    pub fn set_times(&mut self, created: impl Into<String>, updated: impl Into<String>) {
        self.created = created.into();
        self.updated = updated.into();
    }

    /// Reads CloudFront's import-file format, with its rules: UTF-8 JSON, a
    /// `data` array of `{key, value}` strings, no duplicate keys, keys up to
    /// 512 characters, values up to 1024, 5 MB in all.
    pub fn from_import_json(id: impl Into<String>, text: &str) -> Result<InMemoryKvs, String> {
        let v: serde_json::Value =
            serde_json::from_str(text).map_err(|e| format!("invalid KVS JSON: {e}"))?;
        let items = v
            .get("data")
            .and_then(|d| d.as_array())
            .ok_or("a KVS file needs a `data` array")?;
        let mut store = InMemoryKvs::new(id);
        let mut total = 0;
        for (i, item) in items.iter().enumerate() {
            let field = |name: &str| {
                item.get(name)
                    .and_then(|k| k.as_str())
                    .ok_or_else(|| format!("data[{i}] needs a string `{name}`"))
            };
            let (key, value) = (field("key")?, field("value")?);
            if key.is_empty() || key.chars().count() > MAX_KEY_BYTES {
                return Err(format!(
                    "data[{i}]: keys are 1 to {MAX_KEY_BYTES} characters"
                ));
            }
            if value.chars().count() > MAX_VALUE_BYTES {
                return Err(format!(
                    "data[{i}]: values are at most {MAX_VALUE_BYTES} characters"
                ));
            }
            if store.data.contains_key(key) {
                return Err(format!("data[{i}]: duplicate key {key:?}"));
            }
            total += key.len() + value.len();
            if total > MAX_STORE_BYTES {
                return Err(format!("the store is over {MAX_STORE_BYTES} bytes"));
            }
            store.insert(key, value.as_bytes());
        }
        Ok(store)
    }
}

impl KeyValueStore for InMemoryKvs {
    fn id(&self) -> &str {
        &self.id
    }

    fn get(&self, key: &str) -> Option<Vec<u8>> {
        self.data.get(key).cloned()
    }

    fn meta(&self) -> KvsMeta {
        KvsMeta {
            creation_date_time: self.created.clone(),
            last_updated_date_time: self.updated.clone(),
            key_count: self.data.len() as u64,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn import_file_rules() {
        let s = InMemoryKvs::from_import_json(
            "s",
            r#"{"data":[{"key":"a","value":"1"},{"key":"b","value":"é"}]}"#,
        )
        .unwrap();
        assert_eq!(s.get("b").as_deref(), Some("é".as_bytes()));
        assert_eq!(s.meta().key_count, 2);
        for bad in [
            r#"{"data":[{"key":"a","value":"1"},{"key":"a","value":"2"}]}"#,
            r#"{"data":[{"key":"","value":"1"}]}"#,
            r#"{"data":[{"key":"a","value":1}]}"#,
            r#"{"items":[]}"#,
            "not json",
        ] {
            assert!(InMemoryKvs::from_import_json("s", bad).is_err(), "{bad}");
        }
        let long = format!(
            r#"{{"data":[{{"key":"k","value":"{}"}}]}}"#,
            "v".repeat(1025)
        );
        assert!(InMemoryKvs::from_import_json("s", &long).is_err());
    }
}
