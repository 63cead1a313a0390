from collections import Counter

t = int(input())
for _ in range(t):
    s = input().strip()
    c = Counter(s)
    print(sum(v // 2 for v in c.values()))
