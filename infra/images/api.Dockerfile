# syntax=docker/dockerfile:1.7
# The API image, also used by the Ray head and workers (the actors live in the same package).
# Build context: the repository root, e.g.
#   docker build -f infra/images/api.Dockerfile -t coderemote-api .
# BuildKit reads the ignore file next to this Dockerfile (api.Dockerfile.dockerignore), so the
# repository root needs no .dockerignore of its own.
# Not built on the machines this repository was written on (no Docker engine there): the tests
# only parse it. See docs/deploy.md.

# --- web app: the Vite build served by the API at / ---------------------------------------
FROM node:20.20.2-bookworm-slim AS web
WORKDIR /src/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY web/ ./
RUN npm run build

# --- Python dependencies and the project, from uv.lock exactly -----------------------------
FROM python:3.11.11-slim-bookworm AS build
COPY --from=ghcr.io/astral-sh/uv:0.13.9 /uv /usr/local/bin/uv
ENV UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv
WORKDIR /app
COPY pyproject.toml uv.lock README.md ./
# Dependencies first (cached until uv.lock changes); runtime dependencies only: the dev and
# deploy groups (pytest, pulumi, ...) stay out of the image.
RUN uv sync --frozen --no-default-groups --no-install-project
COPY realtime/ realtime/
COPY actors/ actors/
COPY sandbox/ sandbox/
RUN uv sync --frozen --no-default-groups --no-editable

# --- tests: the same environment plus dev tools, for docker-compose.test.yml ---------------
FROM build AS test
ARG KUBECTL_VERSION=v1.33.4
RUN apt-get update \
    && apt-get install -y --no-install-recommends redis-server curl ca-certificates \
    && rm -rf /var/lib/apt/lists/*
# The manifest tests render overlays with `kubectl kustomize`; checked against its SHA-256.
RUN curl -fsSLo /usr/local/bin/kubectl "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl" \
    && echo "$(curl -fsSL "https://dl.k8s.io/release/${KUBECTL_VERSION}/bin/linux/amd64/kubectl.sha256")  /usr/local/bin/kubectl" \
        | sha256sum --check \
    && chmod 0755 /usr/local/bin/kubectl
RUN uv sync --frozen --no-editable
COPY tests/ tests/
COPY infra/ infra/
COPY k8s/ k8s/
# docker-compose.test.yml runs this stage as 10001 with no capabilities: the folders the
# tests write to belong to that user.
RUN install -d -o 10001 -g 10001 /app/.pytest_cache /app/.hypothesis
ENV HOME=/tmp
CMD ["/app/.venv/bin/pytest", "-m", "not gvisor and not browser and not node", "tests/unit", "tests/integration"]

# --- runtime base: everything the shipped image holds, before the user is fixed ------------
FROM python:3.11.11-slim-bookworm AS runtime-base
# A fixed uid/gid that matches runAsUser in k8s/base (Pod Security "restricted").
RUN groupadd --gid 10001 app \
    && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /tmp --shell /usr/sbin/nologin app
COPY --from=build /app/.venv /app/.venv
COPY --from=web /src/web/dist /app/web/dist
ENV PATH=/app/.venv/bin:$PATH \
    PYTHONUNBUFFERED=1 \
    CODEREMOTE_WEB_DIST=/app/web/dist \
    CODEREMOTE_HOST=0.0.0.0 \
    CODEREMOTE_PORT=8000 \
    HOME=/tmp
WORKDIR /app

# --- dev: the Tilt loop only (Tiltfile, target="dev"); never pushed --------------------------
# Live update copies changed sources over the installed packages and writes Tilt's restart
# marker, both as the app user: those packages and the marker's directory belong to it here.
# The marker lives outside /tmp, which the pod mounts an emptyDir over.
FROM runtime-base AS dev
RUN chown -R 10001:10001 \
        /app/.venv/lib/python3.11/site-packages/realtime \
        /app/.venv/lib/python3.11/site-packages/actors \
        /app/.venv/lib/python3.11/site-packages/sandbox \
    && install -d -o 10001 -g 10001 /app/.tilt
USER 10001:10001
EXPOSE 8000
ENTRYPOINT ["coderemote"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]

# --- runtime: the image every environment runs (last, so a plain build produces it) -------
FROM runtime-base AS runtime
USER 10001:10001
EXPOSE 8000
ENTRYPOINT ["coderemote"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
