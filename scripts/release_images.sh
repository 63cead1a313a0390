#!/usr/bin/env bash
# Puts this commit's images in the environment's ECR repositories and prints their digests.
#
#   scripts/release_images.sh STACK TAG OUTPUTS_JSON
#
# dev builds each image once. staging and prod never build: they copy the image the previous
# environment ran (dev -> staging -> prod), by digest, and fail unless the copy has the same
# digest, so prod runs the bytes that were tested in dev and staging.
# ECR tags are immutable: a tag that already exists is never pushed again (a re-run of the
# workflow reuses it), and its digest is what gets deployed.
# Prints `api=<repo>@sha256:...` and `sandbox=<repo>@sha256:...`, for $GITHUB_OUTPUT.
# Needs: aws (credentials for the account), docker with buildx, jq. Same account and region
# for every environment (the deploy role of an environment may pull the previous one's repos).
set -euo pipefail
cd "$(dirname "$0")/.."

stack=${1:?stack (dev, staging or prod)}
tag=${2:?image tag (the commit SHA)}
outputs=${3:?pulumi stack output --json file}

case "$stack" in
  dev) source_stack="" ;;
  staging) source_stack=dev ;;
  prod) source_stack=staging ;;
  *) echo "release_images: unknown stack $stack" >&2; exit 2 ;;
esac

# The digest of repository:tag, or nothing when the tag does not exist.
digest_of() {
  aws ecr describe-images --repository-name "$1" --image-ids "imageTag=$2" \
    --query 'imageDetails[0].imageDigest' --output text 2>/dev/null || true
}

api_url=$(jq -er .ecrRepositoryUrl "$outputs")
registry=${api_url%%/*}
aws ecr get-login-password | docker login --username AWS --password-stdin "$registry" >&2

for image in api sandbox; do
  if [ "$image" = api ]; then
    url=$api_url
    build=(--target runtime -f infra/images/api.Dockerfile)
  else
    url=$(jq -er .ecrSandboxRepositoryUrl "$outputs")
    build=(-f infra/images/sandbox.Dockerfile)
  fi
  repo=${url#*/}
  digest=$(digest_of "$repo" "$tag")
  if [ -n "$source_stack" ]; then
    source_repo="${source_stack}-${repo#"${stack}"-}"
    source_digest=$(digest_of "$source_repo" "$tag")
    if [ -z "$source_digest" ] || [ "$source_digest" = None ]; then
      echo "release_images: $source_repo:$tag does not exist: release this commit to $source_stack first" >&2
      exit 1
    fi
    if [ -z "$digest" ] || [ "$digest" = None ]; then
      echo "release_images: promoting $source_repo@$source_digest to $repo:$tag" >&2
      docker buildx imagetools create --tag "$url:$tag" "$registry/$source_repo@$source_digest" >&2
      digest=$(digest_of "$repo" "$tag")
    fi
    if [ "$digest" != "$source_digest" ]; then
      echo "release_images: $repo:$tag is $digest, not $source_stack's $source_digest" >&2
      exit 1
    fi
  elif [ -z "$digest" ] || [ "$digest" = None ]; then
    echo "release_images: building $repo:$tag" >&2
    docker buildx build "${build[@]}" -t "$url:$tag" --push . >&2
    digest=$(digest_of "$repo" "$tag")
  else
    echo "release_images: $repo:$tag exists ($digest); not pushed again" >&2
  fi
  case "$digest" in
    sha256:*) echo "$image=$url@$digest" ;;
    *) echo "release_images: no digest for $repo:$tag" >&2; exit 1 ;;
  esac
done
