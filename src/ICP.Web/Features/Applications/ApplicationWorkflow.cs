using ICP.Domain.Applications;
using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Audit;
using ICP.Web.Features.Calls;
using ICP.Web.Features.Email;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Applications;

/// <summary>
/// Everything a city does to its application: start it, save steps, upload the letter, submit,
/// withdraw. Each change is judged against the authority's window at the request's arrival, and
/// each is one read-decide-write unit of <see cref="DatabaseWrites"/> (ADR 12): on SQLite the units
/// of all requests run one after the other, so two submits of one application, or two first saves
/// of one step, are decided in turn on what the other wrote.
/// </summary>
public sealed class ApplicationWorkflow(
    IcpDbContext db, DatabaseWrites writes, StepValidation validation, IFileStore files, DocumentFilesWorkflow documentFiles, EmailComposer email,
    OutboxSignal outbox, AuditTrail audit, CurrentCall currentCall, Microsoft.Extensions.Options.IOptions<UploadOptions> uploadOptions)
{
    public const long MaxDocumentBytes = 5 * 1024 * 1024;

    /// <summary>Starts the authority's application to the current call (or returns the one it has).</summary>
    public Task<int> StartAsync(ApplicantContext who, DateTimeOffset arrivedAt, CancellationToken cancellationToken) =>
        writes.RunAsync(async token =>
        {
            var authorityId = who.AuthorityId ?? throw new InvalidOperationException("No local authority.");
            var call = await LoadCallAsync(token);
            var existing = await db.Applications.Where(a => a.CallId == call.Id && a.LocalAuthorityId == authorityId).Select(a => (int?)a.Id).SingleOrDefaultAsync(token);
            if (existing is { } id)
            {
                // A colleague started it first (at the same moment, too: the second unit reads what the first wrote).
                return id;
            }

            var number = await db.Applications.CountAsync(a => a.CallId == call.Id && a.TerritoryCode == who.CountryCode, token) + 1;
            var application = Application.Start(call, authorityId, who.CountryCode!, Application.MakeReference(call.ReferencePrefix, who.CountryCode!, number), who.Actor, arrivedAt);
            db.Applications.Add(application);
            await db.SaveChangesAsync(token);
            return application.Id;
        }, cancellationToken);

    /// <summary>
    /// Saves one step if its answers respect the limits (incomplete answers are fine: it is a draft).
    /// A colleague's save since <see cref="StepForm.Version"/> raises <see cref="EditConflictException"/>.
    /// When some posted values could not be read (<paramref name="unreadableFields"/>, already reported
    /// by model binding), nothing is saved: those fields are empty on the form, and saving them would
    /// erase the earlier answers. The other fields' limits are still checked and reported.
    /// </summary>
    public async Task<StepSaveResult> SaveStepAsync(
        int applicationId, ApplicantContext who, StepInfo step, StepForm form, IReadOnlySet<string> unreadableFields,
        DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        // Before the unit, beside other writes: who may edit (404 for a stranger), the deadline (403
        // after it) and the answers against the rules. None of it depends on what another request
        // may write meanwhile, and the write turn is not held while validators run.
        var target = await db.Applications.AsNoTracking()
            .Where(a => a.Id == applicationId && a.LocalAuthorityId == who.AuthorityId)
            .Select(a => new { a.LocalAuthorityId, a.TerritoryCode })
            .SingleOrDefaultAsync(cancellationToken) ?? throw new ApplicationNotFoundException();
        var opened = (await LoadCallWindowAsync(cancellationToken)).WindowFor(target.LocalAuthorityId);
        opened.EnsureOpenAt(arrivedAt);

        var check = await validation.CheckAsync(form, target.LocalAuthorityId, target.TerritoryCode, cancellationToken);
        if (!check.CanSave || unreadableFields.Count > 0)
        {
            return new StepSaveResult([.. check.Errors.Where(e => !unreadableFields.Contains(e.Field))], null, false, check.StillNeeded);
        }

        var data = StepData.Serialize(form);
        return await writes.RunAsync(async token =>
        {
            var application = await db.Applications.Include(a => a.Sections)
                .SingleOrDefaultAsync(a => a.Id == applicationId && a.LocalAuthorityId == who.AuthorityId, token)
                ?? throw new ApplicationNotFoundException();

            // Judged again on what holds now (an individual extension revoked meanwhile counts).
            var window = (await LoadCallWindowAsync(token)).WindowFor(application.LocalAuthorityId);

            // A colleague who saved since this editor's page was loaded (the domain compares versions;
            // the unit's lock, or on SQL Server the row's concurrency token, closes the gap between
            // this read and the write) makes this an EditConflictException: nothing is overwritten.
            var section = application.SaveSection(step.Step, data, check.IsComplete, form.Version, who.Actor, arrivedAt, window);
            if (form is LocalAuthorityStepForm authorityStep && !string.IsNullOrWhiteSpace(authorityStep.OfficialName))
            {
                var authority = await db.LocalAuthorities.SingleAsync(a => a.Id == application.LocalAuthorityId, token);
                if (authority.OfficialName != authorityStep.OfficialName.Trim())
                {
                    authority.Rename(authorityStep.OfficialName);
                }
            }

            await db.SaveChangesAsync(token);
            return new StepSaveResult([], section.Version, section.IsComplete, check.StillNeeded);
        }, cancellationToken);
    }

    /// <summary>
    /// Checks the upload (size, that its content really is a PDF, the application's upload rate and
    /// quota), stores it outside the web root and attaches it. The letter it replaces is deleted once
    /// that change has committed, unless a submitted version cites it.
    /// </summary>
    public async Task<UploadResult> UploadDocumentAsync(
        int applicationId, ApplicantContext who, IFormFile? file, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        // Who and when first, so that a stranger or a late upload stores nothing.
        var policy = uploadOptions.Value.Policy;
        var application = await LoadForMemberAsync(applicationId, who, cancellationToken);
        var window = (await LoadCallWindowAsync(cancellationToken)).WindowFor(application.LocalAuthorityId);
        window.EnsureOpenAt(arrivedAt);

        if (file is null || file.Length == 0)
        {
            return new UploadResult(DocumentProblem.Missing);
        }

        if (file.Length > MaxDocumentBytes)
        {
            return new UploadResult(DocumentProblem.TooLarge);
        }

        await using var upload = file.OpenReadStream();
        if (!await PdfCheck.LooksLikePdfAsync(upload, cancellationToken))
        {
            return new UploadResult(DocumentProblem.NotPdf);
        }

        // Judged before the file touches the disk, and again on fresh data when attaching it.
        if (Refusal(() => application.EnsureUploadAllowed(file.Length, arrivedAt, policy)) is { } early)
        {
            return early;
        }

        // The file is written before the unit, so that no write waits for a disk copy of 5 MB.
        upload.Position = 0;
        var stored = await files.SaveAsync(upload, cancellationToken);

        // Judged again (window, rate, quota) inside the write unit, on what any upload that came at the
        // same moment committed: on SQLite the units run in turn, on SQL Server the application's token
        // makes the second save fail and the unit is decided again.
        UploadResult? refusal;
        try
        {
            refusal = await writes.RunAsync(async token =>
            {
                var fresh = await LoadForMemberAsync(applicationId, who, token);
                var now = (await LoadCallWindowAsync(token)).WindowFor(fresh.LocalAuthorityId);
                if (Refusal(() => fresh.AttachDocument(stored.Key, CleanFileName(file.FileName), stored.SizeBytes, stored.Sha256, who.Actor, arrivedAt, now, policy)) is { } refused)
                {
                    return refused;
                }

                await db.SaveChangesAsync(token);
                return null;
            }, cancellationToken);
        }
        catch (CallClosedException)
        {
            files.Delete(stored.Key);
            throw;
        }

        if (refusal is not null)
        {
            // Refused before anything was saved: no row names the file, so it goes at once. When the
            // save itself fails (an exception), whether it committed is not certain (a connection lost
            // after the commit): the file is then left to the sweep, which deletes it only if no row
            // names it.
            files.Delete(stored.Key);
            return refusal;
        }

        await documentFiles.DeleteReleasedAsync(applicationId, CancellationToken.None);
        return new UploadResult(DocumentProblem.None);
    }

    private static UploadResult? Refusal(Action rule)
    {
        try
        {
            rule();
            return null;
        }
        catch (UploadRateExceededException tooMany)
        {
            return new UploadResult(DocumentProblem.TooManyUploads, tooMany.RetryAfter, tooMany);
        }
        catch (DocumentQuotaExceededException full)
        {
            return new UploadResult(DocumentProblem.QuotaFull, Refusal: full);
        }
    }

    /// <summary>
    /// Submits: re-checks every step against the rules, freezes an immutable version with its
    /// receipt, and queues the receipt e-mail in the same transaction. The same idempotency key
    /// (a double click, a retry) returns the version already made. <paramref name="reviewedDraft"/> is
    /// the draft's fingerprint when the review page was opened; a draft changed since is refused.
    /// </summary>
    public async Task<ApplicationVersion> SubmitAsync(
        int applicationId, ApplicantContext who, Guid idempotencyKey, string reviewedDraft, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        // Before the unit: the content is built and checked against today's rules from the draft the
        // officer reviewed. The unit then only freezes it if the draft is still that one (same
        // fingerprint: same step versions, same letter), so the write turn is not held while every
        // step is validated and the canonical JSON is made.
        var draft = await LoadForMemberAsync(applicationId, who, cancellationToken);
        if (draft.VersionMadeBy(idempotencyKey) is { } made)
        {
            return made;
        }

        var call = await LoadCallAsync(cancellationToken);
        var opened = call.WindowFor(draft.LocalAuthorityId);
        opened.EnsureOpenAt(arrivedAt);

        // What is frozen must be what the officer reviewed: a step saved or a letter uploaded since
        // the review page was opened (a colleague, another tab) sends them back to review it.
        if (!string.Equals(reviewedDraft, draft.DraftFingerprint(), StringComparison.Ordinal))
        {
            throw new DraftChangedSinceReviewException();
        }

        var content = await BuildContentAsync(draft, call, cancellationToken);
        var json = content.ToCanonicalJson();
        var themes = await db.Themes.Where(t => t.CallId == call.Id).ToDictionaryAsync(t => t.Slug, t => t.Id, cancellationToken);
        var snapshot = new SubmissionSnapshot(
            json, SubmissionContent.Sha256Of(json), ThemeId(content.Themes.PrimaryTheme), ThemeId(content.Themes.SecondaryTheme));
        int? ThemeId(string? slug) => !string.IsNullOrEmpty(slug) && themes.TryGetValue(slug, out var id) ? id : null;

        // Submits of one application are decided one after the other (on SQLite every unit is; on SQL
        // Server the application's concurrency token, renewed by each submit, sends the later one
        // round again): each makes its own version on what the previous one wrote, or, with the same
        // key, returns the version already made.
        var version = await writes.RunAsync(token => TrySubmitAsync(applicationId, who, idempotencyKey, reviewedDraft, snapshot, arrivedAt, token), cancellationToken);
        outbox.Notify();
        return version;
    }

    /// <summary>
    /// Withdraws the application. Two withdrawals (or a withdrawal and a submit) at the same moment
    /// are judged one after the other on fresh data: the second is refused by the transition rules.
    /// </summary>
    public async Task WithdrawAsync(int applicationId, ApplicantContext who, string reason, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        await writes.RunAsync(token => TryWithdrawAsync(applicationId, who, reason, arrivedAt, token), cancellationToken);
        outbox.Notify();
    }

    private async Task TryWithdrawAsync(int applicationId, ApplicantContext who, string reason, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        var application = await db.Applications
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.LocalAuthorityId == who.AuthorityId, cancellationToken)
            ?? throw new ApplicationNotFoundException();
        var call = await LoadCallWindowAsync(cancellationToken);
        application.Withdraw(reason, who.Actor, who.IsDesignatedSubmitter, arrivedAt, call.WindowFor(application.LocalAuthorityId));
        db.OutboxMessages.Add(email.Compose(who.Email, who.Culture,
            new WithdrawalEmail(application.Reference, arrivedAt, call.TimeZoneId, email.AbsoluteUrl($"/applicant/applications/{application.Id}")), application.Reference));
        audit.Record(who.UserId, who.Name, AuditActions.ApplicationWithdrawn, application.Reference, "Submitted → Withdrawn", reason);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<ApplicationVersion> TrySubmitAsync(
        int applicationId, ApplicantContext who, Guid idempotencyKey, string reviewedDraft, SubmissionSnapshot snapshot, DateTimeOffset arrivedAt,
        CancellationToken cancellationToken)
    {
        // What the decision needs, and no more: the write turn is held while this runs.
        var application = await db.Applications.Include(a => a.Sections).Include(a => a.Documents).Include(a => a.Versions).AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.LocalAuthorityId == who.AuthorityId, cancellationToken)
            ?? throw new ApplicationNotFoundException();
        if (application.VersionMadeBy(idempotencyKey) is { } earlier)
        {
            return earlier;
        }

        var call = await LoadCallWindowAsync(cancellationToken);
        var window = call.WindowFor(application.LocalAuthorityId);
        window.EnsureOpenAt(arrivedAt);

        // The snapshot was built from the reviewed draft: still the draft now, or nothing is frozen.
        if (!string.Equals(reviewedDraft, application.DraftFingerprint(), StringComparison.Ordinal))
        {
            throw new DraftChangedSinceReviewException();
        }

        var version = application.Submit(snapshot, idempotencyKey, ReceiptCodes.New(), who.Actor, who.IsDesignatedSubmitter, arrivedAt, window);

        var receipt = new ReceiptEmail(application.Reference, version.Number, version.SubmittedAt, call.TimeZoneId, version.ContentSha256, version.ReceiptCode,
            email.AbsoluteUrl("/receipts/verify"), email.AbsoluteUrl($"/applicant/applications/{application.Id}/versions/{version.Number}"));
        db.OutboxMessages.Add(email.Compose(who.Email, who.Culture, receipt, application.Reference));
        audit.Record(who.UserId, who.Name, AuditActions.ApplicationSubmitted, application.Reference,
            $"Version {version.Number}, receipt {version.ReceiptCode}, SHA-256 {version.ContentSha256}");
        await db.SaveChangesAsync(cancellationToken);
        return version;
    }

    /// <summary>Every step re-read and re-checked against the rules of today, not the flags saved earlier.</summary>
    private async Task<SubmissionContent> BuildContentAsync(Application application, Call call, CancellationToken cancellationToken)
    {
        var complete = new HashSet<ApplicationStep>();
        var forms = new Dictionary<ApplicationStep, StepForm>();
        foreach (var step in Steps.All)
        {
            var form = StepData.Deserialize(step, application.Section(step.Step)?.DataJson);
            var check = await validation.CheckAsync(form, application.LocalAuthorityId, application.TerritoryCode, cancellationToken);
            if (check.IsComplete && application.Section(step.Step) is not null)
            {
                complete.Add(step.Step);
            }

            forms[step.Step] = form;
        }

        // The domain's definition, over today's checks instead of the flags saved earlier.
        var document = application.CurrentDocument;
        var missing = Application.MissingForSubmission(complete.Contains, document is not null);
        if (missing.Count > 0)
        {
            throw new ApplicationIncompleteException(missing);
        }

        var authority = await db.LocalAuthorities.AsNoTracking().SingleAsync(a => a.Id == application.LocalAuthorityId, cancellationToken);
        return new SubmissionContent(
            call.Code,
            application.Reference,
            new SubmittedAuthority(authority.OfficialName, authority.CountryCode, application.QuotaGroupCode),
            (LocalAuthorityStepForm)forms[ApplicationStep.LocalAuthority],
            (ContactsStepForm)forms[ApplicationStep.Contacts],
            (ThemesStepForm)forms[ApplicationStep.Themes],
            (CaseStepForm)forms[ApplicationStep.Case],
            (CapacityStepForm)forms[ApplicationStep.Capacity],
            new SubmittedDocument(document!.FileName, document.SizeBytes, document.Sha256));
    }

    /// <summary>The published call with what decides every window: the deadline and individual extensions.</summary>
    private Task<Call> LoadCallWindowAsync(CancellationToken cancellationToken) =>
        currentCall.LoadAsync(CallShape.Summary, CallAudience.Public, cancellationToken);

    /// <summary>The published call with its quota groups too (starting an application places it in one).</summary>
    private Task<Call> LoadCallAsync(CancellationToken cancellationToken) =>
        currentCall.LoadAsync(CallShape.QuotaGroups, CallAudience.Public, cancellationToken);

    /// <summary>The application, if the person works for its local authority; otherwise "not found" (never "forbidden").</summary>
    private async Task<Application> LoadForMemberAsync(int applicationId, ApplicantContext who, CancellationToken cancellationToken) =>
        await db.Applications
            .Include(a => a.Sections)
            .Include(a => a.Documents)
            .Include(a => a.Versions)
            .Include(a => a.StatusChanges)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == applicationId && a.LocalAuthorityId == who.AuthorityId, cancellationToken)
        ?? throw new ApplicationNotFoundException();

    internal static string CleanFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var clean = new string(file.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':' or '*' or '?' or '<' or '>' or '|')).ToArray()).Trim();
        if (clean.Length == 0)
        {
            clean = "letter.pdf";
        }

        if (!clean.EndsWith(".pdf", StringComparison.OrdinalIgnoreCase))
        {
            clean += ".pdf";
        }

        return clean.Length > 200 ? clean[^200..] : clean;
    }
}
