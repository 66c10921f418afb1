using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace ICP.Web.Features.Applications;

/// <summary>
/// Keeps on disk only the letters a version or a draft refers to. A replaced letter's file is deleted
/// only after the change that released it has committed (its row then says so), and its row records
/// the deletion afterwards, so a crash at any point leaves either a file the next sweep deletes or a
/// row whose file is already gone: never a submitted version without its letter.
/// </summary>
public sealed partial class DocumentFilesWorkflow(IcpDbContext db, IFileStore files, TimeProvider clock, IOptions<UploadOptions> options, ILogger<DocumentFilesWorkflow> logger)
{
    /// <summary>
    /// Deletes the files of the application's released letters (<see cref="ICP.Domain.Applications.Application.DocumentsToDelete"/>),
    /// right after the change that released them. It is tidying, not part of that change: a failure
    /// (a busy database, a locked file) is logged and left to the sweep, never reported as the
    /// change's failure.
    /// </summary>
    public async Task<int> DeleteReleasedAsync(int applicationId, CancellationToken cancellationToken)
    {
        try
        {
            return await TryDeleteReleasedAsync(applicationId, cancellationToken);
        }
        catch (Exception problem) when (problem is DbUpdateException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            LogLeftToSweep(logger, applicationId, problem);
            return 0;
        }
    }

    private async Task<int> TryDeleteReleasedAsync(int applicationId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var application = await db.Applications
            .Include(a => a.Documents)
            .Include(a => a.Versions)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == applicationId, cancellationToken);
        if (application is null)
        {
            return 0;
        }

        var released = application.DocumentsToDelete();
        foreach (var document in released)
        {
            files.Delete(document.StorageKey);
            document.MarkFileDeleted(clock.GetUtcNow());
        }

        if (released.Count > 0)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The files are gone; the rows say so at the next sweep (deleting again is harmless).
                db.ChangeTracker.Clear();
            }
        }

        return released.Count;
    }

    /// <summary>
    /// The periodic sweep: released letters of every application (a crash after the commit that
    /// released them), then files that no row refers to and that nobody has written for
    /// <see cref="UploadOptions.OrphanGrace"/> (a crash between storing a file and committing its row,
    /// or a write that never finished).
    /// </summary>
    public async Task<SweepResult> SweepAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var candidates = await db.ApplicationDocuments.AsNoTracking()
            .Where(d => !d.IsCurrent && d.FileDeletedAt == null)
            .Select(d => d.ApplicationId)
            .Distinct()
            .ToListAsync(cancellationToken);
        var released = 0;
        foreach (var applicationId in candidates)
        {
            released += await TryDeleteReleasedAsync(applicationId, cancellationToken);
        }

        // Listed before the rows are read: a file stored after this listing is not in it, and one
        // listed is older than the grace, longer than any upload takes between storing and committing.
        var old = files.ListUntouchedFor(options.Value.OrphanGrace);
        var orphans = 0;
        if (old.Count > 0)
        {
            var keys = old.Select(e => e.Key).ToList();
            // The store also holds the cities' outputs and the activities' outputs of the cooperation phase:
            // their rows name files too (a removed activity output's row is gone, so its file goes here).
            var known = (await db.ApplicationDocuments.AsNoTracking().Where(d => keys.Contains(d.StorageKey)).Select(d => d.StorageKey)
                    .Concat(db.CityOutputs.AsNoTracking().Where(o => keys.Contains(o.StorageKey)).Select(o => o.StorageKey))
                    .Concat(db.ActivityOutputs.AsNoTracking().Where(o => o.StorageKey != null && keys.Contains(o.StorageKey)).Select(o => o.StorageKey!))
                    .ToListAsync(cancellationToken))
                .ToHashSet(StringComparer.Ordinal);
            foreach (var entry in old)
            {
                if (entry.IsPartial)
                {
                    files.DeletePartial(entry.Key);
                    orphans++;
                }
                else if (!known.Contains(entry.Key))
                {
                    files.Delete(entry.Key);
                    orphans++;
                }
            }
        }

        if (released + orphans > 0)
        {
            LogSwept(logger, released, orphans);
        }

        return new SweepResult(released, orphans);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Released letters of application {ApplicationId} not deleted now; the sweep will")]
    private static partial void LogLeftToSweep(ILogger logger, int applicationId, Exception problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "File sweep: {Released} released letters and {Orphans} orphan files deleted")]
    private static partial void LogSwept(ILogger logger, int released, int orphans);
}
