using System.Net;
using ICP.Domain.Messaging;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Staff;

/// <summary>The programme manager's pages: the list and its exports, deadlines, criteria, staff invitations, hand assignment.</summary>
public sealed class StaffPagesTests : IAsyncLifetime
{
    private readonly PortalFactory _portal = new();
    private StaffJourney _manager = null!;

    public async ValueTask InitializeAsync()
    {
        await StaffJourney.SeedStaffAsync(_portal, evaluators: 2);
        _manager = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
    }

    public ValueTask DisposeAsync() => _portal.DisposeAsync();

    [Fact]
    public async Task ApplicationList_FiltersCountsAndExportsTheFilteredRows()
    {
        await using (var scope = _portal.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ICP.Web.Features.Demo.DemoData>().SeedAsync(90, 0, CancellationToken.None);
        }

        var all = await _manager.GetAsync("/admin/applications");
        var total = await _portal.WithDbAsync(db => db.Applications.CountAsync());
        Assert.Contains($"{total} applications match the filters.", all.MainText, StringComparison.Ordinal);

        var canada = await _manager.GetAsync("/admin/applications?group=CA");
        var canadian = await _portal.WithDbAsync(db => db.Applications.CountAsync(a => a.QuotaGroupCode == "CA"));
        Assert.True(canadian > 0);
        Assert.Contains($"{canadian} applications match the filters.", canada.MainText, StringComparison.Ordinal);
        Assert.All(canada.All("#applications tbody tr"), row => Assert.Contains("-CA-", row.TextContent, StringComparison.Ordinal));

        var csv = await _manager.Client.GetByteArrayAsync(new Uri("/admin/applications/export.csv?group=CA", UriKind.Relative));
        Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        var records = ExportedFile.Csv(csv);
        Assert.Equal(canadian + 1, records.Count);
        Assert.Equal("Reference", records[0][0]);
        Assert.All(records.Skip(1), record => Assert.StartsWith("ICP-2021-CA-", record[0], StringComparison.Ordinal));

        var xlsx = await _manager.Client.GetAsync(new Uri("/admin/applications/export.xlsx?group=CA", UriKind.Relative));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType!.MediaType);
        var sheet = ExportedFile.Xlsx(await xlsx.Content.ReadAsByteArrayAsync());
        Assert.Equal(canadian + 1, sheet.Count);
        Assert.Equal(records[0], sheet[0].Cast<string>());
        // The same applications in the same order, the counts as numbers and the submission instants as dates.
        Assert.Equal(records.Skip(1).Select(r => r[0]), sheet.Skip(1).Select(r => (string)r[0]!));
        var versionsColumn = records[0].IndexOf("Versions");
        var submittedColumn = records[0].IndexOf("Last submitted (UTC)");
        var expected = await _portal.WithDbAsync(db => db.Applications.Where(a => a.QuotaGroupCode == "CA")
            .Select(a => new { a.Reference, Versions = db.ApplicationVersions.Count(v => v.ApplicationId == a.Id) }).ToDictionaryAsync(a => a.Reference, a => a.Versions));
        Assert.All(sheet.Skip(1), row =>
        {
            Assert.Equal((decimal)expected[(string)row[0]!], Assert.IsType<decimal>(row[versionsColumn]));
            if (row.ElementAtOrDefault(submittedColumn) is { } submitted)
            {
                Assert.IsType<DateTimeOffset>(submitted);
            }
        });
        Assert.Contains(sheet.Skip(1), row => row.ElementAtOrDefault(submittedColumn) is DateTimeOffset);
        var csvSubmitted = records.Skip(1).Select(r => r[submittedColumn]).Where(v => v.Length > 0)
            .Select(v => DateTimeOffset.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(csvSubmitted, sheet.Skip(1).Select(r => r.ElementAtOrDefault(submittedColumn)).OfType<DateTimeOffset>());
    }

