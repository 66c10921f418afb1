using System.Text.Json;
using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Cooperation;

/// <summary>
/// Reads for the participating city's workspace. Every read starts from the person's own local
/// authority and asks <see cref="CooperationQueries.SelectedCitiesAsync"/> whether that city takes
/// part; another city's contact persons are read only when both cities share a cluster of the
/// published partnerships.
/// </summary>
public sealed class WorkspaceQueries(IcpDbContext db, CooperationQueries cooperation, DelegationQueries delegations, CalendarFeedQueries feeds)
{
    /// <summary>The person's city when it takes part in the cooperation phase; null otherwise.</summary>
    public Task<CityCard?> ParticipatingCityAsync(ApplicantContext who, CancellationToken cancellationToken) =>
        cooperation.ParticipatingCityAsync(who, cancellationToken);

    /// <summary>The workspace, or null when the person's city does not take part.</summary>
    public async Task<WorkspacePage?> WorkspaceAsync(ApplicantContext who, OutputForm? form, string? problem, CancellationToken cancellationToken)
    {
        if (await ParticipatingCityAsync(who, cancellationToken) is not { } city)
        {
            return null;
        }

        var callId = await cooperation.CallIdAsync(cancellationToken);
        var themeNames = await cooperation.ThemeNamesAsync(callId, cancellationToken);
        var selected = CooperationQueries.Named(await cooperation.SelectedCitiesAsync(callId, cancellationToken), themeNames).ToDictionary(c => c.ApplicationId);
        var plan = await PublishedPlanAsync(callId, cancellationToken);
        var clusters = new List<WorkspaceCluster>();
        if (plan is not null)
        {
            var members = plan.ClusterMembersOf(city.ApplicationId).Where(selected.ContainsKey).ToList();
            var partners = plan.ActivePairs.Where(p => p.Involves(city.ApplicationId)).Select(p => p.OtherThan(city.ApplicationId)).ToHashSet();
            var contacts = await ContactsAsync(members, cancellationToken);
            var countries = await CountryNamesAsync(plan.ClustersOf(city.ApplicationId), cancellationToken);
            foreach (var code in plan.ClustersOf(city.ApplicationId).Order(StringComparer.Ordinal))
            {
                var inCluster = plan.ActivePairs.Where(p => p.PartnerTerritoryCode == code)
                    .SelectMany(p => new[] { p.PartnerApplicationId, p.EuApplicationId })
                    .Distinct()
                    .Where(selected.ContainsKey)
                    .Select(id => Member(selected[id], city.ApplicationId, partners, contacts))
                    .OrderBy(m => m.City.IsEu).ThenBy(m => m.City.Name, StringComparer.CurrentCulture)
                    .ToList();
                clusters.Add(new WorkspaceCluster(code, countries.GetValueOrDefault(code, code), inCluster));
            }
        }

        var own = selected.GetValueOrDefault(city.ApplicationId, city);
        var outputs = await db.CityOutputs.AsNoTracking().Where(o => o.ApplicationId == city.ApplicationId)
            .OrderByDescending(o => o.UploadedAt).ThenByDescending(o => o.Id)
            .Select(o => new OutputRow(o.Id, own, o.Kind, o.Title, o.FileName, o.SizeBytes, o.UploadedByName, o.UploadedAt, o.State, o.Note, o.ConcurrencyToken))
            .ToListAsync(cancellationToken);
        var upcoming = await delegations.UpcomingAsync(city.ApplicationId, cancellationToken);
        return new WorkspacePage(own, who.AuthorityName ?? own.Name, plan is not null, clusters, upcoming, outputs, form ?? new OutputForm(), problem)
        {
            CalendarFeed = await feeds.StatusAsync(city.ApplicationId, cancellationToken),
        };
    }

