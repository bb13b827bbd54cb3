//! The page's state and the only way it changes: `Action`s through `reduce`.
//!
//! Invariant: everything here can be rebuilt from the program text and the
//! settings, because a run is deterministic (ARCHITECTURE.md, invariant 5).

use crate::i18n::Lang;
use interleave_engine::{run_program, RunOptions, RunOutcome};
use std::rc::Rc;
use yew::Reducible;

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub lang: Lang,
    /// The program as the editor holds it.
    pub source: String,
    /// The last finished run, if any.
    pub outcome: Option<RunOutcome>,
}

pub enum Action {
    /// The user edited the program.
    Edit(String),
    Run,
    ToggleLang,
}

impl AppState {
    pub fn new(lang: Lang, source: String) -> Self {
        AppState { lang, source, outcome: None }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(source) => next.source = source,
            Action::Run => next.outcome = Some(run_program(&next.source, &RunOptions::default())),
            Action::ToggleLang => next.lang = next.lang.other(),
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> Rc<AppState> {
        Rc::new(AppState::new(Lang::En, "print(1)\n".into()))
    }

    #[test]
    fn toggling_twice_returns_to_the_first_language() {
        let once = state().reduce(Action::ToggleLang);
        assert_eq!(once.lang, Lang::Zh);
        assert_eq!(once.reduce(Action::ToggleLang).lang, Lang::En);
    }

    #[test]
    fn an_edit_keeps_the_last_run_until_the_next_one() {
        let ran = state().reduce(Action::Run);
        let edited = ran.clone().reduce(Action::Edit("print(2)\n".into()));
        assert_eq!(edited.source, "print(2)\n");
        assert_eq!(edited.outcome, ran.outcome);
    }

    #[test]
    fn a_run_records_an_outcome() {
        assert!(state().reduce(Action::Run).outcome.is_some());
    }
}
