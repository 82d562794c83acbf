# list.sort with a key that changes the list raises ValueError: list modified during sort.
def show(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__ + ":", e)


data = [3, 1, 2]


def key_append(x):
    data.append(x)
    return x


show(lambda: data.sort(key=key_append))
print(data)
data2 = [5, 4, 3, 2, 1]


def key_clear(x):
    data2.clear()
    return x


show(lambda: data2.sort(key=key_clear))
print(data2)
data3 = [2, 1]


def cmp_len(x):
    return len(data3)


show(lambda: data3.sort(key=cmp_len))
print(data3)


