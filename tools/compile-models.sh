#!/usr/bin/env bash
# Regenerates the EF compiled models of both provider contexts (Persistence/CompiledModels), which
# spare the portal building its model at start-up. tools/check-migrations.sh (CI) fails when they
# lag the model; tools/add-migration.sh runs this after adding a migration.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
dotnet build src/ICP.Infrastructure -nologo -v q >/dev/null

for provider in Sqlite SqlServer; do
  rm -rf "src/ICP.Infrastructure/Persistence/CompiledModels/$provider"
  dotnet ef dbcontext optimize \
    --project src/ICP.Infrastructure --startup-project src/ICP.Infrastructure \
    --context "${provider}IcpDbContext" --no-build \
    --output-dir "Persistence/CompiledModels/$provider" \
    --namespace "ICP.Infrastructure.Persistence.CompiledModels.$provider" >/dev/null
done
echo "Compiled models written to src/ICP.Infrastructure/Persistence/CompiledModels/{Sqlite,SqlServer}"
