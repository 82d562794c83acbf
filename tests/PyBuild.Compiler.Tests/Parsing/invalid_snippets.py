"""Invalid Python snippets and CPython 3.12's SyntaxError for each, the expected data of InvalidSyntaxTests.

    py312 invalid_snippets.py > invalid_snippets.json

Each snippet is parsed with ast.parse (the parser's errors; compile() gives the same for these) and
kept only when CPython rejects it; the JSON lists src, class, msg, lineno, offset, end_lineno, end_offset.
"""
import ast
import json
import warnings

SNIPPETS = [
    # assignment targets
    "f() = 1\n", "1 = x\n", "x + 1 = 2\n", "'a' = 1\n", "x = 1 = 2\n", "(x for x in y) = 1\n",
    "[x for x in y] = 1\n", "{} = 1\n", "True = 1\n", "None = 1\n", "__debug__ = 1\n", "a, f() = 1, 2\n",
    "[a, 1] = x\n", "x = *a\n", "*a\n", "a if b else c = 1\n", "lambda: 1 = 1\n", "a and b = 1\n",
    "not a = 1\n", "-a = 1\n", "a < b = 1\n", "f'{x}' = 1\n", "... = 1\n", "x = yield = 1\n",
    # augmented and annotated assignment
    "(a, b) += 1\n", "a, b += 1\n", "f() += 1\n", "[a] += 1\n", "1 += 1\n", "x: int, y: int = 1, 2\n",
    "[a, b]: int\n", "a, b: int\n", "f(): int\n", "1: int\n",
    # walrus
    "a := 1\n", "(a.b := 1)\n", "(a[0] := 1)\n", "(1 := 1)\n", "((a, b) := 1)\n", "if x = 1:\n    pass\n",
    "while x = 1:\n    pass\n", "f(a.b=1)\n", "f(1=1)\n", "f(True=1)\n", "f(a+1=2)\n",
    # print and exec
    "print 'hello'\n", "print x\n", "exec 'x'\n", "print x, y\n", "print 1\n",
    # missing colons and blocks
    "if x\n    pass\n", "def f()\n    pass\n", "class A\n    pass\n", "for x in y\n    pass\n",
    "while x\n    pass\n", "with a\n    pass\n", "try\n    pass\n", "else\n", "elif x:\n    pass\n",
    "if x:\npass\n", "def f():\nreturn 1\n", "for x in range(10):\npass\n", "class A:\npass\n",
    "while x:\npass\n", "with a:\npass\n", "try:\npass\n", "try:\n    pass\nexcept:\npass\n",
    "try:\n    pass\nfinally:\npass\n", "if x:\n    pass\nelse:\npass\n", "if x:\n    pass\nelif y:\npass\n",
    "match x:\ncase 1:\n    pass\n", "match x:\n    case 1:\n    pass\n", "try:\n    pass\n",
    "try:\n    pass\nx = 1\n", "  x = 1\n", "x = 1\n    y = 2\n", "if True:\n    pass\n  else:\n    pass\n",
    # commas, operators, incomplete expressions
    "a b\n", "f(a b)\n", "[a b]\n", "(a b)\n", "{a b}\n", "x = 1 2\n", "x = 'a' 1\n", "foo(x y z)\n",
    "x = \n", "x = 1 +\n", "x = not\n", "x = 1 <\n", "a.1\n", "x.\n", "f(,)\n", "f(a,,b)\n", "(,)\n",
    "[,]\n", "x = [1,,2]\n", "x = 1;;\n", "x = 1\n;\n", "a[]\n", "a[1:2:3:4]\n", "x is not not y\n",
    "a if b\n", "x = a if b else\n", "x = 1 if 2\n", "x = {1: 2, 3}\n", "x = {1: }\n", "x = {**}\n",
    "x = {1:2, 3:}\n", "(*a)\n", "print(*a for a in b)\n", "[*a for a in b]\n", "{**a for a in b}\n",
    "x = [i for i in]\n", "[x for 1 in y]\n", "f(x for x in y, 1)\n", "f(1, x for x in y)\n",
    "class A(x for x in y): pass\n", "f(a for a in b for)\n", "a = b = \n", "x = ()\ny = (\n", "x = (\n",
    "x = [1, 2\n", "x = [1, 2)\n", ")\n", "]\n", "x = 1)\n", "f(**k, b)\n", "f(a=1, b)\n", "f(**k, *a)\n",
    "f(a=1, *b, c)\n", "x = $\n", "x = a ? b\n", "x = a!\n", "a = b c = d\n", "return return\n",
    # literals
    "0777\n", "1__0\n", "1_\n", "0x\n", "1e\n", "1a\n", "08\n", "0b2\n", "0o8\n", "1.2.3\n", "x = 'abc\n",
    "x = '''abc\n", "x = \"abc\n", "print('a' 'b' b'c')\n", "x = b'é'\n", "x = '\\N{foo}'\n",
    "x = '\\x1'\n", "x = '\\u12'\n", "x = b'\\x1'\n", "x = '\\U11111111'\n", "x = u'a' b'b'\n",
    # f-strings
    "f'{}'\n", "f'{x!z}'\n", "f'{x'\n", "f'{'\n", "f'}'\n", "f'{a b}'\n", "f'{x!}'\n", "f'{x:{y:{z:{w}}}}'\n",
    "f'{x=!r=}'\n", "f'{!r}'\n", "f'{x:}}'\n", "f'{lambda x: 1}'\n", "f'{yield}'\n", "f'{*a}'\n",
    "f'{x!r :>3}'\n", "f'{x!r!s}'\n",
    # definitions and parameters
    "def f(:\n    pass\n", "def f(a=1, b): pass\n", "def f(*): pass\n", "def f(*, **k): pass\n",
    "def f(a, *, b=1, **c, d): pass\n", "def f(**a=1): pass\n", "def f(*a=1): pass\n",
    "lambda x=1, y: x\n", "def f(a, /, b, /): pass\n", "def f(/, a): pass\n", "def f(*a, /): pass\n",
    "def f(a, **k, *b): pass\n", "def f(a,,b): pass\n", "def f(*a, *b): pass\n", "def f(a b): pass\n",
    "def f[](): pass\n", "def f[T: int = 1](): pass\n", "type X[*Ts: int] = 1\n", "type X[**P: int] = 1\n",
    "type = 1 2\n", "class\n", "class A(: pass\n", "def\n", "def f\n", "def f(x) -> : pass\n",
    "async = 1\n", "await\n", "async x = 1\n", "@\ndef f(): pass\n", "@x\nclass\n", "@x\nx = 1\n",
    "lambda *: 1\n", "lambda: yield\n", "def f(a: int = 1, b): pass\n", "def f(a, a=1, *, b=1, c): pass\n",
    # statements
    "import\n", "assert\n", "raise from x\n", "global\n", "nonlocal\n", "del\n", "del f()\n", "del *a\n",
    "del 1\n", "del (a, 1)\n", "del a + b\n", "import a.b as\n", "from x import a,\n", "from x import (a, b\n",
    "from x import\n", "from . import *, a\n", "from .. import\n", "import a as b.c\n", "from x import a as\n",
    "import *\n", "from x import (*)\n", "with: pass\n", "for in x: pass\n", "while: pass\n", "if: pass\n",
    "for 1 in x: pass\n", "for f() in x: pass\n", "with a as 1: pass\n", "with a as f(): pass\n",
    "try:\n    pass\nexcept* :\n    pass\n", "try:\n    pass\nexcept a, b:\n    pass\n",
    "try:\n    pass\nexcept a, b as c:\n    pass\n", "try:\n    pass\nexcept* a:\n    pass\nexcept b:\n    pass\n",
    "try:\n    pass\nelse:\n    pass\n", "for x in y:\n    pass\nelse\n", "pass pass\n", "break 1\n",
    "x = 1 if True else pass\n", "yield from\n", "if x:\n    pass\nelif:\n    pass\n",
    "with (a as b, c as d\n    pass\n", "with (a, b) as c d: pass\n",
    # match statements
    "match x:\n    case 1 + 1:\n        pass\n", "match x:\n    case {**a, b: 1}:\n        pass\n",
    "match x:\n    case a | b if:\n        pass\n", "match x:\n    case _ as _:\n        pass\n",
    "match x:\n    case C(a=1, 2):\n        pass\n", "match x:\n    case -a:\n        pass\n",
    "match x:\n    case 1+2:\n        pass\n", "match x:\n    case f'':\n        pass\n",
    "match x:\n    case a.b():\n        pass\n    case 1j+1:\n        pass\n",
    "match x:\n    case {a: 1}:\n        pass\n", "match x:\n    case *a:\n        pass\n",
    "match x:\n    case a as 1:\n        pass\n", "match x:\n    case (a as b) as c as d:\n        pass\n",
    "match x:\n    case x:\n        pass\n    case\n", "match x:\n    pass\n", "match x:\n    case a b:\n        pass\n",
    # more: comprehensions, calls, subscripts, strings, keywords and misplaced tokens
    "[x for x in y if]\n", "{x: for x in y}\n", "{x: y for x, in z}\n", "(x for x in)\n", "[x async]\n",
    "f(x=1, x=2)\n", "f(*)\n", "f(**)\n", "f(a=)\n", "f(=1)\n", "x[1:2, *]\n", "x[::1:]\n",
    "x = 'a' + \n", "x = b'\\u1234' 'a'\n", "x = rb'\\' u'a'\n", "x = f'{x' 'y'\n", "x = f'{x!r:{y!}}'\n",
    "if else: pass\n", "for x in y if z: pass\n", "while x: pass\nelse pass\n", "def f(): return yield from\n",
    "class A: def f(): pass\n", "x = lambda: (yield) = 1\n", "import a.\n", "from .a import b.c\n",
    "from __future__ import *\n", "global x, \n", "nonlocal x y\n", "assert x,\n", "raise x from\n",
    "del x,, y\n", "x = [1, 2, 3,,]\n", "x = {1, 2,,}\n", "x = (1, 2,,)\n", "x += yield = 1\n",
    "x: = 1\n", "x: int = \n", "def f(x, *, y, *, z): pass\n", "def f(**k, **j): pass\n",
    "lambda x, x: 1\n", "lambda: *a\n", "with open(x) as f, : pass\n", "async def f(): async with: pass\n",
    "async for x in y: pass\n", "x = not not\n", "x = 1 if 2 else 3 if\n", "x = a.b.\n", "x = a..b\n",
    "x = 1 = 2 = \n",
    # indentation and whitespace
    "if x:\n    a\n  b\n", "if x:\n\tpass\n        pass\n", "\n\n   \n x\n", "def f():\n\tif x:\n        \tpass\n",
    "x = (1,\n 2\n", "if x:\n    pass\n    \n  pass\n",
]

out = []
warnings.simplefilter("ignore")
for src in SNIPPETS:
    try:
        ast.parse(src, "<s>", "exec")
    except SyntaxError as e:
        out.append({"src": src, "class": type(e).__name__, "msg": e.msg, "lineno": e.lineno,
                    "offset": e.offset, "end_lineno": e.end_lineno, "end_offset": e.end_offset})
print(json.dumps(out, indent=1, ensure_ascii=False))
