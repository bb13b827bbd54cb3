use crate::i18n::Lang;
use crate::timeline::paint::{AXIS_HEIGHT, FOLD_MARK_WIDTH};
use crate::timeline::{hit_test, paint, LayoutRef, View};
use interleave_engine::os::{Nanos, Pid};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, ResizeObserver};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub layout: LayoutRef,
    pub cursor: Nanos,
    pub selected_pid: Option<Pid>,
    /// The canvas reads the theme's colours when it paints: a new theme repaints it.
    pub theme: crate::theme::Theme,
    /// A click in the lanes: the time under the pointer.
    pub on_seek: Callback<Nanos>,
    /// A click on a lane's label: its process, or None to clear (the same again, or no lane).
    pub on_select: Callback<Option<Pid>>,
    /// A row was folded or unfolded (the pane may want another height).
    #[prop_or_default]
    pub on_fold: Callback<()>,
    /// The canvas's accessible name.
    pub label: AttrValue,
    /// The language of the lanes' names and of what hovering says.
    pub lang: Lang,
    /// Threads a student playing the scheduler can pick: their lanes light up,
    /// and a click on one picks it (`on_pick`).
    #[prop_or_default]
    pub choices: Vec<interleave_engine::os::Tid>,
    #[prop_or_default]
    pub on_pick: Callback<interleave_engine::os::Tid>,
}

/// What the canvas's handlers share between renders: the latest props, and the
/// view, which the user changes without the app hearing of it.
struct Live {
    layout: LayoutRef,
    lang: Lang,
    cursor: Nanos,
    selected: Option<Pid>,
    choices: Vec<interleave_engine::os::Tid>,
    view: View,
    /// The view shows the whole run, following its end, until the user zooms or pans.
    follow: bool,
    drag: Option<Drag>,
    /// Fingers on the canvas (pointer id, x, y): two of them pinch to zoom.
    touches: Vec<(i32, f64, f64)>,
}

struct Drag {
    x: f64,
    y: f64,
    /// Past a few pixels a press is a drag, not a click.
    moved: bool,
}

enum Click {
    Seek(Nanos),
    Select(Option<Pid>),
    /// A lane a student playing the scheduler can pick.
    Pick(interleave_engine::os::Tid),
    /// The fold mark of a process's row: fold its lanes into the row, or unfold them.
    Fold(usize),
}

/// Pixels a press may wander and still be a click.
const CLICK_SLOP: f64 = 3.0;

