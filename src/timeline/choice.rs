//! The lanes a student playing the scheduler can pick from: outlined in the
//! theme's accent, each with the number its key picks it with (1-9).

use super::layout::Layout;
use super::paint::{read_theme, View, AXIS_HEIGHT, LANE_HEIGHT};
use interleave_engine::os::Tid;
use web_sys::CanvasRenderingContext2d;

/// The row of each choice that has a lane (a thread not yet run has none).
pub fn rows(layout: &Layout, choices: &[Tid]) -> Vec<(usize, usize)> {
    (0..layout.rows.len())
        .filter_map(|row| {
            let tid = layout.lane_in_row(row)?.tid;
            choices.iter().position(|&c| c == tid).map(|i| (row, i))
        })
        .collect()
}

/// The choice whose lane is at `y`, if one is.
pub fn at(layout: &Layout, view: &View, choices: &[Tid], y: f64) -> Option<Tid> {
    let row = view.row_at(y)?;
    let tid = layout.lane_in_row(row)?.tid;
    choices.contains(&tid).then_some(tid)
}

/// Draws the outlines and numbers over what `paint` drew.
pub fn paint_choices(ctx: &CanvasRenderingContext2d, layout: &Layout, view: &View, choices: &[Tid]) {
    let Some(canvas) = ctx.canvas() else { return };
    if choices.is_empty() {
        return;
    }
    let theme = read_theme(&canvas);
    let scale = canvas.width() as f64 / view.width.max(1.0);
    let _ = ctx.set_transform(scale, 0.0, 0.0, scale, 0.0, 0.0);
    ctx.save();
    ctx.begin_path();
    ctx.rect(0.0, AXIS_HEIGHT, view.width, view.height - AXIS_HEIGHT);
    ctx.clip();
    for (row, index) in rows(layout, choices) {
        let top = view.row_top(row);
        ctx.set_global_alpha(0.12);
        ctx.set_fill_style_str(&theme.accent);
        ctx.fill_rect(0.0, top, view.width, LANE_HEIGHT);
        ctx.set_global_alpha(1.0);
        ctx.set_stroke_style_str(&theme.accent);
        ctx.set_line_width(2.0);
        ctx.stroke_rect(1.0, top + 1.0, view.width - 2.0, LANE_HEIGHT - 2.0);
        // The key that picks it, at the lane's right end.
        let (x, y) = (view.width - 14.0, top + LANE_HEIGHT / 2.0);
        ctx.begin_path();
        let _ = ctx.arc(x, y, 8.0, 0.0, std::f64::consts::TAU);
        ctx.fill();
        ctx.set_fill_style_str(&theme.panel);
        ctx.set_font("bold 11px system-ui, sans-serif");
        ctx.set_text_align("center");
        ctx.set_text_baseline("middle");
        let _ = ctx.fill_text(&(index + 1).to_string(), x, y + 0.5);
        ctx.set_text_align("start");
    }
    ctx.restore();
}
