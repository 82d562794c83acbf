# dict and str work: word counting, string building, splitting, joining, formatting, dict methods.


def make_text(n):
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"]
    parts = []
    state = 7
    for i in range(n):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        w = words[state % len(words)]
        if state % 7 == 0:
            w = w.upper()
        parts.append(w + str(state % 13))
    return " ".join(parts)


def count_words(text):
    counts = {}
    for word in text.split():
        key = word.lower()
        counts[key] = counts.get(key, 0) + 1
    return counts


def invert(counts):
    by_count = {}
    for word, c in counts.items():
        if c in by_count:
            by_count[c].append(word)
        else:
            by_count[c] = [word]
    return by_count


def render(counts):
    lines = []
    for word in sorted(counts):
        lines.append(f"{word:>10}: {counts[word]:5d}")
    return "\n".join(lines)


def transform(text):
    out = []
    for word in text.split(" "):
        if word.startswith("e") or word.endswith("3"):
            out.append(word.replace("e", "E")[::-1])
        elif "ta" in word:
            out.append(word.strip("0123456789").capitalize())
        else:
            out.append(word[:3])
    return "-".join(out)


def main():
    text = make_text(120000)
    checksum = 0
    for _ in range(2):
        counts = count_words(text)
        inv = invert(counts)
        report = render(counts)
        t = transform(text)
        checksum += len(report) + len(t) + len(inv) + sum(counts.values())
        checksum += t.count("E") + report.count("a")
        d = {}
        for i in range(100000):
            d[i % 5000] = d.get(i % 5000, 0) + i
        for k in list(d.keys()):
            if k % 3 == 0:
                del d[k]
        checksum += sum(d.values()) % 1000003 + len(d)
        s = {str(i): i for i in range(50000)}
        checksum += sum(s[str(i)] for i in range(0, 50000, 7))
    print(checksum)


main()
