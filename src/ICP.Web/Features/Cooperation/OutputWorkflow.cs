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

namespace ICP.Web.Features.Cooperation;

/// <summary>
/// A participating city hands in an output; staff publish it or keep it off the public page. The
/// upload follows the letters' rules (at most 5 MB, a PDF by its content, the upload rate and the
/// storage quota of <see cref="UploadOptions"/>, stored outside the web root before the unit);
/// each change is one unit of the write policy (ADR 12), audited, and a review is checked against
/// the output's token the page was shown with.
/// </summary>
public sealed class OutputWorkflow(
    IcpDbContext db, DatabaseWrites writes, IFileStore files, WorkspaceQueries workspace, AuditTrail audit, TimeProvider clock, IOptions<UploadOptions> uploadOptions)
{
    public async Task<UploadResult> UploadAsync(ApplicantContext who, OutputKind kind, string title, IFormFile? file, DateTimeOffset arrivedAt, CancellationToken cancellationToken)
    {
        // Who first, so that a city that does not take part stores nothing.
        var city = await workspace.ParticipatingCityAsync(who, cancellationToken) ?? throw new NotFoundException("Workspace");
        var policy = uploadOptions.Value.Policy;
        if (file is null || file.Length == 0)
        {
            return new UploadResult(DocumentProblem.Missing);
        }

        if (file.Length > ApplicationWorkflow.MaxDocumentBytes)
        {
            return new UploadResult(DocumentProblem.TooLarge);
        }

        await using var upload = file.OpenReadStream();
        if (!await PdfCheck.LooksLikePdfAsync(upload, cancellationToken))
        {
            return new UploadResult(DocumentProblem.NotPdf);
        }

        // Judged before the file touches the disk, and again inside the unit.
        var before = await ExistingAsync(city.ApplicationId, cancellationToken);
        if (Refusal(() => CityOutput.EnsureUploadAllowed(before, file.Length, arrivedAt, policy)) is { } early)
        {
            return early;
        }

        upload.Position = 0;

        // The file is written before the unit, so that no write waits for a disk copy. Should the unit
        // fail (a busy database), whether it committed is not certain: the file is then left to the
        // sweep, which deletes it only if no row names it.
        var stored = await files.SaveAsync(upload, cancellationToken);
        var refusal = await writes.RunAsync(async token =>
        {
            // Judged again on what any upload that came at the same moment committed.
            var existing = await ExistingAsync(city.ApplicationId, token);
            if (Refusal(() => CityOutput.EnsureUploadAllowed(existing, file.Length, arrivedAt, policy)) is { } refused)
            {
                return refused;
            }

            var output = new CityOutput(city.ApplicationId, kind, title, stored.Key, ApplicationWorkflow.CleanFileName(file.FileName), stored.SizeBytes, stored.Sha256, who.Actor, arrivedAt);
            db.CityOutputs.Add(output);
            audit.Record(who.UserId, who.Name, AuditActions.OutputReceived, city.Reference, $"{output.Kind}: {output.Title} ({output.SizeBytes} bytes, SHA-256 {output.Sha256})");
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

    public Task PublishAsync(int outputId, Guid token, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var output = await ForReviewAsync(outputId, token, cancellationToken);
            output.Publish(by.UserId, clock.GetUtcNow());
            audit.Record(by.UserId, by.Name, AuditActions.OutputPublished, await ReferenceAsync(output, cancellationToken), $"{output.Kind}: {output.Title}, on /partnerships");
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    public Task KeepUnpublishedAsync(int outputId, string note, Guid token, StaffContext by, CancellationToken cancellationToken) =>
        writes.RunAsync(async _ =>
        {
            var output = await ForReviewAsync(outputId, token, cancellationToken);
            output.KeepUnpublished(note, by.UserId, clock.GetUtcNow());
            audit.Record(by.UserId, by.Name, AuditActions.OutputKeptUnpublished, await ReferenceAsync(output, cancellationToken), $"{output.Kind}: {output.Title}", note);
            await db.SaveChangesAsync(cancellationToken);
        }, cancellationToken);

    private async Task<CityOutput> ForReviewAsync(int outputId, Guid token, CancellationToken cancellationToken)
    {
        var output = await db.CityOutputs.SingleOrDefaultAsync(o => o.Id == outputId, cancellationToken) ?? throw new NotFoundException($"Output {outputId}");

        // The page the review was made on showed another state of the output: a colleague reviewed it since.
        if (output.ConcurrencyToken != token)
        {
            throw new EditConflictException(output.ReviewedBy, output.ReviewedAt);
        }

        return output;
    }

    private Task<string> ReferenceAsync(CityOutput output, CancellationToken cancellationToken) =>
        db.Applications.AsNoTracking().Where(a => a.Id == output.ApplicationId).Select(a => a.Reference).SingleAsync(cancellationToken);

    private async Task<IReadOnlyCollection<(DateTimeOffset, long)>> ExistingAsync(int applicationId, CancellationToken cancellationToken) =>
        [.. (await db.CityOutputs.AsNoTracking().Where(o => o.ApplicationId == applicationId).Select(o => new { o.UploadedAt, o.SizeBytes }).ToListAsync(cancellationToken))
            .Select(o => (o.UploadedAt, o.SizeBytes))];

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
