using ICP.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Infrastructure;

/// <summary>
/// Runs a read-decide-write operation again when another request changed the same rows between its
/// read and its write (a concurrency token or a unique key refused the write). Each attempt starts
/// from a clean change tracker, so it decides on fresh data; nothing of a failed attempt is saved.
/// </summary>
public static class ConcurrencyRetry
{
    public const int Attempts = 8;

    public static async Task<T> RunAsync<T>(DbContext db, Func<Task<T>> operation)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await operation();
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                db.ChangeTracker.Clear();
                await Task.Delay(Random.Shared.Next(5, 25 * attempt));
            }
            catch (DbUpdateConcurrencyException)
            {
                // Still losing after every attempt: nothing was written; the person is told to look again.
                db.ChangeTracker.Clear();
                throw new EditConflictException(null, null);
            }
        }
    }

    public static Task<bool> RunAsync(DbContext db, Func<Task> operation) => RunAsync(db, async () =>
    {
        await operation();
        return true;
    });
}
