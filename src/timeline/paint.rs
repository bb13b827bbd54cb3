//! Drawing the layout on a canvas, and saying in words what is under the pointer.
//! The geometry (time ↔ pixels, rows, ticks, merging what is narrower than a
//! pixel) is pure and tested natively; `paint` only issues canvas calls for what
//! is in view.

use super::lane::{ArrowKind, Lane, MarkKind, Segment, State};
use super::layout::Layout;
use super::words;
use crate::i18n::{fill, Text};
use crate::palette::process_colour;
use interleave_engine::os::{Nanos, Pid};
use std::ops::Range;
pub use super::view::{format_duration, tick_label, tick_step, View};
#[cfg(test)]
use super::view::MIN_SPAN;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// The time axis along the top.
pub const AXIS_HEIGHT: f64 = 20.0;
pub const LANE_HEIGHT: f64 = 22.0;
/// The bar inside a lane leaves this much above and below.
const BAR_INSET: f64 = 3.0;
/// A folded row draws when this many of its lanes ran, at most.
const FOLDED_DRAWN: usize = 2_000;
/// A click this near the left edge of a lane's label is on its fold mark.
pub const FOLD_MARK_WIDTH: f64 = 17.0;
/// Tick labels stay at least this far apart, in px.
const TICK_GAP: f64 = 90.0;
/// Marks closer than this, in px, are drawn as one.
const MARK_GAP: f64 = 3.0;
/// A mark answers the pointer within this, in px.
const MARK_REACH: f64 = 4.0;
const FONT: &str = "11px system-ui, sans-serif";

/// How a state is drawn, within the process's colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Running,
    Ready,
    Blocked,
    Zombie,
}

impl Look {
    fn of(state: &State) -> Look {
        match state {
            State::Running { .. } => Look::Running,
            State::Ready => Look::Ready,
            State::Blocked { .. } | State::Awaiting { .. } => Look::Blocked,
            State::Zombie => Look::Zombie,
        }
    }
}

/// What one lane draws in the window: a block a segment, or where segments are
/// narrower than a pixel, one block of the state that filled most of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Block {
    pub x0: f64,
    pub x1: f64,
    pub look: Look,
    /// The segment (index into the slice given) when the block is exactly one.
    pub segment: Option<usize>,
}

/// The blocks of `segments` in view, clipped to the time area.
pub fn blocks(segments: &[Segment], layout_end: Nanos, view: &View) -> Vec<Block> {
    let (left, right) = (view.gutter(), view.width);
    let mut out = Vec::new();
    // Narrow segments side by side, and how many px of each look they hold.
    let mut pending: Option<(f64, f64, [f64; 4])> = None;
    for (i, segment) in segments.iter().enumerate() {
        let x0 = view.x_of(segment.start as f64).max(left);
        let x1 = view.x_of(segment.end_at(layout_end) as f64).min(right);
        if x1 <= x0 {
            continue;
        }
        if let Some((p0, p1, _)) = pending {
            if x0 - p1 > 0.5 || p1 - p0 >= 1.0 || x1 - x0 >= 1.0 {
                out.extend(merged(pending.take()));
            }
        }
        let look = Look::of(&segment.state);
        if x1 - x0 >= 1.0 {
            out.push(Block { x0, x1, look, segment: Some(i) });
        } else {
            let (p0, _, mut share) = pending.unwrap_or((x0, x0, [0.0; 4]));
            share[look as usize] += x1 - x0;
            pending = Some((p0, x1, share));
        }
    }
    out.extend(merged(pending));
    out
}

fn merged(pending: Option<(f64, f64, [f64; 4])>) -> Option<Block> {
    let (x0, x1, share) = pending?;
    let looks = [Look::Running, Look::Ready, Look::Blocked, Look::Zombie];
    let dominant = (0..4).fold(0, |best, i| if share[i] > share[best] { i } else { best });
    // At least a pixel, so that a burst of short slices stays visible.
    Some(Block { x0, x1: x1.max(x0 + 1.0), look: looks[dominant], segment: None })
}

/// The diagonal lines that hatch a rectangle, `spacing` px apart along x and
/// anchored to the canvas so neighbouring blocks line up: each [x0, y0, x1, y1].
pub fn hatch_lines(x0: f64, x1: f64, top: f64, bottom: f64, spacing: f64) -> impl Iterator<Item = [f64; 4]> {
    let height = bottom - top;
    let first = ((x0 - height) / spacing).floor() as i64;
    let last = (x1 / spacing).ceil() as i64;
    (first..=last).filter_map(move |k| {
        // The line from (u, bottom) up to (u + height, top), cut to [x0, x1].
        let u = k as f64 * spacing;
        let (from, to) = ((x0 - u).max(0.0), (x1 - u).min(height));
        (from < to).then_some([u + from, bottom - from, u + to, bottom - to])
    })
}

