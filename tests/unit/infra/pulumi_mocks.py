"""Helpers that run the real Pulumi program (`infra/__main__.py`) against the mock engine.

Each run happens in a child process (`python -m tests.unit.infra.pulumi_mocks <stack>`):
Pulumi's runtime keeps process-wide state and opens an event loop per worker thread that it
never closes, which must not leak into the rest of the test session.

AWS cannot be reached from tests, so `RecordingMocks` stands in for the engine and provider:
it records every resource the program registers (with the exact inputs the provider would
get) and answers the few data-source calls the program makes with fixed, AWS-shaped values.
"""

from __future__ import annotations

import dataclasses
import json
import runpy
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pulumi
import yaml
from pulumi.runtime import config as runtime_config
from pulumi.runtime import settings as runtime_settings
from pulumi.runtime.mocks import MockMonitor
from pulumi.runtime.stack import run_pulumi_func
from pulumi.runtime.sync_await import _sync_await

REPO = Path(__file__).resolve().parents[3]
INFRA = REPO / "infra"
ACCOUNT = "123456789012"
REGION = "eu-west-1"
# What "Secrets Manager" returns for every secret value: the tests look for it everywhere it
# must not be (state, outputs, other resources).
SECRET_SENTINEL = "sentinel-secret-value-7f3a9c"
HOSTED_ZONE_ID = "Z0MOCKZONE123"


@dataclass
class Registered:
    """One resource the program registered."""

    type: str
    name: str
    inputs: dict[str, Any]
    state: dict[str, Any]
    custom: bool


@dataclass
class StackRun:
    """Everything one run of the program produced."""

    env: str
    provider: str = "aws"
    resources: list[Registered] = field(default_factory=list)
    calls: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    outputs: dict[str, Any] = field(default_factory=dict)
    urns: set[str] = field(default_factory=set)

    def of_type(self, type_: str) -> list[Registered]:
        return [r for r in self.resources if r.type == type_]

    def named(self, name: str) -> Registered:
        found = [r for r in self.resources if r.name == name]
        assert len(found) == 1, f"expected one resource named {name}, found {len(found)}"
        return found[0]


def _computed(type_: str, name: str, inputs: dict[str, Any]) -> dict[str, Any]:
    """Outputs AWS would compute for a resource (ids, ARNs, endpoints)."""
    physical = inputs.get("name", name)
    state: dict[str, Any] = {"arn": f"arn:aws:mock:{REGION}:{ACCOUNT}:{type_}/{physical}"}
    if type_ == "aws:eks/cluster:Cluster":
        state.update(
            endpoint=f"https://{name}.gr7.{REGION}.eks.amazonaws.com",
            identities=[{"oidcs": [{"issuer": f"https://oidc.eks.{REGION}.amazonaws.com/id/X1"}]}],
            vpcConfig={**inputs["vpcConfig"], "clusterSecurityGroupId": f"sg-{name}"},
        )
    elif type_ == "aws:ec2/launchTemplate:LaunchTemplate":
        state["latestVersion"] = 1
    elif type_ == "aws:elasticache/replicationGroup:ReplicationGroup":
        state["primaryEndpointAddress"] = f"master.{name}.abc123.euw1.cache.amazonaws.com"
    elif type_ == "aws:ecr/repository:Repository":
        state["repositoryUrl"] = f"{ACCOUNT}.dkr.ecr.{REGION}.amazonaws.com/{physical}"
    elif type_ == "aws:secretsmanager/secret:Secret":
        state["arn"] = f"arn:aws:secretsmanager:{REGION}:{ACCOUNT}:secret:{physical}-AbC123"
    elif type_ == "aws:kms/key:Key":
        state["keyId"] = f"key-{name}"
    elif type_ == "aws:iam/openIdConnectProvider:OpenIdConnectProvider":
        state["arn"] = f"arn:aws:iam::{ACCOUNT}:oidc-provider/oidc.eks.{REGION}.amazonaws.com/id/X1"
    elif type_ == "aws:acm/certificate:Certificate":
        state["arn"] = f"arn:aws:acm:{REGION}:{ACCOUNT}:certificate/{name}"
        state["domainValidationOptions"] = [
            {
                "domainName": inputs["domainName"],
                "resourceRecordName": f"_x1.{inputs['domainName']}.",
                "resourceRecordType": "CNAME",
                "resourceRecordValue": "_y2.acm-validations.aws.",
            }
        ]
    elif type_ == "aws:acm/certificateValidation:CertificateValidation":
        state["arn"] = inputs["certificateArn"]
    elif type_ == "aws:route53/record:Record":
        state["fqdn"] = str(inputs["name"]).rstrip(".")
    return state


