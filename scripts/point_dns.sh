#!/usr/bin/env bash
# Points the app's host name at the ALB the load balancer controller made for the Ingress:
# an alias A record in the Route 53 zone Pulumi validated the certificate in (UPSERT, so it
# is safe on every release and follows a replaced ALB).
#
#   scripts/point_dns.sh OUTPUTS_JSON
#
# Needs: aws, kubectl with access to the cluster, jq.
set -euo pipefail

outputs=${1:?pulumi stack output --json file}
domain=$(jq -er .domain "$outputs")
zone_id=$(jq -er .hostedZoneId "$outputs")

# The controller fills the Ingress status once the ALB exists (a minute or two at first).
alb=""
for _ in $(seq 1 60); do
  alb=$(kubectl -n code-remote get ingress coderemote-api \
    -o jsonpath='{.status.loadBalancer.ingress[0].hostname}')
  [ -n "$alb" ] && break
  sleep 10
done
if [ -z "$alb" ]; then
  echo "point_dns: the Ingress has no load balancer yet (is the controller running?)" >&2
  exit 1
fi
alb_zone=$(aws elbv2 describe-load-balancers \
  --query "LoadBalancers[?DNSName=='${alb}'].CanonicalHostedZoneId | [0]" --output text)
change=$(jq -n --arg name "$domain" --arg alb "$alb" --arg zone "$alb_zone" '{
  Comment: "Code Remote release",
  Changes: [{Action: "UPSERT", ResourceRecordSet: {
    Name: $name, Type: "A",
    AliasTarget: {HostedZoneId: $zone, DNSName: $alb, EvaluateTargetHealth: true}}}]}')
aws route53 change-resource-record-sets --hosted-zone-id "$zone_id" --change-batch "$change" >/dev/null
echo "point_dns: $domain -> $alb"
