using ICP.Domain.Applications;
using ICP.Domain.Cooperation;
using ICP.Domain.Selection;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Calls;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Cooperation;

/// <summary>Reads for the cooperation phase: the selected cities, the staff page and the public /partnerships page.</summary>
public sealed class CooperationQueries(IcpDbContext db, CurrentCall currentCall)
{

    /// <summary>
    /// The cities the cooperation phase may place: a released *selected* decision on an application
    /// still selected (a city that declined is no longer). The one place that asks, so that the
    /// selection's own definition can change behind it. Themes come from the latest submitted
    /// version (the evaluated one: no version can follow the deadline once a decision exists).
    /// </summary>
    public async Task<IReadOnlyList<CityCard>> SelectedCitiesAsync(int callId, CancellationToken cancellationToken)
    {
        var rows = await (from d in db.SelectionDecisions.AsNoTracking()
                          where d.CallId == callId && d.State == DecisionState.Released && d.Outcome == DecisionOutcome.Selected
                          join a in db.Applications on d.ApplicationId equals a.Id
                          where a.Status == ApplicationStatus.Selected
                          join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                          join t in db.Territories on a.TerritoryCode equals t.Code
                          select new
                          {
                              a.Id,
                              a.Reference,
                              l.OfficialName,
                              t.Code,
                              t.Name,
                              t.IsEuMemberState,
                              a.LatestPrimaryThemeId,
                              a.LatestSecondaryThemeId,
                          })
            .ToListAsync(cancellationToken);
        var themes = await db.Themes.AsNoTracking().Where(t => t.CallId == callId).ToDictionaryAsync(t => t.Id, t => t.Slug, cancellationToken);
        string? Slug(int? id) => id is { } value ? themes.GetValueOrDefault(value) : null;
        return [.. rows.OrderBy(r => r.Id).Select(r => new CityCard(
            r.Id, r.Reference, r.OfficialName, r.Code, r.Name, r.IsEuMemberState,
            [.. new[] { Slug(r.LatestPrimaryThemeId), Slug(r.LatestSecondaryThemeId) }.Where(s => s is not null).Select(s => s!).Distinct()]))];
    }

    /// <summary>
    /// The person's city when it takes part in the cooperation phase (selected, released, not
    /// declined: asked of <see cref="SelectedCitiesAsync"/>); null otherwise.
    /// </summary>
    public async Task<CityCard?> ParticipatingCityAsync(ApplicantContext who, CancellationToken cancellationToken)
    {
        if (who.AuthorityId is not { } authorityId)
        {
            return null;
        }

        var callId = await CallIdAsync(cancellationToken);
        var applicationId = await db.Applications.AsNoTracking().Where(a => a.CallId == callId && a.LocalAuthorityId == authorityId)
            .Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
        if (applicationId is null)
        {
            return null;
        }

        return (await SelectedCitiesAsync(callId, cancellationToken)).FirstOrDefault(c => c.ApplicationId == applicationId);
    }

    /// <summary>The matching's view of the selected cities.</summary>
    public static IReadOnlyList<MatchingCity> ForMatching(IEnumerable<CityCard> cities) =>
        [.. cities.Select(c => new MatchingCity(c.ApplicationId, c.CountryCode, c.IsEu, c.Themes.ElementAtOrDefault(0), c.Themes.ElementAtOrDefault(1)))];

    public Task<int> CallIdAsync(CancellationToken cancellationToken) => currentCall.IdAsync(cancellationToken);

    public async Task<PartnershipsStaffPage> StaffPageAsync(CancellationToken cancellationToken)
    {
        var callId = await CallIdAsync(cancellationToken);
        var themeNames = await ThemeNamesAsync(callId, cancellationToken);
        var raw = await SelectedCitiesAsync(callId, cancellationToken);
        var selected = Named(raw, themeNames);
        var plan = await db.CooperationPlans.AsNoTracking().Include(p => p.Pairs).SingleOrDefaultAsync(p => p.CallId == callId, cancellationToken);
        var maxPartners = plan?.MaxPartners ?? 2;
        var cards = await CardsAsync(selected, plan, themeNames, cancellationToken);
        var matching = ForMatching(raw);

        // The proposal is deterministic: computed again for the same cities and limit, it gives the
        // reasoning of the one staff generated, as long as the selection has not changed since.
        var proposal = PartnerMatching.Propose(matching, maxPartners);
        var passedOver = proposal.PassedOver
            .Select(p => new PassedOverRow(cards[p.ApplicationId], cards[p.OtherApplicationId], Names(p.SharedThemes, themeNames), p.Score, p.Reason))
            .ToList();
        if (plan is null)
        {
            return new PartnershipsStaffPage(false, PlanState.Draft, maxPartners, Guid.Empty, null, [], [], passedOver, [], [], selected);
        }

        return new PartnershipsStaffPage(
            true,
            plan.State,
            plan.MaxPartners,
            plan.ConcurrencyToken,
            plan.PublishedAt,
            [.. plan.ActivePairs.OrderBy(p => p.PartnerTerritoryCode, StringComparer.Ordinal).ThenBy(p => p.PartnerApplicationId).ThenBy(p => p.EuApplicationId)
                .Select(p => new PairRow(p.Id, cards[p.EuApplicationId], cards[p.PartnerApplicationId], Names(p.SharedThemeSlugs, themeNames), p.Score, p.Proposed))],
            [.. plan.Pairs.Where(p => !p.IsActive).OrderByDescending(p => p.EndedAt)
                .Select(p => new EndedPairRow(cards[p.EuApplicationId], cards[p.PartnerApplicationId], p.EndedBecause ?? PairEnd.RemovedByStaff, p.EndReason ?? string.Empty, p.EndedAt!.Value))],
            passedOver,
            [.. plan.NeedingPartner(matching).Select(id => cards[id])],
            [.. plan.LeftByDeclinedPartner(matching).Select(id => cards[id])],
            selected);
    }

