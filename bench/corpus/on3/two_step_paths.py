def two_step_paths(adj_matrix):
    n = len(adj_matrix)
    counts = [[0] * n for _ in range(n)]
    for u in range(n):
        for mid in range(n):
            if not adj_matrix[u][mid]:
                continue
            for v in range(n):
                if adj_matrix[mid][v]:
                    counts[u][v] += 1
    return counts
