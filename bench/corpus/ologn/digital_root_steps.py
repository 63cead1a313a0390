def base_k_digits(n, k=3):
    out = []
    while n > 0:
        n, r = divmod(n, k)
        out.append(r)
    return out[::-1]
