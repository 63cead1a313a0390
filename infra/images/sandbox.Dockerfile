# syntax=docker/dockerfile:1.7
# The sandbox image: a Python interpreter, its standard library, the shared libraries they
# need, and the agent. No shell, no package manager, no other binaries, no site-packages
# (../shared/SECURITY.md: "GV with a minimal root filesystem"). Mirrors what sandbox/rootfs.py builds for
# the local runsc backend.
# Build context: the repository root, e.g.
#   docker build -f infra/images/sandbox.Dockerfile -t coderemote-sandbox .
# Not built on the machines this repository was written on (no Docker engine there): the tests
# only parse it. See docs/deploy.md.

FROM python:3.11.11-slim-bookworm AS rootfs
SHELL ["/bin/bash", "-o", "pipefail", "-c"]
COPY sandbox/agent.py /rootfs/opt/agent/agent.py
RUN set -eux; \
    R=/rootfs; PY=/usr/local/bin/python3.11; STD=/usr/local/lib/python3.11; \
    mkdir -p "$R/usr/bin" "$R/usr/lib" "$R/tmp" "$R/etc"; \
    # /usr/bin/python3 finds its standard library at /usr/lib/python3.11 (prefix /usr).
    cp -L "$PY" "$R/usr/bin/python3"; \
    cp -a "$STD" "$R/usr/lib/python3.11"; \
    cd "$R/usr/lib/python3.11"; \
    rm -rf site-packages test idlelib tkinter turtledemo ensurepip lib2to3 venv distutils \
        pydoc_data config-3.11-*; \
    rm -f lib-dynload/_test* lib-dynload/_ctypes_test* lib-dynload/_tkinter* \
        lib-dynload/_curses* lib-dynload/readline* lib-dynload/xxlimited*; \
    # Every shared library the interpreter and its extension modules load, nothing more.
    for f in "$PY" lib-dynload/*.so; do ldd "$f"; done \
        | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\// {print $1}' | sort -u > /tmp/libs; \
    while read -r lib; do \
        case "$lib" in \
            */ld-linux*) mkdir -p "$R$(dirname "$lib")"; cp -L "$lib" "$R$lib" ;; \
            *) cp -L "$lib" "$R/usr/lib/" ;; \
        esac; \
    done < /tmp/libs; \
    echo 'nobody:x:65534:65534:nobody:/nonexistent:/nonexistent' > "$R/etc/passwd"; \
    echo 'nogroup:x:65534:' > "$R/etc/group"; \
    chmod 1777 "$R/tmp"; \
    # Fail the build if the tree cannot run Python on its own (the agent and the rlimit
    # prelude of the pod's command import these).
    chroot "$R" /usr/bin/python3 -I -S -c 'import json, resource, threading, decimal, re'

FROM scratch AS runtime
COPY --from=rootfs /rootfs/ /
ENV PATH=/usr/bin LANG=C.UTF-8
# "nobody": owns nothing in the image; the pod template runs as the same uid.
USER 65534:65534
WORKDIR /tmp
# The Kubernetes backend replaces the command with the agent's (`python3 -I -S -c <rlimit
# prelude + agent source>`, sandbox/backends/k8s_pod_template.py); this default runs the
# agent the way the local runsc backend does.
ENTRYPOINT ["/usr/bin/python3", "-I", "-S", "/opt/agent/agent.py"]
