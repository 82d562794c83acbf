# str.encode and bytes.decode with UTF-8: lengths, round trips, and decode errors.
texts = ["plain", "café", "naïve ☃", "\U0001F600", "", "\x00\x7f\x80"]
for t in texts:
    u = t.encode()
    print(repr(t), u, len(t), len(u), u.decode() == t, t.encode("utf-8") == u, u.hex())
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
for bad in [b"caf\xe9", b"\xc3", b"ok\xffok"]:
    try:
        bad.decode()
    except UnicodeDecodeError as e:
        print(type(e).__name__, isinstance(e, ValueError), isinstance(e, UnicodeError))
attempt(lambda: "abc".encode(5))
print([len(c.encode()) for c in "aé€😀"], sum(len(c.encode()) for c in "héllo wörld"))
print(b"hello".decode().upper(), "ABC".encode(), b"x" + "y".encode(), bytes("xyz", "utf-8"), str(b"q", "utf-8"))
print("日本語".encode(), "日本語".encode().decode(), len("日本語".encode()), "Ω".encode("utf8"), "Ω".encode("UTF-8"))