/// The run as lanes on one canvas (PAGE-BRIEF, "Timeline habits"): wheel or W/S
/// zoom around the pointer, drag or A/D pan, double-click fits the run again; a
/// click sets the cursor (on a label, picks out the process); hovering says what
/// is there in words.
#[function_component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = props.lang;
    let canvas = use_node_ref();
    let live = use_mut_ref(|| Live {
        layout: props.layout.clone(),
        lang,
        cursor: props.cursor,
        selected: props.selected_pid,
        choices: props.choices.clone(),
        view: View::fitted(0, 0.0, 0.0),
        follow: true,
        drag: None,
        touches: Vec::new(),
    });
    let tip = use_state_eq(|| None::<(f64, f64, String)>);
    {
        let mut live = live.borrow_mut();
        if !Rc::ptr_eq(&live.layout.layout, &props.layout.layout) {
            // A new run: show all of it from the top.
            live.follow = true;
            live.view.scroll_y = 0.0;
        }
        live.layout = props.layout.clone();
        live.lang = lang;
        live.cursor = props.cursor;
        live.selected = props.selected_pid;
        live.choices = props.choices.clone();
    }
    {
        let (canvas, live) = (canvas.clone(), live.clone());
        use_effect_with((props.layout.clone(), props.cursor, props.selected_pid, props.theme, props.choices.clone(), lang), move |_| repaint(&canvas, &live));
    }
    {
        let (canvas, live) = (canvas.clone(), live.clone());
        use_effect_with((), move |_| {
            let observed = canvas.cast::<HtmlCanvasElement>();
            let on_resize = Closure::<dyn FnMut()>::new(move || repaint(&canvas, &live));
            let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok();
            if let (Some(observer), Some(element)) = (&observer, &observed) {
                observer.observe(element);
            }
            move || {
                if let Some(observer) = observer {
                    observer.disconnect();
                }
                drop(on_resize);
            }
        });
    }

    let onwheel = {
        let (canvas, live) = (canvas.clone(), live.clone());
        Callback::from(move |event: WheelEvent| {
            event.prevent_default();
            // Lines or pages of scrolling, as pixels.
            let unit = match event.delta_mode() {
                1 => 16.0,
                2 => 400.0,
                _ => 1.0,
            };
            let (dx, dy) = (event.delta_x() * unit, event.delta_y() * unit);
            let x = f64::from(event.offset_x());
            change_view(&canvas, &live, |view, end, rows| {
                if event.shift_key() || x < view.gutter() {
                    view.scroll(dy, rows);
                } else if dx.abs() > dy.abs() {
                    view.pan(-dx, end);
                } else {
                    view.zoom_at(x, (dy * 0.002).exp(), end);
                }
            });
        })
    };
    let onpointerdown = {
        let live = live.clone();
        let tip = tip.clone();
        Callback::from(move |event: PointerEvent| {
            if event.button() != 0 {
                return;
            }
            if let Some(target) = event.target_dyn_into::<web_sys::Element>() {
                let _ = target.set_pointer_capture(event.pointer_id());
            }
            let (x, y) = (f64::from(event.offset_x()), f64::from(event.offset_y()));
            let mut live = live.borrow_mut();
            if event.pointer_type() == "touch" {
                live.touches.retain(|t| t.0 != event.pointer_id());
                live.touches.push((event.pointer_id(), x, y));
            }
            // A second finger makes a pinch, not a drag or a click.
            live.drag = (live.touches.len() < 2).then_some(Drag { x, y, moved: false });
            tip.set(None);
        })
    };
    let onpointermove = {
        let (canvas, live, tip) = (canvas.clone(), live.clone(), tip.clone());
        Callback::from(move |event: PointerEvent| {
            let (x, y) = (f64::from(event.offset_x()), f64::from(event.offset_y()));
            if let Some((middle, factor)) = pinch(&mut live.borrow_mut(), event.pointer_id(), x, y) {
                change_view(&canvas, &live, |view, end, _| view.zoom_at(middle, factor, end));
                return;
            }
            let dragged = {
                let mut live = live.borrow_mut();
                match live.drag.as_mut() {
                    Some(drag) => {
                        let (dx, dy) = (x - drag.x, y - drag.y);
                        drag.moved |= dx.abs() > CLICK_SLOP || dy.abs() > CLICK_SLOP;
                        if drag.moved {
                            (drag.x, drag.y) = (x, y);
                        }
                        Some(drag.moved.then_some((dx, dy)))
                    }
                    None => None,
                }
            };
            match dragged {
                Some(Some((dx, dy))) => change_view(&canvas, &live, |view, end, rows| {
                    view.pan(dx, end);
                    view.scroll(-dy, rows);
                }),
                Some(None) => {}
                None => tip.set(hover(&live, x, y)),
            }
        })
    };
    let onpointerup = {
        let (canvas, live) = (canvas.clone(), live.clone());
        let (on_seek, on_select, on_fold, on_pick) = (props.on_seek.clone(), props.on_select.clone(), props.on_fold.clone(), props.on_pick.clone());
        Callback::from(move |event: PointerEvent| {
            live.borrow_mut().touches.retain(|t| t.0 != event.pointer_id());
            let Some(drag) = live.borrow_mut().drag.take() else {
                return;
            };
            if drag.moved {
                return;
            }
            let (x, y) = (f64::from(event.offset_x()), f64::from(event.offset_y()));
            // Decided with the state borrowed, told after: the app may render at once.
            let click = {
                let live = live.borrow();
                let Ok(layout) = live.layout.layout.try_borrow() else {
                    return;
                };
                let view = &live.view;
                if let Some(tid) = crate::timeline::choice::at(&layout, view, &live.choices, y) {
                    Click::Pick(tid)
                } else if x >= view.gutter() {
                    Click::Seek(view.time_at(x).clamp(0.0, layout.end as f64) as Nanos)
                } else if x < FOLD_MARK_WIDTH && view.row_at(y).and_then(|row| layout.fold_state(row)).is_some() {
                    Click::Fold(view.row_at(y).and_then(|row| layout.rows.get(row).copied()).unwrap_or_default())
                } else if y >= AXIS_HEIGHT {
                    let pid = view.row_at(y).and_then(|row| layout.lane_in_row(row)).map(|lane| lane.pid);
                    Click::Select(pid.filter(|&pid| live.selected != Some(pid)))
                } else {
                    return;
                }
            };
            match click {
                Click::Seek(time) => on_seek.emit(time),
                Click::Select(pid) => on_select.emit(pid),
                Click::Pick(tid) => on_pick.emit(tid),
                Click::Fold(lane) => {
                    let folded = live.borrow().layout.layout.borrow_mut().toggle_fold(lane);
                    if folded {
                        repaint(&canvas, &live);
                        on_fold.emit(());
                    }
                }
            }
        })
    };
    let onpointercancel = {
        let live = live.clone();
        Callback::from(move |event: PointerEvent| {
            let mut live = live.borrow_mut();
            live.drag = None;
            live.touches.retain(|t| t.0 != event.pointer_id());
        })
    };
    let onpointerleave = {
        let tip = tip.clone();
        Callback::from(move |_: PointerEvent| tip.set(None))
    };
    let ondblclick = {
        let (canvas, live) = (canvas.clone(), live.clone());
        Callback::from(move |_: MouseEvent| {
            live.borrow_mut().follow = true;
            repaint(&canvas, &live);
        })
    };
    let onkeydown = {
        let (canvas, live) = (canvas.clone(), live.clone());
        Callback::from(move |event: KeyboardEvent| {
            if event.ctrl_key() || event.meta_key() || event.alt_key() {
                return;
            }
            let key = event.key().to_lowercase();
            if !matches!(key.as_str(), "w" | "s" | "a" | "d") {
                return;
            }
            event.prevent_default();
            change_view(&canvas, &live, |view, end, _| {
                let centre = (view.gutter() + view.width) / 2.0;
                let step = (view.width - view.gutter()) * 0.15;
                match key.as_str() {
                    "w" => view.zoom_at(centre, 0.8, end),
                    "s" => view.zoom_at(centre, 1.25, end),
                    "a" => view.pan(step, end),
                    _ => view.pan(-step, end),
                }
            });
        })
    };

    let tip = (*tip).as_ref().map(|(x, y, text)| {
        let offset = canvas.cast::<web_sys::HtmlElement>().map_or((0.0, 0.0), |c| (f64::from(c.offset_left()), f64::from(c.offset_top())));
        let width = live.borrow().view.width;
        // Right of the pointer, or left of it near the right edge.
        let (left, shift) = if *x < width * 0.6 { (x + 12.0, "") } else { (x - 12.0, " transform: translateX(-100%);") };
        let style = format!("left: {}px; top: {}px;{shift}", offset.0 + left, offset.1 + y + 14.0);
        html! { <div class="timeline-tip" role="tooltip" {style}>{ text.clone() }</div> }
    });
    // How much the run has, for tests and the bench to read.
    let (lanes, events) = props.layout.layout.try_borrow().map_or((0, 0), |l| (l.lanes.len(), l.events()));
    html! {
        <>
            <canvas ref={canvas} data-testid="timeline" role="img" aria-label={props.label.clone()} tabindex="0"
                data-lanes={lanes.to_string()} data-events={events.to_string()}
                {onwheel} {onpointerdown} {onpointermove} {onpointerup} {onpointercancel} {onpointerleave}
                {ondblclick} {onkeydown}></canvas>
            { for tip }
        </>
    }
}

