using ICP.Domain.Programme;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ICP.Infrastructure.Seeding;

/// <summary>
/// Puts the reference data and the ICP-AGIR 2021 call in the database. Idempotent: territories are
/// brought up to date, the call is created once and then left to staff (never overwritten).
/// </summary>
public sealed partial class ProgrammeSeeder(IcpDbContext db, ILogger<ProgrammeSeeder> logger)
{
    public async Task<SeedResult> SeedAsync(int memberStateCap = IcpAgir2021.DefaultMemberStateCap, CancellationToken cancellationToken = default)
    {
        var existing = await db.Territories.ToDictionaryAsync(t => t.Code, cancellationToken);
        int added = 0, updated = 0;
        foreach (var reference in ReferenceTerritories.All)
        {
            if (existing.TryGetValue(reference.Code, out var territory))
            {
                updated += territory.UpdateFrom(reference) ? 1 : 0;
            }
            else
            {
                var copy = new Territory(reference.Code, reference.Name, reference.OfficialName, reference.Kind, reference.IsEuMemberState);
                db.Territories.Add(copy);
                existing.Add(copy.Code, copy);
                added++;
            }
        }

        foreach (var role in StaffRoles.All)
        {
            if (!await db.Roles.AnyAsync(r => r.Name == role, cancellationToken))
            {
                db.Roles.Add(new Microsoft.AspNetCore.Identity.IdentityRole(role) { NormalizedName = role.ToUpperInvariant() });
            }
        }

        var callCreated = false;
        if (!await db.Calls.AnyAsync(c => c.Code == IcpAgir2021.CallCode, cancellationToken))
        {
            db.Calls.Add(IcpAgir2021.Create(existing, memberStateCap));
            callCreated = true;
        }

        await db.SaveChangesAsync(cancellationToken);
        var result = new SeedResult(added, updated, callCreated);
        if (result.ChangedAnything)
        {
            LogSeeded(logger, added, updated, callCreated);
        }

        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded reference data: {TerritoriesAdded} territories added, {TerritoriesUpdated} updated, call created: {CallCreated}")]
    private static partial void LogSeeded(ILogger logger, int territoriesAdded, int territoriesUpdated, bool callCreated);
}

public sealed record SeedResult(int TerritoriesAdded, int TerritoriesUpdated, bool CallCreated)
{
    public bool ChangedAnything => TerritoriesAdded > 0 || TerritoriesUpdated > 0 || CallCreated;
}
