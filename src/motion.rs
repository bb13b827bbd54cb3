//! What changed in an object between two moments shown one after the other, so
//! the objects panel can animate it: items that left a queue's front and came in
//! at its back, waiters that joined and left, a lock that changed hands.
//! Plain data and functions, tested natively; the panel turns them into classes.

use interleave_engine::os::Tid;

/// How a FIFO's contents moved: `taken` items left its front, `added` came in
/// at its back. When the two lists are not one FIFO's before and after (the
/// moments are far apart), everything left and everything came.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shift {
    pub taken: usize,
    pub added: usize,
}

pub fn shift(before: &[String], after: &[String]) -> Shift {
    // The fewest items taken that leave the rest of `before` at the front of `after`.
    for taken in 0..=before.len() {
        let rest = &before[taken..];
        if after.starts_with(rest) {
            return Shift { taken, added: after.len() - rest.len() };
        }
    }
    Shift { taken: before.len(), added: after.len() }
}

/// Waiters that joined a wait list and that left it, each in list order.
pub fn waiters_moved(before: &[Tid], after: &[Tid]) -> (Vec<Tid>, Vec<Tid>) {
    let joined = after.iter().copied().filter(|t| !before.contains(t)).collect();
    let left = before.iter().copied().filter(|t| !after.contains(t)).collect();
    (joined, left)
}

/// A lock's owner from one moment to the next, when it changed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hands {
    Acquired(Tid),
    Released(Tid),
    /// From one thread straight to another (a release that handed it to a waiter).
    Passed { from: Tid, to: Tid },
}

pub fn hands(before: Option<Tid>, after: Option<Tid>) -> Option<Hands> {
    match (before, after) {
        (None, Some(to)) => Some(Hands::Acquired(to)),
        (Some(from), None) => Some(Hands::Released(from)),
        (Some(from), Some(to)) if from != to => Some(Hands::Passed { from, to }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_queue_moves_as_a_fifo() {
        let cases: &[(&[&str], &[&str], (usize, usize))] = &[
            (&[], &["a"], (0, 1)),
            (&["a", "b"], &["a", "b", "c"], (0, 1)),
            (&["a", "b", "c"], &["b", "c"], (1, 0)),
            (&["a", "b"], &["b", "c", "d"], (1, 2)),
            (&["a", "b"], &[], (2, 0)),
            // The same value again is a new item at the back, not the old one kept.
            (&["x"], &["x", "x"], (0, 1)),
            (&["x", "x"], &["x"], (1, 0)),
        ];
        for &(before, after, (taken, added)) in cases {
            assert_eq!(shift(&items(before), &items(after)), Shift { taken, added }, "{before:?} -> {after:?}");
        }
    }

    #[test]
    fn waiters_join_and_leave_in_order() {
        assert_eq!(waiters_moved(&[2, 3], &[3, 4, 5]), (vec![4, 5], vec![2]));
        assert_eq!(waiters_moved(&[], &[]), (vec![], vec![]));
    }

    #[test]
    fn a_lock_changes_hands() {
        assert_eq!(hands(None, Some(2)), Some(Hands::Acquired(2)));
        assert_eq!(hands(Some(2), None), Some(Hands::Released(2)));
        assert_eq!(hands(Some(2), Some(3)), Some(Hands::Passed { from: 2, to: 3 }));
        assert_eq!(hands(Some(2), Some(2)), None);
    }
}
