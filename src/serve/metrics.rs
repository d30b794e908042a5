//! Counters and histograms of the proxy, kept in atomics so that the
//! request path never takes a lock, and their rendering in Prometheus's
//! text exposition format for the admin listener's `/metrics`.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering::Relaxed};
use std::time::Duration;

/// A monotonically increasing count.
#[derive(Debug, Default)]
pub(crate) struct Counter(AtomicU64);

impl Counter {
    pub(crate) fn inc(&self) {
        self.0.fetch_add(1, Relaxed);
    }

    pub(crate) fn add(&self, n: u64) {
        self.0.fetch_add(n, Relaxed);
    }

    pub(crate) fn get(&self) -> u64 {
        self.0.load(Relaxed)
    }
}

/// A count that goes up and down.
#[derive(Debug, Default)]
pub(crate) struct Gauge(AtomicI64);

impl Gauge {
    pub(crate) fn inc(&self) {
        self.0.fetch_add(1, Relaxed);
    }

    pub(crate) fn dec(&self) {
        self.0.fetch_sub(1, Relaxed);
    }

    pub(crate) fn get(&self) -> i64 {
        self.0.load(Relaxed)
    }
}

/// A histogram with fixed upper bounds. Observations are kept in integer
/// units (microseconds, percent) and divided by `unit` for output (a
/// division by an exact power of ten prints as the decimal one expects).
#[derive(Debug)]
pub(crate) struct Histogram {
    bounds: &'static [u64],
    /// One per bound, plus the `+Inf` bucket; not cumulative.
    buckets: Box<[AtomicU64]>,
    sum: AtomicU64,
    count: AtomicU64,
    unit: f64,
}

/// Latency buckets, in microseconds: 10 µs to 10 s.
const LATENCY_US: &[u64] = &[
    10, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000, 25_000, 50_000, 100_000, 250_000,
    500_000, 1_000_000, 2_500_000, 10_000_000,
];

/// Function run-time buckets, in microseconds: 1 µs to 10 ms.
const FUNCTION_US: &[u64] = &[
    1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000,
];

/// Compute-utilization buckets, in percent of the budget.
const UTILIZATION: &[u64] = &[1, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100];

impl Histogram {
    fn new(bounds: &'static [u64], unit: f64) -> Histogram {
        Histogram {
            bounds,
            buckets: (0..=bounds.len()).map(|_| AtomicU64::new(0)).collect(),
            sum: AtomicU64::new(0),
            count: AtomicU64::new(0),
            unit,
        }
    }

    /// Durations, in seconds on output, from 10 µs to 10 s.
    pub(crate) fn latency() -> Histogram {
        Histogram::new(LATENCY_US, 1e6)
    }

    /// Function run times, in seconds on output, from 1 µs to 10 ms.
    pub(crate) fn function_time() -> Histogram {
        Histogram::new(FUNCTION_US, 1e6)
    }

    /// Compute utilization, 0–100.
    pub(crate) fn utilization() -> Histogram {
        Histogram::new(UTILIZATION, 1.0)
    }

    pub(crate) fn observe(&self, value: u64) {
        let i = self.bounds.partition_point(|&b| b < value);
        if let Some(bucket) = self.buckets.get(i) {
            bucket.fetch_add(1, Relaxed);
        }
        self.sum.fetch_add(value, Relaxed);
        self.count.fetch_add(1, Relaxed);
    }

    pub(crate) fn observe_duration(&self, d: Duration) {
        self.observe(u64::try_from(d.as_micros()).unwrap_or(u64::MAX));
    }
}

/// Writes metric families in the text format: `family` starts one with
/// its `# HELP` and `# TYPE` lines, the other methods add samples.
#[derive(Default)]
pub(crate) struct Exposition {
    out: String,
}

impl Exposition {
    pub(crate) fn family(&mut self, name: &str, kind: &str, help: &str) {
        let _ = writeln!(self.out, "# HELP {name} {help}\n# TYPE {name} {kind}");
    }

