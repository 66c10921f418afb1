using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace ICP.Infrastructure.Persistence;

/// <summary>The context used with SQLite, the embedded default; owns Migrations/Sqlite.</summary>
public sealed class SqliteIcpDbContext(DbContextOptions<SqliteIcpDbContext> options) : IcpDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);

        // SQLite has no date-time-with-offset type: EF would store text it cannot compare or sort.
        // Every instant the portal keeps is UTC, so it is stored as UTC ticks, which order correctly.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();

        // Nor can it compare or sort decimals (EF stores them as text); scores have two decimals,
        // which a double holds exactly enough, and staff filter and sort on them.
        configurationBuilder.Properties<decimal>().HaveConversion<double>();
    }

    internal sealed class UtcTicksConverter() : ValueConverter<DateTimeOffset, long>(
        value => value.UtcTicks,
        ticks => new DateTimeOffset(ticks, TimeSpan.Zero));
}
