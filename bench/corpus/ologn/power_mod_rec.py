def power_mod(base, exponent, modulus):
    if exponent == 0:
        return 1 % modulus
    half = power_mod(base, exponent >> 1, modulus)
    result = half * half % modulus
    if exponent & 1:
        result = result * base % modulus
    return result