/// `text` if it fits in `room` px at about `char_px` a character (wide scripts
/// count double), else as much as fits with an ellipsis, or nothing.
pub fn fit_text(text: &str, room: f64, char_px: f64) -> Option<String> {
    let width = |c: char| {
        if (c as u32) >= 0x1100 {
            2.0 * char_px
        } else {
            char_px
        }
    };
    if text.chars().map(width).sum::<f64>() <= room {
        return Some(text.to_string());
    }
    let mut used = width('…');
    let kept: String = text
        .chars()
        .take_while(|&c| {
            used += width(c);
            used <= room
        })
        .collect();
    // Fewer than two characters say nothing.
    (kept.chars().count() >= 2).then(|| format!("{}…", kept.trim_end()))
}

/// What is under the pointer, in words.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    /// An index into `Layout::lanes`.
    pub lane: usize,
    pub time: Nanos,
    pub text: String,
}

pub fn hit_test(layout: &Layout, view: &View, x: f64, y: f64, text: &Text) -> Option<Hit> {
    let row = view.row_at(y)?;
    let lane_index = *layout.rows.get(row)?;
    let lane = layout.lanes.get(lane_index)?;
    let time = view.time_at(x).clamp(0.0, layout.end as f64) as Nanos;
    let hit = |said| Some(Hit { lane: lane_index, time, text: said });
    let label = lane.label(text);
    if x < FOLD_MARK_WIDTH {
        match (layout.fold_state(row), layout.folded.get(&row)) {
            (Some(true), Some(more)) => return hit(fill(text.tip_unfold, &[("lane", &label), ("n", &more.len())])),
            (Some(false), _) => return hit(fill(text.tip_fold, &[("lane", &label)])),
            _ => {}
        }
    }
    if x < view.gutter() {
        return hit(fill(text.tip_pick, &[("lane", &label)]));
    }
    let reach = |dx: f64| view.time_at(x + dx).max(0.0) as Nanos;
    let near = lane.marks_in(reach(-MARK_REACH), reach(MARK_REACH));
    let distance = |t: Nanos| (view.x_of(t as f64) - x).abs();
    if let Some(mark) = near.iter().min_by(|a, b| distance(a.time).total_cmp(&distance(b.time))) {
        let what = words::mark(layout, lane, &layout.what_of(mark), text);
        return hit(fill(text.tip_mark, &[("lane", &label), ("what", &what), ("time", &format_duration(mark.time))]));
    }
    hit(words::state_at(layout, lane, time, text))
}

/// The page's colours (static/style.css), read from the canvas at paint time so
/// that both themes follow the same tokens.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    pub ink: String,
    pub muted: String,
    pub panel: String,
    pub line: String,
    pub soft: String,
    pub accent: String,
    pub dark: bool,
}

impl Theme {
    /// From a lookup of CSS custom properties, the light theme's where one is missing.
    pub fn from_css(get: impl Fn(&str) -> Option<String>) -> Theme {
        let read =
            |name: &str, fallback: &str| get(name).map(|v| v.trim().to_string()).filter(|v| !v.is_empty()).unwrap_or(fallback.into());
        let panel = read("--panel", "#ffffff");
        Theme {
            ink: read("--ink", "#1d2533"),
            muted: read("--muted", "#5c6677"),
            line: read("--line", "#dde1e8"),
            soft: read("--soft", "#eef1f5"),
            accent: read("--accent", "#1f6feb"),
            dark: is_dark(&panel),
            panel,
        }
    }

    /// The lightness of a state in the process's colour: running strongest, ready
    /// a pale wash (dim on a dark panel), blocked's outline and hatch in between.
    pub fn lightness(&self, look: Look) -> u8 {
        match (look, self.dark) {
            (Look::Running, false) => 45,
            (Look::Running, true) => 60,
            (Look::Ready, false) => 84,
            (Look::Ready, true) => 26,
            (Look::Blocked | Look::Zombie, false) => 50,
            (Look::Blocked | Look::Zombie, true) => 62,
        }
    }
}

/// Is a "#rgb" or "#rrggbb" colour dark (a dark theme's panel)?
pub fn is_dark(colour: &str) -> bool {
    let hex = colour.trim().trim_start_matches('#');
    let channel = |i: usize, n: usize| u8::from_str_radix(hex.get(i * n..i * n + n)?, 16).ok().map(|v| if n == 1 { v * 17 } else { v });
    let n = if hex.len() == 3 { 1 } else { 2 };
    match (channel(0, n), channel(1, n), channel(2, n)) {
        (Some(r), Some(g), Some(b)) => 0.299 * f64::from(r) + 0.587 * f64::from(g) + 0.114 * f64::from(b) < 128.0,
        _ => false,
    }
}

