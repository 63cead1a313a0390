def all_prefixes(word):
    prefixes = []
    for i in range(1, len(word) + 1):
        prefixes.append(word[:i])
    return prefixes
