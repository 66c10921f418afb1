using System.Net;
using System.Net.Http.Headers;
using ICP.Domain.Cooperation;
using ICP.Testing;
using ICP.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Cooperation;

/// <summary>
/// The participating city's workspace on /applicant, over HTTP: its cluster and partners with their
/// contact persons (never another cluster's, never for a city that does not take part), a city that
/// declines leaving its cluster, and outputs handed in, reviewed and published on /partnerships.
/// </summary>
public sealed class WorkspaceTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task Workspace_ShowsOwnClusterWithContacts_AnotherClustersContactsAreNeverVisible_AndADeclinedCityLeaves()
    {
        var setup = await CooperationSetup.PublishedAsync(_portal);
        var toronto = setup.Canada[0];
        var otherCanadian = setup.Canada[1];
        var korea = setup.Korea;
        var euOfKorea = setup.ById(setup.PartnerOf[korea.ApplicationId]);
        var city = await OfficerAsync(toronto);

        // The Canadian cluster: both Canadian cities and their EU partners, with contact persons.
        var workspace = await city.GetAsync("/applicant");
        Assert.NotNull(workspace.Document.QuerySelector("#participating"));
        var canadianCluster = setup.Canada.SelectMany(c => new[] { c, setup.ById(setup.PartnerOf[c.ApplicationId]) }).Select(c => c.Reference).Order(StringComparer.Ordinal);
        Assert.Equal(canadianCluster, workspace.All("section[data-cluster='CA'] tr[data-member]").Select(r => r.GetAttribute("data-member")!).Order(StringComparer.Ordinal));
        Assert.Equal(["CA"], workspace.All("section[data-cluster]").Select(s => s.GetAttribute("data-cluster")));
        Assert.Equal(setup.ById(setup.PartnerOf[toronto.ApplicationId]).Reference, workspace.Element("tr[data-partner='true']").GetAttribute("data-member"));
        Assert.Contains("Mayor of " + otherCanadian.Name, workspace.MainText, StringComparison.Ordinal);

        // The Korean cluster's cities and contacts are nowhere on the page, and their ids answer 404.
        Assert.DoesNotContain("Mayor of " + korea.Name, workspace.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Mayor of " + euOfKorea.Name, workspace.BodyText, StringComparison.Ordinal);
        foreach (var stranger in new[] { korea, euOfKorea, setup.NotSelected })
        {
            var refused = await city.GetAsync($"/applicant/partners/{stranger.ApplicationId}");
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.DoesNotContain("Mayor of " + stranger.Name, refused.BodyText, StringComparison.Ordinal);
        }

        var colleague = await city.GetAsync($"/applicant/partners/{otherCanadian.ApplicationId}");
        Assert.Equal(HttpStatusCode.OK, colleague.StatusCode);
        Assert.Contains("Mayor of " + otherCanadian.Name, colleague.Texts("#contacts li")[0], StringComparison.Ordinal);

        // A city that was not selected has no workspace, and sees no selected city's contacts.
        var outsider = await OfficerAsync(setup.NotSelected);
        var dashboard = await outsider.GetAsync("/applicant");
        Assert.Null(dashboard.Document.QuerySelector("#participating"));
        Assert.DoesNotContain("Mayor of " + toronto.Name, dashboard.BodyText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(new Uri($"/applicant/partners/{toronto.ApplicationId}", UriKind.Relative))).StatusCode);

        // The other Canadian city declines: it leaves its cluster, and its workspace is gone.
        var leaver = await OfficerAsync(otherCanadian);
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        await manager.SubmitAsync($"/admin/applications/{otherCanadian.ApplicationId}", "#decline-form", Field("reason", "The council withdrew its commitment."));
        var after = await city.GetAsync("/applicant");
        Assert.DoesNotContain(otherCanadian.Reference, after.All("tr[data-member]").Select(r => r.GetAttribute("data-member")));
        Assert.DoesNotContain("Mayor of " + otherCanadian.Name, after.BodyText, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await city.Client.GetAsync(new Uri($"/applicant/partners/{otherCanadian.ApplicationId}", UriKind.Relative))).StatusCode);
        Assert.Null((await leaver.GetAsync("/applicant")).Document.QuerySelector("#participating"));
        var abandoned = await OfficerAsync(setup.ById(setup.PartnerOf[otherCanadian.ApplicationId]));
        Assert.NotNull((await abandoned.GetAsync("/applicant")).Document.QuerySelector("#no-partner"));
    }

    [Fact]
    public async Task Outputs_CheckedLikeLetters_ReviewedByStaff_AndOnlyPublishedOnesArePublic()
    {
        var setup = await CooperationSetup.PublishedAsync(_portal);
        var city = await OfficerAsync(setup.Canada[0]);
        var stranger = await OfficerAsync(setup.Korea);
        var filesBefore = StoredFiles();

        // Not a PDF by its content, or no title: refused with a message, nothing stored.
        var notPdf = await UploadAsync(city, TestDocuments.PngNamedAsPdf(), "Local action plan");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notPdf.StatusCode);
        Assert.Contains("The file is not a PDF document.", notPdf.Texts("#form-errors li").Single(), StringComparison.Ordinal);
        var noTitle = await UploadAsync(city, TestDocuments.Pdf("Plan"), " ");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noTitle.StatusCode);
        Assert.Equal("Give the output a title.", noTitle.Texts("#form-errors li").Single());
        Assert.Equal(0, await _portal.WithDbAsync(db => db.CityOutputs.CountAsync()));
        Assert.Equal(filesBefore, StoredFiles());

        // A PDF is handed in: the city sees it awaiting review; the audit log has it.
        var bytes = TestDocuments.Pdf("Local action plan of the city");
        var handedIn = await UploadAsync(city, bytes, "Local action plan 2022–2025");
        Assert.Contains("The output was handed in.", handedIn.Texts("#notice").Single(), StringComparison.Ordinal);
        var output = await _portal.WithDbAsync(db => db.CityOutputs.AsNoTracking().SingleAsync());
        Assert.Equal((setup.Canada[0].ApplicationId, OutputKind.LocalActionPlan, OutputState.Received), (output.ApplicationId, output.Kind, output.State));
        Assert.Equal(nameof(OutputState.Received), handedIn.Element($"tr[data-output='{output.Id}']").GetAttribute("data-state"));
        Assert.Contains("output.received", await _portal.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync()));
        Assert.Equal(bytes, await (await city.Client.GetAsync(new Uri($"/applicant/outputs/{output.Id}", UriKind.Relative))).Content.ReadAsByteArrayAsync());

        // Another city, and the public, cannot read it before it is published.
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.Client.GetAsync(new Uri($"/applicant/outputs/{output.Id}", UriKind.Relative))).StatusCode);
        var visitor = _portal.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/partnerships/outputs/{output.Id}", UriKind.Relative))).StatusCode);
        Assert.Null((await HtmlPage.GetAsync(visitor, "/partnerships")).Document.QuerySelector("#published-outputs"));

        // Staff publish it from an up-to-date page; a page from before a colleague's review cannot.
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var stale = await manager.GetAsync("/admin/outputs");
        var published = await manager.SubmitAsync("/admin/outputs", $"tr[data-output='{output.Id}'] .publish-form");
        Assert.Equal(nameof(OutputState.Published), published.Element($"tr[data-output='{output.Id}']").GetAttribute("data-state"));
        var conflict = await manager.Client.SubmitAsync(stale, $"tr[data-output='{output.Id}'] .keep-form", [Field("note", "Late review.")]);
        Assert.Contains("Someone else changed this at the same moment.", conflict.Texts("#problem").Single(), StringComparison.Ordinal);
        Assert.Equal(OutputState.Published, await _portal.WithDbAsync(db => db.CityOutputs.Select(o => o.State).SingleAsync()));

        var page = await HtmlPage.GetAsync(visitor, "/partnerships");
        Assert.Equal("Local action plan 2022–2025", page.Texts($"#published-outputs li[data-output='{output.Id}'] a").Single());
        Assert.Equal(bytes, await (await visitor.GetAsync(new Uri($"/partnerships/outputs/{output.Id}", UriKind.Relative))).Content.ReadAsByteArrayAsync());

        // Taken off the public page with a note, which the city reads.
        await manager.SubmitAsync("/admin/outputs", $"tr[data-output='{output.Id}'] .keep-form", Field("note", "The annex names private persons."));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/partnerships/outputs/{output.Id}", UriKind.Relative))).StatusCode);
        Assert.Null((await HtmlPage.GetAsync(visitor, "/partnerships")).Document.QuerySelector("#published-outputs"));
        Assert.Contains("The annex names private persons.", (await city.GetAsync("/applicant")).Texts($"tr[data-output='{output.Id}'] .icp-note").Single(), StringComparison.Ordinal);
        var actions = await _portal.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["output.received", "output.published", "output.kept-unpublished"], actions.Where(a => a.StartsWith("output.", StringComparison.Ordinal)));

        // A city that does not take part cannot hand in anything.
        var outsider = await OfficerAsync(setup.NotSelected);
        var token = (await outsider.GetAsync("/applicant/team")).Element("input[name='__RequestVerificationToken']").GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.NotFound, (await PostOutputAsync(outsider, token, TestDocuments.Pdf(), "Not ours")).StatusCode);
        Assert.Equal(1, await _portal.WithDbAsync(db => db.CityOutputs.CountAsync()));
    }

    private Task<ApplicantJourney> OfficerAsync(CooperationSetup.City city) => ApplicantJourney.SignInExistingAsync(_portal, city.OfficerEmail, DemoData.Password);

    private string[] StoredFiles() => Directory.Exists(_portal.FilesFolder) ? [.. Directory.GetFiles(_portal.FilesFolder).Order(StringComparer.Ordinal)] : [];

    private static async Task<HtmlPage> UploadAsync(ApplicantJourney city, byte[] bytes, string title)
    {
        var page = await city.GetAsync("/applicant");
        var token = page.Element("#output-form input[name='__RequestVerificationToken']").GetAttribute("value")!;
        return await HtmlPage.FromResponseAsync(await PostOutputAsync(city, token, bytes, title));
    }

    private static async Task<HttpResponseMessage> PostOutputAsync(ApplicantJourney city, string token, byte[] bytes, string title)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new StringContent(nameof(OutputKind.LocalActionPlan)), "Form.Kind");
        content.Add(new StringContent(title), "Form.Title");
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", "plan.pdf");
        return await city.Client.PostAsync(new Uri("/applicant/outputs", UriKind.Relative), content);
    }
}
