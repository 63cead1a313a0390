def digit_sum(number):
    total = 0
    for ch in str(number):
        total += int(ch)
    return total
