using ICP.Domain.Authorities;
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
public sealed partial class ProgrammeSeeder(IcpDbContext db, ILogger<ProgrammeSeeder> logger, TimeProvider clock)
{
    /// <summary>
    /// The start-up's seed check: runs <see cref="SeedAsync"/> unless the last check was made by the
    /// same build with the same settings (<see cref="SeedFingerprint"/>), then records it. Returns
    /// null when skipped.
    /// </summary>
    public async Task<SeedResult?> SeedIfChangedAsync(int memberStateCap = IcpAgir2021.DefaultMemberStateCap, CancellationToken cancellationToken = default)
    {
        var fingerprint = SeedFingerprint.Of(memberStateCap);
        var record = await db.SeedRecords.SingleOrDefaultAsync(r => r.Id == SeedRecord.SingleId, cancellationToken);
        if (record?.Fingerprint == fingerprint)
        {
            return null;
        }

        var result = await SeedAsync(memberStateCap, cancellationToken);
        if (record is null)
        {
            db.SeedRecords.Add(new SeedRecord(fingerprint, clock.GetUtcNow()));
        }
        else
        {
            record.Record(fingerprint, clock.GetUtcNow());
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance starting at the same moment recorded it first: the seed is checked either way.
            db.ChangeTracker.Clear();
        }

        return result;
    }

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

        var namesRefreshed = await RefreshAuthorityNamesAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        var translationsAdded = await SeedTranslationsAsync(cancellationToken);
        var result = new SeedResult(added, updated, callCreated, namesRefreshed, translationsAdded);
        if (result.ChangedAnything)
        {
            LogSeeded(logger, added, updated, callCreated, namesRefreshed, translationsAdded);
        }

        return result;
    }

    /// <summary>
    /// Names of local authorities compared under an earlier rule (before lookalikes counted) are
    /// compared again. Where the current rule finds two registered authorities to be one (a lookalike
    /// registered before the rule), both are left as they are and a warning names them: which team
    /// keeps the city is for programme staff to decide, not for a start-up.
    /// </summary>
    private async Task<int> RefreshAuthorityNamesAsync(CancellationToken cancellationToken)
    {
        var names = await db.LocalAuthorities.AsNoTracking()
            .Select(a => new { a.Id, a.CountryCode, a.OfficialName, a.NormalizedName }).ToListAsync(cancellationToken);
        var held = names.Select(a => (a.CountryCode, a.NormalizedName)).ToHashSet();
        var stale = new List<int>();
        foreach (var group in names.GroupBy(a => (a.CountryCode, Normalized: LocalAuthority.Normalize(a.OfficialName))))
        {
            if (group.All(a => a.NormalizedName == group.Key.Normalized))
            {
                continue;
            }

            if (group.Count() > 1)
            {
                LogLookalikes(logger, group.Key.CountryCode, string.Join(" | ", group.Select(a => $"{a.Id}: {a.OfficialName}")));
            }
            else if (!held.Contains(group.Key))
            {
                // (When another authority still holds the new value under the old rule, this one
                // waits for the next start-up, by which time that one has moved.)
                stale.Add(group.Single().Id);
            }
        }

        if (stale.Count == 0)
        {
            return 0;
        }

        var authorities = await db.LocalAuthorities.Where(a => stale.Contains(a.Id)).ToListAsync(cancellationToken);
        return authorities.Count(a => a.RefreshNormalizedName());
    }

    /// <summary>
    /// The call's texts in each seeded language, for a language the call has no translation in yet
    /// (a new database, or one that predates translations). A language staff have started on is
    /// theirs: a translation they removed, to fall back to English, is not put back.
    /// </summary>
    private async Task<int> SeedTranslationsAsync(CancellationToken cancellationToken)
    {
        var call = await db.Calls.AsNoTracking()
            .Where(c => c.Code == IcpAgir2021.CallCode)
            .Select(c => new
            {
                c.Id,
                Objectives = c.Objectives.Select(o => new { o.Id, o.Order }).ToList(),
                Themes = c.Themes.Select(t => new { t.Id, t.Slug }).ToList(),
                Groups = c.QuotaGroups.Select(g => new { g.Id, g.Code }).ToList(),
                Phases = c.Phases.Select(p => new { p.Id, p.Order }).ToList(),
                Criteria = c.Criteria.Select(k => new { k.Id, k.Order }).ToList(),
            })
            .AsSplitQuery()
            .SingleOrDefaultAsync(cancellationToken);
        if (call is null)
        {
            return 0;
        }

        var started = await db.ContentTranslations.Where(t => t.CallId == call.Id).Select(t => t.Culture).Distinct().ToListAsync(cancellationToken);
        var ids = new Dictionary<(ContentKind, string), int> { [(ContentKind.Call, string.Empty)] = call.Id };
        call.Objectives.ForEach(o => ids[(ContentKind.Objective, o.Order.ToString(System.Globalization.CultureInfo.InvariantCulture))] = o.Id);
        call.Themes.ForEach(t => ids[(ContentKind.Theme, t.Slug)] = t.Id);
        call.Groups.ForEach(g => ids[(ContentKind.QuotaGroup, g.Code)] = g.Id);
        call.Phases.ForEach(p => ids[(ContentKind.Phase, p.Order.ToString(System.Globalization.CultureInfo.InvariantCulture))] = p.Id);
        call.Criteria.ForEach(k => ids[(ContentKind.Criterion, k.Order.ToString(System.Globalization.CultureInfo.InvariantCulture))] = k.Id);

        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var seed in IcpAgir2021Translations.All.Where(s => !started.Contains(s.Culture)))
        {
            // Staff may have reshaped the call (removed a phase): a text without its entity is skipped.
            if (ids.TryGetValue((seed.Kind, seed.Key), out var entityId))
            {
                db.ContentTranslations.Add(new ContentTranslation(call.Id, seed.Kind, entityId, seed.Field, seed.Culture, seed.Text, now, "seed"));
                added++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return added;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded reference data: {TerritoriesAdded} territories added, {TerritoriesUpdated} updated, call created: {CallCreated}, authority names compared again: {NamesRefreshed}, translations added: {TranslationsAdded}")]
    private static partial void LogSeeded(ILogger logger, int territoriesAdded, int territoriesUpdated, bool callCreated, int namesRefreshed, int translationsAdded);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Local authorities in {CountryCode} registered before lookalike names counted are one name now; staff should decide which team keeps it: {Authorities}")]
    private static partial void LogLookalikes(ILogger logger, string countryCode, string authorities);
}
