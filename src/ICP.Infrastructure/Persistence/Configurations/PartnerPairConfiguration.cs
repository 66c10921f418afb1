using ICP.Domain.Applications;
using ICP.Domain.Cooperation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class PartnerPairConfiguration : IEntityTypeConfiguration<PartnerPair>
{
    public void Configure(EntityTypeBuilder<PartnerPair> builder)
    {
        builder.ToTable("PartnerPairs");
        builder.Property(p => p.PartnerTerritoryCode).HasMaxLength(2).IsFixedLength().IsUnicode(false).IsRequired();
        builder.Property(p => p.SharedThemes).HasMaxLength(PartnerPair.SharedThemesLength).IsRequired();
        builder.Property(p => p.CreatedBy).HasMaxLength(PortalUserConfiguration.IdLength).IsRequired();
        builder.Property(p => p.EndedBy).HasMaxLength(PortalUserConfiguration.IdLength);
        builder.Property(p => p.EndedBecause).HasConversion<string>().HasMaxLength(24);
        builder.Property(p => p.EndReason).HasMaxLength(CooperationPlan.ReasonLength);
        builder.Ignore(p => p.IsActive);
        builder.Ignore(p => p.SharedThemeSlugs);
        builder.HasIndex(p => new { p.CooperationPlanId, p.EndedAt });
        builder.HasOne<Application>().WithMany().HasForeignKey(p => p.EuApplicationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Application>().WithMany().HasForeignKey(p => p.PartnerApplicationId).OnDelete(DeleteBehavior.Restrict);
    }
}
