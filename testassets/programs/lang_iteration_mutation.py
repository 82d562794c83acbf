# Changing a set or dict size while iterating over it raises RuntimeError, as CPython does.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


def set_grow():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)


def set_shrink():
    s = {1, 2, 3}
    for x in s:
        s.discard(x)


def set_same_size():
    s = {1, 2, 3}
    seen = []
    for x in s:
        seen.append(x)
        if x == 1:
            s.remove(1)
            s.add(99)
    return len(seen) > 0


def dict_grow():
    d = {1: 1, 2: 2}
    for k in d:
        d[k + 10] = 0


def dict_pop():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]


def dict_values_grow():
    d = {1: 1}
    for v in d.values():
        d[5] = 5


def dict_items_grow():
    d = {1: 1}
    for kv in d.items():
        d[5] = 5


def dict_keys_change_same_size():
    d = {1: 1, 2: 2}
    for k in d:
        del d[k]
        d[k + 100] = 0


def dict_overwrite():
    d = {1: 1, 2: 2}
    for k in d:
        d[k] = 7
    return d


for f in (set_grow, set_shrink, set_same_size, dict_grow, dict_pop, dict_values_grow, dict_items_grow,
          dict_keys_change_same_size, dict_overwrite):
    print(f.__name__, end=" ")
    show(f)
