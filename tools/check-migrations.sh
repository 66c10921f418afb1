#!/usr/bin/env bash
# Fails when either migration set lags the model, and writes the SQL Server idempotent script
# (artifacts/sqlserver-migrations.sql) that operations apply to production databases.
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

dotnet ef migrations script --idempotent \
  --project src/ICP.Infrastructure --startup-project src/ICP.Infrastructure \
  --context SqlServerIcpDbContext --no-build \
  --output artifacts/sqlserver-migrations.sql
echo "SQL Server idempotent script: artifacts/sqlserver-migrations.sql ($(wc -l < artifacts/sqlserver-migrations.sql) lines)"
