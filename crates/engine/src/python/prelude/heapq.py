# heapq, written in Python for Interleave: a binary min-heap kept in a list,
# heap[k] <= heap[2*k+1] and heap[k] <= heap[2*k+2], with CPython 3.11's
# functions and messages. Items are compared with `<` only, and moved in the
# same order as CPython's (an item sinks to a leaf, then rises to its place),
# so a heap printed after any sequence of calls is the list CPython shows.

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _must_be_list(name, heap, only=False):
    # Argument Clinic's message: a lone argument is "argument", None is "None".
    if not isinstance(heap, list):
        given = 'None' if heap is None else type(heap).__name__
        which = 'argument' if only else 'argument 1'
        raise TypeError('%s() %s must be list, not %s' % (name, which, given))


def _rise(heap, top, pos):
    """Moves heap[pos] up towards `top` until its parent is not greater."""
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink(heap, pos):
    """Moves heap[pos] down to a leaf along its smaller children, then up again."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, top, pos)


def heappush(heap, item, /):
    """Push item onto heap, maintaining the heap invariant."""
    _must_be_list('heappush', heap)
    heap.append(item)
    _rise(heap, 0, len(heap) - 1)


def heappop(heap, /):
    """Pop the smallest item off the heap, maintaining the heap invariant."""
    _must_be_list('heappop', heap, True)
    if not heap:
        raise IndexError('index out of range')
    last = heap.pop()
    if not heap:
        return last
    smallest = heap[0]
    heap[0] = last
    _sink(heap, 0)
    return smallest


def heapreplace(heap, item, /):
    """Pop and return the current smallest value, and add the new item."""
    _must_be_list('heapreplace', heap)
    if not heap:
        raise IndexError('index out of range')
    smallest = heap[0]
    heap[0] = item
    _sink(heap, 0)
    return smallest


def heappushpop(heap, item, /):
    """Push item on the heap, then pop and return the smallest item from the heap."""
    _must_be_list('heappushpop', heap)
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sink(heap, 0)
    return item


def heapify(heap, /):
    """Transform list into a heap, in-place, in O(len(heap)) time."""
    _must_be_list('heapify', heap, True)
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink(heap, pos)


# A max-heap, for nlargest/nsmallest's bounded selection and merge(reverse=True).

def _rise_max(heap, top, pos):
    item = heap[pos]
    while pos > top:
        parent = (pos - 1) >> 1
        if heap[parent] < item:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sink_max(heap, pos):
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[right] < heap[child]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise_max(heap, top, pos)


def _heapify_max(heap):
    for pos in range(len(heap) // 2 - 1, -1, -1):
        _sink_max(heap, pos)


def _heappop_max(heap):
    last = heap.pop()
    if not heap:
        return last
    largest = heap[0]
    heap[0] = last
    _sink_max(heap, 0)
    return largest


def _heapreplace_max(heap, item):
    largest = heap[0]
    heap[0] = item
    _sink_max(heap, 0)
    return largest


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted output, lazily.

    Equal items come out in the order of the inputs they came from."""
    if reverse:
        make, pop, replace, step = _heapify_max, _heappop_max, _heapreplace_max, -1
    else:
        make, pop, replace, step = heapify, heappop, heapreplace, 1
    # Entries are [sort value, input's rank, item, the input's next]: the rank
    # breaks ties (earlier inputs first) and items themselves are never compared
    # beyond their sort value.
    entries = []
    for rank, iterable in enumerate(iterables):
        following = iter(iterable).__next__
        try:
            item = following()
        except StopIteration:
            continue
        entries.append([item if key is None else key(item), rank * step, item, following])
    make(entries)
    while len(entries) > 1:
        try:
            while True:
                entry = entries[0]
                yield entry[2]
                item = entry[3]()
                entry[0] = item if key is None else key(item)
                entry[2] = item
                replace(entries, entry)
        except StopIteration:
            pop(entries)
    if entries:
        entry = entries[0]
        yield entry[2]
        yield from _rest(entry[3])


def _rest(following):
    while True:
        try:
            item = following()
        except StopIteration:
            return
        yield item


def _select(n, iterable, key, largest):
    """The n smallest (or largest) items, as sorted(iterable, key=key,
    reverse=largest)[:n] would give them, keeping only n of them at a time."""
    if n == 1:
        missing = object()
        pick = max if largest else min
        found = pick(iterable, default=missing, key=key)
        return [] if found is missing else [found]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    # A bounded heap of [sort value, rank, item] whose top is the one to drop
    # next; ranks rise for nsmallest and fall for nlargest, so that among equal
    # values the earlier item is kept and comes out first.
    step = -1 if largest else 1
    kept = []
    items = iter(iterable)
    for rank in range(n):
        try:
            item = next(items)
        except StopIteration:
            break
        kept.append([item if key is None else key(item), rank * step, item])
    if not kept:
        return []
    if largest:
        heapify(kept)
    else:
        _heapify_max(kept)
    rank = n * step
    for item in items:
        value = item if key is None else key(item)
        top = kept[0][0]
        if (top < value) if largest else (value < top):
            if largest:
                heapreplace(kept, [value, rank, item])
            else:
                _heapreplace_max(kept, [value, rank, item])
            rank += step
    kept.sort(reverse=largest)
    return [entry[2] for entry in kept]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    return _select(n, iterable, key, True)
