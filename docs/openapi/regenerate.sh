#!/usr/bin/env bash
# Rewrites docs/openapi/weconomics-api.json from the services' current OpenAPI documents (packages them first),
# after checking that info.version (weconomics.gateway.openapi.version in gateway/src/main/resources/
# application.properties) moved with the change: a breaking change needs a new major version (minor while 0.x),
# any other change a new minor or patch version. Commit the result with the code that changed the contract.
# Rewrites docs/asyncapi/weconomics-events.json from event-contracts too, once AsyncApiDocument.VERSION moved.
set -euo pipefail
cd "$(dirname "$0")/../.."
exec mvn -B -ntp -pl api-contract -am verify -DskipITs \
  -Dtest='ContractCompatibilityTest,EventCatalogueTest' -Dsurefire.failIfNoSpecifiedTests=false -Dcontract.regenerate=true "$@"
