using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Evaluation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class EvaluationConfiguration : IEntityTypeConfiguration<Evaluation>
{
    public void Configure(EntityTypeBuilder<Evaluation> builder)
    {
        builder.ToTable("Evaluations");
        builder.Property(e => e.EvaluatorId).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(e => e.Comment).HasMaxLength(TextLimits.EvaluationComment).IsRequired();
        builder.Property(e => e.WeightedTotal).HasPrecision(5, 2);
        builder.Property(e => e.ConcurrencyToken).IsConcurrencyToken();
        builder.HasIndex(e => e.AssignmentId).IsUnique();
        builder.HasIndex(e => new { e.ApplicationId, e.Status });
        builder.HasOne<Assignment>().WithMany().HasForeignKey(e => e.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Application>().WithMany().HasForeignKey(e => e.ApplicationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasMany(e => e.Scores).WithOne().HasForeignKey(s => s.EvaluationId).OnDelete(DeleteBehavior.Cascade);
    }
}
