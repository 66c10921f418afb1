using System.Globalization;
using System.Net;
using ICP.Testing;
using ICP.Web.Features.Demo;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Cooperation;

/// <summary>
/// A study visit's delegates over HTTP: a selected city registers them before the cut-off (judged
/// at the request's arrival) and is refused after it, within the limit per city; a city that does
/// not take part gets 404; staff change the list after the cut-off and export it (read back with
/// CsvHelper and the Open XML SDK).
/// </summary>
public sealed class DelegatesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Cutoff = new(2022, 5, 20, 22, 0, 0, TimeSpan.Zero);

    private readonly PortalFactory _portal = new();

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task ASelectedCity_RegistersDelegatesBeforeTheCutoff_IsRefusedAfterIt_AndStaffExportTheList()
    {
        var setup = await CooperationSetup.PublishedAsync(_portal);
        var visit = await CooperationSetup.StudyVisitAsync(_portal, "Study visit to Cape Town", Cutoff, limit: 2);
        _portal.Clock.SetUtcNow(Cutoff.AddDays(-3));
        var city = await ApplicantJourney.SignInExistingAsync(_portal, setup.Canada[0].OfficerEmail, DemoData.Password);

        // The workspace lists the visit; the city registers two delegates, the most it may.
        var workspace = await city.GetAsync("/applicant");
        Assert.NotNull(workspace.Document.QuerySelector($"#upcoming li[data-activity='{visit}']"));
        var first = await AddAsync(city, visit, "Ana Silva", "Head of environment", "ana@city.example");
        Assert.Contains("Ana Silva is registered as a delegate.", first.Texts("#notice").Single(), StringComparison.Ordinal);
        await AddAsync(city, visit, "Rui Costa", "Deputy mayor", "rui@city.example");
        var full = await city.GetAsync($"/applicant/visits/{visit}");
        Assert.NotNull(full.Document.QuerySelector("#delegates-full"));
        Assert.Equal(["Ana Silva", "Rui Costa"], await DelegateNamesAsync());
        Assert.Contains("Ana Silva", (await city.GetAsync("/applicant")).Texts($"#upcoming li[data-activity='{visit}']").Single(), StringComparison.Ordinal);

        // Bad input: a clear message, nothing changes.
        var removed = await city.Client.SubmitAsync(full, "#delegates li form");
        Assert.Contains("The delegate was removed.", removed.Texts("#notice").Single(), StringComparison.Ordinal);
        var invalid = await AddAsync(city, visit, "Eva Lopes", "Engineer", "not-an-address");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Equal("Enter a valid e-mail address.", invalid.Texts("#form-errors li").Single());
        Assert.Equal(["Rui Costa"], await DelegateNamesAsync());

        // A city that does not take part: 404, nothing written.
        var outsider = await ApplicantJourney.SignInExistingAsync(_portal, setup.NotSelected.OfficerEmail, DemoData.Password);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Client.GetAsync(new Uri($"/applicant/visits/{visit}", UriKind.Relative))).StatusCode);

        // At the cut-off (the instant the request arrived), the city is refused with the date; nothing changes.
        // (Three days on, the officer signs in again: the session of three days ago has expired.)
        _portal.Clock.SetUtcNow(Cutoff);
        city = await ApplicantJourney.SignInExistingAsync(_portal, setup.Canada[0].OfficerEmail, DemoData.Password);
        var closed = await city.GetAsync($"/applicant/visits/{visit}");
        Assert.NotNull(closed.Document.QuerySelector("#delegation-closed"));
        Assert.Null(closed.Document.QuerySelector("#delegate-form"));
        var token = (await city.GetAsync("/applicant")).Element("#output-form input[name='__RequestVerificationToken']").GetAttribute("value")!;
        var late = await HtmlPage.FromResponseAsync(await city.Client.PostAsync(new Uri($"/applicant/visits/{visit}/delegates", UriKind.Relative), new FormUrlEncodedContent([
            Field("__RequestVerificationToken", token), Field("Form.Name", "Eva Lopes"), Field("Form.Role", "Engineer"), Field("Form.Email", "eva@city.example")])));
        Assert.True(late.StatusCode == HttpStatusCode.UnprocessableEntity, $"{late.StatusCode} at {late.Response.RequestMessage!.RequestUri}: {late.MainText}");
        Assert.Contains("From then on, changes go through the programme's staff.", late.Texts("#form-errors li").Single(), StringComparison.Ordinal);
        Assert.Contains("20 May 2022", late.Texts("#form-errors li").Single(), StringComparison.Ordinal);
        Assert.Equal(["Rui Costa"], await DelegateNamesAsync());

        // Staff still change it, and export it.
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var added = await manager.SubmitAsync($"/admin/visits/{visit}/delegates", "#staff-delegate-form",
            Field("applicationId", setup.Canada[0].ApplicationId.ToString(CultureInfo.InvariantCulture)), Field("Form.Name", "Eva Lopes"), Field("Form.Role", "Engineer"), Field("Form.Email", "eva@city.example"));
        Assert.Contains("Eva Lopes is registered as a delegate.", added.Texts("#notice").Single(), StringComparison.Ordinal);
        Assert.Equal(["Eva Lopes", "Rui Costa"], (await DelegateNamesAsync()).Order(StringComparer.Ordinal));
        var csv = ExportedFile.Csv(await manager.Client.GetByteArrayAsync(new Uri($"/admin/visits/{visit}/delegates/export.csv", UriKind.Relative)));
        Assert.Equal(["Eva Lopes", "Rui Costa"], csv.Skip(1).Select(r => r[4]).Order(StringComparer.Ordinal));
        Assert.All(csv.Skip(1), r => Assert.Equal(setup.Canada[0].Reference, r[3]));
        var xlsx = ExportedFile.Xlsx(await manager.Client.GetByteArrayAsync(new Uri($"/admin/visits/{visit}/delegates/export.xlsx", UriKind.Relative)));
        Assert.Equal(3, xlsx.Count);
        Assert.Equal(["Eva Lopes", "Rui Costa"], xlsx.Skip(1).Select(r => (string)r[4]!).Order(StringComparer.Ordinal));
        var actions = await _portal.WithDbAsync(db => db.AuditEntries.OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
        Assert.Equal(["delegate.added", "delegate.added", "delegate.removed", "delegate.added"], actions.Where(a => a.StartsWith("delegate.", StringComparison.Ordinal)));
    }

    private Task<List<string>> DelegateNamesAsync() => _portal.WithDbAsync(db => db.VisitDelegates.OrderBy(d => d.Id).Select(d => d.Name).ToListAsync());

    private static async Task<HtmlPage> AddAsync(ApplicantJourney city, int visit, string name, string role, string email) =>
        await city.Client.SubmitAsync(await city.GetAsync($"/applicant/visits/{visit}"), "#delegate-form", [Field("Form.Name", name), Field("Form.Role", role), Field("Form.Email", email)]);
}
