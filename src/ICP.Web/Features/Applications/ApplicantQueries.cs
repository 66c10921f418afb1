using System.Text.Json;
using ICP.Domain.Applications;
using ICP.Domain.Programme;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Authorities;
using ICP.Web.Features.Calls;
using ICP.Web.Features.Programme;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;


namespace ICP.Web.Features.Applications;

/// <summary>Reads for the applicant area. Every read is scoped to the person's own local authority.</summary>
public sealed class ApplicantQueries(IcpDbContext db, StepValidation validation, TimeProvider clock, CurrentCall currentCall)
{

    public async Task<DashboardPage> DashboardAsync(ApplicantContext who, CancellationToken cancellationToken)
    {
        var deadline = await DeadlineAsync(who.AuthorityId, cancellationToken);
        ApplicationSummary? application = null;
        if (who.AuthorityId is { } authorityId)
        {
            var calls = currentCall.Query(CallAudience.Public);
            var id = await db.Applications.Where(a => a.LocalAuthorityId == authorityId && calls.Any(c => c.Id == a.CallId))
                .Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
            if (id is { } applicationId)
            {
                application = await SummaryAsync(applicationId, who, cancellationToken);
            }
        }

        return new DashboardPage(who, deadline, application, new NewAuthorityForm(), await TerritoryOptionsAsync(cancellationToken));
    }

    public async Task<IReadOnlyList<SelectListItem>> TerritoryOptionsAsync(CancellationToken cancellationToken)
    {
        var calls = currentCall.Query(CallAudience.Public);
        var territories = await db.QuotaGroups
            .Where(g => calls.Any(c => c.Id == g.CallId))
            .SelectMany(g => g.Territories.Select(t => new { t.Code, t.Name }))
            .ToListAsync(cancellationToken);
        return [.. territories.OrderBy(t => t.Name, StringComparer.Ordinal).Select(t => new SelectListItem(t.Name, t.Code))];
    }

    /// <summary>The application with its steps, document, versions and history; null when it is not the person's.</summary>
    public async Task<ApplicationSummary?> SummaryAsync(int applicationId, ApplicantContext who, CancellationToken cancellationToken)
    {
        var application = await db.Applications.AsNoTracking()
            .Where(a => a.Id == applicationId && a.LocalAuthorityId == who.AuthorityId)
            .Select(a => new { a.Id, a.Reference, a.Status, a.QuotaGroupCode, a.LocalAuthorityId })
            .SingleOrDefaultAsync(cancellationToken);
        if (application is null)
        {
            return null;
        }

        var sections = await db.ApplicationSections.AsNoTracking().Where(s => s.ApplicationId == applicationId)
            .Select(s => new { s.Step, s.IsComplete, s.UpdatedByName, s.UpdatedAt }).ToListAsync(cancellationToken);
        var document = await db.ApplicationDocuments.AsNoTracking().Where(d => d.ApplicationId == applicationId && d.IsCurrent)
            .OrderByDescending(d => d.Id)
            .Select(d => new DocumentInfo(d.Id, d.FileName, d.SizeBytes, d.Sha256, d.UploadedByName, d.UploadedAt))
            .FirstOrDefaultAsync(cancellationToken);
        var versions = await db.ApplicationVersions.AsNoTracking().Where(v => v.ApplicationId == applicationId)
            .OrderBy(v => v.Number)
            .Select(v => new VersionInfo(v.Number, v.SubmittedAt, v.SubmittedByName, v.ContentSha256, v.ReceiptCode))
            .ToListAsync(cancellationToken);
        var history = await db.ApplicationStatusChanges.AsNoTracking().Where(c => c.ApplicationId == applicationId)
            .OrderBy(c => c.At).ThenBy(c => c.Id)
            .Select(c => new StatusChangeInfo(c.From, c.To, c.ActorName, c.At, c.ReasonCode, c.VersionNumber, c.Reason))
            .ToListAsync(cancellationToken);
        var submitter = await db.LocalAuthorities.AsNoTracking().Where(a => a.Id == application.LocalAuthorityId)
            .Join(db.Users, a => a.DesignatedSubmitterId, u => u.Id, (a, u) => u.DisplayName)
            .SingleAsync(cancellationToken);

        var steps = Steps.All.Select(step =>
        {
            var section = sections.FirstOrDefault(s => s.Step == step.Step);
            return new StepStatus(step, section is not null, section?.IsComplete == true, section?.UpdatedByName, section?.UpdatedAt);
        }).ToList();
        var lastChange = sections.Select(s => (DateTimeOffset?)s.UpdatedAt).Append(document?.UploadedAt).Max();
        var lastSubmission = versions.Count == 0 ? (DateTimeOffset?)null : versions[^1].SubmittedAt;
        var unsubmitted = lastSubmission is not null && lastChange > lastSubmission;
        return new ApplicationSummary(
            application.Id, application.Reference, application.Status, application.QuotaGroupCode, steps, document, versions, history, unsubmitted, submitter);
    }

