using System.Globalization;
using ICP.Domain.Activities;
using ICP.Domain.Applications;
using ICP.Domain.Authorities;
using ICP.Domain.Common;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Calls;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Demo;

/// <summary>
/// Fills a database with demonstration data: a programme manager, evaluators (two-step sign-in on,
/// with a published demo key) and submitted applications from real cities in every quota group,
/// uneven per Member State and scored so that the selection rules show (<see cref="DemoApplications"/>),
/// plus the events that actually took place in 2022–2023. Deterministic (fixed random seed, the
/// same cities and scores in the same order); sized by a parameter (10,000 applications work).
/// </summary>
public sealed partial class DemoData(IcpDbContext db, CurrentCall currentCall, UserManager<PortalUser> users, IFileStore files, ILogger<DemoData> logger)
{
    /// <summary>Every demo account's domain: demo-code only answers for these.</summary>
    public const string Domain = "demo.icp-portal.eu";

    public const string ManagerEmail = "manager@" + Domain;

    public const string Password = "Demo-Portal-Orbit-2021";

    /// <summary>The authenticator key of every demo staff account (add it to any authenticator app, or use demo-code).</summary>
    public const string AuthenticatorKey = "ICPAGIRDEMOSTAFFAUTHENTICATORKEY";

    public async Task<DemoResult> SeedAsync(int applicationCount, int evaluatorCount, CancellationToken cancellationToken, bool withActivities = false)
    {
        var random = new Random(2021);
        var call = await currentCall.LoadForChangeAsync(CallShape.QuotaGroups | CallShape.Criteria | CallShape.ThemesAndPhases, cancellationToken);
        var accounts = new List<(string, string)>();
        var manager = await StaffAsync(ManagerEmail, "Programme Manager (demo)", StaffRoles.ProgrammeManager);
        accounts.Add((ManagerEmail, StaffRoles.ProgrammeManager));
        var evaluators = new List<PortalUser>();
        for (var i = 1; i <= evaluatorCount; i++)
        {
            var email = $"evaluator{i}@{Domain}";
            evaluators.Add(await StaffAsync(email, $"Evaluator {i} (demo)", StaffRoles.Evaluator));
            accounts.Add((email, StaffRoles.Evaluator));
        }

        var pdf = await files.SaveAsync(new MemoryStream(DemoPdf()), cancellationToken);
        var officerHash = new PasswordHasher<PortalUser>().HashPassword(new PortalUser(), Password);
        var existingNames = (await db.LocalAuthorities.Select(a => a.CountryCode + "|" + a.NormalizedName).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var numbers = (await db.Applications.GroupBy(a => a.TerritoryCode).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken))
            .ToDictionary(g => g.Key, g => g.Count);
        var plan = DemoApplications.Cycle.Where(a => call.QuotaGroupFor(a.Country) is not null).ToList();
        var themes = call.Themes.OrderBy(t => t.Order).ToList();
        var window = call.Window;
        var span = (window.Deadline - window.OpensAt).TotalSeconds;
        db.ChangeTracker.AutoDetectChangesEnabled = false;

        var made = new List<Application>();
        var scorings = new List<DemoApplications.Scoring>();
        for (var i = 0; i < applicationCount; i++)
        {
            var (country, baseName, scoring) = plan[i % plan.Count];
            var name = baseName;
            for (var n = 2; existingNames.Contains(country + "|" + LocalAuthority.Normalize(name)); n++)
            {
                name = $"{baseName} {n.ToString(CultureInfo.InvariantCulture)}";
            }

            existingNames.Add(country + "|" + LocalAuthority.Normalize(name));
            numbers[country] = numbers.GetValueOrDefault(country) + 1;
            var reference = Application.MakeReference(call.ReferencePrefix, country, numbers[country]);
            var officer = new PortalUser
            {
                Id = Guid.NewGuid().ToString(),
                UserName = $"officer-{reference.ToLowerInvariant()}@{Domain}",
                DisplayName = $"Officer of {name}",
                EmailConfirmed = true,
                PasswordHash = officerHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
                ConcurrencyStamp = Guid.NewGuid().ToString(),
                CreatedAt = window.OpensAt,
                LockoutEnabled = true,
            };
            officer.Email = officer.UserName;
            officer.NormalizedEmail = officer.Email.ToUpperInvariant();
            officer.NormalizedUserName = officer.UserName.ToUpperInvariant();
            db.Users.Add(officer);

            var submittedAt = window.OpensAt.AddSeconds(span * (0.05 + (0.9 * random.NextDouble())));
            var authority = new LocalAuthority(name, country, officer.Id, submittedAt.AddDays(-3));
            db.LocalAuthorities.Add(authority);
            await db.SaveChangesAsync(cancellationToken);

            var actor = new Actor(officer.Id, officer.DisplayName);
            var application = Application.Start(call, authority.Id, country, reference, actor, submittedAt.AddDays(-2));
            var answers = Answers(name, random, themes);
            foreach (var (step, form) in answers)
            {
                application.SaveSection(step, StepData.Serialize(form), true, Guid.Empty, actor, submittedAt.AddHours(-2), window);
            }

            application.AttachDocument(pdf.Key, "letter-of-commitment.pdf", pdf.SizeBytes, pdf.Sha256, actor, submittedAt.AddHours(-1), window);
            db.Applications.Add(application);
            await db.SaveChangesAsync(cancellationToken);

            var document = application.CurrentDocument!;
            var content = new SubmissionContent(
                call.Code, application.Reference, new SubmittedAuthority(name, country, application.QuotaGroupCode),
                (LocalAuthorityStepForm)answers[ApplicationStep.LocalAuthority], (ContactsStepForm)answers[ApplicationStep.Contacts],
                (ThemesStepForm)answers[ApplicationStep.Themes], (CaseStepForm)answers[ApplicationStep.Case], (CapacityStepForm)answers[ApplicationStep.Capacity],
                new SubmittedDocument(document.FileName, document.SizeBytes, document.Sha256));
            var json = content.ToCanonicalJson();
            var primary = themes.First(t => t.Slug == ((ThemesStepForm)answers[ApplicationStep.Themes]).PrimaryTheme);
            application.Submit(new SubmissionSnapshot(json, SubmissionContent.Sha256Of(json), primary.Id, null), Guid.NewGuid(), ReceiptCodes.New(), actor, true, submittedAt, window);
            made.Add(application);
            scorings.Add(scoring);
            if (made.Count % 200 == 0)
            {
                db.ChangeTracker.DetectChanges();
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                LogProgress(logger, made.Count);
            }
        }

        db.ChangeTracker.DetectChanges();
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.ChangeTracker.AutoDetectChangesEnabled = true;

        var evaluations = await EvaluateAsync(call.Id, manager, evaluators, made.Select((a, i) => (a.Id, scorings[i])).ToDictionary(), random, cancellationToken);
        await EventsAsync(call, cancellationToken);
        if (withActivities)
        {
            await ActivitiesAsync(call, manager.Id, cancellationToken);
        }

        return new DemoResult(made.Count, evaluations, accounts);
    }

