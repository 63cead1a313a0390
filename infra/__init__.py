"""Infrastructure as code (Pulumi, Python): cloud-neutral interfaces and AWS components.

`infra/__main__.py` is the Pulumi program; `infra/aws/` holds one ComponentResource per concern.
"""

from infra.conventions import ENVIRONMENTS, SERVICE
from infra.naming import resource_name

__all__ = ["ENVIRONMENTS", "SERVICE", "resource_name"]
