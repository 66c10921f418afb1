using System.Collections.Concurrent;
using System.Net;
using ICP.Infrastructure.Identity;
using ICP.Testing;
using ICP.Web.Features.Demo;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Applications;

/// <summary>
/// The last hour before the deadline: fifty cities save a step and submit at the same moment, some
/// from several review pages at once, while other threads keep the processor busy. Not timed: what
/// is checked is that every request gets an answer a person can act on (the page they expect, or
/// a clear "changed meanwhile" / "busy, try again"), never a 500, and that everything the portal
/// acknowledged is in the database afterwards.
/// </summary>
public sealed class SubmissionRushTests
{
    private const int Applicants = 50;

    /// <summary>Each fifth city submits from this many review pages (tabs, colleagues) at once.</summary>
    private const int ParallelSubmits = 3;

    private const int CheapHashIterations = 1_000;

    private static readonly DateTimeOffset LastHourBeforeTheDeadline = new(2021, 11, 15, 22, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task FiftyApplicantsSavingAndSubmittingAtOnce_OnABusyMachine_AreAllAnswered_AndNothingAcknowledgedIsLost()
    {
        // Fifty sign-ins at the portal's 210,000 PBKDF2 iterations would take most of the test's time
        // and prove nothing here: the officers get a cheap hash, and the portal the same setting.
        await using var portal = new PortalFactory().WithSetting("Identity:PasswordHashIterations", CheapHashIterations.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            // The demo's cities: each has an officer (its designated submitter) and a submitted version 1.
            await scope.ServiceProvider.GetRequiredService<DemoData>().SeedAsync(Applicants, 0, TestContext.Current.CancellationToken);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Portal started and {Applicants} cities seeded: {watch.Elapsed.TotalSeconds:0.0} s");
        var cheapHash = new PasswordHasher<PortalUser>(Options.Create(new PasswordHasherOptions { IterationCount = CheapHashIterations }))
            .HashPassword(new PortalUser(), DemoData.Password);
        await portal.WithDbAsync(db => db.Users.Where(u => u.Email!.StartsWith("officer")).ExecuteUpdateAsync(u => u.SetProperty(x => x.PasswordHash, cheapHash)));
        portal.Clock.SetUtcNow(LastHourBeforeTheDeadline);
        var officers = await portal.WithDbAsync(db => (
            from a in db.Applications
            join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
            join u in db.Users on l.DesignatedSubmitterId equals u.Id
            orderby a.Id
            select new { ApplicationId = a.Id, Email = u.Email! }).ToListAsync());
        Assert.Equal(Applicants, officers.Count);

        // Everyone signed in, with the contacts step open, before the rush starts.
        var applicants = await Task.WhenAll(officers.Select(async (officer, index) =>
        {
            var client = portal.CreateClient();
            var login = await HtmlPage.GetAsync(client, "/account/login");
            var home = await client.SubmitAsync(login, "main form", [Field("Form.Email", officer.Email), Field("Form.Password", DemoData.Password)]);
            Assert.Equal("/applicant", home.Response.RequestMessage!.RequestUri!.AbsolutePath);
            var step = await HtmlPage.GetAsync(client, $"/applicant/applications/{officer.ApplicationId}/steps/contacts");
            return new Applicant(index, officer.ApplicationId, client, step);
        }));

        TestContext.Current.TestOutputHelper?.WriteLine($"Set-up (seed, {Applicants} sign-ins): {watch.Elapsed.TotalSeconds:0.0} s");
        watch.Restart();
        var outcomes = new ConcurrentBag<Outcome>();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var rush = applicants.Select(async applicant =>
        {
            await start.Task;
            await RushAsync(applicant, outcomes);
        }).ToList();

        using (CpuHogs.Start())
        {
            start.SetResult();
            await Task.WhenAll(rush);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"Rush: {watch.Elapsed.TotalSeconds:0.0} s; {Summary(outcomes)}");

        // Every answer was one a person can act on; a 500 (or anything else) names itself here.
        var unclear = outcomes.Where(o => o.Kind == OutcomeKind.Unclear).ToList();
        Assert.True(unclear.Count == 0, string.Join(Environment.NewLine, unclear.Select(o => o.Detail)));

        // Every acknowledged save is in the database, as typed.
        var sections = await portal.WithDbAsync(db => db.ApplicationSections.AsNoTracking()
            .Where(s => s.Step == ICP.Domain.Applications.ApplicationStep.Contacts)
            .ToDictionaryAsync(s => s.ApplicationId, s => s.DataJson));
        foreach (var saved in outcomes.Where(o => o.Kind == OutcomeKind.Saved))
        {
            Assert.Contains(CoordinatorOf(saved.Applicant), sections[saved.ApplicationId], StringComparison.Ordinal);
        }

        // Every acknowledged submission is a version with the receipt the page showed; each submit
        // made its own version (numbers 1..n without a gap) or was refused with a clear answer.
        var versions = await portal.WithDbAsync(db => db.ApplicationVersions.AsNoTracking()
            .Select(v => new { v.ApplicationId, v.Number, v.ReceiptCode, v.ContentJson }).ToListAsync());
        foreach (var submitted in outcomes.Where(o => o.Kind == OutcomeKind.Submitted))
        {
            var version = Assert.Single(versions, v => v.ApplicationId == submitted.ApplicationId && v.Number == submitted.Version);
            Assert.Equal(submitted.ReceiptCode, version.ReceiptCode);
            Assert.Contains(CoordinatorOf(submitted.Applicant), version.ContentJson, StringComparison.Ordinal);
        }

        foreach (var group in versions.GroupBy(v => v.ApplicationId))
        {
            Assert.Equal(Enumerable.Range(1, group.Count()), group.Select(v => v.Number).Order());
            Assert.Equal(1 + outcomes.Count(o => o.Kind == OutcomeKind.Submitted && o.ApplicationId == group.Key), group.Count());
        }

        // A portal that refused everyone "clearly" would pass the checks above: most of the rush must
        // simply have worked (writes wait their turn for up to Database:WriteQueueTimeout, 30 s).
        Assert.True(outcomes.Count(o => o.Kind == OutcomeKind.Saved) >= Applicants / 2, Summary(outcomes));
        Assert.True(outcomes.Count(o => o.Kind == OutcomeKind.Submitted) >= Applicants / 2, Summary(outcomes));
    }

    private static string CoordinatorOf(int applicant) => $"Rush Coordinator {applicant:D2}";

    private static async Task RushAsync(Applicant applicant, ConcurrentBag<Outcome> outcomes)
    {
        var coordinator = CoordinatorOf(applicant.Index);
        var saved = await applicant.Client.SubmitAsync(applicant.Step, "#step-form", [Field("CoordinatorName", coordinator)], "#save");
        var saveOutcome = saved.StatusCode switch
        {
            HttpStatusCode.OK when saved.Document.QuerySelector("#notice") is not null => OutcomeKind.Saved,
            HttpStatusCode.ServiceUnavailable when saved.Document.QuerySelector("#database-busy") is not null
                && saved.Element("input[name='CoordinatorName']").GetAttribute("value") == coordinator => OutcomeKind.Refused,
            _ => OutcomeKind.Unclear,
        };
        outcomes.Add(new Outcome(applicant.Index, applicant.ApplicationId, saveOutcome, 0, null, $"save of {applicant.ApplicationId}: {(int)saved.StatusCode} {saved.MainText}"));
        if (saveOutcome != OutcomeKind.Saved)
        {
            return;
        }

        // Several review pages at once (tabs, colleagues) for every fifth city: each submit is its own.
        var reviews = await Task.WhenAll(Enumerable.Range(0, applicant.Index % 5 == 0 ? ParallelSubmits : 1)
            .Select(_ => HtmlPage.GetAsync(applicant.Client, $"/applicant/applications/{applicant.ApplicationId}/review")));
        var submits = await Task.WhenAll(reviews.Select(review => applicant.Client.SubmitAsync(review, "#submit-form",
            [Field("ConfirmAccurate", "true"), Field("ConfirmAuthorised", "true"), Field("ConfirmPublication", "true")])));
        foreach (var page in submits)
        {
            var kind = page.StatusCode switch
            {
                HttpStatusCode.OK when page.Document.QuerySelector("#receipt-code") is not null => OutcomeKind.Submitted,
                HttpStatusCode.UnprocessableEntity when page.Document.QuerySelector("#form-errors") is not null => OutcomeKind.Refused,
                HttpStatusCode.ServiceUnavailable when page.Document.QuerySelector("#database-busy") is not null => OutcomeKind.Refused,
                _ => OutcomeKind.Unclear,
            };
            outcomes.Add(kind == OutcomeKind.Submitted
                ? new Outcome(applicant.Index, applicant.ApplicationId, kind, int.Parse(page.Texts("#receipt-version").Single(), System.Globalization.CultureInfo.InvariantCulture), page.Texts("#receipt-code").Single(), string.Empty)
                : new Outcome(applicant.Index, applicant.ApplicationId, kind, 0, null, $"submit of {applicant.ApplicationId}: {(int)page.StatusCode} {page.MainText}"));
        }
    }

    private static string Summary(IEnumerable<Outcome> outcomes) =>
        string.Join(", ", outcomes.GroupBy(o => o.Kind).Select(g => $"{g.Key}: {g.Count()}"));

    private sealed record Applicant(int Index, int ApplicationId, HttpClient Client, HtmlPage Step);

    private sealed record Outcome(int Applicant, int ApplicationId, OutcomeKind Kind, int Version, string? ReceiptCode, string Detail);

    private enum OutcomeKind
    {
        Saved,
        Submitted,
        Refused,
        Unclear,
    }
}