class RecordingMocks(pulumi.runtime.Mocks):
    """The mock engine: records registrations, answers data-source calls, fails on others."""

    def __init__(self, run: StackRun) -> None:
        self.run = run

    def new_resource(
        self, args: pulumi.runtime.MockResourceArgs
    ) -> tuple[str | None, dict[str, Any]]:
        inputs = dict(args.inputs)
        if args.typ.startswith("pulumi:providers:"):
            return f"{args.name}-provider", inputs
        state = {**inputs, **_computed(args.typ, args.name, inputs)}
        self.run.resources.append(Registered(args.typ, args.name, inputs, state, args.custom))
        resource_id = f"{args.name}-id"
        if args.typ == "aws:cognito/userPool:UserPool":
            resource_id = f"{REGION}_{args.name.replace('-', '')[:9]}"
        return resource_id, state

    def call(self, args: pulumi.runtime.MockCallArgs) -> tuple[dict[str, Any], list[Any]]:
        self.run.calls.append((args.token, dict(args.args)))
        if args.token == "aws:index/getAvailabilityZones:getAvailabilityZones":
            names = [f"{REGION}{z}" for z in "abc"]
            zone_ids = [f"euw1-az{i}" for i in (1, 2, 3)]
            return {"id": REGION, "names": names, "zoneIds": zone_ids}, []
        if args.token == "aws:secretsmanager/getSecretVersion:getSecretVersion":
            secret = args.args["secretId"]
            return {
                "id": secret,
                "arn": secret,
                "secretId": secret,
                "secretString": SECRET_SENTINEL,
                "versionId": "v1",
                "versionStages": ["AWSCURRENT"],
            }, []
        if args.token == "aws:index/getCallerIdentity:getCallerIdentity":
            arn = f"arn:aws:iam::{ACCOUNT}:user/mock"
            return {"id": ACCOUNT, "accountId": ACCOUNT, "arn": arn, "userId": "AIDAMOCK"}, []
        if args.token == "aws:route53/getZone:getZone":
            name = str(args.args["name"]).rstrip(".")
            return {"id": HOSTED_ZONE_ID, "zoneId": HOSTED_ZONE_ID, "name": name}, []
        raise AssertionError(f"the program made an unexpected provider call: {args.token}")


def stack_config(env: str) -> dict[str, str]:
    """`infra/Pulumi.<env>.yaml` as the engine hands it to the program (strings, JSON objects)."""
    raw = yaml.safe_load((INFRA / f"Pulumi.{env}.yaml").read_text())["config"]
    return {k: v if isinstance(v, str) else json.dumps(v) for k, v in raw.items()}


def run_program_here(env: str, config: dict[str, str] | None = None) -> StackRun:
    """Run `infra/__main__.py` as stack `env` under the mocks, in this process.

    With `coderemote:provider: memory` nothing is registered with the engine; the in-memory
    provider's ledger is turned into `resources` (type `memory:<kind>`, inputs resolved).
    """
    config = stack_config(env) if config is None else config
    run = StackRun(env=env, provider=config.get("coderemote:provider", "aws"))
    runtime_settings.ROOT.set(None)
    monitor = MockMonitor(RecordingMocks(run))
    pulumi.runtime.set_mocks(
        monitor.mocks, project="coderemote", stack=env, preview=False, monitor=monitor
    )
    runtime_config.set_all_config(config)
    root = runtime_settings.get_root_resource()
    assert root is not None
    _sync_await(
        run_pulumi_func(lambda: runpy.run_path(str(INFRA / "__main__.py"), run_name="__main__"))
    )
    # The mock monitor keeps the root stack's type in its children's type chain; the real
    # engine leaves it out (`urn:pulumi:dev::coderemote::coderemote:aws:Secrets::...`).
    run.urns = {u.replace("::pulumi:pulumi:Stack$", "::") for u in monitor.resources}
    for key, value in root.outputs.items():  # type: ignore[attr-defined]
        run.outputs[key] = _sync_await(pulumi.Output.from_input(value).future())
    from infra.memory import LEDGER

    for built in LEDGER:
        inputs = _sync_await(pulumi.Output.from_input(built.inputs).future())
        run.resources.append(Registered(f"memory:{built.kind}", built.name, inputs, inputs, False))
    return run


class ProgramFailedError(Exception):
    """The Pulumi program raised; the message is the child's stderr."""


def start_program(env: str, config: dict[str, str] | None = None) -> subprocess.Popen[str]:
    """Start `infra/__main__.py` as stack `env` under the mocks in a child process."""
    return subprocess.Popen(
        [sys.executable, "-m", "tests.unit.infra.pulumi_mocks", env, json.dumps(config)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        cwd=REPO,
    )


def finish_program(proc: subprocess.Popen[str]) -> StackRun:
    """Wait for a child started by `start_program` and parse its run."""
    try:
        stdout, stderr = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.communicate()
        raise
    if proc.returncode != 0:
        raise ProgramFailedError(stderr)
    raw = json.loads(stdout)
    run = StackRun(
        env=raw["env"], provider=raw["provider"], outputs=raw["outputs"], urns=set(raw["urns"])
    )
    run.resources = [Registered(**r) for r in raw["resources"]]
    run.calls = [(token, args) for token, args in raw["calls"]]
    return run


def run_program(env: str, config: dict[str, str] | None = None) -> StackRun:
    """Run `infra/__main__.py` as stack `env` under the mocks in a child process."""
    return finish_program(start_program(env, config))


def _main() -> None:
    """Child-process entry: run one stack, print the run as JSON on stdout."""
    config = json.loads(sys.argv[2])
    run = run_program_here(sys.argv[1], config)
    payload = {
        "env": run.env,
        "provider": run.provider,
        "resources": [dataclasses.asdict(r) for r in run.resources],
        "calls": run.calls,
        "outputs": run.outputs,
        "urns": sorted(run.urns),
    }
    sys.stdout.write(json.dumps(payload, default=str))


if __name__ == "__main__":
    _main()
