# Text processing: parsing CSV-like data, word statistics, templating, wrapping, tabular output.
raw = """name,age,city
Alice,30,Paris
Bob,25,Berlin
Carol,35,Paris
Dan,28,Rome"""
header, *rows = [line.split(",") for line in raw.splitlines()]
records = [dict(zip(header, r)) for r in rows]
for rec in records:
    rec["age"] = int(rec["age"])
print(records[0], len(records))
by_city = {}
for rec in records:
    by_city.setdefault(rec["city"], []).append(rec["name"])
print(by_city, {c: len(n) for c, n in sorted(by_city.items())})
avg = sum(r["age"] for r in records) / len(records)
print(f"average age {avg:.2f}", max(records, key=lambda r: r["age"])["name"], sorted(r["name"] for r in records if r["age"] < avg))
widths = [max(len(str(r[h])) for r in records + [dict(zip(header, header))]) for h in header]
print(" | ".join(h.ljust(w) for h, w in zip(header, widths)))
print("-+-".join("-" * w for w in widths))
for r in records:
    print(" | ".join(str(r[h]).ljust(w) if h != "age" else str(r[h]).rjust(w) for h, w in zip(header, widths)))
text = "It was the best of times, it was the worst of times, it was the age of wisdom."
words = [w.strip(".,").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(top, len(words), len(freq))
def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines
for line in wrap(text, 24):
    print(f"|{line:<24}|")
template = "Dear {name}, your balance is {balance:,.2f} as of {date}."
print(template.format(name="Ann", balance=12345.678, date="today"))
print("%(who)s owes %(amount).1f" % {"who": "Bob", "amount": 3.14159})
def slug(title):
    out = []
    for ch in title.lower():
        if ch.isalnum():
            out.append(ch)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")
print(slug("Hello, World! It's 2024"), slug("  --Spaces  everywhere--  "))
def rle(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)
print(rle("aaabccddddde"), rle(""), rle("x"))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, text.count("it"), text.lower().count("it"), text.title()[:20], text.replace("times", "TIMES", 1)[:40])
