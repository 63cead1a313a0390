"""Infrastructure as code (Pulumi, Python)."""
