using System.Net;
using System.Net.Http.Headers;
using ICP.Domain.Activities;
using ICP.Testing;
using ICP.Web.Features.Applications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Activities;

/// <summary>
/// A programme manager attaches an activity's outputs (a PDF, a link), shows or hides them on the
/// public page and removes them; the public sees only the public ones, and a file not public
/// answers 404 to everyone but staff. Bad files and links are refused with a message and store
/// nothing; evaluators cannot attach anything; every change is audited.
/// </summary>
public sealed class ActivityOutputsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync()
    {
        _portal.Clock.SetUtcNow(Now);
        await StaffJourney.SeedStaffAsync(_portal, 1);
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task Manager_AddsAFileAndALink_ThePublicSeesOnlyThePublicOne_AndANonPublicFileIsNotFoundButToStaff()
    {
        var id = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10);
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var visitor = _portal.CreateClient();
        Assert.Null((await HtmlPage.GetAsync(visitor, $"/activities/{id}")).Document.QuerySelector("#outputs"));

        var slides = TestDocuments.Pdf("Slides of the session");
        var added = await AddAsync(manager, id, "Slides", "Air quality in port cities: the slides", slides, link: null, isPublic: false);
        Assert.Contains("The output was added.", added.Texts("#notice").Single(), StringComparison.Ordinal);
        await AddAsync(manager, id, "Recording", "Recording of the session", null, link: "https://video.example.eu/icp/air", isPublic: true);

        var outputs = await _portal.WithDbAsync(db => db.ActivityOutputs.AsNoTracking().OrderBy(o => o.Id).ToListAsync());
        Assert.Equal(
            [(ActivityOutputKind.Slides, false, true, ""), (ActivityOutputKind.Recording, true, false, "https://video.example.eu/icp/air")],
            outputs.Select(o => (o.Kind, o.IsPublic, o.IsFile, o.Link)));
        var (file, link) = (outputs[0], outputs[1]);

        // The public page (cached before) lists the public link only, and the file not public answers 404.
        var page = await HtmlPage.GetAsync(visitor, $"/activities/{id}");
        Assert.Equal(["Recording of the session"], page.Texts("#outputs li a"));
        Assert.Equal("https://video.example.eu/icp/air", page.Element($"#outputs li[data-output='{link.Id}'] a").GetAttribute("href"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/activities/{id}/outputs/{file.Id}", UriKind.Relative))).StatusCode);
        var city = await ApplicantJourney.RegisterAsync(_portal, "officer@graz.example", "Officer of Graz");
        Assert.Equal(HttpStatusCode.NotFound, (await city.Client.GetAsync(new Uri($"/activities/{id}/outputs/{file.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await city.Client.GetAsync(new Uri($"/admin/activities/{id}/outputs/{file.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(slides, await manager.Client.GetByteArrayAsync(new Uri($"/admin/activities/{id}/outputs/{file.Id}", UriKind.Relative)));

        // Made public: listed and downloadable by anyone, from this activity's address only.
        await manager.SubmitAsync($"/admin/activities/{id}", $"tr[data-output='{file.Id}'] .visibility-form");
        page = await HtmlPage.GetAsync(visitor, $"/activities/{id}");
        Assert.Equal(["Air quality in port cities: the slides", "Recording of the session"], page.Texts("#outputs li a"));
        Assert.Equal(slides, await visitor.GetByteArrayAsync(new Uri($"/activities/{id}/outputs/{file.Id}", UriKind.Relative)));
        var other = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/activities/{other}/outputs/{file.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/activities/{id}/outputs/{link.Id}", UriKind.Relative))).StatusCode);

        // A change made on a page from before a colleague's is reported, not applied.
        var stale = await manager.GetAsync($"/admin/activities/{id}");
        await manager.SubmitAsync($"/admin/activities/{id}", $"tr[data-output='{link.Id}'] .visibility-form");
        var conflict = await manager.Client.SubmitAsync(stale, $"tr[data-output='{link.Id}'] .remove-form");
        Assert.Contains("Someone else changed this at the same moment.", conflict.Texts("#problem").Single(), StringComparison.Ordinal);
        Assert.Equal(2, await _portal.WithDbAsync(db => db.ActivityOutputs.CountAsync()));
        Assert.Equal(["Air quality in port cities: the slides"], (await HtmlPage.GetAsync(visitor, $"/activities/{id}")).Texts("#outputs li a"));

        // Removed: gone from the public page; the row is gone, so the sweep may delete the file.
        await manager.SubmitAsync($"/admin/activities/{id}", $"tr[data-output='{file.Id}'] .remove-form");
        Assert.Null((await HtmlPage.GetAsync(visitor, $"/activities/{id}")).Document.QuerySelector("#outputs"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/activities/{id}/outputs/{file.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal([link.Id], await _portal.WithDbAsync(db => db.ActivityOutputs.Select(o => o.Id).ToListAsync()));

        var actions = await _portal.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(
            ["activity.output-added", "activity.output-added", "activity.output-visibility-changed", "activity.output-visibility-changed", "activity.output-removed"],
            actions.Where(a => a.StartsWith("activity.output-", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Manager_AddsANonPdfOrABadLink_IsRefusedWithAMessage_AndNothingIsStored()
    {
        var id = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10);
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var filesBefore = StoredFiles();

        var notPdf = await AddAsync(manager, id, "Slides", "Slides", TestDocuments.PngNamedAsPdf(), link: null, isPublic: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, notPdf.StatusCode);
        Assert.Contains("The file is not a PDF document.", notPdf.Texts("#form-errors li").Single(), StringComparison.Ordinal);
        Assert.Equal("Slides", notPdf.Element("#OutputForm_Title").GetAttribute("value"));

        foreach (var bad in new[] { "http://video.example.eu/icp/air", "javascript:alert(1)", "//video.example.eu/x", "https://" })
        {
            var refused = await AddAsync(manager, id, "Recording", "Recording", null, link: bad, isPublic: true);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
            Assert.Equal("Enter the link as a full https:// address.", refused.Texts("#form-errors li").Single());
        }

        var both = await AddAsync(manager, id, "Report", "Report", TestDocuments.Pdf("Report"), link: "https://example.eu/report", isPublic: true);
        Assert.Equal("Attach a PDF file or give a link: one of the two.", both.Texts("#form-errors li").Single());
        var neither = await AddAsync(manager, id, "Report", "Report", null, link: null, isPublic: true);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, neither.StatusCode);
        var noKind = await AddAsync(manager, id, "Podcast", "Report", null, link: "https://example.eu/report", isPublic: true);
        Assert.Equal("Choose what kind of output this is.", noKind.Texts("#form-errors li").Single());

        Assert.Equal(0, await _portal.WithDbAsync(db => db.ActivityOutputs.CountAsync()));
        Assert.Equal(filesBefore, StoredFiles());
        Assert.DoesNotContain("activity.output-added", await _portal.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync()));
    }

    [Fact]
    public async Task Evaluator_CannotAttachOrReadOutputs()
    {
        var id = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10);
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        await AddAsync(manager, id, "Report", "Report of the session", TestDocuments.Pdf("Report"), link: null, isPublic: false);
        var output = await _portal.WithDbAsync(db => db.ActivityOutputs.AsNoTracking().SingleAsync());
        var evaluator = await StaffJourney.SignInAsync(_portal, StaffJourney.EvaluatorEmail(1));
        var token = (await evaluator.GetAsync("/admin")).Element("form input[name='__RequestVerificationToken']").GetAttribute("value")!;

        var posted = await PostAsync(evaluator.Client, token, id, "Slides", "Slides", TestDocuments.Pdf(), link: null, isPublic: true);
        var hidden = await evaluator.Client.PostAsync(new Uri($"/admin/activities/{id}/outputs/{output.Id}/remove", UriKind.Relative),
            new FormUrlEncodedContent([Field("__RequestVerificationToken", token), Field("token", output.ConcurrencyToken.ToString())]));

        Assert.Equal(HttpStatusCode.Forbidden, posted.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await evaluator.Client.GetAsync(new Uri($"/admin/activities/{id}/outputs/{output.Id}", UriKind.Relative))).StatusCode);
        Assert.Equal(1, await _portal.WithDbAsync(db => db.ActivityOutputs.CountAsync()));
    }

    [Fact]
    public async Task ChangesToAnotherActivitysOutput_AnswerNotFound()
    {
        var id = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10);
        var other = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10);
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        await AddAsync(manager, id, "Recording", "Recording", null, link: "https://video.example.eu/icp/air", isPublic: true);
        var output = await _portal.WithDbAsync(db => db.ActivityOutputs.AsNoTracking().SingleAsync());
        var token = (await manager.GetAsync($"/admin/activities/{other}")).Element("#output-form input[name='__RequestVerificationToken']").GetAttribute("value")!;

        var response = await manager.Client.PostAsync(new Uri($"/admin/activities/{other}/outputs/{output.Id}/remove", UriKind.Relative),
            new FormUrlEncodedContent([Field("__RequestVerificationToken", token), Field("token", output.ConcurrencyToken.ToString())]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(manager.Client, token, 999, "Recording", "Recording", null, "https://video.example.eu/x", true)).StatusCode);
        Assert.Equal(1, await _portal.WithDbAsync(db => db.ActivityOutputs.CountAsync()));
    }

    [Fact]
    public async Task Remove_TheSweepDeletesTheRemovedOutputsFile_AndKeepsTheFilesStillAttached()
    {
        var id = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10);
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        await AddAsync(manager, id, "Slides", "Slides", TestDocuments.Pdf("Slides"), link: null, isPublic: true);
        await AddAsync(manager, id, "Report", "Report", TestDocuments.Pdf("Report"), link: null, isPublic: true);
        var outputs = await _portal.WithDbAsync(db => db.ActivityOutputs.AsNoTracking().OrderBy(o => o.Id).ToListAsync());
        await manager.SubmitAsync($"/admin/activities/{id}", $"tr[data-output='{outputs[0].Id}'] .remove-form");
        var (removed, kept) = (FileOf(outputs[0]), FileOf(outputs[1]));
        Assert.True(File.Exists(removed));

        // Both files older than the grace: the one no row names goes, the one still attached stays.
        File.SetLastWriteTimeUtc(removed, DateTime.UtcNow.AddHours(-2));
        File.SetLastWriteTimeUtc(kept, DateTime.UtcNow.AddHours(-2));
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<DocumentFilesWorkflow>().SweepAsync(CancellationToken.None);
        }

        Assert.False(File.Exists(removed));
        Assert.True(File.Exists(kept));
        Assert.Equal(TestDocuments.Pdf("Report"), await _portal.CreateClient().GetByteArrayAsync(new Uri($"/activities/{id}/outputs/{outputs[1].Id}", UriKind.Relative)));
    }

    private string FileOf(ActivityOutput output) => Path.Combine(_portal.FilesFolder, output.StorageKey + ".bin");

    private string[] StoredFiles() => Directory.Exists(_portal.FilesFolder) ? [.. Directory.GetFiles(_portal.FilesFolder).Order(StringComparer.Ordinal)] : [];

    private static async Task<HtmlPage> AddAsync(StaffJourney manager, int id, string kind, string title, byte[]? file, string? link, bool isPublic)
    {
        var page = await manager.GetAsync($"/admin/activities/{id}");
        var token = page.Element("#output-form input[name='__RequestVerificationToken']").GetAttribute("value")!;
        return await HtmlPage.FromResponseAsync(await PostAsync(manager.Client, token, id, kind, title, file, link, isPublic));
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token, int id, string kind, string title, byte[]? file, string? link, bool isPublic)
    {
        using var content = new MultipartFormDataContent();
        content.Add(new StringContent(token), "__RequestVerificationToken");
        content.Add(new StringContent(kind), "OutputForm.Kind");
        content.Add(new StringContent(title), "OutputForm.Title");
        content.Add(new StringContent(link ?? string.Empty), "OutputForm.Link");
        content.Add(new StringContent(isPublic ? "true" : "false"), "OutputForm.IsPublic");
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, "file", "output.pdf");
        }

        return await client.PostAsync(new Uri($"/admin/activities/{id}/outputs", UriKind.Relative), content);
    }
}
