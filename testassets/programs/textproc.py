text = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness"""
words = [w.strip(",.").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, count in top:
    print(f"{word:<10}{'#' * count} {count}")
print(len(words), len(set(words)), max(words, key=len), sum(map(len, words)) / len(words))
caesar = "".join(chr((ord(c) - 97 + 3) % 26 + 97) if c.islower() else c for c in "hello, world")
print(caesar, caesar.translate(str.maketrans("abc", "xyz")))
vowels = sum(1 for c in text.lower() if c in "aeiou")
print(vowels, text.count("it was"), text.lower().find("light"), text.splitlines()[1][:20])
print(" ".join(w[::-1] for w in "reverse each word".split()), "racecar" == "racecar"[::-1])
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "snake_case_name".replace("_", " ").title().replace(" ", ""), "CamelCase"[0].lower() + "CamelCase"[1:])
csv = "name,age,city\nann,30,NYC\nbob,25,LA"
rows = [line.split(",") for line in csv.splitlines()]
header, *body = rows
records = [dict(zip(header, r)) for r in body]
print(records, [r["name"] for r in records if int(r["age"]) > 26])
for r in records:
    print("{name:>5} | {age:^5} | {city:<5}|".format(**r))
print("%-8s%8s" % ("left", "right"), "%3d%%" % 50, "%.1f" % 2.25, "%.1f" % 2.35, "%5.1e" % 12345)
