n, k = map(int, input().split())
moves = (n - k) // 2
print("Alice" if moves % 2 == 0 else "Bob")
