//! Small function components, one per part of the page.

mod console;
mod editor;
mod header;
mod toolbar;

pub use console::Console;
pub use editor::Editor;
pub use header::Header;
pub use toolbar::Toolbar;
