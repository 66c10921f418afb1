using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Cooperation;

/// <summary>
/// Staff changes to the partnerships: generate the proposal, adjust it, confirm and publish it; and
/// a declined city leaving its pairs. Each is one unit of the write policy (ADR 12), audited, and
/// checked against the plan's token the page was shown with, so a change made on a page that is
/// out of date is reported instead of applied over a colleague's.
/// </summary>
public sealed class CooperationWorkflow(IcpDbContext db, DatabaseWrites writes, CooperationQueries queries, AuditTrail audit, TimeProvider clock)
{
    public Task GenerateAsync(int maxPartners, Guid token, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var callId = await queries.CallIdAsync(cancellationToken);
            var plan = await PlanAsync(callId, token, cancellationToken);
            var selected = CooperationQueries.ForMatching(await queries.SelectedCitiesAsync(callId, cancellationToken));
            var now = clock.GetUtcNow();
            if (plan is null)
            {
                plan = new CooperationPlan(callId, maxPartners, by.UserId, now);
                db.CooperationPlans.Add(plan);
            }

            var pairs = plan.ApplyProposal(selected, maxPartners, by.UserId, now);
            audit.Record(by.UserId, by.Name, AuditActions.PartnershipsProposed, "partnerships",
                $"{pairs.Count} pairs proposed for {selected.Count} selected cities, at most {maxPartners} partners each, total score {pairs.Sum(p => p.Score)}");
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task AddPairAsync(int euApplicationId, int partnerApplicationId, Guid token, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var callId = await queries.CallIdAsync(cancellationToken);
            var plan = await PlanAsync(callId, token, cancellationToken) ?? throw new PlanStateException(PlanState.Draft, "adjust");
            var cities = await queries.SelectedCitiesAsync(callId, cancellationToken);
            var pair = plan.AddPair(CooperationQueries.ForMatching(cities), euApplicationId, partnerApplicationId, by.UserId, clock.GetUtcNow());
            audit.Record(by.UserId, by.Name, AuditActions.PartnerPairAdded, Subject(cities, pair), $"Added by hand; shared themes: {Themes(pair)}");
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task RemovePairAsync(int pairId, string reason, Guid token, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var callId = await queries.CallIdAsync(cancellationToken);
            var plan = await PlanAsync(callId, token, cancellationToken) ?? throw new PlanStateException(PlanState.Draft, "adjust");
            var pair = plan.RemovePair(pairId, reason, by.UserId, clock.GetUtcNow());
            audit.Record(by.UserId, by.Name, AuditActions.PartnerPairRemoved, await SubjectAsync(pair, cancellationToken), "Taken apart by staff", reason);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task ConfirmAsync(Guid token, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var callId = await queries.CallIdAsync(cancellationToken);
            var plan = await PlanAsync(callId, token, cancellationToken) ?? throw new PlanStateException(PlanState.Draft, "confirm");
            var selected = CooperationQueries.ForMatching(await queries.SelectedCitiesAsync(callId, cancellationToken));
            plan.Confirm(selected, by.UserId, clock.GetUtcNow());
            audit.Record(by.UserId, by.Name, AuditActions.PartnershipsConfirmed, "partnerships", $"{plan.ActivePairs.Count()} pairs confirmed");
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task PublishAsync(Guid token, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var callId = await queries.CallIdAsync(cancellationToken);
            var plan = await PlanAsync(callId, token, cancellationToken) ?? throw new PlanStateException(PlanState.Draft, "publish");
            plan.Publish(by.UserId, clock.GetUtcNow());
            audit.Record(by.UserId, by.Name, AuditActions.PartnershipsPublished, "partnerships", $"{plan.ActivePairs.Count()} pairs published on /partnerships");
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    /// <summary>
    /// A selected city declined: it leaves every pair, with the decline's reason, audited. Runs in
    /// the unit that records the decline (a unit called inside another joins it), so the two commit
    /// together; the caller saves.
    /// </summary>
    public Task LeaveOnDeclineAsync(int applicationId, string reference, string reason, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var callId = await queries.CallIdAsync(cancellationToken);
            var plan = await db.CooperationPlans.Include(p => p.Pairs).SingleOrDefaultAsync(p => p.CallId == callId, cancellationToken);
            if (plan is null)
            {
                return;
            }

            foreach (var pair in plan.LeaveOnDecline(applicationId, reason, by.UserId, clock.GetUtcNow()))
            {
                var partner = await db.Applications.AsNoTracking().Where(a => a.Id == pair.OtherThan(applicationId)).Select(a => a.Reference).SingleAsync(cancellationToken);
                audit.Record(by.UserId, by.Name, AuditActions.PartnerLeft, reference, $"Left its pair with {partner}, which needs a new partner unless it has another", reason);
            }
        }, cancellationToken);

    private async Task<CooperationPlan?> PlanAsync(int callId, Guid token, CancellationToken cancellationToken)
    {
        var plan = await db.CooperationPlans.Include(p => p.Pairs).SingleOrDefaultAsync(p => p.CallId == callId, cancellationToken);

        // The page the change was made on showed another state of the plan (or none at all).
        if ((plan?.ConcurrencyToken ?? Guid.Empty) != token)
        {
            throw new EditConflictException(plan?.ChangedBy, plan?.ChangedAt);
        }

        return plan;
    }

    private static string Themes(PartnerPair pair) => pair.SharedThemes.Length == 0 ? "none" : pair.SharedThemes;

    private static string Subject(IReadOnlyList<CityCard> cities, PartnerPair pair) =>
        $"{cities.First(c => c.ApplicationId == pair.EuApplicationId).Reference} + {cities.First(c => c.ApplicationId == pair.PartnerApplicationId).Reference}";

    private async Task<string> SubjectAsync(PartnerPair pair, CancellationToken cancellationToken)
    {
        var references = await db.Applications.AsNoTracking().Where(a => a.Id == pair.EuApplicationId || a.Id == pair.PartnerApplicationId)
            .ToDictionaryAsync(a => a.Id, a => a.Reference, cancellationToken);
        return $"{references[pair.EuApplicationId]} + {references[pair.PartnerApplicationId]}";
    }
}
