def climb(n):
    if n <= 1:
        return 1
    return climb(n - 1) + climb(n - 2)


print(climb(int(input())))
