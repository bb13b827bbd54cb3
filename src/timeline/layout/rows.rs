//! The timeline's rows: each process's lanes, then its children's subtrees in fork
//! order, and the folding of a process's family into one row (by the user, or of
//! itself when a run has too many lanes to read).

use super::Layout;

/// Past this many lanes, a process with more than `FOLD_GROUP` lanes under it
/// (its threads and its descendants') starts folded into one row: a run of a
/// thousand processes reads as a few rows to unfold, not a thousand to scroll.
const FOLD_ABOVE: usize = 64;
const FOLD_GROUP: usize = 16;

impl Layout {
    /// Folds or unfolds the process of `lane` (a click on its row's fold mark);
    /// false when it has nothing to fold (one thread, no children).
    pub fn toggle_fold(&mut self, lane: usize) -> bool {
        let Some(&p) = self.lanes.get(lane).and_then(|l| self.proc_of.get(&l.pid)) else { return false };
        if !self.foldable(p) {
            return false;
        }
        let folded = self.folded.contains_key(&self.row_of[lane]);
        self.chosen.insert(p, !folded);
        self.order_rows();
        true
    }

    /// Does the row of `lane` stand for more than one lane, and is it folded?
    /// (None: nothing to fold.)
    pub fn fold_state(&self, row: usize) -> Option<bool> {
        let lane = *self.rows.get(row)?;
        let p = *self.proc_of.get(&self.lanes.get(lane)?.pid)?;
        if !self.foldable(p) || self.procs[p].lanes.first() != Some(&lane) {
            return None;
        }
        Some(self.folded.contains_key(&row))
    }

    fn foldable(&self, p: usize) -> bool {
        self.procs[p].lanes.len() > 1 || !self.procs[p].children.is_empty()
    }

    /// Every lane of process `p` and of its descendants, the process's own first.
    fn subtree_lanes(&self, p: usize) -> Vec<usize> {
        let mut lanes = Vec::new();
        let mut seen = vec![false; self.procs.len()];
        let mut stack = vec![p];
        while let Some(q) = stack.pop() {
            if std::mem::replace(&mut seen[q], true) {
                continue;
            }
            lanes.extend_from_slice(&self.procs[q].lanes);
            stack.extend(self.procs[q].children.iter().rev());
        }
        lanes
    }

    /// Rows: each process's lanes, then its children's subtrees in fork order;
    /// processes with no known parent in order of appearance.
    pub(super) fn order_rows(&mut self) {
        self.rows.clear();
        self.folded.clear();
        self.row_of = vec![0; self.lanes.len()];
        let crowded = self.lanes.len() > FOLD_ABOVE;
        let mut placed = vec![false; self.procs.len()];
        let roots = (0..self.procs.len()).filter(|&p| self.procs[p].parent.is_none());
        // A bad trace could fork in a circle (no root): such processes go last.
        for start in roots.chain(0..self.procs.len()) {
            let mut stack = vec![start];
            while let Some(p) = stack.pop() {
                if std::mem::replace(&mut placed[p], true) {
                    continue;
                }
                let fold = self.foldable(p)
                    && !self.procs[p].lanes.is_empty()
                    && self.chosen.get(&p).copied().unwrap_or_else(|| crowded && self.subtree_lanes(p).len() > FOLD_GROUP);
                if fold {
                    let lanes = self.subtree_lanes(p);
                    let row = self.rows.len();
                    self.rows.push(lanes[0]);
                    for &lane in &lanes {
                        self.row_of[lane] = row;
                    }
                    // What is folded in is placed, so it is not drawn again below.
                    let mut under = vec![p];
                    while let Some(q) = under.pop() {
                        placed[q] = true;
                        under.extend(self.procs[q].children.iter().copied().filter(|&c| !placed[c]));
                    }
                    self.folded.insert(row, lanes[1..].to_vec());
                    continue;
                }
                for &lane in &self.procs[p].lanes {
                    self.row_of[lane] = self.rows.len();
                    self.rows.push(lane);
                }
                stack.extend(self.procs[p].children.iter().rev());
            }
        }
    }
}
