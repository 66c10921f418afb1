#!/usr/bin/env bash
# Fails when either migration set or either compiled model lags the model, and writes the SQL Server
# idempotent script (artifacts/sqlserver-migrations.sql) that operations apply to production databases.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null
mkdir -p artifacts

for provider in Sqlite SqlServer; do
  echo "Checking the $provider migration set against the model"
  dotnet ef migrations has-pending-model-changes \
    --project src/ICP.Infrastructure --startup-project src/ICP.Infrastructure \
    --context "${provider}IcpDbContext" --no-build
done

# The compiled models (Persistence/CompiledModels) spare the portal building the model at start-up;
# EF uses them as they are, so a stale one would disagree with the database. Regenerate and compare.
fresh=$(mktemp -d)
trap 'rm -rf "$fresh"' EXIT
for provider in Sqlite SqlServer; do
  echo "Checking the $provider compiled model against the model"
  dotnet ef dbcontext optimize \
    --project src/ICP.Infrastructure --startup-project src/ICP.Infrastructure \
    --context "${provider}IcpDbContext" --no-build \
    --output-dir "$fresh/$provider" --namespace "ICP.Infrastructure.Persistence.CompiledModels.$provider" >/dev/null
  # Each generation draws a new model id: the only line allowed to differ.
  if ! diff -r -q -I "modelId: new Guid" "$fresh/$provider" "src/ICP.Infrastructure/Persistence/CompiledModels/$provider"; then
    echo "The $provider compiled model is stale: run tools/add-migration.sh (or tools/compile-models.sh) and commit the result." >&2
    exit 1
  fi
done

dotnet ef migrations script --idempotent \
  --project src/ICP.Infrastructure --startup-project src/ICP.Infrastructure \
  --context SqlServerIcpDbContext --no-build \
  --output artifacts/sqlserver-migrations.sql
echo "SQL Server idempotent script: artifacts/sqlserver-migrations.sql ($(wc -l < artifacts/sqlserver-migrations.sql) lines)"
