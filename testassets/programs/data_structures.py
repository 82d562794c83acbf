# User-defined data structures: linked list, binary search tree, stack, queue, heap, graph, trie.
class Node:
    __slots__ = ("value", "next")
    def __init__(self, value, next=None):
        self.value, self.next = value, next
class LinkedList:
    def __init__(self, items=()):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push(item)
    def push(self, value):
        self.head = Node(value, self.head)
        self.size += 1
    def __iter__(self):
        node = self.head
        while node:
            yield node.value
            node = node.next
    def reverse(self):
        prev, node = None, self.head
        while node:
            node.next, prev, node = prev, node, node.next
        self.head = prev
    def __len__(self):
        return self.size
    def __repr__(self):
        return " -> ".join(map(str, self)) or "empty"
ll = LinkedList([1, 2, 3, 4])
print(ll, len(ll))
ll.reverse()
print(ll, list(ll), sum(ll), LinkedList())
class BST:
    def __init__(self):
        self.root = None
    def insert(self, key):
        def go(node):
            if node is None:
                return [key, None, None]
            if key < node[0]:
                node[1] = go(node[1])
            elif key > node[0]:
                node[2] = go(node[2])
            return node
        self.root = go(self.root)
    def inorder(self):
        out = []
        def walk(n):
            if n:
                walk(n[1]); out.append(n[0]); walk(n[2])
        walk(self.root)
        return out
    def height(self, n="root"):
        n = self.root if n == "root" else n
        return 0 if n is None else 1 + max(self.height(n[1]), self.height(n[2]))
    def __contains__(self, key):
        n = self.root
        while n:
            if key == n[0]:
                return True
            n = n[1] if key < n[0] else n[2]
        return False
t = BST()
for k in [50, 30, 70, 20, 40, 60, 80, 30, 65]:
    t.insert(k)
print(t.inorder(), t.height(), 65 in t, 66 in t)
class Stack(list):
    def push(self, v):
        self.append(v)
    def peek(self):
        return self[-1]
st = Stack()
for ch in "([]{})":
    if ch in "([{":
        st.push(ch)
    else:
        opener = st.pop()
        print(opener + ch, end=" ")
print(len(st), isinstance(st, list), type(st).__name__)
def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack
print([balanced(s) for s in ["()[]{}", "([)]", "((", "{[()()]}", ""]])
class MinHeap:
    def __init__(self):
        self.items = []
    def push(self, v):
        self.items.append(v)
        i = len(self.items) - 1
        while i and self.items[(i - 1) // 2] > self.items[i]:
            p = (i - 1) // 2
            self.items[p], self.items[i] = self.items[i], self.items[p]
            i = p
    def pop(self):
        items = self.items
        items[0], items[-1] = items[-1], items[0]
        smallest = items.pop()
        i = 0
        while True:
            l, r, m = 2 * i + 1, 2 * i + 2, i
            if l < len(items) and items[l] < items[m]: m = l
            if r < len(items) and items[r] < items[m]: m = r
            if m == i: break
            items[m], items[i] = items[i], items[m]
            i = m
        return smallest
h = MinHeap()
for v in [5, 3, 8, 1, 9, 2, 7]:
    h.push(v)
print([h.pop() for _ in range(7)])
class Trie:
    def __init__(self):
        self.root = {}
    def add(self, word):
        node = self.root
        for ch in word:
            node = node.setdefault(ch, {})
        node["$"] = True
    def starts(self, prefix):
        node = self.root
        for ch in prefix:
            if ch not in node:
                return []
            node = node[ch]
        out = []
        def walk(n, acc):
            for k in sorted(n):
                if k == "$":
                    out.append(prefix + acc)
                else:
                    walk(n[k], acc + k)
        walk(node, "")
        return out
tr = Trie()
for w in ["car", "cart", "care", "cat", "dog", "do"]:
    tr.add(w)
print(tr.starts("car"), tr.starts("do"), tr.starts("x"), tr.starts(""))
queue = []
queue.extend([1, 2, 3])
print(queue.pop(0), queue.pop(0), queue)
matrix = [[0] * 3 for _ in range(3)]
for i in range(3):
    matrix[i][i] = 1
print(matrix, [row[::-1] for row in matrix], list(map(list, zip(*matrix[::-1]))))
