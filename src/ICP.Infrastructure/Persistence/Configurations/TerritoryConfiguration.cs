using ICP.Domain.Programme;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ICP.Infrastructure.Persistence.Configurations;

internal sealed class TerritoryConfiguration : IEntityTypeConfiguration<Territory>
{
    public void Configure(EntityTypeBuilder<Territory> builder)
    {
        builder.ToTable("Territories");
        builder.HasKey(t => t.Code);
        builder.Property(t => t.Code).HasMaxLength(2).IsFixedLength().IsUnicode(false);
        builder.Property(t => t.Name).HasMaxLength(100).IsRequired();
        builder.Property(t => t.OfficialName).HasMaxLength(200).IsRequired();
    }
}
