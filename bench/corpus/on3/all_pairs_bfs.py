def all_pairs_reachability(matrix):
    n = len(matrix)
    result = []
    for source in range(n):
        seen = [False] * n
        stack = [source]
        seen[source] = True
        while stack:
            u = stack.pop()
            for v in range(n):
                if matrix[u][v] and not seen[v]:
                    seen[v] = True
                    stack.append(v)
        result.append(seen)
    return result
