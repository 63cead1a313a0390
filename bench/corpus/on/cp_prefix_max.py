import sys

input = sys.stdin.readline
n = int(input())
a = list(map(int, input().split()))
pref = []
cur = float("-inf")
for x in a:
    cur = max(cur, x)
    pref.append(cur)
print(*pref)
