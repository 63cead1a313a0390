"""ECR repositories for the images the release builds, scanned on push, tags immutable."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pulumi
import pulumi_aws as aws

from infra.conventions import IMAGES
from infra.naming import resource_name

_LIFECYCLE = json.dumps(
    {
        "rules": [
            {
                "rulePriority": 1,
                "description": "Drop untagged layers after a week",
                "selection": {
                    "tagStatus": "untagged",
                    "countType": "sinceImagePushed",
                    "countUnit": "days",
                    "countNumber": 7,
                },
                "action": {"type": "expire"},
            },
            {
                "rulePriority": 2,
                "description": "Keep the last 100 releases for rollbacks",
                "selection": {
                    "tagStatus": "any",
                    "countType": "imageCountMoreThan",
                    "countNumber": 100,
                },
                "action": {"type": "expire"},
            },
        ]
    }
)


@dataclass(frozen=True)
class AwsContainerRegistryArgs:
    """Inputs of `AwsContainerRegistry`.

    Attributes:
        env: Environment name.
        images: Image names; each gets `{env}-coderemote-{image}`.
    """

    env: str
    images: tuple[str, ...] = IMAGES


class AwsContainerRegistry(pulumi.ComponentResource):
    """Private ECR repositories; a commit's image can never be overwritten (IMMUTABLE)."""

    repository_urls: dict[str, pulumi.Output[str]]

    def __init__(
        self,
        name: str,
        args: AwsContainerRegistryArgs,
        opts: pulumi.ResourceOptions | None = None,
    ) -> None:
        """Create one repository per image, with its lifecycle policy."""
        super().__init__("coderemote:aws:ContainerRegistry", name, None, opts)
        child = pulumi.ResourceOptions(parent=self)
        self.repository_urls = {}
        for image in args.images:
            repo_name = resource_name(args.env, image)
            repo = aws.ecr.Repository(
                repo_name,
                name=repo_name,
                # Tags are commit SHAs: immutability makes "what runs" equal "what was built".
                image_tag_mutability="IMMUTABLE",
                image_scanning_configuration={"scan_on_push": True},
                encryption_configurations=[{"encryption_type": "KMS"}],
                force_delete=False,
                opts=child,
            )
            aws.ecr.LifecyclePolicy(
                resource_name(args.env, f"{image}-lifecycle"),
                repository=repo.name,
                policy=_LIFECYCLE,
                opts=child,
            )
            self.repository_urls[image] = repo.repository_url
        self.register_outputs({"repositoryUrls": self.repository_urls})