    public async Task<StepPage?> StepAsync(int applicationId, ApplicantContext who, StepInfo step, CancellationToken cancellationToken)
    {
        if (await SummaryAsync(applicationId, who, cancellationToken) is not { } summary)
        {
            return null;
        }

        var section = await db.ApplicationSections.AsNoTracking()
            .SingleOrDefaultAsync(s => s.ApplicationId == applicationId && s.Step == step.Step, cancellationToken);
        var form = StepData.Deserialize(step, section?.DataJson);
        form.Version = section?.Version ?? Guid.Empty;
        if (form is LocalAuthorityStepForm authority && section is null)
        {
            authority.OfficialName = who.AuthorityName ?? string.Empty;
        }

        var check = await validation.CheckAsync(form, who.AuthorityId!.Value, who.CountryCode!, cancellationToken);
        return new StepPage(summary, await DeadlineAsync(who.AuthorityId, cancellationToken), step, form, await ThemeOptionsAsync(cancellationToken), check.StillNeeded);
    }

    /// <summary>The same page around a form the person posted (to show their input with errors or a conflict).</summary>
    public async Task<StepPage?> StepWithFormAsync(
        int applicationId, ApplicantContext who, StepInfo step, StepForm form, IReadOnlyList<(string, string)> stillNeeded, ConflictInfo? conflict, CancellationToken cancellationToken)
    {
        if (await SummaryAsync(applicationId, who, cancellationToken) is not { } summary)
        {
            return null;
        }

        return new StepPage(summary, await DeadlineAsync(who.AuthorityId, cancellationToken), step, form, await ThemeOptionsAsync(cancellationToken), stillNeeded, conflict);
    }

    /// <summary>The version of a step as saved now (after a conflict, the colleague's).</summary>
    public async Task<Guid> CurrentStepVersionAsync(int applicationId, ApplicationStep step, CancellationToken cancellationToken) =>
        await db.ApplicationSections.Where(s => s.ApplicationId == applicationId && s.Step == step).Select(s => s.Version).SingleOrDefaultAsync(cancellationToken);

    public async Task<DocumentPage?> DocumentAsync(int applicationId, ApplicantContext who, string? problem, CancellationToken cancellationToken) =>
        await SummaryAsync(applicationId, who, cancellationToken) is { } summary
            ? new DocumentPage(summary, await DeadlineAsync(who.AuthorityId, cancellationToken), problem)
            : null;