/// Reads the theme's variables with getComputedStyle, called through js_sys
/// (the web-sys feature for CSSStyleDeclaration is not enabled).
pub fn read_theme(canvas: &HtmlCanvasElement) -> Theme {
    let style = web_sys::window().and_then(|window| {
        let function = js_sys::Reflect::get(&window, &"getComputedStyle".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
        function.call1(&window, canvas).ok()
    });
    let getter =
        style.as_ref().and_then(|style| js_sys::Reflect::get(style, &"getPropertyValue".into()).ok()?.dyn_into::<js_sys::Function>().ok());
    Theme::from_css(|name| getter.as_ref()?.call1(style.as_ref()?, &name.into()).ok()?.as_string())
}

/// Draws the window of `view`: axis, lanes, marks, arrows and the cursor line.
/// The canvas's backing store may be larger than `view` (device pixels): the
/// drawing is scaled to fill it.
pub fn paint(ctx: &CanvasRenderingContext2d, layout: &Layout, view: &View, cursor: Nanos, selected_pid: Option<Pid>, text: &Text) {
    let Some(canvas) = ctx.canvas() else { return };
    let scale = canvas.width() as f64 / view.width.max(1.0);
    let _ = ctx.set_transform(scale, 0.0, 0.0, scale, 0.0, 0.0);
    let theme = read_theme(&canvas);
    ctx.set_global_alpha(1.0);
    ctx.set_fill_style_str(&theme.panel);
    ctx.fill_rect(0.0, 0.0, view.width, view.height);
    ctx.set_font(FONT);
    ctx.set_text_baseline("middle");
    let char_px = ctx.measure_text("abcdefghij").map(|m| m.width() / 10.0).unwrap_or(6.0);
    let painter = Painter { ctx, layout, view, theme: &theme, char_px, text };
    let step = tick_step(view.end - view.start, view.plot_width(), TICK_GAP);
    painter.grid(step);
    ctx.save();
    ctx.begin_path();
    ctx.rect(view.gutter(), AXIS_HEIGHT, view.plot_width(), view.height - AXIS_HEIGHT);
    ctx.clip();
    let rows = view.visible_rows(layout.rows.len());
    for row in rows.clone() {
        if let Some(lane) = layout.lane_in_row(row) {
            let dimmed = selected_pid.is_some_and(|pid| pid != lane.pid);
            ctx.set_global_alpha(if dimmed { 0.35 } else { 1.0 });
            painter.lane(lane, view.row_top(row));
            if let Some(folded) = layout.folded.get(&row) {
                painter.folded_running(folded, view.row_top(row));
            }
        }
    }
    ctx.set_global_alpha(1.0);
    painter.arrows(rows.clone());
    ctx.restore();
    painter.gutter(rows, selected_pid);
    painter.axis(step);
    painter.cursor(cursor);
}

struct Painter<'a> {
    ctx: &'a CanvasRenderingContext2d,
    layout: &'a Layout,
    view: &'a View,
    theme: &'a Theme,
    char_px: f64,
    /// The page's words, for the lanes' names and what their blocks are.
    text: &'a Text,
}