    /// <summary>
    /// Declarations (one evaluator declares a country), two evaluators per application, and scores as
    /// <paramref name="scorings"/> says (an application made by an earlier run: as its place in the cycle says).
    /// </summary>
    private async Task<int> EvaluateAsync(
        int callId, PortalUser manager, List<PortalUser> evaluators, Dictionary<int, DemoApplications.Scoring> scorings, Random random, CancellationToken cancellationToken)
    {
        var now = (await currentCall.Query(CallAudience.Staff).Select(c => c.Deadline).SingleAsync(cancellationToken)).AddDays(5);
        var declarations = new List<EvaluatorDeclaration>();
        foreach (var (evaluator, index) in evaluators.Select((e, i) => (e, i)))
        {
            var declaration = await db.EvaluatorDeclarations.Include(d => d.Conflicts).SingleOrDefaultAsync(d => d.CallId == callId && d.EvaluatorId == evaluator.Id, cancellationToken);
            if (declaration is null)
            {
                declaration = new EvaluatorDeclaration(callId, evaluator.Id);
                declaration.Declare(index == 0 ? ["DE"] : [], [], now);
                db.EvaluatorDeclarations.Add(declaration);
            }

            declarations.Add(declaration);
        }

        await db.SaveChangesAsync(cancellationToken);
        if (declarations.Count < 2)
        {
            return 0;
        }

        var criteria = await db.EvaluationCriteria.Where(c => c.CallId == callId).OrderBy(c => c.Order).ToListAsync(cancellationToken);
        var held = criteria.FirstOrDefault(c => c.Threshold > 0);
        var call = await currentCall.LoadAsync(CallShape.Criteria, CallAudience.Staff, cancellationToken);
        var applications = await db.Applications.Include(a => a.Versions)
            .Where(a => a.CallId == callId && a.Status == ApplicationStatus.Submitted && !db.Assignments.Any(x => x.ApplicationId == a.Id))
            .OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var load = declarations.ToDictionary(d => d.EvaluatorId, _ => 0);
        var evaluated = 0;
        foreach (var (application, index) in applications.Select((a, i) => (a, i)))
        {
            var panel = declarations.Where(d => !d.ConflictsWith(application.LocalAuthorityId, application.TerritoryCode))
                .OrderBy(d => load[d.EvaluatorId]).Take(2).ToList();
            var scoring = scorings.TryGetValue(application.Id, out var planned) ? planned : DemoApplications.Cycle[index % DemoApplications.Cycle.Count].Scoring;
            foreach (var declaration in panel)
            {
                load[declaration.EvaluatorId]++;
                var assignment = Assignment.Create(application.Id, application.LocalAuthorityId, application.TerritoryCode, declaration, manager.Id, now);
                db.Assignments.Add(assignment);
                await db.SaveChangesAsync(cancellationToken);
                if (scoring == DemoApplications.Scoring.NotScored)
                {
                    continue;
                }

                var evaluation = new ICP.Domain.Evaluation.Evaluation(assignment.Id, application.Id, declaration.EvaluatorId, application.LatestVersion!.Number);
                evaluation.SaveDraft(criteria.Select(c => (c.Id, (int?)Score(scoring, c == held ? held : null, random), "Demo score.")), "Demo evaluation.");
                evaluation.Submit(criteria, now.AddHours(random.Next(1, 200)));
                db.Evaluations.Add(evaluation);
                evaluated++;
            }

            await db.SaveChangesAsync(cancellationToken);
            var submitted = await db.Evaluations.Include(e => e.Scores).Where(e => e.ApplicationId == application.Id).ToListAsync(cancellationToken);
            if (submitted.Count > 0)
            {
                var score = new ApplicationScore(application.Id);
                score.Recompute(call.Criteria, submitted, call.PassMark, now.AddDays(10));
                db.ApplicationScores.Add(score);
                await db.SaveChangesAsync(cancellationToken);
            }

            db.ChangeTracker.Clear();
            call = await currentCall.LoadAsync(CallShape.Criteria, CallAudience.Staff, cancellationToken);
        }

        return evaluated;
    }