    [Fact]
    public async Task DeadlineExtension_ByStaff_IsAnnouncedAndAudited_AndBadInputChangesNothing()
    {
        _portal.Clock.SetUtcNow(new DateTimeOffset(2021, 11, 14, 9, 0, 0, TimeSpan.Zero));
        await _manager.SignInAgainAsync();

        var empty = await _manager.SubmitAsync("/admin/deadline", "#extend-form", Field("CallForm.LastDay", ""), Field("CallForm.Reason", ""));
        Assert.Equal(["Enter the last day on time.", "Give the reason."], empty.Texts("#form-errors li").Order(StringComparer.Ordinal));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<ICP.Domain.Programme.DeadlineExtension>().CountAsync()));

        var earlier = await _manager.SubmitAsync("/admin/deadline", "#extend-form", Field("CallForm.LastDay", "2021-11-10"), Field("CallForm.Reason", "Typo"));
        Assert.NotNull(earlier.Document.QuerySelector("#problem"));
        Assert.Equal(0, await _portal.WithDbAsync(db => db.Set<ICP.Domain.Programme.DeadlineExtension>().CountAsync()));

        var extended = await _manager.SubmitAsync("/admin/deadline", "#extend-form", Field("CallForm.LastDay", "2021-11-30"), Field("CallForm.Reason", "Many cities asked for more time."));
        Assert.Equal("The deadline was extended; the public pages announce it.", extended.Texts("#notice").Single());
        Assert.Equal("30 November 2021, 23:59:59 (Brussels time)", extended.Texts("#current-deadline").Single());

        var home = await HtmlPage.GetAsync(_portal.CreateClient(), "/");
        Assert.Equal("Deadline extended to 30 November 2021, 23:59:59 (Brussels time), instead of 15 November 2021, 23:59:59 (Brussels time).", home.Texts("#deadline-extended").Single());
        var audit = await _manager.GetAsync("/admin/audit?action=deadline.extended");
        Assert.Contains("Many cities asked for more time.", Assert.Single(audit.All("#audit tbody tr")).TextContent, StringComparison.Ordinal);
        var export = ExportedFile.Csv(await _manager.Client.GetByteArrayAsync(new Uri("/admin/audit/export.csv?action=deadline.extended", UriKind.Relative)));
        Assert.Equal(["When (UTC)", "Who", "Action", "Action code", "Subject", "Details", "Reason"], export[0]);
        var entry = Assert.Single(export.Skip(1));
        Assert.Equal("deadline.extended", entry[3]);
        Assert.Equal("Many cities asked for more time.", entry[6]);
        Assert.Equal(_portal.Clock.GetUtcNow(), DateTimeOffset.Parse(entry[0], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task TwoExtensionsAtOnce_AreRecordedOneAfterTheOther_NeverBothFromTheSameDeadline()
    {
        var colleague = await StaffJourney.SignInAsync(_portal, StaffJourney.ManagerEmail);
        var pages = await Task.WhenAll(_manager.GetAsync("/admin/deadline"), colleague.GetAsync("/admin/deadline"));

        var answers = await Task.WhenAll(
            _manager.Client.SubmitAsync(pages[0], "#extend-form", [Field("CallForm.LastDay", "2021-11-25"), Field("CallForm.Reason", "Ten more days")]),
            colleague.Client.SubmitAsync(pages[1], "#extend-form", [Field("CallForm.LastDay", "2021-11-30"), Field("CallForm.Reason", "Two more weeks")]));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
        var chain = await _portal.WithDbAsync(db => db.Set<ICP.Domain.Programme.DeadlineExtension>().OrderBy(e => e.Id)
            .Select(e => new { e.PreviousDeadline, e.NewDeadline }).ToListAsync());
        var original = new DateTimeOffset(2021, 11, 15, 23, 0, 0, TimeSpan.Zero);
        Assert.Equal(original, chain[0].PreviousDeadline);
        for (var i = 1; i < chain.Count; i++)
        {
            Assert.Equal(chain[i - 1].NewDeadline, chain[i].PreviousDeadline);
        }

        Assert.Equal(new DateTimeOffset(2021, 11, 30, 23, 0, 0, TimeSpan.Zero), chain[^1].NewDeadline);
    }

    [Fact]
    public async Task Criteria_CanBeRevisedUntilEvaluationStarts_AndMustAddUpTo100()
    {
        var page = await _manager.GetAsync("/admin/evaluation");
        var weights = page.All("#criteria input[name='weights']").Select(i => i.GetAttribute("value")!).ToList();
        Assert.Equal("100", page.Texts("#weight-total").Single());

        var broken = weights.ToList();
        broken[0] = (int.Parse(broken[0], System.Globalization.CultureInfo.InvariantCulture) + 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var refused = await _manager.Client.SubmitAsync(page, "#criteria-form", broken.Select(w => Field("weights", w)));
        Assert.Equal("The weights add up to 105: each must be between 1 and 100, together exactly 100, and each threshold between 0 and 5.", refused.Texts("#problem").Single());
        Assert.Equal(weights, refused.All("#criteria input[name='weights']").Select(i => i.GetAttribute("value")!).ToList());
        var thresholds = page.All("#criteria input[name='thresholds']").Select(i => i.GetAttribute("value") ?? "").ToList();
        var typo = await _manager.Client.SubmitAsync(page, "#criteria-form", thresholds.Skip(1).Prepend("abc").Select(v => Field("thresholds", v)));
        Assert.Equal("A threshold is a whole number from 0 to 5, or empty for none.", typo.Texts("#problem").Single());
        Assert.Equal(thresholds, typo.All("#criteria input[name='thresholds']").Select(i => i.GetAttribute("value") ?? "").ToList());

        var moved = weights.ToList();
        moved[0] = (int.Parse(moved[0], System.Globalization.CultureInfo.InvariantCulture) + 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
        moved[1] = (int.Parse(moved[1], System.Globalization.CultureInfo.InvariantCulture) - 5).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var saved = await _manager.Client.SubmitAsync(page, "#criteria-form", moved.Select(w => Field("weights", w)));
        Assert.Equal("The criteria were saved.", saved.Texts("#notice").Single());
        Assert.Equal(moved, saved.All("#criteria input[name='weights']").Select(i => i.GetAttribute("value")!).ToList());
    }

    [Fact]
    public async Task StaffInvitation_IsDeliveredOverSmtp_WithRetriesWhenTheServerRefuses()
    {
        await using var smtp = new SmtpSink();
        await using var portal = new PortalFactory()
            .WithSetting("Email:Smtp:Host", "127.0.0.1")
            .WithSetting("Email:Smtp:Port", smtp.Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .WithSetting("Email:Smtp:Security", "None");
        await StaffJourney.SeedStaffAsync(portal, evaluators: 0);
        var manager = await StaffJourney.SignInAsync(portal, StaffJourney.ManagerEmail);
        smtp.RefuseNext(1);

        var invited = await manager.SubmitAsync("/admin/staff", "#invite-form",
            Field("Form.DisplayName", "Ana Evaluator"), Field("Form.Email", "ana.evaluator@ec.example"), Field("Form.Role", "Evaluator"));
        Assert.Equal("The invitation was sent to ana.evaluator@ec.example.", invited.Texts("#notice").Single());

        // First attempt refused (451): the message waits, with the error, for its next attempt.
        var waiting = await WaitForStateAsync(portal, m => m.Attempts == 1 && m.State == DeliveryState.Pending);
        Assert.Contains("Try again later", waiting.LastError, StringComparison.Ordinal);
        var list = await manager.GetAsync("/admin/messages");
        Assert.Contains("Try again later", list.Element($"tr[data-message='{waiting.Id}']").TextContent, StringComparison.Ordinal);

        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        var message = await smtp.WaitForAsync("ana.evaluator@ec.example", "You are invited to the ICP portal's staff area");
        Assert.Contains("/account/reset-password?email=ana.evaluator%40ec.example", message.TextBody, StringComparison.Ordinal);
        var sent = await WaitForStateAsync(portal, m => m.State == DeliveryState.Sent);
        Assert.Equal(2, sent.Attempts);
        Assert.Equal(1, smtp.Refused);
        Assert.Contains("Evaluator", (await manager.GetAsync("/admin/staff")).Element("tr[data-email='ana.evaluator@ec.example']").TextContent, StringComparison.Ordinal);
    }

    private static async Task<OutboxMessage> WaitForStateAsync(PortalFactory portal, Func<OutboxMessage, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            var message = await portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Kind == "staff-invitation"));
            if (condition(message))
            {
                return message;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Outbox message stuck: {message.State}, {message.Attempts} attempts, {message.LastError}");
            await Task.Delay(100);
        }
    }
}