impl Painter<'_> {
    fn grid(&self, step: f64) {
        let (ctx, view) = (self.ctx, self.view);
        ctx.set_stroke_style_str(&self.theme.line);
        ctx.set_line_width(1.0);
        ctx.begin_path();
        for time in ticks(view, step) {
            let x = view.x_of(time).round() + 0.5;
            ctx.move_to(x, AXIS_HEIGHT);
            ctx.line_to(x, view.height);
        }
        ctx.stroke();
    }

    fn axis(&self, step: f64) {
        let (ctx, view, theme) = (self.ctx, self.view, self.theme);
        ctx.set_fill_style_str(&theme.panel);
        ctx.fill_rect(0.0, 0.0, view.width, AXIS_HEIGHT);
        ctx.set_fill_style_str(&theme.line);
        ctx.fill_rect(0.0, AXIS_HEIGHT - 1.0, view.width, 1.0);
        ctx.set_fill_style_str(&theme.muted);
        for time in ticks(view, step) {
            let x = view.x_of(time);
            let room = (view.width - x - 6.0).min(TICK_GAP - 6.0);
            if let Some(label) = fit_text(&tick_label(time, step, view.end), room, self.char_px) {
                let _ = ctx.fill_text(&label, x + 3.0, AXIS_HEIGHT / 2.0);
            }
        }
    }

    fn lane(&self, lane: &Lane, top: f64) {
        let (ctx, view, theme) = (self.ctx, self.view, self.theme);
        let (from, to) = view.window();
        let segments = lane.segments_in(from, to);
        let found = blocks(segments, self.layout.end, view);
        let (bar_top, bar_bottom) = (top + BAR_INSET, top + LANE_HEIGHT - BAR_INSET);
        let height = bar_bottom - bar_top;
        let colour = |look| process_colour(lane.colour, theme.lightness(look));
        // One path per look, so a lane costs a few fills however many blocks it has.
        for look in [Look::Ready, Look::Running, Look::Zombie] {
            let fill = if look == Look::Zombie { theme.muted.clone() } else { colour(look) };
            ctx.set_fill_style_str(&fill);
            ctx.begin_path();
            for block in found.iter().filter(|b| b.look == look) {
                ctx.rect(block.x0, bar_top, block.x1 - block.x0, height);
            }
            if look == Look::Zombie {
                let alpha = ctx.global_alpha();
                ctx.set_global_alpha(alpha * 0.45);
                ctx.fill();
                ctx.set_global_alpha(alpha);
            } else {
                ctx.fill();
            }
        }
        ctx.set_stroke_style_str(&colour(Look::Blocked));
        ctx.set_line_width(1.0);
        ctx.begin_path();
        for block in found.iter().filter(|b| b.look == Look::Blocked) {
            ctx.rect(block.x0 + 0.5, bar_top + 0.5, (block.x1 - block.x0 - 1.0).max(0.0), height - 1.0);
            for [x0, y0, x1, y1] in hatch_lines(block.x0, block.x1, bar_top, bar_bottom, 5.0) {
                ctx.move_to(x0, y0);
                ctx.line_to(x1, y1);
            }
        }
        ctx.stroke();
        self.block_texts(segments, &found, top);
        self.marks(lane, bar_top);
    }

    /// A folded row: when any of the lanes folded into it ran, solid over the row's
    /// own lane (at most `FOLDED_DRAWN` of them, which is plenty for a glance).
    fn folded_running(&self, lanes: &[usize], top: f64) {
        let (ctx, view, theme) = (self.ctx, self.view, self.theme);
        let (from, to) = view.window();
        let (bar_top, bar_bottom) = (top + BAR_INSET, top + LANE_HEIGHT - BAR_INSET);
        for lane in lanes.iter().take(FOLDED_DRAWN).filter_map(|&l| self.layout.lanes.get(l)) {
            let found = blocks(lane.segments_in(from, to), self.layout.end, view);
            ctx.set_fill_style_str(&process_colour(lane.colour, theme.lightness(Look::Running)));
            ctx.begin_path();
            for block in found.iter().filter(|b| b.look == Look::Running) {
                ctx.rect(block.x0, bar_top, block.x1 - block.x0, bar_bottom - bar_top);
            }
            ctx.fill();
        }
    }

    /// Names what a block is where the name fits: the core, what it waits for.
    fn block_texts(&self, segments: &[Segment], found: &[Block], top: f64) {
        let (ctx, theme) = (self.ctx, self.theme);
        for block in found.iter().filter(|b| b.x1 - b.x0 >= 30.0) {
            let Some(segment) = block.segment.and_then(|i| segments.get(i)) else {
                continue;
            };
            let text = match &segment.state {
                State::Running { core } => fill(self.text.block_core, &[("core", core)]),
                State::Ready => self.text.state_ready.to_string(),
                State::Blocked { reason } => words::reason(self.layout, reason, self.text),
                State::Awaiting { on } => fill(self.text.task_awaits, &[("what", on)]),
                State::Zombie => self.text.state_zombie.to_string(),
            };
            let Some(text) = fit_text(&text, block.x1 - block.x0 - 8.0, self.char_px) else {
                continue;
            };
            let on_solid = block.look == Look::Running;
            // Readable on the blocked hatch: a panel-coloured backing.
            if block.look == Look::Blocked {
                ctx.set_fill_style_str(&theme.panel);
                let width = text.chars().count() as f64 * self.char_px + 4.0;
                ctx.fill_rect(block.x0 + 2.0, top + 6.0, width.min(block.x1 - block.x0 - 4.0), LANE_HEIGHT - 12.0);
            }
            // On a solid bar the panel's colour reads in both themes (light on a
            // mid-dark bar, dark on the lighter bars of the dark theme).
            ctx.set_fill_style_str(if on_solid { &theme.panel } else { &theme.ink });
            let _ = ctx.fill_text(&text, block.x0 + 4.0, top + LANE_HEIGHT / 2.0);
        }
    }

    /// Marks as small glyphs on the bar's top edge, one a few pixels at most:
    /// after each, the next is found by binary search past the gap.
    fn marks(&self, lane: &Lane, bar_top: f64) {
        let (ctx, view) = (self.ctx, self.view);
        let (from, to) = view.window();
        let mut marks = lane.marks_in(from, to);
        ctx.set_fill_style_str(&self.theme.ink);
        ctx.set_stroke_style_str(&self.theme.ink);
        ctx.set_line_width(1.0);
        let (mut filled, mut ticks) = (Vec::new(), Vec::new());
        while let Some(mark) = marks.first() {
            let x = view.x_of(mark.time as f64);
            match mark.kind {
                MarkKind::Process | MarkKind::Event => ticks.push(x),
                kind => filled.push((x, kind)),
            }
            let next = view.time_at(x + MARK_GAP).max(0.0) as Nanos;
            let skip = marks.partition_point(|m| m.time < next).max(1);
            marks = &marks[skip..];
        }
        ctx.begin_path();
        for (x, kind) in filled {
            glyph(ctx, x, bar_top + 1.0, kind);
        }
        ctx.fill();
        ctx.begin_path();
        for x in ticks {
            let x = x.round() + 0.5;
            ctx.move_to(x, bar_top - 2.0);
            ctx.line_to(x, bar_top + LANE_HEIGHT - 2.0 * BAR_INSET + 2.0);
        }
        ctx.stroke();
    }

    /// Fork, queue and pipe arrows that reach into the window, between rows in view
    /// (or crossing it), one path per kind: fork solid, queue dashed, pipe dotted.
    fn arrows(&self, rows: Range<usize>) {
        let (ctx, view, layout) = (self.ctx, self.view, self.layout);
        let (from, to) = view.window();
        let centre = |lane: usize| layout.row_of(lane).map(|row| (row, view.row_top(row) + LANE_HEIGHT / 2.0));
        ctx.set_stroke_style_str(&self.theme.muted);
        ctx.set_line_width(1.2);
        for (kind, dash) in [(ArrowKind::Fork, &[][..]), (ArrowKind::Queue, &[4.0, 3.0][..]), (ArrowKind::Pipe, &[1.5, 2.5][..])] {
            let pattern: js_sys::Array = dash.iter().map(|&d| JsValue::from(d)).collect();
            let _ = ctx.set_line_dash(&pattern);
            ctx.begin_path();
            for arrow in layout.arrows_in(from, to).filter(|a| a.kind == kind) {
                let (Some((row_a, ya)), Some((row_b, yb))) = (centre(arrow.from_lane), centre(arrow.to_lane)) else {
                    continue;
                };
                // Inside one folded row, or out of view: nothing to draw.
                if row_a == row_b || row_a.max(row_b) < rows.start || row_a.min(row_b) >= rows.end {
                    continue;
                }
                let xa = view.x_of(arrow.from_time as f64).clamp(-1e6, 1e6);
                let xb = view.x_of(arrow.to_time as f64).clamp(-1e6, 1e6);
                ctx.move_to(xa, ya);
                ctx.line_to(xb, yb);
                // The head, pointing along the arrow.
                let angle = (yb - ya).atan2(xb - xa);
                for side in [-0.45f64, 0.45] {
                    ctx.move_to(xb, yb);
                    ctx.line_to(xb - 6.0 * (angle + side).cos(), yb - 6.0 * (angle + side).sin());
                }
            }
            ctx.stroke();
        }
        let _ = ctx.set_line_dash(&js_sys::Array::new());
    }

    fn gutter(&self, rows: Range<usize>, selected_pid: Option<Pid>) {
        let (ctx, view, theme, layout) = (self.ctx, self.view, self.theme, self.layout);
        let width = view.gutter();
        ctx.set_fill_style_str(&theme.panel);
        ctx.fill_rect(0.0, AXIS_HEIGHT, width, view.height - AXIS_HEIGHT);
        ctx.save();
        ctx.begin_path();
        ctx.rect(0.0, AXIS_HEIGHT, view.width, view.height - AXIS_HEIGHT);
        ctx.clip();
        for row in rows {
            let Some(lane) = layout.lane_in_row(row) else {
                continue;
            };
            let top = view.row_top(row);
            let selected = selected_pid == Some(lane.pid);
            if selected {
                ctx.set_fill_style_str(&theme.soft);
                ctx.fill_rect(0.0, top, width, LANE_HEIGHT);
            }
            // A line between processes, so a process's threads read as a group.
            let next = layout.lane_in_row(row + 1);
            if next.is_some_and(|next| next.pid != lane.pid) {
                ctx.set_fill_style_str(&theme.line);
                ctx.fill_rect(0.0, top + LANE_HEIGHT - 1.0, view.width, 1.0);
            }
            ctx.set_fill_style_str(&process_colour(lane.colour, theme.lightness(Look::Running)));
            let middle = top + LANE_HEIGHT / 2.0;
            // A process that has more lanes under it gets a fold mark (a click on
            // it folds or unfolds); an asyncio task, indented under its thread, a
            // ring; the rest a square of the process's colour.
            let mut label_x = 18.0;
            let label = match layout.fold_state(row) {
                None if lane.task.is_some() => {
                    ctx.begin_path();
                    let _ = ctx.arc(17.0, middle, 3.5, 0.0, std::f64::consts::TAU);
                    ctx.set_stroke_style_str(&process_colour(lane.colour, theme.lightness(Look::Running)));
                    ctx.set_line_width(1.5);
                    ctx.stroke();
                    label_x = 26.0;
                    lane.label(self.text)
                }
                Some(folded) => {
                    ctx.begin_path();
                    if folded {
                        ctx.move_to(6.0, middle - 5.0);
                        ctx.line_to(13.0, middle);
                        ctx.line_to(6.0, middle + 5.0);
                    } else {
                        ctx.move_to(5.0, middle - 3.5);
                        ctx.line_to(15.0, middle - 3.5);
                        ctx.line_to(10.0, middle + 3.5);
                    }
                    ctx.close_path();
                    ctx.fill();
                    match layout.folded.get(&row) {
                        Some(more) if folded => format!("{} +{}", lane.label(self.text), more.len()),
                        _ => lane.label(self.text),
                    }
                }
                None => {
                    ctx.fill_rect(6.0, middle - 4.0, 8.0, 8.0);
                    lane.label(self.text)
                }
            };
            ctx.set_font(if selected { "bold 11px system-ui, sans-serif" } else { FONT });
            ctx.set_fill_style_str(&theme.ink);
            if let Some(label) = fit_text(&label, width - label_x - 6.0, self.char_px) {
                let _ = ctx.fill_text(&label, label_x, top + LANE_HEIGHT / 2.0);
            }
        }
        ctx.set_font(FONT);
        ctx.restore();
        ctx.set_fill_style_str(&theme.line);
        ctx.fill_rect(width - 1.0, AXIS_HEIGHT, 1.0, view.height - AXIS_HEIGHT);
    }

    fn cursor(&self, cursor: Nanos) {
        let (ctx, view) = (self.ctx, self.view);
        let x = view.x_of(cursor as f64);
        if x < view.gutter() || x > view.width {
            return;
        }
        ctx.set_fill_style_str(&self.theme.accent);
        ctx.fill_rect(x - 1.0, AXIS_HEIGHT, 2.0, view.height - AXIS_HEIGHT);
        ctx.begin_path();
        ctx.move_to(x - 5.0, AXIS_HEIGHT - 7.0);
        ctx.line_to(x + 5.0, AXIS_HEIGHT - 7.0);
        ctx.line_to(x, AXIS_HEIGHT);
        ctx.close_path();
        ctx.fill();
    }
}

