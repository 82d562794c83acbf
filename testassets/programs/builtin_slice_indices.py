# slice objects: indices(), attributes, slicing lists/strings/tuples with odd bounds, slice assignment and errors.
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, slice(5), slice(None, None, -1), slice(1, 2) == slice(1, 2), slice(1, 2) == slice(1, 3))
for sl in [slice(None), slice(2, None), slice(-3, None), slice(None, -1), slice(None, None, -1), slice(10, -10, -3), slice(-100, 100), slice(3, 1)]:
    print(sl, sl.indices(7), list(range(7))[sl], "abcdefg"[sl], tuple("abcdefg")[sl])
try:
    slice(1, 2, 0).indices(5)
except ValueError as e:
    print("ValueError:", e)
lst = list(range(10))
lst[2:5] = ["a", "b"]
print(lst)
lst[::3] = [0, 0, 0]
print(lst)
lst[1:1] = "xyz"
print(lst)
del lst[::2]
print(lst)
lst[-2:] = []
print(lst)
lst[:] = range(4)
print(lst, lst[::-1], lst[-1:-5:-1], lst[5:], lst[1:100], lst[-100:2])
try:
    lst[::2] = [1, 2, 3]
except ValueError as e:
    print("ValueError:", e)
try:
    "abc"[1:2] = "x"
except TypeError as e:
    print("TypeError:", e)
try:
    [1, 2][::0]
except ValueError as e:
    print("ValueError:", e)
class Show:
    def __getitem__(self, key):
        return key
sh = Show()
print(sh[1:2], sh[::3], sh[1:2, 3], sh[...], sh[:, None], sh["a":"b":"c"])
print("hello world"[slice(None, 5)], "hello"[::-2], "hello"[4:0:-1], [1, 2, 3][slice(-2, None)])
