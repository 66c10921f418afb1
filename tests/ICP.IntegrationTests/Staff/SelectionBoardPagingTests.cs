using ICP.Domain.Selection;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Staff;

/// <summary>
/// A board of hundreds of candidates is listed a hundred at a time (each row carries a form); the
/// ranking, the seat counts and the staging work across pages.
/// </summary>
public sealed class SelectionBoardPagingTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync() => await SelectionSetup.ReadyAsync(_portal, 400, "EU");

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task LargeBoard_IsPaged_RanksRunOn_AndStagingOnPageTwoComesBackThere()
    {
        var total = await _portal.WithDbAsync(db => db.Applications.CountAsync(a => a.QuotaGroupCode == "EU"));
        Assert.True(total > 200, $"Set-up: {total} EU candidates");
        var pages = (total + 99) / 100;
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);

        var first = await manager.GetAsync("/admin/selection/EU");
        Assert.Equal(Enumerable.Range(1, 100).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            first.All("#candidates tbody tr").Select(tr => tr.QuerySelector("td")!.TextContent.Trim()));
        Assert.Equal($"Page 1 of {pages}", first.Texts("#pagination [aria-current=page]").Single());
        Assert.EndsWith($"Ranks 1–100 of {total}.", first.Texts("#candidates caption").Single(), StringComparison.Ordinal);

        var second = await manager.GetAsync("/admin/selection/EU?page=2");
        var row = second.All("#candidates tbody tr")[0];
        Assert.Equal("101", row.QuerySelector("td")!.TextContent.Trim());
        var id = int.Parse(row.QuerySelector("form input[name=applicationId]")!.GetAttribute("value")!, System.Globalization.CultureInfo.InvariantCulture);

        var staged = await manager.SubmitAsync("/admin/selection/EU?page=2", $"#stage-{id}", Field("outcome", nameof(DecisionOutcome.Selected)), Field("note", "Strong plan"));
        Assert.Equal("/admin/selection/EU", staged.Response.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.StartsWith("?page=2&notice=", staged.Response.RequestMessage.RequestUri.Query, StringComparison.Ordinal);
        Assert.Contains("The decision was staged. Nothing is sent until the group's decisions are released.", staged.Texts("#notice").Single(), StringComparison.Ordinal);
        Assert.Equal("1", staged.Texts("#seats-taken").Single());
        Assert.Equal(DecisionOutcome.Selected, await _portal.WithDbAsync(db => db.SelectionDecisions.Where(d => d.ApplicationId == id).Select(d => d.Outcome).SingleAsync()));

        // Past the end: the last page, not an empty table.
        var beyond = await manager.GetAsync("/admin/selection/EU?page=999");
        Assert.Equal($"Page {pages} of {pages}", beyond.Texts("#pagination [aria-current=page]").Single());
        Assert.Equal(total.ToString(System.Globalization.CultureInfo.InvariantCulture), beyond.All("#candidates tbody tr")[^1].QuerySelector("td")!.TextContent.Trim());
    }
}
