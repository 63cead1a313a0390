import bisect
import sys

input = sys.stdin.readline
n = int(input())
a = sorted(map(int, input().split()))
q = int(input())
out = []
for _ in range(q):
    x = int(input())
    out.append(bisect.bisect_right(a, x))
print("\n".join(map(str, out)))
