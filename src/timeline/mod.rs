//! The timeline: lanes (lane.rs) built from the trace (layout.rs) and drawn on a canvas
//! (paint.rs), put in words when shown (words.rs). Plain Rust, so the geometry
//! and the words are tested natively;
//! the Yew component (components/timeline.rs) only wires them to the page.

pub mod choice;
pub mod lane;
pub mod layout;
pub mod paint;
pub mod view;
pub mod words;

pub use lane::{Arrow, ArrowKind, Lane, Mark, MarkKind, Reason, Segment, State, OPEN};
pub use layout::Layout;
pub use paint::{hit_test, paint, Hit, View};

use interleave_engine::os::TraceEvent;
use std::cell::RefCell;
use std::rc::Rc;

/// The run's layout, shared with the component without copying it on every
/// update: props compare by which layout it is and how many times it grew.
#[derive(Clone, Debug, Default)]
pub struct LayoutRef {
    pub layout: Rc<RefCell<Layout>>,
    pub version: u64,
}

impl LayoutRef {
    /// The same layout grown by `events`, as a new value so that props see the change.
    pub fn extended(&self, events: &[TraceEvent]) -> LayoutRef {
        self.layout.borrow_mut().extend(events);
        LayoutRef { layout: self.layout.clone(), version: self.version + 1 }
    }
}

impl PartialEq for LayoutRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.layout, &other.layout) && self.version == other.version
    }
}
