//! Prometheus metrics: requests, render duration per template and language,
//! errors by kind, renders in flight. Labels carry no personal data: only
//! route templates, template names, language tags, statuses and error kinds.

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RequestLabels {
    pub method: String,
    /// The matched route pattern (`/v1/templates/{name}/render`), never the raw path.
    pub route: String,
    pub status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct RenderLabels {
    pub template: String,
    pub lang: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct ErrorLabels {
    pub kind: String,
}

type DurationFamily = Family<RenderLabels, Histogram, fn() -> Histogram>;

/// The service's metrics and their registry.
pub struct Metrics {
    registry: Registry,
    pub requests: Family<RequestLabels, Counter>,
    pub render_seconds: DurationFamily,
    pub errors: Family<ErrorLabels, Counter>,
    pub in_flight: Gauge,
}

fn duration_histogram() -> Histogram {
    // 1 ms … ~4 s: a warm letter takes milliseconds, a long plan more.
    Histogram::new(exponential_buckets(0.001, 2.0, 13))
}

impl Default for Metrics {
    fn default() -> Self {
        let mut registry = Registry::with_prefix("eigentaal");
        let requests = Family::<RequestLabels, Counter>::default();
        let render_seconds: DurationFamily = Family::new_with_constructor(duration_histogram);
        let errors = Family::<ErrorLabels, Counter>::default();
        let in_flight = Gauge::default();
        registry.register(
            "http_requests",
            "HTTP requests by route and status",
            requests.clone(),
        );
        registry.register(
            "render_duration_seconds",
            "Time to render and export one letter",
            render_seconds.clone(),
        );
        registry.register("errors", "Failed requests by problem kind", errors.clone());
        registry.register(
            "renders_in_flight",
            "Renders running now",
            in_flight.clone(),
        );
        Self {
            registry,
            requests,
            render_seconds,
            errors,
            in_flight,
        }
    }
}

/// Counts one render in flight for as long as it lives: dropped at the end
/// of the render, also when the render panics and the panic is caught, so
/// the gauge never stays high.
pub struct InFlight(Gauge);

impl InFlight {
    pub fn start(gauge: &Gauge) -> Self {
        gauge.inc();
        Self(gauge.clone())
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        self.0.dec();
    }
}

impl Metrics {
    /// Counts the processing records: written, failed (each a letter not
    /// handed out), and, with an OTLP endpoint, spans sent and lost.
    /// Registered also without records (all zero), so dashboards can rely
    /// on them.
    pub fn register_records(&mut self, recorder: Option<&crate::records::Recorder>) {
        let counters = recorder.map_or_else(Default::default, |r| r.counters());
        let [written, failed, sent, lost] = counters;
        self.registry
            .register("records_written", "Processing records written", written);
        self.registry.register(
            "records_failed",
            "Processing records that could not be written; each one a letter not handed out",
            failed,
        );
        self.registry.register(
            "records_otlp_sent",
            "Processing records the OTLP endpoint accepted",
            sent,
        );
        self.registry.register(
            "records_otlp_lost",
            "Processing records not delivered to the OTLP endpoint (they are in the record file)",
            lost,
        );
    }

    /// The text exposition format for `GET /metrics`.
    pub fn encode(&self) -> String {
        let mut out = String::new();
        // Writing into a String cannot fail.
        prometheus_client::encoding::text::encode(&mut out, &self.registry)
            .expect("encoding metrics into a String");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_in_flight_gauge_comes_down_after_a_panic() {
        let metrics = Metrics::default();
        let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let _in_flight = InFlight::start(&metrics.in_flight);
            assert_eq!(metrics.in_flight.get(), 1);
            panic!("a render that panics");
        }));
        assert!(caught.is_err());
        assert_eq!(metrics.in_flight.get(), 0);
    }
}
