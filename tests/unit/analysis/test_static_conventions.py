"""Competitive-programming conventions of the static analyser, each beside its counter-case.

Programs written for these tests, in the style of Codeforces solutions; every rule is paired
with a nearby program it must not change, so a rule that fires too widely fails here.
"""

from __future__ import annotations

import textwrap

import pytest

from actors.analysis.offline.static import StaticAnalyzer

CASES: list[tuple[str, str, str]] = [
    (
        "a_function_shown_with_a_sample_call_keeps_its_parameter_size",
        """
        def bubble(xs):
            n = len(xs)
            for i in range(n):
                for j in range(n - 1 - i):
                    if xs[j] > xs[j + 1]:
                        xs[j], xs[j + 1] = xs[j + 1], xs[j]
            return xs


        print(bubble([3, 1, 2]))
        """,
        "O(n^2)",
    ),
    (
        "literal_list_of_read_values_is_fixed",
        """
        k1, k2, k3 = map(int, input().split())
        a = [k1, k2, k3]
        a = sorted(a)
        print("YES" if a[0] == 1 or a.count(2) >= 2 else "NO")
        """,
        "O(1)",
    ),
    (
        "list_read_after_its_count_is_not_fixed",
        """
        n = int(input())
        a = sorted(map(int, input().split()))
        print(a.count(2))
        """,
        "O(n log n)",
    ),
    (
        "single_line_of_numbers_is_a_record",
        """
        a = list(map(int, input().split()))
        if a.count(1) >= 1 or a.count(2) >= 2:
            print("YES")
        """,
        "O(1)",
    ),
    (
        "single_line_sorted_through_a_helper",
        """
        import sys
        def inpl(): return list(map(int, sys.stdin.readline().split()))
        k = inpl(); k.sort()
        print(k == [2, 4, 4])
        """,
        "O(1)",
    ),
    (
        "two_lines_are_not_a_record",
        """
        a = list(map(int, input().split()))
        b = list(map(int, input().split()))
        print(sum(x * y for x, y in zip(a, b)))
        """,
        "O(n)",
    ),
    (
        "unpacked_list_is_fixed",
        """
        n = int(input())
        A = list(map(int, input().split()))
        A.sort()
        x, y, z = A
        print(x + y + z + n)
        """,
        "O(1)",
    ),
    (
        "comprehension_over_constant_range_is_fixed",
        """
        n = int(input())
        s = input()
        letters = [chr(i + 97) for i in range(26)]
        for a in letters:
            for b in letters:
                for c in letters:
                    if a + b + c in s:
                        print(a, b, c)
        """,
        "O(n)",
    ),
    (
        "list_grown_in_a_bounded_loop_is_fixed",
        """
        n = int(input())
        fib = [0, 1]
        for i in range(45):
            fib.append(fib[-1] + fib[-2])
        for i in range(len(fib) - 1, -1, -1):
            if fib[i] <= n:
                n -= fib[i]
        print(n)
        """,
        "O(1)",
    ),
    (
        "list_grown_in_an_input_loop_is_not_fixed",
        """
        n = int(input())
        seen = [0, 1]
        for i in range(n):
            seen.append(int(input()))
        for i in range(len(seen)):
            print(seen[i])
        """,
        "O(n)",
    ),
    (
        "constant_ends_bound_a_range_whatever_the_step",
        """
        k = int(input())
        dp = [0] * 10
        for i in range(0, 10, k):
            dp[i] = 1
        print(dp)
        """,
        "O(1)",
    ),
    (
        "powers_of_two_table_is_logarithmic",
        """
        n = int(input())
        a = list(map(int, input().split()))
        present = set(a)
        powers = [2 ** i for i in range(31)]
        best = 0
        for x in a:
            for p in powers:
                if x + p in present:
                    best += 1
        print(best)
        """,
        "O(n log n)",
    ),
    (
        "loop_variable_of_a_constant_loop_is_constant_where_it_is_bound",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(1, n):
            for j in range(1, 6):
                for k in range(1, j):
                    a[i] += k
        for j in range(n):
            a[j] += 1
        print(a)
        """,
        "O(n)",
    ),
    (
        "counting_up_to_a_constant_is_bounded",
        """
        n = int(input())
        a = list(map(int, input().split()))
        for i in range(n):
            for j in range(a[i] + 1, 6):
                print(j)
        """,
        "O(n)",
    ),
    (
        "counting_down_to_a_constant_is_not",
        """
        n = int(input())
        for i in range(n):
            for j in range(i, -1, -1):
                print(j)
        """,
        "O(n^2)",
    ),
    (
        "two_pointers_share_the_counter_the_inner_loop_steps",
        """
        n = int(input())
        s = input()
        i = j = total = 0
        while j < len(s):
            count = 0
            while j < len(s) and s[i] == 'x' and s[j] == 'x':
                count += 1
                j += 1
            if count:
                i = j
            else:
                i += 1
                j += 1
            total += max(0, count - 2)
        print(total)
        """,
        "O(n)",
    ),
    (
        "inner_counter_restarted_each_pass_is_quadratic",
        """
        n = int(input())
        s = input()
        best = 0
        i = 0
        while i < len(s):
            j = i
            while j < len(s) and s[j] == s[i]:
                j += 1
            best = max(best, j - i)
            i += 1
        print(best)
        """,
        "O(n^2)",
    ),
    (
        "walk_marking_what_the_outer_loop_skips",
        """
        n = int(input())
        a = list(map(int, input().split()))
        u = [0] * n
        cycles = 0
        for i in range(n):
            if u[i] != 0:
                continue
            u[i] = 2
            idx = a[i] - 1
            while idx != i:
                u[idx] = 2
                idx = a[idx] - 1
            cycles += 1
        print(cycles)
        """,
        "O(n)",
    ),
    (
        "window_of_one_vertex_degree_in_a_traversal",
        """
        from collections import deque
        n = int(input())
        graph = [set() for _ in range(n + 1)]
        for _ in range(n - 1):
            x, y = map(int, input().split())
            graph[x].add(y)
            graph[y].add(x)
        a = list(map(int, input().split()))
        q = deque([1])
        i = 1
        while q:
            v = q.popleft()
            l = len(graph[v])
            for j in range(i, i + l):
                q.append(a[j])
            i += l
        print(i)
        """,
        "O(n)",
    ),
    (
        "digits_of_an_integer_read_from_input_cut_and_joined_are_a_few_steps",
        """
        n = int(input())
        a = str(n)
        m = len(a)
        print(max(n, int(a[0:m - 1]), int(a[0:m - 2] + a[-1])))
        """,
        "O(1)",
    ),
    (
        # Walking them one by one is log n steps, as a labeller counts a digit loop.
        "binary_digits_of_an_integer_read_from_input_walked_one_by_one_are_logarithmic",
        """
        n = int(input())
        b = bin(n)[2:]
        ones = 0
        for ch in b:
            if ch == '1':
                ones += 1
        print(ones, b[::-1].find('1'))
        """,
        "O(log n)",
    ),
    (
        "the_digits_of_a_read_integer_sorted_are_logarithmic",
        """
        n = int(input())
        d = sorted(str(n))
        print(''.join(reversed(d)))
        """,
        "O(log n)",
    ),
    (
        "a_read_line_of_text_sorted_is_its_length_sorted",
        """
        s = input()
        d = sorted(s)
        print(''.join(d))
        """,
        "O(n log n)",
    ),
    (
        "binary_digits_of_a_parameter_are_logarithmic",
        """
        def ones(number):
            b = bin(number)[2:]
            return sum(1 for ch in b if ch == '1')
        """,
        "O(log n)",
    ),
    (
        "digits_of_a_parameter_are_logarithmic",
        """
        def drop_last(number):
            s = str(number)
            return int(s[:-1] or 0)
        """,
        "O(log n)",
    ),
    (
        "range_resuming_where_the_last_pass_stopped_is_amortised",
        """
        n, m = map(int, input().split())
        s = list(map(int, input().split()))
        count = [0] * (2 * n + 3)
        f = [0] * (n + 1)
        last = res = 0
        for i in range(1, n + 1):
            if s[i - 1] == m:
                for j in range(last, i):
                    count[f[j]] += 1
                last = i
            f[i] = f[i - 1] + (1 if s[i - 1] < m else -1)
            res += count[f[i]]
        print(res)
        """,
        "O(n)",
    ),
    (
        "range_from_a_start_moved_elsewhere_is_not",
        """
        n = int(input())
        s = list(map(int, input().split()))
        last = 0
        total = 0
        for i in range(1, n + 1):
            for j in range(last, i):
                total += s[j]
            last = i // 2
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "list_of_powers_of_two_bounds_a_mask_loop",
        """
        n = int(input())
        a = list(map(int, input().split()))
        po = [1]
        while len(po) != n:
            po.append(po[-1] * 2)
        best = 0
        for mask in range(po[-1] * 2):
            total = 0
            for j in range(n):
                if mask & po[j]:
                    total += a[j]
            best = max(best, total)
        print(best)
        """,
        "O(2^n)",
    ),
    (
        "memoised_recursion_over_a_mask_parameter",
        """
        def solve(chains, mask, memo):
            if mask == 0:
                return 0
            if mask in memo:
                return memo[mask]
            best = None
            for key in chains:
                if key | mask == mask:
                    best = solve(chains, ~key & mask, memo)
            memo[mask] = best
            return best
        """,
        "O(2^n)",
    ),
    (
        "parsing_each_record_line_is_constant",
        """
        n = int(input())
        seen = {}
        for i in range(n):
            s = input()
            s = s.split('/')
            c = int(s[1])
            a, b = s[0].strip('(').strip(')').split('+')
            seen[i] = (int(a) + int(b)) / c
        print(seen)
        """,
        "O(n)",
    ),
    (
        "the_line_of_a_test_case_is_the_whole_input",
        """
        t = int(input())
        for _ in range(t):
            s = input()
            print(s.count('a'))
        """,
        "O(n)",
    ),
    (
        "lists_filled_from_both_ends_of_each_edge_are_adjacency",
        """
        n = int(input())
        d = {}
        for i in range(n - 1):
            u, v = map(int, input().split())
            d.setdefault(u, []).append(v)
            d.setdefault(v, []).append(u)
        visited = [0] * (n + 1)
        order = []
        for c in d[1]:
            stack = [c]
            while stack:
                x = stack.pop()
                visited[x] = 1
                order.append(x)
                for y in d[x]:
                    if not visited[y]:
                        stack.append(y)
        print(order)
        """,
        "O(n)",
    ),
    (
        "buckets_filled_one_way_are_not_adjacency",
        """
        n = int(input())
        a = list(map(int, input().split()))
        d = {}
        for i in range(n):
            d.setdefault(a[i], []).append(i)
        total = 0
        for i in range(n):
            for j in d[a[i]]:
                total += j
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "membership_in_one_vertex_neighbours_is_amortised",
        """
        n = int(input())
        d = {}
        for i in range(n - 1):
            a, b = map(int, input().split())
            d.setdefault(a, []).append(b)
            d.setdefault(b, []).append(a)
        order = list(map(int, input().split()))
        i, j = 1, 0
        while j < n and i < n:
            if order[j] in d[order[i]]:
                i += 1
            else:
                j += 1
        print("Yes" if i == n else "No")
        """,
        "O(n)",
    ),
    (
        "function_called_only_with_fixed_lists",
        """
        def spread(pts):
            lo = hi = None
            for p in pts:
                lo = p if lo is None else min(lo, p)
                hi = p if hi is None else max(hi, p)
            return hi - lo
        x1, y1, x2, y2 = map(int, input().split())
        a = [x1, x2]
        b = [y1, y2]
        print(spread(a) * spread(b))
        """,
        "O(1)",
    ),
    (
        "function_also_called_with_a_read_list",
        """
        def spread(pts):
            return max(pts) - min(pts)
        n = int(input())
        x1, x2 = map(int, input().split())
        a = [x1, x2]
        b = list(map(int, input().split()))
        print(spread(a) * spread(b))
        """,
        "O(n)",
    ),
    (
        "answers_collected_per_test_case_are_per_case",
        """
        t = int(input())
        ans = []
        for _ in range(t):
            a, b = map(int, input().split())
            ans.append(a + b)
        print("\\n".join(map(str, sorted(ans))))
        """,
        "O(1)",
    ),
    (
        "distinct_characters_of_a_string_are_its_alphabet",
        """
        n = int(input())
        s = input()
        best = [0] * n
        letters = set(s)
        for ch in letters:
            last = -1
            for i, v in enumerate(s):
                if v == ch:
                    last = i
                best[i] = max(best[i], i - last)
        print(min(best))
        """,
        "O(n)",
    ),
    (
        "a_line_parsed_whole_as_an_integer_is_a_number_of_few_digits",
        """
        w = input().strip()
        value = int(w)
        best = value
        for cut in range(len(w)):
            best = max(best, int(w[:cut] + w[cut + 1 :] or "0"))
        print(best, *map(int, (w, w[::-1])))
        """,
        "O(1)",
    ),
    (
        "a_line_parsed_with_a_base_stays_a_long_string",
        """
        bits = input().strip()
        ones = 0
        for i in range(len(bits)):
            ones += bits[i] == "1"
        print(ones, int(bits, 2) % 7)
        """,
        "O(n)",
    ),
    (
        "a_line_only_split_into_words_keeps_its_length",
        """
        text = input()
        vowels = 0
        for ch in text:
            vowels += ch in "aeiou"
        print(vowels, int(text.split()[0]))
        """,
        "O(n)",
    ),
    (
        "a_list_grown_one_item_per_step_of_a_fixed_walk_stays_fixed",
        """
        limit = int(input())
        tri = [1]
        for k in range(2, 60):
            if tri[-1] + k > limit:
                break
            tri.append(tri[-1] + k)
        picked = []
        for i in range(len(tri) - 1, -1, -1):
            if sum(picked) + tri[i] <= limit and len(picked) < 4:
                picked.append(tri[i])
        print(*picked)
        """,
        "O(1)",
    ),
    (
        "a_list_grown_in_a_walk_over_the_input_keeps_its_size",
        """
        n = int(input())
        tri = [1]
        for k in range(2, 60):
            tri.append(tri[-1] + k)
        picked = []
        for v in map(int, input().split()):
            if v in tri:
                picked.append(v)
        total = 0
        for i in range(len(picked)):
            total += sum(picked[: i + 1])
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "a_dict_stored_only_at_literal_keys_holds_those_keys",
        """
        seen = {}
        n = int(input())
        for _ in range(n):
            c = input()
            if c == "red":
                seen["red"] = 1
            elif c == "blue":
                seen["blue"] = 1
            print(sum(seen.values()), sorted(seen))
        """,
        "O(n)",
    ),
    (
        "the_words_of_one_line_walked_letter_by_letter_cost_the_line",
        """
        n = int(input())
        caps = 0
        for word in input().split():
            for i in range(len(word)):
                caps += word[i].isupper()
        print(caps)
        """,
        "O(n)",
    ),
    (
        "the_rows_of_a_grid_walked_cell_by_cell_cost_the_grid",
        """
        n = int(input())
        rows = [input() for _ in range(n)]
        stars = 0
        for row in rows:
            for ch in row:
                stars += ch == "*"
        print(stars)
        """,
        "O(n^2)",
    ),
    (
        "buckets_of_a_dict_of_lists_walked_one_after_another_cost_their_total",
        """
        n = int(input())
        where = {}
        for i, x in enumerate(map(int, input().split())):
            where.setdefault(x, []).append(i)
        gap = 0
        for x in where:
            spots = where[x]
            for k in range(1, len(spots)):
                gap = max(gap, spots[k] - spots[k - 1])
        print(gap)
        """,
        "O(n)",
    ),
    (
        "pairs_within_each_bucket_stay_quadratic",
        """
        n = int(input())
        groups = {}
        for i, x in enumerate(map(int, input().split())):
            groups.setdefault(x % 10, []).append(i)
        far = 0
        for members in groups.values():
            for a in members:
                for b in members:
                    far = max(far, b - a)
        print(far)
        """,
        "O(n^2)",
    ),
    (
        "a_list_spelled_out_item_by_item_is_counted_in_constant_time",
        """
        n = int(input())
        a = list(map(int, input().split()))
        quiet = 0
        for i in range(1, n - 1):
            if [a[i - 1], a[i], a[i + 1]].count(0) >= 2:
                quiet += sum((a[i - 1], a[i + 1]))
        print(quiet)
        """,
        "O(n)",
    ),
    (
        "counting_in_a_list_read_from_the_input_stays_linear",
        """
        n = int(input())
        a = list(map(int, input().split()))
        print(max(a.count(v) for v in (1, 2, 3)), [a[0], a[-1]].count(1))
        """,
        "O(n)",
    ),
    (
        "removing_from_a_set_in_a_sliding_window_is_a_hash_lookup",
        """
        n, k = map(int, input().split())
        a = list(map(int, input().split()))
        window = set()
        left = 0
        longest = 0
        for right in range(n):
            while a[right] in window or len(window) >= k:
                window.remove(a[left])
                left += 1
            window.add(a[right])
            longest = max(longest, right - left + 1)
        print(longest)
        """,
        "O(n)",
    ),
    (
        "removing_from_a_list_in_a_loop_stays_a_scan",
        """
        n = int(input())
        a = list(map(int, input().split()))
        pool = list(a)
        for x in a:
            if x % 2:
                pool.remove(x)
        print(len(pool))
        """,
        "O(n^2)",
    ),
    (
        "a_pointer_that_only_catches_up_with_the_outer_index_is_amortised",
        """
        n = int(input())
        h = list(map(int, input().split()))
        far = 0
        total = 0
        for i in range(n):
            if far < i:
                far = i
            while far + 1 < n and h[far + 1] <= h[far]:
                far += 1
            total += far - i
        print(total)
        """,
        "O(n)",
    ),
    (
        "a_pointer_reset_to_the_outer_index_every_pass_is_not",
        """
        n = int(input())
        h = list(map(int, input().split()))
        total = 0
        for i in range(n):
            far = i
            while far + 1 < n and h[far + 1] <= h[far]:
                far += 1
            total += far - i
        print(total)
        """,
        "O(n^2)",
    ),
    (
        "a_helper_that_resumes_a_pointer_fed_back_by_the_loop_is_amortised",
        """
        def advance(at, xs, bound):
            while at < len(xs) and xs[at] <= bound:
                at += 1
            return at


        n, m = map(int, input().split())
        a = list(map(int, input().split()))
        b = list(map(int, input().split()))
        cur = 0
        counts = []
        for x in a:
            nxt = advance(cur, b, x)
            counts.append(nxt - cur)
            cur = nxt
        print(*counts)
        """,
        "O(n)",
    ),
    (
        "a_helper_restarted_from_zero_every_pass_is_not",
        """
        def advance(at, xs, bound):
            while at < len(xs) and xs[at] <= bound:
                at += 1
            return at


        n, m = map(int, input().split())
        a = list(map(int, input().split()))
        b = list(map(int, input().split()))
        counts = []
        for x in a:
            counts.append(advance(0, b, x))
        print(*counts)
        """,
        "O(n^2)",
    ),
    (
        "records_filed_under_keys_are_the_problem_data_not_queries",
        """
        n = int(input())
        price = {}
        for _ in range(n):
            item, cost = map(int, input().split())
            price[item] = max(cost, price.get(item, 0))
        print(price.get(1, 0))
        """,
        "O(n)",
    ),
    (
        "queries_answered_one_by_one_cost_one_query",
        """
        n = int(input())
        q = int(input())
        for _ in range(q):
            a, b = map(int, input().split())
            print((a + b) % n)
        """,
        "O(1)",
    ),
]


@pytest.mark.parametrize(("name", "code", "expected"), CASES, ids=[c[0] for c in CASES])
def test_convention(name: str, code: str, expected: str) -> None:
    report = StaticAnalyzer().analyze(textwrap.dedent(code))
    assert report.error == ""
    assert report.time.label() == expected, (name, report.reasons)


def test_a_parity_bit_is_not_a_subset_mask() -> None:
    # A bit operation on a parameter that is not named as a mask (a 0/1 flag) keeps the
    # memoised recursion polynomial: it is the mask's name that says it holds a subset.
    code = """
def solve(a, i, flag, memo):
    if i == len(a):
        return 0
    if (i, flag) in memo:
        return memo[(i, flag)]
    memo[(i, flag)] = max(solve(a, i + 1, flag ^ 1, memo), a[i])
    return memo[(i, flag)]
"""
    assert StaticAnalyzer().analyze(code).time.label() != "O(2^n)"
