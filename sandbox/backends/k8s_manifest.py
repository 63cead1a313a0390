"""The parts of Kubernetes' JSON the sandbox pool reads or writes, as TypedDicts.

A Pod manifest (from `k8s/base`, the cluster's PodTemplate or built in code) and the
kubelet's Summary API answer are other programs' formats: these types name the fields the
pool touches, so a typo is a type error. Fields a template adds that are not named here
(tolerations, node selectors, annotations, ...) pass through untouched; they are not
validated here but by the API server.
"""

from __future__ import annotations

from typing import TypedDict


class ObjectMeta(TypedDict, total=False):
    """`metadata` of a Kubernetes object."""

    name: str
    namespace: str
    labels: dict[str, str]
    annotations: dict[str, str]


class Capabilities(TypedDict, total=False):
    """Linux capabilities a container adds or drops."""

    add: list[str]
    drop: list[str]


class SeccompProfile(TypedDict, total=False):
    """The seccomp profile of a pod or container."""

    type: str


class SecurityContext(TypedDict, total=False):
    """A pod's or container's `securityContext` (the union of the fields the pool sets)."""

    allowPrivilegeEscalation: bool
    readOnlyRootFilesystem: bool
    runAsNonRoot: bool
    runAsUser: int
    runAsGroup: int
    capabilities: Capabilities
    seccompProfile: SeccompProfile


class EnvVar(TypedDict, total=False):
    """One environment variable of a container."""

    name: str
    value: str


class VolumeMount(TypedDict, total=False):
    """Where a volume appears in a container."""

    name: str
    mountPath: str


class EmptyDir(TypedDict, total=False):
    """An `emptyDir` volume source."""

    medium: str
    sizeLimit: str


class Volume(TypedDict, total=False):
    """A pod volume (the pool only uses `emptyDir`)."""

    name: str
    emptyDir: EmptyDir


class Resources(TypedDict, total=False):
    """A container's requests and limits (`cpu`, `memory` quantities)."""

    requests: dict[str, str]
    limits: dict[str, str]


class Container(TypedDict, total=False):
    """One container of a pod."""

    name: str
    image: str
    imagePullPolicy: str
    command: list[str]
    args: list[str]
    stdin: bool
    stdinOnce: bool
    tty: bool
    workingDir: str
    env: list[EnvVar]
    resources: Resources
    securityContext: SecurityContext
    volumeMounts: list[VolumeMount]


class DnsConfig(TypedDict, total=False):
    """A pod's resolver configuration."""

    nameservers: list[str]


class PodSpec(TypedDict, total=False):
    """`spec` of a Pod."""

    runtimeClassName: str
    automountServiceAccountToken: bool
    enableServiceLinks: bool
    restartPolicy: str
    terminationGracePeriodSeconds: int
    dnsPolicy: str
    dnsConfig: DnsConfig
    securityContext: SecurityContext
    containers: list[Container]
    volumes: list[Volume]


class Pod(TypedDict, total=False):
    """A Pod manifest."""

    apiVersion: str
    kind: str
    metadata: ObjectMeta
    spec: PodSpec


class PodReference(TypedDict, total=False):
    """Which pod a kubelet sample is of."""

    name: str
    namespace: str
    uid: str


class CpuStats(TypedDict, total=False):
    """A pod's CPU in a kubelet sample (`time` is RFC 3339)."""

    time: str
    usageCoreNanoSeconds: int


class MemoryStats(TypedDict, total=False):
    """A pod's memory in a kubelet sample."""

    time: str
    workingSetBytes: int
    usageBytes: int


class PodStats(TypedDict, total=False):
    """One pod of a kubelet Summary."""

    podRef: PodReference
    cpu: CpuStats
    memory: MemoryStats


class Summary(TypedDict, total=False):
    """A kubelet Summary API answer (`/stats/summary`): the pool reads its pods only."""

    pods: list[PodStats]
