using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Xunit;

namespace ICP.UnitTests.Persistence;

/// <summary>
/// SQL Server cannot run on the build machines, so the model is checked here for what only SQL
/// Server refuses: several cascade paths to one table, keys and indexes beyond its size limits,
/// strings without a length. Also: neither migration set may lag the model.
/// </summary>
public sealed partial class ModelTests
{
    private const int MaxClusteredKeyBytes = 900;
    private const int MaxNonClusteredKeyBytes = 1700;

    [Fact]
    public void SqliteMigrations_AreInStepWithTheModel()
    {
        using var db = Contexts.Sqlite();

        Assert.False(db.Database.HasPendingModelChanges(), "Run tools/add-migration.sh: the SQLite migrations lag the model.");
    }

    [Fact]
    public void SqlServerMigrations_AreInStepWithTheModel()
    {
        using var db = Contexts.SqlServer();

        Assert.False(db.Database.HasPendingModelChanges(), "Run tools/add-migration.sh: the SQL Server migrations lag the model.");
    }

    [Fact]
    public void SqlServerModel_HasAtMostOneCascadePathToAnyTable()
    {
        var model = DesignModel(Contexts.SqlServer());
        var problems = new List<string>();
        foreach (var root in model.GetEntityTypes().Where(e => !e.IsOwned()))
        {
            var paths = new Dictionary<string, int>();
            Walk(root, [root.GetTableName()!], paths, problems);
            problems.AddRange(paths.Where(p => p.Value > 1)
                .Select(p => $"{root.GetTableName()} reaches {p.Key} by {p.Value} cascading paths"));
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void SqlServerModel_KeysAndIndexesFitItsSizeLimits_AndNoneUsesAnUnboundedString()
    {
        var model = DesignModel(Contexts.SqlServer());
        var problems = new List<string>();
        foreach (var entity in model.GetEntityTypes())
        {
            foreach (var key in entity.GetKeys())
            {
                Check($"{entity.GetTableName()} key", key.Properties, key.IsPrimaryKey() ? MaxClusteredKeyBytes : MaxNonClusteredKeyBytes, problems);
            }

            foreach (var index in entity.GetIndexes())
            {
                Check($"{entity.GetTableName()} index {index.GetDatabaseName()}", index.Properties, MaxNonClusteredKeyBytes, problems);
            }

            foreach (var foreignKey in entity.GetForeignKeys())
            {
                Check($"{entity.GetTableName()} foreign key", foreignKey.Properties, MaxNonClusteredKeyBytes, problems);
            }
        }

        Assert.Empty(problems);
    }

    /// <summary>Documents (JSON answers, e-mail bodies and their calendar files) are deliberately nvarchar(max): never indexed, never compared.</summary>
    private static readonly HashSet<string> DeliberatelyUnbounded =
    [
        "ApplicationSection.DataJson", "ApplicationVersion.ContentJson", "OutboxMessage.TextBody", "OutboxMessage.HtmlBody", "OutboxMessage.CalendarAttachment",
    ];

    [Fact]
    public void ProgrammeEntities_GiveEveryStringAMaximumLength()
    {
        var model = DesignModel(Contexts.SqlServer());

        var unbounded = model.GetEntityTypes()
            .Where(e => e.ClrType.Namespace?.StartsWith("ICP.Domain", StringComparison.Ordinal) == true)
            .SelectMany(e => e.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is null)
                .Select(p => $"{e.ClrType.Name}.{p.Name}"))
            .Where(name => !DeliberatelyUnbounded.Contains(name))
            .ToList();

        Assert.Empty(unbounded);
    }

    [Fact]
    public void SqliteModel_StoresInstantsAsSortableUtcTicks()
    {
        var model = DesignModel(Contexts.Sqlite());

        var instants = model.GetEntityTypes().SelectMany(e => e.GetProperties())
            .Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?))
            .ToList();

        Assert.NotEmpty(instants);
        Assert.All(instants, p => Assert.Equal("INTEGER", p.GetColumnType()));
    }

    private static void Walk(IEntityType principal, List<string> path, Dictionary<string, int> reached, List<string> problems)
    {
        foreach (var foreignKey in principal.GetReferencingForeignKeys())
        {
            if (foreignKey.DeleteBehavior is not (DeleteBehavior.Cascade or DeleteBehavior.SetNull))
            {
                continue;
            }

            var table = foreignKey.DeclaringEntityType.GetTableName()!;
            if (path.Contains(table))
            {
                problems.Add($"cascade cycle: {string.Join(" -> ", path)} -> {table}");
                continue;
            }

            reached[table] = reached.GetValueOrDefault(table) + 1;
            Walk(foreignKey.DeclaringEntityType, [.. path, table], reached, problems);
        }
    }

    private static void Check(string what, IReadOnlyList<IProperty> properties, int limit, List<string> problems)
    {
        var bytes = 0;
        foreach (var property in properties)
        {
            var size = SqlServerBytes(property);
            if (size is null)
            {
                problems.Add($"{what}: {property.Name} ({property.GetColumnType()}) has no bounded size");
                return;
            }

            bytes += size.Value;
        }

        if (bytes > limit)
        {
            problems.Add($"{what}: {bytes} bytes, over SQL Server's {limit}");
        }
    }

    private static int? SqlServerBytes(IProperty property)
    {
        var type = Nullable.GetUnderlyingType(property.ClrType) ?? property.ClrType;
        if (type == typeof(string))
        {
            // The column type is what SQL Server sees, e.g. Identity's keys are nvarchar(450) by convention.
            var column = ColumnType().Match(property.GetColumnType());
            if (!column.Success || column.Groups["length"].Value == "max")
            {
                return null;
            }

            return int.Parse(column.Groups["length"].Value, System.Globalization.CultureInfo.InvariantCulture) * (column.Groups["n"].Success ? 2 : 1);
        }

        return type switch
        {
            _ when type == typeof(int) => 4,
            _ when type == typeof(long) => 8,
            _ when type == typeof(Guid) => 16,
            _ when type == typeof(bool) => 1,
            _ when type == typeof(DateOnly) => 3,
            _ when type == typeof(DateTimeOffset) => 10,
            _ when type == typeof(DateTime) => 8,
            _ when type == typeof(decimal) => (property.GetPrecision() ?? 18) switch { <= 9 => 5, <= 19 => 9, <= 28 => 13, _ => 17 },
            _ when type == typeof(double) => 8,
            _ when type.IsEnum => property.GetMaxLength() is { } length ? length * 2 : 4,
            _ => null,
        };
    }

    [System.Text.RegularExpressions.GeneratedRegex("^(?<n>n)?(?:var)?char\\((?<length>\\d+|max)\\)$")]
    private static partial System.Text.RegularExpressions.Regex ColumnType();

    private static IModel DesignModel(DbContext db)
    {
        using (db)
        {
            return db.GetService<IDesignTimeModel>().Model;
        }
    }
}
