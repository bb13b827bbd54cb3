//! Small function components, one per part of the page. Each is given data and
//! callbacks and owns no run state (PAGE-BRIEF, "Components").

mod console;
mod controls;
mod editor;
mod embed_bar;
mod event_loops;
mod explore;
mod export;
mod files;
mod gallery;
mod header;
mod icons;
mod objects;
mod processes;
mod share;
mod states;
mod timeline;

pub use console::{Console, ConsoleProps};
pub use controls::{format_time, Controls};
pub use editor::Editor;
pub use embed_bar::EmbedBar;
pub use explore::Explore;
pub use export::Export;
pub use files::Files;
pub use gallery::Gallery;
pub use header::Header;
pub use objects::Objects;
pub use processes::Processes;
pub use share::Share;
pub use states::States;
pub use timeline::Timeline;
