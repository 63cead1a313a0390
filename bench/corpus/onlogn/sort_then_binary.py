from bisect import bisect_left


class Ranker:
    def __init__(self, scores):
        self.sorted_scores = sorted(scores)

    def rank(self, score):
        return len(self.sorted_scores) - bisect_left(self.sorted_scores, score)


def rank_all(scores):
    r = Ranker(scores)
    return [r.rank(s) for s in scores]
