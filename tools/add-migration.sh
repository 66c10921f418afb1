#!/usr/bin/env bash
# Adds a migration with the same name to both migration sets (SQLite and SQL Server), so that the
# two never drift apart, then regenerates the compiled models. Usage: tools/add-migration.sh <MigrationName>
# Each run builds first (no --no-build): an incremental build can miss deleted migration files and
# then generate an empty migration against a stale snapshot. No --namespace either: with it, EF
# writes the model snapshot to a folder named after the namespace instead of beside the migrations.
set -euo pipefail
name=${1:?usage: tools/add-migration.sh <MigrationName>}
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
dotnet tool restore >/dev/null

for provider in Sqlite SqlServer; do
  dotnet ef migrations add "$name" \
    --project src/ICP.Infrastructure --startup-project src/ICP.Infrastructure \
    --context "${provider}IcpDbContext" \
    --output-dir "Persistence/Migrations/$provider"
done
echo "Added $name to Persistence/Migrations/Sqlite and Persistence/Migrations/SqlServer"

# The compiled models follow the model: regenerate them with the migration.
bash "$root/tools/compile-models.sh"
