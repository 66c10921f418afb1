using System.Net;
using ICP.Domain.Applications;
using ICP.Domain.Cooperation;
using ICP.Domain.Selection;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Cooperation;

/// <summary>
/// From released selection to published partnerships, over HTTP as a programme manager uses it:
/// generate the proposal, refuse what breaks the rules, confirm, publish, and a city that declines
/// leaving its pair with its partner shown as needing a new one.
/// </summary>
public sealed class PartnershipsFlowTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task SelectedCities_AreProposedConfirmedPublished_AndADeclinedCityLeavesItsPair()
    {
        await SelectionSetup.ReadyAsync(_portal, 60, "CA", "KR", "EU");
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var candidates = await _portal.WithDbAsync(db => db.Applications.Where(a => a.Status == ApplicationStatus.Submitted)
            .Select(a => new { a.Id, a.QuotaGroupCode, a.TerritoryCode, a.Reference }).OrderBy(a => a.Id).ToListAsync());
        var canada = candidates.Where(a => a.QuotaGroupCode == "CA").Take(2).ToList();
        var korea = candidates.First(a => a.QuotaGroupCode == "KR");
        var eu = candidates.Where(a => a.QuotaGroupCode == "EU").DistinctBy(a => a.TerritoryCode).Take(2).ToList();
        var notSelected = candidates.First(a => a.QuotaGroupCode == "EU" && !eu.Contains(a));
        foreach (var city in canada.Append(korea).Concat(eu))
        {
            await manager.StageAsync(city.QuotaGroupCode, city.Id, nameof(DecisionOutcome.Selected));
        }

        foreach (var group in new[] { "CA", "KR", "EU" })
        {
            await manager.ReleaseAsync(group);
        }

        // Nothing public yet.
        Assert.NotNull((await HtmlPage.GetAsync(_portal.CreateClient(), "/partnerships")).Document.QuerySelector("#not-published"));
        var empty = await manager.GetAsync("/admin/partnerships");
        Assert.Equal(("None", "5"), (empty.Element("#plan-state").GetAttribute("data-state"), empty.Texts("#selected-count").Single()));

        // Three non-EU and two EU cities, at most two partners each: every city gets a partner.
        var proposed = await manager.SubmitAsync("/admin/partnerships", "#propose-form", Field("maxPartners", "2"));
        Assert.Contains("The proposal was generated.", proposed.Texts("#notice").Single(), StringComparison.Ordinal);
        var pairs = await _portal.WithDbAsync(db => db.PartnerPairs.AsNoTracking().ToListAsync());
        Assert.All(canada.Append(korea), c => Assert.Contains(pairs, p => p.PartnerApplicationId == c.Id));
        Assert.All(eu, c => Assert.InRange(pairs.Count(p => p.EuApplicationId == c.Id), 1, 2));
        Assert.Equal(pairs.Count, proposed.All("#pairs tbody tr").Count);
        Assert.Contains("partnerships.proposed", await AuditActionsAsync());

        // A city that was not selected cannot be placed; nothing changes.
        var refused = await manager.SubmitAsync("/admin/partnerships", "#add-pair-form", Field("euApplicationId", notSelected.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal("Only selected cities (released and not declined) can be placed in a partnership.", refused.Texts("#problem").Single());
        Assert.Equal(pairs.Count, await _portal.WithDbAsync(db => db.PartnerPairs.CountAsync()));

        // A limit outside 1–5, or taking a pair apart without a reason, is refused with a message.
        var token = await _portal.WithDbAsync(db => db.CooperationPlans.Select(p => p.ConcurrencyToken).SingleAsync());
        var outOfRange = await manager.SubmitAsync("/admin/partnerships", "#propose-form", Field("maxPartners", "0"));
        Assert.Equal("Enter the most partners a city may have, from 1 to 5.", outOfRange.Texts("#problem").Single());
        var noReason = await manager.SubmitAsync("/admin/partnerships", "#pairs tbody form", Field("reason", " "));
        Assert.Equal("Give a reason of at most 500 characters.", noReason.Texts("#problem").Single());
        Assert.Equal(token, await _portal.WithDbAsync(db => db.CooperationPlans.Select(p => p.ConcurrencyToken).SingleAsync()));
        Assert.Equal(pairs.Count, await _portal.WithDbAsync(db => db.PartnerPairs.CountAsync(p => p.EndedAt == null)));

        // A page shown before a colleague's change cannot overwrite it.
        var stale = await manager.GetAsync("/admin/partnerships");
        await manager.SubmitAsync("/admin/partnerships", "#propose-form", Field("maxPartners", "2"));
        var conflict = await manager.Client.SubmitAsync(stale, "#confirm-form", []);
        Assert.Contains("Someone else changed this at the same moment.", conflict.Texts("#problem").Single(), StringComparison.Ordinal);
        Assert.Equal(PlanState.Draft, await _portal.WithDbAsync(db => db.CooperationPlans.Select(p => p.State).SingleAsync()));

        var confirmed = await manager.SubmitAsync("/admin/partnerships", "#confirm-form");
        Assert.Equal("Confirmed", confirmed.Element("#plan-state").GetAttribute("data-state"));
        Assert.NotNull((await HtmlPage.GetAsync(_portal.CreateClient(), "/partnerships")).Document.QuerySelector("#not-published"));
        await manager.SubmitAsync("/admin/partnerships", "#publish-form");

        var published = await HtmlPage.GetAsync(_portal.CreateClient(), "/partnerships");
        pairs = await _portal.WithDbAsync(db => db.PartnerPairs.AsNoTracking().ToListAsync());
        var references = candidates.ToDictionary(c => c.Id, c => c.Reference);
        Assert.Equal(
            pairs.Select(p => $"{references[p.EuApplicationId]}+{references[p.PartnerApplicationId]}").Order(StringComparer.Ordinal),
            published.All("#by-region ~ section li[data-pair]").Select(li => li.GetAttribute("data-pair")!).Order(StringComparer.Ordinal));
        Assert.Equal(["CA", "KR"], published.All("section[data-cluster]").Select(s => s.GetAttribute("data-cluster")!).Order(StringComparer.Ordinal));
        Assert.Contains("Canada", published.Texts("section[data-cluster='CA'] h3").Single(), StringComparison.Ordinal);

        // A Canadian city declines: it leaves its pairs with the reason, its partner needs a new one.
        var leaving = canada[0];
        var partnerOf = pairs.Where(p => p.PartnerApplicationId == leaving.Id).Select(p => p.EuApplicationId).ToList();
        await manager.SubmitAsync($"/admin/applications/{leaving.Id}", "#decline-form", Field("reason", "The council withdrew its commitment."));
        var ended = await _portal.WithDbAsync(db => db.PartnerPairs.AsNoTracking().Where(p => p.PartnerApplicationId == leaving.Id).ToListAsync());
        Assert.All(ended, p => Assert.Equal((PairEnd.CityDeclined, "The council withdrew its commitment."), (p.EndedBecause, p.EndReason)));
        Assert.Contains("partnerships.city-left", await AuditActionsAsync());
        var after = await HtmlPage.GetAsync(_portal.CreateClient(), "/partnerships");
        Assert.DoesNotContain(after.All("li[data-pair]"), li => li.GetAttribute("data-pair")!.EndsWith("+" + leaving.Reference, StringComparison.Ordinal));
        var staffPage = await manager.GetAsync("/admin/partnerships");
        var stillPaired = await _portal.WithDbAsync(db => db.PartnerPairs.Where(p => p.EndedAt == null).Select(p => p.EuApplicationId).ToListAsync());
        var alone = partnerOf.Where(id => !stillPaired.Contains(id)).Select(id => references[id]).ToList();
        Assert.Equal(alone.Order(StringComparer.Ordinal), staffPage.All("#needs-new-partner li").Select(li => li.GetAttribute("data-application")!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TakingApartAPairThatIsNotActive_AnswersNotFound_AndChangesNothing()
    {
        await CooperationSetup.PublishedAsync(_portal);
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var unknown = await _portal.WithDbAsync(db => db.PartnerPairs.MaxAsync(p => p.Id)) + 1000;

        // An id no pair has, posted with the plan's current token, a reason and the antiforgery token.
        var refused = await PostRemoveAsync(manager, unknown);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        Assert.DoesNotContain("A pair joins one EU city and one non-EU city.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await _portal.WithDbAsync(db => db.PartnerPairs.CountAsync(p => p.EndedAt == null)));

        // A pair already taken apart is no longer one staff can take apart: not found either.
        var pair = await _portal.WithDbAsync(db => db.PartnerPairs.Select(p => p.Id).MinAsync());
        await manager.SubmitAsync("/admin/partnerships", $"form[action='/admin/partnerships/pairs/{pair}/remove']", Field("reason", "Wrong partner."));
        var token = await _portal.WithDbAsync(db => db.CooperationPlans.Select(p => p.ConcurrencyToken).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await PostRemoveAsync(manager, pair)).StatusCode);
        Assert.Equal(token, await _portal.WithDbAsync(db => db.CooperationPlans.Select(p => p.ConcurrencyToken).SingleAsync()));
        Assert.Single(await _portal.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == "partnerships.pair-removed").ToListAsync()));
    }

    private static async Task<HttpResponseMessage> PostRemoveAsync(StaffJourney manager, int pairId)
    {
        var page = await manager.GetAsync("/admin/partnerships");
        var form = page.Element("#pairs tbody form");
        return await manager.Client.PostAsync(new Uri($"/admin/partnerships/pairs/{pairId}/remove", UriKind.Relative), new FormUrlEncodedContent([
            Field("__RequestVerificationToken", form.QuerySelector("input[name='__RequestVerificationToken']")!.GetAttribute("value")!),
            Field("token", form.QuerySelector("input[name='token']")!.GetAttribute("value")!),
            Field("reason", "Typed by hand.")]));
    }

    private Task<List<string>> AuditActionsAsync() => _portal.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync());
}
