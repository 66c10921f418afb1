using ICP.Domain.Activities;
using ICP.Domain.Audit;
using ICP.Domain.Common;
using ICP.Domain.Cooperation;
using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence;
using ICP.Infrastructure.Persistence.Writes;
using ICP.Web.Features.Accounts;
using ICP.Web.Features.Applications;
using ICP.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Activities;

/// <summary>
/// Staff attach an activity's outputs (a PDF or an https link), show or hide them on the public
/// page, and remove them. A file follows the letters' rules (ADR 9, ADR 20): at most 5 MB, a PDF by
/// its content, the upload rate and storage quota of <see cref="UploadOptions"/> (counted per
/// activity), stored before the unit and deleted at once if the unit refuses it. A removed
/// output's file is left to the sweep, which deletes files no row names. Each change is one write
/// unit (ADR 12), audited; a change is checked against the output's token the page was shown with.
/// </summary>
public sealed class ActivityOutputWorkflow(
    IcpDbContext db, DatabaseWrites writes, IFileStore files, AuditTrail audit, TimeProvider clock, IOptions<UploadOptions> uploadOptions)
{
    /// <summary>Adds an output; the result's problem says why a file was refused. Not found for an unknown activity.</summary>
    public async Task<UploadResult> AddAsync(int activityId, ActivityOutputForm form, IFormFile? file, StaffContext by, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        if (!await db.Activities.AsNoTracking().AnyAsync(a => a.Id == activityId, cancellationToken))
        {
            throw new NotFoundException($"Activity {activityId}");
        }

        var kind = form.ParsedKind ?? throw new InvalidProgrammeDataException("The form was not validated.");
        var hasFile = file is { Length: > 0 };
        if (hasFile == !string.IsNullOrWhiteSpace(form.Link))
        {
            throw new ActivityInvalidException(ActivityProblem.OutputFileOrLink);
        }

        if (!hasFile)
        {
            // A link: nothing to store before the unit.
            await writes.RunAsync(async token =>
            {
                var activity = await db.Activities.SingleAsync(a => a.Id == activityId, token);
                var output = ActivityOutput.WithLink(activity, kind, form.Title, form.Link ?? string.Empty, form.IsPublic, by.UserId, arrivedAt);
                db.ActivityOutputs.Add(output);
                audit.Record(by.UserId, by.Name, AuditActions.ActivityOutputAdded, Subject(activityId), $"{output.Kind}: {output.Title}, link {output.Link}{Shown(output.IsPublic)}");
                await db.SaveChangesAsync(token);
            }, cancellationToken);
            return new UploadResult(DocumentProblem.None);
        }

        if (file!.Length > ApplicationWorkflow.MaxDocumentBytes)
        {
            return new UploadResult(DocumentProblem.TooLarge);
        }

        await using var upload = file.OpenReadStream();
        if (!await PdfCheck.LooksLikePdfAsync(upload, cancellationToken))
        {
            return new UploadResult(DocumentProblem.NotPdf);
        }

        // Judged before the file touches the disk, and again inside the unit on what committed since.
        var policy = uploadOptions.Value.Policy;
        var before = await ExistingAsync(activityId, cancellationToken);
        if (Refusal(() => CityOutput.EnsureUploadAllowed(before, file!.Length, arrivedAt, policy)) is { } early)
        {
            return early;
        }

        upload.Position = 0;

        // Stored before the unit so that no write waits for a disk copy; should the unit fail without
        // saying whether it committed (a busy database), the sweep deletes the file if no row names it.
        var stored = await files.SaveAsync(upload, cancellationToken);
        var refusal = await writes.RunAsync(async token =>
        {
            var existing = await ExistingAsync(activityId, token);
            if (Refusal(() => CityOutput.EnsureUploadAllowed(existing, file.Length, arrivedAt, policy)) is { } refused)
            {
                return refused;
            }

            var activity = await db.Activities.SingleAsync(a => a.Id == activityId, token);
            var output = ActivityOutput.WithFile(
                activity, kind, form.Title, stored.Key, ApplicationWorkflow.CleanFileName(file.FileName), stored.SizeBytes, stored.Sha256, form.IsPublic, by.UserId, arrivedAt);
            db.ActivityOutputs.Add(output);
            audit.Record(by.UserId, by.Name, AuditActions.ActivityOutputAdded, Subject(activityId),
                $"{output.Kind}: {output.Title}, {output.FileName} ({output.SizeBytes} bytes, SHA-256 {output.Sha256}){Shown(output.IsPublic)}");
            await db.SaveChangesAsync(token);
            return (UploadResult?)null;
        }, cancellationToken);

        // Refused before anything was saved: no row names the file, so it goes at once.
        if (refusal is not null)
        {
            files.Delete(stored.Key);
        }

        return refusal ?? new UploadResult(DocumentProblem.None);
    }

    /// <summary>Shows an output on the public page or takes it off.</summary>
    public Task ChangeVisibilityAsync(int activityId, int outputId, bool isPublic, Guid token, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async unit =>
        {
            var output = await ForChangeAsync(activityId, outputId, token, unit);
            if (output.ChangeVisibility(isPublic, by.UserId, clock.GetUtcNow()))
            {
                audit.Record(by.UserId, by.Name, AuditActions.ActivityOutputVisibilityChanged, Subject(activityId),
                    $"{output.Kind}: {output.Title}{(isPublic ? ", now on the public page" : ", taken off the public page")}");
                await db.SaveChangesAsync(unit);
            }
        }, cancellationToken);

    /// <summary>Removes an output; its file, which no row names any more, goes with the next sweep.</summary>
    public Task RemoveAsync(int activityId, int outputId, Guid token, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async unit =>
        {
            var output = await ForChangeAsync(activityId, outputId, token, unit);
            db.ActivityOutputs.Remove(output);
            audit.Record(by.UserId, by.Name, AuditActions.ActivityOutputRemoved, Subject(activityId),
                $"{output.Kind}: {output.Title}{(output.IsFile ? $", {output.FileName} (SHA-256 {output.Sha256})" : $", link {output.Link}")}");
            await db.SaveChangesAsync(unit);
        }, cancellationToken);

    private async Task<ActivityOutput> ForChangeAsync(int activityId, int outputId, Guid token, CancellationToken cancellationToken)
    {
        var output = await db.ActivityOutputs.SingleOrDefaultAsync(o => o.Id == outputId && o.ActivityId == activityId, cancellationToken)
            ?? throw new NotFoundException($"Activity output {outputId}");

        // The page the change was made on showed another state of the output: a colleague changed it since.
        if (output.ConcurrencyToken != token)
        {
            throw new EditConflictException(output.ChangedBy, output.ChangedAt);
        }

        return output;
    }

    // The files an activity keeps: what its upload rate and quota count (links take no room).
    private async Task<IReadOnlyCollection<(DateTimeOffset, long)>> ExistingAsync(int activityId, CancellationToken cancellationToken) =>
        [.. (await db.ActivityOutputs.AsNoTracking().Where(o => o.ActivityId == activityId && o.StorageKey != null).Select(o => new { o.AddedAt, o.SizeBytes }).ToListAsync(cancellationToken))
            .Select(o => (o.AddedAt, o.SizeBytes))];

    private static string Subject(int activityId) => $"activity {activityId}";

    private static string Shown(bool isPublic) => isPublic ? ", on the public page" : ", not public";

    private static UploadResult? Refusal(Action rule)
    {
        try
        {
            rule();
            return null;
        }
        catch (UploadRateExceededException tooMany)
        {
            return new UploadResult(DocumentProblem.TooManyUploads, tooMany.RetryAfter);
        }
        catch (DocumentQuotaExceededException)
        {
            return new UploadResult(DocumentProblem.QuotaFull);
        }
    }
}
