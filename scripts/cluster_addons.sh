#!/usr/bin/env bash
# Installs or upgrades the cluster add-ons the manifests rely on, pinned, with helm:
#   - AWS Load Balancer Controller (the Ingress becomes an ALB), under the IRSA role Pulumi
#     created (`ingressControllerRoleArn`), with the controller release's own IAM policy;
#   - KubeRay operator (the RayCluster; v1.6+ for authOptions.secretName, 1.3+ for GCS FT);
#   - Metrics Server (the HPA reads pod CPU from it).
#
#   scripts/cluster_addons.sh OUTPUTS_JSON
#
# Idempotent: `helm upgrade --install` and a policy put that replaces the previous one, so the
# release workflow runs it on every release. pulumi_kubernetes is not a dependency of this
# repository, so these are a scripted step rather than Pulumi resources.
# Needs: aws, helm 3, kubectl with access to the cluster, curl, jq.
set -euo pipefail

outputs=${1:?pulumi stack output --json file}

LBC_VERSION=v2.14.1        # controller release; its IAM policy is fetched from the same tag
LBC_CHART_VERSION=1.14.1
KUBERAY_CHART_VERSION=1.6.2
METRICS_SERVER_CHART_VERSION=3.13.0

cluster=$(jq -er .eksClusterName "$outputs")
vpc_id=$(jq -er .vpcId "$outputs")
role_arn=$(jq -er .ingressControllerRoleArn "$outputs")
region=$(jq -er .region "$outputs")

policy=$(mktemp)
trap 'rm -f "$policy"' EXIT
curl --fail --silent --show-error --location --retry 5 --output "$policy" \
  "https://raw.githubusercontent.com/kubernetes-sigs/aws-load-balancer-controller/${LBC_VERSION}/docs/install/iam_policy.json"
jq -e '.Statement | length > 0' "$policy" >/dev/null
aws iam put-role-policy --role-name "${role_arn##*/}" \
  --policy-name aws-load-balancer-controller --policy-document "file://$policy"

helm repo add eks https://aws.github.io/eks-charts --force-update >/dev/null
helm repo add kuberay https://ray-project.github.io/kuberay-helm/ --force-update >/dev/null
helm repo add metrics-server https://kubernetes-sigs.github.io/metrics-server/ --force-update >/dev/null
helm repo update >/dev/null

# region and vpcId are passed: with the IMDS hop limit of 1 (../shared/SECURITY.md #37) pods cannot
# look them up from instance metadata.
helm upgrade --install aws-load-balancer-controller eks/aws-load-balancer-controller \
  --namespace kube-system --version "$LBC_CHART_VERSION" --wait \
  --set clusterName="$cluster" --set region="$region" --set vpcId="$vpc_id" \
  --set serviceAccount.create=true --set serviceAccount.name=aws-load-balancer-controller \
  --set-string "serviceAccount.annotations.eks\.amazonaws\.com/role-arn=$role_arn"

helm upgrade --install kuberay-operator kuberay/kuberay-operator \
  --namespace kuberay-system --create-namespace --version "$KUBERAY_CHART_VERSION" --wait

helm upgrade --install metrics-server metrics-server/metrics-server \
  --namespace kube-system --version "$METRICS_SERVER_CHART_VERSION" --wait
