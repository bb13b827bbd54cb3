//! The controls' icons, drawn inline so no font needs the glyphs (Debian's
//! default fonts have no ⏵ or ⏭). Each takes the colour of the text.

use yew::prelude::*;

fn icon(path: &'static str) -> Html {
    html! {
        <svg class="icon" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={path} fill="currentColor" />
        </svg>
    }
}

pub fn play() -> Html {
    icon("M4 2.5v11l9-5.5z")
}

pub fn pause() -> Html {
    icon("M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z")
}

pub fn step() -> Html {
    icon("M2.5 2.5v11l7.5-5.5zM11 2.5h2.5v11H11z")
}

/// Step line: an arrow over a line of text.
pub fn step_line() -> Html {
    icon("M2 11.5h12v2H2zM2.5 7.5a5 5 0 0 1 9.3-2.5H10v1.8h4.5V2.3h-1.8v1.5A6.8 6.8 0 0 0 .7 7.5z")
}

pub fn step_back() -> Html {
    icon("M13.5 2.5v11L6 8zM2.5 2.5H5v11H2.5z")
}

pub fn restart() -> Html {
    icon("M8 2.5a5.5 5.5 0 1 1-5.2 3.7l1.9.6A3.5 3.5 0 1 0 8 4.5v2.2L4.5 3.5 8 .3z")
}

pub fn stop() -> Html {
    icon("M3 3h10v10H3z")
}

/// A die: another seed.
pub fn die() -> Html {
    icon("M3.5 1.5h9a2 2 0 0 1 2 2v9a2 2 0 0 1-2 2h-9a2 2 0 0 1-2-2v-9a2 2 0 0 1 2-2zm1.5 2.2a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zm6 0a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zm-3 3a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zm-3 3a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6zm6 0a1.3 1.3 0 1 0 0 2.6 1.3 1.3 0 0 0 0-2.6z")
}
