"""Competitive-programming idioms the static analyser costs on principle.

Each program was written for this test from what the idiom really costs, beside a
counter-case that must keep its class; none is taken from the CodeComplex data.
"""

from __future__ import annotations

import textwrap

import pytest

from actors.analysis.offline.static import StaticAnalyzer

CASES: list[tuple[str, str, str]] = [
    (
        "slice_between_two_offsets_of_one_index_is_constant",
        """
        s = input()
        c = 0
        for i in range(len(s)):
            if s[i + 1:i + 3] == 'go':
                c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "slice_from_an_index_to_another_index_stays_linear_per_pass",
        """
        s = input()
        c = 0
        for i in range(len(s)):
            for j in range(i):
                if s[j:i] == s[j:i][::-1]:
                    c += 1
        print(c)
        """,
        "O(n^3)",
    ),
    (
        "outer_while_resumes_at_max_of_inner_counter_and_next",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        i = groups = 0
        while i < n:
            j, s = i, 0
            while j < n and s + a[j] <= k:
                s += a[j]
                j += 1
            groups += 1
            i = max(j, i + 1)
        print(groups)
        """,
        "O(n)",
    ),
    (
        "outer_while_that_only_steps_by_one_keeps_the_inner_scan",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        i = best = 0
        while i < n:
            j, s = i, 0
            while j < n and s + a[j] <= k:
                s += a[j]
                j += 1
            best = max(best, j - i)
            i = i + 1
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "worklist_branching_on_a_test_of_the_input_is_exponential",
        """
        s = input()
        q = [0]
        ways = 0
        while q:
            i = q.pop()
            if i == len(s):
                ways += 1
            elif s[i] == '?':
                q.append(i + 1)
                q.append(i + 1)
            else:
                q.append(i + 1)
        print(ways)
        """,
        "O(2^n)",
    ),
    (
        "worklist_pushing_from_a_literal_pair_is_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        st = [(0, 0)]
        c = 0
        while st:
            i, s = st.pop()
            if i == n:
                c += s == 0
                continue
            for d in (a[i], -a[i]):
                st.append((i + 1, s + d))
        print(c)
        """,
        "O(2^n)",
    ),
    (
        "worklist_guarded_by_a_set_it_fills_stays_linear",
        """
        n = int(input())
        st = [n]
        seen = {n}
        while st:
            x = st.pop()
            for y in (x // 2, x - 1):
                if y > 0 and y not in seen:
                    seen.add(y)
                    st.append(y)
        print(len(seen))
        """,
        "O(n)",
    ),
    (
        "walk_marking_an_array_it_fills_stays_linear",
        """
        n = int(input())
        s = input()
        dist = [-1] * n
        dist[0] = 0
        q = [0]
        while q:
            x = q.pop()
            for y in (x - 1, x + 1, x + 2):
                if 0 <= y < n and s[y] == '.' and dist[y] == -1:
                    dist[y] = dist[x] + 1
                    q.append(y)
        print(dist[-1])
        """,
        "O(n)",
    ),
    (
        "while_counter_up_to_two_to_the_n_enumerates_masks",
        """
        n = int(input())
        a = list(map(int, input().split()))
        mask = ans = 0
        while mask < (1 << n):
            if sum(a[i] for i in range(n) if mask >> i & 1) == 0:
                ans += 1
            mask += 1
        print(ans)
        """,
        "O(2^n)",
    ),
    (
        "while_two_to_the_counter_below_a_size_counts_bits",
        """
        n = int(input())
        k = 0
        while (1 << k) <= n:
            k += 1
        print(k)
        """,
        "O(log n)",
    ),
    (
        "while_two_to_the_counter_below_a_constant_is_bounded",
        """
        k = 0
        while 2 ** k < 10 ** 9:
            k += 1
        print(k)
        """,
        "O(1)",
    ),
    (
        "list_rebuilt_with_two_items_per_old_one_doubles",
        """
        n = int(input())
        res = ['']
        for _ in range(n):
            new = []
            for s in res:
                new.append(s + '0')
                new.append(s + '1')
            res = new
        print(len(res))
        """,
        "O(2^n)",
    ),
    (
        "comprehension_with_a_second_generator_multiplies",
        """
        n = int(input())
        res = ['']
        for _ in range(n):
            res = [s + c for s in res for c in '47']
        print(len(res))
        """,
        "O(2^n)",
    ),
    (
        "comprehension_over_the_list_alone_keeps_its_size",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for _ in range(n):
            a = [x * 2 % 7 for x in a]
        print(a)
        """,
        "O(n^2)",
    ),
    (
        "permutation_cycles_marked_after_the_walk_are_walked_once",
        """
        n = int(input())
        p = list(map(int, input().split()))
        ans = [0] * n
        for j in range(n):
            if ans[j] == 0:
                cyc = []
                x = j
                while ans[x] == 0:
                    cyc.append(x)
                    x = p[x] - 1
                for y in cyc:
                    ans[y] = len(cyc)
        print(*ans)
        """,
        "O(n)",
    ),
    (
        "walk_from_every_start_that_never_marks_stays_quadratic",
        """
        n = int(input())
        p = list(map(int, input().split()))
        vis = [False] * n
        total = 0
        for j in range(n):
            path = []
            x = j
            while not vis[x] and len(path) < n:
                path.append(x)
                x = p[x] - 1
            total += len(path)
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "walk_marking_with_a_negative_constant_is_amortised",
        """
        n = int(input())
        nxt = list(map(int, input().split()))
        color = [0] * n
        for s in range(n):
            x = s
            while color[x] == 0:
                color[x] = -1
                x = nxt[x] - 1
        print(color.count(-1))
        """,
        "O(n)",
    ),
    (
        "prefix_function_failure_links_are_amortised",
        """
        s = input()
        n = len(s)
        pi = [0] * n
        for i in range(1, n):
            j = pi[i - 1]
            while j > 0 and s[i] != s[j]:
                j = pi[j - 1]
            if s[i] == s[j]:
                j += 1
            pi[i] = j
        print(max(pi))
        """,
        "O(n)",
    ),
    (
        "while_true_with_a_break_is_read_as_its_exit_test",
        """
        n = int(input())
        a = list(map(int, input().split()))
        k = 0
        for i in range(n):
            while True:
                if a[i] <= k:
                    break
                k += 1
        print(k)
        """,
        "O(n)",
    ),
    (
        "while_true_whose_counter_restarts_each_pass_stays_nested",
        """
        n = int(input())
        a = list(map(int, input().split()))
        t = 0
        for i in range(n):
            j = i
            while True:
                if j == n or a[j] < a[i]:
                    break
                j += 1
            t += j - i
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "halving_a_list_pass_by_pass_is_a_geometric_series",
        """
        a = list(map(int, input().split()))
        while len(a) > 1:
            a = [max(a[i], a[i + 1]) for i in range(0, len(a), 2)]
        print(a[0])
        """,
        "O(n)",
    ),
    (
        "dropping_one_item_per_pass_stays_quadratic",
        """
        a = list(map(int, input().split()))
        s = 0
        while len(a) > 1:
            a = a[1:]
            s += a[0]
        print(s)
        """,
        "O(n^2)",
    ),
    (
        "mutual_recursion_with_two_calls_per_round_trip_is_exponential",
        """
        def even(n):
            if n == 0:
                return 1
            return odd(n - 1) + odd(n - 1)

        def odd(n):
            if n == 0:
                return 0
            return even(n - 1) + even(n - 1)

        print(even(int(input())))
        """,
        "O(2^n)",
    ),
    (
        "mutual_recursion_handing_each_neighbour_to_a_helper_is_a_traversal",
        """
        n = int(input())
        g = [[] for _ in range(n)]
        for _ in range(n - 1):
            u, v = map(int, input().split())
            g[u - 1].append(v - 1)
            g[v - 1].append(u - 1)
        seen = [False] * n

        def visit(v):
            seen[v] = True
            for w in g[v]:
                if not seen[w]:
                    go(w)

        def go(v):
            visit(v)

        go(0)
        print(sum(seen))
        """,
        "O(n)",
    ),
    (
        "a_helpers_local_does_not_change_the_kind_of_a_program_name",
        """
        def digits(l):
            s = ''.join(map(str, l))
            return s

        n = int(input())
        s = {'purple', 'green', 'blue', 'orange', 'red', 'yellow'}
        for _ in range(n):
            c = input()
            if c in s:
                s.remove(c)
        print(len(s))
        """,
        "O(n)",
    ),
    (
        "a_name_a_helper_declares_global_is_assigned_there_too",
        """
        def reset():
            global seen
            seen = []

        n = int(input())
        reset()
        for x in map(int, input().split()):
            if x in seen:
                print(x)
            seen.append(x)
        """,
        "O(n^2)",
    ),
    (
        "fibonacci_pair_growing_to_a_bound_takes_logarithmic_steps",
        """
        n = int(input())
        a, b = 1, 2
        steps = 1
        while b <= n:
            a, b = b, a + b
            steps += 1
        print(steps)
        """,
        "O(log n)",
    ),
    (
        "the_smaller_of_a_fibonacci_pair_grows_geometrically_too",
        """
        n = int(input())
        a, b = 0, 1
        k = 0
        while a < n:
            a, b = b, a + b
            k += 1
        print(k)
        """,
        "O(log n)",
    ),
    (
        "a_running_sum_of_read_values_is_not_fibonacci_growth",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        s, i = 0, 0
        while s < k and i < n:
            s, i = s + a[i], i + 1
        print(i)
        """,
        "O(n)",
    ),
    (
        "counting_the_bits_of_a_number_costs_its_digits",
        """
        def ones(x):
            return bin(x).count("1")
        """,
        "O(log n)",
    ),
    (
        # One pass over its digits, as a loop over them is (log n).
        "counting_the_bits_of_a_read_number_walks_its_digits",
        """
        x = int(input())
        print(bin(x).count("1"))
        """,
        "O(log n)",
    ),
    (
        "counting_in_a_read_string_costs_its_length",
        """
        s = input()
        print(s.count("1"))
        """,
        "O(n)",
    ),
    (
        "bitwise_work_on_bit_strings_parsed_from_the_input_costs_their_length",
        """
        n, m = map(int, input().split())
        rows = [int(input(), 2) for _ in range(n)]
        seen = twice = 0
        for x in rows:
            twice |= seen & x
            seen |= x
        print("YES" if any(x & ~twice == 0 for x in rows) else "NO")
        """,
        "O(n^2)",
    ),
    (
        "bitwise_work_on_numbers_read_from_the_input_is_constant_per_number",
        """
        n = int(input())
        rows = [int(input()) for _ in range(n)]
        seen = twice = 0
        for x in rows:
            twice |= seen & x
            seen |= x
        print(seen ^ twice)
        """,
        "O(n)",
    ),
    (
        "two_copies_of_a_list_joined_each_pass_double_it",
        """
        n = int(input())
        words = [""]
        for _ in range(n):
            words = [w + "0" for w in words] + [w + "1" for w in words]
        print(len(words))
        """,
        "O(2^n)",
    ),
    (
        "a_list_partitioned_into_two_filtered_copies_keeps_its_size",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for k in range(n):
            a = [x for x in a if x >> k & 1 == 0] + [x for x in a if x >> k & 1]
        print(*a)
        """,
        "O(n^2)",
    ),
    (
        "a_search_that_pushes_masks_with_one_more_bit_visits_two_to_the_n_states",
        """
        from collections import deque
        n = int(input())
        seen = {0}
        queue = deque([0])
        while queue:
            mask = queue.popleft()
            for i in range(n):
                nxt = mask | (1 << i)
                if nxt not in seen:
                    seen.add(nxt)
                    queue.append(nxt)
        print(len(seen))
        """,
        "O(2^n)",
    ),
    (
        "a_search_over_graph_vertices_visits_each_once",
        """
        from collections import deque
        n, m = map(int, input().split())
        adj = [[] for _ in range(n + 1)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u].append(v)
            adj[v].append(u)
        seen = {1}
        queue = deque([1])
        while queue:
            u = queue.popleft()
            for v in adj[u]:
                if v not in seen:
                    seen.add(v)
                    queue.append(v)
        print(len(seen))
        """,
        "O(n)",
    ),
    (
        "a_single_line_whose_subsets_are_enumerated_is_the_input",
        """
        a = list(map(int, input().split()))
        count = 0
        for mask in range(1 << len(a)):
            if sum(a[i] for i in range(len(a)) if mask >> i & 1) % 5 == 0:
                count += 1
        print(count)
        """,
        "O(2^n)",
    ),
    (
        "a_single_line_of_numbers_sorted_is_still_a_fixed_record",
        """
        a = list(map(int, input().split()))
        a.sort()
        print(a[-1] - a[0])
        """,
        "O(1)",
    ),
    (
        "counting_up_to_the_length_of_a_bit_string_costs_its_digits",
        """
        def common_prefix(x, y):
            a = bin(x)[2:]
            b = bin(y)[2:]
            i = 0
            while i < len(b) and a[i] == b[i]:
                i += 1
            return i
        """,
        "O(log n)",
    ),
    (
        "counting_up_to_the_length_of_a_read_text_stays_linear",
        """
        s = input()
        i = 0
        while i < len(s) and s[i] == 'a':
            i += 1
        print(i)
        """,
        "O(n)",
    ),
    (
        "counting_up_to_the_length_of_a_fixed_list_is_bounded",
        """
        steps = [1, 5, 7]
        x = int(input())
        i = 0
        while i < len(steps) and steps[i] < x:
            i += 1
        print(i)
        """,
        "O(1)",
    ),
    (
        "zeros_padding_one_bit_string_to_another_cost_its_digits",
        """
        def differing_bits(x, y):
            a = bin(x)[2:]
            b = bin(y)[2:]
            a = '0' * (len(b) - len(a)) + a
            return sum(1 for i in range(len(b)) if a[i] != b[i])
        """,
        "O(log n)",
    ),
    (
        "zeros_as_long_as_a_read_text_cost_its_length",
        """
        s = input()
        print('0' * len(s) + s)
        """,
        "O(n)",
    ),
    (
        "numbers_unpacked_from_a_line_are_numbers_whatever_their_names",
        """
        l, r = map(int, input().split())
        b = bin(r)[2:]
        a = bin(l)[2:].zfill(len(b))
        print(sum(1 for i in range(len(b)) if a[i] != b[i]))
        """,
        "O(log n)",
    ),
    (
        "summing_the_digits_until_one_is_left_costs_the_first_pass",
        """
        n = int(input())
        steps = 0
        while n > 9:
            n = sum(map(int, str(n)))
            steps += 1
        print(n, steps)
        """,
        "O(log n)",
    ),
    (
        "summing_the_digits_of_a_read_text_until_one_is_left_is_linear",
        """
        s = input()
        steps = 0
        while len(s) > 1:
            s = str(sum(int(d) for d in s))
            steps += 1
        print(steps)
        """,
        "O(n)",
    ),
    (
        "multiplying_the_digits_until_one_is_left_costs_the_first_pass",
        """
        def persistence(n):
            steps = 0
            while n >= 10:
                p = 1
                for d in str(n):
                    p *= int(d)
                n = p
                steps += 1
            return steps
        """,
        "O(log n)",
    ),
    (
        "a_counter_indexing_a_fixed_list_every_pass_is_bounded_by_it",
        """
        d = int(input())
        months = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        m = 0
        while d > months[m]:
            d -= months[m]
            m += 1
        print(m + 1, d)
        """,
        "O(1)",
    ),
    (
        "a_counter_indexing_a_fixed_list_only_in_a_branch_is_not_bounded_by_it",
        """
        n = int(input())
        small = [1, 2, 3]
        i = 0
        t = 0
        while i < n:
            if t < 2:
                t += small[t]
            i += 1
        print(t)
        """,
        "O(n)",
    ),
    (
        "a_counter_indexing_the_input_list_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = 0
        s = 0
        while s < 100 and i < n:
            s += a[i]
            i += 1
        print(i)
        """,
        "O(n)",
    ),
    (
        "a_list_folded_pairwise_until_one_is_left_stays_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        while len(a) > 1:
            a = [a[i] + a[i + 1] for i in range(len(a) - 1)]
        print(a[0])
        """,
        "O(n^2)",
    ),
    (
        "records_folded_into_a_running_total_are_data_not_queries",
        """
        n = int(input())
        total = 0
        for _ in range(n):
            name, score = input().split()
            total += int(score)
        print(total)
        """,
        "O(n)",
    ),
    (
        "queries_each_answered_where_read_stay_per_query",
        """
        q = int(input())
        for _ in range(q):
            l, r = map(int, input().split())
            print((r - l + 1) // 2)
        """,
        "O(1)",
    ),
    (
        "changing_the_case_of_a_read_string_walks_it",
        """
        s = input()
        print(s.swapcase())
        """,
        "O(n)",
    ),
    (
        "changing_the_case_of_each_character_costs_one_each",
        """
        s = input()
        c = 0
        for i in range(len(s)):
            if s[i].upper() == s[i]:
                c += 1
        print(sum(1 for ch in s if ch.lower() == ch) - c)
        """,
        "O(n)",
    ),
    (
        "a_line_lowered_as_it_is_read_costs_what_reading_does",
        """
        s = input().lower()
        print("YES" if s == "yes" else "NO")
        """,
        "O(1)",
    ),
    (
        "searching_each_short_record_read_in_a_loop_is_constant_per_record",
        """
        n = int(input())
        x = 0
        for _ in range(n):
            op = input()
            if "++" in op:
                x += 1
            elif "--" in input():
                x -= 1
        print(x)
        """,
        "O(n)",
    ),
    (
        "searching_the_line_of_a_test_case_walks_the_whole_case",
        """
        t = int(input())
        for _ in range(t):
            print("YES" if "ab" in input() else "NO")
        """,
        "O(n)",
    ),
    (
        "a_loop_removing_from_a_fixed_set_every_pass_runs_it_dry_first",
        """
        left = {"red", "green", "blue", "white"}
        n = int(input())
        for _ in range(n):
            left.remove(input())
        print(len(left))
        """,
        "O(1)",
    ),
    (
        "popping_a_key_of_a_fixed_dict_every_pass_bounds_the_loop_too",
        """
        price = {"tea": 3, "cake": 5, "soup": 7}
        n = int(input())
        bill = 0
        for _ in range(n):
            bill += price.pop(input())
        print(bill)
        """,
        "O(1)",
    ),
    (
        "a_removal_a_pass_can_skip_does_not_bound_the_loop",
        """
        left = {"red", "green", "blue"}
        n = int(input())
        for _ in range(n):
            c = input()
            if c not in left:
                continue
            left.remove(c)
        print(len(left))
        """,
        "O(n)",
    ),
    (
        "a_set_refilled_every_pass_is_never_run_dry",
        """
        n = int(input())
        for _ in range(n):
            left = {"red", "green", "blue"}
            left.discard(input())
            left.pop()
        print(n)
        """,
        "O(n)",
    ),
    (
        "a_flood_fill_marking_cells_visits_each_cell_once",
        """
        n = int(input())
        g = [input() for _ in range(n)]
        seen = [[False] * n for _ in range(n)]
        def fill(i, j):
            if i < 0 or j < 0 or i >= n or j >= n or seen[i][j] or g[i][j] == '#':
                return
            seen[i][j] = True
            fill(i + 1, j)
            fill(i - 1, j)
            fill(i, j + 1)
            fill(i, j - 1)
        rooms = 0
        for i in range(n):
            for j in range(n):
                if not seen[i][j] and g[i][j] == '.':
                    fill(i, j)
                    rooms += 1
        print(rooms)
        """,
        "O(n^2)",
    ),
    (
        "each_line_of_a_loop_over_stdin_is_one_record",
        """
        import sys
        for line in sys.stdin:
            print(line.strip()[::-1])
        """,
        "O(n)",
    ),
    (
        "a_generator_over_a_line_read_where_it_stands_walks_the_whole_line",
        """
        n = int(input())
        print(sum(int(x) for x in input().split()))
        """,
        "O(n)",
    ),
    (
        "a_board_of_a_fixed_number_of_rows_read_is_a_constant",
        """
        g = [input() for _ in range(3)]
        cnt = 0
        for i in range(len(g)):
            for j in range(len(g[i])):
                if g[i][j] == 'X':
                    cnt += 1
        print(cnt)
        """,
        "O(1)",
    ),
    (
        "rows_appended_in_a_constant_loop_make_a_board_too",
        """
        b = []
        for _ in range(8):
            b.append(input())
        c = 0
        for row in b:
            for ch in row:
                if ch == 'B':
                    c += 1
        print(c)
        """,
        "O(1)",
    ),
    (
        "two_lines_read_are_two_strings_not_a_board",
        """
        s = [input() for _ in range(2)]
        print(sum(1 for i in range(len(s[0])) if s[0][i] != s[1][i]))
        """,
        "O(n)",
    ),
    (
        "rows_of_a_grid_of_n_rows_are_as_long_as_the_input",
        """
        n = int(input())
        g = [input() for _ in range(n)]
        print(sum(1 for i in range(n) for j in range(len(g[i])) if g[i][j] == '*'))
        """,
        "O(n^2)",
    ),
    (
        "a_string_spelled_out_from_four_cells_counts_four_characters",
        """
        g = []
        for i in range(4):
            g.append(input())
        ok = False
        for i in range(3):
            for j in range(3):
                s = g[i][j] + g[i][j + 1] + g[i + 1][j] + g[i + 1][j + 1]
                if s.count('#') >= 3 or s.count('.') >= 3:
                    ok = True
        print("YES" if ok else "NO")
        """,
        "O(1)",
    ),
    (
        "deleting_inside_a_list_in_a_loop_shifts_its_tail_each_time",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = 0
        while i < len(a):
            if a[i] % 2 == 0:
                del a[i]
            else:
                i += 1
        print(a)
        """,
        "O(n^2)",
    ),
    (
        "deleting_the_front_of_a_list_in_a_loop_shifts_it_too",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            del a[0]
            a.append(i)
        print(a)
        """,
        "O(n^2)",
    ),
    (
        "deleting_dict_keys_or_the_end_of_a_list_is_constant",
        """
        n = int(input())
        a = list(map(int, input().split()))
        d = {}
        for i in range(n):
            d[i] = a[i]
        for i in range(n):
            del d[i]
            del a[-1]
        print(len(d), a)
        """,
        "O(n)",
    ),
    (
        "lines_read_per_item_and_sorted_are_n_even_when_only_their_ends_are_used",
        """
        n = int(input())
        pts = sorted(tuple(map(int, input().split())) for _ in range(n))
        print(pts[0], pts[-1])
        """,
        "O(n log n)",
    ),
    (
        "a_walk_over_a_table_a_function_builds_from_constants_is_constant",
        """
        def gen():
            arr = []
            for digits in range(1, 4):
                arr += [1] * digits
            for i in range(len(arr)):
                arr[i] = arr[i] * 2
            return arr
        num = int(input())
        good = gen()
        for e in good:
            if num % e == 0:
                print("YES")
                break
        """,
        "O(1)",
    ),
    (
        "iterating_a_call_of_a_function_returning_a_literal_is_constant",
        """
        def primes():
            return [2, 3, 5, 7, 11, 13]
        n = int(input())
        for p in primes():
            if n % p == 0:
                print(p)
        print(any(n % x == 0 for x in primes()))
        """,
        "O(1)",
    ),
    (
        "a_function_returning_what_it_read_is_no_constant",
        """
        def read():
            return list(map(int, input().split()))
        n = int(input())
        a = read()
        for x in a:
            print(x)
        """,
        "O(n)",
    ),
    (
        "marking_the_root_in_the_start_loop_does_not_reset_the_marks",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            adj[a - 1].append(b - 1)
            adj[b - 1].append(a - 1)
        seen = [False] * n
        def dfs(v):
            seen[v] = True
            for u in adj[v]:
                if not seen[u]:
                    dfs(u)
        comps = 0
        for v in range(n):
            if not seen[v]:
                seen[v] = True
                dfs(v)
                comps += 1
        print(comps)
        """,
        "O(n)",
    ),
    (
        "marks_named_vis_count_as_visit_marks",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            adj[a - 1].append(b - 1)
        vis = [0] * n
        def dfs(v):
            vis[v] = 1
            for u in adj[v]:
                if vis[u] == 0:
                    dfs(u)
        found = 0
        for v in range(n):
            if vis[v] == 0:
                dfs(v)
                found += 1
        print(found)
        """,
        "O(n)",
    ),
    (
        "a_dfs_started_from_every_unseen_vertex_visits_each_once_in_all",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n + 1)]
        for _ in range(m):
            u, v = map(int, input().split())
            g[u].append(v)
            g[v].append(u)
        seen = [False] * (n + 1)
        def dfs(u):
            seen[u] = True
            for v in g[u]:
                if not seen[v]:
                    dfs(v)
        parts = 0
        for v in range(1, n + 1):
            if not seen[v]:
                dfs(v)
                parts += 1
        print(parts)
        """,
        "O(n)",
    ),
    (
        "a_dfs_with_fresh_marks_for_every_start_repeats_the_walk",
        """
        n = int(input())
        g = [[] for _ in range(n + 1)]
        for _ in range(n - 1):
            u, v = map(int, input().split())
            g[u].append(v)
            g[v].append(u)
        def dfs(u, d):
            seen[u] = True
            far = d
            for v in g[u]:
                if not seen[v]:
                    far = max(far, dfs(v, d + 1))
            return far
        best = 0
        for s in range(1, n + 1):
            seen = [False] * (n + 1)
            best = max(best, dfs(s, 0))
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "marks_undone_after_the_call_are_backtracking_not_a_walk",
        """
        n = int(input())
        used = [False] * n
        count = 0
        def place(k):
            global count
            if k == n:
                count += 1
                return
            for i in range(n):
                if not used[i]:
                    used[i] = True
                    place(k + 1)
                    used[i] = False
        place(0)
        print(count)
        """,
        "O(2^n)",
    ),
    (
        "recursing_on_both_sides_of_a_split_point_makes_n_calls_in_all",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def paint(l, r):
            if l >= r:
                return 0
            m = min(range(l, r), key=lambda i: a[i])
            return a[m] + paint(l, m) + paint(m + 1, r)
        print(paint(0, n))
        """,
        "O(n^2)",
    ),
    (
        "two_calls_that_each_shrink_by_one_still_branch",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def ways(i, s):
            if i == n:
                return 1 if s == 0 else 0
            return ways(i + 1, s + a[i]) + ways(i + 1, s - a[i])
        print(ways(0, 0))
        """,
        "O(2^n)",
    ),
    (
        "two_running_sums_handed_down_are_choices_not_a_split",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def go(i, left, right):
            if i == n:
                return abs(left - right)
            return min(go(i + 1, left + a[i], right), go(i + 1, left, right + a[i]))
        print(go(0, 0, 0))
        """,
        "O(2^n)",
    ),
    (
        "pegs_rotated_between_two_calls_are_not_a_split_point",
        """
        n = int(input())
        def move(k, src, dst, via):
            if k == 0:
                return 0
            return move(k - 1, src, via, dst) + 1 + move(k - 1, via, dst, src)
        print(move(n, 1, 3, 2))
        """,
        "O(2^n)",
    ),
    (
        "recursion_over_children_lists_built_from_parents_visits_each_node_once",
        """
        n = int(input())
        p = list(map(int, input().split()))
        kids = [[] for _ in range(n + 1)]
        for i, parent in enumerate(p, start=2):
            kids[parent].append(i)
        def height(u):
            return 1 + max((height(v) for v in kids[u]), default=0)
        print(height(1))
        """,
        "O(n)",
    ),
    (
        "recursion_over_lists_of_read_targets_may_revisit_and_branches",
        """
        n, m = map(int, input().split())
        out = [[] for _ in range(n + 1)]
        for _ in range(m):
            a, b = map(int, input().split())
            out[a].append(b)
        def paths(u):
            if u == n:
                return 1
            return sum(paths(v) for v in out[u])
        print(paths(1))
        """,
        "O(2^n)",
    ),
    (
        "a_dict_of_states_capped_by_a_capacity_is_a_knapsack",
        """
        n, w = map(int, input().split())
        items = [int(input()) for _ in range(n)]
        best = {0: 0}
        for x in items:
            for load in list(best):
                if load + x <= w:
                    best[load + x] = max(best.get(load + x, 0), best[load] + 1)
        print(max(best.values()))
        """,
        "O(n^2)",
    ),
    (
        "a_dict_of_states_keyed_by_a_remainder_holds_m_of_them",
        """
        n, m = map(int, input().split())
        a = list(map(int, input().split()))
        seen = {0: True}
        for x in a:
            for r in list(seen):
                seen[(r + x) % m] = True
        print("YES" if len(seen) == m else "NO")
        """,
        "O(n^2)",
    ),
    (
        "a_dict_of_sums_without_a_cap_may_double_with_every_item",
        """
        n = int(input())
        a = list(map(int, input().split()))
        ways = {0: 1}
        for x in a:
            for s in list(ways):
                ways[s + x] = ways.get(s + x, 0) + ways[s]
        print(len(ways))
        """,
        "O(2^n)",
    ),
    (
        "a_table_of_results_keyed_by_the_arguments_is_a_memo_whatever_its_name",
        """
        n = int(input())
        F = [0] * (n + 1)
        def fib(k):
            if k < 2:
                return k
            if F[k]:
                return F[k]
            F[k] = fib(k - 1) + fib(k - 2)
            return F[k]
        print(fib(n))
        """,
        "O(n)",
    ),
    (
        "a_two_index_table_checked_for_none_memoises_an_interval_game",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = [[None] * n for _ in range(n)]
        def game(i, j):
            if i > j:
                return 0
            if best[i][j] is not None:
                return best[i][j]
            r = max(a[i] - game(i + 1, j), a[j] - game(i, j - 1))
            best[i][j] = r
            return r
        print(game(0, n - 1))
        """,
        "O(n^2)",
    ),
    (
        "a_result_stored_when_not_yet_in_the_table_is_a_memo",
        """
        n = int(input())
        known = {}
        def ways(k):
            if k <= 1:
                return 1
            if k not in known:
                known[k] = ways(k - 1) + ways(k - 2)
            return known[k]
        print(ways(n))
        """,
        "O(n)",
    ),
    (
        "flags_set_and_tested_by_index_are_not_a_memo",
        """
        n = int(input())
        taken = [False] * n
        def count(k):
            if k == n:
                return 1
            total = 0
            for i in range(n):
                if taken[i]:
                    continue
                taken[i] = True
                total += count(k + 1)
                taken[i] = False
            return total
        print(count(0))
        """,
        "O(2^n)",
    ),
    (
        "a_recursive_call_returned_from_a_loop_ends_the_call_and_does_not_branch",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def cut(i):
            if i == n:
                return 0
            for j in range(i + 1, n + 1):
                if a[j - 1] % 2 == 0:
                    return 1 + cut(j)
            return 0
        print(cut(0))
        """,
        "O(n^2)",
    ),
    (
        "a_recursive_call_tried_in_a_loop_and_retried_on_failure_branches",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def split(i):
            if i == n:
                return True
            for j in range(i + 1, n + 1):
                if sum(a[i:j]) % 3 == 0 and split(j):
                    return True
            return False
        print(split(0))
        """,
        "O(2^n)",
    ),
    (
        "a_few_values_sorted_as_they_are_unpacked_cost_a_constant",
        """
        a, b, c = sorted(map(int, input().split()))
        print("YES" if a + b > c else "NO")
        """,
        "O(1)",
    ),
    (
        "a_sorted_line_beside_a_constant_in_one_assignment_is_the_whole_line",
        """
        n, k = map(int, input().split())
        a, j = sorted(map(int, input().split())), 0
        for x in a:
            while x > a[j]:
                j += 1
        print(j + k)
        """,
        "O(n log n)",
    ),
    (
        "a_list_popped_from_the_front_as_a_bfs_queue_counts_as_a_queue",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n + 1)]
        for _ in range(m):
            u, v = map(int, input().split())
            g[u].append(v)
            g[v].append(u)
        dist = [-1] * (n + 1)
        dist[1] = 0
        q = [1]
        while len(q) > 0:
            u = q.pop(0)
            for v in g[u]:
                if dist[v] == -1:
                    dist[v] = dist[u] + 1
                    q.append(v)
        print(dist[n])
        """,
        "O(n)",
    ),
    (
        "popping_the_front_of_a_list_that_only_shrinks_shifts_it_each_time",
        """
        n = int(input())
        a = list(map(int, input().split()))
        total = 0
        while a:
            total += a.pop(0) * len(a)
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "a_range_capped_by_min_with_a_constant_runs_at_most_that_many_times",
        """
        n = int(input())
        total = 0
        for i in range(min(n, 60)):
            total += i * i % 7
        print(total)
        """,
        "O(1)",
    ),
    (
        "a_range_capped_by_min_of_two_sizes_is_still_a_size",
        """
        n, m = map(int, input().split())
        a = list(map(int, input().split()))
        print(sum(a[i] for i in range(min(n, m))))
        """,
        "O(n)",
    ),
    (
        "zip_with_a_fixed_string_stops_at_the_fixed_string",
        """
        t = input()
        print(sum(1 for x, y in zip("codeforces", t) if x != y))
        """,
        "O(1)",
    ),
    (
        "zip_of_a_list_with_its_own_tail_walks_the_list",
        """
        n = int(input())
        a = list(map(int, input().split()))
        print(sum(1 for x, y in zip(a, a[1:]) if x < y))
        """,
        "O(n)",
    ),
    (
        "a_dict_keyed_by_the_characters_of_a_string_holds_an_alphabet",
        """
        s = input()
        freq = {}
        for c in s:
            freq[c] = freq.get(c, 0) + 1
        odd = 0
        for i in range(len(s)):
            for c in freq:
                odd += freq[c] % 2
        print(odd)
        """,
        "O(n)",
    ),
    (
        "a_dict_keyed_by_the_words_of_a_line_grows_with_the_line",
        """
        n = int(input())
        words = input().split()
        freq = {}
        for w in words:
            freq[w] = freq.get(w, 0) + 1
        total = 0
        for i in range(len(words)):
            for w in freq:
                total += freq[w] % 2
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "trial_division_counts_a_divisor_up_to_the_square_root",
        """
        x = int(input())
        factors = []
        d = 2
        while d * d <= x:
            while x % d == 0:
                factors.append(d)
                x //= d
            d += 1
        if x > 1:
            factors.append(x)
        print(*factors)
        """,
        "O(n)",
    ),
    (
        "halving_the_number_itself_each_pass_is_logarithmic",
        """
        x = int(input())
        steps = 0
        while x * 2 > 1:
            x //= 2
            steps += 1
        print(steps)
        """,
        "O(log n)",
    ),
    (
        "the_groups_of_groupby_together_hold_each_item_once",
        """
        from itertools import groupby
        s = input()
        print(max(len(list(g)) for _, g in groupby(s)))
        """,
        "O(n)",
    ),
    (
        "a_list_rebuilt_for_every_item_of_a_groupby_walk_is_still_the_whole_list",
        """
        from itertools import groupby
        n = int(input())
        a = list(map(int, input().split()))
        print(max(len(list(a)) + k for k, g in groupby(a)))
        """,
        "O(n^2)",
    ),
    (
        "a_slice_of_a_fixed_width_slice_is_no_longer_than_it",
        """
        n = int(input())
        s = input()
        out = []
        for i in range(0, n, 2):
            out.append(s[i:i + 2][::-1])
        print(''.join(out))
        """,
        "O(n)",
    ),
    (
        "a_reversed_tail_inside_a_loop_still_copies_the_tail",
        """
        n = int(input())
        s = input()
        c = 0
        for i in range(n):
            if s[i:][::-1] == s[i:]:
                c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "n_commands_on_one_queue_are_one_problem_not_n_cases",
        """
        import sys
        from collections import deque
        input = sys.stdin.readline
        n = int(input())
        q = deque()
        for _ in range(n):
            cmd = input().split()
            if cmd[0] == 'push':
                q.append(int(cmd[1]))
            elif cmd[0] == 'pop':
                print(q.popleft() if q else -1)
            else:
                print(len(q))
        """,
        "O(n)",
    ),
    (
        "a_queue_made_afresh_in_each_pass_leaves_the_cases_independent",
        """
        from collections import deque
        n = int(input())
        for _ in range(n):
            cmd = input().split()
            q = deque()
            q.append(int(cmd[1]))
            print(q.popleft() if cmd[0] == 'pop' else len(q))
        """,
        "O(1)",
    ),
    (
        "directed_edge_lists_are_walked_once_in_kahns_order",
        """
        from collections import deque
        n, m = map(int, input().split())
        out = [[] for _ in range(n + 1)]
        indeg = [0] * (n + 1)
        for _ in range(m):
            x, y = map(int, input().split())
            out[x].append(y)
            indeg[y] += 1
        q = deque(i for i in range(1, n + 1) if indeg[i] == 0)
        order = []
        while q:
            u = q.popleft()
            order.append(u)
            for v in out[u]:
                indeg[v] -= 1
                if indeg[v] == 0:
                    q.append(v)
        print(*order)
        """,
        "O(n)",
    ),
    (
        "children_from_a_parent_line_are_walked_once_in_a_bfs",
        """
        from collections import deque
        n = int(input())
        kids = [[] for _ in range(n + 1)]
        par = list(map(int, input().split()))
        for i, p in enumerate(par, start=2):
            kids[p].append(i)
        depth = [0] * (n + 1)
        dq = deque([1])
        while dq:
            u = dq.popleft()
            for c in kids[u]:
                depth[c] = depth[u] + 1
                dq.append(c)
        print(max(depth))
        """,
        "O(n)",
    ),
    (
        "lists_filled_in_a_loop_inside_a_loop_hold_n_squared_items",
        """
        n = int(input())
        a = list(map(int, input().split()))
        bigger = [[] for _ in range(n)]
        for i in range(n):
            for j in range(n):
                if a[j] > a[i]:
                    bigger[i].append(j)
        total = 0
        for i in range(n):
            for j in bigger[i]:
                total += a[j]
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "a_bfs_per_uncoloured_vertex_colours_each_vertex_once",
        """
        from collections import deque
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
            g[b - 1].append(a - 1)
        col = [-1] * n
        ok = True
        for s in range(n):
            if col[s] != -1:
                continue
            col[s] = 0
            q = deque([s])
            while q:
                u = q.popleft()
                for v in g[u]:
                    if col[v] == -1:
                        col[v] = col[u] ^ 1
                        q.append(v)
                    elif col[v] == col[u]:
                        ok = False
        print("YES" if ok else "NO")
        """,
        "O(n)",
    ),
    (
        "a_bfs_from_every_vertex_with_fresh_distances_is_quadratic",
        """
        from collections import deque
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
            g[b - 1].append(a - 1)
        best = 0
        for s in range(n):
            dist = [-1] * n
            dist[s] = 0
            q = deque([s])
            while q:
                u = q.popleft()
                for v in g[u]:
                    if dist[v] == -1:
                        dist[v] = dist[u] + 1
                        q.append(v)
            best = max(best, max(dist))
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "expanding_around_each_centre_restarts_the_pointers_from_the_loop_target",
        """
        s = input()
        n = len(s)
        best = 1
        for c in range(n):
            for lo, hi in ((c, c), (c, c + 1)):
                while lo >= 0 and hi < n and s[lo] == s[hi]:
                    lo -= 1
                    hi += 1
                best = max(best, hi - lo - 1)
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "a_monotonic_stack_pops_each_index_once_whatever_the_loop_target",
        """
        n = int(input())
        a = list(map(int, input().split()))
        res = [-1] * n
        st = []
        for i in range(n):
            while st and a[st[-1]] < a[i]:
                res[st.pop()] = a[i]
            st.append(i)
        print(*res)
        """,
        "O(n)",
    ),
    (
        "a_heap_that_starts_with_one_item_grows_by_heappush_in_each_case",
        """
        import sys
        from heapq import heappush, heappop
        input = sys.stdin.readline
        for _ in range(int(input())):
            n, m = map(int, input().split())
            adj = [[] for _ in range(n)]
            for _ in range(m):
                u, v, c = map(int, input().split())
                adj[u - 1].append((v - 1, c))
            dist = [10 ** 18] * n
            dist[0] = 0
            h = [(0, 0)]
            while h:
                d, u = heappop(h)
                if d != dist[u]:
                    continue
                for v, c in adj[u]:
                    if d + c < dist[v]:
                        dist[v] = d + c
                        heappush(h, (d + c, v))
            print(*dist)
        """,
        "O(n log n)",
    ),
    (
        "a_flood_fill_started_only_from_unfilled_cells_fills_each_cell_once",
        """
        n, m = map(int, input().split())
        a = [list(input()) for _ in range(n)]
        rooms = 0
        for i in range(n):
            for j in range(m):
                if a[i][j] == '.':
                    rooms += 1
                    a[i][j] = '#'
                    st = [(i, j)]
                    while st:
                        x, y = st.pop()
                        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                            if 0 <= nx < n and 0 <= ny < m and a[nx][ny] == '.':
                                a[nx][ny] = '#'
                                st.append((nx, ny))
        print(rooms)
        """,
        "O(n^2)",
    ),
    (
        "a_search_from_every_cell_with_fresh_marks_is_more_than_quadratic",
        """
        n, m = map(int, input().split())
        a = [input() for _ in range(n)]
        best = 0
        for i in range(n):
            for j in range(m):
                if a[i][j] == '.':
                    seen = [[False] * m for _ in range(n)]
                    seen[i][j] = True
                    st = [(i, j)]
                    cnt = 0
                    while st:
                        x, y = st.pop()
                        cnt += 1
                        for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                            inside = 0 <= nx < n and 0 <= ny < m
                            if inside and a[nx][ny] == '.' and not seen[nx][ny]:
                                seen[nx][ny] = True
                                st.append((nx, ny))
                    best = max(best, cnt)
        print(best)
        """,
        "O(n^3)",
    ),
    (
        "binary_lifting_levels_named_once_are_a_logarithm",
        """
        n = int(input())
        up0 = [0] + [int(x) for x in input().split()]
        LOG = max(1, n.bit_length())
        up = [up0] + [[0] * (n + 1) for _ in range(LOG - 1)]
        for k in range(1, LOG):
            for v in range(1, n + 1):
                up[k][v] = up[k - 1][up[k - 1][v]]
        def climb(v, d):
            for k in range(LOG - 1, -1, -1):
                if d >> k & 1:
                    v = up[k][v]
            return v
        for _ in range(int(input())):
            v, d = map(int, input().split())
            print(climb(v, d))
        """,
        "O(n log n)",
    ),
    (
        "a_level_count_read_from_the_input_is_a_size",
        """
        n = int(input())
        levels = int(input())
        grid = [[0] * (n + 1) for _ in range(levels)]
        for k in range(1, levels):
            for v in range(1, n + 1):
                grid[k][v] = grid[k - 1][v] + v
        print(grid[-1][-1])
        """,
        "O(n^2)",
    ),
    (
        "answers_appended_twice_per_pass_do_not_make_a_worklist_branch",
        """
        from collections import deque
        n = int(input())
        a = deque(sorted(map(int, input().split())))
        res = []
        while a:
            res.append(a.pop())
            if a:
                res.append(a.popleft())
        print(*res)
        """,
        "O(n log n)",
    ),
    (
        "two_pushes_back_onto_the_worklist_per_state_still_branch",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = 0
        stack = [(0, 0)]
        while stack:
            i, s = stack.pop()
            if i == n:
                best = max(best, s)
                continue
            stack.append((i + 1, s + a[i]))
            stack.append((i + 1, s))
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "a_sparse_table_shifts_by_the_bits_of_n_not_by_n",
        """
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        sp = [a[:]]
        j = 1
        while (1 << j) <= n:
            prev = sp[j - 1]
            half = 1 << (j - 1)
            sp.append([min(prev[i], prev[i + half]) for i in range(n - (1 << j) + 1)])
            j += 1
        for _ in range(q):
            l, r = map(int, input().split())
            k = (r - l + 1).bit_length() - 1
            print(min(sp[k][l - 1], sp[k][r - (1 << k)]))
        """,
        "O(n log n)",
    ),
    (
        "a_dsu_class_compressing_paths_in_a_second_pass_finds_in_near_constant_time",
        """
        import sys
        input = sys.stdin.readline

        class DSU:
            def __init__(self, n):
                self.p = list(range(n))
                self.s = [1] * n

            def find(self, x):
                root = x
                while self.p[root] != root:
                    root = self.p[root]
                while self.p[x] != root:
                    self.p[x], x = root, self.p[x]
                return root

            def union(self, a, b):
                a = self.find(a)
                b = self.find(b)
                if a == b:
                    return False
                if self.s[a] < self.s[b]:
                    a, b = b, a
                self.p[b] = a
                self.s[a] += self.s[b]
                return True

        n, m = map(int, input().split())
        edges = []
        for _ in range(m):
            u, v, w = map(int, input().split())
            edges.append((w, u - 1, v - 1))
        edges.sort()
        d = DSU(n)
        total = 0
        for w, u, v in edges:
            if d.union(u, v):
                total += w
        print(total)
        """,
        "O(n log n)",
    ),
    (
        "walking_a_permutation_cycle_back_to_its_start_is_no_union_find",
        """
        n = int(input())
        p = [int(x) - 1 for x in input().split()]
        seen = [False] * n
        best = 0
        for s in range(n):
            x = s
            c = 1
            while p[x] != s:
                x = p[x]
                c += 1
            best = max(best, c)
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "a_naive_z_array_extends_a_fresh_cell_each_pass",
        """
        s = input()
        n = len(s)
        z = [0] * n
        for i in range(1, n):
            while i + z[i] < n and s[z[i]] == s[i + z[i]]:
                z[i] += 1
        print(max(z) if n > 1 else 0)
        """,
        "O(n^2)",
    ),
    (
        "the_z_function_keeps_its_window_so_its_extensions_are_amortised",
        """
        import sys

        def z_function(s):
            n = len(s)
            z = [0] * n
            l = r = 0
            for i in range(1, n):
                if i < r:
                    z[i] = min(r - i, z[i - l])
                while i + z[i] < n and s[z[i]] == s[i + z[i]]:
                    z[i] += 1
                if i + z[i] > r:
                    l, r = i, i + z[i]
            return z

        s = sys.stdin.readline().strip()
        z = z_function(s)
        n = len(s)
        ans = n
        for i in range(1, n):
            if n % i == 0 and z[i] == n - i:
                ans = i
                break
        print(ans)
        """,
        "O(n)",
    ),
    (
        "a_kmp_search_over_a_table_built_before_falls_no_more_than_it_rises",
        """
        import sys
        input = sys.stdin.readline

        def build_lps(p):
            lps = [0] * len(p)
            k = 0
            for i in range(1, len(p)):
                while k and p[i] != p[k]:
                    k = lps[k - 1]
                if p[i] == p[k]:
                    k += 1
                lps[i] = k
            return lps

        text = input().strip()
        pat = input().strip()
        lps = build_lps(pat)
        res = []
        k = 0
        for i, ch in enumerate(text):
            while k and ch != pat[k]:
                k = lps[k - 1]
            if ch == pat[k]:
                k += 1
            if k == len(pat):
                res.append(i - k + 2)
                k = lps[k - 1]
        print(len(res))
        print(*res)
        """,
        "O(n)",
    ),
    (
        "a_failure_link_search_whose_counter_jumps_by_a_value_is_not_amortised",
        """
        import sys
        input = sys.stdin.readline

        def build_lps(p):
            lps = [0] * len(p)
            k = 0
            for i in range(1, len(p)):
                while k and p[i] != p[k]:
                    k = lps[k - 1]
                if p[i] == p[k]:
                    k += 1
                lps[i] = k
            return lps

        text = input().strip()
        pat = input().strip()
        lps = build_lps(pat)
        step = int(input())
        res = []
        k = 0
        for i, ch in enumerate(text):
            while k and ch != pat[k]:
                k = lps[k - 1]
            if ch == pat[k]:
                k += step
            if k == len(pat):
                res.append(i - k + 2)
                k = lps[k - 1]
        print(len(res))
        print(*res)
        """,
        "O(n^2)",
    ),
    (
        "test_cases_read_as_tokens_of_the_whole_input_are_one_case_each",
        """
        import sys
        data = sys.stdin.buffer.read().split()
        ptr = 0
        t = int(data[ptr]); ptr += 1
        out = []
        for _ in range(t):
            n = int(data[ptr]); ptr += 1
            a = list(map(int, data[ptr:ptr + n])); ptr += n
            bad = 0
            for x in a:
                if x < a[0]:
                    bad += 1
            out.append(str(bad))
        print('\\n'.join(out))
        """,
        "O(n)",
    ),
    (
        "numbers_read_as_tokens_of_the_whole_input_are_still_the_input",
        """
        import sys
        data = sys.stdin.read().split()
        n = int(data[0])
        seen = set()
        for i in range(n):
            x = int(data[1 + i])
            for j in range(n):
                seen.add(x * j)
        print(len(seen))
        """,
        "O(n^2)",
    ),
    (
        "rounds_that_keep_one_of_every_pair_halve_the_list",
        """
        n = int(input())
        arr = list(map(int, input().split()))
        while len(arr) > 1:
            nxt = []
            for i in range(0, len(arr) - 1, 2):
                nxt.append(max(arr[i], arr[i + 1]))
            if len(arr) % 2:
                nxt.append(arr[-1])
            arr = nxt
        print(arr[0])
        """,
        "O(n)",
    ),
    (
        "rounds_that_keep_one_less_than_before_are_quadratic",
        """
        n = int(input())
        arr = list(map(int, input().split()))
        while len(arr) > 1:
            nxt = []
            for i in range(len(arr) - 1):
                nxt.append(arr[i] ^ arr[i + 1])
            arr = nxt
        print(arr[0])
        """,
        "O(n^2)",
    ),
    (
        "a_slice_to_the_variable_of_a_short_window_loop_is_short",
        """
        s = input()
        n = len(s)
        distinct = set()
        for i in range(n):
            for j in range(i + 1, min(n, i + 3) + 1):
                distinct.add(s[i:j])
        print(len(distinct))
        """,
        "O(n)",
    ),
    (
        "a_slice_to_the_variable_of_a_loop_to_the_end_is_long",
        """
        s = input()
        n = len(s)
        c = 0
        for i in range(n):
            for j in range(i + 1, n + 1):
                if s[i:j] == s[i:j][::-1]:
                    c += 1
        print(c)
        """,
        "O(n^3)",
    ),
    (
        "sorting_four_numbers_spelled_out_is_constant",
        """
        t = int(input())
        for _ in range(t):
            a, b, c, d = map(int, input().split())
            print(sorted([a, b, c, d])[1] + sorted([a, b, c, d])[2])
        """,
        "O(1)",
    ),
    (
        "sorting_a_line_of_numbers_is_n_log_n",
        """
        n = int(input())
        a = list(map(int, input().split()))
        print(sorted(a)[n // 2])
        """,
        "O(n log n)",
    ),
    (
        "doubling_past_n_with_an_offset_exponent_stops_after_log_n",
        """
        t = int(input())
        for _ in range(t):
            n = int(input())
            k = 0
            while (1 << (k + 1)) <= n:
                k += 1
            print((1 << k) - 1)
        """,
        "O(log n)",
    ),
    (
        "stepping_while_a_product_stays_below_n_is_linear",
        """
        n = int(input())
        k = 0
        while 2 * (k + 1) <= n:
            k += 1
        print(k)
        """,
        "O(n)",
    ),
    (
        "a_clock_time_written_with_number_formats_is_a_short_string",
        """
        hh, mm = map(int, input().split(':'))
        total = hh * 60 + mm
        for step in range(1, 1441):
            cur = (total + step) % 1440
            h, m = divmod(cur, 60)
            s = "%02d%02d" % (h, m)
            t = f"{h:02d}:{m:02d}"
            if s == s[::-1] or t == t[::-1]:
                print(step)
                break
        """,
        "O(1)",
    ),
    (
        "text_written_with_a_string_format_is_as_long_as_the_text",
        """
        w = input()
        for k in range(5):
            s = "%s%d" % (w, k)
            if s == s[::-1]:
                print(k)
        """,
        "O(n)",
    ),
    (
        "a_dfs_marking_vertex_states_visits_each_vertex_once_over_all_starts",
        """
        import sys
        sys.setrecursionlimit(1 << 20)
        input = sys.stdin.readline
        n, m = map(int, input().split())
        adj = [[] for _ in range(n + 1)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u].append(v)
        state = [0] * (n + 1)
        def dfs(u):
            state[u] = 1
            for v in adj[u]:
                if state[v] == 0:
                    dfs(v)
            state[u] = 2
        for i in range(1, n + 1):
            if state[i] == 0:
                dfs(i)
        print(state.count(2))
        """,
        "O(n)",
    ),
    (
        "a_dfs_from_every_vertex_with_fresh_states_is_quadratic",
        """
        import sys
        sys.setrecursionlimit(1 << 20)
        input = sys.stdin.readline
        n, m = map(int, input().split())
        adj = [[] for _ in range(n + 1)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u].append(v)
        state = [0] * (n + 1)
        def dfs(u):
            state[u] = 1
            for v in adj[u]:
                if state[v] == 0:
                    dfs(v)
            state[u] = 2
        best = 0
        for i in range(1, n + 1):
            state = [0] * (n + 1)
            dfs(i)
            best = max(best, state.count(2))
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "euclid_through_a_remainder_variable_is_logarithmic",
        """
        a, b = map(int, input().split())
        g, h = a, b
        while h != 0:
            r = g % h
            g = h
            h = r
        print(a // g * b)
        """,
        "O(log n)",
    ),
    (
        "subtracting_the_smaller_through_a_variable_is_linear",
        """
        a, b = map(int, input().split())
        g, h = max(a, b), min(a, b)
        steps = 0
        while h != 0:
            r = g - h
            g = max(r, h)
            h = min(r, h)
            steps += 1
        print(steps)
        """,
        "O(n)",
    ),
    (
        "a_union_that_builds_a_new_set_each_pass_copies_it",
        """
        n = int(input())
        a = list(map(int, input().split()))
        acc = set()
        sizes = []
        for x in a:
            acc = acc | {x}
            sizes.append(len(acc))
        print(*sizes)
        """,
        "O(n^2)",
    ),
    (
        "a_union_in_place_adds_one_item_per_pass",
        """
        n = int(input())
        a = list(map(int, input().split()))
        acc = set()
        sizes = []
        for x in a:
            acc |= {x}
            sizes.append(len(acc))
        print(*sizes)
        """,
        "O(n)",
    ),
    (
        "a_recursive_flood_fill_that_marks_the_cell_it_returns_on_fills_each_once",
        """
        import sys
        sys.setrecursionlimit(1000000)
        n = int(input())
        grid = [list(input().strip()) for _ in range(n)]
        def fill(i, j):
            if i < 0 or j < 0 or i >= n or j >= n or grid[i][j] != '.':
                return
            grid[i][j] = '#'
            fill(i + 1, j)
            fill(i - 1, j)
            fill(i, j + 1)
            fill(i, j - 1)
        rooms = 0
        for i in range(n):
            for j in range(n):
                if grid[i][j] == '.':
                    rooms += 1
                    fill(i, j)
        print(rooms)
        """,
        "O(n^2)",
    ),
    (
        "counting_grid_paths_that_return_on_walls_without_marking_branches",
        """
        import sys
        sys.setrecursionlimit(10000)
        n = int(input())
        g = [input() for _ in range(n)]
        def go(i, j):
            if i >= n or j >= n or g[i][j] == '#':
                return 0
            if i == n - 1 and j == n - 1:
                return 1
            return go(i + 1, j) + go(i, j + 1)
        print(go(0, 0))
        """,
        "O(2^n)",
    ),
    (
        "a_recursive_gcd_is_logarithmic",
        """
        def gcd(a, b):
            if b == 0:
                return a
            return gcd(b, a % b)
        a, b = map(int, input().split())
        print(gcd(a, b))
        """,
        "O(log n)",
    ),
    (
        "a_recursion_down_an_index_that_also_keeps_a_remainder_is_linear",
        """
        import sys
        sys.setrecursionlimit(10000)
        n = int(input())
        a = list(map(int, input().split()))
        def go(i, r):
            if i == n:
                return r
            return go(i + 1, (r * 10 + a[i]) % 7)
        print(go(0, 0))
        """,
        "O(n)",
    ),
    (
        "mutual_recursion_one_call_each_way_is_a_chain_as_long_as_n",
        """
        import sys
        sys.setrecursionlimit(10000)
        def is_even(n):
            if n == 0:
                return True
            return is_odd(n - 1)
        def is_odd(n):
            if n == 0:
                return False
            return is_even(n - 1)
        n = int(input())
        print("EVEN" if is_even(n) else "ODD")
        """,
        "O(n)",
    ),
    (
        "mutual_recursion_two_calls_one_way_still_branches",
        """
        def f(n):
            if n <= 1:
                return 1
            return g(n - 1) + g(n - 2)
        def g(n):
            if n <= 1:
                return 1
            return f(n - 1)
        print(f(int(input())))
        """,
        "O(2^n)",
    ),
    (
        "range_queries_summed_naively_scan_the_shared_array_each_time",
        """
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        for _ in range(q):
            l, r = map(int, input().split())
            s = 0
            for i in range(l - 1, r):
                s += a[i]
            print(s)
        """,
        "O(n^2)",
    ),
    (
        "test_cases_that_scan_their_own_array_stay_one_case",
        """
        t = int(input())
        for _ in range(t):
            n, k = map(int, input().split())
            a = list(map(int, input().split()))
            s = 0
            for i in range(n):
                s += a[i] * k
            print(s)
        """,
        "O(n)",
    ),
    (
        "reduce_calls_its_function_once_per_item",
        """
        from functools import reduce

        def solve():
            n = int(input())
            a = list(map(int, input().split()))
            print(reduce(lambda p, q: p ^ q, a, 0))

        t = int(input())
        for _ in range(t):
            solve()
        """,
        "O(n)",
    ),
    (
        "reduce_with_a_scan_in_its_function_is_quadratic",
        """
        from functools import reduce
        n = int(input())
        a = list(map(int, input().split()))
        print(reduce(lambda acc, i: acc + sum(a[j] * a[i] for j in range(n)), range(n), 0))
        """,
        "O(n^2)",
    ),
    (
        "a_helper_taking_the_max_of_its_three_arguments_takes_numbers",
        """
        p, q, r = map(int, input().split())
        def med(x, y, z):
            return x + y + z - max(x, y, z) - min(x, y, z)
        print(med(p, q, r))
        """,
        "O(1)",
    ),
    (
        "a_helper_taking_the_max_of_its_one_argument_scans_it",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def spread(xs):
            return max(xs) - min(xs)
        print(spread(a))
        """,
        "O(n)",
    ),
    (
        "the_orderings_of_three_points_read_are_a_fixed_six",
        """
        from itertools import permutations
        pts = [tuple(map(int, input().split())) for _ in range(3)]
        best = 10**18
        for p in permutations(pts):
            d = sum(abs(p[i][0] - p[i + 1][0]) + abs(p[i][1] - p[i + 1][1]) for i in range(2))
            best = min(best, d)
        print(best)
        """,
        "O(1)",
    ),
    (
        "the_orderings_of_n_items_read_are_exponential",
        """
        from itertools import permutations
        n = int(input())
        a = list(map(int, input().split()))
        best = 0
        for p in permutations(a):
            best = max(best, p[0] - p[-1])
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "membership_in_one_shared_iterator_reads_it_once",
        """
        def is_sub(a, b):
            it = iter(b)
            return all(c in it for c in a)

        s = input().strip()
        t = input().strip()
        print("YES" if is_sub(s, t) else "NO")
        """,
        "O(n)",
    ),
    (
        "membership_in_the_whole_list_each_time_scans_it",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = list(map(int, input().split()))
        common = 0
        for x in a:
            if x in b:
                common += 1
        print(common)
        """,
        "O(n^2)",
    ),
    (
        "shifting_by_a_count_read_from_the_input_is_exponential",
        """
        k = int(input())
        j = 0
        total = 0
        while j < k:
            for mask in range(1 << j):
                total += mask & 1
            j += 1
        print(total)
        """,
        "O(2^n)",
    ),
    (
        "window_pointer_set_forward_in_the_else_of_a_lead_test_is_amortised",
        """
        n, x = map(int, input().split())
        a = list(map(int, input().split()))
        j = s = best = 0
        for i in range(n):
            while j < n and s + a[j] <= x:
                s += a[j]
                j += 1
            best = max(best, j - i)
            if j > i:
                s -= a[i]
            else:
                j = i + 1
        print(best)
        """,
        "O(n)",
    ),
    (
        "window_pointer_sent_back_to_the_start_in_the_else_rescans",
        """
        n, x = map(int, input().split())
        a = list(map(int, input().split()))
        j = s = best = 0
        for i in range(n):
            while j < n and s + a[j] <= x:
                s += a[j]
                j += 1
            best = max(best, j - i)
            if j > i:
                s -= a[i]
            else:
                j = 0
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "monotonic_stack_compared_with_a_local_copy_of_the_current_item_is_amortised",
        """
        n = int(input())
        h = list(map(int, input().split()))
        st = []
        best = 0
        for i in range(n + 1):
            cur = h[i] if i < n else 0
            while st and h[st[-1]] >= cur:
                t = st.pop()
                left = st[-1] + 1 if st else 0
                best = max(best, h[t] * (i - left))
            st.append(i)
        print(best)
        """,
        "O(n)",
    ),
    (
        "stack_refilled_every_pass_is_drained_every_pass",
        """
        n = int(input())
        h = list(map(int, input().split()))
        best = 0
        for i in range(n):
            st = list(range(n))
            cur = h[i]
            while st and h[st[-1]] >= cur:
                st.pop()
            best = max(best, len(st))
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "inner_range_of_n_over_the_outer_counter_is_harmonic",
        """
        n = int(input())
        cnt = 0
        for i in range(1, n + 1):
            for j in range(1, n // i + 1):
                cnt += 1
        print(cnt)
        """,
        "O(n log n)",
    ),
    (
        "inner_range_of_n_over_a_constant_count_of_divisors_stays_linear",
        """
        n = int(input())
        cnt = 0
        for i in range(1, 4):
            for j in range(n // i):
                cnt += 1
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "inner_range_of_half_of_n_under_a_loop_over_n_is_quadratic",
        """
        n = int(input())
        cnt = 0
        for i in range(1, n + 1):
            for j in range(n // 2):
                cnt += 1
        print(cnt)
        """,
        "O(n^2)",
    ),
    (
        "inner_range_capped_by_min_with_a_constant_plus_one_is_constant",
        """
        n = int(input())
        dp = [0] * (n + 1)
        dp[0] = 1
        for i in range(1, n + 1):
            for j in range(1, min(i, 6) + 1):
                dp[i] = (dp[i] + dp[i - j]) % 1000000007
        print(dp[n])
        """,
        "O(n)",
    ),
    (
        "inner_range_capped_by_max_plus_one_still_grows",
        """
        n = int(input())
        dp = [0] * (n + 1)
        dp[0] = 1
        for i in range(1, n + 1):
            for j in range(1, max(i, 6) + 1):
                dp[i] = (dp[i] + dp[j - 1]) % 1000000007
        print(dp[n])
        """,
        "O(n^2)",
    ),
    (
        "unpacking_a_range_of_n_into_print_prints_n_numbers",
        """
        n = int(input())
        print(*range(n, 0, -1))
        """,
        "O(n)",
    ),
    (
        "unpacking_a_range_of_a_constant_into_print_is_constant",
        """
        n = int(input())
        print(n, *range(5))
        """,
        "O(1)",
    ),
    (
        "recursive_dfs_over_lists_filed_with_setdefault_and_read_with_get",
        """
        import sys
        sys.setrecursionlimit(300000)
        n, m = map(int, input().split())
        g = {}
        for _ in range(m):
            u, v = input().split()
            g.setdefault(u, []).append(v)
            g.setdefault(v, []).append(u)
        vis = set()
        def dfs(u):
            vis.add(u)
            for v in g.get(u, []):
                if v not in vis:
                    dfs(v)
        c = 0
        for u in g:
            if u not in vis:
                c += 1
                dfs(u)
        print(c)
        """,
        "O(n)",
    ),
    (
        "breadth_first_order_extended_by_each_vertexs_children_is_linear",
        """
        n = int(input())
        p = [0, 0] + list(map(int, input().split()))
        ch = [[] for _ in range(n + 1)]
        for i in range(2, n + 1):
            ch[p[i]].append(i)
        order = [1]
        for u in order:
            order.extend(ch[u])
        print(len(order))
        """,
        "O(n)",
    ),
    (
        "extending_by_the_whole_array_on_every_pass_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        out = []
        for i in range(n):
            out.extend(a)
        print(len(out))
        """,
        "O(n^2)",
    ),
    (
        "helper_given_each_test_cases_line_costs_that_lines_length",
        """
        import sys
        input = sys.stdin.readline
        def pf(s):
            p = [0] * len(s)
            for i in range(1, len(s)):
                k = p[i - 1]
                while k and s[k] != s[i]:
                    k = p[k - 1]
                if s[k] == s[i]:
                    k += 1
                p[i] = k
            return p
        for _ in range(int(input())):
            s = input().strip()
            n = len(s)
            per = n - pf(s)[-1]
            print(per if n % per == 0 else n)
        """,
        "O(n)",
    ),
    (
        "helper_given_each_of_n_records_parses_one_short_line",
        """
        def parse(s):
            total = 0
            for part in s.split():
                total += int(part)
            return total
        n = int(input())
        best = 0
        for _ in range(n):
            line = input()
            best = max(best, parse(line))
        print(best)
        """,
        "O(n)",
    ),
    (
        "most_common_without_a_count_sorts_every_distinct_item",
        """
        from collections import Counter
        n = int(input())
        a = input().split()
        for v, k in Counter(a).most_common():
            print(v, k)
        """,
        "O(n log n)",
    ),
    (
        "most_common_of_one_is_a_linear_pass",
        """
        from collections import Counter
        n = int(input())
        a = input().split()
        print(Counter(a).most_common(1)[0][0])
        """,
        "O(n)",
    ),
    (
        "bytearray_sieve_up_to_a_constant_is_constant_per_query",
        """
        import sys
        input = sys.stdin.readline
        N = 10**6 + 1
        isp = bytearray([1]) * N
        isp[0] = isp[1] = 0
        for i in range(2, int(N ** 0.5) + 1):
            if isp[i]:
                isp[i * i::i] = bytearray(len(range(i * i, N, i)))
        for _ in range(int(input())):
            x = int(input())
            print("YES" if isp[x] else "NO")
        """,
        "O(1)",
    ),
    (
        "bytearray_sieve_up_to_a_read_bound_clears_n_over_i_cells_per_prime",
        """
        n = int(input())
        isp = bytearray([1]) * (n + 1)
        isp[0] = isp[1] = 0
        for i in range(2, n + 1):
            if isp[i]:
                isp[i * i::i] = bytearray(len(range(i * i, n + 1, i)))
        print(sum(isp))
        """,
        "O(n log n)",
    ),
    (
        "slice_with_a_constant_step_in_a_loop_copies_half_of_the_array_each_pass",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = 0
        for i in range(n):
            best = max(best, sum(a[i::2]))
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "candidates_left_between_the_ends_of_a_ternary_search_are_few",
        """
        n = int(input())
        a = list(map(int, input().split()))
        lo, hi = min(a), max(a)
        while hi - lo > 2:
            m1 = lo + (hi - lo) // 3
            m2 = hi - (hi - lo) // 3
            f1 = sum(abs(x - m1) for x in a)
            f2 = sum(abs(x - m2) for x in a)
            if f1 < f2:
                hi = m2
            else:
                lo = m1
        print(min(sum(abs(x - m) for x in a) for m in range(lo, hi + 1)))
        """,
        "O(n log n)",
    ),
    (
        "every_value_between_the_extremes_tried_without_a_search_is_a_scan_each",
        """
        n = int(input())
        a = list(map(int, input().split()))
        lo, hi = min(a), max(a)
        print(min(sum(abs(x - m) for x in a) for m in range(lo, hi + 1)))
        """,
        "O(n^2)",
    ),
    (
        "rotations_counted_modulo_four_are_at_most_three",
        """
        n, m, k = map(int, input().split())
        g = [list(input()) for _ in range(n)]
        for _ in range(k % 4):
            g = [list(r) for r in zip(*g[::-1])]
        for r in g:
            print(''.join(r))
        """,
        "O(n^2)",
    ),
    (
        "rotations_counted_by_a_quotient_grow_with_it",
        """
        n, m, k = map(int, input().split())
        g = [list(input()) for _ in range(n)]
        for _ in range(k // 4):
            g = [list(r) for r in zip(*g[::-1])]
        for r in g:
            print(''.join(r))
        """,
        "O(n^3)",
    ),
    (
        "queue_rotation_pushing_one_of_two_items_back_is_linear",
        """
        from collections import deque
        n, k = map(int, input().split())
        dq = deque(map(int, input().split()))
        rounds = wins = 0
        cur = dq.popleft()
        while dq and wins < k and rounds < 2 * n:
            x = dq.popleft()
            if cur > x:
                dq.append(x)
                wins += 1
            else:
                dq.append(cur)
                cur = x
                wins = 1
            rounds += 1
        print(cur)
        """,
        "O(n)",
    ),
    (
        "worklist_pushing_both_choices_on_one_path_branches",
        """
        n = int(input())
        a = list(map(int, input().split()))
        st = [(0, 0)]
        best = 0
        while st:
            i, s = st.pop()
            if i == n:
                best = max(best, s)
            else:
                st.append((i + 1, s + a[i]))
                st.append((i + 1, s))
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "insort_into_a_list_kept_across_commands_shifts_it_each_time",
        """
        from bisect import insort, bisect_left
        q = int(input())
        ms = []
        out = []
        for _ in range(q):
            t, x = map(int, input().split())
            if t == 1:
                insort(ms, x)
            elif t == 2:
                i = bisect_left(ms, x)
                if i < len(ms) and ms[i] == x:
                    ms.pop(i)
            else:
                out.append(ms[-1] - ms[0] if ms else -1)
        print('\\n'.join(map(str, out)))
        """,
        "O(n^2)",
    ),
    (
        "independent_queries_answered_from_a_fixed_table_stay_constant_each",
        """
        q = int(input())
        sq = [i * i for i in range(1001)]
        out = []
        for _ in range(q):
            t, x = map(int, input().split())
            out.append(sq[x] - t)
        print('\\n'.join(map(str, out)))
        """,
        "O(1)",
    ),
    (
        "heap_commands_with_lazy_pops_and_each_command_echoed",
        """
        import heapq
        n = int(input())
        h = []
        out = []
        for _ in range(n):
            q = input().split()
            if q[0] == 'insert':
                heapq.heappush(h, int(q[1]))
            else:
                x = int(q[1])
                while h and h[0] < x:
                    heapq.heappop(h)
                    out.append('removeMin')
            out.append(' '.join(q))
        print('\\n'.join(out))
        """,
        "O(n log n)",
    ),
    (
        "union_find_compressing_through_a_kept_parent_is_nearly_constant",
        """
        n, m = map(int, input().split())
        parent = list(range(n + 1))
        def find(x):
            r = x
            while parent[r] != r:
                r = parent[r]
            while parent[x] != r:
                nx = parent[x]
                parent[x] = r
                x = nx
            return r
        for _ in range(m):
            a, b = map(int, input().split())
            parent[find(a)] = find(b)
        print(sum(1 for v in range(1, n + 1) if find(v) == v))
        """,
        "O(n)",
    ),
    (
        "walk_to_a_start_marker_through_a_kept_next_is_a_cycle_walk",
        """
        n = int(input())
        nxt = [int(x) - 1 for x in input().split()]
        best = 0
        for s in range(n):
            x = nxt[s]
            steps = 1
            while nxt[x] != s:
                y = nxt[x]
                x = y
                steps += 1
            best = max(best, steps)
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "each_vertexs_children_sorted_in_a_loop_over_vertices_is_n_log_n",
        """
        n = int(input())
        par = [0, 0] + list(map(int, input().split()))
        children = [[] for _ in range(n + 1)]
        for v in range(2, n + 1):
            children[par[v]].append(v)
        sz = [1] * (n + 1)
        for v in range(n, 1, -1):
            sz[par[v]] += sz[v]
        res = 0
        for u in range(1, n + 1):
            ch = sorted(children[u], key=lambda c: -sz[c])
            for i, c in enumerate(ch):
                res += i * sz[c]
        print(res)
        """,
        "O(n log n)",
    ),
    (
        "codes_of_each_vertexs_children_sorted_into_a_key_is_n_log_n",
        """
        n = int(input())
        par = [0, 0] + list(map(int, input().split()))
        children = [[] for _ in range(n + 1)]
        for v in range(2, n + 1):
            children[par[v]].append(v)
        ids = {}
        code = [0] * (n + 1)
        for u in range(n, 0, -1):
            key = tuple(sorted(code[c] for c in children[u]))
            if key not in ids:
                ids[key] = len(ids)
            code[u] = ids[key]
        print(len(set(code[1:])))
        """,
        "O(n log n)",
    ),
    (
        "the_whole_array_sorted_in_a_loop_over_vertices_stays_a_sort_each",
        """
        n = int(input())
        a = list(map(int, input().split()))
        res = 0
        for u in range(n):
            b = sorted(a)
            res += b[u]
        print(res)
        """,
        "O(n^2)",
    ),
    (
        "index_counted_down_to_zero_walks_the_list",
        """
        n = int(input())
        a = input().split()
        seen = []
        out = []
        i = n - 1
        while i >= 0:
            if a[i] not in seen:
                seen.append(a[i])
                out.append(a[i])
            i -= 1
        print(*out)
        """,
        "O(n^2)",
    ),
    (
        "countdown_from_a_constant_indexing_a_short_table_is_bounded_per_item",
        """
        n = int(input())
        a = list(map(int, input().split()))
        p = [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024]
        c = 0
        for x in a:
            i = 10
            while i >= 0:
                if p[i] <= x:
                    c += p[i]
                    break
                i -= 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "records_split_and_summed_without_an_answer_each_are_one_problem",
        """
        n = int(input())
        sx = sy = sz = 0
        for i in range(n):
            v = input().split()
            sx += int(v[0])
            sy += int(v[1])
            sz += int(v[2])
        print("YES" if sx == sy == sz == 0 else "NO")
        """,
        "O(n)",
    ),
    (
        "records_folded_into_a_running_value_are_one_problem",
        """
        n = int(input())
        cur = best = 0
        for i in range(n):
            a, b = input().split()
            cur = cur - int(a) + int(b)
            if cur > best:
                best = cur
        print(best)
        """,
        "O(n)",
    ),
    (
        "test_cases_each_split_and_answered_stay_per_case",
        """
        t = int(input())
        for _ in range(t):
            v = input().split()
            s = int(v[0]) + int(v[1])
            print(s)
        """,
        "O(1)",
    ),
    (
        "best_of_a_dp_row_of_26_letters_is_constant",
        """
        s = input()
        n = len(s)
        dp = [[0] * 26 for _ in range(n + 1)]
        for i in range(n):
            c = ord(s[i]) - 97
            for k in range(26):
                dp[i + 1][k] = dp[i][k]
            dp[i + 1][c] = max(dp[i + 1][c], max(dp[i]) + 1)
        print(max(dp[n]))
        """,
        "O(n)",
    ),
    (
        "best_of_a_dp_row_as_wide_as_the_input_is_a_scan",
        """
        s = input()
        n = len(s)
        dp = [[0] * (n + 1) for _ in range(n + 1)]
        for i in range(n):
            dp[i + 1][i] = max(dp[i]) + 1
        print(max(dp[n]))
        """,
        "O(n^2)",
    ),
    (
        "each_word_of_a_split_line_reversed_is_one_pass_over_the_line",
        """
        s = input().strip()
        words = s.split('_')
        res = ' '.join(w[::-1] for w in words if w)
        print(res.upper())
        """,
        "O(n)",
    ),
    (
        "each_word_of_a_split_line_walked_letter_by_letter_is_one_pass",
        """
        n = int(input())
        best = 0
        for w in input().split():
            caps = 0
            for c in w:
                if c.isupper():
                    caps += 1
            best = max(best, caps)
        print(best)
        """,
        "O(n)",
    ),
    (
        "each_word_counted_among_all_the_words_is_quadratic",
        """
        n = int(input())
        words = input().split()
        best = 0
        for w in words:
            best = max(best, words.count(w))
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "memoised_tree_dp_nested_in_main_walks_mains_children_lists",
        """
        import sys
        from functools import lru_cache
        sys.setrecursionlimit(300000)
        def main():
            n = int(input())
            par = [0, 0] + list(map(int, input().split()))
            ch = [[] for _ in range(n + 1)]
            for v in range(2, n + 1):
                ch[par[v]].append(v)
            @lru_cache(None)
            def f(u, used):
                r = 1 if used else 0
                for c in ch[u]:
                    r += f(c, 0) if used else max(f(c, 0), f(c, 1))
                return r
            for u in range(n, 0, -1):
                f(u, 0)
                f(u, 1)
            print(max(f(1, 0), f(1, 1)))
        main()
        """,
        "O(n)",
    ),
    (
        "memoised_helper_nested_in_main_scanning_mains_whole_array_per_state",
        """
        from functools import lru_cache
        def main():
            n = int(input())
            a = list(map(int, input().split()))
            @lru_cache(None)
            def f(i):
                if i >= n:
                    return 0
                return max(f(i + 1), sum(a) - a[i])
            print(f(0))
        main()
        """,
        "O(n^2)",
    ),
    (
        "tree_dfs_filling_a_dp_array_without_reading_it_back_is_no_memo",
        """
        import sys
        def main():
            sys.setrecursionlimit(1 << 25)
            n = int(sys.stdin.readline())
            adj = [[] for _ in range(n + 1)]
            for _ in range(n - 1):
                u, v = map(int, sys.stdin.readline().split())
                adj[u].append(v)
                adj[v].append(u)
            dp = [0] * (n + 1)
            def dfs(u, p):
                for v in adj[u]:
                    if v != p:
                        dfs(v, u)
                        dp[u] = max(dp[u], dp[v] + 1)
            dfs(1, 0)
            print(dp[1])
        main()
        """,
        "O(n)",
    ),
    (
        "memo_table_named_dp_read_in_a_test_is_a_memo_over_two_indices",
        """
        import sys
        sys.setrecursionlimit(10000)
        n = int(input())
        a = list(map(int, input().split()))
        dp = [[-1] * n for _ in range(n)]
        def go(i, j):
            if i > j:
                return 0
            if dp[i][j] != -1:
                return dp[i][j]
            dp[i][j] = max(a[i] - go(i + 1, j), a[j] - go(i, j - 1))
            return dp[i][j]
        print(go(0, n - 1))
        """,
        "O(n^2)",
    ),
    (
        "bfs_over_a_graph_class_adjacency_attribute_is_linear",
        """
        from collections import deque
        class Graph:
            def __init__(self, n):
                self.n = n
                self.adj = [[] for _ in range(n)]
            def add(self, u, v):
                self.adj[u].append(v)
                self.adj[v].append(u)
            def bfs(self, s):
                dist = [-1] * self.n
                dist[s] = 0
                q = deque([s])
                while q:
                    u = q.popleft()
                    for v in self.adj[u]:
                        if dist[v] == -1:
                            dist[v] = dist[u] + 1
                            q.append(v)
                return dist
        n, m = map(int, input().split())
        g = Graph(n)
        for _ in range(m):
            u, v = map(int, input().split())
            g.add(u - 1, v - 1)
        print(*g.bfs(0))
        """,
        "O(n)",
    ),
    (
        "height_of_a_tree_of_node_objects_through_their_kids_is_linear",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        class TreeNode:
            def __init__(self, v):
                self.v = v
                self.kids = []
        n = int(input())
        nodes = [TreeNode(i) for i in range(n + 1)]
        for _ in range(n - 1):
            u, v = map(int, input().split())
            nodes[u].kids.append(nodes[v])
        def height(node):
            h = 0
            for k in node.kids:
                h = max(h, height(k) + 1)
            return h
        print(height(nodes[1]))
        """,
        "O(n)",
    ),
    (
        "each_word_stripped_and_capitalised_is_one_pass_over_the_line",
        """
        n = int(input())
        words = input().split()
        print(' '.join(w.strip().capitalize() for w in words))
        """,
        "O(n)",
    ),
    (
        "segment_tree_range_query_returning_on_disjoint_and_covered_nodes_is_logarithmic",
        """
        class SegTree:
            def __init__(self, n):
                self.n = n
                self.t = [0] * (4 * n)
            def update(self, v, l, r, pos, val):
                if l == r:
                    self.t[v] += val
                    return
                m = (l + r) // 2
                if pos <= m:
                    self.update(2 * v, l, m, pos, val)
                else:
                    self.update(2 * v + 1, m + 1, r, pos, val)
                self.t[v] = self.t[2 * v] + self.t[2 * v + 1]
            def query(self, v, l, r, ql, qr):
                if qr < l or r < ql:
                    return 0
                if ql <= l and r <= qr:
                    return self.t[v]
                m = (l + r) // 2
                return self.query(2 * v, l, m, ql, qr) + self.query(2 * v + 1, m + 1, r, ql, qr)
        n = int(input())
        p = list(map(int, input().split()))
        st = SegTree(n)
        ans = []
        for x in p:
            ans.append(st.query(1, 1, n, x + 1, n))
            st.update(1, 1, n, x, 1)
        print(*ans)
        """,
        "O(n log n)",
    ),
    (
        "recursive_sum_of_both_halves_without_pruning_visits_every_node",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def total(l, r):
            if l == r:
                return a[l]
            m = (l + r) // 2
            return total(l, m) + total(m + 1, r)
        out = []
        for i in range(n):
            out.append(total(0, i))
        print(*out)
        """,
        "O(n^2)",
    ),
    (
        "inner_range_up_to_a_min_of_the_index_plus_two_is_a_window",
        """
        n = int(input())
        a = sorted(map(int, input().split()))
        found = False
        for i in range(n - 2):
            for j in range(i + 1, min(i + 2, n - 1)):
                if a[i] + a[j] > a[j + 1]:
                    found = True
        print("YES" if found else "NO")
        """,
        "O(n log n)",
    ),
    (
        "inner_range_up_to_a_min_of_two_sizes_grows",
        """
        n, m = map(int, input().split())
        a = list(map(int, input().split()))
        c = 0
        for i in range(n):
            for j in range(i + 1, min(m, n)):
                c += a[i] < a[j]
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "while_over_multiples_of_the_outer_index_is_harmonic",
        """
        n = int(input())
        s = [0] + list(map(int, input().split()))
        dp = [1] * (n + 1)
        for i in range(1, n + 1):
            j = 2 * i
            while j <= n:
                if s[j] > s[i]:
                    dp[j] = max(dp[j], dp[i] + 1)
                j += i
        print(max(dp))
        """,
        "O(n log n)",
    ),
    (
        "while_stepping_by_a_read_stride_under_a_loop_over_n_stays_linear_each",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        best = 0
        for i in range(n):
            j = i
            s = 0
            while j < n:
                s += a[j]
                j += k
            best = max(best, s)
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "bisect_in_a_table_of_powers_the_source_fixes_is_constant",
        """
        from bisect import bisect_left
        pw = [1 << i for i in range(61)]
        for _ in range(int(input())):
            n = int(input())
            k = bisect_left(pw, n)
            print(pw[k] - n)
        """,
        "O(1)",
    ),
    (
        "bisect_in_prefix_sums_grown_from_the_input_is_logarithmic_per_query",
        """
        from bisect import bisect_left
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        p = [0]
        for x in a:
            p.append(p[-1] + x)
        for _ in range(q):
            k = int(input())
            print(bisect_left(p, k))
        """,
        "O(n log n)",
    ),
    (
        "digit_test_on_each_number_costs_its_digits",
        """
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for x in a:
            if '7' in str(x):
                c += 1
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "function_of_no_arguments_building_lucky_numbers_is_fixed_work",
        """
        import itertools
        def lucky():
            arr = []
            for digits in range(1, 4):
                arr += itertools.product("47", repeat=digits)
            for i in range(len(arr)):
                arr[i] = int("".join(list(arr[i])))
            return arr
        def main():
            good = lucky()
            num = int(input())
            for element in good:
                if num % element == 0:
                    print("YES")
                    return
            print("NO")
        main()
        """,
        "O(1)",
    ),
    (
        "function_of_no_arguments_that_reads_the_input_grows_with_it",
        """
        def solve():
            n = int(input())
            a = list(map(int, input().split()))
            best = 0
            for i in range(n):
                for j in range(i):
                    best = max(best, a[i] - a[j])
            return best
        print(solve())
        """,
        "O(n^2)",
    ),
    (
        "function_of_no_arguments_reading_globals_the_input_sets_grows_with_them",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def solve():
            best = 0
            for i in range(n):
                for j in range(i):
                    best = max(best, a[i] - a[j])
            return best
        print(solve())
        """,
        "O(n^2)",
    ),
    (
        "helper_called_only_with_a_written_number_does_fixed_work",
        """
        def sieve(n):
            is_p = [True] * (n + 1)
            is_p[0] = is_p[1] = False
            i = 2
            while i * i <= n:
                if is_p[i]:
                    for j in range(i * i, n + 1, i):
                        is_p[j] = False
                i += 1
            return [i for i in range(n + 1) if is_p[i]]
        PR = set(sieve(1000))
        for _ in range(int(input())):
            x = int(input())
            print("YES" if x in PR else "NO")
        """,
        "O(1)",
    ),
    (
        "helper_called_with_a_read_number_grows_with_it",
        """
        def sieve(n):
            is_p = [True] * (n + 1)
            is_p[0] = is_p[1] = False
            i = 2
            while i * i <= n:
                if is_p[i]:
                    for j in range(i * i, n + 1, i):
                        is_p[j] = False
                i += 1
            return [i for i in range(n + 1) if is_p[i]]
        n = int(input())
        PR = sieve(1000)
        more = sieve(n)
        print(len(PR) + len(more))
        """,
        "O(n log n)",
    ),
    (
        "records_whose_pass_builds_on_the_last_are_one_problem",
        """
        import sys
        n = int(sys.stdin.readline())
        dp = [0, 0, 0]
        for i in range(n):
            a = list(map(int, sys.stdin.readline().split()))
            nd = [0, 0, 0]
            for j in range(3):
                for k in range(3):
                    if j != k:
                        nd[j] = max(nd[j], dp[k] + a[j])
            dp = nd
        print(max(dp))
        """,
        "O(n)",
    ),
    (
        "test_cases_that_each_start_afresh_and_answer_stay_per_case",
        """
        import sys
        t = int(sys.stdin.readline())
        for _ in range(t):
            a = list(map(int, sys.stdin.readline().split()))
            best = 0
            for j in range(3):
                best = max(best, a[j])
            print(best)
        """,
        "O(1)",
    ),
    (
        "four_cells_of_a_grid_sorted_per_position_are_constant_each",
        """
        t = int(input())
        for _ in range(t):
            n, m = map(int, input().split())
            g = [input().strip() for _ in range(n)]
            cnt = 0
            for i in range(n - 1):
                for j in range(m - 1):
                    s = g[i][j] + g[i][j + 1] + g[i + 1][j] + g[i + 1][j + 1]
                    if sorted(s) == ['a', 'c', 'e', 'f']:
                        cnt += 1
            print(cnt)
        """,
        "O(n^2)",
    ),
    (
        "grid_bfs_with_a_set_of_visited_cells_visits_every_cell",
        """
        import sys
        from collections import deque
        n, m = map(int, sys.stdin.readline().split())
        g = [sys.stdin.readline().strip() for _ in range(n)]
        seen = {(0, 0)}
        q = deque([(0, 0, 0)])
        ans = -1
        while q:
            x, y, d = q.popleft()
            if x == n - 1 and y == m - 1:
                ans = d
            for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if 0 <= nx < n and 0 <= ny < m and g[nx][ny] == '.' and (nx, ny) not in seen:
                    seen.add((nx, ny))
                    q.append((nx, ny, d + 1))
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "k_way_merge_pushing_each_lists_next_item_is_n_log_n",
        """
        import sys
        import heapq
        data = sys.stdin.read().split()
        k = int(data[0])
        ptr = 1
        lists = []
        for _ in range(k):
            m = int(data[ptr])
            ptr += 1
            lists.append([int(x) for x in data[ptr:ptr + m]])
            ptr += m
        h = [(lst[0], i, 0) for i, lst in enumerate(lists) if lst]
        heapq.heapify(h)
        res = []
        while h:
            v, i, j = heapq.heappop(h)
            res.append(v)
            if j + 1 < len(lists[i]):
                heapq.heappush(h, (lists[i][j + 1], i, j + 1))
        print(' '.join(map(str, res)))
        """,
        "O(n log n)",
    ),
    (
        "recursive_flood_fill_entering_only_unfilled_cells_visits_each_once",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        g = [list(input()) for _ in range(n)]
        def dfs(x, y):
            g[x][y] = '.'
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < n and 0 <= ny < m and g[nx][ny] == '#':
                    dfs(nx, ny)
        c = 0
        for i in range(n):
            for j in range(m):
                if g[i][j] == '#':
                    c += 1
                    dfs(i, j)
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "recursive_path_search_that_restores_each_cell_backtracks",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        g = [list(input()) for _ in range(n)]
        best = 0
        def dfs(x, y, d):
            global best
            best = max(best, d)
            g[x][y] = '.'
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < n and 0 <= ny < m and g[nx][ny] == '#':
                    dfs(nx, ny, d + 1)
            g[x][y] = '#'
        dfs(0, 0, 0)
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "flood_fill_from_every_cell_skipping_visited_ones_is_amortised",
        """
        n, m = map(int, input().split())
        g = [input() for _ in range(n)]
        vis = set()
        cnt = 0
        for i in range(n):
            for j in range(m):
                if g[i][j] == '*' or (i, j) in vis:
                    continue
                cnt += 1
                stack = [(i, j)]
                vis.add((i, j))
                while stack:
                    a, b = stack.pop()
                    for c, d in ((a + 1, b), (a - 1, b), (a, b + 1), (a, b - 1)):
                        if 0 <= c < n and 0 <= d < m and g[c][d] != '*' and (c, d) not in vis:
                            vis.add((c, d))
                            stack.append((c, d))
        print(cnt)
        """,
        "O(n^2)",
    ),
    (
        "pairs_summed_into_a_new_list_each_round_halve_it",
        """
        n = int(input())
        a = list(map(int, input().split()))
        while len(a) > 1:
            nxt = [a[i] + a[i + 1] for i in range(0, len(a) - 1, 2)]
            if len(a) % 2:
                nxt.append(a[-1])
            a = nxt
        print(a[0])
        """,
        "O(n)",
    ),
    (
        "neighbours_summed_into_a_new_list_each_round_shrink_by_one",
        """
        n = int(input())
        a = list(map(int, input().split()))
        while len(a) > 1:
            nxt = [a[i] + a[i + 1] for i in range(len(a) - 1)]
            a = nxt
        print(a[0])
        """,
        "O(n^2)",
    ),
    (
        "inner_walk_capped_by_a_step_count_below_a_constant_is_bounded",
        """
        n = int(input())
        a = list(map(int, input().split()))
        res = 0
        for i in range(n):
            j = i
            steps = 0
            while j < n and steps < 3:
                res += a[j]
                j += 1
                steps += 1
        print(res)
        """,
        "O(n)",
    ),
    (
        "inner_walk_capped_by_a_step_count_below_a_read_number_grows",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        res = 0
        for i in range(n):
            j = i
            steps = 0
            while j < n and steps < k:
                res += a[j]
                j += 1
                steps += 1
        print(res)
        """,
        "O(n^2)",
    ),
    (
        "three_colour_dfs_finishing_each_vertex_is_linear",
        """
        import sys
        sys.setrecursionlimit(200000)
        n, m = map(int, sys.stdin.readline().split())
        g = [[] for _ in range(n + 1)]
        for _ in range(m):
            a, b = map(int, sys.stdin.readline().split())
            g[a].append(b)
        color = [0] * (n + 1)
        order = []
        def dfs(u):
            color[u] = 1
            for v in g[u]:
                if color[v] == 0:
                    dfs(v)
            color[u] = 2
            order.append(u)
        for i in range(1, n + 1):
            if color[i] == 0:
                dfs(i)
        print(*order[::-1])
        """,
        "O(n)",
    ),
    (
        "test_cases_read_through_a_local_alias_of_readline_are_per_case",
        """
        import sys
        def main():
            inp = sys.stdin.readline
            t = int(inp())
            for _ in range(t):
                n = int(inp())
                a = list(map(int, inp().split()))
                ok = True
                s = 0
                for i in range(n - 1):
                    s += a[i]
                    if s <= 0:
                        ok = False
                print("YES" if ok else "NO")
        main()
        """,
        "O(n)",
    ),
    (
        "an_alias_of_readline_bounding_a_loop_over_pairs_is_still_the_size",
        """
        import sys
        rd = sys.stdin.buffer.readline
        n = int(rd())
        a = list(map(int, rd().split()))
        c = 0
        for i in range(n):
            for j in range(i):
                c += a[i] > a[j]
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "each_value_repeated_by_its_count_writes_n_items_in_all",
        """
        from collections import Counter
        n = int(input())
        a = list(map(int, input().split()))
        c = Counter(a)
        items = sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
        out = []
        for v, f in items:
            out.extend([v] * f)
        print(*out)
        """,
        "O(n log n)",
    ),
    (
        "each_distinct_value_repeated_n_times_writes_a_square",
        """
        from collections import Counter
        n = int(input())
        a = list(map(int, input().split()))
        c = Counter(a)
        out = []
        for v, f in c.items():
            out.extend([v] * n)
        print(*out)
        """,
        "O(n^2)",
    ),
    (
        "test_cases_numbered_from_one_are_not_the_input_size",
        """
        t = int(input())
        for i in range(1, t + 1):
            n = int(input())
            c = 0
            while n > 1:
                n //= 2
                c += 1
            print(c)
        """,
        "O(log n)",
    ),
    (
        "records_numbered_from_one_folded_into_a_total_stay_linear",
        """
        n = int(input())
        s = 0
        for i in range(1, n + 1):
            x = int(input())
            s += x * i
        print(s)
        """,
        "O(n)",
    ),
    (
        "an_exponent_stepped_until_two_to_it_passes_n_is_logarithmic",
        """
        n = int(input())
        k = 0
        while 2 ** (k + 1) - 1 <= n:
            k += 1
        print(k)
        """,
        "O(log n)",
    ),
    (
        "a_block_that_grows_tenfold_each_pass_is_logarithmic",
        """
        k = int(input())
        d, cnt, start = 1, 9, 1
        while k > d * cnt:
            k -= d * cnt
            d += 1
            cnt *= 10
            start *= 10
        num = start + (k - 1) // d
        print(str(num)[(k - 1) % d])
        """,
        "O(log n)",
    ),
    (
        "a_divisor_stepped_up_to_the_root_stays_a_root",
        """
        x = int(input())
        d = 2
        c = 0
        while d * d <= x:
            if x % d == 0:
                c += 1
            d += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "euclid_tested_on_the_name_that_takes_the_old_divisor_is_logarithmic",
        """
        def inv(a, m):
            m0, x0, x1 = m, 0, 1
            while a > 1:
                q = a // m
                a, m = m, a % m
                x0, x1 = x1 - q * x0, x0
            return x1 % m0
        a, m = map(int, input().split())
        print(inv(a, m))
        """,
        "O(log n)",
    ),
    (
        "two_names_handing_a_value_down_by_one_stay_linear",
        """
        a, m = map(int, input().split())
        c = 0
        while a > 1:
            a, m = m, a - 1
            c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_quotient_kept_in_a_second_name_and_handed_back_is_logarithmic",
        """
        n = int(input())
        res, cur = 1, n
        while True:
            nxt = cur // 3
            if nxt == 0:
                break
            res += 1
            cur = nxt
        print(res)
        """,
        "O(log n)",
    ),
    (
        "fibonacci_numbers_listed_up_to_n_are_logarithmically_many",
        """
        n = int(input())
        f = [1, 2]
        while f[-1] <= n:
            f.append(f[-1] + f[-2])
        res = []
        for x in reversed(f):
            if x <= n:
                res.append(x)
                n -= x
        print(*res)
        """,
        "O(log n)",
    ),
    (
        "the_next_fibonacci_number_tested_before_it_is_appended_is_logarithmic",
        """
        n = int(input())
        fibs = [0, 1]
        while True:
            nxt = fibs[-1] + fibs[-2]
            if nxt > n:
                break
            fibs.append(nxt)
        print(fibs[-1])
        """,
        "O(log n)",
    ),
    (
        "a_list_of_numbers_one_apart_up_to_n_is_linear",
        """
        n = int(input())
        f = [1]
        while f[-1] <= n:
            f.append(f[-1] + 1)
        print(len(f))
        """,
        "O(n)",
    ),
    (
        "a_number_replaced_by_a_helpers_digit_sum_is_left_small_at_once",
        """
        def digsum(x):
            s = 0
            while x:
                s += x % 10
                x //= 10
            return s

        n = int(input())
        steps = 0
        while n >= 10:
            n = digsum(n)
            steps += 1
        print(steps)
        """,
        "O(log n)",
    ),
    (
        "a_number_replaced_by_a_helper_that_takes_one_off_is_linear",
        """
        def dec(x):
            return x - 1

        n = int(input())
        steps = 0
        while n >= 10:
            n = dec(n)
            steps += 1
        print(steps)
        """,
        "O(n)",
    ),
    (
        "gray_code_copies_the_codes_below_twice_once_reversed",
        """
        def gray(n):
            if n == 0:
                return ['']
            prev = gray(n - 1)
            return ['0' + x for x in prev] + ['1' + x for x in prev[::-1]]
        n = int(input())
        for c in gray(n):
            print(c)
        """,
        "O(2^n)",
    ),
    (
        "a_generator_yielding_two_tuples_per_tuple_below_makes_all_of_them",
        """
        def gen(n):
            if n == 0:
                yield ()
                return
            for rest in gen(n - 1):
                yield rest + (0,)
                yield rest + (1,)
        n = int(input())
        print(sum(1 for b in gen(n) if sum(b) % 3 == 0))
        """,
        "O(2^n)",
    ),
    (
        "a_generator_yielding_one_value_per_value_below_makes_one",
        """
        def gen(n):
            if n == 0:
                yield 0
                return
            for rest in gen(n - 1):
                yield rest + n
        n = int(input())
        print(sum(b % 7 for b in gen(n)))
        """,
        "O(n)",
    ),
    (
        "a_list_joined_to_itself_each_pass_doubles",
        """
        n, k = map(int, input().split())
        s = [1]
        for i in range(2, n + 1):
            s = s + [i] + s
        print(s[k - 1])
        """,
        "O(2^n)",
    ),
    (
        "a_number_added_to_itself_each_pass_is_still_one_step_a_pass",
        """
        n = int(input())
        x = 1
        for i in range(n):
            x = x + x
        print(x % 1000000007)
        """,
        "O(n)",
    ),
    (
        "candidates_doubled_at_each_question_mark_in_an_if",
        """
        s = input()
        res = ['']
        for ch in s:
            if ch == '?':
                res = [x + 'a' for x in res] + [x + 'b' for x in res]
            else:
                res = [x + ch for x in res]
        print(len(res))
        """,
        "O(2^n)",
    ),
    (
        "combinations_of_every_size_chained_are_every_subset",
        """
        from itertools import chain, combinations
        n = int(input())
        a = list(map(int, input().split()))
        subs = chain.from_iterable(combinations(a, r) for r in range(n + 1))
        print(sum(1 for sub in subs if sum(sub) == 0))
        """,
        "O(2^n)",
    ),
    (
        "pairs_bound_to_a_name_are_a_square",
        """
        from itertools import combinations
        n = int(input())
        a = list(map(int, input().split()))
        pairs = combinations(a, 2)
        print(sum(1 for x, y in pairs if x + y == 0))
        """,
        "O(n^2)",
    ),
    (
        "a_bfs_whose_distances_are_a_table_of_every_mask_visits_every_mask",
        """
        from collections import deque
        n = int(input())
        start = int(input(), 2)
        ops = [int(input(), 2) for _ in range(n)]
        dist = [-1] * (1 << n)
        dist[start] = 0
        q = deque([start])
        while q:
            v = q.popleft()
            for op in ops:
                u = v ^ op
                if dist[u] == -1:
                    dist[u] = dist[v] + 1
                    q.append(u)
        print(dist[0])
        """,
        "O(2^n)",
    ),
    (
        "a_bfs_whose_distances_are_a_table_of_every_vertex_stays_linear",
        """
        from collections import deque
        n = int(input())
        g = [[] for _ in range(n)]
        for _ in range(n - 1):
            u, v = map(int, input().split())
            g[u - 1].append(v - 1)
            g[v - 1].append(u - 1)
        dist = [-1] * n
        dist[0] = 0
        q = deque([0])
        while q:
            v = q.popleft()
            for u in g[v]:
                if dist[u] == -1:
                    dist[u] = dist[v] + 1
                    q.append(u)
        print(max(dist))
        """,
        "O(n)",
    ),
    (
        "a_helpers_list_of_the_digits_of_a_number_holds_log_n_items",
        """
        def digits(v):
            out = []
            while v:
                out.append(v % 10)
                v //= 10
            return out[::-1]
        n = int(input())
        d = digits(n)
        print(max(d), sorted(d))
        """,
        "O(log n)",
    ),
    (
        "a_helpers_list_of_every_number_up_to_n_holds_n_items",
        """
        def upto(v):
            out = []
            while v:
                out.append(v)
                v -= 1
            return out
        n = int(input())
        d = upto(n)
        print(max(d), sum(d))
        """,
        "O(n)",
    ),
    (
        "the_first_few_items_sorted_are_a_fixed_number",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = sorted(a[:5])
        print(b[0] + sum(b[:3]) + sum(a))
        """,
        "O(n)",
    ),
    (
        "all_but_the_first_item_sorted_are_n_log_n",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = sorted(a[1:])
        print(b[0] + n)
        """,
        "O(n log n)",
    ),
    (
        "sparse_table_levels_counted_by_doubling_are_logarithmically_many",
        """
        n = int(input())
        a = list(map(int, input().split()))
        LOG = 1
        while (1 << LOG) <= n:
            LOG += 1
        sp = [a[:]]
        for k in range(1, LOG):
            prev = sp[-1]
            cur = []
            for i in range(n - (1 << k) + 1):
                cur.append(min(prev[i], prev[i + (1 << (k - 1))]))
            sp.append(cur)
        print(sp[-1][0])
        """,
        "O(n log n)",
    ),
    (
        "levels_up_to_n_each_a_pass_over_the_array_are_a_square",
        """
        n = int(input())
        a = list(map(int, input().split()))
        sp = [a[:]]
        for k in range(1, n):
            prev = sp[-1]
            sp.append([min(prev[i], prev[i + 1]) for i in range(len(prev) - 1)])
        print(sp[-1][0])
        """,
        "O(n^2)",
    ),
    (
        "the_binary_digits_of_a_read_number_counted_by_their_length_are_logarithmic",
        """
        n = int(input())
        s = bin(n)[2:]
        k = len(s)
        ans = 0
        for i in range(k):
            if s[i] == '1':
                ans += 2 ** (k - 1 - i) * (i + 1)
        print(ans, sum(1 for i in range(len(bin(n)[2:])) if (n >> i) & 1))
        """,
        "O(log n)",
    ),
    (
        "the_length_of_a_read_line_counts_its_characters",
        """
        s = input()
        k = len(s)
        ans = 0
        for i in range(k):
            if s[i] == '1':
                ans += i
        print(ans)
        """,
        "O(n)",
    ),
    (
        "a_loop_over_the_decimal_digits_of_a_read_number_is_logarithmic",
        """
        n = int(input())
        best = 0
        for c in str(n):
            best = max(best, int(c))
        print(best)
        """,
        "O(log n)",
    ),
    (
        "a_pair_removed_until_none_is_found_searches_and_copies_each_pass",
        """
        s = input()
        while True:
            k = s.find('ab')
            if k == -1:
                break
            s = s[:k] + s[k + 2:]
        print(len(s))
        """,
        "O(n^2)",
    ),
    (
        "a_scan_that_stops_at_the_first_find_still_searches_once",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            if a[i] > min(a):
                print(i)
                break
        """,
        "O(n)",
    ),
    (
        "a_pattern_searched_for_in_the_test_is_no_bound_on_the_loop",
        """
        s = input()
        ans = 0
        while 'xxx' in s:
            i = s.find('xxx')
            s = s[:i] + s[i + 1:]
            ans += 1
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "a_pattern_removed_at_most_five_times_is_five_passes",
        """
        s = input()
        k = 0
        while k < 5 and 'x' in s:
            s = s.replace('x', '', 1)
            k += 1
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_lambda_that_calls_itself_twice_is_a_branching_recursion",
        """
        n = int(input())
        a = list(map(int, input().split()))
        f = lambda i, s: (s == 0) if i == n else f(i + 1, s) + f(i + 1, s + a[i])
        print(f(0, 0))
        """,
        "O(2^n)",
    ),
    (
        "a_lambda_that_calls_no_one_is_one_step",
        """
        n = int(input())
        a = list(map(int, input().split()))
        f = lambda x: x * 2 + 1
        print(sum(f(x) for x in a))
        """,
        "O(n)",
    ),
    (
        "a_line_spread_over_a_functions_parameters_is_a_fixed_record",
        """
        def solve(a, b):
            if a == 0 or b == 0:
                return 0
            if a < b:
                a, b = b, a
            return a // b + solve(a % b, b)
        print(solve(*map(int, input().split())))
        """,
        "O(log n)",
    ),
    (
        "a_line_spread_over_any_number_of_arguments_is_the_whole_line",
        """
        def total(*xs):
            return sum(xs)
        print(total(*map(int, input().split())))
        """,
        "O(n)",
    ),
    (
        "base_three_digits_with_one_carry_appended_are_still_log_n",
        """
        n = int(input())
        a = []
        while n:
            a.append(n % 3)
            n //= 3
        carry = 0
        for i in range(len(a)):
            a[i] += carry
            carry = 0
            if a[i] >= 2:
                a[i] -= 3
                carry = 1
        if carry:
            a.append(1)
        print(sum(a))
        """,
        "O(log n)",
    ),
    (
        "base_three_digits_padded_in_a_loop_over_n_are_n",
        """
        n = int(input())
        m = n
        a = []
        while n:
            a.append(n % 3)
            n //= 3
        for i in range(m):
            a.append(0)
        print(sum(a))
        """,
        "O(n)",
    ),
    (
        "the_digits_of_a_read_number_as_a_reversed_list_of_ints_are_log_n",
        """
        n = int(input())
        ds = [int(c) for c in str(n)][::-1]
        digits = list(map(int, str(n)))
        best = 0
        for i in range(len(ds) - 1):
            best = max(best, ds[i] + digits[i])
        print(best)
        """,
        "O(log n)",
    ),
    (
        "the_characters_of_a_read_line_as_a_reversed_list_of_ints_are_n",
        """
        s = input()
        ds = [int(c) for c in s][::-1]
        best = 0
        for i in range(len(ds) - 1):
            best = max(best, ds[i])
        print(best)
        """,
        "O(n)",
    ),
    (
        "test_cases_counted_by_a_list_of_zeros_are_not_the_input_size",
        """
        for _ in [0] * int(input()):
            x, y, n = map(int, input().split())
            print(n - (n - y) % x)
        """,
        "O(1)",
    ),
    (
        "numbers_summed_over_a_list_of_zeros_are_the_input",
        """
        n = int(input())
        s = 0
        for _ in [0] * n:
            s += int(input())
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_line_only_cut_into_numbers_is_a_fixed_format",
        """
        s = input()
        h = int(s[:2])
        m = int(s[3:])
        rest = 24 * 60 - h * 60 - m
        print(rest // 60, rest % 60)
        """,
        "O(1)",
    ),
    (
        "a_line_cut_and_searched_is_a_text",
        """
        s = input()
        h = int(s[:2])
        print(h, s[3:].count('a'))
        """,
        "O(n)",
    ),
    (
        "a_letter_searched_for_in_the_first_character_is_one_step",
        """
        s = input()
        for v in 'aeiou':
            if v in s[:1]:
                print('vowel')
                break
        """,
        "O(1)",
    ),
    (
        "a_letter_searched_for_in_all_but_the_first_character_is_a_scan",
        """
        s = input()
        for v in 'aeiou':
            if v in s[1:]:
                print(v)
        """,
        "O(n)",
    ),
    (
        "the_cycles_of_a_permutation_listed_as_they_are_marked_are_walked_once",
        """
        n = int(input())
        p = list(map(int, input().split()))
        seen = [False] * (n + 1)
        res = [0] * (n + 1)
        for i in range(1, n + 1):
            if seen[i]:
                continue
            cyc = []
            j = i
            while not seen[j]:
                seen[j] = True
                cyc.append(j)
                j = p[j - 1]
            for v in cyc:
                res[v] = len(cyc)
        print(*res[1:])
        """,
        "O(n)",
    ),
    (
        "the_cycle_of_every_element_walked_again_from_each_start_is_a_square",
        """
        n = int(input())
        p = list(map(int, input().split()))
        res = [0] * (n + 1)
        for i in range(1, n + 1):
            cyc = [i]
            j = p[i - 1]
            while j != i:
                cyc.append(j)
                j = p[j - 1]
            for v in cyc:
                res[i] += v
        print(*res[1:])
        """,
        "O(n^2)",
    ),
    (
        "test_cases_answered_in_a_generator_expression_are_per_case",
        """
        import sys
        input = sys.stdin.readline
        I = lambda: int(input())

        def solve():
            n = I()
            a = list(map(int, input().split()))
            return max(a) - min(a) + n

        print('\\n'.join(str(solve()) for _ in range(I())))
        """,
        "O(n)",
    ),
    (
        "a_function_of_the_index_summed_over_n_indices_is_n_times_its_cost",
        """
        n = int(input())

        def f(i):
            return sum(j * i for j in range(n))

        print(sum(f(i) for i in range(n)))
        """,
        "O(n^2)",
    ),
    (
        "a_tree_dp_that_adds_a_childs_positive_entry_is_no_memo",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        a = [0] + list(map(int, input().split()))
        g = [[] for _ in range(n + 1)]
        for _ in range(n - 1):
            u, v = map(int, input().split())
            g[u].append(v)
            g[v].append(u)
        dp = [0] * (n + 1)

        def dfs(v, p):
            dp[v] = a[v]
            for u in g[v]:
                if u != p:
                    dfs(u, v)
                    if dp[u] > 0:
                        dp[v] += dp[u]

        dfs(1, 0)
        print(max(dp))
        """,
        "O(n)",
    ),
    (
        "a_dp_table_that_answers_when_filled_is_a_memo_over_two_indices",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        s = input()
        t = input()
        dp = [[-1] * (len(t) + 1) for _ in range(len(s) + 1)]

        def go(i, j):
            if i == len(s) or j == len(t):
                return 0
            if dp[i][j] != -1:
                return dp[i][j]
            r = go(i + 1, j + 1) + 1 if s[i] == t[j] else max(go(i + 1, j), go(i, j + 1))
            dp[i][j] = r
            return r

        print(go(0, 0))
        """,
        "O(n^2)",
    ),
    (
        "a_rolling_row_filled_from_its_own_cells_row_after_row_is_the_grid",
        """
        n, m = map(int, input().split())
        dp = [0] * m
        for i in range(n):
            row = list(map(int, input().split()))
            for j in range(m):
                if j == 0:
                    dp[j] = dp[j] + row[j]
                else:
                    dp[j] = min(dp[j], dp[j - 1]) + row[j]
        print(dp[m - 1])
        """,
        "O(n^2)",
    ),
    (
        "test_cases_each_filling_a_fresh_row_are_per_case",
        """
        t = int(input())
        for _ in range(t):
            row = list(map(int, input().split()))
            dp = [0] * len(row)
            for j in range(len(row)):
                dp[j] = max(dp[j - 1], 0) + row[j]
            print(max(dp))
        """,
        "O(n)",
    ),
    (
        "a_set_filled_only_at_the_leaves_does_not_stop_a_branching_recursion",
        """
        n = int(input())
        s = input().strip()
        seen = set()

        def gen(i, cur):
            if i == n:
                seen.add(cur)
                return
            gen(i + 1, cur)
            gen(i + 1, cur + s[i])

        gen(0, '')
        print(len(seen))
        """,
        "O(2^n)",
    ),
    (
        "a_set_read_before_recursing_marks_each_state_once",
        """
        n = int(input())
        g = [[] for _ in range(n)]
        for _ in range(n - 1):
            u, v = map(int, input().split())
            g[u - 1].append(v - 1)
            g[v - 1].append(u - 1)
        seen = set()

        def go(v):
            if v in seen:
                return
            seen.add(v)
            for u in g[v]:
                go(u)

        go(0)
        print(len(seen))
        """,
        "O(n)",
    ),
    (
        "a_colour_set_back_to_minus_one_after_the_call_backtracks",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u - 1].append(v - 1)
            adj[v - 1].append(u - 1)
        color = [-1] * n
        ways = 0

        def paint(v):
            global ways
            if v == n:
                ways += 1
                return
            for c in range(3):
                if all(color[u] != c for u in adj[v]):
                    color[v] = c
                    paint(v + 1)
                    color[v] = -1

        paint(0)
        print(ways)
        """,
        "O(2^n)",
    ),
    (
        "a_vertex_finished_with_state_two_is_visited_once",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        adj = [[] for _ in range(n)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u - 1].append(v - 1)
        state = [0] * n
        cyc = False

        def dfs(v):
            global cyc
            state[v] = 1
            for u in adj[v]:
                if state[u] == 1:
                    cyc = True
                elif state[u] == 0:
                    dfs(u)
            state[v] = 2

        for v in range(n):
            if state[v] == 0:
                dfs(v)
        print(cyc)
        """,
        "O(n)",
    ),
    (
        "the_binary_digits_written_by_format_are_log_n",
        """
        n = int(input())
        s = format(n, 'b')
        best = 0
        for i, ch in enumerate(reversed(s)):
            if ch == '1':
                best = i
        print(best, format(n + 1, 'b')[1:].replace('0', '4'))
        """,
        "O(log n)",
    ),
    (
        "a_mask_written_by_format_and_padded_to_n_is_n_long",
        """
        n = int(input())
        a = list(map(int, input().split()))
        s = format(a[0], 'b')
        print(len(s) + sum(a))
        """,
        "O(n)",
    ),
    (
        "a_table_copied_and_swapped_back_each_pass_is_costed_not_lost",
        """
        n, B = map(int, input().split())
        par = [0] + [int(x) - 1 for x in input().split()]
        cost = list(map(int, input().split()))
        ch = [[] for _ in range(n)]
        for v in range(1, n):
            ch[par[v]].append(v)
        dp = [None] * n
        for v in range(n - 1, -1, -1):
            cur = [-1] * (B + 1)
            cur[0] = 0
            for c in ch[v]:
                sub = dp[c]
                nc = cur[:]
                for x in range(B + 1):
                    for y in range(B + 1 - x):
                        if sub[y] >= 0 and cur[x] + sub[y] > nc[x + y]:
                            nc[x + y] = cur[x] + sub[y]
                cur = nc
            dp[v] = cur
        print(max(dp[0]))
        """,
        "O(n^3)",
    ),
    (
        "values_written_out_as_often_as_they_were_counted_are_the_items",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cnt = [0] * (n + 1)
        for x in a:
            cnt[x] += 1
        out = []
        for v in range(n, 0, -1):
            for _ in range(cnt[v]):
                out.append(v)
        print(*out)
        """,
        "O(n)",
    ),
    (
        "values_written_out_as_often_as_a_sum_of_them_is_not_a_tally",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cnt = [0] * (n + 1)
        for x in a:
            cnt[x] += x
        out = []
        for v in range(n, 0, -1):
            for _ in range(cnt[v]):
                out.append(v)
        print(len(out))
        """,
        "O(n^2)",
    ),
    (
        "multiples_of_a_hand_counted_outer_index_are_a_harmonic_series",
        """
        n = int(input())
        d = [0] * (n + 1)
        i = 1
        while i <= n:
            j = i
            while j <= n:
                d[j] += 1
                j += i
            i += 1
        print(d.index(max(d)))
        """,
        "O(n log n)",
    ),
    (
        "steps_of_one_under_a_hand_counted_outer_index_are_a_square",
        """
        n = int(input())
        d = [0] * (n + 1)
        i = 1
        while i <= n:
            j = i
            while j <= n:
                d[j] += 1
                j += 1
            i += 1
        print(max(d))
        """,
        "O(n^2)",
    ),
    (
        "a_heap_sift_moves_to_a_child_each_pass",
        """
        def heap_sort(a):
            n = len(a)

            def sift(i, size):
                while True:
                    l = 2 * i + 1
                    r = l + 1
                    big = i
                    if l < size and a[l] > a[big]:
                        big = l
                    if r < size and a[r] > a[big]:
                        big = r
                    if big == i:
                        return
                    a[i], a[big] = a[big], a[i]
                    i = big

            for i in range(n // 2 - 1, -1, -1):
                sift(i, n)
            for end in range(n - 1, 0, -1):
                a[0], a[end] = a[end], a[0]
                sift(0, end)
            return a

        n = int(input())
        print(*heap_sort(list(map(int, input().split()))))
        """,
        "O(n log n)",
    ),
    (
        "a_walk_that_moves_to_the_next_index_each_pass_is_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = 0
        while True:
            nxt = i + 1
            if nxt >= n or a[nxt] < a[i]:
                break
            i = nxt
        print(i)
        """,
        "O(n)",
    ),
    (
        "a_bfs_over_a_vertex_and_a_parity_has_two_states_per_vertex",
        """
        from collections import deque
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
            g[b - 1].append(a - 1)
        d = [[-1, -1] for _ in range(n)]
        d[0][0] = 0
        q = deque([(0, 0)])
        while q:
            v, p = q.popleft()
            for u in g[v]:
                if d[u][p ^ 1] == -1:
                    d[u][p ^ 1] = d[v][p] + 1
                    q.append((u, p ^ 1))
        print(*[d[i][1] for i in range(n)])
        """,
        "O(n)",
    ),
    (
        "a_bfs_over_the_cells_of_a_grid_visits_n_times_m_cells",
        """
        from collections import deque
        n, m = map(int, input().split())
        g = [input() for _ in range(n)]
        d = [[-1] * m for _ in range(n)]
        d[0][0] = 0
        q = deque([(0, 0)])
        while q:
            x, y = q.popleft()
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < n and 0 <= ny < m and g[nx][ny] == '.' and d[nx][ny] == -1:
                    d[nx][ny] = d[x][y] + 1
                    q.append((nx, ny))
        print(d[n - 1][m - 1])
        """,
        "O(n^2)",
    ),
    (
        "edges_filed_two_per_pass_from_a_spelled_out_pair_are_walked_once",
        """
        from collections import deque
        n = int(input())
        a = list(map(int, input().split()))
        rev = [[] for _ in range(n)]
        for i in range(n):
            for j in (i - a[i], i + a[i]):
                if 0 <= j < n:
                    rev[j].append(i)
        ans = [-1] * n
        q = deque([0])
        ans[0] = 0
        while q:
            v = q.popleft()
            for u in rev[v]:
                if ans[u] == -1:
                    ans[u] = ans[v] + 1
                    q.append(u)
        print(*ans)
        """,
        "O(n)",
    ),
    (
        "lists_filed_once_per_pair_of_indices_hold_a_square",
        """
        n = int(input())
        a = list(map(int, input().split()))
        rev = [[] for _ in range(n)]
        for i in range(n):
            for j in range(n):
                if a[i] < a[j]:
                    rev[j].append(i)
        print(sum(len(rev[v]) for v in range(n)))
        """,
        "O(n^2)",
    ),
    (
        "rows_of_a_matrix_as_wide_as_their_count_are_a_square",
        """
        n = int(input())
        for i in range(n):
            row = input().split()
            nb = [str(j + 1) for j in range(n) if row[j] == '1']
            print(len(nb), ' '.join(nb))
        """,
        "O(n^2)",
    ),
    (
        "test_cases_each_with_its_own_size_stay_per_case",
        """
        q = int(input())
        for _ in range(q):
            n = int(input())
            row = input().split()
            nb = [j for j in range(n) if row[j] == '1']
            print(len(nb))
        """,
        "O(n)",
    ),
    (
        "a_union_find_whose_roots_hold_minus_their_size_finds_in_near_constant_time",
        """
        class DSU:
            def __init__(self, n):
                self.p = [-1] * n

            def find(self, x):
                r = x
                while self.p[r] >= 0:
                    r = self.p[r]
                while x != r:
                    nx = self.p[x]
                    self.p[x] = r
                    x = nx
                return r

            def unite(self, a, b):
                a, b = self.find(a), self.find(b)
                if a == b:
                    return False
                if self.p[a] > self.p[b]:
                    a, b = b, a
                self.p[a] += self.p[b]
                self.p[b] = a
                return True

        n, m = map(int, input().split())
        d = DSU(n)
        c = 0
        for _ in range(m):
            u, v = map(int, input().split())
            c += d.unite(u - 1, v - 1)
        print(n - c)
        """,
        "O(n)",
    ),
    (
        "a_walk_until_two_names_meet_that_only_steps_one_is_linear",
        """
        n = int(input())
        nxt = list(map(int, input().split()))
        x, r = 0, n - 1
        steps = 0
        while x != r:
            y = nxt[x]
            x = y
            steps += 1
        print(steps)
        """,
        "O(n)",
    ),
    (
        "a_marked_path_walked_back_in_reverse_is_walked_once_overall",
        """
        n = int(input())
        f = [int(x) - 1 for x in input().split()]
        state = [0] * n
        ans = [0] * n
        for i in range(n):
            if state[i]:
                continue
            path = []
            v = i
            while state[v] == 0:
                state[v] = 1
                path.append(v)
                v = f[v]
            for u in reversed(path):
                ans[u] = ans[f[u]] + 1
            for u in path:
                state[u] = 2
        print(*ans)
        """,
        "O(n)",
    ),
    (
        "a_path_walked_from_every_start_without_marks_is_a_square",
        """
        n = int(input())
        f = [int(x) - 1 for x in input().split()]
        ans = [0] * n
        for i in range(n):
            path = []
            v = i
            while v >= 0 and len(path) < n:
                path.append(v)
                v = f[v]
            for u in reversed(path):
                ans[i] += u
        print(*ans)
        """,
        "O(n^2)",
    ),
    (
        "sums_extended_by_one_new_sum_per_old_one_double_each_item",
        """
        n = int(input())
        a = list(map(int, input().split()))
        sums = [0]
        for x in a:
            new = []
            for s in sums:
                new.append(s + x)
            sums.extend(new)
        print(len(set(sums)))
        """,
        "O(2^n)",
    ),
    (
        "subsets_appended_once_per_subset_held_double_each_item",
        """
        n = int(input())
        a = list(map(int, input().split()))
        sub = [[]]
        for i in range(n):
            for j in range(len(sub)):
                sub.append(sub[j] + [a[i]])
        print(sum(1 for s in sub if sum(s) % 2 == 0))
        """,
        "O(2^n)",
    ),
    (
        "a_list_updated_in_place_once_per_item_keeps_its_size",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            for j in range(len(a)):
                a[j] = a[j] + i
        print(sum(a))
        """,
        "O(n^2)",
    ),
    (
        "a_table_rebuilt_with_two_doubled_keys_per_key_doubles",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = list(map(int, input().split()))
        dp = {0: 0}
        for i in range(n):
            nd = {}
            for key, val in dp.items():
                k1 = key * 2
                k2 = key * 2 + 1
                nd[k1] = val + a[i]
                nd[k2] = val + b[i]
            dp = nd
        print(min(dp.values()))
        """,
        "O(2^n)",
    ),
    (
        "a_balance_table_rebuilt_with_keys_one_up_and_one_down_stays_n_wide",
        """
        s = input()
        dp = {0: 1}
        for c in s:
            nd = {}
            for b, w in dp.items():
                if c in '(?':
                    nd[b + 1] = nd.get(b + 1, 0) + w
                if c in ')?' and b > 0:
                    nd[b - 1] = nd.get(b - 1, 0) + w
            dp = nd
        print(dp.get(0, 0) % 1000000007)
        """,
        "O(n^2)",
    ),
    (
        "colours_tried_one_then_the_other_for_each_vertex_are_every_split",
        """
        n, m = map(int, input().split())
        edges = [tuple(map(lambda x: int(x) - 1, input().split())) for _ in range(m)]
        color = [0] * n
        best = 0

        def go(v):
            global best
            if v == n:
                c = 0
                for a, b in edges:
                    if color[a] != color[b]:
                        c += 1
                best = max(best, c)
                return
            color[v] = 0
            go(v + 1)
            color[v] = 1
            go(v + 1)

        go(0)
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "a_colouring_dfs_that_enters_only_uncoloured_vertices_visits_each_once",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
            g[b - 1].append(a - 1)
        color = [0] * n
        ok = True

        def go(v, c):
            global ok
            color[v] = c
            for u in g[v]:
                if color[u] == 0:
                    go(u, 3 - c)
                elif color[u] == c:
                    ok = False

        for v in range(n):
            if color[v] == 0:
                go(v, 1)
        print('YES' if ok else 'NO')
        """,
        "O(n)",
    ),
    (
        "pieces_cut_from_runs_the_outer_loop_then_skips_copy_the_text_once",
        """
        s = input()
        n = len(s)
        i = 0
        parts = []
        while i < n:
            if s[i] == '/':
                i += 1
                continue
            j = i
            while j < n and s[j] != '/':
                j += 1
            parts.append(s[i:j])
            i = j
        print('/' + '/'.join(parts))
        """,
        "O(n)",
    ),
    (
        "pieces_cut_from_every_start_to_the_end_of_its_run_overlap",
        """
        s = input()
        n = len(s)
        parts = []
        for i in range(n):
            j = i
            while j < n and s[j] != '/':
                j += 1
            parts.append(s[i:j])
        print(len(set(parts)))
        """,
        "O(n^2)",
    ),
    (
        "tokens_of_each_line_of_stdin_are_the_input_once",
        """
        import sys

        def tokens():
            for line in sys.stdin:
                for tok in line.split():
                    yield tok

        it = tokens()
        n = int(next(it))
        print(sum(int(next(it)) for _ in range(n)))
        """,
        "O(n)",
    ),
    (
        "every_line_of_stdin_compared_with_every_line_is_a_square",
        """
        import sys
        lines = sys.stdin.read().split()
        c = 0
        for a in lines:
            for b in lines:
                if a == b:
                    c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "hanoi_with_the_spare_peg_worked_out_in_the_call_is_exponential",
        """
        n = int(input())
        res = []

        def hanoi(disk, fr, to):
            if disk == 0:
                return
            other = 6 - fr - to
            hanoi(disk - 1, fr, other)
            res.append(str(disk) + ' ' + str(fr) + ' ' + str(to))
            hanoi(disk - 1, other, to)

        hanoi(n, 1, 3)
        print(len(res))
        """,
        "O(2^n)",
    ),
    (
        "a_counter_parameter_named_used_is_not_a_set_of_visit_marks",
        """
        n, k = map(int, input().split())
        cards = list(map(int, input().split()))
        hit = []

        def search(i, acc, used):
            if acc % k == 0 and used > 0:
                hit.append(used)
            for j in range(i, n):
                search(j + 1, acc + cards[j], used + 1)

        search(0, 0, 0)
        print(max(hit) if hit else 0)
        """,
        "O(2^n)",
    ),
    (
        "memoised_countdown_of_a_parameter_named_d_is_linear",
        """
        from functools import lru_cache

        @lru_cache(None)
        def f(d):
            if d == 0:
                return 1
            return f(d - 1) + 1

        n = int(input())
        print(f(n))
        """,
        "O(n)",
    ),
    (
        "an_input_helper_trimming_the_newline_reads_one_line",
        """
        import sys

        def input():
            return sys.stdin.readline()[:-1]

        def run():
            a, b, c = map(int, input().split())
            print("YES" if a < b + c and b < a + c and c < a + b else "NO")

        if __name__ == "__main__":
            run()
        """,
        "O(1)",
    ),
    (
        "bfs_by_levels_swapping_in_a_fresh_frontier_visits_each_vertex_once",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n + 1)]
        for _ in range(m):
            x, y = map(int, input().split())
            adj[x].append(y)
            adj[y].append(x)
        level = [-1] * (n + 1)
        level[1] = 0
        cur = [1]
        k = 0
        while cur:
            nxt = []
            for v in cur:
                for u in adj[v]:
                    if level[u] == -1:
                        level[u] = k + 1
                        nxt.append(u)
            cur = nxt
            k += 1
        print(max(level))
        """,
        "O(n)",
    ),
    (
        "kahn_by_levels_with_a_tuple_swap_visits_each_vertex_once",
        """
        n, m = map(int, input().split())
        out = [[] for _ in range(n)]
        indeg = [0] * n
        for _ in range(m):
            a, b = map(int, input().split())
            out[a - 1].append(b - 1)
            indeg[b - 1] += 1
        cur, nxt = [v for v in range(n) if indeg[v] == 0], []
        layers = 0
        while cur:
            for v in cur:
                for u in out[v]:
                    indeg[u] -= 1
                    if indeg[u] == 0:
                        nxt.append(u)
            cur, nxt = nxt, []
            layers += 1
        print(layers)
        """,
        "O(n)",
    ),
    (
        "colouring_guarded_by_minus_one_with_an_elif_visits_each_vertex_once",
        """
        import sys
        sys.setrecursionlimit(400000)
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
            g[b - 1].append(a - 1)
        col = [-1] * n
        ok = True

        def paint(u, c):
            global ok
            col[u] = c
            for v in g[u]:
                if col[v] == -1:
                    paint(v, c ^ 1)
                elif col[v] == c:
                    ok = False

        for s in range(n):
            if col[s] == -1:
                paint(s, 0)
        print("YES" if ok else "NO")
        """,
        "O(n)",
    ),
    (
        "a_walk_marking_done_cells_two_is_not_backtracking",
        """
        import sys
        sys.setrecursionlimit(1 << 20)
        n = int(sys.stdin.readline())
        to = [int(x) - 1 for x in sys.stdin.readline().split()]
        depth = [0] * n
        state = [0] * n

        def walk(u):
            state[u] = 1
            v = to[u]
            if state[v] == 0:
                walk(v)
            depth[u] = depth[v] + 1 if state[v] == 2 else 1
            state[u] = 2

        for i in range(n):
            if state[i] == 0:
                walk(i)
        print(max(depth))
        """,
        "O(n)",
    ),
    (
        "the_alphabet_imported_under_an_alias_is_a_constant",
        """
        from string import ascii_lowercase as al
        s = input()
        best = 0
        for a in al:
            for b in al:
                best = max(best, s.count(a + b))
        print(best)
        """,
        "O(n)",
    ),
    (
        "a_product_imported_under_an_alias_is_still_every_choice",
        """
        from itertools import product as P
        n = int(input())
        a = list(map(int, input().split()))
        best = 0
        for mask in P([False, True], repeat=n):
            s = sum(x for x, take in zip(a, mask) if take)
            if s % 7 == 0:
                best = max(best, s)
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "a_counter_shifting_n_right_until_nothing_is_left_counts_bits",
        """
        a, b = map(int, input().split())
        i = 0
        c = 0
        while (a >> i) or (b >> i):
            if (a >> i & 1) != (b >> i & 1):
                c += 1
            i += 1
        print(c)
        """,
        "O(log n)",
    ),
    (
        "a_string_built_one_bit_per_pass_of_a_halving_loop_is_log_long",
        """
        n = int(input())
        s = ''
        while n:
            s += str(n & 1)
            n >>= 1
        print(s.count('1'), s[::-1])
        """,
        "O(log n)",
    ),
    (
        "a_matrix_product_written_as_a_named_lambda_is_cubic",
        """
        n = int(input())
        X = [list(map(int, input().split())) for _ in range(n)]
        R = range(n)
        mul = lambda P, Q: [[sum(P[i][t] * Q[t][j] for t in R) for j in R] for i in R]
        Y = mul(X, X)
        print(sum(map(sum, Y)))
        """,
        "O(n^3)",
    ),
    (
        "a_dfs_over_dict_adjacency_read_with_get_visits_each_node_once",
        """
        import sys
        sys.setrecursionlimit(300000)
        n = int(input())
        g = {}
        for _ in range(n - 1):
            a, b = map(int, input().split())
            g.setdefault(a, []).append(b)
            g.setdefault(b, []).append(a)

        def dfs(v, p):
            best = 0
            for u in g.get(v, []):
                if u != p:
                    best = max(best, dfs(u, v) + 1)
            return best

        print(dfs(1, 0))
        """,
        "O(n)",
    ),
    (
        "a_tree_walk_recording_its_path_is_not_backtracking",
        """
        import sys
        sys.setrecursionlimit(200000)
        n = int(input())
        adj = [[] for _ in range(n)]
        for _ in range(n - 1):
            a, b = map(int, input().split())
            adj[a - 1].append(b - 1)
            adj[b - 1].append(a - 1)
        path = []

        def walk(u, p, d):
            path.append(u)
            res = d
            for v in adj[u]:
                if v != p:
                    res = max(res, walk(v, u, d + 1))
            path.pop()
            return res

        print(walk(0, -1, 0))
        """,
        "O(n)",
    ),
    (
        "all_simple_paths_testing_the_path_for_each_neighbour_are_exponential",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            adj[a - 1].append(b - 1)
            adj[b - 1].append(a - 1)
        path = [0]
        count = 0

        def go(u):
            global count
            if u == n - 1:
                count += 1
                return
            for v in adj[u]:
                if v not in path:
                    path.append(v)
                    go(v)
                    path.pop()

        go(0)
        print(count)
        """,
        "O(2^n)",
    ),
    (
        "test_cases_counted_with_next_of_a_token_iterator_stay_per_case",
        """
        import sys
        it = iter(sys.stdin.read().split())
        t = int(next(it))
        out = []
        for _ in range(t):
            n = int(next(it))
            arr = [int(next(it)) for _ in range(n)]
            out.append(max(arr) - min(arr))
        print("\\n".join(map(str, out)))
        """,
        "O(n)",
    ),
    (
        "nlargest_of_a_constant_few_is_one_pass",
        """
        import heapq
        n = int(input())
        a = list(map(int, input().split()))
        print(sum(heapq.nlargest(3, a)))
        """,
        "O(n)",
    ),
    (
        "a_rolling_knapsack_reading_each_item_in_its_pass_is_items_times_capacity",
        """
        n, W = map(int, input().split())
        table = [0] * (W + 1)
        for _ in range(n):
            w, v = map(int, input().split())
            new = table[:]
            for c in range(W - w + 1):
                new[c + w] = max(new[c + w], table[c] + v)
            table = new
        print(max(table))
        """,
        "O(n^2)",
    ),
    (
        "components_counted_by_a_stack_search_helper_on_shared_marks_are_linear",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n + 1)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u].append(v)
            adj[v].append(u)
        seen = [False] * (n + 1)

        def go(s):
            st = [s]
            seen[s] = True
            while st:
                x = st.pop()
                for y in adj[x]:
                    if not seen[y]:
                        seen[y] = True
                        st.append(y)

        c = 0
        for v in range(1, n + 1):
            if not seen[v]:
                c += 1
                go(v)
        print(c)
        """,
        "O(n)",
    ),
    (
        "grid_regions_filled_by_a_stack_helper_visit_each_cell_once",
        """
        n, m = map(int, input().split())
        g = [list(input()) for _ in range(n)]

        def fill(i, j):
            st = [(i, j)]
            g[i][j] = '#'
            while st:
                x, y = st.pop()
                for nx, ny in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                    if 0 <= nx < n and 0 <= ny < m and g[nx][ny] == '.':
                        g[nx][ny] = '#'
                        st.append((nx, ny))

        comp = 0
        for i in range(n):
            for j in range(m):
                if g[i][j] == '.':
                    comp += 1
                    fill(i, j)
        print(comp)
        """,
        "O(n^2)",
    ),
    (
        "a_bfs_helper_with_its_own_marks_from_every_vertex_is_quadratic",
        """
        from collections import deque
        n, m = map(int, input().split())
        adj = [[] for _ in range(n)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u - 1].append(v - 1)
            adj[v - 1].append(u - 1)

        def far(s):
            dist = [-1] * n
            dist[s] = 0
            q = deque([s])
            while q:
                x = q.popleft()
                for y in adj[x]:
                    if dist[y] == -1:
                        dist[y] = dist[x] + 1
                        q.append(y)
            return max(dist)

        print(min(far(s) for s in range(n)))
        """,
        "O(n^2)",
    ),
    (
        "runs_where_the_outer_index_resumes_through_a_conditional_expression_are_one_pass",
        """
        n = int(input())
        s = input()
        i = 0
        removed = 0
        while i < n:
            j = i
            while j < n and s[j] == 'x':
                j += 1
            if j - i >= 3:
                removed += j - i - 2
            i = j + 1 if j == i else j
        print(removed)
        """,
        "O(n)",
    ),
    (
        "a_buffer_joined_and_emptied_at_each_separator_is_one_pass",
        """
        s = input()
        parts = []
        cur = []
        for ch in s:
            if ch == ',':
                parts.append(''.join(cur))
                cur = []
            else:
                cur.append(ch)
        parts.append(''.join(cur))
        print(len(parts))
        """,
        "O(n)",
    ),
    (
        "a_buffer_joined_at_each_separator_but_never_emptied_is_quadratic",
        """
        s = input()
        parts = []
        cur = []
        for ch in s:
            if ch == ',':
                parts.append(''.join(cur))
            else:
                cur.append(ch)
        print(len(parts))
        """,
        "O(n^2)",
    ),
    (
        "a_memoised_fibonacci_only_ever_asked_for_fib_30_is_constant",
        """
        memo = {}

        def fib(k):
            if k < 2:
                return k
            if k in memo:
                return memo[k]
            memo[k] = fib(k - 1) + fib(k - 2)
            return memo[k]

        n = int(input())
        print(n * fib(30))
        """,
        "O(1)",
    ),
    (
        "hanoi_of_five_disks_is_constant",
        """
        moves = []

        def hanoi(k, a, b, c):
            if k == 0:
                return
            hanoi(k - 1, a, c, b)
            moves.append((a, c))
            hanoi(k - 1, b, a, c)

        hanoi(5, 1, 2, 3)
        x = int(input())
        print(moves[x % len(moves)])
        """,
        "O(1)",
    ),
    (
        "a_dfs_started_at_the_constant_root_still_walks_the_tree_read",
        """
        import sys
        sys.setrecursionlimit(300000)
        n = int(input())
        adj = [[] for _ in range(n)]
        for _ in range(n - 1):
            a, b = map(int, input().split())
            adj[a - 1].append(b - 1)
            adj[b - 1].append(a - 1)

        def dfs(v, p):
            return 1 + sum(dfs(u, v) for u in adj[v] if u != p)

        print(dfs(0, -1))
        """,
        "O(n)",
    ),
    (
        "a_cell_copied_into_a_name_is_one_character_for_its_case_methods",
        """
        import sys
        board = [sys.stdin.readline().strip() for _ in range(8)]
        w = b = 0
        val = {'q': 9, 'r': 5, 'b': 3, 'n': 3, 'p': 1}
        for i in range(8):
            for j in range(8):
                c = board[i][j]
                if c.lower() in val:
                    if c.isupper():
                        w += val[c.lower()]
                    else:
                        b += val[c]
        print("White" if w > b else "Black" if b > w else "Draw")
        """,
        "O(1)",
    ),
    (
        "a_sorted_line_after_its_count_was_read_holds_n_values",
        """
        n = int(input())
        a = sorted(map(int, input().split()))
        print(a[-1] - a[0] + 1 - n)
        """,
        "O(n log n)",
    ),
    (
        "three_sorted_sides_with_no_count_read_are_a_fixed_record",
        """
        a = sorted(map(int, input().split()))
        print("YES" if a[0] + a[1] > a[2] else "NO")
        """,
        "O(1)",
    ),
    (
        "a_memoised_mask_recursion_through_a_named_next_mask_is_exponential",
        """
        from functools import lru_cache
        n = int(input())
        a = [list(map(int, input().split())) for _ in range(n)]

        @lru_cache(None)
        def go(mask, last):
            if mask == (1 << n) - 1:
                return 0
            best = 0
            for j in range(n):
                if not mask >> j & 1:
                    nm = mask | (1 << j)
                    best = max(best, a[last][j] + go(nm, j))
            return best

        print(max(go(1 << i, i) for i in range(n)))
        """,
        "O(2^n)",
    ),
    (
        "bfs_from_every_vertex_over_a_matrix_keeping_each_result_is_cubic",
        """
        from collections import deque
        n = int(input())
        g = [input() for _ in range(n)]
        dist = []
        for s in range(n):
            d = [-1] * n
            d[s] = 0
            q = deque([s])
            while q:
                u = q.popleft()
                for v in range(n):
                    if g[u][v] == '1' and d[v] == -1:
                        d[v] = d[u] + 1
                        q.append(v)
            dist.append(d)
        print(sum(map(sum, dist)))
        """,
        "O(n^3)",
    ),
    (
        "packets_whose_doubling_sizes_add_up_past_n_take_log_n_passes",
        """
        n = int(input())
        total, p, k = 0, 1, 0
        while total < n:
            total += p
            p *= 2
            k += 1
        print(k)
        """,
        "O(log n)",
    ),
    (
        "a_total_adding_one_shifted_by_a_counter_passes_n_in_log_n_steps",
        """
        n = int(input())
        have, k = 0, 0
        while have < n:
            have += 1 << k
            k += 1
        print(k)
        """,
        "O(log n)",
    ),
    (
        "a_value_added_to_itself_doubles",
        """
        n = int(input())
        cur, c = 1, 0
        while cur <= n:
            cur = cur + cur
            c += 1
        print(c)
        """,
        "O(log n)",
    ),
    (
        "a_total_adding_a_fixed_step_is_still_linear",
        """
        n = int(input())
        total, p, k = 0, 3, 0
        while total < n:
            total += p
            k += 1
        print(k)
        """,
        "O(n)",
    ),
    (
        "two_numbers_unpacked_from_the_whole_input_are_read_once",
        """
        import sys
        n, k = map(int, sys.stdin.read().split())
        print((k + n - 1) // n)
        """,
        "O(1)",
    ),
    (
        "a_pointer_compared_with_twice_the_previous_item_is_no_square_root_bound",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = 1
        j = 0
        for i in range(n):
            if j < i:
                j = i
            while j + 1 < n and a[j + 1] <= 2 * a[j]:
                j += 1
            best = max(best, j - i + 1)
        print(best)
        """,
        "O(n)",
    ),
    (
        "trial_division_up_to_the_square_root_is_still_a_square_root_bound",
        """
        n = int(input())
        d = 2
        c = 0
        while d * d <= n:
            if n % d == 0:
                c += 1
            d += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "rows_of_an_n_by_m_grid_read_line_by_line_are_each_m_long",
        """
        n, m = map(int, input().split())
        cnt = 0
        for i in range(n):
            row = input()
            for ch in row:
                if ch == '*':
                    cnt += 1
        print(cnt)
        """,
        "O(n^2)",
    ),
    (
        "tokens_of_each_row_of_a_photo_are_the_other_dimension",
        """
        n, m = map(int, input().split())
        ok = True
        for _ in range(n):
            for c in input().split():
                if c in 'CMY':
                    ok = False
        print('#Color' if not ok else '#Black&White')
        """,
        "O(n^2)",
    ),
    (
        "days_of_n_character_strings_scanned_with_in",
        """
        n, d = map(int, input().split())
        best = cur = 0
        for _ in range(d):
            s = input()
            if '0' in s:
                cur += 1
            else:
                cur = 0
            best = max(best, cur)
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "words_read_after_a_count_alone_are_short_records",
        """
        n = int(input())
        for i in range(n):
            w = input()
            if len(w) > 10:
                print(w[0] + str(len(w) - 2) + w[-1])
            else:
                print(w)
        """,
        "O(n)",
    ),
    (
        "the_numbers_of_each_test_case_walked_straight_off_the_line_are_its_size",
        """
        t = int(input())
        for _ in range(t):
            n = int(input())
            c = [0, 0, 0]
            for x in map(int, input().split()):
                c[x % 3] += 1
            k = min(c[1], c[2])
            print(c[0] + k + (c[1] - k) // 3 + (c[2] - k) // 3)
        """,
        "O(n)",
    ),
    (
        "a_flood_fill_handed_its_grid_marks_each_cell_once",
        """
        import sys
        sys.setrecursionlimit(100000)

        def fill(g, i, j, n, m):
            g[i][j] = '.'
            for di in (-1, 0, 1):
                for dj in (-1, 0, 1):
                    a, b = i + di, j + dj
                    if 0 <= a < n and 0 <= b < m and g[a][b] == '*':
                        fill(g, a, b, n, m)

        n, m = map(int, input().split())
        g = [list(input()) for _ in range(n)]
        cnt = 0
        for i in range(n):
            for j in range(m):
                if g[i][j] == '*':
                    cnt += 1
                    fill(g, i, j, n, m)
        print(cnt)
        """,
        "O(n^2)",
    ),
    (
        "a_list_walked_while_appended_to_is_a_queue_in_a_test_case_too",
        """
        for _ in range(int(input())):
            n, k = map(int, input().split())
            g = [[] for _ in range(n + 1)]
            deg = [0] * (n + 1)
            for _ in range(n - 1):
                u, v = map(int, input().split())
                g[u].append(v)
                g[v].append(u)
                deg[u] += 1
                deg[v] += 1
            rnd = [0] * (n + 1)
            q = [v for v in range(1, n + 1) if deg[v] <= 1]
            for v in q:
                rnd[v] = 1
            for v in q:
                for u in g[v]:
                    deg[u] -= 1
                    if deg[u] == 1 and rnd[u] == 0:
                        rnd[u] = rnd[v] + 1
                        q.append(u)
            print(sum(1 for v in range(1, n + 1) if rnd[v] > k))
        """,
        "O(n)",
    ),
    (
        "walking_each_books_cycle_from_every_kid_is_quadratic",
        """
        for _ in range(int(input())):
            n = int(input())
            p = [0] + list(map(int, input().split()))
            res = []
            for i in range(1, n + 1):
                j = p[i]
                days = 1
                while j != i:
                    j = p[j]
                    days += 1
                res.append(days)
            print(*res)
        """,
        "O(n^2)",
    ),
    (
        "a_prefix_function_resuming_from_the_last_entry_filled_is_linear",
        """
        n = int(input())
        s = input().strip()
        pi = [0] * n
        for i in range(1, n):
            k = pi[i - 1]
            while k and s[k] != s[i]:
                k = pi[k - 1]
            pi[i] = k + (s[k] == s[i])
        p = n - pi[n - 1]
        print(p if n % p == 0 else n)
        """,
        "O(n)",
    ),
    (
        "a_loop_over_every_pair_of_n_teams_matches_is_quadratic",
        """
        n = int(input())
        pts = [0] * n
        for _ in range(n * (n - 1) // 2):
            a, b, w = map(int, input().split())
            pts[a - 1] += w
        print(max(pts))
        """,
        "O(n^2)",
    ),
    (
        "lucky_numbers_of_up_to_three_digits_from_product_are_a_few",
        """
        from itertools import product
        n = int(input())
        ok = False
        for length in range(1, 4):
            for t in product('47', repeat=length):
                if n % int(''.join(t)) == 0:
                    ok = True
        print('YES' if ok else 'NO')
        """,
        "O(1)",
    ),
    (
        "a_tree_method_recursing_into_each_child_of_self_ch_visits_each_node_once",
        """
        import sys
        sys.setrecursionlimit(300000)

        class Tree:
            def __init__(self, n):
                self.ch = [[] for _ in range(n + 1)]
                self.size = [1] * (n + 1)

            def dfs(self, u):
                for v in self.ch[u]:
                    self.dfs(v)
                    self.size[u] += self.size[v]

        n = int(input())
        t = Tree(n)
        parents = list(map(int, input().split()))
        for i, p in enumerate(parents, start=2):
            t.ch[p].append(i)
        t.dfs(1)
        print(' '.join(map(str, t.size[1:])))
        """,
        "O(n)",
    ),
    (
        "test_cases_counted_down_by_a_while_keep_each_cases_own_cost",
        """
        t = int(input())
        while t > 0:
            t -= 1
            n = int(input())
            s = input()
            c = 0
            for ch in s:
                if ch == 'a':
                    c += 1
            print(c)
        """,
        "O(n)",
    ),
    (
        "jumps_by_the_value_at_the_index_from_every_start_are_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = 0
        for s in range(n):
            i, tot = s, 0
            while i < n:
                tot += a[i]
                i += a[i]
            best = max(best, tot)
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "a_count_stored_modulo_four_bounds_the_rotations",
        """
        n = int(input())
        g = [list(input()) for _ in range(n)]
        k = int(input()) % 4
        for _ in range(k):
            g = [[g[n - 1 - j][i] for j in range(n)] for i in range(n)]
        print('\\n'.join(''.join(r) for r in g))
        """,
        "O(n^2)",
    ),
    (
        "a_heap_of_ranges_split_at_their_midpoints_holds_n_ranges",
        """
        from heapq import heappush, heappop

        def solve(n):
            res = [0] * (n + 1)
            pq = [(-n, 1, n)]
            step = 1
            while pq:
                _, l, r = heappop(pq)
                mid = (l + r) // 2
                res[mid] = step
                step += 1
                if mid > l:
                    heappush(pq, (-(mid - l), l, mid - 1))
                if mid < r:
                    heappush(pq, (-(r - mid), mid + 1, r))
            return res[1:]

        for _ in range(int(input())):
            print(*solve(int(input())))
        """,
        "O(n log n)",
    ),
    (
        "multiples_of_each_distinct_count_key_are_a_harmonic_sum",
        """
        from collections import Counter
        n = int(input())
        c = Counter(x for x in map(int, input().split()) if x <= n)
        caught = [0] * (n + 1)
        for step, k in c.items():
            pos = step
            while pos <= n:
                caught[pos] += k
                pos += step
        print(max(caught))
        """,
        "O(n log n)",
    ),
    (
        "distinct_tokens_of_each_test_cases_line_are_its_size",
        """
        for _ in range(int(input())):
            n = int(input())
            d = len(set(input().split()))
            print(d - (n - d) % 2)
        """,
        "O(n)",
    ),
    (
        "test_cases_answered_from_the_whole_input_read_at_once_stay_per_case",
        """
        import sys

        def main():
            data = sys.stdin.read().split()
            t = int(data[0])
            out = []
            for i in range(1, t + 1):
                n = int(data[i])
                out.append(str(n // 2))
            print("\\n".join(out))

        main()
        """,
        "O(1)",
    ),
    (
        "test_cases_over_the_lines_read_at_once_stay_per_case",
        """
        import sys
        lines = sys.stdin.readlines()
        t = int(lines[0])
        for i in range(1, t + 1):
            a, b = map(int, lines[i].split())
            print(min(a, b, (a + b) // 3))
        """,
        "O(1)",
    ),
    (
        "numbers_of_the_whole_input_summed_are_still_read_one_by_one",
        """
        import sys
        data = sys.stdin.read().split()
        n = int(data[0])
        print(sum(int(x) for x in data[1:n + 1]))
        """,
        "O(n)",
    ),
    (
        "defaultdict_of_int_is_an_empty_table",
        """
        from collections import defaultdict
        a, b = map(int, input().split())
        d = defaultdict(int)
        d[a] += b
        print(d[a] * 2)
        """,
        "O(1)",
    ),
    (
        "rows_of_a_matrix_named_g_read_per_line_are_not_adjacency_lists",
        """
        n, m = map(int, input().split())
        g = [list(map(int, input().split())) for _ in range(n)]
        res = 0
        for i in range(n):
            for j in range(m):
                if max(g[i]) == g[i][j]:
                    res += 1
        print(res)
        """,
        "O(n^3)",
    ),
    (
        "names_counted_in_a_table_kept_across_lines_are_records_not_queries",
        """
        import sys
        from collections import defaultdict
        input = sys.stdin.readline
        n = int(input())
        cnt = defaultdict(int)
        for i in range(n):
            s = input().strip()
            if cnt[s]:
                sys.stdout.write(s + str(cnt[s]) + "\\n")
            else:
                sys.stdout.write("OK\\n")
            cnt[s] += 1
        """,
        "O(n)",
    ),
    (
        "a_word_field_of_each_record_is_short",
        """
        INF = float('inf')
        n = int(input())
        best = [INF] * 8
        for _ in range(n):
            c, s = input().split()
            mask = 0
            for ch in s:
                mask |= 1 << (ord(ch) - 65)
            best[mask] = min(best[mask], int(c))
        ans = min(best[i] + best[j] for i in range(8) for j in range(8) if i | j == 7)
        print(ans if ans < INF else -1)
        """,
        "O(n)",
    ),
    (
        "segments_filed_while_reading_are_records_used_later",
        """
        import bisect
        n = int(input())
        pts = []
        for _ in range(n):
            x, y = map(int, input().split())
            bisect.insort(pts, (x, y))
        print(pts[0], pts[-1])
        """,
        "O(n^2)",
    ),
    (
        "the_largest_of_a_three_wide_window_in_a_double_loop_is_constant_work",
        """
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for i in range(n - 2):
            for j in range(n - 2):
                if max(a[i:i + 3]) == min(a[j:j + 3]):
                    c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "counting_in_a_three_wide_slice_in_a_double_loop_is_constant_work",
        """
        s = input()
        n = len(s)
        c = 0
        for i in range(n - 2):
            for j in range(i + 1, n - 2):
                if s[i:i + 3].count('a') == s[j:j + 3].count('a'):
                    c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "three_colours_tried_for_every_position_are_exponential",
        """
        n = int(input())
        c = list(map(int, input().split()))
        colors = [0] * n
        good = 0

        def paint(i):
            global good
            if i == n:
                if all(not (colors[j] == colors[j + 1] and c[j] == c[j + 1]) for j in range(n - 1)):
                    good += 1
                return
            for col in range(3):
                colors[i] = col
                paint(i + 1)

        paint(0)
        print(good)
        """,
        "O(2^n)",
    ),
    (
        "rows_added_into_a_running_table_are_records_not_queries",
        """
        n = int(input())
        tot = [0, 0, 0]
        for _ in range(n):
            r = list(map(int, input().split()))
            for j in range(3):
                tot[j] += r[j]
        print("YES" if tot == [0, 0, 0] else "NO")
        """,
        "O(n)",
    ),
    (
        "children_filtered_from_an_adjacency_list_are_part_of_it",
        """
        n = int(input())
        adj = [[] for _ in range(n + 1)]
        for _ in range(n - 1):
            u, v = map(int, input().split())
            adj[u].append(v)
            adj[v].append(u)
        vis = [False] * (n + 1)
        vis[1] = True
        stack = [1]
        leaves = 0
        while stack:
            v = stack.pop()
            kids = [u for u in adj[v] if not vis[u]]
            if not kids:
                leaves += 1
            for u in kids:
                vis[u] = True
                stack.append(u)
        print(leaves)
        """,
        "O(n)",
    ),
    (
        "paths_climbed_until_a_used_vertex_are_printed_once_in_all",
        """
        n = int(input())
        p = list(map(int, input().split()))
        leaf = [True] * (n + 1)
        for i in range(n):
            if p[i] != i + 1:
                leaf[p[i]] = False
        used = [False] * (n + 1)
        for v in range(1, n + 1):
            if not leaf[v]:
                continue
            path = []
            u = v
            while not used[u]:
                used[u] = True
                path.append(u)
                u = p[u - 1]
            path.reverse()
            print(len(path))
            print(' '.join(map(str, path)))
        """,
        "O(n)",
    ),
    (
        "sorting_every_adjacency_list_in_turn_sorts_each_edge_once",
        """
        n = int(input())
        g = [[] for _ in range(n + 1)]
        for _ in range(n - 1):
            a, b = map(int, input().split())
            g[a].append(b)
            g[b].append(a)
        for lst in g:
            lst.sort()
        print(g[1][:3])
        """,
        "O(n log n)",
    ),
    (
        "a_few_numbers_sorted_per_record_cost_a_constant_each",
        """
        n = int(input())
        tot = 0
        for _ in range(n):
            x = sorted(map(int, input().split()))
            tot += x[1]
        print(tot)
        """,
        "O(n)",
    ),
    (
        "a_record_read_then_sorted_in_place_costs_a_constant_each",
        """
        n = int(input())
        best = 0
        for i in range(n):
            p = list(map(int, input().split()))
            p.sort()
            best = max(best, p[0] + p[1])
        print(best)
        """,
        "O(n)",
    ),
    (
        "a_line_sorted_after_its_announced_length_is_sorted_in_full",
        """
        n = int(input())
        tot = 0
        for _ in range(n):
            k = int(input())
            x = sorted(map(int, input().split()))
            tot += x[k // 2]
        print(tot)
        """,
        "O(n^2)",
    ),
    (
        "queries_of_one_number_each_answered_on_their_own",
        """
        q = int(input())
        for i in range(q):
            n = int(input())
            if n == 2:
                print(2)
            else:
                print(n % 2)
        """,
        "O(1)",
    ),
    (
        "numbers_read_and_printed_as_running_totals_are_one_problem",
        """
        n = int(input())
        s = 0
        for i in range(n):
            x = int(input())
            s += x
            print(s)
        """,
        "O(n)",
    ),
    (
        "a_record_number_compared_with_the_best_so_far_is_one_problem",
        """
        n = int(input())
        b = 0
        for i in range(n):
            x = int(input())
            if x > b:
                b = x
                print(i)
        """,
        "O(n)",
    ),
    (
        "terms_of_a_sum_split_on_plus_and_sorted_are_the_input",
        """
        s = input().split('+')
        s.sort()
        print('+'.join(s))
        """,
        "O(n log n)",
    ),
    (
        "a_count_read_from_the_input_counted_down_is_linear",
        """
        n, m = map(int, input().split())
        day = 0
        while n > 0:
            day += 1
            n -= 1
            if day % m == 0:
                n += 1
        print(day)
        """,
        "O(n)",
    ),
    (
        "a_count_written_in_the_source_counted_down_is_bounded",
        """
        n = int(input())
        k = 10
        while k > 0:
            k -= 1
            n += k
        print(n)
        """,
        "O(1)",
    ),
    (
        "work_in_the_branch_that_breaks_out_is_paid_once",
        """
        n = int(input())
        sevens = n // 7
        found = False
        while sevens >= 0:
            rest = n - sevens * 7
            if rest % 4 == 0:
                ans = ''
                for i in range(rest // 4):
                    ans += '4'
                for i in range(sevens):
                    ans += '7'
                print(ans)
                found = True
                break
            sevens -= 1
        if not found:
            print(-1)
        """,
        "O(n)",
    ),
    (
        "work_in_a_branch_that_carries_on_is_paid_every_pass",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            if a[i] % 2 == 0:
                for j in range(n):
                    a[j] += 1
            else:
                break
        print(a)
        """,
        "O(n^2)",
    ),
    (
        "a_digit_dp_with_flags_and_a_capped_count_walks_the_digits",
        """
        import sys
        from functools import lru_cache

        def count(x):
            s = str(x)
            L = len(s)

            @lru_cache(maxsize=None)
            def go(pos, nz, tight):
                if nz > 3:
                    return 0
                if pos == L:
                    return 1
                lim = int(s[pos]) if tight else 9
                r = 0
                for d in range(lim + 1):
                    r += go(pos + 1, nz + (d != 0), tight and d == lim)
                return r

            return go(0, 0, True)

        t = int(sys.stdin.readline())
        for _ in range(t):
            l, r = map(int, sys.stdin.readline().split())
            print(count(r) - count(l - 1))
        """,
        "O(log n)",
    ),
    (
        "a_digit_dp_keeping_a_remainder_modulo_a_constant",
        """
        from functools import lru_cache
        M = 2520

        def count(x):
            digs = str(x)
            L = len(digs)

            @lru_cache(None)
            def go(pos, rem, tight):
                if pos == L:
                    return 1 if rem % 7 == 0 else 0
                hi = int(digs[pos]) if tight else 9
                res = 0
                for dg in range(hi + 1):
                    res += go(pos + 1, (rem * 10 + dg) % M, tight and dg == hi)
                return res

            return go(0, 0, True)

        a, b = map(int, input().split())
        print(count(b) - count(a - 1))
        """,
        "O(log n)",
    ),
    (
        "a_memoised_recursion_over_two_indices_of_the_input_stays_quadratic",
        """
        import sys
        from functools import lru_cache
        sys.setrecursionlimit(10000)
        s = input()
        t = input()

        @lru_cache(None)
        def lcs(i, j):
            if i == len(s) or j == len(t):
                return 0
            if s[i] == t[j]:
                return 1 + lcs(i + 1, j + 1)
            return max(lcs(i + 1, j), lcs(i, j + 1))

        print(lcs(0, 0))
        """,
        "O(n^2)",
    ),
    (
        "the_next_number_with_a_digit_property_is_a_few_steps_up",
        """
        def digsum(x):
            s = 0
            while x:
                s, x = s + x % 10, x // 10
            return s

        a = int(input())
        while digsum(a) % 4:
            a += 1
        print(a)
        """,
        "O(log n)",
    ),
    (
        "a_search_up_from_the_input_tested_by_a_break_is_a_few_steps",
        """
        from math import gcd
        for _ in range(int(input())):
            x = int(input())
            while True:
                s = sum(int(c) for c in str(x))
                if gcd(x, s) > 1:
                    break
                x += 1
            print(x)
        """,
        "O(log n)",
    ),
    (
        "a_count_up_from_one_until_a_property_holds_is_linear",
        """
        n = int(input())
        k = 1
        while k * (k + 1) // 2 < n and n % k:
            k += 1
        print(k)
        """,
        "O(n)",
    ),
    (
        "queries_each_scanning_the_array_cost_a_scan_each",
        """
        n = int(input())
        a = list(map(int, input().split()))
        m = int(input())
        for _ in range(m):
            l, r = map(int, input().split())
            best = 0
            for i in range(l - 1, r):
                best = max(best, a[i])
            print(best)
        """,
        "O(n^2)",
    ),
    (
        "queries_answered_from_a_prefix_sum_stay_constant_each",
        """
        n = int(input())
        a = list(map(int, input().split()))
        pre = [0]
        for x in a:
            pre.append(pre[-1] + x)
        m = int(input())
        for _ in range(m):
            l, r = map(int, input().split())
            print(pre[r] - pre[l - 1])
        """,
        "O(n)",
    ),
    (
        "a_sparse_table_over_a_table_of_logarithms_is_n_log_n",
        """
        import sys
        input = sys.stdin.readline
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        LOG = [0] * (n + 1)
        for i in range(2, n + 1):
            LOG[i] = LOG[i // 2] + 1
        K = LOG[n] + 1
        st = [[0] * n for _ in range(K)]
        st[0] = a[:]
        for k in range(1, K):
            for i in range(n - (1 << k) + 1):
                st[k][i] = min(st[k - 1][i], st[k - 1][i + (1 << (k - 1))])
        out = []
        for _ in range(q):
            l, r = map(int, input().split())
            k = LOG[r - l + 1]
            out.append(min(st[k][l], st[k][r - (1 << k) + 1]))
        print('\\n'.join(map(str, out)))
        """,
        "O(n log n)",
    ),
    (
        "levels_up_to_a_logarithm_from_the_table_are_log_n",
        """
        n = int(input())
        a = list(map(int, input().split()))
        lg = [0] * (n + 1)
        for i in range(2, n + 1):
            lg[i] = lg[i >> 1] + 1
        sp = [a]
        for k in range(1, lg[n] + 1):
            pr = sp[-1]
            h = 1 << (k - 1)
            sp.append([min(pr[i], pr[i + h]) for i in range(n - (1 << k) + 1)])
        print(sp[-1][0])
        """,
        "O(n log n)",
    ),
    (
        "a_power_of_two_less_one_still_counts_the_masks",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = 0
        for mask in range((1 << n) - 1):
            best = max(best, sum(a[i] for i in range(n) if mask >> i & 1))
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "each_query_number_handed_to_a_solver_is_its_own_problem",
        """
        import sys

        def solve(n):
            d = []
            while n:
                d.append(n % 3)
                n //= 3
            d.append(0)
            r = 0
            for x in reversed(d):
                r = r * 3 + x
            return r

        q = int(sys.stdin.readline())
        out = []
        for _ in range(q):
            out.append(str(solve(int(sys.stdin.readline()))))
        print('\\n'.join(out))
        """,
        "O(log n)",
    ),
    (
        "a_walk_along_a_numbers_digit_list_is_logarithmic",
        """
        n = int(input())
        d = []
        while n:
            d.append(n % 3)
            n //= 3
        d.append(0)
        j = 0
        while d[j] != 0:
            j += 1
        print(j)
        """,
        "O(log n)",
    ),
    (
        "parameters_swapped_with_each_other_do_not_send_the_analyser_round_in_circles",
        """
        n = int(input())
        par = [0, 0] + list(map(int, input().split()))
        depth = [0] * (n + 1)
        for v in range(2, n + 1):
            depth[v] = depth[par[v]] + 1

        def lca(u, v):
            if u == v:
                return u
            if depth[u] < depth[v]:
                u, v = v, u
            return lca(par[u], v)

        print(lca(n, 1))
        """,
        "O(n)",
    ),
    (
        "a_sum_over_lines_read_one_per_pass_is_linear",
        """
        faces = {'Tetrahedron': 4, 'Cube': 6, 'Octahedron': 8}
        print(sum(faces[input()] for _ in range(int(input()))))
        """,
        "O(n)",
    ),
    (
        "numbers_up_to_one_read_count_joined_are_linear",
        """
        print(' '.join(str(i) for i in range(1, int(input()) + 1)))
        """,
        "O(n)",
    ),
    (
        "solving_each_case_in_a_generator_is_per_case",
        """
        def solve():
            a, b = map(int, input().split())
            return a + b

        print('\\n'.join(str(solve()) for _ in range(int(input()))))
        """,
        "O(1)",
    ),
    (
        "the_most_frequent_item_by_key_count_counts_once_per_item",
        """
        n = int(input())
        a = list(map(int, input().split()))
        x = max(a, key=a.count)
        print(x, a.count(x))
        """,
        "O(n^2)",
    ),
    (
        "sorting_by_a_count_in_a_lambda_counts_once_per_item",
        """
        n = int(input())
        a = list(map(int, input().split()))
        a.sort(key=lambda x: (-a.count(x), x))
        print(*a)
        """,
        "O(n^2)",
    ),
    (
        "sorting_words_by_their_reversal_is_a_sort",
        """
        n = int(input())
        words = input().split()
        words.sort(key=lambda w: w[::-1])
        print(*words)
        """,
        "O(n log n)",
    ),
    (
        "each_cycle_of_a_permutation_walked_once_from_an_unmarked_start",
        """
        for _ in range(int(input())):
            n = int(input())
            p = [0] + list(map(int, input().split()))
            ans = [0] * (n + 1)
            for i in range(1, n + 1):
                if ans[i]:
                    continue
                cyc = [i]
                j = p[i]
                while j != i:
                    cyc.append(j)
                    j = p[j]
                for v in cyc:
                    ans[v] = len(cyc)
            print(*ans[1:])
        """,
        "O(n)",
    ),
    (
        "a_functional_graph_coloured_as_it_is_walked_is_linear",
        """
        n = int(input())
        a = [0] + list(map(int, input().split()))
        color = [0] * (n + 1)
        when = [0] * (n + 1)
        total = 0
        for i in range(1, n + 1):
            if color[i]:
                continue
            v = i
            step = 0
            while not color[v]:
                color[v] = i
                when[v] = step
                step += 1
                v = a[v]
            if color[v] == i:
                total += step - when[v]
        print(total)
        """,
        "O(n)",
    ),
    (
        "a_cycle_walked_from_every_start_without_marks_is_quadratic",
        """
        n = int(input())
        p = [0] + list(map(int, input().split()))
        ans = []
        for i in range(1, n + 1):
            cyc = [i]
            j = p[i]
            while j != i:
                cyc.append(j)
                j = p[j]
            ans.append(len(cyc))
        print(*ans)
        """,
        "O(n^2)",
    ),
    (
        "a_pair_sorted_on_reading_and_filed_in_a_set_is_one_problems_records",
        """
        n = int(input())
        seen = set()
        for i in range(n):
            w, h = sorted(map(int, input().split()))
            seen.add((w, h))
        print(len(seen))
        """,
        "O(n)",
    ),
    (
        "a_stack_search_marking_in_marks_its_caller_passes_is_once_per_vertex",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n + 1)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u].append(v)
            adj[v].append(u)

        def dfs(s, vis):
            st = [s]
            vis[s] = True
            while st:
                u = st.pop()
                for v in adj[u]:
                    if not vis[v]:
                        vis[v] = True
                        st.append(v)

        vis = [False] * (n + 1)
        c = 0
        for v in range(1, n + 1):
            if not vis[v]:
                c += 1
                dfs(v, vis)
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_stack_search_given_fresh_marks_per_start_searches_afresh",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n + 1)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u].append(v)

        def dfs(s, vis):
            st = [s]
            vis[s] = True
            cnt = 1
            while st:
                u = st.pop()
                for v in adj[u]:
                    if not vis[v]:
                        vis[v] = True
                        cnt += 1
                        st.append(v)
            return cnt

        best = 0
        for v in range(1, n + 1):
            vis = [False] * (n + 1)
            best = max(best, dfs(v, vis))
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "a_tree_class_searched_by_levels_over_its_child_lists_is_linear",
        """
        from collections import deque

        class Tree:
            def __init__(self, n):
                self.n = n
                self.ch = [[] for _ in range(n + 1)]

            def add(self, p, c):
                self.ch[p].append(c)

            def bfs(self):
                dep = [0] * (self.n + 1)
                q = deque([1])
                while q:
                    u = q.popleft()
                    for v in self.ch[u]:
                        dep[v] = dep[u] + 1
                        q.append(v)
                return dep

        def odd(d):
            return d & 1

        n = int(input())
        par = list(map(int, input().split()))
        t = Tree(n)
        for i, p in enumerate(par, start=2):
            t.add(p, i)
        dep = t.bfs()
        print(sum(1 for v in range(1, n + 1) if odd(dep[v])))
        """,
        "O(n)",
    ),
    (
        "a_membership_test_in_a_set_filled_by_a_geometric_loop_is_a_lookup",
        """
        n = int(input())
        fib = set()
        a, b = 1, 1
        while a <= n:
            fib.add(a)
            a, b = b, a + b
        print(''.join(['O' if i in fib else 'o' for i in range(1, n + 1)]))
        """,
        "O(n)",
    ),
    (
        "recursion_on_the_disjoint_pieces_between_minima_is_quadratic",
        """
        import sys
        sys.setrecursionlimit(10000)
        n = int(input())
        a = list(map(int, input().split()))

        def solve(l, r, base):
            if l > r:
                return 0
            m = min(a[l:r + 1])
            res = m - base
            i = l
            while i <= r:
                if a[i] == m:
                    i += 1
                    continue
                j = i
                while j <= r and a[j] != m:
                    j += 1
                res += solve(i, j - 1, m)
                i = j
            return min(res, r - l + 1)

        print(solve(0, n - 1, 0))
        """,
        "O(n^2)",
    ),
    (
        "powers_of_two_of_a_counter_tried_until_one_divides_are_log_n",
        """
        for _ in range(int(input())):
            n = int(input())
            k = 2
            while True:
                d = (1 << k) - 1
                if n % d == 0:
                    print(n // d)
                    break
                k += 1
        """,
        "O(log n)",
    ),
    (
        "beautiful_divisors_grow_as_powers_of_a_counter",
        """
        n = int(input())
        ans = 1
        k = 1
        while True:
            d = ((1 << k) - 1) * (1 << (k - 1))
            if d > n:
                break
            if n % d == 0:
                ans = d
            k += 1
        print(ans)
        """,
        "O(log n)",
    ),
    (
        "a_count_read_from_the_input_taken_down_by_assignment_is_linear",
        """
        n, m = input().split()
        socks = int(n)
        m = int(m)
        day = 0
        while socks > 0:
            day = day + 1
            socks = socks - 1
            if day % m == 0:
                socks = socks + 1
        print(day)
        """,
        "O(n)",
    ),
    (
        "a_written_count_taken_down_by_assignment_is_bounded",
        """
        y, w = map(int, input().split())
        good = 6 - max(y, w) + 1
        den = 6
        divisor = 6
        while divisor > 1:
            if good % divisor == 0 and den % divisor == 0:
                good //= divisor
                den //= divisor
            divisor = divisor - 1
        print(str(good) + "/" + str(den))
        """,
        "O(1)",
    ),
    (
        "a_search_over_a_table_of_two_rows_visits_two_n_cells",
        """
        from collections import deque
        n, k = map(int, input().split())
        walls = [input(), input()]
        dist = [[-1] * n for _ in range(2)]
        dist[0][0] = 0
        dq = deque([(0, 0)])
        ok = False
        while dq:
            w, h = dq.popleft()
            d = dist[w][h]
            for nw, nh in ((w, h + 1), (w, h - 1), (1 - w, h + k)):
                if nh >= n:
                    ok = True
                    break
                if nh < 0 or walls[nw][nh] == 'X' or dist[nw][nh] != -1 or nh <= d:
                    continue
                dist[nw][nh] = d + 1
                dq.append((nw, nh))
            if ok:
                break
        print("YES" if ok else "NO")
        """,
        "O(n)",
    ),
    (
        "a_line_indexed_by_its_own_row_number_is_a_row_of_a_matrix",
        """
        n = int(input())
        s = 0
        for i in range(n):
            row = input().split()
            s ^= int(row[i])
        print(s)
        """,
        "O(n^2)",
    ),
    (
        "a_record_line_read_per_pass_and_used_at_fixed_places_is_constant",
        """
        n = int(input())
        s = 0
        for i in range(n):
            row = input().split()
            s += int(row[1]) * i
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_grid_search_recursing_on_the_else_branch_of_its_mark_test_visits_each_cell_once",
        """
        import sys
        sys.setrecursionlimit(100000)
        n, m = map(int, input().split())
        g = [input() for _ in range(n)]
        vis = [[False] * m for _ in range(n)]
        found = False

        def dfs(x, y, px, py):
            global found
            vis[x][y] = True
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < n and 0 <= ny < m and g[nx][ny] == g[x][y] and (nx, ny) != (px, py):
                    if vis[nx][ny]:
                        found = True
                    else:
                        dfs(nx, ny, x, y)

        for i in range(n):
            for j in range(m):
                if not vis[i][j]:
                    dfs(i, j, -1, -1)
        print("Yes" if found else "No")
        """,
        "O(n^2)",
    ),
    (
        "recursion_down_a_fixed_number_of_bit_levels_splitting_the_list_is_linear",
        """
        import sys
        sys.setrecursionlimit(10000)
        n = int(input())
        a = list(map(int, input().split()))

        def solve(arr, bit):
            if bit < 0 or not arr:
                return 0
            on = [x for x in arr if x >> bit & 1]
            off = [x for x in arr if not (x >> bit & 1)]
            if not on:
                return solve(off, bit - 1)
            if not off:
                return solve(on, bit - 1)
            return (1 << bit) + min(solve(on, bit - 1), solve(off, bit - 1))

        print(solve(a, 29))
        """,
        "O(n)",
    ),
    (
        "two_calls_counting_down_from_the_input_stay_exponential",
        """
        n = int(input())

        def f(k):
            if k <= 1:
                return 1
            return f(k - 1) + f(k - 2)

        print(f(n))
        """,
        "O(2^n)",
    ),
    (
        "a_king_walking_between_two_squares_of_a_board_takes_a_few_steps",
        """
        s = input()
        t = input()
        x1, y1 = ord(s[0]) - 97, int(s[1]) - 1
        x2, y2 = ord(t[0]) - 97, int(t[1]) - 1
        moves = []
        while x1 != x2 or y1 != y2:
            m = ''
            if x1 < x2:
                m += 'R'
                x1 += 1
            elif x1 > x2:
                m += 'L'
                x1 -= 1
            if y1 < y2:
                m += 'U'
                y1 += 1
            elif y1 > y2:
                m += 'D'
                y1 -= 1
            moves.append(m)
        print(len(moves))
        print('\\n'.join(moves))
        """,
        "O(1)",
    ),
    (
        "a_walk_between_two_numbers_read_from_the_input_is_linear",
        """
        x1, x2 = map(int, input().split())
        moves = []
        while x1 != x2:
            if x1 < x2:
                x1 += 1
                moves.append('R')
            else:
                x1 -= 1
                moves.append('L')
        print(''.join(moves))
        """,
        "O(n)",
    ),
    (
        "the_next_number_whose_digit_sum_divides_passes_int_as_a_function",
        """
        a = int(input())
        while sum(map(int, str(a))) % 4:
            a += 1
        print(a)
        """,
        "O(log n)",
    ),
    (
        "records_searched_for_one_that_settles_the_answer_are_read_in_full",
        """
        n = int(input())
        for _ in range(n):
            a, b = input().split()
            if a != b:
                print("Happy Alex")
                exit()
        print("Poor Alex")
        """,
        "O(n)",
    ),
    (
        "records_folded_into_a_flag_are_one_problems_data",
        """
        n = int(input())
        good = False
        for _ in range(n):
            name, before, after = input().split()
            if int(before) >= 2400 and int(after) > int(before):
                good = True
        print("YES" if good else "NO")
        """,
        "O(n)",
    ),
    (
        "a_number_read_and_handed_to_an_objects_method_is_one_record",
        """
        class RunningAverage:
            def __init__(self):
                self.count = 0
                self.total = 0.0

            def add(self, x):
                self.count += 1
                self.total += x

        n = int(input())
        avg = RunningAverage()
        for _ in range(n):
            avg.add(float(input()))
        print(avg.total / max(1, avg.count))
        """,
        "O(n)",
    ),
    (
        "a_list_cell_halved_in_place_is_a_logarithmic_loop",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        steps = 0
        for i in range(n):
            while a[i] % 2 == 0:
                a[i] //= 2
                steps += 1
        print(steps)
        """,
        "O(n log n)",
    ),
    (
        "each_list_of_a_dicts_items_sorted_costs_n_log_n_in_all",
        """
        from collections import defaultdict
        n = int(input())
        a = list(map(int, input().split()))
        where = defaultdict(list)
        for i in range(n):
            where[a[i]].append(i)
        best = 0
        for v, idx in where.items():
            idx.sort()
            best = max(best, idx[-1] - idx[0])
        print(best)
        """,
        "O(n log n)",
    ),
    (
        "a_slice_of_the_first_few_items_costs_a_constant",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = 0
        for i in range(n):
            best = max(best, sum(a[:3]) + a[i])
        print(best)
        """,
        "O(n)",
    ),
    (
        "tokens_iterated_in_two_steps_still_count_test_cases",
        """
        import sys
        data = sys.stdin.read().split()
        it = iter(data)
        t = int(next(it))
        out = []
        for _ in range(t):
            n = int(next(it))
            a = sorted(int(next(it)) for _ in range(n))
            out.append(str(a[-1] - a[0]))
        print('\\n'.join(out))
        """,
        "O(n log n)",
    ),
    (
        "a_rolling_dp_row_of_three_cells_copied_each_pass_is_constant_work",
        """
        n = int(input())
        a = list(map(int, input().split()))
        INF = 10 ** 9
        dp = [0, INF, INF]
        for x in a:
            nd = dp[:]
            nd[0] = min(dp) + 1
            for j in range(1, 3):
                if x & j:
                    nd[j] = min(dp[0], dp[3 - j])
            dp = nd
        print(min(dp))
        """,
        "O(n)",
    ),
    (
        "burnt_stubs_divided_back_into_candles_is_a_geometric_walk",
        """
        a, b = map(int, input().split())
        hours = 0
        stubs = 0
        while a > 0:
            hours += a
            stubs += a
            a = stubs // b
            stubs %= b
        print(hours)
        """,
        "O(log n)",
    ),
    (
        "a_remainder_taken_off_before_dividing_is_a_geometric_walk",
        """
        n, k = map(int, input().split())
        steps = 0
        while n:
            r = n % k
            steps += r + 1
            m = n - r
            n = m // k
        print(steps - 1)
        """,
        "O(log n)",
    ),
    (
        "three_choices_for_each_of_n_items_is_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = 10 ** 18
        for code in range(3 ** n):
            g = [0, 0, 0]
            c = code
            for i in range(n):
                g[c % 3] += a[i]
                c //= 3
            best = min(best, max(g) - min(g))
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "a_product_of_one_range_per_item_is_exponential",
        """
        from itertools import product
        n = int(input())
        cnt = list(map(int, input().split()))
        ways = 0
        for take in product(*[range(c + 1) for c in cnt]):
            if sum(take) % 2 == 0:
                ways += 1
        print(ways)
        """,
        "O(2^n)",
    ),
    (
        "the_bits_of_a_number_as_it_is_read_are_logarithmic",
        """
        print(bin(int(input())).count('1'))
        """,
        "O(log n)",
    ),
    (
        "ordered_pairs_of_the_items_are_quadratic_not_exponential",
        """
        from itertools import permutations
        n = int(input())
        a = list(map(int, input().split()))
        print(sum(1 for x, y in permutations(a, 2) if x % y == 0))
        """,
        "O(n^2)",
    ),
    (
        "a_pointer_kept_across_the_outer_loop_bounds_an_inner_loop_with_a_reset_load",
        """
        n, m = map(int, input().split())
        a = list(map(int, input().split()))
        i = 0
        buses = 0
        while i < n:
            cap = m
            while i < n and a[i] <= cap:
                cap -= a[i]
                i += 1
            buses += 1
        print(buses)
        """,
        "O(n)",
    ),
    (
        "two_pointers_eating_from_both_ends_in_growing_bites_are_linear",
        """
        t = int(input())
        for _ in range(t):
            n = int(input())
            a = list(map(int, input().split()))
            l, r = 0, n - 1
            prev = moves = turn = 0
            while l <= r:
                cur = 0
                if turn == 0:
                    while l <= r and cur <= prev:
                        cur += a[l]
                        l += 1
                else:
                    while l <= r and cur <= prev:
                        cur += a[r]
                        r -= 1
                prev = cur
                moves += 1
                turn ^= 1
            print(moves)
        """,
        "O(n)",
    ),
    (
        "an_inner_pointer_the_outer_loop_resets_is_not_amortised",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = 0
        i = 0
        while i < n:
            j = i
            s = 0
            while j < n and s + a[j] <= 100:
                s += a[j]
                j += 1
            best = max(best, j - i)
            i += 1
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "a_range_of_twice_the_product_of_two_sizes_is_quadratic",
        """
        n, m = map(int, input().split())
        c = 0
        for i in range(2 * n * m):
            c += i % 7
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "a_loop_over_the_characters_of_a_string_named_t_is_no_test_case_loop",
        """
        s = input()
        t = input()
        for ch in t:
            print(s.count(ch))
        """,
        "O(n^2)",
    ),
    (
        "gcd_with_a_written_constant_takes_a_few_steps",
        """
        from math import gcd
        n = int(input())
        c = 0
        for i in range(1, n + 1):
            if gcd(i, 6) == 1:
                c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "queries_that_each_read_a_length_and_a_string_are_test_cases",
        """
        q = int(input())
        for _ in range(q):
            n = int(input())
            s = input()
            if n == 2 and s[0] >= s[1]:
                print("NO")
            else:
                print("YES")
                print(2)
                print(s[0], s[1:])
        """,
        "O(n)",
    ),
    (
        "recursion_over_a_comprehension_of_a_vertexs_children_is_a_tree_walk",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        adj = [[] for _ in range(n + 1)]
        for _ in range(n - 1):
            u, v = map(int, input().split())
            adj[u].append(v)
            adj[v].append(u)
        def go(v, p):
            kids = [u for u in adj[v] if u != p]
            if not kids:
                return 0.0
            return sum(go(u, v) + 1 for u in kids) / len(kids)
        print("%.10f" % go(1, 0))
        """,
        "O(n)",
    ),
    (
        "a_dfs_procedure_recording_entry_times_is_no_memo_over_its_parameters",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
            g[b - 1].append(a - 1)
        tin = [0] * n
        low = [0] * n
        timer = [1]
        bridges = []
        def dfs(v, p):
            tin[v] = low[v] = timer[0]
            timer[0] += 1
            for u in g[v]:
                if u == p:
                    continue
                if tin[u]:
                    low[v] = min(low[v], tin[u])
                else:
                    dfs(u, v)
                    low[v] = min(low[v], low[u])
                    if low[u] > tin[v]:
                        bridges.append((v, u))
        dfs(0, -1)
        print(len(bridges))
        """,
        "O(n)",
    ),
    (
        "the_largest_of_each_group_of_filed_lists_costs_its_group_once",
        """
        from collections import defaultdict
        n = int(input())
        c = list(map(int, input().split()))
        p = list(map(int, input().split()))
        groups = defaultdict(list)
        for i in range(n):
            groups[p[i]].append(c[i])
        ans = 0
        for g in groups.values():
            ans += max(g) - min(g)
        print(ans)
        """,
        "O(n)",
    ),
    (
        "a_worklist_of_heap_indexed_children_below_n_is_linear",
        """
        from collections import deque
        n = int(input())
        q = deque([1])
        depth = {1: 0}
        best = 0
        while q:
            u = q.popleft()
            best = max(best, depth[u])
            if 2 * u <= n:
                depth[2 * u] = depth[u] + 1
                q.append(2 * u)
            if 2 * u + 1 <= n:
                depth[2 * u + 1] = depth[u] + 1
                q.append(2 * u + 1)
        print(best)
        """,
        "O(n)",
    ),
    (
        "lucky_numbers_grown_below_a_written_bound_are_a_constant_many",
        """
        n = int(input())
        lst = []
        stack = [4, 7]
        while stack:
            v = stack.pop()
            if v <= 10 ** 9:
                lst.append(v)
                stack.append(v * 10 + 4)
                stack.append(v * 10 + 7)
        lst.sort()
        print(lst.index(n) + 1)
        """,
        "O(1)",
    ),
    (
        "recursion_to_a_written_depth_over_a_few_choices_is_constant",
        """
        n = int(input())
        found = set()
        def go(v, x, y, length):
            if v > n or length > 10:
                return
            if v > 0:
                found.add(v)
            go(v * 10 + x, x, y, length + 1)
            go(v * 10 + y, x, y, length + 1)
        for x in range(1, 10):
            for y in range(x + 1, 10):
                go(0, x, y, 0)
        print(len(found))
        """,
        "O(1)",
    ),
    (
        "recursion_to_depth_three_over_the_items_chooses_triples",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cnt = 0
        def go(depth, start, total):
            global cnt
            if depth == 3:
                if total == 0:
                    cnt += 1
                return
            for i in range(start, n):
                go(depth + 1, i + 1, total + a[i])
        go(0, 0, 0)
        print(cnt)
        """,
        "O(n^3)",
    ),
    (
        "a_window_of_written_width_and_its_own_cuts_are_constant",
        """
        s = input()
        cnt = {}
        for i in range(len(s) - 9):
            t = s[i:i + 10]
            if t[2] == '-' and t[5] == '-' and t[:2].isdigit() and t[6:].isdigit():
                cnt[t] = cnt.get(t, 0) + 1
        print(max(cnt, key=cnt.get) if cnt else -1)
        """,
        "O(n)",
    ),
    (
        "the_rows_of_a_narrow_table_walked_by_name_are_constant",
        """
        n = int(input())
        dp = [[0] * 26 for _ in range(n)]
        s = input()
        for i in range(n):
            dp[i][ord(s[i]) - 97] = i
        print(max(max(row) for row in dp))
        """,
        "O(n)",
    ),
    (
        "records_counted_inline_and_sorted_afterwards_are_one_problem",
        """
        ex = []
        for _ in range(int(input())):
            a, b = map(int, input().split())
            ex.append((a, b))
        ex.sort()
        day = 0
        for a, b in ex:
            day = b if b >= day else a
        print(day)
        """,
        "O(n log n)",
    ),
    (
        "records_counted_inline_and_folded_into_a_count_are_one_problem",
        """
        c = 0
        for _ in range(int(input())):
            p, q = map(int, input().split())
            if q - p >= 2:
                c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_digit_of_a_list_of_the_lines_characters_bounds_a_constant_loop",
        """
        n = int(input())
        s = list(input())
        need = n // 3
        cnt = [s.count('0'), s.count('1'), s.count('2')]
        for i in range(n):
            d = int(s[i])
            if cnt[d] > need:
                for c in range(d):
                    if cnt[c] < need:
                        cnt[c] += 1
                        cnt[d] -= 1
                        s[i] = str(c)
                        break
        print(''.join(s))
        """,
        "O(n)",
    ),
    (
        "a_step_round_a_circle_is_no_halving",
        """
        n, a, x, b, y = map(int, input().split())
        ok = False
        while True:
            if a == b:
                ok = True
                break
            if a == x or b == y:
                break
            a = a % n + 1
            b = b - 1 if b > 1 else n
        print("YES" if ok else "NO")
        """,
        "O(n)",
    ),
    (
        "a_digit_dp_looping_up_to_the_current_digit_is_logarithmic",
        """
        from functools import lru_cache
        N = int(input())
        digits = list(map(int, str(N)))
        L = len(digits)
        @lru_cache(None)
        def go(pos, rem, tight):
            if pos == L:
                return 1 if rem == 0 else 0
            lim = digits[pos] if tight else 9
            res = 0
            for d in range(lim + 1):
                res += go(pos + 1, (rem + d) % 3, tight and d == lim)
            return res
        print(go(0, 0, True) - 1)
        """,
        "O(log n)",
    ),
    (
        "taking_half_off_through_a_temporary_halves_the_value",
        """
        n, b, p = map(int, input().split())
        bottles = 0
        while n > 1:
            m = n // 2
            bottles += m * (2 * b + 1)
            n -= m
        print(bottles, n * p)
        """,
        "O(log n)",
    ),
    (
        "a_list_with_a_cell_per_bit_is_logarithmic",
        """
        n = int(input())
        dp = [0] * (n.bit_length() + 1)
        for b in range(n.bit_length()):
            dp[b + 1] = dp[b] + (n >> b & 1)
        print(dp[-1])
        """,
        "O(log n)",
    ),
    (
        "two_numbers_each_adding_the_other_grow_like_fibonacci",
        """
        t = int(input())
        for _ in range(t):
            a, b, n = map(int, input().split())
            cnt = 0
            while a <= n and b <= n:
                if a < b:
                    a += b
                else:
                    b += a
                cnt += 1
            print(cnt)
        """,
        "O(log n)",
    ),
    (
        "characters_of_each_line_of_the_whole_input_are_one_pass",
        """
        import sys
        lines = sys.stdin.read().splitlines()
        words = lines[1:]
        bal = 0
        for w in words:
            for ch in w:
                bal += 1 if ch == '(' else -1
        for w in {1: 2}.keys():
            bal += w
        print(bal)
        """,
        "O(n)",
    ),
    (
        "characters_of_each_word_of_the_whole_input_are_one_pass",
        """
        import sys
        data = sys.stdin.read().split()
        n = int(data[0])
        balanced = 0
        for w in data[1:]:
            depth = 0
            for c in w:
                depth += 1 if c == "(" else -1
            balanced += depth == 0
        print(balanced)
        """,
        "O(n)",
    ),
    (
        "cells_of_an_n_by_m_grid_read_whole_are_not_one_pass",
        """
        import sys
        n, m = map(int, input().split())
        rows = sys.stdin.read().splitlines()
        stars = 0
        for row in rows:
            for ch in row:
                stars += ch == "*"
        print(stars)
        """,
        "O(n^2)",
    ),
    (
        "lines_read_whole_compared_pairwise_stay_quadratic",
        """
        import sys
        words = sys.stdin.read().split()[1:]
        smaller = 0
        for x in words:
            for y in words:
                smaller += x < y
        print(smaller)
        """,
        "O(n^2)",
    ),
    (
        "a_set_of_a_numbers_digits_is_as_small_as_the_digits",
        """
        x = int(input())
        dx = set(str(x))
        ans = 0
        i = 1
        while i * i <= x:
            if x % i == 0:
                if set(str(i)) & dx:
                    ans += 1
                j = x // i
                if j != i and set(str(j)) & dx:
                    ans += 1
            i += 1
        print(ans)
        """,
        "O(n)",
    ),
    (
        "a_square_root_rounded_by_a_step_is_no_square_root_loop",
        """
        import math
        n = int(input())
        out = []
        for x in map(int, input().split()):
            r = math.isqrt(x)
            while r * r > x:
                r -= 1
            while (r + 1) * (r + 1) <= x:
                r += 1
            out.append("YES" if r * r == x else "NO")
        print("\\n".join(out))
        """,
        "O(n)",
    ),
    (
        "a_square_root_counted_up_from_one_per_item_is_a_square_root_loop",
        """
        n = int(input())
        for x in map(int, input().split()):
            r = 1
            while r * r <= x:
                r += 1
            print(r)
        """,
        "O(n^2)",
    ),
    (
        "a_counter_stepped_down_from_nine_caps_the_loop_and_its_list",
        """
        t = int(input())
        for _ in range(t):
            x = int(input())
            digits = []
            d = 9
            while x > 0 and d > 0:
                take = min(d, x)
                digits.insert(0, take)
                x -= take
                d -= 1
            print(-1 if x > 0 else "".join(map(str, digits)))
        """,
        "O(1)",
    ),
    (
        "a_list_made_afresh_per_test_but_grown_per_item_still_grows",
        """
        t = int(input())
        for _ in range(t):
            n = int(input())
            out = []
            for x in map(int, input().split()):
                out.insert(0, x)
            print(*out)
        """,
        "O(n^2)",
    ),
    (
        "answers_collected_in_a_window_of_a_hundred_are_few",
        """
        n = int(input())
        res = []
        for x in range(max(1, n - 100), n):
            if x + sum(map(int, str(x))) == n:
                res.append(x)
        print(len(res))
        for x in res:
            print(x)
        """,
        "O(log n)",
    ),
    (
        "bubble_sort_repeated_until_a_flag_stays_down_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        moves = 0
        while True:
            swapped = False
            for i in range(n - 1):
                if a[i] > a[i + 1]:
                    a[i], a[i + 1] = a[i + 1], a[i]
                    moves += 1
                    swapped = True
            if not swapped:
                break
        print(moves)
        """,
        "O(n^2)",
    ),
    (
        "a_string_gathered_by_prepending_copies_itself_every_pass",
        """
        n = int(input())
        words = input().split()
        res = ""
        for w in words:
            res = w + " " + res
        print(res)
        """,
        "O(n^2)",
    ),
    (
        "a_string_gathered_by_appending_extends_in_place",
        """
        n = int(input())
        words = input().split()
        res = ""
        for w in words:
            res = res + w + " "
        print(res)
        """,
        "O(n)",
    ),
    (
        "a_list_filled_to_a_written_length_is_a_constant_table",
        """
        ls = []
        i = 1
        while len(ls) < 1000:
            if i % 3 and i % 10 != 3:
                ls.append(i)
            i += 1
        for _ in range(int(input())):
            k = int(input())
            print(ls[k - 1])
        """,
        "O(1)",
    ),
    (
        "a_list_filled_to_a_length_read_from_input_grows_with_it",
        """
        n = int(input())
        ls = []
        i = 1
        while len(ls) < n:
            if i % 3 and i % 10 != 3:
                ls.append(i)
            i += 1
        print(ls[-1])
        """,
        "O(n)",
    ),
    (
        "one_line_of_the_input_read_whole_split_per_pass_is_one_pass",
        """
        import sys
        lines = sys.stdin.read().splitlines()
        n = int(lines[0])
        total = 0
        for i in range(1, n + 1):
            total += len(lines[i].split())
        print(total)
        """,
        "O(n)",
    ),
    (
        "every_line_of_the_input_split_per_pass_is_quadratic",
        """
        import sys
        lines = sys.stdin.read().splitlines()
        n = int(lines[0])
        total = 0
        for i in range(1, n + 1):
            total += len(" ".join(lines).split())
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "a_running_gcd_over_a_list_adds_up_to_one_pass",
        """
        from math import gcd
        n = int(input())
        a = list(map(int, input().split()))
        g = a[0]
        for x in a:
            g = gcd(g, x)
        print(g)
        """,
        "O(n)",
    ),
    (
        "a_gcd_of_each_pair_read_pays_euclid_each_time",
        """
        from math import gcd
        n = int(input())
        for _ in range(n):
            a, b = map(int, input().split())
            print(gcd(a, b))
        """,
        "O(n log n)",
    ),
    (
        "two_loops_up_to_a_square_root_kept_in_a_name_cost_n",
        """
        import math
        n = int(input())
        r = math.isqrt(n)
        cnt = 0
        for a in range(r + 1):
            for b in range(r + 1):
                if a * a + b * b == n:
                    cnt += 1
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "two_loops_up_to_a_number_kept_in_a_name_cost_n_squared",
        """
        n = int(input())
        r = n // 2
        cnt = 0
        for a in range(r + 1):
            for b in range(r + 1):
                if a * a + b * b == n:
                    cnt += 1
        print(cnt)
        """,
        "O(n^2)",
    ),
    (
        "taking_off_the_largest_digit_each_pass_is_linear_steps",
        """
        n = int(input())
        count = 0
        x = n
        while x > 0:
            x -= max(int(d) for d in str(x))
            count += 1
        print(count)
        """,
        "O(n log n)",
    ),
    (
        "taking_off_the_lowest_set_bit_each_pass_stays_logarithmic",
        """
        n = int(input())
        steps = 0
        while n:
            n -= n & -n
            steps += 1
        print(steps)
        """,
        "O(log n)",
    ),
    (
        "a_wheel_of_26_letters_turned_one_step_at_a_time_is_a_few_steps",
        """
        s = input()
        cur = 0
        total = 0
        for ch in s:
            target = ord(ch) - 97
            fwd = 0
            p = cur
            while p != target:
                p = (p + 1) % 26
                fwd += 1
            total += min(fwd, 26 - fwd)
            cur = target
        print(total)
        """,
        "O(n)",
    ),
    (
        "a_circle_of_n_seats_walked_one_step_at_a_time_is_n_steps",
        """
        n, q = map(int, input().split())
        cur = 0
        total = 0
        for _ in range(q):
            target = int(input()) - 1
            p = cur
            while p != target:
                p = (p + 1) % n
                total += 1
            cur = target
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "a_permutation_of_five_drained_one_by_one_is_a_few_steps",
        """
        from itertools import permutations
        w = int(input())
        best = 0
        for p in permutations(range(5)):
            q = list(p)
            h = 0
            while q:
                x = q.pop(0)
                h = h * w + x
            best = max(best, h)
        print(best)
        """,
        "O(1)",
    ),
    (
        "a_list_of_n_drained_one_by_one_is_n_steps",
        """
        n = int(input())
        q = list(range(n))
        h = 0
        while q:
            x = q.pop()
            h += x
        print(h)
        """,
        "O(n)",
    ),
    (
        "palindromes_of_at_most_ten_letters_cut_by_an_end_plus_one_are_constant",
        """
        t = int(input())
        for _ in range(t):
            n = int(input())
            s = input().strip()
            ans = 0
            for i in range(n):
                for j in range(i, min(n, i + 10)):
                    if s[i:j + 1] == s[i:j + 1][::-1]:
                        ans += 1
            print(ans)
        """,
        "O(n)",
    ),
    (
        "palindromes_of_every_length_cut_by_an_end_plus_one_are_cubic",
        """
        n = int(input())
        s = input().strip()
        ans = 0
        for i in range(n):
            for j in range(i, n):
                if s[i:j + 1] == s[i:j + 1][::-1]:
                    ans += 1
        print(ans)
        """,
        "O(n^3)",
    ),
    (
        "a_counter_that_breaks_the_loop_past_five_caps_it",
        """
        n = int(input())
        ans = 0
        while n >= 100:
            n -= 100
            ans += 1
            if ans > 5:
                break
        print(ans)
        """,
        "O(1)",
    ),
    (
        "a_counter_that_breaks_the_loop_past_a_size_read_does_not_cap_it",
        """
        n, k = map(int, input().split())
        ans = 0
        while n >= 1:
            n -= 1
            ans += 1
            if ans > k:
                break
        print(ans)
        """,
        "O(n)",
    ),
    (
        "queries_counted_down_in_a_while_loop_are_answered_one_by_one",
        """
        q = int(input())
        while q:
            q -= 1
            x, y = map(int, input().split())
            print(x + y)
        """,
        "O(1)",
    ),
    (
        "records_summed_in_a_while_loop_counted_down_are_one_pass",
        """
        n = int(input())
        s = 0
        while n > 0:
            x = int(input())
            s += x
            n -= 1
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_method_summing_itself_over_its_children_visits_each_node_once",
        """
        class Tree:
            def __init__(self, n):
                self.adj = [[] for _ in range(n)]
            def size(self, v, p):
                return 1 + sum(self.size(u, v) for u in self.adj[v] if u != p)
        n = int(input())
        t = Tree(n)
        for _ in range(n - 1):
            u, v = map(int, input().split())
            t.adj[u].append(v)
            t.adj[v].append(u)
        print(t.size(0, -1))
        """,
        "O(n)",
    ),
    (
        "choices_from_a_fixed_list_in_a_generator_still_branch",
        """
        n = int(input())
        def ways(i):
            if i == n:
                return 1
            return sum(ways(i + d) for d in [1, 2] if i + d <= n)
        print(ways(0))
        """,
        "O(2^n)",
    ),
    (
        "a_bfs_popping_one_level_of_the_queue_per_pass_visits_each_vertex_once",
        """
        from collections import deque
        n = int(input())
        g = [[] for _ in range(n)]
        for _ in range(n - 1):
            a, b = map(int, input().split())
            g[a].append(b)
            g[b].append(a)
        seen = [False] * n
        seen[0] = True
        q = deque([0])
        levels = 0
        while q:
            for _ in range(len(q)):
                v = q.popleft()
                for u in g[v]:
                    if not seen[u]:
                        seen[u] = True
                        q.append(u)
            levels += 1
        print(levels)
        """,
        "O(n)",
    ),
    (
        "a_pass_over_the_whole_queue_that_pops_nothing_is_paid_per_pass",
        """
        n = int(input())
        q = list(range(n))
        steps = 0
        while q:
            for i in range(len(q)):
                steps += q[i]
            q.pop()
        print(steps)
        """,
        "O(n^2)",
    ),
    (
        "membership_in_a_set_held_in_a_list_of_sets_is_a_hash_lookup",
        """
        n, m = map(int, input().split())
        know = []
        for _ in range(n):
            know.append(set(map(int, input().split())))
        c = 0
        for lang in range(m):
            for i in range(n):
                if lang in know[i]:
                    c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "membership_in_a_list_held_in_a_list_of_lists_is_a_search",
        """
        n, m = map(int, input().split())
        know = [list(map(int, input().split())) for _ in range(n)]
        c = 0
        for lang in range(m):
            for i in range(n):
                if lang in know[i]:
                    c += 1
        print(c)
        """,
        "O(n^3)",
    ),
    (
        "the_only_line_of_each_test_case_is_a_fixed_record_as_a_lone_line_is",
        """
        for _ in range(int(input())):
            s = list(map(int, input().split()))
            w1, w2 = max(s[0], s[1]), max(s[2], s[3])
            print("YES" if sorted([w1, w2]) == sorted(s)[2:] else "NO")
        """,
        "O(1)",
    ),
    (
        "a_test_case_reading_its_size_then_its_array_sorts_the_array",
        """
        for _ in range(int(input())):
            n = int(input())
            s = list(map(int, input().split()))
            print(sorted(s)[n // 2])
        """,
        "O(n log n)",
    ),
    (
        "joining_two_lists_of_written_length_is_constant_work",
        """
        a, b = map(int, input().split())
        g = [1, 2, 3]
        h = g + [4]
        print(sum(x * a + b for x in h))
        """,
        "O(1)",
    ),
    (
        "trying_each_option_of_a_position_and_moving_to_the_next_position_branches",
        """
        n = int(input())
        c = [tuple(map(int, input().split())) for _ in range(n)]
        def go(i, last):
            if i == n:
                return True
            for v in c[i]:
                if v >= last and go(i + 1, v):
                    return True
            return False
        print("YES" if go(0, -1) else "NO")
        """,
        "O(2^n)",
    ),
    (
        "queries_that_each_read_and_answer_their_own_line_are_test_cases",
        """
        from collections import Counter
        q = int(input())
        for _ in range(q):
            c = Counter(input())
            h = min(c['L'], c['R'])
            print(2 * h)
            print('L' * h + 'R' * h)
        """,
        "O(n)",
    ),
    (
        "queries_that_scan_an_array_read_before_them_are_paid_per_query",
        """
        n = int(input())
        a = list(map(int, input().split()))
        q = int(input())
        for _ in range(q):
            l, r = map(int, input().split())
            print(sum(a[l - 1:r]))
        """,
        "O(n^2)",
    ),
    (
        "a_line_as_long_as_a_record_read_in_a_loop_is_one_record",
        """
        n = int(input())
        for _ in range(n):
            s = input()
            print('L' * len(s))
        """,
        "O(n)",
    ),
    (
        "a_helper_named_read_that_reads_one_line_reads_a_line",
        """
        import sys
        def read():
            return sys.stdin.readline()
        n = int(read())
        s = 0
        for _ in range(n):
            s += int(read().split()[0])
        print(s)
        """,
        "O(n)",
    ),
    (
        "clearing_a_childs_slot_that_no_test_reads_undoes_no_choice",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        g = [[] for _ in range(n)]
        for _ in range(n - 1):
            a, b = map(int, input().split())
            g[a].append(b)
        S = [0] * n
        def dfs(u):
            S[u] = 1
            for v in g[u]:
                dfs(v)
                S[u] += S[v]
                S[v] = None
        dfs(0)
        print(S[0])
        """,
        "O(n)",
    ),
    (
        "copying_a_row_of_a_table_of_26_counts_is_constant_work",
        """
        s = input()
        pre = [[0] * 26]
        for c in s:
            row = pre[-1][:]
            row[ord(c) - 97] += 1
            pre.append(row)
        q = int(input())
        for _ in range(q):
            l, r = map(int, input().split())
            print(sum(1 for k in range(26) if pre[r][k] - pre[l - 1][k]))
        """,
        "O(n)",
    ),
    (
        "copying_a_row_into_the_next_row_of_a_table_of_26_counts_is_constant_work",
        """
        s = input()
        n = len(s)
        pre = [[0] * 26 for _ in range(n + 1)]
        for i in range(n):
            row = pre[i + 1]
            row[:] = pre[i]
            row[ord(s[i]) - 97] += 1
        print(pre[n])
        """,
        "O(n)",
    ),
    (
        "copying_a_row_of_a_table_of_rows_as_wide_as_the_input_copies_the_input",
        """
        n = int(input())
        pre = [[0] * n]
        for i in range(n):
            row = pre[-1][:]
            row[i] += 1
            pre.append(row)
        print(pre[-1])
        """,
        "O(n^2)",
    ),
    (
        "a_count_down_shared_by_a_loop_of_two_passes_still_counts_the_value_down",
        """
        x = int(input())
        c = 0
        for v in range(2):
            while x >= 1:
                x -= 1
                c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "prefix_sums_of_each_row_of_a_grid_walk_the_whole_grid",
        """
        from itertools import accumulate
        n, m = map(int, input().split())
        for _ in range(n):
            print(*accumulate(map(int, input().split())))
        """,
        "O(n^2)",
    ),
    (
        "prefix_sums_of_the_array_are_one_pass",
        """
        from itertools import accumulate
        n = int(input())
        a = list(map(int, input().split()))
        p = list(accumulate(a))
        print(max(p))
        """,
        "O(n)",
    ),
    (
        "a_helper_popping_the_callers_stack_before_pushing_is_amortised_over_its_calls",
        """
        n = int(input())
        a = list(map(int, input().split()))
        q = []
        def push(v):
            while q and q[-1] <= v:
                q.pop()
            q.append(v)
        for x in a:
            push(x)
        print(len(q))
        """,
        "O(n)",
    ),
    (
        "a_helper_draining_a_copy_it_makes_pays_for_the_copy_every_call",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def smaller(v):
            st = a[:]
            c = 0
            while st:
                if st.pop() < v:
                    c += 1
            return c
        print(sum(smaller(x) for x in a))
        """,
        "O(n^2)",
    ),
    (
        "a_step_of_five_or_one_chosen_by_a_test_is_a_constant_step",
        """
        n = int(input())
        x = 0
        c = 0
        while x < n:
            x += 5 if n - x >= 5 else 1
            c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_step_halving_or_not_chosen_by_a_test_still_halves",
        """
        n = int(input())
        c = 0
        while n > 1:
            n = n // 2 if n % 2 == 0 else n - 1
            c += 1
        print(c)
        """,
        "O(log n)",
    ),
    (
        "words_cut_where_an_amortised_walk_stopped_add_up_to_the_line",
        """
        s = input()
        i = 0
        words = []
        while i < len(s):
            j = i
            while i < len(s) and s[i] != ' ':
                i += 1
            words.append(s[j:i])
            i += 1
        print(len(words))
        """,
        "O(n)",
    ),
    (
        "words_cut_walking_back_from_the_end_add_up_to_the_line",
        """
        s = input()
        i = len(s) - 1
        words = []
        while i >= 0:
            while i >= 0 and s[i] == ' ':
                i -= 1
            j = i
            while i >= 0 and s[i] != ' ':
                i -= 1
            if j > i:
                words.append(s[i + 1:j + 1])
        print(' '.join(words))
        """,
        "O(n)",
    ),
    (
        "a_prefix_cut_to_where_a_walk_stopped_copies_the_prefix_every_pass",
        """
        s = input()
        i = 0
        parts = []
        while i < len(s):
            while i < len(s) and s[i] != ' ':
                i += 1
            parts.append(s[:i])
            i += 1
        print(len(parts))
        """,
        "O(n^2)",
    ),
    (
        "queries_that_add_to_a_string_kept_across_them_share_it",
        """
        q = int(input())
        s = ''
        for _ in range(q):
            c = input().strip()
            s = s + c
            print(s.find('ab') + 1)
        """,
        "O(n^2)",
    ),
    (
        "a_lone_line_walked_item_by_item_is_a_list_of_any_length",
        """
        a = list(map(int, input().split()))
        odd = 0
        for x in a:
            if x % 2:
                odd += 1
        print(odd)
        """,
        "O(n)",
    ),
    (
        "a_lone_line_counted_and_sorted_is_a_record_of_parameters",
        """
        a = list(map(int, input().split()))
        a.sort()
        print("YES" if a.count(1) >= 1 or a == [2, 4, 4] else "NO")
        """,
        "O(1)",
    ),
    (
        "a_row_of_26_counts_copied_with_copy_is_constant_work",
        """
        s = input()
        P = [[0] * 26]
        for ch in s:
            nr = P[-1].copy()
            nr[ord(ch) - 97] += 1
            P.append(nr)
        print(P[-1])
        """,
        "O(n)",
    ),
    (
        "a_row_of_26_counts_copied_with_list_is_constant_work",
        """
        s = input()
        P = [[0] * 26]
        for ch in s:
            nr = list(P[-1])
            nr[ord(ch) - 97] += 1
            P.append(nr)
        print(P[-1])
        """,
        "O(n)",
    ),
    (
        "queries_walking_pointers_read_per_query_over_one_string_are_paid_per_query",
        """
        s = input()
        q = int(input())
        for _ in range(q):
            l, r = map(int, input().split())
            while l < r and s[l] == s[r]:
                l += 1
                r -= 1
            print(l)
        """,
        "O(n^2)",
    ),
    (
        "test_cases_walking_pointers_over_their_own_string_are_per_case",
        """
        t = int(input())
        for _ in range(t):
            s = input()
            l, r = 0, len(s) - 1
            while l < r and s[l] == s[r]:
                l += 1
                r -= 1
            print(l)
        """,
        "O(n)",
    ),
    (
        "a_method_no_code_calls_does_not_run",
        """
        class A:
            def __init__(self, a):
                self.a = a
            def slow(self):
                for i in self.a:
                    for j in self.a:
                        print(i, j)
        n = int(input())
        A(list(map(int, input().split())))
        print(n)
        """,
        "O(n)",
    ),
    (
        "a_method_reached_through_the_instance_runs",
        """
        class A:
            def __init__(self, a):
                self.a = a
            def slow(self):
                for i in self.a:
                    for j in self.a:
                        print(i, j)
        n = int(input())
        x = A(list(map(int, input().split())))
        x.slow()
        """,
        "O(n^2)",
    ),
    (
        "edges_added_as_one_item_lists_build_adjacency_lists",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        G = [[] for _ in range(n + 1)]
        for _ in range(m):
            a, b = map(int, input().split())
            G[a] += [b]
            G[b] += [a]
        col = [-1] * (n + 1)
        def paint(v, c):
            col[v] = c
            for u in G[v]:
                if col[u] == -1:
                    paint(u, c ^ 1)
        for v in range(1, n + 1):
            if col[v] == -1:
                paint(v, 0)
        print(col.count(0))
        """,
        "O(n)",
    ),
    (
        "a_dfs_skipping_entered_vertices_with_continue_enters_each_once",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a].append(b)
            g[b].append(a)
        tin = [-1] * n
        t = 0
        def dfs(v):
            global t
            tin[v] = t
            t += 1
            for u in g[v]:
                if tin[u] != -1:
                    continue
                dfs(u)
        for v in range(n):
            if tin[v] == -1:
                dfs(v)
        print(t)
        """,
        "O(n)",
    ),
    (
        "a_dfs_recursing_in_the_else_of_an_entered_check_enters_each_once",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a].append(b)
            g[b].append(a)
        tin = [-1] * n
        t = 0
        def dfs(v):
            global t
            tin[v] = t
            t += 1
            for u in g[v]:
                if tin[u] != -1:
                    pass
                else:
                    dfs(u)
        for v in range(n):
            if tin[v] != -1:
                continue
            dfs(v)
        print(t)
        """,
        "O(n)",
    ),
    (
        "arranging_items_skipping_used_ones_with_continue_still_branches",
        """
        n = int(input())
        a = list(map(int, input().split()))
        used = [False] * n
        best = 0
        def go(k, s):
            global best
            if k == n:
                best = max(best, s)
                return
            for i in range(n):
                if used[i]:
                    continue
                used[i] = True
                go(k + 1, s * 2 + a[i])
                used[i] = False
        go(0, 0)
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "queries_after_an_array_read_their_own_few_fields",
        """
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        s = 0
        for _ in range(q):
            z = list(map(int, input().split()))
            s += z[0]
            print(s)
        """,
        "O(n)",
    ),
    (
        "rows_of_an_n_by_m_grid_read_as_lists_are_summed_whole",
        """
        n, m = map(int, input().split())
        t = 0
        for _ in range(n):
            row = list(map(int, input().split()))
            t += sum(row)
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "the_digits_of_each_word_of_one_line_add_up_to_the_line",
        """
        n = int(input())
        for w in input().split():
            print(sum(map(int, w)))
        """,
        "O(n)",
    ),
    (
        "the_lengths_of_all_words_summed_for_each_word_cost_the_list_each_time",
        """
        n = int(input())
        words = input().split()
        for w in words:
            print(sum(map(len, words)))
        """,
        "O(n^2)",
    ),
    (
        "a_recursive_binary_search_on_the_answer_checks_all_the_data_each_step",
        """
        import sys
        sys.setrecursionlimit(10000)
        n, k = map(int, input().split())
        L = [int(input()) for _ in range(n)]
        def pieces(x):
            return sum(l // x for l in L)
        def bs(lo, hi):
            if lo >= hi:
                return lo
            mid = (lo + hi + 1) // 2
            if pieces(mid) >= k:
                return bs(mid, hi)
            return bs(lo, mid - 1)
        print(bs(1, max(L)))
        """,
        "O(n log n)",
    ),
    (
        "a_recursion_summing_the_half_it_keeps_shrinks_its_work_with_its_range",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def f(lo, hi):
            if hi - lo <= 1:
                return 0
            mid = (lo + hi) // 2
            return sum(a[lo:mid]) + f(mid, hi)
        print(f(0, n))
        """,
        "O(n)",
    ),
    (
        "a_grid_two_coloured_by_flood_fill_from_every_uncoloured_cell_colours_each_once",
        """
        n, m = map(int, input().split())
        g = [input() for _ in range(n)]
        col = [[-1] * m for _ in range(n)]
        for i in range(n):
            for j in range(m):
                if col[i][j] < 0:
                    col[i][j] = 0
                    st = [(i, j)]
                    while st:
                        x, y = st.pop()
                        for a, b in ((x + 1, y), (x, y + 1)):
                            if a < n and b < m and col[a][b] < 0:
                                col[a][b] = 1 - col[x][y]
                                st.append((a, b))
        print(col[0][0])
        """,
        "O(n^2)",
    ),
    (
        "counts_drained_one_by_one_for_every_value_add_up_to_the_items",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cnt = [0] * (n + 1)
        for x in a:
            cnt[x] += 1
        out = []
        for v in range(n + 1):
            while cnt[v] > 0:
                out.append(v)
                cnt[v] -= 1
        print(*out)
        """,
        "O(n)",
    ),
    (
        "cells_each_holding_n_drained_one_by_one_cost_n_each",
        """
        n = int(input())
        cnt = [n] * n
        steps = 0
        for v in range(n):
            while cnt[v] > 0:
                steps += 1
                cnt[v] -= 1
        print(steps)
        """,
        "O(n^2)",
    ),
    (
        "a_loop_up_to_a_remainder_plus_one_stays_below_the_modulus",
        """
        r = int(input())
        s = 0
        for i in range(r % 100 + 1):
            s += i
        print(s)
        """,
        "O(1)",
    ),
    (
        "a_loop_up_to_a_quotient_plus_one_grows_with_the_value",
        """
        r = int(input())
        s = 0
        for i in range(r // 100 + 1):
            s += i
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_slice_from_the_loop_index_to_the_end_is_paid_per_pass_before_a_break",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            if a[i] in a[i + 1:]:
                print(i + 1)
                break
        else:
            print(-1)
        """,
        "O(n^2)",
    ),
    (
        "a_prefix_up_to_a_stepped_counter_is_paid_per_pass_before_a_break",
        """
        s = input()
        i = 0
        while i < len(s):
            t = s[i:]
            if t == t[::-1]:
                break
            i += 1
        print(s + s[:i][::-1])
        """,
        "O(n^2)",
    ),
    (
        "a_window_whose_both_ends_move_before_a_break_stays_paid_once",
        """
        n = int(input())
        a = list(map(int, input().split()))
        d = list(map(int, input().split()))
        i = 0
        for w in d:
            if set(a[i:i + w]) != {a[i]}:
                print("No")
                break
            i += w
        else:
            print("Yes")
        """,
        "O(n)",
    ),
    (
        "two_lists_of_written_length_added_in_a_loop_are_constant_work",
        """
        n = int(input())
        ps = []
        for i in range(n):
            x = int(input())
            ps.append([x] + [i])
        ps.sort()
        print(ps[0])
        """,
        "O(n log n)",
    ),
    (
        "a_list_added_to_an_unpacked_line_in_a_loop_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        out = []
        for i in range(n):
            out.append([*a] + [i])
        print(len(out))
        """,
        "O(n^2)",
    ),
    (
        "rows_built_by_star_unpacking_are_as_wide_as_list_map_rows",
        """
        n = int(input())
        A = [[*map(int, input().split())] for _ in range(n)]
        print(sum(sum(r) for r in A))
        """,
        "O(n^2)",
    ),
    (
        "a_cell_doubled_in_a_loop_testing_only_the_lists_length_is_no_halving_loop",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = 0
        while i < len(a) - 1:
            if a[i] == a[i + 1]:
                del a[i]
                a[i] *= 2
            else:
                i += 1
        print(len(a))
        """,
        "O(n^2)",
    ),
    (
        "a_cell_halved_while_the_test_reads_it_stays_a_halving_loop",
        """
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for i in range(n):
            while a[i] % 2 == 0:
                a[i] //= 2
                c += 1
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "a_recursion_clearing_the_lowest_set_bit_is_logarithmic",
        """
        def g(k):
            if k == 0:
                return 0
            return 1 + g(k & (k - 1))
        def h(k):
            return 0 if k == 0 else 1 + h(k - (k & -k))
        n = int(input())
        print(g(n), h(n))
        """,
        "O(log n)",
    ),
    (
        "a_recursion_masking_off_a_fixed_bit_while_counting_down_stays_linear",
        """
        def g(k, m):
            if k == 0:
                return m
            return g(k - 1, m & (m - 2))
        n = int(input())
        print(g(n, n))
        """,
        "O(n)",
    ),
    (
        "a_counter_raised_as_the_exponent_of_any_base_stops_after_log_n",
        """
        n, k = map(int, input().split())
        i = j = 0
        while 3 ** i <= n:
            i += 1
        while pow(k, j) <= n:
            j += 1
        print(i, j)
        """,
        "O(log n)",
    ),
    (
        "a_counter_squared_against_n_is_no_power_of_the_counter",
        """
        n = int(input())
        i = 0
        while i ** 2 <= n:
            i += 1
        c = 0
        for j in range(n):
            c += j % i
        print(c)
        """,
        "O(n)",
    ),
    (
        "answers_appended_a_written_number_of_times_per_test_case_are_per_case",
        """
        res = []
        for _ in range(int(input())):
            k = int(input())
            for h in range(2):
                res.append(str(k + h))
        print(" ".join(res))
        """,
        "O(1)",
    ),
    (
        "answers_appended_once_per_item_read_in_a_test_case_number_the_items",
        """
        res = []
        for _ in range(int(input())):
            k = int(input())
            for h in range(k):
                res.append(str(k + h))
        print(" ".join(res))
        """,
        "O(n)",
    ),
    (
        "readline_of_stdin_imported_from_sys_is_a_reader",
        """
        from sys import stdin
        rl = stdin.readline
        t = int(rl())
        for _ in range(t):
            n = int(rl())
            a = list(map(int, rl().split()))
            s = 0
            for x in a:
                s += x
            print(s)
        """,
        "O(n)",
    ),
    (
        "taking_away_the_top_bit_each_pass_stops_after_log_n",
        """
        n = int(input())
        c = 0
        while n > 0:
            p = 1 << (n.bit_length() - 1)
            n -= p
            c += 1
        print(c)
        """,
        "O(log n)",
    ),
    (
        "taking_away_the_bit_length_itself_each_pass_stays_linear",
        """
        n = int(input())
        c = 0
        while n > 0:
            n -= n.bit_length()
            c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_worklist_popping_two_and_pushing_two_never_grows",
        """
        from collections import deque
        n, k = map(int, input().split())
        q = deque(map(int, input().split()))
        wins = 0
        for _ in range(n):
            x = q.popleft()
            y = q.popleft()
            q.appendleft(max(x, y))
            q.append(min(x, y))
        while len(q) > 1 and wins < k:
            x = q.popleft()
            y = q.popleft()
            q.appendleft(max(x, y))
            q.append(min(x, y))
            wins += 1
        print(q[0])
        """,
        "O(n)",
    ),
    (
        "a_search_in_two_numbers_written_out_is_constant",
        """
        cnt = 0
        for h in range(24):
            for m in range(60):
                if '7' in str(h) + str(m):
                    cnt += 1
        print(cnt, '7' in str(3) + str(4))
        """,
        "O(1)",
    ),
    (
        "a_search_in_a_line_joined_to_a_number_scans_the_line",
        """
        s = input()
        n = int(input())
        c = 0
        for i in range(n):
            if str(i) in s + str(n):
                c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "a_golfed_test_case_loop_over_a_repeated_character_is_per_case",
        """
        t = int(input())
        for _ in ' ' * t:
            n = int(input())
            a = list(map(int, input().split()))
            for i in range(n):
                for j in range(i):
                    print(a[i] + a[j])
        """,
        "O(n^2)",
    ),
    (
        "a_loop_over_a_repeated_character_reading_nothing_is_a_plain_loop",
        """
        n = int(input())
        s = input()
        c = 0
        for ch in 'a' * n:
            for d in s:
                c += ch == d
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "weighted_edges_added_as_one_item_lists_build_adjacency",
        """
        n, m = map(int, input().split())
        G = [[] for _ in range(n + 1)]
        for _ in range(m):
            u, v, w = map(int, input().split())
            G[u] += [(v, w)]
            G[v] += [(u, w)]
        seen = [0] * (n + 1)
        st = [1]
        seen[1] = 1
        while st:
            x = st.pop()
            for y, w in G[x]:
                if not seen[y]:
                    seen[y] = 1
                    st.append(y)
        print(sum(seen))
        """,
        "O(n)",
    ),
    (
        "edges_added_one_way_with_extend_are_no_adjacency",
        """
        n = int(input())
        G = [[] for _ in range(n)]
        for i in range(n):
            for j in range(n):
                G[i].extend([j])
        print(sum(len(g) for g in G))
        """,
        "O(n^2)",
    ),
    (
        "a_loop_indexing_an_array_preallocated_for_the_largest_input_is_bounded_by_n",
        """
        MAXN = 2 * 10 ** 5 + 5
        f = [0] * MAXN
        def main():
            n = int(input())
            i = 1
            while i <= n:
                f[i] = f[i - 1] + i
                i += 1
            print(f[n])
        main()
        """,
        "O(n)",
    ),
    (
        "a_loop_indexing_a_small_written_table_is_bounded_by_the_table",
        """
        days = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        d = int(input())
        m = 0
        while d > days[m]:
            d -= days[m]
            m += 1
        print(m + 1, d)
        """,
        "O(1)",
    ),
    (
        "a_recursive_descent_parser_on_a_global_cursor_reads_each_position_once",
        """
        s = input() + '$'
        pos = 0
        def expr():
            global pos
            v = term()
            while s[pos] in '+-':
                op = s[pos]
                pos += 1
                v = v + term() if op == '+' else v - term()
            return v
        def term():
            global pos
            if s[pos] == '(':
                pos += 1
                v = expr()
                pos += 1
                return v
            v = 0
            while s[pos].isdigit():
                v = v * 10 + int(s[pos])
                pos += 1
            return v
        print(expr())
        """,
        "O(n)",
    ),
    (
        "nested_nodes_on_a_global_cursor_called_while_input_remains_are_linear",
        """
        s = input()
        pos = 0
        cnt = {}
        def node(d):
            global pos
            pos += 1
            cnt[d] = cnt.get(d, 0) + 1
            while s[pos] == '(':
                node(d + 1)
            pos += 1
        while pos < len(s):
            node(0)
        print(max(cnt.values()))
        """,
        "O(n)",
    ),
    (
        "backtracking_that_counts_its_leaves_in_a_global_stays_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cnt = 0
        def go(i, s):
            global cnt
            cnt += 1
            if i == n:
                return
            for take in (0, 1):
                go(i + 1, s + take * a[i])
        go(0, 0)
        print(cnt)
        """,
        "O(2^n)",
    ),
    (
        "a_global_position_stepped_back_after_each_call_is_backtracking",
        """
        n = int(input())
        a = list(map(int, input().split()))
        pos = 0
        best = 0
        def go():
            global pos, best
            if pos == n:
                return
            for _ in range(2):
                best = max(best, a[pos])
                pos += 1
                go()
                pos -= 1
        go()
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "queries_walking_a_cut_of_the_array_from_a_point_read_each_pass_multiply",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for _ in range(n):
            k = int(input())
            for v in a[k:]:
                print(v)
        """,
        "O(n^2)",
    ),
    (
        "test_cases_walking_their_own_array_from_a_point_read_stay_per_case",
        """
        t = int(input())
        for _ in range(t):
            k = int(input())
            a = list(map(int, input().split()))
            for v in a[k:]:
                print(v)
        """,
        "O(n)",
    ),
    (
        "a_golfed_list_of_stdin_lines_is_walked_a_line_at_a_time",
        """
        for s in [*open(0)]:
            print(s.split()[0])
        """,
        "O(n)",
    ),
    (
        "a_flood_fill_marking_its_cell_first_visits_each_cell_once_whatever_the_name",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        g = [input() for _ in range(n)]
        reach = [[False] * m for _ in range(n)]
        def go(i, j):
            reach[i][j] = True
            for a, b in ((i + 1, j), (i - 1, j), (i, j + 1), (i, j - 1)):
                if 0 <= a < n and 0 <= b < m and g[a][b] == '.' and not reach[a][b]:
                    go(a, b)
        go(0, 0)
        print(sum(map(sum, reach)))
        """,
        "O(n^2)",
    ),
    (
        "a_mark_set_first_and_cleared_after_the_calls_is_backtracking",
        """
        n = int(input())
        a = list(map(int, input().split()))
        taken = [False] * n
        best = 0
        def go(i, s):
            global best
            taken[i] = True
            best = max(best, s)
            for j in range(n):
                if not taken[j]:
                    go(j, s + a[j])
            taken[i] = False
        go(0, a[0])
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "runs_walked_from_a_cursor_carried_across_a_for_loop_are_amortised",
        """
        n = int(input())
        s = input()
        i = 0
        runs = 0
        for _ in range(n):
            if i >= n:
                break
            j = i
            while j < n and s[j] == s[i]:
                j += 1
            runs += 1
            i = j
        print(runs)
        """,
        "O(n)",
    ),
    (
        "a_scan_restarting_from_the_for_loops_own_index_stays_quadratic",
        """
        n = int(input())
        s = input()
        best = 0
        for i in range(n):
            j = i
            while j < n and s[j] == s[i]:
                j += 1
            best = max(best, j - i)
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "a_memo_count_raised_only_below_a_written_cap_is_a_constant_dimension",
        """
        from functools import lru_cache
        n = int(input())
        a = list(map(int, input().split()))
        @lru_cache(None)
        def go(i, k):
            if i == n:
                return 0
            r = go(i + 1, k)
            if k < 2:
                r = max(r, go(i + 1, k + 1) + a[i])
            return r
        print(go(0, 0))
        """,
        "O(n)",
    ),
    (
        "a_memo_count_raised_below_a_size_read_is_a_second_dimension",
        """
        from functools import lru_cache
        n, m = map(int, input().split())
        a = list(map(int, input().split()))
        @lru_cache(None)
        def go(i, k):
            if i == n:
                return 0
            r = go(i + 1, k)
            if k < m:
                r = max(r, go(i + 1, k + 1) + a[i])
            return r
        print(go(0, 0))
        """,
        "O(n^2)",
    ),
    (
        "a_grid_bfs_pushing_with_a_one_item_add_is_bounded_by_the_grid",
        """
        from collections import deque
        n, m = map(int, input().split())
        g = [input() for _ in range(n)]
        d = {(0, 0): 0}
        q = deque([(0, 0)])
        while q:
            x, y = q.popleft()
            for a, b in ((x + 1, y), (x - 1, y), (x, y + 1), (x, y - 1)):
                if 0 <= a < n and 0 <= b < m and g[a][b] == '.' and (a, b) not in d:
                    d[a, b] = d[x, y] + 1
                    q += [(a, b)]
        print(d.get((n - 1, m - 1), -1))
        """,
        "O(n^2)",
    ),
    (
        "a_list_added_to_itself_in_a_loop_still_doubles",
        """
        n = int(input())
        res = [[]]
        for x in range(n):
            res += [r + [x] for r in res]
        print(len(res))
        """,
        "O(2^n)",
    ),
    (
        "a_for_loop_from_where_the_last_pass_broke_off_is_amortised",
        """
        n = int(input())
        a = list(map(int, input().split()))
        pos = 0
        groups = 0
        while pos < n:
            for q in range(pos, n):
                if a[q] != a[pos]:
                    break
            else:
                q = n
            groups += 1
            pos = q
        print(groups)
        """,
        "O(n)",
    ),
    (
        "two_queues_trading_items_do_not_branch",
        """
        from collections import deque
        n = int(input())
        A = deque(map(int, input().split()))
        B = deque(map(int, input().split()))
        turns = 0
        while A and B and turns < 2 * n:
            x, y = A.popleft(), B.popleft()
            if x > y:
                A.append(y)
                A.append(x)
            else:
                B.append(x)
                B.append(y)
            turns += 1
        print(turns)
        """,
        "O(n)",
    ),
    (
        "a_trie_walked_by_node_equals_node_of_b_stays_a_dict",
        """
        n = int(input())
        a = list(map(int, input().split()))
        root = {}
        def ins(x):
            node = root
            for i in range(30):
                b = x >> i & 1
                if b not in node:
                    node[b] = {}
                node = node[b]
        for x in a:
            ins(x)
        print(len(root))
        """,
        "O(n)",
    ),
    (
        "a_list_walked_by_cur_equals_cur_of_i_is_still_searched",
        """
        n = int(input())
        a = list(map(int, input().split()))
        nested = [a]
        c = 0
        for x in a:
            cur = nested
            cur = cur[0]
            if x in cur:
                c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "a_bfs_written_with_for_over_a_growing_list_per_unvisited_start_is_linear",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
            g[b - 1].append(a - 1)
        vis = [False] * n
        comps = 0
        for i in range(n):
            if vis[i]:
                continue
            vis[i] = True
            q = [i]
            for v in q:
                for u in g[v]:
                    if not vis[u]:
                        vis[u] = True
                        q.append(u)
            comps += 1
        print(comps)
        """,
        "O(n)",
    ),
    (
        "a_bfs_per_start_with_marks_cleared_each_time_stays_quadratic",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
            g[b - 1].append(a - 1)
        best = 0
        for i in range(n):
            vis = [False] * n
            vis[i] = True
            q = [i]
            for v in q:
                for u in g[v]:
                    if not vis[u]:
                        vis[u] = True
                        q.append(u)
            best = max(best, len(q))
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "a_recursion_on_all_but_both_ends_copies_the_rest_each_call",
        """
        s = input()
        def pal(s):
            if len(s) < 2:
                return True
            return s[0] == s[-1] and pal(s[1:-1])
        print(pal(s))
        """,
        "O(n^2)",
    ),
    (
        "a_cut_between_two_negative_ends_is_a_few_items",
        """
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for i in range(n):
            c += sum(a[-3:-1])
        print(c)
        """,
        "O(n)",
    ),
    (
        "queries_climbing_a_parent_table_read_before_multiply",
        """
        n = int(input())
        par = [0] + [int(x) for x in input().split()]
        m = int(input())
        for _ in range(m):
            a = int(input())
            d = 0
            while par[a]:
                a = par[a]
                d += 1
            print(d)
        """,
        "O(n^2)",
    ),
    (
        "test_cases_climbing_their_own_parent_table_stay_per_case",
        """
        t = int(input())
        for _ in range(t):
            n = int(input())
            par = [0] + [int(x) for x in input().split()]
            a = n
            d = 0
            while par[a]:
                a = par[a]
                d += 1
            print(d)
        """,
        "O(n)",
    ),
    (
        "a_tree_walk_pushing_each_node_on_a_heap_pays_the_log_at_every_node",
        """
        import sys, heapq
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        g = [[] for _ in range(n)]
        for _ in range(n - 1):
            a, b = map(int, input().split())
            g[a].append(b)
            g[b].append(a)
        h = []
        def dfs(v, p):
            heapq.heappush(h, v)
            for u in g[v]:
                if u != p:
                    dfs(u, v)
        dfs(0, -1)
        print(h[0])
        """,
        "O(n log n)",
    ),
    (
        "a_tree_walk_with_constant_work_per_node_stays_linear",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        g = [[] for _ in range(n)]
        for _ in range(n - 1):
            a, b = map(int, input().split())
            g[a].append(b)
            g[b].append(a)
        cnt = [0]
        def dfs(v, p):
            cnt[0] += 1
            for u in g[v]:
                if u != p:
                    dfs(u, v)
        dfs(0, -1)
        print(cnt[0])
        """,
        "O(n)",
    ),
    (
        "walk_up_a_parent_array_read_from_input_per_node_is_quadratic",
        """
        n = int(input())
        par = [0] + list(map(int, input().split()))
        ans = 0
        for v in range(1, n + 1):
            u, d = v, 0
            while par[u] != 0:
                u = par[u]
                d += 1
            ans += d
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "recursive_depth_up_a_parent_array_read_from_input_per_node_is_quadratic",
        """
        n = int(input())
        p = [0, 0] + list(map(int, input().split()))
        def depth(v):
            if p[v] == 0:
                return 0
            return 1 + depth(p[v])
        print(max(depth(v) for v in range(1, n + 1)))
        """,
        "O(n^2)",
    ),
    (
        "union_find_walk_over_parents_it_builds_stays_amortised",
        """
        n, m = map(int, input().split())
        p = [-1] * (n + 1)
        def find(x):
            while p[x] >= 0:
                x = p[x]
            return x
        for _ in range(m):
            a, b = map(int, input().split())
            ra, rb = find(a), find(b)
            if ra != rb:
                p[ra] = rb
        print(sum(1 for i in range(1, n + 1) if p[i] < 0))
        """,
        "O(n)",
    ),
    (
        "count_reduced_by_a_constant_modulus_bounds_the_loop",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        k %= 4
        for _ in range(k):
            a = a[::-1]
        print(*a)
        """,
        "O(n)",
    ),
    (
        "count_reduced_by_a_constant_modulus_after_a_loop_over_it_stays_a_size",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        for _ in range(k):
            a = a[::-1]
        k %= 4
        print(*a, k)
        """,
        "O(n^2)",
    ),
    (
        "count_reduced_by_the_length_still_bounds_by_the_length",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        k %= n
        for _ in range(k):
            a = a[1:] + a[:1]
        print(*a)
        """,
        "O(n^2)",
    ),
    (
        "lone_line_walked_through_its_length_kept_under_a_name_is_a_list",
        """
        a = list(map(int, input().split()))
        k = len(a)
        for i in range(k):
            print(a[i])
        """,
        "O(n)",
    ),
    (
        "lone_line_emptied_by_pops_is_a_list",
        """
        a = list(map(int, input().split()))
        s = 0
        while a:
            s += a.pop()
        print(s)
        """,
        "O(n)",
    ),
    (
        "lone_line_of_parameters_sorted_stays_a_record",
        """
        a = list(map(int, input().split()))
        k = len(a)
        a.sort()
        print(a[0] + a[1], k)
        """,
        "O(1)",
    ),
    (
        "step_of_the_square_of_the_outer_index_sums_to_at_most_a_harmonic_series",
        """
        n = int(input())
        c = 0
        for k in range(2, n + 1):
            for j in range(k * k, n + 1, k * k):
                c += 1
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "step_of_twice_the_outer_index_is_harmonic",
        """
        n = int(input())
        c = [0] * (n + 1)
        for i in range(1, n + 1):
            for j in range(i, n + 1, 2 * i):
                c[j] += 1
        print(max(c))
        """,
        "O(n log n)",
    ),
    (
        "deque_rotated_by_the_loop_index_moves_that_many_items",
        """
        from collections import deque
        n = int(input())
        d = deque(range(n))
        for i in range(n):
            d.rotate(i)
        print(d[0])
        """,
        "O(n^2)",
    ),
    (
        "deque_rotated_by_one_each_pass_stays_linear",
        """
        from collections import deque
        n = int(input())
        d = deque(range(n))
        for i in range(n):
            d.rotate(-1)
            d.rotate()
        print(d[0])
        """,
        "O(n)",
    ),
    (
        "whole_list_unpacked_into_print_on_every_pass_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            a[i] = 0
            print(*a)
        """,
        "O(n^2)",
    ),
    (
        "each_row_walked_unpacked_into_print_once_stays_linear",
        """
        n = int(input())
        pairs = []
        for i in range(n):
            u, v = map(int, input().split())
            pairs.append((v, u))
        for p in pairs:
            print(*p)
        """,
        "O(n)",
    ),
    (
        "line_after_a_discarded_count_line_is_the_list_even_when_read_by_position",
        """
        input()
        a = sorted(map(int, input().split()))
        print(a[-1] - a[0])
        """,
        "O(n log n)",
    ),
    (
        "line_after_a_count_kept_in_underscore_is_the_list",
        """
        _ = input()
        a = list(map(int, input().split()))
        a.sort()
        print(a[-1] - a[0])
        """,
        "O(n log n)",
    ),
    (
        "range_of_a_character_of_the_string_walked_is_at_most_nine",
        """
        s = input()
        t = 0
        for ch in s:
            for k in range(int(ch)):
                t += k
        print(t)
        """,
        "O(n)",
    ),
    (
        "range_of_a_digit_of_a_number_walked_is_at_most_nine",
        """
        n = int(input())
        t = 0
        for c in str(n):
            for d in range(int(c) + 1):
                t += d
        print(t)
        """,
        "O(log n)",
    ),
    (
        "range_of_a_word_of_the_line_walked_is_a_number_of_any_size",
        """
        n = int(input())
        a = input().split()
        t = 0
        for w in a:
            for k in range(int(w)):
                t += 1
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "list_of_distinct_characters_kept_by_a_not_in_guard_holds_an_alphabet",
        """
        s = input()
        letters = []
        for ch in s:
            if ch not in letters:
                letters.append(ch)
        print("CHAT WITH HER!" if len(letters) % 2 == 0 else "IGNORE HIM!")
        """,
        "O(n)",
    ),
    (
        "list_of_distinct_words_kept_by_a_not_in_guard_grows_with_the_line",
        """
        n = int(input())
        a = input().split()
        seen = []
        for w in a:
            if w not in seen:
                seen.append(w)
        print(len(seen))
        """,
        "O(n^2)",
    ),
    (
        "list_of_characters_also_grown_unguarded_grows_with_the_string",
        """
        s = input()
        letters = []
        for ch in s:
            if ch not in letters:
                letters.append(ch)
            letters.append(ch + ch)
        print(len(letters))
        """,
        "O(n^2)",
    ),
    (
        "set_of_sums_below_a_modulus_holds_at_most_the_modulus",
        """
        n, m = map(int, input().split())
        a = list(map(int, input().split()))
        r = {0}
        for x in a:
            r |= {(y + x) % m for y in r}
        print(0 in r)
        """,
        "O(n^2)",
    ),
    (
        "set_of_sums_kept_under_a_bound_holds_at_most_the_bound",
        """
        n, t = map(int, input().split())
        a = list(map(int, input().split()))
        r = {0}
        for x in a:
            r |= {y + x for y in r if y + x <= t}
        print(t in r)
        """,
        "O(n^2)",
    ),
    (
        "set_of_all_subset_sums_still_doubles",
        """
        n = int(input())
        a = list(map(int, input().split()))
        r = {0}
        for x in a:
            r |= {y + x for y in r}
        print(len(r))
        """,
        "O(2^n)",
    ),
    (
        "list_of_sums_filtered_by_a_bound_still_doubles_without_dedup",
        """
        n = int(input())
        a = list(map(int, input().split()))
        r = [0]
        for x in a:
            r += [y + x for y in r if y + x > 0]
        print(len(r))
        """,
        "O(2^n)",
    ),
    (
        "worklist_of_strings_pushed_while_shorter_than_n_is_exponential",
        """
        from collections import deque
        n = int(input())
        q = deque(['4', '7'])
        c = 0
        while q:
            x = q.popleft()
            c += 1
            if len(x) < n:
                q.append(x + '4')
                q.append(x + '7')
        print(c)
        """,
        "O(2^n)",
    ),
    (
        "worklist_of_strings_pushed_while_shorter_than_a_constant_is_constant",
        """
        from collections import deque
        q = deque(['4', '7'])
        res = []
        while q:
            x = q.popleft()
            res.append(int(x))
            if len(x) < 10:
                q.append(x + '4')
                q.append(x + '7')
        n = int(input())
        print(min(v for v in res if v >= n))
        """,
        "O(1)",
    ),
    (
        "list_joined_to_a_copy_of_itself_made_beforehand_doubles",
        """
        n = int(input())
        a = list(map(int, input().split()))
        subs = [[]]
        for x in a:
            new = [s + [x] for s in subs]
            subs = subs + new
        print(len(subs))
        """,
        "O(2^n)",
    ),
    (
        "list_replaced_by_a_copy_made_beforehand_keeps_its_size",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = a[:]
        for i in range(n):
            new = [x + 1 for x in b]
            b = new
        print(sum(b))
        """,
        "O(n^2)",
    ),
    (
        "range_of_a_constant_plus_a_remainder_is_constant",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        for _ in range(1 + k % 3):
            a = a[::-1]
        print(*a)
        """,
        "O(n)",
    ),
    (
        "range_of_a_min_with_a_constant_plus_a_remainder_is_constant",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        for _ in range(min(k, 2 + k % 2)):
            a = [x * 2 for x in a]
        print(*a)
        """,
        "O(n)",
    ),
    (
        "range_of_a_constant_plus_a_number_read_is_that_number",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        for _ in range(1 + k):
            a = a[::-1]
        print(*a)
        """,
        "O(n^2)",
    ),
    (
        "power_of_two_above_the_size_from_bit_length_sizes_a_segment_tree",
        """
        n = int(input())
        a = list(map(int, input().split()))
        LOG = (n - 1).bit_length()
        SZ = 1 << LOG
        t = [0] * (2 * SZ)
        for i in range(n):
            t[SZ + i] = a[i]
        for i in range(SZ - 1, 0, -1):
            t[i] = t[2 * i] + t[2 * i + 1]
        print(t[1])
        """,
        "O(n)",
    ),
    (
        "loop_to_the_power_of_two_above_the_size_is_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        LOG = (n - 1).bit_length()
        t = [0] * (2 << LOG)
        for i in range(1 << LOG):
            if i < n:
                t[i + (1 << LOG)] = a[i]
        print(sum(t))
        """,
        "O(n)",
    ),
    (
        "all_masks_of_the_size_stay_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        full = (1 << n) - 1
        best = 0
        for m in range(full + 1):
            best = max(best, sum(a[i] for i in range(n) if m >> i & 1))
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "builtin_called_by_its_bare_name_in_a_method_of_that_name_is_not_recursion",
        """
        class M:
            def __init__(self):
                self.a = [0]
            def max(self):
                return max(self.a[-1], 0)
        n = int(input())
        m = M()
        s = 0
        for i in range(n):
            m.a.append(i)
            s += m.max()
        print(s)
        """,
        "O(n)",
    ),
    (
        "function_named_like_a_builtin_calling_itself_is_recursion",
        """
        def pow(a, b, m):
            if b == 0:
                return 1
            h = pow(a, b // 2, m)
            return h * h * (a if b % 2 else 1) % m
        n = int(input())
        print(pow(3, n, 10 ** 9 + 7))
        """,
        "O(log n)",
    ),
    (
        "dfs_sorting_each_vertexs_children_is_a_traversal_paying_n_log_n_in_all",
        """
        n = int(input())
        ch = [[] for _ in range(n)]
        for v in range(1, n):
            ch[int(input())].append(v)
        order = []
        def walk(u):
            order.append(u)
            for v in sorted(ch[u]):
                walk(v)
        walk(0)
        print(*order)
        """,
        "O(n log n)",
    ),
    (
        "helper_sorting_the_vertexs_list_called_once_per_vertex_is_n_log_n",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
        def best(v):
            s = sorted(g[v])
            return s[-1] if s else -1
        print(sum(best(v) for v in range(n)))
        """,
        "O(n log n)",
    ),
    (
        "query_line_unpacked_with_a_starred_rest_read_at_written_places_is_a_record",
        """
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        for _ in range(q):
            t, *r = map(int, input().split())
            if t == 1:
                a[r[0] - 1] = r[1]
            else:
                print(a[r[0] - 1])
        """,
        "O(n)",
    ),
    (
        "query_with_a_starred_rest_doing_a_whole_list_scan_still_counts_each_query",
        """
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        for _ in range(q):
            t, *r = map(int, input().split())
            a[r[0] - 1] = sum(a)
        print(a)
        """,
        "O(n^2)",
    ),
    (
        "range_counting_down_from_a_constant_is_bounded_whatever_its_end",
        """
        n, w = map(int, input().split())
        a = list(map(int, input().split()))
        dp = [0] * 1001
        for x in a:
            for j in range(1000, w - 1, -1):
                dp[j] = max(dp[j], dp[j - 1] + x)
        print(dp[1000])
        """,
        "O(n)",
    ),
    (
        "range_counting_down_from_a_size_to_a_constant_is_the_size",
        """
        n = int(input())
        a = list(map(int, input().split()))
        s = 0
        for x in a:
            for j in range(n, 0, -1):
                s += j * x
        print(s)
        """,
        "O(n^2)",
    ),
    (
        "inner_loop_ending_in_a_plain_break_runs_one_pass",
        """
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for i in range(n):
            for j in range(i + 1, n):
                if a[j] > a[i]:
                    c += 1
                break
        print(c)
        """,
        "O(n)",
    ),
    (
        "inner_loop_breaking_only_under_a_condition_runs_to_the_end",
        """
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for i in range(n):
            for j in range(i + 1, n):
                if a[j] > a[i]:
                    c += 1
                    break
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "brute_force_under_a_small_size_guard_is_constant_work",
        """
        def rec(p):
            n = len(p)
            if n <= 3:
                return sum(x * y for x in p for y in p)
            m = n // 2
            return rec(p[:m]) + rec(p[m:])
        print(rec(list(map(int, input().split()))))
        """,
        "O(n log n)",
    ),
    (
        "work_under_a_large_size_guard_still_grows",
        """
        n = int(input())
        a = list(map(int, input().split()))
        if n > 3:
            print(sum(1 for i in range(n) for j in range(i) if a[i] < a[j]))
        """,
        "O(n^2)",
    ),
    (
        "helper_returning_the_next_token_of_the_whole_input_is_a_reader",
        """
        import sys
        buf = sys.stdin.read().split()
        p = 0
        def ni():
            global p
            p += 1
            return int(buf[p - 1])
        t = ni()
        for _ in range(t):
            n = ni()
            s = 0
            for _ in range(n):
                s += ni()
            print(s)
        """,
        "O(n)",
    ),
    (
        "helper_summing_a_slice_of_the_whole_input_is_not_a_reader",
        """
        import sys
        buf = sys.stdin.read().split()
        def total(k):
            return sum(int(x) for x in buf[:k])
        n = int(buf[0])
        print(sum(total(i) for i in range(n)))
        """,
        "O(n^2)",
    ),
    (
        "queries_counted_on_their_own_line_over_an_array_read_before_are_queries",
        """
        n = int(input())
        a = list(map(int, input().split()))
        q = int(input())
        for _ in range(q):
            k = int(input())
            print(max(a[i] for i in range(n - k + 1)))
        """,
        "O(n^2)",
    ),
    (
        "test_cases_each_reading_their_own_array_stay_per_case",
        """
        t = int(input())
        for _ in range(t):
            n = int(input())
            a = list(map(int, input().split()))
            print(max(a[i] for i in range(n)))
        """,
        "O(n)",
    ),
    (
        "gnome_sort_index_stepping_back_after_each_swap_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = 0
        while i < n:
            if i == 0 or a[i - 1] <= a[i]:
                i += 1
            else:
                a[i], a[i - 1] = a[i - 1], a[i]
                i -= 1
        print(*a)
        """,
        "O(n^2)",
    ),
    (
        "scan_restarting_from_the_front_after_each_fix_is_quadratic",
        """
        s = list(input())
        i = 0
        while i < len(s):
            if s[i] == '?':
                s[i] = 'a'
                i = 0
            else:
                i += 1
        print(''.join(s))
        """,
        "O(n^2)",
    ),
    (
        "two_pointers_each_moving_one_way_stay_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        l, r = 0, n - 1
        while l < r:
            if a[l] + a[r] > 0:
                r -= 1
            else:
                l += 1
        print(l)
        """,
        "O(n)",
    ),
    (
        "counter_taken_down_each_pass_and_topped_up_sometimes_stays_linear",
        """
        n, m = map(int, input().split())
        day = 0
        while n:
            day += 1
            n -= 1
            if day % m == 0:
                n += 1
        print(day)
        """,
        "O(n)",
    ),
    (
        "digital_root_through_a_recursive_digit_sum_helper_is_logarithmic",
        """
        def ds(x):
            return x if x < 10 else x % 10 + ds(x // 10)
        n = int(input())
        while n >= 10:
            n = ds(n)
        print(n)
        """,
        "O(log n)",
    ),
    (
        "digital_root_through_a_nested_digit_sum_helper_is_logarithmic",
        """
        def main():
            n = int(input())
            def dsum(x):
                s = 0
                while x:
                    s += x % 10
                    x //= 10
                return s
            while n >= 10:
                n = dsum(n)
            print(n)
        main()
        """,
        "O(log n)",
    ),
    (
        "digital_root_folding_a_copy_of_the_number_is_logarithmic",
        """
        n = int(input())
        while n >= 10:
            s = 0
            m = n
            while m:
                s += m % 10
                m //= 10
            n = s
        print(n)
        """,
        "O(log n)",
    ),
    (
        "countdown_guarded_like_a_digital_root_is_still_linear",
        """
        n = int(input())
        c = 0
        while n > 9:
            n = n - 1
            c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "range_step_of_the_outer_index_plus_one_is_harmonic",
        """
        n = int(input())
        c = [0] * n
        for i in range(n):
            for j in range(0, n, i + 1):
                c[j] += 1
        print(sum(c))
        """,
        "O(n log n)",
    ),
    (
        "knight_search_on_a_written_eight_by_eight_board_is_constant",
        """
        from collections import deque
        s, t = input().split()
        sx, sy = ord(s[0]) - 97, int(s[1]) - 1
        tx, ty = ord(t[0]) - 97, int(t[1]) - 1
        dist = [[-1] * 8 for _ in range(8)]
        dist[sx][sy] = 0
        q = deque([(sx, sy)])
        while q:
            x, y = q.popleft()
            for dx, dy in ((1, 2), (2, 1), (-1, 2), (-2, 1), (1, -2), (2, -1), (-1, -2), (-2, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < 8 and 0 <= ny < 8 and dist[nx][ny] == -1:
                    dist[nx][ny] = dist[x][y] + 1
                    q.append((nx, ny))
        print(dist[tx][ty])
        """,
        "O(1)",
    ),
    (
        "worklist_of_cells_under_written_bounds_is_constant",
        """
        d = [[-1] * 8 for _ in range(8)]
        st = [(0, 0)]
        while st:
            x, y = st.pop()
            for u, v in ((x + 1, y), (x, y + 1)):
                if u < 8 and v < 8 and d[u][v] < 0:
                    d[u][v] = 0
                    st.append((u, v))
        print(d[7][7])
        """,
        "O(1)",
    ),
    (
        "knight_search_on_a_board_of_the_size_read_is_quadratic",
        """
        from collections import deque
        n = int(input())
        dist = [[-1] * n for _ in range(n)]
        dist[0][0] = 0
        q = deque([(0, 0)])
        while q:
            x, y = q.popleft()
            for dx, dy in ((1, 2), (2, 1), (-1, 2), (-2, 1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < n and 0 <= ny < n and dist[nx][ny] == -1:
                    dist[nx][ny] = dist[x][y] + 1
                    q.append((nx, ny))
        print(dist[n - 1][n - 1])
        """,
        "O(n^2)",
    ),
    (
        "set_chosen_by_a_conditional_expression_is_a_set",
        """
        d = int(input())
        dead = set(input().split()) if d else set()
        k = int(input())
        c = 0
        for _ in range(k):
            if input() in dead:
                c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "while_a_product_with_the_outer_index_stays_in_bounds_is_harmonic",
        """
        n = int(input())
        c = 0
        for i in range(1, n + 1):
            j = 1
            while i * j <= n:
                c += 1
                j += 1
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "for_loop_that_breaks_past_a_product_with_the_outer_index_is_harmonic",
        """
        n = int(input())
        c = 0
        for i in range(1, n + 1):
            for j in range(1, n + 1):
                if i * j > n:
                    break
                c += 1
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "linear_sieve_breaks_past_a_multiple_of_the_outer_index",
        """
        n = int(input())
        primes = []
        lp = [0] * (n + 1)
        for i in range(2, n + 1):
            if lp[i] == 0:
                lp[i] = i
                primes.append(i)
            for p in primes:
                if p > lp[i] or i * p > n:
                    break
                lp[i * p] = i
        print(len(primes))
        """,
        "O(n log n)",
    ),
    (
        "a_break_on_a_product_of_two_inner_items_keeps_the_square",
        """
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for x in a:
            for y in a:
                if x * y > 10 ** 9:
                    break
                c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "dfs_defined_in_a_test_case_loop_files_its_edges_per_case",
        """
        for _ in range(int(input())):
            n = int(input())
            G = [[] for _ in range(n)]
            for _ in range(n - 1):
                a, b = map(int, input().split())
                G[a].append(b)
            vis = [False] * n
            def dfs(v):
                vis[v] = True
                for w in G[v]:
                    if not vis[w]:
                        dfs(w)
            dfs(0)
            print(sum(vis))
        """,
        "O(n)",
    ),
    (
        "components_counted_per_test_case_keep_their_marks_within_the_case",
        """
        for _ in range(int(input())):
            n, m = map(int, input().split())
            G = [[] for _ in range(n)]
            for _ in range(m):
                a, b = map(int, input().split())
                G[a].append(b)
            vis = [False] * n
            def dfs(v):
                vis[v] = True
                for w in G[v]:
                    if not vis[w]:
                        dfs(w)
            c = 0
            for i in range(n):
                if not vis[i]:
                    c += 1
                    dfs(i)
            print(c)
        """,
        "O(n)",
    ),
    (
        "marks_reset_for_every_query_still_cost_a_traversal_each",
        """
        n, q = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(n - 1):
            a, b = map(int, input().split())
            g[a].append(b)
            g[b].append(a)
        def dfs(v):
            vis[v] = True
            for w in g[v]:
                if not vis[w]:
                    dfs(w)
        for _ in range(q):
            s = int(input())
            vis = [False] * n
            dfs(s)
            print(sum(vis))
        """,
        "O(n^2)",
    ),
    (
        "colour_zero_marks_a_vertex_when_unvisited_cells_hold_minus_one",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a].append(b)
        col = [-1] * n
        def dfs(v):
            col[v] = 0
            for w in g[v]:
                if col[w] == -1:
                    dfs(w)
        for i in range(n):
            if col[i] == -1:
                dfs(i)
        print(col.count(0))
        """,
        "O(n)",
    ),
    (
        "entry_time_from_a_one_cell_counter_marks_a_vertex",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a].append(b)
        tin = [-1] * n
        timer = [0]
        def dfs(v):
            tin[v] = timer[0]
            timer[0] += 1
            for w in g[v]:
                if tin[w] == -1:
                    dfs(w)
        for i in range(n):
            if tin[i] == -1:
                dfs(i)
        print(timer[0])
        """,
        "O(n)",
    ),
    (
        "divisors_found_by_trial_division_are_few_to_sort",
        """
        n = int(input())
        ds = []
        i = 1
        while i * i <= n:
            if n % i == 0:
                ds.append(i)
            i += 1
        ds.sort()
        print(ds)
        """,
        "O(n)",
    ),
    (
        "pairs_of_divisors_from_a_filtered_comprehension_are_few",
        """
        from math import gcd
        n = int(input())
        ds = [d for d in range(1, int(n ** 0.5) + 1) if n % d == 0]
        ds += [n // d for d in ds if d * d != n]
        c = 0
        for x in ds:
            for y in ds:
                if x // gcd(x, y) * y == n:
                    c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "subsets_of_the_prime_factors_of_one_number_are_not_exponential",
        """
        m, n = map(int, input().split())
        ps = []
        x = m
        d = 2
        while d * d <= x:
            if x % d == 0:
                ps.append(d)
                while x % d == 0:
                    x //= d
            d += 1
        if x > 1:
            ps.append(x)
        k = len(ps)
        res = 0
        for mask in range(1 << k):
            pr = 1
            for i in range(k):
                if mask >> i & 1:
                    pr *= ps[i]
            res += (-1) ** bin(mask).count('1') * (n // pr)
        print(res)
        """,
        "O(n log n)",
    ),
    (
        "items_of_an_array_divisible_by_k_are_many",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        good = []
        for x in a:
            if x % k == 0:
                good.append(x)
        c = 0
        for x in good:
            for y in good:
                c += x < y
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "range_from_one_to_a_square_root_plus_one_is_the_root",
        """
        from math import isqrt
        n = int(input())
        r = isqrt(n)
        c = 0
        for i in range(1, r + 1):
            for j in range(1, r + 1):
                if (i * i + j * j) % 7 == 0:
                    c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "range_over_a_name_bound_to_a_product_of_sizes_counts_the_pairs",
        """
        n = int(input())
        m = n * n
        c = 0
        for i in range(m):
            for k in range(n):
                c += i ^ k
        print(c)
        """,
        "O(n^3)",
    ),
    (
        "queries_that_search_a_string_read_before_them_scan_it_each_time",
        """
        s = input()
        for _ in range(int(input())):
            print(s.find(input()))
        """,
        "O(n^2)",
    ),
    (
        "test_cases_that_each_read_their_own_string_stay_linear",
        """
        for _ in range(int(input())):
            s = input()
            print(s.count("a"))
        """,
        "O(n)",
    ),
    (
        "lone_line_walked_by_a_while_loop_up_to_its_length_is_a_list",
        """
        a = input().split()
        i = 0
        c = 0
        while i < len(a):
            if a[i] == "x":
                c += 1
            i += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "lone_line_walked_down_from_its_length_is_a_list",
        """
        a = list(map(int, input().split()))
        i = len(a) - 2
        while i >= 0:
            a[i] = max(a[i], a[i + 1])
            i -= 1
        print(a[0])
        """,
        "O(n)",
    ),
    (
        "power_of_two_of_a_counter_found_by_a_while_loop_is_the_size_above_n",
        """
        n = int(input())
        a = list(map(int, input().split()))
        h = 0
        while (1 << h) < n:
            h += 1
        size = 1 << h
        t = [0] * (2 * size)
        for i in range(n):
            t[size + i] = a[i]
        for i in range(size - 1, 0, -1):
            t[i] = t[2 * i] + t[2 * i + 1]
        print(t[1])
        """,
        "O(n)",
    ),
    (
        "levels_counted_beside_a_doubling_size_are_logarithmic",
        """
        n = int(input())
        sz = 1
        lg = 0
        while sz < n:
            sz *= 2
            lg += 1
        D = [0] * sz
        for h in range(lg):
            half = 1 << h
            for c in range(half, sz, 2 * half):
                for i in range(c, c + half):
                    D[i] += 1
        print(sum(D))
        """,
        "O(n log n)",
    ),
    (
        "power_of_two_of_a_read_count_stays_exponential",
        """
        n = int(input())
        h = n
        size = 1 << h
        c = 0
        for m in range(size):
            c += m & 1
        print(c)
        """,
        "O(2^n)",
    ),
    (
        "map_of_a_count_method_scans_the_list_per_item",
        """
        n = int(input())
        a = input().split()
        print(max(map(a.count, a)))
        """,
        "O(n^2)",
    ),
    (
        "filter_by_a_lambda_counting_in_the_list_scans_it_per_item",
        """
        n = int(input())
        a = list(map(int, input().split()))
        print(list(filter(lambda x: a.count(x) == 1, a)))
        """,
        "O(n^2)",
    ),
    (
        "map_of_a_constant_lambda_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        print(sum(map(lambda x: x * 2, a)))
        """,
        "O(n)",
    ),
    (
        "path_compression_in_two_passes_over_a_collected_path_is_amortised",
        """
        n, m = map(int, input().split())
        par = list(range(n))
        def find(x):
            path = []
            while par[x] != x:
                path.append(x)
                x = par[x]
            for v in path:
                par[v] = x
            return x
        for _ in range(m):
            a, b = map(int, input().split())
            a, b = find(a), find(b)
            if a != b:
                par[b] = a
        print(sum(1 for i in range(n) if find(i) == i))
        """,
        "O(n)",
    ),
    (
        "memo_looked_up_with_get_is_a_memo",
        """
        memo = {}
        def f(n):
            if n < 2:
                return n
            r = memo.get(n)
            if r is not None:
                return r
            r = f(n - 1) + f(n - 2)
            memo[n] = r
            return r
        print(f(int(input())))
        """,
        "O(n)",
    ),
    (
        "memo_tested_with_get_and_a_sentinel_is_a_memo",
        """
        memo = {}
        def f(n):
            if n < 2:
                return n
            if memo.get(n, -1) != -1:
                return memo[n]
            memo[n] = f(n - 1) + f(n - 2)
            return memo[n]
        print(f(int(input())))
        """,
        "O(n)",
    ),
    (
        "a_tally_kept_with_get_in_a_branching_recursion_is_no_memo",
        """
        n = int(input())
        cnt = {}
        def f(k):
            cnt[k] = cnt.get(k, 0) + 1
            if k < 2:
                return k
            return f(k - 1) + f(k - 2)
        print(f(n), len(cnt))
        """,
        "O(2^n)",
    ),
    (
        "fast_power_called_with_a_constant_exponent_expression_is_constant_work",
        """
        MOD = 10**9 + 7
        def power(a, b):
            r = 1
            while b:
                if b & 1:
                    r = r * a % MOD
                a = a * a % MOD
                b >>= 1
            return r
        n = int(input())
        a = list(map(int, input().split()))
        print(sum(power(x, MOD - 2) for x in a) % MOD)
        """,
        "O(n)",
    ),
    (
        "fast_power_called_with_an_item_as_exponent_costs_a_log_each",
        """
        MOD = 10**9 + 7
        def power(a, b):
            r = 1
            while b:
                if b & 1:
                    r = r * a % MOD
                a = a * a % MOD
                b >>= 1
            return r
        n = int(input())
        a = list(map(int, input().split()))
        print(sum(power(2, x) for x in a) % MOD)
        """,
        "O(n log n)",
    ),
    (
        "printing_every_choice_of_a_product_unpacked_is_exponential",
        """
        from itertools import product
        n = int(input())
        print(*product('ab', repeat=n))
        """,
        "O(2^n)",
    ),
    (
        "a_power_of_three_kept_under_a_name_bounds_an_exponential_loop",
        """
        n = int(input())
        N = 3 ** n
        c = 0
        for x in range(N):
            c += x % 7
        print(c)
        """,
        "O(2^n)",
    ),
    (
        "binary_digits_prepended_to_a_string_while_halving_are_logarithmic",
        """
        n = int(input())
        s = ""
        while n:
            s = str(n % 2) + s
            n //= 2
        print(s)
        """,
        "O(log n)",
    ),
    (
        "digits_inserted_at_the_front_while_dividing_are_logarithmic",
        """
        n = int(input())
        b = []
        while n:
            b.insert(0, n % 10)
            n //= 10
        print(b)
        """,
        "O(log n)",
    ),
    (
        "digits_joined_in_front_as_one_item_lists_are_logarithmic",
        """
        n = int(input())
        b = []
        while n:
            b = [n % 2] + b
            n //= 2
        print(b)
        """,
        "O(log n)",
    ),
    (
        "words_prepended_in_a_loop_over_the_input_copy_all_each_time",
        """
        n = int(input())
        res = ""
        for _ in range(n):
            w = input()
            res = w + res
        print(res)
        """,
        "O(n^2)",
    ),
    (
        "a_fixed_matrix_squared_by_a_generic_multiply_is_logarithmic",
        """
        MOD = 10**9 + 7
        def mul(A, B):
            n = len(A)
            C = [[0] * n for _ in range(n)]
            for i in range(n):
                for j in range(n):
                    for k in range(n):
                        C[i][j] = (C[i][j] + A[i][k] * B[k][j]) % MOD
            return C
        n = int(input())
        R = [[1, 0], [0, 1]]
        M = [[1, 1], [1, 0]]
        while n:
            if n & 1:
                R = mul(R, M)
            M = mul(M, M)
            n >>= 1
        print(R[0][1])
        """,
        "O(log n)",
    ),
    (
        "a_matrix_read_from_the_input_multiplied_keeps_its_size",
        """
        def mul(A, B):
            n = len(A)
            C = [[0] * n for _ in range(n)]
            for i in range(n):
                for j in range(n):
                    for k in range(n):
                        C[i][j] += A[i][k] * B[k][j]
            return C
        n = int(input())
        A = [list(map(int, input().split())) for _ in range(n)]
        print(mul(A, A))
        """,
        "O(n^3)",
    ),
    (
        "distinct_letters_of_a_lowered_string_are_an_alphabet",
        """
        s = input()
        print(sorted(set(s.lower())))
        """,
        "O(n)",
    ),
    (
        "distinct_words_of_a_line_are_many",
        """
        s = input()
        print(sorted(set(s.split())))
        """,
        "O(n log n)",
    ),
    (
        "a_short_slice_of_each_group_of_a_dict_of_lists_is_constant",
        """
        from collections import defaultdict
        n = int(input())
        g = defaultdict(list)
        for _ in range(n):
            k, v = map(int, input().split())
            g[k].append(v)
        for k in g:
            print(sum(g[k][:2]))
        """,
        "O(n)",
    ),
    (
        "a_fixed_matrix_powered_through_a_helper_is_logarithmic",
        """
        def matmul(A, B):
            n = len(A)
            C = [[0] * n for _ in range(n)]
            for i in range(n):
                for k in range(n):
                    for j in range(n):
                        C[i][j] += A[i][k] * B[k][j]
            return C
        def matpow(M, e):
            R = [[1, 0], [0, 1]]
            while e:
                if e & 1:
                    R = matmul(R, M)
                M = matmul(M, M)
                e >>= 1
            return R
        print(matpow([[1, 1], [1, 0]], int(input()))[0][1])
        """,
        "O(log n)",
    ),
    (
        "a_matrix_read_from_the_input_powered_through_a_helper_keeps_its_size",
        """
        def matmul(A, B):
            n = len(A)
            C = [[0] * n for _ in range(n)]
            for i in range(n):
                for k in range(n):
                    for j in range(n):
                        C[i][j] += A[i][k] * B[k][j]
            return C
        def matpow(M, e):
            R = [[int(i == j) for j in range(len(M))] for i in range(len(M))]
            while e:
                if e & 1:
                    R = matmul(R, M)
                M = matmul(M, M)
                e >>= 1
            return R
        n, k = map(int, input().split())
        A = [list(map(int, input().split())) for _ in range(n)]
        print(matpow(A, k))
        """,
        "O(n^3)",
    ),
    (
        "a_list_joined_to_a_comprehension_of_written_length_is_constant",
        """
        g = [list(input()) for _ in range(3)]
        rows = [[1, 2] + [0 for j in range(3)] for _ in range(3)]
        print(rows, g)
        """,
        "O(1)",
    ),
    (
        "a_list_joined_to_a_comprehension_over_the_input_size_is_linear",
        """
        n = int(input())
        a = [1, 2] + [0 for j in range(n)]
        print(a)
        """,
        "O(n)",
    ),
    (
        "a_heap_popped_back_to_a_written_size_after_each_push_is_constant_work",
        """
        import heapq
        n = int(input())
        a = list(map(int, input().split()))
        h = []
        for x in a:
            heapq.heappush(h, x)
            if len(h) > 3:
                heapq.heappop(h)
        print(sum(h))
        """,
        "O(n)",
    ),
    (
        "a_heap_popped_back_to_a_size_read_from_the_input_costs_a_log",
        """
        import heapq
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        h = []
        for x in a:
            heapq.heappush(h, x)
            if len(h) > k:
                heapq.heappop(h)
        print(sum(h))
        """,
        "O(n log n)",
    ),
    (
        "levels_kept_on_self_as_a_bit_length_are_logarithmic",
        """
        class S:
            def __init__(self, n):
                self.log = n.bit_length()
                self.d = [0] * (2 << self.log)
            def set(self, p):
                for i in range(1, self.log + 1):
                    self.d[p >> i] += 1
        n = int(input())
        s = S(n)
        for i in range(n):
            s.set(i)
        """,
        "O(n log n)",
    ),
    (
        "a_bit_count_kept_on_self_or_the_class_is_constant",
        """
        class T:
            B = 30
            def __init__(self):
                self.K = 20
            def go(self, x):
                c = 0
                for b in range(self.B):
                    c += x >> b & 1
                for b in range(self.K):
                    c += x >> b & 1
                return c
        n = int(input())
        a = list(map(int, input().split()))
        t = T()
        print(sum(t.go(x) for x in a))
        """,
        "O(n)",
    ),
    (
        "a_list_kept_on_self_and_filled_later_is_not_constant",
        """
        class Queue:
            def __init__(self):
                self.a = []
            def push(self, x):
                self.a.append(x)
            def total(self):
                return sum(self.a)
        n = int(input())
        q = Queue()
        for i in range(n):
            q.push(i)
            print(q.total())
        """,
        "O(n^2)",
    ),
    (
        "test_cases_counted_off_a_token_iterator_over_open_0_are_per_case",
        """
        it = iter(open(0).read().split())
        t = int(next(it))
        for _ in range(t):
            n = int(next(it))
            a = [int(next(it)) for _ in range(n)]
            print(sum(a))
        """,
        "O(n)",
    ),
    (
        "test_cases_counted_off_a_mapped_token_iterator_are_per_case",
        """
        import sys
        it = map(int, sys.stdin.read().split())
        t = next(it)
        for _ in range(t):
            n = next(it)
            a = [next(it) for _ in range(n)]
            print(sum(a))
        """,
        "O(n)",
    ),
    (
        "answers_written_joined_with_a_trailing_newline_are_only_printed",
        """
        import sys
        out = []
        for _ in range(int(input())):
            n, k = map(int, input().split())
            out.append(n + k)
        sys.stdout.write("\\n".join(map(str, out)) + "\\n")
        """,
        "O(1)",
    ),
    (
        "range_renamed_the_python_2_way_is_still_range",
        """
        xrange = range
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for i in xrange(n):
            for d in xrange(1, 4):
                c += a[i] * d
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_comprehension_over_a_slice_of_written_width_is_a_few_items",
        """
        s = input()
        a = [int(c) for c in s[:3]]
        a.sort()
        print(a)
        """,
        "O(1)",
    ),
    (
        "a_comprehension_over_a_slice_to_the_end_keeps_its_length",
        """
        n = int(input())
        s = input()
        a = [int(c) for c in s[1:]]
        a.sort()
        print(a)
        """,
        "O(n log n)",
    ),
    (
        "bits_of_a_number_listed_by_a_comprehension_are_logarithmic",
        """
        x = int(input())
        b = [x >> i & 1 for i in range(x.bit_length())]
        print(sum(b), max(b))
        """,
        "O(log n)",
    ),
    (
        "map_of_a_helper_that_scans_the_list_pays_the_scan_per_item",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def f(i):
            return sum(a) - a[i]
        print(max(map(f, range(n))))
        """,
        "O(n^2)",
    ),
    (
        "sorting_by_a_helper_that_scans_the_list_pays_the_scan_per_item",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def key(x):
            return sum(1 for y in a if y < x)
        print(sorted(a, key=key))
        """,
        "O(n^2)",
    ),
    (
        "map_of_a_constant_helper_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def f(x):
            return x * x % 7
        print(sum(map(f, a)))
        """,
        "O(n)",
    ),
    (
        "a_tree_dfs_over_its_children_by_index_is_a_traversal",
        """
        n = int(input())
        g = [[] for _ in range(n + 1)]
        for _ in range(n - 1):
            a, b = map(int, input().split())
            g[a].append(b)
            g[b].append(a)
        cnt = 0
        def re(v, p):
            global cnt
            ch = [u for u in g[v] if u != p]
            cnt += 1
            for i in range(len(ch)):
                re(ch[i], v)
        re(1, 0)
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "a_function_wrapped_in_lru_cache_after_its_def_is_a_memo",
        """
        import functools
        def f(i):
            if i <= 1:
                return 1
            return f(i - 1) + f(i - 2)
        f = functools.lru_cache(None)(f)
        n = int(input())
        print(f(n))
        """,
        "O(n)",
    ),
    (
        "a_function_rewrapped_by_something_else_keeps_its_branching",
        """
        def trace(g):
            return g
        def f(i):
            if i <= 1:
                return 1
            return f(i - 1) + f(i - 2)
        f = trace(f)
        n = int(input())
        print(f(n))
        """,
        "O(2^n)",
    ),
    (
        "a_while_loop_below_the_min_of_the_size_and_a_written_number_is_constant",
        """
        n = int(input())
        i = 0
        while i < min(n, 9):
            i += 1
        print(i)
        """,
        "O(1)",
    ),
    (
        "a_while_loop_below_the_min_of_two_sizes_is_linear",
        """
        n, m = map(int, input().split())
        i = 0
        while i < min(n, m):
            i += 1
        print(i)
        """,
        "O(n)",
    ),
    (
        "the_numbers_of_each_line_of_stdin_summed_are_each_read_once",
        """
        for line in open(0):
            print(sum(map(int, line.split())))
        """,
        "O(n)",
    ),
    (
        "a_list_made_from_each_line_of_stdin_is_one_line_of_the_input",
        """
        import sys
        for line in sys.stdin:
            a = list(map(int, line.split()))
            print(sum(a))
        """,
        "O(n)",
    ),
    (
        "the_characters_of_each_line_after_the_first_are_each_read_once",
        """
        import sys
        lines = sys.stdin.readlines()
        for line in lines[1:]:
            s = line.strip()
            cnt = 0
            for ch in s:
                if ch == 'a':
                    cnt += 1
            print(cnt)
        """,
        "O(n)",
    ),
    (
        "numbers_of_a_line_picked_by_index_from_the_lines_read_whole",
        """
        I = [*open(0)]
        for i in range(1, len(I), 2):
            a = list(map(int, I[i + 1].split()))
            print(sum(x & 1 for x in a))
        """,
        "O(n)",
    ),
    (
        "a_line_read_once_and_scanned_for_each_line_of_stdin_is_quadratic",
        """
        import sys
        s = input()
        for line in sys.stdin:
            print(s.count(line.strip()))
        """,
        "O(n^2)",
    ),
    (
        "a_static_method_calling_itself_through_its_class_branches",
        """
        class H:
            @staticmethod
            def go(k):
                if k == 0:
                    return 1
                return H.go(k - 1) + H.go(k - 1)
        print(H.go(int(input())))
        """,
        "O(2^n)",
    ),
    (
        "a_method_called_through_its_class_with_self_passed_by_hand_recurses",
        """
        class S:
            def go(self, i, n):
                if i == n:
                    return 0
                return 1 + S.go(self, i + 1, n)
        n = int(input())
        print(S().go(0, n))
        """,
        "O(n)",
    ),
    (
        "a_callable_object_calling_itself_branches",
        """
        class F:
            def __call__(self, k):
                if k < 2:
                    return k
                return self(k - 1) + self(k - 2)
        print(F()(int(input())))
        """,
        "O(2^n)",
    ),
    (
        "a_callable_object_that_halves_its_argument_is_logarithmic",
        """
        class P:
            def __call__(self, b, e, m):
                if e == 0:
                    return 1
                h = self(b, e // 2, m)
                return h * h * (b if e % 2 else 1) % m
        a, e = map(int, input().split())
        p = P()
        print(p(a, e, 10 ** 9 + 7))
        """,
        "O(log n)",
    ),
    (
        "a_test_case_loop_over_xrange_from_the_python2_shim_is_constant",
        """
        try:
            xrange
        except NameError:
            xrange = range
        t = int(input())
        for _ in xrange(t):
            a, b = map(int, input().split())
            print(a + b)
        """,
        "O(1)",
    ),
    (
        "raw_input_reads_a_line_as_input_does",
        """
        t = int(raw_input())
        for _ in range(t):
            a, b = map(int, raw_input().split())
            print(a + b)
        """,
        "O(1)",
    ),
    (
        "a_program_defining_its_own_xrange_keeps_it",
        """
        def xrange(a):
            return range(a * a)
        n = int(input())
        c = 0
        for i in xrange(n):
            for j in xrange(n):
                c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "a_recursive_result_kept_and_added_to_itself_is_one_call",
        """
        n = int(input())
        def gen(k):
            if k == 0:
                return 1
            sub = gen(k - 1)
            return sub + sub
        print(gen(n))
        """,
        "O(n)",
    ),
    (
        "a_recursive_list_kept_and_joined_to_itself_doubles",
        """
        n = int(input())
        def gen(k):
            if k == 0:
                return [""]
            sub = gen(k - 1)
            return [s + "0" for s in sub] + [s + "1" for s in sub]
        print(len(gen(n)))
        """,
        "O(2^n)",
    ),
    (
        "a_test_case_loop_golfed_into_exec_of_a_repeated_string_is_constant",
        """
        exec(int(input()) * "a,b=map(int,input().split());print(a+b)\\n")
        """,
        "O(1)",
    ),
    (
        "exec_of_a_comprehension_repeated_n_times_is_quadratic",
        """
        n=int(input());a=list(range(n))
        exec("a=[x+1 for x in a];"*n)
        print(a[0])
        """,
        "O(n^2)",
    ),
    (
        "small_to_large_merging_of_sets_up_a_tree_is_n_log_n",
        """
        n = int(input())
        par = [0, -1] + list(map(int, input().split()))
        sets = [{v} for v in range(n + 1)]
        for v in range(n, 1, -1):
            p = par[v]
            a, b = sets[p], sets[v]
            if len(a) < len(b):
                a, b = b, a
            for x in b:
                a.add(x)
            sets[p] = a
        print(len(sets[1]))
        """,
        "O(n log n)",
    ),
    (
        "small_to_large_merging_of_groups_by_extend_is_n_log_n",
        """
        n, q = map(int, input().split())
        comp = list(range(n))
        mem = [[i] for i in range(n)]
        for _ in range(q):
            a, b = map(int, input().split())
            x, y = comp[a], comp[b]
            if x == y:
                continue
            if len(mem[x]) < len(mem[y]):
                x, y = y, x
            for v in mem[y]:
                comp[v] = x
            mem[x].extend(mem[y])
            mem[y] = []
        print(len(set(comp)))
        """,
        "O(n log n)",
    ),
    (
        "merging_the_larger_group_after_the_swap_stays_quadratic",
        """
        n = int(input())
        par = [0, -1] + list(map(int, input().split()))
        sets = [[v] for v in range(n + 1)]
        for v in range(n, 1, -1):
            p = par[v]
            a, b = sets[p], sets[v]
            if len(a) < len(b):
                a, b = b, a
            for x in a:
                b.append(x)
            sets[p] = b
        print(len(sets[1]))
        """,
        "O(n^2)",
    ),
    (
        "a_recursive_method_named_like_a_builtin_is_the_programs_own",
        """
        class Seg:
            def set(self, node, lo, hi, at):
                if lo == hi:
                    return
                mid = (lo + hi) // 2
                if at <= mid:
                    self.set(2 * node, lo, mid, at)
                else:
                    self.set(2 * node + 1, mid + 1, hi, at)

        n = int(input())
        s = Seg()
        for i in range(n):
            s.set(1, 0, n - 1, i)
        """,
        "O(n log n)",
    ),
    (
        "a_builtin_of_a_module_keeps_its_cost_beside_a_method_of_that_name",
        """
        import math
        class P:
            def pow(self, b, e):
                return b ** e
        n = int(input())
        a = list(map(int, input().split()))
        print(sum(math.pow(x, 2) for x in a), P().pow(2, 3))
        """,
        "O(n)",
    ),
    (
        "a_comprehension_over_test_cases_inside_main_solves_one_case_a_pass",
        """
        def solve():
            a, b = map(int, input().split())
            return a + b
        def main():
            t = int(input())
            print(*[solve() for _ in range(t)])
        main()
        """,
        "O(1)",
    ),
    (
        "a_comprehension_over_test_cases_inside_main_with_linear_cases",
        """
        def solve():
            n = int(input())
            a = list(map(int, input().split()))
            return max(a) - min(a)
        def main():
            t = int(input())
            print(*[solve() for _ in range(t)])
        main()
        """,
        "O(n)",
    ),
    (
        "counting_sort_extending_by_each_values_count_is_linear",
        """
        n = int(input())
        cnt = [0] * (n + 1)
        for x in map(int, input().split()):
            cnt[x] += 1
        out = []
        for v in range(n + 1):
            out.extend([v] * cnt[v])
        print(*out)
        """,
        "O(n)",
    ),
    (
        "copies_by_a_count_that_is_not_the_loops_key_stay_quadratic",
        """
        n = int(input())
        cnt = [0] * (n + 1)
        for x in map(int, input().split()):
            cnt[x] += 1
        out = []
        for v in range(n + 1):
            out.extend([v] * cnt[0])
        print(len(out))
        """,
        "O(n^2)",
    ),
    (
        "answers_of_a_while_t_test_case_loop_joined_at_the_end_number_the_cases",
        """
        t = int(input())
        out = []
        while t:
            t -= 1
            a, b = map(int, input().split())
            out.append(str(a * b))
        print("\\n".join(out))
        """,
        "O(1)",
    ),
    (
        "a_while_t_test_case_loop_with_linear_cases_is_linear",
        """
        t = int(input())
        out = []
        while t:
            t -= 1
            n = int(input())
            a = list(map(int, input().split()))
            out.append(max(a))
        print("\\n".join(map(str, out)))
        """,
        "O(n)",
    ),
    (
        "a_fenwick_index_parameter_named_pos_is_a_number",
        """
        n, q = map(int, input().split())
        fw = [0] * (n + 1)

        def upd(pos, v):
            while pos <= n:
                fw[pos] += v
                pos += pos & -pos

        for _ in range(q):
            x, y = map(int, input().split())
            upd(x, y)
        print(fw[n])
        """,
        "O(n log n)",
    ),
    (
        "visit_marks_kept_on_the_instance_make_a_sweep_of_starts_linear",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        class Graph:
            def __init__(self, n):
                self.adj = [[] for _ in range(n)]
                self.vis = [False] * n
            def dfs(self, u):
                self.vis[u] = True
                for v in self.adj[u]:
                    if not self.vis[v]:
                        self.dfs(v)
        n, m = map(int, input().split())
        g = Graph(n)
        for _ in range(m):
            u, v = map(int, input().split())
            g.adj[u - 1].append(v - 1)
            g.adj[v - 1].append(u - 1)
        parts = 0
        for i in range(n):
            if not g.vis[i]:
                parts += 1
                g.dfs(i)
        print(parts)
        """,
        "O(n)",
    ),
    (
        "marks_on_the_instance_taken_back_after_the_call_are_backtracking",
        """
        class Search:
            def __init__(self, a):
                self.a = a
                self.used = [False] * len(a)
                self.best = 0
            def go(self, k, cur):
                if k == len(self.a):
                    self.best = max(self.best, cur)
                    return
                for i in range(len(self.a)):
                    if not self.used[i]:
                        self.used[i] = True
                        self.go(k + 1, cur ^ (self.a[i] * (k + 1)))
                        self.used[i] = False
        s = Search(list(map(int, input().split())))
        s.go(0, 0)
        print(s.best)
        """,
        "O(2^n)",
    ),
    (
        "a_memo_state_packed_in_one_tuple_has_a_dimension_per_field",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        a = input()
        b = input()
        memo = {}
        def lcs(st):
            i, j = st
            if i == len(a) or j == len(b):
                return 0
            if st in memo:
                return memo[st]
            if a[i] == b[j]:
                r = 1 + lcs((i + 1, j + 1))
            else:
                r = max(lcs((i + 1, j)), lcs((i, j + 1)))
            memo[st] = r
            return r
        print(lcs((0, 0)))
        """,
        "O(n^2)",
    ),
    (
        "a_tuple_state_field_that_counts_up_to_a_constant_adds_no_dimension",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        a = list(map(int, input().split()))
        memo = {}
        def f(st):
            i, run = st
            if i == n:
                return 0
            if st in memo:
                return memo[st]
            r = f((i + 1, 0))
            if run != 2:
                r = max(r, a[i] + f((i + 1, run + 1)))
            memo[st] = r
            return r
        print(f((0, 0)))
        """,
        "O(n)",
    ),
    (
        "a_stack_kept_on_the_instance_is_drained_amortised_over_the_calls",
        """
        class MonoStack:
            def __init__(self):
                self.st = []
            def push(self, v):
                while self.st and self.st[-1] <= v:
                    self.st.pop()
                self.st.append(v)
                return len(self.st)
        n = int(input())
        a = list(map(int, input().split()))
        m = MonoStack()
        total = 0
        for x in a:
            total += m.push(x)
        print(total)
        """,
        "O(n)",
    ),
    (
        "a_prefix_function_kept_on_the_instance_follows_failure_links",
        """
        class Prefix:
            def __init__(self, s):
                self.pi = [0] * len(s)
                for i in range(1, len(s)):
                    k = self.pi[i - 1]
                    while k and s[i] != s[k]:
                        k = self.pi[k - 1]
                    if s[i] == s[k]:
                        k += 1
                    self.pi[i] = k
        print(Prefix(input()).pi[-1])
        """,
        "O(n)",
    ),
    (
        "a_loop_up_to_a_halving_counter_adds_up_to_twice_the_first_pass",
        """
        n = int(input())
        a = list(map(int, input().split()))
        total = 0
        m = n
        while m > 0:
            for j in range(m):
                total += a[j]
            m //= 2
        print(total)
        """,
        "O(n)",
    ),
    (
        "a_full_scan_under_a_doubling_counter_is_paid_every_level",
        """
        n = int(input())
        a = list(map(int, input().split()))
        total = 0
        step = 1
        while step <= n:
            for j in range(n):
                total += a[j] * step
            step *= 2
        print(total)
        """,
        "O(n log n)",
    ),
    (
        "a_bound_kept_as_the_min_of_the_size_and_a_written_number_is_constant",
        """
        n = int(input())
        a = list(map(int, input().split()))
        lim = min(n, 1000)
        best = 0
        i = 0
        while i < lim:
            for j in range(lim):
                best = max(best, a[i] ^ a[j])
            i += 1
        print(best)
        """,
        "O(n)",
    ),
    (
        "a_halving_loop_also_capped_by_a_written_count_is_constant",
        """
        n = int(input())
        k = 0
        while k < 40 and n % 2 == 0:
            n //= 2
            k += 1
        print(k)
        """,
        "O(1)",
    ),
    (
        "a_halving_loop_with_an_uncapped_count_stays_logarithmic",
        """
        n = int(input())
        k = 0
        while n % 2 == 0:
            n //= 2
            k += 1
        print(k)
        """,
        "O(log n)",
    ),
    (
        "a_loop_whose_index_breaks_at_a_written_number_is_constant",
        """
        n = int(input())
        s = 0
        for i in range(n):
            if i >= 30:
                break
            s += i * i
        print(s)
        """,
        "O(1)",
    ),
    (
        "a_loop_that_breaks_on_a_value_read_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        s = 0
        for i in range(n):
            if a[i] >= 30:
                break
            s += a[i]
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_digit_walked_from_the_number_read_bounds_a_loop_by_nine",
        """
        n = int(input())
        total = 0
        for d in map(int, str(n)):
            for y in range(d):
                total += y
        print(total)
        """,
        "O(log n)",
    ),
    (
        "a_value_walked_from_a_list_read_still_bounds_a_loop_by_the_size",
        """
        n = int(input())
        a = list(map(int, input().split()))
        total = 0
        for d in a:
            for y in range(d):
                total += y
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "a_count_of_halvings_bounds_a_later_loop_logarithmically",
        """
        v = int(input())
        d = 0
        while v > 1:
            v //= 2
            d += 1
        s = 0
        for i in range(d):
            s += i
        print(s)
        """,
        "O(log n)",
    ),
    (
        "a_countdown_from_the_bit_length_is_logarithmic",
        """
        a = int(input())
        d = a.bit_length()
        r = 0
        while d > 0:
            d -= 1
            r += (a >> d) & 1
        print(r)
        """,
        "O(log n)",
    ),
    (
        "a_countdown_from_the_number_read_stays_linear",
        """
        a = int(input())
        d = a
        r = 0
        while d > 0:
            d -= 1
            r += d & 1
        print(r)
        """,
        "O(n)",
    ),
    (
        "a_counter_raised_while_two_to_it_minus_one_fits_counts_bits",
        """
        a, b = map(int, input().split())
        cnt = 0
        L = 2
        while (1 << (L - 1)) <= b:
            for z in range(L - 1):
                v = (1 << L) - 1 - (1 << z)
                if a <= v <= b:
                    cnt += 1
            L += 1
        print(cnt)
        """,
        "O(log n)",
    ),
    (
        "a_translation_of_a_string_read_earlier_walks_it",
        """
        s = input()
        table = str.maketrans('ab', 'ba')
        print(s.translate(table))
        """,
        "O(n)",
    ),
    (
        "a_regular_expression_substitution_walks_its_text",
        """
        import re
        s = input()
        print(re.sub('a+', 'a', s))
        """,
        "O(n)",
    ),
    (
        "a_regular_expression_over_written_text_is_constant",
        """
        import re
        for _ in range(int(input())):
            print(re.sub('a', 'b', 'banana'))
        """,
        "O(1)",
    ),
    (
        "recursion_counting_down_from_two_chooses_pairs",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def pick(start, left, acc):
            if left == 0:
                return 1 if acc % 3 == 0 else 0
            t = 0
            for i in range(start, n):
                t += pick(i + 1, left - 1, acc + a[i])
            return t
        print(pick(0, 2, 0))
        """,
        "O(n^2)",
    ),
    (
        "backtracking_on_a_shared_list_stopped_at_three_items_chooses_triples",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cur = []
        best = 0
        def go(start):
            global best
            if len(cur) == 3:
                best = max(best, sum(cur))
                return
            for i in range(start, n):
                cur.append(a[i])
                go(i + 1)
                cur.pop()
        go(0)
        print(best)
        """,
        "O(n^3)",
    ),
    (
        "backtracking_on_a_shared_list_stopped_at_the_size_stays_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cur = []
        best = 0
        def go(start):
            global best
            if len(cur) == n:
                best = max(best, sum(cur))
                return
            for i in range(start, n):
                cur.append(a[i])
                go(i + 1)
                cur.pop()
        go(0)
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "each_of_two_levels_copying_a_suffix_pays_for_it_per_call",
        """
        def solve(arr, k, chosen):
            if k == 0:
                return 1 if sum(chosen) % 3 == 0 else 0
            total = 0
            for i in range(len(arr)):
                total += solve(arr[i + 1:], k - 1, chosen + [arr[i]])
            return total
        n = int(input())
        a = list(map(int, input().split()))
        print(solve(a, 2, []))
        """,
        "O(n^3)",
    ),
    (
        "query_lines_read_whole_but_used_at_written_indices_are_records",
        """
        n, q = map(int, input().split())
        s = 0
        for _ in range(q):
            p = list(map(int, input().split()))
            if p[0] == 1:
                s += p[1]
            else:
                s -= p[1]
        print(s)
        """,
        "O(n)",
    ),
    (
        "grid_rows_read_whole_and_walked_stay_a_grid",
        """
        n, m = map(int, input().split())
        s = 0
        for _ in range(n):
            row = list(map(int, input().split()))
            s += max(row)
        print(s)
        """,
        "O(n^2)",
    ),
    (
        "a_raw_read_of_standard_input_inside_main_is_input",
        """
        import os
        def main():
            d = os.read(0, 10 ** 7).split()
            n = int(d[0])
            s = 0
            for i in range(n):
                s += int(d[1 + i])
            print(s)
        main()
        """,
        "O(n)",
    ),
    (
        "heap_index_recursion_up_to_the_size_calls_once_per_index",
        """
        n = int(input())
        def f(v):
            if v > n:
                return 0
            return 1 + f(2 * v) + f(2 * v + 1)
        print(f(1))
        """,
        "O(n)",
    ),
    (
        "numbers_of_two_digits_generated_up_to_a_written_bound_are_a_fixed_set",
        """
        n = int(input())
        found = []
        def gen(x):
            if x > 10 ** 10:
                return
            if x >= n:
                found.append(x)
            gen(x * 10 + 4)
            gen(x * 10 + 7)
        gen(0)
        print(min(found))
        """,
        "O(1)",
    ),
    (
        "two_calls_that_step_down_by_one_stay_exponential",
        """
        n = int(input())
        def f(v):
            if v <= 0:
                return 1
            return f(v - 1) + f(v - 2)
        print(f(n))
        """,
        "O(2^n)",
    ),
    (
        "recursion_on_the_digit_sum_makes_a_few_calls",
        """
        def dr(x):
            if x < 10:
                return x
            return dr(sum(map(int, str(x))))
        print(dr(int(input())))
        """,
        "O(log n)",
    ),
    (
        "lists_kept_on_the_instance_and_filed_one_edge_per_append_are_adjacency",
        """
        from collections import deque
        class Topo:
            def __init__(self, n):
                self.n = n
                self.out = [[] for _ in range(n)]
                self.indeg = [0] * n
            def edge(self, a, b):
                self.out[a].append(b)
                self.indeg[b] += 1
            def order(self):
                q = deque(i for i in range(self.n) if self.indeg[i] == 0)
                res = []
                while q:
                    v = q.popleft()
                    res.append(v)
                    for w in self.out[v]:
                        self.indeg[w] -= 1
                        if self.indeg[w] == 0:
                            q.append(w)
                return res
        n, m = map(int, input().split())
        t = Topo(n)
        for _ in range(m):
            a, b = map(int, input().split())
            t.edge(a - 1, b - 1)
        print(*t.order())
        """,
        "O(n)",
    ),
    (
        "a_search_per_unmarked_start_with_marks_on_the_instance_is_linear",
        """
        from collections import deque
        class Bip:
            def __init__(self, n):
                self.adj = [[] for _ in range(n)]
                self.col = [-1] * n
                self.n = n
            def check(self):
                for s in range(self.n):
                    if self.col[s] != -1:
                        continue
                    self.col[s] = 0
                    dq = deque([s])
                    while dq:
                        u = dq.popleft()
                        for v in self.adj[u]:
                            if self.col[v] == -1:
                                self.col[v] = self.col[u] ^ 1
                                dq.append(v)
                            elif self.col[v] == self.col[u]:
                                return False
                return True
        n, m = map(int, input().split())
        b = Bip(n)
        for _ in range(m):
            x, y = map(int, input().split())
            b.adj[x - 1].append(y - 1)
            b.adj[y - 1].append(x - 1)
        print("YES" if b.check() else "NO")
        """,
        "O(n)",
    ),
    (
        "an_endless_loop_stepping_to_the_next_permutation_walks_them_all",
        """
        n = int(input())
        p = list(range(n))
        c = 0
        while True:
            c += 1
            i = n - 2
            while i >= 0 and p[i] > p[i + 1]:
                i -= 1
            if i < 0:
                break
            j = n - 1
            while p[j] < p[i]:
                j -= 1
            p[i], p[j] = p[j], p[i]
            p[i + 1:] = p[i + 1:][::-1]
        print(c)
        """,
        "O(2^n)",
    ),
    (
        "a_loop_calling_a_next_permutation_helper_until_it_fails_walks_them_all",
        """
        def nxt(p):
            i = len(p) - 2
            while i >= 0 and p[i] >= p[i + 1]:
                i -= 1
            if i < 0:
                return False
            j = len(p) - 1
            while p[j] <= p[i]:
                j -= 1
            p[i], p[j] = p[j], p[i]
            p[i + 1:] = reversed(p[i + 1:])
            return True
        n = int(input())
        p = sorted(map(int, input().split()))
        c = 0
        while True:
            c += 1
            if not nxt(p):
                break
        print(c)
        """,
        "O(2^n)",
    ),
    (
        "one_next_permutation_step_is_linear",
        """
        p = list(map(int, input().split()))
        i = len(p) - 2
        while i >= 0 and p[i] >= p[i + 1]:
            i -= 1
        if i >= 0:
            j = len(p) - 1
            while p[j] <= p[i]:
                j -= 1
            p[i], p[j] = p[j], p[i]
        p[i + 1:] = p[i + 1:][::-1]
        print(*p)
        """,
        "O(n)",
    ),
    (
        "a_range_step_read_once_from_the_input_may_be_one",
        """
        n, a = map(int, input().split())
        s = 0
        for x in range(0, n, a):
            s += x
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_range_stepped_by_the_outer_index_is_harmonic",
        """
        n = int(input())
        s = 0
        for i in range(1, n + 1):
            for j in range(i, n + 1, i):
                s += 1
        print(s)
        """,
        "O(n log n)",
    ),
    (
        "a_heap_loop_popping_two_before_pushing_two_never_grows",
        """
        from heapq import heapify, heappop, heappush
        n = int(input())
        h = list(map(int, input().split()))
        heapify(h)
        while len(h) >= 2:
            x = heappop(h)
            y = heappop(h)
            if x > 1:
                heappush(h, x - 1)
            if y > 1:
                heappush(h, y - 1)
        print(len(h))
        """,
        "O(n log n)",
    ),
    (
        "a_queue_of_two_stacks_moves_each_item_once_over_all_calls",
        """
        s1 = []
        s2 = []
        def pop():
            if not s2:
                while s1:
                    s2.append(s1.pop())
            return s2.pop()
        n = int(input())
        out = []
        for x in map(int, input().split()):
            s1.append(x)
            if x % 2:
                out.append(pop())
        print(*out)
        """,
        "O(n)",
    ),
    (
        "moving_a_local_copy_into_a_kept_stack_each_call_is_paid_each_call",
        """
        kept = []
        def refill(a):
            src = list(a)
            while src:
                kept.append(src.pop())
            return len(kept)
        n = int(input())
        a = list(map(int, input().split()))
        total = 0
        for _ in range(n):
            total += refill(a)
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "a_count_raised_every_pass_that_breaks_at_a_written_number_is_constant",
        """
        n = int(input())
        k = 0
        s = 0
        for i in range(n):
            k += 1
            s += i * i
            if k >= 5:
                break
        print(s)
        """,
        "O(1)",
    ),
    (
        "a_count_raised_only_on_some_passes_does_not_cap_the_loop",
        """
        n = int(input())
        a = list(map(int, input().split()))
        k = 0
        for i in range(n):
            if a[i] % 2:
                k += 1
            if k >= 5:
                break
        print(k)
        """,
        "O(n)",
    ),
    (
        "a_letter_walked_through_enumerate_bounds_a_loop_by_the_alphabet",
        """
        s = input()
        cnt = [0] * 26
        for i, ch in enumerate(s):
            c = ord(ch) - 97
            for j in range(c + 1):
                cnt[j] += 1
        print(*cnt)
        """,
        "O(n)",
    ),
    (
        "a_number_walked_through_enumerate_still_bounds_a_loop_by_the_size",
        """
        n = int(input())
        a = list(map(int, input().split()))
        t = 0
        for i, x in enumerate(a):
            for j in range(x):
                t += i
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "a_trie_of_nested_dicts_tests_a_letter_by_hashing",
        """
        class Trie:
            def __init__(self):
                self.root = {}
            def insert(self, w):
                cur = self.root
                for ch in w:
                    if ch not in cur:
                        cur[ch] = {}
                    cur = cur[ch]
        t = Trie()
        t.insert(input())
        print(len(t.root))
        """,
        "O(n)",
    ),
    (
        "a_trie_kept_as_a_list_of_dicts_tests_a_letter_by_hashing",
        """
        s = input()
        t = [{}]
        for i in range(len(s)):
            v = 0
            for j in range(i, len(s)):
                c = s[j]
                if c not in t[v]:
                    t[v][c] = len(t)
                    t.append({})
                v = t[v][c]
        print(len(t) - 1)
        """,
        "O(n^2)",
    ),
    (
        "clearing_the_lowest_set_bit_by_plain_assignment_is_logarithmic",
        """
        n = int(input())
        c = 0
        while n:
            n = n & (n - 1)
            c += 1
        print(c)
        """,
        "O(log n)",
    ),
    (
        "taking_away_the_lowest_set_bit_kept_in_a_name_is_logarithmic",
        """
        n = int(input())
        while n:
            low = n & -n
            n -= low
            print(low)
        """,
        "O(log n)",
    ),
    (
        "subtracting_a_step_kept_in_a_name_stays_linear",
        """
        n = int(input())
        k = int(input())
        while n > 0:
            low = k & 3
            n -= low + 1
        print(n)
        """,
        "O(n)",
    ),
    (
        "joining_a_sorted_word_read_per_line_costs_the_read",
        """
        n = int(input())
        for _ in range(n):
            w = input()
            print(''.join(sorted(w)))
        """,
        "O(n)",
    ),
    (
        "joining_a_sorted_list_built_from_the_input_sorts_it",
        """
        n = int(input())
        words = [input() for _ in range(n)]
        for i in range(n):
            print(' '.join(sorted(words)))
        """,
        "O(n^2)",
    ),
    (
        "three_functions_each_calling_two_others_branch_exponentially",
        """
        def P(k):
            return 1 if k <= 0 else Q(k - 1) + R(k - 1)
        def Q(k):
            return 1 if k <= 0 else R(k - 1) + P(k - 1)
        def R(k):
            return 1 if k <= 0 else P(k - 1) + Q(k - 1)
        print(P(int(input())))
        """,
        "O(2^n)",
    ),
    (
        "a_function_calling_itself_and_a_partner_that_calls_back_is_exponential",
        """
        def A(k):
            return 1 if k <= 0 else A(k - 1) + B(k - 1)
        def B(k):
            return 1 if k <= 0 else A(k - 1)
        print(A(int(input())))
        """,
        "O(2^n)",
    ),
    (
        "a_three_function_cycle_of_single_calls_is_a_linear_chain",
        """
        def P(k):
            return 1 if k <= 0 else Q(k - 1)
        def Q(k):
            return 1 if k <= 0 else R(k - 1)
        def R(k):
            return 1 if k <= 0 else P(k - 1)
        print(P(int(input())))
        """,
        "O(n)",
    ),
    (
        "a_memoised_function_calling_itself_and_a_partner_stays_linear",
        """
        from functools import lru_cache
        @lru_cache(None)
        def A(k):
            return 1 if k <= 0 else A(k - 1) + B(k - 1)
        @lru_cache(None)
        def B(k):
            return 1 if k <= 0 else A(k - 1)
        print(A(int(input())))
        """,
        "O(n)",
    ),
    (
        "a_memoised_cycle_of_three_functions_each_calling_two_is_linear",
        """
        from functools import lru_cache
        s = input()
        n = len(s)
        @lru_cache(None)
        def A(i):
            return 1 if i == n else B(i + 1) + (C(i + 1) if s[i] == 'a' else 0)
        @lru_cache(None)
        def B(i):
            return 1 if i == n else C(i + 1) + (A(i + 1) if s[i] == 'b' else 0)
        @lru_cache(None)
        def C(i):
            return 1 if i == n else A(i + 1) + (B(i + 1) if s[i] == 'c' else 0)
        print(A(0))
        """,
        "O(n)",
    ),
    (
        "a_circle_stepped_by_a_stride_read_from_the_input_walks_n_stations",
        """
        n, k = map(int, input().split())
        pos = 0
        steps = 0
        while True:
            pos = (pos + k) % n
            steps += 1
            if pos == 0:
                break
        print(steps)
        """,
        "O(n)",
    ),
    (
        "a_circle_walked_for_every_stride_is_quadratic",
        """
        n = int(input())
        total = 0
        for k in range(1, n):
            pos = k % n
            while pos != 0:
                pos = (pos + k) % n
                total += 1
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "a_memo_over_the_set_of_remaining_items_is_exponential",
        """
        from functools import lru_cache
        n = int(input())
        @lru_cache(None)
        def best(rem):
            if not rem:
                return 0
            return max(i + best(rem - {i}) for i in rem)
        print(best(frozenset(range(n))))
        """,
        "O(2^n)",
    ),
    (
        "a_memo_over_the_sequence_without_one_item_is_exponential",
        """
        from functools import lru_cache
        a = tuple(map(int, input().split()))
        @lru_cache(None)
        def win(rest):
            return any(not win(rest[:i] + rest[i + 1:]) for i in range(len(rest)))
        print(win(a))
        """,
        "O(2^n)",
    ),
    (
        "a_memo_over_suffixes_stays_polynomial",
        """
        from functools import lru_cache
        s = input()
        @lru_cache(None)
        def ways(t):
            if not t:
                return 1
            return ways(t[1:]) + (ways(t[2:]) if len(t) > 1 else 0)
        print(ways(s))
        """,
        "O(n^2)",
    ),
    (
        "a_search_over_the_orders_of_the_input_string_is_exponential",
        """
        s0 = input()
        seen = {s0}
        q = [s0]
        for s in q:
            for k in range(len(s) - 1):
                t = s[:k] + s[k + 1] + s[k] + s[k + 2:]
                if t not in seen:
                    seen.add(t)
                    q.append(t)
        print(len(seen))
        """,
        "O(2^n)",
    ),
    (
        "a_search_over_prefix_reversals_with_a_deque_is_exponential",
        """
        from collections import deque
        p = tuple(input().split())
        seen = {p}
        q = deque([p])
        while q:
            s = q.popleft()
            for k in range(2, len(s) + 1):
                t = s[:k][::-1] + s[k:]
                if t not in seen:
                    seen.add(t)
                    q.append(t)
        print(len(seen))
        """,
        "O(2^n)",
    ),
    (
        "a_search_over_bit_masks_kept_in_a_set_is_exponential",
        """
        n = int(input())
        seen = {0}
        q = [0]
        for cur in q:
            for i in range(n):
                nx = cur ^ (3 << i)
                if nx not in seen:
                    seen.add(nx)
                    q.append(nx)
        print(len(seen))
        """,
        "O(2^n)",
    ),
    (
        "a_search_over_numbers_kept_in_a_set_stays_linear",
        """
        n = int(input())
        seen = {0}
        q = [0]
        for cur in q:
            for nx in (cur + 1, cur + 2):
                if nx <= n and nx not in seen:
                    seen.add(nx)
                    q.append(nx)
        print(len(seen))
        """,
        "O(n)",
    ),
    (
        "a_list_of_all_items_rotated_by_pop_zero_shifts_them_every_pop",
        """
        n = int(input())
        q = list(range(n))
        while q:
            q.append(q.pop(0))
            q.pop()
        print(n)
        """,
        "O(n^2)",
    ),
    (
        "a_breadth_first_queue_popped_at_zero_from_one_start_is_linear",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
        dist = [-1] * n
        dist[0] = 0
        q = [0]
        while q:
            u = q.pop(0)
            for v in g[u]:
                if dist[v] == -1:
                    dist[v] = dist[u] + 1
                    q.append(v)
        print(dist)
        """,
        "O(n)",
    ),
    (
        "a_visited_test_on_a_distance_is_no_bound_on_the_vertex_pushed",
        """
        n = int(input())
        g = [input() for _ in range(n)]
        d = [-1] * n
        d[0] = 0
        q = [0]
        while q:
            u = q.pop()
            for v in range(n):
                if g[u][v] == '1' and d[v] < 0:
                    d[v] = d[u] + 1
                    q.append(v)
        print(d)
        """,
        "O(n^2)",
    ),
    (
        "a_break_out_of_two_loops_through_for_else_continue_is_not_one_pass",
        """
        a = input().split()
        for x in a:
            for y in a:
                if x < y:
                    break
            else:
                continue
            break
        """,
        "O(n^2)",
    ),
    (
        "take_or_skip_with_a_count_capped_by_a_return_is_polynomial",
        """
        def go(i, k):
            if i == n or k > 1:
                return 0
            return 1 + go(i + 1, k) + go(i + 1, k + 1)
        n = int(input())
        print(go(0, 0))
        """,
        "O(n^2)",
    ),
    (
        "take_or_skip_with_a_flag_taken_once_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def go(i, used):
            if i == n:
                return 0
            best = go(i + 1, used)
            if not used:
                best = max(best, a[i] + go(i + 1, True))
            return best
        print(go(0, False))
        """,
        "O(n^2)",
    ),
    (
        "take_or_skip_with_a_count_guarded_below_two_is_cubic",
        """
        n, t = map(int, input().split())
        a = list(map(int, input().split()))
        def go(i, taken, s):
            if i == n:
                return 1 if s == t else 0
            r = go(i + 1, taken, s)
            if taken < 2:
                r += go(i + 1, taken + 1, s + a[i])
            return r
        print(go(0, 0, 0))
        """,
        "O(n^3)",
    ),
    (
        "take_or_skip_with_an_uncapped_count_stays_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def go(i, taken):
            if i == n:
                return taken
            return max(go(i + 1, taken), go(i + 1, taken + 1))
        print(go(0, 0))
        """,
        "O(2^n)",
    ),
    (
        "a_string_joined_to_its_own_reverse_doubles",
        """
        s = '0'
        for i in range(int(input())):
            s = s + s[::-1]
        print(len(s))
        """,
        "O(2^n)",
    ),
    (
        "a_gray_code_list_joined_to_its_reversed_copy_doubles",
        """
        g = [0]
        for i in range(int(input())):
            g = g + [x | (1 << i) for x in reversed(g)]
        print(g)
        """,
        "O(2^n)",
    ),
    (
        "a_set_united_with_two_shifted_copies_of_itself_doubles",
        """
        r = {0}
        for x in map(int, input().split()):
            r = {s + x for s in r} | {s - x for s in r}
        print(len(r))
        """,
        "O(2^n)",
    ),
    (
        "a_list_rebuilt_from_its_reverse_keeps_its_size",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for _ in range(n):
            a = [x for x in reversed(a)]
        print(a)
        """,
        "O(n^2)",
    ),
    (
        "prefix_gcds_kept_in_a_list_fold_like_a_running_gcd",
        """
        from math import gcd
        p = [0]
        for x in map(int, input().split()):
            p.append(gcd(p[-1], x))
        print(p[-1])
        """,
        "O(n)",
    ),
    (
        "prefix_gcds_stored_by_index_fold_like_a_running_gcd",
        """
        from math import gcd
        n = int(input())
        a = list(map(int, input().split()))
        pre = [0] * (n + 1)
        for i in range(n):
            pre[i + 1] = gcd(pre[i], a[i])
        print(pre[n])
        """,
        "O(n)",
    ),
    (
        "insort_into_a_list_cut_back_to_three_is_constant_per_item",
        """
        import bisect
        n = int(input())
        top = []
        for x in map(int, input().split()):
            bisect.insort(top, x)
            if len(top) > 3:
                top.pop(0)
        print(sum(top))
        """,
        "O(n)",
    ),
    (
        "a_list_sorted_and_cut_to_its_last_three_each_pass_stays_small",
        """
        n = int(input())
        top = []
        for x in map(int, input().split()):
            top.append(x)
            top.sort()
            top = top[-3:]
        print(sum(top))
        """,
        "O(n)",
    ),
    (
        "insort_into_a_list_that_keeps_every_item_shifts_it",
        """
        from bisect import insort
        n = int(input())
        a = list(map(int, input().split()))
        s = []
        res = []
        for v in a:
            insort(s, v)
            res.append(s[len(s) // 2])
        print(*res)
        """,
        "O(n^2)",
    ),
    (
        "test_cases_sliced_from_all_tokens_converted_to_ints_cost_their_own_items",
        """
        d = list(map(int, open(0).read().split()))
        p = 1
        for _ in range(d[0]):
            k = d[p]
            print(sum(d[p + 1:p + 1 + k]))
            p += k + 1
        """,
        "O(n)",
    ),
    (
        "quicksort_by_comprehensions_over_the_tail_is_quadratic_at_worst",
        """
        def qs(a):
            if len(a) < 2:
                return a
            return qs([x for x in a[1:] if x < a[0]]) + [a[0]] + qs([x for x in a[1:] if x >= a[0]])
        print(qs(list(map(int, input().split()))))
        """,
        "O(n^2)",
    ),
    (
        "quicksort_with_its_parts_named_first_is_quadratic_at_worst",
        """
        def qs(a):
            if len(a) <= 1:
                return a
            p = a[0]
            left = [x for x in a if x < p]
            mid = [x for x in a if x == p]
            right = [x for x in a if x > p]
            return qs(left) + mid + qs(right)
        print(*qs(list(map(int, input().split()))))
        """,
        "O(n^2)",
    ),
    (
        "merge_sort_on_halves_stays_n_log_n",
        """
        def ms(a):
            if len(a) <= 1:
                return a
            m = len(a) // 2
            l, r = ms(a[:m]), ms(a[m:])
            out = []
            i = j = 0
            while i < len(l) and j < len(r):
                if l[i] <= r[j]:
                    out.append(l[i]); i += 1
                else:
                    out.append(r[j]); j += 1
            return out + l[i:] + r[j:]
        print(*ms(list(map(int, input().split()))))
        """,
        "O(n log n)",
    ),
    (
        "recursive_bisection_for_a_written_hundred_rounds_is_constant",
        """
        def f(lo, hi, it):
            if it == 0:
                return lo
            mid = (lo + hi) / 2
            if mid * mid < x:
                return f(mid, hi, it - 1)
            return f(lo, mid, it - 1)
        x = float(input())
        print(f(0.0, x + 1, 100))
        """,
        "O(1)",
    ),
    (
        "a_search_from_every_unmarked_start_marked_in_a_dict_is_linear",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n + 1)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a].append(b)
        d = {}
        for s in range(1, n + 1):
            if s in d:
                continue
            d[s] = 0
            st = [s]
            while st:
                u = st.pop()
                for v in g[u]:
                    if v not in d:
                        d[v] = 0
                        st.append(v)
        print(len(d))
        """,
        "O(n)",
    ),
    (
        "a_search_from_every_start_marked_with_entry_times_is_linear",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n + 1)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a].append(b)
        tin = [0] * (n + 1)
        t = 1
        for s in range(1, n + 1):
            if tin[s]:
                continue
            tin[s] = t
            t += 1
            st = [s]
            while st:
                u = st.pop()
                for v in g[u]:
                    if tin[v]:
                        pass
                    else:
                        tin[v] = t
                        t += 1
                        st.append(v)
        print(t)
        """,
        "O(n)",
    ),
    (
        "a_search_from_every_start_with_fresh_marks_per_start_is_quadratic",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n + 1)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a].append(b)
        best = 0
        for s in range(1, n + 1):
            d = {s: 0}
            st = [s]
            while st:
                u = st.pop()
                for v in g[u]:
                    if v not in d:
                        d[v] = 0
                        st.append(v)
            best = max(best, len(d))
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "union_find_compressing_over_the_reversed_path_is_near_constant",
        """
        n, m = map(int, input().split())
        par = list(range(n + 1))
        def find(v):
            path = []
            while par[v] != v:
                path.append(v)
                v = par[v]
            for u in reversed(path):
                par[u] = v
            return v
        for _ in range(m):
            a, b = map(int, input().split())
            a, b = find(a), find(b)
            if a != b:
                par[b] = a
        print(sum(find(i) == i for i in range(1, n + 1)))
        """,
        "O(n)",
    ),
    (
        "a_recursive_sift_down_one_child_index_at_a_time_is_logarithmic",
        """
        def down(n, i):
            if 2 * i < n:
                return down(n, 2 * i)
            return i
        print(down(int(input()), 1))
        """,
        "O(log n)",
    ),
    (
        "a_recursion_on_both_child_indices_under_the_size_visits_every_node",
        """
        def walk(n, i):
            total = i
            if 2 * i <= n:
                total += walk(n, 2 * i)
            if 2 * i + 1 <= n:
                total += walk(n, 2 * i + 1)
            return total
        print(walk(int(input()), 1))
        """,
        "O(n)",
    ),
    (
        "articulation_points_marked_with_entry_times_visit_each_vertex_once",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        G = [[] for _ in range(n)]
        for _ in range(m):
            u, v = map(int, input().split())
            G[u - 1].append(v - 1)
            G[v - 1].append(u - 1)
        disc = [0] * n
        low = [0] * n
        t = [1]
        def dfs(u, p):
            disc[u] = low[u] = t[0]
            t[0] += 1
            for v in G[u]:
                if not disc[v]:
                    dfs(v, u)
                    low[u] = min(low[u], low[v])
                elif v != p:
                    low[u] = min(low[u], disc[v])
        for i in range(n):
            if not disc[i]:
                dfs(i, -1)
        print(low)
        """,
        "O(n)",
    ),
    (
        "a_while_true_loop_that_breaks_at_the_end_of_its_body_runs_once",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            k = i
            while True:
                a[k] += 1
                break
        print(a)
        """,
        "O(n)",
    ),
    (
        "a_for_loop_that_returns_at_the_end_of_its_body_takes_one_item",
        """
        def pick(s):
            for x in s:
                return x
        n = int(input())
        seen = set(map(int, input().split()))
        for _ in range(n):
            v = pick(seen)
            print(v)
        """,
        "O(n)",
    ),
    (
        "a_while_loop_that_breaks_only_on_a_condition_keeps_going",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            j = i
            while j < n:
                if a[j] < 0:
                    break
                j += 1
        print(n)
        """,
        "O(n^2)",
    ),
    (
        "a_board_full_test_is_no_memo_lookup_in_backtracking",
        """
        def f(g):
            if 0 not in g:
                return 1
            r = 0
            for i in range(len(g)):
                if g[i] == 0:
                    g[i] = 1
                    r += f(g)
                    g[i] = 0
            return r
        print(f([0] * int(input())))
        """,
        "O(2^n)",
    ),
    (
        "a_cell_put_back_from_a_saved_value_is_backtracking_not_a_memo",
        """
        n, m = map(int, input().split())
        g = [list(input()) for _ in range(n)]
        def f(x, y):
            if not (0 <= x < n and 0 <= y < m) or g[x][y] == '#':
                return 0
            c = g[x][y]
            g[x][y] = '#'
            r = 1 + max(f(x + 1, y), f(x - 1, y), f(x, y + 1), f(x, y - 1))
            g[x][y] = c
            return r
        print(f(0, 0))
        """,
        "O(2^n)",
    ),
    (
        "a_memo_keyed_by_the_state_and_tested_with_in_stays_a_memo",
        """
        memo = {}
        def ways(n):
            if n <= 1:
                return 1
            if n in memo:
                return memo[n]
            memo[n] = ways(n - 1) + ways(n - 2)
            return memo[n]
        print(ways(int(input())))
        """,
        "O(n)",
    ),
    (
        "a_bootstrap_memo_that_yields_its_answer_is_a_memo",
        """
        from types import GeneratorType
        def bootstrap(f, stack=[]):
            def wrappedfunc(*args, **kwargs):
                if stack:
                    return f(*args, **kwargs)
                to = f(*args, **kwargs)
                while True:
                    if type(to) is GeneratorType:
                        stack.append(to)
                        to = next(to)
                    else:
                        stack.pop()
                        if not stack:
                            break
                        to = stack[-1].send(to)
                return to
            return wrappedfunc
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            x, y = map(int, input().split())
            g[x].append(y)
        memo = [-1] * n
        @bootstrap
        def f(u):
            if memo[u] < 0:
                memo[u] = 0
                for v in g[u]:
                    memo[u] = max(memo[u], (yield f(v)) + 1)
            yield memo[u]
        for i in range(n):
            f(i)
        print(max(memo))
        """,
        "O(n)",
    ),
    (
        "a_bootstrap_segment_tree_query_that_yields_early_prunes",
        """
        n = int(input())
        t = list(map(int, input().split()))
        @bootstrap
        def query(v, l, r, ql, qr):
            if qr < l or r < ql:
                yield 0
            if ql <= l and r <= qr:
                yield t[v]
            m = (l + r) // 2
            a = yield query(2 * v, l, m, ql, qr)
            b = yield query(2 * v + 1, m + 1, r, ql, qr)
            yield a + b
        for _ in range(n):
            l, r = map(int, input().split())
            print(query(1, 0, n - 1, l, r))
        """,
        "O(n log n)",
    ),
    (
        "factorising_by_a_divisor_counted_up_to_the_number_is_linear",
        """
        n = int(input())
        p = 2
        f = []
        while n > 1:
            while n % p == 0:
                f.append(p)
                n //= p
            p += 1
        print(f)
        """,
        "O(n)",
    ),
    (
        "dividing_or_stepping_the_divisor_in_one_loop_is_linear",
        """
        n = int(input())
        p = 2
        c = 0
        while n > 1:
            if n % p == 0:
                n //= p
                c += 1
            else:
                p += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "factorising_up_to_the_square_root_is_not_linear_in_the_divisor",
        """
        x = int(input())
        d = 2
        c = 0
        while d * d <= x:
            while x % d == 0:
                x //= d
                c += 1
            d += 1
        print(c + (x > 1))
        """,
        "O(n)",
    ),
    (
        "one_number_divided_by_every_candidate_shrinks_once_in_all",
        """
        n = int(input())
        x = int(input())
        c = 0
        for p in range(2, n + 1):
            while x % p == 0:
                x //= p
                c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "each_number_halved_afresh_per_item_costs_its_bits",
        """
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for v in a:
            x = v
            while x % 2 == 0 and x:
                x //= 2
                c += 1
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "tic_tac_toe_minimax_on_a_nine_cell_board_is_constant",
        """
        g = ['.'] * 9
        g[int(input())] = 'O'
        def dfs(turn):
            if '.' not in g:
                return 0
            res = []
            for i in range(9):
                if g[i] == '.':
                    g[i] = turn
                    res.append(dfs('O' if turn == 'X' else 'X'))
                    g[i] = '.'
            return max(res)
        print(dfs('X'))
        """,
        "O(1)",
    ),
    (
        "binary_strings_built_by_a_loop_over_two_digits_stay_exponential",
        """
        n = int(input())
        out = []
        cur = []
        def go():
            if len(cur) == n:
                out.append(''.join(cur))
                return
            for c in '01':
                cur.append(c)
                go()
                cur.pop()
        go()
        print(len(out))
        """,
        "O(2^n)",
    ),
    (
        "path_compression_relinking_and_stepping_in_one_assignment_is_amortised",
        """
        n = int(input())
        p = list(range(n + 1))
        s = [1] * (n + 1)
        def find(x):
            r = x
            while p[r] != r:
                r = p[r]
            while x != r:
                p[x], x = r, p[x]
            return r
        for _ in range(n):
            a, b = map(int, input().split())
            a, b = find(a), find(b)
            if a != b:
                if s[a] < s[b]:
                    a, b = b, a
                p[b] = a
                s[a] += s[b]
        print(s[find(1)])
        """,
        "O(n)",
    ),
    (
        "an_adjacency_list_under_another_name_is_still_walked_once_in_all",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a].append(b)
        s = 0
        for v in range(n):
            nb = g[v]
            for x in nb:
                s += x
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_set_of_any_name_added_to_on_entry_marks_a_depth_first_search",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a].append(b)
        A = set()
        def go(v):
            A.add(v)
            for u in g[v]:
                if u not in A:
                    go(u)
        for v in range(n):
            if v not in A:
                go(v)
        print(len(A))
        """,
        "O(n)",
    ),
    (
        "an_on_stack_set_cleared_after_the_calls_is_no_backtracking",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a].append(b)
        vis = set()
        on = set()
        cyc = False
        def dfs(u):
            global cyc
            vis.add(u)
            on.add(u)
            for v in g[u]:
                if v in on:
                    cyc = True
                if v not in vis:
                    dfs(v)
            on.discard(u)
        for s in range(n):
            if s not in vis:
                dfs(s)
        print(cyc)
        """,
        "O(n)",
    ),
    (
        "a_set_taken_back_after_the_call_it_guards_is_backtracking",
        """
        n = int(input())
        used = set()
        cnt = 0
        def go(k):
            global cnt
            if k == n:
                cnt += 1
                return
            for x in range(n):
                if x not in used:
                    used.add(x)
                    go(k + 1)
                    used.discard(x)
        go(0)
        print(cnt)
        """,
        "O(2^n)",
    ),
    (
        "the_residue_classes_of_a_stride_cover_the_range_once",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        best = 0
        for i in range(k):
            s = 0
            for j in range(i, n, k):
                s += a[j]
            best = max(best, s)
        print(best)
        """,
        "O(n)",
    ),
    (
        "searches_that_resume_where_the_last_one_stopped_tile_the_string_once",
        """
        s = input()
        c = 0
        i = s.find('a')
        while i != -1:
            c += 1
            i = s.find('a', i + 1)
        print(c)
        """,
        "O(n)",
    ),
    (
        "searches_from_the_start_each_pass_rescan_the_string",
        """
        s = input()
        n = len(s)
        c = 0
        for k in range(n):
            if s.find('a', 0) > k:
                c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "a_tree_walk_joining_each_childs_list_into_its_own_copies_them",
        """
        n = int(input())
        g = [[] for _ in range(n)]
        for v in range(1, n):
            g[int(input())].append(v)
        def f(v):
            r = [v]
            for u in g[v]:
                r += f(u)
            return r
        print(f(0))
        """,
        "O(n^2)",
    ),
    (
        "a_tree_walk_merging_the_smaller_set_into_the_larger_is_n_log_n",
        """
        n = int(input())
        g = [[] for _ in range(n)]
        for v in range(1, n):
            g[int(input())].append(v)
        def f(v):
            s = {v}
            for u in g[v]:
                t = f(u)
                if len(t) > len(s):
                    s, t = t, s
                s |= t
            return s
        print(len(f(0)))
        """,
        "O(n log n)",
    ),
    (
        "a_tree_walk_adding_up_subtree_sizes_stays_linear",
        """
        n = int(input())
        g = [[] for _ in range(n + 1)]
        for _ in range(n - 1):
            a, b = map(int, input().split())
            g[a].append(b)
            g[b].append(a)
        sz = [0] * (n + 1)
        def dfs(u, p):
            s = 1
            for v in g[u]:
                if v != p:
                    s += dfs(v, u)
            sz[u] = s
            return s
        dfs(1, 0)
        print(sz)
        """,
        "O(n)",
    ),
    (
        "a_remainder_walk_round_a_fixed_modulus_visits_up_to_n_values",
        """
        n = int(input())
        r, seen = 1, set()
        while r not in seen:
            seen.add(r)
            r = r * 10 % n
        print(len(seen))
        """,
        "O(n)",
    ),
    (
        "euclid_by_remainders_still_halves",
        """
        a, b = map(int, input().split())
        while b:
            a, b = b, a % b
        print(a)
        """,
        "O(log n)",
    ),
    (
        "stripping_a_factor_from_each_index_adds_up_to_n",
        """
        n = int(input())
        c = 0
        for i in range(1, n + 1):
            x = i
            while x % 5 == 0:
                x //= 5
                c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "the_digits_of_each_index_cost_their_length",
        """
        n = int(input())
        c = 0
        for i in range(1, n + 1):
            while i:
                c += i % 10
                i //= 10
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "dividing_by_a_read_divisor_or_taking_one_off_counts_down",
        """
        n, k = map(int, input().split())
        c = 0
        while n:
            if n % k == 0:
                n //= k
            else:
                n -= 1
            c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "halving_or_taking_one_off_an_odd_number_stays_logarithmic",
        """
        n = int(input())
        c = 0
        while n:
            if n % 2:
                n -= 1
            else:
                n //= 2
            c += 1
        print(c)
        """,
        "O(log n)",
    ),
    (
        "quicksort_around_a_middle_pivot_is_n_log_n_expected",
        """
        def quicksort(items):
            if len(items) <= 1:
                return items
            pivot = items[len(items) // 2]
            less = [x for x in items if x < pivot]
            equal = [x for x in items if x == pivot]
            more = [x for x in items if x > pivot]
            return quicksort(less) + equal + quicksort(more)
        print(quicksort(list(map(int, input().split()))))
        """,
        "O(n log n)",
    ),
    (
        "a_dict_rebuilt_with_two_new_keys_per_entry_doubles_each_step",
        """
        n = int(input())
        a = list(map(int, input().split()))
        dp = {0: 1}
        for x in a:
            nd = {}
            for s, c in dp.items():
                nd[s + x] = c
                nd[s * 31 + 7] = c
            dp = nd
        print(len(dp))
        """,
        "O(2^n)",
    ),
    (
        "a_set_rebuilt_with_two_added_values_per_item_doubles_each_step",
        """
        n = int(input())
        a = list(map(int, input().split()))
        dp = {0}
        for x in a:
            nd = set()
            for s in dp:
                nd.add(s + x)
                nd.add(s ^ (x << 20))
            dp = nd
        print(len(dp))
        """,
        "O(2^n)",
    ),
    (
        "a_set_of_subset_sums_keeping_and_moving_each_value_stays_within_its_range",
        """
        n = int(input())
        a = list(map(int, input().split()))
        dp = {0}
        for x in a:
            nd = set()
            for s in dp:
                nd.add(s)
                nd.add(s + x)
            dp = nd
        print(len(dp))
        """,
        "O(n^2)",
    ),
    (
        "a_balance_table_moved_up_and_down_stays_n_wide",
        """
        n = int(input())
        s = input()
        dp = {0: 1}
        for ch in s:
            nd = {}
            for b, c in dp.items():
                nd[b + 1] = nd.get(b + 1, 0) + c
                nd[b - 1] = nd.get(b - 1, 0) + c
            dp = nd
        print(dp.get(0, 0))
        """,
        "O(n^2)",
    ),
    (
        "a_powerset_helper_returning_chained_combinations_yields_every_subset",
        """
        from itertools import chain, combinations
        def powerset(s):
            return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for s in powerset(a):
            c += sum(s) % 2 == 0
        print(c)
        """,
        "O(2^n)",
    ),
    (
        "a_helper_returning_combinations_of_two_yields_every_pair",
        """
        from itertools import combinations
        def pairs(s):
            return combinations(s, 2)
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for x, y in pairs(a):
            c += (x + y) % 2 == 0
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "a_helper_returning_neighbouring_pairs_yields_one_per_item",
        """
        def pairs(s):
            return zip(s, s[1:])
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for x, y in pairs(a):
            c += (x + y) % 2 == 0
        print(c)
        """,
        "O(n)",
    ),
    (
        "bisect_over_a_huge_written_range_with_a_key_is_a_logarithmic_search",
        """
        from bisect import bisect_left
        n = int(input())
        print(bisect_left(range(10**18), True, key=lambda x: x * x >= n))
        """,
        "O(log n)",
    ),
    (
        "bisect_over_a_saved_range_of_the_answers_is_a_logarithmic_search",
        """
        from bisect import bisect_right
        n, k = map(int, input().split())
        r = range(0, 2 * 10**9)
        print(bisect_right(r, False, key=lambda m: m * k >= n))
        """,
        "O(log n)",
    ),
    (
        "bisect_in_a_table_of_sixty_powers_the_source_fixes_is_constant",
        """
        from bisect import bisect_left
        pw = [1 << i for i in range(61)]
        n = int(input())
        print(bisect_left(pw, n))
        """,
        "O(1)",
    ),
    (
        "bisect_key_summing_the_array_costs_a_pass_per_step",
        """
        from bisect import bisect_left
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        def pieces(L):
            return sum(v // L for v in a) < k
        print(bisect_left(range(1, 10**9 + 1), True, key=pieces))
        """,
        "O(n log n)",
    ),
    (
        "bisect_with_a_constant_key_over_range_of_n_stays_logarithmic",
        """
        from bisect import bisect_left
        n = int(input())
        print(bisect_left(range(n + 1), True, key=lambda x: x * (x + 1) // 2 >= n))
        """,
        "O(log n)",
    ),
    (
        "bisection_between_small_written_exponent_bounds_is_constant",
        """
        for _ in range(int(input())):
            n, k = map(int, input().split())
            lo, hi = 0, 62
            while hi - lo > 1:
                mid = (lo + hi) // 2
                if k << mid >= n:
                    hi = mid
                else:
                    lo = mid
            print(hi)
        """,
        "O(1)",
    ),
    (
        "bisection_capped_at_min_of_n_and_a_small_number_around_a_linear_check",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def ok(d):
            return all(a[i] + d >= a[i + 1] for i in range(n - 1))
        lo, hi = 0, min(n, 30)
        while lo < hi:
            m = (lo + hi) // 2
            if ok(m):
                hi = m
            else:
                lo = m + 1
        print(lo)
        """,
        "O(n)",
    ),
    (
        "bisection_between_zero_and_ten_to_the_eighteen_stays_logarithmic",
        """
        n = int(input())
        lo, hi = 0, 10**18
        while lo < hi:
            m = (lo + hi) // 2
            if m * m >= n:
                hi = m
            else:
                lo = m + 1
        print(lo)
        """,
        "O(log n)",
    ),
    (
        "cases_counted_by_q_each_with_its_own_bisection_cost_one_search",
        """
        q = int(input())
        for _ in range(q):
            x, y = map(int, input().split())
            lo, hi = 0, x
            while lo < hi:
                m = (lo + hi) // 2
                if m * y >= x:
                    hi = m
                else:
                    lo = m + 1
            print(lo)
        """,
        "O(log n)",
    ),
    (
        "q_queries_bisecting_a_shared_sorted_array_cost_a_sort_and_a_search_each",
        """
        n, q = map(int, input().split())
        a = sorted(map(int, input().split()))
        for _ in range(q):
            x = int(input())
            lo, hi = 0, n
            while lo < hi:
                m = (lo + hi) // 2
                if a[m] >= x:
                    hi = m
                else:
                    lo = m + 1
            print(lo)
        """,
        "O(n log n)",
    ),
    (
        "lambda_key_slicing_the_input_builds_a_linear_key_per_index",
        """
        n = int(input())
        s = input()
        print(*sorted(range(n), key=lambda i: s[i:]))
        """,
        "O(n^2)",
    ),
    (
        "max_with_a_lambda_key_summing_a_suffix_scans_per_index",
        """
        n = int(input())
        a = list(map(int, input().split()))
        print(max(range(n), key=lambda i: sum(a[i:])))
        """,
        "O(n^2)",
    ),
    (
        "sort_key_lambda_summing_the_whole_list_scans_it_per_item",
        """
        n = int(input())
        a = list(map(int, input().split()))
        print(sorted(a, key=lambda x: sum(a)))
        """,
        "O(n^2)",
    ),
    (
        "sort_key_lambda_reversing_its_own_word_stays_a_sort",
        """
        n = int(input())
        words = input().split()
        print(*sorted(words, key=lambda w: (len(w), w[::-1])))
        """,
        "O(n log n)",
    ),
    (
        "sort_key_lambda_indexing_the_array_stays_a_sort",
        """
        n = int(input())
        a = list(map(int, input().split()))
        print(*sorted(range(n), key=lambda i: (a[i], -i)))
        """,
        "O(n log n)",
    ),
    (
        "whole_list_compared_with_its_sorted_copy_every_pass_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = sorted(a)
        r = 0
        for i in range(n):
            if a != b:
                r += 1
            a[i], a[-1] = a[-1], a[i]
        print(r)
        """,
        "O(n^2)",
    ),
    (
        "list_compared_with_the_identity_permutation_after_each_swap",
        """
        n = int(input())
        a = list(map(int, input().split()))
        t = list(range(1, n + 1))
        c = 0
        for i in range(n):
            a[i], a[0] = a[0], a[i]
            if a == t:
                c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "elements_of_two_lists_compared_one_by_one_stay_a_sort",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = sorted(a)
        r = 0
        for i in range(n):
            if a[i] != b[i]:
                r += 1
        print(r)
        """,
        "O(n log n)",
    ),
    (
        "a_pair_compared_with_a_written_pair_in_a_loop_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        r = 0
        for i in range(n - 1):
            p = [a[i], a[i + 1]]
            if p == [1, 2]:
                r += 1
        print(r)
        """,
        "O(n)",
    ),
    (
        "string_prepended_in_one_branch_and_appended_in_the_other_is_quadratic",
        """
        s = input()
        ans = ''
        for c in s:
            if c < 'm':
                ans = c + ans
            else:
                ans = ans + c
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "string_prepended_or_appended_by_a_conditional_expression_is_quadratic",
        """
        s = input()
        ans = ''
        for c in s:
            ans = c + ans if c < 'm' else ans + c
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "string_appended_in_both_branches_stays_linear",
        """
        s = input()
        ans = ''
        for c in s:
            if c < 'm':
                ans = ans + c
            else:
                ans = ans + c + c
        print(ans)
        """,
        "O(n)",
    ),
    (
        "digit_count_of_a_read_number_bounds_a_logarithmic_loop",
        """
        n = int(input())
        c = 0
        while n:
            n //= 10
            c += 1
        for i in range(c):
            print(i)
        """,
        "O(log n)",
    ),
    (
        "steps_of_a_power_of_ten_up_to_the_number_bound_a_logarithmic_loop",
        """
        n = int(input())
        k = 0
        p = 1
        while p * 10 <= n:
            p *= 10
            k += 1
        for i in range(k):
            print(i)
        """,
        "O(log n)",
    ),
    (
        "base_three_digit_count_bounds_a_logarithmic_loop",
        """
        n = int(input())
        c = 0
        while n > 0:
            n //= 3
            c += 1
        s = 0
        for i in range(c):
            s += i
        print(s)
        """,
        "O(log n)",
    ),
    (
        "loop_over_the_number_plus_its_digit_count_stays_linear",
        """
        n = int(input())
        c = 0
        while n:
            n //= 10
            c += 1
        for i in range(n + c):
            print(i)
        """,
        "O(n)",
    ),
    (
        "digit_count_summed_over_every_item_of_an_array_is_not_logarithmic",
        """
        a = list(map(int, input().split()))
        c = 0
        for v in a:
            while v:
                v //= 10
                c += 1
        for i in range(c):
            print(i)
        """,
        "O(n log n)",
    ),
    (
        "walk_over_a_helpers_list_of_digits_is_logarithmic",
        """
        def digits(x):
            d = []
            while x:
                d.append(x % 10)
                x //= 10
            return d

        n = int(input())
        s = 0
        for v in digits(n):
            s += v
        print(s)
        """,
        "O(log n)",
    ),
    (
        "sum_of_a_helpers_base_k_digits_with_a_zero_case_is_logarithmic",
        """
        def to_base(n, k):
            if n == 0:
                return [0]
            r = []
            while n:
                r.append(n % k)
                n //= k
            return r[::-1]

        n, k = map(int, input().split())
        print(sum(to_base(n, k)))
        """,
        "O(log n)",
    ),
    (
        "walk_over_a_helpers_list_of_n_items_stays_linear",
        """
        def upto(x):
            return list(range(x))

        n = int(input())
        s = 0
        for v in upto(n):
            s += v
        print(s)
        """,
        "O(n)",
    ),
    (
        "digit_list_reversed_into_itself_stays_logarithmic",
        """
        n = int(input())
        r = []
        while n:
            r.append(n % 10)
            n //= 10
        r = r[::-1]
        print(r)
        """,
        "O(log n)",
    ),
    (
        "read_array_reversed_into_itself_stays_linear",
        """
        n = int(input())
        r = list(map(int, input().split()))
        r = r[::-1]
        print(r)
        """,
        "O(n)",
    ),
    (
        "membership_in_the_text_of_a_number_below_a_modulus_is_constant",
        """
        a = list(map(int, input().split()))
        s = 0
        for x in a:
            if '7' in str(x % 100):
                s += x
        print(s)
        """,
        "O(n)",
    ),
    (
        "count_in_the_text_of_a_last_digit_is_constant",
        """
        n = int(input())
        c = 0
        for i in range(1, n + 1):
            c += str(i % 10).count('7')
        print(c)
        """,
        "O(n)",
    ),
    (
        "membership_in_a_read_string_per_number_stays_quadratic",
        """
        s = input()
        n = int(input())
        c = 0
        for i in range(n):
            if str(i) in s:
                c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "flood_fill_on_a_grid_known_only_by_its_bounds_visits_every_cell",
        """
        n = int(input())
        r, c = map(int, input().split())
        q = [(r, c)]
        seen = {(r, c)}
        while q:
            x, y = q.pop()
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < n and 0 <= ny < n and (nx, ny) not in seen:
                    seen.add((nx, ny))
                    q.append((nx, ny))
        print(len(seen))
        """,
        "O(n^2)",
    ),
    (
        "breadth_first_search_over_an_n_by_m_box_of_cells_without_an_array",
        """
        from collections import deque
        n, m = map(int, input().split())
        dist = {(0, 0): 0}
        q = deque([(0, 0)])
        while q:
            x, y = q.popleft()
            for dx, dy in ((1, 2), (2, 1), (-1, 2), (2, -1)):
                a, b = x + dx, y + dy
                if 0 <= a < n and 0 <= b < m and (a, b) not in dist:
                    dist[(a, b)] = dist[(x, y)] + 1
                    q.append((a, b))
        print(dist.get((n - 1, m - 1), -1))
        """,
        "O(n^2)",
    ),
    (
        "flood_fill_on_a_written_four_by_four_board_stays_constant",
        """
        r, c = map(int, input().split())
        q = [(r, c)]
        seen = {(r, c)}
        while q:
            x, y = q.pop()
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                nx, ny = x + dx, y + dy
                if 0 <= nx < 4 and 0 <= ny < 4 and (nx, ny) not in seen:
                    seen.add((nx, ny))
                    q.append((nx, ny))
        print(len(seen))
        """,
        "O(1)",
    ),
    (
        "a_step_capped_by_a_countdown_from_nine_spends_itself_in_nine_passes",
        """
        n = int(input())
        ans = ""
        s = 9
        while n > 0:
            d = min(n, s)
            ans = str(d) + ans
            n -= d
            s -= 1
        print(ans)
        """,
        "O(1)",
    ),
    (
        "distinct_digits_summing_to_n_per_test_case_are_a_few_passes",
        """
        t = int(input())
        for _ in range(t):
            n = int(input())
            ans = ""
            s = 9
            while n > 0:
                d = min(n, s)
                ans = str(d) + ans
                n -= d
                s -= 1
            print(ans)
        """,
        "O(1)",
    ),
    (
        "a_step_capped_by_a_written_number_still_takes_n_over_nine_passes",
        """
        n = int(input())
        ans = ""
        while n > 0:
            d = min(n, 9)
            ans = str(d) + ans
            n -= d
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "a_read_line_prepended_a_written_number_of_times_copies_the_line",
        """
        s = input()
        res = ""
        for _ in range(3):
            res = s + res
        print(res)
        """,
        "O(n)",
    ),
    (
        "a_palindrome_test_on_a_loop_counters_digits_is_a_cut_of_a_word",
        """
        n = int(input())
        c = 0
        for x in range(1, n + 1):
            if str(x) == str(x)[::-1]:
                c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "summing_a_loop_counters_digits_still_walks_them",
        """
        n = int(input())
        c = 0
        for x in range(1, n + 1):
            c += sum(map(int, str(x)))
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "taking_at_most_a_countdown_from_nine_off_n_each_pass_is_nine_passes",
        """
        n = int(input())
        used = 0
        s = 9
        while n > 0:
            d = min(n, s)
            used += d
            n -= d
            s -= 1
        print(used)
        """,
        "O(1)",
    ),
    (
        "digits_prepended_while_a_written_count_runs_out_are_a_few",
        """
        n = int(input())
        ans = ""
        s = 9
        while n > 0 and s > 0:
            d = min(n, s)
            ans = str(d) + ans
            n -= d
            s -= 1
        print(ans)
        """,
        "O(1)",
    ),
    (
        "global_pointer_advanced_in_a_helper_called_per_item_is_amortised",
        """
        n = int(input())
        a = list(map(int, input().split()))
        ptr = 0
        def advance(x):
            global ptr
            while ptr < n and a[ptr] < x:
                ptr += 1
            return ptr
        print(*[advance(x) for x in a])
        """,
        "O(n)",
    ),
    (
        "nonlocal_pointer_kept_between_calls_of_a_closure_is_amortised",
        """
        def main():
            n = int(input())
            a = list(map(int, input().split()))
            p = 0
            def go(x):
                nonlocal p
                while p < n and a[p] <= x:
                    p += 1
                return p
            print(*[go(x) for x in a])
        main()
        """,
        "O(n)",
    ),
    (
        "instance_attribute_pointer_set_only_in_init_is_amortised_over_method_calls",
        """
        class Ptr:
            def __init__(self, arr):
                self.a = arr
                self.i = 0
            def skip_until(self, x):
                while self.i < len(self.a) and self.a[self.i] < x:
                    self.i += 1
                return self.i
        a = list(map(int, input().split()))
        P = Ptr(a)
        print(*[P.skip_until(x) for x in a])
        """,
        "O(n)",
    ),
    (
        "list_cell_pointer_advanced_in_a_helper_called_per_item_is_amortised",
        """
        n = int(input())
        a = list(map(int, input().split()))
        pos = [0]
        def advance(x):
            while pos[0] < n and a[pos[0]] < x:
                pos[0] += 1
            return pos[0]
        res = []
        for x in a:
            res.append(advance(x))
        print(*res)
        """,
        "O(n)",
    ),
    (
        "pointer_restarted_at_zero_on_each_helper_call_scans_per_call",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def advance(x):
            ptr = 0
            while ptr < n and a[ptr] < x:
                ptr += 1
            return ptr
        print(*[advance(x) for x in a])
        """,
        "O(n^2)",
    ),
    (
        "global_pointer_reset_by_the_caller_before_each_call_scans_per_call",
        """
        n = int(input())
        a = list(map(int, input().split()))
        ptr = 0
        def advance(x):
            global ptr
            while ptr < n and a[ptr] < x:
                ptr += 1
            return ptr
        out = []
        for x in a:
            ptr = 0
            out.append(advance(x))
        print(*out)
        """,
        "O(n^2)",
    ),
    (
        "attribute_pointer_of_an_object_made_per_item_scans_per_call",
        """
        class Ptr:
            def __init__(self, arr):
                self.a = arr
                self.i = 0
            def skip_until(self, x):
                while self.i < len(self.a) and self.a[self.i] < x:
                    self.i += 1
                return self.i
        a = list(map(int, input().split()))
        out = []
        for x in a:
            P = Ptr(a)
            out.append(P.skip_until(x))
        print(*out)
        """,
        "O(n^2)",
    ),
    (
        "lis_tails_grown_only_by_slice_assignment_make_each_bisect_logarithmic",
        """
        from bisect import bisect_left
        n = int(input())
        a = list(map(int, input().split()))
        t = []
        for x in a:
            i = bisect_left(t, x)
            t[i:i + 1] = [x]
        print(len(t))
        """,
        "O(n log n)",
    ),
    (
        "memo_read_by_get_under_a_local_key_variable_computes_each_state_once",
        """
        n = int(input())
        memo = {}
        def f(i):
            if i <= 1:
                return 1
            key = i
            r = memo.get(key)
            if r is None:
                r = f(i - 1) + f(i - 2)
                memo[key] = r
            return r
        print(f(n))
        """,
        "O(n)",
    ),
    (
        "memo_read_by_get_under_a_local_tuple_key_counts_grid_states",
        """
        n, m = map(int, input().split())
        memo = {}
        def p(i, j):
            if i == n or j == m:
                return 1
            key = (i, j)
            r = memo.get(key)
            if r is None:
                r = (p(i + 1, j) + p(i, j + 1)) % 1000000007
                memo[key] = r
            return r
        print(p(0, 0))
        """,
        "O(n^2)",
    ),
    (
        "memo_read_in_try_with_a_keyerror_fallback_computes_each_state_once",
        """
        n = int(input())
        memo = {}
        def f(i):
            if i <= 1:
                return 1
            try:
                return memo[i]
            except KeyError:
                pass
            memo[i] = f(i - 1) + f(i - 2)
            return memo[i]
        print(f(n))
        """,
        "O(n)",
    ),
    (
        "grid_path_recursion_without_a_memo_stays_exponential",
        """
        n, m = map(int, input().split())
        def p(i, j):
            if i == n or j == m:
                return 1
            return p(i + 1, j) + p(i, j + 1)
        print(p(0, 0))
        """,
        "O(2^n)",
    ),
    (
        "whole_list_spliced_into_an_empty_list_keeps_the_input_size_for_sorting",
        """
        n, k = map(int, input().split())
        l = list(map(int, input().split()))
        m = []
        m[:] = l[:]
        m.sort(reverse=True)
        print(m[:k])
        """,
        "O(n log n)",
    ),
    (
        "try_keyerror_around_a_tally_lookup_in_an_unmemoised_recursion_stays_exponential",
        """
        n = int(input())
        seen = {}
        def f(i):
            if i <= 1:
                return 1
            try:
                seen[i] += 1
            except KeyError:
                seen[i] = 1
            return f(i - 1) + f(i - 2)
        print(f(n))
        """,
        "O(2^n)",
    ),
    (
        "a_character_code_counted_down_to_a_letter_is_bounded_by_the_alphabet",
        """
        s = input()
        t = 0
        for ch in s:
            c = ord(ch)
            while c != ord('a'):
                c -= 1
                t += 1
        print(t)
        """,
        "O(n)",
    ),
    (
        "a_letter_stepped_round_the_alphabet_through_its_code_is_bounded_by_26",
        """
        s = input()
        cur = 'a'
        t = 0
        for ch in s:
            while cur != ch:
                cur = chr((ord(cur) - 97 + 1) % 26 + 97)
                t += 1
        print(t)
        """,
        "O(n)",
    ),
    (
        "a_count_capped_by_an_assignment_of_min_with_a_written_number_is_constant",
        """
        n, k, m = map(int, input().split())
        k = min(k, 60)
        for _ in range(k):
            n = n * 2 % m
        print(n)
        """,
        "O(1)",
    ),
    (
        "a_count_capped_by_min_with_a_read_size_still_grows_with_it",
        """
        n, k, m = map(int, input().split())
        k = min(k, n)
        for _ in range(k):
            n = n * 2 % m
        print(n)
        """,
        "O(n)",
    ),
    (
        "a_countdown_from_the_outer_index_is_not_bounded_by_an_alphabet",
        """
        n = int(input())
        t = 0
        for i in range(n):
            c = i
            while c != abs(0):
                c -= 1
                t += 1
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "run_grouping_two_pointers_under_while_true_with_a_break_test_is_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        ans = 0
        i = 0
        while True:
            if i >= n:
                break
            j = i
            while j < n and a[j] == a[i]:
                j += 1
            ans += 1
            i = j
        print(ans)
        """,
        "O(n)",
    ),
    (
        "inner_scan_restarting_at_each_step_under_while_true_with_a_break_test_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        ans = 0
        i = 0
        while True:
            if i >= n:
                break
            j = i
            while j < n and a[j] == a[i]:
                j += 1
            ans = max(ans, j - i)
            i += 1
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "digital_root_under_while_true_with_a_copy_for_the_digit_loop_is_logarithmic",
        """
        n = int(input())
        c = 0
        while True:
            if n < 10:
                break
            s = 0
            m = n
            while m:
                s += m % 10
                m //= 10
            n = s
            c += 1
        print(c)
        """,
        "O(log n)",
    ),
    (
        "digit_sums_of_every_number_counting_down_under_while_true_is_n_log_n",
        """
        n = int(input())
        c = 0
        while True:
            if n < 10:
                break
            m = n
            while m:
                c += m % 10
                m //= 10
            n -= 1
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "a_list_cut_to_its_back_half_each_pass_and_summed_is_a_geometric_series",
        """
        n = int(input())
        a = list(map(int, input().split()))
        t = 0
        while len(a) > 1:
            a = a[len(a) // 2:]
            t += sum(a)
        print(t)
        """,
        "O(n)",
    ),
    (
        "a_for_loop_over_a_list_halved_each_pass_is_a_geometric_series",
        """
        n = int(input())
        a = list(map(int, input().split()))
        t = 0
        while len(a) > 1:
            a = a[len(a) // 2:]
            for x in a:
                t += x
        print(t)
        """,
        "O(n)",
    ),
    (
        "a_prefix_sum_up_to_a_halving_counter_is_a_geometric_series",
        """
        n = int(input())
        a = list(map(int, input().split()))
        m = n
        tot = 0
        while m > 1:
            m //= 2
            tot += sum(a[:m])
        print(tot)
        """,
        "O(n)",
    ),
    (
        "string_halves_compared_and_the_smaller_kept_is_a_geometric_series",
        """
        s = input()
        while len(s) > 1:
            h = len(s) // 2
            if s[:h] < s[h:]:
                s = s[:h]
            else:
                s = s[h:]
        print(s)
        """,
        "O(n)",
    ),
    (
        "recursion_on_every_second_item_halves_the_list",
        """
        def f(a):
            if len(a) == 1:
                return a[0]
            return f(a[::2])
        n = int(input())
        print(f(list(map(int, input().split()))))
        """,
        "O(n)",
    ),
    (
        "recursion_on_the_even_and_odd_items_splits_like_an_fft",
        """
        def f(a):
            if len(a) == 1:
                return a[0]
            x = f(a[::2])
            y = f(a[1::2])
            return x + y + sum(a)
        n = int(input())
        print(f(list(map(int, input().split()))))
        """,
        "O(n log n)",
    ),
    (
        "a_halving_counter_loop_summing_the_whole_array_each_pass_stays_n_log_n",
        """
        n = int(input())
        a = list(map(int, input().split()))
        m = n
        tot = 0
        while m > 1:
            m //= 2
            tot += sum(a)
        print(tot)
        """,
        "O(n log n)",
    ),
    (
        "a_halved_list_loop_summing_another_full_list_each_pass_stays_n_log_n",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = list(map(int, input().split()))
        t = 0
        while len(a) > 1:
            a = a[len(a) // 2:]
            t += sum(b)
        print(t)
        """,
        "O(n log n)",
    ),
    (
        "a_suffix_past_a_halving_counter_grows_and_stays_n_log_n",
        """
        n = int(input())
        a = list(map(int, input().split()))
        m = n
        t = 0
        while m > 1:
            m //= 2
            t += max(a[m:])
        print(t)
        """,
        "O(n log n)",
    ),
    (
        "recursion_dropping_the_first_item_stays_quadratic",
        """
        def f(a):
            if len(a) == 1:
                return a[0]
            return f(a[1:])
        n = int(input())
        print(f(list(map(int, input().split()))))
        """,
        "O(n^2)",
    ),
    (
        "query_loop_counted_inline_calling_a_helper_that_walks_read_parents_is_quadratic",
        """
        n = int(input())
        up = [0] + [int(x) for x in input().split()]
        def climb(v):
            steps = 0
            while v != 1:
                v = up[v]
                steps += 1
            return steps
        for _ in range(int(input())):
            a = int(input())
            print(climb(a))
        """,
        "O(n^2)",
    ),
    (
        "test_case_loop_calling_a_solver_that_reads_its_own_pair_stays_constant",
        """
        def solve():
            a, b = map(int, input().split())
            print(a + b)
        for _ in range(int(input())):
            solve()
        """,
        "O(1)",
    ),
    (
        "adjacency_list_scanned_once_per_edge_record_is_quadratic",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n + 1)]
        edges = []
        for _ in range(m):
            x, y = map(int, input().split())
            adj[x].append(y)
            adj[y].append(x)
            edges.append((x, y))
        total = 0
        for x, y in edges:
            for z in adj[y]:
                if z != x:
                    total += 1
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "neighbours_of_neighbours_of_every_vertex_is_quadratic",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n)]
        for _ in range(m):
            x, y = map(int, input().split())
            adj[x - 1].append(y - 1)
            adj[y - 1].append(x - 1)
        paths = 0
        for v in range(n):
            for u in adj[v]:
                for w in adj[u]:
                    if w != v:
                        paths += 1
        print(paths // 2)
        """,
        "O(n^2)",
    ),
    (
        "neighbours_of_the_neighbours_of_one_vertex_stay_linear",
        """
        n = int(input())
        adj = [[] for _ in range(n + 1)]
        for _ in range(n - 1):
            x, y = map(int, input().split())
            adj[x].append(y)
            adj[y].append(x)
        hub = max(range(1, n + 1), key=lambda v: len(adj[v]))
        far = 0
        for u in adj[hub]:
            for w in adj[u]:
                if w != hub:
                    far += 1
        print(far)
        """,
        "O(n)",
    ),
    (
        "backtracking_set_checked_in_the_base_case_and_discarded_is_exponential",
        """
        n = int(input())
        conflicts = [tuple(map(int, input().split())) for _ in range(n)]
        best = 0
        def pick(i, taken):
            global best
            if i == n:
                for a, b in conflicts:
                    if a in taken and b in taken:
                        return
                best = max(best, len(taken))
                return
            pick(i + 1, taken)
            taken.add(i)
            pick(i + 1, taken)
            taken.discard(i)
        pick(0, set())
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "kuhn_matching_with_fresh_marks_per_augmentation_is_cubic",
        """
        n = int(input())
        ok = [list(map(int, input().split())) for _ in range(n)]
        owner = [-1] * n
        def augment(v, seen):
            for u in range(n):
                if ok[v][u] and not seen[u]:
                    seen[u] = True
                    if owner[u] < 0 or augment(owner[u], seen):
                        owner[u] = v
                        return True
            return False
        res = 0
        for v in range(n):
            if augment(v, [False] * n):
                res += 1
        print(res)
        """,
        "O(n^3)",
    ),
    (
        "dfs_marking_a_shared_visited_set_visits_each_vertex_once",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        adj = [[] for _ in range(n)]
        for _ in range(m):
            x, y = map(int, input().split())
            adj[x - 1].append(y - 1)
            adj[y - 1].append(x - 1)
        seen = set()
        def go(v):
            seen.add(v)
            for u in adj[v]:
                if u not in seen:
                    go(u)
        parts = 0
        for v in range(n):
            if v not in seen:
                parts += 1
                go(v)
        print(parts)
        """,
        "O(n)",
    ),
    (
        "tree_dfs_passing_the_root_path_as_a_concatenated_copy_is_quadratic",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        kids = [[] for _ in range(n)]
        for _ in range(n - 1):
            x, y = map(int, input().split())
            kids[x - 1].append(y - 1)
            kids[y - 1].append(x - 1)
        longest = []
        def walk(v, parent, trail):
            global longest
            if len(trail) > len(longest):
                longest = trail
            for u in kids[v]:
                if u != parent:
                    walk(u, v, trail + [u])
        walk(0, -1, [0])
        print(*longest)
        """,
        "O(n^2)",
    ),
    (
        "tree_dfs_keeping_the_root_path_with_append_and_pop_is_linear",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        kids = [[] for _ in range(n)]
        for _ in range(n - 1):
            x, y = map(int, input().split())
            kids[x - 1].append(y - 1)
            kids[y - 1].append(x - 1)
        deepest = 0
        def walk(v, parent, trail):
            global deepest
            trail.append(v)
            deepest = max(deepest, len(trail))
            for u in kids[v]:
                if u != parent:
                    walk(u, v, trail)
            trail.pop()
        walk(0, -1, [])
        print(deepest)
        """,
        "O(n)",
    ),
    (
        "root_path_rebound_as_a_concatenated_copy_in_each_call_is_quadratic",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        adj = [[] for _ in range(n)]
        for _ in range(n - 1):
            x, y = map(int, input().split())
            adj[x - 1].append(y - 1)
            adj[y - 1].append(x - 1)
        heavy = 0
        def walk(v, parent, trail):
            global heavy
            trail = trail + [v]
            heavy = max(heavy, len(trail))
            for u in adj[v]:
                if u != parent:
                    walk(u, v, trail)
        walk(0, -1, [])
        print(heavy)
        """,
        "O(n^2)",
    ),
    (
        "degree_walk_per_edge_read_as_a_comprehension_is_quadratic",
        """
        n, m = map(int, input().split())
        es = [tuple(map(int, input().split())) for _ in range(m)]
        adj = [[] for _ in range(n + 1)]
        for x, y in es:
            adj[x].append(y)
            adj[y].append(x)
        common = 0
        for x, y in es:
            for z in adj[x]:
                if z != y:
                    common += 1
        print(common)
        """,
        "O(n^2)",
    ),
    (
        "range_sum_queries_counted_inline_on_a_segment_tree_built_from_the_input",
        """
        n = int(input())
        a = list(map(int, input().split()))
        t = [0] * (4 * n)
        def build(v, l, r):
            if l == r:
                t[v] = a[l]
                return
            m = (l + r) // 2
            build(2 * v, l, m)
            build(2 * v + 1, m + 1, r)
            t[v] = t[2 * v] + t[2 * v + 1]
        def ask(v, l, r, ql, qr):
            if qr < l or r < ql:
                return 0
            if ql <= l and r <= qr:
                return t[v]
            m = (l + r) // 2
            return ask(2 * v, l, m, ql, qr) + ask(2 * v + 1, m + 1, r, ql, qr)
        build(1, 0, n - 1)
        for _ in range(int(input())):
            x, y = map(int, input().split())
            print(ask(1, 0, n - 1, x - 1, y - 1))
        """,
        "O(n log n)",
    ),
    (
        "test_cases_looking_up_a_sieve_of_written_size_through_a_helper_stay_constant",
        """
        LIM = 10 ** 6
        comp = [False] * (LIM + 1)
        for i in range(2, 1001):
            if not comp[i]:
                for j in range(i * i, LIM + 1, i):
                    comp[j] = True
        def prime(x):
            return x > 1 and not comp[x]
        for _ in range(int(input())):
            print("YES" if prime(int(input())) else "NO")
        """,
        "O(1)",
    ),
    (
        "inner_loop_guarded_by_a_divisor_of_the_loop_bound_sums_the_divisors",
        """
        n = int(input())
        total = 0
        for i in range(1, n + 1):
            if n % i == 0:
                for j in range(i):
                    total += j
        print(total)
        """,
        "O(n)",
    ),
    (
        "stepped_scan_after_skipping_non_divisors_with_continue_is_linear",
        """
        n = int(input())
        s = input()
        best = 0
        for d in range(1, n + 1):
            if n % d:
                continue
            cnt = 0
            for j in range(0, n, d):
                cnt += s[j] == 'a'
            best = max(best, cnt)
        print(best)
        """,
        "O(n)",
    ),
    (
        "scan_under_a_divisor_test_of_a_sum_of_values_stays_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        s = sum(a)
        ans = 0
        for k in range(1, n + 1):
            if s % k == 0:
                for x in a:
                    ans += x % k
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "powers_of_the_outer_index_up_to_n_are_linear_in_all",
        """
        n = int(input())
        cnt = 0
        for b in range(2, n + 1):
            p = b
            while p <= n:
                cnt += 1
                p *= b
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "doubling_from_each_index_up_to_n_stays_n_log_n",
        """
        n = int(input())
        cnt = 0
        for b in range(1, n + 1):
            p = b
            while p <= n:
                cnt += 1
                p *= 2
        print(cnt)
        """,
        "O(n log n)",
    ),
    (
        "factorial_of_a_read_number_multiplies_n_factors",
        """
        import math
        n = int(input())
        print(math.factorial(n) % 1000000007)
        """,
        "O(n)",
    ),
    (
        "binomials_of_n_over_every_k_are_quadratic",
        """
        from math import comb
        n = int(input())
        total = 0
        for k in range(n + 1):
            total += comb(n, k) % 998244353
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "pairs_counted_with_comb_of_two_per_item_stay_linear",
        """
        from math import comb
        n = int(input())
        a = list(map(int, input().split()))
        print(sum(comb(x, 2) for x in a))
        """,
        "O(n)",
    ),
    (
        "distinct_letters_of_each_word_of_a_split_line_add_up_to_the_line",
        """
        words = input().split()
        seen = set()
        for w in words:
            seen.add(''.join(set(w)))
        print(len(seen))
        """,
        "O(n)",
    ),
    (
        "prefix_function_over_each_word_of_a_split_line_is_linear_in_all",
        """
        words = input().split()
        total = 0
        for w in words:
            pi = [0] * len(w)
            for i in range(1, len(w)):
                j = pi[i - 1]
                while j and w[i] != w[j]:
                    j = pi[j - 1]
                if w[i] == w[j]:
                    j += 1
                pi[i] = j
            total += pi[-1]
        print(total)
        """,
        "O(n)",
    ),
    (
        "index_loop_over_a_word_with_a_sentinel_appended_is_linear_in_all",
        """
        words = input().split()
        c = 0
        for w in words:
            s = w + '#'
            for i in range(len(s) - 1):
                if s[i] == s[i + 1]:
                    c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "sorting_the_letters_of_each_word_of_a_split_line_is_n_log_n",
        """
        words = input().split()
        groups = set()
        for w in words:
            groups.add(tuple(sorted(w)))
        print(len(groups))
        """,
        "O(n log n)",
    ),
    (
        "sorted_distinct_letters_of_each_word_are_at_most_an_alphabet",
        """
        n = int(input())
        words = input().split()
        seen = set()
        for w in words:
            seen.add(''.join(sorted(set(w))))
        print(len(seen))
        """,
        "O(n)",
    ),
    (
        "set_of_the_whole_line_compared_for_each_word_stays_quadratic",
        """
        s = input()
        words = s.split()
        c = 0
        for w in words:
            if set(s) == set(w):
                c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "prefix_function_over_a_word_joined_to_the_whole_line_per_word_stays_quadratic",
        """
        line = input()
        words = line.split()
        c = 0
        for w in words:
            s = w + '#' + line
            pi = [0] * len(s)
            for i in range(1, len(s)):
                j = pi[i - 1]
                while j and s[i] != s[j]:
                    j = pi[j - 1]
                if s[i] == s[j]:
                    j += 1
                pi[i] = j
            c += pi[-1]
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "count_from_the_loop_index_in_a_loop_that_may_break_scans_the_rest_each_pass",
        """
        s = input()
        n = len(s)
        ans = -1
        for j in range(n):
            if s.count('z', j) > 1:
                ans = j
                break
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "find_of_a_window_after_its_start_in_a_breaking_loop_per_length_is_cubic",
        """
        s = input()
        n = len(s)
        best = 0
        for L in range(1, n):
            for i in range(n - L + 1):
                if s.find(s[i:i + L], i + 1) != -1:
                    best = L
                    break
        print(best)
        """,
        "O(n^3)",
    ),
    (
        "startswith_a_read_pattern_at_each_index_compares_the_pattern_each_time",
        """
        s = input()
        t = input()
        cnt = 0
        for i in range(len(s)):
            if s.startswith(t, i):
                cnt += 1
        print(cnt)
        """,
        "O(n^2)",
    ),
    (
        "startswith_a_written_pattern_at_each_index_stays_linear",
        """
        s = input()
        cnt = 0
        for i in range(len(s)):
            if s.startswith("ab", i):
                cnt += 1
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "find_from_a_written_start_in_a_loop_that_breaks_is_paid_once",
        """
        s = input()
        n = len(s)
        for j in range(n):
            if s.find('z', 1) == j:
                print(j)
                break
        """,
        "O(n)",
    ),
    (
        "count_in_a_fixed_width_window_at_each_index_is_linear",
        """
        s = input()
        c = 0
        for j in range(len(s)):
            c += s.count('a', j, j + 3)
        print(c)
        """,
        "O(n)",
    ),
    (
        "dict_fromkeys_over_each_test_cases_array_is_linear",
        """
        for _ in range(int(input())):
            n = int(input())
            a = list(map(int, input().split()))
            print(len(dict.fromkeys(a)))
        """,
        "O(n)",
    ),
    (
        "dict_fromkeys_of_a_written_alphabet_per_test_case_stays_constant",
        """
        for _ in range(int(input())):
            n = int(input())
            cnt = dict.fromkeys('abc', 0)
            print(n + len(cnt))
        """,
        "O(1)",
    ),
    (
        "membership_in_a_helper_parameter_every_caller_fills_with_a_set_is_a_hash_lookup",
        """
        def check(arr, v):
            return v in arr
        n = int(input())
        a = set(map(int, input().split()))
        b = list(map(int, input().split()))
        print(sum(1 for x in b if check(a, x)))
        """,
        "O(n)",
    ),
    (
        "membership_in_a_nested_helper_given_the_outer_functions_set_is_a_hash_lookup",
        """
        def main():
            n = int(input())
            a = list(map(int, input().split()))
            good = set(a)
            def has(arr, v):
                return v in arr
            cnt = 0
            for x in a:
                if has(good, x + 1):
                    cnt += 1
            print(cnt)
        main()
        """,
        "O(n)",
    ),
    (
        "membership_in_a_helper_parameter_one_caller_fills_with_a_list_stays_a_scan",
        """
        def check(arr, v):
            return v in arr
        n = int(input())
        a = set(map(int, input().split()))
        b = list(map(int, input().split()))
        print(sum(1 for x in b if check(a, x)), sum(1 for x in b if check(b, x)))
        """,
        "O(n^2)",
    ),
    (
        "distinct_characters_gathered_in_a_string_are_at_most_an_alphabet",
        """
        n = int(input())
        s = input()
        used = ''
        for c in s:
            if c not in used:
                used += c
        print(len(used))
        """,
        "O(n)",
    ),
    (
        "distinct_characters_added_to_a_copy_of_the_input_string_keep_a_linear_search",
        """
        n = int(input())
        s = input()
        used = s
        for c in s:
            if c not in used:
                used += c
        print(len(used))
        """,
        "O(n^2)",
    ),
    (
        "gnome_sort_stepping_back_with_a_clamped_index_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = 0
        while i < n - 1:
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                i = max(i - 1, 0)
            else:
                i += 1
        print(*a)
        """,
        "O(n^2)",
    ),
    (
        "adjacent_swap_then_restart_from_the_first_index_is_cubic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = 0
        while i < n - 1:
            if a[i] > a[i + 1]:
                a[i], a[i + 1] = a[i + 1], a[i]
                i = 0
            else:
                i += 1
        print(*a)
        """,
        "O(n^3)",
    ),
    (
        "restart_from_the_first_index_after_fixing_one_cell_stays_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = 0
        while i < n:
            if a[i] < 0:
                a[i] = 0
                i = 0
            else:
                i += 1
        print(*a)
        """,
        "O(n^2)",
    ),
    (
        "each_group_of_a_setdefault_dict_sorted_in_place_is_n_log_n_in_all",
        """
        n = int(input())
        a = list(map(int, input().split()))
        pos = {}
        for i, x in enumerate(a):
            pos.setdefault(x, []).append(i)
        span = 0
        for v in pos.values():
            v.sort()
            span = max(span, v[-1] - v[0])
        print(span)
        """,
        "O(n log n)",
    ),
    (
        "sorted_copy_of_the_list_under_each_key_of_a_bucket_dict_is_n_log_n_in_all",
        """
        n = int(input())
        a = list(map(int, input().split()))
        by = {}
        for i in range(n):
            by.setdefault(a[i] % 7, []).append(a[i])
        res = 0
        for k in by:
            lst = sorted(by[k])
            res += lst[-1] - lst[0]
        print(res)
        """,
        "O(n log n)",
    ),
    (
        "sum_of_each_group_of_a_setdefault_dict_is_linear_in_all",
        """
        n = int(input())
        a = list(map(int, input().split()))
        d = {}
        for i, x in enumerate(a):
            d.setdefault(x, []).append(i)
        tot = 0
        for key, v in d.items():
            tot += sum(v) - len(v) * v[0]
        print(tot)
        """,
        "O(n)",
    ),
    (
        "generator_summing_each_bucket_list_touches_each_item_once",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = [[] for _ in range(n)]
        for x in a:
            b[x % n].append(x)
        print(max(sum(lst) for lst in b))
        """,
        "O(n)",
    ),
    (
        "summing_the_whole_array_once_per_group_stays_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        d = {}
        for i, x in enumerate(a):
            d.setdefault(x, []).append(i)
        tot = 0
        for v in d.values():
            tot += sum(a) - len(v)
        print(tot)
        """,
        "O(n^2)",
    ),
    (
        "summing_a_group_once_per_member_of_it_stays_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        d = {}
        for i, x in enumerate(a):
            d.setdefault(x, []).append(i)
        tot = 0
        for v in d.values():
            for y in v:
                tot += sum(v) - y
        print(tot)
        """,
        "O(n^2)",
    ),
    (
        "nines_repeated_up_to_the_digit_count_of_a_number_stay_logarithmic",
        """
        n = int(input())
        s = str(n)
        best = 0
        for i in range(len(s)):
            t = s[:i] + '9' * (len(s) - i - 1)
            best = max(best, sum(int(c) for c in t))
        print(best)
        """,
        "O(log n)",
    ),
    (
        "a_digit_lowered_and_padded_with_nines_keeps_the_digit_walk_logarithmic",
        """
        x = int(input())
        d = str(x)
        ans = sum(int(c) for c in d)
        for j in range(1, len(d)):
            if d[j - 1] != '0':
                cand = d[:j - 1] + str(int(d[j - 1]) - 1) + '9' * (len(d) - j)
                ans = max(ans, sum(map(int, cand)))
        print(ans)
        """,
        "O(log n)",
    ),
    (
        "stars_repeated_up_to_a_read_count_stay_quadratic",
        """
        n = int(input())
        for i in range(1, n + 1):
            print('*' * i)
        """,
        "O(n^2)",
    ),
    (
        "padding_up_to_the_length_of_a_read_list_per_index_stays_quadratic",
        """
        n = int(input())
        a = input().split()
        out = []
        for i in range(len(a)):
            out.append('0' * (len(a) - i) + a[i])
        print(len(out))
        """,
        "O(n^2)",
    ),
    (
        "a_second_self_call_on_a_written_constant_ends_at_the_base_case",
        """
        def f(n):
            if n <= 1:
                return 1
            return f(n - 1) + f(1)
        print(f(int(input())))
        """,
        "O(n)",
    ),
    (
        "a_self_call_on_zero_beside_a_countdown_keeps_the_chain_linear",
        """
        import sys
        sys.setrecursionlimit(10**6)
        def g(k, acc):
            if k == 0:
                return acc
            return g(k - 1, acc + 1) + g(0, 0)
        print(g(int(input()), 0))
        """,
        "O(n)",
    ),
    (
        "two_self_calls_both_counting_down_still_branch",
        """
        def f(n):
            if n <= 0:
                return 1
            return f(n - 1) + f(n - 2)
        print(f(int(input())))
        """,
        "O(2^n)",
    ),
    (
        "branching_only_while_the_index_is_below_a_constant_is_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def go(i, s):
            if i == n:
                return s
            if i < 3:
                return max(go(i + 1, s + a[i]), go(i + 1, s))
            return go(i + 1, s + a[i])
        print(go(0, 0))
        """,
        "O(n)",
    ),
    (
        "branching_on_the_data_at_every_index_stays_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def go(i, s):
            if i == n:
                return s
            if a[i] > 0:
                return max(go(i + 1, s + a[i]), go(i + 1, s))
            return go(i + 1, s + a[i])
        print(go(0, 0))
        """,
        "O(2^n)",
    ),
    (
        "a_cache_keyed_by_the_tuple_of_choices_so_far_never_hits",
        """
        from functools import lru_cache
        n = int(input())
        a = list(map(int, input().split()))
        @lru_cache(None)
        def f(i, chosen):
            if i == n:
                return sum(chosen) % 7 == 0
            return f(i + 1, chosen + (a[i],)) + f(i + 1, chosen)
        print(f(0, ()))
        """,
        "O(2^n)",
    ),
    (
        "a_cache_keyed_by_the_string_built_so_far_never_hits",
        """
        from functools import lru_cache
        s = input()
        n = len(s)
        @lru_cache(maxsize=None)
        def f(i, cur):
            if i == n:
                return 1 if cur and cur == cur[::-1] else 0
            return f(i + 1, cur + s[i]) + f(i + 1, cur)
        print(f(0, ""))
        """,
        "O(2^n)",
    ),
    (
        "a_cache_keyed_by_a_remainder_shares_its_states",
        """
        from functools import lru_cache
        n = int(input())
        a = list(map(int, input().split()))
        @lru_cache(None)
        def f(i, r):
            if i == n:
                return r == 0
            return f(i + 1, (r + a[i]) % 7) + f(i + 1, r)
        print(f(0, 0))
        """,
        "O(n)",
    ),
    (
        "two_calls_in_a_conditional_expression_for_the_first_levels_only_is_linear",
        """
        n = int(input())
        def go(d):
            if d == n:
                return 1
            return go(d + 1) + go(d + 1) if d <= 1 else go(d + 1)
        print(go(0))
        """,
        "O(n)",
    ),
    (
        "a_string_built_by_a_constant_range_loop_is_constant_when_reversed",
        """
        a = int(input())
        s = ''
        for i in range(10):
            s += str((a >> i) & 1)
        print(s[::-1])
        """,
        "O(1)",
    ),
    (
        "a_string_built_per_test_case_by_a_constant_range_loop_is_constant",
        """
        t = int(input())
        for _ in range(t):
            a, b = map(int, input().split())
            s = ''
            for i in range(10):
                if (a >> i) & 1:
                    s += '1'
                else:
                    s += '0'
            print(s[::-1], b)
        """,
        "O(1)",
    ),
    (
        "a_string_built_by_a_loop_over_n_is_linear_when_reversed",
        """
        n = int(input())
        s = ''
        for i in range(n):
            s += str(i % 2)
        print(s[::-1])
        """,
        "O(n)",
    ),
    (
        "a_doubling_step_taken_through_a_min_temporary_is_logarithmic",
        """
        n = int(input())
        ans = []
        k = 1
        while n > 0:
            take = min(k, n)
            ans.append(take)
            n -= take
            k *= 2
        print(*ans)
        """,
        "O(log n)",
    ),
    (
        "a_doubling_step_capped_by_the_rest_inline_is_logarithmic",
        """
        n = int(input())
        k = 1
        c = 0
        while n > 0:
            n -= min(k, n)
            k *= 2
            c += 1
        print(c)
        """,
        "O(log n)",
    ),
    (
        "a_fixed_step_through_a_min_temporary_stays_linear",
        """
        n = int(input())
        ans = []
        k = 3
        while n > 0:
            take = min(k, n)
            ans.append(take)
            n -= take
        print(*ans)
        """,
        "O(n)",
    ),
    (
        "printing_a_string_grown_each_pass_is_quadratic",
        """
        n = int(input())
        s = ''
        for i in range(n):
            s += 'a'
            print(s)
        """,
        "O(n^2)",
    ),
    (
        "writing_the_growing_prefix_of_a_line_each_pass_is_quadratic",
        """
        import sys
        s = input()
        t = ''
        for c in s:
            t += c
            sys.stdout.write(t + '\\n')
        """,
        "O(n^2)",
    ),
    (
        "a_concatenated_string_kept_in_a_list_each_pass_is_copied_each_time",
        """
        s = input()
        t = ''
        hist = []
        for c in s:
            t = t + c
            hist.append(t)
        print(len(set(hist)))
        """,
        "O(n^2)",
    ),
    (
        "printing_a_fixed_string_each_pass_stays_linear",
        """
        n = int(input())
        s = 'ab'
        for i in range(n):
            print(s)
        """,
        "O(n)",
    ),
    (
        "a_string_gathered_without_copies_and_printed_once_stays_linear",
        """
        s = input()
        t = ''
        for c in s:
            if c != ' ':
                t += c
        print(t)
        """,
        "O(n)",
    ),
    (
        "max_count_of_a_character_counter_in_a_double_loop_is_an_alphabet",
        """
        from collections import defaultdict
        s = input()
        n = len(s)
        res = 0
        for i in range(n):
            freq = defaultdict(int)
            for j in range(i, n):
                freq[s[j]] += 1
                if max(freq.values()) == 1:
                    res += 1
        print(res)
        """,
        "O(n^2)",
    ),
    (
        "walking_a_character_counter_each_pass_walks_an_alphabet",
        """
        from collections import Counter
        s = input()
        cnt = Counter()
        total = 0
        for i in range(len(s)):
            cnt[s[i]] += 1
            for k in cnt:
                total += cnt[k]
        print(total)
        """,
        "O(n)",
    ),
    (
        "max_count_of_a_counter_of_array_values_in_a_double_loop_stays_cubic",
        """
        from collections import Counter
        n = int(input())
        a = list(map(int, input().split()))
        res = 0
        for i in range(n):
            freq = Counter()
            for j in range(i, n):
                freq[a[j]] += 1
                if max(freq.values()) == 1:
                    res += 1
        print(res)
        """,
        "O(n^3)",
    ),
    (
        "counter_of_four_read_numbers_sorted_per_test_case_is_constant",
        """
        from collections import Counter
        t = int(input())
        for _ in range(t):
            a, b, c, d = map(int, input().split())
            cnt = Counter((a, b, c, d))
            print('YES' if sorted(cnt.values()) == [2, 2] else 'NO')
        """,
        "O(1)",
    ),
    (
        "counter_of_a_read_array_sorted_by_counts_stays_n_log_n",
        """
        from collections import Counter
        n = int(input())
        a = list(map(int, input().split()))
        freq = Counter(a)
        print(*sorted(freq.values()))
        """,
        "O(n log n)",
    ),
    (
        "subtree_sizes_summed_by_a_generator_over_children_lists_visit_each_node_once",
        """
        n = int(input())
        below = [[] for _ in range(n + 1)]
        par = list(map(int, input().split()))
        for i, p in enumerate(par):
            below[p].append(i + 2)
        def size(u):
            return 1 + sum(size(v) for v in below[u])
        print(size(1))
        """,
        "O(n)",
    ),
    (
        "trie_nodes_counted_by_a_generator_over_a_nodes_children_visit_each_once",
        """
        s = input()
        root = {}
        for i in range(len(s)):
            cur = root
            for c in s[i:]:
                cur = cur.setdefault(c, {})
        def count(node):
            return 1 + sum(count(child) for child in node.values())
        print(count(root) - 1)
        """,
        "O(n^2)",
    ),
    (
        "signs_chosen_by_a_generator_over_a_written_pair_stay_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        def go(i, s):
            if i == n:
                return 1 if s == 0 else 0
            return sum(go(i + 1, s + d * a[i]) for d in (-1, 1))
        print(go(0, 0))
        """,
        "O(2^n)",
    ),
    (
        "max_mapped_over_the_rows_of_a_matrix_reads_every_cell",
        """
        n, m = map(int, input().split())
        grid = [list(map(int, input().split())) for _ in range(n)]
        print(max(map(max, grid)))
        """,
        "O(n^2)",
    ),
    (
        "sum_mapped_over_the_rows_of_a_matrix_reads_every_cell",
        """
        n, m = map(int, input().split())
        grid = [list(map(int, input().split())) for _ in range(n)]
        print(sum(map(sum, grid)) - min(map(min, grid)))
        """,
        "O(n^2)",
    ),
    (
        "len_mapped_over_the_rows_of_a_list_stays_linear",
        """
        n = int(input())
        rows = [input().split() for _ in range(n)]
        print(max(map(len, rows)))
        """,
        "O(n)",
    ),
    (
        "grid_rows_of_readlines_counted_by_index_scan_every_cell",
        """
        import sys
        data = sys.stdin.readlines()
        n, m = map(int, data[0].split())
        stars = 0
        for i in range(1, n + 1):
            stars += data[i].count('#')
        print(stars)
        """,
        "O(n^2)",
    ),
    (
        "grid_rows_of_readlines_walked_by_index_scan_every_cell",
        """
        import sys
        data = sys.stdin.readlines()
        n, m = map(int, data[0].split())
        best = 0
        for i in range(1, n + 1):
            run = 0
            for ch in data[i].strip():
                run = run + 1 if ch == '.' else 0
                best = max(best, run)
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "grid_rows_among_the_tokens_of_the_whole_input_scan_every_cell",
        """
        import sys
        tok = sys.stdin.read().split()
        n, m = int(tok[0]), int(tok[1])
        stars = 0
        for row in tok[2:2 + n]:
            stars += row.count('*')
        print(stars)
        """,
        "O(n^2)",
    ),
    (
        "short_records_of_readlines_read_by_index_stay_linear",
        """
        import sys
        data = sys.stdin.readlines()
        n = int(data[0])
        good = 0
        for i in range(n):
            a, b = map(int, data[1 + i].split())
            if b - a >= 2:
                good += 1
        print(good)
        """,
        "O(n)",
    ),
    (
        "queries_of_readlines_after_two_sizes_stay_linear",
        """
        import sys
        data = sys.stdin.read().splitlines()
        n, q = map(int, data[0].split())
        a = list(map(int, data[1].split()))
        total = 0
        for i in range(q):
            l, r = map(int, data[2 + i].split())
            total += a[l - 1] + a[r - 1]
        print(total)
        """,
        "O(n)",
    ),
    (
        "digit_blocks_growing_by_a_power_of_ten_are_subtracted_log_n_times",
        """
        k = int(input())
        d = 1
        while k > 9 * d * 10 ** (d - 1):
            k -= 9 * d * 10 ** (d - 1)
            d += 1
        start = 10 ** (d - 1) + (k - 1) // d
        print(str(start)[(k - 1) % d])
        """,
        "O(log n)",
    ),
    (
        "blocks_growing_linearly_are_subtracted_n_times",
        """
        k = int(input())
        d = 1
        while k > 9 * d:
            k -= 9
            d += 1
        print(d)
        """,
        "O(n)",
    ),
    (
        "segment_tree_query_split_at_the_midpoint_descends_two_paths",
        """
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        t = [0] * (4 * n)
        def build(v, l, r):
            if l == r:
                t[v] = a[l]
                return
            m = (l + r) // 2
            build(2 * v, l, m)
            build(2 * v + 1, m + 1, r)
            t[v] = t[2 * v] + t[2 * v + 1]
        def query(v, l, r, ql, qr):
            if ql <= l and r <= qr:
                return t[v]
            m = (l + r) // 2
            if qr <= m:
                return query(2 * v, l, m, ql, qr)
            if ql > m:
                return query(2 * v + 1, m + 1, r, ql, qr)
            return query(2 * v, l, m, ql, m) + query(2 * v + 1, m + 1, r, m + 1, qr)
        build(1, 0, n - 1)
        for _ in range(q):
            l, r = map(int, input().split())
            print(query(1, 0, n - 1, l - 1, r - 1))
        """,
        "O(n log n)",
    ),
    (
        "segment_tree_query_with_ends_cut_at_the_midpoint_by_min_and_max",
        """
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        t = [0] * (4 * n)
        def build(v, tl, tr):
            if tl == tr:
                t[v] = a[tl]
                return
            tm = (tl + tr) // 2
            build(2 * v, tl, tm)
            build(2 * v + 1, tm + 1, tr)
            t[v] = t[2 * v] + t[2 * v + 1]
        def total(v, tl, tr, l, r):
            if l > r:
                return 0
            if l == tl and r == tr:
                return t[v]
            tm = (tl + tr) // 2
            left = total(2 * v, tl, tm, l, min(r, tm))
            return left + total(2 * v + 1, tm + 1, tr, max(l, tm + 1), r)
        build(1, 0, n - 1)
        for _ in range(q):
            l, r = map(int, input().split())
            print(total(1, 0, n - 1, l - 1, r - 1))
        """,
        "O(n log n)",
    ),
    (
        "recursive_count_over_both_halves_without_range_pruning_per_query",
        """
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        def total(l, r, x):
            if l == r:
                return 1 if a[l] >= x else 0
            m = (l + r) // 2
            return total(l, m, x) + total(m + 1, r, x)
        for _ in range(q):
            x = int(input())
            print(total(0, n - 1, x))
        """,
        "O(n^2)",
    ),
    (
        "sparse_table_levels_while_two_shifted_by_j_fits_in_n",
        """
        n = int(input())
        a = list(map(int, input().split()))
        sp = [a]
        j = 0
        while (2 << j) <= n:
            p = sp[j]
            w = 1 << j
            sp.append([min(p[i], p[i + w]) for i in range(n - (2 << j) + 1)])
            j += 1
        print(sp[-1][0])
        """,
        "O(n log n)",
    ),
    (
        "counter_bound_growing_by_one_with_a_linear_pass_each_step",
        """
        n = int(input())
        a = list(map(int, input().split()))
        s = 0
        j = 1
        while j <= n:
            for i in range(n - j + 1):
                s += a[i]
            j += 1
        print(s)
        """,
        "O(n^2)",
    ),
    (
        "query_line_unpacked_with_a_starred_rest_is_one_read_per_query",
        """
        n, q = map(int, input().split())
        cnt = [0] * (n + 1)
        for _ in range(q):
            t, *rest = map(int, input().split())
            cnt[t] += 1
        print(max(cnt))
        """,
        "O(n)",
    ),
    (
        "starred_rest_of_a_query_line_handed_on_whole_per_query",
        """
        n, q = map(int, input().split())
        add = [0] * (n + 2)
        for _ in range(q):
            t, *rest = input().split()
            if t == '1':
                l, r = map(int, rest)
                add[l] += 1
                add[r + 1] -= 1
        for i in range(1, n + 1):
            add[i] += add[i - 1]
        print(max(add))
        """,
        "O(n)",
    ),
    (
        "starred_unpack_per_query_then_a_scan_of_the_array",
        """
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        for _ in range(q):
            t, *rest = map(int, input().split())
            print(sum(1 for x in a if x >= rest[0]))
        """,
        "O(n^2)",
    ),
    (
        "list_kept_whole_unpacked_with_a_starred_rest_on_every_pass",
        """
        n = int(input())
        a = list(map(int, input().split()))
        s = 0
        for i in range(n):
            first, *rest = a
            s += first + len(rest)
        print(s)
        """,
        "O(n^2)",
    ),
    (
        "read_row_joined_with_its_index_in_a_comprehension_is_one_line",
        """
        n = int(input())
        a = [list(map(int, input().split())) + [i] for i in range(n)]
        a.sort(key=lambda x: (x[0], -x[1]))
        print(a[0][2] + 1)
        """,
        "O(n log n)",
    ),
    (
        "read_row_joined_with_its_index_appended_per_pass",
        """
        n = int(input())
        a = []
        for i in range(n):
            a.append(list(map(int, input().split())) + [i])
        print(a[0][2] + a[-1][2])
        """,
        "O(n)",
    ),
    (
        "list_grown_by_concatenating_onto_itself_per_pass",
        """
        n = int(input())
        b = []
        for i in range(n):
            x = int(input())
            b = b + [x]
        print(len(b))
        """,
        "O(n^2)",
    ),
    (
        "pointer_walking_down_to_the_outer_index_and_lifted_back_to_it",
        """
        n = int(input())
        c = sorted(map(int, input().split()))
        j = n - 1
        ans = 0
        for i in range(n):
            while j > i and c[i] + c[j] > 0:
                j -= 1
            if j <= i:
                j = i
            ans += n - 1 - j
        print(ans)
        """,
        "O(n log n)",
    ),
    (
        "pointer_walking_down_to_the_outer_index_lifted_by_max",
        """
        n = int(input())
        c = sorted(map(int, input().split()))
        j = n - 1
        ans = 0
        for i in range(n):
            while i < j and c[i] + c[j] > 0:
                j -= 1
            j = max(j, i)
            ans += n - 1 - j
        print(ans)
        """,
        "O(n log n)",
    ),
    (
        "pointer_walking_down_reset_to_the_end_when_it_meets_the_index",
        """
        n = int(input())
        c = sorted(map(int, input().split()))
        j = n - 1
        ans = 0
        for i in range(n):
            while j > i and c[i] + c[j] > 0:
                j -= 1
            if j <= i:
                j = n - 1
            ans += n - 1 - j
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "pointer_walking_down_past_the_outer_index_then_lifted_to_it",
        """
        n = int(input())
        c = sorted(map(int, input().split()))
        j = n - 1
        ans = 0
        for i in range(n):
            while j >= 0 and c[i] + c[j] > 0:
                j -= 1
            if j <= i:
                j = i
            ans += n - 1 - j
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "a_loop_up_to_each_count_of_counter_items_adds_up_to_the_items",
        """
        from collections import Counter
        n = int(input())
        cnt = Counter(map(int, input().split()))
        ans = 0
        for v, c in cnt.items():
            for _ in range(c):
                ans += v
        print(ans)
        """,
        "O(n)",
    ),
    (
        "a_loop_up_to_each_keys_count_of_a_counter_adds_up_to_the_items",
        """
        from collections import Counter
        n = int(input())
        a = list(map(int, input().split()))
        c = Counter(a)
        ans = 0
        for v in c:
            for k in range(c[v]):
                ans += k
        print(ans)
        """,
        "O(n)",
    ),
    (
        "a_while_counting_down_a_counter_items_count_adds_up_to_the_items",
        """
        from collections import Counter
        n = int(input())
        c = Counter(map(int, input().split()))
        ans = 0
        for v, k in c.items():
            while k >= 2:
                ans += 1
                k -= 2
        print(ans)
        """,
        "O(n)",
    ),
    (
        "a_while_counting_down_a_copy_of_a_dict_get_tally_adds_up_to_the_items",
        """
        n = int(input())
        a = input().split()
        cnt = {}
        for w in a:
            cnt[w] = cnt.get(w, 0) + 1
        total = 0
        for w in cnt:
            k = cnt[w]
            while k > 0:
                total += 1
                k -= 1
        print(total)
        """,
        "O(n)",
    ),
    (
        "a_loop_over_counter_keys_scanning_the_whole_array_stays_quadratic",
        """
        from collections import Counter
        n = int(input())
        a = list(map(int, input().split()))
        c = Counter(a)
        ans = 0
        for v in c:
            for x in a:
                if x > v:
                    ans += 1
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "a_constant_slice_of_sorted_counter_items_walks_a_few_keys",
        """
        from collections import Counter
        n = int(input())
        a = input().split()
        c = Counter(a)
        out = []
        for key, v in sorted(c.items(), key=lambda kv: -kv[1])[:3]:
            for _ in range(v):
                out.append(key)
        print(len(out))
        """,
        "O(n log n)",
    ),
    (
        "a_break_at_a_written_distance_from_the_inner_start_bounds_the_inner_loop",
        """
        n = int(input())
        a = list(map(int, input().split()))
        ok = 0
        for i in range(n):
            for j in range(i + 1, n):
                if j - i >= 3:
                    break
                if a[i] == a[j]:
                    ok = 1
        print("YES" if ok else "NO")
        """,
        "O(n)",
    ),
    (
        "a_break_true_on_the_inner_loops_first_step_ends_it_at_once",
        """
        n = int(input())
        res = 0
        for i in range(n):
            for j in range(i, n):
                if j == i:
                    res += 1
                    break
        print(res)
        """,
        "O(n)",
    ),
    (
        "a_break_on_the_data_may_never_fire_and_stays_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        res = 0
        for i in range(n):
            for j in range(i + 1, n):
                if a[j] == a[i]:
                    res += 1
                    break
        print(res)
        """,
        "O(n^2)",
    ),
    (
        "a_break_at_a_read_distance_from_the_inner_start_stays_quadratic",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        res = 0
        for i in range(n):
            for j in range(i, n):
                if j - i > k:
                    break
                res += a[j]
        print(res)
        """,
        "O(n^2)",
    ),
    (
        "a_skip_pointer_set_where_the_inner_walk_stopped_is_amortised",
        """
        n = int(input())
        a = list(map(int, input().split()))
        p = 0
        cnt = 0
        for i in range(n):
            if i < p:
                continue
            j = i
            while j < n and a[j] == a[i]:
                j += 1
            cnt += 1
            p = j
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "a_skip_pointer_set_to_the_max_of_the_walk_end_and_the_next_index_is_amortised",
        """
        n = int(input())
        a = list(map(int, input().split()))
        p = 0
        blocks = 0
        for i in range(n):
            if i < p:
                continue
            j = i
            s = 0
            while j < n and s + a[j] <= 10:
                s += a[j]
                j += 1
            blocks += 1
            p = max(j, i + 1)
        print(blocks)
        """,
        "O(n)",
    ),
    (
        "a_skip_pointer_whose_inner_walk_restarts_at_zero_stays_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        p = 0
        cnt = 0
        for i in range(n):
            if i < p:
                continue
            j = 0
            while j < n and a[j] <= a[i]:
                j += 1
            cnt += 1
            p = j
        print(cnt)
        """,
        "O(n^2)",
    ),
    (
        "doubling_a_value_while_popping_a_kept_stack_is_bounded_by_the_pops",
        """
        n = int(input())
        a = list(map(int, input().split()))
        st = []
        for x in a:
            while st and st[-1] == x:
                st.pop()
                x *= 2
            st.append(x)
        print(len(st))
        """,
        "O(n)",
    ),
    (
        "doubling_a_value_while_popping_and_pushing_back_stays_a_doubling_loop",
        """
        n = int(input())
        a = list(map(int, input().split()))
        st = [0]
        for x in a:
            while st and x < n:
                y = st.pop()
                st.append(y + 1)
                x *= 2
        print(st[0])
        """,
        "O(n log n)",
    ),
    (
        "a_helper_listing_the_digits_of_its_argument_gives_log_n_items",
        """
        def digits(x):
            return [int(ch) for ch in str(x)]
        n = int(input())
        d = digits(n)
        print(max(d) - min(d))
        """,
        "O(log n)",
    ),
    (
        "walking_a_helpers_list_of_the_digits_of_a_read_number_is_logarithmic",
        """
        def digits(x):
            return list(map(int, str(x)))
        n = int(input())
        t = 0
        for d in digits(n):
            t += d
        print(t)
        """,
        "O(log n)",
    ),
    (
        "a_helper_listing_the_characters_of_a_read_string_stays_linear",
        """
        def chars(s):
            return [c for c in s]
        s = input()
        print(max(chars(s)))
        """,
        "O(n)",
    ),
    (
        "a_string_joined_from_a_list_of_binary_digits_has_log_n_characters",
        """
        x = int(input())
        r = []
        while x:
            r.append(str(x % 2))
            x //= 2
        s = ''.join(r[::-1])
        print(s.count('1'))
        """,
        "O(log n)",
    ),
    (
        "a_string_joined_from_a_list_grown_in_a_linear_loop_stays_linear",
        """
        n = int(input())
        r = []
        for i in range(n):
            r.append(str(i % 2))
        s = ''.join(r)
        print(s.count('1'))
        """,
        "O(n)",
    ),
    (
        "a_string_joined_from_read_words_stays_linear",
        """
        n = int(input())
        a = input().split()
        s = ''.join(a)
        print(s.count('1'))
        """,
        "O(n)",
    ),
    (
        "taking_off_the_top_power_of_two_found_by_doubling_is_logarithmic",
        """
        n = int(input())
        ans = 0
        while n > 0:
            t = 1
            while t * 2 <= n:
                t *= 2
            n -= t
            ans += 1
        print(ans)
        """,
        "O(log n)",
    ),
    (
        "taking_off_one_while_finding_the_top_power_of_two_stays_linear_times_log",
        """
        n = int(input())
        res = 0
        while n > 0:
            p = 1
            while p * 2 <= n:
                p *= 2
            n -= 1
            res += p
        print(res)
        """,
        "O(n log n)",
    ),
    (
        "a_walk_over_every_cell_of_a_table_of_one_cell_per_bit_mask_is_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        dp = [0] * (1 << n)
        for mask in range(1, len(dp)):
            for i in range(n):
                if mask >> i & 1:
                    dp[mask] = max(dp[mask], a[i])
        print(dp[-1])
        """,
        "O(2^n)",
    ),
    (
        "a_walk_over_a_table_of_twice_n_cells_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = [0] * (2 * n)
        for i in range(len(b)):
            b[i] = a[i % n]
        print(max(b))
        """,
        "O(n)",
    ),
    (
        "a_table_of_one_shifted_by_the_bit_length_of_n_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        k = n.bit_length()
        t = [0] * (1 << k)
        for i in range(len(t)):
            t[i] = a[i % n]
        print(max(t))
        """,
        "O(n)",
    ),
    (
        "a_set_of_remainders_by_a_written_modulus_stays_small_while_items_pass",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cur = {0}
        for x in a:
            cur = {(s + x) % 360 for s in cur} | {(s - x) % 360 for s in cur}
        print("YES" if 0 in cur else "NO")
        """,
        "O(n)",
    ),
    (
        "a_set_of_sums_without_a_modulus_doubles_per_item",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cur = {0}
        for x in a:
            cur = {s + x for s in cur} | {s - x for s in cur}
        print(min(abs(v) for v in cur))
        """,
        "O(2^n)",
    ),
    (
        "a_set_of_remainders_by_a_read_modulus_may_hold_every_item",
        """
        n, m = map(int, input().split())
        a = list(map(int, input().split()))
        cur = {0}
        for x in a:
            cur = {(s + x) % m for s in cur} | cur
        print(len(cur))
        """,
        "O(n^2)",
    ),
    (
        "lucky_numbers_of_products_over_a_written_range_of_lengths_are_a_few",
        """
        from itertools import product
        n = int(input())
        nums = []
        for k in range(1, 4):
            for t in product('47', repeat=k):
                nums.append(int(''.join(t)))
        print("YES" if any(n % v == 0 for v in nums) else "NO")
        """,
        "O(1)",
    ),
    (
        "lucky_numbers_of_a_read_length_are_exponentially_many",
        """
        from itertools import product
        n = int(input())
        cnt = 0
        for digs in product('47', repeat=n):
            if int(''.join(digs)) % 7 == 0:
                cnt += 1
        print(cnt)
        """,
        "O(2^n)",
    ),
    (
        "a_list_doubled_a_written_number_of_times_is_constant",
        """
        n = int(input())
        a = [0]
        for _ in range(10):
            a = [x * 10 + d for x in a for d in (4, 7)] + a
        print(min(v for v in a if v >= n))
        """,
        "O(1)",
    ),
    (
        "a_list_doubled_once_per_unit_of_a_read_number_is_exponential",
        """
        n = int(input())
        level = [4, 7]
        total = 0
        for _ in range(n):
            total += len(level)
            level = [v * 10 + d for v in level for d in (4, 7)]
        print(total)
        """,
        "O(2^n)",
    ),
    (
        "a_loop_to_a_read_month_reading_a_written_month_table_every_pass_is_constant",
        """
        months = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        d, m = map(int, input().split())
        for i in range(m - 1):
            d += months[i]
        print(d)
        """,
        "O(1)",
    ),
    (
        "a_loop_reading_a_written_table_only_under_a_branch_stays_linear",
        """
        months = [31, 28, 31]
        n = int(input())
        x = 0
        for i in range(n):
            if i < 3:
                x = months[i]
        print(x)
        """,
        "O(n)",
    ),
    (
        "a_loop_indexing_a_preallocated_array_every_pass_stays_linear",
        """
        n = int(input())
        f = [0] * 200005
        for i in range(n):
            f[i + 1] = f[i] + i
        print(f[n])
        """,
        "O(n)",
    ),
    (
        "a_case_change_of_a_constant_width_slice_of_a_line_is_constant",
        """
        s = input()
        print(s[:2].lower() == "ab", s[-3:].count("a"))
        """,
        "O(1)",
    ),
    (
        "a_case_change_of_a_line_without_its_first_letter_stays_linear",
        """
        s = input()
        print(s[1:].upper())
        """,
        "O(n)",
    ),
    (
        "a_counter_raised_until_k_times_it_is_a_multiple_of_ten_is_constant",
        """
        k, r = map(int, input().split())
        i = 1
        while (k * i) % 10 != 0 and (k * i) % 10 != r:
            i += 1
        print(i)
        """,
        "O(1)",
    ),
    (
        "a_counter_raised_until_a_multiple_of_a_read_modulus_stays_linear",
        """
        n, k = map(int, input().split())
        i = 1
        while (k * i) % n != 0:
            i += 1
        print(i)
        """,
        "O(n)",
    ),
    (
        "a_while_loop_stopped_by_a_written_count_of_its_passes_is_constant",
        """
        a, b = map(int, input().split())
        years = 0
        while a <= b:
            a *= 3
            b *= 2
            years += 1
            if years > 10:
                break
        print(years)
        """,
        "O(1)",
    ),
    (
        "a_while_loop_whose_pass_count_is_compared_with_a_read_bound_stays_linear",
        """
        n = int(input())
        c = 0
        x = n
        while x > 0:
            x -= 1
            c += 1
            if c > n:
                break
        print(c)
        """,
        "O(n)",
    ),
    (
        "queries_counted_down_by_a_while_loop_each_summing_a_slice_are_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        q = int(input())
        while q:
            q -= 1
            l, r = map(int, input().split())
            print(sum(a[l - 1:r]))
        """,
        "O(n^2)",
    ),
    (
        "queries_counted_down_by_a_while_loop_each_answered_from_prefix_sums_are_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        p = [0]
        for x in a:
            p.append(p[-1] + x)
        q = int(input())
        while q:
            q -= 1
            l, r = map(int, input().split())
            print(p[r] - p[l - 1])
        """,
        "O(n)",
    ),
    (
        "a_while_test_case_loop_summing_each_cases_line_is_linear",
        """
        t = int(input())
        while t:
            t -= 1
            n = int(input())
            a = list(map(int, input().split()))
            print(sum(a[1:]))
        """,
        "O(n)",
    ),
    (
        "pairs_of_the_only_line_walked_with_enumerate_are_quadratic",
        """
        a = input().split()
        c = 0
        for i, x in enumerate(a):
            for j, y in enumerate(a):
                if i < j and x == y:
                    c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "the_only_line_walked_in_reverse_is_linear",
        """
        a = list(map(int, input().split()))
        c = 0
        for x in reversed(a):
            c = c * 2 + x
        print(c)
        """,
        "O(n)",
    ),
    (
        "the_only_line_sorted_and_taken_by_position_is_a_fixed_record",
        """
        a = list(map(int, input().split()))
        a.sort()
        print(a[0] + a[1] > a[2])
        """,
        "O(1)",
    ),
    (
        "pairs_of_the_only_line_walked_in_sorted_order_are_quadratic",
        """
        a = list(map(int, input().split()))
        c = 0
        for x in sorted(a):
            for y in sorted(a):
                c += x < y
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "neighbours_of_the_only_line_zipped_with_its_tail_are_linear",
        """
        a = list(map(int, input().split()))
        print(sum(x * y for x, y in zip(a, a[1:])))
        """,
        "O(n)",
    ),
    (
        "an_inner_range_up_to_a_name_set_to_n_over_the_outer_index_is_harmonic",
        """
        n = int(input())
        t = 0
        for i in range(1, n + 1):
            k = n // i
            for j in range(1, k + 1):
                t += i * j
        print(t)
        """,
        "O(n log n)",
    ),
    (
        "a_while_counting_up_to_n_over_the_outer_index_is_harmonic",
        """
        n = int(input())
        t = 0
        for i in range(1, n + 1):
            m = n // i
            j = 0
            while j < m:
                t += 1
                j += 1
        print(t)
        """,
        "O(n log n)",
    ),
    (
        "an_inner_range_up_to_a_name_set_to_half_of_n_is_quadratic",
        """
        n = int(input())
        t = 0
        for i in range(1, n + 1):
            k = n // 2
            for j in range(k):
                t += i * j
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "a_while_counting_up_to_n_minus_the_outer_index_is_quadratic",
        """
        n = int(input())
        t = 0
        for i in range(1, n + 1):
            m = n - i
            j = 0
            while j < m:
                t += 1
                j += 1
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "a_sum_over_every_ith_item_for_each_i_is_harmonic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = 0
        for i in range(1, n + 1):
            best = max(best, sum(a[i - 1::i]))
        print(best)
        """,
        "O(n log n)",
    ),
    (
        "a_generator_over_range_n_over_the_outer_index_is_harmonic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = 0
        for i in range(1, n + 1):
            best = max(best, sum(a[j * i - 1] for j in range(1, n // i + 1)))
        print(best)
        """,
        "O(n log n)",
    ),
    (
        "a_sum_over_every_second_item_for_each_i_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = 0
        for i in range(1, n + 1):
            best = max(best, sum(a[i - 1::2]))
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "a_sum_of_range_n_over_d_for_two_values_of_d_is_linear",
        """
        n = int(input())
        s = 0
        for d in range(1, 3):
            s += sum(range(n // d))
        print(s)
        """,
        "O(n)",
    ),
    (
        "blocks_of_k_under_a_loop_striding_by_k_walk_the_array_once",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        res = []
        for i in range(0, n, k):
            blk = 0
            for j in range(i, min(i + k, n)):
                blk += a[j]
            res.append(blk)
        print(*res)
        """,
        "O(n)",
    ),
    (
        "a_cut_of_k_items_under_a_loop_striding_by_k_walks_the_string_once",
        """
        n, k = map(int, input().split())
        s = input()
        res = []
        for i in range(0, n, k):
            res.append(s[i:i + k][::-1])
        print(''.join(res))
        """,
        "O(n)",
    ),
    (
        "k_items_for_each_of_n_over_k_blocks_is_linear",
        """
        n, k = map(int, input().split())
        s = input()
        res = 0
        for i in range(n // k):
            for j in range(k):
                if s[i * k + j] == '1':
                    res += 1
        print(res)
        """,
        "O(n)",
    ),
    (
        "a_window_of_k_under_a_loop_over_every_index_stays_quadratic",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        res = 0
        for i in range(0, n):
            for j in range(i, min(i + k, n)):
                res += a[j]
        print(res)
        """,
        "O(n^2)",
    ),
    (
        "a_scan_to_the_end_under_a_loop_striding_by_k_stays_quadratic",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        res = 0
        for i in range(0, n, k):
            res += sum(a[i:])
        print(res)
        """,
        "O(n^2)",
    ),
    (
        "reassigning_a_for_loops_own_index_does_not_skip_the_run_just_walked",
        """
        n = int(input())
        s = input()
        ans = 0
        for i in range(n):
            j = i
            while j < n and s[j] == s[i]:
                j += 1
            ans = max(ans, j - i)
            i = j
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "a_while_loop_resuming_where_the_run_stopped_stays_linear",
        """
        n = int(input())
        s = input()
        ans = 0
        i = 0
        while i < n:
            j = i
            while j < n and s[j] == s[i]:
                j += 1
            ans = max(ans, j - i)
            i = j
        print(ans)
        """,
        "O(n)",
    ),
    (
        "an_argument_less_lambda_taking_the_max_of_a_list_scans_it_per_call",
        """
        n = int(input())
        a = list(map(int, input().split()))
        f = lambda: max(a)
        c = 0
        for x in a:
            c += f() - x
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "an_argument_less_lambda_reading_a_line_stays_a_reader",
        """
        I = lambda: list(map(int, input().split()))
        n, = I()
        a = I()
        print(max(a) - min(a))
        """,
        "O(n)",
    ),
    (
        "three_loops_flattened_into_one_while_rolling_counters_over_are_cubic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = j = k = 0
        c = 0
        while i < n:
            if a[i] + a[j] == a[k]:
                c += 1
            k += 1
            if k == n:
                k = 0
                j += 1
                if j == n:
                    j = 0
                    i += 1
        print(c)
        """,
        "O(n^3)",
    ),
    (
        "a_board_walked_by_one_while_that_wraps_the_column_is_quadratic",
        """
        n, m = map(int, input().split())
        i = j = 0
        c = 0
        while i < n:
            c += (i * j) % 3
            j += 1
            if j == m:
                j = 0
                i += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "all_pairs_walked_by_one_while_setting_j_back_to_i_plus_one_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i, j = 0, 1
        c = 0
        while i < n - 1:
            if a[i] > a[j]:
                c += 1
            j += 1
            if j >= n:
                i += 1
                j = i + 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "a_two_pointer_window_whose_right_end_is_never_set_back_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = j = 0
        c = 0
        while i < n:
            if j < n and a[j] - a[i] < 5:
                j += 1
            else:
                c = max(c, j - i)
                i += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_match_counter_reset_in_a_branch_while_i_steps_every_pass_stays_linear",
        """
        s = input()
        t = input()
        n, m = len(s), len(t)
        i = j = 0
        cnt = 0
        while i < n:
            if s[i] == t[j % m]:
                j += 1
                i += 1
            else:
                i += 1
                j = 0
            if j == m:
                cnt += 1
                j = 0
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "a_flat_while_whose_inner_counter_wraps_at_a_written_three_stays_linear",
        """
        n = int(input())
        i = j = 0
        c = 0
        while i < n:
            c += i * j
            j += 1
            if j == 3:
                j = 0
                i += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_board_walked_by_an_open_while_that_breaks_after_the_last_row_wraps_is_quadratic",
        """
        n, m = map(int, input().split())
        i = j = 0
        c = 0
        while True:
            c += i ^ j
            j += 1
            if j == m:
                j = 0
                i += 1
                if i == n:
                    break
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "an_open_while_whose_tested_counter_steps_every_pass_beside_a_wrapping_group_stays_linear",
        """
        n, k = map(int, input().split())
        i = j = 0
        groups = 0
        while True:
            i += 1
            j += 1
            if j == k:
                j = 0
                groups += 1
            if i >= n:
                break
        print(groups)
        """,
        "O(n)",
    ),
    (
        "the_rest_of_a_record_line_unpacked_with_a_star_is_summed_once_per_record",
        """
        n = int(input())
        out = 0
        for _ in range(n):
            k, *xs = map(int, input().split())
            out += sum(xs)
        print(out)
        """,
        "O(n)",
    ),
    (
        "starred_query_lines_summing_the_shared_array_stay_quadratic",
        """
        n, q = map(int, input().split())
        a = list(map(int, input().split()))
        for _ in range(q):
            l, *rest = map(int, input().split())
            print(sum(a[l:]))
        """,
        "O(n^2)",
    ),
    (
        "the_whole_input_unpacked_with_a_star_and_summed_per_index_is_quadratic",
        """
        n, *a = map(int, open(0).read().split())
        t = 0
        for i in range(n):
            t += sum(a)
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "linear_work_in_the_base_case_of_a_linear_recursion_is_paid_once",
        """
        import sys
        sys.setrecursionlimit(10000)
        n = int(input())
        a = list(map(int, input().split()))
        def f(i):
            if i == n:
                return max(a)
            return f(i + 1)
        print(f(0))
        """,
        "O(n)",
    ),
    (
        "linear_work_at_every_link_of_a_linear_recursion_stays_quadratic",
        """
        import sys
        sys.setrecursionlimit(10000)
        n = int(input())
        a = list(map(int, input().split()))
        def f(i):
            if i == n:
                return max(a)
            else:
                return f(i + 1) + sum(a)
        print(f(0))
        """,
        "O(n^2)",
    ),
    (
        "manacher_with_a_plain_counter_started_from_its_window_is_linear",
        """
        s = input()
        n = len(s)
        d1 = [0] * n
        l, r = 0, -1
        for i in range(n):
            k = 1 if i > r else min(d1[l + r - i], r - i + 1)
            while 0 <= i - k and i + k < n and s[i - k] == s[i + k]:
                k += 1
            d1[i] = k
            k -= 1
            if i + k > r:
                l, r = i - k, i + k
        print(sum(d1))
        """,
        "O(n)",
    ),
    (
        "z_function_with_a_counter_started_at_zero_or_from_its_window_is_linear",
        """
        s = input()
        n = len(s)
        z = [0] * n
        L = R = 0
        for i in range(1, n):
            k = 0
            if i < R:
                k = min(R - i, z[i - L])
            while i + k < n and s[k] == s[i + k]:
                k += 1
            z[i] = k
            if i + k > R:
                L, R = i, i + k
        print(sum(z))
        """,
        "O(n)",
    ),
    (
        "a_counter_started_from_a_kept_maximum_not_measured_from_the_index_is_quadratic",
        """
        s = input()
        n = len(s)
        far = 0
        res = 0
        for i in range(n):
            k = min(far, 0)
            while i + k < n and s[i + k] == s[k]:
                k += 1
            far = max(far, k)
            res += k
        print(res)
        """,
        "O(n^2)",
    ),
    (
        "hierholzer_with_a_pointer_per_vertex_skipping_used_edges_is_linear",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n)]
        for i in range(m):
            u, v = map(int, input().split())
            adj[u - 1].append((v - 1, i)); adj[v - 1].append((u - 1, i))
        used = [False] * m
        ptr = [0] * n
        st = [0]
        path = []
        while st:
            v = st[-1]
            while ptr[v] < len(adj[v]) and used[adj[v][ptr[v]][1]]:
                ptr[v] += 1
            if ptr[v] == len(adj[v]):
                path.append(st.pop())
            else:
                to, e = adj[v][ptr[v]]
                used[e] = True
                ptr[v] += 1
                st.append(to)
        print(*path)
        """,
        "O(n)",
    ),
    (
        "a_counter_per_cell_climbing_to_n_in_a_loop_over_the_cells_is_quadratic",
        """
        n = int(input())
        cnt = [0] * n
        for i in range(n):
            while cnt[i] < n:
                cnt[i] += 1
        print(sum(cnt))
        """,
        "O(n^2)",
    ),
    (
        "recursive_hierholzer_moving_a_pointer_per_vertex_takes_each_edge_once",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        adj = [[] for _ in range(n + 1)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u].append(v)
        ptr = [0] * (n + 1)
        order = []
        def go(v):
            while ptr[v] < len(adj[v]):
                u = adj[v][ptr[v]]
                ptr[v] += 1
                go(u)
            order.append(v)
        go(1)
        print(*order[::-1])
        """,
        "O(n)",
    ),
    (
        "recursive_hierholzer_popping_edges_takes_each_edge_once",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        adj = [[] for _ in range(n + 1)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u].append(v)
        order = []
        def go(v):
            while adj[v]:
                go(adj[v].pop())
            order.append(v)
        go(1)
        print(*order[::-1])
        """,
        "O(n)",
    ),
    (
        "recursion_in_a_while_loop_over_a_counter_it_resets_stays_exponential",
        """
        n = int(input())
        cnt = 0
        def go(k):
            global cnt
            i = 0
            while i < k:
                i += 1
                go(k - 1)
            cnt += 1
        go(n)
        print(cnt)
        """,
        "O(2^n)",
    ),
    (
        "nines_as_many_as_the_digits_of_a_number_are_logarithmic",
        """
        for _ in range(int(input())):
            n = int(input())
            k = len(str(n))
            print(int('9' * k) - n)
        """,
        "O(log n)",
    ),
    (
        "nines_for_each_digit_count_of_a_number_are_logarithmic",
        """
        n = int(input())
        k = len(str(n))
        for d in range(k):
            x = int('9' * d) if d else 0
            print(x)
        """,
        "O(log n)",
    ),
    (
        "a_string_repeated_per_index_of_a_read_string_stays_quadratic",
        """
        s = input()
        k = len(s)
        for d in range(k):
            print('9' * d)
        """,
        "O(n^2)",
    ),
    (
        "the_digits_of_a_number_stripped_of_leading_zeros_are_logarithmic",
        """
        def prod(x):
            r = 1
            for ch in str(x).lstrip('0') or '0':
                r *= int(ch)
            return r
        n = int(input())
        print(prod(n))
        """,
        "O(log n)",
    ),
    (
        "a_read_string_stripped_and_walked_per_index_stays_quadratic",
        """
        s = input()
        c = 0
        for i in range(len(s)):
            for ch in s.lstrip('0') or '0':
                c += ch == s[i]
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "divisible_by_a_growing_power_of_two_counts_its_bits",
        """
        n = int(input())
        k = 0
        while n % (2 ** (k + 1)) == 0:
            k += 1
        print(k)
        """,
        "O(log n)",
    ),
    (
        "divisible_by_a_counter_itself_counts_to_the_number",
        """
        n = int(input())
        k = 2
        while n % k:
            k += 1
        print(k)
        """,
        "O(n)",
    ),
    (
        "counter_of_a_numbers_digits_has_at_most_ten_keys",
        """
        from collections import Counter
        n = int(input())
        cnt = Counter(str(n))
        print(max(cnt.values()))
        """,
        "O(log n)",
    ),
    (
        "counter_of_a_read_string_stays_linear",
        """
        from collections import Counter
        s = input()
        cnt = Counter(s)
        print(max(cnt.values()))
        """,
        "O(n)",
    ),
    (
        "padding_one_digit_list_to_anothers_length_stays_logarithmic",
        """
        a, b = map(int, input().split())
        A = []
        while a:
            A.append(a & 1)
            a >>= 1
        B = []
        while b:
            B.append(b & 1)
            b >>= 1
        while len(A) < len(B):
            A.append(0)
        while len(B) < len(A):
            B.append(0)
        print(sum(x ^ y for x, y in zip(A, B)))
        """,
        "O(log n)",
    ),
    (
        "padding_a_list_to_a_read_lists_length_stays_linear",
        """
        n = int(input())
        b = list(map(int, input().split()))
        a = []
        while len(a) < len(b):
            a.append(0)
        print(a)
        """,
        "O(n)",
    ),
    (
        "counting_down_over_a_numbers_digit_list_is_logarithmic",
        """
        n = int(input())
        d = [int(ch) for ch in str(n)]
        c = 0
        for i in range(len(d) - 1, -1, -1):
            c = c * 10 + d[i]
        print(c)
        """,
        "O(log n)",
    ),
    (
        "counting_down_over_a_read_string_stays_linear",
        """
        s = input()
        c = 0
        for i in range(len(s) - 1, -1, -1):
            c += s[i] == 'a'
        print(c)
        """,
        "O(n)",
    ),
    (
        "euclid_with_an_augmented_remainder_then_a_swap_is_logarithmic",
        """
        a, b = map(int, input().split())
        while b:
            a %= b
            a, b = b, a
        print(a)
        """,
        "O(log n)",
    ),
    (
        "subtraction_then_a_swap_stays_linear",
        """
        a, b = map(int, input().split())
        while b:
            a -= b
            if a < b:
                a, b = b, a
        print(a)
        """,
        "O(n)",
    ),
    (
        "memoised_recursion_on_half_and_on_one_less_visits_every_value",
        """
        from functools import lru_cache
        @lru_cache(None)
        def g(x):
            if x <= 1:
                return x
            return min(g(x // 2) + x % 2, g(x - 1) + 1)
        print(g(int(input())))
        """,
        "O(n)",
    ),
    (
        "recursion_halving_when_even_else_one_less_stays_logarithmic",
        """
        def f(n):
            if n == 0:
                return 0
            if n % 2 == 0:
                return f(n // 2) + 1
            return f(n - 1) + 1
        print(f(int(input())))
        """,
        "O(log n)",
    ),
    (
        "bisection_whose_low_end_steps_by_one_is_linear",
        """
        n = int(input())
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if mid * mid >= n:
                hi = mid
            else:
                lo = lo + 1
        print(lo)
        """,
        "O(n)",
    ),
    (
        "bisection_moving_both_ends_to_the_midpoint_stays_logarithmic",
        """
        n = int(input())
        lo, hi = 0, n
        while lo < hi:
            mid = (lo + hi) // 2
            if mid * mid >= n:
                hi = mid
            else:
                lo = mid + 1
        print(lo)
        """,
        "O(log n)",
    ),
    (
        "recursion_on_a_digit_sum_folded_in_a_loop_takes_a_few_calls",
        """
        def f(n):
            if n < 10:
                return n
            s = 0
            while n:
                s += n % 10
                n //= 10
            return f(s)
        print(f(int(input())))
        """,
        "O(log n)",
    ),
    (
        "recursion_on_the_number_less_its_digit_sum_stays_a_long_chain",
        """
        def f(n):
            if n < 10:
                return 1
            s = 0
            m = n
            while m:
                s += m % 10
                m //= 10
            return 1 + f(n - s)
        print(f(int(input())))
        """,
        "O(n log n)",
    ),
    (
        "list_appended_once_per_digit_in_a_for_loop_has_log_n_items",
        """
        t = int(input())
        for _ in range(t):
            n = int(input())
            s = str(n)
            r = []
            for i in range(len(s) - 1, -1, -1):
                if s[i] != '0':
                    r.append(int(s[i]) * 10 ** (len(s) - 1 - i))
            print(len(r))
            print(*r)
        """,
        "O(log n)",
    ),
    (
        "list_appended_once_per_character_of_a_read_string_stays_linear",
        """
        s = input()
        r = []
        for i in range(len(s) - 1, -1, -1):
            if s[i] != '0':
                r.append(i)
        print(len(r))
        print(*r)
        """,
        "O(n)",
    ),
    (
        "dict_counted_over_a_numbers_digits_has_at_most_ten_keys",
        """
        n = int(input())
        cnt = {}
        for c in str(n):
            cnt[c] = cnt.get(c, 0) + 1
        print(max(cnt.values()))
        """,
        "O(log n)",
    ),
    (
        "dict_counted_over_read_words_stays_linear",
        """
        n = int(input())
        a = input().split()
        cnt = {}
        for c in a:
            cnt[c] = cnt.get(c, 0) + 1
        print(max(cnt.values()))
        """,
        "O(n)",
    ),
    (
        "worklist_whose_states_skip_on_past_a_written_bound_before_pushing_is_constant",
        """
        from collections import deque
        q = deque([4, 7])
        found = []
        while q:
            x = q.popleft()
            if x > 10 ** 9:
                continue
            found.append(x)
            q.append(x * 10 + 4)
            q.append(x * 10 + 7)
        n = int(input())
        print(sum(1 for v in found if v <= n))
        """,
        "O(1)",
    ),
    (
        "worklist_whose_strings_skip_on_at_a_read_length_stays_exponential",
        """
        n = int(input())
        st = ['']
        c = 0
        while st:
            s = st.pop()
            if len(s) == n:
                c += s.count('1') % 2
                continue
            st.append(s + '0')
            st.append(s + '1')
        print(c)
        """,
        "O(2^n)",
    ),
    (
        "memoised_recursion_called_with_a_module_constant_is_constant",
        """
        import functools
        LIM = 30
        @functools.lru_cache(None)
        def ways(k):
            if k <= 0:
                return 1
            return ways(k - 1) + ways(k - 2)
        n = int(input())
        print(ways(LIM) * n)
        """,
        "O(1)",
    ),
    (
        "memoised_recursion_called_with_a_read_number_stays_linear",
        """
        import functools
        LIM = 30
        @functools.lru_cache(None)
        def ways(k):
            if k <= 0:
                return 1
            return ways(k - 1) + ways(k - 2)
        n = int(input())
        print(ways(n) + LIM)
        """,
        "O(n)",
    ),
    (
        "a_window_of_written_width_counted_on_a_fixed_board_is_constant",
        """
        b = [input() for _ in range(4)]
        for i in range(3):
            for j in range(3):
                print(b[i][j:j + 2].count('#'))
        """,
        "O(1)",
    ),
    (
        "a_window_of_read_width_counted_at_every_index_stays_quadratic",
        """
        n, k = map(int, input().split())
        s = input()
        for j in range(n):
            print(s[j:j + k].count('#'))
        """,
        "O(n^2)",
    ),
    (
        "a_prefix_up_to_a_written_bound_of_a_read_word_is_constant",
        """
        a, b = input().split()
        for i in range(1, 11):
            print(a[:i] + b[0])
        """,
        "O(1)",
    ),
    (
        "every_prefix_of_a_read_word_stays_quadratic",
        """
        a, b = input().split()
        for i in range(1, len(a) + 1):
            print(a[:i] + b[0])
        """,
        "O(n^2)",
    ),
    (
        "deleting_a_written_number_of_items_off_a_stack_top_is_constant",
        """
        s = input()
        st = []
        for ch in s:
            st.append(ch)
            if len(st) >= 2 and st[-1] == st[-2]:
                del st[-2:]
        print(len(st))
        """,
        "O(n)",
    ),
    (
        "deleting_a_front_slice_in_a_loop_shifts_the_list_each_pass",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            del a[:1]
        print(a)
        """,
        "O(n^2)",
    ),
    (
        "a_pointer_that_only_catches_up_beside_a_trimmed_running_sum_is_linear",
        """
        n, m = map(int, input().split())
        a = list(map(int, input().split()))
        j = 0
        cur = 0
        t = 0
        for i in range(n):
            if j < i:
                j = i
                cur = 0
            while j < n and cur + a[j] <= m:
                cur += a[j]
                j += 1
            t += j - i
            if j > i:
                cur -= a[i]
        print(t)
        """,
        "O(n)",
    ),
    (
        "a_pointer_restarted_at_the_outer_index_with_its_running_sum_stays_quadratic",
        """
        n, m = map(int, input().split())
        a = list(map(int, input().split()))
        t = 0
        for i in range(n):
            j = i
            cur = 0
            while j < n and cur + a[j] <= m:
                cur += a[j]
                j += 1
            t += j - i
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "token_pieces_cut_at_a_cursor_that_then_skips_them_are_read_once",
        """
        import sys
        d = sys.stdin.read().split()
        q = int(d[0])
        p = 1
        tot = 0
        for _ in range(q):
            k = int(d[p]); p += 1
            items = list(map(int, d[p:p + k])); p += k
            tot += len(items)
        print(tot)
        """,
        "O(n)",
    ),
    (
        "token_pieces_cut_wide_while_the_cursor_steps_by_one_stay_quadratic",
        """
        import sys
        d = sys.stdin.read().split()
        n = int(d[0])
        p = 1
        tot = 0
        for _ in range(n):
            items = list(map(int, d[p:p + n])); p += 1
            tot += len(items)
        print(tot)
        """,
        "O(n^2)",
    ),
    (
        "a_sieve_clearing_strided_slices_by_list_repetition_is_n_log_n",
        """
        n = int(input())
        p = [1] * (n + 1)
        for i in range(2, n + 1):
            if p[i]:
                p[2 * i::i] = [0] * len(p[2 * i::i])
        print(sum(p))
        """,
        "O(n log n)",
    ),
    (
        "a_list_as_long_as_a_fixed_slice_in_a_loop_stays_linear_a_pass",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            a[1::2] = [0] * len(a[1::2])
        print(a)
        """,
        "O(n^2)",
    ),
    (
        "a_sieve_to_the_root_striding_by_each_counter_is_n_log_n",
        """
        n = int(input())
        p = [1] * (n + 1)
        i = 2
        while i * i <= n:
            if p[i]:
                for j in range(i * i, n + 1, i):
                    p[j] = 0
            i += 1
        print(sum(p))
        """,
        "O(n log n)",
    ),
    (
        "a_sieve_clearing_strided_slices_to_the_root_is_n_log_n",
        """
        import math
        def sieve(n):
            p = [1] * (n + 1)
            for i in range(2, int(math.sqrt(n)) + 1):
                if p[i]:
                    p[i * i::i] = [0] * len(p[i * i::i])
            return p
        n = int(input())
        print(sum(sieve(n)))
        """,
        "O(n log n)",
    ),
    (
        "trial_division_up_to_the_root_stays_a_root",
        """
        n = int(input())
        c = 0
        i = 2
        while i * i <= n:
            while n % i == 0:
                n //= i
                c += 1
            i += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "quickselect_on_filtered_copies_around_a_random_pivot_is_linear_expected",
        """
        import random
        def kth(a, k):
            p = random.choice(a)
            lo = [x for x in a if x < p]
            hi = [x for x in a if x > p]
            if k < len(lo):
                return kth(lo, k)
            if k < len(a) - len(hi):
                return p
            return kth(hi, k - len(a) + len(hi))
        n = int(input())
        a = list(map(int, input().split()))
        print(kth(a, n // 2))
        """,
        "O(n)",
    ),
    (
        "quickselect_on_one_side_of_a_partition_helpers_split_is_linear_expected",
        """
        def part(a, l, r):
            x = a[(l + r) // 2]
            a[(l + r) // 2], a[r] = a[r], a[(l + r) // 2]
            s = l
            for i in range(l, r):
                if a[i] < x:
                    a[s], a[i] = a[i], a[s]
                    s += 1
            a[s], a[r] = a[r], a[s]
            return s
        def sel(a, l, r, k):
            if l == r:
                return a[l]
            p = part(a, l, r)
            if k == p:
                return a[k]
            if k < p:
                return sel(a, l, p - 1, k)
            return sel(a, p + 1, r, k)
        n = int(input())
        a = list(map(int, input().split()))
        print(sel(a, 0, n - 1, n // 2))
        """,
        "O(n)",
    ),
    (
        "quickselect_on_filtered_copies_around_the_first_item_stays_quadratic_at_worst",
        """
        def kth(a, k):
            p = a[0]
            lo = [x for x in a if x < p]
            hi = [x for x in a if x > p]
            if k < len(lo):
                return kth(lo, k)
            if k < len(a) - len(hi):
                return p
            return kth(hi, k - len(a) + len(hi))
        n = int(input())
        a = list(map(int, input().split()))
        print(kth(a, n // 2))
        """,
        "O(n^2)",
    ),
    (
        "reduce_concatenating_lists_onto_an_empty_list_copies_it_each_step",
        """
        from functools import reduce
        n = int(input())
        a = [[int(x)] for x in input().split()]
        print(*reduce(lambda x, y: x + y, a, []))
        """,
        "O(n^2)",
    ),
    (
        "reduce_adding_numbers_from_zero_is_linear",
        """
        from functools import reduce
        n = int(input())
        a = list(map(int, input().split()))
        print(reduce(lambda x, y: x + y, a, 0))
        """,
        "O(n)",
    ),
    (
        "a_product_of_two_sized_ranges_and_a_fixed_one_is_quadratic",
        """
        from itertools import product
        n, m = map(int, input().split())
        print(sum(1 for a, b, c in product(range(n), range(m), range(3)) if a + b == c))
        """,
        "O(n^2)",
    ),
    (
        "a_product_of_three_sized_ranges_stays_cubic",
        """
        from itertools import product
        n, m, k = map(int, input().split())
        print(sum(1 for a, b, c in product(range(n), range(m), range(k)) if a * b == c))
        """,
        "O(n^3)",
    ),
    (
        "a_while_counter_held_within_a_written_distance_of_its_start_is_a_few_steps",
        """
        n = int(input())
        x = [int(input()) for _ in range(n)]
        r = 0
        for i in range(n):
            for j in range(i, n):
                k = j
                while k < n and k < j + 2:
                    r += x[i] ^ x[j] ^ x[k]
                    k += 1
        print(r)
        """,
        "O(n^2)",
    ),
    (
        "a_while_counter_started_at_zero_below_the_outer_index_plus_two_stays_cubic",
        """
        n = int(input())
        x = [int(input()) for _ in range(n)]
        r = 0
        for i in range(n):
            for j in range(i, n):
                k = 0
                while k < n and k < j + 2:
                    r += x[i] ^ x[j] ^ x[k]
                    k += 1
        print(r)
        """,
        "O(n^3)",
    ),
    (
        "reduce_gcd_over_a_few_read_numbers_runs_euclid_a_few_times",
        """
        from math import gcd
        from functools import reduce
        a, b, c = map(int, input().split())
        print(reduce(gcd, [a, b, c]))
        """,
        "O(log n)",
    ),
    (
        "reduce_add_over_a_few_read_numbers_stays_constant",
        """
        from functools import reduce
        import operator
        a, b, c = map(int, input().split())
        print(reduce(operator.add, [a, b, c]))
        """,
        "O(1)",
    ),
    (
        "sum_of_a_pair_from_combinations_of_two_is_constant_per_pair",
        """
        from itertools import combinations
        n = int(input())
        a = list(map(int, input().split()))
        print(sum(1 for c in combinations(a, 2) if sum(c) % n == 0))
        """,
        "O(n^2)",
    ),
    (
        "sum_of_each_subset_from_combinations_of_every_size_stays_exponential",
        """
        from itertools import combinations
        n = int(input())
        a = list(map(int, input().split()))
        t = 0
        for k in range(n + 1):
            for c in combinations(a, k):
                t += sum(c) == 0
        print(t)
        """,
        "O(2^n)",
    ),
    (
        "list_walked_through_a_copy_of_itself_appending_per_item_doubles_per_pass",
        """
        n = int(input())
        a = list(map(int, input().split()))
        subs = [[]]
        for x in a:
            for s in list(subs):
                subs.append(s + [x])
        print(sum(1 for s in subs if sum(s) % 2 == 0))
        """,
        "O(2^n)",
    ),
    (
        "list_walked_through_a_copy_of_itself_a_written_number_of_times_is_constant_work",
        """
        n = int(input())
        a = list(map(int, input().split()))
        res = [0]
        for d in range(5):
            for s in res[:]:
                res.append(s + d)
        print(len(res) + sum(a))
        """,
        "O(n)",
    ),
    (
        "a_search_in_a_written_template_filled_with_fixed_loop_numbers_is_constant",
        """
        x = int(input())
        ans = None
        for h in range(24):
            for m in range(60):
                if (h * 60 + m) % x == 0 and '7' in "%d%d" % (h, m):
                    ans = (h, m)
                    break
            if ans:
                break
        print(ans)
        """,
        "O(1)",
    ),
    (
        "a_search_in_a_template_filled_with_the_read_text_stays_quadratic",
        """
        n = int(input())
        s = input()
        c = 0
        for i in range(n):
            if s[i] in f"<{s}>":
                c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "a_loop_that_appends_every_pass_while_the_list_is_shorter_than_a_written_length_is_constant",
        """
        import sys
        n = int(sys.stdin.readline())
        ans = []
        for d in range(9, 0, -1):
            while n >= d and len(ans) < 5:
                n -= d
                ans.append(d)
        print(len(ans), n)
        """,
        "O(1)",
    ),
    (
        "a_loop_that_appends_only_sometimes_below_a_written_length_stays_linear",
        """
        n = int(input())
        ans = []
        x = 1
        while x <= n and len(ans) < 5:
            if x % 7 == 0:
                ans.append(x)
            x += 1
        print(ans)
        """,
        "O(n)",
    ),
    (
        "a_branch_under_a_flag_only_ever_set_false_never_runs",
        """
        n = int(input())
        a = list(map(int, input().split()))
        DEBUG = False
        if DEBUG:
            for i in range(n):
                for j in range(n):
                    print(a[i], a[j])
        print(sum(a))
        """,
        "O(n)",
    ),
    (
        "a_flag_set_true_on_some_input_keeps_its_branch_paid",
        """
        n = int(input())
        a = list(map(int, input().split()))
        debug = False
        if n < 5:
            debug = True
        if debug:
            for i in range(n):
                for j in range(n):
                    print(a[i], a[j])
        print(sum(a))
        """,
        "O(n^2)",
    ),
    (
        "the_else_of_a_switched_off_branch_still_runs",
        """
        n = int(input())
        a = list(map(int, input().split()))
        LOCAL = 0
        if LOCAL:
            print(a)
        else:
            for i in range(n):
                for j in range(n):
                    a[i] += a[j] % 2
        print(sum(a))
        """,
        "O(n^2)",
    ),
    (
        "a_recursion_handing_on_its_list_after_removing_the_max_scans_it_n_times",
        """
        def go(a):
            if not a:
                return 0
            m = max(a)
            a.remove(m)
            return m + go(a)
        n = int(input())
        a = list(map(int, input().split()))
        print(go(a))
        """,
        "O(n^2)",
    ),
    (
        "a_recursion_handing_on_its_list_after_a_pop_from_the_end_is_linear",
        """
        def go(a):
            if not a:
                return 0
            x = a.pop()
            return x + go(a)
        n = int(input())
        a = list(map(int, input().split()))
        print(go(a))
        """,
        "O(n)",
    ),
    (
        "a_tail_cut_off_a_stack_with_del_is_paid_when_pushed",
        """
        s = input()
        a = []
        for c in s:
            a.append(c)
            if a[-2:] == ['(', ')']:
                del a[-2:]
        print(len(a))
        """,
        "O(n)",
    ),
    (
        "a_head_cut_off_a_list_with_del_each_pass_stays_quadratic",
        """
        s = input()
        a = list(s)
        for c in s:
            del a[:1]
            a.append(c)
        print(len(a))
        """,
        "O(n^2)",
    ),
    (
        "a_loop_over_a_cut_of_the_written_alphabet_is_constant_per_item",
        """
        n, k = map(int, input().split())
        s = input()
        ans = 0
        for c in 'abcdefghijklmnopqrstuvwxyz'[:k]:
            ans = max(ans, s.count(c))
        print(ans)
        """,
        "O(n)",
    ),
    (
        "a_loop_over_a_cut_of_the_read_string_stays_quadratic",
        """
        n, k = map(int, input().split())
        s = input()
        ans = 0
        for c in s[:k]:
            ans = max(ans, s.count(c))
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "a_heap_pushed_through_the_module_and_summed_each_pass_is_quadratic",
        """
        import heapq
        n = int(input())
        a = list(map(int, input().split()))
        h = []
        for x in a:
            heapq.heappush(h, x)
            print(sum(h))
        """,
        "O(n^2)",
    ),
    (
        "a_heap_pushed_through_the_module_and_peeked_each_pass_is_n_log_n",
        """
        import heapq
        n = int(input())
        a = list(map(int, input().split()))
        h = []
        for x in a:
            heapq.heappush(h, x)
            print(h[0])
        """,
        "O(n log n)",
    ),
    (
        "binary_lifting_levels_under_a_written_log_bound_are_n_log_n",
        """
        n = int(input())
        LOG = 18
        up = [[0] * (n + 1) for _ in range(LOG)]
        up[0] = [0, 0] + list(map(int, input().split()))
        for k in range(1, LOG):
            for v in range(1, n + 1):
                up[k][v] = up[k - 1][up[k - 1][v]]
        print(up[LOG - 1][n])
        """,
        "O(n log n)",
    ),
    (
        "a_written_number_of_passes_copying_the_previous_row_stays_linear",
        """
        n = int(input())
        t = [[0] * (n + 1) for _ in range(18)]
        t[0] = list(map(int, input().split())) + [0]
        for k in range(1, 18):
            for v in range(n):
                t[k][v] = t[k - 1][v] + 1
        print(t[17][0])
        """,
        "O(n)",
    ),
    (
        "union_find_path_halving_under_two_conditions_is_nearly_constant",
        """
        n, m = map(int, input().split())
        par = [-1] * n
        def root(x):
            while par[x] >= 0 and par[par[x]] >= 0:
                par[x] = par[par[x]]
                x = par[x]
            return par[x] if par[x] >= 0 else x
        for _ in range(m):
            a, b = map(int, input().split())
            ra, rb = root(a - 1), root(b - 1)
            if ra != rb:
                par[rb] = ra
        print(sum(1 for i in range(n) if par[i] < 0))
        """,
        "O(n)",
    ),
    (
        "climbing_a_read_parent_array_under_two_conditions_per_query_stays_quadratic",
        """
        n, q = map(int, input().split())
        par = [-1] + [int(x) - 1 for x in input().split()]
        for _ in range(q):
            v, t = map(int, input().split())
            v -= 1
            while par[v] >= 0 and v != t - 1:
                v = par[v]
            print("YES" if v == t - 1 else "NO")
        """,
        "O(n^2)",
    ),
    (
        "blocks_of_every_width_walk_all_items_per_width_so_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        tot = 0
        for k in range(1, n + 1):
            for i in range(0, n, k):
                for j in range(i, min(i + k, n)):
                    tot += a[j] * k
        print(tot)
        """,
        "O(n^2)",
    ),
    (
        "blocks_of_one_read_width_walk_the_items_once",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        tot = 0
        for i in range(0, n, k):
            for j in range(i, min(i + k, n)):
                tot += a[j]
        print(tot)
        """,
        "O(n)",
    ),
    (
        "sorting_each_run_of_equal_values_the_outer_loop_then_skips_is_n_log_n",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = 0
        while i < n:
            j = i
            while j < n and a[j] == a[i]:
                j += 1
            a[i:j] = sorted(a[i:j])
            i = j
        print(*a)
        """,
        "O(n log n)",
    ),
    (
        "sorting_the_run_from_every_start_stays_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = 0
        while i < n:
            j = i
            while j < n and a[j] == a[i]:
                j += 1
            b = sorted(a[i:j])
            i += 1
        print(*a)
        """,
        "O(n^2)",
    ),
    (
        "work_guarded_by_the_inner_index_equal_to_the_outer_one_is_paid_once_per_row",
        """
        n = int(input())
        a = [list(map(int, input().split())) for _ in range(n)]
        s = 0
        for i in range(n):
            for j in range(n):
                if i == j:
                    for k in range(n):
                        s += a[i][k]
        print(s)
        """,
        "O(n^2)",
    ),
    (
        "work_guarded_by_a_cell_equal_to_the_outer_index_may_run_every_pass",
        """
        n = int(input())
        a = [list(map(int, input().split())) for _ in range(n)]
        s = 0
        for i in range(n):
            for j in range(n):
                if a[i][j] == i:
                    for k in range(n):
                        s += a[i][k]
        print(s)
        """,
        "O(n^3)",
    ),
    (
        "range_up_to_pow_of_two_to_a_read_count_is_every_bit_mask",
        """
        n = int(input())
        a = list(map(int, input().split()))
        lim = pow(2, n)
        best = 0
        for m in range(lim):
            best = max(best, sum(a[i] for i in range(n) if m >> i & 1) % 360)
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "range_up_to_a_power_of_two_taken_modulo_stays_linear",
        """
        n = int(input())
        lim = pow(2, n, 1000003)
        c = 0
        for v in range(n):
            c = (c + lim * v) % 1000003
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_single_line_read_by_a_comprehension_and_sorted_is_a_fixed_record",
        """
        l = [int(x) for x in input().split()]
        l.sort()
        if l[0] + l[1] > l[2] or l[1] + l[2] > l[3]:
            print("TRIANGLE")
        else:
            print("SEGMENT")
        """,
        "O(1)",
    ),
    (
        "a_single_line_read_by_a_comprehension_then_walked_stays_n_log_n",
        """
        l = [int(x) for x in input().split()]
        l.sort()
        c = 0
        for x in l:
            c += x
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "a_recursion_handing_on_its_list_after_a_front_pop_is_quadratic_whatever_else_it_passes",
        """
        import sys
        sys.setrecursionlimit(10**4)
        def play(cards, turn):
            if not cards:
                return turn
            c = cards.pop(0)
            return play(cards, turn ^ (c & 1))
        n = int(input())
        print(play(list(map(int, input().split())), 0))
        """,
        "O(n^2)",
    ),
    (
        "a_recursion_handing_on_its_list_after_an_end_pop_stays_linear_whatever_else_it_passes",
        """
        import sys
        sys.setrecursionlimit(10**4)
        def play(cards, turn):
            if not cards:
                return turn
            c = cards.pop()
            return play(cards, turn ^ (c & 1))
        n = int(input())
        print(play(list(map(int, input().split())), 0))
        """,
        "O(n)",
    ),
    (
        "an_inner_loop_stepping_the_outer_token_cursor_reads_each_token_once",
        """
        import sys
        data = sys.stdin.read().split()
        i = 1
        total = 0
        while i < len(data):
            k = int(data[i]); i += 1
            j = 0
            while j < k:
                total += int(data[i]); i += 1; j += 1
        print(total)
        """,
        "O(n)",
    ),
    (
        "an_inner_loop_that_leaves_the_outer_cursor_alone_stays_quadratic",
        """
        import sys
        data = sys.stdin.read().split()
        i = 1
        total = 0
        while i < len(data):
            j = 0
            while j < len(data):
                total += int(data[j]); j += 1
            i += 1
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "painting_ranges_through_union_find_skip_pointers_visits_each_cell_once",
        """
        n, q = map(int, input().split())
        qs = [tuple(map(int, input().split())) for _ in range(q)]
        col = [0] * (n + 2)
        nx = list(range(n + 2))
        def g(x):
            while nx[x] != x:
                nx[x] = nx[nx[x]]
                x = nx[x]
            return x
        for l, r, c in reversed(qs):
            x = g(l)
            while x <= r:
                col[x] = c
                nx[x] = x + 1
                x = g(x + 1)
        print(*col[1:n + 1])
        """,
        "O(n)",
    ),
    (
        "painting_ranges_through_a_find_that_never_relinks_the_painted_cells_stays_quadratic",
        """
        n, q = map(int, input().split())
        qs = [tuple(map(int, input().split())) for _ in range(q)]
        col = [0] * (n + 2)
        nx = list(range(n + 2))
        def g(x):
            while nx[x] != x:
                nx[x] = nx[nx[x]]
                x = nx[x]
            return x
        for l, r, c in reversed(qs):
            x = g(l)
            while x <= r:
                col[x] = c
                x = g(x + 1)
        print(*col[1:n + 1])
        """,
        "O(n^2)",
    ),
    (
        "comprehension_over_product_of_a_written_alphabet_to_a_written_length_is_constant",
        """
        from itertools import product
        lucky = [int(''.join(p)) for k in range(1, 10) for p in product('47', repeat=k)]
        n = int(input())
        print('YES' if any(n % x == 0 for x in lucky) else 'NO')
        """,
        "O(1)",
    ),
    (
        "comprehension_over_product_to_a_read_length_stays_exponential",
        """
        from itertools import product
        n = int(input())
        words = [''.join(p) for k in range(1, n + 1) for p in product('ab', repeat=k)]
        print(sum(1 for w in words if w == w[::-1]))
        """,
        "O(2^n)",
    ),
    (
        "a_range_over_the_length_of_a_written_prefix_is_constant",
        """
        s = input()
        ans = 0
        for i in range(len(s[:8])):
            ans += int(s[i])
        print(ans)
        """,
        "O(1)",
    ),
    (
        "a_range_over_the_length_of_a_suffix_stays_linear",
        """
        s = input()
        ans = 0
        for i in range(len(s[8:])):
            ans += int(s[i])
        print(ans)
        """,
        "O(n)",
    ),
    (
        "the_one_line_read_inside_a_main_procedure_is_a_fixed_record",
        """
        def main():
            v = list(map(int, input().split()))
            v.sort()
            print(v[1])
        main()
        """,
        "O(1)",
    ),
    (
        "the_one_line_read_inside_a_main_procedure_then_walked_stays_n_log_n",
        """
        def main():
            v = list(map(int, input().split()))
            v.sort()
            t = 0
            for x in v:
                t += x
            print(t)
        main()
        """,
        "O(n log n)",
    ),
    (
        "a_helper_walking_a_copy_of_the_cursor_forward_and_returning_it_resumes_each_call",
        """
        def skip(a, i):
            k = i
            while k < len(a) and a[k] == a[i]:
                k += 1
            return k
        a = list(map(int, input().split()))
        i = 0
        c = 0
        while i < len(a):
            i = skip(a, i)
            c += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_helper_walking_a_copy_forward_from_each_index_stays_quadratic",
        """
        def skip(a, i):
            k = i
            while k < len(a) and a[k] == a[i]:
                k += 1
            return k
        a = list(map(int, input().split()))
        c = 0
        for i in range(len(a)):
            c += skip(a, i) - i
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "a_list_grown_and_cut_back_to_a_written_length_in_a_branch_stays_short",
        """
        n = int(input())
        a = list(map(int, input().split()))
        buf = []
        total = 0
        for x in a:
            if x == 0:
                buf.clear()
            else:
                buf.append(x)
                if len(buf) > 5:
                    buf.pop(0)
            total += sum(buf)
        print(total)
        """,
        "O(n)",
    ),
    (
        "a_list_grown_in_one_branch_and_cut_in_another_can_grow_long",
        """
        n = int(input())
        a = list(map(int, input().split()))
        buf = []
        total = 0
        for x in a:
            if x:
                buf.append(x)
            elif len(buf) > 5:
                buf.pop(0)
            total += sum(buf)
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "a_list_cut_back_with_del_of_its_first_item_past_a_written_length_stays_short",
        """
        n = int(input())
        a = list(map(int, input().split()))
        last = []
        out = 0
        for x in a:
            last.append(x)
            if len(last) > 3:
                del last[0]
            out += max(last)
        print(out)
        """,
        "O(n)",
    ),
    (
        "a_list_whose_first_item_is_deleted_without_a_length_guard_can_grow_long",
        """
        n = int(input())
        a = list(map(int, input().split()))
        last = []
        out = 0
        for x in a:
            last.append(x)
            if x < 0:
                del last[0]
            out += max(last)
        print(out)
        """,
        "O(n^2)",
    ),
    (
        "a_list_grown_and_cut_back_to_a_written_length_in_one_go_is_constant",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = []
        for x in a:
            best = sorted(best + [x])[-2:]
        print(sum(best))
        """,
        "O(n)",
    ),
    (
        "a_list_grown_and_sorted_whole_each_pass_stays_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = []
        for x in a:
            best = sorted(best + [x])
        print(best[n // 2])
        """,
        "O(n^2)",
    ),
    (
        "a_heap_of_written_size_popped_once_per_push_is_constant_work_a_pass",
        """
        import heapq
        n = int(input())
        h = []
        for i in range(5):
            heapq.heappush(h, i)
        for _ in range(n):
            x = heapq.heappop(h)
            heapq.heappush(h, x + 5)
        print(h)
        """,
        "O(n)",
    ),
    (
        "a_heap_that_pushes_two_per_pop_grows_and_stays_logarithmic_a_pass",
        """
        import heapq
        n = int(input())
        h = [0]
        for _ in range(n):
            x = heapq.heappop(h)
            heapq.heappush(h, x + 1)
            heapq.heappush(h, x + 2)
        print(len(h))
        """,
        "O(n log n)",
    ),
    (
        "quickselect_loop_keeping_one_side_of_a_partition_helpers_split_is_linear_expected",
        """
        import random
        def partition(a, lo, hi):
            r = random.randint(lo, hi)
            a[r], a[hi] = a[hi], a[r]
            i = lo
            for j in range(lo, hi):
                if a[j] < a[hi]:
                    a[i], a[j] = a[j], a[i]
                    i += 1
            a[i], a[hi] = a[hi], a[i]
            return i
        def select(a, k):
            lo, hi = 0, len(a) - 1
            while True:
                p = partition(a, lo, hi)
                if p == k:
                    return a[p]
                if p < k:
                    lo = p + 1
                else:
                    hi = p - 1
        n = int(input())
        a = list(map(int, input().split()))
        print(select(a, n // 2))
        """,
        "O(n)",
    ),
    (
        "a_loop_moving_its_bound_by_one_around_a_helper_that_walks_the_range_stays_quadratic",
        """
        def total(a, lo, hi):
            s = 0
            for j in range(lo, hi):
                s += a[j]
            return s
        def best(a):
            lo, hi = 0, len(a)
            r = 0
            while lo < hi:
                p = total(a, lo, hi)
                r = max(r, p)
                lo += 1
            return r
        n = int(input())
        a = list(map(int, input().split()))
        print(best(a))
        """,
        "O(n^2)",
    ),
    (
        "dict_dp_copied_per_item_and_keyed_by_residues_of_a_written_modulus_stays_small",
        """
        n = int(input())
        a = list(map(int, input().split()))
        dp = {0: 0}
        for x in a:
            nd = dict(dp)
            for s, c in dp.items():
                nd[(s + x) % 5] = max(nd.get((s + x) % 5, 0), c + 1)
            dp = nd
        print(dp.get(0, 0))
        """,
        "O(n)",
    ),
    (
        "dict_dp_copied_per_item_and_keyed_by_plain_sums_keeps_growing",
        """
        n = int(input())
        a = list(map(int, input().split()))
        dp = {0: 0}
        for x in a:
            nd = dict(dp)
            for s, c in dp.items():
                nd[s + x] = max(nd.get(s + x, 0), c + 1)
            dp = nd
        print(dp.get(0, 0))
        """,
        "O(n^2)",
    ),
    (
        "skip_pointers_walked_in_a_function_through_a_module_level_find_visit_each_cell_once",
        """
        import sys
        input = sys.stdin.readline
        nx = []
        def find(x):
            r = x
            while nx[r] != r:
                r = nx[r]
            while nx[x] != r:
                nx[x], x = r, nx[x]
            return r
        def main():
            n, q = map(int, input().split())
            nx.extend(range(n + 2))
            alive = n
            for _ in range(q):
                l, r = map(int, input().split())
                x = find(l)
                while x <= r:
                    alive -= 1
                    nx[x] = x + 1
                    x = find(x + 1)
                print(alive)
        main()
        """,
        "O(n)",
    ),
    (
        "a_walk_in_a_function_through_a_module_level_find_that_never_relinks_stays_quadratic",
        """
        import sys
        input = sys.stdin.readline
        nx = []
        def find(x):
            r = x
            while nx[r] != r:
                r = nx[r]
            return r
        def main():
            n, q = map(int, input().split())
            nx.extend(range(n + 2))
            alive = n
            for _ in range(q):
                l, r = map(int, input().split())
                x = find(l)
                while x <= r:
                    alive -= 1
                    x = find(x + 1)
                print(alive)
        main()
        """,
        "O(n^2)",
    ),
    (
        "a_token_piece_cut_then_skipped_and_summed_reads_the_tokens_once",
        """
        import sys
        d = sys.stdin.read().split()
        q = int(d[0])
        p = 1
        tot = 0
        for _ in range(q):
            k = int(d[p]); p += 1
            items = list(map(int, d[p:p + k])); p += k
            tot += sum(items)
        print(tot)
        """,
        "O(n)",
    ),
    (
        "token_pieces_cut_per_test_case_are_still_read_once_in_all",
        """
        import sys
        d = sys.stdin.read().split()
        t = int(d[0])
        p = 1
        for _ in range(t):
            k = int(d[p]); p += 1
            items = list(map(int, d[p:p + k])); p += k
            print(items[0])
        """,
        "O(n)",
    ),
    (
        "dict_dp_stored_under_a_name_for_a_residue_of_a_written_modulus_stays_small",
        """
        n = int(input())
        a = list(map(int, input().split()))
        dp = {0: 0}
        for x in a:
            nd = dict(dp)
            for s, c in dp.items():
                k = (s + x) % 5
                nd[k] = max(nd.get(k, 0), c + 1)
            dp = nd
        print(dp.get(0, 0))
        """,
        "O(n)",
    ),
    (
        "dict_dp_stored_under_a_name_for_a_plain_sum_keeps_growing",
        """
        n = int(input())
        a = list(map(int, input().split()))
        dp = {0: 0}
        for x in a:
            nd = dict(dp)
            for s, c in dp.items():
                k = s + x
                nd[k] = max(nd.get(k, 0), c + 1)
            dp = nd
        print(dp.get(0, 0))
        """,
        "O(n^2)",
    ),
    (
        "a_recursion_dropping_the_top_bit_through_a_named_shift_is_log_n",
        """
        def f(n):
            if n == 0:
                return 0
            k = n.bit_length() - 1
            return 1 + f(n - (1 << k))
        n = int(input())
        print(f(n))
        """,
        "O(log n)",
    ),
    (
        "a_recursion_taking_away_the_power_of_two_found_by_doubling_is_log_n",
        """
        def solve(n):
            if n <= 1:
                return n
            k = 1
            while k * 2 <= n:
                k *= 2
            return k + solve(n - k)
        print(solve(int(input())))
        """,
        "O(log n)",
    ),
    (
        "a_loop_taking_away_one_shifted_by_the_bit_length_named_apart_is_log_n",
        """
        n = int(input())
        ans = 0
        while n > 0:
            k = n.bit_length() - 1
            ans += k
            n -= 1 << k
        print(ans)
        """,
        "O(log n)",
    ),
    (
        "a_recursion_taking_away_a_written_power_of_two_stays_linear",
        """
        import sys
        sys.setrecursionlimit(10**6)
        def f(n):
            if n <= 0:
                return 0
            k = 3
            return 1 + f(n - (1 << k))
        print(f(int(input())))
        """,
        "O(n)",
    ),
    (
        "a_loop_taking_away_one_shifted_by_a_written_count_stays_linear",
        """
        n = int(input())
        ans = 0
        while n > 0:
            k = 2
            ans += 1
            n -= 1 << k
        print(ans)
        """,
        "O(n)",
    ),
    (
        "counting_paths_over_arcs_read_for_m_edges_without_memo_is_exponential",
        """
        n, m = map(int, input().split())
        adj = [[] for _ in range(n)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u - 1].append(v - 1)
        def paths(v):
            if v == n - 1:
                return 1
            return sum(paths(u) for u in adj[v])
        print(paths(0))
        """,
        "O(2^n)",
    ),
    (
        "counting_paths_over_arcs_with_a_memo_is_linear",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        adj = [[] for _ in range(n)]
        for _ in range(m):
            u, v = map(int, input().split())
            adj[u - 1].append(v - 1)
        memo = [-1] * n
        def paths(v):
            if v == n - 1:
                return 1
            if memo[v] != -1:
                return memo[v]
            memo[v] = sum(paths(u) for u in adj[v]) % 998244353
            return memo[v]
        print(paths(0))
        """,
        "O(n)",
    ),
    (
        "walking_a_tree_read_as_n_minus_one_arcs_visits_each_node_once",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        g = [[] for _ in range(n + 1)]
        for _ in range(n - 1):
            p, c = map(int, input().split())
            g[p].append(c)
        def size(v):
            s = 1
            for u in g[v]:
                s += size(u)
            return s
        print(size(1))
        """,
        "O(n)",
    ),
    (
        "depth_first_search_marking_arcs_read_for_m_edges_stays_linear",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
        seen = [False] * n
        order = []
        def dfs(v):
            seen[v] = True
            for u in g[v]:
                if not seen[u]:
                    dfs(u)
            order.append(v)
        for v in range(n):
            if not seen[v]:
                dfs(v)
        print(*order[::-1])
        """,
        "O(n)",
    ),
    (
        "two_calls_a_level_down_to_a_depth_capped_by_min_with_a_written_number_are_constant",
        """
        n = int(input())
        def rec(d):
            if d >= min(n, 5):
                return 1
            return rec(d + 1) + rec(d + 1)
        print(rec(0))
        """,
        "O(1)",
    ),
    (
        "branching_to_a_capped_depth_with_linear_leaves_is_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        k = min(n, 4)
        def go(d, acc):
            if d == k:
                return sum(a) + acc
            return max(go(d + 1, acc + a[d]), go(d + 1, acc))
        print(go(0, 0))
        """,
        "O(n)",
    ),
    (
        "choosing_three_items_by_recursion_three_levels_deep_is_cubic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cnt = 0
        def go(start, d, s):
            global cnt
            if d == 3:
                if s % 2 == 0:
                    cnt += 1
                return
            for i in range(start, n):
                go(i + 1, d + 1, s + a[i])
        go(0, 0, 0)
        print(cnt)
        """,
        "O(n^3)",
    ),
    (
        "two_calls_a_level_down_to_the_read_depth_stay_exponential",
        """
        n = int(input())
        def rec(d):
            if d >= n:
                return 1
            return rec(d + 1) + rec(d + 1)
        print(rec(0))
        """,
        "O(2^n)",
    ),
    (
        "a_tree_walk_cut_at_a_written_depth_still_visits_each_node_once",
        """
        import sys
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        g = [[] for _ in range(n)]
        for _ in range(n - 1):
            u, v = map(int, input().split())
            g[u - 1].append(v - 1)
            g[v - 1].append(u - 1)
        cnt = 0
        def dfs(v, p, d):
            global cnt
            if d > 2:
                return
            cnt += 1
            for u in g[v]:
                if u != p:
                    dfs(u, v, d + 1)
        dfs(0, -1, 0)
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "a_cube_root_estimate_corrected_by_a_step_is_constant",
        """
        n = int(input())
        x = int(n ** (1 / 3)) + 1
        while x ** 3 > n:
            x -= 1
        while (x + 1) * (x + 1) * (x + 1) <= n:
            x += 1
        print(x)
        """,
        "O(1)",
    ),
    (
        "a_cube_root_counted_up_from_zero_is_not_an_estimate",
        """
        n = int(input())
        x = 0
        while (x + 1) ** 3 <= n:
            x += 1
        print(x)
        """,
        "O(n)",
    ),
    (
        "a_cube_counter_stepped_down_from_the_number_is_not_an_estimate",
        """
        n = int(input())
        x = n
        while x * x * x > n:
            x -= 1
        print(x)
        """,
        "O(n)",
    ),
    (
        "a_logarithm_estimate_corrected_by_a_step_is_constant",
        """
        import math
        n = int(input())
        k = int(math.log2(n))
        while (1 << k) > n:
            k -= 1
        while (1 << (k + 1)) <= n:
            k += 1
        print(k)
        """,
        "O(1)",
    ),
    (
        "an_exponent_counted_up_from_zero_still_takes_log_n_steps",
        """
        n = int(input())
        k = 0
        while (1 << (k + 1)) <= n:
            k += 1
        print(k)
        """,
        "O(log n)",
    ),
    (
        "a_loop_up_to_the_counter_of_a_loop_that_stops_at_a_square_root_is_linear",
        """
        n = int(input())
        i = 1
        tot = 0
        while i * i <= n:
            for j in range(i):
                tot += j
            i += 1
        print(tot)
        """,
        "O(n)",
    ),
    (
        "a_while_up_to_the_index_of_a_loop_over_a_square_root_is_linear",
        """
        import math
        n = int(input())
        c = 0
        for i in range(1, math.isqrt(n) + 1):
            j = 0
            while j < i:
                c += 1
                j += 1
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_loop_up_to_the_counter_of_a_loop_over_n_stays_quadratic",
        """
        n = int(input())
        i = 1
        tot = 0
        while i <= n:
            for j in range(i):
                tot += j
            i += 1
        print(tot)
        """,
        "O(n^2)",
    ),
    (
        "a_loop_to_n_under_a_loop_over_a_square_root_stays_n_each_time",
        """
        n = int(input())
        c = 0
        for i in range(1, int(n ** 0.5) + 1):
            for j in range(i, n):
                c += 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "deleting_the_tail_past_a_read_length_each_pass_is_paid_when_added",
        """
        n, k = map(int, input().split())
        a = []
        for x in map(int, input().split()):
            a.append(x)
            del a[k:]
        print(a)
        """,
        "O(n)",
    ),
    (
        "deleting_the_upper_half_until_one_item_is_left_is_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        while len(a) > 1:
            del a[len(a) // 2:]
        print(a[0])
        """,
        "O(n)",
    ),
    (
        "deleting_a_front_slice_each_pass_still_shifts_the_list",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for _ in range(n):
            del a[:1]
            a.append(0)
        print(a)
        """,
        "O(n^2)",
    ),
    (
        "copying_a_suffix_each_pass_is_still_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            b = a[i:]
            print(len(b))
        """,
        "O(n^2)",
    ),
    (
        "summing_then_deleting_one_half_chosen_by_the_sums_is_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        while len(a) > 1:
            half = len(a) // 2
            if sum(a[:half]) >= sum(a[half:]):
                del a[half:]
            else:
                del a[:half]
        print(a[0])
        """,
        "O(n)",
    ),
    (
        "summing_then_deleting_every_second_item_until_empty_is_linear",
        """
        n = int(input())
        arr = list(map(int, input().split()))
        total = 0
        while arr:
            total += sum(arr)
            del arr[::2]
        print(total)
        """,
        "O(n)",
    ),
    (
        "summing_then_deleting_half_only_in_one_branch_can_take_n_passes",
        """
        n = int(input())
        a = list(map(int, input().split()))
        while len(a) > 1:
            half = len(a) // 2
            if sum(a[:half]) >= sum(a[half:]):
                del a[half:]
            else:
                del a[:1]
        print(a[0])
        """,
        "O(n^2)",
    ),
    (
        "summing_then_deleting_the_last_item_or_every_second_can_take_n_passes",
        """
        n = int(input())
        arr = list(map(int, input().split()))
        total = 0
        while arr:
            total += sum(arr)
            if total % 2:
                del arr[::2]
            else:
                del arr[-1]
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "a_list_halved_through_a_helper_each_pass_is_a_geometric_series",
        """
        def halve(a):
            return [a[i] + a[i + 1] for i in range(0, len(a) - 1, 2)]
        n = int(input())
        a = list(map(int, input().split()))
        while len(a) > 1:
            a = halve(a)
        print(a[0])
        """,
        "O(n)",
    ),
    (
        "a_list_sorted_then_cut_to_its_first_half_by_a_helper_is_n_log_n",
        """
        def reduce_half(v):
            v.sort()
            return v[: (len(v) + 1) // 2]
        n = int(input())
        v = list(map(int, input().split()))
        while len(v) > 1:
            v = reduce_half(v)
        print(v[0])
        """,
        "O(n log n)",
    ),
    (
        "a_list_rebuilt_from_every_second_item_while_not_empty_halves",
        """
        n = int(input())
        a = list(map(int, input().split()))
        while a:
            a.sort()
            nxt = []
            for i in range(1, len(a), 2):
                nxt.append(a[i] - a[i - 1])
            a = nxt
        print(n)
        """,
        "O(n log n)",
    ),
    (
        "a_list_cut_by_one_item_through_a_helper_each_pass_stays_quadratic",
        """
        def drop(a):
            return a[1:]
        n = int(input())
        a = list(map(int, input().split()))
        while len(a) > 1:
            a = drop(a)
        print(a[0])
        """,
        "O(n^2)",
    ),
    (
        "a_matrix_read_by_a_comprehension_and_walked_on_its_diagonal_is_read_whole",
        """
        n = int(input())
        a = [list(map(int, input().split())) for _ in range(n)]
        tr = 0
        for i in range(n):
            tr += a[i][i]
        print(tr)
        """,
        "O(n^2)",
    ),
    (
        "rows_read_by_a_comprehension_checked_on_the_antidiagonal_are_n_wide",
        """
        n = int(input())
        g = [input() for _ in range(n)]
        ok = all(g[i][n - 1 - i] == g[0][n - 1] for i in range(n))
        print("YES" if ok else "NO")
        """,
        "O(n^2)",
    ),
    (
        "records_read_by_a_comprehension_used_at_written_fields_stay_linear",
        """
        n = int(input())
        pts = [list(map(int, input().split())) for _ in range(n)]
        best = 0
        for i in range(n):
            best = max(best, pts[i][0] + pts[i][1])
        print(best)
        """,
        "O(n)",
    ),
    (
        "a_dfs_resuming_a_stack_of_adjacency_iterators_walks_each_list_once",
        """
        n = int(input())
        g = [[] for _ in range(n)]
        for _ in range(n - 1):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
            g[b - 1].append(a - 1)
        vis = [False] * n
        vis[0] = True
        stack = [iter(g[0])]
        while stack:
            for v in stack[-1]:
                if not vis[v]:
                    vis[v] = True
                    stack.append(iter(g[v]))
                    break
            else:
                stack.pop()
        print(sum(vis))
        """,
        "O(n)",
    ),
    (
        "an_iterator_unpacked_from_a_stack_of_vertex_iterator_pairs_is_resumed_not_restarted",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
        seen = [False] * n
        order = []
        for s in range(n):
            if seen[s]:
                continue
            seen[s] = True
            st = [(s, iter(g[s]))]
            while st:
                u, it = st[-1]
                for v in it:
                    if not seen[v]:
                        seen[v] = True
                        st.append((v, iter(g[v])))
                        break
                else:
                    st.pop()
                    order.append(u)
        print(*order)
        """,
        "O(n)",
    ),
    (
        "a_stack_of_iterators_over_every_index_still_walks_all_indices_per_push",
        """
        n = int(input())
        a = [input() for _ in range(n)]
        vis = [False] * n
        vis[0] = True
        stack = [iter(range(n))]
        while stack:
            for v in stack[-1]:
                if not vis[v]:
                    vis[v] = True
                    stack.append(iter(range(n)))
                    break
            else:
                stack.pop()
        print(sum(vis))
        """,
        "O(n^2)",
    ),
    (
        "a_class_built_per_test_case_on_a_written_size_walks_a_fixed_board",
        """
        class Board:
            def __init__(self, n):
                self.n = n
                self.g = [[0] * n for _ in range(n)]

            def count(self):
                c = 0
                for i in range(self.n):
                    for j in range(self.n):
                        c += self.g[i][j]
                return c

        t = int(input())
        for _ in range(t):
            b = Board(8)
            x, y = map(int, input().split())
            b.g[x % 8][y % 8] = 1
            print(b.count())
        """,
        "O(1)",
    ),
    (
        "a_class_built_on_the_size_read_walks_the_whole_board",
        """
        class Board:
            def __init__(self, n):
                self.n = n
                self.g = [[0] * n for _ in range(n)]

            def count(self):
                c = 0
                for i in range(self.n):
                    for j in range(self.n):
                        c += self.g[i][j]
                return c

        n = int(input())
        b = Board(n)
        print(b.count())
        """,
        "O(n^2)",
    ),
    (
        "a_union_find_of_a_written_size_per_test_case_is_built_in_constant_time",
        """
        class DSU:
            def __init__(self, n):
                self.p = list(range(n))

            def find(self, x):
                while self.p[x] != x:
                    self.p[x] = self.p[self.p[x]]
                    x = self.p[x]
                return x

        t = int(input())
        for _ in range(t):
            a, b = map(int, input().split())
            d = DSU(26)
            d.p[a % 26] = b % 26
            print(d.find(0))
        """,
        "O(1)",
    ),
    (
        "a_union_find_of_the_size_read_per_test_case_is_built_in_linear_time",
        """
        class DSU:
            def __init__(self, n):
                self.p = list(range(n))

            def find(self, x):
                while self.p[x] != x:
                    self.p[x] = self.p[self.p[x]]
                    x = self.p[x]
                return x

        t = int(input())
        for _ in range(t):
            n = int(input())
            d = DSU(n)
            print(d.find(0))
        """,
        "O(n)",
    ),
    (
        "a_bisection_up_to_one_past_a_read_number_is_log_n",
        """
        n = int(input())
        lo, hi = 0, n + 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if mid * mid <= n:
                lo = mid
            else:
                hi = mid
        print(lo)
        """,
        "O(log n)",
    ),
    (
        "a_bisection_on_the_answer_up_to_one_past_the_largest_item_is_n_log_n",
        """
        n = int(input())
        a = list(map(int, input().split()))
        lo, hi = 0, max(a) + 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if sum(x // mid for x in a) >= n:
                lo = mid
            else:
                hi = mid
        print(lo)
        """,
        "O(n log n)",
    ),
    (
        "a_bisection_up_to_one_past_a_written_small_number_stays_constant",
        """
        n = int(input())
        lo, hi = 0, 60 + 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if (1 << mid) <= n:
                lo = mid
            else:
                hi = mid
        print(lo)
        """,
        "O(1)",
    ),
    (
        "taking_off_at_least_half_of_the_value_through_max_is_log_n",
        """
        n = int(input())
        x = n
        while x > 0:
            x -= max(1, x // 2)
        print(x)
        """,
        "O(log n)",
    ),
    (
        "taking_off_at_least_a_share_by_a_read_divisor_through_max_stays_linear",
        """
        n = int(input())
        x = n
        while x > 0:
            x -= max(1, x // n)
        print(x)
        """,
        "O(n)",
    ),
    (
        "counting_down_by_one_until_a_multiple_of_ten_is_a_few_passes",
        """
        n, k = map(int, input().split())
        while k > 0 and n % 10 != 0:
            n -= 1
            k -= 1
        while k > 0 and n:
            n //= 10
            k -= 1
        print(n)
        """,
        "O(log n)",
    ),
    (
        "counting_down_by_one_until_a_multiple_of_a_read_number_stays_linear",
        """
        n, k = map(int, input().split())
        while n % k:
            n -= 1
        print(n)
        """,
        "O(n)",
    ),
    (
        "sums_doubled_then_cut_back_to_a_written_size_each_pass_stay_a_few",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = [0]
        for x in a:
            best = best + [b + x for b in best]
            best.sort(reverse=True)
            best = best[:5]
        print(sum(best))
        """,
        "O(n)",
    ),
    (
        "a_set_of_sums_cut_to_a_written_size_under_a_length_test_stays_a_few",
        """
        n = int(input())
        a = list(map(int, input().split()))
        xs = {0}
        for x in a:
            xs = xs | {y ^ x for y in xs}
            if len(xs) > 64:
                xs = set(list(xs)[:64])
        print(max(xs))
        """,
        "O(n)",
    ),
    (
        "sums_sorted_and_cut_in_one_statement_stay_a_few",
        """
        n = int(input())
        a = list(map(int, input().split()))
        sums = [0]
        for x in a:
            sums = sorted(sums + [s + x for s in sums])[:10]
        print(sums[-1])
        """,
        "O(n)",
    ),
    (
        "sums_doubled_inside_sorted_without_a_cut_are_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        sums = [0]
        for x in a:
            sums = sorted(sums + [s + x for s in sums])
        print(sums[len(sums) // 2])
        """,
        "O(2^n)",
    ),
    (
        "sums_doubled_and_only_read_through_a_cut_are_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = [0]
        for x in a:
            best = best + [b + x for b in best]
            best.sort(reverse=True)
        print(sum(best[:5]))
        """,
        "O(2^n)",
    ),
    (
        "a_memo_over_a_position_and_a_parity_taken_with_and_one_is_linear",
        """
        import sys
        from functools import lru_cache
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        a = list(map(int, input().split()))
        @lru_cache(None)
        def f(i, par):
            if i == n:
                return 0
            return max(f(i + 1, par), f(i + 1, (par + a[i]) & 1) + a[i] * (par ^ 1))
        print(f(0, 0))
        """,
        "O(n)",
    ),
    (
        "a_memo_over_a_position_and_a_running_sum_stays_quadratic",
        """
        import sys
        from functools import lru_cache
        sys.setrecursionlimit(10 ** 6)
        n = int(input())
        a = list(map(int, input().split()))
        @lru_cache(None)
        def f(i, s):
            if i == n:
                return 0
            return max(f(i + 1, s), f(i + 1, s + a[i]) + a[i] * (s & 1))
        print(f(0, 0))
        """,
        "O(n^2)",
    ),
    (
        "backtracking_on_a_path_parameter_handed_on_that_stops_at_two_items_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cnt = 0
        def dfs(start, path):
            global cnt
            if len(path) == 2:
                if path[0] + path[1] == 0:
                    cnt += 1
                return
            for i in range(start, n):
                path.append(a[i])
                dfs(i + 1, path)
                path.pop()
        dfs(0, [])
        print(cnt)
        """,
        "O(n^2)",
    ),
    (
        "backtracking_to_a_path_as_long_as_the_input_stays_exponential",
        """
        n = int(input())
        a = list(map(int, input().split()))
        cnt = 0
        def dfs(start, path):
            global cnt
            if len(path) == n // 2:
                cnt += 1
                return
            for i in range(start, n):
                path.append(a[i])
                dfs(i + 1, path)
                path.pop()
        dfs(0, [])
        print(cnt)
        """,
        "O(2^n)",
    ),
    (
        "a_heap_pushed_from_a_loop_over_three_written_names_stays_small",
        """
        from heapq import heappush, heappop
        a, b, c = map(int, input().split())
        h = []
        for v in (a, b, c):
            heappush(h, -v)
        s = 0
        for _ in range(2):
            s -= heappop(h)
        print(s)
        """,
        "O(1)",
    ),
    (
        "a_heap_started_at_one_read_value_and_grown_a_written_number_of_times_stays_small",
        """
        from heapq import heappush, heappop
        n = int(input())
        q = [n]
        for _ in range(30):
            x = heappop(q)
            heappush(q, x * 2 + 1)
            heappush(q, x * 3 + 1)
        print(q[0])
        """,
        "O(1)",
    ),
    (
        "a_written_list_heapified_then_pushed_twice_stays_small",
        """
        import heapq
        h = [7, 2, 9, 4]
        heapq.heapify(h)
        a, b = map(int, input().split())
        heapq.heappush(h, a)
        heapq.heappush(h, b)
        print([heapq.heappop(h) for _ in range(3)])
        """,
        "O(1)",
    ),
    (
        "a_heap_started_at_one_value_and_grown_once_per_step_of_n_keeps_growing",
        """
        from heapq import heappush, heappop
        n = int(input())
        q = [1]
        for _ in range(n):
            x = heappop(q)
            heappush(q, x * 2)
            heappush(q, x * 3)
        print(q[0])
        """,
        "O(n log n)",
    ),
    (
        "a_read_list_heapified_then_popped_k_times_keeps_its_logarithm",
        """
        from heapq import heappush, heappop, heapify
        n, k = map(int, input().split())
        h = list(map(int, input().split()))
        heapify(h)
        for _ in range(k):
            v = heappop(h)
            heappush(h, v + 1)
        print(max(h))
        """,
        "O(n log n)",
    ),
    (
        "a_written_number_multiplied_up_to_a_small_written_bound_takes_fixed_passes",
        """
        n = int(input())
        p = 1
        c = 0
        while p < 5000:
            p *= 3
            c += 1
        print(c + n)
        """,
        "O(1)",
    ),
    (
        "a_written_number_scaled_by_an_assignment_up_to_a_small_written_bound_is_constant",
        """
        n = int(input())
        x = 1
        while x <= 1000:
            x = x * 10
        print(x // 10 + n)
        """,
        "O(1)",
    ),
    (
        "a_written_number_multiplied_up_to_the_input_scale_stands_for_log_of_a_value",
        """
        n = int(input())
        a = list(map(int, input().split()))
        c = 0
        for v in a:
            p = 1
            while p <= 10 ** 9:
                if p & v:
                    c += 1
                p *= 2
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "a_written_number_multiplied_up_to_the_read_number_takes_log_n_passes",
        """
        n = int(input())
        p = 1
        c = 0
        while p < n:
            p *= 3
            c += 1
        print(c)
        """,
        "O(log n)",
    ),
    (
        "a_string_rotated_each_pass_until_a_palindrome_is_copied_every_pass",
        """
        s = input()
        n = len(s)
        for i in range(n):
            s = s[1:] + s[0]
            if s == s[::-1]:
                print(i)
                break
        """,
        "O(n^2)",
    ),
    (
        "a_list_rotated_until_it_matches_a_target_is_copied_every_pass",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = list(map(int, input().split()))
        ans = -1
        for i in range(n):
            if a == b:
                ans = i
                break
            a = a[1:] + a[:1]
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "a_written_word_rotated_until_it_matches_stays_constant_per_pass",
        """
        n = int(input())
        w = 'abcde'
        for i in range(n):
            w = w[1:] + w[0]
            if w == 'cdeab':
                print(i)
                break
        """,
        "O(n)",
    ),
    (
        "a_string_grown_each_pass_and_counted_before_an_early_exit_is_quadratic",
        """
        n = int(input())
        a = input().split()
        ans = ''
        for w in a:
            ans += w + ' '
            if ans.count('x') > 3:
                break
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "a_list_grown_each_pass_and_searched_before_an_early_exit_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        seen = []
        for x in a:
            if x in seen:
                print(x)
                break
            seen += [x]
        """,
        "O(n^2)",
    ),
    (
        "each_word_counted_before_an_early_exit_while_a_string_grows_stays_linear",
        """
        n = int(input())
        a = input().split()
        ans = ''
        for w in a:
            ans += w + ' '
            if w.count('x') > 3:
                break
        print(ans)
        """,
        "O(n)",
    ),
    (
        "a_list_appended_to_each_pass_and_searched_before_an_early_exit_is_quadratic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        seen = []
        for x in a:
            if x in seen:
                print(x)
                break
            seen.append(x)
        """,
        "O(n^2)",
    ),
    (
        "a_while_up_to_a_halving_counter_adds_up_to_twice_the_first_pass",
        """
        n = int(input())
        c = 0
        i = n
        while i > 0:
            j = 0
            while j < i:
                c += 1
                j += 1
            i //= 2
        print(c)
        """,
        "O(n)",
    ),
    (
        "a_while_up_to_a_counter_stepped_down_by_one_stays_quadratic",
        """
        n = int(input())
        c = 0
        i = n
        while i > 0:
            j = 0
            while j < i:
                c += 1
                j += 1
            i -= 1
        print(c)
        """,
        "O(n^2)",
    ),
    (
        "a_while_up_to_n_under_a_halving_loop_is_n_log_n",
        """
        n = int(input())
        c = 0
        i = n
        while i > 0:
            j = 0
            while j < n:
                c += 1
                j += 1
            i //= 2
        print(c)
        """,
        "O(n log n)",
    ),
    (
        "a_sum_over_a_range_up_to_a_counter_below_a_square_root_is_linear_in_all",
        """
        n = int(input())
        i = 1
        t = 0
        while i * i <= n:
            t += sum(range(i))
            i += 1
        print(t)
        """,
        "O(n)",
    ),
    (
        "a_comprehension_up_to_an_index_below_a_square_root_is_linear_in_all",
        """
        n = int(input())
        r = int(n ** 0.5)
        out = []
        for i in range(r):
            out.append(''.join('*' for _ in range(i)))
        print(len(out))
        """,
        "O(n)",
    ),
    (
        "a_sum_over_a_range_up_to_a_counter_of_a_loop_over_n_stays_quadratic",
        """
        n = int(input())
        t = 0
        for i in range(n):
            t += sum(range(i))
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "a_string_grown_by_one_character_and_cut_to_a_written_length_stays_short",
        """
        s = input()
        w = ''
        ans = 0
        for ch in s:
            w += ch
            if len(w) > 5:
                w = w[1:]
            if w == 'hello':
                ans += 1
        print(ans)
        """,
        "O(n)",
    ),
    (
        "a_list_popped_from_the_front_past_a_named_written_length_stays_short",
        """
        import sys
        s = sys.stdin.readline().rstrip()
        k = 10
        tail = []
        for c in s:
            tail.append(c)
            if len(tail) > k:
                tail.pop(0)
        print(''.join(tail))
        """,
        "O(n)",
    ),
    (
        "a_string_cut_to_the_length_of_a_read_pattern_is_as_long_as_the_pattern",
        """
        s = input()
        pat = input()
        m = len(pat)
        win = ''
        hits = 0
        for c in s:
            win += c
            if len(win) > m:
                win = win[1:]
            if win == pat:
                hits += 1
        print(hits)
        """,
        "O(n^2)",
    ),
    (
        "a_string_grown_by_two_characters_and_cut_by_one_keeps_growing",
        """
        s = input()
        w = ''
        for ch in s:
            w += ch + ch
            if len(w) > 5:
                w = w[1:]
            print(w)
        """,
        "O(n^2)",
    ),
    (
        "a_string_cut_only_when_it_ends_in_a_pattern_can_grow_long",
        """
        s = input()
        t = ''
        for c in s:
            t += c
            if t[-3:] == 'abc':
                t = t[:-3]
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "the_last_k_characters_with_k_a_written_name_are_a_constant_many",
        """
        import sys
        def main():
            s = sys.stdin.readline().strip()
            k = 4
            last = ""
            res = 0
            for c in s:
                last = (last + c)[-k:]
                if last == "1111":
                    res += 1
            print(res)
        main()
        """,
        "O(n)",
    ),
    (
        "the_last_k_items_with_k_read_from_the_input_each_pass_is_quadratic",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        for i in range(n):
            print(sum(a[-k:]) + i)
        """,
        "O(n^2)",
    ),
    (
        "a_string_cut_when_it_reaches_a_written_length_stays_short",
        """
        s = input()
        buf = ''
        cnt = 0
        for c in s:
            buf += c
            if len(buf) == 4:
                buf = buf[1:]
            if buf == 'aaa':
                cnt += 1
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "a_list_popped_when_it_reaches_a_written_length_stays_short",
        """
        n = int(input())
        a = list(map(int, input().split()))
        last = []
        for x in a:
            last.append(x)
            if len(last) == 3:
                last.pop(0)
            print(sum(last))
        """,
        "O(n)",
    ),
    (
        "a_list_popped_when_it_reaches_the_read_length_grows_to_it",
        """
        n = int(input())
        a = list(map(int, input().split()))
        last = []
        for x in a:
            last.append(x)
            if len(last) == n:
                last.pop(0)
            print(sum(last))
        """,
        "O(n^2)",
    ),
    (
        "keeping_the_heavier_of_two_named_halves_each_pass_is_linear",
        """
        import sys
        def main():
            n = int(sys.stdin.readline())
            a = list(map(int, sys.stdin.readline().split()))
            r = 0
            while len(a) > 1:
                h = len(a) // 2
                l, rr = a[:h], a[h:]
                if sum(l) > sum(rr):
                    a = l
                else:
                    a = rr
                r += 1
            print(r, a[0])
        main()
        """,
        "O(n)",
    ),
    (
        "keeping_a_half_or_all_but_the_first_item_can_take_n_passes",
        """
        n = int(input())
        a = list(map(int, input().split()))
        while len(a) > 1:
            h = len(a) // 2
            l, rr = a[:h], a[1:]
            if sum(l) > sum(rr):
                a = l
            else:
                a = rr
        print(a[0])
        """,
        "O(n^2)",
    ),
    (
        "quicksort_around_a_random_pivot_drawn_in_its_partition_helper_is_n_log_n_expected",
        """
        import random
        def partition(a, lo, hi):
            k = random.randint(lo, hi)
            a[k], a[hi] = a[hi], a[k]
            p = a[hi]
            i = lo
            for j in range(lo, hi):
                if a[j] < p:
                    a[i], a[j] = a[j], a[i]
                    i += 1
            a[i], a[hi] = a[hi], a[i]
            return i
        def quicksort(a, lo, hi):
            if lo < hi:
                p = partition(a, lo, hi)
                quicksort(a, lo, p - 1)
                quicksort(a, p + 1, hi)
        n = int(input())
        a = list(map(int, input().split()))
        quicksort(a, 0, n - 1)
        print(*a)
        """,
        "O(n log n)",
    ),
    (
        "quicksort_around_the_last_item_in_its_partition_helper_stays_quadratic",
        """
        def partition(a, lo, hi):
            p = a[hi]
            i = lo
            for j in range(lo, hi):
                if a[j] < p:
                    a[i], a[j] = a[j], a[i]
                    i += 1
            a[i], a[hi] = a[hi], a[i]
            return i
        def quicksort(a, lo, hi):
            if lo < hi:
                p = partition(a, lo, hi)
                quicksort(a, lo, p - 1)
                quicksort(a, p + 1, hi)
        n = int(input())
        a = list(map(int, input().split()))
        quicksort(a, 0, n - 1)
        print(*a)
        """,
        "O(n^2)",
    ),
    (
        "a_split_at_the_minimum_with_a_random_tie_break_stays_quadratic",
        """
        import random
        def solve(a, l, r):
            if l > r:
                return 0
            m = min(range(l, r + 1), key=lambda i: (a[i], random.random()))
            return a[m] + solve(a, l, m - 1) + solve(a, m + 1, r)
        n = int(input())
        a = list(map(int, input().split()))
        print(solve(a, 0, n - 1))
        """,
        "O(n^2)",
    ),
    (
        "prefix_doubling_until_the_ranks_are_distinct_under_while_true_is_n_log_n",
        """
        s = input() + "$"
        n = len(s)
        rank = [ord(c) for c in s]
        sa = list(range(n))
        k = 1
        while True:
            key = lambda i: (rank[i], rank[(i + k) % n])
            sa.sort(key=key)
            new = [0] * n
            for j in range(1, n):
                new[sa[j]] = new[sa[j - 1]] + (key(sa[j]) != key(sa[j - 1]))
            rank = new
            if rank[sa[-1]] == n - 1:
                break
            k *= 2
        print(*sa)
        """,
        "O(n log n)",
    ),
    (
        "prefix_doubling_by_a_shift_with_the_offset_tested_against_the_length_is_n_log_n",
        """
        def suffix_array(s):
            n = len(s)
            k = 1
            rnk = [ord(c) for c in s]
            sa = list(range(n))
            tmp = [0] * n
            while True:
                sa.sort(key=lambda i: (rnk[i], rnk[i + k] if i + k < n else -1))
                tmp[sa[0]] = 0
                for i in range(1, n):
                    a, b = sa[i - 1], sa[i]
                    tmp[b] = tmp[a] + (rnk[a] != rnk[b])
                rnk = tmp[:]
                if rnk[sa[n - 1]] == n - 1:
                    break
                k <<= 1
            return sa
        print(*suffix_array(input()))
        """,
        "O(n log n)",
    ),
    (
        "a_doubled_offset_beside_a_counter_stepped_to_the_length_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        k = 1
        i = 0
        t = 0
        while True:
            t += a[(i + k) % n]
            k *= 2
            i += 1
            if i == n:
                break
        print(t)
        """,
        "O(n)",
    ),
    (
        "a_sieve_to_the_root_by_a_while_counter_clearing_strided_slices_is_n_log_n",
        """
        n = int(input())
        sieve = [1] * (n + 1)
        i = 2
        while i * i <= n:
            if sieve[i]:
                sieve[i * i :: i] = [0] * len(sieve[i * i :: i])
            i += 1
        print(sum(sieve))
        """,
        "O(n log n)",
    ),
    (
        "strided_slices_by_a_while_counter_up_to_n_are_a_harmonic_series",
        """
        n = int(input())
        a = list(map(int, input().split()))
        t = 0
        i = 1
        while i <= n:
            t += sum(a[i - 1 :: i])
            i += 1
        print(t)
        """,
        "O(n log n)",
    ),
    (
        "strided_slices_by_a_read_step_under_a_while_counter_stay_quadratic",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        t = 0
        i = 1
        while i <= n:
            t += sum(a[i - 1 :: k])
            i += 1
        print(t)
        """,
        "O(n^2)",
    ),
    (
        "quicksort_on_filtered_copies_around_the_first_item_of_a_shuffled_list_is_n_log_n",
        """
        import random
        def qsort(a):
            if len(a) <= 1:
                return a
            random.shuffle(a)
            p = a[0]
            lo = qsort([x for x in a if x < p])
            return lo + [x for x in a if x == p] + qsort([x for x in a if x > p])
        n = int(input())
        print(*qsort(list(map(int, input().split()))))
        """,
        "O(n log n)",
    ),
    (
        "quicksort_on_filtered_copies_around_the_first_item_unshuffled_stays_quadratic",
        """
        def qsort(a):
            if len(a) <= 1:
                return a
            p = a[0]
            lo = qsort([x for x in a if x < p])
            return lo + [x for x in a if x == p] + qsort([x for x in a if x > p])
        n = int(input())
        print(*qsort(list(map(int, input().split()))))
        """,
        "O(n^2)",
    ),
    (
        "sets_merged_small_into_large_with_an_in_place_union_move_each_item_log_n_times",
        """
        n = int(input())
        par = [-1] + [int(x) - 1 for x in input().split()]
        a = list(map(int, input().split()))
        sets = [{a[i]} for i in range(n)]
        for v in range(n - 1, 0, -1):
            p = par[v]
            x, y = sets[p], sets[v]
            if len(x) < len(y):
                x, y = y, x
            x |= y
            sets[p] = x
        print(len(sets[0]))
        """,
        "O(n log n)",
    ),
    (
        "child_sets_unioned_into_the_parent_without_a_size_swap_are_quadratic",
        """
        n = int(input())
        par = [-1] + [int(x) - 1 for x in input().split()]
        a = list(map(int, input().split()))
        sets = [{a[i]} for i in range(n)]
        for v in range(n - 1, 0, -1):
            p = par[v]
            sets[p] |= sets[v]
        print(len(sets[0]))
        """,
        "O(n^2)",
    ),
    (
        "an_in_place_union_with_the_whole_input_set_each_pass_costs_the_set",
        """
        n = int(input())
        a = list(map(int, input().split()))
        s = set(a)
        t = set()
        for i in range(n):
            t |= s
        print(len(t))
        """,
        "O(n^2)",
    ),
    (
        "an_in_place_or_of_integer_masks_each_pass_stays_constant",
        """
        n = int(input())
        a = list(map(int, input().split()))
        m = 0
        for x in a:
            m |= x
        print(m)
        """,
        "O(n)",
    ),
    (
        "a_dfs_over_a_chained_edge_list_walks_each_vertex_chain_once",
        """
        n, m = map(int, input().split())
        head = [-1] * n
        nxt = []
        to = []
        for _ in range(m):
            u, v = map(int, input().split())
            u -= 1; v -= 1
            to.append(v); nxt.append(head[u]); head[u] = len(to) - 1
            to.append(u); nxt.append(head[v]); head[v] = len(to) - 1
        vis = [False] * n
        vis[0] = True
        st = [0]
        while st:
            u = st.pop()
            e = head[u]
            while e != -1:
                v = to[e]
                if not vis[v]:
                    vis[v] = True
                    st.append(v)
                e = nxt[e]
        print(sum(vis))
        """,
        "O(n)",
    ),
    (
        "walking_up_parent_pointers_for_every_vertex_stays_quadratic",
        """
        n = int(input())
        par = [-1] + [int(x) - 1 for x in input().split()]
        ans = 0
        for v in range(n):
            d = 0
            u = v
            while u != -1:
                d += 1
                u = par[u]
            ans = max(ans, d)
        print(ans)
        """,
        "O(n^2)",
    ),
    (
        "records_read_by_a_comprehension_indexed_by_the_row_number_mod_two_stay_linear",
        """
        n = int(input())
        q = [list(map(int, input().split())) for _ in range(n)]
        s = 0
        for i in range(n):
            s += q[i][i % 2]
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_helper_only_ever_given_a_written_string_does_fixed_work",
        """
        def pal_dp(s):
            n = len(s)
            dp = [[0] * n for _ in range(n)]
            for i in range(n - 1, -1, -1):
                dp[i][i] = 1
                for j in range(i + 1, n):
                    same = s[i] == s[j]
                    dp[i][j] = dp[i + 1][j - 1] + 2 if same else max(dp[i + 1][j], dp[i][j - 1])
            return dp[0][n - 1]

        t = int(input())
        for _ in range(t):
            a, b = map(int, input().split())
            print(pal_dp("abcab") + a * b)
        """,
        "O(1)",
    ),
    (
        "a_helper_given_the_string_read_does_quadratic_work",
        """
        def pal_dp(s):
            n = len(s)
            dp = [[0] * n for _ in range(n)]
            for i in range(n - 1, -1, -1):
                dp[i][i] = 1
                for j in range(i + 1, n):
                    same = s[i] == s[j]
                    dp[i][j] = dp[i + 1][j - 1] + 2 if same else max(dp[i + 1][j], dp[i][j - 1])
            return dp[0][n - 1]

        s = input().strip()
        print(pal_dp(s))
        """,
        "O(n^2)",
    ),
    (
        "matching_a_written_pattern_compares_windows_of_written_width",
        """
        def count(s, t):
            c = 0
            for i in range(len(s) - len(t) + 1):
                if s[i:i + len(t)] == t:
                    c += 1
            return c

        s = input().strip()
        print(count(s, "ab"))
        """,
        "O(n)",
    ),
    (
        "matching_a_pattern_read_compares_windows_of_its_width",
        """
        def count(s, t):
            c = 0
            for i in range(len(s) - len(t) + 1):
                if s[i:i + len(t)] == t:
                    c += 1
            return c

        s = input().strip()
        t = input().strip()
        print(count(s, t))
        """,
        "O(n^2)",
    ),
    (
        "a_template_class_never_built_adds_nothing_to_the_union_find_that_runs",
        """
        class DSU:
            def __init__(self, n):
                self.p = list(range(n))

            def find(self, x):
                while self.p[x] != x:
                    self.p[x] = self.p[self.p[x]]
                    x = self.p[x]
                return x

            def union(self, a, b):
                self.p[self.find(a)] = self.find(b)


        class SparseTable:
            def __init__(self, a):
                n = len(a)
                self.st = [a[:]]
                j = 1
                while (1 << j) <= n:
                    prev = self.st[-1]
                    h = 1 << (j - 1)
                    self.st.append([min(prev[i], prev[i + h]) for i in range(n - 2 * h + 1)])
                    j += 1


        n, m = map(int, input().split())
        d = DSU(n)
        for _ in range(m):
            u, v = map(int, input().split())
            d.union(u - 1, v - 1)
        print(sum(1 for i in range(n) if d.find(i) == i))
        """,
        "O(n)",
    ),
    (
        "a_sparse_table_built_beside_the_union_find_costs_its_levels",
        """
        class DSU:
            def __init__(self, n):
                self.p = list(range(n))

            def find(self, x):
                while self.p[x] != x:
                    self.p[x] = self.p[self.p[x]]
                    x = self.p[x]
                return x

            def union(self, a, b):
                self.p[self.find(a)] = self.find(b)


        class SparseTable:
            def __init__(self, a):
                n = len(a)
                self.st = [a[:]]
                j = 1
                while (1 << j) <= n:
                    prev = self.st[-1]
                    h = 1 << (j - 1)
                    self.st.append([min(prev[i], prev[i + h]) for i in range(n - 2 * h + 1)])
                    j += 1


        n, m = map(int, input().split())
        d = DSU(n)
        for _ in range(m):
            u, v = map(int, input().split())
            d.union(u - 1, v - 1)
        sp = SparseTable(d.p)
        print(len(sp.st))
        """,
        "O(n log n)",
    ),
    (
        "building_the_second_class_runs_its_own_init_not_the_first_classs",
        """
        class SparseTable:
            def __init__(self, a):
                n = len(a)
                self.st = [a[:]]
                j = 1
                while (1 << j) <= n:
                    prev = self.st[-1]
                    h = 1 << (j - 1)
                    self.st.append([min(prev[i], prev[i + h]) for i in range(n - 2 * h + 1)])
                    j += 1


        class DSU:
            def __init__(self, n):
                self.p = list(range(n))

            def find(self, x):
                while self.p[x] != x:
                    self.p[x] = self.p[self.p[x]]
                    x = self.p[x]
                return x

            def union(self, a, b):
                self.p[self.find(a)] = self.find(b)


        n, m = map(int, input().split())
        d = DSU(n)
        for _ in range(m):
            u, v = map(int, input().split())
            d.union(u - 1, v - 1)
        print(sum(1 for i in range(n) if d.find(i) == i))
        """,
        "O(n)",
    ),
    (
        "building_both_classes_runs_both_inits",
        """
        class SparseTable:
            def __init__(self, a):
                n = len(a)
                self.st = [a[:]]
                j = 1
                while (1 << j) <= n:
                    prev = self.st[-1]
                    h = 1 << (j - 1)
                    self.st.append([min(prev[i], prev[i + h]) for i in range(n - 2 * h + 1)])
                    j += 1


        class DSU:
            def __init__(self, n):
                self.p = list(range(n))

            def find(self, x):
                while self.p[x] != x:
                    self.p[x] = self.p[self.p[x]]
                    x = self.p[x]
                return x

            def union(self, a, b):
                self.p[self.find(a)] = self.find(b)


        n, m = map(int, input().split())
        d = DSU(n)
        for _ in range(m):
            u, v = map(int, input().split())
            d.union(u - 1, v - 1)
        sp = SparseTable(d.p)
        print(len(sp.st))
        """,
        "O(n log n)",
    ),
    (
        "a_method_call_runs_the_method_of_the_class_its_receiver_was_built_from",
        """
        class Big:
            def __init__(self, a):
                self.a = sorted(a)

            def get(self):
                return sum(self.a)

        class Small:
            def __init__(self):
                self.x = 0

            def get(self):
                return self.x

        n = int(input())
        a = list(map(int, input().split()))
        out = 0
        for i in range(n):
            b = Small()
            out += b.get()
        print(out)
        """,
        "O(n)",
    ),
    (
        "a_method_call_on_the_second_class_with_the_name_scans_as_that_class_does",
        """
        class Small:
            def __init__(self):
                self.x = 0

            def get(self):
                return self.x

        class Big:
            def __init__(self, a):
                self.a = sorted(a)

            def get(self):
                return sum(self.a)

        n = int(input())
        a = list(map(int, input().split()))
        s = Small()
        b = Big(a)
        out = s.get()
        for i in range(n):
            out += b.get()
        print(out)
        """,
        "O(n^2)",
    ),
    (
        "a_counter_climbing_while_every_count_divides_a_read_number_is_log_n",
        """
        n = int(input())
        k = 2
        while n % k == 0:
            k += 1
        print(k)
        """,
        "O(log n)",
    ),
    (
        "a_counter_climbing_until_it_divides_a_read_number_stays_linear",
        """
        n = int(input())
        k = 2
        while n % k != 0:
            k += 1
        print(k)
        """,
        "O(n)",
    ),
    (
        "a_breadth_first_search_over_residues_of_a_written_modulus_is_constant",
        """
        from collections import deque
        n = int(input())
        m = 10
        dist = [-1] * m
        dist[n % m] = 0
        q = deque([n % m])
        while q:
            u = q.popleft()
            for v in ((u * 3) % m, (u + 7) % m):
                if dist[v] < 0:
                    dist[v] = dist[u] + 1
                    q.append(v)
        print(dist[0])
        """,
        "O(1)",
    ),
    (
        "a_search_pushing_a_residue_with_its_depth_past_a_seen_set_is_constant",
        """
        from collections import deque
        k = int(input())
        MOD = 11
        seen = set([k % MOD])
        dq = deque([(k % MOD, 0)])
        ans = -1
        while dq:
            r, d = dq.popleft()
            if r == 0:
                ans = d
                break
            for nr in ((r * 10) % MOD, (r * 10 + 1) % MOD):
                if nr not in seen:
                    seen.add(nr)
                    dq.append((nr, d + 1))
        print(ans)
        """,
        "O(1)",
    ),
    (
        "a_breadth_first_search_over_residues_of_a_read_modulus_visits_each_once",
        """
        from collections import deque
        n = int(input())
        dist = [-1] * n
        dist[0] = 0
        q = deque([0])
        while q:
            u = q.popleft()
            for v in ((u * 3) % n, (u + 7) % n):
                if dist[v] < 0:
                    dist[v] = dist[u] + 1
                    q.append(v)
        print(dist[n - 1])
        """,
        "O(n)",
    ),
    (
        "a_named_half_taken_in_one_branch_shrinks_with_the_list",
        """
        n = int(input())
        a = list(map(int, input().split()))
        while len(a) > 1:
            h = len(a) // 2
            left = a[:h]
            if sum(left) * 2 > sum(a):
                a = left
            else:
                a = a[h:]
        print(a[0])
        """,
        "O(n)",
    ),
    (
        "a_full_list_summed_each_pass_of_a_halving_loop_is_n_log_n",
        """
        n = int(input())
        a = list(map(int, input().split()))
        b = list(map(int, input().split()))
        tot = 0
        while len(a) > 1:
            h = len(a) // 2
            left = a[:h]
            if sum(left) * 2 > sum(b):
                a = left
            else:
                a = a[h:]
            tot += sum(b)
        print(tot)
        """,
        "O(n log n)",
    ),
    (
        "a_deque_popped_past_a_written_length_stays_short",
        """
        from collections import deque
        n = int(input())
        a = list(map(int, input().split()))
        dq = deque()
        best = 0
        for x in a:
            dq.append(x)
            if len(dq) > 3:
                dq.popleft()
            best = max(best, sum(dq))
        print(best)
        """,
        "O(n)",
    ),
    (
        "a_deque_popped_past_a_read_length_is_summed_in_full",
        """
        from collections import deque
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        dq = deque()
        best = -1
        for x in a:
            dq.append(x)
            if len(dq) > k:
                dq.popleft()
            if len(dq) == k:
                best = max(best, sum(dq))
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "quicksort_looping_on_one_side_of_a_random_split_is_n_log_n_expected",
        """
        from random import randrange
        def part(arr, l, r):
            idx = randrange(l, r + 1)
            arr[idx], arr[r] = arr[r], arr[idx]
            pivot = arr[r]
            s = l - 1
            for k in range(l, r):
                if arr[k] <= pivot:
                    s += 1
                    arr[s], arr[k] = arr[k], arr[s]
            arr[s + 1], arr[r] = arr[r], arr[s + 1]
            return s + 1
        def qsort(arr, l, r):
            while l < r:
                m = part(arr, l, r)
                if m - l < r - m:
                    qsort(arr, l, m - 1)
                    l = m + 1
                else:
                    qsort(arr, m + 1, r)
                    r = m - 1
        n = int(input())
        arr = list(map(int, input().split()))
        qsort(arr, 0, n - 1)
        print(*arr)
        """,
        "O(n log n)",
    ),
    (
        "quicksort_looping_on_one_side_of_a_last_item_split_stays_quadratic",
        """
        def part(arr, l, r):
            pivot = arr[r]
            s = l - 1
            for k in range(l, r):
                if arr[k] <= pivot:
                    s += 1
                    arr[s], arr[k] = arr[k], arr[s]
            arr[s + 1], arr[r] = arr[r], arr[s + 1]
            return s + 1
        def qsort(arr, l, r):
            while l < r:
                m = part(arr, l, r)
                if m - l < r - m:
                    qsort(arr, l, m - 1)
                    l = m + 1
                else:
                    qsort(arr, m + 1, r)
                    r = m - 1
        n = int(input())
        arr = list(map(int, input().split()))
        qsort(arr, 0, n - 1)
        print(*arr)
        """,
        "O(n^2)",
    ),
    (
        "a_recursive_call_per_step_of_a_loop_over_its_range_stays_exponential",
        """
        def go(i, n):
            while i < n:
                if i % 2:
                    go(i + 1, n)
                else:
                    go(i + 2, n)
                i = i + 1
        n = int(input())
        go(0, n)
        """,
        "O(2^n)",
    ),
    (
        "prefix_doubling_until_a_count_reset_each_pass_reaches_the_length_is_n_log_n",
        """
        s = input()
        n = len(s)
        c = [ord(ch) for ch in s]
        k = 1
        while True:
            pairs = [(c[i], c[i + k] if i + k < n else -1, i) for i in range(n)]
            pairs.sort()
            nc = [0] * n
            r = 0
            for j in range(n):
                if j and pairs[j][:2] != pairs[j - 1][:2]:
                    r += 1
                nc[pairs[j][2]] = r
            c = nc
            if r == n - 1:
                break
            k = k * 2
        print(*[p[2] for p in pairs])
        """,
        "O(n log n)",
    ),
    (
        "a_doubled_offset_beside_a_count_kept_across_passes_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        k = 1
        t = 0
        s = 0
        while True:
            s += a[(t + k) % n]
            k *= 2
            t = t + 1
            if t == n:
                break
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_class_built_on_three_numbers_read_tries_a_fixed_number_of_subsets",
        """
        class Solver:
            def __init__(self, a):
                self.a = a
                self.n = len(a)

            def brute(self):
                best = 0
                for m in range(1 << self.n):
                    s = 0
                    for i in range(self.n):
                        if m >> i & 1:
                            s ^= self.a[i]
                    best = max(best, s)
                return best


        for _ in range(int(input())):
            x, y, z = map(int, input().split())
            print(Solver([x, y, z]).brute())
        """,
        "O(1)",
    ),
    (
        "a_class_built_on_the_array_read_tries_every_subset",
        """
        class Solver:
            def __init__(self, a):
                self.a = a
                self.n = len(a)

            def brute(self):
                best = 0
                for m in range(1 << self.n):
                    s = 0
                    for i in range(self.n):
                        if m >> i & 1:
                            s ^= self.a[i]
                    best = max(best, s)
                return best


        n = int(input())
        a = list(map(int, input().split()))
        print(Solver(a).brute())
        """,
        "O(2^n)",
    ),
    (
        "a_sift_down_to_the_smaller_of_two_children_picked_inline_is_logarithmic",
        """
        def pop(h):
            top = h[0]
            last = h.pop()
            if h:
                h[0] = last
                i = 0
                n = len(h)
                while True:
                    l = 2 * i + 1
                    if l >= n:
                        break
                    r = l + 1
                    c = r if r < n and h[r] < h[l] else l
                    if h[i] <= h[c]:
                        break
                    h[i], h[c] = h[c], h[i]
                    i = c
            return top

        n = int(input())
        h = sorted(map(int, input().split()))
        print(*[pop(h) for _ in range(n)])
        """,
        "O(n log n)",
    ),
    (
        "a_walk_to_the_smaller_of_the_next_two_cells_picked_inline_is_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        i = 0
        s = 0
        while True:
            l = i + 1
            if l >= n:
                break
            r = l + 1
            c = r if r < n and a[r] < a[l] else l
            s += a[c]
            i = c
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_string_extended_in_place_up_to_a_written_length_is_constant",
        """
        def main():
            k = int(input())
            s = ''
            i = 1
            while len(s) < 10000:
                s += str(i)
                i += 1
            print(s[k - 1])
        main()
        """,
        "O(1)",
    ),
    (
        "a_string_extended_in_place_up_to_a_read_length_is_linear",
        """
        n = int(input())
        s = ''
        i = 1
        while len(s) < n:
            s += str(i)
            i += 1
        print(s[n - 1])
        """,
        "O(n)",
    ),
    (
        "a_pointer_lowered_to_the_outer_index_and_only_stepped_down_is_amortised",
        """
        n = int(input())
        a = list(map(int, input().split()))
        ptr = n - 1
        res = 0
        for i in range(n - 1, -1, -1):
            ptr = min(ptr, i)
            while ptr >= 0 and a[ptr] >= a[i]:
                ptr -= 1
            res += i - ptr
        print(res)
        """,
        "O(n)",
    ),
    (
        "a_pointer_lowered_under_an_if_and_only_stepped_down_is_amortised",
        """
        n = int(input())
        a = list(map(int, input().split()))
        ptr = n - 1
        res = 0
        for i in range(n - 1, -1, -1):
            if ptr > i:
                ptr = i
            while ptr >= 0 and a[ptr] >= a[i]:
                ptr -= 1
            res += i - ptr
        print(res)
        """,
        "O(n)",
    ),
    (
        "a_pointer_raised_back_to_the_outer_index_then_stepped_down_restarts",
        """
        n = int(input())
        a = list(map(int, input().split()))
        ptr = n - 1
        res = 0
        for i in range(n - 1, -1, -1):
            ptr = max(ptr, i)
            while ptr >= 0 and a[ptr] >= a[i]:
                ptr -= 1
            res += i - ptr
        print(res)
        """,
        "O(n^2)",
    ),
    (
        "a_local_name_for_a_dict_attribute_is_searched_by_hashing",
        """
        class Index:
            def __init__(self, a):
                self.pos = {}
                for i, x in enumerate(a):
                    self.pos[x] = i

            def find(self, x):
                m = self.pos
                return m[x] if x in m else -1

        n = int(input())
        a = list(map(int, input().split()))
        ix = Index(a)
        print(*[ix.find(x + 1) for x in a])
        """,
        "O(n)",
    ),
    (
        "a_local_name_for_a_list_attribute_is_searched_item_by_item",
        """
        class Index:
            def __init__(self, a):
                self.pos = []
                for x in a:
                    self.pos.append(x)

            def find(self, x):
                m = self.pos
                return 1 if x in m else -1

        n = int(input())
        a = list(map(int, input().split()))
        ix = Index(a)
        print(*[ix.find(x + 1) for x in a])
        """,
        "O(n^2)",
    ),
    (
        "a_stack_cut_by_a_written_count_at_its_end_keeps_all_but_a_few_and_is_copied_each_time",
        """
        n = int(input())
        a = list(map(int, input().split()))
        st = []
        for x in a:
            st.append(x)
            if len(st) >= 3 and st[-3] == st[-2] == st[-1]:
                st = st[:-3]
        print(len(st))
        """,
        "O(n^2)",
    ),
    (
        "a_list_grown_from_itself_then_cut_to_its_last_written_few_items_stays_small",
        """
        n = int(input())
        a = list(map(int, input().split()))
        best = [0]
        for x in a:
            best = best + [b + x for b in best]
            best = sorted(best)[-4:]
        print(best[-1])
        """,
        "O(n)",
    ),
    (
        "an_if_that_exits_on_a_large_n_holds_n_small_below_it",
        """
        import math
        n = int(input())
        if n > 20:
            print("big")
            exit()
        print(math.factorial(n))
        """,
        "O(1)",
    ),
    (
        "a_brute_force_below_an_early_return_for_large_n_is_constant",
        """
        def solve(n):
            if n >= 16:
                return n * (n - 1) // 2
            best = 0
            for mask in range(1 << n):
                best = max(best, bin(mask).count('1'))
            return best
        print(solve(int(input())))
        """,
        "O(1)",
    ),
    (
        "an_if_that_only_prints_on_a_large_n_bounds_nothing_below_it",
        """
        n = int(input())
        if n > 20:
            print("big")
        best = 0
        for mask in range(1 << n):
            best = max(best, bin(mask).count('1'))
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "an_if_that_exits_past_a_large_written_bound_leaves_n_a_size",
        """
        n = int(input())
        if n > 100000:
            exit()
        s = 0
        for i in range(n):
            s += i * i
        print(s)
        """,
        "O(n)",
    ),
    (
        "a_written_2x2_matrix_passed_through_mat_pow_keeps_its_size_in_the_product_helper",
        """
        import sys
        input = sys.stdin.readline
        MOD = 10 ** 9 + 7


        def mat_mult(A, B):
            n = len(A)
            C = [[0] * n for _ in range(n)]
            for i in range(n):
                for k in range(n):
                    for j in range(n):
                        C[i][j] = (C[i][j] + A[i][k] * B[k][j]) % MOD
            return C


        def mat_pow(M, p):
            n = len(M)
            R = [[int(i == j) for j in range(n)] for i in range(n)]
            while p:
                if p & 1:
                    R = mat_mult(R, M)
                M = mat_mult(M, M)
                p >>= 1
            return R


        def main():
            n = int(input())
            M = [[1, 1], [1, 0]]
            print(mat_pow(M, n)[0][1])


        main()
        """,
        "O(log n)",
    ),
    (
        "an_n_by_n_matrix_read_from_input_passed_through_mat_pow_stays_cubic_per_product",
        """
        import sys
        input = sys.stdin.readline
        MOD = 10 ** 9 + 7


        def mat_mult(A, B):
            n = len(A)
            C = [[0] * n for _ in range(n)]
            for i in range(n):
                for k in range(n):
                    for j in range(n):
                        C[i][j] = (C[i][j] + A[i][k] * B[k][j]) % MOD
            return C


        def mat_pow(M, p):
            n = len(M)
            R = [[int(i == j) for j in range(n)] for i in range(n)]
            while p:
                if p & 1:
                    R = mat_mult(R, M)
                M = mat_mult(M, M)
                p >>= 1
            return R


        def main():
            n, k = map(int, input().split())
            M = [list(map(int, input().split())) for _ in range(n)]
            print(mat_pow(M, k)[0][0])


        main()
        """,
        "O(n^3)",
    ),
    (
        "a_matrix_class_built_from_a_written_2x2_stays_2x2_through_its_products_so_squaring_is_log",
        """
        import sys
        input = sys.stdin.readline


        class Matrix:
            def __init__(self, rows):
                self.a = rows
                self.n = len(rows)

            def __mul__(self, other):
                n = self.n
                res = [[0] * n for _ in range(n)]
                for i in range(n):
                    for j in range(n):
                        s = 0
                        for k in range(n):
                            s += self.a[i][k] * other.a[k][j]
                        res[i][j] = s % 1000000007
                return Matrix(res)



        def main():
            k = int(input())
            M = Matrix([[1, 1], [1, 0]])
            R = Matrix([[1, 0], [0, 1]])
            while k:
                if k & 1:
                    R = R * M
                M = M * M
                k >>= 1
            print(R.a[0][1])


        main()
        """,
        "O(log n)",
    ),
    (
        "a_matrix_class_built_from_an_n_by_n_input_keeps_a_cubic_product",
        """
        import sys
        input = sys.stdin.readline


        class Matrix:
            def __init__(self, rows):
                self.a = rows
                self.n = len(rows)

            def __mul__(self, other):
                n = self.n
                res = [[0] * n for _ in range(n)]
                for i in range(n):
                    for j in range(n):
                        s = 0
                        for k in range(n):
                            s += self.a[i][k] * other.a[k][j]
                        res[i][j] = s % 1000000007
                return Matrix(res)



        def main():
            n, k = map(int, input().split())
            M = Matrix([list(map(int, input().split())) for _ in range(n)])
            R = M * M
            print(R.a[0][0])


        main()
        """,
        "O(n^3)",
    ),
    (
        "a_matrix_class_whose_method_builds_an_instance_of_a_size_read_keeps_it_a_size",
        """
        import sys
        input = sys.stdin.readline


        class Matrix:
            def __init__(self, rows):
                self.a = rows
                self.n = len(rows)

            def __mul__(self, other):
                n = self.n
                res = [[0] * n for _ in range(n)]
                for i in range(n):
                    for j in range(n):
                        s = 0
                        for k in range(n):
                            s += self.a[i][k] * other.a[k][j]
                        res[i][j] = s % 1000000007
                return Matrix(res)



            def grow(self, m):
                return Matrix([[0] * m for _ in range(m)])


        def main():
            n = int(input())
            M = Matrix([[1, 1], [1, 0]]).grow(n)
            print((M * M).a[0][0])


        main()
        """,
        "O(n^3)",
    ),
    (
        "quicksort_recursing_on_one_side_in_a_loop_of_a_random_split_is_n_log_n_expected",
        """
        import random
        def part(a, l, r):
            k = random.randint(l, r)
            a[k], a[r] = a[r], a[k]
            p = a[r]
            s = l
            for i in range(l, r):
                if a[i] < p:
                    a[s], a[i] = a[i], a[s]
                    s += 1
            a[s], a[r] = a[r], a[s]
            return s
        def qs(a, l, r):
            while l < r:
                m = part(a, l, r)
                qs(a, l, m - 1)
                l = m + 1
        n = int(input())
        a = list(map(int, input().split()))
        qs(a, 0, n - 1)
        print(*a)
        """,
        "O(n log n)",
    ),
    (
        "quicksort_recursing_on_one_side_in_a_loop_of_a_last_item_split_is_quadratic",
        """
        def part(a, l, r):
            p = a[r]
            s = l
            for i in range(l, r):
                if a[i] < p:
                    a[s], a[i] = a[i], a[s]
                    s += 1
            a[s], a[r] = a[r], a[s]
            return s
        def qs(a, l, r):
            while l < r:
                m = part(a, l, r)
                qs(a, m + 1, r)
                r = m - 1
        n = int(input())
        a = list(map(int, input().split()))
        qs(a, 0, n - 1)
        print(*a)
        """,
        "O(n^2)",
    ),
    (
        "a_lone_recursive_call_per_pass_of_a_loop_stepping_its_range_stays_exponential",
        """
        def go(l, r):
            while l < r:
                go(l + 1, r)
                l = l + 1
        n = int(input())
        go(0, n)
        """,
        "O(2^n)",
    ),
    (
        "a_powerset_helper_chaining_every_size_of_combinations_of_a_copied_list_is_exponential",
        """
        from itertools import chain, combinations
        n = int(input())
        a = list(map(int, input().split()))
        def powerset(it):
            s = list(it)
            return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
        print(sum(1 for c in powerset(a) if sum(c) == 0))
        """,
        "O(2^n)",
    ),
    (
        "a_pairs_helper_over_a_sorted_copy_of_its_list_stays_quadratic",
        """
        from itertools import combinations
        n = int(input())
        a = list(map(int, input().split()))
        def pairs(it):
            s = sorted(it)
            return combinations(s, 2)
        print(sum(1 for x, y in pairs(a) if x + y == 0))
        """,
        "O(n^2)",
    ),
    (
        "a_helper_of_single_items_of_a_copied_list_stays_linear",
        """
        from itertools import combinations
        n = int(input())
        a = list(map(int, input().split()))
        def singles(it):
            s = list(it)
            return combinations(s, 1)
        print(sum(1 for (x,) in singles(a) if x > 0))
        """,
        "O(n)",
    ),
    (
        "a_stack_pushing_every_arc_of_a_dag_without_marks_walks_every_path",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
        total = 0
        stack = [0]
        while stack:
            v = stack.pop()
            if v == n - 1:
                total += 1
            for u in g[v]:
                stack.append(u)
        print(total)
        """,
        "O(2^n)",
    ),
    (
        "a_stack_over_the_arcs_of_a_dag_that_marks_visited_vertices_stays_linear",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
        seen = [False] * n
        seen[0] = True
        stack = [0]
        cnt = 0
        while stack:
            v = stack.pop()
            cnt += 1
            for u in g[v]:
                if not seen[u]:
                    seen[u] = True
                    stack.append(u)
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "a_stack_over_the_arcs_that_skips_a_popped_vertex_already_seen_stays_linear",
        """
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
        seen = [False] * n
        stack = [0]
        cnt = 0
        while stack:
            v = stack.pop()
            if seen[v]:
                continue
            seen[v] = True
            cnt += 1
            for u in g[v]:
                stack.append(u)
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "a_queue_of_arcs_pushed_when_their_in_degree_runs_out_is_a_linear_topological_sort",
        """
        from collections import deque
        n, m = map(int, input().split())
        g = [[] for _ in range(n)]
        indeg = [0] * n
        for _ in range(m):
            a, b = map(int, input().split())
            g[a - 1].append(b - 1)
            indeg[b - 1] += 1
        q = deque(i for i in range(n) if indeg[i] == 0)
        order = []
        while q:
            v = q.popleft()
            order.append(v + 1)
            for u in g[v]:
                indeg[u] -= 1
                if indeg[u] == 0:
                    q.append(u)
        print(*order)
        """,
        "O(n)",
    ),
    (
        "a_stack_pushing_the_children_of_a_tree_read_for_n_minus_one_edges_stays_linear",
        """
        n = int(input())
        ch = [[] for _ in range(n)]
        for _ in range(n - 1):
            p, c = map(int, input().split())
            ch[p - 1].append(c - 1)
        stack = [0]
        cnt = 0
        while stack:
            v = stack.pop()
            cnt += 1
            for u in ch[v]:
                stack.append(u)
        print(cnt)
        """,
        "O(n)",
    ),
    (
        "a_bfs_over_the_complement_graph_taking_each_vertex_out_of_an_unvisited_set_is_linear",
        """
        n, m = map(int, input().split())
        adj = [set() for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            adj[a - 1].add(b - 1)
            adj[b - 1].add(a - 1)
        rest = set(range(n))
        comps = 0
        while rest:
            s = rest.pop()
            q = [s]
            while q:
                u = q.pop()
                nxt = [v for v in rest if v not in adj[u]]
                for v in nxt:
                    rest.discard(v)
                    q.append(v)
            comps += 1
        print(comps)
        """,
        "O(n)",
    ),
    (
        "a_bfs_over_an_unvisited_set_that_skips_more_than_the_neighbours_is_quadratic",
        """
        n, m = map(int, input().split())
        adj = [set() for _ in range(n)]
        for _ in range(m):
            a, b = map(int, input().split())
            adj[a - 1].add(b - 1)
            adj[b - 1].add(a - 1)
        rest = set(range(n))
        comps = 0
        while rest:
            s = rest.pop()
            q = [s]
            while q:
                u = q.pop()
                nxt = [v for v in rest if v % 2 == u % 2]
                for v in nxt:
                    rest.discard(v)
                    q.append(v)
            comps += 1
        print(comps)
        """,
        "O(n^2)",
    ),
]


@pytest.mark.parametrize(("name", "code", "expected"), CASES, ids=[c[0] for c in CASES])
def test_static_time_class(name: str, code: str, expected: str) -> None:
    report = StaticAnalyzer().analyze(textwrap.dedent(code))
    assert report.time.label() == expected, (name, report.reasons)
