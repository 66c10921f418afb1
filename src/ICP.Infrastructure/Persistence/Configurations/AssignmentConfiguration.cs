using ICP.Domain.Applications;
using ICP.Domain.Evaluation;
using ICP.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class AssignmentConfiguration : IEntityTypeConfiguration<Assignment>
{
    public void Configure(EntityTypeBuilder<Assignment> builder)
    {
        builder.ToTable("Assignments");
        builder.Property(a => a.EvaluatorId).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(a => a.AssignedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.HasIndex(a => new { a.ApplicationId, a.EvaluatorId }).IsUnique();
        builder.HasIndex(a => a.EvaluatorId);
        builder.HasOne<Application>().WithMany().HasForeignKey(a => a.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(a => a.EvaluatorId).OnDelete(DeleteBehavior.Restrict);
    }
}
