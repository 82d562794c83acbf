a = b'hello'
b = b''
c = b'\x00\xff\n\t\'"\\'
d = b"it's"
e = b'q'
f = b'x' * 3
