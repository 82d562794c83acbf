# repr() of containers: nesting, recursion markers, strings inside, empty containers and custom element reprs.
print(repr([]), repr(()), repr({}), repr(set()), repr(frozenset()), repr((1,)), repr([[]]), repr({():[]}))
print(repr(["a", 'b"', "c'"]), repr({"k": "v", 1: 2.5, None: True}), repr((1, "two", 3.0, None)), repr([1.0, -0.0, 1e20, 1e-7]))
lst = [1, 2]
lst.append(lst)
print(lst, repr(lst), str(lst))
d = {"self": None}
d["self"] = d
print(d)
a = [1]
b = [a, a]
print(b, [b, [b]])
t = ([],)
t[0].append(t)
print(t)
class Node:
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
    def __repr__(self):
        return "Node(%r, %r)" % (self.name, self.children)
tree = Node("root", [Node("a"), Node("b", [Node("c")])])
print(tree, [tree.children[1]], {"t": tree.children[0]})
print(str([1, "x"]), str(("y",)), str({"z": "w"}), f"{['f']}", "%s" % [["p"]], "{}".format({"q": ("r",)}))
print(repr(range(3)), repr(slice(1, 2)), repr(print), repr(len), repr(int), repr(type(None)), repr(Node), repr(KeyError("k")))
print([None, True, False, ..., NotImplemented], (str, list), [1, [2, [3, [4, [5]]]]], {1: {2: {3: {}}}})
nested = []
cur = nested
for i in range(5):
    nxt = [i]
    cur.append(nxt)
    cur = nxt
print(nested, len(repr(nested)))
print(repr("multi\nline"), [("tab\t",)], {"esc\\": "\x00"}, ["ü", "日本"], repr(["\u200b"]))