    fn labels(&mut self, labels: &[(&str, &str)], extra: Option<(&str, &str)>) {
        if labels.is_empty() && extra.is_none() {
            return;
        }
        self.out.push('{');
        for (i, (k, v)) in labels.iter().chain(extra.iter()).enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            let _ = write!(self.out, "{k}=\"");
            for c in v.chars() {
                match c {
                    '\\' => self.out.push_str("\\\\"),
                    '"' => self.out.push_str("\\\""),
                    '\n' => self.out.push_str("\\n"),
                    c => self.out.push(c),
                }
            }
            self.out.push('"');
        }
        self.out.push('}');
    }

    pub(crate) fn sample(
        &mut self,
        name: &str,
        labels: &[(&str, &str)],
        value: impl std::fmt::Display,
    ) {
        self.out.push_str(name);
        self.labels(labels, None);
        let _ = writeln!(self.out, " {value}");
    }

    pub(crate) fn histogram(&mut self, name: &str, labels: &[(&str, &str)], h: &Histogram) {
        let mut cumulative = 0;
        let bucket = format!("{name}_bucket");
        for (i, bound) in h.bounds.iter().enumerate() {
            cumulative += h.buckets.get(i).map_or(0, |b| b.load(Relaxed));
            let le = format!("{}", *bound as f64 / h.unit);
            self.out.push_str(&bucket);
            self.labels(labels, Some(("le", &le)));
            let _ = writeln!(self.out, " {cumulative}");
        }
        cumulative += h.buckets.get(h.bounds.len()).map_or(0, |b| b.load(Relaxed));
        self.out.push_str(&bucket);
        self.labels(labels, Some(("le", "+Inf")));
        let _ = writeln!(self.out, " {cumulative}");
        self.sample(
            &format!("{name}_sum"),
            labels,
            h.sum.load(Relaxed) as f64 / h.unit,
        );
        self.sample(&format!("{name}_count"), labels, h.count.load(Relaxed));
    }

    pub(crate) fn finish(self) -> String {
        self.out
    }
}

/// Why a function run failed, as the `kind` label of the error counter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ErrorKind {
    /// It threw or its promise was rejected (503).
    Execution,
    /// The compute budget ran out (503).
    ComputeLimit,
    /// The memory limit was reached (503).
    MemoryLimit,
    /// The result broke CloudFront's rules or could not be written as HTTP
    /// (502).
    Validation,
    /// The engine panicked: a bug in edgefn, answered with 503.
    Internal,
}

impl ErrorKind {
    pub(crate) const ALL: [ErrorKind; 5] = [
        ErrorKind::Execution,
        ErrorKind::ComputeLimit,
        ErrorKind::MemoryLimit,
        ErrorKind::Validation,
        ErrorKind::Internal,
    ];

    pub(crate) fn label(self) -> &'static str {
        match self {
            ErrorKind::Execution => "execution",
            ErrorKind::ComputeLimit => "compute_limit",
            ErrorKind::MemoryLimit => "memory_limit",
            ErrorKind::Validation => "validation",
            ErrorKind::Internal => "internal",
        }
    }
}

/// What one function does on one event type.
#[derive(Debug)]
pub(crate) struct FunctionMetrics {
    pub(crate) invocations: Counter,
    pub(crate) errors: [Counter; 5],
    pub(crate) steps: Counter,
    pub(crate) utilization: Histogram,
    pub(crate) duration: Histogram,
}

impl Default for FunctionMetrics {
    fn default() -> FunctionMetrics {
        FunctionMetrics {
            invocations: Counter::default(),
            errors: Default::default(),
            steps: Counter::default(),
            utilization: Histogram::utilization(),
            duration: Histogram::function_time(),
        }
    }
}

impl FunctionMetrics {
    pub(crate) fn error(&self, kind: ErrorKind) {
        if let Some(c) = self.errors.get(kind as usize) {
            c.inc();
        }
    }
}

/// Proxy-wide figures.
#[derive(Debug)]
pub(crate) struct ProxyMetrics {
    /// Responses by status class (index 0 for 1xx … 4 for 5xx).
    pub(crate) responses: [Counter; 5],
    pub(crate) request_duration: Histogram,
    pub(crate) in_flight: Gauge,
    pub(crate) origin_requests: Counter,
    pub(crate) origin_errors: Counter,
    pub(crate) origin_timeouts: Counter,
    pub(crate) origin_duration: Histogram,
    /// Responses a viewer-request function generated.
    pub(crate) generated: Counter,
}

