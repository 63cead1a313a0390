import sys

sys.setrecursionlimit(10000)
n = int(input())
a = list(map(int, input().split()))


def go(i, s1, s2):
    if i == n:
        return abs(s1 - s2)
    return min(go(i + 1, s1 + a[i], s2), go(i + 1, s1, s2 + a[i]))


print(go(0, 0, 0))
