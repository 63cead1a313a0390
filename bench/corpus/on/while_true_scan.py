def first_negative(values):
    i = 0
    while True:
        if i >= len(values):
            return -1
        if values[i] < 0:
            return i
        i += 1
