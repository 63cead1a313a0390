lo, hi = 1, int(input())
secret = hi // 3 + 1
tries = 0
while lo <= hi:
    guess = (lo + hi) // 2
    tries += 1
    if guess == secret:
        break
    if guess < secret:
        lo = guess + 1
    else:
        hi = guess - 1
print(tries)
