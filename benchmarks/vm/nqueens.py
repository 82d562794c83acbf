# n-queens: all solutions by backtracking over sets, and by permutation filtering with generators.


def solve_sets(n):
    count = 0
    cols = set()
    diag1 = set()
    diag2 = set()
    stack = []

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            stack.append(c)
            place(row + 1)
            stack.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return count


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            p.insert(0, items[i])
            yield p


def solve_perms(n):
    cols = range(n)
    return sum(1 for vec in permutations(list(cols))
               if n == len(set(vec[i] + i for i in cols)) == len(set(vec[i] - i for i in cols)))


def main():
    print(solve_sets(10))
    print(solve_perms(9))


main()
