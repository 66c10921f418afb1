using System.Net;
using ICP.Domain.Activities;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Activities;

/// <summary>
/// A programme manager creates and edits an activity (a colleague's edit is reported, not
/// overwritten), exports its registrations (read back with CsvHelper and the Open XML SDK), cancels
/// one (the first waiting is promoted and e-mailed), promotes another and writes to everyone registered.
/// </summary>
public sealed class StaffActivitiesTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Now = new(2022, 6, 1, 9, 0, 0, TimeSpan.Zero);

    private readonly PortalFactory _portal = new();

    public async ValueTask InitializeAsync()
    {
        _portal.Clock.SetUtcNow(Now);
        await StaffJourney.SeedStaffAsync(_portal, 0);
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task Manager_CreatesAndEditsAnOnlineSession_AStaleEditIsReported_AndItIsAudited()
    {
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);

        var invalid = await manager.SubmitAsync("/admin/activities/new/online-session", "#activity-form",
            Field("Form.Title", "Heat pumps for social housing"), Field("Form.Starts", "2022-06-22T10:00"), Field("Form.Ends", "2022-06-22T12:00"),
            Field("Form.ThemeSlug", "energy-transition"), Field("Form.JoiningLink", "http://meet.example.eu/heat"), Field("Form.Capacity", "2"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, invalid.StatusCode);
        Assert.Contains("Enter the joining link as a full https:// address.", invalid.Texts("#form-errors li"));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Activities.CountAsync()));

        var created = await manager.SubmitAsync("/admin/activities/new/online-session", "#activity-form",
            Field("Form.Title", "Heat pumps for social housing"), Field("Form.Starts", "2022-06-22T10:00"), Field("Form.Ends", "2022-06-22T12:00"),
            Field("Form.ThemeSlug", "energy-transition"), Field("Form.JoiningLink", "https://meet.example.eu/heat"), Field("Form.Capacity", "2"));
        var activity = await _portal.WithDbAsync(db => db.Activities.AsNoTracking().SingleAsync());
        Assert.Equal((new DateTimeOffset(2022, 6, 22, 8, 0, 0, TimeSpan.Zero), ActivityKind.OnlineSession, 0), (activity.StartsAt, activity.Kind, activity.Sequence));
        Assert.Contains("The activity was created.", created.Texts("#notice").Single(), StringComparison.Ordinal);

        var stale = await manager.GetAsync($"/admin/activities/{activity.Id}");
        await manager.SubmitAsync($"/admin/activities/{activity.Id}", "#activity-form", Field("Form.Title", "Heat pumps in social housing"));
        var conflict = await manager.Client.SubmitAsync(stale, "#activity-form", [Field("Form.Title", "Heat pumps: a colleague's title")]);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("Someone else changed this at the same moment.", string.Join(' ', conflict.Texts("#form-errors li")), StringComparison.Ordinal);
        var saved = await _portal.WithDbAsync(db => db.Activities.AsNoTracking().SingleAsync());
        Assert.Equal(("Heat pumps in social housing", 1, activity.CalendarUid), (saved.Title, saved.Sequence, saved.CalendarUid));
        var actions = await _portal.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync());
        Assert.Contains("activity.created", actions);
        Assert.Contains("activity.revised", actions);
    }

    [Fact]
    public async Task Manager_ExportsCancelsPromotesAndWrites_EveryoneConcernedIsEmailed()
    {
        var id = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 1);
        foreach (var (email, name) in new[] { ("ana@example.org", "Ana Pereira"), ("jonas@example.org", "Jonas Berg"), ("lucia@example.org", "Lucía Gómez") })
        {
            var visitor = _portal.CreateClient();
            await ActivityRegistrationFlowTests.RegisterAsync(visitor, id, email, name);
            var link = Mailbox.LinkIn(await _portal.Mailbox.WaitForAsync(email, "Confirm your registration"), "/activities/confirm");
            await visitor.SubmitAsync(await HtmlPage.GetAsync(visitor, link.PathAndQuery), "#link-form");
        }

        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var csv = ExportedFile.Csv(await manager.Client.GetByteArrayAsync(new Uri($"/admin/activities/{id}/registrations.csv", UriKind.Relative)));
        Assert.Equal(["Ana Pereira", "ana@example.org", "Câmara Municipal de Lisboa", "Portugal", "Confirmed"], csv[1].Take(5));
        Assert.Equal("PT", csv[1][9]);
        Assert.Equal(["Lucía Gómez", "On the waiting list"], new[] { csv[3][0], csv[3][4] });
        var sheet = ExportedFile.Xlsx(await manager.Client.GetByteArrayAsync(new Uri($"/admin/activities/{id}/registrations.xlsx", UriKind.Relative)));
        Assert.Equal(4, sheet.Count);
        Assert.IsType<DateTimeOffset>(sheet[1][5]);

        // Staff cancel Ana's place: she is told, and Jonas (first waiting) gets it.
        var ids = await _portal.WithDbAsync(db => db.ActivityRegistrations.ToDictionaryAsync(r => r.Email, r => r.Id));
        var page = await manager.GetAsync($"/admin/activities/{id}");
        await manager.Client.SubmitAsync(page, $"tr[data-registration='{ids["ana@example.org"]}'] form[action$='/cancel']");
        await _portal.Mailbox.WaitForAsync("ana@example.org", "Registration cancelled");
        await _portal.Mailbox.WaitForAsync("jonas@example.org", "Registration confirmed");

        // Staff seat Lucía too, beyond the capacity.
        page = await manager.GetAsync($"/admin/activities/{id}");
        await manager.Client.SubmitAsync(page, $"tr[data-registration='{ids["lucia@example.org"]}'] form[action$='/promote']");
        Assert.Equal(
            [RegistrationStatus.Cancelled, RegistrationStatus.Confirmed, RegistrationStatus.Confirmed],
            await _portal.WithDbAsync(db => db.ActivityRegistrations.OrderBy(r => r.Id).Select(r => r.Status).ToListAsync()));
        await _portal.Mailbox.WaitForAsync("lucia@example.org", "Registration confirmed");

        var written = await manager.SubmitAsync($"/admin/activities/{id}", "#message-form", Field("subject", "Room change"), Field("body", "The session moves to a new link next week."));
        Assert.Contains("2", written.Texts("#notice").Single(), StringComparison.Ordinal);
        await _portal.Mailbox.WaitForAsync("jonas@example.org", "Room change");
        Assert.DoesNotContain(_portal.Mailbox.To("ana@example.org"), m => m.Subject?.Contains("Room change", StringComparison.Ordinal) == true);
        var audit = await _portal.WithDbAsync(db => db.AuditEntries.Select(e => e.Action).ToListAsync());
        Assert.Contains("activity.registration-cancelled", audit);
        Assert.Contains("activity.registration-promoted", audit);
        Assert.Contains("activity.message-sent", audit);
    }

    [Fact]
    public async Task Manager_TranslatesAnActivitysTitle_AndThePublicPagesShowItInThatLanguage()
    {
        var id = await ActivityRegistrationFlowTests.OnlineSessionAsync(_portal, capacity: 10);
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var editor = await manager.GetAsync("/admin/translations/fr");
        var name = editor.Element($"#text-activity-{id}-title").GetAttribute("name")!;

        var saved = await manager.Client.SubmitAsync(editor, "#translations-form", [Field(name, "La qualité de l'air dans les villes portuaires")]);

        Assert.Contains("1 text was saved.", saved.MainText, StringComparison.Ordinal);
        var visitor = _portal.CreateClient();
        Assert.Contains("La qualité de l'air dans les villes portuaires", (await HtmlPage.GetAsync(visitor, "/activities?culture=fr")).Texts("#upcoming-list h3"));
        Assert.Contains("Air quality in port cities", (await HtmlPage.GetAsync(visitor, "/activities?culture=en")).Texts("#upcoming-list h3"));
    }

    [Fact]
    public async Task StaffPages_AnotherActivityId_AnswerNotFound()
    {
        var manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/admin/activities/999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.GetAsync("/admin/activities/new/picnic")).StatusCode);
        var response = await manager.Client.GetAsync(new Uri("/admin/activities/999/registrations.csv", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