/// A finger of a two-finger pinch moved to (x, y): where to zoom around and by
/// how much (the fingers' distance before over after: apart zooms in).
fn pinch(live: &mut Live, id: i32, x: f64, y: f64) -> Option<(f64, f64)> {
    if live.touches.len() != 2 {
        return None;
    }
    let moved = live.touches.iter().position(|t| t.0 == id)?;
    let other = live.touches[1 - moved];
    let before = (live.touches[moved].1 - other.1).hypot(live.touches[moved].2 - other.2);
    live.touches[moved] = (id, x, y);
    let after = (x - other.1).hypot(y - other.2);
    (before > 4.0 && after > 4.0).then(|| ((x + other.1) / 2.0, before / after))
}

/// Applies the user's change to the view (given the run's end and the number of
/// rows), stops following the run unless the whole run is in view again, and repaints.
fn change_view(canvas: &NodeRef, live: &RefCell<Live>, change: impl FnOnce(&mut View, Nanos, usize)) {
    {
        let mut live = live.borrow_mut();
        let shared = live.layout.layout.clone();
        let Ok(layout) = shared.try_borrow() else {
            return;
        };
        change(&mut live.view, layout.end, layout.rows.len());
        live.follow = live.view.start <= 0.0 && live.view.end >= layout.end as f64;
    }
    repaint(canvas, live);
}

