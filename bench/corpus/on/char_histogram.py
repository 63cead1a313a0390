import string


def letter_histogram(text):
    counts = dict.fromkeys(string.ascii_lowercase, 0)
    for ch in text.lower():
        if ch in counts:
            counts[ch] += 1
    return counts
