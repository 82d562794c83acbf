"""Valid Python snippets covering the grammar, with CPython 3.12's ast.dump for each: the expected
data of ValidSyntaxTests.

    py312 valid_snippets.py > valid_snippets.json

Each entry: src, mode, type_comments, and dump = ast.dump(ast.parse(src, mode=mode,
type_comments=type_comments), include_attributes=True).
"""
import ast
import json

EXEC = [
    "x = 3 + 4\ny = x * 2\nprint(x, y)\nprint(\"hello, world\")\n",
    "a = b = c\na, *b = c\n[a, (b, c)] = d\nx.y[z] = 1\nx: int = 1\n(y): int\nz.w: str\nx += 1\nx **= 2\nx //= 3\nx @= y\n",
    "del a, b[0], c.d\ndel (a, b)\ndel [a]\npass\nbreak\ncontinue\nreturn\nreturn 1, 2\nreturn *a, b\n",
    "import a.b.c as d, e\nfrom . import x\nfrom ...a import (b as c, d,)\nfrom .. import *\nfrom __future__ import annotations\n",
    "global a, b\nnonlocal c\nassert x, 'msg'\nraise\nraise E from None\nraise E()\n",
    "if a:\n    pass\nelif b:\n    x = 1\nelif c: y = 2\nelse:\n    z = 3\n",
    "while x:\n    break\nelse:\n    pass\nfor i, (j, k) in enumerate(x):\n    continue\nelse:\n    pass\n",
    "async def f():\n    async for x in y:\n        await z\n    async with a as b, c:\n        pass\n    return [i async for i in x]\n",
    "with a as (b, c), d as e.f, g:\n    pass\nwith (a, b):\n    pass\nwith (a as b, c as d,):\n    pass\nwith (a, b) as c:\n    pass\nwith (yield):\n    pass\n",
    "try:\n    pass\nexcept E as e:\n    pass\nexcept (A, B):\n    pass\nexcept:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "try:\n    pass\nexcept* E as e:\n    pass\nexcept* (A, B):\n    pass\n",
    "@dec\n@dec.attr(1)\n@(lambda f: f)\ndef f(a, b=1, /, c=2, *args: int, d, e=3, **kw: str) -> None:\n    '''doc'''\n",
    "def g(a, /): pass\ndef h(*, a): pass\ndef i(**k): pass\ndef j(a, *, b=1, **c,): pass\nlambda: 0\nlambda a, /, b=1, *c, d, **e: a\nlambda *, a=1: a\n",
    "class A(B, metaclass=M, **kw):\n    x: int = 0\n    def m(self): ...\nclass C: pass\nclass D(): pass\n",
    "def f[T, *Ts, **P](x: T) -> T: pass\nclass A[T: int, U: (str, bytes)]: pass\ntype X = int\ntype Y[T] = list[T]\n",
    "x = a if b else c\ny = not a and b or c and not d\nz = a < b <= c != d is not e in f not in g is h\n",
    "x = -a + +b - ~c * d / e // f % g @ h ** -i ** j << k >> l & m ^ n | o\n",
    "x = await_ = 1\nx = (yield)\nx = (yield from y)\ndef g():\n    yield\n    yield 1, 2\n    x = yield\n    y = yield from z\n",
    "(x := 1)\nif (n := len(a)) > 10: pass\nwhile chunk := f.read(): pass\n[y := f(x), y**2]\nf(a := 1)\nx[y := 1]\n",
    "f(a, *b, c=1, *d, **e)\nf(x for x in y)\nf(*a, **b)\nf(a)(b)[c].d\nf()\n",
    "a[1]\na[1:2]\na[::]\na[:, 1:2:3, ...]\na[1:2, *b]\na[*b]\na[()]\na[b, c]\na[b,]\n",
    "x = [1, *a, 2]\ny = (1,)\nz = ()\nw = {1, *a}\nv = {}\nu = {1: 2, **a, 3: 4}\nt = (*a, *b)\n",
    "[x for x in y if x if z for w in x]\n{x for x in y}\n{k: v for k, v in d.items()}\n(x for x in y)\n[(x, y) for x in a async for y in b]\n",
    "x = 1, 2\nx = 1,\nx, = y\n*a, b = c\nfor x, in y: pass\n",
    "x = 0xFF + 0o17 + 0b101 + 1_000_000 + 1.5 + 1e10 + 1.5j + 10J + .5 + 5. + 1e-5 + 0 + 00 + 123456789012345678901234567890\n",
    "x = 'a' \"b\" '''c''' \"\"\"d\"\"\"\ny = b'a' b\"\\x00\\n\"\nz = r'\\d' R\"\\n\"\nw = u'\\u00e9' 'x'\nv = br'\\x' Rb'y'\n",
    "s = '\\a\\b\\f\\n\\r\\t\\v\\0\\12\\x41\\u0042\\U00000043\\N{EM DASH}\\N{latin small letter a}\\N{CJK UNIFIED IDEOGRAPH-4E2D}\\N{HANGUL SYLLABLE GAG}\\\\ \\' \\\"'\nt = 'a\\\nb'\n",
    "f'a{b}c{d!r}e{f:>10}g{h!s:{i}.{j}}k{l=}m{ n = !a}o{{p}}q'\nf'''x\n{y\n}z'''\nrf'\\d{x}\\n'\nf'{x:{y}}' 'z' f'{w}'\nf'{\"a\"}' f\"{'b'}\"\n",
    "f'{x:%H:%M}'\nf'{a}{b}'\nf''\nf'{x!r:}'\nf'{(lambda: 1)()}'\nf'{x,y}'\nf'{*a,}'\nf'{yield}'\n",
    "match x:\n    case 1 | 2.5 | -3 | 4j | 1 + 2j | -1 - 2j | 'a' 'b' | b'c' | None | True | False:\n        pass\n    case a.b.c | _:\n        pass\n",
    "match x, y:\n    case [a, *rest] | (a, *_) | [] | ():\n        pass\n    case {'k': v, 1: w, a.b: c, **kw}:\n        pass\n    case {}:\n        pass\n",
    "match x:\n    case Point(x=0, y=1) | P(a, b, c=d) | Q() as q if q > 0:\n        pass\n    case (a as b) as c:\n        pass\n    case *a, b:\n        pass\n    case a, *_:\n        pass\n",
    "match = 1\nmatch.x = 2\nmatch(x)\ncase = 3\ntype = 4\ntype(x)\n_ = 5\nprint(match, case, type, _)\n",
    "x = ...\ny = None\nz = True, False\nprint(*a, sep='')\n",
    "if x:\n    # comment\n    pass\n\n    # another\nelse:  # trailing\n    pass\n",
    "x = (1 +\n     2)\ny = [\n    1,\n    2,\n]\nz = 'a' \\\n    'b'\n",
    "class A:\n    def f(self):\n        def g():\n            nonlocal x\n        return g\n",
    "ﬁ = 1\nµ = 2\nｗｉｄｔｈ = 3\né = '\u00e9\u4e2d\U0001f600'\n",
    "x = [i for i in range(3)]\ny = {**a, 'b': 1}\nz = f(**{'a': 1})\n",
    "def f(a, # type: int\n      b,  # type: str\n      ):\n    # type: (...) -> None\n    pass\nx = 1  # type: int\nfor x in y:  # type: int\n    pass\nwith a as b:  # type: ignore[x]\n    pass\n",
    "a = '\\ud800\\udc80'\nb = '\\ud800' '\\udc80'\nc = f'\\ud83d{x}\\ude00' '\\ud83d\\ude00'\nd = '\\U0001d120\\ud834'\n",
]
EVAL = ["x + 1\n", "a, b", "(yield)", "x if y else z", "lambda: 1", "[x for x in y]", "f(x)  \n\n"]
SINGLE = ["x = 1\n", "if x:\n    pass\n\n", "x\n", "pass; pass\n"]
FUNC_TYPE = ["(int, str) -> None", "() -> int", "(*int, **str) -> List[int]"]

out = []
for mode, srcs in (("exec", EXEC), ("eval", EVAL), ("single", SINGLE), ("func_type", FUNC_TYPE)):
    for src in srcs:
        tc = mode == "func_type" or "type:" in src
        tree = ast.parse(src, "<s>", mode, type_comments=tc)
        out.append({"src": src, "mode": mode, "type_comments": tc, "dump": ast.dump(tree, include_attributes=True)})
print(json.dumps(out, indent=1, ensure_ascii=False))
