class Box:
    def __init__(self, items):
        self.items = items

    def total(self):
        return sum(self.items) / len(self.items)

    def first(self, key):
        return self.items[key]


def run(box):
    values = {"a": box.total(), "b": box.first(
        3)}
    return values


b = Box([1, 2, 3])
print(b.total())
try:
    Box([]).total()
except ZeroDivisionError as e:
    print("caught", e)
run(b)
