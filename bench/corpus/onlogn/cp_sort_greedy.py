import sys


def solve():
    n = int(sys.stdin.readline())
    a = sorted(map(int, sys.stdin.readline().split()))
    ans = 0
    for i in range(0, n - 1, 2):
        ans += a[i + 1] - a[i]
    print(ans)


t = int(sys.stdin.readline())
for _ in range(t):
    solve()
