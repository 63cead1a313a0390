def is_palindrome_number(x):
    if x < 0:
        return False
    original, reversed_x = x, 0
    while x:
        reversed_x = reversed_x * 10 + x % 10
        x //= 10
    return original == reversed_x
