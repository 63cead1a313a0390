def process(jobs):
    queue = list(jobs)
    done = []
    while queue:
        job = queue.pop(0)
        done.append(job * 2)
    return done
