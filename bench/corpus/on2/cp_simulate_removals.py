n = int(input())
a = list(map(int, input().split()))
rounds = 0
while a:
    m = min(a)
    a.remove(m)
    rounds += 1
print(rounds)