    /// <summary>What actually happened, for the public timeline (demo data, never the seed).</summary>
    private async Task EventsAsync(Call call, CancellationToken cancellationToken)
    {
        if (await db.ProgrammeEvents.AnyAsync(e => e.CallId == call.Id, cancellationToken))
        {
            return;
        }

        var phases = call.Phases.OrderBy(p => p.Order).ToList();
        var brussels = call.Zone;
        DateTimeOffset At(int y, int m, int d, int h) => ICP.Domain.Common.ZonedTime.ToInstant(new DateTime(y, m, d, h, 0, 0), brussels);
        db.ProgrammeEvents.AddRange(
            new ProgrammeEvent(call.Id, phases[2].Id, ProgrammeEventKind.KickOff, "Online regional kick-off: Asia", "Kick-off of the clusters with Singapore, Hong Kong, South Korea and Taiwan.", At(2022, 2, 10, 10), At(2022, 2, 10, 13), "", true, true),
            new ProgrammeEvent(call.Id, phases[2].Id, ProgrammeEventKind.KickOff, "Online regional kick-off: South Africa", "Kick-off of the clusters with South African cities.", At(2022, 2, 24, 10), At(2022, 2, 24, 13), "", true, true),
            new ProgrammeEvent(call.Id, phases[2].Id, ProgrammeEventKind.KickOff, "Online regional kick-off: Canada", "Kick-off of the clusters with Canadian cities.", At(2022, 3, 3, 15), At(2022, 3, 3, 18), "", true, true),
            new ProgrammeEvent(call.Id, phases[3].Id, ProgrammeEventKind.StudyVisit, "Study visit to Cape Town", "Bilateral study visit, hosted by the City of Cape Town.", At(2022, 6, 13, 9), At(2022, 6, 15, 17), "Cape Town", false, true));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// The open online event (eight sessions, May–December 2022, with registrations in every status)
    /// and the closing conference, so that the portal run at 15 June 2022 shows past and upcoming
    /// sessions, one full with a waiting list. Registrations go through the domain's rules, each
    /// at an instant before the session starts.
    /// </summary>
    private async Task ActivitiesAsync(Call call, string managerId, CancellationToken cancellationToken)
    {
        if (await db.Activities.AnyAsync(a => a.CallId == call.Id, cancellationToken))
        {
            return;
        }

        var online = call.Phases.Single(p => p.Kind == PhaseKind.OnlineCooperation);
        var closing = call.Phases.Single(p => p.Kind == PhaseKind.ClosingConference);
        var brussels = call.Zone;
        DateTimeOffset At(int y, int m, int d, int h, int min = 0) => ZonedTime.ToInstant(new DateTime(y, m, d, h, min, 0), brussels);
        var created = At(2022, 4, 1, 9);
        (string Title, string Theme, string Speakers, DateTimeOffset Start, int Capacity, int Registered)[] sessions =
        [
            ("Circular procurement in city halls", "circular-economy", "Mia Jensen (Copenhagen), Daniel Okafor (Durban)", At(2022, 5, 18, 10), 80, 46),
            ("Measuring air quality street by street", "air-quality", "Seo-yeon Park (Busan), Marco Ricci (Turin)", At(2022, 6, 8, 15), 60, 38),
            ("Heat pumps for social housing", "energy-transition", "Claire Dubois (Lyon), Ethan Clarke (Vancouver)", At(2022, 6, 22, 10), 10, 15),
            ("Welcoming newcomers: the first hundred days", "integration-of-migrants-and-refugees", "Amira Haddad (Ghent), Thabo Nkosi (Johannesburg)", At(2022, 7, 6, 10), 100, 24),
            ("Repair cafés and the circular city", "circular-economy", "Lena Fischer (Freiburg), Wei Lin (Taipei)", At(2022, 9, 14, 10), 100, 18),
            ("Low-emission zones that people accept", "air-quality", "Javier Moreno (Valencia), Grace Tan (Singapore)", At(2022, 10, 12, 15), 100, 9),
            ("Community energy cooperatives", "energy-transition", "Pieter de Vries (Utrecht), Sarah Thompson (Halifax)", At(2022, 11, 16, 10), 100, 5),
            ("Housing and inclusion: lessons of 2022", "integration-of-migrants-and-refugees", "Ioana Popescu (Cluj-Napoca), Ka-ming Wong (Hong Kong)", At(2022, 12, 7, 10), 100, 0),
        ];
        var people = new[] { "Ana Pereira", "Jonas Berg", "Lucía Gómez", "Tomasz Nowak", "Aoife Byrne", "Kwame Mensah", "Min-jun Kim", "Chloé Martin", "Rahul Mehta", "Sofia Rossi" };
        var countries = new[] { "PT", "SE", "ES", "PL", "IE", "ZA", "KR", "FR", "CA", "IT" };
        var number = 0;
        foreach (var (title, theme, speakers, start, capacity, registered) in sessions)
        {
            var activity = Activity.Create(online, ActivityKind.OnlineSession, new ActivityDetails(
                title, $"An open online session of International City Partnerships on {title.ToLowerInvariant()}: cities of the programme share what they tried, what worked and what did not.",
                start, start.AddHours(2), ZonedTime.BrusselsZoneId, IsPublic: true, ThemeSlug: theme, Speakers: speakers,
                JoiningLink: $"https://meet.{Domain}/icp-{++number}", Capacity: capacity), managerId, created);
            for (var i = 0; i < registered; i++)
            {
                var at = start.AddDays(-20).AddHours(i);
                var (_, confirm) = RegistrationToken.New();
                var (_, cancel) = RegistrationToken.New();
                var who = people[i % people.Length];
                var registration = activity.Register(new RegistrationRequest(
                    $"{who} {(i / people.Length) + 1}", $"participant{number}-{i}@{Domain}", "City administration", countries[i % countries.Length], true, i % 3 == 0 ? "fr" : "en"),
                    confirm, cancel, at).Registration;

                // Most confirm; every seventh never does; every eleventh cancels later, freeing a place.
                if (i % 7 != 6)
                {
                    activity.Confirm(registration, at.AddMinutes(5));
                    if (i % 11 == 10)
                    {
                        activity.Cancel(registration, at.AddDays(1));
                    }
                }
            }

            db.Activities.Add(activity);
        }

        var opening = ZonedTime.ToInstant(new DateTime(2023, 2, 22, 9, 0, 0), ZonedTime.FindZone("Europe/Rome"));
        ConferenceSessionDetails Session(string title, double fromHours, double hours, string speakers) =>
            new(title, opening.AddHours(fromHours), opening.AddHours(fromHours + hours), speakers);
        db.Activities.Add(Activity.Create(closing, ActivityKind.ClosingConference, new ActivityDetails(
            "Closing conference: cities acting for a green and inclusive recovery",
            "The partnerships present their local action plans and what they learnt from each other; open to the public after the participating cities' delegates.",
            opening, opening.AddHours(8), "Europe/Rome", IsPublic: true, Place: "Milan, Italy", Speakers: "DG REGIO, the mayors of the participating cities",
            Capacity: 300, PlacesForCities: 120, DelegateLimitPerCity: 4,
            DelegateCutoff: ZonedTime.ToInstant(new DateTime(2023, 1, 31, 23, 59, 0), ZonedTime.FindZone("Europe/Rome")),
            Programme:
            [
                Session("Opening: two years of city partnerships", 0, 1, "DG REGIO"),
                Session("Panel: circular economy and air quality", 1.5, 1.5, "Cities of the clusters"),
                Session("Panel: energy transition and inclusion", 4, 1.5, "Cities of the clusters"),
                Session("Local action plans: what comes next", 6, 1.5, "Mayors of the participating cities"),
            ]), managerId, created));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<PortalUser> StaffAsync(string email, string name, string role)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new PortalUser { UserName = email, Email = email, DisplayName = name, EmailConfirmed = true };
            var created = await users.CreateAsync(user, Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
            await users.SetAuthenticationTokenAsync(user, "[AspNetUserStore]", "AuthenticatorKey", AuthenticatorKey);
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        return user;
    }

    /// <summary>One evaluator's score on one criterion; <paramref name="held"/> is given for the criterion whose threshold a below-threshold application misses.</summary>
    private static int Score(DemoApplications.Scoring scoring, EvaluationCriterion? held, Random random) => scoring switch
    {
        DemoApplications.Scoring.Strong => 4 + random.Next(2),
        DemoApplications.Scoring.BelowThreshold when held is { Threshold: { } threshold } => threshold - 1,
        DemoApplications.Scoring.BelowThreshold => 4 + random.Next(2),
        DemoApplications.Scoring.Weak => 1 + random.Next(2),
        _ => 3 + random.Next(2),
    };

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo: {Count} applications")]
    private static partial void LogProgress(ILogger logger, int count);

    private static Dictionary<ApplicationStep, StepForm> Answers(string name, Random random, List<Theme> themes)
    {
        var primary = themes[random.Next(themes.Count)].Slug;
        return new()
        {
            [ApplicationStep.LocalAuthority] = new LocalAuthorityStepForm { OfficialName = name, Region = "Demo region", Population = random.Next(80_000, 3_000_000), Website = "https://www.city.example", Address = "Town hall, Main square 1" },
            [ApplicationStep.Contacts] = new ContactsStepForm
            {
                PoliticalLeadName = "Mayor of " + name, PoliticalLeadRole = "Mayor", PoliticalLeadEmail = "mayor@city.example", PoliticalLeadPhone = "+32 2 299 11 11",
                CoordinatorName = "International officer", CoordinatorRole = "International relations", CoordinatorEmail = "international@city.example", CoordinatorPhone = "+32 2 299 11 12",
            },
            [ApplicationStep.Themes] = new ThemesStepForm { PrimaryTheme = primary },
            [ApplicationStep.Case] = new CaseStepForm
            {
                MainChallenge = $"{name} faces pressure on housing, transport and public services as it grows, and wants to cut emissions while keeping the city inclusive for every resident.",
                GoodPractices = "A participatory budget open to every district, a network of repair cafés, and a one-stop shop where newcomers find housing, language courses and work.",
                InternationalExperience = "Member of European and global city networks; earlier twinning projects on mobility.",
                Stakeholders = "The local university, the chamber of commerce, housing associations and civil society organisations.",
                ExpectedResults = "A local action plan adopted by the council, two pilot projects shared with the partner cities, and a common way to measure progress.",
            },
            [ApplicationStep.Capacity] = new CapacityStepForm { StaffDaysPerMonth = random.Next(2, 12), DelegationSize = random.Next(2, 6), AvailableForBothStudyVisits = true, WillingToHost = random.Next(2) == 0 ? "yes" : "no", WorkingLanguageEnglish = true },
        };
    }

    private static byte[] DemoPdf() =>
        System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
}
