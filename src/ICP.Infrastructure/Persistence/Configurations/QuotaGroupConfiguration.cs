using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class QuotaGroupConfiguration : IEntityTypeConfiguration<QuotaGroup>
{
    public void Configure(EntityTypeBuilder<QuotaGroup> builder)
    {
        builder.ToTable("QuotaGroups");
        builder.Property(g => g.Code).HasMaxLength(8).IsRequired();
        builder.Property(g => g.Name).HasMaxLength(100).IsRequired();
        builder.HasIndex(g => new { g.CallId, g.Code }).IsUnique();
        builder.Property(g => g.SelectionToken).IsConcurrencyToken();

        // A territory is never deleted while a quota group names it (reference data outlives calls).
        builder.HasMany(g => g.Territories)
            .WithMany()
            .UsingEntity(
                "QuotaGroupTerritories",
                right => right.HasOne(typeof(Territory)).WithMany().HasForeignKey("TerritoryCode").OnDelete(DeleteBehavior.Restrict),
                left => left.HasOne(typeof(QuotaGroup)).WithMany().HasForeignKey("QuotaGroupId").OnDelete(DeleteBehavior.Cascade),
                join => join.HasKey("QuotaGroupId", "TerritoryCode"));
    }
}
