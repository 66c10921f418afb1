using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class ProgrammeEventConfiguration : IEntityTypeConfiguration<ProgrammeEvent>
{
    public void Configure(EntityTypeBuilder<ProgrammeEvent> builder)
    {
        builder.ToTable("ProgrammeEvents");
        builder.Property(e => e.Title).HasMaxLength(200).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(4000).IsRequired();
        builder.Property(e => e.Location).HasMaxLength(200).IsRequired();
        builder.HasIndex(e => new { e.CallId, e.StartsAt });

        builder.HasOne<Call>().WithMany().HasForeignKey(e => e.CallId).OnDelete(DeleteBehavior.Cascade);

        // Not cascading: the call already cascades to both phases and events, and SQL Server refuses
        // two cascade paths to one table. Removing a phase must first detach its events.
        builder.HasOne<TimelinePhase>().WithMany().HasForeignKey(e => e.PhaseId).OnDelete(DeleteBehavior.NoAction);
    }
}
