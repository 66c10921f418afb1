using ICP.Domain.Cooperation;
using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class CooperationPlanConfiguration : IEntityTypeConfiguration<CooperationPlan>
{
    public void Configure(EntityTypeBuilder<CooperationPlan> builder)
    {
        builder.ToTable("CooperationPlans");
        builder.Property(p => p.State).HasConversion<string>().HasMaxLength(16).IsRequired();
        builder.Property(p => p.ChangedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();

        // Renewed by every change: two staff members changing the plan at once cannot both win (ADR 12).
        builder.Property(p => p.ConcurrencyToken).IsConcurrencyToken();

        // One plan per call.
        builder.HasIndex(p => p.CallId).IsUnique();
        builder.HasOne<Call>().WithMany().HasForeignKey(p => p.CallId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Pairs).WithOne().HasForeignKey(p => p.CooperationPlanId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Pairs).HasField("_pairs");
        builder.Ignore(p => p.ActivePairs);
    }
}
