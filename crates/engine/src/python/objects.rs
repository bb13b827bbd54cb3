//! The heap's object table, copy-on-write: objects live in fixed-size chunks that
//! copies of a process share. Cloning the table (fork, a snapshot for stepping back)
//! copies one pointer per chunk; a chunk is copied the first time a copy writes to it.
//! A forked child that touches little of its parent's memory costs little, as with
//! fork on Linux.

use super::heap::Obj;
use std::ops::{Index, IndexMut};
use std::rc::Rc;

/// Small chunks: a child's first write to shared memory copies only this many
/// objects (a 1,000-process run went from 0.20 s with 256 to 0.10 s with 16).
const CHUNK: usize = 16;

#[derive(Clone, Debug, Default)]
pub struct Objects {
    chunks: Vec<Rc<Vec<Obj>>>,
    len: usize,
}

impl Objects {
    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    pub fn push(&mut self, object: Obj) {
        if self.len % CHUNK == 0 {
            self.chunks.push(Rc::new(Vec::with_capacity(CHUNK)));
        }
        if let Some(last) = self.chunks.last_mut() {
            Rc::make_mut(last).push(object);
        }
        self.len += 1;
    }

    #[inline]
    pub fn get(&self, index: usize) -> Option<&Obj> {
        self.chunks.get(index / CHUNK)?.get(index % CHUNK)
    }

    /// Copies the chunk first if another copy of the table shares it.
    #[inline]
    pub fn get_mut(&mut self, index: usize) -> Option<&mut Obj> {
        let chunk = self.chunks.get_mut(index / CHUNK)?;
        Rc::make_mut(chunk).get_mut(index % CHUNK)
    }

    pub fn iter(&self) -> impl Iterator<Item = &Obj> {
        self.chunks.iter().flat_map(|chunk| chunk.iter())
    }
}

impl Index<usize> for Objects {
    type Output = Obj;

    #[inline]
    fn index(&self, index: usize) -> &Obj {
        &self.chunks[index / CHUNK][index % CHUNK]
    }
}

impl IndexMut<usize> for Objects {
    #[inline]
    fn index_mut(&mut self, index: usize) -> &mut Obj {
        &mut Rc::make_mut(&mut self.chunks[index / CHUNK])[index % CHUNK]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(n: i64) -> Obj {
        Obj::List(vec![super::super::value::Value::Int(n)])
    }

    #[test]
    fn a_copy_shares_chunks_until_one_side_writes() {
        let mut parent = Objects::default();
        let (len, written) = (CHUNK * 3 + 5, CHUNK + 3);
        (0..len as i64).for_each(|n| parent.push(list(n)));
        let mut child = parent.clone();
        assert!(Rc::ptr_eq(&parent.chunks[1], &child.chunks[1]));
        child[written] = Obj::Free;
        assert!(!Rc::ptr_eq(&parent.chunks[1], &child.chunks[1]), "the written chunk was copied");
        assert!(Rc::ptr_eq(&parent.chunks[0], &child.chunks[0]), "the others are still shared");
        assert!(matches!(parent[written], Obj::List(_)), "the parent does not see the child's write");
        assert!(matches!(child[written], Obj::Free));
        assert_eq!((parent.len(), child.iter().count()), (len, len));
    }
}
