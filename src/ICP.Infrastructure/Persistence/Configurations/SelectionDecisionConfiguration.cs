using ICP.Domain.Applications;
using ICP.Domain.Common;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class SelectionDecisionConfiguration : IEntityTypeConfiguration<SelectionDecision>
{
    public void Configure(EntityTypeBuilder<SelectionDecision> builder)
    {
        builder.ToTable("SelectionDecisions");
        builder.Property(d => d.QuotaGroupCode).HasMaxLength(8).IsRequired();
        builder.Property(d => d.TerritoryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(d => d.DecidedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(d => d.ReleasedBy).HasMaxLength(PortalUserConfiguration.IdLength);
        builder.Property(d => d.Note).HasMaxLength(TextLimits.SelectionNote).IsRequired();

        // One decision per application: staging again changes it.
        builder.HasIndex(d => d.ApplicationId).IsUnique();
        builder.HasIndex(d => new { d.CallId, d.QuotaGroupCode, d.State });
        builder.HasOne<Application>().WithMany().HasForeignKey(d => d.ApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Call>().WithMany().HasForeignKey(d => d.CallId).OnDelete(DeleteBehavior.Restrict);
    }
}
