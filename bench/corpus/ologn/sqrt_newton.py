def isqrt_bits(n):
    result = 0
    bit = 1 << (n.bit_length() // 2 * 2)
    while bit:
        if n >= result + bit:
            n -= result + bit
            result = (result >> 1) + bit
        else:
            result >>= 1
        bit >>= 2
    return result
