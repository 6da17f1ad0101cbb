//! When a batch stops before its input ends: at its time limit, or when it
//! is cancelled (Ctrl-C or SIGTERM for `eigentaal batch`, the client going
//! away for the HTTP batch). A case already being rendered is finished;
//! every case not started is reported as a row of its own (kind
//! `time-limit` or `cancelled`), so each case of the input is either a
//! letter or a row in `errors.ndjson`, and nothing is half-written.

use std::sync::Arc;
use std::sync::atomic::{AtomicU8, Ordering};
use std::time::{Duration, Instant};

use serde::Serialize;

use super::input::RawCase;
use super::{BatchOptions, CaseFailure, case_from_raw};

/// How a batch ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Ending {
    /// Every case was rendered or reported.
    #[default]
    Completed,
    /// The time limit passed; the cases not started were not rendered.
    TimeLimit,
    /// Cancelled; the cases not started were not rendered.
    Cancelled,
}

impl Ending {
    /// `completed`, `time-limit`, `cancelled`: for logs, and the `kind` of
    /// the rows of cases not rendered.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Completed => "completed",
            Self::TimeLimit => "time-limit",
            Self::Cancelled => "cancelled",
        }
    }

    fn from_u8(n: u8) -> Self {
        match n {
            1 => Self::TimeLimit,
            2 => Self::Cancelled,
            _ => Self::Completed,
        }
    }

    fn to_u8(self) -> u8 {
        match self {
            Self::Completed => 0,
            Self::TimeLimit => 1,
            Self::Cancelled => 2,
        }
    }
}

/// Tells a running batch to stop: a deadline, and a flag any thread may
/// set. Cheap to clone; clones share the flag. The first reason seen is
/// kept, so a batch that hit its time limit and is cancelled afterwards
/// still says it ended at the time limit.
#[derive(Debug, Clone)]
pub struct Stop {
    limit: Option<Duration>,
    deadline: Option<Instant>,
    /// An [`Ending`] as a number; `Completed` while running.
    state: Arc<AtomicU8>,
}

impl Stop {
    /// A batch that may run for `limit` from now (`None`: no limit).
    pub fn after(limit: Option<Duration>) -> Self {
        Self {
            limit,
            deadline: limit.map(|l| Instant::now() + l),
            state: Arc::new(AtomicU8::new(0)),
        }
    }

    /// Stops the batch before its next case.
    pub fn cancel(&self) {
        let _ = self.state.compare_exchange(
            Ending::Completed.to_u8(),
            Ending::Cancelled.to_u8(),
            Ordering::SeqCst,
            Ordering::SeqCst,
        );
    }

    /// Why the batch must stop now, if it must. Called before each case.
    pub fn check(&self) -> Option<Ending> {
        if self.deadline.is_some_and(|d| Instant::now() >= d) {
            let _ = self.state.compare_exchange(
                Ending::Completed.to_u8(),
                Ending::TimeLimit.to_u8(),
                Ordering::SeqCst,
                Ordering::SeqCst,
            );
        }
        match self.ended() {
            Ending::Completed => None,
            stopped => Some(stopped),
        }
    }

    /// How the batch ended (or is ending): `Completed` unless it stopped.
    pub fn ended(&self) -> Ending {
        Ending::from_u8(self.state.load(Ordering::SeqCst))
    }

    /// The time limit, if any.
    pub fn limit(&self) -> Option<Duration> {
        self.limit
    }

    /// The row for a case not rendered because the batch stopped: its line
    /// (and row and id, where they can be read) and why.
    pub fn not_rendered(
        &self,
        ending: Ending,
        raw: RawCase,
        options: &BatchOptions,
    ) -> CaseFailure {
        let line = raw.line();
        let (id, source) = match case_from_raw(raw, options) {
            Ok(case) => (Some(case.id), case.source),
            Err(_) => (None, None),
        };
        let detail = match (ending, self.limit) {
            (Ending::TimeLimit, Some(limit)) => format!(
                "not rendered: the batch reached its time limit ({} s) before this case; render it in a new batch",
                limit.as_secs_f64()
            ),
            _ => "not rendered: the batch was cancelled before this case; render it in a new batch"
                .to_string(),
        };
        CaseFailure::new(line, id, ending.as_str(), detail).in_row(source.as_ref())
    }
}

/// What a batch did, for the line logged when it ends.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub rendered: usize,
    pub failed: usize,
    pub not_rendered: usize,
}

impl Counts {
    /// Logs how a batch ended, with its counts (never case data).
    pub fn log(&self, template: &str, ended: Ending) {
        let (rendered, failed, not_rendered) = (self.rendered, self.failed, self.not_rendered);
        let ended = ended.as_str();
        if ended == "completed" {
            tracing::info!(
                template,
                ended,
                rendered,
                failed,
                not_rendered,
                "batch ended"
            );
        } else {
            tracing::warn!(
                template,
                ended,
                rendered,
                failed,
                not_rendered,
                "batch ended early"
            );
        }
    }
}

impl Default for Stop {
    /// No time limit.
    fn default() -> Self {
        Self::after(None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_reason_to_stop_is_kept() {
        let stop = Stop::after(Some(Duration::ZERO));
        assert_eq!(stop.check(), Some(Ending::TimeLimit));
        stop.cancel();
        assert_eq!(stop.ended(), Ending::TimeLimit);

        let stop = Stop::default();
        assert_eq!(stop.check(), None);
        let clone = stop.clone();
        clone.cancel();
        assert_eq!(stop.check(), Some(Ending::Cancelled));
    }

    #[test]
    fn a_case_not_rendered_keeps_its_line_and_id() {
        let stop = Stop::after(Some(Duration::from_secs(2)));
        let raw = RawCase::Json {
            line: 7,
            text: r#"{"id": "c7", "x": 1}"#.into(),
        };
        let options = BatchOptions {
            lang: Some("nl".into()),
            ..BatchOptions::default()
        };
        let row = stop.not_rendered(Ending::TimeLimit, raw, &options);
        assert_eq!((row.line, row.id.as_deref()), (7, Some("c7")));
        assert_eq!(row.kind, "time-limit");
        assert!(row.detail.contains("(2 s)"), "{}", row.detail);
    }
}
