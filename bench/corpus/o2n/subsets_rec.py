def subsets(items):
    out = []

    def go(i, current):
        if i == len(items):
            out.append(list(current))
            return
        go(i + 1, current)
        current.append(items[i])
        go(i + 1, current)
        current.pop()

    go(0, [])
    return out
