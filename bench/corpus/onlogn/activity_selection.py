n = int(input())
acts = [tuple(map(int, input().split())) for _ in range(n)]
acts.sort(key=lambda a: a[1])
chosen = 0
last_end = -1
for s, e in acts:
    if s >= last_end:
        chosen += 1
        last_end = e
print(chosen)
