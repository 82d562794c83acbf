from __future__ import annotations
a: int = 1
b: list[str]
class C:
    x: int
    y: 'str' = 'y'
    def m(self, p: C) -> C:
        return p
