# list mutators: append/extend/insert/pop/remove/clear/copy/reverse, +=, *=, comparisons and errors.
lst = [1, 2, 3]
lst.append([4])
lst.extend((5, 6))
lst.extend("ab")
lst.extend(range(2))
print(lst, len(lst))
lst.insert(0, "first")
lst.insert(100, "last")
lst.insert(-1, "before-last")
lst.insert(-100, "very-first")
print(lst)
print(lst.pop(), lst.pop(0), lst.pop(-2), lst.pop(1), lst)
lst.remove("a")
lst.reverse()
print(lst, lst.index(2), lst.count(0), [3] in lst, [4] in lst)
c = lst.copy()
c.clear()
print(c, len(lst), lst[:] == lst, lst[:] is lst)
a = [1, 2]
alias = a
a += [3]
a *= 2
print(a, alias is a, a == alias)
b = a + [9]
b2 = [0] * 3 + a[:1]
print(b, b2, alias is b, [[0]] * 2, [] * 5, 3 * [None])
m = [[0] * 2] * 2
m[0][0] = 1
print(m)
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9], [] < [0], [1, [2]] == [1, [2]], [1, 2] != [2, 1])
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: [].pop())
attempt(lambda: [1].pop(5))
attempt(lambda: [1].remove(2))
attempt(lambda: [1].index(2))
attempt(lambda: [1] + (2,))
attempt(lambda: [1] * 1.5)
attempt(lambda: [1, 2][3])
attempt(lambda: [1].extend(5))
attempt(lambda: [1].insert(0))
attempt(lambda: [1, 2] < [1, "a"])
x = [5, 1, 4]
x[len(x):] = [7]
x[:0] = [0]
print(x, x.pop(x.index(4)), x, list(reversed(x)), sorted(x) == x)
x.sort(key=lambda v: -v)
print(x, x.__len__(), x.__contains__(7), x.__getitem__(-1))
nums = list(range(10))
del nums[2]
del nums[-1]
del nums[1:3]
print(nums, [n for n in nums if n % 2], nums[::3])
