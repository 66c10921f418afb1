using ICP.Domain.Evaluation;
using ICP.Domain.Programme;
using ICP.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class EvaluatorDeclarationConfiguration : IEntityTypeConfiguration<EvaluatorDeclaration>
{
    public void Configure(EntityTypeBuilder<EvaluatorDeclaration> builder)
    {
        builder.ToTable("EvaluatorDeclarations");
        builder.Property(d => d.EvaluatorId).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Ignore(d => d.IsConfirmed);
        builder.HasIndex(d => new { d.CallId, d.EvaluatorId }).IsUnique();
        builder.HasOne<Call>().WithMany().HasForeignKey(d => d.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(d => d.EvaluatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(d => d.Conflicts).WithOne().HasForeignKey(c => c.DeclarationId).OnDelete(DeleteBehavior.Cascade);
    }
}