/// The words for what is under the pointer, and where to show them.
fn hover(live: &RefCell<Live>, x: f64, y: f64) -> Option<(f64, f64, String)> {
    let live = live.borrow();
    let layout = live.layout.layout.try_borrow().ok()?;
    hit_test(&layout, &live.view, x, y, live.lang.text()).map(|hit| (x, y, hit.text))
}

/// Sizes the canvas's backing store to its box at the device's pixel ratio (so
/// lines stay sharp), fits the view to the run while following it, and paints.
fn repaint(canvas: &NodeRef, live: &RefCell<Live>) {
    let Some(canvas) = canvas.cast::<HtmlCanvasElement>() else {
        return;
    };
    let (width, height) = (f64::from(canvas.client_width()), f64::from(canvas.client_height()));
    if width <= 0.0 || height <= 0.0 {
        return;
    }
    let ratio = web_sys::window().map_or(1.0, |w| w.device_pixel_ratio()).max(1.0);
    let (backing_width, backing_height) = ((width * ratio).round() as u32, (height * ratio).round() as u32);
    if canvas.width() != backing_width || canvas.height() != backing_height {
        canvas.set_width(backing_width);
        canvas.set_height(backing_height);
    }
    let Some(ctx) = context(&canvas) else { return };
    let mut live = live.borrow_mut();
    let shared = live.layout.layout.clone();
    let Ok(layout) = shared.try_borrow() else {
        return;
    };
    let scroll_y = live.view.scroll_y;
    live.view = if live.follow { View::fitted(layout.end, width, height) } else { View { width, height, ..live.view } };
    live.view.scroll_y = scroll_y;
    live.view.scroll(0.0, layout.rows.len());
    paint(&ctx, &layout, &live.view, live.cursor, live.selected, live.lang.text());
    crate::timeline::choice::paint_choices(&ctx, &layout, &live.view, &live.choices);
    // Where each pickable lane is ("tid:y" in CSS pixels), for tests that click one.
    let rows: Vec<String> = crate::timeline::choice::rows(&layout, &live.choices)
        .into_iter()
        .map(|(row, i)| format!("{}:{:.0}", live.choices[i], live.view.row_top(row) + crate::timeline::paint::LANE_HEIGHT / 2.0))
        .collect();
    let _ = canvas.set_attribute("data-choices", &rows.join(","));
}

fn context(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    canvas.get_context("2d").ok()??.dyn_into().ok()
}