    /// <summary>The published partnerships, or null while nothing is published.</summary>
    public async Task<PartnershipsPublicPage?> PublicPageAsync(CancellationToken cancellationToken)
    {
        // The public sees the partnerships of the published call only, like every public page.
        if (await currentCall.Query(CallAudience.Public).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken) is not { } callId)
        {
            return null;
        }

        var plan = await db.CooperationPlans.AsNoTracking().Include(p => p.Pairs).SingleOrDefaultAsync(p => p.CallId == callId && p.State == PlanState.Published, cancellationToken);
        if (plan is null)
        {
            return null;
        }

        var themeNames = await ThemeNamesAsync(callId, cancellationToken);
        var selected = Named(await SelectedCitiesAsync(callId, cancellationToken), themeNames).ToDictionary(c => c.ApplicationId);

        // A pair whose city is no longer selected is not shown, whatever the order of the writes.
        var pairs = plan.ActivePairs.Where(p => selected.ContainsKey(p.EuApplicationId) && selected.ContainsKey(p.PartnerApplicationId))
            .Select(p => new PublicPair(selected[p.EuApplicationId], selected[p.PartnerApplicationId], Names(p.SharedThemeSlugs, themeNames)))
            .OrderBy(p => p.Partner.Name, StringComparer.CurrentCulture).ThenBy(p => p.Eu.Name, StringComparer.CurrentCulture)
            .ToList();
        var clusters = pairs.GroupBy(p => (p.Partner.CountryCode, p.Partner.Country))
            .OrderBy(g => g.Key.Country, StringComparer.CurrentCulture)
            .Select(g => new PublicCluster(g.Key.CountryCode, g.Key.Country, [.. g], [.. g.SelectMany(p => p.SharedThemes).Distinct()]))
            .ToList();
        var byTheme = themeNames.Values
            .Select(theme => new ThemeGroup(theme, [.. pairs.Where(p => p.SharedThemes.Contains(theme))]))
            .Where(g => g.Pairs.Count > 0)
            .ToList();
        return new PartnershipsPublicPage(plan.PublishedAt ?? plan.ChangedAt, clusters, byTheme);
    }

    private async Task<Dictionary<int, CityCard>> CardsAsync(IReadOnlyList<CityCard> selected, CooperationPlan? plan, IReadOnlyDictionary<string, string> themeNames, CancellationToken cancellationToken)
    {
        var cards = selected.ToDictionary(c => c.ApplicationId);

        // Cities of ended pairs may no longer be selected (they declined): they are still named.
        var missing = plan?.Pairs.SelectMany(p => new[] { p.EuApplicationId, p.PartnerApplicationId }).Where(id => !cards.ContainsKey(id)).Distinct().ToList() ?? [];
        if (missing.Count > 0)
        {
            var others = await (from a in db.Applications.AsNoTracking()
                                where missing.Contains(a.Id)
                                join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                                join t in db.Territories on a.TerritoryCode equals t.Code
                                select new CityCard(a.Id, a.Reference, l.OfficialName, t.Code, t.Name, t.IsEuMemberState, new List<string>()))
                .ToListAsync(cancellationToken);
            foreach (var other in others)
            {
                cards[other.ApplicationId] = other;
            }
        }

        return cards;
    }

    internal async Task<IReadOnlyDictionary<string, string>> ThemeNamesAsync(int callId, CancellationToken cancellationToken) =>
        (await db.Themes.AsNoTracking().Where(t => t.CallId == callId).OrderBy(t => t.Order).Select(t => new { t.Slug, t.Name }).ToListAsync(cancellationToken))
            .ToDictionary(t => t.Slug, t => t.Name);

    internal static List<CityCard> Named(IEnumerable<CityCard> cities, IReadOnlyDictionary<string, string> themeNames) =>
        [.. cities.Select(c => c with { Themes = Names(c.Themes, themeNames) })];

    private static IReadOnlyList<string> Names(IEnumerable<string> slugs, IReadOnlyDictionary<string, string> themeNames) =>
        [.. slugs.Select(s => themeNames.GetValueOrDefault(s, s))];
}
