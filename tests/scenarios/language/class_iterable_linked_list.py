class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next
class LinkedList:
    def __init__(self, *values):
        self.head = None
        for v in reversed(values):
            self.head = Node(v, self.head)
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def __len__(self):
        return sum(1 for _ in self)
    def __repr__(self):
        return ' -> '.join(map(str, self)) or '(empty)'
    def push(self, v):
        self.head = Node(v, self.head)
    def reverse(self):
        prev, cur = None, self.head
        while cur:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev
ll = LinkedList(1, 2, 3)
print(ll, len(ll), list(ll), 2 in ll)
ll.push(0)
ll.reverse()
print(ll, LinkedList())
