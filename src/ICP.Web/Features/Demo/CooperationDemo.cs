using ICP.Domain.Activities;
using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Calls;
using ICP.Web.Features.Cooperation;
using ICP.Web.Features.Selection;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Demo;

/// <summary>
/// The demo's cooperation phase, made through the portal's own workflows so that every rule holds:
/// the best passing applications of each quota group selected and released (December 2021), the
/// partnerships proposed, confirmed and published (February 2022), outputs handed in and some
/// published, and the two study visits with delegates. Each step runs on a clock set to when it would have happened, whatever the
/// portal's own clock says. Skipped when decisions already exist (seed-demo run again).
/// </summary>
public sealed class CooperationDemo(IServiceProvider services, IcpDbContext db, IFileStore files, CurrentCall currentCall)
{
    public static readonly DateTimeOffset SelectedAt = new(2021, 12, 15, 10, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset PublishedAt = new(2022, 2, 1, 10, 0, 0, TimeSpan.Zero);

    /// <summary>Returns how many cities were selected (0 when the demo's selection already exists).</summary>
    public async Task<int> SeedAsync(CancellationToken cancellationToken)
    {
        var call = new { Id = await currentCall.IdAsync(cancellationToken) };
        if (await db.SelectionDecisions.AnyAsync(d => d.CallId == call.Id, cancellationToken))
        {
            return 0;
        }

        var manager = await db.Users.AsNoTracking().Where(u => u.Email == DemoData.ManagerEmail).Select(u => new { u.Id, u.DisplayName }).SingleAsync(cancellationToken);
        var by = new StaffContext(manager.Id, manager.DisplayName, DemoData.ManagerEmail, true, false);
        var clock = new DemoClock(SelectedAt);
        var cooperation = ActivatorUtilities.CreateInstance<CooperationWorkflow>(services, clock, new AuditTrail(db, clock));
        var selection = ActivatorUtilities.CreateInstance<SelectionWorkflow>(services, clock, new AuditTrail(db, clock), cooperation);
        var boards = services.GetRequiredService<SelectionBoards>();

        // Each group: its passing candidates in ranking order, until the seats (or a country's cap) refuse.
        var groups = await db.QuotaGroups.AsNoTracking().Where(g => g.CallId == call.Id).OrderBy(g => g.Code).Select(g => g.Code).ToListAsync(cancellationToken);
        var selected = 0;
        foreach (var group in groups)
        {
            if (await boards.LoadAsync(call.Id, group, false, cancellationToken) is not { } loaded)
            {
                continue;
            }

            foreach (var candidate in loaded.Board.Ranking.Where(c => c.Passes))
            {
                try
                {
                    await selection.StageAsync(candidate.ApplicationId, DecisionOutcome.Selected, "Demo selection.", by, cancellationToken);
                    selected++;
                }
                catch (DomainException)
                {
                    // Seats or the country's cap are taken: the next candidates cannot be selected either way.
                }
            }

            await selection.ReleaseAsync(group, by, cancellationToken);
        }

        if (selected == 0)
        {
            return 0;
        }

        clock.Now = PublishedAt.AddDays(-7);
        await cooperation.GenerateAsync(2, Guid.Empty, by, cancellationToken);
        clock.Now = PublishedAt.AddDays(-1);
        try
        {
            await cooperation.ConfirmAsync(await PlanTokenAsync(cancellationToken), by, cancellationToken);
            clock.Now = PublishedAt;
            await cooperation.PublishAsync(await PlanTokenAsync(cancellationToken), by, cancellationToken);
        }
        catch (PartnershipsIncompleteException)
        {
            // Too few EU cities passed for every partner city to have one: the plan stays a draft for staff to adjust.
        }

        await OutputsAsync(call.Id, by, cancellationToken);
        await StudyVisitsAsync(call.Id, by, cancellationToken);
        await ConferenceDelegatesAsync(call.Id, by, cancellationToken);
        return selected;
    }

    /// <summary>Two delegates from each of the first ten participating cities at the closing conference, a month before its cut-off (delegates first, then the public).</summary>
    private async Task ConferenceDelegatesAsync(int callId, StaffContext by, CancellationToken cancellationToken)
    {
        var conference = await db.Activities.Include(a => a.Registrations)
            .FirstOrDefaultAsync(a => a.CallId == callId && a.Kind == ActivityKind.ClosingConference && a.DelegateLimitPerCity != null, cancellationToken);
        if (conference is null || await db.Delegations.AnyAsync(d => d.ActivityId == conference.Id, cancellationToken))
        {
            return;
        }

        var cities = await services.GetRequiredService<CooperationQueries>().SelectedCitiesAsync(callId, cancellationToken);
        var at = conference.DelegateCutoff!.Value.AddDays(-30);
        var seated = conference.CityDelegates;
        foreach (var city in cities.Take(10))
        {
            var delegation = new Delegation(conference, city.ApplicationId, by.UserId, at);
            delegation.Add(conference, seated++, "Mayor of " + city.Name, "Mayor", $"mayor.{city.ApplicationId}@city.example", at, by.UserId, byStaff: false);
            delegation.Add(conference, seated++, "Head of international relations of " + city.Name, "International relations", $"relations.{city.ApplicationId}@city.example", at, by.UserId, byStaff: false);
            db.Delegations.Add(delegation);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A local action plan and a good-practice note from the first selected cities; the first ones published.</summary>
    private async Task OutputsAsync(int callId, StaffContext by, CancellationToken cancellationToken)
    {
        var cities = await services.GetRequiredService<CooperationQueries>().SelectedCitiesAsync(callId, cancellationToken);
        var officers = await (from a in db.Applications.AsNoTracking()
                              join l in db.LocalAuthorities on a.LocalAuthorityId equals l.Id
                              join u in db.Users on l.DesignatedSubmitterId equals u.Id
                              select new { a.Id, UserId = u.Id, u.DisplayName })
            .ToDictionaryAsync(x => x.Id, cancellationToken);
        var at = new DateTimeOffset(2022, 5, 2, 9, 0, 0, TimeSpan.Zero);
        foreach (var (city, index) in cities.Take(4).Select((c, i) => (c, i)))
        {
            var kind = index % 2 == 0 ? OutputKind.LocalActionPlan : OutputKind.GoodPracticeNote;
            var title = kind == OutputKind.LocalActionPlan ? $"Local action plan of {city.Name}, 2022–2025" : $"Good practice from {city.Name}: repair cafés in every district";
            var stored = await files.SaveAsync(new MemoryStream(DemoPdf(title)), cancellationToken);
            var officer = officers[city.ApplicationId];
            var output = new CityOutput(city.ApplicationId, kind, title, stored.Key, kind == OutputKind.LocalActionPlan ? "local-action-plan.pdf" : "good-practice.pdf",
                stored.SizeBytes, stored.Sha256, new Actor(officer.UserId, officer.DisplayName), at.AddDays(index * 9));
            if (index < 2)
            {
                output.Publish(by.UserId, at.AddDays((index * 9) + 3));
            }

            db.CityOutputs.Add(output);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The two working meetings with study visits (June 2022 in Cape Town, October 2022 in Milan),
    /// each with delegates of the first selected cities, registered before the cut-off.
    /// </summary>
    private async Task StudyVisitsAsync(int callId, StaffContext by, CancellationToken cancellationToken)
    {
        if (await db.Activities.AnyAsync(a => a.CallId == callId && a.Kind == ActivityKind.StudyVisit, cancellationToken))
        {
            return;
        }

        var phase = await db.TimelinePhases.FirstAsync(p => p.CallId == callId && p.Kind == PhaseKind.StudyVisit, cancellationToken);
        var visits = new[]
        {
            Activity.Create(phase, ActivityKind.StudyVisit, new ActivityDetails(
                "Working meeting and study visit in Cape Town", "Six days with the South African cluster: circular economy and informal settlements.",
                new DateTimeOffset(2022, 6, 13, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2022, 6, 18, 15, 0, 0, TimeSpan.Zero), "Africa/Johannesburg", false,
                "Cape Town", "Civic Centre, 12 Hertzog Boulevard", "Day 1: welcome and cluster meeting; days 2–5: site visits; day 6: action planning.",
                4, new DateTimeOffset(2022, 5, 20, 22, 0, 0, TimeSpan.Zero)), by.UserId, PublishedAt),
            Activity.Create(phase, ActivityKind.StudyVisit, new ActivityDetails(
                "Working meeting and study visit in Milan", "Six days hosted by the Comune di Milano: energy transition and air quality.",
                new DateTimeOffset(2022, 10, 10, 7, 0, 0, TimeSpan.Zero), new DateTimeOffset(2022, 10, 15, 15, 0, 0, TimeSpan.Zero), "Europe/Rome", false,
                "Milan", "Palazzo Marino", "Day 1: welcome; days 2–5: site visits; day 6: peer review of the local action plans.",
                4, new DateTimeOffset(2022, 9, 16, 22, 0, 0, TimeSpan.Zero)), by.UserId, PublishedAt),
        };
        db.Activities.AddRange(visits);
        await db.SaveChangesAsync(cancellationToken);

        var cities = await services.GetRequiredService<CooperationQueries>().SelectedCitiesAsync(callId, cancellationToken);
        foreach (var (visit, index) in visits.Select((v, i) => (v, i)))
        {
            var seated = 0;
            foreach (var city in cities.Skip(index * 3).Take(6))
            {
                var at = visit.DelegateCutoff!.Value.AddDays(-10);
                var delegation = new Delegation(visit, city.ApplicationId, by.UserId, at);
                delegation.Add(visit, seated++, "International officer of " + city.Name, "International relations", $"international.{city.ApplicationId}@city.example", at, by.UserId, byStaff: false);
                delegation.Add(visit, seated++, "Head of environment of " + city.Name, "Environment department", $"environment.{city.ApplicationId}@city.example", at, by.UserId, byStaff: false);
                db.Delegations.Add(delegation);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<Guid> PlanTokenAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.CooperationPlans.AsNoTracking().Select(p => p.ConcurrencyToken).SingleAsync(cancellationToken);
    }

    private static byte[] DemoPdf(string title) =>
        System.Text.Encoding.ASCII.GetBytes($"%PDF-1.4\n% {new string(title.Where(char.IsAscii).ToArray())}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

    /// <summary>A clock that stands where the demo's step would have happened.</summary>
    private sealed class DemoClock(DateTimeOffset now) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = now;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