    /// <summary>A city that shares a cluster with the person's city, with its contact persons; anything else is not found.</summary>
    public async Task<PartnerPage> PartnerAsync(ApplicantContext who, int applicationId, CancellationToken cancellationToken)
    {
        var city = await ParticipatingCityAsync(who, cancellationToken) ?? throw new NotFoundException($"City {applicationId}");
        var callId = await cooperation.CallIdAsync(cancellationToken);
        var plan = await PublishedPlanAsync(callId, cancellationToken);
        var themeNames = await cooperation.ThemeNamesAsync(callId, cancellationToken);
        var selected = CooperationQueries.Named(await cooperation.SelectedCitiesAsync(callId, cancellationToken), themeNames).ToDictionary(c => c.ApplicationId);
        if (plan is null || !plan.ClusterMembersOf(city.ApplicationId).Contains(applicationId) || !selected.TryGetValue(applicationId, out var other))
        {
            throw new NotFoundException($"City {applicationId}");
        }

        var partners = plan.ActivePairs.Where(p => p.Involves(city.ApplicationId)).Select(p => p.OtherThan(city.ApplicationId)).ToHashSet();
        var contacts = await ContactsAsync([applicationId], cancellationToken);
        var shared = plan.ClustersOf(city.ApplicationId).Intersect(plan.ClustersOf(applicationId)).Order(StringComparer.Ordinal).ToList();
        var countries = await CountryNamesAsync(shared, cancellationToken);
        return new PartnerPage(Member(other, city.ApplicationId, partners, contacts), string.Join(", ", shared.Select(c => countries.GetValueOrDefault(c, c))));
    }

    /// <summary>One of the person's own city's outputs, for download; another city's is not found.</summary>
    public async Task<(string StorageKey, string FileName)> OwnOutputFileAsync(ApplicantContext who, int outputId, CancellationToken cancellationToken)
    {
        var city = await ParticipatingCityAsync(who, cancellationToken) ?? throw new NotFoundException($"Output {outputId}");
        var file = await db.CityOutputs.AsNoTracking().Where(o => o.Id == outputId && o.ApplicationId == city.ApplicationId)
            .Select(o => new { o.StorageKey, o.FileName }).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException($"Output {outputId}");
        return (file.StorageKey, file.FileName);
    }

    private static ClusterMember Member(CityCard card, int self, HashSet<int> partners, IReadOnlyDictionary<int, IReadOnlyList<ContactPerson>> contacts) =>
        new(card, card.ApplicationId == self, partners.Contains(card.ApplicationId), contacts.GetValueOrDefault(card.ApplicationId, []));

    private async Task<CooperationPlan?> PublishedPlanAsync(int callId, CancellationToken cancellationToken) =>
        await db.CooperationPlans.AsNoTracking().Include(p => p.Pairs)
            .SingleOrDefaultAsync(p => p.CallId == callId && p.State == PlanState.Published, cancellationToken);

    private async Task<Dictionary<string, string>> CountryNamesAsync(IEnumerable<string> codes, CancellationToken cancellationToken)
    {
        var list = codes.ToList();
        return await db.Territories.AsNoTracking().Where(t => list.Contains(t.Code)).ToDictionaryAsync(t => t.Code, t => t.Name, cancellationToken);
    }

    /// <summary>
    /// The contact persons each city gave in its last submitted version (the evaluated one: no
    /// version can follow the deadline once a decision exists).
    /// </summary>
    private async Task<IReadOnlyDictionary<int, IReadOnlyList<ContactPerson>>> ContactsAsync(IReadOnlyCollection<int> applicationIds, CancellationToken cancellationToken)
    {
        var ids = applicationIds.ToList();
        var versions = await db.ApplicationVersions.AsNoTracking()
            .Where(v => ids.Contains(v.ApplicationId) && v.Number == db.ApplicationVersions.Where(w => w.ApplicationId == v.ApplicationId).Max(w => w.Number))
            .Select(v => new { v.ApplicationId, v.ContentJson })
            .ToListAsync(cancellationToken);
        var contacts = new Dictionary<int, IReadOnlyList<ContactPerson>>();
        foreach (var version in versions)
        {
            if (JsonSerializer.Deserialize<SubmissionContent>(version.ContentJson, SubmissionContent.Json)?.Contacts is not { } given)
            {
                continue;
            }

            contacts[version.ApplicationId] =
            [
                new ContactPerson(given.PoliticalLeadName, given.PoliticalLeadRole, given.PoliticalLeadEmail, given.PoliticalLeadPhone),
                new ContactPerson(given.CoordinatorName, given.CoordinatorRole, given.CoordinatorEmail, given.CoordinatorPhone),
            ];
        }

        return contacts;
    }
}
