using ICP.Domain.Common;
using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class CriterionScoreConfiguration : IEntityTypeConfiguration<CriterionScore>
{
    public void Configure(EntityTypeBuilder<CriterionScore> builder)
    {
        builder.ToTable("CriterionScores");
        builder.Property(s => s.Comment).HasMaxLength(TextLimits.CriterionComment).IsRequired();
        builder.HasIndex(s => new { s.EvaluationId, s.CriterionId }).IsUnique();
        builder.HasOne<EvaluationCriterion>().WithMany().HasForeignKey(s => s.CriterionId).OnDelete(DeleteBehavior.Restrict);
    }
}
