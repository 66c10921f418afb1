using ICP.Infrastructure.Files;
using ICP.Infrastructure.Persistence;
using ICP.Web.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace ICP.Web.Features.Operations;

/// <summary>
/// The <c>backup</c> and <c>restore</c> commands for the embedded SQLite database and the file store.
/// A backup is a folder: <c>icp.db</c>, a consistent copy made with SQLite's online backup API
/// (correct while the portal writes), then <c>files/</c>, the uploaded letters. SQL Server has its
/// own tools (docs/operations.md); both commands refuse it.
/// </summary>
public sealed class BackupWorkflow(IcpDbContext db, DatabaseSettings database, LocalFileStore storage)
{
    public const string DatabaseFileName = "icp.db";
    public const string FilesFolderName = "files";

    /// <summary>Writes a backup into <paramref name="folder"/>, which must not exist yet (a backup never overwrites).</summary>
    public async Task<BackupResult> BackupAsync(string folder, CancellationToken cancellationToken)
    {
        EnsureSqlite();
        if (Directory.Exists(folder) || File.Exists(folder))
        {
            throw new ArgumentException($"{folder} already exists: a backup never overwrites. Choose a new folder.");
        }

        // Everything is written under a temporary name and renamed at the end: a folder with the
        // final name is always a complete backup.
        var temporary = folder.TrimEnd('/', '\\') + ".partial-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(temporary);
        try
        {
            var target = Path.Combine(temporary, DatabaseFileName);
            await using (var live = new SqliteConnection(database.ConnectionString))
            await using (var copy = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString()))
            {
                await live.OpenAsync(cancellationToken);
                await copy.OpenAsync(cancellationToken);

                // One step over all pages, under a read transaction: a snapshot of one instant, however
                // many writers commit meanwhile (WAL lets them go on).
                live.BackupDatabase(copy);
                await CheckIntegrityAsync(copy, cancellationToken);
            }

            // Files after the database: every file the copied rows name was written (and renamed into
            // place) before its row committed, so it is there to copy now.
            var files = CopyFiles(storage.Root, Path.Combine(temporary, FilesFolderName), overwrite: false);
            Directory.Move(temporary, folder);
            return new BackupResult(folder, new FileInfo(Path.Combine(folder, DatabaseFileName)).Length, files);
        }
        catch
        {
            Directory.Delete(temporary, recursive: true);
            throw;
        }
    }

    /// <summary>
    /// Restores a backup made by <see cref="BackupAsync"/>: the database first, then the files. A
    /// database that already holds accounts or applications is replaced only with
    /// <paramref name="replace"/>; a backup from a newer build (migrations this build lacks) or one
    /// that fails SQLite's integrity check is refused.
    /// </summary>
    public async Task<RestoreResult> RestoreAsync(string folder, bool replace, CancellationToken cancellationToken)
    {
        EnsureSqlite();
        var source = Path.Combine(folder, DatabaseFileName);
        if (!File.Exists(source))
        {
            throw new ArgumentException($"{source} does not exist: give the folder a backup command wrote.");
        }

        await using var backup = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = source, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await backup.OpenAsync(cancellationToken);
        await CheckIntegrityAsync(backup, cancellationToken);
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await ReadMigrationsAsync(backup, cancellationToken)).Where(m => !known.Contains(m)).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"The backup comes from a newer build (migrations {string.Join(", ", unknown)}): restore it with that build.");
        }

        var holdsData = await db.Users.AnyAsync(cancellationToken) || await db.Applications.AnyAsync(cancellationToken);
        if (holdsData && !replace)
        {
            throw new ArgumentException("This database already holds accounts or applications: add --replace to overwrite it with the backup (everything written since the backup is lost).");
        }

        // The database before the files: restored files whose rows were not there yet would look like
        // orphans to the sweep. The backup API writes into the live file under SQLite's own locks, so
        // a portal that is still running sees the old content or the new, never a mixture.
        await db.Database.CloseConnectionAsync();
        SqliteConnection.ClearAllPools();
        await using (var live = new SqliteConnection(database.ConnectionString))
        {
            await live.OpenAsync(cancellationToken);
            backup.BackupDatabase(live);
        }

        SqliteConnection.ClearAllPools();
        db.ChangeTracker.Clear();
        await db.Database.MigrateAsync(cancellationToken);
        var files = CopyFiles(Path.Combine(folder, FilesFolderName), storage.Root, overwrite: false);
        return new RestoreResult(await db.ApplicationVersions.CountAsync(cancellationToken), files);
    }

    private void EnsureSqlite()
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new ArgumentException("backup and restore are for the embedded SQLite database. On SQL Server use BACKUP DATABASE / RESTORE DATABASE (docs/operations.md#backups).");
        }
    }

    private static async Task CheckIntegrityAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        string? answer;
        try
        {
            answer = (string?)await command.ExecuteScalarAsync(cancellationToken);
        }
        catch (SqliteException problem)
        {
            throw new ArgumentException($"{connection.DataSource} is not a readable SQLite database: {problem.Message}", problem);
        }

        if (answer != "ok")
        {
            throw new ArgumentException($"The database copy failed SQLite's integrity check: {answer}");
        }
    }

    private static async Task<List<string>> ReadMigrationsAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT MigrationId FROM __EFMigrationsHistory;";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>
    /// Copies finished files (never a <c>.partial</c> write). A copy is stamped with the time it was
    /// made, so that the sweep's grace starts again and a restored file is not judged by its age.
    /// </summary>
    private static int CopyFiles(string from, string to, bool overwrite)
    {
        Directory.CreateDirectory(to);
        if (!Directory.Exists(from))
        {
            return 0;
        }

        var count = 0;
        foreach (var path in Directory.EnumerateFiles(from, "*.bin"))
        {
            var target = Path.Combine(to, Path.GetFileName(path));
            if (!overwrite && File.Exists(target))
            {
                continue; // keys are unique: a file with the same key is the same file
            }

            var temporary = Path.ChangeExtension(target, ".partial");
            File.Copy(path, temporary, overwrite: true);
            File.SetLastWriteTimeUtc(temporary, TimeProvider.System.GetUtcNow().UtcDateTime);
            File.Move(temporary, target, overwrite);
            count++;
        }

        return count;
    }
}