impl Default for ProxyMetrics {
    fn default() -> ProxyMetrics {
        ProxyMetrics {
            responses: Default::default(),
            request_duration: Histogram::latency(),
            in_flight: Gauge::default(),
            origin_requests: Counter::default(),
            origin_errors: Counter::default(),
            origin_timeouts: Counter::default(),
            origin_duration: Histogram::latency(),
            generated: Counter::default(),
        }
    }
}

impl ProxyMetrics {
    pub(crate) fn response(&self, status: u16, elapsed: Duration) {
        let class = usize::from(status / 100).clamp(1, 5) - 1;
        if let Some(c) = self.responses.get(class) {
            c.inc();
        }
        self.request_duration.observe_duration(elapsed);
    }

    pub(crate) fn render(&self, out: &mut Exposition) {
        out.family(
            "edgefn_responses_total",
            "counter",
            "Responses sent to viewers, by status class.",
        );
        for (i, c) in self.responses.iter().enumerate() {
            out.sample(
                "edgefn_responses_total",
                &[("class", &format!("{}xx", i + 1))],
                c.get(),
            );
        }
        out.family(
            "edgefn_request_duration_seconds",
            "histogram",
            "Time from a request's headers to its response's headers.",
        );
        out.histogram(
            "edgefn_request_duration_seconds",
            &[],
            &self.request_duration,
        );
        out.family(
            "edgefn_in_flight_requests",
            "gauge",
            "Requests being handled.",
        );
        out.sample("edgefn_in_flight_requests", &[], self.in_flight.get());
        out.family(
            "edgefn_generated_responses_total",
            "counter",
            "Responses generated by viewer-request functions.",
        );
        out.sample(
            "edgefn_generated_responses_total",
            &[],
            self.generated.get(),
        );
        out.family(
            "edgefn_origin_requests_total",
            "counter",
            "Requests forwarded to the origin.",
        );
        out.sample(
            "edgefn_origin_requests_total",
            &[],
            self.origin_requests.get(),
        );
        out.family(
            "edgefn_origin_errors_total",
            "counter",
            "Origin requests that failed, by kind.",
        );
        out.sample(
            "edgefn_origin_errors_total",
            &[("kind", "connection")],
            self.origin_errors.get(),
        );
        out.sample(
            "edgefn_origin_errors_total",
            &[("kind", "timeout")],
            self.origin_timeouts.get(),
        );
        out.family(
            "edgefn_origin_duration_seconds",
            "histogram",
            "Time to the origin's response headers.",
        );
        out.histogram("edgefn_origin_duration_seconds", &[], &self.origin_duration);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histogram_buckets_are_cumulative_with_inf() {
        let h = Histogram::utilization();
        for v in [0, 1, 2, 55, 100, 100] {
            h.observe(v);
        }
        let mut out = Exposition::default();
        out.histogram("u", &[("f", "a\"b")], &h);
        let text = out.finish();
        assert!(
            text.contains("u_bucket{f=\"a\\\"b\",le=\"1\"} 2\n"),
            "{text}"
        );
        assert!(
            text.contains("u_bucket{f=\"a\\\"b\",le=\"5\"} 3\n"),
            "{text}"
        );
        assert!(
            text.contains("u_bucket{f=\"a\\\"b\",le=\"60\"} 4\n"),
            "{text}"
        );
        assert!(
            text.contains("u_bucket{f=\"a\\\"b\",le=\"100\"} 6\n"),
            "{text}"
        );
        assert!(
            text.contains("u_bucket{f=\"a\\\"b\",le=\"+Inf\"} 6\n"),
            "{text}"
        );
        assert!(text.contains("u_sum{f=\"a\\\"b\"} 258\n"), "{text}");
        assert!(text.contains("u_count{f=\"a\\\"b\"} 6\n"), "{text}");
    }

    #[test]
    fn latency_is_rendered_in_seconds() {
        let h = Histogram::latency();
        h.observe_duration(Duration::from_micros(30));
        let mut out = Exposition::default();
        out.histogram("l", &[], &h);
        let text = out.finish();
        assert!(text.contains("l_bucket{le=\"0.00001\"} 0\n"), "{text}");
        assert!(text.contains("l_bucket{le=\"0.00005\"} 1\n"), "{text}");
        assert!(text.contains("l_sum 0.00003\n"), "{text}");
    }
}
