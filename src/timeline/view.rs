//! The visible window of the timeline and its arithmetic: time <-> pixels, rows,
//! zoom and pan within the run, and the time axis's ticks and labels.

use super::paint::{AXIS_HEIGHT, LANE_HEIGHT};
use interleave_engine::os::Nanos;
use std::ops::Range;

/// Zooming stops at a window this narrow, in ns (a few instructions).
pub(super) const MIN_SPAN: f64 = 100.0;

/// The visible window: times in ns (as f64 for smooth zooming), sizes in CSS px.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct View {
    pub start: f64,
    pub end: f64,
    pub width: f64,
    pub height: f64,
    pub scroll_y: f64,
}

impl View {
    /// The whole run, `[0, limit]`, in a canvas of this size.
    pub fn fitted(limit: Nanos, width: f64, height: f64) -> View {
        View { start: 0.0, end: span_limit(limit), width, height, scroll_y: 0.0 }
    }

    /// Where the time area begins: the lane labels take the left, less on a phone.
    pub fn gutter(&self) -> f64 {
        (self.width * 0.3).clamp(72.0, 170.0).min(self.width)
    }

    pub(super) fn plot_width(&self) -> f64 {
        (self.width - self.gutter()).max(1.0)
    }

    fn span(&self) -> f64 {
        (self.end - self.start).max(f64::MIN_POSITIVE)
    }

    pub fn x_of(&self, time: f64) -> f64 {
        self.gutter() + (time - self.start) / self.span() * self.plot_width()
    }

    pub fn time_at(&self, x: f64) -> f64 {
        self.start + (x - self.gutter()) / self.plot_width() * self.span()
    }

    /// Scales the window by `factor` (below 1 zooms in) keeping the time under `x` in place.
    pub fn zoom_at(&mut self, x: f64, factor: f64, limit: Nanos) {
        let x = x.clamp(self.gutter(), self.width.max(self.gutter()));
        let pinned = self.time_at(x);
        let span = (self.span() * factor).clamp(MIN_SPAN.min(span_limit(limit)), span_limit(limit));
        self.start = pinned - (x - self.gutter()) / self.plot_width() * span;
        self.end = self.start + span;
        self.clamp(limit);
    }

    /// Moves the window as if the content were dragged `dx` px to the right.
    pub fn pan(&mut self, dx: f64, limit: Nanos) {
        let shift = -dx / self.plot_width() * self.span();
        self.start += shift;
        self.end += shift;
        self.clamp(limit);
    }

    /// Scrolls the lanes by `dy` px, never past the first or the last of `rows`.
    pub fn scroll(&mut self, dy: f64, rows: usize) {
        let content = rows as f64 * LANE_HEIGHT;
        let room = (self.height - AXIS_HEIGHT).max(0.0);
        self.scroll_y = (self.scroll_y + dy).clamp(0.0, (content - room).max(0.0));
    }

    /// Keeps the window inside `[0, limit]`, its span as it is where it fits.
    fn clamp(&mut self, limit: Nanos) {
        let limit = span_limit(limit);
        let span = self.span().min(limit);
        self.start = self.start.clamp(0.0, limit - span);
        self.end = self.start + span;
    }

    /// The row drawn at `y`, if `y` is below the axis (it may be past the last row).
    pub fn row_at(&self, y: f64) -> Option<usize> {
        if y < AXIS_HEIGHT {
            return None;
        }
        Some(((y - AXIS_HEIGHT + self.scroll_y) / LANE_HEIGHT) as usize)
    }

    pub fn row_top(&self, row: usize) -> f64 {
        AXIS_HEIGHT + row as f64 * LANE_HEIGHT - self.scroll_y
    }

    /// The rows at least partly in view, of `rows`.
    pub fn visible_rows(&self, rows: usize) -> Range<usize> {
        let first = (self.scroll_y / LANE_HEIGHT) as usize;
        let last = ((self.scroll_y + self.height - AXIS_HEIGHT) / LANE_HEIGHT).ceil().max(0.0) as usize;
        first.min(rows)..last.min(rows)
    }

    /// The window in whole ns, widened to hold every time that shows in it.
    pub(super) fn window(&self) -> (Nanos, Nanos) {
        (self.start.max(0.0).floor() as Nanos, self.end.max(0.0).ceil() as Nanos)
    }
}

/// A run of no time still gets a window (the first moment, before any event).
fn span_limit(limit: Nanos) -> f64 {
    (limit as f64).max(MIN_SPAN)
}

/// The spacing of ticks, 1, 2 or 5 times a power of ten ns, at least `gap` px apart.
pub fn tick_step(span: f64, plot_width: f64, gap: f64) -> f64 {
    let raw = (span * gap / plot_width.max(1.0)).max(1.0);
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0].into_iter().map(|m| m * power).find(|&step| step >= raw).unwrap_or(10.0 * power)
}

/// A tick's label: in one unit along the axis (the one its last time calls for,
/// `end`), with as many decimals as `step` needs: "0", "250 µs", "1.25 ms", "2 s".
pub fn tick_label(time: f64, step: f64, end: f64) -> String {
    if time == 0.0 {
        return "0".into();
    }
    let (unit, name) = unit_for(end.max(step));
    let whole = |decimals: i32| {
        let scaled = step / unit * 10f64.powi(decimals);
        scaled.round() >= 1.0 && (scaled - scaled.round()).abs() < 1e-6 * scaled
    };
    let decimals = (0..9).find(|&d| whole(d)).unwrap_or(9) as usize;
    format!("{:.*} {name}", decimals, time / unit)
}

/// A length of time with three significant digits: "820 ns", "12.5 ms", "1.20 s".
pub fn format_duration(ns: Nanos) -> String {
    let ns = ns as f64;
    let (unit, name) = unit_for(ns);
    let value = ns / unit;
    let decimals = if value >= 100.0 || unit == 1.0 {
        0
    } else if value >= 10.0 {
        1
    } else {
        2
    };
    format!("{value:.decimals$} {name}")
}

fn unit_for(ns: f64) -> (f64, &'static str) {
    match ns {
        n if n >= 1e9 => (1e9, "s"),
        n if n >= 1e6 => (1e6, "ms"),
        n if n >= 1e3 => (1e3, "µs"),
        _ => (1.0, "ns"),
    }
}

