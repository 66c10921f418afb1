namespace ICP.Infrastructure.Persistence;

/// <summary>The database engines the portal runs on.</summary>
public enum DatabaseProvider
{
    /// <summary>Embedded file database: the default, so the portal runs on a fresh machine.</summary>
    Sqlite,

    /// <summary>Production database.</summary>
    SqlServer,
}
