using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class TimelinePhaseConfiguration : IEntityTypeConfiguration<TimelinePhase>
{
    public void Configure(EntityTypeBuilder<TimelinePhase> builder)
    {
        builder.ToTable("TimelinePhases");
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(2000).IsRequired();
        builder.HasIndex(p => new { p.CallId, p.Order }).IsUnique();
    }
}
