def most_common(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    best_word, best_count = None, 0
    for w, c in counts.items():
        if c > best_count:
            best_word, best_count = w, c
    return best_word