    /// <summary>A stored document of the person's application, for download.</summary>
    public async Task<(string StorageKey, string FileName)?> DocumentFileAsync(int applicationId, int documentId, ApplicantContext who, CancellationToken cancellationToken)
    {
        var document = await db.ApplicationDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.ApplicationId == applicationId
                && db.Applications.Any(a => a.Id == applicationId && a.LocalAuthorityId == who.AuthorityId))
            .Select(d => new { d.StorageKey, d.FileName })
            .SingleOrDefaultAsync(cancellationToken);
        return document is null ? null : (document.StorageKey, document.FileName);
    }

    public async Task<ReviewPage?> ReviewAsync(int applicationId, ApplicantContext who, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        if (await SummaryAsync(applicationId, who, cancellationToken) is not { } summary)
        {
            return null;
        }

        var saved = await db.ApplicationSections.AsNoTracking().Where(s => s.ApplicationId == applicationId)
            .Select(s => new { s.Step, s.DataJson, s.Version }).ToListAsync(cancellationToken);
        var sections = saved.ToDictionary(s => s.Step, s => s.DataJson);
        var fingerprint = Application.DraftFingerprintOf(saved.Select(s => (s.Step, s.Version)), summary.Document?.Sha256);
        T Read<T>(ApplicationStep step) where T : StepForm =>
            (T)StepData.Deserialize(Steps.Of(step), sections.GetValueOrDefault(step));
        var calls = currentCall.Query(CallAudience.Public);
        var themes = await db.Themes.AsNoTracking()
            .Where(t => calls.Any(c => c.Id == t.CallId))
            .Select(t => new { t.Id, t.CallId, t.Slug, t.Name })
            .ToListAsync(cancellationToken);
        var texts = themes.Count == 0 ? ContentTexts.InEnglish : await ContentTexts.LoadAsync(db, themes[0].CallId, cancellationToken);
        var themeNames = themes.ToDictionary(t => t.Slug, t => texts.Of(ContentKind.Theme, t.Id, ContentField.Name, t.Name));
        var preview = new SubmissionPreview(
            who.AuthorityName ?? string.Empty, who.CountryCode ?? string.Empty,
            Read<LocalAuthorityStepForm>(ApplicationStep.LocalAuthority), Read<ContactsStepForm>(ApplicationStep.Contacts),
            Read<ThemesStepForm>(ApplicationStep.Themes), themeNames, Read<CaseStepForm>(ApplicationStep.Case), Read<CapacityStepForm>(ApplicationStep.Capacity));
        return new ReviewPage(summary, await DeadlineAsync(who.AuthorityId, cancellationToken), preview, Guid.NewGuid(), fingerprint, who.IsDesignatedSubmitter, problems);
    }

    public async Task<VersionPage?> VersionAsync(int applicationId, int number, ApplicantContext who, CancellationToken cancellationToken)
    {
        if (await SummaryAsync(applicationId, who, cancellationToken) is not { } summary
            || summary.Versions.FirstOrDefault(v => v.Number == number) is not { } version)
        {
            return null;
        }

        var json = await ContentJsonAsync(applicationId, number, who, cancellationToken);
        var content = JsonSerializer.Deserialize<SubmissionContent>(json!, SubmissionContent.Json)!;
        var deadline = await DeadlineAsync(who.AuthorityId, cancellationToken);
        var evaluated = Application.EvaluatedVersionNumber(summary.Status, summary.Versions.Select(v => (v.Number, v.SubmittedAt)), deadline.Deadline) == number;
        return new VersionPage(summary, version, content, deadline.TimeZoneId, evaluated);
    }

    /// <summary>The exact canonical JSON a version's fingerprint was computed from.</summary>
    public Task<string?> ContentJsonAsync(int applicationId, int number, ApplicantContext who, CancellationToken cancellationToken) =>
        db.ApplicationVersions.AsNoTracking()
            .Where(v => v.ApplicationId == applicationId && v.Number == number
                && db.Applications.Any(a => a.Id == applicationId && a.LocalAuthorityId == who.AuthorityId))
            .Select(v => v.ContentJson)
            .SingleOrDefaultAsync(cancellationToken);

    public async Task<TeamPage?> TeamAsync(ApplicantContext who, InvitationForm form, CancellationToken cancellationToken)
    {
        if (who.AuthorityId is not { } authorityId)
        {
            return null;
        }

        var authority = await db.LocalAuthorities.AsNoTracking().Where(a => a.Id == authorityId)
            .Select(a => new { a.OfficialName, a.CountryCode, a.DesignatedSubmitterId }).SingleAsync(cancellationToken);
        var members = await db.AuthorityMembers.AsNoTracking().Where(m => m.LocalAuthorityId == authorityId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { u.Id, u.DisplayName, u.Email, m.JoinedAt })
            .OrderBy(m => m.JoinedAt)
            .ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        var invitations = await db.AuthorityInvitations.AsNoTracking()
            .Where(i => i.LocalAuthorityId == authorityId && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new PendingInvitation(i.Id, i.Email, i.ExpiresAt))
            .ToListAsync(cancellationToken);
        return new TeamPage(
            authority.OfficialName, authority.CountryCode,
            [.. members.Select(m => new TeamMember(m.Id, m.DisplayName, m.Email ?? string.Empty, m.Id == authority.DesignatedSubmitterId, m.Id == who.UserId))],
            invitations, form, authority.DesignatedSubmitterId == who.UserId);
    }

    /// <summary>
    /// The invitation a link stands for, for the page that accepts it: only a pending one sent to the
    /// signed-in person's own address (a forwarded link shows nothing of the team).
    /// </summary>
    public async Task<InvitationDetails?> InvitationAsync(string token, ApplicantContext who, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token))
        {
            return null;
        }

        var hash = AuthorityWorkflow.TokenHash(token);
        var now = clock.GetUtcNow();
        var found = await db.AuthorityInvitations.AsNoTracking()
            .Where(i => i.TokenHash == hash && i.AcceptedAt == null && i.RevokedAt == null && i.ExpiresAt > now)
            .Join(db.LocalAuthorities, i => i.LocalAuthorityId, a => a.Id, (i, a) => new
            {
                i.Email,
                i.ExpiresAt,
                a.OfficialName,
                a.CountryCode,
                InvitedBy = db.Users.Where(u => u.Id == i.InvitedBy).Select(u => u.DisplayName).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return found is not null && string.Equals(found.Email, who.Email, StringComparison.OrdinalIgnoreCase)
            ? new InvitationDetails(found.OfficialName, found.CountryCode, found.InvitedBy ?? string.Empty, found.ExpiresAt)
            : null;
    }

    /// <summary>The public check of a receipt: the reference and the code must both match.</summary>
    public async Task<ReceiptCheck?> VerifyReceiptAsync(string reference, string code, CancellationToken cancellationToken)
    {
        var found = await db.ApplicationVersions.AsNoTracking()
            .Where(v => v.ReceiptCode == code)
            .Join(db.Applications, v => v.ApplicationId, a => a.Id, (v, a) => new { Version = v, Application = a })
            .Where(x => x.Application.Reference == reference)
            .Join(db.LocalAuthorities, x => x.Application.LocalAuthorityId, l => l.Id, (x, l) => new
            {
                x.Application.Reference,
                x.Version.Number,
                x.Version.SubmittedAt,
                x.Version.ContentSha256,
                x.Version.DocumentSha256,
                l.OfficialName,
                TimeZoneId = db.Calls.Where(c => c.Id == x.Application.CallId).Select(c => c.TimeZoneId).Single(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        // Only what the receipt itself states: whether the city submitted again since is its own business.
        return new ReceiptCheck(found.Reference, found.Number, found.SubmittedAt, found.ContentSha256, found.DocumentSha256, found.OfficialName, found.TimeZoneId);
    }

    public async Task<DeadlineInfo> DeadlineAsync(int? authorityId, CancellationToken cancellationToken)
    {
        // The domain decides the window (call-wide and individual extensions); this only reads it.
        var call = await currentCall.LoadAsync(CallShape.Summary, CallAudience.Public, cancellationToken);
        var window = authorityId is { } id ? call.WindowFor(id) : call.Window;
        var individual = authorityId is { } authority ? call.IndividualExtensionUntil(authority) : null;
        return new DeadlineInfo(call.OpensAt, window.Deadline, call.CurrentDeadline, individual, call.TimeZoneId, clock.GetUtcNow());
    }

    /// <summary>The call's themes, named in the officer's language where a translation exists.</summary>
    private async Task<IReadOnlyList<SelectListItem>> ThemeOptionsAsync(CancellationToken cancellationToken)
    {
        var calls = currentCall.Query(CallAudience.Public);
        var themes = await db.Themes.AsNoTracking()
            .Where(t => calls.Any(c => c.Id == t.CallId))
            .OrderBy(t => t.Order)
            .Select(t => new { t.Id, t.CallId, t.Slug, t.Name })
            .ToListAsync(cancellationToken);
        var texts = themes.Count == 0 ? ContentTexts.InEnglish : await ContentTexts.LoadAsync(db, themes[0].CallId, cancellationToken);
        return [.. themes.Select(t => new SelectListItem(texts.Of(ContentKind.Theme, t.Id, ContentField.Name, t.Name).Text, t.Slug))];
    }
}
