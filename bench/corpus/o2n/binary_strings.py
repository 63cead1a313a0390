def binary_strings(n):
    if n == 0:
        return [""]
    shorter = binary_strings(n - 1)
    return [s + "0" for s in shorter] + [s + "1" for s in shorter]