/// The tick times in the window, `step` apart.
fn ticks(view: &View, step: f64) -> impl Iterator<Item = f64> + '_ {
    let first = (view.start / step).ceil() as i64;
    let last = (view.end / step).floor() as i64;
    (first..=last).map(move |k| k as f64 * step)
}

/// A mark's shape, so kinds differ without colour: a diamond for a print, a
/// square for a lock, a triangle down for a queue or pipe, up for a socket, a
/// small bar for a file. (Process and event marks are ticks across the bar.)
fn glyph(ctx: &CanvasRenderingContext2d, x: f64, y: f64, kind: MarkKind) {
    let r = 3.5;
    match kind {
        MarkKind::Print => {
            ctx.move_to(x, y - r);
            ctx.line_to(x + r, y);
            ctx.line_to(x, y + r);
            ctx.line_to(x - r, y);
            ctx.close_path();
        }
        MarkKind::Lock => ctx.rect(x - 3.0, y - 3.0, 6.0, 6.0),
        MarkKind::Queue | MarkKind::Pipe => {
            ctx.move_to(x - r, y - r);
            ctx.line_to(x + r, y - r);
            ctx.line_to(x, y + r);
            ctx.close_path();
        }
        MarkKind::Socket => {
            ctx.move_to(x - r, y + r);
            ctx.line_to(x + r, y + r);
            ctx.line_to(x, y - r);
            ctx.close_path();
        }
        MarkKind::File | MarkKind::Process | MarkKind::Event => ctx.rect(x - 1.5, y - r, 3.0, 2.0 * r),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{EN, ZH};
    use crate::timeline::lane::OPEN;
    use interleave_engine::os::{TraceEvent, Wait, What};

    /// 1000 px wide, 170 px of labels: 830 px for 0..830 ns, 1 px a ns.
    fn view() -> View {
        View { start: 0.0, end: 830.0, width: 1000.0, height: 200.0, scroll_y: 0.0 }
    }

    fn seg(start: Nanos, end: Nanos, state: State) -> Segment {
        Segment { start, end, state }
    }

    #[test]
    fn pixels_and_times_convert_both_ways() {
        let view = view();
        assert_eq!(view.gutter(), 170.0);
        assert_eq!(view.x_of(0.0), 170.0);
        assert_eq!(view.x_of(415.0), 585.0);
        assert_eq!(view.time_at(585.0), 415.0);
        let phone = View { width: 390.0, ..view };
        assert_eq!(phone.gutter(), 117.0, "labels take less of a phone");
    }

    #[test]
    fn zooming_keeps_the_time_under_the_pointer() {
        let mut view = view();
        view.zoom_at(585.0, 0.5, 830);
        assert_eq!((view.start, view.end), (207.5, 622.5));
        assert_eq!(view.time_at(585.0), 415.0);
        view.zoom_at(585.0, 100.0, 830);
        assert_eq!((view.start, view.end), (0.0, 830.0), "no further out than the run");
        view.zoom_at(585.0, 1e-9, 830);
        assert_eq!(view.end - view.start, MIN_SPAN, "no further in than a few instructions");
    }

    #[test]
    fn panning_moves_the_window_and_stops_at_the_run_s_ends() {
        let mut view = View { start: 100.0, end: 200.0, ..view() };
        view.pan(-83.0, 830);
        assert_eq!((view.start, view.end), (110.0, 210.0), "dragging left shows later times");
        view.pan(1e6, 830);
        assert_eq!((view.start, view.end), (0.0, 100.0));
        view.pan(-1e6, 830);
        assert_eq!((view.start, view.end), (730.0, 830.0));
    }

    #[test]
    fn rows_are_found_by_height_below_the_axis() {
        let mut view = view();
        assert_eq!(view.row_at(10.0), None, "the axis");
        assert_eq!(view.row_at(AXIS_HEIGHT + 1.0), Some(0));
        assert_eq!(view.row_at(AXIS_HEIGHT + 2.5 * LANE_HEIGHT), Some(2));
        view.scroll(3.0 * LANE_HEIGHT, 100);
        assert_eq!(view.row_at(AXIS_HEIGHT + 1.0), Some(3));
        assert_eq!(view.visible_rows(100), 3..12);
        view.scroll(1e6, 10);
        assert_eq!(view.scroll_y, 10.0 * LANE_HEIGHT - (200.0 - AXIS_HEIGHT), "the last row stays in view");
        assert_eq!(view.visible_rows(10), 1..10);
    }

    #[test]
    fn ticks_are_round_and_labelled_in_a_fitting_unit() {
        assert_eq!(tick_step(1e6, 1000.0, 90.0), 1e5);
        assert_eq!(tick_step(3e6, 1000.0, 90.0), 5e5);
        assert_eq!(tick_step(40.0, 1000.0, 90.0), 5.0);
        assert_eq!(tick_label(0.0, 1e5, 9e5), "0");
        assert_eq!(tick_label(3e5, 1e5, 9e5), "300 µs");
        assert_eq!(tick_label(3e5, 1e5, 1.2e6), "0.3 ms", "one unit along the axis");
        assert_eq!(tick_label(1.5e6, 5e5, 3e6), "1.5 ms");
        assert_eq!(tick_label(1.25e6, 2.5e5, 3e6), "1.25 ms");
        assert_eq!(tick_label(2e9, 1e9, 5e9), "2 s");
        assert_eq!(tick_label(35.0, 5.0, 90.0), "35 ns");
        assert_eq!(tick_label(2_000_000_100.0, 100.0, 2_000_001_000.0), "2.0000001 s");
    }

    #[test]
    fn durations_read_with_three_digits() {
        assert_eq!(format_duration(820), "820 ns");
        assert_eq!(format_duration(12_500_000), "12.5 ms");
        assert_eq!(format_duration(1_200_000_000), "1.20 s");
        assert_eq!(format_duration(450_000), "450 µs");
    }

    #[test]
    fn segments_narrower_than_a_pixel_merge_into_the_state_that_filled_most() {
        let view = View { end: 8300.0, ..view() }; // 10 ns a pixel
        let segments = [
            seg(0, 100, State::Running { core: 0 }),
            seg(100, 103, State::Ready),
            seg(103, 109, State::Running { core: 0 }),
            seg(109, 110, State::Ready),
            seg(110, 400, blocked()),
        ];
        let found = blocks(&segments, 400, &view);
        let summary: Vec<(f64, f64, Look, Option<usize>)> = found.iter().map(|b| (b.x0, b.x1, b.look, b.segment)).collect();
        assert_eq!(
            summary,
            [(170.0, 180.0, Look::Running, Some(0)), (180.0, 181.0, Look::Running, None), (181.0, 210.0, Look::Blocked, Some(4))]
        );
    }

    fn blocked() -> State {
        let lock = interleave_engine::os::Handle { scope: interleave_engine::os::Scope::Process, index: 2 };
        State::Blocked { reason: super::super::lane::Reason { wait: Wait::Lock(lock), holder: None, event_loop: false } }
    }

    #[test]
    fn a_window_of_many_slices_draws_about_a_block_a_pixel() {
        let segments: Vec<Segment> =
            (0..100_000).map(|i| seg(i * 10, i * 10 + 10, if i % 3 == 0 { State::Ready } else { State::Running { core: 0 } })).collect();
        let view = View { end: 1_000_000.0, ..view() };
        let found = blocks(&segments, OPEN, &view);
        assert!(found.len() <= 831, "{} blocks for 830 px", found.len());
        assert!(found.iter().all(|b| b.look == Look::Running));
    }

    #[test]
    fn hatching_stays_inside_its_block() {
        let lines: Vec<[f64; 4]> = hatch_lines(10.0, 30.0, 0.0, 16.0, 5.0).collect();
        assert!(!lines.is_empty());
        for [x0, y0, x1, y1] in lines {
            assert!((10.0..=30.0).contains(&x0) && (10.0..=30.0).contains(&x1));
            assert!((0.0..=16.0).contains(&y0) && (0.0..=16.0).contains(&y1));
            assert!(((x1 - x0) - (y0 - y1)).abs() < 1e-9, "at 45°");
        }
    }

    #[test]
    fn text_is_shortened_to_fit_or_left_out() {
        assert_eq!(fit_text("core 1", 60.0, 6.0).as_deref(), Some("core 1"));
        assert_eq!(fit_text("lock #2, held by pid 1001 · main", 60.0, 6.0).as_deref(), Some("lock #2,…"));
        assert_eq!(fit_text("lock #2", 10.0, 6.0), None);
        assert_eq!(fit_text("用户0 买票成功", 40.0, 6.0).as_deref(), Some("用户…"), "wide characters count double");
    }

    #[test]
    fn the_theme_follows_the_page_s_tokens() {
        let dark = Theme::from_css(|name| (name == "--panel").then(|| " #181d26".to_string()));
        assert!(dark.dark);
        assert_eq!(dark.ink, "#1d2533", "a missing token falls back to the light theme's");
        assert!(!Theme::from_css(|_| None).dark);
        assert!(is_dark("#000") && !is_dark("#fff") && !is_dark("not a colour"));
    }

    fn sample() -> Layout {
        let at = |time, pid, tid, what| TraceEvent { time, pid, tid, what };
        let lock = interleave_engine::os::Handle { scope: interleave_engine::os::Scope::Process, index: 2 };
        let mut layout = Layout::default();
        layout.extend(&[
            at(0, 1000, 1, What::Ran { core: 1, until: 100 }),
            at(100, 1000, 1, What::Output { fd: 1, text: "buyer 3 got a ticket\n".into() }),
            at(200, 1000, 1, What::Blocked(Wait::Lock(lock))),
            at(700, 1000, 1, What::Woken),
            at(830, 1000, 1, What::Ran { core: 1, until: 830 }),
        ]);
        layout
    }

    #[test]
    fn hovering_says_what_is_there_in_words() {
        let (layout, view) = (sample(), view());
        let y = AXIS_HEIGHT + LANE_HEIGHT / 2.0;
        let text = |x: f64| hit_test(&layout, &view, x, y, &EN).map(|hit| hit.text);
        assert_eq!(text(170.0 + 50.0).as_deref(), Some("pid 1000 · main: running on core 1 (200 ns)"));
        assert_eq!(text(170.0 + 102.0).as_deref(), Some("pid 1000 · main: printed 'buyer 3 got a ticket' at 100 ns"));
        assert_eq!(text(170.0 + 400.0).as_deref(), Some("pid 1000 · main: blocked, waits for lock #2 (500 ns)"));
        assert_eq!(text(170.0 + 750.0).as_deref(), Some("pid 1000 · main: ready, waiting for a core (130 ns)"));
        assert_eq!(text(20.0).as_deref(), Some("pid 1000 · main (click to pick out its process)"));
        assert_eq!(hit_test(&layout, &view, 400.0, 5.0, &EN), None, "the axis");
        assert_eq!(hit_test(&layout, &view, 400.0, AXIS_HEIGHT + 3.0 * LANE_HEIGHT, &EN), None, "below the last lane");
        assert_eq!(hit_test(&layout, &view, 570.0, y, &EN).map(|hit| hit.time), Some(400));
        // The same places in Chinese: no English word left but the Python names and units.
        let zh = |x: f64| hit_test(&layout, &view, x, y, &ZH).map(|hit| hit.text);
        assert_eq!(zh(170.0 + 50.0).as_deref(), Some("pid 1000 · 主线程：在核 1 上运行（200 ns）"));
        assert_eq!(zh(170.0 + 102.0).as_deref(), Some("pid 1000 · 主线程：打印了 'buyer 3 got a ticket'（100 ns）"));
        assert_eq!(zh(170.0 + 400.0).as_deref(), Some("pid 1000 · 主线程：阻塞，等待 锁 #2（500 ns）"));
        assert_eq!(zh(20.0).as_deref(), Some("pid 1000 · 主线程（点击突出显示它的进程）"));
    }
}
